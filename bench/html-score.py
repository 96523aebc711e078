#!/usr/bin/env python3
"""html-score.py - how well `precis extract` finds a page's article text.

    bench/html-score.py [--precis build/src/cli/precis] [--data DIR] [-v [--list tune]] [--jsonl OUT]
    bench/html-score.py --pages bench/pages [-v]

Runs `precis extract -f json` on every page of DIR/html/pages (default ../shared/data) and
scores the text against the reference in DIR/html/expected.jsonl with the token-shingle rule
of DIR/html/SOURCE.md: lower-cased, split at white space, punctuation kept, shingles of
k = min(4, reference tokens) tokens counted as multisets; P, R and F1 per page, macro-averaged
over all pages, over the real (not synthetic) ones, and over the two halves of the real
pages split by a hash of their id (tune on one, check on the other, so overfitting shows). A page that fails or comes out empty
scores 0 and is counted. --pages DIR scores another set laid out the same way (DIR/<id>.html
and DIR/expected.jsonl), such as bench/pages, news-style pages written for this check with
their article text written by hand (not any reader's output). -v lists every page's scores, worst first; --list tune only the
tune half's (so that the held half stays unseen while rules are found).
"""
import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys
import time


def tokens(text):
    return text.lower().split()


def shingles(toks, k):
    if not toks:
        return collections.Counter()
    if len(toks) < k:
        return collections.Counter([tuple(toks)])
    return collections.Counter(tuple(toks[i:i + k]) for i in range(len(toks) - k + 1))


def score(extracted, reference):
    ref = tokens(reference)
    k = max(1, min(4, len(ref)))
    e, r = shingles(tokens(extracted), k), shingles(ref, k)
    n_e, n_r = sum(e.values()), sum(r.values())
    if n_e == 0 or n_r == 0:
        return 0.0, 0.0, 0.0
    common = sum((e & r).values())
    if common == 0:
        return 0.0, 0.0, 0.0
    p, rec = common / n_e, common / n_r
    return p, rec, 2 * p * rec / (p + rec)


def half(pid):
    """0 or 1 for a page id, fixed by its MD5 (the leave-out split of the real pages)."""
    return hashlib.md5(pid.encode("utf-8")).digest()[0] & 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--precis", default="build/src/cli/precis")
    ap.add_argument("--data", default=os.environ.get("PRECIS_SHARED_DATA", "../shared/data"))
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--list", choices=("all", "real", "tune", "held"), default="all",
                    help="with -v, list only these pages (study the tune half, keep the held one unseen)")
    ap.add_argument("--jsonl", help="also write the extractions here")
    ap.add_argument("--pages", help="score the pages of this folder (<id>.html, expected.jsonl) instead")
    a = ap.parse_args()
    folder = a.pages if a.pages else os.path.join(a.data, "html")
    pages = folder if a.pages else os.path.join(folder, "pages")
    expected = {}
    with open(os.path.join(folder, "expected.jsonl"), encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            expected[o["id"]] = o
    rows = []
    failed = []
    out = open(a.jsonl, "w", encoding="utf-8") if a.jsonl else None
    start = time.perf_counter()
    for pid, ref in sorted(expected.items()):
        path = os.path.join(pages, pid + ".html")
        r = subprocess.run([a.precis, "extract", "-f", "json", "--input=html", path],
                           capture_output=True, text=True)
        text = ""
        if r.returncode == 0 and r.stdout.strip():
            text = json.loads(r.stdout.splitlines()[0])["text"]
        else:
            failed.append((pid, r.stderr.strip()))
        if out:
            out.write(json.dumps({"id": pid, "text": text}, ensure_ascii=False) + "\n")
        p, rec, f1 = score(text, ref["text"])
        rows.append((pid, ref["synthetic"], p, rec, f1, not text.split()))
    elapsed = time.perf_counter() - start
    if a.v:
        for pid, syn, p, rec, f1, empty in sorted(rows, key=lambda x: x[4]):
            if a.list != "all" and (syn or (a.list == "tune" and half(pid) != 0)
                                    or (a.list == "held" and half(pid) != 1)):
                continue
            print(f"{f1:.3f}  P {p:.3f}  R {rec:.3f}  {pid}{' (synthetic)' if syn else ''}")
    # A leave-out check: the real pages split in two by a hash of their id, so that a change
    # tuned on the "tune" half can be judged on the "held" half it was not looked at for.
    real = [x for x in rows if not x[1]]
    tune = [x for x in real if half(x[0]) == 0]
    held = [x for x in real if half(x[0]) == 1]
    for name, sel in (("all", rows), ("real", real), ("tune", tune), ("held", held)):
        n = len(sel)
        if a.pages and name != "all":
            continue  # (one set written for the check: no halves)
        print(f"{name:4} {n:3} pages: F1 {sum(x[4] for x in sel) / n:.4f}  P {sum(x[2] for x in sel) / n:.4f}"
              f"  R {sum(x[3] for x in sel) / n:.4f}  empty {sum(x[5] for x in sel)}")
    for pid, msg in failed:
        print(f"failed: {pid}: {msg}")
    print(f"{elapsed:.1f} s for {len(rows)} pages (one process each)", file=sys.stderr)


if __name__ == "__main__":
    main()
