/* furniture.h - datelines cut off, bylines, credits and calls to action flagged (pipeline/furniture.c). */
#pragma once

#include "pipeline/segment.h"

/* Moves each span's start past a dateline ("BEIJING (Reuters) - ") and sets
 * PRECIS_SPAN_FURNITURE on bylines, photo credits and calls to action. @language is detection's
 * name of the text's language ("english", "german", "galician"), or NULL or "und" when it is
 * undetermined: another language's bylines and press-release words ("Von", "Fin", "Over") are read
 * only in a text of that language, or of one whose words the stage does not know, or of none. */
void precis_furniture_mark (const gchar *text, GArray *spans, const gchar *language);

/* Sets PRECIS_SPAN_FURNITURE on sentences that repeat @title (valid UTF-8: a page's headline, a
 * feed item's or a record's title, given with the text; NULL: none), compared without case, runs of white
 * space or final punctuation: the headline already says it. TRUE when one did. */
gboolean precis_furniture_mark_title (const gchar *text, GArray *spans, const gchar *title);
