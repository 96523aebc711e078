/* cmd-extract.c - `precis extract [-f FORMAT] [--input TYPE] [FILE...]`: print the article text
 * of each input, as the summariser would read it: a web page's article (precis_html_read), each
 * item of a feed (precis_feed_parse), a subtitle file's cue text (precis_subtitles_to_text, with
 * --input auto), or a text file with its white space tidied. Paragraphs are
 * separated by a blank line, documents (inputs, a feed's items) by two; with -f json, one object a line per
 * document, as the library renders it (precis_page_to_json, precis_feed_item_to_json). An input with no text
 * is an error that names it; the others are still printed. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct
{
  gboolean json;
  gboolean first;
} Output;

/* Writes one document: its text, or with -f json the line the library renders (@json, owned). */
static gboolean
write_document (Output *out, const gchar *text, gchar *json)
{
  GString *s = g_string_new (NULL);
  if (out->json)
    {
      g_string_append (s, json);
      g_string_append_c (s, '\n');
    }
  else
    {
      /* paragraphs are separated by a blank line, documents by one more */
      if (!out->first)
        g_string_append (s, "\n\n");
      g_string_append (s, text);
      g_string_append_c (s, '\n');
    }
  g_free (json);
  out->first = FALSE;
  gboolean ok = cli_write (s->str, s->len);
  g_string_free (s, TRUE);
  return ok;
}

static gboolean
extract_feed (Output *out, const gchar *path, const gchar *name, const gchar *input, gsize len)
{
  g_autoptr (GError) error = NULL;
  g_autofree gchar *feed_title = NULL;
  g_autoptr (GPtrArray) items = precis_feed_parse (input, (gssize)len, &feed_title, &error);
  if (items == NULL)
    {
      cli_error ("%s: %s", name, error->message);
      return FALSE;
    }
  guint n_text = 0, n_with_text = cli_n_with_text (items);
  gboolean ok = TRUE;
  for (guint i = 0; i < items->len; i++)
    {
      const PrecisFeedItem *item = items->pdata[i];
      if (item->text[0] == '\0')
        {
          cli_note_textless (name, i, item, n_with_text);
          continue;
        }
      n_text++;
      ok &= write_document (out, item->text,
                            out->json ? precis_feed_item_to_json (item, path, feed_title) : NULL);
    }
  if (n_text == 0)
    {
      cli_error ("%s: a feed with %u item%s, none with text", name, items->len, items->len == 1 ? "" : "s");
      return FALSE;
    }
  return ok;
}

/* A text file's paragraphs: lines trimmed, runs of blank lines made one. */
static gchar *
tidy_text (const gchar *input, gsize len)
{
  GString *out = g_string_new (NULL);
  g_auto (GStrv) lines = g_strsplit (input, "\n", -1);
  gboolean blank = FALSE;
  (void)len;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gchar *line = g_strstrip (lines[i]);
      if (line[0] == '\0')
        {
          blank = out->len > 0;
          continue;
        }
      if (out->len > 0)
        g_string_append (out, blank ? "\n\n" : "\n");
      g_string_append (out, line);
      blank = FALSE;
    }
  return g_string_free (out, FALSE);
}

static gboolean
extract_one (Output *out, CliInputType type, const gchar *path, gsize max_bytes, gboolean lossy)
{
  g_autoptr (GError) error = NULL;
  gsize len = 0;
  const gchar *name = g_str_equal (path, "-") ? "(standard input)" : path;
  g_autofree gchar *input = cli_read_input (path, max_bytes, &len, &error);
  /* binary data refused as the summariser refuses it, --lossy or not (a gzip file is not text in
   * another encoding) */
  if (input == NULL || cli_refuse_binary (input, len, &error))
    {
      cli_error ("%s: %s", name, error->message);
      return FALSE;
    }
  CliInputType asked = type;
  type = cli_input_resolve (type, input, len);
  if (lossy && type != CLI_INPUT_TEXT)
    cli_repair_nul (&input, &len);
  /* (with -f json, a Markdown document's front matter title and author are its title and
   * byline, not a first paragraph of its text) */
  g_autofree gchar *title = NULL, *author = NULL;
  if (out->json)
    cli_document_read (asked, type, path, &input, &len, &title, &author);
  else
    cli_document_text (asked, type, path, &input, &len);
  if (type == CLI_INPUT_FEED)
    return extract_feed (out, path, name, input, len);
  if (type == CLI_INPUT_HTML)
    {
      g_autoptr (PrecisPage) page = precis_html_read_take (g_steal_pointer (&input), len, &error);
      if (page == NULL)
        {
          cli_error ("%s: %s", name, error->message);
          return FALSE;
        }
      return write_document (out, page->text, out->json ? precis_page_to_json (page, path) : NULL);
    }
  const gchar *bad = NULL;
  if (!g_utf8_validate_len (input, len, &bad))
    {
      if (!lossy)
        {
          /* the summariser's own words for the byte it refuses (precis, segment) */
          gsize at = (gsize)(bad - input);
          if (*bad == '\0')
            cli_error ("%s: NUL byte at byte offset %zu: binary data, not text", name, at);
          else
            cli_error ("%s: invalid UTF-8 at byte offset %zu (byte 0x%02X)%s", name, at, (guint)(guchar)*bad,
                       CLI_LOSSY_HINT);
          return FALSE;
        }
      /* as precis --lossy reads it: NUL bytes and invalid sequences as U+FFFD (g_utf8_make_valid()
       * replaces a NUL byte too, and what it returns is valid UTF-8) */
      gchar *valid = g_utf8_make_valid (input, (gssize)len);
      g_free (input);
      input = valid;
      len = strlen (valid);
    }
  /* a byte-order mark is no text: not printed, as precis does not read it */
  gsize bom = len >= 3 && memcmp (input, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  g_autofree gchar *text = tidy_text (input + bom, len - bom);
  if (text[0] == '\0')
    {
      cli_error ("%s: no text", name);
      return FALSE;
    }
  PrecisPage page = { .text = text, .title = title, .byline = author };
  return write_document (out, text, out->json ? precis_page_to_json (&page, path) : NULL);
}

int
cli_extract (int argc, char **argv)
{
  g_autofree gchar *format = NULL, *type_name = NULL;
  gint64 max_input = PRECIS_DEFAULT_MAX_INPUT;
  gboolean lossy = FALSE;
  g_auto (GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "text (the paragraphs, default) or json (one object a line per document)", "FORMAT" },
    { "input", 0, 0, G_OPTION_ARG_STRING, &type_name, CLI_INPUT_HELP, "TYPE" },
    { "lossy", 0, 0, G_OPTION_ARG_NONE, &lossy, "Replace invalid UTF-8 and NUL bytes instead of failing",
      NULL },
    { "max-input-bytes", 0, 0, G_OPTION_ARG_INT64, &max_input, "Refuse inputs larger than this (0: no limit)",
      "N" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "[FILE...]" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- print the article text of pages, feeds and text");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_summary (
      ctx, "Prints the text precis would summarise: a web page's article without its furniture, every\n"
           "item of an RSS or Atom feed that has text, a subtitle file's cue text, or a text file's\n"
           "paragraphs (a Markdown file's as a reader sees them). With -f json, one object a line\n"
           "per document: input, title, byline, date, language, site_name, url, text.");
  g_option_context_set_description (
      ctx, "Exit status: 0 if every input gave text, 1 if an input failed or had no article text (the\n"
           "others are still printed), 2 for a usage error. See precis(1).");
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return cli_usage_error ("precis extract", "%s", error->message);
  Output out = { FALSE, TRUE };
  if (format != NULL && cli_value_is (format, "json"))
    out.json = TRUE;
  else if (format != NULL && !cli_value_is (format, "text"))
    return cli_usage_error ("precis extract", "unknown format \"%s\" (text or json)", format);
  CliInputType type = CLI_INPUT_AUTO;
  if (type_name != NULL && !cli_input_type_from_name (type_name, FALSE, &type))
    return cli_usage_error ("precis extract", CLI_INPUT_UNKNOWN, type_name);
  if (max_input < 0)
    return cli_usage_error ("precis extract", "--max-input-bytes must not be negative");
  static gchar *stdin_only[] = { (gchar *)"-", NULL };
  gchar **inputs = files && files[0] ? files : stdin_only;
  int status = CLI_EXIT_OK;
  for (guint i = 0; inputs[i] != NULL; i++)
    if (!extract_one (&out, type, inputs[i], (gsize)max_input, lossy))
      status = CLI_EXIT_FAILURE;
  if (!cli_flush_output ())
    status = CLI_EXIT_FAILURE;
  return status;
}
