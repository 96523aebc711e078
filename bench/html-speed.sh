#!/bin/sh
# html-speed.sh - the cost of reading HTML: one page built from the shared news articles
# (one <article> holding every article's paragraphs as <p>, each article followed by a
# sharing box, with a navigation bar and a footer around it) summarised with --input=html,
# against the same articles as plain text.
#
#   bench/html-speed.sh [BUILD_DIR] [DATA_DIR]      (defaults: build, $PRECIS_SHARED_DATA or
#                                                    ../shared/data)
# Prints the median of five runs of each, in seconds.
set -eu
build=${1:-build}
data=${2:-${PRECIS_SHARED_DATA:-../shared/data}}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PYTHONPATH="$(dirname "$0")" python3 - "$data" "$tmp" <<'PY'
import html, sys
import news_texts
data, tmp = sys.argv[1], sys.argv[2]
texts = news_texts.load(data, "html-speed.sh")
with open(f"{tmp}/page.txt", "w", encoding="utf-8") as f:
    f.write("\n\n".join(texts))
with open(f"{tmp}/page.html", "w", encoding="utf-8") as f:
    f.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bench</title></head><body>')
    f.write('<nav><a href="/">Home</a> <a href="/news">News</a></nav>')
    f.write("<article>")
    for t in texts:
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in t.split("\n") if p.strip())
        f.write(f'{paras}<div class="share">Share</div>')
    f.write("</article><footer>Footer</footer></body></html>")
PY
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
run() {
  for i in 1 2 3 4 5; do
    /usr/bin/time -f %e "$build/src/cli/precis" "$@" 2>&1 >/dev/null | tail -1
  done | median
}
echo "plain text $(wc -c <"$tmp/page.txt") bytes: $(run --input=text "$tmp/page.txt") s"
echo "HTML page  $(wc -c <"$tmp/page.html") bytes: $(run --input=html "$tmp/page.html") s"
