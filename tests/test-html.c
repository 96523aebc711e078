/* test-html.c - HTML pages in, article text out: furniture dropped, blocks kept as paragraphs,
 * titles, encodings, and hostile pages. */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlmemory.h>

#include "precis.h"
#include "test-util.h"
#include "test-xmlmem.h"

/* The text precis_html_extract() gives for @html; fails the test on an error. */
static gchar *
extract (const gchar *html, gchar **title)
{
  g_autoptr (GError) error = NULL;
  gchar *text = precis_html_extract (html, -1, title, &error);
  ck_assert_msg (text != NULL, "extract failed: %s", error ? error->message : "");
  ck_assert (g_utf8_validate (text, -1, NULL));
  return text;
}

/* Fails the test unless @text holds "@word PART of" for each of @parts. */
static void
assert_parts (const gchar *text, const gchar *word, const gchar *const *parts, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree gchar *needle = g_strconcat (word, " ", parts[i], " of", NULL);
      ck_assert_msg (strstr (text, needle) != NULL, "part %s missing from:\n%s", parts[i], text);
    }
}

START_TEST (test_page)
{
  gsize len = 0;
  g_autofree gchar *html = test_read_data ("harbour.html", &len);
  g_autofree gchar *title = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree gchar *text = precis_html_extract (html, (gssize)len, &title, &error);
  ck_assert_ptr_nonnull (text);
  /* The article's heading, with its entity decoded, is the title and the first paragraph. */
  ck_assert_str_eq (title, "Harbour reopens after & storm repairs");
  ck_assert (g_str_has_prefix (text,
                               "Harbour reopens after & storm repairs\n\n"
                               "The town\u2019s harbour reopened on Monday after six weeks of repairs to "
                               "the sea wall.\n\n"));
  ck_assert_ptr_nonnull (strstr (text, "paid for by a regional fund.\n\nLocal traders welcomed the news."));
  /* Nothing from scripts, styles, the header, navigation, cookie banner, sharing links, aside
   * or footer; a figure's caption is kept, as the best readers keep it. */
  static const gchar *const absent[]
      = { "script text", "color:red", "Home", "World", "cookies", "Share on", "Read more", "Copyright" };
  ck_assert_ptr_nonnull (strstr (text, "\n\nThe harbour at dawn.\n\n"));
  for (gsize i = 0; i < G_N_ELEMENTS (absent); i++)
    ck_assert_msg (strstr (text, absent[i]) == NULL, "\"%s\" leaked into:\n%s", absent[i], text);
  /* Seven paragraphs: heading, four paragraphs, the caption, the <br> splitting the last. */
  g_auto (GStrv) paragraphs = g_strsplit (text, "\n\n", -1);
  ck_assert_uint_eq (g_strv_length (paragraphs), 7);
}
END_TEST

START_TEST (test_container_choice)
{
  /* The longest outermost <article> wins over a short teaser article. */
  g_autofree gchar *a = extract ("<html><body><article><p>Teaser one.</p></article>"
                                 "<article><p>The long story starts here.</p><p>It goes on for a while "
                                 "longer than the teaser.</p></article></body></html>",
                                 NULL);
  ck_assert_str_eq (a, "The long story starts here.\n\nIt goes on for a while longer than the teaser.");
  /* Without an article, role="main" is used and the rest of the body left out. */
  g_autofree gchar *b = extract ("<html><body><div>Site banner text</div><div role=\"main\"><p>Main "
                                 "text.</p></div><div>Unrelated box</div></body></html>",
                                 NULL);
  ck_assert_str_eq (b, "Main text.");
  /* Without either, the whole body. */
  g_autofree gchar *c
      = extract ("<html><body><p>One.</p><p>Two <b>bold</b>   words.</p></body></html>", NULL);
  ck_assert_str_eq (c, "One.\n\nTwo bold words.");
}
END_TEST

START_TEST (test_furniture)
{
  g_autofree gchar *text = extract (
      "<html><body><p>Kept.</p>"
      "<div class=\"ad-slot\">Advert words</div><div id=\"comments\">A reader wrote this.</div>"
      "<p hidden>Hidden words</p><p aria-hidden=\"true\">Aria hidden</p>"
      "<p style=\"DISPLAY: none\">Styled away</p><div role=\"navigation\">Nav words</div>"
      "<ul><li><a href=\"/1\">Link one</a></li><li><a href=\"/2\">Link two</a></li></ul>"
      "<p>A sentence with <a href=\"/x\">one link</a> in the middle of its many other words.</p>"
      "<div class=\"loading-headline\">Also kept, as \"ad\" is not a word here.</div></body></html>",
      NULL);
  ck_assert_str_eq (text, "Kept.\n\nA sentence with one link in the middle of its many other words.\n\n"
                          "Also kept, as \"ad\" is not a word here.");
}
END_TEST

START_TEST (test_titles)
{
  g_autofree gchar *t1 = NULL, *t2 = NULL, *t3 = NULL;
  g_autofree gchar *a = extract ("<html><head><title>Page | Site</title><meta property=\"og:title\" "
                                 "content=\" Open  graph title \"></head><body><p>x.</p></body></html>",
                                 &t1);
  ck_assert_str_eq (t1, "Open graph title");
  g_autofree gchar *b
      = extract ("<html><head><title>\n Page\ttitle </title></head><body><p>x.</p></body></html>", &t2);
  ck_assert_str_eq (t2, "Page title");
  g_autofree gchar *c = extract ("<html><body><p>No title at all.</p></body></html>", &t3);
  ck_assert_ptr_null (t3);
}
END_TEST

START_TEST (test_page_metadata)
{
  const gchar *html
      = "<html><head><title>T | Herald</title><meta property=\"og:site_name\" content=\" Wend  Herald \">"
        "<meta property=\"og:url\" content=\"https://example.org/og\">"
        "<link rel=\"canonical\" href=\"https://example.org/canonical\">"
        "<meta name=\"pubdate\" content=\"2026-11-16\"></head>"
        "<body><article><h1>Barrier opens</h1><time datetime=\"2020-01-01\">then</time>"
        "<p>The barrier opened.</p></article></body></html>";
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisPage) page = precis_html_read (html, -1, &error);
  ck_assert_ptr_nonnull (page);
  ck_assert_str_eq (page->title, "Barrier opens");
  ck_assert_str_eq (page->site, "Wend Herald");
  ck_assert_str_eq (page->url, "https://example.org/canonical");
  ck_assert_str_eq (page->date, "2026-11-16");
  ck_assert_ptr_nonnull (strstr (page->text, "The barrier opened."));

  /* Without the metas: og:url is not there either, the <time> inside the article dates it, and
   * an address that is not http(s) is no address. */
  g_autoptr (PrecisPage) bare = precis_html_read (
      "<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body><p>Side "
      "<time datetime=\"1999-01-01\">x</time></p><article><time datetime=\"2026-11-17T08:00Z\">Tue</time>"
      "<p>Text.</p></article></body></html>",
      -1, NULL);
  ck_assert_ptr_null (bare->site);
  ck_assert_ptr_null (bare->url);
  ck_assert_str_eq (bare->date, "2026-11-17T08:00Z");

  /* A relative canonical link is resolved against the page's <base href> (else its og:url). */
  g_autoptr (PrecisPage) based = precis_html_read (
      "<html><head><link rel=\"canonical\" href=\"/news/bridge\"><base href=\"https://post.example/a/\">"
      "</head><body><article><p>The bridge reopened on Monday.</p></article></body></html>",
      -1, NULL);
  ck_assert_str_eq (based->url, "https://post.example/news/bridge");
  g_autoptr (PrecisPage) og
      = precis_html_read ("<html><head><link rel=\"canonical\" href=\"bridge?p=2\">"
                          "<meta property=\"og:url\" content=\"https://post.example/news/x\"></head>"
                          "<body><article><p>The bridge reopened on Monday.</p></article></body></html>",
                          -1, NULL);
  ck_assert_str_eq (og->url, "https://post.example/news/bridge?p=2");

  /* The same text as precis_html_extract(). */
  g_autofree gchar *title = NULL;
  g_autofree gchar *text = precis_html_extract (html, -1, &title, NULL);
  ck_assert_str_eq (text, page->text);
  ck_assert_str_eq (title, page->title);
  ck_assert_ptr_null (precis_html_read ("<html>\0</html>", 15, NULL));

  /* precis_html_read_take() reads the same page from bytes it frees (the sanitizer and
   * valgrind builds check that it frees them once, on failure too), not NUL-terminated. */
  gsize n = strlen (html);
  g_autoptr (PrecisPage) taken = precis_html_read_take (g_memdup2 (html, n), n, &error);
  ck_assert_ptr_nonnull (taken);
  ck_assert_str_eq (taken->text, page->text);
  ck_assert_str_eq (taken->title, page->title);
  ck_assert_str_eq (taken->site, page->site);
  ck_assert_str_eq (taken->url, page->url);
  ck_assert_str_eq (taken->date, page->date);
  ck_assert_ptr_null (precis_html_read_take (g_memdup2 ("<html>\0</html>", 15), 15, &error));
  ck_assert_int_eq (error->code, PRECIS_ERROR_BINARY);
  /* ... and when it refuses its arguments (an error already set: a critical), as precis.h says */
  guint criticals = 0;
  guint handler = g_log_set_handler ("precis", G_LOG_LEVEL_CRITICAL, test_count_message, &criticals);
  ck_assert_ptr_null (precis_html_read_take (g_memdup2 (html, n), n, &error));
  g_log_remove_handler ("precis", handler);
  ck_assert_uint_eq (criticals, 1);
  g_autoptr (PrecisPage) empty = precis_html_read_take (NULL, 0, NULL);
  ck_assert_str_eq (empty->text, "");
}
END_TEST

START_TEST (test_encodings)
{
  /* A page declaring ISO-8859-1, with e-acute as the byte 0xE9, comes out as UTF-8. */
  g_autofree gchar *a = extract ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xE9 "
                                 "ouvert.</p></body></html>",
                                 NULL);
  ck_assert_str_eq (a, "Caf\u00e9 ouvert.");
  /* Valid UTF-8 without a declaration is read as UTF-8; no-break spaces collapse. */
  g_autofree gchar *b = extract (
      "<html><body><p>Na\u00efve\u00a0\u00a0caf\u00e9&nbsp;r\u00e9sum\u00e9.</p></body></html>", NULL);
  ck_assert_str_eq (b, "Na\u00efve caf\u00e9 r\u00e9sum\u00e9.");
  /* Japanese in Shift_JIS and Russian in KOI8-R with no declaration: read in the encoding
   * uchardet guesses; a page that declares its encoding is read in that one. */
  static const struct
  {
    const gchar *encoding, *text;
  } undeclared[] = {
    { "SHIFT_JIS",
      "\u4eca\u65e5\u306f\u5ddd\u306e\u6c34\u4f4d\u304c\u4e0a\u304c\u308a\u307e\u3057\u305f\u3002"
      "\u30c0\u30e0\u306f\u6301\u3061\u3053\u305f\u3048\u307e\u3057\u305f\u3002\u753a\u306e\u4eba"
      "\u3005\u306f\u5b89\u5fc3\u3057\u3066\u3044\u307e\u3059\u3002" },
    { "KOI8-R", "\u041f\u043b\u043e\u0442\u0438\u043d\u0430 \u0432\u044b\u0434\u0435\u0440\u0436\u0430\u043b"
                "\u0430. \u0412\u043e\u0434\u0430 \u043f\u043e\u0434\u043d\u044f\u043b\u0430\u0441\u044c "
                "\u043d\u043e\u0447\u044c\u044e, \u043d\u043e \u0433\u043e\u0440\u043e\u0434 \u043d\u0435 "
                "\u043f\u043e\u0441\u0442\u0440\u0430\u0434\u0430\u043b." },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (undeclared); i++)
    {
      /* (a script's charset names the script's encoding, not the page's) */
      g_autofree gchar *page
          = g_strconcat ("<html><head><script src=\"a.js\" charset=\"utf-8\"></script></head>"
                         "<body><p>",
                         undeclared[i].text, "</p></body></html>", NULL);
      gsize n = 0;
      g_autofree gchar *bytes = g_convert (page, -1, undeclared[i].encoding, "UTF-8", NULL, &n, NULL);
      g_autofree gchar *got = precis_html_extract (bytes, (gssize)n, NULL, NULL);
      ck_assert_msg (g_str_equal (got, undeclared[i].text), "%s: %s", undeclared[i].encoding, got);
    }
  g_autofree gchar *c
      = extract ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                 "charset=koi8-r\"></head><body><p>\xf0\xcc\xcf\xd4\xc9\xce\xc1.</p></body></html>",
                 NULL);
  ck_assert_str_eq (c, "\u041f\u043b\u043e\u0442\u0438\u043d\u0430.");
  /* Undeclared bytes of no script uchardet tells apart are windows-1252: curly quotes kept. */
  g_autofree gchar *d = extract ("<html><body><p>The mayor\x92s plan was \x93"
                                 "approved\x94.</p></body></html>",
                                 NULL);
  ck_assert_str_eq (d, "The mayor\u2019s plan was \u201capproved\u201d.");
  /* References to windows-1252's bytes read as its characters, UTF-8 written one byte a
   * reference as its character, and a capital before a reference left alone. */
  g_autofree gchar *e = extract ("<html><body><p>The CAF&#201;&#146;S plan &#150; dots&#226;&#128;&#166;</p>"
                                 "</body></html>",
                                 NULL);
  ck_assert_str_eq (e, "The CAF\u00c9\u2019S plan \u2013 dots\u2026");
  /* A C1 control written twice ("&#194;&#150;", U+0096 encoded again) is windows-1252's
   * character, as one written once is; none is passed on. */
  g_autofree gchar *f
      = extract ("<html><body><p>2010&#194;&#150;2014 and \xc3\x82\xc2\x97 done</p></body></html>", NULL);
  ck_assert_str_eq (f, "2010\u20132014 and \u2014 done");
}
END_TEST

START_TEST (test_hostile)
{
  g_autoptr (GError) error = NULL;
  const gchar nul[] = "<html><body><p>a\0b</p></body></html>";
  ck_assert_ptr_null (precis_html_extract (nul, sizeof nul - 1, NULL, &error));
  ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_BINARY));
  g_autofree gchar *empty = extract ("", NULL);
  ck_assert_str_eq (empty, "");
  g_autofree gchar *broken = extract ("<html><body><p>Unclosed <b>tags <i>everywhere.<div></p></span>", NULL);
  ck_assert_str_eq (broken, "Unclosed tags everywhere.");
  g_autofree gchar *control = extract ("<p>Stray\x01 control\x7f characters.</p>", NULL);
  ck_assert_str_eq (control, "Stray control characters.");
  g_autofree gchar *plain = extract ("just words, no markup", NULL);
  ck_assert_str_eq (plain, "just words, no markup");
  /* 100,000 nested elements: no recursion to exhaust the stack. */
  GString *deep = g_string_new ("<html><body>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "<div><span>");
  g_string_append (deep, "Deep text.");
  /* (read to the end: libxml2's limit of 256 levels is lifted) */
  g_autofree gchar *d = extract (deep->str, NULL);
  ck_assert_str_eq (d, "Deep text.");
  g_string_free (deep, TRUE);
  /* 260 levels, each a block, with a story at the bottom (libxml2 alone stopped at 256). */
  GString *levels = g_string_new ("<html><body>");
  for (guint i = 0; i < 260; i++)
    g_string_append (levels, "<div>");
  g_string_append (levels, "<h1>Bridge opens</h1><p>The mayor opened the bridge on Monday, ending years "
                           "of detours for the drivers of the town.</p>");
  g_autofree gchar *l = extract (levels->str, NULL);
  ck_assert_str_eq (l,
                    "Bridge opens\n\nThe mayor opened the bridge on Monday, ending years of detours for the "
                    "drivers of the town.");
  g_string_free (levels, TRUE);
  /* 200,000 paragraphs: linear work (the test's timeout would catch a quadratic walk). */
  GString *wide = g_string_new ("<html><body><article>");
  for (guint i = 0; i < 200000; i++)
    g_string_append (wide, "<p>Word.</p>");
  g_autofree gchar *w = extract (wide->str, NULL);
  ck_assert_uint_eq (strlen (w), 200000 * strlen ("Word.") + 199999 * 2);
  g_string_free (wide, TRUE);
}
END_TEST

/* 100,000 nested blocks around a story's first paragraph, its second after them: the
 * blocks around the first are candidates for the story's box at every level, and choosing
 * among them stays linear (the search for the ancestor that several candidates share was
 * quadratic in the levels and worse: 40,000 took 20 s; this test's own timeout is 30 s). */
START_TEST (test_deep_candidates)
{
  GString *deep = g_string_new ("<html><head><title>Library to close</title></head><body><article>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep,
                   "<p>The council voted on Monday to close the old library. Residents had campaigned for "
                   "two years to keep it open.</p>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "</div>");
  g_string_append (
      deep, "<p>Officials said the sale would raise money for new schools.</p></article></body></html>");
  g_autofree gchar *text = extract (deep->str, NULL);
  ck_assert_str_eq (
      text, "The council voted on Monday to close the old library. Residents had campaigned for "
            "two years to keep it open.\n\nOfficials said the sale would raise money for new schools.");
  g_string_free (deep, TRUE);
}
END_TEST

START_TEST (test_detection)
{
  ck_assert (precis_looks_like_html ("<!DOCTYPE html>\n<html>", -1));
  ck_assert (precis_looks_like_html ("\xEF\xBB\xBF  <!doctype HTML><p>", -1));
  ck_assert (precis_looks_like_html ("<!-- saved page -->\n<html lang=\"en\">", -1));
  ck_assert (precis_looks_like_html ("<HTML>", -1));
  ck_assert (precis_looks_like_html ("<body>text", -1));
  ck_assert (!precis_looks_like_html ("The <html> element opens a page.", -1));
  ck_assert (!precis_looks_like_html ("<htmlx>", -1));
  ck_assert (!precis_looks_like_html ("<!-- unterminated", -1));
  ck_assert (!precis_looks_like_html ("<?xml version=\"1.0\"?><rss>", -1));
  ck_assert (!precis_looks_like_html ("", 0));
  ck_assert (!precis_looks_like_html ("<html", 5));
  /* a fragment: a block element's start tag, and its end tag somewhere */
  ck_assert (precis_looks_like_html ("<p>The vote was held.</p><p>It passed.</p>", -1));
  ck_assert (precis_looks_like_html ("  <DIV class=\"story\"><p>Text.</p></div >", -1));
  ck_assert (precis_looks_like_html ("<!-- cms -->\n<h2>Vote</h2>\n<p>Text.", -1));
  ck_assert (precis_looks_like_html ("<article>\nText.\n</article>", -1));
  /* prose that holds a "<" is not HTML */
  ck_assert (!precis_looks_like_html ("<p> is the paragraph tag of HTML.", -1));
  ck_assert (!precis_looks_like_html ("<3 to all who came. The vote passed.</p>", -1));
  ck_assert (!precis_looks_like_html ("<p>Text.</pa>", -1));
  ck_assert (!precis_looks_like_html ("<b>Mayor</b> resigns", -1));
  ck_assert (!precis_looks_like_html ("The vote: <p>Text.</p>", -1));
  ck_assert (!precis_looks_like_html ("<paragraph>Text.</paragraph>", -1));
  /* paragraphs whose end tags are left out, and images before the first block */
  ck_assert (precis_looks_like_html ("<p>The vote was held.<p>It passed.", -1));
  ck_assert (precis_looks_like_html ("<img src=\"m.jpg\" alt=\"Mayor\"><p>The vote was held.</p>", -1));
  ck_assert (!precis_looks_like_html ("<img src=\"m.jpg\">", -1));
  /* a heading tag over plain paragraphs (Markdown, a CMS body) is a text: its blank lines part
   * paragraphs, which HTML would fold into one */
  ck_assert (
      !precis_looks_like_html ("<h1>Harbour wall</h1>\n\nThe council voted to rebuild it\n\nWork starts "
                               "in spring\n",
                               -1));
  ck_assert (!precis_looks_like_html ("<p>The vote was held.</p>\nIt passed by nine to two.", -1));
  ck_assert (
      precis_looks_like_html ("<h1>Harbour wall</h1>\n\n<p>The council voted\nto rebuild it.</p>\n", -1));
  ck_assert (precis_looks_like_html (
      "<p>The vote was held.</p>\n<script>\nvar n = 1;\n</script>\n<p>It passed.</p>", -1));
}
END_TEST

/* A story paragraph long enough to be scored (and a second and third). */
#define STORY_1                                                                                              \
  "<p>The council voted on Tuesday to rebuild the harbour wall, which the October storm broke.</p>"
#define STORY_2                                                                                              \
  "<p>Work starts in spring, and the engineers expect it to last, they said, about six months.</p>"
#define STORY_3                                                                                              \
  "<p>Fishing boats will use the northern quay, the ferry the old pier, until the wall reopens.</p>"
#define STORY STORY_1 STORY_2 STORY_3
#define STORY_TEXT                                                                                           \
  "The council voted on Tuesday to rebuild the harbour wall, which the October storm broke.\n\n"             \
  "Work starts in spring, and the engineers expect it to last, they said, about six months.\n\n"             \
  "Fishing boats will use the northern quay, the ferry the old pier, until the wall reopens."

/* A page of @n numbered paragraphs, with a script (of a length varied with its place) before
 * every @every-th paragraph when @every is not 0. */
static gchar *
numbered_page (guint n, guint every)
{
  GString *page = g_string_new ("<html><head><title>Harbour</title></head><body><article>");
  for (guint i = 0; i < n; i++)
    {
      if (every != 0 && i % every == 0)
        {
          g_string_append (page, "<script>var s = '<p>Not text</p>");
          for (guint k = 0; k < (i * 37) % 4099; k++)
            g_string_append_c (page, (gchar)('a' + k % 26));
          g_string_append (page, "';</script>");
        }
      g_string_append_printf (page,
                              "<p>Paragraph %u: the council said that the harbour wall, which the "
                              "October storm broke, would be rebuilt by the spring of year %u.</p>",
                              i, 2000 + i);
    }
  g_string_append (page, "</article></body></html>");
  return g_string_free (page, FALSE);
}

START_TEST (test_scripts_left_out_across_blocks)
{
  /* libxml2 is given the page a block at a time, the scripts' contents skipped: scripts of
   * every length at every place, many inside one block and some across two, read as the same
   * page without them. */
  for (guint every = 1; every <= 7; every += 3)
    {
      g_autofree gchar *page = numbered_page (400, every);
      g_autofree gchar *plain = numbered_page (400, 0);
      g_autofree gchar *text = extract (page, NULL);
      g_autofree gchar *expected = extract (plain, NULL);
      ck_assert (strlen (page) > 40000);
      ck_assert_ptr_null (strstr (text, "Not text"));
      ck_assert_ptr_nonnull (strstr (text, "Paragraph 399:"));
      ck_assert_str_eq (text, expected);
    }
}
END_TEST

/* The text of @page, and in @peak the most libxml2's heap grew while it was read. */
static gchar *
extract_counted (const gchar *page, gsize *peak)
{
  xml_peak = xml_live;
  gchar *text = extract (page, NULL);
  *peak = xml_peak - xml_live;
  return text;
}

START_TEST (test_page_not_copied_for_libxml2)
{
  /* A page of one 2 MB paragraph: libxml2 holds its tree (the paragraph's text, grown by
   * doubling) and a block or two of the page at a time, not the copies of the whole page it
   * made when given it as one buffer (its input buffer, then the same again through its UTF-8
   * "conversion"): 3.1 MB at most here, 9.2 MB then. */
  GString *page = g_string_new ("<html><body><article><p>");
  while (page->len < 2000000)
    g_string_append (page, "The harbour wall will be rebuilt by spring. ");
  g_string_append (page, "</p></article></body></html>");
  gsize peak;
  g_autofree gchar *text = extract_counted (page->str, &peak);
  ck_assert (g_str_has_prefix (text, "The harbour wall will be rebuilt by spring. The harbour"));
  ck_assert_msg (peak < page->len * 5 / 2, "libxml2 held %zu bytes for a page of %zu", peak, page->len);
  g_string_free (page, TRUE);
}
END_TEST

START_TEST (test_dense_page_tree_not_held_by_libxml2)
{
  /* 20,000 short paragraphs: libxml2's tree would be 40,000 nodes of 120 bytes and a block for
   * each text, about 5 times the page (6.1 MB for a page of 1.1 MB); the page's tree is held
   * compactly instead, libxml2 keeping only the open elements and their last children while
   * it reads (a few KB; the blocks of the page it reads are counted too). */
  GString *page = g_string_new ("<html><head><title>Harbour</title></head><body><article>");
  for (guint k = 0; k < 20000; k++)
    g_string_append_printf (page, "<p>Para %u is here with some words in it today.</p>", k);
  g_string_append (page, "</article></body></html>");
  gsize peak;
  g_autofree gchar *text = extract_counted (page->str, &peak);
  ck_assert (g_str_has_prefix (text, "Para 0 is here with some words in it today.\n\nPara 1 is"));
  ck_assert_ptr_nonnull (strstr (text, "\n\nPara 19999 is here with some words in it today."));
  if (libxml2_2_9 ()) /* (else the library holds the tree whole: another libxml2's parse) */
    ck_assert_msg (peak < page->len / 10, "libxml2 held %zu bytes for a page of %zu", peak, page->len);
  g_string_free (page, TRUE);
}
END_TEST

START_TEST (test_comment_runs_read_in_linear_time)
{
  /* 200,000 comments after a paragraph, then another paragraph (1.4 MB): each comment made the
   * page tree walk back over the comments before it to find what libxml2 may still read, so
   * the page took minutes (453 s); it is read at libxml2's own pace now. The suite's timeout
   * fails the quadratic walk. */
  GString *page
      = g_string_new ("<html><body><article><p>The harbour reopened on Monday after the storm.</p>");
  for (guint k = 0; k < 200000; k++)
    g_string_append (page, "<!---->");
  g_string_append (page,
                   "<p>Ferries will run to the old timetable from next week.</p></article></body></html>");
  g_autofree gchar *text = extract (page->str, NULL);
  ck_assert_str_eq (text, "The harbour reopened on Monday after the storm.\n\nFerries will run to the old "
                          "timetable from next week.");
  g_string_free (page, TRUE);
}
END_TEST

START_TEST (test_long_paragraphs_held_at_their_size)
{
  /* Paragraphs of 2,400 bytes, each read by libxml2 in pieces (of at most 1,000 bytes, and
   * between its character references): its tree builder grows a paragraph's text in a buffer
   * it doubles, up to twice the text; the page tree copies each text at its size and frees
   * libxml2's node once the paragraph is read, so that the page's text is held about once
   * (2.6 MB at most here for a page of 2.4 MB, where the doubled buffers held 3.1 MB). */
  GString *page = g_string_new ("<html><body><article>");
  for (guint k = 0; k < 1000; k++)
    {
      g_string_append_printf (page, "<p>Paragraph %u.", k);
      for (guint i = 0; i < 40; i++)
        g_string_append (page, " The harbour wall &amp; the quay will be rebuilt by spring.");
      g_string_append (page, "</p>\n");
    }
  g_string_append (page, "</article></body></html>");
  gsize peak;
  g_autofree gchar *text = extract_counted (page->str, &peak);
  ck_assert (g_str_has_prefix (text, "Paragraph 0. The harbour wall & the quay"));
  ck_assert_ptr_nonnull (strstr (text, "Paragraph 999. The harbour wall & the quay"));
  ck_assert_msg (peak < page->len * 6 / 5, "libxml2 held %zu bytes for a page of %zu", peak, page->len);
  g_string_free (page, TRUE);
}
END_TEST

START_TEST (test_lone_article_chosen)
{
  /* A <main> whose id is a content word outscores the one <article> inside it; the article holds
   * the story, the rest of <main> a scoreboard, line-ups and a table. With two articles inside,
   * the block stays as it is. */
  static const gchar *const rest
      = "<div class=\"scoreboard\"><span>Harbourside</span> 2 <span>1</span> <span>Millfield</span>"
        "<p>The Quay Ground, attendance 1,812, full time</p></div><section><h2>Line-ups</h2><ol><li>1 "
        "Marsh</li>"
        "<li>2 Ellery</li><li>5 Doyle</li></ol><p>Subs: Brennan (for Bailey 70), Wood, Grant</p></section>"
        "<section><h2>League</h2><table><tr><th>Team</th><th>Pts</th></tr><tr><td>Harbourside</td><td>38</td>"
        "</tr><tr><td>Kingsbridge</td><td>37</td></tr></table></section>";
  g_autofree gchar *page = g_strconcat ("<html><body><main id=\"main\">", rest,
                                        "<article>" STORY "</article>", rest, "</main></body></html>", NULL);
  g_autofree gchar *text = extract (page, NULL);
  ck_assert_msg (g_str_equal (text, STORY_TEXT), "the rest of <main> kept:\n%s", text);
  g_autofree gchar *two = g_strconcat ("<html><body><main id=\"main\">", rest,
                                       "<article>" STORY "</article><article>" STORY "</article>",
                                       "</main></body></html>", NULL);
  g_autofree gchar *both = extract (two, NULL);
  ck_assert_msg (strstr (both, "Subs: Brennan") != NULL, "two articles:\n%s", both);
}
END_TEST

START_TEST (test_titled_article_chosen)
{
  /* The next story, loaded below the first as the reader scrolls, in an <article> of the same
   * class or in a box of its own: the story read is the one whose headline repeats the page's
   * title, even when the next is longer; when no headline repeats it, twin boxes are read
   * together as before. */
  static const gchar *const next
      = "<article class=\"story\"><h2>Bypass inquiry to open in spring</h2><p>A public inquiry into the "
        "bypass will open in April, the county council said, six years after it was first proposed.</p>"
        "<p>The road would take up to 2,000 lorries a day away from the town centre, where the air is "
        "the worst in the county.</p><p>Opponents say it would cut across ancient woodland and bring more "
        "traffic, not less, to the villages along its route.</p><p>The inspector's report will go to the "
        "transport secretary, who will decide early in 2028 whether it is built.</p></article>";
  static const struct
  {
    const gchar *title, *open, *close;
    gboolean alone;
  } cases[] = {
    { "Harbour wall to be rebuilt | Valley Times", "", "", TRUE },
    /* (the next story in a box of its own, not a twin: it outscores the first) */
    { "Harbour wall to be rebuilt | Valley Times", "<div class=\"next-wrap\">", "</div>", TRUE },
    { "Valley Times", "", "", FALSE },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *page
          = g_strconcat ("<html><head><title>", cases[i].title,
                         "</title></head><body><div class=\"scroll\"><article "
                         "class=\"story\"><h1>Harbour wall to be rebuilt</h1>" STORY "</article>",
                         cases[i].open, next, cases[i].close, "</div></body></html>", NULL);
      g_autofree gchar *text = extract (page, NULL);
      if (cases[i].alone)
        ck_assert_msg (g_str_equal (text, STORY_TEXT), "the next story read:\n%s", text);
      else
        ck_assert_msg (strstr (text, "The council voted") != NULL
                           && strstr (text, "A public inquiry") != NULL,
                       "boxes not read together:\n%s", text);
    }
}
END_TEST

START_TEST (test_furniture_outweighs_content)
{
  /* More furniture words than content words in a box's class and id: furniture; as many of
   * each: not. */
  g_autofree gchar *text = extract ("<html><body><article>" STORY
                                    "<div class=\"sharedaddy sd-like jetpack-likes-widget-wrapper\" "
                                    "id=\"like-post-wrapper-1\"><h3>Like this:</h3><span>Like</span> "
                                    "<span>Loading...</span></div></article></body></html>",
                                    NULL);
  ck_assert_msg (g_str_equal (text, STORY_TEXT), "likes box kept:\n%s", text);
  g_autofree gchar *tie
      = extract ("<html><body><div class=\"social-post\">" STORY "</div></body></html>", NULL);
  ck_assert_msg (g_str_equal (tie, STORY_TEXT), "tie dropped the story:\n%s", tie);
  /* a star rating's box (trafilatura's "rating") */
  g_autofree gchar *rated = extract ("<html><body><article>" STORY
                                     "<div class=\"recipe-rating\"><span>4.6 from 212 votes</span></div>"
                                     "</article></body></html>",
                                     NULL);
  ck_assert_msg (g_str_equal (rated, STORY_TEXT), "rating kept:\n%s", rated);
  /* a subtitle under the headline ("dek", "standfirst", "subtitle", "summary"), as its own
   * block; beside a content word it stays (a tie) */
  static const gchar *const subtitles[] = { "dek", "standfirst", "subtitle lg", "live-summary" };
  for (gsize i = 0; i < G_N_ELEMENTS (subtitles); i++)
    {
      g_autofree gchar *page
          = g_strdup_printf ("<html><body><article><div class=\"%s\">Shade, paint and a "
                             "new rule on idling are part of the plan</div>" STORY "</article></body></html>",
                             subtitles[i]);
      g_autofree gchar *subtitled = extract (page, NULL);
      ck_assert_msg (g_str_equal (subtitled, STORY_TEXT), "%s kept:\n%s", subtitles[i], subtitled);
    }
  g_autofree gchar *excerpt
      = extract ("<html><body><article><div class=\"entry-summary\"><p>Shade, paint and a "
                 "new rule on idling are part of the plan.</p></div>" STORY "</article></body></html>",
                 NULL);
  ck_assert_msg (g_str_has_prefix (excerpt, "Shade, paint"), "entry-summary left out:\n%s", excerpt);
  /* a name in camel case read in its humps ("inlineNewsletterSignup"); "MathJax" read whole, a
   * content word that ties with its menu's "CtxtMenu" */
  g_autofree gchar *humped = extract ("<html><body><div class=\"articleBody\">" STORY
                                      "<div class=\"inlineNewsletterSignup\"><p>Get the morning briefing in "
                                      "your inbox, every weekday, with the stories that matter.</p></div>"
                                      "</div></body></html>",
                                      NULL);
  ck_assert_msg (g_str_equal (humped, STORY_TEXT), "camel-case furniture kept:\n%s", humped);
  g_autofree gchar *math
      = extract ("<html><body><article>" STORY
                 "<p>The roots are <span class=\"MathJax CtxtMenu_Attached_0\">x = 2</span> "
                 "and nothing else, as the teacher said.</p></article></body></html>",
                 NULL);
  ck_assert_msg (strstr (math, "x = 2") != NULL, "MathJax left out:\n%s", math);
}
END_TEST

/* The pages that came out empty, or with the story dropped, before the content finder. */
START_TEST (test_story_found)
{
  static const gchar *const pages[] = {
    /* two <main>, the first an ad wrapper */
    "<html><body><main class=\"ad-wrapper\"><div class=\"ad\">Advertisement</div></main>"
    "<main>" STORY "</main></body></html>",
    /* the article box's class names "modal", "sidebar" or ad_body beside a content word */
    "<html><body><div class=\"modal-open article-content\">" STORY "</div></body></html>",
    "<html><body><div class=\"story-body with-sidebar\">" STORY "</div></body></html>",
    "<html><body><div id=\"ad_body\">" STORY "</div></body></html>",
    /* the story inside a sidebar layout's article body */
    "<html><body><div class=\"l-sidebar-fixed l-container\"><div class=\"l-article-body\">" STORY
    "</div></div></body></html>",
    "<html><body><div class=\"content-with-sidebar-wrp\"><div>" STORY "</div></div></body></html>",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree gchar *text = extract (pages[i], NULL);
      ck_assert_msg (g_str_equal (text, STORY_TEXT), "page %zu gave:\n%s", i, text);
    }
}
END_TEST

START_TEST (test_story_in_boxes)
{
  /* A story written in several boxes of one class, each deep in wrappers, beside a box of the
   * same class that holds links: the story's boxes join, the links do not. */
#define PART(text)                                                                                           \
  "<section class=\"part\"><div class=\"a\"><div class=\"b\"><div class=\"c\">" text                         \
  "</div></div></div></section>"
#define PROSE(n)                                                                                             \
  "<p>Paragraph " n                                                                                          \
  " of the story tells, at some length, what the council decided on the new bridge, why it took so long, "   \
  "who objected to the cost, and what the mayor said when the vote was over.</p>"
  const gchar *page = "<html><body><div>" PART (PROSE ("one") PROSE ("two") PROSE ("three") PROSE ("four"))
      PART (PROSE ("five") PROSE ("six")) PART (PROSE ("seven") PROSE ("eight")) PART (
          "<p><a href=\"/1\">A related story with a long enough title to count as text here</a></p>"
          "<p><a href=\"/2\">Another related story with a long enough title to count too</a></p>"
          "<p><a href=\"/3\">A third related story with a long enough title to count too</a></p>"
          "<p><a href=\"/4\">A fourth related story with a long enough title to count too</a></p>") "</div></"
                                                                                                    "body></"
                                                                                                    "html>";
#undef PART
#undef PROSE
  g_autofree gchar *text = extract (page, NULL);
  static const gchar *const parts[] = { "one", "four", "five", "six", "seven", "eight" };
  assert_parts (text, "Paragraph", parts, G_N_ELEMENTS (parts));
  ck_assert_msg (strstr (text, "related story") == NULL, "links joined:\n%s", text);
}
END_TEST

START_TEST (test_loose_text_scored)
{
  /* A story written as loose text between line breaks, in a box that also holds a picture's
   * box, beside a box of two short paragraphs: the loose runs are the story's paragraphs
   * (Readability wraps them in <p>), so their box wins. */
  static const gchar run[] = " of the story says, in a long sentence with commas, that the harbour flooded, "
                             "that the road to the quay was shut, and that the ferry, the bus and the trains "
                             "all stopped for a day.";
  g_autofree gchar *page = g_strconcat (
      "<html><body><div class=\"x\">Part one", run, "<br><br>Part two", run,
      "<div><img src=\"a.jpg\"></div>Part three", run, "<br>\n<br>Part four", run,
      "</div><div class=\"y\"><p>Another short paragraph beside the story</p><p>And one more short paragraph "
      "beside the story</p></div></body></html>",
      NULL);
  g_autofree gchar *text = extract (page, NULL);
  static const gchar *const parts[] = { "one", "two", "three", "four" };
  assert_parts (text, "Part", parts, G_N_ELEMENTS (parts));
  ck_assert_msg (strstr (text, "beside the story") == NULL, "short box chosen too:\n%s", text);
}
END_TEST

START_TEST (test_page_links_weigh_less)
{
  /* A box of the story whose text is a third in links within the page (notes, sections) is
   * not a link list: such links count for 0.3 of their text (Readability's weight). */
  const gchar *page
      = "<html><body><article><p>The council met on Monday, and the vote on the bridge, after a long "
        "debate about its cost, went the mayor's way by a single vote.</p><p>The bridge, the council "
        "said, will open in the spring, a year later than planned, and cost a third more.</p><div><p>The "
        "cost, <a href=\"#note-1\">as the first note explains at length</a>, rose twice; the delay, "
        "<a href=\"#note-2\">as the second note explains</a>, came from the floods.</p></div>"
        "</article></body></html>";
  g_autofree gchar *text = extract (page, NULL);
  ck_assert_msg (strstr (text, "rose twice") != NULL, "notes' box dropped:\n%s", text);
  /* the same links leaving the page make a box of links */
  g_autofree gchar *away = g_strdup (page);
  for (gchar *p = strstr (away, "#note"); p != NULL; p = strstr (p, "#note"))
    *p = '/';
  g_autofree gchar *text2 = extract (away, NULL);
  ck_assert_msg (strstr (text2, "rose twice") == NULL, "link box kept:\n%s", text2);
}
END_TEST

START_TEST (test_headings_scored)
{
  /* A story told under long subheadings, in short paragraphs, beside a box of notes: the
   * subheadings count as paragraphs (Readability scores <h2> to <h6>), so the story's box is
   * read, not only the notes. */
  GString *page = g_string_new ("<html><body><div class=\"a\">");
  for (guint i = 0; i < 4; i++)
    g_string_append (page, "<p>A note, short, beside the story here.</p>");
  g_string_append (page, "</div><div class=\"b\">");
  static const gchar *const parts[] = { "one", "two", "three", "four" };
  for (gsize i = 0; i < G_N_ELEMENTS (parts); i++)
    g_string_append_printf (
        page, "<h2>The harbour, the quay, and the ferry %s</h2><p>Part %s of the story is here.</p>",
        parts[i], parts[i]);
  g_string_append (page, "</div></body></html>");
  g_autofree gchar *text = extract (page->str, NULL);
  g_string_free (page, TRUE);
  assert_parts (text, "Part", parts, G_N_ELEMENTS (parts));
  ck_assert_msg (strstr (text, "ferry four") != NULL, "subheading missing:\n%s", text);
}
END_TEST

START_TEST (test_table_cells_not_furniture)
{
  /* Class names inside a table or code are not furniture (Readability's rule): a cell named
   * "comment" or "share" holds data. */
  g_autofree gchar *text
      = extract ("<html><body><article>" STORY "<table><tr><th>Year</th><th>Note</th></tr><tr><td>1998</td>"
                 "<td class=\"comment\">Bridge closed for repairs</td></tr><tr><td>2004</td><td "
                 "class=\"share-cell\">Toll removed</td></tr></table></article></body></html>",
                 NULL);
  ck_assert_msg (strstr (text, "Bridge closed for repairs") != NULL && strstr (text, "Toll removed") != NULL,
                 "cells dropped:\n%s", text);
  g_autofree gchar *outside
      = extract ("<html><body><article>" STORY "<div class=\"comment\">Bridge closed for "
                 "repairs</div></article></body></html>",
                 NULL);
  ck_assert_msg (strstr (outside, "Bridge closed") == NULL, "comment box kept:\n%s", outside);
}
END_TEST

START_TEST (test_data_tables_kept_whole)
{
  /* A table of data as Readability tells one (columns described, or more than ten cells),
   * keeps its linked cells even when each is a block of its own; a table marked as layout
   * (role="presentation") is judged as blocks, and a cell that is only a link goes. */
  static const gchar rows[]
      = "<tr><td><div><a href=\"/north\">North Quay</a></div></td><td>1998</td><td>41 m</td></tr>"
        "<tr><td><div><a href=\"/south\">South Quay</a></div></td><td>2004</td><td>37 m</td></tr>"
        "<tr><td><div><a href=\"/east\">East Pier</a></div></td><td>2011</td><td>52 m</td></tr>"
        "<tr><td><div><a href=\"/west\">West Pier</a></div></td><td>2015</td><td>29 m</td></tr>";
  g_autofree gchar *described = g_strconcat ("<html><body><article>" STORY "<table><colgroup><col><col><col>"
                                             "</colgroup>",
                                             rows, "</table></article></body></html>", NULL);
  g_autofree gchar *sized
      = g_strconcat ("<html><body><article>" STORY "<table>", rows, "</table></article></body></html>", NULL);
  g_autofree gchar *layout = g_strconcat ("<html><body><article>" STORY "<table role=\"presentation\">", rows,
                                          "</table></article></body></html>", NULL);
  g_autofree gchar *text = extract (described, NULL);
  ck_assert_msg (strstr (text, "East Pier") != NULL, "described table's cells dropped:\n%s", text);
  g_autofree gchar *text2 = extract (sized, NULL);
  ck_assert_msg (strstr (text2, "East Pier") != NULL, "twelve-cell table's cells dropped:\n%s", text2);
  g_autofree gchar *text3 = extract (layout, NULL);
  ck_assert_msg (strstr (text3, "East Pier") == NULL, "layout table's link cell kept:\n%s", text3);
}
END_TEST

START_TEST (test_embed_boxes_dropped)
{
  /* A block of little text around an embedded frame is an advertisement or a widget
   * (Readability's rule), unless the frame is a video from a known player. */
  static const gchar box[]
      = "<div class=\"wide\"><p>Watch the harbour wall being rebuilt in spring</p><iframe src=\"";
  g_autofree gchar *framed = g_strconcat (
      "<html><body><article>" STORY, box,
      "https://frames.example.com/unit/7\"></iframe></div>" STORY "</article></body></html>", NULL);
  g_autofree gchar *video = g_strconcat (
      "<html><body><article>" STORY, box,
      "https://www.youtube.com/embed/x1\"></iframe></div>" STORY "</article></body></html>", NULL);
  g_autofree gchar *text = extract (framed, NULL);
  ck_assert_msg (strstr (text, "Watch the harbour wall") == NULL, "framed box kept:\n%s", text);
  g_autofree gchar *text2 = extract (video, NULL);
  ck_assert_msg (strstr (text2, "Watch the harbour wall") != NULL, "video's line dropped:\n%s", text2);
  /* A figure of such a frame, with no picture, goes with its caption, however long (it tells
   * what the text's reader cannot see); a picture's caption and a known player's stay. */
  static const gchar caption[]
      = "<figcaption>The council's film shows the harbour wall being rebuilt, "
        "stone by stone, over the spring and the summer (Video by Jo Lee)</figcaption>";
  g_autofree gchar *figure
      = g_strconcat ("<html><body><article>" STORY "<figure><div><iframe src=\"https://frames.example.com/"
                     "player/7\"></iframe></div>",
                     caption, "</figure>" STORY "</article></body></html>", NULL);
  g_autofree gchar *text3 = extract (figure, NULL);
  ck_assert_msg (strstr (text3, "The council's film") == NULL, "frame's caption kept:\n%s", text3);
  g_autofree gchar *picture = g_strconcat ("<html><body><article>" STORY "<figure><img src=\"w.jpg\">",
                                           caption, "</figure>" STORY "</article></body></html>", NULL);
  g_autofree gchar *text4 = extract (picture, NULL);
  ck_assert_msg (strstr (text4, "The council's film") != NULL, "picture's caption dropped:\n%s", text4);
  g_autofree gchar *player
      = g_strconcat ("<html><body><article>" STORY "<figure><iframe src=\"https://www.youtube.com/embed/x1\">"
                     "</iframe>",
                     caption, "</figure>" STORY "</article></body></html>", NULL);
  g_autofree gchar *text5 = extract (player, NULL);
  ck_assert_msg (strstr (text5, "The council's film") != NULL, "player's caption dropped:\n%s", text5);
  /* A page that is only such a figure keeps its caption rather than lose all its text. */
  g_autofree gchar *alone = g_strconcat ("<html><body><main><figure><iframe src=\"https://frames.example.com/"
                                         "player/7\"></iframe>",
                                         caption, "</figure></main></body></html>", NULL);
  g_autofree gchar *text6 = extract (alone, NULL);
  ck_assert_msg (g_str_has_prefix (text6, "The council's film"), "the only text lost:\n%s", text6);
}
END_TEST

START_TEST (test_short_lists_kept)
{
  /* A list of one short item, a caption written as a list after a figure, is the story's
   * (Readability judges a block by its class and id, not by the score a list starts with). */
  g_autofree gchar *text = extract (
      "<html><body><article>" STORY "<figure><img src=\"q.jpg\"></figure><ul><li><p>"
      "The north quay at dawn, seen from the lighthouse steps</p></li></ul>" STORY "</article></body></html>",
      NULL);
  ck_assert_msg (strstr (text, "The north quay at dawn") != NULL, "one-item list dropped:\n%s", text);
}
END_TEST

START_TEST (test_short_blocks_judged)
{
  /* Readability's short-block rule as it is now: a block of under 25 characters is clutter
   * when some of it is linked, when it is empty, or when all it says is an advertisement's
   * label or a loading message; a short block of plain words is the story's. */
  g_autofree gchar *text = extract (
      "<html><body><article>" STORY "<div><strong>Tides</strong><p>High at six</p></div>"
      "<div><a href=\"/tides\">Tide tables</a><p>for May</p></div>"
      "<div><p>Advertisement</p></div><div><p>Loading\xE2\x80\xA6</p></div>" STORY "</article></body></html>",
      NULL);
  ck_assert_msg (strstr (text, "High at six") != NULL, "short plain block dropped:\n%s", text);
  ck_assert_msg (strstr (text, "for May") == NULL, "short linked block kept:\n%s", text);
  ck_assert_msg (strstr (text, "Advertisement") == NULL && strstr (text, "Loading") == NULL,
                 "placeholder kept:\n%s", text);
  /* an empty block does not cut the line it sits in */
  g_autofree gchar *cited
      = extract ("<html><body><article>" STORY "<ol><li><cite><a href=\"/r\">Harbour report</a>"
                 "<div class=\"badge\"></div>. Town Hall, March 2017.</cite></li></ol>"
                 "</article></body></html>",
                 NULL);
  ck_assert_msg (strstr (cited, "Harbour report. Town Hall, March 2017.") != NULL, "line cut:\n%s", cited);
  /* charts drawn by ai2html are labels, not text (Readability's unlikely candidates) */
  g_autofree gchar *chart = extract (
      "<html><body><article>" STORY "<div class=\"ai2html\"><div><p>$915</p><p>"
      "billion</p></div><div><p>Interest on the debt</p></div></div>" STORY "</article></body></html>",
      NULL);
  ck_assert_msg (strstr (chart, "billion") == NULL, "chart labels kept:\n%s", chart);
}
END_TEST

START_TEST (test_screen_reader_text_left_out)
{
  /* Text kept for screen readers only is not the story's, as text not displayed is not. */
  g_autofree gchar *text = extract (
      "<html><body><article>" STORY_1 "<figure><img src=\"q.jpg\"><figcaption><span class=\"off-screen\">"
      "Media caption</span> The quay at dawn</figcaption></figure><p>Work starts in <a href=\"/s\">spring"
      "<span class=\"sr-only\">(opens in a new window)</span></a>, the engineers said, for "
      "six months.</p>" STORY_3 "</article></body></html>",
      NULL);
  ck_assert_msg (strstr (text, "The quay at dawn") != NULL
                     && strstr (text, "Work starts in spring, the engineers") != NULL,
                 "story lost:\n%s", text);
  ck_assert_msg (strstr (text, "Media caption") == NULL && strstr (text, "new window") == NULL,
                 "screen-reader text kept:\n%s", text);
}
END_TEST

START_TEST (test_ordered_lists_kept)
{
  /* An ordered list in the story is its steps or sources, kept even when it is mostly links;
   * the same list unordered is a link list (Readability cleans <ul>, not <ol>). Each item is
   * over 300 bytes, so not a short block of links, and has few commas. */
  static const gchar link[]
      = "a report on the bridge and its cost and its delays and the floods that closed the "
        "quay for a week and what the engineers advised the mayor to do about the river "
        "banks and the old stone piers";
  static const gchar rest[]
      = " published in March with its appendices and tables of the tides and the letters "
        "of the harbour master to the mayor and the council.";
  g_autofree gchar *list
      = g_strconcat ("<li><a href=\"/a\">The council's ", link, "</a>", rest,
                     "</li><li><a href=\"/b\">The engineers' ", link, "</a>", rest, "</li>", NULL);
  g_autofree gchar *ordered = g_strconcat ("<html><body><article>" STORY STORY STORY "<ol>", list,
                                           "</ol></article></body></html>", NULL);
  g_autofree gchar *unordered = g_strconcat ("<html><body><article>" STORY STORY STORY "<ul>", list,
                                             "</ul></article></body></html>", NULL);
  g_autofree gchar *text = extract (ordered, NULL);
  ck_assert_msg (strstr (text, "The engineers' a report") != NULL, "ordered list dropped:\n%s", text);
  g_autofree gchar *text2 = extract (unordered, NULL);
  ck_assert_msg (strstr (text2, "The engineers' a report") == NULL, "link list kept:\n%s", text2);
  /* Short items mostly in links (a wiki's references, each linked to its source) stay in an
   * ordered list; in an unordered one they are lines of links. */
  static const gchar refs[]
      = "<li><a href=\"#r1\">^</a> <a href=\"https://example.org/wall\">\"Harbour wall report\"</a>. "
        "Council.</li><li><a href=\"#r2\">^</a> <a href=\"https://example.org/tides\">\"Tide tables "
        "for the quay\"</a>.</li>";
  g_autofree gchar *numbered = g_strconcat ("<html><body><article>" STORY "<h2>References</h2><ol>", refs,
                                            "</ol></article></body></html>", NULL);
  g_autofree gchar *text3 = extract (numbered, NULL);
  ck_assert_msg (g_str_has_suffix (text3, "\n\n^ \"Harbour wall report\". Council.\n\n^ \"Tide tables for "
                                          "the quay\"."),
                 "references dropped:\n%s", text3);
  g_autofree gchar *bulleted
      = g_strconcat ("<html><body><article>" STORY "<ul>", refs, "</ul></article></body></html>", NULL);
  g_autofree gchar *text4 = extract (bulleted, NULL);
  ck_assert_msg (g_str_equal (text4, STORY_TEXT), "link lines kept:\n%s", text4);
  /* A numbered list whose items are only links is a list of links ("Most read"), in the
   * story's box too. */
  g_autofree gchar *most_read = g_strconcat (
      "<html><body><article>" STORY "<h3>Most read</h3><ol><li><a href=\"/news/1\">Council tax to rise by "
      "five per cent next year</a></li><li><a href=\"/news/2\">School closed after heating fails in "
      "cold snap</a></li><li><a href=\"/news/3\">Man arrested after car chase through town</a></li></ol>"
      "</article></body></html>",
      NULL);
  g_autofree gchar *text5 = extract (most_read, NULL);
  ck_assert_msg (strstr (text5, "Council tax") == NULL, "numbered links kept:\n%s", text5);
  /* ... with their counts or times beside them too */
  g_autofree gchar *counted = g_strconcat (
      "<html><body><article>" STORY "<ol><li><a href=\"/news/1\">Council tax to rise by five per cent next "
      "year</a> <span>11 comments</span></li><li><a href=\"/news/2\">School closed after heating fails</a> "
      "<span>3 hours ago</span></li></ol></article></body></html>",
      NULL);
  g_autofree gchar *text6 = extract (counted, NULL);
  ck_assert_msg (strstr (text6, "Council tax") == NULL, "numbered links with counts kept:\n%s", text6);
}
END_TEST

START_TEST (test_sign_up_boxes_dropped)
{
  /* A box with a form field inside the story is a sign-up, not text (Readability's rule: more
   * inputs than a third of its paragraphs); the same box without the field stays. */
  static const gchar box[] = "<div class=\"inset\"><h4>Get the Morning Echo</h4><p>The day's news, in "
                             "your inbox every weekday at seven.</p><form>%s<button>Go</button></form></div>";
  g_autofree gchar *with_field = g_strdup_printf (box, "<input type=\"email\">");
  g_autofree gchar *without = g_strdup_printf (box, "");
  g_autofree gchar *page1 = g_strconcat ("<html><body><article>" STORY_1 STORY_2, with_field,
                                         STORY_3 "</article></body></html>", NULL);
  g_autofree gchar *page2 = g_strconcat ("<html><body><article>" STORY_1 STORY_2, without,
                                         STORY_3 "</article></body></html>", NULL);
  g_autofree gchar *text1 = extract (page1, NULL);
  ck_assert_msg (g_str_equal (text1, STORY_TEXT), "sign-up box kept:\n%s", text1);
  g_autofree gchar *text2 = extract (page2, NULL);
  ck_assert_msg (strstr (text2, "in your inbox") != NULL, "box without a field dropped:\n%s", text2);
}
END_TEST

START_TEST (test_trailing_headings_dropped)
{
  /* Headings and labels ending the text introduced what was left out (trafilatura's rule);
   * the same heading between paragraphs stays. */
  g_autofree gchar *text
      = extract ("<html><body><article>" STORY "<p><b>Read more:</b></p><ul><li><a "
                 "href=\"/a\">Wall repairs</a></li></ul><h3>More in Local</h3><div "
                 "class=\"cards\"><a href=\"/b\">Ferry news</a></div></article></body></html>",
                 NULL);
  ck_assert_msg (g_str_equal (text, STORY_TEXT), "trailing heading kept:\n%s", text);
  g_autofree gchar *middle = extract ("<html><body><article>" STORY_1 STORY_2 "<h3>More in Local</h3>" STORY_3
                                      "</article></body></html>",
                                      NULL);
  ck_assert_msg (strstr (middle, "\n\nMore in Local\n\n") != NULL, "inner heading dropped:\n%s", middle);
  /* a page of headings only keeps them: never an empty result for that */
  g_autofree gchar *only
      = extract ("<html><body><h2>Harbour wall to be rebuilt in spring</h2></body></html>", NULL);
  ck_assert_str_eq (only, "Harbour wall to be rebuilt in spring");
}
END_TEST

START_TEST (test_json_ld_body)
{
  /* A page drawn by a script: the story from its JSON-LD articleBody (in a CDATA section, a
   * graph, lines as paragraphs); a page whose markup holds the story keeps its markup's. */
  static const gchar json[]
      = "<script type=\"application/ld+json\">//<![CDATA[\n{\"@graph\": [{\"@type\": \"WebPage\"}, "
        "{\"@type\": \"NewsArticle\", \"articleBody\": \"The council voted on Tuesday to rebuild the "
        "harbour wall, which the October storm broke.\\nWork starts in spring, and the engineers "
        "expect it to last, they said, about six months.\\nFishing boats will use the northern "
        "quay, the ferry the old pier, until the wall reopens.\"}]}\n//]]></script>";
  g_autofree gchar *shell = g_strconcat ("<html><head>", json,
                                         "</head><body><div id=\"root\"><p>Loading"
                                         "\u2026</p></div></body></html>",
                                         NULL);
  g_autofree gchar *text = extract (shell, NULL);
  ck_assert_msg (g_str_equal (text, STORY_TEXT), "JSON-LD body not read:\n%s", text);
  g_autofree gchar *full = g_strconcat (
      "<html><head>", json, "</head><body><article>" STORY_1 STORY_3 "</article></body></html>", NULL);
  g_autofree gchar *text2 = extract (full, NULL);
  ck_assert_msg (strstr (text2, "Work starts") == NULL, "markup's story replaced:\n%s", text2);
  /* broken JSON is no body: the markup's text stays */
  g_autofree gchar *broken = extract ("<html><head><script type=\"application/ld+json\">{\"articleBody\": "
                                      "\"x</script></head><body><p>Loading</p></body></html>",
                                      NULL);
  ck_assert_str_eq (broken, "Loading");
  /* the page's date and author from its JSON-LD when no meta element gives them; a meta
   * element's first */
  g_autoptr (PrecisPage) page = precis_html_read (
      "<html><head><script type=\"application/ld+json\">[{\"@type\": \"NewsArticle\", \"datePublished\": "
      "\"2026-05-15T07:30:00+01:00\", \"author\": [{\"@type\": \"Person\", \"name\": \"Nadia Frost\"}]}]"
      "</script></head><body><article>" STORY "</article></body></html>",
      -1, NULL);
  ck_assert_str_eq (page->date, "2026-05-15T07:30:00+01:00");
  ck_assert_str_eq (page->byline, "Nadia Frost");
  g_autoptr (PrecisPage) meta
      = precis_html_read ("<html><head><meta name=\"author\" content=\"Ann Lee\"><script "
                          "type=\"application/ld+json\">{\"author\": "
                          "\"Nadia Frost\"}</script></head><body><article>" STORY "</article></body></html>",
                          -1, NULL);
  ck_assert_str_eq (meta->byline, "Ann Lee");
  ck_assert_ptr_null (meta->date);
}
END_TEST

START_TEST (test_scripts_left_out)
{
  /* Script and style contents are dropped before parsing, delimited as libxml2 delimits them:
   * markup inside a script, "<script" inside an attribute value or a comment, upper case, an
   * empty <script/>, and a page in another encoding all read as a browser shows them. */
  static const gchar *const pages[] = {
    "<html><body><script>var s = '<div>Not text</div><p>Nor this</p>';</script><article>" STORY
    "</article></body></html>",
    "<html><body><SCRIPT type=\"text/javascript\">if (a<b) "
    "document.write('<p>no</p>')</SCRIPT><article>" STORY
    "</article><style>p > a { color: red }</STYLE></body></html>",
    "<html><body><article><div title=\"<script>\" data-x='a>b'>" STORY_1 "</div><!-- <script> -->" STORY_2
    "<script src=\"x.js\"/>" STORY_3 "</article></body></html>",
    "<html><body><article><scripts>" STORY_1 "</scripts><script-like>" STORY_2 "</script-like>" STORY_3
    "</article><script>never closed, never read",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree gchar *text = extract (pages[i], NULL);
      ck_assert_msg (g_str_equal (text, STORY_TEXT), "page %zu gave:\n%s", i, text);
    }
  /* windows-1252 (not UTF-8): read in its encoding, its script left to libxml2 */
  g_autofree gchar *latin
      = extract ("<html><head><meta charset=\"windows-1252\"></head><body><script>x='\xe9'"
                 "</script><article><p>The caf\xe9 on the quay reopened on Tuesday after the "
                 "storm, its owner said.</p></article></body></html>",
                 NULL);
  ck_assert_str_eq (latin, "The caf\u00e9 on the quay reopened on Tuesday after the storm, its owner said.");
}
END_TEST

START_TEST (test_lists_and_figures)
{
  /* A box that is nearly all list (a heading and the things a recipe needs), and a box of
   * prose around a list of more items than paragraphs, are the story's, as Readability keeps
   * them; a box of links is not. */
  const gchar *page
      = "<html><body><article>" STORY_1
        "<div class=\"box\"><span>You need:</span><ul><li>Flour</li><li>Two eggs</li><li>Salt</li>"
        "<li>Cold water</li><li>Butter</li><li>A bowl</li></ul></div>"
        "<div class=\"box\"><p>Mix the flour and eggs, then add the water a little at a time, the cook "
        "said.</p><ul><li>Rest the dough</li><li>Roll it thin</li><li>Cut it in strips</li><li>Dry "
        "them</li></ul></div>" STORY_2 "<div class=\"box\"><ul><li><a href=\"/a\">Other "
        "recipes</a></li><li><a href=\"/b\">Our cooks</a></li>"
        "<li><a href=\"/c\">Shop</a></li><li><a href=\"/d\">Contact</a></li></ul></div>" STORY_3
        "</article></body></html>";
  g_autofree gchar *text = extract (page, NULL);
  static const gchar *const kept[]
      = { "You need:", "Two eggs", "A bowl", "Mix the flour", "Cut it in strips" };
  for (gsize i = 0; i < G_N_ELEMENTS (kept); i++)
    ck_assert_msg (strstr (text, kept[i]) != NULL, "\"%s\" missing from:\n%s", kept[i], text);
  ck_assert_msg (strstr (text, "Other recipes") == NULL, "link list kept:\n%s", text);
  /* a gallery inside a <figure> keeps its caption; one outside goes */
  g_autofree gchar *figure = extract (
      "<html><body><article>" STORY_1 "<figure><div class=\"gallery\"><img src=\"1.jpg\"><img src=\"2.jpg\">"
      "<img src=\"3.jpg\"><p>Boats in the harbour at dawn.</p></div></figure>" STORY_2
      "<div class=\"gallery\"><img src=\"4.jpg\"><img src=\"5.jpg\"><img src=\"6.jpg\"><p>More "
      "photos.</p></div>" STORY_3 "</article></body></html>",
      NULL);
  ck_assert_msg (strstr (figure, "Boats in the harbour at dawn.") != NULL, "caption missing:\n%s", figure);
  ck_assert_msg (strstr (figure, "More photos.") == NULL, "gallery kept:\n%s", figure);
}
END_TEST

START_TEST (test_teasers_and_furniture)
{
  /* A list of related-story teasers, each an <article>, beside the story in a <div>. */
  GString *page = g_string_new ("<html><body><div class=\"post\"><h1>Harbour wall</h1>" STORY "</div>"
                                "<section class=\"more\">");
  for (guint i = 0; i < 8; i++)
    g_string_append_printf (page,
                            "<article class=\"teaser\"><h3><a href=\"/s%u\">Teaser headline number %u "
                            "about something else</a></h3><p>A short teaser text, number %u.</p></article>",
                            i, i, i);
  g_string_append (page, "</section></body></html>");
  g_autofree gchar *a = extract (page->str, NULL);
  ck_assert_msg (g_str_has_suffix (a, STORY_TEXT) && strstr (a, "Teaser") == NULL, "%s", a);
  g_string_free (page, TRUE);

  /* Furniture around a story that has no container of its own. */
  g_autofree gchar *b
      = extract ("<html><body><div class=\"breaking\"><a href=\"/b\">Breaking News</a></div>"
                 "<div><ul class=\"categories\"><li><a href=\"/c1\">Politics</a></li>"
                 "<li><a href=\"/c2\">Sport</a></li><li><a href=\"/c3\">Weather</a></li></ul>"
                 "<div class=\"entry\">" STORY "</div>"
                 "<div class=\"tags\"><a href=\"/t\">harbour</a> <a href=\"/u\">storms</a></div>"
                 "<div class=\"archives\"><a href=\"/2026\">2026</a></div>"
                 "<div class=\"top-video\"><a href=\"/v\">Top Video: a dog on a surfboard</a></div>"
                 "</div><div id=\"footer\">Contact us</div></body></html>",
                 NULL);
  ck_assert_str_eq (b, STORY_TEXT);
}
END_TEST

START_TEST (test_no_article_text)
{
  static const gchar *const pages[] = {
    "<html><head><title>Only a title</title><script>var a = 1;</script></head><body></body></html>",
    "<html><body><nav><a href=\"/\">Home</a></nav><footer>Copyright</footer></body></html>",
    /* a login form: its labels are no text (a third user's finding 11) */
    "<html><head><title>Login | Example</title></head><body><nav><a href=\"/\">Home</a></nav><form>"
    "<label>Email <input name=\"e\"></label><label>Password <input type=\"password\" name=\"p\"></label>"
    "<button>Sign in</button></form></body></html>",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr (GError) error = NULL;
      ck_assert_ptr_null (precis_html_extract (pages[i], -1, NULL, &error));
      ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_NO_TEXT));
      ck_assert_ptr_nonnull (strstr (error->message, "no article text"));
    }
  /* Text only inside a link is still text, when nothing else is. */
  g_autofree gchar *link = extract ("<html><body><a href=\"#\"><p>abc</p> def</a></body></html>", NULL);
  ck_assert_str_eq (link, "abc\n\ndef");
}
END_TEST

START_TEST (test_headline_from_metadata)
{
  /* A short section <h1> or <title> ("Storm warning") over the story's own heading, which the
   * JSON-LD headline names: the headline is the title, and not a line of the text too. */
#define LD_HEADLINE                                                                                          \
  "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour wall to be "       \
  "rebuilt "                                                                                                 \
  "after the October storm\"}</script>"
  static const gchar *const pages[] = {
    "<html><head><title>Storm warning | Evening Post</title>" LD_HEADLINE "</head><body><header><h1>Storm "
    "warning</h1></header><article><h2>Harbour wall to be rebuilt after the October storm</h2>" STORY
    "</article></body></html>",
    "<html><head><title>Storm warning</title>" LD_HEADLINE "</head><body><div class=\"story\"><div "
    "class=\"hed\">Harbour wall to be rebuilt after the October storm</div>" STORY "</div></body></html>",
    /* a <title> the headline goes on from, nothing shown */
    "<html><head><title>Harbour wall to be rebuilt</title>" LD_HEADLINE "</head><body><div>" STORY
    "</div></body></html>",
    /* the <h1> is the site's name (a home link) beside a short title: og:title */
    "<html><head><title>Storm warning | Evening Post</title><meta property=\"og:title\" content=\"Harbour "
    "wall "
    "to be rebuilt after the October storm\"></head><body><header><h1><a href=\"/\">Evening Post</a></h1>"
    "</header><article>" STORY "</article></body></html>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (pages); k++)
    {
      g_autoptr (PrecisPage) page = precis_html_read (pages[k], -1, NULL);
      ck_assert_msg (g_strcmp0 (page->title, "Harbour wall to be rebuilt after the October storm") == 0,
                     "%zu: %s", k, page->title);
      ck_assert_msg (g_str_equal (page->text, STORY_TEXT), "%zu: %s", k, page->text);
    }
  /* The story's own <h1> stays: a headline that adds a name after a bar, or one not shown. */
  static const gchar *const kept[] = {
    "<html><head><meta property=\"og:title\" content=\"Harbour wall to be rebuilt | Ann Lee\"></head><body>"
    "<article><h1>Harbour wall to be rebuilt</h1>" STORY "</article></body></html>",
    "<html><head>" LD_HEADLINE "</head><body><article><h1>Harbour wall to be rebuilt</h1>" STORY
    "</article></body></html>",
    "<html><head><title>Harbour wall to be rebuilt | Ann Lee</title></head><body><div>" STORY
    "</div></body></html>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (kept); k++)
    {
      g_autoptr (PrecisPage) page = precis_html_read (kept[k], -1, NULL);
      ck_assert_msg (g_strcmp0 (page->title, "Harbour wall to be rebuilt") == 0, "%zu: %s", k, page->title);
    }
#undef LD_HEADLINE
}
END_TEST

START_TEST (test_brand_classes_keep_the_title)
{
  /* "brand" or "logo" inside an unrelated class token is no site's mark, and a story's own
   * heading (inside <article>, or the page's og:title) is its title even when it links home
   * (review24 #2); a whole "logo" or "navbar-brand" token still marks the site's name. */
  static const gchar *const pages[] = {
    "<head><title>Harbour wall to be rebuilt</title></head><body><main><article><h1 class=\"text-4xl "
    "text-brand-700\">Harbour wall to be rebuilt</h1>",
    "<head><title>Harbour wall to be rebuilt</title><meta property=\"og:title\" content=\"Harbour wall to be "
    "rebuilt\"></head><body><div class=\"cobranded-partner\"><article><h1>Harbour wall to be rebuilt</h1>",
    "<head><title>The Courier</title></head><body><div class=\"story story--brand\"><article><h1>Harbour "
    "wall to be rebuilt</h1>",
    "<head><title>Harbour wall to be rebuilt</title></head><body><div class=\"header-brand-wrap\"><div "
    "class=\"inner\"><h1 class=\"headline\">Harbour wall to be rebuilt</h1></div></div><article>",
    "<head><title>The Courier</title><link rel=\"canonical\" href=\"https://c.example/news/1\"></head>"
    "<body><article><h1><a href=\"https://c.example/\">Harbour wall to be rebuilt</a></h1>",
    /* the chosen story's own heading, no <article>, linking home */
    "<head><title>The Courier</title><link rel=\"canonical\" href=\"https://c.example/news/1\"></head>"
    "<body><div class=\"post\"><h1><a href=\"https://c.example/\">Harbour wall to be rebuilt</a></h1>",
    /* a logo's heading over the story: the og:title is the title */
    "<head><title>The Courier</title><meta property=\"og:title\" content=\"Harbour wall to be rebuilt\">"
    "</head><body><header><div class=\"navbar-brand\"><h1>The Courier</h1></div></header><article>",
    "<head><title>The Courier</title><meta property=\"og:title\" content=\"Harbour wall to be rebuilt\">"
    "</head><body><header><h1 class=\"masthead logo\">The Courier</h1></header><article>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (pages); k++)
    {
      g_autofree gchar *html = g_strconcat ("<html>", pages[k], STORY, "</article></body></html>", NULL);
      g_autoptr (PrecisPage) page = precis_html_read (html, -1, NULL);
      ck_assert_msg (page != NULL && g_strcmp0 (page->title, "Harbour wall to be rebuilt") == 0, "%zu: %s", k,
                     page != NULL ? page->title : "(null)");
    }
}
END_TEST

START_TEST (test_site_name_from_title)
{
  /* Without og:site_name, the name beside the headline in <title>, not kept in the title. */
  static const struct
  {
    const gchar *head, *h1, *title, *site;
  } cases[] = {
    { "<title>Harbour wall to be rebuilt | Evening Post</title>", "", "Harbour wall to be rebuilt",
      "Evening Post" },
    { "<title>Harbour wall to be rebuilt | Local | Evening Post</title>",
      "<h1>Harbour wall to be rebuilt</h1>", "Harbour wall to be rebuilt", "Evening Post" },
    { "<title>Wall to close - Evening Post</title>", "<h1>Wall to close</h1>", "Wall to close",
      "Evening Post" },
    { "<title>Evening Post | Wall to close</title>", "<h1>Wall to close</h1>", "Wall to close",
      "Evening Post" },
    /* a dash needs the page's own heading, or its address spelling the name */
    { "<title>Harbour wall to be rebuilt - Evening Post</title><link rel=\"canonical\" "
      "href=\"https://www.eveningpost.example/news/1\">",
      "", "Harbour wall to be rebuilt", "Evening Post" },
    { "<title>Harbour wall to be rebuilt - what next</title>", "", "Harbour wall to be rebuilt - what next",
      NULL },
    /* the JSON-LD publisher's name, after a name beside the headline in <title> */
    { "<title>Harbour wall to be rebuilt - Evening Post</title><script type=\"application/ld+json\">"
      "{\"publisher\":{\"@type\":\"Organization\",\"name\":\"Evening Post\"}}</script>",
      "", "Harbour wall to be rebuilt", "Evening Post" },
    { "<title>Wall to close - Evening Post</title><script type=\"application/ld+json\">"
      "{\"publisher\":{\"name\":\"Post Media Group\"}}</script>",
      "<h1>Wall to close</h1>", "Wall to close", "Evening Post" },
    /* og:site_name is the name */
    { "<title>Wall to close | Evening Post</title><meta property=\"og:site_name\" content=\"The Post\">",
      "<h1>Wall to close</h1>", "Wall to close", "The Post" },
  };
  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree gchar *html = g_strconcat ("<html><head>", cases[k].head, "</head><body><article>",
                                            cases[k].h1, STORY, "</article></body></html>", NULL);
      g_autoptr (PrecisPage) page = precis_html_read (html, -1, NULL);
      ck_assert_msg (g_strcmp0 (page->title, cases[k].title) == 0, "%zu: %s", k, page->title);
      ck_assert_msg (g_strcmp0 (page->site, cases[k].site) == 0, "%zu: %s", k, page->site);
    }
}
END_TEST

START_TEST (test_consent_box_never_the_story)
{
  /* A consent manager's box (OneTrust, Cookiebot, Didomi, Quantcast, TrustArc, Usercentrics,
   * Sourcepoint) is left out by every reading: after a short story, its long text would be read
   * by the reading without the furniture rule. */
  static const gchar *const boxes[] = {
    "<div id=\"onetrust-consent-sdk\"><div id=\"onetrust-banner-sdk\"><div id=\"onetrust-policy\">"
    "<h2 id=\"onetrust-policy-title\">We value your privacy</h2><div id=\"onetrust-policy-text\">%s</div>"
    "</div></div></div>",
    "<div id=\"CybotCookiebotDialog\"><div id=\"CybotCookiebotDialogBodyText\">%s</div></div>",
    "<div id=\"didomi-host\"><div class=\"didomi-popup-body\"><p>%s</p></div></div>",
    "<div class=\"qc-cmp2-container\"><div class=\"qc-cmp2-summary-info\"><p>%s</p></div></div>",
    "<div id=\"truste-consent-track\"><div id=\"truste-consent-content\"><p>%s</p></div></div>",
    "<div id=\"usercentrics-root\"><section><p>%s</p></section></div>",
    "<div id=\"sp_message_container_123\"><div class=\"message-component\"><p>%s</p></div></div>",
    /* home-made banners (review24 #6a) */
    "<div class=\"cookie-banner\" id=\"cookie-consent\"><p>%s</p><button>Accept all</button></div>",
    "<div class=\"gdpr-notice\" id=\"privacy-popup\"><p>%s</p><button>Accept all</button></div>",
    "<section class=\"site-consent__bar\"><p>%s</p></section>",
  };
  GString *consent = g_string_new (NULL);
  for (guint i = 0; i < 8; i++)
    g_string_append (consent, "We and our partners store and access information on your device, such as "
                              "cookies, and process personal data for personalised advertising. ");
  for (gsize k = 0; k < G_N_ELEMENTS (boxes); k++)
    {
      g_auto (GStrv) parts = g_strsplit (boxes[k], "%s", 2);
      g_autofree gchar *box = g_strconcat (parts[0], consent->str, parts[1], NULL);
      g_autofree gchar *html
          = g_strconcat ("<html><head><title>Harbour wall to be rebuilt</title></head><body>"
                         "<main><h1>Harbour wall to be rebuilt</h1>",
                         STORY_1, STORY_2, "</main>", box, "</body></html>", NULL);
      g_autoptr (PrecisPage) page = precis_html_read (html, -1, NULL);
      ck_assert_msg (page != NULL && strstr (page->text, "partners") == NULL
                         && strstr (page->text, "privacy") == NULL
                         && strstr (page->text, "harbour wall") != NULL,
                     "%zu: %s", k, page != NULL ? page->text : "(null)");
    }
  g_string_free (consent, TRUE);
  /* a box named for cookies whose text is no consent notice (a bakery's story) stays */
  static const gchar bakery[]
      = "<html><head><title>Bakery sells out</title></head><body><div class=\"cookie-story\"><h2>Bakery "
        "sells "
        "out</h2><p>The bakery on Mill Street sold five thousand cookies on Saturday, its owner said.</p>"
        "<p>Queues reached the end of the street before the doors opened at eight in the morning.</p>"
        "</div></body></html>";
  g_autoptr (PrecisPage) kept = precis_html_read (bakery, -1, NULL);
  ck_assert_msg (kept != NULL && strstr (kept->text, "five thousand cookies") != NULL, "%s",
                 kept != NULL ? kept->text : "(null)");
}
END_TEST

START_TEST (test_consent_named_story_kept)
{
  /* A story's box whose name holds a consent word is no consent banner: a post's tag or category
   * ("tag-gdpr", "category-cookies"), a word opening a content box ("cookies-recipe") without a
   * control to choose with, three paragraphs of a story, a choice word only inside another word
   * ("disagreed"). Each story was dropped whole as a home-made banner (review25 #1). */
#define COOKIE_1                                                                                             \
  "<p>The regulator fined a shop on Monday over a cookie banner that made it harder to reject "              \
  "tracking than to accept it.</p>"
#define COOKIE_2                                                                                             \
  "<p>It said the shop had set cookies before visitors gave their consent, and must change its privacy "     \
  "settings page.</p>"
#define COOKIE_3 "<p>The shop said it disagreed with the fine and would appeal within the month.</p>"
  static const struct
  {
    const gchar *page, *kept;
  } cases[] = {
    { "<div id=\"post-7\" class=\"post-7 post type-post hentry tag-gdpr tag-privacy\"><h2>Shop fined over "
      "banner</h2>" COOKIE_1 COOKIE_2 COOKIE_3 "</div>",
      "harder to reject" },
    { "<div class=\"post hentry category-cookies\">" COOKIE_1 COOKIE_2 "</div>", "harder to reject" },
    { "<div class=\"post topic-consent\"><div class=\"entry-content\">" COOKIE_1 COOKIE_2 "</div></div>",
      "harder to reject" },
    /* a box opening on "cookies", no control in it */
    { "<div class=\"cookies-recipe\"><p>Accept a thinner cookie if you like them crisp, and bake the dough "
      "at 180C.</p><p>Good choices for the mix are dark chocolate and pecans, or a pinch of salt.</p></div>",
      "thinner cookie" },
    /* ... with a link: three paragraphs of a story */
    { "<div class=\"cookies-recipe\">" COOKIE_1 COOKIE_2 COOKIE_3 "<p><a href=\"/more\">More</a></p></div>",
      "harder to reject" },
    /* "agree" only inside "disagreed" */
    { "<div class=\"cookie-column\"><p>Readers of the cookie column disagreed about the best shortbread.</p>"
      "<p><a href=\"/shortbread\">The recipe</a></p></div>",
      "best shortbread" },
  };
  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree gchar *html = g_strconcat ("<html><head><title>Shop fined</title></head><body>",
                                            cases[k].page, "</body></html>", NULL);
      g_autoptr (PrecisPage) page = precis_html_read (html, -1, NULL);
      ck_assert_msg (page != NULL && strstr (page->text, cases[k].kept) != NULL, "%zu: %s", k,
                     page != NULL ? page->text : "(null)");
    }
  /* banners named so, beside a short story, are still left out: a banner's part after the
   * word ("js-cookie-notice"), or a box opening on it with a control ("cookies") */
  static const gchar *const banners[] = {
    "<div class=\"js-cookie-notice\"><p>We use cookies on this site. Some are needed, others help us with "
    "statistics, advertising and personalised content for the people who read it every day.</p></div>",
    "<div id=\"cookies\"><p>We use cookies on this site. Some are needed, others help us with statistics, "
    "advertising and personalised content for the people who read it.</p><a href=\"/privacy\">Privacy "
    "policy</a> <button>Accept</button></div>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (banners); k++)
    {
      g_autofree gchar *html = g_strconcat ("<html><head><title>Harbour wall</title></head><body><main>",
                                            STORY_1, "</main>", banners[k], "</body></html>", NULL);
      g_autoptr (PrecisPage) page = precis_html_read (html, -1, NULL);
      ck_assert_msg (page != NULL && strstr (page->text, "cookies") == NULL
                         && strstr (page->text, "harbour wall") != NULL,
                     "banner %zu: %s", k, page != NULL ? page->text : "(null)");
    }
  /* a minified banner, no white space between its elements, before a one-line story: "cookies"
   * and "Privacy" are two words, and its longer text is no story (review27 #2) */
  static const gchar minified[]
      = "<html><head><title>Harbour wall</title></head><body><div class=\"cookie-notice\"><p>Like many "
        "sites, this one keeps small files in your browser, which count visits, remember what you read and "
        "show advertising from our partners, so that the site stays free to read. Read about cookies</p>"
        "<a href=\"/privacy\">Privacy</a><button>OK</button></div><div class=\"content\">" STORY_1
        "</div></body></html>";
  g_autoptr (PrecisPage) page = precis_html_read (minified, -1, NULL);
  ck_assert_msg (page != NULL && strstr (page->text, "cookies") == NULL
                     && strstr (page->text, "harbour wall") != NULL,
                 "minified: %s", page != NULL ? page->text : "(null)");
#undef COOKIE_1
#undef COOKIE_2
#undef COOKIE_3
}
END_TEST

START_TEST (test_rail_never_the_story)
{
  /* A rail of other stories' links inside a short story ("You might also like", "Most read") is
   * left out by every reading; a box of the story's own text named "related" stays. */
  static const gchar html[]
      = "<html><head><title>Harbour wall to be rebuilt</title></head><body><article><h1>Harbour wall to be "
        "rebuilt</h1>" STORY_1 "<div class=\"inline-related\"><h4>You might also like</h4><ul><li><a "
        "href=\"/y\">How much do harbour masters earn in Scotland?</a></li><li><a href=\"/z\">Nurses accept "
        "new pay deal after talks</a></li></ul></div>" STORY_2
        "<div class=\"most-read\"><h3>Most read</h3><ol><li><a href=\"/1\">Man arrested after crash on "
        "the M8 motorway</a></li><li><a href=\"/2\">Lottery winner from Fife scoops five million</a></li>"
        "<li><a href=\"/3\">Storm warning for the north and the islands</a></li></ol></div>"
        "</article></body></html>";
  g_autoptr (PrecisPage) page = precis_html_read (html, -1, NULL);
  ck_assert_msg (strstr (page->text, "might also") == NULL && strstr (page->text, "Nurses") == NULL
                     && strstr (page->text, "Most read") == NULL && strstr (page->text, "Lottery") == NULL
                     && strstr (page->text, "engineers expect") != NULL,
                 "%s", page->text);
  static const gchar own[] = "<html><body><article>" STORY_1 "<div class=\"related-facts\">" STORY_2
                             "</div></article></body></html>";
  g_autoptr (PrecisPage) kept = precis_html_read (own, -1, NULL);
  ck_assert_msg (strstr (kept->text, "engineers expect") != NULL, "%s", kept->text);
}
END_TEST

START_TEST (test_site_heading_never_the_title)
{
  /* A heading that is the site's name (a link home, a "site-name" class, og:site_name's text)
   * is never the title; the page's og:title or JSON-LD headline is, and a <title> that is the
   * site's name is passed over too. */
#define LD_HEADLINE                                                                                          \
  "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour wall to be "       \
  "rebuilt\"}</script>"
  static const gchar *const pages[] = {
    "<head><title>The Daily Courier</title><meta property=\"og:title\" content=\"Harbour wall to be "
    "rebuilt\">"
    "</head><body><header><h1 class=\"site-name\">The Daily Courier</h1></header><article><h2>Harbour wall "
    "to "
    "be rebuilt</h2>",
    "<head><title>Harbour wall to be rebuilt</title><link rel=\"canonical\" "
    "href=\"https://c.example/news/1\">"
    "</head><body><header><h1><a href=\"/\">The Courier</a></h1></header><article>",
    "<head><title>Example News</title>" LD_HEADLINE "</head><body><article>",
    "<head><title>Example News</title><meta property=\"og:site_name\" content=\"Example News\">" LD_HEADLINE
    "</head><body><article>",
    "<head>" LD_HEADLINE "</head><body><article>",
    /* a masthead <h1> that repeats a short <title>, the story's own heading under it */
    "<head><title>The Daily Courier</title></head><body><header><h1>The Daily Courier</h1></header><article>"
    "<h2>Harbour wall to be rebuilt</h2>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (pages); k++)
    {
      g_autofree gchar *html = g_strconcat ("<html>", pages[k], STORY, "</article></body></html>", NULL);
      g_autoptr (PrecisPage) page = precis_html_read (html, -1, NULL);
      ck_assert_msg (g_strcmp0 (page->title, "Harbour wall to be rebuilt") == 0, "%zu: %s", k, page->title);
    }
  /* a story's own heading that links to its page stays its title */
  static const gchar html[]
      = "<html><head><title>Harbour wall to be rebuilt</title></head><body><article><h1><a "
        "href=\"/news/harbour-wall\">Harbour wall to be rebuilt</a></h1>" STORY "</article></body></html>";
  g_autoptr (PrecisPage) page = precis_html_read (html, -1, NULL);
  ck_assert_str_eq (page->title, "Harbour wall to be rebuilt");
#undef LD_HEADLINE
}
END_TEST

START_TEST (test_site_heading_inside_the_story)
{
  /* A page whose one box holds the masthead and the story: the site's <h1>, named for the site's
   * name ("site-title", "siteTitle", WordPress's "site-branding" box), is still not the title,
   * though it is the first <h1> of the story's box; the <title>'s headline is (review25 #3). */
  static const gchar *const headings[] = {
    "<h1 class=\"site-title\">The Courier</h1>",
    "<div class=\"site-branding\"><h1>The Courier</h1></div>",
    "<h1 class=\"siteTitle\">The Courier</h1>",
    "<header class=\"site-header\"><h1 id=\"site-name\">The Courier</h1></header>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (headings); k++)
    for (guint article = 0; article < 2; article++)
      {
        g_autofree gchar *html
            = g_strconcat ("<html><head><title>Harbour wall to be rebuilt | The Courier</title></head><body>",
                           article ? "<article>" : "<div id=\"page\">", headings[k], STORY,
                           article ? "</article>" : "</div>", "</body></html>", NULL);
        g_autoptr (PrecisPage) page = precis_html_read (html, -1, NULL);
        ck_assert_msg (page != NULL && g_strcmp0 (page->title, "Harbour wall to be rebuilt") == 0,
                       "%zu %u: %s", k, article, page != NULL ? page->title : "(null)");
      }
  /* a <title> that is only the site's name: no title (a generated headline) */
  static const gchar only[] = "<html><head><title>The Courier</title></head><body><div id=\"page\"><h1 "
                              "class=\"site-title\">The Courier</h1>" STORY "</div></body></html>";
  g_autoptr (PrecisPage) page = precis_html_read (only, -1, NULL);
  ck_assert_msg (page != NULL && page->title == NULL, "%s", page != NULL ? page->title : "(null)");
}
END_TEST

START_TEST (test_placeholder_title_passed_over)
{
  /* An editor's default, the home page's or a greeting <title> names no story: the og:title, or
   * none (a generated headline); "Welcome to the age of the robot" is a story's. */
  static const struct
  {
    const gchar *head, *title;
  } cases[] = {
    { "<title>Untitled Document</title>", NULL },
    { "<title>Home Page</title>", NULL },
    { "<title>Home</title>", NULL },
    { "<title>News | Home</title>", NULL },
    { "<title>Home - The Daily Courier</title>", NULL },
    { "<title>Welcome to The Daily Courier</title><meta property=\"og:site_name\" content=\"The Daily "
      "Courier\">",
      NULL },
    { "<title>Welcome to our website!</title>", NULL },
    { "<title>Untitled Document</title><meta property=\"og:title\" content=\"Harbour wall to be rebuilt\">",
      "Harbour wall to be rebuilt" },
    { "<title>Welcome to the age of the robot harbour</title>", "Welcome to the age of the robot harbour" },
    { "<title>Home rule for the harbour</title>", "Home rule for the harbour" },
  };
  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree gchar *html = g_strconcat ("<html><head>", cases[k].head, "</head><body><div>", STORY,
                                            "</div></body></html>", NULL);
      g_autoptr (PrecisPage) page = precis_html_read (html, -1, NULL);
      ck_assert_msg (g_strcmp0 (page->title, cases[k].title) == 0, "%zu: %s", k, page->title);
    }
}
END_TEST

/* A teaser of a listing: a headline that is a link, a line under it and a time. */
#define TEASER(n, head, dek)                                                                                 \
  "<article class=\"teaser\"><h2><a href=\"/news/" n "\">" head "</a></h2><p>" dek "</p><span>" n            \
  " hours ago</span></article>"
#define TEASERS                                                                                              \
  TEASER ("1", "Council approves cycle lanes",                                                               \
          "Work on the first two miles starts in April, the council said.")                                  \
  TEASER ("2", "Harbour trust names a chair", "The trust chose a former port engineer from Rotterdam.")      \
  TEASER ("3", "School roof repairs delayed",                                                                \
          "Contractors found asbestos in the ceiling void, so they wait.")                                   \
  TEASER ("4", "Two held after a break-in",                                                                  \
          "Police say the pair forced the shutters at about 3am on Monday.")                                 \
  TEASER ("5", "Rail fares to rise in March",                                                                \
          "The rise is the largest for a decade, commuters' groups say.")                                    \
  TEASER ("6", "Car park charges scrapped", "Nurses on night shifts will park free from January, it said.")

START_TEST (test_listing_page_refused)
{
  /* A section's page of teasers and no story is not read as its first teaser's text. */
  g_autoptr (GError) error = NULL;
  ck_assert_ptr_null (
      precis_html_read ("<html><head><title>Local news | Evening Post</title></head><body><main>"
                        "<h1>Local news</h1>" TEASERS "</main></body></html>",
                        -1, &error));
  ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_NO_TEXT));
  ck_assert_msg (strstr (error->message, "a listing page with no article text (6 ") != NULL, "%s",
                 error->message);
  /* A listing of list items, each a linked headline over a paragraph, is one; the same items
   * linking each to another site are a round-up's, read. */
  for (guint other_sites = 0; other_sites < 2; other_sites++)
    {
      GString *html = g_string_new ("<html><body><main><h1>Latest news</h1><ul>");
      for (guint i = 1; i <= 4; i++)
        g_string_append_printf (html,
                                "<li><a href=\"%s%u\">Headline number %u</a> <p>What happened to the "
                                "harbour on day %u, in a line.</p></li>",
                                other_sites ? "https://shop.example" : "/news/", i, i, i);
      if (other_sites)
        for (guint i = 1; i <= 4; i++)
          g_string_replace (html, "shop.example",
                            i == 1   ? "one.example/"
                            : i == 2 ? "two.example/"
                            : i == 3 ? "three.example/"
                                     : "four.example/",
                            1);
      g_string_append (html, "</ul></main></body></html>");
      g_autoptr (GError) li_error = NULL;
      g_autoptr (PrecisPage) li = precis_html_read (html->str, -1, &li_error);
      ck_assert_msg ((li == NULL) == !other_sites, "%s: %s", html->str,
                     li_error != NULL ? li_error->message : li->text);
      g_string_free (html, TRUE);
    }
  /* A listing of three or four teasers, alike, with no sentence of its own beside them; a short
   * story (a sentence of its own) above three such teasers is read. */
  g_autoptr (GError) few_error = NULL;
  ck_assert_ptr_null (
      precis_html_read ("<html><body><h1>Latest news</h1>" TEASER (
                            "1", "Council approves cycle lanes",
                            "Work on the first two miles starts in April, the council said.")
                            TEASER ("2", "Harbour trust names a chair",
                                    "The trust chose a former port engineer from Rotterdam.")
                                TEASER ("3", "School roof repairs delayed",
                                        "Contractors found asbestos, so they wait.") "</body></html>",
                        -1, &few_error));
  ck_assert_msg (few_error != NULL && strstr (few_error->message, "listing page") != NULL, "%s",
                 few_error != NULL ? few_error->message : "read");
  g_autoptr (PrecisPage) brief = precis_html_read (
      "<html><body><div class=\"story\"><h1>Ferry sailings cancelled</h1><p>All sailings from the port "
      "were cancelled on Monday because of high winds.</p>" TEASER ("1", "Council approves cycle lanes",
                                                                    "Work starts in April, the council said.")
          TEASER ("2", "Harbour trust names a chair", "The trust chose a port engineer.") TEASER (
              "3", "School roof repairs delayed", "Contractors found asbestos.") "</div></body></html>",
      -1, NULL);
  ck_assert_ptr_nonnull (brief);
  ck_assert_ptr_nonnull (strstr (brief->text, "All sailings from the port were cancelled"));
  /* A story with such teasers below it, and a short post beside a list of linked headlines,
   * are read. */
  g_autoptr (PrecisPage) story = precis_html_read (
      "<html><body><main><article><h1>Harbour wall to be rebuilt</h1>" STORY "</article><section><h2>More "
      "news</h2>" TEASERS "</section></main></body></html>",
      -1, NULL);
  ck_assert_ptr_nonnull (strstr (story->text, STORY_TEXT));
  g_autoptr (PrecisPage) post = precis_html_read (
      "<html><body><article class=\"post\"><h2><a href=\"/p/1\">Closed for the holidays</a></h2><p>We close "
      "on 23 December and open again on 4 January.</p></article><aside><ul><li><h3><a href=\"/p/2\">A new "
      "shelf of maps</a></h3></li><li><h3><a href=\"/p/3\">Our winter reading list</a></h3></li><li><h3><a "
      "href=\"/p/4\">Signed copies are in</a></h3></li><li><h3><a href=\"/p/5\">Story time moves to "
      "Friday</a></h3></li><li><h3><a href=\"/p/6\">A visit from the author</a></h3></li></ul></aside>"
      "</body></html>",
      -1, NULL);
  ck_assert_ptr_nonnull (post);
  ck_assert_str_eq (post->text, "We close on 23 December and open again on 4 January.");
  /* A list article is read: its items inside one <article>, or headings that link each to
   * another site (a round-up), not to the site's own stories. */
  const gchar *const boxes[][2] = { { "<article>", "</article>" }, { "<main>", "</main>" } };
  for (guint b = 0; b < G_N_ELEMENTS (boxes); b++)
    {
      GString *items = g_string_new ("<h1>The seven best podcasts of the week</h1>");
      for (guint i = 1; i <= 7; i++)
        g_string_append_printf (
            items,
            "<div class=\"pick\"><h2><a href=\"https://pod%u.example/show\">Podcast number "
            "%u of the week</a></h2><p>A gripping series about the sea. Best for long "
            "drives.</p></div>",
            i, i);
      g_autofree gchar *html
          = g_strconcat ("<html><body>", boxes[b][0], items->str, boxes[b][1], "</body></html>", NULL);
      g_string_free (items, TRUE);
      g_autoptr (GError) list_error = NULL;
      g_autoptr (PrecisPage) list = precis_html_read (html, -1, &list_error);
      ck_assert_msg (list != NULL, "%s", list_error != NULL ? list_error->message : "");
      ck_assert_ptr_nonnull (strstr (list->text, "Podcast number 7 of the week"));
    }
}
END_TEST
#undef TEASERS
#undef TEASER

START_TEST (test_error_pages_refused)
{
  /* A page that says it has no page for the address ("404", "Page not found" in its heading or
   * its title), and a sign-in form, are no story: an error naming them. A short story whose
   * title only mentions signing in, or beside a sign-in box, is read. */
  static const gchar *const refused[] = {
    "<html><head><title>Page not found - Coast Herald</title></head><body><nav><a href=\"/\">Home</a></nav>"
    "<h1>404</h1><p>Sorry, we could not find that page.</p></body></html>",
    "<html><head><title>Coast Herald | Page Not Found</title></head><body><h1>Oh dear</h1><p>The page you "
    "asked for has moved or never was. Try the search box.</p></body></html>",
    "<html><head><title>Login | Example News</title></head><body><main><h1>Sign in</h1><form><input "
    "name=\"email\"><input type=\"password\" name=\"pw\"></form><p>Forgot your password? <a "
    "href=\"/reset\">Reset it here</a>.</p><p>Don't have an account? Subscribe now for unlimited "
    "access.</p></main></body></html>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (refused); k++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PrecisPage) page = precis_html_read (refused[k], -1, &error);
      ck_assert_msg (page == NULL, "%s: read:\n%s", refused[k], page != NULL ? page->text : "");
      ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_NO_TEXT));
      ck_assert_msg (strstr (error->message, "with no article text") != NULL, "%s", error->message);
    }
  static const gchar *const read[] = {
    "<html><head><title>Sign in with your bank card from today - Coast Herald</title></head><body><h1>Sign "
    "in with your bank card from today</h1><p>Readers can now sign in with a bank card.</p><form><input "
    "type=\"password\"></form></body></html>",
    "<html><head><title>Ferries cancelled</title></head><body><header><form><input name=\"u\"><input "
    "type=\"password\"></form></header><h1>Ferries cancelled</h1><p>All sailings were cancelled on Monday "
    "because of high winds.</p></body></html>",
    "<html><head><title>Log in</title></head><body><h1>Log in</h1><p>Log in is a new play about a "
    "family and its computer.</p></body></html>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (read); k++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PrecisPage) page = precis_html_read (read[k], -1, &error);
      ck_assert_msg (page != NULL, "%s: %s", read[k], error != NULL ? error->message : "");
    }
}
END_TEST

START_TEST (test_deal_box_left_out)
{
  /* A shop's deal box in a review (a price line and a sponsored "View deal" link) is left out;
   * a sentence with an affiliate's link in it, alone in a box or not, is the story's. */
  g_autofree gchar *text = extract (
      "<html><body><article>" STORY_1
      "<div class=\"in-article-widget\"><img src=\"d.png\" alt=\"\"><p><strong>Arlo "
      "Tern 2:</strong> was £199, now £179 at Amazon</p><a class=\"button\" rel=\"sponsored nofollow\" "
      "href=\"https://aff.example/3\">View Deal</a></div>" STORY_2 "<div class=\"para\">We bought ours at <a "
      "rel=\"sponsored\" href=\"https://aff.example/4\">a shop</a> in town.</div>" STORY_3
      "</article></body></html>",
      NULL);
  ck_assert_msg (strstr (text, "£179") == NULL, "deal kept:\n%s", text);
  ck_assert_msg (strstr (text, "We bought ours at a shop in town.") != NULL, "sentence lost:\n%s", text);
  ck_assert_msg (strstr (text, "until the wall reopens.") != NULL, "story lost:\n%s", text);
}
END_TEST

START_TEST (test_page_byline_language)
{
  g_autoptr (PrecisPage) page = precis_html_read (
      "<html lang=\"en-GB\"><head><meta name=\"author\" content=\" Ann  Lee \"></head><body>"
      "<article><p class=\"byline\">By Ann Lee</p>" STORY "</article></body></html>",
      -1, NULL);
  ck_assert_ptr_nonnull (page);
  ck_assert_str_eq (page->byline, "Ann Lee");
  ck_assert_str_eq (page->language, "en-GB");
  ck_assert_str_eq (page->text, STORY_TEXT); /* the byline is not in the text */
  g_autoptr (PrecisPage) other = precis_html_read (
      "<html><body><article><div class=\"author\">Bo Chen</div>" STORY "</article></body></html>", -1, NULL);
  ck_assert_str_eq (other->byline, "Bo Chen");
  ck_assert_ptr_null (other->language);
  /* a dateline that opens a paragraph stays in its sentence */
  g_autoptr (PrecisPage) dateline = precis_html_read (
      "<html><body><article><p><span class=\"dateline\">PORTVILLE \u2014</span> The council "
      "voted on Tuesday to rebuild the harbour wall, which the October storm broke.</p>" STORY_2 STORY_3
      "</article></body></html>",
      -1, NULL);
  ck_assert_str_eq (dateline->text, "PORTVILLE \u2014 " STORY_TEXT);
  ck_assert_ptr_null (dateline->byline);
  /* a byline named in a compound with a content word ("story-byline") is one */
  g_autoptr (PrecisPage) compound = precis_html_read (
      "<html><body><div class=\"story-text\"><p class=\"story-byline\">By Ruth Ingram</p>" STORY
      "</div></body></html>",
      -1, NULL);
  ck_assert_str_eq (compound->text, STORY_TEXT);
  ck_assert_str_eq (compound->byline, "By Ruth Ingram");
  /* a byline inside the story's "meta" box, left out as furniture, is still its byline; a
   * comment's author is not */
  static const gchar *const meta_boxes[] = {
    "<div class=\"meta\"><span class=\"author\">By Ravi Patel</span> <time>28 November</time></div>",
    "<div class=\"meta\"><p class=\"byline\">By Ravi Patel</p></div>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (meta_boxes); k++)
    {
      g_autofree gchar *html
          = g_strconcat ("<html><body><article>", meta_boxes[k], STORY, "</article></body></html>", NULL);
      g_autoptr (PrecisPage) meta = precis_html_read (html, -1, NULL);
      ck_assert_str_eq (meta->text, STORY_TEXT);
      ck_assert_msg (meta->byline != NULL && g_str_equal (meta->byline, "By Ravi Patel"), "%s: %s",
                     meta_boxes[k], meta->byline);
    }
  g_autoptr (PrecisPage) comment = precis_html_read (
      "<html><body><article>" STORY "<div class=\"meta\"><span class=\"comment-author\">Pat</span></div>"
      "</article></body></html>",
      -1, NULL);
  ck_assert_ptr_null (comment->byline);
  /* nor is a related story's author or a commenter, in boxes left out as furniture that are
   * not the story's meta box, or in furniture inside one */
  static const gchar *const others[] = {
    "<div class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/a\">Council tax to rise</a> <span "
    "class=\"author\">By Tom Jones</span></li></ul></div>",
    "<div class=\"comments\"><h3>3 comments</h3><div class=\"comment\"><span class=\"author\">Dave123</span>"
    "<p>This is a disgrace.</p></div></div>",
    "<div class=\"meta\"><div class=\"comments\"><span class=\"author\">Dave123</span></div></div>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (others); k++)
    {
      g_autofree gchar *html
          = g_strconcat ("<html><body><article>", STORY, others[k], "</article></body></html>", NULL);
      g_autoptr (PrecisPage) furniture = precis_html_read (html, -1, NULL);
      ck_assert_str_eq (furniture->text, STORY_TEXT);
      ck_assert_msg (furniture->byline == NULL, "%s: %s", others[k], furniture->byline);
    }
  /* a blog's name in the page's first <h1>, its post's title in an <h3>: the title is the
   * post's, from the <title> that joins them; a story's own <h1> outside its box stays */
  g_autoptr (PrecisPage) blog = precis_html_read (
      "<html><head><title>Silicon Notes: Open flow for small logic chips</title></head><body>"
      "<div class=\"header\"><h1>Silicon Notes</h1></div><div class=\"post\"><h3>Open flow for small logic "
      "chips</h3>" STORY "</div></body></html>",
      -1, NULL);
  ck_assert_str_eq (blog->title, "Open flow for small logic chips");
  g_autoptr (PrecisPage) story_h1 = precis_html_read (
      "<html><head><title>Harbour wall to be rebuilt - City News</title></head><body>"
      "<div class=\"top\"><h1>Harbour wall to be rebuilt</h1></div><div class=\"post\">" STORY
      "</div></body></html>",
      -1, NULL);
  ck_assert_str_eq (story_h1->title, "Harbour wall to be rebuilt");
  /* a short <h1> in the header beside "Title | Site" is the story's own unless the page shows
   * it as the site's name: og:site_name, a home link, a logo, or the rest of the title as the
   * story's heading */
  g_autoptr (PrecisPage) short_h1 = precis_html_read (
      "<html><head><title>Wall to close | The Harbour Town Daily News</title></head><body>"
      "<header><h1>Wall to close</h1></header><article>" STORY "</article></body></html>",
      -1, NULL);
  ck_assert_str_eq (short_h1->title, "Wall to close");
  static const gchar *const site_marks[] = {
    "<head><title>Harbour News: Harbour wall to be rebuilt</title><meta property=\"og:site_name\" "
    "content=\"Harbour News\"></head><body><header><h1>Harbour News</h1></header>",
    "<head><title>Harbour News: Harbour wall to be rebuilt</title></head><body><header><h1><a "
    "href=\"https://news.example/\">Harbour News</a></h1></header>",
    "<head><title>Harbour News: Harbour wall to be rebuilt</title></head><body><header><a href=\"/\"><h1>"
    "Harbour News</h1></a></header>",
    "<head><title>Harbour News: Harbour wall to be rebuilt</title></head><body><div class=\"site-logo\"><h1>"
    "Harbour News</h1></div>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (site_marks); k++)
    {
      g_autofree gchar *html
          = g_strconcat ("<html>", site_marks[k], "<article>", STORY, "</article></body></html>", NULL);
      g_autoptr (PrecisPage) marked = precis_html_read (html, -1, NULL);
      ck_assert_msg (g_strcmp0 (marked->title, "Harbour wall to be rebuilt") == 0, "%s: %s", site_marks[k],
                     marked->title);
    }
  /* a section's banner in the page's first <h1>, outside the story, that shares no word with
   * the page's <title>: the title is the <title>'s (session 20) */
  g_autoptr (PrecisPage) banner = precis_html_read (
      "<html><head><title>Harbour wall to be rebuilt in stone after the storm</title></head><body>"
      "<div class=\"section\"><h1>Coastal Towns Centre</h1></div><article>" STORY "</article></body></html>",
      -1, NULL);
  ck_assert_str_eq (banner->title, "Harbour wall to be rebuilt in stone after the storm");
  /* the page's first <h1> repeats its <title>: a later <h1> inside the story is a section's
   * heading, not the title (session 20) */
  g_autoptr (PrecisPage) sections = precis_html_read (
      "<html><head><title>Harbour wall to be rebuilt</title></head><body><div class=\"top\"><h1>Harbour "
      "wall to be rebuilt</h1></div><div class=\"post\"><h1>Why the wall matters</h1>" STORY
      "</div></body></html>",
      -1, NULL);
  ck_assert_str_eq (sections->title, "Harbour wall to be rebuilt");
  /* but the site's name in the page's first <h1> does not replace the story's <h1> (review23
   * #3): over a <title> no longer than a banner; as the site's name (a home link, a logo,
   * og:site_name) over a longer one; under an og:title that is the story's own <h1> */
  const gchar *const site_first[] = {
    "<title>Harbour Herald</title></head><body><div class=\"top\"><h1>Harbour Herald</h1></div>",
    "<title>Harbour Herald News and Sport Online</title></head><body><h1><a href=\"/\">Harbour Herald News "
    "and Sport Online</a></h1>",
    "<title>Harbour Herald News and Sport Online</title></head><body><div class=\"site-logo\"><h1>Harbour "
    "Herald News and Sport Online</h1></div>",
    "<title>Harbour Herald News and Sport Online</title><meta property=\"og:site_name\" content=\"Harbour "
    "Herald News and Sport Online\"></head><body><div class=\"top\"><h1>Harbour Herald News and Sport "
    "Online</h1></div>",
    "<title>Harbour Herald News and Sport Online</title><meta property=\"og:title\" content=\"Harbour wall "
    "to be rebuilt\"></head><body><div class=\"top\"><h1>Harbour Herald News and Sport Online</h1></div>",
  };
  for (guint k = 0; k < G_N_ELEMENTS (site_first); k++)
    {
      g_autofree gchar *html = g_strconcat (
          "<html><head>", site_first[k],
          "<div class=\"post\"><h1>Harbour wall to be rebuilt</h1>" STORY "</div></body></html>", NULL);
      g_autoptr (PrecisPage) site = precis_html_read (html, -1, NULL);
      ck_assert_msg (g_strcmp0 (site->title, "Harbour wall to be rebuilt") == 0, "%s: %s", site_first[k],
                     site->title);
    }
}
END_TEST

START_TEST (test_article_body_itemprop)
{
  /* schema.org's itemprop="articleBody" names the story's box (trafilatura looks for it
   * first): a wrapper named "page", whose score the long text of an "about us" box adds to,
   * does not win over it (nor does it without the about box). */
  g_autofree gchar *text = extract (
      "<html><body><div class=\"page\"><div class=\"grid\"><div class=\"col\"><div class=\"item\"><h1>Wall "
      "to be "
      "rebuilt</h1><div itemprop=\"articleBody\">" STORY
      "</div></div></div></div><div class=\"bottom\"><div class=\"about\"><p>"
      "The Chronicle has reported on the town since 1872, owned by a trust, which means every penny, "
      "as we say, goes back into journalism.</p><p>We welcome letters, tips and corrections, and we "
      "read every one of them, although we cannot always reply.</p></div></div></div></body></html>",
      NULL);
  ck_assert_msg (g_str_equal (text, STORY_TEXT), "about box kept:\n%s", text);
}
END_TEST

START_TEST (test_list_story_items_joined)
{
  /* A story told as a list of items whose classes open alike ("item item-image", "item
   * item-text"): the item that opens it with a heading and a photo joins the item of text
   * (Readability's bonus for a sibling of the best block's class, given a modifier). */
  g_autofree gchar *text = extract (
      "<html><body><div class=\"list\"><div class=\"item item-image\"><h2>The harbour wall that the October "
      "storm broke will be rebuilt in stone, the council decided on Tuesday night.</h2><img src=\"a.jpg\">"
      "</div><div class=\"item item-text\">" STORY "</div><div class=\"item item-grid\"><img src=\"b.jpg\">"
      "<img src=\"c.jpg\"></div></div><div class=\"other\"><p>Sign in</p></div></body></html>",
      NULL);
  ck_assert_msg (strstr (text, "rebuilt in stone") != NULL && strstr (text, STORY_TEXT) != NULL,
                 "story's first item lost:\n%s", text);
}
END_TEST

START_TEST (test_comment_sections_left_out)
{
  /* Readers' comments in boxes named for anything but comments ("talk-text", whose "text" is a
   * content word) are known by the heading their section opens on: three long ones do not
   * pull the story up into the column that holds both. A heading of the story that only
   * mentions comments, or "Comment" alone (the label news sites give an opinion piece), does
   * not drop its section. */
#define COMMENT(name, words)                                                                                 \
  "<div class=\"talk-item\"><div class=\"talk-head\"><span>" name "</span> <span>3 days ago</span></div>"    \
  "<div class=\"talk-text\"><p>" words ", and I remember the old quay well, the nets, the smell of tar, "    \
  "the boats tied three deep, the gulls, the shouting, the cold mornings, the ice on the ropes, and I hope " \
  "they build it the way it was, with the stone from the quarry, not concrete.</p></div></div>"
  static const struct
  {
    const gchar *heading;
    gboolean kept;
  } cases[] = {
    { "Have your say (3)", FALSE }, { "3 Comments", FALSE },          { "Leave a Reply", FALSE },
    { "Readers' comments", FALSE }, { "Comments on the plan", TRUE }, { "Comment", TRUE },
  };
  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree gchar *page = g_strdup_printf (
          "<html><body><div class=\"column\"><div class=\"story\"><h1>Wall to be rebuilt</h1>"
          "<div class=\"story-text\">" STORY "<p>The harbour master said the quay would stay open at night "
          "for the lifeboat, whose crew trained there each Thursday.</p><p>A public meeting on the design of "
          "the new wall will be held in the school hall next month.</p>"
          "<p>Until then, the council asks walkers to keep off the broken end, where the stones still move "
          "at high tide.</p></div></div><div "
          "class=\"talk\"><h3>%s</h3>" COMMENT ("Gwen", "My father fished from there for forty years")
              COMMENT ("Dan", "Good news at last")
                  COMMENT ("Maisie", "We walked along it every Sunday") "</div></div></body></html>",
          cases[k].heading);
      g_autofree gchar *text = extract (page, NULL);
      ck_assert_msg (strstr (text, STORY_TEXT) != NULL && strstr (text, "school hall") != NULL,
                     "%s: story lost:\n%s", cases[k].heading, text);
      ck_assert_msg ((strstr (text, "forty years") != NULL) == cases[k].kept, "%s: comments %s:\n%s",
                     cases[k].heading, cases[k].kept ? "dropped" : "kept", text);
    }
#undef COMMENT
    /* A short story (too short for the first reading to stand, so the page is read again with
     * fewer rules) above a box of comments named as such: the comments are never its text, nor
     * a commenter its byline, whatever the box's name. */
#define REMARK(name, words)                                                                                  \
  "<div class=\"comment\"><p class=\"author\">" name "</p><p>" words ", and the council should be "          \
  "ashamed of itself for even considering this, said nobody who ever sat in that reading room on a "         \
  "cold winter afternoon with nowhere else to go.</p></div>"
  static const gchar *const boxes[] = {
    "<div id=\"comments\"><h2>Comments (3)</h2>",
    "<div class=\"comments\"><h2>Comments (3)</h2>",
    "<div class=\"comment-list\">",
    "<div id=\"disqus_thread\">",
    "<div class=\"talk\"><h2>Comments (3)</h2>",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (boxes); k++)
    {
      g_autofree gchar *html = g_strconcat (
          "<html><body><div id=\"content\"><h1>Wall to be rebuilt</h1>" STORY "</div>", boxes[k],
          REMARK ("BookLover22", "This is an absolute disgrace") REMARK ("Dave M", "Nobody uses it any more")
              REMARK ("Sarah", "My children go there every Saturday"),
          "</div></body></html>", NULL);
      g_autoptr (PrecisPage) page = precis_html_read (html, -1, NULL);
      ck_assert_msg (page != NULL && g_str_has_suffix (page->text, STORY_TEXT)
                         && strstr (page->text, "Comments") == NULL,
                     "%s: text\n%s", boxes[k], page != NULL ? page->text : "(none)");
      ck_assert_msg (page->byline == NULL, "%s: byline %s", boxes[k], page->byline);
    }
#undef REMARK
}
END_TEST

START_TEST (test_time_stamps_and_prompts_left_out)
{
  /* A block that is only a time stamp, a prompt to read on, or the "By" of a byline whose
   * name was taken out is the page's, not the story's; a sentence with a date, or a date inside
   * a table of data, stays. */
  static const struct
  {
    const gchar *block;
    gboolean kept;
  } cases[] = {
    { "Published 8:14 am, 12 March 2026", FALSE },
    { "Monday 14 April 2026", FALSE },
    { "Updated: Feb. 4, 2026 11:30 AM EST", FALSE },
    { "2026-03-12 | 08:14", FALSE },
    { "Published 9:02 AM EST Feb 4, 2026Updated 11:30 AM EST Feb 4, 2026", FALSE },
    { "2026Budget talks", TRUE },
    { "Continue reading the main story", FALSE },
    { "Story continues below advertisement", FALSE },
    { "By", FALSE },
    { "Advertisement", FALSE },
    { "On 12 March 2026 the wall fell.", TRUE },
    { "2012", TRUE },
    { "March Madness begins", TRUE },
    { "Bystanders", TRUE },
    { "PUBLISHED: November 24, 2026 at 5:00 AM EST | UPDATED: November 25, 2026 at 10:42 AM EST", FALSE },
    { "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, "
      "broadcast, rewritten or redistributed.",
      FALSE },
    { "\u00a9 2026 Harbour Gazette. All Rights Reserved", FALSE },
    { "Copyright law leaves all rights reserved to the writer for 70 years, the court said.", TRUE },
    { "Video: Farmers react to water ruling", FALSE },
    { "Watch: the river rose two metres overnight, and the town woke to water in its streets.", TRUE },
    { "Listen to this article", FALSE },
    { "Listen to this story \u00b7 5:32 min", FALSE },
    { "5 min read", FALSE },
    { "4-minute read", FALSE },
    { "4\u2011minute read", FALSE }, /* a hyphen that does not break */
    { "5\u00a0min read", FALSE },    /* a no-break space */
    { "Reading time: 6 minutes", FALSE },
    { "Listen to this story of the storm, told by the harbour master.", TRUE },
    { "5 minutes reading aloud, the teachers said, help most.", TRUE },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *page = g_strdup_printf (
          "<html><body><article><p>%s</p>" STORY "</article></body></html>", cases[i].block);
      g_autofree gchar *text = extract (page, NULL);
      if (cases[i].kept)
        ck_assert_msg (g_str_has_prefix (text, cases[i].block), "\"%s\" left out:\n%s", cases[i].block, text);
      else
        ck_assert_msg (g_str_equal (text, STORY_TEXT), "\"%s\" kept:\n%s", cases[i].block, text);
    }
  g_autofree gchar *table
      = extract ("<html><body><article>" STORY "<table><caption>Tides</caption><tr><th>Day</th>"
                 "<th>High water</th></tr><tr><td>Monday 14 April 2026</td><td>8:14 am</td></tr>"
                 "</table></article></body></html>",
                 NULL);
  ck_assert_msg (strstr (table, "Monday 14 April 2026") != NULL, "table's date left out:\n%s", table);
}
END_TEST

/* News about cookies, credits or newsletters is the story's: only a consent box's request, a
 * sign-off of names and a bare call to sign up or follow are left out. */
START_TEST (test_prose_like_notes_kept)
{
  static const gchar *const prose[] = {
    "Regulators said third party cookies will require explicit consent from users under the new rules.",
    "Under the rules, content provided by advertisers may not set cookies without the permission of the "
    "reader, the commission said.",
    "Reporting by The Guardian revealed the payments; the minister resigned two days later.",
    "Sign up for our newsletter? Most readers said no, the survey found, and few changed their minds.",
    "Follow the money on X, critics said, and you find the same three donors behind each campaign.",
    "Follow the road on Xinjiang's border and the checkpoints begin within an hour.",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (prose); i++)
    {
      g_autofree gchar *page = g_strconcat (
          "<html><body><article><p>The council met on Monday and approved the plan for the new bridge after "
          "a "
          "long debate about costs.</p><p>",
          prose[i],
          "</p><p>The work will start in spring and last two years, the engineers said on Tuesday.</p>"
          "</article></body></html>",
          NULL);
      g_autofree gchar *text = extract (page, NULL);
      ck_assert_msg (strstr (text, prose[i]) != NULL, "left out: %s", prose[i]);
    }
}
END_TEST

START_TEST (test_page_notes_left_out)
{
  /* A live blog's entry time alone in a <time> element or a box whose class names a time (in any case), a
   * slide show's counter in a figure, an advertisement's label in German, a typo report's prompt
   * ("Ctrl+Enter"), a feedback box's question, a newsletter's closing line and an embed's consent box are the
   * page's, not the story's; a time or a count in a sentence or outside those elements, a caption and a
   * sentence of thanks stay. */
  static const struct
  {
    const gchar *block;
    const gchar *kept; /* NULL: the block is left out */
  } cases[] = {
    { "<figure><h2>Allow Twitter content?</h2><p>This article includes content provided by Twitter. We ask "
      "for your permission before anything is loaded, as they may be using cookies and other technologies."
      "</p><button>Allow and continue</button></figure>",
      NULL },
    { "<p>The council said the cookies sold at the fair had its permission, and the content of each "
      "was checked.</p>",
      "The council said the cookies" },
    { "<h2>Allow this content?</h2>", NULL },
    { "<p>Reporting by Ines Carvalho; Editing by Mark Tennant</p>", NULL },
    { "<p>(Additional reporting by Jo Lee in Porto)</p>", NULL },
    { "<p>Reporting by the Post showed that the mayor knew of the cracks in the wall.</p>",
      "Reporting by the Post showed" },
    { "<p><strong>Sign up for our free daily newsletter <a href=\"/n\">here</a>.</strong></p>", NULL },
    { "<p><em>Follow The Valley Star on <a href=\"/f\">Facebook</a> and <a href=\"/x\">X</a> for the latest "
      "news.</em></p>",
      NULL },
    { "<p>Follow the river path on foot for a mile and the mill is on the left.</p>",
      "Follow the river path" },
    { "<p>Sign up sheets for the race were left at the library by the organisers.</p>", "Sign up sheets" },
    { "<header><time datetime=\"2026-02-11T16:42\">16:42</time></header>", NULL },
    { "<p><time>9:05pm</time></p>", NULL },
    { "<p><time>16:42</time> The first train left on time.</p>", "16:42 The first train left on time." },
    { "<p>16:42</p>", "16:42" },
    { "<div class=\"entry-meta\"><span class=\"entry-time\">21:47</span></div>", NULL },
    { "<div class=\"Entry-Meta\"><span class=\"Entry-Time\">21:47</span></div>", NULL },
    { "<p id=\"Post-DATE\">21:47</p>", NULL },
    { "<div class=\"timeline\"><span>21:47</span></div>", "21:47" },
    { "<p><time>2012</time></p>", "2012" },
    { "<figure><img src=\"a.jpg\"><figcaption><span>2 of 5</span><p>Drummers kept the walkers moving in "
      "the cold.</p></figcaption></figure>",
      "Drummers kept the walkers moving in the cold." },
    { "<figure><img src=\"a.jpg\"><figcaption>Photo 3 / 12</figcaption></figure>", NULL },
    { "<p>2 of 5</p>", "2 of 5" },
    { "<figure><img src=\"a.jpg\"><figcaption>Photo: Reuters</figcaption></figure>", "Photo: Reuters" },
    { "<p>Anzeige</p>", NULL },
    { "<div class=\"news-item__error\">\u041d\u0430\u0448\u043b\u0438 \u043e\u0448\u0438\u0431\u043a\u0443? "
      "Ctrl+Enter</div>",
      NULL },
    { "<p>Spotted a mistake? Select the text and press Ctrl + Enter.</p>", NULL },
    { "<p>Press Shift+Enter or Ctrl+Enter to run the cell.</p>",
      "Press Shift+Enter or Ctrl+Enter to run the cell." },
    { "<div class=\"guide-feedback\"><p>Was this guide helpful?</p><button>Yes</button></div>", NULL },
    { "<p>Was this the end of the harbour?</p>", "Was this the end of the harbour?" },
    { "<p>Thanks for reading Small Hours! Subscribe for free to receive new posts.</p>", NULL },
    { "<p>Thanks for reading this far, the mayor wrote to the town.</p>",
      "Thanks for reading this far, the mayor wrote to the town." },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *page
          = g_strdup_printf ("<html><body><article>%s" STORY "</article></body></html>", cases[i].block);
      g_autofree gchar *text = extract (page, NULL);
      if (cases[i].kept != NULL)
        ck_assert_msg (g_str_has_prefix (text, cases[i].kept) && strstr (text, STORY_TEXT) != NULL,
                       "\"%s\" not kept:\n%s", cases[i].kept, text);
      else
        ck_assert_msg (g_str_equal (text, STORY_TEXT), "\"%s\" kept:\n%s", cases[i].block, text);
    }
}
END_TEST

START_TEST (test_caption_credit_left_out)
{
  /* A credit after its caption in a figure goes, the caption stays. */
  g_autofree gchar *text
      = extract ("<html><body><article><figure><img src=\"a.jpg\"><figcaption><p>Drummers kept the walkers "
                 "moving in the cold.</p><span>Photograph: Marta Quill</span></figcaption></figure>" STORY
                 "</article></body></html>",
                 NULL);
  ck_assert_msg (g_str_equal (text, "Drummers kept the walkers moving in the cold.\n\n" STORY_TEXT),
                 "credit kept or caption lost:\n%s", text);
  /* A wire picture's caption that ends on its credit in brackets goes wherever it stands; a
   * line that ends on another bracket stays. */
  g_autofree gchar *wire = extract ("<html><body><article><div class=\"post-thumbnail\"><img "
                                    "src=\"a.jpg\"><p>FILE - The harbour wall after "
                                    "the storm, on Oct. 3, 2026. (AP Photo/Jo Lee, File)</p></div>" STORY
                                    "</article></body></html>",
                                    NULL);
  ck_assert_msg (g_str_equal (wire, STORY_TEXT), "caption with its credit kept:\n%s", wire);
  g_autofree gchar *kept
      = extract ("<html><body><article>" STORY "<p>The pictures were shown at the harbour museum (Photo "
                 "Society members only)</p></article></body></html>",
                 NULL);
  ck_assert_msg (strstr (kept, "(Photo Society members only)") != NULL, "line left out:\n%s", kept);
}
END_TEST

START_TEST (test_reader_call_left_out)
{
  /* A last paragraph asking readers for stories at an e-mail address goes; an address in the
   * story, or a last paragraph with an address and no question, stays. */
  g_autofree gchar *call
      = extract ("<html><body><article>" STORY "<p><em>Do you have a story for us? Email news@example.org or "
                 "call 0100 000 0000.</em></p></article></body></html>",
                 NULL);
  ck_assert_msg (g_str_equal (call, STORY_TEXT), "reader call kept:\n%s", call);
  g_autofree gchar *inside = extract (
      "<html><body><article><p>Who runs the list? Write to list@example.org, the clerk said.</p>" STORY
      "</article></body></html>",
      NULL);
  ck_assert_msg (g_str_has_prefix (inside, "Who runs the list?"), "address in the story left out:\n%s",
                 inside);
  g_autofree gchar *plain = extract (
      "<html><body><article>" STORY "<p>Tickets from box@example.org.</p></article></body></html>", NULL);
  ck_assert_msg (g_str_has_suffix (plain, "Tickets from box@example.org."), "plain address left out:\n%s",
                 plain);
}
END_TEST

START_TEST (test_pull_quote_left_out)
{
  /* A quotation whose line the story already says is a pull quote: left out, whatever its
   * quotation marks and case, with its attribution under it when it is short (five words and
   * more); a quotation the story does not repeat stays, with its attribution (@kept: a part of
   * it that stays, or NULL: the story's text alone). */
  static const struct
  {
    const gchar *quotation;
    const gchar *kept;
  } cases[] = {
    { "<blockquote class=\"pullquote\"><p>\u201cThe engineers expect it to last, they said, about six "
      "months\u201d</p></blockquote>",
      NULL },
    { "<blockquote class=\"pull-quote\"><p>\u201cwill use the northern quay\u201d</p><cite>Harbour "
      "master</cite></blockquote>",
      NULL },
    { "<blockquote><p>The sea takes what it wants, the old harbour master wrote in 1911.</p></blockquote>",
      "The sea takes what it wants" },
    { "<blockquote><p>\u201cWe will be ready by the summer\u201d</p><cite>Harbour master</cite></blockquote>",
      "\n\nHarbour master\n\n" },
    /* a speaker's words in a box named as a pull quote go though the story does not repeat
     * them; the writer's own line set large stays, and Medium's "graf--pullquote" paragraph */
    { "<blockquote class=\"pullquote\">\"This is a national emergency\"</blockquote>", NULL },
    { "<div class=\"story-pull-quote\"><p>\u201cNobody should think the job is done\u201d</p><p>Ann "
      "Lee</p></div>",
      NULL },
    { "<div class=\"article-pullquote\"><p>It is easiest to judge the wall on what will not change</p></div>",
      "It is easiest to judge the wall" },
    { "<blockquote class=\"graf graf--pullquote\">\u201cA wall is a promise to the sea,\u201d I wrote "
      "then.</blockquote>",
      "A wall is a promise" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *page
          = g_strdup_printf ("<html><body><article>" STORY_1 "%s" STORY_2 STORY_3 "</article></body></html>",
                             cases[i].quotation);
      g_autofree gchar *text = extract (page, NULL);
      if (cases[i].kept == NULL)
        ck_assert_msg (g_str_equal (text, STORY_TEXT), "pull quote kept:\n%s", text);
      else
        ck_assert_msg (strstr (text, cases[i].kept) != NULL, "quotation left out:\n%s", text);
    }
}
END_TEST

START_TEST (test_unscripted_story_read)
{
  /* A story drawn by a script from a <template>, or shown only without scripts in a
   * <noscript>, is read when the page shows little else; a <noscript> message beside a story
   * is not. */
  g_autofree gchar *templated
      = extract ("<html><body><div id=\"app\"><p>Loading</p></div><template id=\"story\"><article>" STORY
                 "</article></template></body></html>",
                 NULL);
  ck_assert_msg (g_str_equal (templated, STORY_TEXT), "template gave:\n%s", templated);
  g_autofree gchar *unscripted = extract (
      "<html><body><div class=\"mount\"></div><noscript><div class=\"story\">" STORY
      "</div></noscript><div class=\"signup\"><p>Sign up for our newsletter.</p></div></body></html>",
      NULL);
  ck_assert_msg (g_str_equal (unscripted, STORY_TEXT), "noscript gave:\n%s", unscripted);
  g_autofree gchar *message = extract ("<html><body><article>" STORY
                                       "</article><noscript><p>Please turn on JavaScript to see the comments "
                                       "under this story.</p></noscript></body></html>",
                                       NULL);
  ck_assert_msg (g_str_equal (message, STORY_TEXT), "noscript message read:\n%s", message);
  /* A page that is nothing but a script's mount and a notice that it needs JavaScript has no
   * article text: the notice is no story. */
  static const gchar *const notices[] = {
    "<html><head><title>Tide tables</title></head><body><div id=\"mount\"></div><noscript>Turn on "
    "JavaScript in your browser to open the tide tables.</noscript><script>start()</script></body></html>",
    "<html><body><div id=\"app\"></div><noscript><p>Activez JavaScript pour lire les horaires des "
    "marées.</p></noscript></body></html>",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PrecisPage) page = precis_html_read (notices[i], -1, &error);
      ck_assert_msg (page == NULL, "notice %zu read as a story: %s", i, page != NULL ? page->text : "");
      ck_assert (g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_NO_TEXT));
    }
  /* The locked rest of a metered story, hidden from screen readers until a script lets the
   * reader in, is read after its teaser; a rest hidden by a style from every reader is not. */
  g_autofree gchar *locked = extract ("<html><body><article><div class=\"article-body\">" STORY_1
                                      "</div><div class=\"paywall\"><p>Subscribe to read on.</p></div><div "
                                      "class=\"article-body is-locked\" aria-hidden=\"true\">" STORY_2 STORY_3
                                      "</div></article></body></html>",
                                      NULL);
  ck_assert_msg (g_str_equal (locked, STORY_TEXT), "locked rest gave:\n%s", locked);
  /* A subscription offer over a teaser is no part of it, in any reading. */
  g_autofree gchar *offer
      = extract ("<html><body><article><h1>Mill sold</h1>" STORY_1
                 "<div class=\"regwall-box\"><h2>Subscribe to keep reading</h2><p>Every report "
                 "from the valley for $2 a month.</p><a href=\"/s\">Subscribe</a> <a "
                 "href=\"/l\">Already a subscriber? Sign in</a></div></article></body></html>",
                 NULL);
  ck_assert_msg (strstr (offer, "Subscribe") == NULL && strstr (offer, "$2") == NULL, "offer read:\n%s",
                 offer);
  g_autofree gchar *styled
      = extract ("<html><body><article><div class=\"article-body\">" STORY_1
                 "</div><div class=\"article-body\" style=\"display: none\">" STORY_2 STORY_3
                 "</div></article></body></html>",
                 NULL);
  ck_assert_msg (strstr (styled, "northern quay") == NULL, "rest hidden by a style read:\n%s", styled);
}
END_TEST

START_TEST (test_cut_off_page_tail_dropped)
{
  /* A page cut off in its text (a download cut short) loses its unfinished last fragment: the
   * words after the last paragraph's stop, or a paragraph with none; a page that ends in its
   * markup keeps a last paragraph without a stop, and a cut page's finished sentence stays. */
  g_autofree gchar *cut
      = extract ("<html><body><article>" STORY "<p>Divers checked the old pier on Fr", NULL);
  ck_assert_msg (g_str_equal (cut, STORY_TEXT), "cut page gave:\n%s", cut);
  g_autofree gchar *cut_sentence = extract (
      "<html><body><article>" STORY "<p>Divers checked the pier. They found a crack in its ea\n", NULL);
  ck_assert_msg (g_str_has_suffix (cut_sentence, "\n\nDivers checked the pier."), "cut sentence gave:\n%s",
                 cut_sentence);
  g_autofree gchar *closed = extract ("<html><body><article>" STORY
                                      "<p>Divers checked the old pier on Friday</p></article></body></html>",
                                      NULL);
  ck_assert_msg (g_str_has_suffix (closed, "on Friday"), "closed page gave:\n%s", closed);
  g_autofree gchar *finished = extract ("<html><body><article>" STORY "<p>Divers checked the pier.", NULL);
  ck_assert_msg (g_str_has_suffix (finished, "\n\nDivers checked the pier."), "finished page gave:\n%s",
                 finished);
}
END_TEST

START_TEST (test_release_label_left_out)
{
  /* A press release's label line over its text is furniture, as a text's is; a paragraph of the
   * story that is the same words after the text has begun stays. */
  static const gchar *const labels[]
      = { "For Immediate Release", "EMBARGOED UNTIL 00:01 GMT, 2 DECEMBER 2026" };
  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree gchar *page
          = g_strdup_printf ("<html><body><article><p>%s</p>" STORY "</article></body></html>", labels[i]);
      g_autofree gchar *text = extract (page, NULL);
      ck_assert_msg (g_str_equal (text, STORY_TEXT), "label %zu kept:\n%s", i, text);
    }
  g_autofree gchar *later = extract (
      "<html><body><article>" STORY "<p>Press release</p>" STORY_1 "</article></body></html>", NULL);
  ck_assert_msg (strstr (later, "\n\nPress release\n\n") != NULL, "later line left out:\n%s", later);
}
END_TEST

START_TEST (test_thread_posts_joined)
{
  /* A question and its answers, each in a box of one class in its own post: all are read, in
   * their order, not only the longest answer; their votes, names and comments are not. */
  static const gchar *const page
      = "<html><body><div id=\"mainbar\"><div class=\"question\"><div class=\"votes\">42</div><div "
        "class=\"post-text\"><p>My bike's disc brakes squeal whenever it rains, though I have cleaned "
        "the rotors. What else can I try?</p></div><div class=\"user\">asked by lena</div></div><div "
        "class=\"answers\"><h2>3 Answers</h2><div class=\"answer accepted\"><div "
        "class=\"votes\">57</div><div "
        "class=\"post-text\">" STORY
        "<p>Bed the pads in: ride at a moderate speed and brake firmly, without locking the wheel, about "
        "twenty times, so that an even layer of pad material lies on the rotor.</p><p>Check that the "
        "caliper sits centred over the rotor and that its bolts are tight; a caliper that can move a "
        "fraction of a millimetre will sing.</p></div><div class=\"user\">answered by wrench</div></div><div "
        "class=\"answer\"><div "
        "class=\"votes\">9</div><div class=\"post-text\"><p>Keep your fingers off the rotors when the wheel "
        "is out, or the oil from your skin starts the noise again.</p></div></div><div class=\"answer\"><div "
        "class=\"post-text\"><p>Sanding the pads lightly on a flat board removes the glaze, though it only "
        "lasted a few weeks for me.</p></div></div></div></div></body></html>";
  g_autofree gchar *text = extract (page, NULL);
  const gchar *question = strstr (text, "My bike's disc brakes squeal");
  const gchar *answer = strstr (text, STORY_TEXT);
  const gchar *last = strstr (text, "Sanding the pads lightly");
  ck_assert_msg (question != NULL && answer != NULL && last != NULL && question < answer && answer < last
                     && strstr (text, "Keep your fingers off") != NULL
                     && strstr (text, "answered by") == NULL,
                 "thread read as:\n%s", text);
  /* one more box of the story's class elsewhere (a postscript) stays out */
  g_autofree gchar *postscript
      = extract ("<html><body><div class=\"story\"><div class=\"inner\">" STORY
                 "</div></div><div class=\"after\"><div class=\"inner\"><p>Originally "
                 "published on the author's own site in 2011; shared here with "
                 "thanks.</p></div></div></body></html>",
                 NULL);
  ck_assert_msg (g_str_equal (postscript, STORY_TEXT), "postscript read:\n%s", postscript);
}
END_TEST

START_TEST (test_endnotes_read)
{
  /* A story's endnotes, in a box beside its text (a Markdown writer's "footnotes" class, the
   * role doc-endnotes), are read after it; their back-links are not. */
  static const gchar *const boxes[] = { "class=\"footnotes\"", "role=\"doc-endnotes\"" };
  for (gsize k = 0; k < G_N_ELEMENTS (boxes); k++)
    {
      g_autofree gchar *page = g_strdup_printf (
          "<html><body><article><div class=\"post-content\">" STORY "</div><div %s><hr><ol><li "
          "id=\"fn:1\"><p>The wall was last rebuilt in 1911, after a storm of the same size.&nbsp;<a "
          "href=\"#fnref:1\" role=\"doc-backlink\">\u21a9</a></p></li></ol></div></article></body></html>",
          boxes[k]);
      g_autofree gchar *text = extract (page, NULL);
      ck_assert_msg (g_str_equal (text,
                                  STORY_TEXT "\n\nThe wall was last rebuilt in 1911, after a storm of the "
                                             "same size."),
                     "%s gave:\n%s", boxes[k], text);
    }
}
END_TEST

START_TEST (test_plain_byline_left_out)
{
  /* A byline in plain words, its class naming none, goes; a sentence and a heading that open
   * on "By" stay. */
  g_autofree gchar *byline = extract ("<html><body><article><p class=\"story-meta\">By Tomos Reade \u00b7 9 "
                                      "February 2026</p>" STORY "</article></body></html>",
                                      NULL);
  ck_assert_msg (g_str_equal (byline, STORY_TEXT), "byline kept:\n%s", byline);
  g_autofree gchar *posted = extract ("<html><body><article><p>Posted Tuesday, 10 November 2026 by Dee "
                                      "Ackroyd</p>" STORY "</article></body></html>",
                                      NULL);
  ck_assert_msg (g_str_equal (posted, STORY_TEXT), "byline after a date kept:\n%s", posted);
  /* a publisher's line with its date goes; a sentence of that opening stays */
  static const gchar *const closing[][2] = {
    { "Published by The Courier on Nov. 25, 2026.", "" },
    { "Published by Faber on 3 March, the book sold out.",
      "\n\nPublished by Faber on 3 March, the book sold out." },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (closing); i++)
    {
      g_autofree gchar *page = g_strdup_printf (
          "<html><body><article>" STORY "<p>%s</p></article></body></html>", closing[i][0]);
      g_autofree gchar *text = extract (page, NULL);
      g_autofree gchar *want = g_strconcat (STORY_TEXT, closing[i][1], NULL);
      ck_assert_msg (g_str_equal (text, want), "\"%s\" read wrong:\n%s", closing[i][0], text);
    }
  g_autofree gchar *sentence = extract (
      "<html><body><article><p>Posted on 10 November 2026 by Dee Ackroyd, the letter came back.</p>" STORY
      "</article></body></html>",
      NULL);
  ck_assert_msg (g_str_has_prefix (sentence, "Posted on 10 November"), "sentence left out:\n%s", sentence);
  g_autofree gchar *kept = extract ("<html><body><article>" STORY_1 "<p>By Tuesday the water had gone.</p>"
                                    "<h3>By The Numbers</h3>" STORY_2 STORY_3 "</article></body></html>",
                                    NULL);
  ck_assert_msg (strstr (kept, "By Tuesday the water had gone.") != NULL
                     && strstr (kept, "By The Numbers") != NULL,
                 "sentence or heading left out:\n%s", kept);
  /* a byline in the first paragraph, its lines split by <br>: the name, the writer's role and
   * the date go; a short line that follows no byline stays */
  g_autofree gchar *role
      = extract ("<html><body><article><p><strong>By Alan Fraser</strong><br>Business "
                 "reporter<br>Saturday 28 November 2026</p>" STORY "</article></body></html>",
                 NULL);
  ck_assert_msg (g_str_equal (role, STORY_TEXT), "byline's role kept:\n%s", role);
  static const gchar *const short_lines[][2] = {
    { "<p>Harbour works</p>", "Harbour works\n\n" },          /* no byline before it */
    { "<p>By Alan Fraser</p><p>KESSOCK</p>", "KESSOCK\n\n" }, /* a dateline in capitals */
  };
  for (gsize i = 0; i < G_N_ELEMENTS (short_lines); i++)
    {
      g_autofree gchar *page
          = g_strconcat ("<html><body><article>", short_lines[i][0], STORY "</article></body></html>", NULL);
      g_autofree gchar *text = extract (page, NULL);
      ck_assert_msg (g_str_has_prefix (text, short_lines[i][1]), "short line left out:\n%s", text);
    }
}
END_TEST

START_TEST (test_key_points_left_out)
{
  /* A list of the story's key points under its heading, over the story, is the page's summary
   * of it: it goes; a list under the same heading inside the story stays. */
  g_autofree gchar *above = extract (
      "<html><body><article><section aria-label=\"Key points\"><h2>Key points:</h2><ul><li>The wall is to be "
      "rebuilt</li><li>Work starts in spring</li></ul></section>" STORY "</article></body></html>",
      NULL);
  ck_assert_msg (g_str_equal (above, STORY_TEXT), "key points kept:\n%s", above);
  g_autofree gchar *inside = extract (
      "<html><body><article>" STORY_1 STORY_2 "<h2>Key points</h2><ul><li>The wall is to be rebuilt after "
      "the storm</li><li>Work starts in spring</li></ul>" STORY_3 "</article></body></html>",
      NULL);
  ck_assert_msg (strstr (inside, "Work starts in spring\n") != NULL, "list in the story left out:\n%s",
                 inside);
}
END_TEST

START_TEST (test_title_line_left_out)
{
  /* The page's headline as the text's first line, in bold type rather than a heading (an old
   * table layout), goes; the same words later in the text, or in a smaller heading, stay. */
  g_autofree gchar *text
      = extract ("<html><head><title>Valley Times - Harbour wall to be rebuilt in spring</title>"
                 "</head><body><table><tr><td><font size=\"5\"><b>Harbour wall to be rebuilt "
                 "in spring</b></font><br>" STORY "</td></tr></table></body></html>",
                 NULL);
  ck_assert_msg (g_str_equal (text, STORY_TEXT), "headline kept:\n%s", text);
  g_autofree gchar *later
      = extract ("<html><head><title>Harbour wall to be rebuilt in spring</title></head><body>"
                 "<article><h3>Harbour wall to be rebuilt in spring</h3>" STORY
                 "<p>Harbour wall to be rebuilt in spring</p></article></body></html>",
                 NULL);
  ck_assert_msg (g_str_has_prefix (later, "Harbour wall to be rebuilt in spring\n\n")
                     && g_str_has_suffix (later, "reopens.\n\nHarbour wall to be rebuilt in spring"),
                 "heading or later line left out:\n%s", later);
  /* a headline that is the title's part before its colon (a newsletter's "November news" over
   * "November news: a new home ..."); a heading of words the title holds elsewhere stays */
  g_autofree gchar *part
      = extract ("<html><head><title>November news: a new home and a winter concert</title></head><body>"
                 "<article><h1>November news</h1>" STORY "<h2>A new home</h2><p>From January we meet at "
                 "St Anne's Church on Moor Lane, still at half past seven.</p></article></body></html>",
                 NULL);
  ck_assert_msg (g_str_has_prefix (part, STORY_TEXT "\n\nA new home\n\n"), "title's part kept:\n%s", part);
  /* a short label over the headline (a kicker) goes with it; a sentence over it stays */
  g_autofree gchar *kicker = extract (
      "<html><head><title>Harbour wall to be rebuilt in spring</title></head><body><article>"
      "<div><span class=\"label\">Explainer</span><h1>Harbour wall to be rebuilt in spring</h1></div>" STORY
      "</article></body></html>",
      NULL);
  ck_assert_msg (g_str_equal (kicker, STORY_TEXT), "kicker kept:\n%s", kicker);
  g_autofree gchar *over = extract (
      "<html><head><title>Harbour wall to be rebuilt in spring</title></head><body><article>"
      "<p>Storms broke it.</p><h1>Harbour wall to be rebuilt in spring</h1>" STORY "</article></body></html>",
      NULL);
  ck_assert_msg (g_str_has_prefix (over, "Storms broke it.\n\n"), "sentence over the headline left out:\n%s",
                 over);
  /* (only over the first headline: a short line under it stays when the headline comes again) */
  g_autofree gchar *again = extract (
      "<html><head><title>Harbour wall to be rebuilt in spring</title></head><body><article>"
      "<h1>Harbour wall to be rebuilt in spring</h1><p>Harbour works</p><h2>Harbour wall to be rebuilt in "
      "spring</h2>" STORY "</article></body></html>",
      NULL);
  ck_assert_msg (g_str_has_prefix (again, "Harbour works\n\n"), "line under the headline left out:\n%s",
                 again);
}
END_TEST

START_TEST (test_layout_table_cells)
{
  /* A layout table's cells are the page's columns: the menu's last link is not glued to the
   * story's headline in the next cell; a table of data's row stays one line. */
  g_autofree gchar *layout = extract (
      "<html><body><table><tr><td class=\"nav\"><a href=\"/\">Home</a><br><a href=\"/n\">News</a><br>"
      "<a href=\"/c\">Contact</a></td><td class=\"main\"><b>Harbour wall to be rebuilt</b><br><br>"
      "The council voted on Tuesday to rebuild the harbour wall, which the October storm broke.<br><br>"
      "Work starts in spring, and the engineers expect it to last, they said, about six months.</td></tr>"
      "</table></body></html>",
      NULL);
  ck_assert_msg (g_str_has_prefix (layout, "Harbour wall to be rebuilt\n\nThe council voted"), "%s", layout);
  g_autofree gchar *data
      = extract ("<html><body><article>" STORY "<table><tr><th>Year</th><th>Cost</th></tr>"
                 "<tr><td>2026</td><td>4 million</td></tr></table></article></body></html>",
                 NULL);
  ck_assert_msg (strstr (data, "Year Cost\n\n2026 4 million") != NULL, "%s", data);
  /* a small table of results without headed cells (read as layout): a row stays one line */
  g_autofree gchar *results = extract (
      "<html><body><article>" STORY "<table><tr><td>Labour</td><td>12,345</td><td>41%</td></tr><tr><td>"
      "Conservative</td><td>10,002</td><td>33%</td></tr><tr><td>Green</td><td>4,100</td><td>14%</td></tr>"
      "</table></article></body></html>",
      NULL);
  ck_assert_msg (strstr (results, "\n\nLabour 12,345 41%\n\nConservative 10,002 33%\n\nGreen 4,100 14%")
                     != NULL,
                 "%s", results);
}
END_TEST

START_TEST (test_icon_line_left_out)
{
  /* A block of pictures alone (a callout's emoji, a rating's stars) goes; a line of
   * punctuation ("* * *") and a sentence with an emoji stay. */
  g_autofree gchar *text = extract ("<html><body><article><div class=\"callout\"><div>\xF0\x9F\x92\xA1</div>"
                                    "<div>Check your lease before you buy anything at all.</div></div>" STORY
                                    "<p>\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86</p>"
                                    "<p>\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xE2\x9C\xA8</p><p>* * *</p><p>The "
                                    "bees are well \xF0\x9F\x90\x9D and busy.</p>"
                                    "</article></body></html>",
                                    NULL);
  ck_assert_msg (g_str_equal (text, "Check your lease before you buy anything at all.\n\n" STORY_TEXT
                                    "\n\n* * *\n\nThe bees are well \xF0\x9F\x90\x9D and busy."),
                 "icons:\n%s", text);
}
END_TEST

START_TEST (test_bold_heading_tail_left_out)
{
  /* A line in bold type over a list of links left out after the story goes, as a heading
   * would; a bold closing line with nothing left out after it is the story's and stays. */
  g_autofree gchar *text
      = extract ("<html><body><article>" STORY "<p><b>Other stories this week</b></p><p><a "
                 "href=\"/a\">Bypass consultation extended</a><br><a href=\"/b\">Rovers reach "
                 "the final</a></p></article></body></html>",
                 NULL);
  ck_assert_msg (g_str_equal (text, STORY_TEXT), "bold heading kept:\n%s", text);
  g_autofree gchar *kept = extract ("<html><body><article>" STORY "<p><strong>THE WRITER IS THE PAPER'S "
                                    "HARBOUR CORRESPONDENT</strong></p></article></body></html>",
                                    NULL);
  ck_assert_msg (g_str_has_suffix (kept, "\n\nTHE WRITER IS THE PAPER'S HARBOUR CORRESPONDENT"),
                 "closing line left out:\n%s", kept);
}
END_TEST

int
main (void)
{
  /* (before libxml2 allocates anything: every block it frees must be one of these) */
  xmlMemSetup (xml_count_free, xml_count_malloc, xml_count_realloc, xml_count_strdup);
  Suite *s = suite_create ("html");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_page);
  tcase_add_test (tc, test_container_choice);
  tcase_add_test (tc, test_furniture);
  tcase_add_test (tc, test_furniture_outweighs_content);
  tcase_add_test (tc, test_lone_article_chosen);
  tcase_add_test (tc, test_titled_article_chosen);
  tcase_add_test (tc, test_titles);
  tcase_add_test (tc, test_page_metadata);
  tcase_add_test (tc, test_encodings);
  tcase_add_test (tc, test_hostile);
  tcase_add_test (tc, test_detection);
  tcase_add_test (tc, test_story_found);
  tcase_add_test (tc, test_story_in_boxes);
  tcase_add_test (tc, test_loose_text_scored);
  tcase_add_test (tc, test_page_links_weigh_less);
  tcase_add_test (tc, test_headings_scored);
  tcase_add_test (tc, test_table_cells_not_furniture);
  tcase_add_test (tc, test_ordered_lists_kept);
  tcase_add_test (tc, test_data_tables_kept_whole);
  tcase_add_test (tc, test_embed_boxes_dropped);
  tcase_add_test (tc, test_short_lists_kept);
  tcase_add_test (tc, test_short_blocks_judged);
  tcase_add_test (tc, test_screen_reader_text_left_out);
  tcase_add_test (tc, test_scripts_left_out);
  tcase_add_test (tc, test_scripts_left_out_across_blocks);
  tcase_add_test (tc, test_page_not_copied_for_libxml2);
  tcase_add_test (tc, test_long_paragraphs_held_at_their_size);
  tcase_add_test (tc, test_dense_page_tree_not_held_by_libxml2);
  tcase_add_test (tc, test_comment_runs_read_in_linear_time);
  tcase_add_test (tc, test_sign_up_boxes_dropped);
  tcase_add_test (tc, test_trailing_headings_dropped);
  tcase_add_test (tc, test_json_ld_body);
  tcase_add_test (tc, test_time_stamps_and_prompts_left_out);
  tcase_add_test (tc, test_page_notes_left_out);
  tcase_add_test (tc, test_key_points_left_out);
  tcase_add_test (tc, test_prose_like_notes_kept);
  tcase_add_test (tc, test_pull_quote_left_out);
  tcase_add_test (tc, test_caption_credit_left_out);
  tcase_add_test (tc, test_reader_call_left_out);
  tcase_add_test (tc, test_unscripted_story_read);
  tcase_add_test (tc, test_release_label_left_out);
  tcase_add_test (tc, test_cut_off_page_tail_dropped);
  tcase_add_test (tc, test_plain_byline_left_out);
  tcase_add_test (tc, test_layout_table_cells);
  tcase_add_test (tc, test_title_line_left_out);
  tcase_add_test (tc, test_icon_line_left_out);
  tcase_add_test (tc, test_bold_heading_tail_left_out);
  tcase_add_test (tc, test_endnotes_read);
  tcase_add_test (tc, test_thread_posts_joined);
  tcase_add_test (tc, test_article_body_itemprop);
  tcase_add_test (tc, test_comment_sections_left_out);
  tcase_add_test (tc, test_list_story_items_joined);
  tcase_add_test (tc, test_lists_and_figures);
  tcase_add_test (tc, test_teasers_and_furniture);
  tcase_add_test (tc, test_no_article_text);
  tcase_add_test (tc, test_page_byline_language);
  tcase_add_test (tc, test_headline_from_metadata);
  tcase_add_test (tc, test_site_name_from_title);
  tcase_add_test (tc, test_consent_box_never_the_story);
  tcase_add_test (tc, test_consent_named_story_kept);
  tcase_add_test (tc, test_site_heading_never_the_title);
  tcase_add_test (tc, test_site_heading_inside_the_story);
  tcase_add_test (tc, test_rail_never_the_story);
  tcase_add_test (tc, test_placeholder_title_passed_over);
  tcase_add_test (tc, test_listing_page_refused);
  tcase_add_test (tc, test_error_pages_refused);
  tcase_add_test (tc, test_deal_box_left_out);
  tcase_add_test (tc, test_brand_classes_keep_the_title);
  suite_add_tcase (s, tc);
  TCase *linear = tcase_create ("linear");
  tcase_set_timeout (linear, 30);
  tcase_add_test (linear, test_deep_candidates);
  suite_add_tcase (s, linear);
  return test_run_suite (s);
}
