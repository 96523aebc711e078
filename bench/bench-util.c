/* bench-util.c - shared loading and timing helpers for the benchmarks; see bench-util.h. */
#include "bench-util.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>

const gchar *const bench_news_sets[] = { "bbc_news_summary", "inshorts_news_summary", "frank_cnndm", NULL };

gchar *
bench_data_dir (const gchar *option)
{
  if (option != NULL)
    return g_strdup (option);
  const gchar *env = g_getenv ("PRECIS_SHARED_DATA");
  return g_strdup (env != NULL ? env : "../shared/data");
}

gboolean
bench_load_news (const gchar *data, const gchar *set, guint limit, GPtrArray *texts, GPtrArray *summaries)
{
  g_autofree gchar *path = g_build_filename (data, "news", set, "dev.jsonl", NULL);
  g_autofree gchar *contents = NULL;
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;
  g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
  guint loaded = 0;
  for (guint i = 0; lines[i] != NULL && (limit == 0 || loaded < limit); i++)
    {
      if (lines[i][0] == '\0')
        continue;
      g_autoptr (JsonParser) p = json_parser_new ();
      if (!json_parser_load_from_data (p, lines[i], -1, NULL)
          || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (p)))
        continue;
      JsonObject *o = json_node_get_object (json_parser_get_root (p));
      const gchar *text = json_object_get_string_member_with_default (o, "text", NULL);
      if (text == NULL)
        continue;
      g_ptr_array_add (texts, g_strdup (text));
      if (summaries != NULL)
        g_ptr_array_add (summaries, g_strdup (json_object_get_string_member_with_default (o, "summary", "")));
      loaded++;
    }
  return TRUE;
}

static int
compare_double (const void *a, const void *b)
{
  gdouble x = *(const gdouble *)a, y = *(const gdouble *)b;
  return (x > y) - (x < y);
}

gdouble
bench_sort_median (gdouble *v, guint n)
{
  qsort (v, n, sizeof (gdouble), compare_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
