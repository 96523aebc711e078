/* rank.h - a sentence graph in, sentence scores out (pipeline/rank.c). */
#pragma once

#include "pipeline/graph.h"

/* What a named ranker does; precis_rank_params_for() gives each one's values. */
typedef struct
{
  PrecisRanker similarity; /* edge weights: textrank, cosine or bm25 */
  gdouble length_exponent; /* final score x (words / mean words)^exponent */
  gdouble long_words;      /* a sentence of more words than this is long (0: none is) ... */
  gdouble long_exponent;   /* ... and its final score is x (long_words / words)^exponent */
  gdouble final_position;  /* final score x (unit + 1)^-final_position, where the unit is the
                            * paragraph in a text of PRECIS_PARAGRAPHED paragraphs or more, else
                            * the sentence */
} PrecisRankParams;

/* Texts with at least this many paragraphs measure position in paragraphs. */
#define PRECIS_PARAGRAPHED 3

void precis_rank_params_for (PrecisRanker ranker, PrecisRankParams *params);

/* PageRank by power iteration; @teleport (n_nodes entries summing to 1, or NULL for uniform).
 * Fills @scores (n_nodes entries, summing to 1). Returns the number of iterations run. */
guint precis_rank_pagerank (const PrecisGraph *graph, const gdouble *teleport, gdouble *scores);

/* Applies the final adjustments of @params (length, position) to @scores and renormalises
 * them. */
void precis_rank_adjust (const PrecisRankParams *params, const PrecisSpan *spans, const guint *n_words,
                         guint n, gdouble *scores);
