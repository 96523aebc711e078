/* test-feed.c - RSS 2.0, RSS 1.0 and Atom feeds in, items out: titles, links, ids, dates and
 * text; broken and hostile feeds. */
#include <string.h>

#include "precis.h"
#include "test-util.h"

static GPtrArray *
parse_file (const gchar *name, gchar **title)
{
  gsize len = 0;
  g_autofree gchar *xml = test_read_data (name, &len);
  ck_assert (precis_looks_like_feed (xml, (gssize)len));
  ck_assert (!precis_looks_like_html (xml, (gssize)len));
  g_autoptr (GError) error = NULL;
  GPtrArray *items = precis_feed_parse (xml, (gssize)len, title, &error);
  ck_assert_msg (items != NULL, "%s: %s", name, error ? error->message : "");
  return items;
}

#define ITEM(items, i) ((PrecisFeedItem *)g_ptr_array_index ((items), (i)))

START_TEST (test_rss2)
{
  g_autofree gchar *title = NULL;
  g_autoptr (GPtrArray) items = parse_file ("valley.rss", &title);
  ck_assert_str_eq (title, "Valley Post");
  ck_assert_uint_eq (items->len, 3);
  PrecisFeedItem *a = ITEM (items, 0);
  ck_assert_str_eq (a->title, "Bridge closed for inspection");
  ck_assert_str_eq (a->link, "https://valley.example/bridge");
  ck_assert_str_eq (a->id, "valley-101");
  ck_assert_str_eq (a->date, "Tue, 03 Nov 2026 09:30:00 +0100");
  ck_assert_int_eq (a->time, 1793694600); /* 2026-11-03 08:30:00 UTC */
  /* The full content wins over the teaser; its sharing box is dropped. */
  ck_assert_str_eq (a->text, "The river bridge closed on Tuesday for a safety inspection.\n\n"
                             "Traffic will use the ring road until Friday.");
  PrecisFeedItem *b = ITEM (items, 1);
  ck_assert_str_eq (b->title, "School wins <b>prize</b>"); /* RSS titles are text */
  ck_assert_ptr_null (b->id);
  ck_assert_int_eq (b->time, 1793642400); /* dc:date 2026-11-02T18:00:00Z */
  ck_assert_str_eq (b->text,
                    "The village school won a national science prize.\n\nPupils built a weather station.");
  PrecisFeedItem *c = ITEM (items, 2);
  ck_assert_ptr_null (c->link);
  ck_assert_str_eq (c->date, "sometime last week");
  ck_assert (c->time == G_MININT64);
  ck_assert_str_eq (c->text, "");
}
END_TEST

START_TEST (test_atom)
{
  g_autofree gchar *title = NULL;
  g_autoptr (GPtrArray) items = parse_file ("valley.atom", &title);
  ck_assert_str_eq (title, "Valley Post (Atom)");
  ck_assert_uint_eq (items->len, 2);
  PrecisFeedItem *a = ITEM (items, 0);
  ck_assert_str_eq (a->title, "Market returns");
  ck_assert_str_eq (a->link, "https://valley.example/market");
  ck_assert_str_eq (a->id, "urn:example:valley:7");
  ck_assert_str_eq (a->date, "2026-11-02T08:00:00+02:00"); /* published, not updated */
  ck_assert_int_eq (a->time, 1793599200);                  /* 06:00 UTC */
  ck_assert_str_eq (a->text,
                    "The weekly market returns to the square on Saturday.\n\nTwenty stalls have signed up.");
  PrecisFeedItem *b = ITEM (items, 1);
  ck_assert_str_eq (b->link, "https://valley.example/plain");
  ck_assert_str_eq (b->text, "Plain text content stays as written.");
  ck_assert_int_eq (b->time, 1793534400);
}
END_TEST

START_TEST (test_rss1)
{
  const gchar *rdf
      = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<channel><title>Old style</title></channel>"
        "<item><title>First</title><link>https://x.example/1</link><description>One "
        "line.</description><dc:date>2026-01-02</dc:date></item>"
        "<item><title>Second</title></item></rdf:RDF>";
  ck_assert (precis_looks_like_feed (rdf, -1));
  g_autofree gchar *title = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = precis_feed_parse (rdf, -1, &title, &error);
  ck_assert_ptr_nonnull (items);
  ck_assert_str_eq (title, "Old style");
  ck_assert_uint_eq (items->len, 2);
  ck_assert_str_eq (ITEM (items, 0)->text, "One line.");
  ck_assert_str_eq (ITEM (items, 0)->link, "https://x.example/1");
  ck_assert_str_eq (ITEM (items, 1)->title, "Second");
}
END_TEST

START_TEST (test_foreign_elements)
{
  /* Media RSS elements are not taken for the item's own title, content or link. */
  const gchar *xml
      = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
        "<entry><media:title>Photo caption</media:title><title>Real title</title>"
        "<media:content url=\"https://x.example/a.jpg\"><media:description>A picture."
        "</media:description></media:content>"
        "<content type=\"html\">&lt;p&gt;Real text.&lt;/p&gt;</content></entry></feed>";
  g_autoptr (GPtrArray) items = precis_feed_parse (xml, -1, NULL, NULL);
  ck_assert_ptr_nonnull (items);
  ck_assert_uint_eq (items->len, 1);
  ck_assert_str_eq (ITEM (items, 0)->title, "Real title");
  ck_assert_str_eq (ITEM (items, 0)->text, "Real text.");
}
END_TEST

START_TEST (test_errors)
{
  static const gchar *const bad[] = { "", "not xml at all", "<rss><channel><item>", "<html><body/></html>" };
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree gchar *title = NULL;
      ck_assert_ptr_null (precis_feed_parse (bad[i], -1, &title, &error));
      ck_assert_msg (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_MALFORMED), "case %zu", i);
      ck_assert_ptr_null (title);
    }
  g_autoptr (GError) error = NULL;
  const gchar nul[] = "<rss>\0</rss>";
  ck_assert_ptr_null (precis_feed_parse (nul, sizeof nul - 1, NULL, &error));
  ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_BINARY));
  /* An empty channel is a feed with no items. */
  g_autoptr (GPtrArray) none
      = precis_feed_parse ("<rss><channel><title>t</title></channel></rss>", -1, NULL, NULL);
  ck_assert_ptr_nonnull (none);
  ck_assert_uint_eq (none->len, 0);
  /* An external entity is not loaded. */
  g_autoptr (GPtrArray) xxe = precis_feed_parse ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
                                                 "\"file:///etc/passwd\">]><rss><channel><item><title>&x;</"
                                                 "title></item></channel></rss>",
                                                 -1, NULL, NULL);
  if (xxe != NULL)
    for (guint i = 0; i < xxe->len; i++)
      ck_assert (ITEM (xxe, i)->title == NULL || strstr (ITEM (xxe, i)->title, "root:") == NULL);
}
END_TEST

START_TEST (test_dates)
{
  /* RFC 822 variants as RSS feeds write them, read through an item's pubDate. */
  static const struct
  {
    const gchar *date;
    gint64 time;
  } cases[] = {
    { "Tue, 03 Nov 2026 09:30:00 GMT", 1793698200 }, { "03 Nov 2026 09:30:00 GMT", 1793698200 },
    { "Tue, 3 Nov 2026 04:30:00 EST", 1793698200 },  { "Tue, 03 Nov 2026 09:30 +0000", 1793698200 },
    { "Tue, 03 Nov 26 09:30:00 Z", 1793698200 },     { "2026-11-03T09:30:00Z", 1793698200 },
    { "Tue, 31 Feb 2026 09:30:00 GMT", G_MININT64 }, { "Tue, 03 Foo 2026 09:30:00 GMT", G_MININT64 },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *xml = g_strdup_printf (
          "<rss><channel><item><pubDate>%s</pubDate></item></channel></rss>", cases[i].date);
      g_autoptr (GPtrArray) items = precis_feed_parse (xml, -1, NULL, NULL);
      ck_assert_ptr_nonnull (items);
      ck_assert_msg (ITEM (items, 0)->time == cases[i].time, "\"%s\": %" G_GINT64_FORMAT, cases[i].date,
                     ITEM (items, 0)->time);
    }
}
END_TEST

START_TEST (test_large_feed)
{
  /* 50,000 items: linear work, every item read. */
  GString *xml = g_string_new ("<rss><channel>");
  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (xml, "<item><guid>%u</guid><description>Item %u.</description></item>", i, i);
  g_string_append (xml, "</channel></rss>");
  g_autoptr (GPtrArray) items = precis_feed_parse (xml->str, (gssize)xml->len, NULL, NULL);
  g_string_free (xml, TRUE);
  ck_assert_ptr_nonnull (items);
  ck_assert_uint_eq (items->len, 50000);
  ck_assert_str_eq (ITEM (items, 49999)->id, "49999");
  ck_assert_str_eq (ITEM (items, 49999)->text, "Item 49999.");
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("feed");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_rss2);
  tcase_add_test (tc, test_atom);
  tcase_add_test (tc, test_rss1);
  tcase_add_test (tc, test_foreign_elements);
  tcase_add_test (tc, test_errors);
  tcase_add_test (tc, test_dates);
  tcase_add_test (tc, test_large_feed);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
