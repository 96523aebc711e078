/* keywords.h - the document's keywords (pipeline/keywords.c). */
#pragma once

#include "pipeline/vectors.h"

/* What the keywords need of the tokens, taken while they are at hand: whether each term is
 * written only in digits wherever it occurs outside furniture, and, when asked (for a large
 * document, whose tokens are then freed before the graph, the largest stage), each term's
 * most frequent surface form. */
typedef struct
{
  guint8 *numeric;   /* n_terms entries */
  PrecisToken *form; /* n_terms entries: a token of the term's most frequent form; or NULL */
  guint n_terms;
} PrecisTermForms;

/* Fills @forms from @tokens of @text, with every term's form when @all; the caller clears it
 * with precis_term_forms_clear(). */
void precis_term_forms_find (const gchar *text, const PrecisTokens *tokens, const PrecisSpan *spans,
                             gboolean all, PrecisTermForms *forms);
void precis_term_forms_clear (PrecisTermForms *forms);

/* The document's top terms, NULL-terminated, each in its most frequent surface form in @text
 * (from @forms, or, when it has none, from @tokens); @scores are the sentences' centralities
 * (PageRank's, before any position or length factor); the words data/keywords.txt lists for
 * @language (its name, "english"; NULL: none) are left out.
 * The result is one block, the words after the pointers: the caller frees it with g_free(). */
gchar **precis_keywords_find (const gchar *text, const PrecisTermForms *forms, const PrecisTokens *tokens,
                              const PrecisVectors *vectors, const PrecisSpan *spans, const gdouble *scores,
                              const gchar *language);
