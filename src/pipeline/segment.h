/* segment.h - text in, sentence spans out (pipeline/segment.c). */
#pragma once

#include "base/language.h"
#include "base/text.h"

enum
{
  PRECIS_SPAN_PARAGRAPH_START = 1 << 0, /* first sentence of a paragraph */
  PRECIS_SPAN_FURNITURE = 1 << 1,       /* byline, credit, call to action: never chosen */
  PRECIS_SPAN_LIST_ITEM = 1 << 2,       /* a list item ("1.", "-", "•") */
};

typedef struct
{
  gsize start; /* byte offset of the first byte */
  gsize end;   /* byte offset one past the last byte */
  guint paragraph;
  guint flags;
} PrecisSpan;

typedef struct _PrecisSegmenter PrecisSegmenter;

/* A segmenter for a language, with its abbreviation list. */
PrecisSegmenter *precis_segmenter_new (const PrecisLanguageInfo *language);
/* The segmenter of a language precis does not stem but has sentence data for (detection's
 * "polish", "czech"), or NULL when there is no segment/<@name>.txt. */
PrecisSegmenter *precis_segmenter_new_for_name (const gchar *name);
void precis_segmenter_free (PrecisSegmenter *segmenter);

/* Splits text[start, end) into sentences; returns a GArray of PrecisSpan with white space
 * trimmed from both ends of each. The caller frees the result with g_array_unref(). */
GArray *precis_segmenter_split (const PrecisSegmenter *segmenter, const gchar *text, gsize start, gsize end);

/* Whether a word (of @len bytes), opening a sentence, points back to an earlier one: a pronoun
 * or connective of the language's [openers] list. */
gboolean precis_segmenter_is_opener (const PrecisSegmenter *segmenter, const gchar *word, gsize len);
/* Whether a word commonly starts a sentence ([starters]: "the", "he", "in"). */
gboolean precis_segmenter_is_starter (const PrecisSegmenter *segmenter, const gchar *word, gsize len);
/* FALSE when no word that precis_segmenter_is_starter() takes opens on the first two bytes of the
 * @len bytes at @word, which are ASCII, the second a letter or a digit (a cheap test before a word
 * is read whole); TRUE when it may, or when the bytes are otherwise. */
gboolean precis_segmenter_may_be_starter (const PrecisSegmenter *segmenter, const gchar *word, gsize len);
/* The bit set behind precis_segmenter_may_be_starter() (bit a * 128 + b for a starter that opens
 * on the ASCII bytes a and b, in lower case), for a caller that asks many times: it takes the set
 * once and asks precis_starter_heads_may_open(), inlined. Owned by the segmenter. */
const guint8 *precis_segmenter_starter_heads (const PrecisSegmenter *segmenter);

/* precis_segmenter_may_be_starter() of the segmenter whose precis_segmenter_starter_heads() is
 * @heads. */
static inline gboolean
precis_starter_heads_may_open (const guint8 *heads, const gchar *word, gsize len)
{
  /* Case folding takes an ASCII byte to its lower case, so a folded word opens on these two. */
  if (len < 2 || (guchar)word[0] >= 0x80 || !g_ascii_isalnum (word[1]))
    return TRUE;
  guint a = (guchar)precis_ascii_lower (word[0]), b = (guchar)precis_ascii_lower (word[1]);
  return (heads[(a * 128 + b) / 8] & (1u << (b % 8))) != 0;
}
/* Whether a word is a title before a name ([prefixes]: "Mr", "Dr"). */
gboolean precis_segmenter_is_title (const PrecisSegmenter *segmenter, const gchar *word, gsize len);
