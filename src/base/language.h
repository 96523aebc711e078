/* language.h - the languages precis supports (base/language.c). */
#pragma once

#include "precis.h"

typedef struct
{
  const gchar *name;      /* canonical Snowball name, e.g. "english" */
  const gchar *code;      /* ISO 639-1 code */
  gboolean has_stopwords; /* a list is compiled in under /precis/stopwords/<name>.txt */
} PrecisLanguageInfo;

/* The language of a Snowball name or ISO 639-1 code (any case), or NULL. Static data. */
const PrecisLanguageInfo *precis_language_lookup (const gchar *name_or_code);
