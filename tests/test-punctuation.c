/* test-punctuation.c - the punctuation marks of base/punctuation.h. */
#include "base/punctuation.h"
#include "test-util.h"

START_TEST (test_question_marks)
{
  /* "?", the full-width, Arabic and Greek question marks, each as a title would end on it. */
  static const gchar *const asks[] = { "?", "\xEF\xBC\x9F", "\xD8\x9F", "\xCD\xBE" };
  for (guint i = 0; i < G_N_ELEMENTS (asks); i++)
    ck_assert_msg (precis_is_question_mark (g_utf8_get_char (asks[i])), "%s", asks[i]);
  /* Not: the inverted mark that opens a Spanish question, the semicolon the Greek mark looks
   * like, the other terminators, the interrobang. */
  static const gunichar others[] = { 0x00BF, ';', '.', '!', 0xFF01, 0x3002, 0x06D4, 0x203D, 'a', 0 };
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    ck_assert_msg (!precis_is_question_mark (others[i]), "U+%04X", others[i]);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("punctuation");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_question_marks);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
