/* date.h - dates of feeds, pages and news data (input/date.c). */
#pragma once

#include <glib.h>

/* Unix seconds (UTC) of a date as feeds and news data write it: RFC 3339 / ISO 8601, RFC 822
 * (RSS), or a day without a time ("2017-08-03", "3 Aug 2017", "August 3, 2017"), read as
 * midnight UTC; the forms news data writes besides ("Monday 30 November 2026 10:15 GMT", "Nov.
 * 29, 2026", "30.11.2026") and a bare whole number as Unix time ("1764460800"): pass a field that
 * holds a date only, never running text. G_MININT64 when @date is NULL or cannot be read. */
gint64 precis_date_parse (const gchar *date);
