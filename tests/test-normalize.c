/* test-normalize.c - validation, repair, and the title stage. */
#include "precis.h"
#include "pipeline/normalize.h"
#include "pipeline/title.h"
#include "test-util.h"

#include <string.h>

START_TEST (test_valid_text_kept)
{
  const gchar *input = "Caf\xC3\xA9 opens.\r\nIt is busy.";
  PrecisText t;
  ck_assert (precis_text_init (&t, input, strlen (input), FALSE, NULL));
  ck_assert_uint_eq (t.len, strlen (input));
  ck_assert_str_eq (t.text, input);
  ck_assert (!t.has_title);
  ck_assert_uint_eq (t.body_start, 0);
  precis_text_clear (&t);
}
END_TEST

/* A NUL-terminated input that needs no repair is read in place; one repaired is copied. */
START_TEST (test_in_place)
{
  const gchar *input = "The bridge opens.\nIt is busy.";
  PrecisText t;
  ck_assert (precis_text_init_in_place (&t, input, strlen (input), FALSE, NULL));
  ck_assert_ptr_eq (t.text, input);
  ck_assert_ptr_null (t.owned);
  ck_assert_uint_eq (t.len, strlen (input));
  precis_text_clear (&t);
  const gchar *bad = "ab\xC3(cd";
  ck_assert (precis_text_init_in_place (&t, bad, strlen (bad), TRUE, NULL));
  ck_assert_ptr_eq (t.text, t.owned);
  ck_assert_str_eq (t.text, "ab\xEF\xBF\xBD(cd");
  precis_text_clear (&t);
  g_autoptr (GError) error = NULL;
  ck_assert (!precis_text_init_in_place (&t, bad, strlen (bad), FALSE, &error));
  ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_UTF8));
}
END_TEST

START_TEST (test_invalid_utf8_offset)
{
  const gchar input[] = "Good text \xFF\xFE then more.";
  PrecisText t;
  g_autoptr (GError) error = NULL;
  ck_assert (!precis_text_init (&t, input, sizeof input - 1, FALSE, &error));
  ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_UTF8));
  ck_assert_msg (strstr (error->message, "offset 10") != NULL, "message: %s", error->message);
}
END_TEST

START_TEST (test_lossy_repair)
{
  const gchar input[] = "ab\xC3(cd\0ef";
  PrecisText t;
  ck_assert (precis_text_init (&t, input, sizeof input - 1, TRUE, NULL));
  ck_assert_str_eq (t.text, "ab\xEF\xBF\xBD(cd\xEF\xBF\xBD"
                            "ef");
  ck_assert (g_utf8_validate (t.text, (gssize)t.len, NULL));
  precis_text_clear (&t);
}
END_TEST

START_TEST (test_nul_is_binary)
{
  const gchar input[] = "text with a NUL\0 inside";
  PrecisText t;
  g_autoptr (GError) error = NULL;
  ck_assert (!precis_text_init (&t, input, sizeof input - 1, FALSE, &error));
  ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_BINARY));
  ck_assert_msg (strstr (error->message, "offset 15") != NULL, "message: %s", error->message);
}
END_TEST

START_TEST (test_binary_refused_even_lossy)
{
  guchar input[4096];
  for (gsize i = 0; i < sizeof input; i++)
    input[i] = (guchar)((i * 7919) % 256);
  PrecisText t;
  g_autoptr (GError) error = NULL;
  ck_assert (!precis_text_init (&t, (const gchar *)input, sizeof input, TRUE, &error));
  ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_BINARY));
}
END_TEST

/* Binary or not as a byte-by-byte count of the control bytes decides (C0 but tab to carriage
 * return, and DEL: at least 8 of them and more than a tenth of the first 8,192 bytes), for
 * texts of every length up to 120 bytes mixing letters, white space, control bytes, a NUL and
 * bytes from 0x80 whose low seven bits are a control byte's, each with its own share of
 * control bytes so that many land near the bound; and for control bytes past the sample. */
START_TEST (test_binary_by_count)
{
  static const gchar text_bytes[] = "ab \t\n\v\f\r\xC3\xA9\x9F\xFF\x8A";
  static const gchar control_bytes[] = "\x01\x08\x0E\x1F\x7F\x1B";
  g_autoptr (GRand) rand = g_rand_new_with_seed (18);
  for (guint round = 0; round < 20000; round++)
    {
      gchar s[121];
      guint len = (guint)g_rand_int_range (rand, 0, 121);
      gdouble share = g_rand_double_range (rand, 0, 0.3);
      guint n_control = 0;
      for (guint i = 0; i < len; i++)
        {
          gboolean control = g_rand_double (rand) < share;
          if (control && g_rand_int_range (rand, 0, 8) == 0)
            s[i] = '\0';
          else if (control)
            s[i] = control_bytes[g_rand_int_range (rand, 0, (gint32)sizeof control_bytes - 1)];
          else
            s[i] = text_bytes[g_rand_int_range (rand, 0, (gint32)sizeof text_bytes - 1)];
          n_control += control;
        }
      gboolean want = n_control >= 8 && n_control > 0.10 * len;
      PrecisText t;
      g_autoptr (GError) error = NULL;
      gboolean ok = precis_text_init (&t, s, len, TRUE, &error);
      ck_assert_msg (ok == !want, "round %u: %u control bytes of %u", round, n_control, len);
      if (ok)
        precis_text_clear (&t);
      else
        ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_BINARY));
    }
  /* Control bytes after the first 8,192 are not counted. */
  g_autofree gchar *long_text = g_malloc (9000);
  memset (long_text, 'a', 9000);
  memset (long_text + 8192, '\x01', 9000 - 8192);
  PrecisText t;
  ck_assert (precis_text_init (&t, long_text, 9000, TRUE, NULL));
  precis_text_clear (&t);
  long_text[8191] = '\x01';
  memset (long_text, '\x02', 819);
  ck_assert (!precis_text_init (&t, long_text, 9000, TRUE, NULL));
}
END_TEST

START_TEST (test_empty)
{
  PrecisText t;
  ck_assert (precis_text_init (&t, "", 0, FALSE, NULL));
  ck_assert_uint_eq (t.len, 0);
  ck_assert (!t.has_title);
  precis_text_clear (&t);
}
END_TEST

static const struct
{
  const gchar *input;
  const gchar *title; /* NULL: no title */
} title_cases[] = {
  { "Storm closes schools\n\nSchools shut today. More soon.", "Storm closes schools" },
  { "\n\n  Storm closes schools  \r\n\r\nSchools shut today.", "Storm closes schools" },
  { "Schools shut today.\n\nMore soon.", NULL },         /* final punctuation */
  { "Storm closes schools\nSchools shut today.", NULL }, /* no blank line */
  { "Storm closes schools\n\n", NULL },                  /* nothing follows */
  { "By Anna Berg\n\nSchools shut today.", NULL },       /* a byline */
  { "Updated 14:32 GMT\n\nSchools shut today.", NULL },  /* a time stamp */
  /* a section's or a flash's label above the title: the title is the longer line */
  { "Politics\n\nCouncil approves budget with tax rise\n\nSchools shut today.",
    "Council approves budget with tax rise" },
  { "BREAKING\nCouncil approves budget with tax rise\n\nSchools shut today.",
    "Council approves budget with tax rise" },
  { "World news\n\nSchools shut today.\n\nMore soon.", "World news" }, /* no title line after it */
  { "Headingley\nFriday, 25 February\n\nSchools shut today.", NULL },  /* a place over a date */
  /* other languages' labels, bylines and stamps (tryout19 #3): a three-word title without a
   * digit under a label ("Politik"), no byline or stamp as the title */
  { "Politik\n\nBundestag beschließt Rentenreform\n\nSchools shut today.",
    "Bundestag beschließt Rentenreform" },
  { "Von Anna Schmidt\n\nSchools shut today.", NULL },
  { "Por María López\n\nSchools shut today.", NULL },
  { "Aktualisiert am 30.11.2026, 14:05 Uhr\n\nSchools shut today.", NULL },
  { "Автор: Иван Петров\n\nSchools shut today.", NULL },
  /* what the furniture takes for an English byline is no title either (review20s 2) */
  { "Posted by bike_fan77 \u00bb Mon Nov 30, 2026 10:15 am\n\nSchools shut today.", NULL },
  { "Posted on November 30, 2026 by admin\n\nSchools shut today.", NULL },
  { "Posted by John Smith\n\nSchools shut today.", NULL },
  { "Written by Anna Berg\n\nSchools shut today.", NULL },
  { "Reporting season opens in Tokyo\n\nSchools shut today.", "Reporting season opens in Tokyo" },
  { "Posters by local artists fill the gallery\n\nSchools shut today.",
    "Posters by local artists fill the gallery" },
  /* a press release's label lines above the title are furniture, never the title (session 17) */
  { "FOR IMMEDIATE RELEASE\n\nBakery to open in Leeds, creating 250 jobs\n\nSchools shut today.",
    "Bakery to open in Leeds, creating 250 jobs" },
  { "Embargoed until 00:01 GMT, 1 December 2026\nPress Release\n\nBakery to open in Leeds\n\nSchools shut.",
    "Bakery to open in Leeds" },
  { "FOR IMMEDIATE RELEASE\n\nSchools shut today.\n\nMore soon.", NULL },
  /* a sentence closed inside quotes or brackets is no title, under a label or alone */
  { "Politics\n\nSchools shut, and the mayor called it \u201ca shame for the whole city.\u201d\n\nMore.",
    "Politics" },
  { "\u201cSchools shut today.\u201d\n\nMore soon.", NULL },
  { "Schools shut (for a day.)\n\nMore soon.", NULL },
  { "Storm closes \u201cschools\u201d\n\nSchools shut today.", "Storm closes \u201cschools\u201d" },
  { "Storm closes schools in 2024\n\nSchools shut.", "Storm closes schools in 2024" },
  { "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty twenty-one\n\nBody.",
    NULL }, /* too long */
};

/* Finds the title of @input: whether it has one, and (@body not NULL) that its body is @body. */
static void
check_title (const gchar *input, gboolean has_title, const gchar *body)
{
  PrecisText t;
  ck_assert (precis_text_init (&t, input, strlen (input), FALSE, NULL));
  precis_title_find (&t);
  ck_assert_msg (t.has_title == has_title, "title %sfound in \"%s\"", t.has_title ? "" : "not ", input);
  if (body != NULL)
    ck_assert_str_eq (t.text + t.body_start, body);
  precis_text_clear (&t);
}

/* tryout18 #5: a live blog's label and its filter ("Key events" over "Show key events only") are
 * no title, and the body starts after them (before: the title "Show key events only"). */
START_TEST (test_label_control)
{
  check_title ("Key events\nShow key events only\n\nSchools shut today.", FALSE, "Schools shut today.");
  check_title ("Key events\n\nShow key events only\n\nSchools shut today.", FALSE, "Schools shut today.");
  /* a title that only opens on such a verb stays one */
  check_title ("Politics\nShow of strength by striking nurses\n\nSchools shut today.", TRUE, NULL);
}
END_TEST

/* tryout23 #7: a live blog's "Key events" is no title though no filter follows it; the body
 * starts after it (before: the title "Key events"). A longer line that opens on the words is a
 * title. */
START_TEST (test_live_blog_label)
{
  check_title ("Key events\n\n14:05\nSchools shut today.", FALSE, "14:05\nSchools shut today.");
  check_title ("KEY EVENTS\nSchools shut today.", FALSE, "Schools shut today.");
  check_title ("Key events that shaped the year in county politics\n\nSchools shut today.", TRUE, NULL);
}
END_TEST

/* review26 #5: the label alone, nothing after it but blank lines, is the text itself, no live
 * blog's label to skip (before: an empty body, "no text to summarise"). */
START_TEST (test_live_blog_label_alone)
{
  check_title ("Key events\n", FALSE, "Key events\n");
  check_title ("Key events\n\n \n", FALSE, "Key events\n\n \n");
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new ("english", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisSummary) sum = precis_summarizer_run (s, "Key events\n", -1, &error);
  ck_assert_msg (sum != NULL, "%s", error != NULL ? error->message : "");
}
END_TEST

/* tryout29 #16: a list article's first item ("1. Harbour Lights, Port Ellery", with "2. ..."
 * below) is no title, and stays in the body; a title that opens on a number with no second item
 * is one. */
START_TEST (test_list_item_no_title)
{
  static const gchar list[] = "1. Harbour Lights, Port Ellery\n\nThe best fish supper on the coast.\n\n"
                              "2. The Crooked Spoon, Dunmore\n\nA short menu that changes every week.";
  check_title (list, FALSE, list);
  /* white space at the first line's end */
  check_title ("1. Harbour Lights, Port Ellery \n\nThe best fish supper on the coast.\n\n"
               "2. The Crooked Spoon, Dunmore\n\nA short menu that changes every week.",
               FALSE, NULL);
  check_title ("1) Harbour Lights\n\nThe best fish supper.\n\n  2) The Crooked Spoon\n\nA short menu.", FALSE,
               NULL);
  /* another mark below, or none: a title */
  check_title ("1. FC Kelsey beat Dunmore Rovers\n\nThe home side won with a late goal.\n\n2) Next week.",
               TRUE, NULL);
  check_title ("1. FC Kelsey beat Dunmore Rovers\n\nThe home side won 2. Then it rained.", TRUE, NULL);
  /* a paragraph opening "2. ...": a sentence, not a list's second item */
  check_title ("1. FC Kelsey steigt ab\n\nDer 1. FC Kelsey verliert das letzte Spiel.\n\n"
               "2. Liga: Kelsey trifft im Sommer auf den SV Dunmore.",
               TRUE, NULL);
  check_title ("1. FC Kelsey steigt ab\n\nDer 1. FC Kelsey verliert.\n\n2. Liga, neue Gegner\n\nDann mehr.",
               FALSE, NULL);
  /* a countdown */
  check_title (
      "10. The Old Mill, Kelsey\n\nA quiet pub by the river.\n\n9. The Anchor, Dunmore\n\nGood pies.", FALSE,
      NULL);
  check_title ("10 things we learned\n\nA quiet pub by the river.\n\n9. The Anchor, Dunmore\n\nGood pies.",
               TRUE, NULL);
}
END_TEST

START_TEST (test_title)
{
  const gchar *input = title_cases[_i].input;
  PrecisText t;
  ck_assert (precis_text_init (&t, input, strlen (input), FALSE, NULL));
  ck_assert (!t.has_title); /* found by its own stage, after the cleaning */
  precis_title_find (&t);
  if (title_cases[_i].title == NULL)
    ck_assert_msg (!t.has_title, "title found in \"%s\"", input);
  else
    {
      ck_assert_msg (t.has_title, "no title in \"%s\"", input);
      g_autofree gchar *title = g_strndup (t.text + t.title_start, t.title_len);
      ck_assert_str_eq (title, title_cases[_i].title);
      ck_assert_str_eq (t.text + t.body_start, strstr (input, "Schools"));
    }
  precis_text_clear (&t);
}
END_TEST

/* A press release's label line is left out of the body, title or none; alone, it stays (there
 * is nothing else to read). */
START_TEST (test_release_line_skipped)
{
  static const gchar *const inputs[] = {
    "FOR IMMEDIATE RELEASE\n\nSchools shut today.\n\nMore soon.",
    "NEWS RELEASE\r\n\r\nFor immediate release: 14 October 2026\n\nSchools shut today.",
  };
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      PrecisText t;
      ck_assert (precis_text_init (&t, inputs[i], strlen (inputs[i]), FALSE, NULL));
      precis_title_find (&t);
      ck_assert (!t.has_title);
      ck_assert_str_eq (t.text + t.body_start, strstr (inputs[i], "Schools"));
      precis_text_clear (&t);
    }
  PrecisText t;
  ck_assert (precis_text_init (&t, "FOR IMMEDIATE RELEASE\n\n", 23, FALSE, NULL));
  precis_title_find (&t);
  ck_assert (!t.has_title);
  ck_assert_uint_eq (t.body_start, 0);
  precis_text_clear (&t);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("normalize");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_valid_text_kept);
  tcase_add_test (tc, test_in_place);
  tcase_add_test (tc, test_invalid_utf8_offset);
  tcase_add_test (tc, test_lossy_repair);
  tcase_add_test (tc, test_nul_is_binary);
  tcase_add_test (tc, test_binary_refused_even_lossy);
  tcase_add_test (tc, test_binary_by_count);
  tcase_add_test (tc, test_empty);
  tcase_add_loop_test (tc, test_title, 0, G_N_ELEMENTS (title_cases));
  tcase_add_test (tc, test_label_control);
  tcase_add_test (tc, test_list_item_no_title);
  tcase_add_test (tc, test_live_blog_label);
  tcase_add_test (tc, test_live_blog_label_alone);
  tcase_add_test (tc, test_release_line_skipped);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
