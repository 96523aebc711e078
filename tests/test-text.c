/* test-text.c - the shared text helpers of base/text.h (white space, blank spans, digits, word
 * counts, collapsed spaces, case folding, terminators). */
#include "base/text.h"
#include "test-util.h"

#include <string.h>

START_TEST (test_blank_and_digits)
{
  ck_assert (precis_is_blank (" \t\r\n\f\v", 0, 6));
  ck_assert (precis_is_blank ("abc", 1, 1)); /* an empty span is blank */
  ck_assert (!precis_is_blank ("  x ", 0, 4));
  ck_assert (precis_all_digits ("2026", 4));
  ck_assert (!precis_all_digits ("20a6", 4));
  ck_assert (!precis_all_digits ("", 0));
  ck_assert (!precis_all_digits ("\xD9\xA3", 2)); /* ٣: a digit, but not an ASCII one */
}
END_TEST

START_TEST (test_count_words)
{
  const gchar *s = "  one two\tthree\nfour\r\nfive  ";
  ck_assert_uint_eq (precis_count_words (s, strlen (s), G_MAXUINT - 1), 5);
  /* Counting stops once it has passed @max. */
  ck_assert_uint_eq (precis_count_words (s, strlen (s), 1), 2);
  ck_assert_uint_eq (precis_count_words ("", 0, 10), 0);
  ck_assert_uint_eq (precis_count_words ("caf\xC3\xA9 au lait", 13, 10), 3);
}
END_TEST

START_TEST (test_collapse_space)
{
  const gchar *s = "  The  bridge\n\n closes\t today.  ";
  g_autofree gchar *all = precis_collapse_space (s, 0, strlen (s));
  ck_assert_str_eq (all, "The bridge closes today.");
  g_autofree gchar *part = precis_collapse_space (s, 7, 22);
  ck_assert_str_eq (part, "bridge closes");
  g_autofree gchar *none = precis_collapse_space (s, 0, 2);
  ck_assert_str_eq (none, "");
}
END_TEST

START_TEST (test_fold)
{
  gchar buf[16];
  gchar *a = precis_fold ("BRIDGE Closes", 13, buf, sizeof buf);
  ck_assert (a == buf); /* ASCII that fits: no allocation */
  ck_assert_str_eq (a, "bridge closes");
  g_autofree gchar *b = precis_fold ("A LONGER PHRASE THAN THE BUFFER", 31, buf, sizeof buf);
  ck_assert (b != buf);
  ck_assert_str_eq (b, "a longer phrase than the buffer");
  g_autofree gchar *c = precis_fold ("Stra\xC3\x9F"
                                     "E",
                                     7, buf, sizeof buf);
  ck_assert (c != buf);
  ck_assert_str_eq (c, "strasse"); /* Unicode case folding: ß folds to ss */
  g_autofree gchar *d = precis_fold ("ABC", 3, NULL, 0);
  ck_assert_str_eq (d, "abc");
}
END_TEST

START_TEST (test_terminators)
{
  static const gunichar strong[]
      = { 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0x0964, 0x0965, 0x061F, 0x06D4, 0x0589, 0x1362, 0x104B, 0x037E };
  for (guint i = 0; i < G_N_ELEMENTS (strong); i++)
    ck_assert (precis_is_strong_terminator (strong[i]) && precis_is_terminator (strong[i]));
  ck_assert (precis_is_terminator ('.') && precis_is_terminator ('!') && precis_is_terminator ('?'));
  ck_assert (precis_is_terminator (0x2026));
  ck_assert (!precis_is_strong_terminator ('.'));
  ck_assert (!precis_is_terminator (',') && !precis_is_terminator (':') && !precis_is_terminator ('a'));
}
END_TEST

START_TEST (test_line_breaks)
{
  gsize w = 0;
  ck_assert (precis_is_line_break ("a\r\nb", 4, 1, &w) && w == 2);
  ck_assert (precis_is_line_break ("a\rb", 3, 1, &w) && w == 1);
  ck_assert (precis_is_line_break ("a\nb", 3, 1, &w) && w == 1);
  ck_assert (!precis_is_line_break ("a\nb", 3, 0, &w));
  ck_assert (!precis_is_line_break ("a\n", 2, 2, &w)); /* past the end */
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("text");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_blank_and_digits);
  tcase_add_test (tc, test_count_words);
  tcase_add_test (tc, test_collapse_space);
  tcase_add_test (tc, test_fold);
  tcase_add_test (tc, test_terminators);
  tcase_add_test (tc, test_line_breaks);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
