/* test-rouge.c - the ROUGE scorers: hand-made cases, and exactness against the shared test
 * vectors of rouge_score 0.1.2 and ROUGE-1.5.5 where that data is present. */
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "eval/lcs.h"
#include "eval/porter.h"
#include "eval/rouge.h"
#include "test-util.h"

/* rouge_score's scores must match within this (the issue asks for 1e-9). */
#define RS_TOLERANCE 1e-9
/* ROUGE-1.5.5 prints 5 decimals: a match "exactly at its 5 printed decimals" is a difference
 * well under half a unit of the last place. */
#define R155_TOLERANCE 1e-7

static void
score (PrecisRougeCompat compat, gboolean stem, const gchar *cand, const gchar *ref, PrecisRougeScore *out)
{
  g_autoptr (PrecisRouge) r = precis_rouge_new (compat, stem);
  precis_rouge_set_metrics (r, (1u << PRECIS_ROUGE_N_METRICS) - 1);
  const gchar *refs[] = { ref };
  precis_rouge_add (r, NULL, cand, refs, 1, out);
}

/* The textbook LCS table of a (rows) and b (columns), and the traceback precis_lcs_mark
 * promises: diagonal on equal tokens, else left only when strictly larger than up. */
static guint
dp_lcs (const guint *a, guint na, const guint *b, guint nb, gboolean *hit)
{
  gsize cols = (gsize)nb + 1;
  g_autofree guint *t = g_new0 (guint, ((gsize)na + 1) * cols);
  for (guint i = 1; i <= na; i++)
    for (guint j = 1; j <= nb; j++)
      t[i * cols + j] = a[i - 1] == b[j - 1] ? t[(i - 1) * cols + j - 1] + 1
                                             : MAX (t[(i - 1) * cols + j], t[i * cols + j - 1]);
  guint i = na, j = nb;
  while (i > 0 && j > 0)
    {
      if (a[i - 1] == b[j - 1])
        hit[--i] = TRUE, j--;
      else if (t[i * cols + j - 1] > t[(i - 1) * cols + j])
        j--;
      else
        i--;
    }
  return t[na * cols + nb];
}

/* Lengths around the 64-token words of the bit vectors, up to 300. */
static const guint lcs_lengths[]
    = { 0, 1, 2, 3, 7, 31, 62, 63, 64, 65, 66, 100, 127, 128, 129, 191, 192, 193, 255, 256, 257, 300 };
/* Alphabet sizes: small ones force many matches and long runs of equal tokens. */
static const guint lcs_alphabets[] = { 1, 2, 3, 4, 6, 10, 40, 1000 };

static void
random_tokens (GRand *rand, guint *out, guint n, guint alphabet, guint base)
{
  for (guint k = 0; k < n; k++)
    out[k] = base + (guint)g_rand_int_range (rand, 0, (gint32)alphabet);
}

/* Length and marks of the bit-parallel LCS equal the table's on random sequences: every
 * pair of lengths of lcs_lengths and 300 pairs of random lengths in 0..300, one scratch
 * object reused throughout (its token map must come back clean after each call). */
START_TEST (test_lcs_random)
{
  guint alphabet = lcs_alphabets[_i];
  g_autoptr (GRand) rand = g_rand_new_with_seed (1234 + alphabet);
  g_autoptr (PrecisLcs) lcs = precis_lcs_new ();
  guint a[300], b[300];
  gboolean want[300], have[300];
  guint n = G_N_ELEMENTS (lcs_lengths), cases = 0, marked = 0;
  for (guint c = 0; c < n * n + 300; c++)
    {
      guint na = c < n * n ? lcs_lengths[c / n] : (guint)g_rand_int_range (rand, 0, 301);
      guint nb = c < n * n ? lcs_lengths[c % n] : (guint)g_rand_int_range (rand, 0, 301);
      /* Token values move around so the map grows and is reused with other tokens. */
      guint base = (c % 3) * 500;
      random_tokens (rand, a, na, alphabet, base);
      random_tokens (rand, b, nb, alphabet, base + (c % 2) * (alphabet / 2));
      memset (want, 0, sizeof want);
      memset (have, 0, sizeof have);
      guint expect = dp_lcs (a, na, b, nb, want);
      ck_assert_msg (precis_lcs_length (lcs, a, na, b, nb) == expect, "length, na %u nb %u alphabet %u", na,
                     nb, alphabet);
      ck_assert_msg (precis_lcs_length (lcs, b, nb, a, na) == expect,
                     "length swapped, na %u nb %u alphabet %u", na, nb, alphabet);
      ck_assert_uint_eq (precis_lcs_mark (lcs, a, na, b, nb, have), expect);
      for (guint k = 0; k < na; k++)
        {
          ck_assert_msg (have[k] == want[k], "mark %u, na %u nb %u alphabet %u", k, na, nb, alphabet);
          marked += want[k];
        }
      cases++;
    }
  ck_assert_uint_eq (cases, n * n + 300);
  ck_assert_uint_gt (marked, 0);
}
END_TEST

/* The marks when b repeats a with a few edits: long common runs, ties broken by the rule. */
START_TEST (test_lcs_edits)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (99);
  g_autoptr (PrecisLcs) lcs = precis_lcs_new ();
  guint a[300], b[300];
  gboolean want[300], have[300];
  for (guint c = 0; c < 2000; c++)
    {
      guint na = (guint)g_rand_int_range (rand, 0, 301), nb = 0;
      random_tokens (rand, a, na, 5 + c % 20, 0);
      for (guint k = 0; k < na && nb < 300; k++)
        {
          guint op = (guint)g_rand_int_range (rand, 0, 10);
          if (op == 0)
            continue; /* deleted */
          if (op == 1 && nb < 299)
            b[nb++] = (guint)g_rand_int_range (rand, 0, 25); /* inserted */
          b[nb++] = a[k];
        }
      memset (want, 0, sizeof want);
      memset (have, 0, sizeof have);
      guint expect = dp_lcs (a, na, b, nb, want);
      ck_assert_uint_eq (precis_lcs_length (lcs, a, na, b, nb), expect);
      ck_assert_uint_eq (precis_lcs_mark (lcs, a, na, b, nb, have), expect);
      ck_assert_msg (memcmp (have, want, sizeof (gboolean) * na) == 0, "marks, case %u (na %u nb %u)", c, na,
                     nb);
    }
}
END_TEST

/* A text of @n words drawn from @alphabet ("w0" .. ), its tokens in @ids when not NULL. */
static gchar *
random_words (GRand *rand, guint n, guint alphabet, guint *ids)
{
  GString *s = g_string_new (NULL);
  for (guint k = 0; k < n; k++)
    {
      guint t = (guint)g_rand_int_range (rand, 0, (gint32)alphabet);
      if (ids != NULL)
        ids[k] = t;
      g_string_append_printf (s, "%sw%u", k > 0 ? " " : "", t);
    }
  return g_string_free (s, FALSE);
}

/* Pairs (i < j) of @a per (a[i], a[j]), by brute force, at a[i] * alphabet + a[j]. */
static guint *
brute_pairs (const guint *a, guint n, guint alphabet)
{
  guint *count = g_new0 (guint, (gsize)alphabet * alphabet);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      count[(gsize)a[i] * alphabet + a[j]]++;
  return count;
}

/* ROUGE-S* against the brute-force count of skip-bigrams, on both sides of the bound past
 * which the pairs are counted without being listed (2^20 pairs a text: 1,449 tokens). */
START_TEST (test_skip_bigrams_brute)
{
  static const guint lengths[][2] = { { 1400, 1300 }, { 1500, 1460 }, { 300, 2000 } };
  static const guint alphabets[] = { 3, 40, 900 };
  for (guint c = 0; c < G_N_ELEMENTS (lengths); c++)
    for (guint k = 0; k < G_N_ELEMENTS (alphabets); k++)
      {
        g_autoptr (GRand) rand = g_rand_new_with_seed (7 + c * 10 + k);
        guint na = lengths[c][0], nb = lengths[c][1], alphabet = alphabets[k];
        g_autofree guint *a = g_new (guint, na);
        g_autofree guint *b = g_new (guint, nb);
        g_autofree gchar *ta = random_words (rand, na, alphabet, a);
        g_autofree gchar *tb = random_words (rand, nb, alphabet, b);
        g_autofree guint *pa = brute_pairs (a, na, alphabet);
        g_autofree guint *pb = brute_pairs (b, nb, alphabet);
        guint64 hits = 0;
        for (gsize x = 0; x < (gsize)alphabet * alphabet; x++)
          hits += MIN (pa[x], pb[x]);
        /* a is the candidate (peer), b the reference (model). */
        g_autofree gchar *want_p = g_strdup_printf ("%.5f", (gdouble)hits / ((gdouble)na * (na - 1) / 2));
        g_autofree gchar *want_r = g_strdup_printf ("%.5f", (gdouble)hits / ((gdouble)nb * (nb - 1) / 2));
        g_autoptr (PrecisRouge) r = precis_rouge_new (PRECIS_ROUGE_COMPAT_ROUGE155, FALSE);
        precis_rouge_set_metrics (r, 1u << PRECIS_ROUGE_S);
        const gchar *refs[] = { tb };
        PrecisRougeScore s[PRECIS_ROUGE_N_METRICS];
        precis_rouge_add (r, NULL, ta, refs, 1, s);
        ck_assert_double_eq_tol (s[PRECIS_ROUGE_S].p, g_ascii_strtod (want_p, NULL), 1e-12);
        ck_assert_double_eq_tol (s[PRECIS_ROUGE_S].r, g_ascii_strtod (want_r, NULL), 1e-12);
      }
}
END_TEST

/* Skip-bigrams of long texts: 100,000 tokens have 5 x 10^9 pairs, more than 32 bits count
 * and more than memory holds listed (the old scorer listed them and overflowed its count);
 * a text against itself scores 1. */
START_TEST (test_skip_bigrams_long)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (5);
  g_autofree gchar *text = random_words (rand, 100000, 3000, NULL);
  g_autoptr (PrecisRouge) r = precis_rouge_new (PRECIS_ROUGE_COMPAT_ROUGE155, FALSE);
  precis_rouge_set_metrics (r, (1u << PRECIS_ROUGE_S) | (1u << PRECIS_ROUGE_SU) | (1u << PRECIS_ROUGE_1));
  const gchar *refs[] = { text };
  PrecisRougeScore s[PRECIS_ROUGE_N_METRICS];
  precis_rouge_add (r, NULL, text, refs, 1, s);
  ck_assert_double_eq (s[PRECIS_ROUGE_1].f, 1.0);
  ck_assert_double_eq (s[PRECIS_ROUGE_S].p, 1.0);
  ck_assert_double_eq (s[PRECIS_ROUGE_S].r, 1.0);
  ck_assert_double_eq (s[PRECIS_ROUGE_SU].f, 1.0);
}
END_TEST

/* More distinct tokens than 16 bits pack (the n-grams are then counted by sorting them): a
 * candidate of 100 words of the reference's 70,000 (all distinct) and 100 of its own. */
START_TEST (test_many_distinct_tokens)
{
  GString *ref = g_string_new (NULL), *cand = g_string_new (NULL);
  for (guint i = 0; i < 70000; i++)
    g_string_append_printf (ref, "w%u ", i);
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (cand, "w%u ", i);
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (cand, "x%u ", i);
  const gchar *refs[] = { ref->str };
  PrecisRougeScore s[PRECIS_ROUGE_N_METRICS];
  for (guint c = 0; c < 2; c++)
    {
      PrecisRougeCompat compat = c == 0 ? PRECIS_ROUGE_COMPAT_ROUGE_SCORE : PRECIS_ROUGE_COMPAT_ROUGE155;
      gdouble tol = c == 0 ? 1e-12 : 1e-5; /* rouge155 rounds to 5 decimals */
      g_autoptr (PrecisRouge) r = precis_rouge_new (compat, FALSE);
      guint metrics = (1u << PRECIS_ROUGE_1) | (1u << PRECIS_ROUGE_2);
      if (compat == PRECIS_ROUGE_COMPAT_ROUGE155)
        metrics |= 1u << PRECIS_ROUGE_SU;
      precis_rouge_set_metrics (r, metrics);
      precis_rouge_add (r, NULL, cand->str, refs, 1, s);
      ck_assert_double_eq_tol (s[PRECIS_ROUGE_1].p, 100.0 / 200, tol);
      ck_assert_double_eq_tol (s[PRECIS_ROUGE_1].r, 100.0 / 70000, tol);
      ck_assert_double_eq_tol (s[PRECIS_ROUGE_2].p, 99.0 / 199, tol);
      ck_assert_double_eq_tol (s[PRECIS_ROUGE_2].r, 99.0 / 69999, tol);
      if (compat == PRECIS_ROUGE_COMPAT_ROUGE155)
        /* the skip-bigrams of the 100 shared words, and the unigrams but the last of them */
        ck_assert_double_eq_tol (s[PRECIS_ROUGE_SU].p, (100.0 * 99 / 2 + 100) / (200.0 * 199 / 2 + 199), tol);
    }
  g_string_free (ref, TRUE);
  g_string_free (cand, TRUE);
}
END_TEST

START_TEST (test_hand_made)
{
  PrecisRougeScore s[PRECIS_ROUGE_N_METRICS];
  /* candidate: the cat sat on the mat (6); reference: the cat was on a mat (6) */
  score (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, FALSE, "The cat sat on the mat.", "the cat was on a mat", s);
  ck_assert_double_eq_tol (s[PRECIS_ROUGE_1].p, 4.0 / 6, 1e-12); /* the cat on mat */
  ck_assert_double_eq_tol (s[PRECIS_ROUGE_1].r, 4.0 / 6, 1e-12);
  ck_assert_double_eq_tol (s[PRECIS_ROUGE_2].p, 1.0 / 5, 1e-12); /* "the cat" */
  ck_assert_double_eq_tol (s[PRECIS_ROUGE_L].r, 4.0 / 6, 1e-12);
  ck_assert_double_eq_tol (s[PRECIS_ROUGE_L].f, 4.0 / 6, 1e-12);
  /* Empty candidate: zeros, no crash. */
  score (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, TRUE, "", "something here", s);
  ck_assert_double_eq (s[PRECIS_ROUGE_1].f, 0);
  ck_assert_double_eq (s[PRECIS_ROUGE_LSUM].f, 0);
  score (PRECIS_ROUGE_COMPAT_ROUGE155, TRUE, "", "", s);
  ck_assert_double_eq (s[PRECIS_ROUGE_1].f, 0);
  /* Tokens longer than the tokenizers' stack buffer, and the Kelvin sign inside a word
   * (rouge_score lower-cases it to "k"): the same tokens as their plain spelling. */
  g_autofree gchar *as = g_strnfill (100, 'A'), *lows = g_strnfill (100, 'a');
  g_autofree gchar *upper = g_strdup_printf ("%s b ab\u212Acd", as);
  g_autofree gchar *lower = g_strdup_printf ("%s B abkcd", lows);
  score (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, FALSE, upper, lower, s);
  ck_assert_double_eq (s[PRECIS_ROUGE_1].f, 1.0);
  ck_assert_double_eq (s[PRECIS_ROUGE_L].f, 1.0);
  score (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, FALSE, upper, "a b abkcd", s);
  ck_assert_double_eq_tol (s[PRECIS_ROUGE_1].r, 2.0 / 3, 1e-12);
  score (PRECIS_ROUGE_COMPAT_ROUGE155, FALSE, lower, upper, s);
  ck_assert_double_eq (s[PRECIS_ROUGE_1].r, 0.5); /* ROUGE-1.5.5 splits "ab" "cd" at the sign: 2 of 4 */
  /* rouge155 rounds to 5 decimals: 1/3 -> 0.33333 */
  score (PRECIS_ROUGE_COMPAT_ROUGE155, FALSE, "a b c", "a x y", s);
  ck_assert_double_eq (s[PRECIS_ROUGE_1].r, 0.33333);
  /* Several references: rouge_score keeps the best by F. */
  g_autoptr (PrecisRouge) r = precis_rouge_new (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, FALSE);
  const gchar *refs[] = { "x y z", "a b c" };
  precis_rouge_add (r, "d1", "a b c", refs, 2, s);
  ck_assert_double_eq (s[PRECIS_ROUGE_1].f, 1.0);
}
END_TEST

START_TEST (test_stemmers_hand_made)
{
  GString *out = g_string_new (NULL);
  const gchar *nltk[][2]
      = { { "running", "run" },      { "flies", "fli" },           { "dies", "die" }, { "happy", "happi" },
          { "relational", "relat" }, { "agreement", "agreement" }, { "skies", "sky" } };
  for (guint i = 0; i < G_N_ELEMENTS (nltk); i++)
    {
      precis_porter_nltk (nltk[i][0], strlen (nltk[i][0]), out);
      ck_assert_msg (g_str_equal (out->str, nltk[i][1]), "%s -> %s", nltk[i][0], out->str);
    }
  precis_porter_rouge155 ("agreement", 9, out);
  ck_assert_str_eq (out->str, "agreem");
  g_string_free (out, TRUE);
}
END_TEST

/* Every word of stems.tsv, as each flavour stems it. */
START_TEST (test_stems_tsv)
{
  g_auto (GStrv) lines = test_shared_lines ("rouge/stems.tsv", "stems.tsv");
  if (lines == NULL)
    return;
  g_autoptr (PrecisRouge) rs = precis_rouge_new (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, TRUE);
  g_autoptr (PrecisRouge) r155 = precis_rouge_new (PRECIS_ROUGE_COMPAT_ROUGE155, TRUE);
  guint n = 0, bad_rs = 0, bad_155 = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", 3);
      ck_assert_msg (g_strv_length (f) == 3, "bad line %u", i);
      n++;
      const gchar *a = precis_rouge_stem (rs, f[0]);
      const gchar *b = precis_rouge_stem (r155, f[0]);
      if (!g_str_equal (a, f[1]) && bad_rs++ < 10)
        fprintf (stderr, "rouge_score stem %s: %s, expected %s\n", f[0], a, f[1]);
      if (!g_str_equal (b, f[2]) && bad_155++ < 10)
        fprintf (stderr, "rouge155 stem %s: %s, expected %s\n", f[0], b, f[2]);
    }
  fprintf (stderr, "stems.tsv: %u words, %u rouge_score and %u rouge155 mismatches\n", n, bad_rs, bad_155);
  ck_assert_uint_gt (n, 60000);
  ck_assert_uint_eq (bad_rs, 0);
  ck_assert_uint_eq (bad_155, 0);
}
END_TEST

static JsonObject *
member_object (JsonObject *o, const gchar *name)
{
  return o && json_object_has_member (o, name) ? json_object_get_object_member (o, name) : NULL;
}

/* Compares one document's scores with a JSON object of metric -> {p, r, f}. Returns the number
 * of mismatches (printing the first few). */
static guint
compare_scores (const gchar *what, const gchar *id, const PrecisRougeScore *s, JsonObject *expected,
                gboolean r155, guint *n_checked)
{
  static const struct
  {
    const gchar *rs;
    const gchar *r155;
    PrecisRougeMetric metric;
  } names[] = {
    { "rouge1", "ROUGE-1", PRECIS_ROUGE_1 }, { "rouge2", "ROUGE-2", PRECIS_ROUGE_2 },
    { "rouge3", "ROUGE-3", PRECIS_ROUGE_3 }, { "rouge4", "ROUGE-4", PRECIS_ROUGE_4 },
    { "rougeL", NULL, PRECIS_ROUGE_L },      { "rougeLsum", "ROUGE-L", PRECIS_ROUGE_LSUM },
    { NULL, "ROUGE-W-1.2", PRECIS_ROUGE_W }, { NULL, "ROUGE-S*", PRECIS_ROUGE_S },
    { NULL, "ROUGE-SU*", PRECIS_ROUGE_SU },
  };
  guint bad = 0;
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      const gchar *name = r155 ? names[k].r155 : names[k].rs;
      JsonObject *m = name ? member_object (expected, name) : NULL;
      if (m == NULL)
        continue;
      const PrecisRougeScore *got = &s[names[k].metric];
      gdouble want[3] = { json_object_get_double_member (m, "p"), json_object_get_double_member (m, "r"),
                          json_object_get_double_member (m, "f") };
      gdouble have[3] = { got->p, got->r, got->f };
      for (guint c = 0; c < 3; c++)
        {
          (*n_checked)++;
          if (fabs (want[c] - have[c]) > (r155 ? R155_TOLERANCE : RS_TOLERANCE))
            {
              if (bad++ < 3)
                fprintf (stderr, "%s %s %s.%c: %.10f, expected %.10f\n", what, id, name, "prf"[c], have[c],
                         want[c]);
            }
        }
    }
  return bad;
}

typedef struct
{
  const gchar *key;     /* in vectors.jsonl */
  const gchar *agg_key; /* in aggregate.json */
  PrecisRougeCompat compat;
  gboolean stem;
} Flavour;

static const Flavour flavours[] = {
  { "nostem", "rouge_score_nostem", PRECIS_ROUGE_COMPAT_ROUGE_SCORE, FALSE },
  { "stem", "rouge_score_stem", PRECIS_ROUGE_COMPAT_ROUGE_SCORE, TRUE },
  { "plain", "rouge155_plain", PRECIS_ROUGE_COMPAT_ROUGE155, FALSE },
  { "stem", "rouge155_stem", PRECIS_ROUGE_COMPAT_ROUGE155, TRUE },
};

/* All 198 pairs, every score, for each flavour; then the corpus aggregate. */
START_TEST (test_vectors)
{
  const Flavour *fl = &flavours[_i];
  g_autofree gchar *agg_path = test_shared_data ("rouge/aggregate.json");
  g_autoptr (GPtrArray) records = test_shared_records ("rouge/vectors.jsonl", "ROUGE vectors");
  if (records != NULL && agg_path == NULL)
    fprintf (stderr, "SKIP ROUGE vectors: aggregate.json absent\n");
  if (records == NULL || agg_path == NULL)
    return;
  gboolean r155 = fl->compat == PRECIS_ROUGE_COMPAT_ROUGE155;
  g_autoptr (PrecisRouge) r = precis_rouge_new (fl->compat, fl->stem);
  guint n = 0, bad = 0, checked = 0;
  gdouble sums[PRECIS_ROUGE_N_METRICS][3] = { { 0 } };
  for (guint i = 0; i < records->len; i++)
    {
      JsonObject *o = records->pdata[i];
      const gchar *id = json_object_get_string_member (o, "id");
      const gchar *refs[] = { json_object_get_string_member (o, "reference") };
      PrecisRougeScore s[PRECIS_ROUGE_N_METRICS];
      precis_rouge_add (r, id, json_object_get_string_member (o, "candidate"), refs, 1, s);
      JsonObject *expected = member_object (member_object (o, r155 ? "rouge155" : "rouge_score"), fl->key);
      ck_assert_ptr_nonnull (expected);
      bad += compare_scores (fl->agg_key, id, s, expected, r155, &checked);
      for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
        sums[m][0] += s[m].p, sums[m][1] += s[m].r, sums[m][2] += s[m].f;
      n++;
    }
  fprintf (stderr, "%s: %u pairs, %u scores checked, %u mismatches\n", fl->agg_key, n, checked, bad);
  ck_assert_uint_eq (n, 198);
  ck_assert_uint_eq (bad, 0);

  /* The corpus: means and bootstrap intervals. */
  g_autoptr (JsonParser) ap = json_parser_new ();
  ck_assert (json_parser_load_from_file (ap, agg_path, NULL));
  JsonObject *agg = member_object (json_node_get_object (json_parser_get_root (ap)), fl->agg_key);
  if (r155)
    agg = member_object (agg, "metrics");
  ck_assert_ptr_nonnull (agg);
  PrecisRougeAggregate out[PRECIS_ROUGE_N_METRICS];
  precis_rouge_aggregate (r, 1000, 0.95, 0, out);
  guint agg_bad = 0, agg_checked = 0;
  GList *names = json_object_get_members (agg);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const gchar *name = l->data;
      PrecisRougeMetric metric;
      if (r155)
        {
          if (g_str_equal (name, "ROUGE-L"))
            metric = PRECIS_ROUGE_LSUM;
          else if (g_str_has_prefix (name, "ROUGE-W"))
            metric = PRECIS_ROUGE_W;
          else
            {
              g_autofree gchar *lower = g_strdup_printf ("rouge%s", name + 6);
              ck_assert (precis_rouge_metric_from_name (lower, &metric));
            }
        }
      else
        ck_assert (precis_rouge_metric_from_name (name, &metric));
      JsonObject *m = json_object_get_object_member (agg, name);
      JsonObject *ci = member_object (m, "ci");
      const PrecisRougeAggregate *a = &out[metric];
      gdouble tol = r155 ? R155_TOLERANCE : RS_TOLERANCE;
      const gchar *cols = "prf";
      for (guint c = 0; c < 3; c++)
        {
          gchar key[2] = { cols[c], 0 };
          /* rouge_score's mean is precis's; ROUGE-1.5.5's Average, the mean of its sample
           * means, is precis's mid (precis's mean is the mean over documents, as rounded). */
          gdouble mean = c == 0 ? a->mean.p : c == 1 ? a->mean.r : a->mean.f;
          if (r155)
            {
              gchar plain[32];
              g_snprintf (plain, sizeof plain, "%.5f", sums[metric][c] / n);
              ck_assert_double_eq_tol (mean, g_ascii_strtod (plain, NULL), 1e-12);
              mean = c == 0 ? a->mid.p : c == 1 ? a->mid.r : a->mid.f;
            }
          gdouble low = c == 0 ? a->low.p : c == 1 ? a->low.r : a->low.f;
          gdouble high = c == 0 ? a->high.p : c == 1 ? a->high.r : a->high.f;
          JsonArray *range = json_object_get_array_member (ci, key);
          gdouble want[3]
              = { json_object_get_double_member (m, key), json_array_get_double_element (range, 0),
                  json_array_get_double_element (range, 1) };
          gdouble have[3] = { mean, low, high };
          /* rouge_score's reported figure, its mid (the median of the bootstrap means), is
           * precis's mid too. */
          JsonObject *mid
              = json_object_has_member (m, "mid") ? json_object_get_object_member (m, "mid") : NULL;
          ck_assert (r155 || mid != NULL);
          if (mid != NULL)
            {
              gdouble have_mid = c == 0 ? a->mid.p : c == 1 ? a->mid.r : a->mid.f;
              agg_checked++;
              if (fabs (json_object_get_double_member (mid, key) - have_mid) > tol && agg_bad++ < 6)
                fprintf (stderr, "%s aggregate %s.mid.%s: %.10f, expected %.10f\n", fl->agg_key, name, key,
                         have_mid, json_object_get_double_member (mid, key));
            }
          for (guint k = 0; k < 3; k++)
            {
              agg_checked++;
              if (fabs (want[k] - have[k]) > tol && agg_bad++ < 6)
                fprintf (stderr, "%s aggregate %s.%s[%u]: %.10f, expected %.10f\n", fl->agg_key, name, key, k,
                         have[k], want[k]);
            }
        }
    }
  g_list_free (names);
  fprintf (stderr, "%s aggregate: %u values checked, %u mismatches\n", fl->agg_key, agg_checked, agg_bad);
  ck_assert_uint_gt (agg_checked, 0);
  ck_assert_uint_eq (agg_bad, 0);
}
END_TEST

/* Made-up pairs whose scores differ from one another. */
static const gchar *const own_pairs[][2] = {
  { "the red kite flew over the hill", "a red kite flew high over the green hill" },
  { "rain fell on the market square", "heavy rain fell all day on the old market" },
  { "the council voted to close the pool", "the pool will close after the council vote" },
  { "three new buses join the fleet", "the town adds three electric buses to its fleet" },
  { "the bakery opens at dawn", "bread and cakes from six in the morning" },
  { "a fox was seen near the school", "pupils saw a fox by the school gate on monday" },
  { "the bridge reopens in june", "repairs to the river bridge end in june" },
  { "the library lends tools now", "tools can now be borrowed from the library" },
  { "ice closed the northern road", "the road north was shut by ice overnight" },
  { "the choir sang in the cathedral", "a choir of sixty sang at the cathedral on sunday" },
};

/* A rouge155 scorer of own_pairs under ids PREFIX0, PREFIX1, ...; when asked, added in reverse
 * and named in reverse (the first pair PREFIX9), so that their ids sort the other way. */
static PrecisRouge *
own_rouge155 (const gchar *prefix, gboolean reverse)
{
  PrecisRouge *r = precis_rouge_new (PRECIS_ROUGE_COMPAT_ROUGE155, FALSE);
  guint n = G_N_ELEMENTS (own_pairs);
  for (guint k = 0; k < n; k++)
    {
      guint i = reverse ? n - 1 - k : k;
      g_autofree gchar *id = g_strdup_printf ("%s%u", prefix, reverse ? n - 1 - i : i);
      const gchar *refs[] = { own_pairs[i][1] };
      precis_rouge_add (r, id, own_pairs[i][0], refs, 1, NULL);
    }
  return r;
}

/* tryout26 #5: rouge155's F, the mean over documents, depends on neither the ids nor their
 * order (ROUGE-1.5.5's Average, mid, and the interval resample in the ids' sorted order, as
 * the script does); and two seeds draw independent samples (srand(seed + i) made seeds 1 and 2
 * share all samples but one, and so the same interval). */
START_TEST (test_rouge155_ids_and_seeds)
{
  g_autoptr (PrecisRouge) a = own_rouge155 ("doc", FALSE);
  g_autoptr (PrecisRouge) b = own_rouge155 ("x", TRUE);
  PrecisRougeAggregate ga[PRECIS_ROUGE_N_METRICS], gb[PRECIS_ROUGE_N_METRICS];
  precis_rouge_aggregate (a, 1000, 0.95, 0, ga);
  precis_rouge_aggregate (b, 1000, 0.95, 0, gb);
  for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
    {
      ck_assert_double_eq (ga[m].mean.p, gb[m].mean.p);
      ck_assert_double_eq (ga[m].mean.r, gb[m].mean.r);
      ck_assert_double_eq (ga[m].mean.f, gb[m].mean.f);
    }
  ck_assert_double_gt (ga[PRECIS_ROUGE_1].mean.f, 0.1);
  /* Seeds 1, 2 and 3: three different intervals. */
  PrecisRougeAggregate g[3][PRECIS_ROUGE_N_METRICS];
  for (guint s = 0; s < 3; s++)
    precis_rouge_aggregate (a, 1000, 0.95, s + 1, g[s]);
  for (guint s = 0; s < 3; s++)
    {
      const PrecisRougeAggregate *x = &g[s][PRECIS_ROUGE_1], *y = &g[(s + 1) % 3][PRECIS_ROUGE_1];
      ck_assert_msg (x->low.f != y->low.f || x->high.f != y->high.f, "seeds %u and %u: the same interval",
                     s + 1, (s + 1) % 3 + 1);
      ck_assert_double_eq (x->mean.f, ga[PRECIS_ROUGE_1].mean.f); /* the mean is no sample's */
    }
}
END_TEST

/* tryout26 #7 (as documented): rougeLsum's sentences are the lines of a text, as rouge_score's
 * (split_summaries=False): a reference without a newline is one sentence. */
START_TEST (test_lsum_splits_at_newlines_only)
{
  g_autoptr (PrecisRouge) r = precis_rouge_new (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, FALSE);
  const gchar *cand = "the pool closes in may and the council voted for it.";
  const gchar *one_line[] = { "the council voted for it. the pool closes in may." };
  const gchar *two_lines[] = { "the council voted for it.\nthe pool closes in may." };
  PrecisRougeScore a[PRECIS_ROUGE_N_METRICS], b[PRECIS_ROUGE_N_METRICS];
  precis_rouge_score (r, cand, one_line, 1, a);
  precis_rouge_score (r, cand, two_lines, 1, b);
  ck_assert_double_eq_tol (b[PRECIS_ROUGE_LSUM].r, 1.0, 1e-12);   /* each line matched whole */
  ck_assert_double_lt (a[PRECIS_ROUGE_LSUM].r, 0.7);              /* one sentence: one LCS across both */
  ck_assert_double_eq (a[PRECIS_ROUGE_L].f, b[PRECIS_ROUGE_L].f); /* rougeL ignores lines */
}
END_TEST

/* The metrics each flavour computes: what `precis rouge` and the Python rouge() refuse. */
START_TEST (test_metrics_allowed)
{
  PrecisRougeMetric missing = PRECIS_ROUGE_N_METRICS;
  guint all = (1u << PRECIS_ROUGE_N_METRICS) - 1;
  ck_assert (precis_rouge_metrics_allowed (PRECIS_ROUGE_COMPAT_ROUGE155, all, &missing));
  ck_assert_int_eq (missing, PRECIS_ROUGE_N_METRICS); /* left as it was */
  ck_assert (precis_rouge_metrics_allowed (
      PRECIS_ROUGE_COMPAT_ROUGE_SCORE, precis_rouge_default_metrics (PRECIS_ROUGE_COMPAT_ROUGE_SCORE), NULL));
  ck_assert (precis_rouge_metrics_allowed (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, 0, NULL));
  /* the first metric rouge_score lacks is named, in the order of PrecisRougeMetric */
  ck_assert (!precis_rouge_metrics_allowed (
      PRECIS_ROUGE_COMPAT_ROUGE_SCORE,
      (1u << PRECIS_ROUGE_1) | (1u << PRECIS_ROUGE_SU) | (1u << PRECIS_ROUGE_S), &missing));
  ck_assert_int_eq (missing, PRECIS_ROUGE_S);
  ck_assert (!precis_rouge_metrics_allowed (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, 1u << PRECIS_ROUGE_W, NULL));
  /* bits past the metrics name none (precis_rouge_set_metrics() drops them too) */
  ck_assert (
      precis_rouge_metrics_allowed (PRECIS_ROUGE_COMPAT_ROUGE_SCORE, 1u << PRECIS_ROUGE_N_METRICS, NULL));
  /* an unknown flavour is refused with a critical, as the setters refuse bad values (review21 #12) */
  guint criticals = 0;
  guint handler = g_log_set_handler ("precis", G_LOG_LEVEL_CRITICAL, test_count_message, &criticals);
  missing = PRECIS_ROUGE_N_METRICS;
  ck_assert (!precis_rouge_metrics_allowed ((PrecisRougeCompat)7, 1u << PRECIS_ROUGE_1, &missing));
  ck_assert_uint_eq (criticals, 1);
  ck_assert_int_eq (missing, PRECIS_ROUGE_N_METRICS);
  g_log_remove_handler ("precis", handler);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("rouge");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_hand_made);
  tcase_add_test (tc, test_many_distinct_tokens);
  tcase_add_test (tc, test_metrics_allowed);
  tcase_add_test (tc, test_rouge155_ids_and_seeds);
  tcase_add_test (tc, test_lsum_splits_at_newlines_only);
  tcase_add_test (tc, test_stemmers_hand_made);
  tcase_add_test (tc, test_stems_tsv);
  tcase_add_loop_test (tc, test_lcs_random, 0, G_N_ELEMENTS (lcs_alphabets));
  tcase_add_test (tc, test_lcs_edits);
  tcase_add_test (tc, test_skip_bigrams_brute);
  tcase_add_test (tc, test_skip_bigrams_long);
  tcase_add_loop_test (tc, test_vectors, 0, G_N_ELEMENTS (flavours));
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
