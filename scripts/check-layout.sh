#!/bin/sh
# Checks that every #include "..." of the library and the command points down the flow that
# docs/architecture.md draws, so that "one-way data flow" is tested rather than claimed:
#
#   base <- input <- pipeline <- output <- digest        base <- eval        precis.h <- cli
#
# A folder may include its own headers and those of the folders listed for it below; inside
# src/pipeline/ a stage may include only its own header and those of earlier stages (the order
# of PIPELINE below, which is the order summarizer.c calls them in). The command (src/cli/)
# includes no private header at all: only precis.h and its own cli.h. Prints every include
# that breaks the rule and exits 1 if there is one.
set -eu
cd "$(dirname "$0")/.."

allowed () {
  case $1 in
    base) echo "base" ;;
    input) echo "base input" ;;
    pipeline) echo "base pipeline" ;;
    output) echo "base pipeline output" ;;
    digest) echo "base input pipeline output digest" ;;
    eval) echo "base eval" ;;
    cli) echo "" ;;
    *) echo "?" ;;
  esac
}

# debris runs before tokenization but asks the tokenizer which words are stopwords, so it
# comes after tokenize here.
PIPELINE="normalize subtitles clean title segment furniture blocks figures tokenize debris acronyms vectors graph rank select editor keywords headline summary"

# The position of a pipeline file or header in PIPELINE (summarizer.c is the stage "summary").
stage () {
  name=$(basename "$1")
  name=${name%.*}
  [ "$name" = summarizer ] && name=summary
  i=0
  for s in $PIPELINE; do
    [ "$s" = "$name" ] && { echo $i; return; }
    i=$((i + 1))
  done
  echo -1
}

bad=0
report () {
  echo "check-layout: $1" >&2
  bad=1
}

for file in src/*/*.c src/*/*.h; do
  folder=$(basename "$(dirname "$file")")
  ok=$(allowed "$folder")
  [ "$ok" = "?" ] && { report "$file: folder $folder is not in the layout (scripts/check-layout.sh)"; continue; }
  for inc in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file"); do
    case $inc in
      precis.h | config.h | precis-resources.h) continue ;;
      */*) to=${inc%%/*} ;;
      *)
        # A bare name: only the command's own header.
        [ "$folder" = cli ] && [ "$inc" = cli.h ] && continue
        report "$file includes \"$inc\": name private headers by folder (\"base/text.h\")"
        continue
        ;;
    esac
    case " $ok " in
      *" $to "*) ;;
      *)
        report "$file includes \"$inc\": $folder/ may include only ${ok:-precis.h}"
        continue
        ;;
    esac
    if [ "$folder" = pipeline ] && [ "$to" = pipeline ]; then
      from_stage=$(stage "$file")
      to_stage=$(stage "$inc")
      if [ "$from_stage" -lt 0 ] || [ "$to_stage" -lt 0 ]; then
        report "$file includes \"$inc\": a pipeline file not in PIPELINE (scripts/check-layout.sh)"
      elif [ "$to_stage" -gt "$from_stage" ]; then
        report "$file includes \"$inc\": a stage may include only earlier stages"
      fi
    fi
  done
done
[ "$bad" -eq 0 ] && echo "check-layout: every include points down the flow"
exit $bad
