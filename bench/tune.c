/* tune.c - scores ranking parameters on the news dev sets (a tool for choosing the defaults,
 * not a test).
 *
 *   precis-tune [--data DIR] [--sets LIST] [--limit N] CONFIG...
 *
 * CONFIG is "name=value,name=value" over the fields of PrecisRankParams (similarity=cosine,
 * length_exponent, long_words, long_exponent, final_position) applied on top of the "position"
 * ranker, or a ranker name
 * ("textrank", "position", "lead" for the first three sentences). For each config and set it
 * prints ROUGE-1, ROUGE-2 and ROUGE-Lsum F (rouge-score flavour, stemmed, 3 sentences; no
 * bootstrap), so that configurations can be compared quickly on one machine. (Directed edges,
 * an edge threshold, a position teleport, a paragraph bonus and an opener penalty were swept
 * with earlier versions of this tool and dropped: docs/ranking.md.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "pipeline/summary.h"

typedef struct
{
  GPtrArray *texts;
  GPtrArray *refs;
} Set;

static gboolean
apply (PrecisRankParams *p, const gchar *key, const gchar *value)
{
  gdouble v = g_ascii_strtod (value, NULL);
  if (g_str_equal (key, "similarity"))
    return precis_ranker_from_name (value, &p->similarity);
  else if (g_str_equal (key, "length_exponent"))
    p->length_exponent = v;
  else if (g_str_equal (key, "long_words"))
    p->long_words = v;
  else if (g_str_equal (key, "long_exponent"))
    p->long_exponent = v;
  else if (g_str_equal (key, "final_position"))
    p->final_position = v;
  else
    return FALSE;
  return TRUE;
}

int
main (int argc, char **argv)
{
  gchar *data = NULL, *sets_opt = NULL;
  gint limit = 0;
  GOptionEntry entries[] = {
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data, "Shared data directory", "DIR" },
    { "sets", 0, 0, G_OPTION_ARG_STRING, &sets_opt, "Comma-separated sets (default all three)", "LIST" },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, "Documents per set", "N" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("CONFIG... - score ranking parameters");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, NULL))
    return 2;
  g_autofree gchar *option = data;
  data = bench_data_dir (option);
  g_auto (GStrv) set_names
      = sets_opt ? g_strsplit (sets_opt, ",", -1) : g_strdupv ((gchar **)bench_news_sets);
  guint n_sets = g_strv_length (set_names);
  Set *sets = g_new0 (Set, n_sets);
  for (guint s = 0; s < n_sets; s++)
    {
      sets[s].texts = g_ptr_array_new_with_free_func (g_free);
      sets[s].refs = g_ptr_array_new_with_free_func (g_free);
      if (!bench_load_news (data, set_names[s], (guint)MAX (limit, 0), sets[s].texts, sets[s].refs))
        {
          fprintf (stderr, "precis-tune: cannot read %s/news/%s/dev.jsonl\n", data, set_names[s]);
          return 1;
        }
    }

  printf ("%-60s", "config");
  for (guint s = 0; s < n_sets; s++)
    printf ("  %-20.20s", set_names[s]);
  printf ("  mean R1\n");
  for (gint c = 1; c < argc; c++)
    {
      g_autoptr (PrecisSummarizer) sum = precis_summarizer_new ("english", NULL);
      gboolean lead = g_str_equal (argv[c], "lead");
      PrecisRanker named;
      if (precis_ranker_from_name (argv[c], &named))
        precis_summarizer_set_ranker (sum, named);
      else if (!lead)
        {
          PrecisRankParams params;
          precis_rank_params_for (PRECIS_RANKER_POSITION, &params);
          g_auto (GStrv) pairs = g_strsplit (argv[c], ",", -1);
          for (guint k = 0; pairs[k] != NULL; k++)
            {
              g_auto (GStrv) kv = g_strsplit (pairs[k], "=", 2);
              if (kv[0] == NULL || kv[1] == NULL || !apply (&params, kv[0], kv[1]))
                {
                  fprintf (stderr, "precis-tune: bad setting \"%s\"\n", pairs[k]);
                  return 2;
                }
            }
          precis_summarizer_set_rank_params (sum, &params);
        }
      printf ("%-60.60s", argv[c]);
      gdouble mean_r1 = 0;
      for (guint s = 0; s < n_sets; s++)
        {
          g_autoptr (PrecisRouge) rouge = precis_rouge_new (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, TRUE);
          precis_rouge_set_metrics (rouge, (1u << PRECIS_ROUGE_1) | (1u << PRECIS_ROUGE_2)
                                               | (1u << PRECIS_ROUGE_LSUM));
          for (guint i = 0; i < sets[s].texts->len; i++)
            {
              g_autoptr (PrecisSummary) out = precis_summarizer_run (sum, sets[s].texts->pdata[i], -1, NULL);
              GString *text = g_string_new (NULL);
              guint n = lead ? MIN (3, precis_summary_get_n_document_sentences (out))
                             : precis_summary_get_n_sentences (out);
              for (guint k = 0; k < n; k++)
                {
                  const PrecisSentence *p = lead ? precis_summary_get_document_sentence (out, k)
                                                 : precis_summary_get_sentence (out, k);
                  g_string_append_printf (text, "%s%s", k ? "\n" : "", p->text);
                }
              const gchar *ref[] = { sets[s].refs->pdata[i] };
              precis_rouge_add (rouge, NULL, text->str, ref, 1, NULL);
              g_string_free (text, TRUE);
            }
          PrecisRougeAggregate agg[PRECIS_ROUGE_N_METRICS];
          precis_rouge_aggregate (rouge, 0, 0.95, 0, agg);
          printf ("  %6.2f %6.2f %6.2f", 100 * agg[PRECIS_ROUGE_1].mean.f, 100 * agg[PRECIS_ROUGE_2].mean.f,
                  100 * agg[PRECIS_ROUGE_LSUM].mean.f);
          mean_r1 += 100 * agg[PRECIS_ROUGE_1].mean.f / n_sets;
        }
      printf ("  %6.2f\n", mean_r1);
      fflush (stdout);
    }
  return 0;
}
