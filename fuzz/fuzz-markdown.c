/* fuzz-markdown.c - libFuzzer entry point for the Markdown reader: the first byte picks
 * precis_markdown_to_text() or precis_markdown_read() (front matter's title and author given
 * apart), the rest is the document. As the command reads a Markdown file, bytes that are not
 * UTF-8 are refused before the reader; of UTF-8 the text, title and author must be UTF-8 with no
 * NUL, and the text no longer than a few times the input (each line at most a paragraph break
 * more, HTML entities decoded). Then the text is summarised, as `precis` reads a *.md file. */
#include <string.h>

#include "precis.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* Whether @s (NULL or not) is UTF-8. */
static gboolean
valid_or_null (const gchar *s)
{
  return s == NULL || g_utf8_validate (s, -1, NULL);
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static PrecisSummarizer *summarizer;
  if (size < 1)
    return 0;
  const gchar *md = (const gchar *)data + 1;
  gsize len = size - 1;
  if (!g_utf8_validate_len (md, len, NULL))
    return 0;
  g_autofree gchar *title = NULL, *author = NULL;
  g_autofree gchar *text = data[0] & 1 ? precis_markdown_read (md, (gssize)len, &title, &author)
                                       : precis_markdown_to_text (md, (gssize)len);
  g_assert (text != NULL);
  g_assert (g_utf8_validate (text, -1, NULL) && valid_or_null (title) && valid_or_null (author));
  g_assert (strlen (text) <= 4 * len + 16);
  if (summarizer == NULL)
    summarizer = precis_summarizer_new ("english", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisSummary) summary = precis_summarizer_run (summarizer, text, -1, &error);
  g_assert (summary != NULL || error != NULL);
  return 0;
}
