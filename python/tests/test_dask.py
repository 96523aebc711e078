"""precis.dask on a real distributed.LocalCluster with two worker processes: the news dev sets
give what `precis batch` gives, bad records become error records without losing the others,
and a worker killed mid-run loses and duplicates nothing (on the news sets when they are
present, else on records made from tests/data)."""

import json
import os
import signal
import subprocess
import time

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import precis.dask  # noqa: E402
from conftest import example  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def write_shards(lines, directory, per_shard):
    os.makedirs(directory, exist_ok=True)
    paths = []
    for k in range(0, len(lines), per_shard):
        path = os.path.join(directory, "part-%05d.jsonl" % (k // per_shard))
        with open(path, "wb") as f:
            f.write(b"".join(lines[k:k + per_shard]))
        paths.append(path)
    return paths


def read_outputs(results):
    out = []
    for r in results:
        with open(r["output"], encoding="utf-8") as f:
            out.extend(f.read().splitlines())
    return out


def by_id(lines):
    return sorted(lines, key=lambda line: json.loads(line)["id"])


def test_worker_processes(client):
    pids = client.run(os.getpid)
    assert len(pids) == 2 and os.getpid() not in pids.values()


def test_news_shards_same_as_precis_batch(client, batch_lines, tmp_path):
    expected, joined = batch_lines
    with open(joined, "rb") as f:
        paths = write_shards(f.readlines(), tmp_path / "in", 250)
    results = precis.dask.summarize_files(paths, tmp_path / "out", client=client)
    got = read_outputs(results)
    assert sum(r["records"] for r in results) == len(expected) == 4156
    assert sum(r["errors"] for r in results) == 0
    assert by_id(got) == by_id(expected)
    assert got == expected  # shards in order give the input order too


def test_bad_records_become_error_records(client, cli, tmp_path):
    good = [json.dumps({"id": "g%d" % i, "text": example(n)}).encode() + b"\n"
            for i, n in enumerate(["bridge.txt", "clinic.txt", "short.txt"])]
    bad = [
        b'{"id": "utf8", "text": "caf\xe9 au lait"}\n',              # invalid UTF-8
        b'{"id": "notext", "title": "no text"}\n',                     # missing text
        json.dumps({"id": "big", "text": "word " * 5000}).encode() + b"\n",  # over the limit below
        b'{"id": "nojson", "text": \n',                                 # not JSON
        b'[1, 2]\n',                                                    # not an object
        b'\n',                                                          # blank: an error record
        json.dumps({"id": 7, "text": ["two", "lines."]}).encode() + b"\n",
    ]
    lines = [good[0], bad[0], good[1], bad[1], bad[2], bad[3], good[2], bad[4], bad[5], bad[6]]
    shard = tmp_path / "in" / "mixed.jsonl"
    os.makedirs(shard.parent)
    shard.write_bytes(b"".join(lines))
    results = precis.dask.summarize_files([shard], tmp_path / "out", client=client, max_input_bytes=20000)
    got = read_outputs(results)
    run = subprocess.run([cli, "batch", "--max-input-bytes=20000", str(shard)], capture_output=True, check=False)
    assert run.returncode == 1
    expected = run.stdout.decode().splitlines()
    assert len(got) == len(expected) == 10 and results[0]["errors"] == 6
    for g, e in zip(got, expected):
        assert json.loads(g) == json.loads(e)  # parse errors too: where and why, as batch says it
    # (an unreadable line with the id its start gives)
    assert [json.loads(x).get("id") for x in got] == ["g0", "utf8", "g1", "notext", "big", "nojson", "g2", None, None, 7]


def test_bags_and_dataframes(client):
    records = [{"id": "a", "text": example("bridge.txt")},
               {"id": "b", "text": example("french.txt"), "language": "french"},
               {"id": "c", "text": b"bad \xff"},
               {"id": "d"}]
    lines = precis.dask.summarize_bag(db.from_sequence(records, npartitions=2)).compute()
    assert [json.loads(x)["id"] for x in lines] == ["a", "b", "c", "d"]
    assert json.loads(lines[1])["language"] == "french"
    assert "invalid UTF-8" in json.loads(lines[2])["error"]
    frame = pd.DataFrame([{"id": "a", "text": example("bridge.txt"), "title": None},
                          {"id": "b", "text": example("french.txt"), "language": "fr"},
                          {"id": "c", "text": None}])
    out = precis.dask.summarize_dataframe(dd.from_pandas(frame, npartitions=2)).compute()
    assert list(out["id"]) == ["a", "b", "c"]
    assert out["headline"][0] == precis.summarize(example("bridge.txt")).headline
    assert out["language"][1] == "french"
    assert out["error"][0] is None and out["error"][2].startswith("no \"text\"")


def test_worker_killed_mid_run(client, corpus, tmp_path):
    lines, expected = corpus
    paths = write_shards(lines, tmp_path / "in", max(5, len(lines) // 100))  # about 100 tasks
    out = tmp_path / "out"
    future = client.compute(precis.dask.summarize_files(paths, out, compute=False))
    pids = client.run(os.getpid)
    victim = None
    deadline = time.time() + 60
    while victim is None and time.time() < deadline and not future.done():
        busy = [w for w, tasks in client.processing().items() if tasks]
        if os.path.isdir(out) and any(p.endswith(".jsonl") for p in os.listdir(out)) and busy:
            victim = pids[busy[0]]
            os.kill(victim, signal.SIGKILL)
        else:
            time.sleep(0.005)
    assert victim is not None, "the run ended before a worker could be killed"
    results = future.result(timeout=120)
    assert victim not in client.run(os.getpid).values()  # the nanny started a new worker
    got = read_outputs(results)
    assert len(got) == len(set(got)) == len(expected)
    assert by_id(got) == by_id(expected)
    assert got == expected


def test_files_run_again(client, tmp_path):
    # Writing shards is a side effect: a second call with changed input must not get the first
    # call's results back from the scheduler.
    shard = tmp_path / "in" / "one.jsonl"
    os.makedirs(shard.parent)
    shard.write_text(json.dumps({"id": "x", "text": example("bridge.txt")}) + "\n")
    first = precis.dask.summarize_files([shard], tmp_path / "out", client=client)
    shard.write_text(json.dumps({"id": "x"}) + "\n")
    second = precis.dask.summarize_files([shard], tmp_path / "out", client=client)
    assert (first[0]["errors"], second[0]["errors"]) == (0, 1)
    assert "error" in json.loads((tmp_path / "out" / "one.jsonl").read_text())


def test_lines_and_ids_as_precis_batch(cli, tmp_path):
    # a second object on a line, a lone "\r" as a line end, ids precis would change or that are
    # no ids: the same output lines as `precis batch`, no record lost
    data = (b'{"id":1,"text":"First one. Second."}{"id":2,"text":"Two. Three."}\n'
            b'{"id":3,"text":"CR only. Second."}\r{"id":4,"text":"Two. Three."}\r\n'
            b'{"id":12345678901234567890,"text":"One here. Two."}\n'
            b'{"id":0.1,"text":"One here. Two."}\n'
            b'{"id":[1],"text":"One here. Two."}\n'
            b'{"id":true,"text":"One here. Two."}\n'
            b'{"id":-9223372036854775808,"text":"One here. Two."}\n'
            # a raw "\r" inside a string is the string's, as json-glib reads it
            b'{"id":"a","text":"Line one is here.\rLine two. An escaped \\" quote.\r More."}\n'
            # a first value that is not an object, text after the object, no JSON at all
            b'5 {"a":{"b":1}}\n'
            b'true [1,2,{"c":3}]\n'
            b'{"id":5,"text":"One here. Two."} 5\n'
            b'not json\n'
            # a key given twice: refused by both, not the last value kept
            b'{"id":6,"text":"One here. Two.","id":7}\n'
            b'{"id":8,"text":"One here. Two.","meta":{"a":1,"a":2}}\n')
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    expected = subprocess.run([cli, "batch", str(path)], capture_output=True).stdout.decode().splitlines()
    got = [str(line) for line in precis.dask.summarize_lines(precis.dask._read_shard(str(path)))]
    assert got == expected
    assert len(got) == 15
    assert got[8].startswith('{"id":"a","headline":')
    assert got[13] == '{"id":null,"line":14,"error":"the key \\"id\\" is given twice: one value a key"}'
    assert got[14].startswith('{"id":8,"headline":')


def test_nan_and_infinity_refused_as_precis_batch_refuses_them():
    # Python's json reads NaN and Infinity; json-glib does not: an error line, never a crash
    for raw in (b'{"id":NaN,"text":"One here. Two."}', b'{"id":"k","text":"One here. Two.","x":Infinity}'):
        record, error = precis.dask.parse_line(raw, 1)
        assert record is None
        assert json.loads(error)["error"].startswith("not valid JSON: ")


def test_record_language_and_empty_text_as_precis_batch(cli, tmp_path):
    # a record's "language" is honoured by both, over the command's -l and the language=
    # option; an unknown or non-string one fails the record in both; an empty text is an error
    # record in both ("no text to summarise"), not an empty summary
    arabic = ("أعلنت وزارة الصحة يوم الثلاثاء عن افتتاح خمسة مستشفيات جديدة في المناطق الريفية. "
              "وقال وزير الصحة إن المستشفيات الجديدة ستخدم أكثر من مليون مواطن.")
    english = "The council voted on Tuesday to build a new bridge. Work starts in the spring."
    records = [{"id": 1, "text": arabic, "language": "fr"},
               {"id": 2, "text": english, "language": "de"},
               {"id": 3, "text": english, "language": "auto"},
               {"id": 4, "text": english, "language": ""},
               {"id": 5, "text": english, "language": None},
               {"id": 6, "text": english, "language": "klingon"},
               {"id": 7, "text": english, "language": 5},
               {"id": 8, "text": english, "language": False},
               {"id": 9, "text": ""},
               {"id": 10, "text": " \n ", "language": "en"}]
    path = tmp_path / "lang.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    for cli_options, options in (([], {}), (["-l", "it", "-n", "1"], {"language": "it", "sentences": 1})):
        expected = subprocess.run([cli, "batch", "-j", "1"] + cli_options + [str(path)],
                                  capture_output=True).stdout.decode().splitlines()
        got = [str(line) for line in precis.dask.summarize_lines(precis.dask._read_shard(str(path)), **options)]
        assert got == expected
        out = [json.loads(line) for line in got]
        assert out[0]["language"] == "french" and out[1]["language"] == "german"
        assert out[2]["language"] == "english"
        assert out[3]["language"] == out[4]["language"] == ("italian" if options else "english")
        assert out[5]["error"].startswith('unknown language "klingon"')
        assert out[6]["error"] == out[7]["error"] == '"language" is not a string'
        assert out[8]["error"] == out[9]["error"] == precis.dask.NO_TEXT
        assert [o.get("line") for o in out[8:]] == [9, 10]


PAGE = ('<!DOCTYPE html><html lang="fr"><head><title>Le pont rouvre</title></head><body>'
        '<nav><a href="/">Accueil</a></nav><article><p>Le pont de la ville a rouvert lundi apres des '
        'travaux de trois mois.</p><p>Les ingenieurs ont renforce les piliers et refait la chaussee, a '
        'precise la mairie.</p></article></body></html>')


def test_page_record_read_as_a_page_as_precis_batch(cli, tmp_path):
    # tryout19 #5: a record whose text is an HTML page is read as a page in both (its article,
    # its title where the record has none, its lang a hint), not summarised as markup
    records = [{"id": 1, "text": PAGE}, {"id": 2, "text": PAGE, "title": "Given title"},
               {"id": 3, "text": "<!DOCTYPE html><html><body></body></html>"}]
    path = tmp_path / "page.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    expected = subprocess.run([cli, "batch", "-j", "1", str(path)], capture_output=True).stdout.decode().splitlines()
    got = [str(line) for line in precis.dask.summarize_lines(precis.dask._read_shard(str(path)))]
    assert got == expected
    out = [json.loads(line) for line in got]
    assert out[0]["headline"] == "Le pont rouvre" and out[0]["language"] == "french"
    assert all("<" not in s for s in out[0]["summary"]) and out[0]["summary"][0].startswith("Le pont")
    assert out[1]["headline"] == "Given title"
    assert "error" in out[2]


def test_text_of_another_type_named_as_precis_batch(cli, tmp_path):
    # tryout19 #12: an array element that is not a string is named, in both
    records = [{"id": 1, "text": ["A.", 5]}, {"id": 2, "text": 5}, {"id": 3}]
    path = tmp_path / "types.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    expected = subprocess.run([cli, "batch", "-j", "1", str(path)], capture_output=True).stdout.decode().splitlines()
    got = [str(line) for line in precis.dask.summarize_lines(precis.dask._read_shard(str(path)))]
    assert got == expected
    errors = [json.loads(line)["error"] for line in got]
    assert errors == ['"text"[1] is not a string ("text" is a string or an array of strings)',
                      '"text" is not a string or an array of strings',
                      'no "text" (a string or an array of strings)']


def test_byte_order_mark_skipped_as_precis_batch(cli, tmp_path):
    # a UTF-8 byte order mark at a shard's start is not part of its first record, in both
    data = b'\xef\xbb\xbf{"id":1,"text":"The mayor resigned on Monday. He denied wrongdoing."}\n'
    path = tmp_path / "bom.jsonl"
    path.write_bytes(data)
    expected = subprocess.run([cli, "batch", str(path)], capture_output=True).stdout.decode().splitlines()
    got = [str(line) for line in precis.dask.summarize_lines(precis.dask._read_shard(str(path)))]
    assert got == expected
    assert got[0].startswith('{"id":1,"headline":')


def test_record_over_the_limit_as_precis_batch(cli, tmp_path):
    # a line over max_input_bytes is refused by its length, with the id its first 4 KiB hold
    # (none when the id comes after the text, none when "id" is given twice, also after
    # another repeated key, or as "\u0069d"; none when only another key is repeated, as the
    # record's own parse gives none): as precis batch
    long_text = "The council met again. " * 400
    data = (json.dumps({"id": "first", "text": long_text}).encode() + b"\n"
            + json.dumps({"text": long_text, "id": "after"}).encode() + b"\n"
            + json.dumps({"id": "é" * 10, "text": long_text}).encode() + b"\n"
            + b'{"a":1,"a":2,"id":"x","id":"y","text":"' + long_text.encode() + b'"}\n'
            + b'{"id":"x","id":"y","text":"' + long_text.encode() + b'"}\n'
            + b'{"a":1,"a":2,"id":"x","text":"' + long_text.encode() + b'"}\n'
            + b'{"id":"x","\\u0069d":"y","text":"' + long_text.encode() + b'"}\n'
            + b'{"id":"ok","text":"The council met on Monday. It voted."}\n')
    path = tmp_path / "big.jsonl"
    path.write_bytes(data)
    expected = subprocess.run([cli, "batch", "--max-input-bytes=5000", str(path)],
                              capture_output=True).stdout.decode().splitlines()
    got = [str(line) for line in
           precis.dask.summarize_lines(precis.dask._read_shard(str(path)), max_input_bytes=5000)]
    assert got == expected
    assert [json.loads(x).get("id") for x in got] == ["first", None, "é" * 10, None, None, None, None, "ok"]
    assert json.loads(got[0])["error"] == "record is more than the limit of 5000 bytes (see --max-input-bytes)"


def as_batch(cli, path, lossy=False):
    """The output lines of precis.dask for the shard at path, checked to be what `precis batch`
    writes for it (with --lossy for lossy)."""
    args = [cli, "batch"] + (["--lossy"] if lossy else []) + [str(path)]
    expected = subprocess.run(args, capture_output=True).stdout.decode().splitlines()
    got = [str(line) for line in precis.dask.summarize_lines(precis.dask._read_shard(str(path)), lossy=lossy)]
    assert got == expected
    return got


def test_escapes_read_as_precis_batch(cli, tmp_path):
    # a lone surrogate escape, a "\u0000", a pair and an escaped backslash before "ud800": the
    # same lines as precis batch, with and without lossy
    data = (b'{"id":1,"text":"Bad \\ud800 here. Second one."}\n'
            b'{"id":2,"text":"Pair \\ud83d\\ude00 fine. Second."}\n'
            b'{"id":3,"text":"Low \\udc00 alone. Second."}\n'
            b'{"id":4,"text":"Escaped \\\\ud800 text. Second."}\n'
            b'{"id":5,"text":"Nul \\u0000 here. Second."}\n'
            b'{"id":6,"text":"End \\ud83d"}\n')
    path = tmp_path / "esc.jsonl"
    path.write_bytes(data)
    for lossy in (False, True):
        expected = as_batch(cli, path, lossy)
    assert '"error":"a lone surrogate (\\\\ud800) at byte 20 of the line' in expected[0] or lossy


def test_parse_errors_said_as_precis_batch(cli, tmp_path):
    # a line the JSON parser refuses: the same message from both (what, and at which byte),
    # though json-glib and Python's json word and place their own differently
    data = (b'{"id": "nojson", "text": \n'
            b'{"id":1,"text":"a" "b"}\n'
            b'{"id":1,"text":tru}\n'
            b'{"id":1 "text":"x"}\n'
            b'{"id":1,"text":"x",}\n'
            b'{"id":1,"text":"x"\n'
            b'{"a":[1,2}\n'
            b'{"a"  1}\n'
            b'{"id":NaN,"text":"One here. Two."}\n'
            b'{"a":-}\n'
            b'hello\n'
            b'<?xml version="1.0"?><rss version="2.0">\n'
            b'  \xc3\xa9t\xc3\xa9 "quoted" \\ and a long line after it\n')
    path = tmp_path / "bad.jsonl"
    path.write_bytes(data)
    expected = subprocess.run([cli, "batch", str(path)], capture_output=True).stdout.decode().splitlines()
    got = [str(line) for line in precis.dask.summarize_lines(precis.dask._read_shard(str(path)))]
    assert got == expected
    assert json.loads(got[1])["error"] == 'not valid JSON: expected "," or "}", at byte 19 of the line'
    # a line that is no record says what it does open with (tryout27 #6)
    assert json.loads(got[10])["error"] == 'not valid JSON: a record opens with "{", this line with "hello"'
    assert json.loads(got[11])["error"].endswith('this line with "<?xml version=\'1.0\'?><rs..."')


def test_title_markup_read_as_precis_batch(cli, tmp_path):
    # a title with markup is its text in both; one that only looks a little like it stays
    text = "The mayor of Millford resigned on Monday after an inquiry. He denied wrongdoing."
    records = [{"id": 1, "text": text, "title": "<b>Mayor</b> resigns"},
               {"id": 2, "text": text, "title": "Tom&#8217;s mayor &amp; council"},
               {"id": 3, "text": text, "title": "Why a<b and Vec<T> matter"}]
    path = tmp_path / "titles.jsonl"
    path.write_bytes(b"".join(json.dumps(r).encode() + b"\n" for r in records))
    expected = subprocess.run([cli, "batch", "--headline=title", str(path)],
                              capture_output=True).stdout.decode().splitlines()
    got = [str(line) for line in
           precis.dask.summarize_lines(precis.dask._read_shard(str(path)), headline="title")]
    assert got == expected
    assert [json.loads(x)["headline"] for x in got] == [
        "Mayor resigns", "Tom\u2019s mayor & council", "Why a<b and Vec<T> matter"]


def test_nul_escape_outside_a_string_as_precis_batch(cli, tmp_path):
    # review28 #8: a "\u0000" after the object is text after it, not a NUL in the text
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id":"t","text":"One. Two."} \\u0000\n')
    for lossy in (False, True):
        records = [json.loads(line) for line in as_batch(cli, path, lossy)]
        assert records[0]["error"].startswith("text after the JSON object")


def test_one_reader_as_precis_batch(cli, tmp_path):
    # tryout28 #1-#5, #9a, #9d: bad escapes refused, raw NUL and invalid UTF-8 read as U+FFFD
    # with lossy, the same words for a raw NUL, the id a broken line's start gives, a byte order
    # mark opening a later line, a feed refused and an HTML fragment read as a page: each line
    # what `precis batch` writes, with and without lossy
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Vote held'
            '</title><description>The council voted on Tuesday to close the old bridge.</description>'
            '</item></channel></rss>')
    fragment = ("<p>The council voted on Tuesday to rebuild the harbour wall.</p>"
                "<p>The work will cost twelve million euros, officials said.</p>")
    data = (b'{"id":"p","text":"Path C:\\Users\\x here. Second one."}\n'
            b'{"id":"q","text":"A \\q b \\u0000 c. Second one."}\n'
            b'{"id":"n","text":"Abc\0def here. More text is here."}\n'
            b'{"id":"b","text":"Bad \xe2\x82 bytes \xff here. More text is here."}\n'
            b'\xef\xbb\xbf{"id":"m","text":"A later file opens here. It has two."}\n'
            b'{"id":"\\u0000x","text":"Bad \xff here."}\n'
            b'{"id":7,"text":"One. Two."}{"id":8}\n'
            + json.dumps({"id": "feed", "text": feed}).encode() + b"\n"
            + json.dumps({"id": "frag", "text": fragment}).encode() + b"\n"
            + json.dumps({"id": "prose", "text": "The rule a<b holds. The <p> tag opens it, officials said."}).encode()
            + b"\n")
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    for lossy in (False, True):
        records = [json.loads(line) for line in as_batch(cli, path, lossy)]
        assert [r["id"] for r in records] == ["p", "q", "n", "b", "m", "\ufffdx" if lossy else None, 7, "feed",
                                              "frag", "prose"]
        assert records[0]["error"] == "not valid JSON: a bad escape, at byte 25 of the line"
        assert ("error" in records[2]) != lossy and ("error" in records[3]) != lossy
        assert records[4]["headline"] == "Later file opens here"
        assert records[7]["error"].startswith("the text is an RSS, Atom or JSON feed, many documents, not one")
        assert records[8]["headline"] == "Council voted to rebuild harbour wall"
        assert "a<b" in records[9]["summary"][0]
    assert records[2]["summary"][0] == "Abc\ufffddef here."
    assert "Bad \ufffd\ufffd bytes \ufffd here." in records[3]["summary"]
    no_lossy = precis.dask.summarize_lines(precis.dask._read_shard(str(path)))
    assert json.loads(no_lossy[2])["error"] == "a NUL byte at byte 21 of the line: binary data, not text"


def test_missing_shard_refused_before_any_runs(tmp_path):
    # tryout28 #9b: one missing shard failed the run after the others were written, their
    # counts lost; now nothing runs, and the error names it
    good = tmp_path / "a.jsonl"
    good.write_text(json.dumps({"id": 1, "text": "One here. Two there."}) + "\n")
    with pytest.raises(FileNotFoundError, match="1 of 2 input shards.*nope.jsonl"):
        precis.dask.summarize_files([good, tmp_path / "nope.jsonl"], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_dataframe_integer_ids_with_a_gap():
    # tryout28 #9e: an integer id column with a missing value is float64 in pandas; 7.0 was
    # written "id":7.0, which `precis batch` refuses as an id
    frame = pd.DataFrame({"id": [7, None, 9], "text": ["One here. Two there."] * 3})
    assert frame["id"].dtype == "float64"
    out = precis.dask._frame_partition(frame, {})
    assert list(out["id"]) == [7, None, 9]
    assert all(e is None for e in out["error"])
