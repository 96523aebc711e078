"""The Python API over libprecis: summaries, options, errors, segmenting, digests, threads,
memory."""

import concurrent.futures
import json
import os
import random
import subprocess
import sys

import pytest

import precis
from conftest import example


def test_summary_fields():
    s = precis.summarize(example("bridge.txt"), sentences=3)
    assert s.headline == "City votes to rebuild the old harbour bridge"  # the title, by default
    assert s.title == "City votes to rebuild the old harbour bridge"
    g = precis.summarize(example("bridge.txt"), sentences=3, headline="generated")
    assert g.headline == "City council voted to replace 90-year-old harbour bridge"
    with pytest.raises(precis.InvalidArgumentError):
        precis.Summarizer(headline="loud")
    assert s.language == "english"
    assert len(s.sentences) == 3
    assert s.keywords[:2] == ["bridge", "council"]
    data = example("bridge.txt").encode("utf-8")
    for x in s.sentences:
        assert x.chosen and x.score > 0
        assert data[x.offset:x.offset + x.length].decode("utf-8").split() == x.text.split()
    assert s.to_dict()["summary"] == s.summary


def test_options():
    text = example("bridge.txt")
    assert len(precis.summarize(text, sentences=1).sentences) == 1
    assert len(precis.Summarizer(ratio=1.0).summarize(text).sentences) >= 3
    assert len(precis.summarize(text, words=20).sentences) == 1
    assert len(precis.summarize(text, ratio=1.0).sentences) > 3
    assert precis.Summarizer(language="fr").language == "french"
    for name in precis.rankers():
        assert precis.summarize(text, ranker=name).sentences
    assert precis.summarize(example("french.txt"), language="french").language == "french"
    assert precis.summarize("").headline == ""
    assert "english" in precis.languages()


def test_options_as_strict_as_the_command(cli):
    # one of sentences, ratio and words (the command: "give only one of"), never one of them
    # silently dropped; integers only where the command takes an integer (-n 2.7 is refused
    # there: not 2); a clear TypeError for a wrong type, a ValueError for a value out of range
    text = example("bridge.txt")
    for both in (dict(sentences=2, ratio=0.5), dict(sentences=2, words=20), dict(ratio=0.5, words=20)):
        with pytest.raises(precis.InvalidArgumentError, match="only one of"):
            precis.summarize(text, **both)
        with pytest.raises(ValueError):
            precis.Summarizer(**both)
    for wrong in (dict(sentences=2.7), dict(sentences="3"), dict(sentences=True), dict(words=20.0),
                  dict(words="20"), dict(ratio="0.5"), dict(ratio=True), dict(max_input_bytes=1.5),
                  dict(language=5), dict(ranker=1)):
        with pytest.raises(TypeError):
            precis.summarize(text, **wrong)
    for out_of_range in (dict(sentences=0), dict(sentences=2**32 + 1), dict(words=-1), dict(ratio=0),
                         dict(ratio=1.5), dict(ratio=float("nan")), dict(max_input_bytes=-1)):
        with pytest.raises(ValueError):
            precis.summarize(text, **out_of_range)
    for args, options in ((["-n", "2.7"], None), (["-n", "3"], dict(sentences=3)), (["--words", "20"], dict(words=20)),
                          (["--ratio", "1"], dict(ratio=1))):
        run = subprocess.run([cli, "-f", "json"] + args + ["-"], input=text.encode(), capture_output=True)
        if options is None:
            assert run.returncode == 2
            continue
        assert run.returncode == 0
        assert json.loads(run.stdout)["summary"] == precis.summarize(text, **options).summary
    assert len(precis.summarize(text).sentences) == 3  # the default
    with pytest.raises(TypeError):
        precis.Digest(max_items=1.5)
    with pytest.raises(TypeError):
        precis.Digest(threshold="0.3")
    with pytest.raises(TypeError):
        precis.rouge(["a b"], ["a b"], bootstrap=10.5)


def test_render_formats():
    s = precis.summarize(example("bridge.txt"))
    assert str(s).startswith(s.headline + "\n\n")
    assert s.render("markdown").startswith("#")
    assert s.render("html").lstrip().lower().startswith("<!doctype html")
    assert "explain" in json.loads(s.render("json", explain=True))
    with pytest.raises(precis.InvalidArgumentError):
        s.render("pdf")


def test_errors_carry_the_library_message():
    with pytest.raises(precis.InvalidUTF8Error, match="invalid UTF-8 at byte offset 4"):
        precis.summarize(b"abc \xff def")
    with pytest.raises(precis.InvalidUTF8Error):
        precis.summarize("lone \udc80 surrogate")
    with pytest.raises(precis.BinaryInputError):
        precis.summarize(b"a\0b")
    with pytest.raises(precis.InputTooLargeError, match="more than the limit of 10 bytes"):
        precis.Summarizer(max_input_bytes=10).summarize("x" * 100)
    with pytest.raises(precis.UnknownLanguageError, match="klingon"):
        precis.Summarizer(language="klingon")
    with pytest.raises(precis.InvalidArgumentError):
        precis.Summarizer(ranker="nope")
    with pytest.raises(TypeError):
        precis.summarize(42)
    assert isinstance(precis.InvalidUTF8Error("x"), ValueError)
    s = precis.Summarizer(lossy=True).summarize(b"Caf\xe9 au lait. It is good.")
    assert "\ufffd" in s.sentences[0].text


def test_text_handed_over_is_a_copy():
    # The library takes over a buffer of its own (precis_summarizer_run_take) and collapses the
    # sentences' texts into it: the caller's text is left as it was, and the summary's sentences
    # stay readable for as long as the summary lives.
    text = example("bridge.txt")
    given = bytearray(text, "utf-8")
    before = bytes(given)
    s = precis.Summarizer(sentences=3)
    summary = s.summarize(given, title="Harbour bridge")
    assert bytes(given) == before
    del given
    assert [x.text for x in summary.document_sentences] == [x.text for x in s.segment(text)]
    assert summary.render("json") == s.summarize(before, title="Harbour bridge").render("json")
    with pytest.raises(precis.BinaryInputError, match="NUL byte at byte offset 4"):
        s.summarize(b"One.\0 Two.")
    assert precis.Summarizer(lossy=True).summarize(b"One.\0 Two.").document_sentences


def test_headline_modes_not_yet_in_the_library():
    # The keyword maps onto a library setter when there is one; until then only the default.
    if precis._lib.optional("precis_headline_mode_from_name") is None:
        with pytest.raises(NotImplementedError):
            precis.summarize(example("bridge.txt"), headline="title")
    assert precis.summarize(example("bridge.txt"), headline=None).headline
    if precis._lib.optional("precis_summarizer_run_with_title") is None:
        with pytest.raises(NotImplementedError):
            precis.Summarizer().summarize(example("bridge.txt"), title="A title")


def test_segment_matches_the_command(cli):
    text = example("bridge.txt")
    run = subprocess.run([cli, "segment", "-f", "json"], input=text.encode(), capture_output=True, check=True)
    expected = json.loads(run.stdout)
    got = precis.segment(text)
    assert [(x.text, x.offset, x.length) for x in got] == [(e["text"], e["offset"], e["length"]) for e in expected]
    assert precis.summarize(text).document_sentences[1].offset == got[1].offset


def test_digest(cli, tmp_path):
    d = precis.Digest(title="Morning", order="size")
    d.add(example("bridge.txt"), id="bridge", source="Gazette")
    d.add(example("clinic.txt"), id="clinic", url="https://example.org/c")
    assert len(d) == 2
    assert sorted(i.articles[0] for i in d.items) == [0, 1]
    out = json.loads(d.render("json"))
    assert out["title"] == "Morning" and out["n_articles"] == 2
    assert d.render("markdown").startswith("# Morning")
    with pytest.raises(precis.InvalidUTF8Error):
        d.add(b"\xff\xfe")
    assert len(d) == 2
    # The same as `precis digest` for the same articles.
    for name in ("bridge.txt", "clinic.txt"):
        (tmp_path / name).write_text(example(name), encoding="utf-8")
    run = subprocess.run([cli, "digest", "-f", "json", "--title", "T", str(tmp_path)], capture_output=True,
                         check=True)
    d2 = precis.Digest(title="T")
    for name in ("bridge.txt", "clinic.txt"):
        d2.add(example(name), id=name)
    assert [i["summary"] for i in json.loads(run.stdout)["items"]] == \
        [i["summary"] for i in json.loads(d2.render("json"))["items"]]


def test_threads_one_summarizer_each():
    texts = [example(n) for n in ("bridge.txt", "clinic.txt", "short.txt")] * 20
    serial = [precis.Summarizer().summarize_json(t) for t in texts]
    import threading
    local = threading.local()

    def work(t):
        if not hasattr(local, "s"):
            local.s = precis.Summarizer()
        return local.s.summarize_json(t)

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        assert list(pool.map(work, texts)) == serial


_SHARED_BY_THREADS = r"""
import concurrent.futures, sys, precis
texts = [open(f, encoding="utf-8").read() for f in sys.argv[1:]] * 30
pages = ["<!DOCTYPE html><html lang=fr><title>Le pont</title><body><article><p>" + t + "</p></article>"
         for t in texts[:6]]
z = precis.Summarizer()
serial = [precis.Summarizer().summarize_json(t) for t in texts]
serial_seg = [[(x.offset, x.length) for x in precis.Summarizer().segment(t)] for t in texts]
serial_pages = [precis.Summarizer().summarize(p).render("json") for p in pages]
for round in range(20):  # without the lock a race showed in one round of three or so
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        assert list(pool.map(z.summarize_json, texts)) == serial
        assert list(pool.map(lambda t: z.summarize(t).render("json"), texts)) == serial
        assert list(pool.map(lambda t: [(x.offset, x.length) for x in z.segment(t)], texts)) == serial_seg
        assert list(pool.map(lambda p: z.summarize(p).render("json"), pages * 5)) == serial_pages * 5
        d = precis.Digest()
        list(pool.map(lambda it: d.add(it[1], id=str(it[0])), enumerate(texts)))
        lengths = set(pool.map(lambda _: (len(d), len(d.items), len(d.render("json"))), range(40)))
    assert len(lengths) == 1 and len(d) + d.n_duplicates == len(texts), (lengths, d.n_duplicates)
print("ok")
"""


def test_threads_share_one_summarizer_and_digest():
    # One Summarizer (and one Digest) called by four threads at once: each call holds the
    # object's lock, so the outputs are the single-thread ones. Without the lock two threads
    # were inside one C summariser at once (ctypes releases the GIL): "malloc(): invalid size",
    # abort. Run in a child so that a crash is a failure here, not the end of the test run.
    names = [os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                          "tests", "data", n) for n in ("bridge.txt", "clinic.txt", "short.txt")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [os.path.dirname(os.path.dirname(os.path.abspath(precis.__file__)))] +
        [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    run = subprocess.run([__import__("sys").executable, "-c", _SHARED_BY_THREADS] + names, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "ok"


def _rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    pytest.skip("no /proc/self/status")


def test_no_leak_over_100000_calls():
    text = "The council met on Monday. It voted to rebuild the bridge. Work starts in May."
    s = precis.Summarizer()
    calls = [lambda: s.summarize(text).headline, lambda: s.summarize_json(text), lambda: s.segment(text)]

    def bad():
        try:
            s.summarize(b"bad \xff")
        except precis.InvalidUTF8Error:
            pass

    calls.append(bad)
    for i in range(5000):
        calls[i % 4]()
    before = _rss_kib()
    for i in range(100000):
        calls[i % 4]()
    grown = _rss_kib() - before
    assert grown < 2048, "RSS grew by %d KiB over 100,000 calls" % grown


def test_rouge_matches_the_command(cli, tmp_path):
    cands = ["the cat sat on the mat\nit was happy", "police killed the gunman", ""]
    refs = [["a cat sat on a mat", "the cat was on the mat"], "the gunman was shot dead by police", "nothing here"]
    with open(tmp_path / "c.jsonl", "w") as f:
        for i, c in enumerate(cands):
            f.write(json.dumps({"id": str(i), "summary": c}) + "\n")
    with open(tmp_path / "r.jsonl", "w") as f:
        for i, r in enumerate(refs):
            for one in ([r] if isinstance(r, str) else r):
                f.write(json.dumps({"id": str(i), "summary": one}) + "\n")
    for compat in ("rouge-score", "rouge155"):
        for stem in (False, True):
            args = [cli, "rouge", "-c", str(tmp_path / "c.jsonl"), "-r", str(tmp_path / "r.jsonl"), "-f", "json",
                    "--compat=" + compat] + (["--stem"] if stem else [])
            expected = json.loads(subprocess.run(args, capture_output=True, check=True).stdout)
            got = precis.rouge(cands, refs, compat=compat, stem=stem)
            assert got.n_documents == expected["n_documents"] == 3
            for metric, score in got.scores.items():
                e = expected[metric]
                assert (score.p, score.r, score.f) == (e["p"], e["r"], e["f"]), (compat, stem, metric)
                assert list(score.f_ci) == e["f_ci"]
                # tryout26 #1: the reference scorer's reported figure beside the mean
                assert (score.p_mid, score.r_mid, score.f_mid) == (e["p_mid"], e["r_mid"], e["f_mid"])


def test_rouge_refuses_a_str_for_a_list_and_nothing_to_score():
    # a str is not read as a list of characters (it scored 0.857 for "the cat" against itself)
    with pytest.raises(TypeError):
        precis.rouge("the cat", "the cat")
    with pytest.raises(TypeError):
        precis.rouge(["the cat"], "the cat")
    with pytest.raises(TypeError):
        precis.rouge([5], ["the cat"])
    with pytest.raises(TypeError):
        precis.rouge(["the cat"], [["the cat", 5]])
    with pytest.raises(precis.InvalidArgumentError):
        precis.rouge([], [])
    assert precis.rouge(["the cat"], ["the cat"]).scores["rouge1"].f == 1.0


def test_library_path():
    assert os.path.basename(precis.library_path()).startswith("libprecis")
    assert precis.version()


def test_library_calls_release_the_gil():
    # ctypes.CDLL (not PyDLL) drops the GIL for every foreign call; bench/RESULTS.md measures it.
    import ctypes
    assert type(precis._lib.lib) is ctypes.CDLL


def test_library_override(tmp_path):
    import sys
    code = "import precis; print(precis.library_path())"
    env = dict(os.environ, PRECIS_LIBRARY=precis.library_path())
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == precis.library_path()
    env["PRECIS_LIBRARY"] = str(tmp_path / "missing.so")
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert run.returncode != 0 and "PRECIS_LIBRARY" in run.stderr


def _data_path(name):
    from conftest import ROOT
    return os.path.join(ROOT, "tests", "data", name)


def _data(name):
    with open(_data_path(name), "rb") as f:
        return f.read()


def test_title_with_markup_read_as_batch_reads_it(cli, tmp_path):
    text = example("bridge.txt").split("\n\n", 1)[1]  # no title line of its own
    s = precis.Summarizer().summarize(text, title="<b>Bridge</b> vote &amp; more")
    assert s.headline == s.title == "Bridge vote & more"
    record = json.dumps({"id": "b", "text": text, "title": "<b>Bridge</b> vote &amp; more"})
    run = subprocess.run([cli, "batch"], input=record.encode(), capture_output=True, check=True)
    expected = json.loads(run.stdout)
    del expected["id"]
    assert json.loads(precis.Summarizer().summarize_json(text, title="<b>Bridge</b> vote &amp; more")) == expected
    assert precis.Summarizer().summarize(text, title="Vec<T> & AT&T").title == "Vec<T> & AT&T"  # plain text
    with pytest.raises(TypeError, match="title"):
        precis.Summarizer().summarize(text, title=5)


def test_html_page_read_as_the_command_reads_it(cli):
    page = _data("harbour.html")
    run = subprocess.run([cli, "-f", "json", _data_path("harbour.html")], capture_output=True, check=True)
    expected = json.loads(run.stdout)
    del expected["input"]
    for given in (page, page.decode("utf-8")):
        s = precis.summarize(given)
        assert s.to_dict() == expected
        assert "<" not in s.headline and not any("<p" in x for x in s.summary)
        assert json.loads(precis.Summarizer().summarize_json(given)) == expected
    seg = subprocess.run([cli, "segment", "-f", "json", "-"], input=page, capture_output=True, check=True)
    assert [x.text for x in precis.segment(page)] == [e["text"] for e in json.loads(seg.stdout)]
    assert precis.looks_like_html(page) and not precis.looks_like_html(example("bridge.txt"))
    # read as text when asked: the markup is then the text
    assert precis.summarize(page, input="text").to_dict() != expected
    with pytest.raises(precis.InvalidArgumentError):
        precis.Summarizer(input="page")
    # a feed is many documents, not one: refused, not summarised as markup
    with pytest.raises(precis.MalformedInputError, match="feed"):
        precis.summarize(_data("valley.rss"))
    # a digest adds a page as `precis digest` adds a page file: its article and title
    d = precis.Digest()
    d.add(page, id="harbour")
    assert d.items[0].headline == expected["title"]
    assert d.items[0].summary and "<" not in " ".join(d.items[0].summary)


def test_summary_has_the_json_members():
    s = precis.summarize(example("bridge.txt"))
    j = s.to_dict()
    assert s.headline_source == j["headline_source"] == "title"
    assert s.stemmed is j["stemmed"] is True
    assert round(s.language_confidence, 2) == j["language_confidence"]
    assert 0 < s.language_confidence <= 1
    g = precis.summarize(example("bridge.txt"), language="english", headline="generated")
    assert g.headline_source == "generated" and g.language_confidence == 1.0
    assert precis.summarize(example("yiddish.txt")).stemmed == precis.summarize(example("yiddish.txt")).to_dict()["stemmed"]


def test_rouge_options_as_the_command_checks_them():
    cands, refs = ["the cat sat"], ["the cat sat on the mat"]
    # rouge_score has no rougeW, rougeS, rougeSU: refused, not a column of zeros
    for metric in ("rougeW", "rougeS", "rougeSU"):
        with pytest.raises(precis.InvalidArgumentError, match="rouge155"):
            precis.rouge(cands, refs, metrics=[metric])
        scores = precis.rouge(cands, refs, compat="rouge155", metrics=[metric]).scores
        assert len(scores) == 1 and list(scores.values())[0].f > 0
    with pytest.raises(TypeError):
        precis.rouge(cands, refs, metrics="rouge1")
    with pytest.raises(precis.InvalidArgumentError):
        precis.rouge(cands, refs, metrics=[])
    # alpha is rouge155's (rouge_score always reports F1), and in [0, 1]
    with pytest.raises(precis.InvalidArgumentError, match="alpha"):
        precis.rouge(cands, refs, alpha=0.9)
    with pytest.raises(precis.InvalidArgumentError, match="alpha"):
        precis.rouge(cands, refs, compat="rouge155", alpha=1.5)
    weighted = precis.rouge(cands, refs, compat="rouge155", alpha=0.9)["rouge1"]
    assert weighted.f != precis.rouge(cands, refs, compat="rouge155")["rouge1"].f
    # a confidence given as a percentage, as --confidence=95 and ROUGE-1.5.5's -c 95
    assert precis.rouge(cands * 3, refs * 3, confidence=95)["rouge1"].f_ci == \
        precis.rouge(cands * 3, refs * 3, confidence=0.95)["rouge1"].f_ci
    for bad in (0, 100, 150, -1):
        with pytest.raises(precis.InvalidArgumentError, match="confidence"):
            precis.rouge(cands, refs, confidence=bad)
    # tryout26 #12: a seed numpy.random.seed refuses, as --seed refuses it (it was cut to 32 bits)
    with pytest.raises(precis.InvalidArgumentError, match="seed must be at most 4294967295"):
        precis.rouge(cands, refs, seed=2**32)
    assert precis.rouge(cands * 3, refs * 3, seed=2**32 - 1)["rouge1"].f_ci is not None


def test_digest_options_and_errors_as_the_command(cli, tmp_path):
    for blank in ("", "   "):
        with pytest.raises(precis.InvalidArgumentError, match="title"):
            precis.Digest(title=blank)
    # languages: precis_digest_set_languages, as --languages
    d = precis.Digest(languages=["fr"])
    d.add(example("french.txt"), id="fr")
    d.add(example("bridge.txt"), id="en")
    assert len(d) == 1 and d.n_left_out == 1
    d = precis.Digest(languages="fr, english")  # a str as --languages takes it
    d.add(example("bridge.txt"))
    assert len(d) == 1 and d.n_left_out == 0
    for bad in ([], ["fr", ""], "fr,,de"):
        with pytest.raises(precis.InvalidArgumentError):
            precis.Digest(languages=bad)
    with pytest.raises(precis.UnknownLanguageError):
        precis.Digest(languages=["klingon"])
    with pytest.raises(TypeError):
        precis.Digest(summarizer=precis.Summarizer(), languages=["fr"], ranker="position")
    # an id may be a number, as a record's "id"; another type is named
    d = precis.Digest()
    d.add(example("bridge.txt"), id=5)
    assert json.loads(d.render("json"))["items"][0]["sources"][0]["id"] == "5"
    with pytest.raises(TypeError, match="source"):
        d.add(example("clinic.txt"), source=5)
    # white space only and no title: an error, as batch fails the record; with a title, a story
    with pytest.raises(precis.NoTextError):
        d.add("  \n\t ")
    assert len(d) == 1
    d.add("   ", title="<i>Just</i> a title")
    assert [i.headline for i in d.items if not i.summary] == ["Just a title"]
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": "   "}) + "\n" +
                                      json.dumps({"id": "y", "text": example("bridge.txt")}) + "\n")
    run = subprocess.run([cli, "digest", "-f", "json", str(tmp_path / "a.jsonl")], capture_output=True)
    assert run.returncode == 1 and b"a.jsonl:1: no text to summarise" in run.stderr
    assert json.loads(run.stdout)["n_articles"] == 1


def test_page_offsets_index_the_text_summarised(cli):
    # review19 #2: a page's offsets index its article (Summary.source), not the caller's markup
    page = _data("harbour.html")
    article = subprocess.run([cli, "extract", "-f", "json", "-"], input=page, capture_output=True,
                             check=True)
    article = json.loads(article.stdout)["text"].encode("utf-8")
    for given in (page, page.decode("utf-8")):
        s = precis.summarize(given)
        assert type(s.source) is type(given)
        source = s.source.encode("utf-8") if isinstance(s.source, str) else s.source
        assert source == precis.html_extract(given)[0].encode("utf-8")
        assert article.startswith(source.rstrip()) or source.startswith(article.rstrip())
        for x in s.sentences + s.document_sentences:
            span = source[x.offset:x.offset + x.length].decode("utf-8")
            assert " ".join(span.split()) == x.text
        # the command's -f json gives the same offsets, into the same article
        run = subprocess.run([cli, "-f", "json", _data_path("harbour.html")], capture_output=True, check=True)
        assert [(x.offset, x.length) for x in s.sentences] == \
            [(e["offset"], e["length"]) for e in json.loads(run.stdout)["sentences"]]
        for x in precis.segment(given):
            assert " ".join(source[x.offset:x.offset + x.length].decode("utf-8").split()) == x.text
    # a text is its own source, as given (no copy)
    text = example("bridge.txt")
    s = precis.summarize(text)
    assert s.source is text
    assert all(text.encode()[x.offset:x.offset + x.length].decode() == x.text for x in s.sentences
               if "\n" not in x.text)


def test_rouge_alpha_default_spelled_out():
    # review19 #4: 0.5, the old default, changes nothing with rouge-score: accepted; others refused
    cands, refs = ["the cat sat on the mat"], ["a cat sat on a mat"]
    assert precis.rouge(cands, refs, alpha=0.5)["rouge1"].f == precis.rouge(cands, refs)["rouge1"].f
    assert precis.rouge(cands, refs, alpha=1 / 2)["rougeL"].f == precis.rouge(cands, refs)["rougeL"].f
    for bad in (0.9, 0, 1):
        with pytest.raises(precis.InvalidArgumentError, match="alpha"):
            precis.rouge(cands, refs, alpha=bad)
    with pytest.raises(TypeError):
        precis.rouge(cands, refs, compat="rouge155", alpha="0.5")


def test_page_without_article_is_no_text_as_the_command(cli, tmp_path):
    # review19 #5: a page with no article text fails however it is empty, as the command fails it
    for page in ("<html><body></body></html>", "<!DOCTYPE html>", "<!DOCTYPE html>\n<html><body> </body></html>"):
        (tmp_path / "p.html").write_text(page)
        assert subprocess.run([cli, "-f", "json", str(tmp_path / "p.html")], capture_output=True).returncode == 1
        for call in (precis.summarize, precis.segment, precis.Summarizer().summarize_json,
                     lambda t: precis.Digest().add(t)):
            for given in (page, page.encode()):
                with pytest.raises(precis.NoTextError, match="no article text"):
                    call(given)
        # read as text, it is markup: no error
        precis.summarize(page, input="text")
    # empty text (not a page) stays an empty summary, as documented
    assert precis.summarize("").n_document_sentences == 0 and precis.segment("") == []


def test_digest_title_blank_by_the_command_rule(cli, tmp_path):
    # review19 #6: one rule for Digest(title=) and --title: nothing visible is refused
    (tmp_path / "d.txt").write_text(example("bridge.txt"))
    for blank in ("\v", "\u00a0", " \u200b\t", "\x01", "\f\u2003"):
        with pytest.raises(precis.InvalidArgumentError, match="title"):
            precis.Digest(title=blank)
        run = subprocess.run([cli, "digest", "--title", blank, str(tmp_path / "d.txt")], capture_output=True)
        assert run.returncode == 2, run
        assert b"--title: an empty title" in run.stderr and b"CRITICAL" not in run.stderr
    for title in ("x", "\u00a0Briefing\v"):
        precis.Digest(title=title).render()
        run = subprocess.run([cli, "digest", "--title", title, str(tmp_path / "d.txt")], capture_output=True,
                             check=True)
        assert b"Briefing" in run.stdout or title == "x"


def test_title_of_another_type_refused():
    """A title is a str or bytes: an int or a list of code points is refused as such, not read
    as bytes (title=5 had become an empty title, [72, 105] the title "Hi")."""
    for title in (5, [72, 105]):
        with pytest.raises(TypeError, match="title"):
            precis.title_text(title)
        with pytest.raises(TypeError, match="title"):
            precis.Summarizer().summarize("The bridge reopened on Monday.", title=title)
        with pytest.raises(TypeError, match="title"):
            precis.Digest().add(None, title=title)


def test_wide_bytes_read_as_the_command_reads_them(cli):
    # bytes in UTF-16 or UTF-32 (a byte-order mark, or UTF-16 clearly so without one) are made
    # UTF-8 by the library's reader, as `precis FILE` reads them: the same summary, its offsets
    # into that UTF-8 (Summary.source). They were refused as binary data.
    text = example("bridge.txt")
    want = precis.summarize(text).to_dict()
    command = json.loads(subprocess.run([cli, "-f", "json", "-"], input=text.encode("utf-16"),
                                        capture_output=True, check=True).stdout)
    assert command["summary"] == want["summary"]
    for data in (text.encode("utf-16"), text.encode("utf-16-le"), text.encode("utf-16-be"),
                 text.encode("utf-32")):
        s = precis.summarize(data)
        assert s.to_dict() == want
        for x in s.sentences:
            assert s.source[x.offset:x.offset + x.length].decode("utf-8").split() == x.text.split()
        assert [x.text for x in precis.segment(data)] == [x.text for x in precis.segment(text)]
        d = precis.Digest()
        d.add(data, id="a")
        assert d.items[0].summary
    with pytest.raises(precis.InvalidUTF8Error, match="not valid UTF-16LE"):
        precis.summarize(b"\xff\xfeH\x00i\x00!")
    # a str is text already: its characters are never read as UTF-16's halves
    with pytest.raises(precis.BinaryInputError):
        precis.summarize("C\x00i\x00t\x00y\x00 \x00v\x00o\x00t\x00e\x00s\x00")


def test_subtitles_offsets_index_their_cue_text(cli):
    # review21 #6: a subtitle file read with input="auto" is summarised as its cue text, which is
    # Summary.source and what `precis extract` prints; the offsets index it, as a page's article
    srt = ("1\n00:00:01,000 --> 00:00:04,000\n<i>The city council voted on Tuesday</i>\n\n"
           "2\n00:00:04,500 --> 00:00:08,000\nto replace the old harbour bridge.\n\n"
           "3\n00:00:08,500 --> 00:00:12,000\nThe mayor said work would begin in spring.\n")
    printed = subprocess.run([cli, "extract", "-"], input=srt.encode(), capture_output=True, check=True).stdout
    for given in (srt, srt.encode()):
        s = precis.summarize(given, sentences=2)
        assert type(s.source) is type(given)
        source = s.source.encode() if isinstance(s.source, str) else s.source
        assert source == printed and b"-->" not in source
        for x in s.sentences + s.document_sentences:
            assert source[x.offset:x.offset + x.length].decode() == x.text
    # input="text" is text: the file as given, timing lines and all
    s = precis.Summarizer(input="text").summarize(srt)
    assert s.source is srt and any("-->" in x.text for x in s.document_sentences)
    # a text that opens with "WEBVTT" is text (review21 #1)
    text = "WEBVTT parser fixed in release 2.1\n\nThe project released version 2.1 on Tuesday. Users waited.\n"
    assert precis.summarize(text).source is text


def test_import_with_a_library_from_before_metrics_allowed():
    # review21 #7: a libprecis without precis_rouge_metrics_allowed() (before session 19) still
    # imports, and rouge() refuses rougeW under rouge-score by the defaults' mask as before
    import sys
    code = """
import ctypes
_getattr = ctypes.CDLL.__getattr__
def _older(self, name):
    if name == "precis_rouge_metrics_allowed":
        raise AttributeError(name)
    return _getattr(self, name)
ctypes.CDLL.__getattr__ = _older
import precis
assert precis._lib.optional("precis_rouge_metrics_allowed") is None
try:
    precis.rouge(["a b"], ["a b"], metrics=["rougeW"])
except precis.InvalidArgumentError as e:
    print(e)
print(precis.rouge(["a b c"], ["a b"], metrics=["rouge1"], bootstrap=0).scores["rouge1"].f > 0)
print(precis.rouge(["a b c"], ["a b"], compat="rouge155", metrics=["rougeW"], bootstrap=0) is not None)
"""
    run = subprocess.run([sys.executable, "-c", code], env=dict(os.environ), capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert "has no rougeW" in lines[0]
    assert lines[1:] == ["True", "True"]


def test_rouge_lists_as_the_command_reads_them(cli, tmp_path):
    # tryout21 #11: a list in references is several references (the command's repeated id); the
    # command's JSON array is one text's sentences, "\n".join(...) here. tryout21 #10: a
    # percentage confidence is read as the level meant (99.9 is 0.999, not 0.9990000000000001).
    cands = ["inflation hit 5 percent in march as prices rose", "the cat sat on the mat"]
    sentences = ["prices rose sharply in march", "inflation hit 5 percent"]
    with open(tmp_path / "c.jsonl", "w") as f:
        for i, c in enumerate(cands):
            f.write(json.dumps({"id": str(i), "summary": c}) + "\n")
    with open(tmp_path / "array.jsonl", "w") as f:
        f.write(json.dumps({"id": "0", "summary": sentences}) + "\n")
        f.write(json.dumps({"id": "1", "summary": "a cat sat on a mat"}) + "\n")
    with open(tmp_path / "repeated.jsonl", "w") as f:
        for one in sentences:
            f.write(json.dumps({"id": "0", "summary": one}) + "\n")
        f.write(json.dumps({"id": "1", "summary": "a cat sat on a mat"}) + "\n")

    def command(refs):
        args = [cli, "rouge", "-c", str(tmp_path / "c.jsonl"), "-r", str(tmp_path / refs), "-f", "json",
                "--metrics=rouge1", "--per-document", "--bootstrap=0"]
        lines = subprocess.run(args, capture_output=True, check=True).stdout.decode().splitlines()
        return json.loads(lines[0])["rouge1"]["f"]

    joined = precis.rouge(cands, ["\n".join(sentences), "a cat sat on a mat"], metrics=["rouge1"], bootstrap=0)
    several = precis.rouge(cands, [sentences, "a cat sat on a mat"], metrics=["rouge1"], bootstrap=0)
    assert joined.documents[0][1]["rouge1"].f == command("array.jsonl")
    assert several.documents[0][1]["rouge1"].f == command("repeated.jsonl")
    assert joined.documents[0][1]["rouge1"].f != several.documents[0][1]["rouge1"].f
    rng = random.Random(1)
    words = "a b c d e f g h i j k l m n o p".split()
    c50 = [" ".join(rng.choice(words) for _ in range(8)) for _ in range(50)]
    r50 = [" ".join(rng.choice(words) for _ in range(8)) for _ in range(50)]
    fraction = precis.rouge(c50, r50, metrics=["rouge1"], confidence=0.999)["rouge1"].f_ci
    assert precis.rouge(c50, r50, metrics=["rouge1"], confidence=99.9)["rouge1"].f_ci == fraction


def test_rouge155_f_agrees_with_the_command_whatever_the_ids(cli, tmp_path):
    # tryout26 #5: the command's ids ("b", "a", ...) are not Python's default (the documents'
    # numbers); F, the mean over documents, does not depend on them. ROUGE-1.5.5's Average (mid)
    # and the interval resample in the ids' sorted order, as the script does: equal with ids=.
    cands = ["the red kite flew over the hill", "rain fell on the market square",
             "the council voted to close the pool", "three new buses join the fleet",
             "the bakery opens at dawn", "a fox was seen near the school"]
    refs = ["a red kite flew high over the green hill", "heavy rain fell all day on the old market",
            "the pool will close after the council vote", "the town adds three electric buses to its fleet",
            "bread and cakes from six in the morning", "pupils saw a fox by the school gate on monday"]
    ids = ["f", "e", "d", "c", "b", "a"]
    for name, texts in (("c.jsonl", cands), ("r.jsonl", refs)):
        with open(tmp_path / name, "w") as f:
            for i, t in zip(ids, texts):
                f.write(json.dumps({"id": i, "summary": t}) + "\n")
    expected = json.loads(subprocess.run([cli, "rouge", "-c", str(tmp_path / "c.jsonl"), "-r",
                                          str(tmp_path / "r.jsonl"), "-f", "json", "--compat=rouge155"],
                                         capture_output=True, check=True).stdout)
    default = precis.rouge(cands, refs, compat="rouge155")
    named = precis.rouge(cands, refs, compat="rouge155", ids=ids)
    for metric, score in default.scores.items():
        e = expected[metric]
        assert (score.p, score.r, score.f) == (e["p"], e["r"], e["f"]), metric
        n = named[metric]
        assert (n.f_mid, list(n.f_ci)) == (e["f_mid"], e["f_ci"]), metric


def test_feed_and_fragment_as_the_command_reads_them(cli):
    # tryout28 #5: html_extract refuses a feed (it returned the feed flattened: channel title,
    # links, dates, "<![CDATA["); an HTML fragment is read as a page, as the command reads it;
    # a title given as bytes is accepted, and the TypeError for another type says so
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Vote held</title>'
            '<description><![CDATA[<p>The council voted on Tuesday.</p>]]></description></item></channel></rss>')
    with pytest.raises(precis.MalformedInputError, match="feed, many documents, not a page"):
        precis.html_extract(feed)
    fragment = ("<p>The council voted on Tuesday to rebuild the harbour wall.</p>"
                "<p>The work will cost twelve million euros, officials said.</p>")
    s = precis.summarize(fragment)
    assert s.summary[0] == "The council voted on Tuesday to rebuild the harbour wall."
    command = subprocess.run([cli, "-f", "json"], input=fragment.encode(), capture_output=True).stdout
    assert json.loads(s.to_json())["summary"] == json.loads(command)["summary"]
    assert precis.summarize("The rule a<b holds. The <p> tag opens it.").summary[0] == "The rule a<b holds."
    assert precis.title_text(b"<b>Mayor</b> resigns") == "Mayor resigns"
    with pytest.raises(TypeError, match="title must be a str or bytes"):
        precis.title_text(5)


def test_import_error_names_both_variables(tmp_path):
    # tryout28 #9c: the message named PRECIS_LIBRARY only, and an installed package listed a
    # "build/src" beside site-packages among the paths tried
    site = tmp_path / "site"
    site.mkdir()
    import shutil
    shutil.copytree(os.path.dirname(precis.__file__), site / "precis")
    for name in os.listdir(site / "precis"):
        if name.startswith("libprecis"):
            os.unlink(site / "precis" / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PRECIS_LIBRARY", "PRECIS_BUILD_DIR")}
    env["PYTHONPATH"] = str(site)
    code = "try:\n import precis\n print('loaded')\nexcept ImportError as e:\n print(e)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout
    assert "build/src" not in out
    env["PRECIS_LIBRARY"] = str(tmp_path / "none.so")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout
    assert "PRECIS_LIBRARY" in out and "PRECIS_BUILD_DIR" in out


def test_feed_items_as_precis_extract_reads_them(cli, tmp_path):
    # tryout28 #5: the package had no way to read a feed; feed_items gives each item as
    # `precis extract -f json` prints it, whose text summarises as a document
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title>'
            '<item><title>Wall vote held</title><link>https://example.org/1</link>'
            '<description>The council voted on Tuesday to rebuild the harbour wall. Work starts in May.</description>'
            '</item><item><title>Bridge shut</title><link>https://example.org/2</link>'
            '<description><![CDATA[<p>The old bridge closed on Monday for repairs.</p>]]></description>'
            '</item></channel></rss>')
    path = tmp_path / "news.rss"
    path.write_text(feed)
    expected = [json.loads(line) for line in
                subprocess.run([cli, "extract", "-f", "json", str(path)], capture_output=True).stdout.splitlines()]
    items = precis.feed_items(feed)
    assert [dict(e, input=None) for e in expected] == items
    assert [i["title"] for i in items] == ["Wall vote held", "Bridge shut"]
    assert items[1]["site_name"] == "Harbour news" and items[1]["text"] == "The old bridge closed on Monday for repairs."
    assert precis.Summarizer().summarize(items[0]["text"], title=items[0]["title"]).summary[0].startswith("The council")
    with pytest.raises(precis.MalformedInputError):
        precis.feed_items("<?xml version=\"1.0\"?><html><body>Not a feed.</body></html>")
