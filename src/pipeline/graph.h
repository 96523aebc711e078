/* graph.h - sentence vectors in, a weighted sentence graph out (pipeline/graph.c). */
#pragma once

#include "pipeline/vectors.h"

typedef struct
{
  guint n_nodes;
  guint *row; /* out-edges of node i: [row[i], row[i+1]) */
  guint *target;
  gdouble *weight; /* or NULL for a large TextRank graph, whose edges keep their counts: */
  /* the number of terms an edge's sentences share (TextRank's numerator), and each node's
   * log length: w(i, j) = count / MAX (factor[i] + factor[j], G_LN2), i the row's node, the
   * bits that @weight would hold (see precis_graph_weight()). Two bytes an edge, not eight. */
  guint16 *count;
  gdouble *factor;
  guint n_skipped_terms; /* widespread terms left out to bound the work (large inputs only) */
  /* With @symmetric, w(i, j) = w(j, i) and each edge is kept once, in the row of its smaller
   * end, the targets of a row in increasing order; else every out-edge is in its row. */
  gboolean symmetric;
  gdouble *out_weight; /* the total weight out of each node, or NULL to sum the rows */
} PrecisGraph;

/* Whether the @similarity reads each term's tf in the sentences it visits (the postings' tf, see
 * precis_postings_build()): the cosine's and BM25's do, TextRank's counts shared terms. */
static inline gboolean
precis_graph_reads_tf (PrecisRanker similarity)
{
  return similarity == PRECIS_RANKER_BM25 || similarity == PRECIS_RANKER_COSINE;
}

/* TextRank's weight of an edge whose sentences share @count terms, from each sentence's log
 * length (two one-word sentences have log 1 + log 1 = 0: log 2 is the floor). */
static inline gdouble
precis_graph_textrank_weight (gdouble count, gdouble log_length_i, gdouble log_length_j)
{
  return count / MAX (log_length_i + log_length_j, G_LN2);
}

/* The graph of the sentences of @vectors, its edges weighted by the @similarity of
 * PRECIS_RANKER_TEXTRANK, PRECIS_RANKER_COSINE or PRECIS_RANKER_BM25 (see graph.c). The caller
 * clears @out with precis_graph_clear(). */
void precis_graph_build (const PrecisVectors *vectors, PrecisRanker similarity, PrecisGraph *out);
void precis_graph_clear (PrecisGraph *graph);

/* The weight of edge @k, in the row of node @from. */
static inline gdouble
precis_graph_weight (const PrecisGraph *g, guint from, gsize k)
{
  if (g->weight != NULL)
    return g->weight[k];
  return precis_graph_textrank_weight (g->count[k], g->factor[from], g->factor[g->target[k]]);
}
