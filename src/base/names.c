/* names.c - the names of the public enumerations (rankers, cleaning modes, output formats) as
 * users type them, and back. Case-insensitive; linear over a handful of entries.
 */
#include "config.h"

#include "precis.h"

static const gchar *const ranker_names[] = {
  [PRECIS_RANKER_TEXTRANK] = "textrank", [PRECIS_RANKER_COSINE] = "cosine", [PRECIS_RANKER_BM25] = "bm25",
  [PRECIS_RANKER_POSITION] = "position", [PRECIS_RANKER_EDITOR] = "editor",
};

const gchar *const *
precis_rankers (void)
{
  static const gchar *const names[] = { "editor", "position", "textrank", "cosine", "bm25", NULL };
  G_STATIC_ASSERT (G_N_ELEMENTS (names) == G_N_ELEMENTS (ranker_names) + 1);
  return names;
}

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
