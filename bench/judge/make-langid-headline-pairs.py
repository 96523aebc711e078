#!/usr/bin/env python3
"""Before/after pairs of generated headlines of the langid sentences a change moved, for a blind judge.

Each sentence of the named languages' files in DATA/langid is a document (id
`langid-LANGUAGE-NNN`, its line number from 0). Both builds run `precis batch
--headline=generated` over them; of the REPORT-half ids (common.half) whose headline differs,
up to --n are drawn (seeded) and make-pairs.py writes the judge file and key (judge with
rubric-headline-pairs.md). Prints counts only, never a sentence.

Usage: bench/judge/make-langid-headline-pairs.py --before OLD/precis --after NEW/precis \
           --languages hindi,turkish --name NAME --seed S [--n 40] [--out DIR] [--data DATA]
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys

import common

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", required=True)
    ap.add_argument("--languages", required=True)
    ap.add_argument("--name", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--out", default=common.OUT)
    ap.add_argument("--data", default=os.environ.get("PRECIS_SHARED_DATA", "../shared/data"))
    a = ap.parse_args()
    work = os.path.join(a.out, a.name)
    os.makedirs(work, exist_ok=True)
    sample = os.path.join(work, "sentences.jsonl")
    with open(sample, "w", encoding="utf-8") as f:
        for lang in a.languages.split(","):
            path = os.path.join(a.data, "langid", lang + ".txt")
            for i, line in enumerate(open(path, encoding="utf-8")):
                if line.strip():
                    f.write(json.dumps({"id": f"langid-{lang}-{i:03d}", "source": lang, "text": line.strip()},
                                       ensure_ascii=False) + "\n")
    heads = {}
    for name, binary in (("before", a.before), ("after", a.after)):
        out = subprocess.run([binary, "batch", "--headline=generated", sample], capture_output=True, check=True,
                             text=True).stdout
        heads[name] = {r["id"]: r.get("headline") for r in map(json.loads, filter(None, out.split("\n")))}
    moved = sorted(i for i in heads["before"] if heads["before"][i] != heads["after"].get(i))
    report = [i for i in moved if common.half(i) == "report"]
    print(f"{len(moved)} moved, {len(report)} REPORT: "
          + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(i.split('-')[1] for i in report).items())),
          file=sys.stderr)
    pick = sorted(random.Random(a.seed).sample(report, min(a.n, len(report))))
    rows = {json.loads(l)["id"]: l for l in open(sample, encoding="utf-8")}
    picked = os.path.join(work, "sample.jsonl")
    with open(picked, "w", encoding="utf-8") as f:
        f.writelines(rows[i] for i in pick)
    files = []
    for name in ("after", "before"):
        path = os.path.join(work, name + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i in pick:
                f.write(json.dumps({"id": i, "summary": [heads[name][i]]}, ensure_ascii=False) + "\n")
        files.append(f"{name}={path}")
    subprocess.run([sys.executable, os.path.join(HERE, "make-pairs.py"), picked, *files, "--name", a.name,
                    "--seed", str(a.seed + 1), "--out", work], check=True)


if __name__ == "__main__":
    main()
