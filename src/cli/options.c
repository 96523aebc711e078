/* options.c - the summariser options that `precis batch` and `precis digest` share, and the
 * summariser they describe. */
#include "config.h"

#include "cli.h"

void
cli_summarizer_options_add (GOptionContext *ctx, CliSummarizerOptions *o, const gchar *refused)
{
  o->sentences = 3;
  o->max_input = 64 << 20;
  o->refused = g_strdup_printf ("Refuse %s larger than this (default 67108864; 0: no limit)", refused);
  const GOptionEntry entries[] = {
    { "sentences", 'n', 0, G_OPTION_ARG_INT, &o->sentences, "Summary length in sentences (default 3)", "N" },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &o->language,
      "Language name or ISO 639-1 code (default english)", "LANG" },
    { "ranker", 'r', 0, G_OPTION_ARG_STRING, &o->ranker, "Sentence ranker (default editor)", "NAME" },
    { "lossy", 0, 0, G_OPTION_ARG_NONE, &o->lossy, "Replace invalid UTF-8 and NUL bytes instead of failing",
      NULL },
    { "clean", 0, 0, G_OPTION_ARG_STRING, &o->clean, CLI_CLEAN_HELP, "MODE" },
    { "max-input-bytes", 0, 0, G_OPTION_ARG_INT64, &o->max_input, o->refused, "N" },
    { "progress", 0, 0, G_OPTION_ARG_NONE, &o->progress,
      "Show progress on standard error even when not a terminal", NULL },
    G_OPTION_ENTRY_NULL,
  };
  g_option_context_add_main_entries (ctx, entries, NULL);
}

PrecisSummarizer *
cli_summarizer_options_build (const CliSummarizerOptions *o, const gchar *command, int *status)
{
  PrecisRanker ranker = PRECIS_RANKER_DEFAULT;
  PrecisClean clean = PRECIS_CLEAN_NONE;
  g_autoptr (GError) error = NULL;
  if (o->sentences < 1)
    *status = cli_usage_error (command, "--sentences must be at least 1");
  else if (o->max_input < 0)
    *status = cli_usage_error (command, "--max-input-bytes must not be negative");
  else if (o->ranker != NULL && !precis_ranker_from_name (o->ranker, &ranker))
    *status = cli_usage_error (command, "unknown ranker \"%s\" (editor, position, textrank, cosine or bm25)",
                               o->ranker);
  else if (o->clean != NULL && !precis_clean_from_name (o->clean, &clean))
    *status = cli_usage_error (command, CLI_CLEAN_UNKNOWN, o->clean);
  else
    {
      PrecisSummarizer *s = precis_summarizer_new (o->language, &error);
      if (s == NULL)
        {
          *status = cli_usage_error (command, "%s", error->message);
          return NULL;
        }
      precis_summarizer_set_sentences (s, (guint)o->sentences);
      precis_summarizer_set_ranker (s, ranker);
      precis_summarizer_set_lossy (s, o->lossy);
      precis_summarizer_set_clean (s, clean);
      precis_summarizer_set_max_input (s, (gsize)o->max_input);
      return s;
    }
  return NULL;
}

void
cli_summarizer_options_clear (CliSummarizerOptions *o)
{
  g_free (o->language);
  g_free (o->ranker);
  g_free (o->clean);
  g_free (o->refused);
}
