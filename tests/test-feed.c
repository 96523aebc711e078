/* test-feed.c - RSS 2.0, RSS 1.0 and Atom feeds in, items out: titles, links, ids, dates and
 * text; broken and hostile feeds. */
#include <string.h>

#include "precis.h"
#include "test-util.h"
#include "test-xmlmem.h"

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
  /* An RSS title that looks like HTML is read as HTML, as feedparser reads it. */
  ck_assert_str_eq (b->title, "School wins prize");
  ck_assert_ptr_null (b->id);
  ck_assert_int_eq (b->time, 1793642400); /* dc:date 2026-11-02T18:00:00Z */
  ck_assert_str_eq (b->text,
                    "The village school won a national science prize.\n\nPupils built a weather station.");
  PrecisFeedItem *c = ITEM (items, 2);
  ck_assert_ptr_null (c->link);
  ck_assert_ptr_null (c->date); /* "sometime last week" cannot be read: no date (tryout22 #14b) */
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

  /* ... but an item with no title of its own takes its <media:title>, as feedparser does, also
   * inside <media:group>. */
  g_autoptr (GPtrArray) untitled = precis_feed_parse (
      "<rss xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><item><media:title>Flood at the "
      "weir</media:title><description>The water rose.</description></item><item><media:group>"
      "<media:title>The weir at dawn</media:title></media:group><description>It fell.</description>"
      "</item></channel></rss>",
      -1, NULL, NULL);
  ck_assert_str_eq (ITEM (untitled, 0)->title, "Flood at the weir");
  ck_assert_str_eq (ITEM (untitled, 1)->title, "The weir at dawn");
  /* ... read as HTML where it says so; a base64 title is decoded (Atom 1.0, a binary type). */
  static const struct
  {
    const gchar *xml, *title;
  } titles[] = {
    { "<rss xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><item><media:title type=\"html\">Flood "
      "&lt;b&gt;at&lt;/b&gt; the weir &amp;amp; dam</media:title><description>The water rose.</description>"
      "</item></channel></rss>",
      "Flood at the weir & dam" },
    { "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"application/octet-stream\">"
      "VGhlIGRhbQ==</title><content>The dam held.</content></entry></feed>",
      "The dam" },
    /* an RSS title that looks like HTML (a reference left after the XML's own, a tag in CDATA)
     * is read as HTML, as feedparser reads it; a plain one keeps its "<" and "&" */
    { "<rss><channel><item><title><![CDATA[Tom&#8217;s <b>plan</b> &amp; the town]]></title>"
      "<description>The dam held.</description></item></channel></rss>",
      "Tom\u2019s plan & the town" },
    { "<rss><channel><item><title>Jerry&amp;#8217;s plan &amp;amp; more</title>"
      "<description>The dam held.</description></item></channel></rss>",
      "Jerry\u2019s plan & more" },
    { "<rss><channel><item><title>Q&amp;A: why 3 &lt; 4</title><description>The dam held.</description>"
      "</item></channel></rss>",
      "Q&A: why 3 < 4" },
    { "<rss><channel><item><title>Using Vec&lt;T&gt; and a&lt;b in Rust</title><description>The dam "
      "held.</description></item></channel></rss>",
      "Using Vec<T> and a<b in Rust" },
    /* a script's tags written about, escaped, are text, as "<canvas>" is */
    { "<rss><channel><item><title>Why &lt;script&gt;x()&lt;/script&gt; tags leak</title><description>The "
      "dam held.</description></item></channel></rss>",
      "Why <script>x()</script> tags leak" },
    /* an ampersand escaped once too often beside naked markup, or in escaped text three times */
    { "<rss><channel><item><title>Locks <b>and</b> weirs &amp;amp; dams</title><description>The dam "
      "held.</description></item></channel></rss>",
      "Locks and weirs & dams" },
    { "<rss><channel><item><title>Locks &amp;amp;amp; dams&amp;amp;#8217; keepers</title><description>The "
      "dam held.</description></item></channel></rss>",
      "Locks & dams\u2019 keepers" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr (GPtrArray) parsed = precis_feed_parse (titles[i].xml, -1, NULL, NULL);
      ck_assert_str_eq (ITEM (parsed, 0)->title, titles[i].title);
    }
  /* ... and so is an item's text */
  g_autoptr (GPtrArray) twice = precis_feed_parse (
      "<rss><channel><item><title>Dams</title><description><![CDATA[<p>Locks &amp;amp; dams "
      "held.</p>]]></description></item></channel></rss>",
      -1, NULL, NULL);
  ck_assert_str_eq (ITEM (twice, 0)->text, "Locks & dams held.");
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
    { "Tue, 03 Nov 2026 09:30:00 GMT", 1793698200 },
    { "03 Nov 2026 09:30:00 GMT", 1793698200 },
    { "Tue, 3 Nov 2026 04:30:00 EST", 1793698200 },
    { "Tue, 03 Nov 2026 09:30 +0000", 1793698200 },
    { "Tue, 03 Nov 26 09:30:00 Z", 1793698200 },
    { "2026-11-03T09:30:00Z", 1793698200 },
    { "Tue, 31 Feb 2026 09:30:00 GMT", G_MININT64 },
    { "Tue, 03 Foo 2026 09:30:00 GMT", G_MININT64 },
    /* a zone offset is applied, not dropped for midnight UTC; minutes without seconds */
    { "2002-12-31T19:20+01:00", 1041358800 },
    { "2006-01-11 16:42:55 -0800", 1137026575 },
    { "2020/1/10 14:33", 1578666780 },
    { "2020-01-10T14:33:00.250Z", 1578666780 },
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

START_TEST (test_feed_not_copied_for_libxml2)
{
  /* A feed of 2 MB in 20 items: libxml2 holds its tree (the items' text) and a block or two
   * of the feed at a time, not the copies of the whole feed it made when given it as one
   * buffer (its input buffer, then the same again through its UTF-8 "conversion"). */
  GString *xml = g_string_new ("<rss><channel><title>Harbour</title>");
  for (guint i = 0; i < 20; i++)
    {
      g_string_append_printf (xml, "<item><title>Wall %u</title><description>", i);
      for (guint k = 0; k < 2300; k++)
        g_string_append (xml, "The harbour wall will be rebuilt by spring. ");
      g_string_append (xml, "</description></item>");
    }
  g_string_append (xml, "</channel></rss>");
  xml_peak = xml_live;
  g_autoptr (GPtrArray) items = precis_feed_parse (xml->str, (gssize)xml->len, NULL, NULL);
  gsize peak = xml_peak - xml_live;
  ck_assert_ptr_nonnull (items);
  ck_assert (g_str_has_prefix (ITEM (items, 19)->text, "The harbour wall will be rebuilt by spring. The"));
  ck_assert_msg (peak < xml->len * 5 / 2, "libxml2 held %zu bytes for a feed of %zu", peak, xml->len);
  g_string_free (xml, TRUE);

  /* read so, a UTF-8 byte order mark is still no part of the document */
  static const gchar bom[] = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel>"
                             "<item><description>Wall rebuilt.</description></item></channel></rss>";
  g_autoptr (GPtrArray) marked = precis_feed_parse (bom, -1, NULL, NULL);
  ck_assert_ptr_nonnull (marked);
  ck_assert_uint_eq (marked->len, 1);
  ck_assert_str_eq (ITEM (marked, 0)->text, "Wall rebuilt.");
}
END_TEST

/* One item's fields from a small feed; fails the test when the feed is refused. */
static GPtrArray *
parse_string (const gchar *xml, gssize len)
{
  g_autoptr (GError) error = NULL;
  ck_assert_msg (precis_looks_like_feed (xml, len), "not recognised: %.60s", xml);
  GPtrArray *items = precis_feed_parse (xml, len, NULL, &error);
  ck_assert_msg (items != NULL, "%s", error ? error->message : "");
  ck_assert_uint_ge (items->len, 1);
  return items;
}

START_TEST (test_formats)
{
  static const struct
  {
    const gchar *xml;
    const gchar *text;
  } cases[] = {
    /* Atom 0.3, escaped and base64 */
    { "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><content type=\"text/html\" "
      "mode=\"escaped\">The &lt;b&gt;dam&lt;/b&gt; held.</content></entry></feed>",
      "The dam held." },
    { "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><summary type=\"text/html\" "
      "mode=\"base64\">VGhlIGRhbSBoZWxkLg==</summary></entry></feed>",
      "The dam held." },
    /* RSS 1.1 and CDF */
    { "<Channel xmlns=\"http://purl.org/net/rss1.1#\" rdf:about=\"http://x.example/\" "
      "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><title>T</title><items "
      "rdf:parseType=\"Collection\"><item rdf:about=\"http://x.example/1\"><title>One</title>"
      "<description>The dam held.</description></item></items></Channel>",
      "The dam held." },
    { "<CHANNEL HREF=\"http://x.example/\"><ITEM HREF=\"http://x.example/1\"><TITLE>One</TITLE>"
      "<ABSTRACT>The dam held.</ABSTRACT></ITEM></CHANNEL>",
      "The dam held." },
    /* elements beyond description and content:encoded */
    { "<rss xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"><channel><item><xhtml:body><xhtml:p>The dam "
      "held.</xhtml:p></xhtml:body></item></channel></rss>",
      "The dam held." },
    { "<rss><channel><item><body><p>The dam held.</p></body></item></channel></rss>", "The dam held." },
    { "<rss><channel><item><fullitem>The &lt;i&gt;dam&lt;/i&gt; held.</fullitem></item></channel></rss>",
      "The dam held." },
    { "<rss xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel><item><itunes:summary>The "
      "dam held.</itunes:summary></item></channel></rss>",
      "The dam held." },
    { "<rss xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><item><media:description>The dam "
      "held.</media:description></item></channel></rss>",
      "The dam held." },
    /* a DOCTYPE before the root, a prefixed root */
    { "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
      "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><item>"
      "<description>The caf&eacute; held.</description></item></channel></rss>",
      "The caf\u00e9 held." },
    { "<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\"><atom:entry><atom:content type=\"html\">The "
      "dam held.</atom:content></atom:entry></atom:feed>",
      "The dam held." },
    /* an item's HTML is all text: a link list is kept; a figure's caption is not the item's
     * text (it would open the item's summary) unless it is all the text there is */
    { "<rss><channel><item><description><![CDATA[<figure><img src=\"d.jpg\"><figcaption>The dam at "
      "noon.</figcaption></figure><ul><li><a href=\"/a\">The dam held.</a></li></ul>]]></description>"
      "</item></channel></rss>",
      "The dam held." },
    { "<rss><channel><item><description><![CDATA[<figure><img src=\"d.jpg\"><figcaption>The dam held "
      "at noon.</figcaption></figure>]]></description></item></channel></rss>",
      "The dam held at noon." },
    /* ... and still leaves out a box of sharing links */
    { "<rss><channel><item><description><![CDATA[<figure><img src=\"d.jpg\"><figcaption>The dam held at "
      "noon.</figcaption></figure><div class=\"share-buttons\">Share on Facebook</div>]]></description>"
      "</item></channel></rss>",
      "The dam held at noon." },
    /* a bare "&": libxml2's recovery keeps the items */
    { "<rss><channel><item><title>Q & A</title><description>The dam held.</description></item>"
      "</channel></rss>",
      "The dam held." },
    /* an Atom 1.0 title or text of a type neither text nor XML is base64 (RFC 4287) */
    { "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"application/octet-stream\">"
      "VGhlIGRhbQ==</title><content type=\"application/octet-stream\">VGhlIGRhbSBoZWxkLg==</content>"
      "</entry></feed>",
      "The dam held." },
    /* numeric references to windows-1252's bytes, and UTF-8's bytes written as references */
    { "<rss><channel><item><description>The dam didn&amp;#146;t break &amp;#150; yet &#226;&#128;&#166;"
      "</description></item></channel></rss>",
      "The dam didn\u2019t break \u2013 yet \u2026" },
    /* windows-1252 bytes in a Latin-1 feed */
    { "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><item><description>The dam didn\x92t "
      "break.</description></item></channel></rss>",
      "The dam didn\u2019t break." },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) items = parse_string (cases[i].xml, -1);
      ck_assert_msg (g_str_equal (ITEM (items, 0)->text, cases[i].text), "case %zu: \"%s\"", i,
                     ITEM (items, 0)->text);
    }
}
END_TEST

START_TEST (test_wide_encodings)
{
  const gchar *xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><channel><item><description>The dam "
                     "held.</description></item></channel></rss>";
  static const gchar *const encodings[] = { "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE" };
  for (gsize i = 0; i < G_N_ELEMENTS (encodings); i++)
    for (gint bom = 0; bom < 2; bom++)
      {
        g_autofree gchar *with_bom = g_strconcat (bom ? "\ufeff" : "", xml, NULL);
        gsize n = 0;
        g_autofree gchar *wide = g_convert (with_bom, -1, encodings[i], "UTF-8", NULL, &n, NULL);
        ck_assert_ptr_nonnull (wide);
        g_autoptr (GPtrArray) items = parse_string (wide, (gssize)n);
        ck_assert_msg (g_str_equal (ITEM (items, 0)->text, "The dam held."), "%s", encodings[i]);
      }
}
END_TEST

/* A feed in a legacy encoding that declares none: uchardet's guess for scripts it tells apart
 * well; windows-1252 for the rest (curly quotes), as browsers read it; a UTF-8 byte-order mark
 * before it left out. */
START_TEST (test_guessed_encodings)
{
  static const struct
  {
    const gchar *encoding, *text;
  } cases[] = {
    { "SHIFT_JIS",
      "\u4eca\u65e5\u306f\u5ddd\u306e\u6c34\u4f4d\u304c\u4e0a\u304c\u308a\u307e\u3057\u305f"
      "\u3002\u30c0\u30e0\u306f\u6301\u3061\u3053\u305f\u3048\u307e\u3057\u305f\u3002\u753a\u306e"
      "\u4eba\u3005\u306f\u5b89\u5fc3\u3057\u3066\u3044\u307e\u3059\u3002" },
    { "KOI8-R",
      "\u041f\u043b\u043e\u0442\u0438\u043d\u0430 \u0432\u044b\u0434\u0435\u0440\u0436\u0430"
      "\u043b\u0430. \u0412\u043e\u0434\u0430 \u043f\u043e\u0434\u043d\u044f\u043b\u0430\u0441\u044c "
      "\u043d\u043e\u0447\u044c\u044e, \u043d\u043e \u0433\u043e\u0440\u043e\u0434 \u043d\u0435 "
      "\u043f\u043e\u0441\u0442\u0440\u0430\u0434\u0430\u043b." },
    { "WINDOWS-1252", "The dam didn\u2019t break \u2014 \u201cnot yet\u201d, said the warden." },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *xml
          = g_strconcat ("<rss><channel><item><title>", cases[i].text, "</title><description>", cases[i].text,
                         "</description></item></channel></rss>", NULL);
      gsize n = 0;
      g_autofree gchar *bytes = g_convert (xml, -1, cases[i].encoding, "UTF-8", NULL, &n, NULL);
      ck_assert_ptr_nonnull (bytes);
      g_autoptr (GPtrArray) items = parse_string (bytes, (gssize)n);
      ck_assert_msg (g_str_equal (ITEM (items, 0)->text, cases[i].text), "%s: %s", cases[i].encoding,
                     ITEM (items, 0)->text);
      ck_assert_str_eq (ITEM (items, 0)->title, cases[i].text);
      /* the same bytes after a UTF-8 byte-order mark (an editor's, over text that is not
       * UTF-8): a feed all the same, the mark no character of it */
      g_autofree gchar *marked = g_strconcat ("\xEF\xBB\xBF", bytes, NULL);
      g_autoptr (GPtrArray) again = parse_string (marked, (gssize)n + 3);
      ck_assert_msg (g_str_equal (ITEM (again, 0)->text, cases[i].text), "%s after a mark: %s",
                     cases[i].encoding, ITEM (again, 0)->text);
    }
}
END_TEST

START_TEST (test_links_and_ids)
{
  /* the guid as the link when there is no link, unless it is not a permalink */
  g_autoptr (GPtrArray) a = parse_string ("<rss><channel><item><guid>https://x.example/1</guid></item><item>"
                                          "<guid isPermaLink=\"false\">tag-2</guid></item></channel></rss>",
                                          -1);
  ck_assert_str_eq (ITEM (a, 0)->link, "https://x.example/1");
  ck_assert_ptr_null (ITEM (a, 1)->link);
  ck_assert_str_eq (ITEM (a, 1)->id, "tag-2");
  /* relative links resolved against xml:base */
  g_autoptr (GPtrArray) b
      = parse_string ("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://x.example/news/\">"
                      "<entry><link href=\"2026/dam\"/><id>urn:x:1</id></entry></feed>",
                      -1);
  ck_assert_str_eq (ITEM (b, 0)->link, "https://x.example/news/2026/dam");
  /* RSS 1.0: rdf:about is the id */
  g_autoptr (GPtrArray) c = parse_string (
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
      "<item "
      "rdf:about=\"https://x.example/3\"><title>T</title><link>https://x.example/3</link></item></rdf:RDF>",
      -1);
  ck_assert_str_eq (ITEM (c, 0)->id, "https://x.example/3");
  /* an RSS item's relative link, with no xml:base, resolved against its channel's <link> (RSS
   * 1.0's channel beside its items); an absolute link kept; a relative channel link resolves
   * nothing; xml:base first */
  static const struct
  {
    const gchar *feed;
    const gchar *links[3];
  } relative[] = {
    { "<rss version=\"2.0\"><channel><title>Rel</title><link> https://rel.example/news/ </link><item><link>"
      "/story/1</link></item><item><link>story/2</link></item><item><link>https://other.example/3</link>"
      "</item></channel></rss>",
      { "https://rel.example/story/1", "https://rel.example/news/story/2", "https://other.example/3" } },
    { "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
      "<channel "
      "rdf:about=\"https://rel.example/\"><title>R</title><link>https://rel.example/</link></channel>"
      "<item rdf:about=\"x\"><title>T</title><link>/story/4</link></item></rdf:RDF>",
      { "https://rel.example/story/4" } },
    { "<rss><channel><link>/news/</link><item><link>/story/5</link></item></channel></rss>", { "/story/5" } },
    { "<rss><channel><link>https://</link><item><link>/story/7</link></item></channel></rss>",
      { "/story/7" } },
    { "<rss><channel xml:base=\"https://base.example/\"><link>https://rel.example/</link><item><link>/story/6"
      "</link></item></channel></rss>",
      { "https://base.example/story/6" } },
  };
  for (gsize k = 0; k < G_N_ELEMENTS (relative); k++)
    {
      g_autoptr (GPtrArray) items = parse_string (relative[k].feed, -1);
      for (guint i = 0; i < G_N_ELEMENTS (relative[k].links) && relative[k].links[i] != NULL; i++)
        ck_assert_str_eq (ITEM (items, i)->link, relative[k].links[i]);
    }
}
END_TEST

START_TEST (test_feedparser_agreement)
{
  /* two dates of one kind: the last is kept (an Atom 0.3 <issued> then <published>, and two
   * <updated>) */
  g_autoptr (GPtrArray) a
      = parse_string ("<feed xmlns=\"http://purl.org/atom/ns#\"><entry><issued>2024-05-01T10:00:00Z</issued>"
                      "<published>2025-06-02T11:00:00Z</published></entry></feed>",
                      -1);
  ck_assert_int_eq (ITEM (a, 0)->time, 1748862000); /* 2025-06-02 11:00 UTC */
  g_autoptr (GPtrArray) b = parse_string ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                                          "<updated>2025-06-02T11:00:00Z</updated>"
                                          "<updated>2024-05-01T10:00:00Z</updated></entry></feed>",
                                          -1);
  ck_assert_int_eq (ITEM (b, 0)->time, 1714557600); /* 2024-05-01 10:00 UTC */
  /* a published date still wins over a later updated one */
  g_autoptr (GPtrArray) c = parse_string ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                                          "<published>2024-05-01T10:00:00Z</published>"
                                          "<updated>2025-06-02T11:00:00Z</updated></entry></feed>",
                                          -1);
  ck_assert_int_eq (ITEM (c, 0)->time, 1714557600);

  /* links written as text count whatever their rel, the last one wins; an enclosure with an
   * href never does */
  g_autoptr (GPtrArray) d = parse_string (
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
      "<entry><link rel=\"alternate\" href=\"https://x.example/story\"/>"
      "<link rel=\"enclosure\">https://x.example/audio.mp3</link></entry>"
      "<entry><link rel=\"enclosure\">https://x.example/audio.mp3</link>"
      "<link rel=\"alternate\" href=\"https://x.example/story\"/></entry>"
      "<entry><link rel=\"alternate\" href=\"https://x.example/story\"/>"
      "<link rel=\"enclosure\" href=\"https://x.example/audio.mp3\"/>"
      "<link rel=\"alternate\" type=\"application/pdf\" href=\"https://x.example/print.pdf\"/></entry>"
      "</feed>",
      -1);
  ck_assert_str_eq (ITEM (d, 0)->link, "https://x.example/audio.mp3");
  ck_assert_str_eq (ITEM (d, 1)->link, "https://x.example/story");
  ck_assert_str_eq (ITEM (d, 2)->link, "https://x.example/story");

  /* a bare "&" in a link (not well-formed) keeps the whole query; CDATA stays as written */
  g_autoptr (GPtrArray) e = parse_string ("<rss><channel><item><link>https://x.example/?a=1&b=2&c</link>"
                                          "<guid><![CDATA[https://x.example/?p=1&amp;q]]></guid>"
                                          "<description>Fish &amp; chips &eacute;t&eacute; &#233;"
                                          "</description></item></channel></rss>",
                                          -1);
  ck_assert_str_eq (ITEM (e, 0)->link, "https://x.example/?a=1&b=2&c");
  ck_assert_str_eq (ITEM (e, 0)->id, "https://x.example/?p=1&amp;q");
  ck_assert_str_eq (ITEM (e, 0)->text, "Fish & chips \u00e9t\u00e9 \u00e9");

  /* CDF: an item's href is resolved against its channel's BASE */
  g_autoptr (GPtrArray) f
      = parse_string ("<CHANNEL BASE=\"https://x.example/cdf/\" HREF=\"https://x.example/\">"
                      "<ITEM HREF=\"item/1\"><TITLE>One</TITLE></ITEM></CHANNEL>",
                      -1);
  ck_assert_str_eq (ITEM (f, 0)->link, "https://x.example/cdf/item/1");

  /* Media RSS: the description inside <media:group> is the text of an item with no other */
  g_autoptr (GPtrArray) g = parse_string (
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
      "<entry><title>Clip</title><media:group><media:title>Not this</media:title>"
      "<media:description type=\"plain\">The flood seen from the hill.</media:description>"
      "</media:group></entry></feed>",
      -1);
  ck_assert_str_eq (ITEM (g, 0)->title, "Clip");
  ck_assert_str_eq (ITEM (g, 0)->text, "The flood seen from the hill.");
}
END_TEST

START_TEST (test_refusals)
{
  /* every refusal gives libxml2's line and reason */
  g_autoptr (GError) error = NULL;
  ck_assert_ptr_null (precis_feed_parse ("<rss>\n<channel>\n<item><title>Cut", -1, NULL, &error));
  ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_MALFORMED));
  ck_assert_msg (strstr (error->message, "line 3: ") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert_ptr_null (precis_feed_parse ("<?xml version=\"1.0\"?>\nnot xml", -1, NULL, &error));
  ck_assert_msg (strstr (error->message, "line 2: ") != NULL, "%s", error->message);

  /* one item's unclosed <b> is a fault in the markup, not a feed cut short: recovery keeps
   * every item (the end tags it meets on the way out were the last error, "Premature end of
   * data", which refused the feed) */
  g_autoptr (GPtrArray) bold
      = parse_string ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>c</title>\n"
                      "<item><title>A</title><description>Text one is here and fine.</description></item>\n"
                      "<item><title>B</title><description>Broken <b>bold text here.</description></item>\n"
                      "</channel></rss>\n",
                      -1);
  ck_assert_uint_eq (bold->len, 2);
  ck_assert_str_eq (ITEM (bold, 0)->text, "Text one is here and fine.");
  ck_assert_str_eq (ITEM (bold, 1)->text, "Broken bold text here.");
  /* a feed cut short is still refused, with the end of its data */
  g_clear_error (&error);
  ck_assert_ptr_null (
      precis_feed_parse ("<rss>\n<channel>\n<item><title>A</title></item>\n<item><desc", -1, NULL, &error));
  ck_assert_msg (strstr (error->message, "Premature end of data") != NULL, "%s", error->message);
  /* and so is one cut inside an end tag, whose wrong end tag ("</ti") is the cut's own */
  g_clear_error (&error);
  ck_assert_ptr_null (precis_feed_parse (
      "<rss>\n<channel>\n<item><title>A</title></item>\n<item><title>B</ti", -1, NULL, &error));
  ck_assert_msg (strstr (error->message, "Premature end of data") != NULL, "%s", error->message);
  /* a fault in an earlier item's markup before the cut is still read with recovery */
  g_autoptr (GPtrArray) bold_cut = parse_string (
      "<rss><channel><item><title>A</title><description>Broken <b>bold text here.</description></item>"
      "<item><title>B</title><description>Text two is here and fine.</description></item><item><title>C</ti",
      -1);
  ck_assert_str_eq (ITEM (bold_cut, 0)->title, "A");
}
END_TEST

START_TEST (test_json_feed)
{
  /* A JSON Feed (https://www.jsonfeed.org, 1 and 1.1) is read as a feed, by its version. */
  g_autofree gchar *title = NULL;
  g_autoptr (GPtrArray) items = parse_file ("valley.json", &title);
  ck_assert_str_eq (title, "Valley Post");
  ck_assert_uint_eq (items->len, 3); /* "not an item" is not one */
  PrecisFeedItem *a = ITEM (items, 0);
  ck_assert_str_eq (a->title, "Ferry service resumes");
  ck_assert_str_eq (a->link, "https://valley.example/ferry");
  ck_assert_str_eq (a->id, "valley-201");
  ck_assert_str_eq (a->date, "2026-11-02T09:30:00+01:00");
  ck_assert_int_eq (a->time, 1793608200); /* 2026-11-02 08:30:00 UTC */
  ck_assert_str_eq (a->text, "The river ferry resumed service on Monday after a month of repairs.\n\n"
                             "Crossings will run every half hour until midnight.");
  ck_assert_str_eq (a->language, "en"); /* the feed's */
  PrecisFeedItem *b = ITEM (items, 1);
  ck_assert_str_eq (b->id, "202"); /* a number, as some feeds write ids */
  ck_assert_str_eq (b->link, "https://elsewhere.example/fair");
  ck_assert_str_eq (b->date, "2026-11-03");
  ck_assert_str_eq (b->text, "The autumn fair returns to the square on Saturday.\n\nStalls open at nine.");
  ck_assert_str_eq (b->language, "fr"); /* the item's own */
  ck_assert_str_eq (ITEM (items, 2)->text, "");
  ck_assert_ptr_null (ITEM (items, 2)->link);

  /* Version 1, with a BOM and white space before it; the version need not come first. */
  const gchar *v1
      = "\xEF\xBB\xBF \n{\"title\": \"T\", \"items\": [{\"id\": \"1\", \"content_text\": \"Hello.\"}],"
        " \"version\": \"https://jsonfeed.org/version/1\"}";
  ck_assert (precis_looks_like_feed (v1, -1));
  g_autoptr (GPtrArray) one = precis_feed_parse (v1, -1, NULL, NULL);
  ck_assert (one != NULL && one->len == 1);
  ck_assert_str_eq (ITEM (one, 0)->text, "Hello.");

  /* Other JSON is not a feed; a JSON Feed that is broken or has no items is refused. */
  ck_assert (!precis_looks_like_feed ("{\"version\": \"2\", \"items\": []}", -1));
  ck_assert (!precis_looks_like_feed ("[\"https://jsonfeed.org/version/1\"]", -1));
  const gchar *const bad[] = {
    "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [",
    "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": 3}",
    "{\"items\": [], \"note\": {\"version\": \"https://jsonfeed.org/version/1\"}}",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      ck_assert (precis_looks_like_feed (bad[i], -1));
      ck_assert_ptr_null (precis_feed_parse (bad[i], -1, NULL, &error));
      ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_MALFORMED));
      ck_assert (strstr (error->message, "JSON") != NULL);
    }
}
END_TEST

/* Parses @feed and checks its items' bylines against @expected (NULL-terminated; "" for
 * none). */
static void
check_bylines (const gchar *feed, const gchar *const *expected)
{
  g_autoptr (GPtrArray) items = precis_feed_parse (feed, -1, NULL, NULL);
  ck_assert_ptr_nonnull (items);
  ck_assert_uint_eq (items->len, g_strv_length ((gchar **)expected));
  for (guint i = 0; i < items->len; i++)
    ck_assert_str_eq (ITEM (items, i)->byline ? ITEM (items, i)->byline : "", expected[i]);
}

/* check_bylines() of an RSS 2.0 channel titled "T" (Dublin Core and iTunes declared) holding
 * @inside, its fields and items. */
static void
check_rss_bylines (const gchar *inside, const gchar *const *expected)
{
  g_autofree gchar *feed = g_strconcat ("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                                        " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">"
                                        "<channel><title>T</title>",
                                        inside, "</channel></rss>", NULL);
  check_bylines (feed, expected);
}

/* An item with a title and no byline of its own. */
#define PLAIN_ITEM "<item><title>a</title><description>One.</description></item>"

/* An item's authors are its byline: RSS <author> (its e-mail address taken out, as feedparser
 * does), <dc:creator>, Atom <author><name> (an entry without one has its feed's), a JSON Feed's
 * "authors" or "author"; several are joined with ", ", each once. */
START_TEST (test_authors)
{
  check_rss_bylines (
      "<item><title>a</title><dc:creator>Sam Lee</dc:creator><author>sam@w.example (Sam Lee)</author>"
      "<description>One.</description></item>"
      "<item><title>b</title><author>Ann Hill "
      "&lt;ann.hill@w.example&gt;</author><description>Two.</description></item>"
      "<item><title>c</title><author>desk@w.example</author><description>Three.</description></item>"
      "<item><title>d</title><dc:creator>Jane Doe</dc:creator><dc:creator> Omar\n Khan </dc:creator>"
      "<description>Four.</description></item>"
      "<item><title>e</title><author>@handle on X</author><description>Five.</description></item>"
      "<item><title>f</title><description>Six.</description></item>"
      "<item><title>g</title><dc:creator>Example editor (me@example.com)</dc:creator>"
      "<itunes:author>Mark Host</itunes:author><description>Seven.</description></item>",
      (const gchar *const[]){ "Sam Lee", "Ann Hill", "desk@w.example", "Jane Doe, Omar Khan", "@handle on X",
                              "", "Example editor, Mark Host", NULL });
  check_bylines ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>N</title>"
                 "<author><name>Desk</name></author>"
                 "<entry><title>a</title><author><name>Иван Петров</name><email>i@x.example</email></author>"
                 "<author><email>b@x.example</email></author><summary>One.</summary></entry>"
                 "<entry><title>b</title><summary>Two.</summary></entry></feed>",
                 (const gchar *const[]){ "Иван Петров, b@x.example", "Desk", NULL });
  /* an empty <name> after the e-mail address leaves the address */
  check_bylines ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>N</title>"
                 "<entry><title>a</title><author><email>sam@w.example</email><name></name></author>"
                 "<summary>One.</summary></entry></feed>",
                 (const gchar *const[]){ "sam@w.example", NULL });
  check_bylines ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"authors\": [{\"name\": \"Desk\"}],"
                 " \"items\": [{\"id\": \"1\", \"content_text\": \"One.\", \"authors\": [{\"name\": \"A B\"},"
                 " {\"url\": \"https://x.example\"}, {\"name\": \"C D\"}, {\"name\": \"A B\"}]},"
                 " {\"id\": \"2\", \"content_text\": \"Two.\", \"author\": {\"name\": \"E F\"}},"
                 " {\"id\": \"3\", \"content_text\": \"Three.\"}]}",
                 (const gchar *const[]){ "A B, C D", "E F", "Desk", NULL });
}
END_TEST

/* tryout22 #13: an RSS channel's authors (<dc:creator>, <itunes:author>, else its
 * <managingEditor>) are the byline of the items that name none, as precis.1 says. */
START_TEST (test_channel_authors)
{
  check_rss_bylines (
      "<managingEditor>ed@t.example (Ed Itor)</managingEditor>"
      "<dc:creator>Chan Creator</dc:creator>" PLAIN_ITEM
      "<item><title>b</title><author>x@t.example (Own Name)</author><description>Two.</description></item>",
      (const gchar *const[]){ "Chan Creator", "Own Name", NULL });
  check_rss_bylines ("<managingEditor>ed@t.example (Ed Itor)</managingEditor>" PLAIN_ITEM,
                     (const gchar *const[]){ "Ed Itor", NULL });
  check_rss_bylines ("<itunes:author>Pod Co</itunes:author>" PLAIN_ITEM,
                     (const gchar *const[]){ "Pod Co", NULL });
  /* review25 #6: a <managingEditor> that is an address alone names no writer: no item gets it
   * (an item's own address alone is still its byline, as feedparser reads it) */
  check_rss_bylines (
      "<managingEditor>editor@townblog.example</managingEditor>" PLAIN_ITEM
      "<item><title>b</title><author>desk@townblog.example</author><description>Two.</description>"
      "</item>",
      (const gchar *const[]){ "", "desk@townblog.example", NULL });
  check_rss_bylines ("<managingEditor>Ed Itor &lt;ed@t.example&gt;</managingEditor>" PLAIN_ITEM,
                     (const gchar *const[]){ "Ed Itor", NULL });
}
END_TEST

/* tryout22 #7: RSS 2.0 makes a guid a permalink unless isPermaLink="false", and a permalink is
 * a URL: a guid that is no absolute URL ("post-3") is the item's id, never its link (not
 * resolved against the channel's <link> either). */
START_TEST (test_default_title_dropped)
{
  /* A tool's default title names no story: the item has no title, in RSS and JSON Feed; its
   * <media:title>, when it has one, is its title. */
  g_autoptr (GPtrArray) items = parse_string (
      "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>G</title>"
      "<item><title>Untitled</title><description>The lock gates opened.</description></item>"
      "<item><title> (No Title) </title><link>https://g.example/2</link></item>"
      "<item><title>untitled document</title><media:title>The weir at dawn</media:title></item>"
      "<item><title>Untitled lock gates reopen</title><description>One.</description></item>"
      "</channel></rss>",
      -1);
  ck_assert_uint_eq (items->len, 4);
  ck_assert_ptr_null (ITEM (items, 0)->title);
  ck_assert_str_eq (ITEM (items, 0)->text, "The lock gates opened.");
  ck_assert_ptr_null (ITEM (items, 1)->title);
  ck_assert_str_eq (ITEM (items, 2)->title, "The weir at dawn");
  ck_assert_str_eq (ITEM (items, 3)->title, "Untitled lock gates reopen");
  g_autoptr (GPtrArray) json = parse_string (
      "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"G\", \"items\": [{\"id\": \"1\", "
      "\"title\": \"Untitled\", \"content_text\": \"The lock gates opened.\"}]}",
      -1);
  ck_assert_uint_eq (json->len, 1);
  ck_assert_ptr_null (ITEM (json, 0)->title);
}
END_TEST

START_TEST (test_guid_not_url)
{
  g_autoptr (GPtrArray) items = parse_string (
      "<rss version=\"2.0\"><channel><title>G</title><link>https://g.example/</link>"
      "<item><title>a</title><guid>post-3</guid><description>One.</description></item>"
      "<item><title>b</title><guid>https://g.example/story/9</guid><description>Two.</description></item>"
      "<item><title>c</title><guid>tag:g.example,2026:7</guid><description>Three.</description></item>"
      "</channel></rss>",
      -1);
  ck_assert_uint_eq (items->len, 3);
  ck_assert_str_eq (ITEM (items, 0)->id, "post-3");
  ck_assert_ptr_null (ITEM (items, 0)->link);
  ck_assert_str_eq (ITEM (items, 1)->link, "https://g.example/story/9");
  ck_assert_ptr_null (ITEM (items, 2)->link);
}
END_TEST

/* tryout22 #14b: a date that cannot be read is no date (NULL), not printed as one. */
START_TEST (test_unreadable_date)
{
  g_autoptr (GPtrArray) items = parse_string (
      "<rss version=\"2.0\"><channel><title>R</title>"
      "<item><title>a</title><pubDate>not a date</pubDate><description>One.</description></item>"
      "<item><title>b</title><pubDate>Tue, 24 Nov 2026 10:00:00 +0000</pubDate>"
      "<description>Two.</description></item></channel></rss>",
      -1);
  ck_assert_ptr_null (ITEM (items, 0)->date);
  ck_assert_int_eq (ITEM (items, 0)->time, G_MININT64);
  ck_assert_str_eq (ITEM (items, 1)->date, "Tue, 24 Nov 2026 10:00:00 +0000");
  g_autoptr (GPtrArray) json
      = parse_string ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": "
                      "[{\"id\": \"1\", \"content_text\": \"One.\", \"date_published\": \"soon\"}]}",
                      -1);
  ck_assert_ptr_null (ITEM (json, 0)->date);
}
END_TEST

/* tryout22 #14d: full content that is a stub ("Full notes.") beside a description that says
 * more is no article: the description is taken. Full content that says more still wins. */
START_TEST (test_stub_content)
{
  g_autoptr (GPtrArray) items = parse_string (
      "<rss version=\"2.0\" "
      "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>P</title>"
      "<item><title>a</title><content:encoded>&lt;p&gt;Full notes.&lt;/p&gt;</content:encoded>"
      "<description>Should we mine the deep sea? Our guest, a marine biologist, says the risks are too "
      "great.</description></item>"
      "<item><title>b</title><content:encoded>&lt;p&gt;The council met on Monday and approved the new "
      "budget.&lt;/p&gt;</content:encoded><description>The council met.</description></item>"
      "</channel></rss>",
      -1);
  ck_assert_str_eq (
      ITEM (items, 0)->text,
      "Should we mine the deep sea? Our guest, a marine biologist, says the risks are too great.");
  ck_assert_str_eq (ITEM (items, 1)->text, "The council met on Monday and approved the new budget.");
}
END_TEST

int
main (void)
{
  /* (before libxml2 allocates anything: every block it frees must be one of these) */
  xmlMemSetup (xml_count_free, xml_count_malloc, xml_count_realloc, xml_count_strdup);
  Suite *s = suite_create ("feed");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_rss2);
  tcase_add_test (tc, test_atom);
  tcase_add_test (tc, test_rss1);
  tcase_add_test (tc, test_foreign_elements);
  tcase_add_test (tc, test_errors);
  tcase_add_test (tc, test_dates);
  tcase_add_test (tc, test_large_feed);
  tcase_add_test (tc, test_feed_not_copied_for_libxml2);
  tcase_add_test (tc, test_formats);
  tcase_add_test (tc, test_wide_encodings);
  tcase_add_test (tc, test_guessed_encodings);
  tcase_add_test (tc, test_links_and_ids);
  tcase_add_test (tc, test_feedparser_agreement);
  tcase_add_test (tc, test_refusals);
  tcase_add_test (tc, test_json_feed);
  tcase_add_test (tc, test_authors);
  tcase_add_test (tc, test_channel_authors);
  tcase_add_test (tc, test_guid_not_url);
  tcase_add_test (tc, test_default_title_dropped);
  tcase_add_test (tc, test_unreadable_date);
  tcase_add_test (tc, test_stub_content);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
