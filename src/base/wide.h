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

/* The test precis_text_to_utf8() makes of text without a byte-order mark (UTF-16 when every code
 * unit of the first 256 bytes is one ASCII character beside a zero byte, nine in ten, the zero
 * bytes on one side), loose, for an error message: the NUL bytes of the first 256 bytes all on one
 * side of the code units, in one unit in ten or more (two at least: the spaces and stops of
 * UTF-16 in a script other than Latin, which fails the strict test: its letters' both bytes
 * are set). */
const gchar *precis_wide_suspect (const gchar *data, gsize len);
