"""precis.dask - summarise documents on a Dask cluster, one summariser per worker thread.

The unit of work is a partition: a JSON Lines shard read from a file, or a partition of a bag
or dataframe of records. Each task summarises its partition with a Summarizer that lives as
long as the worker process (one per thread and per set of options, built on first use), and
each output record is exactly the line `precis batch` writes for the input record: the JSON of
the summary with the input's "id" first, or {"id", "line", "error"} for a record that cannot be
summarised; the others go on. Tasks are pure, so a task lost with its worker is run again by
the scheduler; shard files are written whole and renamed into place, so a rerun replaces the
output instead of adding to it.

    import precis.dask
    from distributed import Client
    client = Client("scheduler-host:8786")         # or LocalCluster(n_workers=2)
    precis.dask.summarize_files(["in/0.jsonl", "in/1.jsonl"], "out/", sentences=3)

Records: "id", "text" (a string or an array of strings, joined with newlines), and optionally
"language" (a name or code, or "auto": that record is summarised in that language, over the
language= option, as `precis batch` takes it over -l; null or "" is none) and "title" (the
document's title, as `precis batch` takes it: the headline by default; with prepend_title=True
it is put first in the text instead, followed by a blank line, so that the summariser finds it
as the title line). Options are those of precis.Summarizer (language, sentences, ranker, lossy, clean,
max_input_bytes ...). See docs/python.md.
"""

import json
import os
import threading
import uuid

import dask.bag as db

import precis

_local = threading.local()


def summarizer(language=None, **options):
    """This thread's summariser for these options, built on first use and kept for the life of
    the worker process (the C summariser is not thread-safe, so one per thread)."""
    cache = getattr(_local, "cache", None)
    if cache is None:
        cache = _local.cache = {}
    key = (language, tuple(sorted(options.items())))
    s = cache.get(key)
    if s is None:
        s = cache[key] = precis.Summarizer(language=language, **options)
    return s


def _dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# `precis batch`'s message for a record with no sentence (src/cli/cli.h: CLI_NO_TEXT)
NO_TEXT = "no text to summarise (the input is empty or white space only)"


class ErrorLine(str):
    """An output line that reports a record that could not be summarised."""


def _error(record, line, message):
    """{"id", "line", "error"}, as `precis batch` writes it (the id null unless it is a scalar)."""
    rid = record.get("id") if isinstance(record, dict) else None
    if isinstance(rid, (dict, list)):
        rid = None
    return ErrorLine('{"id":%s,"line":%d,"error":%s}' % (_dumps(rid), line, _dumps(message)))


def _text(record):
    text = record.get("text")
    if isinstance(text, list) and all(isinstance(t, str) for t in text):
        return "\n".join(text)
    if isinstance(text, (str, bytes)):
        return text
    return None


def _encode(text):
    # Undecodable bytes of a shard come back as themselves, so the library reports them.
    if isinstance(text, bytes):
        return text
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def summarize_record(record, line=0, prepend_title=False, **options):
    """The output line (a str, no newline) for one record (a dict), as `precis batch` writes it."""
    text = _text(record) if isinstance(record, dict) else None
    if text is None:
        return _error(record, line, 'no "text" (a string or an array of strings)')
    title = record.get("title")
    if title is not None and not isinstance(title, str) and not (
            isinstance(title, list) and all(isinstance(t, str) for t in title)):
        return _error(record, line, '"title" is not a string (or an array of strings)')
    if prepend_title and isinstance(record.get("title"), str) and record["title"]:
        text = _encode(record["title"]) + b"\n\n" + _encode(text)
    # the record's language over the options' (as `precis batch` takes it over -l); null or ""
    # is none
    language = record.get("language")
    command_language = options.pop("language", None)
    if language is not None and not isinstance(language, str):
        return _error(record, line, '"language" is not a string')
    if not language:
        language = command_language
    title = record.get("title") if not prepend_title else None
    if isinstance(title, list) and all(isinstance(t, str) for t in title):
        title = "\n".join(title)  # as precis batch reads a text field
    if not isinstance(title, str):
        title = None
    try:
        s = summarizer(language, **options)
        rendered, n_sentences = s._summarize_json(_encode(text), title=title)
    except precis.Error as e:
        return _error(record, line, e.message)
    if n_sentences == 0:  # an empty text (or a title line only), as `precis batch` refuses it
        return _error(record, line, NO_TEXT)
    head = '{"id":%s' % _dumps(record.get("id"))
    return head + ("," + rendered[1:] if len(rendered) > 2 else "}")


def _no_constant(name):
    raise ValueError("unexpected identifier %s" % name)


def _loads(text, **kwargs):
    """JSON as json-glib reads it for `precis batch`: raw control characters inside strings
    read (strict=False), NaN and Infinity refused."""
    return json.loads(text, strict=False, parse_constant=_no_constant, **kwargs)


def _split_cr(raw):
    """A line's pieces at each lone "\r" outside a JSON string, as `precis batch` splits it."""
    pieces, start, in_string, i = [], 0, False, 0
    while i < len(raw):
        c = raw[i]
        if in_string and c == 0x5C:  # a backslash: the escaped byte is the string's
            i += 1
        elif c == 0x22:
            in_string = not in_string
        elif c == 0x0D and not in_string:
            pieces.append(raw[start:i])
            start = i + 1
        i += 1
    pieces.append(raw[start:])
    return pieces


def parse_line(raw, line):
    """A shard's line (bytes, without its newline) as (record, error line): one is None. A blank
    line is an error line, as every line has one output line. The checks and messages are those
    of `precis batch`."""
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    if not raw.strip():
        return None, _error(None, line, "a blank line, not a record")
    bad = raw.find(b"\0")  # the first NUL or invalid sequence, as g_utf8_validate_len finds it
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = e.start if bad < 0 else min(bad, e.start)
    if bad >= 0:
        return None, _error(None, line, "invalid UTF-8 at byte %d of the line" % bad)
    first = text.lstrip(" \t\n\r\f\v")
    if not first.startswith("{"):  # checked first, as `precis batch` checks it
        if first.startswith(("[", '"', "-", "true", "false", "null")) or first[:1].isdigit():
            return None, _error(None, line, "not a JSON object")
        return None, _error(None, line, 'not valid JSON: a record opens with "{"')
    try:
        record = _loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # a second object on the line: an error, as `precis batch` says it
            return None, _error(None, line, "text after the JSON object, at byte %d of the line: one object a line"
                                % len(text[:e.pos].encode("utf-8")))
        return None, _error(None, line, "not valid JSON: %s" % e)
    except ValueError as e:
        return None, _error(None, line, "not valid JSON: %s" % e)
    if not isinstance(record, dict):
        return None, _error(None, line, "not a JSON object")
    reason = _id_problem(record, text)
    if reason is not None:
        return None, _error(None, line, reason)
    return record, None


def _id_problem(record, text):
    """Why the record's "id" cannot be passed through as written, as `precis batch` says it, or
    None: an id is a string, or a whole number that a 64-bit integer holds."""
    rid = record.get("id")
    if rid is None or isinstance(rid, str):
        return None
    if isinstance(rid, bool):
        return '"id" is a boolean: an id is a string or a number'
    if isinstance(rid, list):
        return '"id" is an array: an id is a string or a number'
    if isinstance(rid, dict):
        return '"id" is an object: an id is a string or a number'
    # the number as written (json keeps the last of repeated keys, as json-glib does)
    raw = _loads(text, parse_int=str, parse_float=str)["id"]
    if isinstance(rid, int) and -2**63 <= rid < 2**63 and str(rid) == raw:
        return None
    raw = raw[:64]
    return '"id" %s is not a whole number of at most 64 bits, and would be changed: write it as a string, "%s"' % (
        raw, raw)


def summarize_lines(lines, **options):
    """Output lines for an iterable of (line number, raw bytes) pairs."""
    out = []
    for number, raw in lines:
        record, error = parse_line(raw, number)
        if error is not None:
            out.append(error)
        elif record is not None:
            out.append(summarize_record(record, number, **options))
    return out


def _read_shard(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte order mark, skipped as `precis batch` skips it
        data = data[3:]
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    # a lone "\r" ends a line too (old Mac line ends), as `precis batch` reads it; "\r\n" is one end
    split = []
    for raw in lines:
        raw = raw[:-1] if raw.endswith(b"\r") else raw
        pieces = _split_cr(raw) if b"\r" in raw else [raw]
        if len(pieces) > 1 and pieces[-1] == b"":
            pieces.pop()
        split.extend(pieces)
    return list(enumerate(split, 1))


def read_jsonl(paths):
    """A bag of (line number, raw bytes) pairs, one partition per shard (line numbers count from
    each shard's start, as `precis batch SHARD` counts them). The shards must be readable at the
    same path on every worker (a shared file system)."""
    paths = [os.fspath(p) for p in paths]
    return db.from_sequence(paths, npartitions=max(1, len(paths))).map_partitions(
        lambda ps: [pair for p in ps for pair in _read_shard(p)])


def summarize_bag(bag, **options):
    """A bag of output lines for a bag of records: dicts (line numbers then count records from 1
    in each partition) or (line number, raw bytes) pairs as read_jsonl gives."""

    def partition(items, opts):
        items = list(items)
        if items and isinstance(items[0], tuple):
            return summarize_lines(items, **opts)
        return [summarize_record(r, i, **opts) for i, r in enumerate(items, 1)]

    return bag.map_partitions(partition, options)


def _write_atomically(path, lines):
    # A hidden name, so that a worker killed while writing leaves nothing that looks like a shard.
    tmp = os.path.join(os.path.dirname(path), ".%s.tmp-%s" % (os.path.basename(path), uuid.uuid4().hex))
    with open(tmp, "w", encoding="utf-8", errors="surrogateescape") as f:
        for line in lines:
            f.write(line)
            f.write("\n")
    os.replace(tmp, path)


def _summarize_shard(in_path, out_path, options):
    lines = summarize_lines(_read_shard(in_path), **options)
    _write_atomically(out_path, lines)
    n_errors = sum(isinstance(line, ErrorLine) for line in lines)
    return {"input": in_path, "output": out_path, "records": len(lines), "errors": n_errors}


def summarize_files(paths, out_dir, client=None, compute=True, **options):
    """Summarises JSON Lines shards into out_dir, one output shard per input shard (same base
    name), each written whole and then renamed into place. Runs on the client's cluster (or
    Dask's current scheduler when client is None). Returns one dict per shard: input, output,
    records, errors; with compute=False, the Dask bag that computes them."""
    paths = [os.fspath(p) for p in paths]
    os.makedirs(out_dir, exist_ok=True)
    outs = [os.path.join(out_dir, os.path.basename(p)) for p in paths]
    if len(set(outs)) != len(outs):
        raise ValueError("input shards must have distinct base names")
    # The run's own id among the task's arguments: writing files is a side effect, so a second
    # call must run again instead of getting the first call's results from the scheduler.
    run = uuid.uuid4().hex
    bag = db.from_sequence(list(zip(paths, outs)), npartitions=max(1, len(paths)))
    counts = bag.map_partitions(lambda pairs, opts, _run: [_summarize_shard(i, o, opts) for i, o in pairs],
                                options, run)
    if not compute:
        return counts
    if client is not None:
        return client.compute(counts).result()
    return counts.compute()


_COLUMNS = {"id": object, "headline": object, "title": object, "language": object, "summary": object,
            "keywords": object, "error": object}


def _frame_partition(frame, opts):
    import pandas as pd

    rows = []
    for i, record in enumerate(frame.to_dict("records"), 1):
        record = {k: v for k, v in record.items() if not _missing(v)}
        line = summarize_record(record, i, **opts)
        o = json.loads(line)
        rows.append({"id": record.get("id"), "headline": o.get("headline"), "title": o.get("title"),
                     "language": o.get("language"), "summary": o.get("summary"),
                     "keywords": o.get("keywords"), "error": o.get("error")})
    return pd.DataFrame(rows, columns=list(_COLUMNS), index=frame.index)


def _missing(v):
    try:
        return v is None or (isinstance(v, float) and v != v)
    except TypeError:
        return False


def summarize_dataframe(df, **options):
    """A Dask dataframe with columns id, headline, title, language, summary (a list of
    sentences), keywords and error (None, or why the row could not be summarised) for a Dask
    dataframe with columns id, text and optionally title and language."""
    return df.map_partitions(_frame_partition, options, meta=_COLUMNS)
