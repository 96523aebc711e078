/* vectors.c - tokens in, sparse sentence vectors and an inverted index out.
 *
 * Each sentence becomes a list of (term, tf) sorted by term id; each term gets an inverse
 * sentence frequency idf(t) = log (N / sf(t)), and, for the terms a graph reads, a postings
 * list of sentences in sentence order with their tfs (a byte each, larger ones looked up in
 * the sentence's row). Both are stored CSR-style (one offsets array, one entries array).
 * Complexity: O(T log L) for T tokens and sentences of at most L words (the per-sentence
 * sort), O(N + T) memory.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "pipeline/vectors.h"

static int
compare_entry (gconstpointer a, gconstpointer b)
{
  const PrecisEntry *x = a, *y = b;
  return (x->term > y->term) - (x->term < y->term);
}

/* Sentences are short: insertion sort, unless one is not. */
#define INSERTION_SORT_MAX 48

static void
sort_entries (PrecisEntry *e, guint n)
{
  if (n > INSERTION_SORT_MAX)
    {
      qsort (e, n, sizeof (PrecisEntry), compare_entry);
      return;
    }
  for (guint i = 1; i < n; i++)
    {
      PrecisEntry x = e[i];
      guint j = i;
      while (j > 0 && e[j - 1].term > x.term)
        {
          e[j] = e[j - 1];
          j--;
        }
      e[j] = x;
    }
}

/* The postings' sentence numbers (and with @tf their tfs), each at fill[term]++, of the terms
 * with @keep (NULL: all); inlined for each value of @tf and of @keep's being NULL. */
static G_ALWAYS_INLINE inline void
fill_postings (const PrecisVectors *v, const gboolean *keep, guint *fill, gboolean tf, PrecisPostings *out)
{
  for (guint s = 0; s < v->n_sentences; s++)
    for (guint i = v->row[s]; i < v->row[s + 1]; i++)
      {
        guint term = v->entries[i].term;
        if (keep != NULL && !keep[term])
          continue;
        guint p = fill[term]++;
        out->postings[p] = s;
        if (tf)
          out->tf[p] = (guint8)MIN (v->entries[i].tf, PRECIS_POSTING_TF_MAX);
      }
}

/* Builds @v from @tokens, its entries written into @entries (room for every token): a block of
 * their own, or the tokens' own array, which they overwrite as they go (see
 * precis_vectors_build_over()). */
static void
build (const PrecisTokens *tokens, PrecisEntry *entries, PrecisVectors *v)
{
  memset (v, 0, sizeof *v);
  guint n = tokens->n_sentences;
  v->n_sentences = n;
  v->n_terms = tokens->n_terms;
  /* row[] and length[] in one block, as idf[] and post[] below (freed by their first) */
  v->row = g_new0 (guint, 2 * ((gsize)n + 1));
  v->length = v->row + n + 1;
  v->entries = entries;
  const PrecisToken *tok = tokens->tokens;

  /* Sentence vectors: each sentence's distinct terms with their counts (a term's first token in
   * the sentence adds its entry, the others count in it), then sorted by term id. The tokenizer
   * numbers the terms in order of first sight, so that the terms new in a sentence come in
   * increasing order and after all the others: the terms of no sentence before are gathered apart
   * (from the scratch's top down), the others sorted, and the two lists put one after the other.
   * Any order is sorted all the same (the acronyms' links renumber a few tokens). */
  guint out = 0;
  guint longest = 1; /* the scratch holds one sentence's entries */
  for (guint s = 0; s < n; s++)
    longest = MAX (longest, tokens->first[s + 1] - tokens->first[s]);
  /* The scratch and the two per-term arrays in one block. */
  gsize n_slots = MAX (v->n_terms, 1);
  g_autofree PrecisEntry *scratch = g_malloc (longest * sizeof (PrecisEntry) + 2 * n_slots * sizeof (guint));
  guint *seen_in = (guint *)(gpointer)(scratch + longest); /* sentence + 1 of the term's entry */
  guint *entry_of = seen_in + n_slots;                     /* where in the scratch */
  memset (seen_in, 0, n_slots * sizeof (guint));
  guint fresh = 0; /* the terms from this one on are in no sentence before */
  for (guint s = 0; s < n; s++)
    {
      v->row[s] = out;
      guint a = tokens->first[s], b = tokens->first[s + 1], m_old = 0, m_new = 0;
      for (guint i = a; i < b; i++)
        {
          guint term = tok[i].term;
          if (seen_in[term] == s + 1)
            scratch[entry_of[term]].tf++;
          else
            {
              seen_in[term] = s + 1;
              if (term < fresh)
                {
                  entry_of[term] = m_old;
                  scratch[m_old++] = (PrecisEntry){ term, 1 };
                }
              else
                {
                  entry_of[term] = longest - 1 - m_new;
                  scratch[longest - 1 - m_new++] = (PrecisEntry){ term, 1 };
                }
            }
        }
      sort_entries (scratch, m_old);
      /* The new terms, gathered downwards: turned round, and sorted if they did not come in
       * increasing order. */
      PrecisEntry *fresh_entries = scratch + longest - m_new;
      gboolean new_in_order = TRUE;
      for (guint k = 0; k < m_new / 2; k++)
        {
          PrecisEntry x = fresh_entries[k];
          fresh_entries[k] = fresh_entries[m_new - 1 - k];
          fresh_entries[m_new - 1 - k] = x;
        }
      for (guint k = 1; k < m_new && new_in_order; k++)
        new_in_order = fresh_entries[k - 1].term < fresh_entries[k].term;
      if (!new_in_order)
        sort_entries (fresh_entries, m_new);
      /* After the sentence's tokens were read: see precis_vectors_build_over(). Every term of the
       * first list is below fresh, every one of the second from it on: the two lists in turn are
       * in order. */
      memcpy (v->entries + out, scratch, m_old * sizeof (PrecisEntry));
      memcpy (v->entries + out + m_old, fresh_entries, m_new * sizeof (PrecisEntry));
      if (m_new > 0)
        fresh = MAX (fresh, fresh_entries[m_new - 1].term + 1);
      out += m_old + m_new;
      v->length[s] = b - a;
    }
  v->row[n] = out;
  if ((gpointer)entries == (gpointer)tok)
    v->entries = g_renew (PrecisEntry, entries, MAX (out, 1)); /* the tokens' tail given back */

  /* Sentence frequencies, as the offsets of a counting sort of the entries by term. */
  guint n_terms = v->n_terms;
  gsize n_idf = MAX (n_terms, 1);
  v->idf = g_malloc (n_idf * sizeof (gdouble) + ((gsize)n_terms + 1) * sizeof (guint));
  v->post = (guint *)(gpointer)(v->idf + n_idf);
  memset (v->post, 0, ((gsize)n_terms + 1) * sizeof (guint));
  for (guint i = 0; i < out; i++)
    v->post[v->entries[i].term + 1]++;
  for (guint t = 0; t < n_terms; t++)
    v->post[t + 1] += v->post[t];

  /* Most terms are in one sentence or a few: the idf of each small sentence frequency is
   * computed once (the same expression, so the same bits). */
  gdouble idf_of_sf[PRECIS_SF_MEMO];
  guint8 known[PRECIS_SF_MEMO] = { 0 };
  for (guint t = 0; t < n_terms; t++)
    {
      guint sf = v->post[t + 1] - v->post[t];
      if (sf >= PRECIS_SF_MEMO)
        v->idf[t] = log ((gdouble)n / (gdouble)sf);
      else
        {
          if (!known[sf])
            {
              idf_of_sf[sf] = log ((gdouble)n / (gdouble)sf);
              known[sf] = 1;
            }
          v->idf[t] = idf_of_sf[sf];
        }
    }

  guint64 total = 0;
  for (guint s = 0; s < n; s++)
    total += v->length[s];
  v->avg_length = n > 0 ? (gdouble)total / n : 0.0;
}

void
precis_vectors_build (const PrecisTokens *tokens, PrecisVectors *v)
{
  build (tokens, g_new (PrecisEntry, MAX (tokens->n_tokens, 1)), v);
}

void
precis_vectors_build_over (PrecisTokens *tokens, PrecisVectors *v)
{
  /* Sentence s's entries (8 bytes each, at most one per token) are written from entry
   * row[s] <= first[s] on, after its tokens (12 bytes each) are read into the scratch, and
   * end before byte 8 x first[s + 1] <= 12 x first[s + 1], where the next sentence's tokens
   * start: no token is overwritten before it is read. */
  G_STATIC_ASSERT (sizeof (PrecisEntry) <= sizeof (PrecisToken));
  G_STATIC_ASSERT (G_ALIGNOF (PrecisEntry) <= G_ALIGNOF (PrecisToken));
  if (tokens->tokens == NULL)
    tokens->tokens = g_new (PrecisToken, 1);
  build (tokens, (PrecisEntry *)(gpointer)tokens->tokens, v);
  tokens->tokens = NULL;
  tokens->n_tokens = tokens->capacity = 0;
}

void
precis_vectors_clear (PrecisVectors *v)
{
  g_free (v->row); /* and length[] */
  g_free (v->entries);
  g_free (v->idf); /* and post[] */
  memset (v, 0, sizeof *v);
}

void
precis_postings_build (const PrecisVectors *v, const gboolean *keep, gboolean tf, PrecisPostings *out)
{
  /* A counting sort of the entries of the terms kept, by term. */
  guint n_terms = v->n_terms;
  guint n = 0;
  if (keep == NULL)
    n = v->post[n_terms];
  else
    for (guint t = 0; t < n_terms; t++)
      n += keep[t] ? v->post[t + 1] - v->post[t] : 0;
  /* post[], postings[] and tf[] in one block (freed by post) */
  gsize n_post = (gsize)n_terms + 1, room = MAX (n, 1);
  out->post = g_malloc (n_post * sizeof (guint) + room * sizeof (guint) + (tf ? room : 0));
  out->postings = out->post + n_post;
  out->tf = tf ? (guint8 *)(out->postings + room) : NULL;
  if (keep == NULL)
    memcpy (out->post, v->post, n_post * sizeof (guint));
  else
    {
      out->post[0] = 0;
      for (guint t = 0; t < n_terms; t++)
        out->post[t + 1] = out->post[t] + (keep[t] ? v->post[t + 1] - v->post[t] : 0);
    }
  g_autofree guint *fill = g_memdup2 (out->post, sizeof (guint) * (n_terms + 1));
  if (keep == NULL && tf)
    fill_postings (v, NULL, fill, TRUE, out);
  else if (keep == NULL)
    fill_postings (v, NULL, fill, FALSE, out);
  else if (tf)
    fill_postings (v, keep, fill, TRUE, out);
  else
    fill_postings (v, keep, fill, FALSE, out);
}

void
precis_postings_clear (PrecisPostings *p)
{
  g_free (p->post); /* and postings[], tf[] */
  memset (p, 0, sizeof *p);
}

guint
precis_vectors_tf (const PrecisVectors *v, guint s, guint term)
{
  guint lo = v->row[s], hi = v->row[s + 1];
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (v->entries[mid].term < term)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < v->row[s + 1] && v->entries[lo].term == term ? v->entries[lo].tf : 0;
}

/* Weight of a term in a sentence for the cosine measure; idf is floored so that a term in
 * every sentence still counts a little (two one-sentence documents can still match). */
#define COSINE_IDF_FLOOR 0.1

static gdouble
cosine_weight (const PrecisVectors *v, const PrecisEntry *e)
{
  return e->tf * MAX (v->idf[e->term], COSINE_IDF_FLOOR);
}

gdouble
precis_vectors_cosine (const PrecisVectors *v, guint a, guint b)
{
  gdouble dot = 0, na = 0, nb = 0;
  guint i = v->row[a], ie = v->row[a + 1], j = v->row[b], je = v->row[b + 1];
  for (guint k = i; k < ie; k++)
    na += cosine_weight (v, &v->entries[k]) * cosine_weight (v, &v->entries[k]);
  for (guint k = j; k < je; k++)
    nb += cosine_weight (v, &v->entries[k]) * cosine_weight (v, &v->entries[k]);
  while (i < ie && j < je)
    {
      if (v->entries[i].term < v->entries[j].term)
        i++;
      else if (v->entries[i].term > v->entries[j].term)
        j++;
      else
        {
          dot += cosine_weight (v, &v->entries[i]) * cosine_weight (v, &v->entries[j]);
          i++;
          j++;
        }
    }
  if (na <= 0 || nb <= 0)
    return 0;
  return dot / (sqrt (na) * sqrt (nb));
}

/* A sentence's tail is filed under none of its terms while its squared weight stays below this
 * share of min_cosine^2 times its squared norm: the margin keeps rounding from ever letting a
 * sentence reach min_cosine through its tail alone. */
#define SIMILAR_TAIL_MARGIN 0.98

/* A sentence's entry k keyed by its term's idf (a float's bits, which keep the order of
 * non-negative floats), then k. */
static inline guint64
tail_key (const PrecisVectors *v, guint s, guint k)
{
  gfloat idf = (gfloat)MAX (v->idf[v->entries[v->row[s] + k].term], 0);
  guint32 bits;
  memcpy (&bits, &idf, sizeof bits);
  return (guint64)bits << 32 | k;
}

static int
compare_key (gconstpointer a, gconstpointer b)
{
  guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;
  return (x > y) - (x < y);
}

void
precis_similar_init (PrecisSimilar *similar, const PrecisVectors *vectors, gdouble min_cosine)
{
  *similar = (PrecisSimilar){ .vectors = vectors, .min_cosine = min_cosine };
}

/* Files sentence @s in the index. */
static void
similar_file (PrecisSimilar *similar, guint s)
{
  const PrecisVectors *v = similar->vectors;
  guint from = v->row[s], n = v->row[s + 1] - from;
  /* Each entry's key and, after them, its weight (read again for the tail) in one block. */
  g_autofree guint64 *keys = g_malloc ((gsize)MAX (n, 1) * (sizeof (guint64) + sizeof (gdouble)));
  gdouble *weight = (gdouble *)(gpointer)(keys + MAX (n, 1));
  gdouble norm = 0;
  for (guint k = 0; k < n; k++)
    {
      gdouble w = weight[k] = cosine_weight (v, &v->entries[from + k]);
      norm += w * w;
      keys[k] = tail_key (v, s, k);
    }
  /* The most widespread terms first: the tail takes them while it can. */
  qsort (keys, n, sizeof (guint64), compare_key);
  gdouble limit = SIMILAR_TAIL_MARGIN * similar->min_cosine * similar->min_cosine * norm, tail = 0;
  guint k = 0;
  for (; k < n; k++)
    {
      gdouble w = weight[(guint32)keys[k]];
      if (tail + w * w >= limit)
        break;
      tail += w * w;
    }
  for (; k < n; k++)
    {
      guint term = v->entries[from + (guint32)keys[k]].term;
      guint node[2] = { s, similar->head[term] };
      similar->head[term] = similar->nodes->len;
      g_array_append_val (similar->nodes, node);
    }
}

void
precis_similar_add (PrecisSimilar *similar, guint s)
{
  if (similar->head == NULL && similar->n_listed < PRECIS_SIMILAR_SCAN_MAX)
    {
      similar->listed[similar->n_listed++] = s;
      return;
    }
  if (similar->head == NULL)
    {
      const PrecisVectors *v = similar->vectors;
      similar->head = g_new (guint, MAX (v->n_terms, 1));
      memset (similar->head, 0xff, (gsize)MAX (v->n_terms, 1) * sizeof (guint));
      similar->seen = g_new0 (guint, MAX (v->n_sentences, 1));
      similar->nodes = g_array_new (FALSE, FALSE, 2 * sizeof (guint));
      for (guint i = 0; i < similar->n_listed; i++)
        similar_file (similar, similar->listed[i]);
      similar->n_listed = 0;
    }
  similar_file (similar, s);
}

/* Whether sentence @k, added, answers precis_similar_any() for @s. */
static inline gboolean
similar_pair (const PrecisVectors *v, guint s, guint k, guint except, const gboolean *member, gdouble cosine,
              PrecisSimilarTest test, gconstpointer data)
{
  return k != s && k != except && (member == NULL || member[k]) && precis_vectors_cosine (v, s, k) >= cosine
         && (test == NULL || test (s, k, data));
}

gboolean
precis_similar_any (PrecisSimilar *similar, guint s, guint except, const gboolean *member, gdouble cosine,
                    PrecisSimilarTest test, gconstpointer data)
{
  g_return_val_if_fail (cosine >= similar->min_cosine, FALSE);
  const PrecisVectors *v = similar->vectors;
  if (similar->head == NULL)
    {
      for (guint i = 0; i < similar->n_listed; i++)
        if (similar_pair (v, s, similar->listed[i], except, member, cosine, test, data))
          return TRUE;
      return FALSE;
    }
  if (++similar->query == 0) /* wrapped: forget what was seen */
    {
      memset (similar->seen, 0, (gsize)v->n_sentences * sizeof (guint));
      similar->query = 1;
    }
  const guint (*nodes)[2] = (const guint (*)[2]) (gconstpointer)similar->nodes->data;
  for (guint e = v->row[s]; e < v->row[s + 1]; e++)
    for (guint at = similar->head[v->entries[e].term]; at != G_MAXUINT; at = nodes[at][1])
      {
        guint k = nodes[at][0];
        if (similar->seen[k] == similar->query)
          continue;
        similar->seen[k] = similar->query;
        if (similar_pair (v, s, k, except, member, cosine, test, data))
          return TRUE;
      }
  return FALSE;
}

void
precis_similar_clear (PrecisSimilar *similar)
{
  g_free (similar->head);
  g_free (similar->seen);
  if (similar->nodes != NULL)
    g_array_unref (similar->nodes);
  *similar = (PrecisSimilar){ 0 };
}
