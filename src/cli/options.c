/* options.c - the summariser options that the commands share, and the summariser they
 * describe. */
#include "config.h"

#include "cli.h"

gchar *
cli_ranker_list (void)
{
  const gchar *const *names = precis_rankers ();
  guint n = g_strv_length ((gchar **)names);
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? "" : i + 1 == n ? " or " : ", ", names[i]);
  return g_string_free (out, FALSE);
}

void
cli_summarizer_options_add (GOptionContext *ctx, CliSummarizerOptions *o, const gchar *refused,
                            gboolean progress)
{
  o->sentences = CLI_UNSET;
  o->ratio = CLI_UNSET_RATIO;
  o->words = CLI_UNSET;
  o->max_input = PRECIS_DEFAULT_MAX_INPUT;
  o->max_input_help
      = g_strdup_printf ("Refuse %s larger than this (default %" G_GSIZE_FORMAT "; 0: no limit)", refused,
                         (gsize)PRECIS_DEFAULT_MAX_INPUT);
  g_autofree gchar *list = cli_ranker_list ();
  o->ranker_help = g_strdup_printf ("Sentence ranker: %s (default %s)", list,
                                    precis_ranker_name (PRECIS_RANKER_DEFAULT));
  const GOptionEntry entries[] = {
    { "sentences", 'n', 0, G_OPTION_ARG_INT, &o->sentences, "Summary length in sentences (default 3)", "N" },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &o->language,
      "Language name or ISO 639-1 code, or auto: detected per document (the default)", "LANG" },
    { "ranker", 'r', 0, G_OPTION_ARG_STRING, &o->ranker_name, o->ranker_help, "NAME" },
    { "lossy", 0, 0, G_OPTION_ARG_NONE, &o->lossy, "Replace invalid UTF-8 and NUL bytes instead of failing",
      NULL },
    { "clean", 0, 0, G_OPTION_ARG_STRING, &o->clean_name, CLI_CLEAN_HELP, "MODE" },
    { "headline", 0, 0, G_OPTION_ARG_STRING, &o->headline_name, CLI_HEADLINE_HELP, "MODE" },
    { "max-input-bytes", 0, 0, G_OPTION_ARG_INT64, &o->max_input, o->max_input_help, "N" },
    G_OPTION_ENTRY_NULL,
  };
  g_option_context_add_main_entries (ctx, entries, NULL);
  const GOptionEntry progress_entries[] = {
    { "progress", 0, 0, G_OPTION_ARG_NONE, &o->progress,
      "Show progress on standard error even when not a terminal", NULL },
    G_OPTION_ENTRY_NULL,
  };
  if (progress)
    g_option_context_add_main_entries (ctx, progress_entries, NULL);
}

void
cli_summarizer_options_add_length (GOptionContext *ctx, CliSummarizerOptions *o)
{
  const GOptionEntry entries[] = {
    { "ratio", 0, 0, G_OPTION_ARG_DOUBLE, &o->ratio, "Summary length as a fraction of the sentences (0-1]",
      "R" },
    { "words", 0, 0, G_OPTION_ARG_INT, &o->words, "Summary length in words", "W" },
    G_OPTION_ENTRY_NULL,
  };
  g_option_context_add_main_entries (ctx, entries, NULL);
}

static PrecisSummarizer *
configure (PrecisSummarizer *s, const CliSummarizerOptions *o)
{
  if (s == NULL)
    return NULL;
  precis_summarizer_set_sentences (s, o->sentences == CLI_UNSET ? 3 : (guint)o->sentences);
  if (o->ratio != CLI_UNSET_RATIO)
    precis_summarizer_set_ratio (s, o->ratio);
  else if (o->words != CLI_UNSET)
    precis_summarizer_set_words (s, (guint)o->words);
  precis_summarizer_set_ranker (s, o->ranker);
  precis_summarizer_set_lossy (s, o->lossy);
  precis_summarizer_set_clean (s, o->clean);
  precis_summarizer_set_max_input (s, (gsize)o->max_input);
  precis_summarizer_set_headline (s, o->headline);
  return s;
}

PrecisSummarizer *
cli_summarizer_options_new_summarizer (const CliSummarizerOptions *o, const gchar *language, GError **error)
{
  return configure (precis_summarizer_new (language != NULL ? language : o->language, error), o);
}

PrecisSummarizer *
cli_summarizer_options_build (CliSummarizerOptions *o, const gchar *command, int *status)
{
  o->ranker = PRECIS_RANKER_DEFAULT;
  o->clean = PRECIS_CLEAN_NONE;
  o->headline = PRECIS_HEADLINE_AUTO;
  g_autoptr (GError) error = NULL;
  guint n_budgets = (o->sentences != CLI_UNSET) + (o->ratio != CLI_UNSET_RATIO) + (o->words != CLI_UNSET);
  if (n_budgets > 1)
    *status = cli_usage_error (command, "give only one of --sentences, --ratio and --words");
  else if (o->ratio != CLI_UNSET_RATIO && !(o->ratio > 0 && o->ratio <= 1))
    *status = cli_usage_error (command, "--ratio must be more than 0 and at most 1");
  else if (o->words != CLI_UNSET && o->words < 1)
    *status = cli_usage_error (command, "--words must be at least 1");
  else if (o->sentences != CLI_UNSET && o->sentences < 1)
    *status = cli_usage_error (command, "--sentences must be at least 1");
  else if (o->max_input < 0)
    *status = cli_usage_error (command, "--max-input-bytes must not be negative");
  else if (o->ranker_name != NULL && !precis_ranker_from_name (o->ranker_name, &o->ranker))
    {
      g_autofree gchar *list = cli_ranker_list ();
      *status = cli_usage_error (command, "unknown ranker \"%s\" (%s)", o->ranker_name, list);
    }
  else if (o->clean_name != NULL && !precis_clean_from_name (o->clean_name, &o->clean))
    *status = cli_usage_error (command, CLI_CLEAN_UNKNOWN, o->clean_name);
  else if (o->headline_name != NULL && !precis_headline_mode_from_name (o->headline_name, &o->headline))
    *status = cli_usage_error (command, CLI_HEADLINE_UNKNOWN, o->headline_name);
  else
    {
      PrecisSummarizer *s = precis_summarizer_new (o->language, &error);
      if (s == NULL)
        {
          *status = cli_usage_error (command, "%s", error->message);
          return NULL;
        }
      return configure (s, o);
    }
  return NULL;
}

void
cli_summarizer_options_clear (CliSummarizerOptions *o)
{
  g_free (o->language);
  g_free (o->ranker_name);
  g_free (o->clean_name);
  g_free (o->headline_name);
  g_free (o->ranker_help);
  g_free (o->max_input_help);
}
