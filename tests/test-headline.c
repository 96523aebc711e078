/* test-headline.c - the sentence-trimming headline generator. */
#include "pipeline/headline.h"
#include "test-util.h"

#include <string.h>

static gchar *
headline (const gchar *language, const gchar *sentence)
{
  const PrecisLanguageInfo *info = precis_language_lookup (language);
  PrecisTokenizer *tok = precis_tokenizer_new (info);
  gchar *h = precis_headline_from_sentence (sentence, info, tok);
  precis_tokenizer_free (tok);
  return h;
}

static const struct
{
  const gchar *sentence;
  const gchar *headline;
} cases[] = {
  { "Profits at the bakery chain rose 12% last year, the company said on Tuesday.",
    "Profits at bakery chain rose 12%" },
  { "\"We will rebuild every school,\" the minister said.", "We will rebuild every school" },
  { "The council has been fined by the regulator for late accounts.",
    "Council fined by regulator for late accounts" },
  { "However, the mayor said the tram line would open in May.", "Tram line would open in May" },
  { "On Monday, police closed the main road (the A1) after a crash.", "Police closed main road after crash" },
  { "The river burst its banks, which flooded the town centre and forced hundreds of families "
    "to leave their homes overnight.",
    "River burst its banks" },
  { "Officials said that the airport would reopen.", "Airport would reopen" },
};

START_TEST (test_english)
{
  g_autofree gchar *h = headline ("english", cases[_i].sentence);
  ck_assert_str_eq (h, cases[_i].headline);
}
END_TEST

static const gchar *const long_sentences[] = {
  "The committee of the regional parliament voted by a large majority to approve a new law on the "
  "protection of wetlands and rivers against pollution from farms and factories in the area",
  "Engineers found last year that corrosion had weakened two of the bridge's main supports, forcing "
  "the council to ban lorries and cut the speed limit to 30 km/h.",
  "Schools, hospitals, libraries, museums, parks, swimming pools, sports halls and theatres across "
  "the whole country will get more money next year under the plan.",
};

START_TEST (test_shape)
{
  g_autofree gchar *h = headline ("english", long_sentences[_i]);
  guint n_words = 0;
  g_auto (GStrv) words = g_strsplit (h, " ", -1);
  n_words = g_strv_length (words);
  ck_assert_msg (n_words >= 3 && n_words <= 12, "\"%s\": %u words", h, n_words);
  ck_assert_uint_le (g_utf8_strlen (h, -1), 80);
  const gchar *last = words[n_words - 1];
  ck_assert_msg (!g_str_has_suffix (h, ",") && !g_str_has_suffix (h, ".") && !g_str_equal (last, "said")
                     && !g_str_equal (last, "the") && !g_str_equal (last, "of") && !g_str_equal (last, "and"),
                 "dangling end: \"%s\"", h);
  /* It starts with the sentence's first word (an article dropped), in capitals. */
  ck_assert (strstr (long_sentences[_i], words[0] + 1) != NULL);
}
END_TEST

START_TEST (test_other_language)
{
  g_autofree gchar *h
      = headline ("french", "le conseil municipal a voté mardi la construction d'un nouveau pont "
                            "sur le fleuve, qui coûtera environ deux cents millions d'euros.");
  /* 14 words before the comma: cut to 12, and the dangling "sur" dropped */
  ck_assert_str_eq (h, "Le conseil municipal a voté mardi la construction d'un nouveau pont");
}
END_TEST

START_TEST (test_degenerate)
{
  g_autofree gchar *empty = headline ("english", "");
  ck_assert_str_eq (empty, "");
  g_autofree gchar *stop = headline ("english", "and the of.");
  ck_assert_ptr_nonnull (stop);
  g_autofree gchar *long_word = g_strnfill (300, 'a');
  g_autofree gchar *word = headline ("english", long_word);
  ck_assert_uint_le (g_utf8_strlen (word, -1), 80);
}
END_TEST

/* Issue #7: headlines read as headlines. Over every shared headline input (Gigaword's first
 * sentences) and news article, none ends with punctuation or a dangling "said", article,
 * preposition or conjunction (a quoted phrase that ends with one is whole), and none is over
 * 12 words or 80 characters. */
START_TEST (test_shared_headlines_read_as_headlines)
{
  const gchar *const files[] = { "headlines/gigaword_test1951.jsonl", "headlines/gigaword_valid4k.jsonl",
                                 test_news_sets[0], test_news_sets[1], test_news_sets[2] };
  static const gchar *const dangling[]
      = { "said", "says", "and", "or",  "but",  "of", "the",  "a",    "an",    "to",
          "in",   "on",   "at",  "for", "with", "by", "from", "that", "which", "who" };
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new ("english", NULL);
  guint n = 0, bad = 0;
  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr (GPtrArray) records = test_shared_records (files[f], "headlines read as headlines");
      if (records == NULL)
        return;
      for (guint i = 0; i < records->len; i++)
        {
          g_autoptr (PrecisSummary) sum = precis_summarizer_run (
              s, json_object_get_string_member (records->pdata[i], "text"), -1, NULL);
          ck_assert_ptr_nonnull (sum);
          const gchar *h = precis_summary_get_headline (sum);
          if (h[0] == '\0')
            continue;
          n++;
          g_auto (GStrv) words = g_strsplit (h, " ", -1);
          guint n_words = g_strv_length (words);
          g_autofree gchar *last = g_utf8_strdown (words[n_words - 1], -1);
          gboolean dangles = FALSE;
          for (guint k = 0; k < G_N_ELEMENTS (dangling); k++)
            dangles |= g_str_equal (last, dangling[k]);
          gsize len = strlen (h);
          gboolean punct = strchr (",;:-", h[len - 1]) != NULL;
          if (dangles || punct || n_words > 12 || g_utf8_strlen (h, -1) > 80)
            {
              bad++;
              fprintf (stderr, "not a headline: \"%s\"\n", h);
            }
        }
    }
  fprintf (stderr, "headlines: %u, %u not reading as headlines\n", n, bad);
  ck_assert_uint_eq (bad, 0);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("headline");
  TCase *tc = tcase_create ("core");
  tcase_add_loop_test (tc, test_english, 0, G_N_ELEMENTS (cases));
  tcase_add_loop_test (tc, test_shape, 0, G_N_ELEMENTS (long_sentences));
  tcase_add_test (tc, test_other_language);
  tcase_add_test (tc, test_degenerate);
  tcase_add_test (tc, test_shared_headlines_read_as_headlines);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
