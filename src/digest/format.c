/* format.c - a digest's stories in, a string out: Markdown, plain text, a self-contained HTML
 * page (output/page.c's frame and escaping) or JSON (output/page.c's JSON writers). Reads the stories only;
 * nothing is printed here. Linear in the stories' text.
 */
#include "config.h"

#include <math.h>

#include <string.h>

#include "digest/digest.h"
#include "input/date.h"
#include "output/page.h"

/* The date to show: YYYY-MM-DD when it could be read, else as written; NULL when none. */
static gchar *
shown_date (const Article *a)
{
  gchar *day = precis_format_day (a->time);
  return day != NULL ? day : g_strdup (a->meta.date);
}

static void
append_plain (GString *out, const gchar *text)
{
  g_string_append (out, text);
}

/* The article's id when a line may show it: not an address that is no web address (a feed item
 * without a guid has its link as id, and a link such as "javascript:alert(1)" or "data:..." is
 * never shown, linked or not: tryout29 #9); an Atom id ("urn:1", "tag:...") is an id. NULL when
 * it has none to show. */
static const gchar *
shown_id (const Article *a)
{
  const gchar *id = a->meta.id;
  if (id == NULL || precis_is_web_address (id))
    return id;
  if (a->meta.url != NULL && strcmp (id, a->meta.url) == 0)
    return NULL;
  static const gchar *const active[] = { "javascript:", "vbscript:", "data:", "file:" };
  for (guint k = 0; k < G_N_ELEMENTS (active); k++)
    if (g_ascii_strncasecmp (id, active[k], strlen (active[k])) == 0)
      return NULL;
  return id;
}

/* @id as a line shows it: a file's path ("pages/11-press-release.html", as the command was given it)
 * by the file's name, "11-press-release.html" (tryout29 #10); any other id whole. A file's path is an
 * id with a "/" that ends in a name of the types the digest reads as pages or text. */
static const gchar *
file_name (const gchar *id)
{
  const gchar *slash = strrchr (id, '/');
  if (slash == NULL || slash[1] == '\0' || strchr (id, ':') != NULL)
    return id;
  static const gchar *const types[] = { ".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".markdown" };
  for (guint k = 0; k < G_N_ELEMENTS (types); k++)
    {
      gsize n = strlen (slash), t = strlen (types[k]);
      if (n > t + 1 && g_ascii_strcasecmp (slash + n - t, types[k]) == 0)
        return slash + 1;
    }
  return id;
}

/* What an article's line under a story names: its own title when that is not the story's
 * headline (another outlet's headline for the same story), else where the copy came from: its
 * source (a feed's or site's name), else its id (a file's name, file_name(), a record's id; not a
 * link that is no web address, shown_id()); its headline only when it has none of these. A reader of a digest
 * is told where each story came from, never the headline twice. In a section of its own source
 * (--group-by=source), whose heading names the source already, a line that would name it names the article's
 * web address instead (without its scheme: the text of a link, when @linked), else its id; NULL when the line
 * shows the address anyway (text output) and has nothing else to name. Sets *@names_source when the line or
 * the section names the source, which the byline then leaves out. */
static const gchar *
source_label (const Item *it, const Article *a, gboolean linked, gboolean *names_source)
{
  gboolean sectioned = precis_digest_source_within (a->meta.source, it->pub.section);
  *names_source = sectioned;
  if (a->meta.title != NULL && g_strcmp0 (a->meta.title, it->pub.headline) != 0)
    return a->meta.title;
  if (a->meta.source != NULL && !sectioned)
    {
      *names_source = TRUE;
      return a->meta.source;
    }
  if (sectioned && precis_is_web_address (a->meta.url))
    return linked ? strstr (a->meta.url, "://") + 3 : NULL;
  return shown_id (a) != NULL ? file_name (a->meta.id) : a->headline;
}

/* " — SOURCE, DATE" (either may be missing, the source too when the line names it already;
 * nothing when both are), each part escaped. */
static void
append_byline (GString *out, const Article *a, gboolean names_source,
               void (*escape) (GString *, const gchar *))
{
  g_autofree gchar *date = shown_date (a);
  const gchar *source = names_source ? NULL : a->meta.source;
  if (source == NULL && date == NULL)
    return;
  g_string_append (out, " — ");
  if (source)
    escape (out, source);
  if (source && date)
    g_string_append (out, ", ");
  if (date)
    escape (out, date);
}

static guint
count_articles (PrecisDigest *d)
{
  guint n = 0;
  for (guint i = 0; i < d->items->len; i++)
    n += ((Item *)d->items->pdata[i])->pub.n_articles;
  return n;
}

/* The copies left out of the articles shown: under --max-items, those of the stories kept only
 * (tryout29 #15); a copy of an article left out for its language is none of them. */
static guint
count_duplicates (PrecisDigest *d)
{
  guint n = 0;
  for (guint i = 0; i < d->items->len; i++)
    {
      const Item *it = d->items->pdata[i];
      for (guint m = 0; m < it->pub.n_articles; m++)
        {
          const Article *a = d->articles->pdata[it->articles[m]];
          n += a->duplicates != NULL ? a->duplicates->len : 0;
        }
    }
  return n;
}

static gchar *
overview (PrecisDigest *d)
{
  guint n_items = d->items->len, n_articles = count_articles (d), n_duplicates = count_duplicates (d);
  GString *out = g_string_new (NULL);
  g_string_printf (out, "%u %s from %u %s", n_items, n_items == 1 ? "story" : "stories", n_articles,
                   n_articles == 1 ? "article" : "articles");
  if (n_duplicates > 0)
    g_string_append_printf (out, " (%u %s left out)", n_duplicates,
                            n_duplicates == 1 ? "duplicate" : "duplicates");
  return g_string_free (out, FALSE);
}

/* Whether item i opens a new section. */
static gboolean
new_section (PrecisDigest *d, guint i)
{
  if (d->sections != PRECIS_DIGEST_SECTIONS_SOURCE)
    return FALSE;
  const gchar *s = ((Item *)d->items->pdata[i])->pub.section;
  return i == 0 || g_strcmp0 (s, ((Item *)d->items->pdata[i - 1])->pub.section) != 0;
}

#define NO_SECTION "Other sources"

/* Whether @sentence ends in a Chinese or Japanese full stop, exclamation or question mark (before
 * any closing quotes or brackets, "。」"): those scripts put no space between sentences. */
static gboolean
ends_unspaced (const gchar *sentence)
{
  const gchar *p = sentence + strlen (sentence);
  while (p > sentence)
    {
      p = g_utf8_find_prev_char (sentence, p);
      if (p == NULL)
        return FALSE;
      gunichar c = g_utf8_get_char (p);
      switch (c)
        {
        case 0x300D: /* 」 */
        case 0x300F: /* 』 */
        case 0xFF09: /* ） */
        case 0x3011: /* 】 */
        case 0x201D: /* ” */
          continue;
        default:
          return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E; /* 。！？． */
        }
    }
  return FALSE;
}

/* The sentences of a summary as one paragraph: a space between two, none after a Chinese or
 * Japanese sentence ("方針を固めた。防衛費..."). */
static void
append_joined (GString *out, const gchar *const *sentences)
{
  for (guint k = 0; sentences[k] != NULL; k++)
    {
      if (k > 0 && !ends_unspaced (sentences[k - 1]))
        g_string_append_c (out, ' ');
      g_string_append (out, sentences[k]);
    }
}

static gchar *
render_markdown (PrecisDigest *d)
{
  GString *out = g_string_new ("# ");
  precis_escape_markdown (out, d->title);
  g_autofree gchar *over = overview (d);
  g_string_append_printf (out, "\n\n*%s*\n", over);
  for (guint i = 0; i < d->items->len; i++)
    {
      const Item *it = d->items->pdata[i];
      if (new_section (d, i))
        {
          g_string_append (out, "\n## ");
          precis_escape_markdown (out, it->pub.section ? it->pub.section : NO_SECTION);
          g_string_append_c (out, '\n');
        }
      g_string_append (out, "\n### ");
      precis_escape_markdown (out, it->pub.headline);
      g_string_append (out, "\n\n");
      if (it->summary[0] != NULL)
        {
          GString *para = g_string_new (NULL);
          append_joined (para, it->pub.summary);
          precis_escape_markdown (out, para->str);
          g_string_free (para, TRUE);
          g_string_append (out, "\n\n");
        }
      for (guint m = 0; m < it->pub.n_articles; m++)
        {
          const Article *a = d->articles->pdata[it->articles[m]];
          gboolean names_source;
          const gchar *label = source_label (it, a, TRUE, &names_source);
          g_string_append (out, "- ");
          if (precis_is_web_address (a->meta.url))
            precis_append_markdown_link (out, label, a->meta.url);
          else
            precis_escape_markdown (out, label);
          append_byline (out, a, names_source, precis_escape_markdown);
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

static gchar *
render_text (PrecisDigest *d)
{
  GString *out = g_string_new (d->title);
  g_string_append_c (out, '\n');
  for (glong k = g_utf8_strlen (d->title, -1); k > 0; k--)
    g_string_append_c (out, '=');
  g_autofree gchar *over = overview (d);
  g_string_append_printf (out, "\n%s\n", over);
  for (guint i = 0; i < d->items->len; i++)
    {
      const Item *it = d->items->pdata[i];
      if (new_section (d, i))
        g_string_append_printf (out, "\n== %s ==\n", it->pub.section ? it->pub.section : NO_SECTION);
      g_string_append_printf (out, "\n%u. %s\n", i + 1, it->pub.headline);
      if (it->summary[0] != NULL)
        {
          g_string_append (out, "   ");
          append_joined (out, it->pub.summary);
          g_string_append_c (out, '\n');
        }
      for (guint m = 0; m < it->pub.n_articles; m++)
        {
          const Article *a = d->articles->pdata[it->articles[m]];
          gboolean names_source;
          const gchar *label = source_label (it, a, FALSE, &names_source);
          g_string_append (out, "   -");
          if (label != NULL)
            g_string_append_printf (out, " %s", label);
          else
            {
              /* its address, the one thing it has that its section's heading does not say */
              g_string_append (out, " <");
              precis_append_url (out, a->meta.url, "<>");
              g_string_append_c (out, '>');
            }
          append_byline (out, a, names_source, append_plain);
          if (label != NULL
              && precis_is_web_address (
                  a->meta.url)) /* an Atom id ("urn:1") is no address, as in -f markdown */
            {
              g_string_append (out, " <");
              precis_append_url (out, a->meta.url, "<>");
              g_string_append_c (out, '>');
            }
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

/* The language of the most of the digest's shown articles (the first of the most frequent,
 * in story order), or the summariser's when it has none. */
static const gchar *
page_language (PrecisDigest *d)
{
  const gchar *best = NULL;
  guint best_n = 0;
  g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < d->items->len; i++)
    {
      const Item *it = d->items->pdata[i];
      for (guint m = 0; m < it->pub.n_articles; m++)
        {
          const Article *a = d->articles->pdata[it->articles[m]];
          const gchar *language = a->summary->language;
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, language)) + 1;
          g_hash_table_insert (counts, (gpointer)language, GUINT_TO_POINTER (n));
          if (n > best_n)
            {
              best = language;
              best_n = n;
            }
        }
    }
  return best != NULL ? best : precis_summarizer_get_language (d->summarizer);
}

static gchar *
render_html (PrecisDigest *d)
{
  GString *out = g_string_new (NULL);
  const gchar *language = page_language (d);
  precis_page_open (out, d->title, language);
  g_string_append (out, "<h1 style=\"" PRECIS_PAGE_H1 "\">");
  precis_escape_html (out, d->title);
  g_autofree gchar *over = overview (d);
  g_string_append (out, "</h1>\n<p style=\"" PRECIS_PAGE_META "\">");
  precis_escape_html (out, over);
  g_string_append (out, "</p>\n");
  for (guint i = 0; i < d->items->len; i++)
    {
      const Item *it = d->items->pdata[i];
      if (new_section (d, i))
        {
          g_string_append (out, "<h2 style=\"" PRECIS_PAGE_H2 "\">");
          precis_escape_html (out, it->pub.section ? it->pub.section : NO_SECTION);
          g_string_append (out, "</h2>\n");
        }
      /* a story in another language than the page's says so (and which way it is written) */
      const Article *lead = d->articles->pdata[it->articles[0]];
      g_string_append (out, "<div");
      if (g_strcmp0 (lead->summary->language, language) != 0)
        precis_page_append_lang_within (out, lead->summary->language, language);
      g_string_append (out, " style=\"" PRECIS_PAGE_CARD "\">\n<h3 style=\"" PRECIS_PAGE_H3 "\">");
      precis_escape_html (out, it->pub.headline);
      g_string_append (out, "</h3>\n");
      if (it->summary[0] != NULL)
        {
          g_string_append (out, "<p style=\"" PRECIS_PAGE_P "\">");
          GString *para = g_string_new (NULL);
          append_joined (para, it->pub.summary);
          precis_escape_html (out, para->str);
          g_string_free (para, TRUE);
          g_string_append (out, "</p>\n");
        }
      g_string_append (out, "<ul style=\"" PRECIS_PAGE_SOURCES "\">\n");
      for (guint m = 0; m < it->pub.n_articles; m++)
        {
          const Article *a = d->articles->pdata[it->articles[m]];
          g_string_append (out, "<li>");
          gboolean link = precis_is_web_address (a->meta.url);
          if (link)
            {
              g_string_append (out, "<a href=\"");
              precis_append_href (out, a->meta.url);
              g_string_append (out, "\" style=\"" PRECIS_PAGE_LINK "\">");
            }
          gboolean names_source;
          precis_escape_html (out, source_label (it, a, TRUE, &names_source));
          if (link)
            g_string_append (out, "</a>");
          append_byline (out, a, names_source, precis_escape_html);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n</div>\n");
    }
  precis_page_close (out);
  return g_string_free (out, FALSE);
}

/* "name": written straight into @out (output/page.c's writers, byte for byte as json-glib's
 * generator writes strings and integers), so that a number rounded on purpose reads as the
 * summary's JSON and `precis batch` write it ("0.95", not json-glib's "0.94999999999999996"). */
static void
append_member (GString *out, const gchar *name, gboolean first)
{
  if (!first)
    g_string_append_c (out, ',');
  precis_json_append_string (out, name);
  g_string_append_c (out, ':');
}

static gchar *
render_json (PrecisDigest *d)
{
  GString *out = g_string_new ("{");
  append_member (out, "title", TRUE);
  precis_json_append_string_or_null (out, d->title);
  append_member (out, "n_articles", FALSE);
  precis_json_append_int (out, count_articles (d));
  guint n_duplicates = count_duplicates (d);
  if (n_duplicates > 0)
    {
      append_member (out, "n_duplicates", FALSE);
      precis_json_append_int (out, n_duplicates);
    }
  append_member (out, "items", FALSE);
  g_string_append_c (out, '[');
  for (guint i = 0; i < d->items->len; i++)
    {
      const Item *it = d->items->pdata[i];
      g_string_append (out, i > 0 ? ",{" : "{");
      append_member (out, "headline", TRUE);
      precis_json_append_string_or_null (out, it->pub.headline);
      if (d->sections == PRECIS_DIGEST_SECTIONS_SOURCE)
        {
          append_member (out, "section", FALSE);
          precis_json_append_string_or_null (out, it->pub.section);
        }
      append_member (out, "summary", FALSE);
      g_string_append_c (out, '[');
      for (guint k = 0; it->summary[k] != NULL; k++)
        {
          if (k > 0)
            g_string_append_c (out, ',');
          precis_json_append_string (out, it->summary[k]);
        }
      g_string_append_c (out, ']');
      append_member (out, "sources", FALSE);
      g_string_append_c (out, '[');
      for (guint m = 0; m < it->pub.n_articles; m++)
        {
          const Article *a = d->articles->pdata[it->articles[m]];
          g_string_append (out, m > 0 ? ",{" : "{");
          append_member (out, "title", TRUE);
          precis_json_append_string_or_null (out, a->meta.title);
          append_member (out, "url", FALSE);
          precis_json_append_string_or_null (out, a->meta.url);
          append_member (out, "source", FALSE);
          precis_json_append_string_or_null (out, a->meta.source);
          append_member (out, "date", FALSE);
          precis_json_append_string_or_null (out, a->meta.date);
          append_member (out, "id", FALSE);
          precis_json_append_string_or_null (out, a->meta.id);
          append_member (out, "language", FALSE);
          precis_json_append_string_or_null (out, a->summary->language);
          append_member (out, "language_confidence", FALSE);
          precis_json_append_double_short (out, round (a->summary->language_confidence * 100) / 100);
          if (a->duplicates != NULL)
            {
              append_member (out, "duplicates", FALSE);
              g_string_append_c (out, '[');
              for (guint k = 0; k < a->duplicates->len; k++)
                {
                  if (k > 0)
                    g_string_append_c (out, ',');
                  precis_json_append_string (out, a->duplicates->pdata[k]);
                }
              g_string_append_c (out, ']');
            }
          g_string_append_c (out, '}');
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "]}");
  return g_string_free (out, FALSE);
}

gchar *
precis_digest_render (PrecisDigest *d, PrecisFormat format)
{
  precis_digest_get_n_items (d);
  switch (format)
    {
    case PRECIS_FORMAT_TEXT:
      return render_text (d);
    case PRECIS_FORMAT_JSON:
      return render_json (d);
    case PRECIS_FORMAT_HTML:
      return render_html (d);
    case PRECIS_FORMAT_MARKDOWN:
    default:
      return render_markdown (d);
    }
}
