#!/bin/sh
# Runs `precis eval` (rouge-score flavour, stemming, 3 sentences) over every shared news dev
# set and prints the tables as Markdown, with the command and the precis version, for
# bench/RESULTS.md. Usage: bench/eval-news.sh [BUILD_DIR] [DATA_DIR] [extra precis eval options]
set -eu
build=${1:-build}
data=${2:-${PRECIS_SHARED_DATA:-../shared/data}}
if [ $# -ge 2 ]; then shift 2; else shift $#; fi
precis="$build/src/cli/precis"
echo "precis $("$precis" --version | cut -d' ' -f2), $(date -u +%Y-%m-%d)"
for set in bbc_news_summary inshorts_news_summary frank_cnndm; do
  file="$data/news/$set/dev.jsonl"
  [ -f "$file" ] || { echo "(no $file: skipped)"; continue; }
  echo
  echo "### $set"
  echo
  echo '```'
  echo "\$ precis eval --stem $* $file"
  "$precis" eval --stem "$@" "$file"
  echo '```'
done
