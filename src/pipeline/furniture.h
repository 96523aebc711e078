/* furniture.h - datelines cut off, bylines, credits and calls to action flagged (pipeline/furniture.c). */
#pragma once

#include "pipeline/segment.h"

/* Moves each span's start past a dateline ("BEIJING (Reuters) - ") and sets
 * PRECIS_SPAN_FURNITURE on bylines, photo credits and calls to action. */
void precis_furniture_mark (const gchar *text, GArray *spans);
