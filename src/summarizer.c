/* summarizer.c - the public PrecisSummarizer and PrecisSummary, and the one place where
 * the pipeline stages are called in order:
 *
 *   normalize -> segment -> furniture -> tokenize -> vectors -> graph -> rank -> select
 *   -> headline, keywords -> PrecisSummary
 *
 * Each stage's output is read by the next and freed when the summary is built; the summary
 * keeps only what a caller may ask for. Complexity: that of the stages, O(n) in the input for
 * ordinary text (see graph.c for the bound on very large inputs).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "precis-private.h"

/* Default --max-input-bytes: larger than any article or book, small enough to refuse a
 * mistaken disk image. */
#define DEFAULT_MAX_INPUT (64u << 20)
/* How many keywords a summary reports. */
#define N_KEYWORDS 10
/* Distinct surface forms counted per keyword. */
#define MAX_FORMS 8

static inline gboolean
is_ascii_space (gchar c)
{
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

struct _PrecisSummarizer
{
  const PrecisLanguageInfo *language;
  PrecisSegmenter *segmenter;
  PrecisTokenizer *tokenizer;
  PrecisBudget budget;
  PrecisRanker ranker;
  PrecisRankParams params;
  gboolean lossy;
  PrecisClean clean;
  gsize max_input;
  PrecisHeadlineMode headline_mode;
  const gchar *title; /* borrowed for the length of precis_summarizer_run_with_title() */
};

PrecisSummarizer *
precis_summarizer_new (const gchar *language, GError **error)
{
  const PrecisLanguageInfo *info = precis_language_lookup (language ? language : "english");
  if (info == NULL)
    {
      g_autofree gchar *names = g_strjoinv (", ", (gchar **)precis_languages ());
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_LANGUAGE,
                   "unknown language \"%s\" (supported: %s; or their ISO 639-1 codes)", language, names);
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
  s->language = info;
  s->tokenizer = tokenizer;
  s->segmenter = precis_segmenter_new (info);
  s->budget = (PrecisBudget){ PRECIS_BUDGET_SENTENCES, 3, 0 };
  precis_summarizer_set_ranker (s, PRECIS_RANKER_DEFAULT);
  s->max_input = DEFAULT_MAX_INPUT;
  return s;
}

void
precis_summarizer_free (PrecisSummarizer *s)
{
  if (s == NULL)
    return;
  precis_segmenter_free (s->segmenter);
  precis_tokenizer_free (s->tokenizer);
  g_free (s);
}

const gchar *
precis_summarizer_get_language (const PrecisSummarizer *s)
{
  return s->language->name;
}

gboolean
precis_summarizer_load_stopwords (PrecisSummarizer *s, const gchar *list, gssize len, gboolean replace,
                                  GError **error)
{
  gsize n = len < 0 ? strlen (list) : (gsize)len;
  const gchar *end = NULL;
  if (!g_utf8_validate_len (list, n, &end))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_UTF8,
                   "stopword list: invalid UTF-8 at byte offset %zu", (gsize)(end - list));
      return FALSE;
    }
  precis_tokenizer_load_stopwords (s->tokenizer, list, n, replace);
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
  s->ranker = ranker;
  precis_rank_params_for (ranker, &s->params);
}

void
precis_summarizer_set_rank_params (PrecisSummarizer *s, const PrecisRankParams *params)
{
  s->params = *params;
}

/* Sentences whose first word is a pronoun or connective that points back ("He", "However"). */
static gboolean *
find_openers (PrecisSummarizer *s, const gchar *text, const PrecisSpan *spans, guint n)
{
  gboolean *out = g_new0 (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      gsize a = spans[i].start;
      while (a < spans[i].end && !g_unichar_isalnum (g_utf8_get_char (text + a)))
        a = (gsize)(g_utf8_next_char (text + a) - text);
      gsize b = a;
      while (b < spans[i].end && g_unichar_isalnum (g_utf8_get_char (text + b)))
        b = (gsize)(g_utf8_next_char (text + b) - text);
      if (b > a)
        out[i] = precis_segmenter_is_opener (s->segmenter, text + a, b - a);
    }
  return out;
}

void
precis_summarizer_set_clean (PrecisSummarizer *s, PrecisClean clean)
{
  g_return_if_fail (s != NULL);
  s->clean = clean;
}

void
precis_summarizer_set_headline (PrecisSummarizer *s, PrecisHeadlineMode mode)
{
  g_return_if_fail (s != NULL);
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

gchar *
precis_collapse_space (const gchar *text, gsize start, gsize end)
{
  gchar *out = g_malloc (end - start + 1);
  gsize n = 0, i = start;
  while (i < end)
    {
      /* Copy a run of non-space bytes, then fold the run of spaces that follows into one. */
      gsize run = i;
      while (run < end && !is_ascii_space (text[run]))
        run++;
      memcpy (out + n, text + i, run - i);
      n += run - i;
      i = run;
      while (i < end && is_ascii_space (text[i]))
        i++;
      if (i < end && n > 0)
        out[n++] = ' ';
    }
  out[n] = '\0';
  return out;
}

typedef struct
{
  guint term;
  gdouble score;
} TermScore;

static int
compare_term_score (gconstpointer a, gconstpointer b)
{
  const TermScore *x = a, *y = b;
  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return (x->term > y->term) - (x->term < y->term);
}

static gboolean
all_digits (const gchar *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* The top terms, each weighted by the scores of the sentences it occurs in and by a mild
 * inverse sentence frequency, log (1 + N / sf), so that a word found in every sentence (a
 * function word of a language without a stopword list) ranks below the topic words. Each is
 * shown in its most frequent surface form (ties: the first seen). */
static gchar **
find_keywords (const gchar *text, const PrecisTokens *tokens, const PrecisVectors *vectors,
               const PrecisSpan *spans, const gdouble *scores)
{
  guint n_terms = tokens->n_terms;
  const PrecisToken *tok = tokens->tokens;
  g_autofree TermScore *ts = g_new0 (TermScore, MAX (n_terms, 1));
  g_autofree gboolean *numeric = g_new0 (gboolean, MAX (n_terms, 1));
  for (guint t = 0; t < n_terms; t++)
    {
      ts[t].term = t;
      numeric[t] = TRUE;
    }
  guint n = tokens->n_sentences;
  for (guint s = 0; s < tokens->n_sentences; s++)
    {
      if (spans[s].flags & PRECIS_SPAN_FURNITURE)
        continue;
      for (guint k = tokens->first[s]; k < tokens->first[s + 1]; k++)
        {
          ts[tok[k].term].score += scores[s];
          numeric[tok[k].term] &= all_digits (text + tok[k].start, tok[k].len);
        }
    }
  for (guint t = 0; t < n_terms; t++)
    ts[t].score *= log (1.0 + (gdouble)n / MAX (vectors->post[t + 1] - vectors->post[t], 1u));

  /* The top N_KEYWORDS by score (ties: the earlier term), by insertion into a short list. */
  guint top[N_KEYWORDS];
  guint n_top = 0;
  for (guint t = 0; t < n_terms; t++)
    {
      if (numeric[t] || ts[t].score <= 0)
        continue;
      if (n_top == N_KEYWORDS && compare_term_score (&ts[t], &ts[top[n_top - 1]]) >= 0)
        continue;
      guint k = n_top < N_KEYWORDS ? n_top++ : N_KEYWORDS - 1;
      while (k > 0 && compare_term_score (&ts[t], &ts[top[k - 1]]) < 0)
        {
          top[k] = top[k - 1];
          k--;
        }
      top[k] = t;
    }
  g_autofree gint *slot = g_new (gint, MAX (n_terms, 1));
  for (guint t = 0; t < n_terms; t++)
    slot[t] = -1;
  for (guint k = 0; k < n_top; k++)
    slot[top[k]] = (gint)k;

  /* Surface forms of each top term: distinct forms (a token index each) and their counts.
   * A term has few forms ("bridge", "Bridge", "bridges"); more than MAX_FORMS are not counted. */
  guint form_token[N_KEYWORDS][MAX_FORMS], form_count[N_KEYWORDS][MAX_FORMS], n_forms[N_KEYWORDS] = { 0 };
  for (guint k = 0; k < tokens->n_tokens; k++)
    {
      gint j = slot[tok[k].term];
      if (j < 0)
        continue;
      guint f = 0;
      while (f < n_forms[j]
             && !(tok[form_token[j][f]].len == tok[k].len
                  && memcmp (text + tok[form_token[j][f]].start, text + tok[k].start, tok[k].len) == 0))
        f++;
      if (f == n_forms[j])
        {
          if (f == MAX_FORMS)
            continue;
          form_token[j][f] = k;
          form_count[j][f] = 0;
          n_forms[j]++;
        }
      form_count[j][f]++;
    }
  gchar **out = g_new0 (gchar *, n_top + 1);
  for (guint j = 0; j < n_top; j++)
    {
      guint best = 0; /* the most frequent form; ties: the first seen */
      for (guint f = 1; f < n_forms[j]; f++)
        if (form_count[j][f] > form_count[j][best])
          best = f;
      const PrecisToken *t = &tok[form_token[j][best]];
      out[j] = g_strndup (text + t->start, t->len);
    }
  return out;
}

/* A summary holding the document's sentences (scored by @scores, or 0 when NULL), none chosen
 * yet, no headline or keywords. */
static PrecisSummary *
new_summary (PrecisSummarizer *s, const PrecisText *text, const GArray *spans_array, const gdouble *scores)
{
  const PrecisSpan *spans = (const PrecisSpan *)(gpointer)spans_array->data;
  PrecisSummary *sum = g_new0 (PrecisSummary, 1);
  sum->language = g_strdup (s->language->name);
  if (text->has_title)
    sum->title = precis_collapse_space (text->text, text->title_start, text->title_start + text->title_len);
  sum->n_all = spans_array->len;
  sum->all = g_new0 (PrecisSentence, MAX (sum->n_all, 1));
  for (guint i = 0; i < sum->n_all; i++)
    {
      PrecisSentence *p = &sum->all[i];
      p->index = i;
      p->offset = spans[i].start;
      p->length = spans[i].end - spans[i].start;
      p->score = scores ? scores[i] : 0;
      p->text = precis_collapse_space (text->text, spans[i].start, spans[i].end);
      p->furniture = (spans[i].flags & PRECIS_SPAN_FURNITURE) != 0;
    }
  sum->chosen = g_new0 (guint, 1);
  sum->headline = g_strdup ("");
  sum->keywords = g_new0 (gchar *, 1);
  return sum;
}

static PrecisSummary *
build_summary (PrecisSummarizer *s, const PrecisText *text, const GArray *spans_array,
               const PrecisTokens *tokens, const PrecisVectors *vectors, const gdouble *scores,
               const GArray *chosen)
{
  const PrecisSpan *spans = (const PrecisSpan *)(gpointer)spans_array->data;
  PrecisSummary *sum = new_summary (s, text, spans_array, scores);

  sum->n_chosen = chosen->len;
  g_free (sum->chosen);
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
  if (s->title != NULL)
    {
      g_autofree gchar *valid = g_utf8_make_valid (s->title, -1);
      g_free (sum->title);
      sum->title = precis_collapse_space (valid, 0, strlen (valid));
      if (sum->title[0] == '\0')
        g_clear_pointer (&sum->title, g_free);
    }
  g_free (sum->headline);
  if (sum->title != NULL
      && (s->headline_mode == PRECIS_HEADLINE_TITLE
          || (s->headline_mode == PRECIS_HEADLINE_AUTO && precis_headline_title_usable (sum->title))))
    {
      sum->headline = g_strdup (sum->title);
      sum->headline_source = PRECIS_HEADLINE_SOURCE_TITLE;
    }
  else
    {
      sum->headline = precis_headline_choose (sum->all, sum->n_all, s->language, s->tokenizer, s->segmenter);
      if (sum->headline[0] == '\0' && top != G_MAXUINT)
        {
          g_free (sum->headline);
          sum->headline = precis_headline_from_sentence (sum->all[top].text, s->language, s->tokenizer);
        }
    }
  g_strfreev (sum->keywords);
  sum->keywords = find_keywords (text->text, tokens, vectors, spans, scores);
  return sum;
}

/* Appends to @counts (PrecisTermCount) each term of the non-furniture sentences with its
 * number of occurrences, in order of first occurrence. */
static void
count_terms (PrecisSummarizer *s, const gchar *text, const PrecisTokens *tokens, const PrecisSpan *spans,
             GArray *counts)
{
  g_autofree guint *count = g_new0 (guint, MAX (tokens->n_terms, 1));
  g_autofree guint *first = g_new (guint, MAX (tokens->n_terms, 1));
  for (guint t = 0; t < tokens->n_terms; t++)
    first[t] = G_MAXUINT;
  for (guint i = 0; i < tokens->n_sentences; i++)
    if (!(spans[i].flags & PRECIS_SPAN_FURNITURE))
      for (guint k = tokens->first[i]; k < tokens->first[i + 1]; k++)
        {
          guint t = tokens->tokens[k].term;
          if (count[t]++ == 0)
            first[t] = k;
        }
  for (guint t = 0; t < tokens->n_terms; t++)
    {
      if (count[t] == 0)
        continue;
      const PrecisToken *tok = &tokens->tokens[first[t]];
      PrecisTermCount c = { precis_tokenizer_stem (s->tokenizer, text + tok->start, tok->len), count[t] };
      if (c.stem != NULL)
        g_array_append_val (counts, c);
    }
}

PrecisSummary *
precis_summarizer_run (PrecisSummarizer *s, const gchar *input, gssize len, GError **error)
{
  return precis_summarizer_run_counting (s, input, len, NULL, error);
}

PrecisSummary *
precis_summarizer_run_with_title (PrecisSummarizer *s, const gchar *input, gssize len, const gchar *title,
                                  GError **error)
{
  g_return_val_if_fail (s != NULL, NULL);
  s->title = title;
  PrecisSummary *sum = precis_summarizer_run_counting (s, input, len, NULL, error);
  s->title = NULL;
  return sum;
}

PrecisTokenizer *
precis_summarizer_get_tokenizer (PrecisSummarizer *s)
{
  return s->tokenizer;
}

/* The stages every run shares: the size limit, normalisation, sentences, furniture. Fills
 * @text (the caller clears it) and returns the spans, or NULL with @error set. */
static GArray *
split_input (PrecisSummarizer *s, const gchar *input, gssize len, PrecisText *text, GError **error)
{
  gsize n = input == NULL ? 0 : len < 0 ? strlen (input) : (gsize)len;
  if (s->max_input > 0 && n > s->max_input)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_TOO_LARGE,
                   "input is %zu bytes, more than the limit of %zu bytes", n, s->max_input);
      return NULL;
    }
  if (!precis_text_init (text, n > 0 ? input : "", n, s->lossy, error))
    return NULL;
  precis_text_clean (text, s->clean);
  GArray *spans = precis_segmenter_split (s->segmenter, text->text, text->body_start, text->len);
  precis_furniture_mark (text->text, spans, s->language);
  return spans;
}

PrecisSummary *
precis_summarizer_segment (PrecisSummarizer *s, const gchar *input, gssize len, GError **error)
{
  g_return_val_if_fail (s != NULL, NULL);
  PrecisText text;
  g_autoptr (GArray) spans = split_input (s, input, len, &text, error);
  if (spans == NULL)
    return NULL;
  PrecisSummary *sum = new_summary (s, &text, spans, NULL);
  precis_text_clear (&text);
  return sum;
}

PrecisSummary *
precis_summarizer_run_counting (PrecisSummarizer *s, const gchar *input, gssize len, GArray *counts,
                                GError **error)
{
  g_return_val_if_fail (s != NULL, NULL);
  PrecisText text;
  g_autoptr (GArray) spans = split_input (s, input, len, &text, error);
  if (spans == NULL)
    return NULL;

  PrecisTokens tokens;
  precis_tokenizer_run (s->tokenizer, text.text, (const PrecisSpan *)(gpointer)spans->data, spans->len,
                        &tokens);

  PrecisVectors vectors;
  precis_vectors_build (&tokens, &vectors);

  const PrecisSpan *span_data = (const PrecisSpan *)(gpointer)spans->data;
  PrecisGraph graph;
  precis_graph_build (&vectors, &s->params, &graph);
  g_autofree gdouble *scores = g_new0 (gdouble, MAX (spans->len, 1));
  g_autofree gdouble *teleport = precis_rank_teleport (&s->params, span_data, spans->len);
  precis_rank_pagerank (&graph, teleport, scores);
  precis_graph_clear (&graph);
  g_autofree gboolean *openers
      = s->params.opener_penalty > 0 ? find_openers (s, text.text, span_data, spans->len) : NULL;
  precis_rank_adjust (&s->params, span_data, tokens.n_words, openers, spans->len, scores);

  g_autoptr (GArray) chosen = precis_select (&vectors, scores, (const PrecisSpan *)(gpointer)spans->data,
                                             tokens.n_words, &s->budget, PRECIS_DUPLICATE_COSINE);
  PrecisSummary *summary = build_summary (s, &text, spans, &tokens, &vectors, scores, chosen);
  if (counts != NULL)
    count_terms (s, text.text, &tokens, span_data, counts);

  precis_vectors_clear (&vectors);
  precis_tokens_clear (&tokens);
  precis_text_clear (&text);
  return summary;
}

void
precis_summary_free (PrecisSummary *sum)
{
  if (sum == NULL)
    return;
  for (guint i = 0; i < sum->n_all; i++)
    g_free ((gchar *)sum->all[i].text);
  g_free (sum->all);
  g_free (sum->chosen);
  g_free (sum->language);
  g_free (sum->headline);
  g_free (sum->title);
  g_strfreev (sum->keywords);
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

gchar *
precis_summarize (const gchar *text, gssize len, const gchar *language, guint n_sentences, GError **error)
{
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new (language, error);
  if (s == NULL)
    return NULL;
  precis_summarizer_set_sentences (s, n_sentences);
  g_autoptr (PrecisSummary) sum = precis_summarizer_run (s, text, len, error);
  if (sum == NULL)
    return NULL;
  return precis_summary_render (sum, PRECIS_FORMAT_TEXT, PRECIS_RENDER_NONE);
}
