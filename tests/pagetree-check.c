/* pagetree-check.c - the page tree compared with libxml2's own tree: each is written out, a
 * line a node, and the lines compared. */
#include <libxml/HTMLparser.h>
#include <string.h>

#include "input/markup.h"
#include "input/pagetree.h"
#include "pagetree-check.h"

/* html.c's options */
#define OPTIONS                                                                                              \
  (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT    \
   | XML_PARSE_HUGE)

static void
put_indent (GString *out, guint depth)
{
  g_string_append_printf (out, "%u ", depth);
}

static void
put_escaped (GString *out, const gchar *s)
{
  if (s == NULL)
    {
      g_string_append (out, "(null)");
      return;
    }
  gchar *e = g_strescape (s, NULL);
  g_string_append_c (out, '"');
  g_string_append (out, e);
  g_string_append_c (out, '"');
  g_free (e);
}

/* One node's line (not its children), as the page tree holds it: an element's name and
 * attributes (name, value, and whether the value was not one text); another node's name and
 * content. */
static void
put_node (GString *out, guint depth, int type, const gchar *name, const gchar *content)
{
  put_indent (out, depth);
  g_string_append_printf (out, "%d ", type);
  put_escaped (out, name);
  if (type != XML_ELEMENT_NODE)
    {
      g_string_append_c (out, ' ');
      put_escaped (out, content);
    }
}

static void
put_attr (GString *out, const gchar *name, const gchar *value, gboolean listed)
{
  g_string_append (out, listed ? " @@" : " @");
  put_escaped (out, name);
  g_string_append_c (out, '=');
  put_escaped (out, value);
}

/* libxml2's nodes from @n on, and their siblings and children (its DTD left out: the page
 * tree does not read it). */
static void
dump_libxml2 (GString *out, const xmlNode *n, guint depth)
{
  for (; n != NULL; n = n->next)
    {
      if (n->type == XML_DTD_NODE)
        continue;
      const gchar *name = n->type == XML_ELEMENT_NODE || n->type == XML_PI_NODE ? (const gchar *)n->name
                          : n->type == XML_TEXT_NODE                            ? "text"
                          : n->type == XML_COMMENT_NODE                         ? "comment"
                                                                                : NULL;
      put_node (out, depth, n->type, name, n->type == XML_ELEMENT_NODE ? NULL : (const gchar *)n->content);
      if (n->type == XML_PI_NODE && n->content == NULL)
        {
          /* (the page tree holds a PI's missing content as "") */
          g_string_truncate (out, out->len - strlen ("(null)"));
          put_escaped (out, "");
        }
      if (n->type == XML_ELEMENT_NODE)
        for (const xmlAttr *a = n->properties; a != NULL; a = a->next)
          {
            gboolean one
                = a->children == NULL || (a->children->type == XML_TEXT_NODE && a->children->next == NULL);
            xmlChar *v = a->children != NULL ? xmlNodeListGetString (n->doc, a->children, 1) : NULL;
            put_attr (out, a->name != NULL ? (const gchar *)a->name : "", v != NULL ? (const gchar *)v : "",
                      !one);
            xmlFree (v);
          }
      g_string_append_c (out, '\n');
      if (n->children != NULL)
        dump_libxml2 (out, n->children, depth + 1);
    }
}

static void
dump_tree (GString *out, const PrecisPageNode *n, guint depth)
{
  for (; n != NULL; n = precis_page_node_next (n))
    {
      put_node (out, depth, n->type, precis_page_node_name (n), precis_page_node_content (n));
      for (const PrecisPageNode *a = precis_page_node_attrs (n); a != NULL; a = precis_page_attr_next (a))
        put_attr (out, a->str, precis_page_attr_value (a), a->listed);
      g_string_append_c (out, '\n');
      if (n->down != 0)
        dump_tree (out, precis_page_node_first (n), depth + 1);
    }
}

/* The first line where @a and @b differ, with the lines around it, or NULL. */
static gchar *
first_difference (const gchar *a, const gchar *b)
{
  if (g_str_equal (a, b))
    return NULL;
  guint line = 1;
  const gchar *start = a;
  for (gsize i = 0; a[i] == b[i]; i++)
    if (a[i] == '\n')
      {
        line++;
        start = a + i + 1;
      }
  gsize at = (gsize)(start - a);
  return g_strdup_printf ("line %u: libxml2 has\n%.300s\n  the page tree\n%.300s", line, a + at, b + at);
}

gchar *
precis_test_page_tree_differs_pair (const gchar *want, gsize want_n, const gchar *data, gsize n)
{
  static const struct
  {
    gboolean reader;
    const gchar *encoding;
  } reads[] = { { FALSE, "UTF-8" }, { FALSE, NULL }, { TRUE, "UTF-8" } };
  gchar *found = NULL;
  for (gsize r = 0; r < G_N_ELEMENTS (reads) && found == NULL; r++)
    {
      GString *expected = g_string_new (NULL);
      /* (through a parser context, as the page tree reads: htmlReadMemory() makes no document
       * of no bytes, and without an encoding guesses otherwise; and through the block reader
       * for the block reader's tree: libxml2 2.9.14 makes another tree of a few pages read so,
       * a PI or a comment that starts just before a block's end cut short) */
      htmlParserCtxtPtr ctxt = htmlNewParserCtxt ();
      PrecisMarkupReader blocks = { want, want_n, 0, NULL, 0, 0 };
      htmlDocPtr doc = reads[r].reader
                           ? htmlCtxtReadIO (ctxt, precis_markup_reader_read, NULL, &blocks, NULL,
                                             reads[r].encoding, OPTIONS)
                           : htmlCtxtReadMemory (ctxt, want, (int)want_n, NULL, reads[r].encoding, OPTIONS);
      htmlFreeParserCtxt (ctxt);
      if (doc != NULL)
        dump_libxml2 (expected, doc->children, 0);
      for (int streams = 0; streams < 2 && found == NULL; streams++)
        {
          PrecisMarkupReader reader = { data, n, 0, NULL, 0, 0 };
          PrecisPageTree *t = precis_page_tree_read_with (
              reads[r].reader ? NULL : data, reads[r].reader ? 0 : n, reads[r].reader ? &reader : NULL,
              reads[r].encoding, OPTIONS, streams);
          if ((t == NULL) != (doc == NULL))
            found = g_strdup_printf ("%s made a document, the other not",
                                     t != NULL ? "the page tree" : "libxml2");
          else if (t != NULL)
            {
              GString *got = g_string_new (NULL);
              dump_tree (got, precis_page_tree_first (t), 0);
              found = first_difference (expected->str, got->str);
              g_string_free (got, TRUE);
            }
          precis_page_tree_free (t);
          if (found != NULL)
            {
              gchar *where
                  = g_strdup_printf ("%s, %s, %s: %s", reads[r].reader ? "block reader" : "one buffer",
                                     reads[r].encoding != NULL ? reads[r].encoding : "no encoding",
                                     streams ? "freed while read" : "freed after", found);
              g_free (found);
              found = where;
            }
        }
      xmlFreeDoc (doc);
      g_string_free (expected, TRUE);
    }
  return found;
}

gchar *
precis_test_page_tree_differs (const gchar *data, gsize n)
{
  return precis_test_page_tree_differs_pair (data, n, data, n);
}
