/* cmd-segment.c - `precis segment [-l LANG] [-f FORMAT] [--input TYPE] [FILE...]`: show the
 * sentence boundaries precis finds (precis_summarizer_segment), one sentence a line (line breaks
 * inside a sentence shown as spaces), or as JSON: an array of {"text", "offset", "length"} per
 * document (precis_summary_render_sentences; with several documents, one
 * {"input", "sentences"} object each, naming it). Inputs are read as the summariser reads them: a
 * page's article text (precis_html_read), each item of a feed with text (precis_feed_parse),
 * else the text itself; several documents are headed and joined as `precis` joins them. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"

/* Segments one document (@input, NUL-terminated at @len, given to the library) and writes it. */
static gboolean
segment_text (PrecisSummarizer *s, CliDocuments *docs, const gchar *label, gboolean headers, gchar *input,
              gsize len)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisSummary) sum = precis_summarizer_segment_take (s, input, len, g_free, &error);
  if (sum == NULL)
    {
      cli_error ("%s: %s%s", label, error->message, cli_lossy_hint (error));
      return FALSE;
    }
  g_autofree gchar *out = precis_summary_render_sentences (sum, docs->format);
  g_autoptr (GString) text = g_string_new (NULL);
  if (docs->format == PRECIS_FORMAT_JSON && headers)
    {
      /* several documents: each array says whose it is, as the text format heads it */
      g_autoptr (JsonNode) name = json_node_init_string (json_node_alloc (), label);
      g_autofree gchar *quoted = json_to_string (name, FALSE);
      g_string_append_printf (text, "{\"input\":%s,\"sentences\":%s}\n", quoted, out);
    }
  else if (docs->format == PRECIS_FORMAT_JSON)
    g_string_append_printf (text, "%s\n", out);
  else
    cli_documents_add (docs, text, label, headers, out, precis_summary_get_language (sum));
  return cli_write (text->str, text->len);
}

typedef struct
{
  PrecisSummarizer *s;
  CliDocuments *docs;
} FeedRun;

/* Segments one item of a feed as its own document. */
static gboolean
segment_item (PrecisFeedItem *item, const gchar *label, gpointer data)
{
  const FeedRun *r = data;
  gsize text_len = strlen (item->text);
  return segment_text (r->s, r->docs, label, TRUE, g_steal_pointer (&item->text), text_len);
}

static gboolean
segment_one (PrecisSummarizer *s, CliDocuments *docs, CliInputType type, const gchar *path, gboolean several,
             gboolean lossy, gsize max_bytes)
{
  g_autoptr (GError) error = NULL;
  gsize len = 0;
  const gchar *name = g_str_equal (path, "-") ? "(standard input)" : path;
  g_autofree gchar *input = cli_read_input (path, max_bytes, &len, &error);
  if (input == NULL)
    {
      cli_error ("%s: %s", name, error->message);
      return FALSE;
    }
  CliInputType asked = type;
  type = cli_input_resolve (type, input, len);
  if (cli_refuse_jsonl (asked, type, input, len, name, "its records are read by precis batch"))
    return FALSE;
  if (lossy && type != CLI_INPUT_TEXT)
    cli_repair_nul (&input, &len);
  cli_document_text (asked, type, path, &input, &len);
  if (type == CLI_INPUT_FEED)
    {
      FeedRun r = { s, docs };
      return cli_feed_each (s, name, input, len, segment_item, &r);
    }
  g_autofree gchar *title = NULL; /* not a sentence: not shown */
  if (type == CLI_INPUT_HTML
      && (input = cli_page_text (s, name, g_steal_pointer (&input), &len, &title)) == NULL)
    return FALSE;
  gboolean ok = segment_text (s, docs, name, several, g_steal_pointer (&input), len);
  precis_summarizer_set_language_hint (s, NULL);
  return ok;
}

int
cli_segment (int argc, char **argv)
{
  g_autofree gchar *language = NULL, *format = NULL, *clean_name = NULL, *type_name = NULL;
  gboolean lossy = FALSE;
  gint64 max_input = PRECIS_DEFAULT_MAX_INPUT;
  g_autofree gchar *max_input_help
      = g_strdup_printf ("Refuse inputs larger than this (default %" G_GSIZE_FORMAT "; 0: no limit)",
                         (gsize)PRECIS_DEFAULT_MAX_INPUT);
  g_auto (GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language,
      "Language name or ISO 639-1 code, or auto: detected (the default)", "LANG" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "text (one sentence a line, default), json, markdown or html", "FORMAT" },
    { "lossy", 0, 0, G_OPTION_ARG_NONE, &lossy, "Replace invalid UTF-8 and NUL bytes instead of failing",
      NULL },
    { "clean", 0, 0, G_OPTION_ARG_STRING, &clean_name, CLI_CLEAN_HELP, "MODE" },
    { "input", 0, 0, G_OPTION_ARG_STRING, &type_name, CLI_INPUT_HELP, "TYPE" },
    { "max-input-bytes", 0, 0, G_OPTION_ARG_INT64, &max_input, max_input_help, "N" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "[FILE...]" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- show the sentences precis finds");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_description (
      ctx, "Pages and feeds are read as precis reads them: a page's article text, each item of a\n"
           "feed. The title line, when there is one, is not a sentence and is not shown.");
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return cli_usage_error ("precis segment", "%s", error->message);
  PrecisFormat fmt = PRECIS_FORMAT_TEXT;
  if (format != NULL && !precis_format_from_name (format, &fmt))
    return cli_usage_error ("precis segment", "unknown format \"%s\" (text, json, markdown or html)", format);
  CliInputType type = CLI_INPUT_AUTO;
  if (type_name != NULL && !cli_input_type_from_name (type_name, FALSE, &type))
    return cli_usage_error ("precis segment", CLI_INPUT_UNKNOWN, type_name);
  PrecisClean clean = PRECIS_CLEAN_NONE;
  if (clean_name != NULL && !precis_clean_from_name (clean_name, &clean))
    return cli_usage_error ("precis segment", CLI_CLEAN_UNKNOWN, clean_name);
  if (max_input < 0)
    return cli_usage_error ("precis segment", "--max-input-bytes must not be negative");
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new (language, &error);
  if (s == NULL)
    return cli_usage_error ("precis segment", "%s", error->message);
  precis_summarizer_set_lossy (s, lossy);
  precis_summarizer_set_clean (s, clean);
  precis_summarizer_set_max_input (s, (gsize)max_input);
  static gchar *stdin_only[] = { (gchar *)"-", NULL };
  gchar **inputs = files && files[0] ? files : stdin_only;
  int status = CLI_EXIT_OK;
  CliDocuments docs = { .format = fmt, .first = TRUE };
  for (guint i = 0; inputs[i] != NULL; i++)
    if (!segment_one (s, &docs, type, inputs[i], inputs[1] != NULL, lossy, (gsize)max_input))
      status = CLI_EXIT_FAILURE;
  g_autoptr (GString) end = g_string_new (NULL);
  cli_documents_finish (&docs, end);
  if (end->len > 0 && !cli_write (end->str, end->len))
    status = CLI_EXIT_FAILURE;
  if (!cli_flush_output ())
    status = CLI_EXIT_FAILURE;
  return status;
}
