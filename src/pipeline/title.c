/* title.c - the title line of a text, found once after the cleaning.
 *
 * A title is a short first line (at most TITLE_MAX_BYTES and TITLE_MAX_WORDS) without final
 * punctuation (before closing quotes and brackets), not a byline or a time stamp, followed by a
 * blank line and then more text; under a section's or a flash's label of one or two words
 * ("Politics", "BREAKING") the longer line after it is the title. It is reported and never used
 * as a sentence: the body starts after its blank line. A press release's label lines above it
 * ("FOR IMMEDIATE RELEASE") are left out of the body. A list article's first item ("1. ...",
 * with a "2. ..." line below) is no title. One look at the first lines: O(length of
 * those lines).
 */
#include "config.h"

#include <string.h>

#include "base/calendar.h"
#include "base/text.h"
#include "pipeline/title.h"

/* A title is one short line: at most this many bytes ... */
#define TITLE_MAX_BYTES 200
/* ... and this many words. */
#define TITLE_MAX_WORDS 20

/* End of the line that starts at @start (the offset of its line break, or len). */
static gsize
line_end (const gchar *text, gsize len, gsize start)
{
  /* text is NUL-terminated (and NUL-free: NUL bytes are refused or replaced). */
  return MIN (start + strcspn (text + start, "\r\n"), len);
}

static gsize
next_line (const gchar *text, gsize len, gsize end_of_line)
{
  gsize width = 0;
  if (precis_is_line_break (text, len, end_of_line, &width))
    return end_of_line + width;
  return len;
}

/* The title is the span from @start to @end; the body starts on the line after the blank line
 * that ends at @blank_end. */
static void
set_title (PrecisText *t, gsize start, gsize end, gsize blank_end)
{
  t->has_title = TRUE;
  t->title_start = start;
  t->title_len = end - start;
  t->body_start = next_line (t->text, t->len, blank_end);
}

static gboolean
title_candidate (const gchar *text, gsize start, gsize end)
{
  if (end - start > TITLE_MAX_BYTES)
    return FALSE;
  guint n_words = precis_count_words (text + start, end - start, TITLE_MAX_WORDS);
  if (n_words == 0 || n_words > TITLE_MAX_WORDS)
    return FALSE;
  /* A byline or a time stamp ("Updated 14:32 GMT", "Von Anna Schmidt", "Aktualisiert am
   * 30.11.2026, 14:05 Uhr") is furniture, not a title. */
  if ((end - start > 3 && g_ascii_strncasecmp (text + start, "by ", 3) == 0)
      || precis_is_time_stamp (text + start, end - start, FALSE)
      || precis_is_other_byline (text + start, end - start) || precis_is_byline (text + start, end - start))
    return FALSE;
  /* The last character before closing quotes and brackets: a line ending "... country.”"
   * is a sentence. */
  gunichar c = precis_last_before_closing (text + start, text + end, FALSE);
  return !(precis_is_terminator (c) || c == ':' || c == ';' || c == ',');
}

/* A label above a title has at most this many words, the title under it at least this many, or
 * one fewer with a compound noun (compound_title()) (a place over a date, "Headingley" over
 * "Friday, 25 February", is no label over a title). */
#define LABEL_MAX_WORDS 2
#define TITLE_UNDER_LABEL_MIN_WORDS 4

/* Whether the line [start, end) is a section's or a flash's label: one or two words
 * ("Politics", "World news", "BREAKING"). */
static gboolean
is_label (const gchar *text, gsize start, gsize end)
{
  return precis_count_words (text + start, end - start, LABEL_MAX_WORDS + 1) <= LABEL_MAX_WORDS;
}

/* Whether the line [s2, t2) under the label [start, trimmed) is the label's control, not a
 * title: a verb of showing or hiding, then the label's own words ("Key events" over "Show key
 * events only", a live blog's filter). */
static gboolean
label_control (const gchar *text, gsize start, gsize trimmed, gsize s2, gsize t2)
{
  static const gchar *const verbs[] = { "show ", "hide ", "view ", "see ", "expand ", "collapse ", NULL };
  gsize label = trimmed - start;
  for (guint v = 0; verbs[v] != NULL; v++)
    {
      gsize n = strlen (verbs[v]);
      if (t2 - s2 <= n || g_ascii_strncasecmp (text + s2, verbs[v], n) != 0)
        continue;
      for (gsize p = s2 + n; p + label <= t2; p++)
        if (g_ascii_strncasecmp (text + p, text + start, label) == 0)
          return TRUE;
    }
  return FALSE;
}

/* Whether the line [start, end) is a live blog's label for its list of main entries ("Key
 * events"): the page's, never the story's title. */
static gboolean
live_blog_label (const gchar *text, gsize start, gsize end)
{
  static const gchar label[] = "key events";
  return end - start == sizeof label - 1 && g_ascii_strncasecmp (text + start, label, sizeof label - 1) == 0;
}

/* Whether a title line of one word fewer will do: no digit (a date has one) and a compound noun
 * of COMPOUND_BYTES or more, as German, Dutch and the Nordic languages write three words where
 * English needs four ("Bundestag beschließt Rentenreform"; an infobox's "Industry Open-source
 * software" under a page's name is none). */
#define COMPOUND_BYTES 12
static gboolean
compound_title (const gchar *s, gsize len)
{
  gsize word = 0, longest = 0;
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isdigit (s[i]))
        return FALSE;
      word = g_ascii_isspace (s[i]) || s[i] == '-' ? 0 : word + 1;
      longest = MAX (longest, word);
    }
  return longest >= COMPOUND_BYTES;
}

/* A section's or a flash's label above the title ("Politics", "BREAKING": the line
 * [start, trimmed), ending at @end), with a blank line after it or not: when a longer title line
 * follows, then a blank line and more text, that line is the title and the label goes with it. */
static gboolean
label_then_title (PrecisText *t, gsize start, gsize trimmed, gsize end)
{
  const gchar *text = t->text;
  gsize len = t->len;
  if (!is_label (text, start, trimmed))
    return FALSE;
  gsize l2 = next_line (text, len, end);
  if (l2 < len && precis_is_blank (text, l2, line_end (text, len, l2)))
    l2 = next_line (text, len, line_end (text, len, l2));
  gsize e2 = line_end (text, len, l2), s2 = l2, t2 = e2;
  while (s2 < e2 && g_ascii_isspace (text[s2]))
    s2++;
  while (t2 > s2 && g_ascii_isspace (text[t2 - 1]))
    t2--;
  guint n_title = precis_count_words (text + s2, t2 - s2, TITLE_UNDER_LABEL_MIN_WORDS);
  if (s2 >= t2 || e2 >= len || !title_candidate (text, s2, t2)
      || n_title + (compound_title (text + s2, t2 - s2) ? 1 : 0) < TITLE_UNDER_LABEL_MIN_WORDS)
    return FALSE;
  gsize after = next_line (text, len, e2), after_end = line_end (text, len, after);
  if (!precis_is_blank (text, after, after_end) || precis_is_blank (text, after_end, len))
    return FALSE;
  if (label_control (text, start, trimmed, s2, t2))
    {
      /* the label and its control are the page's, no title: the body starts after them */
      t->body_start = next_line (text, len, after_end);
      return TRUE;
    }
  set_title (t, s2, t2, after_end);
  return TRUE;
}

/* A press release's label lines on top ("FOR IMMEDIATE RELEASE", "Embargoed until ...") are
 * furniture, never the title: when more text follows, the body starts after them. */
static void
skip_release_lines (PrecisText *t)
{
  const gchar *text = t->text;
  gsize len = t->len;
  gboolean skipped = FALSE;
  for (gsize start = t->body_start; start < len;)
    {
      /* Most texts' first line is turned away by its first byte, before its end is looked for. */
      gsize first = start;
      while (first < len && (text[first] == ' ' || text[first] == '\t'))
        first++;
      if (first < len && text[first] != '\n' && text[first] != '\r'
          && !precis_may_open_release_line (text[first]))
        return;
      gsize end = line_end (text, len, start);
      gsize next = next_line (text, len, end);
      if (precis_is_blank (text, start, end))
        {
          /* the blank lines under a label skipped go with it */
          if (skipped)
            t->body_start = next;
          start = next;
          continue;
        }
      if (end >= len || precis_is_blank (text, next, len)
          || !precis_is_release_line (text + start, end - start))
        return;
      t->body_start = start = next;
      skipped = TRUE;
    }
}

/* The length of the e-mail header label ("Subject:", "From:" ...) the line at @start opens
 * with, white space after it included; 0 when none. */
static gsize
mail_label (const gchar *text, gsize start, gsize end)
{
  static const gchar *const labels[]
      = { "from:", "to:", "cc:", "bcc:", "sent:", "date:", "subject:", "reply-to:", NULL };
  /* (nearly every text's first line has no colon in its first ten bytes: one look) */
  if (memchr (text + start, ':', MIN (end - start, (gsize)10)) == NULL)
    return 0;
  for (guint i = 0; labels[i] != NULL; i++)
    {
      gsize n = strlen (labels[i]);
      if (end - start > n && g_ascii_strncasecmp (text + start, labels[i], n) == 0
          && (text[start + n] == ' ' || text[start + n] == '\t'))
        {
          while (start + n < end && g_ascii_isspace (text[start + n]))
            n++;
          return n;
        }
    }
  return 0;
}

/* An e-mail's header lines at @start ("From: Anna", "To: residents", "Subject: Bridge vote
 * tonight"), then a blank line and the message: the subject is the title, without its label
 * and any "Re:" or "Fwd:" before it, and the header lines are left out of the body (they are
 * furniture, data/furniture.txt). FALSE, nothing changed, when the lines are not such a block
 * or it has no subject. */
static gboolean
mail_headers (PrecisText *t, gsize start)
{
  const gchar *text = t->text;
  gsize len = t->len, subject = 0, subject_end = 0, line = start;
  if (mail_label (text, start, len) == 0)
    return FALSE; /* before the line's end is looked for */
  for (;;)
    {
      gsize end = line_end (text, len, line);
      if (precis_is_blank (text, line, end))
        break;
      gsize n = mail_label (text, line, end);
      if (n == 0 || end >= len)
        return FALSE;
      if (g_ascii_tolower (text[line]) == 's' && g_ascii_tolower (text[line + 1]) == 'u')
        {
          subject = line + n;
          subject_end = end;
        }
      line = next_line (text, len, end);
    }
  gsize after_end = line_end (text, len, line);
  if (line == start || subject == 0 || precis_is_blank (text, after_end, len))
    return FALSE;
  for (gboolean more = TRUE; more;)
    {
      more = FALSE;
      static const gchar *const replies[] = { "re:", "fwd:", "fw:", NULL };
      for (guint i = 0; replies[i] != NULL && !more; i++)
        {
          gsize n = strlen (replies[i]);
          if (subject_end - subject > n && g_ascii_strncasecmp (text + subject, replies[i], n) == 0)
            {
              subject += n;
              while (subject < subject_end && g_ascii_isspace (text[subject]))
                subject++;
              more = TRUE;
            }
        }
    }
  while (subject_end > subject && g_ascii_isspace (text[subject_end - 1]))
    subject_end--;
  if (subject >= subject_end || !title_candidate (text, subject, subject_end))
    return FALSE;
  set_title (t, subject, subject_end, after_end);
  return TRUE;
}

/* Whether the line [@start, @trimmed) (its trailing white space ending at @end) opens a numbered
 * list: "1. " or "1) " (white space after the mark), with a later line opening "2" and the same
 * mark, or a countdown's "10. " with a later "9. " (any N of 2 to 99 and N - 1), that line short
 * and without final punctuation like a list item's heading (title_candidate). A list article's
 * first item ("1. Harbour Lights, Port Ellery") is no title (tryout29 #16); a title that opens
 * with a number alone ("1. FC Köln steigt ab") has no such second item: a paragraph that opens
 * "2. Bundesliga: ..." is a sentence. One look for the second item: O(length of the text), only
 * for a text whose first line opens so. */
static gboolean
first_list_item (const gchar *text, gsize len, gsize start, gsize trimmed, gsize end)
{
  guint number = 0;
  gsize p = start;
  while (p < trimmed && p - start < 2 && g_ascii_isdigit (text[p]))
    number = 10 * number + (guint)(text[p++] - '0');
  if (number == 0 || trimmed - p < 3 || (text[p] != '.' && text[p] != ')')
      || (text[p + 1] != ' ' && text[p + 1] != '\t'))
    return FALSE;
  gchar mark = text[p];
  gchar second[4];
  g_snprintf (second, sizeof second, "%u%c", number == 1 ? 2 : number - 1, mark);
  gsize n_second = strlen (second);
  for (gsize line = next_line (text, len, end); line < len;)
    {
      gsize e = line_end (text, len, line), q = line;
      while (q < e && (text[q] == ' ' || text[q] == '\t'))
        q++;
      gsize q_end = e;
      while (q_end > q && g_ascii_isspace (text[q_end - 1]))
        q_end--;
      if (q_end - q >= n_second + 2 && memcmp (text + q, second, n_second) == 0
          && (text[q + n_second] == ' ' || text[q + n_second] == '\t') && title_candidate (text, q, q_end))
        return TRUE;
      line = next_line (text, len, e);
    }
  return FALSE;
}

void
precis_title_find (PrecisText *t)
{
  skip_release_lines (t);
  const gchar *text = t->text;
  gsize len = t->len;
  gsize start = t->body_start;

  /* Skip leading blank lines (the first line's end found once: a long first line is read once). */
  gsize end;
  for (;;)
    {
      end = line_end (text, len, start);
      if (end >= len || !precis_is_blank (text, start, end))
        break;
      start = next_line (text, len, end);
    }
  if (mail_headers (t, start))
    return;
  while (start < end && g_ascii_isspace (text[start]))
    start++;
  gsize trimmed = end;
  while (trimmed > start && g_ascii_isspace (text[trimmed - 1]))
    trimmed--;
  if (start >= trimmed || end >= len || !title_candidate (text, start, trimmed)
      || first_list_item (text, len, start, trimmed, end))
    return;
  if (label_then_title (t, start, trimmed, end))
    return;
  if (live_blog_label (text, start, trimmed) && !precis_is_blank (text, end, len))
    {
      /* no title: the body starts after the label and its blank line (a label alone is the text) */
      gsize after = next_line (text, len, end), after_end = line_end (text, len, after);
      t->body_start = precis_is_blank (text, after, after_end) ? next_line (text, len, after_end) : after;
      return;
    }

  /* The next line must be blank, and some text must follow. */
  gsize after = next_line (text, len, end);
  gsize after_end = line_end (text, len, after);
  if (!precis_is_blank (text, after, after_end) || precis_is_blank (text, after_end, len))
    return;

  set_title (t, start, trimmed, after_end);
}

/* The slugs a wire files a story under: the word, maybe a number ("UPDATE 2"), then a hyphen. */
static const gchar *const wire_slugs[]
    = { "UPDATE",   "REFILE",  "EXCLUSIVE", "CORRECTED", "CORRECTION", "RPT",   "WRAPUP",        "INSIGHT",
        "ANALYSIS", "FACTBOX", "EXPLAINER", "PREVIEW",   "TIMELINE",   "FOCUS", "BREAKINGVIEWS", NULL };

void
precis_title_drop_wire_slugs (gchar *title)
{
  gsize from = 0;
  for (gboolean more = TRUE; more;)
    {
      more = FALSE;
      for (guint i = 0; wire_slugs[i] != NULL; i++)
        {
          gsize n = strlen (wire_slugs[i]);
          if (strncmp (title + from, wire_slugs[i], n) != 0)
            continue;
          gsize end = from + n;
          if (title[end] == ' ' && g_ascii_isdigit (title[end + 1]))
            {
              end++;
              while (g_ascii_isdigit (title[end]))
                end++;
            }
          /* glued to what follows, a letter, digit or quote: "UPDATE 2-Harbour tunnel opens" */
          if (title[end] != '-' || title[end + 1] == '\0' || title[end + 1] == ' ' || title[end + 1] == '-')
            continue;
          from = end + 1;
          more = TRUE;
          break;
        }
    }
  /* (a title that is only slugs keeps them) */
  if (from > 0 && title[from] != '\0')
    memmove (title, title + from, strlen (title + from) + 1);
}
