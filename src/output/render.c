/* render.c - a PrecisSummary in, a string out (text, Markdown, JSON or HTML).
 *
 * Text: the headline, a blank line, one chosen sentence a line. Markdown: the headline as a
 * level-1 heading and the sentences as a list, with Markdown's special characters escaped.
 * JSON: one object on one line, written as json-glib would write it. HTML: a self-contained
 * page (the page frame and escaping are shared with the digest, digest.c). With
 * PRECIS_RENDER_EXPLAIN every sentence of the document follows with its score;
 * precis_summary_render_sentences() renders the document's sentences alone (`precis
 * segment`). Nothing is printed here; the caller owns the string.
 */
#include "config.h"

#include <math.h>

#include <string.h>

#include "output/page.h"
#include "pipeline/summary.h"

static void
append_explain_text (GString *out, const PrecisSummary *sum, gboolean markdown)
{
  g_string_append (out, markdown ? "\n## Sentences\n\n"
                                 : "\nSentences (* chosen, - furniture, = a repeat of a chosen one):\n");
  for (guint i = 0; i < sum->n_all; i++)
    {
      const PrecisSentence *p = &sum->all[i];
      gchar mark = p->chosen ? '*' : p->furniture ? '-' : p->repeat ? '=' : ' ';
      if (markdown)
        g_string_append_printf (out, "%u. `%.6f`%s %s\n", i + 1, p->score,
                                p->chosen   ? " **chosen**"
                                : p->repeat ? " *repeat*"
                                            : "",
                                p->text);
      else
        g_string_append_printf (out, "%c %4u %.6f  %s\n", mark, i, p->score, p->text);
    }
}

static gchar *
render_text (const PrecisSummary *sum, PrecisRenderFlags flags)
{
  /* Appended, not printed (a format's parsing cost more than the copies), to a string sized
   * for them at once. */
  gsize headline_len = strlen (sum->headline), size = headline_len + 2;
  for (guint k = 0; k < sum->n_chosen; k++)
    size += strlen (sum->all[sum->chosen[k]].text) + 1;
  GString *out = g_string_sized_new (size);
  if (headline_len > 0)
    {
      g_string_append_len (out, sum->headline, (gssize)headline_len);
      g_string_append_len (out, "\n\n", 2);
    }
  for (guint k = 0; k < sum->n_chosen; k++)
    {
      g_string_append (out, sum->all[sum->chosen[k]].text);
      g_string_append_c (out, '\n');
    }
  if (flags & PRECIS_RENDER_EXPLAIN)
    append_explain_text (out, sum, FALSE);
  return g_string_free (out, FALSE);
}

/* Where a feed item's summary comes from: its link when it is a web address, else NULL. */
static const gchar *
item_link (const PrecisFeedItem *item)
{
  return item != NULL && item->link != NULL && precis_is_web_address (item->link) ? item->link : NULL;
}

/* A feed item's date as the digest shows it, YYYY-MM-DD, its day in UTC (NULL when it has none that was
 * read). */
static gchar *
item_date (const PrecisFeedItem *item)
{
  return item != NULL ? precis_format_day (item->time) : NULL;
}

static gchar *
render_markdown (const PrecisSummary *sum, PrecisRenderFlags flags, const PrecisFeedItem *item)
{
  GString *out = g_string_new (NULL);
  const gchar *link = item_link (item);
  g_autofree gchar *date = item_date (item);
  if (sum->headline[0] != '\0')
    {
      g_string_append (out, "# ");
      if (link != NULL)
        precis_append_markdown_link (out, sum->headline, link);
      else
        precis_escape_markdown (out, sum->headline);
      g_string_append (out, "\n\n");
    }
  if (date != NULL)
    g_string_append_printf (out, "%s\n\n", date);
  for (guint k = 0; k < sum->n_chosen; k++)
    {
      g_string_append (out, "- ");
      precis_escape_markdown (out, sum->all[sum->chosen[k]].text);
      g_string_append_c (out, '\n');
    }
  if (flags & PRECIS_RENDER_EXPLAIN)
    append_explain_text (out, sum, TRUE);
  return g_string_free (out, FALSE);
}

/* "offset":O,"length":L */
static void
append_offset_length (GString *out, const PrecisSentence *p)
{
  g_string_append (out, "\"offset\":");
  precis_json_append_int (out, (gint64)p->offset);
  g_string_append (out, ",\"length\":");
  precis_json_append_int (out, (gint64)p->length);
}

/* "index":I,"offset":O,"length":L,"score":S */
static void
append_span (GString *out, const PrecisSentence *p)
{
  g_string_append (out, "\"index\":");
  precis_json_append_int (out, p->index);
  g_string_append_c (out, ',');
  append_offset_length (out, p);
  g_string_append (out, ",\"score\":");
  precis_json_append_double (out, p->score);
}

/* One object on one line, written as json-glib's json_to_string() would write it from a tree
 * (page.c's writers; a test compares the two), without building the tree. */
static gchar *
render_json (const PrecisSummary *sum, PrecisRenderFlags flags)
{
  GString *out = g_string_sized_new (1024);
  g_string_append (out, "{\"headline\":");
  precis_json_append_string (out, sum->headline);
  g_string_append (out, sum->headline_source == PRECIS_HEADLINE_SOURCE_TITLE
                            ? ",\"headline_source\":\"title\""
                            : ",\"headline_source\":\"generated\"");
  g_string_append (out, ",\"title\":");
  precis_json_append_string_or_null (out, sum->title);
  g_string_append (out, ",\"language\":");
  precis_json_append_string (out, sum->language);
  g_string_append (out, ",\"language_confidence\":");
  precis_json_append_double_short (out, round (sum->language_confidence * 100) / 100);
  g_string_append (out, sum->stemmed ? ",\"stemmed\":true" : ",\"stemmed\":false");

  g_string_append (out, ",\"summary\":[");
  for (guint k = 0; k < sum->n_chosen; k++)
    {
      if (k > 0)
        g_string_append_c (out, ',');
      precis_json_append_string (out, sum->all[sum->chosen[k]].text);
    }
  g_string_append (out, "],\"sentences\":[");
  for (guint k = 0; k < sum->n_chosen; k++)
    {
      g_string_append (out, k > 0 ? ",{" : "{");
      append_span (out, &sum->all[sum->chosen[k]]);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\"keywords\":[");
  for (guint k = 0; sum->keywords[k] != NULL; k++)
    {
      if (k > 0)
        g_string_append_c (out, ',');
      precis_json_append_string (out, sum->keywords[k]);
    }
  g_string_append (out, "],\"n_document_sentences\":");
  precis_json_append_int (out, sum->n_all);

  if (flags & PRECIS_RENDER_EXPLAIN)
    {
      g_string_append (out, ",\"explain\":[");
      for (guint i = 0; i < sum->n_all; i++)
        {
          const PrecisSentence *p = &sum->all[i];
          g_string_append (out, i > 0 ? ",{" : "{");
          append_span (out, p);
          g_string_append (out, p->chosen ? ",\"chosen\":true" : ",\"chosen\":false");
          g_string_append (out, p->furniture ? ",\"furniture\":true" : ",\"furniture\":false");
          g_string_append (out, p->repeat ? ",\"repeat\":true" : ",\"repeat\":false");
          g_string_append (out, ",\"text\":");
          precis_json_append_string (out, p->text);
          g_string_append_c (out, '}');
        }
      g_string_append_c (out, ']');
    }
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

static gchar *
render_html (const PrecisSummary *sum, PrecisRenderFlags flags, const PrecisFeedItem *item)
{
  GString *out = g_string_new (NULL);
  const gchar *link = item_link (item);
  g_autofree gchar *date = item_date (item);
  precis_page_open (out, sum->headline, sum->language);
  if (sum->headline[0] != '\0')
    {
      g_string_append (out, "<h1 style=\"" PRECIS_PAGE_H1 "\">");
      if (link != NULL)
        {
          g_string_append (out, "<a href=\"");
          precis_append_href (out, link);
          g_string_append (out, "\" style=\"" PRECIS_PAGE_LINK "\">");
        }
      precis_escape_html (out, sum->headline);
      g_string_append (out, link != NULL ? "</a></h1>\n" : "</h1>\n");
    }
  if (date != NULL)
    g_string_append_printf (out, "<p style=\"" PRECIS_PAGE_META "\">%s</p>\n", date);
  g_string_append (out, "<ul style=\"" PRECIS_PAGE_LIST "\">\n");
  for (guint k = 0; k < sum->n_chosen; k++)
    {
      g_string_append (out, "<li style=\"" PRECIS_PAGE_ITEM "\">");
      precis_escape_html (out, sum->all[sum->chosen[k]].text);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n");
  if (flags & PRECIS_RENDER_EXPLAIN)
    {
      g_string_append (out, "<h2 style=\"" PRECIS_PAGE_H2
                            "\">Sentences</h2>\n<ol start=\"0\" style=\"" PRECIS_PAGE_LIST "\">\n");
      for (guint i = 0; i < sum->n_all; i++)
        {
          const PrecisSentence *p = &sum->all[i];
          g_string_append_printf (out, "<li style=\"" PRECIS_PAGE_ITEM "\"><code>%.6f</code>%s ", p->score,
                                  p->chosen      ? " <strong>chosen</strong>"
                                  : p->furniture ? " <em>furniture</em>"
                                  : p->repeat    ? " <em>repeat</em>"
                                                 : "");
          precis_escape_html (out, p->text);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ol>\n");
    }
  precis_page_close (out);
  return g_string_free (out, FALSE);
}

gchar *
precis_summary_render (const PrecisSummary *sum, PrecisFormat format, PrecisRenderFlags flags)
{
  return precis_summary_render_item (sum, format, flags, NULL);
}

gchar *
precis_summary_render_item (const PrecisSummary *sum, PrecisFormat format, PrecisRenderFlags flags,
                            const PrecisFeedItem *item)
{
  g_return_val_if_fail (sum != NULL && (guint)format <= PRECIS_FORMAT_HTML, NULL);
  switch (format)
    {
    case PRECIS_FORMAT_HTML:
      return render_html (sum, flags, item);
    case PRECIS_FORMAT_MARKDOWN:
      return render_markdown (sum, flags, item);
    case PRECIS_FORMAT_JSON:
      return render_json (sum, flags);
    case PRECIS_FORMAT_TEXT:
    default:
      return render_text (sum, flags);
    }
}

gchar *
precis_summary_render_sentences (const PrecisSummary *sum, PrecisFormat format)
{
  g_return_val_if_fail (sum != NULL && (guint)format <= PRECIS_FORMAT_HTML, NULL);
  if (format == PRECIS_FORMAT_JSON)
    {
      GString *out = g_string_sized_new (1024);
      g_string_append_c (out, '[');
      for (guint i = 0; i < sum->n_all; i++)
        {
          const PrecisSentence *p = &sum->all[i];
          g_string_append (out, i > 0 ? ",{\"text\":" : "{\"text\":");
          precis_json_append_string (out, p->text);
          g_string_append_c (out, ',');
          append_offset_length (out, p);
          g_string_append_c (out, '}');
        }
      g_string_append_c (out, ']');
      return g_string_free (out, FALSE);
    }
  GString *out = g_string_new (NULL);
  if (format == PRECIS_FORMAT_HTML)
    {
      precis_page_open (out, sum->title ? sum->title : "Sentences", sum->language);
      g_string_append (out, "<ol style=\"" PRECIS_PAGE_LIST "\">\n");
    }
  for (guint i = 0; i < sum->n_all; i++)
    {
      const gchar *text = sum->all[i].text;
      switch (format)
        {
        case PRECIS_FORMAT_MARKDOWN:
          g_string_append_printf (out, "%u. ", i + 1);
          precis_escape_markdown (out, text);
          break;
        case PRECIS_FORMAT_HTML:
          g_string_append (out, "<li style=\"" PRECIS_PAGE_ITEM "\">");
          precis_escape_html (out, text);
          g_string_append (out, "</li>");
          break;
        default:
          g_string_append (out, text);
          break;
        }
      g_string_append_c (out, '\n');
    }
  if (format == PRECIS_FORMAT_HTML)
    {
      g_string_append (out, "</ol>\n");
      precis_page_close (out);
    }
  return g_string_free (out, FALSE);
}
