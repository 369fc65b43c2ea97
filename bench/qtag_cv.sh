#!/bin/sh
# qtag_cv.sh FIT HELDOUT [K [NEWSGRAPH]] -- K-fold cross-validation (default
# 3) of the attribution tagger over FIT (the fit part of PolNeAR train, made
# by polnear_split.sh): article i goes to fold i mod K (names in sorted
# order); for each fold, `newsgraph train quotes` on the other folds (epoch
# chosen on HELDOUT, as for the shipped model) and `newsgraph eval quotes` on
# the fold, then the counts of the K folds are pooled.  Prints pooled source
# exact F1 and content overlap F1 over all of FIT: about nine times the gold
# items of HELDOUT, so a change of the tagger (features, training, decoding)
# is measured with much less noise than on HELDOUT alone (seeds move the
# pooled source F1 by about 0.05, the held-out one by about 0.3).  Symbolic
# links and models go to a temporary folder, removed at the end.  The other
# engine data (entity model, gazetteers) come from NEWSGRAPH_DATA or the
# repository's data/ folder, without its quotes.model and qsrc.model (the
# source model was trained on all of FIT with these folds' taggers, so it
# would score in-sample: 72.25 against 69.47 without it, stop 26); PolNeAR
# dev is never read.  The source model's own CV over the same folds is
# bench/qsrc_folds.sh and `newsgraph train sources --fold-data`.
# Extra options for `train quotes` (--seed 2, --epochs 20) in TRAINOPT.
set -eu
fit=$1 held=$2 k=${3:-3}
ng=${4:-build/newsgraph}
data=${NEWSGRAPH_DATA:-$(dirname "$0")/../data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$data"/*; do
    case $(basename "$f") in quotes.model | qsrc.model) continue ;; esac
    ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$tmp/"
done
i=0
for t in $(ls "$fit/text" | sort); do
    name=${t%.txt}
    for j in $(seq 0 $((k - 1))); do
        if [ $((i % k)) -eq "$j" ]; then part=test; else part=train; fi
        mkdir -p "$tmp/f$j/$part/text" "$tmp/f$j/$part/attributions"
        ln -s "$(cd "$fit/text" && pwd)/$t" "$tmp/f$j/$part/text/$t"
        for a in "$fit"/attributions/"$name"_*.ann; do
            [ -e "$a" ] && ln -s "$(cd "$(dirname "$a")" && pwd)/$(basename "$a")" "$tmp/f$j/$part/attributions/"
        done
    done
    i=$((i + 1))
done
tp=0 pr=0 gd=0 ctp=0 cpr=0 cgd=0
counts() { # "... (A/B pred, A/C gold)" -> "A B C"
    sed 's/.*(\([0-9]*\)\/\([0-9]*\) pred, [0-9]*\/\([0-9]*\) gold)/\1 \2 \3/'
}
for j in $(seq 0 $((k - 1))); do
    # shellcheck disable=SC2086
    if ! "$ng" train quotes --train "$tmp/f$j/train" --heldout "$held" -o "$tmp/quotes.model" ${TRAINOPT:-} \
        >"$tmp/train.log" 2>&1; then
        cat "$tmp/train.log" >&2
        exit 1
    fi
    out=$(NEWSGRAPH_DATA=$tmp "$ng" eval quotes "$tmp/f$j/test")
    set -- $(echo "$out" | grep '^source exact' | counts)
    tp=$((tp + $1)) pr=$((pr + $2)) gd=$((gd + $3))
    set -- $(echo "$out" | grep '^content overlap' | counts)
    ctp=$((ctp + $1)) cpr=$((cpr + $2)) cgd=$((cgd + $3))
done
awk -v tp=$tp -v pr=$pr -v gd=$gd -v ctp=$ctp -v cpr=$cpr -v cgd=$cgd -v k=$k 'BEGIN {
    printf "%d-fold, pooled: source exact F1 %.2f (P %.1f R %.1f; %d/%d pred, %d gold); content overlap F1 %.2f\n",
        k, 200 * tp / (pr + gd), 100 * tp / pr, 100 * tp / gd, tp, pr, gd, 200 * ctp / (cpr + cgd) }'
