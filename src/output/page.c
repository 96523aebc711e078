/* page.c - what the renderers of a summary (output/render.c), of an extracted page
 * (output/extracted.c) and of a digest (digest/format.c) share: escaping for Markdown and
 * HTML, JSON strings and numbers written as json-glib writes them, a JSON string member that
 * may be null, the test of a link worth showing, and the frame of a self-contained HTML page
 * (inline styles only: e-mail clients drop <style> blocks and external sheets). Each is
 * O(length).
 */
#include "config.h"

#include <string.h>

#include "base/detect.h"
#include "output/page.h"

void
precis_escape_markdown (GString *out, const gchar *s)
{
  /* at the start of a line, "-", "+" (and "*") followed by a space open a bullet list item and
   * "1." or "1)" an ordered one (CommonMark 5.2: up to nine digits): their mark is escaped, as
   * "#" and ">" are everywhere ("\- A dash", "1\. Numbered") */
  if ((s[0] == '-' || s[0] == '+') && (s[1] == ' ' || s[1] == '\t' || s[1] == '\0'))
    g_string_append_c (out, '\\');
  gsize digits = strspn (s, "0123456789");
  if (digits > 0 && digits <= 9 && (s[digits] == '.' || s[digits] == ')')
      && (s[digits + 1] == ' ' || s[digits + 1] == '\t' || s[digits + 1] == '\0'))
    {
      g_string_append_len (out, s, (gssize)digits);
      g_string_append_c (out, '\\');
      s += digits;
    }
  for (const gchar *p = s; *p; p++)
    {
      if (strchr ("\\`*_[]<>#|", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* Whether json-glib's generator escapes the byte @c in a string. */
static inline gboolean
json_escaped (guchar c)
{
  return c == '"' || c == '\\' || (c >= 0x01 && c < 0x1f) || c == 0x7f;
}

void
precis_json_append_string (GString *out, const gchar *s)
{
  g_string_append_c (out, '"');
  const gchar *run = s;
  for (const gchar *p = s; *p; p++)
    {
      guchar c = (guchar)*p;
      if (G_LIKELY (!json_escaped (c)))
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"':
        case '\\':
          g_string_append_c (out, '\\');
          g_string_append_c (out, (gchar)c);
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          g_string_append_printf (out, "\\u00%02x", (guint)c);
          break;
        }
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

void
precis_json_append_string_or_null (GString *out, const gchar *s)
{
  if (s != NULL)
    precis_json_append_string (out, s);
  else
    g_string_append (out, "null");
}

void
precis_json_append_double_short (GString *out, gdouble d)
{
  gchar buf[G_ASCII_DTOSTR_BUF_SIZE];
  /* 17 significant digits always read back (IEEE 754 double); fewer usually do */
  for (gint digits = 1; digits <= 17; digits++)
    {
      gchar format[8];
      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buf, sizeof buf, format, d);
      if (g_ascii_strtod (buf, NULL) == d)
        break;
    }
  g_string_append (out, buf);
  if (strpbrk (buf, ".eEn") == NULL) /* not an exponent, "inf" or "nan" */
    g_string_append (out, ".0");
}

void
precis_json_append_double (GString *out, gdouble d)
{
  gchar buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_dtostr (buf, sizeof buf, d);
  g_string_append (out, buf);
  /* json-glib before 1.8 put ".0" after an exponent too ("1e-300.0", which is not JSON): the
   * writer does what the json-glib it is built with does, so that the output stays the same. */
#if JSON_CHECK_VERSION(1, 8, 0)
  if (strpbrk (buf, ".eE") == NULL)
#else
  if (strchr (buf, '.') == NULL)
#endif
    g_string_append (out, ".0");
}

void
precis_json_append_int (GString *out, gint64 n)
{
  gchar buf[24];
  gchar *p = buf + sizeof buf;
  guint64 u = n < 0 ? -(guint64)n : (guint64)n;
  do
    *--p = (gchar)('0' + u % 10);
  while ((u /= 10) > 0);
  if (n < 0)
    *--p = '-';
  g_string_append_len (out, p, buf + sizeof buf - p);
}

void
precis_json_add_string_or_null (JsonBuilder *b, const gchar *name, const gchar *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

void
precis_escape_html (GString *out, const gchar *s)
{
  g_autofree gchar *escaped = g_markup_escape_text (s, -1);
  /* every "&apos;" is an apostrophe escaped (a "&" of the text is "&amp;" now) */
  for (const gchar *p = escaped, *q; *p != '\0'; p = q + 6)
    {
      if ((q = strstr (p, "&apos;")) == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, q - p);
      g_string_append (out, "&#39;");
    }
}

void
precis_append_url (GString *out, const gchar *url, const gchar *ends)
{
  for (const gchar *p = url; *p; p++)
    {
      guchar c = (guchar)*p;
      if (c <= ' ' || c == 0x7f || strchr (ends, c) != NULL
          || (c == '%' && !(g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]))))
        g_string_append_printf (out, "%%%02X", c);
      else
        g_string_append_c (out, (gchar)c);
    }
}

void
precis_append_href (GString *out, const gchar *url)
{
  g_autoptr (GString) encoded = g_string_new (NULL);
  precis_append_url (encoded, url, "\"'<>\\`");
  precis_escape_html (out, encoded->str);
}

void
precis_append_markdown_link (GString *out, const gchar *text, const gchar *url)
{
  g_string_append_c (out, '[');
  precis_escape_markdown (out, text);
  g_string_append (out, "](");
  /* square brackets too: a "]" would end the link's text in some readers, and RFC 3986 allows
   * them only in a host (tryout29 #19) */
  precis_append_url (out, url, "\"'()<>[]\\`");
  g_string_append_c (out, ')');
}

gchar *
precis_format_day (gint64 time)
{
  if (time == G_MININT64)
    return NULL;
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (time);
  return dt != NULL ? g_date_time_format (dt, "%Y-%m-%d") : NULL;
}

gboolean
precis_is_web_address (const gchar *url)
{
  if (url == NULL)
    return FALSE;
  gsize scheme = g_ascii_strncasecmp (url, "https://", 8) == 0  ? 8
                 : g_ascii_strncasecmp (url, "http://", 7) == 0 ? 7
                                                                : 0;
  if (scheme == 0 || url[scheme] == '\0')
    return FALSE;
  /* (a space, a quote or a bracket is written percent-encoded, precis_append_url(); a control
   * character is no part of an address a feed or page means) */
  for (const gchar *p = url; *p; p++)
    if ((guchar)*p < ' ' || *p == 0x7f)
      return FALSE;
  return TRUE;
}

void
precis_page_append_lang (GString *out, const gchar *language)
{
  const gchar *tag = precis_detect_language_tag (language);
  g_string_append_printf (out, " lang=\"%s\"%s", tag != NULL ? tag : "und",
                          precis_detect_tag_is_rtl (tag) ? " dir=\"rtl\"" : "");
}

void
precis_page_append_lang_within (GString *out, const gchar *language, const gchar *page_language)
{
  const gchar *tag = precis_detect_language_tag (language);
  if (precis_detect_tag_is_rtl (tag)
      || !precis_detect_tag_is_rtl (precis_detect_language_tag (page_language)))
    {
      precis_page_append_lang (out, language);
      return;
    }
  /* dir is inherited: a left-to-right story in a right-to-left page says so, or reads backwards
   * (its punctuation and numbers moved to the wrong end); an unknown language is left to the
   * browser's reading of its text */
  g_string_append_printf (out, " lang=\"%s\" dir=\"%s\"", tag != NULL ? tag : "und",
                          tag != NULL ? "ltr" : "auto");
}

gchar *
precis_html_lang_attributes (const gchar *language, const gchar *page_language)
{
  GString *out = g_string_new (NULL);
  if (g_strcmp0 (language, page_language) != 0)
    precis_page_append_lang_within (out, language, page_language);
  return g_string_free (out, FALSE);
}

void
precis_page_open (GString *out, const gchar *title, const gchar *language)
{
  g_string_append (out, "<!DOCTYPE html>\n<html");
  precis_page_append_lang (out, language);
  g_string_append (out, ">\n<head>\n<meta charset=\"utf-8\">\n");
  g_string_append (out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  precis_escape_html (out, title);
  g_string_append (out, "</title>\n</head>\n<body style=\"" PRECIS_PAGE_BODY
                        "\">\n<div style=\"" PRECIS_PAGE_PAGE "\">\n");
}

void
precis_page_close (GString *out)
{
  g_string_append (out, "</div>\n</body>\n</html>\n");
}
