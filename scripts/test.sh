#!/bin/sh
# Quick start 2: install the dependencies, build, and run the whole test suite:
#   1. the Check suites and the other tests (build/);
#   2. the same suites built with AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitize/);
#   3. the end-to-end CLI tests with the command run under valgrind;
#   4. each libFuzzer harness for FUZZ_SECONDS (default 15) on its seed corpus (build-fuzz/).
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
  ok=$(grep -cE '^ *[0-9]+/[0-9]+ .*(format|symbol-map|layout|fuzz-[a-z]+) +OK' "$1" 2>/dev/null || true)
  bad=$(grep -cE '^ *[0-9]+/[0-9]+ .*(format|symbol-map|layout|fuzz-[a-z]+) +(FAIL|TIMEOUT)' "$1" 2>/dev/null || true)
  passed=$((passed + ok))
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

if [ "$quick" = no ]; then
  echo "== tests with AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitize/)"
  [ -f build-sanitize/build.ninja ] ||
    meson setup build-sanitize -Db_sanitize=address,undefined -Db_lundef=false >/dev/null || exit 1
  meson compile -C build-sanitize >/dev/null || exit 1
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
    meson test -C build-sanitize --print-errorlogs --no-suite fuzz --timeout-multiplier 4 |
    tee build-sanitize/test-output.txt
  passed_all build-sanitize/test-output.txt || status=1
  count_checks build-sanitize/meson-logs/testlog.txt

  echo "== end-to-end CLI tests under valgrind"
  PRECIS_TEST_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --suppressions=$PWD/tests/valgrind.supp" \
    meson test -C build cli --print-errorlogs --timeout-multiplier 10 --logbase valgrind |
    tee build/valgrind-output.txt
  passed_all build/valgrind-output.txt || status=1
  count_checks build/meson-logs/valgrind.txt

  echo "== fuzzing, ${FUZZ_SECONDS:-15} s per harness (build-fuzz/)"
  [ -f build-fuzz/build.ninja ] ||
    CC=clang meson setup build-fuzz -Dfuzz=true -Db_sanitize=address,undefined -Db_lundef=false -Dtests=false \
      -Dfuzz_seconds="${FUZZ_SECONDS:-15}" >/dev/null || exit 1
  meson compile -C build-fuzz >/dev/null || exit 1
  meson test -C build-fuzz --suite fuzz --print-errorlogs | tee build-fuzz/test-output.txt
  passed_all build-fuzz/test-output.txt || status=1
  count_meson build-fuzz/test-output.txt
fi

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
