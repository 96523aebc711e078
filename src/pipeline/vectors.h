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
  guint *length; /* content words in sentence s (sum of its tf); in row's block */
  /* Sentence frequencies: term t is in post[t+1] - post[t] sentences (the offsets of its
   * postings, which precis_postings_build() makes for the terms a graph reads); in idf's block. */
  guint *post;
  gdouble *idf;       /* per term: log (n_sentences / sentence frequency) */
  gdouble avg_length; /* mean of length[] */
} PrecisVectors;

/* Sentence frequencies below this have their functions (idf, the keywords' weight) computed
 * once per document: a news article's terms are nearly all in fewer sentences. */
#define PRECIS_SF_MEMO 64

/* A tf of this or more is not kept in a posting's tf: look it up (a sentence repeating a word
 * 255 times is rare). */
#define PRECIS_POSTING_TF_MAX 255u

/* An inverted index of some of the vectors' terms: term t is in sentences [post[t], post[t+1])
 * of `postings` (sentence numbers), in sentence order, with its tf there in `tf`
 * (PRECIS_POSTING_TF_MAX or more: precis_vectors_tf()), or NULL when not asked for (only the
 * cosine's and BM25's graphs read it). A term left out has none. Four bytes a posting, or
 * five: a large document's largest array but the graph's, when every term is in it. The three
 * arrays are one block, freed by precis_postings_clear(). */
typedef struct
{
  guint *post;
  guint *postings;
  guint8 *tf;
} PrecisPostings;

void precis_vectors_build (const PrecisTokens *tokens, PrecisVectors *out);
/* precis_vectors_build() writing the entries over the tokens' own array (then shrunk to them),
 * which @tokens gives up (its tokens NULL, its sentences and terms kept): a large document's
 * tokens and entries are not held at once. */
void precis_vectors_build_over (PrecisTokens *tokens, PrecisVectors *out);
/* The postings of the terms t of @vectors with @keep[t] (@keep NULL: every term), with their
 * tfs when @tf. A large document's graph leaves out its most widespread terms, which hold most
 * of its postings: only the others' are made. The caller clears @out with
 * precis_postings_clear(). */
void precis_postings_build (const PrecisVectors *vectors, const gboolean *keep, gboolean tf,
                            PrecisPostings *out);
void precis_postings_clear (PrecisPostings *postings);
/* The tf of term @term in sentence @s (0 when absent): a binary search of its row. */
guint precis_vectors_tf (const PrecisVectors *vectors, guint s, guint term);
void precis_vectors_clear (PrecisVectors *vectors);
/* Cosine similarity of two sentences' tf-idf vectors, in [0, 1]. */
gdouble precis_vectors_cosine (const PrecisVectors *vectors, guint a, guint b);

/* Up to this many sentences are kept in a plain list and scanned (a summary of three sentences
 * checks a handful: the index's per-term table would cost more than it saves); the index is built
 * when one more is added. Both give the same answers. */
#define PRECIS_SIMILAR_SCAN_MAX 16

/* Sentences of @vectors added one by one, for asking whether any of them is at least
 * @min_cosine similar to a given one without reading them all: a summary of most of a long
 * document checks each sentence against thousands it holds. Each sentence is filed under the
 * terms of its vector but a tail whose weight keeps its cosine with any sentence below
 * @min_cosine (its most widespread terms, read last): only those sharing one of the terms it
 * is filed under can reach @min_cosine (Cauchy-Schwarz), and they are the few. The answers are
 * the cosine's own (precis_vectors_cosine()), so exactly those of a scan. */
typedef struct
{
  const PrecisVectors *vectors;
  gdouble min_cosine;
  guint *head;   /* per term: the last node filed under it, or G_MAXUINT; NULL until the index is built */
  GArray *nodes; /* (sentence, next node) pairs of guints */
  guint *seen;   /* per sentence: the query that last read it */
  guint query;
  guint n_listed; /* sentences added while the index is not built, in @listed */
  guint listed[PRECIS_SIMILAR_SCAN_MAX];
} PrecisSimilar;

void precis_similar_init (PrecisSimilar *similar, const PrecisVectors *vectors, gdouble min_cosine);
void precis_similar_add (PrecisSimilar *similar, guint s);
/* A further test of a pair whose cosine is reached: whether sentence @k repeats @s. */
typedef gboolean (*PrecisSimilarTest) (guint s, guint k, gconstpointer data);
/* Whether a sentence added, other than @s and @except (G_MAXUINT: none), with @member[it] TRUE
 * (@member NULL: any), has a cosine with @s of at least @cosine (no less than the index's
 * @min_cosine) and passes @test (NULL: none) with @data. */
gboolean precis_similar_any (PrecisSimilar *similar, guint s, guint except, const gboolean *member,
                             gdouble cosine, PrecisSimilarTest test, gconstpointer data);
void precis_similar_clear (PrecisSimilar *similar);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PrecisSimilar, precis_similar_clear)
