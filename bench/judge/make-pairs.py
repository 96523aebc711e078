#!/usr/bin/env python3
"""Summary preference pairs for a blind judge.

Reads a sample (sample.py) and two systems' outputs (JSON Lines as `precis batch` or
systems.py write them: per record the chosen sentences in "summary") and writes:

  NAME.judge.md  for the judge: per item an opaque item id, the article (title and text,
                 paragraphs kept) and "Summary A" / "Summary B", the two systems in a seeded
                 random order; items in a seeded random order. Holds article text: stays
                 under bench/out/ and is never committed.
  NAME.key.json  item id -> {id, source, A, B, identical}, and the files it was made
                 from: ids, system names, sources and file names only (no text), so it may
                 be committed beside the labels
                 (bench/judge/labels/NAME.key.json).

Identical pairs are shown too (the judge should answer TIE; score-pairs.py counts them as
ties whatever the answer). Items missing from either system's file are skipped with a note.

Usage: bench/judge/make-pairs.py SAMPLE.jsonl NAME1=FILE1 NAME2=FILE2 [--name NAME]
                                 [--seed S] [--out DIR]
"""
import argparse
import os

import common


def article_md(r):
    parts = [f"**{' '.join(r['title'].split())}**"] if r.get("title") else []
    for para in r["text"].replace("\r\n", "\n").split("\n\n"):
        para = " ".join(para.split())
        if para:
            parts.append(para)
    return "\n\n".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sample")
    ap.add_argument("systems", nargs=2, metavar="NAME=FILE")
    ap.add_argument("--name", help="file name stem (default pairs-NAME1-NAME2-SAMPLE)")
    ap.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    ap.add_argument("--out", default=common.OUT, help="output folder (default bench/out/judge)")
    a = ap.parse_intermixed_args()
    systems = common.named_files(a.systems)
    if systems[0][0] == systems[1][0]:
        ap.error("the two systems need different names")
    outputs = {name: common.system_file(path) for name, path in systems}
    sample = common.read_jsonl(a.sample)
    name = a.name or "pairs-{}-{}-{}".format(systems[0][0], systems[1][0],
                                             os.path.splitext(os.path.basename(a.sample))[0])

    items = []
    for r in sample:
        missing = [s for s, _ in systems if r["id"] not in outputs[s]]
        if missing:
            print(f"{r['id']}: no output from {', '.join(missing)}; skipped")
            continue
        flip = common.rng(a.seed, name, r["id"]).random() < 0.5
        order = [s for s, _ in systems]
        if flip:
            order.reverse()
        items.append((common.opaque_id("p", a.seed, name, r["id"]), r, order))
    if len({i for i, _, _ in items}) != len(items):
        raise SystemExit("opaque id collision: use another --seed")
    common.rng(a.seed, name, "order").shuffle(items)

    key = {"name": name, "seed": a.seed, "systems": [s for s, _ in systems], "items": {},
           "made_from": common.provenance(a.sample, systems)}
    # The heading names no system: the file's name (which may) is not shown to the judge.
    md = ["# Which summary is better?", "",
          "Instructions: the rubric given with this file. One answer line per item:",
          "`ITEM_ID<TAB>A|B|TIE<TAB>a few words of reason`.", ""]
    for item, r, order in items:
        texts = [common.summary_text(outputs[s][r["id"]]) for s in order]
        key["items"][item] = {"id": r["id"], "source": r["source"], "A": order[0], "B": order[1],
                              "identical": texts[0] == texts[1]}
        md += ["---", "", f"## Item {item}", "", "### Article", "", article_md(r), ""]
        for label, text in zip("AB", texts):
            md += [f"### Summary {label}", "", text or "(empty)", ""]
    judge = os.path.join(a.out, f"{name}.judge.md")
    os.makedirs(a.out, exist_ok=True)
    with open(judge, "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    keyfile = os.path.join(a.out, f"{name}.key.json")
    common.write_json(keyfile, key)
    n_same = sum(v["identical"] for v in key["items"].values())
    print(f"{judge}\n{keyfile}\n{len(items)} items, {n_same} identical pairs")


if __name__ == "__main__":
    main()
