#!/usr/bin/env python3
"""Generated headlines on the shared data (issue #14): ROUGE-1 against titles and Gigaword
references beside the same-length lead prefix, recall at 75 bytes beside the 75-byte prefix,
and a shape proxy (ends in a function word or comma, ends on a past verb form (a verb cut from
its object, or an intransitive one), opens on a pronoun, no finite-verb candidate by precis's
lexicon).

    bench/headline-eval.py [--half=tune|judge|all] BUILD_DIR [DATA_DIR]

Only one half of each set is read: `tune` (the default) holds the items whose
sha1(id)[0] is in 0-7, `judge` the others (kept for blind judging). Headlines come from
`precis batch --headline=generated` (a build without --headline always generates them);
scores from `precis rouge --stem` (rouge-score flavour). Nothing is written to the project:
the records go to a temporary directory."""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

SETS = (
    ("bbc", "news/bbc_news_summary/dev.jsonl", "title"),
    ("inshorts", "news/inshorts_news_summary/dev.jsonl", "title"),
    ("gigaword-test", "headlines/gigaword_test1951.jsonl", "headline"),
    ("gigaword-valid", "headlines/gigaword_valid4k.jsonl", "headline"),
)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PRONOUNS = {"i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "their", "this", "these", "those"}
AUX = {"is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can",
       "could", "may", "might", "must", "shall", "should"}


def load_lexicon():
    tags = {}
    with open(os.path.join(ROOT, "data/lexicon/english.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                w, t = line.rstrip("\n").split("\t")
                tags[w] = t
    return tags


# Function words a headline must not end with: determiners, possessives, prepositions,
# conjunctions, auxiliaries and modals, subject pronouns, "to" and relative words ("up", "out",
# "him" or "them" may end one).
FUNCTION = set("""the a an this that these those some any each every no another such his her its their
our my your i he she we they of in on at for from with by over into onto against about under during
amid through throughout without within among between across near around behind beyond despite toward
towards upon via per than after before since until as to and or but nor while although though because
whereas if unless when where once which who whom whose""".split()) | AUX


def is_verb(lex, w):
    """A finite-verb candidate: an auxiliary, an irregular past, a verb + -ed or -s."""
    if w in AUX or "p" in lex.get(w, ""):
        return True
    for suffix, repl in (("ied", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ies", "y")):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            stem = w[: -len(suffix)] + repl
            if "v" in lex.get(stem, "") or (suffix == "ed" and len(stem) > 2 and stem[-1] == stem[-2]
                                              and "v" in lex.get(stem[:-1], "")):
                return True
    return False


def is_past(lex, w):
    """A past form: an auxiliary, an irregular past or a verb + -ed."""
    if w in AUX or "p" in lex.get(w, ""):
        return True
    for stem in (w[:-2], w[:-1], w[:-3] + "y" if w.endswith("ied") else ""):
        if w.endswith("ed") and stem and ("v" in lex.get(stem, "") or (len(stem) > 2 and stem[-1] == stem[-2]
                                                                       and "v" in lex.get(stem[:-1], ""))):
            return True
    return False


def words_of(text):
    """The words of @text, lower-cased, punctuation trimmed ("#" masks a digit in Gigaword)."""
    words = (w.strip(".,;:!?\"'()[]`-") for w in text.lower().split())
    return [w for w in words if w]


def rouge(build, cands, refs, tmp, name, metric="rouge1"):
    c = os.path.join(tmp, name + "-c.jsonl")
    r = os.path.join(tmp, name + "-r.jsonl")
    with open(c, "w") as fc, open(r, "w") as fr:
        for i, (x, y) in enumerate(zip(cands, refs)):
            fc.write(json.dumps({"id": str(i), "summary": x}) + "\n")
            fr.write(json.dumps({"id": str(i), "summary": y}) + "\n")
    out = subprocess.run([os.path.join(build, "src/cli/precis"), "rouge", "-c", c, "-r", r, "--stem",
                          "--metrics=rouge1", "--bootstrap=0", "-f", "json"],
                         capture_output=True, text=True, check=True).stdout
    agg = json.loads(out)
    return agg


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--half=")]
    half = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--half=")), "tune")
    build = args[0]
    data = args[1] if len(args) > 1 else os.environ.get("PRECIS_SHARED_DATA", os.path.join(ROOT, "../shared/data"))
    precis = os.path.join(build, "src/cli/precis")
    has_mode = "--headline" in subprocess.run([precis, "batch", "--help"], capture_output=True, text=True).stdout
    lex = load_lexicon()
    print(f"| set | n | R-1 F headline | R-1 F lead prefix | R-1 R @75 B | R-1 R 75-B prefix | words | "
          f"ends in function word or comma | ends on a past verb | opens on pronoun | no finite verb |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, path, field in SETS:
            full = os.path.join(data, path)
            if not os.path.exists(full):
                continue
            recs = []
            with open(full, encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    first = hashlib.sha1(d["id"].encode()).hexdigest()[0]
                    if half == "all" or (first in "01234567") == (half == "tune"):
                        recs.append(d)
            inp = os.path.join(tmp, name + ".jsonl")
            with open(inp, "w") as f:
                for d in recs:
                    f.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
            cmd = [precis, "batch", "-j", "1", inp] + (["--headline=generated"] if has_mode else [])
            out = subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()
            heads = [json.loads(l).get("headline", "") for l in out]
            refs = [d[field] for d in recs]
            prefixes = []
            for d, h in zip(recs, heads):
                n = len(h.split())
                prefixes.append(" ".join(d["text"].split()[:n]))
            cut75 = [h.encode()[:75].decode(errors="ignore") for h in heads]
            pre75 = [" ".join(d["text"].split()).encode()[:75].decode(errors="ignore") for d in recs]
            a = rouge(build, heads, refs, tmp, name + "-h")
            b = rouge(build, prefixes, refs, tmp, name + "-p")
            c = rouge(build, cut75, refs, tmp, name + "-c")
            e = rouge(build, pre75, refs, tmp, name + "-e")
            ends = opens = noverb = verb_end = 0
            for h in heads:
                ws = words_of(h)
                if not ws or h.rstrip().endswith(",") or ws[-1] in FUNCTION:
                    ends += 1
                if ws and is_past(lex, ws[-1]):
                    verb_end += 1
                if ws and ws[0].split("'")[0] in PRONOUNS:  # "it's" too
                    opens += 1
                if not any(is_verb(lex, w) for w in ws[1:]):
                    noverb += 1
            n = len(heads)
            mean_words = sum(len(h.split()) for h in heads) / max(n, 1)

            def f1(x):
                return 100 * x["rouge1"]["f"] if "rouge1" in x else 100 * x["scores"]["rouge1"]["f"]

            def r1(x):
                return 100 * x["rouge1"]["r"] if "rouge1" in x else 100 * x["scores"]["rouge1"]["r"]

            print(f"| {name} | {n} | {f1(a):.2f} | {f1(b):.2f} | {r1(c):.2f} | {r1(e):.2f} | {mean_words:.1f} | "
                  f"{100 * ends / n:.1f} % | {100 * verb_end / n:.1f} % | {100 * opens / n:.1f} % | {100 * noverb / n:.1f} % |")


if __name__ == "__main__":
    main()
