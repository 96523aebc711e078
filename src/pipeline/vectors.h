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
  /* Postings: term t is in sentences [post[t], post[t+1]) of `postings` (sentence numbers),
   * in sentence order, with its tf there in `posting_tf` (PRECIS_POSTING_TF_MAX or more:
   * precis_vectors_tf()), or NULL when not asked for (only the cosine's and BM25's graphs read
   * it). Five bytes a posting, or four, not eight: a large document's largest array but the
   * graph's. */
  guint *post;
  guint *postings;
  guint8 *posting_tf;
  gdouble *idf;       /* per term: log (n_sentences / sentence frequency) */
  gdouble avg_length; /* mean of length[] */
} PrecisVectors;

/* Sentence frequencies below this have their functions (idf, the keywords' weight) computed
 * once per document: a news article's terms are nearly all in fewer sentences. */
#define PRECIS_SF_MEMO 64

/* A tf of this or more is not kept in posting_tf: look it up (a sentence repeating a word 255
 * times is rare). */
#define PRECIS_POSTING_TF_MAX 255u

void precis_vectors_build (const PrecisTokens *tokens, PrecisVectors *out);
/* precis_vectors_build() writing the entries over the tokens' own array (then shrunk to them),
 * which @tokens gives up (its tokens NULL, its sentences and terms kept): a large document's
 * tokens and entries are not held at once. Without @posting_tf, no tfs in the postings (a
 * TextRank graph does not read them). */
void precis_vectors_build_over (PrecisTokens *tokens, gboolean posting_tf, PrecisVectors *out);
/* The tf of term @term in sentence @s (0 when absent): a binary search of its row. */
guint precis_vectors_tf (const PrecisVectors *vectors, guint s, guint term);
void precis_vectors_clear (PrecisVectors *vectors);
/* Cosine similarity of two sentences' tf-idf vectors, in [0, 1]. */
gdouble precis_vectors_cosine (const PrecisVectors *vectors, guint a, guint b);
