/* language.c - the supported languages and the data compiled into the library.
 *
 * The table lists the 28 languages that libstemmer stems (its "porter" entry is the
 * original English algorithm, not a language, and is left out), each with its ISO 639-1
 * code and whether a stopword list is compiled in. Look-ups are linear over 28 entries.
 * Data files (stopword and abbreviation lists) live in a GResource under /precis/.
 */
#include "config.h"

#include <gio/gio.h>

#include "precis-private.h"
#include "precis-resources.h"

static const PrecisLanguageInfo languages[] = {
  { "arabic", "ar", TRUE },    { "armenian", "hy", TRUE },   { "basque", "eu", TRUE },
  { "catalan", "ca", TRUE },   { "danish", "da", TRUE },     { "dutch", "nl", TRUE },
  { "english", "en", TRUE },   { "finnish", "fi", TRUE },    { "french", "fr", TRUE },
  { "german", "de", TRUE },    { "greek", "el", TRUE },      { "hindi", "hi", TRUE },
  { "hungarian", "hu", TRUE }, { "indonesian", "id", TRUE }, { "irish", "ga", TRUE },
  { "italian", "it", TRUE },   { "lithuanian", "lt", TRUE }, { "nepali", "ne", FALSE },
  { "norwegian", "no", TRUE }, { "portuguese", "pt", TRUE }, { "romanian", "ro", TRUE },
  { "russian", "ru", TRUE },   { "serbian", "sr", FALSE },   { "spanish", "es", TRUE },
  { "swedish", "sv", TRUE },   { "tamil", "ta", FALSE },     { "turkish", "tr", TRUE },
  { "yiddish", "yi", FALSE },
};

static const gchar *const language_names[] = {
  "arabic",     "armenian", "basque",    "catalan",    "danish",    "dutch",      "english", "finnish",
  "french",     "german",   "greek",     "hindi",      "hungarian", "indonesian", "irish",   "italian",
  "lithuanian", "nepali",   "norwegian", "portuguese", "romanian",  "russian",    "serbian", "spanish",
  "swedish",    "tamil",    "turkish",   "yiddish",    NULL,
};

G_STATIC_ASSERT (G_N_ELEMENTS (languages) + 1 == G_N_ELEMENTS (language_names));

G_DEFINE_QUARK (precis - error - quark, precis_error)

const gchar *
precis_version (void)
{
  return PRECIS_VERSION;
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
  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if (g_ascii_strcasecmp (name_or_code, languages[i].name) == 0
          || g_ascii_strcasecmp (name_or_code, languages[i].code) == 0)
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

GBytes *
precis_data_lookup (const gchar *path)
{
  g_autofree gchar *full = g_strconcat ("/precis/", path, NULL);
  return g_resource_lookup_data (precis_get_resource (), full, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

gchar **
precis_data_lines (const gchar *path)
{
  g_autoptr (GBytes) data = precis_data_lookup (path);
  if (data == NULL)
    return NULL;
  gsize len = 0;
  const gchar *bytes = g_bytes_get_data (data, &len);
  g_autofree gchar *copy = g_strndup (bytes, len);
  return g_strsplit (copy, "\n", -1);
}

static const gchar *const ranker_names[] = {
  [PRECIS_RANKER_TEXTRANK] = "textrank", [PRECIS_RANKER_COSINE] = "cosine", [PRECIS_RANKER_BM25] = "bm25",
  [PRECIS_RANKER_POSITION] = "position", [PRECIS_RANKER_EDITOR] = "editor",
};

gboolean
precis_ranker_from_name (const gchar *name, PrecisRanker *ranker)
{
  for (gsize i = 0; name != NULL && i < G_N_ELEMENTS (ranker_names); i++)
    {
      if (g_ascii_strcasecmp (name, ranker_names[i]) == 0)
        {
          *ranker = (PrecisRanker)i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
precis_clean_from_name (const gchar *name, PrecisClean *clean)
{
  static const gchar *const names[]
      = { [PRECIS_CLEAN_NONE] = "none", [PRECIS_CLEAN_TEXT] = "text", [PRECIS_CLEAN_PDF] = "pdf" };
  for (gsize i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *clean = (PrecisClean)i;
        return TRUE;
      }
  return FALSE;
}

const gchar *
precis_ranker_name (PrecisRanker ranker)
{
  if ((gsize)ranker < G_N_ELEMENTS (ranker_names))
    return ranker_names[ranker];
  return NULL;
}

gboolean
precis_format_from_name (const gchar *name, PrecisFormat *format)
{
  if (name == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (name, "text") == 0 || g_ascii_strcasecmp (name, "txt") == 0)
    *format = PRECIS_FORMAT_TEXT;
  else if (g_ascii_strcasecmp (name, "markdown") == 0 || g_ascii_strcasecmp (name, "md") == 0)
    *format = PRECIS_FORMAT_MARKDOWN;
  else if (g_ascii_strcasecmp (name, "json") == 0)
    *format = PRECIS_FORMAT_JSON;
  else if (g_ascii_strcasecmp (name, "html") == 0)
    *format = PRECIS_FORMAT_HTML;
  else
    return FALSE;
  return TRUE;
}
