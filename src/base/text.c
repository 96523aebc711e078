/* text.c - the text helpers of base/text.h. Each is one pass over its span: O(length).
 */
#include "config.h"

#include <string.h>

#include "base/text.h"

gboolean
precis_is_blank (const gchar *text, gsize start, gsize end)
{
  for (gsize i = start; i < end; i++)
    if (!g_ascii_isspace (text[i]))
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

guint
precis_count_words (const gchar *s, gsize len, guint max)
{
  guint n = 0;
  gboolean in_word = FALSE;
  for (gsize i = 0; i < len && n <= max; i++)
    {
      gboolean space = precis_is_ascii_space (s[i]);
      n += !space && !in_word;
      in_word = !space;
    }
  return n;
}

gchar *
precis_fold (const gchar *s, gsize len, gchar *buf, gsize buf_size)
{
  gchar *out = len < buf_size ? buf : NULL;
  for (gsize i = 0; i < len; i++)
    {
      if ((guchar)s[i] >= 0x80)
        {
          if (out != buf)
            g_free (out);
          g_autofree gchar *folded = g_utf8_casefold (s, (gssize)len);
          return g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
        }
      if (out == NULL)
        out = g_malloc (len + 1);
      out[i] = g_ascii_tolower (s[i]);
    }
  if (out == NULL)
    out = g_malloc (len + 1);
  out[len] = '\0';
  return out;
}

gboolean
precis_is_strong_terminator (gunichar c)
{
  switch (c)
    {
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF0E: /* 。！？． */
    case 0x0964:
    case 0x0965: /* । ॥ Devanagari */
    case 0x061F:
    case 0x06D4: /* ؟ ۔ Arabic script */
    case 0x0589: /* ։ Armenian */
    case 0x1362: /* ። Ethiopic */
    case 0x104B: /* ။ Burmese */
    case 0x037E: /* ; Greek question mark */
      return TRUE;
    default:
      return FALSE;
    }
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
