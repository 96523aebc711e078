#!/usr/bin/env python3
"""The reader's own choice: articles with numbered sentences, for a judge who picks the three
that a summary should be.

Preference pairs (make-pairs.py) say which of two summaries a reader prefers; they cannot say
how much better than Lead-3 any extract could be. This file asks the judge to choose the
summary itself, so that the reader's choices can be compared with Lead-3 and with precis
(score-choose.py): how often the reader keeps the opening, and what the reader takes instead.

Writes:

  NAME.judge.md  per item an opaque id and the article's sentences, numbered from 1, as
                 `precis segment` finds them (the title line, when precis detects one, shown
                 as the title, not numbered); items in a seeded random order. Holds article
                 text: stays under bench/out/ and is never committed.
  NAME.key.json  item id -> {id, source, n_sentences}, and the files it was made from (no
                 text), to be committed beside the labels.

Only the first MAX sentences (default 20) are numbered; the rest of the article is not shown
(a summary of news is chosen from its first screens).

Usage: bench/judge/make-choose.py SAMPLE.jsonl [--name NAME] [--max N] [--seed S] [--out DIR]
       [--precis PRECIS]
"""
import argparse
import os

import common


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sample")
    ap.add_argument("--name", help="file name stem (default choose-SAMPLE)")
    ap.add_argument("--max", type=int, default=20, help="sentences shown an article (default 20)")
    ap.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    ap.add_argument("--out", default=common.OUT, help="output folder (default bench/out/judge)")
    ap.add_argument("--precis", default="build/src/cli/precis")
    a = ap.parse_args()
    sample = common.read_jsonl(a.sample)
    name = a.name or "choose-" + os.path.splitext(os.path.basename(a.sample))[0]
    sentences = common.segment(a.precis, sample)

    items = [(common.opaque_id("c", a.seed, name, r["id"]), r, s) for r, s in zip(sample, sentences)]
    if len({i for i, _, _ in items}) != len(items):
        raise SystemExit("opaque id collision: use another --seed")
    common.rng(a.seed, name, "order").shuffle(items)

    key = {"name": name, "seed": a.seed, "max": a.max, "items": {},
           "made_from": common.provenance(a.sample, precis=a.precis)}
    md = ["# Choose the summary", "",
          "Instructions: the rubric given with this file. One answer line per item:",
          "`ITEM_ID<TAB>i,j,k<TAB>a few words of reason`.", ""]
    for item, r, sents in items:
        shown = sents[:a.max]
        key["items"][item] = {"id": r["id"], "source": r["source"], "n_sentences": len(shown)}
        md += ["---", "", f"## Item {item}", ""]
        if r.get("title"):
            md += [f"**{' '.join(r['title'].split())}**", ""]
        md += [f"{n}. {' '.join(s.split())}" for n, s in enumerate(shown, 1)]
        if len(sents) > len(shown):
            md += ["", f"({len(sents) - len(shown)} more sentences not shown)"]
        md.append("")
    judge = os.path.join(a.out, name + ".judge.md")
    os.makedirs(a.out, exist_ok=True)
    with open(judge, "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    common.write_json(os.path.join(a.out, name + ".key.json"), key)
    print(f"{judge}: {len(items)} items")


if __name__ == "__main__":
    main()
