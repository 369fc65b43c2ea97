#!/bin/sh
# ner_opennlp.sh [SHARED_DATA] -- Debian's Apache OpenNLP name finder (maxent,
# default features) trained on the same CoNLL-2003 train file as our tagger
# and scored on CoNLL++ test, for a side-by-side figure.
#   apt-get install opennlp;  sh bench/ner_opennlp.sh
# OpenNLP's evaluator counts a name as right only with exact span and type,
# like conlleval.  Work files go to a temporary folder.
set -eu
data=${1:-$(dirname "$0")/../../shared/data}
[ -d "$data/ner/conll2003" ] || data=/work/shared/data
ner=$data/ner/conll2003
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# CoNLL (IOB) -> OpenNLP: one sentence per line, <START:type> ... <END>,
# an empty line between documents.
conv() {
  awk '
    function flush() { if (open) { line = line " <END>"; open = 0 }
                       if (line != "") print substr(line, 2); line = "" }
    /^-DOCSTART-/ { flush(); print ""; next }
    NF == 0 { flush(); next }
    { tok = $1; tag = $NF; type = tolower(substr(tag, 3))
      if (tag == "O") { if (open) { line = line " <END>"; open = 0 } }
      else if (substr(tag, 1, 1) == "B" || !open || type != cur) {
        if (open) line = line " <END>"
        line = line " <START:" type ">"; open = 1; cur = type }
      line = line " " tok }
    END { flush() }' "$1"
}
conv "$ner/train.txt" > "$tmp/train.txt"
conv "$ner/test.txt" > "$tmp/test.txt"
start=$(date +%s)
opennlp TokenNameFinderTrainer -model "$tmp/ner.bin" -lang en -data "$tmp/train.txt" -encoding UTF-8 > "$tmp/train.log" 2>&1
echo "opennlp training: $(( $(date +%s) - start ))s"
opennlp TokenNameFinderEvaluator -model "$tmp/ner.bin" -data "$tmp/test.txt" -encoding UTF-8 -detailedF true 2>&1 | tail -15
