/* page.c - what the renderers of a summary (output/render.c), of an extracted page
 * (output/extracted.c) and of a digest (digest/format.c) share: escaping for Markdown and
 * HTML, a JSON string member that may be null, the test of a link worth showing, and the
 * frame of a self-contained HTML page (inline styles only: e-mail clients drop <style> blocks
 * and external sheets). Each is O(length).
 */
#include "config.h"

#include <string.h>

#include "output/page.h"

void
precis_escape_markdown (GString *out, const gchar *s)
{
  for (const gchar *p = s; *p; p++)
    {
      if (strchr ("\\`*_[]<>#|", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
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
  g_string_append (out, escaped);
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
  for (const gchar *p = url; *p; p++)
    if ((guchar)*p <= ' ' || *p == '"' || *p == '<' || *p == '>' || *p == '\\' || *p == '`')
      return FALSE;
  return TRUE;
}

void
precis_page_open (GString *out, const gchar *title, const gchar *language)
{
  const gchar *code = language ? precis_language_code (language) : NULL;
  g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
                          code ? code : "en");
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
