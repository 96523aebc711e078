#!/usr/bin/env python3
"""Lists the shared segmentation cases precis gets wrong, one line each with a reason guessed
from the case (its options and the shape of the difference), for bench/RESULTS.md. It runs
`precis segment`, which leaves out a title line (a short first line before a blank line), so
a case expecting that line as a sentence fails here and passes in the segmenter's own test.
Each case runs with the cleaning its upstream segmenter applied (`--clean`, see clean_mode).

Usage: bench/segment-failures.py [BUILD_DIR] [DATA_DIR]
"""
import json
import os
import subprocess
import sys
import tempfile

build = sys.argv[1] if len(sys.argv) > 1 else "build"
data = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("PRECIS_SHARED_DATA", "../shared/data")
precis = os.path.join(build, "src/cli/precis")
SPEC_LANGS = {"en": "english", "da": "danish", "de": "german", "ru": "russian", "it": "italian",
              "es": "spanish", "hy": "armenian", "ar": "arabic", "fr": "french", "nl": "dutch",
              "el": "greek", "hi": "hindi"}
PYSBD_LANGS = {"english": "english", "english_clean": "english", "danish": "danish", "russian": "russian",
               "italian": "italian", "spanish": "spanish", "deutsch": "german", "armenian": "armenian",
               "arabic": "arabic", "french": "french", "dutch": "dutch", "greek": "greek", "hindi": "hindi"}


def clean_mode(case, clean_by_default):
    """How the case's upstream segmenter treated its text (as tests/test-segment.c does):
    pragmatic_segmenter cleans unless the case says not to; pySBD and the Golden Rules only when
    the case says so; "doc_type": "pdf" joins wrapped lines."""
    opts = case.get("options") or {}
    if not opts.get("clean", clean_by_default):
        return "none"
    return "pdf" if opts.get("doc_type") == "pdf" else "text"


def split(language, text, clean):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
    try:
        out = subprocess.run([precis, "segment", "-l", language, "--clean", clean, "-f", "json", f.name],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    return [s["text"] for s in json.loads(out)] if out.strip() else []


def tail(s, n=24):
    return ("…" + s[-n:]) if len(s) > n else s


def reason(case, got, want):
    """The first boundary where precis differs, and a cause where the case shows one."""
    opts = case.get("options", {})
    cause = ""
    if opts.get("clean") and "".join(got).replace(" ", "") != "".join(want).replace(" ", ""):
        return "expects the text rewritten by cleaning (characters added, removed or replaced)"
    for g, w in zip(got, want):
        if g == w:
            continue
        if w.startswith(g):
            return f"extra split after \"{tail(g)}\"{cause}"
        if g.startswith(w):
            return f"missing split after \"{tail(w)}\"{cause}"
        return f"different text: \"{tail(g)}\" for \"{tail(w)}\"{cause}"
    if len(got) > len(want):
        return f"extra sentence \"{tail(got[len(want)])}\"{cause}"
    return f"missing sentence \"{tail(want[len(got)])}\"{cause}"


def run(path, field, langs, name, clean_by_default):
    failures = []
    total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            case = json.loads(line)
            lang = case.get(field)
            if lang not in langs:
                continue
            total += 1
            got = split(langs[lang], case["input"], clean_mode(case, clean_by_default))
            want = [" ".join(w.split()) for w in case["expected"]]
            if got != want:
                failures.append((case["id"], lang, reason(case, got, want)))
    print(f"{name}: {len(failures)} of {total} cases fail")
    for cid, lang, why in failures:
        print(f"- `{cid}` ({lang}): {why}")


root = os.path.join(data, "segmentation")
run(os.path.join(root, "golden_rules_en.jsonl"), None, {None: "english"}, "Golden Rules", False)
run(os.path.join(root, "pragmatic_segmenter_spec.jsonl"), "lang", SPEC_LANGS, "pragmatic_segmenter spec", True)
run(os.path.join(root, "pysbd_tests.jsonl"), "lang_file", PYSBD_LANGS, "pySBD tests", False)
