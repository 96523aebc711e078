/* markup.h - what the page and feed readers share (input/markup.c). */
#pragma once

#include "precis.h"

/* Whether @data, after its preamble (a byte-order mark, white space, comments, processing
 * instructions), opens with one of @names ("<html", ...; any case) followed by white space or
 * ">". */
gboolean precis_markup_opens_with (const gchar *data, gssize len, const gchar *const *names, gsize n_names);

/* Checks @n bytes of markup before parsing (at most 2 GiB, no NUL byte; errors name the
 * input as "the @what") and initialises libxml2 once for all threads. */
gboolean precis_markup_prepare (const gchar *data, gsize n, const gchar *what, GError **error);

/* Whether @n bytes are valid UTF-8, as g_utf8_validate() answers (a NUL byte is not), read
 * eight ASCII bytes at a time: pages are mostly ASCII markup. */
gboolean precis_markup_is_utf8 (const gchar *data, gsize n);

/* Appends @text to @out with every run of white space (Unicode's, including no-break spaces)
 * made one space, C1 controls read as the windows-1252 characters they stand for ("&#146;" is
 * U+2019, as the HTML standard and feedparser read it; UTF-8's bytes written one a character,
 * "&#226;&#128;&#166;", read as the character they encode, as feedparser does) and other
 * control characters dropped; no space at the start of @out. Returns the bytes appended. */
gsize precis_markup_append_collapsed (GString *out, const gchar *text);

/* @text with white space collapsed and trimmed and control characters dropped, or NULL when
 * that leaves nothing (or @text is NULL). Free with g_free(). */
gchar *precis_markup_collapse_line (const gchar *text);

/* Whether a title is a tool's default that names nothing ("Untitled", "Untitled document",
 * "No title", "(untitled)", "Sans titre"), in any case, with a closing "!" or "." and
 * surrounding brackets or white space. */
gboolean precis_markup_is_default_title (const gchar *line);

/* The name of @data's first element ("rss", "atom:feed"), after its preamble and any
 * <!DOCTYPE> declaration; NULL when it does not open with an element. Free with g_free(). */
gchar *precis_markup_root_name (const gchar *data, gssize len);

/* The encoding of @n bytes that are not UTF-8 and declare none, as uchardet guesses it, when
 * that is one of a script it tells apart well (Chinese, Japanese, Korean, Cyrillic, Greek,
 * Hebrew, Thai, Arabic: "SHIFT_JIS", "KOI8-R", ...); NULL otherwise (then windows-1252 is the
 * reading, as browsers read such bytes). A static string. */
const gchar *precis_markup_guess_encoding (const gchar *data, gsize n);

/* @n bytes of an XML document as UTF-8, or NULL when they already are UTF-8 (nothing to do)
 * or cannot be converted (then with @error set). UTF-16 and UTF-32 are told by their
 * byte-order mark or by how "<?xml" is written; other bytes are read in the encoding the XML
 * declaration names, Latin-1 and ASCII (and an unknown name) as windows-1252, as browsers and
 * feedparser read them; with no declaration, in the encoding precis_markup_guess_encoding()
 * guesses, else windows-1252. The declaration of the result names UTF-8. Free with g_free(). */
gchar *precis_markup_to_utf8 (const gchar *data, gsize n, GError **error);

/* Bytes given to libxml2 a block at a time (its read callback, precis_markup_reader_read(),
 * with xmlCtxtReadIO() or htmlCtxtReadIO()), from @pos on, without the byte ranges @cuts
 * (sorted, apart; none when @n_cuts is 0). Given so rather than as one buffer, libxml2 does not
 * copy the whole document twice over (into its input buffer, then through its UTF-8
 * "conversion"): it holds a block or two at a time. */
typedef struct
{
  gsize start, end;
} PrecisMarkupCut;

typedef struct
{
  const gchar *data;
  gsize n, pos;
  const PrecisMarkupCut *cuts;
  guint n_cuts, next;
} PrecisMarkupReader;

/* libxml2's read callback over a PrecisMarkupReader: as many of the next bytes as it asks for
 * (fewer only at the end), so that it is given the bytes in the same blocks as it would read
 * them from a copy without the cuts; 0 at the end. */
int precis_markup_reader_read (void *data, char *buf, int len);
