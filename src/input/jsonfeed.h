/* jsonfeed.h - JSON Feed in (input/jsonfeed.c), for the feed reader. */
#pragma once

#include "precis.h"

/* Whether @n bytes look like a JSON Feed: after a byte-order mark and white space they open
 * with "{" and name a version "https://jsonfeed.org/version/..." (1 or 1.1). O(n). */
gboolean precis_jsonfeed_detect (const gchar *data, gsize n);

/* The items of the JSON Feed in @n bytes, as precis_feed_parse() returns those of an XML feed
 * (with @feed_title, the top-level "title"); NULL with PRECIS_ERROR_MALFORMED when the bytes
 * are not JSON or not a JSON Feed (json-glib's line and reason in the message). */
GPtrArray *precis_jsonfeed_parse (const gchar *data, gsize n, gchar **feed_title, GError **error);
