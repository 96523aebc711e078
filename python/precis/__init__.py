"""precis - Python bindings for libprecis, the extractive summariser and headline generator.

    import precis
    s = precis.summarize(text, sentences=3)
    s.headline, s.title, s.language, s.keywords
    [(x.text, x.offset, x.length, x.score) for x in s.sentences]

For many documents keep one Summarizer (its language, stopwords, ranker and budget) and call
it for each; a Summarizer (and a Digest) serialises its own calls with a lock, so one shared
by threads is safe but runs one call at a time: use one per thread for parallel work (every
call releases the GIL, so threads with their own summarisers run in parallel). Text is a str (encoded as UTF-8) or bytes
(passed as they are, so invalid UTF-8 is reported, or repaired with lossy=True); offsets and
lengths are in bytes of the UTF-8 text, as in the C library and `precis -f json`. Errors are
raised as precis.Error subclasses carrying the library's message. precis.dask runs the same
over a Dask cluster. See docs/python.md.
"""

import ctypes
import json as _json
import numbers
import operator
import threading

from . import _lib
from ._lib import lib as _c

__all__ = [
    "Error", "InvalidUTF8Error", "BinaryInputError", "InputTooLargeError", "UnknownLanguageError",
    "InvalidArgumentError", "MalformedInputError", "NoTextError", "Sentence", "Summary", "Summarizer", "summarize",
    "segment", "Digest", "DigestItem", "rouge", "RougeResult", "RougeScore", "html_extract", "looks_like_html",
    "languages", "feed_items",
    "rankers", "version", "library_path", "title_text",
]


# ---- Errors ---------------------------------------------------------------------------------

class Error(Exception):
    """An error reported by libprecis; str(e) is the library's message, e.code its PrecisError."""

    code = None

    def __init__(self, message, code=None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class InvalidUTF8Error(Error, ValueError):
    """The input is not valid UTF-8 (the message gives the byte offset)."""
    code = 0


class BinaryInputError(Error, ValueError):
    """The input holds NUL bytes or control characters."""
    code = 1


class InputTooLargeError(Error, ValueError):
    """The input is larger than the summariser's max_input_bytes."""
    code = 2


class UnknownLanguageError(Error, ValueError):
    """The language is not one precis supports."""
    code = 3


class InvalidArgumentError(Error, ValueError):
    """An option value is out of range or malformed."""
    code = 4


class MalformedInputError(Error, ValueError):
    """The input is not a well-formed document of the expected kind."""
    code = 5


class NoTextError(Error, ValueError):
    """The input has nothing to read in it: a web page with no article text, a digest's article
    whose text is white space only and that has no title."""
    code = 6


_ERRORS = {cls.code: cls for cls in (InvalidUTF8Error, BinaryInputError, InputTooLargeError,
                                     UnknownLanguageError, InvalidArgumentError, MalformedInputError,
                                     NoTextError)}


def _raise(err):
    """Raises the GError in err (a GError* slot) as a Python exception and frees it."""
    e = err.contents
    message = e.message.decode("utf-8", "replace") if e.message else "unknown error"
    cls = _ERRORS.get(e.code, Error) if e.domain == _lib.PRECIS_ERROR else Error
    code = e.code
    _lib.glib.g_error_free(err)
    raise cls(message, code)


def _error_slot():
    return ctypes.POINTER(_lib.GError)()


def _bytes(text, into=bytes):
    """str -> UTF-8 (lone surrogates kept, so the library reports them); bytes as they are; as an
    object of type into (bytes, or bytearray for a buffer the library may write into)."""
    if isinstance(text, str):
        return into(text, "utf-8", "surrogatepass")
    if isinstance(text, (bytes, bytearray, memoryview)):
        return into(text)
    raise TypeError("text must be str or bytes, not %s" % type(text).__name__)


def _taken(ptr, n):
    """The n bytes at ptr, a buffer the library allocated, copied; the buffer freed."""
    try:
        return ctypes.string_at(ptr, n)
    finally:
        _lib.glib.g_free(ptr)


def _wide(data):
    """data (bytes) as UTF-8 when it is text saved as UTF-16 or UTF-32 (a byte-order mark, or
    UTF-16 clearly so without one), as the command reads a file: the library's reader,
    precis_text_to_utf8; None when it is not (or this libprecis lacks the reader)."""
    fn = _lib.optional("precis_text_to_utf8")
    if fn is None:
        return None
    n = ctypes.c_size_t()
    err = _error_slot()
    ptr = fn(data, len(data), ctypes.byref(n), ctypes.byref(err))
    if not ptr:
        if err:
            _raise(err)
        return None
    return _taken(ptr, n.value)


def _cues(data):
    """The cue text of data (bytes) when it is a SubRip or WebVTT file, as the command reads
    one with --input auto (precis_subtitles_to_text); None when it is not (or this libprecis
    lacks the reader, whose summariser read subtitles itself)."""
    fn = _lib.optional("precis_subtitles_to_text")
    if fn is None:
        return None
    n = ctypes.c_size_t()
    ptr = fn(data, len(data), ctypes.byref(n))
    if not ptr:
        return None
    return _taken(ptr, n.value)


def _opt(s, name="value"):
    if s is not None and not isinstance(s, str):
        raise TypeError("%s must be a str, not %s" % (name, type(s).__name__))
    return None if s is None else s.encode("utf-8")


# The largest count the command's options take (a C int: `-n 3000000000` is refused there too).
_MAX_COUNT = 2**31 - 1


def _count(name, value, low=1, high=_MAX_COUNT):
    """An integer option checked as the command checks it: a whole number (an int, or an
    integer type such as numpy's), not a float, a str or a bool (TypeError), from low to high
    (InvalidArgumentError, a ValueError)."""
    if isinstance(value, bool):
        raise TypeError("%s must be an integer, not bool" % name)
    try:
        value = operator.index(value)
    except TypeError:
        raise TypeError("%s must be an integer, not %s (%r)" % (name, type(value).__name__, value)) from None
    if value < low:
        raise InvalidArgumentError("%s must be at least %d" % (name, low) if low > 0 else
                                   "%s must not be negative" % name, InvalidArgumentError.code)
    if value > high:
        raise InvalidArgumentError("%s must be at most %d" % (name, high), InvalidArgumentError.code)
    return value


def _fraction(name, value):
    """A real number option (an int or a float, not a str or a bool: TypeError)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError("%s must be a number, not %s (%r)" % (name, type(value).__name__, value))
    return float(value)


def _parse(parser, kind, name):
    if not isinstance(name, str):
        raise TypeError("%s must be a str, not %s" % (kind, type(name).__name__))
    value = ctypes.c_int()
    if not parser(name.encode("utf-8"), ctypes.byref(value)):
        raise InvalidArgumentError("unknown %s \"%s\"" % (kind, name), InvalidArgumentError.code)
    return value.value


# ---- Names ----------------------------------------------------------------------------------

def version():
    """The library's version, e.g. "0.1.0"."""
    return _c.precis_version().decode()


def library_path():
    """The path (or name) of the libprecis that was loaded."""
    return _lib.path


def title_text(title):
    """A title that may carry markup ("<b>Mayor</b> resigns", "Tom&#8217;s"), read as `precis
    batch` reads a record's title and a feed reader an RSS title: its text when it looks like
    HTML, else as it is ("Vec<T>", "AT&T"). None for None."""
    if title is None:
        return None
    if not isinstance(title, (str, bytes)):  # (bytes(5) would be five NULs, bytes([72, 105]) "Hi")
        raise TypeError("title must be a str or bytes (UTF-8), not %s" % type(title).__name__)
    try:
        raw = title.encode("utf-8") if isinstance(title, str) else bytes(title)
        raw.decode("utf-8")
    except UnicodeError:
        return title  # not text (a lone surrogate): as it is, for the summariser to report
    return _lib.take_string(_c.precis_title_text(raw))


def languages():
    """The supported languages' canonical names."""
    return _lib.strv(_c.precis_languages())


def rankers():
    """The rankers' names, the default first."""
    return _lib.strv(_c.precis_rankers())


# ---- Summaries ------------------------------------------------------------------------------

class Sentence:
    """A sentence of the document: its text as shown, its byte offset and length in the UTF-8
    text the document was read from (the caller's text; for an HTML page read as a page, its
    extracted article: Summary.source, precis.html_extract(page)[0]), its score, its index among the document's sentences, whether it is chosen and
    whether it is furniture (byline, credit, call to action) and whether the ranker passed it over
    as a repeat of one it had chosen (as --explain marks it)."""

    __slots__ = ("text", "offset", "length", "score", "index", "chosen", "furniture", "repeat")

    def __init__(self, c):
        self.text = c.text.decode("utf-8")
        self.offset = c.offset
        self.length = c.length
        self.score = c.score
        self.index = c.index
        self.chosen = bool(c.chosen)
        self.furniture = bool(c.furniture)
        self.repeat = bool(c.repeat)

    def __repr__(self):
        return "Sentence(index=%d, offset=%d, length=%d, score=%.6g, text=%r)" % (
            self.index, self.offset, self.length, self.score, self.text)


def _format(name):
    return _parse(_c.precis_format_from_name, "format", name)


class Summary:
    """A document's summary. The members of `precis -f json`'s object are plain Python values:
    headline, headline_source ("title" or "generated"), title (None when there is none),
    language, language_confidence (0..1, the library's value; the JSON rounds it to two
    decimals), stemmed (whether the language's stopwords and stemmer were used), sentences
    (the chosen ones, in document order), keywords and n_document_sentences;
    document_sentences and render() read the C summary, which is freed with this object.
    source is the text the sentences' offsets and lengths index, of the type given (str or
    bytes): the caller's text, or for an HTML page read as a page (input="auto" or "html") its
    extracted article, for a subtitle file read with input="auto" its cue text, so that _bytes(s.source)[x.offset:x.offset + x.length] is always the
    sentence's span (s.source.encode()[...] for a str)."""

    def __init__(self, ptr, owner, text=None, source=None):
        self._ptr = ptr
        self.source = source
        self._owner = owner  # the summariser must outlive the summary
        self._text = text  # the buffer the summary's sentence texts live in, if it was taken over
        self.headline = _c.precis_summary_get_headline(ptr).decode("utf-8")
        title = _c.precis_summary_get_title(ptr)
        self.title = None if title is None else title.decode("utf-8")
        self.headline_source = "title" if _c.precis_summary_get_headline_source(ptr) == 1 else "generated"
        self.language = _c.precis_summary_get_language(ptr).decode("utf-8")
        self.language_confidence = _c.precis_summary_get_language_confidence(ptr)
        self.stemmed = bool(_c.precis_summary_get_stemmed(ptr))
        self.n_document_sentences = _c.precis_summary_get_n_document_sentences(ptr)
        n = _c.precis_summary_get_n_sentences(ptr)
        self.sentences = [Sentence(_c.precis_summary_get_sentence(ptr, i).contents) for i in range(n)]
        self.keywords = _lib.strv(_c.precis_summary_get_keywords(ptr))

    def __del__(self):
        if getattr(self, "_ptr", None):
            _c.precis_summary_free(self._ptr)
            self._ptr = None

    @property
    def document_sentences(self):
        """Every sentence of the document, chosen or not, in order."""
        return [Sentence(_c.precis_summary_get_document_sentence(self._ptr, i).contents)
                for i in range(self.n_document_sentences)]

    @property
    def summary(self):
        """The chosen sentences' texts."""
        return [s.text for s in self.sentences]

    def render(self, format="text", explain=False):
        """The summary as "text", "markdown", "json" (one line, as `precis -f json`) or "html"."""
        flags = _lib.RENDER_EXPLAIN if explain else 0
        return _lib.take_string(_c.precis_summary_render(self._ptr, _format(format), flags))

    def render_sentences(self, format="text"):
        """Every sentence of the document rendered as `precis segment` does."""
        return _lib.take_string(_c.precis_summary_render_sentences(self._ptr, _format(format)))

    def to_json(self):
        return self.render("json")

    def to_dict(self):
        """The JSON object of `precis -f json` as a dict."""
        return _json.loads(self.to_json())

    def __str__(self):
        return self.render("text")

    def __repr__(self):
        return "Summary(headline=%r, language=%r, sentences=%d)" % (self.headline, self.language,
                                                                    len(self.sentences))


class Summarizer:
    """A reusable summariser (PrecisSummarizer). Its calls hold a lock of its own, so threads may
    share one (one call at a time: the C summariser is not thread-safe); for parallel work use one
    per thread. Options:

    language: a canonical name or ISO 639-1 code ("english", "fr"; "" is an UnknownLanguageError,
        as `-l ""` is a usage error), or "auto" / None (the
        default: each text's language is detected, as by the command)
    sentences / ratio / words: the length budget (only one of them; default 3 sentences):
        sentences and words integers from 1, ratio a number in (0, 1]; a float, str or bool
        where an integer is wanted is a TypeError, a value out of range an InvalidArgumentError
    ranker: a name from precis.rankers() (default: the library's default)
    headline: "auto" (the library's default: the title when there is one), "title" or
        "generated"; a libprecis without headline modes raises NotImplementedError
    lossy: repair invalid UTF-8 and NUL bytes instead of failing
    clean: "none", "text" or "pdf"
    max_input_bytes: the largest input accepted (0: no limit; default 64 MiB)
    stopwords: a Snowball-format list added to the built-in one (replace_stopwords=True: instead)
    input: how a text is read, as the command's --input: "auto" (the default) reads an HTML page
        (precis.looks_like_html: "<!DOCTYPE html", "<html" ... at its start) as the command reads
        a page, its article extracted, its title the document's title and its lang a hint, and
        refuses an RSS, Atom or JSON feed (MalformedInputError: a feed is many documents);
        and reads a SubRip or WebVTT file as its cue text (the Summary's source);
        "text" reads every text as text, "html" every text as a page
    """

    def __init__(self, language=None, sentences=None, ratio=None, words=None, ranker=None,
                 headline=None, lossy=False, clean=None, max_input_bytes=None, stopwords=None,
                 replace_stopwords=False, input="auto"):
        self._ptr = None
        # Every call into the C summariser, and every Digest built over it, holds this lock: the
        # C object is not thread-safe, and ctypes releases the GIL for each call, so two threads
        # in one summariser at once would corrupt the heap. _with_hint() takes it around every
        # run (and the language hint it sets).
        self._lock = threading.RLock()
        if input not in _INPUTS:
            raise InvalidArgumentError("input must be \"auto\", \"text\" or \"html\"" if isinstance(input, str)
                                       else "input must be a str, not %s" % type(input).__name__,
                                       InvalidArgumentError.code)
        self._input = input
        # checked as the command checks -n, --ratio and --words, before anything is built
        if sum(x is not None for x in (sentences, ratio, words)) > 1:
            raise InvalidArgumentError("give only one of sentences, ratio and words", InvalidArgumentError.code)
        if sentences is not None:
            sentences = _count("sentences", sentences)
        if ratio is not None:
            ratio = _fraction("ratio", ratio)
            if not 0 < ratio <= 1:
                raise InvalidArgumentError("ratio must be in (0, 1]", InvalidArgumentError.code)
        if words is not None:
            words = _count("words", words)
        if max_input_bytes is not None:
            max_input_bytes = _count("max_input_bytes", max_input_bytes, 0, 2**63 - 1)
        err = _error_slot()
        ptr = _c.precis_summarizer_new(_opt(language, "language"), ctypes.byref(err))
        if not ptr:
            _raise(err)
        self._ptr = ptr
        if sentences is not None:
            _c.precis_summarizer_set_sentences(ptr, sentences)
        if ratio is not None:
            _c.precis_summarizer_set_ratio(ptr, ratio)
        if words is not None:
            _c.precis_summarizer_set_words(ptr, words)
        if ranker is not None:
            _c.precis_summarizer_set_ranker(ptr, _parse(_c.precis_ranker_from_name, "ranker", ranker))
        if headline is not None:
            self._set_headline(headline)
        _c.precis_summarizer_set_lossy(ptr, bool(lossy))
        if clean is not None:
            _c.precis_summarizer_set_clean(ptr, _parse(_c.precis_clean_from_name, "cleaning mode", clean))
        if max_input_bytes is not None:
            _c.precis_summarizer_set_max_input(ptr, max_input_bytes)
        if stopwords is not None:
            data = _bytes(stopwords)
            err = _error_slot()
            if not _c.precis_summarizer_load_stopwords(ptr, data, len(data), bool(replace_stopwords),
                                                       ctypes.byref(err)):
                _raise(err)

    def _set_headline(self, mode):
        # A library with headline modes names them and has a setter: use it when present.
        parse = _lib.optional("precis_headline_mode_from_name")
        setter = _lib.optional("precis_summarizer_set_headline") or \
            _lib.optional("precis_summarizer_set_headline_mode")
        if parse is None or setter is None:
            raise NotImplementedError("headline=%r: this libprecis (%s) has no headline modes; leave "
                                      "headline=None for its default" % (mode, version()))
        setter(self._ptr, _parse(parse, "headline mode", mode))

    def __del__(self):
        if getattr(self, "_ptr", None):
            _c.precis_summarizer_free(self._ptr)
            self._ptr = None

    @property
    def language(self):
        with self._lock:
            return _c.precis_summarizer_get_language(self._ptr).decode("utf-8")

    def _call(self, fn, text, title=None):
        data = _bytes(text)
        err = _error_slot()
        if title is None:
            ptr = fn(self._ptr, data, len(data), ctypes.byref(err))
        else:
            # A title known from outside the text: a library function this version may lack.
            run = _lib.optional("precis_summarizer_run_with_title")
            if run is None:
                raise NotImplementedError("title=: this libprecis (%s) cannot take a title from outside "
                                          "the text; put it on the text's first line" % version())
            ptr = run(self._ptr, data, len(data), _bytes(title), ctypes.byref(err))
        if not ptr:
            _raise(err)
        return ptr

    def _take(self, name, text, *extra):
        """Runs precis_summarizer_run_take (or _segment_take) over a bytearray of the text's UTF-8
        and a NUL, which the library reads in place and collapses the sentences' texts into
        (no copy of its own): returns (the C summary, the buffer), the buffer to be kept until
        the summary is freed; None when this libprecis lacks the function."""
        fn = _lib.optional(name)
        if fn is None:
            return None
        buf = _bytes(text, bytearray)
        n = len(buf)
        buf.append(0)
        view = (ctypes.c_char * len(buf)).from_buffer(buf)
        err = _error_slot()
        ptr = fn(self._ptr, view, n, None, *extra, ctypes.byref(err))
        if not ptr:
            _raise(err)
        return ptr, view

    def _document(self, text, title):
        """(the text's bytes, its title, a language hint) as the command reads a document: a page's
        article, title and lang (unless input="text"); a title given with markup read as `precis
        batch` reads a record's ("<b>Law</b> passed": "Law passed")."""
        return self._read(text, title)[:3]

    def _read(self, text, title):
        """_document()'s three, the page read (a dict, see _read_page) or None, and whether the
        text read is not the one given (a page's article, subtitles' cue text, UTF-16 made UTF-8). bytes in
        UTF-16 or UTF-32 are made UTF-8 first, as the command reads a file (then read as UTF-8
        bytes: the summary's source is that UTF-8, as for a page its article)."""
        data = _bytes(text)
        wide = None if isinstance(text, str) else _wide(data)
        data = wide or data
        title = title_text(title)
        kind = self._input
        if kind == "auto":
            if _c.precis_looks_like_feed(data, len(data)):
                raise MalformedInputError("the text is an RSS, Atom or JSON feed, many documents, not one (give "
                                          "each item's text, precis.feed_items(feed), or input=\"text\" to read "
                                          "it as text)",
                                          MalformedInputError.code)
            kind = "html" if _c.precis_looks_like_html(data, len(data)) else "text"
        if kind != "html":
            cues = _cues(data) if self._input == "auto" else None
            if cues is not None:  # subtitles: their cue text, which the offsets index
                return cues, title, None, None, True
            return data, title, None, None, wide is not None
        page = _read_page(data)
        if not page["text"].strip():
            # as the command fails such a page (exit 1), whichever way its article is empty: the
            # library reports "<html><body></body></html>", a bare "<!DOCTYPE html>" reads as b""
            raise NoTextError("a web page with no article text (nothing but markup, scripts and page furniture)",
                              NoTextError.code)
        return page["text"], title if title is not None else page["title"], page["language"], page, True

    def _with_hint(self, hint, fn, *args):
        """fn(*args) with the summariser favouring @hint (a page's lang) in auto mode, under the
        summariser's lock (the hint is the summariser's state until the call returns)."""
        with self._lock:
            if hint is None:
                return fn(*args)
            _c.precis_summarizer_set_language_hint(self._ptr, hint.encode("utf-8"))
            try:
                return fn(*args)
            finally:
                _c.precis_summarizer_set_language_hint(self._ptr, None)

    def _run(self, text, title):
        taken = self._take("precis_summarizer_run_take", text, None if title is None else _bytes(title))
        return taken if taken is not None else (self._call(_c.precis_summarizer_run, text, title), None)

    def summarize(self, text, title=None):
        """The Summary of text (str or bytes; an HTML page read as a page, see input=). title: the
        document's title when it is known from outside the text, read as `precis batch` reads a
        record's (markup removed; needs a library with precis_summarizer_run_with_title)."""
        data, title, hint, page, read = self._read(text, title)
        ptr, buf = self._with_hint(hint, self._run, data, title)
        source = text
        if read:  # the offsets index the article (or cue text, or UTF-16 made UTF-8), not what was given
            source = data.decode("utf-8", "surrogatepass") if isinstance(text, str) else data
        return Summary(ptr, self, buf, source)

    __call__ = summarize

    def summarize_json(self, text, title=None):
        """The summary as `precis -f json` prints it (one line), without building Python objects."""
        data, title, hint = self._document(text, title)
        return self._with_hint(hint, self._summarize_json, data, title)[0]

    def _summarize_json(self, text, title=None):
        """(summarize_json's line, the document's number of sentences): precis.dask's records, as
        `precis batch` refuses one with no sentence. The text is read as batch reads a record's:
        as text, the title as it is given (precis.dask reads it with title_text first)."""
        ptr, buf = self._run(text, title)
        try:
            n = _c.precis_summary_get_n_document_sentences(ptr)
            return _lib.take_string(_c.precis_summary_render(ptr, 2, 0)), n  # PRECIS_FORMAT_JSON
        finally:
            _c.precis_summary_free(ptr)
            del buf

    def segment(self, text):
        """The document's sentences, as `precis segment` finds them (scores 0; an HTML page's
        article, see input=: their offsets then index the article, precis.html_extract(text)[0],
        not the page; a subtitle file's cue text)."""
        text, _, hint = self._document(text, None)
        ptr, buf = self._with_hint(hint, self._segment, text)
        try:
            n = _c.precis_summary_get_n_document_sentences(ptr)
            return [Sentence(_c.precis_summary_get_document_sentence(ptr, i).contents) for i in range(n)]
        finally:
            _c.precis_summary_free(ptr)
            del buf

    def _segment(self, text):
        taken = self._take("precis_summarizer_segment_take", text)
        return taken if taken is not None else (self._call(_c.precis_summarizer_segment, text), None)


def summarize(text, sentences=None, language=None, **options):
    """Summarises one text; options as for Summarizer (one of sentences=, ratio= and words=;
    default 3 sentences). Returns a Summary."""
    return Summarizer(language=language, sentences=sentences, **options).summarize(text)


def segment(text, language=None, **options):
    """The sentences of text (a list of Sentence); options as for Summarizer."""
    return Summarizer(language=language, **options).segment(text)


_INPUTS = ("auto", "text", "html")


def looks_like_html(data):
    """Whether data (str or bytes) opens as an HTML page ("<!DOCTYPE html", "<html", "<head",
    "<body", after white space, a byte order mark or a comment), or as a fragment of one (a block
    element's start tag, "<p>", "<div", "<article" ..., whose end tag it holds), as the command
    tells a page."""
    data = _bytes(data)
    return bool(_c.precis_looks_like_html(data, len(data)))


def _looks_like_feed(data):
    """Whether data (str or bytes) opens as an RSS, Atom or JSON feed (precis_looks_like_feed)."""
    data = _bytes(data)
    return bool(_c.precis_looks_like_feed(data, len(data)))


def _read_page(data):
    """An HTML page's article text (bytes) and its title, language, address, site and date, as
    the command reads a page (precis_html_read)."""
    err = _error_slot()
    ptr = _c.precis_html_read(data, len(data), ctypes.byref(err))
    if not ptr:
        _raise(err)
    try:
        p = ptr.contents
        out = {name: getattr(p, name) for name in ("title", "site", "url", "date", "language")}
        out = {k: None if v is None else v.decode("utf-8") for k, v in out.items()}
        out["text"] = p.text or b""
        return out
    finally:
        _c.precis_page_free(ptr)


def feed_items(feed):
    """The items of an RSS, Atom, CDF or JSON feed (str or bytes): a list of dicts, each the
    object `precis extract -f json FEED` prints for the item ("title", "byline", "date",
    "language", "site_name" the feed's title, "url", "link", "id" and "text"; "input" None), read
    by the command's feed reader (precis_feed_parse). Summarise each item's text (with its title)
    as a document of its own: summarize() and Digest.add refuse a whole feed. Raises
    MalformedInputError for XML that is not a feed, or a feed that does not parse."""
    parse, to_json = _lib.optional("precis_feed_parse"), _lib.optional("precis_feed_item_to_json")
    if parse is None or to_json is None:
        raise NotImplementedError("this libprecis has no feed reader (precis_feed_parse)")
    data = _bytes(feed)
    feed_title = ctypes.c_void_p()
    err = _error_slot()
    items = parse(data, len(data), ctypes.byref(feed_title), ctypes.byref(err))
    if not items:
        _raise(err)
    try:
        title = ctypes.string_at(feed_title.value) if feed_title.value else None
        return [_json.loads(_lib.take_string(to_json(items.contents.pdata[i], None, title)))
                for i in range(items.contents.len)]
    finally:
        _lib.glib.g_free(feed_title.value)
        _lib.glib.g_ptr_array_unref(items)


def html_extract(html):
    """The article text and title of an HTML page (str or bytes): (text, title or None). A feed
    is refused (MalformedInputError): it is many documents, not a page."""
    data = _bytes(html)
    if _c.precis_looks_like_feed(data, len(data)):
        raise MalformedInputError("the text is an RSS, Atom or JSON feed, many documents, not a page",
                                  MalformedInputError.code)
    title = ctypes.c_void_p()
    err = _error_slot()
    ptr = _c.precis_html_extract(data, len(data), ctypes.byref(title), ctypes.byref(err))
    if not ptr:
        _raise(err)
    return _lib.take_string(ptr), _lib.take_string(title.value)


# ---- Digests --------------------------------------------------------------------------------

class DigestItem:
    """A story of a digest: headline, section (or None), summary (sentences) and articles (the
    indices, in the order added, of its articles, lead first)."""

    __slots__ = ("headline", "section", "summary", "articles")

    def __init__(self, c):
        self.headline = c.headline.decode("utf-8") if c.headline else None
        self.section = c.section.decode("utf-8") if c.section else None
        self.summary = _lib.strv(c.summary)
        self.articles = [c.articles[i] for i in range(c.n_articles)]

    def __repr__(self):
        return "DigestItem(headline=%r, articles=%r)" % (self.headline, self.articles)


class Digest:
    """A newsletter digest of many articles (PrecisDigest): add() them, then render().

    summarizer: a Summarizer (its language, ranker and length), or None for one built from
        **options; the digest uses it exclusively while it lives
    title, threshold (0 < t <= 1), order ("date" or "size"), sections ("none" or "source") as
    for `precis digest`; max_items an integer, N as `--max-items=N` (0, the default, the
    library's "all": the command's default when the option is left out); title a str that
    shows something besides white space, control and invisible characters ("", "\\v" or
    "\\u00a0" is refused, as the command refuses it: precis_digest_title_valid);
    languages: names or codes (["fr", "polish"], or a str "fr,de" as --languages), the only
    languages kept (add() then leaves an article in another out; n_left_out counts them)
    """

    def __init__(self, summarizer=None, title=None, threshold=None, order="date", sections="none",
                 max_items=0, languages=None, **options):
        self._ptr = None
        if summarizer is not None and options:
            raise TypeError("give either a summarizer or its options (%s), not both" % ", ".join(sorted(options)))
        self._summarizer = summarizer if summarizer is not None else Summarizer(**options)
        if order not in _lib.DIGEST_ORDERS:
            raise InvalidArgumentError("order must be \"date\" or \"size\"", InvalidArgumentError.code)
        if sections not in _lib.DIGEST_SECTIONS:
            raise InvalidArgumentError("sections must be \"none\" or \"source\"", InvalidArgumentError.code)
        if threshold is not None and not 0 < _fraction("threshold", threshold) <= 1:
            raise InvalidArgumentError("threshold must be in (0, 1]", InvalidArgumentError.code)
        max_items = _count("max_items", max_items, 0)
        title = _opt(title, "title")
        valid = _lib.optional("precis_digest_title_valid")  # the library's rule, as --title's
        if title is not None and not (valid(title) if valid is not None else title.strip()):
            raise InvalidArgumentError("title must not be empty or blank (leave it out for \"Digest\")",
                                       InvalidArgumentError.code)
        if isinstance(languages, str):
            languages = languages.split(",")
        if languages is not None:
            languages = [_opt(x, "languages[%d]" % i) for i, x in enumerate(languages)]
            if not languages or any(not x.strip() for x in languages):
                # as --languages=, --languages=fr,,de: a usage error, not a filter that keeps nothing
                raise InvalidArgumentError("languages must name a language in each item", InvalidArgumentError.code)
            languages = [x.strip() for x in languages]
        # the digest's calls share its summariser's lock: the C digest runs that summariser
        self._lock = self._summarizer._lock
        self._ptr = _c.precis_digest_new(self._summarizer._ptr)
        if languages is not None:
            array = (ctypes.c_char_p * (len(languages) + 1))(*languages, None)
            err = _error_slot()
            if not _c.precis_digest_set_languages(self._ptr, array, ctypes.byref(err)):
                _raise(err)
        if title is not None:
            _c.precis_digest_set_title(self._ptr, title)
        if threshold is not None:
            _c.precis_digest_set_threshold(self._ptr, float(threshold))
        _c.precis_digest_set_order(self._ptr, _lib.DIGEST_ORDERS[order])
        _c.precis_digest_set_sections(self._ptr, _lib.DIGEST_SECTIONS[sections])
        _c.precis_digest_set_max_items(self._ptr, int(max_items))

    def __del__(self):
        if getattr(self, "_ptr", None):
            _c.precis_digest_free(self._ptr)
            self._ptr = None

    def add(self, text, id=None, title=None, url=None, source=None, date=None):
        """Summarises an article and adds it, as `precis digest` adds a file or a record: an HTML
        page read as a page (its article; its title, address, site and date where they are not
        given; see Summarizer's input=), a title with markup read as its text. id: a str or an
        int (as a record's "id"). Raises precis.Error when it cannot be summarised: invalid UTF-8,
        binary, too large, neither text nor a title (InvalidArgumentError), white space only and
        no title (NoTextError, as `precis batch` fails such a record)."""
        if isinstance(id, numbers.Integral) and not isinstance(id, bool):
            id = str(int(id))
        id, url, source, date = (_opt(v, name) for v, name in ((id, "id"), (url, "url"), (source, "source"),
                                                                 (date, "date")))
        hint = None
        if text is None:
            data, title = None, title_text(title)
        else:
            data, title, hint, page, _ = self._summarizer._read(text, title)
            if page is not None:  # as `precis digest` takes a page's metadata
                url = url if url is not None else _opt(page["url"])
                source = source if source is not None else _opt(page["site"])
                date = date if date is not None else _opt(page["date"])
        title = None if title is None else _bytes(title)  # title_text() refused any other type
        article = _lib.Article(id, title, url, source, date, data, -1 if data is None else len(data))
        err = _error_slot()
        # (_with_hint holds the summariser's lock, which is this digest's too)
        ok = self._summarizer._with_hint(hint, _c.precis_digest_add, self._ptr, ctypes.byref(article),
                                         ctypes.byref(err))
        if not ok:
            _raise(err)

    @property
    def n_left_out(self):
        """How many articles add() left out for their language (see languages=)."""
        with self._lock:
            return _c.precis_digest_get_n_left_out(self._ptr)

    @property
    def n_duplicates(self):
        """How many articles add() left out as copies of one added before (the JSON's
        "n_duplicates")."""
        with self._lock:
            return _c.precis_digest_get_n_duplicates(self._ptr)

    def __len__(self):
        with self._lock:
            return _c.precis_digest_get_n_articles(self._ptr)

    @property
    def items(self):
        """The stories, grouped, summarised and ordered."""
        with self._lock:  # the items are built (grouped, summarised) on first use
            n = _c.precis_digest_get_n_items(self._ptr)
            return [DigestItem(_c.precis_digest_get_item(self._ptr, i).contents) for i in range(n)]

    def render(self, format="markdown"):
        """The digest as "markdown", "text", "html" or "json", as `precis digest -f` writes it."""
        kind = _format(format)
        with self._lock:
            return _lib.take_string(_c.precis_digest_render(self._ptr, kind))


# ---- ROUGE ----------------------------------------------------------------------------------

class RougeScore:
    """Precision, recall and F of one metric; for corpus scores p, r and f are the means over
    documents, p_ci, r_ci, f_ci the bootstrap confidence intervals ((low, high)) and p_mid, r_mid,
    f_mid the figure the reference scorer reports (rouge_score's mid, the median of the bootstrap
    means; ROUGE-1.5.5's Average), all None without a bootstrap."""

    __slots__ = ("p", "r", "f", "p_ci", "r_ci", "f_ci", "p_mid", "r_mid", "f_mid")

    def __init__(self, p, r, f, p_ci=None, r_ci=None, f_ci=None, p_mid=None, r_mid=None, f_mid=None):
        self.p, self.r, self.f = p, r, f
        self.p_ci, self.r_ci, self.f_ci = p_ci, r_ci, f_ci
        self.p_mid, self.r_mid, self.f_mid = p_mid, r_mid, f_mid

    def __repr__(self):
        return "RougeScore(p=%.5f, r=%.5f, f=%.5f)" % (self.p, self.r, self.f)


class RougeResult:
    """Corpus ROUGE: scores (metric name -> RougeScore, as `precis rouge --format=json`),
    documents (per document: (id, {metric: RougeScore})) and n_documents."""

    def __init__(self, scores, documents):
        self.scores = scores
        self.documents = documents
        self.n_documents = len(documents)

    def __getitem__(self, metric):
        return self.scores[metric]

    def __repr__(self):
        return "RougeResult(%s)" % ", ".join("%s=%.5f" % (m, s.f) for m, s in self.scores.items())


def rouge(candidates, references, compat="rouge-score", stem=False, metrics=None, alpha=None,
          bootstrap=1000, confidence=0.95, seed=0, ids=None):
    """Scores candidate summaries against references, as `precis rouge` does.

    candidates: a list of str; references: a list of the same length, each a str or a list of
    str (several references); a text's sentences are separated by "\\n". A list here is NOT what
    a JSON array is in the command's files: there an array is one text's sentences, and several
    references are a repeated id. Pass "\\n".join(sentences) for a text given as sentences;
    [r1, r2] scores against r1 and r2 as two references, as two lines with one id do. compat: "rouge-score"
    (Google's rouge_score 0.1.2) or "rouge155" (ROUGE-1.5.5). metrics: names (default: the
    flavour's defaults; rouge-score has no rougeW, rougeS or rougeSU: asking it for one is an
    InvalidArgumentError, as the command refuses it, not a column of zeros). alpha: F's weight
    (0..1, default 0.5), rouge155 only (rouge_score always reports F1: alpha with it is refused,
    but for 0.5, the default, which changes nothing).
    confidence: a fraction below 1 (0.95) or a percentage from 1 to below 100 (95), as the
    command's --confidence. ids: the documents' names (default: their numbers); with rouge155,
    whose bootstrap resamples documents in the sorted order of their ids as ROUGE-1.5.5 does,
    f_mid and the intervals are the command's only with its ids (f, the mean, is either way). A str where a list
    is wanted is a TypeError (it is not read as a list of characters); no document at all is
    an InvalidArgumentError, as `precis rouge` refuses it.
    """
    if compat not in _lib.ROUGE_COMPAT:
        raise InvalidArgumentError("compat must be \"rouge-score\" or \"rouge155\"", InvalidArgumentError.code)
    # a str is a sequence of characters: list("the cat") would score letters, silently
    for name, value in (("candidates", candidates), ("references", references)):
        if isinstance(value, (str, bytes)):
            raise TypeError("%s must be a list of str, not a %s (write [text])" % (name, type(value).__name__))
    candidates = list(candidates)
    references = list(references)
    if len(candidates) != len(references):
        raise ValueError("candidates and references differ in length")
    if not candidates:
        # as `precis rouge` refuses it: a table of zeros would read as a result
        raise InvalidArgumentError("no document to score: candidates and references are empty",
                                   InvalidArgumentError.code)
    for i, (cand, refs) in enumerate(zip(candidates, references)):
        if not isinstance(cand, (str, bytes)):
            raise TypeError("candidates[%d] must be a str, not a %s" % (i, type(cand).__name__))
        if not isinstance(refs, (str, bytes)) and (
                not isinstance(refs, (list, tuple)) or not all(isinstance(r, (str, bytes)) for r in refs)):
            raise TypeError("references[%d] must be a str or a list of str" % i)
    bootstrap = _count("bootstrap", bootstrap, 0)
    seed = _count("seed", seed, 0, 2**32 - 1)  # numpy.random.seed's range, as the command's --seed
    flavour = _lib.ROUGE_COMPAT[compat]
    # checked as `precis rouge` checks --metrics, --alpha and --confidence
    mask = 0
    if metrics is not None:
        if isinstance(metrics, (str, bytes)):
            raise TypeError("metrics must be a list of str, not a %s (write [name])" % type(metrics).__name__)
        for m in metrics:
            mask |= 1 << _parse(_c.precis_rouge_metric_from_name, "metric", m)
        if not mask:
            raise InvalidArgumentError("metrics names no metric", InvalidArgumentError.code)
        missing = ctypes.c_int()
        allowed = _lib.optional("precis_rouge_metrics_allowed")
        if allowed is not None:
            refused = not allowed(flavour, mask, ctypes.byref(missing))
        else:  # a library from before it: rouge_score's own metrics are its defaults
            lacking = [m for m in range(_lib.ROUGE_N_METRICS)
                       if mask & (1 << m) and not _c.precis_rouge_default_metrics(flavour) & (1 << m)]
            refused = flavour == _lib.ROUGE_COMPAT["rouge-score"] and bool(lacking)
            missing.value = lacking[0] if refused else 0
        if refused:
            raise InvalidArgumentError("compat=\"rouge-score\" has no %s (rouge_score computes rouge1..rouge4, "
                                       "rougeL and rougeLsum; compat=\"rouge155\" has it)"
                                       % _c.precis_rouge_metric_name(missing.value).decode(),
                                       InvalidArgumentError.code)
    # 0.5, the default (and before the refusal, the value spelled out), changes nothing: accepted
    if alpha is not None and flavour == _lib.ROUGE_COMPAT["rouge-score"] and \
            (isinstance(alpha, bool) or not isinstance(alpha, numbers.Real) or alpha != 0.5):
        raise InvalidArgumentError("alpha applies to compat=\"rouge155\" only (rouge_score always reports F1)",
                                   InvalidArgumentError.code)
    alpha = 0.5 if alpha is None else _fraction("alpha", alpha)
    if not 0 <= alpha <= 1:
        raise InvalidArgumentError("alpha must be between 0 and 1", InvalidArgumentError.code)
    confidence = _fraction("confidence", confidence)
    if 1 <= confidence < 100:  # a percentage, as ROUGE-1.5.5's -c 95: 1 is 1 %
        # 99.9 / 100 is 0.9990000000000001: read back at 15 digits, 0.999, as the command does
        confidence = float("%.15g" % (confidence / 100))
    if not 0 < confidence < 1:
        raise InvalidArgumentError("confidence must be a fraction between 0 and 1 (0.95) or a percentage below "
                                   "100 (95)", InvalidArgumentError.code)
    ptr = _c.precis_rouge_new(flavour, bool(stem))
    try:
        if mask:
            _c.precis_rouge_set_metrics(ptr, mask)
        _c.precis_rouge_set_alpha(ptr, float(alpha))
        mask = _c.precis_rouge_get_metrics(ptr)
        names = [(m, _c.precis_rouge_metric_name(m).decode()) for m in range(_lib.ROUGE_N_METRICS)
                 if mask & (1 << m)]
        for i, (cand, refs) in enumerate(zip(candidates, references)):
            if isinstance(refs, (str, bytes)):
                refs = [refs]
            refs = [_bytes(r) for r in refs]
            array = (ctypes.c_char_p * max(1, len(refs)))(*refs)
            doc_id = None if ids is None else str(ids[i]).encode("utf-8")
            _c.precis_rouge_add(ptr, doc_id, _bytes(cand), array, len(refs), None)
        n = _c.precis_rouge_get_n_documents(ptr)
        documents = []
        for i in range(n):
            name = ctypes.c_char_p()
            s = _c.precis_rouge_get_document_scores(ptr, i, ctypes.byref(name))
            documents.append((name.value.decode("utf-8") if name.value else str(i),
                              {metric: RougeScore(s[m].p, s[m].r, s[m].f) for m, metric in names}))
        agg = (_lib.RougeAggregate * _lib.ROUGE_N_METRICS)()
        _c.precis_rouge_aggregate(ptr, int(bootstrap), float(confidence), int(seed), agg)
        scores = {}
        for m, metric in names:
            a = agg[m]
            ci = a.has_ci
            scores[metric] = RougeScore(a.mean.p, a.mean.r, a.mean.f,
                                        (a.low.p, a.high.p) if ci else None,
                                        (a.low.r, a.high.r) if ci else None,
                                        (a.low.f, a.high.f) if ci else None,
                                        a.mid.p if ci else None, a.mid.r if ci else None,
                                        a.mid.f if ci else None)
        return RougeResult(scores, documents)
    finally:
        _c.precis_rouge_free(ptr)
