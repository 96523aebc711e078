#!/usr/bin/env python3
"""Digest story grouping for a blind judge: do two articles report the same story?

Reads two `precis digest -f json` outputs of the same news input (two builds), finds the
pairs of articles that one build puts in one story and the other does not (both articles on
one half, --half, by article id as common.half() decides), draws --n of them (seeded) and
mixes in calibration pairs: an article with its exact duplicate (the digest's `duplicates`:
the answer is SAME) and two articles drawn at random (almost always DIFFERENT). Writes

  NAME.judge.md   per item: two articles, each its title and opening words, in seeded
                  random order; no build names. Holds third-party text: stays under
                  bench/out/ (or /tmp), never committed.
  NAME.key.json   item id -> {ids, kind: "only-NAME1" | "only-NAME2" | "duplicate" |
                  "random", sources}; committed with the labels.

Judge with rubric-story-pairs.md; score with score-story-pairs.py KEY LABELS.

Usage: bench/judge/make-story-pairs.py NAME1=DIGEST1.json NAME2=DIGEST2.json --name NAME
           [--half report] [--n 40] [--calibration 8] [--words 90] [--seed S] [--out DIR]
           [--data DIR]
The articles' text is read from the news dev sets under --data (PRECIS_SHARED_DATA).
"""
import argparse
import hashlib
import json
import os
import random

import common

NEWS = ["news/bbc_news_summary/dev.jsonl", "news/inshorts_news_summary/dev.jsonl",
        "news/frank_cnndm/dev.jsonl"]


def stories(path):
    with open(path, encoding="utf-8") as f:
        digest = json.load(f)
    groups, dups = [], []
    for story in digest["items"]:
        ids = []
        for s in story.get("sources", []):
            if s.get("id") is None:
                continue
            ids.append(s["id"])
            dups.extend((s["id"], d) for d in s.get("duplicates") or [])
        groups.append(ids)
    return groups, dups


def pairs(groups):
    out = set()
    for ids in groups:
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                out.add(tuple(sorted((a, b))))
    return out


def opening(text, words):
    ws = text.split()
    return " ".join(ws[:words]) + (" ..." if len(ws) > words else "")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("digests", nargs=2, metavar="NAME=DIGEST.json")
    p.add_argument("--name", required=True)
    p.add_argument("--half", default="report", choices=["tune", "report"])
    p.add_argument("--n", type=int, default=40)
    p.add_argument("--calibration", type=int, default=8)
    p.add_argument("--words", type=int, default=90)
    p.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    p.add_argument("--out", default="bench/out/judge")
    p.add_argument("--data", default=common.data_dir())
    a = p.parse_args()

    (n1, f1), (n2, f2) = (d.split("=", 1) for d in a.digests)
    g1, dups = stories(f1)
    g2, _ = stories(f2)
    p1, p2 = pairs(g1), pairs(g2)
    on_half = lambda pr: all(common.half(i) == a.half for i in pr)
    rng = random.Random(a.seed)
    moved = sorted(pr for pr in (p1 ^ p2) if on_half(pr))
    n_moved = len(moved)
    rng.shuffle(moved)
    moved = moved[:a.n]
    every = sorted({i for g in g1 for i in g if common.half(i) == a.half})
    dup = sorted({tuple(sorted(d)) for d in dups if on_half(d) and d[0] != d[1]})
    rng.shuffle(dup)
    calib = [(pr, "duplicate") for pr in dup[:a.calibration // 2]]
    while len(calib) < a.calibration and len(every) > 1:
        pr = tuple(sorted(rng.sample(every, 2)))
        if pr not in p1 and pr not in p2:
            calib.append((pr, "random"))
    items = [(pr, f"only-{n1}" if pr in p1 else f"only-{n2}") for pr in moved] + calib
    rng.shuffle(items)

    need = {i for pr, _ in items for i in pr}
    text = {}
    for rel in NEWS:
        path = os.path.join(a.data, rel)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["id"] in need and r["id"] not in text:
                    text[r["id"]] = (r.get("title") or "", r.get("text") or "")
    os.makedirs(a.out, exist_ok=True)
    key = {"name": a.name, "seed": a.seed, "half": a.half, "systems": [n1, n2], "items": {}}
    md = [f"# {a.name}\n"]
    for pr, kind in items:
        iid = "s" + hashlib.sha1(f"{a.seed}:{a.name}:{pr[0]}:{pr[1]}".encode()).hexdigest()[:6]
        order = list(pr)
        rng.shuffle(order)
        key["items"][iid] = {"ids": list(pr), "kind": kind, "sources": [common.news_source_of(i) for i in pr]}
        md.append(f"\n## {iid}\n")
        for n, i in enumerate(order, 1):
            title, body = text.get(i, ("", ""))
            md.append(f"\n**Article {n}.** {('**' + title + '** ') if title else ''}{opening(body, a.words)}\n")
    jpath = os.path.join(a.out, a.name + ".judge.md")
    kpath = os.path.join(a.out, a.name + ".key.json")
    with open(jpath, "w", encoding="utf-8") as f:
        f.write("".join(md))
    with open(kpath, "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, sort_keys=True)
    kinds = {}
    for _, k in items:
        kinds[k] = kinds.get(k, 0) + 1
    print(jpath)
    print(kpath)
    print(f"{len(items)} items: {kinds}; pairs on the half grouped by one build only: {n_moved}")


if __name__ == "__main__":
    main()
