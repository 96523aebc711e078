/* summary.h - what the library's other parts know of the summariser (pipeline/summarizer.c):
 * the summary's fields, read by the renderers (output/) and the digest (digest/), and the
 * driver's seams for the digest and the bench.
 */
#pragma once

#include "pipeline/editor.h"
#include "pipeline/rank.h"

struct _PrecisSummary
{
  gchar *language;             /* a supported language, another detected one, or "und" */
  gdouble language_confidence; /* 1 when the language was given */
  gboolean stemmed;            /* stopwords and stems of that language were used */
  gchar *headline;
  PrecisHeadlineSource headline_source;
  gchar *title;              /* or NULL */
  PrecisSentence *all;       /* every sentence of the document */
  gchar *texts;              /* their texts, one after another: all[i].text points into it */
  GDestroyNotify free_texts; /* how @texts is freed (NULL: by the caller, whose text it is) */
  guint n_all;
  guint *chosen; /* indices into all[], document order */
  guint n_chosen;
  gchar **keywords;  /* NULL-terminated, one block with its words (keywords.c) */
  guint *antecedent; /* n_all entries (editor.c), or NULL */
  guint lede;        /* PRECIS_NONE when none */
};

typedef struct
{
  const gchar *stem; /* borrowed from the summariser's tokenizer: valid until its next run */
  guint count;
  guint lead;        /* of which in the lead: the first PRECIS_LEAD_SENTENCES counted sentences */
  guint capitalised; /* of which written with a capital initial, not first in its sentence */
  guint initial;     /* of which written with a capital initial as its sentence's first word */
  guint acronym;     /* precis_summarizer_count_text() only: of which written in capitals (two
                      * letters or more) in a text that has small letters too ("ECB") */
} PrecisTermCount;

/* The sentences that count as a document's lead in PrecisTermCount (news states its event in
 * the first one or two). */
#define PRECIS_LEAD_SENTENCES 2

/* precis_summarizer_run_with_title() (@title NULL: none) that also appends to @counts (of
 * PrecisTermCount; NULL: none) every stem of the document's non-furniture sentences with its
 * number of occurrences, those in the lead and those capitalised (named-entity candidates), in
 * order of first occurrence. */
PrecisSummary *precis_summarizer_run_counting (PrecisSummarizer *summarizer, const gchar *input, gssize len,
                                               const gchar *title, GArray *counts, GError **error);

/* Appends to @counts (of PrecisTermCount) the stems of @text (@len bytes, -1: NUL-terminated)
 * read as one sentence, such as a title, as precis_summarizer_run_counting() counts a
 * document's; every occurrence counts as lead and none as capitalised (titles are often
 * written in title case); a word in capitals in a text that has small letters counts as an
 * acronym. Invalid UTF-8 is skipped. */
void precis_summarizer_count_text (PrecisSummarizer *summarizer, const gchar *text, gssize len,
                                   GArray *counts);

/* Ranks @n sentences taken from several documents (the reports of one story, in @language:
 * the language their summaries report; used in auto mode) as one graph,
 * tf-idf cosine edges and PageRank with @prior as its teleport vector (n entries summing to
 * 1), and chooses up to @budget of them by maximal marginal relevance (precis_select_novel),
 * sentence @first (unless G_MAXUINT) before all.
 * Returns the chosen sentence numbers in the order chosen; the caller frees the result with
 * g_array_unref(). */
GArray *precis_summarizer_choose_across (PrecisSummarizer *summarizer, const gchar *language,
                                         const gchar *const *sentences, guint n, const gdouble *prior,
                                         guint budget, guint first);

/* The mode precis_summarizer_set_headline() set (for a digest's story headlines). */
PrecisHeadlineMode precis_summarizer_get_headline_mode (const PrecisSummarizer *summarizer);

/* Replaces the ranking parameters (for tuning; precis_summarizer_set_ranker() resets them). */
void precis_summarizer_set_rank_params (PrecisSummarizer *summarizer, const PrecisRankParams *params);
