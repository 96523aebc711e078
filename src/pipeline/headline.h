/* headline.h - a sentence in, a headline out (pipeline/headline.c). */
#pragma once

#include "pipeline/tokenize.h"

/* A headline from a sentence (already shown with single spaces); @tokenizer tells which words
 * are stopwords. The caller frees the result with g_free(). */
gchar *precis_headline_from_sentence (const gchar *sentence, const PrecisLanguageInfo *language,
                                      PrecisTokenizer *tokenizer);
