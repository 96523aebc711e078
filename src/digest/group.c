/* group.c - the digest's articles in, its stories out.
 *
 * Every article becomes an L2-normalised tf-idf vector of its stems: tf sublinear (1 + log tf),
 * idf log (1 + max (N, IDF_MIN_ARTICLES) / df) over the digest's N articles. Candidate pairs
 * come from an inverted index over each article's TOP_TERMS heaviest terms that some other
 * article has too; pairs whose cosine reaches the threshold are joined (union-find, single
 * link): a story is a connected component. The lead article of a story is the one nearest its
 * centroid; the others follow, newest first. At most N x TOP_TERMS x PAIR_WINDOW cosines plus
 * the union-find.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "digest/digest.h"

/* Terms per article used to find candidate pairs: a story's articles share their heaviest
 * terms (names, places), so a short list finds them without comparing every pair. */
#define TOP_TERMS 12
/* Each article is compared, for each of its top terms, with at most this many of the articles
 * before it that share the term (the nearest): a story's own terms are shared by a few
 * articles, so this bounds the work to O(N x TOP_TERMS x PAIR_WINDOW) without losing its pairs;
 * a thousand copies of one article still form one story, each joined to the one before. */
#define PAIR_WINDOW 64
/* A digest of fewer articles cannot tell a common word from a story's own (two reports of one
 * event out of four articles would have their shared names weigh less than their differences):
 * below this size idf is computed as if the digest had this many articles, which flattens it
 * toward plain term frequency (stopwords are already gone). */
#define IDF_MIN_ARTICLES 1000

void
precis_digest_weights_build (const PrecisDigest *d, PrecisDigestWeights *w)
{
  guint n = d->articles->len;
  guint *df = w->df = g_new0 (guint, MAX (d->n_terms, 1));
  w->row = g_new (guint, n + 1);
  guint total = 0;
  for (guint a = 0; a < n; a++)
    {
      const Article *art = d->articles->pdata[a];
      w->row[a] = total;
      total += art->n_terms;
      for (guint k = 0; k < art->n_terms; k++)
        df[art->terms[k].term]++;
    }
  w->row[n] = total;
  w->term = g_new (guint, MAX (total, 1));
  w->weight = g_new (gdouble, MAX (total, 1));
  for (guint a = 0; a < n; a++)
    {
      const Article *art = d->articles->pdata[a];
      gdouble norm = 0;
      for (guint k = 0; k < art->n_terms; k++)
        {
          guint t = art->terms[k].term;
          gdouble x = (1 + log (art->terms[k].tf)) * log (1.0 + (gdouble)MAX (n, IDF_MIN_ARTICLES) / df[t]);
          w->term[w->row[a] + k] = t;
          w->weight[w->row[a] + k] = x;
          norm += x * x;
        }
      norm = sqrt (norm);
      for (guint k = w->row[a]; k < w->row[a + 1]; k++)
        w->weight[k] /= norm > 0 ? norm : 1;
    }
}

void
precis_digest_weights_clear (PrecisDigestWeights *w)
{
  g_free (w->row);
  g_free (w->term);
  g_free (w->weight);
  g_free (w->df);
}

static gdouble
weights_dot (const PrecisDigestWeights *w, guint a, guint b)
{
  guint i = w->row[a], j = w->row[b];
  gdouble dot = 0;
  while (i < w->row[a + 1] && j < w->row[b + 1])
    {
      if (w->term[i] < w->term[j])
        i++;
      else if (w->term[i] > w->term[j])
        j++;
      else
        dot += w->weight[i++] * w->weight[j++];
    }
  return dot;
}

/* Heavier first; ties: the smaller term id. */
static gint
compare_heavier (gconstpointer pa, gconstpointer pb, gpointer data)
{
  const PrecisDigestWeights *w = data;
  guint x = *(const guint *)pa, y = *(const guint *)pb;
  if (w->weight[x] != w->weight[y])
    return w->weight[x] < w->weight[y] ? 1 : -1;
  return (w->term[x] > w->term[y]) - (w->term[x] < w->term[y]);
}

static guint
find_root (guint *parent, guint a)
{
  while (parent[a] != a)
    {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
  return a;
}

/* parent[a] after the call: the smallest index of a's story. */
void
precis_digest_group (const PrecisDigest *d, const PrecisDigestWeights *w, guint *parent)
{
  guint n = d->articles->len;
  for (guint a = 0; a < n; a++)
    parent[a] = a;

  /* Each article's top terms (positions in w), and the inverted index over them. */
  g_autofree guint *top_row = g_new (guint, n + 1);
  GArray *top = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) pos = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint a = 0; a < n; a++)
    {
      top_row[a] = top->len;
      g_array_set_size (pos, 0);
      for (guint k = w->row[a]; k < w->row[a + 1]; k++)
        if (w->df[w->term[k]] > 1) /* a term no other article has proposes no pair */
          g_array_append_val (pos, k);
      g_array_sort_with_data (pos, compare_heavier, (gpointer)w);
      for (guint k = 0; k < MIN (pos->len, TOP_TERMS); k++)
        g_array_append_val (top, w->term[g_array_index (pos, guint, k)]);
    }
  top_row[n] = top->len;

  const guint *top_terms = (const guint *)(gpointer)top->data;
  g_autofree guint *post_row = g_new0 (guint, d->n_terms + 1);
  for (guint k = 0; k < top->len; k++)
    post_row[top_terms[k] + 1]++;
  for (guint t = 0; t < d->n_terms; t++)
    post_row[t + 1] += post_row[t];
  g_autofree guint *fill = g_memdup2 (post_row, sizeof (guint) * (d->n_terms + 1));
  g_autofree guint *postings = g_new (guint, MAX (top->len, 1));
  for (guint a = 0; a < n; a++)
    for (guint k = top_row[a]; k < top_row[a + 1]; k++)
      postings[fill[top_terms[k]]++] = a;

  /* Pairs (b < a) sharing a top term, each compared once: for each term, the PAIR_WINDOW
   * articles before a in its postings (cursor[t] is a's place there, as a goes up). */
  g_autofree guint *seen = g_new0 (guint, MAX (n, 1));
  g_autofree guint *cursor = g_memdup2 (post_row, sizeof (guint) * (d->n_terms + 1));
  for (guint a = 0; a < n; a++)
    for (guint k = top_row[a]; k < top_row[a + 1]; k++)
      {
        guint t = top_terms[k];
        guint here = cursor[t]++;
        guint from = here - post_row[t] > PAIR_WINDOW ? here - PAIR_WINDOW : post_row[t];
        for (guint p = here; p-- > from;)
          {
            guint b = postings[p];
            if (seen[b] == a + 1)
              continue;
            seen[b] = a + 1;
            guint ra = find_root (parent, a), rb = find_root (parent, b);
            if (ra == rb || weights_dot (w, a, b) < d->threshold)
              continue;
            parent[MAX (ra, rb)] = MIN (ra, rb);
          }
      }
  g_array_unref (top);
  for (guint a = 0; a < n; a++)
    parent[a] = find_root (parent, a);
}

typedef struct
{
  guint article;
  gdouble closeness; /* cosine with the story's centroid */
} Member;

static gint64
article_time (const PrecisDigest *d, guint a)
{
  return ((const Article *)d->articles->pdata[a])->time;
}

static gint
compare_newer (gconstpointer pa, gconstpointer pb, gpointer data)
{
  guint x = *(const guint *)pa, y = *(const guint *)pb;
  int c = precis_digest_compare_time_desc (article_time (data, x), article_time (data, y));
  return c != 0 ? c : (x > y) - (x < y);
}

void
precis_digest_order_members (const PrecisDigest *d, const PrecisDigestWeights *w, guint *members,
                             guint n_members, gdouble *centroid)
{
  if (n_members < 2)
    return;
  for (guint m = 0; m < n_members; m++)
    for (guint k = w->row[members[m]]; k < w->row[members[m] + 1]; k++)
      centroid[w->term[k]] += w->weight[k];
  guint lead = 0;
  gdouble best = -1;
  for (guint m = 0; m < n_members; m++)
    {
      gdouble dot = 0;
      for (guint k = w->row[members[m]]; k < w->row[members[m] + 1]; k++)
        dot += w->weight[k] * centroid[w->term[k]];
      if (dot > best + 1e-12)
        {
          best = dot;
          lead = m;
        }
    }
  for (guint m = 0; m < n_members; m++)
    for (guint k = w->row[members[m]]; k < w->row[members[m] + 1]; k++)
      centroid[w->term[k]] = 0;
  guint first = members[lead];
  members[lead] = members[0];
  members[0] = first;
  /* The rest newest first, ties in the order added. */
  GArray *rest = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_vals (rest, members + 1, n_members - 1);
  g_array_sort_with_data (rest, compare_newer, (gpointer)d);
  memcpy (members + 1, rest->data, sizeof (guint) * (n_members - 1));
  g_array_unref (rest);
}
