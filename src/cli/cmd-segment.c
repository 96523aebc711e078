/* cmd-segment.c - `precis segment [-l LANG] [-f FORMAT] [FILE...]`: show the sentence boundaries
 * precis finds (precis_summarizer_segment), one sentence a line (line breaks inside a sentence
 * shown as spaces), or as JSON: an array of {"text", "offset", "length"} per input
 * (precis_summary_render_sentences). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"

static gboolean
segment_one (PrecisSummarizer *s, const gchar *path, PrecisFormat format)
{
  g_autoptr (GError) error = NULL;
  gsize len = 0;
  const gchar *name = g_str_equal (path, "-") ? "(standard input)" : path;
  gchar *input = cli_read_input (path, 0, &len, &error);
  g_autoptr (PrecisSummary) sum
      = input ? precis_summarizer_segment_take (s, input, len, g_free, &error) : NULL;
  if (sum == NULL)
    {
      cli_error ("%s: %s", name, error->message);
      return FALSE;
    }
  g_autofree gchar *out = precis_summary_render_sentences (sum, format);
  gboolean ok = cli_write (out, strlen (out));
  if (format == PRECIS_FORMAT_JSON)
    ok &= cli_write ("\n", 1);
  return ok;
}

int
cli_segment (int argc, char **argv)
{
  g_autofree gchar *language = NULL, *format = NULL, *clean_name = NULL;
  gboolean lossy = FALSE;
  g_auto (GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language,
      "Language name or ISO 639-1 code, or auto: detected (the default)", "LANG" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "text (one sentence a line, default), json, markdown or html", "FORMAT" },
    { "lossy", 0, 0, G_OPTION_ARG_NONE, &lossy, "Replace invalid UTF-8 and NUL bytes instead of failing",
      NULL },
    { "clean", 0, 0, G_OPTION_ARG_STRING, &clean_name, CLI_CLEAN_HELP, "MODE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "[FILE...]" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- show the sentences precis finds");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_description (ctx,
                                    "The title line, when there is one, is not a sentence and is not shown.");
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return cli_usage_error ("precis segment", "%s", error->message);
  PrecisFormat fmt = PRECIS_FORMAT_TEXT;
  if (format != NULL && !precis_format_from_name (format, &fmt))
    return cli_usage_error ("precis segment", "unknown format \"%s\" (text, json, markdown or html)", format);
  PrecisClean clean = PRECIS_CLEAN_NONE;
  if (clean_name != NULL && !precis_clean_from_name (clean_name, &clean))
    return cli_usage_error ("precis segment", CLI_CLEAN_UNKNOWN, clean_name);
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new (language, &error);
  if (s == NULL)
    return cli_usage_error ("precis segment", "%s", error->message);
  precis_summarizer_set_lossy (s, lossy);
  precis_summarizer_set_clean (s, clean);
  static gchar *stdin_only[] = { (gchar *)"-", NULL };
  gchar **inputs = files && files[0] ? files : stdin_only;
  int status = CLI_EXIT_OK;
  for (guint i = 0; inputs[i] != NULL; i++)
    if (!segment_one (s, inputs[i], fmt))
      status = CLI_EXIT_FAILURE;
  if (fflush (stdout) != 0)
    status = CLI_EXIT_FAILURE;
  return status;
}
