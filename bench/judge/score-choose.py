#!/usr/bin/env python3
"""Scores a judge's own choices (make-choose.py) against systems' summaries.

Per source: how many of the reader's choices are exactly a system's summary, how many of
the reader's three sentences each system has (mean, out of 3), and where in the article the
reader's sentences are (1st, 2nd, 3rd, 4th-6th, later). The sentences are matched by their
text, so the sample is segmented again with the same precis build (--precis, --sample: the
files make-choose.py was given).

Usage: bench/judge/score-choose.py KEY LABELS --sample SAMPLE.jsonl [--precis PRECIS]
                                   [--show] NAME=FILE...
"""
import argparse
import collections
import json

import common


def parse_choice(answer, n):
    """"2,3,5" -> (1, 2, 4), or None when it is not 1-3 distinct numbers within 1..n."""
    try:
        picks = sorted({int(x) for x in answer.replace(" ", "").split(",") if x})
    except ValueError:
        return None
    if not 1 <= len(picks) <= 3 or picks[0] < 1 or picks[-1] > n:
        return None
    return tuple(p - 1 for p in picks)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("key")
    ap.add_argument("labels")
    ap.add_argument("systems", nargs="*", metavar="NAME=FILE")
    ap.add_argument("--sample", required=True)
    ap.add_argument("--precis", default="build/src/cli/precis")
    ap.add_argument("--show", action="store_true", help="list the reader's departures from the opening")
    a = ap.parse_intermixed_args()
    with open(a.key, encoding="utf-8") as f:
        key = json.load(f)
    labels, problems = {}, []
    with open(a.labels, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            fields = [x.strip() for x in line.rstrip("\n").split("\t")]
            if not fields[0] or fields[0].startswith("#"):
                continue
            if len(fields) < 2 or fields[0] not in key["items"]:
                problems.append(f"line {n}: not ITEM<TAB>i,j,k with a known item: {line[:60]!r}")
                continue
            labels[fields[0]] = (fields[1], fields[2] if len(fields) > 2 else "")
    problems += [f"{i}: no label" for i in sorted(set(key["items"]) - set(labels))]

    sample = {r["id"]: r for r in common.read_jsonl(a.sample)}
    ids = [v["id"] for v in key["items"].values()]
    records = [sample[i] for i in ids]
    sentences = dict(zip(ids, common.segment(a.precis, records)))
    systems = [(name, common.system_file(path)) for name, path in common.named_files(a.systems)]

    by_source = collections.defaultdict(list)
    for item, v in key["items"].items():
        if item not in labels:
            continue
        choice = parse_choice(labels[item][0], v["n_sentences"])
        if choice is None:
            problems.append(f"{item}: unreadable choice {labels[item][0]!r}")
            continue
        by_source[v["source"]].append((item, v["id"], choice, labels[item][1]))

    names = [n for n, _ in systems]
    head = ["source", "items", "= opening 1-3"] + [f"= {n}" for n in names] + \
           [f"{n}: shared of 3" for n in names] + ["1st", "2nd", "3rd", "4th-6th", "later"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    total = collections.Counter()
    rows = sorted(by_source.items(), key=lambda kv: common.source_rank(kv[0])) + [("all", sum(by_source.values(), []))]
    for source, items in rows:
        n = len(items)
        opening = sum(c == (0, 1, 2) for _, _, c, _ in items)
        exact, shared = [], []
        for name, out in systems:
            e = s = 0
            for _, rid, c, _ in items:
                chosen = {" ".join(sentences[rid][k].split()) for k in c}
                summary = {" ".join(x.split()) for x in out[rid].get("summary", [])}
                e += chosen == summary
                s += len(chosen & summary)
            exact.append(e)
            shared.append(s)
        pos = collections.Counter()
        for _, _, c, _ in items:
            for k in c:
                pos["1st" if k == 0 else "2nd" if k == 1 else "3rd" if k == 2 else "4th-6th" if k < 6 else "later"] += 1
        picks = sum(pos.values())
        cells = [source, str(n), common.pct(opening, n)] + [common.pct(e, n) for e in exact] + \
                [f"{s / n:.2f}" if n else "-" for s in shared] + \
                [common.pct(pos[k], picks) for k in ("1st", "2nd", "3rd", "4th-6th", "later")]
        print("| " + " | ".join(cells) + " |")
    if a.show:
        print("\nThe reader's departures from the opening (TUNE items only should be read):")
        for source, items in rows[:-1]:
            for item, rid, c, why in items:
                if c != (0, 1, 2):
                    print(f"- {source} {rid} {','.join(str(k + 1) for k in c)}: {why}")
    common.print_problems(problems)


if __name__ == "__main__":
    main()
