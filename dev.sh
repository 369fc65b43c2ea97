#!/usr/bin/env bash
# dev.sh -- build, run and test newsgraph on Debian 12.
#
#   ./dev.sh demo    install what is missing, build, run newsgraph on examples/:
#                    the records (extract), then the stories (ingest, stories, story)
#   ./dev.sh test    install what is missing, build, run the tests (normal build,
#                    then AddressSanitizer + UndefinedBehaviorSanitizer, then clang
#                    with short libFuzzer runs)
#   ./dev.sh build   build only (build/newsgraph)
#   ./dev.sh deps    install the Debian packages the build needs (as root)
set -euo pipefail
cd "$(dirname "$0")"

PKGS=(gcc g++ make cmake ninja-build pkg-config re2c
      libutf8proc-dev libjansson-dev libxxhash-dev libsqlite3-dev
      zlib1g-dev libbrotli-dev libstemmer-dev clang libclang-rt-14-dev)
JOBS=$(nproc 2>/dev/null || echo 2)

deps() {
  local missing=()
  for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "dev.sh: missing Debian packages: ${missing[*]}" >&2
    echo "dev.sh: run as root, or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "dev.sh: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() { # build DIR [cmake args...]
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  ninja -C "$dir" -j "$JOBS"
}

case "${1:-}" in
  deps) deps ;;
  build) deps; build build ;;
  demo)
    deps; build build >/dev/null
    echo "== newsgraph extract examples/: one JSON record per article (JSON Lines)" >&2
    ./build/newsgraph extract examples/
    echo "== newsgraph ingest, stories, story: the same articles as cross-outlet stories" >&2
    mkdir -p out && rm -f out/demo.db out/demo.db-wal out/demo.db-shm
    ./build/newsgraph ingest --db out/demo.db examples/
    ./build/newsgraph stories --db out/demo.db
    ./build/newsgraph story --db out/demo.db 1
    ;;
  test)
    deps
    echo "== gcc build (-Wall -Wextra -Werror) and tests"
    build build
    ctest --test-dir build --output-on-failure -j "$JOBS"
    # The sanitizer build takes the scalar paths (NG_SIMD=OFF): the gcc build
    # above tests the SSE2 ones, and the golden records must match both.
    echo "== AddressSanitizer + UndefinedBehaviorSanitizer build (scalar paths) and tests"
    build build-asan -DNG_SANITIZE=ON -DNG_BENCH=OFF -DNG_SIMD=OFF
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
      ctest --test-dir build-asan --output-on-failure -j "$JOBS"
    echo "== clang build (-Werror) with libFuzzer targets, short fuzz runs"
    CC=clang CXX=clang++ build build-fuzz -DNG_FUZZ=ON -DNG_BENCH=OFF
    # Fixed seed and run count: the same inputs on every run, so CI is
    # reproducible; longer exploratory runs are done by hand and their
    # crashers kept in fuzz/corpus/ as regression inputs.  The per-input
    # timeout is generous because the first input of some targets also opens
    # the engine (loads the models), which takes seconds on a busy machine;
    # slow-input bugs are caught by tests/unit/test_linear.c instead.
    for f in build-fuzz/fuzz_*; do
      [ -x "$f" ] || continue
      name=$(basename "$f"); surface=${name#fuzz_}
      work=$(mktemp -d); cp -r "fuzz/corpus/$surface/." "$work/" 2>/dev/null || true
      echo "fuzz: $name (${FUZZ_RUNS:-20000} runs, seed 1)"
      "$f" -seed=1 -runs="${FUZZ_RUNS:-20000}" -max_len=65536 -timeout=120 -rss_limit_mb=2048 \
           -print_final_stats=0 "$work" 2>"$work.log" || { tail -50 "$work.log"; exit 1; }
      rm -rf "$work" "$work.log"
    done
    echo "== all tests passed"
    ;;
  *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
