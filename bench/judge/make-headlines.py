#!/usr/bin/env python3
"""Headlines for a blind judge: is each headline acceptable?

Reads a sample (sample.py) and the outputs of N systems (JSON Lines as `precis batch`
writes them, with a "headline"), adds two systems of its own:

  title    the item's real title (Gigaword: its reference headline), where the source has one
           (not CNN/DM); it calibrates the judge, who should find ~98 % of them OK
  prefix   the first ten words of the lede (the first sentence as `precis segment` finds it)

and writes:

  NAME.judge.txt  one headline a line, `ID<TAB>headline`, all systems and sources shuffled
                  together (seeded); no article text, no source, no system. Holds
                  third-party text (titles, article words): stays under bench/out/.
  NAME.key.json   item id -> {id, source, system, same_as_title}, and the files and the
                  precis it was made from: ids, names and sources only, so it may be
                  committed (bench/judge/labels/NAME.key.json).
                  same_as_title marks a system's headline equal to the real title (compared
                  case-folded, white space and final punctuation ignored).

Usage: bench/judge/make-headlines.py SAMPLE.jsonl [NAME=FILE ...] [--precis BIN]
                                     [--name NAME] [--seed S] [--out DIR] [--prefix-words 10]
"""
import argparse
import os
import re

import common


def norm(headline):
    return re.sub(r"[\s.!?]+$", "", " ".join(headline.split()).casefold())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sample")
    ap.add_argument("systems", nargs="*", metavar="NAME=FILE")
    ap.add_argument("--precis", default=common.DEFAULT_PRECIS, help="the precis binary, for the lede (default build/src/cli/precis)")
    ap.add_argument("--name", help="file name stem (default headlines-SAMPLE)")
    ap.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    ap.add_argument("--out", default=common.OUT, help="output folder (default bench/out/judge)")
    ap.add_argument("--prefix-words", type=int, default=10)
    a = ap.parse_intermixed_args()
    systems = common.named_files(a.systems)
    for reserved in ("title", "prefix"):
        if reserved in (s for s, _ in systems):
            ap.error(f"the system name {reserved!r} is the script's own")
    outputs = {name: common.system_file(path) for name, path in systems}
    sample = common.read_jsonl(a.sample)
    name = a.name or "headlines-" + os.path.splitext(os.path.basename(a.sample))[0]
    ledes = common.segment(a.precis, sample)

    lines = []  # (opaque id, headline, key entry)
    for r, sentences in zip(sample, ledes):
        heads = []
        if r.get("title"):
            heads.append(("title", r["title"]))
        heads.append(("prefix", " ".join(" ".join(sentences[:1]).split()[:a.prefix_words])))
        for s, _ in systems:
            out = outputs[s].get(r["id"])
            if out is None:
                print(f"{r['id']}: no output from {s}; skipped")
                continue
            heads.append((s, out.get("headline") or ""))
        for system, text in heads:
            item = common.opaque_id("h", a.seed, name, r["id"], system)
            same = system != "title" and bool(r.get("title")) and norm(text) == norm(r["title"])
            lines.append((item, " ".join(text.split()) or "(empty)",
                          {"id": r["id"], "source": r["source"], "system": system, "same_as_title": same}))
    if len({i for i, _, _ in lines}) != len(lines):
        raise SystemExit("opaque id collision: use another --seed")
    common.rng(a.seed, name, "order").shuffle(lines)

    os.makedirs(a.out, exist_ok=True)
    judge = os.path.join(a.out, f"{name}.judge.txt")
    with open(judge, "w", encoding="utf-8") as f:
        f.writelines(f"{item}\t{text}\n" for item, text, _ in lines)
    keyfile = os.path.join(a.out, f"{name}.key.json")
    common.write_json(keyfile, {"name": name, "seed": a.seed, "systems": ["title", "prefix"] + [s for s, _ in systems],
                                "items": {item: k for item, _, k in lines},
                                "made_from": common.provenance(a.sample, systems, a.precis)})
    print(f"{judge}\n{keyfile}\n{len(lines)} headlines")


if __name__ == "__main__":
    main()
