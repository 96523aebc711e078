/* test-text.c - the shared text helpers of base/text.h (white space, blank spans, digits, word
 * counts, collapsed spaces, case folding, UTF-8 validation, terminators). */
#include "base/lexicon.h"
#include "base/text.h"
#include "test-util.h"

#include <string.h>

START_TEST (test_blank_and_digits)
{
  ck_assert (precis_is_blank (" \t\r\n\f\v", 0, 6));
  ck_assert (precis_is_blank ("abc", 1, 1)); /* an empty span is blank */
  ck_assert (!precis_is_blank ("  x ", 0, 4));
  ck_assert (precis_all_digits ("2026", 4));
  ck_assert (!precis_all_digits ("20a6", 4));
  ck_assert (!precis_all_digits ("", 0));
  ck_assert (!precis_all_digits ("\xD9\xA3", 2)); /* ٣: a digit, but not an ASCII one */
}
END_TEST

/* Text run together where a label or another sentence was glued on, and what is not. */
START_TEST (test_glued_text)
{
  const gchar *glued[] = { "JOSHI'S RESPONSEWhen Twitter users asked", "Ten deadProsecutors said",
                           "for his comfort.DK Shivakumar said", "says Dawood IbrahimA series of tweets" };
  const gchar *not_glued[]
      = { "Officials said the NASA probe was fine.", "McDonald and O'Brien met in the U.S. on Monday.",
          "It was I who said it. A man came.", "\"Go,\" she said. \"Now.\"" };
  for (guint i = 0; i < G_N_ELEMENTS (glued); i++)
    ck_assert_msg (precis_holds_glued_text (glued[i], strlen (glued[i])), "%s", glued[i]);
  for (guint i = 0; i < G_N_ELEMENTS (not_glued); i++)
    ck_assert_msg (!precis_holds_glued_text (not_glued[i], strlen (not_glued[i])), "%s", not_glued[i]);
}
END_TEST

START_TEST (test_count_words)
{
  const gchar *s = "  one two\tthree\nfour\r\nfive  ";
  ck_assert_uint_eq (precis_count_words (s, strlen (s), G_MAXUINT - 1), 5);
  /* Counting stops once it has passed @max. */
  ck_assert_uint_eq (precis_count_words (s, strlen (s), 1), 2);
  ck_assert_uint_eq (precis_count_words ("", 0, 10), 0);
  ck_assert_uint_eq (precis_count_words ("caf\xC3\xA9 au lait", 13, 10), 3);
}
END_TEST

/* Words as --words counts them: each ideograph or kana one, CJK punctuation no word; spaced
 * text as precis_count_words() counts it. A CJK title of two words or more is one precis
 * --headline=auto may take (the lead's change to headline.c: bench/RESULTS.md). */
START_TEST (test_count_words_unspaced)
{
  static const struct
  {
    const gchar *s;
    guint n;
  } cases[] = {
    { "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7\xE5\xA4\xA7\xE9\x9B\xAA\xE3\x80\x81\xE4\xBA\xA4"
      "\xE9\x80\x9A\xE3\x81\xAB\xE4\xB9\xB1\xE3\x82\x8C",
      10 }, /* 東京で大雪、交通に乱れ */
    { "\xE6\x97\xA5\xE9\x8A\x80\xE3\x80\x81\xE9\x87\x91\xE5\x88\xA9", 4 }, /* 日銀、金利 */
    { "\xE3\x80\x8C\xE3\x80\x8D\xE3\x80\x82", 0 },                         /* 「」。 */
    { "\xE4\xBA\xBA\xE3\x80\x85", 2 },                                     /* 人々 */
    { "iPhone 16\xE7\x99\xBA\xE5\xA3\xB2", 4 },                            /* iPhone 16発売 */
    { "  one two\tthree\nfour\r\nfive  ", 5 },
    { "caf\xC3\xA9 au lait", 3 },
    { "", 0 },
    { "bad \xFF\xFE bytes", 3 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    ck_assert_msg (precis_count_words_unspaced (cases[i].s, strlen (cases[i].s), 100) == cases[i].n, "%s: %u",
                   cases[i].s, precis_count_words_unspaced (cases[i].s, strlen (cases[i].s), 100));
  /* Counting stops once it has passed @max. */
  ck_assert_uint_eq (precis_count_words_unspaced (cases[0].s, strlen (cases[0].s), 1), 2);
}
END_TEST

START_TEST (test_collapse_space)
{
  const gchar *s = "  The  bridge\n\n closes\t today.  ";
  g_autofree gchar *all = precis_collapse_space (s, 0, strlen (s));
  ck_assert_str_eq (all, "The bridge closes today.");
  g_autofree gchar *part = precis_collapse_space (s, 7, 22);
  ck_assert_str_eq (part, "bridge closes");
  g_autofree gchar *none = precis_collapse_space (s, 0, 2);
  ck_assert_str_eq (none, "");
}
END_TEST

START_TEST (test_fold)
{
  gchar buf[16];
  gchar *a = precis_fold ("BRIDGE Closes", 13, buf, sizeof buf);
  ck_assert (a == buf); /* ASCII that fits: no allocation */
  ck_assert_str_eq (a, "bridge closes");
  g_autofree gchar *b = precis_fold ("A LONGER PHRASE THAN THE BUFFER", 31, buf, sizeof buf);
  ck_assert (b != buf);
  ck_assert_str_eq (b, "a longer phrase than the buffer");
  g_autofree gchar *c = precis_fold ("Stra\xC3\x9F"
                                     "E",
                                     7, buf, sizeof buf);
  ck_assert (c != buf);
  ck_assert_str_eq (c, "strasse"); /* Unicode case folding: ß folds to ss */
  g_autofree gchar *d = precis_fold ("ABC", 3, NULL, 0);
  ck_assert_str_eq (d, "abc");
}
END_TEST

/* Every ASCII byte at every position of a string longer than two 8-byte blocks (the fast path
 * and its tail), and a non-ASCII character after the first block: the fold is
 * g_utf8_casefold's. */
START_TEST (test_fold_every_byte)
{
  gchar s[20], buf[32];
  for (guint c = 1; c < 0x80; c++)
    for (guint at = 0; at < sizeof s - 1; at++)
      {
        memset (s, 'Q', sizeof s - 1);
        s[sizeof s - 1] = '\0';
        s[at] = (gchar)c;
        g_autofree gchar *want = g_utf8_casefold (s, -1);
        gchar *got = precis_fold (s, strlen (s), buf, sizeof buf);
        ck_assert_str_eq (got, want);
      }
  const gchar *mixed = "ABCDEFGH\xC3\x89LAN Vital";
  g_autofree gchar *want = g_utf8_casefold (mixed, -1);
  g_autofree gchar *got = precis_fold (mixed, strlen (mixed), buf, sizeof buf);
  ck_assert (got != buf);
  ck_assert_str_eq (got, want);
}
END_TEST

/* Collapsing equals splitting at ASCII white space and joining the words with one space, and
 * the word count the number of those words (up to @max + 1), for every string of up to six
 * bytes over the alphabet {a, space, tab, newline}. */
START_TEST (test_collapse_space_all_short)
{
  static const gchar alphabet[] = "a \t\n";
  for (guint len = 0; len <= 6; len++)
    {
      guint n = 1;
      for (guint i = 0; i < len; i++)
        n *= 4;
      for (guint code = 0; code < n; code++)
        {
          gchar s[8];
          for (guint i = 0, k = code; i < len; i++, k /= 4)
            s[i] = alphabet[k % 4];
          s[len] = '\0';
          g_auto (GStrv) parts = g_strsplit_set (s, " \t\n", -1);
          g_autoptr (GString) want = g_string_new (NULL);
          guint n_words = 0;
          for (guint i = 0; parts[i] != NULL; i++)
            if (parts[i][0] != '\0')
              {
                g_string_append_printf (want, "%s%s", want->len > 0 ? " " : "", parts[i]);
                n_words++;
              }
          g_autofree gchar *got = precis_collapse_space (s, 0, len);
          ck_assert_str_eq (got, want->str);
          ck_assert_uint_eq (precis_count_words (s, len, G_MAXUINT - 1), n_words);
          ck_assert_uint_eq (precis_count_words (s, len, 1), MIN (n_words, 2));
        }
    }
}
END_TEST

/* A string of up to 40 bytes, each drawn from the first @n_pieces bytes of @pieces, into @s
 * (41 bytes, NUL-terminated after them); its length. */
static guint
random_string (GRand *rand, const gchar *pieces, gsize n_pieces, gchar *s)
{
  guint len = (guint)g_rand_int_range (rand, 0, 41);
  for (guint i = 0; i < len; i++)
    s[i] = pieces[g_rand_int_range (rand, 0, (gint32)n_pieces)];
  s[len] = '\0';
  return len;
}

/* @s[start, len) split at ASCII white space, its words joined with one space. */
static GString *
collapsed_by_words (const gchar *s, guint start, guint len)
{
  GString *want = g_string_new (NULL);
  for (guint i = start; i < len;)
    {
      while (i < len && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')))
        i++;
      guint w = i;
      while (i < len && !(s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')))
        i++;
      if (i > w)
        g_string_append_printf (want, "%s%.*s", want->len > 0 ? " " : "", (int)(i - w), s + w);
    }
  return want;
}

/* precis_collapse_space_into() of @s[start, len) equals collapsed_by_words(), into a buffer
 * apart (@out, room for @len + 1 bytes) and in place. */
static void
check_collapse (gchar *s, guint start, guint len, gchar *out)
{
  g_autoptr (GString) want = collapsed_by_words (s, start, len);
  ck_assert_uint_eq (precis_collapse_space_into (s, start, len, out), want->len);
  ck_assert_str_eq (out, want->str);
  ck_assert_uint_eq (precis_collapse_space_into (s, start, len, s + start), want->len);
  ck_assert_str_eq (s + start, want->str);
}

/* Collapsing read eight bytes at a time equals splitting at ASCII white space and joining the
 * words with one space, for strings of up to 40 bytes drawn from every ASCII white space byte,
 * letters, punctuation and the bytes of a two-byte character, from every start, into a buffer
 * apart and in place. */
START_TEST (test_collapse_space_long)
{
  static const gchar pieces[] = "ab  \t\n\v\f\r.-\xC3\xA9\x85";
  g_autoptr (GRand) rand = g_rand_new_with_seed (18);
  for (guint round = 0; round < 20000; round++)
    {
      gchar s[41];
      guint len = random_string (rand, pieces, sizeof pieces - 1, s);
      guint start = len > 0 ? (guint)g_rand_int_range (rand, 0, (gint32)len + 1) : 0;
      gchar out[41];
      check_collapse (s, start, len, out);
    }
}
END_TEST

/* The same for sentences of up to 160 bytes: words of one to nine bytes (letters, a character
 * of two bytes, a byte from 0x80) mostly between single spaces, so that runs of sixteen bytes
 * and more need no change, and now and then a run of other white space, at either end too. */
START_TEST (test_collapse_space_sentences)
{
  static const gchar letters[] = "abcdefghij.-\xC3\xA9\x85";
  static const gchar *const gaps[] = { "  ", "\t", "\n", " \r\n", "\v", "\f", "\r", " \t " };
  g_autoptr (GRand) rand = g_rand_new_with_seed (19);
  for (guint round = 0; round < 20000; round++)
    {
      gchar s[161 + 16];
      guint len = 0, size = (guint)g_rand_int_range (rand, 0, 161);
      while (len < size)
        {
          const gchar *gap = g_rand_int_range (rand, 0, 12) == 0
                                 ? gaps[g_rand_int_range (rand, 0, G_N_ELEMENTS (gaps))]
                                 : " ";
          for (guint k = 0; gap[k] != '\0' && len < size; k++)
            s[len++] = gap[k];
          for (guint k = (guint)g_rand_int_range (rand, 1, 10); k > 0 && len < size; k--)
            s[len++] = letters[g_rand_int_range (rand, 0, sizeof letters - 1)];
        }
      s[len] = '\0';
      guint start = len > 0 ? (guint)g_rand_int_range (rand, 0, (gint32)MIN (len, 8) + 1) : 0;
      gchar out[161 + 16];
      check_collapse (s, start, len, out);
    }
}
END_TEST

/* The word count read eight bytes at a time equals a byte-by-byte count, for strings of up to
 * 40 bytes drawn from every ASCII white space byte, letters, punctuation, a NUL and the bytes
 * of a two-byte character, and for every bound @max from 0 to 20 (counts stop at @max + 1). */
START_TEST (test_count_words_long)
{
  static const gchar pieces[] = "ab \t\n\v\f\r.-\xC3\xA9\x85";
  g_autoptr (GRand) rand = g_rand_new_with_seed (18);
  for (guint round = 0; round < 20000; round++)
    {
      gchar s[41];
      guint len = random_string (rand, pieces, sizeof pieces, s); /* the NUL too */
      guint want = 0;
      gboolean after_space = TRUE;
      for (guint i = 0; i < len; i++)
        {
          gboolean space = s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r');
          want += after_space && !space;
          after_space = space;
        }
      for (guint max = 0; max <= 20; max++)
        ck_assert_uint_eq (precis_count_words (s, len, max), MIN (want, max + 1));
      ck_assert_uint_eq (precis_count_words (s, len, G_MAXUINT), want);
    }
}
END_TEST

/* The fast validator answers as g_utf8_validate_len() does, and stops at the same byte, for a
 * bad byte or a NUL at every position of text mixing ASCII runs (longer and shorter than a
 * word) with two-, three- and four-byte characters, so that pieces end everywhere. */
START_TEST (test_validate_utf8)
{
  static const gchar *const parts[] = {
    "a", "plain ascii run of text ", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\xD0\xB6\xD0\xB8"
  };
  g_autoptr (GRand) rand = g_rand_new_with_seed (18);
  g_autoptr (GString) text = g_string_new (NULL);
  while (text->len < 300)
    g_string_append (text, parts[g_rand_int_range (rand, 0, G_N_ELEMENTS (parts))]);
  const gchar *end = NULL;
  ck_assert (precis_validate_utf8 (text->str, text->len, &end));
  ck_assert (!precis_validate_utf8 ("ab\xC3", 3, &end)); /* a character cut by the end */
  static const gchar bad[] = { '\xFF', '\x80', '\xC3', '\0' };
  for (gsize pos = 0; pos < text->len; pos++)
    for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
      {
        g_autofree gchar *copy = g_memdup2 (text->str, text->len);
        copy[pos] = bad[b];
        const gchar *want = NULL, *got = NULL;
        gboolean valid = g_utf8_validate_len (copy, text->len, &want);
        ck_assert_int_eq (precis_validate_utf8 (copy, text->len, &got), valid);
        if (!valid)
          ck_assert_ptr_eq (got, want);
      }
}
END_TEST

START_TEST (test_terminators)
{
  static const gunichar strong[]
      = { 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0x0964, 0x0965, 0x061F, 0x06D4, 0x0589, 0x1362, 0x104B, 0x037E };
  for (guint i = 0; i < G_N_ELEMENTS (strong); i++)
    ck_assert (precis_is_strong_terminator (strong[i]) && precis_is_terminator (strong[i]));
  ck_assert (precis_is_terminator ('.') && precis_is_terminator ('!') && precis_is_terminator ('?'));
  ck_assert (precis_is_terminator (0x2026));
  ck_assert (!precis_is_strong_terminator ('.'));
  ck_assert (!precis_is_terminator (',') && !precis_is_terminator (':') && !precis_is_terminator ('a'));
}
END_TEST

START_TEST (test_line_breaks)
{
  gsize w = 0;
  ck_assert (precis_is_line_break ("a\r\nb", 4, 1, &w) && w == 2);
  ck_assert (precis_is_line_break ("a\rb", 3, 1, &w) && w == 1);
  ck_assert (precis_is_line_break ("a\nb", 3, 1, &w) && w == 1);
  ck_assert (!precis_is_line_break ("a\nb", 3, 0, &w));
  ck_assert (!precis_is_line_break ("a\n", 2, 2, &w)); /* past the end */
}
END_TEST

/* The word found equals a reading of the text decoded into characters first, with glib's
 * Unicode classes (letters and digits, one joiner "-", "'" or U+2019 between two of them, after
 * opening quotes and brackets), for random text of ASCII letters and digits, spaces,
 * punctuation, joiners and characters of two and three bytes, from every character. */
START_TEST (test_word_at)
{
  /* The pieces, separated by "|". */
  g_auto (GStrv) pieces
      = g_strsplit ("a|Z|5| |.|,|-|'|\xE2\x80\x99|\xC3\xA9|(|\"|\xE2\x80\x9C|\xE2\x80\x94|_", "|", -1);
  guint n_pieces = g_strv_length (pieces);
  g_autoptr (GRand) rand = g_rand_new_with_seed (18);
  for (guint round = 0; round < 5000; round++)
    {
      /* The text, and each character's value and byte offset (offset[n] is the end). */
      gchar text[64] = "";
      gunichar chars[16];
      gsize offset[17] = { 0 };
      guint n = (guint)g_rand_int_range (rand, 0, 12);
      for (guint k = 0; k < n; k++)
        {
          const gchar *piece = pieces[g_rand_int_range (rand, 0, (gint32)n_pieces)];
          chars[k] = g_utf8_get_char (piece);
          offset[k + 1] = offset[k] + strlen (piece);
          g_strlcat (text, piece, sizeof text);
        }
      for (guint from = 0; from <= n; from++)
        {
          guint first = from;
          while (first < n && !g_unichar_isalnum (chars[first]) && precis_is_quote_or_bracket (chars[first]))
            first++;
          guint last = first; /* one past the word's last character */
          for (;;)
            {
              gboolean joined = last > first && last + 1 < n && g_unichar_isalnum (chars[last + 1])
                                && (chars[last] == '-' || chars[last] == '\'' || chars[last] == 0x2019);
              if (last < n && (g_unichar_isalnum (chars[last]) || joined))
                last++;
              else
                break;
            }
          gsize ws = 0, we = 0;
          gboolean found = precis_word_at (text, offset[from], offset[n], &ws, &we);
          ck_assert_msg (ws == offset[first] && we == offset[last], "\"%s\" from %zu: %zu-%zu, want %zu-%zu",
                         text, offset[from], ws, we, offset[first], offset[last]);
          ck_assert (found == (last > first));
        }
    }
}
END_TEST

/* precis_find_byte() finds what memchr() finds, from every start to every end, in strings of
 * spaces, letters, bytes from 0x80 and zero bytes (eight bytes a step, then one at a time). */
START_TEST (test_find_byte)
{
  static const gchar alphabet[] = { ' ', 'a', 'Z', '!', '\x80', '\xFF', '\xA0', '\0', '\x21', '\x1F' };
  GRand *rand = g_rand_new_with_seed (6);
  gchar s[40];
  for (guint round = 0; round < 400; round++)
    {
      for (guint i = 0; i < sizeof s; i++)
        s[i] = alphabet[g_rand_int_range (rand, 0, round % 2 ? 3 : (gint)sizeof alphabet)];
      guchar c = (guchar)alphabet[round % sizeof alphabet];
      for (gsize start = 0; start <= sizeof s; start++)
        for (gsize end = start; end <= sizeof s; end++)
          {
            const gchar *hit = memchr (s + start, c, end - start);
            gsize want = hit != NULL ? (gsize)(hit - s) : end;
            ck_assert_uint_eq (precis_find_byte (s, start, end, c), want);
          }
    }
  g_rand_free (rand);
}
END_TEST

/* precis_ascii_same() answers as g_ascii_strncasecmp () == 0 for a word with no NUL in its @n
 * bytes: any case of ASCII alike, other bytes only as themselves (0xC3 is no 0xE3), a NUL in the
 * text a difference, the bytes past @n not looked at. */
START_TEST (test_ascii_same)
{
  static const gchar alphabet[] = { 'a', 'A', 'z', 'Z', '@', '[', '`', '{', '\xC3', '\xE3', '\0', '1' };
  GRand *rand = g_rand_new_with_seed (37);
  for (guint round = 0; round < 20000; round++)
    {
      gchar p[8], word[8];
      gsize n = (gsize)g_rand_int_range (rand, 0, 8);
      for (guint i = 0; i < 8; i++)
        {
          p[i] = alphabet[g_rand_int_range (rand, 0, (gint)sizeof alphabet)];
          /* the word: a case of the text's byte, or another one; never a NUL */
          word[i] = g_rand_boolean (rand) ? p[i]
                                          : alphabet[g_rand_int_range (rand, 0, (gint)sizeof alphabet - 2)];
          if (g_rand_boolean (rand) && g_ascii_isalpha (word[i]))
            word[i] = (gchar)(word[i] ^ 0x20);
          if (word[i] == '\0')
            word[i] = 'q';
        }
      ck_assert_int_eq (precis_ascii_same (p, word, n), g_ascii_strncasecmp (p, word, n) == 0);
    }
  ck_assert (precis_ascii_same ("Said", "said", 4));
  ck_assert (!precis_ascii_same ("Sa\0d", "said", 4));
  ck_assert (precis_ascii_same ("HERE-x", "here-y", 5));
  g_rand_free (rand);
}
END_TEST

/* The lexicon finds a word in any case, a capital at any of its bytes (a look-up lower-cases and
 * hashes eight bytes a step, the rest one by one), and ends the word at a NUL wherever it stands;
 * a byte over ASCII makes a noun. */
/* A release line for each press-release label, a date or a time after those that take one: each
 * is one as written, in capitals and in small letters; with its second letter changed, none
 * ("FUR IMMEDIATE RELEASE"); nor is a single letter. */
START_TEST (test_release_lines)
{
  static const gchar *const lines[] = {
    "For immediate release",
    "FOR RELEASE AT 09:00 GMT",
    "For release on 1 December 2026",
    "Immediate release",
    "Press Release",
    "NEWS RELEASE",
    "Media release.",
    "Joint press release",
    "EMBARGOED",
    "Embargoed until 00:01 GMT, 1 December 2026",
    "Embargoed till Tuesday",
    "Embargoed to 10am",
    "Embargoed: 1 December",
    "Embargo: 00:01",
    "  Under embargo until 1 December 2026  ",
    "Strictly embargoed until 09:00",
    "Not for release before 1 December",
    "Not for publication before 10:00 CET",
  };
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree gchar *upper = g_ascii_strup (lines[i], -1), *lower = g_ascii_strdown (lines[i], -1);
      const gchar *forms[] = { lines[i], upper, lower };
      for (guint k = 0; k < G_N_ELEMENTS (forms); k++)
        ck_assert_msg (precis_is_release_line (forms[k], strlen (forms[k])), "\"%s\" no release line",
                       forms[k]);
      gsize at = strspn (upper, " ") + 1;
      upper[at] = upper[at] == 'U' ? 'A' : 'U';
      ck_assert_msg (!precis_is_release_line (upper, strlen (upper)), "\"%s\" a release line", upper);
    }
  /* a label opening a sentence: after it, words that are no date or time */
  static const gchar *const sentences[] = {
    "Embargoed until Friday, the report says inflation will rise sharply this year.",
    "For release on Friday, the band recorded twelve new songs in a small studio.",
    "Embargoed until further talks, the deal stays on hold.",
  };
  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    ck_assert_msg (!precis_is_release_line (sentences[i], strlen (sentences[i])), "\"%s\" a release line",
                   sentences[i]);
  static const gchar *const labels[]
      = { "Embargoed until further notice", "For release at 6 a.m. local time on Tuesday" };
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    ck_assert_msg (precis_is_release_line (labels[i], strlen (labels[i])), "\"%s\" no release line",
                   labels[i]);
  ck_assert (!precis_is_release_line ("P", 1));
  ck_assert (!precis_is_release_line ("f ", 2));
  ck_assert (!precis_is_release_line ("", 0));
}
END_TEST

/* The one list of "Here's" openings the headline's lead-ins and the editor's asides share: its
 * length with the space after it, any case and apostrophe; not a longer word nor a bare "Here". */
static gsize
here_len (const gchar *text)
{
  return precis_here_opening (text, strlen (text));
}

START_TEST (test_here_opening)
{
  ck_assert_uint_eq (here_len ("Here's how the new tram will run."), 7);
  ck_assert_uint_eq (here_len ("Here\u2019s why it matters."), 9);
  ck_assert_uint_eq (here_len ("Here?s what we know."), 7);
  ck_assert_uint_eq (here_len ("HERE IS the plan."), 8);
  ck_assert_uint_eq (here_len ("here are the main points:"), 9);
  /* not a bare "Here", a longer word, another pointer, nor a span that ends inside it */
  ck_assert_uint_eq (here_len ("Here.") + here_len ("Hereford is a city.") + here_len ("Here it is."), 0);
  ck_assert_uint_eq (here_len ("There's more.") + here_len (""), 0);
  ck_assert_uint_eq (precis_here_opening ("Here is the plan", 7), 0);
}
END_TEST

START_TEST (test_lexicon_saying)
{
  /* A bit of its own for each form, any case, the word's bytes only (no NUL needed after it). */
  static const gchar *const forms[]
      = { "said",  "says",   "say",     "added",    "adds",      "told",  "tells", "explained",
          "noted", "stated", "replied", "insisted", "continued", "wrote", "asked" };
  guint32 seen = 0;
  for (guint k = 0; k < G_N_ELEMENTS (forms); k++)
    {
      guint32 bit = precis_lexicon_saying (forms[k], strlen (forms[k]));
      ck_assert_msg (bit != 0 && (bit & (bit - 1)) == 0 && (seen & bit) == 0, "%s", forms[k]);
      seen |= bit;
      g_autofree gchar *upper = g_ascii_strup (forms[k], -1);
      ck_assert_uint_eq (precis_lexicon_saying (upper, strlen (upper)), bit);
    }
  ck_assert_uint_eq (precis_lexicon_saying ("saidx", 4), precis_lexicon_saying ("said", 4));
  ck_assert_uint_eq (precis_lexicon_saying ("sai", 3), 0);
  ck_assert_uint_eq (precis_lexicon_saying ("saying", 6), 0);
  ck_assert_uint_eq (precis_lexicon_saying ("announced", 9), 0);
  ck_assert_uint_eq (precis_lexicon_saying ("", 0), 0);
}
END_TEST

START_TEST (test_lexicon_any_case)
{
  static const gchar *const words[]
      = { "in",           "the",          "said",         "speak",        "spoken",
          "running",      "although",     "recommend",    "throughout",   "investigate",
          "administrate", "recommending", "investigated", "administrates" };
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    {
      gsize n = strlen (words[k]);
      guint want = precis_lexicon_english (words[k], n);
      ck_assert_uint_ne (want, PRECIS_POS_NOUN);
      g_autofree gchar *upper = g_ascii_strup (words[k], -1);
      ck_assert_uint_eq (precis_lexicon_english (upper, n), want);
      for (gsize i = 0; i < n; i++)
        {
          g_autofree gchar *one = g_strdup (words[k]);
          one[i] = g_ascii_toupper (one[i]);
          ck_assert_msg (precis_lexicon_english (one, n) == want, "%s", one);
          /* a byte over ASCII in its place */
          one[i] = (gchar)0xC3;
          ck_assert_uint_eq (precis_lexicon_english (one, n), PRECIS_POS_NOUN);
        }
    }
  ck_assert (precis_lexicon_english ("INVESTIGATE", 11) & PRECIS_POS_VERB);
  ck_assert (precis_lexicon_english ("Recommending", 12) & PRECIS_POS_ING);
  /* A word is found only whole: not by its first eight bytes, its first seven, a prefix or a
   * word one byte longer, of the closed classes or not. */
  static const struct
  {
    const gchar *word;
    guint tags;
  } whole[] = { { "because", PRECIS_POS_SUBORD },  { "becaus", PRECIS_POS_NOUN },
                { "becausee", PRECIS_POS_NOUN },   { "although", PRECIS_POS_SUBORD },
                { "althoug", PRECIS_POS_NOUN },    { "althoughx", PRECIS_POS_NOUN },
                { "throughou", PRECIS_POS_NOUN },  { "throughoutt", PRECIS_POS_NOUN },
                { "investigat", PRECIS_POS_NOUN }, { "investigatf", PRECIS_POS_NOUN },
                { "investig", PRECIS_POS_NOUN },   { "like", PRECIS_POS_PREP | PRECIS_POS_VERB },
                { "lik", PRECIS_POS_NOUN } };
  for (guint k = 0; k < G_N_ELEMENTS (whole); k++)
    {
      precis_lexicon_english_prefetch (whole[k].word, strlen (whole[k].word));
      ck_assert_msg (precis_lexicon_english (whole[k].word, strlen (whole[k].word)) == whole[k].tags, "%s",
                     whole[k].word);
    }
  /* A prefetch reads only the word, whatever it is. */
  static const gchar odd[]
      = "\xC3\xA9t\xC3\xA9 \x00x THE-END said 'quoted' xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
  for (gsize from = 0; from < sizeof odd - 1; from++)
    for (gsize len = 0; from + len <= sizeof odd - 1; len++)
      {
        g_autofree gchar *copy = g_memdup2 (odd + from, len);
        precis_lexicon_english_prefetch (copy, len);
      }
  /* Its first eight bytes, length and hash's slot those of "investigate": the rest compared. */
  ck_assert_uint_eq (precis_lexicon_english ("investigry~", 11), PRECIS_POS_NOUN);
  ck_assert (precis_lexicon_english ("investigates", 12) & PRECIS_POS_THIRD);
  ck_assert (precis_lexicon_english ("Administrate", 12) & PRECIS_POS_VERB);
  /* A NUL ends the word: in the first eight bytes and after them, whatever follows. */
  for (gsize tail = 0; tail <= 12; tail++)
    {
      gchar buf[32] = "ThE";
      memset (buf + 4, 'x', tail);
      ck_assert_uint_eq (precis_lexicon_english (buf, 4 + tail), PRECIS_POS_DET);
      gchar buf2[32] = "THROUGHOUT";
      memset (buf2 + 11, 'x', tail);
      ck_assert_uint_eq (precis_lexicon_english (buf2, 11 + tail), PRECIS_POS_PREP);
    }
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("text");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_blank_and_digits);
  tcase_add_test (tc, test_count_words);
  tcase_add_test (tc, test_count_words_unspaced);
  tcase_add_test (tc, test_glued_text);
  tcase_add_test (tc, test_release_lines);
  tcase_add_test (tc, test_count_words_long);
  tcase_add_test (tc, test_collapse_space);
  tcase_add_test (tc, test_fold);
  tcase_add_test (tc, test_fold_every_byte);
  tcase_add_test (tc, test_collapse_space_all_short);
  tcase_add_test (tc, test_collapse_space_long);
  tcase_add_test (tc, test_collapse_space_sentences);
  tcase_add_test (tc, test_validate_utf8);
  tcase_add_test (tc, test_terminators);
  tcase_add_test (tc, test_line_breaks);
  tcase_add_test (tc, test_find_byte);
  tcase_add_test (tc, test_ascii_same);
  tcase_add_test (tc, test_word_at);
  tcase_add_test (tc, test_lexicon_any_case);
  tcase_add_test (tc, test_lexicon_saying);
  tcase_add_test (tc, test_here_opening);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
