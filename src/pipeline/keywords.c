/* keywords.c - the document's tokens and sentence centralities in, its keywords out.
 *
 * Each occurrence of a term adds the centrality of its sentence (furniture left out), and the
 * sum is weighted by the term's spread over the document, sf x log (1 + N / sf): a word of many
 * sentences is the topic, one of the opening sentence only ("Every morning ...") is not, and
 * the spread grows ever slower towards every sentence (a function word of a language without a
 * stopword list). The centrality is PageRank's alone, before a ranker's position and length
 * factors (the editor's favour the opening, whose words would swamp the rest). Terms made only
 * of digits are left out. The top N_KEYWORDS are shown each in its most frequent surface form
 * (ties: the first seen). The digits test is read from the tokens
 * (precis_term_forms_find), and, for a large document, every term's form too, so that the
 * summariser can free the tokens before the graph is built; the scores come from the
 * sentence vectors. The language's words that are never keywords (data/keywords.txt: "said",
 * "will", time words such as "week"; "May" only in small letters) are left out of the best
 * N_CANDIDATES terms. O(tokens x MAX_FORMS + terms x N_CANDIDATES).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "base/data.h"
#include "base/text.h"
#include "pipeline/keywords.h"

/* How many keywords a summary reports ... */
#define N_KEYWORDS 10
/* ... chosen from this many best terms, less the language's words that are never keywords
 * (data/keywords.txt: "said", "will"). */
#define N_CANDIDATES 16
/* Distinct surface forms counted per keyword. */
#define MAX_FORMS 8

/* Whether a term of score @x ranks before an earlier term (a smaller id) of score @y: by score,
 * ties to the earlier term. Written as the comparison of score, then id, would decide it for a
 * later term, NaN included (unequal, and not less: first). */
static inline gboolean
ranks_before_earlier (gdouble x, gdouble y)
{
  return x != y && !(x < y);
}

/* A surface form of a term being counted: its first token, its count and the term's next form
 * (an index + 1 into the forms, 0: none). */
typedef struct
{
  guint token;
  guint count;
  guint next;
} FormCount;

/* The most frequent surface form (ties: the first seen) of each term that @slot maps to a
 * slot (-1: none; @slot NULL: every term, slot = term id), as a token, into best[slot]. A term
 * has few forms ("bridge", "Bridge", "bridges"); more than MAX_FORMS are not counted. Each slot
 * holds a chain of its forms in order of first sight, in one array grown as forms are found: a
 * document of many terms with one form each (a long list of figures) needs a form a term, not
 * room for MAX_FORMS. */
static void
count_forms (const gchar *text, const PrecisTokens *tokens, const gint *slot, guint n_slots,
             PrecisToken *best)
{
  const PrecisToken *tok = tokens->tokens;
  g_autofree guint *head = g_new0 (guint, MAX (n_slots, 1));
  /* Room for two forms a slot, doubled when more come (a candidate's forms: a block small enough
   * for malloc's per-thread cache). */
  gsize capacity = 2 * (gsize)MAX (n_slots, 1);
  g_autofree FormCount *forms = g_new (FormCount, capacity);
  guint n_forms = 0;
  for (guint k = 0; k < tokens->n_tokens; k++)
    {
      gint j = slot != NULL ? slot[tok[k].term] : (gint)tok[k].term;
      if (j < 0)
        continue;
      guint len = precis_token_len (&tok[k]);
      const gchar *word = text + precis_token_start (&tok[k]);
      guint f = head[j], last = 0, n = 0;
      for (; f != 0; last = f, f = forms[f - 1].next, n++)
        {
          const PrecisToken *seen = &tok[forms[f - 1].token];
          if (precis_token_len (seen) == len && memcmp (text + precis_token_start (seen), word, len) == 0)
            break;
        }
      if (f == 0)
        {
          if (n == MAX_FORMS)
            continue;
          if (n_forms == capacity)
            {
              capacity *= 2;
              forms = g_renew (FormCount, forms, capacity);
            }
          forms[n_forms++] = (FormCount){ k, 0, 0 };
          f = n_forms;
          if (last == 0)
            head[j] = f;
          else
            forms[last - 1].next = f;
        }
      forms[f - 1].count++;
    }
  for (guint j = 0; j < n_slots; j++)
    {
      const FormCount *b = NULL;
      for (guint f = head[j]; f != 0; f = forms[f - 1].next)
        if (b == NULL || forms[f - 1].count > b->count)
          b = &forms[f - 1];
      if (b != NULL)
        best[j] = tok[b->token];
    }
}

void
precis_term_forms_find (const gchar *text, const PrecisTokens *tokens, const PrecisSpan *spans, gboolean all,
                        PrecisTermForms *forms)
{
  guint n_terms = tokens->n_terms;
  const PrecisToken *tok = tokens->tokens;
  forms->n_terms = n_terms;
  forms->numeric = g_new (guint8, MAX (n_terms, 1));
  memset (forms->numeric, 1, n_terms);
  /* The flags through a local, and each sentence's end read once: a store of a byte may alias
   * anything, and the compiler read forms->numeric and the bounds again after each. */
  guint8 *numeric = forms->numeric;
  for (guint s = 0; s < tokens->n_sentences; s++)
    {
      if (spans[s].flags & PRECIS_SPAN_FURNITURE)
        continue;
      for (guint k = tokens->first[s], end = tokens->first[s + 1]; k < end; k++)
        {
          guint term = tok[k].term;
          if (numeric[term]) /* a term found not numeric stays so: no need to look again */
            {
              /* A token never is empty: its first byte settles most without the call (an ASCII
               * digit, as g_ascii_isdigit() says, without its table's pointer). */
              const gchar *t = text + precis_token_start (&tok[k]);
              numeric[term] = t[0] >= '0' && t[0] <= '9' && precis_all_digits (t, precis_token_len (&tok[k]));
            }
        }
    }
  forms->form = NULL;
  if (all)
    {
      forms->form = g_new0 (PrecisToken, MAX (n_terms, 1));
      count_forms (text, tokens, NULL, n_terms, forms->form);
    }
}

void
precis_term_forms_clear (PrecisTermForms *forms)
{
  g_free (forms->form);
  g_free (forms->numeric);
  memset (forms, 0, sizeof *forms);
}

/* What data/keywords.txt says of a word. */
enum
{
  NOT_KEYWORD = 1,   /* never a keyword */
  NOT_KEYWORD_LOWER, /* a name too ("May"): not a keyword in small letters */
};

/* The bits of a language's filter of its words (below). */
#define NOT_KEYWORD_FILTER_BITS 4096

/* A language's words of data/keywords.txt: lower-case word -> NOT_KEYWORD or NOT_KEYWORD_LOWER,
 * and a filter of them: the bit of each word's not_keyword_hash() set. A word whose bit is clear
 * is none of them, and is told so without the table's look-up (most keywords are no such word). */
typedef struct
{
  GHashTable *words;
  guint64 filter[NOT_KEYWORD_FILTER_BITS / 64];
} NotKeywords;

/* The step of not_keyword_hash() that adds the byte @b. */
static inline guint
not_keyword_hash_step (guint h, guchar b)
{
  return h * 31 + b;
}

static guint
not_keyword_hash (const gchar *word)
{
  guint h = 0;
  for (const gchar *c = word; *c != '\0'; c++)
    h = not_keyword_hash_step (h, (guchar)*c);
  return h;
}

static inline gboolean
not_keyword_filter_has (const NotKeywords *nk, guint h)
{
  h %= NOT_KEYWORD_FILTER_BITS;
  return (nk->filter[h / 64] >> (h % 64) & 1) != 0;
}

static void
not_keywords_free (gpointer data)
{
  NotKeywords *nk = data;
  g_hash_table_unref (nk->words);
  g_free (nk);
}

/* The words of data/keywords.txt: a table of language name -> NotKeywords, read once. */
static void
add_not_keyword (const gchar *language, gchar *line, gpointer table)
{
  if (line == NULL)
    {
      NotKeywords *nk = g_new0 (NotKeywords, 1);
      nk->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_replace (table, g_strdup (language), nk);
      return;
    }
  NotKeywords *nk = language != NULL ? g_hash_table_lookup (table, language) : NULL;
  if (nk != NULL)
    {
      gchar *lower = g_utf8_strdown (line, -1);
      guint h = not_keyword_hash (lower) % NOT_KEYWORD_FILTER_BITS;
      nk->filter[h / 64] |= G_GUINT64_CONSTANT (1) << (h % 64);
      g_hash_table_replace (
          nk->words, lower,
          GINT_TO_POINTER (g_unichar_isupper (g_utf8_get_char (line)) ? NOT_KEYWORD_LOWER : NOT_KEYWORD));
    }
}

static GHashTable *
not_keywords_get (void)
{
  static GHashTable *table;
  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, not_keywords_free);
      precis_data_sections ("keywords.txt", add_not_keyword, t);
      g_once_init_leave (&table, t);
    }
  return table;
}

/* The longest word (in bytes) of data/keywords.txt's lists, and more. */
#define NOT_KEYWORD_MAX_BYTES 32

/* Whether @word (@len bytes), a keyword's most frequent surface form, is one of @words, compared
 * without case; but a word that is a name too is left out only in small letters: "May" as most
 * frequent form is most often the name ("Theresa May"), as a modal seldom opens most of its
 * sentences. */
static gboolean
is_not_keyword (const NotKeywords *nk, const gchar *word, gsize len)
{
  gchar lower[NOT_KEYWORD_MAX_BYTES + 1];
  if (nk == NULL || len >= sizeof lower || len == 0)
    return FALSE;
  g_autofree gchar *folded = NULL;
  guint h = 0;
  for (gsize i = 0; i < len && folded == NULL; i++)
    {
      if ((guchar)word[i] >= 0x80)
        folded = g_utf8_strdown (word, (gssize)len);
      lower[i] = precis_ascii_lower (word[i]);
      h = not_keyword_hash_step (h, (guchar)lower[i]);
    }
  /* An ASCII word is looked up only when its bit is set (a word past ASCII always). */
  if (folded == NULL && !not_keyword_filter_has (nk, h))
    return FALSE;
  lower[len] = '\0';
  gint kind = GPOINTER_TO_INT (g_hash_table_lookup (nk->words, folded != NULL ? folded : lower));
  return kind == NOT_KEYWORD
         || (kind == NOT_KEYWORD_LOWER && !g_unichar_isupper (g_utf8_get_char_validated (word, (gssize)len)));
}

gchar **
precis_keywords_find (const gchar *text, const PrecisTermForms *forms, const PrecisTokens *tokens,
                      const PrecisVectors *vectors, const PrecisSpan *spans, const gdouble *scores,
                      const gchar *language)
{
  guint n_terms = forms->n_terms;
  /* Each term's score, set here (a block zeroed by g_new0 cost more than this loop); when the
   * forms are counted here, each term's slot among the candidates after them, in the same
   * block. */
  gsize n_slots = MAX (n_terms, 1);
  g_autofree gdouble *score_of
      = g_malloc (n_slots * sizeof (gdouble) + (forms->form == NULL ? n_slots * sizeof (gint) : 0));
  for (guint t = 0; t < n_terms; t++)
    score_of[t] = 0;
  guint n = vectors->n_sentences;
  /* Each occurrence adds its sentence's score: tf times, in sentence order, as the tokens
   * would add it one by one. */
  for (guint s = 0; s < n; s++)
    {
      if (spans[s].flags & PRECIS_SPAN_FURNITURE)
        continue;
      /* The same additions in the same order, summed in a local: through memory, the compiler
       * loads and stores the score at each one. */
      gdouble add = scores[s];
      for (guint k = vectors->row[s]; k < vectors->row[s + 1]; k++)
        {
          const PrecisEntry *e = &vectors->entries[k];
          gdouble sum = score_of[e->term] + add; /* an entry's tf is at least 1 */
          for (guint r = 1; r < e->tf; r++)
            sum += add;
          score_of[e->term] = sum;
        }
    }

  /* In one pass over the terms: each score times the spread of its sentence frequency (that of
   * a small frequency computed once, the same expression), and the top N_CANDIDATES by score
   * (ties: the earlier term), by insertion into a short list. The terms come in increasing
   * order, so a term ranks before a listed one only by a higher score. A term of digits is
   * never listed: its weight is not needed. */
  gdouble weight_of_sf[PRECIS_SF_MEMO];
  guint8 known[PRECIS_SF_MEMO] = { 0 };
  guint top[N_CANDIDATES];
  gdouble top_score[N_CANDIDATES]; /* their weighted scores, beside them */
  guint n_top = 0;
  for (guint t = 0; t < n_terms; t++)
    {
      if (forms->numeric[t])
        continue;
      guint sf = MAX (vectors->post[t + 1] - vectors->post[t], 1u);
      gdouble score = score_of[t];
      if (sf >= PRECIS_SF_MEMO)
        score *= sf * log (1.0 + (gdouble)n / sf);
      else
        {
          if (!known[sf])
            {
              weight_of_sf[sf] = sf * log (1.0 + (gdouble)n / sf);
              known[sf] = 1;
            }
          score *= weight_of_sf[sf];
        }
      if (score <= 0)
        continue;
      if (n_top == N_CANDIDATES && !ranks_before_earlier (score, top_score[n_top - 1]))
        continue;
      guint k = n_top < N_CANDIDATES ? n_top++ : N_CANDIDATES - 1;
      while (k > 0 && ranks_before_earlier (score, top_score[k - 1]))
        {
          top[k] = top[k - 1];
          top_score[k] = top_score[k - 1];
          k--;
        }
      top[k] = t;
      top_score[k] = score;
    }
  PrecisToken best[N_CANDIDATES];
  if (forms->form != NULL)
    for (guint j = 0; j < n_top; j++)
      best[j] = forms->form[top[j]];
  else
    {
      gint *slot = (gint *)(gpointer)(score_of + n_slots);
      for (guint t = 0; t < n_terms; t++)
        slot[t] = -1;
      for (guint j = 0; j < n_top; j++)
        slot[top[j]] = (gint)j;
      count_forms (text, tokens, slot, n_top, best);
    }
  const NotKeywords *excluded = language != NULL ? g_hash_table_lookup (not_keywords_get (), language) : NULL;
  /* The keywords chosen first, then written in one block: the pointers, their NULL, and each
   * word with its NUL after them (one allocation, not one a word). */
  guint chosen[N_KEYWORDS];
  guint m = 0;
  gsize room = 0;
  for (guint j = 0; j < n_top && m < N_KEYWORDS; j++)
    {
      guint len = precis_token_len (&best[j]);
      if (!is_not_keyword (excluded, text + precis_token_start (&best[j]), len))
        {
          chosen[m++] = j;
          room += len + 1;
        }
    }
  gchar **out = g_malloc ((m + 1) * sizeof (gchar *) + room);
  gchar *at = (gchar *)(out + m + 1);
  for (guint k = 0; k < m; k++)
    {
      guint len = precis_token_len (&best[chosen[k]]);
      memcpy (at, text + precis_token_start (&best[chosen[k]]), len);
      at[len] = '\0';
      out[k] = at;
      at += len + 1;
    }
  out[m] = NULL;
  return out;
}
