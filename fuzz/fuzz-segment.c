/* fuzz-segment.c - libFuzzer entry point for normalisation, subtitles, cleaning and the
 * sentence segmenter (the first byte picks the language and the cleaning): subtitles' cue text
 * must be valid UTF-8 and shorter than the file, the cleaned text must stay
 * valid UTF-8 and no longer than the input, and the spans must be ordered, non-empty, within
 * the text and on character boundaries; furniture and plain text's tables and code blocks
 * (pipeline/blocks.c) are then marked on them. */
#include <string.h>

#include "precis.h"

#include "pipeline/blocks.h"
#include "pipeline/clean.h"
#include "pipeline/furniture.h"
#include "pipeline/normalize.h"
#include "pipeline/title.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  /* Every language with its own segmentation rules or data (Swedish for the short lists). */
  static const gchar *const names[]
      = { "english", "greek",    "hindi",  "german",  "danish", "italian", "russian",
          "arabic",  "armenian", "french", "spanish", "dutch",  "thai",    "swedish" };
  static PrecisSegmenter *segmenters[G_N_ELEMENTS (names)];
  if (size < 1)
    return 0;
  guint which = data[0] % G_N_ELEMENTS (names);
  if (segmenters[which] == NULL)
    {
      /* Thai is no language precis stems: its segmenter is found by name, as detection names it */
      const PrecisLanguageInfo *info = precis_language_lookup (names[which]);
      segmenters[which]
          = info != NULL ? precis_segmenter_new (info) : precis_segmenter_new_for_name (names[which]);
    }
  PrecisText text;
  if (!precis_text_init (&text, (const gchar *)data + 1, size - 1, TRUE, NULL))
    return 0;
  gsize cues_len = 0;
  gchar *cues = precis_subtitles_to_text (text.text, (gssize)text.len, &cues_len);
  if (cues != NULL)
    {
      g_assert (cues_len > 0 && cues_len <= text.len && strlen (cues) == cues_len);
      g_assert (g_utf8_validate (cues, (gssize)cues_len, NULL) && cues[cues_len - 1] == '\n');
      precis_text_adopt (&text, cues, cues_len); /* read on as the command reads subtitles */
      text.body_start = 0;
    }
  gsize before = text.len;
  precis_text_clean (&text, (PrecisClean)((data[0] / G_N_ELEMENTS (names)) % 3));
  g_assert (text.len <= before && strlen (text.text) == text.len);
  g_assert (g_utf8_validate (text.text, (gssize)text.len, NULL));
  precis_title_find (&text);
  g_assert (text.body_start <= text.len);
  GArray *spans = precis_segmenter_split (segmenters[which], text.text, text.body_start, text.len);
  gsize last = text.body_start;
  for (guint i = 0; i < spans->len; i++)
    {
      const PrecisSpan *s = &g_array_index (spans, PrecisSpan, i);
      g_assert (s->start >= last && s->start < s->end && s->end <= text.len);
      g_assert (g_utf8_validate (text.text + s->start, (gssize)(s->end - s->start), NULL));
      last = s->end;
    }
  precis_furniture_mark (text.text, spans, NULL);
  /* Plain text's tables and code blocks: flags only, every span where it was. */
  guint n = spans->len;
  gsize first = n > 0 ? g_array_index (spans, PrecisSpan, 0).start : 0;
  precis_blocks_mark (text.text, text.body_start, text.len, spans);
  g_assert (spans->len == n && (n == 0 || g_array_index (spans, PrecisSpan, 0).start == first));
  g_array_unref (spans);
  precis_text_clear (&text);
  return 0;
}
