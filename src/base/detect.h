/* detect.h - which language a text is in (base/detect.c, CLD2 through base/detect-cld2.cc). */
#pragma once

#include "base/language.h"

typedef struct
{
  const PrecisLanguageInfo *language; /* a supported language, or NULL */
  const gchar *name;                  /* language's name, an unsupported language's lower-case
                                       * name ("galician"), or "und"; static or interned */
  gdouble confidence;                 /* 0..1; 0 for "und" */
} PrecisDetection;

/* Detects the language of @len bytes of valid UTF-8 @text, favouring @hint (a language name,
 * ISO code or tag such as "fr-CA"; NULL: none). Reads at most a few kilobytes, in steps: see
 * detect.c. */
void precis_detect (const gchar *text, gsize len, const gchar *hint, PrecisDetection *out);
