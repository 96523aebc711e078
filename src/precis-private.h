/* precis-private.h - the types that flow between the pipeline stages.
 *
 * Each stage lives in its own file and only reads what the stage before produced:
 *
 *   normalize  bytes              -> PrecisText (validated text, lines, paragraphs, title)
 *   segment    PrecisText         -> PrecisSpan array (sentence byte spans)
 *   furniture  text + spans       -> spans with datelines cut off and furniture flagged
 *   tokenize   text + spans       -> PrecisTokens (content words as local term ids)
 *   vectors    PrecisTokens       -> PrecisVectors (sparse tf vectors, postings, idf)
 *   graph      PrecisVectors      -> PrecisGraph (weighted edges, CSR)
 *   rank       PrecisGraph        -> scores
 *   select     scores + vectors   -> chosen sentence numbers
 *   headline   a sentence         -> headline string
 *   render     PrecisSummary      -> text | markdown | json string
 *
 * summarizer.c owns the public objects and is the only file that calls the stages in order.
 * None of these types is visible outside the library.
 */
#pragma once

#include "precis.h"

/* ---- language.c ------------------------------------------------------------------------- */

typedef struct
{
  const gchar *name;      /* canonical Snowball name, e.g. "english" */
  const gchar *code;      /* ISO 639-1 code */
  gboolean has_stopwords; /* a list is compiled in under /precis/stopwords/<name>.txt */
} PrecisLanguageInfo;

const PrecisLanguageInfo *precis_language_lookup (const gchar *name_or_code);

/* The bytes of a compiled-in data file ("stopwords/english.txt"), or NULL if absent. The caller
 * frees the result with g_bytes_unref(). */
GBytes *precis_data_lookup (const gchar *path);
/* The lines of a compiled-in data file, NULL-terminated (without their "\n"), or NULL if it is
 * absent. The caller frees the result with g_strfreev(). */
gchar **precis_data_lines (const gchar *path);

/* ---- normalize.c ------------------------------------------------------------------------ */

typedef struct
{
  gchar *text; /* validated UTF-8, NUL-terminated, owned */
  gsize len;   /* bytes, without the final NUL */
  gboolean has_title;
  gsize title_start; /* the title line's span, when has_title */
  gsize title_len;
  gsize body_start; /* where sentences start: after the title and its blank line */
} PrecisText;

gboolean precis_text_init (PrecisText *text, const gchar *input, gsize len, gboolean lossy, GError **error);
/* Replaces the text by its cleaned form (clean.c) and finds the title again. */
void precis_text_clean (PrecisText *text, PrecisClean mode);
void precis_text_clear (PrecisText *text);

/* ---- clean.c ---------------------------------------------------------------------------- */

/* @text (@len bytes of valid UTF-8) cleaned as @mode says (see PrecisClean), NUL-terminated,
 * valid UTF-8; its length in *out_len. The caller frees it with g_free(). O(len). */
gchar *precis_clean (const gchar *text, gsize len, PrecisClean mode, gsize *out_len);

/* TRUE when text[pos] starts a line break ("\n", "\r\n" or "\r"); *width gets its bytes. */
gboolean precis_is_line_break (const gchar *text, gsize len, gsize pos, gsize *width);

/* ---- segment.c -------------------------------------------------------------------------- */

enum
{
  PRECIS_SPAN_PARAGRAPH_START = 1 << 0, /* first sentence of a paragraph */
  PRECIS_SPAN_FURNITURE = 1 << 1,       /* byline, credit, call to action: never chosen */
  PRECIS_SPAN_LIST_ITEM = 1 << 2,       /* a list item ("1.", "-", "•") */
};

typedef struct
{
  gsize start; /* byte offset of the first byte */
  gsize end;   /* byte offset one past the last byte */
  guint paragraph;
  guint flags;
} PrecisSpan;

typedef struct _PrecisSegmenter PrecisSegmenter;

/* A segmenter for a language, with its abbreviation list. */
PrecisSegmenter *precis_segmenter_new (const PrecisLanguageInfo *language);
void precis_segmenter_free (PrecisSegmenter *segmenter);

/* Splits text[start, end) into sentences; returns a GArray of PrecisSpan with white space
 * trimmed from both ends of each. The caller frees the result with g_array_unref(). */
GArray *precis_segmenter_split (const PrecisSegmenter *segmenter, const gchar *text, gsize start, gsize end);

/* Whether a word (of @len bytes), opening a sentence, points back to an earlier one: a pronoun
 * or connective of the language's [openers] list. */
gboolean precis_segmenter_is_opener (const PrecisSegmenter *segmenter, const gchar *word, gsize len);

/* ---- furniture.c ------------------------------------------------------------------------ */

/* Moves each span's start past a dateline ("BEIJING (Reuters) - ") and sets
 * PRECIS_SPAN_FURNITURE on bylines, photo credits and calls to action. */
void precis_furniture_mark (const gchar *text, GArray *spans, const PrecisLanguageInfo *language);

/* ---- tokenize.c ------------------------------------------------------------------------- */

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

/* ---- vectors.c -------------------------------------------------------------------------- */

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
  guint *length; /* content words in sentence s (sum of its tf) */
  /* Postings: term t is in sentences [post[t], post[t+1]) of `postings` (term field = the
   * sentence number), in sentence order. */
  guint *post;
  PrecisEntry *postings;
  gdouble *idf;       /* per term: log (n_sentences / sentence frequency) */
  gdouble avg_length; /* mean of length[] */
} PrecisVectors;

void precis_vectors_build (const PrecisTokens *tokens, PrecisVectors *out);
void precis_vectors_clear (PrecisVectors *vectors);
/* Cosine similarity of two sentences' tf-idf vectors, in [0, 1]. */
gdouble precis_vectors_cosine (const PrecisVectors *vectors, guint a, guint b);

/* ---- ranking parameters ---- */

/* What a ranker does; precis_rank_params_for() gives each named ranker's values. */
typedef struct
{
  PrecisRanker similarity; /* edge weights: textrank, cosine or bm25 */
  gdouble to_earlier;      /* weight of an edge from a sentence to an earlier one (a vote for it) */
  gdouble to_later;        /* ... and to a later one */
  gdouble threshold;       /* edges under min + threshold x (max - min) are dropped */
  gdouble position_mix;    /* teleport: (1 - mix) uniform + mix x position prior */
  gdouble position_decay;  /* position prior of sentence i proportional to (i + 1)^-decay */
  gdouble paragraph_bonus; /* the prior of a paragraph's first sentence is multiplied by 1 + bonus */
  gdouble length_exponent; /* final score x (words / mean words)^exponent */
  gdouble long_words;      /* a sentence of more words than this is long (0: none is) ... */
  gdouble long_exponent;   /* ... and its final score is x (long_words / words)^exponent */
  gdouble opener_penalty;  /* final score x (1 - penalty) for a sentence opening with a pronoun */
  gdouble final_position;  /* final score x (unit + 1)^-final_position, where the unit is the
                            * paragraph in a text of PRECIS_PARAGRAPHED paragraphs or more, else
                            * the sentence */
} PrecisRankParams;

/* Texts with at least this many paragraphs measure position in paragraphs. */
#define PRECIS_PARAGRAPHED 3

void precis_rank_params_for (PrecisRanker ranker, PrecisRankParams *params);

/* ---- graph.c ---------------------------------------------------------------------------- */

typedef struct
{
  guint n_nodes;
  guint *row; /* out-edges of node i: [row[i], row[i+1]) */
  guint *target;
  gdouble *weight;
  guint n_skipped_terms; /* widespread terms left out to bound the work (large inputs only) */
} PrecisGraph;

void precis_graph_build (const PrecisVectors *vectors, const PrecisRankParams *params, PrecisGraph *out);
void precis_graph_clear (PrecisGraph *graph);

/* ---- rank.c ----------------------------------------------------------------------------- */

/* PageRank by power iteration; @teleport (n_nodes entries summing to 1, or NULL for uniform).
 * Fills @scores (n_nodes entries, summing to 1). Returns the number of iterations run. */
guint precis_rank_pagerank (const PrecisGraph *graph, const gdouble *teleport, gdouble *scores);

/* The teleport vector of @params for the sentences (n entries summing to 1), or NULL when it is
 * uniform. The caller frees the result with g_free(). */
gdouble *precis_rank_teleport (const PrecisRankParams *params, const PrecisSpan *spans, guint n);

/* Applies the final adjustments of @params (length, openers) to @scores and renormalises them.
 * @opener flags the sentences that open with a pronoun or connective (may be NULL). */
void precis_rank_adjust (const PrecisRankParams *params, const PrecisSpan *spans, const guint *n_words,
                         const gboolean *opener, guint n, gdouble *scores);

/* ---- select.c --------------------------------------------------------------------------- */

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
 * sentences already chosen. Returns the chosen sentence numbers in document order; the caller
 * frees the result with g_array_unref(). */
GArray *precis_select (const PrecisVectors *vectors, const gdouble *scores, const PrecisSpan *spans,
                       const guint *n_words, const PrecisBudget *budget, gdouble max_cosine);

/* Sentences of one document this similar say the same thing (a reworded repeat or a quoted
 * headline). */
#define PRECIS_DUPLICATE_COSINE 0.8

/* ---- headline.c ------------------------------------------------------------------------- */

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

/* ---- summarizer.c / render.c ------------------------------------------------------------ */

struct _PrecisSummary
{
  gchar *language;
  gchar *headline;
  gchar *title; /* or NULL */
  PrecisHeadlineSource headline_source;
  PrecisSentence *all; /* every sentence of the document */
  guint n_all;
  guint *chosen; /* indices into all[], document order */
  guint n_chosen;
  gchar **keywords; /* NULL-terminated */
};

/* Appends @text with Markdown's special characters backslash-escaped. */
void precis_markdown_escape (GString *out, const gchar *text);
/* Appends @text with &, <, >, ' and " escaped for HTML. */
void precis_html_escape (GString *out, const gchar *text);
/* Whether @url is an http(s) address safe to put in a link (no space, quote or angle bracket):
 * other schemes (javascript:, data:, file:) are never linked. */
gboolean precis_is_web_address (const gchar *url);
/* The start of a self-contained HTML page titled @title (in @language, a canonical name or
 * NULL), up to the opening of its centred column; precis_html_close() ends it. */
void precis_html_open (GString *out, const gchar *title, const gchar *language);
void precis_html_close (GString *out);

/* Inline styles (e-mail clients drop <style> blocks and external sheets). */
#define PRECIS_HTML_BODY "margin:0;padding:0;background:#f3f2ee;"
#define PRECIS_HTML_PAGE                                                                                     \
  "max-width:640px;margin:0 auto;padding:24px 16px;font-family:Georgia,'Times New Roman',serif;"             \
  "font-size:17px;line-height:1.5;color:#222;"
#define PRECIS_HTML_H1 "font-size:28px;line-height:1.2;margin:0 0 8px;"
#define PRECIS_HTML_H2                                                                                       \
  "font-family:Helvetica,Arial,sans-serif;font-size:13px;letter-spacing:1px;text-transform:uppercase;"       \
  "color:#666;margin:28px 0 8px;border-bottom:1px solid #ccc;padding-bottom:4px;"
#define PRECIS_HTML_H3 "font-size:21px;line-height:1.25;margin:0 0 8px;"
#define PRECIS_HTML_CARD                                                                                     \
  "background:#ffffff;border:1px solid #e2e0da;border-radius:4px;padding:16px 20px;margin:0 0 16px;"
#define PRECIS_HTML_P "margin:0 0 10px;"
#define PRECIS_HTML_META "font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#666;margin:0 0 16px;"
#define PRECIS_HTML_LIST "margin:0 0 10px;padding-left:20px;"
#define PRECIS_HTML_ITEM "margin:0 0 6px;"
#define PRECIS_HTML_SOURCES                                                                                  \
  "font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#555;margin:0;padding-left:18px;"
#define PRECIS_HTML_LINK "color:#1a5fb4;"

/* The text of text[start, end) with every run of white space shown as one space. The caller
 * frees the result with g_free(). */
gchar *precis_collapse_space (const gchar *text, gsize start, gsize end);

/* ---- porter.c ----------------------------------------------------------------------------- */

/* NLTK 3.8's PorterStemmer (NLTK_EXTENSIONS) and ROUGE-1.5.5's Porter, on a lower-case ASCII
 * word of @len bytes; the stem replaces the contents of @out. */
void precis_porter_nltk (const gchar *word, gsize len, GString *out);
void precis_porter_rouge155 (const gchar *word, gsize len, GString *out);

/* ---- rouge.c ------------------------------------------------------------------------------ */

/* What the scorer's flavour does to a lower-case token (stemmed when stemming is on and the
 * token is longer than 3 characters). Borrowed from the scorer's cache or @token itself. */
const gchar *precis_rouge_stem (PrecisRouge *rouge, const gchar *token);

/* ---- summarizer.c ------------------------------------------------------------------------- */

/* Replaces the ranking parameters (for tuning; precis_summarizer_set_ranker() resets them). */
void precis_summarizer_set_rank_params (PrecisSummarizer *summarizer, const PrecisRankParams *params);

typedef struct
{
  const gchar *stem; /* borrowed from the summariser's tokenizer: valid until its next run */
  guint count;
} PrecisTermCount;

/* precis_summarizer_run() that also appends to @counts (of PrecisTermCount; NULL: none) every
 * stem of the document's non-furniture sentences with its number of occurrences. */
PrecisSummary *precis_summarizer_run_counting (PrecisSummarizer *summarizer, const gchar *input, gssize len,
                                               GArray *counts, GError **error);
/* The summariser's tokenizer. Borrowed. */
PrecisTokenizer *precis_summarizer_get_tokenizer (PrecisSummarizer *summarizer);

/* ---- html.c: shared with feed.c ----------------------------------------------------------- */

/* Whether @data, after its preamble, opens with one of @names ("<html", ...; any case)
 * followed by white space or ">". */
gboolean precis_markup_opens_with (const gchar *data, gssize len, const gchar *const *names, gsize n_names);

/* Checks @n bytes of markup before parsing (at most 2 GiB, no NUL byte; errors name the
 * input as "the @what") and initialises libxml2 once for all threads. */
gboolean precis_markup_prepare (const gchar *data, gsize n, const gchar *what, GError **error);

/* @text with white space collapsed and trimmed and control characters dropped, or NULL when
 * that leaves nothing (or @text is NULL). Free with g_free(). */
gchar *precis_markup_clean_line (const gchar *text);

/* ---- feed.c: dates, shared with digest.c -------------------------------------------------- */

/* Unix seconds (UTC) of a date as feeds and news data write it: RFC 3339 / ISO 8601, RFC 822
 * (RSS), or a day without a time ("2017-08-03", "3 Aug 2017", "August 3, 2017"), read as
 * midnight UTC. G_MININT64 when @date is NULL or cannot be read. */
gint64 precis_date_parse (const gchar *date);
