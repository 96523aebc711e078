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
 * is then held once, not twice. An input taken over (precis_text_init_take) is read in place
 * too, and the library may write into it (the summary's sentence texts are collapsed into
 * the buffer the text lives in when it owns one). One pass over the input: O(n).
 */
#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/text.h"
#include "base/wide.h"
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

/* The bytes of the word of eight @w that are control bytes (is_control_byte), as their high
 * bits: below 0x20 but tab to carriage return, or 0x7F, tested on the low seven bits (no test
 * carries into the next byte), bytes from 0x80 out. */
static inline guint64
control_bytes (guint64 w)
{
  guint64 x = w & PRECIS_BYTES_LOW7;
  guint64 below_space = ~(x + PRECIS_BYTES (0x80 - 0x20));
  guint64 tab_to_return = (x + PRECIS_BYTES (0x80 - '\t')) & ~(x + PRECIS_BYTES (0x7F - '\r'));
  guint64 delete = x + PRECIS_BYTES (1); /* 0x80 only from 0x7F */
  return ((below_space & ~tab_to_return) | delete) & ~w & PRECIS_BYTES_HIGH;
}

/* The kind of file @input (@len bytes) is by its opening bytes, when that is a compressed
 * archive, an image, a PDF or a program: "gzip-compressed data" and the like, else NULL. Each
 * signature holds a byte that no UTF-8 text opens with (or is a PDF's "%PDF-"), so no text is
 * ever taken for one; a gzip file cut short has too few control bytes for looks_binary(). */
static const gchar *
binary_signature (const gchar *input, gsize len)
{
  /* { opening bytes (none a NUL), what they open } */
  static const gchar *const signatures[][2] = {
    { "\x1F\x8B", "gzip-compressed data" },
    { "\xFD"
      "7zXZ",
      "xz-compressed data" },
    { "\x28\xB5\x2F\xFD", "zstd-compressed data" },
    { "PK\x03\x04", "a zip archive (or an office document)" },
    { "7z\xBC\xAF\x27\x1C", "a 7-Zip archive" },
    { "%PDF-", "a PDF document" },
    { "\x89PNG\r\n\x1A\n", "a PNG image" },
    { "\xFF\xD8\xFF", "a JPEG image" },
    { "\x7F"
      "ELF",
      "a program (ELF)" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (signatures); i++)
    {
      gsize n = strlen (signatures[i][0]);
      if (len >= n && memcmp (input, signatures[i][0], n) == 0)
        return signatures[i][1];
    }
  if (len >= 10 && memcmp (input, "BZh", 3) == 0 && g_ascii_isdigit (input[3])
      && memcmp (input + 4, "1AY&SY", 6) == 0)
    return "bzip2-compressed data";
  return NULL;
}

/* Whether the input's first BINARY_SAMPLE_BYTES hold too many control bytes for text: eight
 * bytes a step, a step with none (nearly every step of a text) costing a few operations. */
static gboolean
looks_binary (const gchar *input, gsize len)
{
  gsize sample = MIN (len, BINARY_SAMPLE_BYTES);
  gsize n_control = 0, i = 0;
#ifdef __SSE2__
  /* Sixteen bytes a step first: the control bytes as 1s, summed (_mm_sad_epu8) where any is. */
  const __m128i zero = _mm_setzero_si128 ();
  for (; i + 16 <= sample; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(input + i));
      __m128i below_space
          = _mm_and_si128 (_mm_cmplt_epi8 (v, _mm_set1_epi8 (0x20)), _mm_cmpgt_epi8 (v, _mm_set1_epi8 (-1)));
      __m128i tab_to_return = _mm_cmplt_epi8 (_mm_sub_epi8 (v, _mm_set1_epi8 ((gchar)('\t' + 128))),
                                              _mm_set1_epi8 ((gchar)('\r' - '\t' + 1 - 128)));
      __m128i control = _mm_or_si128 (_mm_andnot_si128 (tab_to_return, below_space),
                                      _mm_cmpeq_epi8 (v, _mm_set1_epi8 (0x7F)));
      if (_mm_movemask_epi8 (control) != 0)
        {
          __m128i sums = _mm_sad_epu8 (_mm_and_si128 (control, _mm_set1_epi8 (1)), zero);
          n_control += (gsize)_mm_cvtsi128_si32 (sums) + (gsize)_mm_extract_epi16 (sums, 4);
        }
    }
#endif
  for (; i + 8 <= sample; i += 8)
    {
      guint64 w;
      memcpy (&w, input + i, 8);
      guint64 control = control_bytes (w);
      if (control != 0)
        n_control += (gsize)(((control >> 7) * PRECIS_BYTES (1)) >> 56); /* the bytes' sum */
    }
  for (; i < sample; i++)
    n_control += is_control_byte ((guchar)input[i]);
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

/* How text_init() keeps a valid input. */
typedef enum
{
  KEEP_COPY,     /* a copy the text owns */
  KEEP_IN_PLACE, /* the caller's, read where it is */
  KEEP_TAKEN,    /* the caller's, taken over: read where it is and freed with the text */
} Keep;

gboolean
precis_looks_binary (const gchar *data, gsize len, const gchar **what)
{
  gsize mark = 0;
  const gchar *found = binary_signature (data, len);
  if (found == NULL && precis_wide_marked (data, len, &mark) == NULL
      && precis_wide_suspect (data, len) == NULL && looks_binary (data, len))
    found = "control bytes in the first " G_STRINGIFY (BINARY_SAMPLE_BYTES) " bytes";
  if (what != NULL)
    *what = found;
  return found != NULL;
}

/* @free_taken: with KEEP_TAKEN, what frees @input once the text owns it (NULL: the caller). */
static gboolean
text_init (PrecisText *t, const gchar *input, gsize len, Keep keep, GDestroyNotify free_taken, gboolean lossy,
           GError **error)
{
  memset (t, 0, sizeof *t);

  const gchar *signature = binary_signature (input, len);
  if (signature != NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BINARY, "binary data, not text (%s)", signature);
      return FALSE;
    }
  if (looks_binary (input, len))
    {
      /* UTF-16 without a byte-order mark is named: its reader is precis_text_to_utf8 */
      const gchar *wide = precis_wide_suspect (input, len);
      if (wide != NULL)
        g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BINARY,
                     "binary data, not text (control bytes in the first %zu bytes; it looks like %s without "
                     "a byte-order mark: NUL bytes in every other place)",
                     MIN (len, (gsize)BINARY_SAMPLE_BYTES), wide);
      else
        g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BINARY,
                     "binary data, not text (control bytes in the first %zu bytes)",
                     MIN (len, (gsize)BINARY_SAMPLE_BYTES));
      return FALSE;
    }

  const gchar *end = NULL;
  if (precis_validate_utf8 (input, len, &end))
    {
      if (keep == KEEP_IN_PLACE)
        t->text = input;
      else
        {
          gboolean taken = keep == KEEP_TAKEN;
          t->text = t->owned = taken ? (gchar *)input : g_strndup (input, len);
          t->free_owned = taken ? free_taken : g_free;
        }
      t->len = len;
    }
  else if (lossy)
    {
      t->text = t->owned = repair (input, len, &t->len);
      t->free_owned = g_free;
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
  if (precis_bom_len (t->text, t->len) > 0)
    t->body_start = 3;

  return TRUE;
}

gboolean
precis_text_init (PrecisText *t, const gchar *input, gsize len, gboolean lossy, GError **error)
{
  return text_init (t, input, len, KEEP_COPY, NULL, lossy, error);
}

gboolean
precis_text_init_in_place (PrecisText *t, const gchar *input, gsize len, gboolean lossy, GError **error)
{
  g_return_val_if_fail (input[len] == '\0', FALSE);
  return text_init (t, input, len, KEEP_IN_PLACE, NULL, lossy, error);
}

gboolean
precis_text_init_take (PrecisText *t, gchar *input, gsize len, GDestroyNotify free_input, gboolean lossy,
                       GError **error)
{
  g_return_val_if_fail (input[len] == '\0', FALSE);
  gboolean ok = text_init (t, input, len, KEEP_TAKEN, free_input, lossy, error);
  if ((!ok || t->owned != input) && free_input != NULL) /* refused, or repaired into a copy */
    free_input (input);
  return ok;
}

void
precis_text_adopt (PrecisText *t, gchar *buffer, gsize len)
{
  if (t->owned != NULL && t->free_owned != NULL)
    t->free_owned (t->owned);
  t->text = t->owned = buffer;
  t->free_owned = g_free;
  t->len = len;
}

gchar *
precis_text_steal_owned (PrecisText *t, GDestroyNotify *free_owned)
{
  *free_owned = t->free_owned;
  t->free_owned = NULL;
  return g_steal_pointer (&t->owned);
}

void
precis_text_clear (PrecisText *t)
{
  if (t->owned != NULL && t->free_owned != NULL)
    t->free_owned (t->owned);
  memset (t, 0, sizeof *t);
}
