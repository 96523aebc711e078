/* digest.c - many articles in, a digest of stories out: PrecisDigest.
 *
 * Each article is summarised when it is added (the summariser also counts its stemmed terms).
 * When the stories are asked for:
 *
 * 1. Grouping. Every article becomes an L2-normalised tf-idf vector of its stems: tf
 *    sublinear (1 + log tf), idf log (1 + max (N, IDF_MIN_ARTICLES) / df) over the digest's N
 *    articles. Candidate pairs come from an inverted index over each article's TOP_TERMS
 *    heaviest terms that some other article has too; pairs whose cosine reaches the threshold
 *    are joined (union-find, single link): a story is a connected component.
 * 2. The lead article of a story is the one nearest its centroid; the others follow, newest
 *    first. The headline is the lead's title (or generated headline).
 * 3. A story of one article keeps that article's summary. A story of several is summarised
 *    across them: each article contributes its best sentences, which form one graph (tf-idf
 *    cosine edges) ranked by PageRank with a teleport vector made of the sentences' scores in
 *    their own articles (each article weighing the same), then chosen under the lead
 *    article's length by maximal marginal relevance (choose_novel), and shown leads first: by
 *    position in their own article, then lead article first.
 * 4. Ordering (date or size), the item limit, then sections (by source).
 *
 * Rendering (Markdown, text, HTML, JSON) reads the stories only. Complexity: O(total input)
 * for adding; grouping at most N x TOP_TERMS x PAIR_WINDOW cosines plus the union-find;
 * summaries linear in the stories' candidates.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "input/date.h"
#include "output/page.h"
#include "pipeline/summary.h"

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
/* Articles of a story that contribute sentences to its summary (the nearest to its centroid). */
#define MAX_GROUP_ARTICLES 16

typedef struct
{
  PrecisArticle meta; /* owned copies; text NULL */
  gint64 time;
  PrecisSummary *summary;
  gchar *headline;
  PrecisEntry *terms; /* digest term ids with counts, by term id */
  guint n_terms;
} Article;

typedef struct
{
  PrecisDigestItem pub;
  gchar **summary; /* owned; pub.summary */
  guint *articles; /* owned; pub.articles */
  gint64 time;     /* the newest article's, or G_MININT64 */
  guint first;     /* the index of its first article added */
  guint rank;      /* position after ordering, to keep sections stable */
} Item;

struct _PrecisDigest
{
  PrecisSummarizer *summarizer; /* borrowed */
  gchar *title;
  gdouble threshold;
  PrecisDigestOrder order;
  PrecisDigestSections sections;
  guint max_items;
  GPtrArray *articles;  /* of Article */
  GHashTable *term_ids; /* stem -> id + 1 */
  guint n_terms;
  GArray *counts;   /* scratch: PrecisTermCount */
  GPtrArray *items; /* of Item; NULL until asked for after a change */
};

static void
article_free (gpointer data)
{
  Article *a = data;
  g_free ((gchar *)a->meta.id);
  g_free ((gchar *)a->meta.title);
  g_free ((gchar *)a->meta.url);
  g_free ((gchar *)a->meta.source);
  g_free ((gchar *)a->meta.date);
  precis_summary_free (a->summary);
  g_free (a->headline);
  g_free (a->terms);
  g_free (a);
}

static void
item_free (gpointer data)
{
  Item *it = data;
  g_strfreev (it->summary);
  g_free (it->articles);
  g_free (it);
}

PrecisDigest *
precis_digest_new (PrecisSummarizer *summarizer)
{
  g_return_val_if_fail (summarizer != NULL, NULL);
  PrecisDigest *d = g_new0 (PrecisDigest, 1);
  d->summarizer = summarizer;
  d->title = g_strdup ("Digest");
  d->threshold = PRECIS_DIGEST_DEFAULT_THRESHOLD;
  d->articles = g_ptr_array_new_with_free_func (article_free);
  d->term_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->counts = g_array_new (FALSE, FALSE, sizeof (PrecisTermCount));
  return d;
}

void
precis_digest_free (PrecisDigest *d)
{
  if (d == NULL)
    return;
  g_free (d->title);
  g_ptr_array_unref (d->articles);
  g_hash_table_unref (d->term_ids);
  g_array_unref (d->counts);
  if (d->items)
    g_ptr_array_unref (d->items);
  g_free (d);
}

static void
invalidate (PrecisDigest *d)
{
  g_clear_pointer (&d->items, g_ptr_array_unref);
}

/* A copy of a metadata string, valid UTF-8 with white space collapsed; NULL for NULL or blank. */
static gchar *
clean_field (const gchar *s)
{
  if (s == NULL)
    return NULL;
  g_autofree gchar *valid = g_utf8_make_valid (s, -1);
  gchar *out = precis_collapse_space (valid, 0, strlen (valid));
  if (out[0] == '\0')
    g_clear_pointer (&out, g_free);
  return out;
}

void
precis_digest_set_title (PrecisDigest *d, const gchar *title)
{
  g_free (d->title);
  d->title = clean_field (title);
  if (d->title == NULL)
    d->title = g_strdup ("Digest");
}

void
precis_digest_set_threshold (PrecisDigest *d, gdouble threshold)
{
  d->threshold = CLAMP (threshold, 1e-6, 1.0);
  invalidate (d);
}

void
precis_digest_set_order (PrecisDigest *d, PrecisDigestOrder order)
{
  d->order = order;
  invalidate (d);
}

void
precis_digest_set_sections (PrecisDigest *d, PrecisDigestSections sections)
{
  d->sections = sections;
  invalidate (d);
}

void
precis_digest_set_max_items (PrecisDigest *d, guint max_items)
{
  d->max_items = max_items;
  invalidate (d);
}

static int
compare_entry_term (gconstpointer a, gconstpointer b)
{
  const PrecisEntry *x = a, *y = b;
  return (x->term > y->term) - (x->term < y->term);
}

gboolean
precis_digest_add (PrecisDigest *d, const PrecisArticle *article, GError **error)
{
  const gchar *text = article->text ? article->text : "";
  gssize len = article->text ? article->len : 0;
  g_autofree gchar *title = clean_field (article->title);
  if ((len == 0 || (len < 0 && text[0] == '\0')) && title == NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGUMENT,
                   "the article has neither text nor a title");
      return FALSE;
    }
  g_array_set_size (d->counts, 0);
  PrecisSummary *sum = precis_summarizer_run_counting (d->summarizer, text, len, d->counts, error);
  if (sum == NULL)
    return FALSE;

  Article *a = g_new0 (Article, 1);
  a->summary = sum;
  a->meta.id = clean_field (article->id);
  a->meta.url = clean_field (article->url);
  a->meta.source = clean_field (article->source);
  a->meta.date = clean_field (article->date);
  a->meta.len = -1;
  a->time = precis_date_parse (a->meta.date);
  if (title == NULL)
    title = clean_field (precis_summary_get_title (sum)); /* a text's title line */
  const gchar *headline = precis_summary_get_headline (sum);
  a->headline = g_strdup (title ? title : headline[0] ? headline : a->meta.id ? a->meta.id : "Untitled");
  a->meta.title = g_steal_pointer (&title);

  a->n_terms = d->counts->len;
  a->terms = g_new (PrecisEntry, MAX (a->n_terms, 1));
  for (guint i = 0; i < d->counts->len; i++)
    {
      const PrecisTermCount *c = &g_array_index (d->counts, PrecisTermCount, i);
      guint id = GPOINTER_TO_UINT (g_hash_table_lookup (d->term_ids, c->stem));
      if (id == 0)
        {
          id = ++d->n_terms;
          g_hash_table_insert (d->term_ids, g_strdup (c->stem), GUINT_TO_POINTER (id));
        }
      a->terms[i] = (PrecisEntry){ id - 1, c->count };
    }
  qsort (a->terms, a->n_terms, sizeof (PrecisEntry), compare_entry_term);
  g_ptr_array_add (d->articles, a);
  invalidate (d);
  return TRUE;
}

guint
precis_digest_get_n_articles (const PrecisDigest *d)
{
  return d->articles->len;
}

const PrecisArticle *
precis_digest_get_article (const PrecisDigest *d, guint i)
{
  g_return_val_if_fail (i < d->articles->len, NULL);
  return &((Article *)d->articles->pdata[i])->meta;
}

/* ---- 1. Grouping ---- */

/* The articles' weighted vectors, one sparse row each, by term id. */
typedef struct
{
  guint *row; /* n + 1 */
  guint *term;
  gdouble *weight;
  guint *df; /* per term: the articles it occurs in */
} Weights;

static void
weights_build (PrecisDigest *d, Weights *w)
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

static void
weights_clear (Weights *w)
{
  g_free (w->row);
  g_free (w->term);
  g_free (w->weight);
  g_free (w->df);
}

static gdouble
weights_dot (const Weights *w, guint a, guint b)
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
  const Weights *w = data;
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
static void
group_articles (PrecisDigest *d, const Weights *w, guint *parent)
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

/* ---- 2, 3. One story ---- */

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

static int
compare_time_desc (gint64 x, gint64 y)
{
  return (x < y) - (x > y);
}

static gint
compare_newer (gconstpointer pa, gconstpointer pb, gpointer data)
{
  guint x = *(const guint *)pa, y = *(const guint *)pb;
  int c = compare_time_desc (article_time (data, x), article_time (data, y));
  return c != 0 ? c : (x > y) - (x < y);
}

/* Puts the member nearest the centroid first and the others newest first (ties: order added). */
static void
order_members (const PrecisDigest *d, const Weights *w, guint *members, guint n_members, gdouble *centroid)
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

static gchar **
single_summary (const Article *a)
{
  guint n = precis_summary_get_n_sentences (a->summary);
  gchar **out = g_new0 (gchar *, n + 1);
  for (guint k = 0; k < n; k++)
    out[k] = g_strdup (precis_summary_get_sentence (a->summary, k)->text);
  return out;
}

typedef struct
{
  guint article; /* position in the story */
  guint index;   /* sentence in its document */
  gdouble prior;
} Candidate;

static int
compare_sentence_score (gconstpointer pa, gconstpointer pb)
{
  const PrecisSentence *x = *(const PrecisSentence *const *)pa, *y = *(const PrecisSentence *const *)pb;
  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return (x->index > y->index) - (x->index < y->index);
}

static int
compare_sentence_index (gconstpointer pa, gconstpointer pb)
{
  const PrecisSentence *x = *(const PrecisSentence *const *)pa, *y = *(const PrecisSentence *const *)pb;
  return (x->index > y->index) - (x->index < y->index);
}

/* Candidates (indices into @data, a GArray of Candidate) by their sentence's position in its
 * article, then by article. */
static gint
compare_by_position (gconstpointer pa, gconstpointer pb, gpointer data)
{
  const Candidate *x = &g_array_index ((GArray *)data, Candidate, *(const guint *)pa);
  const Candidate *y = &g_array_index ((GArray *)data, Candidate, *(const guint *)pb);
  if (x->index != y->index)
    return x->index < y->index ? -1 : 1;
  return (x->article > y->article) - (x->article < y->article);
}

/* The summary of a story told by several articles (see the top of the file). */
static gchar **
group_summary (PrecisDigest *d, const guint *members, guint n_members)
{
  guint k_articles = MIN (n_members, MAX_GROUP_ARTICLES);
  guint budget = 0;
  for (guint m = 0; m < k_articles && budget == 0; m++)
    budget = precis_summary_get_n_sentences (((const Article *)d->articles->pdata[members[m]])->summary);
  if (budget == 0)
    return g_new0 (gchar *, 1);
  guint per_article = 2 * budget + 2;

  GArray *cand = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr (GPtrArray) texts = g_ptr_array_new ();
  for (guint m = 0; m < k_articles; m++)
    {
      const PrecisSummary *sum = ((const Article *)d->articles->pdata[members[m]])->summary;
      guint n_all = precis_summary_get_n_document_sentences (sum);
      g_autoptr (GPtrArray) best = g_ptr_array_new ();
      for (guint i = 0; i < n_all; i++)
        {
          const PrecisSentence *p = precis_summary_get_document_sentence (sum, i);
          if (!p->furniture && p->text[0] != '\0')
            g_ptr_array_add (best, (gpointer)p);
        }
      g_ptr_array_sort (best, compare_sentence_score);
      g_ptr_array_set_size (best, MIN (best->len, per_article));
      g_ptr_array_sort (best, compare_sentence_index);
      gdouble mass = 0;
      for (guint i = 0; i < best->len; i++)
        mass += ((const PrecisSentence *)best->pdata[i])->score;
      for (guint i = 0; i < best->len; i++)
        {
          const PrecisSentence *p = best->pdata[i];
          gdouble share = mass > 0 ? p->score / mass : 1.0 / best->len;
          Candidate c = { m, p->index, share / k_articles };
          g_array_append_val (cand, c);
          g_ptr_array_add (texts, (gpointer)p->text);
        }
    }

  guint n = cand->len;
  g_autofree gdouble *prior = g_new (gdouble, MAX (n, 1));
  gdouble total = 0;
  for (guint i = 0; i < n; i++)
    total += g_array_index (cand, Candidate, i).prior;
  for (guint i = 0; i < n; i++)
    prior[i] = total > 0 ? g_array_index (cand, Candidate, i).prior / total : 1.0 / n;

  g_autoptr (GArray) chosen
      = precis_summarizer_choose_across (d->summarizer, (const gchar *const *)texts->pdata, n, prior, budget);

  /* Leads first: by position in the sentence's own article, then by article. */
  g_array_sort_with_data (chosen, compare_by_position, cand);
  gchar **out = g_new0 (gchar *, chosen->len + 1);
  for (guint k = 0; k < chosen->len; k++)
    out[k] = g_strdup (texts->pdata[g_array_index (chosen, guint, k)]);
  g_array_unref (cand);
  return out;
}

/* ---- 4. Order and sections ---- */

static gint
compare_items (gconstpointer pa, gconstpointer pb, gpointer data)
{
  const Item *x = *(const Item *const *)pa, *y = *(const Item *const *)pb;
  if (*(const PrecisDigestOrder *)data == PRECIS_DIGEST_ORDER_SIZE && x->pub.n_articles != y->pub.n_articles)
    return x->pub.n_articles < y->pub.n_articles ? 1 : -1;
  int c = compare_time_desc (x->time, y->time);
  if (c != 0)
    return c;
  /* The story whose first article came first. */
  return (x->first > y->first) - (x->first < y->first);
}

/* By section name (case-insensitively, then bytewise; no section last), then by rank. */
static int
compare_sections (gconstpointer pa, gconstpointer pb)
{
  const Item *x = *(const Item *const *)pa, *y = *(const Item *const *)pb;
  const gchar *sx = x->pub.section, *sy = y->pub.section;
  if (sx != NULL && sy != NULL)
    {
      g_autofree gchar *fx = g_utf8_casefold (sx, -1);
      g_autofree gchar *fy = g_utf8_casefold (sy, -1);
      int c = strcmp (fx, fy);
      if (c == 0)
        c = strcmp (sx, sy);
      if (c != 0)
        return c;
    }
  else if (sx != sy)
    return sx == NULL ? 1 : -1;
  return (x->rank > y->rank) - (x->rank < y->rank);
}

static void
build_items (PrecisDigest *d)
{
  guint n = d->articles->len;
  d->items = g_ptr_array_new_with_free_func (item_free);
  if (n == 0)
    return;
  Weights w;
  weights_build (d, &w);
  g_autofree guint *parent = g_new (guint, n);
  group_articles (d, &w, parent);

  /* Members of each story, in the order added (counting sort by root). */
  g_autofree guint *start = g_new0 (guint, n + 1);
  for (guint a = 0; a < n; a++)
    start[parent[a] + 1]++;
  for (guint a = 0; a < n; a++)
    start[a + 1] += start[a];
  g_autofree guint *fill = g_memdup2 (start, sizeof (guint) * (n + 1));
  g_autofree guint *members = g_new (guint, n);
  for (guint a = 0; a < n; a++)
    members[fill[parent[a]]++] = a;

  g_autofree gdouble *centroid = g_new0 (gdouble, MAX (d->n_terms, 1));
  for (guint root = 0; root < n; root++)
    {
      guint count = start[root + 1] - start[root];
      if (count == 0)
        continue;
      Item *it = g_new0 (Item, 1);
      it->articles = g_memdup2 (members + start[root], sizeof (guint) * count);
      order_members (d, &w, it->articles, count, centroid);
      const Article *lead = d->articles->pdata[it->articles[0]];
      it->first = root; /* the smallest index of the story: its union-find root */
      it->time = G_MININT64;
      for (guint m = 0; m < count; m++)
        it->time = MAX (it->time, article_time (d, it->articles[m]));
      it->pub.headline = lead->headline;
      for (guint m = 0; m < count && d->sections == PRECIS_DIGEST_SECTIONS_SOURCE && !it->pub.section; m++)
        it->pub.section = ((const Article *)d->articles->pdata[it->articles[m]])->meta.source;
      it->pub.articles = it->articles;
      it->pub.n_articles = count;
      g_ptr_array_add (d->items, it);
    }
  weights_clear (&w);

  g_ptr_array_sort_with_data (d->items, compare_items, &d->order);
  if (d->max_items > 0 && d->items->len > d->max_items)
    g_ptr_array_set_size (d->items, d->max_items);
  for (guint i = 0; i < d->items->len; i++)
    ((Item *)d->items->pdata[i])->rank = i;
  if (d->sections == PRECIS_DIGEST_SECTIONS_SOURCE)
    g_ptr_array_sort (d->items, compare_sections);

  /* Summaries last: only the stories kept. */
  for (guint i = 0; i < d->items->len; i++)
    {
      Item *it = d->items->pdata[i];
      it->summary = it->pub.n_articles == 1 ? single_summary (d->articles->pdata[it->articles[0]])
                                            : group_summary (d, it->articles, it->pub.n_articles);
      it->pub.summary = (const gchar *const *)it->summary;
    }
}

guint
precis_digest_get_n_items (PrecisDigest *d)
{
  if (d->items == NULL)
    build_items (d);
  return d->items->len;
}

const PrecisDigestItem *
precis_digest_get_item (PrecisDigest *d, guint i)
{
  g_return_val_if_fail (i < precis_digest_get_n_items (d), NULL);
  return &((Item *)d->items->pdata[i])->pub;
}

/* ---- Rendering ---- */

/* The date to show: YYYY-MM-DD when it could be read, else as written; NULL when none. */
static gchar *
shown_date (const Article *a)
{
  if (a->time == G_MININT64)
    return g_strdup (a->meta.date);
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (a->time);
  return dt ? g_date_time_format (dt, "%Y-%m-%d") : g_strdup (a->meta.date);
}

static void
append_plain (GString *out, const gchar *text)
{
  g_string_append (out, text);
}

/* " — SOURCE, DATE" (either may be missing; nothing when both are), each part escaped. */
static void
append_byline (GString *out, const Article *a, void (*escape) (GString *, const gchar *))
{
  g_autofree gchar *date = shown_date (a);
  if (a->meta.source == NULL && date == NULL)
    return;
  g_string_append (out, " — ");
  if (a->meta.source)
    escape (out, a->meta.source);
  if (a->meta.source && date)
    g_string_append (out, ", ");
  if (date)
    escape (out, date);
}

static guint
count_articles (PrecisDigest *d)
{
  guint n = 0;
  for (guint i = 0; i < d->items->len; i++)
    n += ((Item *)d->items->pdata[i])->pub.n_articles;
  return n;
}

static gchar *
overview (PrecisDigest *d)
{
  guint n_items = d->items->len, n_articles = count_articles (d);
  return g_strdup_printf ("%u %s from %u %s", n_items, n_items == 1 ? "story" : "stories", n_articles,
                          n_articles == 1 ? "article" : "articles");
}

/* Whether item i opens a new section. */
static gboolean
new_section (PrecisDigest *d, guint i)
{
  if (d->sections != PRECIS_DIGEST_SECTIONS_SOURCE)
    return FALSE;
  const gchar *s = ((Item *)d->items->pdata[i])->pub.section;
  return i == 0 || g_strcmp0 (s, ((Item *)d->items->pdata[i - 1])->pub.section) != 0;
}

#define NO_SECTION "Other sources"

/* The Markdown destination of a link: spaces, parentheses and angle brackets percent-encoded. */
static void
append_markdown_url (GString *out, const gchar *url)
{
  for (const gchar *p = url; *p; p++)
    if (strchr (" ()<>", *p) != NULL)
      g_string_append_printf (out, "%%%02X", (guchar)*p);
    else
      g_string_append_c (out, *p);
}

static void
append_joined (GString *out, const gchar *const *sentences)
{
  for (guint k = 0; sentences[k] != NULL; k++)
    {
      if (k > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, sentences[k]);
    }
}

static gchar *
render_markdown (PrecisDigest *d)
{
  GString *out = g_string_new ("# ");
  precis_escape_markdown (out, d->title);
  g_autofree gchar *over = overview (d);
  g_string_append_printf (out, "\n\n*%s*\n", over);
  for (guint i = 0; i < d->items->len; i++)
    {
      const Item *it = d->items->pdata[i];
      if (new_section (d, i))
        {
          g_string_append (out, "\n## ");
          precis_escape_markdown (out, it->pub.section ? it->pub.section : NO_SECTION);
          g_string_append_c (out, '\n');
        }
      g_string_append (out, "\n### ");
      precis_escape_markdown (out, it->pub.headline);
      g_string_append (out, "\n\n");
      if (it->summary[0] != NULL)
        {
          GString *para = g_string_new (NULL);
          append_joined (para, it->pub.summary);
          precis_escape_markdown (out, para->str);
          g_string_free (para, TRUE);
          g_string_append (out, "\n\n");
        }
      for (guint m = 0; m < it->pub.n_articles; m++)
        {
          const Article *a = d->articles->pdata[it->articles[m]];
          g_string_append (out, "- ");
          if (precis_is_web_address (a->meta.url))
            {
              g_string_append_c (out, '[');
              precis_escape_markdown (out, a->headline);
              g_string_append (out, "](");
              append_markdown_url (out, a->meta.url);
              g_string_append_c (out, ')');
            }
          else
            precis_escape_markdown (out, a->headline);
          append_byline (out, a, precis_escape_markdown);
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

static gchar *
render_text (PrecisDigest *d)
{
  GString *out = g_string_new (d->title);
  g_string_append_c (out, '\n');
  for (glong k = g_utf8_strlen (d->title, -1); k > 0; k--)
    g_string_append_c (out, '=');
  g_autofree gchar *over = overview (d);
  g_string_append_printf (out, "\n%s\n", over);
  for (guint i = 0; i < d->items->len; i++)
    {
      const Item *it = d->items->pdata[i];
      if (new_section (d, i))
        g_string_append_printf (out, "\n== %s ==\n", it->pub.section ? it->pub.section : NO_SECTION);
      g_string_append_printf (out, "\n%u. %s\n", i + 1, it->pub.headline);
      if (it->summary[0] != NULL)
        {
          g_string_append (out, "   ");
          append_joined (out, it->pub.summary);
          g_string_append_c (out, '\n');
        }
      for (guint m = 0; m < it->pub.n_articles; m++)
        {
          const Article *a = d->articles->pdata[it->articles[m]];
          g_string_append_printf (out, "   - %s", a->headline);
          append_byline (out, a, append_plain);
          if (a->meta.url)
            g_string_append_printf (out, " <%s>", a->meta.url);
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

static gchar *
render_html (PrecisDigest *d)
{
  GString *out = g_string_new (NULL);
  precis_page_open (out, d->title, precis_summarizer_get_language (d->summarizer));
  g_string_append (out, "<h1 style=\"" PRECIS_PAGE_H1 "\">");
  precis_escape_html (out, d->title);
  g_autofree gchar *over = overview (d);
  g_string_append (out, "</h1>\n<p style=\"" PRECIS_PAGE_META "\">");
  precis_escape_html (out, over);
  g_string_append (out, "</p>\n");
  for (guint i = 0; i < d->items->len; i++)
    {
      const Item *it = d->items->pdata[i];
      if (new_section (d, i))
        {
          g_string_append (out, "<h2 style=\"" PRECIS_PAGE_H2 "\">");
          precis_escape_html (out, it->pub.section ? it->pub.section : NO_SECTION);
          g_string_append (out, "</h2>\n");
        }
      g_string_append (out, "<div style=\"" PRECIS_PAGE_CARD "\">\n<h3 style=\"" PRECIS_PAGE_H3 "\">");
      precis_escape_html (out, it->pub.headline);
      g_string_append (out, "</h3>\n");
      if (it->summary[0] != NULL)
        {
          g_string_append (out, "<p style=\"" PRECIS_PAGE_P "\">");
          GString *para = g_string_new (NULL);
          append_joined (para, it->pub.summary);
          precis_escape_html (out, para->str);
          g_string_free (para, TRUE);
          g_string_append (out, "</p>\n");
        }
      g_string_append (out, "<ul style=\"" PRECIS_PAGE_SOURCES "\">\n");
      for (guint m = 0; m < it->pub.n_articles; m++)
        {
          const Article *a = d->articles->pdata[it->articles[m]];
          g_string_append (out, "<li>");
          gboolean link = precis_is_web_address (a->meta.url);
          if (link)
            {
              g_string_append (out, "<a href=\"");
              precis_escape_html (out, a->meta.url);
              g_string_append (out, "\" style=\"" PRECIS_PAGE_LINK "\">");
            }
          precis_escape_html (out, a->headline);
          if (link)
            g_string_append (out, "</a>");
          append_byline (out, a, precis_escape_html);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n</div>\n");
    }
  precis_page_close (out);
  return g_string_free (out, FALSE);
}

static void
add_string_or_null (JsonBuilder *b, const gchar *name, const gchar *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static gchar *
render_json (PrecisDigest *d)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  add_string_or_null (b, "title", d->title);
  json_builder_set_member_name (b, "n_articles");
  json_builder_add_int_value (b, count_articles (d));
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < d->items->len; i++)
    {
      const Item *it = d->items->pdata[i];
      json_builder_begin_object (b);
      add_string_or_null (b, "headline", it->pub.headline);
      if (d->sections == PRECIS_DIGEST_SECTIONS_SOURCE)
        add_string_or_null (b, "section", it->pub.section);
      json_builder_set_member_name (b, "summary");
      json_builder_begin_array (b);
      for (guint k = 0; it->summary[k] != NULL; k++)
        json_builder_add_string_value (b, it->summary[k]);
      json_builder_end_array (b);
      json_builder_set_member_name (b, "sources");
      json_builder_begin_array (b);
      for (guint m = 0; m < it->pub.n_articles; m++)
        {
          const Article *a = d->articles->pdata[it->articles[m]];
          json_builder_begin_object (b);
          add_string_or_null (b, "title", a->headline);
          add_string_or_null (b, "url", a->meta.url);
          add_string_or_null (b, "source", a->meta.source);
          add_string_or_null (b, "date", a->meta.date);
          add_string_or_null (b, "id", a->meta.id);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}

gchar *
precis_digest_render (PrecisDigest *d, PrecisFormat format)
{
  precis_digest_get_n_items (d);
  switch (format)
    {
    case PRECIS_FORMAT_TEXT:
      return render_text (d);
    case PRECIS_FORMAT_JSON:
      return render_json (d);
    case PRECIS_FORMAT_HTML:
      return render_html (d);
    case PRECIS_FORMAT_MARKDOWN:
    default:
      return render_markdown (d);
    }
}
