/* porter.c - the two Porter stemmers that ROUGE scorers use, written from their published
 * descriptions so that precis reproduces each scorer's numbers exactly.
 *
 *   NLTK 3.8 PorterStemmer, NLTK_EXTENSIONS mode (what Google's rouge_score uses): Porter
 *   (1980) with NLTK's departures - a table of irregular forms, words of one or two letters
 *   left alone, "ies"/"ied" on four-letter words -> "ie", y -> i only after a consonant, "alli"
 *   tried first and the result stemmed again, "bli" -> "ble", "fulli" -> "ful", "logi" ->
 *   "log" with the measure taken before the "l", and *o also true for a two-letter vc stem.
 *
 *   ROUGE-1.5.5's Porter (Martin Porter's Perl release 1, as shipped with ROUGE): the same
 *   steps written as regular expressions over [C](VC){m}[V] patterns, with two changes by
 *   C.-Y. Lin: a word ending in -ement is not tried against -ment/-ent by the first Step 4
 *   rule, and -ment and -ent are then tried in turn on what is left. The patterns here are
 *   the published ones, run with GRegex (PCRE), whose semantics for them match Perl's.
 *
 * Both take a lower-case ASCII word; the callers decide which words to stem (ROUGE scorers
 * only stem tokens longer than three characters). Cost: O(length) for NLTK; a handful of
 * anchored regular-expression matches for ROUGE-1.5.5 (callers cache the results).
 */
#include "config.h"

#include <string.h>

#include "eval/porter.h"

/* ---- NLTK ------------------------------------------------------------------------------- */

static gboolean
is_consonant (const gchar *w, gsize i)
{
  switch (w[i])
    {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return FALSE;
    case 'y':
      return i == 0 ? TRUE : !is_consonant (w, i - 1);
    default:
      return TRUE;
    }
}

/* Porter's m: the number of vowel-consonant transitions in w[0, len). */
static guint
measure (const gchar *w, gsize len)
{
  guint m = 0;
  for (gsize i = 1; i < len; i++)
    m += !is_consonant (w, i - 1) && is_consonant (w, i);
  return m;
}

static gboolean
contains_vowel (const gchar *w, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (!is_consonant (w, i))
      return TRUE;
  return FALSE;
}

static gboolean
ends_double_consonant (const gchar *w, gsize len)
{
  return len >= 2 && w[len - 1] == w[len - 2] && is_consonant (w, len - 1);
}

/* *o: the stem ends consonant-vowel-consonant, the last not w, x or y; NLTK also accepts a
 * two-letter vowel-consonant stem. */
static gboolean
ends_cvc (const gchar *w, gsize len)
{
  if (len >= 3 && is_consonant (w, len - 3) && !is_consonant (w, len - 2) && is_consonant (w, len - 1)
      && w[len - 1] != 'w' && w[len - 1] != 'x' && w[len - 1] != 'y')
    return TRUE;
  return len == 2 && !is_consonant (w, 0) && is_consonant (w, 1);
}

static gboolean
ends_with (const GString *w, const gchar *suffix)
{
  gsize n = strlen (suffix);
  return w->len >= n && memcmp (w->str + w->len - n, suffix, n) == 0;
}

typedef enum
{
  COND_NONE,
  COND_M_GT_0,
  COND_M_GT_1,
  COND_M_GT_1_ST, /* m > 1 and the stem ends in s or t */
  COND_LOGI,      /* m > 0 of the word without its last three letters */
} Condition;

typedef struct
{
  const gchar *suffix;
  const gchar *replacement;
  Condition condition;
} Rule;

static gboolean
condition_holds (Condition c, const GString *w, gsize stem_len)
{
  switch (c)
    {
    case COND_NONE:
      return TRUE;
    case COND_M_GT_0:
      return measure (w->str, stem_len) > 0;
    case COND_M_GT_1:
      return measure (w->str, stem_len) > 1;
    case COND_M_GT_1_ST:
      return measure (w->str, stem_len) > 1 && stem_len > 0
             && (w->str[stem_len - 1] == 's' || w->str[stem_len - 1] == 't');
    case COND_LOGI:
      return measure (w->str, w->len - 3) > 0;
    default:
      return FALSE;
    }
}

/* The first rule whose suffix ends the word decides: applied if its condition holds, and no
 * later rule is tried either way (NLTK's _apply_rule_list). */
static void
apply_rules (GString *w, const Rule *rules, gsize n_rules)
{
  for (gsize i = 0; i < n_rules; i++)
    {
      if (!ends_with (w, rules[i].suffix))
        continue;
      gsize stem_len = w->len - strlen (rules[i].suffix);
      if (condition_holds (rules[i].condition, w, stem_len))
        {
          g_string_truncate (w, stem_len);
          g_string_append (w, rules[i].replacement);
        }
      return;
    }
}

static const Rule step2_rules[] = {
  { "ational", "ate", COND_M_GT_0 }, { "tional", "tion", COND_M_GT_0 }, { "enci", "ence", COND_M_GT_0 },
  { "anci", "ance", COND_M_GT_0 },   { "izer", "ize", COND_M_GT_0 },    { "bli", "ble", COND_M_GT_0 },
  { "alli", "al", COND_M_GT_0 },     { "entli", "ent", COND_M_GT_0 },   { "eli", "e", COND_M_GT_0 },
  { "ousli", "ous", COND_M_GT_0 },   { "ization", "ize", COND_M_GT_0 }, { "ation", "ate", COND_M_GT_0 },
  { "ator", "ate", COND_M_GT_0 },    { "alism", "al", COND_M_GT_0 },    { "iveness", "ive", COND_M_GT_0 },
  { "fulness", "ful", COND_M_GT_0 }, { "ousness", "ous", COND_M_GT_0 }, { "aliti", "al", COND_M_GT_0 },
  { "iviti", "ive", COND_M_GT_0 },   { "biliti", "ble", COND_M_GT_0 },  { "fulli", "ful", COND_M_GT_0 },
  { "logi", "log", COND_LOGI },
};

static const Rule step3_rules[] = {
  { "icate", "ic", COND_M_GT_0 }, { "ative", "", COND_M_GT_0 },  { "alize", "al", COND_M_GT_0 },
  { "iciti", "ic", COND_M_GT_0 }, { "ical", "ic", COND_M_GT_0 }, { "ful", "", COND_M_GT_0 },
  { "ness", "", COND_M_GT_0 },
};

static const Rule step4_rules[] = {
  { "al", "", COND_M_GT_1 },   { "ance", "", COND_M_GT_1 }, { "ence", "", COND_M_GT_1 },
  { "er", "", COND_M_GT_1 },   { "ic", "", COND_M_GT_1 },   { "able", "", COND_M_GT_1 },
  { "ible", "", COND_M_GT_1 }, { "ant", "", COND_M_GT_1 },  { "ement", "", COND_M_GT_1 },
  { "ment", "", COND_M_GT_1 }, { "ent", "", COND_M_GT_1 },  { "ion", "", COND_M_GT_1_ST },
  { "ou", "", COND_M_GT_1 },   { "ism", "", COND_M_GT_1 },  { "ate", "", COND_M_GT_1 },
  { "iti", "", COND_M_GT_1 },  { "ous", "", COND_M_GT_1 },  { "ive", "", COND_M_GT_1 },
  { "ize", "", COND_M_GT_1 },
};

static void
nltk_step1a (GString *w)
{
  if (ends_with (w, "ies") && w->len == 4)
    {
      g_string_truncate (w, 1);
      g_string_append (w, "ie");
      return;
    }
  static const Rule rules[] = {
    { "sses", "ss", COND_NONE },
    { "ies", "i", COND_NONE },
    { "ss", "ss", COND_NONE },
    { "s", "", COND_NONE },
  };
  apply_rules (w, rules, G_N_ELEMENTS (rules));
}

static void
nltk_step1b (GString *w)
{
  if (ends_with (w, "ied"))
    {
      gboolean four = w->len == 4;
      g_string_truncate (w, w->len - 3);
      g_string_append (w, four ? "ie" : "i");
      return;
    }
  if (ends_with (w, "eed"))
    {
      if (measure (w->str, w->len - 3) > 0)
        g_string_truncate (w, w->len - 1);
      return;
    }
  gsize cut = 0;
  if (ends_with (w, "ed") && contains_vowel (w->str, w->len - 2))
    cut = 2;
  else if (ends_with (w, "ing") && contains_vowel (w->str, w->len - 3))
    cut = 3;
  if (cut == 0)
    return;
  g_string_truncate (w, w->len - cut);

  if (ends_with (w, "at") || ends_with (w, "bl") || ends_with (w, "iz"))
    g_string_append_c (w, 'e');
  else if (ends_double_consonant (w->str, w->len))
    {
      gchar last = w->str[w->len - 1];
      if (last != 'l' && last != 's' && last != 'z')
        g_string_truncate (w, w->len - 1);
    }
  else if (measure (w->str, w->len) == 1 && ends_cvc (w->str, w->len))
    g_string_append_c (w, 'e');
}

static void
nltk_step1c (GString *w)
{
  if (ends_with (w, "y") && w->len - 1 > 1 && is_consonant (w->str, w->len - 2))
    w->str[w->len - 1] = 'i';
}

static void
nltk_step2 (GString *w)
{
  /* NLTK tries "alli" first and runs the result through step 2 again. */
  if (ends_with (w, "alli") && measure (w->str, w->len - 4) > 0)
    {
      g_string_truncate (w, w->len - 2);
      nltk_step2 (w);
      return;
    }
  apply_rules (w, step2_rules, G_N_ELEMENTS (step2_rules));
}

static void
nltk_step5 (GString *w)
{
  if (ends_with (w, "e"))
    {
      gsize stem = w->len - 1;
      guint m = measure (w->str, stem);
      if (m > 1 || (m == 1 && !ends_cvc (w->str, stem)))
        g_string_truncate (w, stem);
    }
  if (ends_with (w, "ll") && measure (w->str, w->len - 1) > 1)
    g_string_truncate (w, w->len - 1);
}

void
precis_porter_nltk (const gchar *word, gsize len, GString *out)
{
  static const struct
  {
    const gchar *form;
    const gchar *stem;
  } irregular[] = {
    { "sky", "sky" },        { "skies", "sky" },       { "dying", "die" },        { "lying", "lie" },
    { "tying", "tie" },      { "news", "news" },       { "innings", "inning" },   { "inning", "inning" },
    { "outings", "outing" }, { "outing", "outing" },   { "cannings", "canning" }, { "canning", "canning" },
    { "howe", "howe" },      { "proceed", "proceed" }, { "exceed", "exceed" },    { "succeed", "succeed" },
  };
  g_string_truncate (out, 0);
  g_string_append_len (out, word, (gssize)len);
  for (gsize i = 0; i < G_N_ELEMENTS (irregular); i++)
    if (g_str_equal (out->str, irregular[i].form))
      {
        g_string_assign (out, irregular[i].stem);
        return;
      }
  if (len <= 2)
    return;
  nltk_step1a (out);
  nltk_step1b (out);
  nltk_step1c (out);
  nltk_step2 (out);
  apply_rules (out, step3_rules, G_N_ELEMENTS (step3_rules));
  apply_rules (out, step4_rules, G_N_ELEMENTS (step4_rules));
  nltk_step5 (out);
}

/* ---- ROUGE-1.5.5 -------------------------------------------------------------------------- */

typedef struct
{
  GRegex *mgr0, *meq1, *mgr1, *vowel_in_stem, *short_cvc, *double_end;
  GRegex *step2, *step3, *step4, *step4_ion;
} PerlPatterns;

/* The pattern pieces of the Perl release: c consonant, v vowel, C/V sequences. */
#define PC "[^aeiou]"
#define PV "[aeiouy]"
#define PCS PC "[^aeiouy]*"
#define PVS PV "[aeiou]*"

static const PerlPatterns *
perl_patterns (void)
{
  static PerlPatterns *p;
  if (g_once_init_enter (&p))
    {
      PerlPatterns *q = g_new0 (PerlPatterns, 1);
      q->mgr0 = g_regex_new ("^(" PCS ")?" PVS PCS, 0, 0, NULL);
      q->meq1 = g_regex_new ("^(" PCS ")?" PVS PCS "(" PVS ")?$", 0, 0, NULL);
      q->mgr1 = g_regex_new ("^(" PCS ")?" PVS PCS PVS PCS, 0, 0, NULL);
      q->vowel_in_stem = g_regex_new ("^(" PCS ")?" PV, 0, 0, NULL);
      q->short_cvc = g_regex_new ("^" PCS PV "[^aeiouwxy]$", 0, 0, NULL);
      q->double_end = g_regex_new ("([^aeiouylsz])\\1$", 0, 0, NULL);
      q->step2 = g_regex_new ("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|"
                              "alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$",
                              0, 0, NULL);
      q->step3 = g_regex_new ("(icate|ative|alize|iciti|ical|ful|ness)$", 0, 0, NULL);
      q->step4
          = g_regex_new ("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$", 0, 0, NULL);
      q->step4_ion = g_regex_new ("(s|t)(ion)$", 0, 0, NULL);
      g_once_init_leave (&p, q);
    }
  return p;
}

static gboolean
matches (GRegex *re, const gchar *s, gsize len)
{
  return g_regex_match_full (re, s, (gssize)len, 0, 0, NULL, NULL);
}

/* Where the match of @re (a suffix pattern) starts in @w, or -1. */
static gssize
suffix_match (GRegex *re, const GString *w)
{
  g_autoptr (GMatchInfo) info = NULL;
  if (!g_regex_match_full (re, w->str, (gssize)w->len, 0, 0, &info, NULL))
    return -1;
  gint start = 0, end = 0;
  g_match_info_fetch_pos (info, 0, &start, &end);
  return start;
}

static const gchar *
step2_replacement (const gchar *suffix)
{
  static const gchar *const table[][2] = {
    { "ational", "ate" }, { "tional", "tion" }, { "enci", "ence" }, { "anci", "ance" }, { "izer", "ize" },
    { "bli", "ble" },     { "alli", "al" },     { "entli", "ent" }, { "eli", "e" },     { "ousli", "ous" },
    { "ization", "ize" }, { "ation", "ate" },   { "ator", "ate" },  { "alism", "al" },  { "iveness", "ive" },
    { "fulness", "ful" }, { "ousness", "ous" }, { "aliti", "al" },  { "iviti", "ive" }, { "biliti", "ble" },
    { "logi", "log" },    { "icate", "ic" },    { "ative", "" },    { "alize", "al" },  { "iciti", "ic" },
    { "ical", "ic" },     { "ful", "" },        { "ness", "" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (table); i++)
    if (g_str_equal (suffix, table[i][0]))
      return table[i][1];
  return NULL;
}

/* Steps 2 and 3: replace the (longest) listed suffix if the stem has m > 0. */
static void
perl_replace_step (GString *w, GRegex *re, GRegex *mgr0)
{
  gssize at = suffix_match (re, w);
  if (at < 0)
    return;
  g_autofree gchar *suffix = g_strdup (w->str + at);
  if (matches (mgr0, w->str, (gsize)at))
    {
      g_string_truncate (w, (gsize)at);
      g_string_append (w, step2_replacement (suffix));
    }
}

/* Drops a suffix starting at @at if what precedes it has m > 1. */
static void
perl_drop_if_mgr1 (GString *w, gssize at, const PerlPatterns *p)
{
  if (at >= 0 && matches (p->mgr1, w->str, (gsize)at))
    g_string_truncate (w, (gsize)at);
}

void
precis_porter_rouge155 (const gchar *word, gsize len, GString *out)
{
  const PerlPatterns *p = perl_patterns ();
  g_string_truncate (out, 0);
  g_string_append_len (out, word, (gssize)len);
  GString *w = out;
  if (len < 3)
    return;
  /* An initial y is a consonant: written Y so that no pattern takes it for a vowel. */
  gboolean initial_y = w->str[0] == 'y';
  if (initial_y)
    w->str[0] = 'Y';

  /* Step 1a */
  if (ends_with (w, "sses") || ends_with (w, "ies"))
    g_string_truncate (w, w->len - 2);
  else if (w->len >= 2 && w->str[w->len - 1] == 's' && w->str[w->len - 2] != 's')
    g_string_truncate (w, w->len - 1);

  /* Step 1b */
  if (ends_with (w, "eed"))
    {
      if (matches (p->mgr0, w->str, w->len - 3))
        g_string_truncate (w, w->len - 1);
    }
  else if (ends_with (w, "ed") || ends_with (w, "ing"))
    {
      gsize stem = w->len - (ends_with (w, "ed") ? 2 : 3);
      if (matches (p->vowel_in_stem, w->str, stem))
        {
          g_string_truncate (w, stem);
          if (ends_with (w, "at") || ends_with (w, "bl") || ends_with (w, "iz"))
            g_string_append_c (w, 'e');
          else if (matches (p->double_end, w->str, w->len))
            g_string_truncate (w, w->len - 1);
          else if (matches (p->short_cvc, w->str, w->len))
            g_string_append_c (w, 'e');
        }
    }

  /* Step 1c */
  if (ends_with (w, "y") && matches (p->vowel_in_stem, w->str, w->len - 1))
    w->str[w->len - 1] = 'i';

  /* Steps 2 and 3 */
  perl_replace_step (w, p->step2, p->mgr0);
  perl_replace_step (w, p->step3, p->mgr0);

  /* Step 4, with C.-Y. Lin's change: -ement is not tried as -ment or -ent by the first rule;
   * -ment and then -ent are tried on what is left; -ion only when -ent did not match. */
  perl_drop_if_mgr1 (w, suffix_match (p->step4, w), p);
  if (ends_with (w, "ment"))
    perl_drop_if_mgr1 (w, (gssize)w->len - 4, p);
  if (ends_with (w, "ent"))
    perl_drop_if_mgr1 (w, (gssize)w->len - 3, p);
  else
    {
      gssize at = suffix_match (p->step4_ion, w);
      if (at >= 0 && matches (p->mgr1, w->str, (gsize)at + 1))
        g_string_truncate (w, (gsize)at + 1);
    }

  /* Step 5 */
  if (ends_with (w, "e"))
    {
      gsize stem = w->len - 1;
      if (matches (p->mgr1, w->str, stem)
          || (matches (p->meq1, w->str, stem) && !matches (p->short_cvc, w->str, stem)))
        g_string_truncate (w, stem);
    }
  if (ends_with (w, "ll") && matches (p->mgr1, w->str, w->len))
    g_string_truncate (w, w->len - 1);

  if (initial_y)
    w->str[0] = 'y';
}
