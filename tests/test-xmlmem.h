/* test-xmlmem.h - libxml2's heap counted, for the suites that bound what it holds: a suite's
 * main() calls xmlMemSetup (xml_count_free, xml_count_malloc, xml_count_realloc,
 * xml_count_strdup) before libxml2 allocates anything. */
#pragma once

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/xmlmemory.h>

#include <stdlib.h>

/* libxml2's heap, counted by the allocator it is given in main(): what it holds now and the
 * most it has held since the count was reset. */
static gsize xml_live, xml_peak;

static inline void *
xml_count_malloc (size_t n)
{
  size_t *block = malloc (n + 16);
  if (block == NULL)
    return NULL;
  block[0] = n;
  xml_live += n;
  xml_peak = MAX (xml_peak, xml_live);
  return (gchar *)block + 16;
}

static inline void
xml_count_free (void *p)
{
  if (p == NULL)
    return;
  size_t *block = (size_t *)(gpointer)((gchar *)p - 16);
  xml_live -= block[0];
  free (block);
}

static inline void *
xml_count_realloc (void *p, size_t n)
{
  if (p == NULL)
    return xml_count_malloc (n);
  size_t *block = (size_t *)(gpointer)((gchar *)p - 16);
  size_t old = block[0];
  block = realloc (block, n + 16);
  if (block == NULL)
    return NULL;
  block[0] = n;
  xml_live = xml_live - old + n;
  xml_peak = MAX (xml_peak, xml_live);
  return (gchar *)block + 16;
}

static inline char *
xml_count_strdup (const char *s)
{
  size_t n = strlen (s) + 1;
  char *copy = xml_count_malloc (n);
  if (copy != NULL)
    memcpy (copy, s, n);
  return copy;
}

/* Whether libxml2 is 2.9, built with and run with: the page tree frees libxml2's nodes while it
 * parses only with the libxml2 it was checked against (src/input/pagetree.c); with another it
 * holds the tree whole while the page is read. */
static inline gboolean
libxml2_2_9 (void)
{
  int runtime = atoi (xmlParserVersion);
  return LIBXML_VERSION >= 20900 && LIBXML_VERSION < 21000 && runtime >= 20900 && runtime < 21000;
}
