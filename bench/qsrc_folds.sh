#!/bin/sh
# qsrc_folds.sh FIT HELDOUT OUT [K [NEWSGRAPH]] -- the attribution tagger
# trained K times (default 5) over FIT (the fit part of PolNeAR train, made by
# polnear_split.sh), each time without one fold: article i is in fold i mod K
# (names in sorted order, as `newsgraph train sources` and qtag_cv.sh fold).
# OUT/f<j> becomes an engine data folder (links to the other engine data, from
# NEWSGRAPH_DATA or the repository's data/ folder) holding the tagger trained
# without fold j (epoch chosen on HELDOUT, as for the shipped model); OUT/t<j>
# holds links to its training articles.  Then
#   newsgraph train sources --train FIT --fold-data OUT --score-tagger -o data/qsrc.model
# sees the tagger's items of each article as they are on unseen text, so the
# source-confidence model can score them too (doc/MODEL.md).  PolNeAR dev is
# never read.  Extra options for `train quotes` in TRAINOPT.
set -eu
fit=$1 held=$2 out=$3 k=${4:-5}
ng=${5:-build/newsgraph}
data=${NEWSGRAPH_DATA:-$(dirname "$0")/../data}
data=$(cd "$data" && pwd)
fit=$(cd "$fit" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
for j in $(seq 0 $((k - 1))); do
    rm -rf "$out/f$j" "$out/t$j"
    mkdir -p "$out/f$j" "$out/t$j/text" "$out/t$j/attributions"
    for f in "$data"/*; do
        case $(basename "$f") in quotes.model | qsrc.model) ;; *) ln -s "$f" "$out/f$j/" ;; esac
    done
done
i=0
for t in $(ls "$fit/text" | sort); do
    name=${t%.txt}
    for j in $(seq 0 $((k - 1))); do
        [ $((i % k)) -eq "$j" ] && continue
        ln -s "$fit/text/$t" "$out/t$j/text/$t"
        for a in "$fit"/attributions/"$name"_*.ann; do
            [ -e "$a" ] && ln -s "$a" "$out/t$j/attributions/"
        done
    done
    i=$((i + 1))
done
for j in $(seq 0 $((k - 1))); do
    # shellcheck disable=SC2086
    if ! NEWSGRAPH_DATA=$out/f$j "$ng" train quotes --train "$out/t$j" --heldout "$held" \
        -o "$out/f$j/quotes.model" ${TRAINOPT:-} >"$out/t$j.log" 2>&1; then
        cat "$out/t$j.log" >&2
        exit 1
    fi
    echo "fold $j: $(tail -1 "$out/t$j.log")"
done
