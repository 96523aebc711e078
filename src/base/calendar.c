/* calendar.c - the months by name: one English table for the date reader (input/date.c) and
 * any stage that recognises a time stamp. O(length of the word). */
#include "config.h"

#include <string.h>

#include "base/calendar.h"

gint
precis_month_number (const gchar *word, gssize len)
{
  static const gchar *const months[]
      = { "january", "february", "march",     "april",   "may",      "june",
          "july",    "august",   "september", "october", "november", "december" };
  gsize n = len < 0 ? strlen (word) : (gsize)len;
  if (n < 3)
    return 0;
  for (gint i = 0; i < 12; i++)
    if (n <= strlen (months[i]) && g_ascii_strncasecmp (word, months[i], n) == 0)
      return i + 1;
  return 0;
}
