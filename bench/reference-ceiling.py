#!/usr/bin/env python3
"""How far three sentences can go on a set whose reference summaries are made of the
article's own sentences (the BBC set): each article is split by `precis segment`, a sentence
counts as the reference's when its text occurs in the reference, and three of those are
scored with `precis rouge` (rouge-score flavour, stemmed) chosen three ways: the first three
in document order, the three with the most words, and the three most central by precis's
classic TextRank. It also reports how often the article's n-th sentence is in the reference
and the mean length of sentences in and out of it. Used for issue #7 (docs/ranking.md).

Usage: bench/reference-ceiling.py [BUILD_DIR] [DATA_DIR] [SET]
"""
import json
import os
import subprocess
import sys
import tempfile

build = sys.argv[1] if len(sys.argv) > 1 else "build"
data = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("PRECIS_SHARED_DATA", "../shared/data")
name = sys.argv[3] if len(sys.argv) > 3 else "bbc_news_summary"
precis = os.path.join(build, "src/cli/precis")
path = os.path.join(data, "news", name, "dev.jsonl")
if not os.path.exists(path):
    sys.exit(f"{path}: absent, nothing to measure")

records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
articles = []
for rec in records:
    out = subprocess.run([precis, "--explain", "-f", "json", "-r", "textrank"], input=rec["text"],
                         capture_output=True, text=True, check=True)
    sentences = [s for s in json.loads(out.stdout)["explain"] if not s["furniture"]]
    in_ref = [s["text"].strip() in rec["summary"] for s in sentences]
    articles.append((rec, sentences, in_ref))

by_position = {}
lengths = {True: [], False: []}
for _, sentences, in_ref in articles:
    for i, (s, inside) in enumerate(zip(sentences, in_ref)):
        by_position.setdefault(min(i, 5), []).append(inside)
        lengths[inside].append(len(s["text"].split()))
print(f"{name}: {len(articles)} articles, {sum(map(len, lengths.values()))} sentences")
for i in sorted(by_position):
    share = sum(by_position[i]) / len(by_position[i])
    print(f"  sentence {i + 1}{'+' if i == 5 else ''}: in the reference {100 * share:.0f} %")
for inside in (True, False):
    values = lengths[inside]
    print(f"  {'in' if inside else 'not in'} the reference: {sum(values) / len(values):.1f} words on average")

strategies = {
    "the reference's first three sentences": lambda ss, ins: [i for i, x in enumerate(ins) if x][:3],
    "the reference's three longest sentences": lambda ss, ins: sorted(
        (i for i, x in enumerate(ins) if x), key=lambda i: -len(ss[i]["text"].split()))[:3],
    "the reference's three most central (TextRank)": lambda ss, ins: sorted(
        (i for i, x in enumerate(ins) if x), key=lambda i: -ss[i]["score"])[:3],
}
with tempfile.TemporaryDirectory() as tmp:
    refs = os.path.join(tmp, "refs.jsonl")
    with open(refs, "w", encoding="utf-8") as f:
        for rec, _, _ in articles:
            f.write(json.dumps({"id": rec["id"], "summary": rec["summary"]}) + "\n")
    for label, choose in strategies.items():
        cands = os.path.join(tmp, "cands.jsonl")
        with open(cands, "w", encoding="utf-8") as f:
            for rec, ss, ins in articles:
                chosen = sorted(choose(ss, ins))
                f.write(json.dumps({"id": rec["id"], "summary": [ss[i]["text"] for i in chosen]}) + "\n")
        out = subprocess.run([precis, "rouge", "-c", cands, "-r", refs, "--stem", "--bootstrap", "0",
                              "-f", "json", "--metrics", "rouge1,rouge2,rougeLsum"],
                             capture_output=True, text=True, check=True)
        scores = json.loads(out.stdout)
        print(f"  {label}: ROUGE-1/2/Lsum F " + " / ".join(
            f"{100 * scores[m]['f']:.2f}" for m in ("rouge1", "rouge2", "rougeLsum")))
