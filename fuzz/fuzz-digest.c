/* fuzz-digest.c - libFuzzer entry point for PrecisDigest. The first byte picks the options
 * (threshold, order, sections, item limit); the rest is articles separated by 0x1E, each with
 * its fields separated by 0x1F: title, url, source, date, text. Every article either fails to
 * be added with an error, is left out as a copy (all share one id), or ends up in exactly one story; every
 * rendering is UTF-8, the JSON parses, and no markup or script link from the input survives into the HTML. */
#include <json-glib/json-glib.h>
#include <string.h>

#include "precis.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* At most this many articles per input, so that one input stays fast. */
#define MAX_ARTICLES 64

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static PrecisSummarizer *summarizer;
  if (summarizer == NULL)
    summarizer = precis_summarizer_new ("english", NULL);
  if (size < 1)
    return 0;
  guint8 opts = data[0];
  PrecisDigest *d = precis_digest_new (summarizer);
  precis_digest_set_threshold (d, 0.1 + 0.1 * (opts & 7));
  precis_digest_set_order (d, (opts & 8) ? PRECIS_DIGEST_ORDER_SIZE : PRECIS_DIGEST_ORDER_DATE);
  precis_digest_set_sections (d, (opts & 16) ? PRECIS_DIGEST_SECTIONS_SOURCE : PRECIS_DIGEST_SECTIONS_NONE);
  guint max_items = (opts & 32) ? 2 : 0;
  precis_digest_set_max_items (d, max_items);

  gchar *copy = g_strndup ((const gchar *)data + 1, size - 1);
  gsize copy_len = size - 1; /* the input may hold NUL bytes: keep the last field's length */
  gchar **records = g_strsplit (copy, "\x1e", MAX_ARTICLES);
  guint added = 0;
  for (guint i = 0; records[i] != NULL; i++)
    {
      gchar **f = g_strsplit (records[i], "\x1f", 5);
      guint n = g_strv_length (f);
      PrecisArticle a = { "id",
                          n > 1 ? f[0] : NULL,
                          n > 2 ? f[1] : NULL,
                          n > 3 ? f[2] : NULL,
                          n > 4 ? f[3] : NULL,
                          n > 0 ? f[n - 1] : "",
                          -1 };
      GError *error = NULL;
      gboolean ok = precis_digest_add (d, &a, &error);
      g_assert (ok == (error == NULL));
      added += ok;
      g_clear_error (&error);
      g_strfreev (f);
    }
  (void)copy_len;
  /* (an article added is kept, or left out as a copy of one added before, or for its language) */
  guint kept = precis_digest_get_n_articles (d);
  g_assert (kept + precis_digest_get_n_duplicates (d) + precis_digest_get_n_left_out (d) == added);
  guint in_items = 0;
  for (guint i = 0; i < precis_digest_get_n_items (d); i++)
    {
      const PrecisDigestItem *it = precis_digest_get_item (d, i);
      g_assert (it->n_articles > 0 && g_utf8_validate (it->headline, -1, NULL));
      for (guint k = 0; it->summary[k] != NULL; k++)
        g_assert (g_utf8_validate (it->summary[k], -1, NULL));
      in_items += it->n_articles;
    }
  g_assert (max_items > 0 ? in_items <= kept : in_items == kept);
  for (PrecisFormat format = PRECIS_FORMAT_TEXT; format <= PRECIS_FORMAT_HTML; format++)
    {
      gchar *out = precis_digest_render (d, format);
      g_assert (g_utf8_validate (out, -1, NULL));
      if (format == PRECIS_FORMAT_JSON)
        {
          JsonParser *parser = json_parser_new ();
          g_assert (json_parser_load_from_data (parser, out, -1, NULL));
          g_object_unref (parser);
        }
      if (format == PRECIS_FORMAT_HTML)
        g_assert (strstr (out, "<script") == NULL && strstr (out, "href=\"javascript") == NULL
                  && strstr (out, "<img") == NULL);
      g_free (out);
    }
  g_strfreev (records);
  g_free (copy);
  precis_digest_free (d);
  return 0;
}
