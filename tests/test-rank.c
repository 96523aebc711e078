/* test-rank.c - sentence vectors, the inverted-index graph and PageRank. */
#include "pipeline/keywords.h"
#include "pipeline/summary.h"
#include "pipeline/tokenize.h"
#include "test-util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Tokens from term-id lists; each list ends with -1, the whole with an empty list. */
static void
make_tokens (PrecisTokens *t, const gint *const *sentences, guint n)
{
  memset (t, 0, sizeof *t);
  t->tokens = g_new (PrecisToken, 64);
  t->capacity = 64;
  t->first = g_new0 (guint, n + 1);
  t->n_words = g_new0 (guint, n + 1);
  t->n_sentences = n;
  for (guint s = 0; s < n; s++)
    {
      t->first[s] = t->n_tokens;
      for (const gint *id = sentences[s]; *id >= 0; id++)
        {
          if (t->n_tokens == t->capacity)
            t->tokens = g_renew (PrecisToken, t->tokens, t->capacity *= 2);
          t->tokens[t->n_tokens++] = (PrecisToken){ 0, 1, (guint)*id };
          t->n_terms = MAX (t->n_terms, (guint)*id + 1);
          t->n_words[s]++;
        }
    }
  t->first[n] = t->n_tokens;
}

static void
build (const PrecisVectors *v, PrecisRanker ranker, PrecisGraph *g)
{
  PrecisRankParams params;
  precis_rank_params_for (ranker, &params);
  precis_graph_build (v, params.similarity, g);
}

static const gint s0[] = { 0, 1, 2, 0, -1 };
static const gint s1[] = { 1, 3, -1 };
static const gint s2[] = { 4, -1 };
static const gint s3[] = { 0, 1, -1 };
static const gint *const doc[] = { s0, s1, s2, s3 };

START_TEST (test_vectors)
{
  PrecisTokens t;
  PrecisVectors v;
  make_tokens (&t, doc, 4);
  precis_vectors_build (&t, &v);
  ck_assert_uint_eq (v.n_sentences, 4);
  /* sentence 0: term 0 twice, 1 and 2 once, sorted by term */
  ck_assert_uint_eq (v.row[1] - v.row[0], 3);
  ck_assert_uint_eq (v.entries[0].term, 0);
  ck_assert_uint_eq (v.entries[0].tf, 2);
  ck_assert_uint_eq (v.length[0], 4);
  /* term 1 is in sentences 0, 1, 3 */
  ck_assert_uint_eq (v.post[2] - v.post[1], 3);
  PrecisPostings all;
  precis_postings_build (&v, NULL, TRUE, &all);
  ck_assert_uint_eq (all.post[2] - all.post[1], 3);
  ck_assert_uint_eq (all.postings[all.post[1]], 0);
  ck_assert_uint_eq (all.postings[all.post[1] + 2], 3);
  ck_assert_uint_eq (all.tf[all.post[0]], 2);
  precis_postings_clear (&all);
  /* the postings of some terms only: term 0's and 3's none, term 1's as before */
  static const gboolean some[] = { FALSE, TRUE, TRUE, FALSE, TRUE };
  PrecisPostings kept;
  precis_postings_build (&v, some, FALSE, &kept);
  ck_assert_ptr_null (kept.tf);
  ck_assert_uint_eq (kept.post[1] - kept.post[0], 0);
  ck_assert_uint_eq (kept.post[4] - kept.post[3], 0);
  ck_assert_uint_eq (kept.post[2] - kept.post[1], 3);
  ck_assert_uint_eq (kept.postings[kept.post[1] + 2], 3);
  ck_assert_uint_eq (kept.post[5], 3 + 1 + 1); /* term 1's three, term 2's one, term 4's one */
  precis_postings_clear (&kept);
  ck_assert_double_eq_tol (v.idf[1], log (4.0 / 3.0), 1e-12);
  ck_assert_double_eq_tol (v.avg_length, 9.0 / 4.0, 1e-12);
  ck_assert_double_eq_tol (precis_vectors_cosine (&v, 0, 0), 1.0, 1e-12);
  ck_assert_double_eq_tol (precis_vectors_cosine (&v, 0, 2), 0.0, 1e-12);
  precis_vectors_clear (&v);
  precis_tokens_clear (&t);
}
END_TEST

static gdouble
edge (const PrecisGraph *g, guint from, guint to)
{
  if (g->symmetric && from > to)
    return edge (g, to, from); /* kept once, in the row of its smaller end */
  for (guint k = g->row[from]; k < g->row[from + 1]; k++)
    if (g->target[k] == to)
      return precis_graph_weight (g, from, k);
  return 0;
}

START_TEST (test_graph_textrank)
{
  PrecisTokens t;
  PrecisVectors v;
  PrecisGraph g;
  make_tokens (&t, doc, 4);
  precis_vectors_build (&t, &v);
  build (&v, PRECIS_RANKER_TEXTRANK, &g);
  /* s0 and s3 share terms 0 and 1: 2 / (log 4 + log 2) */
  ck_assert_double_eq_tol (edge (&g, 0, 3), 2 / (log (4) + log (2)), 1e-12);
  ck_assert_double_eq_tol (edge (&g, 3, 0), edge (&g, 0, 3), 1e-15);
  /* s0 and s1 share term 1 */
  ck_assert_double_eq_tol (edge (&g, 0, 1), 1 / (log (4) + log (2)), 1e-12);
  /* s2 shares nothing: no edges at all */
  ck_assert_uint_eq (g.row[3] - g.row[2], 0);
  ck_assert_double_eq (edge (&g, 0, 2), 0);
  ck_assert_uint_eq (g.n_skipped_terms, 0);
  precis_graph_clear (&g);
  precis_vectors_clear (&v);
  precis_tokens_clear (&t);
}
END_TEST

START_TEST (test_graph_cosine_and_bm25)
{
  PrecisTokens t;
  PrecisVectors v;
  PrecisGraph g;
  make_tokens (&t, doc, 4);
  precis_vectors_build (&t, &v);
  build (&v, PRECIS_RANKER_COSINE, &g);
  ck_assert_double_eq_tol (edge (&g, 0, 3), precis_vectors_cosine (&v, 0, 3), 1e-12);
  ck_assert_double_eq_tol (edge (&g, 1, 3), edge (&g, 3, 1), 1e-15);
  precis_graph_clear (&g);

  build (&v, PRECIS_RANKER_BM25, &g);
  /* BM25 is directed: the query s1 against s0 differs from s0 against s1 */
  ck_assert (edge (&g, 0, 1) > 0);
  ck_assert (edge (&g, 1, 0) > 0);
  ck_assert (fabs (edge (&g, 0, 1) - edge (&g, 1, 0)) > 1e-9);
  precis_graph_clear (&g);
  precis_vectors_clear (&v);
  precis_tokens_clear (&t);
}
END_TEST

/* A tf too large for the postings' byte is looked up in the sentence's row: the cosine and
 * BM25 weights read the true tf (300), not 255. */
START_TEST (test_large_tf)
{
  gint big[302], small[] = { 0, 0, -1 };
  for (guint i = 0; i < 300; i++)
    big[i] = 0;
  big[300] = 1;
  big[301] = -1;
  const gint *const two[] = { big, small };
  PrecisTokens t;
  PrecisVectors v;
  PrecisGraph g;
  make_tokens (&t, two, 2);
  precis_vectors_build (&t, &v);
  PrecisPostings index;
  precis_postings_build (&v, NULL, TRUE, &index);
  ck_assert_uint_eq (index.tf[index.post[0]], PRECIS_POSTING_TF_MAX);
  ck_assert_uint_eq (index.tf[index.post[0] + 1], 2);
  precis_postings_clear (&index);
  ck_assert_uint_eq (precis_vectors_tf (&v, 0, 0), 300);
  ck_assert_uint_eq (precis_vectors_tf (&v, 0, 1), 1);
  ck_assert_uint_eq (precis_vectors_tf (&v, 1, 1), 0);
  build (&v, PRECIS_RANKER_COSINE, &g);
  ck_assert_double_eq_tol (edge (&g, 0, 1), precis_vectors_cosine (&v, 0, 1), 1e-12);
  precis_graph_clear (&g);
  build (&v, PRECIS_RANKER_BM25, &g);
  /* the query s1 against s0: term 0 (tf 2 in s1, 300 in s0), its idf negative and floored */
  gdouble idf = 1e-3, k = 1.2 * (1 - 0.75 + 0.75 * 301 / ((301 + 2) / 2.0));
  ck_assert_double_eq_tol (edge (&g, 1, 0), 2 * idf * 300 * 2.2 / (300 + k), 1e-15);
  precis_graph_clear (&g);
  precis_vectors_clear (&v);
  precis_tokens_clear (&t);
}
END_TEST

/* A TextRank graph of a million edges or more and 16,384 sentences or more keeps each edge's
 * count of shared terms, not its weight; the weight read from it is the one the formula gives,
 * and PageRank's scores are those of the weights, to the bit. 16,456 sentences in groups of
 * 136 that share a term (1.1 million pairs, within the pair budget); sentence i has i % 3
 * words of its own. */
/* Each sentence's vector holds each of its terms once, by term id, with the count of its tokens. */
static void
check_vector_rows (const PrecisTokens *t, const PrecisVectors *v)
{
  guint *count = g_new0 (guint, MAX (t->n_terms, 1));
  for (guint s = 0; s < t->n_sentences; s++)
    {
      guint distinct = 0;
      for (guint i = t->first[s]; i < t->first[s + 1]; i++)
        distinct += count[t->tokens[i].term]++ == 0;
      ck_assert_uint_eq (v->row[s + 1] - v->row[s], distinct);
      for (guint k = v->row[s]; k < v->row[s + 1]; k++)
        {
          ck_assert (k == v->row[s] || v->entries[k - 1].term < v->entries[k].term);
          ck_assert_uint_eq (v->entries[k].tf, count[v->entries[k].term]);
        }
      for (guint i = t->first[s]; i < t->first[s + 1]; i++)
        count[t->tokens[i].term] = 0;
    }
  g_free (count);
}

/* @n random sentences of 1 to @max_len - 1 tokens into @t: with @first_sight, each token a term
 * seen before or the next new one (the tokenizer's numbering); else one term in four from twenty,
 * the others from thousands. */
static void
random_tokens (GRand *rand, guint n, guint max_len, gboolean first_sight, PrecisTokens *t)
{
  memset (t, 0, sizeof *t);
  t->n_sentences = n;
  t->first = g_new0 (guint, n + 1);
  t->n_words = g_new0 (guint, n + 1);
  t->capacity = 16;
  t->tokens = g_new (PrecisToken, t->capacity);
  for (guint s = 0; s < n; s++)
    {
      t->first[s] = t->n_tokens;
      guint len = (guint)g_rand_int_range (rand, 1, (gint32)max_len);
      for (guint k = 0; k < len; k++)
        {
          guint term;
          if (first_sight)
            term = t->n_terms > 0 && g_rand_boolean (rand)
                       ? (guint)g_rand_int_range (rand, 0, (gint32)t->n_terms)
                       : t->n_terms;
          else
            term = g_rand_int_range (rand, 0, 4) == 0 ? (guint)g_rand_int_range (rand, 0, 20)
                                                      : (guint)g_rand_int_range (rand, 20, 4000);
          if (t->n_tokens == t->capacity)
            t->tokens = g_renew (PrecisToken, t->tokens, t->capacity *= 2);
          t->tokens[t->n_tokens++] = (PrecisToken){ 0, 1, term };
          t->n_terms = MAX (t->n_terms, term + 1);
        }
      t->n_words[s] = len;
    }
  t->first[n] = t->n_tokens;
}

/* The vectors of @t into @v, checked (check_vector_rows()) and built over a copy of the tokens
 * alike. */
static void
vectors_both_ways (const PrecisTokens *t, PrecisVectors *v)
{
  guint n = t->n_sentences;
  precis_vectors_build (t, v);
  check_vector_rows (t, v);
  PrecisTokens copy = *t;
  copy.tokens = g_memdup2 (t->tokens, sizeof (PrecisToken) * t->capacity);
  copy.first = g_memdup2 (t->first, sizeof (guint) * (n + 1));
  copy.n_words = g_memdup2 (t->n_words, sizeof (guint) * (n + 1));
  PrecisVectors over;
  precis_vectors_build_over (&copy, &over);
  ck_assert_uint_eq (over.row[n], v->row[n]);
  ck_assert (memcmp (over.entries, v->entries, sizeof (PrecisEntry) * v->row[n]) == 0);
  precis_vectors_clear (&over);
  precis_tokens_clear (&copy);
}

/* Documents whose term ids go in order of first sight, as the tokenizer gives them, some tokens
 * then given another document's term (as the acronyms' links do, earlier or later): each sentence's
 * vector counts each term's tokens in order of term id, built apart and over the tokens alike. */
START_TEST (test_vectors_first_sight_order)
{
  GRand *rand = g_rand_new_with_seed (16);
  for (guint round = 0; round < 300; round++)
    {
      PrecisTokens t;
      random_tokens (rand, (guint)g_rand_int_range (rand, 1, 60), 40, TRUE, &t);
      if (round % 2 == 1)
        for (guint i = 0; i < t.n_tokens; i++)
          if (g_rand_int_range (rand, 0, 10) == 0)
            t.tokens[i].term = (guint)g_rand_int_range (rand, 0, (gint32)t.n_terms);
      PrecisVectors v;
      vectors_both_ways (&t, &v);
      precis_vectors_clear (&v);
      precis_tokens_clear (&t);
    }
  g_rand_free (rand);
}
END_TEST

/* The process's resident memory ("VmRSS") or the most of it since reset_peak_rss() ("VmHWM"),
 * in KiB; -1 where Linux does not say. */
static glong
rss_kib (const gchar *field)
{
  glong kib = -1;
  gchar line[256];
  FILE *f = fopen ("/proc/self/status", "r");
  if (f == NULL)
    return -1;
  while (fgets (line, sizeof line, f) != NULL)
    if (g_str_has_prefix (line, field) && line[strlen (field)] == ':')
      kib = strtol (line + strlen (field) + 1, NULL, 10);
  fclose (f);
  return kib;
}

static gboolean
reset_peak_rss (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");
  if (f == NULL)
    return FALSE;
  gboolean ok = fputs ("5", f) >= 0;
  return fclose (f) == 0 && ok;
}

/* A large document whose sentences share widespread terms: its graph leaves those out (the pair
 * budget), and their postings, most of the document's, are never made. The vectors and the graph
 * then hold at most 1.5 times the sentence vectors' entries at once (1.2 here); with every
 * term's postings (four bytes an entry beside the entry's eight) they held 1.8 times. */
START_TEST (test_widespread_terms_not_indexed)
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return; /* (a sanitizer's own memory would be counted) */
#endif
  enum
  {
    N = 60000,
    COMMON = 100,          /* terms in every sentence but a few */
    PER_SENTENCE = 48,     /* common terms a sentence has */
    RARE_EACH = N / 4 * 2, /* two rare terms a sentence, each in four sentences */
  };
  PrecisTokens t;
  memset (&t, 0, sizeof t);
  t.n_sentences = N;
  t.n_terms = COMMON + RARE_EACH;
  t.capacity = t.n_tokens = N * (PER_SENTENCE + 2);
  t.tokens = g_new (PrecisToken, t.capacity);
  t.first = g_new0 (guint, N + 1);
  t.n_words = g_new0 (guint, N + 1);
  guint k = 0;
  for (guint s = 0; s < N; s++)
    {
      t.first[s] = k;
      for (guint c = 0; c < PER_SENTENCE; c++)
        t.tokens[k++] = (PrecisToken){ 0, 1, (s + c) % COMMON };
      for (guint r = 0; r < 2; r++)
        t.tokens[k++] = (PrecisToken){ 0, 1, COMMON + (s % (N / 4)) * 2 + r };
      t.n_words[s] = PER_SENTENCE + 2;
    }
  t.first[N] = k;
  if (rss_kib ("VmHWM") < 0 || !reset_peak_rss ())
    return; /* (no way to tell here) */
  glong before = rss_kib ("VmRSS");
  PrecisVectors v;
  PrecisGraph g;
  precis_vectors_build (&t, &v);
  build (&v, PRECIS_RANKER_TEXTRANK, &g);
  glong held = rss_kib ("VmHWM") - before;
  gdouble entries = (gdouble)sizeof (PrecisEntry) * v.row[N] / 1024;
  ck_assert_uint_eq (v.row[N], N * (PER_SENTENCE + 2));
  ck_assert_uint_eq (g.n_skipped_terms, COMMON);
  ck_assert_uint_gt (g.row[N], 0);
  ck_assert_msg (held < entries * 1.5, "held %ld KiB for %.0f KiB of entries", held, entries);
  precis_graph_clear (&g);
  precis_vectors_clear (&v);
  precis_tokens_clear (&t);
}
END_TEST

/* BM25's floor for an idf below 0 (graph.c's: 0.25 x the mean idf, at least 1e-3). */
static gdouble
bm25_floor (const PrecisVectors *v)
{
  gdouble sum = 0, n = v->n_sentences;
  for (guint t = 0; t < v->n_terms; t++)
    {
      gdouble sf = v->post[t + 1] - v->post[t];
      sum += log ((n - sf + 0.5) / (sf + 0.5));
    }
  return MAX (v->n_terms > 0 ? 0.25 * sum / v->n_terms : 0, 1e-3);
}

/* BM25's similarity of the query sentence @i to sentence @j, computed on its own. */
static gdouble
bm25_pair (const PrecisVectors *v, gdouble floor_idf, guint i, guint j)
{
  gdouble n = v->n_sentences, score = 0;
  gdouble k = 1.2 * (1 - 0.75 + 0.75 * v->length[j] / MAX (v->avg_length, 1e-9));
  for (guint a = v->row[i]; a < v->row[i + 1]; a++)
    {
      guint term = v->entries[a].term, tf_j = precis_vectors_tf (v, j, term);
      gdouble sf = v->post[term + 1] - v->post[term], idf = log ((n - sf + 0.5) / (sf + 0.5));
      if (tf_j > 0)
        score += v->entries[a].tf * (idf < 0 ? floor_idf : idf) * tf_j * 2.2 / (tf_j + k);
    }
  return score;
}

/* A BM25 graph: each row holds every other sentence that shares a term with it, once, weighted
 * as the pair computed on its own, and the row's out-weight is their sum. */
static void
check_bm25_rows (const PrecisVectors *v)
{
  PrecisGraph g;
  build (v, PRECIS_RANKER_BM25, &g);
  ck_assert (!g.symmetric);
  gdouble floor_idf = bm25_floor (v);
  for (guint i = 0; i < v->n_sentences; i++)
    {
      guint found = 0;
      gdouble out = 0;
      for (guint j = 0; j < v->n_sentences; j++)
        {
          gdouble want = j == i ? 0 : bm25_pair (v, floor_idf, i, j);
          guint at = g.row[i];
          while (at < g.row[i + 1] && g.target[at] != j)
            at++;
          if (want == 0)
            {
              ck_assert_uint_eq (at, g.row[i + 1]);
              continue;
            }
          ck_assert_uint_lt (at, g.row[i + 1]);
          ck_assert_double_eq_tol (g.weight[at], want, 1e-12);
          out += g.weight[at];
          found++;
        }
      ck_assert_uint_eq (found, g.row[i + 1] - g.row[i]);
      ck_assert_double_eq_tol (g.out_weight[i], out, 1e-9);
    }
  precis_graph_clear (&g);
}

/* Random documents of up to 400 sentences (a few widespread terms, many rare ones): the sentence
 * vectors count each term's tokens (built apart and over the tokens alike); each row of a
 * TextRank or cosine graph holds exactly the later sentences that share a term, in the order of
 * their targets, weighted as a pair computed on its own, and the row's out-weight is the sum of
 * the edges of both directions; rows of many edges and of few are both read. A BM25 graph's rows
 * hold every other sentence that shares a term (check_bm25_rows()): terms of one sentence among
 * them, and terms whose first or last sentence is the row's own. */
START_TEST (test_graph_rows_exact)
{
  GRand *rand = g_rand_new_with_seed (18);
  for (guint round = 0; round < 12; round++)
    {
      guint n = 1 + (guint)g_rand_int_range (rand, 0, 400);
      PrecisTokens t;
      random_tokens (rand, n, 30, FALSE, &t);
      PrecisVectors v;
      vectors_both_ways (&t, &v);
      static const PrecisRanker rankers[] = { PRECIS_RANKER_TEXTRANK, PRECIS_RANKER_COSINE };
      for (guint r = 0; r < G_N_ELEMENTS (rankers); r++)
        {
          PrecisGraph g;
          build (&v, rankers[r], &g);
          ck_assert (g.symmetric);
          gdouble *out = g_new0 (gdouble, n);
          for (guint i = 0; i < n; i++)
            {
              guint k = g.row[i];
              for (guint j = i + 1; j < n; j++)
                {
                  guint shared = 0;
                  for (guint a = v.row[i], b = v.row[j]; a < v.row[i + 1] && b < v.row[j + 1];)
                    if (v.entries[a].term == v.entries[b].term)
                      shared++, a++, b++;
                    else if (v.entries[a].term < v.entries[b].term)
                      a++;
                    else
                      b++;
                  if (shared == 0)
                    continue;
                  gdouble want = rankers[r] == PRECIS_RANKER_COSINE
                                     ? precis_vectors_cosine (&v, i, j)
                                     : precis_graph_textrank_weight (shared, log (MAX (v.length[i], 1)),
                                                                     log (MAX (v.length[j], 1)));
                  ck_assert_uint_lt (k, g.row[i + 1]);
                  ck_assert_uint_eq (g.target[k], j);
                  ck_assert_double_eq_tol (g.weight[k], want, 1e-12);
                  out[i] += g.weight[k];
                  out[j] += g.weight[k];
                  k++;
                }
              ck_assert_uint_eq (k, g.row[i + 1]);
            }
          for (guint i = 0; i < n; i++)
            ck_assert_double_eq_tol (g.out_weight[i], out[i], 1e-9);
          g_free (out);
          precis_graph_clear (&g);
        }
      check_bm25_rows (&v);
      precis_vectors_clear (&v);
      precis_tokens_clear (&t);
    }
  g_rand_free (rand);
}
END_TEST

START_TEST (test_graph_counts)
{
  enum
  {
    N = 16456,
    GROUP = 136
  };
  PrecisTokens t;
  memset (&t, 0, sizeof t);
  t.n_sentences = N;
  t.first = g_new0 (guint, N + 1);
  t.n_words = g_new0 (guint, N + 1);
  t.tokens = g_new (PrecisToken, 3 * N);
  guint next_term = N / GROUP;
  for (guint s = 0; s < N; s++)
    {
      t.first[s] = t.n_tokens;
      t.tokens[t.n_tokens++] = (PrecisToken){ 0, 1, s / GROUP };
      for (guint k = 0; k < s % 3; k++)
        t.tokens[t.n_tokens++] = (PrecisToken){ 0, 1, next_term++ };
      t.n_words[s] = 1 + s % 3;
    }
  t.first[N] = t.n_tokens;
  t.n_terms = next_term;
  PrecisVectors v;
  PrecisGraph g;
  precis_vectors_build (&t, &v);
  build (&v, PRECIS_RANKER_TEXTRANK, &g);
  ck_assert_uint_eq (g.n_skipped_terms, 0);
  ck_assert_ptr_null (g.weight);
  ck_assert_ptr_nonnull (g.count);
  ck_assert_uint_eq (g.row[N], (guint)N / GROUP * GROUP * (GROUP - 1) / 2);
  ck_assert_double_eq (edge (&g, 0, 3), 1 / G_LN2); /* log 1 + log 1, floored */
  ck_assert_double_eq (edge (&g, 1, 2), 1 / (log (2) + log (3)));
  ck_assert_double_eq (edge (&g, 5, 2), 1 / (log (3) + log (3)));
  /* PageRank over the counts gives the bits it gives over the weights they stand for */
  PrecisGraph weighted = g;
  weighted.count = NULL;
  weighted.weight = g_new (gdouble, g.row[N]);
  for (guint i = 0; i < N; i++)
    for (guint k = g.row[i]; k < g.row[i + 1]; k++)
      weighted.weight[k] = precis_graph_weight (&g, i, k);
  gdouble *scores = g_new (gdouble, N), *want = g_new (gdouble, N);
  ck_assert_uint_eq (precis_rank_pagerank (&g, NULL, scores), precis_rank_pagerank (&weighted, NULL, want));
  ck_assert (memcmp (scores, want, sizeof (gdouble) * N) == 0);
  ck_assert (scores[0] != scores[1]);
  g_free (weighted.weight);
  g_free (want);
  g_free (scores);
  precis_graph_clear (&g);
  precis_vectors_clear (&v);
  precis_tokens_clear (&t);
}
END_TEST

/* A symmetric graph's PageRank (each edge once, from its smaller end) gives the bits of the same
 * graph with every edge in both rows: random graphs whose rows have 0 to 11 edges to later
 * nodes, so that a row's edges end at every place of an unrolled loop's step. */
/* A symmetric graph of @n nodes given by its weights w[i * n + t] for i < t (0: no edge), stored
 * once per edge (@up, in the row of its smaller end) and in both rows (@full), with each node's
 * weight out. */
typedef struct
{
  PrecisGraph up, full;
  gdouble *out;
} GraphPair;

static void
graph_pair_init (GraphPair *pair, const gdouble *w, guint n)
{
  guint *up_row = g_new0 (guint, n + 1), *full_row = g_new0 (guint, n + 1);
  guint *up_target = g_new (guint, n * n + 1), *full_target = g_new (guint, n * n + 1);
  gdouble *up_weight = g_new (gdouble, n * n + 1), *full_weight = g_new (gdouble, n * n + 1);
  pair->out = g_new0 (gdouble, n);
  guint n_up = 0, n_full = 0;
  for (guint i = 0; i < n; i++)
    {
      up_row[i] = n_up;
      full_row[i] = n_full;
      for (guint t = 0; t < n; t++)
        {
          gdouble x = i < t ? w[i * n + t] : w[t * n + i];
          if (t == i || x == 0)
            continue;
          full_target[n_full] = t;
          full_weight[n_full++] = x;
          pair->out[i] += x;
          if (t > i)
            {
              up_target[n_up] = t;
              up_weight[n_up++] = x;
            }
        }
    }
  up_row[n] = n_up;
  full_row[n] = n_full;
  pair->up = (PrecisGraph){ n, up_row, up_target, up_weight, NULL, NULL, 0, TRUE, pair->out };
  pair->full = (PrecisGraph){ n, full_row, full_target, full_weight, NULL, NULL, 0, FALSE, pair->out };
}

static void
graph_pair_clear (GraphPair *pair)
{
  g_free (pair->up.row);
  g_free (pair->up.target);
  g_free (pair->up.weight);
  g_free (pair->full.row);
  g_free (pair->full.target);
  g_free (pair->full.weight);
  g_free (pair->out);
}

START_TEST (test_pagerank_symmetric_exact)
{
  GRand *rand = g_rand_new_with_seed (18);
  for (guint round = 0; round < 40; round++)
    {
      guint n = (guint)g_rand_int_range (rand, 2, 60);
      gdouble *w = g_new0 (gdouble, n * n); /* w[i * n + t], i < t; 0: no edge */
      for (guint i = 0; i < n; i++)
        {
          guint want = (guint)g_rand_int_range (rand, 0, 12);
          for (guint e = 0; e < want; e++)
            {
              if (i + 1 >= n)
                break;
              guint t = (guint)g_rand_int_range (rand, (gint32)i + 1, (gint32)n);
              w[i * n + t] = g_rand_double_range (rand, 0.01, 3);
            }
        }
      GraphPair pair;
      graph_pair_init (&pair, w, n);
      gdouble *a = g_new (gdouble, n), *b = g_new (gdouble, n);
      ck_assert_uint_eq (precis_rank_pagerank (&pair.up, NULL, a),
                         precis_rank_pagerank (&pair.full, NULL, b));
      ck_assert_msg (memcmp (a, b, sizeof (gdouble) * n) == 0, "round %u: the scores differ", round);
      g_free (a);
      g_free (b);
      graph_pair_clear (&pair);
      g_free (w);
    }
  g_rand_free (rand);
}
END_TEST

/* PageRank of a symmetric graph stored once per edge, with nodes that have no edges and a
 * teleport vector or none: the bits of the same graph stored in both rows, and within 1e-9 of
 * a plain power iteration written here (each iteration from zero, the dangling mass spread like
 * the teleport, the scores summing to 1). */
START_TEST (test_pagerank_symmetric_teleport_dangling)
{
  GRand *rand = g_rand_new_with_seed (16);
  for (guint round = 0; round < 60; round++)
    {
      guint n = (guint)g_rand_int_range (rand, 1, 40);
      gdouble *w = g_new0 (gdouble, n * n); /* w[i * n + t] = w[t * n + i]; 0: no edge */
      gboolean *alone = g_new0 (gboolean, n);
      for (guint i = 0; i < n; i++)
        alone[i] = g_rand_int_range (rand, 0, 4) == 0;
      for (guint i = 0; i < n; i++)
        for (guint e = (guint)g_rand_int_range (rand, 0, 8); e > 0 && i + 1 < n; e--)
          {
            guint t = (guint)g_rand_int_range (rand, (gint32)i + 1, (gint32)n);
            if (!alone[i] && !alone[t])
              w[i * n + t] = w[t * n + i] = g_rand_double_range (rand, 0.01, 3);
          }
      gdouble *teleport = g_new (gdouble, n), teleport_sum = 0;
      for (guint i = 0; i < n; i++)
        {
          teleport[i] = g_rand_double_range (rand, 0.1, 1);
          teleport_sum += teleport[i];
        }
      for (guint i = 0; i < n; i++)
        teleport[i] /= teleport_sum;
      GraphPair pair;
      graph_pair_init (&pair, w, n);
      const gdouble *p = round % 2 == 0 ? teleport : NULL, *out = pair.out;
      gdouble *a = g_new (gdouble, n), *b = g_new (gdouble, n), *ref = g_new (gdouble, n),
              *next = g_new (gdouble, n);
      guint iterations = precis_rank_pagerank (&pair.up, p, a);
      ck_assert_uint_eq (iterations, precis_rank_pagerank (&pair.full, p, b));
      ck_assert_msg (memcmp (a, b, sizeof (gdouble) * n) == 0, "round %u: the scores differ", round);
      for (guint i = 0; i < n; i++)
        ref[i] = p != NULL ? p[i] : 1.0 / n;
      for (guint it = 0; it < iterations; it++)
        {
          gdouble dangling = 0, total = 0;
          for (guint i = 0; i < n; i++)
            {
              next[i] = 0;
              dangling += out[i] > 0 ? 0 : ref[i];
            }
          for (guint i = 0; i < n; i++)
            for (guint t = 0; t < n; t++)
              if (w[t * n + i] > 0)
                next[i] += 0.85 * ref[t] * w[t * n + i] / out[t];
          for (guint i = 0; i < n; i++)
            {
              next[i] += (0.15 + 0.85 * dangling) * (p != NULL ? p[i] : 1.0 / n);
              total += next[i];
            }
          for (guint i = 0; i < n; i++)
            ref[i] = next[i] / total;
        }
      for (guint i = 0; i < n; i++)
        ck_assert_msg (fabs (a[i] - ref[i]) < 1e-9, "round %u, node %u: %g, not %g", round, i, a[i], ref[i]);
      g_free (a);
      g_free (b);
      g_free (ref);
      g_free (next);
      g_free (teleport);
      g_free (alone);
      graph_pair_clear (&pair);
      g_free (w);
    }
  g_rand_free (rand);
}
END_TEST

/* A keyword's score adds its sentence's score once for each time it occurs there: a word twice in
 * a sentence of score 1 (2) ranks between a word once in a sentence of 2.1 and one once in a
 * sentence of 1.9 (each in one sentence: the same weight). One addition more or fewer for every
 * word, or one for each, orders them otherwise. */
START_TEST (test_keywords_count_every_occurrence)
{
  const gchar *text = "zebra zebra. yak. gnu.";
  PrecisSpan spans[] = { { 0, 12, 0, PRECIS_SPAN_PARAGRAPH_START }, { 13, 17, 0, 0 }, { 18, 22, 0, 0 } };
  const PrecisLanguageInfo *info = precis_language_lookup ("english");
  PrecisTokenizer *tok = precis_tokenizer_new (info);
  PrecisTokens tokens;
  precis_tokenizer_run (tok, text, spans, G_N_ELEMENTS (spans), &tokens);
  PrecisVectors vectors;
  precis_vectors_build (&tokens, &vectors);
  PrecisTermForms forms;
  precis_term_forms_find (text, &tokens, spans, TRUE, &forms);
  const gdouble scores[] = { 1.0, 1.9, 2.1 };
  g_autofree gchar **keywords = precis_keywords_find (text, &forms, &tokens, &vectors, spans, scores, NULL);
  ck_assert_uint_eq (g_strv_length (keywords), 3);
  ck_assert_str_eq (keywords[0], "gnu");
  ck_assert_str_eq (keywords[1], "zebra");
  ck_assert_str_eq (keywords[2], "yak");
  /* one block, freed by one g_free: the words after the pointers and their NULL, in order */
  for (guint k = 0; k < 3; k++)
    ck_assert_ptr_eq (keywords[k],
                      k == 0 ? (gchar *)(keywords + 4) : keywords[k - 1] + strlen (keywords[k - 1]) + 1);
  precis_term_forms_clear (&forms);
  precis_vectors_clear (&vectors);
  precis_tokens_clear (&tokens);
  precis_tokenizer_free (tok);
}
END_TEST

/* Terms of equal score rank in order of first sight, the earlier first, and a later term of a
 * higher score before them: the top candidates are kept by insertion as terms come in order of
 * id. The language's words that are never keywords (data/keywords.txt, none of them a stopword)
 * open the first sentence, so that the keywords reach the last of the sixteen candidates;
 * seventeen later terms of the same score must not take its place. */
START_TEST (test_keywords_ties_to_the_earlier)
{
  const gchar *text = "told tells added adds saying according amber bison cedar delta ember fable gecko "
                      "harbor igloo jungle koala lemon mango nectar olive pepper quartz raven sable tiger "
                      "umber viola walnut xenon yarrow zinnia. Zebra.";
  gsize dot = (gsize)(strchr (text, '.') - text);
  PrecisSpan spans[] = { { 0, dot + 1, 0, PRECIS_SPAN_PARAGRAPH_START }, { dot + 2, strlen (text), 0, 0 } };
  const PrecisLanguageInfo *info = precis_language_lookup ("english");
  PrecisTokenizer *tok = precis_tokenizer_new (info);
  PrecisTokens tokens;
  precis_tokenizer_run (tok, text, spans, G_N_ELEMENTS (spans), &tokens);
  ck_assert_uint_eq (tokens.n_terms, 33); /* no stopword, and no two words of one stem */
  PrecisVectors vectors;
  precis_vectors_build (&tokens, &vectors);
  PrecisTermForms forms;
  precis_term_forms_find (text, &tokens, spans, _i == 1, &forms);
  const gchar *want[]
      = { "Zebra", "amber", "bison", "cedar", "delta", "ember", "fable", "gecko", "harbor", "igloo" };
  for (guint round = 0; round < 2; round++)
    {
      /* The first sentence's terms all of one score; "Zebra" higher, or as high (then last). */
      const gdouble scores[] = { 1.0, round == 0 ? 2.0 : 1.0 };
      g_autofree gchar **keywords
          = precis_keywords_find (text, &forms, &tokens, &vectors, spans, scores, "english");
      ck_assert_uint_eq (g_strv_length (keywords), 10);
      for (guint k = 0; k < 10; k++)
        {
          const gchar *expected = round == 0 ? want[k] : k < 9 ? want[k + 1] : "jungle";
          ck_assert_str_eq (keywords[k], expected);
        }
    }
  precis_term_forms_clear (&forms);
  precis_vectors_clear (&vectors);
  precis_tokens_clear (&tokens);
  precis_tokenizer_free (tok);
}
END_TEST

START_TEST (test_pagerank_star)
{
  /* A star: node 0 linked with 1..4 both ways; node 5 isolated. */
  guint row[] = { 0, 4, 5, 6, 7, 8, 8 };
  guint target[] = { 1, 2, 3, 4, 0, 0, 0, 0 };
  gdouble weight[] = { 1, 1, 1, 1, 1, 1, 1, 1 };
  PrecisGraph g = { 6, row, target, weight, 0 };
  gdouble scores[6];
  guint iterations = precis_rank_pagerank (&g, NULL, scores);
  ck_assert_uint_gt (iterations, 1);
  gdouble total = 0;
  for (guint i = 0; i < 6; i++)
    total += scores[i];
  ck_assert_double_eq_tol (total, 1.0, 1e-9);
  for (guint i = 1; i < 6; i++)
    ck_assert (scores[0] > scores[i]);
  ck_assert_double_eq_tol (scores[1], scores[4], 1e-12);
  ck_assert (scores[5] < scores[1]);
}
END_TEST

START_TEST (test_pagerank_no_edges_uniform)
{
  guint row[] = { 0, 0, 0, 0 };
  PrecisGraph g = { 3, row, NULL, NULL, 0 };
  gdouble scores[3];
  precis_rank_pagerank (&g, NULL, scores);
  for (guint i = 0; i < 3; i++)
    ck_assert_double_eq_tol (scores[i], 1.0 / 3, 1e-12);
}
END_TEST

START_TEST (test_pagerank_teleport)
{
  guint row[] = { 0, 0, 0 };
  PrecisGraph g = { 2, row, NULL, NULL, 0 };
  gdouble teleport[] = { 0.75, 0.25 }, scores[2];
  precis_rank_pagerank (&g, teleport, scores);
  ck_assert_double_eq_tol (scores[0], 0.75, 1e-9);
}
END_TEST

START_TEST (test_budget_bounds_work)
{
  /* 20,000 sentences that all share term 0 (and pairs share others): the full graph would
   * have 4e8 edges; the budget must drop term 0 and finish quickly. */
  guint n = 20000;
  gint **sentences = g_new (gint *, n);
  for (guint s = 0; s < n; s++)
    {
      sentences[s] = g_new (gint, 3);
      sentences[s][0] = 0;
      sentences[s][1] = 1 + (gint)(s / 2);
      sentences[s][2] = -1;
    }
  PrecisTokens t;
  PrecisVectors v;
  PrecisGraph g;
  make_tokens (&t, (const gint *const *)sentences, n);
  precis_vectors_build (&t, &v);
  build (&v, PRECIS_RANKER_TEXTRANK, &g);
  ck_assert_uint_eq (g.n_skipped_terms, 1);
  /* Each sentence linked to its pair only: n / 2 edges, each kept once (TextRank's graph is
   * symmetric), from the smaller end. */
  ck_assert (g.symmetric);
  ck_assert_uint_eq (g.row[n], n / 2);
  for (guint s = 0; s < n; s += 2)
    {
      ck_assert_uint_eq (g.row[s + 1] - g.row[s], 1);
      ck_assert_uint_eq (g.target[g.row[s]], s + 1);
    }
  precis_graph_clear (&g);
  precis_vectors_clear (&v);
  precis_tokens_clear (&t);
  for (guint s = 0; s < n; s++)
    g_free (sentences[s]);
  g_free (sentences);
}
END_TEST

START_TEST (test_position_adjust)
{
  /* Equal centrality: the "position" ranker prefers the earlier of two sentences of the same
   * length, the longer of two readable ones, and a readable one to a very long one. */
  PrecisRankParams p;
  precis_rank_params_for (PRECIS_RANKER_POSITION, &p);
  PrecisSpan spans[4];
  memset (spans, 0, sizeof spans);
  guint same[] = { 20, 20, 20, 20 }, readable[] = { 10, 30, 20, 20 }, too_long[] = { 30, 90, 20, 20 };
  gdouble scores[4] = { 0.25, 0.25, 0.25, 0.25 };
  precis_rank_adjust (&p, spans, same, 4, scores);
  ck_assert (scores[0] > scores[1] && scores[1] > scores[2] && scores[2] > scores[3]);
  ck_assert_double_eq_tol (scores[0] + scores[1] + scores[2] + scores[3], 1, 1e-12);

  gdouble by_length[4] = { 0.25, 0.25, 0.25, 0.25 };
  precis_rank_adjust (&p, spans, readable, 4, by_length);
  ck_assert (by_length[1] > by_length[0]); /* later, but 30 words against 10 */
  gdouble penalised[4] = { 0.25, 0.25, 0.25, 0.25 };
  precis_rank_adjust (&p, spans, too_long, 4, penalised);
  ck_assert (penalised[1] < penalised[0] && penalised[1] < penalised[2]);

  /* Classic TextRank leaves the scores alone. */
  precis_rank_params_for (PRECIS_RANKER_TEXTRANK, &p);
  gdouble classic[4] = { 0.25, 0.25, 0.25, 0.25 };
  precis_rank_adjust (&p, spans, too_long, 4, classic);
  ck_assert_double_eq (classic[1], 0.25);
}
END_TEST

/* The "position" adjustment, factors reused within a document (a word count's, a unit's), to the
 * bits of each factor computed for each sentence as written here: random word counts (none, a
 * few, past the long sentences' 35 and past the 64 counts kept), by sentence and by paragraph,
 * the paragraphs repeating and starting anywhere. */
START_TEST (test_position_adjust_exact)
{
  GRand *rand = g_rand_new_with_seed (17);
  PrecisRankParams p;
  precis_rank_params_for (PRECIS_RANKER_POSITION, &p);
  for (guint round = 0; round < 200; round++)
    {
      guint n = (guint)g_rand_int_range (rand, 1, 90);
      PrecisSpan *spans = g_new0 (PrecisSpan, n);
      guint *words = g_new (guint, n);
      gdouble *scores = g_new (gdouble, n), *want = g_new (gdouble, n);
      gboolean by_paragraph = round % 2 == 1;
      guint paragraph = by_paragraph ? (guint)g_rand_int_range (rand, 0, 5) : 0;
      for (guint i = 0; i < n; i++)
        {
          words[i] = (guint)(g_rand_boolean (rand) ? g_rand_int_range (rand, 0, 12)
                                                   : g_rand_int_range (rand, 0, 140));
          paragraph += by_paragraph && g_rand_int_range (rand, 0, 3) == 0;
          spans[i].paragraph = by_paragraph ? PRECIS_PARAGRAPHED + paragraph : paragraph;
          scores[i] = want[i] = g_rand_double_range (rand, 0.001, 1);
        }
      gdouble mean = 0, total = 0;
      for (guint i = 0; i < n; i++)
        mean += words[i];
      mean = MAX (mean / n, 1);
      for (guint i = 0; i < n; i++)
        {
          want[i] *= pow (MAX (words[i], 1) / mean, p.length_exponent);
          if (words[i] > p.long_words)
            want[i] *= pow (p.long_words / words[i], p.long_exponent);
          guint unit = by_paragraph ? spans[i].paragraph - spans[0].paragraph : i;
          want[i] *= pow (unit + 1.0, -p.final_position);
          total += want[i];
        }
      for (guint i = 0; i < n; i++)
        want[i] /= total;
      precis_rank_adjust (&p, spans, words, n, scores);
      ck_assert_msg (memcmp (scores, want, sizeof (gdouble) * n) == 0, "round %u: the scores differ", round);
      g_free (spans);
      g_free (words);
      g_free (scores);
      g_free (want);
    }
  g_rand_free (rand);
}
END_TEST

/* Mean ROUGE-1 F (rouge-score flavour, stemmed) of three-sentence summaries of @records by
 * @ranker, or of the first three sentences when @lead. */
static gdouble
news_rouge1 (GPtrArray *records, PrecisRanker ranker, gboolean lead)
{
  g_autoptr (PrecisSummarizer) sum = precis_summarizer_new ("english", NULL);
  precis_summarizer_set_ranker (sum, ranker);
  g_autoptr (PrecisRouge) rouge = precis_rouge_new (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, TRUE);
  precis_rouge_set_metrics (rouge, 1u << PRECIS_ROUGE_1);
  for (guint i = 0; i < records->len; i++)
    {
      JsonObject *o = records->pdata[i];
      g_autoptr (PrecisSummary) out
          = precis_summarizer_run (sum, json_object_get_string_member (o, "text"), -1, NULL);
      ck_assert_ptr_nonnull (out);
      guint n = lead ? MIN (3, precis_summary_get_n_document_sentences (out))
                     : precis_summary_get_n_sentences (out);
      g_autoptr (GString) text = g_string_new (NULL);
      for (guint k = 0; k < n; k++)
        g_string_append_printf (
            text, "%s%s", k ? "\n" : "",
            (lead ? precis_summary_get_document_sentence (out, k) : precis_summary_get_sentence (out, k))
                ->text);
      const gchar *ref[] = { json_object_get_string_member (o, "summary") };
      precis_rouge_add (rouge, NULL, text->str, ref, 1, NULL);
    }
  PrecisRougeAggregate agg[PRECIS_ROUGE_N_METRICS];
  precis_rouge_aggregate (rouge, 0, 0.95, 0, agg);
  return 100 * agg[PRECIS_ROUGE_1].mean.f;
}

START_TEST (test_news_default_ranker)
{
  /* On the shared news dev sets the default ranker ("editor") must keep what docs/ranking.md
   * claims: its mean ROUGE-1 at least Lead-3's, and on every set at least the lower of Lead-3
   * and the best other summariser measured in issue #7 (BBC 45.1, Inshorts 41.0, CNN/DM 35.9).
   * Today's "position" ranker keeps its own claims: mean ROUGE-1 0.5 above Lead-3's and above
   * classic TextRank's, above the best other summariser on every set (60.2, 41.0, 35.9). */
  static const gdouble floor_default[] = { 45.1, 41.0, 35.9 };
  static const gdouble best_other[] = { 60.2, 41.0, 35.9 };
  gdouble mean_default = 0, mean_position = 0, mean_textrank = 0, mean_lead = 0;
  for (guint f = 0; f < G_N_ELEMENTS (test_news_sets); f++)
    {
      g_autoptr (GPtrArray) records = test_shared_records (test_news_sets[f], "news ranking quality");
      if (records == NULL)
        return;
      gdouble d = news_rouge1 (records, PRECIS_RANKER_DEFAULT, FALSE);
      gdouble p = news_rouge1 (records, PRECIS_RANKER_POSITION, FALSE);
      gdouble t = news_rouge1 (records, PRECIS_RANKER_TEXTRANK, FALSE);
      gdouble l = news_rouge1 (records, PRECIS_RANKER_DEFAULT, TRUE);
      printf ("%s: ROUGE-1 default %.2f, position %.2f, textrank %.2f, lead-3 %.2f\n", test_news_sets[f], d,
              p, t, l);
      ck_assert_msg (d >= floor_default[f], "%s: %.2f", test_news_sets[f], d);
      ck_assert_msg (p > best_other[f], "%s: %.2f", test_news_sets[f], p);
      mean_default += d / 3;
      mean_position += p / 3;
      mean_textrank += t / 3;
      mean_lead += l / 3;
    }
  ck_assert (mean_default >= mean_lead);
  ck_assert (mean_position >= mean_lead + 0.5);
  ck_assert (mean_position > mean_textrank);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("rank");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_vectors);
  tcase_add_test (tc, test_graph_textrank);
  tcase_add_test (tc, test_graph_cosine_and_bm25);
  tcase_add_test (tc, test_large_tf);
  tcase_add_test (tc, test_graph_counts);
  tcase_add_test (tc, test_graph_rows_exact);
  tcase_add_test (tc, test_widespread_terms_not_indexed);
  tcase_add_test (tc, test_vectors_first_sight_order);
  tcase_add_test (tc, test_pagerank_star);
  tcase_add_test (tc, test_keywords_count_every_occurrence);
  tcase_add_loop_test (tc, test_keywords_ties_to_the_earlier, 0, 2);
  tcase_add_test (tc, test_pagerank_symmetric_exact);
  tcase_add_test (tc, test_pagerank_symmetric_teleport_dangling);
  tcase_add_test (tc, test_pagerank_no_edges_uniform);
  tcase_add_test (tc, test_pagerank_teleport);
  tcase_add_test (tc, test_budget_bounds_work);
  tcase_add_test (tc, test_position_adjust);
  tcase_add_test (tc, test_position_adjust_exact);
  tcase_add_test (tc, test_news_default_ranker);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
