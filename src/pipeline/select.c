/* select.c - sentence scores in, the chosen sentences out.
 *
 * precis_select (one document): sentences are taken best score first (ties: earlier first)
 * until the budget is spent: a number of sentences, a ratio of the document's sentences
 * (rounded up) or a number of words. Furniture is never taken (unless the document has
 * nothing else), nor a sentence whose tf-idf cosine with one already taken reaches
 * @max_cosine and that gives the same one-digit numbers (precis_same_digits()). The result
 * is in document order. O(N log N + K L) for K chosen sentences of
 * L terms, but for those sharing a rare term (PrecisSimilar).
 *
 * precis_select_novel (sentences of several documents): maximal marginal relevance. O(N K^2 L).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline/select.h"

typedef struct
{
  guint index;
  gdouble score;
} Candidate;

static int
compare_candidate (gconstpointer a, gconstpointer b)
{
  const Candidate *x = a, *y = b;
  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return (x->index > y->index) - (x->index < y->index);
}

static int
compare_guint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;
  return (x > y) - (x < y);
}

/* Whether text[i] of [start, end) joins digit to digit ("1.5", "2,000"). */
static inline gboolean
digit_joint (const gchar *text, gsize i, gsize start, gsize end)
{
  return (text[i] == '.' || text[i] == ',') && i > start && i + 1 < end && g_ascii_isdigit (text[i - 1])
         && g_ascii_isdigit (text[i + 1]);
}

/* The next one-digit number of text[*at, end) (the digit; *at past it), or 0 when none is left. */
static gchar
next_lone_digit (const gchar *text, gsize *at, gsize start, gsize end)
{
  for (gsize i = *at; i < end; i++)
    if (g_ascii_isdigit (text[i])
        && (i == start || !(g_ascii_isalnum (text[i - 1]) || digit_joint (text, i - 1, start, end)))
        && (i + 1 == end || !(g_ascii_isalnum (text[i + 1]) || digit_joint (text, i + 1, start, end))))
      {
        *at = i + 1;
        return text[i];
      }
  *at = end;
  return 0;
}

gboolean
precis_same_digits (const gchar *text, const PrecisSpan *spans, guint a, guint b)
{
  gsize i = spans[a].start, j = spans[b].start;
  for (;;)
    {
      gchar x = next_lone_digit (text, &i, spans[a].start, spans[a].end);
      gchar y = next_lone_digit (text, &j, spans[b].start, spans[b].end);
      if (x != y)
        return FALSE;
      if (x == 0)
        return TRUE;
    }
}

gboolean
precis_same_digits_test (guint s, guint k, gconstpointer data)
{
  const PrecisDigitsOf *d = data;
  return precis_same_digits (d->text, d->spans, s, k);
}

GArray *
precis_select (const PrecisVectors *vectors, const gdouble *scores, const gchar *text,
               const PrecisSpan *spans, const guint *n_words, const PrecisBudget *budget, gdouble max_cosine,
               gboolean *repeat)
{
  guint n = vectors->n_sentences;
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  g_return_val_if_fail (max_cosine > 0, chosen);
  if (n == 0)
    return chosen;

  g_autofree Candidate *cand = g_new (Candidate, n);
  guint n_cand = 0;
  for (guint i = 0; i < n; i++)
    if ((spans[i].flags & PRECIS_SPAN_FURNITURE) == 0)
      cand[n_cand++] = (Candidate){ i, scores[i] };
  if (n_cand == 0) /* nothing but furniture: better that than nothing */
    for (guint i = 0; i < n; i++)
      cand[n_cand++] = (Candidate){ i, scores[i] };
  qsort (cand, n_cand, sizeof (Candidate), compare_candidate);

  guint max_sentences = n_cand;
  guint max_words = G_MAXUINT;
  if (budget->kind == PRECIS_BUDGET_SENTENCES)
    max_sentences = MIN (n_cand, MAX (budget->n, 1));
  else if (budget->kind == PRECIS_BUDGET_RATIO)
    max_sentences = MIN (n_cand, MAX ((guint)ceil (budget->ratio * n_cand - 1e-9), 1));
  else
    max_words = budget->n;

  g_auto (PrecisSimilar) similar = { 0 };
  precis_similar_init (&similar, vectors, max_cosine);
  const PrecisDigitsOf digits = { text, spans };
  guint words = 0;
  for (guint k = 0; k < n_cand && chosen->len < max_sentences; k++)
    {
      guint s = cand[k].index;
      if (chosen->len > 0 && words + n_words[s] > max_words)
        continue;
      if (precis_similar_any (&similar, s, G_MAXUINT, NULL, max_cosine, precis_same_digits_test, &digits))
        {
          if (repeat != NULL)
            repeat[s] = TRUE;
          continue;
        }
      g_array_append_val (chosen, s);
      precis_similar_add (&similar, s);
      words += n_words[s];
    }
  qsort (chosen->data, chosen->len, sizeof (guint), compare_guint);
  return chosen;
}

/* Whether @held of a sentence's @n terms are enough for it to be held in another. */
static inline gboolean
held_enough (guint n, guint held)
{
  return n >= PRECIS_ACROSS_HELD_MIN_TERMS && held >= PRECIS_ACROSS_HELD_SHARE * n;
}

/* Whether the content words of sentence @a are, nearly all, words of @b: "fares will rise by 15
 * per cent in January" inside "fares will rise by 15 % in January - the first increase in six
 * years - ...", which the cosine finds apart for the longer one's other words. */
static gboolean
held_in (const PrecisVectors *vectors, guint a, guint b)
{
  guint n = vectors->row[a + 1] - vectors->row[a], held = 0;
  for (guint e = vectors->row[a]; e < vectors->row[a + 1]; e++)
    held += precis_vectors_tf (vectors, b, vectors->entries[e].term) > 0;
  return held_enough (n, held);
}

/* Whether the content words of sentence @a are, nearly all, words of the sentences chosen. */
static gboolean
covered (const PrecisVectors *vectors, guint a, const GArray *chosen)
{
  guint n = vectors->row[a + 1] - vectors->row[a], held = 0;
  if (n < PRECIS_ACROSS_HELD_MIN_TERMS || chosen->len < 2)
    return FALSE; /* against one sentence, held_in() says it */
  for (guint e = vectors->row[a]; e < vectors->row[a + 1]; e++)
    for (guint c = 0; c < chosen->len; c++)
      if (precis_vectors_tf (vectors, g_array_index (chosen, guint, c), vectors->entries[e].term) > 0)
        {
          held++;
          break;
        }
  return held >= PRECIS_ACROSS_COVERED_SHARE * n;
}

/* Per term of @tokens (over @text), whether it is a figure: written with a digit first, less years
 * (1900-2099), which two different facts of one story share, and the digits after a figure's comma
 * or point ("000m" of "10,000m" and "5,000m", "38" of "22.38"), which two different figures share.
 * The caller frees the result with g_free(). */
static gboolean *
figure_terms (const PrecisTokens *tokens, const gchar *text)
{
  gboolean *figure = g_new0 (gboolean, MAX (tokens->n_terms, 1));
  for (guint t = 0; t < tokens->n_tokens; t++)
    {
      const PrecisToken *tok = &tokens->tokens[t];
      const gchar *w = text + precis_token_start (tok);
      gsize len = precis_token_len (tok);
      gboolean year = len == 4 && (strncmp (w, "19", 2) == 0 || strncmp (w, "20", 2) == 0)
                      && g_ascii_isdigit (w[2]) && g_ascii_isdigit (w[3]);
      gboolean inner = w > text && (w[-1] == ',' || w[-1] == '.') && w - 1 > text && g_ascii_isdigit (w[-2]);
      if (g_ascii_isdigit (w[0]) && !year && !inner)
        figure[tok->term] = TRUE;
    }
  return figure;
}

/* Whether sentence @a repeats @b: held_in (@a, @b), or @a states a fact @b states: @b gives at least
 * half of @a's figures (@figure: per term, figure_terms(); at least one) and
 * PRECIS_ACROSS_FIGURE_TERMS of its other content words ("Liverpool beat Chelsea 2-1 to win the FA
 * Cup" and "... gave Liverpool a 2-1 victory over Chelsea in the FA Cup final"; not "beat Bovina 1-6
 * 6-1 6-4" after "beating Likhotseva 7-5 6-4", another match). One walk of @a's terms for both. */
static gboolean
repeats (const PrecisVectors *vectors, const gboolean *figure, guint a, guint b)
{
  guint n = vectors->row[a + 1] - vectors->row[a], held = 0;
  guint n_figures = 0, n_shared_figures = 0, n_words = 0;
  for (guint e = vectors->row[a]; e < vectors->row[a + 1]; e++)
    {
      guint term = vectors->entries[e].term;
      gboolean shared = precis_vectors_tf (vectors, b, term) > 0;
      held += shared;
      if (figure != NULL)
        {
          n_figures += figure[term];
          n_shared_figures += figure[term] && shared;
          n_words += !figure[term] && shared;
        }
    }
  if (held_enough (n, held))
    return TRUE;
  return n_shared_figures > 0 && 2 * n_shared_figures >= n_figures && n_words >= PRECIS_ACROSS_FIGURE_TERMS;
}

GArray *
precis_select_novel (const PrecisVectors *vectors, const gdouble *scores, const PrecisTokens *tokens,
                     const gchar *text, guint budget, gdouble max_cosine, guint first)
{
  guint n = vectors->n_sentences;
  g_autofree gboolean *figure = tokens != NULL ? figure_terms (tokens, text) : NULL;
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gboolean *taken = g_new0 (gboolean, MAX (n, 1));
  if (first < n && budget > 0)
    {
      taken[first] = TRUE;
      g_array_append_val (chosen, first);
    }
  while (chosen->len < budget)
    {
      guint best = G_MAXUINT;
      gdouble best_value = -1;
      for (guint i = 0; i < n; i++)
        {
          if (taken[i])
            continue;
          gdouble overlap = 0;
          gboolean held = FALSE;
          for (guint c = 0; c < chosen->len && !held; c++)
            {
              guint k = g_array_index (chosen, guint, c);
              overlap = MAX (overlap, precis_vectors_cosine (vectors, i, k));
              held = repeats (vectors, figure, i, k) || held_in (vectors, k, i);
            }
          if (overlap >= max_cosine || held || covered (vectors, i, chosen))
            continue;
          gdouble value = scores[i] * (1 - overlap);
          if (value > best_value)
            {
              best_value = value;
              best = i;
            }
        }
      if (best == G_MAXUINT)
        break;
      taken[best] = TRUE;
      g_array_append_val (chosen, best);
    }
  return chosen;
}
