/* subtitles.c - SubRip and WebVTT subtitles in, running text out (precis_subtitles_to_text).
 *
 * Sniffed by content, as pages and feeds are, by the readers of a document (the command with
 * --input auto, Python's input="auto"), not by the summariser: text given as text stays text. A
 * file that opens with "WEBVTT", or with a cue number and a timing line, and whose blocks are
 * mostly cues (a timing line in one of the first three), is read cue by cue. A cue is a block of lines
 * between blank lines; its lines before the timing line (the number or identifier) and the timing line are
 * dropped, its text lines are kept without their markup. Subtitles break a sentence wherever
 * the screen needs it, so the cues are joined into running text: a space between cues, a line
 * break after a cue that ends a sentence. Blocks without a timing line (the WebVTT header,
 * NOTE, STYLE, REGION) are dropped. A timing line that no blank line sets apart from the cue before
 * it starts a cue too, the cue number just before it dropped. */
#include "config.h"

#include <string.h>

#include "base/text.h"
#include "precis.h"

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
  return digits (s, p + 1, end, 1, 3); /* "00:00:01,00" too: some tools write two digits */
}

/* Whether the line [p, end) is a timing line: "TIME --> TIME", settings may follow, each a
 * "name:value" ("align:start", SubRip's "X1:40"): "10:30.000 --> 11:45.000 is when ..." is
 * prose. */
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
  if (p == 0 || (p < end && s[p] != ' ' && s[p] != '\t'))
    return FALSE;
  while (p < end)
    {
      while (p < end && (s[p] == ' ' || s[p] == '\t'))
        p++;
      gsize word = p;
      while (p < end && s[p] != ' ' && s[p] != '\t')
        p++;
      if (p > word && memchr (s + word, ':', p - word) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* Whether the line [p, end) is digits only (a SubRip cue number). */
static gboolean
is_number_line (const gchar *s, gsize p, gsize end)
{
  gsize d = digits (s, p, end, 1, 9);
  return d != 0 && precis_is_blank (s, d, end);
}

/* Whether the block whose first line is [p, end) is WebVTT's header or a block it keeps apart
 * from its cues. */
static gboolean
is_vtt_block (const gchar *s, gsize p, gsize end)
{
  static const gchar *const names[] = { "WEBVTT", "NOTE", "STYLE", "REGION" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize n = strlen (names[i]);
      if (end - p >= n && memcmp (s + p, names[i], n) == 0 && (end - p == n || g_ascii_isspace (s[p + n])))
        return TRUE;
    }
  return FALSE;
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
  if (!is_number_line (s, p, e))
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
  return precis_is_terminator (precis_last_before_closing (out->str, out->str + out->len, FALSE));
}

/* Ends the cue being read, if one is: a line break after a sentence's end, else a space. */
static void
end_cue (GString *out, gboolean in_cue)
{
  if (in_cue && out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, ends_sentence (out) ? '\n' : ' ');
}

gchar *
precis_subtitles_to_text (const gchar *text, gssize text_len, gsize *out_len)
{
  g_return_val_if_fail (text != NULL || text_len == 0, NULL);
  gsize len = text == NULL ? 0 : text_len < 0 ? strlen (text) : (gsize)text_len;
  /* (the opening sniffed first, bytes only: most texts are not subtitles and are not read twice) */
  if (len == 0 || !is_subtitles (text, len) || !g_utf8_validate_len (text, len, NULL))
    return NULL;
  GString *out = g_string_sized_new (len / 2 + 1);
  gsize p = precis_bom_len (text, len);
  gboolean in_cue = FALSE;     /* past a timing line of the current block */
  gboolean in_block = FALSE;   /* past the first line of the current block */
  gboolean counted = FALSE;    /* the current block is counted in @blocks */
  guint blocks = 0, timed = 0; /* blocks (not the header, NOTE, STYLE, REGION), those with a timing line */
  while (p < len)
    {
      gsize next, e = precis_line_end (text, p, len, &next);
      if (precis_is_blank (text, p, e))
        {
          end_cue (out, in_cue);
          in_cue = in_block = FALSE;
          p = next;
          continue;
        }
      if (!in_block)
        {
          in_block = TRUE;
          counted = !is_vtt_block (text, p, e);
          if (counted && ++blocks > 3 && timed == 0)
            break; /* no timing line in the first three blocks: not subtitles */
        }
      gsize after;
      if (is_timing_line (text, p, e))
        {
          end_cue (out, in_cue); /* a cue that no blank line ended */
          if (counted && !in_cue)
            timed++;
          in_cue = counted;
        }
      else if (in_cue
               && !(is_number_line (text, p, e) && next < len
                    && is_timing_line (text, next, precis_line_end (text, next, len, &after))))
        append_line (out, text, p, e); /* not the number of a cue that no blank line set apart */
      p = next;
    }
  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  /* Text with a timing-like line here and there is prose: most blocks must be cues. */
  if (out->len == 0 || 2 * timed <= blocks)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  g_string_append_c (out, '\n');
  if (out_len != NULL)
    *out_len = out->len;
  return g_string_free (out, FALSE);
}
