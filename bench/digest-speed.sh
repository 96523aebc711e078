#!/bin/sh
# digest-speed.sh - `precis digest` over the three shared news dev sets (4,156 articles, as
# JSON Lines, read in place): median wall time of five runs per output format, the peak
# resident memory of the last, and the number of stories.
#
#   bench/digest-speed.sh [BUILD_DIR] [DATA_DIR]    (defaults: build, $PRECIS_SHARED_DATA or
#                                                    ../shared/data)
set -eu
build=${1:-build}
data=${2:-${PRECIS_SHARED_DATA:-../shared/data}}
set -- "$data"/news/*/dev.jsonl
[ -f "$1" ] || { echo "digest-speed.sh: no $data/news/*/dev.jsonl" >&2; exit 1; }
precis="$build/src/cli/precis"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "articles: $(cat "$@" | grep -c .), $(cat "$@" | wc -c) bytes of JSON Lines"
for format in markdown html text json; do
  for i in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$precis" digest -f "$format" "$@" >"$tmp/out"
    cut -d' ' -f1 "$tmp/time" >>"$tmp/times.$format"
  done
  echo "$format: median $(median <"$tmp/times.$format") s, peak RSS $(cut -d' ' -f2 "$tmp/time") KB," \
    "output $(wc -c <"$tmp/out") bytes"
done
"$precis" digest -f json "$@" | python3 -c '
import json, sys
d = json.load(sys.stdin)
items = d["items"]
sizes = [len(i["sources"]) for i in items]
n = d["n_articles"]
print(f"stories: {len(items)} from {n} articles; {sum(s > 1 for s in sizes)} of several articles,"
      f" the largest {max(sizes)}")'
