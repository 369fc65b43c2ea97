#!/bin/sh
# ner_unlabeled.sh OUTDIR [SHARED_DATA] -- gathers unlabeled news text for the
# entity tagger's word classes (newsgraph train ner --unlabeled OUTDIR):
# BBC News 2004-05 (plain text), Reuters-21578 (1987; the <BODY> of each
# story) and the TempEval-3 silver newswire (2006 AFP/Xinhua; text without
# TimeML tags).  Nothing is written outside OUTDIR; texts stay out of the repo.
set -eu
out=${1:?usage: ner_unlabeled.sh OUTDIR [SHARED_DATA]}
data=${2:-$(dirname "$0")/../../shared/data}
[ -d "$data/corpus" ] || data=/work/shared/data
mkdir -p "$out/bbc" "$out/reuters" "$out/te3"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$data/corpus/bbc-news/bbc/." "$out/bbc/"
tar -xzf "$data/corpus/reuters21578.tar.gz" -C "$tmp"
perl -e '
  my ($out, @files) = @ARGV; my $n = 0;
  for my $f (@files) {
    local $/; open(my $h, "<", $f) or die; my $s = <$h>;
    while ($s =~ m{<BODY>(.*?)</BODY>}gs) {
      my $t = $1; $t =~ s/&lt;/</g; $t =~ s/&gt;/>/g; $t =~ s/&amp;/&/g; $t =~ s/&#\d+;//g;
      $t =~ s/\s*Reuter\s*$//s;
      open(my $o, ">", sprintf("%s/%05d.txt", $out, $n++)) or die; print $o $t; close $o;
    }
  }' "$out/reuters" "$tmp"/reuters21578/sgm-data/*.sgm
tar -xzf "$data/timex/TE3-Silver-data.tar.gz" -C "$tmp"
for f in "$tmp"/TE3-Silver-data/*.tml; do
  perl -0777 -ne 'if (m{<TEXT>(.*?)</TEXT>}s) { my $t = $1; $t =~ s/<[^>]+>//g; $t =~ s/&lt;/</g; $t =~ s/&gt;/>/g; $t =~ s/&amp;/&/g; print $t }' \
    "$f" > "$out/te3/$(basename "$f" .tml).txt"
done
echo "$(find "$out" -name '*.txt' | wc -l) text files in $out"
