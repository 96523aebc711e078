/* html.c - the HTML input stage: an HTML page in, its article's text out (paragraphs separated
 * by blank lines), ready for the summariser. See precis_html_extract() in precis.h.
 *
 * libxml2's HTML parser builds the tree (it recovers from broken markup, decodes entities and
 * converts the page's encoding to UTF-8). Two walks over it, both iterative so that a deeply
 * nested page cannot exhaust the stack: the first finds the candidate containers and the
 * title; the second collects the text of the chosen container block by block, leaving out
 * the page furniture. Each walk visits every node once.
 */
#include "config.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <string.h>

#include "input/date.h"
#include "input/markup.h"

/* Elements whose content is never article text. */
static const gchar *const skipped_elements[] = {
  "script", "style",  "noscript", "template", "nav",    "header", "footer", "aside",
  "form",   "menu",   "iframe",   "svg",      "button", "select", "figure", "object",
  "embed",  "canvas", "dialog",   "textarea", "audio",  "video",  "head",
};

/* Elements that end one paragraph and start another. */
static const gchar *const block_elements[] = {
  "p",    "div",        "h1",         "h2", "h3", "h4",    "h5",      "h6",   "li", "ul",
  "ol",   "blockquote", "pre",        "br", "hr", "table", "tr",      "td",   "th", "section",
  "main", "article",    "figcaption", "dd", "dt", "dl",    "address", "body",
};

/* ARIA roles of page furniture. */
static const gchar *const skipped_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert",
};

/* Words that, as a whole word of an element's class or id, mark it as page furniture. */
static const gchar *const furniture_words[] = {
  "nav",        "navbar",    "navigation", "menu",        "header",        "footer",    "masthead", "sidebar",
  "ad",         "ads",       "advert",     "adverts",     "advertisement", "sponsored", "promo",    "cookie",
  "cookies",    "consent",   "share",      "sharing",     "social",        "comments",  "comment",  "related",
  "newsletter", "subscribe", "breadcrumb", "breadcrumbs", "popup",         "modal",     "skip",
};

/* A block whose text is mostly inside links and shorter than this is a list of links. */
#define LINK_BLOCK_MAX_BYTES 300

static gboolean
name_in (const xmlChar *name, const gchar *const *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp ((const gchar *)name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_element (const xmlNode *node, const gchar *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL
         && g_ascii_strcasecmp ((const gchar *)node->name, name) == 0;
}

/* The attribute's value, or NULL; free with xmlFree(). */
static gchar *
attribute (const xmlNode *node, const gchar *name)
{
  return (gchar *)xmlGetProp (node, (const xmlChar *)name);
}

/* Whether a class or id value holds one of the furniture words as a whole word. */
static gboolean
names_furniture (const gchar *value)
{
  if (value == NULL)
    return FALSE;
  const gchar *p = value;
  while (*p != '\0')
    {
      while (*p != '\0' && !g_ascii_isalnum (*p))
        p++;
      const gchar *start = p;
      while (g_ascii_isalnum (*p))
        p++;
      gsize n = (gsize)(p - start);
      for (gsize i = 0; n > 0 && i < G_N_ELEMENTS (furniture_words); i++)
        if (strlen (furniture_words[i]) == n && g_ascii_strncasecmp (start, furniture_words[i], n) == 0)
          return TRUE;
    }
  return FALSE;
}

/* Whether an element (not the chosen container) is left out with all its content. */
static gboolean
is_furniture (const xmlNode *node)
{
  if (node->name == NULL || name_in (node->name, skipped_elements, G_N_ELEMENTS (skipped_elements)))
    return TRUE;
  if (xmlHasProp (node, (const xmlChar *)"hidden") != NULL)
    return TRUE;
  gchar *aria_hidden = attribute (node, "aria-hidden");
  gchar *role = attribute (node, "role");
  gchar *style = attribute (node, "style");
  gchar *klass = attribute (node, "class");
  gchar *id = attribute (node, "id");
  gboolean skip
      = (aria_hidden != NULL && g_ascii_strcasecmp (aria_hidden, "true") == 0)
        || (role != NULL && name_in ((const xmlChar *)role, skipped_roles, G_N_ELEMENTS (skipped_roles)))
        || names_furniture (klass) || names_furniture (id);
  if (!skip && style != NULL)
    {
      g_autofree gchar *compact = g_ascii_strdown (style, -1);
      gchar *w = compact;
      for (const gchar *r = compact; *r != '\0'; r++)
        if (!g_ascii_isspace (*r))
          *w++ = *r;
      *w = '\0';
      skip = strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL;
    }
  xmlFree (aria_hidden);
  xmlFree (role);
  xmlFree (style);
  xmlFree (klass);
  xmlFree (id);
  return skip;
}

/* Walks the subtree under @root in document order without recursion. @enter is called on
 * each node and returns whether to visit its children; @leave is called on each node whose
 * children were visited (or could have been), after them. */
typedef gboolean (*EnterFunc) (xmlNode *node, gpointer data);
typedef void (*LeaveFunc) (xmlNode *node, gpointer data);

static void
walk (xmlNode *root, EnterFunc enter, LeaveFunc leave, gpointer data)
{
  xmlNode *n = root;
  for (;;)
    {
      gboolean descend = enter (n, data);
      if (descend && n->children != NULL)
        {
          n = n->children;
          continue;
        }
      if (descend)
        leave (n, data);
      while (n != root && n->next == NULL)
        {
          n = n->parent;
          leave (n, data);
        }
      if (n == root)
        return;
      n = n->next;
    }
}

/* ---- First walk: containers and title ---- */

typedef struct
{
  GPtrArray *articles; /* outermost <article> elements */
  guint article_depth;
  xmlNode *main; /* first <main> or role="main" */
  xmlNode *body;
  xmlNode *h1; /* first <h1> */
  gchar *og_title;
  gchar *title;
  /* The page's metadata, each the first found (xmlFree). */
  gchar *site;      /* og:site_name */
  gchar *app_name;  /* <meta name="application-name"> */
  gchar *canonical; /* <link rel="canonical" href> */
  gchar *og_url;
  gchar *published; /* article:published_time, or a date meta name, or itemprop datePublished */
  gchar *time;      /* the first <time datetime> inside an <article> */
} Survey;

/* Names of <meta> elements that carry a page's publication date. */
static const gchar *const date_meta_names[]
    = { "article:published_time", "date",    "dc.date",     "dc.date.issued", "dcterms.date",
        "dcterms.created",        "pubdate", "publishdate", "publish-date",   "sailthru.date",
        "parsely-pub-date" };

/* Keeps @value in *@slot when the slot is empty; frees it otherwise. */
static void
keep_first (gchar **slot, gchar *value)
{
  if (*slot == NULL && value != NULL && value[0] != '\0')
    *slot = value;
  else
    xmlFree (value);
}

static void
survey_meta (Survey *s, xmlNode *node)
{
  gchar *property = attribute (node, "property");
  gchar *name = attribute (node, "name");
  gchar *itemprop = attribute (node, "itemprop");
  const gchar *key = property != NULL ? property : name;
  if (key != NULL && g_ascii_strcasecmp (key, "og:title") == 0)
    keep_first (&s->og_title, attribute (node, "content"));
  else if (key != NULL && g_ascii_strcasecmp (key, "og:site_name") == 0)
    keep_first (&s->site, attribute (node, "content"));
  else if (key != NULL && g_ascii_strcasecmp (key, "og:url") == 0)
    keep_first (&s->og_url, attribute (node, "content"));
  else if (name != NULL && g_ascii_strcasecmp (name, "application-name") == 0)
    keep_first (&s->app_name, attribute (node, "content"));
  else if (itemprop != NULL && g_ascii_strcasecmp (itemprop, "datePublished") == 0)
    keep_first (&s->published, attribute (node, "content"));
  else if (key != NULL)
    for (gsize i = 0; i < G_N_ELEMENTS (date_meta_names); i++)
      if (g_ascii_strcasecmp (key, date_meta_names[i]) == 0)
        keep_first (&s->published, attribute (node, "content"));
  xmlFree (property);
  xmlFree (name);
  xmlFree (itemprop);
}

static gboolean
survey_enter (xmlNode *node, gpointer data)
{
  Survey *s = data;
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (is_element (node, "script") || is_element (node, "style"))
    return FALSE;
  if (is_element (node, "article"))
    {
      if (s->article_depth++ == 0)
        g_ptr_array_add (s->articles, node);
    }
  else if (s->body == NULL && is_element (node, "body"))
    s->body = node;
  else if (s->h1 == NULL && is_element (node, "h1"))
    s->h1 = node;
  else if (s->title == NULL && is_element (node, "title"))
    s->title = (gchar *)xmlNodeGetContent (node);
  else if (is_element (node, "meta"))
    survey_meta (s, node);
  else if (is_element (node, "link"))
    {
      gchar *rel = attribute (node, "rel");
      if (rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0)
        keep_first (&s->canonical, attribute (node, "href"));
      xmlFree (rel);
    }
  else if (s->article_depth > 0 && is_element (node, "time"))
    keep_first (&s->time, attribute (node, "datetime"));
  if (s->main == NULL)
    {
      gchar *role = attribute (node, "role");
      if (is_element (node, "main") || (role != NULL && g_ascii_strcasecmp (role, "main") == 0))
        s->main = node;
      xmlFree (role);
    }
  return TRUE;
}

static void
survey_leave (xmlNode *node, gpointer data)
{
  Survey *s = data;
  if (is_element (node, "article"))
    s->article_depth--;
}

/* ---- Second walk: the text ---- */

typedef struct
{
  xmlNode *root;
  GString *out;
  GString *block;
  gsize link_bytes;
  guint link_depth;
  xmlNode *first_h1; /* first <h1> inside the container */
} Collect;

static void
end_block (Collect *c)
{
  while (c->block->len > 0 && c->block->str[c->block->len - 1] == ' ')
    g_string_truncate (c->block, c->block->len - 1);
  gboolean links = c->link_bytes * 2 >= c->block->len && c->block->len < LINK_BLOCK_MAX_BYTES;
  if (c->block->len > 0 && !links)
    {
      if (c->out->len > 0)
        g_string_append (c->out, "\n\n");
      g_string_append_len (c->out, c->block->str, c->block->len);
    }
  g_string_truncate (c->block, 0);
  c->link_bytes = 0;
}

static gboolean
collect_enter (xmlNode *node, gpointer data)
{
  Collect *c = data;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        {
          gsize added = precis_markup_append_collapsed (c->block, (const gchar *)node->content);
          if (c->link_depth > 0)
            c->link_bytes += added;
        }
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (node != c->root && is_furniture (node))
    return FALSE;
  if (name_in (node->name, block_elements, G_N_ELEMENTS (block_elements)))
    end_block (c);
  if (is_element (node, "a"))
    c->link_depth++;
  if (c->first_h1 == NULL && is_element (node, "h1"))
    c->first_h1 = node;
  return TRUE;
}

static void
collect_leave (xmlNode *node, gpointer data)
{
  Collect *c = data;
  if (node->type != XML_ELEMENT_NODE)
    return;
  if (name_in (node->name, block_elements, G_N_ELEMENTS (block_elements)))
    end_block (c);
  if (is_element (node, "a") && c->link_depth > 0)
    c->link_depth--;
}

/* The text of the container @root; sets *first_h1 to its first heading (or leaves it). */
static gchar *
collect_text (xmlNode *root, xmlNode **first_h1)
{
  Collect c = { root, g_string_new (NULL), g_string_new (NULL), 0, 0, NULL };
  walk (root, collect_enter, collect_leave, &c);
  end_block (&c);
  g_string_free (c.block, TRUE);
  if (first_h1 != NULL && c.first_h1 != NULL)
    *first_h1 = c.first_h1;
  return g_string_free (c.out, FALSE);
}

gboolean
precis_looks_like_html (const gchar *data, gssize len)
{
  static const gchar *const openings[] = { "<!doctype html", "<html", "<head", "<body" };
  return precis_markup_opens_with (data, len, openings, G_N_ELEMENTS (openings));
}

void
precis_page_free (PrecisPage *page)
{
  if (page == NULL)
    return;
  g_free (page->text);
  g_free (page->title);
  g_free (page->site);
  g_free (page->url);
  g_free (page->date);
  g_free (page->language);
  g_free (page);
}

/* An address as a link would have it: http(s) only, white space trimmed; NULL otherwise. */
static gchar *
link_address (const gchar *url)
{
  g_autofree gchar *line = precis_markup_collapse_line (url);
  if (line == NULL
      || (g_ascii_strncasecmp (line, "http://", 7) != 0 && g_ascii_strncasecmp (line, "https://", 8) != 0)
      || strchr (line, ' ') != NULL)
    return NULL;
  return g_steal_pointer (&line);
}

PrecisPage *
precis_html_read (const gchar *html, gssize len, GError **error)
{
  g_return_val_if_fail (html != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  gsize n = len < 0 ? strlen (html) : (gsize)len;
  if (!precis_markup_prepare (html, n, "page", error))
    return NULL;
  PrecisPage *page = g_new0 (PrecisPage, 1);
  if (n == 0)
    {
      page->text = g_strdup ("");
      return page;
    }

  /* A page that is valid UTF-8 is read as UTF-8 whatever it declares (libxml2 would
   * otherwise assume ISO-8859-1 for a page without a declaration); any other page is read in
   * the encoding it declares. */
  const gchar *encoding = g_utf8_validate (html, (gssize)n, NULL) ? "UTF-8" : NULL;
  htmlDocPtr doc
      = htmlReadMemory (html, (int)n, NULL, encoding,
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  xmlNode *top = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (top == NULL)
    {
      xmlFreeDoc (doc);
      page->text = g_strdup ("");
      return page;
    }

  Survey s = { g_ptr_array_new (), 0, NULL, NULL, NULL, NULL, NULL };
  walk (top, survey_enter, survey_leave, &s);

  gchar *text = NULL;
  gsize text_len = 0;
  xmlNode *h1 = NULL;
  for (guint i = 0; i < s.articles->len; i++)
    {
      xmlNode *candidate_h1 = NULL;
      gchar *candidate = collect_text (s.articles->pdata[i], &candidate_h1);
      gsize candidate_len = strlen (candidate);
      if (text == NULL || candidate_len > text_len)
        {
          g_free (text);
          text = candidate;
          text_len = candidate_len;
          h1 = candidate_h1;
        }
      else
        g_free (candidate);
    }
  if (text == NULL || text[0] == '\0')
    {
      g_free (text);
      xmlNode *root = s.main != NULL ? s.main : s.body != NULL ? s.body : top;
      text = collect_text (root, &h1);
    }
  page->text = text;

  gchar *h1_text = h1 != NULL ? (gchar *)xmlNodeGetContent (h1) : NULL;
  if (h1_text == NULL && s.h1 != NULL)
    h1_text = (gchar *)xmlNodeGetContent (s.h1);
  page->title = precis_markup_collapse_line (h1_text);
  if (page->title == NULL)
    page->title = precis_markup_collapse_line (s.og_title);
  if (page->title == NULL)
    page->title = precis_markup_collapse_line (s.title);
  xmlFree (h1_text);
  page->site = precis_markup_collapse_line (s.site != NULL ? s.site : s.app_name);
  page->url = link_address (s.canonical);
  if (page->url == NULL)
    page->url = link_address (s.og_url);
  page->date = precis_markup_collapse_line (s.published != NULL ? s.published : s.time);
  xmlChar *lang = xmlGetProp (top, (const xmlChar *)"lang");
  if (lang == NULL)
    lang = xmlNodeGetLang (top);
  page->language = precis_markup_collapse_line ((const gchar *)lang);
  xmlFree (lang);

  gchar **owned[]
      = { &s.og_title, &s.title, &s.site, &s.app_name, &s.canonical, &s.og_url, &s.published, &s.time };
  for (gsize i = 0; i < G_N_ELEMENTS (owned); i++)
    xmlFree (*owned[i]);
  g_ptr_array_free (s.articles, TRUE);
  xmlFreeDoc (doc);
  return page;
}

gchar *
precis_html_extract (const gchar *html, gssize len, gchar **title, GError **error)
{
  if (title != NULL)
    *title = NULL;
  PrecisPage *page = precis_html_read (html, len, error);
  if (page == NULL)
    return NULL;
  gchar *text = g_steal_pointer (&page->text);
  if (title != NULL)
    *title = g_steal_pointer (&page->title);
  precis_page_free (page);
  return text;
}
