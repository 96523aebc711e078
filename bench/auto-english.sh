#!/bin/sh
# Checks that -l auto (the default) changes nothing for English: runs `precis batch` over the
# shared English news sets with -l english and with the default, drops the fields only
# detection adds (language, language_confidence, stemmed) and compares the records. Prints,
# per set, the records that differ and the languages detected; exits 1 if any record differs.
#
#   bench/auto-english.sh [BUILD_DIR] [DATA_DIR]     (defaults: build, ../shared/data)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
data=${2:-${PRECIS_SHARED_DATA:-../shared/data}}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for set in bbc_news_summary frank_cnndm inshorts_news_summary; do
  in="$data/news/$set/dev.jsonl"
  [ -f "$in" ] || { echo "$set: absent"; continue; }
  "$build/src/cli/precis" batch -j 1 -l english "$in" > "$tmp/en.jsonl"
  "$build/src/cli/precis" batch -j 1 "$in" > "$tmp/auto.jsonl"
  python3 - "$set" "$tmp/en.jsonl" "$tmp/auto.jsonl" <<'PY' || status=1
import collections, json, sys
name, en, auto = sys.argv[1:]
a = [json.loads(l) for l in open(en)]
b = [json.loads(l) for l in open(auto)]
languages = collections.Counter(r.get("language") for r in b)
differ = 0
for x, y in zip(a, b):
    for k in ("language", "language_confidence", "stemmed"):
        x.pop(k, None)
        y.pop(k, None)
    differ += x != y
print(f"{name}: {len(a)} records, {differ} differ; detected {dict(languages.most_common())}")
sys.exit(1 if differ or len(a) != len(b) else 0)
PY
done
exit $status
