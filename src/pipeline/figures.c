/* figures.c - a sentence in, its figures in one written form out.
 *
 * Outlets write one amount several ways: "420 million euros", "€420m", "EUR 420mn"; "5%", "5 per
 * cent". The digest compares sentences of several outlets by their terms (select.c: a fact two
 * sentences share by a figure), so it reads each in one form: a currency sign as its word (the
 * word's stem is the same whether written before or after the figure; a dollar sign with its
 * country's letters, "HK$5m", "A$2bn", is "dollars"; an ISO 4217 code in capitals before a
 * figure, "EUR 420mn", "GBP7m", is a sign too), a scale joined to its
 * number ("420m", "8.5bn", "2tn"), a percentage as one word ("5pc": a one-digit figure is no term
 * on its own, the tokenizer drops one-byte words), each followed by its word ("420m million",
 * "5pc percent"), so that a sentence keeps in every form the content word "420 million" or "5 per
 * cent" gave it (select.c counts the other words two sentences share). In English, a number word of
 * 10 to 99 is its figure ("Twelve people died" and "killed 12 people" state one figure). One pass,
 * O(length).
 */
#include "config.h"

#include <string.h>

#include "pipeline/figures.h"

typedef struct
{
  const gchar *written;
  const gchar *normal;
} Form;

/* Currency signs, and the word each stands for (plural, as a number before it reads). */
static const Form signs[] = { { "\xe2\x82\xac", "euros" }, /* € */
                              { "\xc2\xa3", "pounds" },    /* £ */
                              { "US$", "dollars" },        { "$", "dollars" },   { "HK$", "dollars" },
                              { "NZ$", "dollars" },        { "A$", "dollars" },  { "C$", "dollars" },
                              { "S$", "dollars" },         { "\xc2\xa5", "yen" } }; /* ¥ */

/* ISO 4217 codes of the currencies news most often writes so, read as a sign only in capitals
 * and before a figure ("EUR 420mn", "GBP7m"; "the EUR/USD rate" is no amount), and their words. */
static const Form codes[]
    = { { "EUR", "euros" },   { "GBP", "pounds" }, { "USD", "dollars" }, { "JPY", "yen" },
        { "CHF", "francs" },  { "CNY", "yuan" },   { "HKD", "dollars" }, { "AUD", "dollars" },
        { "CAD", "dollars" }, { "INR", "rupees" } };

/* Scales after a number, longest first (a prefix of another after it), and the normal suffix. */
static const Form scales[]
    = { { "trillion", "tn trillion" }, { "billion", "bn billion" }, { "million", "m million" },
        { "mn", "m million" },         { "bn", "bn billion" },      { "tn", "tn trillion" },
        { "m", "m million" } };

/* Percentages, each written one way. */
static const Form percents[]
    = { { "per cent", "pc percent" }, { "percent", "pc percent" }, { "%", "pc percent" } };

/* Whether the byte at @p ends a word (no ASCII letter or digit goes on from it). */
static inline gboolean
word_ends (const gchar *p)
{
  return !g_ascii_isalnum (*p);
}

/* @p past white space (plain spaces, or a no-break space), at most @max bytes of it. */
static const gchar *
skip_space (const gchar *p, guint max)
{
  const gchar *start = p;
  while ((guint)(p - start) < max)
    if (*p == ' ')
      p++;
    else if ((guchar)p[0] == 0xc2 && (guchar)p[1] == 0xa0)
      p += 2;
    else
      break;
  return p;
}

/* The word of the currency code @p starts with (codes, written so) when a figure follows it,
 * after a space or none; NULL otherwise. *@end gets the figure's first byte. */
static const gchar *
code_at (const gchar *p, const gchar **end)
{
  if (!g_ascii_isupper (*p))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (strncmp (p, codes[i].written, 3) == 0)
      {
        const gchar *after = skip_space (p + 3, 2);
        if (!g_ascii_isdigit (*after) || (after == p + 3 && g_ascii_isalpha (p[3])))
          return NULL;
        *end = after;
        return codes[i].normal;
      }
  return NULL;
}

/* The first of @forms (@n) whose written form @p starts with, case-insensitively, followed by a
 * word's end (a sign or "%" need none); NULL when none does. *@end gets the byte after it. */
static const Form *
match (const gchar *p, const Form *forms, guint n, const gchar **end)
{
  for (guint i = 0; i < n; i++)
    {
      const gchar *w = forms[i].written;
      gsize len = strlen (w);
      if (g_ascii_strncasecmp (p, w, len) == 0 && (!g_ascii_isalnum (w[len - 1]) || word_ends (p + len)))
        {
          *end = p + len;
          return &forms[i];
        }
    }
  return NULL;
}

/* English number words of two digits (one-digit figures are no terms: the tokenizer drops one-byte
 * words), and the tens a unit may follow ("twenty-five", "twenty five"). */
static const gchar *const teens[] = { "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
static const gchar *const tens[]
    = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
static const gchar *const units[]
    = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };

/* Whether byte @c goes on a word around a number word: an ASCII letter or digit, or a byte of a
 * UTF-8 sequence ("Bråten", "Tenório": no "ten" in them). */
static inline gboolean
in_word (gchar c)
{
  return g_ascii_isalnum (c) || (guchar)c >= 0x80;
}

/* The index of the first of @words (@n) that @p starts with, case-insensitively, followed by a
 * word's end (in_word); -1 when none. *@end gets the byte after it. */
static gint
word_at (const gchar *p, const gchar *const *words, guint n, const gchar **end)
{
  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (words[i]);
      if (g_ascii_strncasecmp (p, words[i], len) == 0 && !in_word (p[len]))
        {
          *end = p + len;
          return (gint)i;
        }
    }
  return -1;
}

/* The value of the English number word of 10 to 99 at @p ("twelve", "Seventeen", "twenty-five",
 * "forty two"), *@end after it; 0 when none, and when it is written in lower case before a
 * capitalised word: part of a name ("Erik ten Hag"). A unit after a space is joined only when no
 * hyphen follows it ("twenty one-day matches" are 20, not 21, of them). */
static guint
number_word (const gchar *p, const gchar **end)
{
  guint value = 0;
  gint i = word_at (p, teens, G_N_ELEMENTS (teens), end);
  if (i >= 0)
    value = 10 + (guint)i;
  else if ((i = word_at (p, tens, G_N_ELEMENTS (tens), end)) >= 0)
    {
      value = 20 + 10 * (guint)i;
      const gchar *unit_end;
      if ((**end == '-' || **end == ' ') && g_ascii_isalpha ((*end)[1]))
        {
          gint u = word_at (*end + 1, units, G_N_ELEMENTS (units), &unit_end);
          if (u >= 0 && !(**end == ' ' && *unit_end == '-'))
            {
              *end = unit_end;
              value += 1 + (guint)u;
            }
        }
    }
  if (value > 0 && g_ascii_islower (*p))
    {
      const gchar *next = skip_space (*end, 2);
      if (next > *end && g_unichar_isupper (g_utf8_get_char_validated (next, -1)))
        return 0;
    }
  return value;
}

gchar *
precis_figures_normalise (const gchar *sentence, gboolean english)
{
  GString *out = g_string_sized_new (strlen (sentence) + 16);
  const gchar *p = sentence;
  gboolean money = FALSE; /* a currency sign just before */
  while (*p != '\0')
    {
      const gchar *end;
      const Form *sign = match (p, signs, G_N_ELEMENTS (signs), &end);
      const gchar *word = sign != NULL ? sign->normal : NULL;
      if (word == NULL)
        word = code_at (p, &end);
      if (word != NULL && (p == sentence || !g_ascii_isalnum (p[-1])))
        {
          g_string_append (out, word);
          g_string_append_c (out, ' ');
          p = skip_space (end, 2);
          money = TRUE;
          continue;
        }
      /* an English number word is its figure ("Twelve people died", "a seventeen-year-old"), and
       * a scale after it joins it as after digits ("twelve million") */
      guint value = english && g_ascii_isalpha (*p) && (p == sentence || !in_word (p[-1]))
                        ? number_word (p, &end)
                        : 0;
      gboolean worded = value > 0;
      if (worded)
        {
          g_string_append_printf (out, "%u", value);
          p = end;
          money = FALSE;
        }
      /* (a number is a word's own, not the tail of "A4" or "8.5", unless a sign or a code
       * written without a space is just before: "GBP7m") */
      else if (!g_ascii_isdigit (*p)
               || (!money && p > sentence && (g_ascii_isalnum (p[-1]) || p[-1] == '.' || p[-1] == ',')))
        {
          g_string_append_c (out, *p++);
          money = FALSE;
          continue;
        }
      gboolean after_sign = money;
      money = FALSE;
      /* a number: digits, with inner commas and points ("10,000", "8.5") */
      const gchar *start = p;
      while (!worded && (g_ascii_isdigit (*p) || ((*p == ',' || *p == '.') && g_ascii_isdigit (p[1]))))
        p++;
      g_string_append_len (out, start, p - start);
      if (!word_ends (p) && !g_ascii_isalpha (*p))
        continue;
      const gchar *after = skip_space (p, 2);
      const Form *scale = match (after, scales, G_N_ELEMENTS (scales), &end);
      /* a scale word after a space; a letter ("m") only joined: "5 m" may be metres */
      if (scale != NULL && (after > p ? strlen (scale->written) > 1 : strlen (scale->written) <= 2))
        {
          /* a bare "m" joined is a million after a currency sign ("\xc2\xa3" "6m"), else perhaps
           * metres ("10,000m"): its word only then */
          g_string_append (out, strcmp (scale->written, "m") != 0 || after_sign ? scale->normal : "m");
          p = end;
          after = skip_space (p, 2);
        }
      else if (g_ascii_isalpha (*p))
        continue; /* "3rd", "10km": the word goes on as written */
      const Form *percent = match (after, percents, G_N_ELEMENTS (percents), &end);
      if (percent != NULL)
        {
          g_string_append (out, percent->normal);
          p = end;
        }
    }
  return g_string_free (out, FALSE);
}
