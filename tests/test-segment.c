/* test-segment.c - the sentence segmenter on hand-made cases, and its pass rate on the
 * shared segmentation rules where that data is present. */
#include "precis-private.h"
#include "test-util.h"

#include <json-glib/json-glib.h>
#include <string.h>

/* Splits @input and returns the sentences as shown (runs of space collapsed). */
static GPtrArray *
split (const gchar *language, const gchar *input)
{
  const PrecisLanguageInfo *info = precis_language_lookup (language);
  ck_assert_ptr_nonnull (info);
  PrecisSegmenter *seg = precis_segmenter_new (info);
  GArray *spans = precis_segmenter_split (seg, input, 0, strlen (input));
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < spans->len; i++)
    {
      PrecisSpan *s = &g_array_index (spans, PrecisSpan, i);
      g_ptr_array_add (out, precis_collapse_space (input, s->start, s->end));
    }
  g_array_unref (spans);
  precis_segmenter_free (seg);
  return out;
}

typedef struct
{
  const gchar *input;
  const gchar *expected[6];
} Case;

/* Written for precis; each names the rule it checks. */
static const Case english_cases[] = {
  { "The cat sat down. The dog barked.", { "The cat sat down.", "The dog barked." } },
  { "Is it raining? Take a coat!", { "Is it raining?", "Take a coat!" } },
  { "Wait!! Where are you going?!", { "Wait!!", "Where are you going?!" } },
  /* titles and prefixes */
  { "Dr. Evans met Mrs. Patel at noon.", { "Dr. Evans met Mrs. Patel at noon." } },
  { "Ask Prof. Lee about it. She knows.", { "Ask Prof. Lee about it.", "She knows." } },
  /* initials and multi-dot abbreviations */
  { "The novel by J. R. Hartley sold well.", { "The novel by J. R. Hartley sold well." } },
  { "Prices rose in the U.S. last month.", { "Prices rose in the U.S. last month." } },
  { "She moved to the U.K. Then she wrote a book.", { "She moved to the U.K.", "Then she wrote a book." } },
  { "The office opens at 9 a.m. and shuts at five.", { "The office opens at 9 a.m. and shuts at five." } },
  { "He holds a Ph.D. in botany.", { "He holds a Ph.D. in botany." } },
  /* company suffixes */
  { "Shares of Acme Inc. fell sharply.", { "Shares of Acme Inc. fell sharply." } },
  { "They sold it to Brown & Co. It was cheap.", { "They sold it to Brown & Co.", "It was cheap." } },
  /* numbers */
  { "Pi is about 3.14 in most uses.", { "Pi is about 3.14 in most uses." } },
  { "It cost $2,500.75 in total. Nobody paid.", { "It cost $2,500.75 in total.", "Nobody paid." } },
  { "See No. 7 on the list.", { "See No. 7 on the list." } },
  { "Turn to p. 12 for details.", { "Turn to p. 12 for details." } },
  /* quotations and brackets */
  { "He shouted \"Run.\" Then he ran.", { "He shouted \"Run.\"", "Then he ran." } },
  { "\"We won,\" she said. \"Again.\"", { "\"We won,\" she said.", "\"Again.\"" } },
  { "He said \"Go away.\" and left.", { "He said \"Go away.\" and left." } },
  { "The plan (agreed last week.) was dropped.", { "The plan (agreed last week.) was dropped." } },
  /* ellipses */
  { "I waited... Nobody came.", { "I waited...", "Nobody came." } },
  { "I waited... and waited.", { "I waited... and waited." } },
  { "Well \xE2\x80\xA6 maybe later.", { "Well \xE2\x80\xA6 maybe later." } },
  /* URLs, e-mail addresses, file names */
  { "Write to anna.lee@example.org for help. She replies fast.",
    { "Write to anna.lee@example.org for help.", "She replies fast." } },
  { "The file is at www.example.com/docs.html today.",
    { "The file is at www.example.com/docs.html today." } },
  { "Open report.pdf before the meeting.", { "Open report.pdf before the meeting." } },
  /* glued sentences */
  { "It ended.The next one began.", { "It ended.", "The next one began." } },
  { "Sales hit 4,000.Then they fell.", { "Sales hit 4,000.", "Then they fell." } },
  /* lower-case after ! and ? */
  { "She works at Yahoo! in the sales team.", { "She works at Yahoo! in the sales team." } },
  /* lists */
  { "Shopping:\n- bread\n- milk\n", { "Shopping:", "- bread", "- milk" } },
  { "1. Mix the flour. 2. Add water.", { "1. Mix the flour.", "2. Add water." } },
  /* line breaks */
  { "A title line\n\nThe body starts here. It goes on.",
    { "A title line", "The body starts here.", "It goes on." } },
  { "It was a long \nday at work.", { "It was a long day at work." } },
  { "apples\npears\nplums\n", { "apples", "pears", "plums" } },
  { "One.\r\n\r\nTwo.\rThree.", { "One.", "Two.", "Three." } },
  /* nothing to split */
  { "no punctuation at all here", { "no punctuation at all here" } },
  { "   \n\n  ", { NULL } },
};

static void
check_case (const gchar *language, const Case *c)
{
  g_autoptr (GPtrArray) got = split (language, c->input);
  guint n_expected = 0;
  while (n_expected < G_N_ELEMENTS (c->expected) && c->expected[n_expected] != NULL)
    n_expected++;
  GString *shown = g_string_new (NULL);
  for (guint i = 0; i < got->len; i++)
    g_string_append_printf (shown, "[%s] ", (gchar *)got->pdata[i]);
  ck_assert_msg (got->len == n_expected, "\"%s\": %u sentences, expected %u: %s", c->input, got->len,
                 n_expected, shown->str);
  for (guint i = 0; i < n_expected; i++)
    ck_assert_msg (g_str_equal (got->pdata[i], c->expected[i]),
                   "\"%s\": sentence %u is \"%s\", expected \"%s\"", c->input, i, (gchar *)got->pdata[i],
                   c->expected[i]);
  g_string_free (shown, TRUE);
}

START_TEST (test_english)
{
  check_case ("english", &english_cases[_i]);
}
END_TEST

static const Case other_cases[] = {
  /* language, then cases: the language is in expected[5] */
  { "東京は晴れです。大阪は雨です。", { "東京は晴れです。", "大阪は雨です。", NULL, NULL, NULL, "english" } },
  { "यह पहला वाक्य है। यह दूसरा है।", { "यह पहला वाक्य है।", "यह दूसरा है।", NULL, NULL, NULL, "hindi" } },
  { "هل أنت هنا؟ نعم أنا هنا.", { "هل أنت هنا؟", "نعم أنا هنا.", NULL, NULL, NULL, "arabic" } },
  { "Բարև։ Ինչպես ես։", { "Բարև։", "Ինչպես ես։", NULL, NULL, NULL, "armenian" } },
  { "Τι κάνεις; Είμαι καλά.", { "Τι κάνεις;", "Είμαι καλά.", NULL, NULL, NULL, "greek" } },
};

START_TEST (test_other_scripts)
{
  const Case *c = &other_cases[_i];
  Case copy = *c;
  copy.expected[5] = NULL;
  check_case (c->expected[5], &copy);
}
END_TEST

START_TEST (test_offsets_and_paragraphs)
{
  const gchar *text = "  First one.  Second one.\n\nThird, new paragraph.";
  const PrecisLanguageInfo *info = precis_language_lookup ("en");
  PrecisSegmenter *seg = precis_segmenter_new (info);
  GArray *spans = precis_segmenter_split (seg, text, 0, strlen (text));
  ck_assert_uint_eq (spans->len, 3);
  PrecisSpan *s = (PrecisSpan *)(gpointer)spans->data;
  ck_assert_uint_eq (s[0].start, 2);
  ck_assert_uint_eq (s[0].end, 12);
  ck_assert_uint_eq (s[1].start, 14);
  ck_assert_uint_eq (s[0].paragraph, s[1].paragraph);
  ck_assert_uint_ne (s[1].paragraph, s[2].paragraph);
  ck_assert (s[0].flags & PRECIS_SPAN_PARAGRAPH_START);
  ck_assert (!(s[1].flags & PRECIS_SPAN_PARAGRAPH_START));
  ck_assert (s[2].flags & PRECIS_SPAN_PARAGRAPH_START);
  g_array_unref (spans);
  precis_segmenter_free (seg);
}
END_TEST

START_TEST (test_hard_wrapped)
{
  const gchar *text = "The committee met on a grey morning to discuss the new budget, which\n"
                      "had been delayed twice already by arguments over the cost of roads and\n"
                      "schools in the northern districts. Nobody expected a quick decision, and\n"
                      "the chair said so at the start of the meeting before the first vote was\n"
                      "taken.\n";
  g_autoptr (GPtrArray) got = split ("english", text);
  ck_assert_uint_eq (got->len, 2);
  ck_assert_str_eq (got->pdata[1],
                    "Nobody expected a quick decision, and the chair said so at the start of the "
                    "meeting before the first vote was taken.");
}
END_TEST

/* Pass rate over the shared "Golden Rules"; the floor is raised as the segmenter improves. */
#define GOLDEN_RULES_MIN_PASSED 51

START_TEST (test_golden_rules)
{
  g_auto (GStrv) lines = test_shared_lines ("segmentation/golden_rules_en.jsonl", "golden rules");
  if (lines == NULL)
    return;
  guint n = 0, passed = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        continue;
      g_autoptr (JsonParser) parser = json_parser_new ();
      ck_assert (json_parser_load_from_data (parser, lines[i], -1, NULL));
      JsonObject *o = json_node_get_object (json_parser_get_root (parser));
      g_autoptr (GPtrArray) got = split ("english", json_object_get_string_member (o, "input"));
      JsonArray *exp = json_object_get_array_member (o, "expected");
      gboolean ok = got->len == json_array_get_length (exp);
      for (guint k = 0; ok && k < got->len; k++)
        ok = g_str_equal (got->pdata[k], json_array_get_string_element (exp, k));
      n++;
      passed += ok;
    }
  fprintf (stderr, "golden rules: %u of %u\n", passed, n);
  ck_assert_uint_ge (passed, GOLDEN_RULES_MIN_PASSED);
}
END_TEST

/* pragmatic_segmenter's spec, per language that precis supports: the cases passed, printed,
 * and checked against floors at the level reached so far (issue #4 aims at 95 % each). */
static const struct
{
  const gchar *code;
  guint floor;
} spec_floors[] = {
  { "en", 206 }, { "da", 46 }, { "de", 26 }, { "ru", 39 }, { "it", 30 }, { "es", 30 },
  { "hy", 26 },  { "ar", 4 },  { "fr", 4 },  { "nl", 2 },  { "el", 0 },  { "hi", 2 },
};

START_TEST (test_spec_per_language)
{
  g_auto (GStrv) lines
      = test_shared_lines ("segmentation/pragmatic_segmenter_spec.jsonl", "pragmatic_segmenter spec");
  if (lines == NULL)
    return;
  guint passed[G_N_ELEMENTS (spec_floors)] = { 0 }, total[G_N_ELEMENTS (spec_floors)] = { 0 };
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        continue;
      g_autoptr (JsonParser) parser = json_parser_new ();
      ck_assert (json_parser_load_from_data (parser, lines[i], -1, NULL));
      JsonObject *o = json_node_get_object (json_parser_get_root (parser));
      const gchar *code = json_object_get_string_member (o, "lang");
      guint k = 0;
      while (k < G_N_ELEMENTS (spec_floors) && !g_str_equal (spec_floors[k].code, code))
        k++;
      if (k == G_N_ELEMENTS (spec_floors))
        continue; /* not a language precis supports */
      g_autoptr (GPtrArray) got = split (code, json_object_get_string_member (o, "input"));
      JsonArray *exp = json_object_get_array_member (o, "expected");
      gboolean ok = got->len == json_array_get_length (exp);
      for (guint j = 0; ok && j < got->len; j++)
        {
          g_autofree gchar *want = g_strdup (json_array_get_string_element (exp, j));
          g_autofree gchar *shown = precis_collapse_space (g_strstrip (want), 0, strlen (want));
          ok = g_str_equal (got->pdata[j], shown);
        }
      total[k]++;
      passed[k] += ok;
    }
  for (guint k = 0; k < G_N_ELEMENTS (spec_floors); k++)
    {
      fprintf (stderr, "pragmatic_segmenter spec %s: %u of %u\n", spec_floors[k].code, passed[k], total[k]);
      ck_assert_msg (passed[k] >= spec_floors[k].floor, "%s: %u, was %u", spec_floors[k].code, passed[k],
                     spec_floors[k].floor);
    }
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("segment");
  TCase *tc = tcase_create ("core");
  tcase_add_loop_test (tc, test_english, 0, G_N_ELEMENTS (english_cases));
  tcase_add_loop_test (tc, test_other_scripts, 0, G_N_ELEMENTS (other_cases));
  tcase_add_test (tc, test_offsets_and_paragraphs);
  tcase_add_test (tc, test_hard_wrapped);
  tcase_add_test (tc, test_golden_rules);
  tcase_add_test (tc, test_spec_per_language);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
