/* html.h - what the page reader offers the feed reader (input/html.c). */
#pragma once

#include "precis.h"

/* The text of an HTML fragment (a feed item's content) as a whole: every block a paragraph,
 * only scripts, styles, embedded objects, hidden elements, boxes named as furniture and the
 * captions of figures left out (no content finding: a feed item is all article); when that
 * leaves nothing, the boxes and captions too are read. "" when there is none. Free with
 * g_free(). */
gchar *precis_html_fragment_text (const gchar *html, gssize len);
