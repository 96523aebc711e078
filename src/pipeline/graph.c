/* graph.c - sentence vectors in, a weighted sentence graph out.
 *
 * Edges come from the inverted index: for each sentence i, walking the postings of its terms
 * visits exactly the sentences that share a term with it, accumulating a similarity in a
 * sparse accumulator; no dense n x n matrix is ever built (the postings that join a sentence
 * to no other, its own and those of its terms found nowhere else, are not walked). Similarities,
 * by ranker:
 *   textrank  shared distinct terms / (log |Si| + log |Sj|)       (Mihalcea & Tarau 2004)
 *   cosine    tf-idf cosine                                       (LexRank, continuous)
 *   bm25      BM25 (k1 = 1.2, b = 0.75) of Sj for the query Si,
 *             negative idf replaced by 0.25 x mean idf            (Barrios et al. 2016)
 * The work is the number of (sentence, sentence, shared term) visits, sum over terms of
 * sf(t)^2. When that would pass PAIR_BUDGET_BASE + PAIR_BUDGET_PER_SENTENCE x N (only very
 * large or repetitive inputs), the most widespread terms, which carry the least information,
 * are left out of the graph until it fits; time and memory then stay O(N + budget).
 * TextRank's and the cosine's similarities are symmetric, bit for bit (the same shared terms
 * summed in the same order, each product and the normaliser commutative): their graphs keep
 * each edge once, which halves the largest arrays of a large document. A large TextRank graph
 * keeps each edge's count of shared terms (two bytes) instead of its weight (eight), the
 * weight computed from it when read, to the same bits (precis_graph_weight()).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline/graph.h"

/* Sentence-pair visits allowed before widespread terms are dropped: 2M plus 16 per sentence
 * keeps the edges (12 bytes each) at 24 MB plus 192 bytes a sentence, and the time linear.
 * An article (tens of sentences, hundreds of visits) never comes near it. */
#define PAIR_BUDGET_BASE (2u << 20)
#define PAIR_BUDGET_PER_SENTENCE 16u
/* A row's edges are sorted by insertion up to this many (an article's rows have a few dozen),
 * by qsort past it. */
#define SORT_BY_INSERTION 64u
/* The log of a sentence's length below this is read from a table computed once a process. */
#define LOG_MEMO 256

/* log (k) for 0 < k < LOG_MEMO: the same bits as each call gave (log of the same argument),
 * without a call for each sentence of each document. */
static const gdouble *
log_table (void)
{
  static gdouble table[LOG_MEMO];
  static gsize done = 0;
  if (g_once_init_enter (&done))
    {
      for (guint k = 1; k < LOG_MEMO; k++)
        table[k] = log (k);
      g_once_init_leave (&done, 1);
    }
  return table;
}
/* In a symmetric graph of at most SCAN_SENTENCES_MAX sentences (an article; its two arrays of
 * that many entries stay small), a row of k edges to later sentences is instead read off in
 * order by one pass over the later sentences when there are at most SCAN_PER_EDGE times k of
 * them (no sort); the other rows, and a larger document's, are sorted. (With 8,192 sentences
 * the pass cost 1 MB of news 4 % more instructions than the sorts and more in wall-clock time.) */
#define SCAN_PER_EDGE 8u
#define SCAN_SENTENCES_MAX 512u
/* From this bound on a TextRank graph's edges (8 MB of weights; an article has hundreds of
 * edges) and this many sentences (about 2 MB of news text) the edges keep their counts, not
 * their weights: PageRank then computes each weight at each visit (a division), time spent
 * for a quarter of a large document's largest array (+7 % instructions for 1 MB of news,
 * which stays under it: its graph is near the pair budget's floor, large for its text, but
 * the whole well within 3 x the input + 30 MB). */
#define COUNT_EDGES_MIN (1u << 20)
#define COUNT_SENTENCES_MIN (1u << 14)

/* BM25 parameters, the usual defaults (Robertson & Zaragoza 2009) used by Barrios et al. */
#define BM25_K1 1.2
#define BM25_B 0.75
/* Barrios et al.: a negative idf is replaced by this fraction of the mean idf. */
#define BM25_EPSILON 0.25
/* In short documents every idf can be <= 0; this floor keeps their terms counting a little. */
#define BM25_MIN_IDF 1e-3
/* Floor for the idf used in cosine weights (see vectors.c). */
#define COSINE_IDF_FLOOR 0.1

typedef struct
{
  guint term;
  guint sf;
} TermFreq;

typedef struct
{
  guint target;
  guint count; /* TextRank's shared terms */
  gdouble weight;
} Edge;

static int
compare_targets (gconstpointer a, gconstpointer b)
{
  const Edge *x = a, *y = b;
  return (x->target > y->target) - (x->target < y->target);
}

static int
compare_widespread (gconstpointer a, gconstpointer b)
{
  const TermFreq *x = a, *y = b;
  if (x->sf != y->sf)
    return x->sf < y->sf ? 1 : -1;
  return (x->term > y->term) - (x->term < y->term);
}

/* Marks the terms to use (@keep) and those of them whose postings are visited (@visit: the
 * ones in more than one sentence; a term of one sentence joins it to no other, and most of an
 * article's terms are); returns how many were left out. *pairs gets the kept terms' sum of
 * sf x (sf - 1): their sum of sf squared less their sum of sf (the postings they hold). */
static guint
choose_terms (const PrecisVectors *v, gboolean *keep, gboolean *visit, guint64 *pairs)
{
  guint64 cost = 0, n_postings = v->post[v->n_terms] - v->post[0];
  for (guint t = 0; t < v->n_terms; t++)
    {
      guint64 sf = v->post[t + 1] - v->post[t];
      cost += sf * sf;
      keep[t] = TRUE;
      visit[t] = sf > 1;
    }
  guint64 budget = PAIR_BUDGET_BASE + (guint64)PAIR_BUDGET_PER_SENTENCE * v->n_sentences;
  *pairs = cost - n_postings;
  if (cost <= budget)
    return 0;

  g_autofree TermFreq *order = g_new (TermFreq, v->n_terms);
  for (guint t = 0; t < v->n_terms; t++)
    order[t] = (TermFreq){ t, v->post[t + 1] - v->post[t] };
  qsort (order, v->n_terms, sizeof (TermFreq), compare_widespread);
  guint n_dropped = 0;
  for (guint k = 0; k < v->n_terms && cost > budget; k++)
    {
      keep[order[k].term] = visit[order[k].term] = FALSE;
      cost -= (guint64)order[k].sf * order[k].sf;
      n_postings -= order[k].sf;
      n_dropped++;
    }
  *pairs = cost - n_postings;
  return n_dropped;
}

/* One visit: sentence @j, at posting @p of term @e, gets the term's similarity added to acc[j],
 * and is listed in @touched the first time. */
static G_ALWAYS_INLINE inline void
visit_posting (const PrecisVectors *v, const PrecisPostings *index, const PrecisEntry *e, gsize p, guint j,
               PrecisRanker ranker, const gdouble *term_weight, const gdouble *sent_factor, gdouble *acc,
               gboolean *seen, guint *touched, guint *n_touched)
{
  gdouble c = 1; /* TextRank counts shared terms */
  if (precis_graph_reads_tf (ranker))
    {
      guint tf_j = index->tf[p];
      if (G_UNLIKELY (tf_j == PRECIS_POSTING_TF_MAX))
        tf_j = precis_vectors_tf (v, j, e->term);
      if (ranker == PRECIS_RANKER_BM25)
        c = e->tf * term_weight[e->term] * tf_j * (BM25_K1 + 1) / (tf_j + sent_factor[j]);
      else
        c = e->tf * tf_j * term_weight[e->term] * term_weight[e->term];
    }
  if (!seen[j])
    {
      seen[j] = TRUE;
      touched[(*n_touched)++] = j;
    }
  acc[j] += c;
}

/* Row @i's visits: every other sentence j that shares a term to @visit with sentence i gets the
 * term's similarity (visit_posting()); how many sentences are touched. Only the terms in more
 * than one sentence are visited (@visit), and of their postings, which are in sentence order
 * and hold i's own, the ones before i's and the ones after it, with no test of each for i.
 * Inlined with @ranker a constant, so that each similarity has a loop of its own. */
static G_ALWAYS_INLINE inline guint
visit_row (const PrecisVectors *v, const PrecisPostings *index, guint i, const gboolean *visit,
           PrecisRanker ranker, const gdouble *term_weight, const gdouble *sent_factor, gdouble *acc,
           gboolean *seen, guint *touched)
{
  guint n_touched = 0;
  /* Bounds and arrays in locals: the stores below might otherwise alias them. */
  const guint *post = index->post, *postings = index->postings;
  gsize row_end = v->row[i + 1];
  for (gsize k = v->row[i]; k < row_end; k++)
    {
      const PrecisEntry *e = &v->entries[k];
      if (!visit[e->term])
        continue;
      gsize p = post[e->term], post_end = post[e->term + 1];
      for (guint j; (j = postings[p]) != i; p++)
        visit_posting (v, index, e, p, j, ranker, term_weight, sent_factor, acc, seen, touched, &n_touched);
      for (p++; p < post_end; p++)
        visit_posting (v, index, e, p, postings[p], ranker, term_weight, sent_factor, acc, seen, touched,
                       &n_touched);
    }
  return n_touched;
}

void
precis_graph_build (const PrecisVectors *v, PrecisRanker similarity, PrecisGraph *g)
{
  PrecisRanker ranker = similarity;
  memset (g, 0, sizeof *g);
  guint n = v->n_sentences;
  g->n_nodes = n;
  /* Every entry of these is written below (each row's end, each node's weight out, each
   * sentence's factor, each term's weight where the similarity reads it): not zeroed. */
  g->row = g_new (guint, n + 1);
  g->row[0] = 0;
  g->out_weight = g_new (gdouble, MAX (n, 1));
  g->symmetric = ranker != PRECIS_RANKER_BM25;

  /* Each term's two flags and, where the similarity reads it, its weight in one block (the
   * weights first, for their alignment). */
  gsize n_slots = MAX (v->n_terms, 1), n_weights = precis_graph_reads_tf (ranker) ? n_slots : 0;
  g_autofree gdouble *term_block = g_malloc (n_weights * sizeof (gdouble) + 2 * n_slots * sizeof (gboolean));
  gdouble *term_weight = n_weights > 0 ? term_block : NULL;
  gboolean *keep = (gboolean *)(gpointer)(term_block + n_weights);
  gboolean *visit = keep + n_slots;
  guint64 bound = 0;
  g->n_skipped_terms = choose_terms (v, keep, visit, &bound);
  /* (the postings of the terms kept only: a large document's left out hold most of them; an
   * article's terms of one sentence keep theirs, whose making is cheaper than a test of each
   * entry) */
  PrecisPostings index;
  precis_postings_build (v, g->n_skipped_terms > 0 ? keep : NULL, precis_graph_reads_tf (ranker), &index);

  /* Per-term and per-sentence factors of the chosen similarity (TextRank's reads no term's). */
  g_autofree gdouble *sent_factor = g_new (gdouble, MAX (n, 1));
  if (ranker == PRECIS_RANKER_BM25)
    {
      gdouble sum = 0;
      for (guint t = 0; t < v->n_terms; t++)
        {
          gdouble sf = v->post[t + 1] - v->post[t];
          term_weight[t] = log ((n - sf + 0.5) / (sf + 0.5));
          sum += term_weight[t];
        }
      gdouble floor_idf = v->n_terms > 0 ? BM25_EPSILON * sum / v->n_terms : 0;
      floor_idf = MAX (floor_idf, BM25_MIN_IDF);
      for (guint t = 0; t < v->n_terms; t++)
        if (term_weight[t] < 0)
          term_weight[t] = floor_idf;
      for (guint s = 0; s < n; s++)
        sent_factor[s] = BM25_K1 * (1 - BM25_B + BM25_B * v->length[s] / MAX (v->avg_length, 1e-9));
    }
  else if (ranker == PRECIS_RANKER_COSINE)
    {
      for (guint t = 0; t < v->n_terms; t++)
        term_weight[t] = MAX (v->idf[t], COSINE_IDF_FLOOR);
      for (guint s = 0; s < n; s++)
        {
          gdouble norm = 0;
          for (guint k = v->row[s]; k < v->row[s + 1]; k++)
            {
              const PrecisEntry *e = &v->entries[k];
              if (keep[e->term])
                norm += (e->tf * term_weight[e->term]) * (e->tf * term_weight[e->term]);
            }
          sent_factor[s] = sqrt (norm);
        }
    }
  else
    {
      const gdouble *logs = log_table ();
      for (guint s = 0; s < n; s++)
        {
          guint length = MAX (v->length[s], 1);
          sent_factor[s] = length < LOG_MEMO ? logs[length] : log (length);
        }
    }

  /* The rows' work arrays, an entry or two per sentence each, in one block (an article's are
   * small, and six allocations of their own cost more than one): the accumulator, the row's
   * edges, the edge to each later sentence (for the pass over them, when scanned), the sentences
   * touched, their flag, and the flag of the edges kept (when scanned); the accumulator and the
   * flags zeroed. */
  gboolean scan = g->symmetric && n <= SCAN_SENTENCES_MAX;
  gsize n_work = MAX (n, 1), n_edge_arrays = scan ? 2 : 1;
  g_autofree gpointer work = g_malloc (n_work
                                       * (sizeof (gdouble) + n_edge_arrays * sizeof (Edge) + sizeof (guint)
                                          + n_edge_arrays * sizeof (gboolean)));
  gdouble *acc = work;
  Edge *row_edges = (Edge *)(gpointer)(acc + n_work);
  Edge *edge_to = scan ? row_edges + n_work : NULL;
  guint *touched = (guint *)(gpointer)(row_edges + n_edge_arrays * n_work);
  gboolean *seen = (gboolean *)(touched + n_work);
  gboolean *kept = scan ? seen + n_work : NULL;
  memset (acc, 0, n_work * sizeof (gdouble));
  memset (seen, 0, n_edge_arrays * n_work * sizeof (gboolean));
  /* Every edge comes from at least one visit: the kept terms' sf x (sf - 1) bounds them (found
   * by choose_terms()), and sizing the arrays to it once avoids doubling (and its peak) on large
   * inputs. */
  guint64 most = (guint64)n * (n > 0 ? n - 1 : 0);
  if (g->symmetric)
    {
      bound /= 2; /* each pair was counted from both ends */
      most /= 2;
    }
  gsize n_edges = 0, capacity = (gsize)MIN (bound, most);
  capacity = MAX (capacity, 16);
  /* Counts fit in two bytes when no sentence has more distinct terms. */
  guint most_terms = 0;
  for (guint s = 0; s < n; s++)
    most_terms = MAX (most_terms, v->row[s + 1] - v->row[s]);
  gboolean counts = ranker == PRECIS_RANKER_TEXTRANK && capacity >= COUNT_EDGES_MIN
                    && n >= COUNT_SENTENCES_MIN && most_terms <= G_MAXUINT16;
  g->target = g_new (guint, capacity);
  if (counts)
    {
      g->count = g_new (guint16, capacity);
      g->factor = sent_factor; /* kept, not copied */
    }
  else
    g->weight = g_new (gdouble, capacity);
  for (guint i = 0; i < n; i++)
    {
      /* The visits, in a copy of the loop for each similarity (the ranker a constant in each:
       * TextRank's reads no tf and adds 1). */
      guint n_touched
          = ranker == PRECIS_RANKER_TEXTRANK ? visit_row (v, &index, i, visit, PRECIS_RANKER_TEXTRANK,
                                                          term_weight, sent_factor, acc, seen, touched)
            : ranker == PRECIS_RANKER_BM25
                ? visit_row (v, &index, i, visit, PRECIS_RANKER_BM25, term_weight, sent_factor, acc, seen,
                             touched)
                : visit_row (v, &index, i, visit, ranker, term_weight, sent_factor, acc, seen, touched);
      guint n_row = 0;
      gdouble out_weight = 0; /* in a local: the stores below might otherwise alias it */
      for (guint k = 0; k < n_touched; k++)
        {
          guint j = touched[k];
          gdouble w = acc[j];
          guint count = counts ? (guint)w : 0; /* TextRank's: a whole number */
          acc[j] = 0;
          seen[j] = FALSE;
          if (ranker == PRECIS_RANKER_COSINE)
            {
              gdouble d = sent_factor[i] * sent_factor[j];
              w = d > 0 ? w / d : 0;
            }
          else if (ranker == PRECIS_RANKER_TEXTRANK)
            w = precis_graph_textrank_weight (w, sent_factor[i], sent_factor[j]);
          if (w > 0)
            {
              /* Summed in the order the edges are found, as PageRank summed the row. */
              out_weight += w;
              if (!g->symmetric || j > i)
                {
                  Edge e = { j, count, w };
                  if (scan)
                    {
                      edge_to[j] = e;
                      kept[j] = TRUE;
                      n_row++;
                    }
                  else
                    row_edges[n_row++] = e;
                }
            }
        }
      g->out_weight[i] = out_weight;
      /* A symmetric row's edges in the order of their targets: read off the later sentences in
       * order when they are few for the edges, else gathered in the order found and sorted
       * (the same list). */
      gboolean in_order = scan && n - 1 - i <= SCAN_PER_EDGE * n_row;
      guint m = 0;
      if (in_order)
        {
          for (guint t = i + 1; m < n_row; t++)
            if (kept[t])
              {
                kept[t] = FALSE;
                row_edges[m++] = edge_to[t];
              }
        }
      else if (scan)
        {
          for (guint k = 0; k < n_touched && m < n_row; k++)
            {
              guint t = touched[k];
              if (kept[t])
                {
                  kept[t] = FALSE;
                  row_edges[m++] = edge_to[t];
                }
            }
        }
      if (g->symmetric && !in_order && n_row > SORT_BY_INSERTION)
        qsort (row_edges, n_row, sizeof (Edge), compare_targets);
      else if (g->symmetric && !in_order)
        for (guint k = 1; k < n_row; k++)
          {
            Edge e = row_edges[k];
            guint at = k;
            for (; at > 0 && row_edges[at - 1].target > e.target; at--)
              row_edges[at] = row_edges[at - 1];
            row_edges[at] = e;
          }
      if (n_edges + n_row > capacity)
        {
          capacity = MAX (capacity * 2, n_edges + n_row);
          g->target = g_renew (guint, g->target, capacity);
          if (counts)
            g->count = g_renew (guint16, g->count, capacity);
          else
            g->weight = g_renew (gdouble, g->weight, capacity);
        }
      for (guint k = 0; k < n_row; k++)
        {
          g->target[n_edges] = row_edges[k].target;
          if (counts)
            g->count[n_edges] = (guint16)row_edges[k].count;
          else
            g->weight[n_edges] = row_edges[k].weight;
          n_edges++;
        }
      g->row[i + 1] = (guint)n_edges;
    }
  if (counts)
    sent_factor = NULL; /* the graph's now */
  precis_postings_clear (&index);
}

void
precis_graph_clear (PrecisGraph *g)
{
  g_free (g->row);
  g_free (g->target);
  g_free (g->weight);
  g_free (g->count);
  g_free (g->factor);
  g_free (g->out_weight);
  memset (g, 0, sizeof *g);
}
