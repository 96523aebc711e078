/* render.c - a PrecisSummary in, a string out (text, Markdown, JSON or HTML).
 *
 * Text: the headline, a blank line, one chosen sentence a line. Markdown: the headline as a
 * level-1 heading and the sentences as a list, with Markdown's special characters escaped.
 * JSON (json-glib): one object on one line. HTML: a self-contained page (the page frame and
 * escaping are shared with the digest, digest.c). With PRECIS_RENDER_EXPLAIN every sentence
 * of the document follows with its score; precis_summary_render_sentences() renders the
 * document's sentences alone (`precis segment`). Nothing is printed here; the caller owns the
 * string.
 */
#include "config.h"

#include <math.h>

#include <json-glib/json-glib.h>
#include <string.h>

#include "output/page.h"
#include "pipeline/summary.h"

static void
append_explain_text (GString *out, const PrecisSummary *sum, gboolean markdown)
{
  g_string_append (out, markdown ? "\n## Sentences\n\n" : "\nSentences (* chosen, - furniture):\n");
  for (guint i = 0; i < sum->n_all; i++)
    {
      const PrecisSentence *p = &sum->all[i];
      gchar mark = p->chosen ? '*' : p->furniture ? '-' : ' ';
      if (markdown)
        g_string_append_printf (out, "%u. `%.6f`%s %s\n", i + 1, p->score, p->chosen ? " **chosen**" : "",
                                p->text);
      else
        g_string_append_printf (out, "%c %4u %.6f  %s\n", mark, i, p->score, p->text);
    }
}

static gchar *
render_text (const PrecisSummary *sum, PrecisRenderFlags flags)
{
  GString *out = g_string_new (NULL);
  if (sum->headline[0] != '\0')
    g_string_append_printf (out, "%s\n\n", sum->headline);
  for (guint k = 0; k < sum->n_chosen; k++)
    g_string_append_printf (out, "%s\n", sum->all[sum->chosen[k]].text);
  if (flags & PRECIS_RENDER_EXPLAIN)
    append_explain_text (out, sum, FALSE);
  return g_string_free (out, FALSE);
}

static gchar *
render_markdown (const PrecisSummary *sum, PrecisRenderFlags flags)
{
  GString *out = g_string_new (NULL);
  if (sum->headline[0] != '\0')
    {
      g_string_append (out, "# ");
      precis_escape_markdown (out, sum->headline);
      g_string_append (out, "\n\n");
    }
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

static void
add_span (JsonBuilder *b, const PrecisSentence *p)
{
  json_builder_set_member_name (b, "index");
  json_builder_add_int_value (b, p->index);
  json_builder_set_member_name (b, "offset");
  json_builder_add_int_value (b, (gint64)p->offset);
  json_builder_set_member_name (b, "length");
  json_builder_add_int_value (b, (gint64)p->length);
  json_builder_set_member_name (b, "score");
  json_builder_add_double_value (b, p->score);
}

static gchar *
render_json (const PrecisSummary *sum, PrecisRenderFlags flags)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "headline");
  json_builder_add_string_value (b, sum->headline);
  json_builder_set_member_name (b, "headline_source");
  json_builder_add_string_value (b, sum->headline_source == PRECIS_HEADLINE_SOURCE_TITLE ? "title"
                                                                                         : "generated");
  precis_json_add_string_or_null (b, "title", sum->title);
  json_builder_set_member_name (b, "language");
  json_builder_add_string_value (b, sum->language);
  json_builder_set_member_name (b, "language_confidence");
  json_builder_add_double_value (b, round (sum->language_confidence * 100) / 100);
  json_builder_set_member_name (b, "stemmed");
  json_builder_add_boolean_value (b, sum->stemmed);

  json_builder_set_member_name (b, "summary");
  json_builder_begin_array (b);
  for (guint k = 0; k < sum->n_chosen; k++)
    json_builder_add_string_value (b, sum->all[sum->chosen[k]].text);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "sentences");
  json_builder_begin_array (b);
  for (guint k = 0; k < sum->n_chosen; k++)
    {
      json_builder_begin_object (b);
      add_span (b, &sum->all[sum->chosen[k]]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "keywords");
  json_builder_begin_array (b);
  for (guint k = 0; sum->keywords[k] != NULL; k++)
    json_builder_add_string_value (b, sum->keywords[k]);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "n_document_sentences");
  json_builder_add_int_value (b, sum->n_all);

  if (flags & PRECIS_RENDER_EXPLAIN)
    {
      json_builder_set_member_name (b, "explain");
      json_builder_begin_array (b);
      for (guint i = 0; i < sum->n_all; i++)
        {
          const PrecisSentence *p = &sum->all[i];
          json_builder_begin_object (b);
          add_span (b, p);
          json_builder_set_member_name (b, "chosen");
          json_builder_add_boolean_value (b, p->chosen);
          json_builder_set_member_name (b, "furniture");
          json_builder_add_boolean_value (b, p->furniture);
          json_builder_set_member_name (b, "text");
          json_builder_add_string_value (b, p->text);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);

  g_autoptr (JsonNode) root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}

static gchar *
render_html (const PrecisSummary *sum, PrecisRenderFlags flags)
{
  GString *out = g_string_new (NULL);
  precis_page_open (out, sum->headline, sum->language);
  if (sum->headline[0] != '\0')
    {
      g_string_append (out, "<h1 style=\"" PRECIS_PAGE_H1 "\">");
      precis_escape_html (out, sum->headline);
      g_string_append (out, "</h1>\n");
    }
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
  switch (format)
    {
    case PRECIS_FORMAT_HTML:
      return render_html (sum, flags);
    case PRECIS_FORMAT_MARKDOWN:
      return render_markdown (sum, flags);
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
  if (format == PRECIS_FORMAT_JSON)
    {
      g_autoptr (JsonBuilder) b = json_builder_new ();
      json_builder_begin_array (b);
      for (guint i = 0; i < sum->n_all; i++)
        {
          const PrecisSentence *p = &sum->all[i];
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "text");
          json_builder_add_string_value (b, p->text);
          json_builder_set_member_name (b, "offset");
          json_builder_add_int_value (b, (gint64)p->offset);
          json_builder_set_member_name (b, "length");
          json_builder_add_int_value (b, (gint64)p->length);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      g_autoptr (JsonNode) root = json_builder_get_root (b);
      return json_to_string (root, FALSE);
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
