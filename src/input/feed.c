/* feed.c - the feed input stage: an RSS 2.0, RSS 1.0 (RDF) or Atom document in, its items out
 * (title, link, id, date and text). See precis_feed_parse() in precis.h.
 *
 * libxml2's XML parser builds the tree without touching the network or loading external
 * entities or DTDs. Items are the <item> elements of the channel (RSS 2.0) or the document
 * (RSS 1.0), or the <entry> elements of an Atom <feed>. Their HTML content goes through the
 * HTML stage, so a feed item reads like an extracted page.
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/date.h"
#include "input/markup.h"

#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"

/* The namespaces whose elements an item is read from; elements of any other (Media RSS,
 * iTunes ...) are ignored, so that <media:title> or <media:content> is not taken for the
 * item's own. */
static const gchar *const known_namespaces[] = {
  "http://www.w3.org/2005/Atom",      "http://purl.org/rss/1.0/",  NS_CONTENT,
  "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/",
};

void
precis_feed_item_free (PrecisFeedItem *item)
{
  if (item == NULL)
    return;
  g_free (item->title);
  g_free (item->link);
  g_free (item->id);
  g_free (item->date);
  g_free (item->text);
  g_free (item->language);
  g_free (item);
}

gboolean
precis_looks_like_feed (const gchar *data, gssize len)
{
  static const gchar *const openings[] = { "<rss", "<feed", "<rdf:RDF" };
  return precis_markup_opens_with (data, len, openings, G_N_ELEMENTS (openings));
}

/* The element's local name is @name (namespace prefixes ignored, except that content:encoded
 * is told apart from other "encoded" elements by its namespace). */
static gboolean
named (const xmlNode *node, const gchar *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL
         && strcmp ((const gchar *)node->name, name) == 0;
}

static gboolean
in_namespace (const xmlNode *node, const gchar *href)
{
  return node->ns != NULL && node->ns->href != NULL && strcmp ((const gchar *)node->ns->href, href) == 0;
}

/* Whether the element belongs to none of the namespaces items are read from. */
static gboolean
foreign (const xmlNode *node)
{
  if (node->ns == NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (known_namespaces); i++)
    if (in_namespace (node, known_namespaces[i]))
      return FALSE;
  return TRUE;
}

/* The element's text content; free with g_free(). */
static gchar *
content (const xmlNode *node)
{
  xmlChar *c = xmlNodeGetContent (node);
  gchar *copy = g_strdup (c != NULL ? (const gchar *)c : "");
  xmlFree (c);
  return copy;
}

/* The element's children serialised as markup (Atom type="xhtml"); free with g_free(). */
static gchar *
inner_markup (xmlNode *node)
{
  xmlBufferPtr buf = xmlBufferCreate ();
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    xmlNodeDump (buf, node->doc, c, 0, 0);
  gchar *markup = g_strdup ((const gchar *)xmlBufferContent (buf));
  xmlBufferFree (buf);
  return markup;
}

/* The text of an element holding HTML (escaped, as in RSS), XHTML or plain text. */
static gchar *
element_text (xmlNode *node, gboolean atom)
{
  g_autofree gchar *type = (gchar *)xmlGetProp (node, (const xmlChar *)"type");
  if (atom && (type == NULL || g_str_equal (type, "text") || g_str_equal (type, "text/plain")))
    {
      /* Plain text: paragraphs are whatever blank lines it has. */
      gchar *text = content (node);
      return g_strstrip (text);
    }
  g_autofree gchar *markup = atom && g_str_equal (type, "xhtml") ? inner_markup (node) : content (node);
  gchar *text = precis_html_extract (markup, -1, NULL, NULL);
  return text != NULL ? text : g_strdup ("");
}

/* A title: markup removed when the feed says it is HTML, white space collapsed. */
static gchar *
element_title (xmlNode *node, gboolean atom)
{
  g_autofree gchar *type = (gchar *)xmlGetProp (node, (const xmlChar *)"type");
  if (atom && type != NULL && (g_str_equal (type, "html") || g_str_equal (type, "xhtml")))
    {
      g_autofree gchar *text = element_text (node, TRUE);
      return precis_markup_collapse_line (text);
    }
  g_autofree gchar *text = content (node);
  return precis_markup_collapse_line (text);
}

/* ---- Items ---- */

static PrecisFeedItem *
read_item (xmlNode *item, gboolean atom)
{
  PrecisFeedItem *out = g_new0 (PrecisFeedItem, 1);
  xmlNode *full = NULL, *brief = NULL, *published = NULL, *updated = NULL;
  for (xmlNode *c = item->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE || foreign (c))
        continue;
      if (named (c, "title") && out->title == NULL)
        out->title = element_title (c, atom);
      else if (named (c, "link") && out->link == NULL)
        {
          if (atom)
            {
              g_autofree gchar *rel = (gchar *)xmlGetProp (c, (const xmlChar *)"rel");
              xmlChar *href = xmlGetProp (c, (const xmlChar *)"href");
              if (href != NULL && (rel == NULL || g_str_equal (rel, "alternate")))
                out->link = precis_markup_collapse_line ((const gchar *)href);
              xmlFree (href);
            }
          else
            {
              g_autofree gchar *href = content (c);
              out->link = precis_markup_collapse_line (href);
            }
        }
      else if ((named (c, "guid") || named (c, "id")) && out->id == NULL)
        {
          g_autofree gchar *id = content (c);
          out->id = precis_markup_collapse_line (id);
        }
      else if ((named (c, "encoded") && in_namespace (c, NS_CONTENT)) || (atom && named (c, "content")))
        full = full != NULL ? full : c;
      else if (named (c, "description") || named (c, "summary"))
        brief = brief != NULL ? brief : c;
      else if (named (c, "pubDate") || named (c, "published") || named (c, "date"))
        published = published != NULL ? published : c;
      else if (named (c, "updated") || named (c, "modified"))
        updated = updated != NULL ? updated : c;
    }
  xmlNode *date = published != NULL ? published : updated;
  if (date != NULL)
    {
      g_autofree gchar *raw = content (date);
      out->date = precis_markup_collapse_line (raw);
    }
  out->time = precis_date_parse (out->date);
  if (full != NULL)
    out->text = element_text (full, atom);
  if ((out->text == NULL || out->text[0] == '\0') && brief != NULL)
    {
      g_free (out->text);
      out->text = element_text (brief, atom);
    }
  if (out->text == NULL)
    out->text = g_strdup ("");
  return out;
}

/* The language @channel declares: its <language> (RSS 2.0) or <dc:language>; NULL when none. */
static gchar *
channel_language (xmlNode *channel)
{
  for (xmlNode *c = channel->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && named (c, "language"))
      {
        g_autofree gchar *text = content (c);
        return precis_markup_collapse_line (text);
      }
  return NULL;
}

/* The language declared for @item: xml:lang on it or an ancestor, else @fallback (copied). */
static gchar *
item_language (xmlNode *item, const gchar *fallback)
{
  xmlChar *lang = xmlNodeGetLang (item);
  gchar *out = precis_markup_collapse_line ((const gchar *)lang);
  xmlFree (lang);
  return out != NULL ? out : g_strdup (fallback);
}

static gchar *
child_title (xmlNode *parent, gboolean atom)
{
  for (xmlNode *c = parent->children; c != NULL; c = c->next)
    if (named (c, "title"))
      return element_title (c, atom);
  return NULL;
}

GPtrArray *
precis_feed_parse (const gchar *xml, gssize len, gchar **feed_title, GError **error)
{
  g_return_val_if_fail (xml != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (feed_title != NULL)
    *feed_title = NULL;
  gsize n = len < 0 ? strlen (xml) : (gsize)len;
  if (!precis_markup_prepare (xml, n, "feed", error))
    return NULL;

  /* No XML_PARSE_NOENT (entities are not substituted from outside the document) and no DTD
   * loading; libxml2 bounds entity expansion itself. */
  xmlDocPtr doc
      = n > 0 ? xmlReadMemory (xml, (int)n, NULL, NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA)
              : NULL;
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      xmlFreeDoc (doc);
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_MALFORMED, "not a well-formed XML document");
      return NULL;
    }

  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify)precis_feed_item_free);
  if (named (root, "feed"))
    {
      if (feed_title != NULL)
        *feed_title = child_title (root, TRUE);
      for (xmlNode *c = root->children; c != NULL; c = c->next)
        if (named (c, "entry"))
          {
            PrecisFeedItem *item = read_item (c, TRUE);
            item->language = item_language (c, NULL);
            g_ptr_array_add (items, item);
          }
    }
  else if (named (root, "rss") || named (root, "RDF"))
    {
      /* RSS 2.0: items inside <channel>; RSS 1.0: items beside it. */
      for (xmlNode *c = root->children; c != NULL; c = c->next)
        {
          if (named (c, "channel"))
            {
              if (feed_title != NULL && *feed_title == NULL)
                *feed_title = child_title (c, FALSE);
              g_autofree gchar *language = channel_language (c);
              for (xmlNode *i = c->children; i != NULL; i = i->next)
                if (named (i, "item"))
                  {
                    PrecisFeedItem *item = read_item (i, FALSE);
                    item->language = item_language (i, language);
                    g_ptr_array_add (items, item);
                  }
            }
          else if (named (c, "item"))
            {
              PrecisFeedItem *item = read_item (c, FALSE);
              item->language = item_language (c, NULL);
              g_ptr_array_add (items, item);
            }
        }
    }
  else
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_MALFORMED,
                   "an XML document, but not an RSS or Atom feed (<%s>)", (const gchar *)root->name);
      g_clear_pointer (&items, g_ptr_array_unref);
    }
  xmlFreeDoc (doc);
  return items;
}
