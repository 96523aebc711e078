#!/bin/sh
# The judge files of the REPORT-half measurement (bench/judge/README.md), for one precis build:
#   OUT/pairs-precis-lead3-report-20.{judge.md,key.json}  precis (defaults) vs Lead-3, 20 items
#                                                         per news set
#   OUT/headlines-report-50.{judge.txt,key.json}           precis headlines, real titles and the
#                                                         ten-word lede prefix, 50 items per set
#                                                         (BBC, Inshorts, CNN/DM, Gigaword)
# with the samples and the systems' outputs beside them. OUT must be git-ignored (the files
# hold article text): the default is bench/out/judge.
# Usage: bench/judge/make-report-files.sh [PRECIS [OUT]]
set -eu
precis=$(realpath "${1:-build/src/cli/precis}")
mkdir -p "${2:-bench/out/judge}"
out=$(realpath "${2:-bench/out/judge}")
cd "$(dirname "$0")/../.."
j=bench/judge

python3 $j/sample.py --half report --per-source 20 -o "$out/sample-report-20.jsonl"
python3 $j/systems.py "$out/sample-report-20.jsonl" --precis "$precis" --out "$out/systems-report-20"
python3 $j/make-pairs.py "$out/sample-report-20.jsonl" --name pairs-precis-lead3-report-20 --out "$out" \
  precis="$out/systems-report-20/precis.jsonl" lead3="$out/systems-report-20/lead3.jsonl"

python3 $j/sample.py --half report --per-source 50 --sources bbc,inshorts,cnndm,gigaword \
  -o "$out/sample-report-50-headlines.jsonl"
python3 $j/systems.py "$out/sample-report-50-headlines.jsonl" --precis "$precis" --out "$out/systems-report-50-headlines"
python3 $j/make-headlines.py "$out/sample-report-50-headlines.jsonl" --name headlines-report-50 --out "$out" \
  --precis "$precis" precis="$out/systems-report-50-headlines/precis.jsonl"
