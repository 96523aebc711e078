/* text.c - the text helpers of base/text.h. Each is one pass over its span: O(length).
 */
#include "config.h"

#include <string.h>

#include "base/text.h"

const guint8 precis_ascii_space[256] = {
  [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
};

gboolean
precis_is_blank (const gchar *text, gsize start, gsize end)
{
  for (gsize i = start; i < end; i++)
    if (!precis_is_ascii_space (text[i]))
      return FALSE;
  return TRUE;
}

gsize
precis_line_end (const gchar *text, gsize pos, gsize end, gsize *next)
{
  const gchar *nl = memchr (text + pos, '\n', end - pos);
  gsize e = nl != NULL ? (gsize)(nl - text) : end;
  *next = nl != NULL ? e + 1 : end;
  if (e > pos && text[e - 1] == '\r')
    e--;
  return e;
}

gboolean
precis_all_digits (const gchar *s, gsize len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

GRegex *
precis_regex_once (GRegex **slot, const gchar *pattern, GRegexCompileFlags flags)
{
  if (g_once_init_enter (slot))
    {
      GRegex *re = g_regex_new (pattern, flags, 0, NULL);
      g_assert (re != NULL);
      g_once_init_leave (slot, re);
    }
  return *slot;
}

gboolean
precis_ascii_word_in (const gchar *s, gsize len, const gchar *const *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (strlen (list[i]) == len && g_ascii_strncasecmp (s, list[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* The labels of a press release's first lines, lower case: with @alone, the whole line (but
 * for punctuation); else a date or a time may follow (date_time_only()), after a space or a mark. Each opens
 * on a letter of PRECIS_RELEASE_INITIALS. */
static const struct
{
  const gchar *words;
  gboolean alone;
} release_labels[] = {
  { "for immediate release", FALSE },
  { "for release at", FALSE },
  { "for release on", FALSE },
  { "immediate release", TRUE },
  { "press release", TRUE },
  { "news release", TRUE },
  { "media release", TRUE },
  { "joint press release", TRUE },
  { "embargoed", TRUE },
  { "embargoed until", FALSE },
  { "embargoed till", FALSE },
  { "embargoed to", FALSE },
  { "embargoed:", FALSE },
  { "embargo:", FALSE },
  { "under embargo until", FALSE },
  { "strictly embargoed", FALSE },
  { "not for release before", FALSE },
  { "not for publication before", FALSE },
};

/* The lower-case words a release label's date or time may hold ("embargoed until 00:01 gmt on
 * tuesday 14 october", "For release at 6 a.m. local time"; names are read in any case): any
 * other makes the line a sentence ("Embargoed until Friday, the report says ..."). */
static const gchar *const date_time_words[] = {
  "a",   "am",       "and",       "apr",      "april",     "at",   "aug",      "august", "before",  "bst",
  "cet", "dec",      "december",  "edt",      "est",       "feb",  "february", "fri",    "friday",  "further",
  "gmt", "hours",    "hrs",       "jan",      "january",   "jul",  "july",     "jun",    "june",    "local",
  "m",   "mar",      "march",     "may",      "midnight",  "mon",  "monday",   "nd",     "noon",    "notice",
  "nov", "november", "oct",       "october",  "of",        "on",   "p",        "pm",     "pst",     "rd",
  "sat", "saturday", "sep",       "sept",     "september", "st",   "sun",      "sunday", "th",      "the",
  "thu", "thur",     "thurs",     "thursday", "till",      "time", "tue",      "tues",   "tuesday", "until",
  "utc", "wed",      "wednesday", NULL,
};

/* Whether s[0, len) holds only a date or a time: numbers, capitalised words (a weekday, a
 * month, a zone) and date_time_words, between marks. */
static gboolean
date_time_only (const gchar *s, gsize len)
{
  gsize p = 0;
  while (p < len)
    {
      if (!g_ascii_isalnum (s[p]))
        {
          p++;
          continue;
        }
      gsize start = p;
      while (p < len && g_ascii_isalnum (s[p]))
        p++;
      if (!g_ascii_islower (s[start]))
        continue;
      gboolean known = FALSE;
      for (guint i = 0; !known && date_time_words[i] != NULL; i++)
        known = strlen (date_time_words[i]) == p - start
                && memcmp (date_time_words[i], s + start, p - start) == 0;
      if (!known)
        return FALSE;
    }
  return TRUE;
}

gsize
precis_here_opening (const gchar *s, gsize len)
{
  static const gchar *const here[]
      = { "here's ", "here\xE2\x80\x99s ", "here?s ", "here is ", "here are ", NULL };
  if (len < 5 || (s[0] | 0x20) != 'h')
    return 0;
  for (guint i = 0; here[i] != NULL; i++)
    {
      gsize n = strlen (here[i]);
      if (len >= n && g_ascii_strncasecmp (s, here[i], n) == 0)
        return n;
    }
  return 0;
}

gboolean
precis_is_release_line (const gchar *s, gsize len)
{
  while (len > 0 && precis_is_ascii_space (s[0]))
    s++, len--;
  /* Most lines are turned away by their first byte. */
  if (len == 0 || !precis_may_open_release_line (s[0]))
    return FALSE;
  while (len > 0 && precis_is_ascii_space (s[len - 1]))
    len--;
  /* Each label has two bytes or more: its first two are compared before it is read whole. */
  gchar first = precis_ascii_lower (s[0]), second = len > 1 ? precis_ascii_lower (s[1]) : '\0';
  for (gsize i = 0; i < G_N_ELEMENTS (release_labels); i++)
    {
      if (release_labels[i].words[0] != first || release_labels[i].words[1] != second)
        continue;
      gsize n = strlen (release_labels[i].words);
      if (len < n || g_ascii_strncasecmp (s, release_labels[i].words, n) != 0)
        continue;
      gsize rest = n;
      if (release_labels[i].alone)
        {
          while (rest < len && (g_ascii_ispunct (s[rest]) || precis_is_ascii_space (s[rest])))
            rest++;
          if (rest < len)
            continue;
        }
      /* "For immediate release: 14 October", not "For immediate releases of ..." nor "Embargoed
       * until Friday, the report says ..." */
      else if ((rest < len && g_ascii_isalnum (s[rest])) || !date_time_only (s + rest, len - rest))
        continue;
      return precis_count_words (s, len, PRECIS_RELEASE_LINE_MAX_WORDS + 1) <= PRECIS_RELEASE_LINE_MAX_WORDS;
    }
  return FALSE;
}

gboolean
precis_holds_glued_text (const gchar *s, gsize len)
{
  guint lower = 0, upper = 0;
  for (gsize p = 0; p < len; p++)
    {
      guchar ch = (guchar)s[p];
      if (g_ascii_isupper (ch))
        {
          if (lower >= 3 && p + 1 < len
              && (g_ascii_islower (s[p + 1]) || ((ch == 'A' || ch == 'I') && s[p + 1] == ' ')))
            return TRUE;
          upper++;
          lower = 0;
        }
      else if (g_ascii_islower (ch))
        {
          if (upper >= 5 && lower == 0)
            return TRUE;
          lower++;
          upper = 0;
        }
      else
        {
          if ((ch == '.' || ch == '!' || ch == '?') && lower > 0)
            {
              gsize q = p + 1;
              while (q < len && (s[q] == '"' || s[q] == '\''))
                q++;
              if (q < len && g_ascii_isupper (s[q]))
                return TRUE;
            }
          lower = upper = 0;
        }
    }
  return FALSE;
}

gchar *
precis_fold (const gchar *s, gsize len, gchar *buf, gsize buf_size)
{
  gchar *out = len < buf_size ? buf : g_malloc (len + 1);
  gsize i = 0;
  for (; i + 8 <= len; i += 8)
    {
      guint64 w;
      memcpy (&w, s + i, 8);
      /* Eight bytes at a time (SWAR, text.h): the bytes with the high bit set, and the ASCII
       * capitals among bytes that are all ASCII. */
      if (w & PRECIS_BYTES_HIGH)
        break;
      guint64 capitals
          = (w + PRECIS_BYTES (0x80 - 'A')) & ~(w + PRECIS_BYTES (0x7F - 'Z')) & PRECIS_BYTES_HIGH;
      w |= capitals >> 2; /* 0x80 >> 2 is 0x20, the case bit */
      memcpy (out + i, &w, 8);
    }
  for (; i < len; i++)
    {
      if ((guchar)s[i] >= 0x80)
        {
          if (out != buf)
            g_free (out);
          return g_utf8_casefold (s, (gssize)len);
        }
      out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (gchar)(s[i] + ('a' - 'A')) : s[i];
    }
  out[len] = '\0';
  return out;
}

gboolean
precis_is_line_break (const gchar *text, gsize len, gsize pos, gsize *width)
{
  if (pos >= len)
    return FALSE;
  if (text[pos] == '\n')
    {
      *width = 1;
      return TRUE;
    }
  if (text[pos] == '\r')
    {
      *width = (pos + 1 < len && text[pos + 1] == '\n') ? 2 : 1;
      return TRUE;
    }
  return FALSE;
}

gunichar
precis_last_before_closing (const gchar *from, const gchar *end, gboolean past_space_and_notes)
{
  const gchar *last = end;
  gunichar ch = 0;
  do
    {
      last = g_utf8_find_prev_char (from, last);
      ch = last != NULL ? g_utf8_get_char (last) : 0;
      if (past_space_and_notes && ch == ']')
        {
          const gchar *open = g_utf8_strrchr (from, last - from, '[');
          if (open != NULL && open > from)
            last = open, ch = ' ';
        }
    }
  while (last != NULL && (precis_is_closing_mark (ch) || (past_space_and_notes && g_unichar_isspace (ch))));
  return ch;
}

guint
precis_count_words_unspaced (const gchar *s, gsize len, guint max)
{
  guint n = 0;
  gboolean in_word = FALSE;
  for (const gchar *p = s, *end = s + len; p < end && n <= max;)
    {
      if ((guchar)*p < 0x80)
        {
          gboolean space = precis_is_ascii_space (*p);
          n += !in_word && !space;
          in_word = !space;
          p++;
          continue;
        }
      gunichar c = g_utf8_get_char_validated (p, end - p);
      if (c >= 0x110000) /* not UTF-8: a byte of a word */
        {
          n += !in_word;
          in_word = TRUE;
          p++;
          continue;
        }
      gboolean separator
          = (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF65 && !g_unichar_isalnum (c));
      if (precis_is_unspaced (c) || (c >= 0x3005 && c <= 0x3007)) /* 々, 〆, 〇 */
        {
          n++;
          in_word = FALSE;
        }
      else if (separator)
        in_word = FALSE;
      else
        {
          n += !in_word;
          in_word = TRUE;
        }
      p = g_utf8_next_char (p);
    }
  return n <= max ? n : max + 1;
}

gboolean
precis_validate_utf8 (const gchar *s, gsize len, const gchar **end)
{
  /* Non-ASCII stretches go to g_utf8_validate_len() in pieces that end before an ASCII byte,
   * where no character can be cut (so its answer and its end are those of the whole span);
   * ASCII ones are skipped a word at a time. */
  enum
  {
    MIN_PIECE = 64
  };
  gsize i = 0;
  while (i < len)
    {
      guint64 word;
#ifdef __SSE2__
      /* Sixteen bytes a step first: none from 0x80 and no NUL. */
      for (; i + 16 <= len; i += 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(s + i));
          if (_mm_movemask_epi8 (_mm_or_si128 (v, _mm_cmpeq_epi8 (v, _mm_setzero_si128 ()))) != 0)
            break;
        }
#endif
      while (i + sizeof word <= len)
        {
          memcpy (&word, s + i, sizeof word);
          /* a byte with its high bit set, or a zero byte (the word less one in every byte
           * borrows into the high bit of a zero byte only) */
          if ((word & PRECIS_BYTES_HIGH) != 0 || ((word - PRECIS_BYTES (1)) & ~word & PRECIS_BYTES_HIGH) != 0)
            break;
          i += sizeof word;
        }
      if (i >= len)
        break;
      gsize j = MIN (i + MIN_PIECE, len);
      while (j < len && ((guchar)s[j] & 0x80) != 0)
        j++;
      if (!g_utf8_validate_len (s + i, j - i, end))
        return FALSE;
      i = j;
    }
  return TRUE;
}

gsize
precis_collapse_space_into (const gchar *text, gsize start, gsize end, gchar *out)
{
  gsize n = 0, i = start;
  while (i < end && precis_is_ascii_space (text[i]))
    i++;
  while (i < end)
    {
      /* Copy a run that needs no change (non-space bytes and single spaces between them) at
       * once, then fold the run of white space that follows into one space. */
      gsize run = i;
      for (;;)
        {
#ifdef __SSE2__
          /* Sixteen bytes a step, each with the byte after it (two loads): white space that is
           * no single space before a byte that is none ends the run. */
          for (; run + 17 <= end; run += 16)
            {
              __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + run));
              __m128i next = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + run + 1));
              __m128i blank = _mm_cmpeq_epi8 (v, _mm_set1_epi8 (' '));
              __m128i space = precis_ascii_space_vector (v);
              __m128i next_space = precis_ascii_space_vector (next);
              guint other
                  = (guint)_mm_movemask_epi8 (_mm_andnot_si128 (_mm_andnot_si128 (next_space, blank), space));
              if (other != 0)
                {
                  run += (gsize)__builtin_ctz (other);
                  break;
                }
            }
#endif
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
          /* Eight bytes a step while the white space in them is single spaces, each before a
           * byte that is none (a space in the step's last byte is left to the test below). */
          for (; run + 8 <= end; run += 8)
            {
              guint64 w;
              memcpy (&w, text + run, 8);
              guint64 space = precis_ascii_space_bytes (w);
              guint64 y = w ^ PRECIS_BYTES (' ');
              guint64 blank = ~(((y & PRECIS_BYTES_LOW7) + PRECIS_BYTES_LOW7) | y) & PRECIS_BYTES_HIGH;
              guint64 single = blank & ~(space >> 8) & ~(PRECIS_BYTES_HIGH << 56);
              guint64 other = space & ~single;
              if (other != 0)
                {
                  run += (gsize)__builtin_ctzll (other) >> 3;
                  break;
                }
            }
#endif
          while (run < end && !precis_is_ascii_space (text[run]))
            run++;
          /* A single space between two words stays in the run. */
          if (run + 1 < end && text[run] == ' ' && !precis_is_ascii_space (text[run + 1]))
            run += 2;
          else
            break;
        }
      memmove (out + n, text + i, run - i); /* in place: out + n <= text + i */
      n += run - i;
      i = run;
      while (i < end && precis_is_ascii_space (text[i]))
        i++;
      if (i < end)
        out[n++] = ' ';
    }
  out[n] = '\0';
  return n;
}

gchar *
precis_collapse_space (const gchar *text, gsize start, gsize end)
{
  gchar *out = g_malloc (end - start + 1);
  precis_collapse_space_into (text, start, end, out);
  return out;
}

gboolean
precis_word_at (const gchar *text, gsize pos, gsize end, gsize *ws, gsize *we)
{
  while (pos < end && !g_ascii_isalnum (text[pos])
         && precis_is_quote_or_bracket (g_utf8_get_char (text + pos)))
    pos = (gsize)(g_utf8_next_char (text + pos) - text);
  gsize e = pos;
  while (e < end)
    {
      guchar b = (guchar)text[e];
      if (b < 0x80 && g_ascii_isalnum (b))
        {
          e++; /* the common case */
          continue;
        }
      /* Another ASCII byte ends the word unless it is a joiner (for ASCII, g_unichar_isalnum()
       * is g_ascii_isalnum()): no call into glib at the end of nearly every word. */
      if (b < 0x80 && b != '-' && b != '\'')
        break;
      gunichar c = g_utf8_get_char (text + e);
      gsize next = (gsize)(g_utf8_next_char (text + e) - text);
      if (g_unichar_isalnum (c))
        e = next;
      else if ((c == '-' || c == '\'' || c == 0x2019) && e > pos && next < end
               && g_unichar_isalnum (g_utf8_get_char (text + next)))
        e = next;
      else
        break;
    }
  *ws = pos;
  *we = e;
  return e > pos;
}

gsize
precis_next_token (const gchar *text, gsize pos, gsize end)
{
  while (pos < end && !precis_is_ascii_space (text[pos]))
    pos++;
  while (pos < end && precis_is_ascii_space (text[pos]))
    pos++;
  return pos;
}

gunichar
precis_windows_1252_of_c1 (gunichar c)
{
  static const guint16 chars[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
  };
  return chars[c - 0x80];
}

/* The words of s[0, len) that open in lower case. */
static guint
lower_words (const gchar *s, gsize len)
{
  guint n = 0;
  gboolean word_start = TRUE;
  for (gsize i = 0; i < len; i++)
    {
      if (word_start && g_ascii_islower (s[i]))
        n++;
      word_start = g_ascii_isspace (s[i]);
    }
  return n;
}

/* "By" in German, French, Spanish and Portuguese, Italian and Dutch, before a name. */
static const gchar *const other_by_words[] = { "von", "par", "por", "di", "door" };
/* The same in Cyrillic and Arabic script (UTF-8), before a space or a colon. */
static const gchar *const other_script_by_words[] = { "Автор", "Авторы", "Текст", "بقلم", "كتب", "كتبت" };
/* A byline has at most this many words. */
#define OTHER_BYLINE_MAX_WORDS 9

gboolean
precis_is_other_byline (const gchar *s, gsize len)
{
  gsize n = 0;
  while (n < len && g_ascii_isalpha (s[n]))
    n++;
  if (n > 0)
    {
      gboolean by = FALSE;
      for (gsize i = 0; i < G_N_ELEMENTS (other_by_words); i++)
        by = by || (strlen (other_by_words[i]) == n && g_ascii_strncasecmp (s, other_by_words[i], n) == 0);
      if (!by || n >= len || !g_ascii_isspace (s[n]))
        return FALSE;
      guint words = precis_count_words (s, len, OTHER_BYLINE_MAX_WORDS + 1);
      if (words > OTHER_BYLINE_MAX_WORDS)
        return FALSE;
      gsize k = n;
      while (k < len && g_ascii_isspace (s[k]))
        k++;
      if (k >= len || !g_unichar_isupper (g_utf8_get_char (s + k)))
        return FALSE;
      /* a name's words are capitalised but for a particle or two ("María López | Ciudad de
       * México", "Jan de Vries"): "Von Berlin aus fuhr der Minister ..." is a sentence */
      return lower_words (s + k, len - k) <= 2;
    }
  if ((guchar)s[0] != 0xD0 && (guchar)s[0] != 0xD8 && (guchar)s[0] != 0xD9)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (other_script_by_words); i++)
    {
      gsize b = strlen (other_script_by_words[i]);
      if (len <= b + 1 || memcmp (s, other_script_by_words[i], b) != 0 || (s[b] != ' ' && s[b] != ':'))
        continue;
      guint words = precis_count_words (s, len, OTHER_BYLINE_MAX_WORDS + 1);
      gsize k = b;
      while (k < len && (s[k] == ' ' || s[k] == ':'))
        k++;
      /* a capitalised name in Cyrillic ("Автор: Иван Петров"; "Автор проекта ..." is a sentence);
       * Arabic has no capitals, and a byline of it is short */
      return k < len && (words <= 5 && ((guchar)s[0] != 0xD0 || g_unichar_isupper (g_utf8_get_char (s + k))));
    }
  return FALSE;
}

static const gchar byline_re[]
    = "^(?:(?:written|reported|reporting|editing|edited)\\s+by\\b|by\\s*\\.?\\s*\\p{Lu}"
      /* a blog's "Posted on 15 October 2019 at 09:11 by Ann Example", "Posted by Ann Example"; a
       * forum's "Posted by kettle_boy » Tue Nov 24, 2026" (a user name in lower case, then a
       * mark, "on" or "at" before the date) */
      "|posted\\s+(?:on\\s+[^.]{1,48}?\\s+)?by\\s+"
      "(?:\\p{Lu}|[\\w.-]+\\s+(?:on\\s|at\\s|\\x{00BB}|\\||[-\\x{2013}\\x{2014}]\\s))"
      /* a dated "Posted on November 30, 2026 by admin": a user name in lower case ends the line */
      "|posted\\s+on\\s+[^.]{0,40}?\\d[^.]{0,40}?\\s+by\\s+[\\w-]+\\s*$)";
/* A blog's "Posted on DATE at TIME by NAME" has at most this many words. */
#define POSTED_MAX_WORDS 16
/* Words are counted up to this many: as the furniture stage counted them when the rule was its
 * own (so a "Posted ..." line is in effect held to fifteen words). */
#define BYLINE_COUNT_MAX 15

gboolean
precis_is_byline (const gchar *s, gsize len)
{
  /* every opening word of the expression starts on one of these letters */
  if (len == 0 || strchr ("bBwWrReEpP", s[0]) == NULL)
    return FALSE;
  static GRegex *byline;
  if (g_once_init_enter (&byline))
    g_once_init_leave (&byline, g_regex_new (byline_re, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));
  if (!g_regex_match_full (byline, s, (gssize)len, 0, 0, NULL, NULL))
    return FALSE;
  guint n_words = precis_count_words (s, len, BYLINE_COUNT_MAX);
  /* "Posted on Tuesday 15 October 2019 at 09:11 by Ann Example" is a byline; "Posted on
   * Instagram by Ann Example, the photo drew praise" is a sentence: the byline's words are
   * capitalised, numbers or a few particles. */
  if (g_ascii_strncasecmp (s, "posted", 6) == 0)
    return n_words <= POSTED_MAX_WORDS && lower_words (s, len) <= 4; /* "on", "at", "am", "by" */
  if (g_ascii_strncasecmp (s, "by", 2) != 0)
    return TRUE; /* "Reporting by ...", "Edited by ..." */
  /* "By John Smith and Jane Doe, Reuters" is a byline; "By Monday the team had won" is a
   * sentence: a byline is short and its words are capitalised but for a few particles. */
  if (n_words > PRECIS_BYLINE_MAX_WORDS + 1)
    return FALSE;
  return lower_words (s, len) <= 2; /* "by", "and" */
}

/* A question's word that an answer repeats has at least this many bytes ("bills", "doctors";
 * not "what", "does"); an answer repeats at least ANSWER_MIN_WORDS of them (one is a mention:
 * "Remember when X sulked over Sonam ...?" / "This time, Y finds himself in Sonam's position"). */
#define ANSWER_WORD_MIN_BYTES 5
#define ANSWER_MIN_WORDS 2

/* Whether the byte @c is part of a word: a letter, a digit or a byte outside ASCII. */
static inline gboolean
is_word_byte (gchar c)
{
  return g_ascii_isalnum (c) || (guchar)c >= 0x80;
}

/* Whether @sentence answers the question @question before it: it repeats ANSWER_MIN_WORDS of the
 * question's words of ANSWER_WORD_MIN_BYTES or more that are no question or function words ("Why
 * are energy bills going up again?" / "Energy bills ... will rise by 6%"; not "What happens when a
 * town runs out of doctors?" / "In Millbrook, ..., residents are about to find out."). Words are
 * runs of letters, digits and bytes outside ASCII, compared with ASCII case folded. */
gboolean
precis_answers (const gchar *question, gsize qlen, const gchar *sentence, gsize slen)
{
  static const gchar *const asking[]
      = { "which", "where", "whose", "there",  "their", "these", "those",  "would",   "could", "should",
          "about", "after", "being", "really", "going", "doing", "happen", "happens", "still", NULL };
  guint shared = 0;
  for (gsize i = 0; i < qlen && shared < ANSWER_MIN_WORDS;)
    {
      const gchar *p = question + i;
      gsize n = 0;
      while (i + n < qlen && is_word_byte (p[n]))
        n++;
      gboolean asked = FALSE;
      for (guint k = 0; asking[k] != NULL && !asked; k++)
        asked = strlen (asking[k]) == n && g_ascii_strncasecmp (p, asking[k], n) == 0;
      if (n >= ANSWER_WORD_MIN_BYTES && !asked)
        for (gsize k = 0; k + n <= slen; k++)
          if ((k == 0 || !is_word_byte (sentence[k - 1])) && g_ascii_strncasecmp (sentence + k, p, n) == 0
              && (k + n == slen || !is_word_byte (sentence[k + n])))
            {
              shared++;
              break;
            }
      i += n > 0 ? n : 1;
    }
  return shared >= ANSWER_MIN_WORDS;
}
