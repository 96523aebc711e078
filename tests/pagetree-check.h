/* pagetree-check.h - the page tree compared with libxml2's own tree of the same bytes (for
 * the tests and the html fuzzing harness). */
#ifndef PRECIS_TESTS_PAGETREE_CHECK_H
#define PRECIS_TESTS_PAGETREE_CHECK_H

#include <glib.h>

/* NULL when the page tree of @data (@n bytes) is libxml2's (htmlCtxtReadMemory() with the options
 * html.c reads pages with): node by node, their types, names, contents, attributes in order
 * and places; read from one buffer (as UTF-8 and with no encoding given) and through the
 * block reader (as UTF-8), each with libxml2's nodes freed while the page is read and after.
 * Else what differs first, and where (free with g_free()). */
gchar *precis_test_page_tree_differs (const gchar *data, gsize n);

/* The same with libxml2's tree of @want (@want_n bytes) against the page tree of @data: for
 * the test that the comparison finds a difference. */
gchar *precis_test_page_tree_differs_pair (const gchar *want, gsize want_n, const gchar *data, gsize n);

#endif
