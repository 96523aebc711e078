/* select.h - scores in, the chosen sentences out (pipeline/select.c). */
#pragma once

#include "pipeline/vectors.h"

typedef enum
{
  PRECIS_BUDGET_SENTENCES,
  PRECIS_BUDGET_RATIO,
  PRECIS_BUDGET_WORDS,
} PrecisBudgetKind;

typedef struct
{
  PrecisBudgetKind kind;
  guint n; /* sentences or words */
  gdouble ratio;
} PrecisBudget;

/* Chooses sentences by score under the budget, skipping furniture and near-duplicates of
 * sentences already chosen (a cosine of @max_cosine or more and the same one-digit numbers). Returns the
 * chosen sentence numbers in document order; the caller frees the result with g_array_unref().
 * @repeat (NULL: not asked; else one entry a sentence, zeroed) marks each near-duplicate skipped,
 * for --explain. */
GArray *precis_select (const PrecisVectors *vectors, const gdouble *scores, const gchar *text,
                       const PrecisSpan *spans, const guint *n_words, const PrecisBudget *budget,
                       gdouble max_cosine, gboolean *repeat);

/* Sentences of one document this similar say the same thing (a reworded repeat or a quoted
 * headline), when they give the same one-digit numbers (precis_same_digits()). */
#define PRECIS_DUPLICATE_COSINE 0.8

/* Whether sentences @a and @b of @text give the same one-digit numbers (a digit with no letter,
 * digit or decimal point beside it), in the same order. The vectors leave out one-byte words, so
 * "Gate 1 is shut." and "Gate 2 is shut." have one vector and a cosine of 1, yet state
 * different facts: neither repeats the other. Longer numbers are terms of the vectors. */
gboolean precis_same_digits (const gchar *text, const PrecisSpan *spans, guint a, guint b);

/* The text and spans that precis_same_digits_test() reads (its @data). */
typedef struct
{
  const gchar *text;
  const PrecisSpan *spans;
} PrecisDigitsOf;

/* precis_same_digits() as a PrecisSimilarTest, @data a PrecisDigitsOf. */
gboolean precis_same_digits_test (guint s, guint k, gconstpointer data);

/* Up to @budget of the sentences of @vectors: @first (unless G_MAXUINT) before all, then greedily: each time
 * the one whose score, discounted by its overlap with those already chosen (score x (1 - max cosine)), is
 * highest (ties: the earlier); none whose cosine with one already chosen reaches @max_cosine. Maximal
 * marginal relevance (Carbonell & Goldstein 1998): two outlets' sentences that share half
 * their words ("flooded four times in ten years") are not both taken when a third says
 * something new; nor two of which one holds PRECIS_ACROSS_HELD_SHARE of the other's content
 * words (one outlet's lede inside another's longer one); nor one PRECIS_ACROSS_COVERED_SHARE of
 * whose content words the chosen ones already hold between them (a detail two outlets report,
 * "an inspection on Friday", each worded its own way); nor one at least half of whose figures (the
 * terms of @tokens over @text written with a digit first, not a year; @tokens NULL: none) a chosen
 * one gives, with PRECIS_ACROSS_FIGURE_TERMS of its other content words: one fact in two outlets'
 * words ("beat Chelsea 2-1 ... FA Cup", "a 2-1 victory over Chelsea in the FA Cup final"). Returns
 * the chosen sentence numbers in the order chosen; the caller frees the result with
 * g_array_unref(). */
GArray *precis_select_novel (const PrecisVectors *vectors, const gdouble *scores, const PrecisTokens *tokens,
                             const gchar *text, guint budget, gdouble max_cosine, guint first);

/* Sentences of different documents this similar repeat one another: different outlets reword
 * the same fact, so the bar is lower than inside one document. */
#define PRECIS_ACROSS_DUPLICATE_COSINE 0.5
/* A sentence of at least PRECIS_ACROSS_HELD_MIN_TERMS content words, this share of which another
 * holds, is told by it (one outlet's lede inside another's; "15 per cent" and "15 %" apart, a
 * three-quarter share still finds them; a short sentence's two or three words are too few to say). */
#define PRECIS_ACROSS_HELD_SHARE 0.75
#define PRECIS_ACROSS_HELD_MIN_TERMS 4
/* A sentence of at least PRECIS_ACROSS_HELD_MIN_TERMS content words, this share of which the
 * sentences already chosen hold between them, adds too little to be taken. */
#define PRECIS_ACROSS_COVERED_SHARE 0.6
/* Two sentences that give one figure (a score, a percentage, an amount; not a year) and share this
 * many other content words state one fact. */
#define PRECIS_ACROSS_FIGURE_TERMS 3
