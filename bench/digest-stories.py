#!/usr/bin/env python3
"""How well `precis digest` puts each story's reports together, on the shared ECB+ dev set
(stories/ecbplus_dev.jsonl: articles labelled with the event they report, `story`).

Scores as stories/SOURCE.md defines: B-cubed precision, recall and F1 over articles, and the
adjusted Rand index. The articles are shuffled with a fixed seed, written to a temporary
JSON Lines file (the labels stay: precis ignores them) and digested with `precis digest -f
json`; each story's `sources` carry the article ids.

Reports, for each threshold given (none: the default):
  all      all ECB+ dev articles;
  A, B     the two halves of its topics (A: the 1st, 3rd, 5th, ... topic in number order; B:
           the others), to tune on one half and check on the other;
  mix250, mix500, mixall
           ECB+ dev mixed with unrelated news (the CNN/DM and Inshorts dev articles, each
           counted as a story of its own), in windows of 250 and 500 articles (the mean
           over the windows) and all together.

Usage: bench/digest-stories.py [--build DIR] [--data DIR] [--seed N] [--parts all,A,...]
                               [--show-errors [PART]] [THRESHOLD...]
Nothing from the data is copied into the project.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict

p = argparse.ArgumentParser()
p.add_argument("--build", default="build")
p.add_argument("--data", default=os.environ.get("PRECIS_SHARED_DATA", "../shared/data"))
p.add_argument("--seed", type=int, default=1)
p.add_argument("--parts", default="all,A,B,mix250,mix500,mixall")
p.add_argument("--show-errors", nargs="?", const="all", metavar="PART",
               help="print the wrong merges and splits of PART (default: all)")
p.add_argument("--others", type=int, default=300, help="unrelated news articles in the mix")
p.add_argument("thresholds", nargs="*", type=float)
args = p.parse_args()

precis = os.path.join(args.build, "src", "cli", "precis")
path = os.path.join(args.data, "stories", "ecbplus_dev.jsonl")
if not os.path.exists(path):
    sys.exit(f"digest-stories: no {path}")


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


ecb = read(path)
rng = random.Random(args.seed)
rng.shuffle(ecb)
topics = sorted({a["topic"] for a in ecb}, key=lambda t: int(t[3:]))
half_a = set(topics[0::2])

others = []
for name in ("frank_cnndm", "inshorts_news_summary"):
    for a in read(os.path.join(args.data, "news", name, "dev.jsonl")):
        if a.get("text"):
            others.append({"id": a["id"], "title": a.get("title") or None, "text": a["text"],
                           "story": "other:" + a["id"]})
others.sort(key=lambda a: a["id"])
random.Random(args.seed).shuffle(others)
mixed = ecb + others[: args.others]
random.Random(args.seed + 1).shuffle(mixed)


def digest(articles, threshold):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for a in articles:
            f.write(json.dumps({k: v for k, v in a.items() if v is not None}, ensure_ascii=False) + "\n")
        name = f.name
    cmd = [precis, "digest", "-f", "json"]
    if threshold is not None:
        cmd.append(f"--threshold={threshold}")
    try:
        out = subprocess.run(cmd + [name], check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(name)
    pred = {}
    for i, item in enumerate(json.loads(out)["items"]):
        for s in item["sources"]:
            pred[s["id"]] = i
            for dup in s.get("duplicates", []):  # a copy left out is in its first's story
                pred[dup] = i
    assert len(pred) == len(articles), "every article in exactly one story"
    return pred


def c2(x):
    return x * (x - 1) / 2


def score(articles, pred):
    gold = {a["id"]: a["story"] for a in articles}
    psize, gsize, both = Counter(pred.values()), Counter(gold.values()), Counter()
    for i in gold:
        both[(pred[i], gold[i])] += 1
    prec = sum(both[(pred[i], gold[i])] / psize[pred[i]] for i in gold) / len(gold)
    rec = sum(both[(pred[i], gold[i])] / gsize[gold[i]] for i in gold) / len(gold)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0
    index = sum(c2(x) for x in both.values())
    sa, sb = sum(c2(x) for x in psize.values()), sum(c2(x) for x in gsize.values())
    expected = sa * sb / c2(len(gold)) if len(gold) > 1 else 0
    mx = (sa + sb) / 2
    ari = 1.0 if mx == expected else (index - expected) / (mx - expected)
    return prec, rec, f1, ari


def show_errors(articles, pred):
    by_id = {a["id"]: a for a in articles}
    stories = defaultdict(list)
    for i, s in pred.items():
        stories[s].append(i)
    for s, ids in sorted(stories.items()):
        golds = Counter(by_id[i]["story"] for i in ids)
        if len(golds) > 1:
            print(f"  MERGED {dict(golds)}:")
            for i in ids[:8]:
                print(f"    {by_id[i]['story']:>12} {(by_id[i].get('title') or by_id[i]['text'])[:90]}")
    gold_parts = defaultdict(Counter)
    for i, s in pred.items():
        gold_parts[by_id[i]["story"]][s] += 1
    for g, parts in sorted(gold_parts.items()):
        if len(parts) > 1:
            print(f"  SPLIT {g}: {sorted(parts.values(), reverse=True)}")


def windows(articles, size):
    if size >= len(articles):
        return [articles]
    return [articles[i : i + size] for i in range(0, len(articles) - size + 1, size)]


parts = {
    "all": [ecb],
    "A": [[a for a in ecb if a["topic"] in half_a]],
    "B": [[a for a in ecb if a["topic"] not in half_a]],
    "mix250": windows(mixed, 250),
    "mix500": windows(mixed, 500),
    "mixall": [mixed],
}
print(f"ECB+ dev: {len(ecb)} articles, {len(topics)} topics (A: {len(half_a)}, B: {len(topics) - len(half_a)});"
      f" mixed with {min(args.others, len(others))} other articles; seed {args.seed}")
print("| threshold | part | articles | P | R | F1 | ARI | stories | seconds |")
print("|---|---|---|---|---|---|---|---|---|")
for t in args.thresholds or [None]:
    for name in args.parts.split(","):
        sums, n_art, n_st, secs = [0, 0, 0, 0], 0, 0, 0.0
        for w in parts[name]:
            start = time.monotonic()
            pred = digest(w, t)
            secs += time.monotonic() - start
            for k, v in enumerate(score(w, pred)):
                sums[k] += v / len(parts[name])
            n_art += len(w)
            n_st += len(set(pred.values()))
            if name == args.show_errors:
                show_errors(w, pred)
        label = "default" if t is None else f"{t:g}"
        print(f"| {label} | {name} | {n_art} | {sums[0]:.3f} | {sums[1]:.3f} | {sums[2]:.3f} | {sums[3]:.3f}"
              f" | {n_st} | {secs:.2f} |")
