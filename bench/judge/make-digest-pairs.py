#!/usr/bin/env python3
"""Digest stories for a blind judge: which of two summaries of a story told by several
articles serves a newsletter reader better?

Reads two `precis digest -f json` outputs of the same input (the stories in the same order,
as two builds of precis write them), takes the stories of two or more articles whose summaries
differ and whose articles are all on one half (--half tune|report, by article id as
common.half() decides), draws --n of them (seeded) and writes

  NAME.judge.md   per story: its articles' titles, then the two summaries as Summary A and
                  Summary B in seeded random order; no system names. Holds third-party text:
                  stays under bench/out/ (or /tmp), never committed.
  NAME.key.json   item id -> {A, B, id (the lead article's), source, identical}, in the form
                  score-pairs.py reads; committed with the labels.

Judge with rubric-digest.md; score with score-pairs.py KEY LABELS (first-named system =
"won" column).

Usage: bench/judge/make-digest-pairs.py NAME1=DIGEST1.json NAME2=DIGEST2.json --name NAME
                                        [--half tune] [--n 20] [--seed S] [--out DIR]
                                        [--match order|members]
"""
import argparse
import hashlib
import json
import os
import random

import common


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("systems", nargs=2, metavar="NAME=DIGEST.json")
    ap.add_argument("--name", required=True)
    ap.add_argument("--half", default="tune", choices=["tune", "report"])
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=20261414)
    ap.add_argument("--out", default="bench/out")
    ap.add_argument("--match", default="order", choices=["order", "members"],
                    help="pair the stories by their order (the default) or by their articles")
    args = ap.parse_args()

    names, digests = [], []
    for spec in args.systems:
        name, path = spec.split("=", 1)
        names.append(name)
        with open(path, encoding="utf-8") as f:
            digests.append(json.load(f)["items"])
    first, second = digests
    if args.match == "members":
        # stories told by the same articles in both, whatever their order (when the grouping
        # differs too: only the summaries of the stories both made are compared)
        def members(story):
            return tuple(sorted(str(s.get("id")) for s in story["sources"]))
        by_members = {members(b): b for b in second}
        pairs = [(a, by_members[members(a)]) for a in first if members(a) in by_members]
    else:
        if len(first) != len(second):
            raise SystemExit("the two digests hold different numbers of stories (try --match members)")
        pairs = list(zip(first, second))

    candidates = []
    for a, b in pairs:
        ids = [s.get("id") for s in a["sources"]]
        if len(ids) < 2 or a["summary"] == b["summary"] or None in ids:
            continue
        if any(common.half(i) != args.half for i in ids):
            continue
        candidates.append((a, b))
    rng = random.Random(args.seed)
    rng.shuffle(candidates)
    chosen = candidates[: args.n]

    os.makedirs(args.out, exist_ok=True)
    items, lines = {}, [f"# {args.name}\n"]
    for a, b in chosen:
        lead = a["sources"][0]["id"]
        item = "d" + hashlib.sha1(f"{args.name}/{lead}".encode()).hexdigest()[:6]
        order = [(names[0], a), (names[1], b)]
        rng.shuffle(order)
        items[item] = {"A": order[0][0], "B": order[1][0], "id": lead, "source": common.news_source_of(lead),
                       "identical": a["summary"] == b["summary"]}
        lines.append(f"## Item {item}\n\nArticles of the story (their titles):\n")
        for s in a["sources"]:
            lines.append(f"- {s.get('title') or '(untitled)'}")
        for label, (_, story) in zip("AB", order):
            lines.append(f"\n**Summary {label}:**\n\n" + " ".join(story["summary"]))
        lines.append("")
    with open(os.path.join(args.out, f"{args.name}.judge.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    key = {"name": args.name, "systems": names, "items": items,
           "made_from": {"digests": [s.split("=", 1)[1] for s in args.systems], "half": args.half,
                         "seed": args.seed, "candidates": len(candidates)}}
    with open(os.path.join(args.out, f"{args.name}.key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, sort_keys=True)
    print(f"{len(chosen)} of {len(candidates)} differing {args.half} stories written to {args.out}")


if __name__ == "__main__":
    main()
