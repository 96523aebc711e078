#!/usr/bin/env python3
"""Before/after pairs of the REPORT items a change moved, listed by id, for a blind judge.

(`--half tune` pairs the TUNE items listed instead: a round's own reading checked blind.)

A branch that changes what precis prints lists the REPORT items it moved, by id only (a TSV:
`source<TAB>id[<TAB>outputs]`, or `id<TAB>source[...]` under a header line `id<TAB>...`; `#` comments), never reading them. This script finds those items
in the REPORT pool (the news sources, ECB+, the pages and Gigaword's validation file), runs two
precis builds over them and writes the judge file and key with make-pairs.py:

  --mode headline   each build's generated headline (--headline=generated) as a one-line summary
                    (judge with rubric-headline-pairs-article.md: the headline beside its article)
  --mode summary    each build's default summary (judge with rubric-summary-pages.md)

With `--sample FILE` it pairs every item of FILE instead (fresh sentences, `sample.py
--drop-sentences N`, whose ids repeat their item's: give each fresh sample's ids a `~TAG`
suffix to tell them apart; the half is the id's before the suffix).

It prints counts only, never an item's text. Usage:

  bench/judge/make-moved-pairs.py --name NAME --seed S --before OLD/precis --after NEW/precis \
      [--mode headline|summary] [--titles] [--outputs generated-headline,summary] [--sample FILE] MOVED.tsv ...
"""
import argparse
import json
import os
import subprocess
import sys

import common

HERE = os.path.dirname(os.path.abspath(__file__))


def moved_ids(paths, outputs):
    ids = set()
    for path in paths:
        id_col = 1  # `source<TAB>id`, unless a header line says `id<TAB>source`
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("source\t") or line.startswith("id\t"):
                id_col = 0 if line.startswith("id\t") else 1
                continue
            parts = line.rstrip("\n").split("\t")
            if outputs and (len(parts) < 3 or not set(parts[2].split(",")) & outputs):
                continue
            ids.add(parts[id_col] if len(parts) > id_col else parts[0])
    return ids


def pool_sample(out, data, ids, half):
    """The listed items of the pool (every source's REPORT or TUNE half) and of Gigaword's validation file."""
    records = common.write_pool(os.path.join(out, "pool.jsonl"), data, half)
    for r in common.read_jsonl(os.path.join(data, "headlines", "gigaword_valid4k.jsonl")):
        if r["id"] in ids:
            records.append({"id": r["id"], "source": "gigaword", "title": r["headline"], "text": r["text"]})
    return [r for r in records if r["id"] in ids and common.half(r["id"]) == half]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("moved", nargs="+")
    ap.add_argument("--name", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", required=True)
    ap.add_argument("--mode", choices=("headline", "summary"), default="headline")
    ap.add_argument("--titles", action="store_true", help="give precis each item's title (summaries)")
    ap.add_argument("--outputs", default="", help="only ids whose third column names one of these")
    ap.add_argument("--out", default=os.path.join(common.ROOT, "bench", "out", "judge"))
    ap.add_argument("--half", choices=("report", "tune"), default="report",
                    help="the half whose listed items are paired (tune: to check a round's own reading blind)")
    ap.add_argument("--data")
    ap.add_argument("--sample", help="pair every item of this sample file instead of the listed ids of the pool "
                    "(fresh sentences: sample.py --drop-sentences, ids suffixed `~TAG` to tell samples apart)")
    a = ap.parse_args()
    data = common.data_dir(a.data)
    ids = moved_ids(a.moved, set(a.outputs.split(",")) - {""})
    out = os.path.join(a.out, a.name)
    os.makedirs(out, exist_ok=True)
    if a.sample:
        records = common.read_jsonl(a.sample)
        ids = {r["id"] for r in records}
        sample = [r for r in records if common.half(r["id"].split("~")[0]) == a.half]
    else:
        sample = pool_sample(out, data, ids, a.half)
    sample_path = os.path.join(out, "sample.jsonl")
    common.write_jsonl(sample_path, sample)
    print(f"{len(ids)} ids listed, {len(sample)} {a.half.upper()} items found", file=sys.stderr)
    files = {}
    for tag, precis in (("after", a.after), ("before", a.before)):
        sys_dir = os.path.join(out, "sys-" + tag)
        cmd = [os.path.join(HERE, "systems.py"), sample_path, "--precis", precis, "--out", sys_dir,
               "--variant", "generated=--headline=generated"] + (["--titles"] if a.titles else [])
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        files[tag] = os.path.join(out, tag + ".jsonl")
        if a.mode == "summary":
            common.write_jsonl(files[tag], common.read_jsonl(os.path.join(sys_dir, "precis.jsonl")))
        else:
            common.write_jsonl(files[tag], [{"id": r["id"], "summary": [r["headline"]]}
                                            for r in common.read_jsonl(os.path.join(sys_dir, "generated.jsonl"))])
    before = {r["id"]: r["summary"] for r in common.read_jsonl(files["before"])}
    same = sum(before.get(r["id"]) == r["summary"] for r in common.read_jsonl(files["after"]))
    print(f"{same} of {len(sample)} the same in both builds", file=sys.stderr)
    subprocess.run([os.path.join(HERE, "make-pairs.py"), sample_path, "after=" + files["after"],
                    "before=" + files["before"], "--name", a.name, "--seed", str(a.seed), "--out", out], check=True)


if __name__ == "__main__":
    main()
