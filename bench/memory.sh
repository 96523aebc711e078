#!/bin/sh
# Peak memory (RSS) and time of `precis` on 1, 10 and 100 MB of news text: the articles of
# the shared news sets joined as paragraphs, repeated up to each size; then on web pages of 1,
# 10 and 50 MB made of the same articles (their paragraphs as <p> elements of one <article>,
# with a few links in them, between a <nav>, an <aside> of related links after every tenth
# article and a <footer>); then of `precis batch` over one JSON Lines record holding the 100 MB
# text (-j 1 and -j 2); then over a stream of those articles as JSON Lines, once and four times
# over (its peak must not grow with the stream); then of `precis batch -j 1` over a long stream
# of made-up words (8 sentences of 12 words of 2 to 4 syllables a document, some 108,000
# distinct forms, which language detection spreads over some 40 languages: a summariser and word
# cache for each), 10,000 and 80,000 documents (its peak must not grow with the stream either:
# issue #18). Needs python3 (to read the JSON Lines) and GNU time.
# Usage: bench/memory.sh [BUILD_DIR] [DATA_DIR]
# (with MEMORY_FILES=DIR set, the files are made in DIR and kept, to measure them further)
set -eu
build=${1:-build}
data=${2:-${PRECIS_SHARED_DATA:-../shared/data}}
if [ -n "${MEMORY_FILES:-}" ]; then
  tmp=$MEMORY_FILES
  mkdir -p "$tmp"
else
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
fi
PYTHONPATH="$(dirname "$0")" python3 - "$data" "$tmp" <<'PY'
import html, json, os, sys
import news_texts
data, out = sys.argv[1], sys.argv[2]
texts = news_texts.load(data, "memory.sh")
for mb in (1, 10, 100):
    with open(os.path.join(out, "%dmb.txt" % mb), "w", encoding="utf-8") as f:
        n, i = 0, 0
        while n < mb * 1000000:
            t = texts[i % len(texts)] + "\n\n"
            f.write(t)
            n += len(t.encode())
            i += 1
def page(f, mb):
    """A page of about @mb MB: nav, one article of every text's paragraphs, asides, footer."""
    nav = "".join('<li><a href="/section/%d">Section %d</a></li>' % (k, k) for k in range(12))
    f.write('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            "<title>Large page - The Memory Gazette</title>"
            '<meta property="og:site_name" content="The Memory Gazette">'
            '<meta name="author" content="A. Writer"></head>\n<body>'
            '<header><nav class="site-nav"><ul>%s</ul></nav></header>\n'
            "<main><article><h1>Large page</h1>\n" % nav)
    n, i = 0, 0
    while n < mb * 1000000:
        parts = []
        for k, para in enumerate(p for p in texts[i % len(texts)].split("\n") if p.strip()):
            para = html.escape(para.strip(), quote=False)
            if k % 3 == 1:  # a link on a few words of every third paragraph
                words = para.split(" ")
                if len(words) > 8:
                    words[2] = '<a href="/story/%d">%s' % (i, words[2])
                    words[4] += "</a>"
                para = " ".join(words)
            parts.append("<p>%s</p>\n" % para)
        if i % 10 == 9:
            parts.append('<aside class="related"><h2>Related</h2><ul>%s</ul></aside>\n' % "".join(
                '<li><a href="/story/%d">Story %d</a></li>' % (i - k, i - k) for k in range(5)))
        t = "".join(parts)
        f.write(t)
        n += len(t.encode())
        i += 1
    f.write('</article></main>\n<footer><p><a href="/about">About us</a> '
            '<a href="/contact">Contact</a></p></footer></body></html>\n')


for mb in (1, 10, 50):
    with open(os.path.join(out, "%dmb.html" % mb), "w", encoding="utf-8") as f:
        page(f, mb)
with open(os.path.join(out, "100mb.txt"), encoding="utf-8") as f:
    big = f.read()
with open(os.path.join(out, "record100mb.jsonl"), "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "big", "text": big}) + "\n")  # one record: the 100 MB text, escaped
for times in (1, 4):
    with open(os.path.join(out, "stream%d.jsonl" % times), "w", encoding="utf-8") as f:
        for _ in range(times):
            for t in texts:
                f.write(json.dumps({"text": t}) + "\n")
import random
rand = random.Random(5)
syllables = ["ka", "lo", "mi", "ter", "van", "dor", "sel", "pra", "nu", "gri", "zo", "bel", "tas", "rin", "mol"]
def made_up():
    return "".join(rand.choice(syllables) for _ in range(rand.randint(2, 4)))
with open(os.path.join(out, "novel10000.jsonl"), "w", encoding="utf-8") as short, \
        open(os.path.join(out, "novel80000.jsonl"), "w", encoding="utf-8") as long:
    for i in range(80000):
        text = " ".join(" ".join(made_up() for _ in range(12)).capitalize() + "." for _ in range(8))
        line = json.dumps({"id": i, "text": text}) + "\n"
        if i < 10000:
            short.write(line)
        long.write(line)
PY
echo "precis $("$build/src/cli/precis" --version | cut -d' ' -f2): peak RSS and time, one document"
for file in 1mb.txt 10mb.txt 100mb.txt 1mb.html 10mb.html 50mb.html; do
  /usr/bin/time -f "%M %e" -o "$tmp/time" "$build/src/cli/precis" --max-input-bytes=0 "$tmp/$file" >/dev/null
  read -r kib secs < "$tmp/time"
  size=$(stat -c %s "$tmp/$file")
  case $file in *.html) kind="MB page" ;; *) kind="MB" ;; esac
  echo "${file%%mb.*} $kind ($size bytes): peak RSS $((kib / 1024)) MiB, $secs s"
done
for jobs in 1 2; do
  /usr/bin/time -f "%M %e" -o "$tmp/time" "$build/src/cli/precis" batch --max-input-bytes=0 -j $jobs \
    "$tmp/record100mb.jsonl" >/dev/null
  read -r kib secs < "$tmp/time"
  echo "batch -j $jobs, one record of $(stat -c %s "$tmp/record100mb.jsonl") bytes: peak RSS $((kib / 1024)) MiB, $secs s"
done
for times in 1 4; do
  /usr/bin/time -f "%M %e" -o "$tmp/time" "$build/src/cli/precis" batch -j 2 "$tmp/stream$times.jsonl" >/dev/null
  read -r kib secs < "$tmp/time"
  docs=$(wc -l < "$tmp/stream$times.jsonl")
  echo "batch -j 2, a stream of $docs documents: peak RSS $((kib / 1024)) MiB, $secs s"
done
for docs in 10000 80000; do
  /usr/bin/time -f "%M %e" -o "$tmp/time" "$build/src/cli/precis" batch -j 1 "$tmp/novel$docs.jsonl" >/dev/null
  read -r kib secs < "$tmp/time"
  echo "batch -j 1, a stream of $docs documents of made-up words: peak RSS $((kib / 1024)) MiB, $secs s"
done
