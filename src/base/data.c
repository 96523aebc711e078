/* data.c - the data files compiled into the library (stopword, abbreviation and furniture
 * lists, the ROUGE exceptions), read from a GResource under /precis/.
 */
#include "config.h"

#include <gio/gio.h>

#include "base/data.h"
#include "precis-resources.h"

/* The library's resource, made ready once for all threads: GLib registers a static resource
 * lazily on first use, and two threads whose first look-ups race (summarisers created in
 * `precis batch`'s worker threads, each reading its language's stopwords) crashed inside
 * g_resource_lookup_data (). */
static GResource *
resource (void)
{
  static GResource *ready;
  static gsize once;
  if (g_once_init_enter (&once))
    {
      GResource *r = precis_get_resource ();
      g_autoptr (GBytes) probe
          = g_resource_lookup_data (r, "/precis/stopwords/english.txt", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      ready = r;
      g_once_init_leave (&once, 1);
    }
  return ready;
}

GBytes *
precis_data_lookup (const gchar *path)
{
  g_autofree gchar *full = g_strconcat ("/precis/", path, NULL);
  return g_resource_lookup_data (resource (), full, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

gchar **
precis_data_lines (const gchar *path)
{
  g_autoptr (GBytes) data = precis_data_lookup (path);
  if (data == NULL)
    return NULL;
  gsize len = 0;
  const gchar *bytes = g_bytes_get_data (data, &len);
  g_autofree gchar *copy = g_strndup (bytes, len);
  return g_strsplit (copy, "\n", -1);
}

void
precis_data_sections (const gchar *path, PrecisDataLineFunc each, gpointer user_data)
{
  g_auto (GStrv) lines = precis_data_lines (path);
  g_autofree gchar *section = NULL;
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      gchar *line = g_strstrip (lines[i]);
      gsize n = strlen (line);
      if (n == 0 || line[0] == '#')
        continue;
      if (line[0] == '[' && line[n - 1] == ']')
        {
          g_free (section);
          section = g_strndup (line + 1, n - 2);
          each (section, NULL, user_data);
        }
      else
        each (section, line, user_data);
    }
}
