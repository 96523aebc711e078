/* fuzz-summarize.c - libFuzzer entry point for the whole summariser.
 *
 * The first bytes choose the options (language, one of the 28 or auto-detection; ranker, budget,
 * lossy, cleaning, format, explain); the rest is the text. Every rendering is produced, so that render.c is
 * exercised too. */
#include <string.h>

#include "precis.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  if (size < 4)
    return 0;
  /* One summariser per language and one that detects, kept across runs (as a batch would). */
  static PrecisSummarizer *summarizers[29];
  const gchar *const *languages = precis_languages ();
  guint which = data[0] % 29;
  if (summarizers[which] == NULL)
    summarizers[which] = precis_summarizer_new (which < 28 ? languages[which] : PRECIS_LANGUAGE_AUTO, NULL);
  PrecisSummarizer *s = summarizers[which];
  precis_summarizer_set_ranker (s, (PrecisRanker)(data[1] % 5));
  switch (data[2] % 3)
    {
    case 0:
      precis_summarizer_set_sentences (s, 1 + data[3] % 8);
      break;
    case 1:
      precis_summarizer_set_ratio (s, (1 + data[3]) / 256.0);
      break;
    default:
      precis_summarizer_set_words (s, 1 + data[3]);
      break;
    }
  precis_summarizer_set_lossy (s, (data[2] & 0x80) != 0);
  precis_summarizer_set_clean (s, (PrecisClean)((data[1] / 5) % 3));
  /* As the command reads a file with --input=auto: subtitles as their cue text (unless bit
   * 0x20 asks for --input=text). */
  const gchar *text = (const gchar *)data + 4;
  gsize len = size - 4;
  g_autofree gchar *cues = (data[2] & 0x20) ? NULL : precis_subtitles_to_text (text, (gssize)len, &len);
  if (cues != NULL)
    {
      g_assert (len <= size - 4 && strlen (cues) == len && g_utf8_validate (cues, (gssize)len, NULL));
      text = cues;
    }
  g_autoptr (PrecisSummary) sum = precis_summarizer_run (s, text, (gssize)len, NULL);
  if (sum == NULL)
    return 0;
  for (guint f = 0; f < 3; f++)
    {
      g_autofree gchar *out
          = precis_summary_render (sum, (PrecisFormat)f, (data[2] & 0x40) ? PRECIS_RENDER_EXPLAIN : 0);
      g_assert (out != NULL && g_utf8_validate (out, -1, NULL));
    }
  /* Every sentence is a span of the (repaired) input, or of the cue text. */
  for (guint i = 0; i < precis_summary_get_n_document_sentences (sum); i++)
    {
      const PrecisSentence *p = precis_summary_get_document_sentence (sum, i);
      g_assert (p->length > 0 && ((data[2] & 0x80) || p->offset + p->length <= len)); /* lossy repairs grow */
    }
  return 0;
}
