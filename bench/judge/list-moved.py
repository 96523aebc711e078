#!/usr/bin/env python3
"""The pool items two precis builds print differently, listed by id (REPORT) or shown (TUNE).

A change that moves what a reader sees is judged on the REPORT items it moved, which its author
never reads. This script runs both builds over the pool (`sample.py --per-source 5000`, sources
bbc,inshorts,cnndm,gigaword,ecb,pages, seed 20261601 — the pool `make-moved-pairs.py` reads),
each with its defaults (the summary) and with `--headline=generated` (the generated headline),
and compares them item by item:

  REPORT half  ids only, one row per moved output: `id<TAB>source<TAB>mode` (mode `summary` or
               `headline`) in --list (the file `make-moved-pairs.py` takes; commit it under
               bench/judge/labels/); counts per source printed. No REPORT text is printed or written.
  TUNE half    the same rows, and with --show FILE the before/after text of each moved TUNE item
               (outside the repository: it holds third-party text), for the author to read.

Usage:
  bench/judge/list-moved.py --before OLD/precis --after NEW/precis --list bench/judge/labels/NAME-moved.tsv \
      [--show /tmp/NAME-tune.txt] [--data DIR] [--work DIR]
"""
import argparse
import collections
import os
import sys

import common



def pool(work, data, half):
    path = os.path.join(work, f"pool-{half}.jsonl")
    return common.read_jsonl(path) if os.path.exists(path) else common.write_pool(path, data, half)


def outputs(precis, records):
    """{id: (summary sentences, generated headline)} for one build."""
    summaries = common.run_batch(precis, records)
    headlines = common.run_batch(precis, records, ["--headline=generated"])
    return {s["id"]: (s["summary"], h["headline"]) for s, h in zip(summaries, headlines)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", required=True)
    ap.add_argument("--list", required=True, help="the REPORT rows (ids only) are written here")
    ap.add_argument("--tune-list", help="the TUNE rows (ids only), if wanted")
    ap.add_argument("--show", help="before/after text of the moved TUNE items (keep it outside the repository)")
    ap.add_argument("--data")
    ap.add_argument("--work", default=os.path.join(common.ROOT, "bench", "out", "judge", "list-moved"))
    a = ap.parse_args()
    data = common.data_dir(a.data)
    os.makedirs(a.work, exist_ok=True)
    for half, path in (("report", a.list), ("tune", a.tune_list or a.show)):
        if not path:
            continue
        records = pool(a.work, data, half)
        before, after = outputs(a.before, records), outputs(a.after, records)
        rows, counts = [], collections.Counter()
        shown = []
        for r in records:
            b, n = before[r["id"]], after[r["id"]]
            for mode, i in (("summary", 0), ("headline", 1)):
                if b[i] != n[i]:
                    rows.append((r["id"], r["source"], mode))
                    counts[(r["source"], mode)] += 1
                    if half == "tune" and a.show:
                        shown.append((r, mode, b[i], n[i]))
        table = rows if half == "report" or a.tune_list else None
        if table is not None:
            target = a.list if half == "report" else a.tune_list
            with open(target, "w", encoding="utf-8") as f:
                f.write("id\tsource\tmode\n")
                for row in rows:
                    f.write("\t".join(row) + "\n")
        if half == "tune" and a.show:
            with open(a.show, "w", encoding="utf-8") as f:
                for r, mode, b, n in shown:
                    f.write(f"== {r['id']} ({r['source']}, {mode})\n")
                    if mode == "headline":
                        f.write(f"- {b}\n+ {n}\n")
                    else:
                        f.write("- " + "\n- ".join(b) + "\n+ " + "\n+ ".join(n) + "\n")
                    f.write("\n")
        sources = sorted({s for s, _ in counts}, key=common.source_rank)
        summary = ", ".join(f"{s} {counts[(s, 'summary')]}/{counts[(s, 'headline')]}" for s in sources) or "none"
        print(f"{half.upper()}: {len(records)} items; moved (summary/headline): {summary}", file=sys.stderr)


if __name__ == "__main__":
    main()
