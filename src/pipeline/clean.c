/* clean.c - validated text in, cleaned text out (only when the caller asks for it).
 *
 * Text copied out of web pages, PDFs, word processors and databases carries debris that is
 * not part of any sentence: HTML tags (or tags escaped as "&lt;b&gt;"; a script or style element
 * with its code), character references
 * ("&amp;"), line breaks typed as the two characters "\n", dot leaders and page numbers of a
 * table of contents, rule lines ("_____", "/////"), a heading set one letter a line
 * ("W\nA\nRN\nI\nNG"), a full stop pushed onto a line of its own, backquotes used as opening
 * quotes. precis copies sentences verbatim, so by default it keeps all of that;
 * PRECIS_CLEAN_TEXT removes it before segmentation, and PRECIS_CLEAN_PDF also joins the lines
 * of a paragraph (a PDF's line breaks are layout, not sentence boundaries) and the halves of a
 * word hyphenated at a line's end. Offsets then refer to the cleaned text.
 *
 * Each step is one pass over the text, O(n), and only ever removes ASCII debris, replaces it
 * with ASCII or reads a character reference ("&amp;", "&#8217;") as the UTF-8 it names (always
 * shorter), so valid UTF-8 stays valid. The steps run in this order: escaped line breaks, tags
 * and character references, then line by line (leaders, rules, lone page numbers, lone full
 * stops, one-letter lines, PDF joins), then the characters inside lines (dot runs, slash runs,
 * backquotes).
 */
#include "config.h"

#include <libxml/HTMLparser.h>
#include <string.h>

#include "base/text.h"
#include "pipeline/clean.h"

/* A run of this many full stops or more is a leader or filler ("Contents.......5"). */
#define DOT_RUN 4
/* A run of this many of one rule character or more is a rule ("_____", "/////"). */
#define RULE_RUN 3
/* A page number has at most this many digits. */
#define PAGE_DIGITS 4
/* Consecutive lines of at most LETTER_LINE letters, at least LETTER_LINES of them, are one word
 * set vertically. */
#define LETTER_LINE 2
#define LETTER_LINES 3
/* Longest tag removed (bytes); a longer "<...>" is left alone. */
#define TAG_MAX 400

/* Elements whose tags end a block of text: their tags become a line break. */
static const gchar *const block_tags[] = {
  "address", "article",    "aside",   "blockquote", "br", "dd",   "div", "dl",
  "dt",      "figcaption", "figure",  "footer",     "h1", "h2",   "h3",  "h4",
  "h5",      "h6",         "header",  "hr",         "li", "main", "nav", "ol",
  "p",       "pre",        "section", "table",      "td", "th",   "tr",  "ul",
};

static gboolean
is_block_tag (const gchar *name, gsize len)
{
  return precis_ascii_word_in (name, len, block_tags, G_N_ELEMENTS (block_tags));
}

/* "\r\n", "\n", "\r" typed as text, or spaced ("\ r \ n"), at @p after a space, a sentence's
 * or clause's closing mark ("Monday.\nIt") or the start: the length of the sequence, or 0. A
 * path ("C:\new", "dir\new") is not after one. */
static gsize
escaped_break (const gchar *text, gsize len, gsize p)
{
  gboolean after_mark = p > 0 && !g_ascii_isspace (text[p - 1]);
  if (text[p] != '\\'
      || (after_mark && (strchr (".!?;,\"')]", text[p - 1]) == NULL || (p > 1 && text[p - 2] == '.'))))
    return 0;
  gsize q = p, found = 0;
  while (q < len && text[q] == '\\')
    {
      gsize r = q + 1;
      if (r < len && text[r] == ' ')
        r++;
      if (r >= len || (text[r] != 'n' && text[r] != 'r'))
        break;
      q = r + 1;
      found = q;
      while (q < len && text[q] == ' ' && q + 1 < len && text[q + 1] == '\\')
        q++;
    }
  /* After a mark, what follows opens a new line as a sentence would: a capital, white space or
   * the end ("Monday.\\nIt"; not ".\\node_modules", "..\\new", a quoted "\\n"). */
  if (found > p && after_mark && found < len && !g_ascii_isupper (text[found])
      && !g_ascii_isspace (text[found]))
    return 0;
  return found > p ? found - p : 0;
}

/* A tag at @p ("<p>", "</em>", "<img src=...>"), or one escaped with entities when @escaped
 * ("&lt;b&gt;"): its length, 0 if none; *block tells whether it ends a block, *@raw the
 * element's name, "script" or "style", when it opens one of those (not "</script>", not
 * "<script ... />"), whose content is code, not text, else NULL. */
static gsize
tag_at (const gchar *text, gsize len, gsize p, gboolean escaped, gboolean *block, const gchar **raw)
{
  const gchar *open = escaped ? "&lt;" : "<", *close = escaped ? "&gt;" : ">";
  gsize open_len = strlen (open), close_len = strlen (close);
  if (p + open_len >= len || strncmp (text + p, open, open_len) != 0)
    return 0;
  gsize q = p + open_len;
  gboolean closing = q < len && text[q] == '/';
  q += closing;
  gsize name = q;
  while (q < len && (g_ascii_isalnum (text[q]) || text[q] == ':' || text[q] == '-'))
    q++;
  if (q == name || !g_ascii_isalpha (text[name]))
    return 0;
  gsize name_len = q - name;
  while (q < len && q - p < TAG_MAX && text[q] != '<' && text[q] != '\n'
         && strncmp (text + q, close, close_len) != 0)
    q++;
  if (q >= len || q - p >= TAG_MAX || strncmp (text + q, close, close_len) != 0)
    return 0;
  *block = is_block_tag (text + name, name_len);
  *raw = NULL;
  if (!closing && text[q - 1] != '/')
    {
      if (name_len == 6 && g_ascii_strncasecmp (text + name, "script", 6) == 0)
        *raw = "script";
      else if (name_len == 5 && g_ascii_strncasecmp (text + name, "style", 5) == 0)
        *raw = "style";
    }
  return q + close_len - p;
}

/* Where the script or style element whose opening tag (escaped when @escaped) ends at @from
 * ends: after its closing tag, the element's own name whole ("</script>", "</STYLE >", "</script\n>"; not
 * "</scripts>", nor a style's "</style>" inside a script), or 0 when it is not closed, and
 * *@unclosed then set: no later one is searched for (each search would read to the end). @name
 * is the element's name, "script" or "style". */
static gsize
raw_text_end (const gchar *text, gsize len, gsize from, gboolean escaped, const gchar *name,
              gboolean *unclosed)
{
  const gchar *open = escaped ? "&lt;/" : "</", *close = escaped ? "&gt;" : ">";
  gsize open_len = strlen (open), close_len = strlen (close), name_len = strlen (name);
  for (gsize q = from; !*unclosed && q + open_len < len; q++)
    {
      if (strncmp (text + q, open, open_len) != 0)
        continue;
      gsize after = q + open_len + name_len;
      if (after >= len || g_ascii_strncasecmp (text + q + open_len, name, name_len) != 0
          || g_ascii_isalnum (text[after]) || text[after] == ':' || text[after] == '-')
        continue;
      /* (white space, line breaks too, may come before the end tag's ">": "</script\n>") */
      gsize r = after;
      while (r < len && g_ascii_isspace (text[r]))
        r++;
      if (r > after && r + close_len <= len && strncmp (text + r, close, close_len) == 0)
        return r + close_len;
      gboolean block = FALSE;
      const gchar *raw = NULL;
      gsize tag = tag_at (text, len, q, escaped, &block, &raw);
      if (tag > 0)
        return q + tag;
    }
  *unclosed = TRUE;
  return 0;
}

/* A character reference at @p ("&amp;", "&#37;", "&#x2019;", "&eacute;"; HTML's names, as
 * libxml2 knows them): its length, 0 if none; *@c is the character, a no-break space read as a
 * space. */
static gsize
reference_at (const gchar *text, gsize len, gsize p, gunichar *c)
{
  gsize q = p + 1, limit = MIN (len, p + 12);
  gboolean number = q < limit && text[q] == '#';
  gboolean hex = number && q + 1 < limit && (text[q + 1] == 'x' || text[q + 1] == 'X');
  q += number + hex;
  gsize first = q;
  while (q < limit
         && (hex      ? g_ascii_isxdigit (text[q])
             : number ? g_ascii_isdigit (text[q])
                      : g_ascii_isalnum (text[q])))
    q++;
  if (q == first || q >= limit || text[q] != ';')
    return 0;
  g_autofree gchar *name = g_strndup (text + first, q - first);
  if (number)
    *c = (gunichar)g_ascii_strtoull (name, NULL, hex ? 16 : 10);
  else
    {
      const htmlEntityDesc *e = htmlEntityLookup ((const xmlChar *)name);
      if (e == NULL)
        return 0;
      *c = e->value;
    }
  if (*c == 0x00A0)
    *c = ' ';
  if (*c >= 0x80 && *c <= 0x9F)
    *c = precis_windows_1252_of_c1 (*c); /* "&#146;" is U+2019, as pages and feeds read it */
  /* Not a character text can hold (NUL, a surrogate, beyond Unicode, a control). */
  if (!g_unichar_validate (*c) || *c == 0 || (*c < 0x20 && *c != '\t' && *c != '\n') || *c == 0x7F)
    return 0;
  return q + 1 - p;
}

/* Escaped line breaks made line breaks; tags removed (a block's tags leave a line break);
 * character references read. */
static GString *
remove_markup (const gchar *text, gsize len)
{
  GString *out = g_string_sized_new (len);
  /* no closing tag of a script [0] or a style [1], plain or escaped */
  gboolean unclosed[2][2] = { { FALSE, FALSE }, { FALSE, FALSE } };
  for (gsize p = 0; p < len;)
    {
      gboolean block = FALSE;
      const gchar *raw = NULL;
      gsize n = escaped_break (text, len, p);
      if (n > 0)
        {
          g_string_append_c (out, '\n');
          p += n;
          continue;
        }
      if (text[p] == '<' || text[p] == '&')
        {
          gboolean escaped = text[p] == '&';
          n = tag_at (text, len, p, escaped, &block, &raw);
          if (n > 0)
            {
              /* a script's or a style's code goes with its tags (unless it is never closed) */
              gsize end = 0;
              if (raw != NULL)
                end = raw_text_end (text, len, p + n, escaped, raw,
                                    &unclosed[strcmp (raw, "style") == 0][escaped]);
              if (block)
                g_string_append_c (out, '\n');
              p = end > 0 ? end : p + n;
              continue;
            }
          gunichar c = 0;
          n = text[p] == '&' ? reference_at (text, len, p, &c) : 0;
          if (n > 0)
            {
              g_string_append_unichar (out, c);
              p += n;
              continue;
            }
        }
      g_string_append_c (out, text[p]);
      p++;
    }
  return out;
}

/* The line [start, end) without its surrounding white space. */
static void
trim (const gchar *text, gsize *start, gsize *end)
{
  while (*start < *end && g_ascii_isspace (text[*start]))
    (*start)++;
  while (*end > *start && g_ascii_isspace (text[*end - 1]))
    (*end)--;
}

/* A line made of one rule character repeated ("_____", "-----", "=====", "/////"). */
static gboolean
is_rule_line (const gchar *text, gsize start, gsize end)
{
  trim (text, &start, &end);
  if (end - start < RULE_RUN || strchr ("_-=~/*#", text[start]) == NULL)
    return FALSE;
  for (gsize i = start; i < end; i++)
    if (text[i] != text[start])
      return FALSE;
  return TRUE;
}

/* A line holding a page number only ("3", "16-17"). */
static gboolean
is_page_number_line (const gchar *text, gsize start, gsize end)
{
  trim (text, &start, &end);
  gsize digits = 0;
  for (gsize i = start; i < end; i++)
    {
      if (g_ascii_isdigit (text[i]))
        digits++;
      else if (text[i] != '-' || i == start || i + 1 == end)
        return FALSE;
    }
  return digits > 0 && digits <= 2 * PAGE_DIGITS && end - start <= 2 * PAGE_DIGITS + 1;
}

/* A line of one or two letters ("W", "RN"). */
static gboolean
is_letter_line (const gchar *text, gsize start, gsize end)
{
  trim (text, &start, &end);
  if (end == start || end - start > LETTER_LINE)
    return FALSE;
  for (gsize i = start; i < end; i++)
    if (!g_ascii_isalpha (text[i]))
      return FALSE;
  return TRUE;
}

/* The end of a table-of-contents entry's text: before a dot leader and the page number that
 * close the line ("About Me........5"), or @end when the line is not such an entry. */
static gsize
strip_leader (const gchar *text, gsize start, gsize end)
{
  gsize e = end;
  while (e > start && g_ascii_isspace (text[e - 1]))
    e--;
  gsize digits_end = e;
  while (e > start && (g_ascii_isdigit (text[e - 1]) || text[e - 1] == '-'))
    e--;
  if (e == digits_end || digits_end - e > 2 * PAGE_DIGITS + 1)
    return end;
  while (e > start && text[e - 1] == ' ')
    e--;
  gsize dots_end = e;
  while (e > start && text[e - 1] == '.')
    e--;
  if (dots_end - e < DOT_RUN)
    return end;
  while (e > start && text[e - 1] == ' ')
    e--;
  return e;
}

typedef struct
{
  gsize start, end; /* the line's text, without its line break */
} Line;

static GArray *
split_lines (const gchar *text, gsize len)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  gsize start = 0;
  for (gsize p = 0; p <= len;)
    {
      gsize width = 0;
      if (p == len || precis_is_line_break (text, len, p, &width))
        {
          Line line = { start, p };
          g_array_append_val (lines, line);
          if (p == len)
            break;
          p += width;
          start = p;
        }
      else
        p++;
    }
  return lines;
}

/* Whether the line opens with a bullet ("•", "-", "*") or a number and a full stop or bracket
 * ("1.", "2)"), after its indentation. */
static gboolean
starts_item (const gchar *text, gsize start, gsize end)
{
  trim (text, &start, &end);
  if (start == end)
    return FALSE;
  gunichar c = g_utf8_get_char (text + start);
  if (c == 0x2022 || c == 0x2023 || c == 0x25E6 || c == 0x2043 || c == 0x25AA || c == 0x00B7
      || ((c == '-' || c == '*') && start + 1 < end && text[start + 1] == ' '))
    return TRUE;
  gsize d = start;
  while (d < end && d - start < 3 && g_ascii_isdigit (text[d]))
    d++;
  return d > start && d < end && (text[d] == '.' || text[d] == ')');
}

/* Whether @out ends in a word broken by a hyphen at a line's end: a letter, then "-". */
static gboolean
ends_in_broken_word (const GString *out)
{
  if (out->len < 2 || out->str[out->len - 1] != '-')
    return FALSE;
  const gchar *before = g_utf8_find_prev_char (out->str, out->str + out->len - 1);
  return before != NULL && g_unichar_isalpha (g_utf8_get_char (before));
}

/* Whether the line at @s (@n bytes) opens on "and", "or" or "to": "pre-" over "and post-war" keeps
 * its hyphen and its space. */
static gboolean
opens_on_conjunction (const gchar *s, gsize n)
{
  static const gchar *const words[] = { "and", "or", "to", "nor" };
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    {
      gsize w = strlen (words[k]);
      if (n >= w && strncmp (s, words[k], w) == 0 && (n == w || !g_ascii_isalpha (s[w])))
        return TRUE;
    }
  return FALSE;
}

/* Words written solid that open on a prefix keeping its hyphen, so that a line break after the
 * prefix is a syllable's, not a compound's: French "contre-" over "partie" is "contrepartie",
 * "porte-" over "feuille" "portefeuille", "sous-" over "crire" "souscrire"; English "ex-" over
 * "ample" is "example" (the French words first, then the English). A stem ending in '*' stands
 * for every word it opens. */
static const gchar *const solid_words[] = { "contreba*",       "contrecarr*",   "contrechamp*",
                                            "contrec\u0153ur", "contrecoup*",   "contredi*",
                                            "contrefa*",       "contrefort*",   "contrema\u00eetre*",
                                            "contremarche*",   "contrepartie*", "contrep\u00e8terie*",
                                            "contrepoids",     "contrepoint*",  "contrepoison*",
                                            "contresens",      "contresign*",   "contretemps",
                                            "contreven*",      "portefeuille*", "portemanteau*",
                                            "portefaix",       "portera*",      "porterons",
                                            "porterez",        "porteront",     "porteur*",
                                            "porteuse*",       "souscri*",      "soussign*",
                                            "soustra*",        "gardera*",      "garderons",
                                            "garderez",        "garderont",     "garderie*",
                                            "avantag*",        "chefferie*",    "bellement",
                                            "selfish*",        "selfless*",     "wellness",
                                            "nonsens*",        "example*",      "examin*",
                                            "exact",           "exactly",       "exacting",
                                            "except*",         "excess*",       "exchang*",
                                            "excit*",          "exclu*",        "execut*",
                                            "exempt*",         "exercis*",      "exhibit*",
                                            "exist*",          "expand*",       "expect*",
                                            "expens*",         "experi*",       "expert*",
                                            "explain*",        "explo*",        "export*",
                                            "expose*",         "exposi*",       "exposu*",
                                            "express*",        "extend*",       "extens*",
                                            "extent",          "extra",         "extrem*",
                                            "allow*",          "crossing*",     "present",
                                            "presents",        "presented",     "presenting",
                                            "presentation*",   "presenter*",    "presently",
                                            "presence",        "prevent*",      "previous*",
                                            "prepar*",         "predict*",      "prefer*",
                                            "preserv*",        "presid*",       "prevail*",
                                            "precis*",         "premium*",      "premier*",
                                            "preced*",         "presum*",       "pretend*",
                                            "pretext*",        "postag*",       "postal",
                                            "poster*",         "postpon*",      "posture*",
                                            "anticip*",        "antique*" };

/* Whether @word (lower case) is one of solid_words[]. */
static gboolean
is_solid_word (const gchar *word)
{
  for (guint k = 0; k < G_N_ELEMENTS (solid_words); k++)
    {
      gsize n = strlen (solid_words[k]);
      if (solid_words[k][n - 1] == '*' ? strncmp (word, solid_words[k], n - 1) == 0
                                       : g_str_equal (word, solid_words[k]))
        return TRUE;
    }
  return FALSE;
}

/* Whether the word broken at @out's end ("self-") is a prefix or a number that keeps its hyphen
 * in compounds (English "self-employed", "twenty-five", French "porte-parole", "après-midi",
 * "sous-marin"), and with the word the next line opens on (at @next, @n bytes) makes no word
 * written solid ("contre-" over "partie", "sous-" over "crire": solid_words[]). Only prefixes
 * that few common words are hyphenated after ("grand-" is not: "grand-mother"; nor "semi-",
 * "beau-", "arc-": "semi-nar", "beau-tiful", "arc-tic"). */
/* The letters of the longest of keeps_hyphen()'s prefixes ("seventy", "arrière"). */
#define LONGEST_PREFIX 7

static gboolean
keeps_hyphen (const GString *out, const gchar *next, gsize n)
{
  static const gchar *const prefixes[]
      = { "self", "well", "non", "ex", "all", "half", "cross", "twenty", "thirty", "forty", "fifty", "sixty",
          "seventy", "eighty", "ninety", "pre", "post", "anti",
          /* French */
          "porte", "vice", "après", "avant", "arrière", "sous", "contre", "demi", "garde", "peut", "chef",
          "belle", "celui", "celle", "ceux" };
  /* the word is read back no further than the longest prefix and a letter more: a word that
   * long is no prefix, and a word grown from many joined lines ("abc-" on every line) is not
   * walked again at each line */
  gsize end = out->len - 1, start = end;
  for (guint letters = 0; start > 0; letters++)
    {
      const gchar *prev = g_utf8_find_prev_char (out->str, out->str + start);
      if (prev == NULL || !g_unichar_isalpha (g_utf8_get_char (prev)))
        break;
      if (letters == LONGEST_PREFIX)
        return FALSE;
      start = (gsize)(prev - out->str);
    }
  g_autofree gchar *word = g_utf8_strdown (out->str + start, (gssize)(end - start));
  gboolean prefix = FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (prefixes) && !prefix; k++)
    prefix = g_str_equal (word, prefixes[k]);
  if (!prefix)
    return FALSE;
  gsize rest = 0;
  while (rest < n && g_unichar_isalpha (g_utf8_get_char_validated (next + rest, (gssize)(n - rest))))
    rest = (gsize)(g_utf8_next_char (next + rest) - next);
  g_autofree gchar *second = g_utf8_strdown (next, (gssize)rest);
  g_autofree gchar *whole = g_strconcat (word, second, NULL);
  return !is_solid_word (whole);
}

/* Line by line: leaders, rules and page numbers removed, a lone full stop joined to the line
 * before, one-letter lines joined into a word; with @pdf the lines of a paragraph joined. */
static GString *
clean_lines (const gchar *text, gsize len, gboolean pdf)
{
  g_autoptr (GArray) lines = split_lines (text, len);
  const Line *l = (const Line *)(gpointer)lines->data;
  GString *out = g_string_sized_new (len);
  gsize joined_at = G_MAXSIZE; /* where a hyphenated word's second line goes on, indentation skipped */
  for (guint i = 0; i < lines->len; i++)
    {
      gsize s = l[i].start, e = l[i].end;
      if (joined_at != G_MAXSIZE)
        {
          s = joined_at;
          joined_at = G_MAXSIZE;
        }
      if (is_rule_line (text, s, e) || is_page_number_line (text, s, e))
        {
          g_string_append_c (out, '\n');
          continue;
        }
      /* A word set one letter (or two) a line. */
      guint run = i;
      while (run < lines->len && is_letter_line (text, l[run].start, l[run].end))
        run++;
      if (run - i >= LETTER_LINES)
        {
          for (guint k = i; k < run; k++)
            {
              gsize a = l[k].start, b = l[k].end;
              trim (text, &a, &b);
              g_string_append_len (out, text + a, (gssize)(b - a));
            }
          g_string_append_c (out, '\n');
          i = run - 1;
          continue;
        }
      e = strip_leader (text, s, e);
      /* A full stop alone at the start of a line belongs to the line before. */
      gsize t = s;
      while (t < e && (text[t] == ' ' || text[t] == '\t'))
        t++;
      if (t < e && text[t] == '.' && (t + 1 == e || text[t + 1] == ' ') && out->len > 0
          && out->str[out->len - 1] == '\n')
        {
          while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
            g_string_truncate (out, out->len - 1);
          s = t;
        }
      g_string_append_len (out, text + s, (gssize)(e - s));
      if (i + 1 == lines->len)
        break;
      /* PDF: a line break inside a paragraph is layout, unless a list item follows; a word
       * hyphenated at the line's end ("govern-" over "ment") is joined whole. (A compound
       * broken at its own hyphen over a lower-case word, "well-" over "known", loses it.) */
      if (pdf && !precis_is_blank (text, l[i].start, l[i].end)
          && !precis_is_blank (text, l[i + 1].start, l[i + 1].end)
          && !starts_item (text, l[i + 1].start, l[i + 1].end))
        {
          while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
            g_string_truncate (out, out->len - 1);
          gsize next = l[i + 1].start;
          while (next < l[i + 1].end && (text[next] == ' ' || text[next] == '\t'))
            next++;
          if (ends_in_broken_word (out) && next < l[i + 1].end
              && g_unichar_isalpha (g_utf8_get_char (text + next))
              && !opens_on_conjunction (text + next, l[i + 1].end - next))
            {
              /* (a compound's own hyphen stays: before a capital, "Anglo-" over "Saxon"; after a
               * prefix or a number that keeps it, "self-" over "employed", "twenty-" over "five") */
              if (g_unichar_islower (g_utf8_get_char (text + next))
                  && !keeps_hyphen (out, text + next, l[i + 1].end - next))
                g_string_truncate (out, out->len - 1);
              joined_at = next;
            }
          else
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, '\n');
    }
  return out;
}

/* Inside lines: runs of dots between words become a space, runs of slashes (not the two of a
 * URL) go, a backquote opening a word becomes a straight quote. */
static GString *
clean_characters (const gchar *text, gsize len)
{
  GString *out = g_string_sized_new (len);
  for (gsize p = 0; p < len;)
    {
      gsize q = p;
      while (q < len && text[q] == text[p])
        q++;
      if (text[p] == '.' && q - p >= DOT_RUN && q < len && g_ascii_isalpha (text[q]) && p > 0
          && g_ascii_isalpha (text[p - 1]))
        g_string_append_c (out, ' ');
      else if (text[p] == '/' && q - p >= RULE_RUN)
        ; /* dropped */
      else if (text[p] == '`' && q - p == 1 && (p == 0 || g_ascii_isspace (text[p - 1])) && q < len
               && !g_ascii_isspace (text[q]))
        g_string_append_c (out, '\''); /* an opening quote typed as a backquote (not Armenian's ` mark) */
      else
        g_string_append_len (out, text + p, (gssize)(q - p));
      p = q;
    }
  return out;
}

gchar *
precis_clean (const gchar *text, gsize len, PrecisClean mode, gsize *out_len)
{
  if (mode == PRECIS_CLEAN_NONE)
    {
      *out_len = len;
      return g_strndup (text, len);
    }
  g_autoptr (GString) markup_free = remove_markup (text, len);
  g_autoptr (GString) lines = clean_lines (markup_free->str, markup_free->len, mode == PRECIS_CLEAN_PDF);
  GString *chars = clean_characters (lines->str, lines->len);
  *out_len = chars->len;
  return g_string_free (chars, FALSE);
}

void
precis_text_clean (PrecisText *t, PrecisClean mode)
{
  if (mode == PRECIS_CLEAN_NONE)
    return;
  gsize len = 0;
  gchar *cleaned = precis_clean (t->text, t->len, mode, &len);
  precis_text_adopt (t, cleaned, len);
  t->body_start = precis_bom_len (t->text, t->len);
}
