/* normalize.c - bytes in, validated text out.
 *
 * Input: any bytes. Output: a PrecisText holding NUL-terminated, valid UTF-8 and the span of
 * the title line, if the document has one. Binary data (NUL bytes, or many control
 * characters near the start) is refused with PRECIS_ERROR_BINARY, invalid UTF-8 with
 * PRECIS_ERROR_INVALID_UTF8 and the byte offset of the first bad sequence; in lossy mode
 * both bad sequences and NUL bytes become U+FFFD. Line breaks ("\n", "\r\n", "\r") are left
 * as they are, so that byte offsets stay those of the input: the later stages treat all
 * three alike. Text is not rewritten to NFC here (that would move offsets); the tokenizer
 * normalises each word it reads. One pass over the input: O(n).
 */
#include "config.h"

#include <string.h>

#include "precis-private.h"

/* How much of the input is sampled to decide whether it is binary. */
#define BINARY_SAMPLE_BYTES 8192
/* Share of control bytes (C0 except tab, line breaks, form feed) in the sample above which the
 * input is taken as binary rather than text with a few stray control characters. */
#define BINARY_CONTROL_SHARE 0.10
/* ... and a few stray ones in a short text do not make it binary. */
#define BINARY_MIN_CONTROL 8
/* Non-ASCII text is validated in chunks of this many bytes between ASCII fast paths. */
#define VALIDATE_CHUNK 64
/* A title is one short line: at most this many bytes ... */
#define TITLE_MAX_BYTES 200
/* ... and this many words. */
#define TITLE_MAX_WORDS 20

static const gchar replacement_char[] = "\xEF\xBF\xBD"; /* U+FFFD */

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
line_is_blank (const gchar *text, gsize start, gsize end)
{
  for (gsize i = start; i < end; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;
  return TRUE;
}

/* End of the line that starts at @start (the offset of its line break, or len). */
static gsize
line_end (const gchar *text, gsize len, gsize start)
{
  /* text is NUL-terminated (and NUL-free: NUL bytes are refused or replaced). */
  return MIN (start + strcspn (text + start, "\r\n"), len);
}

static gsize
next_line (const gchar *text, gsize len, gsize end_of_line)
{
  gsize width = 0;
  if (precis_is_line_break (text, len, end_of_line, &width))
    return end_of_line + width;
  return len;
}

static gboolean
title_candidate (const gchar *text, gsize start, gsize end)
{
  if (end - start > TITLE_MAX_BYTES)
    return FALSE;
  guint n_words = 0;
  gboolean in_word = FALSE;
  for (gsize i = start; i < end; i++)
    {
      gboolean space = g_ascii_isspace (text[i]);
      if (!space && !in_word)
        n_words++;
      in_word = !space;
    }
  if (n_words == 0 || n_words > TITLE_MAX_WORDS)
    return FALSE;
  /* A byline is furniture, not a title. */
  if (end - start > 3 && g_ascii_strncasecmp (text + start, "by ", 3) == 0)
    return FALSE;
  const gchar *last = g_utf8_find_prev_char (text + start, text + end);
  gunichar c = g_utf8_get_char (last);
  return !(c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' || c == 0x2026 || c == 0x3002
           || c == 0xFF01 || c == 0xFF1F || c == 0x0964 || c == 0x061F || c == 0x0589);
}

static void
find_title (PrecisText *t)
{
  const gchar *text = t->text;
  gsize len = t->len;
  gsize start = t->body_start;

  /* Skip leading blank lines. */
  for (;;)
    {
      gsize end = line_end (text, len, start);
      if (end >= len || !line_is_blank (text, start, end))
        break;
      start = next_line (text, len, end);
    }
  gsize end = line_end (text, len, start);
  while (start < end && g_ascii_isspace (text[start]))
    start++;
  gsize trimmed = end;
  while (trimmed > start && g_ascii_isspace (text[trimmed - 1]))
    trimmed--;
  if (start >= trimmed || end >= len || !title_candidate (text, start, trimmed))
    return;

  /* The next line must be blank, and some text must follow. */
  gsize after = next_line (text, len, end);
  gsize after_end = line_end (text, len, after);
  if (!line_is_blank (text, after, after_end) || line_is_blank (text, after_end, len))
    return;

  t->has_title = TRUE;
  t->title_start = start;
  t->title_len = trimmed - start;
  t->body_start = next_line (text, len, after_end);
}

/* Like g_utf8_validate_len(), with a fast path over runs of ASCII (8 bytes at a time). */
static gboolean
validate (const gchar *input, gsize len, const gchar **end)
{
  gsize i = 0;
  while (i < len)
    {
      while (i + 8 <= len)
        {
          guint64 word;
          memcpy (&word, input + i, 8);
          if (word & G_GUINT64_CONSTANT (0x8080808080808080))
            break;
          /* A NUL byte ends the text for g_utf8_validate: look for one too. */
          if ((word - G_GUINT64_CONSTANT (0x0101010101010101)) & ~word
              & G_GUINT64_CONSTANT (0x8080808080808080))
            break;
          i += 8;
        }
      /* Validate up to the next ASCII run (at most VALIDATE_CHUNK bytes at a time). */
      gsize chunk = MIN (len - i, (gsize)VALIDATE_CHUNK);
      const gchar *stop = NULL;
      if (!g_utf8_validate_len (input + i, chunk, &stop))
        {
          /* A character cut by the chunk boundary is not an error: retry from its start. */
          gsize good = (gsize)(stop - (input + i));
          if (i + chunk < len && good + 4 > chunk && good > 0)
            {
              i += good;
              continue;
            }
          *end = stop;
          return FALSE;
        }
      i += chunk;
    }
  *end = input + len;
  return TRUE;
}

gboolean
precis_text_init (PrecisText *t, const gchar *input, gsize len, gboolean lossy, GError **error)
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
  if (validate (input, len, &end))
    {
      t->text = g_strndup (input, len);
      t->len = len;
    }
  else if (lossy)
    {
      t->text = repair (input, len, &t->len);
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

  find_title (t);
  return TRUE;
}

void
precis_text_clean (PrecisText *t, PrecisClean mode)
{
  if (mode == PRECIS_CLEAN_NONE)
    return;
  gsize len = 0;
  gchar *cleaned = precis_clean (t->text, t->len, mode, &len);
  g_free (t->text);
  t->text = cleaned;
  t->len = len;
  t->has_title = FALSE;
  t->title_start = t->title_len = 0;
  t->body_start = t->len >= 3 && memcmp (t->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  find_title (t);
}

void
precis_text_clear (PrecisText *t)
{
  g_clear_pointer (&t->text, g_free);
  memset (t, 0, sizeof *t);
}
