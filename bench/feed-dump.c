/* feed-dump.c - every feed file named on the command line read with precis_feed_parse(), one
 * JSON object a line: {"path", "error" (null or the message), "items": [{"title", "link",
 * "id", "time" (Unix seconds or null), "byline", "text"}]}. bench/feed-score.py compares these with
 * feedparser's parse. */
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "precis.h"

static void
add_string (JsonBuilder *b, const gchar *name, const gchar *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

int
main (int argc, char **argv)
{
  for (int a = 1; a < argc; a++)
    {
      gchar *data = NULL;
      gsize len = 0;
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) items = NULL;
      if (g_file_get_contents (argv[a], &data, &len, &error))
        items = precis_feed_parse (data, (gssize)len, NULL, &error);
      g_free (data);
      g_autoptr (JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      add_string (b, "path", argv[a]);
      add_string (b, "error", error != NULL ? error->message : NULL);
      json_builder_set_member_name (b, "items");
      json_builder_begin_array (b);
      for (guint i = 0; items != NULL && i < items->len; i++)
        {
          const PrecisFeedItem *item = items->pdata[i];
          json_builder_begin_object (b);
          add_string (b, "title", item->title);
          add_string (b, "link", item->link);
          add_string (b, "id", item->id);
          json_builder_set_member_name (b, "time");
          if (item->time != G_MININT64)
            json_builder_add_int_value (b, item->time);
          else
            json_builder_add_null_value (b);
          add_string (b, "byline", item->byline);
          add_string (b, "text", item->text);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      g_autoptr (JsonNode) root = json_builder_get_root (b);
      g_autofree gchar *line = json_to_string (root, FALSE);
      puts (line);
    }
  return 0;
}
