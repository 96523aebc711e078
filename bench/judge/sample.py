#!/usr/bin/env python3
"""A fixed, seeded sample of the shared dev sets for blind judgement, as JSON Lines of
{id, source, title?, text} (under bench/out/, git-ignored: it holds article text).

Every source is split into two halves by the item id alone (common.half: first hex digit of
sha1(id) 0-7 -> TUNE, 8-f -> REPORT). Developers may read and tune on TUNE items only; judgements that are
reported use REPORT items only. Within a half, each source's items are shuffled by a
generator seeded with (seed, source, half) and the first N are kept, skipping repeated texts
(the BBC set holds duplicates): the same arguments give the same items, and a smaller N gives
a prefix of a larger one's items. The default seed is common.DEFAULT_SEED (20261128).

Fresh sentences: --drop-paragraphs N gives each item's text without its first N paragraphs
(blocks between blank lines) and without its title, keeping its id (and so its half); an item
left with under MIN_LEFT (3) paragraphs is skipped, so a one-paragraph source (Inshorts,
CNN/DM, ECB+, Gigaword) gives nothing. --drop-sentences N does the same with the sentences
`precis segment` finds (--precis; the title line precis detects is not a sentence), the
rest joined by a space. Headlines, summaries and ledes tuned on an item's opening are then
tried on sentences no earlier round read. The drop is made before the per-source cap: N
counts the items kept.

Usage: bench/judge/sample.py --half report --per-source 20 [--sources bbc,inshorts,cnndm]
                             [--seed S] [--data DIR] [-o FILE]
                             [--drop-paragraphs N | --drop-sentences N [--precis PRECIS]]
"""
import argparse
import os

import common

# An item keeps at least this many paragraphs (or sentences) after the drop, else it is skipped.
MIN_LEFT = 3


def paragraphs(text):
    """The paragraphs of @text: blocks between blank lines, inner whitespace kept."""
    out, block = [], []
    for line in text.split("\n"):
        if line.strip():
            block.append(line)
        elif block:
            out.append("\n".join(block))
            block = []
    if block:
        out.append("\n".join(block))
    return out


def drop_opening(records, n_paragraphs, n_sentences, precis):
    """@records without their first paragraphs or sentences and their titles; those left
    with fewer than MIN_LEFT are left out."""
    if n_paragraphs:
        pieces = [paragraphs(r["text"]) for r in records]
        n, join = n_paragraphs, "\n\n"
    else:
        pieces = common.segment(common.check_precis(precis), records)
        n, join = n_sentences, " "
    out = []
    for r, parts in zip(records, pieces):
        if len(parts) - n >= MIN_LEFT:
            out.append({"id": r["id"], "source": r["source"], "text": join.join(parts[n:])})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("tune", "report"), required=True)
    ap.add_argument("--per-source", type=int, required=True, metavar="N")
    ap.add_argument("--sources", default=",".join(common.NEWS_SOURCES),
                    help=f"comma-separated, of {', '.join(common.SOURCES)} (default: the three news sets)")
    ap.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    ap.add_argument("--data", help="shared data folder (default $PRECIS_SHARED_DATA or ../shared/data)")
    ap.add_argument("-o", "--output", help="default bench/out/judge/sample-HALF-N[-SOURCES].jsonl")
    drop = ap.add_mutually_exclusive_group()
    drop.add_argument("--drop-paragraphs", type=int, default=0, metavar="N",
                      help="each text without its first N paragraphs and its title")
    drop.add_argument("--drop-sentences", type=int, default=0, metavar="N",
                      help="each text without its first N sentences (precis segment) and its title")
    ap.add_argument("--precis", default=common.DEFAULT_PRECIS, help="for --drop-sentences (default build/src/cli/precis)")
    a = ap.parse_args()
    if a.drop_paragraphs < 0 or a.drop_sentences < 0:
        ap.error("the number dropped must be 0 or more")
    sources = [s for s in a.sources.split(",") if s]
    for s in sources:
        if s not in common.SOURCES:
            ap.error(f"unknown source {s!r}")
    data = common.data_dir(a.data)

    records = []
    for source in sources:
        items = [r for r in common.load_source(data, source) if common.half(r["id"]) == a.half]
        common.rng(a.seed, source, a.half).shuffle(items)
        if a.drop_paragraphs or a.drop_sentences:
            items = drop_opening(items, a.drop_paragraphs, a.drop_sentences, a.precis)
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
