#!/bin/sh
# golden.sh NEWSGRAPH DIR -- golden tests as data: for each DIR/NAME.in.* there is
# DIR/NAME.args (extra options, one line, may be empty) and DIR/NAME.out (the
# expected standard output).  Set NG_GOLDEN_UPDATE=1 to rewrite the .out files.
ng=$1; dir=$2
cd "$dir" || exit 1
dir=.
pass=0; fail=0
for input in *.in.*; do
  name=${input##*/}; name=${name%%.in.*}
  args=$(cat "$dir/$name.args" 2>/dev/null || true)
  out=$(mktemp)
  # shellcheck disable=SC2086
  "$ng" extract --jobs 1 $args "$input" >"$out" 2>/dev/null
  if [ "${NG_GOLDEN_UPDATE:-}" = 1 ]; then
    cp "$out" "$dir/$name.out"
  fi
  if cmp -s "$out" "$dir/$name.out"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "golden: $name differs from $dir/$name.out:"
    diff "$dir/$name.out" "$out" | head -20
  fi
  rm -f "$out"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
