/* keywords.h - the document's keywords (pipeline/keywords.c). */
#pragma once

#include "pipeline/vectors.h"

/* The document's top terms, NULL-terminated, each in its most frequent surface form in @text;
 * @scores are the sentences' final scores. The caller frees the result with g_strfreev(). */
gchar **precis_keywords_find (const gchar *text, const PrecisTokens *tokens, const PrecisVectors *vectors,
                              const PrecisSpan *spans, const gdouble *scores);
