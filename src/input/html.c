/* html.c - the HTML input stage: an HTML page in, its article's text out (paragraphs separated
 * by blank lines), ready for the summariser. See precis_html_extract() in precis.h.
 *
 * libxml2's HTML parser builds the tree, held compactly (pagetree.c; it recovers from broken markup, decodes
 * entities and converts the page's encoding to UTF-8), from a UTF-8 page whose script and style contents are
 * left out first: they are never read, and cost the parser most of its time. Two walks over it, both
 * iterative so that a deeply nested page cannot exhaust the stack: the first finds the candidate containers
 * and the title; the second collects the text of the chosen container block by block, leaving out the page
 * furniture. Each walk visits every node once.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "base/calendar.h"
#include "base/text.h"
#include "input/date.h"
#include "input/html.h"
#include "input/markup.h"
#include "input/pagetree.h"

/* A wire story's sign-off ("Reporting by Jo Lee; Editing by Ann Roe") is this long, in bytes. */
#define SIGN_OFF_MIN_BYTES 14
#define SIGN_OFF_MAX_BYTES 200
/* An embed's consent box is at most this long; a promotion's line ("Sign up for our free daily
 * newsletter here.") at most this; a line of pictures alone (an icon, a rating's stars) at most
 * this. */
#define CONSENT_BOX_MAX_BYTES 400
#define PROMOTION_MAX_BYTES 120
/* A video's title over its player ("Video: ...") is at most this long. */
#define VIDEO_TITLE_MAX_BYTES 100
#define ICON_LINE_MAX_BYTES 40
/* A copyright notice ("Copyright 2026 The Associated Press. All rights reserved. ...") is at
 * most this long. */
#define RIGHTS_LINE_MAX_BYTES 300
/* The one <article> inside the chosen block is the story when it has this many paragraphs and
 * this share of the block's score (a match report's <main> brings its tables and scoreboard). */
#define LONE_ARTICLE_MIN_PARAGRAPHS 3
#define LONE_ARTICLE_MIN_SHARE 0.3
/* A line that is the title's part before its colon has at least this many bytes. */
#define TITLE_PART_MIN_BYTES 3

/* Elements whose content is never article text. */
static const gchar *const skipped_elements[] = {
  "script",   "style", "noscript", "template", "nav",    "footer", "aside",  "menu",
  "iframe",   "svg",   "button",   "select",   "object", "embed",  "canvas", "dialog",
  "textarea", "audio", "video",    "head",     "input",  "link",   "meta",   "label",
};

/* Elements that end one paragraph and start another. */
static const gchar *const block_elements[] = {
  "p",      "div",     "h1",         "h2",      "h3",      "h4",      "h5",     "h6",      "li",
  "ul",     "ol",      "blockquote", "pre",     "br",      "hr",      "table",  "tr",      "section",
  "main",   "article", "figcaption", "figure",  "dd",      "dt",      "dl",     "address", "body",
  "header", "form",    "fieldset",   "details", "summary", "caption", "center",
};

/* Elements whose presence inside a <div> makes it a container rather than a paragraph. */
static const gchar *const container_elements[] = {
  "blockquote", "dl",     "div", "img", "ol", "p",  "pre", "table", "ul",     "section",
  "article",    "figure", "h1",  "h2",  "h3", "h4", "h5",  "h6",    "header", "main",
};

/* ARIA roles of page furniture. */
static const gchar *const skipped_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "search",       "menu",
  "menubar",    "dialog", "alert",       "alertdialog",   "doc-backlink",
};

/* Words of a class or id that mark an element as page furniture, when no word of its class
 * or id marks it as content (content_words). Matched as the start of a word ("sidebar" in
 * "l-sidebar-fixed", "comment" in "comments"), except the short ones, matched whole. */
static const gchar *const furniture_words[] = {
  "nav",          "navbar",      "navigation",    "menu",         "header",       "footer",     "masthead",
  "sidebar",      "advert",      "advertisement", "sponsor",      "promo",        "cookie",     "consent",
  "share",        "sharing",     "social",        "comment",      "related",      "newsletter", "subscribe",
  "breadcrumb",   "popup",       "modal",         "skip",         "banner",       "combx",      "disqus",
  "shoutbox",     "skyscraper",  "gdpr",          "outbrain",     "taboola",      "remark",     "replies",
  "rss",          "pagination",  "pager",         "agegate",      "supplemental", "community",  "widget",
  "tags",         "toolbar",     "signup",        "byline-share", "trending",     "recirc",     "teaser",
  "most-popular", "mostpopular", "more-stories",  "recommended",  "paywall",      "hidden",     "ai2html",
  "cover-wrap",   "legends",     "yom-remote",    "rating",
};

/* Class names of text only screen readers read ("Media caption", "Opens a new window"), which
 * a sighted reader never sees: furniture, matched as a whole class name. */
static const gchar *const screen_reader_classes[] = {
  "sr-only",    "visuallyhidden", "screen-reader-text", "screenreader",
  "off-screen", "offscreen",      "element-invisible",
};

/* Furniture words matched only as a whole word ("ad" but not "add", "address" or "ad_body"'s
 * body); a subtitle under the headline ("dek", "standfirst", a live page's "summary") is the
 * page's summary of the story, not its text (a "summary" beside a content word, as in
 * "entry-summary", stays: a tie). */
static const gchar *const furniture_whole_words[]
    = { "ad", "ads", "adv", "hid", "meta", "extra", "print", "dek", "standfirst", "subtitle", "summary" };

/* Words of a class or id that mark an element as the article's container. */
static const gchar *const content_words[] = {
  "article", "body", "content", "entry",  "hentry", "h-entry",  "main",      "page",          "post",
  "text",    "blog", "story",   "column", "prose",  "markdown", "e-content", "entry-content", "mathjax",
};

/* Words of a class or id that mark a byline. */
static const gchar *const byline_words[] = { "byline", "author", "dateline", "writtenby", "p-author" };

/* Words of a class or id that mark a time stamp, as a <time> element does ("entry-time"). */
static const gchar *const time_words[] = { "time", "timestamp", "date", "datetime" };

/* A cell of a layout table with this many characters or more, or with blocks inside, is a
 * column of the page, its own block (shorter: a part of its row's line). */
#define LAYOUT_CELL_BLOCK_CHARS 80

/* A block whose text is mostly inside links and shorter than this is a list of links. */
#define LINK_BLOCK_MAX_BYTES 300
/* An ordered list's item is a link's line when all but a tenth of it is in links. */
#define ORDERED_ITEM_LINK_SHARE 10

/* Readability's parameters, as its authors tuned them on news pages: a paragraph counts from
 * 25 characters; an ancestor up to 5 levels gets its score, divided by 2 for the
 * grandparent and by 3 per level above; a class word is worth 25 points. */
#define MIN_PARAGRAPH_CHARS 25
#define ANCESTOR_LEVELS 5
#define CLASS_WEIGHT 25.0
/* The longest advertisement label or loading message looked for, in characters. */
#define PLACEHOLDER_MAX_CHARS 16
/* Fewer characters than this in the result: try again with fewer rules. */
#define RETRY_BELOW_CHARS 500
/* A retry's text replaces the first only when this many times as long: one more box of
 * furniture does not make a reading better. */
#define RETRY_GAIN 2.0
/* A sibling of the best block joins it with at least this share of its score (and 10). */
#define SIBLING_SHARE 0.2
#define SIBLING_MIN_SCORE 10.0
/* JSON-LD is looked into this deep for an article's body. */
#define JSON_LD_MAX_DEPTH 8

/* A story in boxes: an ancestor of the best block up to this many levels up, repeated with
 * its class beside itself, holding paragraphs of this many characters at least, less than
 * this share of them in links, joins its twins. */
#define SECTION_LEVELS 6
#define SECTION_MIN_CHARS 200
#define SECTION_MAX_LINK_DENSITY 0.25

/* libxml2's options for pages and fragments: recover from broken markup, quietly, without the
 * network. XML_PARSE_HUGE lifts libxml2's limit of 256 nested elements, past which it stops
 * reading and drops the rest of the page; the tree is walked without recursion, so depth costs
 * no stack here (the input's size is bounded by --max-input-bytes). */
/* The page's tree (pagetree.h), read through these: */
typedef PrecisPageNode PageNode;

static inline PageNode *
node_parent (const PageNode *node)
{
  return precis_page_node_parent (node);
}

static inline PageNode *
node_first (const PageNode *node)
{
  return precis_page_node_first (node);
}

static inline PageNode *
node_next (const PageNode *node)
{
  return precis_page_node_next (node);
}

static inline const gchar *
node_content (const PageNode *node)
{
  return precis_page_node_content (node);
}

static inline const gchar *
node_name (const PageNode *node)
{
  return precis_page_node_name (node);
}

/* As libxml2's xmlNextElementSibling(), xmlFirstElementChild() and xmlLastElementChild(). */
static PageNode *
next_element_sibling (const PageNode *node)
{
  PageNode *n = node_next (node);
  while (n != NULL && n->type != XML_ELEMENT_NODE)
    n = node_next (n);
  return n;
}

static PageNode *
first_element_child (const PageNode *node)
{
  PageNode *n = node_first (node);
  return n == NULL || n->type == XML_ELEMENT_NODE ? n : next_element_sibling (n);
}

static PageNode *
last_element_child (const PageNode *node)
{
  PageNode *last = NULL;
  for (PageNode *n = first_element_child (node); n != NULL; n = next_element_sibling (n))
    last = n;
  return last;
}

#define PARSE_OPTIONS                                                                                        \
  (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT    \
   | XML_PARSE_HUGE)

/* Whether @name is one of @list. libxml2's HTML parser writes element names in lower case,
 * so they are compared as they are (the hot path: every element meets these checks). */
static gboolean
name_in (const gchar *name, const gchar *const *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (name[0] == list[i][0] && strcmp (name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @value (an attribute's, in any case) is one of @list. */
static gboolean
value_in (const gchar *value, const gchar *const *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (value, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_element (const PageNode *node, const gchar *name)
{
  return node->type == XML_ELEMENT_NODE && node->str != NULL && node->str[0] == name[0]
         && strcmp (node->str, name) == 0;
}

static gboolean
is_heading (const PageNode *node)
{
  return is_element (node, "h1") || is_element (node, "h2") || is_element (node, "h3")
         || is_element (node, "h4") || is_element (node, "h5") || is_element (node, "h6");
}

/* Whether @node is inside a <figure> (its ancestors walked only when a rule asks). */
static gboolean
inside_figure (const PageNode *node)
{
  for (const PageNode *a = node_parent (node); a != NULL && a->type == XML_ELEMENT_NODE; a = node_parent (a))
    if (is_element (a, "figure"))
      return TRUE;
  return FALSE;
}

/* Whether @node is a link within the page ("#section-2", a note, a table of contents): such a
 * link's text counts for 0.3 of a link's away from it (Readability's weight). */
static gboolean is_in_page_link (const PageNode *node);

/* The attribute @name (in its case) of the element @node, or NULL. */
static const PageNode *
find_attribute (const PageNode *node, const gchar *name)
{
  for (const PageNode *a = precis_page_node_attrs (node); a != NULL; a = precis_page_attr_next (a))
    if (strcmp (a->str, name) == 0)
      return a;
  return NULL;
}

/* The attribute's value, or NULL, as xmlGetProp() gives it; free with g_free(). */
static gchar *
attribute (const PageNode *node, const gchar *name)
{
  const PageNode *a = find_attribute (node, name);
  return a != NULL ? g_strdup (precis_page_attr_value (a)) : NULL;
}

/* The value of the attribute @name, borrowed from the tree without a copy: NULL when there is
 * none, or when its value is not one text node (then it is read as absent). For the checks
 * made on every element. */
static const gchar *
borrowed_attribute (const PageNode *node, const gchar *name)
{
  for (const PageNode *a = precis_page_node_attrs (node); a != NULL; a = precis_page_attr_next (a))
    if (g_ascii_strcasecmp (a->str, name) == 0)
      return a->listed ? NULL : precis_page_attr_value (a);
  return NULL;
}

static gboolean
is_in_page_link (const PageNode *node)
{
  const gchar *href = borrowed_attribute (node, "href");
  return href != NULL && href[0] == '#' && href[1] != '\0';
}

/* The evidence of an element's class and id, all their words counted: how many words mark
 * furniture, content and a byline. */
typedef struct
{
  guint furniture;
  guint content;
  guint byline;
  guint time;
} Evidence;

/* The first letters of a list's words, bit c - 'a' for each letter c: a word whose first
 * letter is not among them is not looked for in the list (class words meet these lists for
 * every element). */
static guint32
initials_of (const gchar *const *list, gsize n_list)
{
  guint32 mask = 0;
  for (gsize i = 0; i < n_list; i++)
    mask |= 1u << (list[i][0] - 'a');
  return mask;
}

/* The lists' first letters, worked out once. */
typedef struct
{
  guint32 furniture_whole, furniture, content, byline, time;
} Initials;

static const Initials *
list_initials (void)
{
  static Initials initials;
  static gsize ready = 0;
  if (g_once_init_enter (&ready))
    {
      initials.furniture_whole = initials_of (furniture_whole_words, G_N_ELEMENTS (furniture_whole_words));
      initials.furniture = initials_of (furniture_words, G_N_ELEMENTS (furniture_words));
      initials.content = initials_of (content_words, G_N_ELEMENTS (content_words));
      initials.byline = initials_of (byline_words, G_N_ELEMENTS (byline_words));
      initials.time = initials_of (time_words, G_N_ELEMENTS (time_words));
      g_once_init_leave (&ready, 1);
    }
  return &initials;
}

static gboolean
word_matches (const gchar *word, gsize n, const gchar *const *list, gsize n_list, gboolean prefix)
{
  gchar first = g_ascii_tolower (word[0]);
  for (gsize i = 0; i < n_list; i++)
    {
      if (list[i][0] != first)
        continue; /* the lists are lower case: most words end here */
      gsize k = strlen (list[i]);
      if ((prefix ? n >= k : n == k) && g_ascii_strncasecmp (word, list[i], k) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Adds the evidence of one word of a class or id. */
static void
add_word_evidence (Evidence *e, const gchar *start, gsize n)
{
  gchar first = g_ascii_tolower (start[0]);
  if (first < 'a' || first > 'z')
    return; /* every word of the lists opens on a letter */
  guint32 bit = 1u << (first - 'a');
  const Initials *in = list_initials ();
  if (((in->furniture_whole & bit)
       && word_matches (start, n, furniture_whole_words, G_N_ELEMENTS (furniture_whole_words), FALSE))
      || ((in->furniture & bit)
          && word_matches (start, n, furniture_words, G_N_ELEMENTS (furniture_words), TRUE)))
    e->furniture++;
  if ((in->content & bit) && word_matches (start, n, content_words, G_N_ELEMENTS (content_words), FALSE))
    e->content++;
  if ((in->byline & bit) && word_matches (start, n, byline_words, G_N_ELEMENTS (byline_words), FALSE))
    e->byline++;
  if ((in->time & bit) && word_matches (start, n, time_words, G_N_ELEMENTS (time_words), FALSE))
    e->time++;
}

/* Adds the evidence of a class or id value: its words are split at anything but letters and
 * digits, and a compound ("l-article-body") is also looked at whole for the hyphened names. A
 * word in camel case ("templateFooter", "ArticleBody") is looked at whole and, for what the
 * whole does not show, in its humps, as Readability's patterns find "footer" inside it; whole,
 * "MathJax" stays one word. */
static void
add_evidence (Evidence *e, const gchar *value)
{
  if (value == NULL)
    return;
  const gchar *p = value;
  while (*p != '\0')
    {
      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
      const gchar *token = p;
      while (*p != '\0' && !g_ascii_isspace (*p))
        p++;
      gsize token_len = (gsize)(p - token);
      if (token_len == 0)
        continue;
      if (word_matches (token, token_len, furniture_words, G_N_ELEMENTS (furniture_words), FALSE)
          || word_matches (token, token_len, screen_reader_classes, G_N_ELEMENTS (screen_reader_classes),
                           FALSE))
        e->furniture++;
      /* The words of the token. */
      const gchar *q = token;
      while (q < p)
        {
          while (q < p && !g_ascii_isalnum (*q))
            q++;
          const gchar *start = q;
          gboolean humps = FALSE;
          while (q < p && g_ascii_isalnum (*q))
            {
              humps = humps || (q > start && g_ascii_isupper (*q) && g_ascii_islower (q[-1]));
              q++;
            }
          gsize n = (gsize)(q - start);
          if (n == 0)
            continue;
          Evidence whole = { 0, 0, 0, 0 };
          add_word_evidence (&whole, start, n);
          if (humps)
            {
              Evidence parts = { 0, 0, 0, 0 };
              for (const gchar *h = start, *r = start + 1; r <= q; r++)
                if (r == q || (g_ascii_isupper (*r) && g_ascii_islower (r[-1])))
                  {
                    add_word_evidence (&parts, h, (gsize)(r - h));
                    h = r;
                  }
              whole.furniture = MAX (whole.furniture, parts.furniture);
              whole.content = MAX (whole.content, parts.content);
              whole.byline = MAX (whole.byline, parts.byline);
              whole.time = MAX (whole.time, parts.time);
            }
          e->furniture += whole.furniture;
          e->content += whole.content;
          e->byline += whole.byline;
          e->time += whole.time;
        }
    }
}

static Evidence
evidence (const PageNode *node)
{
  Evidence e = { 0, 0, 0, 0 };
  add_evidence (&e, borrowed_attribute (node, "class"));
  add_evidence (&e, borrowed_attribute (node, "id"));
  /* (schema.org's name for the story's text, which trafilatura looks for first) */
  const gchar *itemprop = borrowed_attribute (node, "itemprop");
  if (itemprop != NULL && g_ascii_strcasecmp (itemprop, "articleBody") == 0)
    e.content++;
  return e;
}

/* Whether an element's class or id names a time stamp ("entry-time", "Post-Date"); the words
 * are split only when "time" or "date", in any case as the word test reads them, is in the
 * value at all (the check meets every block's first element). */
static gboolean
names_time (const PageNode *node)
{
  if (node->attrs == 0)
    return FALSE;
  const gchar *const values[] = { borrowed_attribute (node, "class"), borrowed_attribute (node, "id") };
  for (gsize k = 0; k < G_N_ELEMENTS (values); k++)
    if (values[k] != NULL
        && (xmlStrcasestr ((const xmlChar *)values[k], (const xmlChar *)"time") != NULL
            || xmlStrcasestr ((const xmlChar *)values[k], (const xmlChar *)"date") != NULL))
      return evidence (node).time > 0;
  return FALSE;
}

/* The weight of an element's class and id: 25 for content evidence, -25 for furniture. */
static gdouble
class_weight (const PageNode *node)
{
  Evidence e = evidence (node);
  return (e.content > 0 ? CLASS_WEIGHT : 0) - (e.furniture > 0 ? CLASS_WEIGHT : 0);
}

/* A <noscript> longer than this is no notice about scripts. */
#define SCRIPT_NOTICE_MAX_CHARS 300

/* Whether a <noscript> is a notice that the page needs scripts ("You need to enable JavaScript
 * to run this app", "JavaScript est désactivé"): short, and it names JavaScript. */
static gboolean
is_script_notice (const PageNode *node)
{
  g_autofree gchar *content = precis_page_node_text (node);
  if (content == NULL || g_utf8_strlen (content, -1) > SCRIPT_NOTICE_MAX_CHARS)
    return FALSE;
  g_autofree gchar *folded = g_ascii_strdown (content, -1);
  return strstr (folded, "javascript") != NULL;
}

/* Whether an element is not read: scripts and the like, hidden elements, the ARIA roles of
 * furniture. With @unshown, what a page shows only without scripts or once a script lets the
 * reader in is read: <noscript> (but a notice that the page needs scripts), <template>, and
 * an element hidden from screen readers (aria-hidden, as a metered paywall marks the locked
 * rest of a story); an element hidden from every reader (the hidden attribute, a style) stays
 * out. */
static gboolean
is_hidden (const PageNode *node, gboolean unshown)
{
  if (node_name (node) == NULL)
    return TRUE;
  if (unshown && is_element (node, "noscript") && !is_script_notice (node))
    return FALSE;
  if (unshown && is_element (node, "template"))
    return FALSE;
  if (name_in (node_name (node), skipped_elements, G_N_ELEMENTS (skipped_elements)))
    return TRUE;
  if (node->attrs == 0)
    return FALSE;
  const gchar *role = borrowed_attribute (node, "role");
  if (role != NULL && value_in (role, skipped_roles, G_N_ELEMENTS (skipped_roles)))
    return TRUE;
  if (find_attribute (node, "hidden") != NULL)
    return TRUE;
  const gchar *aria_hidden = borrowed_attribute (node, "aria-hidden");
  const gchar *style = borrowed_attribute (node, "style");
  gboolean skip = !unshown && aria_hidden != NULL && g_ascii_strcasecmp (aria_hidden, "true") == 0
                  && !is_element (node, "figure") && !is_element (node, "math");
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
  return skip;
}

/* Walks the subtree under @root in document order without recursion. @enter is called on
 * each node and returns whether to visit its children; @leave is called on each node whose
 * children were visited (or could have been), after them. */
typedef gboolean (*EnterFunc) (PageNode *node, gpointer data);
typedef void (*LeaveFunc) (PageNode *node, gpointer data);

static void
walk (PageNode *root, EnterFunc enter, LeaveFunc leave, gpointer data)
{
  PageNode *n = root;
  for (;;)
    {
      gboolean descend = enter (n, data);
      if (descend && node_first (n) != NULL)
        {
          n = node_first (n);
          continue;
        }
      if (descend)
        leave (n, data);
      while (n != root && node_next (n) == NULL)
        {
          n = node_parent (n);
          leave (n, data);
        }
      if (n == root)
        return;
      n = node_next (n);
    }
}

/* A heading's words in lower case, one space apart, digits and punctuation left out, as
 * is_comments_heading() compares them. */
typedef struct
{
  gchar text[64];
  gsize n;
  gboolean too_long;
} HeadingWords;

static gboolean
heading_words_enter (PageNode *node, gpointer data)
{
  HeadingWords *w = data;
  if (node->type == XML_ELEMENT_NODE)
    return !w->too_long;
  if ((node->type != XML_TEXT_NODE && node->type != XML_CDATA_SECTION_NODE) || node_content (node) == NULL)
    return FALSE;
  for (const xmlChar *p = (const xmlChar *)node_content (node); *p != '\0' && !w->too_long; p++)
    {
      if (g_ascii_isalpha (*p) || *p >= 0x80)
        {
          if (w->n > 0 && w->text[w->n - 1] == '\0')
            w->text[w->n - 1] = ' ';
          w->too_long = w->n + 2 >= sizeof w->text;
          w->text[w->n++] = g_ascii_tolower (*p);
        }
      else if (*p != '\'' && w->n > 0 && w->text[w->n - 1] != '\0')
        w->text[w->n++] = '\0'; /* a word's end, written as a space if another follows */
    }
  return FALSE;
}

static void
heading_words_leave (G_GNUC_UNUSED PageNode *node, G_GNUC_UNUSED gpointer data)
{
}

/* Whether a heading names a section of readers' comments ("Comments", "5 responses", "Have
 * your say (12)", "Leave a Reply"): the whole heading, its count and punctuation aside.
 * "Comment" alone is not one: news sites head opinion pieces with it. */
static gboolean
is_comments_heading (PageNode *heading)
{
  static const gchar *const names[] = {
    "comments",      "responses",           "reader comments",       "readers comments",
    "have your say", "leave a reply",       "leave a comment",       "post a comment",
    "add a comment", "join the discussion", "join the conversation", "show comments",
    "view comments", "no comments",
  };
  /* (its text nodes read where they lie, as precis_page_node_text() joins them) */
  HeadingWords w = { .n = 0 };
  walk (heading, heading_words_enter, heading_words_leave, &w);
  if (w.too_long || w.n == 0)
    return FALSE;
  if (w.text[w.n - 1] != '\0')
    w.text[w.n++] = '\0';
  return value_in (w.text, names, G_N_ELEMENTS (names));
}

/* Whether an element is never furniture by its name: the page, its main part, an article, a link. */
static gboolean
never_furniture (const PageNode *node)
{
  return is_element (node, "html") || is_element (node, "body") || is_element (node, "a")
         || is_element (node, "main") || is_element (node, "article");
}

/* Whether a box (a <div>, <section> or <aside>) opens on a heading naming readers' comments;
 * never the page's title (an <h1>): a comment section does not hold it. */
static gboolean
opens_on_comments_heading (const PageNode *node)
{
  if (!is_element (node, "div") && !is_element (node, "section") && !is_element (node, "aside"))
    return FALSE;
  PageNode *first = first_element_child (node);
  return first != NULL && is_heading (first) && !is_element (first, "h1") && is_comments_heading (first);
}

/* The next word of a class or id value from *@p (words are split at anything but letters and
 * digits), its length in *@n; NULL at the value's end. */
static const gchar *
next_class_word (const gchar **p, gsize *n)
{
  const gchar *q = *p;
  while (q != NULL && *q != '\0' && !g_ascii_isalnum (*q))
    q++;
  if (q == NULL || *q == '\0')
    return NULL;
  const gchar *start = q;
  while (g_ascii_isalnum (*q))
    q++;
  *p = q;
  *n = (gsize)(q - start);
  return start;
}

/* Whether an element is page furniture by its class and id: more furniture words than content
 * words among them (Jetpack's "sharedaddy sd-like jetpack-likes-widget-wrapper" beside an id
 * "like-post-wrapper"; a tie, "content-with-sidebar-wrp", is not); or a box that opens on a heading naming
 * readers' comments (comments in boxes named for anything else). */
static gboolean
is_furniture (const PageNode *node)
{
  if (never_furniture (node))
    return FALSE;
  Evidence e = evidence (node);
  return e.furniture > e.content || opens_on_comments_heading (node);
}

/* Whether a class or id value names readers' comments by a whole word ("comments",
 * "comment-list", "commentlist", Disqus's "disqus_thread"), words split at anything but letters and
 * digits. */
static gboolean
names_comments (const gchar *value)
{
  static const gchar *const words[] = { "comment", "comments", "commentlist", "disqus" };
  gsize n;
  for (const gchar *p = value, *word; (word = next_class_word (&p, &n)) != NULL;)
    if (word_matches (word, n, words, G_N_ELEMENTS (words), FALSE))
      return TRUE;
  return FALSE;
}

/* Whether an element is a box of readers' comments, which is never the story's text in any
 * reading: its class or id names comments and no content word ("comment-content" is a tie), or
 * it opens on a heading naming them (is_furniture()'s test). A later reading without the
 * furniture rule would otherwise read a short story's comments as its text, and a commenter's
 * name as its byline. */
static gboolean
is_comments_box (const PageNode *node)
{
  if (never_furniture (node))
    return FALSE;
  if (node->attrs != 0
      && (names_comments (borrowed_attribute (node, "class"))
          || names_comments (borrowed_attribute (node, "id"))))
    return evidence (node).content == 0;
  return opens_on_comments_heading (node);
}

/* The node after @n in document order inside @root (without recursion), NULL past its end. */
static const PageNode *
next_inside (const PageNode *n, const PageNode *root)
{
  if (node_first (n) != NULL)
    return node_first (n);
  while (n != root && n != NULL && node_next (n) == NULL)
    n = node_parent (n);
  return n != NULL && n != root ? node_next (n) : NULL;
}

/* A home-made consent banner's text is no longer than this (in bytes, its texts joined as
 * precis_page_node_text() joins them): a box so named that holds more is not a notice. Nor is
 * one of more elements than CONSENT_MAX_ELEMENTS (a banner holds a few dozen, a settings panel
 * a few hundred): consent_text() looks at no more of a box than these, so that nested boxes so
 * named cost no more than a constant each (review25 #2). */
#define CONSENT_MAX_BYTES 2000
#define CONSENT_MAX_ELEMENTS 500
/* A box holding more than two paragraphs (<p>) of at least this many bytes of text each holds a
 * story's paragraphs, not a notice's (review25 #1). */
#define CONSENT_STORY_PARAGRAPH_BYTES 60

/* Whether @part (@n bytes, any case) is one of @list. */
static gboolean
part_in (const gchar *part, gsize n, const gchar *const *list, gsize n_list)
{
  for (gsize m = 0; m < n_list; m++)
    if (n == strlen (list[m]) && g_ascii_strncasecmp (part, list[m], n) == 0)
      return TRUE;
  return FALSE;
}

/* How a class or id token (any case, @n bytes; parts split at "-" and "_") names a home-made
 * consent banner: 2 by "cookie", "cookies", "consent" or "gdpr" beside a banner's part
 * ("banner", "notice", "notification", "bar", "popup", "modal", "dialog", "overlay", "consent":
 * "cookie-banner", "js-cookie-notice", "site-consent__bar", "cookie_consent"); 1 by such a word
 * as its first part ("cookies", "gdpr-box", "cookie-story": the box's text decides,
 * consent_text()); else 0: a word further in ("fortune-cookies-recipe"), or a post's category
 * or tag, which WordPress writes on the story's own box ("category-cookies", "tag-gdpr",
 * "topic-consent", "postid-7"; review25 #1). */
static guint
token_names_consent (const gchar *token, gsize n)
{
  static const gchar *const words[] = { "cookie", "cookies", "consent", "gdpr" };
  static const gchar *const banners[]
      = { "banner", "notice", "notification", "bar", "popup", "modal", "dialog", "overlay", "consent" };
  static const gchar *const taxonomies[] = { "category", "tag", "topic", "postid", "term", "taxonomy" };
  guint named = 0;
  gboolean word_before = FALSE, banner_before = FALSE;
  for (const gchar *p = token; p < token + n;)
    {
      const gchar *part = p;
      while (p < token + n && *p != '-' && *p != '_')
        p++;
      gsize k = (gsize)(p - part);
      if (part == token && part_in (part, k, taxonomies, G_N_ELEMENTS (taxonomies)))
        return 0;
      gboolean word = part_in (part, k, words, G_N_ELEMENTS (words));
      gboolean banner = part_in (part, k, banners, G_N_ELEMENTS (banners));
      if ((word && banner_before) || (banner && word_before))
        return 2;
      if (word && part == token)
        named = 1;
      word_before = word;
      banner_before = banner;
      while (p < token + n && (*p == '-' || *p == '_'))
        p++;
    }
  return named;
}

/* Whether @word (lower case) is in @text (lower case) as a word, or with a plural "s": "cookie"
 * in "cookies", "agree" not in "disagreed" (review25 #1). */
static gboolean
has_word (const gchar *text, const gchar *word)
{
  gsize n = strlen (word);
  for (const gchar *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    {
      const gchar *end = p + n;
      if (*end == 's')
        end++;
      if ((p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (*end))
        return TRUE;
    }
  return FALSE;
}

/* Whether a box's text reads as a consent notice: no <h1> inside, no more than two paragraphs
 * of a story's (CONSENT_STORY_PARAGRAPH_BYTES), short (CONSENT_MAX_BYTES, a space between its
 * texts counted), naming cookies (or consent) and a choice or what is kept ("accept", "agree",
 * "privacy", "settings", "your device"), each a word of its own; and, unless @named_banner (its name says it
 * is a banner), holding a control to choose with (a button, a link, a form's field). One walk over at most
 * CONSENT_MAX_ELEMENTS elements and CONSENT_MAX_BYTES bytes of text (review25 #2). */
static gboolean
consent_text (const PageNode *node, gboolean named_banner)
{
  static const gchar *const choices[] = { "accept",  "agree",  "privacy",     "settings",     "choices",
                                          "consent", "reject", "your device", "personal data" };
  static const gchar *const controls[] = { "button", "a", "input", "select" };
  gchar lower[CONSENT_MAX_BYTES + 1];
  gsize len = 0;
  guint elements = 0, paragraphs = 0;
  gboolean control = named_banner;
  /* (the paragraph the last text was in, and its bytes so far) */
  const PageNode *paragraph = NULL;
  gsize paragraph_bytes = 0;
  for (const PageNode *n = node_first (node); n != NULL; n = next_inside (n, node))
    {
      if (n->type == XML_ELEMENT_NODE)
        {
          if (++elements > CONSENT_MAX_ELEMENTS || is_element (n, "h1"))
            return FALSE;
          control = control || name_in (n->str, controls, G_N_ELEMENTS (controls));
          continue;
        }
      if ((n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE) || node_content (n) == NULL)
        continue;
      const gchar *t = node_content (n);
      /* (a space between two texts, which a minified page writes with no white space between
       * its elements: "cookies</p><a>Privacy</a>" is two words, review27 #2) */
      if (len > 0 && len < CONSENT_MAX_BYTES)
        lower[len++] = ' ';
      gsize k = strnlen (t, CONSENT_MAX_BYTES + 1 - len);
      if (len + k > CONSENT_MAX_BYTES)
        return FALSE;
      for (gsize i = 0; i < k; i++)
        lower[len + i] = g_ascii_tolower (t[i]);
      len += k;
      /* (a paragraph's texts: up to four levels inside its <p>, one after another) */
      const PageNode *p = NULL;
      guint up = 0;
      for (const PageNode *a = node_parent (n); a != NULL && a != node && up < 4 && p == NULL;
           a = node_parent (a), up++)
        if (is_element (a, "p"))
          p = a;
      if (p != paragraph)
        {
          paragraphs += paragraph != NULL && paragraph_bytes >= CONSENT_STORY_PARAGRAPH_BYTES;
          paragraph = p;
          paragraph_bytes = 0;
        }
      paragraph_bytes += k;
    }
  paragraphs += paragraph != NULL && paragraph_bytes >= CONSENT_STORY_PARAGRAPH_BYTES;
  lower[len] = '\0';
  if (!control || paragraphs > 2 || (!has_word (lower, "cookie") && !has_word (lower, "consent")))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (choices); i++)
    if (has_word (lower, choices[i]))
      return TRUE;
  return FALSE;
}

/* Whether an element is a consent manager's box (a cookie or privacy banner): its class or id
 * opens on the name a common consent SDK gives its boxes (OneTrust's "onetrust-consent-sdk" and
 * "ot-sdk-container", Cookiebot's "CybotCookiebotDialog", Didomi's "didomi-host", Quantcast's
 * "qc-cmp2-container", TrustArc's "truste-consent-track" and "trustarc-banner", Usercentrics's
 * "usercentrics-root", Sourcepoint's "sp_message_container_12"), or it is a home-made banner:
 * a class or id token naming cookies, consent or the GDPR ("cookie-banner", "gdpr-notice",
 * token_names_consent()) over a short text that reads as a consent notice (consent_text();
 * review24 #6a, review25 #1). Such a box is never the story in any reading: a short story's page would
 * otherwise be read, without the furniture rule, as its consent text, which is longer. */
static gboolean
is_consent_box (const PageNode *node)
{
  static const gchar *const names[] = {
    "onetrust",     "ot-sdk-",    "ot-pc-",     "cybotcookiebot", "cookiebot",
    "didomi",       "qc-cmp",     "truste-",    "truste_",        "trustarc",
    "usercentrics", "sp_message", "sp-message", "cmpbox",         "cmp-container",
  };
  if (node->attrs == 0 || never_furniture (node))
    return FALSE;
  guint named = 0;
  const gchar *values[] = { borrowed_attribute (node, "id"), borrowed_attribute (node, "class") };
  for (gsize v = 0; v < G_N_ELEMENTS (values); v++)
    for (const gchar *p = values[v]; p != NULL && *p != '\0';)
      {
        while (*p != '\0' && g_ascii_isspace (*p))
          p++;
        const gchar *token = p;
        while (*p != '\0' && !g_ascii_isspace (*p))
          p++;
        gchar first = g_ascii_tolower (*token);
        for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
          {
            gsize k = strlen (names[i]);
            if (first == names[i][0] && (gsize)(p - token) >= k
                && g_ascii_strncasecmp (token, names[i], k) == 0)
              return TRUE;
          }
        if (named < 2 && p > token)
          named = MAX (named, token_names_consent (token, (gsize)(p - token)));
      }
  return named > 0 && consent_text (node, named == 2);
}

/* Whether the class or id of @node holds one of @names (lower case), in any case, anywhere:
 * "inline-related", "RegWall". (without a copy: the test meets every element's class) */
static gboolean
names_in_class_or_id (const PageNode *node, const gchar *const *names, gsize n_names)
{
  static const gchar *const keys[] = { "class", "id" };
  for (gsize k = 0; k < G_N_ELEMENTS (keys); k++)
    for (const gchar *p = borrowed_attribute (node, keys[k]); p != NULL && *p != '\0'; p++)
      {
        gchar c = g_ascii_tolower (*p);
        for (gsize i = 0; i < n_names; i++)
          if (c == names[i][0] && g_ascii_strncasecmp (p, names[i], strlen (names[i])) == 0)
            return TRUE;
      }
  return FALSE;
}

/* A subscription offer's box holds at most this many characters of text. */
#define PAYWALL_MAX_CHARS 500

/* Whether an element is a subscription offer over a locked story ("Subscribe to continue
 * reading", "Already a subscriber? Log in"): its class or id names a paywall or a
 * subscription ("paywall", "regwall", "subscribe-box", "subscription-offer"), and its text is
 * short and names subscribing in one of a few languages. It is never the story in any
 * reading: a teaser's page would otherwise be read, without the furniture rule, with the offer
 * as its last paragraphs. */
static gboolean
is_paywall_box (const PageNode *node)
{
  static const gchar *const names[] = { "paywall", "regwall", "subscri" };
  static const gchar *const offers[] = {
    "subscri", "abonn", "suscri", "assin", "iscriv", "prenumer", "\u043f\u043e\u0434\u043f\u0438\u0441",
  };
  if (node->attrs == 0 || never_furniture (node) || is_heading (node)
      || !names_in_class_or_id (node, names, G_N_ELEMENTS (names)))
    return FALSE;
  g_autofree gchar *content = precis_page_node_text (node);
  if (content == NULL || g_utf8_strlen (content, -1) > PAYWALL_MAX_CHARS)
    return FALSE;
  g_autofree gchar *folded = g_utf8_casefold (content, -1);
  for (gsize i = 0; i < G_N_ELEMENTS (offers); i++)
    if (strstr (folded, offers[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether an element is a rail of links to other stories inside or beside the story ("You
 * might also like", "Most read", "Related"): its class or id names one ("inline-related",
 * "most-read", "recirc") and no content word, and at least half of its text is in links. It
 * is never the story in any reading: a short story's page would otherwise be read, without
 * the furniture rule, with the rail's headlines as sentences. */
static gboolean
is_rail_box (const PageNode *node)
{
  static const gchar *const names[] = {
    "related", "most-read",   "mostread",  "most-popular", "mostpopular", "more-stories",
    "recirc",  "recommended", "also-like", "outbrain",     "taboola",
  };
  if (node->attrs == 0 || never_furniture (node) || is_heading (node)
      || !names_in_class_or_id (node, names, G_N_ELEMENTS (names)) || evidence (node).content > 0)
    return FALSE;
  /* (its text in links and out of them, without recursion) */
  gsize linked = 0, all = 0;
  guint in_link = 0;
  for (const PageNode *n = node_first (node); n != NULL && n != node;)
    {
      if (n->type == XML_TEXT_NODE && node_content (n) != NULL)
        {
          gsize len = strlen ((const gchar *)node_content (n));
          all += len;
          if (in_link > 0)
            linked += len;
        }
      if (n->type == XML_ELEMENT_NODE && node_first (n) != NULL)
        {
          in_link += is_element (n, "a");
          n = node_first (n);
          continue;
        }
      while (n != node && node_next (n) == NULL)
        {
          n = node_parent (n);
          if (n == NULL)
            return FALSE;
          if (n != node && is_element (n, "a"))
            in_link--;
        }
      n = n != node ? node_next (n) : NULL;
    }
  return all > 0 && 2 * linked >= all;
}

/* ---- First walk: metadata and title ---- */

typedef struct
{
  PageNode *main; /* first <main> or role="main" */
  PageNode *body;
  PageNode *h1; /* first <h1> */
  gchar *og_title;
  gchar *title;
  /* The page's metadata, each the first found (g_free). */
  gchar *site;      /* og:site_name */
  gchar *app_name;  /* <meta name="application-name"> */
  gchar *canonical; /* <link rel="canonical" href> */
  gchar *base;      /* <base href>: what a relative address is resolved against */
  gchar *og_url;
  gchar *published; /* article:published_time, or a date meta name, or itemprop datePublished */
  gchar *time;      /* the first <time datetime> inside an <article> */
  gchar *author;    /* an author meta */
  gchar *language;  /* <html lang>, else a content-language meta */
  guint article_depth;
  guint n_elements;
} Survey;

/* Names of <meta> elements that carry a page's publication date. */
static const gchar *const date_meta_names[]
    = { "article:published_time", "date",    "dc.date",     "dc.date.issued", "dcterms.date",
        "dcterms.created",        "pubdate", "publishdate", "publish-date",   "sailthru.date",
        "parsely-pub-date" };

/* Names of <meta> elements that carry a page's author. */
static const gchar *const author_meta_names[]
    = { "author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author" };

/* Keeps @value in *@slot when the slot is empty; frees it otherwise. */
static void
keep_first (gchar **slot, gchar *value)
{
  if (*slot == NULL && value != NULL && value[0] != '\0')
    *slot = value;
  else
    g_free (value);
}

static void
survey_meta (Survey *s, PageNode *node)
{
  gchar *property = attribute (node, "property");
  gchar *name = attribute (node, "name");
  gchar *itemprop = attribute (node, "itemprop");
  gchar *equiv = attribute (node, "http-equiv");
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
  else if (equiv != NULL && g_ascii_strcasecmp (equiv, "content-language") == 0)
    keep_first (&s->language, attribute (node, "content"));
  else if (key != NULL && value_in (key, author_meta_names, G_N_ELEMENTS (author_meta_names)))
    {
      gchar *content = attribute (node, "content");
      /* article:author is often a profile's address, not a name */
      if (content != NULL && strstr (content, "://") == NULL)
        keep_first (&s->author, content);
      else
        g_free (content);
    }
  else if (key != NULL)
    for (gsize i = 0; i < G_N_ELEMENTS (date_meta_names); i++)
      if (g_ascii_strcasecmp (key, date_meta_names[i]) == 0)
        keep_first (&s->published, attribute (node, "content"));
  g_free (property);
  g_free (name);
  g_free (itemprop);
  g_free (equiv);
}

static gboolean
survey_enter (PageNode *node, gpointer data)
{
  Survey *s = data;
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  node->number = ++s->n_elements;
  if (is_element (node, "script") || is_element (node, "style"))
    return FALSE;
  if (is_element (node, "article"))
    s->article_depth++;
  else if (s->body == NULL && is_element (node, "body"))
    s->body = node;
  else if (s->h1 == NULL && is_element (node, "h1"))
    s->h1 = node;
  else if (s->title == NULL && is_element (node, "title"))
    s->title = (gchar *)precis_page_node_text (node);
  else if (is_element (node, "meta"))
    survey_meta (s, node);
  else if (is_element (node, "html"))
    keep_first (&s->language, attribute (node, "lang"));
  else if (is_element (node, "base"))
    keep_first (&s->base, attribute (node, "href"));
  else if (is_element (node, "link"))
    {
      gchar *rel = attribute (node, "rel");
      if (rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0)
        keep_first (&s->canonical, attribute (node, "href"));
      g_free (rel);
    }
  else if (s->article_depth > 0 && is_element (node, "time"))
    keep_first (&s->time, attribute (node, "datetime"));
  if (s->main == NULL)
    {
      const gchar *role = borrowed_attribute (node, "role");
      if (is_element (node, "main") || (role != NULL && g_ascii_strcasecmp (role, "main") == 0))
        s->main = node;
    }
  return TRUE;
}

/* Frees what the survey kept. */
static void
survey_clear (Survey *s)
{
  gchar **owned[] = { &s->og_title, &s->title,     &s->site, &s->app_name, &s->canonical, &s->base,
                      &s->og_url,   &s->published, &s->time, &s->author,   &s->language };
  for (gsize i = 0; i < G_N_ELEMENTS (owned); i++)
    g_clear_pointer (owned[i], g_free);
}

static void
survey_leave (PageNode *node, gpointer data)
{
  Survey *s = data;
  if (is_element (node, "article"))
    s->article_depth--;
}

/* ---- Second walk: what each element holds ---- */

/* The rules a reading applies; the first reading applies all, and each retry one fewer. */
enum
{
  RULE_FURNITURE = 1 << 0,   /* leave out elements whose class or id names furniture */
  RULE_WEIGHTS = 1 << 1,     /* weigh blocks by their class and id */
  RULE_CONDITIONAL = 1 << 2, /* leave out link lists and teaser boxes inside the article */
  RULE_LINK_BLOCKS = 1 << 3, /* leave out short blocks made mostly of links */
  RULE_ALL = RULE_FURNITURE | RULE_WEIGHTS | RULE_CONDITIONAL | RULE_LINK_BLOCKS,
  RULE_UNSCRIPTED = 1 << 4, /* read <noscript>, <template> and aria-hidden boxes (is_hidden) */
  RULE_CAPTIONS = 1 << 5,   /* leave out the captions of figures (<figcaption>): a feed item's */
  RULE_COMMENTS
  = 1 << 6, /* leave out readers' comments (is_comments_box()) and consent boxes: every page reading */
};

/* What one element holds, counted over its visible descendants. */
typedef struct
{
  guint chars;      /* characters of text, white space runs counted as one */
  guint link_chars; /* of which inside links */
  guint list_chars; /* of which inside lists (<ul>, <ol>) */
  guint commas;
  guint n_p, n_img, n_li, n_input, n_heading_chars;
  guint n_th;          /* marks of a table of data: th, caption, col, colgroup, thead, tfoot */
  guint n_tables;      /* <table> elements, itself included */
  guint n_embeds;      /* <iframe>, <object> and <embed> elements that are not a known video player */
  guint n_rows;        /* <tr> elements */
  guint n_cells;       /* <td> and <th> elements */
  guint max_row_cells; /* the most cells in one of its rows */
  /* (the marks and flags share one word: an Info is made for every element of the page, 72
   * bytes rather than 88) */
  guint marks : 16;     /* what the text's walk found it to be on the way in (Mark) */
  guint data_table : 1; /* a <table> of data, not of layout (Readability's test) */
  guint has_block : 1;  /* a container element below it */
  guint skipped : 1;    /* left out with its content */
  guint scored : 1;     /* a candidate: has a score */
  gdouble score;
} Info;

typedef struct
{
  Info *info; /* indexed by the element's number (node->number) */
  guint rules;
  GPtrArray *paragraphs; /* elements to score, in document order */
  guint in_table;        /* depth of <table> and <code>, where class names are not furniture */
} Measure;

static Info *
info_of (Info *info, const PageNode *node)
{
  return &info[node->number];
}

/* Characters of a text node as the reader sees them, and its commas. */
static void
count_text (const gchar *text, guint *chars, guint *commas)
{
  gboolean space = TRUE;
  guint n = 0, c = 0;
  for (const guchar *p = (const guchar *)text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (!space)
            n++;
          space = TRUE;
          continue;
        }
      space = FALSE;
      if ((*p & 0xC0) != 0x80)
        n++;
      if (*p == ',')
        c++;
      else if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C) /* U+FF0C fullwidth comma */
        c++;
      else if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81) /* U+3001 ideographic comma */
        c++;
    }
  *chars += n;
  *commas += c;
}

/* Whether a <table> holds data rather than lays out a page, as Readability decides: not when
 * its role is "presentation" or it says datatable="0"; yes with a summary, a caption, headed
 * cells, columns described or a head or foot; not with a table inside; else by its size (ten
 * rows, five columns or more than ten cells, but not one row or one column). */
static gboolean
is_data_table (const PageNode *node, const Info *i)
{
  const gchar *role = borrowed_attribute (node, "role");
  const gchar *datatable = borrowed_attribute (node, "datatable");
  if ((role != NULL && g_ascii_strcasecmp (role, "presentation") == 0)
      || (datatable != NULL && g_str_equal (datatable, "0")))
    return FALSE;
  if (borrowed_attribute (node, "summary") != NULL || i->n_th > 0)
    return TRUE;
  if (i->n_tables > 0) /* the tables inside it: its own is counted after */
    return FALSE;
  guint rows = i->n_rows, columns = i->max_row_cells;
  if (rows <= 1 || columns <= 1)
    return FALSE;
  return rows >= 10 || columns > 4 || rows * columns > 10;
}

/* Whether an element embeds another document or a plug-in, other than a video from one of
 * the players Readability keeps (a block with such embeds and little text is clutter). */
static gboolean
is_embed (const PageNode *node)
{
  static const gchar *const players[]
      = { "//www.youtube.com/",      "//youtube.com/",      "//www.youtube-nocookie.com/",
          "//youtube-nocookie.com/", "//player.vimeo.com/", "//www.dailymotion.com/",
          "//dailymotion.com/",      "//v.qq.com/",         "//archive.org/",
          "//upload.wikimedia.org/", "//player.twitch.tv/" };
  if (!is_element (node, "iframe") && !is_element (node, "object") && !is_element (node, "embed"))
    return FALSE;
  const gchar *src = borrowed_attribute (node, is_element (node, "object") ? "data" : "src");
  if (src != NULL)
    for (gsize k = 0; k < G_N_ELEMENTS (players); k++)
      if (strstr (src, players[k]) != NULL)
        return FALSE;
  return TRUE;
}

static gboolean
measure_enter (PageNode *node, gpointer data)
{
  Measure *m = data;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node_content (node) != NULL && node_parent (node) != NULL && node_parent (node)->number != 0)
        {
          Info *p = info_of (m->info, node_parent (node));
          count_text ((const gchar *)node_content (node), &p->chars, &p->commas);
        }
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE || node->number == 0)
    return FALSE;
  Info *i = info_of (m->info, node);
  memset (i, 0, sizeof *i);
  /* (class names inside a table or code are not furniture: Readability's rule) */
  if (is_hidden (node, (m->rules & RULE_UNSCRIPTED) != 0)
      || ((m->rules & RULE_FURNITURE) && m->in_table == 0 && is_furniture (node))
      || ((m->rules & RULE_COMMENTS) && !(m->rules & RULE_FURNITURE) && m->in_table == 0
          && is_comments_box (node))
      || ((m->rules & (RULE_COMMENTS | RULE_FURNITURE)) && m->in_table == 0
          && (is_consent_box (node) || is_rail_box (node) || is_paywall_box (node))))
    {
      if (is_embed (node) && node_parent (node) != NULL && node_parent (node)->number != 0)
        info_of (m->info, node_parent (node))->n_embeds++;
      /* (an input is never read, but counts: a box of form fields is a sign-up, not text) */
      if (is_element (node, "input") && node_parent (node) != NULL && node_parent (node)->number != 0)
        info_of (m->info, node_parent (node))->n_input++;
      i->skipped = TRUE;
      return FALSE;
    }
  if (is_element (node, "table") || is_element (node, "code"))
    m->in_table++;
  /* (headings but <h1> are scored too, as Readability scores them) */
  if (is_element (node, "p") || is_element (node, "pre") || is_element (node, "td")
      || is_element (node, "div") || is_element (node, "section") || is_element (node, "blockquote")
      || (is_heading (node) && !is_element (node, "h1")))
    g_ptr_array_add (m->paragraphs, node);
  return TRUE;
}

static void
measure_leave (PageNode *node, gpointer data)
{
  Measure *m = data;
  if (node->type != XML_ELEMENT_NODE || node->number == 0)
    return;
  Info *i = info_of (m->info, node);
  if ((is_element (node, "table") || is_element (node, "code")) && m->in_table > 0)
    m->in_table--;
  if (is_element (node, "a"))
    {
      i->link_chars = is_in_page_link (node) ? i->chars * 3 / 10 : i->chars;
    }
  else if (is_element (node, "ul") || is_element (node, "ol"))
    i->list_chars = i->chars;
  else if (is_element (node, "p"))
    i->n_p++;
  else if (is_element (node, "img") || is_element (node, "picture"))
    i->n_img++;
  else if (is_element (node, "li"))
    i->n_li++;
  else if (is_element (node, "th") || is_element (node, "caption") || is_element (node, "col")
           || is_element (node, "colgroup") || is_element (node, "thead") || is_element (node, "tfoot"))
    i->n_th++;
  else if (is_element (node, "tr"))
    {
      i->n_rows++;
      i->max_row_cells = MAX (i->max_row_cells, i->n_cells);
    }
  else if (is_element (node, "table"))
    {
      i->data_table = is_data_table (node, i);
      i->n_tables++;
    }
  else if (is_element (node, "h1") || is_element (node, "h2") || is_element (node, "h3")
           || is_element (node, "h4") || is_element (node, "h5") || is_element (node, "h6"))
    i->n_heading_chars = i->chars;
  if (is_element (node, "td") || is_element (node, "th"))
    i->n_cells++;
  PageNode *parent = node_parent (node);
  if (parent == NULL || parent->type != XML_ELEMENT_NODE || parent->number == 0)
    return;
  Info *p = info_of (m->info, parent);
  p->chars += i->chars;
  p->link_chars += i->link_chars;
  p->list_chars += i->list_chars;
  p->commas += i->commas;
  p->n_p += i->n_p;
  p->n_img += i->n_img;
  p->n_li += i->n_li;
  p->n_input += i->n_input;
  p->n_th += i->n_th;
  p->n_tables += i->n_tables;
  p->n_embeds += i->n_embeds;
  p->n_rows += i->n_rows;
  p->n_cells += i->n_cells;
  p->max_row_cells = MAX (p->max_row_cells, i->max_row_cells);
  p->n_heading_chars += i->n_heading_chars;
  if (i->has_block || name_in (node_name (node), container_elements, G_N_ELEMENTS (container_elements)))
    p->has_block = TRUE;
}

static gdouble
link_density (const Info *i)
{
  return i->chars > 0 ? (gdouble)i->link_chars / i->chars : 0;
}

/* ---- Scoring ---- */

/* The score an element starts with: its kind and the evidence of its class and id. */
static gdouble
initial_score (const PageNode *node, guint rules)
{
  static const struct
  {
    const gchar *name;
    gdouble score;
  } kinds[] = {
    { "div", 5 }, { "pre", 3 },     { "td", 3 },   { "blockquote", 3 }, { "address", -3 }, { "ol", -3 },
    { "ul", -3 }, { "dl", -3 },     { "dd", -3 },  { "dt", -3 },        { "li", -3 },      { "form", -3 },
    { "h1", -5 }, { "h2", -5 },     { "h3", -5 },  { "h4", -5 },        { "h5", -5 },      { "h6", -5 },
    { "th", -5 }, { "article", 5 }, { "main", 3 },
  };
  gdouble score = 0;
  for (gsize k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (is_element (node, kinds[k].name))
      score = kinds[k].score;
  if (rules & RULE_WEIGHTS)
    score += class_weight (node);
  return score;
}

static void
add_score (Info *info, PageNode *node, gdouble score, guint rules, GPtrArray *candidates)
{
  Info *i = info_of (info, node);
  if (!i->scored)
    {
      i->scored = TRUE;
      i->score = initial_score (node, rules);
      g_ptr_array_add (candidates, node);
    }
  i->score += score;
}

/* Gives a paragraph of @chars characters and @commas commas, whose parent is @parent, its
 * score and adds it to @parent and its ancestors (Readability's rule). */
static void
score_paragraph (Measure *m, PageNode *parent, guint chars, guint commas, GPtrArray *candidates)
{
  if (chars < MIN_PARAGRAPH_CHARS)
    return;
  gdouble score = 1 + commas + MIN (chars / 100, 3);
  PageNode *a = parent;
  for (guint level = 0; a != NULL && a->type == XML_ELEMENT_NODE && a->number != 0 && level < ANCESTOR_LEVELS;
       level++, a = node_parent (a))
    {
      gdouble divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      add_score (m->info, a, score / divider, m->rules, candidates);
    }
}

/* Scores the runs of loose text in a block that also holds blocks ("<div>Text <em>and</em>
 * more<p>...</p>Text</div>"): each run, ended by a block or two line breaks, is a paragraph
 * of the block, as Readability wraps such runs in <p> elements before it scores. */
static void
score_loose_runs (Measure *m, PageNode *node, GPtrArray *candidates)
{
  guint chars = 0, commas = 0;
  gboolean after_br = FALSE;
  for (PageNode *c = node_first (node); c != NULL; c = node_next (c))
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        {
          guint before = chars;
          if (node_content (c) != NULL)
            count_text ((const gchar *)node_content (c), &chars, &commas);
          if (chars > before)
            after_br = FALSE;
          continue;
        }
      if (c->type != XML_ELEMENT_NODE || c->number == 0)
        continue;
      Info *i = info_of (m->info, c);
      if (i->skipped)
        continue;
      gboolean br = is_element (c, "br");
      if ((br && after_br)
          || (!br
              && (i->has_block || name_in (node_name (c), block_elements, G_N_ELEMENTS (block_elements)))))
        {
          score_paragraph (m, node, chars, commas, candidates);
          chars = commas = 0;
          after_br = FALSE;
          continue;
        }
      after_br = br;
      chars += i->chars;
      commas += i->commas;
    }
  score_paragraph (m, node, chars, commas, candidates);
}

/* Whether @node's children hold two line breaks in a row (white space between them). */
static gboolean
has_double_br (const PageNode *node)
{
  gboolean after_br = FALSE;
  for (const PageNode *c = node_first (node); c != NULL; c = node_next (c))
    {
      if (c->type == XML_TEXT_NODE)
        {
          if (node_content (c) != NULL)
            for (const xmlChar *t = (const xmlChar *)node_content (c); *t != '\0'; t++)
              if (!g_ascii_isspace (*t))
                {
                  after_br = FALSE;
                  break;
                }
          continue;
        }
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (is_element (c, "br"))
        {
          if (after_br)
            return TRUE;
          after_br = TRUE;
        }
      else
        after_br = FALSE;
    }
  return FALSE;
}

/* Scores every paragraph's ancestors; returns the scored elements. */
static GPtrArray *
score_paragraphs (Measure *m)
{
  GPtrArray *candidates = g_ptr_array_new ();
  for (guint k = 0; k < m->paragraphs->len; k++)
    {
      PageNode *node = m->paragraphs->pdata[k];
      Info *i = info_of (m->info, node);
      /* A <div> or <section> counts as a paragraph only when it holds no other block; else
       * its runs of loose text do. */
      if ((is_element (node, "div") || is_element (node, "section"))
          && (i->has_block || has_double_br (node)))
        score_loose_runs (m, node, candidates);
      else
        score_paragraph (m, node_parent (node), i->chars, i->commas, candidates);
    }
  return candidates;
}

/* ---- Third walk: the text ---- */

/* What an element is to the text's walk, found on the way in and read again on the way out. */
typedef enum
{
  MARK_BLOCK = 1 << 0,        /* ends a paragraph and starts another */
  MARK_LINK = 1 << 1,         /* <a> */
  MARK_IN_PAGE_LINK = 1 << 2, /* <a> within the page */
  MARK_DATA_TABLE = 1 << 3,   /* a <table> of data */
  MARK_HEADING = 1 << 4,
  MARK_FIGURE = 1 << 5,  /* <figure> or <figcaption> */
  MARK_QUOTE = 1 << 6,   /* a quotation */
  MARK_BOLD = 1 << 7,    /* <b> or <strong> */
  MARK_ORDERED = 1 << 8, /* <ol> */
} Mark;
G_STATIC_ASSERT (MARK_ORDERED < (1 << 16)); /* (Info's 16 bits of marks) */
G_STATIC_ASSERT (sizeof (Info) <= 72);

typedef struct
{
  PageNode *root;
  Info *info;
  guint rules;
  GString *out;
  GString *block;
  gsize link_bytes;
  guint own_words;         /* the block's words outside links, counts and times aside (own_words()) */
  gboolean in_page_linked; /* whether the block holds a link within the page ("^", a note's mark) */
  guint link_depth;
  guint in_page_link_depth; /* of which links within the page, whose text counts for 0.3 */
  const gchar *title;       /* the page's title: a heading that repeats it is left out */
  gchar **byline;           /* where to keep the first byline's text */
  PageNode *first_h1;       /* the article's first <h1> */
  guint data_tables;        /* depth of tables of data (with headed cells), whose linked cells stay */
  guint heading_depth;      /* depth of headings (h1 to h6) */
  gsize tail_start;         /* where the run of headings and labels ending the output starts */
  guint figure_depth;       /* depth of figures and their captions */
  gboolean figure_text;     /* whether the figure being read has written its caption's text */
  gboolean opens_on_time;   /* whether the block opened on a <time> element or a class naming a time */
  guint quote_depth;        /* depth of quotations (<blockquote>, a class naming a quote) */
  GArray *quoted;           /* where each paragraph written inside a quotation starts */
  guint bold_depth;         /* depth of <b> and <strong> */
  guint ordered_depth;      /* depth of ordered lists */
  gsize bold_bytes;         /* of the block's bytes, those written in bold type */
  gsize bold_start;       /* where the last block written starts when it is a heading in bold, or G_MAXSIZE */
  gboolean bold_followed; /* whether a block was left out after the last one written */
  gboolean after_byline;  /* whether, before any text, the last block was a byline left out */
  gboolean key_points;    /* whether, before any text, a "Key points" heading was left out: its list goes */
  gboolean headline_met;  /* whether a heading that repeats the title was left out */
} Collect;

/* What is read before the headline is a kicker when it is at most this long. */
#define KICKER_MAX_BYTES 60
/* A caption that ends on its credit in brackets is at most this long. */
#define CAPTION_MAX_BYTES 400
/* A byline's role line ("Business reporter") is at most this long. */
#define BYLINE_ROLE_MAX_BYTES 40

/* A heading in bold type is at most this long (a line, not a paragraph). */
#define BOLD_HEADING_MAX_BYTES 80

/* Whether a block of @len bytes is a label that introduces what follows it ("Read more:",
 * "Related:"): short, ending in a colon. */
static gboolean
is_label (const gchar *block, gsize len)
{
  return len > 0 && len <= 40 && block[len - 1] == ':';
}

/* Whether a block of @len bytes, @bold_bytes of them in bold type, is a heading written in bold
 * ("Other stories this week" over a list of links): all bold, short, not ended as a sentence. */
static gboolean
is_bold_heading (const gchar *block, gsize len, gsize bold_bytes)
{
  if (len == 0 || len > BOLD_HEADING_MAX_BYTES || bold_bytes < len)
    return FALSE;
  gchar last = block[len - 1];
  return last != '.' && last != '!' && last != '?';
}

/* Whether a block is a slide show's counter ("1 of 5", "Photo 3 of 12", "2 / 7"), looked for
 * in figures and their captions only. */
static gboolean
is_slide_counter (const gchar *block, gsize len)
{
  if (len > 24)
    return FALSE;
  g_autofree gchar *line = g_ascii_strdown (block, (gssize)len);
  gchar **words = g_strsplit (line, " ", 0);
  guint n = g_strv_length (words), k = 0;
  if (n == 4
      && (g_str_equal (words[0], "photo") || g_str_equal (words[0], "image")
          || g_str_equal (words[0], "picture") || g_str_equal (words[0], "slide")))
    k = 1;
  gboolean yes = n == k + 3 && (g_str_equal (words[k + 1], "of") || g_str_equal (words[k + 1], "/"));
  for (guint w = k; yes && w < n; w += 2)
    yes = precis_all_digits (words[w], strlen (words[w]));
  g_strfreev (words);
  return yes;
}

/* Whether a block is a photo's credit on its own ("Photograph: Marta Quill", "Photo: Reuters"):
 * a credit word and a colon, then one to five words with no full stop. */
static gboolean
is_credit_line (const gchar *block, gsize len)
{
  static const gchar *const words[]
      = { "photo",  "photos", "photograph",   "photographs", "picture", "pictures", "image",
          "images", "credit", "photographer", "foto",        "fotos",   "bild" };
  const gchar *colon = memchr (block, ':', MIN (len, 14));
  if (colon == NULL || len > 80 || block[len - 1] == '.')
    return FALSE;
  g_autofree gchar *word = g_strndup (block, colon - block);
  if (!value_in (word, words, G_N_ELEMENTS (words)))
    return FALSE;
  guint n = 0;
  for (const gchar *p = colon + 1; p < block + len; p++)
    if (*p != ' ' && (p == colon + 1 || p[-1] == ' '))
      n++;
  return n >= 1 && n <= 5;
}

/* Whether a block is a photo's caption that ends on its credit in brackets ("FILE - Irrigation
 * canals draw water ... (AP Photo/Kyle Green, File)", "... (Photo: Jo Lee/Reuters)", "... (Photo
 * by Jo Lee)"), as a wire's pictures are captioned wherever the page puts them: a bracket that
 * closes the block and opens on "AP Photo", "Photo" or "Photograph" and a slash, a colon or "by",
 * up to CAPTION_MAX_BYTES. */
static gboolean
is_bracketed_credit_caption (const gchar *block, gsize len)
{
  static const gchar *const openings[] = { "AP Photo/", "AP Photo by ", "Photo: ",        "Photo by ",
                                           "Photo/",    "Photograph: ", "Photograph by ", "Photo courtesy " };
  if (len < 12 || len > CAPTION_MAX_BYTES || block[len - 1] != ')')
    return FALSE;
  const gchar *open = NULL;
  for (const gchar *p = block + len - 2; p > block && open == NULL; p--)
    if (*p == '(')
      open = p;
    else if (*p == ')')
      return FALSE;
  if (open == NULL || open[-1] != ' ' || (gsize)(block + len - open) > 80)
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS (openings); k++)
    if (strncmp (open + 1, openings[k], strlen (openings[k])) == 0)
      return TRUE;
  return FALSE;
}

/* Whether a block is a byline in plain words, its class naming none ("By Tomos Reade", "By
 * Ana Ruiz | 9 February 2026", "By Jo Lee and Sam Hart", "Posted 10 November 2026 by Dee
 * Ackroyd"): "By " and a capital, or "Posted " or "Published ", a time stamp, " by " and a
 * capital; up to 80 bytes, not ended as a sentence or a label. */
static gboolean
is_byline_line (const gchar *block, gsize len)
{
  if (len < 5 || len > 80)
    return FALSE;
  gchar last = block[len - 1];
  if (last == '!' || last == '?' || last == ':')
    return FALSE;
  if (strncmp (block, "By ", 3) == 0)
    return g_ascii_isupper (block[3]) && last != '.';
  /* "Published by The Courier on Nov. 25, 2026." (an obituary's or a notice's line) */
  if ((strncmp (block, "Published by ", 13) == 0 || strncmp (block, "Posted by ", 10) == 0))
    {
      const gchar *name = block + (block[1] == 'u' ? 13 : 10);
      const gchar *on = g_strstr_len (name, (gssize)(len - (gsize)(name - block)), " on ");
      gsize stamp = on != NULL ? len - (gsize)(on + 4 - block) - (last == '.') : 0;
      return g_ascii_isupper (*name) && on != NULL && stamp > 0
             && precis_is_time_stamp (on + 4, stamp, FALSE);
    }
  if (last == '.')
    return FALSE;
  if (strncmp (block, "Posted ", 7) != 0 && strncmp (block, "Published ", 10) != 0)
    return FALSE;
  const gchar *by = g_strstr_len (block, (gssize)len, " by ");
  return by != NULL && g_ascii_isupper (by[4]) && precis_is_time_stamp (block, (gsize)(by - block), FALSE);
}

/* Whether a block is a byline's second line, the writer's role under the name ("Business
 * reporter", "Health Editor, Europe"): one to five words opening on a capital, not all in
 * capitals, no digit, up to BYLINE_ROLE_MAX_BYTES, not ended as a sentence or a label. */
static gboolean
is_byline_role (const gchar *block, gsize len)
{
  if (len < 3 || len > BYLINE_ROLE_MAX_BYTES || !g_ascii_isupper (block[0]))
    return FALSE;
  gchar last = block[len - 1];
  if (last == '.' || last == '!' || last == '?' || last == ':')
    return FALSE;
  guint words = 1;
  gboolean lower = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isdigit (block[i]))
        return FALSE;
      words += block[i] == ' ';
      lower = lower || g_ascii_islower (block[i]);
    }
  return words <= 5 && lower; /* (a dateline in capitals, "WASHINGTON", is the story's) */
}

/* Whether a block is the heading of a list of the story's key points over it ("Key points:",
 * "Key takeaways", "At a glance"): the page's summary of the story, as a dek is. */
static gboolean
is_key_points_heading (const gchar *block, gsize len)
{
  static const gchar *const headings[] = { "key points", "key takeaways" };
  if (len < 8 || len > 30)
    return FALSE;
  g_autofree gchar *low = g_ascii_strdown (block, (gssize)len);
  gsize n = len;
  while (n > 0 && (low[n - 1] == ':' || low[n - 1] == ' '))
    n--;
  low[n] = '\0';
  return value_in (low, headings, G_N_ELEMENTS (headings));
}

/* Whether each part of a sign-off (between semicolons) is a role, "by" and names: after "by",
 * no word in lower case but "and" and "in" ("Reporting by Jo Lee in Lisbon and Ann Roe"), so
 * "Reporting by The Guardian revealed the payments; ..." is a sentence. */
static gboolean
names_only (const gchar *block, gsize len)
{
  gboolean after_by = FALSE;
  for (gsize i = 0; i < len;)
    {
      while (i < len && (block[i] == ' ' || block[i] == '(' || block[i] == ')' || block[i] == ';'))
        {
          if (block[i] == ';')
            after_by = FALSE;
          i++;
        }
      gsize s = i;
      while (i < len && block[i] != ' ' && block[i] != ';' && block[i] != ')')
        i++;
      gsize w = i - s;
      if (w == 0)
        continue;
      if (w == 2 && strncmp (block + s, "by", 2) == 0)
        after_by = TRUE;
      else if (after_by && g_ascii_islower (block[s]) && !(w == 3 && strncmp (block + s, "and", 3) == 0)
               && !(w == 2 && strncmp (block + s, "in", 2) == 0))
        return FALSE;
    }
  return TRUE;
}

/* Whether a block is a wire story's sign-off ("Reporting by Ines Carvalho; Editing by Mark
 * Tennant", "(Additional reporting by Jo Lee)"): it opens, perhaps in a bracket, on reporting,
 * writing or editing "by" and a capital; up to 200 bytes, not ended by a full stop unless its
 * credits are listed with a semicolon ("Reporting by the Post showed ..." is a sentence). */
static gboolean
is_sign_off (const gchar *block, gsize len)
{
  static const gchar *const openings[]
      = { "Reporting by ", "Additional reporting by ", "Writing by ", "Editing by ", "Compiled by " };
  if (len < SIGN_OFF_MIN_BYTES || len > SIGN_OFF_MAX_BYTES
      || (block[0] != '(' && !g_ascii_isupper (block[0])))
    return FALSE;
  const gchar *p = block[0] == '(' ? block + 1 : block;
  for (gsize k = 0; k < G_N_ELEMENTS (openings); k++)
    {
      gsize n = strlen (openings[k]);
      if ((gsize)(p - block) + n < len && strncmp (p, openings[k], n) == 0)
        return g_ascii_isupper (p[n]) && (block[len - 1] != '.' || memchr (block, ';', len) != NULL)
               && names_only (block, len);
    }
  return FALSE;
}

/* Whether @line (NULL: none) is an advertisement's label or a loading message ("Advertisement",
 * "Werbung", "Loading…"), in the languages Readability knows them, and the labels the press
 * of a few more languages prints over an advertisement ("Anzeige", "Publicidad"). */
static gboolean
is_placeholder_line (const gchar *line)
{
  static const gchar *const labels[] = {
    "ad",
    "advertising",
    "advertisement",
    "pub",
    "publicit\xC3\xA9",
    "werb",
    "werbung",
    "\xE5\xB9\xBF\xE5\x91\x8A",
    "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
    "anuncio",
    "anzeige",
    "publicidad",
    "pubblicit\xC3\xA0",
    "advertentie",
    "reklama",
    "loading",
    "\xE6\xAD\xA3\xE5\x9C\xA8\xE5\x8A\xA0\xE8\xBD\xBD",
    "\xD0\xB7\xD0\xB0\xD0\xB3\xD1\x80\xD1\x83\xD0\xB7\xD0\xBA\xD0\xB0",
    "chargement",
    "cargando",
  };
  if (line == NULL)
    return FALSE;
  g_autofree gchar *folded = g_utf8_casefold (line, -1);
  gsize n = strlen (folded);
  if (g_str_has_suffix (folded, "..."))
    n -= 3;
  else if (g_str_has_suffix (folded, "\xE2\x80\xA6")) /* … */
    n -= 3;
  folded[n] = '\0';
  for (gsize k = 0; k < G_N_ELEMENTS (labels); k++)
    if (g_str_equal (folded, labels[k]))
      return TRUE;
  return FALSE;
}

/* Whether a block is a prompt the page shows between or after parts of a story ("Continue
 * reading the main story", "Story continues below advertisement"), or the word that opened a
 * byline left out ("By", "Por", "Von"): the page's, not the story's. */
static gboolean
is_prompt (const gchar *block, gsize len)
{
  static const gchar *const prompts[] = {
    "by",
    "por",
    "von",
    "par",
    "door",
    "di",
    "continue reading the main story",
    "continue reading",
    "continue reading below",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
    "article continues after advertisement",
    "advertisement - scroll to continue",
    "scroll to continue with content",
    "skip advertisement",
  };
  /* a newsletter's closing line ("Thanks for reading Small Hours! Subscribe for free to receive
   * new posts", "... This post is public, so feel free to share it.") */
  if (len <= 200 && len > 18 && g_ascii_strncasecmp (block, "thanks for reading", 18) == 0)
    {
      g_autofree gchar *low = g_ascii_strdown (block, (gssize)len);
      if (strstr (low, "subscri") != NULL || strstr (low, "share") != NULL)
        return TRUE;
    }
  /* a typo report's prompt ("Found a mistake? Select the text and press Ctrl+Enter", Orphus
   * and its like on many Russian and Ukrainian sites): the keys and the mistake it names ("Press
   * Ctrl+Enter to run the cell" in a how-to is the story's). g_ascii_strdown() leaves Cyrillic
   * as it is: the needles leave out the word's first letter ("ошибку", "Ошибка"; "помилку"). */
  if (len <= 200 && len >= 10 && memchr (block, '+', len) != NULL)
    {
      g_autofree gchar *low = g_ascii_strdown (block, (gssize)len);
      if ((strstr (low, "ctrl+enter") != NULL || strstr (low, "ctrl + enter") != NULL)
          && (strstr (low, "mistake") != NULL || strstr (low, "error") != NULL || strstr (low, "typo") != NULL
              || strstr (low, "\xD1\x88\xD0\xB8\xD0\xB1\xD0\xBA") != NULL           /* "шибк" */
              || strstr (low, "\xD0\xBE\xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBA") != NULL)) /* "омилк" */
        return TRUE;
    }
  /* an embed's consent box, shown in place of a post or a video until the reader lets it
   * load ("This article includes content provided by Twitter. We ask for your permission
   * before anything is loaded, as they may be using cookies ..."): cookies, permission or
   * consent, content provided by someone else, and the box's own request to the reader; its
   * heading "Allow Twitter content?" */
  if (len <= CONSENT_BOX_MAX_BYTES && g_strstr_len (block, (gssize)len, "ookies") != NULL)
    {
      g_autofree gchar *low = g_ascii_strdown (block, (gssize)len);
      /* the box speaks to the reader about loading it ("we ask for your permission", "before
       * anything is loaded", "to view this content"), not of cookies as news does */
      if ((strstr (low, "content provided by") != NULL || strstr (low, "third part") != NULL)
          && (strstr (low, "permission") != NULL || strstr (low, "consent") != NULL)
          && (strstr (low, "we ask") != NULL || strstr (low, "before anything is loaded") != NULL
              || strstr (low, "to view this content") != NULL || strstr (low, "to load this content") != NULL
              || strstr (low, "manage your preferences") != NULL
              || strstr (low, "manage preferences") != NULL))
        return TRUE;
    }
  /* a promotion in a paragraph of its own ("Sign up for our free daily newsletter here.",
   * "Follow The Valley Star on Facebook and X for the latest news."): it opens on the call and
   * names a newsletter or a social network */
  gboolean sign_up = len > 8 && g_ascii_strncasecmp (block, "sign up ", 8) == 0;
  gboolean subscribe = len > 10 && g_ascii_strncasecmp (block, "subscribe ", 10) == 0;
  gboolean follow = len > 7 && g_ascii_strncasecmp (block, "follow ", 7) == 0;
  if (len <= PROMOTION_MAX_BYTES && (sign_up || subscribe || follow))
    {
      g_autofree gchar *low = g_ascii_strdown (block, (gssize)len);
      /* (a question or a report is the story's: "Sign up for our newsletter? Most readers said
       * no", "Follow the money on X, critics said") */
      const gchar *on_x = strstr (low, " on x");
      gboolean x = on_x != NULL && (on_x[5] == '\0' || !g_ascii_isalnum (on_x[5]));
      if (strchr (low, '?') == NULL && strstr (low, " said") == NULL && strstr (low, " says") == NULL
          && (((sign_up || subscribe) && strstr (low, "newsletter") != NULL)
              || (follow
                  && (strstr (low, " on facebook") != NULL || strstr (low, " on twitter") != NULL
                      || strstr (low, " on instagram") != NULL || x))))
        return TRUE;
    }
  /* a video's title over its player ("Video: Farmers react to water ruling", "WATCH: ..."):
   * a label and a title, not a sentence */
  if (len <= VIDEO_TITLE_MAX_BYTES && len > 7 && block[len - 1] != '.'
      && (strncmp (block, "Video: ", 7) == 0 || strncmp (block, "VIDEO: ", 7) == 0
          || strncmp (block, "Watch: ", 7) == 0 || strncmp (block, "WATCH: ", 7) == 0))
    return TRUE;
  if (len > 40)
    return FALSE;
  g_autofree gchar *line = g_strndup (block, len);
  if (len <= PLACEHOLDER_MAX_CHARS && is_placeholder_line (line))
    return TRUE; /* "Advertisement" in a paragraph of its own */
  g_autofree gchar *folded = g_utf8_casefold (block, (gssize)len);
  gsize n = strlen (folded);
  while (n > 0 && (folded[n - 1] == '.' || folded[n - 1] == ':'))
    n--;
  if (n >= 3 && memcmp (folded + n - 3, "\xE2\x80\xA6", 3) == 0) /* … */
    n -= 3;
  folded[n] = '\0';
  for (gsize k = 0; k < G_N_ELEMENTS (prompts); k++)
    if (g_str_equal (folded, prompts[k]))
      return TRUE;
  /* a feedback box's question over its buttons ("Was this guide helpful?", "Is this page
   * useful?", "Did you find this article helpful?") */
  return ((g_str_has_prefix (folded, "was this ") || g_str_has_prefix (folded, "is this ")
           || g_str_has_prefix (folded, "did you find this "))
          && (g_str_has_suffix (folded, " helpful?") || g_str_has_suffix (folded, " useful?")))
         || (g_str_has_prefix (folded, "allow ") && g_str_has_suffix (folded, " content?")); /* its heading */
}

/* A reading aid's line is at most this long, in bytes. */
#define READING_AID_MAX_BYTES 60

/* Skips "min", "mins", "minute" or "minutes" at *@p; whether one was there. */
static gboolean
skip_minutes (const gchar **p)
{
  static const gchar *const units[] = { "minutes", "minute", "mins", "min" };
  for (gsize k = 0; k < G_N_ELEMENTS (units); k++)
    if (g_str_has_prefix (*p, units[k]) && !g_ascii_isalpha ((*p)[strlen (units[k])]))
      {
        *p += strlen (units[k]);
        return TRUE;
      }
  return FALSE;
}

/* Skips a space or a hyphen at *@p, as a reading time writes one between its number and its unit
 * ("5 min", "4-minute", a hyphen that does not break: "4\u2011minute"): TRUE when one was skipped.
 * (A no-break space is a space by now: the block was collapsed.) */
static gboolean
skip_space_or_hyphen (const gchar **p)
{
  if (**p == ' ' || **p == '-')
    {
      (*p)++;
      return TRUE;
    }
  if (g_str_has_prefix (*p, "\u2010") || g_str_has_prefix (*p, "\u2011"))
    {
      *p += strlen ("\u2010");
      return TRUE;
    }
  return FALSE;
}

/* Whether a block is a reading aid over a story: its reading time ("5 min read", "4-minute
 * read", "Reading time: 6 minutes") or its audio player's call ("Listen to this article",
 * "Listen to this story · 5:32 min"). A sentence about reading or listening is longer, or
 * goes on with words. */
static gboolean
is_reading_aid (const gchar *block, gsize len)
{
  if (len > READING_AID_MAX_BYTES || len < 5)
    return FALSE;
  g_autofree gchar *folded = g_utf8_casefold (block, (gssize)len);
  const gchar *p = folded;
  static const gchar *const listen[]
      = { "listen to this article", "listen to this story", "listen to the article", "listen to article" };
  for (gsize k = 0; k < G_N_ELEMENTS (listen); k++)
    if (g_str_has_prefix (p, listen[k]))
      {
        /* (then a length at most: "· 5:32 min", "(4 minutes)") */
        for (p += strlen (listen[k]); *p != '\0';)
          if (!g_ascii_isalpha (*p))
            p++;
          else if (!skip_minutes (&p))
            return FALSE;
        return TRUE;
      }
  gboolean labelled = FALSE;
  static const gchar *const labels[] = { "estimated reading time", "reading time", "read time" };
  for (gsize k = 0; k < G_N_ELEMENTS (labels) && !labelled; k++)
    if (g_str_has_prefix (p, labels[k]))
      {
        p += strlen (labels[k]);
        labelled = TRUE;
        while (*p == ':' || *p == ' ')
          p++;
      }
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  skip_space_or_hyphen (&p);
  if (!skip_minutes (&p))
    return FALSE;
  if (!labelled)
    {
      if (!skip_space_or_hyphen (&p))
        return FALSE;
      if (!g_str_has_prefix (p, "read"))
        return FALSE;
      p += strlen ("read");
    }
  while (*p == '.' || *p == ' ')
    p++;
  return *p == '\0';
}

/* Whether a block is a copyright notice ("Copyright 2026 The Associated Press. All rights
 * reserved. This material may not be published, broadcast, rewritten or redistributed.", "©
 * 2026 Newswire. All rights reserved"): it opens on the word or the sign and reserves "All
 * rights", up to RIGHTS_LINE_MAX_BYTES; a syndicated story's footer or the page's, not the
 * story's text. */
static gboolean
is_rights_line (const gchar *block, gsize len)
{
  if (len < 12 || len > RIGHTS_LINE_MAX_BYTES)
    return FALSE;
  if (g_ascii_strncasecmp (block, "copyright", 9) != 0 && strncmp (block, "\xC2\xA9", 2) != 0
      && g_ascii_strncasecmp (block, "(c)", 3) != 0)
    return FALSE;
  /* (as a notice writes it, capitalised: "Copyright law leaves all rights reserved to ..." is
   * a sentence) */
  return g_strstr_len (block, (gssize)len, "All rights reserved") != NULL
         || g_strstr_len (block, (gssize)len, "All Rights Reserved") != NULL
         || g_strstr_len (block, (gssize)len, "ALL RIGHTS RESERVED") != NULL;
}

/* Whether a block is made of pictures alone ("💡", "★★★★☆", "👍🏽 👎"): symbols of the kind
 * Unicode calls other (emoji, stars), their modifiers and marks, spaces, up to 40 bytes;
 * an icon or a rating's stars, not words (punctuation, "* * *" or a "}", stays). */
static gboolean
is_icon_line (const gchar *block, gsize len)
{
  if (len == 0 || len > ICON_LINE_MAX_BYTES || (guchar)block[0] < 0x80)
    return FALSE;
  for (const gchar *p = block; p < block + len; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);
      GUnicodeType t = g_unichar_type (u);
      /* (a skin tone is a modifier symbol, a keycap an enclosing mark, a joiner a format) */
      if (u != ' ' && t != G_UNICODE_SPACE_SEPARATOR && t != G_UNICODE_OTHER_SYMBOL
          && t != G_UNICODE_MODIFIER_SYMBOL && t != G_UNICODE_NON_SPACING_MARK
          && t != G_UNICODE_ENCLOSING_MARK && t != G_UNICODE_FORMAT)
        return FALSE;
    }
  return TRUE;
}

/* Whether @line repeats the page's title: the whole of it, or a part of 15 bytes or more (the
 * title often adds the site's name). */
static gboolean
repeats_title (const Collect *c, const gchar *line)
{
  if (c->title == NULL)
    return FALSE;
  gsize n = strlen (line);
  return g_str_equal (line, c->title) || (n >= 15 && strstr (c->title, line) != NULL)
         || (n >= TITLE_PART_MIN_BYTES && strncmp (c->title, line, n) == 0 && c->title[n] == ':');
}

/* Words beside a list's links that are no words of its own: counts and times ("11 comments",
 * "3 hours ago"). */
static const gchar *const list_count_words[]
    = { "comment", "comments", "ago",     "min",   "mins",   "minute", "minutes", "hr",
        "hrs",     "hour",     "hours",   "day",   "days",   "week",   "weeks",   "view",
        "views",   "reply",    "replies", "share", "shares", "read",   "like",    "likes" };

/* The words of two letters or more in @text that are not list_count_words. */
static guint
own_words (const gchar *text)
{
  guint n = 0;
  if (text == NULL)
    return 0;
  for (const gchar *p = text; *p != '\0';)
    {
      while (*p != '\0' && !g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      const gchar *start = p;
      guint letters = 0;
      while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p), letters++;
      if (letters < 2)
        continue;
      n += !word_matches (start, (gsize)(p - start), list_count_words, G_N_ELEMENTS (list_count_words),
                          FALSE);
    }
  return n;
}

/* Whether the block being read is a line of links (a related story's headline, a menu's
 * entry): short, half of it or more in links; never in a table of data, nor an ordered
 * list's item with words of its own beside its links, or a mark linked within the page (the
 * story's numbered notes and references, linked to their sources: Readability never cleans an
 * <ol> away). An item that is only a link, or a link and its count or time, is a list of
 * links' ("Most read", numbered; "11 comments", "3 hours ago"). */
static gboolean
is_link_line (const Collect *c)
{
  if (c->data_tables > 0 || c->link_bytes * 2 < c->block->len || c->block->len >= LINK_BLOCK_MAX_BYTES)
    return FALSE;
  return c->ordered_depth == 0
         || c->link_bytes * ORDERED_ITEM_LINK_SHARE >= c->block->len * (ORDERED_ITEM_LINK_SHARE - 1)
         || (c->own_words == 0 && !c->in_page_linked);
}

static void
end_block (Collect *c)
{
  while (c->block->len > 0 && c->block->str[c->block->len - 1] == ' ')
    g_string_truncate (c->block, c->block->len - 1);
  gboolean links = (c->rules & RULE_LINK_BLOCKS) && is_link_line (c);
  if (!links && (c->rules & RULE_LINK_BLOCKS) && c->data_tables == 0)
    links = precis_is_time_stamp (c->block->str, c->block->len, c->opens_on_time)
            || is_prompt (c->block->str, c->block->len) || is_icon_line (c->block->str, c->block->len)
            || is_reading_aid (c->block->str, c->block->len) || is_rights_line (c->block->str, c->block->len)
            || (c->figure_depth > 0 && is_slide_counter (c->block->str, c->block->len))
            || (c->figure_text && is_credit_line (c->block->str, c->block->len))
            || is_bracketed_credit_caption (c->block->str, c->block->len)
            || (c->heading_depth == 0 && is_byline_line (c->block->str, c->block->len))
            || (c->after_byline && c->heading_depth == 0 && is_byline_role (c->block->str, c->block->len))
            || (c->out->len == 0 && (c->key_points = is_key_points_heading (c->block->str, c->block->len)))
            || is_sign_off (c->block->str, c->block->len)
            /* (a press release's label lines over its text, "FOR IMMEDIATE RELEASE", as a text's) */
            || (c->out->len == 0 && c->heading_depth == 0 && precis_may_open_release_line (c->block->str[0])
                && precis_is_release_line (c->block->str, c->block->len))
            || (c->out->len == 0 && c->heading_depth == 0
                && repeats_title (c, c->block->str)); /* a headline not in a heading */
  if (c->block->len > 0)
    c->after_byline = links && c->out->len == 0 && c->heading_depth == 0
                      && (c->after_byline || is_byline_line (c->block->str, c->block->len));
  if (c->block->len > 0 && !links)
    {
      c->key_points = FALSE;
      gsize start = c->out->len;
      if (c->out->len > 0)
        g_string_append (c->out, "\n\n");
      if (c->figure_depth > 0)
        c->figure_text = TRUE;
      if (c->quote_depth > 0 && c->quoted != NULL)
        g_array_append_val (c->quoted, c->out->len);
      g_string_append_len (c->out, c->block->str, c->block->len);
      c->bold_start = is_bold_heading (c->block->str, c->block->len, c->bold_bytes) ? start : G_MAXSIZE;
      c->bold_followed = FALSE;
      if (c->heading_depth == 0 && !is_label (c->block->str, c->block->len))
        c->tail_start = c->out->len; /* text: the run of headings ends here */
      else if (c->tail_start > start)
        c->tail_start = start;
    }
  else if (c->block->len > 0)
    c->bold_followed = TRUE; /* a block left out after the last one written */
  g_string_truncate (c->block, 0);
  c->link_bytes = 0;
  c->own_words = 0;
  c->in_page_linked = FALSE;
  c->bold_bytes = 0;
  c->opens_on_time = FALSE;
}

static gchar *node_line (PageNode *node);

/* Nodes a placeholder's box may hold: its text is a word or two ("Loading ..."), so a box of
 * more nodes is not one, and is not read (a deep nest of elements around a line would be read
 * once at each level, in time growing as the square of its depth). */
#define PLACEHOLDER_MAX_NODES 64

/* Whether the whole text of @node is a placeholder (is_placeholder_line()). */
static gboolean
is_placeholder (PageNode *node)
{
  GString *text = g_string_new (NULL);
  guint nodes = 0;
  PageNode *n = node;
  while (n != NULL && ++nodes <= PLACEHOLDER_MAX_NODES)
    {
      if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && node_content (n) != NULL)
        g_string_append (text, (const gchar *)node_content (n));
      if (n->type == XML_ELEMENT_NODE && node_first (n) != NULL)
        {
          n = node_first (n);
          continue;
        }
      while (n != node && node_next (n) == NULL)
        n = node_parent (n);
      n = n == node ? NULL : node_next (n);
    }
  gboolean yes = FALSE;
  if (nodes <= PLACEHOLDER_MAX_NODES)
    {
      g_autofree gchar *line = precis_markup_collapse_line (text->str);
      yes = is_placeholder_line (line);
    }
  g_string_free (text, TRUE);
  return yes;
}

/* A shop's deal box is at most this many characters. */
#define DEAL_MAX_CHARS 200

/* Whether @node's rel names a paid link ("sponsored": an affiliate's link, as search engines
 * ask such links to be marked). */
static gboolean
is_sponsored_link (const PageNode *node)
{
  if (node->type != XML_ELEMENT_NODE || !is_element (node, "a"))
    return FALSE;
  const gchar *rel = borrowed_attribute (node, "rel");
  if (rel == NULL)
    return FALSE;
  g_auto (GStrv) words = g_strsplit_set (rel, " \t\n", -1);
  for (gsize k = 0; words[k] != NULL; k++)
    if (g_ascii_strcasecmp (words[k], "sponsored") == 0)
      return TRUE;
  return FALSE;
}

/* Whether a block is a shop's deal box inside a review or a list of products ("Arlo Tern 2:
 * was £199, now £179 at Amazon" and a "View deal" button): a short block of no sentence (at
 * most DEAL_MAX_CHARS characters, no full stop) holding a sponsored link among its first
 * PLACEHOLDER_MAX_NODES nodes (a box of more is not one: a deep nest of elements would be
 * walked once at each level). A paragraph with an affiliate's link in its sentence stays. */
static gboolean
is_deal_box (Collect *c, PageNode *node)
{
  if (info_of (c->info, node)->chars > DEAL_MAX_CHARS)
    return FALSE;
  gboolean sponsored = FALSE;
  guint seen = 0;
  for (PageNode *n = node_first (node);
       n != NULL && n != node && !sponsored && seen++ < PLACEHOLDER_MAX_NODES;)
    {
      sponsored = is_sponsored_link (n);
      if (node_first (n) != NULL && n->type == XML_ELEMENT_NODE)
        n = node_first (n);
      else
        {
          while (n != node && node_next (n) == NULL)
            n = node_parent (n);
          n = n != node ? node_next (n) : NULL;
        }
    }
  if (!sponsored)
    return FALSE;
  g_autofree gchar *line = node_line (node);
  return line != NULL && strstr (line, ". ") == NULL && !g_str_has_suffix (line, ".");
}

/* Whether a block inside the article is a teaser box, a link list or a gallery rather than
 * the story's text (Readability's conditional cleaning; like Readability, an ordered list or
 * a <section> is never judged so: they are the story's steps and parts). */
static gboolean
is_clutter (Collect *c, PageNode *node)
{
  if (!(is_element (node, "div") || is_element (node, "ul") || is_element (node, "table")
        || is_element (node, "form") || is_element (node, "fieldset") || is_element (node, "aside")
        || is_element (node, "header")))
    return FALSE;
  if (c->data_tables > 0)
    return FALSE; /* nothing inside a table of data is (Readability) */
  Info *i = info_of (c->info, node);
  gdouble weight = (c->rules & RULE_WEIGHTS) ? class_weight (node) : 0;
  /* (its class and id only, as Readability judges: a list's start score of -3 would drop a
   * one-item list of a caption or a note, whose paragraph adds less than 3) */
  if (weight < 0)
    return TRUE;
  if (i->commas >= 10)
    return FALSE;
  /* a block whose text is nearly all in lists is judged as a list (Readability's rule) */
  gboolean list = is_element (node, "ul") || is_element (node, "ol")
                  || (i->chars > 0 && i->list_chars * 10 > i->chars * 9);
  if (is_element (node, "table"))
    {
      /* A table of data (Readability's test, or little linked text) stays; a layout table is
       * judged like a <div>. */
      if ((i->n_p == 0 && i->link_chars * 5 < i->chars) || i->data_table)
        return FALSE;
    }
  gdouble density = link_density (i);
  gdouble heading_density = i->chars > 0 ? (gdouble)i->n_heading_chars / i->chars : 0;
  guint n_p = i->n_p;
  /* (a gallery or a short block inside a <figure> is the figure's: Readability) */
  if (i->n_img > 1 && n_p * 2 < i->n_img && !inside_figure (node))
    return TRUE;
  /* more list items than paragraphs by a hundred: a link farm or a sitemap, not a story's
   * list of steps (Readability's margin) */
  if (!list && i->n_li > n_p + 100)
    return TRUE;
  if (i->chars <= PLACEHOLDER_MAX_CHARS && is_placeholder (node))
    return TRUE;
  if (i->n_input > n_p / 3)
    return TRUE;
  /* a short block with links in it, or an empty one (Readability's rule as it is now: a
   * short line of plain words is the story's) */
  if (!list && heading_density < 0.9 && i->chars < MIN_PARAGRAPH_CHARS && (i->n_img == 0 || i->n_img > 2)
      && density > 0 && !inside_figure (node))
    return TRUE;
  if (i->chars == 0 && i->n_img == 0)
    return TRUE;
  if (!list && weight < CLASS_WEIGHT && density > 0.2 && i->chars < 2000)
    return TRUE;
  if ((i->n_embeds == 1 && i->chars < 75) || i->n_embeds > 1)
    return TRUE;
  if (is_deal_box (c, node))
    return TRUE;
  if (list && density > 0.5)
    return TRUE;
  if (weight >= CLASS_WEIGHT && density > 0.5)
    return TRUE;
  return FALSE;
}

/* Whether a class or id value names a pull quote ("pullquote", "pull-quote", "article-pullquote"),
 * and not Medium's: Medium marks each paragraph of a story "graf", and its "graf--pullquote" is
 * the author's own line set in large type, said nowhere else. */
static gboolean
names_pull_quote (const gchar *value)
{
  gboolean pull = FALSE, named = FALSE;
  gsize n;
  for (const gchar *p = value, *start; (start = next_class_word (&p, &n)) != NULL;)
    {
      if (n == 4 && g_ascii_strncasecmp (start, "graf", 4) == 0)
        return FALSE;
      named = named || (n >= 9 && g_ascii_strncasecmp (start, "pullquote", 9) == 0)
              || (pull && n == 5 && g_ascii_strncasecmp (start, "quote", 5) == 0);
      pull = n == 4 && g_ascii_strncasecmp (start, "pull", 4) == 0;
    }
  return named;
}

/* Whether @node is a speaker's words set large beside the story for the eye: a box named as a
 * pull quote (a <blockquote>, <div>, <figure> or <p>) whose text opens on a quotation mark
 * (" “ ‘ „ «). A summary must not take it for a sentence of the story, out of its place and
 * without its speaker. A pull quote of the writer's own line (The Verge's) stays, as the best
 * readers keep it, unless the story repeats it (drop_repeated_paragraphs()). A conditional rule:
 * a page that is only a pull quote keeps it in a later reading. */
static gboolean
is_pull_quote (PageNode *node)
{
  if (node->attrs == 0
      || !(is_element (node, "blockquote") || is_element (node, "div") || is_element (node, "figure")
           || is_element (node, "p"))
      || !(names_pull_quote (borrowed_attribute (node, "class"))
           || names_pull_quote (borrowed_attribute (node, "id"))))
    return FALSE;
  g_autofree gchar *line = node_line (node);
  const guchar *p = (const guchar *)line;
  return p != NULL
         && (p[0] == '"' || (p[0] == 0xC2 && p[1] == 0xAB)
             || (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x98 || p[2] == 0x9E)));
}

/* Whether @node is a figure of an embedded document left out (another site's player or
 * widget, not one of the video players Readability keeps) with no picture: its caption tells
 * what the text's reader cannot see ("The BBC contrasts ... (Video by ...)"). A conditional
 * rule: a page that is only such a figure keeps its caption in a later reading. */
static gboolean
is_embed_figure (Collect *c, PageNode *node)
{
  if (!is_element (node, "figure"))
    return FALSE;
  Info *i = info_of (c->info, node);
  return i->n_embeds > 0 && i->n_img == 0;
}

/* The element's text, white space collapsed; free with g_free(). */
static gchar *
node_line (PageNode *node)
{
  gchar *content = precis_page_node_text (node);
  gchar *line = precis_markup_collapse_line ((const gchar *)content);
  g_free (content);
  return line;
}

/* Whether an element is a byline: its rel, itemprop, class or id says so and it is short. */
static gboolean
is_byline (Collect *c, PageNode *node)
{
  Info *i = info_of (c->info, node);
  if (i->chars == 0 || i->chars > 100)
    return FALSE;
  /* a dateline that opens a paragraph ("<p><span class=dateline>CAIRO —</span> Gunmen ...")
   * is part of its sentence, not a byline block */
  PageNode *parent = node_parent (node);
  if (parent != NULL && parent->number != 0 && is_element (parent, "p")
      && info_of (c->info, parent)->chars > 2 * i->chars + MIN_PARAGRAPH_CHARS)
    return FALSE;
  const gchar *rel = borrowed_attribute (node, "rel");
  const gchar *itemprop = borrowed_attribute (node, "itemprop");
  gboolean yes = (rel != NULL && g_ascii_strcasecmp (rel, "author") == 0)
                 || (itemprop != NULL && strstr (itemprop, "author") != NULL);
  if (!yes)
    {
      Evidence e = evidence (node);
      yes = e.byline > 0;
    }
  return yes;
}

/* Nodes of a box left out that are looked through for a byline (a story's "meta" box of its
 * author and time: a few elements). */
#define BYLINE_BOX_MAX_NODES 100

/* Whether a box left out holds the story's byline if any: a <header>, or a box whose class or
 * id names a byline or has the word "meta" or "header" ("entry-meta", "article-header"); a
 * box of related stories or of comments does not (their authors are not the story's). */
static gboolean
is_byline_box (const PageNode *box)
{
  if (is_element (box, "header"))
    return TRUE;
  if (box->attrs == 0)
    return FALSE;
  if (evidence (box).byline > 0)
    return TRUE;
  const gchar *const values[] = { borrowed_attribute (box, "class"), borrowed_attribute (box, "id") };
  for (gsize k = 0; k < G_N_ELEMENTS (values); k++)
    {
      gsize n;
      for (const gchar *p = values[k], *start; (start = next_class_word (&p, &n)) != NULL;)
        if ((n == 4 && g_ascii_strncasecmp (start, "meta", 4) == 0)
            || (n == 6 && g_ascii_strncasecmp (start, "header", 6) == 0))
          return TRUE;
    }
  return FALSE;
}

/* The text of the first byline inside @box, a box of the story left out as furniture that
 * is_byline_box() ("<div class=meta><span class=author>By Ravi Patel</span> <time>"): an
 * element shown to readers whose rel, itemprop, class or id names an author (is_byline()'s
 * marks), of up to 100 bytes, neither it nor a box around it inside @box furniture
 * ("comment-author", a "comments" box); NULL when there is none. */
static gchar *
byline_inside (PageNode *box, gboolean unshown)
{
  if (!is_byline_box (box) || is_hidden (box, unshown))
    return NULL;
  guint nodes = 0;
  PageNode *n = node_first (box);
  while (n != NULL && n != box && ++nodes <= BYLINE_BOX_MAX_NODES)
    {
      gboolean descend = n->type == XML_ELEMENT_NODE && !is_hidden (n, unshown);
      if (descend && n->attrs != 0)
        {
          const gchar *rel = borrowed_attribute (n, "rel");
          const gchar *itemprop = borrowed_attribute (n, "itemprop");
          Evidence e = evidence (n);
          if (e.furniture > 0)
            descend = FALSE; /* (nor what it holds) */
          else if (e.byline > 0 || (rel != NULL && g_ascii_strcasecmp (rel, "author") == 0)
                   || (itemprop != NULL && strstr (itemprop, "author") != NULL))
            {
              gchar *line = node_line (n);
              if (line != NULL && strlen (line) <= 100)
                return line;
              g_free (line);
              descend = FALSE;
            }
        }
      if (descend && node_first (n) != NULL)
        {
          n = node_first (n);
          continue;
        }
      while (n != box && node_next (n) == NULL)
        n = node_parent (n);
      n = n == box ? NULL : node_next (n);
    }
  return NULL;
}

/* Whether an element is a quotation: a <blockquote>, or a class naming a quote ("pullquote",
 * "pull-quote"). */
static gboolean
is_quotation (const PageNode *node)
{
  if (is_element (node, "blockquote"))
    return TRUE;
  const gchar *klass = node->attrs != 0 ? borrowed_attribute (node, "class") : NULL;
  return klass != NULL && strstr (klass, "quote") != NULL;
}

/* Leaves out what was read before the headline (the first heading that repeats the title),
 * when it is only a short label or two over it (a kicker, "Explainer", "NHS"; a section's
 * name): up to KICKER_MAX_BYTES, no sentence. */
static void
drop_kicker (Collect *c)
{
  gboolean first = !c->headline_met;
  c->headline_met = TRUE;
  if (!first || c->out->len + c->block->len == 0 || c->out->len + c->block->len > KICKER_MAX_BYTES
      || c->quoted->len > 0)
    return;
  const GString *parts[] = { c->out, c->block };
  for (gsize k = 0; k < G_N_ELEMENTS (parts); k++)
    for (gsize i = 0; i < parts[k]->len; i++)
      if (parts[k]->str[i] == '.' || parts[k]->str[i] == '!' || parts[k]->str[i] == '?')
        return;
  g_string_truncate (c->out, 0);
  g_string_truncate (c->block, 0);
  c->link_bytes = 0;
  c->own_words = 0;
  c->in_page_linked = FALSE;
  c->bold_bytes = 0;
  c->opens_on_time = FALSE;
  c->tail_start = 0;
  c->bold_start = G_MAXSIZE;
  c->bold_followed = FALSE;
}

static gboolean
collect_enter (PageNode *node, gpointer data)
{
  Collect *c = data;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node_content (node) != NULL)
        {
          gsize added = precis_markup_append_collapsed (c->block, (const gchar *)node_content (node));
          if (c->bold_depth > 0)
            c->bold_bytes += added;
          if (c->in_page_link_depth > 0)
            {
              c->link_bytes += added * 3 / 10;
              c->in_page_linked = TRUE;
            }
          else if (c->link_depth > 0)
            c->link_bytes += added;
          else if (c->ordered_depth > 0)
            c->own_words += own_words ((const gchar *)node_content (node));
        }
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE || node->number == 0)
    return FALSE;
  Info *i = info_of (c->info, node);
  if (node != c->root)
    {
      if (i->skipped)
        {
          if (c->byline != NULL && *c->byline == NULL)
            *c->byline = byline_inside (node, (c->rules & RULE_UNSCRIPTED) != 0);
          return FALSE;
        }
      if (c->byline != NULL && is_byline (c, node))
        {
          if (*c->byline == NULL)
            *c->byline = node_line (node);
          return FALSE;
        }
      if ((c->rules & RULE_CONDITIONAL) && is_clutter (c, node))
        return FALSE;
      if ((c->rules & RULE_CAPTIONS) && is_element (node, "figcaption"))
        return FALSE;
      if ((c->rules & RULE_CONDITIONAL) && (is_embed_figure (c, node) || is_pull_quote (node)))
        return FALSE;
      if (c->key_points && (is_element (node, "ul") || is_element (node, "ol")))
        {
          end_block (c);
          if (c->key_points)
            {
              c->key_points = FALSE;
              return FALSE; /* the key points' list */
            }
        }
      if (c->first_h1 == NULL && is_element (node, "h1"))
        c->first_h1 = node;
      if (is_heading (node) && c->title != NULL && (is_element (node, "h1") || is_element (node, "h2")))
        {
          g_autofree gchar *line = node_line (node);
          if (line == NULL)
            return FALSE;
          if (repeats_title (c, line))
            {
              drop_kicker (c);
              return FALSE;
            }
        }
    }
  i->marks = 0;
  if (name_in (node_name (node), block_elements, G_N_ELEMENTS (block_elements)))
    {
      i->marks |= MARK_BLOCK;
      end_block (c);
    }
  if (is_element (node, "td") || is_element (node, "th"))
    {
      /* A cell of a table of data is a part of its row's line; a cell of a layout table that
       * holds blocks or long text is a column of the page (a menu beside the story), its own
       * block; a short one (a small table of results without headed cells) stays in its row's
       * line. */
      if (c->data_tables == 0 && !(i->marks & MARK_BLOCK)
          && (i->has_block || i->chars >= LAYOUT_CELL_BLOCK_CHARS))
        {
          i->marks |= MARK_BLOCK;
          end_block (c);
        }
      else
        precis_markup_append_collapsed (c->block, " ");
    }
  if (is_element (node, "a"))
    {
      i->marks |= MARK_LINK;
      c->link_depth++;
      if (is_in_page_link (node))
        {
          i->marks |= MARK_IN_PAGE_LINK;
          c->in_page_link_depth++;
        }
    }
  if (is_element (node, "table") && i->data_table)
    {
      i->marks |= MARK_DATA_TABLE;
      c->data_tables++;
    }
  if (is_heading (node))
    {
      i->marks |= MARK_HEADING;
      c->heading_depth++;
    }
  if (is_element (node, "figure") || is_element (node, "figcaption"))
    {
      i->marks |= MARK_FIGURE;
      c->figure_depth++;
    }
  if (c->block->len == 0 && (is_element (node, "time") || names_time (node)))
    c->opens_on_time = TRUE;
  if (is_quotation (node))
    {
      i->marks |= MARK_QUOTE;
      c->quote_depth++;
    }
  if (is_element (node, "b") || is_element (node, "strong"))
    {
      i->marks |= MARK_BOLD;
      c->bold_depth++;
    }
  if (is_element (node, "ol"))
    {
      i->marks |= MARK_ORDERED;
      c->ordered_depth++;
    }
  return TRUE;
}

static void
collect_leave (PageNode *node, gpointer data)
{
  Collect *c = data;
  if (node->type != XML_ELEMENT_NODE)
    return;
  /* (only an element collect_enter() went into comes here: its marks are set) */
  guint marks = info_of (c->info, node)->marks;
  if (marks & MARK_BLOCK)
    end_block (c);
  if ((marks & MARK_LINK) && c->link_depth > 0)
    {
      c->link_depth--;
      if ((marks & MARK_IN_PAGE_LINK) && c->in_page_link_depth > 0)
        c->in_page_link_depth--;
    }
  if ((marks & MARK_DATA_TABLE) && c->data_tables > 0)
    c->data_tables--;
  if ((marks & MARK_HEADING) && c->heading_depth > 0)
    c->heading_depth--;
  if ((marks & MARK_FIGURE) && c->figure_depth > 0 && --c->figure_depth == 0)
    c->figure_text = FALSE;
  if ((marks & MARK_QUOTE) && c->quote_depth > 0)
    c->quote_depth--;
  if ((marks & MARK_BOLD) && c->bold_depth > 0)
    c->bold_depth--;
  if ((marks & MARK_ORDERED) && c->ordered_depth > 0)
    c->ordered_depth--;
}

/* Appends the text of @root to @c's output. */
static void
collect_into (Collect *c, PageNode *root)
{
  c->root = root;
  end_block (c);
  walk (root, collect_enter, collect_leave, c);
  end_block (c);
}

/* ---- The article ---- */

/* Whether @node's element holds prose: paragraphs, enough text, few of it in links. */
static gboolean
holds_prose (Info *info, const PageNode *node)
{
  Info *i = info_of (info, node);
  return !i->skipped && i->n_p > 0 && i->chars >= SECTION_MIN_CHARS
         && link_density (i) < SECTION_MAX_LINK_DENSITY;
}

/* Whether @a and @b are elements of one kind with one class (not empty). */
static gboolean
same_kind (const PageNode *a, const PageNode *b)
{
  if (b->type != XML_ELEMENT_NODE || b->number == 0 || a == b
      || g_strcmp0 (node_name (a), node_name (b)) != 0)
    return FALSE;
  const gchar *ca = borrowed_attribute (a, "class"), *cb = borrowed_attribute (b, "class");
  return ca != NULL && cb != NULL && ca[0] != '\0' && g_str_equal (ca, cb);
}

/* Whether a sibling of @node is of its kind and class and holds prose, as @node does. */
static gboolean
has_prose_twin (Info *info, const PageNode *node)
{
  if (node->number == 0 || !holds_prose (info, node))
    return FALSE;
  for (const PageNode *s = node_parent (node) != NULL ? node_first (node_parent (node)) : NULL; s != NULL;
       s = node_next (s))
    if (same_kind (node, s) && holds_prose (info, s))
      return TRUE;
  return FALSE;
}

/* The <article> elements inside a block, not counting those inside another. */
typedef struct
{
  PageNode *article; /* the last found */
  guint n;
} Articles;

static gboolean
articles_enter (PageNode *node, gpointer data)
{
  Articles *found = data;
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (is_element (node, "article"))
    {
      found->article = node;
      found->n++;
      return FALSE;
    }
  return TRUE;
}

/* The best candidate: the highest score after its link density, then the ancestor that
 * several good candidates share, or a parent that holds nothing else. */
static PageNode *
best_candidate (Info *info, GPtrArray *candidates, PageNode *body)
{
  PageNode *top = NULL;
  gdouble top_score = 0;
  for (guint k = 0; k < candidates->len; k++)
    {
      PageNode *node = candidates->pdata[k];
      Info *i = info_of (info, node);
      i->score *= 1 - link_density (i);
      if (top == NULL || i->score > top_score)
        {
          top = node;
          top_score = i->score;
        }
    }
  if (top == NULL || top == body)
    return body;

  /* When three or more of the other good candidates lie inside one ancestor of the best, the
   * article is that ancestor (a story split in several boxes). */
  enum
  {
    MIN_SHARING = 3
  };
  GPtrArray *good = g_ptr_array_new ();
  for (guint k = 0; k < candidates->len; k++)
    {
      PageNode *node = candidates->pdata[k];
      if (node != top && info_of (info, node)->score >= top_score * 0.75)
        g_ptr_array_add (good, node);
    }
  if (good->len >= MIN_SHARING)
    {
      /* (linear at any depth: each node above a good candidate is visited once, remembering
       * the lowest ancestor of the best it leads to; that ancestor and those above it hold the
       * candidate) */
      GPtrArray *chain = g_ptr_array_new ();
      GHashTable *lowest = g_hash_table_new (NULL, NULL); /* node -> chain index + 1, 0: none */
      for (PageNode *a = node_parent (top); a != NULL && a != body && a->type == XML_ELEMENT_NODE;
           a = node_parent (a))
        {
          g_ptr_array_add (chain, a);
          g_hash_table_insert (lowest, a, GUINT_TO_POINTER (chain->len));
        }
      guint *held = g_new0 (guint, chain->len + 1);
      GPtrArray *path = g_ptr_array_new ();
      for (guint k = 0; k < good->len; k++)
        {
          guint found = 0;
          g_ptr_array_set_size (path, 0);
          for (PageNode *b = node_parent ((PageNode *)good->pdata[k]); b != NULL; b = node_parent (b))
            {
              gpointer value;
              if (g_hash_table_lookup_extended (lowest, b, NULL, &value))
                {
                  found = GPOINTER_TO_UINT (value);
                  break;
                }
              g_ptr_array_add (path, b);
            }
          for (guint j = 0; j < path->len; j++)
            g_hash_table_insert (lowest, path->pdata[j], GUINT_TO_POINTER (found));
          held[found]++;
        }
      guint n = 0;
      for (guint j = 1; j <= chain->len; j++)
        {
          n += held[j];
          if (n >= MIN_SHARING)
            {
              top = chain->pdata[j - 1];
              break;
            }
        }
      g_free (held);
      g_ptr_array_free (path, TRUE);
      g_hash_table_destroy (lowest);
      g_ptr_array_free (chain, TRUE);
    }
  g_ptr_array_free (good, TRUE);

  /* Up to an ancestor that scores higher than the block (the story's other sections scored
   * it too), as long as the scores on the way do not fall below a third. */
  gdouble last = info_of (info, top)->score;
  gdouble floor_score = last / 3;
  for (PageNode *a = node_parent (top);
       a != NULL && a != body && a->type == XML_ELEMENT_NODE && a->number != 0; a = node_parent (a))
    {
      Info *i = info_of (info, a);
      if (!i->scored)
        continue;
      if (i->score < floor_score)
        break;
      if (i->score > last)
        {
          top = a;
          break;
        }
      last = i->score;
    }

  /* Up to an ancestor repeated beside itself with the same class and prose inside (a story
   * written in several boxes of one kind), so that the boxes join it as its siblings. */
  PageNode *a = top;
  for (guint level = 0; level < SECTION_LEVELS && a != NULL && a != body && a->type == XML_ELEMENT_NODE;
       level++, a = node_parent (a))
    if (has_prose_twin (info, a))
      {
        top = a;
        break;
      }

  /* Down to the one <article> inside the block when it holds the story: three paragraphs or
   * more and 0.3 of the block's score at least (a match report's <article> inside a <main>, whose
   * id is a content word, beside the scoreboard, the line-ups and the table). */
  if (!is_element (top, "article"))
    {
      Articles found = { NULL, 0 };
      walk (top, articles_enter, heading_words_leave, &found); /* (nothing to do on the way out) */
      if (found.n == 1 && found.article->number != 0)
        {
          Info *art = info_of (info, found.article);
          if (art->scored && !art->skipped && art->n_p >= LONE_ARTICLE_MIN_PARAGRAPHS
              && art->score >= info_of (info, top)->score * LONE_ARTICLE_MIN_SHARE)
            top = found.article;
        }
    }

  /* Up through parents that hold only this block. */
  while (node_parent (top) != NULL && node_parent (top) != body && node_parent (top)->type == XML_ELEMENT_NODE
         && node_parent (top)->number != 0)
    {
      guint n = 0;
      for (PageNode *c = node_first (node_parent (top)); c != NULL; c = node_next (c))
        if (c->type == XML_ELEMENT_NODE && !info_of (info, c)->skipped)
          n++;
      if (n != 1)
        break;
      top = node_parent (top);
    }
  return top;
}

/* Whether two class lists open on the same class ("item item-text" and "item item-image":
 * boxes of one kind, told apart by a modifier). */
static gboolean
same_first_class (const gchar *a, const gchar *b)
{
  while (g_ascii_isspace (*a))
    a++;
  while (g_ascii_isspace (*b))
    b++;
  gsize n = strcspn (a, " \t\n\r\f");
  return n > 0 && n == strcspn (b, " \t\n\r\f") && strncmp (a, b, n) == 0;
}

/* Whether @node holds a story's endnotes (DPUB-ARIA's role, or the class Markdown writers
 * give the box: Hugo, Jekyll, Pandoc). */
static gboolean
is_endnotes (const PageNode *node)
{
  const gchar *role = borrowed_attribute (node, "role");
  const gchar *klass = borrowed_attribute (node, "class");
  return (role != NULL && g_ascii_strcasecmp (role, "doc-endnotes") == 0)
         || (klass != NULL
             && (g_ascii_strcasecmp (klass, "footnotes") == 0
                 || g_ascii_strcasecmp (klass, "footnote") == 0));
}

/* A post of a thread at least this long, in characters: a short answer is one. */
#define POST_MIN_CHARS 80
/* A thread has this many posts at least beside the best (a question and two answers); one
 * more box of the story's class is a postscript, not a thread. */
#define THREAD_MIN_OTHERS 2

/* The posts of a thread (a question and its answers) elsewhere in the page: boxes of the best
 * block's kind and class, not its siblings (those join it as siblings), each holding
 * paragraphs with few links; found before the best block or after it. */
typedef struct
{
  Info *info;
  PageNode *top;
  GPtrArray *blocks; /* the story's blocks so far: what is inside them is read already */
  gboolean seen_top;
  GPtrArray *before, *after;
} Thread;

static gboolean
thread_enter (PageNode *node, gpointer data)
{
  Thread *t = data;
  if (node->type != XML_ELEMENT_NODE || node->number == 0 || info_of (t->info, node)->skipped)
    return FALSE;
  if (node == t->top)
    {
      t->seen_top = TRUE;
      return FALSE;
    }
  /* (the story's blocks so far are the best block's siblings: only those are looked up) */
  if (node_parent (node) == node_parent (t->top))
    return !g_ptr_array_find (t->blocks, node, NULL);
  if (!same_kind (t->top, node))
    return TRUE;
  for (const PageNode *a = node_parent (t->top); a != NULL; a = node_parent (a))
    if (a == node)
      return TRUE;
  Info *i = info_of (t->info, node);
  if (i->n_p == 0 || i->chars < POST_MIN_CHARS || link_density (i) >= SECTION_MAX_LINK_DENSITY)
    return TRUE;
  g_ptr_array_add (t->seen_top ? t->after : t->before, node);
  return FALSE;
}

static void
thread_leave (PageNode *node, gpointer data)
{
  (void)node;
  (void)data;
}

/* The blocks of the article: the best candidate and those of its siblings that read like
 * part of the same story. */
static GPtrArray *
article_blocks (Info *info, PageNode *top, PageNode *body, guint rules)
{
  GPtrArray *blocks = g_ptr_array_new ();
  PageNode *parent = node_parent (top);
  if (top == body || parent == NULL)
    {
      g_ptr_array_add (blocks, top);
      return blocks;
    }
  Info *t = info_of (info, top);
  gdouble threshold = MAX (SIBLING_MIN_SCORE, t->score * SIBLING_SHARE);
  gchar *top_class = attribute (top, "class");
  for (PageNode *s = node_first (parent); s != NULL; s = node_next (s))
    {
      if (s->type != XML_ELEMENT_NODE || s->number == 0)
        continue;
      Info *i = info_of (info, s);
      if (i->skipped)
        continue;
      gboolean join = s == top;
      if (!join && i->scored)
        {
          gdouble bonus = 0;
          gchar *klass = attribute (s, "class");
          if ((rules & RULE_WEIGHTS) && top_class != NULL && klass != NULL
              && same_first_class (top_class, klass))
            bonus = t->score * 0.2;
          g_free (klass);
          join = i->score + bonus >= threshold;
        }
      if (!join && (rules & RULE_WEIGHTS) && same_kind (top, s) && holds_prose (info, s))
        join = TRUE; /* another box of the story */
      if (!join && is_endnotes (s) && i->chars > 0 && link_density (i) < SECTION_MAX_LINK_DENSITY)
        join = TRUE; /* the story's notes, printed after it */
      if (!join && is_element (s, "p"))
        {
          gdouble density = link_density (i);
          if (i->chars > 80 && density < 0.25)
            join = TRUE;
          else if (i->chars > 0 && i->chars <= 80 && density == 0)
            {
              g_autofree gchar *line = node_line (s);
              join = line != NULL && (strstr (line, ". ") != NULL || g_str_has_suffix (line, "."));
            }
        }
      if (join)
        g_ptr_array_add (blocks, s);
    }
  g_free (top_class);
  const gchar *own_class = borrowed_attribute (top, "class");
  if (!(rules & RULE_WEIGHTS) || own_class == NULL || own_class[0] == '\0')
    return blocks;
  Thread thread = { info, top, blocks, FALSE, g_ptr_array_new (), g_ptr_array_new () };
  walk (body, thread_enter, thread_leave, &thread);
  if (thread.before->len + thread.after->len < THREAD_MIN_OTHERS)
    {
      g_ptr_array_free (thread.before, TRUE);
      g_ptr_array_free (thread.after, TRUE);
      return blocks;
    }
  g_ptr_array_extend_and_steal (thread.before, blocks);
  g_ptr_array_extend_and_steal (thread.before, thread.after);
  return thread.before;
}

/* A short paragraph repeated in the text (a pull quote that repeats a line of the story, a
 * caption printed twice) is at least this long, in bytes, and at most this long. */
#define REPEAT_MIN_BYTES 40
/* ... or this long when it has five words or more */
#define REPEAT_MIN_CORE_BYTES 24
/* A pull quote's attribution is at most this long. */
#define PULL_QUOTE_CITE_MAX_BYTES 80
#define REPEAT_MAX_BYTES 300

/* Whether @c is a quotation mark or white space a pull quote wraps its line in. */
static gsize
quote_mark_len (const gchar *p, const gchar *end)
{
  if (p < end && (*p == '"' || *p == '\'' || *p == ' '))
    return 1;
  /* ‘ ’ “ ” (E2 80 98/99/9C/9D) */
  if (end - p >= 3 && (guchar)p[0] == 0xE2 && (guchar)p[1] == 0x80
      && ((guchar)p[2] == 0x98 || (guchar)p[2] == 0x99 || (guchar)p[2] == 0x9C || (guchar)p[2] == 0x9D))
    return 3;
  return 0;
}

/* Leaves out of @out (paragraphs separated by blank lines) each short paragraph written inside
 * a quotation (@quoted: where they start) whose text, quotation marks aside and letters' case
 * ignored, stands in a longer paragraph: a pull quote, which repeats a line of the story (a
 * hand-made body keeps the line once). */
static void
drop_repeated_paragraphs (GString *out, GArray *quoted)
{
  if (out->len < 2 * REPEAT_MIN_BYTES || quoted->len == 0)
    return;
  g_autofree gchar *low = g_ascii_strdown (out->str, (gssize)out->len);
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (gsize i = 0;;)
    {
      g_array_append_val (starts, i);
      const gchar *next = strstr (out->str + i, "\n\n");
      if (next == NULL)
        break;
      i = (gsize)(next - out->str) + 2;
    }
  guint n = starts->len;
  gboolean *drop = g_new0 (gboolean, n);
  gboolean any = FALSE;
  /* (both lists ascend: the paragraphs written inside quotations met in one pass) */
  guint q = 0;
  for (guint k = 0; k < n; k++)
    {
      gsize a = g_array_index (starts, gsize, k);
      while (q < quoted->len && g_array_index (quoted, gsize, q) < a)
        q++;
      if (q == quoted->len)
        break;
      if (g_array_index (quoted, gsize, q) != a)
        continue;
      gsize b = k + 1 < n ? g_array_index (starts, gsize, k + 1) - 2 : out->len;
      gsize len = b - a;
      if (len < REPEAT_MIN_CORE_BYTES || len > REPEAT_MAX_BYTES)
        continue;
      gsize ca = a, cb = b, m;
      while (ca < cb && (m = quote_mark_len (low + ca, low + cb)) > 0)
        ca += m;
      while (cb > ca
             && (((guchar)low[cb - 1] < 0x80 && quote_mark_len (low + cb - 1, low + cb) == 1)
                 || (cb - ca >= 3 && quote_mark_len (low + cb - 3, low + cb) == 3)))
        cb -= (guchar)low[cb - 1] < 0x80 ? 1 : 3;
      /* (a short line, "Nobody should think the job is done", counts from five words) */
      guint spaces = 0;
      for (gsize s = ca; s < cb; s++)
        spaces += low[s] == ' ';
      if (cb - ca < REPEAT_MIN_CORE_BYTES || (cb - ca < REPEAT_MIN_BYTES && spaces < 4))
        continue;
      g_autofree gchar *core = g_strndup (low + ca, cb - ca);
      for (const gchar *hit = strstr (low, core); hit != NULL && !drop[k]; hit = strstr (hit + 1, core))
        {
          gsize at = (gsize)(hit - low);
          if (at >= a && at < b)
            continue; /* itself */
          /* the paragraph the hit lies in: the last that starts at or before it */
          guint lo = 0, hi = n - 1;
          while (lo < hi)
            {
              guint mid = lo + (hi - lo + 1) / 2;
              if (g_array_index (starts, gsize, mid) <= at)
                lo = mid;
              else
                hi = mid - 1;
            }
          guint j = lo;
          gsize ja = g_array_index (starts, gsize, j);
          gsize jb = j + 1 < n ? g_array_index (starts, gsize, j + 1) - 2 : out->len;
          drop[k] = !drop[j] && jb - ja > len;
        }
      any = any || drop[k];
      /* the pull quote's attribution written after it inside the quotation ("Prof Sarah
       * Lund", "Matthew Ellis, NHS Providers"): short, not a sentence */
      if (drop[k] && k + 1 < n && q + 1 < quoted->len && g_array_index (quoted, gsize, q + 1) == b + 2)
        {
          gsize c0 = b + 2, c1 = k + 2 < n ? g_array_index (starts, gsize, k + 2) - 2 : out->len;
          gchar last = out->str[c1 - 1];
          if (c1 - c0 <= PULL_QUOTE_CITE_MAX_BYTES && last != '.' && last != '!' && last != '?' && last != '"'
              && quote_mark_len (out->str + c1 - MIN (c1 - c0, 3), out->str + c1) != 3)
            drop[k + 1] = TRUE;
        }
    }
  if (any)
    {
      GString *kept = g_string_sized_new (out->len);
      for (guint k = 0; k < n; k++)
        {
          if (drop[k])
            continue;
          gsize a = g_array_index (starts, gsize, k);
          gsize b = k + 1 < n ? g_array_index (starts, gsize, k + 1) - 2 : out->len;
          if (kept->len > 0)
            g_string_append (kept, "\n\n");
          g_string_append_len (kept, out->str + a, b - a);
        }
      g_string_assign (out, kept->str);
      g_string_free (kept, TRUE);
    }
  g_free (drop);
  g_array_free (starts, TRUE);
}

/* Leaves out of @out the last paragraph when it is a call to readers that gives an address
 * ("Do you have a story for us? Email newsdesk@example.org", "Got pictures? Send them to
 * ..."): short, a question, an e-mail address; never the only paragraph. */
static void
drop_reader_call (GString *out)
{
  const gchar *last = g_strrstr (out->str, "\n\n");
  if (last == NULL)
    return;
  gsize a = (gsize)(last - out->str) + 2;
  const gchar *p = out->str + a;
  gsize len = out->len - a;
  if (len > 200 || memchr (p, '?', len) == NULL)
    return;
  const gchar *at = memchr (p, '@', len);
  if (at == NULL || at == p || !g_ascii_isalnum (at[-1]) || memchr (at, '.', len - (gsize)(at - p)) == NULL)
    return;
  g_string_truncate (out, (gsize)(last - out->str));
}

/* Finds the first <h1> or <h2> of a walk (depth first). */
static gboolean
headline_enter (PageNode *node, gpointer data)
{
  PageNode **found = data;
  if (*found != NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (is_element (node, "h1") || is_element (node, "h2"))
    {
      *found = node;
      return FALSE;
    }
  return TRUE;
}

/* The <article> elements of a page that hold prose and a headline (h1 or h2), and of them
 * those whose headline repeats the page's title. */
typedef struct
{
  Info *info;
  const gchar *title;
  guint headed;      /* articles with prose and a headline */
  guint titled;      /* of which headed by the title */
  PageNode *article; /* the last of those */
} Stories;

static gboolean
stories_enter (PageNode *node, gpointer data)
{
  Stories *st = data;
  if (node->type != XML_ELEMENT_NODE || node->number == 0)
    return FALSE;
  if (!is_element (node, "article"))
    return !info_of (st->info, node)->skipped;
  if (!holds_prose (st->info, node))
    return FALSE;
  PageNode *h = NULL;
  walk (node, headline_enter, heading_words_leave, &h); /* (nothing to do on the way out) */
  g_autofree gchar *line = h != NULL ? node_line (h) : NULL;
  if (line == NULL)
    return FALSE;
  st->headed++;
  Collect c = { .title = st->title };
  if (repeats_title (&c, line))
    {
      st->titled++;
      st->article = node;
    }
  return FALSE; /* (an article inside another is the other's) */
}

/* The story the page is for, when it holds more than one (a site that loads the next story
 * below the first as the reader scrolls, perhaps longer than the first): of two or more
 * <article>s with prose and a headline, the one whose headline repeats the page's title, when
 * exactly one does, and the block chosen is in it, holds it, is in another article or holds
 * one; else NULL. */
static PageNode *
titled_article (Info *info, PageNode *top, PageNode *body, const gchar *title)
{
  if (title == NULL)
    return NULL;
  Stories st = { info, title, 0, 0, NULL };
  walk (body, stories_enter, heading_words_leave, &st); /* (nothing to do on the way out) */
  if (st.titled != 1 || st.headed < 2)
    return NULL;
  for (PageNode *a = st.article; a != NULL; a = node_parent (a))
    if (a == top)
      return st.article; /* the block holds it, and the next story */
  for (PageNode *a = top; a != NULL && a != body; a = node_parent (a))
    if (a == st.article || is_element (a, "article"))
      return st.article; /* the block is in it, or in another story */
  Articles found = { NULL, 0 };
  walk (top, articles_enter, heading_words_leave, &found); /* (nothing to do on the way out) */
  return found.n > 0 ? st.article : NULL;                  /* the block holds another story */
}

/* One reading of the page of @page_bytes under @rules: the article's text. (Its text is
 * written into room for as many bytes as the page has, about what it needs at the most: grown
 * by doubling, as a page's freed bytes raise the allocator's threshold for mapping a block of
 * its own, the text would be copied from block to block in the heap, the old blocks left
 * resident, 2.3 times the text at its peak.) */
static gchar *
read_article (PageNode *top_node, PageNode *body, PageNode *main, guint n_elements, gsize page_bytes,
              guint rules, const gchar *title, gchar **byline, PageNode **first_h1)
{
  Info *info = g_new0 (Info, n_elements + 1);
  Measure m = { info, rules, g_ptr_array_new (), 0 };
  PageNode *root = body != NULL ? body : top_node;
  walk (root, measure_enter, measure_leave, &m);
  GPtrArray *candidates = score_paragraphs (&m);
  PageNode *top = best_candidate (info, candidates, root);
  if (top == root && main != NULL && !info_of (info, main)->skipped)
    top = main; /* no paragraph long enough to score: the page's <main> */
  /* (in every reading: a later one, with fewer rules, must not read the next story too) */
  PageNode *titled = titled_article (info, top, root, title);
  GPtrArray *blocks = NULL;
  if (titled != NULL)
    {
      blocks = g_ptr_array_new ();
      g_ptr_array_add (blocks, titled); /* the story the page is for, not the next one below it */
    }
  else
    blocks = article_blocks (info, top, root, rules);
  Collect c = { .info = info,
                .rules = rules,
                .out = g_string_sized_new (page_bytes),
                .block = g_string_new (NULL),
                .title = title,
                .byline = byline,
                .quoted = g_array_new (FALSE, FALSE, sizeof (gsize)),
                .bold_start = G_MAXSIZE };
  for (guint k = 0; k < blocks->len; k++)
    /* (a pull quote named with a content word, "story-pullquote", may score as the best block,
     * its story's paragraphs joining it as siblings) */
    if (!((rules & RULE_CONDITIONAL) && blocks->len > 1 && is_pull_quote (blocks->pdata[k])))
      collect_into (&c, blocks->pdata[k]);
  /* Headings and labels that end the text introduced what was left out (a list of related
   * stories, comments): trafilatura's rule, nothing ends on a heading. A line in bold type
   * ending the text is such a heading when a block after it was left out ("Other stories this
   * week" over a list of links); alone, it is the story's closing line (an author's note). */
  if (c.bold_followed && c.bold_start > 0 && c.bold_start < c.tail_start)
    c.tail_start = c.bold_start;
  if (c.tail_start > 0 && c.tail_start < c.out->len)
    g_string_truncate (c.out, c.tail_start);
  if (rules & RULE_LINK_BLOCKS)
    {
      drop_repeated_paragraphs (c.out, c.quoted);
      drop_reader_call (c.out);
    }
  *first_h1 = c.first_h1;
  g_array_free (c.quoted, TRUE);
  g_string_free (c.block, TRUE);
  g_ptr_array_free (blocks, TRUE);
  g_ptr_array_free (candidates, TRUE);
  g_ptr_array_free (m.paragraphs, TRUE);
  g_free (info);
  return g_string_free (c.out, FALSE);
}

/* Whether @data (@n bytes) holds the end tag "</@name" (any case) followed by ">" or white space. */
static gboolean
has_end_tag (const gchar *data, gsize n, const gchar *name)
{
  gsize k = strlen (name);
  for (const gchar *p = data, *end = data + n; (p = memchr (p, '<', (gsize)(end - p))) != NULL; p++)
    if ((gsize)(end - p) >= k + 3 && p[1] == '/' && g_ascii_strncasecmp (p + 2, name, k) == 0
        && (p[k + 2] == '>' || g_ascii_isspace (p[k + 2])))
      return TRUE;
  return FALSE;
}

/* The block elements that make a fragment (a page's body without its <html>). */
static const gchar *const fragment_blocks[]
    = { "p",  "div", "article", "section", "main", "header", "h1",         "h2",    "h3",
        "h4", "h5",  "h6",      "ul",      "ol",   "table",  "blockquote", "figure" };

/* The length of the block element's name that opens the tag at @p ("<name" or "</name" followed
 * by ">", "/" or white space; @close says which), or 0. */
static gsize
block_tag_at (const gchar *p, const gchar *end, gboolean close)
{
  const gchar *name = p + 1 + (close ? 1 : 0);
  if (close && (end - p < 2 || p[1] != '/'))
    return 0;
  for (gsize i = 0; i < G_N_ELEMENTS (fragment_blocks); i++)
    {
      gsize k = strlen (fragment_blocks[i]);
      if ((gsize)(end - name) > k && g_ascii_strncasecmp (name, fragment_blocks[i], k) == 0
          && (name[k] == '>' || name[k] == '/' || g_ascii_isspace (name[k])))
        return k;
    }
  return 0;
}

/* Whether a line of @data (@n bytes) opens on text outside every block element: a text that
 * goes on in plain lines after a heading tag (Markdown, a CMS body with one <h1>), whose blank
 * lines part its paragraphs, which reading it as HTML would fold into one. (An element left
 * open, "<p>One.<p>Two.", holds the rest; a script's or a style's code is no text.) */
static gboolean
has_plain_line (const gchar *data, gsize n)
{
  const gchar *end = data + n;
  guint depth = 0;
  gboolean line_start = TRUE;
  for (const gchar *p = data; p < end;)
    {
      if (*p == '\n')
        {
          line_start = TRUE;
          p++;
          continue;
        }
      if (*p == ' ' || *p == '\t' || *p == '\r')
        {
          p++;
          continue;
        }
      if (*p != '<')
        {
          if (line_start && depth == 0)
            return TRUE;
          line_start = FALSE;
          p++;
          continue;
        }
      line_start = FALSE;
      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          const gchar *close = g_strstr_len (p + 4, end - p - 4, "-->");
          p = close != NULL ? close + 3 : end;
          continue;
        }
      static const gchar *const raw[] = { "script", "style" };
      for (guint r = 0; r < G_N_ELEMENTS (raw); r++)
        {
          gsize k = strlen (raw[r]);
          if ((gsize)(end - p) > k + 1 && g_ascii_strncasecmp (p + 1, raw[r], k) == 0
              && (p[k + 1] == '>' || g_ascii_isspace (p[k + 1])))
            {
              /* (its code is no line of text: on to its end tag) */
              g_autofree gchar *close = g_strconcat ("</", raw[r], NULL);
              const gchar *q = p + k + 1;
              while (q < end && !((gsize)(end - q) >= k + 2 && g_ascii_strncasecmp (q, close, k + 2) == 0))
                q++;
              p = q;
              break;
            }
        }
      if (p >= end)
        break;
      if (block_tag_at (p, end, TRUE) > 0)
        depth -= depth > 0;
      else if (block_tag_at (p, end, FALSE) > 0)
        depth++;
      const gchar *gt = memchr (p, '>', (gsize)(end - p));
      p = gt != NULL ? gt + 1 : end;
    }
  return FALSE;
}

/* Whether @data (@n bytes) holds a second start tag "<p>" or "<p " after its first: paragraphs
 * whose end tags are left out, as HTML allows ("<p>One.<p>Two."). */
static gboolean
has_second_p (const gchar *data, gsize n)
{
  guint seen = 0;
  for (const gchar *p = data, *end = data + n; (p = memchr (p, '<', (gsize)(end - p))) != NULL; p++)
    if (end - p >= 3 && (p[1] == 'p' || p[1] == 'P') && (p[2] == '>' || g_ascii_isspace (p[2]))
        && ++seen == 2)
      return TRUE;
  return FALSE;
}

gboolean
precis_looks_like_html (const gchar *data, gssize len)
{
  static const gchar *const openings[] = { "<!doctype html", "<html", "<head", "<body" };
  if (precis_markup_opens_with (data, len, openings, G_N_ELEMENTS (openings)))
    return TRUE;
  /* A fragment, the body of a page without its <html> (what a CMS stores, an API's "content"):
   * it opens with a block element's start tag (after images, "<img src=...><p>") and holds that
   * element's end tag, or more <p> start tags (end tags left out), and no line of it opens on
   * text outside a block element. "<p> is the paragraph tag" or "<3 you" is prose: no end tag,
   * or no block element; "<h1>Title</h1>" over plain paragraphs is a text (has_plain_line). */
  gsize n = data == NULL ? 0 : len < 0 ? strlen (data) : (gsize)len;
  const gchar *start = data, *end = data + n;
  static const gchar *const images[] = { "<img" };
  while (n > 0 && precis_markup_opens_with (start, (gssize)(end - start), images, 1))
    {
      const gchar *gt = memchr (start, '>', (gsize)(end - start));
      if (gt == NULL)
        return FALSE;
      start = gt + 1;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (fragment_blocks); i++)
    {
      gchar opening[16];
      g_snprintf (opening, sizeof opening, "<%s", fragment_blocks[i]);
      const gchar *one[] = { opening };
      if (precis_markup_opens_with (start, (gssize)(end - start), one, 1))
        return (has_end_tag (data, n, fragment_blocks[i])
                || (g_str_equal (fragment_blocks[i], "p") && has_second_p (data, n)))
               && !has_plain_line (data, n);
    }
  return FALSE;
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
  g_free (page->byline);
  g_free (page->language);
  g_free (page);
}

/* A " | Site" suffix of more words than this is part of the title. */
#define SITE_SUFFIX_MAX_WORDS 4

static guint
count_words (const gchar *s, gsize len)
{
  guint n = 0;
  for (gsize i = 0; i < len; i++)
    n += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
  return n;
}

/* Removes, in place, the site's name ending a page's <title> or og:title (the headline, issue
 * #14): " | Site" (a few words), or " - Site", " :: Site" and en or em dashes when @site (or
 * NULL) is that name, any case; what is left must hold 3 words or more. */
static void
strip_site_name (gchar *title, const gchar *site)
{
  static const gchar *const marks[] = { " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", NULL };
  g_autofree gchar *site_folded = site != NULL ? g_utf8_casefold (site, -1) : NULL;
  for (guint m = 0; marks[m] != NULL; m++)
    {
      gchar *at = g_strrstr (title, marks[m]);
      if (at == NULL)
        continue;
      const gchar *suffix = at + strlen (marks[m]);
      g_autofree gchar *folded = g_utf8_casefold (suffix, -1);
      gboolean named = site_folded != NULL && g_str_equal (folded, site_folded);
      gboolean bar = m == 0 && count_words (suffix, strlen (suffix)) <= SITE_SUFFIX_MAX_WORDS;
      if ((named || bar) && count_words (title, (gsize)(at - title)) >= 3)
        {
          *at = '\0';
          return;
        }
    }
}

/* The page's <title> without its site's name when the page's first <h1>, outside the story, is
 * that name: the title opens on @h1 followed by ": " or one of strip_site_name()'s marks, or
 * ends on it after one of them; @h1 is a name of a few words, and the rest holds 3 words or
 * more and more than @h1 (a blog's name in its
 * header's <h1>, its post's title in an <h3>: "Silicon Exposed: Open Verilog flow ..."); else
 * NULL. Free with g_free(). */
static gchar *
title_beside_site_h1 (const gchar *title, const gchar *h1)
{
  static const gchar *const marks[]
      = { ": ", " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", NULL };
  if (title == NULL || h1 == NULL || h1[0] == '\0')
    return NULL;
  gsize n_title = strlen (title), n_h1 = strlen (h1);
  for (guint m = 0; marks[m] != NULL; m++)
    {
      gsize k = strlen (marks[m]);
      if (n_title <= n_h1 + k)
        return NULL;
      const gchar *rest = NULL;
      gsize n_rest = 0;
      if (g_ascii_strncasecmp (title, h1, n_h1) == 0 && strncmp (title + n_h1, marks[m], k) == 0)
        {
          rest = title + n_h1 + k;
          n_rest = n_title - n_h1 - k;
        }
      else if (g_ascii_strcasecmp (title + n_title - n_h1, h1) == 0
               && strncmp (title + n_title - n_h1 - k, marks[m], k) == 0)
        {
          rest = title;
          n_rest = n_title - n_h1 - k;
        }
      guint h1_words = count_words (h1, n_h1), rest_words = rest != NULL ? count_words (rest, n_rest) : 0;
      if (rest != NULL && h1_words <= SITE_SUFFIX_MAX_WORDS && rest_words >= 3 && rest_words > h1_words)
        return g_strndup (rest, n_rest);
    }
  return NULL;
}

/* Whether a link's address is the site's home page: "/", "./", "index.html" or a site's
 * address with no path. */
static gboolean
is_home_address (const gchar *href)
{
  if (href == NULL)
    return FALSE;
  g_autofree gchar *line = precis_markup_collapse_line (href);
  if (line == NULL)
    return FALSE;
  const gchar *path = line;
  const gchar *scheme = strstr (line, "//");
  if (scheme != NULL && (scheme == line || scheme[-1] == ':'))
    {
      path = strchr (scheme + 2, '/');
      if (path == NULL)
        return TRUE;
    }
  static const gchar *const homes[] = { "/", "./", "/index.html", "index.html", "/index.php", NULL };
  return g_strv_contains (homes, path);
}

/* Whether @node is a home link or a site's logo: an <a> to the home page or with rel="home", an
 * element whose class or id names a logo, or (@inner: inside the heading) an image. */
static gboolean
marks_site (const PageNode *node, gboolean inner)
{
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (is_element (node, "a")
      && (is_home_address (borrowed_attribute (node, "href"))
          || g_strcmp0 (borrowed_attribute (node, "rel"), "home") == 0))
    return TRUE;
  if (inner && is_element (node, "img"))
    return TRUE;
  static const gchar *const keys[] = { "class", "id" };
  for (gsize k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      const gchar *value = borrowed_attribute (node, keys[k]);
      if (value != NULL)
        {
          g_autofree gchar *lower = g_ascii_strdown (value, -1);
          if (strstr (lower, "logo") != NULL)
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether @a and @b are the same line, any case (either may be NULL). */
static gboolean
same_line (const gchar *a, const gchar *b)
{
  if (a == NULL || b == NULL)
    return FALSE;
  g_autofree gchar *fa = g_utf8_casefold (a, -1);
  g_autofree gchar *fb = g_utf8_casefold (b, -1);
  return g_str_equal (fa, fb);
}

/* Whether @line, any case, is one of the lines of @text (either may be NULL). Case folding
 * changes a line's length in bytes little, so only lines of about @line's length are folded. */
static gboolean
text_has_line (const gchar *text, const gchar *line)
{
  if (text == NULL || line == NULL)
    return FALSE;
  gsize n = strlen (line);
  for (const gchar *p = text; *p != '\0';)
    {
      const gchar *end = strchr (p, '\n');
      gsize len = end != NULL ? (gsize)(end - p) : strlen (p);
      if (len > 0 && len * 4 >= n * 3 && len * 3 <= n * 4)
        {
          g_autofree gchar *candidate = g_strndup (p, len);
          if (same_line (candidate, line))
            return TRUE;
        }
      p += len + (end != NULL);
    }
  return FALSE;
}

/* Whether the page shows its first <h1>, @h1 (outside the story), as the site's name: it is
 * og:site_name (@site), it sits in a home link or a logo or holds one, or the rest of the
 * page's title, @rest, is a line of the story's @text (the post's own heading, as on a
 * Blogger page). A story's own short <h1> in the page's header shows none of these. */
static gboolean
h1_is_site_name (PageNode *h1, const gchar *h1_line, const gchar *site, const gchar *rest, const gchar *text)
{
  if (site != NULL)
    {
      g_autofree gchar *a = g_utf8_casefold (h1_line, -1);
      g_autofree gchar *b = precis_markup_collapse_line (site);
      g_autofree gchar *b_folded = b != NULL ? g_utf8_casefold (b, -1) : NULL;
      if (b_folded != NULL && g_str_equal (a, b_folded))
        return TRUE;
    }
  for (const PageNode *a = h1; a != NULL && a->type == XML_ELEMENT_NODE; a = node_parent (a))
    if (marks_site (a, FALSE))
      return TRUE;
  /* (the heading's own elements, without recursion: an <h1>'s subtree is small) */
  for (const PageNode *n = node_first (h1); n != NULL; n = next_inside (n, h1))
    if (marks_site (n, TRUE))
      return TRUE;
  return text_has_line (text, rest);
}

/* Whether @a and @b, two lines, share a word of four letters or more (any case): "and", "the"
 * or "for" are no sign of one subject. */
static gboolean
share_a_word (const gchar *a, const gchar *b)
{
  g_autofree gchar *fa = g_utf8_casefold (a, -1);
  g_autofree gchar *fb = g_utf8_casefold (b, -1);
  g_auto (GStrv) words = g_regex_split_simple ("[^[:alnum:]]+", fa, G_REGEX_OPTIMIZE, 0);
  g_auto (GStrv) others = g_regex_split_simple ("[^[:alnum:]]+", fb, G_REGEX_OPTIMIZE, 0);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= 4 && g_strv_contains ((const gchar *const *)others, words[i]))
      return TRUE;
  return FALSE;
}

/* Words a page's <title> has at least, for a page's first <h1> that shares none of them to be
 * a banner (banner_h1()). */
#define BANNER_TITLE_MIN_WORDS 4
/* A banner is short: a section's or a site's name has at most this many words. */
#define BANNER_MAX_WORDS 4

/* Whether @h1_line, the page's first <h1> outside the story, is a section's or a site's banner
 * over the page, not the story's heading: it is short (BANNER_MAX_WORDS) and shares no word with
 * the page's <title> (@title),
 * when that is a line of BANNER_TITLE_MIN_WORDS words or more ("Allergies Health Center" or
 * "Information and Resources" over a story whose <title> is "Babies Who Eat Peanuts Early May
 * Avoid Allergy"). The <title> is the story's then. */
static gboolean
banner_h1 (const gchar *h1_line, const gchar *title)
{
  return h1_line != NULL && title != NULL && count_words (h1_line, strlen (h1_line)) <= BANNER_MAX_WORDS
         && count_words (title, strlen (title)) >= BANNER_TITLE_MIN_WORDS && !share_a_word (h1_line, title);
}

/* ---- The page's title and site's name, mended from its metadata ---- */

/* Marks that part a <title>'s headline from its site's name. */
static const gchar *const title_marks[]
    = { " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", NULL };

/* Whether @line opens on @words (whole words, any case) and goes on, not with a site's or
 * author's name after one of title_marks ("Headline | Name"). */
static gboolean
opens_on (const gchar *line, const gchar *words)
{
  gsize n = strlen (words);
  if (n == 0 || strlen (line) <= n || line[n] != ' ')
    return FALSE;
  for (guint m = 0; title_marks[m] != NULL; m++)
    if (g_str_has_prefix (line + n, title_marks[m]))
      return FALSE;
  g_autofree gchar *head = g_strndup (line, n);
  return same_line (head, words);
}

/* Whether @name, its letters and digits run together, is part of @url's host name ("Evening
 * Post" in www.eveningpost.co.uk); ASCII names of 4 characters or more only. */
static gboolean
names_host (const gchar *name, const gchar *url)
{
  const gchar *host = url != NULL ? strstr (url, "//") : NULL;
  if (host == NULL)
    return FALSE;
  host += 2;
  gsize host_len = strcspn (host, "/?#:");
  GString *squeezed = g_string_new (NULL);
  gboolean ascii = TRUE;
  for (const gchar *p = name; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (squeezed, g_ascii_tolower (*p));
    else
      ascii = ascii && (guchar)*p < 0x80;
  g_autofree gchar *lower_host = g_ascii_strdown (host, (gssize)host_len);
  gboolean found = ascii && squeezed->len >= 4 && strstr (lower_host, squeezed->str) != NULL;
  g_string_free (squeezed, TRUE);
  return found;
}

/* Whether a part of a <title> names a site's home page, not a story ("Home", "Startseite"). */
static gboolean
names_home_page (const gchar *part)
{
  static const gchar *const homes[] = {
    "home", "home page", "homepage", "startseite", "accueil", "inicio", "portada", "página inicial",
  };
  return value_in (part, homes, G_N_ELEMENTS (homes));
}

/* Whether a page's <title> or og:title @line is a placeholder that names no story: an
 * editor's default ("Untitled Document", "New Page"), the home page ("Home", "Home Page", "News
 * | Home", the site's name beside "Home"), or a greeting to the site ("Welcome", "Welcome to
 * our website", "Welcome to" @site or the name in the page's address @url: "Welcome to The
 * Daily Courier"; "Welcome to the age of AI" is a story's). The next source of the title, or a
 * generated headline, is then the page's. */
static gboolean
is_placeholder_title (const gchar *line, const gchar *site, const gchar *url)
{
  static const gchar *const greeted[] = {
    "our website", "our site", "our blog", "my blog", "my website", "my site", "the website", "the site",
  };
  g_autofree gchar *folded = line != NULL ? g_utf8_casefold (line, -1) : NULL;
  if (folded == NULL)
    return FALSE;
  gsize n = strlen (folded);
  while (n > 0 && (folded[n - 1] == '!' || folded[n - 1] == '.' || folded[n - 1] == ' '))
    folded[--n] = '\0';
  if (precis_markup_is_default_title (folded) || names_home_page (folded))
    return TRUE;
  /* (a part beside one of title_marks: "News | Home", "Home - The Daily Courier") */
  for (guint m = 0; title_marks[m] != NULL; m++)
    {
      const gchar *mark = strstr (folded, title_marks[m]);
      if (mark == NULL)
        continue;
      g_autofree gchar *head = g_strndup (folded, (gsize)(mark - folded));
      const gchar *tail = mark + strlen (title_marks[m]);
      if ((names_home_page (head) && count_words (tail, strlen (tail)) <= SITE_SUFFIX_MAX_WORDS)
          || (names_home_page (tail) && count_words (head, strlen (head)) <= SITE_SUFFIX_MAX_WORDS))
        return TRUE;
    }
  if (g_str_has_prefix (folded, "welcome to "))
    {
      const gchar *rest = folded + strlen ("welcome to ");
      return value_in (rest, greeted, G_N_ELEMENTS (greeted)) || same_line (rest, site)
             || (count_words (rest, strlen (rest)) <= SITE_SUFFIX_MAX_WORDS && names_host (rest, url));
    }
  return FALSE;
}

/* Clears *@slot, a page's <title> or og:title, when it is a placeholder. */
static void
drop_placeholder_title (gchar **slot, const gchar *site, const gchar *url)
{
  g_autofree gchar *line = precis_markup_collapse_line (*slot);
  if (is_placeholder_title (line, site, url))
    g_clear_pointer (slot, g_free);
}

/* The other side of a page's <title>, @tag, when @side is one side of it beside one of
 * title_marks ("Side | Other" or "Other | Side"), else NULL. Free with g_free(). */
static gchar *
title_beside (const gchar *tag, const gchar *side)
{
  if (tag == NULL || side == NULL)
    return NULL;
  gsize n_tag = strlen (tag), n_side = strlen (side);
  for (guint m = 0; title_marks[m] != NULL; m++)
    {
      gsize k = strlen (title_marks[m]);
      if (n_tag <= n_side + k)
        continue;
      /* (the mark first: it opens on a space, so the cut is between two characters) */
      if (strncmp (tag + n_side, title_marks[m], k) == 0)
        {
          g_autofree gchar *head = g_strndup (tag, n_side);
          if (same_line (head, side))
            return g_strdup (tag + n_side + k);
        }
      if (strncmp (tag + n_tag - n_side - k, title_marks[m], k) == 0
          && same_line (tag + n_tag - n_side, side))
        return g_strndup (tag, n_tag - n_side - k);
    }
  return NULL;
}

/* The site's name beside the page's @headline (or @shown, the title the page showed) in its
 * <title>, @tag: "Headline | Site" or "Site | Headline" (a name of a few words); else its
 * JSON-LD publisher's name, @publisher; else in @tag "Anything | Site" when what is before
 * the bar holds 3 words or more, or after any mark a name that the page's address, @url, spells
 * ("... - Evening Post" at eveningpost.co.uk). Else NULL. Free with g_free(). */
static gchar *
site_in_title (const gchar *tag, const gchar *headline, const gchar *url, const gchar *shown,
               const gchar *publisher)
{
  g_autofree gchar *beside = title_beside (tag, headline);
  if (beside == NULL)
    beside = title_beside (tag, shown);
  if (beside != NULL && count_words (beside, strlen (beside)) <= SITE_SUFFIX_MAX_WORDS)
    {
      /* (the last of several: "Headline | Sport | Site") */
      for (guint m = 0; title_marks[m] != NULL; m++)
        {
          const gchar *at = g_strrstr (beside, title_marks[m]);
          if (at != NULL)
            return g_strdup (at + strlen (title_marks[m]));
        }
      return g_steal_pointer (&beside);
    }
  gchar *named = precis_markup_collapse_line (publisher);
  if (named != NULL || tag == NULL)
    return named;
  for (guint m = 0; title_marks[m] != NULL; m++)
    {
      const gchar *at = g_strrstr (tag, title_marks[m]);
      if (at == NULL || at == tag)
        continue;
      const gchar *suffix = at + strlen (title_marks[m]);
      guint words = count_words (suffix, strlen (suffix));
      if (words == 0 || words > SITE_SUFFIX_MAX_WORDS)
        continue;
      if ((m == 0 && count_words (tag, (gsize)(at - tag)) >= 3) || names_host (suffix, url))
        return g_strdup (suffix);
    }
  return NULL;
}

/* The page's title when its metadata names a better one than @page's (its <h1>, og:title or
 * <title>; @from_h1 when the text of @h1), else NULL. When the title is the site's name (an
 * <h1> that h1_is_site_name() shows to be one beside the rest of the <title>, @tag), the
 * metadata's headline, @headline (JSON-LD's, else og:title), else that rest; *@title_is_site is
 * set. Else the headline when it is longer and the page agrees: it is a line of the text (the
 * story's own heading under a short section <h1> or <title>: "Storm warning"), or the title is
 * not an <h1> and the headline opens on its words and goes on (not with a name after a mark:
 * "Headline | Author"). Free with g_free(). */
static gchar *
better_title (const PrecisPage *page, gboolean from_h1, PageNode *h1, const gchar *tag, const gchar *headline,
              const gchar *site, gboolean *title_is_site)
{
  const gchar *title = page->title;
  *title_is_site = FALSE;
  if (title == NULL)
    return NULL;
  /* (a site's name is a few words; the rest of the <title> a line of the text is evidence only
   * when it is the longer, as h1_is_site_name() reads it) */
  guint title_words = count_words (title, strlen (title));
  g_autofree gchar *h1_line
      = from_h1 && h1 != NULL && title_words <= SITE_SUFFIX_MAX_WORDS ? node_line (h1) : NULL;
  g_autofree gchar *rest = same_line (h1_line, title) ? title_beside (tag, title) : NULL;
  gboolean longer = rest != NULL && count_words (rest, strlen (rest)) > title_words;
  if (rest != NULL && h1_is_site_name (h1, title, site, rest, longer ? page->text : NULL))
    {
      *title_is_site = TRUE;
      return g_strdup (headline != NULL && !same_line (headline, title) ? headline : rest);
    }
  if (headline == NULL || count_words (headline, strlen (headline)) <= count_words (title, strlen (title)))
    return NULL;
  /* (an <h1> is the headline the page shows: another only when the text shows that too) */
  gboolean shown = text_has_line (page->text, headline);
  if (shown || (!from_h1 && opens_on (headline, title)))
    return g_strdup (headline);
  return NULL;
}

/* Mends @page's title and site's name from its metadata once its text is read (see
 * better_title() and site_in_title()): @raw_tag is the page's <title>, @raw_headline its
 * metadata's headline, @raw_site its og:site_name, @raw_publisher its JSON-LD publisher's
 * name (site_in_title()), @from_h1 whether the title is the text of @h1. A site's name is cut from a title
 * that ends on it, and a new title is cut from the text's opening line that repeats it. */
static void
mend_title_and_site (PrecisPage *page, gboolean from_h1, PageNode *h1, const gchar *raw_tag,
                     const gchar *raw_headline, const gchar *raw_site, const gchar *raw_publisher)
{
  g_autofree gchar *tag = precis_markup_collapse_line (raw_tag);
  g_autofree gchar *headline = precis_markup_collapse_line (raw_headline);
  gboolean title_is_site = FALSE;
  g_autofree gchar *better = better_title (page, from_h1, h1, tag, headline, raw_site, &title_is_site);
  g_autofree gchar *shown = NULL; /* (the title the page shows, its <title> may be set beside) */
  if (better != NULL)
    {
      if (title_is_site && page->site == NULL)
        page->site = g_steal_pointer (&page->title);
      shown = g_steal_pointer (&page->title);
      page->title = g_steal_pointer (&better);
      gsize first = strcspn (page->text, "\n");
      g_autofree gchar *line = g_strndup (page->text, first);
      if (same_line (line, page->title) && page->text[first] != '\0')
        {
          gchar *rest = g_strdup (page->text + first + strspn (page->text + first, "\n"));
          g_free (page->text);
          page->text = rest;
        }
    }
  if (page->site == NULL)
    page->site = site_in_title (tag, page->title, page->url, shown, raw_publisher);
  if (page->site == NULL || page->title == NULL)
    return;
  g_autofree gchar *cut = title_beside (page->title, page->site);
  if (cut != NULL && g_str_has_suffix (page->title, page->site) && cut[0] != '\0')
    {
      g_free (page->title);
      page->title = g_steal_pointer (&cut);
    }
}

/* Whether a class or id token (lower case, @n bytes) names a site's name or logo: the whole
 * token ("logo", "brand", "site-name", "site-title", "navbar-brand", "site-logo", WordPress's
 * "site-branding": review25 #3), or a token
 * opening on "logo-" or "site-name"/"site-title" ("logo-link", "site-title__text") or ending on
 * "-logo", "-site-name" or "-site-title" ("header__logo"). Never a word inside an unrelated
 * token: "text-brand-700" (a colour), "cobranded-partner", "story--brand" (a story's style),
 * "header-brand-wrap" (review24 #2). */
static gboolean
token_names_site_mark (const gchar *token, gsize n)
{
  static const gchar *const whole[] = { "logo", "brand", "navbar-brand", "site-brand", "site-branding" };
  static const gchar *const ends[] = { "logo", "site-name", "site-title", "sitename", "sitetitle" };
  for (gsize m = 0; m < G_N_ELEMENTS (whole); m++)
    if (n == strlen (whole[m]) && strncmp (token, whole[m], n) == 0)
      return TRUE;
  for (gsize m = 0; m < G_N_ELEMENTS (ends); m++)
    {
      gsize k = strlen (ends[m]);
      if (n < k)
        continue;
      /* (the whole token, or the mark then a separator, or a separator then the mark) */
      if (strncmp (token, ends[m], k) == 0 && (n == k || token[k] == '-' || token[k] == '_'))
        return TRUE;
      if (n > k && strncmp (token + n - k, ends[m], k) == 0
          && (token[n - k - 1] == '-' || token[n - k - 1] == '_'))
        return TRUE;
    }
  return FALSE;
}

/* Whether a class or id names a site's name or logo ("site-name", "site-title", "logo",
 * "navbar-brand"), as a token of its own (token_names_site_mark()). */
static gboolean
names_site_mark (const PageNode *node)
{
  static const gchar *const keys[] = { "class", "id" };
  for (gsize k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      const gchar *value = borrowed_attribute (node, keys[k]);
      if (value == NULL)
        continue;
      g_autofree gchar *lower = g_ascii_strdown (value, -1);
      for (const gchar *p = lower; *p != '\0';)
        {
          while (*p != '\0' && g_ascii_isspace (*p))
            p++;
          const gchar *token = p;
          while (*p != '\0' && !g_ascii_isspace (*p))
            p++;
          if (p > token && token_names_site_mark (token, (gsize)(p - token)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether @heading, whose line is @line, is the site's name and never the page's title: its
 * text is one of the site's names @sites (og:site_name, the JSON-LD publisher's), or it links to the site's
 * home page (unless the page, @url, is that home page), or it or its link or box (two levels up) is named for
 * the site's name or logo ("site-name", "logo"; names_site_mark()). Never by a link or a name
 * when its text is the page's metadata headline @meta (og:title, the JSON-LD headline). Never by
 * a link home when it lies inside an <article> or is the story's own first <h1> (@in_story): a
 * story's heading may link home (review24 #2); but a name decides there too, as a single box
 * may hold the masthead and the story ("<div id=page><h1 class=site-title>", review25 #3). */
static gboolean
is_site_heading (PageNode *heading, const gchar *line, const gchar *const *sites, gsize n_sites,
                 const gchar *const *meta, gsize n_meta, gboolean in_story, const gchar *url)
{
  if (heading == NULL || line == NULL)
    return FALSE;
  for (gsize i = 0; i < n_sites; i++)
    {
      g_autofree gchar *site = precis_markup_collapse_line (sites[i]);
      if (same_line (line, site))
        return TRUE;
    }
  for (gsize i = 0; i < n_meta; i++)
    {
      g_autofree gchar *headline = precis_markup_collapse_line (meta[i]);
      if (same_line (line, headline))
        return FALSE;
    }
  /* (a link home counts only outside the story and off the home page, @url) */
  gboolean home_links = !in_story && url != NULL && !is_home_address (url);
  for (const PageNode *a = node_parent (heading); a != NULL && a->type == XML_ELEMENT_NODE && home_links;
       a = node_parent (a))
    if (is_element (a, "article"))
      home_links = FALSE;
  guint level = 0;
  for (const PageNode *a = heading; a != NULL && a->type == XML_ELEMENT_NODE && level <= 2;
       a = node_parent (a), level++)
    if ((home_links && is_element (a, "a") && is_home_address (borrowed_attribute (a, "href")))
        || names_site_mark (a))
      return TRUE;
  /* (the heading's own elements, without recursion: a heading's subtree is small) */
  for (const PageNode *n = node_first (heading); n != NULL; n = next_inside (n, heading))
    if (n->type == XML_ELEMENT_NODE
        && ((home_links && is_element (n, "a") && is_home_address (borrowed_attribute (n, "href")))
            || names_site_mark (n)))
      return TRUE;
  return FALSE;
}

/* ---- A listing page: headlines linking to stories, and no story ---- */

/* A listing holds this many linked headlines or more; no more are looked at than the most, and
 * a teaser's box is sought this many levels up from its headline. */
#define LISTING_MIN_TEASERS 3
/* A listing of fewer teasers than this says no sentence of its own (outside its teasers): a
 * short story above three or four teasers read with it is a story. */
#define LISTING_SURE_TEASERS 5
#define LISTING_MAX_TEASERS 500
#define TEASER_MAX_LEVELS 12
/* A teaser's box holds no more characters than this (a story's is longer); a listing's text
 * holds fewer than LISTING_MAX_OTHER_CHARS outside its teasers (its heading, a date). */
#define TEASER_MAX_CHARS 1000
/* ... and no more elements than this (a story's box holds more). */
#define TEASER_MAX_ELEMENTS 60
#define LISTING_MAX_OTHER_CHARS 200

/* Appends to @out the text of @node, its runs of white space (ASCII, and no-break spaces) as
 * one space, trimmed: a cheaper node_line() for the listing's tests (a line the text writes
 * otherwise is not found in a teaser, and the page is not taken for a listing). */
static void
append_squeezed (GString *out, PageNode *node)
{
  gchar *content = precis_page_node_text (node);
  if (content == NULL)
    return;
  gsize start = out->len;
  gboolean space = TRUE;
  for (const gchar *p = (const gchar *)content; *p != '\0'; p++)
    {
      gboolean blank = g_ascii_isspace (*p) || ((guchar)p[0] == 0xC2 && (guchar)p[1] == 0xA0);
      if (blank)
        {
          p += (guchar)p[0] == 0xC2; /* (the no-break space's second byte) */
          if (!space)
            g_string_append_c (out, ' ');
          space = TRUE;
        }
      else
        {
          g_string_append_c (out, *p);
          space = FALSE;
        }
    }
  g_free (content);
  if (out->len > start && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
}

/* Appends to @out the text of @box (append_squeezed()) and a line break, when it has at most
 * TEASER_MAX_CHARS characters. */
static void
append_box_text (GString *out, PageNode *box)
{
  gsize start = out->len;
  append_squeezed (out, box);
  if (g_utf8_strlen (out->str + start, -1) > TEASER_MAX_CHARS)
    g_string_truncate (out, start);
  else if (out->len > start)
    g_string_append_c (out, '\n');
}

/* The <a href> of @heading's link: the nearest one around it, else the first one in it (then
 * *@inside is set); NULL when there is none. A list item's linked headline is its own. */
static PageNode *
heading_anchor (PageNode *heading, gboolean *inside)
{
  *inside = FALSE;
  if (is_element (heading, "a") && borrowed_attribute (heading, "href") != NULL)
    return heading;
  for (PageNode *a = node_parent (heading); a != NULL && a->type == XML_ELEMENT_NODE; a = node_parent (a))
    if (is_element (a, "a") && borrowed_attribute (a, "href") != NULL)
      return a;
  *inside = TRUE;
  for (PageNode *n = node_first (heading); n != NULL; n = node_next (n))
    if (n->type == XML_ELEMENT_NODE && is_element (n, "a") && borrowed_attribute (n, "href") != NULL)
      return n;
  return NULL;
}

/* Whether @heading's text is a link's: it is in an <a href>, or an <a href> in it holds all
 * of its text. */
static gboolean
is_linked_heading (PageNode *heading)
{
  gboolean inside;
  PageNode *a = heading_anchor (heading, &inside);
  if (a == NULL || !inside)
    return a != NULL;
  g_autoptr (GString) link = g_string_new (NULL);
  g_autoptr (GString) line = g_string_new (NULL);
  append_squeezed (link, a);
  append_squeezed (line, heading);
  return g_string_equal (link, line) && count_words (line->str, line->len) >= 2;
}

/* Whether linked headings are a list article's items rather than a listing's teasers: they
 * are all inside one <article> ("the best podcasts of the week", each item a heading and a
 * paragraph), or most of their links go to other sites, each to its own (a round-up of shops,
 * podcasts, products): a listing's teasers link to the site's own stories. */
static gboolean
list_article (GPtrArray *headings)
{
  PageNode *article = NULL;
  for (PageNode *a = node_parent ((PageNode *)headings->pdata[0]); a != NULL && article == NULL;
       a = node_parent (a))
    if (a->type == XML_ELEMENT_NODE && is_element (a, "article"))
      article = a;
  gboolean all_inside = article != NULL;
  for (guint k = 1; k < headings->len && all_inside; k++)
    {
      PageNode *a = node_parent ((PageNode *)headings->pdata[k]);
      while (a != NULL && a != article)
        a = node_parent (a);
      all_inside = a == article;
    }
  if (all_inside)
    return TRUE;
  g_autoptr (GHashTable) hosts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint k = 0; k < headings->len; k++)
    {
      gboolean inside;
      PageNode *a = heading_anchor (headings->pdata[k], &inside);
      const gchar *href = a != NULL ? borrowed_attribute (a, "href") : NULL;
      const gchar *host = href != NULL ? strstr (href, "://") : NULL;
      if (host != NULL)
        g_hash_table_add (hosts, g_ascii_strdown (host + 3, (gssize)strcspn (host + 3, "/?#")));
    }
  return g_hash_table_size (hosts) * 2 > headings->len;
}

/* The number of elements under @node, counted from the survey's numbering of the elements in
 * document order (node->number), up to TEASER_MAX_ELEMENTS + 1: its last descendant's number
 * less its own. */
static guint
subtree_elements (PageNode *node)
{
  guint first = node->number;
  PageNode *last = node;
  for (guint level = 0; level <= TEASER_MAX_ELEMENTS; level++)
    {
      PageNode *child = last_element_child (last);
      if (child == NULL)
        break;
      last = child;
    }
  guint n = last->number;
  return n > first ? MIN (n - first, TEASER_MAX_ELEMENTS + 1) : 0;
}

/* A box's shape: its element's name and class. Free with g_free(). */
static gchar *
box_shape (const PageNode *box)
{
  const gchar *class = borrowed_attribute (box, "class");
  return g_strdup_printf ("%s %s", (const gchar *)node_name (box), class != NULL ? class : "");
}

static gboolean
linked_headings_enter (PageNode *node, gpointer data)
{
  GPtrArray *found = data;
  if (node->type != XML_ELEMENT_NODE || found->len >= LISTING_MAX_TEASERS)
    return FALSE;
  static const gchar *const headings[] = { "h1", "h2", "h3", "h4" };
  if (is_element (node, "li"))
    {
      /* (a list's item that opens on a linked headline over a paragraph: the headline, an <a>
       * of two words or more, stands for a heading) */
      PageNode *first = first_element_child (node);
      if (first != NULL && is_element (first, "a") && borrowed_attribute (first, "href") != NULL)
        for (PageNode *n = next_element_sibling (first); n != NULL; n = next_element_sibling (n))
          if (is_element (n, "p"))
            {
              g_autoptr (GString) line = g_string_new (NULL);
              append_squeezed (line, first);
              if (count_words (line->str, line->len) >= 2)
                {
                  g_ptr_array_add (found, first);
                  return FALSE;
                }
              break;
            }
    }
  if (!name_in (node_name (node), headings, G_N_ELEMENTS (headings)))
    return !is_element (node, "script") && !is_element (node, "style");
  if (is_linked_heading (node))
    g_ptr_array_add (found, node);
  return FALSE;
}

/* Whether a page is a listing (a section's front, a tag's or a search's page): it holds
 * LISTING_MIN_TEASERS teasers or more of one shape (fewer than LISTING_SURE_TEASERS only when
 * the text says no sentence outside them) (box_shape()), not a list article's items
 * (list_article()), each the largest box around
 * a headline that is a link holding no other such headline (of at most TEASER_MAX_ELEMENTS
 * elements), and its @text is made of the text
 * of such teasers (of at most TEASER_MAX_CHARS each), but for a line or two (the listing's
 * heading). Gives the number of those teasers, or 0 when the page is not a listing. */
static guint
listing_teasers (PageNode *body, const gchar *text)
{
  if (body == NULL || text == NULL || text[0] == '\0')
    return 0;
  /* (a line longer than a teaser's box is in none, so the page is no listing: most stories) */
  for (const gchar *p = text; *p != '\0';)
    {
      const gchar *end = strchr (p, '\n');
      gsize len = end != NULL ? (gsize)(end - p) : strlen (p);
      if (len > TEASER_MAX_CHARS && g_utf8_strlen (p, (gssize)len) > TEASER_MAX_CHARS)
        return 0;
      p += len + (end != NULL);
    }
  g_autoptr (GPtrArray) headings = g_ptr_array_new ();
  walk (body, linked_headings_enter, heading_words_leave, headings); /* (nothing to do on the way out) */
  if (headings->len < LISTING_MIN_TEASERS || list_article (headings))
    return 0;
  /* (how many of the headlines each box near one holds) */
  g_autoptr (GHashTable) held = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint k = 0; k < headings->len; k++)
    {
      PageNode *a = node_parent ((PageNode *)headings->pdata[k]);
      for (guint level = 0; a != NULL && a != body && level < TEASER_MAX_LEVELS; a = node_parent (a), level++)
        g_hash_table_insert (held, a,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (held, a)) + 1));
    }
  /* (the boxes, and how many of each shape: element and class) */
  g_autoptr (GPtrArray) boxes = g_ptr_array_new ();
  g_autoptr (GHashTable) shapes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint k = 0; k < headings->len; k++)
    {
      PageNode *box = headings->pdata[k];
      for (PageNode *up = node_parent (box);
           up != NULL && up != body && GPOINTER_TO_UINT (g_hash_table_lookup (held, up)) == 1
           && subtree_elements (up) <= TEASER_MAX_ELEMENTS;
           up = node_parent (box))
        box = up;
      g_ptr_array_add (boxes, box);
      gchar *shape = box_shape (box);
      g_hash_table_insert (shapes, shape,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (shapes, shape)) + 1));
    }
  /* (a listing's teasers are alike: LISTING_MIN_TEASERS boxes or more of one shape) */
  GString *teasers = g_string_new (NULL);
  guint n_alike = 0;
  for (guint k = 0; k < boxes->len; k++)
    {
      g_autofree gchar *shape = box_shape (boxes->pdata[k]);
      if (GPOINTER_TO_UINT (g_hash_table_lookup (shapes, shape)) < LISTING_MIN_TEASERS)
        continue;
      n_alike++;
      append_box_text (teasers, boxes->pdata[k]);
    }
  gsize in_teasers = 0, other = 0;
  gboolean says = FALSE; /* a sentence outside the teasers */
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (gsize k = 0; lines[k] != NULL; k++)
    {
      gsize len = strlen (lines[k]);
      if (len == 0)
        continue;
      if (strstr (teasers->str, lines[k]) != NULL)
        in_teasers += (gsize)g_utf8_strlen (lines[k], (gssize)len);
      else
        {
          other += (gsize)g_utf8_strlen (lines[k], (gssize)len);
          says = says || strchr (".!?", lines[k][len - 1]) != NULL;
        }
    }
  g_string_free (teasers, TRUE);
  if (n_alike < LISTING_SURE_TEASERS && says)
    return 0;
  return in_teasers > 0 && other < LISTING_MAX_OTHER_CHARS ? n_alike : 0;
}

/* ---- An error page: "page not found", a sign-in form ---- */

/* Headings and titles of a page that says it has no story for the address asked for, and of a
 * sign-in form, as words (lower case, apostrophes dropped, anything else but letters and digits a
 * space: words_of()). */
static const gchar *const not_found_names[] = {
  "404",
  "error 404",
  "404 error",
  "404 not found",
  "not found",
  "page not found",
  "404 page not found",
  "error 404 page not found",
  "page not found 404",
  "error page not found",
  "sorry page not found",
  "oops page not found",
  "file not found",
  "page cannot be found",
  "page could not be found",
  "the page cannot be found",
  "this page could not be found",
  "the page you requested could not be found",
  "page does not exist",
  "this page does not exist",
  "this page doesnt exist",
  "we cant find that page",
  "sorry we couldnt find that page",
  "seite nicht gefunden",
  "page introuvable",
  "página no encontrada",
  "pagina no encontrada",
  "pagina non trovata",
  "pagina niet gevonden",
  "página não encontrada",
};
static const gchar *const sign_in_names[] = {
  "sign in",
  "log in",
  "login",
  "signin",
  "log on",
  "sign in to your account",
  "log in to your account",
  "log into your account",
  "sign into your account",
  "member login",
  "members login",
  "subscriber login",
  "account login",
  "user login",
  "sign in or register",
  "log in or register",
  "login or register",
  "sign in or create an account",
  "anmelden",
  "einloggen",
  "connexion",
  "se connecter",
  "iniciar sesión",
  "iniciar sesion",
  "accedi",
  "inloggen",
};

/* @line as words: ASCII letters in lower case, apostrophes dropped, every other run of ASCII
 * but letters and digits one space, trimmed (other characters kept). Free with g_free(). */
static gchar *
words_of (const gchar *line)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  for (const gchar *p = line; p != NULL && *p != '\0'; p++)
    {
      guchar ch = (guchar)*p;
      if (ch == '\'')
        continue;
      if (ch < 0x80 && !g_ascii_isalnum (ch))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, (gchar)g_ascii_tolower (ch));
    }
  return g_string_free (out, FALSE);
}

/* Whether @line, as words, is one of @names, or a part of it between separators of a <title>
 * (" | ", " - ", " – ", " — ", " :: ", " · ") is: "Page not found - Coast Herald". */
static gboolean
names_in_parts (const gchar *line, const gchar *const *names, gsize n_names)
{
  static const gchar *const separators[] = { " | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 " };
  if (line == NULL)
    return FALSE;
  g_autofree gchar *whole = words_of (line);
  if (value_in (whole, names, n_names))
    return TRUE;
  for (gsize k = 0; k < G_N_ELEMENTS (separators); k++)
    {
      g_auto (GStrv) parts = g_strsplit (line, separators[k], -1);
      for (gsize i = 0; parts[0] != NULL && parts[1] != NULL && parts[i] != NULL; i++)
        {
          g_autofree gchar *words = words_of (parts[i]);
          if (value_in (words, names, n_names))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
password_enter (PageNode *node, gpointer data)
{
  gboolean *found = data;
  if (*found || node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (is_element (node, "input"))
    {
      const gchar *type = borrowed_attribute (node, "type");
      *found = type != NULL && g_ascii_strcasecmp (type, "password") == 0;
      return FALSE;
    }
  return !is_element (node, "script") && !is_element (node, "style");
}

/* Whether a page whose @text is short is an error page and no story: its first <h1> (@h1_line)
 * or its <title> names a missing page ("404", "Page not found"), or names a sign-in ("Sign in",
 * "Log in") and the page holds a password field. Sets *@kind to what it is. A story of that
 * title is longer than a short text; a sign-in box beside a story has a story's title. */
static gboolean
error_page (PageNode *body, const gchar *h1_line, const gchar *title, const gchar *text, const gchar **kind)
{
  /* (a character is at most 4 bytes: a text of 4 * RETRY_BELOW_CHARS bytes is not short) */
  gsize bytes = strnlen (text, 4 * RETRY_BELOW_CHARS);
  if (body == NULL || bytes == 4 * RETRY_BELOW_CHARS
      || g_utf8_strlen (text, (gssize)bytes) >= RETRY_BELOW_CHARS)
    return FALSE;
  if (names_in_parts (h1_line, not_found_names, G_N_ELEMENTS (not_found_names))
      || names_in_parts (title, not_found_names, G_N_ELEMENTS (not_found_names)))
    {
      *kind = "a \"page not found\" page";
      return TRUE;
    }
  if (!names_in_parts (h1_line, sign_in_names, G_N_ELEMENTS (sign_in_names))
      && !names_in_parts (title, sign_in_names, G_N_ELEMENTS (sign_in_names)))
    return FALSE;
  gboolean password = FALSE;
  walk (body, password_enter, heading_words_leave, &password); /* (nothing to do on the way out) */
  *kind = "a sign-in page";
  return password;
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

/* The page's own address from its canonical link @canonical: as written when it is absolute;
 * a relative one ("/news/bridge") resolved against the page's <base href> @base, else against
 * its og:url @og_url, when that is an http(s) address. Without a canonical link that makes an
 * address, the og:url when it is one; else NULL. */
static gchar *
page_address (const gchar *canonical, const gchar *base, const gchar *og_url)
{
  gchar *url = link_address (canonical);
  if (url == NULL && canonical != NULL)
    {
      g_autofree gchar *relative = precis_markup_collapse_line (canonical);
      g_autofree gchar *against = link_address (base != NULL ? base : og_url);
      if (relative != NULL && against != NULL && strchr (relative, ' ') == NULL)
        {
          g_autofree gchar *resolved = g_uri_resolve_relative (against, relative, G_URI_FLAGS_NONE, NULL);
          url = link_address (resolved);
        }
    }
  return url != NULL ? url : link_address (og_url);
}

/* ---- Before parsing: script and style contents left out ---- */

/* White space as libxml2's HTML parser reads it between attributes. */
static gboolean
is_blank (gchar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A character of an element or attribute name, as libxml2's HTML parser reads names. */
static gboolean
is_name_char (gchar c)
{
  return g_ascii_isalnum (c) || c == ':' || c == '-' || c == '_' || c == '.';
}

/* The end of a start tag whose attributes begin at @p, as libxml2's HTML parser finds it:
 * its ">", or the "/" of its "/>"; NULL when the input ends first. A quoted value may hold
 * ">"; an attribute that does not start like a name runs to white space or the tag's end. */
static const gchar *
start_tag_end (const gchar *p, const gchar *end)
{
  while (p < end)
    {
      while (p < end && is_blank (*p))
        p++;
      if (p >= end)
        return NULL;
      if (*p == '>' || (*p == '/' && p + 1 < end && p[1] == '>'))
        return p;
      if (g_ascii_isalpha (*p) || *p == '_' || *p == ':' || *p == '.')
        {
          while (p < end && is_name_char (*p))
            p++;
          while (p < end && is_blank (*p))
            p++;
          if (p >= end || *p != '=')
            continue;
          p++;
          while (p < end && is_blank (*p))
            p++;
          if (p < end && (*p == '"' || *p == '\''))
            {
              const gchar *close = memchr (p + 1, *p, (gsize)(end - p - 1));
              if (close == NULL)
                return NULL;
              p = close + 1;
            }
          else
            while (p < end && !is_blank (*p) && *p != '>')
              p++;
          continue;
        }
      while (p < end && !is_blank (*p) && *p != '>' && !(*p == '/' && p + 1 < end && p[1] == '>'))
        p++;
    }
  return NULL;
}

/* The first "</@name" (any case) from @p, or NULL. */
static const gchar *
find_end_tag (const gchar *p, const gchar *end, const gchar *name, gsize name_len)
{
  while ((p = memchr (p, '<', (gsize)(end - p))) != NULL)
    {
      if ((gsize)(end - p) >= name_len + 2 && p[1] == '/' && g_ascii_strncasecmp (p + 2, name, name_len) == 0)
        return p;
      p++;
    }
  return NULL;
}

/* A span of a page's bytes that libxml2 is not given to read. */
typedef PrecisMarkupCut Cut;

/* The contents of the UTF-8 page @html's <script> and <style> elements, added to @cuts in
 * order (those of JSON-LD scripts, the page's structured data, are also copied to @json_ld),
 * which are never read but cost libxml2's HTML parser the most (it reads them a character at
 * a time and keeps them as text nodes). The contents are delimited
 * as libxml2 delimits them in recovery mode: from the end of the start tag to the first
 * "</script" or "</style" in any case; tags, comments and end tags are read as it reads
 * them, so that a "<script" inside an attribute value or a comment is not taken for one.
 * Where the input ends inside a tag, a comment or a script, the rest is left as it is. */
static void
raw_text_cuts (const gchar *html, gsize n, GArray *cuts, GPtrArray *json_ld)
{
  const gchar *p = html, *end = html + n;
  while (p < end && (p = memchr (p, '<', (gsize)(end - p))) != NULL)
    {
      gsize left = (gsize)(end - p);
      if (left >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          const gchar *close = g_strstr_len (p + 4, (gssize)(left - 4), "-->");
          if (close == NULL)
            break;
          p = close + 3;
        }
      else if (left >= 2
               && (p[1] == '?' || (p[1] == '/' && left >= 3 && g_ascii_isalpha (p[2]))
                   || (left >= 9 && g_ascii_strncasecmp (p + 1, "!DOCTYPE", 8) == 0)))
        {
          /* a processing instruction, an end tag or a DOCTYPE: up to its ">" */
          const gchar *close = memchr (p, '>', left);
          if (close == NULL)
            break;
          p = close + 1;
        }
      else if (left >= 2 && (g_ascii_isalpha (p[1]) || p[1] == '_' || p[1] == ':'))
        {
          const gchar *name = p + 1, *q = name;
          while (q < end && is_name_char (*q))
            q++;
          gsize name_len = (gsize)(q - name);
          gboolean raw = (name_len == 6 && g_ascii_strncasecmp (name, "script", 6) == 0)
                         || (name_len == 5 && g_ascii_strncasecmp (name, "style", 5) == 0);
          const gchar *tag_end = start_tag_end (q, end);
          if (tag_end == NULL)
            break;
          p = tag_end + (*tag_end == '/' ? 2 : 1);
          if (!raw || *tag_end == '/')
            continue;
          const gchar *close = find_end_tag (p, end, name, name_len);
          if (close == NULL)
            break;
          if (name_len == 6 && g_strstr_len (q, tag_end - q, "ld+json") != NULL)
            g_ptr_array_add (json_ld, g_strndup (p, (gsize)(close - p)));
          if (close > p)
            {
              Cut cut = { (gsize)(p - html), (gsize)(close - html) };
              g_array_append_val (cuts, cut);
            }
          p = close;
        }
      else
        p++; /* a "<" that starts no markup is text */
    }
}

/* The tree of the UTF-8 page @html of @n bytes without its @cuts. libxml2 is given the page a
 * block at a time rather than as one buffer: from a buffer it would copy the whole page twice
 * over before parsing it (into its input buffer, then through its UTF-8 "conversion" into
 * another), and the page without its scripts would be a third copy; read so, only a block
 * or two are held at a time. (Its parser asks for the next block before it runs short of
 * look-ahead, so the tree is the one it makes from a buffer; a page in another encoding
 * is still read from a buffer: without a forced encoding, libxml2's guess of one looks as
 * far ahead as the buffer goes.) */
static PrecisPageTree *
read_utf8_page (const gchar *html, gsize n, const GArray *cuts)
{
  PrecisMarkupReader r = { html, n, 0, (const Cut *)(gpointer)cuts->data, cuts->len, 0 };
  return precis_page_tree_read (NULL, 0, &r, "UTF-8", PARSE_OPTIONS);
}

/* What a page's JSON-LD (schema.org) says of its article, borrowed from the parsed trees: the
 * longest articleBody, the first datePublished, the first author's name, the first headline
 * and the first publisher's name. */
typedef struct
{
  const gchar *body;
  const gchar *date;
  const gchar *author;
  const gchar *headline;
  const gchar *publisher;
} JsonLd;

/* The string @node holds, or NULL. */
static const gchar *
json_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
             ? json_node_get_string (node)
             : NULL;
}

/* An author's name: a string, an object's "name", or the first of an array's. */
static const gchar *
json_author (JsonNode *node)
{
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    node = json_array_get_element (json_node_get_array (node), 0);
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    node = json_object_get_member (json_node_get_object (node), "name");
  return json_string (node);
}

/* Adds what @node and the objects under it say to @ld. */
static void
json_ld_visit (JsonNode *node, guint depth, JsonLd *ld)
{
  if (node == NULL || depth > JSON_LD_MAX_DEPTH)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      for (guint k = 0; k < json_array_get_length (array); k++)
        json_ld_visit (json_array_get_element (array, k), depth + 1, ld);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  JsonObjectIter iter;
  const gchar *key;
  JsonNode *member;
  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &key, &member))
    {
      const gchar *value = json_string (member);
      if (g_str_equal (key, "articleBody"))
        {
          if (value != NULL && (ld->body == NULL || strlen (value) > strlen (ld->body)))
            ld->body = value;
        }
      else if (g_str_equal (key, "datePublished"))
        {
          if (ld->date == NULL)
            ld->date = value;
        }
      else if (g_str_equal (key, "author"))
        {
          if (ld->author == NULL)
            ld->author = json_author (member);
        }
      else if (g_str_equal (key, "headline"))
        {
          if (ld->headline == NULL)
            ld->headline = value;
        }
      else if (g_str_equal (key, "publisher"))
        {
          if (ld->publisher == NULL)
            ld->publisher = json_author (member);
        }
      else if (value == NULL)
        json_ld_visit (member, depth + 1, ld);
    }
}

/* Reads the page's JSON-LD scripts (@scripts, their contents) into @ld; the parsers that hold
 * its strings are added to @parsers. A script that is not JSON is passed over. */
static void
json_ld_read (GPtrArray *scripts, GPtrArray *parsers, JsonLd *ld)
{
  for (guint k = 0; k < scripts->len; k++)
    {
      /* (a script's JSON may be wrapped in a CDATA section or a comment) */
      const gchar *data = scripts->pdata[k];
      const gchar *cdata = strstr (data, "<![CDATA[");
      gsize n = strlen (data);
      if (cdata != NULL)
        {
          data = cdata + strlen ("<![CDATA[");
          const gchar *close = strstr (data, "]]>");
          n = close != NULL ? (gsize)(close - data) : strlen (data);
        }
      gsize skip = strcspn (data, "{[");
      if (skip >= n)
        continue;
      const gchar *start = data + skip;
      const gchar *end = g_strrstr_len (start, (gssize)(n - skip), *start == '{' ? "}" : "]");
      if (end == NULL || !g_utf8_validate (start, end + 1 - start, NULL))
        continue;
      JsonParser *parser = json_parser_new ();
      g_ptr_array_add (parsers, parser);
      if (json_parser_load_from_data (parser, start, end + 1 - start, NULL))
        json_ld_visit (json_parser_get_root (parser), 0, ld);
    }
}

/* An articleBody as text: paragraphs at its line breaks, markup read as a fragment; NULL when
 * it holds no text. The caller frees it with g_free(). */
static gchar *fragment_text (const gchar *html, gssize len, guint rules);

static gchar *
json_ld_text (const gchar *body)
{
  if (body == NULL)
    return NULL;
  gchar *text = NULL;
  if (strchr (body, '<') != NULL)
    text = fragment_text (body, -1, RULE_FURNITURE);
  else
    {
      GString *out = g_string_new (NULL);
      gchar **lines = g_strsplit (body, "\n", -1);
      for (gchar **l = lines; *l != NULL; l++)
        {
          g_autofree gchar *line = precis_markup_collapse_line (*l);
          if (line == NULL)
            continue;
          if (out->len > 0)
            g_string_append (out, "\n\n");
          g_string_append (out, line);
        }
      g_strfreev (lines);
      text = g_string_free (out, FALSE);
    }
  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* Whether a page names its encoding as libxml2 reads it: a "charset" inside a <meta> tag (a
 * <meta charset> or an http-equiv Content-Type) or an XML declaration's "encoding", before the
 * body opens (in the first DECLARATION_BYTES). A <script charset> names no page's encoding. */
#define DECLARATION_BYTES 65536
static gboolean
declares_charset (const gchar *html, gsize n)
{
  gsize limit = MIN (n, DECLARATION_BYTES);
  for (const gchar *p = memchr (html, '<', limit); p != NULL && p + 5 < html + limit;
       p = memchr (p + 1, '<', (gsize)(html + limit - p - 1)))
    {
      gsize left = (gsize)(html + limit - p);
      gboolean meta = g_ascii_strncasecmp (p, "<meta", 5) == 0 && !g_ascii_isalnum (p[5]);
      gboolean xml = g_ascii_strncasecmp (p, "<?xml", 5) == 0;
      if (g_ascii_strncasecmp (p, "<body", 5) == 0)
        return FALSE;
      if (!meta && !xml)
        continue;
      const gchar *close = memchr (p, '>', left);
      gsize tag = close != NULL ? (gsize)(close - p) : left;
      const gchar *key = meta ? "charset" : "encoding";
      gsize key_len = strlen (key);
      for (gsize k = 5; k + key_len <= tag; k++)
        if (g_ascii_strncasecmp (p + k, key, key_len) == 0)
          return TRUE;
    }
  return FALSE;
}

/* A page's bytes from which its tree, once freed, is handed back to the system: the tree's
 * strings are in blocks of 64 KB, and libxml2's nodes were many small blocks while it read,
 * which the allocator would otherwise keep (resident) beside what the summary then allocates
 * in larger ones. */
#define TRIM_AFTER_BYTES (1 << 20)

/* Frees the tree of a page of @n bytes. */
static void
free_tree (PrecisPageTree *tree, gsize n)
{
  precis_page_tree_free (tree);
#ifdef __GLIBC__
  if (n >= TRIM_AFTER_BYTES)
    malloc_trim (0);
#endif
}

/* Whether the page @html of @n bytes was cut off in its text: its last byte but white space is
 * no tag's ">" ("<p>Inspectors found the damage on F"), as a download cut short leaves it. */
static gboolean
ends_in_text (const gchar *html, gsize n)
{
  while (n > 0 && g_ascii_isspace (html[n - 1]))
    n--;
  return n > 0 && html[n - 1] != '>';
}

/* @text, the story of a page cut off in its text, without its last, unfinished fragment: when
 * its last paragraph ends on a letter or digit (no closing stop), the paragraph's words after its
 * last sentence's stop, or the whole paragraph when it has none and is not the only one. */
static void
drop_unfinished_tail (gchar *text)
{
  gsize len = strlen (text);
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  if (len == 0)
    return;
  const gchar *last = g_utf8_find_prev_char (text, text + len);
  if (last == NULL || !g_unichar_isalnum (g_utf8_get_char (last)))
    return;
  gsize start = 0;
  for (const gchar *p = text; (p = strstr (p, "\n\n")) != NULL && (gsize)(p - text) < len; p += 2)
    start = (gsize)(p - text) + 2;
  /* (the last stop followed by a space, after a closing quote or bracket if any) */
  gsize cut = 0;
  for (gsize i = start; i + 1 < len; i++)
    if (strchr (".!?", text[i]) != NULL || g_str_has_prefix (text + i, "\u2026"))
      {
        gsize j = i + (text[i] == '.' || text[i] == '!' || text[i] == '?' ? 1 : 3);
        while (j < len && strchr ("\"')]", text[j]) != NULL)
          j++;
        if (j < len && text[j] == ' ')
          cut = j;
      }
  if (cut > 0)
    text[cut] = '\0';
  else if (start >= 2)
    text[start - 2] = '\0';
}

/* The page @html of @n bytes read; @owned, when not NULL, is @html, freed as soon as libxml2
 * has parsed it (its tree is what is read from then on). */
static PrecisPage *
read_page (const gchar *html, gsize n, gchar *owned, GError **error)
{
  g_autofree gchar *bytes = owned;
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
   * the encoding it declares, and one that declares none in the encoding uchardet guesses for
   * a script it tells apart well, else as windows-1252 (curly quotes kept). */
  gboolean utf8 = precis_markup_is_utf8 (html, n);
  const gchar *encoding = utf8 ? "UTF-8" : NULL;
  if (!utf8 && !declares_charset (html, n))
    {
      encoding = precis_markup_guess_encoding (html, n);
      if (encoding == NULL)
        encoding = "WINDOWS-1252"; /* as browsers read it: libxml2 would read ISO-8859-1 */
    }
  /* Scripts and styles are left out first (in UTF-8 only, where "<" is always a "<"). */
  g_autoptr (GPtrArray) json_ld = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) cuts = g_array_new (FALSE, FALSE, sizeof (Cut));
  if (utf8)
    raw_text_cuts (html, n, cuts, json_ld);
  PrecisPageTree *doc = utf8 ? read_utf8_page (html, n, cuts)
                             : precis_page_tree_read (html, n, NULL, encoding, PARSE_OPTIONS);
  gboolean cut_off = ends_in_text (html, n);
  html = NULL;
  g_clear_pointer (&bytes, g_free);
  PageNode *top = doc != NULL ? precis_page_tree_root (doc) : NULL;
  if (top == NULL)
    {
      precis_page_tree_free (doc);
      page->text = g_strdup ("");
      return page;
    }

  Survey s = { 0 };
  walk (top, survey_enter, survey_leave, &s);
  /* (a placeholder names no story: "Untitled Document", "News | Home") */
  {
    const gchar *address = s.canonical != NULL ? s.canonical : s.og_url;
    drop_placeholder_title (&s.title, s.site, address);
    drop_placeholder_title (&s.og_title, s.site, address);
  }

  /* The page's title, to leave out a heading that repeats it. */
  g_autofree gchar *page_title = precis_markup_collapse_line (s.og_title != NULL ? s.og_title : s.title);
  gchar *byline = NULL;
  gchar *text = NULL;
  PageNode *h1 = NULL;
  /* (the last: a page whose story is drawn by a script from a <template>, or shown only
   * without scripts in a <noscript>) */
  static const guint readings[] = {
    RULE_ALL, RULE_ALL & ~RULE_FURNITURE, RULE_CONDITIONAL | RULE_LINK_BLOCKS, 0, RULE_ALL | RULE_UNSCRIPTED,
  };
  for (gsize r = 0; r < G_N_ELEMENTS (readings); r++)
    {
      gchar *found_byline = NULL;
      PageNode *found_h1 = NULL;
      /* readers' comments are left out by every reading (where RULE_FURNITURE holds, by it) */
      gchar *candidate = read_article (top, s.body, s.main, s.n_elements, n, readings[r] | RULE_COMMENTS,
                                       page_title, &found_byline, &found_h1);
      if (text == NULL
          || (gdouble)g_utf8_strlen (candidate, -1) > RETRY_GAIN * (gdouble)g_utf8_strlen (text, -1))
        {
          g_free (text);
          text = candidate;
          g_free (byline);
          byline = found_byline;
          h1 = found_h1;
        }
      else
        {
          g_free (candidate);
          g_free (found_byline);
        }
      if (g_utf8_strlen (text, -1) >= RETRY_BELOW_CHARS)
        break;
    }
  g_autoptr (GPtrArray) parsers = g_ptr_array_new_with_free_func (g_object_unref);
  JsonLd ld = { NULL, NULL, NULL, NULL, NULL };
  glong n_chars = g_utf8_strlen (text, -1);
  /* The page's JSON-LD gives a short text's body, a date or an author the meta elements lack,
   * and the headline. */
  json_ld_read (json_ld, parsers, &ld);
  if (n_chars < RETRY_BELOW_CHARS)
    {
      /* Little text in the page's markup (drawn by a script, or behind a teaser): the story
       * as the page's structured data gives it, when that is much longer (trafilatura's
       * baseline). */
      gchar *body = json_ld_text (ld.body);
      if (body != NULL && (gdouble)g_utf8_strlen (body, -1) > RETRY_GAIN * (gdouble)n_chars)
        {
          g_free (text);
          text = body;
        }
      else
        g_free (body);
    }
  guint teasers = listing_teasers (s.body, text);
  const gchar *error_kind = NULL;
  if (text[0] != '\0' && teasers == 0)
    {
      g_autofree gchar *h1_line = s.h1 != NULL ? node_line (s.h1) : NULL;
      g_autofree gchar *title_line = precis_markup_collapse_line (s.title);
      if (!error_page (s.body, h1_line, title_line, text, &error_kind))
        error_kind = NULL;
    }
  if (text[0] == '\0' || teasers > 0 || error_kind != NULL)
    {
      g_free (text);
      g_free (byline);
      survey_clear (&s);
      precis_page_tree_free (doc);
      precis_page_free (page);
      if (teasers > 0)
        g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_NO_TEXT,
                     "a listing page with no article text (%u headlines linking to stories)", teasers);
      else if (error_kind != NULL)
        g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_NO_TEXT, "%s with no article text", error_kind);
      else
        g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_NO_TEXT, "a web page with no article text (%s)",
                     s.body == NULL ? "no <body>" : "nothing but markup, scripts and page furniture");
      return NULL;
    }
  /* (a page cut off mid-sentence: its unfinished last fragment is no sentence of the story) */
  if (cut_off)
    drop_unfinished_tail (text);
  page->text = text;

  /* The page's first <h1>, outside the story, is its heading when it repeats the page's <title>
   * or metadata headline: the story's own first <h1> is then a section's ("Why CPU monitoring is
   * important?" under "Node.js and CPU profiling on production"). Not when the story's <h1> is
   * the metadata headline, nor when the first is the site's name (og:site_name, a home link, a
   * logo) or repeats a <title> no longer than a banner: "Daily Planet" over "Storm batters
   * Devon coast" (review23 #3). */
  if (h1 != NULL && s.h1 != NULL && h1 != s.h1)
    {
      g_autofree gchar *first = node_line (s.h1);
      g_autofree gchar *tag = precis_markup_collapse_line (s.title);
      g_autofree gchar *meta = precis_markup_collapse_line (ld.headline != NULL ? ld.headline : s.og_title);
      g_autofree gchar *own = node_line (h1);
      gboolean repeats_tag = same_line (first, tag) && count_words (tag, strlen (tag)) > BANNER_MAX_WORDS;
      if (first != NULL && !same_line (first, own) && !same_line (own, meta)
          && (repeats_tag || same_line (first, meta)))
        {
          g_autofree gchar *rest = title_beside_site_h1 (tag, first);
          if (!h1_is_site_name (s.h1, first, s.site, rest, text))
            h1 = s.h1;
        }
    }
  gchar *h1_text = h1 != NULL ? (gchar *)precis_page_node_text (h1) : NULL;
  if (h1_text == NULL && s.h1 != NULL)
    {
      h1_text = (gchar *)precis_page_node_text (s.h1);
      /* (the page's first <h1>, outside the story, may be the site's name beside the title) */
      g_autofree gchar *site_h1 = precis_markup_collapse_line (h1_text);
      g_autofree gchar *title = precis_markup_collapse_line (s.title);
      g_autofree gchar *rest = title_beside_site_h1 (title, site_h1);
      if (rest != NULL && h1_is_site_name (s.h1, site_h1, s.site, rest, text))
        {
          g_free (h1_text);
          h1_text = g_strdup (s.og_title != NULL ? s.og_title : rest);
        }
      /* (or a section's banner: the title is then the page's og:title or <title>, below) */
      else if (rest == NULL && banner_h1 (site_h1, title))
        g_clear_pointer (&h1_text, g_free);
    }
  /* A heading that is the site's name is never the title, nor a <title> or og:title that is
   * that name: the page's metadata headline comes first, then a generated one. */
  page->url = page_address (s.canonical, s.base, s.og_url);
  /* (not the application's name: some pages give their headline as that, msn's among them) */
  const gchar *sites[] = { s.site, ld.publisher, NULL };
  const gchar *metas[] = { s.og_title, ld.headline };
  g_autofree gchar *site_line = NULL;
  {
    /* (the heading's own text: not the title the site's name was found beside, above) */
    PageNode *heading = h1 != NULL && h1_text != NULL ? h1 : s.h1;
    g_autofree gchar *line = precis_markup_collapse_line (h1_text);
    g_autofree gchar *own = heading != NULL ? node_line (heading) : NULL;
    if (same_line (line, own)
        && is_site_heading (heading, line, sites, 2, metas, 2, heading == h1, page->url))
      {
        site_line = g_steal_pointer (&line);
        g_clear_pointer (&h1_text, g_free);
      }
    /* (a masthead: the page's first <h1>, outside the story, only repeats a <title> of a few
     * words, and the story opens on a heading of its own, longer, its <h2>: "The Daily
     * Courier" over "Water company fined £2m over River Wye sewage") */
    if (site_line == NULL && h1 == NULL && heading == s.h1 && h1_text != NULL && s.og_title == NULL
        && ld.headline == NULL && same_line (line, own))
      {
        g_autofree gchar *tag = precis_markup_collapse_line (s.title);
        gsize first = strcspn (text, "\n");
        g_autofree gchar *opening = g_strndup (text, first);
        gsize n_opening = strlen (opening);
        guint words = count_words (line, strlen (line));
        if (same_line (line, tag) && words <= SITE_SUFFIX_MAX_WORDS && text[first] != '\0' && n_opening > 0
            && strchr (".!?:;\"", opening[n_opening - 1]) == NULL && count_words (opening, n_opening) >= 3
            && count_words (opening, n_opening) > words)
          {
            site_line = g_steal_pointer (&line);
            g_free (h1_text);
            h1_text = g_steal_pointer (&opening);
          }
      }
    if (site_line != NULL)
      sites[2] = site_line;
  }
  page->title = precis_markup_collapse_line (h1_text);
  const gchar *const tags[] = { s.og_title, s.title, ld.headline };
  for (gsize t = 0; t < G_N_ELEMENTS (tags) && page->title == NULL; t++)
    {
      page->title = precis_markup_collapse_line (tags[t]);
      for (gsize k = 0; k < G_N_ELEMENTS (sites) && page->title != NULL; k++)
        {
          g_autofree gchar *site = precis_markup_collapse_line (sites[k]);
          if (same_line (page->title, site))
            g_clear_pointer (&page->title, g_free);
        }
    }
  /* (a <title> that sets the site's heading beside the headline: "Harbour News: Harbour wall ...") */
  if (site_line != NULL && h1_text == NULL && page->title != NULL)
    {
      g_autofree gchar *rest = title_beside_site_h1 (page->title, site_line);
      if (rest != NULL)
        {
          g_free (page->title);
          page->title = g_steal_pointer (&rest);
        }
    }
  /* (a <title> of a few words that shares no word with the page's JSON-LD headline is the
   * site's or a section's name: "Example News" over "Scientists find ice on the Moon") */
  if (h1_text == NULL && s.og_title == NULL && ld.headline != NULL && page->title != NULL
      && count_words (page->title, strlen (page->title)) <= SITE_SUFFIX_MAX_WORDS)
    {
      g_autofree gchar *headline = precis_markup_collapse_line (ld.headline);
      if (headline != NULL
          && count_words (headline, strlen (headline)) > count_words (page->title, strlen (page->title))
          && !share_a_word (headline, page->title))
        {
          g_free (page->title);
          page->title = g_steal_pointer (&headline);
        }
    }
  gboolean from_h1 = h1_text != NULL && page->title != NULL;
  g_free (h1_text);
  page->site = precis_markup_collapse_line (s.site != NULL ? s.site : s.app_name);
  if (page->title != NULL && !from_h1) /* <title> and og:title often end in the site's name */
    strip_site_name (page->title, page->site);
  mend_title_and_site (page, from_h1, h1 != NULL ? h1 : s.h1, s.title,
                       ld.headline != NULL ? ld.headline : s.og_title, s.site, ld.publisher);
  /* (the page's meta elements first, then its JSON-LD, then what its markup shows) */
  page->date = precis_markup_collapse_line (s.published != NULL ? s.published
                                            : ld.date != NULL   ? ld.date
                                                                : s.time);
  page->byline = precis_markup_collapse_line (s.author);
  if (page->byline == NULL)
    page->byline = precis_markup_collapse_line (ld.author);
  if (page->byline == NULL)
    page->byline = precis_markup_collapse_line (byline);
  g_free (byline);
  page->language = precis_markup_collapse_line (s.language);

  survey_clear (&s);
  free_tree (doc, n);
  return page;
}

PrecisPage *
precis_html_read (const gchar *html, gssize len, GError **error)
{
  g_return_val_if_fail (html != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return read_page (html, len < 0 ? strlen (html) : (gsize)len, NULL, error);
}

PrecisPage *
precis_html_read_take (gchar *html, gsize len, GError **error)
{
  if (error != NULL && *error != NULL)
    g_free (html); /* the page is the function's on failure too */
  g_return_val_if_fail (html != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return read_page (html, len, html, error);
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

/* The text of the whole of @root under @rules. */
static gchar *
read_whole (PageNode *root, guint n_elements, guint rules)
{
  Info *info = g_new0 (Info, n_elements + 1);
  Measure m = { info, rules, g_ptr_array_new (), 0 };
  walk (root, measure_enter, measure_leave, &m);
  Collect c = { .info = info, .rules = rules, .out = g_string_new (NULL), .block = g_string_new (NULL) };
  collect_into (&c, root);
  g_string_free (c.block, TRUE);
  g_ptr_array_free (m.paragraphs, TRUE);
  g_free (info);
  return g_string_free (c.out, FALSE);
}

/* The text of a fragment read whole under @rules; when that leaves nothing, under fewer:
 * RULE_FURNITURE alone, then none. */
static gchar *
fragment_text (const gchar *html, gssize len, guint rules)
{
  gsize n = len < 0 ? strlen (html) : (gsize)len;
  if (n == 0 || !precis_markup_prepare (html, n, "fragment", NULL))
    return g_strdup ("");
  PrecisPageTree *doc = precis_page_tree_read (html, n, NULL, "UTF-8", PARSE_OPTIONS);
  PageNode *top = doc != NULL ? precis_page_tree_root (doc) : NULL;
  if (top == NULL)
    {
      precis_page_tree_free (doc);
      return g_strdup ("");
    }
  Survey s = { 0 };
  walk (top, survey_enter, survey_leave, &s);
  survey_clear (&s);
  PageNode *root = s.body != NULL ? s.body : top;
  gchar *text = read_whole (root, s.n_elements, rules);
  if (text[0] == '\0' && rules != RULE_FURNITURE)
    {
      g_free (text);
      text = read_whole (root, s.n_elements, RULE_FURNITURE);
    }
  if (text[0] == '\0')
    {
      g_free (text);
      text = read_whole (root, s.n_elements, 0);
    }
  precis_page_tree_free (doc);
  return text;
}

gchar *
precis_html_fragment_text (const gchar *html, gssize len)
{
  /* Boxes named as furniture ("share", "related") and the captions of figures are left out,
   * unless that leaves nothing. A feed item's picture often comes first, and its caption would
   * be read as the item's first sentence. (A page's captions stay, its JSON-LD articleBody's
   * too: the best readers keep them.) */
  return fragment_text (html, len, RULE_FURNITURE | RULE_CAPTIONS);
}
