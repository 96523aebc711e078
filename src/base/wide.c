/* wide.c - text saved as UTF-16 or UTF-32 made UTF-8 (see wide.h). O(length). */
#include "config.h"

#include <string.h>

#include "base/wide.h"
#include "precis.h"

/* The bytes looked at to tell UTF-16 without a mark. */
#define WIDE_SAMPLE 256

/* The side of the code units the zero bytes of the sample are on: "UTF-16LE" (the second byte
 * of each unit) or "UTF-16BE", or NULL. @strict: nine units in ten or more an ASCII character
 * (not NUL) beside a zero byte, none with its zero on the other side; else (an error's hint)
 * one unit in ten or more, two at least, with a zero byte on one side and none on the other. */
static const gchar *
zero_side (const gchar *data, gsize len, gboolean strict)
{
  gsize units = MIN (len, (gsize)WIDE_SAMPLE) / 2;
  gsize ascii[2] = { 0, 0 }, zero[2] = { 0, 0 }; /* [0]: zero second (LE), [1]: zero first (BE) */
  for (gsize i = 0; i < units; i++)
    {
      guchar a = (guchar)data[2 * i], b = (guchar)data[2 * i + 1];
      ascii[0] += b == 0 && a != 0 && a < 0x80;
      ascii[1] += a == 0 && b != 0 && b < 0x80;
      zero[0] += b == 0;
      zero[1] += a == 0;
    }
  static const gchar *const names[] = { "UTF-16LE", "UTF-16BE" };
  for (guint side = 0; side < 2 && units >= 2; side++)
    {
      gsize enough = strict ? ascii[side] : zero[side];
      if (zero[1 - side] == 0 && enough * 10 >= units * (strict ? 9 : 1) && (strict || enough >= 2))
        return names[side];
    }
  return NULL;
}

/* "UTF-16LE" or "UTF-16BE" when the @len bytes at @data, without a byte-order mark, are
 * clearly UTF-16: over their first 256 bytes (at least 4), every code unit is one ASCII
 * character other than NUL with a zero byte beside it, nine in ten at least, and the zero
 * bytes are all on the same side; else NULL. No UTF-8 text has NUL bytes: valid text is never
 * taken for it. */
static const gchar *
wide_unmarked (const gchar *data, gsize len)
{
  /* An XML declaration ("<?xml" in UTF-16) is the markup reader's to convert: it names the
   * encoding and is rewritten to name UTF-8 (precis_markup_to_utf8). */
  if (len >= 4 && (memcmp (data, "<\0?\0", 4) == 0 || memcmp (data, "\0<\0?", 4) == 0))
    return NULL;
  return zero_side (data, len, TRUE);
}

const gchar *
precis_wide_suspect (const gchar *data, gsize len)
{
  return zero_side (data, len, FALSE);
}

const gchar *
precis_wide_marked (const gchar *data, gsize len, gsize *mark_len)
{
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
  for (gsize i = 0; i < G_N_ELEMENTS (marks); i++)
    if (len >= marks[i].n && memcmp (data, marks[i].mark, marks[i].n) == 0)
      {
        *mark_len = marks[i].n;
        return marks[i].encoding;
      }
  *mark_len = 0;
  return NULL;
}

gchar *
precis_text_to_utf8 (const gchar *data, gssize len, gsize *out_len, GError **error)
{
  g_return_val_if_fail (data != NULL || len <= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  gsize n = len < 0 ? strlen (data) : (gsize)len;
  gsize skip = 0;
  const gchar *encoding = precis_wide_marked (data, n, &skip);
  const gchar *unmarked = encoding == NULL ? wide_unmarked (data, n) : NULL;
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
