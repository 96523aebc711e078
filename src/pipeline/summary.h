/* summary.h - what the library's other parts know of the summariser (pipeline/summarizer.c):
 * the summary's fields, read by the renderers (output/) and the digest (digest/), and the
 * driver's seams for the digest and the bench.
 */
#pragma once

#include "pipeline/rank.h"

struct _PrecisSummary
{
  gchar *language;             /* a supported language, another detected one, or "und" */
  gdouble language_confidence; /* 1 when the language was given */
  gboolean stemmed;            /* stopwords and stems of that language were used */
  gchar *headline;
  gchar *title;        /* or NULL */
  PrecisSentence *all; /* every sentence of the document */
  guint n_all;
  guint *chosen; /* indices into all[], document order */
  guint n_chosen;
  gchar **keywords; /* NULL-terminated */
};

typedef struct
{
  const gchar *stem; /* borrowed from the summariser's tokenizer: valid until its next run */
  guint count;
} PrecisTermCount;

/* precis_summarizer_run() that also appends to @counts (of PrecisTermCount; NULL: none) every
 * stem of the document's non-furniture sentences with its number of occurrences. */
PrecisSummary *precis_summarizer_run_counting (PrecisSummarizer *summarizer, const gchar *input, gssize len,
                                               GArray *counts, GError **error);

/* Ranks @n sentences taken from several documents (the reports of one story, in @language:
 * the language their summaries report; used in auto mode) as one graph,
 * tf-idf cosine edges and PageRank with @prior as its teleport vector (n entries summing to
 * 1), and chooses up to @budget of them by maximal marginal relevance (precis_select_novel).
 * Returns the chosen sentence numbers in the order chosen; the caller frees the result with
 * g_array_unref(). */
GArray *precis_summarizer_choose_across (PrecisSummarizer *summarizer, const gchar *language,
                                         const gchar *const *sentences, guint n, const gdouble *prior,
                                         guint budget);

/* Replaces the ranking parameters (for tuning; precis_summarizer_set_ranker() resets them). */
void precis_summarizer_set_rank_params (PrecisSummarizer *summarizer, const PrecisRankParams *params);
