/* wide.h - text saved as UTF-16 or UTF-32, told and made UTF-8: one reader for the command's
 * texts and pages, the Python binding's bytes (precis_text_to_utf8, include/precis.h) and the
 * summariser's refusal of binary data (which names UTF-16 when it sees it).
 */
#pragma once

#include <glib.h>

/* The encoding that a byte-order mark at the start of the @len bytes at @data names
 * ("UTF-32LE", "UTF-32BE", "UTF-16LE", "UTF-16BE"; UTF-32LE's mark, which opens with
 * UTF-16LE's, tried first), with the mark's length in @mark_len; else NULL. */
const gchar *precis_wide_marked (const gchar *data, gsize len, gsize *mark_len);

/* "UTF-16LE" or "UTF-16BE" when the @len bytes at @data, without a byte-order mark, are
 * clearly UTF-16: over their first 256 bytes (at least 4), every code unit is one ASCII
 * character other than NUL with a zero byte beside it, nine in ten at least, and the zero
 * bytes are all on the same side; else NULL. No UTF-8 text has NUL bytes: valid text is never
 * taken for it. */
const gchar *precis_wide_unmarked (const gchar *data, gsize len);

/* The same test, loose, for an error message: the NUL bytes of the first 256 bytes all on one
 * side of the code units, in one unit in ten or more (two at least: the spaces and stops of
 * UTF-16 in a script other than Latin, which fails the strict test: its letters' both bytes
 * are set). */
const gchar *precis_wide_suspect (const gchar *data, gsize len);
