/* test-calendar.c - the months by name of base/calendar.h. */
#include "base/calendar.h"
#include "test-util.h"

#include <string.h>

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
    /* Every name at its whole length and one byte more, in capitals too. */
    { "FEBRUARY", 2 },
    { "Februarys", 0 },
    { "DECEMBER", 12 },
    { "Decembers", 0 },
    { "Mays", 0 },
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

/* A time stamp on its own: a label, dates and times, with a year or a time among them. */
START_TEST (test_time_stamp)
{
  static const struct
  {
    const gchar *line;
    gboolean time_element, stamp;
  } cases[] = {
    { "Published 8:14 am, 12 March 2026", FALSE, TRUE },
    { "Updated 14:32 GMT", FALSE, TRUE },
    { "Monday 14 April 2026", FALSE, TRUE },
    { "Posted on\nTuesday, June 3, 2025", FALSE, TRUE }, /* any white space between words */
    { "Last updated: 9:05pm | 2 Feb 2024", FALSE, TRUE },
    { "16:42", TRUE, TRUE },               /* a live blog's entry stamp, in a <time> element */
    { "16:42", FALSE, FALSE },             /* ... not in plain text */
    { "Updated on Monday", FALSE, FALSE }, /* no year, no time */
    { "2024", FALSE, FALSE },              /* a year alone may head a part of a story */
    { "Published 8:14 am by the council", FALSE, FALSE },
    { "WWDC 2025", FALSE, FALSE }, /* capitals are no time zone but a list's */
    /* time zones of two and of four capitals, stamp words of two and of nine letters */
    { "Updated 14 March 2026 9:05 ET", FALSE, TRUE },
    { "Published Wednesday 14 March 2026 9:05 am AEST", FALSE, TRUE },
    { "Updated 14 March 2026 9:05 AESTX", FALSE, FALSE },
    { "The report was published on 12 March 2026.", FALSE, FALSE },
    /* other languages' stamps (tryout19 #3); a sentence in them is none */
    { "Aktualisiert am 30.11.2026, 14:05 Uhr", FALSE, TRUE },
    { "Publié le 30 novembre 2026 à 10h15, mis à jour à 12h30", FALSE, TRUE },
    { "Actualizado: 30/11/2026 08:40 h", FALSE, TRUE },
    { "Aggiornato alle 09:12 del 30 novembre 2026", FALSE, TRUE },
    { "Atualizado em 30/11/2026 às 10h15", FALSE, TRUE },
    { "Bijgewerkt op 30 november 2026 om 10:15", FALSE, TRUE },
    { "Обновлено 30 ноября 2026, 10:15", FALSE, TRUE },
    { "30 نوفمبر 2026 - 10:15", FALSE, TRUE },
    { "Der Bundestag hat am 30. November 2026 getagt.", FALSE, FALSE },
    /* their words in capitals, the longest and the shortest, and words of their lengths or
     * first letters that are none of them */
    { "STAND 30.11.2026, 14:05 UHR", FALSE, TRUE },
    { "AKTUALISIERT 30.11.2026 UM 14:05", FALSE, TRUE },
    { "VERÖFFENTLICHT 30.11.2026, 14:05", FALSE, TRUE },
    { "Xtand 30.11.2026, 14:05 Uhr", FALSE, FALSE },
    { "Stand 30.11.2026, 14:05 Uhx", FALSE, FALSE },
    { "Standing 30.11.2026, 14:05", FALSE, FALSE },
    { "Le Sénat a voté le 30 novembre 2026.", FALSE, FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    ck_assert_msg (precis_is_time_stamp (cases[i].line, strlen (cases[i].line), cases[i].time_element)
                       == cases[i].stamp,
                   "%s", cases[i].line);
}
END_TEST

/* A stamp's digits are found wherever they stand (sixteen bytes a step, then one by one): a
 * stamp whose only digits are nines or noughts, its time moved along by white space to every place up to
 * TIME_STAMP_MAX_BYTES; a line with every other byte around the digits ('/', ':', bytes over
 * ASCII) and no digit is none. */
START_TEST (test_time_stamp_digit_anywhere)
{
  for (guint n = 1; n <= 100; n++)
    {
      g_autofree gchar *pad = g_strnfill (n, ' ');
      g_autofree gchar *nines = g_strconcat ("Updated", pad, "9:99 pm", NULL);
      ck_assert_msg (precis_is_time_stamp (nines, strlen (nines), FALSE), "%u spaces", n);
      g_autofree gchar *noughts = g_strconcat ("Updated", pad, "0:00 pm", NULL);
      ck_assert_msg (precis_is_time_stamp (noughts, strlen (noughts), FALSE), "%u spaces", n);
      g_autofree gchar *none = g_strconcat ("Updated", pad, "/:/ pm \xc3\xa9", NULL);
      ck_assert (!precis_is_time_stamp (none, strlen (none), FALSE));
    }
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("calendar");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_month_number);
  tcase_add_test (tc, test_time_stamp);
  tcase_add_test (tc, test_time_stamp_digit_anywhere);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
