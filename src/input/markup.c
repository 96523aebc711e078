/* markup.c - what the page and feed readers share before and after libxml2 parses: a look at
 * how a document opens (to tell a page or a feed from text), the checks made before parsing,
 * and white space collapsed as a browser shows it. Each is O(length).
 */
#include "config.h"

#include <libxml/parser.h>
#include <string.h>

#include "input/markup.h"

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
      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          if (!space && out->len > 0)
            g_string_append_c (out, ' ');
          space = TRUE;
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

/* Skips a byte-order mark, white space, comments and processing instructions (such as an XML
 * declaration) from @p; returns where the first element opens, or @end. */
static const gchar *
skip_preamble (const gchar *p, const gchar *end)
{
  if (end - p >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
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
precis_markup_prepare (const gchar *data, gsize n, const gchar *what, GError **error)
{
  if (n > (gsize)G_MAXINT)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_TOO_LARGE, "the %s is larger than 2 GiB", what);
      return FALSE;
    }
  const gchar *nul = memchr (data, '\0', n);
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
