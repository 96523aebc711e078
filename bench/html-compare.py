#!/usr/bin/env python3
"""html-compare.py - `precis extract` and readability-lxml side by side on the same pages.

    bench/html-compare.py [--precis build/src/cli/precis] [--data DIR] [--runs 3]

Times both on every page of DIR/html/pages (default ../shared/data): precis as one
`precis extract -f json` process over all pages (so process start is counted once), and
readability-lxml (Debian's python3-readability, `Document(html).summary()`) in this process,
pages read beforehand, each run's total. Prints the best of --runs runs of each, per page, and
the ratio (the two run in turns, so that both meet the same load), in wall-clock time and in CPU time (user + system: precis's from the child's
rusage, readability's from process_time), the second less disturbed by a loaded machine. Also scores readability-lxml's text with html-score.py's rule, for reference.
"""
import argparse
import html.parser
import json
import os
import resource
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util

spec = importlib.util.spec_from_file_location("html_score", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                         "html-score.py"))
html_score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(html_score)

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table",
          "tr", "section", "article", "figure", "figcaption", "dd", "dt", "dl", "header", "footer", "body"}


class Text(html.parser.HTMLParser):
    """The text of readability-lxml's HTML, one block a paragraph."""

    def __init__(self):
        super().__init__()
        self.blocks, self.cur, self.skip = [], [], 0

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCKS or tag == "br":
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--precis", default="build/src/cli/precis")
    ap.add_argument("--data", default=os.environ.get("PRECIS_SHARED_DATA", "../shared/data"))
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    from readability import Document  # Debian: python3-readability

    pages_dir = os.path.join(a.data, "html", "pages")
    names = sorted(os.listdir(pages_dir))
    paths = [os.path.join(pages_dir, n) for n in names]
    pages = [open(p, "rb").read() for p in paths]

    # Wall clock, and CPU time (user + system), which a shared machine's load disturbs less.
    # The two run in turns (precis, readability, precis, ...) so that both meet the same load.
    best_p = best_r = cpu_p = cpu_r = None
    texts = {}
    for _ in range(a.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([a.precis, "extract", "-f", "json", "--input=html"] + paths, capture_output=True)
        e = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        c = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_p = e if best_p is None else min(best_p, e)
        cpu_p = c if cpu_p is None else min(cpu_p, c)
        t = time.perf_counter()
        c0 = time.process_time()
        for n, b in zip(names, pages):
            try:
                texts[n] = Document(b).summary(html_partial=True)
            except Exception:  # readability raises on some inputs; count the time anyway
                texts[n] = ""
        e = time.perf_counter() - t
        c = time.process_time() - c0
        best_r = e if best_r is None else min(best_r, e)
        cpu_r = c if cpu_r is None else min(cpu_r, c)
    n = len(pages)
    print(f"{n} pages, best of {a.runs} runs          wall clock    CPU time")
    print(f"precis extract    {best_p / n * 1000:7.2f} ms a page  {cpu_p / n * 1000:7.2f} ms a page")
    print(f"readability-lxml  {best_r / n * 1000:7.2f} ms a page  {cpu_r / n * 1000:7.2f} ms a page")
    print(f"ratio             {best_r / best_p:7.1f}x           {cpu_r / cpu_p:7.1f}x")

    expected = {}
    with open(os.path.join(a.data, "html", "expected.jsonl"), encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            expected[o["id"] + ".html"] = o
    rows = []
    for name in names:
        p = Text()
        p.feed(texts.get(name, ""))
        p.flush()
        pr, rc, f1 = html_score.score("\n\n".join(p.blocks), expected[name]["text"])
        rows.append((expected[name]["synthetic"], pr, rc, f1))
    for label, sel in (("all", rows), ("real", [r for r in rows if not r[0]])):
        k = len(sel)
        print(f"readability-lxml {label:4} {k:3} pages: F1 {sum(r[3] for r in sel) / k:.4f}"
              f"  P {sum(r[1] for r in sel) / k:.4f}  R {sum(r[2] for r in sel) / k:.4f}")


if __name__ == "__main__":
    main()
