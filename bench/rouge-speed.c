/* rouge-speed.c - how fast precis scores ROUGE (a benchmark, not a test).
 *
 *   precis-bench-rouge [--data DIR] [--runs N] [--pairs N]
 *
 * Builds N (default 10,000) candidate/reference pairs from the shared news sets: the
 * reference is a document's summary, the candidate its article's first 600 bytes cut at a
 * space (cycling through the documents as needed). Then, on one thread, for each flavour
 * and with and without stemming, scores every pair (all of the flavour's metrics) and
 * aggregates with a 1,000-sample bootstrap; reports the median time over the runs.
 * Loading is not timed; a fresh scorer is used each run (stem caches start empty).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "precis.h"

/* Length of the candidate taken from the start of each article. */
#define CANDIDATE_BYTES 600

int
main (int argc, char **argv)
{
  gchar *data = NULL;
  gint runs = 5, n_pairs = 10000;
  GOptionEntry entries[] = {
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data, "Shared data directory", "DIR" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs (default 5)", "N" },
    { "pairs", 0, 0, G_OPTION_ARG_INT, &n_pairs, "Document pairs (default 10000)", "N" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- speed of the ROUGE scorer");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, NULL) || runs < 1 || n_pairs < 1)
    return 2;
  g_autofree gchar *option = data;
  data = bench_data_dir (option);

  g_autoptr (GPtrArray) cands = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) refs = g_ptr_array_new_with_free_func (g_free);
  for (guint s = 0; bench_news_sets[s] != NULL; s++)
    bench_load_news (data, bench_news_sets[s], 0, cands, refs);
  /* Each candidate: the article's first CANDIDATE_BYTES, cut back to a space. */
  for (guint i = 0; i < cands->len; i++)
    {
      gchar *text = cands->pdata[i];
      gsize len = strlen (text), n = MIN (len, (gsize)CANDIDATE_BYTES);
      while (n > 0 && n < len && text[n] != ' ')
        n--;
      text[n] = '\0';
    }
  if (cands->len == 0)
    {
      fprintf (stderr, "precis-bench-rouge: no documents under %s/news\n", data);
      return 1;
    }
  printf ("precis %s: %d pairs (from %u documents), %d runs, one thread; seconds to score all pairs, and to "
          "score them and bootstrap 1000 samples\n",
          precis_version (), n_pairs, cands->len, runs);
  const struct
  {
    PrecisRougeCompat compat;
    gboolean stem;
    const gchar *name;
  } modes[] = {
    { PRECIS_ROUGE_COMPAT_ROUGE_SCORE, FALSE, "rouge-score" },
    { PRECIS_ROUGE_COMPAT_ROUGE_SCORE, TRUE, "rouge-score --stem" },
    { PRECIS_ROUGE_COMPAT_ROUGE155, FALSE, "rouge155" },
    { PRECIS_ROUGE_COMPAT_ROUGE155, TRUE, "rouge155 --stem" },
  };
  gdouble *secs = g_new (gdouble, runs), *score_secs = g_new (gdouble, runs);
  for (gsize m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      for (gint r = 0; r < runs; r++)
        {
          gint64 t0 = g_get_monotonic_time ();
          g_autoptr (PrecisRouge) scorer = precis_rouge_new (modes[m].compat, modes[m].stem);
          for (gint i = 0; i < n_pairs; i++)
            {
              const gchar *ref[] = { refs->pdata[i % refs->len] };
              precis_rouge_add (scorer, NULL, cands->pdata[i % cands->len], ref, 1, NULL);
            }
          score_secs[r] = (g_get_monotonic_time () - t0) / 1e6;
          PrecisRougeAggregate agg[PRECIS_ROUGE_N_METRICS];
          precis_rouge_aggregate (scorer, 1000, 0.95, 0, agg);
          secs[r] = (g_get_monotonic_time () - t0) / 1e6;
        }
      bench_sort_median (secs, runs);
      bench_sort_median (score_secs, runs);
      printf ("%-20s scoring: median %.3f s (min %.3f); with the bootstrap: median %.3f s (min %.3f)  "
              "metrics: %s\n",
              modes[m].name, score_secs[runs / 2], score_secs[0], secs[runs / 2], secs[0],
              modes[m].compat == PRECIS_ROUGE_COMPAT_ROUGE155
                  ? "rouge1-4, rougeLsum, rougeW, rougeS*, rougeSU*"
                  : "rouge1-4, rougeL, rougeLsum");
    }
  g_free (secs);
  g_free (score_secs);
  g_free (data);
  return 0;
}
