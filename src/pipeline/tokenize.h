/* tokenize.h - sentences in, content words as term ids out (pipeline/tokenize.c). */
#pragma once

#include "pipeline/segment.h"

typedef struct
{
  gsize start; /* byte offset of the word in the text */
  guint len;   /* bytes */
  guint term;  /* local term id: 0 .. n_terms-1 in order of first occurrence */
} PrecisToken;

typedef struct
{
  PrecisToken *tokens; /* the content words of every sentence, in order */
  guint n_tokens;
  guint capacity;
  guint *first;   /* n_sentences + 1 entries: sentence s has tokens [first[s], first[s+1]) */
  guint *n_words; /* n_sentences entries: words in the sentence, stopwords included */
  guint n_sentences;
  guint n_terms;
} PrecisTokens;

typedef struct _PrecisTokenizer PrecisTokenizer;

/* NULL only if libstemmer has no stemmer for the language (never for a listed one). */
PrecisTokenizer *precis_tokenizer_new (const PrecisLanguageInfo *language);
void precis_tokenizer_free (PrecisTokenizer *tokenizer);
/* Adds stopwords from a list in Snowball format; with @replace, clears the list first. */
void precis_tokenizer_load_stopwords (PrecisTokenizer *tokenizer, const gchar *list, gsize len,
                                      gboolean replace);
gboolean precis_tokenizer_is_stopword (PrecisTokenizer *tokenizer, const gchar *word, gssize len);
/* Tokenises the sentences; the caller clears the result with precis_tokens_clear(). */
void precis_tokenizer_run (PrecisTokenizer *tokenizer, const gchar *text, const PrecisSpan *spans,
                           guint n_spans, PrecisTokens *out);
void precis_tokens_clear (PrecisTokens *tokens);
/* The stem of a word, or NULL for a stopword. Borrowed: valid until the next
 * precis_tokenizer_run() or stopword change. */
const gchar *precis_tokenizer_stem (PrecisTokenizer *tokenizer, const gchar *word, gsize len);
