/* text.h - small text helpers that several parts of the library share. Everything here works
 * on byte spans of valid UTF-8 and allocates only where it says so.
 */
#pragma once

#include <glib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* 1 for the bytes of ASCII white space, 0 for every other byte (base/text.c). */
extern const guint8 precis_ascii_space[256];

/* Whether @c is ASCII white space: space, tab, line feed, carriage return, form feed or
 * vertical tab (as C's isspace; g_ascii_isspace leaves out the vertical tab). One table look-up:
 * the pipeline's loops call it for every byte. */
static inline gboolean
precis_is_ascii_space (gchar c)
{
  return precis_ascii_space[(guchar)c];
}

/* TRUE when text[pos] starts a line break ("\n", "\r\n" or "\r"); *width gets its bytes. */
gboolean precis_is_line_break (const gchar *text, gsize len, gsize pos, gsize *width);

/* The end of the line that starts at @pos in text[.., end) (before its "\n" or "\r\n"), and in
 * *@next the next line's start (@end after the last line). */
gsize precis_line_end (const gchar *text, gsize pos, gsize end, gsize *next);

/* Whether text[start, end) holds only ASCII white space (precis_is_ascii_space; an empty span
 * is blank). */
gboolean precis_is_blank (const gchar *text, gsize start, gsize end);

/* Whether the @len bytes at @s are all ASCII digits (never for an empty span). */
gboolean precis_all_digits (const gchar *s, gsize len);

/* The pattern in *@slot, compiled with @flags on its first use, once per process and safe from any
 * thread (g_once): a run compiles only the patterns its texts call for. @pattern is the program's
 * own and compiles. */
GRegex *precis_regex_once (GRegex **slot, const gchar *pattern, GRegexCompileFlags flags);

/* Whether the @len bytes at @s are, ASCII case ignored, one of the @n words of @list (each
 * whole: "in" is not "into"). For short lists; a long one wants a hash table. */
gboolean precis_ascii_word_in (const gchar *s, gsize len, const gchar *const *list, gsize n);

/* Whether the @len bytes at @s hold text run together where a page's labels or another
 * sentence were glued on without a space: five capitals or more run into a lower-case letter
 * ("RESPONSEWhen Twitter"); three lower-case letters or more into a capital and a lower-case
 * one ("Ten deadProsecutors said") or into a word "A" or "I" ("says Dawood IbrahimA series"); a lower-case
 * letter, a stop and a capital ("comfort.DK Shivakumar"). ASCII only; a brand in camel case ("WhatsApp") is
 * taken for glue too. */
gboolean precis_holds_glued_text (const gchar *s, gsize len);

/* The length of the "Here's ", "Here is " or "Here are " that the @len bytes at @s open with (the
 * apostrophe straight, curly or a "?" left for it; ASCII case ignored), or 0: a pointer to what
 * follows ("Here's what you need to know", "Here is our review."), the opening of the headline's
 * lead-ins and of the editor's asides. */
gsize precis_here_opening (const gchar *s, gsize len);

/* Whether the @len bytes at @s are a press release's label line: "FOR IMMEDIATE RELEASE", "Press
 * release", "NEWS RELEASE", "Embargoed until 00:01 GMT, 1 December 2026", "For immediate release:
 * 14 October 2026" (ASCII case ignored, white space around). Such a line is furniture, never a
 * title or a sentence. */
gboolean precis_is_release_line (const gchar *s, gsize len);

/* Whether @sentence (@slen bytes) answers the question @question (@qlen bytes) before it (a
 * question lede's answer, for the headline and the summary's opening): see text.c. */
gboolean precis_answers (const gchar *question, gsize qlen, const gchar *sentence, gsize slen);

/* A release line has at most this many words ("Embargoed until 00:01 GMT on Tuesday, 1 December
 * 2026": nine). */
#define PRECIS_RELEASE_LINE_MAX_WORDS 14

/* The first letters of a press release's labels ("for", "press", "embargoed", ...), bit c - 'a' for each. */
#define PRECIS_RELEASE_INITIALS                                                                              \
  ((1u << ('e' - 'a')) | (1u << ('f' - 'a')) | (1u << ('i' - 'a')) | (1u << ('j' - 'a'))                     \
   | (1u << ('m' - 'a')) | (1u << ('n' - 'a')) | (1u << ('p' - 'a')) | (1u << ('s' - 'a'))                   \
   | (1u << ('u' - 'a')))

/* Whether a release line (precis_is_release_line) may open on the byte @c: one table-free test,
 * for the callers that look at every text's first line or every sentence. */
static inline gboolean
precis_may_open_release_line (gchar c)
{
  guint k = (guint)(guchar)(c | 0x20) - 'a';
  return k < 26 && (PRECIS_RELEASE_INITIALS & (1u << k)) != 0;
}

/* The length of the UTF-8 byte order mark the @len bytes at @s open with: 3, or 0 when none. */
static inline gsize
precis_bom_len (const gchar *s, gsize len)
{
  return len >= 3 && memcmp (s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

/* @c lower-cased as tr/A-Z/a-z/, other bytes kept: inline for the loops that run at every byte of
 * a word, where g_ascii_tolower() is a call into glib. */
static inline gchar
precis_ascii_lower (gchar c)
{
  return c >= 'A' && c <= 'Z' ? (gchar)(c + ('a' - 'A')) : c;
}

/* Whether the @n bytes at @p are the first @n of @word in any case of ASCII: g_ascii_strncasecmp
 * (p, word, n) == 0 where @word holds no NUL in them (a NUL at @p differs), without its call. */
static inline gboolean
precis_ascii_same (const gchar *p, const gchar *word, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (precis_ascii_lower (p[i]) != precis_ascii_lower (word[i]))
      return FALSE;
  return TRUE;
}

/* Eight bytes at a time (SWAR): a word of eight read from the text (memcpy) is tested for
 * every byte at once with these. PRECIS_BYTES (c): each byte @c; PRECIS_BYTES_HIGH: each
 * byte's high bit; PRECIS_BYTES_LOW7: each byte's low seven bits. Adding PRECIS_BYTES (0x80 -
 * lo) sets the high bit of the bytes from lo up, adding PRECIS_BYTES (0x7F - hi) of those past
 * hi: a range test, exact when no byte has its high bit (none carries into the next). */
#define PRECIS_BYTES(c) (G_GUINT64_CONSTANT (0x0101010101010101) * (guint64)(guchar)(c))
#define PRECIS_BYTES_HIGH PRECIS_BYTES (0x80)
#define PRECIS_BYTES_LOW7 PRECIS_BYTES (0x7F)

/* The bytes of the word of eight @w that are @c, as their high bits, and maybe bytes above one
 * that is (a borrow runs up from it): the lowest bit set is the first byte that is @c. */
static inline guint64
precis_bytes_equal (guint64 w, guchar c)
{
  guint64 z = w ^ PRECIS_BYTES (c);
  return (z - PRECIS_BYTES (1)) & ~z & PRECIS_BYTES_HIGH;
}

/* The word of eight @w lower-cased as precis_ascii_lower() does each byte, when no byte has its
 * high bit (the range test's carries stay in their byte; other words give garbage). */
static inline guint64
precis_ascii_lower_bytes (guint64 w)
{
  guint64 upper = (w + PRECIS_BYTES (0x80 - 'A')) & ~(w + PRECIS_BYTES (0x7F - 'Z')) & PRECIS_BYTES_HIGH;
  return w | upper >> 2; /* 0x80 >> 2 is 'a' - 'A' */
}

/* The first byte @c in [@pos, @end) of @s, or @end: eight bytes a step, for the short runs (a
 * word, a line) where a call to memchr() costs more than the search. */
static inline gsize
precis_find_byte (const gchar *s, gsize pos, gsize end, guchar c)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  for (; pos + 8 <= end; pos += 8)
    {
      guint64 w;
      memcpy (&w, s + pos, 8);
      guint64 hit = precis_bytes_equal (w, c);
      if (hit != 0)
        return pos + ((gsize)__builtin_ctzll (hit) >> 3);
    }
#endif
  while (pos < end && (guchar)s[pos] != c)
    pos++;
  return pos;
}

/* The bytes of the word of eight @w that are ASCII white space (precis_is_ascii_space), as
 * their high bits: space by an exact zero-byte test of the low seven bits, tab to carriage
 * return by a range test on them (neither can carry into the next byte), bytes from 0x80 out. */
static inline guint64
precis_ascii_space_bytes (guint64 w)
{
  const guint64 high = PRECIS_BYTES_HIGH;
  const guint64 low7 = PRECIS_BYTES_LOW7;
  guint64 x = w & low7;
  guint64 y = x ^ PRECIS_BYTES (' ');                 /* 0 for a space */
  guint64 spaces = ~(((y & low7) + low7) | y) & high; /* exact per byte */
  guint64 controls = (x + PRECIS_BYTES (0x80 - '\t')) & ~(x + PRECIS_BYTES (0x7F - '\r'));
  return (spaces | (controls & high)) & ~w;
}

#ifdef __SSE2__
/* The bytes of @v in [@lo, @hi] (ASCII, @lo <= @hi) as 0xFF, the others 0: the range moved to the
 * bottom of the signed bytes, one comparison. */
static inline __m128i
precis_ascii_range_vector (__m128i v, gchar lo, gchar hi)
{
  return _mm_cmplt_epi8 (_mm_sub_epi8 (v, _mm_set1_epi8 ((gchar)(lo + 128))),
                         _mm_set1_epi8 ((gchar)(hi - lo + 1 - 128)));
}

/* The bytes of @v that are ASCII white space (precis_is_ascii_space) as 0xFF, the others 0. */
static inline __m128i
precis_ascii_space_vector (__m128i v)
{
  __m128i controls = _mm_cmplt_epi8 (_mm_sub_epi8 (v, _mm_set1_epi8 ((gchar)('\t' + 128))),
                                     _mm_set1_epi8 ((gchar)('\r' - '\t' + 1 - 128)));
  return _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (' ')), controls);
}
#endif

/* The words of the @len bytes at @s (runs separated by ASCII white space), counted up to
 * @max + 1 at most: a caller that only compares with @max stops early. Eight bytes a step: a
 * word starts at each byte that is no space after one that is (or at the start). */
static inline guint
precis_count_words (const gchar *s, gsize len, guint max)
{
  guint n = 0;
  gsize i = 0;
#ifdef __SSE2__
  /* Sixteen bytes a step first, each with the byte before it (a space before the first): the
   * starts as 1s, summed with _mm_sad_epu8. */
  for (; i + 16 <= len && n <= max; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(s + i));
      __m128i before = i == 0 ? _mm_or_si128 (_mm_slli_si128 (v, 1), _mm_cvtsi32_si128 (' '))
                              : _mm_loadu_si128 ((const __m128i *)(gconstpointer)(s + i - 1));
      __m128i starts = _mm_andnot_si128 (precis_ascii_space_vector (v), precis_ascii_space_vector (before));
      __m128i sums = _mm_sad_epu8 (_mm_and_si128 (starts, _mm_set1_epi8 (1)), _mm_setzero_si128 ());
      n += (guint)_mm_cvtsi128_si32 (sums) + (guint)_mm_extract_epi16 (sums, 4);
    }
  guint64 after_space = i == 0 || precis_is_ascii_space (s[i - 1]);
#else
  guint64 after_space = 1; /* whether the byte before s[i] is white space (or none) */
#endif
  for (; i + 8 <= len && n <= max; i += 8)
    {
      guint64 w;
      memcpy (&w, s + i, 8);
      guint64 space = precis_ascii_space_bytes (w);
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
      guint64 before = space << 8 | after_space << 7;
      after_space = space >> 63;
#else
      guint64 before = space >> 8 | after_space << 63;
      after_space = (space >> 7) & 1;
#endif
      guint64 starts = (before & ~space & PRECIS_BYTES_HIGH) >> 7;
      n += (guint)((starts * PRECIS_BYTES (1)) >> 56); /* the bytes' sum */
    }
  for (; i < len && n <= max; i++)
    {
      gboolean space = precis_is_ascii_space (s[i]);
      n += after_space && !space;
      after_space = space;
    }
  return n <= max ? n : max + 1;
}

/* Whether @c is written without spaces between words: Han ideographs, Hiragana, Katakana
 * (Chinese and Japanese; Korean spaces its words). */
static inline gboolean
precis_is_unspaced (gunichar c)
{
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x9FFF)
         || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x20000 && c <= 0x3FFFF);
}

/* The words of the @len bytes of UTF-8 at @s as --words counts them: runs separated by white
 * space or CJK punctuation ("、", "。", full-width brackets), each ideograph or kana a word of
 * its own ("東京で大雪、交通に乱れ" is ten); counted up to @max + 1 at most. Text with no
 * ideograph or kana counts as precis_count_words() counts it. */
guint precis_count_words_unspaced (const gchar *s, gsize len, guint max);

/* Whether the @len bytes at @s are valid UTF-8 with no NUL byte, as g_utf8_validate_len()
 * decides, with a fast path over runs of ASCII (eight bytes at a time). When it is not and
 * @end is not NULL, *end gets the first byte of the first invalid sequence (or the NUL). */
gboolean precis_validate_utf8 (const gchar *s, gsize len, const gchar **end);

/* The text of text[start, end) with every run of ASCII white space shown as one space and
 * none at either end. The caller frees the result with g_free(). */
gchar *precis_collapse_space (const gchar *text, gsize start, gsize end);
/* precis_collapse_space() written into @out, which has room for end - start + 1 bytes (the
 * text and its NUL); returns the text's length. @out may be text + start or before it (the
 * text collapsed in place: the text never grows, so no byte is written before it is read),
 * but must not overlap the span otherwise. */
gsize precis_collapse_space_into (const gchar *text, gsize start, gsize end, gchar *out);

/* The case-folded form of the @len bytes at @s (g_utf8_casefold; not normalised: the
 * tokenizer brings words to NFC itself). ASCII text is lower-cased by a fast path, into @buf
 * when it fits in @buf_size bytes with its NUL (@buf may be NULL); anything else goes into a
 * new string. The caller frees the result with g_free() unless it is @buf. */
gchar *precis_fold (const gchar *s, gsize len, gchar *buf, gsize buf_size);

/* Terminators that end a sentence wherever they stand, no space needed after them: the
 * ideographic and full-width full stop, exclamation and question marks, the Devanagari danda
 * and double danda, the Arabic question mark and full stop, the Armenian full stop, the
 * Ethiopic full stop, the Burmese section mark and the Greek question mark. */
static inline gboolean
precis_is_strong_terminator (gunichar c)
{
  switch (c)
    {
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF0E: /* 。！？． */
    case 0x0964:
    case 0x0965: /* । ॥ Devanagari */
    case 0x061F:
    case 0x06D4: /* ؟ ۔ Arabic script */
    case 0x0589: /* ։ Armenian */
    case 0x1362: /* ። Ethiopic */
    case 0x104B: /* ။ Burmese */
    case 0x037E: /* ; Greek question mark */
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether @c ends a sentence when a space or the end follows: ".", "!", "?", "…" or a strong
 * terminator. */
static inline gboolean
precis_is_terminator (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || precis_is_strong_terminator (c);
}

/* Quotation marks and brackets that close: ’ ” » › 」 』 ） 】 and the ASCII ones. */
static inline gboolean
precis_is_closing_mark (gunichar c)
{
  switch (c)
    {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case 0x2019:
    case 0x201D:
    case 0x00BB:
    case 0x203A:
    case 0x300D:
    case 0x300F:
    case 0xFF09:
    case 0x3011:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The last character of the text [from, end) before closing quotes and brackets
 * (precis_is_closing_mark), and with @past_space_and_notes also before white space and a reference
 * mark ("... drier.[2]" gives '.'); 0 when there is none. Whether a line or a sentence ends open. */
gunichar precis_last_before_closing (const gchar *from, const gchar *end, gboolean past_space_and_notes);

/* Quotes and brackets that open (or close) around words. */
static inline gboolean
precis_is_quote_or_bracket (gunichar c)
{
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == ')' || c == ']' || c == 0x2018 || c == 0x2019
         || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB;
}

static inline gboolean
precis_is_upper_at (const gchar *s)
{
  return g_unichar_isupper (g_utf8_get_char (s));
}

static inline gboolean
precis_is_lower_at (const gchar *s)
{
  return g_unichar_islower (g_utf8_get_char (s));
}

/* The word (letters, digits, inner apostrophes and hyphens) at or after @pos in [pos, end),
 * skipping opening quotes and brackets; FALSE when a space or the end comes first. */
gboolean precis_word_at (const gchar *text, gsize pos, gsize end, gsize *ws, gsize *we);

/* The start of the next space-separated token after @pos, or @end. */
gsize precis_next_token (const gchar *text, gsize pos, gsize end);

/* The character a C1 control (U+0080 to U+009F, @c) stands for in text read from a page, a feed
 * or a character reference: windows-1252's character for that byte ("&#146;" is U+2019), as the
 * HTML standard's parsing rules and feedparser read it; 0 for the five bytes windows-1252 leaves
 * undefined. */
gunichar precis_windows_1252_of_c1 (gunichar c);

/* Whether @s[0, len) is a byline in another language than English: "by" in German, French,
 * Spanish, Portuguese, Italian or Dutch ("Von", "Par", "Por", "di", "Door") before a capitalised
 * name of at most nine words with at most two lower-case particles ("Por María López | Ciudad de
 * México"), or "Автор", "Текст", "بقلم", "كتب" before a name ("Автор: Иван Петров", "بقلم أحمد
 * علي"). Read by the title line and the furniture stage, which test English's "By" themselves. */
gboolean precis_is_other_byline (const gchar *s, gsize len);

/* A byline in English has at most this many words after "By". */
#define PRECIS_BYLINE_MAX_WORDS 8
/* Whether @s[0, len) is a byline in English: "By Ann Example, Reuters" (a short line whose words
 * are capitalised but for "by" and "and"), "Written by", "Reported by", "Reporting by", "Edited
 * by ...", a blog's "Posted on 15 October 2019 at 09:11 by Ann Example" or "Posted by Ann
 * Example", a forum's "Posted by kettle_boy » Tue Nov 24, 2026 10:15 am" (at most sixteen words,
 * at most four of them in lower case). Read by the furniture stage and the title line, so that a
 * line the furniture takes for a byline is never a title. */
gboolean precis_is_byline (const gchar *s, gsize len);
