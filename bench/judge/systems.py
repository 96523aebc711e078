#!/usr/bin/env python3
"""Run the systems to be judged over a sample, each into a JSON Lines file as `precis batch`
writes them ({id, headline, summary: [sentences], sentences: [{index, ...}], ...}):

  precis.jsonl   `precis batch -j 1` with the default options (ranker, 3 sentences)
  lead3.jsonl    Lead-3: the first three sentences as `precis segment` finds them (the title
                 line precis detects is not a sentence), so Lead-3 and precis share their
                 segmentation; {id, summary, sentences: [{index}], n_document_sentences}
  NAME.jsonl     for each --variant NAME="ARGS": `precis batch -j 1 ARGS` (e.g.
                 --variant textrank="--ranker=textrank")

With --titles, precis is given each article's title (the sample's `title`, as a JSON Lines
`title`), as a reader of a page or feed item has it; without, the text alone.

The files hold article sentences: they go under bench/out/ (git-ignored). made_from.json
records the sample, the precis binary and version, its arguments and the repository commit.

Usage: bench/judge/systems.py SAMPLE.jsonl [--precis BUILD/src/cli/precis] [--out DIR]
                              [-n 3] [--titles] [--variant NAME=ARGS ...]
"""
import argparse
import os
import shlex

import common


def lead(precis, records, n):
    out = []
    for r, sentences in zip(records, common.segment(precis, records)):
        first = sentences[:n]
        out.append({"id": r["id"], "summary": first, "sentences": [{"index": i} for i in range(len(first))],
                    "n_document_sentences": len(sentences)})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sample")
    ap.add_argument("--precis", default=common.DEFAULT_PRECIS, help="the precis binary (default build/src/cli/precis)")
    ap.add_argument("--out", help="output folder (default bench/out/judge/systems-SAMPLE/)")
    ap.add_argument("-n", "--sentences", type=int, default=3)
    ap.add_argument("--variant", action="append", default=[], metavar="NAME=ARGS")
    ap.add_argument("--titles", action="store_true", help="give precis each article's title")
    a = ap.parse_args()
    records = common.read_jsonl(a.sample)
    out = a.out or os.path.join(common.OUT, "systems-" + os.path.splitext(os.path.basename(a.sample))[0])
    n = ["-n", str(a.sentences)]
    runs = [("precis", n)] + [(name, n + shlex.split(args)) for name, args in common.named_files(a.variant)]
    for name, extra in runs:
        path = os.path.join(out, f"{name}.jsonl")
        common.write_jsonl(path, common.run_batch(a.precis, records, extra, a.titles))
        print(path)
    path = os.path.join(out, f"lead{a.sentences}.jsonl")
    common.write_jsonl(path, lead(a.precis, records, a.sentences))
    print(path)
    common.write_json(os.path.join(out, "made_from.json"),
                      dict(common.provenance(a.sample, precis=a.precis), runs={k: v for k, v in runs},
                           titles=a.titles))


if __name__ == "__main__":
    main()
