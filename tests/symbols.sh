#!/bin/sh
# symbols.sh LIBRARY -- only ng_-prefixed names leave the library (public ng_,
# internal ng__); anything else defined globally is a missing `static`.
bad=$(nm -g --defined-only "$1" 2>/dev/null | awk 'NF == 3 && $2 ~ /[TDBRVW]/ {print $3}' | grep -v '^ng_' | sort -u)
if [ -n "$bad" ]; then
  echo "symbols without the ng_ prefix:"; echo "$bad"
  echo "0 passed, 1 failed"; exit 1
fi
echo "1 passed, 0 failed"
