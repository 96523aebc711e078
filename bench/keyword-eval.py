#!/usr/bin/env python3
"""Keywords against real titles (tryout18 #10): over the news dev sets that have titles (BBC,
Inshorts; sha1 half of the id) and the real web pages (`bench/html-score.py`'s halves: tune 0,
held 1), the share of the title's content words (lower-cased, a light suffix stem, the English
stopwords and digits out) found among the document's keywords (each keyword's words stemmed
alike), and the share of keywords that are English stopwords or time words ("last", "week",
"Monday"). The texts are summarised without their titles, with the default ranker, as
`precis batch` and `precis -f json PAGE.html` give them. Totals only; nothing is written.

    bench/keyword-eval.py [--half=tune|report] BUILD_DIR [DATA_DIR]

A proxy, not a judgement: a title names the topic, but a good keyword need not be in it.
"""
import argparse, hashlib, json, os, re, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STOP = {w.strip().lower() for w in open(os.path.join(ROOT, "stopwords", "english.txt"), encoding="utf-8")
        if w.strip() and not w.startswith("#")}
TIME = set("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow tonight morning mornings evening
afternoon night day days week weeks weekend month months year years last next every ago time times
decade century season hour hours minute minutes""".split())


def stem(w):
    w = re.sub(r"'s?$", "", w.lower().replace("\u2019", "'"))
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)] + rep
    return w


def words(t):
    return re.findall(r"[^\W_]+(?:['\u2019][^\W_]+)*", t)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=("tune", "report"), default="tune")
    ap.add_argument("build")
    ap.add_argument("data", nargs="?", default=os.environ.get("PRECIS_SHARED_DATA", "../shared/data"))
    a = ap.parse_args()
    precis = os.path.join(a.build, "src", "cli", "precis")
    env = dict(os.environ, PRECIS_SHARED_DATA=a.data)
    want_news = "01234567" if a.half == "tune" else "89abcdef"
    totals = {}

    def score(src, title, kws):
        t = totals.setdefault(src, [0, 0, 0, 0, 0])
        tw = {stem(w) for w in words(title) if w.lower() not in STOP and not w.isdigit()}
        ks = {stem(w) for k in kws for w in words(k)}
        t[0] += len(tw)
        t[1] += len(tw & ks)
        t[2] += len(kws)
        t[3] += sum(1 for k in kws if k.lower() in STOP or k.lower() in TIME)
        t[4] += 1

    for src, folder in (("bbc", "bbc_news_summary"), ("inshorts", "inshorts_news_summary")):
        with open(os.path.join(a.data, "news", folder, "dev.jsonl"), encoding="utf-8") as f:
            recs = [json.loads(line) for line in f]
        recs = [r for r in recs if r.get("title")
                and hashlib.sha1(str(r["id"]).encode("utf-8")).hexdigest()[0] in want_news]
        inp = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in recs)
        out = subprocess.run([precis, "batch", "-j", "2"], input=inp.encode("utf-8"), capture_output=True,
                             env=env).stdout.decode("utf-8").splitlines()
        for r, line in zip(recs, out):
            score(src, r["title"], json.loads(line).get("keywords") or [])
    want_page = 0 if a.half == "tune" else 1
    with open(os.path.join(a.data, "html", "expected.jsonl"), encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if e.get("synthetic") or not e.get("title") or (hashlib.md5(e["id"].encode("utf-8")).digest()[0] & 1) != want_page:
                continue
            res = subprocess.run([precis, "-f", "json", os.path.join(a.data, "html", "pages", e["id"] + ".html")],
                                 capture_output=True, env=env)
            try:
                kws = json.loads(res.stdout)["keywords"]
            except (ValueError, KeyError):
                kws = []
            score("pages", e["title"], kws)
    rows = list(totals.items())
    rows.append(("all", [sum(t[i] for _, t in rows) for i in range(5)]))
    for src, t in rows:
        print(f"{src:9} items {t[4]:5}  title words among keywords {t[1]}/{t[0]} = {100 * t[1] / max(t[0], 1):.1f} %"
              f"  stopword or time keywords {t[3]}/{t[2]} = {100 * t[3] / max(t[2], 1):.2f} %")


if __name__ == "__main__":
    main()
