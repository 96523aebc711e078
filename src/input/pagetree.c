/* pagetree.c - a page's tree, read by libxml2's HTML parser and held compactly.
 *
 * libxml2's own tree builder (xmlSAX2StartElement(), xmlSAX2Characters(), ...) still makes
 * every node, so the tree is libxml2's to the node; each node is numbered here as it appears,
 * and copied (its content, its attributes) and freed as soon as the parser can no longer
 * read it: all the children of an element that has closed, and those of an open element
 * before its last child that is not a comment (what the parser reads back: the last child,
 * which a text is appended to, and areBlanks()'s walk back over comments). libxml2 thus
 * holds only the open elements and their last children. (Callbacks that made no libxml2
 * nodes at all would have to redo areBlanks(), which reads the tree to decide whether white
 * space is text.) O(length): each node is made, copied and freed once.
 */
#include "config.h"

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <stdlib.h>
#include <string.h>

#include "input/pagetree.h"

/* The string chunks' size: a text longer than that has a chunk of its own. */
#define CHUNK_BYTES (1 << 16)

struct PrecisPageTree
{
  GArray *nodes;        /* PrecisPageNode, elements' attributes among them */
  GStringChunk *chunks; /* contents, names, attributes */
  guint32 root;         /* the document's first element (G_MAXUINT32: none) */
  /* while reading */
  GArray *last;                /* each node's last child, G_MAXUINT32: none */
  GString *pair;               /* insert_pair()'s two strings joined: one buffer for the page,
                                * made at its first attribute */
  guint32 top_first, top_last; /* the document's children */
  xmlSAXHandler sax2;          /* libxml2's tree builder */
  gboolean streams;            /* whether nodes are freed while the parser reads */
};

#define NONE G_MAXUINT32

gboolean
precis_page_tree_streams (void)
{
  /* What libxml2's HTML parser reads back of its tree (the last child, areBlanks()'s walk
   * back over comments) was read in, and every page checked against, libxml2 2.9 (2.9.14);
   * other versions parse otherwise (2.12 on: a new tokenizer), so with them the tree is held
   * whole while the page is read and copied after: the same output, without the saving. */
  static gint streams = -1;
  if (g_atomic_int_get (&streams) < 0)
    {
      int runtime = xmlParserVersion != NULL ? atoi (xmlParserVersion) : 0;
      gboolean yes = LIBXML_VERSION >= 20900 && LIBXML_VERSION < 21000 && runtime >= 20900 && runtime < 21000;
      g_atomic_int_set (&streams, yes ? 1 : 0);
    }
  return g_atomic_int_get (&streams) == 1;
}

static PrecisPageNode *
node_at (PrecisPageTree *t, guint32 k)
{
  return &g_array_index (t->nodes, PrecisPageNode, k);
}

/* (a node's number here, plus one, is kept in libxml2's node's _private while it lives) */
static guint32
index_of (const xmlNode *n)
{
  return GPOINTER_TO_UINT (n->_private) - 1;
}

/* Numbers the node libxml2 has just made, as its parent's last child. */
static void
add (PrecisPageTree *t, xmlNode *n)
{
  PrecisPageNode c = { 0 };
  c.type = (guint8)n->type;
  guint32 k = t->nodes->len, none = NONE;
  guint32 parent = n->parent != NULL && n->parent->_private != NULL ? index_of (n->parent) : NONE;
  g_array_append_val (t->nodes, c);
  g_array_append_val (t->last, none);
  guint32 *last = parent != NONE ? &g_array_index (t->last, guint32, parent) : &t->top_last;
  if (parent != NONE)
    node_at (t, k)->up = (gint32)((gint64)parent - (gint64)k);
  if (*last != NONE)
    node_at (t, *last)->next = (gint32)((gint64)k - (gint64)*last);
  else if (parent != NONE)
    node_at (t, parent)->down = (gint32)((gint64)k - (gint64)parent);
  else
    t->top_first = k;
  *last = k;
  if (n->type == XML_ELEMENT_NODE && parent == NONE && t->root == NONE)
    t->root = k;
  n->_private = GUINT_TO_POINTER (k + 1);
}

/* @a and @b, each NUL-ended, in one string of the chunks: joined in the tree's one buffer
 * (not a block allocated for each attribute) and copied from it. */
static const gchar *
insert_pair (PrecisPageTree *t, const gchar *a, const gchar *b)
{
  gsize na = strlen (a), nb = strlen (b);
  if (t->pair == NULL)
    t->pair = g_string_sized_new (na + nb + 1);
  g_string_set_size (t->pair, na + nb + 1);
  memcpy (t->pair->str, a, na + 1);
  memcpy (t->pair->str + na + 1, b, nb);
  return g_string_chunk_insert_len (t->chunks, t->pair->str, (gssize)(na + nb + 1));
}

/* Copies what the node @n, whose children are gone, holds, and frees it. */
static void
copy_and_free (PrecisPageTree *t, xmlNode *n)
{
  if (n->_private != NULL)
    {
      guint32 k = index_of (n);
      if (n->type == XML_ELEMENT_NODE)
        {
          node_at (t, k)->str = g_string_chunk_insert_const (t->chunks, (const gchar *)n->name);
          for (xmlAttr *a = n->properties; a != NULL; a = a->next)
            {
              PrecisPageNode at = { 0 };
              at.type = XML_ATTRIBUTE_NODE;
              gchar *list = NULL;
              const gchar *value = "";
              if (a->children != NULL && a->children->type == XML_TEXT_NODE && a->children->next == NULL)
                value = a->children->content != NULL ? (const gchar *)a->children->content : "";
              else if (a->children != NULL)
                {
                  list = (gchar *)xmlNodeListGetString (n->doc, a->children, 1);
                  value = list != NULL ? list : "";
                  at.listed = TRUE;
                }
              at.str = insert_pair (t, a->name != NULL ? (const gchar *)a->name : "", value);
              at.last = a->next == NULL;
              xmlFree (list);
              if (node_at (t, k)->attrs == 0)
                node_at (t, k)->attrs = (gint32)((gint64)t->nodes->len - (gint64)k);
              g_array_append_val (t->nodes, at);
              if (t->last != NULL) /* (kept beside the nodes) */
                {
                  guint32 none = NONE;
                  g_array_append_val (t->last, none);
                }
            }
        }
      else if (n->type == XML_PI_NODE)
        node_at (t, k)->str = insert_pair (t, n->name != NULL ? (const gchar *)n->name : "",
                                           n->content != NULL ? (const gchar *)n->content : "");
      else if (n->content != NULL)
        node_at (t, k)->str = g_string_chunk_insert (t->chunks, (const gchar *)n->content);
    }
  xmlUnlinkNode (n);
  xmlFreeNode (n);
}

/* Copies the finished node @n and what is left below it, and frees them: each node after its
 * children (without recursion: what is left below a node may be deep when the parse ends). */
static void
finish (PrecisPageTree *t, xmlNode *n)
{
  xmlNode *c = n;
  for (;;)
    {
      while (c->type == XML_ELEMENT_NODE && c->children != NULL)
        c = c->children;
      xmlNode *parent = c != n ? c->parent : NULL;
      copy_and_free (t, c);
      if (parent == NULL)
        return;
      c = parent;
    }
}

/* Finishes the children of the element @x that libxml2 reads no more: all of them once it
 * has @closed, else those before its last child that is not a comment. */
static void
finish_children (PrecisPageTree *t, xmlNode *x, gboolean closed)
{
  if (!t->streams || x == NULL || x->type != XML_ELEMENT_NODE)
    return;
  xmlNode *keep = NULL;
  if (!closed)
    {
      /* The last child is kept, and the comments after the last other child with it: with a
       * comment last, what was before that child went when it came (a run of comments, each
       * walking back over the others, would be quadratic). */
      keep = x->last;
      if (keep == NULL || keep->type == XML_COMMENT_NODE)
        return;
    }
  while (x->children != NULL && x->children != keep)
    finish (t, x->children);
}

/* Where a callback may add a node: the element it is in (or the document, for a comment or a
 * processing instruction outside the root), and that one's last child before. */
typedef struct
{
  PrecisPageTree *tree;
  xmlNode *into, *before;
} Adding;

static Adding
adding (void *data, gboolean in_document)
{
  htmlParserCtxtPtr ctxt = data;
  Adding a = { ctxt->_private, ctxt->node, NULL };
  if (a.into == NULL && in_document)
    a.into = (xmlNode *)ctxt->myDoc;
  a.before = a.into != NULL ? a.into->last : NULL;
  return a;
}

/* After the callback: numbers the node it added, if any, and finishes what is done with. */
static void
added (const Adding *a)
{
  xmlNode *x = a->into;
  if (x == NULL)
    return;
  if (x->last != NULL && x->last != a->before && x->last->_private == NULL)
    add (a->tree, x->last);
  finish_children (a->tree, x, FALSE);
}

static void
on_start_element (void *data, const xmlChar *name, const xmlChar **attributes)
{
  htmlParserCtxtPtr ctxt = data;
  PrecisPageTree *t = ctxt->_private;
  int depth = ctxt->nodeNr;
  t->sax2.startElement (data, name, attributes);
  if (ctxt->nodeNr > depth && ctxt->node != NULL && ctxt->node->_private == NULL)
    {
      add (t, ctxt->node);
      finish_children (t, ctxt->node->parent, FALSE);
    }
}

static void
on_end_element (void *data, const xmlChar *name)
{
  htmlParserCtxtPtr ctxt = data;
  PrecisPageTree *t = ctxt->_private;
  xmlNode *closing = ctxt->node;
  t->sax2.endElement (data, name);
  if (closing != NULL && ctxt->node != closing)
    finish_children (t, closing, TRUE);
}

static void
on_characters (void *data, const xmlChar *text, int len)
{
  Adding a = adding (data, FALSE);
  a.tree->sax2.characters (data, text, len);
  added (&a);
}

static void
on_cdata (void *data, const xmlChar *text, int len)
{
  Adding a = adding (data, FALSE);
  a.tree->sax2.cdataBlock (data, text, len);
  added (&a);
}

static void
on_comment (void *data, const xmlChar *value)
{
  Adding a = adding (data, TRUE);
  a.tree->sax2.comment (data, value);
  added (&a);
}

static void
on_processing_instruction (void *data, const xmlChar *target, const xmlChar *value)
{
  Adding a = adding (data, TRUE);
  a.tree->sax2.processingInstruction (data, target, value);
  added (&a);
}

PrecisPageTree *
precis_page_tree_read (const gchar *data, gsize n, PrecisMarkupReader *reader, const gchar *encoding,
                       int options)
{
  return precis_page_tree_read_with (data, n, reader, encoding, options, precis_page_tree_streams ());
}

PrecisPageTree *
precis_page_tree_read_with (const gchar *data, gsize n, PrecisMarkupReader *reader, const gchar *encoding,
                            int options, gboolean streams)
{
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt ();
  if (ctxt == NULL)
    return NULL;
  PrecisPageTree *t = g_new0 (PrecisPageTree, 1);
  t->nodes = g_array_new (FALSE, FALSE, sizeof (PrecisPageNode));
  t->last = g_array_new (FALSE, FALSE, sizeof (guint32));
  t->chunks = g_string_chunk_new (CHUNK_BYTES);
  t->root = t->top_first = t->top_last = NONE;
  t->streams = streams;
  t->sax2 = *ctxt->sax;
  ctxt->_private = t;
  ctxt->sax->startElement = on_start_element;
  ctxt->sax->endElement = on_end_element;
  ctxt->sax->characters = on_characters;
  ctxt->sax->cdataBlock = on_cdata;
  ctxt->sax->comment = on_comment;
  ctxt->sax->processingInstruction = on_processing_instruction;
  htmlDocPtr doc = reader != NULL ? htmlCtxtReadIO (ctxt, precis_markup_reader_read, NULL, reader, NULL,
                                                    encoding, options)
                                  : htmlCtxtReadMemory (ctxt, data, (int)n, NULL, encoding, options);
  htmlFreeParserCtxt (ctxt);
  if (doc == NULL)
    {
      precis_page_tree_free (t);
      return NULL;
    }
  /* What is left: the document's children and what is below them (its DTD is not read). */
  for (xmlNode *c = doc->children; c != NULL;)
    {
      xmlNode *next = c->next;
      if (c->_private != NULL)
        finish (t, c);
      c = next;
    }
  xmlFreeDoc (doc);
  g_array_free (t->last, TRUE);
  t->last = NULL;
  if (t->pair != NULL)
    g_string_free (g_steal_pointer (&t->pair), TRUE);
  return t;
}

void
precis_page_tree_free (PrecisPageTree *tree)
{
  if (tree == NULL)
    return;
  g_array_free (tree->nodes, TRUE);
  if (tree->last != NULL)
    g_array_free (tree->last, TRUE);
  if (tree->pair != NULL)
    g_string_free (tree->pair, TRUE);
  g_string_chunk_free (tree->chunks);
  g_free (tree);
}

PrecisPageNode *
precis_page_tree_root (PrecisPageTree *tree)
{
  return tree->root != NONE ? node_at (tree, tree->root) : NULL;
}

PrecisPageNode *
precis_page_tree_first (PrecisPageTree *tree)
{
  return tree->top_first != NONE ? node_at (tree, tree->top_first) : NULL;
}

const gchar *
precis_page_node_name (const PrecisPageNode *n)
{
  switch (n->type)
    {
    case XML_ELEMENT_NODE:
    case XML_PI_NODE:
      return n->str;
    case XML_TEXT_NODE:
      return "text";
    case XML_COMMENT_NODE:
      return "comment";
    default:
      return NULL;
    }
}

static void
append_text (GString *out, const PrecisPageNode *n)
{
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
    {
      if (n->str != NULL)
        g_string_append (out, n->str);
      return;
    }
  if (n->type != XML_ELEMENT_NODE)
    return;
  /* (without recursion: the tree may be deep) */
  const PrecisPageNode *c = precis_page_node_first (n);
  while (c != NULL)
    {
      if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->str != NULL)
        g_string_append (out, c->str);
      const PrecisPageNode *down = c->type == XML_ELEMENT_NODE ? precis_page_node_first (c) : NULL;
      if (down != NULL)
        {
          c = down;
          continue;
        }
      while (c != n && c->next == 0)
        c = precis_page_node_parent (c);
      if (c == n)
        break;
      c = precis_page_node_next (c);
    }
}

gchar *
precis_page_node_text (const PrecisPageNode *n)
{
  if (n == NULL)
    return NULL;
  if (n->type != XML_ELEMENT_NODE && n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE)
    {
      const gchar *content = precis_page_node_content (n);
      return g_strdup (content != NULL ? content : "");
    }
  GString *out = g_string_new (NULL);
  append_text (out, n);
  return g_string_free (out, FALSE);
}
