/* segment.c - `precis segment [-l LANG] [-f text|json] [FILE...]`: show the sentence
 * boundaries precis finds, one sentence a line (line breaks inside a sentence shown as
 * spaces), or as JSON: an array of {"text", "offset", "length"} per input. */
#include "config.h"

#include <stdio.h>

#include "cli.h"

static gboolean
segment_one (PrecisSummarizer *s, const gchar *path, gboolean json)
{
  g_autoptr (GError) error = NULL;
  gsize len = 0;
  const gchar *name = g_str_equal (path, "-") ? "(standard input)" : path;
  g_autofree gchar *input = cli_read_input (path, 0, &len, &error);
  /* Every sentence: the whole document is the summary. */
  g_autoptr (PrecisSummary) sum = input ? precis_summarizer_run (s, input, (gssize)len, &error) : NULL;
  if (sum == NULL)
    {
      cli_error ("%s: %s", name, error->message);
      return FALSE;
    }
  guint n = precis_summary_get_n_document_sentences (sum);
  if (!json)
    {
      for (guint i = 0; i < n; i++)
        printf ("%s\n", precis_summary_get_document_sentence (sum, i)->text);
      return TRUE;
    }
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      const PrecisSentence *p = precis_summary_get_document_sentence (sum, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, p->text);
      json_builder_set_member_name (b, "offset");
      json_builder_add_int_value (b, (gint64)p->offset);
      json_builder_set_member_name (b, "length");
      json_builder_add_int_value (b, (gint64)p->length);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  g_autofree gchar *out = json_to_string (root, FALSE);
  printf ("%s\n", out);
  return TRUE;
}

int
cli_segment (int argc, char **argv)
{
  g_autofree gchar *language = NULL, *format = NULL;
  gboolean lossy = FALSE;
  g_auto (GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language, "Language name or ISO 639-1 code (default english)",
      "LANG" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "text (one sentence a line, default) or json",
      "FORMAT" },
    { "lossy", 0, 0, G_OPTION_ARG_NONE, &lossy, "Replace invalid UTF-8 and NUL bytes instead of failing",
      NULL },
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
  gboolean json = format != NULL && g_str_equal (format, "json");
  if (format != NULL && !json && !g_str_equal (format, "text"))
    return cli_usage_error ("precis segment", "unknown format \"%s\" (text or json)", format);
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new (language, &error);
  if (s == NULL)
    return cli_usage_error ("precis segment", "%s", error->message);
  precis_summarizer_set_lossy (s, lossy);
  precis_summarizer_set_ratio (s, 1.0);
  static gchar *stdin_only[] = { (gchar *)"-", NULL };
  gchar **inputs = files && files[0] ? files : stdin_only;
  int status = CLI_EXIT_OK;
  for (guint i = 0; inputs[i] != NULL; i++)
    if (!segment_one (s, inputs[i], json))
      status = CLI_EXIT_FAILURE;
  if (fflush (stdout) != 0)
    status = CLI_EXIT_FAILURE;
  return status;
}
