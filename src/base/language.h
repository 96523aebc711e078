/* language.h - the languages precis supports (base/language.c). */
#pragma once

#include "precis.h"

typedef struct
{
  const gchar *name;      /* canonical Snowball name, e.g. "english" */
  const gchar *code;      /* ISO 639-1 code */
  gboolean has_stopwords; /* a list is compiled in under /precis/stopwords/<name>.txt */
  gboolean has_stemmer;   /* libstemmer stems it (every supported language; not "und") */
} PrecisLanguageInfo;

/* The number of supported languages. */
#define PRECIS_N_LANGUAGES 28

/* The pseudo-language of text whose language is undetermined or has no stemmer: name and code
 * "und" (ISO 639-2's code for it), no stopwords, no stemming. Not in the list of languages;
 * its index is PRECIS_N_LANGUAGES. Static data. */
const PrecisLanguageInfo *precis_language_undetermined (void);

/* The position of @language in the alphabetical list (0 .. PRECIS_N_LANGUAGES - 1), or
 * PRECIS_N_LANGUAGES for the undetermined language. */
guint precis_language_index (const PrecisLanguageInfo *language);

/* The language of a Snowball name or ISO 639-1 code (any case), or NULL. Static data. */
const PrecisLanguageInfo *precis_language_lookup (const gchar *name_or_code);
