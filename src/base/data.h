/* data.h - the data files compiled into the library (base/data.c). */
#pragma once

#include <glib.h>

/* The bytes of a compiled-in data file ("stopwords/english.txt"), or NULL if absent. The caller
 * frees the result with g_bytes_unref(). */
GBytes *precis_data_lookup (const gchar *path);

/* The lines of a compiled-in data file, NULL-terminated (without their "\n"), or NULL if it is
 * absent. The caller frees the result with g_strfreev(). */
gchar **precis_data_lines (const gchar *path);
