/* pagetree.h - a page's tree as libxml2's HTML parser makes it, held compactly: 32 bytes a
 * node in one array, links as offsets between nodes, contents and attributes in string
 * chunks (libxml2's tree takes 120 bytes a node and a block for each text). Read-only but
 * for each element's number, which the content finder writes. */
#ifndef PRECIS_INPUT_PAGETREE_H
#define PRECIS_INPUT_PAGETREE_H

#include <glib.h>
#include <libxml/tree.h>
#include <string.h>

#include "input/markup.h"

G_BEGIN_DECLS

/* A node: an element, a text, a CDATA section, a comment or a processing instruction (the
 * types are libxml2's). Its parent, first child and next sibling are the nodes that many
 * nodes away (0: none), so that a node alone leads to them. */
typedef struct PrecisPageNode PrecisPageNode;
struct PrecisPageNode
{
  gint32 up, down, next;
  gint32 attrs;     /* an element's first attribute (a node of type XML_ATTRIBUTE_NODE), 0: none */
  guint32 number;   /* an element's number, 0 until the finder gives one */
  guint8 type;      /* xmlElementType */
  guint8 listed;    /* an attribute: its value was not one text (then read as absent when borrowed) */
  guint8 last;      /* an attribute: the element's last */
  const gchar *str; /* an element's name; a text's content (NULL: none); a PI's target, its
                     * content after its NUL; an attribute's name, its value after its NUL */
};

typedef struct PrecisPageTree PrecisPageTree;

/* The tree of the page @data of @n bytes, read by libxml2's HTML parser with @options, in
 * @encoding (NULL: as libxml2 finds it); from @reader instead when it is not NULL (@data is
 * then not read). NULL when libxml2 makes no document. */
PrecisPageTree *precis_page_tree_read (const gchar *data, gsize n, PrecisMarkupReader *reader,
                                       const gchar *encoding, int options);
void precis_page_tree_free (PrecisPageTree *tree);

/* As precis_page_tree_read(), freeing libxml2's nodes while the page is read when @streams,
 * else after (precis_page_tree_read() passes precis_page_tree_streams()): the tree is the
 * same either way. For the tests, which check both ways against libxml2's own tree. */
PrecisPageTree *precis_page_tree_read_with (const gchar *data, gsize n, PrecisMarkupReader *reader,
                                            const gchar *encoding, int options, gboolean streams);

/* Whether nodes are copied and freed while the page is read (with the libxml2 this was made
 * for and checked against), rather than after the whole tree is read. */
gboolean precis_page_tree_streams (void);

/* The document's first element, or NULL. */
PrecisPageNode *precis_page_tree_root (PrecisPageTree *tree);

/* The document's first child (an element, a comment or a PI; its DTD is not read), the others
 * its next siblings; NULL when it has none. */
PrecisPageNode *precis_page_tree_first (PrecisPageTree *tree);

static inline PrecisPageNode *
precis_page_node_parent (const PrecisPageNode *n)
{
  return n->up != 0 ? (PrecisPageNode *)(n + n->up) : NULL;
}

static inline PrecisPageNode *
precis_page_node_first (const PrecisPageNode *n)
{
  return n->down != 0 ? (PrecisPageNode *)(n + n->down) : NULL;
}

static inline PrecisPageNode *
precis_page_node_next (const PrecisPageNode *n)
{
  return n->next != 0 ? (PrecisPageNode *)(n + n->next) : NULL;
}

/* A text's, a CDATA section's, a comment's or a PI's content (NULL for an element), as
 * libxml2's node->content. */
static inline const gchar *
precis_page_node_content (const PrecisPageNode *n)
{
  if (n->type == XML_ELEMENT_NODE || n->str == NULL)
    return NULL;
  return n->type == XML_PI_NODE ? n->str + strlen (n->str) + 1 : n->str;
}

/* An element's name; a text's "text", a comment's "comment", a PI's target, as libxml2's
 * node->name. */
const gchar *precis_page_node_name (const PrecisPageNode *n);

/* An element's first attribute, or NULL; the next with precis_page_attr_next(). */
static inline const PrecisPageNode *
precis_page_node_attrs (const PrecisPageNode *n)
{
  return n->attrs != 0 ? n + n->attrs : NULL;
}

static inline const PrecisPageNode *
precis_page_attr_next (const PrecisPageNode *a)
{
  return a->last ? NULL : a + 1;
}

static inline const gchar *
precis_page_attr_value (const PrecisPageNode *a)
{
  return a->str + strlen (a->str) + 1;
}

/* The text of @n and of all the texts and CDATA sections below it, joined, as
 * xmlNodeGetContent(); free with g_free(). NULL when @n is NULL. */
gchar *precis_page_node_text (const PrecisPageNode *n);

G_END_DECLS

#endif
