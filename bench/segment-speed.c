/* segment-speed.c - how fast the sentence segmenter runs (a benchmark, not a test).
 *
 *   precis-bench-segment [--data DIR] [--runs N]
 *
 * Splits every article of the shared news sets (English segmenter, 9 MB) once per run, on one
 * thread, and reports the median MB/s. Loading is not timed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "pipeline/segment.h"

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
  g_autofree gchar *option = data;
  data = bench_data_dir (option);
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  for (guint s = 0; bench_news_sets[s] != NULL; s++)
    bench_load_news (data, bench_news_sets[s], 0, texts, NULL);
  gsize total = 0;
  for (guint i = 0; i < texts->len; i++)
    total += strlen (texts->pdata[i]);
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
  bench_sort_median (secs, runs);
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
