/* precis.h - the public interface of libprecis, an extractive summariser.
 *
 * One call does everything:
 *
 *     g_autoptr(GError) error = NULL;
 *     g_autofree gchar *out = precis_summarize (text, -1, "english", 3, &error);
 *
 * The staged interface keeps one PrecisSummarizer (language, stopwords, ranker and budget)
 * and runs it over many documents, each giving a PrecisSummary that can be inspected or
 * rendered as text, Markdown or JSON.
 *
 * Ownership: a function that returns newly allocated memory says so ("the caller frees the
 * result with ..."); every other pointer returned is borrowed from its owner. Every
 * `_free (NULL)` does nothing. A PrecisSummarizer is not safe to use from two threads at once;
 * use one per thread (they share nothing but a PrecisWordCache given to them, which is safe).
 *
 * Errors are reported in the PRECIS_ERROR domain; a function that takes `GError **error`
 * returns FALSE or NULL exactly when it sets the error. Empty input is not an error: it
 * gives an empty summary. A programming error (a NULL text with a length other than 0, a
 * value outside its enumeration) is refused with g_return_if_fail() or g_return_val_if_fail():
 * a critical warning, and nothing done (FALSE or NULL returned, no GError set).
 */
#ifndef PRECIS_H
#define PRECIS_H

#include <glib.h>

G_BEGIN_DECLS

#define PRECIS_ERROR (precis_error_quark ())

/**
 * PrecisError:
 * @PRECIS_ERROR_INVALID_UTF8: the input is not valid UTF-8 (the message gives the byte offset)
 * @PRECIS_ERROR_BINARY: the input holds NUL bytes or control characters: it is not text
 * @PRECIS_ERROR_TOO_LARGE: the input is larger than the configured maximum
 * @PRECIS_ERROR_UNKNOWN_LANGUAGE: the language name or code is not a supported language
 * @PRECIS_ERROR_INVALID_ARGUMENT: an option value is out of range or malformed
 * @PRECIS_ERROR_MALFORMED: the input is not a well-formed document of the expected kind (a
 *   feed that is not XML, or XML that is not RSS or Atom)
 * @PRECIS_ERROR_NO_TEXT: the input is a document with nothing to read in it (a web page with
 *   no article text)
 */
typedef enum
{
  PRECIS_ERROR_INVALID_UTF8,
  PRECIS_ERROR_BINARY,
  PRECIS_ERROR_TOO_LARGE,
  PRECIS_ERROR_UNKNOWN_LANGUAGE,
  PRECIS_ERROR_INVALID_ARGUMENT,
  PRECIS_ERROR_MALFORMED,
  PRECIS_ERROR_NO_TEXT,
} PrecisError;

GQuark precis_error_quark (void);

/* The library version, e.g. "0.1.0". Borrowed, static. */
const gchar *precis_version (void);

/* ---- Languages ------------------------------------------------------------------------- */

/* The supported languages' canonical names ("arabic" ... "yiddish"), NULL-terminated,
 * alphabetical. Borrowed, static. */
const gchar *const *precis_languages (void);

/* The canonical name for a language name or ISO 639-1 code ("fr", "French", "français" is
 * not accepted), or NULL when it is not supported. Borrowed, static. */
const gchar *precis_language_canonical (const gchar *name_or_code);

/* The ISO 639-1 code of a canonical language name, or NULL. Borrowed, static. */
const gchar *precis_language_code (const gchar *language);

/* The language name that asks for detection (precis_summarizer_new()). */
#define PRECIS_LANGUAGE_AUTO "auto"
/* The language reported for text whose language could not be determined (ISO 639-2 "und"). */
#define PRECIS_LANGUAGE_UNDETERMINED "und"

/* Detects the language of @text (@len bytes, or -1 when NUL-terminated) with Google's Compact
 * Language Detector 2 (CLD2), reading its first 96 bytes, then 256, and up to 3 kB when they
 * leave a doubt (a close neighbour, a low score) or 96 bytes from further in (the middle of the
 * first 3 kB) read as another language. @hint (a language name, ISO 639-1 code or
 * tag such as "fr-CA", as a page's lang attribute or a feed's <language> gives it; NULL: none)
 * favours a language without imposing it. Returns the canonical name of a supported language
 * (Malay is taken as Indonesian, Bokmål and Nynorsk as Norwegian), the lower-case English name
 * of a language precis cannot stem ("galician", "czech"), or PRECIS_LANGUAGE_UNDETERMINED when
 * the text is not valid UTF-8, has too few letters (numbers, a word or two) or CLD2 has no
 * answer. A text whose opening and middle read as different languages, and whose whole CLD2
 * gives its answer less than 80 % of, gets the language of most of its sentences outside
 * quotations; a short text (under 320 bytes) that reads as Afrikaans,
 * Azerbaijani or Galician gets Dutch, Turkish or Spanish, and @hint settles a short text between
 * close neighbours (Turkish for Azerbaijani, Spanish for Catalan). With @confidence not NULL,
 * sets it to the share of the text's letters in that language (0..1), halved when CLD2 does not
 * call its answer reliable and lowered on a text with fewer than 80 bytes of letters (to 0.75 of
 * it at the least); 0 for "und".
 * Deterministic. Borrowed, static (interned). */
const gchar *precis_detect_language (const gchar *text, gssize len, const gchar *hint, gdouble *confidence);

/* ---- Rankers and formats --------------------------------------------------------------- */

/**
 * PrecisRanker:
 * @PRECIS_RANKER_TEXTRANK: Mihalcea & Tarau (2004): word overlap normalised by log lengths
 * @PRECIS_RANKER_COSINE: tf-idf cosine similarity (LexRank, Erkan & Radev 2004, continuous)
 * @PRECIS_RANKER_BM25: BM25 similarity (Barrios et al. 2016), a directed graph
 * @PRECIS_RANKER_POSITION: TextRank's graph, its scores then weighted toward sentences near
 *   the start of the text (counted in paragraphs when it has them) and of a readable length
 *   (favouring longer sentences up to 35 words, penalising longer ones). Chosen on news; see
 *   docs/ranking.md. The default before "editor"
 * @PRECIS_RANKER_EDITOR: the default: the "position" scores, chosen as an editor would. In a
 *   text shaped like a news story the clean opening is the summary, less its debris,
 *   fragments and repeats; in other prose centrality leads. Either way a sentence that opens on a pronoun, a
 * bare surname or a connective comes with the sentence it points back to or gives way, captions, credits and
 * social-media debris are furniture, and no sentence repeats one already chosen
 *
 * Every ranker builds a weighted sentence graph from an inverted index (only sentences that
 * share a term are compared) and scores it with PageRank.
 */
typedef enum
{
  PRECIS_RANKER_TEXTRANK,
  PRECIS_RANKER_COSINE,
  PRECIS_RANKER_BM25,
  PRECIS_RANKER_POSITION,
  PRECIS_RANKER_EDITOR,
} PrecisRanker;

#define PRECIS_RANKER_DEFAULT PRECIS_RANKER_EDITOR

/* The rankers' names, the default first, NULL-terminated. Borrowed, static. */
const gchar *const *precis_rankers (void);

/* Parses a ranker name ("editor", "position", "textrank", "cosine", "bm25"); FALSE when
 * unknown. */
gboolean precis_ranker_from_name (const gchar *name, PrecisRanker *ranker);
/* The name of a ranker. Borrowed, static. */
const gchar *precis_ranker_name (PrecisRanker ranker);

/**
 * PrecisFormat:
 * @PRECIS_FORMAT_TEXT: plain text
 * @PRECIS_FORMAT_MARKDOWN: CommonMark, special characters escaped
 * @PRECIS_FORMAT_JSON: one JSON object on one line
 * @PRECIS_FORMAT_HTML: one self-contained HTML page: inline CSS, no scripts, no external
 *   assets, links only to http(s) addresses, so that it reads the same in a browser and in an
 *   e-mail client
 */
typedef enum
{
  PRECIS_FORMAT_TEXT,
  PRECIS_FORMAT_MARKDOWN,
  PRECIS_FORMAT_JSON,
  PRECIS_FORMAT_HTML,
} PrecisFormat;

/* Parses "text", "markdown" (or "md"), "json" and "html"; FALSE when unknown. */
gboolean precis_format_from_name (const gchar *name, PrecisFormat *format);

/**
 * PrecisRenderFlags:
 * @PRECIS_RENDER_EXPLAIN: also list every sentence of the document with its score
 */
typedef enum
{
  PRECIS_RENDER_NONE = 0,
  PRECIS_RENDER_EXPLAIN = 1 << 0,
} PrecisRenderFlags;

/* ---- The summariser -------------------------------------------------------------------- */

typedef struct _PrecisSummarizer PrecisSummarizer;
typedef struct _PrecisSummary PrecisSummary;

/* A summariser for @language (canonical name or ISO 639-1 code), with its built-in stopword
 * list, 3 sentences, the default ranker. With @language NULL or PRECIS_LANGUAGE_AUTO ("auto")
 * it detects each document's language (precis_detect_language()) and reads the document with
 * that language's sentence rules, stopwords and stemmer, created on first use and kept for the
 * next documents; a document in a language precis cannot stem, or undetermined, is read with
 * no stopwords and no stemming (precis_summary_get_stemmed() is then FALSE). NULL with
 * PRECIS_ERROR_UNKNOWN_LANGUAGE for a language detection does not know either. The caller frees the result
 * with precis_summarizer_free(). A language that detection reports but precis cannot stem
 * ("polish", "zh"), or "und", is accepted: read with no stopwords and no stemming, as auto mode
 * reads a document in it, and reported (precis_summarizer_get_language(),
 * precis_summary_get_language()) by detection's name for it. An empty name ("") is
 * PRECIS_ERROR_UNKNOWN_LANGUAGE, as digest's --languages refuses one: NULL or "auto" detects.
 *
 * Memory: a summariser remembers what each word form it has met comes to (a stopword, or a stem),
 * so that a form is stemmed once however many documents repeat it. That memory is bounded: it
 * takes no more than 131,071 forms a language (news in one language has some 60,000; a document's
 * further forms are stemmed at each sight), and is then emptied before the next document, as it is
 * after a large document (65,536 content words or more). Each language met (in auto mode, one such
 * memory per language) starts from some 200 kB, and what all the summarisers of the process (and
 * PrecisWordCache) have grown theirs by is kept near 32 MiB together: past that, a summariser
 * empties the memory of the language it reads before its next document (what one document adds
 * may pass it until then). So however long the stream, the summarisers of a process hold about 32
 * MiB of it, besides those 200 kB a language and the document being summarised (`precis batch -j
 * 1`, auto mode, a stream of made-up words detected as 40 languages: 55 to 56 MiB at the process's
 * peak from 25,000 documents to 200,000, where it was 73 to 123 MiB). The summaries are the same
 * whenever it is emptied. */
PrecisSummarizer *precis_summarizer_new (const gchar *language, GError **error);
void precis_summarizer_free (PrecisSummarizer *summarizer);

/* What word forms come to (a stopword, or a stem), shared by summarisers in several threads so
 * that a form one of them has stemmed is not stemmed again by the others. Safe to use from any
 * number of threads at once; one lock guards it, taken on each summariser's first sight of a form,
 * so it saves time only where stemming costs more than that (`precis batch` gives none to its
 * workers: on two cores it cost them more time than it saved). Summarisers of different
 * languages or stopword lists keep to different parts of it, so sharing it never changes a
 * summary. It keeps at most 262,144 forms a language and stopword list (up to about 24 MB), then
 * starts again, and sooner when the process's summarisers are over their 32 MiB (above). The caller frees the
 * result with precis_word_cache_free(); each summariser given it keeps a reference of its own, so it may be
 * freed before them. */
typedef struct _PrecisWordCache PrecisWordCache;
PrecisWordCache *precis_word_cache_new (void);
void precis_word_cache_free (PrecisWordCache *cache);

/* Makes @summarizer look each word form it meets for the first time up in @cache (NULL: in its
 * own caches only, the default) before stemming it, and add the forms it stems. The summaries
 * are the same with and without. */
void precis_summarizer_set_word_cache (PrecisSummarizer *summarizer, PrecisWordCache *cache);

/* The canonical name of the summariser's language (detection's name for one precis cannot
 * stem: "polish"), or "auto". Borrowed. */
const gchar *precis_summarizer_get_language (const PrecisSummarizer *summarizer);

/* In auto mode, favours @hint (as for precis_detect_language(); NULL: none) when detecting the
 * language of the next documents: a page's lang attribute or a feed's <language> is a hint,
 * not a verdict. Ignored when the summariser has a language. */
void precis_summarizer_set_language_hint (PrecisSummarizer *summarizer, const gchar *hint);

/* Loads a stopword list in Snowball format (one or more words per line, `|` starts a
 * comment). With @replace the built-in list is dropped first; otherwise the words are
 * added to it. In auto mode the list applies to every language. @len is the byte length of @list, or -1 when
 * it is NUL-terminated; an empty list (@len 0, @list then may be NULL) holds no words; a UTF-8 byte
 * order mark at its start is skipped. FALSE with
 * PRECIS_ERROR_INVALID_UTF8 if the list is not UTF-8. */
gboolean precis_summarizer_load_stopwords (PrecisSummarizer *summarizer, const gchar *list, gssize len,
                                           gboolean replace, GError **error);

/* Length budgets; the last one set wins. Sentences: at most @n sentences (n >= 1). Ratio: that
 * fraction of the document's sentences, rounded up (0 < ratio <= 1). Words: as many
 * sentences as fit in @n_words words (in Chinese and Japanese, which do not space their words,
 * each ideograph or kana is one). Every budget returns at least one sentence when the
 * document has one, and all of them when it has fewer than asked: that sentence may be longer
 * than a words budget (a sentence is at most 4 KiB, and in text with no sentence punctuation at
 * all a run of more than 60 words is cut into pieces of at most 40). Out-of-range values are
 * clamped: 0 sentences or words is taken as 1, a ratio of 0 or less as the smallest (one
 * sentence), above 1 as 1. A NaN ratio is refused (g_return_if_fail: a critical warning, the
 * budget unchanged). */
void precis_summarizer_set_sentences (PrecisSummarizer *summarizer, guint n_sentences);
void precis_summarizer_set_ratio (PrecisSummarizer *summarizer, gdouble ratio);
void precis_summarizer_set_words (PrecisSummarizer *summarizer, guint n_words);

/* A value that is not a PrecisRanker is refused (g_return_if_fail: a critical warning, the
 * ranker unchanged). */
void precis_summarizer_set_ranker (PrecisSummarizer *summarizer, PrecisRanker ranker);

/* With @lossy, invalid UTF-8 sequences and NUL bytes are replaced by U+FFFD instead of
 * being an error. Offsets then refer to the repaired text. */
void precis_summarizer_set_lossy (PrecisSummarizer *summarizer, gboolean lossy);

/**
 * PrecisClean:
 * @PRECIS_CLEAN_NONE: the text as it is (the default): sentences are copied verbatim
 * @PRECIS_CLEAN_TEXT: remove debris of web pages, word processors and databases before
 *   segmenting: HTML tags (also escaped as "&lt;b&gt;"; a block's tags leave a line break),
 *   line breaks typed as "\n" or "\r\n", dot leaders and page numbers of a table of contents,
 *   runs of dots between words, rule lines ("_____", "-----") and runs of slashes, page numbers
 *   alone on a line, a full stop alone at the start of a line (joined to the line before), a
 *   word set one letter a line ("W\nA\nRN" -> "WARN"); backquotes become straight quotes
 * @PRECIS_CLEAN_PDF: as @PRECIS_CLEAN_TEXT, and the lines of a paragraph are joined (text
 *   extracted from a PDF, where line breaks are layout)
 *
 * What is removed before segmentation. Offsets in a summary then refer to the cleaned text.
 */
typedef enum
{
  PRECIS_CLEAN_NONE,
  PRECIS_CLEAN_TEXT,
  PRECIS_CLEAN_PDF,
} PrecisClean;

/* Parses "none", "text" or "pdf"; FALSE when unknown. */
gboolean precis_clean_from_name (const gchar *name, PrecisClean *clean);

/* Cleans every input as @clean says before segmenting it (default PRECIS_CLEAN_NONE). */
void precis_summarizer_set_clean (PrecisSummarizer *summarizer, PrecisClean clean);

/* The default largest input: larger than any article or book, small enough to refuse a
 * mistaken disk image (64 MiB). */
#define PRECIS_DEFAULT_MAX_INPUT ((gsize)64 << 20)

/* The largest input accepted, in bytes (0: no limit). Default: PRECIS_DEFAULT_MAX_INPUT. */
void precis_summarizer_set_max_input (PrecisSummarizer *summarizer, gsize max_bytes);

/**
 * PrecisHeadlineMode:
 * @PRECIS_HEADLINE_AUTO: the document's title when it has one that reads as a headline (two
 *   words or more, at most 200 characters), else a generated headline (the default)
 * @PRECIS_HEADLINE_TITLE: the title whenever there is one, else a generated headline
 * @PRECIS_HEADLINE_GENERATED: always a generated headline: a complete clause from the lede
 *
 * Where a summary's headline comes from. The title is the one given to
 * precis_summarizer_run_with_title(), else the title line detected at the top of the text.
 */
typedef enum
{
  PRECIS_HEADLINE_AUTO,
  PRECIS_HEADLINE_TITLE,
  PRECIS_HEADLINE_GENERATED,
} PrecisHeadlineMode;

/* Parses "auto", "title" or "generated"; FALSE when unknown. */
gboolean precis_headline_mode_from_name (const gchar *name, PrecisHeadlineMode *mode);

/**
 * PrecisHeadlineSource:
 * @PRECIS_HEADLINE_SOURCE_GENERATED: generated from the text (or empty, for an empty document)
 * @PRECIS_HEADLINE_SOURCE_TITLE: the document's title
 */
typedef enum
{
  PRECIS_HEADLINE_SOURCE_GENERATED,
  PRECIS_HEADLINE_SOURCE_TITLE,
} PrecisHeadlineSource;

/* Where the summaries' headlines come from (default PRECIS_HEADLINE_AUTO). A value that is not
 * a PrecisHeadlineMode is refused (g_return_if_fail: a critical warning, the mode unchanged). */
void precis_summarizer_set_headline (PrecisSummarizer *summarizer, PrecisHeadlineMode mode);

/* Summarises @text (@len bytes, or -1 when NUL-terminated; NULL only with @len 0, an empty
 * text, else refused with g_return_val_if_fail). The caller frees the result
 * with precis_summary_free(). NULL with an error for invalid UTF-8, binary or oversized
 * input. A NUL-terminated @text (-1) that needs no repair is read where it is during the
 * call rather than copied, so a large document is held once; the summary keeps no pointer
 * into it. (A caller that can give its buffer away: precis_summarizer_run_take().)
 * Plain text is read as laid out (subtitles as they are: precis_subtitles_to_text() gives their
 * cue text to summarise); a table (three or more lines of cells aligned by
 * tabs or runs of spaces, most with numbers; not justified prose) and an indented code block
 * (after a blank line, four spaces or a tab: half its lines with one of code's strong signs, a
 * brace, "#include", "$ ", ">>> ", a comment, or two lines and most of them by weaker signs; not
 * an indented list or quotation) are furniture, as is a sentence ending in a colon just before a
 * table or a block with a strong sign; in a text with no sentence punctuation at all, a run of
 * more than 60 words is cut into pieces of equal length of at most 40 words, so that a length
 * budget can use them. */
PrecisSummary *precis_summarizer_run (PrecisSummarizer *summarizer, const gchar *text, gssize len,
                                      GError **error);

/* precis_summarizer_run() for a document whose title is known from outside its text (an HTML
 * page's headline, a feed item's or a record's title): @title (UTF-8, NUL-terminated, invalid
 * sequences replaced; NULL or "" for none) is then the summary's title, white space collapsed,
 * instead of a title line found in @text, and the headline when the mode says so. @title is
 * only read during the call; the caller keeps ownership. Fails as precis_summarizer_run()
 * does. */
PrecisSummary *precis_summarizer_run_with_title (PrecisSummarizer *summarizer, const gchar *text, gssize len,
                                                 const gchar *title, GError **error);

/* precis_summarizer_run_with_title() (@title NULL: none) for a text the library takes over:
 * @len bytes followed by a NUL byte (text[len] == '\0', as g_file_get_contents(),
 * g_string_free() and g_strndup() leave it; NULL only when @len is 0). A NUL byte inside is
 * refused as binary, or replaced in lossy mode, as precis_summarizer_run() does with any input.
 *
 * From the call on, @text is the library's, whether the call succeeds or fails: it reads the
 * text where it is, may write into it (the summary's sentence texts are collapsed into it,
 * so a large document is held once, not twice), and frees it with @free_text (g_free() for a
 * g_malloc() buffer) exactly once, as soon as it no longer needs it: during the call when the
 * text is refused or copied (repaired in lossy mode, cleaned), else when the summary is freed.
 * With @free_text NULL the library never frees it: the caller does, once the summary is freed
 * (or the call has failed), and must neither read nor change it until then. The caller frees
 * the result with precis_summary_free(). */
PrecisSummary *precis_summarizer_run_take (PrecisSummarizer *summarizer, gchar *text, gsize len,
                                           GDestroyNotify free_text, const gchar *title, GError **error);

/* The document's sentences only, as precis_summarizer_run() finds them (the same title,
 * datelines and furniture), without ranking them: no sentence chosen or scored (scores 0),
 * an empty headline, no keywords. Much faster than a summary, for segmenting text. Takes and
 * fails as precis_summarizer_run() does. The caller frees the result with precis_summary_free(). */
PrecisSummary *precis_summarizer_segment (PrecisSummarizer *summarizer, const gchar *text, gssize len,
                                          GError **error);
/* precis_summarizer_segment() for a text the library takes over, as precis_summarizer_run_take()
 * takes it (the summary's sentence texts are collapsed into it). The caller frees the result
 * with precis_summary_free(). */
PrecisSummary *precis_summarizer_segment_take (PrecisSummarizer *summarizer, gchar *text, gsize len,
                                               GDestroyNotify free_text, GError **error);

/* ---- The summary ----------------------------------------------------------------------- */

void precis_summary_free (PrecisSummary *summary);

/* The headline: the title or a generated one, as the summariser's PrecisHeadlineMode says
 * ("" for an empty document). Borrowed. */
const gchar *precis_summary_get_headline (const PrecisSummary *summary);
/* Whether the headline is the title or was generated. */
PrecisHeadlineSource precis_summary_get_headline_source (const PrecisSummary *summary);
/* The title given to precis_summarizer_run_with_title(), else the detected title line, or NULL
 * when there is none. Borrowed. */
const gchar *precis_summary_get_title (const PrecisSummary *summary);
/* The document's language: the summariser's, or in auto mode the detected one (see
 * precis_detect_language(): a canonical name, another language's name, or "und"). Borrowed. */
const gchar *precis_summary_get_language (const PrecisSummary *summary);
/* How sure the detection was (0..1; see precis_detect_language()), 1 when the summariser was
 * given the language. */
gdouble precis_summary_get_language_confidence (const PrecisSummary *summary);
/* Whether the document was read with its language's stopwords and stemmer (FALSE for a
 * language precis cannot stem, or "und"). */
gboolean precis_summary_get_stemmed (const PrecisSummary *summary);

/* The number of sentences found in the document (not counting the title). */
guint precis_summary_get_n_document_sentences (const PrecisSummary *summary);
/* The number of sentences chosen for the summary. */
guint precis_summary_get_n_sentences (const PrecisSummary *summary);

/**
 * PrecisSentence:
 * @index: position among the document's sentences, from 0
 * @offset: byte offset of the sentence in the (validated) input text
 * @length: byte length of the sentence in the input
 * @score: the ranker's score (PageRank mass; all sentences sum to 1)
 * @text: the sentence as shown: the input bytes with each run of white space (including
 *   line breaks) shown as one space
 * @chosen: whether the sentence is in the summary
 * @furniture: whether the sentence is news furniture (byline, credit, call to action) or a
 *   plain-text table's row or code block's line, and so never chosen
 * @repeat: whether the ranker passed the sentence over as a repeat of one it had chosen (for the
 *   editor a tf-idf cosine of 0.5 or more, or a quotation in a news opening at least half of whose terms the
 *   chosen sentences hold; for the other rankers, and the editor's filling of
 *   room left, 0.8 or more and the same one-digit numbers): left out for that, not for its score
 */
typedef struct
{
  guint index;
  gsize offset;
  gsize length;
  gdouble score;
  const gchar *text;
  gboolean chosen;
  gboolean furniture;
  gboolean repeat;
} PrecisSentence;

/* The @i-th chosen sentence, in document order (0 <= i < n_sentences). Borrowed. */
const PrecisSentence *precis_summary_get_sentence (const PrecisSummary *summary, guint i);
/* The @i-th sentence of the document (0 <= i < n_document_sentences). Borrowed. */
const PrecisSentence *precis_summary_get_document_sentence (const PrecisSummary *summary, guint i);

/* The document's top terms, best first: by how often and over how many sentences they occur,
 * each occurrence weighted by its sentence's centrality in the ranker's graph (never by
 * position), each in its most frequent surface form, less the language's verbs of saying,
 * modals and time words ("said", "will", "week"; "May", a name too, only in small letters: the
 * project's data/keywords.txt); NULL-terminated. Borrowed. */
const gchar *const *precis_summary_get_keywords (const PrecisSummary *summary);

/**
 * PrecisSummaryCheck:
 * @has_lede: the sentences include the lede: the document's first sentence that is not
 *   furniture and has at least six words (so not a caption, a credit or a dateline alone)
 * @n_dangling: sentences that open on a pronoun, a connective or a bare surname ("He", "But",
 *   "Stofan said") whose antecedent (the sentence before, or the one that introduced the name)
 *   is not among them
 * @n_debris: sentences that are furniture (captions, credits, bylines, social-media and page
 *   debris)
 *
 * What a reader would notice in a set of the document's sentences (see docs/ranking.md).
 */
typedef struct
{
  gboolean has_lede;
  guint n_dangling;
  guint n_debris;
} PrecisSummaryCheck;

/* Checks @n of the document's sentences (@indices: document sentence numbers, a set: in any
 * order, a repeated one counted once) of @summary, a summary of the document (any ranker), or
 * the summary's own chosen sentences when @indices is NULL. An index that is not a sentence of
 * the document is refused (g_return_if_fail: a critical warning, *@check all zero). */
void precis_summary_check (const PrecisSummary *summary, const guint *indices, guint n,
                           PrecisSummaryCheck *check);

/* Renders the summary. Text: the headline, a blank line, one sentence a line. Markdown: a
 * heading and the sentences as a list. JSON: one object on one line (no newline at the end).
 * HTML: a page with the headline as its heading and the sentences as a list.
 * The caller frees the result with g_free(). A value that is not a PrecisFormat is refused
 * (g_return_val_if_fail: a critical warning and NULL). */
gchar *precis_summary_render (const PrecisSummary *summary, PrecisFormat format, PrecisRenderFlags flags);

/* Renders every sentence of the document, in order. Text: one a line (line breaks inside a
 * sentence shown as spaces). Markdown: a numbered list. JSON: an array of {"text", "offset",
 * "length"} on one line. HTML: a page with the sentences as a numbered list. The caller frees
 * the result with g_free(). A value that is not a PrecisFormat is refused (g_return_val_if_fail:
 * a critical warning and NULL), as by precis_summary_render(). */
gchar *precis_summary_render_sentences (const PrecisSummary *summary, PrecisFormat format);

/* The attributes an HTML element holding text in @language (a name detection reports, such as
 * "french", or NULL) needs inside a page in @page_language: "" when the two are the same, else
 * ' lang="TAG"', with ' dir="rtl"' for a language written right to left, ' dir="ltr"' for one
 * written left to right inside a right-to-left page (' dir="auto"' when it is unknown), as a
 * digest's cards say their language. For a caller that puts several rendered documents into one
 * page (`precis -f html` of several files). Free with g_free(). */
gchar *precis_html_lang_attributes (const gchar *language, const gchar *page_language);

/* ---- ROUGE ------------------------------------------------------------------------------- */

/**
 * PrecisRougeCompat:
 * @PRECIS_ROUGE_COMPAT_ROUGE_SCORE: reproduce Google's rouge_score 0.1.2 (stemming: NLTK's
 *   Porter)
 * @PRECIS_ROUGE_COMPAT_ROUGE155: reproduce ROUGE-1.5.5 with -c 95 -2 -1 -U -r 1000 -n 4 -w 1.2
 *   -a (and -m when stemming): 5-decimal rounding per document, its own Porter and the
 *   WordNet exception table, its bootstrap
 */
typedef enum
{
  PRECIS_ROUGE_COMPAT_ROUGE_SCORE,
  PRECIS_ROUGE_COMPAT_ROUGE155,
} PrecisRougeCompat;

/* The metrics; a name means the same in both flavours (ROUGE-1.5.5's own "ROUGE-L" is the
 * summary-level one, rougeLsum). rougeW, rougeS* and rougeSU* are ROUGE-1.5.5 metrics. */
typedef enum
{
  PRECIS_ROUGE_1,
  PRECIS_ROUGE_2,
  PRECIS_ROUGE_3,
  PRECIS_ROUGE_4,
  PRECIS_ROUGE_L,    /* LCS of the whole texts */
  PRECIS_ROUGE_LSUM, /* union LCS of each reference sentence with the candidate's sentences */
  PRECIS_ROUGE_W,    /* weighted LCS, weight 1.2 */
  PRECIS_ROUGE_S,    /* skip-bigrams, any gap */
  PRECIS_ROUGE_SU,   /* skip-bigrams and unigrams */
  PRECIS_ROUGE_N_METRICS,
} PrecisRougeMetric;

typedef struct
{
  gdouble p;
  gdouble r;
  gdouble f;
} PrecisRougeScore;

/**
 * PrecisRougeAggregate:
 * @mean: the corpus score, the mean over documents (rouge155: rounded to 5 decimals, and it
 *   depends on neither the documents' ids nor their order; rouge-score: summed in the order the
 *   documents were added, so another order can move its last bits)
 * @low: the lower end of the confidence interval
 * @high: the upper end
 * @mid: the figure the reference scorer reports: rouge-score's mid, the median of the
 *   bootstrap means; rouge155: ROUGE-1.5.5's "Average", the mean of the bootstrap sample
 *   means (documents resampled in the order of their ids); @mean without a bootstrap
 * @has_ci: whether @low and @high were computed (a bootstrap of at least one sample)
 */
typedef struct
{
  PrecisRougeScore mean;
  PrecisRougeScore low;
  PrecisRougeScore high;
  PrecisRougeScore mid;
  gboolean has_ci;
} PrecisRougeAggregate;

typedef struct _PrecisRouge PrecisRouge;

/* The metric's name ("rouge1" ... "rougeLsum", "rougeW", "rougeS*", "rougeSU*"). Borrowed,
 * static. */
const gchar *precis_rouge_metric_name (PrecisRougeMetric metric);
/* Parses a metric name (case-insensitive; "rougeS" for "rougeS*"); FALSE when unknown. */
gboolean precis_rouge_metric_from_name (const gchar *name, PrecisRougeMetric *metric);
/* The metrics computed by default, as a bit mask (1 << metric): rouge-score's six, or
 * ROUGE-1.5.5's eight. */
guint precis_rouge_default_metrics (PrecisRougeCompat compat);
/* Whether @compat computes every metric of @metrics (a bit mask, 1 << metric): rouge-score has no
 * rougeW, rougeS or rougeSU (ROUGE-1.5.5's), rouge155 has them all. FALSE with *@missing (may be
 * NULL) set to the first metric it lacks: what a caller refuses, rather than report a column of
 * zeros (precis_rouge_set_metrics() takes any mask). An unknown @compat is refused: FALSE with a
 * critical warning, *@missing left as it was. */
gboolean precis_rouge_metrics_allowed (PrecisRougeCompat compat, guint metrics, PrecisRougeMetric *missing);

/* A scorer that accumulates documents. The caller frees the result with precis_rouge_free(). */
PrecisRouge *precis_rouge_new (PrecisRougeCompat compat, gboolean stem);
void precis_rouge_free (PrecisRouge *rouge);
void precis_rouge_set_metrics (PrecisRouge *rouge, guint metrics);
guint precis_rouge_get_metrics (const PrecisRouge *rouge);
/* F = P R / ((1 - alpha) P + alpha R), as ROUGE-1.5.5's -p; 0.5 (F1) by default. rouge-score
 * always reports F1. */
void precis_rouge_set_alpha (PrecisRouge *rouge, gdouble alpha);

/* Scores @candidate against @references (texts whose sentences are separated by "\n") and adds
 * the document, named @id (NULL: its number), to the corpus. When @scores is not NULL it
 * receives PRECIS_ROUGE_N_METRICS scores (zero for metrics not computed). */
void precis_rouge_add (PrecisRouge *rouge, const gchar *id, const gchar *candidate,
                       const gchar *const *references, guint n_references, PrecisRougeScore *scores);
/* Scores like precis_rouge_add() without adding the document to the corpus; @scores receives
 * PRECIS_ROUGE_N_METRICS scores. */
void precis_rouge_score (PrecisRouge *rouge, const gchar *candidate, const gchar *const *references,
                         guint n_references, PrecisRougeScore *scores);
guint precis_rouge_get_n_documents (const PrecisRouge *rouge);
/* The scores of document @i (in the order added), and its id. Borrowed. */
const PrecisRougeScore *precis_rouge_get_document_scores (const PrecisRouge *rouge, guint i,
                                                          const gchar **id);

/* Corpus scores with a bootstrap confidence interval (@confidence, e.g. 0.95) from
 * @n_bootstrap resamples; fills @out[PRECIS_ROUGE_N_METRICS]. rouge-score: numpy's generator
 * seeded with @seed; rouge155: ROUGE-1.5.5's srand(i) for sample i with @seed 0 (the script's
 * own), and with any other seed a drand48 state of its own per (seed, i), so that seeds draw
 * independent samples. Only seeds 0 to 2^32 - 1 are meaningful: of a larger seed both flavours
 * draw from the low 32 bits alone (rouge155 also asks whether it is 0). */
void precis_rouge_aggregate (PrecisRouge *rouge, guint n_bootstrap, gdouble confidence, guint64 seed,
                             PrecisRougeAggregate *out);

/* ---- HTML input ------------------------------------------------------------------------ */

/* The plain text of the Markdown document @markdown (@len bytes, -1: NUL-terminated; UTF-8):
 * what a reader sees of it. Headings lose their "#" marks (a first heading followed by a blank
 * line is then the title line the summariser finds), setext underlines, thematic breaks, code
 * blocks, tables (a header row, a delimiter row "|---|---|" and the rows up to a blank line:
 * data, not sentences), link reference definitions, footnote marks ("[^1]") and images are
 * dropped, blockquote and list markers removed (each item, like each heading, a paragraph of
 * its own, so that neither runs into the sentence after it), links and code
 * spans become their text, emphasis markers and backslash escapes go. Front matter (a YAML
 * "---" or TOML "+++" block of settings from the first line) is no text: its "title", when it
 * has one on one line, becomes the title line unless the text opens with a heading. A leading
 * byte-order mark goes. Line and paragraph breaks are kept. Time and memory linear in the
 * length, however brackets nest and whatever it repeats.
 * HTML comments are dropped: one opening a line runs to the line holding "-->" (CommonMark's
 * HTML block), one inside a line to its "-->" on that line or a later line of its paragraph
 * (CommonMark's inline raw HTML); a "<!--" in a code span or an indented code line (four
 * spaces or a tab after a blank line, not in a list item, whose lines so indented are its
 * next paragraph), or one not closed before its paragraph ends, is text. An HTML block (a line opening with a
 * block element's tag, to a blank line) becomes its text as libxml2's HTML parser reads it, each block a
 * paragraph, and inline tags
 * ("<kbd>", "<br>") go, their text kept. Not a full CommonMark parser. The caller frees the result with
 * g_free(). */
gchar *precis_markdown_to_text (const gchar *markdown, gssize len);

/* The text of @markdown as precis_markdown_to_text() reads it, but with its front matter's
 * "title" set in *@title (its Markdown syntax removed) instead of made the title line, an
 * opening heading that repeats it left out, and its "author" in *@author (each
 * NULL when the front matter has none on one line, or there is no front matter): what
 * precis extract -f json gives as the document's title and byline. The caller frees the
 * result and both strings with g_free(). */
gchar *precis_markdown_read (const gchar *markdown, gssize len, gchar **title, gchar **author);

/* When @text (@len bytes of UTF-8, -1: NUL-terminated) is a SubRip (.srt) or WebVTT file, its
 * cue text as running text, what the command and the Python binding summarise (and `precis
 * extract` prints) for a subtitle file read with input "auto": the summary's offsets index that
 * text, as a page's index its article. Else NULL (read the text as it is). A subtitle file opens
 * (after a byte-order mark and blank lines) with "WEBVTT" and a space or the line's end, or with
 * a cue number line and a timing line ("00:00:01,000 --> 00:00:04,000", settings such as
 * "align:start" may follow); a timing line comes in one of its first three blocks (blank-line
 * separated, not counting the WebVTT header, NOTE, STYLE and REGION), and more than half of its
 * blocks have one: "WEBVTT parser fixed" over paragraphs of prose is text. Cue numbers and
 * identifiers, timing lines, NOTE, STYLE and REGION blocks and markup (<i>, <v Name>, {\an8})
 * are dropped, the entities &amp; &lt; &gt; &nbsp; read; a cue's lines and the cues of one
 * sentence are joined by spaces, and a line break follows a cue that ends a sentence. A timing
 * line without a blank line before it starts a new cue (the cue number above it dropped). The
 * result is NUL-terminated, its length in *@out_len (when not NULL); free it with g_free().
 * Time linear in @len. Not read by the summariser itself: precis_summarizer_run() reads text as
 * text. */
gchar *precis_subtitles_to_text (const gchar *text, gssize len, gsize *out_len);

/* A title given as text that may carry markup (a JSON Lines record's "title"), read as a feed
 * reader reads an RSS title: when it looks like HTML (an end tag of an HTML element,
 * "<b>Mayor</b> resigns", or a character reference HTML knows, "Tom&#8217;s", "&amp;"), its
 * markup is removed, its references read and its white space collapsed; else it is returned as
 * it is ("Vec<T>", "a<b and b<c", "AT&T; Q&A" are plain text). NULL for NULL. The caller frees
 * the result with g_free(). */
gchar *precis_title_text (const gchar *title);

/* @data (of @len bytes, -1: NUL-terminated) as UTF-8 when it is text saved as UTF-16 or UTF-32,
 * as the command reads a file or standard input and the Python binding reads bytes: a UTF-32
 * or UTF-16 byte-order mark (dropped), or, without a mark, UTF-16 that is clearly so (over its
 * first 256 bytes, nine code units in ten or more are an ASCII character beside a zero byte,
 * the zero bytes all on one side: Windows' "Unicode" text; no UTF-8 text has NUL bytes; not
 * an XML document's "<?xml" declaration, which the feed and page readers convert). The
 * result (NUL-terminated, its length in *@out_len when @out_len is not NULL) is the caller's to
 * g_free(). NULL with @error unset when @data is none of these (read it as it is), NULL with
 * PRECIS_ERROR_INVALID_UTF8 when it is not valid in the encoding its mark or its zero bytes
 * name. An HTML page in UTF-16 is made UTF-8 here too; its <meta charset> is then ignored by
 * precis_html_read (the page is UTF-8). */
gchar *precis_text_to_utf8 (const gchar *data, gssize len, gsize *out_len, GError **error);

/* Whether the @len bytes at @data (an input's opening is enough) are binary data that the
 * summariser refuses: the signature of a compressed file, an archive, a PDF, an image or a
 * program, or more control bytes in the first 8 KiB than text has; never UTF-16 or UTF-32 text
 * with a byte-order mark or that looks like UTF-16 (precis_text_to_utf8 reads it). With @what,
 * what it looks like ("gzip-compressed data", "control bytes in the first 8192 bytes"), a
 * static string. The command checks a large input's first block with it, so that a stream of
 * random bytes is refused before 64 MiB of it are read. */
gboolean precis_looks_binary (const gchar *data, gsize len, const gchar **what);

/* Whether @data (of @len bytes, -1: NUL-terminated) looks like an HTML page: after white space
 * and a byte-order mark it opens with "<!DOCTYPE html", "<html", "<head" or "<body" (any case),
 * or with an HTML comment followed by one of them; or like a fragment of one (a page's body
 * without its <html>): it opens so with the start tag of a block element ("<p>", "<div", "<article",
 * "<section", "<main", "<header", "<h1>".."<h6>", "<ul>", "<ol>", "<table", "<blockquote",
 * "<figure") and holds that element's end tag ("</p>"). Prose that holds a "<" ("a<b", "<3",
 * "<p> is a tag") is not HTML. */
gboolean precis_looks_like_html (const gchar *data, gssize len);

/* Extracts the article text of an HTML page with libxml2's HTML parser, for summarising. The
 * article is found as the best readers find it: every paragraph (a <p>, <pre>, <td>, or a
 * <div> holding no other block) of 25 characters or more scores its parent and, less, its
 * ancestors (by its commas and length); a block's score starts from its kind and from the
 * evidence of its class and id (all their words: "l-sidebar-fixed l-article-body" is
 * content, "ad_body" is not an ad) and is lowered by its link density. The best block and
 * those of its siblings that score near it or read as prose are the article; inside it,
 * scripts, styles, navigation, footers, asides, forms, hidden elements and ARIA furniture,
 * boxes whose class or id names only furniture (menus, ads, sharing, comments, related
 * stories), teaser and link lists, bylines, a heading that repeats the page's title, and
 * short blocks made mostly of links are left out. When that leaves less than 500
 * characters, the page is read again with fewer rules, down to its whole body (boxes of
 * readers' comments left out in every reading). Each block
 * (paragraph, heading, list item, caption ...) becomes one paragraph, white space collapsed;
 * paragraphs are separated by blank lines. The page's encoding is taken from the page when
 * it is not valid UTF-8 (one that declares none is read in the encoding uchardet guesses for
 * Chinese, Japanese, Korean, Cyrillic, Greek, Hebrew, Thai or Arabic text, else as
 * windows-1252); the result is UTF-8.
 *
 * With @title not NULL, sets it to the page's title (the article's first <h1>, else the
 * first <h1>, else the og:title meta property, else <title>; the JSON-LD headline, else
 * og:title, instead when that <h1> is the site's name, or when the headline is longer and a
 * line of the text, or when it goes on from a <title> that is not an <h1>), or NULL; the caller
 * frees it with g_free(). An empty input gives "". Fails with PRECIS_ERROR_NO_TEXT when a page has no
 * article text at all (the message says why; a listing page of teasers, a section's front,
 * has none, nor has a short "page not found" page or a sign-in form), PRECIS_ERROR_BINARY when it holds NUL
 * bytes and PRECIS_ERROR_TOO_LARGE beyond 2 GiB. The caller frees the result with g_free(). */
gchar *precis_html_extract (const gchar *html, gssize len, gchar **title, GError **error);

/**
 * PrecisPage:
 * @text: the article text, as precis_html_extract() returns it
 * @title: the page's title, as precis_html_extract() finds it, or NULL
 * @site: the site's name (og:site_name, else the application-name meta, else the name its
 *   <title> sets beside the headline, "Headline | Site", else its JSON-LD publisher's name,
 *   else a name after a bar in <title> or after a dash that the page's address spells), or NULL
 * @url: the page's own address (its canonical link, else og:url; http or https only), or NULL
 * @date: its publication date as the page writes it (article:published_time, a date meta such
 *   as dc.date or pubdate, itemprop datePublished, else the first <time datetime> inside an
 *   <article>), or NULL
 * @byline: its author as the page names it (an author meta, rel="author", itemprop author, or
 *   an element whose class names a byline), or NULL
 * @language: the page's declared language (<html lang>, else a content-language meta, e.g.
 *   "fr-CA"), or NULL: a hint for precis_summarizer_set_language_hint(), not a verdict
 *
 * An HTML page read for summarising. Every string is UTF-8, white space collapsed, and owned by
 * the page.
 */
typedef struct
{
  gchar *text;
  gchar *title;
  gchar *site;
  gchar *url;
  gchar *date;
  gchar *byline;
  gchar *language;
} PrecisPage;

void precis_page_free (PrecisPage *page);

/* Reads an HTML page as precis_html_extract() does, with its metadata. The caller frees the
 * result with precis_page_free(). Fails as precis_html_extract() does. */
PrecisPage *precis_html_read (const gchar *html, gssize len, GError **error);

/* As precis_html_read(), but takes the page: @html, @len bytes allocated with g_malloc(), is
 * the function's to free (on failure too), and it frees it as soon as libxml2 has parsed it,
 * so that a large page's bytes are not held beside its tree and its text while its article
 * is looked for. */
PrecisPage *precis_html_read_take (gchar *html, gsize len, GError **error);

/* ---- Feeds ----------------------------------------------------------------------------- */

/**
 * PrecisFeedItem:
 * @title: the item's title (base64 decoded where Atom says so), white space collapsed and
 *   markup removed; else its <media:title>, as feedparser takes it; or NULL
 * @link: its link, read as feedparser 6.0.10 reads it (the reference precis is measured
 *   against): the last of its RSS <link> elements, Atom <link> elements with an HTML type and
 *   rel="alternate" or no rel, and <link> elements that give the address as text instead of
 *   an href whatever their rel (so an Atom enclosure written that way is taken, as
 *   feedparser takes it); else a CDF href (against the channel's BASE); resolved against
 *   xml:base; else its guid or id unless marked isPermaLink="false" or not an absolute URL
 *   (RSS 2.0: a permalink is a URL; "post-3" or a "tag:" id is only an id), or NULL
 * @id: its identifier (RSS <guid>, Atom <id>, RSS 1.0 rdf:about), or NULL
 * @date: its date as the feed writes it (RSS <pubDate>, <dc:date>, Atom <published> or 0.3
 *   <issued>, <dcterms:issued>, else <updated> or <modified>; the last when the item
 *   repeats them, as feedparser keeps the last; CDF LASTMOD), or NULL (also when it cannot be
 *   read: "not a date" is no date)
 * @time: that date as Unix seconds (UTC, its zone offset applied), or G_MININT64 when there
 *   is none or it cannot be read
 * @text: the item's text: its full content (<content:encoded>, Atom <content>,
 *   <xhtml:body>, <body>, <fullitem>) when present and not a stub (under 80 bytes and less
 *   than half its description: "Full notes."), else its <description>, <summary> or CDF
 *   <abstract>, else <itunes:summary>, else <media:description>; HTML (escaped, inline XHTML
 *   or base64) read as a whole fragment, boxes named as sharing or related links and the
 *   captions of figures left out (unless that leaves nothing), paragraphs separated by blank
 *   lines; "" when it has none
 * @language: the language the feed declares for the item (an xml:lang attribute on the item
 *   or around it, else the channel's <language> or <dc:language>), or NULL: a hint for
 *   precis_summarizer_set_language_hint(), not a verdict
 * @byline: its authors as the feed names them, in document order, each once, joined with ", ":
 *   an Atom <author>'s <name> (else its <email>; an entry that names none has its feed's, as
 *   RFC 4287 says), an RSS <author> with its e-mail address taken out as feedparser does
 *   ("sam@w.example (Sam Lee)": "Sam Lee"; an address alone is kept), a <dc:creator> or
 *   <itunes:author> read the same way (an item that names none has its channel's, else the
 *   channel's <managingEditor> when it gives a name beside its address: an address alone is
 *   no item's byline); a JSON Feed item's "authors" (1.1) or "author" (1)
 *   names, else the feed's; or NULL
 *
 * One item of a feed. Every string is UTF-8 and owned by the item. (@byline came last, so
 * that the members before it kept their places; items are made and freed by the library.)
 */
typedef struct
{
  gchar *title;
  gchar *link;
  gchar *id;
  gchar *date;
  gint64 time;
  gchar *text;
  gchar *language;
  gchar *byline;
} PrecisFeedItem;

void precis_feed_item_free (PrecisFeedItem *item);

/* Renders the summary of the feed item @item (NULL: as precis_summary_render()) as
 * precis_summary_render() does, and, as a digest shows its sources, in Markdown and HTML with
 * the heading linked to the item's link (when it is an http(s) address) and its date
 * (YYYY-MM-DD, its day in UTC as the digest shows it: "Mon, 30 Nov 2026 22:00:00 -0500" is
 * 2026-12-01; when it could be read) on a line below. Text keeps its contract (the headline,
 * a blank line, the sentences) and JSON is unchanged (a caller adds the item's fields, as
 * `precis -f json` adds "feed_item"). The caller frees the result with g_free(). */
gchar *precis_summary_render_item (const PrecisSummary *summary, PrecisFormat format, PrecisRenderFlags flags,
                                   const PrecisFeedItem *item);

/* Whether @data looks like an RSS, Atom or CDF feed: after white space, a byte-order mark,
 * an XML declaration, comments, processing instructions and a <!DOCTYPE>, its first element
 * is <rss>, <feed>, <RDF> or <channel>, with or without a namespace prefix (<atom:feed>).
 * UTF-16 and UTF-32 are recognised. A JSON Feed (https://www.jsonfeed.org, 1 or 1.1) is one too:
 * a JSON object, after white space and a byte-order mark, naming the version
 * "https://jsonfeed.org/version/...". */
gboolean precis_looks_like_feed (const gchar *data, gssize len);

/* Reads an RSS (0.90 to 2.0, 1.0 and 1.1), Atom (0.3 and 1.0) or CDF feed with libxml2's XML
 * parser (no network, no external entities), in document order. UTF-16 and UTF-32 are
 * read, and Latin-1 as windows-1252; a feed in another encoding that declares none is read in
 * the encoding uchardet guesses when that is one of a script it tells apart well (Chinese,
 * Japanese, Korean, Cyrillic, Greek, Hebrew, Thai, Arabic), else as windows-1252. A feed
 * that is not well-formed is read again with the HTML entities of RSS 0.91's DTD made numeric
 * and every bare "&" outside CDATA escaped, then with libxml2's recovery (a bare "&" loses
 * neither items nor the rest of a link); one cut short is refused. With @feed_title not NULL,
 * sets it to the channel's or feed's title or NULL (free with g_free()). Returns an array of
 * PrecisFeedItem that frees its items; the caller frees it with g_ptr_array_unref(). A
 * feed with no items gives an empty array. Fails with PRECIS_ERROR_MALFORMED when @xml is
 * not XML (the message gives libxml2's line and reason) or not a feed,
 * PRECIS_ERROR_BINARY when it holds NUL bytes. A JSON Feed (1 or 1.1) is read with json-glib:
 * each item's "title", "url" (else "external_url"), "id" (a string or number), "date_published"
 * (else "date_modified"), "language" (else the feed's) and text ("content_text", else
 * "content_html" read as an HTML fragment, else "summary"), @feed_title its "title"; one that
 * does not parse, or has no "items" array, fails with PRECIS_ERROR_MALFORMED. */
GPtrArray *precis_feed_parse (const gchar *xml, gssize len, gchar **feed_title, GError **error);

/* ---- Extracted text as JSON -------------------------------------------------------------- */

/* The JSON object `precis extract -f json` prints for a page read by precis_html_read() (or
 * a text file: a page with only @text set), on one line without a newline: "input" (@input,
 * the file it came from, or null), "title", "byline", "date", "language", "site_name" (the
 * page's @site), "url" and "text", each a string or null. The caller frees the result with
 * g_free(). */
gchar *precis_page_to_json (const PrecisPage *page, const gchar *input);

/* The same object for one item of a feed read by precis_feed_parse(), with the members of a
 * page (its "site_name" the feed's title, @feed_title or NULL; its "language" the language the
 * feed declares for the item, as a page's is its lang attribute; its "byline" the item's
 * authors, @byline; its "url" null)
 * and the item's "link" and "id" before "text". The caller frees the result with g_free(). */
gchar *precis_feed_item_to_json (const PrecisFeedItem *item, const gchar *input, const gchar *feed_title);

/* ---- Digests --------------------------------------------------------------------------- */

/**
 * PrecisArticle:
 * @id: an identifier (file name, feed guid, JSON "id"), or NULL
 * @title: the article's own title, or NULL (the digest then uses the title line the summariser
 *   finds at the top of @text, else the generated headline)
 * @url: its address, or NULL; only http(s) addresses become links
 * @source: the publication or feed it comes from, or NULL
 * @date: its date as the source writes it (RFC 3339 / ISO 8601, RFC 822, "3 Aug 2017" ...),
 *   or NULL
 * @text: the article text (plain text, as precis_summarizer_run() takes it)
 * @len: the byte length of @text, or -1 when it is NUL-terminated
 *
 * One article given to a digest. precis_digest_add() copies what it keeps; the copies that
 * precis_digest_get_article() returns have @text NULL.
 */
typedef struct
{
  const gchar *id;
  const gchar *title;
  const gchar *url;
  const gchar *source;
  const gchar *date;
  const gchar *text;
  gssize len;
} PrecisArticle;

/**
 * PrecisDigestOrder:
 * @PRECIS_DIGEST_ORDER_DATE: newest story first (a story's date is its newest article's;
 *   undated stories last, in the order added)
 * @PRECIS_DIGEST_ORDER_SIZE: stories told by the most articles first, then by date
 */
typedef enum
{
  PRECIS_DIGEST_ORDER_DATE,
  PRECIS_DIGEST_ORDER_SIZE,
} PrecisDigestOrder;

/**
 * PrecisDigestSections:
 * @PRECIS_DIGEST_SECTIONS_NONE: one list of stories
 * @PRECIS_DIGEST_SECTIONS_SOURCE: a section per source (a story goes under the source of its
 *   lead article, or of the first of its articles that has one), sections sorted by name,
 *   stories without a source last
 */
typedef enum
{
  PRECIS_DIGEST_SECTIONS_NONE,
  PRECIS_DIGEST_SECTIONS_SOURCE,
} PrecisDigestSections;

/* The default grouping threshold: the mean similarity (cosine of the articles' tf-idf vectors
 * of stemmed terms, title, lead, names and numbers weighted most) between the articles of two
 * stories at or above which they become one story (chosen on half of the ECB+ dev topics;
 * bench/RESULTS.md, docs/digest.md). */
#define PRECIS_DIGEST_DEFAULT_THRESHOLD 0.27

/**
 * PrecisDigestItem:
 * @headline: the lead article's title (the lead: the article nearest the story's centroid; of
 *   equally near ones the newest, then by title, id and address, never by the order added),
 *   or its generated headline when it has none (as in each source's "title" in JSON)
 * @section: the item's section (see PRECIS_DIGEST_SECTIONS_SOURCE) with sections, else NULL;
 *   NULL too for a story none of whose articles has a source
 * @summary: the story's summary sentences, NULL-terminated: one article's summary, or for a
 *   group a summary drawn from all its articles without repeated content, ordered by each
 *   sentence's position in its own article (leads first), then lead article first
 * @articles: the indices (in the order added) of the story's articles, lead article first
 * @n_articles: how many
 *
 * One story of a digest: an article, or a group of articles about the same event.
 */
typedef struct
{
  const gchar *headline;
  const gchar *section;
  const gchar *const *summary;
  const guint *articles;
  guint n_articles;
} PrecisDigestItem;

typedef struct _PrecisDigest PrecisDigest;

/* A digest that summarises with @summarizer (its language, stopwords, ranker and length), which
 * it borrows: it must outlive the digest and not be used elsewhere meanwhile. Ordered by date,
 * no sections, no item limit, the default threshold, titled "Digest". The caller frees the
 * result with precis_digest_free(). */
PrecisDigest *precis_digest_new (PrecisSummarizer *summarizer);
void precis_digest_free (PrecisDigest *digest);

/* The digest's title (white space collapsed, invalid UTF-8 repaired); NULL: "Digest", the
 * default. A blank title (precis_digest_title_valid() is FALSE) is refused (g_return_if_fail:
 * a critical warning, the title unchanged), as `precis digest --title ""` refuses it. */
void precis_digest_set_title (PrecisDigest *digest, const gchar *title);
/* Whether @title is one precis_digest_set_title() takes: it shows something, a character that
 * is not white space (Unicode's: a no-break space included), a control character or an
 * invisible format character (U+200B), once invalid UTF-8 is repaired. FALSE for NULL, "",
 * " \v" or U+00A0 alone: the one rule by which precis_digest_set_title(), `precis digest
 * --title` and Python's Digest(title=) refuse a blank title. */
gboolean precis_digest_title_valid (const gchar *title);
/* Stories are formed by average linkage: starting from one story per article (near copies
 * together), the two stories whose articles' mean pairwise similarity is highest are merged
 * while it reaches @threshold (0 < threshold <= 1). A lower threshold groups more. */
void precis_digest_set_threshold (PrecisDigest *digest, gdouble threshold);
void precis_digest_set_order (PrecisDigest *digest, PrecisDigestOrder order);
void precis_digest_set_sections (PrecisDigest *digest, PrecisDigestSections sections);
/* Keep only the first @max_items stories in the chosen order (0: all). */
void precis_digest_set_max_items (PrecisDigest *digest, guint max_items);
/* Keep only articles in @languages (names or ISO 639-1 codes in any case, of any language
 * detection can report, supported or not: "polish", "pl"; or "und"; NULL-terminated; NULL or
 * empty: every language), as the summariser finds them (see precis_summary_get_language()):
 * precis_digest_add() then summarises an article in another language and leaves it out. Set
 * it before adding articles: FALSE with PRECIS_ERROR_INVALID_ARGUMENT once any was added (the
 * filter would not apply to them). FALSE with PRECIS_ERROR_UNKNOWN_LANGUAGE for a name that is
 * no language detection knows; the digest is then unchanged. */
gboolean precis_digest_set_languages (PrecisDigest *digest, const gchar *const *languages, GError **error);
/* How many articles precis_digest_add() left out for their language (each once: a copy of one is
 * counted among the copies). */
guint precis_digest_get_n_left_out (const PrecisDigest *digest);
/* How many articles precis_digest_add() left out as copies of one added before: the same
 * address and title, the same id and title (a site's home page, which some feeds give every
 * item, is neither), the same text (white space aside), or the same address and outlet with
 * the same lede and nearly the same sentences, furniture aside, or an outlet's update of an item
 * (the same id, address and source, dated later) (docs/digest.md). Of copies, the one with the most
 * article text (of an item and its updates, the newest) is kept, whatever the order; the others'
 * ids (else addresses) are kept with it, which JSON lists as the source's "duplicates". All copies
 * are counted here, those of articles left out for their language too; the rendered count line
 * and JSON's "n_duplicates" count those of the articles shown. */
guint precis_digest_get_n_duplicates (const PrecisDigest *digest);

/* Summarises @article and adds it (unless precis_digest_set_languages() leaves it out: TRUE).
 * Articles in different languages are never grouped into one story. FALSE with the summariser's error
 * (invalid UTF-8, binary, too large) when its text cannot be summarised, PRECIS_ERROR_INVALID_ARGUMENT
 * when it has neither text nor a title, or PRECIS_ERROR_NO_TEXT when its text has no sentence (white
 * space only, as `precis batch` refuses such a record) and it has no title, given or found at the top of
 * the text (a title with no text is a title-only story); the digest is then unchanged. */
gboolean precis_digest_add (PrecisDigest *digest, const PrecisArticle *article, GError **error);

guint precis_digest_get_n_articles (const PrecisDigest *digest);
/* The @i-th article added (its @text is NULL). Borrowed. */
const PrecisArticle *precis_digest_get_article (const PrecisDigest *digest, guint i);

/* The stories, grouped, summarised and ordered as set (computed on first use after a change).
 * Every article is in exactly one story unless max_items cut some off. */
guint precis_digest_get_n_items (PrecisDigest *digest);
/* The @i-th story. Borrowed: valid until the digest changes. */
const PrecisDigestItem *precis_digest_get_item (PrecisDigest *digest, guint i);

/* Renders the digest. Markdown: the title, then per story a heading, the summary as a
 * paragraph and its sources as a list, each line saying where the copy came from (an article's
 * own title when it is not the story's headline, else its source, else its id; then its
 * source and date). Text: the same laid out as plain text. HTML: one
 * self-contained page (see PrecisFormat). JSON: {"title", "n_articles", "items": [{"headline",
 * "section" (with sections), "summary": [...], "sources": [{"title" (the article's title, null
 * without one), "url", "source", "date", "id"}]}]} on one line. The caller frees the result with g_free(). */
gchar *precis_digest_render (PrecisDigest *digest, PrecisFormat format);

/* ---- One call -------------------------------------------------------------------------- */

/* Summarises @text in @language (NULL or "auto": detected) to @n_sentences sentences and returns it
 * rendered as text (@text NULL only with @len 0, as for precis_summarizer_run()). The caller frees
 * the result with g_free(). */
gchar *precis_summarize (const gchar *text, gssize len, const gchar *language, guint n_sentences,
                         GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisSummarizer, precis_summarizer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisWordCache, precis_word_cache_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisSummary, precis_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisRouge, precis_rouge_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisDigest, precis_digest_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisPage, precis_page_free)

G_END_DECLS

#endif /* PRECIS_H */
