/* data.h - the data files compiled into the library (base/data.c). */
#pragma once

#include <glib.h>

/* The bytes of a compiled-in data file ("stopwords/english.txt"), or NULL if absent. The caller
 * frees the result with g_bytes_unref(). */
GBytes *precis_data_lookup (const gchar *path);

/* The lines of a compiled-in data file, NULL-terminated (without their "\n"), or NULL if it is
 * absent. The caller frees the result with g_strfreev(). */
gchar **precis_data_lines (const gchar *path);

/* Called by precis_data_sections() for each "[section]" heading of a data file (@line NULL) and
 * for each line under it (stripped; never blank or a "#" comment). Lines before the first heading
 * come with @section NULL. */
typedef void (*PrecisDataLineFunc) (const gchar *section, gchar *line, gpointer user_data);

/* Reads a compiled-in data file laid out in "[section]" headings, calling @each as above; nothing
 * if the file is absent. */
void precis_data_sections (const gchar *path, PrecisDataLineFunc each, gpointer user_data);
