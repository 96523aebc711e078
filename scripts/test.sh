#!/bin/sh
# Quick start 2: install the dependencies, build, and run the whole test suite.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
status=0
meson test -C build --print-errorlogs || status=$?
# One line for the whole run, from Check's own tallies ("100%: Checks: 45, Failures: 0, ...").
grep -h 'Checks: ' build/meson-logs/testlog.txt |
  sed -E 's/.*Checks: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+).*/\1 \2 \3/' |
  awk '{ n += $1; f += $2 + $3 } END { printf "checks: %d passed, %d failed\n", n - f, f }'
exit $status
