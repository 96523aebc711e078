/* figures.h - a sentence in, its figures in one written form out (pipeline/figures.c). */
#pragma once

#include <glib.h>

/* A copy of @sentence with its amounts and shares written one way, for comparing sentences of
 * several outlets (not for showing): a currency sign becomes its word ("€420m" -> "euros 420m"),
 * as does a dollar sign with its country's letters ("HK$5m" -> "dollars 5m million") and an ISO
 * code in capitals before a figure ("EUR 420mn" -> "euros 420m million", "GBP7m"),
 * a scale word or abbreviation joins its number, its word after it ("420 million", "420mn" ->
 * "420m million"; "8.5 billion" -> "8.5bn billion"), and a percentage is one word and "percent"
 * ("5%", "5 per cent", "5 percent" -> "5pc percent"). With @english, a number word of 10 to 99 is
 * written in digits ("Twelve" -> "12", "twenty-five" -> "25", "seventeen-year-old" -> "17-year-old").
 * Other text is copied as it is. The caller frees the result with g_free(). */
gchar *precis_figures_normalise (const gchar *sentence, gboolean english);
