/* headline.h - a sentence in, a headline out (pipeline/headline.c). */
#pragma once

#include "pipeline/tokenize.h"

/* A headline from a sentence (already shown with single spaces); @tokenizer tells which words
 * are stopwords. The caller frees the result with g_free(). */
gchar *precis_headline_from_sentence (const gchar *sentence, const PrecisLanguageInfo *language,
                                      PrecisTokenizer *tokenizer);

/* The complete headline of one sentence: whole optional constituents removed, never cut at a
 * word budget. *@complete: it has a subject and a finite verb (English; other languages:
 * always); *@fits: within the headline budget; *@pronoun: it opens on a pronoun. The caller
 * frees the result with g_free(). */
gchar *precis_headline_complete (const gchar *sentence, const PrecisLanguageInfo *language,
                                 PrecisTokenizer *tokenizer, const PrecisSegmenter *segmenter,
                                 gboolean *complete, gboolean *fits, gboolean *pronoun);
/* A document's generated headline, from its first non-furniture sentences (@all, @n_all): the
 * lede's complete headline, else another early sentence's, never one opening on a pronoun when
 * another will do. "" when there is no sentence. The caller frees the result with g_free(). */
gchar *precis_headline_choose (const PrecisSentence *all, guint n_all, const PrecisLanguageInfo *language,
                               PrecisTokenizer *tokenizer, const PrecisSegmenter *segmenter);
/* Whether a title may be a headline in PRECIS_HEADLINE_AUTO mode. */
gboolean precis_headline_title_usable (const gchar *title);
