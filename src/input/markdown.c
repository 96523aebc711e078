/* markdown.c - a Markdown document in, its plain text out, for the summariser: what a reader
 * sees of it, without the syntax (see precis_markdown_to_text() in precis.h).
 *
 * Line by line: fenced code blocks and link reference definitions are dropped, a heading's
 * "#" marks and a setext heading's underline, thematic breaks, blockquote ">" and list markers
 * removed (each list item stays a line of its own); then inside each line images are dropped,
 * links [text](url) and [text][ref] become their text, autolinks <https://...> their address,
 * code spans their code, "*" and "**" (and "_" at the edges of words) emphasis goes, and a
 * backslash escape becomes the character. Paragraph breaks are kept, so that a first heading
 * followed by a blank line is the title line the summariser finds. Not a full CommonMark
 * parser: nested brackets inside link text and HTML blocks are left as written. O(n).
 */
#include "config.h"

#include <string.h>

#include "precis.h"

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

/* Whether @line is a link reference definition: "[label]: destination". */
static gboolean
is_reference_definition (const gchar *line)
{
  if (line[0] != '[')
    return FALSE;
  const gchar *close = strstr (line, "]:");
  return close != NULL && close > line + 1 && memchr (line + 1, ']', (gsize)(close - line - 1)) == NULL;
}

/* The end of a bracketed run starting at @open ("[" or "("), the closing @close, or NULL. */
static const gchar *
closing (const gchar *open, gchar close)
{
  gint depth = 0;
  for (const gchar *p = open; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == *open)
        depth++;
      else if (*p == close && --depth == 0)
        return p;
    }
  return NULL;
}

/* Appends the inline text of @line (the syntax removed) to @out. */
static void
append_inline (GString *out, const gchar *line)
{
  for (const gchar *p = line; *p != '\0';)
    {
      if (*p == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        {
          g_string_append_c (out, p[1]);
          p += 2;
        }
      else if (*p == '`')
        {
          /* a code span: its code, the backquotes removed */
          gsize ticks = strspn (p, "`");
          g_autofree gchar *fence = g_strndup (p, ticks);
          const gchar *end = strstr (p + ticks, fence);
          if (end == NULL)
            {
              g_string_append_len (out, p, (gssize)ticks);
              p += ticks;
              continue;
            }
          g_string_append_len (out, p + ticks, end - p - (gssize)ticks);
          p = end + ticks;
        }
      else if ((*p == '[' || (*p == '!' && p[1] == '[')) && closing (p + (*p == '!'), ']') != NULL)
        {
          gboolean image = *p == '!';
          const gchar *open = p + image, *close = closing (open, ']');
          const gchar *after = close + 1;
          if (*after == '(' && closing (after, ')') != NULL)
            after = closing (after, ')') + 1;
          else if (*after == '[' && closing (after, ']') != NULL)
            after = closing (after, ']') + 1;
          else if (image)
            {
              g_string_append_c (out, *p++);
              continue;
            }
          if (!image)
            {
              g_autofree gchar *text = g_strndup (open + 1, (gsize)(close - open - 1));
              append_inline (out, text);
            }
          p = after;
        }
      else if (*p == '<' && (g_str_has_prefix (p + 1, "http://") || g_str_has_prefix (p + 1, "https://"))
               && strchr (p, '>') != NULL && memchr (p, ' ', (gsize)(strchr (p, '>') - p)) == NULL)
        {
          const gchar *end = strchr (p, '>');
          g_string_append_len (out, p + 1, end - p - 1);
          p = end + 1;
        }
      else if (*p == '*' || (*p == '_' && (p == line || !g_ascii_isalnum (p[-1]) || !g_ascii_isalnum (p[1]))))
        {
          /* emphasis markers go; a "*" or "_" between spaces ("2 * 3") stays */
          gsize run = strspn (p, *p == '*' ? "*" : "_");
          gboolean before = p > line && p[-1] != ' ', after = p[run] != '\0' && p[run] != ' ';
          if (!before && !after)
            g_string_append_len (out, p, (gssize)run);
          p += run;
        }
      else
        g_string_append_c (out, *p++);
    }
}

gchar *
precis_markdown_to_text (const gchar *markdown, gssize len)
{
  g_return_val_if_fail (markdown != NULL || len == 0, NULL);
  gsize n = len < 0 ? strlen (markdown) : (gsize)len;
  g_autofree gchar *copy = g_strndup (markdown, n);
  g_auto (GStrv) lines = g_strsplit (copy, "\n", -1);
  GString *out = g_string_sized_new (n);
  g_autofree gchar *fence = NULL; /* the fence of the code block being skipped */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gchar *line = lines[i];
      if (lines[i + 1] == NULL && line[0] == '\0')
        break; /* after the final line break */
      gsize l = strlen (line);
      if (l > 0 && line[l - 1] == '\r')
        line[--l] = '\0';
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
      if (is_rule (p) || is_reference_definition (p))
        continue;
      while (*p == '>')
        {
          p++;
          if (*p == ' ')
            p++;
        }
      if (*p == '#')
        {
          gsize hashes = strspn (p, "#");
          if (hashes <= 6 && (p[hashes] == ' ' || p[hashes] == '\0'))
            {
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
          p += list_marker (p);
        }
      append_inline (out, p);
      g_string_append_c (out, '\n');
    }
  if (out->len > 0 && n > 0 && markdown[n - 1] != '\n')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}
