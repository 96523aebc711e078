/* cmd-digest.c - `precis digest [OPTION...] INPUT...`: many articles in, one newsletter digest out.
 *
 * Gathers articles from every input - plain-text files, directories (walked recursively in
 * sorted order), JSON Lines files (id, text, title, url, date, source), RSS/Atom feeds (one
 * article per item, the feed's title as the source) and HTML pages (the article extracted, the
 * site's name, address and date from the page's metadata) -
 * into a PrecisDigest, which groups, summarises and renders them. A bad input or record is
 * reported on standard error, naming it, and the digest of everything else is still written;
 * the exit status is then 1.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* Extensions of the files taken from a directory, in any case (other files, and hidden ones,
 * are skipped). */
static const gchar *const directory_extensions[]
    = { ".txt", ".text", ".md",   ".markdown", ".html",  ".htm",   ".xhtml",
        ".xml", ".rss",  ".atom", ".json",     ".jsonl", ".ndjson" };

typedef struct
{
  PrecisDigest *digest;
  CliInputType type;
  gsize max_input;
  CliProgress progress;
  guint n_articles;
  guint64 bytes;
  guint n_failed;
  PrecisSummarizer *summarizer; /* the digest's, for language hints */
  gboolean lossy;               /* --lossy: JSON Lines' NUL escapes read as U+FFFD */
  guint n_skipped;              /* files of directories not read (not of a type read) */
  GPtrArray *skipped;           /* the first few of them, and the directories with no file */
  guint n_noted;                /* how many of those there were */
} Run;

/* The skipped files named when nothing was read. */
#define SKIPPED_NAMED 3

static void
note_skipped (Run *r, gchar *what)
{
  r->n_noted++;
  if (r->skipped->len < SKIPPED_NAMED)
    g_ptr_array_add (r->skipped, what);
  else
    g_free (what);
}

static void
add_article (Run *r, const gchar *label, const PrecisArticle *article)
{
  g_autoptr (GError) error = NULL;
  if (!precis_digest_add (r->digest, article, &error))
    {
      cli_error ("%s: %s%s", label, error->message, cli_lossy_hint (error));
      r->n_failed++;
      return;
    }
  r->n_articles++;
  cli_progress_show (&r->progress, r->n_articles, r->bytes, FALSE);
}

static gboolean
has_extension (const gchar *path, const gchar *const *extensions, gsize n)
{
  gsize len = strlen (path);
  for (gsize i = 0; i < n; i++)
    {
      gsize k = strlen (extensions[i]);
      if (len >= k && g_ascii_strcasecmp (path + len - k, extensions[i]) == 0) /* notes.TXT too */
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_jsonl_name (const gchar *path)
{
  static const gchar *const names[] = { ".jsonl", ".ndjson" };
  return has_extension (path, names, G_N_ELEMENTS (names));
}

/* A string member, or NULL when absent or not a string (the text field may be an array). */
static const gchar *
string_member (JsonObject *o, const gchar *name)
{
  JsonNode *node = json_object_get_member (o, name);
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
             ? json_node_get_string (node)
             : NULL;
}

/* The record's date: a string, or a number (Unix time, "date": 1764460800) as the digits of its
 * whole part (a fraction, "1764460800.5", dropped: review23 #6c), which the digest reads as it
 * reads them in a string; NULL else. @buf holds a number's digits. */
static const gchar *
date_member (JsonObject *o, gchar **buf)
{
  JsonNode *node = json_object_get_member (o, "date");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return *buf = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      gdouble seconds = floor (json_node_get_double (node));
      if (isfinite (seconds) && seconds >= 0 && seconds < 1e15)
        return *buf = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64)seconds);
    }
  return string_member (o, "date");
}

static void
add_jsonl (Run *r, CliJsonl *reader)
{
  g_autoptr (GError) error = NULL;
  JsonObject *o = NULL;
  guint64 start = r->bytes;
  cli_jsonl_set_max_record (reader, r->max_input);
  while (cli_jsonl_next (reader, &o, &error))
    {
      r->bytes = start + cli_jsonl_bytes (reader);
      if (o == NULL)
        {
          cli_error ("%s", error->message);
          g_clear_error (&error);
          r->n_failed++;
          continue;
        }
      g_autofree gchar *text = NULL;
      gboolean text_ok = cli_json_optional_text (o, "text", &text); /* FALSE: of another type */
      g_autofree gchar *id = cli_json_id (o);
      g_autofree gchar *title_field = NULL;
      gboolean title_ok = cli_json_optional_text (o, "title", &title_field);
      g_autofree gchar *title_text = precis_title_text (title_field); /* as precis batch reads it */
      g_autofree gchar *date_digits = NULL;
      PrecisArticle a = { id,
                          title_text,
                          string_member (o, "url"),
                          string_member (o, "source"),
                          date_member (o, &date_digits),
                          text,
                          -1 };
      g_autofree gchar *label = g_strdup_printf ("%s:%u", cli_jsonl_name (reader), cli_jsonl_line (reader));
      /* A text that is an HTML page is read as a page, as a page file is (and as precis batch
       * and the Python package read a record's): its article, and its title, address, site,
       * date and lang where the record gives none. */
      g_autoptr (PrecisPage) page = NULL;
      if (title_ok && text != NULL && precis_looks_like_feed (text, -1))
        {
          /* many stories in one record: refused, not one story of markup */
          cli_error ("%s: %s", label, CLI_FEED_RECORD);
          r->n_failed++;
          json_object_unref (o);
          continue;
        }
      if (title_ok && text != NULL && precis_looks_like_html (text, -1))
        {
          page = precis_html_read (text, -1, &error);
          if (page == NULL)
            {
              cli_error ("%s: %s", label, error->message);
              g_clear_error (&error);
              r->n_failed++;
              json_object_unref (o);
              continue;
            }
          a.text = page->text;
          a.title = a.title != NULL ? a.title : page->title;
          a.url = a.url != NULL ? a.url : page->url;
          a.source = a.source != NULL ? a.source : page->site;
          a.date = a.date != NULL ? a.date : page->date;
        }
      if (!title_ok)
        {
          /* refused, not ignored, as precis batch refuses it */
          cli_error ("%s: \"title\" is not a string (or an array of strings)", label);
          r->n_failed++;
        }
      else if (!text_ok || (text == NULL && a.title == NULL))
        {
          /* no text and no title; or a text of another type, refused even with a title (read
           * as a title-only story, the record's text would silently go) */
          g_autofree gchar *problem = cli_json_text_problem (o);
          cli_error ("%s: %s", label, problem);
          r->n_failed++;
        }
      else
        {
          if (page != NULL)
            precis_summarizer_set_language_hint (r->summarizer, page->language);
          add_article (r, label, &a);
          precis_summarizer_set_language_hint (r->summarizer, NULL);
        }
      json_object_unref (o);
    }
}

/* Adds the items of a feed, taking @data (freed once parsed, and each item once added: a
 * large feed's bytes, items and articles are not all held at once). */
static void
add_feed (Run *r, const gchar *name, gchar *data, gsize len)
{
  g_autoptr (GError) error = NULL;
  g_autofree gchar *feed_title = NULL;
  g_autoptr (GPtrArray) items = precis_feed_parse (data, (gssize)len, &feed_title, &error);
  g_free (data);
  if (items == NULL)
    {
      cli_error ("%s: %s", name, error->message);
      r->n_failed++;
      return;
    }
  guint n_text = 0;
  for (guint i = 0; i < items->len; i++)
    {
      const PrecisFeedItem *item = items->pdata[i];
      if (item->text[0] == '\0'
          && (item->title == NULL || item->title[strspn (item->title, " \t\r\n")] == '\0'))
        {
          /* a link alone is no article: said, not counted as a failure */
          cli_error ("%s, item %u: neither a title nor text, left out", name, i + 1);
          continue;
        }
      n_text++; /* a title alone is a title-only story, as a JSON Lines record's */
      PrecisArticle a = {
        item->id ? item->id : item->link, item->title, item->link, feed_title, item->date, item->text, -1
      };
      g_autofree gchar *label = g_strdup_printf ("%s, item %u", name, i + 1);
      precis_summarizer_set_language_hint (r->summarizer, item->language);
      add_article (r, label, &a);
      precis_summarizer_set_language_hint (r->summarizer, NULL);
      g_clear_pointer (&items->pdata[i], precis_feed_item_free);
    }
  if (n_text == 0)
    {
      cli_error ("%s: a feed with %u item%s, none with a title or text", name, items->len,
                 items->len == 1 ? "" : "s");
      r->n_failed++;
    }
}

/* Whether @data (NUL-terminated at @len) opens with "{" after a UTF-8 byte order mark and
 * white space: JSON Lines on standard input. */
static gboolean
opens_with_object (const gchar *data, gsize len)
{
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3;
  return data[strspn (data, " \t\r\n")] == '{';
}

/* Adds the articles of one file ("-": standard input). */
static void
add_input (Run *r, const gchar *path)
{
  const gchar *name = g_str_equal (path, "-") ? "(standard input)" : path;
  g_autoptr (GError) error = NULL;
  if (r->type == CLI_INPUT_JSONL || (r->type == CLI_INPUT_AUTO && is_jsonl_name (path)))
    {
      CliJsonl *reader = cli_jsonl_open (path, r->lossy, &error);
      if (reader == NULL)
        {
          cli_error ("%s", error->message);
          r->n_failed++;
          return;
        }
      add_jsonl (r, reader);
      cli_jsonl_close (reader);
      return;
    }

  gsize len = 0;
  g_autofree gchar *data = cli_read_input (path, r->max_input, &len, &error);
  if (data == NULL)
    {
      cli_error ("%s: %s", name, error->message);
      r->n_failed++;
      return;
    }
  r->bytes += len;
  gboolean is_auto = r->type == CLI_INPUT_AUTO;
  CliInputType type = cli_input_resolve (r->type, data, len);
  if (r->lossy && type != CLI_INPUT_TEXT)
    cli_repair_nul (&data, &len);
  cli_document_text (r->type, type, path, &data, &len); /* Markdown read as a reader sees it */
  if (type == CLI_INPUT_FEED)
    add_feed (r, name, g_steal_pointer (&data), len);
  else if (type == CLI_INPUT_HTML)
    {
      g_autoptr (PrecisPage) page = precis_html_read_take (g_steal_pointer (&data), len, &error);
      if (page == NULL)
        {
          cli_error ("%s: %s", name, error->message);
          r->n_failed++;
          return;
        }
      PrecisArticle a = { name, page->title, page->url, page->site, page->date, page->text, -1 };
      precis_summarizer_set_language_hint (r->summarizer, page->language);
      add_article (r, name, &a);
      precis_summarizer_set_language_hint (r->summarizer, NULL);
    }
  else if (is_auto && g_str_equal (path, "-") && opens_with_object (data, len))
    {
      /* JSON Lines on standard input: read it again from memory. */
      FILE *mem = fmemopen (data, len, "r");
      CliJsonl *reader = mem ? cli_jsonl_open_stream (mem, name, r->lossy) : NULL;
      if (reader == NULL)
        {
          cli_error ("%s: cannot read: %s", name, g_strerror (errno));
          r->n_failed++;
          return;
        }
      r->bytes -= len; /* counted again line by line */
      add_jsonl (r, reader);
      cli_jsonl_close (reader);
    }
  else if (is_auto && has_extension (path, (const gchar *const[]){ ".json" }, 1))
    {
      /* JSON text summarised as prose is noise: a .json file is a JSON Feed or nothing */
      cli_error ("%s: JSON that is not a JSON Feed (JSON Lines are read from .jsonl files)", name);
      r->n_failed++;
    }
  else
    {
      PrecisArticle a = { name, NULL, NULL, NULL, NULL, data, (gssize)len };
      add_article (r, name, &a);
    }
}

/* Whether the --languages list @list names a language in each of its comma-separated items
 * (white space around them allowed): "", "," and "fr,,de" do not. */
static gboolean
languages_listed (const gchar *list)
{
  g_auto (GStrv) items = g_strsplit (list, ",", -1);
  for (guint i = 0; items[i] != NULL; i++)
    if (g_strstrip (items[i])[0] == '\0')
      return FALSE;
  return items[0] != NULL;
}

/* "that language" or "those languages" (of --languages) for the message of a digest that kept no article. */
static const gchar *
languages_listed_as (const GStrv list)
{
  return list != NULL && list[0] != NULL && list[1] == NULL ? "that language" : "those languages";
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const gchar *const *)a, *(const gchar *const *)b);
}

/* Whether @path (symbolic links followed) is a regular file, or names nothing (a dangling link:
 * left to fail when opened, and be reported as such). A fifo, socket or device met in a
 * directory is never opened: reading one could block for ever. */
static gboolean
is_regular_or_missing (const gchar *path)
{
  struct stat st;
  return stat (path, &st) != 0 || S_ISREG (st.st_mode);
}

/* Appends the files under @dir (recursively; names sorted bytewise; hidden entries, symbolic
 * links to directories, fifos, sockets and devices (each named in a note) and files of other
 * types skipped, the latter counted and the first few
 * named in @r, as a directory with no file is, for the error when nothing is read). A
 * directory that cannot be read is reported and counted in r->n_failed. */
static void
list_directory (const gchar *dir, GPtrArray *files, Run *r)
{
  g_autoptr (GError) error = NULL;
  GDir *d = g_dir_open (dir, 0, &error);
  if (d == NULL)
    {
      cli_error ("%s", error->message);
      r->n_failed++;
      return;
    }
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const gchar *entry;
  while ((entry = g_dir_read_name (d)) != NULL)
    if (entry[0] != '.')
      g_ptr_array_add (names, g_strdup (entry));
  g_dir_close (d);
  g_ptr_array_sort (names, compare_names);
  if (names->len == 0)
    note_skipped (r, g_strdup_printf ("%s: no file", dir));
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree gchar *path = g_build_filename (dir, names->pdata[i], NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK))
            list_directory (path, files, r);
        }
      else if (!is_regular_or_missing (path))
        cli_error ("%s: not a regular file (a fifo, socket or device), skipped", path);
      else if (has_extension (path, directory_extensions, G_N_ELEMENTS (directory_extensions)))
        g_ptr_array_add (files, g_steal_pointer (&path));
      else
        {
          r->n_skipped++;
          note_skipped (r, g_steal_pointer (&path));
        }
    }
}

/* What the directories held that was not read ("; skipped: 2 files not of a type digest reads,
 * pdfs/notes.doc, pdfs/report.pdf; emptyd: no file"), or "" when nothing was skipped. */
static gchar *
skipped_note (const Run *r)
{
  if (r->skipped->len == 0)
    return g_strdup ("");
  GString *note = g_string_new ("; skipped:");
  if (r->n_skipped > 0)
    g_string_append_printf (note, " %u %s not of a type digest reads (.txt, .md, .html, .rss, .jsonl ...)",
                            r->n_skipped, r->n_skipped == 1 ? "file" : "files");
  for (guint i = 0; i < r->skipped->len; i++)
    g_string_append_printf (note, "%s %s", i == 0 && r->n_skipped == 0 ? "" : ",",
                            (const gchar *)r->skipped->pdata[i]);
  if (r->n_noted > r->skipped->len)
    g_string_append (note, ", ...");
  return g_string_free (note, FALSE);
}

int
cli_digest (int argc, char **argv)
{
  g_autofree gchar *format_name = NULL, *title = NULL, *order_name = NULL, *group_by = NULL;
  g_autofree gchar *input_name = NULL, *languages = NULL;
  gint max_items = CLI_UNSET; /* all */
  gdouble threshold = PRECIS_DIGEST_DEFAULT_THRESHOLD;
  g_auto (GStrv) inputs = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      "Output format: markdown (the default), html, text or json", "FORMAT" },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, "The digest's title (default \"Digest\")", "TITLE" },
    { "threshold", 0, 0, G_OPTION_ARG_DOUBLE, &threshold,
      "Mean similarity (0-1] of two stories' articles at which they become one story (default 0.27)", "T" },
    { "order", 0, 0, G_OPTION_ARG_STRING, &order_name,
      "Story order: date (newest first; the default) or size", "ORDER" },
    { "group-by", 0, 0, G_OPTION_ARG_STRING, &group_by, "Sections: none (the default) or source", "HOW" },
    { "max-items", 0, 0, G_OPTION_ARG_INT, &max_items, "Keep only the first N stories (default: all)", "N" },
    { "languages", 0, 0, G_OPTION_ARG_STRING, &languages,
      "Keep only articles in these languages, as detected (names or codes, comma-separated; und: "
      "undetermined)",
      "LANG,..." },
    { "input", 0, 0, G_OPTION_ARG_STRING, &input_name,
      "Input type of every file: auto (the default: by name and content), text, markdown, html, feed or "
      "jsonl",
      "TYPE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "[INPUT...]" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- a newsletter digest of many articles");
  g_option_context_add_main_entries (ctx, entries, NULL);
  CliSummarizerOptions so = { 0 };
  cli_summarizer_options_add (ctx, &so, "files and articles", TRUE);
  g_option_context_set_description (
      ctx, "Each INPUT is a text file, an HTML page, an RSS or Atom feed, a JSON Lines file (.jsonl:\n"
           "\"id\", \"text\", optional \"title\", \"url\", \"date\", \"source\") or a directory of them\n"
           "(read recursively, in sorted order); standard input when none is given. Articles about\n"
           "the same story are grouped and summarised together. A bad input is reported and the\n"
           "digest of the others still written; the exit status is then 1. See precis(1).");
  g_autoptr (GError) error = NULL;
  PrecisFormat format = PRECIS_FORMAT_MARKDOWN;
  PrecisDigestOrder order = PRECIS_DIGEST_ORDER_DATE;
  PrecisDigestSections sections = PRECIS_DIGEST_SECTIONS_NONE;
  CliInputType type = CLI_INPUT_AUTO;
  int status = CLI_EXIT_OK;
  g_autoptr (PrecisSummarizer) s = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    status = cli_usage_error ("precis digest", "%s", error->message);
  else if (format_name != NULL && !precis_format_from_name (format_name, &format))
    status = cli_usage_error ("precis digest", "unknown format \"%s\" (markdown, html, text or json)",
                              format_name);
  else if (order_name != NULL && !cli_value_is (order_name, "date") && !cli_value_is (order_name, "size"))
    status = cli_usage_error ("precis digest", "unknown order \"%s\" (date or size)", order_name);
  else if (group_by != NULL && !cli_value_is (group_by, "source") && !cli_value_is (group_by, "none"))
    status = cli_usage_error ("precis digest", "unknown --group-by \"%s\" (source or none)", group_by);
  else if (input_name != NULL && !cli_input_type_from_name (input_name, TRUE, &type))
    status = cli_usage_error (
        "precis digest", "unknown input type \"%s\" (auto, text, markdown, html, feed or jsonl)", input_name);
  else if (max_items != CLI_UNSET && max_items < 1)
    status
        = cli_usage_error ("precis digest", "--max-items must be at least 1 (leave it out for every story)");
  else if (languages != NULL && !languages_listed (languages))
    status = cli_usage_error (
        "precis digest", "--languages: an empty language name in \"%s\" (names or codes, comma-separated)",
        languages);
  else if (title != NULL
           && !precis_digest_title_valid (title)) /* the library's rule: Unicode white space too */
    status
        = cli_usage_error ("precis digest", "--title: an empty title (leave the option out for \"Digest\")");
  else if (!(threshold > 0 && threshold <= 1))
    status = cli_usage_error ("precis digest", "--threshold must be more than 0 and at most 1");
  else
    s = cli_summarizer_options_build (&so, "precis digest", &status);
  gboolean progress = so.progress;
  gsize max_input = (gsize)so.max_input;
  gboolean lossy = so.lossy;
  cli_summarizer_options_clear (&so);
  if (s == NULL)
    return status;
  if (order_name != NULL && cli_value_is (order_name, "size"))
    order = PRECIS_DIGEST_ORDER_SIZE;
  if (group_by != NULL && cli_value_is (group_by, "source"))
    sections = PRECIS_DIGEST_SECTIONS_SOURCE;

  g_autoptr (PrecisDigest) digest = precis_digest_new (s);
  precis_digest_set_title (digest, title);
  precis_digest_set_threshold (digest, threshold);
  precis_digest_set_order (digest, order);
  precis_digest_set_sections (digest, sections);
  precis_digest_set_max_items (digest, max_items == CLI_UNSET ? 0 : (guint)max_items);
  g_auto (GStrv) language_list = languages ? g_strsplit (languages, ",", -1) : NULL;
  for (guint i = 0; language_list != NULL && language_list[i] != NULL; i++)
    g_strstrip (language_list[i]); /* "en, fr" */
  if (!precis_digest_set_languages (digest, (const gchar *const *)language_list, &error))
    return cli_usage_error ("precis digest", "--languages: %s", error->message);

  /* The files, directories expanded. */
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  Run r = { digest, type, max_input };
  r.summarizer = s;
  r.lossy = lossy;
  g_autoptr (GPtrArray) skipped = g_ptr_array_new_with_free_func (g_free);
  r.skipped = skipped;
  if (inputs == NULL || inputs[0] == NULL)
    g_ptr_array_add (files, g_strdup ("-"));
  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    {
      if (!g_str_equal (inputs[i], "-") && g_file_test (inputs[i], G_FILE_TEST_IS_DIR))
        list_directory (inputs[i], files, &r);
      else
        g_ptr_array_add (files, g_strdup (inputs[i]));
    }
  guint64 total = 0;
  for (guint i = 0; i < files->len; i++)
    total += cli_file_size (files->pdata[i]);
  cli_progress_init (&r.progress, progress, total);
  for (guint i = 0; i < files->len; i++)
    add_input (&r, files->pdata[i]);
  cli_progress_show (&r.progress, r.n_articles, r.bytes, TRUE);

  /* Nothing kept (failed, skipped, nothing there, or every article left out for its language):
   * the errors say it, an empty digest would read as a quiet news day. */
  gboolean none = precis_digest_get_n_articles (digest) == 0;
  g_autofree gchar *out = none ? g_strdup ("") : precis_digest_render (digest, format);
  gboolean ok = cli_write (out, strlen (out));
  if (format == PRECIS_FORMAT_JSON && !none)
    ok &= cli_write ("\n", 1);
  if (!cli_flush_output () || !ok)
    return CLI_EXIT_FAILURE;
  guint left_out = precis_digest_get_n_left_out (digest);
  if (left_out > 0)
    cli_error ("%u %s in other languages left out", left_out, left_out == 1 ? "article" : "articles");
  /* r.n_failed counts files, and lines or items within them */
  g_autofree gchar *note = skipped_note (&r);
  if (none && left_out > 0)
    cli_error ("no article in %s (--languages=%s): no digest%s", languages_listed_as (language_list),
               languages, note);
  else if (none && r.n_failed > 0)
    cli_error ("%u %s failed and no article was read: no digest%s", r.n_failed,
               r.n_failed == 1 ? "input" : "inputs or records", note);
  else if (none)
    cli_error ("no article was read: no digest%s", note);
  else if (r.n_failed > 0)
    cli_error ("%u %s failed; the digest has the other %u %s", r.n_failed,
               r.n_failed == 1 ? "input" : "inputs or records", precis_digest_get_n_articles (digest),
               precis_digest_get_n_articles (digest) == 1 ? "article" : "articles");
  return r.n_failed > 0 || none ? CLI_EXIT_FAILURE : CLI_EXIT_OK;
}
