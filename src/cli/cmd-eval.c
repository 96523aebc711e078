/* cmd-eval.c - `precis eval`: run summarisers over a dataset and score them in one go.
 *
 * DATASET is JSON Lines with "id", "text" (the article), "summary" (the reference) and
 * optionally "title" (a reference headline). Each record is read as precis batch reads it (its
 * title given to the summarisers, a text that is an HTML page read as a page, text that is not
 * UTF-8 refused unless --lossy), and every system summarises every document:
 *   precis, textrank, cosine, bm25,  precis with the default ranker, and each ranker by name
 *   position, editor
 *   lead                             the first N sentences (precis's segmentation)
 *   random                           N sentences drawn at random (seeded by --seed and the
 *                                    document's id), in document order
 *   oracle                           greedy: add the sentence that raises mean(R-1 F, R-2 F)
 *                                    against the reference most, while it still does
 * and the summaries are scored with ROUGE (R-1, R-2, R-Lsum F with bootstrap intervals).
 * Generated headlines are scored against "title" beside the lead-prefix baseline (the first
 * sentence cut to the headline's length in words). A bad line is reported with its file and
 * line and skipped; the exit status then says so.
 *
 * Reader checks beside ROUGE, per system: the share of summaries that hold the lede, that hold
 * a dangling sentence (a pronoun, connective or bare surname whose antecedent is missing) and
 * that hold debris (furniture), as precis_summary_check() defines them. --half=tune or blind
 * keeps the documents whose SHA-1 of "id" starts with 0-7 or with 8-f: tune on one half, keep
 * the other for blind judging.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef enum
{
  SYSTEM_PRECIS,
  SYSTEM_TEXTRANK,
  SYSTEM_COSINE,
  SYSTEM_BM25,
  SYSTEM_POSITION,
  SYSTEM_EDITOR,
  SYSTEM_LEAD,
  SYSTEM_RANDOM,
  SYSTEM_ORACLE,
  N_SYSTEMS,
} SystemKind;

static const gchar *const system_names[N_SYSTEMS] = {
  "precis", "textrank", "cosine", "bm25", "position", "editor", "lead", "random", "oracle",
};

/* The systems that are rankers, in the order of SystemKind. */
static const PrecisRanker rankers[] = { PRECIS_RANKER_DEFAULT, PRECIS_RANKER_TEXTRANK, PRECIS_RANKER_COSINE,
                                        PRECIS_RANKER_BM25,    PRECIS_RANKER_POSITION, PRECIS_RANKER_EDITOR };
G_STATIC_ASSERT (G_N_ELEMENTS (rankers) == SYSTEM_LEAD);

/* Whether system @k runs when --systems is not given: every one but the ranker that is the
 * default by its own name (editor), whose row is precis's (tryout26 #12: the default table printed
 * the two as identical rows); --systems=editor still runs it. */
static gboolean
runs_by_default (guint k)
{
  return k == SYSTEM_PRECIS || k >= G_N_ELEMENTS (rankers) || rankers[k] != PRECIS_RANKER_DEFAULT;
}

/* Metrics of the summary table and of the headline table. */
#define SUMMARY_METRICS ((1u << PRECIS_ROUGE_1) | (1u << PRECIS_ROUGE_2) | (1u << PRECIS_ROUGE_LSUM))
#define HEADLINE_METRICS ((1u << PRECIS_ROUGE_1) | (1u << PRECIS_ROUGE_2) | (1u << PRECIS_ROUGE_L))
/* The width of a table cell, "MEAN [LOW,HIGH]", each 100.00 at most. */
#define CELL_WIDTH "22"

typedef struct
{
  SystemKind kind;
  PrecisSummarizer *summarizer; /* rankers other than the default */
  gboolean is_default;          /* the default ranker: its summary is Eval.base's run */
  PrecisRouge *rouge;
  gdouble seconds;
  FILE *output;
  gchar *path;     /* of output */
  int write_errno; /* the first reason a write to output failed, 0 while none did */
  guint n_checked, n_lede, n_dangling, n_debris; /* reader checks: summaries with each */
} System;

typedef struct
{
  System systems[N_SYSTEMS];
  gboolean enabled[N_SYSTEMS];
  guint n_sentences;
  PrecisSummarizer *base;      /* the default summariser: its run gives the default ranker's rows, lead,
                                * random, oracle and headlines */
  PrecisSummarizer *segmenter; /* with a baseline: times the segmentation a baseline needs */
  PrecisRouge *oracle_scorer;
  PrecisRouge *headline_precis, *headline_lead;
  gdouble base_seconds;
  gdouble segment_seconds; /* segmenting the documents timed alone: what a baseline needs first */
  guint n_segment_timed;   /* the documents of segment_seconds (SEGMENT_TIMING_EVERY) */
  guint64 seed;
  const gchar *summary_field, *title_field;
  gboolean lossy;      /* --lossy: bytes that are not UTF-8, NUL and lone surrogates read as U+FFFD */
  gboolean no_timings; /* --no-timings: no wall time or docs/s, so that two runs are byte-equal */
} Eval;

/* A baseline's segmentation is timed on one document in this many (the first, the ninth...), its
 * mean taken for every document: the default run has segmented each text already, and a second,
 * segment-only run of each, made only to time the baselines, cost 2.5 % of eval's instructions. */
#define SEGMENT_TIMING_EVERY 8

static gchar *
join_sentences (const PrecisSentence *const *s, guint n)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s", i ? "\n" : "", s[i]->text);
  return g_string_free (out, FALSE);
}

static int
compare_index (gconstpointer a, gconstpointer b)
{
  const PrecisSentence *x = *(const PrecisSentence *const *)a, *y = *(const PrecisSentence *const *)b;
  return (x->index > y->index) - (x->index < y->index);
}

/* The oracle's objective: the mean of the F of the sentences against the reference. */
static gdouble
oracle_gain (Eval *e, GPtrArray *chosen, const gchar *reference)
{
  g_autoptr (GPtrArray) sorted = g_ptr_array_copy (chosen, NULL, NULL);
  g_ptr_array_sort (sorted, compare_index);
  g_autofree gchar *text = join_sentences ((const PrecisSentence *const *)sorted->pdata, sorted->len);
  PrecisRougeScore s[PRECIS_ROUGE_N_METRICS];
  const gchar *refs[] = { reference };
  precis_rouge_score (e->oracle_scorer, text, refs, 1, s);
  return (s[PRECIS_ROUGE_1].f + s[PRECIS_ROUGE_2].f) / 2;
}

/* The random baseline's generator for one document: seeded by --seed and the SHA-1 of the
 * document's id, so that a document draws the same sentences wherever its line stands and
 * whatever --limit or --half keeps (its line number did, and moved with them). */
static GRand *
random_for_document (guint64 seed, const gchar *id)
{
  guint8 digest[20];
  gsize len = sizeof digest;
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA1);
  g_checksum_update (sum, (const guchar *)id, -1);
  g_checksum_get_digest (sum, digest, &len);
  guint32 words[1 + sizeof digest / 4] = { (guint32)seed };
  for (guint i = 0; i < sizeof digest; i++)
    words[1 + i / 4] = (words[1 + i / 4] << 8) | digest[i];
  return g_rand_new_with_seed_array (words, G_N_ELEMENTS (words));
}

/* The sentences a baseline picks from the document, in document order. */
static GPtrArray *
baseline (Eval *e, SystemKind kind, const PrecisSummary *doc, const gchar *reference, const gchar *id)
{
  GPtrArray *out = g_ptr_array_new ();
  guint n = precis_summary_get_n_document_sentences (doc);
  guint want = MIN (e->n_sentences, n);
  if (kind == SYSTEM_LEAD)
    for (guint i = 0; i < want; i++)
      g_ptr_array_add (out, (gpointer)precis_summary_get_document_sentence (doc, i));
  else if (kind == SYSTEM_RANDOM)
    {
      /* A partial Fisher-Yates shuffle, seeded by the document's id. */
      g_autoptr (GRand) rand = random_for_document (e->seed, id);
      g_autofree guint *order = g_new (guint, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        order[i] = i;
      for (guint i = 0; i < want; i++)
        {
          guint j = i + (guint)g_rand_int_range (rand, 0, (gint32)(n - i));
          guint t = order[i];
          order[i] = order[j];
          order[j] = t;
          g_ptr_array_add (out, (gpointer)precis_summary_get_document_sentence (doc, order[i]));
        }
    }
  else
    {
      g_assert (kind == SYSTEM_ORACLE);
      gdouble best = 0;
      g_autofree gboolean *used = g_new0 (gboolean, MAX (n, 1));
      while (out->len < want)
        {
          gint pick = -1;
          for (guint i = 0; i < n; i++)
            {
              if (used[i])
                continue;
              g_ptr_array_add (out, (gpointer)precis_summary_get_document_sentence (doc, i));
              gdouble gain = oracle_gain (e, out, reference);
              g_ptr_array_remove_index (out, out->len - 1);
              if (gain > best)
                {
                  best = gain;
                  pick = (gint)i;
                }
            }
          if (pick < 0)
            break;
          used[pick] = TRUE;
          g_ptr_array_add (out, (gpointer)precis_summary_get_document_sentence (doc, (guint)pick));
        }
    }
  g_ptr_array_sort (out, compare_index);
  return out;
}

/* A line of -o: the id as the dataset has it (a number stays a number, as precis batch keeps it). */
static void
write_output (System *s, const gchar *id, gboolean id_is_number, GPtrArray *sentences, const gchar *headline)
{
  if (s->output == NULL)
    return;
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  if (id_is_number)
    json_builder_add_int_value (b, g_ascii_strtoll (id, NULL, 10));
  else
    json_builder_add_string_value (b, id);
  json_builder_set_member_name (b, "summary");
  json_builder_begin_array (b);
  for (guint i = 0; i < sentences->len; i++)
    json_builder_add_string_value (b, ((const PrecisSentence *)sentences->pdata[i])->text);
  json_builder_end_array (b);
  if (headline != NULL)
    {
      json_builder_set_member_name (b, "headline");
      json_builder_add_string_value (b, headline);
    }
  json_builder_end_object (b);
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  g_autofree gchar *line = json_to_string (root, FALSE);
  if (cli_write_file (s->output, line, strlen (line), &s->write_errno))
    cli_write_file (s->output, "\n", 1, &s->write_errno);
}

/* The first @n_words words of @text. */
static gchar *
first_words (const gchar *text, guint n_words)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  guint n = MIN (n_words, g_strv_length (words));
  gchar *saved = words[n];
  words[n] = NULL;
  gchar *out = g_strjoinv (" ", words);
  words[n] = saved;
  return out;
}

/* A ranker's summary of @text as precis batch makes it: with the record's @given_title (or
 * NULL), and @hint (a page's lang, or NULL) as the language hint. */
static PrecisSummary *
summarize (PrecisSummarizer *s, const gchar *text, const gchar *given_title, const gchar *hint,
           GError **error)
{
  precis_summarizer_set_language_hint (s, hint);
  PrecisSummary *sum = precis_summarizer_run_with_title (s, text, -1, given_title, error);
  precis_summarizer_set_language_hint (s, NULL);
  return sum;
}

/* Runs every system over one record: @text and @given_title as precis batch summarises them
 * (the article of a page, its title where the record has none, its lang in @hint), @title the
 * record's own, the reference of the headline table. */
static gboolean
eval_document (Eval *e, const gchar *id, gboolean id_is_number, const gchar *text, const gchar *reference,
               const gchar *title, const gchar *given_title, const gchar *hint, guint index, GError **error)
{
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr (PrecisSummary) doc = summarize (e->base, text, given_title, hint, error);
  e->base_seconds += (g_get_monotonic_time () - t0) / 1e6;
  if (doc == NULL)
    return FALSE;
  if (precis_summary_get_n_document_sentences (doc) == 0)
    {
      /* as precis batch refuses it (a page with no article): scored as 0, it would lower every mean */
      g_set_error_literal (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGUMENT, CLI_NO_TEXT);
      return FALSE;
    }
  if (e->segmenter != NULL && index % SEGMENT_TIMING_EVERY == 0)
    {
      /* A baseline's own first step: the text segmented, nothing ranked (its sentences are the
       * ones of the run above, which the baselines read), timed on a sample. */
      t0 = g_get_monotonic_time ();
      g_autoptr (PrecisSummary) seg = precis_summarizer_segment (e->segmenter, text, -1, NULL);
      e->segment_seconds += (g_get_monotonic_time () - t0) / 1e6;
      e->n_segment_timed++;
    }
  const gchar *refs[] = { reference };
  /* The lead-prefix headline: the first sentence cut to the generated headline's number of
   * words, the headline table's baseline and lead's headline in -o. */
  g_autofree gchar *prefix = NULL;
  if ((title != NULL && title[0] != '\0') || e->systems[SYSTEM_LEAD].output != NULL)
    {
      g_auto (GStrv) words = g_strsplit (precis_summary_get_headline (doc), " ", -1);
      prefix = first_words (precis_summary_get_document_sentence (doc, 0)->text, g_strv_length (words));
    }

  for (guint k = 0; k < N_SYSTEMS; k++)
    {
      if (!e->enabled[k])
        continue;
      System *s = &e->systems[k];
      g_autoptr (GPtrArray) chosen = NULL;
      const gchar *headline = NULL;
      g_autoptr (PrecisSummary) sum = NULL;
      t0 = g_get_monotonic_time ();
      if (s->summarizer != NULL || s->is_default)
        {
          if (s->summarizer != NULL
              && (sum = summarize (s->summarizer, text, given_title, hint, error)) == NULL)
            return FALSE;
          const PrecisSummary *from = sum != NULL ? sum : doc;
          chosen = g_ptr_array_new ();
          for (guint i = 0; i < precis_summary_get_n_sentences (from); i++)
            g_ptr_array_add (chosen, (gpointer)precis_summary_get_sentence (from, i));
          headline = precis_summary_get_headline (from);
        }
      else
        {
          chosen = baseline (e, s->kind, doc, reference, id);
          /* random and oracle choose sentences only: no headline of theirs makes sense */
          headline = s->kind == SYSTEM_LEAD ? prefix : NULL;
        }
      s->seconds += (g_get_monotonic_time () - t0) / 1e6;
      g_autofree guint *indices = g_new (guint, MAX (chosen->len, 1));
      for (guint i = 0; i < chosen->len; i++)
        indices[i] = ((const PrecisSentence *)chosen->pdata[i])->index;
      PrecisSummaryCheck check;
      precis_summary_check (sum != NULL ? sum : doc, indices, chosen->len, &check);
      s->n_checked++;
      s->n_lede += check.has_lede;
      s->n_dangling += check.n_dangling > 0;
      s->n_debris += check.n_debris > 0;
      g_autofree gchar *summary = join_sentences ((const PrecisSentence *const *)chosen->pdata, chosen->len);
      precis_rouge_add (s->rouge, id, summary, refs, 1, NULL);
      write_output (s, id, id_is_number, chosen, headline);
    }

  if (title != NULL && title[0] != '\0')
    {
      const gchar *headline = precis_summary_get_headline (doc);
      const gchar *titles[] = { title };
      precis_rouge_add (e->headline_precis, id, headline, titles, 1, NULL);
      precis_rouge_add (e->headline_lead, id, prefix, titles, 1, NULL);
    }
  return TRUE;
}

static void
add_table_row (GString *out, const gchar *name, PrecisRouge *rouge, guint metrics, guint n_bootstrap,
               guint64 seed, gdouble docs_per_second, JsonBuilder *b)
{
  PrecisRougeAggregate agg[PRECIS_ROUGE_N_METRICS];
  precis_rouge_aggregate (rouge, n_bootstrap, 0.95, seed, agg);
  g_string_append_printf (out, "%-12s", name);
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
    {
      if (!(metrics & (1u << m)))
        continue;
      const PrecisRougeAggregate *a = &agg[m];
      /* one width for every cell, 100.00 too, so that the columns stay under their heads */
      gchar cell[64];
      if (a->has_ci)
        g_snprintf (cell, sizeof cell, "%6.2f [%6.2f,%6.2f]", 100 * a->mean.f, 100 * a->low.f,
                    100 * a->high.f);
      else
        g_snprintf (cell, sizeof cell, "%6.2f", 100 * a->mean.f);
      g_string_append_printf (out, "  %-" CELL_WIDTH "s", cell);
      json_builder_set_member_name (b, precis_rouge_metric_name (m));
      cli_rouge_add_aggregate_json (b, a);
    }
  if (docs_per_second > 0)
    {
      g_string_append_printf (out, "  %9.0f", docs_per_second);
      json_builder_set_member_name (b, "docs_per_second");
      json_builder_add_double_value (b, docs_per_second);
    }
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1); /* the last cell's padding */
  g_string_append_c (out, '\n');
  json_builder_end_object (b);
}

/* The table of reader checks: percent of summaries with the lede, a dangling sentence, debris. */
static void
add_checks (GString *out, Eval *e, JsonBuilder *b)
{
  g_string_append_printf (out, "\nreader checks (%% of summaries)\n%-12s  %8s  %8s  %8s\n", "system", "lede",
                          "dangling", "debris");
  json_builder_set_member_name (b, "checks");
  json_builder_begin_object (b);
  for (guint k = 0; k < N_SYSTEMS; k++)
    {
      System *s = &e->systems[k];
      if (!e->enabled[k] || s->n_checked == 0)
        continue;
      gdouble lede = 100.0 * s->n_lede / s->n_checked, dangling = 100.0 * s->n_dangling / s->n_checked,
              debris = 100.0 * s->n_debris / s->n_checked;
      g_string_append_printf (out, "%-12s  %8.1f  %8.1f  %8.1f\n", system_names[k], lede, dangling, debris);
      json_builder_set_member_name (b, system_names[k]);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "lede");
      json_builder_add_double_value (b, lede);
      json_builder_set_member_name (b, "dangling");
      json_builder_add_double_value (b, dangling);
      json_builder_set_member_name (b, "debris");
      json_builder_add_double_value (b, debris);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
}

/* Whether @id is in the half asked for (NULL: every document): "tune" holds the ids whose
 * SHA-1 in hexadecimal starts with 0-7, "blind" the others. */
static gboolean
in_half (const gchar *half, const gchar *id)
{
  if (half == NULL)
    return TRUE;
  g_autofree gchar *sha1 = g_compute_checksum_for_string (G_CHECKSUM_SHA1, id, -1);
  gboolean tune = sha1[0] >= '0' && sha1[0] <= '7';
  return cli_value_is (half, "tune") ? tune : !tune;
}

static gboolean
parse_systems (const gchar *list, gboolean *enabled, GError **error)
{
  memset (enabled, 0, sizeof (gboolean) * N_SYSTEMS);
  g_auto (GStrv) names = g_strsplit (list, ",", -1);
  gboolean any = FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      gchar *name = g_strstrip (names[i]);
      any |= name[0] != '\0';
      gboolean found = FALSE;
      for (guint k = 0; k < N_SYSTEMS && !found; k++)
        if (g_ascii_strcasecmp (name, system_names[k]) == 0)
          enabled[k] = found = TRUE;
      if (!found && name[0] != '\0')
        {
          g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGUMENT,
                       "unknown system \"%s\" (precis, textrank, cosine, bm25, position, editor, lead, "
                       "random, oracle)",
                       name);
          return FALSE;
        }
    }
  if (!any)
    {
      /* Empty tables would read as a run that scored nothing. */
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGUMENT,
                   "--systems names no system (precis, textrank, cosine, bm25, position, editor, lead, "
                   "random, oracle)");
      return FALSE;
    }
  return TRUE;
}

/* The options line of the output: every option that changes the result (not -o or -f), in one
 * order, the systems in the table's, the language by its canonical name. */
static gchar *
options_line (const Eval *e, const gchar *language, gint n_sentences, PrecisRougeCompat flavour,
              gboolean stem, gint bootstrap, gint64 seed, gint limit, const gchar *half,
              const gchar *summary_field, const gchar *title_field)
{
  GString *o = g_string_new (NULL);
  g_string_append_printf (o, "-n %d", n_sentences);
  const gchar *canonical = language != NULL ? precis_language_canonical (language) : NULL;
  if (language != NULL && !cli_value_is (language, PRECIS_LANGUAGE_AUTO))
    g_string_append_printf (o, " -l %s", canonical != NULL ? canonical : language);
  gboolean default_set = TRUE;
  for (guint k = 0; k < N_SYSTEMS; k++)
    default_set &= e->enabled[k] == runs_by_default (k);
  if (!default_set)
    for (guint k = 0, i = 0; k < N_SYSTEMS; k++)
      if (e->enabled[k])
        g_string_append_printf (o, "%s%s", i++ ? "," : " --systems=", system_names[k]);
  g_string_append_printf (o, " --compat=%s%s --bootstrap=%d --seed=%" G_GINT64_FORMAT,
                          flavour == PRECIS_ROUGE_COMPAT_ROUGE155 ? "rouge155" : "rouge-score",
                          stem ? " --stem" : "", bootstrap, seed);
  if (limit > 0)
    g_string_append_printf (o, " --limit=%d", limit);
  if (half != NULL)
    g_string_append_printf (o, " --half=%s", cli_value_is (half, "tune") ? "tune" : "blind");
  if (summary_field != NULL)
    g_string_append_printf (o, " --summary-field=%s", summary_field);
  if (title_field != NULL)
    g_string_append_printf (o, " --title-field=%s", title_field);
  if (e->lossy)
    g_string_append (o, " --lossy");
  return g_string_free (o, FALSE);
}

/* Reports the record at @reader's line as bad: "FILE:LINE: id "ID": PROBLEM", as precis batch
 * names a record by its line and id (without the id when the record has none). */
static void G_GNUC_PRINTF (3, 4) report_record (CliJsonl *reader, const gchar *id, const gchar *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree gchar *problem = g_strdup_vprintf (format, args);
  va_end (args);
  if (id != NULL)
    cli_error ("%s:%u: id \"%s\": %s", cli_jsonl_name (reader), cli_jsonl_line (reader), id, problem);
  else
    cli_error ("%s:%u: %s", cli_jsonl_name (reader), cli_jsonl_line (reader), problem);
}

/* Reads the dataset, runs every system and prints the tables. */
static int
eval_run (Eval *e, const gchar *dataset, gint limit, const gchar *opts, gint bootstrap, gint64 seed,
          gboolean json, const gchar *half)
{
  g_autoptr (GError) error = NULL;
  /* Read as precis batch reads its records (tryout26 #4): a line with bytes that are not UTF-8, a
   * "\u0000" or a lone surrogate is a bad line, unless --lossy reads them as U+FFFD. */
  CliJsonl *reader = cli_jsonl_open (dataset, e->lossy, &error);
  if (reader == NULL)
    {
      cli_error ("%s", error->message);
      return CLI_EXIT_FAILURE;
    }
  guint n_docs = 0, n_bad = 0, n_unscorable = 0;
  JsonObject *o = NULL;
  cli_jsonl_keep_blank_lines (reader); /* a blank line is a bad line, as precis batch has it */
  /* the ids read: a repeated one is a bad line (`eval -o` would write both, and `precis rouge`
   * refuses such a file) */
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 start = g_get_monotonic_time ();
  g_autofree gchar *line = NULL;
  gsize len = 0;
  while ((limit == 0 || n_docs < (guint)limit) && cli_jsonl_next_line (reader, &line, &len, &error))
    {
      if (line == NULL)
        {
          cli_error ("%s", error->message);
          g_clear_error (&error);
          n_bad++;
          continue;
        }
      gint code = 0;
      g_autofree gchar *reason = NULL;
      o = cli_jsonl_parse (line, len, e->lossy, &code, &reason);
      if (o == NULL)
        {
          /* A record refused for its bytes is named by its id too, where the line read lossily
           * has one (only to name it: it is not scored). */
          g_autofree gchar *bad_id = NULL;
          if (!e->lossy && (code == PRECIS_ERROR_INVALID_UTF8 || code == PRECIS_ERROR_BINARY))
            {
              gint lossy_code = 0;
              g_autofree gchar *lossy_reason = NULL;
              g_autoptr (JsonObject) lossy = cli_jsonl_parse (line, len, TRUE, &lossy_code, &lossy_reason);
              bad_id = cli_json_id (lossy);
            }
          report_record (reader, bad_id, "%s", reason);
          g_clear_pointer (&line, g_free);
          n_bad++;
          continue;
        }
      g_clear_pointer (&line, g_free);
      g_autofree gchar *id = cli_json_id (o);
      gboolean id_is_number
          = id != NULL && json_node_get_value_type (json_object_get_member (o, "id")) == G_TYPE_INT64;
      g_autofree gchar *text = cli_json_text (o, "text");
      g_autofree gchar *reference = cli_json_text (o, e->summary_field);
      g_autofree gchar *title = NULL;
      /* a title of another type is refused, as precis batch refuses it: not read as none */
      gboolean bad_title = !cli_json_optional_text (o, e->title_field, &title);
      /* What is wrong with the record, naming the field as precis batch names it ("no
       * \"text\" ..."; tryout26 #10: it was one message for any of three fields). */
      g_autofree gchar *problem = NULL;
      if (id == NULL)
        problem = g_strdup ("no \"id\" (a string or a whole number): each document needs one");
      else if (text == NULL)
        problem = cli_json_field_problem (o, "text");
      else if (reference == NULL)
        problem = cli_json_field_problem (o, e->summary_field);
      else if (text[strspn (text, " \t\r\n\f\v")] == '\0')
        /* scored as a document of 0, it would lower every system's mean: refused, as precis
         * batch refuses it */
        problem = g_strdup ("\"text\" is empty or white space only: no text to summarise");
      else if (reference[strspn (reference, " \t\r\n\f\v")] == '\0')
        problem = g_strdup_printf ("the reference summary (\"%s\") is empty or white space only: nothing to "
                                   "score against",
                                   e->summary_field);
      else if (bad_title)
        problem = g_strdup_printf ("\"%s\" is not a string (or an array of strings)", e->title_field);
      json_object_unref (o);
      if (problem != NULL)
        {
          report_record (reader, id, "%s", problem);
          n_bad++;
          continue;
        }
      if (!cli_rouge_reads_text (reference))
        n_unscorable++;
      if (!g_hash_table_add (seen, g_strdup (id)))
        {
          cli_error ("%s:%u: id \"%s\" repeated (each document needs an id of its own)",
                     cli_jsonl_name (reader), cli_jsonl_line (reader), id);
          n_bad++;
          continue;
        }
      if (!in_half (half, id))
        continue;
      /* The record summarised as precis batch summarises it (tryout26 #2: eval left its title
       * out): its title's text given to the summarisers, a text that is an HTML page read as a
       * page (its article; its title where the record has none; its lang a hint). */
      g_autofree gchar *given_title = precis_title_text (title);
      g_autoptr (PrecisPage) page = NULL;
      if (precis_looks_like_feed (text, -1))
        {
          report_record (reader, id, "%s", CLI_FEED_RECORD);
          n_bad++;
          continue;
        }
      if (precis_looks_like_html (text, -1) && (page = precis_html_read (text, -1, &error)) == NULL)
        {
          report_record (reader, id, "%s", error->message);
          g_clear_error (&error);
          n_bad++;
          continue;
        }
      if (page != NULL && given_title == NULL)
        given_title = g_strdup (page->title);
      if (!eval_document (e, id, id_is_number, page != NULL ? page->text : text, reference, title,
                          given_title, page != NULL ? page->language : NULL, n_docs, &error))
        {
          report_record (reader, id, "%s", error->message);
          g_clear_error (&error);
          n_bad++;
          continue;
        }
      n_docs++;
    }
  gdouble wall = (g_get_monotonic_time () - start) / 1e6;
  cli_jsonl_close (reader);
  cli_rouge_warn_unscorable (dataset, n_unscorable);
  if (n_docs == 0)
    {
      /* A table of zeros would read as a result: the error names the input, nothing else. */
      cli_error ("%s: no document to evaluate (%u bad line%s; each needs \"id\", \"text\" and \"summary\"%s)",
                 dataset, n_bad, n_bad == 1 ? "" : "s", half != NULL ? ", in the half asked for" : "");
      return CLI_EXIT_FAILURE;
    }

  GString *table = g_string_new (NULL);
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "dataset");
  json_builder_add_string_value (b, dataset);
  json_builder_set_member_name (b, "options");
  json_builder_add_string_value (b, opts);
  json_builder_set_member_name (b, "precis_version");
  json_builder_add_string_value (b, precis_version ());
  json_builder_set_member_name (b, "n_documents");
  json_builder_add_int_value (b, n_docs);
  json_builder_set_member_name (b, "systems");
  json_builder_begin_object (b);
  g_string_append_printf (table, "precis eval %s %s (precis %s)\n%u document%s", dataset, opts,
                          precis_version (), n_docs, n_docs == 1 ? "" : "s");
  if (!e->no_timings)
    g_string_append_printf (table, ", %.1f s", wall);
  g_string_append_printf (table, "\n\n%-12s  %-" CELL_WIDTH "s  %-" CELL_WIDTH "s  ", "system", "ROUGE-1 F",
                          "ROUGE-2 F");
  if (e->no_timings)
    g_string_append (table, "ROUGE-Lsum F\n"); /* the last column: no padding after it */
  else
    g_string_append_printf (table, "%-" CELL_WIDTH "s  %9s\n", "ROUGE-Lsum F", "docs/s");
  /* The default ranker is the base run; a baseline's time is its own selection plus the
   * segmentation it needs (timed apart on a sample, not the full run). */
  gdouble segment_seconds = e->n_segment_timed > 0 ? e->segment_seconds * n_docs / e->n_segment_timed : 0;
  for (guint k = 0; k < N_SYSTEMS; k++)
    {
      if (!e->enabled[k])
        continue;
      System *s = &e->systems[k];
      gdouble seconds = s->seconds
                        + (s->is_default           ? e->base_seconds
                           : s->summarizer == NULL ? segment_seconds
                                                   : 0);
      add_table_row (table, system_names[k], s->rouge, SUMMARY_METRICS, (guint)bootstrap, (guint64)seed,
                     seconds > 0 && !e->no_timings ? n_docs / seconds : 0, b);
    }
  json_builder_end_object (b);
  /* A baseline's docs/s charges each document the mean of a sample's segmentation: documents
   * differ in size, so the figure is an estimate, and the table says so (documents are timed
   * only when a baseline is asked for). */
  if (e->n_segment_timed > 0 && !e->no_timings)
    g_string_append_printf (table,
                            "(docs/s of lead, random and oracle: an estimate, their segmentation timed on "
                            "one document in %d)\n",
                            SEGMENT_TIMING_EVERY);
  /* rouge_score's users quote its bootstrap's mid, which is not the mean printed here. */
  if (bootstrap > 0)
    g_string_append (table, "(F: the mean over documents; the reference scorer's own figure, the bootstrap's "
                            "mid, is f_mid in -f json)\n");
  add_checks (table, e, b);
  guint n_titles = precis_rouge_get_n_documents (e->headline_precis);
  if (n_titles > 0)
    {
      g_string_append_printf (
          table,
          "\nheadlines against %u title%s\n%-12s  %-" CELL_WIDTH "s  %-" CELL_WIDTH "s  %-" CELL_WIDTH "s\n",
          n_titles, n_titles == 1 ? "" : "s", "system", "ROUGE-1 F", "ROUGE-2 F", "ROUGE-L F");
      json_builder_set_member_name (b, "headline");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "n_documents");
      json_builder_add_int_value (b, n_titles);
      add_table_row (table, "precis", e->headline_precis, HEADLINE_METRICS, (guint)bootstrap, (guint64)seed,
                     0, b);
      add_table_row (table, "lead-prefix", e->headline_lead, HEADLINE_METRICS, (guint)bootstrap,
                     (guint64)seed, 0, b);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  if (json)
    {
      g_autoptr (JsonNode) root = json_builder_get_root (b);
      g_autofree gchar *s = cli_json_to_string_short (root);
      if (cli_write (s, strlen (s)))
        cli_write ("\n", 1);
    }
  else
    cli_write (table->str, table->len); /* the reason of a failed write kept as it happens */
  g_string_free (table, TRUE);
  if (n_bad > 0)
    {
      cli_error ("%u bad lines skipped in %s", n_bad, dataset);
      return CLI_EXIT_FAILURE;
    }

  return CLI_EXIT_OK;
}

int
cli_eval (int argc, char **argv)
{
  g_autofree gchar *systems = NULL, *language = NULL, *format = NULL, *output = NULL, *compat = NULL;
  g_autofree gchar *summary_field = NULL, *title_field = NULL, *half = NULL, *opts = NULL;
  gint n_sentences = 3, bootstrap = 1000, limit = G_MININT; /* G_MININT: not given, every document */
  gint64 seed = 0;
  gboolean stem = FALSE, lossy = FALSE, no_timings = FALSE;
  g_auto (GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "systems", 's', 0, G_OPTION_ARG_STRING, &systems,
      "Systems to run: precis (the default ranker, editor), textrank, cosine, bm25, position, editor, lead, "
      "random, oracle (default all but editor, which is precis's row)",
      "LIST" },
    { "sentences", 'n', 0, G_OPTION_ARG_INT, &n_sentences,
      "Summary length in sentences (default 3), for every system: the baselines are defined in sentences, "
      "so eval has no --ratio or --words",
      "N" },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language,
      "Language of the dataset, or auto: detected per document (the default)", "LANG" },
    { "stem", 0, 0, G_OPTION_ARG_NONE, &stem, "Stem tokens when scoring, as the ROUGE flavour does", NULL },
    { "compat", 0, 0, G_OPTION_ARG_STRING, &compat, "ROUGE flavour: rouge-score (default) or rouge155",
      "FLAVOUR" },
    { "bootstrap", 0, 0, G_OPTION_ARG_INT, &bootstrap, "Bootstrap resamples (default 1000)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      "Seed of the bootstrap and the random baseline, 0 to 4294967295 (default 0)", "N" },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, "Only the first N documents", "N" },
    { "lossy", 0, 0, G_OPTION_ARG_NONE, &lossy,
      "Read bytes that are not UTF-8, NUL characters and lone surrogates as U+FFFD, as precis batch "
      "--lossy does (by default such a record is refused, as batch refuses it)",
      NULL },
    { "half", 0, 0, G_OPTION_ARG_STRING, &half,
      "Only the documents of one half: tune (SHA-1 of id starts with 0-7) or blind", "HALF" },
    { "summary-field", 0, 0, G_OPTION_ARG_STRING, &summary_field,
      "Field of the reference summary (default summary)", "NAME" },
    { "title-field", 0, 0, G_OPTION_ARG_STRING, &title_field,
      "Field of the reference headline (default title)", "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write each system's summaries to DIR/<system>.jsonl",
      "DIR" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "text (default) or json", "FORMAT" },
    { "no-timings", 0, 0, G_OPTION_ARG_NONE, &no_timings,
      "Leave out the run's seconds and docs/s (docs_per_second), so that two runs give the same bytes",
      NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "DATASET.jsonl" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- evaluate summarisers against references");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_description (
      ctx, "DATASET holds one JSON object a line with \"id\", \"text\" (the article), \"summary\" (the\n"
           "reference) and optionally \"title\" (a reference headline), each summarised as precis batch\n"
           "summarises it (with its title: the summaries a user of batch gets). Prints ROUGE-1, ROUGE-2 and\n"
           "ROUGE-Lsum F (percent, 95% bootstrap interval) and documents per second for each system,\n"
           "and the headline scores against the titles. A record with an empty text or reference, a\n"
           "blank line, a title that is not a string or text that is not UTF-8 (without --lossy) is\n"
           "refused as precis batch refuses it (FILE:LINE and its id, exit status 1), the others\n"
           "scored. ROUGE-Lsum splits the reference at newlines only, as rouge_score does; the\n"
           "intervals are precis rouge's with --metrics=rouge1,rouge2,rougeLsum. See precis(1).");
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return cli_usage_error ("precis eval", "%s", error->message);
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return cli_usage_error ("precis eval", "give one DATASET.jsonl");
  if (limit != G_MININT && limit < 1)
    return cli_usage_error ("precis eval", "--limit must be positive (leave it out for every document)");
  limit = MAX (limit, 0); /* 0 below: no limit */
  if (n_sentences < 1 || bootstrap < 0 || seed < 0)
    return cli_usage_error ("precis eval",
                            "--sentences must be positive; --bootstrap and --seed not negative");
  if (seed > CLI_SEED_MAX)
    return cli_seed_too_large ("precis eval");
  if (half != NULL && !cli_value_is (half, "tune") && !cli_value_is (half, "blind"))
    return cli_usage_error ("precis eval", "unknown --half \"%s\" (tune or blind)", half);
  gboolean json = format != NULL && cli_value_is (format, "json");
  if (format != NULL && !json && !cli_value_is (format, "text"))
    return cli_usage_error ("precis eval", "unknown format \"%s\" (text or json)", format);
  PrecisRougeCompat flavour = PRECIS_ROUGE_COMPAT_ROUGE_SCORE;
  if (compat != NULL && cli_value_is (compat, "rouge155"))
    flavour = PRECIS_ROUGE_COMPAT_ROUGE155;
  else if (compat != NULL && !cli_value_is (compat, "rouge-score"))
    return cli_usage_error ("precis eval", "unknown --compat \"%s\" (rouge-score or rouge155)", compat);

  Eval e = { 0 };
  e.no_timings = no_timings;
  e.n_sentences = (guint)n_sentences;
  e.seed = (guint64)seed;
  e.lossy = lossy;
  for (guint k = 0; k < N_SYSTEMS; k++)
    e.enabled[k] = runs_by_default (k);
  if (systems != NULL && !parse_systems (systems, e.enabled, &error))
    return cli_usage_error ("precis eval", "%s", error->message);
  e.base = precis_summarizer_new (language, &error);
  if (e.base == NULL)
    return cli_usage_error ("precis eval", "%s", error->message);
  precis_summarizer_set_sentences (e.base, e.n_sentences);
  precis_summarizer_set_lossy (e.base, lossy);
  /* The headline table scores the generated headline: a title line copied from the text would
   * score itself. */
  precis_summarizer_set_headline (e.base, PRECIS_HEADLINE_GENERATED);
  if (e.enabled[SYSTEM_LEAD] || e.enabled[SYSTEM_RANDOM] || e.enabled[SYSTEM_ORACLE])
    {
      e.segmenter = precis_summarizer_new (language, NULL);
      precis_summarizer_set_lossy (e.segmenter, lossy);
    }
  e.oracle_scorer = precis_rouge_new (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, stem);
  precis_rouge_set_metrics (e.oracle_scorer, (1u << PRECIS_ROUGE_1) | (1u << PRECIS_ROUGE_2));
  e.headline_precis = precis_rouge_new (flavour, stem);
  e.headline_lead = precis_rouge_new (flavour, stem);
  precis_rouge_set_metrics (e.headline_precis, HEADLINE_METRICS);
  precis_rouge_set_metrics (e.headline_lead, HEADLINE_METRICS);

  int status = CLI_EXIT_OK;
  if (output != NULL && g_mkdir_with_parents (output, 0755) != 0)
    {
      cli_error ("%s: cannot create: %s", output, g_strerror (errno));
      status = CLI_EXIT_FAILURE;
      goto done;
    }
  for (guint k = 0; k < N_SYSTEMS; k++)
    {
      System *s = &e.systems[k];
      s->kind = (SystemKind)k;
      if (!e.enabled[k])
        continue;
      s->rouge = precis_rouge_new (flavour, stem);
      precis_rouge_set_metrics (s->rouge, SUMMARY_METRICS);
      if (k < G_N_ELEMENTS (rankers) && rankers[k] == PRECIS_RANKER_DEFAULT)
        s->is_default = TRUE;
      else if (k < G_N_ELEMENTS (rankers))
        {
          s->summarizer = precis_summarizer_new (language, NULL);
          precis_summarizer_set_sentences (s->summarizer, e.n_sentences);
          precis_summarizer_set_ranker (s->summarizer, rankers[k]);
          precis_summarizer_set_lossy (s->summarizer, lossy);
          precis_summarizer_set_headline (s->summarizer, PRECIS_HEADLINE_GENERATED);
        }
      if (output != NULL)
        {
          g_autofree gchar *name = g_strdup_printf ("%s.jsonl", system_names[k]);
          g_autofree gchar *path = g_build_filename (output, name, NULL);
          s->output = fopen (path, "w");
          s->path = g_steal_pointer (&path);
          if (s->output == NULL)
            {
              cli_error ("%s: cannot write: %s", s->path, g_strerror (errno));
              status = CLI_EXIT_FAILURE;
              goto done;
            }
        }
    }

  e.summary_field = summary_field ? summary_field : "summary";
  e.title_field = title_field ? title_field : "title";
  opts = options_line (&e, language, n_sentences, flavour, stem, bootstrap, seed, limit, half, summary_field,
                       title_field);
  status = eval_run (&e, files[0], limit, opts, bootstrap, seed, json, half);

done:
  for (guint k = 0; k < N_SYSTEMS; k++)
    {
      precis_summarizer_free (e.systems[k].summarizer);
      precis_rouge_free (e.systems[k].rouge);
      System *s = &e.systems[k];
      if (s->output != NULL && !cli_close_file (s->output, s->path, &s->write_errno))
        status = CLI_EXIT_FAILURE;
      g_free (s->path);
    }
  precis_summarizer_free (e.segmenter);
  precis_summarizer_free (e.base);
  precis_rouge_free (e.oracle_scorer);
  precis_rouge_free (e.headline_precis);
  precis_rouge_free (e.headline_lead);
  if (!cli_flush_output ())
    status = CLI_EXIT_FAILURE;
  return status;
}
