/* keywords.c - the document's tokens and sentence scores in, its keywords out.
 *
 * Each term is weighted by the scores of the sentences it occurs in (furniture left out) and by
 * a mild inverse sentence frequency, log (1 + N / sf), so that a word found in every sentence
 * (a function word of a language without a stopword list) ranks below the topic words; terms
 * made only of digits are left out. The top N_KEYWORDS are shown each in its most frequent
 * surface form (ties: the first seen). O(tokens + terms x N_KEYWORDS).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "base/text.h"
#include "pipeline/keywords.h"

/* How many keywords a summary reports. */
#define N_KEYWORDS 10
/* Distinct surface forms counted per keyword. */
#define MAX_FORMS 8

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

gchar **
precis_keywords_find (const gchar *text, const PrecisTokens *tokens, const PrecisVectors *vectors,
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
          numeric[tok[k].term]
              &= precis_all_digits (text + precis_token_start (&tok[k]), precis_token_len (&tok[k]));
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
             && !(precis_token_len (&tok[form_token[j][f]]) == precis_token_len (&tok[k])
                  && memcmp (text + precis_token_start (&tok[form_token[j][f]]),
                             text + precis_token_start (&tok[k]), precis_token_len (&tok[k]))
                         == 0))
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
      out[j] = g_strndup (text + precis_token_start (t), precis_token_len (t));
    }
  return out;
}
