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
as the title line); a text that is an HTML page or fragment is read as a page, as `precis batch`
reads one (its article; its title where the record gives none; its lang a language hint), and
one that is a whole feed is refused. Options are those of precis.Summarizer (language, sentences, ranker, lossy, clean,
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


# `precis batch`'s message for a record whose text is a whole feed (src/cli/cli.h: CLI_FEED_RECORD)
FEED_TEXT = ("the text is an RSS, Atom or JSON feed, many documents, not one: give each item a record of its own "
             "(precis extract -f json FEED writes them), or read the feed with precis FEED or precis digest FEED")


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


def _text_problem(record):
    """Why _text() gave None, in `precis batch`'s words (cli_json_text_problem)."""
    text = record.get("text") if isinstance(record, dict) else None
    if isinstance(text, list):
        for i, t in enumerate(text):
            if not isinstance(t, str):
                return '"text"[%d] is not a string ("text" is a string or an array of strings)' % i
    if text is not None:
        return '"text" is not a string or an array of strings'
    return 'no "text" (a string or an array of strings)'


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
        return _error(record, line, _text_problem(record))
    title = record.get("title")
    if title is not None and not isinstance(title, str) and not (
            isinstance(title, list) and all(isinstance(t, str) for t in title)):
        return _error(record, line, '"title" is not a string (or an array of strings)')
    # a text that is an HTML page is read as a page, as `precis batch` reads one: its article,
    # its title where the record gives none, its lang a language hint
    page = None
    if precis._looks_like_feed(text):  # many documents: refused, as `precis batch` refuses it
        return _error(record, line, FEED_TEXT)
    if precis.looks_like_html(text):
        try:
            page = precis._read_page(_encode(text))
        except precis.Error as e:
            return _error(record, line, e.message)
        text = page["text"]
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
    elif title:  # "<b>Mayor</b> resigns": its text, as `precis batch` reads it
        title = precis.title_text(title)
    if page is not None and title is None and not prepend_title:
        title = page["title"]
    try:
        s = summarizer(language, **options)
        rendered, n_sentences = s._with_hint(page and page["language"], s._summarize_json, _encode(text),
                                             title)
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


def _escape_unit(raw, i):
    """The code unit of the "\\uXXXX" escape whose backslash is at raw[i], or -1."""
    hexits = raw[i + 2:i + 6]
    if raw[i + 1:i + 2] != b"u" or len(hexits) < 4 or not all(c in b"0123456789abcdefABCDEF" for c in hexits):
        return -1
    return int(hexits, 16)


def _bad_escape(raw, repair):
    """As jsonl.c's bad_escape(): the first "\\u0000" or lone surrogate escape in a string,
    which JSON parsers read wrong, as (kind, byte offset, raw); with repair, each is made
    "\\uFFFD" and kind is None. One outside any string is left to the checks after."""
    out, i = bytearray(raw), raw.find(b"\\")
    read, in_string = 0, False  # how far the strings were followed, as jsonl.c's read_strings()
    while i >= 0:
        unit, bad = _escape_unit(raw, i), None
        if unit == 0:
            bad = "nul"
        elif 0xD800 <= unit <= 0xDBFF:
            if raw[i + 6:i + 7] == b"\\" and 0xDC00 <= _escape_unit(raw, i + 6) <= 0xDFFF:
                i = raw.find(b"\\", i + 12)
                continue
            bad = "surrogate"
        elif 0xDC00 <= unit <= 0xDFFF:
            bad = "surrogate"
        while bad is not None and read < i:
            if in_string and raw[read:read + 1] == b"\\":
                read += 2
            else:
                in_string ^= raw[read:read + 1] == b'"'
                read += 1
        if bad is not None and in_string:
            if not repair:
                return bad, i, raw
            out[i + 2:i + 6] = b"FFFD"
        i = raw.find(b"\\", i + 2)
    return None, 0, bytes(out)


def _line_opening(text):
    """What a line that is not a record opens with, as `precis batch` says it: at most 24 bytes
    cut at a character's end, "..." when there is more, control characters and quotes as spaces
    and "'"."""
    raw = text.encode("utf-8")
    cut = raw[:24].decode("utf-8", errors="ignore")
    shown = "".join(" " if ord(c) < 0x20 or c == "\x7f" else "'" if c in "\"\\" else c for c in cut)
    return shown + ("..." if len(cut) < len(text) else "")


def _first_bad_byte(raw):
    """The offset of the first NUL byte or byte that is not part of a UTF-8 character, as
    g_utf8_validate_len finds it, or -1."""
    bad = raw.find(b"\0")
    try:
        (raw if bad < 0 else raw[:bad]).decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    return bad


def _lossy(raw):
    """The line with each NUL byte and each byte that is not part of a UTF-8 character made
    U+FFFD, one for each byte, as `precis batch --lossy` reads it (jsonl.c: lossy_text)."""
    out, bad = bytearray(), _first_bad_byte(raw)
    while bad >= 0:
        out += raw[:bad] + "\ufffd".encode("utf-8")
        raw = raw[bad + 1:]
        bad = _first_bad_byte(raw)
    return bytes(out + raw)


def parse_line(raw, line, lossy=False):
    """A shard's line (bytes, without its newline) as (record, error line): one is None. A blank
    line is an error line, as every line has one output line. The checks and messages are those
    of `precis batch`, and so is the id of an error line: the one its first 4 KiB give, if any
    (jsonl.c: cli_jsonl_line_id). With lossy, NUL bytes and bytes that are not UTF-8 are read as
    U+FFFD, as `precis batch --lossy` reads them."""
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    if raw.startswith(b"\xef\xbb\xbf"):  # a byte order mark opening a line (files joined with cat)
        raw = raw[3:]
    if not raw.strip():
        return None, _error(None, line, "a blank line, not a record")
    record, error = _parse(raw, lossy)
    if error is not None:
        opening = raw[:_KEPT_OPENING]
        if lossy:  # read as lossy reads the line (jsonl.c: cli_jsonl_line_id)
            opening = _bad_escape(_lossy(opening), True)[2]
        return None, _error(_opening_id(opening), line, error)
    return record, None


def _parse(raw, lossy):
    """(record, None) or (None, the reason), parse_line's checks in `precis batch`'s order."""
    bad = _first_bad_byte(raw)
    if bad >= 0 and lossy:
        raw = _lossy(raw)
    elif bad >= 0 and raw[bad] == 0:
        return None, "a NUL byte at byte %d of the line: binary data, not text" % bad
    elif bad >= 0:
        return None, "invalid UTF-8 at byte %d of the line" % bad
    kind, at, raw = _bad_escape(raw, lossy)
    if kind == "nul":
        return None, "a NUL character (\\u0000) in the line: not text"
    if kind == "surrogate":
        return None, ("a lone surrogate (\\%s) at byte %d of the line: not a character "
                      "(--lossy reads it as U+FFFD)" % (raw[at + 1:at + 6].decode(), at))
    text = raw.decode("utf-8")
    first = text.lstrip(" \t\n\r\f\v")
    if not first.startswith("{"):  # checked first, as `precis batch` checks it
        if first.startswith(("[", '"', "-", "true", "false", "null")) or first[:1].isdigit():
            return None, "not a JSON object"
        return None, 'not valid JSON: a record opens with "{", this line with "%s"' % _line_opening(first)
    twice = []  # the first key given twice in each object, the record's own (the outermost) last

    def pairs_hook(pairs):
        seen, first = set(), None
        for key, _ in pairs:
            if key in seen and first is None:
                first = key
            seen.add(key)
        twice.append(first)
        return dict(pairs)

    try:
        record = _loads(text, object_pairs_hook=pairs_hook)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # a second object on the line: an error, as `precis batch` says it
            return None, ("text after the JSON object, at byte %d of the line: one object a line"
                          % len(text[:e.pos].encode("utf-8")))
        return None, _not_valid(raw, e)
    except ValueError as e:
        return None, _not_valid(raw, e)
    if not isinstance(record, dict):
        return None, "not a JSON object"
    if twice and twice[-1] is not None:  # json keeps the last value without a word, as json-glib does
        return None, 'the key "%s" is given twice: one value a key' % twice[-1][:64]
    reason = _id_problem(record, text)
    if reason is not None:
        return None, reason
    return record, None


_SPACE = b" \t\n\r"


def _syntax_string(t, i):
    """As jsonl.c's syntax_string(): (end, None), or (where, what) when the string at t[i] goes
    wrong."""
    i += 1
    while i < len(t):
        c = t[i]
        if c == 0x22:
            return i + 1, None
        if c == 0x5C:
            if i + 1 < len(t) and t[i + 1] in b'"\\/bfnrt':
                i += 1
            elif i + 5 < len(t) and t[i + 1] == 0x75 and all(x in b"0123456789abcdefABCDEF" for x in t[i + 2:i + 6]):
                i += 5
            else:
                return i, "a bad escape"
        i += 1
    return len(t), "the line ends inside a string"


def _syntax_error(t):
    """As jsonl.c's syntax_error(): (byte offset, what) where the JSON line t (bytes) first
    breaks the grammar, or None; the same message whichever parser refused the line."""
    opened, want, i, n = [], "value", 0, len(t)

    def skip(i):
        while i < n and t[i] in _SPACE:
            i += 1
        return i

    while True:
        i = skip(i)
        if want == "after" and not opened:
            return None
        if i == n:
            return i, {"value": "the line ends where a value was expected",
                       "key": "the line ends where a key was expected"}.get(
                           want, "the line ends inside an object or array")
        c = t[i]
        if want == "key":
            if c != 0x22:
                return i, "expected a key (a string in double quotes)"
            i, what = _syntax_string(t, i)
            if what is not None:
                return i, what
            i = skip(i)
            if i == n or t[i] != 0x3A:
                return i, 'expected ":" after the key'
            i, want = i + 1, "value"
        elif want == "after":
            top = opened[-1]
            if c == 0x2C:
                i, want = i + 1, "key" if top == 0x7B else "value"
            elif c == (0x7D if top == 0x7B else 0x5D):
                i += 1
                opened.pop()
            else:
                return i, 'expected "," or "}"' if top == 0x7B else 'expected "," or "]"'
        elif c in b"{[":
            opened.append(c)
            i = skip(i + 1)
            if i < n and t[i] == (0x7D if c == 0x7B else 0x5D):
                i += 1
                opened.pop()
                want = "after"
            else:
                want = "key" if c == 0x7B else "value"
        elif c == 0x22:
            i, what = _syntax_string(t, i)
            if what is not None:
                return i, what
            want = "after"
        elif c == 0x2D or 0x30 <= c <= 0x39:
            j = i + (c == 0x2D)

            def digits(j):
                while j < n and 0x30 <= t[j] <= 0x39:
                    j += 1
                return j
            k = digits(j)
            ok = k > j
            j = k
            if ok and j < n and t[j] == 0x2E:
                k = digits(j + 1)
                ok, j = k > j + 1, k
            if ok and j < n and t[j] in b"eE":
                j += 1
                if j < n and t[j] in b"+-":
                    j += 1
                k = digits(j)
                ok, j = k > j, k
            if not ok:
                return j, "a malformed number"
            i, want = j, "after"
        else:
            for word in (b"true", b"false", b"null"):
                if t.startswith(word, i):
                    i += len(word)
                    break
            else:
                return i, "expected a value"
            want = "after"


def _not_valid(raw, message):
    """The reason for a line the parser refused: where and why, as `precis batch` says it."""
    found = _syntax_error(raw)
    if found is None:
        return "not valid JSON: %s" % message
    return "not valid JSON: %s, at byte %d of the line" % (found[1], found[0])


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


_DEFAULT_MAX_INPUT = 64 << 20  # PRECIS_DEFAULT_MAX_INPUT
_KEPT_OPENING = 4096  # jsonl.c's JSONL_KEPT_OPENING


def _key(raw):
    """A key as written between its quotes, its escapes decoded ("\\u0069d" is "id", as the
    record's parse reads it; jsonl.c: key_decode); as written when an escape is broken."""
    if "\\" not in raw:
        return raw
    try:
        return _loads('"' + raw + '"')
    except ValueError:
        return raw


def _opening_id(opening):
    """{"id": ID} when the opening of a line too long to read (its longest UTF-8 prefix) holds
    the object's whole top-level "id" member, an id precis passes through, and no top-level key
    given twice (the record's own parse refuses one with "id": null), as `precis batch` finds it
    (jsonl.c: opening_id); else None."""
    bad = _first_bad_byte(opening)  # cut in a character, or not text: its text part
    text = (opening if bad < 0 else opening[:bad]).decode("utf-8")
    first = len(text) - len(text.lstrip(" \t\n\r\f\v"))
    if not text[first:first + 1] == "{":
        return None
    depth, key, value, raw_id, keys, i = 0, None, None, None, set(), 0
    while i < len(text):
        c = text[i]
        if c == '"':
            j = i + 1
            while j < len(text) and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if depth == 1 and value is None:
                key = _key(text[i + 1:j])
            i = j + 1
            continue
        if depth == 1 and c == ":":
            if key in keys:
                return None  # a key given twice: none, as the record's own parse gives none
            keys.add(key)
            value = i + 1
            while value < len(text) and text[value] in " \t\n\r\f\v":
                value += 1
        elif depth == 1 and c in ",}" and value is not None:
            if key == "id":
                raw_id = text[value:i].rstrip(" \t\n\r\f\v")
            value = None
        if c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
            if depth == 0:
                break
        i += 1
    if raw_id is None:
        return None
    json_text = '{"id":%s}' % raw_id
    if _bad_escape(json_text.encode("utf-8", "surrogatepass"), False)[0] is not None:
        return None  # an id with a "\u0000" or a lone surrogate: none, as jsonl.c's opening_id
    try:
        record = _loads(json_text)
    except ValueError:
        return None
    return record if isinstance(record, dict) and _id_problem(record, json_text) is None else None


def _output_lines(lines, options):
    """summarize_lines() one line at a time."""
    limit = options.get("max_input_bytes")
    limit = _DEFAULT_MAX_INPUT if limit is None else limit
    for number, raw in lines:
        if limit and len(raw) > limit:
            yield _error(_opening_id(raw[:_KEPT_OPENING]), number,
                         "record is more than the limit of %d bytes (see --max-input-bytes)" % limit)
            continue
        record, error = parse_line(raw, number, bool(options.get("lossy")))
        if error is not None:
            yield error
        elif record is not None:
            yield summarize_record(record, number, **options)


def summarize_lines(lines, **options):
    """Output lines (a list) for an iterable of (line number, raw bytes) pairs. A line longer
    than max_input_bytes (default 64 MiB; 0: no limit) is refused as `precis batch` refuses it,
    with the id its opening holds."""
    return list(_output_lines(lines, options))


def _shard_lines(path):
    """A shard's (line number, raw bytes) pairs, read one line at a time (a shard is never held
    whole: memory is its longest line)."""
    number = 0
    with open(path, "rb") as f:
        for raw in f:
            raw = raw[:-1] if raw.endswith(b"\n") else raw
            if number == 0 and raw.startswith(b"\xef\xbb\xbf"):  # a byte order mark, skipped as `precis batch` does
                raw = raw[3:]
            # a lone "\r" ends a line too (old Mac line ends), as `precis batch` reads it; "\r\n" is one end
            raw = raw[:-1] if raw.endswith(b"\r") else raw
            pieces = _split_cr(raw) if b"\r" in raw else [raw]
            if len(pieces) > 1 and pieces[-1] == b"":
                pieces.pop()
            for piece in pieces:
                number += 1
                yield number, piece


def _read_shard(path):
    return list(_shard_lines(path))


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
    try:
        with open(tmp, "w", encoding="utf-8", errors="surrogateescape") as f:
            for line in lines:  # (lines may be made as they are written)
                f.write(line)
                f.write("\n")
    except BaseException:
        os.unlink(tmp)
        raise
    os.replace(tmp, path)


def _summarize_shard(in_path, out_path, options):
    # streamed: a line read, summarised and written at a time, so that a task's memory is its
    # summariser's and its longest line's, whatever the shard's size
    counts = {"records": 0, "errors": 0}

    def counted(lines):
        for line in lines:
            counts["records"] += 1
            counts["errors"] += isinstance(line, ErrorLine)
            yield line

    _write_atomically(out_path, counted(_output_lines(_shard_lines(in_path), options)))
    return {"input": in_path, "output": out_path, "records": counts["records"], "errors": counts["errors"]}


def summarize_files(paths, out_dir, client=None, compute=True, **options):
    """Summarises JSON Lines shards into out_dir, one output shard per input shard (same base
    name), each written whole and then renamed into place. Runs on the client's cluster (or
    Dask's current scheduler when client is None). Returns one dict per shard: input, output,
    records, errors; with compute=False, the Dask bag that computes them."""
    paths = [os.fspath(p) for p in paths]
    outs = [os.path.join(out_dir, os.path.basename(p)) for p in paths]
    if len(set(outs)) != len(outs):
        raise ValueError("input shards must have distinct base names")
    # Every shard checked before any runs (as seen from here: the workers share the file system):
    # one missing failed the whole run after the others were written, their counts lost.
    missing = [p for p in paths if not os.path.isfile(p)]
    if missing:
        raise FileNotFoundError("%d of %d input shards are not files, nothing summarised: %s"
                                % (len(missing), len(paths), ", ".join(missing[:5])
                                   + (" ..." if len(missing) > 5 else "")))
    os.makedirs(out_dir, exist_ok=True)
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
        # an integer id column with a missing value is float64 in pandas (7 became 7.0, which
        # `precis batch` refuses as an id): a whole number is given back as one
        if isinstance(record.get("id"), float) and record["id"].is_integer():
            record["id"] = int(record["id"])
        line = summarize_record(record, i, **opts)
        o = json.loads(line)
        rows.append({"id": record.get("id"), "headline": o.get("headline"), "title": o.get("title"),
                     "language": o.get("language"), "summary": o.get("summary"),
                     "keywords": o.get("keywords"), "error": o.get("error")})
    # dtype object, as the meta says: an id column of ints and None stays so (pandas made it 7.0, nan)
    return pd.DataFrame(rows, columns=list(_COLUMNS), index=frame.index, dtype=object)


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
