#!/bin/sh
# annot_cost_pairs.sh NEW OLD [N [CORPUS...]] -- the annotators' thread-CPU
# share (`bench_text --annot-cost --rounds 1`) of two builds, alternating, at
# --batch 64 (stage by stage, as extract runs) and --batch 1 (one article at a
# time, ng_process), N rounds (default 5), then the median of each build and
# batch.  NEW and OLD are build folders holding bench_text (-DNG_BENCH=ON),
# each with its own data folder compiled in.  Both builds always run at the
# same batch size: bench_text's default batch is 1, and comparing one build's
# --batch 64 figure with another's default is the mistake RESULTS.md
# corrects at stop 25.  Run on a quiet machine.  CORPUS defaults to BBC and
# the Reuters-21578 SGML files (REUTERS: where reuters21578.tar.gz was unpacked).
set -eu
new=$1 old=$2 n=${3:-5}
shift $(($# < 3 ? $# : 3))
here=$(dirname "$0")
if [ $# -eq 0 ]; then
    set -- "$here/../../shared/data/corpus/bbc-news/bbc" "${REUTERS:-/tmp/reuters/reuters21578/sgm-data}"
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for i in $(seq 1 "$n"); do
    for b in 64 1; do
        for w in new old; do
            if [ $w = new ]; then dir=$new; else dir=$old; fi
            share=$("$dir/bench_text" --annot-cost --rounds 1 --batch $b "$@" 2>&1 | grep round |
                    sed -n 's/.*annotators +\([0-9.]*\) %.*/\1/p')
            echo "$w batch $b load $(cut -d' ' -f1 /proc/loadavg): +$share %"
            echo "$w $b $share" >> "$out"
        done
    done
done
for w in new old; do
    for b in 64 1; do
        awk -v w=$w -v b=$b '$1 == w && $2 == b { print $3 }' "$out" | sort -n |
            awk -v w=$w -v b=$b '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                printf "%s --batch %s: median +%.2f %% (%.1f-%.1f, %d runs)\n", w, b, m, v[1], v[NR], NR }'
    done
done
