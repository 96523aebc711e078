/* feed.c - the feed input stage: an RSS (0.9x, 1.0, 1.1, 2.0), Atom (0.3, 1.0) or CDF document
 * in, its items out (title, link, id, date, authors and text). See precis_feed_parse() in precis.h.
 *
 * Before parsing, the bytes are made UTF-8 when they are UTF-16 or UTF-32 (by byte-order mark
 * or by the way "<?xml" is written) or Latin-1 read as windows-1252, as browsers and
 * feedparser read it. libxml2's XML parser then builds the tree without touching the network
 * or loading external entities or DTDs. A document that is not well-formed is read again
 * with the HTML entities that RSS 0.91's DTD defines made numeric and every bare "&" outside
 * CDATA escaped (a real feed's "?a=1&b=2" should keep its items and links whole), then with
 * libxml2's recovery; a document that even recovery cannot read is refused with libxml2's
 * line and reason. Where an item repeats a value (two links, two dates of a kind), the last
 * wins, as in feedparser, whose reading is the reference. Items are the <item>
 * elements of the channel (RSS) or the document (RSS 1.0, 1.1), the <entry> elements of an
 * Atom <feed>, or the <item> elements of a CDF <channel>, whatever their namespace prefix.
 * Their HTML content is read as a whole fragment (every block kept), so that a feed item's
 * text is not mistaken for page furniture. O(length of the feed).
 */
#include "config.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "input/date.h"
#include "input/html.h"
#include "input/jsonfeed.h"
#include "input/markup.h"

#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

/* The namespaces whose title, link, id and date elements are an item's own; elements of any
 * other (Media RSS, iTunes ...) are not, so that <media:title> is not taken for the item's. */
static const gchar *const known_namespaces[] = {
  "http://www.w3.org/2005/Atom",
  "http://purl.org/atom/ns#", /* Atom 0.3 */
  "http://purl.org/rss/1.0/",
  "http://purl.org/net/rss1.1#",
  "http://my.netscape.com/rdf/simple/0.9/", /* RSS 0.90 */
  "http://backend.userland.com/rss2",
  "http://blogs.law.harvard.edu/tech/rss",
  NS_CONTENT,
  NS_DC,
  "http://purl.org/dc/terms/",
  "http://www.w3.org/1999/xhtml",
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
  g_free (item->byline);
  g_free (item);
}

/* The local names of the root elements of feeds. */
static gboolean
is_feed_root (const gchar *local)
{
  return g_ascii_strcasecmp (local, "rss") == 0 || g_strcmp0 (local, "feed") == 0
         || g_strcmp0 (local, "RDF") == 0 || g_strcmp0 (local, "Channel") == 0
         || g_strcmp0 (local, "CHANNEL") == 0 || g_strcmp0 (local, "channel") == 0;
}

gboolean
precis_looks_like_feed (const gchar *data, gssize len)
{
  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  gsize n = len < 0 ? strlen (data) : (gsize)len;
  if (precis_jsonfeed_detect (data, n))
    return TRUE;
  /* A feed's element names are ASCII: in any encoding that writes ASCII as ASCII (UTF-8, the
   * legacy ones) the root's name is read from the bytes as they are, without converting them
   * (the reader converts them once, when it reads the feed). Only UTF-16 and UTF-32 (a NUL in
   * the first four bytes, or a UTF-16 byte-order mark) are converted first. */
  gboolean wide = memchr (data, '\0', MIN (n, 4)) != NULL
                  || (n >= 2 && ((guchar)data[0] == 0xFE || (guchar)data[0] == 0xFF)
                      && ((guchar)data[1] == 0xFE || (guchar)data[1] == 0xFF));
  g_autofree gchar *utf8 = wide ? precis_markup_to_utf8 (data, n, NULL) : NULL;
  g_autofree gchar *root
      = precis_markup_root_name (utf8 != NULL ? utf8 : data, utf8 != NULL ? -1 : (gssize)n);
  if (root == NULL)
    return FALSE;
  const gchar *colon = strrchr (root, ':');
  return is_feed_root (colon != NULL ? colon + 1 : root);
}

/* The element's local name is @name (namespace prefixes ignored). */
static gboolean
named (const xmlNode *node, const gchar *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL
         && strcmp ((const gchar *)node->name, name) == 0;
}

static gboolean
named_any_case (const xmlNode *node, const gchar *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL
         && g_ascii_strcasecmp ((const gchar *)node->name, name) == 0;
}

static gboolean
in_namespace (const xmlNode *node, const gchar *href)
{
  return node->ns != NULL && node->ns->href != NULL && strcmp ((const gchar *)node->ns->href, href) == 0;
}

/* Whether the element's namespace contains @part ("itunes", "mrss"). */
static gboolean
namespace_has (const xmlNode *node, const gchar *part)
{
  return node->ns != NULL && node->ns->href != NULL && strstr ((const gchar *)node->ns->href, part) != NULL;
}

/* Whether the element is Media RSS's @name ("description", "title", "group"). */
static gboolean
is_media (const xmlNode *node, const gchar *name)
{
  return named (node, name) && (namespace_has (node, "mrss") || namespace_has (node, "media"));
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

/* An attribute's value, or NULL; free with g_free(). */
static gchar *
property (const xmlNode *node, const gchar *name)
{
  xmlChar *v = xmlGetProp (node, (const xmlChar *)name);
  gchar *copy = g_strdup ((const gchar *)v);
  xmlFree (v);
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

static gboolean
has_element_child (const xmlNode *node)
{
  for (const xmlNode *c = node->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      return TRUE;
  return FALSE;
}

/* Whether a type names HTML or XHTML ("html", "xhtml", "text/html", "application/xhtml+xml"). */
static gboolean
type_is_markup (const gchar *type)
{
  return type != NULL && (strstr (type, "html") != NULL || strstr (type, "xml") != NULL);
}

/* Whether a type names plain text ("text", "text/plain"), or none is given in Atom. */
static gboolean
type_is_plain (const gchar *type)
{
  return type != NULL && (g_str_equal (type, "text") || g_str_equal (type, "text/plain"));
}

/* Whether an element of @mode and @type holds base64: Atom 0.3's mode="base64", or an Atom
 * 1.0 type that is a media type neither text nor XML ("application/octet-stream": RFC 4287,
 * 4.1.3.3). */
static gboolean
holds_base64 (const gchar *mode, const gchar *type, gboolean atom)
{
  return (mode != NULL && g_str_equal (mode, "base64"))
         || (atom && type != NULL && strchr (type, '/') != NULL && !g_str_has_prefix (type, "text/")
             && !type_is_markup (type));
}

/* Plain text: white space collapsed line by line, blank lines kept as paragraph breaks. */
static gchar *
plain_text (const gchar *text)
{
  GString *out = g_string_new (NULL);
  g_auto (GStrv) paragraphs = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree gchar *line = precis_markup_collapse_line (paragraphs[i]);
      if (line == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, "\n\n");
      g_string_append (out, line);
    }
  return g_string_free (out, FALSE);
}

/* The text of an element holding HTML (escaped, as in RSS), XHTML, base64 or plain text. */
static gchar *
element_text (xmlNode *node, gboolean atom)
{
  g_autofree gchar *type = property (node, "type");
  g_autofree gchar *mode = property (node, "mode");
  g_autofree gchar *raw = NULL;
  if (holds_base64 (mode, type, atom))
    {
      g_autofree gchar *encoded = content (node);
      gsize n = 0;
      guchar *decoded = g_base64_decode (g_strstrip (encoded), &n);
      raw = g_strndup ((const gchar *)decoded, n);
      g_free (decoded);
      if (!g_utf8_validate (raw, -1, NULL))
        return g_strdup ("");
    }
  else if (has_element_child (node) && !(mode != NULL && g_str_equal (mode, "escaped")))
    {
      /* Inline XHTML (Atom type="xhtml", mode="xml", <xhtml:body>, or naked markup). */
      g_autofree gchar *markup = inner_markup (node);
      return precis_html_fragment_text (markup, -1);
    }
  else
    raw = content (node);
  if ((atom && (type == NULL || type_is_plain (type))) || (!atom && type_is_plain (type)))
    return plain_text (raw);
  if (atom && !type_is_markup (type) && !(mode != NULL && g_str_equal (mode, "escaped")))
    return plain_text (raw); /* another media type: the text as it is */
  return precis_html_fragment_text (raw, -1);
}

/* An element's or a named character reference's name has at most this many bytes. */
#define HTML_NAME_MAX_BYTES 32

/* Whether an RSS title's text looks like HTML, as feedparser tells an RSS element's HTML from
 * plain text: an end tag of an HTML element ("<b>...</b>") or a character reference HTML knows,
 * left after the XML's own were read ("Tom&#8217;s", "&amp;" written "&amp;amp;" or in CDATA).
 * "Vec<T>", "a<b and b<c", "AT&T; Q&A" and a script's or style sheet's tags written about
 * ("&lt;script&gt;alert(1)&lt;/script&gt;") are plain text. */
static gboolean
looks_like_html (const gchar *text)
{
  for (const gchar *p = text; (p = strpbrk (p, "<&")) != NULL; p++)
    {
      gsize n = 0;
      if (*p == '<' && p[1] == '/')
        {
          while (n < HTML_NAME_MAX_BYTES && g_ascii_isalnum (p[2 + n]))
            n++;
          g_autofree gchar *name = g_ascii_strdown (p + 2, (gssize)n);
          /* (a title never holds a script or a style sheet: "</script>" is one written about) */
          if (n > 0 && p[2 + n] == '>' && htmlTagLookup ((const xmlChar *)name) != NULL
              && !g_str_equal (name, "script") && !g_str_equal (name, "style"))
            return TRUE;
        }
      else if (*p == '&')
        {
          gboolean number = p[1] == '#';
          const gchar *q = p + 1 + number;
          gboolean hex = number && (*q == 'x' || *q == 'X');
          q += hex;
          while (n < HTML_NAME_MAX_BYTES
                 && (hex      ? g_ascii_isxdigit (q[n])
                     : number ? g_ascii_isdigit (q[n])
                              : g_ascii_isalnum (q[n])))
            n++;
          if (n == 0 || q[n] != ';')
            continue;
          g_autofree gchar *name = g_strndup (q, n);
          if (number || htmlEntityLookup ((const xmlChar *)name) != NULL)
            return TRUE;
        }
    }
  return FALSE;
}

/* The character of the HTML character reference after an "&" at @p ("amp;", "#8217;",
 * "eacute;"), setting *@len to its bytes after the "&"; 0 when none is there. */
static gunichar
reference_at (const gchar *p, gsize *len)
{
  gboolean number = p[0] == '#';
  const gchar *q = p + number;
  gboolean hex = number && (*q == 'x' || *q == 'X');
  q += hex;
  gsize n = 0;
  while (n < HTML_NAME_MAX_BYTES
         && (hex      ? g_ascii_isxdigit (q[n])
             : number ? g_ascii_isdigit (q[n])
                      : g_ascii_isalnum (q[n])))
    n++;
  if (n == 0 || q[n] != ';' || (number && n > 7))
    return 0;
  g_autofree gchar *name = g_strndup (q, n);
  gunichar ch = 0;
  if (number)
    ch = (gunichar)g_ascii_strtoull (name, NULL, hex ? 16 : 10);
  else
    {
      const htmlEntityDesc *entity = htmlEntityLookup ((const xmlChar *)name);
      ch = entity != NULL ? entity->value : 0;
    }
  if (ch == 0 || !g_unichar_validate (ch))
    return 0;
  *len = (gsize)(q + n + 1 - p);
  return ch;
}

/* @text, already read, with the character references left in it read: they were escaped once
 * too often ("&amp;amp;", "&amp;#8217;" in the feed), as real feeds do, and "&amp;" before a
 * reference is one escaped twice ("&amp;amp;amp;#8217;"). Takes @text. */
static gchar *
unescape_twice_escaped (gchar *text)
{
  if (text == NULL || strchr (text, '&') == NULL)
    return text;
  GString *out = g_string_sized_new (strlen (text));
  for (const gchar *p = text; *p != '\0';)
    {
      gsize len = 0;
      gunichar ch = *p == '&' ? reference_at (p + 1, &len) : 0;
      if (ch == 0)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      p += 1 + len;
      gsize inner = 0;
      gunichar again = ch == '&' ? reference_at (p, &inner) : 0;
      if (again != 0)
        {
          ch = again;
          p += inner;
        }
      g_string_append_unichar (out, ch);
    }
  g_free (text);
  return g_string_free (out, FALSE);
}

/* A title that looks like HTML read as HTML: its text, white space collapsed. */
static gchar *
html_title_text (const gchar *title)
{
  g_autofree gchar *read = precis_html_fragment_text (title, -1);
  return precis_markup_collapse_line (read);
}

gchar *
precis_title_text (const gchar *title)
{
  if (title == NULL)
    return NULL;
  if (!looks_like_html (title))
    return g_strdup (title);
  return html_title_text (title);
}

/* A title: markup removed when the feed says it is HTML (or, in RSS, when it looks like HTML),
 * white space collapsed. */
static gchar *
element_title (xmlNode *node, gboolean atom)
{
  g_autofree gchar *type = property (node, "type");
  g_autofree gchar *mode = property (node, "mode");
  if ((atom && type_is_markup (type)) || has_element_child (node) || holds_base64 (mode, type, atom))
    {
      g_autofree gchar *text = element_text (node, TRUE);
      return precis_markup_collapse_line (text);
    }
  g_autofree gchar *text = content (node);
  if (text != NULL && !atom && !type_is_plain (type) && looks_like_html (text))
    return html_title_text (text);
  return precis_markup_collapse_line (text);
}

/* @href (already trimmed) resolved against @base; NULL when they make no URI. */
static gchar *
build_uri (const gchar *href, const xmlChar *base)
{
  xmlChar *uri = xmlBuildURI ((const xmlChar *)href, base);
  if (uri == NULL)
    return NULL;
  gchar *copy = g_strdup ((const gchar *)uri);
  xmlFree (uri);
  return copy;
}

/* @href resolved against @cdf_base when given (a CDF channel's BASE) and that makes a URI,
 * else against the element's xml:base, white space trimmed; NULL when empty. */
static gchar *
resolve_with (xmlNode *node, const gchar *href, const gchar *cdf_base)
{
  g_autofree gchar *trimmed = precis_markup_collapse_line (href);
  if (trimmed == NULL)
    return NULL;
  gchar *uri = cdf_base != NULL ? build_uri (trimmed, (const xmlChar *)cdf_base) : NULL;
  if (uri != NULL)
    return uri;
  xmlChar *base = xmlNodeGetBase (node->doc, node);
  if (base == NULL)
    return g_steal_pointer (&trimmed);
  uri = build_uri (trimmed, base);
  xmlFree (base);
  return uri != NULL ? uri : g_steal_pointer (&trimmed);
}

/* @href resolved against the element's xml:base, white space trimmed; NULL when empty. */
static gchar *
resolve (xmlNode *node, const gchar *href)
{
  return resolve_with (node, href, NULL);
}

/* A CDF item's @href resolved against the BASE attribute of its nearest channel that has one
 * (CDF's own xml:base), else as resolve() does; NULL when empty. */
static gchar *
cdf_resolve (xmlNode *item, const gchar *href)
{
  g_autofree gchar *base = NULL;
  for (xmlNode *p = item->parent; base == NULL && p != NULL && p->type == XML_ELEMENT_NODE; p = p->parent)
    base = property (p, "BASE");
  return resolve_with (item, href, base);
}

/* ---- Items ---- */

/* The text elements of an item, best first. */
enum
{
  TEXT_FULL,   /* content:encoded, Atom content, xhtml:body, body, fullitem */
  TEXT_BRIEF,  /* description, summary, CDF abstract */
  TEXT_ITUNES, /* itunes:summary */
  TEXT_MEDIA,  /* media:description */
  N_TEXT_KINDS,
};

static gint
text_kind (xmlNode *c, gboolean atom)
{
  if (named (c, "encoded") && (in_namespace (c, NS_CONTENT) || namespace_has (c, "content")))
    return TEXT_FULL;
  if (foreign (c))
    {
      if (named (c, "summary") && namespace_has (c, "itunes"))
        return TEXT_ITUNES;
      if (is_media (c, "description"))
        return TEXT_MEDIA;
      return -1;
    }
  if ((atom && named (c, "content")) || named (c, "body") || named (c, "fullitem"))
    return TEXT_FULL;
  if (named (c, "description") || named (c, "summary") || named_any_case (c, "abstract"))
    return TEXT_BRIEF;
  return -1;
}

/* Whether @c is a date element, and how good: 2 published, 1 updated. */
static gint
date_rank (xmlNode *c)
{
  if (foreign (c))
    return 0;
  if (named (c, "pubDate") || named (c, "published") || named (c, "issued") || named (c, "created")
      || (named (c, "date") && !in_namespace (c, "http://purl.org/dc/terms/")))
    return 2;
  if (named (c, "updated") || named (c, "modified") || named (c, "date"))
    return 1;
  return 0;
}

/* ---- Authors ---- */

/* Whether @c is a byte of an e-mail address's local part (@local) or domain. */
static gboolean
email_byte (gchar c, gboolean local)
{
  return g_ascii_isalnum (c) || c == '.' || c == '-' || (local && (c == '_' || c == '+'));
}

/* An RSS <author>'s or a <dc:creator>'s name, as feedparser reads one: the e-mail address RSS asks for taken
 * out with the brackets around what is left ("sam@w.example (Sam Lee)", "Sam Lee <sam@w.example>": "Sam
 * Lee"), else the address itself when @address allows (NULL when not); NULL when empty. */
static gchar *
rss_author_name (const gchar *raw, gboolean address)
{
  g_autofree gchar *s = precis_markup_collapse_line (raw);
  if (s == NULL)
    return NULL;
  const gchar *at = strchr (s, '@');
  if (at == NULL)
    return g_steal_pointer (&s);
  const gchar *start = at, *end = at + 1;
  while (start > s && email_byte (start[-1], TRUE))
    start--;
  while (*end != '\0' && email_byte (*end, FALSE))
    end++;
  while (end > at + 1 && end[-1] == '.')
    end--; /* a full stop after the address is the sentence's */
  if (start == at || memchr (at + 1, '.', (gsize)(end - at - 1)) == NULL)
    return g_steal_pointer (&s); /* no address: a name with an "@" in it */
  GString *rest = g_string_new_len (s, start - s);
  g_string_append (rest, end);
  /* the brackets that held the address or the name: "()", "<>", "(Sam Lee)" */
  g_autofree gchar *name = g_string_free (rest, FALSE);
  gchar *out = g_strstrip (name);
  for (gchar *p; (p = strstr (out, "()")) != NULL || (p = strstr (out, "<>")) != NULL;)
    memmove (p, p + 2, strlen (p + 2) + 1);
  out = g_strstrip (out);
  gsize n = strlen (out);
  if (n > 0 && out[n - 1] == ')' && out[0] == '(')
    {
      out[n - 1] = '\0';
      out++;
    }
  g_autofree gchar *clean = precis_markup_collapse_line (out);
  if (clean != NULL || !address)
    return g_steal_pointer (&clean);
  return g_strndup (start, (gsize)(end - start)); /* the address alone: feedparser's author */
}

/* An Atom <author>'s (or <contributor>'s) name, else its e-mail address; NULL when neither. */
static gchar *
atom_author_name (xmlNode *author)
{
  gchar *email = NULL;
  for (xmlNode *c = author->children; c != NULL; c = c->next)
    if (named (c, "name") || (email == NULL && named (c, "email")))
      {
        g_autofree gchar *text = content (c);
        gchar *value = precis_markup_collapse_line (text);
        if (value != NULL && named (c, "name"))
          {
            g_free (email);
            return value;
          }
        else if (named (c, "email"))
          {
            g_free (email);
            email = value;
          }
        /* (an empty <name> leaves the e-mail address found before it) */
      }
  return email;
}

/* Whether @c names an author of its item or feed: an Atom or RSS <author>, Dublin Core's
 * <dc:creator>, or a podcast's <itunes:author> (which feedparser reads as the author too). */
static gboolean
is_author (xmlNode *c)
{
  return (named (c, "author") && (!foreign (c) || namespace_has (c, "itunes")))
         || (named (c, "creator") && in_namespace (c, NS_DC));
}

/* Adds the name of the author element @c to @names unless it is there already; an e-mail address
 * alone only when @address allows. */
static void
add_author (GPtrArray *names, xmlNode *c, gboolean address)
{
  gboolean atom_form = has_element_child (c);
  g_autofree gchar *text = atom_form ? NULL : content (c);
  gchar *name = atom_form ? atom_author_name (c) : rss_author_name (text, address);
  if (name == NULL)
    return;
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (names->pdata[i], name))
      {
        g_free (name);
        return;
      }
  g_ptr_array_add (names, name);
}

/* The names in @names joined with ", " (several authors), or NULL when there are none. */
static gchar *
join_authors (GPtrArray *names)
{
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  gchar *joined = g_strjoinv (", ", (gchar **)names->pdata);
  g_ptr_array_remove_index (names, names->len - 1);
  return joined;
}

/* The authors an Atom <feed> names for the entries that name none (RFC 4287, 4.2.1), or NULL. */
static gchar *
feed_authors (xmlNode *feed)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  for (xmlNode *c = feed->children; c != NULL; c = c->next)
    if (named (c, "author") && !foreign (c))
      add_author (names, c, TRUE);
  return join_authors (names);
}

/* Whether @text is an absolute URL (a scheme and a host: "https://site/post/3"). RSS 2.0 makes a
 * <guid> a permalink unless isPermaLink="false", and a permalink is a URL: a guid that is none
 * ("post-3", "ep42", a "tag:" or "urn:" id) is only the item's id, never its link. */
static gboolean
absolute_url (const gchar *text)
{
  g_autoptr (GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  return uri != NULL && g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0';
}

/* The authors an RSS <channel> names for the items that name none: its <dc:creator>,
 * <itunes:author> or <author>, else its <managingEditor> when it gives a name beside the e-mail
 * address it must hold ("ed@t.example (Ed Itor)": "Ed Itor"; an address alone is a mailbox,
 * no writer's name to put on every item); NULL when it names none. */
static gchar *
channel_authors (xmlNode *channel)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  for (xmlNode *c = channel->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && is_author (c))
      add_author (names, c, TRUE);
  for (xmlNode *c = channel->children; c != NULL && names->len == 0; c = c->next)
    if (c->type == XML_ELEMENT_NODE && named (c, "managingEditor") && !foreign (c))
      add_author (names, c, FALSE);
  return join_authors (names);
}

/* Gives @authors to the items of @items from @from on that name no author of their own. */
static void
inherit_authors (GPtrArray *items, guint from, const gchar *authors)
{
  for (guint i = from; authors != NULL && i < items->len; i++)
    {
      PrecisFeedItem *item = items->pdata[i];
      if (item->byline == NULL)
        item->byline = g_strdup (authors);
    }
}

/* Full content shorter than this, and less than half its description, is a stub. */
#define STUB_BYTES 80

static PrecisFeedItem *
read_item (xmlNode *item, gboolean atom)
{
  PrecisFeedItem *out = g_new0 (PrecisFeedItem, 1);
  xmlNode *texts[N_TEXT_KINDS] = { NULL };
  xmlNode *date = NULL;
  gint date_best = 0;
  gchar *permalink = NULL;     /* a guid or id that may be a permalink (feedparser's "guidislink") */
  xmlNode *media_title = NULL; /* <media:title>: the title of an item that has none */
  g_autoptr (GPtrArray) authors = g_ptr_array_new_with_free_func (g_free);
  for (xmlNode *c = item->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (media_title == NULL && is_media (c, "title"))
        media_title = c;
      gint kind = text_kind (c, atom);
      if (kind >= 0)
        {
          if (texts[kind] == NULL)
            texts[kind] = c;
          continue;
        }
      if (is_media (c, "group"))
        {
          /* Media RSS groups the media's own elements: its description is the item's too */
          for (xmlNode *g = c->children; g != NULL; g = g->next)
            {
              if (texts[TEXT_MEDIA] == NULL && text_kind (g, atom) == TEXT_MEDIA)
                texts[TEXT_MEDIA] = g;
              if (media_title == NULL && is_media (g, "title"))
                media_title = g;
            }
          continue;
        }
      if (is_author (c))
        {
          add_author (authors, c, TRUE);
          continue;
        }
      if (foreign (c))
        continue;
      gint rank = date_rank (c);
      if (named_any_case (c, "title") && out->title == NULL)
        out->title = unescape_twice_escaped (element_title (c, atom));
      else if (rank > 0 && rank >= date_best)
        {
          /* the last of the best kind, as feedparser keeps the last of repeated values */
          date = c;
          date_best = rank;
        }
      else if (named (c, "link"))
        {
          /* As feedparser reads links: the last that is either an alternate HTML link or a
           * link written as text (whatever its rel, so an Atom enclosure written as text
           * counts too) is the item's. */
          g_autofree gchar *href = property (c, "href");
          g_autofree gchar *rel = property (c, "rel");
          g_autofree gchar *type = property (c, "type");
          gchar *link = NULL;
          if (href != NULL && (rel == NULL || g_str_equal (rel, "alternate"))
              && (type == NULL || strstr (type, "html") != NULL))
            link = resolve (c, href);
          else if (href == NULL)
            {
              g_autofree gchar *text = content (c);
              link = resolve (c, text);
            }
          if (link != NULL)
            {
              g_free (out->link);
              out->link = link;
            }
        }
      else if ((named (c, "guid") || named (c, "id")) && out->id == NULL)
        {
          g_autofree gchar *id = content (c);
          out->id = precis_markup_collapse_line (id);
          g_autofree gchar *is_permalink = property (c, "isPermaLink");
          if (out->id != NULL && (is_permalink == NULL || g_ascii_strcasecmp (is_permalink, "false") != 0)
              && absolute_url (out->id))
            permalink = g_strdup (out->id);
        }
    }
  out->byline = join_authors (authors);
  if (out->link == NULL && permalink != NULL)
    out->link = g_steal_pointer (&permalink);
  g_free (permalink);
  /* (a tool's default, "Untitled", names no story: the item has none) */
  if (precis_markup_is_default_title (out->title))
    g_clear_pointer (&out->title, g_free);
  /* (its type="html" as Atom's: markup removed) */
  if (out->title == NULL && media_title != NULL)
    out->title = unescape_twice_escaped (element_title (media_title, TRUE));
  if (precis_markup_is_default_title (out->title))
    g_clear_pointer (&out->title, g_free);
  /* CDF: the link is the item's href, the date its LASTMOD. */
  if (out->link == NULL)
    {
      g_autofree gchar *href = property (item, "HREF");
      if (href == NULL)
        href = property (item, "href");
      if (href != NULL)
        out->link = cdf_resolve (item, href);
    }
  /* RSS 1.0: the item's rdf:about is its id. */
  if (out->id == NULL)
    {
      xmlChar *about = xmlGetNsProp (item, (const xmlChar *)"about", (const xmlChar *)NS_RDF);
      out->id = precis_markup_collapse_line ((const gchar *)about);
      xmlFree (about);
    }
  if (date != NULL)
    {
      g_autofree gchar *raw = content (date);
      out->date = precis_markup_collapse_line (raw);
    }
  else
    {
      g_autofree gchar *lastmod = property (item, "LASTMOD");
      out->date = precis_markup_collapse_line (lastmod);
    }
  out->time = precis_date_parse (out->date);
  /* A feed's date is a machine's (RFC 822 in RSS, RFC 3339 in Atom): one that cannot be read
   * ("not a date") is none, never printed as if it were one. */
  if (out->time == G_MININT64)
    g_clear_pointer (&out->date, g_free);
  for (gint k = 0; k < N_TEXT_KINDS && (out->text == NULL || out->text[0] == '\0'); k++)
    if (texts[k] != NULL)
      {
        g_free (out->text);
        out->text = unescape_twice_escaped (element_text (texts[k], atom));
        /* Full content that is a stub ("Full notes.", "Read more"), beside a description that
         * says more, is no article: the description is. */
        if (k == TEXT_FULL && texts[TEXT_BRIEF] != NULL && out->text != NULL
            && strlen (out->text) < STUB_BYTES)
          {
            gchar *brief = unescape_twice_escaped (element_text (texts[TEXT_BRIEF], atom));
            if (brief != NULL && strlen (brief) > 2 * strlen (out->text))
              {
                g_free (out->text);
                out->text = brief;
              }
            else
              g_free (brief);
          }
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
    if (named_any_case (c, "title") && !foreign (c))
      return unescape_twice_escaped (element_title (c, atom));
  return NULL;
}

/* The address of @channel's site: its RSS <link> when that is an absolute address with a host;
 * else NULL. */
static gchar *
channel_link (xmlNode *channel)
{
  for (xmlNode *c = channel->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && named (c, "link") && !foreign (c)
        && !xmlHasProp (c, (const xmlChar *)"href"))
      {
        g_autofree gchar *text = content (c);
        gchar *link = precis_markup_collapse_line (text);
        g_autoptr (GUri) uri = link != NULL ? g_uri_parse (link, G_URI_FLAGS_NONE, NULL) : NULL;
        if (uri != NULL && g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0')
          return link;
        g_free (link);
        return NULL;
      }
  return NULL;
}

/* An RSS item's link written relative ("/story/1"), which no xml:base resolved, resolved against
 * its channel's @site (the channel's <link>), as a reader follows it from the channel's page. */
static void
resolve_against_channel (PrecisFeedItem *item, const gchar *site)
{
  if (item->link == NULL || site == NULL || g_uri_peek_scheme (item->link) != NULL)
    return;
  gchar *uri = build_uri (item->link, (const xmlChar *)site);
  if (uri != NULL)
    {
      g_free (item->link);
      item->link = uri;
    }
}

/* Adds the items under @parent (RSS 1.1's <items> list too), and those of nested channels; an
 * RSS item's relative link resolved against @site, its channel's <link>, else, for items beside
 * a channel (RSS 1.0), that channel's. */
static void
add_items (GPtrArray *items, xmlNode *parent, gchar **feed_title, guint depth, const gchar *language,
           const gchar *site)
{
  g_autofree gchar *beside = NULL;
  for (xmlNode *c = parent->children; c != NULL && site == NULL && beside == NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && named_any_case (c, "channel"))
      beside = channel_link (c);
  for (xmlNode *c = parent->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      gboolean atom = named (c, "entry");
      if (named_any_case (c, "item") || atom)
        {
          PrecisFeedItem *item = read_item (c, atom);
          item->language = item_language (c, language);
          if (!atom)
            resolve_against_channel (item, site != NULL ? site : beside);
          g_ptr_array_add (items, item);
        }
      else if (depth < 2 && (named_any_case (c, "channel") || named (c, "items")))
        {
          gboolean channel = named_any_case (c, "channel");
          if (feed_title != NULL && *feed_title == NULL && channel)
            *feed_title = child_title (c, FALSE);
          g_autofree gchar *declared = channel ? channel_language (c) : NULL;
          /* (a channel's items go by its own link; a list of items by the site around it) */
          g_autofree gchar *link = channel ? channel_link (c) : NULL;
          guint first = items->len;
          add_items (items, c, feed_title, depth + 1, declared != NULL ? declared : language,
                     channel        ? link
                     : site != NULL ? site
                                    : beside);
          if (channel)
            {
              g_autofree gchar *authors = channel_authors (c);
              inherit_authors (items, first, authors);
            }
        }
    }
}

/* ---- Parsing ---- */

/* What a strict reading found wrong: its first error (where the fault is: an unclosed <b> in
 * one item is reported at the end tag it meets, where the last error is only the end of the
 * data that follows from it), the last error's code, and whether an end tag met the wrong
 * start tag (the mark of a fault in the markup, where a document cut short has none). */
typedef struct
{
  gchar *reason; /* "line N: message" of the first error */
  gchar *last;   /* and of the last */
  gint last_code;
  gboolean mismatch;
  glong mismatch_at; /* the byte where the first such end tag was read */
} ParseFault;

/* libxml2's structured error handler (kept even under XML_PARSE_NOERROR): @data is the
 * parser's context, whose _private holds the ParseFault. (libxml2 2.12 made the error const.) */
static void
#if LIBXML_VERSION >= 21200
note_fault (void *data, const xmlError *e)
#else
note_fault (void *data, xmlErrorPtr e)
#endif
{
  xmlParserCtxtPtr ctxt = data;
  ParseFault *f = ctxt != NULL ? ctxt->_private : NULL;
  if (f == NULL || e == NULL || e->level < XML_ERR_ERROR)
    return;
  if (e->message != NULL)
    {
      g_autofree gchar *message = g_strstrip (g_strdup (e->message));
      g_free (f->last);
      f->last = g_strdup_printf ("line %d: %s", e->line, message);
      if (f->reason == NULL)
        f->reason = g_strdup (f->last);
    }
  f->last_code = e->code;
  if (e->code == XML_ERR_TAG_NAME_MISMATCH && !f->mismatch)
    {
      f->mismatch = TRUE;
      f->mismatch_at = xmlByteConsumed (ctxt);
    }
}

/* Whether @p, inside @xml up to @end, starts the tag "<@name" (its name ends there). */
static gboolean
starts_tag (const gchar *p, const gchar *end, const gchar *name)
{
  gsize k = strlen (name);
  if ((gsize)(end - p) <= k || memcmp (p, name, k) != 0)
    return FALSE;
  return p[k] == '>' || p[k] == '/' || g_ascii_isspace (p[k]);
}

/* The byte where the last item or entry starts when its end tag is missing (the item the
 * data of a feed cut short ends in), else @n: the end. */
static gsize
unclosed_item (const gchar *xml, gsize n)
{
  const gchar *end = xml + n;
  for (const gchar *p = end - 1; p >= xml; p--)
    {
      if (*p != '<')
        continue;
      if (starts_tag (p, end, "</item") || starts_tag (p, end, "</entry"))
        {
          /* (closed only when its end tag is whole: "</item>") */
          const gchar *q = p + 2;
          while (q < end && *q != '>')
            q++;
          if (q < end)
            return n;
        }
      else if (starts_tag (p, end, "<item") || starts_tag (p, end, "<entry"))
        return (gsize)(p - xml);
    }
  return n;
}

/* The document, or NULL; when @fault is given, what a strict reading found wrong is noted in
 * it (its reason when not set yet). libxml2 reads the bytes a block at a time: given them as
 * one buffer, it would copy them whole into its input buffer and again through its UTF-8
 * "conversion" (a 20 MB feed: 73 MB beside the tree); read so, a block or two are held. */
static xmlDocPtr
parse (const gchar *xml, gsize n, gboolean recover, ParseFault *fault)
{
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    return NULL;
  ParseFault found = { 0 };
  if (fault != NULL && ctxt->sax != NULL)
    {
      ctxt->_private = &found;
      ctxt->sax->serror = note_fault;
    }
  /* No XML_PARSE_NOENT (entities are not substituted from outside the document) and no DTD
   * loading; libxml2 bounds entity expansion itself. The bytes are UTF-8 by now. */
  gint options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  if (recover)
    options |= XML_PARSE_RECOVER;
  /* (a UTF-8 byte order mark is skipped here: libxml2 skips it in a buffer, not when read) */
  gsize bom = precis_bom_len (xml, n);
  PrecisMarkupReader reader = { xml, n, bom, NULL, 0, 0 };
  xmlDocPtr doc = xmlCtxtReadIO (ctxt, precis_markup_reader_read, NULL, &reader, NULL, "UTF-8", options);
  if (doc != NULL && !recover && !ctxt->wellFormed)
    g_clear_pointer (&doc, xmlFreeDoc);
  if (doc == NULL && fault != NULL)
    {
      if (found.reason == NULL)
        {
          const xmlError *e = xmlCtxtGetLastError (ctxt);
          found.last_code = e != NULL ? e->code : 0;
          g_autofree gchar *message
              = e != NULL && e->message != NULL ? g_strstrip (g_strdup (e->message)) : NULL;
          found.reason = message != NULL ? g_strdup_printf ("line %d: %s", e->line, message)
                                         : g_strdup ("line 1: no document");
        }
      if (fault->reason == NULL)
        {
          *fault = found;
          found = (ParseFault){ 0 };
        }
    }
  g_free (found.reason);
  g_free (found.last);
  ctxt->_private = NULL;
  xmlFreeParserCtxt (ctxt);
  return doc;
}

/* The length of the reference that starts at @p ("&name;", "&#38;", "&#x26;"), 0 when the
 * "&" starts none (a bare "&", as in an unescaped query string); *@name_len is the length
 * of its name, 0 for a numeric one. */
static gsize
reference_length (const gchar *p, const gchar *end, gsize *name_len)
{
  const gchar *q = p + 1;
  *name_len = 0;
  if (q < end && *q == '#')
    {
      q++;
      gboolean hex = q < end && (*q == 'x' || *q == 'X');
      const gchar *digits = hex ? ++q : q;
      while (q < end && q - p < 32 && (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q)))
        q++;
      return q > digits && q < end && *q == ';' ? (gsize)(q - p + 1) : 0;
    }
  while (q < end && q - p < 32 && (g_ascii_isalnum (*q) || *q == '_' || *q == '-' || *q == '.' || *q == ':'))
    q++;
  if (q == p + 1 || q >= end || *q != ';' || !(g_ascii_isalpha (p[1]) || p[1] == '_' || p[1] == ':'))
    return 0;
  *name_len = (gsize)(q - p - 1);
  return (gsize)(q - p + 1);
}

/* @xml with every HTML named entity that XML does not define (&eacute; as RSS 0.91's DTD
 * has it) made a numeric reference, and every bare "&" written "&amp;" (feedparser's loose
 * reading keeps "?a=1&b=2" whole; libxml2's recovery would drop "&b"); NULL when nothing
 * changes, else the repaired text with its length in *@out_len. Other named references are
 * left to the document's own DTD. */
static gchar *
repair_references (const gchar *xml, gsize n, gsize *out_len)
{
  GString *out = NULL;
  const gchar *end = xml + n, *done = xml;
  for (const gchar *p = xml; p < end; p++)
    {
      if (*p == '<' && end - p > 9 && memcmp (p, "<![CDATA[", 9) == 0)
        {
          /* CDATA holds no references: its text is left as written */
          const gchar *close = g_strstr_len (p + 9, end - p - 9, "]]>");
          p = close != NULL ? close + 2 : end - 1;
          continue;
        }
      if (*p != '&')
        continue;
      gsize name_len = 0;
      gsize ref = reference_length (p, end, &name_len);
      const htmlEntityDesc *entity = NULL;
      if (ref > 0 && name_len > 0)
        {
          gchar name[32]; /* reference_length() stops names short of 32 bytes */
          memcpy (name, p + 1, name_len);
          name[name_len] = '\0';
          if (g_str_equal (name, "amp") || g_str_equal (name, "lt") || g_str_equal (name, "gt")
              || g_str_equal (name, "quot") || g_str_equal (name, "apos"))
            continue;
          if ((entity = htmlEntityLookup ((const xmlChar *)name)) == NULL)
            continue;
        }
      else if (ref > 0)
        continue;
      if (out == NULL)
        out = g_string_sized_new (n + 64);
      g_string_append_len (out, done, p - done);
      if (entity != NULL)
        {
          g_string_append_printf (out, "&#%u;", entity->value);
          done = p + ref;
        }
      else
        {
          g_string_append (out, "&amp;");
          done = p + 1;
        }
    }
  if (out == NULL)
    return NULL;
  g_string_append_len (out, done, end - done);
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

GPtrArray *
precis_feed_parse (const gchar *xml, gssize len, gchar **feed_title, GError **error)
{
  g_return_val_if_fail (xml != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (feed_title != NULL)
    *feed_title = NULL;
  gsize n = len < 0 ? strlen (xml) : (gsize)len;
  if (precis_jsonfeed_detect (xml, n))
    return precis_jsonfeed_parse (xml, n, feed_title, error);
  /* A UTF-8 byte-order mark before bytes that are not UTF-8 is no character of the legacy
   * encoding the rest is then read in ("ï»¿" in windows-1252, before the root): it goes, as
   * feedparser lets it go. */
  gsize bom = precis_bom_len (xml, n);
  if (bom > 0 && !precis_markup_is_utf8 (xml, n))
    {
      xml += bom;
      n -= bom;
    }
  g_autofree gchar *converted = precis_markup_to_utf8 (xml, n, error);
  if (converted == NULL && error != NULL && *error != NULL)
    return NULL;
  if (converted != NULL)
    {
      xml = converted;
      n = strlen (converted);
    }
  if (!precis_markup_prepare (xml, n, "feed", error))
    return NULL;

  /* A feed with a DOCTYPE (RSS 0.91's) may use the HTML entities its DTD defines, which is
   * not loaded: they are made numeric first, or libxml2 would drop them. */
  g_autofree gchar *numeric = NULL;
  if (g_strstr_len (xml, (gssize)MIN (n, 4096), "<!DOCTYPE") != NULL
      && (numeric = repair_references (xml, n, &n)) != NULL)
    xml = numeric;
  ParseFault fault = { 0 };
  xmlDocPtr doc = n > 0 ? parse (xml, n, FALSE, &fault) : NULL;
  g_autofree gchar *reason = fault.reason;
  g_autofree gchar *last = fault.last;
  /* A document cut short is refused (with its last error, the end of the data): recovery
   * would make items of its fragments. One whose end is missing only because an end tag met
   * the wrong start tag before the item the data ends in (an item's unclosed <b>) is not cut
   * short: recovery closes the tag and keeps every item, and when even recovery fails, the
   * first error names the fault. A wrong end tag inside that last item is the cut's own
   * ("...</ti"). */
  gboolean truncated
      = (fault.last_code == XML_ERR_TAG_NOT_FINISHED || fault.last_code == XML_ERR_DOCUMENT_EMPTY)
        && (!fault.mismatch || fault.mismatch_at < 0 || (gsize)fault.mismatch_at >= unclosed_item (xml, n));
  if (truncated && last != NULL)
    {
      g_free (reason);
      reason = g_steal_pointer (&last);
    }
  if (doc == NULL && n > 0 && !truncated)
    {
      gsize fixed_len = n;
      g_autofree gchar *fixed = repair_references (xml, n, &fixed_len);
      if (fixed != NULL)
        doc = parse (fixed, fixed_len, FALSE, NULL);
      if (doc == NULL)
        doc = parse (fixed != NULL ? fixed : xml, fixed_len, TRUE, NULL);
    }
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL || !is_feed_root ((const gchar *)root->name))
    {
      if (root != NULL && reason == NULL)
        g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_MALFORMED,
                     "an XML document, but not an RSS, Atom or CDF feed (its root is <%s>)",
                     (const gchar *)root->name);
      else
        g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_MALFORMED, "not a well-formed XML document (%s)",
                     reason != NULL ? reason : "line 1: empty");
      xmlFreeDoc (doc);
      return NULL;
    }

  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify)precis_feed_item_free);
  if (named (root, "feed"))
    {
      if (feed_title != NULL)
        *feed_title = child_title (root, TRUE);
      add_items (items, root, NULL, 1, NULL, NULL);
      g_autofree gchar *authors = feed_authors (root);
      inherit_authors (items, 0, authors);
    }
  else if (named_any_case (root, "channel"))
    {
      if (feed_title != NULL)
        *feed_title = child_title (root, FALSE);
      g_autofree gchar *site = channel_link (root);
      add_items (items, root, NULL, 1, NULL, site);
      g_autofree gchar *authors = channel_authors (root);
      inherit_authors (items, 0, authors);
    }
  else
    add_items (items, root, feed_title, 0, NULL, NULL); /* RSS 2.0: inside <channel>; RSS 1.0: beside it */
  xmlFreeDoc (doc);
  return items;
}
