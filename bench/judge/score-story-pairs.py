#!/usr/bin/env python3
"""Score a judge's labels of make-story-pairs.py items.

For each pair that only one build groups: that build is right when the judge answers SAME,
the other when DIFFERENT. Calibration pairs: a duplicate should be SAME, a random pair
DIFFERENT; the judge's accuracy on them is printed first.

Usage: bench/judge/score-story-pairs.py KEY.json LABELS.tsv   (labels: ITEM<TAB>SAME|DIFFERENT<TAB>reason)
"""
import json
import sys
from collections import Counter

key = json.load(open(sys.argv[1], encoding="utf-8"))
labels = {}
for line in open(sys.argv[2], encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) >= 2 and parts[0] in key["items"]:
        labels[parts[0]] = parts[1].strip().upper()
n1, n2 = key["systems"]
calib = Counter()
right = Counter()
rows = Counter()
missing = 0
for iid, item in key["items"].items():
    lab = labels.get(iid)
    if lab not in ("SAME", "DIFFERENT"):
        missing += 1
        continue
    kind = item["kind"]
    if kind in ("duplicate", "random"):
        ok = (lab == "SAME") == (kind == "duplicate")
        calib[(kind, ok)] += 1
        continue
    grouped_by = kind[len("only-"):]
    other = n2 if grouped_by == n1 else n1
    winner = grouped_by if lab == "SAME" else other
    src = "/".join(sorted(set(item["sources"])))
    right[winner] += 1
    rows[(src, grouped_by, lab)] += 1
print(f"{key['name']}: {len(labels)} labelled, {missing} missing or unreadable")
for kind in ("duplicate", "random"):
    t = calib[(kind, True)] + calib[(kind, False)]
    if t:
        print(f"calibration {kind}: {calib[(kind, True)]} of {t} as expected")
print("| sources | grouped only by | judge SAME | judge DIFFERENT |")
print("|---|---|---:|---:|")
for (src, g) in sorted({(s, g) for s, g, _ in rows}):
    print(f"| {src} | {g} | {rows[(src, g, 'SAME')]} | {rows[(src, g, 'DIFFERENT')]} |")
total = right[n1] + right[n2]
print(f"pairs where the builds disagree: {total}; the judge sides with {n1} on {right[n1]}, with {n2} on {right[n2]}")
