/* cmd-rouge.c - `precis rouge`: score candidate summaries against references.
 *
 * Reads two JSON Lines files (or two directories of text files matched by name), pairs the
 * documents by id (a repeated reference id means several references), scores them with the
 * library's ROUGE scorer and prints the corpus table (or JSON), optionally per document.
 * Problems with the inputs are reported with file and line; the scores of everything else
 * are still printed, and the exit status is 1.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct
{
  gchar *id;
  GPtrArray *texts; /* references: one or more; candidates: one */
} Entry;

static void
entry_free (gpointer data)
{
  Entry *e = data;
  g_free (e->id);
  g_ptr_array_unref (e->texts);
  g_free (e);
}

typedef struct
{
  GPtrArray *entries;  /* Entry, in first-seen order */
  GHashTable *by_id;   /* id -> Entry */
  gboolean unreadable; /* the file or directory could not be opened */
} Corpus;

static void
corpus_init (Corpus *c)
{
  c->entries = g_ptr_array_new_with_free_func (entry_free);
  c->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  c->unreadable = FALSE;
}

static void
corpus_clear (Corpus *c)
{
  g_hash_table_unref (c->by_id);
  g_ptr_array_unref (c->entries);
}

/* Adds a text; with @several, a repeated id adds a text to the entry, else it is an error. */
static gboolean
corpus_add (Corpus *c, const gchar *id, gchar *text, gboolean several)
{
  Entry *e = g_hash_table_lookup (c->by_id, id);
  if (e != NULL && !several)
    {
      g_free (text);
      return FALSE;
    }
  if (e == NULL)
    {
      e = g_new0 (Entry, 1);
      e->id = g_strdup (id);
      e->texts = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (c->entries, e);
      g_hash_table_insert (c->by_id, e->id, e);
    }
  g_ptr_array_add (e->texts, text);
  return TRUE;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const gchar *const *)a, *(const gchar *const *)b);
}

/* Loads a JSON Lines file or a directory of text files; returns the number of problems. */
static guint
corpus_load (Corpus *c, const gchar *path, const gchar *field, gboolean several)
{
  guint problems = 0;
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GDir) dir = g_dir_open (path, 0, &error);
      if (dir == NULL)
        {
          cli_error ("%s", error->message);
          c->unreadable = TRUE;
          return 1;
        }
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const gchar *name;
      while ((name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.') /* hidden files (an editor's swap file, .DS_Store) are no summaries */
          g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_sort (names, compare_names);
      for (guint i = 0; i < names->len; i++)
        {
          g_autofree gchar *file = g_build_filename (path, names->pdata[i], NULL);
          if (!g_file_test (file, G_FILE_TEST_IS_REGULAR))
            continue;
          gsize len = 0;
          gchar *text = cli_read_input (file, 0, &len, &error);
          if (text == NULL || !g_utf8_validate_len (text, len, NULL))
            {
              cli_error ("%s: %s", file, error ? error->message : "invalid UTF-8");
              g_clear_error (&error);
              g_free (text);
              problems++;
              continue;
            }
          corpus_add (c, names->pdata[i], text, several);
        }
      return problems;
    }

  g_autoptr (GError) error = NULL;
  CliJsonl *r = cli_jsonl_open (path, FALSE, &error);
  if (r == NULL)
    {
      cli_error ("%s", error->message);
      c->unreadable = TRUE;
      return 1;
    }
  cli_jsonl_keep_blank_lines (r); /* a blank line is a bad line, as precis eval and batch have it */
  JsonObject *o = NULL;
  while (cli_jsonl_next (r, &o, &error))
    {
      if (o == NULL)
        {
          cli_error ("%s", error->message);
          g_clear_error (&error);
          problems++;
          continue;
        }
      g_autofree gchar *id = cli_json_id (o);
      gchar *text = cli_json_text (o, field);
      if (id == NULL || text == NULL)
        {
          cli_error ("%s:%u: %s", cli_jsonl_name (r), cli_jsonl_line (r),
                     id == NULL ? "no \"id\" (string or number)"
                                : "no text field (a string or an array of strings)");
          if (text == NULL && id != NULL)
            cli_error ("%s:%u: (the field read is \"%s\"; see --field)", cli_jsonl_name (r),
                       cli_jsonl_line (r), field);
          g_free (text);
          problems++;
        }
      else if (!corpus_add (c, id, text, several))
        {
          cli_error ("%s:%u: id \"%s\" repeated (candidates need one each)", cli_jsonl_name (r),
                     cli_jsonl_line (r), id);
          problems++;
        }
      json_object_unref (o);
    }
  cli_jsonl_close (r);
  return problems;
}

static gboolean
parse_metrics (const gchar *list, guint *mask, GError **error)
{
  *mask = 0;
  g_auto (GStrv) names = g_strsplit (list, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      gchar *name = g_strstrip (names[i]);
      PrecisRougeMetric m;
      if (name[0] == '\0')
        {
          /* "rouge1,,rouge2" or a trailing comma: a name left out, refused, not skipped */
          g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGUMENT,
                       "--metrics \"%s\" has an empty name (names separated by single commas)", list);
          return FALSE;
        }
      if (!precis_rouge_metric_from_name (name, &m))
        {
          g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGUMENT,
                       "unknown metric \"%s\" (rouge1..rouge4, rougeL, rougeLsum, rougeW, rougeS, rougeSU)",
                       name);
          return FALSE;
        }
      *mask |= 1u << m;
    }
  return *mask != 0;
}

/* P, R and F as members "p", "r", "f" (with @suffix: "p_mid", ...) of the open object. */
static void
add_members (JsonBuilder *b, const PrecisRougeScore *s, const gchar *suffix)
{
  const gchar *names[] = { "p", "r", "f" };
  const gdouble values[] = { s->p, s->r, s->f };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree gchar *name = g_strconcat (names[i], suffix, NULL);
      json_builder_set_member_name (b, name);
      json_builder_add_double_value (b, values[i]);
    }
}

void
cli_rouge_add_score_json (JsonBuilder *b, const PrecisRougeScore *s)
{
  json_builder_begin_object (b);
  add_members (b, s, "");
  json_builder_end_object (b);
}

static void
add_range (JsonBuilder *b, const gchar *name, gdouble lo, gdouble hi)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  json_builder_add_double_value (b, lo);
  json_builder_add_double_value (b, hi);
  json_builder_end_array (b);
}

void
cli_rouge_add_aggregate_json (JsonBuilder *b, const PrecisRougeAggregate *a)
{
  json_builder_begin_object (b);
  add_members (b, &a->mean, "");
  if (a->has_ci)
    {
      add_range (b, "p_ci", a->low.p, a->high.p);
      add_range (b, "r_ci", a->low.r, a->high.r);
      add_range (b, "f_ci", a->low.f, a->high.f);
      /* The figure the reference scorer reports: rouge_score's mid (the median of the bootstrap
       * means), ROUGE-1.5.5's Average (the mean of its sample means). */
      add_members (b, &a->mid, "_mid");
    }
  json_builder_end_object (b);
}

/* Whether ROUGE's tokenizers (runs of [a-z0-9] after lower-casing) see most of @reference:
 * FALSE when most of its letters are not ASCII (Chinese, Arabic, Russian...), whose words both
 * flavours drop, so that a score would count its digits and Latin words alone. */
gboolean
cli_rouge_reads_text (const gchar *reference)
{
  guint ascii = 0, other = 0;
  for (const gchar *p = reference; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c < 0x80)
        ascii += g_ascii_isalpha ((gchar)c) ? 1 : 0;
      else if (g_unichar_isalpha (c))
        other++;
    }
  return other <= ascii;
}

void
cli_rouge_warn_unscorable (const gchar *name, guint n_unscorable)
{
  if (n_unscorable > 0)
    cli_error ("warning: %s: %u reference%s written mostly in letters other than a-z; ROUGE reads only "
               "runs of a-z and 0-9, so their scores count digits and Latin words alone (see "
               "docs/evaluation.md)",
               name, n_unscorable, n_unscorable == 1 ? " is" : "s are");
}

static void
print_json (JsonBuilder *b)
{
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  g_autofree gchar *s = cli_json_to_string_short (root);
  printf ("%s\n", s);
}

int
cli_rouge (int argc, char **argv)
{
  g_autofree gchar *candidates = NULL, *references = NULL, *field = NULL, *compat = NULL, *metrics = NULL,
                   *format = NULL;
  gboolean stem = FALSE, allow_missing = FALSE, per_document = FALSE;
  gdouble alpha = CLI_UNSET_RATIO, confidence = 0.95;
  gint bootstrap = 1000;
  gint64 seed = 0;
  const GOptionEntry entries[] = {
    { "candidates", 'c', 0, G_OPTION_ARG_FILENAME, &candidates,
      "Candidate summaries: JSON Lines or a directory", "PATH" },
    { "references", 'r', 0, G_OPTION_ARG_FILENAME, &references,
      "Reference summaries: JSON Lines or a directory", "PATH" },
    { "field", 0, 0, G_OPTION_ARG_STRING, &field, "Text field of the JSON objects (default summary)",
      "NAME" },
    { "compat", 0, 0, G_OPTION_ARG_STRING, &compat, "rouge-score (default) or rouge155", "FLAVOUR" },
    { "stem", 0, 0, G_OPTION_ARG_NONE, &stem, "Stem tokens as the chosen flavour does", NULL },
    { "metrics", 0, 0, G_OPTION_ARG_STRING, &metrics,
      "Comma-separated metrics (default: the flavour's; rouge-score's share one random stream in order, so "
      "the set changes their intervals)",
      "LIST" },
    { "alpha", 0, 0, G_OPTION_ARG_DOUBLE, &alpha,
      "F = PR/((1-a)P + aR), as ROUGE-1.5.5 -p (rouge155 only; default 0.5)", "A" },
    { "bootstrap", 0, 0, G_OPTION_ARG_INT, &bootstrap, "Bootstrap resamples (default 1000; 0: none)", "N" },
    { "confidence", 0, 0, G_OPTION_ARG_DOUBLE, &confidence,
      "Confidence level of the interval: a fraction below 1 or a percentage below 100 (default 0.95)", "C" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      "Random seed, 0 to 4294967295 (default 0, as both reference scorers)", "N" },
    { "allow-missing", 0, 0, G_OPTION_ARG_NONE, &allow_missing, "Score a missing candidate as empty", NULL },
    { "per-document", 0, 0, G_OPTION_ARG_NONE, &per_document, "Also print the scores of every document",
      NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "text (default) or json", "FORMAT" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- score summaries against references with ROUGE");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_description (
      ctx, "JSON Lines inputs hold objects with \"id\" and a text field (a string whose sentences are\n"
           "separated by newlines, or an array of sentences); a repeated reference id gives several\n"
           "references; a blank line is a bad line. Documents are scored in the candidates' order.\n"
           "Directories hold one text file per document, matched by file name.\n"
           "--compat=rouge-score reproduces Google's rouge_score 0.1.2; --compat=rouge155 reproduces\n"
           "ROUGE-1.5.5 -c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a (-m with --stem). Time grows with the\n"
           "square of a text's length (rougeS*, rougeSU*: skip-bigrams across its sentences) and with\n"
           "each sentence pair's product (rougeW, rougeL: as ROUGE defines them); memory is linear\n"
           "but for the LCS traceback, one bit for each token pair of a reference and\n"
           "a candidate sentence that share a word: 50 MB for two 20,000-token sentences. See precis(1).");
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return cli_usage_error ("precis rouge", "%s", error->message);

  PrecisRougeCompat flavour = PRECIS_ROUGE_COMPAT_ROUGE_SCORE;
  gboolean json = FALSE;
  guint mask = 0;
  if (candidates == NULL || references == NULL)
    return cli_usage_error ("precis rouge", "give both --candidates and --references");
  if (compat != NULL && cli_value_is (compat, "rouge155"))
    flavour = PRECIS_ROUGE_COMPAT_ROUGE155;
  else if (compat != NULL && !cli_value_is (compat, "rouge-score"))
    return cli_usage_error ("precis rouge", "unknown --compat \"%s\" (rouge-score or rouge155)", compat);
  if (format != NULL && cli_value_is (format, "json"))
    json = TRUE;
  else if (format != NULL && !cli_value_is (format, "text"))
    return cli_usage_error ("precis rouge", "unknown format \"%s\" (text or json)", format);
  if (metrics != NULL && !parse_metrics (metrics, &mask, &error))
    return cli_usage_error ("precis rouge", "%s", error ? error->message : "--metrics names no metric");
  /* rouge_score has no rougeW, rougeS or rougeSU, and always reports F1: asking it for them
   * is refused, not answered with zeros or an alpha that is not used. */
  PrecisRougeMetric missing;
  if (!precis_rouge_metrics_allowed (flavour, mask, &missing))
    return cli_usage_error ("precis rouge",
                            "--compat=rouge-score has no %s (rouge_score computes rouge1..rouge4, "
                            "rougeL and rougeLsum; --compat=rouge155 has it)",
                            precis_rouge_metric_name (missing));
  if (alpha != CLI_UNSET_RATIO && flavour == PRECIS_ROUGE_COMPAT_ROUGE_SCORE)
    return cli_usage_error ("precis rouge",
                            "--alpha applies to --compat=rouge155 only (rouge_score always reports F1)");
  if (alpha == CLI_UNSET_RATIO)
    alpha = 0.5;
  if (!(alpha >= 0 && alpha <= 1))
    return cli_usage_error ("precis rouge", "--alpha must be between 0 and 1");
  /* A fraction below 1 (0.95), or a percentage from 1 to below 100 ("95", as ROUGE-1.5.5's -c):
   * one rule, so 1 is 1 % and 1.5 is 1.5 %. */
  if (confidence >= 1 && confidence < 100)
    {
      /* 99.9 / 100 is 0.9990000000000001 in binary: the percentage's decimal digits moved two
       * places, read back (15 significant digits, all a double holds of a decimal), give 0.999,
       * the level meant, for the options line and the interval alike. */
      gchar buf[G_ASCII_DTOSTR_BUF_SIZE];
      confidence = g_ascii_strtod (g_ascii_formatd (buf, sizeof buf, "%.15g", confidence / 100), NULL);
    }
  if (!(confidence > 0 && confidence < 1))
    return cli_usage_error ("precis rouge",
                            "--confidence must be a fraction between 0 and 1 (0.95) or a percentage "
                            "below 100 (95)");
  if (bootstrap < 0 || seed < 0)
    return cli_usage_error ("precis rouge", "--bootstrap and --seed must not be negative");
  if (seed > CLI_SEED_MAX)
    return cli_seed_too_large ("precis rouge");
  if (field == NULL)
    field = g_strdup ("summary");

  Corpus refs, cands;
  corpus_init (&refs);
  corpus_init (&cands);
  guint problems = corpus_load (&refs, references, field, TRUE);
  problems += corpus_load (&cands, candidates, field, FALSE);

  if (refs.unreadable || cands.unreadable)
    {
      /* the error above names the input; a table of zeros would read as a score */
      corpus_clear (&refs);
      corpus_clear (&cands);
      return CLI_EXIT_FAILURE;
    }
  g_autoptr (PrecisRouge) scorer = precis_rouge_new (flavour, stem);
  if (mask != 0)
    precis_rouge_set_metrics (scorer, mask);
  precis_rouge_set_alpha (scorer, alpha);
  mask = precis_rouge_get_metrics (scorer);

  /* The documents in the candidates' order, then the references without a candidate (with
   * --allow-missing) in theirs: rouge_score's bootstrap draws documents by their place, so the
   * interval does not depend on the order of the references' lines (rouge155 sorts by id). */
  guint n_missing = 0, n_unscorable = 0;
  for (guint i = 0; i < cands.entries->len; i++)
    {
      Entry *cand = cands.entries->pdata[i];
      Entry *ref = g_hash_table_lookup (refs.by_id, cand->id);
      if (ref != NULL)
        precis_rouge_add (scorer, ref->id, cand->texts->pdata[0], (const gchar *const *)ref->texts->pdata,
                          ref->texts->len, NULL);
    }
  for (guint i = 0; i < refs.entries->len; i++)
    {
      Entry *ref = refs.entries->pdata[i];
      gboolean reads = TRUE;
      for (guint k = 0; k < ref->texts->len && reads; k++)
        reads = cli_rouge_reads_text (ref->texts->pdata[k]);
      n_unscorable += !reads;
      if (g_hash_table_contains (cands.by_id, ref->id))
        continue;
      if (n_missing++ < 10)
        cli_error ("no candidate for id \"%s\"%s", ref->id, allow_missing ? " (scored as empty)" : "");
      if (allow_missing)
        precis_rouge_add (scorer, ref->id, "", (const gchar *const *)ref->texts->pdata, ref->texts->len,
                          NULL);
    }
  if (n_missing > 10)
    cli_error ("... %u ids without a candidate in all", n_missing);
  /* as precis eval warns: Chinese scored from its digits alone would read as a score */
  cli_rouge_warn_unscorable (references, n_unscorable);
  guint n_extra = 0;
  for (guint i = 0; i < cands.entries->len; i++)
    {
      Entry *cand = cands.entries->pdata[i];
      if (!g_hash_table_contains (refs.by_id, cand->id) && n_extra++ < 10)
        cli_error ("candidate id \"%s\" has no reference (ignored)", cand->id);
    }
  if (n_extra > 10)
    cli_error ("... %u candidate ids without a reference in all", n_extra);

  guint n = precis_rouge_get_n_documents (scorer);
  if (n == 0)
    {
      /* A table of zeros would read as a score: the errors above name the input, and nothing
       * else is printed. */
      cli_error ("no document to score: %s", refs.entries->len == 0 ? "the references hold no record"
                                             : cands.entries->len == 0
                                                 ? "the candidates hold no record"
                                                 : "no candidate id matches a reference id");
      corpus_clear (&refs);
      corpus_clear (&cands);
      return CLI_EXIT_FAILURE;
    }
  GString *opts = g_string_new (NULL);
  g_string_append_printf (
      opts, "--compat=%s%s --metrics=", flavour == PRECIS_ROUGE_COMPAT_ROUGE155 ? "rouge155" : "rouge-score",
      stem ? " --stem" : "");
  for (guint m = 0, k = 0; m < PRECIS_ROUGE_N_METRICS; m++)
    if (mask & (1u << m))
      g_string_append_printf (opts, "%s%s", k++ ? "," : "", precis_rouge_metric_name (m));
  gchar abuf[G_ASCII_DTOSTR_BUF_SIZE], cbuf[G_ASCII_DTOSTR_BUF_SIZE];
  /* --alpha is a usage error with rouge-score (always F1): the line names it only where it applies. */
  if (flavour == PRECIS_ROUGE_COMPAT_ROUGE155)
    g_string_append_printf (opts, " --alpha=%s", cli_format_double (abuf, alpha));
  g_string_append_printf (opts, " --bootstrap=%d --confidence=%s --seed=%" G_GINT64_FORMAT "%s", bootstrap,
                          cli_format_double (cbuf, confidence), seed,
                          allow_missing ? " --allow-missing" : "");

  PrecisRougeAggregate agg[PRECIS_ROUGE_N_METRICS];
  precis_rouge_aggregate (scorer, (guint)bootstrap, confidence, (guint64)seed, agg);

  if (per_document)
    for (guint i = 0; i < n; i++)
      {
        const gchar *id = NULL;
        const PrecisRougeScore *s = precis_rouge_get_document_scores (scorer, i, &id);
        if (json)
          {
            g_autoptr (JsonBuilder) b = json_builder_new ();
            json_builder_begin_object (b);
            json_builder_set_member_name (b, "id");
            json_builder_add_string_value (b, id);
            for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
              if (mask & (1u << m))
                {
                  json_builder_set_member_name (b, precis_rouge_metric_name (m));
                  cli_rouge_add_score_json (b, &s[m]);
                }
            json_builder_end_object (b);
            print_json (b);
          }
        else
          {
            printf ("%s", id);
            for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
              if (mask & (1u << m))
                printf ("\t%s P %.5f R %.5f F %.5f", precis_rouge_metric_name (m), s[m].p, s[m].r, s[m].f);
            printf ("\n");
          }
      }

  if (json)
    {
      g_autoptr (JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "options");
      json_builder_add_string_value (b, opts->str);
      json_builder_set_member_name (b, "n_documents");
      json_builder_add_int_value (b, n);
      for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
        if (mask & (1u << m))
          {
            json_builder_set_member_name (b, precis_rouge_metric_name (m));
            cli_rouge_add_aggregate_json (b, &agg[m]);
          }
      json_builder_end_object (b);
      print_json (b);
    }
  else
    {
      printf ("precis rouge %s\n%u %s\n\n", opts->str, n, n == 1 ? "document" : "documents");
      /* F is the mean over documents; "F mid" the figure the reference scorer reports. */
      if (bootstrap > 0)
        printf ("%-10s %9s %9s %9s %9s   %s\n", "metric", "P", "R", "F", "F mid", "F interval");
      else
        printf ("%-10s %9s %9s %9s   \n", "metric", "P", "R", "F");
      for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
        {
          if (!(mask & (1u << m)))
            continue;
          const PrecisRougeAggregate *a = &agg[m];
          printf ("%-10s %9.5f %9.5f %9.5f", precis_rouge_metric_name (m), a->mean.p, a->mean.r, a->mean.f);
          if (a->has_ci)
            printf (" %9.5f   [%.5f, %.5f]", a->mid.f, a->low.f, a->high.f);
          printf ("\n");
        }
    }
  g_string_free (opts, TRUE);
  corpus_clear (&refs);
  corpus_clear (&cands);
  if (!cli_flush_output ())
    return CLI_EXIT_FAILURE;
  return problems > 0 || (n_missing > 0 && !allow_missing) ? CLI_EXIT_FAILURE : CLI_EXIT_OK;
}
