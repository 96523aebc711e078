/* test-calendar.c - the months by name of base/calendar.h. */
#include "base/calendar.h"
#include "test-util.h"

START_TEST (test_month_number)
{
  static const struct
  {
    const gchar *word;
    gint month;
  } cases[] = {
    { "January", 1 },
    { "jan", 1 },
    { "FEB", 2 },
    { "Sept", 9 },
    { "sep", 9 },
    { "september", 9 },
    { "May", 5 },
    { "dec", 12 },
    { "Decem", 12 },
    { "june", 6 },
    /* Too short, too long, not a month's start, no word. */
    { "ja", 0 },
    { "Mayday", 0 },
    { "Septembers", 0 },
    { "Mon", 0 },
    { "jux", 0 },
    { "", 0 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    ck_assert_msg (precis_month_number (cases[i].word, -1) == cases[i].month, "%s: %d", cases[i].word,
                   precis_month_number (cases[i].word, -1));
  /* A word within a longer text: only its @len bytes count. */
  ck_assert_int_eq (precis_month_number ("Aug 3, 2017", 3), 8);
  ck_assert_int_eq (precis_month_number ("Mayday", 3), 5);
  ck_assert_int_eq (precis_month_number ("Mayday", 6), 0);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("calendar");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_month_number);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
