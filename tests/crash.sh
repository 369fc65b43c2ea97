#!/bin/sh
# crash.sh NEWSGRAPH -- kill -9 during ingest loses nothing reported committed,
# leaves a consistent database, and re-running the same command completes
# the work without duplicates.  Runs in a few seconds.
ng=$1
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "crash test failed: $*"; }
check() { d=$1; shift; if "$@"; then ok; else bad "$d"; fi; }

# 3000 small fictional articles over 30 days, every one distinct
awk 'BEGIN {
  split("harbour bridge council budget river school strike festival election rail", w, " ");
  for (i = 0; i < 3000; i++) {
    d = 1 + int(i / 100);
    printf "{\"id\":\"n%d\",\"outlet\":\"Outlet %d\",\"published\":\"2030-01-%02d\",\"title\":\"Item %d\",", i, i % 7, d, i;
    printf "\"text\":\"The %s of town %d met on day %d. Officials said the %s plan number %d would cost %d crowns. ", w[1 + i % 10], i % 37, d, w[1 + (i * 7) % 10], i, i * 13;
    printf "Residents of district %d asked about the %s. The debate continues.\"}\n", i % 91, w[1 + (i * 3) % 10];
  }
}' >"$t/in.jsonl"

run() { "$ng" ingest --db "$t/db" --text-only --batch 25 -j 2 "$t/in.jsonl" 2>>"$t/err"; }
total() { "$ng" stories --db "$t/db" --json | awk -F'"size":' '{ split($2, a, ","); s += a[1] } END { print s + 0 }'; }

kills=0
for round in 1 2 3; do
  : >"$t/err"
  "$ng" ingest --db "$t/db" --text-only --batch 25 -j 2 "$t/in.jsonl" 2>"$t/err" &
  pid=$!
  # wait until something was committed in this round, then kill at once
  n=0
  while [ $n -lt 400 ] && ! grep -q "committed" "$t/err" 2>/dev/null; do sleep 0.01; n=$((n + 1)); done
  sleep 0.0$round
  if kill -9 $pid 2>/dev/null; then kills=$((kills + 1)); fi
  wait $pid 2>/dev/null
  reported=$(grep "committed" "$t/err" | tail -1 | sed 's/.*committed \([0-9]*\) articles (\([0-9]*\) already.*/\1 \2/')
  stored=$(total)
  if [ -n "$reported" ]; then
    set -- $reported
    # everything reported committed (this round's additions plus what was there) is stored
    check "round $round: reported $1 added + $2 present <= stored $stored" test "$stored" -ge "$1"
  fi
  if command -v sqlite3 >/dev/null 2>&1; then
    check "round $round: integrity" test "$(sqlite3 "$t/db" 'PRAGMA integrity_check')" = ok
    check "round $round: fts consistent" sqlite3 "$t/db" "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')"
  fi
done
check "at least one ingest was killed" test $kills -ge 1

# re-running completes the work, without duplicates
run
check "rerun exit 0" test $? -eq 0
check "all 3000 stored once" test "$(total)" -eq 3000
run
check "second rerun adds nothing" grep -q "0 added" "$t/err"
check "still 3000" test "$(total)" -eq 3000
if command -v sqlite3 >/dev/null 2>&1; then
  check "distinct ids" test "$(sqlite3 "$t/db" 'SELECT count(DISTINCT ext_id) FROM articles')" -eq 3000
  check "every article in a stored story" test "$(sqlite3 "$t/db" 'SELECT count(*) FROM articles WHERE story NOT IN (SELECT id FROM stories)')" -eq 0
fi
# the same input in one run or in two (day after day) gives the same stories
head -n 1500 "$t/in.jsonl" >"$t/a.jsonl"
tail -n +1501 "$t/in.jsonl" >"$t/b.jsonl"
"$ng" ingest -q --db "$t/one" --text-only "$t/in.jsonl" 2>/dev/null
"$ng" ingest -q --db "$t/two" --text-only "$t/a.jsonl" 2>/dev/null
"$ng" ingest -q --db "$t/two" --text-only "$t/b.jsonl" 2>/dev/null
"$ng" stories --db "$t/one" --json >"$t/one.txt"
"$ng" stories --db "$t/two" --json >"$t/two.txt"
check "one run = two runs" cmp -s "$t/one.txt" "$t/two.txt"
check "stories listed" test -s "$t/one.txt"
# ... and the killed and re-run ingest ended with the stories of an uninterrupted run
"$ng" stories --db "$t/db" --json >"$t/killed.txt"
check "killed and re-run = one run" cmp -s "$t/one.txt" "$t/killed.txt"

echo "$pass passed, $fail failed"
test $fail -eq 0
