/* markdown.c - a Markdown document in, its plain text out, for the summariser: what a reader
 * sees of it, without the syntax (see precis_markdown_to_text() in precis.h).
 *
 * Front matter (a YAML "---" or TOML "+++" block of settings from the first line) is dropped,
 * its title kept as the title line when the text opens with no heading. Then line by line:
 * fenced code blocks, tables (a header row over a delimiter row, to a blank line) and link
 * reference definitions are dropped, a heading's "#" marks and a setext heading's underline,
 * thematic breaks, blockquote ">" and list markers removed (each list item stays a line of its
 * own); then inside each line images and footnote marks ("[^1]") are dropped, links [text](url) and
 * [text][ref] become their text (nested ones too), autolinks <https://...> their address, code spans their
 * code,
 * "*" and "**" (and "_" at the edges of words) emphasis goes, and a backslash escape becomes
 * the character. Paragraph breaks are kept, and each heading and list item is a paragraph of
 * its own, so that a first heading is the title line the summariser finds and none runs into
 * the next sentence. HTML comments go (drop_comments(): one opening the line spans lines to
 * its "-->", one inside a line to its "-->" within the paragraph, and a code span's or an indented
 * code line's "<!--" is code; a list item's indented lines are no code); an HTML block is read by libxml2's
 * HTML parser and becomes its text (each block element a paragraph), and an inline tag goes, its text kept.
 * Not a full CommonMark parser. O(n) in time and memory: each line's brackets are paired in one pass with a
 * stack, each run of backquotes linked to the next of its length, and a link's text read in place (a stack of
 * frames), never copied or searched again per level; the output's end is read by its last bytes, never by its
 * length, and each line copied once without its comments.
 */
#include "config.h"

#include <string.h>

#include <libxml/HTMLparser.h>

#include "precis.h"

#include "base/text.h"

/* The length of a list marker at @p ("- ", "* ", "+ ", "12. ", "3) "), or 0. */
static gsize
list_marker (const gchar *p)
{
  if ((p[0] == '-' || p[0] == '*' || p[0] == '+') && (p[1] == ' ' || p[1] == '\t'))
    return 2;
  gsize d = 0;
  while (d < 9 && g_ascii_isdigit (p[d]))
    d++;
  if (d > 0 && (p[d] == '.' || p[d] == ')') && (p[d + 1] == ' ' || p[d + 1] == '\t'))
    return d + 2;
  return 0;
}

/* Whether @line is a thematic break or a setext underline: three or more of one of "-*_="
 * and nothing else but spaces. */
static gboolean
is_rule (const gchar *line)
{
  gchar c = 0;
  guint n = 0;
  for (const gchar *p = line; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t')
        continue;
      if (!strchr ("-*_=", *p) || (c != 0 && *p != c))
        return FALSE;
      c = *p;
      n++;
    }
  return n >= 3;
}

/* Whether @line is a setext heading's underline: "=" or "-" and nothing else but spaces. */
static gboolean
is_setext_underline (const gchar *line)
{
  const gchar *p = line + strspn (line, " ");
  gsize n = p[0] == '=' || p[0] == '-' ? strspn (p, p[0] == '=' ? "=" : "-") : 0;
  return n > 0 && p[n + strspn (p + n, " \t")] == '\0';
}

/* Whether @out ends in a paragraph break ("\n\n"): its last two bytes read, never its whole
 * length (this is asked at every line). */
static gboolean
ends_paragraph (const GString *out)
{
  return out->len >= 2 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n';
}

/* Ends the paragraph @out is in (its lines end in "\n"), if any: a blank line. */
static void
open_paragraph (GString *out)
{
  if (out->len > 0 && !ends_paragraph (out))
    g_string_append_c (out, '\n');
}

/* Whether @line is a link reference definition: "[label]: destination". */
static gboolean
is_reference_definition (const gchar *line)
{
  if (line[0] != '[')
    return FALSE;
  const gchar *close = strstr (line, "]:");
  return close != NULL && close > line + 1 && memchr (line + 1, ']', (gsize)(close - line - 1)) == NULL;
}

static gsize tag_name (const gchar *p, gboolean *closing);

/* Per-line tables that make every look-up of append_inline() O(1) (amortised), so that a line
 * is read in time and memory linear in its length however its brackets and backquotes nest. */
typedef struct
{
  GArray *match;     /* gssize per byte: for an unescaped "[" or "(", the offset of its "]" or ")"; else -1 */
  GArray *open_sq;   /* the "[" not yet closed (a stack of offsets) */
  GArray *open_par;  /* the "(" not yet closed */
  GArray *next_same; /* gssize per byte: at a run of backquotes, the next run of the same length, or -1 */
  GArray *first_run; /* gssize per run length: the next run of that length not yet passed, or -1 */
  GArray *last_run;  /* gssize per run length: the last run of that length seen (scan_runs()) */
  GArray *frames;    /* the link texts being read (Frame) */
} Scratch;

/* A link text being read, and where to go on after it. */
typedef struct
{
  const gchar *start, *end, *resume;
} Frame;

/* The six tables of offsets of @t, and its frames, empty. */
static void
scratch_init (Scratch *t)
{
  GArray **offsets[] = { &t->match, &t->open_sq, &t->open_par, &t->next_same, &t->first_run, &t->last_run };
  for (guint k = 0; k < G_N_ELEMENTS (offsets); k++)
    *offsets[k] = g_array_new (FALSE, FALSE, sizeof (gssize));
  t->frames = g_array_new (FALSE, FALSE, sizeof (Frame));
}

static void
scratch_clear (Scratch *t)
{
  GArray *arrays[]
      = { t->match, t->open_sq, t->open_par, t->next_same, t->first_run, t->last_run, t->frames };
  for (guint k = 0; k < G_N_ELEMENTS (arrays); k++)
    g_array_unref (arrays[k]);
}

#define AT(array, i) g_array_index ((array), gssize, (i))

/* Pairs the brackets of @line (@len bytes, NUL-terminated) in @t->match, as a reader pairs
 * them: a backslash escapes the next character, and each "]" closes the innermost open "["
 * (")" the innermost "("), so that a bracket's partner is where the count of its kind comes
 * back to where it was. Only the entries of "[" and "(" are written (and read). */
static void
scan_brackets (Scratch *t, const gchar *line, gsize len)
{
  g_array_set_size (t->match, len);
  g_array_set_size (t->open_sq, 0);
  g_array_set_size (t->open_par, 0);
  for (gsize i = strcspn (line, "\\[]()"); i < len; i += 1 + strcspn (line + i + 1, "\\[]()"))
    {
      gchar c = line[i];
      if (c == '\\' && i + 1 < len)
        i++;
      else if (c == '[' || c == '(')
        {
          gssize at = (gssize)i;
          AT (t->match, i) = -1;
          g_array_append_val (c == '[' ? t->open_sq : t->open_par, at);
        }
      else if ((c == ']' && t->open_sq->len > 0) || (c == ')' && t->open_par->len > 0))
        {
          GArray *open = c == ']' ? t->open_sq : t->open_par;
          AT (t->match, AT (open, open->len - 1)) = (gssize)i;
          g_array_set_size (open, open->len - 1);
        }
    }
}

/* Links each run of backquotes of @line (@len bytes, NUL-terminated) to the next run of the
 * same length: @t->first_run[n] is the first run of n, @t->next_same[i] the next after the
 * run at i. Only the entries of the runs and their lengths are written (and read). */
static void
scan_runs (Scratch *t, const gchar *line, gsize len)
{
  g_array_set_size (t->next_same, len);
  g_array_set_size (t->first_run, len + 1);
  g_array_set_size (t->last_run, len + 1);
  for (const gchar *p = strchr (line, '`'); p != NULL; p = strchr (p, '`'))
    {
      gsize n = strspn (p, "`");
      AT (t->first_run, n) = AT (t->last_run, n) = -1;
      p += n;
    }
  for (const gchar *p = strchr (line, '`'); p != NULL; p = strchr (p, '`'))
    {
      gsize n = strspn (p, "`");
      gssize at = p - line, last = AT (t->last_run, n);
      AT (t->next_same, at) = -1;
      if (last < 0)
        AT (t->first_run, n) = at;
      else
        AT (t->next_same, last) = at;
      AT (t->last_run, n) = at;
      p += n;
    }
}

static void
scan_line (Scratch *t, const gchar *line, gsize len)
{
  /* (a line with no "[" asks for no partner, one with no "`" for no run: no tables then) */
  if (memchr (line, '[', len) != NULL)
    scan_brackets (t, line, len);
  if (memchr (line, '`', len) != NULL)
    scan_runs (t, line, len);
}

/* Whether the brackets @open ... @close, followed by @after, are a footnote reference
 * ("[^1]", "[^note]": a caret and a label without spaces, no link after). */
static gboolean
is_footnote_reference (const gchar *open, const gchar *close, const gchar *after)
{
  if (open[1] != '^' || close <= open + 2 || after != close + 1)
    return FALSE;
  /* (read up to the next "[" at most: nested brackets are each read once) */
  for (const gchar *q = open + 2; q < close; q++)
    if (*q == ' ' || *q == '[')
      return FALSE;
  return TRUE;
}

/* The partner of the bracket at @p (from scan_line()) when it lies before @end, else NULL. */
static const gchar *
partner (const Scratch *t, const gchar *line, const gchar *p, const gchar *end)
{
  gssize at = AT (t->match, p - line);
  return at >= 0 && line + at < end ? line + at : NULL;
}

/* The first run of exactly @n backquotes at or after @from, or NULL: the code span's closing
 * (CommonMark: a run of the opening's length). Asked with @from never going back, so each
 * length's list is walked once a line. */
static const gchar *
closing_run (Scratch *t, const gchar *line, const gchar *from, gsize n)
{
  gssize at = AT (t->first_run, n);
  while (at >= 0 && line + at < from)
    at = AT (t->next_same, at);
  AT (t->first_run, n) = at;
  return at >= 0 ? line + at : NULL;
}

/* The first @c at or after @from, or @line_end: @cache holds the last one found, and @from
 * never goes back, so each line is searched once for it. */
static const gchar *
next_char (const gchar **cache, const gchar *from, const gchar *line_end, gchar c)
{
  if (*cache < from)
    {
      const gchar *found = memchr (from, c, (gsize)(line_end - from));
      *cache = found != NULL ? found : line_end;
    }
  return *cache;
}

/* Appends the inline text of @line (@len bytes, the syntax removed) to @out. A link's text is
 * read in place as a part of the line (a frame), not copied; @t's tables answer where each
 * bracket and code span closes. */
static void
append_inline (Scratch *t, GString *out, const gchar *line, gsize len)
{
  scan_line (t, line, len);
  g_array_set_size (t->frames, 0);
  const gchar *line_end = line + len, *gt = line - 1, *space = line - 1;
  const gchar *start = line, *end = line_end, *p = line;
  gboolean closing = FALSE;
  for (;;)
    {
      if (p >= end)
        {
          if (t->frames->len == 0)
            break;
          const Frame *f = &g_array_index (t->frames, Frame, t->frames->len - 1);
          start = f->start;
          end = f->end;
          p = f->resume;
          g_array_set_size (t->frames, t->frames->len - 1);
          continue;
        }
      if (*p == '\\' && p + 1 < end && g_ascii_ispunct (p[1]))
        {
          g_string_append_c (out, p[1]);
          p += 2;
        }
      else if (*p == '`')
        {
          /* a code span: its code, the backquotes removed */
          gsize ticks = strspn (p, "`");
          const gchar *close = closing_run (t, line, p + ticks, ticks);
          if (close == NULL || close >= end)
            {
              g_string_append_len (out, p, (gssize)ticks);
              p += ticks;
              continue;
            }
          g_string_append_len (out, p + ticks, close - p - (gssize)ticks);
          p = close + ticks;
        }
      else if ((*p == '[' || (*p == '!' && p + 1 < end && p[1] == '['))
               && partner (t, line, p + (*p == '!'), end) != NULL)
        {
          gboolean image = *p == '!';
          const gchar *open = p + image, *close = partner (t, line, open, end);
          const gchar *after = close + 1, *next = NULL;
          if (after < end && (*after == '(' || *after == '[')
              && (next = partner (t, line, after, end)) != NULL)
            after = next + 1;
          else if (image)
            {
              g_string_append_c (out, *p++);
              continue;
            }
          if (image || is_footnote_reference (open, close, after))
            p = after; /* (a footnote's mark, "[^1]", is a superscript link to a note, not text) */
          else
            {
              /* the link's text, then on after the link */
              Frame f = { start, end, after };
              g_array_append_val (t->frames, f);
              start = p = open + 1;
              end = close;
            }
        }
      else if (*p == '<' && (g_str_has_prefix (p + 1, "http://") || g_str_has_prefix (p + 1, "https://"))
               && next_char (&gt, p, line_end, '>') < end && next_char (&space, p, line_end, ' ') > gt)
        {
          g_string_append_len (out, p + 1, gt - p - 1);
          p = gt + 1;
        }
      else if (*p == '<' && tag_name (p, &closing) > 0 && next_char (&gt, p, line_end, '>') < end)
        {
          /* inline HTML ("<kbd>", "<br>", "</span>"): the tag goes, its text stays; a line
           * break inside the line is a space (the next ">" found once a line, not at each "<") */
          const gchar *close = gt;
          gboolean br = !closing && g_ascii_strncasecmp (p + 1, "br", 2) == 0 && !g_ascii_isalnum (p[3]);
          p = close + 1;
          if (br && p < end && out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else if (*p == '*'
               || (*p == '_' && (p == start || !g_ascii_isalnum (p[-1]) || !g_ascii_isalnum (p[1]))))
        {
          /* emphasis markers go; a "*" or "_" between spaces ("2 * 3") stays */
          gsize run = strspn (p, *p == '*' ? "*" : "_");
          gboolean before = p > start && p[-1] != ' ', after = p + run < end && p[run] != ' ';
          if (!before && !after)
            g_string_append_len (out, p, (gssize)run);
          p += run;
        }
      else
        g_string_append_c (out, *p++);
    }
}

/* Whether @line (its end's white space aside) is exactly @mark. */
static gboolean
is_line (const gchar *line, const gchar *mark)
{
  gsize n = strlen (mark);
  return strncmp (line, mark, n) == 0 && line[n + strspn (line + n, " \t\r")] == '\0';
}

/* The value of the setting @key of the front matter line @line (YAML "key: value", TOML
 * "key = value"), its quotes removed, or NULL: none, empty, or not on one line (a block, a list
 * or a table). */
static gchar *
setting (const gchar *line, const gchar *key, gboolean toml)
{
  gsize k = strlen (key);
  if (strncmp (line, key, k) != 0)
    return NULL;
  const gchar *v = line + k + strspn (line + k, " \t");
  if (*v != (toml ? '=' : ':'))
    return NULL;
  g_autofree gchar *value = g_strstrip (g_strdup (v + 1));
  gsize n = strlen (value);
  if (n >= 2 && (value[0] == '"' || value[0] == '\'') && value[n - 1] == value[0])
    {
      value[n - 1] = '\0';
      memmove (value, value + 1, n - 1);
    }
  else if (value[0] == '|' || value[0] == '>' || value[0] == '[' || value[0] == '{')
    return NULL; /* a block, a list or a table: not a value on one line */
  return value[0] != '\0' ? g_steal_pointer (&value) : NULL;
}

/* Front matter: a YAML block ("---" ... "---" or "...") or a TOML one ("+++" ... "+++") on the
 * document's very first lines, the page's settings for a site generator (Jekyll, Hugo), not
 * its text. The index of its closing line, or 0 when @lines do not open with one; its
 * "title" in *@title and its "author" in *@author (NULL when it has none on one line). */
static guint
front_matter (gchar **lines, gchar **title, gchar **author)
{
  if (lines[0] == NULL)
    return 0;
  gboolean toml = is_line (lines[0], "+++");
  if (!toml && !is_line (lines[0], "---"))
    return 0;
  gboolean keyed = FALSE;
  for (guint i = 1; lines[i] != NULL; i++)
    {
      const gchar *line = lines[i];
      if (toml ? is_line (line, "+++") : is_line (line, "---") || is_line (line, "..."))
        return i;
      if (!keyed && line[strspn (line, " \t")] != '\0' && line[0] != '#')
        {
          /* its first setting must look like one ("key: value", "key = value", a TOML "[table]"),
           * else the "---" is a thematic break over a paragraph */
          gsize k = strspn (line, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.\"'");
          const gchar *after = line + k + strspn (line + k, " \t");
          if (!(k > 0 && *after == (toml ? '=' : ':')) && !(toml && line[0] == '['))
            break;
          keyed = TRUE;
        }
      if (*title == NULL)
        *title = setting (line, "title", toml);
      if (*author == NULL)
        *author = setting (line, "author", toml);
    }
  g_clear_pointer (title, g_free);
  g_clear_pointer (author, g_free);
  return 0; /* never closed, or no settings: not front matter */
}

/* Whether @line is a table's delimiter row ("|---|:--:|", "--- | ---"): dashes, colons, pipes
 * and spaces, with at least one pipe and one dash. */
static gboolean
is_delimiter_row (const gchar *line)
{
  return line[strspn (line, "|-: \t\r")] == '\0' && strchr (line, '|') != NULL && strchr (line, '-') != NULL;
}

/* The elements that open an HTML block when a line starts with them (CommonMark 4.6, kind 6),
 * and that a reader sees as blocks of their own inside one. */
static const gchar *const html_blocks[]
    = { "address", "article", "aside", "blockquote", "center",     "dd",      "details", "dialog",
        "div",     "dl",      "dt",    "fieldset",   "figcaption", "figure",  "footer",  "form",
        "h1",      "h2",      "h3",    "h4",         "h5",         "h6",      "header",  "hr",
        "li",      "main",    "nav",   "ol",         "p",          "section", "summary", "table",
        "tbody",   "td",      "tfoot", "th",         "thead",      "tr",      "ul",      NULL };

/* The length of the name of the element whose tag ("<div", "</p") opens @p, or 0. */
static gsize
tag_name (const gchar *p, gboolean *closing)
{
  if (p[0] != '<')
    return 0;
  *closing = p[1] == '/';
  const gchar *name = p + 1 + *closing;
  if (!g_ascii_isalpha (name[0]))
    return 0;
  gsize n = strspn (name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
  return name[n] == '>' || name[n] == ' ' || name[n] == '\t' || name[n] == '/' || name[n] == '\0' ? n : 0;
}

/* Whether @name (@n bytes) is one of html_blocks. */
static gboolean
is_block_name (const gchar *name, gsize n)
{
  for (guint k = 0; html_blocks[k] != NULL; k++)
    if (strlen (html_blocks[k]) == n && g_ascii_strncasecmp (name, html_blocks[k], n) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @p opens an HTML block: a block element's tag at the line's start. */
static gboolean
opens_html_block (const gchar *p)
{
  gboolean closing = FALSE;
  gsize n = tag_name (p, &closing);
  const gchar *name = p + 1 + closing;
  /* (and CommonMark's kind 1: a script, style, pre or textarea, whose script and style a
   * reader does not see) */
  return n > 0
         && (is_block_name (name, n) || (n == 6 && g_ascii_strncasecmp (name, "script", 6) == 0)
             || (n == 5 && g_ascii_strncasecmp (name, "style", 5) == 0)
             || (n == 3 && g_ascii_strncasecmp (name, "pre", 3) == 0)
             || (n == 8 && g_ascii_strncasecmp (name, "textarea", 8) == 0));
}

/* Whether @s holds @lower (lower case) in any case. */
static gboolean
ascii_case_contains (const gchar *s, const gchar *lower)
{
  g_autofree gchar *down = g_ascii_strdown (s, -1);
  return strstr (down, lower) != NULL;
}

/* Ends the line @out ends on, its trailing spaces dropped (nothing when it is empty or ended). */
static void
end_line (GString *out)
{
  if (out->len == 0 || out->str[out->len - 1] == '\n')
    return;
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  g_string_append_c (out, '\n');
}

/* Appends the text a reader sees of @node's children to @out: block elements (and <br>) on
 * lines of their own, scripts and styles left out. */
static void
append_html_text (GString *out, xmlNode *node)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
      {
        /* white space collapsed, as a browser shows it */
        for (const gchar *q = (const gchar *)c->content; q != NULL && *q != '\0'; q++)
          if (g_ascii_isspace (*q))
            {
              if (out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
                g_string_append_c (out, ' ');
            }
          else
            g_string_append_c (out, *q);
      }
    else if (c->type == XML_ELEMENT_NODE)
      {
        const gchar *name = (const gchar *)c->name;
        if (g_ascii_strcasecmp (name, "script") == 0 || g_ascii_strcasecmp (name, "style") == 0)
          continue;
        gboolean block = is_block_name (name, strlen (name)) || g_ascii_strcasecmp (name, "br") == 0;
        if (block)
          end_line (out);
        append_html_text (out, c);
        if (block)
          end_line (out);
      }
}

/* Appends the text of the HTML block @html to @out, as paragraphs: each block element a
 * paragraph of its own, read by libxml2's HTML parser as a browser reads it (entities
 * decoded, tags gone). */
static void
append_html_block (GString *out, const gchar *html, gsize len)
{
  htmlDocPtr doc
      = htmlReadMemory (html, (int)MIN (len, (gsize)G_MAXINT), NULL, "UTF-8",
                        HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED);
  if (doc == NULL)
    return;
  g_autoptr (GString) text = g_string_new (NULL);
  append_html_text (text, (xmlNode *)doc);
  xmlFreeDoc (doc);
  /* each line of it a paragraph */
  g_auto (GStrv) lines = g_strsplit (text->str, "\n", -1);
  for (guint k = 0; lines[k] != NULL; k++)
    {
      g_strstrip (lines[k]);
      if (lines[k][0] == '\0')
        continue;
      open_paragraph (out);
      g_string_append (out, lines[k]);
      g_string_append (out, "\n\n");
    }
}

/* Whether @l ends the paragraph before it: a blank line, or one opening a code fence, an ATX
 * heading or a list item. */
static gboolean
interrupts_paragraph (const gchar *l)
{
  if (l[strspn (l, " \t")] == '\0')
    return TRUE;
  const gchar *p = l + MIN (strspn (l, " "), 3);
  gsize hashes = strspn (p, "#");
  return g_str_has_prefix (p, "```") || g_str_has_prefix (p, "~~~")
         || (hashes > 0 && hashes <= 6 && (p[hashes] == ' ' || p[hashes] == '\0')) || list_marker (p) > 0;
}

/* Whether a line from @from on holds "-->" before the paragraph ends (interrupts_paragraph(), or
 * the text's end): whether an inline comment left open on the line before @from is closed.
 * *@stop caches the line where the last search stopped, so that the lines of a paragraph are
 * searched once however many "<!--" it leaves open. */
static gboolean
closes_later (gchar **lines, guint from, guint *stop)
{
  if (*stop < from)
    for (*stop = from; lines[*stop] != NULL; (*stop)++)
      if (interrupts_paragraph (lines[*stop]) || strstr (lines[*stop], "-->") != NULL)
        break;
  return lines[*stop] != NULL && !interrupts_paragraph (lines[*stop]);
}

/* Copies @line to @dst without its HTML comments; *@comment says whether one is open from an
 * earlier line, and is left saying whether one stays open after it. As CommonMark reads them:
 * a comment opening the line (an HTML block) spans lines to the one holding "-->", blank lines
 * and all; one inside the line goes to its "-->" on the line or on a later line of the
 * paragraph (@closed: a later line of it holds one), else it is literal text; a code span's
 * "<!--" is code, and an indented code line (@code) is copied as it is. Each byte is copied
 * once and "-->" searched for once past each "<!--" that is closed, so a line of many
 * comments, or of many "<!--" left open, is read in linear time. */
static void
drop_comments (Scratch *t, GString *dst, const gchar *line, gboolean code, gboolean closed, gboolean *comment)
{
  g_string_truncate (dst, 0);
  gsize len = strlen (line);
  const gchar *p = line, *end = line + len;
  if (*comment)
    {
      const gchar *close = strstr (line, "-->");
      if (close == NULL)
        return; /* (the whole line inside the comment) */
      *comment = FALSE;
      p = close + 3;
    }
  else if (code)
    {
      g_string_append_len (dst, line, (gssize)len);
      return;
    }
  else
    {
      gsize indent = strspn (line, " ");
      if (indent <= 3 && g_str_has_prefix (line + indent, "<!--")
          && strstr (line + indent + 4, "-->") == NULL)
        {
          *comment = TRUE;
          return;
        }
    }
  if (memchr (p, '`', (gsize)(end - p)) != NULL)
    scan_runs (t, line, len);
  while (p < end)
    {
      const gchar *q = p + strcspn (p, "`<");
      g_string_append_len (dst, p, q - p);
      if (q >= end)
        break;
      if (*q == '`')
        {
          /* a code span is copied whole, its "<!--" code; an unclosed run is literal */
          gsize ticks = strspn (q, "`");
          const gchar *close = closing_run (t, line, q + ticks, ticks);
          p = close != NULL ? close + ticks : q + ticks;
          g_string_append_len (dst, q, p - q);
        }
      else if (g_str_has_prefix (q, "<!--"))
        {
          const gchar *close = strstr (q + 4, "-->");
          if (close == NULL && closed)
            {
              /* closed on a later line of the paragraph: the rest of the line is comment */
              *comment = TRUE;
              break;
            }
          if (close == NULL)
            {
              /* never closed: literal, and so is every later "<!--" of it */
              g_string_append_len (dst, q, end - q);
              break;
            }
          p = close + 3;
        }
      else
        {
          g_string_append_c (dst, '<');
          p = q + 1;
        }
    }
}

/* @text as a reader reads it, syntax aside ("*Lanes*" "Lanes"), without white space around it. */
static gchar *
inline_text (Scratch *t, const gchar *text)
{
  GString *a = g_string_new (NULL);
  append_inline (t, a, text, strlen (text));
  g_strstrip (a->str);
  return g_string_free (a, FALSE);
}

/* Whether the heading @heading reads as @title (the front matter's, as inline_text() reads it). */
static gboolean
repeats_title (Scratch *t, const gchar *heading, const gchar *title)
{
  g_autofree gchar *a = inline_text (t, heading);
  return strcmp (a, title) == 0;
}

/* The text of @markdown; with @title_out, the front matter's title and author are set there
 * (NULL if none) and the title is no title line of the text. */
static gchar *
markdown_text (const gchar *markdown, gssize len, gchar **title_out, gchar **author_out)
{
  gsize n = len < 0 ? strlen (markdown) : (gsize)len;
  /* a byte-order mark is not text, and would hide a heading or front matter on the first line */
  gsize bom = precis_bom_len (markdown, n);
  markdown += bom;
  n -= bom;
  g_autofree gchar *copy = g_strndup (markdown, n);
  g_auto (GStrv) lines = g_strsplit (copy, "\n", -1);
  /* a CRLF line's "\r" goes once, here: every test below, of a line or of the next one, sees
   * the line as an LF text has it */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize l = strlen (lines[i]);
      if (l > 0 && lines[i][l - 1] == '\r')
        lines[i][l - 1] = '\0';
    }
  GString *out = g_string_sized_new (n);
  g_autofree gchar *fence = NULL; /* the fence of the code block being skipped */
  Scratch t;
  scratch_init (&t);
  g_autofree gchar *title = NULL, *author = NULL;
  guint first = front_matter (lines, &title, &author);
  if (title != NULL)
    {
      /* the title as the title line reads ("*Lanes*" "Lanes") */
      gchar *plain = inline_text (&t, title);
      g_free (title);
      title = plain;
    }
  if (first > 0)
    {
      first++;
      /* its title is the title line, as a page's <title> is, unless the text opens with a
       * heading of its own (which a reader sees as the title) */
      guint i = first;
      while (lines[i] != NULL && lines[i][strspn (lines[i], " \t\r")] == '\0')
        i++;
      const gchar *head = lines[i] != NULL ? lines[i] + strspn (lines[i], " ") : "";
      if (title != NULL && title_out == NULL && head[0] != '#'
          && (lines[i] == NULL || lines[i + 1] == NULL || !is_rule (lines[i + 1])))
        {
          g_string_append (out, title);
          g_string_append (out, "\n\n");
        }
    }
  gboolean table = FALSE;                          /* inside a table's rows */
  gboolean comment = FALSE;                        /* inside an HTML comment */
  gboolean after_blank = TRUE;                     /* the line before was blank, or indented code (or none) */
  gboolean item = FALSE;                           /* inside a list item (its indented lines are no code) */
  guint stop = 0;                                  /* where closes_later() last stopped */
  g_autoptr (GString) clean = g_string_new (NULL); /* the line without its comments */
  for (guint i = first; lines[i] != NULL; i++)
    {
      gchar *line = lines[i];
      if (lines[i + 1] == NULL && line[0] == '\0')
        break; /* after the final line break */
      const gchar *p = line + MIN (strspn (line, " "), 3);
      if (fence != NULL)
        {
          if (g_str_has_prefix (p, fence))
            g_clear_pointer (&fence, g_free);
          continue;
        }
      if (g_str_has_prefix (p, "```") || g_str_has_prefix (p, "~~~"))
        {
          fence = g_strndup (p, 3);
          continue;
        }
      /* an HTML comment is no text: it goes, and a line that held only comments with it
       * (an indented code line, four spaces or a tab after a blank line, keeps its "<!--"; a
       * list item's line so indented is its next paragraph, no code) */
      gboolean blank = line[strspn (line, " \t")] == '\0';
      gsize indent = strspn (line, " ");
      if (!blank && indent <= 3 && list_marker (line + indent) > 0 && !is_rule (line + indent))
        item = TRUE;
      else if (!blank && after_blank && indent == 0 && line[0] != '\t')
        item = FALSE;
      gboolean code = !item && after_blank && !blank && (line[0] == '\t' || indent >= 4);
      after_blank = blank || code;
      const gchar *open = strstr (line, "<!--");
      if (comment || open != NULL)
        {
          drop_comments (&t, clean, line, code, open != NULL && closes_later (lines, i + 1, &stop), &comment);
          line = clean->str;
          if (!blank && line[strspn (line, " \t")] == '\0')
            continue;
          p = line + MIN (strspn (line, " "), 3);
        }
      /* an HTML block (a block element's tag opening a line, to a blank line): its text as a
       * reader sees it, each block a paragraph */
      if (opens_html_block (p))
        {
          g_autoptr (GString) html = g_string_new (p);
          /* (a script, style, pre or textarea ends at its closing tag, blank lines and all;
           * another block at a blank line) */
          gboolean closing = FALSE;
          gsize name_len = tag_name (p, &closing);
          g_autofree gchar *name = g_ascii_strdown (p + 1 + closing, (gssize)name_len);
          g_autofree gchar *close = is_block_name (name, name_len) ? NULL : g_strconcat ("</", name, NULL);
          gboolean closed = close != NULL && ascii_case_contains (p, close);
          while (lines[i + 1] != NULL
                 && (close != NULL ? !closed : lines[i + 1][strspn (lines[i + 1], " \t")] != '\0'))
            {
              i++;
              g_string_append_c (html, '\n');
              g_string_append (html, lines[i]);
              closed = close != NULL && ascii_case_contains (lines[i], close);
            }
          append_html_block (out, html->str, html->len);
          continue;
        }
      /* a table (a header row, a delimiter row, rows up to a blank line or a line without a
       * pipe) is data a reader looks up, not sentences: it goes, as a code block does */
      table = table && strchr (p, '|') != NULL && p[strspn (p, " \t")] != '\0';
      if (!table && strchr (p, '|') != NULL && lines[i + 1] != NULL && is_delimiter_row (lines[i + 1]))
        table = TRUE;
      if (table || is_rule (p) || is_reference_definition (p))
        continue;
      while (*p == '>')
        {
          p++;
          if (*p == ' ')
            p++;
        }
      /* a heading and a list item are paragraphs of their own: a heading never runs into the
       * sentence after it, nor an item into the next */
      gboolean heading = FALSE;
      if (*p == '#')
        {
          gsize hashes = strspn (p, "#");
          if (hashes <= 6 && (p[hashes] == ' ' || p[hashes] == '\0'))
            {
              heading = TRUE;
              p += hashes;
              while (*p == ' ')
                p++;
              /* closing "#"s go too */
              gchar *end = (gchar *)p + strlen (p);
              while (end > p && (end[-1] == '#' || end[-1] == ' '))
                end--;
              *end = '\0';
            }
        }
      else
        {
          p += strspn (p, " ");
          gsize marker = list_marker (p);
          p += marker;
          /* (a setext heading: a line over a "===" or "---" underline) */
          heading = marker == 0 && *p != '\0' && lines[i + 1] != NULL && is_setext_underline (lines[i + 1]);
          if (marker > 0)
            open_paragraph (out);
        }
      if (heading)
        open_paragraph (out);
      if (heading && out->len == 0 && title_out != NULL && title != NULL && repeats_title (&t, p, title))
        continue; /* (the title given apart: an opening heading that repeats it is no text) */
      if (*p == '\0' && (out->len == 0 || ends_paragraph (out)))
        continue; /* (a paragraph break already made) */
      append_inline (&t, out, p, strlen (p));
      g_string_append_c (out, '\n');
      if (heading)
        g_string_append_c (out, '\n');
    }
  scratch_clear (&t);
  if (out->len > 0 && n > 0 && markdown[n - 1] != '\n')
    g_string_truncate (out, out->len - 1);
  if (title_out != NULL)
    {
      *title_out = g_steal_pointer (&title);
      *author_out = g_steal_pointer (&author);
    }
  return g_string_free (out, FALSE);
}

gchar *
precis_markdown_to_text (const gchar *markdown, gssize len)
{
  g_return_val_if_fail (markdown != NULL || len == 0, NULL);
  return markdown_text (markdown, len, NULL, NULL);
}

gchar *
precis_markdown_read (const gchar *markdown, gssize len, gchar **title, gchar **author)
{
  g_return_val_if_fail (markdown != NULL || len == 0, NULL);
  g_return_val_if_fail (title != NULL && author != NULL, NULL);
  return markdown_text (markdown, len, title, author);
}
