/* markup.c - what the page and feed readers share before and after libxml2 parses: a look at
 * how a document opens (to tell a page or a feed from text), the checks made before parsing,
 * and white space collapsed as a browser shows it. Each is O(length).
 */
#include "config.h"

#include <libxml/parser.h>
#include <string.h>
#include <uchardet.h>

#include "base/text.h"
#include "base/wide.h"
#include "input/markup.h"

/* The character UTF-8 bytes written one a character make at @p ("&#226;&#128;&#166;", a page
 * encoded twice: U+00E2 U+0080 U+00A6 for U+2026), when @p opens such a run: a lead byte's
 * character, then its continuation bytes' characters (U+0080 to U+00BF), one of them a C1
 * control, which no text holds for itself; *@end is set past the run. 0 otherwise. */
static gunichar
utf8_written_as_characters (const gchar *p, const gchar **end)
{
  gunichar lead = g_utf8_get_char (p);
  /* (of the two-byte leads only Â and Ã: the others are capitals a text holds for itself, and
   * "CAF&#201;&#146;S" is "CAFÉ’S") */
  guint n = lead == 0xC2 || lead == 0xC3   ? 1
            : lead >= 0xE0 && lead <= 0xEF ? 2
            : lead >= 0xF0 && lead <= 0xF4 ? 3
                                           : 0;
  if (n == 0)
    return 0;
  gchar bytes[4] = { (gchar)lead };
  gboolean c1 = FALSE;
  const gchar *q = g_utf8_next_char (p);
  for (guint k = 1; k <= n; k++)
    {
      gunichar c = g_utf8_get_char_validated (q, -1);
      if (c == (gunichar)-1 || c == (gunichar)-2 || c < 0x80 || c > 0xBF)
        return 0;
      c1 = c1 || c <= 0x9F;
      bytes[k] = (gchar)c;
      q = g_utf8_next_char (q);
    }
  gunichar decoded = g_utf8_get_char_validated (bytes, (gssize)n + 1);
  if (!c1 || decoded == (gunichar)-1 || decoded == (gunichar)-2)
    return 0;
  /* A C1 control decoded ("Â" + U+0096) is Windows-1252's character, as one written alone is;
   * one Windows-1252 leaves undefined is no double encoding. */
  if (decoded >= 0x80 && decoded <= 0x9F)
    {
      decoded = precis_windows_1252_of_c1 (decoded);
      if (decoded == 0)
        return 0;
    }
  *end = q;
  return decoded;
}

gsize
precis_markup_append_collapsed (GString *out, const gchar *text)
{
  gsize before = out->len;
  gboolean space = out->len > 0 && out->str[out->len - 1] != ' ' ? FALSE : TRUE;
  for (const gchar *p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          p++;
          continue;
        }
      const gchar *next = g_utf8_next_char (p);
      gunichar twice
          = (c == 0xC2 || c == 0xC3 || (c >= 0xE0 && c <= 0xF4)) ? utf8_written_as_characters (p, &next) : 0;
      if (twice != 0)
        {
          g_string_append_unichar (out, twice);
          space = FALSE;
        }
      else if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          if (!space && out->len > 0)
            g_string_append_c (out, ' ');
          space = TRUE;
        }
      else if (c >= 0x80 && c <= 0x9F && precis_windows_1252_of_c1 (c) != 0)
        {
          g_string_append_unichar (out, precis_windows_1252_of_c1 (c));
          space = FALSE;
        }
      else if (g_unichar_iscntrl (c))
        ; /* a stray control character in a page is dropped, not passed on as binary */
      else
        {
          g_string_append_len (out, p, next - p);
          space = FALSE;
        }
      p = next;
    }
  return out->len - before;
}

gchar *
precis_markup_collapse_line (const gchar *text)
{
  if (text == NULL)
    return NULL;
  GString *t = g_string_new (NULL);
  precis_markup_append_collapsed (t, text);
  while (t->len > 0 && t->str[t->len - 1] == ' ')
    g_string_truncate (t, t->len - 1);
  if (t->len == 0)
    {
      g_string_free (t, TRUE);
      return NULL;
    }
  return g_string_free (t, FALSE);
}

gboolean
precis_markup_is_default_title (const gchar *line)
{
  static const gchar *const defaults[] = {
    "untitled", "untitled document", "untitled page", "new page",   "new document", "document",     "index",
    "welcome",  "no title",          "sin título",    "sans titre", "unbenannt",    "senza titolo",
  };
  if (line == NULL)
    return FALSE;
  g_autofree gchar *folded = g_utf8_casefold (line, -1);
  gchar *start = folded;
  gsize n = strlen (folded);
  while (n > 0 && strchr ("!. ()[]", folded[n - 1]) != NULL)
    folded[--n] = '\0';
  while (*start != '\0' && strchr ("!. ()[]", *start) != NULL)
    start++;
  for (gsize i = 0; i < G_N_ELEMENTS (defaults); i++)
    if (g_str_equal (start, defaults[i]))
      return TRUE;
  return FALSE;
}

/* Skips a byte-order mark, white space, comments and processing instructions (such as an XML
 * declaration) from @p; returns where the first element opens, or @end. */
static const gchar *
skip_preamble (const gchar *p, const gchar *end)
{
  p += precis_bom_len (p, (gsize)(end - p));
  for (;;)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      const gchar *close = NULL;
      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        close = g_strstr_len (p + 4, end - p - 4, "-->");
      else if (end - p >= 2 && memcmp (p, "<?", 2) == 0)
        close = g_strstr_len (p + 2, end - p - 2, "?>");
      else
        return p;
      if (close == NULL)
        return end;
      p = close + (*close == '-' ? 3 : 2);
    }
}

gboolean
precis_markup_opens_with (const gchar *data, gssize len, const gchar *const *names, gsize n_names)
{
  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  const gchar *end = data + (len < 0 ? strlen (data) : (gsize)len);
  const gchar *p = skip_preamble (data, end);
  for (gsize i = 0; i < n_names; i++)
    {
      gsize k = strlen (names[i]);
      if ((gsize)(end - p) >= k + 1 && g_ascii_strncasecmp (p, names[i], k) == 0
          && (g_ascii_isspace (p[k]) || p[k] == '>'))
        return TRUE;
    }
  return FALSE;
}

static gsize
parser_init (void)
{
  xmlInitParser ();
  return 1;
}

gboolean
precis_markup_is_utf8 (const gchar *data, gsize n)
{
  return precis_validate_utf8 (data, n, NULL);
}

gboolean
precis_markup_prepare (const gchar *data, gsize n, const gchar *what, GError **error)
{
  if (n > (gsize)G_MAXINT)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_TOO_LARGE, "the %s is larger than 2 GiB", what);
      return FALSE;
    }
  const gchar *nul = n > 0 ? memchr (data, '\0', n) : NULL; /* (@data may be NULL then) */
  if (nul != NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BINARY,
                   "the %s holds a NUL byte at offset %" G_GSIZE_FORMAT, what, (gsize)(nul - data));
      return FALSE;
    }
  static gsize initialised = 0;
  if (g_once_init_enter (&initialised))
    g_once_init_leave (&initialised, parser_init ());
  return TRUE;
}

gchar *
precis_markup_root_name (const gchar *data, gssize len)
{
  const gchar *end = data + (len < 0 ? strlen (data) : (gsize)len);
  const gchar *p = skip_preamble (data, end);
  while (end - p >= 9 && g_ascii_strncasecmp (p, "<!DOCTYPE", 9) == 0)
    {
      /* Up to the closing ">", past an internal subset in brackets. */
      gint brackets = 0;
      while (p < end && !(*p == '>' && brackets == 0))
        {
          brackets += *p == '[' ? 1 : *p == ']' ? -1 : 0;
          p++;
        }
      p = skip_preamble (p < end ? p + 1 : end, end);
    }
  if (end - p < 2 || *p != '<' || !(g_ascii_isalpha (p[1]) || p[1] == '_'))
    return NULL;
  const gchar *start = p + 1, *q = start;
  while (q < end && (g_ascii_isalnum (*q) || *q == ':' || *q == '_' || *q == '-' || *q == '.'))
    q++;
  return g_strndup (start, (gsize)(q - start));
}

/* The encoding named by the XML declaration at the start of @data (UTF-8 bytes), or NULL;
 * *@value_start and *@value_end are set to where the name lies. */
static gchar *
declared_encoding (const gchar *data, gsize n, const gchar **value_start, const gchar **value_end)
{
  const gchar *p = data + precis_bom_len (data, n);
  if ((gsize)(p - data) + 5 > n || strncmp (p, "<?xml", 5) != 0)
    return NULL;
  const gchar *close = g_strstr_len (p, (gssize)MIN (n - (gsize)(p - data), 512), "?>");
  if (close == NULL)
    return NULL;
  const gchar *e = g_strstr_len (p, close - p, "encoding");
  if (e == NULL)
    return NULL;
  e += 8;
  while (e < close && (g_ascii_isspace (*e) || *e == '='))
    e++;
  if (e >= close || (*e != '"' && *e != '\''))
    return NULL;
  gchar quote = *e++;
  const gchar *v = e;
  while (e < close && *e != quote)
    e++;
  *value_start = v;
  *value_end = e;
  return g_strndup (v, (gsize)(e - v));
}

const gchar *
precis_markup_guess_encoding (const gchar *data, gsize n)
{
  /* The scripts whose legacy encodings uchardet tells apart well, as it names them. A guess of
   * another single-byte encoding (a Latin one, or a Mac one for windows-1252's curly quotes)
   * is not taken: those are read as windows-1252, as browsers read them. */
  /* (ISO-2022 and HZ are seven-bit: such text passes as UTF-8 and is never guessed.) */
  static const gchar *const trusted[] = {
    "BIG5",         "EUC-JP",       "EUC-KR",       "EUC-TW",  "GB18030",     "SHIFT_JIS",    "UHC",
    "KOI8-R",       "WINDOWS-1251", "ISO-8859-5",   "IBM866",  "IBM855",      "MAC-CYRILLIC", "ISO-8859-7",
    "WINDOWS-1253", "ISO-8859-8",   "WINDOWS-1255", "TIS-620", "ISO-8859-11", "ISO-8859-6",   "WINDOWS-1256",
  };
  uchardet_t detector = uchardet_new ();
  const gchar *guess = NULL;
  if (uchardet_handle_data (detector, data, n) == 0)
    {
      uchardet_data_end (detector);
      const gchar *name = uchardet_get_charset (detector);
      for (gsize i = 0; name != NULL && i < G_N_ELEMENTS (trusted) && guess == NULL; i++)
        if (g_ascii_strcasecmp (name, trusted[i]) == 0)
          guess = trusted[i];
    }
  uchardet_delete (detector);
  return guess;
}

gchar *
precis_markup_to_utf8 (const gchar *data, gsize n, GError **error)
{
  /* a byte-order mark, or an XML declaration's "<?" (or a page's "<") in a wide encoding */
  static const struct
  {
    const gchar *opening;
    gsize len;
    const gchar *encoding;
  } wide[] = {
    { "\x00\x00\x00<", 4, "UTF-32BE" },
    { "<\x00\x00\x00", 4, "UTF-32LE" },
    { "\x00<\x00?", 4, "UTF-16BE" },
    { "<\x00?\x00", 4, "UTF-16LE" },
  };
  gsize skip = 0;
  const gchar *from = precis_wide_marked (data, n, &skip);
  for (gsize i = 0; i < G_N_ELEMENTS (wide) && from == NULL; i++)
    if (n >= wide[i].len && memcmp (data, wide[i].opening, wide[i].len) == 0)
      from = wide[i].encoding;
  g_autofree gchar *declared = NULL;
  if (from == NULL)
    {
      if (precis_markup_is_utf8 (data, n) || memchr (data, '\0', n) != NULL)
        return NULL; /* UTF-8 already, or binary (refused when prepared) */
      const gchar *vs = NULL, *ve = NULL;
      declared = declared_encoding (data, n, &vs, &ve);
      from = declared != NULL ? declared : precis_markup_guess_encoding (data, n);
      if (from == NULL || g_ascii_strcasecmp (from, "iso-8859-1") == 0
          || g_ascii_strcasecmp (from, "latin1") == 0 || g_ascii_strcasecmp (from, "latin-1") == 0
          || g_ascii_strcasecmp (from, "us-ascii") == 0 || g_ascii_strcasecmp (from, "ascii") == 0
          || g_ascii_strcasecmp (from, "utf-8") == 0)
        from = "WINDOWS-1252";
    }
  gsize out_len = 0;
  gchar *out = g_convert (data + skip, (gssize)(n - skip), "UTF-8", from, NULL, &out_len, NULL);
  if (out == NULL && skip == 0 && !g_str_has_prefix (from, "UTF-"))
    out = g_convert (data, (gssize)n, "UTF-8", "WINDOWS-1252", NULL, &out_len, NULL);
  if (out == NULL && skip == 0 && !g_str_has_prefix (from, "UTF-"))
    out = g_convert (data, (gssize)n, "UTF-8", "ISO-8859-1", NULL, &out_len, NULL);
  if (out == NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_UTF8, "the document is not valid %s", from);
      return NULL;
    }
  /* The declaration now names UTF-8. */
  const gchar *vs = NULL, *ve = NULL;
  g_autofree gchar *name = declared_encoding (out, out_len, &vs, &ve);
  if (name != NULL)
    {
      GString *s = g_string_new_len (out, vs - out);
      g_string_append (s, "UTF-8");
      g_string_append (s, ve);
      g_free (out);
      return g_string_free (s, FALSE);
    }
  return out;
}

int
precis_markup_reader_read (void *data, char *buf, int len)
{
  PrecisMarkupReader *r = data;
  gsize done = 0;
  while (done < (gsize)len && r->pos < r->n)
    {
      if (r->next < r->n_cuts && r->pos == r->cuts[r->next].start)
        {
          r->pos = r->cuts[r->next++].end;
          continue;
        }
      gsize stop = r->next < r->n_cuts ? r->cuts[r->next].start : r->n;
      gsize k = MIN ((gsize)len - done, stop - r->pos);
      memcpy (buf + done, r->data + r->pos, k);
      done += k;
      r->pos += k;
    }
  return (int)done;
}
