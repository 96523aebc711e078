/* segment-speed.c - how fast the sentence segmenter runs (a benchmark, not a test).
 *
 *   precis-bench-segment [--data DIR] [--runs N]
 *
 * Splits every article of the shared news sets (English segmenter, 9 MB) once per run, on one
 * thread, and reports the median MB/s. Loading is not timed. */
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "precis-private.h"

static int
compare_double (const void *a, const void *b)
{
  gdouble x = *(const gdouble *)a, y = *(const gdouble *)b;
  return (x > y) - (x < y);
}

int
main (int argc, char **argv)
{
  gchar *data = NULL;
  gint runs = 7;
  GOptionEntry entries[] = {
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data, "Shared data directory", "DIR" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs (default 7)", "N" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- speed of the sentence segmenter");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, NULL) || runs < 1)
    return 2;
  if (data == NULL)
    data = g_strdup (g_getenv ("PRECIS_SHARED_DATA") ? g_getenv ("PRECIS_SHARED_DATA") : "../shared/data");
  static const gchar *const sets[] = { "bbc_news_summary", "inshorts_news_summary", "frank_cnndm" };
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  gsize total = 0;
  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    {
      g_autofree gchar *path = g_build_filename (data, "news", sets[s], "dev.jsonl", NULL);
      g_autofree gchar *contents = NULL;
      if (!g_file_get_contents (path, &contents, NULL, NULL))
        continue;
      g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autoptr (JsonParser) p = json_parser_new ();
          if (lines[i][0] == '\0' || !json_parser_load_from_data (p, lines[i], -1, NULL))
            continue;
          const gchar *text
              = json_object_get_string_member (json_node_get_object (json_parser_get_root (p)), "text");
          g_ptr_array_add (texts, g_strdup (text));
          total += strlen (text);
        }
    }
  if (texts->len == 0)
    {
      fprintf (stderr, "precis-bench-segment: no articles under %s/news\n", data);
      return 1;
    }
  PrecisSegmenter *seg = precis_segmenter_new (precis_language_lookup ("english"));
  gdouble *secs = g_new (gdouble, runs);
  guint64 n_sentences = 0;
  for (gint r = 0; r < runs; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      n_sentences = 0;
      for (guint i = 0; i < texts->len; i++)
        {
          const gchar *t = texts->pdata[i];
          GArray *spans = precis_segmenter_split (seg, t, 0, strlen (t));
          n_sentences += spans->len;
          g_array_unref (spans);
        }
      secs[r] = (g_get_monotonic_time () - t0) / 1e6;
    }
  qsort (secs, runs, sizeof (gdouble), compare_double);
  printf ("precis %s segmenter: %u articles, %.2f MB, %" G_GUINT64_FORMAT
          " sentences; median %.3f s = %.1f MB/s "
          "(min %.3f s, max %.3f s, %d runs)\n",
          precis_version (), texts->len, total / 1e6, n_sentences, secs[runs / 2],
          total / 1e6 / secs[runs / 2], secs[0], secs[runs - 1], runs);
  precis_segmenter_free (seg);
  g_free (secs);
  g_free (data);
  return 0;
}
