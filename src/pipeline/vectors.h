/* vectors.h - term ids in, sparse sentence vectors and postings out (pipeline/vectors.c). */
#pragma once

#include "pipeline/tokenize.h"

typedef struct
{
  guint term;
  guint tf;
} PrecisEntry;

typedef struct
{
  guint n_sentences;
  guint n_terms;
  /* Sentence vectors: sentence s has entries [row[s], row[s+1]) of `entries`, by term id. */
  guint *row;
  PrecisEntry *entries;
  guint *length; /* content words in sentence s (sum of its tf) */
  /* Postings: term t is in sentences [post[t], post[t+1]) of `postings` (term field = the
   * sentence number), in sentence order. */
  guint *post;
  PrecisEntry *postings;
  gdouble *idf;       /* per term: log (n_sentences / sentence frequency) */
  gdouble avg_length; /* mean of length[] */
} PrecisVectors;

/* Sentence frequencies below this have their functions (idf, the keywords' weight) computed
 * once per document: a news article's terms are nearly all in fewer sentences. */
#define PRECIS_SF_MEMO 64

void precis_vectors_build (const PrecisTokens *tokens, PrecisVectors *out);
void precis_vectors_clear (PrecisVectors *vectors);
/* Cosine similarity of two sentences' tf-idf vectors, in [0, 1]. */
gdouble precis_vectors_cosine (const PrecisVectors *vectors, guint a, guint b);
