#!/bin/sh
# Writes everything precis prints for the shared dev sets and the test inputs into OUT_DIR, so
# that two builds can be compared byte for byte (`diff -r`): the check behind every change
# that claims "output unchanged" (a refactoring, a speed-up).
#
#   bench/same-output.sh BUILD_DIR OUT_DIR [DATA_DIR]
#   bench/same-output.sh build-old /tmp/old && bench/same-output.sh build /tmp/new && diff -r /tmp/old /tmp/new
#
# Covered: the three news sets through `precis batch` with every ranker (JSON: headline, title,
# sentences, offsets, scores, keywords) and with --explain; `precis eval` (JSON, timings
# removed); the Gigaword first sentences; every segmentation case through `precis segment`
# (pySBD's and pragmatic_segmenter's cases, cleaned and not); the web pages and feeds; the
# digest of the test inputs in every format and of the news sets as JSON; `precis rouge`.
# Nothing is copied into the project: OUT_DIR holds third-party text, keep it outside the tree.
set -eu
build=${1:?usage: bench/same-output.sh BUILD_DIR OUT_DIR [DATA_DIR]}
out=${2:?usage: bench/same-output.sh BUILD_DIR OUT_DIR [DATA_DIR]}
data=${3:-${PRECIS_SHARED_DATA:-../shared/data}}
precis="$build/src/cli/precis"
tests=tests/data
mkdir -p "$out"

news=""
for set in bbc_news_summary inshorts_news_summary frank_cnndm; do
  [ -f "$data/news/$set/dev.jsonl" ] && news="$news $data/news/$set/dev.jsonl"
done

# News: every ranker, JSON with scores and keywords; the default also with --explain, and
# with --sentences=5 to exercise the budget.
for f in $news; do
  name=$(basename "$(dirname "$f")")
  for ranker in position textrank cosine bm25; do
    "$precis" batch -j 2 -r "$ranker" "$f" >"$out/news-$name-$ranker.jsonl" || true
  done
  "$precis" batch -j 2 -n 5 "$f" >"$out/news-$name-n5.jsonl" || true
  "$precis" eval --stem --bootstrap=100 -f json "$f" | sed -E 's/"(seconds|docs_per_second)":[^,}]*//g' \
    >"$out/eval-$name.json"
done
# The first 300 articles one by one through the plain command, with --explain.
if [ -n "$news" ]; then
  mkdir -p "$out/tmp"
  # shellcheck disable=SC2086
  head -q -n 100 $news | python3 -c '
import json, sys
for i, line in enumerate(sys.stdin):
    with open(sys.argv[1] + "/%03d.txt" % i, "w") as f:
        r = json.loads(line)
        f.write(((r.get("title") or "") + "\n\n" if r.get("title") else "") + r["text"])
' "$out/tmp"
  # Named relative to the folder, so that the output ("input") does not depend on OUT_DIR.
  precis_path=$(cd "$(dirname "$precis")" && pwd)/$(basename "$precis")
  (cd "$out/tmp" && for f in *.txt; do
    "$precis_path" --explain -f json "$f" || true
    "$precis_path" -f markdown "$f" || true
    "$precis_path" -f html "$f" || true
  done) >"$out/articles.txt" 2>&1
  rm -r "$out/tmp"
fi

for f in "$data"/headlines/gigaword_test1951.jsonl; do
  [ -f "$f" ] && "$precis" batch -j 2 "$f" >"$out/gigaword.jsonl" || true
done

# Segmentation: each case as written and cleaned.
for f in "$data"/segmentation/*.jsonl; do
  [ -f "$f" ] || continue
  python3 - "$f" "$precis" >"$out/segment-$(basename "$f" .jsonl).txt" <<'EOF'
import json, subprocess, sys
precis = sys.argv[2]
for line in open(sys.argv[1], encoding="utf-8"):
    case = json.loads(line)
    text = case.get("input") or case.get("text") or ""
    for clean in ("none", "text", "pdf"):
        r = subprocess.run([precis, "segment", "--clean=" + clean, "-f", "json"], input=text.encode(),
                           capture_output=True)
        sys.stdout.write("%s %s %d\n%s%s\n" % (case.get("id"), clean, r.returncode, r.stdout.decode(),
                                               r.stderr.decode()))
EOF
done

# Web pages and feeds.
if [ -d "$data/html/pages" ]; then
  for f in "$data"/html/pages/*.html; do
    echo "== $(basename "$f")"
    "$precis" -f json "$f" 2>&1 || true
  done >"$out/html.txt"
fi
if [ -d "$data/feeds/files" ]; then
  find "$data/feeds/files" -type f | LC_ALL=C sort | while read -r f; do
    echo "== ${f#"$data"/}"
    "$precis" -f json --input=feed "$f" 2>&1 || true
  done >"$out/feeds.txt"
fi

# Digests.
for format in markdown html text json; do
  "$precis" digest -f "$format" "$tests/digest" >"$out/digest-tests.$format" 2>&1 || true
  "$precis" digest -f "$format" --group-by=source --order=size "$tests/digest" \
    >"$out/digest-tests-sections.$format" 2>&1 || true
done
# shellcheck disable=SC2086
[ -z "$news" ] || "$precis" digest -f json $news >"$out/digest-news.json" 2>&1 || true
[ -z "$news" ] || "$precis" digest -f json --threshold=0.3 $news >"$out/digest-news-0.3.json" 2>&1 || true

# Other inputs of the tests and the example.
for f in "$tests"/*.txt "$tests"/*.html "$tests"/*.rss "$tests"/*.atom examples/*.txt; do
  echo "== $f"
  "$precis" -f json --explain "$f" 2>&1 || true
  "$precis" segment "$f" 2>&1 || true
done >"$out/test-inputs.txt"

# ROUGE of the position ranker's news summaries against the references, both flavours.
if [ -f "$out/news-bbc_news_summary-textrank.jsonl" ]; then
  "$precis" rouge -c "$out/news-bbc_news_summary-textrank.jsonl" -r "$data/news/bbc_news_summary/dev.jsonl" \
    --stem --per-document -f json >"$out/rouge-score.json" 2>&1 || true
  "$precis" rouge -c "$out/news-bbc_news_summary-textrank.jsonl" -r "$data/news/bbc_news_summary/dev.jsonl" \
    --compat=rouge155 --stem --bootstrap=100 >"$out/rouge155.txt" 2>&1 || true
fi
echo "bench/same-output.sh: $(find "$out" -type f | wc -l) files in $out"
