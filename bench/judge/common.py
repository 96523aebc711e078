"""Shared pieces of the blind-judgement scripts in bench/judge/ (Python 3 standard library only).

Nothing here holds third-party text: the article texts are read from the shared data folder
($PRECIS_SHARED_DATA, default ../shared/data next to the repository) at run time, and every
generated file that holds article text goes under bench/out/ (git-ignored).
"""
import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "bench", "out", "judge")
DEFAULT_PRECIS = os.path.join(ROOT, "build", "src", "cli", "precis")

# The default seed of every script (sample, A/B order, shuffles, opaque ids). Changing it
# changes every sample and judge file: keep it unless a new, independent sample is wanted.
DEFAULT_SEED = 20261128

# Source name -> (file under the data folder, field of the real title or None).
SOURCES = {
    "bbc": ("news/bbc_news_summary/dev.jsonl", "title"),
    "inshorts": ("news/inshorts_news_summary/dev.jsonl", "title"),
    "cnndm": ("news/frank_cnndm/dev.jsonl", None),
    "gigaword": ("headlines/gigaword_test1951.jsonl", "headline"),
    # ECB+ news articles of many outlets (2000s), labelled by story for the digest; no titles.
    # Never tuned on for summaries or headlines before session 16: fresh development items.
    "ecb": ("stories/ecbplus_dev.jsonl", None),
    # Prose that is mostly not news: the article text expected of Mozilla Readability's real
    # test pages (blogs, essays, how-tos, reviews, reference pages, some news), in English,
    # 1,500 to 30,000 characters (page_is_prose).
    "pages": ("html/expected.jsonl", "title"),
}
NEWS_SOURCES = ("bbc", "inshorts", "cnndm")


def source_rank(source):
    """Sort key: the sources in the order of SOURCES, unknown ones last."""
    names = list(SOURCES)
    return (names.index(source) if source in names else len(names), source)


def data_dir(arg=None):
    d = arg or os.environ.get("PRECIS_SHARED_DATA") or os.path.join(ROOT, "..", "shared", "data")
    if not os.path.isdir(d):
        sys.exit(f"no data folder {d} (set PRECIS_SHARED_DATA or pass --data)")
    return d



def news_source_of(item_id):
    """The news source of a dev item id ("inshorts-00043", "business/197", "cnn-test-...")."""
    if item_id.startswith("inshorts-"):
        return "inshorts"
    if item_id.startswith(("cnn-", "dm-", "dailymail-")):
        return "cnndm"
    return "bbc"

def half(item_id):
    """TUNE or REPORT, fixed by the item id alone: the first hex digit of sha1(id) 0-7 -> tune,
    8-f -> report (the rule the developers were given when tuning began)."""
    return "tune" if hashlib.sha1(str(item_id).encode("utf-8")).hexdigest()[0] in "01234567" else "report"


def rng(seed, *parts):
    """A random generator seeded by @seed and @parts (string seeding is stable across runs)."""
    return random.Random("/".join([str(seed)] + [str(p) for p in parts]))


def opaque_id(prefix, seed, *parts):
    """A short id that tells nothing about the item, system or source (but is stable)."""
    h = hashlib.sha1("/".join([str(seed)] + [str(p) for p in parts]).encode("utf-8")).hexdigest()
    return f"{prefix}{h[:6]}"


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, records):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_json(path, obj):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")


# Common English words: a page whose declared language is missing counts as English when at
# least PROSE_ENGLISH_SHARE of its words are among them.
ENGLISH_WORDS = frozenset("the of and to a in is that it for on with as was are be this by".split())
PROSE_ENGLISH_SHARE = 0.15
PROSE_CHARS = (1500, 30000)


def page_is_prose(r):
    """Whether a record of html/expected.jsonl joins the "pages" source: a saved page (not one
    of Readability's synthetic fixtures), in English (declared, or by its common words when
    undeclared), with 1,500 to 30,000 characters of article text (long enough for a summary
    to choose, short enough for a judge to read)."""
    text = r.get("text") or ""
    if r.get("synthetic") or not PROSE_CHARS[0] <= len(text) <= PROSE_CHARS[1]:
        return False
    if not (r.get("lang") or "en").lower().startswith("en"):
        return False
    words = [w.lower() for w in text.split() if w.isalpha()]
    return bool(words) and sum(w in ENGLISH_WORDS for w in words) / len(words) >= PROSE_ENGLISH_SHARE


def load_source(data, source):
    """The records of one source as {id, source, title?, text}."""
    rel, title_field = SOURCES[source]
    out = []
    for r in read_jsonl(os.path.join(data, rel)):
        if source == "pages" and not page_is_prose(r):
            continue
        rec = {"id": str(r["id"]), "source": source}
        if title_field and r.get(title_field):
            rec["title"] = r[title_field]
        rec["text"] = r["text"]
        out.append(rec)
    return out


def system_file(path):
    """A system's output (JSON Lines as `precis batch` writes them) as a dict id -> record."""
    out = {}
    for r in read_jsonl(path):
        if "error" in r:
            print(f"{path}: record {r.get('id')} failed: {r['error']}", file=sys.stderr)
            continue
        out[str(r["id"])] = r
    return out


def named_files(specs):
    """NAME=FILE arguments -> list of (name, file)."""
    out = []
    for s in specs:
        name, sep, path = s.partition("=")
        if not sep or not name or not path:
            sys.exit(f"expected NAME=FILE, not {s!r}")
        out.append((name, path))
    return out


def check_precis(precis):
    if not (os.path.isfile(precis) and os.access(precis, os.X_OK)):
        sys.exit(f"no precis binary at {precis} (build it, or pass --precis PATH)")
    return precis


def provenance(sample, files=(), precis=None):
    """What a key was made from (file names relative to the repository, the precis binary's
    version, the repository's commit): no text."""
    def rel(path):
        return os.path.relpath(os.path.abspath(path), ROOT)
    out = {"sample": rel(sample), "files": {name: rel(path) for name, path in files}}
    if precis:
        out["precis"] = rel(precis)
        out["precis_version"] = subprocess.run([precis, "--version"], stdout=subprocess.PIPE,
                                               check=False).stdout.decode("utf-8").strip()
    git = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, check=False)
    out["commit"] = git.stdout.decode("utf-8").strip()
    return out


def write_pool(path, data, half):
    """The pool a change's moves are listed and judged on: every item of one half of the news
    sources, ECB+, the pages and Gigaword's test file (`sample.py --per-source 5000`, seed
    20261601), written to @path; its records returned."""
    subprocess.run([os.path.join(HERE, "sample.py"), "--half", half, "--per-source", "5000", "--sources",
                    "bbc,inshorts,cnndm,gigaword,ecb,pages", "--seed", "20261601", "-o", path, "--data", data],
                   check=True, stdout=subprocess.DEVNULL)
    return read_jsonl(path)


def run_batch(precis, records, extra=(), titles=False):
    """`precis batch -j 1 EXTRA` over @records ({id, text}, and their `title` where there is
    one when @titles): one output record per input."""
    def fields(r):
        return {k: r[k] for k in (("id", "title", "text") if titles else ("id", "text")) if k in r}
    lines = "".join(json.dumps(fields(r), ensure_ascii=False) + "\n" for r in records)
    p = subprocess.run([check_precis(precis), "batch", "-j", "1", *extra], input=lines.encode("utf-8"),
                       stdout=subprocess.PIPE, check=False)
    out = [json.loads(line) for line in p.stdout.decode("utf-8").splitlines() if line.strip()]
    if len(out) != len(records):
        sys.exit(f"precis batch gave {len(out)} records for {len(records)}")
    return out


def segment(precis, records, chunk=400):
    """The sentences `precis segment` finds in each record's text (the title line, when precis
    detects one, is not a sentence), as a list of lists of strings, in record order."""
    check_precis(precis)
    out = []
    with tempfile.TemporaryDirectory(prefix="precis-judge-") as tmp:
        for start in range(0, len(records), chunk):
            paths = []
            for i, r in enumerate(records[start:start + chunk]):
                path = os.path.join(tmp, f"{start + i}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(r["text"])
                paths.append(path)
            p = subprocess.run([precis, "segment", "-f", "json", *paths], stdout=subprocess.PIPE, check=True)
            arrays = [json.loads(line) for line in p.stdout.decode("utf-8").splitlines() if line.strip()]
            if len(arrays) != len(paths):
                sys.exit(f"precis segment gave {len(arrays)} arrays for {len(paths)} files")
            # several documents: one object each, {"input", "sentences"} (one document: the array)
            arrays = [a["sentences"] if isinstance(a, dict) else a for a in arrays]
            out += [[s["text"] for s in a] for a in arrays]
    return out


def summary_text(record):
    """The sentences of a system's summary joined as the reader sees them."""
    return " ".join(" ".join(s.split()) for s in record.get("summary", []))


def read_labels(path, valid):
    """LABELS: `ID<TAB>ANSWER<TAB>...` lines (blank lines and # comments skipped). Returns
    (id -> (answer, rest), problems). Answers are upper-cased and checked against @valid."""
    labels, problems = {}, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [x.strip() for x in line.split("\t")]
            if len(fields) < 2:
                problems.append(f"line {n}: not ID<TAB>ANSWER: {line[:60]!r}")
                continue
            item, answer = fields[0], fields[1].upper()
            if answer not in valid:
                problems.append(f"line {n}: {item}: unknown answer {fields[1]!r}")
                continue
            if item in labels:
                problems.append(f"line {n}: {item}: duplicate (the first answer is kept)")
                continue
            labels[item] = (answer, fields[2:])
    return labels, problems


def key_and_labels(doc, valid):
    """The command line of the scorers (KEY LABELS): returns (key, labels, problems), with
    the label ids not in the key and the key ids with no label added to the problems."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("key", help="NAME.key.json")
    ap.add_argument("labels", help="the judge's answers, one ID<TAB>ANSWER<TAB>... line per item")
    a = ap.parse_args()
    with open(a.key, encoding="utf-8") as f:
        key = json.load(f)
    labels, problems = read_labels(a.labels, valid)
    problems += [f"{i}: unknown item id (not in the key)" for i in sorted(set(labels) - set(key["items"]))]
    problems += [f"{i}: no label" for i in sorted(set(key["items"]) - set(labels))]
    return key, labels, problems


def print_problems(problems):
    if problems:
        print(f"\n{len(problems)} problem(s) with the labels:")
        for p in problems:
            print(f"- {p}")


def pct(n, d):
    return f"{100.0 * n / d:.1f}" if d else "-"
