#!/bin/sh
# cli.sh NEWSGRAPH SRCDIR -- the command line's behaviour on good and bad input:
# every bad document yields an error naming the file (and line or byte offset),
# every other document is still processed, and the exit status says which.
ng=$1; src=$2
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "cli test failed: $*"; }
check() { # check DESCRIPTION COMMAND...: the command must succeed
  d=$1; shift
  if "$@"; then ok; else bad "$d"; fi
}
lines() { wc -l <"$1" | tr -d ' '; }

# a good run on the examples: exit 0, one record per article, in input order
"$ng" extract --text-only "$src/examples/articles.jsonl" >"$t/ex.jsonl" 2>"$t/ex.err"
check "examples exit 0" test $? -eq 0
check "examples: 3 records" test "$(lines "$t/ex.jsonl")" -eq 3
check "examples: no stderr" test ! -s "$t/ex.err"
check "record has the fields" grep -q '"newsgraph_version":"1","id":"harbour-herald' "$t/ex.jsonl"
for f in sentences tokens errors entities quotes attributions amounts times text published outlet title url; do
  check "field $f" grep -q "\"$f\":" "$t/ex.jsonl"
done

# --jobs keeps input order: 1 thread and 4 threads give identical output
i=0; while [ $i -lt 300 ]; do echo "{\"id\":\"d$i\",\"text\":\"Article $i says hello. It ends.\"}"; i=$((i + 1)); done >"$t/many.jsonl"
"$ng" extract --text-only --jobs 1 "$t/many.jsonl" >"$t/j1" && "$ng" extract --text-only --jobs 4 "$t/many.jsonl" >"$t/j4"
check "jobs order" cmp -s "$t/j1" "$t/j4"
check "300 records" test "$(lines "$t/j4")" -eq 300

# standard input and -o
"$ng" extract --text-only -o "$t/o.jsonl" <"$t/many.jsonl"
check "stdin + -o" test "$(lines "$t/o.jsonl")" -eq 300

# a directory of mixed good and bad files
mkdir -p "$t/dir/sub"
printf 'A good article. It has words.\n' >"$t/dir/good.txt"
printf 'Another good one.\n' >"$t/dir/sub/good2.txt"
: >"$t/dir/empty.txt"
# 3000 pseudo-random bytes, the same on every run (a fixed seed)
LC_ALL=C awk 'BEGIN { srand(7); for (i = 0; i < 3000; i++) printf "%c", int(rand() * 255) + 1 }' >"$t/dir/binary.bin"
printf 'Text with a NUL\000byte in it.\n' >"$t/dir/nul.txt"
printf 'Caf\351 au lait is \377 invalid UTF-8.\n' >"$t/dir/latin1.txt"
printf '{"id":"ok1","text":"Fine."}\n{"id":"broken", "text": \n{"id":"ok2","text":"Also fine."}\n[1,2]\n{"id":"notext"}\n' >"$t/dir/lines.jsonl"
"$ng" extract --text-only "$t/dir" >"$t/dir.out" 2>"$t/dir.err"
st=$?
check "mixed dir exits 1" test $st -eq 1
check "mixed dir: 6 records" test "$(lines "$t/dir.out")" -eq 6
check "empty file named" grep -q "empty.txt: empty file" "$t/dir.err"
check "binary file named" grep -q "binary.bin: binary input" "$t/dir.err"
check "NUL reported with offset" grep -q "nul.txt: warning: NUL byte at byte 15" "$t/dir.err"
check "NUL in record errors" grep -q '"message":"NUL byte at byte 15' "$t/dir.out"
check "invalid UTF-8 reported" grep -q "latin1.txt: warning: invalid UTF-8 at byte 3 (2 bytes replaced" "$t/dir.err"
check "malformed JSON line named" grep -q "lines.jsonl:2: column .*malformed JSON" "$t/dir.err"
check "non-object line named" grep -q "lines.jsonl:4: expected a JSON object" "$t/dir.err"
check "no-text line named" grep -q 'lines.jsonl:5: article has no "text"' "$t/dir.err"
check "ok2 still processed" grep -q '"id":"ok2"' "$t/dir.out"

# unreadable and missing files
printf 'secret\n' >"$t/unreadable.txt"; chmod 000 "$t/unreadable.txt"
if [ "$(id -u)" -ne 0 ]; then
  "$ng" extract --text-only "$t/unreadable.txt" >/dev/null 2>"$t/u.err"
  check "unreadable exit 1" test $? -eq 1
  check "unreadable named" grep -q "unreadable.txt: cannot open" "$t/u.err"
fi
# a file nobody can read, root included: a symbolic link loop
ln -s "$t/loop.txt" "$t/loop.txt"
"$ng" extract --text-only "$t/loop.txt" "$t/dir/good.txt" >"$t/l.out" 2>"$t/l.err"
check "loop exit 1" test $? -eq 1
check "loop named" grep -q "loop.txt: Too many levels of symbolic links" "$t/l.err"
check "after loop" test "$(lines "$t/l.out")" -eq 1
"$ng" extract --text-only "$t/missing.txt" "$t/dir/good.txt" >"$t/m.out" 2>"$t/m.err"
check "missing exit 1" test $? -eq 1
check "missing named" grep -q "missing.txt: No such file" "$t/m.err"
check "others still processed" test "$(lines "$t/m.out")" -eq 1

# a 100 MB article is refused with a clear error; the next one is processed
head -c 100000000 /dev/zero | tr '\0' 'a' >"$t/huge.txt"
"$ng" extract --text-only "$t/huge.txt" "$t/dir/good.txt" >"$t/h.out" 2>"$t/h.err"
check "huge exit 1" test $? -eq 1
check "huge named" grep -q "huge.txt: article of 100000000 bytes is over the limit" "$t/h.err"
check "after huge" test "$(lines "$t/h.out")" -eq 1
printf '{"id":"big","text":"%s"}\n{"id":"small","text":"Small."}\n' "$(head -c 5000 /dev/zero | tr '\0' 'b')" >"$t/big.jsonl"
"$ng" extract --text-only --max-size 1000 "$t/big.jsonl" >"$t/b.out" 2>"$t/b.err"
check "long article named" grep -q "big.jsonl:1: article of 5000 bytes is over the limit of 1000 bytes" "$t/b.err"
printf '{"id":"big","text":"%s"}\n{"id":"small","text":"Small."}\n' "$(head -c 200000 /dev/zero | tr '\0' 'b')" >"$t/big2.jsonl"
"$ng" extract --text-only --max-size 1000 "$t/big2.jsonl" >"$t/b2.out" 2>"$t/b2.err"
check "long line named" grep -q "big2.jsonl:1: line of 2000.. bytes is over the limit of 1000" "$t/b2.err"
check "after long line" grep -q '"id":"small"' "$t/b2.out"
check "after long line" grep -q '"id":"small"' "$t/b.out"

# Reuters-21578 SGML: one record per article; a bad article is named with
# its byte offset and costs only itself; the file ends with its counts
{
  printf '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'
  printf '<REUTERS NEWID="1"><DATE>2-MAR-1987 10:00:00.00</DATE><TEXT><TITLE>ONE</TITLE><BODY>First &amp; best.</BODY></TEXT></REUTERS>\n'
  printf '<REUTERS NEWID="2"><TEXT><TITLE>TWO</TITLE><BODY>Broken <BODY tag.</BODY></TEXT></REUTERS>\n'
  printf '<REUTERS NEWID="3"><TEXT TYPE="BRIEF"><TITLE>THREE ROSE 2 PCT</TITLE>Blah blah blah.</TEXT></REUTERS>\n'
} >"$t/r.sgm"
"$ng" extract --text-only "$t/r.sgm" >"$t/r.out" 2>"$t/r.err"
check "sgm with a bad article exits 1" test $? -eq 1
check "sgm: 2 records" test "$(lines "$t/r.out")" -eq 2
check "sgm: bad article named with its offset" grep -q "r.sgm@218: unterminated tag <BODY" "$t/r.err"
check "sgm: counts" grep -q "r.sgm: 3 articles, 2 records: 1 with a body, 1 headline only (BRIEF), 0 unstructured (UNPROC); 1 bad" "$t/r.err"
check "sgm: ids" grep -q '"id":"reuters-3"' "$t/r.out"
cp "$t/r.sgm" "$t/r.txt"
"$ng" extract --text-only --format reuters "$t/r.txt" >"$t/r2.out" 2>/dev/null
check "--format reuters" test "$(lines "$t/r2.out")" -eq 2
cp "$t/r.sgm" "$t/reut2-noext"
"$ng" extract --text-only "$t/reut2-noext" >"$t/r3.out" 2>/dev/null
check "sgm sniffed by content" test "$(lines "$t/r3.out")" -eq 2

# --annotators chooses what runs
"$ng" extract --annotators amounts "$src/examples/articles.jsonl" >"$t/an.jsonl"
check "only amounts: no entities" grep -q '"entities":\[\],"quotes":\[\],"attributions":\[\],"amounts":\[{' "$t/an.jsonl"
"$ng" extract --annotators amounts,bogus "$src/examples/articles.jsonl" >/dev/null 2>"$t/an.err"
check "bad annotator exits 2" test $? -eq 2
check "bad annotator named" grep -q "unknown annotator 'bogus'" "$t/an.err"

# usage errors exit 2
"$ng" extract --jobs 0 "$t/dir/good.txt" >/dev/null 2>&1
check "bad --jobs exits 2" test $? -eq 2
"$ng" extract --format nope "$t/dir/good.txt" >/dev/null 2>&1
check "bad --format exits 2" test $? -eq 2
"$ng" frobnicate >/dev/null 2>&1
check "unknown command exits 2" test $? -eq 2
"$ng" extract --help >/dev/null 2>&1
check "help exits 0" test $? -eq 0

# eval html --versus: two systems on the same pages, ours minus theirs with a
# bootstrap interval (our own three-page dragnet-shaped set)
mkdir -p "$t/dn/input" "$t/dn/GoldStandard"
for n in 1 2 3; do
  printf '<html><body><nav>Home News Sport</nav><article><p>The harbour board met on day %s and agreed a new plan for the quay.</p></article></body></html>' $n >"$t/dn/input/p$n.html"
  printf 'The harbour board met on day %s and agreed a new plan for the quay.\n' $n >"$t/dn/GoldStandard/p$n.txt"
  echo "{\"file\":\"p$n.html\",\"text\":\"Home News Sport\"}"
done >"$t/dn/other.jsonl"
"$ng" eval html --dragnet "$t/dn" --versus "$t/dn/other.jsonl" >"$t/dn/out" 2>&1
check "eval html --versus exit 0" test $? -eq 0
check "eval html --versus: ours 1.000, theirs 0.000" grep -q 'theirs F1 0.000, ours 1.000, difference +1.000, 95 % paired bootstrap interval \[+1.000, +1.000\] (3 pages, 2000 resamples); ours alone \[1.000, 1.000\]' "$t/dn/out"
"$ng" eval html --dragnet "$t/dn" --versus "$t/dn/missing.jsonl" >/dev/null 2>&1
check "eval html --versus missing file exits 2" test $? -eq 2

# eval quotes --agreement: a three-annotator article of our own, annotators b
# and c scored against a (b agrees; c draws the second source wider)
mkdir -p "$t/pn/text" "$t/pn/attributions"
printf 'Ann Berg said the quay will open. The harbour board said it will not.\n' >"$t/pn/text/x_2020.txt"
for a in a b c; do
  src2='38 51'; [ $a = c ] && src2='34 51'
  printf 'T1\tSource 0 8\tAnn Berg\nT2\tCue 9 13\tsaid\nT3\tContent 14 32\tthe quay\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\nT4\tSource %s\tboard\nT5\tCue 52 56\tsaid\nT6\tContent 57 68\tit\nE2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n' "$src2" >"$t/pn/attributions/x_2020_$a.ann"
done
printf 'Nobody spoke.\n' >"$t/pn/text/y_2020.txt"
printf 'T1\tContent 0 6\tNobody\nE1\tAttribution:T1 Content:T1\n' >"$t/pn/attributions/y_2020_a.ann"
"$ng" eval quotes --agreement "$t/pn" >"$t/pn/out" 2>&1
check "eval quotes --agreement exit 0" test $? -eq 0
check "eval quotes --agreement: one article for the system" grep -q 'pn: 1 articles, 2 gold' "$t/pn/out"
check "eval quotes --agreement: two annotator pairs" grep -q 'pn: 2 articles, 4 gold attributions, 4 predicted' "$t/pn/out"
check "eval quotes --agreement: 3 of 4 sources the same" grep -q 'source exact .*(3/4 pred, 3/4 gold)' "$t/pn/out"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
