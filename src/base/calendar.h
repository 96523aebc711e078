/* calendar.h - the months by name (base/calendar.c), for the readers of dates and the stages
 * that recognise a time stamp. */
#pragma once

#include <glib.h>

/* The month (1-12) that @word (@len bytes, -1: NUL-terminated) names or abbreviates, compared
 * without case: its English name or any start of it of three letters or more ("Aug", "Sept",
 * "August"), as RFC 822 and news pages write them; 0 for another word. */
gint precis_month_number (const gchar *word, gssize len);

/* Whether @s[0, len) is a time stamp on its own ("Published 8:14 am, 12 March 2026", "Updated
 * 14:32 GMT", "Monday 14 April 2026", "Aktualisiert am 30.11.2026, 14:05 Uhr"): two to
 * twenty-four words in at most 120 bytes, each a number, a time ("14:05", "10h15"), an ordinal,
 * a month's or weekday's name or abbreviation (English, German, French, Spanish, Italian,
 * Portuguese, Dutch, Russian, Arabic), am or pm, a time zone's capitals, a separator or a label
 * ("Published", "Updated on", "Publié le", "Обновлено", "آخر تحديث") or the little words
 * between a stamp's parts ("um", "à", "del"), with a year or a
 * time among them (a year alone may head a part of a story). With @time_element (a page's
 * <time> element, or one whose class names a time) a time of day alone ("16:42", a live blog's
 * entry stamp) is one too. */
gboolean precis_is_time_stamp (const gchar *s, gsize len, gboolean time_element);
