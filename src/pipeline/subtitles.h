/* subtitles.h - SubRip (.srt) and WebVTT subtitles read as running text (pipeline/subtitles.c). */
#pragma once

#include <glib.h>

/* When @text (@len bytes of valid UTF-8) is a subtitle file, its cue text as running text
 * (NUL-terminated, its length in *@out_len; free with g_free()), else NULL. A subtitle file
 * opens (after a byte-order mark and blank lines) with "WEBVTT", or with a cue number line and
 * a timing line ("00:00:01,000 --> 00:00:04,000"). Cue numbers and identifiers, timing lines,
 * NOTE, STYLE and REGION blocks and markup (<i>, <v Name>, {\an8}) are dropped; a cue's lines
 * and the cues of one sentence are joined by spaces, and a line break follows a cue that ends
 * a sentence. O(len). */
gchar *precis_subtitles_to_text (const gchar *text, gsize len, gsize *out_len);
