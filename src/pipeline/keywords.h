/* keywords.h - the document's keywords (pipeline/keywords.c). */
#pragma once

#include "pipeline/vectors.h"

/* What the keywords need of the tokens, taken before the tokens are freed (ahead of the graph,
 * the largest stage of a large document): each term's most frequent surface form and whether
 * it is written only in digits wherever it occurs outside furniture. */
typedef struct
{
  PrecisToken *form; /* n_terms entries: a token of the term's most frequent form */
  guint8 *numeric;   /* n_terms entries */
  guint n_terms;
} PrecisTermForms;

/* Fills @forms from @tokens of @text; the caller clears it with precis_term_forms_clear(). */
void precis_term_forms_find (const gchar *text, const PrecisTokens *tokens, const PrecisSpan *spans,
                             PrecisTermForms *forms);
void precis_term_forms_clear (PrecisTermForms *forms);

/* The document's top terms, NULL-terminated, each in its most frequent surface form in @text;
 * @scores are the sentences' final scores. The caller frees the result with g_strfreev(). */
gchar **precis_keywords_find (const gchar *text, const PrecisTermForms *forms, const PrecisVectors *vectors,
                              const PrecisSpan *spans, const gdouble *scores);
