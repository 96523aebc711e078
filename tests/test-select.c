/* test-select.c - budgets, furniture, near-duplicates and document order. */
#include "pipeline/figures.h"
#include "pipeline/select.h"
#include "test-util.h"

#include <string.h>

/* Five sentences; 1 and 3 are the same, 4 is furniture. */
static const gint s0[] = { 0, 1, -1 }, s1[] = { 2, 3, 4, -1 }, s2[] = { 5, 6, -1 }, s3[] = { 2, 3, 4, -1 },
                  s4[] = { 7, 8, -1 };
static const gint *const doc[] = { s0, s1, s2, s3, s4 };

typedef struct
{
  PrecisTokens tokens;
  PrecisVectors vectors;
  PrecisSpan spans[5];
} Fixture;

static void
setup (Fixture *f)
{
  PrecisTokens *t = &f->tokens;
  memset (t, 0, sizeof *t);
  t->tokens = g_new (PrecisToken, 64);
  t->capacity = 64;
  t->first = g_new0 (guint, 6);
  t->n_words = g_new0 (guint, 6);
  t->n_sentences = 5;
  for (guint s = 0; s < 5; s++)
    {
      t->first[s] = t->n_tokens;
      for (const gint *id = doc[s]; *id >= 0; id++)
        {
          if (t->n_tokens == t->capacity)
            t->tokens = g_renew (PrecisToken, t->tokens, t->capacity *= 2);
          t->tokens[t->n_tokens++] = (PrecisToken){ 0, 1, (guint)*id };
          t->n_terms = MAX (t->n_terms, (guint)*id + 1);
        }
      t->n_words[s] = 10 * (s + 1); /* 10, 20, 30, 40, 50 words */
      f->spans[s] = (PrecisSpan){ 0, 1, 0, s == 4 ? PRECIS_SPAN_FURNITURE : 0 };
    }
  t->first[5] = t->n_tokens;
  precis_vectors_build (t, &f->vectors);
}

static void
teardown (Fixture *f)
{
  precis_vectors_clear (&f->vectors);
  precis_tokens_clear (&f->tokens);
}

static GArray *
choose (Fixture *f, const gdouble *scores, PrecisBudget budget)
{
  return precis_select (&f->vectors, scores, "x", f->spans, f->tokens.n_words, &budget,
                        PRECIS_DUPLICATE_COSINE, NULL);
}

static const gdouble scores[] = { 0.1, 0.3, 0.2, 0.3, 0.5 };

START_TEST (test_sentences_budget)
{
  Fixture f;
  setup (&f);
  /* By score: 4 (furniture, skipped), 1, 3 (duplicate of 1, skipped), 2, 0. */
  g_autoptr (GArray) two = choose (&f, scores, (PrecisBudget){ PRECIS_BUDGET_SENTENCES, 2, 0 });
  ck_assert_uint_eq (two->len, 2);
  ck_assert_uint_eq (g_array_index (two, guint, 0), 1);
  ck_assert_uint_eq (g_array_index (two, guint, 1), 2);
  /* Asking for more than there is returns every usable sentence, in document order. */
  g_autoptr (GArray) all = choose (&f, scores, (PrecisBudget){ PRECIS_BUDGET_SENTENCES, 10, 0 });
  ck_assert_uint_eq (all->len, 3);
  ck_assert_uint_eq (g_array_index (all, guint, 0), 0);
  ck_assert_uint_eq (g_array_index (all, guint, 1), 1);
  ck_assert_uint_eq (g_array_index (all, guint, 2), 2);
  teardown (&f);
}
END_TEST

START_TEST (test_ties_by_position)
{
  Fixture f;
  setup (&f);
  const gdouble flat[] = { 0.2, 0.2, 0.2, 0.2, 0.2 };
  g_autoptr (GArray) one = choose (&f, flat, (PrecisBudget){ PRECIS_BUDGET_SENTENCES, 1, 0 });
  ck_assert_uint_eq (g_array_index (one, guint, 0), 0);
  teardown (&f);
}
END_TEST

START_TEST (test_ratio_and_words)
{
  Fixture f;
  setup (&f);
  /* 4 candidates (furniture excluded): 0.5 of them is 2. */
  g_autoptr (GArray) half = choose (&f, scores, (PrecisBudget){ PRECIS_BUDGET_RATIO, 0, 0.5 });
  ck_assert_uint_eq (half->len, 2);
  g_autoptr (GArray) tiny = choose (&f, scores, (PrecisBudget){ PRECIS_BUDGET_RATIO, 0, 0.01 });
  ck_assert_uint_eq (tiny->len, 1);
  /* 55 words: sentence 1 (20) then 2 (30) fit, 0 (10) would pass 55. */
  g_autoptr (GArray) words = choose (&f, scores, (PrecisBudget){ PRECIS_BUDGET_WORDS, 55, 0 });
  ck_assert_uint_eq (words->len, 2);
  /* A budget smaller than any sentence still gives one sentence. */
  g_autoptr (GArray) few = choose (&f, scores, (PrecisBudget){ PRECIS_BUDGET_WORDS, 1, 0 });
  ck_assert_uint_eq (few->len, 1);
  ck_assert_uint_eq (g_array_index (few, guint, 0), 1);
  teardown (&f);
}
END_TEST

START_TEST (test_only_furniture)
{
  Fixture f;
  setup (&f);
  for (guint s = 0; s < 5; s++)
    f.spans[s].flags = PRECIS_SPAN_FURNITURE;
  g_autoptr (GArray) got = choose (&f, scores, (PrecisBudget){ PRECIS_BUDGET_SENTENCES, 1, 0 });
  ck_assert_uint_eq (got->len, 1);
  ck_assert_uint_eq (g_array_index (got, guint, 0), 4);
  teardown (&f);
}
END_TEST

/* Spans of @text's sentences split at ". " (at most @max). */
static guint
split_at_stops (const gchar *text, PrecisSpan *spans, guint max)
{
  guint n = 0;
  gsize start = 0, len = strlen (text);
  for (gsize i = 0; i < len && n < max; i++)
    if (text[i] == '.' && (i + 1 == len || text[i + 1] == ' '))
      {
        spans[n++] = (PrecisSpan){ start, i + 1, 0, 0 };
        start = i + 2;
      }
  return n;
}

START_TEST (test_same_digits)
{
  const gchar *text
      = "Gate 1 is shut. Gate 2 is shut. Gate 1 is shut. Gate is shut. Rates of 1.5 and 2,000 rose. "
        "Rates of 2.5 and 3,000 rose. Room 4B opened. Room 4C opened. Lines 3-1 and 2 won. "
        "Lines 3-1 and 2 won. Lines 1-3 and 2 won.";
  PrecisSpan spans[16];
  ck_assert_uint_eq (split_at_stops (text, spans, 16), 11);
  ck_assert (!precis_same_digits (text, spans, 0, 1)); /* 1 and 2 */
  ck_assert (precis_same_digits (text, spans, 0, 2));
  ck_assert (!precis_same_digits (text, spans, 0, 3)); /* a number and none */
  ck_assert (precis_same_digits (text, spans, 4, 5));  /* longer numbers are terms of the vectors */
  ck_assert (precis_same_digits (text, spans, 6, 7));  /* no digit stands alone */
  ck_assert (precis_same_digits (text, spans, 8, 9));
  ck_assert (!precis_same_digits (text, spans, 8, 10)); /* the same digits in another order */
}
END_TEST

START_TEST (test_figures_one_form)
{
  /* One amount or share as outlets write it, in one form (tryout24 #5); other text as it is. */
  static const gchar *const cases[][2] = {
    { "fined 420 million euros", "fined 420m million euros" },
    { "a fine of \xe2\x82\xac"
      "420m.",
      "a fine of euros 420m million." },
    { "worth \xc2\xa3"
      "6m, police said",
      "worth pounds 6m million, police said" },
    { "about 6 million pounds", "about 6m million pounds" },
    { "US$8.5bn and $8.5 billion", "dollars 8.5bn billion and dollars 8.5bn billion" },
    { "a 5% offer, 5 per cent, 5 percent, 2.6 Per Cent",
      "a 5pc percent offer, 5pc percent, 5pc percent, 2.6pc percent" },
    { "20mn users", "20m million users" },
    /* an ISO code in capitals before a figure, a dollar sign with its country's letters (review27 #9) */
    { "a fine of EUR 420mn, GBP7m and USD\xc2\xa0"
      "3bn",
      "a fine of euros 420m million, pounds 7m million and dollars 3bn billion" },
    { "HK$5m, A$2.5bn and NZ$ 40m", "dollars 5m million, dollars 2.5bn billion and dollars 40m million" },
    { "the EUR/USD rate, EURO 2024, eur 5m, XEUR 5m, GBP7",
      "the EUR/USD rate, EURO 2024, eur 5m, XEUR 5m, pounds 7" },
    { "a 5 m wall, 10,000m race, 3rd place, 10km, 5 percentage points",
      "a 5 m wall, 10,000m race, 3rd place, 10km, 5 percentage points" },
    { "A4 paper, COVID19 and 1 mile", "A4 paper, COVID19 and 1 mile" },
    { "", "" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *normal = precis_figures_normalise (cases[i][0], TRUE);
      ck_assert_str_eq (normal, cases[i][1]);
    }
}
END_TEST

START_TEST (test_figures_number_words)
{
  /* An English number word of 10 to 99 is its figure (tryout29 #17: "Twelve people died" after
   * "killed 12 people"); a one-digit word stays a word; another language's text is as written. */
  static const gchar *const cases[][2] = {
    { "Twelve people died, a seventeen-year-old among them.", "12 people died, a 17-year-old among them." },
    { "twenty-five, forty two, Ninety, sixty-", "25, 42, 90, 60-" },
    { "twelve million euros and fifteen per cent", "12m million euros and 15pc percent" },
    { "two, nine, often, attend, Tenby, twelvefold, fortyish",
      "two, nine, often, attend, Tenby, twelvefold, fortyish" },
    /* a name's lower-case word; a word with a non-ASCII letter; a unit with a hyphen after */
    { "Joost ten Brink said ten players left.", "Joost ten Brink said 10 players left." },
    { "Ola Bråten, Tenório and Fiftyé", "Ola Bråten, Tenório and Fiftyé" },
    { "twenty one-day matches, twenty one days, twenty-one-day", "20 one-day matches, 21 days, 21-day" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *normal = precis_figures_normalise (cases[i][0], TRUE);
      ck_assert_str_eq (normal, cases[i][1]);
    }
  g_autofree gchar *dutch = precis_figures_normalise ("ten noorden van de stad", FALSE);
  ck_assert_str_eq (dutch, "ten noorden van de stad");
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("select");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_sentences_budget);
  tcase_add_test (tc, test_ties_by_position);
  tcase_add_test (tc, test_ratio_and_words);
  tcase_add_test (tc, test_only_furniture);
  tcase_add_test (tc, test_figures_one_form);
  tcase_add_test (tc, test_figures_number_words);
  tcase_add_test (tc, test_same_digits);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
