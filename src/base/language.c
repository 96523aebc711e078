/* language.c - the supported languages.
 *
 * The table lists the 28 languages that libstemmer stems (its "porter" entry is the
 * original English algorithm, not a language, and is left out), each with its ISO 639-1
 * code and whether a stopword list is compiled in (base/data.c). Look-ups are linear over 28
 * entries.
 */
#include "config.h"

#include "base/language.h"

static const PrecisLanguageInfo languages[] = {
  { "arabic", "ar", TRUE, TRUE },    { "armenian", "hy", TRUE, TRUE },   { "basque", "eu", TRUE, TRUE },
  { "catalan", "ca", TRUE, TRUE },   { "danish", "da", TRUE, TRUE },     { "dutch", "nl", TRUE, TRUE },
  { "english", "en", TRUE, TRUE },   { "finnish", "fi", TRUE, TRUE },    { "french", "fr", TRUE, TRUE },
  { "german", "de", TRUE, TRUE },    { "greek", "el", TRUE, TRUE },      { "hindi", "hi", TRUE, TRUE },
  { "hungarian", "hu", TRUE, TRUE }, { "indonesian", "id", TRUE, TRUE }, { "irish", "ga", TRUE, TRUE },
  { "italian", "it", TRUE, TRUE },   { "lithuanian", "lt", TRUE, TRUE }, { "nepali", "ne", FALSE, TRUE },
  { "norwegian", "no", TRUE, TRUE }, { "portuguese", "pt", TRUE, TRUE }, { "romanian", "ro", TRUE, TRUE },
  { "russian", "ru", TRUE, TRUE },   { "serbian", "sr", FALSE, TRUE },   { "spanish", "es", TRUE, TRUE },
  { "swedish", "sv", TRUE, TRUE },   { "tamil", "ta", FALSE, TRUE },     { "turkish", "tr", TRUE, TRUE },
  { "yiddish", "yi", FALSE, TRUE },
};

static const gchar *const language_names[] = {
  "arabic",     "armenian", "basque",    "catalan",    "danish",    "dutch",      "english", "finnish",
  "french",     "german",   "greek",     "hindi",      "hungarian", "indonesian", "irish",   "italian",
  "lithuanian", "nepali",   "norwegian", "portuguese", "romanian",  "russian",    "serbian", "spanish",
  "swedish",    "tamil",    "turkish",   "yiddish",    NULL,
};

static const PrecisLanguageInfo undetermined = { "und", "und", FALSE, FALSE };

G_STATIC_ASSERT (G_N_ELEMENTS (languages) + 1 == G_N_ELEMENTS (language_names));
G_STATIC_ASSERT (G_N_ELEMENTS (languages) == PRECIS_N_LANGUAGES);

const PrecisLanguageInfo *
precis_language_undetermined (void)
{
  return &undetermined;
}

guint
precis_language_index (const PrecisLanguageInfo *language)
{
  if (language >= languages && language < languages + G_N_ELEMENTS (languages))
    return (guint)(language - languages);
  return PRECIS_N_LANGUAGES;
}

const gchar *const *
precis_languages (void)
{
  return language_names;
}

const PrecisLanguageInfo *
precis_language_lookup (const gchar *name_or_code)
{
  if (name_or_code == NULL)
    return NULL;
  /* every name and code is in lower-case ASCII: one whose first byte is not the first byte lowered
   * is no match, and is passed over without a call (language detection asks once an answer) */
  gchar first = g_ascii_tolower (name_or_code[0]);
  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if ((first == languages[i].name[0] && g_ascii_strcasecmp (name_or_code, languages[i].name) == 0)
          || (first == languages[i].code[0] && g_ascii_strcasecmp (name_or_code, languages[i].code) == 0))
        return &languages[i];
    }
  /* Norwegian Bokmål and Nynorsk have codes of their own; both use the one stemmer. */
  if (g_ascii_strcasecmp (name_or_code, "nb") == 0 || g_ascii_strcasecmp (name_or_code, "nn") == 0)
    return precis_language_lookup ("norwegian");
  return NULL;
}

const gchar *
precis_language_canonical (const gchar *name_or_code)
{
  const PrecisLanguageInfo *info = precis_language_lookup (name_or_code);
  return info ? info->name : NULL;
}

const gchar *
precis_language_code (const gchar *language)
{
  const PrecisLanguageInfo *info = precis_language_lookup (language);
  return info ? info->code : NULL;
}
