#!/usr/bin/env python3
"""feed-score.py - how closely precis reads feeds as feedparser does.

    bench/feed-score.py [--dump build/bench/precis-feed-dump] [--data DIR] [-v]

Reads every file of DIR/feeds/files (default ../shared/data) with precis-feed-dump and
compares it with feedparser's parse in DIR/feeds/expected.jsonl:

- items with text: files where precis and feedparser find the same number of items with
  text (feedparser's non-empty summary_text), over all files and over the files where
  feedparser finds text;
- dates, links, ids: over the items of files with as many items in both, those where
  feedparser has the field, the share where precis has the same (dates to the second, UTC);
- refusals: files precis refuses (with the reason), and those among them where feedparser
  found items; items whose text still holds markup where feedparser's has none.
-v lists the disagreements.
"""
import argparse
import calendar
import html
import json
import os
import re
import subprocess
import sys
import time

MARKUP = re.compile(r"<(/?[A-Za-z][A-Za-z0-9:]*)[\s>/]")
TAGS = re.compile(r"<[^>]*>")


def plain(title):
    """feedparser's title as text: it keeps an HTML title's markup and references ("&#38;",
    "<b>"); precis gives the text, white space collapsed."""
    return " ".join(html.unescape(TAGS.sub("", title)).split())


def live_expected(root, folder):
    """feedparser's parse of every file under @folder, recorded as expected.jsonl records it."""
    sys.path.insert(0, os.path.join(root, "tools"))
    try:
        import make_expected
    except ImportError as e:
        sys.exit(f"feed-score.py: --files needs feedparser (Debian: apt-get install python3-feedparser, "
                 f"then run with /usr/bin/python3): {e}")
    out = []
    for dirpath, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                rec = make_expected.record(os.path.relpath(path, folder), f.read())
            if rec.get("reference_error") is None:
                out.append(rec)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", default="build/bench/precis-feed-dump")
    ap.add_argument("--data", default=os.environ.get("PRECIS_SHARED_DATA", "../shared/data"))
    ap.add_argument("--files", metavar="DIR",
                    help="score the feeds in DIR instead, against feedparser run now (Debian's python3-feedparser, "
                         "through the data's own tools/make_expected.py)")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    root = os.path.join(a.data, "feeds")
    expected = []
    if a.files:
        files = a.files
        expected = live_expected(root, files)
    else:
        files = os.path.join(root, "files")
        with open(os.path.join(root, "expected.jsonl"), encoding="utf-8") as f:
            for line in f:
                o = json.loads(line)
                if o.get("reference_error") is None:
                    expected.append(o)
    paths = [os.path.join(files, o["path"]) for o in expected]
    got = {}
    for i in range(0, len(paths), 400):
        out = subprocess.run([a.dump] + paths[i:i + 400], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            o = json.loads(line)
            got[os.path.relpath(o["path"], files)] = o

    n_files = agree = with_text = agree_text = refused = refused_with_items = markup = 0
    fields = {"date": [0, 0], "link": [0, 0], "id": [0, 0], "title": [0, 0]}
    lines = []
    for e in expected:
        g = got[e["path"]]
        n_files += 1
        fp_text = sum(1 for x in e["entries"] if x["summary_text"])
        pr_text = sum(1 for x in g["items"] if x["text"])
        if g["error"] is not None:
            refused += 1
            if e["entries"]:
                refused_with_items += 1
                lines.append(f"refused, feedparser has {len(e['entries'])} items: {e['path']}: {g['error']}")
        if fp_text == pr_text:
            agree += 1
        else:
            lines.append(f"items with text {pr_text} (feedparser {fp_text}): {e['path']}")
        if fp_text > 0:
            with_text += 1
            agree_text += fp_text == pr_text
        for k, x in enumerate(g["items"]):
            ref = e["entries"][k]["summary_text"] if k < len(e["entries"]) else None
            if x["text"] and MARKUP.search(x["text"]) and not (ref and MARKUP.search(ref)):
                markup += 1
                lines.append(f"markup in text: {e['path']}")
        if len(e["entries"]) != len(g["items"]):
            continue
        for fe, pe in zip(e["entries"], g["items"]):
            if fe["published"] is not None:
                want = calendar.timegm(time.strptime(fe["published"], "%Y-%m-%dT%H:%M:%SZ"))
                fields["date"][1] += 1
                if pe["time"] == want:
                    fields["date"][0] += 1
                else:
                    lines.append(f"date {pe['time']} (feedparser {want} {fe['published']}): {e['path']}")
            if fe["title"]:
                fields["title"][1] += 1
                if (pe["title"] or "") == plain(fe["title"]):
                    fields["title"][0] += 1
                else:
                    lines.append(f"title {pe['title']!r} (feedparser {fe['title']!r}): {e['path']}")
            for k in ("link", "id"):
                if fe[k]:
                    fields[k][1] += 1
                    if pe[k] == fe[k]:
                        fields[k][0] += 1
                    else:
                        lines.append(f"{k} {pe[k]!r} (feedparser {fe[k]!r}): {e['path']}")
    if a.v:
        print("\n".join(lines))
    print(f"files: {n_files}")
    print(f"items with text agree: {agree}/{n_files} = {100 * agree / n_files:.1f} %")
    print(f"  where feedparser finds text: {agree_text}/{with_text} = {100 * agree_text / with_text:.1f} %")
    for k, (ok, n) in fields.items():
        print(f"{k}s equal: {ok}/{n} = {100 * ok / max(n, 1):.1f} %")
    print(f"refused: {refused} files ({refused_with_items} where feedparser found items)")
    print(f"items with markup left in their text: {markup}")


if __name__ == "__main__":
    main()
