"""The article texts of the shared news sets (DATA/news/<set>/dev.jsonl), for the benchmark
scripts: `PYTHONPATH=bench python3 -c 'import news_texts; news_texts.load(DATA, NAME)'`."""
import json
import os
import sys

SETS = ("bbc_news_summary", "inshorts_news_summary", "frank_cnndm")


def load(data, script):
    """Every article's text, set by set; exits naming @script when there are none."""
    texts = []
    for name in SETS:
        path = os.path.join(data, "news", name, "dev.jsonl")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    if not texts:
        sys.exit(f"{script}: no articles under {data}/news")
    return texts
