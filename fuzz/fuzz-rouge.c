/* fuzz-rouge.c - libFuzzer entry point for the ROUGE scorer: the input is split into a
 * candidate and a reference at the first NUL byte; scores must lie in [0, 1]. */
#include <string.h>

#include "precis.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  if (size < 1)
    return 0;
  g_autofree gchar *copy = g_strndup ((const gchar *)data + 1, size - 1);
  gsize first = strlen (copy);
  const gchar *cand = copy, *ref = first + 1 < size - 1 ? copy + first + 1 : "";
  /* The four flavours' scorers are kept across runs (their stem caches too). */
  static PrecisRouge *scorers[4];
  guint which = data[0] % 4;
  if (scorers[which] == NULL)
    {
      scorers[which] = precis_rouge_new (
          which & 1 ? PRECIS_ROUGE_COMPAT_ROUGE155 : PRECIS_ROUGE_COMPAT_ROUGE_SCORE, (which & 2) != 0);
      precis_rouge_set_metrics (scorers[which], (1u << PRECIS_ROUGE_N_METRICS) - 1);
    }
  PrecisRougeScore s[PRECIS_ROUGE_N_METRICS];
  const gchar *refs[] = { ref };
  precis_rouge_score (scorers[which], cand, refs, 1, s);
  for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
    g_assert (s[m].p >= 0 && s[m].p <= 1 && s[m].r >= 0 && s[m].r <= 1 && s[m].f >= 0 && s[m].f <= 1);
  if (data[0] & 4)
    {
      /* A small corpus and its bootstrap. */
      g_autoptr (PrecisRouge) corpus = precis_rouge_new (
          which & 1 ? PRECIS_ROUGE_COMPAT_ROUGE155 : PRECIS_ROUGE_COMPAT_ROUGE_SCORE, FALSE);
      precis_rouge_add (corpus, "b", cand, refs, 1, NULL);
      precis_rouge_add (corpus, "a", ref, refs, 1, NULL);
      PrecisRougeAggregate agg[PRECIS_ROUGE_N_METRICS];
      precis_rouge_aggregate (corpus, 5, 0.95, data[0], agg);
    }
  return 0;
}
