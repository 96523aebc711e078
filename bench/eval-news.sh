#!/bin/sh
# Runs `precis eval` (rouge-score flavour, stemming, 3 sentences) over every shared news dev
# set and prints the tables as Markdown, with the command and the precis version, for
# bench/RESULTS.md. Usage: bench/eval-news.sh [BUILD_DIR] [DATA_DIR] [extra precis eval options]
# Exit status 1 when DATA_DIR does not exist or holds none of the sets (a table of nothing is no
# result); a set that is missing while others are there is skipped with a note.
set -eu
build=${1:-build}
data=${2:-${PRECIS_SHARED_DATA:-../shared/data}}
if [ $# -ge 2 ]; then shift 2; else shift $#; fi
precis="$build/src/cli/precis"
if [ ! -d "$data" ]; then
  echo "eval-news.sh: no data directory $data (give DATA_DIR or set PRECIS_SHARED_DATA)" >&2
  exit 1
fi
found=0
echo "precis $("$precis" --version | cut -d' ' -f2), $(date -u +%Y-%m-%d)"
for set in bbc_news_summary inshorts_news_summary frank_cnndm; do
  file="$data/news/$set/dev.jsonl"
  [ -f "$file" ] || { echo "(no $file: skipped)"; continue; }
  found=$((found + 1))
  echo
  echo "### $set"
  echo
  echo '```'
  echo "\$ precis eval --stem $* $file"
  "$precis" eval --stem "$@" "$file"
  echo '```'
done
if [ "$found" -eq 0 ]; then
  echo "eval-news.sh: none of the news dev sets is under $data/news" >&2
  exit 1
fi
