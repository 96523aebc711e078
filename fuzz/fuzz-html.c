/* fuzz-html.c - libFuzzer entry point for the HTML input stage: any bytes either fail with an
 * error or give UTF-8 text (and a UTF-8 title) that the summariser then accepts. */
#include <string.h>

#include "precis-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static PrecisSummarizer *summarizer;
  if (summarizer == NULL)
    summarizer = precis_summarizer_new ("english", NULL);
  (void)precis_looks_like_html ((const gchar *)data, (gssize)size);
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
  g_free (text);
  g_free (title);
  return 0;
}
