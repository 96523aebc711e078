#!/usr/bin/env python3
"""A fixed, seeded sample of the shared dev sets for blind judgement, as JSON Lines of
{id, source, title?, text} (under bench/out/, git-ignored: it holds article text).

Every source is split into two halves by the item id alone (common.half: first hex digit of
sha1(id) 0-7 -> TUNE, 8-f -> REPORT). Developers may read and tune on TUNE items only; judgements that are
reported use REPORT items only. Within a half, each source's items are shuffled by a
generator seeded with (seed, source, half) and the first N are kept, skipping repeated texts
(the BBC set holds duplicates): the same arguments give the same items, and a smaller N gives
a prefix of a larger one's items. The default seed is common.DEFAULT_SEED (20261128).

Usage: bench/judge/sample.py --half report --per-source 20 [--sources bbc,inshorts,cnndm]
                             [--seed S] [--data DIR] [-o FILE]
"""
import argparse
import os

import common


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("tune", "report"), required=True)
    ap.add_argument("--per-source", type=int, required=True, metavar="N")
    ap.add_argument("--sources", default=",".join(common.NEWS_SOURCES),
                    help=f"comma-separated, of {', '.join(common.SOURCES)} (default: the three news sets)")
    ap.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    ap.add_argument("--data", help="shared data folder (default $PRECIS_SHARED_DATA or ../shared/data)")
    ap.add_argument("-o", "--output", help="default bench/out/judge/sample-HALF-N[-SOURCES].jsonl")
    a = ap.parse_args()
    sources = [s for s in a.sources.split(",") if s]
    for s in sources:
        if s not in common.SOURCES:
            ap.error(f"unknown source {s!r}")
    data = common.data_dir(a.data)

    records = []
    for source in sources:
        items = [r for r in common.load_source(data, source) if common.half(r["id"]) == a.half]
        common.rng(a.seed, source, a.half).shuffle(items)
        seen, kept = set(), []
        for r in items:
            key = " ".join(r["text"].split())
            if key in seen or not key:
                continue
            seen.add(key)
            kept.append(r)
            if len(kept) == a.per_source:
                break
        records += kept

    out = a.output
    if not out:
        tag = "" if sources == list(common.NEWS_SOURCES) else "-" + "-".join(sources)
        out = os.path.join(common.OUT, f"sample-{a.half}-{a.per_source}{tag}.jsonl")
    common.write_jsonl(out, records)
    print(out)


if __name__ == "__main__":
    main()
