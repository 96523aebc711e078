/* text.c - the text helpers of base/text.h. Each is one pass over its span: O(length).
 */
#include "config.h"

#include <string.h>

#include "base/text.h"

const guint8 precis_ascii_space[256] = {
  [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
};

gboolean
precis_is_blank (const gchar *text, gsize start, gsize end)
{
  for (gsize i = start; i < end; i++)
    if (!precis_is_ascii_space (text[i]))
      return FALSE;
  return TRUE;
}

gboolean
precis_all_digits (const gchar *s, gsize len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

gchar *
precis_fold (const gchar *s, gsize len, gchar *buf, gsize buf_size)
{
  gchar *out = len < buf_size ? buf : g_malloc (len + 1);
  for (gsize i = 0; i < len; i++)
    {
      if ((guchar)s[i] >= 0x80)
        {
          if (out != buf)
            g_free (out);
          return g_utf8_casefold (s, (gssize)len);
        }
      out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (gchar)(s[i] + ('a' - 'A')) : s[i];
    }
  out[len] = '\0';
  return out;
}

gboolean
precis_is_line_break (const gchar *text, gsize len, gsize pos, gsize *width)
{
  if (pos >= len)
    return FALSE;
  if (text[pos] == '\n')
    {
      *width = 1;
      return TRUE;
    }
  if (text[pos] == '\r')
    {
      *width = (pos + 1 < len && text[pos + 1] == '\n') ? 2 : 1;
      return TRUE;
    }
  return FALSE;
}

gchar *
precis_collapse_space (const gchar *text, gsize start, gsize end)
{
  gchar *out = g_malloc (end - start + 1);
  gsize n = 0, i = start;
  while (i < end)
    {
      /* Copy a run of non-space bytes, then fold the run of spaces that follows into one. */
      gsize run = i;
      while (run < end && !precis_is_ascii_space (text[run]))
        run++;
      memcpy (out + n, text + i, run - i);
      n += run - i;
      i = run;
      while (i < end && precis_is_ascii_space (text[i]))
        i++;
      if (i < end && n > 0)
        out[n++] = ' ';
    }
  out[n] = '\0';
  return out;
}
