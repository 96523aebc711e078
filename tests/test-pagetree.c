/* test-pagetree.c - the page tree (src/input/pagetree.c) is libxml2's own tree of the same
 * bytes, node for node: for adversarial pages made here, the fuzzing seeds and the test
 * pages; from one buffer and through the block reader; with libxml2's nodes freed while the
 * page is read (as with libxml2 2.9) and after it (as with other versions). */
#include <check.h>
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "pagetree-check.h"

static void
assert_same_tree (const gchar *what, const gchar *data, gsize n)
{
  g_autofree gchar *differs = precis_test_page_tree_differs (data, n);
  ck_assert_msg (differs == NULL, "%s: the page tree is not libxml2's: %s", what, differs);
}

static void
assert_same_tree_str (const gchar *what, const GString *page)
{
  assert_same_tree (what, page->str, page->len);
}

/* Hand-made pages, each a thing that makes libxml2's HTML parser build other than the tags
 * say: misnesting, implied and auto-closed elements, comments and PIs outside the root and
 * in runs, templates, tables' foster parenting, content after </html>, a second <html>. */
static const gchar *const pages[] = {
  "",
  " ",
  "just text, no tags",
  "<p>one<p>two<p>three",
  "<b><i>misnested</b> still italic</i> after",
  "<b>1<p>2</b>3</p>4",
  "<a href=x>one<a href=y>two</a></a>",
  "<ul><li>a<li>b<ul><li>c</ul><li>d</ul>",
  "<dl><dt>t<dd>d<dt>t2<dd>d2</dl>",
  "<select><option>a<option>b<optgroup><option>c</select>",
  "<title>t</title><p>body implied",
  "<meta charset=utf-8><link rel=x>text before any body<div>in</div>",
  "<head><p>paragraph in the head</p></head><body>b</body>",
  "<!-- before --><!-- two --><html><!-- in html --><head><!-- in head --></head>"
  "<body><!-- a --><!-- b --><!-- c --><p>x<!-- d --></p><!-- e --></body><!-- after body --></html>"
  "<!-- after html --><!-- two after -->",
  "<?php echo 1 ?><?xml-stylesheet href='a'?><html><?pi in html?><body><?pi a?><?pi b?>"
  "<p>t<?pi c?></p></body></html><?pi after?>",
  "<!-- a --> <!-- b -->\n<!-- c -->\t<p>x</p> <!-- d --> \n <!-- e -->",
  "<p>a<!-- c1 --> <!-- c2 -->b</p><p> <!-- c3 --> </p>",
  "<template><p>inside a template</p><tr><td>cell</td></tr></template><p>after</p>",
  "<table><p>fostered</p><tr><td>1<td>2<tr><td>3</table>",
  "<table>text in a table<tr>more<td>cell</td>after cell</tr></table>",
  "<table><tbody><tr><td><table><tr><td>nested</table></td></tr></tbody><caption>c</caption></table>",
  "<table><form><tr><td><input name=a></form></td></tr></table>",
  "<html><body><p>x</p></body></html>text after html<p>and a paragraph</p>",
  "<html><body>x</body></html>\n\n  \n",
  "<html lang=en><body>one</body></html><html class=two lang=fr><body id=b2>two</body></html>",
  "<html><html><head><head><body><body a=1><body b=2>x",
  "<body>a</body><body>b</body><frameset><frame></frameset>",
  "<p>a<div>block in p</div>b</p>",
  "<h1>a<h2>b</h1>c</h2>",
  "<p><table><tr><td>t</table>after</p>",
  "<script>if (a < b && c > d) { document.write('</p>') }</script><style>p > a {}</style>",
  "<textarea><b>not a tag</b></textarea><xmp><i>x</i></xmp><plaintext><p>all text",
  "<p>&amp; &lt; &gt; &quot; &nbsp; &eacute; &#233; &#xe9; &#0; &#x110000; &bogus; &amp &copy2 &",
  "<a title='&amp;&lt;&#65;&bogus;' href=\"a&b\" data-x=&quot; c>attrs with references</a>",
  "<div a=1 b=2 a=3 B=4 c d='' e=\"\" f=g=h>repeated and odd attributes</div>",
  "<div <p>broken tag</p> </ div> <//p> <p/> <br/> </br> </p>",
  "<![CDATA[ cdata in html ]]><p><![CDATA[x]]></p>",
  "<!DOCTYPE html><!doctype bad><html>",
  "<!----><!-- -- --><!--->--><!-- <p> --><p>x",
  "<!-- unclosed comment <p>x</p>",
  "<p>unclosed <b>bold <i>italic <u>underline",
  "</p></div></body></html>",
  "<svg><circle r=1></circle><foreignObject><p>x</p></foreignObject></svg><math><mi>x</mi></math>",
  "<noscript><p>n</p></noscript><noembed>e</noembed><iframe><p>i</p></iframe>",
  "<pre>\nfirst line\n</pre><listing>\nl</listing>",
  "\xef\xbb\xbf<p>byte-order mark</p>",
  "<p>bad UTF-8 \xff\xfe \xc3 end</p>",
  "<p>nul \0 inside</p>",
};

START_TEST (test_made_pages)
{
  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gchar what[32];
      g_snprintf (what, sizeof what, "page %" G_GSIZE_FORMAT, i);
      /* (the one with a NUL is read to its end) */
      gsize n = strlen (pages[i]);
      if (strstr (pages[i], "nul ") != NULL)
        n += 1 + strlen (pages[i] + n + 1);
      assert_same_tree (what, pages[i], n);
    }
}
END_TEST

/* Character and entity references, comments and tags across the block reader's edges
 * (libxml2 reads 4,000 bytes at a time): each at every offset around the first few edges. */
START_TEST (test_block_edges)
{
  static const gchar *const pieces[] = { "&amp;",      "&#233;",   "&#x1F600;", "&eacute;", "&nbsp;x",
                                         "<!-- c -->", "<?pi x?>", "<b>b</b>",  "</p><p>",  "\xc3\xa9" };
  for (gsize p = 0; p < G_N_ELEMENTS (pieces); p++)
    for (gsize edge = 4000; edge <= 12000; edge += 4000)
      for (gsize at = edge - 12; at <= edge + 4; at++)
        {
          GString *page = g_string_new ("<html><body><p title=\"");
          /* the piece in an attribute too, where it is near the edge */
          g_string_append (page, pieces[p]);
          g_string_append (page, "\">");
          while (page->len < at)
            g_string_append_c (page, page->len % 7 == 0 ? ' ' : 'a');
          g_string_append (page, pieces[p]);
          g_string_append (page, " tail</p></body></html>");
          gchar what[64];
          g_snprintf (what, sizeof what, "piece %" G_GSIZE_FORMAT " at %" G_GSIZE_FORMAT, p, at);
          assert_same_tree_str (what, page);
          g_string_free (page, TRUE);
        }
}
END_TEST

START_TEST (test_many_attributes)
{
  GString *page = g_string_new ("<div");
  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (page, " a%u=\"v%u&amp;%u\"", i, i, i % 5 == 0 ? i : i * 7);
  g_string_append (page, " a7=dup>x</div><p");
  for (guint i = 0; i < 200; i++)
    g_string_append_printf (page, i % 3 == 0 ? " b%u" : " b%u=%u", i, i);
  g_string_append (page, ">y");
  assert_same_tree_str ("many attributes", page);
  g_string_free (page, TRUE);
}
END_TEST

START_TEST (test_deep_nesting)
{
  static const gchar *const opens[] = { "<div>", "<span>", "<b><i>", "<table><tr><td>", "<ul><li>" };
  for (gsize k = 0; k < G_N_ELEMENTS (opens); k++)
    {
      GString *page = g_string_new ("<html><body>");
      for (guint i = 0; i < 3000; i++)
        {
          g_string_append (page, opens[k]);
          if (i % 50 == 0)
            g_string_append_printf (page, "t%u<!-- c%u -->", i, i);
        }
      g_string_append (page, "deepest");
      for (guint i = 0; i < 1000; i++)
        g_string_append (page, i % 2 == 0 ? "</div>" : "</span> after");
      assert_same_tree_str (opens[k], page);
      g_string_free (page, TRUE);
    }
}
END_TEST

/* Runs of comments and PIs, with and without white space and text between them, in an
 * element and outside the root (what the page tree keeps of libxml2's tree while it reads). */
START_TEST (test_comment_runs)
{
  static const gchar *const betweens[] = { "", " ", "\n  ", "x", "<br>", "<?pi?>" };
  static const gchar *const wheres[][2] = { { "", "<p>root</p>" },
                                            { "<p>in p: ", "</p>" },
                                            { "<html><body><p>a</p></body></html>", "" },
                                            { "<table>", "<tr><td>c</td></tr></table>" } };
  for (gsize b = 0; b < G_N_ELEMENTS (betweens); b++)
    for (gsize w = 0; w < G_N_ELEMENTS (wheres); w++)
      {
        GString *page = g_string_new (wheres[w][0]);
        for (guint i = 0; i < 300; i++)
          g_string_append_printf (page, "<!-- %u -->%s", i, betweens[b]);
        g_string_append (page, "text<!--last-->");
        g_string_append (page, wheres[w][1]);
        g_string_append (page, "<!--after-->");
        gchar what[32];
        g_snprintf (what, sizeof what, "comments %" G_GSIZE_FORMAT "/%" G_GSIZE_FORMAT, b, w);
        assert_same_tree_str (what, page);
        g_string_free (page, TRUE);
      }
}
END_TEST

/* Random tag soup from a fixed seed: tags, end tags, comments, text, references, white space. */
START_TEST (test_tag_soup)
{
  static const gchar *const bits[] = { "<p>",        "</p>",        "<div>",
                                       "</div>",     "<b>",         "</b>",
                                       "<i>",        "</i>",        "<table>",
                                       "</table>",   "<tr>",        "<td>",
                                       "</td>",      "<li>",        "<ul>",
                                       "</ul>",      "<!-- c -->",  "<?pi?>",
                                       "text",       " ",           "\n",
                                       "&amp;",      "&#233;",      "<br>",
                                       "<html>",     "</html>",     "<body x=1>",
                                       "</body>",    "<head>",      "<title>t</title>",
                                       "<template>", "</template>", "<a href=u>",
                                       "</a>",       "<option>",    "<select>",
                                       "<h1>",       "</h1>",       "<script>s</script>",
                                       "<form>",     "</form>",     "<input>",
                                       "<dd>",       "<dt>",        "<caption>",
                                       "<col>" };
  GRand *rand = g_rand_new_with_seed (19);
  for (guint k = 0; k < 400; k++)
    {
      GString *page = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 120);
      for (guint i = 0; i < n; i++)
        g_string_append (page, bits[g_rand_int_range (rand, 0, G_N_ELEMENTS (bits))]);
      gchar what[32];
      g_snprintf (what, sizeof what, "soup %u", k);
      assert_same_tree_str (what, page);
      g_string_free (page, TRUE);
    }
  g_rand_free (rand);
}
END_TEST

static guint
check_directory (const gchar *dir, const gchar *suffix)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) d = g_dir_open (dir, 0, &error);
  ck_assert_msg (d != NULL, "%s: %s", dir, error != NULL ? error->message : "");
  guint count = 0;
  for (const gchar *name; (name = g_dir_read_name (d)) != NULL;)
    {
      if (suffix != NULL && !g_str_has_suffix (name, suffix))
        continue;
      g_autofree gchar *path = g_build_filename (dir, name, NULL);
      g_autofree gchar *data = NULL;
      gsize n = 0;
      ck_assert (g_file_get_contents (path, &data, &n, NULL));
      assert_same_tree (path, data, n);
      count++;
    }
  return count;
}

START_TEST (test_files)
{
  ck_assert_uint_gt (check_directory (PRECIS_FUZZ_CORPUS, NULL), 0);
  ck_assert_uint_gt (check_directory (PRECIS_TEST_DATA, ".html"), 0);
}
END_TEST

/* The comparison finds a difference: an attribute dropped, a child moved, a text changed. */
START_TEST (test_comparison_fails)
{
  /* (a page whose tree differs is made by comparing libxml2's tree of one page with the
   * page tree of another, through the same dumps: see pagetree-check.c) */
  static const gchar *const pairs[][2] = {
    { "<p a=1 b=2>x</p>", "<p a=1>x</p>" },
    { "<p a=1 b=2>x</p>", "<p b=2 a=1>x</p>" },
    { "<div><p>x</p><p>y</p></div>", "<div><p>x<span>y</span></p></div>" },
    { "<div><p>x</p></div><p>y</p>", "<div><p>x</p><p>y</p></div>" },
    { "<p>x</p>", "<p>y</p>" },
    { "<!-- c --><p>x</p>", "<p>x</p>" },
    { "<p>x</p><!-- c -->", "<p>x</p><?c?>" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree gchar *differs = precis_test_page_tree_differs_pair (pairs[i][0], strlen (pairs[i][0]),
                                                                      pairs[i][1], strlen (pairs[i][1]));
      ck_assert_msg (differs != NULL, "pair %" G_GSIZE_FORMAT ": no difference found", i);
      g_autofree gchar *same = precis_test_page_tree_differs_pair (pairs[i][0], strlen (pairs[i][0]),
                                                                   pairs[i][0], strlen (pairs[i][0]));
      ck_assert_msg (same == NULL, "pair %" G_GSIZE_FORMAT ": %s", i, same);
    }
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("pagetree");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_made_pages);
  tcase_add_test (tc, test_block_edges);
  tcase_add_test (tc, test_many_attributes);
  tcase_add_test (tc, test_deep_nesting);
  tcase_add_test (tc, test_comment_runs);
  tcase_add_test (tc, test_tag_soup);
  tcase_add_test (tc, test_files);
  tcase_add_test (tc, test_comparison_fails);
  suite_add_tcase (s, tc);
  SRunner *sr = srunner_create (s);
  srunner_run_all (sr, CK_NORMAL);
  int failed = srunner_ntests_failed (sr);
  srunner_free (sr);
  return failed == 0 ? 0 : 1;
}
