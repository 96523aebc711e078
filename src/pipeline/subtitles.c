/* subtitles.c - SubRip and WebVTT subtitles in, running text out.
 *
 * Sniffed by content, as pages and feeds are: a file that opens with "WEBVTT", or with a cue
 * number and a timing line, is read cue by cue. A cue is a block of lines between blank
 * lines; its lines before the timing line (the number or identifier) and the timing line are
 * dropped, its text lines are kept without their markup. Subtitles break a sentence wherever
 * the screen needs it, so the cues are joined into running text: a space between cues, a line
 * break after a cue that ends a sentence. Blocks without a timing line (the WebVTT header,
 * NOTE, STYLE, REGION) are dropped. */
#include "config.h"

#include <string.h>

#include "base/text.h"
#include "pipeline/subtitles.h"

/* Past the digits at @p (at most @max of them, at least @min), or 0. */
static gsize
digits (const gchar *s, gsize p, gsize end, guint min, guint max)
{
  guint n = 0;
  while (p < end && n < max && g_ascii_isdigit (s[p]))
    p++, n++;
  return n >= min ? p : 0;
}

/* Past a cue time at @p ("00:00:01,000", "01:02.500", "1:00:00.000"), or 0. */
static gsize
cue_time (const gchar *s, gsize p, gsize end)
{
  p = digits (s, p, end, 1, 9);
  if (p == 0 || p >= end || s[p] != ':')
    return 0;
  p = digits (s, p + 1, end, 2, 2);
  if (p == 0)
    return 0;
  if (p < end && s[p] == ':')
    p = digits (s, p + 1, end, 2, 2);
  if (p == 0 || p >= end || (s[p] != ',' && s[p] != '.'))
    return 0;
  return digits (s, p + 1, end, 3, 3);
}

/* Whether the line [p, end) is a timing line: "TIME --> TIME", settings may follow. */
static gboolean
is_timing_line (const gchar *s, gsize p, gsize end)
{
  while (p < end && (s[p] == ' ' || s[p] == '\t'))
    p++;
  p = cue_time (s, p, end);
  if (p == 0)
    return FALSE;
  while (p < end && (s[p] == ' ' || s[p] == '\t'))
    p++;
  if (end - p < 3 || memcmp (s + p, "-->", 3) != 0)
    return FALSE;
  p += 3;
  while (p < end && (s[p] == ' ' || s[p] == '\t'))
    p++;
  p = cue_time (s, p, end);
  return p != 0 && (p == end || s[p] == ' ' || s[p] == '\t');
}

static gboolean
is_subtitles (const gchar *s, gsize len)
{
  gsize p = precis_bom_len (s, len), next;
  gsize e = precis_line_end (s, p, len, &next);
  while (p < len && precis_is_blank (s, p, e))
    {
      p = next;
      e = precis_line_end (s, p, len, &next);
    }
  if (e - p >= 6 && memcmp (s + p, "WEBVTT", 6) == 0 && (e - p == 6 || s[p + 6] == ' ' || s[p + 6] == '\t'))
    return TRUE;
  gsize d = digits (s, p, e, 1, 9);
  if (d == 0 || !precis_is_blank (s, d, e))
    return FALSE;
  p = next;
  e = precis_line_end (s, p, len, &next);
  return is_timing_line (s, p, e);
}

/* Appends the cue text line [p, end) without its markup ("<i>", "<v Anna>", "{\an8}") and a
 * speaker's dash, and with the entities WebVTT writes decoded. */
static void
append_line (GString *out, const gchar *s, gsize p, gsize end)
{
  while (p < end && (s[p] == ' ' || s[p] == '\t'))
    p++;
  if (p + 1 < end && s[p] == '-' && s[p + 1] == ' ')
    p += 2; /* "- Who's there?": a change of speaker */
  if (out->len > 0 && out->str[out->len - 1] != '\n' && out->str[out->len - 1] != ' ')
    g_string_append_c (out, ' ');
  /* Once no '>' (or '}') is left on the line, no later '<' closes either: one look each, not
   * one per '<' (a line of a million '<' read once). */
  gboolean angle_left = TRUE, brace_left = TRUE;
  while (p < end)
    {
      const gchar *close = NULL;
      if (s[p] == '<' && angle_left)
        angle_left = (close = memchr (s + p, '>', end - p)) != NULL;
      else if (s[p] == '{' && brace_left && p + 1 < end && s[p + 1] == '\\')
        brace_left = (close = memchr (s + p, '}', end - p)) != NULL;
      if (close != NULL)
        {
          p = (gsize)(close - s) + 1;
          continue;
        }
      static const struct
      {
        const gchar *name, *text;
      } entities[] = { { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&nbsp;", " " } };
      gboolean entity = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (entities) && s[p] == '&'; i++)
        {
          gsize n = strlen (entities[i].name);
          if (end - p >= n && memcmp (s + p, entities[i].name, n) == 0)
            {
              g_string_append (out, entities[i].text);
              p += n;
              entity = TRUE;
              break;
            }
        }
      if (!entity)
        g_string_append_c (out, s[p++]);
    }
  while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
    g_string_truncate (out, out->len - 1);
}

/* Whether the text so far ends a sentence (a terminator, maybe closing marks after it). */
static gboolean
ends_sentence (const GString *out)
{
  const gchar *p = out->str + out->len;
  while (p > out->str)
    {
      p = g_utf8_prev_char (p);
      gunichar c = g_utf8_get_char (p);
      if (precis_is_terminator (c))
        return TRUE;
      if (!precis_is_closing_mark (c))
        return FALSE;
    }
  return FALSE;
}

gchar *
precis_subtitles_to_text (const gchar *text, gsize len, gsize *out_len)
{
  if (!is_subtitles (text, len))
    return NULL;
  GString *out = g_string_sized_new (len / 2 + 1);
  gsize p = precis_bom_len (text, len);
  gboolean in_cue = FALSE; /* past the timing line of the current block */
  while (p < len)
    {
      gsize next, e = precis_line_end (text, p, len, &next);
      if (precis_is_blank (text, p, e))
        {
          if (in_cue && out->len > 0 && out->str[out->len - 1] != '\n')
            g_string_append_c (out, ends_sentence (out) ? '\n' : ' ');
          in_cue = FALSE;
        }
      else if (in_cue)
        append_line (out, text, p, e);
      else if (is_timing_line (text, p, e))
        in_cue = TRUE;
      p = next;
    }
  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  if (out->len > 0)
    g_string_append_c (out, '\n');
  *out_len = out->len;
  return g_string_free (out, FALSE);
}
