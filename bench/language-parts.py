#!/usr/bin/env python3
"""language-parts.py - whether precis's per-language parts earn their keep (issue #16).

    bench/language-parts.py [--precis build/src/cli/precis] [--data ../shared/data]

1. Sentence rules: the pysbd test cases of the languages precis has (shared
   segmentation/pysbd_tests.jsonl, not marked xfail), segmented with -l english, with the
   default (-l auto) and with the case's own language: the share of cases whose sentences are
   exactly the expected ones.
2. Stopwords and stems: per language with a shared stopword list (shared stopwords/ and
   stopwords/iso/, lists independent of precis's own), ten documents of 30 consecutive langid
   sentences, summarised with -l english and with the default: the share of keywords that are
   stopwords of the language by the shared list, and the share of summaries whose chosen
   sentences differ.
"""
import argparse
import json
import os
import subprocess

LANG_FILES = {"danish": "danish", "russian": "russian", "italian": "italian", "spanish": "spanish",
              "deutsch": "german", "armenian": "armenian", "arabic": "arabic", "french": "french",
              "dutch": "dutch", "greek": "greek", "hindi": "hindi"}


def run(precis, args, text):
    return subprocess.run([precis] + args, input=text.encode(), capture_output=True, check=False).stdout.decode()


def segmentation(precis, data):
    cases = [json.loads(l) for l in open(os.path.join(data, "segmentation", "pysbd_tests.jsonl"))]
    totals = {}
    for c in cases:
        lang = LANG_FILES.get(c["lang_file"])
        if lang is None or c.get("xfail"):
            continue
        t = totals.setdefault(lang, [0, 0, 0, 0])
        t[0] += 1
        for k, option in enumerate((["-l", "english"], [], ["-l", lang])):
            got = json.loads(run(precis, ["segment", "-f", "json"] + option, c["input"]) or "[]")
            t[1 + k] += [s["text"] for s in got] == [" ".join(e.split()) for e in c["expected"]]
    print("1. pysbd cases segmented exactly (english / auto / own language):")
    for lang, (n, en, auto, own) in sorted(totals.items()):
        print(f"   {lang:10s} {n:3d} cases: {en:3d} / {auto:3d} / {own:3d}")
    n = sum(t[0] for t in totals.values())
    print("   all        %3d cases: %3d / %3d / %3d" % (n, *[sum(t[k] for t in totals.values()) for k in (1, 2, 3)]))


def stopword_list(data, lang):
    for sub in ("stopwords", os.path.join("stopwords", "iso")):
        path = os.path.join(data, sub, lang + ".txt")
        if os.path.exists(path):
            return {w for line in open(path) for w in line.split("|", 1)[0].split()}
    return None


def stopwords_and_stems(precis, data):
    print("2. langid documents: keywords that are stopwords, english -> auto; summaries that differ:")
    for name in sorted(os.listdir(os.path.join(data, "langid"))):
        lang = name[:-4]
        if not name.endswith(".txt") or lang == "english":
            continue
        stop = stopword_list(data, lang)
        if stop is None:
            continue
        lines = [l.strip() for l in open(os.path.join(data, "langid", name)) if l.strip()]
        docs = [" ".join(lines[i:i + 30]) for i in range(0, 300, 30)]
        records = "".join(json.dumps({"id": str(i), "text": d}) + "\n" for i, d in enumerate(docs))
        out = {}
        for key, option in (("en", ["-l", "english"]), ("auto", [])):
            out[key] = [json.loads(l) for l in run(precis, ["batch", "-j", "1", "--lossy"] + option, records).split("\n") if l]
        share = {}
        for key in out:
            words = [k.lower() for r in out[key] for k in r.get("keywords", [])]
            share[key] = sum(w in stop for w in words) / max(len(words), 1)
        differ = sum(a["summary"] != b["summary"] for a, b in zip(out["en"], out["auto"]))
        langs = {r.get("language") for r in out["auto"]}
        print(f"   {lang:11s} {100 * share['en']:5.1f} % -> {100 * share['auto']:5.1f} %; {differ:2d}/10 summaries differ (detected {','.join(sorted(langs))})")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--precis", default="build/src/cli/precis")
    p.add_argument("--data", default=os.environ.get("PRECIS_SHARED_DATA", "../shared/data"))
    a = p.parse_args()
    segmentation(a.precis, a.data)
    stopwords_and_stems(a.precis, a.data)


if __name__ == "__main__":
    main()
