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

/* The name precis_detect() reports for the language @name_or_code names (a supported
 * language's canonical name, or an unsupported language's lower-case CLD2 name: "polish" for
 * "pl" or "Polish"), or NULL when it names none it can report. Static or interned. */
const gchar *precis_detect_language_name (const gchar *name_or_code);

/* The BCP 47 tag of the language precis_detect() names @name ("pl" for "polish", "he" for
 * "hebrew", "zh-Hant"), or NULL for "und" or a name it does not report. Static or interned. */
const gchar *precis_detect_language_tag (const gchar *name);

/* Whether the language of the BCP 47 tag @tag is written right to left (Arabic, Hebrew,
 * Yiddish, Persian, Urdu, Pashto, Sindhi, Dhivehi, Uyghur, Syriac). */
gboolean precis_detect_tag_is_rtl (const gchar *tag);

/* Detects the language of @len bytes of valid UTF-8 @text, favouring @hint (a language name,
 * ISO code or tag such as "fr-CA"; NULL: none). Reads at most a few kilobytes, in steps: see
 * detect.c. */
void precis_detect (const gchar *text, gsize len, const gchar *hint, PrecisDetection *out);
