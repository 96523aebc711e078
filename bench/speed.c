/* speed.c - end-to-end speed of libprecis on news text (a benchmark, not a test).
 *
 *   precis-bench-speed [--data DIR] [--runs N] [--articles-only] [--language LANG]
 *
 * Loads the articles of the shared news sets (DIR/news/<set>/dev.jsonl; DIR defaults to
 * $PRECIS_SHARED_DATA or ../shared/data), then, on one thread:
 *   1. summarises every article once per run and reports the median throughput in MB/s and
 *      articles per second over the runs;
 *   2. with --language auto, also detects every article's language alone
 *      (precis_detect_language()) in each run, alternating with the summarising pass, and
 *      reports detection's median share of the time per article;
 *   3. summarises one ~1 MB document (articles joined as paragraphs) and reports the median
 *      time.
 * The summariser's language is LANG (default english; "auto" detects it per article).
 * Reading and parsing the files is not timed; summarising and rendering as text is. Each timed
 * figure is given twice: wall-clock time, and the thread's CPU time (CLOCK_THREAD_CPUTIME_ID),
 * which leaves out the time the thread waits for a core: on a shared, loaded machine the
 * wall clock measures the load, the CPU time much less so (cache sharing with the other
 * processes still counts in it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-util.h"
#include "precis.h"

/* The calling thread's CPU time, in seconds. */
static gdouble
thread_cpu_seconds (void)
{
  struct timespec ts;
  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return 0;
  return (gdouble)ts.tv_sec + ts.tv_nsec / 1e9;
}

static GPtrArray *
load_articles (const gchar *data)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; bench_news_sets[i] != NULL; i++)
    bench_load_news (data, bench_news_sets[i], 0, articles, NULL);
  return articles;
}

int
main (int argc, char **argv)
{
  gchar *data = NULL;
  gint runs = 5;
  gboolean articles_only = FALSE;
  g_autofree gchar *language = NULL;
  GOptionEntry entries[] = {
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data, "Shared data directory", "DIR" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs (default 5)", "N" },
    { "articles-only", 0, 0, G_OPTION_ARG_NONE, &articles_only, "Skip the 1 MB document", NULL },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, "The summariser's language (default english)",
      "LANG" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- end-to-end speed of libprecis");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || runs < 1)
    {
      fprintf (stderr, "precis-bench-speed: %s\n", error ? error->message : "--runs must be positive");
      return 2;
    }
  g_autofree gchar *option = data;
  data = bench_data_dir (option);

  g_autoptr (GPtrArray) articles = load_articles (data);
  if (articles->len == 0)
    {
      fprintf (stderr, "precis-bench-speed: no articles under %s/news\n", data);
      return 1;
    }
  gsize total = 0;
  for (guint i = 0; i < articles->len; i++)
    total += strlen (articles->pdata[i]);

  g_autoptr (PrecisSummarizer) s = precis_summarizer_new (language ? language : "english", NULL);
  if (s == NULL)
    {
      fprintf (stderr, "precis-bench-speed: unknown language %s\n", language);
      return 2;
    }
  gboolean detecting = g_str_equal (precis_summarizer_get_language (s), PRECIS_LANGUAGE_AUTO);
  gdouble *secs = g_new (gdouble, runs);
  gdouble *cpu_secs = g_new (gdouble, runs);
  gdouble *detect_secs = g_new (gdouble, runs);
  for (gint r = 0; r < runs; r++)
    {
      if (detecting)
        {
          gint64 t0 = g_get_monotonic_time ();
          for (guint i = 0; i < articles->len; i++)
            precis_detect_language (articles->pdata[i], -1, NULL, NULL);
          detect_secs[r] = (g_get_monotonic_time () - t0) / 1e6;
        }
      gint64 t0 = g_get_monotonic_time ();
      gdouble c0 = thread_cpu_seconds ();
      for (guint i = 0; i < articles->len; i++)
        {
          g_autoptr (PrecisSummary) sum = precis_summarizer_run (s, articles->pdata[i], -1, NULL);
          g_autofree gchar *json
              = sum ? precis_summary_render (sum, PRECIS_FORMAT_TEXT, PRECIS_RENDER_NONE) : NULL;
        }
      secs[r] = (g_get_monotonic_time () - t0) / 1e6;
      cpu_secs[r] = thread_cpu_seconds () - c0;
    }
  gdouble med = bench_sort_median (secs, (guint)runs);
  gdouble cpu_med = bench_sort_median (cpu_secs, (guint)runs);
  printf ("precis %s, %u articles, %.2f MB, %d runs on one thread, language %s\n", precis_version (),
          articles->len, total / 1e6, runs, precis_summarizer_get_language (s));
  printf ("articles: median %.3f s per pass = %.1f MB/s, %.0f articles/s (min %.3f s, max %.3f s)\n", med,
          total / 1e6 / med, articles->len / med, secs[0], secs[runs - 1]);
  printf ("articles, thread CPU time: median %.3f s per pass = %.1f MB/s (min %.3f s, max %.3f s)\n", cpu_med,
          total / 1e6 / cpu_med, cpu_secs[0], cpu_secs[runs - 1]);
  if (detecting)
    {
      gdouble detect_med = bench_sort_median (detect_secs, (guint)runs);
      printf (
          "detection alone: median %.3f s per pass, %.1f us an article, %.1f %% of the summarising pass\n",
          detect_med, 1e6 * detect_med / articles->len, 100 * detect_med / med);
    }
  g_free (detect_secs);

  if (articles_only)
    {
      g_free (secs);
      g_free (cpu_secs);
      g_free (data);
      return 0;
    }
  /* One ~1 MB document. */
  GString *big = g_string_new (NULL);
  for (guint i = 0; big->len < 1000000; i = (i + 1) % articles->len)
    g_string_append_printf (big, "%s\n\n", (gchar *)articles->pdata[i]);
  for (gint r = 0; r < runs; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      gdouble c0 = thread_cpu_seconds ();
      g_autoptr (PrecisSummary) sum = precis_summarizer_run (s, big->str, (gssize)big->len, NULL);
      g_autofree gchar *json = precis_summary_render (sum, PRECIS_FORMAT_TEXT, PRECIS_RENDER_NONE);
      secs[r] = (g_get_monotonic_time () - t0) / 1e6;
      cpu_secs[r] = thread_cpu_seconds () - c0;
    }
  med = bench_sort_median (secs, (guint)runs);
  cpu_med = bench_sort_median (cpu_secs, (guint)runs);
  printf ("one %.2f MB document: median %.3f s (min %.3f s, max %.3f s)\n", big->len / 1e6, med, secs[0],
          secs[runs - 1]);
  printf ("one %.2f MB document, thread CPU time: median %.3f s (min %.3f s, max %.3f s)\n", big->len / 1e6,
          cpu_med, cpu_secs[0], cpu_secs[runs - 1]);
  g_string_free (big, TRUE);
  g_free (secs);
  g_free (cpu_secs);
  g_free (data);
  return 0;
}
