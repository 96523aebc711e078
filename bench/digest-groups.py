#!/usr/bin/env python3
"""How well `precis digest` groups duplicate articles, on the shared BBC News Summary dev set,
whose SOURCE.md says it holds exact and near duplicates. Gold: two articles are the same
story when they have the same title or the same text. For each threshold, over all pairs of
articles: pairs grouped that are gold (true), grouped but with different titles and texts
(reported as "other": false groupings or near duplicates the gold misses), gold pairs not
grouped (missed), and the largest story.

Usage: bench/digest-groups.py [BUILD_DIR] [DATA_DIR] [THRESHOLD...]
"""
import itertools
import json
import os
import subprocess
import sys
import time

build = sys.argv[1] if len(sys.argv) > 1 else "build"
data = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("PRECIS_SHARED_DATA", "../shared/data")
thresholds = [float(t) for t in sys.argv[3:]] or [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
path = os.path.join(data, "news", "bbc_news_summary", "dev.jsonl")
if not os.path.exists(path):
    sys.exit(f"digest-groups: no {path}")
with open(path, encoding="utf-8") as f:
    articles = [json.loads(line) for line in f if line.strip()]
key = {}
for a in articles:
    key[a["id"]] = (a["title"].strip(), " ".join(a["text"].split()))


def gold(x, y):
    return key[x][0] == key[y][0] or key[x][1] == key[y][1]


n_gold = sum(1 for x, y in itertools.combinations(key, 2) if gold(x, y))
print(f"{len(articles)} articles, {n_gold} gold duplicate pairs (same title or same text)")
print("| threshold | stories | grouped pairs | gold | other | missed | largest story | seconds |")
print("|---|---|---|---|---|---|---|---|")
for t in thresholds:
    start = time.monotonic()
    out = subprocess.run([os.path.join(build, "src/cli/precis"), "digest", "-f", "json",
                          "--threshold", str(t), path], check=True, capture_output=True, text=True).stdout
    secs = time.monotonic() - start
    items = json.loads(out)["items"]
    pairs = good = 0
    for it in items:
        ids = [x for s in it["sources"] for x in [s["id"]] + s.get("duplicates", [])]
        for x, y in itertools.combinations(ids, 2):
            pairs += 1
            good += gold(x, y)
    largest = max(sum(1 + len(s.get("duplicates", [])) for s in it["sources"]) for it in items)
    print(f"| {t} | {len(items)} | {pairs} | {good} | {pairs - good} | {n_gold - good} | {largest} | {secs:.2f} |")
