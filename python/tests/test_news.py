"""The Python API gives what the command gives on the team's news dev sets (4,156 articles):
the same JSON byte for byte, and the same strings and numbers in the Python objects."""

import json

import precis
import precis.dask


def test_same_json_as_precis_batch(news_records, batch_lines):
    lines, _ = batch_lines
    assert len(lines) == len(news_records)
    s = precis.Summarizer()
    for record, line in zip(news_records, lines):
        # The record as `precis batch` writes it: the id, then the summary's JSON.
        assert precis.dask.summarize_record(record) == line
        expected = json.loads(line)
        # a title with markup read as its text, as batch reads it ("&#163;8m": "£8m")
        got = s.summarize(record["text"], title=precis.title_text(record.get("title")))
        assert got.headline == expected["headline"]
        assert got.title == expected["title"]
        assert got.language == expected["language"]
        assert got.summary == expected["summary"]
        assert got.keywords == expected["keywords"]
        assert got.n_document_sentences == expected["n_document_sentences"]
        assert [(x.index, x.offset, x.length, x.score) for x in got.sentences] == \
            [(e["index"], e["offset"], e["length"], e["score"]) for e in expected["sentences"]]
