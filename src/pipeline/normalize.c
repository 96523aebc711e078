/* normalize.c - bytes in, validated text out.
 *
 * Input: any bytes. Output: a PrecisText holding NUL-terminated, valid UTF-8 (its title line
 * is found later, after the optional cleaning: title.c). Binary data (NUL bytes, or many control
 * characters near the start) is refused with PRECIS_ERROR_BINARY, invalid UTF-8 with
 * PRECIS_ERROR_INVALID_UTF8 and the byte offset of the first bad sequence; in lossy mode
 * both bad sequences and NUL bytes become U+FFFD. Line breaks ("\n", "\r\n", "\r") are left
 * as they are, so that byte offsets stay those of the input: the later stages treat all
 * three alike. Text is not rewritten to NFC here (that would move offsets); the tokenizer
 * normalises each word it reads. The text is a copy of the input, or, for a NUL-terminated
 * input that needs no repair (precis_text_init_in_place), the input itself: a large document
 * is then held once, not twice. One pass over the input: O(n).
 */
#include "config.h"

#include <string.h>

#include "base/text.h"
#include "pipeline/normalize.h"

/* How much of the input is sampled to decide whether it is binary. */
#define BINARY_SAMPLE_BYTES 8192
/* Share of control bytes (C0 except tab, line breaks, form feed) in the sample above which the
 * input is taken as binary rather than text with a few stray control characters. */
#define BINARY_CONTROL_SHARE 0.10
/* ... and a few stray ones in a short text do not make it binary. */
#define BINARY_MIN_CONTROL 8

static const gchar replacement_char[] = "\xEF\xBF\xBD"; /* U+FFFD */

static gboolean
is_control_byte (guchar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7f;
}

static gboolean
looks_binary (const gchar *input, gsize len)
{
  static gboolean control[256];
  static gsize init;
  if (g_once_init_enter (&init))
    {
      for (guint c = 0; c < 256; c++)
        control[c] = is_control_byte ((guchar)c);
      g_once_init_leave (&init, 1);
    }
  gsize sample = MIN (len, BINARY_SAMPLE_BYTES);
  gsize n_control = 0;
  for (gsize i = 0; i < sample; i++)
    n_control += control[(guchar)input[i]];
  return n_control >= BINARY_MIN_CONTROL && n_control > BINARY_CONTROL_SHARE * (gdouble)sample;
}

/* Copies @input, replacing NUL bytes and invalid sequences by U+FFFD. */
static gchar *
repair (const gchar *input, gsize len, gsize *out_len)
{
  GString *out = g_string_sized_new (len + 16);
  gsize pos = 0;
  while (pos < len)
    {
      const gchar *end = NULL;
      g_utf8_validate_len (input + pos, len - pos, &end);
      gsize good = (gsize)(end - (input + pos));
      g_string_append_len (out, input + pos, (gssize)good);
      pos += good;
      if (pos < len)
        {
          g_string_append (out, replacement_char);
          pos++;
        }
    }
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
text_init (PrecisText *t, const gchar *input, gsize len, gboolean in_place, gboolean lossy, GError **error)
{
  memset (t, 0, sizeof *t);

  if (looks_binary (input, len))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BINARY,
                   "binary data, not text (control bytes in the first %zu bytes)",
                   MIN (len, (gsize)BINARY_SAMPLE_BYTES));
      return FALSE;
    }

  const gchar *end = NULL;
  if (precis_validate_utf8 (input, len, &end))
    {
      t->text = in_place ? input : (t->owned = g_strndup (input, len));
      t->len = len;
    }
  else if (lossy)
    {
      t->text = t->owned = repair (input, len, &t->len);
    }
  else
    {
      gsize offset = (gsize)(end - input);
      if (input[offset] == '\0')
        g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BINARY,
                     "NUL byte at byte offset %zu: binary data, not text", offset);
      else
        g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_UTF8,
                     "invalid UTF-8 at byte offset %zu (byte 0x%02X)", offset, (guint)(guchar)input[offset]);
      return FALSE;
    }

  /* A byte-order mark is not part of the text. */
  if (t->len >= 3 && memcmp (t->text, "\xEF\xBB\xBF", 3) == 0)
    t->body_start = 3;

  return TRUE;
}

gboolean
precis_text_init (PrecisText *t, const gchar *input, gsize len, gboolean lossy, GError **error)
{
  return text_init (t, input, len, FALSE, lossy, error);
}

gboolean
precis_text_init_in_place (PrecisText *t, const gchar *input, gsize len, gboolean lossy, GError **error)
{
  g_return_val_if_fail (input[len] == '\0', FALSE);
  return text_init (t, input, len, TRUE, lossy, error);
}

void
precis_text_clear (PrecisText *t)
{
  g_free (t->owned);
  memset (t, 0, sizeof *t);
}
