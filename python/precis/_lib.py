"""_lib.py - finds libprecis and declares its C functions for ctypes (no compiler needed).

The library is looked for, in order: $PRECIS_LIBRARY (a path to the .so); a copy beside this
package; the build tree of the source checkout this package sits in (build/src/, or
$PRECIS_BUILD_DIR/src); pkg-config's libdir for "precis"; the system's library path (ldconfig).
Every function is called through ctypes.CDLL, which releases the GIL for the duration of the
call, so threads that each own a summariser run in parallel.
"""

import ctypes
import ctypes.util
import os
import subprocess

SONAME = "libprecis.so.0"


def _candidates():
    env = os.environ.get("PRECIS_LIBRARY")
    if env:
        yield env
        return
    here = os.path.dirname(os.path.abspath(__file__))
    yield os.path.join(here, SONAME)
    build = os.environ.get("PRECIS_BUILD_DIR")
    if build:
        yield os.path.join(build, "src", SONAME)
    # python/precis/_lib.py -> the checkout's build/src/ (only in a checkout: installed, the
    # package sits in site-packages, whose parent has no build/)
    checkout = os.path.dirname(os.path.dirname(here))
    if os.path.exists(os.path.join(checkout, "meson.build")):
        yield os.path.join(checkout, "build", "src", SONAME)
    try:
        libdir = subprocess.run(["pkg-config", "--variable=libdir", "precis"], capture_output=True,
                                text=True, check=False).stdout.strip()
        if libdir:
            yield os.path.join(libdir, SONAME)
    except OSError:
        pass
    found = ctypes.util.find_library("precis")
    if found:
        yield found
    yield SONAME


def _load():
    tried = []
    for path in _candidates():
        if os.sep in path and not os.path.exists(path):
            tried.append(path)
            continue
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
    raise ImportError("precis: cannot find libprecis (set PRECIS_LIBRARY to the .so's path, or "
                      "PRECIS_BUILD_DIR to the meson build directory it was built in, or install it); "
                      "tried: " + "; ".join(tried))


lib, path = _load()
glib = ctypes.CDLL("libglib-2.0.so.0")

c_char_p = ctypes.c_char_p
c_void_p = ctypes.c_void_p
c_int = ctypes.c_int
c_uint = ctypes.c_uint
c_size_t = ctypes.c_size_t
c_ssize_t = ctypes.c_ssize_t
c_double = ctypes.c_double
POINTER = ctypes.POINTER


class GError(ctypes.Structure):
    _fields_ = [("domain", ctypes.c_uint32), ("code", c_int), ("message", c_char_p)]


class Sentence(ctypes.Structure):
    _fields_ = [("index", c_uint), ("offset", c_size_t), ("length", c_size_t), ("score", c_double),
                ("text", c_char_p), ("chosen", c_int), ("furniture", c_int), ("repeat", c_int)]


class RougeScore(ctypes.Structure):
    _fields_ = [("p", c_double), ("r", c_double), ("f", c_double)]


class RougeAggregate(ctypes.Structure):
    _fields_ = [("mean", RougeScore), ("low", RougeScore), ("high", RougeScore), ("mid", RougeScore),
                ("has_ci", c_int)]


class Article(ctypes.Structure):
    _fields_ = [("id", c_char_p), ("title", c_char_p), ("url", c_char_p), ("source", c_char_p),
                ("date", c_char_p), ("text", c_char_p), ("len", c_ssize_t)]


class Page(ctypes.Structure):
    _fields_ = [("text", c_char_p), ("title", c_char_p), ("site", c_char_p), ("url", c_char_p),
                ("date", c_char_p), ("byline", c_char_p), ("language", c_char_p)]


class DigestItem(ctypes.Structure):
    _fields_ = [("headline", c_char_p), ("section", c_char_p), ("summary", POINTER(c_char_p)),
                ("articles", POINTER(c_uint)), ("n_articles", c_uint)]


ERROR_P = POINTER(POINTER(GError))


class PtrArray(ctypes.Structure):
    """glib's GPtrArray: its pointers and their count."""
    _fields_ = [("pdata", POINTER(c_void_p)), ("len", ctypes.c_uint)]

# name: (restype, argtypes); every one of these is in include/precis.h.
_FUNCTIONS = {
    "precis_error_quark": (ctypes.c_uint32, []),
    "precis_version": (c_char_p, []),
    "precis_languages": (POINTER(c_char_p), []),
    "precis_language_canonical": (c_char_p, [c_char_p]),
    "precis_language_code": (c_char_p, [c_char_p]),
    "precis_rankers": (POINTER(c_char_p), []),
    "precis_ranker_from_name": (c_int, [c_char_p, POINTER(c_int)]),
    "precis_ranker_name": (c_char_p, [c_int]),
    "precis_format_from_name": (c_int, [c_char_p, POINTER(c_int)]),
    "precis_clean_from_name": (c_int, [c_char_p, POINTER(c_int)]),
    "precis_summarizer_new": (c_void_p, [c_char_p, ERROR_P]),
    "precis_summarizer_free": (None, [c_void_p]),
    "precis_summarizer_get_language": (c_char_p, [c_void_p]),
    "precis_summarizer_load_stopwords": (c_int, [c_void_p, c_char_p, c_ssize_t, c_int, ERROR_P]),
    "precis_summarizer_set_sentences": (None, [c_void_p, c_uint]),
    "precis_summarizer_set_ratio": (None, [c_void_p, c_double]),
    "precis_summarizer_set_words": (None, [c_void_p, c_uint]),
    "precis_summarizer_set_ranker": (None, [c_void_p, c_int]),
    "precis_summarizer_set_lossy": (None, [c_void_p, c_int]),
    "precis_summarizer_set_clean": (None, [c_void_p, c_int]),
    "precis_summarizer_set_max_input": (None, [c_void_p, c_size_t]),
    "precis_summarizer_run": (c_void_p, [c_void_p, c_char_p, c_ssize_t, ERROR_P]),
    "precis_summarizer_segment": (c_void_p, [c_void_p, c_char_p, c_ssize_t, ERROR_P]),
    "precis_summary_free": (None, [c_void_p]),
    "precis_title_text": (c_void_p, [c_char_p]),
    "precis_summary_get_headline": (c_char_p, [c_void_p]),
    "precis_summary_get_title": (c_char_p, [c_void_p]),
    "precis_summary_get_language": (c_char_p, [c_void_p]),
    "precis_summary_get_language_confidence": (c_double, [c_void_p]),
    "precis_summary_get_stemmed": (c_int, [c_void_p]),
    "precis_summary_get_headline_source": (c_int, [c_void_p]),
    "precis_summarizer_set_language_hint": (None, [c_void_p, c_char_p]),
    "precis_looks_like_html": (c_int, [c_char_p, c_ssize_t]),
    "precis_looks_like_feed": (c_int, [c_char_p, c_ssize_t]),
    "precis_html_read": (POINTER(Page), [c_char_p, c_ssize_t, ERROR_P]),
    "precis_page_free": (None, [POINTER(Page)]),
    "precis_summary_get_n_document_sentences": (c_uint, [c_void_p]),
    "precis_summary_get_n_sentences": (c_uint, [c_void_p]),
    "precis_summary_get_sentence": (POINTER(Sentence), [c_void_p, c_uint]),
    "precis_summary_get_document_sentence": (POINTER(Sentence), [c_void_p, c_uint]),
    "precis_summary_get_keywords": (POINTER(c_char_p), [c_void_p]),
    "precis_summary_render": (c_void_p, [c_void_p, c_int, c_int]),
    "precis_summary_render_sentences": (c_void_p, [c_void_p, c_int]),
    "precis_rouge_metric_name": (c_char_p, [c_int]),
    "precis_rouge_metric_from_name": (c_int, [c_char_p, POINTER(c_int)]),
    "precis_rouge_default_metrics": (c_uint, [c_int]),
    "precis_rouge_new": (c_void_p, [c_int, c_int]),
    "precis_rouge_free": (None, [c_void_p]),
    "precis_rouge_set_metrics": (None, [c_void_p, c_uint]),
    "precis_rouge_get_metrics": (c_uint, [c_void_p]),
    "precis_rouge_set_alpha": (None, [c_void_p, c_double]),
    "precis_rouge_add": (None, [c_void_p, c_char_p, c_char_p, POINTER(c_char_p), c_uint, POINTER(RougeScore)]),
    "precis_rouge_get_n_documents": (c_uint, [c_void_p]),
    "precis_rouge_get_document_scores": (POINTER(RougeScore), [c_void_p, c_uint, POINTER(c_char_p)]),
    "precis_rouge_aggregate": (None, [c_void_p, c_uint, c_double, ctypes.c_uint64, POINTER(RougeAggregate)]),
    "precis_html_extract": (c_void_p, [c_char_p, c_ssize_t, POINTER(c_void_p), ERROR_P]),
    "precis_digest_new": (c_void_p, [c_void_p]),
    "precis_digest_free": (None, [c_void_p]),
    "precis_digest_set_title": (None, [c_void_p, c_char_p]),
    "precis_digest_set_threshold": (None, [c_void_p, c_double]),
    "precis_digest_set_order": (None, [c_void_p, c_int]),
    "precis_digest_set_sections": (None, [c_void_p, c_int]),
    "precis_digest_set_max_items": (None, [c_void_p, c_uint]),
    "precis_digest_set_languages": (c_int, [c_void_p, POINTER(c_char_p), ERROR_P]),
    "precis_digest_get_n_left_out": (c_uint, [c_void_p]),
    "precis_digest_get_n_duplicates": (c_uint, [c_void_p]),
    "precis_digest_add": (c_int, [c_void_p, POINTER(Article), ERROR_P]),
    "precis_digest_get_n_articles": (c_uint, [c_void_p]),
    "precis_digest_get_n_items": (c_uint, [c_void_p]),
    "precis_digest_get_item": (POINTER(DigestItem), [c_void_p, c_uint]),
    "precis_digest_render": (c_void_p, [c_void_p, c_int]),
}

# name: (restype, argtypes) of the functions a library built from an older precis.h may lack;
# declared here when present, so that optional() hands them out ready to call.
_OPTIONAL = {
    "precis_feed_parse": (POINTER(PtrArray), [c_char_p, c_ssize_t, POINTER(c_void_p), ERROR_P]),
    "precis_feed_item_to_json": (c_void_p, [c_void_p, c_char_p, c_char_p]),
    "precis_summarizer_run_with_title": (c_void_p, [c_void_p, c_char_p, c_ssize_t, c_char_p, ERROR_P]),
    "precis_summarizer_run_take": (c_void_p, [c_void_p, c_void_p, c_size_t, c_void_p, c_char_p, ERROR_P]),
    "precis_summarizer_segment_take": (c_void_p, [c_void_p, c_void_p, c_size_t, c_void_p, ERROR_P]),
    "precis_headline_mode_from_name": (c_int, [c_char_p, POINTER(c_int)]),
    "precis_summarizer_set_headline": (None, [c_void_p, c_int]),
    "precis_summarizer_set_headline_mode": (None, [c_void_p, c_int]),
    "precis_digest_title_valid": (c_int, [c_char_p]),
    "precis_text_to_utf8": (c_void_p, [c_char_p, c_ssize_t, POINTER(c_size_t), ERROR_P]),
    "precis_subtitles_to_text": (c_void_p, [c_char_p, c_ssize_t, POINTER(c_size_t)]),
    "precis_rouge_metrics_allowed": (c_int, [c_int, c_uint, POINTER(c_int)]),
}

for _table, _required in ((_FUNCTIONS, True), (_OPTIONAL, False)):
    for _name, (_res, _args) in _table.items():
        _f = getattr(lib, _name) if _required else getattr(lib, _name, None)
        if _f is not None:
            _f.restype = _res
            _f.argtypes = _args

glib.g_free.restype = None
glib.g_free.argtypes = [c_void_p]
glib.g_error_free.restype = None
glib.g_error_free.argtypes = [POINTER(GError)]
glib.g_ptr_array_unref.restype = None
glib.g_ptr_array_unref.argtypes = [c_void_p]

PRECIS_ERROR = lib.precis_error_quark()

# PRECIS_RENDER_EXPLAIN; the PrecisDigestOrder and PrecisDigestSections values (precis.h has no
# parsers for these).
RENDER_EXPLAIN = 1
DIGEST_ORDERS = {"date": 0, "size": 1}
DIGEST_SECTIONS = {"none": 0, "source": 1}
ROUGE_COMPAT = {"rouge-score": 0, "rouge_score": 0, "rouge155": 1}
ROUGE_N_METRICS = 9


def optional(name):
    """A library function of _OPTIONAL, declared, or None when this version lacks it."""
    assert name in _OPTIONAL, name
    return getattr(lib, name, None)


def take_string(ptr):
    """Copies a newly allocated C string into a Python str and frees it with g_free."""
    if not ptr:
        return None
    try:
        return ctypes.string_at(ptr).decode("utf-8")
    finally:
        glib.g_free(ptr)


def strv(ptr):
    """A NULL-terminated, borrowed array of C strings as a list of str."""
    out = []
    if not ptr:
        return out
    i = 0
    while ptr[i] is not None:
        out.append(ptr[i].decode("utf-8"))
        i += 1
    return out
