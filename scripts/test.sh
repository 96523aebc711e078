#!/bin/sh
# Quick start 2: install the dependencies, build, and run the whole test suite:
#   1. the Check suites and the other tests (build/);
#   2. the same suites built with AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitize/);
#   3. the end-to-end CLI tests with the command run under valgrind (two halves side by side);
#   4. each libFuzzer harness for FUZZ_SECONDS (default 15) on its seed corpus (build-fuzz/);
#   5. the Python package: installed with pip into a virtual environment (build-python/venv,
#      Debian's packages visible, nothing downloaded), then its pytest suite, Dask tests included.
# With --quick, only step 1. Ends with one line: "tests: N passed, M failed".
set -u
cd "$(dirname "$0")/.." || exit 1
quick=no
[ "${1:-}" = "--quick" ] && quick=yes
scripts/install-deps.sh || exit 1
status=0
passed=0
failed=0

# Adds the Check tallies of a meson log ("100%: Checks: 45, Failures: 0, Errors: 0").
count_checks () {
  counts=$(grep -h 'Checks: ' "$1" 2>/dev/null |
    sed -E 's/.*Checks: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+).*/\1 \2 \3/' |
    awk '{ n += $1; f += $2 + $3 } END { printf "%d %d", n - f, f }')
  passed=$((passed + ${counts% *}))
  failed=$((failed + ${counts#* }))
}

# Adds meson's own count of tests that are not Check suites (format, symbol map, layout, fuzzers).
count_meson () {
  ok=$(grep -cE '^ *[0-9]+/[0-9]+ .*(format|symbol-map|layout|fuzz-[a-z]+|replay-[a-z]+) +OK' "$1" 2>/dev/null || true)
  bad=$(grep -cE '^ *[0-9]+/[0-9]+ .*(format|symbol-map|layout|fuzz-[a-z]+|replay-[a-z]+) +(FAIL|TIMEOUT)' "$1" 2>/dev/null || true)
  passed=$((passed + ok))
  failed=$((failed + bad))
}

# Adds one failure for each Check suite that meson stopped (TIMEOUT): a suite stopped before its
# end prints no "Checks:" tally, so count_checks() cannot see it. Each is named twice in the output
# (as it ends, and in the summary of failures): counted once.
count_stopped () {
  bad=$(grep -E '^ *[0-9]+/[0-9]+ .* TIMEOUT ' "$1" 2>/dev/null |
    grep -vE '(format|symbol-map|layout|fuzz-[a-z]+|replay-[a-z]+) +TIMEOUT' |
    sed -E 's/^ *[0-9]+\/[0-9]+ +//; s/ +TIMEOUT.*//' | sort -u | wc -l)
  failed=$((failed + bad))
}

# Whether meson's summary (piped through tee, whose status hides meson's) says all passed.
passed_all () {
  grep -q '^Fail: *0' "$1" && grep -q '^Timeout: *0' "$1" && grep -q '^Ok: *[1-9]' "$1"
}

echo "== tests (build/)"
[ -f build/build.ninja ] || meson setup build >/dev/null || exit 1
meson compile -C build >/dev/null || exit 1
meson test -C build --print-errorlogs | tee build/test-output.txt
passed_all build/test-output.txt || status=1
count_checks build/meson-logs/testlog.txt
count_meson build/test-output.txt
count_stopped build/test-output.txt

if [ "$quick" = no ]; then
  echo "== tests with AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitize/)"
  [ -f build-sanitize/build.ninja ] ||
    meson setup build-sanitize -Db_sanitize=address,undefined -Db_lundef=false >/dev/null || exit 1
  meson compile -C build-sanitize >/dev/null || exit 1
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 CK_TIMEOUT_MULTIPLIER=4 \
    meson test -C build-sanitize --print-errorlogs --no-suite fuzz --timeout-multiplier 4 |
    tee build-sanitize/test-output.txt
  passed_all build-sanitize/test-output.txt || status=1
  count_checks build-sanitize/meson-logs/testlog.txt
  count_stopped build-sanitize/test-output.txt

  echo "== end-to-end CLI tests under valgrind"
  PRECIS_TEST_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --suppressions=$PWD/tests/valgrind.supp" \
    meson test -C build --suite cli --print-errorlogs --timeout-multiplier 10 --logbase valgrind |
    tee build/valgrind-output.txt
  passed_all build/valgrind-output.txt || status=1
  count_checks build/meson-logs/valgrind.txt
  count_stopped build/valgrind-output.txt

  echo "== fuzzing, ${FUZZ_SECONDS:-15} s per harness (build-fuzz/)"
  [ -f build-fuzz/build.ninja ] ||
    CC=clang CXX=clang++ meson setup build-fuzz -Dfuzz=true -Db_sanitize=address,undefined -Db_lundef=false -Dtests=false \
      -Dfuzz_seconds="${FUZZ_SECONDS:-15}" >/dev/null || exit 1
  meson compile -C build-fuzz >/dev/null || exit 1
  meson test -C build-fuzz --suite fuzz --print-errorlogs | tee build-fuzz/test-output.txt
  passed_all build-fuzz/test-output.txt || status=1
  count_meson build-fuzz/test-output.txt
fi

if [ "$quick" = no ]; then
  echo "== the Python package (build-python/): pip install, then pytest"
  root=$PWD
  python=${PYTHON:-/usr/bin/python3}
  venv=build-python/venv
  [ -x $venv/bin/python ] || "$python" -m venv --system-site-packages $venv || exit 1
  # Installing is itself a test: from the clone, offline, no build isolation, no compiler.
  if $venv/bin/python -m pip install -q --no-build-isolation --no-index --no-deps --force-reinstall ./python &&
    (cd /tmp && PRECIS_BUILD_DIR="$root/build" "$root/$venv/bin/python" -c \
      'import precis; assert "/site-packages/" in precis.__file__; precis.summarize("It works. Fine.")'); then
    passed=$((passed + 1))
  else
    echo "python-install FAILED"
    failed=$((failed + 1))
  fi
  # The tests import the installed package; PRECIS_BUILD_DIR points it at this build's library.
  { PRECIS_BUILD_DIR="$root/build" $venv/bin/python -m pytest -p no:cacheprovider -q -rs python/tests
    echo $? >build-python/pytest-status; } | tee build-python/pytest-output.txt
  # The summary line: "12 passed, 3 skipped in 40.1s", "1 failed, 11 passed ...", "no tests ran".
  summary=$(tail -n 1 build-python/pytest-output.txt)
  ok=$(echo "$summary" | grep -oE '[0-9]+ passed' | awk '{ n += $1 } END { print n + 0 }')
  bad=$(echo "$summary" | grep -oE '[0-9]+ (failed|errors?)' | awk '{ n += $1 } END { print n + 0 }')
  passed=$((passed + ok))
  failed=$((failed + bad))
  # Exit 5 is pytest's "no tests collected": not a failure. Another non-zero exit with nothing
  # counted as failed (an import error, an interrupted run) counts as one failure.
  case $(cat build-python/pytest-status) in
    0 | 5) ;;
    *) [ "$bad" -gt 0 ] || failed=$((failed + 1)) ;;
  esac
fi

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
