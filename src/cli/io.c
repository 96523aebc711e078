/* io.c - input and error reporting for the `precis` command. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include "cli.h"

/* Read in blocks of this size. */
#define READ_BLOCK (64u << 10)

/* @buf (of *@len bytes, owned) as UTF-8 when it is UTF-32 or UTF-16 (a byte-order mark, or
 * UTF-16 clearly so without one: precis_text_to_utf8, the Python binding's reader too), else
 * @buf itself; NULL with @error set (and @buf freed) when it is not valid in that encoding. A
 * page or text saved as "Unicode" by Windows tools is UTF-16; read as it is, it would be
 * refused as binary. */
static gchar *
decode_wide (gchar *buf, gsize *len, GError **error)
{
  g_autoptr (GError) wide_error = NULL;
  gchar *out = precis_text_to_utf8 (buf, (gssize)*len, len, &wide_error);
  if (out == NULL && wide_error == NULL)
    return buf;
  g_free (buf);
  if (out == NULL)
    g_propagate_error (error, g_steal_pointer (&wide_error));
  return out;
}

/* Whether @buf, a large input's first block of @n bytes, opens as UTF-16 or UTF-32 (a byte-order
 * mark, or UTF-16's zero bytes) but is not valid in that encoding: refused then and there with
 * precis_text_to_utf8()'s message, as binary data is, not after all of the input (a stream of
 * random bytes opens with UTF-16's mark once in 32,768 and was read until memory ran out). The block
 * may end inside a character: it is tried cut at a multiple of four bytes and at two bytes less
 * (one of the two ends between characters in valid UTF-16 and UTF-32), and refused when both fail. */
static gboolean
refuse_bad_wide_block (const gchar *buf, gsize n, GError **error)
{
  if (n < 16)
    return FALSE;
  gsize cut = (n - 8) & ~(gsize)3;
  g_autoptr (GError) first = NULL;
  g_autofree gchar *whole = precis_text_to_utf8 (buf, (gssize)cut, NULL, &first);
  if (whole != NULL || first == NULL)
    return FALSE;
  g_autofree gchar *shorter = precis_text_to_utf8 (buf, (gssize)(cut - 2), NULL, NULL);
  if (shorter != NULL)
    return FALSE;
  g_propagate_error (error, g_steal_pointer (&first));
  return TRUE;
}

gchar *
cli_read_input (const gchar *path, gsize max_bytes, gsize *len, GError **error)
{
  gboolean is_stdin = g_str_equal (path, "-");
  FILE *f = is_stdin ? stdin : fopen (path, "rb");
  if (f == NULL)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "cannot open: %s",
                   g_strerror (saved));
      return NULL;
    }
  /* A regular file's size is known: its buffer is allocated once at that size (and a block
   * more, to see the end), not grown by doubling to as much as twice the input. */
  gsize expected = 0;
  struct stat st;
  if (fstat (fileno (f), &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0)
    expected = (gsize)st.st_size;
  if (max_bytes > 0)
    expected = MIN (expected, max_bytes + 1);
  gsize capacity = expected + READ_BLOCK + 1, n = 0;
  gchar *buf = g_malloc (capacity);
  gboolean ok = TRUE;
  for (;;)
    {
      if (capacity - n < READ_BLOCK + 1)
        {
          capacity *= 2;
          buf = g_realloc (buf, capacity);
        }
      size_t got = fread (buf + n, 1, READ_BLOCK, f);
      n += got;
      /* a large input refused as binary on its first block, not after all of it (a device such as
       * /dev/urandom would be read to the limit) */
      if (n == got && got == READ_BLOCK
          && (cli_refuse_binary (buf, n, error) || refuse_bad_wide_block (buf, n, error)))
        {
          ok = FALSE;
          break;
        }
      if (max_bytes > 0 && n > max_bytes)
        {
          g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_TOO_LARGE,
                       "input is more than the limit of %zu bytes (see --max-input-bytes)", max_bytes);
          ok = FALSE;
          break;
        }
      if (got < READ_BLOCK)
        {
          if (ferror (f))
            {
              int saved = errno;
              g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "read error: %s",
                           g_strerror (saved));
              ok = FALSE;
            }
          break;
        }
    }
  if (!is_stdin)
    fclose (f);
  if (!ok)
    {
      g_free (buf);
      return NULL;
    }
  buf[n] = '\0';
  *len = n;
  return decode_wide (buf, len, error);
}

guint
cli_n_with_text (const GPtrArray *items)
{
  guint n = 0;
  for (guint i = 0; i < items->len; i++)
    n += ((const PrecisFeedItem *)items->pdata[i])->text[0] != '\0';
  return n;
}

void
cli_note_textless (const gchar *name, guint i, const PrecisFeedItem *item, guint n_with_text)
{
  /* (a feed whose items all have none is an error of its own, said once) */
  if (item->text[0] != '\0' || n_with_text == 0 || (item->title == NULL && item->link == NULL))
    return;
  cli_error ("%s, item %u%s%s: no text to summarise (%s), left out", name, i + 1, item->title ? ": " : "",
             item->title ? item->title : "", item->title ? "a title alone" : "a link alone");
}

gboolean
cli_feed_each (PrecisSummarizer *s, const gchar *name, const gchar *input, gsize len, CliItemFunc each,
               gpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = precis_feed_parse (input, (gssize)len, NULL, &error);
  if (items == NULL)
    {
      cli_error ("%s: %s", name, error->message);
      return FALSE;
    }
  gboolean ok = TRUE;
  guint n_text = 0, n_with_text = cli_n_with_text (items);
  for (guint i = 0; i < items->len; i++)
    {
      PrecisFeedItem *item = items->pdata[i];
      if (item->text[0] == '\0')
        {
          cli_note_textless (name, i, item, n_with_text);
          continue;
        }
      n_text++;
      g_autofree gchar *label = g_strdup_printf ("%s, item %u%s%s", name, i + 1, item->title ? ": " : "",
                                                 item->title ? item->title : "");
      precis_summarizer_set_language_hint (s, item->language);
      ok &= each (item, label, data);
    }
  precis_summarizer_set_language_hint (s, NULL);
  if (n_text == 0)
    {
      cli_error ("%s: a feed with %u item%s, none with text", name, items->len, items->len == 1 ? "" : "s");
      return FALSE;
    }
  return ok;
}

gchar *
cli_page_text (PrecisSummarizer *s, const gchar *name, gchar *input, gsize *len, gchar **title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisPage) page = precis_html_read_take (input, *len, &error);
  if (page == NULL)
    {
      cli_error ("%s: %s", name, error->message);
      return NULL;
    }
  precis_summarizer_set_language_hint (s, page->language);
  *title = g_steal_pointer (&page->title);
  *len = strlen (page->text);
  return g_steal_pointer (&page->text);
}

gboolean
cli_refuse_binary (const gchar *data, gsize len, GError **error)
{
  const gchar *binary = NULL;
  if (!precis_looks_binary (data, len, &binary))
    return FALSE;
  g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BINARY, "binary data, not text (%s)", binary);
  return TRUE;
}

void
cli_repair_nul (gchar **data, gsize *len)
{
  if (memchr (*data, '\0', *len) == NULL || memchr (*data, '\0', MIN (*len, 4)) != NULL)
    return; /* none, or wide text (UTF-16, UTF-32): its NUL bytes are characters' halves */
  GString *out = g_string_sized_new (*len + 16);
  for (gsize i = 0; i < *len; i++)
    {
      if ((*data)[i] == '\0')
        g_string_append (out, "\xEF\xBF\xBD");
      else
        g_string_append_c (out, (*data)[i]);
    }
  g_free (*data);
  *len = out->len;
  *data = g_string_free (out, FALSE);
}

void
cli_error (const gchar *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree gchar *msg = g_strdup_vprintf (format, args);
  va_end (args);
  fflush (stdout);
  fprintf (stderr, "precis: %s\n", msg);
}

int
cli_usage_error (const gchar *command, const gchar *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree gchar *msg = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "precis: %s\nTry '%s --help' for more information.\n", msg, command);
  return CLI_EXIT_USAGE;
}

int
cli_seed_too_large (const gchar *command)
{
  return cli_usage_error (command, "--seed must be at most %u, as numpy.random.seed's", CLI_SEED_MAX);
}

/* Where the page frame of the HTML page @page opens its column (the end of the line that opens
 * the <div> inside <body>) and where its closing starts ("</div>" before "</body>"): the frame
 * precis's HTML renderers all write. FALSE when @page has no such frame. */
static gboolean
html_frame (const gchar *page, gsize *open_end, gsize *close_start)
{
  const gchar *body = strstr (page, "<body");
  const gchar *column = body != NULL ? strstr (body, "<div") : NULL;
  const gchar *line_end = column != NULL ? strchr (column, '\n') : NULL;
  const gchar *end = g_strrstr (page, "</div>\n</body>");
  if (line_end == NULL || end == NULL || end < line_end)
    return FALSE;
  *open_end = (gsize)(line_end + 1 - page);
  *close_start = (gsize)(end - page);
  return TRUE;
}

void
cli_documents_add (CliDocuments *d, GString *out, const gchar *label, gboolean headers, const gchar *rendered,
                   const gchar *language)
{
  gsize open_end = 0, close_start = 0;
  switch (d->format)
    {
    case PRECIS_FORMAT_HTML:
      if (!html_frame (rendered, &open_end, &close_start))
        g_string_append (out, rendered);
      else
        {
          g_autofree gchar *lang = NULL;
          if (d->html_close == NULL)
            {
              g_string_append_len (out, rendered, (gssize)open_end);
              d->html_close = g_strdup (rendered + close_start);
              d->html_language = g_strdup (language);
            }
          else
            {
              g_string_append (out, "<hr>\n");
              /* a document in another language than the page's says so, as a digest's card */
              lang = precis_html_lang_attributes (language, d->html_language);
            }
          if (lang != NULL && lang[0] != '\0')
            g_string_append_printf (out, "<div%s>\n", lang);
          g_string_append_len (out, rendered + open_end, (gssize)(close_start - open_end));
          if (lang != NULL && lang[0] != '\0')
            g_string_append (out, "</div>\n");
        }
      break;
    case PRECIS_FORMAT_MARKDOWN:
      if (headers)
        {
          /* "--" cannot occur inside an HTML comment */
          g_autoptr (GString) name = g_string_new (label);
          while (g_string_replace (name, "--", "- -", 0) > 0)
            ;
          g_string_append_printf (out, "%s<!-- %s -->\n", d->first ? "" : "\n---\n\n", name->str);
        }
      g_string_append (out, rendered);
      break;
    default:
      if (headers)
        g_string_append_printf (out, "%s==> %s <==\n", d->first ? "" : "\n", label);
      g_string_append (out, rendered);
      break;
    }
  d->first = FALSE;
}

void
cli_documents_finish (CliDocuments *d, GString *out)
{
  if (d->html_close != NULL)
    g_string_append (out, d->html_close);
  g_clear_pointer (&d->html_close, g_free);
  g_clear_pointer (&d->html_language, g_free);
}

const gchar *
cli_format_double (gchar *buf, gdouble d)
{
  /* 17 significant digits always read back (IEEE 754 double); fewer usually do. A whole number
   * below 10^16 is written out ("100", not "1e+02", as Python's repr writes it). */
  gboolean whole = d == d && fabs (d) >= 1 && fabs (d) < 1e16;
  for (gint digits = 1; digits <= 17; digits++)
    {
      gchar format[8];
      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, format, d);
      if (g_ascii_strtod (buf, NULL) == d && !(whole && strchr (buf, 'e') != NULL))
        break;
    }
  return buf;
}

/* The reason the output could not be written (an errno), 0 while it could; and whether that
 * was said. */
static int output_errno;
static gboolean output_reported;

/* Keeps in *@first the first reason a write failed: @saved, or EIO when the system gave none. */
static void
keep_errno (int *first, int saved)
{
  if (*first == 0)
    *first = saved != 0 ? saved : EIO;
}

gboolean
cli_write_file (FILE *f, const gchar *data, gsize len, int *first_errno)
{
  if (fwrite (data, 1, len, f) == len)
    return TRUE;
  keep_errno (first_errno, errno);
  return FALSE;
}

/* Flushes @f; FALSE when that or an earlier write failed (the first reason in *@first_errno). */
static gboolean
flush_file (FILE *f, int *first_errno)
{
  errno = 0;
  if (fflush (f) != 0 || ferror (f))
    keep_errno (first_errno, errno);
  return *first_errno == 0;
}

gboolean
cli_close_file (FILE *f, const gchar *path, int *first_errno)
{
  flush_file (f, first_errno);
  if (fclose (f) != 0)
    keep_errno (first_errno, errno);
  if (*first_errno == 0)
    return TRUE;
  cli_error ("%s: cannot write: %s", path, g_strerror (*first_errno));
  return FALSE;
}

gboolean
cli_write (const gchar *data, gsize len)
{
  return cli_write_file (stdout, data, len, &output_errno);
}

gboolean
cli_flush_output (void)
{
  if (flush_file (stdout, &output_errno))
    return TRUE;
  if (!output_reported)
    {
      output_reported = TRUE;
      fprintf (stderr, "precis: cannot write the output: %s\n", g_strerror (output_errno));
    }
  return FALSE;
}

void
cli_check_output_at_exit (void)
{
  if (!cli_flush_output ())
    _exit (CLI_EXIT_FAILURE);
}

gboolean
cli_input_type_from_name (const gchar *name, gboolean jsonl, CliInputType *type)
{
  static const gchar *const names[]
      = { [CLI_INPUT_AUTO] = "auto", [CLI_INPUT_TEXT] = "text",   [CLI_INPUT_HTML] = "html",
          [CLI_INPUT_FEED] = "feed", [CLI_INPUT_JSONL] = "jsonl", [CLI_INPUT_MARKDOWN] = "markdown" };
  if (cli_value_is (name, "md"))
    name = "markdown";
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (cli_value_is (name, names[i]) && (jsonl || i != CLI_INPUT_JSONL))
      {
        *type = (CliInputType)i;
        return TRUE;
      }
  return FALSE;
}

void
cli_document_text (CliInputType asked, CliInputType type, const gchar *path, gchar **input, gsize *len)
{
  cli_document_read (asked, type, path, input, len, NULL, NULL);
}

void
cli_document_read (CliInputType asked, CliInputType type, const gchar *path, gchar **input, gsize *len,
                   gchar **title, gchar **author)
{
  if (type != CLI_INPUT_MARKDOWN && (asked != CLI_INPUT_AUTO || type != CLI_INPUT_TEXT))
    return;
  const gchar *dot = strrchr (path, '.');
  gboolean markdown
      = type == CLI_INPUT_MARKDOWN
        || (dot != NULL /* notes.MD too, as in precis digest */
            && (g_ascii_strcasecmp (dot, ".md") == 0 || g_ascii_strcasecmp (dot, ".markdown") == 0));
  /* Bytes that are not UTF-8 (a NUL byte among them) are left for the reader to report, at their
   * offset in the file; precis_subtitles_to_text() reads only UTF-8 itself. */
  if (markdown && !g_utf8_validate_len (*input, *len, NULL))
    return;
  gsize text_len = 0;
  gchar *text = !markdown       ? precis_subtitles_to_text (*input, (gssize)*len, &text_len)
                : title != NULL ? precis_markdown_read (*input, (gssize)*len, title, author)
                                : precis_markdown_to_text (*input, (gssize)*len);
  if (text == NULL)
    return; /* not subtitles: text as it is */
  g_free (*input);
  *input = text;
  *len = markdown ? strlen (text) : text_len;
}

CliInputType
cli_input_resolve (CliInputType type, const gchar *data, gsize len)
{
  if (type != CLI_INPUT_AUTO)
    return type;
  if (precis_looks_like_feed (data, (gssize)len))
    return CLI_INPUT_FEED;
  if (precis_looks_like_html (data, (gssize)len))
    return CLI_INPUT_HTML;
  return CLI_INPUT_TEXT;
}

gboolean
cli_looks_like_jsonl (const gchar *data, gsize len)
{
  const gchar *end = data + len, *first = NULL, *first_end = NULL;
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3;
  for (const gchar *p = data; p < end;)
    {
      const gchar *nl = memchr (p, '\n', (gsize)(end - p));
      const gchar *line_end = nl ? nl : end, *a = p, *b = line_end;
      while (a < b && g_ascii_isspace (*a))
        a++;
      while (b > a && g_ascii_isspace (b[-1]))
        b--;
      if (a < b)
        {
          if (*a != '{' || b[-1] != '}')
            return FALSE;
          if (first == NULL)
            first = a, first_end = b;
        }
      p = nl ? nl + 1 : end;
    }
  if (first == NULL)
    return FALSE;
  g_autoptr (JsonParser) parser = json_parser_new ();
  return json_parser_load_from_data (parser, first, first_end - first, NULL)
         && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser));
}

gboolean
cli_refuse_jsonl (CliInputType asked, CliInputType type, const gchar *data, gsize len, const gchar *name,
                  const gchar *instead)
{
  if (asked != CLI_INPUT_AUTO || type != CLI_INPUT_TEXT || !cli_looks_like_jsonl (data, len))
    return FALSE;
  cli_error ("%s: JSON Lines, not prose: %s (or read it as prose with --input=text)", name, instead);
  return TRUE;
}

const gchar *
cli_lossy_hint (const GError *error)
{
  return g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_UTF8) ? CLI_LOSSY_HINT : "";
}
