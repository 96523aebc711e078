#!/bin/sh
# Peak memory (RSS) and time of `precis` on 1, 10 and 100 MB of news text: the articles of
# the shared news sets joined as paragraphs, repeated up to each size; then of `precis batch`
# over a stream of those articles as JSON Lines, once and four times over (its peak must not
# grow with the stream). Needs python3 (to read the JSON Lines) and GNU time.
# Usage: bench/memory.sh [BUILD_DIR] [DATA_DIR]
set -eu
build=${1:-build}
data=${2:-${PRECIS_SHARED_DATA:-../shared/data}}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PYTHONPATH="$(dirname "$0")" python3 - "$data" "$tmp" <<'PY'
import json, os, sys
import news_texts
data, out = sys.argv[1], sys.argv[2]
texts = news_texts.load(data, "memory.sh")
for mb in (1, 10, 100):
    with open(os.path.join(out, "%dmb.txt" % mb), "w", encoding="utf-8") as f:
        n, i = 0, 0
        while n < mb * 1000000:
            t = texts[i % len(texts)] + "\n\n"
            f.write(t)
            n += len(t.encode())
            i += 1
for times in (1, 4):
    with open(os.path.join(out, "stream%d.jsonl" % times), "w", encoding="utf-8") as f:
        for _ in range(times):
            for t in texts:
                f.write(json.dumps({"text": t}) + "\n")
PY
echo "precis $("$build/src/cli/precis" --version | cut -d' ' -f2): peak RSS and time, one document"
for mb in 1 10 100; do
  /usr/bin/time -f "%M %e" -o "$tmp/time" "$build/src/cli/precis" --max-input-bytes=0 "$tmp/${mb}mb.txt" >/dev/null
  read -r kib secs < "$tmp/time"
  size=$(stat -c %s "$tmp/${mb}mb.txt")
  echo "$mb MB ($size bytes): peak RSS $((kib / 1024)) MiB, $secs s"
done
for times in 1 4; do
  /usr/bin/time -f "%M %e" -o "$tmp/time" "$build/src/cli/precis" batch -j 2 "$tmp/stream$times.jsonl" >/dev/null
  read -r kib secs < "$tmp/time"
  docs=$(wc -l < "$tmp/stream$times.jsonl")
  echo "batch -j 2, a stream of $docs documents: peak RSS $((kib / 1024)) MiB, $secs s"
done
