#!/bin/sh
# bench/text.sh -- text-layer throughput and memory on ../shared/data/corpus.
#
# Prints: the text layer's speed on one core (bench_text), the same for the whole
# pipeline with the shipped models (--full), sentence-boundary quality on CoNLL-2003
# (bench_sentences), and the peak memory of `newsgraph extract` on 1x and 8x the
# corpus as JSON Lines (it must stay flat: records stream out in batches).
set -eu
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
build=${BUILD:-build}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
[ -x "$build/bench_text" ] || { cmake -S . -B "$build" -G Ninja >/dev/null && ninja -C "$build" >/dev/null; }
tar -xzf "$shared/data/corpus/reuters21578.tar.gz" -C "$scratch"
corpus="$shared/data/corpus/bbc-news/bbc $scratch/reuters21578/sgm-data"

echo "== text layer (normalise + tokens + sentences), one thread"
"$build/bench_text" --min-seconds 5 $corpus
echo "== text layer + entities (tagger and resolver), one thread"
"$build/bench_text" --entities --min-seconds 5 $corpus
echo "== whole pipeline with the shipped models, one thread"
"$build/bench_text" --full --min-seconds 5 $corpus
echo "== sentence boundaries on CoNLL-2003 (test split)"
"$build/bench_sentences" "$shared/data/ner/conll2003/test.txt"
"$build/bench_sentences" --layout "$shared/data/ner/conll2003/test.txt"

echo "== peak memory of newsgraph extract --text-only, 1x and 8x the BBC corpus as JSON Lines"
python3 - "$shared/data/corpus/bbc-news/bbc" >"$scratch/bbc1.jsonl" <<'PY'
import json, os, sys
for root, dirs, files in sorted(os.walk(sys.argv[1])):
    dirs.sort()
    for f in sorted(files):
        if f.endswith(".txt"):
            p = os.path.join(root, f)
            print(json.dumps({"id": p, "text": open(p, encoding="utf-8", errors="replace").read()}))
PY
for i in 1 2 3 4 5 6 7 8; do cat "$scratch/bbc1.jsonl"; done >"$scratch/bbc8.jsonl"
for n in 1 8; do
  /usr/bin/time -f "%M KB peak, %e s" "$build/newsgraph" extract --text-only --jobs 2 "$scratch/bbc$n.jsonl" 2>"$scratch/time" | md5sum | sed "s/ .*//;s/^/${n}x: output md5 /"
  printf '    %s MB input, ' "$(du -m "$scratch/bbc$n.jsonl" | cut -f1)"; tail -1 "$scratch/time"
done
