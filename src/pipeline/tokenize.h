/* tokenize.h - sentences in, content words as term ids out (pipeline/tokenize.c). */
#pragma once

#include "pipeline/segment.h"

/* Twelve bytes a token, not sixteen (a large document has a token every eight bytes): the
 * offset's low 32 bits, then its high bits and the length (at most MAX_WORD_BYTES, under 256)
 * in one word. Read them with precis_token_start() and precis_token_len(). */
typedef struct
{
  guint32 start_low; /* byte offset of the word in the text, low 32 bits */
  guint32 high_len;  /* the offset's bits from 32 up, shifted by 8, and the length in bytes */
  guint term;        /* local term id: 0 .. n_terms-1 in order of first occurrence */
} PrecisToken;

/* The token's byte offset in the text. */
static inline gsize
precis_token_start (const PrecisToken *t)
{
  return (gsize)((guint64)t->start_low | (guint64)(t->high_len >> 8) << 32);
}

/* The token's length in bytes. */
static inline guint
precis_token_len (const PrecisToken *t)
{
  return t->high_len & 0xFF;
}

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
/* Makes the tokenizer ask @words (NULL: none) on a word form's first sight, and add what it
 * computes; borrowed: the caller keeps a reference while the tokenizer lives. Loading stopwords
 * later moves the tokenizer to the shelf of its new list. */
void precis_tokenizer_share (PrecisTokenizer *tokenizer, PrecisWordCache *words);
/* Another reference to @words (NULL: none), released with precis_word_cache_free(). */
PrecisWordCache *precis_word_cache_ref (PrecisWordCache *words);
/* Tokenises the sentences; the caller clears the result with precis_tokens_clear(). */
void precis_tokenizer_run (PrecisTokenizer *tokenizer, const gchar *text, const PrecisSpan *spans,
                           guint n_spans, PrecisTokens *out);
void precis_tokens_clear (PrecisTokens *tokens);
/* Empties the tokenizer's caches of word forms and stems (a large document's, once nothing more
 * of its run is asked): what a later run computes is the same, its ids being the document's own.
 * The stems precis_tokenizer_stem() gave are freed. */
void precis_tokenizer_forget (PrecisTokenizer *tokenizer);
/* How many word forms the tokenizer remembers (bounded: emptied between runs past a limit). */
guint precis_tokenizer_get_n_forms (const PrecisTokenizer *tokenizer);
/* The content words of @text (a title, say) after a precis_tokenizer_run(): appends to @terms
 * (of guint) the local term ids of those that occur in that run's document, each once, and
 * returns the number of distinct content words of @text, those absent from the document
 * included (at most the first 64 are read). */
guint precis_tokenizer_find_terms (PrecisTokenizer *tokenizer, const gchar *text, gsize len, GArray *terms);
/* The stem of a word, or NULL for a stopword. Borrowed: valid until the next
 * precis_tokenizer_run() or stopword change. */
const gchar *precis_tokenizer_stem (PrecisTokenizer *tokenizer, const gchar *word, gsize len);
