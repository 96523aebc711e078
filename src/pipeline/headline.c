/* headline.c - a sentence in, a headline out.
 *
 * A first version of Hedge Trimmer (Dorr, Zajic & Schwartz 2003): start from the summary's
 * best sentence and cut what a headline does without, then fit what is left into
 * HEADLINE_MAX_WORDS words and HEADLINE_MAX_CHARS characters at a clause boundary.
 *   all languages  bracketed asides; clause cut at ; : dashes and commas; dangling
 *                  stopwords and punctuation at the end; first letter in capitals
 *   English        attributions (", officials said", "X said that", "according to"),
 *                  leading adverbials ("On Monday,", "However,"), day and time words,
 *                  relative clauses (", which ...") and conjunction clause boundaries
 * Patterns are compiled once per process; the work is linear in the sentence length.
 */
#include "config.h"

#include <string.h>

#include "base/text.h"
#include "pipeline/headline.h"

/* Newspaper headlines run to about 8-12 words; 80 characters fits a subject line. */
#define HEADLINE_MAX_WORDS 12
#define HEADLINE_MAX_CHARS 80
/* A clause cut must leave at least this many words. */
#define HEADLINE_MIN_WORDS 4
/* A cut before a preposition must leave this many words (subject, verb and object). */
#define HEADLINE_PP_MIN_WORDS 6

typedef struct
{
  GRegex *find;
  const gchar *replace;
  const gchar *const *needles;
} Rule;

/* A rule is tried only when the lower-cased sentence contains one of its needles (NULL: always);
 * a needle of the form "^word " must start the sentence, and "^*ing " means a first word in -ing.
 * This keeps the (costly) regular expressions off the sentences they cannot change. */
static const gchar *const said_words[]
    = { "said",      "says",     "told",   "added",    "reported", "announced", "stated",
        "according", "insisted", "warned", "declared", "claimed",  "revealed",  NULL };
static const gchar *const day_words[] = { "day",       "week",    "month",   "year",    "night", "morning",
                                          "afternoon", "evening", "weekend", "tonight", NULL };
static const gchar *const relative_words[] = { ", which", ", who", NULL };
static const gchar *const according_words[] = { "according", NULL };
static const gchar *const article_words[] = { "the ", "a ", "an ", NULL };
static const gchar *const aux_words[] = { "has ", "have ", "had ", "is ", "are ", "was ", "were ", NULL };
/* Rules that match at the start only: tried when the sentence starts with one of these. */
static const gchar *const adverbial_starts[] = {
  "^on ",       "^in ",     "^at ",   "^by ",   "^during ",  "^after ",      "^before ",
  "^earlier",   "^later",   "^last ", "^this ", "^late ",    "^early ",      "^since ",
  "^meanwhile", "^however", "^but ",  "^and ",  "^so ",      "^also",        "^now",
  "^yet ",      "^still",   "^then",  "^thus",  "^moreover", "^furthermore", NULL,
};
static const gchar *const clause_starts[] = {
  "^while ",   "^although ", "^though ", "^as ",   "^after ", "^before ", "^when ", "^if ",
  "^despite ", "^since ",    "^once ",   "^with ", "^amid ",  "^*ing ",   NULL,
};

static const struct
{
  const gchar *pattern;
  const gchar *replace;
  const gchar *const *needles;
} english_rules[] = {
  /* leading adverbials and connectives */
  { "^(?:(?:on|in|at|by|during|after|before|earlier|later|last|this|late|early|since|"
    "meanwhile|however|but|and|so|also|now|yet|still|then|thus|moreover|furthermore)\\b[^,]{0,40},\\s*)+",
    "", adverbial_starts },
  /* leading subordinate and participle clauses: "While noting that ..., the court said" */
  { "^(?:while|although|though|as|after|before|when|if|despite|since|once|with|amid|\\w+ing)\\b[^,]{0,90},"
    "\\s*",
    "", clause_starts },
  { "^(?:however|meanwhile|but|and|so|also|yet|still|moreover)\\s+", "", adverbial_starts },
  /* "We will win," he said. -> We will win */
  { "^[\"\\x{201C}'\\x{2018}](.{12,}?)[,.!?]?[\"\\x{201D}'\\x{2019}],?\\s+(?:\\S+\\s+){0,4}?"
    "(?:said|says|told|added|insisted|warned|stated|declared)\\b.*$",
    "\\1", said_words },
  /* X said on Tuesday that ... -> ... */
  { "^[^,\"]{0,60}?\\b(?:said|says|announced|reported|claimed|warned|revealed)"
    "(?:\\s+(?:on|last|this)\\s+\\w+)?\\s+that\\s+",
    "", said_words },
  /* The company said AOL's profit rose -> AOL's profit rose */
  { "^(?:the\\s+)?[^,\"]{0,40}?\\b(?:said|says)(?:\\s+(?:on|last|this)\\s+\\w+)?\\s+(?=\\S+\\s+\\S+\\s+\\S+)",
    "", said_words },
  /* ..., the company said on Tuesday. */
  { ",\\s*(?:[^,]{0,60}?\\s)?(?:said|says|told\\s+[^,]{0,40}|added|reported|announced|stated|"
    "according\\s+to\\s+[^,]{0,60})(?:\\s+(?:on|last|this|in)\\s+\\w+)?\\s*[.!]?$",
    "", said_words },
  { "\\s+according\\s+to\\s+[^,]*$", "", according_words },
  /* day and time words */
  { "\\s+(?:on|last|this|next|late|early)\\s+(?:monday|tuesday|wednesday|thursday|friday|"
    "saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend)\\b",
    "", day_words },
  { "\\s+(?:yesterday|today|tonight|on\\s+\\w+day)\\b", "", day_words },
  /* relative clauses */
  { ",\\s+(?:which|who|whose)\\b[^,]*(?:,|$)", " ", relative_words },
  /* headline style drops auxiliaries before a participle ("has been fined", "was arrested") */
  { "\\b(?:has|have|had|is|are|was|were)\\s+(?:been\\s+)?(?=\\w+(?:ed|en)\\b)", "", aux_words },
  /* headline style drops articles (Hedge Trimmer) */
  { "(?:^|(?<=\\s))(?:the|a|an)\\s+", "", article_words },
};

/* Clause boundaries, strongest first: a cut is made at the last boundary of the first group
 * that leaves HEADLINE_MIN_WORDS..HEADLINE_MAX_WORDS words. */
static const gchar *const marks_any[] = { "; ", ": ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ", ", NULL };
static const gchar *const conjunctions_en[] = {
  " after ", " as ",  " while ", " because ", " but ",      " amid ", " despite ", " following ", " when ",
  " which ", " and ", " since ", " before ",  " although ", " who ",  " where ",   " so ",        NULL,
};
static const gchar *const prepositions_en[] = {
  " on ", " in ", " at ",   " for ",     " from ", " with ",  " by ",    " over ",
  " to ", " of ", " into ", " against ", " than ", " about ", " under ", NULL,
};

static Rule *
english_rules_get (void)
{
  static Rule *rules;
  if (g_once_init_enter (&rules))
    {
      Rule *r = g_new0 (Rule, G_N_ELEMENTS (english_rules) + 1);
      for (gsize i = 0; i < G_N_ELEMENTS (english_rules); i++)
        {
          r[i].find = g_regex_new (english_rules[i].pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
          g_assert (r[i].find != NULL);
          r[i].replace = english_rules[i].replace;
          r[i].needles = english_rules[i].needles;
        }
      g_once_init_leave (&rules, r);
    }
  return rules;
}

static GRegex *
brackets_get (void)
{
  static GRegex *re;
  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("\\s*(?:\\([^()]*\\)|\\[[^\\[\\]]*\\])", G_REGEX_OPTIMIZE, 0, NULL));
  return re;
}

/* Applies one rule; TRUE if the text changed. */
static gboolean
apply (GString *s, GRegex *re, const gchar *replacement)
{
  gchar *out = g_regex_replace (re, s->str, (gssize)s->len, 0, replacement, 0, NULL);
  gboolean changed = out != NULL && out[0] != '\0' && !g_str_equal (out, s->str);
  if (changed)
    g_string_assign (s, out);
  g_free (out);
  return changed;
}

static gboolean
has_needle (const gchar *lower, const gchar *const *needles)
{
  if (needles == NULL)
    return TRUE;
  for (guint k = 0; needles[k] != NULL; k++)
    {
      const gchar *n = needles[k];
      if (n[0] != '^')
        {
          if (strstr (lower, n) != NULL)
            return TRUE;
        }
      else if (g_str_equal (n, "^*ing "))
        {
          gsize w = strcspn (lower, " ,");
          if (w > 3 && strncmp (lower + w - 3, "ing", 3) == 0)
            return TRUE;
        }
      else if (g_str_has_prefix (lower, n + 1))
        return TRUE;
    }
  return FALSE;
}

static guint
count_words (const gchar *s, gsize len)
{
  guint n = 0;
  gboolean in_word = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      gboolean space = s[i] == ' ';
      n += !space && !in_word;
      in_word = !space;
    }
  return n;
}

/* The byte length of the first @n words of @s. */
static gsize
first_words (const gchar *s, gsize len, guint n)
{
  guint k = 0;
  gboolean in_word = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      gboolean space = s[i] == ' ';
      if (!space && !in_word && k++ == n)
        return i;
      in_word = !space;
    }
  return len;
}

/* The longest (or with @earliest, the shortest) prefix ending at one of @marks with
 * @min_words..HEADLINE_MAX_WORDS words, or 0. */
static gsize
cut_at (const gchar *s, gsize len, const gchar *const *marks, guint min_words, gboolean earliest)
{
  gsize best = 0;
  for (guint m = 0; marks[m] != NULL; m++)
    for (const gchar *hit = strstr (s, marks[m]); hit != NULL && hit < s + len;
         hit = strstr (hit + 1, marks[m]))
      {
        gsize at = (gsize)(hit - s);
        guint n = count_words (s, at);
        if (n >= min_words && n <= HEADLINE_MAX_WORDS && (best == 0 || (earliest ? at < best : at > best)))
          best = at;
      }
  return best;
}

static gsize
clause_cut (const gchar *s, gsize len, gboolean english)
{
  gsize cut = cut_at (s, len, marks_any, HEADLINE_MIN_WORDS, FALSE);
  if (cut == 0 && english)
    cut = cut_at (s, len, conjunctions_en, HEADLINE_MIN_WORDS, FALSE);
  /* A trailing prepositional phrase goes first: the shortest cut that keeps a clause. */
  if (cut == 0 && english)
    cut = cut_at (s, len, prepositions_en, HEADLINE_PP_MIN_WORDS, TRUE);
  return cut;
}

static gboolean
is_trailing_punct (gunichar c)
{
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2026
         || c == '!' || c == 0x3002 || c == 0x0964 || c == 0x0589 || c == ' ';
}

/* Drops trailing punctuation and dangling stopwords ("... of the"). */
static void
trim_end (GString *s, PrecisTokenizer *tokenizer)
{
  for (;;)
    {
      while (s->len > 0)
        {
          const gchar *last = g_utf8_find_prev_char (s->str, s->str + s->len);
          if (last == NULL || !is_trailing_punct (g_utf8_get_char (last)))
            break;
          g_string_truncate (s, (gsize)(last - s->str));
        }
      const gchar *space = strrchr (s->str, ' ');
      if (space == NULL)
        return;
      const gchar *word = space + 1;
      gboolean dangling = precis_tokenizer_is_stopword (tokenizer, word, -1)
                          || g_ascii_strcasecmp (word, "said") == 0 || g_ascii_strcasecmp (word, "says") == 0;
      if (!dangling)
        return;
      g_string_truncate (s, (gsize)(space - s->str));
    }
}

/* Removes straight double quotes when they are unbalanced, curly ones likewise. */
static void
balance_quotes (GString *s)
{
  static const gchar *const quotes[] = { "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", NULL };
  guint n_straight = 0, n_open = 0, n_close = 0;
  for (const gchar *p = s->str; *p; p++)
    n_straight += *p == '"';
  for (const gchar *p = strstr (s->str, quotes[1]); p; p = strstr (p + 1, quotes[1]))
    n_open++;
  for (const gchar *p = strstr (s->str, quotes[2]); p; p = strstr (p + 1, quotes[2]))
    n_close++;
  if (n_straight % 2 == 0 && n_open == n_close)
    return;
  for (guint q = 0; quotes[q] != NULL; q++)
    {
      gchar *p;
      while ((p = strstr (s->str, quotes[q])) != NULL)
        g_string_erase (s, p - s->str, (gssize)strlen (quotes[q]));
    }
}

gchar *
precis_headline_from_sentence (const gchar *sentence, const PrecisLanguageInfo *language,
                               PrecisTokenizer *tokenizer)
{
  gboolean english = g_str_equal (language->name, "english");
  GString *s = g_string_new (sentence);
  g_strstrip (s->str);
  s->len = strlen (s->str);
  if (s->len == 0)
    return g_string_free (s, FALSE);

  if (strpbrk (s->str, "([") != NULL)
    apply (s, brackets_get (), "");
  if (english)
    {
      Rule *rules = english_rules_get ();
      gchar *lower = g_ascii_strdown (s->str, (gssize)s->len);
      for (guint i = 0; rules[i].find != NULL; i++)
        {
          if (has_needle (lower, rules[i].needles) && apply (s, rules[i].find, rules[i].replace))
            {
              g_free (lower);
              lower = g_ascii_strdown (s->str, (gssize)s->len);
            }
        }
      g_free (lower);
    }
  /* What the rules removed leaves runs of spaces. */
  g_autofree gchar *collapsed = precis_collapse_space (s->str, 0, s->len);
  g_string_assign (s, collapsed);

  trim_end (s, tokenizer);
  if (count_words (s->str, s->len) > HEADLINE_MAX_WORDS)
    {
      gsize cut = clause_cut (s->str, s->len, english);
      g_string_truncate (s, cut > 0 ? cut : first_words (s->str, s->len, HEADLINE_MAX_WORDS));
      trim_end (s, tokenizer);
    }
  while (g_utf8_strlen (s->str, (gssize)s->len) > HEADLINE_MAX_CHARS)
    {
      const gchar *space = strrchr (s->str, ' ');
      if (space == NULL)
        {
          g_string_truncate (s, (gsize)(g_utf8_offset_to_pointer (s->str, HEADLINE_MAX_CHARS) - s->str));
          break;
        }
      g_string_truncate (s, (gsize)(space - s->str));
      trim_end (s, tokenizer);
    }
  balance_quotes (s);
  g_strstrip (s->str);
  s->len = strlen (s->str);

  /* Upper-case the first letter. */
  if (s->len > 0)
    {
      gunichar c = g_utf8_get_char (s->str);
      gunichar up = g_unichar_toupper (c);
      if (up != c)
        {
          gchar buf[8];
          gint n = g_unichar_to_utf8 (up, buf);
          gsize old = (gsize)(g_utf8_next_char (s->str) - s->str);
          g_string_erase (s, 0, (gssize)old);
          g_string_insert_len (s, 0, buf, n);
        }
    }
  if (s->len == 0)
    {
      /* Everything was trimmed away: fall back to the sentence's first words. */
      g_string_assign (s, sentence);
      g_string_truncate (s, first_words (s->str, s->len, HEADLINE_MAX_WORDS));
      trim_end (s, tokenizer);
    }
  return g_string_free (s, FALSE);
}
