/* test-rank.c - sentence vectors, the inverted-index graph and PageRank. */
#include "precis-private.h"
#include "test-util.h"

#include <math.h>
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
  precis_graph_build (v, &params, g);
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
  ck_assert_uint_eq (v.postings[v.post[1]].term, 0);
  ck_assert_uint_eq (v.postings[v.post[1] + 2].term, 3);
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
  for (guint k = g->row[from]; k < g->row[from + 1]; k++)
    if (g->target[k] == to)
      return g->weight[k];
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
  ck_assert_uint_eq (g.row[n], n); /* each sentence linked to its pair only */
  precis_graph_clear (&g);
  precis_vectors_clear (&v);
  precis_tokens_clear (&t);
  for (guint s = 0; s < n; s++)
    g_free (sentences[s]);
  g_free (sentences);
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
  tcase_add_test (tc, test_pagerank_star);
  tcase_add_test (tc, test_pagerank_no_edges_uniform);
  tcase_add_test (tc, test_pagerank_teleport);
  tcase_add_test (tc, test_budget_bounds_work);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
