"""Fixtures shared by the Python tests: the checkout, the `precis` command built beside the
library, and the team's evaluation data (the tests that need it skip when it is absent)."""

import json
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NEWS_SETS = ["bbc_news_summary", "frank_cnndm", "inshorts_news_summary"]


def shared_data():
    return os.environ.get("PRECIS_SHARED_DATA") or os.path.join(os.path.dirname(ROOT), "shared", "data")


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("PRECIS_CLI") or os.path.join(os.environ.get("PRECIS_BUILD_DIR") or
                                                        os.path.join(ROOT, "build"), "src", "cli", "precis")
    if not os.access(path, os.X_OK):
        pytest.skip("no precis command at %s (build it, or set PRECIS_CLI)" % path)
    return path


@pytest.fixture(scope="session")
def news_files():
    files = [os.path.join(shared_data(), "news", name, "dev.jsonl") for name in NEWS_SETS]
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        pytest.skip("shared news data absent (%s); set PRECIS_SHARED_DATA" % missing[0])
    return files


@pytest.fixture(scope="session")
def news_records(news_files):
    records = []
    for f in news_files:
        with open(f, encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records


@pytest.fixture(scope="session")
def batch_lines(cli, news_files, tmp_path_factory):
    """`precis batch -j 2` over the three news dev sets, concatenated: one output line per record."""
    joined = tmp_path_factory.mktemp("news") / "all.jsonl"
    with open(joined, "wb") as out:
        for f in news_files:
            with open(f, "rb") as fh:
                out.write(fh.read())
    run = subprocess.run([cli, "batch", "-j", "2", str(joined)], capture_output=True, check=False)
    assert run.returncode == 0, run.stderr.decode()
    return run.stdout.decode("utf-8").splitlines(), joined


def example(name):
    with open(os.path.join(ROOT, "tests", "data", name), encoding="utf-8") as f:
        return f.read()


@pytest.fixture(scope="session")
def corpus(cli, tmp_path_factory):
    """(input lines, `precis batch -j 2` output lines): the news dev sets when present, else
    2,000 records made from the example articles of tests/data, so that the Dask failure test
    runs without the shared data too."""
    files = [os.path.join(shared_data(), "news", name, "dev.jsonl") for name in NEWS_SETS]
    lines = []
    if all(os.path.exists(f) for f in files):
        for f in files:
            with open(f, "rb") as fh:
                lines.extend(fh.readlines())
    else:
        texts = [example(n) for n in ("bridge.txt", "clinic.txt", "short.txt", "french.txt")]
        for i in range(2000):
            paragraphs = texts[i % len(texts)].split("\n\n")
            k = i % max(1, len(paragraphs))
            text = "\n\n".join(paragraphs[k:] + paragraphs[:k])
            lines.append((json.dumps({"id": "doc-%05d" % i, "text": text}) + "\n").encode())
    joined = tmp_path_factory.mktemp("corpus") / "all.jsonl"
    joined.write_bytes(b"".join(lines))
    run = subprocess.run([cli, "batch", "-j", "2", str(joined)], capture_output=True, check=False)
    assert run.returncode == 0, run.stderr.decode()
    return lines, run.stdout.decode("utf-8").splitlines()
