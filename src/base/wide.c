/* wide.c - text saved as UTF-16 or UTF-32 made UTF-8 (see wide.h). O(length). */
#include "config.h"

#include <string.h>

#include "base/wide.h"
#include "precis.h"

/* The bytes looked at to tell UTF-16 without a mark. */
#define WIDE_SAMPLE 256

/* Counts, over the sample's code units, those that are one ASCII character (not NUL) beside a
 * zero byte on the little-endian side (@le) and on the big-endian side (@be), and the zero
 * bytes on each side (@zero_le: the second byte of a unit, @zero_be: the first). */
static gsize
wide_counts (const gchar *data, gsize len, gsize *le, gsize *be, gsize *zero_le, gsize *zero_be)
{
  gsize units = MIN (len, (gsize)WIDE_SAMPLE) / 2;
  *le = *be = *zero_le = *zero_be = 0;
  for (gsize i = 0; i < units; i++)
    {
      guchar a = (guchar)data[2 * i], b = (guchar)data[2 * i + 1];
      *le += b == 0 && a != 0 && a < 0x80;
      *be += a == 0 && b != 0 && b < 0x80;
      *zero_le += b == 0;
      *zero_be += a == 0;
    }
  return units;
}

const gchar *
precis_wide_unmarked (const gchar *data, gsize len)
{
  gsize le, be, zero_le, zero_be;
  gsize units = wide_counts (data, len, &le, &be, &zero_le, &zero_be);
  if (units < 2)
    return NULL;
  if (zero_be == 0 && le * 10 >= units * 9)
    return "UTF-16LE";
  if (zero_le == 0 && be * 10 >= units * 9)
    return "UTF-16BE";
  return NULL;
}

const gchar *
precis_wide_suspect (const gchar *data, gsize len)
{
  gsize le, be, zero_le, zero_be;
  gsize units = wide_counts (data, len, &le, &be, &zero_le, &zero_be);
  if (units < 2)
    return NULL;
  if (zero_be == 0 && zero_le >= 2 && zero_le * 10 >= units)
    return "UTF-16LE";
  if (zero_le == 0 && zero_be >= 2 && zero_be * 10 >= units)
    return "UTF-16BE";
  return NULL;
}

gchar *
precis_text_to_utf8 (const gchar *data, gssize len, gsize *out_len, GError **error)
{
  g_return_val_if_fail (data != NULL || len <= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  static const struct
  {
    const gchar *mark;
    gsize n;
    const gchar *encoding;
  } marks[] = {
    /* UTF-32LE's mark opens with UTF-16LE's: it is tried first */
    { "\xFF\xFE\x00\x00", 4, "UTF-32LE" },
    { "\x00\x00\xFE\xFF", 4, "UTF-32BE" },
    { "\xFF\xFE", 2, "UTF-16LE" },
    { "\xFE\xFF", 2, "UTF-16BE" },
  };
  gsize n = len < 0 ? strlen (data) : (gsize)len;
  const gchar *encoding = NULL;
  gsize skip = 0;
  for (gsize i = 0; i < G_N_ELEMENTS (marks) && encoding == NULL; i++)
    if (n >= marks[i].n && memcmp (data, marks[i].mark, marks[i].n) == 0)
      {
        encoding = marks[i].encoding;
        skip = marks[i].n;
      }
  const gchar *unmarked = encoding == NULL ? precis_wide_unmarked (data, n) : NULL;
  if (unmarked != NULL)
    encoding = unmarked;
  if (encoding == NULL)
    return NULL;
  gsize converted = 0;
  g_autoptr (GError) convert_error = NULL;
  gchar *out
      = g_convert (data + skip, (gssize)(n - skip), "UTF-8", encoding, NULL, &converted, &convert_error);
  if (out == NULL)
    {
      if (unmarked != NULL)
        g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_UTF8,
                     "looks like %s without a byte-order mark (a zero byte beside each ASCII character) "
                     "but is not valid %s (%s)",
                     encoding, encoding, convert_error->message);
      else
        g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_UTF8,
                     "opens with a %s byte-order mark but is not valid %s (%s)", encoding, encoding,
                     convert_error->message);
      return NULL;
    }
  if (out_len != NULL)
    *out_len = converted;
  return out;
}
