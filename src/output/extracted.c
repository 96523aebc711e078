/* extracted.c - a page or feed item as read, rendered as the JSON object `precis extract -f
 * json` prints (json-glib): its metadata and text, every member present (null when the input
 * does not give it), in a fixed order, so that the output is the same from run to run.
 * O(length of the text).
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "output/page.h"

/* The members of one extracted document, in the order they are written; any may be NULL. */
typedef struct
{
  const gchar *input;
  const gchar *title;
  const gchar *byline;
  const gchar *date;
  const gchar *language;
  const gchar *site_name;
  const gchar *url;
  gboolean feed_item; /* with "link" and "id" */
  const gchar *link;
  const gchar *id;
  const gchar *text;
} Extracted;

static gchar *
to_json (const Extracted *d)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  precis_json_add_string_or_null (b, "input", d->input);
  precis_json_add_string_or_null (b, "title", d->title);
  precis_json_add_string_or_null (b, "byline", d->byline);
  precis_json_add_string_or_null (b, "date", d->date);
  precis_json_add_string_or_null (b, "language", d->language);
  precis_json_add_string_or_null (b, "site_name", d->site_name);
  precis_json_add_string_or_null (b, "url", d->url);
  if (d->feed_item)
    {
      precis_json_add_string_or_null (b, "link", d->link);
      precis_json_add_string_or_null (b, "id", d->id);
    }
  precis_json_add_string_or_null (b, "text", d->text);
  json_builder_end_object (b);
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}

gchar *
precis_page_to_json (const PrecisPage *page, const gchar *input)
{
  g_return_val_if_fail (page != NULL, NULL);
  Extracted d = { .input = input,
                  .title = page->title,
                  .byline = page->byline,
                  .date = page->date,
                  .language = page->language,
                  .site_name = page->site,
                  .url = page->url,
                  .text = page->text };
  return to_json (&d);
}

gchar *
precis_feed_item_to_json (const PrecisFeedItem *item, const gchar *input, const gchar *feed_title)
{
  g_return_val_if_fail (item != NULL, NULL);
  Extracted d = { .input = input,
                  .title = item->title,
                  .byline = item->byline,
                  .date = item->date,
                  .language = item->language,
                  .site_name = feed_title,
                  .feed_item = TRUE,
                  .link = item->link,
                  .id = item->id,
                  .text = item->text };
  return to_json (&d);
}
