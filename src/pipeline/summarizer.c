/* summarizer.c - the public PrecisSummarizer and PrecisSummary, and the one place where
 * the pipeline stages are called in order:
 *
 *   normalize -> clean -> title -> segment -> furniture -> debris -> tokenize -> vectors -> graph
 *   -> rank (-> keywords, from the centralities) -> select -> headline -> PrecisSummary
 *
 * Each stage's output is read by the next and freed when the summary is built; the summary
 * keeps only what a caller may ask for. The digest's story summaries come through here too
 * (precis_summarizer_choose_across: tokenize -> vectors -> graph -> rank -> select over
 * sentences it already has). Complexity: that of the stages, O(n) in the input for ordinary
 * text (see graph.c for the bound on very large inputs).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "base/detect.h"
#include "base/text.h"
#include "pipeline/blocks.h"
#include "pipeline/clean.h"
#include "pipeline/furniture.h"
#include "pipeline/debris.h"
#include "pipeline/acronyms.h"
#include "pipeline/editor.h"
#include "pipeline/headline.h"
#include "pipeline/keywords.h"
#include "pipeline/figures.h"
#include "pipeline/select.h"
#include "pipeline/summary.h"
#include "pipeline/title.h"

/* From this many tokens (about 0.6 MB of text; a news article has a few hundred) the tokens
 * are freed before the graph is built, every term's surface form taken first, and the
 * tokenizer's caches are emptied once the run has asked them what it needs. */
#define FREE_TOKENS_EARLY (1u << 16)

/* A stopword list loaded by the caller, kept to be loaded into each language's tokenizer as it
 * is created (in auto mode). */
typedef struct
{
  GBytes *list;
  gboolean replace;
} StopwordList;

/* With a language given, one segmenter and tokenizer for it (in slot 0 of the caches). In auto
 * mode (language NULL) each document's language is detected and the segmenter and tokenizer
 * of that language are created on first use and kept, by precis_language_index(). */
struct _PrecisSummarizer
{
  const PrecisLanguageInfo *language; /* NULL: auto; the generic rules for a language given that
                                       * precis cannot stem */
  const gchar *name;                  /* the given language's name, as detection reports it */
  PrecisSegmenter *segmenters[PRECIS_N_LANGUAGES + 1];
  PrecisTokenizer *tokenizers[PRECIS_N_LANGUAGES + 1];
  /* A language precis does not stem, by detection's name: its segmenter when it has sentence
   * data ("polish"), NULL when not; made on first use in auto mode. */
  GHashTable *named_segmenters;
  GArray *stopword_lists; /* of StopwordList */
  gchar *hint;
  /* The document being summarised: its language, the detector's name for it and confidence. */
  const PrecisLanguageInfo *current;
  const gchar *current_name;
  gdouble current_confidence;
  PrecisSegmenter *segmenter;
  PrecisTokenizer *tokenizer;
  PrecisBudget budget;
  PrecisRanker ranker;
  PrecisRankParams params;
  gboolean lossy;
  PrecisClean clean;
  gsize max_input;
  PrecisHeadlineMode headline_mode;
  PrecisWordCache *words; /* a reference, or NULL */
};

static void
stopword_list_clear (gpointer data)
{
  g_bytes_unref (((StopwordList *)data)->list);
}

PrecisSummarizer *
precis_summarizer_new (const gchar *language, GError **error)
{
  if (language == NULL || g_ascii_strcasecmp (language, PRECIS_LANGUAGE_AUTO) == 0)
    {
      PrecisSummarizer *s = g_new0 (PrecisSummarizer, 1);
      s->stopword_lists = g_array_new (FALSE, FALSE, sizeof (StopwordList));
      g_array_set_clear_func (s->stopword_lists, stopword_list_clear);
      s->budget = (PrecisBudget){ PRECIS_BUDGET_SENTENCES, 3, 0 };
      precis_summarizer_set_ranker (s, PRECIS_RANKER_DEFAULT);
      s->max_input = PRECIS_DEFAULT_MAX_INPUT;
      return s;
    }
  if (language[0] == '\0')
    {
      /* as digest's --languages refuses an empty name: not "auto" by accident */
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_LANGUAGE,
                   "an empty language name (give a name or code, or auto, or leave the language out to "
                   "detect it)");
      return NULL;
    }
  const PrecisLanguageInfo *info = precis_language_lookup (language);
  /* A language that detection reports but precis has no stemmer or rules for ("chinese",
   * "pl"), or "und": read with the generic rules, as auto mode reads a document in it, and
   * reported by its name (so that a record's detected language can be given back). */
  const gchar *name = info != NULL ? info->name
                      : g_ascii_strcasecmp (language, PRECIS_LANGUAGE_UNDETERMINED) == 0
                          ? PRECIS_LANGUAGE_UNDETERMINED
                          : precis_detect_language_name (language);
  if (info == NULL && name != NULL)
    info = precis_language_lookup (name);
  if (info == NULL && name != NULL)
    info = precis_language_undetermined ();
  if (info == NULL)
    {
      g_autofree gchar *names = g_strjoinv (", ", (gchar **)precis_languages ());
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_LANGUAGE,
                   "unknown language \"%s\" (supported: auto, %s; or their ISO 639-1 codes; other "
                   "languages that detection reports, such as chinese or pl, are read with generic rules)",
                   language, names);
      return NULL;
    }
  PrecisTokenizer *tokenizer = precis_tokenizer_new (info);
  if (tokenizer == NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_LANGUAGE, "libstemmer has no stemmer for \"%s\"",
                   info->name);
      return NULL;
    }
  PrecisSummarizer *s = g_new0 (PrecisSummarizer, 1);
  s->language = s->current = info;
  s->name = s->current_name = name;
  s->current_confidence = 1.0;
  s->tokenizer = s->tokenizers[0] = tokenizer;
  /* a language read unstemmed is split at its own abbreviations when it has data, as detection
   * reads it */
  PrecisSegmenter *segmenter
      = info == precis_language_undetermined () ? precis_segmenter_new_for_name (name) : NULL;
  s->segmenter = s->segmenters[0] = segmenter != NULL ? segmenter : precis_segmenter_new (info);
  s->budget = (PrecisBudget){ PRECIS_BUDGET_SENTENCES, 3, 0 };
  precis_summarizer_set_ranker (s, PRECIS_RANKER_DEFAULT);
  s->max_input = PRECIS_DEFAULT_MAX_INPUT;
  return s;
}

void
precis_summarizer_free (PrecisSummarizer *s)
{
  if (s == NULL)
    return;
  for (guint i = 0; i <= PRECIS_N_LANGUAGES; i++)
    {
      precis_segmenter_free (s->segmenters[i]);
      precis_tokenizer_free (s->tokenizers[i]);
    }
  if (s->stopword_lists != NULL)
    g_array_unref (s->stopword_lists);
  if (s->named_segmenters != NULL)
    g_hash_table_unref (s->named_segmenters);
  precis_word_cache_free (s->words);
  g_free (s->hint);
  g_free (s);
}

const gchar *
precis_summarizer_get_language (const PrecisSummarizer *s)
{
  return s->language ? s->name : PRECIS_LANGUAGE_AUTO;
}

void
precis_summarizer_set_language_hint (PrecisSummarizer *s, const gchar *hint)
{
  g_return_if_fail (s != NULL);
  g_free (s->hint);
  s->hint = hint != NULL && *hint != '\0' ? g_strdup (hint) : NULL;
}

/* Makes @language the current one: its segmenter and tokenizer, created on first use (with the
 * caller's stopword lists loaded) in auto mode. */
static void
use_language (PrecisSummarizer *s, const PrecisLanguageInfo *language)
{
  s->current = language;
  if (s->language != NULL)
    return;
  guint i = precis_language_index (language);
  if (s->tokenizers[i] == NULL)
    {
      s->tokenizers[i] = precis_tokenizer_new (language);
      if (s->tokenizers[i] == NULL) /* libstemmer lacks a listed language: read it unstemmed */
        {
          i = PRECIS_N_LANGUAGES;
          s->current = language = precis_language_undetermined ();
          if (s->tokenizers[i] == NULL)
            s->tokenizers[i] = precis_tokenizer_new (language);
        }
      for (guint k = 0; k < s->stopword_lists->len; k++)
        {
          const StopwordList *l = &g_array_index (s->stopword_lists, StopwordList, k);
          gsize n = 0;
          const gchar *bytes = g_bytes_get_data (l->list, &n);
          precis_tokenizer_load_stopwords (s->tokenizers[i], bytes, n, l->replace);
        }
      precis_tokenizer_share (s->tokenizers[i], s->words);
    }
  if (s->segmenters[i] == NULL)
    s->segmenters[i] = precis_segmenter_new (language);
  s->segmenter = s->segmenters[i];
  s->tokenizer = s->tokenizers[i];
}

void
precis_summarizer_set_word_cache (PrecisSummarizer *s, PrecisWordCache *words)
{
  g_return_if_fail (s != NULL);
  words = precis_word_cache_ref (words);
  precis_word_cache_free (s->words);
  s->words = words;
  for (guint i = 0; i <= PRECIS_N_LANGUAGES; i++)
    if (s->tokenizers[i] != NULL)
      precis_tokenizer_share (s->tokenizers[i], words);
}

/* In auto mode, detects the language of @text's body and makes it the current one. */
static void
detect_language (PrecisSummarizer *s, const PrecisText *text)
{
  if (s->language != NULL)
    return;
  PrecisDetection d;
  precis_detect (text->text + text->body_start, text->len - text->body_start, s->hint, &d);
  if (text->has_title && d.language == NULL && d.confidence == 0)
    precis_detect (text->text + text->title_start, text->title_len, s->hint, &d);
  use_language (s, d.language ? d.language : precis_language_undetermined ());
  if (s->current == precis_language_undetermined () && d.name != NULL)
    {
      /* a language read unstemmed is still split at its own abbreviations when it has data */
      if (s->named_segmenters == NULL)
        s->named_segmenters
            = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)precis_segmenter_free);
      PrecisSegmenter *named = NULL;
      if (!g_hash_table_lookup_extended (s->named_segmenters, d.name, NULL, (gpointer *)&named))
        {
          named = precis_segmenter_new_for_name (d.name);
          g_hash_table_insert (s->named_segmenters, g_strdup (d.name), named);
        }
      if (named != NULL)
        s->segmenter = named;
    }
  s->current_name = d.name;
  s->current_confidence = d.confidence;
}

gboolean
precis_summarizer_load_stopwords (PrecisSummarizer *s, const gchar *list, gssize len, gboolean replace,
                                  GError **error)
{
  g_return_val_if_fail (list != NULL || len == 0, FALSE);
  gsize n = len < 0 ? strlen (list) : (gsize)len;
  if (precis_bom_len (list, n) > 0)
    {
      /* a UTF-8 byte order mark (a Windows editor's) is not part of the first word */
      list += 3;
      n -= 3;
    }
  const gchar *end = NULL;
  if (n > 0 && !g_utf8_validate_len (list, n, &end))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_UTF8,
                   "stopword list: invalid UTF-8 at byte offset %zu", (gsize)(end - list));
      return FALSE;
    }
  if (s->language != NULL)
    {
      precis_tokenizer_load_stopwords (s->tokenizer, list, n, replace);
      return TRUE;
    }
  StopwordList l = { g_bytes_new (list, n), replace };
  g_array_append_val (s->stopword_lists, l);
  for (guint i = 0; i <= PRECIS_N_LANGUAGES; i++)
    if (s->tokenizers[i] != NULL)
      precis_tokenizer_load_stopwords (s->tokenizers[i], list, n, replace);
  return TRUE;
}

void
precis_summarizer_set_sentences (PrecisSummarizer *s, guint n_sentences)
{
  s->budget = (PrecisBudget){ PRECIS_BUDGET_SENTENCES, MAX (n_sentences, 1), 0 };
}

void
precis_summarizer_set_ratio (PrecisSummarizer *s, gdouble ratio)
{
  g_return_if_fail (s != NULL && !isnan (ratio)); /* NaN: no fraction at all, refused */
  if (!(ratio > 0))
    ratio = 1e-9;
  s->budget = (PrecisBudget){ PRECIS_BUDGET_RATIO, 0, MIN (ratio, 1.0) };
}

void
precis_summarizer_set_words (PrecisSummarizer *s, guint n_words)
{
  s->budget = (PrecisBudget){ PRECIS_BUDGET_WORDS, MAX (n_words, 1), 0 };
}

void
precis_summarizer_set_ranker (PrecisSummarizer *s, PrecisRanker ranker)
{
  g_return_if_fail (s != NULL && (guint)ranker <= PRECIS_RANKER_EDITOR);
  s->ranker = ranker;
  precis_rank_params_for (ranker, &s->params);
}

void
precis_summarizer_set_rank_params (PrecisSummarizer *s, const PrecisRankParams *params)
{
  s->params = *params;
}

void
precis_summarizer_set_clean (PrecisSummarizer *s, PrecisClean clean)
{
  g_return_if_fail (s != NULL);
  s->clean = clean;
}

PrecisHeadlineMode
precis_summarizer_get_headline_mode (const PrecisSummarizer *s)
{
  return s->headline_mode;
}

void
precis_summarizer_set_headline (PrecisSummarizer *s, PrecisHeadlineMode mode)
{
  g_return_if_fail (s != NULL && (guint)mode <= PRECIS_HEADLINE_GENERATED);
  s->headline_mode = mode;
}

void
precis_summarizer_set_lossy (PrecisSummarizer *s, gboolean lossy)
{
  s->lossy = lossy;
}

void
precis_summarizer_set_max_input (PrecisSummarizer *s, gsize max_bytes)
{
  s->max_input = max_bytes;
}

/* Whether the sentences' texts, each with its NUL, can be written one after another into the
 * buffer they are read from: each starts at or after the end of the texts before it, counted
 * at their full length (collapsing white space only shortens them). Adjacent sentences with
 * nothing between them leave no room for the NULs. */
static gboolean
fits_in_place (const PrecisSpan *spans, guint n)
{
  gsize written = 0;
  for (guint i = 0; i < n; i++)
    {
      if (written > spans[i].start)
        return FALSE;
      written += spans[i].end - spans[i].start + 1;
    }
  return TRUE; /* the last NUL lands at or before the text's own */
}

/* A summary holding the document's sentences (scored by @scores, or 0 when NULL); its chosen
 * sentences, headline and keywords NULL, for the caller to set (leave_empty() when none: not
 * allocated here only to be replaced). The sentences' texts are collapsed into the buffer of
 * @text when the library may write into it (a copy, or a text taken over; the summary then
 * keeps the buffer), else into a block of their own. @text is not read after this. */
static PrecisSummary *
new_summary (PrecisSummarizer *s, PrecisText *text, const GArray *spans_array, const gdouble *scores)
{
  const PrecisSpan *spans = (const PrecisSpan *)(gpointer)spans_array->data;
  PrecisSummary *sum = g_new0 (PrecisSummary, 1);
  sum->language = g_strdup (s->current_name);
  sum->language_confidence = s->current_confidence;
  sum->stemmed = s->current->has_stemmer;
  if (text->has_title)
    sum->title = precis_collapse_space (text->text, text->title_start, text->title_start + text->title_len);
  sum->n_all = spans_array->len;
  sum->all = g_new0 (PrecisSentence, MAX (sum->n_all, 1));
  if (text->owned != NULL && fits_in_place (spans, sum->n_all))
    sum->texts = precis_text_steal_owned (text, &sum->free_texts);
  else
    {
      /* A block of their own (a large document has hundreds of thousands): room for each
       * span and its NUL; what collapsing white space saves is left unused at the end. */
      gsize room = 1;
      for (guint i = 0; i < sum->n_all; i++)
        room += spans[i].end - spans[i].start + 1;
      sum->texts = g_malloc (room);
      sum->free_texts = g_free;
    }
  gsize used = 0;
  for (guint i = 0; i < sum->n_all; i++)
    {
      PrecisSentence *p = &sum->all[i];
      p->index = i;
      p->offset = spans[i].start;
      p->length = spans[i].end - spans[i].start;
      p->score = scores ? scores[i] : 0;
      p->text = sum->texts + used;
      used += precis_collapse_space_into (text->text, spans[i].start, spans[i].end, sum->texts + used) + 1;
      p->furniture = (spans[i].flags & PRECIS_SPAN_FURNITURE) != 0;
    }
  sum->lede = PRECIS_NONE;
  return sum;
}

/* A summary with none chosen, an empty headline and no keywords. */
static void
leave_empty (PrecisSummary *sum)
{
  sum->chosen = g_new0 (guint, 1);
  sum->headline = g_strdup ("");
  sum->keywords = g_new0 (gchar *, 1);
}

/* The summary of a ranked document, taking @keywords; @title (valid UTF-8), when not NULL,
 * is the one the caller gave; @repeat (NULL: none) marks the repeats left out (the rankers' choice). */
static PrecisSummary *
build_summary (PrecisSummarizer *s, PrecisText *text, const GArray *spans_array, const gdouble *scores,
               const GArray *chosen, const gboolean *repeat, const gchar *title, gchar **keywords)
{
  PrecisSummary *sum = new_summary (s, text, spans_array, scores);
  for (guint i = 0; repeat != NULL && i < sum->n_all; i++)
    sum->all[i].repeat = repeat[i];

  sum->n_chosen = chosen->len;
  sum->chosen = g_new0 (guint, MAX (chosen->len, 1));
  guint top = G_MAXUINT;
  for (guint k = 0; k < chosen->len; k++)
    {
      guint i = g_array_index (chosen, guint, k);
      sum->chosen[k] = i;
      sum->all[i].chosen = TRUE;
      if (top == G_MAXUINT || scores[i] > scores[top])
        top = i;
    }
  /* The headline is the title when the mode says so; else it comes from the article's first
   * sentences that are not furniture: news leads state the story (a title paraphrases its lead
   * far more often than a later sentence; measured in bench/RESULTS.md). */
  if (title != NULL)
    {
      g_free (sum->title);
      sum->title = precis_collapse_space (title, 0, strlen (title));
      if (sum->title[0] == '\0')
        g_clear_pointer (&sum->title, g_free);
    }
  if (sum->title != NULL)
    precis_title_drop_wire_slugs (sum->title);
  if (sum->title != NULL
      && (s->headline_mode == PRECIS_HEADLINE_TITLE
          || (s->headline_mode == PRECIS_HEADLINE_AUTO && precis_headline_title_usable (sum->title))))
    {
      sum->headline = g_strdup (sum->title);
      sum->headline_source = PRECIS_HEADLINE_SOURCE_TITLE;
    }
  else
    {
      /* a language read unstemmed (Ukrainian, Persian) still has its headline data, by the name
       * detection gave */
      PrecisLanguageInfo named = *s->current;
      if (s->current == precis_language_undetermined () && s->current_name != NULL)
        named.name = s->current_name;
      sum->headline = precis_headline_choose (sum->all, sum->n_all, &named, s->tokenizer, s->segmenter);
      if (sum->headline[0] == '\0' && top != G_MAXUINT)
        {
          g_free (sum->headline);
          sum->headline = precis_headline_from_sentence (sum->all[top].text, &named, s->tokenizer);
        }
    }
  sum->keywords = keywords;
  return sum;
}

/* Whether the word at @start is the first of the sentence that starts at @sentence (opening
 * quotes and brackets skipped): its capital says nothing of a name. */
static gboolean
opens_sentence (const gchar *text, gsize sentence, gsize start)
{
  for (gsize i = sentence; i < start; i++)
    if (g_ascii_isalnum (text[i]) || (guchar)text[i] >= 0x80)
      {
        /* a non-ASCII opening quote is punctuation, a non-ASCII letter a word */
        gunichar c = g_utf8_get_char (text + i);
        if (g_unichar_isalnum (c))
          return FALSE;
        i = g_utf8_next_char (text + i) - text - 1;
      }
  return TRUE;
}

/* Whether the @len bytes at @w have a small letter. */
static gboolean
has_small (const gchar *w, gsize len)
{
  for (const gchar *p = w; p < w + len; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Whether the @len bytes at @w are a word in capitals of two letters or more ("ECB", "NATO"). */
static gboolean
is_acronym (const gchar *w, gsize len)
{
  guint letters = 0;
  for (const gchar *p = w; p < w + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_islower (c))
        return FALSE;
      letters += g_unichar_isupper (c);
    }
  return letters >= 2;
}

/* Appends to @counts (PrecisTermCount) each term of the non-furniture sentences (all of them
 * with @all) with its number of occurrences, in the lead (@all: every one), capitalised inside
 * and at the start of a sentence (@all: none) and, with @all, in capitals in a text with small
 * letters, in order of first occurrence. */
static void
count_terms (PrecisSummarizer *s, const gchar *text, const PrecisTokens *tokens, const PrecisSpan *spans,
             gboolean all, GArray *counts)
{
  g_autofree guint *count = g_new0 (guint, 5 * MAX (tokens->n_terms, 1));
  guint *lead = count + tokens->n_terms, *caps = lead + tokens->n_terms, *initial = caps + tokens->n_terms;
  guint *acronym = initial + tokens->n_terms;
  gboolean small = FALSE; /* @all: whether some word has small letters (not all in capitals) */
  for (guint k = 0; all && k < tokens->first[tokens->n_sentences] && !small; k++)
    small = has_small (text + precis_token_start (&tokens->tokens[k]), precis_token_len (&tokens->tokens[k]));
  g_autofree guint *first = g_new (guint, MAX (tokens->n_terms, 1));
  for (guint t = 0; t < tokens->n_terms; t++)
    first[t] = G_MAXUINT;
  guint n_counted = 0;
  for (guint i = 0; i < tokens->n_sentences; i++)
    {
      if (!all && (spans[i].flags & PRECIS_SPAN_FURNITURE))
        continue;
      gboolean in_lead = all || n_counted++ < PRECIS_LEAD_SENTENCES;
      for (guint k = tokens->first[i]; k < tokens->first[i + 1]; k++)
        {
          const PrecisToken *tok = &tokens->tokens[k];
          guint t = tok->term;
          if (count[t]++ == 0)
            first[t] = k;
          lead[t] += in_lead;
          if (small && is_acronym (text + precis_token_start (tok), precis_token_len (tok)))
            acronym[t]++;
          if (!all && g_unichar_isupper (g_utf8_get_char (text + precis_token_start (tok))))
            {
              if (opens_sentence (text, spans[i].start, precis_token_start (tok)))
                initial[t]++;
              else
                caps[t]++;
            }
        }
    }
  for (guint t = 0; t < tokens->n_terms; t++)
    {
      if (count[t] == 0)
        continue;
      const PrecisToken *tok = &tokens->tokens[first[t]];
      PrecisTermCount c
          = { precis_tokenizer_stem (s->tokenizer, text + precis_token_start (tok), precis_token_len (tok)),
              count[t],
              lead[t],
              caps[t],
              initial[t],
              acronym[t] };
      if (c.stem != NULL)
        g_array_append_val (counts, c);
    }
}

void
precis_summarizer_count_text (PrecisSummarizer *s, const gchar *text, gssize len, GArray *counts)
{
  g_return_if_fail (s != NULL && counts != NULL);
  gsize n = text == NULL ? 0 : len < 0 ? strlen (text) : (gsize)len;
  if (n == 0 || !g_utf8_validate (text, (gssize)n, NULL))
    return;
  PrecisSpan span = { 0, n, 0, PRECIS_SPAN_PARAGRAPH_START };
  PrecisTokens tokens;
  precis_tokenizer_run (s->tokenizer, text, &span, 1, &tokens);
  count_terms (s, text, &tokens, &span, TRUE, counts);
  precis_tokens_clear (&tokens);
}

PrecisSummary *
precis_summarizer_run (PrecisSummarizer *s, const gchar *input, gssize len, GError **error)
{
  return precis_summarizer_run_counting (s, input, len, NULL, NULL, error);
}

PrecisSummary *
precis_summarizer_run_with_title (PrecisSummarizer *s, const gchar *input, gssize len, const gchar *title,
                                  GError **error)
{
  return precis_summarizer_run_counting (s, input, len, title, NULL, error);
}
/* The stages every run shares: the size limit, normalisation, sentences, furniture. Fills
 * @text (the caller clears it) and returns the spans, or NULL with @error set. The input is
 * @input, or with @take not NULL the caller's text taken over, freed with @free_take (see
 * precis_summarizer_run_take()). Sentences that repeat @title (valid UTF-8, or NULL) are
 * furniture; @title_repeated (may be NULL) says whether there was one. */
static GArray *
split_input (PrecisSummarizer *s, const gchar *input, gssize len, gchar *take, GDestroyNotify free_take,
             const gchar *title, PrecisText *text, gboolean *title_repeated, GError **error)
{
  if (take != NULL)
    input = take;
  gsize n = input == NULL ? 0 : len < 0 ? strlen (input) : (gsize)len;
  if (s->max_input > 0 && n > s->max_input)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_TOO_LARGE,
                   "input is %zu bytes, more than the limit of %zu bytes", n, s->max_input);
      if (take != NULL && free_take != NULL)
        free_take (take);
      return NULL;
    }
  /* A text taken over, or a NUL-terminated input (len -1), is read in place when it needs no
   * repair. */
  gboolean ok = take != NULL               ? precis_text_init_take (text, take, n, free_take, s->lossy, error)
                : input != NULL && len < 0 ? precis_text_init_in_place (text, input, n, s->lossy, error)
                                           : precis_text_init (text, n > 0 ? input : "", n, s->lossy, error);
  if (!ok)
    return NULL;
  precis_text_clean (text, s->clean);
  precis_title_find (text);
  detect_language (s, text);
  GArray *spans = precis_segmenter_split (s->segmenter, text->text, text->body_start, text->len);
  precis_furniture_mark (text->text, spans, s->current_name);
  precis_blocks_mark (text->text, text->body_start, text->len, spans);
  gboolean repeated = precis_furniture_mark_title (text->text, spans, title);
  if (title_repeated != NULL)
    *title_repeated = repeated;
  precis_debris_mark (text->text, spans, s->segmenter, s->tokenizer);
  return spans;
}

static PrecisSummary *
segment (PrecisSummarizer *s, const gchar *input, gssize len, gchar *take, GDestroyNotify free_take,
         GError **error)
{
  PrecisText text;
  g_autoptr (GArray) spans = split_input (s, input, len, take, free_take, NULL, &text, NULL, error);
  if (spans == NULL)
    return NULL;
  PrecisSummary *sum = new_summary (s, &text, spans, NULL);
  leave_empty (sum);
  precis_text_clear (&text);
  return sum;
}

PrecisSummary *
precis_summarizer_segment (PrecisSummarizer *s, const gchar *input, gssize len, GError **error)
{
  g_return_val_if_fail (s != NULL && (input != NULL || len == 0), NULL);
  return segment (s, input, len, NULL, NULL, error);
}

PrecisSummary *
precis_summarizer_segment_take (PrecisSummarizer *s, gchar *text, gsize len, GDestroyNotify free_text,
                                GError **error)
{
  g_return_val_if_fail (s != NULL && (text != NULL || len == 0) && (text == NULL || text[len] == '\0'), NULL);
  if (text == NULL)
    return segment (s, "", 0, NULL, NULL, error);
  return segment (s, NULL, (gssize)len, text, free_text, error);
}

/* The summary of @input, or of the text taken over (see split_input()), with the caller's
 * @title (any bytes, NUL-terminated; NULL: none), made valid UTF-8 here, once, for every stage
 * that reads it. */
static PrecisSummary *
run (PrecisSummarizer *s, const gchar *input, gssize len, gchar *take, GDestroyNotify free_take,
     const gchar *title, GArray *counts, GError **error)
{
  g_autofree gchar *given = title != NULL ? g_utf8_make_valid (title, -1) : NULL;
  PrecisText text;
  gboolean title_repeated = FALSE;
  g_autoptr (GArray) spans
      = split_input (s, input, len, take, free_take, given, &text, &title_repeated, error);
  if (spans == NULL)
    return NULL;

  PrecisTokens tokens;
  precis_tokenizer_run (s->tokenizer, text.text, (const PrecisSpan *)(gpointer)spans->data, spans->len,
                        &tokens);

  /* A large document's tokens are read for the last time by the vectors, and freed: the
   * graph, its largest stage, and the rest need only the vectors, the word counts and the term
   * forms, which are taken first (before the vectors, so that the forms' scratch and the
   * vectors are not held at once). An article's are kept for the keywords, which then look up
   * the forms of their top terms only (cheaper than every term's). */
  const PrecisSpan *span_data = (const PrecisSpan *)(gpointer)spans->data;
  gboolean large = tokens.n_tokens >= FREE_TOKENS_EARLY;
  /* What the run asks of the tokenizer's caches, asked first: a large document's caches (as large
   * as its vocabulary) are then emptied, unless the counts' stems (borrowed from them) are kept. */
  gboolean editor = s->ranker == PRECIS_RANKER_EDITOR;
  g_autoptr (GArray) title_terms = g_array_new (FALSE, FALSE, sizeof (guint));
  PrecisTitleTerms claim = { NULL, 0, 0 };
  /* A text that repeats its title as a sentence states the claim itself. */
  if (editor && !title_repeated && (given != NULL || text.has_title))
    {
      /* The stamps of the run's terms are still the tokenizer's: nothing ran it since. */
      precis_editor_title_terms (s->tokenizer, given != NULL ? given : text.text + text.title_start,
                                 given != NULL ? strlen (given) : text.title_len, title_terms, &claim);
    }
  if (counts != NULL)
    count_terms (s, text.text, &tokens, span_data, FALSE, counts);
  else if (large)
    precis_tokenizer_forget (s->tokenizer);
  PrecisTermForms forms;
  precis_term_forms_find (text.text, &tokens, span_data, large, &forms);
  g_autofree guint *n_words = g_steal_pointer (&tokens.n_words);

  /* The vectors read an acronym as the name it stands for; the keywords read it as written. */
  g_autoptr (GArray) acronyms = precis_acronyms_link (text.text, &tokens);
  PrecisVectors vectors;
  if (large)
    {
      precis_vectors_build_over (&tokens, &vectors);
      precis_tokens_clear (&tokens);
    }
  else
    {
      precis_vectors_build (&tokens, &vectors);
      precis_acronyms_restore (&tokens, acronyms);
    }

  PrecisGraph graph;
  precis_graph_build (&vectors, s->params.similarity, &graph);
  g_autofree gdouble *scores = g_new0 (gdouble, MAX (spans->len, 1));
  precis_rank_pagerank (&graph, NULL, scores);
  precis_graph_clear (&graph);
  /* The keywords weigh each sentence by its centrality alone, before a ranker's length and
   * position factors: the document's top terms, not its opening's (pipeline/keywords.c). */
  gchar **keywords = precis_keywords_find (text.text, &forms, &tokens, &vectors, span_data, scores,
                                           s->current != NULL ? s->current->name : NULL);
  g_autofree gdouble *centrality = editor ? g_memdup2 (scores, sizeof (gdouble) * MAX (spans->len, 1)) : NULL;
  precis_rank_adjust (&s->params, span_data, n_words, spans->len, scores);

  g_autofree guint *antecedent = precis_editor_antecedents (text.text, span_data, spans->len, s->segmenter);
  guint lede = precis_editor_lede (span_data, n_words, spans->len);
  g_autofree gboolean *repeat = g_new0 (gboolean, MAX (spans->len, 1));
  g_autoptr (GArray) chosen
      = editor ? precis_editor_select (&vectors, scores, centrality, text.text, span_data, n_words,
                                       antecedent, lede, &claim, &s->budget, repeat)
               : precis_select (&vectors, scores, text.text, (const PrecisSpan *)(gpointer)spans->data,
                                n_words, &s->budget, PRECIS_DUPLICATE_COSINE, repeat);
  /* The sentences' texts come next, as large as the input again: the vectors go first. */
  precis_vectors_clear (&vectors);
  precis_tokens_clear (&tokens);
  precis_term_forms_clear (&forms);

  PrecisSummary *summary = build_summary (s, &text, spans, scores, chosen, repeat, given, keywords);
  summary->antecedent = g_steal_pointer (&antecedent);
  summary->lede = lede;
  precis_text_clear (&text);
  return summary;
}

PrecisSummary *
precis_summarizer_run_counting (PrecisSummarizer *s, const gchar *input, gssize len, const gchar *title,
                                GArray *counts, GError **error)
{
  g_return_val_if_fail (s != NULL && (input != NULL || len == 0), NULL);
  return run (s, input, len, NULL, NULL, title, counts, error);
}

PrecisSummary *
precis_summarizer_run_take (PrecisSummarizer *s, gchar *text, gsize len, GDestroyNotify free_text,
                            const gchar *title, GError **error)
{
  g_return_val_if_fail (s != NULL && (text != NULL || len == 0) && (text == NULL || text[len] == '\0'), NULL);
  if (text == NULL)
    return run (s, "", 0, NULL, NULL, title, NULL, error);
  return run (s, NULL, (gssize)len, text, free_text, title, NULL, error);
}

/* The @n sentences as the stages read a document, one a paragraph: the text returned, its
 * @tokens and @vectors, which the caller clears. */
static GString *
across_tokens (PrecisSummarizer *s, const gchar *const *sentences, guint n, PrecisTokens *tokens,
               PrecisVectors *vectors)
{
  GString *text = g_string_new (NULL);
  g_autofree PrecisSpan *spans = g_new (PrecisSpan, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const gchar *sentence = sentences[i];
      gsize len = strlen (sentence);
      spans[i] = (PrecisSpan){ text->len, text->len + len, i, PRECIS_SPAN_PARAGRAPH_START };
      g_string_append_len (text, sentence, (gssize)len);
      g_string_append (text, "\n\n");
    }
  precis_tokenizer_run (s->tokenizer, text->str, spans, n, tokens);
  precis_vectors_build (tokens, vectors);
  return text;
}

GArray *
precis_summarizer_choose_across (PrecisSummarizer *s, const gchar *language, const gchar *const *sentences,
                                 guint n, const gdouble *prior, guint budget, guint first)
{
  if (s->language == NULL)
    {
      const PrecisLanguageInfo *info = precis_language_lookup (language);
      use_language (s, info ? info : precis_language_undetermined ());
    }
  /* The sentences ranked as written; compared (select.c: which repeat one another) with their
   * figures in one written form, so that "€420m" and "420 million euros" are one figure
   * (figures.c; an English number word as its digits, "Twelve" and "12"). Most stories write no figure two
   * ways: when no sentence's normal form differs from it, the tokens and vectors of the sentences as written
   * serve for both. */
  g_auto (GStrv) normal = g_new0 (gchar *, (gsize)n + 1);
  gboolean changed = FALSE;
  for (guint i = 0; i < n; i++)
    {
      normal[i] = precis_figures_normalise (sentences[i], g_strcmp0 (language, "english") == 0);
      changed = changed || strcmp (normal[i], sentences[i]) != 0;
    }
  PrecisTokens tokens;
  PrecisVectors vectors;
  g_autoptr (GString) text = across_tokens (s, sentences, n, &tokens, &vectors);
  PrecisGraph graph;
  precis_graph_build (&vectors, PRECIS_RANKER_COSINE, &graph);
  g_autofree gdouble *scores = g_new0 (gdouble, MAX (n, 1));
  precis_rank_pagerank (&graph, prior, scores);
  precis_graph_clear (&graph);
  if (changed)
    {
      precis_vectors_clear (&vectors);
      precis_tokens_clear (&tokens);
      g_string_free (text, TRUE);
      text = across_tokens (s, (const gchar *const *)normal, n, &tokens, &vectors);
    }
  GArray *chosen = precis_select_novel (&vectors, scores, &tokens, text->str, budget,
                                        PRECIS_ACROSS_DUPLICATE_COSINE, first);
  precis_vectors_clear (&vectors);
  precis_tokens_clear (&tokens);
  return chosen;
}

void
precis_summary_free (PrecisSummary *sum)
{
  if (sum == NULL)
    return;
  if (sum->free_texts != NULL)
    sum->free_texts (sum->texts);
  g_free (sum->all);
  g_free (sum->chosen);
  g_free (sum->antecedent);
  g_free (sum->language);
  g_free (sum->headline);
  g_free (sum->title);
  g_free (sum->keywords);
  g_free (sum);
}

const gchar *
precis_summary_get_headline (const PrecisSummary *sum)
{
  return sum->headline;
}

PrecisHeadlineSource
precis_summary_get_headline_source (const PrecisSummary *sum)
{
  return sum->headline_source;
}

const gchar *
precis_summary_get_title (const PrecisSummary *sum)
{
  return sum->title;
}

const gchar *
precis_summary_get_language (const PrecisSummary *sum)
{
  return sum->language;
}

gdouble
precis_summary_get_language_confidence (const PrecisSummary *sum)
{
  return sum->language_confidence;
}

gboolean
precis_summary_get_stemmed (const PrecisSummary *sum)
{
  return sum->stemmed;
}

guint
precis_summary_get_n_document_sentences (const PrecisSummary *sum)
{
  return sum->n_all;
}

guint
precis_summary_get_n_sentences (const PrecisSummary *sum)
{
  return sum->n_chosen;
}

const PrecisSentence *
precis_summary_get_sentence (const PrecisSummary *sum, guint i)
{
  g_return_val_if_fail (i < sum->n_chosen, NULL);
  return &sum->all[sum->chosen[i]];
}

const PrecisSentence *
precis_summary_get_document_sentence (const PrecisSummary *sum, guint i)
{
  g_return_val_if_fail (i < sum->n_all, NULL);
  return &sum->all[i];
}

const gchar *const *
precis_summary_get_keywords (const PrecisSummary *sum)
{
  return (const gchar *const *)sum->keywords;
}

/* The reader checks (see precis.h) from the lede and antecedents editor.c found. */
void
precis_summary_check (const PrecisSummary *sum, const guint *indices, guint n, PrecisSummaryCheck *check)
{
  g_return_if_fail (sum != NULL && check != NULL);
  if (indices == NULL)
    {
      indices = sum->chosen;
      n = sum->n_chosen;
    }
  *check = (PrecisSummaryCheck){ FALSE, 0, 0 };
  for (guint k = 0; k < n; k++)
    g_return_if_fail (indices[k] < sum->n_all); /* not a sentence of the document */
  /* A set of sentences: in any order, each counted once however often it is given. */
  g_autofree gboolean *in = g_new0 (gboolean, MAX (sum->n_all, 1));
  for (guint k = 0; k < n; k++)
    in[indices[k]] = TRUE;
  for (guint i = 0; i < sum->n_all; i++)
    {
      if (!in[i])
        continue;
      check->has_lede |= i == sum->lede;
      check->n_debris += sum->all[i].furniture;
      guint a = sum->antecedent != NULL ? sum->antecedent[i] : PRECIS_NONE;
      check->n_dangling += a != PRECIS_NONE && !in[a];
    }
}

gchar *
precis_summarize (const gchar *text, gssize len, const gchar *language, guint n_sentences, GError **error)
{
  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new (language, error);
  if (s == NULL)
    return NULL;
  precis_summarizer_set_sentences (s, n_sentences);
  g_autoptr (PrecisSummary) sum = precis_summarizer_run (s, text, len, error);
  if (sum == NULL)
    return NULL;
  return precis_summary_render (sum, PRECIS_FORMAT_TEXT, PRECIS_RENDER_NONE);
}
