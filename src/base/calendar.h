/* calendar.h - the months by name (base/calendar.c), for the readers of dates and the stages
 * that recognise a time stamp. */
#pragma once

#include <glib.h>

/* The month (1-12) that @word (@len bytes, -1: NUL-terminated) names or abbreviates, compared
 * without case: its English name or any start of it of three letters or more ("Aug", "Sept",
 * "August"), as RFC 822 and news pages write them; 0 for another word. */
gint precis_month_number (const gchar *word, gssize len);
