/* jsonfeed.c - the JSON Feed input stage (https://www.jsonfeed.org, versions 1 and 1.1): a
 * JSON object whose "version" is "https://jsonfeed.org/version/1" or ".../1.1" in, its items
 * out as PrecisFeedItem, so that a JSON Feed is summarised, extracted and digested as an RSS or
 * Atom feed is. json-glib parses the document; an item's title is its "title" (white space
 * collapsed), its link its "url" (else "external_url"), its id its "id" (a string, or a number
 * as some feeds write it), its date its "date_published" (else "date_modified", RFC 3339),
 * its text its "content_text" (the feed's own plain text, paragraphs kept), else its
 * "content_html" read as a whole HTML fragment as an RSS item's content is, else its
 * "summary"; its language the item's "language", else the feed's (1.1); its byline the names
 * of its "authors" (1.1), else of its "author" (1), else the feed's, joined with ", ".
 * O(length of the feed).
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "base/text.h"
#include "input/date.h"
#include "input/html.h"
#include "input/jsonfeed.h"
#include "input/markup.h"

/* What every version of JSON Feed writes before its number ("http:" is read too). */
#define VERSION_PREFIX "://jsonfeed.org/version/"

/* @data past a byte-order mark and white space. */
static const gchar *
skip_space (const gchar *data, const gchar *end)
{
  const gchar *p = data + precis_bom_len (data, (gsize)(end - data));
  while (p < end && g_ascii_isspace (*p))
    p++;
  return p;
}

gboolean
precis_jsonfeed_detect (const gchar *data, gsize n)
{
  const gchar *end = data + n, *p = skip_space (data, end);
  if (p >= end || *p != '{')
    return FALSE;
  /* "version": "https://jsonfeed.org/version/..." somewhere in the object: the member is
   * found by its value, and the parser checks it belongs to the top-level object. */
  static const gchar key[] = "\"version\"";
  for (const gchar *k = p; (k = g_strstr_len (k, end - k, key)) != NULL; k += sizeof key - 1)
    {
      const gchar *v = k + sizeof key - 1;
      while (v < end && (g_ascii_isspace (*v) || *v == ':'))
        v++;
      if (v < end && *v == '"' && (end - v > 6 && g_ascii_strncasecmp (v + 1, "http", 4) == 0))
        {
          const gchar *colon = v + 5 + (v[5] == 's' || v[5] == 'S');
          gsize k_len = strlen (VERSION_PREFIX);
          if ((gsize)(end - colon) >= k_len && g_ascii_strncasecmp (colon, VERSION_PREFIX, k_len) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* The string member @name of @o, or NULL (a number is written out, as ids sometimes are). */
static const gchar *
member_string (JsonObject *o, const gchar *name, gchar **number)
{
  JsonNode *node = json_object_get_member (o, name);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  GType type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return json_node_get_string (node);
  if (number != NULL && type == G_TYPE_INT64)
    return *number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return NULL;
}

/* The first of the string members @names of @o that is not empty after collapsing its white
 * space, collapsed; or NULL. */
static gchar *
first_line (JsonObject *o, const gchar *const *names, gsize n_names)
{
  for (gsize i = 0; i < n_names; i++)
    {
      g_autofree gchar *number = NULL;
      gchar *line = precis_markup_collapse_line (member_string (o, names[i], &number));
      if (line != NULL)
        return line;
    }
  return NULL;
}

/* Plain text with its control characters other than line breaks and tabs dropped (a NUL
 * cannot occur: json-glib refuses "\u0000" in a string), "\r\n" made "\n". */
static gchar *
plain_text (const gchar *text)
{
  GString *out = g_string_sized_new (strlen (text));
  for (const gchar *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else if (c == '\n' || c == '\t' || !g_unichar_iscntrl (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

/* The text of @item: "content_text", else "content_html" as an HTML fragment, else "summary". */
static gchar *
item_text (JsonObject *item)
{
  const gchar *text = member_string (item, "content_text", NULL);
  g_autofree gchar *check = precis_markup_collapse_line (text);
  if (check != NULL)
    return plain_text (text);
  const gchar *html = member_string (item, "content_html", NULL);
  if (html != NULL)
    {
      gchar *fragment = precis_html_fragment_text (html, -1);
      if (fragment[0] != '\0')
        return fragment;
      g_free (fragment);
    }
  const gchar *summary = member_string (item, "summary", NULL);
  return summary != NULL ? plain_text (summary) : g_strdup ("");
}

/* The names of the authors @o gives ("authors": [{"name"}], else "author": {"name"}), each
 * once, joined with ", "; NULL when none has a name. */
static gchar *
authors (JsonObject *o)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  JsonNode *list = json_object_get_member (o, "authors");
  JsonNode *one = json_object_get_member (o, "author");
  JsonArray *array = list != NULL && JSON_NODE_HOLDS_ARRAY (list) ? json_node_get_array (list) : NULL;
  guint n = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i <= n; i++)
    {
      /* the "authors" of 1.1; after them, only when they gave no name, the "author" of 1 */
      JsonNode *node = i < n ? json_array_get_element (array, i) : names->len == 0 ? one : NULL;
      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        continue;
      gchar *name = first_line (json_node_get_object (node), (const gchar *const[]){ "name" }, 1);
      for (guint k = 0; name != NULL && k < names->len; k++)
        if (g_str_equal (names->pdata[k], name))
          g_clear_pointer (&name, g_free);
      if (name != NULL)
        g_ptr_array_add (names, name);
    }
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (gchar **)names->pdata);
}

static PrecisFeedItem *
read_item (JsonObject *item, const gchar *feed_language, const gchar *feed_authors)
{
  PrecisFeedItem *out = g_new0 (PrecisFeedItem, 1);
  out->title = first_line (item, (const gchar *const[]){ "title" }, 1);
  if (precis_markup_is_default_title (out->title)) /* "Untitled" names no story */
    g_clear_pointer (&out->title, g_free);
  out->link = first_line (item, (const gchar *const[]){ "url", "external_url" }, 2);
  out->id = first_line (item, (const gchar *const[]){ "id" }, 1);
  out->date = first_line (item, (const gchar *const[]){ "date_published", "date_modified" }, 2);
  out->time = precis_date_parse (out->date);
  if (out->time == G_MININT64)
    g_clear_pointer (&out->date, g_free); /* (RFC 3339; one that cannot be read is none) */
  out->text = item_text (item);
  out->language = first_line (item, (const gchar *const[]){ "language" }, 1);
  if (out->language == NULL)
    out->language = g_strdup (feed_language);
  out->byline = authors (item);
  if (out->byline == NULL)
    out->byline = g_strdup (feed_authors);
  return out;
}

GPtrArray *
precis_jsonfeed_parse (const gchar *data, gsize n, gchar **feed_title, GError **error)
{
  if (feed_title != NULL)
    *feed_title = NULL;
  const gchar *end = data + n, *p = skip_space (data, end);
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) parse_error = NULL;
  if (!json_parser_load_from_data (parser, p, (gssize)(end - p), &parse_error))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_MALFORMED, "not a well-formed JSON Feed (%s)",
                   parse_error->message);
      return NULL;
    }
  JsonNode *root = json_parser_get_root (parser);
  JsonObject *feed = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  const gchar *version = feed != NULL ? member_string (feed, "version", NULL) : NULL;
  if (version == NULL || strstr (version, VERSION_PREFIX) == NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_MALFORMED,
                   "a JSON document, but not a JSON Feed (no \"version\" https://jsonfeed.org/version/...)");
      return NULL;
    }
  JsonNode *items_node = json_object_get_member (feed, "items");
  if (items_node == NULL || !JSON_NODE_HOLDS_ARRAY (items_node))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_MALFORMED, "a JSON Feed without an \"items\" array");
      return NULL;
    }
  if (feed_title != NULL)
    *feed_title = first_line (feed, (const gchar *const[]){ "title" }, 1);
  g_autofree gchar *language = first_line (feed, (const gchar *const[]){ "language" }, 1);
  g_autofree gchar *feed_authors = authors (feed);
  JsonArray *array = json_node_get_array (items_node);
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify)precis_feed_item_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      if (JSON_NODE_HOLDS_OBJECT (node)) /* anything else in "items" is not an item */
        g_ptr_array_add (items, read_item (json_node_get_object (node), language, feed_authors));
    }
  return items;
}
