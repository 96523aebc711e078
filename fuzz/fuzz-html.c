/* fuzz-html.c - libFuzzer entry point for the HTML and feed input stages: any bytes either
 * fail with an error or give UTF-8 text (and a UTF-8 title) that the summariser then accepts;
 * a page's metadata is UTF-8 and its address http(s); a page with no article text is an error,
 * never ""; a feed's items hold UTF-8 strings (whatever the feed's encoding: UTF-16 and
 * UTF-32, Latin-1, recovered XML); and the page tree html.c reads is libxml2's own tree of the
 * same bytes, from one buffer and through the block reader, freed while read and after
 * (tests/pagetree-check.c). */
#include <stdio.h>
#include <string.h>

#include "pagetree-check.h"
#include "precis.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static PrecisSummarizer *summarizer;
  if (summarizer == NULL)
    summarizer = precis_summarizer_new ("english", NULL);
  (void)precis_looks_like_html ((const gchar *)data, (gssize)size);
  gchar *differs = precis_test_page_tree_differs ((const gchar *)data, size);
  if (differs != NULL)
    {
      fprintf (stderr, "the page tree is not libxml2's: %s\n", differs);
      g_assert_not_reached ();
    }
  gchar *title = NULL;
  GError *error = NULL;
  gchar *text = precis_html_extract ((const gchar *)data, (gssize)size, &title, &error);
  g_assert ((text == NULL) == (error != NULL));
  if (text != NULL)
    {
      g_assert (g_utf8_validate (text, -1, NULL));
      g_assert (title == NULL || (g_utf8_validate (title, -1, NULL) && title[0] != '\0'));
      PrecisSummary *sum = precis_summarizer_run (summarizer, text, -1, &error);
      g_assert (sum != NULL);
      precis_summary_free (sum);
    }
  g_clear_error (&error);
  PrecisPage *page = precis_html_read ((const gchar *)data, (gssize)size, &error);
  g_assert ((page == NULL) == (error != NULL));
  if (page != NULL)
    {
      g_assert (text != NULL && g_str_equal (page->text, text));
      const gchar *fields[]
          = { page->title, page->site, page->url, page->date, page->byline, page->language };
      for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
        g_assert (fields[i] == NULL || (g_utf8_validate (fields[i], -1, NULL) && fields[i][0] != '\0'));
      g_assert (page->url == NULL || g_ascii_strncasecmp (page->url, "http", 4) == 0);
      precis_page_free (page);
    }
  g_clear_error (&error);
  (void)precis_looks_like_feed ((const gchar *)data, (gssize)size);
  GPtrArray *items = precis_feed_parse ((const gchar *)data, (gssize)size, NULL, &error);
  g_assert ((items == NULL) == (error != NULL));
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      const PrecisFeedItem *item = items->pdata[i];
      g_assert (g_utf8_validate (item->text, -1, NULL));
      g_assert (item->title == NULL || g_utf8_validate (item->title, -1, NULL));
      g_assert (item->link == NULL || g_utf8_validate (item->link, -1, NULL));
      g_assert (item->id == NULL || g_utf8_validate (item->id, -1, NULL));
      g_assert (item->date == NULL || g_utf8_validate (item->date, -1, NULL));
    }
  if (items != NULL)
    g_ptr_array_unref (items);
  g_clear_error (&error);
  g_free (text);
  g_free (title);
  return 0;
}
