/* editor.h - choosing as a news editor would (pipeline/editor.c): the sentence each one
 * points back to, the lede, and the "editor" ranker's choice. */
#pragma once

#include "pipeline/select.h"
#include "pipeline/tokenize.h"

/* No sentence: the value of a missing antecedent or lede. */
#define PRECIS_NONE G_MAXUINT

/* Two sentences this similar (tf-idf cosine) say the same thing for a reader: a restated lede
 * or a caption's repeat (tuned on the TUNE half of the news sets, docs/ranking.md). */
#define PRECIS_REDUNDANT_COSINE 0.5

/* For each sentence, the sentence it points back to (PRECIS_NONE when it stands alone): the
 * one before for an opening pronoun or connective ("He", "But", '"...," she said'), the one
 * that introduced the name for a bare surname or a title and surname ("Stofan said", "Mr
 * Fogg"; looked for in the 16 KB before). The caller frees the result with g_free(). */
guint *precis_editor_antecedents (const gchar *text, const PrecisSpan *spans, guint n,
                                  const PrecisSegmenter *segmenter);

/* The lede: the first sentence that is not furniture and has at least six words, or
 * PRECIS_NONE. */
guint precis_editor_lede (const PrecisSpan *spans, const guint *n_words, guint n);

/* A title's content words: the local term ids of those in the document (@n_terms of them)
 * and how many distinct ones it has (@n_words, those absent from the document included). */
typedef struct
{
  const guint *terms;
  guint n_terms;
  guint n_words;
} PrecisTitleTerms;

/* The terms of @title (@len bytes of valid UTF-8) for precis_editor_select(), after a
 * precis_tokenizer_run() over the document: appended to @terms, which @out then borrows. A
 * title that asks (ends in a question mark) gives none. */
void precis_editor_title_terms (PrecisTokenizer *tokenizer, const gchar *title, gsize len, GArray *terms,
                                PrecisTitleTerms *out);

/* The "editor" choice (see PRECIS_RANKER_EDITOR): @scores are the "position" ranker's,
 * @centrality the graph's own (before position and length); @text the document, @title its
 * title's terms (n_words 0: no title). Returns the chosen sentence
 * numbers in document order; the caller frees the result with g_array_unref(). @repeat (NULL: not
 * asked; else one entry a sentence, zeroed) marks each sentence the choice passed over as
 * restating a chosen one (PRECIS_REDUNDANT_COSINE, or in the opening a quotation at least half of whose terms
 * the chosen sentences hold, another sentence 0.7 of them with no new name, figure or title word; in
 * the fill of room left, a near-duplicate),
 * for --explain. */
GArray *precis_editor_select (const PrecisVectors *vectors, const gdouble *scores, const gdouble *centrality,
                              const gchar *text, const PrecisSpan *spans, const guint *n_words,
                              const guint *antecedent, guint lede, const PrecisTitleTerms *title,
                              const PrecisBudget *budget, gboolean *repeat);
