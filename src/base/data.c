/* data.c - the data files compiled into the library (stopword, abbreviation and furniture
 * lists, the ROUGE exceptions), read from a GResource under /precis/.
 */
#include "config.h"

#include <gio/gio.h>

#include "base/data.h"
#include "precis-resources.h"

GBytes *
precis_data_lookup (const gchar *path)
{
  g_autofree gchar *full = g_strconcat ("/precis/", path, NULL);
  return g_resource_lookup_data (precis_get_resource (), full, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
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
