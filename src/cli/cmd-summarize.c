/* cmd-summarize.c - `precis [OPTION...] [FILE...]`: summarise each file (or standard input).
 *
 * Parses the options with GOption, sets up one PrecisSummarizer and runs it over every input,
 * printing each rendered summary. A bad input is reported with its name and the others are
 * still summarised; the exit status is then 1. JSON output is one object a line (JSON Lines)
 * with the input's name added as "input".
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct
{
  CliSummarizerOptions shared; /* -n, -l, -r, --lossy, --clean, --max-input-bytes */
  gchar *format;
  gboolean explain;
  gchar *stopwords;
  gchar *add_stopwords;
  gchar *input_name;
  CliInputType input;
  gboolean version;
  gboolean list_languages;
  gchar **files;
} Options;

/* Loads the list of --stopwords or --add-stopwords; an error names the option and the file. */
static gboolean
load_stopword_file (PrecisSummarizer *s, const gchar *path, gboolean replace, GError **error)
{
  gsize len = 0;
  g_autofree gchar *list = cli_read_input (path, 0, &len, error);
  if (list == NULL || !precis_summarizer_load_stopwords (s, list, (gssize)len, replace, error))
    {
      g_prefix_error (error, "%s: %s: ", replace ? "--stopwords" : "--add-stopwords", path);
      return FALSE;
    }
  return TRUE;
}

/* Adds "input": NAME (and, for a feed item, "feed_item": {title, link, id, date}) to a
 * rendered JSON object. */
static gchar *
json_with_input (const gchar *json, const gchar *name, const PrecisFeedItem *item)
{
  g_autoptr (JsonObject) extra = json_object_new ();
  json_object_set_string_member (extra, "input", name);
  if (item != NULL)
    {
      JsonObject *fi = json_object_new ();
      json_object_set_string_member (fi, "title", item->title);
      json_object_set_string_member (fi, "link", item->link);
      json_object_set_string_member (fi, "id", item->id);
      json_object_set_string_member (fi, "date", item->date);
      json_object_set_object_member (extra, "feed_item", fi);
    }
  return cli_json_splice (json, NULL, extra);
}

/* Summarises one document (a file, or one item of a feed) and writes it. @label names it in
 * messages and headers; @headers asks for a "==> label <==" line before text output. @input,
 * NUL-terminated at @len, is given to the library, which frees it with g_free(). */
static gboolean
summarize_text (PrecisSummarizer *s, const Options *o, PrecisFormat format, const gchar *path,
                const gchar *label, gchar *input, gsize len, const gchar *title, const PrecisFeedItem *item,
                gboolean headers, CliDocuments *docs)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisSummary) sum = precis_summarizer_run_take (s, input, len, g_free, title, &error);
  if (sum == NULL)
    {
      cli_error ("%s: %s%s", label, error->message, cli_lossy_hint (error));
      return FALSE;
    }
  if (precis_summary_get_n_document_sentences (sum) == 0)
    {
      /* Nothing to summarise is an error that names the input, not an empty success. */
      cli_error ("%s: %s", label, CLI_NO_TEXT);
      return FALSE;
    }
  g_autofree gchar *out = precis_summary_render_item (
      sum, format, o->explain ? PRECIS_RENDER_EXPLAIN : PRECIS_RENDER_NONE, item);
  GString *text = g_string_new (NULL);
  if (format == PRECIS_FORMAT_JSON)
    {
      g_autofree gchar *with = json_with_input (out, g_str_equal (path, "-") ? "-" : path, item);
      g_string_append (text, with);
      g_string_append_c (text, '\n');
    }
  else
    cli_documents_add (docs, text, label, headers, out, precis_summary_get_language (sum));
  gboolean ok = cli_write (text->str, text->len);
  g_string_free (text, TRUE);
  return ok;
}

/* One summary of a feed's items: what summarize_item() needs besides the item. */
typedef struct
{
  PrecisSummarizer *s;
  const Options *o;
  PrecisFormat format;
  const gchar *path;
  CliDocuments *docs;
} FeedRun;

/* Summarises one item of a feed as its own document. */
static gboolean
summarize_item (PrecisFeedItem *item, const gchar *label, gpointer data)
{
  const FeedRun *r = data;
  gsize text_len = strlen (item->text);
  return summarize_text (r->s, r->o, r->format, r->path, label, g_steal_pointer (&item->text), text_len,
                         item->title, item, TRUE, r->docs);
}

static gboolean
summarize_one (PrecisSummarizer *s, const Options *o, PrecisFormat format, const gchar *path,
               gboolean several, CliDocuments *docs)
{
  g_autoptr (GError) error = NULL;
  gsize len = 0;
  const gchar *name = g_str_equal (path, "-") ? "(standard input)" : path;
  g_autofree gchar *input = cli_read_input (path, (gsize)o->shared.max_input, &len, &error);
  if (input == NULL)
    {
      cli_error ("%s: %s", name, error->message);
      return FALSE;
    }
  g_autofree gchar *title = NULL;
  CliInputType type = cli_input_resolve (o->input, input, len);
  if (cli_refuse_jsonl (o->input, type, input, len, name, "summarise its records with precis batch"))
    return FALSE;
  if (o->shared.lossy && type != CLI_INPUT_TEXT)
    cli_repair_nul (&input, &len);
  cli_document_text (o->input, type, path, &input, &len);
  if (type == CLI_INPUT_FEED)
    {
      FeedRun r = { s, o, format, path, docs };
      return cli_feed_each (s, name, input, len, summarize_item, &r);
    }
  if (type == CLI_INPUT_HTML
      && (input = cli_page_text (s, name, g_steal_pointer (&input), &len, &title)) == NULL)
    return FALSE;
  gboolean ok
      = summarize_text (s, o, format, path, name, g_steal_pointer (&input), len, title, NULL, several, docs);
  precis_summarizer_set_language_hint (s, NULL);
  return ok;
}

static int
run (Options *o, PrecisFormat format)
{
  g_autoptr (GError) error = NULL;
  int status = CLI_EXIT_OK;
  g_autoptr (PrecisSummarizer) s = cli_summarizer_options_build (&o->shared, "precis", &status);
  if (s == NULL)
    return status;
  if ((o->stopwords && !load_stopword_file (s, o->stopwords, TRUE, &error))
      || (o->add_stopwords && !load_stopword_file (s, o->add_stopwords, FALSE, &error)))
    {
      /* an option's value, not an input: nothing is summarised, a usage error (exit 2) */
      return cli_usage_error ("precis", "%s", error->message);
    }

  static gchar *stdin_only[] = { (gchar *)"-", NULL };
  gchar **files = o->files && o->files[0] ? o->files : stdin_only;
  guint n_files = g_strv_length (files);
  CliDocuments docs = { .format = format, .first = TRUE };
  for (guint i = 0; i < n_files; i++)
    if (!summarize_one (s, o, format, files[i], n_files > 1, &docs))
      status = CLI_EXIT_FAILURE;
  g_autoptr (GString) end = g_string_new (NULL);
  cli_documents_finish (&docs, end);
  if (end->len > 0 && !cli_write (end->str, end->len))
    status = CLI_EXIT_FAILURE;
  if (!cli_flush_output ())
    status = CLI_EXIT_FAILURE;

  return status;
}

int
cli_summarize (int argc, char **argv)
{
  Options o = { 0 };
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &o.format,
      "Output format: text, markdown, json or html (default text)", "FORMAT" },
    { "explain", 0, 0, G_OPTION_ARG_NONE, &o.explain,
      "Also list every sentence with its score (its centrality; position and coherence rules decide the "
      "choice), marked * chosen, - furniture, = a repeat of a chosen one",
      NULL },
    { "stopwords", 0, 0, G_OPTION_ARG_FILENAME, &o.stopwords,
      "Use this stopword list instead of the built-in one", "FILE" },
    { "add-stopwords", 0, 0, G_OPTION_ARG_FILENAME, &o.add_stopwords,
      "Add this stopword list to the built-in one", "FILE" },
    { "input", 0, 0, G_OPTION_ARG_STRING, &o.input_name, CLI_INPUT_HELP, "TYPE" },
    { "list-languages", 0, 0, G_OPTION_ARG_NONE, &o.list_languages, "List the supported languages and exit",
      NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &o.version, "Print the version and exit", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.files, NULL, "[FILE...]" },
    G_OPTION_ENTRY_NULL,
  };

  g_autoptr (GOptionContext) ctx = g_option_context_new ("- summarise articles");
  cli_summarizer_options_add (ctx, &o.shared, "inputs", FALSE);
  cli_summarizer_options_add_length (ctx, &o.shared);
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_summary (
      ctx, "Prints a headline and the most central sentences of each FILE (standard input when there\n"
           "is none, or for \"-\"), copied verbatim and in document order.\n\n"
           "Other commands (the first argument, before any option):\n"
           "  precis rouge   score summaries against references (precis rouge --help)\n"
           "  precis eval    run and score summarisers over a dataset (precis eval --help)\n"
           "  precis segment show the sentences precis finds (precis segment --help)\n"
           "  precis batch   summarise a stream of JSON Lines (precis batch --help)\n"
           "  precis digest  a newsletter digest of many articles (precis digest --help)\n"
           "  precis extract print the article text of pages, feeds and text (precis extract --help)");
  g_option_context_set_description (
      ctx, "A file of JSON Lines is refused: precis batch summarises its records.\n\n"
           "Exit status: 0 if every input was summarised, 1 if an input failed (the others are still\n"
           "summarised), 2 for a usage error. See precis(1).");
  g_autoptr (GError) error = NULL;
  int status = CLI_EXIT_OK;
  int n_given = argc - 1; /* (the parser takes the options out) */
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      status = cli_usage_error ("precis", "%s", error->message);
      goto out;
    }
  if (o.version)
    {
      printf ("precis %s\n", precis_version ());
      goto out;
    }
  if (o.list_languages && n_given > 1)
    {
      /* "--list-languages article.txt", "--list-languages -l fr": nothing would be done with
       * the rest, which a user means for something */
      status = cli_usage_error ("precis", "--list-languages takes no file and no other option");
      goto out;
    }
  if (o.list_languages)
    {
      for (const gchar *const *l = precis_languages (); *l != NULL; l++)
        printf ("%s\t%s\n", *l, precis_language_code (*l));
      goto out;
    }

  PrecisFormat format = PRECIS_FORMAT_TEXT;
  if (o.files != NULL && o.files[0] != NULL && cli_is_command (o.files[0]))
    status = cli_usage_error ("precis",
                              "\"%s\" is a command: it comes first, before any option (precis %s "
                              "[OPTION...]); a file of that name is ./%s",
                              o.files[0], o.files[0], o.files[0]);
  else if (o.format != NULL && !precis_format_from_name (o.format, &format))
    status = cli_usage_error ("precis", "unknown format \"%s\" (text, markdown, json or html)", o.format);
  else if (o.input_name != NULL && !cli_input_type_from_name (o.input_name, FALSE, &o.input))
    status = cli_usage_error ("precis", CLI_INPUT_UNKNOWN, o.input_name);
  if (status != CLI_EXIT_OK)
    goto out;

  status = run (&o, format);

out:
  cli_summarizer_options_clear (&o.shared);
  g_free (o.format);
  g_free (o.input_name);
  g_free (o.stopwords);
  g_free (o.add_stopwords);
  g_strfreev (o.files);
  return status;
}
