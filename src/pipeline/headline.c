/* headline.c - a document's headline: its title, or a complete clause from its lede.
 *
 * In: the document's sentences (and the language's stopwords and openers). Out: a headline
 * that is a complete statement, a subject and a finite verb with its complements (issue #14;
 * docs/headlines.md). Three steps per sentence:
 *   untokenise  English text written as the Penn Treebank tokenises it (Gigaword: " 's ", " , ",
 *             -lrb-, `` '') read as written, when two or more signs of it are there; a "?" left
 *             for a curly apostrophe or quotation mark read as one (repair_question_marks)
 *   rules     Hedge Trimmer's (Dorr, Zajic & Schwartz 2003) regular expressions remove what a
 *             headline does without: bracketed and dashed asides (all languages); in English
 *             attributions (", officials said", "X said that", ", research suggests"), leading
 *             adverbials, day and time words, ", which ..." clauses; then articles outside
 *             quotations
 *   clauses   the words are tagged with every part of speech they may have (lexicon.c); the
 *             finite verb found; an appositive or leading adjunct removed; the places where
 *             a whole optional constituent starts (a clause after a comma, a subordinate,
 *             relative or second clause, an adjunct phrase after the verb's complement) marked,
 *             but not after a conjunct with no verb yet or inside a phrase set off by a comma
 *             (verbless_tail); the longest prefix ending at one that fits HEADLINE_MAX_WORDS and
 *             HEADLINE_MAX_CHARS kept, else the shortest complete one: never a cut at a word
 *             budget. An unsure end (a comma inside a list, a preposition that may open a
 *             complement) runs on to the next sure one within the long budget. A kept prefix
 *             whose predicate lost its point (weak_predicate: at most one word of content after
 *             its verb group, "is in talks") gives way to the next cut that has more, within
 *             HEADLINE_LONG_WORDS and HEADLINE_LONG_CHARS; when nothing complete is within those,
 *             or the kept prefix lost its point, the main clause's looser ends (fallback_cuts: an
 *             infinitive, a second verb phrase, a relative "that") are tried too.
 * Other languages get the structural part: cuts at , ; : and dashes, no stopword at the end.
 * precis_headline_choose() takes the lede's headline when it is complete, opens on no pronoun and (English)
 * speaks in no first person nor asks or addresses the reader (first_person), and is no question that the
 * next sentence answers (precis_answers()), else the
 * next early sentence's (HEADLINE_CANDIDATES at most). Patterns are compiled once per process; the work is
 * linear in the sentence length (a clause is looked for at most HEADLINE_CLAUSE_LOOKAHEAD words ahead).
 */
#include "config.h"

#include <string.h>

#include "base/calendar.h"
#include "base/data.h"
#include "base/lexicon.h"
#include "base/punctuation.h"
#include "base/text.h"
#include "pipeline/headline.h"

/* Newspaper headlines run to about 8-12 words; 80 characters fits a subject line. */
#define HEADLINE_MAX_WORDS 12
#define HEADLINE_MAX_CHARS 80
/* A leading subordinate clause longer than HEADLINE_MAX_WORDS goes when its main clause has at
 * least this many words: a shorter one ("Kat was proud") leaves the point in the clause. */
#define HEADLINE_MAIN_MIN_WORDS 7

/* A gate: whether a rule can match the lower-cased text @lower at all, and where its matcher may
 * start (@start, 0 unless the gate sets it). */
typedef gboolean (*Gate) (const gchar *lower, gsize *start);

typedef struct
{
  GRegex *find; /* compiled on the rule's first try (rule_find) */
  const gchar *pattern;
  const gchar *holds; /* apply's @holds: "" when the pattern matches only at the text's start */
  const gchar *replace;
  const gchar *const *needles;
  Gate gate;
  guint32 needle_bit;  /* for needles anywhere: the bit of its list in needles_in()'s answer */
  guint32 opening_bit; /* for needles at the start only: the bit of its list in opening_lists */
} Rule;

/* A rule is tried only when the lower-cased sentence contains one of its needles (NULL: always);
 * a needle of the form "^word " must start the sentence, and "^*ing " means a first word in -ing.
 * This keeps the (costly) regular expressions off the sentences they cannot change. */
/* The attribution verbs are in three places, each for its own job. said_words and finding_words
 * are the needles of the attribution rules below (substrings: "suggest" covers "suggests" and
 * "suggested"; every verb a rule names contains one of its needles). Each rule's pattern names
 * the verbs its construction takes (a verb of finding ends a sentence as an attribution only
 * after a source: ", research suggests"). saying_words are the verbs a headline never ends on,
 * as their clause or object is still to come ("Police said"); the verbs of finding are not among
 * them, as "no survivors were found" is complete. */
static const gchar *const saying_words[] = { "said", "says", "announced", "added", "stated", "told", NULL };
/* English participles of saying, a headline's end only when their quotation or clause was cut
 * (", declaring: ..."): dropped like saying_words, but not in a verb group ("are not saying", "is
 * insisting": participle_is_verb), where the participle is the clause's verb. */
static const gchar *const saying_participles[]
    = { "saying", "declaring", "adding", "insisting", "noting", "explaining", "stating", "announcing", NULL };
static const gchar *const said_words[]
    = { "said",     "says",   "told",     "added",   "reported", "announced", "stated", "according",
        "insisted", "warned", "declared", "claimed", "revealed", "admitted",  NULL };
/* "show" covers "shows" and "showed" ("new figures show"), "find" "finds" */
static const gchar *const finding_words[] = { "found", "show", "find", "suggest", "revealed", NULL };
/* Needles are substrings: "week" covers "weekend" and "night" "tonight" (needles_in() looks for all
 * of them in one pass over the sentence; three bytes or more each). */
static const gchar *const day_words[]
    = { "day", "week", "month", "year", "night", "morning", "afternoon", "evening", NULL };
static const gchar *const weekday_words[]
    = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL };
static const gchar *const relative_words[] = { ", which", ", who", NULL };
static const gchar *const naming_words[]
    = { ", called ", ", named ", ", titled ", ", entitled ", ", dubbed ", NULL };
static const gchar *const comparative_words[] = { "earlier", "later", NULL };
static const gchar *const according_words[] = { "according", NULL };
/* Rules that match at the start only: tried when the sentence starts with one of these. */
static const gchar *const adverbial_starts[] = {
  "^on ",   "^in ",      "^at ",         "^by ",    "^during ", "^after ", "^before ",   "^earlier",
  "^later", "^last ",    "^this ",       "^late ",  "^early ",  "^since ", "^meanwhile", "^however",
  "^but ",  "^and ",     "^so ",         "^also",   "^now",     "^yet ",   "^still",     "^then",
  "^thus",  "^moreover", "^furthermore", "^every ", "^each ",   NULL,
};
static const gchar *const clause_starts[] = {
  "^while ",   "^although ", "^though ", "^as ",   "^after ", "^before ", "^when ", "^if ",
  "^despite ", "^since ",    "^once ",   "^with ", "^amid ",  "^*ing ",   "^to ",   NULL,
};

static gboolean has_needle (const gchar *lower, const gchar *const *needles);
static guint32 needles_in (const gchar *lower);
static void needles_add (const gchar *const *needles, guint32 bit);
static gboolean prefix_in (const gchar *p, const gchar *const *list);
static inline gboolean ascii_in (const gchar *p, gsize n, const gchar *const *list);

/* The gates of the costliest rules: each tests, in one pass or a few searches, a condition that
 * every match of its pattern meets, so that the pattern runs only where it may change the text
 * (matching costs thousands of instructions a sentence even where it fails; the needles alone
 * let most sentences through, "said", "day" and "year" being everywhere in news). A gate may let
 * through what its pattern then rejects, never the reverse. Where a byte outside ASCII could be
 * a space or a letter to the pattern (its \s and \w read Unicode), the gate lets the text through. */

/* The attribution after a sentence's last comma (", police said on Tuesday", ", a study found",
 * "... according to police"): each pattern's match holds no comma but its first byte, so it starts
 * at the last comma, and its verb follows it. */
static gboolean
gate_last_comma (const gchar *lower, gsize *start, const gchar *const *verbs)
{
  const gchar *comma = strrchr (lower, ',');
  if (comma == NULL)
    return FALSE;
  *start = (gsize)(comma - lower);
  return has_needle (comma, verbs);
}

/* ", 16, who ...": a comma, white space and a digit, where the match may start (any byte outside ASCII
 * or under "!" may be a space, one outside ASCII a digit, to the pattern). */
static gboolean
gate_age (const gchar *lower, gsize *start)
{
  for (const gchar *c = strchr (lower, ','); c != NULL; c = strchr (c + 1, ','))
    {
      const gchar *p = c + 1;
      if ((guchar)*p >= 0x80 || (*p != '\0' && (guchar)*p <= ' '))
        {
          while (*p != '\0' && (guchar)*p <= ' ')
            p++;
          if (g_ascii_isdigit (*p) || (guchar)*p >= 0x80)
            {
              *start = (gsize)(c - lower);
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* Whether one of @verbs starts in @from with at most @runs runs of white space after it to the
 * text's end: the attributions at the end allow their verb two time words
 * ("said on Tuesday", "found last week") and white space before a closing mark, so that every match
 * has at most five runs of \s after its verb, and after any verb that starts later. A text with a
 * byte outside ASCII passes (a space or a letter to the pattern's \s and \w, or "\xC5\xBF" read as
 * an "s" without case); each run of ASCII white space is counted. */
static gboolean
few_words_after_verb (const gchar *from, const gchar *const *verbs, guint runs)
{
  /* one pass back from the end: where the run before the last @runs ends (a verb must start at
   * or after it), and whether a byte outside ASCII is there; white space at the very end is not
   * counted ("$" matches before a closing line break) */
  const gchar *end = from + strlen (from), *tail = from;
  while (end > from && precis_is_ascii_space (end[-1]))
    end--;
  guint seen = 0;
  for (const gchar *p = end; p > from; p--)
    {
      if ((guchar)p[-1] >= 0x80)
        return TRUE;
      if (tail == from && precis_is_ascii_space (p[-1]) && !precis_is_ascii_space (p[0]) && ++seen > runs)
        tail = p;
    }
  for (guint i = 0; verbs[i] != NULL; i++)
    if (strstr (tail, verbs[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Rule 8's verbs, every alternative of its pattern; "told" and "according to" let more words
 * follow (the gate lets them through). */
static const gchar *const said_end_verbs[]
    = { "said",     "says",   "added",    "reported", "announced", "stated",
        "insisted", "warned", "declared", "claimed",  "admitted",  NULL };

static gboolean
gate_said_end (const gchar *lower, gsize *start)
{
  if (!gate_last_comma (lower, start, said_words))
    return FALSE;
  const gchar *from = lower + *start;
  return strstr (from, "told") != NULL || strstr (from, "according") != NULL
         || few_words_after_verb (from, said_end_verbs, 5);
}

static gboolean
gate_found_end (const gchar *lower, gsize *start)
{
  return gate_last_comma (lower, start, finding_words)
         && few_words_after_verb (lower + *start, finding_words, 5);
}

static gboolean
gate_according (const gchar *lower, gsize *start)
{
  const gchar *comma = strrchr (lower, ',');
  if (comma != NULL)
    *start = (gsize)(comma - lower);
  return strstr (comma != NULL ? comma : lower, "according") != NULL;
}

/* Where @word starts in the @len bytes at @p, NULL if it does not: g_strstr_len() on bytes that
 * hold no NUL, but its first byte found by memchr() rather than a compare at each byte. */
static const gchar *
span_find (const gchar *p, gsize len, const gchar *word)
{
  gsize n = strlen (word);
  if (n == 0)
    return p;
  for (const gchar *end = p + len, *q = p; n <= (gsize)(end - q); q++)
    {
      q = memchr (q, word[0], (gsize)(end - q) - n + 1);
      if (q == NULL)
        return NULL;
      if (memcmp (q + 1, word + 1, n - 1) == 0)
        return q;
    }
  return NULL;
}

/* A verb of @verbs before the first comma or straight quotation mark ("X said that ...", "The
 * company said AOL's profit rose"), and with @that a "that" after it. */
static gboolean
gate_said_first (const gchar *lower, const gchar *const *verbs, gboolean that)
{
  gsize stop = strcspn (lower, ",\"");
  for (guint i = 0; verbs[i] != NULL; i++)
    {
      const gchar *v = span_find (lower, stop, verbs[i]);
      if (v != NULL && (!that || strstr (v, "that") != NULL))
        return TRUE;
    }
  return FALSE;
}

static gboolean
gate_said_that (const gchar *lower, gsize *start)
{
  static const gchar *const verbs[]
      = { "said", "says", "announced", "reported", "claimed", "warned", "revealed", NULL };
  (void)start;
  return gate_said_first (lower, verbs, TRUE);
}

static gboolean
gate_said_lead (const gchar *lower, gsize *start)
{
  static const gchar *const verbs[] = { "said", "says", NULL };
  (void)start;
  return gate_said_first (lower, verbs, FALSE);
}

/* Words that open an adjunct after an attribution between commas (", the government said, in the
 * latest of ...", ", figures showed, as ..."); a word in -ing opens one too. */
static const gchar *const aside_adjuncts[]
    = { "as", "in", "after", "before", "while", "amid", "with", "following", "despite", NULL };

/* An attribution between commas before an adjunct (", scientists said, raising fears ..."): a
 * comma, then a word in -ing or of aside_adjuncts, with "said", "says" or "show" in the words
 * since the comma before; the match starts at that comma. */
static gboolean
gate_said_aside (const gchar *lower, gsize *start)
{
  static const gchar *const verbs[] = { "said", "says", "say", "show", NULL };
  const gchar *first = strchr (lower, ',');
  for (const gchar *c = first != NULL ? strchr (first + 1, ',') : NULL; c != NULL; c = strchr (c + 1, ','))
    {
      const gchar *w = c + 1;
      while (g_ascii_isspace (*w))
        w++;
      const gchar *e = w;
      while (g_ascii_isalnum (*e) || *e == '_')
        e++;
      gsize len = (gsize)(e - w);
      if (!(len > 3 && strncmp (e - 3, "ing", 3) == 0) && !ascii_in (w, len, aside_adjuncts))
        continue;
      const gchar *b = c - 1; /* the comma before this one */
      while (b > lower && *b != ',')
        b--;
      for (guint i = 0; *b == ',' && verbs[i] != NULL; i++)
        if (span_find (b, (gsize)(c - b), verbs[i]) != NULL)
          {
            *start = (gsize)(b - lower);
            return TRUE;
          }
    }
  return FALSE;
}

/* "early on Sunday", "late Tuesday": a space, "early" or "late", maybe "on", and a weekday's
 * first letters (any byte outside ASCII where a space may be: TRUE). */
static gboolean
gate_early_day (const gchar *lower, gsize *start)
{
  static const gchar *const modifiers[] = { "early", "late", NULL };
  (void)start;
  static const gchar *const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL };
  for (guint i = 0; modifiers[i] != NULL; i++)
    for (const gchar *p = strstr (lower + 1, modifiers[i]); p != NULL; p = strstr (p + 1, modifiers[i]))
      {
        const gchar *q = p + strlen (modifiers[i]);
        if (!g_ascii_isspace (p[-1]) && (guchar)p[-1] < 0x80)
          continue;
        if ((guchar)*q >= 0x80)
          return TRUE;
        if (!g_ascii_isspace (*q))
          continue;
        while (g_ascii_isspace (*q))
          q++;
        if (g_str_has_prefix (q, "on") && (g_ascii_isspace (q[2]) || (guchar)q[2] >= 0x80))
          for (q += 2; g_ascii_isspace (*q);)
            q++;
        if ((guchar)*q >= 0x80 || prefix_in (q, days))
          return TRUE;
      }
  return FALSE;
}

/* "earlier this year", "later today": a space, "earlier" or "later" and a space. */
static gboolean
gate_earlier (const gchar *lower, gsize *start)
{
  const gchar *a = strstr (lower, " earlier "), *b = strstr (lower, " later ");
  const gchar *first = a == NULL ? b : b == NULL ? a : MIN (a, b);
  if (first == NULL)
    return FALSE;
  *start = (gsize)(first - lower);
  return TRUE;
}

/* A quotation first ("We will win," he said). */
static gboolean
gate_quote_first (const gchar *lower, gsize *start)
{
  (void)start;
  return lower[0] == '"' || lower[0] == '\'' || g_str_has_prefix (lower, "\xE2\x80\x9C")
         || g_str_has_prefix (lower, "\xE2\x80\x98");
}

/* Whether a space (as the patterns read one) and then one of @list's words come at @p; a byte
 * outside ASCII there may be a space: TRUE. */
static gboolean
space_then (const gchar *p, const gchar *const *list)
{
  if (!g_ascii_isspace (*p) && (guchar)*p < 0x80)
    return FALSE;
  while (g_ascii_isspace (*p))
    p++;
  return (guchar)*p >= 0x80 || prefix_in (p, list);
}

/* Where the matcher of a pattern whose every match opens on one byte of space before a word of
 * @words (at most @longest bytes, ASCII) may start, given @first, the first such word of @lower
 * that the gate let through: the byte before it, when all before it and in it is ASCII (a match
 * earlier would need a word of @words earlier, which the gate would have found); else 0. */
static gsize
start_before (const gchar *lower, const gchar *first, gsize longest)
{
  for (const gchar *p = lower; p < first + longest && *p != '\0'; p++)
    if ((guchar)*p >= 0x80)
      return 0;
  return first > lower ? (gsize)(first - lower) - 1 : 0;
}

/* "on Monday", "last week", "this year", "early morning": a modifier, spaces, a day word; the
 * matcher starts before the first one. */
static gboolean
gate_day_phrase (const gchar *lower, gsize *start)
{
  static const gchar *const modifiers[] = { "on", "last", "this", "next", "late", "early", NULL };
  static const gchar *const days[]
      = { "monday", "tuesday", "wednesday", "thursday", "friday",    "saturday", "sunday", "week",
          "month",  "year",    "night",     "morning",  "afternoon", "evening",  NULL };
  const gchar *first = NULL;
  for (guint i = 0; modifiers[i] != NULL; i++)
    {
      gsize n = strlen (modifiers[i]);
      for (const gchar *p = strstr (lower + 1, modifiers[i]); p != NULL && (first == NULL || p < first);
           p = strstr (p + 1, modifiers[i]))
        if (!g_ascii_isalnum (p[-1]) && space_then (p + n, days))
          {
            first = p;
            break;
          }
    }
  if (first == NULL)
    return FALSE;
  *start = start_before (lower, first, strlen ("early"));
  return TRUE;
}

/* A bare weekday ("said Tuesday"): the matcher starts before the first weekday (the needles
 * found one). */
static gboolean
gate_weekday (const gchar *lower, gsize *start)
{
  const gchar *first = NULL;
  for (guint i = 0; weekday_words[i] != NULL; i++)
    {
      const gchar *p = strstr (lower, weekday_words[i]);
      if (p != NULL && (first == NULL || p < first))
        first = p;
    }
  if (first != NULL)
    *start = start_before (lower, first, strlen ("wednesday"));
  return TRUE;
}

/* The first of "today", "yesterday" and "tonight" in @lower, or NULL. */
static const gchar *
first_day_word (const gchar *lower)
{
  static const gchar *const words[] = { "today", "yesterday", "tonight", NULL };
  const gchar *first = NULL;
  for (guint i = 0; words[i] != NULL; i++)
    {
      const gchar *p = strstr (lower, words[i]);
      if (p != NULL && (first == NULL || p < first))
        first = p;
    }
  return first;
}

/* Sets *@start for gate_day_word's pattern, whose every match opens on a run of space before
 * "today", "yesterday", "tonight" or "on" and a space: that run before the first of them (@first,
 * first_day_word()'s answer, or an earlier "on"), when all before it and in it is ASCII (a match
 * earlier would need one earlier, or a space the pattern's \s reads outside ASCII); else 0.
 * Returns TRUE. */
static gboolean
day_word_start (const gchar *lower, const gchar *first, gsize *start)
{
  for (const gchar *p = strstr (lower, "on"); p != NULL && (first == NULL || p < first);
       p = strstr (p + 1, "on"))
    if (g_ascii_isspace (p[2]) || (guchar)p[2] >= 0x80)
      {
        first = p;
        break;
      }
  *start = 0;
  if (first == NULL)
    return TRUE;
  gsize end = (gsize)(first - lower) + strlen ("yesterday");
  for (gsize i = 0; i < end && lower[i] != '\0'; i++)
    if ((guchar)lower[i] >= 0x80)
      return TRUE;
  const gchar *p = first;
  while (p > lower && g_ascii_isspace (p[-1]))
    p--;
  *start = (gsize)(p - lower);
  return TRUE;
}

/* "yesterday", "today", "tonight", "on Friday" ("on" and a word in -day). */
static gboolean
gate_day_word (const gchar *lower, gsize *start)
{
  const gchar *first = first_day_word (lower);
  if (first != NULL)
    return day_word_start (lower, first, start);
  for (const gchar *p = strstr (lower, "day"); p != NULL; p = strstr (p + 1, "day"))
    {
      const gchar *q = p;
      while (q > lower && (g_ascii_isalnum (q[-1]) || q[-1] == '_'))
        q--;
      if (q == lower)
        continue;
      if ((guchar)q[-1] >= 0x80)
        return day_word_start (lower, NULL, start);
      const gchar *e = q;
      while (e > lower && g_ascii_isspace (e[-1]))
        e--;
      if (e < q && e - lower >= 2 && strncmp (e - 2, "on", 2) == 0)
        return day_word_start (lower, NULL, start);
    }
  return FALSE;
}

/* A label in capitals before the sentence ("EXCLUSIVE: The BBC is ...", "WATCH: ..."): a first
 * word of letters, a colon within the first 30 bytes and only letters and spaces before it. */
static gboolean
gate_capital_label (const gchar *lower, gsize *start)
{
  (void)start;
  if (!g_ascii_isalpha (lower[0]))
    return FALSE;
  for (guint i = 1; i < 30 && lower[i] != '\0'; i++)
    if (lower[i] == ':')
      return i >= 3;
    else if (!g_ascii_isalpha (lower[i]) && lower[i] != ' ')
      return FALSE;
  return FALSE;
}

/* A label or a salutation before the sentence (label_re): its first byte a digit or a letter
 * that opens one, and a colon, comma, full stop or bracket in its first words. */
static gboolean
gate_label (const gchar *lower, gsize *start)
{
  (void)start;
  if (g_ascii_isdigit (lower[0]))
    return lower[1] == '.' || lower[1] == ')'
           || (g_ascii_isdigit (lower[1]) && (lower[2] == '.' || lower[2] == ')'));
  const gchar *mark = strpbrk (lower, ":,");
  return strchr ("abcdfimoprs", lower[0]) != NULL && mark != NULL && mark - lower <= 16;
}

/* A day's phrase joined to another by "or", "and" or "to" stays: without it the other would be
 * left with the conjunction ("feel free to hack them this Sunday or Monday" -> "... or Monday"). */
#define DAY_NOT_JOINED                                                                                       \
  "(?!\\s+(?:or|and|to)\\s+(?:(?:on|this|next|last)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|"       \
  "saturday|sunday|today|tomorrow|week|weekend|month|year)\\b)"

static const struct
{
  const gchar *pattern;
  const gchar *replace;
  const gchar *const *needles;
  Gate gate;
  /* bytes one of which every match holds (apply's @holds), where a match may be followed by
   * another: a day word's "y", "g" of "night", "w" of "week", "m" of "month", "f" of "afternoon",
   * "l" of "earlier" and "later", a clause's comma (no other letter matches these without case) */
  const gchar *holds;
} english_rules[] = {
  /* what stands before the sentence in a list, a structured abstract or a letter: a list's number
   * ("1. Apologies were received ...", "3) Simmer ..."), an abstract's section label
   * ("Background: Loneliness is common ...", "Conclusions: ..."; a page's "Summary:", "Abstract:",
   * "Overview:"), a letter's salutation ("Sir, Your report ...", "Dear Editor, ..."); only before a
   * capital */
  { "^(?:\\d{1,2}[.)]|(?:background|introduction|objectives?|aims?|purpose|context|methods?|design|setting|"
    "participants|results|findings|conclusions?|interpretation|summary|abstract|overview)\\s*:|"
    "(?:sir|madam|dear\\s+(?:sir|madam|editor|sirs))\\s*,)\\s+(?=(?-i:[A-Z]))",
    "", NULL, gate_label },
  /* a newsroom's label in capitals ("EXCLUSIVE:", "BREAKING:", "WATCH:", "REVEALED:", "UPDATED:"; not
   * a speaker's name in a transcript, "SPICER:", nor a link's "ALSO READ:") before a sentence that opens on a
   * capital and is not itself in capitals: the label says what kind of story it is, not what happened */
  { "^(?-i:EXCLUSIVE|BREAKING(?:\\s+NEWS)?|JUST\\s+IN|WATCH|VIDEO|PICTURED|PICTURES|PHOTOS|REVEALED|UPDATED?|"
    "LIVE|"
    "ANALYSIS|OPINION|COMMENT|EXPLAINER|FACT\\s+CHECK|INTERVIEW|REVIEW|EDITORIAL|OBITUARY|WARNING|SPONSORED):"
    "\\s+(?=(?-i:[A-Z\"\\x{201C}'\\x{2018}])[^:]*(?-i:[a-z]))",
    "", NULL, gate_capital_label },
  /* leading adverbials and connectives; a comma between digits is a number's ("But about 85,000
   * traders are ..." keeps its number whole, not "000 traders are ..."); a place's abbreviated state
   * after its comma goes with it ("After leaving rehab in Newport Beach, Calif., ...") */
  { "^(?:(?:on|in|at|by|during|after|before|earlier|later|last|this|late|early|since|"
    "meanwhile|however|but|and|so|also|now|yet|still|then|thus|moreover|furthermore|"
    "(?:every|each)(?=\\s+(?:morning|afternoon|evening|night|day|week|weekend|month|year|summer|winter|"
    "spring|autumn|time)\\b))\\b"
    "(?:[^,]|,(?=\\d)){0,40},(?!\\d|\\s*(?:who|whom|whose|which)\\b)\\s*(?:(?-i:[A-Z][a-z]{1,4})\\.,\\s*)?)+",
    "", adverbial_starts, NULL },
  /* leading subordinate, participle and purpose clauses: "While noting that ..., the court said",
   * "To transform the economy, there is ..." */
  { "^(?:while|although|though|as|after|before|when|if|despite|since|once|with|amid|\\w+ing|to)\\b[^,]{0,90},"
    "(?!\\s*(?:who|whom|whose|which)\\b)\\s*",
    "", clause_starts, NULL },
  /* (not the "so" of "so many ... that", "so much", which is the degree's: so_degree's words) */
  { "^(?:however|meanwhile|but|and|so(?!\\s+(?:many|much|few|little|far)\\b)|also|yet|still|moreover)\\s+",
    "", adverbial_starts, NULL },
  /* "We will win," he said. -> 'We will win' (a quotation stays one, in a headline's single marks:
   * without them it would read as the paper's own statement) */
  { "^[\"\\x{201C}'\\x{2018}](.{12,}?)[,.!?]?[\"\\x{201D}'\\x{2019}],?\\s+(?:\\S+\\s+){0,4}?"
    "(?:said|says|told|added|insisted|warned|stated|declared)\\b.*$",
    "'\\1'", said_words, gate_quote_first },
  /* X said on Tuesday that ... -> ...; not inside a relative clause ("The woman who reported that her
   * car was stolen has been ...") */
  { "^(?:(?!\\b(?:who|whom|whose|which)\\b)[^,\"]){0,60}?\\b(?:said|says|announced|reported|claimed|warned|"
    "revealed)"
    "(?:\\s+(?:here|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:on|last|this)"
    "\\s+\\w+)){0,2}\\s+that\\s+",
    "", said_words, gate_said_that },
  /* The company said AOL's profit rose -> AOL's profit rose; not an attribution inside a relative
   * clause, whose subject it would take ("A man who police said was drunk crashed ...": a relative
   * word before the verb); nor the passive "are said to have ...", whose subject it is ("Around 300
   * traders are said to have migrated" is no "To have migrated") */
  { "^(?:the\\s+)?(?:(?!\\b(?:who|whom|whose|which)\\b)[^,\"]){0,40}?"
    "\\b(?:said|says)(?<!\\bis\\ssaid|\\bare\\ssaid|\\bwas\\ssaid|\\bwere\\ssaid|\\bbe\\ssaid|\\bbeen\\ssaid)"
    "(?:\\s+(?:here|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:on|last|this)"
    "\\s+\\w+)){0,2}\\s+(?=\\S+\\s+\\S+\\s+\\S+)",
    "", said_words, gate_said_lead },
  /* ..., the company said on Tuesday. */
  { ",\\s*(?:[^,]{0,80}?\\s)?(?:said|says|told\\s+[^,]{0,40}|added|reported|announced|stated|"
    /* not a passive: ", will be declared tomorrow" (the verb looked for first, the lookbehinds
     * only before it) */
    "(?=(?:warned|admitted|insisted|declared|claimed)\\b)(?<!\\bis\\s)(?<!\\bare\\s)(?<!\\bwas\\s)(?<!"
    "\\bwere\\s)(?<!\\bbe\\s)(?<!\\bbeen\\s)(?<!\\bbeing\\s)"
    "(?:warned|admitted|insisted|declared|claimed)|according\\s+to\\s+[^,]{0,60})(?:\\s+(?:(?:on|last|this|"
    "in)\\s+)?\\w+){0,2}\\s*[.!]?$",
    "", said_words, gate_said_end },
  /* ..., scientists said, raising fears that ... -> ...: the attribution goes whole (not the
   * source's remnant ", scientists"), and with it the participle clause or adjunct after it, whole
   * (", the government said, in the latest of ...") */
  { ",\\s*(?!(?:which|who|whom|whose|that|where|when|and|but|or)\\b)(?:[^,]{0,60}?\\s)?"
    /* (a verb of showing only after a source of data: "the breakfast show" is a noun) */
    "(?:said|says|say|(?<=figures\\s|data\\s|polls\\s|poll\\s|studies\\s|study\\s|statistics\\s|"
    "results\\s|records\\s|surveys\\s|survey\\s|research\\s|report\\s|tests\\s)(?:showed|shows|show))"
    "(?:\\s+(?:(?:on|last|this)\\s+)?(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|"
    "sunday|week|month|year))?\\s*,\\s*(?:\\w+ing|as|in|after|before|while|amid|with|following|despite)\\s.*"
    "$",
    "", NULL, gate_said_aside },
  /* ..., research suggests. / ..., a team has found. A verb of finding is an attribution only
   * when its clause is a source and the verb: not a coordinate clause (", and the trial showed
   * promise"), not a passive (", but nothing was found"), nothing but a time phrase after it. */
  { ",\\s*(?!(?:and|but|or|so|yet|while|as|because|although|though|if|when)\\b)(?:[^,]{0,60}?\\s)?"
    "(?<!\\bis\\s)(?<!\\bare\\s)(?<!\\bwas\\s)(?<!\\bwere\\s)(?<!\\bbe\\s)(?<!\\bbeen\\s)(?<!\\bbeing\\s)"
    "(?:found|finds?|showed|shows?|suggests?|suggested|revealed)"
    "(?:\\s+(?:(?:on|last|this|in)\\s+)?(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|"
    "saturday|sunday|week|month|year|\\d{4})){0,2}\\s*[.!]?$",
    "", finding_words, gate_found_end },
  { "\\s+according\\s+to\\s+[^,]*$", "", according_words, gate_according },
  /* day and time words */
  /* "early on Sunday", "late Tuesday": the modifier goes with its day (the rules below take "on
   * Sunday" or "Tuesday" alone and would leave "early" or "early on") */
  { "\\s(?:early|late)(?:\\s+on)?\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
    "(?:\\s+(?:morning|afternoon|evening|night)\\b)?(?!\\s?['\\x{2019}])",
    "", day_words, gate_early_day, "yY" },
  /* "earlier this year", "later today": the comparative goes with its time phrase (the rules below
   * take "this year" or "today" alone and would leave "... adopted new constitution earlier"); not
   * after a participle or "due", which would be left bare ("a study published earlier this year
   * has ...", "elections due later this year": "earlier" and "later" stay there) */
  { "\\s(?<!ed\\s)(?<!ing\\s)(?<!\\bdue\\s)(?:earlier|later)\\s+(?:(?:this|last|next)\\s+(?:week|weekend|"
    "month|year|morning|afternoon|evening)|"
    "today|tonight|(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b"
    "(?:\\s+(?:morning|afternoon|evening|night)\\b)?+(?!\\s?['\\x{2019}])",
    "", comparative_words, gate_earlier, "lL" },
  /* the lookahead first: the lookbehinds are tried only before a day word's modifier */
  { "\\s(?=(?:on|last|this|next|late|early)\\s)(?<!\\bthe\\s)(?<!\\bmail\\s)(?<!\\bindependent\\s)(?<!"
    "\\bby\\s)(?<!\\bof\\s)(?<!\\bearly\\s)(?<!\\bstarting\\s)(?<!\\bbeginning\\s)(?<!"
    "\\blate\\s)"
    "(?<!\\buntil\\s)(?:on|last|this|next|late|early)\\s+(?:monday|tuesday|wednesday|thursday|friday|"
    "saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend)\\b"
    "(?:\\s+(?:morning|afternoon|evening|night)\\b)?+(?!\\s?['\\x{2019}])" DAY_NOT_JOINED,
    "", day_words, gate_day_phrase, "yYgGwWmMfF" },
  /* a bare weekday, as agencies write it ("said Tuesday"); not one that is a subject or an object
   * ("and Wednesday was", "until Friday"), nor one after "on" (when "on Monday" could not go,
   * "Council met on" is no headline), nor a noun ("the first Sunday of the games", "every Monday"), nor
   * a noun's modifier after a possessive, which would leave the phrase without its head ("spoilt the
   * captain's Thursday night"). The text has single spaces; the pattern opens on the space so that the
   * matcher can skip to one. */
  { "\\s(?<=\\w\\s)(?<!\\bon\\s)(?<!['\\x{2019}]s\\s)(?<!s['\\x{2019}]\\s)"
    "(?<!\\bhis\\s)(?<!\\bits\\s)(?<!\\btheir\\s)(?<!\\bour\\s)(?<!\\bmy\\s)(?<!\\byour\\s)"
    "(?<!\\band\\s)(?<!\\bor\\s)(?<!\\bbut\\s)(?<!\\bof\\s)(?<!\\bto\\s)(?<!"
    "\\bby\\s)"
    "(?<!\\buntil\\s)(?<!\\bfrom\\s)(?<!\\bsince\\s)(?<!\\bbefore\\s)(?<!\\bafter\\s)(?<!\\blast\\s)"
    "(?<!\\bstarting\\s)(?<!\\bbeginning\\s)(?<!"
    "\\bas\\s)"
    "(?<!\\bthis\\s)(?<!\\bnext\\s)(?<!\\bthe\\s)(?<!\\bfirst\\s)(?<!\\bevery\\s)(?<!\\beach\\s)"
    "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
    "(?:\\s+(?:morning|afternoon|evening|night)\\b)?+(?!\\s?['\\x{2019}])" DAY_NOT_JOINED,
    "", weekday_words, gate_weekday, "yY" },
  /* (a capitalised "Today" inside the sentence is a name's: "NBC's Today show", "USA Today"; "The Mail on
   * Sunday" is a paper's) */
  { "\\s+(?:(?-i:yesterday|today|tonight|YESTERDAY|TODAY|TONIGHT)|(?=on\\s)(?<!\\bmail\\s)(?<!"
    "\\bindependent\\s)(?<!\\bstarting\\s)(?<!\\bbeginning\\s)on\\s+"
    "\\w+day)\\b"
    "(?:\\s+(?:morning|afternoon|evening|night)\\b)?+"
    "(?!\\s?['\\x{2019}])" DAY_NOT_JOINED,
    "", day_words, gate_day_word, "yYgG" },
  /* relative clauses; one after an age goes with the age ("X, 16, who lives in Y, still has" -> "X
   * still has", not "X, 16 still has") */
  { ",\\s+\\d{1,3},\\s+who\\b[^,]*,", " ", relative_words, gate_age, "," },
  /* a name's aside between commas ("The last film by the director, called 06/05, has been premiered"
   * -> "The last film by the director has been premiered"): a participle of naming and the name,
   * which opens on a figure or a quotation mark (not "called for calm"; not a capital: ", named John
   * Smith," may be the only name, and ", named Ruud van Nistelrooy as coach," a finite verb) */
  { ",\\s+(?:called|named|titled|entitled|dubbed)\\s+[0-9\"'\\x{201C}\\x{2018}][^,]{0,40},", " ",
    naming_words, NULL, "," },
  /* a relative clause that ends on a list of names takes the list's later items ("X, who produced
   * for the Byrds, Ry Cooder and the Beach Boys, has died" -> "X has died"; not when it holds a
   * quotation mark: "which starts as \"Bye, Bye, Miss ...\"") */
  { ",\\s+(?:which|who|whose)\\b"
    "(?:(?:[^,\"\\x{201C}\\x{201D}]|,(?=\\d))*"
    "(?:,\\s+(?:the\\s+)?(?-i:[A-Z])[\\w'&.-]*(?:\\s+(?:(?-i:[A-Z])[\\w'&.-]*|(?-i:of|the|and|or)))*)+(?=,)"
    "|(?:[^,]|,(?=\\d))*)(?:,|$)",
    " ", relative_words, NULL, "," },
};

/* For each first byte of a text, the bits (Rule.opening_bit) of the lists of openings of which a
 * needle may open so: has_needle() is asked only then. */
static guint32 opening_lists[256];

/* Whether @pattern can match only at the start of the text: it opens on "^", no other branch
 * ("|" outside brackets) opens otherwise, and it sets no multi-line mode ("(?m)"; GLib's default
 * has none). A rule's matcher need not search on after such a pattern's match. */
static gboolean
matches_at_start_only (const gchar *pattern)
{
  if (pattern[0] != '^' || strstr (pattern, "(?m") != NULL || strstr (pattern, "[:") != NULL)
    return FALSE;
  gint depth = 0;
  for (const gchar *p = pattern + 1; *p != '\0'; p++)
    if (*p == '\\' && p[1] != '\0')
      p++;
    else if (*p == '[') /* a class, to its closing bracket ("[]...]", "[^]...]": one that opens on it) */
      {
        p += p[1] == '^' ? 2 : 1;
        if (*p == ']')
          p++;
        for (; *p != ']'; p++)
          if (*p == '\0')
            return FALSE;
          else if (*p == '\\' && p[1] != '\0')
            p++;
      }
    else if (*p == '(')
      depth++;
    else if (*p == ')')
      depth--;
    else if (*p == '|' && depth == 0)
      return FALSE;
  return TRUE;
}

/* @rule's matcher, compiled on its first try: a process compiles only the rules its texts call for
 * (a rule whose needles no text holds never is). Safe from any thread (g_once). */
static GRegex *
rule_find (Rule *rule)
{
  return precis_regex_once (&rule->find, rule->pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE);
}

static Rule *
english_rules_get (void)
{
  static Rule *rules;
  if (g_once_init_enter (&rules))
    {
      Rule *r = g_new0 (Rule, G_N_ELEMENTS (english_rules));
      guint n_bits = 0;
      for (gsize i = 0; i < G_N_ELEMENTS (english_rules); i++)
        {
          r[i].pattern = english_rules[i].pattern;
          r[i].holds = matches_at_start_only (r[i].pattern) ? "" : english_rules[i].holds;
          r[i].replace = english_rules[i].replace;
          r[i].needles = english_rules[i].needles;
          r[i].gate = english_rules[i].gate;
          /* a list of substrings gets a bit of needles_in(), a list of openings ("^...") one of
           * opening_lists, set for the first bytes its needles open on ("^*ing ": any); the rules
           * sharing a list share its bit */
          const gchar *const *list = r[i].needles;
          gsize j = 0;
          while (j < i && r[j].needles != list)
            j++;
          if (list == NULL)
            continue;
          if (j < i)
            {
              r[i].needle_bit = r[j].needle_bit;
              r[i].opening_bit = r[j].opening_bit;
              continue;
            }
          gboolean at_start = list[0][0] == '^';
          for (guint k = 0; list[k] != NULL; k++)
            g_assert ((list[k][0] == '^') == at_start); /* (a list is all openings or all substrings) */
          g_assert (n_bits < 32);
          guint32 bit = 1u << n_bits++;
          if (!at_start)
            {
              r[i].needle_bit = bit;
              needles_add (list, bit);
              continue;
            }
          r[i].opening_bit = bit;
          for (guint k = 0; list[k] != NULL; k++)
            for (guint b = 0; b < G_N_ELEMENTS (opening_lists); b++)
              if (list[k][1] == '\0' || list[k][1] == '*' || (guchar)list[k][1] == b)
                opening_lists[b] |= bit;
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

/* Where brackets_get()'s matcher may start in @s: at the run of white space before its first
 * bracket, as every match is white space and a bracket and none can start before that run; at 0
 * when a byte outside ASCII ends the run (the pattern's \s may read it as a space). -1 when @s
 * has no bracket: the pattern cannot match. (The scan from the start was most of its cost.) */
static gssize
brackets_start (const gchar *s)
{
  const gchar *open = strpbrk (s, "([");
  if (open == NULL)
    return -1;
  const gchar *p = open;
  while (p > s && g_ascii_isspace (p[-1]))
    p--;
  return p > s && (guchar)p[-1] >= 0x80 ? 0 : (gssize)(p - s);
}

/* An aside between two dashes: "declined - for a second time - their permission". */
static GRegex *
dash_pair_get (void)
{
  static GRegex *re;
  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("\\s+(?:--?|\\x{2013}|\\x{2014})\\s+[^-\\x{2013}\\x{2014}]{1,80}?"
                                         "\\s+(?:--?|\\x{2013}|\\x{2014})\\s+",
                                         G_REGEX_OPTIMIZE, 0, NULL));
  return re;
}

/* @slot's pattern, compiled on first use, once per process (its case kept). */
static GRegex *
regex_once (GRegex **slot, const gchar *pattern)
{
  return precis_regex_once (slot, pattern, G_REGEX_OPTIMIZE);
}

/* The agencies whose tag a wire dateline holds ("(CNN)"), as dateline_get()'s alternation; the
 * longest name's length. */
#define HEADLINE_AGENCIES "CNN|Reuters|AP|AFP|PTI|IANS|ANI|Xinhua|xinhua"
#define HEADLINE_AGENCY_MAX 7

/* A wire dateline the furniture stage leaves ("Kathmandu, Nepal (CNN)Rescuers ...", "From A
 * Correspondent Charlottesville (US), Apr 13 (PTI) ..."). */
static GRegex *
dateline_get (void)
{
  static GRegex *re;
  return regex_once (&re, "^(?:[^()]|\\([^()]{1,20}\\)){0,60}?\\((?:" HEADLINE_AGENCIES ")\\)\\s*"
                          "(?:--?\\s*|\\x{2013}\\s+|\\x{2014}\\s+)?");
}

/* Whether @s holds at or after its first "(" an agency's tag ("(CNN)", "(PTI)", ...), without which
 * dateline_get()'s pattern (its case kept) cannot match: most texts with a bracket have none, and
 * the matcher is not tried. */
static gboolean
has_agency_tag (const gchar *s)
{
  static const gchar names[] = "|" HEADLINE_AGENCIES "|";
  for (const gchar *p = strchr (s, '('); p != NULL; p = strchr (p + 1, '('))
    {
      /* the bracket's name, up to its ")" (no name holds one), as "|name|" in the list */
      gsize n = 1;
      while (n <= HEADLINE_AGENCY_MAX && p[n] != '\0' && p[n] != ')' && p[n] != '|')
        n++;
      if (p[n] != ')' || n == 1)
        continue;
      for (const gchar *q = names; (q = strchr (q, '|')) != NULL && q[1] != '\0'; q++)
        if (strncmp (q + 1, p + 1, n - 1) == 0 && q[n] == '|')
          return TRUE;
    }
  return FALSE;
}

/* A date that opens the lede, before a capital or an opening quote: a dateline that is only a date
 * and a dash, as US sites write it ("Feb. 23, 2015 -- Life-threatening ...", "April 17 -- ..."),
 * or a page's time stamp run into it ("Released 2013-09-28 05:08:35 GMT A jury ...", "Updated: Nov.
 * 30, 2026 10:15 ET The ..."): a stamp's word, a date in figures or with an English month word, maybe
 * a time and its zone. */
#define DATE_MONTH_DAY                                                                                       \
  "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?\\s+\\d{1,2},?(?:\\s+\\d{4})?"
static GRegex *
date_dash_get (void)
{
  static GRegex *re;
  return regex_once (&re,
                     "^(?:" DATE_MONTH_DAY "\\s+(?:--?|\\x{2013}|\\x{2014})"
                     "|(?:Released|Published|Updated|Posted):?\\s+(?:\\d{4}-\\d{2}-\\d{2}|" DATE_MONTH_DAY ")"
                     "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?)"
                     "\\s+(?=[A-Z\"'\\x{2018}\\x{201C}])");
}

/* A dateline is at most this many bytes before its "(CNN)". */
#define HEADLINE_DATELINE_CHARS 64

/* A space after a closing bracket glued to the next word ("(CNN)Rescuers"), so that the words
 * stay apart when the bracket goes. */
static void
unglue_brackets (GString *s)
{
  for (gsize i = 0; i + 1 < s->len; i++)
    if ((s->str[i] == ')' || s->str[i] == ']') && g_ascii_isalnum (s->str[i + 1]))
      g_string_insert_c (s, (gssize)i + 1, ' ');
}

/* Ends @s at a full stop glued to the next sentence ("joined the party.Raju Mahali and ...",
 * "adorable munchkin.ALSO SEE"): a segmenter that found no space there left two sentences in one.
 * When what comes before it is a leading subordinate clause with no comma of its own ("While X
 * feels ... too much.India can ..."), the stop becomes "; " instead: the main clause follows it.
 * The stop must follow a word of two lower-case letters or more, or a closing bracket or quote (not
 * "U.S.", "corp.'s"), and come before a capital letter or an opening quote and a capital; or follow
 * a word in capitals of two letters or more ("93.5 Red FM.The two leaders") before a capital and a
 * lower-case letter (not "U.S.The": its last word is one letter; not "ASP.NET"). */
static void
unglue_stops (GString *s)
{
  static const gchar *const subordinate[] = { "while ",   "if ",    "when ",  "although ", "though ", "as ",
                                              "because ", "since ", "after ", "before ",   NULL };
  for (gsize i = 2; i + 1 < s->len; i++)
    {
      /* to the next full stop before the last byte */
      const gchar *dot = memchr (s->str + i, '.', s->len - 1 - i);
      if (dot == NULL)
        break;
      i = (gsize)(dot - s->str);
      gchar a = s->str[i - 2], b = s->str[i - 1], c = s->str[i + 1];
      gboolean word = g_ascii_islower (a) && g_ascii_islower (b);
      gboolean acronym = g_ascii_isupper (a) && g_ascii_isupper (b)
                         && (i < 3 || g_ascii_isspace (s->str[i - 3]) || g_ascii_isupper (s->str[i - 3]))
                         && g_ascii_isupper (c) && i + 2 < s->len && g_ascii_islower (s->str[i + 2]);
      gboolean closing = b == ')' || b == '"' || (b == '\'' && g_ascii_islower (a));
      gboolean next = g_ascii_isupper (c)
                      || ((c == '"' || c == '\'') && i + 2 < s->len && g_ascii_isupper (s->str[i + 2]));
      if (!(word || closing || acronym) || !next)
        continue;
      if (!prefix_in (s->str, subordinate) || memchr (s->str, ',', i) != NULL)
        {
          g_string_truncate (s, i);
          return;
        }
      s->str[i] = ';';
      g_string_insert_c (s, (gssize)i + 1, ' ');
    }
}

/* A straight closing quotation mark written after a space (", " or ". " then the mark, then a
 * space or the end: "privilege, " Capaldi said") moved up to its punctuation, as the attribution
 * rules and the quotation's closing expect it. An opening mark is followed by its first word. */
static void
unspace_closing_quotes (GString *s)
{
  for (gchar *q = strstr (s->str, " \""); q != NULL; q = strstr (q + 1, " \""))
    {
      gsize at = (gsize)(q - s->str);
      if (at == 0 || !strchr (",.!?;", s->str[at - 1]) || (s->str[at + 2] != ' ' && s->str[at + 2] != '\0'))
        continue;
      g_string_erase (s, (gssize)at, 1);
      q = s->str + at;
    }
}

/* A curly opening mark (‘ or “) written with a space after it, after a space or a colon ("added: ‘
 * The players have ..."): the space goes, so that the mark opens its first word (and the article
 * after it is read as one). */
static void
unspace_opening_quotes (GString *s)
{
  for (gsize at = 0; at + 4 < s->len; at++)
    {
      if ((guchar)s->str[at] != 0xE2 || (guchar)s->str[at + 1] != 0x80
          || ((guchar)s->str[at + 2] != 0x98 && (guchar)s->str[at + 2] != 0x9C) || s->str[at + 3] != ' '
          || !g_ascii_isalnum (s->str[at + 4]))
        continue;
      if (at > 0 && s->str[at - 1] != ' ' && s->str[at - 1] != ':')
        continue;
      g_string_erase (s, (gssize)at + 3, 1);
    }
}

/* A curly apostrophe written with a space after it before a contraction's or possessive's ending
 * ("they’ ve", "McDermott’ s"): the space goes. */
static void
unspace_apostrophes (GString *s)
{
  static const gchar *const endings[] = { "s", "t", "ve", "re", "ll", "d", "m", NULL };
  for (gchar *q = strstr (s->str, "\xE2\x80\x99 "); q != NULL; q = strstr (q + 1, "\xE2\x80\x99 "))
    {
      gsize at = (gsize)(q - s->str);
      if (at == 0 || !g_ascii_isalpha (s->str[at - 1]))
        continue;
      const gchar *next = q + 4;
      for (guint e = 0; endings[e] != NULL; e++)
        {
          gsize len = strlen (endings[e]);
          /* (a whole ending: not "d" of "d’Arcy") */
          if (strncmp (next, endings[e], len) == 0 && !g_ascii_isalnum (next[len]) && (guchar)next[len] < 0x80
              && next[len] != '\'')
            {
              g_string_erase (s, (gssize)at + 3, 1);
              q = s->str + at;
              break;
            }
        }
    }
}

/* Applies one rule, its matcher starting at byte @start; TRUE if the text changed, and then,
 * when @old is not NULL, the text before in *@old (the caller's to free: the buffer it was in,
 * not a copy made before each try). As g_regex_replace does, but the text is copied only once
 * the pattern matches (most tries fail), the replacement is read for references only when it
 * holds one, and the matcher does not search on where no later match could change the text. When
 * @holds is not NULL, every match of the pattern holds one of its bytes: none after a match, no
 * later match (the search stops; "" for a pattern that matches only at the text's start, which
 * none can follow). And when the replacement is empty, none after a match that ends the text (a
 * later match could only be an empty one at the end, replaced by nothing). */
static gboolean
apply (GString *s, GRegex *re, gsize start, const gchar *holds, const gchar *replacement, gchar **old)
{
  g_autoptr (GMatchInfo) m = NULL;
  if (!g_regex_match_full (re, s->str, (gssize)s->len, (gint)start, 0, &m, NULL))
    return FALSE;
  gboolean literal = strchr (replacement, '\\') == NULL;
  g_autoptr (GString) out = g_string_sized_new (s->len);
  gint from = 0;
  while (g_match_info_matches (m))
    {
      gint at, end;
      g_match_info_fetch_pos (m, 0, &at, &end);
      g_string_append_len (out, s->str + from, at - from);
      if (literal)
        g_string_append (out, replacement);
      else
        {
          g_autofree gchar *expanded = g_match_info_expand_references (m, replacement, NULL);
          if (expanded != NULL)
            g_string_append (out, expanded);
        }
      from = end;
      if ((holds != NULL && strpbrk (s->str + end, holds) == NULL)
          || ((gsize)end == s->len && replacement[0] == '\0'))
        break;
      g_autoptr (GError) error = NULL;
      if (!g_match_info_next (m, &error) && error != NULL)
        return FALSE; /* as g_regex_replace: no text on an error */
    }
  g_string_append_len (out, s->str + from, (gssize)s->len - from);
  gboolean changed = out->len > 0 && !g_str_equal (out->str, s->str);
  if (changed && old != NULL)
    {
      /* the new text takes the GString's place, the old is handed out (neither holds a NUL:
       * the same bytes g_string_assign would copy) */
      GString held = *s;
      *s = *out;
      *out = held;
      *old = g_string_free (g_steal_pointer (&out), FALSE);
    }
  else if (changed)
    g_string_assign (s, out->str);
  return changed;
}

/* @n bytes of @s lower-cased in ASCII, as g_ascii_strdown() gives them, without its call a byte. */
static gchar *
ascii_down (const gchar *s, gsize n)
{
  /* g_strndup stops at a NUL and pads with NULs, which stay NULs: all @n bytes are lowered */
  gchar *out = g_strndup (s, n);
  gsize i = 0;
#ifdef __SSE2__
  /* sixteen bytes a step: 'A'..'Z' are the bytes under 'A' + 26 once shifted to signed order */
  for (; i + 16 <= n; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gpointer)(out + i));
      __m128i upper = _mm_cmplt_epi8 (_mm_sub_epi8 (v, _mm_set1_epi8 ((gchar)('A' + 128))),
                                      _mm_set1_epi8 ((gchar)(26 - 128)));
      _mm_storeu_si128 ((__m128i *)(gpointer)(out + i),
                        _mm_or_si128 (v, _mm_and_si128 (upper, _mm_set1_epi8 (0x20))));
    }
#endif
  for (; i < n; i++)
    out[i] = precis_ascii_lower (out[i]);
  return out;
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
      else if (n[1] == '*') /* "^*ing ", the one needle that opens so */
        {
          gsize w = strcspn (lower, " ,");
          if (w > 3 && strncmp (lower + w - 3, "ing", 3) == 0)
            return TRUE;
        }
      else if (lower[0] == n[1] && g_str_has_prefix (lower, n + 1)) /* the first byte first: most differ */
        return TRUE;
    }
  return FALSE;
}

/* The rules' needles that may stand anywhere, looked for in one pass over the text instead of a
 * strstr() each: by their first byte, each with the bit of its list. Filled once, with the rules. */
typedef struct
{
  const gchar *rest; /* the needle after its first byte */
  guint32 bit;
} Needle;

static struct
{
  Needle needles[96];
  guint n;
  guint8 start[257];        /* the needles opening on byte b: needles[start[b] .. start[b + 1]) */
  guint8 pairs[65536];      /* for two bytes read as a guint16 (pair_at): whether a needle opens so */
  guint8 next_pairs[65536]; /* the same of a needle's second and third bytes */
  guint32 bits;             /* the bits of the lists added */
} needle_table;

/* The two bytes at @p as one number (one load), and the number of bytes @a, @b so read. */
static inline guint16
pair_at (const gchar *p)
{
  guint16 pair;
  memcpy (&pair, p, sizeof pair);
  return pair;
}

static guint16
pair_of (guint a, guint b)
{
  const gchar bytes[2] = { (gchar)a, (gchar)b };
  return pair_at (bytes);
}

static void
needles_add (const gchar *const *needles, guint32 bit)
{
  needle_table.bits |= bit;
  /* kept in order of first byte: each new needle goes after the last one of its byte */
  for (guint k = 0; needles[k] != NULL; k++)
    {
      g_assert (needle_table.n < G_N_ELEMENTS (needle_table.needles)); /* (more needles: a larger table) */
      /* (three bytes or more: the filters of needles_in() read three, no needle of a rule is shorter) */
      g_assert (needles[k][0] != '\0' && needles[k][1] != '\0' && needles[k][2] != '\0');
      guchar b = (guchar)needles[k][0];
      guint at = needle_table.start[b + 1];
      memmove (needle_table.needles + at + 1, needle_table.needles + at,
               (needle_table.n - at) * sizeof (Needle));
      needle_table.needles[at] = (Needle){ needles[k] + 1, bit };
      needle_table.n++;
      needle_table.pairs[pair_of (b, (guchar)needles[k][1])] = 1;
      needle_table.next_pairs[pair_of ((guchar)needles[k][1], (guchar)needles[k][2])] = 1;
      for (guint c = b + 1; c < G_N_ELEMENTS (needle_table.start); c++)
        needle_table.start[c]++;
    }
}

/* The bits of the needle lists (needles_add) of which @lower holds a needle, as a strstr() of
 * each needle would find them: one pass, each byte's needles compared there when the byte and the
 * next open one of them and the next two follow in one of them. */
static guint32
needles_in (const gchar *lower)
{
  guint32 found = 0;
  const gchar *end = lower + strlen (lower);
  for (const gchar *p = lower; p < end; p++)
    {
      /* (the last byte passes no pair: its next is the NUL, which no needle holds; so p + 2 is at
       * most the end here) */
      if (!needle_table.pairs[pair_at (p)] || !needle_table.next_pairs[pair_at (p + 1)])
        continue;
      guchar b = (guchar)p[0];
      for (guint k = needle_table.start[b]; k < needle_table.start[b + 1]; k++)
        {
          const Needle *n = &needle_table.needles[k];
          if ((found & n->bit) != 0)
            continue;
          const gchar *t = p + 1, *r = n->rest;
          while (*r != '\0' && *t == *r) /* (a NUL of the text differs from every byte of a needle) */
            t++, r++;
          if (*r == '\0')
            found |= n->bit;
        }
    }
  return found;
}

/* Whether the @n bytes at @p are one of the lower-case words of @list (any case at @p). */
static inline gboolean
ascii_in (const gchar *p, gsize n, const gchar *const *list)
{
  /* the first byte first, without a call: most words of a list differ there */
  gchar first = n > 0 ? precis_ascii_lower (p[0]) : '\0';
  for (guint i = 0; list[i] != NULL; i++)
    if (precis_ascii_lower (list[i][0]) == first && strlen (list[i]) == n
        && precis_ascii_same (p, list[i], n))
      return TRUE;
  return FALSE;
}

/* Whether @p starts with one of the strings of @list (any case). */
static gboolean
prefix_in (const gchar *p, const gchar *const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (list[i][0] == '\0'
        || (precis_ascii_lower (list[i][0]) == precis_ascii_lower (p[0])
            && precis_ascii_same (p, list[i], strlen (list[i]))))
      return TRUE;
  return FALSE;
}

/* Punctuation a headline does not end on: a sentence's terminators but the question marks, and
 * the marks of a cut clause. */
static gboolean
is_trailing_punct (gunichar c)
{
  return (precis_is_terminator (c) && !precis_is_question_mark (c)) || c == ',' || c == ';' || c == ':'
         || c == '-' || c == 0x2013 || c == 0x2014
         || c == ' '
         /* the commas, semicolons and colons of other scripts: Arabic (which ends a clause-sentence on
          * its comma), ideographic, full-width */
         || c == 0x060C || c == 0x061B || c == 0x3001 || c == 0xFF0C || c == 0xFF1B || c == 0xFF1A;
}

static const guint closed_tags = PRECIS_POS_DET | PRECIS_POS_PREP | PRECIS_POS_AUX | PRECIS_POS_MODAL
                                 | PRECIS_POS_CONJ | PRECIS_POS_SUBORD | PRECIS_POS_WH | PRECIS_POS_PRONOUN
                                 | PRECIS_POS_POSS | PRECIS_POS_TO | PRECIS_POS_NONFINITE;

/* Languages whose sentences end on their verb (subject-object-verb): the verb's light verb or
 * auxiliary, a stopword there, is the clause's last word ("... की घोषणा की", "istifa etti",
 * "onartu du", "հայտարարել է"), not a word left dangling by a cut. Of the languages precis
 * stems; Nepali and Tamil have no stopword list compiled in (this applies to one the caller
 * loads). */
static const gchar *const verb_final_languages[]
    = { "hindi", "turkish", "basque", "armenian", "nepali", "tamil", NULL };

static gboolean
is_verb_final (const PrecisLanguageInfo *language)
{
  return g_strv_contains (verb_final_languages, language->name);
}

/* Whether a participle of saying after the space at @space in @text follows "not" or an auxiliary
 * ("detectives are not saying", "she was insisting"): the verb of its clause, which ends there, not
 * a participle whose quotation was cut (is_dangling). */
static G_NO_INLINE gboolean
participle_is_verb (const gchar *text, const gchar *space)
{
  static const gchar *const contracted[] = { "n't", "n\xE2\x80\x99t", "'re", "\xE2\x80\x99re", "'m", NULL };
  const gchar *prev = space;
  while (prev > text && prev[-1] != ' ')
    prev--;
  gsize n = (gsize)(space - prev);
  if (n == 0)
    return FALSE;
  if (n == 3 && g_ascii_strncasecmp (prev, "not", 3) == 0)
    return TRUE;
  for (guint i = 0; contracted[i] != NULL; i++)
    {
      gsize k = strlen (contracted[i]);
      if (n > k && g_ascii_strncasecmp (space - k, contracted[i], k) == 0)
        return TRUE;
    }
  return (precis_lexicon_english (prev, n) & (PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_NONFINITE)) != 0;
}

/* Whether a headline @text may not end with its last word @word: in English a function word (an
 * object pronoun or a particle such as "up" may end it) or a participle of saying but its clause's
 * verb (participle_is_verb), in other languages a stopword, except in a verb-final language
 * (@verb_final) at a clause's end; at a cut inside a clause (@strict), a stopword there too. */
static gboolean
is_dangling (const gchar *text, const gchar *word, gboolean english, gboolean verb_final, gboolean strict,
             PrecisTokenizer *tokenizer)
{
  static const gchar *const possessive[] = { "'s", "\xE2\x80\x99s", NULL };
  gsize len = strlen (word);
  if (ascii_in (word, len, saying_words) || ascii_in (word, len, possessive))
    return TRUE;
  /* a plural's possessive ("workers'"), not a quotation it closes */
  if (english && len > 2 && word[len - 1] == '\'' && word[len - 2] == 's'
      && strchr (word, '\'') == word + len - 1)
    return TRUE;
  if (!english)
    return !(verb_final && !strict) && precis_tokenizer_is_stopword (tokenizer, word, -1);
  if (len >= 6 && memcmp (word + len - 3, "ing", 3) == 0 && ascii_in (word, len, saying_participles))
    return word == text || !participle_is_verb (text, word - 1);
  guint t = precis_lexicon_english (word, len);
  if (g_ascii_isupper (word[0]))
    t &= ~PRECIS_POS_MODAL; /* "in May" */
  /* Not auxiliaries: "what pressure is" ends a clause (unless the end was cut, @strict). */
  if (!strict)
    t &= ~(PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_PRONOUN | PRECIS_POS_NONFINITE);
  return (t & closed_tags) && (!(t & PRECIS_POS_OBJECT) || (t & PRECIS_POS_POSS));
}

/* Whether a last word "so" (after @space in @text) ends its clause: "said so", "think so", "even so",
 * "is so", "more so"; not the conjunction of a clause cut away ("will amend the regulations so"). */
static gboolean
so_ends_clause (const gchar *text, const gchar *space)
{
  static const gchar *const before_so[]
      = { "do",      "does",  "did",    "doing",   "done",  "say",    "says",    "said",
          "saying",  "think", "thinks", "thought", "hope",  "hoped",  "believe", "believed",
          "suppose", "not",   "even",   "more",    "less",  "ever",   "is",      "was",
          "are",     "were",  "be",     "been",    "being", "remain", "remains", "remained",
          "just",    "quite", "only",   "why",     "and",   "or",     NULL };
  const gchar *end = space;
  while (end > text && end[-1] == ' ')
    end--;
  const gchar *start = end;
  while (start > text && start[-1] != ' ')
    start--;
  return ascii_in (start, (gsize)(end - start), before_so);
}

/* The English classes (lexicon.c) of the word of @text that ends at @space, 0 if there is none. */
static guint
tags_before (const gchar *text, const gchar *space)
{
  const gchar *before = space;
  while (before > text && before[-1] != ' ')
    before--;
  return before == space ? 0 : precis_lexicon_english (before, (gsize)(space - before));
}

/* Whether the last word of @text (after @space) is a particle after its verb ("the relationship
 * is over", "prices went up", "the deal fell through"): the clause's own end, not a preposition
 * whose object was cut. */
static gboolean
ends_on_particle (const gchar *text, const gchar *space)
{
  static const gchar *const particles[]
      = { "over", "up", "down", "out", "off", "in", "on", "around", "through", "along", NULL };
  const gchar *word = space + 1;
  if (!ascii_in (word, strlen (word), particles))
    return FALSE;
  guint t = tags_before (text, space);
  return (t & (PRECIS_POS_AUX | PRECIS_POS_NONFINITE | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_VERB))
         && !(t & (PRECIS_POS_DET | PRECIS_POS_PREP | PRECIS_POS_MODAL));
}

/* Whether the last word of @text (after @space), a preposition that ended the sentence as written,
 * is stranded after its verb or adjective ("what the singer was being treated for", "the cause he
 * fought for", "nothing to be proud of"): its object came before it, so it is the clause's end,
 * not a preposition whose object was cut. */
static gboolean
stranded_preposition (const gchar *text, const gchar *space)
{
  const gchar *word = space + 1;
  guint t = precis_lexicon_english (word, strlen (word));
  /* (not one in -ing, a noun there: "let's assume the following") */
  if (!(t & PRECIS_POS_PREP) || (t & (PRECIS_POS_CONJ | PRECIS_POS_SUBORD | PRECIS_POS_DET | PRECIS_POS_ING)))
    return FALSE;
  guint b = tags_before (text, space);
  return (b & (PRECIS_POS_PAST | PRECIS_POS_ING | PRECIS_POS_THIRD | PRECIS_POS_VERB | PRECIS_POS_ADJ))
         && !(b & closed_tags);
}

/* Whether the last word of @text (after @space) is "before" as an adverb, after "never" or "ever"
 * ("as never before", "than ever before"), not a preposition whose object was cut. */
static gboolean
adverb_before (const gchar *text, const gchar *space)
{
  static const gchar *const evers[] = { "never", "ever", NULL };
  const gchar *word = space + 1;
  if (g_ascii_strcasecmp (word, "before") != 0)
    return FALSE;
  const gchar *before = space;
  while (before > text && before[-1] != ' ')
    before--;
  return ascii_in (before, (gsize)(space - before), evers);
}

/* Abbreviations whose full stop is their own, kept at a headline's end ("in Rancho Mirage,
 * Calif.", "Maxx Mobilink Pvt. Ltd."): a company's and a name's, and the states as the US
 * agencies abbreviate them (not "Mass." or "Miss.", also words); capitalised as written. */
static const gchar *const pointed_abbreviations[]
    = { "Inc", "Corp", "Co",   "Ltd", "Jr",  "Sr",   "Bros", "Ala", "Ariz", "Ark",  "Calif", "Colo", "Conn",
        "Del", "Fla",  "Ga",   "Ill", "Ind", "Kan",  "Ky",   "La",  "Md",   "Mich", "Minn",  "Mo",   "Mont",
        "Neb", "Nev",  "Okla", "Ore", "Pa",  "Tenn", "Vt",   "Va",  "Wash", "Wis",  "Wyo",   NULL };

/* Whether the full stop that ends @s (of @len bytes) is an abbreviation's: after one of
 * pointed_abbreviations or after initials ("U.S.", "p.m.", "p. m."). */
static gboolean
abbreviation_point (const gchar *s, gsize len)
{
  if (len < 2 || s[len - 1] != '.')
    return FALSE;
  /* (none is longer than five bytes: a longer last word is looked at no further) */
  gsize start = len - 1;
  while (start > 0 && s[start - 1] != ' ' && len - start <= 6)
    start--;
  gsize n = len - 1 - start;
  if (n == 0 || n > 5 || (start > 0 && s[start - 1] != ' '))
    return FALSE;
  if (g_ascii_isupper (s[start]) && g_ascii_islower (s[len - 2]))
    for (guint i = 0; pointed_abbreviations[i] != NULL; i++)
      if (strncmp (s + start, pointed_abbreviations[i], n) == 0 && pointed_abbreviations[i][n] == '\0')
        return TRUE;
  /* initials: single letters each with its point ("U.S", "a.m"), or a single letter after another
   * one's point and a space ("p. m") */
  if (n >= 3)
    {
      for (gsize i = start; i < len - 1; i += 2)
        if (!g_ascii_isalpha (s[i]) || (i + 1 < len - 1 && s[i + 1] != '.'))
          return FALSE;
      return (n % 2) == 1;
    }
  return n == 1 && g_ascii_isalpha (s[start]) && start >= 3 && s[start - 2] == '.'
         && g_ascii_isalpha (s[start - 3]) && (start == 3 || s[start - 4] == ' ');
}

/* The last word of @s, before the punctuation and spaces that end it: its start in *@start, its
 * length returned. */
static gsize
last_word (const gchar *s, const gchar **start)
{
  const gchar *end = s + strlen (s);
  while (end > s && (end[-1] == ' ' || g_ascii_ispunct (end[-1])))
    end--;
  const gchar *p = end;
  while (p > s && p[-1] != ' ')
    p--;
  *start = p;
  return (gsize)(end - p);
}

/* Whether @s ends on the last word of @sentence: the rules left the sentence's end where it was. */
static gboolean
same_last_word (const gchar *s, const gchar *sentence)
{
  const gchar *a, *b;
  gsize n = last_word (s, &a);
  return n > 0 && n == last_word (sentence, &b) && memcmp (a, b, n) == 0;
}

/* Whether GString @s ends with @suffix: g_str_has_suffix (s->str, suffix) without its two strlen()
 * (a GString of the headline holds no NUL, so its length is the string's). */
static inline gboolean
ends_on (const GString *s, const gchar *suffix)
{
  gsize n = strlen (suffix);
  return s->len >= n && memcmp (s->str + s->len - n, suffix, n) == 0;
}

/* Drops trailing punctuation and dangling words ("... of the"), but not a particle after its
 * verb (ends_on_particle) unless the end was cut (@strict), nor an abbreviation's full stop
 * (abbreviation_point), nor, when the text still ends on the last word of @sentence (NULL: it
 * may not), a preposition stranded there (stranded_preposition). */
static void
trim_end (GString *s, PrecisTokenizer *tokenizer, gboolean english, gboolean verb_final, gboolean strict,
          const gchar *sentence)
{
  for (;; sentence = NULL)
    {
      while (s->len > 0)
        {
          const gchar *last = g_utf8_find_prev_char (s->str, s->str + s->len);
          if (last == NULL || !is_trailing_punct (g_utf8_get_char (last))
              || (english && abbreviation_point (s->str, s->len)))
            break;
          g_string_truncate (s, (gsize)(last - s->str));
        }
      /* A full stop inside closing quotes: "You're the best." */
      gsize q = ends_on (s, "\"") ? 1 : ends_on (s, "\xE2\x80\x9D") ? 3 : 0;
      if (q > 0 && s->len > q && strchr (".,;", s->str[s->len - q - 1]) != NULL)
        g_string_erase (s, (gssize)(s->len - q - 1), 1);
      const gchar *space = strrchr (s->str, ' ');
      if (space == NULL)
        return;
      const gchar *word = space + 1;
      /* "'... old for Alaska standards'": the closing mark of the quotation that opens the text,
       * not a plural's possessive */
      if (english && s->str[0] == '\'' && g_str_has_suffix (word, "s'")
          && strchr (word, '\'') == s->str + s->len - 1)
        return;
      if (english && (word[0] | 0x20) == 's' && (word[1] | 0x20) == 'o' && word[2] == '\0'
          && !so_ends_clause (s->str, space))
        {
          g_string_truncate (s, (gsize)(space - s->str));
          continue;
        }
      /* "at least once", "more than once": a count, not a subordinator left hanging */
      if (english && (word[0] | 0x20) == 'o' && g_ascii_strcasecmp (word, "once") == 0 && space - s->str >= 6
          && (g_ascii_strncasecmp (space - 6, " least", 6) == 0
              || g_ascii_strncasecmp (space - 5, " than", 5) == 0))
        return;
      if (!is_dangling (s->str, word, english, verb_final, strict, tokenizer)
          || (!strict && english
              && (ends_on_particle (s->str, space) || adverb_before (s->str, space)
                  || (sentence != NULL && stranded_preposition (s->str, space)
                      && same_last_word (s->str, sentence)))))
        return;
      g_string_truncate (s, (gsize)(space - s->str));
    }
}

/* Number of times @needle occurs in @s. */
static guint
count_of (const gchar *s, const gchar *needle)
{
  guint k = 0;
  for (const gchar *p = strstr (s, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    k++;
  return k;
}

/* The length of the mark of @list at @p, or 0. */
static gsize
mark_at (const gchar *p, const gchar *const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    {
      gsize n = strlen (list[i]);
      if (strncmp (p, list[i], n) == 0)
        return n;
    }
  return 0;
}

/* Erases from @s each mark of @opens that opens a quotation no mark of @closes closes: a headline
 * cut inside a quotation keeps its words without a mark that pairs with nothing (one between two
 * words written without a space, "...մորթել«Իմ ...", leaves a space). A mark of both lists (a
 * straight ", Swedish ») closes the quotation open, else opens one. A closing mark with no
 * quotation open stays: the quotation went on from the sentence before. */
static void
pair_marks (GString *s, const gchar *const *opens, const gchar *const *closes)
{
  g_autoptr (GArray) unmatched = g_array_new (FALSE, FALSE, sizeof (gsize)); /* offset, length */
  gsize open = 0, open_len = 0;
  for (gsize i = 0; i < s->len;)
    {
      gsize o = mark_at (s->str + i, opens), c = mark_at (s->str + i, closes);
      if (c > 0 && open_len > 0)
        open_len = 0;
      else if (o > 0)
        {
          if (open_len > 0)
            g_array_append_vals (unmatched, (gsize[]){ open, open_len }, 2);
          open = i, open_len = o;
        }
      i += MAX (MAX (o, c), (gsize)1);
    }
  /* (not one that ends the text: it closes a quotation from the sentence before, as Danish
   * closes »...« on «) */
  if (open_len > 0 && open + open_len < s->len)
    g_array_append_vals (unmatched, (gsize[]){ open, open_len }, 2);
  for (guint k = unmatched->len; k >= 2; k -= 2)
    {
      gsize at = g_array_index (unmatched, gsize, k - 2), n = g_array_index (unmatched, gsize, k - 1);
      gboolean glued = at > 0 && s->str[at - 1] != ' ' && at + n < s->len && s->str[at + n] != ' ';
      g_string_erase (s, (gssize)at, (gssize)n);
      if (glued)
        g_string_insert_c (s, (gssize)at, ' ');
    }
}

/* Guillemets: French, Italian, Greek, Russian ... quote «...», German and Danish »...«: the first
 * one written says which opens. A text with » alone (Swedish »...», a site's "Home » News") is
 * left as written. */
static void
balance_guillemets (GString *s)
{
  static const gchar *const left[] = { "\xC2\xAB", NULL }, *const right[] = { "\xC2\xBB", NULL };
  const gchar *l = strstr (s->str, left[0]), *r = strstr (s->str, right[0]);
  if (l != NULL && (r == NULL || l < r))
    pair_marks (s, left, right);
  else if (l != NULL)
    pair_marks (s, right, left);
}

/* Removes straight double quotes when they are unbalanced, curly ones likewise. German, Polish,
 * Hungarian, Romanian ... open a quotation on a low mark, „, and close it on “ (German), ” (Polish)
 * or a straight " (typed): in a text that has one, each quotation is paired as written (before,
 * "Der Verein „Mehr Demokratie“ hat ..." lost its closing “, unpaired as English reads it).
 * Guillemets are paired as their languages write them. */
static void
balance_quotes (GString *s)
{
  static const gchar *const low_opens[] = { "\xE2\x80\x9E", "\"", NULL };
  static const gchar *const low_closes[] = { "\xE2\x80\x9C", "\xE2\x80\x9D", "\"", NULL };
  if (strstr (s->str, "\xC2") != NULL)
    balance_guillemets (s);
  if (strstr (s->str, low_opens[0]) != NULL)
    {
      pair_marks (s, low_opens, low_closes);
      return;
    }
  /* straight, curly open and close, and the tokenised text's `` and '' (Gigaword) */
  static const gchar *const quotes[] = { "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "``", "''", NULL };
  /* none of them (most headlines): every count is 0 and nothing is unbalanced */
  if (strpbrk (s->str, "\"`\xE2") == NULL && strstr (s->str, "''") == NULL)
    return;
  guint count[G_N_ELEMENTS (quotes) - 1] = { 0 };
  for (guint q = 0; quotes[q] != NULL; q++)
    count[q] = count_of (s->str, quotes[q]);
  /* '' is a quote beside `` or as a token of its own, not glued to a word: "a 27'' monitor" has an
   * inch mark */
  gboolean tokens_only = count[3] == 0;
  if (tokens_only)
    count[4] = count_of (s->str, " ''") + g_str_has_prefix (s->str, "''");
  if (count[0] % 2 == 0 && count[1] == count[2] && count[3] == count[4])
    return;
  for (guint q = 0; quotes[q] != NULL; q++)
    {
      if (q == 4 && tokens_only)
        {
          g_string_replace (s, " ''", " ", 0);
          if (g_str_has_prefix (s->str, "''"))
            g_string_erase (s, 0, 2);
          continue;
        }
      gchar *p;
      while ((p = strstr (s->str, quotes[q])) != NULL)
        g_string_erase (s, p - s->str, (gssize)strlen (quotes[q]));
    }
}

/* Whether a single quotation mark (straight or curly) that closes a quotation is at @p: one
 * followed by the end, a space or punctuation, not a letter ("Dreams'", not "it's"). */
static gboolean
single_close_at (const gchar *p, gsize *len)
{
  *len = *p == '\'' ? 1 : strncmp (p, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
  return *len > 0 && !g_ascii_isalnum (p[*len]);
}

/* Drops a single quotation mark that opens a word ("movie 'Sachin", "a \xE2\x80\x98bold") when
 * no mark after it closes the quotation: the headline was cut inside the quotation, and the
 * name reads whole without the mark. A straight mark opens only before a capital letter, so
 * "'90s" and "'em" stay. */
static void
close_single_quote (GString *s)
{
  if (strchr (s->str, '\'') == NULL && strstr (s->str, "\xE2\x80\x98") == NULL)
    return;
  for (gsize i = 0; i < s->len; i++)
    {
      if (i > 0 && s->str[i - 1] != ' ')
        continue;
      gsize mark = 0;
      if (s->str[i] == '\'' && g_ascii_isupper (s->str[i + 1]))
        mark = 1;
      else if (strncmp (s->str + i, "\xE2\x80\x98", 3) == 0 && g_ascii_isalnum (s->str[i + 3]))
        mark = 3;
      if (mark == 0)
        continue;
      gboolean closed = FALSE;
      gsize len;
      for (gsize j = i + mark; j < s->len && !closed; j++)
        closed = single_close_at (s->str + j, &len);
      if (closed)
        return;
      g_string_erase (s, (gssize)i, (gssize)mark);
      return;
    }
}

/* Gives a straight single mark that closes the headline ("... was ablaze'") its opening mark when
 * none opens a quotation before it: the words before the quotation's first kept word went (a
 * leading adjunct, "X announced that"), and so every word kept is inside the quotation, which
 * stays one (as the quotation rule writes it: "'The barn was ablaze'"). Not after an s, where the
 * mark may be a plural's possessive ("the workers'"). */
static void
open_single_quote (GString *s)
{
  if (s->len < 3 || s->str[s->len - 1] != '\'' || !g_ascii_isalnum (s->str[s->len - 2])
      || s->str[s->len - 2] == 's')
    return;
  for (gsize i = 0; i + 1 < s->len; i++)
    if (s->str[i] == '\'' && (i == 0 || s->str[i - 1] == ' '))
      return;
  g_string_prepend_c (s, '\'');
}

/* ---- Complete headlines: whole constituents removed, never a cut at a word budget ---- */

/* A rule that leaves fewer words than this has taken the clause, not trimmed it (also a
 * subject's modifier dropped: "Software unveiled"). */
#define HEADLINE_MIN_WORDS 4

/* A headline over HEADLINE_MAX_WORDS or HEADLINE_MAX_CHARS is still taken when it is complete
 * and within these: a long complete headline beats a short broken one. */
#define HEADLINE_LONG_WORDS 20
#define HEADLINE_LONG_CHARS 130
/* Past this a sentence without any boundary (a list, a run-on) is cut at a word boundary: the
 * only cut at a budget, for pathological input. */
#define HEADLINE_HARD_CHARS 160
/* How many of the document's first non-furniture sentences are tried, and how far into the
 * document they are looked for (past time stamps and wire labels, which count once). */
#define HEADLINE_CANDIDATES 5
#define HEADLINE_SCAN 20
/* How many more are tried when none of those stands alone (precis_headline_choose). */
#define HEADLINE_MORE_CANDIDATES 5
/* How far back "both" or "between" may pair with an "and". */
#define HEADLINE_PAIR_REACH 6
/* A coordinating conjunction starts a clause when a finite verb follows within this many words. */
#define HEADLINE_CLAUSE_LOOKAHEAD 7

typedef struct
{
  gsize start, end; /* bytes of the whole chunk between spaces */
  gsize from, to;   /* its letters: punctuation and quotes trimmed off both ends */
  guint tags;       /* lexicon.h classes of its letters (English), else 0 */
  gboolean stop;    /* a stopword of the language */
  gboolean capital; /* starts with a capital letter */
  gboolean comma;   /* ends with , ; or : (a boundary after it) */
  gboolean dash;    /* is a dash: a boundary before it */
  gboolean plural;  /* ends in -s, not -ss or 's */
  gboolean drop;    /* left out of the headline (an auxiliary of the passive) */
  gboolean owner;   /* a possessive ("Berlin's"): waits for its noun */
  gboolean preverb; /* English: one of preverbal_adverbs */
  gboolean ascii;   /* its bytes are all ASCII: as many characters as bytes (word_chars) */
} Word;

/* A bit of Word.tags beside lexicon.h's classes: "being" or "having" (English), after which a
 * participle is no finite verb (may_be_finite). */
#define WORD_GERUND (1u << 30)
/* And a past participle that is no past tense (participles_only). */
#define WORD_PARTICIPLE (1u << 29)
/* Past participles that are no past tense (WORD_PARTICIPLE) ("seen", not "saw"): alone, with no auxiliary
 * before them, they open a participle's phrase, a caption's ("The old bridge, seen from the north shore in
 * 2010."), never a finite verb. */
static const gchar *const participles_only[]
    = { "seen",   "taken", "given",  "shown",     "known",  "written", "driven", "grown",  "drawn",  "thrown",
        "flown",  "worn",  "torn",   "broken",    "chosen", "spoken",  "stolen", "frozen", "hidden", "ridden",
        "bitten", "eaten", "fallen", "forgotten", "done",   "gone",    "begun",  NULL };
/* Adverbs that stand between a subject and its verb ("Young adults still live", "teenagers now
 * spend"), after which a base form may be the finite verb (Word.preverb, may_be_finite). */
static const gchar *const preverbal_adverbs[]
    = { "now",     "still",  "also",      "often",      "already",   "never",     "usually",   "always",
        "rarely",  "seldom", "sometimes", "mostly",     "generally", "typically", "regularly", "increasingly",
        "largely", "mainly", "currently", "frequently", "routinely", NULL };

typedef struct
{
  gchar *text;
  gboolean complete; /* English: a subject and a finite verb; other languages: always */
  gboolean fits;     /* within HEADLINE_MAX_WORDS and HEADLINE_MAX_CHARS */
  gboolean pronoun;  /* opens with a pronoun or a word that points back (or is a caption) */
  gboolean person;   /* speaks in the first person or asks the reader (first_person) */
  gboolean leans;    /* a later sentence's, pointing back at the one before (leans_back, person_unnamed) */
  gboolean unnamed;  /* of those, one with a person's pronoun and no name before it (person_unnamed) */
  gboolean definite; /* of those, one whose subject is "the" and a bare noun (definite_back) */
  gboolean cut_mark; /* English: cut before the sentence's end after a mark (, ; : .) or in a quotation */
} Candidate;

/* Whether the character at @p is a letter or a digit (ASCII without a call into glib). */
static inline gboolean
alnum_at (const gchar *p)
{
  guchar c = (guchar)*p;
  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (g_utf8_get_char (p));
}

/* Whether @c is part of a word: a letter, a digit or a mark on one (Devanagari's vowel signs:
 * "कहा।" ends on "कहा", not "कह": review23 #4). The loops that step back over a word's trailing
 * punctuation stop at one. */
static inline gboolean
word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* @end stepped back over what is no word_char() at the end of [@start, @end): a word's trailing
 * punctuation. */
static const gchar *
word_chars_end (const gchar *start, const gchar *end)
{
  while (end > start && !word_char (g_utf8_get_char (g_utf8_find_prev_char (start, end))))
    end = g_utf8_find_prev_char (start, end);
  return end;
}

/* Whether @text has at most @words words and @chars characters. */
static gboolean
text_within (const gchar *text, guint words, guint chars)
{
  return g_utf8_strlen (text, -1) <= chars && precis_count_words (text, strlen (text), words) <= words;
}

static gboolean has_quote (const gchar *s, gsize from, gsize to);

/* Whether the letters [@a, @b) of @s end on a possessive 's (or 's with a curly apostrophe). */
static inline gboolean
is_possessive (const gchar *s, gsize a, gsize b)
{
  return b - a > 2 && s[b - 1] == 's'
         && (s[b - 2] == '\'' || (b - a > 4 && memcmp (s + b - 4, "\xE2\x80\x99", 3) == 0));
}

/* Whether the byte @c is an ASCII letter or digit (alnum_at() for a byte below 0x80). */
static inline gboolean
ascii_alnum_byte (guchar c)
{
  return (guchar)((c | 0x20) - 'a') < 26 || (guchar)(c - '0') < 10;
}

/* Splits @s at spaces into @words (a GArray of Word). */
static void
split_words (const gchar *s, gboolean english, PrecisTokenizer *tokenizer, GArray *words)
{
  /* Each word takes a byte and the space after it: at most n / 2 + 1 of them. */
  gsize i = 0, n = strlen (s), n_words = 0, max_words = n / 2 + 1;
  g_array_set_size (words, (guint)max_words);
  Word *out = (Word *)(gpointer)words->data;
  /* One scan of the text finds the words; the lexicon's slot of each is fetched as it is found,
   * and the words are looked up one by one after the scan (below): a look-up waiting for its
   * slot was most of the lexicon's time. Each word is written in its place in @words, and the
   * letters of a word that opens and ends on an ASCII letter or digit (nearly every one) are
   * found without a step over its bytes. */
  while (i < n)
    {
      while (s[i] == ' ')
        i++;
      if (i == n)
        break;
      gsize start = i;
      guchar high = 0; /* the bytes' high bits: 0 for a word all in ASCII */
      while (i < n && s[i] != ' ')
        high |= (guchar)s[i++];
      Word *w = &out[n_words++];
      w->start = start;
      w->end = i;
      w->ascii = high < 0x80;
      w->tags = 0;
      w->stop = w->capital = w->plural = w->drop = w->preverb = FALSE;
      /* The letters: punctuation and quotes trimmed off both ends, a possessive 's dropped. */
      gsize a = start, b = i;
      if (!ascii_alnum_byte ((guchar)s[a]))
        while (a < b && !alnum_at (s + a))
          a = (gsize)(g_utf8_next_char (s + a) - s);
      if (b > a && !ascii_alnum_byte ((guchar)s[b - 1]))
        while (b > a)
          {
            const gchar *p = (guchar)s[b - 1] < 0x80 ? s + b - 1 : g_utf8_find_prev_char (s + a, s + b);
            if (p == NULL || alnum_at (p))
              break;
            b = (gsize)(p - s);
          }
      w->from = a;
      w->to = b;
      gchar last = s[i - 1];
      w->comma = last == ',' || last == ';' || last == ':';
      w->dash = b == a
                && (s[start] == '-' || g_str_has_prefix (s + start, "\xE2\x80\x93")
                    || g_str_has_prefix (s + start, "\xE2\x80\x94"));
      gboolean possessive = is_possessive (s, a, b);
      /* a plural's possessive: "players' union" (a closing single quote after a word in -s may
       * be one too: it waits for a noun either way) */
      w->owner = possessive
                 || (b > a + 1 && b < i && s[b] == '\'' && s[b - 1] == 's' && b + 1 == i
                     && !has_quote (s, start, a));
      if (b > a)
        {
          w->capital
              = (guchar)s[a] < 0x80 ? g_ascii_isupper (s[a]) : g_unichar_isupper (g_utf8_get_char (s + a));
          w->plural = b - a > 3 && s[b - 1] == 's' && s[b - 2] != 's' && !possessive;
          if (english)
            precis_lexicon_english_prefetch (s + a, b - a);
          else
            w->stop = precis_tokenizer_is_stopword (tokenizer, s + a, (gssize)(b - a));
        }
    }
  g_array_set_size (words, (guint)n_words);
  if (!english)
    return;
  out = (Word *)(gpointer)words->data;
  for (gsize k = 0; k < n_words; k++)
    {
      Word *w = &out[k];
      gsize a = w->from, b = w->to;
      if (b == a)
        continue;
      w->tags = precis_lexicon_english (s + a, b - a);
      if ((w->tags & PRECIS_POS_NONFINITE)
          && ((b - a == 5 && g_ascii_strncasecmp (s + a, "being", 5) == 0)
              || (b - a == 6 && g_ascii_strncasecmp (s + a, "having", 6) == 0)))
        w->tags |= WORD_GERUND;
      /* (each of them ends in "n" or "e": the list is read for few words) */
      if ((w->tags & PRECIS_POS_PAST) && (s[b - 1] == 'n' || s[b - 1] == 'e')
          && ascii_in (s + a, b - a, participles_only))
        w->tags |= WORD_PARTICIPLE;
      w->preverb = (w->tags & PRECIS_POS_ADV) && !w->comma && ascii_in (s + a, b - a, preverbal_adverbs);
      if (is_possessive (s, a, b) && !(w->tags & PRECIS_POS_PRONOUN)) /* "Cambodia's", not "it's" */
        w->tags = PRECIS_POS_NOUN;
      /* "Doctor Who shoes", "The Who played": a relative word with a capital inside the sentence,
       * right after a name's word and not in capitals itself, is part of the name; a relative
       * clause opens on a small "who" */
      if ((w->tags & PRECIS_POS_WH) && w->capital && k > 0 && out[k - 1].capital && !out[k - 1].comma
          && !out[k - 1].dash && b > a + 1 && g_ascii_islower (s[a + 1]) && out[k - 1].to == out[k - 1].end)
        w->tags = PRECIS_POS_NOUN;
      /* "newly appointed governor": a participle after "newly" only modifies a noun */
      if ((w->tags & PRECIS_POS_PAST) && k > 0 && out[k - 1].end - out[k - 1].start == 5
          && g_ascii_strncasecmp (s + out[k - 1].start, "newly", 5) == 0)
        w->tags = PRECIS_POS_ADJ;
    }
}

/* Whether the plural or pronoun subject of a base form at @i comes before it past what a plain
 * "Workers strike" does not have: an adverb between them ("Young adults still live"), or a place
 * name after a sentence's first word ("Voters in Ireland go"). */
static gboolean
plural_subject_before (const Word *w, guint i)
{
  if (i < 2 || w[i - 1].comma)
    return FALSE;
  guint j = i - 1;
  if (w[j].preverb)
    j--;
  else
    {
      /* a name of up to three words after the first word's preposition */
      guint names = 0;
      while (j > 0 && w[j].capital && !(w[j].tags & closed_tags) && names < 3)
        j--, names++;
      if (names == 0 || j == 0 || !(w[j].tags & PRECIS_POS_PREP) || j != 1)
        return FALSE;
      j--;
    }
  if (w[j].comma)
    return FALSE;
  guint t = w[j].tags;
  if (t & PRECIS_POS_PRONOUN)
    return TRUE;
  return (t & PRECIS_POS_NOUN) && !(t & closed_tags) && w[j].plural && (!w[j].capital || j == 0);
}

/* Whether English word @i may be the sentence's finite verb. */
static gboolean
may_be_finite (const Word *w, guint n, guint i)
{
  guint t = w[i].tags;
  if (t & (PRECIS_POS_AUX | PRECIS_POS_MODAL))
    return TRUE;
  if (i == 0 || (t & closed_tags))
    return FALSE;
  guint prev = w[i - 1].tags;
  if ((prev & (PRECIS_POS_DET | PRECIS_POS_POSS | PRECIS_POS_PREP | PRECIS_POS_TO))
      && !(prev & PRECIS_POS_OBJECT) && !w[i - 1].comma)
    return FALSE;
  /* "after being accused", "having secured": a participle after "being" or "having"; not
   * after "be" ("may be taken", "wants that X be locked up": the verb group's) */
  if ((prev & WORD_GERUND) && !w[i - 1].comma)
    return FALSE;
  /* A capital inside the sentence is a name, unless the whole sentence is in capitals; so is one
   * before another capital ("in the old United Progressive Alliance government") */
  if (w[i].capital && i > 1 && (w[i - 1].capital || (i + 1 < n && w[i + 1].capital && !w[i].comma)))
    return FALSE;
  if (t & WORD_PARTICIPLE)
    return FALSE;
  if (t & (PRECIS_POS_PAST | PRECIS_POS_THIRD))
    return TRUE;
  if ((t & PRECIS_POS_VERB) && plural_subject_before (w, i))
    return TRUE;
  /* A base form after a pronoun or a plural ("They say", "Workers strike"). */
  if (!(t & PRECIS_POS_VERB) || (prev & PRECIS_POS_ADJ))
    return FALSE;
  if (prev & PRECIS_POS_PRONOUN)
    return TRUE;
  return !w[i - 1].comma && (!w[i - 1].capital || i == 1) && (prev & PRECIS_POS_NOUN) && w[i - 1].plural;
}

/* The last word of the verb group that starts at @v: auxiliaries, negation, participles,
 * adverbs and "to" + a verb ("has agreed to join"). */
static guint
verb_group_end (const Word *w, guint n, guint v)
{
  guint e = v;
  while (e + 1 < n && !w[e].comma)
    {
      guint t = w[e + 1].tags;
      if (t & (PRECIS_POS_NONFINITE | PRECIS_POS_PAST | PRECIS_POS_ING | PRECIS_POS_AUX))
        e++;
      else if (t == PRECIS_POS_ADV)
        e++;
      else if ((w[e].tags & (PRECIS_POS_MODAL | PRECIS_POS_AUX | PRECIS_POS_TO)) && (t & PRECIS_POS_VERB))
        e++;
      else if ((t & PRECIS_POS_TO) && e + 2 < n && (w[e + 2].tags & PRECIS_POS_VERB))
        e++;
      else
        break;
    }
  return e;
}

/* Whether the letters of word @w of @s are @word (lower case; any case in @s). */
static inline gboolean
word_is (const gchar *s, const Word *w, const gchar *word)
{
  gsize len = w->to - w->from;
  return len > 0 && precis_ascii_lower (s[w->from]) == word[0] && strlen (word) == len
         && precis_ascii_same (s + w->from, word, len);
}

/* Whether the letters of word @w of @s are one of the words of @list. */
static gboolean
word_in (const gchar *s, const Word *w, const gchar *const *list)
{
  return ascii_in (s + w->from, w->to - w->from, list);
}

/* Whether the letters of word @w of @s end with one of the words of @list ("dishonest" with
 * "honest"), compared without case. */
static gboolean
ends_with_any (const gchar *s, const Word *w, const gchar *const *list)
{
  gsize len = w->to - w->from;
  for (guint i = 0; list[i] != NULL; i++)
    {
      gsize n = strlen (list[i]);
      if (n <= len && g_ascii_strncasecmp (s + w->to - n, list[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The first of @chars in the @len bytes at @p, or NULL. */
static const gchar *
strpbrk_len (const gchar *p, gsize len, const gchar *chars)
{
  for (gsize i = 0; i < len; i++)
    if (strchr (chars, p[i]) != NULL && p[i] != '\0')
      return p + i;
  return NULL;
}

static const gchar *const cardinals[]
    = { "two",    "three",  "four",   "five",    "six",      "seven", "eight",   "nine", "ten",
        "eleven", "twelve", "twenty", "hundred", "thousand", "dozen", "million", NULL };
static const gchar *const demonstratives[] = { "this", "that", "these", "those", NULL };

static gboolean verb_in (const gchar *s, const Word *w, const gchar *const *stems);

/* Whether word @k may end a headline. */
static gboolean
may_end (const gchar *s, const Word *w, guint n, guint k, gboolean english)
{
  if (english)
    {
      guint t = w[k].tags;
      if (w[k].owner && !w[k].comma)
        return FALSE;
      /* "told him", "dragged it"; not "her" before its noun, nor "it" as a subject */
      if (t & PRECIS_POS_OBJECT)
        {
          guint prev = k > 0 ? w[k - 1].tags : 0;
          gboolean after_verb
              = (prev
                 & (PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING | PRECIS_POS_PREP))
                != 0;
          /* "making it [by some counts] the worst Christmas", "called it [in a statement] a
           * disgrace": "it" after a verb that takes an object's complement waits for it (not
           * "made it", "could make it", which may mean "succeeded") */
          static const gchar *const complemented[] = { "making", "call", "deem", "render", NULL };
          if (after_verb && k + 1 < n && !w[k].comma && word_is (s, &w[k], "it")
              && verb_in (s, &w[k - 1], complemented))
            return FALSE;
          return after_verb && !((t & PRECIS_POS_POSS) && k + 1 < n && !w[k].comma);
        }
      if (t & closed_tags)
        return FALSE;
      /* "..., especially", "not only": a focusing word waits for what it focuses on */
      static const gchar *const focus[]
          = { "especially", "particularly", "notably", "mainly", "mostly", "largely", "chiefly", "including",
              "even",       "only",         "just",    "also",   "not",    "nearly",  "almost",  NULL };
      if ((t & (PRECIS_POS_ADV | PRECIS_POS_ING)) && word_in (s, &w[k], focus))
        return FALSE;
      /* "in a poll, jointly run", "a successor, most likely": one or two words after a comma that
       * open on an adverb are the start of an aside or a participle's phrase, cut before its end */
      for (guint j = k; j + 1 >= k && j > 0; j--)
        if (w[j - 1].comma)
          {
            if ((w[j].tags & PRECIS_POS_ADV) && !(w[j].tags & (PRECIS_POS_NOUN | PRECIS_POS_DET))
                && !w[k].capital)
              return FALSE;
            /* ", this time [in Delhi]": a demonstrative's phrase after the last comma is an adjunct
             * cut before what it points at */
            if (j + 1 == k && word_in (s, &w[j], demonstratives))
              return FALSE;
            break;
          }
      /* "a rare", "an extraordinary", "mix of naive", "discovered rare, mostly intact ...": an
       * adjective after a determiner or a preposition, or before the comma of a list of adjectives, waits for
       * its noun */
      const guint adjective_only = PRECIS_POS_ADJ | PRECIS_POS_NOUN | PRECIS_POS_VERB | PRECIS_POS_PAST
                                   | PRECIS_POS_ING | PRECIS_POS_ADV;
      const guint before_list
          = PRECIS_POS_AUX | PRECIS_POS_NONFINITE | PRECIS_POS_ADV | PRECIS_POS_CONJ | PRECIS_POS_PREP;
      if ((t & adjective_only) == PRECIS_POS_ADJ && k > 0
          && (((w[k - 1].tags & (PRECIS_POS_DET | PRECIS_POS_POSS | PRECIS_POS_PREP))
               && !(w[k - 1].tags & PRECIS_POS_OBJECT))
              || (w[k].comma && !(w[k - 1].tags & before_list))))
        return FALSE;
      /* "Microsoft's latest out-of-cycle, critical patch": a compound with hyphens after an
       * adjective, a determiner or a possessive, before the comma of a list of adjectives (the next
       * word an adjective only), waits for its noun too (the lexicon has no such compound) */
      if (w[k].comma && k > 0 && k + 1 < n && !w[k].capital && !w[k + 1].capital
          && (w[k + 1].tags & adjective_only) == PRECIS_POS_ADJ
          && (w[k - 1].tags & (PRECIS_POS_ADJ | PRECIS_POS_DET | PRECIS_POS_POSS))
          && memchr (s + w[k].start + 1, '-', w[k].end - w[k].start - 1) != NULL)
        return FALSE;
      /* "his 20th", "the 3rd": an ordinal after a determiner waits for its noun */
      gsize len = w[k].end - w[k].start;
      if (k > 0 && (w[k - 1].tags & (PRECIS_POS_DET | PRECIS_POS_POSS)) && g_ascii_isdigit (s[w[k].start])
          && len > 2 && strchr ("snrt", g_ascii_tolower (s[w[k].end - 2])) != NULL
          && strchr ("tdh", g_ascii_tolower (s[w[k].end - 1])) != NULL)
        return FALSE;
      /* "after their four [and a half months old son ...]", "his 20": a number after a possessive
       * waits for its noun */
      if (k > 0 && (w[k - 1].tags & PRECIS_POS_POSS) && !(w[k - 1].tags & PRECIS_POS_OBJECT)
          && (word_in (s, &w[k], cardinals)
              || (g_ascii_isdigit (s[w[k].start]) && g_ascii_isdigit (s[w[k].end - 1]))))
        return FALSE;
      /* "rose by 2.4%, down [from 2.9%]": a comparison after a comma goes whole or stays whole */
      if (k > 0 && w[k - 1].comma && !w[k].comma && (word_is (s, &w[k], "down") || word_is (s, &w[k], "up")))
        return FALSE;
      /* "what makes him a bowler is the fact [that he ...]": the fact waits for what it is */
      if (k + 1 < n && word_is (s, &w[k], "fact") && word_is (s, &w[k + 1], "that"))
        return FALSE;
      /* "created a stir much [before its date]", "resigned shortly [after the vote]": a degree
       * word waits for the "before" or "after" it measures */
      static const gchar *const measures[]
          = { "much", "shortly", "soon", "long", "right", "immediately", "well", NULL };
      gsize next_len = k + 1 < n ? w[k + 1].to - w[k + 1].from : 0; /* (the cheap test first) */
      if ((t & PRECIS_POS_ADV) && (next_len == 5 || next_len == 6) && !w[k].comma
          && (word_is (s, &w[k + 1], "before") || word_is (s, &w[k + 1], "after"))
          && word_in (s, &w[k], measures))
        return FALSE;
      /* "in connection", "on behalf": a compound preposition without its object */
      static const gchar *const compound[]
          = { "connection", "response", "addition",   "relation", "favour", "favor",  "front", "spite",
              "behalf",     "terms",    "accordance", "lieu",     "charge", "search", NULL };
      if (k > 0 && (w[k - 1].tags & PRECIS_POS_PREP) && word_in (s, &w[k], compound))
        return FALSE;
      /* "to join" without its object; not "to £120,000", an amount */
      return !(k > 0 && (w[k - 1].tags & (PRECIS_POS_TO | PRECIS_POS_MODAL))
               && strpbrk_len (s + w[k].start, w[k].end - w[k].start, "0123456789") == NULL);
    }
  return !w[k].stop;
}

/* Prepositions whose phrase is an adjunct that can go ("in London", "on Monday"); "of", "to",
 * "than" and "per" bind to what comes before. */
static gboolean
adjunct_preposition (const Word *w, const gchar *s)
{
  if (!(w->tags & PRECIS_POS_PREP))
    return FALSE;
  /* nor "between" (a relation: "correlation between X and Y"), nor a degree ("at least five points
   * clear") */
  static const gchar *const bound[]
      = { "of ",       "than ",    "per ",     "like ",     "about ", "between ",
          "at least ", "at most ", "at best ", "at worst ", NULL };
  if (prefix_in (s + w->start, bound))
    return FALSE;
  /* "as part of" goes, "as much as" stays */
  static const gchar *const as_degree[]
      = { "as much ",   "as many ", "as well ", "as long ", "as far ", "as soon ",
          "as little ", "as few ",  "as high ", "as low ",  NULL };
  return !prefix_in (s + w->start, as_degree);
}

/* Whether the letters of word @w of @s are a form of the verb whose stem is @stem: the stem, then
 * nothing or an inflection, after a doubled final consonant too ("bar" -> "barred", "describ" ->
 * "described", "identif" -> "identified"; not "bar" -> "bargain", "den" -> "dental"). */
static gboolean
verb_form_of (const gchar *s, const Word *w, const gchar *stem)
{
  static const gchar *const endings[]
      = { "", "s", "d", "e", "y", "n", "es", "ed", "ing", "ied", "ies", "ying", NULL };
  /* a first letter that differs, the most common case, without the calls */
  if (stem[0] != '\0'
      && (w->to == w->from || precis_ascii_lower (s[w->from]) != precis_ascii_lower (stem[0])))
    return FALSE;
  gsize n = strlen (stem), len = w->to - w->from;
  if (len < n || !precis_ascii_same (s + w->from, stem, n))
    return FALSE;
  const gchar *rest = s + w->from + n;
  gsize rest_len = len - n;
  if (rest_len > 2 && g_ascii_tolower (rest[0]) == g_ascii_tolower (stem[n - 1]))
    rest++, rest_len--; /* "barred", "splitting" */
  return ascii_in (rest, rest_len, endings);
}

/* Whether word @w of @s is a form of one of the verbs whose stems (lower case) are @stems: as
 * verb_form_of, each stem's first letter compared first, without a call (most differ there). */
static gboolean
verb_in (const gchar *s, const Word *w, const gchar *const *stems)
{
  if (w->to == w->from)
    return FALSE;
  gchar first = precis_ascii_lower (s[w->from]);
  for (guint i = 0; stems[i] != NULL; i++)
    if (stems[i][0] == first && verb_form_of (s, w, stems[i]))
      return TRUE;
  return FALSE;
}

/* Plurals without -s: a head noun that an -ing word may follow as a participle ("Children
 * living in ..."; drop_subject_modifier), or the object of a verb that takes a second
 * complement (complement_preposition). */
static const gchar *const irregular_plurals[] = { "people", "children", "men", "women", NULL };

/* Verbs whose object needs a second part introduced by a preposition: "termed the results a
 * setback" / "described X as Y", "credited X with Y", "prevented X from Y", "turned X into Y".
 * Each entry: the preposition, then the stems of the verbs (verb_form_of). */
static const gchar *const complement_verbs[][32] = {
  /* (the first HEADLINE_COMPLEMENT_DIRECT_ROWS rows: only with the object straight between the verb
   * and the preposition, no other preposition nor a clause's word there: "disguised itself [as a
   * card]", "turned the spotlight [on X]", "blamed the crash [on X]", but not "turned to the
   * courts on ...", "stopped at a red light as ...") */
  /* "disguised itself as", "cast X as the villain", "sees X as a threat", "depicted X as" (not "picked X
   * as captain", "confirmed X as": whole with the object alone) */
  { "as", "disguis", "cast", "see", "saw", "paint", "depict", "classif", NULL },
  /* "stopped X from", "diverted attention from", "distanced himself from", "kept X from" */
  { "from", "stop", "divert", "distract", "keep", "kept", "discourag", "dissuad", "distanc", "hid", "separat",
    NULL },
  /* "turned the spotlight on", "blamed the crash on", "congratulated X on", "imposed a ban on", "pulled
   * a gun on", "spent $5m on", "waged war on", "heaped praise on", "based X on" */
  { "on",   "turn",   "blam", "congratulat", "felicitat", "lavish", "impos", "pull", "spend", "spent", "wag",
    "heap", "shower", "pour", "bestow",      "confer",    "bas",    "model", "pin",  "slap",  NULL },
  /* "aimed a jibe at", "hurled abuse at" */
  { "at", "aim", "hurl", "direct", NULL },
  /* "called X into question", "lured X into", "injected $5bn into", "pumped money into" */
  { "into", "call", "lur", "draw", "drew", "inject", "pump", NULL },
  /* "shared the prize with", "confused X with", "paired X with", "filled X with" */
  { "with", "shar", "confus", "associat", "pair", "fill", NULL },
  /* "mistook X for" */
  { "for", "mistak", "mistook", NULL },
  /* "pitted X against", "turned X against" */
  { "against", "pit", "turn", NULL },
  /* "invested $5m in", "implicated X in", "embroiled X in" */
  { "in", "invest", "implicat", "embroil", "instil", NULL },
  { "as", "term", "report", "quot", "describ", "regard", "view", "consider", "dub", "brand", "label", "hail",
    "treat", "portray", "identif", "recognis", "recogniz", "dismiss", "denounc", "slam", "decri", "join",
    "appoint", "named", "elect",
    /* "fixed September 7 as the next date", "chose X as its venue" */
    "fix", "chose", "choos", "select", "nominat", NULL },
  { "with", "credit", "charg", "provid", "present", "suppl", "equip", "task", "compar", "replac", "met",
    "meet", "combin", /* "combine an event [with ...]" */ NULL },
  { "from", "prevent", "bar", "ban", "exclud", "exempt", "protect", "shield", "disqualif", "deter", "block",
    NULL },
  { "into", "turn", "convert", "transform", "split", "divid", "forc", "pressur", "tricked", "put", "send",
    "sent", "push", "plung", "throw", "threw", "drag", NULL },
  { "of", "accus", "convict", "suspect", "acquit", "clear", "warn", "inform", "remind", "rob", "strip",
    "depriv", NULL },
  { "on", "put", "plac", "throw", "threw", "shed", "cast", /* "shed light on", "cast doubt on" */ NULL },
  { "onto", "put", "plac", "throw", "threw", "shed", "cast", "push", "drag", NULL },
  /* "put the game beyond their reach", "put the issue beyond doubt" */
  { "beyond", "put", "plac", "push", NULL },
  /* "set the house on fire", "set their sights on" (HEADLINE_COMPLEMENT_SET: only so; "set" is also
   * a noun, "a new set of rules on") */
  { "on", "set", NULL },
  /* "took their children for a walk", "taken dozens of officers on a chase" (HEADLINE_COMPLEMENT_TAKE:
   * only right after a plural or a pronoun, the verb's object) */
  { "for", "take", "took", "taking", NULL },
  { "on", "take", "took", "taking", NULL },
  /* "took most viewers by surprise", "took the world by storm" (HEADLINE_COMPLEMENT_BY: only so) */
  { "by", "take", "took", "taking", "catch", "caught", NULL },
  { "in", "keep", "kept", "lock", "confin", NULL },
};
/* complement_verbs' first rows, whose verbs take their preposition only right after their object */
#define HEADLINE_COMPLEMENT_DIRECT_ROWS 9
/* (a row is a bit of complement_preposition()'s mask) */
G_STATIC_ASSERT (G_N_ELEMENTS (complement_verbs) <= 32);
/* complement_verbs' row of "in": its verbs take it right after their object ("kept him in
 * custody", "keep some types of cancer in remission"), not after another preposition ("kept rates
 * unchanged for the sixth month running in a decision ...", "kept rates on hold at a record low
 * in ..."); "of" and "than" may be inside the object */
#define HEADLINE_COMPLEMENT_IN (G_N_ELEMENTS (complement_verbs) - 1)
/* complement_verbs' row of "by": its verbs take it only before "surprise" or "storm" (else it is
 * a passive's agent: "taken in custody by the police") */
#define HEADLINE_COMPLEMENT_BY (G_N_ELEMENTS (complement_verbs) - 2)
/* complement_verbs' rows of "take": its object, a plural or a person, right before the preposition
 * ("took their young children for", "take them on"), with no preposition after the verb before it;
 * not "took place on", "took office on" */
#define HEADLINE_COMPLEMENT_SET (G_N_ELEMENTS (complement_verbs) - 5)
#define HEADLINE_COMPLEMENT_TAKE_FOR (G_N_ELEMENTS (complement_verbs) - 4)
#define HEADLINE_COMPLEMENT_TAKE_ON (G_N_ELEMENTS (complement_verbs) - 3)
/* How far back (in words) the verb of a complement preposition may be; that of "on hold" further,
 * past an object with its infinitive ("put its plan to build a second runway at the airport on hold"). */
#define HEADLINE_COMPLEMENT_REACH 7
#define HEADLINE_HOLD_REACH 14

/* Whether a verb just before word @k still waits for its preposition, at @k or a few words on
 * ("credited the driver with", "accused the ruling party in the state of"): then a cut at @k
 * would leave the verb without its complement. @n: the number of words. */
static gboolean
complement_preposition (const Word *w, guint n, guint k, const gchar *s)
{
  static const gchar *const by_idioms[] = { "surprise", "storm", NULL };
  /* the prepositions ahead first, in one pass: which rows may apply */
  static const gchar *const persons[] = { "them", "him", "her", "us", "me", NULL };
  guint ahead = 0, take = 0, reach = HEADLINE_COMPLEMENT_REACH;
  guint at[G_N_ELEMENTS (complement_verbs)] = { 0 }; /* where each row's preposition is first */
  /* the rows by their preposition's first letter (set once): only those are looked at */
  static guint32 rows_by_letter[26];
  static gsize rows_once;
  if (g_once_init_enter (&rows_once))
    {
      for (guint e = 0; e < G_N_ELEMENTS (complement_verbs); e++)
        rows_by_letter[complement_verbs[e][0][0] - 'a'] |= 1u << e;
      g_once_init_leave (&rows_once, 1);
    }
  for (guint j = k; j < n && j <= k + HEADLINE_COMPLEMENT_REACH; j++)
    {
      gchar first = precis_ascii_lower (s[w[j].from]);
      guint32 rows
          = (w[j].tags & PRECIS_POS_PREP) && first >= 'a' && first <= 'z' ? rows_by_letter[first - 'a'] : 0;
      for (guint e = 0; rows != 0; e++, rows >>= 1)
        if (rows & 1u)
          if (word_is (s, &w[j], complement_verbs[e][0])
              && (e != HEADLINE_COMPLEMENT_BY || (j + 1 < n && word_in (s, &w[j + 1], by_idioms)))
              && (e != HEADLINE_COMPLEMENT_SET || (j + 1 < n && word_is (s, &w[j + 1], "fire"))
                  || (j > 0 && word_is (s, &w[j - 1], "sights")))
              && ((e != HEADLINE_COMPLEMENT_TAKE_FOR && e != HEADLINE_COMPLEMENT_TAKE_ON)
                  || (j > 0 && !w[j - 1].comma
                      && (w[j - 1].plural || word_in (s, &w[j - 1], persons)
                          || word_in (s, &w[j - 1], irregular_plurals))
                      && !(ahead
                           & ((1u << HEADLINE_COMPLEMENT_TAKE_FOR) | (1u << HEADLINE_COMPLEMENT_TAKE_ON))))))
            {
              if (!(ahead & (1u << e)))
                at[e] = j;
              /* "put its plan to build a runway at the airport [on hold]": the idiom's verb further back */
              if (j + 1 < n && word_is (s, &w[j], "on") && word_is (s, &w[j + 1], "hold"))
                reach = HEADLINE_HOLD_REACH;
              if (e == HEADLINE_COMPLEMENT_TAKE_FOR || e == HEADLINE_COMPLEMENT_TAKE_ON)
                take = j;
              ahead |= 1u << e;
            }
      if (w[j].comma)
        break;
    }
  if (ahead == 0)
    return FALSE;
  /* each word that may be a verb once, then the rows whose preposition is ahead */
  for (guint i = k > reach ? k - reach : 0; i < k; i++)
    {
      if (!(w[i].tags & (PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING)))
        continue;
      /* a noun after a determiner or a preposition ("a turn", "the list", "levels of") is no
       * verb of the first rows */
      guint first_row = i > 0 && (w[i - 1].tags & (PRECIS_POS_DET | PRECIS_POS_POSS | PRECIS_POS_PREP))
                            ? HEADLINE_COMPLEMENT_DIRECT_ROWS
                            : 0;
      guint32 rows = ahead >> first_row;
      for (guint e = first_row; rows != 0; e++, rows >>= 1)
        if ((rows & 1u) && verb_in (s, &w[i], &complement_verbs[e][1]))
          {
            /* "in" and the first rows: right after the object (none: "was kept in custody"); the
             * first rows' object is a noun phrase, no clause's word in it */
            gboolean direct = TRUE;
            for (guint m = i + 1;
                 direct && (e == HEADLINE_COMPLEMENT_IN || e < HEADLINE_COMPLEMENT_DIRECT_ROWS) && m < at[e];
                 m++)
              direct
                  = (!(w[m].tags & PRECIS_POS_PREP) || word_is (s, &w[m], "of") || word_is (s, &w[m], "than"))
                    && !w[m].comma
                    && (e >= HEADLINE_COMPLEMENT_DIRECT_ROWS
                        || !(w[m].tags
                             & (PRECIS_POS_CONJ | PRECIS_POS_WH | PRECIS_POS_SUBORD | PRECIS_POS_TO)));
            /* "take": an object between them, no preposition ("took part in talks for") */
            if (e == HEADLINE_COMPLEMENT_TAKE_FOR || e == HEADLINE_COMPLEMENT_TAKE_ON)
              {
                direct = i + 1 < take;
                for (guint m = i + 1; direct && m < take; m++)
                  direct = !(w[m].tags & PRECIS_POS_PREP) && !w[m].comma;
              }
            if (direct)
              return TRUE;
          }
    }
  return FALSE;
}

/* Verbs of asking or making whose object takes an infinitive: "asked X to", "urged X to", "called
 * on X to". */
static const gchar *const asking_verbs[]
    = { "ask",    "urg",    "told",   "tell",     "forc",  "allow",  "encourag", "order", "invit", "persuad",
        "requir", "compel", "direct", "instruct", "advis", "permit", "request",  "call",  NULL };

/* Whether the main verb group ending at @vend is a verb of asking or making and the infinitive it
 * asks for comes a few words after word @k, in the same clause ("asked all those opposing the
 * felling of trees [for the metro] to be pragmatic"): a cut at @k would leave the verb without
 * what it asks. */
static gboolean
infinitive_complement (const Word *w, guint n, guint k, guint vend, const gchar *s)
{
  if (!(w[vend].tags & (PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD)))
    return FALSE;
  /* the infinitive first: it is rare, the verb's stem test is not cheap */
  gboolean ahead = FALSE;
  for (guint j = vend + 1; j + 1 < n && j <= k + HEADLINE_COMPLEMENT_REACH && !ahead; j++)
    {
      ahead = j >= k && (w[j].tags & PRECIS_POS_TO)
              && (w[j + 1].tags & (PRECIS_POS_VERB | PRECIS_POS_NONFINITE));
      /* the word at @k is the preposition ("for" may also open a clause) */
      if (!ahead
          && (w[j].comma || w[j].dash
              || (j != k
                  && (w[j].tags & (PRECIS_POS_WH | PRECIS_POS_SUBORD | PRECIS_POS_CONJ | PRECIS_POS_TO)))))
        return FALSE;
    }
  return ahead && verb_in (s, &w[vend], asking_verbs);
}

/* Classes that make a word that may be finite surely a verb (an -s or base form may be a noun). */
#define SURE_FINITE (PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_PAST)

/* Whether a finite verb may follow word @k within HEADLINE_CLAUSE_LOOKAHEAD words, before
 * another clause boundary. */
static gboolean
clause_follows (const Word *w, guint n, guint k)
{
  for (guint i = k + 1; i < n && i <= k + HEADLINE_CLAUSE_LOOKAHEAD; i++)
    {
      /* not a base form: "and futures commission" is no clause */
      if (may_be_finite (w, n, i) && (w[i].tags & (SURE_FINITE | PRECIS_POS_THIRD)))
        return TRUE;
      /* two nouns of one subject: "after filmmaker and economist X refused" */
      if ((w[i].tags & PRECIS_POS_CONJ) && i > k + 1 && i + 1 < n && !w[i - 1].comma
          && (w[i - 1].tags & PRECIS_POS_NOUN)
          && !(w[i - 1].tags & (closed_tags | SURE_FINITE | PRECIS_POS_THIRD))
          && (w[i + 1].tags & PRECIS_POS_NOUN)
          && !(w[i + 1].tags & (closed_tags | SURE_FINITE | PRECIS_POS_THIRD)))
        continue;
      if (w[i].comma || (w[i].tags & (PRECIS_POS_SUBORD | PRECIS_POS_CONJ | PRECIS_POS_WH | PRECIS_POS_TO)))
        return FALSE; /* "as much as", "and Y to challenge" */
    }
  return FALSE;
}

/* At most this many words of a time phrase before a subordinator ("Just two days after"), after
 * an optional "more than" or "less than" */
#define HEADLINE_TIME_LEAD_WORDS 3

/* Words of a time phrase before a subordinator: "A day after", "Two years after", "Hours before",
 * "Just a week after", "Only days before": numbers (in figures, or "two" to "hundred"), units of
 * time, and the words that count or limit them ("a", "few", "several", "just", "even", "only", "much",
 * "nearly", "within", ...). None of them is a subject: with a subordinator next they open a
 * clause. */
static gboolean
is_time_lead (const gchar *s, const Word *w)
{
  static const gchar *const lead[]
      = { "a",     "an",     "day",    "days",    "week",    "weeks",   "month",   "months",  "year",
          "years", "hour",   "hours",  "minute",  "minutes", "moments", "shortly", "soon",    "just",
          "even",  "only",   "few",    "several", "two",     "three",   "four",    "five",    "six",
          "seven", "eight",  "nine",   "ten",     "twenty",  "thirty",  "fifty",   "hundred", "decades",
          "long",  "nearly", "almost", "barely",  "within",  "much",    NULL };
  if (g_ascii_isdigit (s[w->start]))
    return TRUE;
  return word_in (s, w, lead);
}

/* Whether @s opens on a subordinate clause ("While ...", "If you ...", "Two years after the
 * crash killed ...", "Day after X accused Y", "In what police called ..."): a subordinator, after
 * at most HEADLINE_TIME_LEAD_WORDS words of a time phrase (is_time_lead; "more than" may come
 * first); a preposition ("after", "as") only with a verb of its own before the first comma
 * ("After years of talks" is a phrase, not a clause). */
static gboolean
leading_subordinate (const gchar *s, const Word *w, guint n)
{
  /* "In what police called a revenge attack, ...", "In what can be called ...,": a preposition
   * before a free relative opens an adjunct clause when the relative has one verb group and ends
   * at a comma; "In what ways the reforms will change schools remains unclear" has two (its
   * what-clause is the subject), "In what way the money was spent is not clear" no comma. */
  if (n > 2 && (w[0].tags & PRECIS_POS_PREP) && word_is (s, &w[1], "what"))
    {
      guint groups = 0;
      for (guint i = 2; i < n; i++)
        {
          if (may_be_finite (w, n, i) && (w[i].tags & (SURE_FINITE | PRECIS_POS_THIRD)))
            {
              groups++;
              i = verb_group_end (w, n, i);
            }
          if (w[i].comma)
            return groups == 1;
        }
      return FALSE;
    }
  guint k = 0;
  /* "more than" / "less than" before a time phrase: "More than three months after ..." */
  if (n > 2 && (word_is (s, &w[0], "more") || word_is (s, &w[0], "less")) && word_is (s, &w[1], "than"))
    k = 2;
  for (guint first = k; k < n && k < first + HEADLINE_TIME_LEAD_WORDS && is_time_lead (s, &w[k]);)
    k++;
  if (k >= n || !(w[k].tags & PRECIS_POS_SUBORD))
    return FALSE;
  if (k > 0 && !(w[k].tags & PRECIS_POS_PREP) && !word_is (s, &w[k], "when"))
    return FALSE;
  if (!(w[k].tags & PRECIS_POS_PREP))
    return TRUE;
  if (!adjunct_preposition (&w[k], s)) /* "As many as 20 people died" */
    return FALSE;
  for (guint i = k + 2; i < n && !w[i - 1].comma; i++)
    if (may_be_finite (w, n, i) && (w[i].tags & (SURE_FINITE | PRECIS_POS_THIRD)))
      return TRUE;
  return FALSE;
}

/* Whether @w is "how", "why" or "whether" (checked cheaply: this runs for every word). */
static inline gboolean
is_question_word (const gchar *s, const Word *w)
{
  gsize len = w->end - w->start;
  if (len < 3 || len > 8) /* "whether," */
    return FALSE;
  gchar c = (gchar)(s[w->start] | 0x20);
  if (c == 'h')
    return word_is (s, w, "how");
  if (c == 'w')
    return word_is (s, w, "why") || word_is (s, w, "whether");
  return FALSE;
}

/* Whether word @i opens a relative clause or an embedded question ("how", "why", "whether"):
 * "who", "which", "whose", "whom", or "that", "where" or "when" after a noun that is not also a past form
 * ("allegations that ...", "the remark that
 * ...", "the pit where ..."; not "said that"; "claims that" is taken as a verb first). */
static gboolean
opens_relative (const gchar *s, const Word *w, guint i)
{
  guint t = w[i].tags;
  /* an embedded question: "rules on how extras are sold could ..." */
  if (i > 0 && is_question_word (s, &w[i]))
    return TRUE;
  if (i == 0 || !(t & (PRECIS_POS_WH | PRECIS_POS_SUBORD)))
    return FALSE;
  if ((t & PRECIS_POS_WH) && !(t & PRECIS_POS_DET))
    return TRUE;
  if (!(t & PRECIS_POS_DET) && !word_is (s, &w[i], "where") && !word_is (s, &w[i], "when"))
    return FALSE;
  guint prev = w[i - 1].tags;
  return !w[i - 1].comma && (prev & PRECIS_POS_NOUN) && !(prev & PRECIS_POS_PAST) && !(prev & closed_tags);
}

/* How far a participle's phrase may run before the verb it stands in front of. */
#define HEADLINE_PARTICIPLE_REACH 12

/* The main verb when the past form at @i is a participle after its noun ("A national body
 * designed to tackle shortages should be set up", "Firm based in London has ..."): it is followed
 * by a preposition or "to", maybe after its particle ("money put aside by the government is
 * ..."), and an auxiliary or modal comes later in the same clause. Else @i. */
static guint
reduced_relative (const gchar *s, const Word *w, guint n, guint i)
{
  static const gchar *const particles[] = { "aside", "up", "down", "out", "off", "back", "away", NULL };
  guint p = i + 1 < n && !w[i].comma && word_in (s, &w[i + 1], particles) ? i + 1 : i;
  if (p + 1 >= n || !(w[p + 1].tags & (PRECIS_POS_PREP | PRECIS_POS_TO))
      || (w[p + 1].tags & PRECIS_POS_SUBORD))
    return i;
  for (guint j = p + 2; j < n && j <= i + HEADLINE_PARTICIPLE_REACH; j++)
    {
      /* an aside between commas ("The notes, forgotten by its owner in his taxi, could have ..."):
       * the auxiliary or modal right after its closing comma */
      if (w[j - 1].comma && w[i - 1].comma && (w[j].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL)))
        return j;
      /* "violence and chaos": an "and" between nouns stays inside the phrase */
      if ((w[j].tags & PRECIS_POS_CONJ) && !w[j - 1].comma && j + 1 < n && !w[j].dash
          && !(w[j + 1].tags
               & (PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING | PRECIS_POS_AUX
                  | PRECIS_POS_MODAL | PRECIS_POS_PRONOUN))
          && !(w[j].tags & (PRECIS_POS_WH | PRECIS_POS_SUBORD)))
        continue;
      if (w[j - 1].comma || w[j].dash || (w[j].tags & (PRECIS_POS_CONJ | PRECIS_POS_WH | PRECIS_POS_SUBORD)))
        return i;
      if ((w[j].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL)) && may_be_finite (w, n, j))
        return j;
      /* "attendant suspended over images says ...": a verb + -s after a noun; not after a particle
       * ("fire broke out at the election commission headquarters"): a plural may read as one */
      if ((w[j].tags & PRECIS_POS_THIRD) && may_be_finite (w, n, j) && !(w[j - 1].tags & PRECIS_POS_ADJ)
          && p == i)
        return j;
      /* "The mother of a girl killed by a stray bullet ... said she heard ...": a past verb of
       * saying after a noun's participle phrase; not after a pronoun's verb ("He returned to the
       * club he said ...") */
      if ((w[j].tags & PRECIS_POS_PAST) && p == i && (w[i - 1].tags & PRECIS_POS_NOUN)
          && !(w[i - 1].tags & PRECIS_POS_PRONOUN) && word_in (s, &w[j], saying_words)
          && may_be_finite (w, n, j))
        return j;
    }
  return i;
}

/* The first word after the comma that ends a leading subordinate clause: the first comma after
 * the clause's verb ("When Emma Jackson, 28, moved into ..., she thought": not the comma of the
 * appositive), else after the first comma; n when there is none. */
static guint
subordinate_end (const Word *w, guint n)
{
  gboolean verb = FALSE;
  guint first = n;
  for (guint c = 1; c < n; c++)
    {
      verb |= may_be_finite (w, n, c - 1) && (w[c - 1].tags & (SURE_FINITE | PRECIS_POS_THIRD));
      if (!w[c - 1].comma)
        continue;
      if (verb)
        return c;
      if (first == n)
        first = c;
    }
  return first;
}

/* Whether the verb + -s or base form at @i reads as a verb rather than a plural: after a noun or
 * pronoun that is not an adjective's, and before what a verb takes ("to", a determiner, a
 * possessive, an object pronoun): "treatment promises to", "countries hope to"; not "lighter
 * sentences if", "flat panel screens -". */
static gboolean
weak_is_verb (const Word *w, guint n, guint i)
{
  if (i == 0 || i + 1 >= n || w[i].comma || (w[i - 1].tags & PRECIS_POS_ADJ) || w[i + 1].dash)
    return FALSE;
  return (w[i + 1].tags & (PRECIS_POS_TO | PRECIS_POS_DET | PRECIS_POS_POSS | PRECIS_POS_OBJECT)) != 0;
}

/* Degree adverbs that make a past form after them an adjective before its noun. */
static const gchar *const degree_words[] = { "most", "very", "least", NULL };

/* Whether the past form at @i is a compound adjective's second word after a preposition ("leaders
 * of the hearing impaired athletes", "as top ranked political leaders"): a preposition, a
 * lower-case bare word that is no plural, the past form, then a noun or adjective, with a surer
 * main verb later: an auxiliary or modal that is no relative clause's, or a past form right after
 * an aside opened by an -ing word at the next comma ("athletes, returning home after ..., refused"). */
static gboolean
compound_adjective (const Word *w, guint n, guint i)
{
  if (i < 2 || i + 2 >= n || w[i].comma || w[i - 1].comma || w[i - 1].capital || w[i - 1].plural
      || (w[i].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL)) || !(w[i - 2].tags & PRECIS_POS_PREP)
      || (w[i - 1].tags & closed_tags) || !(w[i + 1].tags & (PRECIS_POS_NOUN | PRECIS_POS_ADJ))
      || (w[i + 1].tags & closed_tags) || w[i + 1].capital)
    return FALSE;
  gboolean aside = FALSE;
  for (guint j = i + 2; j < n; j++)
    {
      if (w[j - 1].comma && !aside)
        {
          if (!(w[j].tags & PRECIS_POS_ING) || (w[j].tags & closed_tags))
            return FALSE;
          aside = TRUE;
          continue;
        }
      if ((w[j].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL)) && !(w[j - 1].tags & PRECIS_POS_WH)
          && may_be_finite (w, n, j))
        return TRUE;
      if (aside && (w[j - 1].comma || w[j].dash) && (w[j].tags & PRECIS_POS_PAST)
          && !(w[j].tags & closed_tags) && may_be_finite (w, n, j))
        return TRUE;
    }
  return FALSE;
}

/* Whether word @i is an adverb in -ly that opens a noun phrase: the sentence's first word, or
 * after a determiner or possessive ("an allegedly intoxicated driver", "his badly injured leg"),
 * not after a subject ("Police quickly arrested"). */
static gboolean
phrase_adverb (const gchar *s, const Word *w, guint i)
{
  if (w[i].comma || !(w[i].tags & PRECIS_POS_ADV) || w[i].to - w[i].from < 4 || s[w[i].to - 1] != 'y'
      || s[w[i].to - 2] != 'l')
    return FALSE;
  return i == 0 || ((w[i - 1].tags & (PRECIS_POS_DET | PRECIS_POS_POSS)) && !w[i - 1].comma);
}

/* The sentence's finite verb, or -1: the first word that may be one outside a leading
 * subordinate clause and outside relative clauses ("The girl who was treated ... died": "died"),
 * an auxiliary, a modal or a past form if there is one (a verb + -s or a base form may as well
 * be a plural or singular noun: "Shares in UK drinks firm have risen"). -1 when the only verbs
 * are those of a subordinate or relative clause: the sentence has no main clause to keep. */
static gboolean saying_verb (const gchar *s, const Word *w);

static gint
find_verb (const gchar *s, const Word *w, guint n)
{
  gint weak = -1, deferred = -1;
  guint i = 1;
  gboolean relative = FALSE, after_relative = FALSE, embedded = FALSE;
  if (leading_subordinate (s, w, n))
    {
      guint c = subordinate_end (w, n);
      if (c >= n)
        return -1; /* no comma: where the subordinate clause ends is not known */
      i = c + 1;   /* the main clause after the comma; its subject comes first */
    }
  for (; i < n; i++)
    {
      /* A verb + -s or a base form already seen is the main verb when a later clause starts: a
       * dash, a subordinator ("promises to tighten skin - if clients are ..."), or a conjunction
       * with no subject of its own ("hope to conclude talks ... but would avoid") */
      if (weak >= 0 && weak_is_verb (w, n, (guint)weak)
          && (w[i].dash
              || ((w[i].tags & PRECIS_POS_SUBORD) && !(w[i].tags & (PRECIS_POS_PREP | PRECIS_POS_DET)))
              || ((w[i].tags & PRECIS_POS_CONJ) && i + 1 < n
                  && ((w[i + 1].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL))
                      || word_is (s, &w[i + 1], "that")))))
        return weak; /* "and that": a second object clause, "needs X and that Y should ..." */
      /* past a comma the deferred past form's clause is over ("happened at 10.38am, according to
       * ..."): it was the main verb */
      if (deferred >= 0 && w[i - 1].comma)
        return deferred;
      if (opens_relative (s, w, i))
        {
          relative = TRUE;
          continue;
        }
      gboolean finite = may_be_finite (w, n, i);
      /* "that makes", "who says": a relative's verb right after its relative word */
      if (relative && (w[i - 1].tags & PRECIS_POS_WH) && (w[i].tags & (SURE_FINITE | PRECIS_POS_THIRD)))
        finite = TRUE;
      if (!finite)
        continue;
      /* an attribution inside the relative clause ("A man who police said was drunk crashed ...",
       * "who prosecutors say ran ..."): its verb of saying has a subject of its own, and the
       * relative's verb comes after it */
      if (relative && !embedded && (w[i - 1].tags & PRECIS_POS_NOUN)
          && !(w[i - 1].tags & (PRECIS_POS_WH | PRECIS_POS_ADV)) && saying_verb (s, &w[i]))
        {
          embedded = TRUE;
          continue;
        }
      /* The relative clause's verb group, and a verb joined to it ("who stopped and hauled up") */
      if (relative || (after_relative && (w[i - 1].tags & PRECIS_POS_CONJ)))
        {
          relative = FALSE;
          after_relative = TRUE;
          guint e = verb_group_end (w, n, i);
          /* after the attribution, "was" and an adjective that is a past form ("drunk") end the
           * group: a past form after them is the main verb */
          if (embedded && (w[i].tags & PRECIS_POS_AUX) && i + 2 <= e && (w[i + 1].tags & PRECIS_POS_PAST)
              && (w[i + 2].tags & PRECIS_POS_PAST))
            e = i + 1;
          embedded = FALSE;
          i = e;
          continue;
        }
      /* a verb joined to the deferred one ("killed at least two people and injured dozens"): that
       * one was the main verb */
      if (deferred >= 0 && (w[i - 1].tags & PRECIS_POS_CONJ))
        return deferred;
      gboolean in_relative = after_relative;
      after_relative = FALSE;
      if (w[i].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL))
        return (gint)i;
      /* "the most revered leaders": a past form between a degree adverb and a noun is an adjective;
       * so is one between an adverb in -ly that opens the noun phrase and its noun ("An allegedly
       * intoxicated driver who ... has been charged", "the heavily armed man") */
      if ((w[i].tags & PRECIS_POS_PAST) && i + 1 < n && !w[i].comma && (w[i + 1].tags & PRECIS_POS_NOUN)
          && !(w[i + 1].tags & closed_tags)
          && (word_in (s, &w[i - 1], degree_words) || phrase_adverb (s, w, i - 1)))
        continue;
      if ((w[i].tags & PRECIS_POS_PAST) && compound_adjective (w, n, i))
        continue;
      /* a participle that opens an aside between commas, with no preposition after it ("The
       * violence near the camp, located ten miles south of the border, came a day after ..."): the
       * finite verb right after the aside's closing comma is the main verb */
      if ((w[i].tags & PRECIS_POS_PAST) && w[i - 1].comma
          && !(w[i].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL)))
        {
          guint j = i + 1;
          while (j < n && j <= i + HEADLINE_PARTICIPLE_REACH && !w[j - 1].comma && !w[j].dash
                 && !(w[j].tags & (PRECIS_POS_CONJ | PRECIS_POS_WH | PRECIS_POS_SUBORD)))
            j++;
          if (j < n && j > i + 1 && w[j - 1].comma
              && ((w[j].tags & (PRECIS_POS_PAST | PRECIS_POS_AUX | PRECIS_POS_MODAL))
                  || ((w[j].tags & PRECIS_POS_THIRD) && !(w[j].tags & PRECIS_POS_NOUN)))
              && !(w[j].tags & (closed_tags & ~(PRECIS_POS_AUX | PRECIS_POS_MODAL)))
              && may_be_finite (w, n, j))
            return (gint)j;
        }
      if (w[i].tags & PRECIS_POS_PAST)
        {
          guint r = reduced_relative (s, w, n, i);
          /* "A climber who survived two nights stuck on the ridge ... narrowly escaped": a past
           * form and its preposition right after a relative clause's verb group may be a
           * participle of that clause's object; a later past form that takes no preposition is
           * the main verb, else this one is */
          if (r == i && i + 1 < n && !w[i].comma && (w[i + 1].tags & PRECIS_POS_PREP)
              && (in_relative || deferred >= 0))
            {
              if (deferred < 0)
                deferred = (gint)i;
              continue;
            }
          return (gint)r;
        }
      if (weak < 0)
        weak = (gint)i;
    }
  return deferred >= 0 && weak < deferred ? deferred : weak;
}

/* The first word followed by a comma, when no verb comes before it; else G_MAXUINT. */
static guint
first_comma (const Word *w, guint n)
{
  guint a = 0;
  while (a < n && !w[a].comma)
    {
      if (a > 0 && may_be_finite (w, n, a))
        return G_MAXUINT;
      a++;
    }
  return a;
}

static gchar *drop_appositive (const gchar *s, const Word *w, guint n);
static gboolean opens_inverted (const gchar *s);

/* @s without a leading adjunct ("More than five weeks after the floods, thousands of families
 * are ..." -> "thousands of families are ..."), or NULL: a phrase up to the first comma that
 * opens with a preposition, subordinator, adverb, adjective, participle or number and holds no
 * verb, or a subordinate clause ("A day after the minister spoke,"), followed by a clause with
 * its own subject and verb. */
static gboolean person_pronoun (const gchar *text, gboolean *named);

/* Whether @s opens on a preposition, its noun and the noun's relative clause ("At a time when
 * ...", "On a day when ...", "In a country where ..."): an adjunct clause, however many verbs it
 * holds, and however long it is; the main clause follows its comma. */
static gboolean
opens_relative_adjunct (const gchar *s, const Word *w, guint n)
{
  static const gchar *const relative_adverbs[] = { "when", "where", NULL };
  if (n < 4 || !(w[0].tags & PRECIS_POS_PREP) || w[0].comma)
    return FALSE;
  for (guint a = 2; a <= 3 && a < n; a++)
    {
      if (w[a - 1].comma || w[a - 1].capital || !(w[a - 1].tags & PRECIS_POS_NOUN))
        continue;
      if (word_in (s, &w[a], relative_adverbs))
        return TRUE;
    }
  return FALSE;
}

/* Whether word @w of @s, which opens on a digit, is a name rather than a number: its digits run
 * into three letters or more ("76ers", "49ers"; not "1990s", "20th", "5pm"). */
static gboolean
digit_name (const gchar *s, const Word *w)
{
  gsize i = w->start;
  while (i < w->end && g_ascii_isdigit (s[i]))
    i++;
  gsize letters = 0;
  while (i + letters < w->end && g_ascii_isalpha (s[i + letters]))
    letters++;
  return letters >= 3;
}

static guint list_follows (const gchar *s, const Word *w, guint n, guint k);

/* Whether @s opens on a time phrase and a preposition that is a subordinator too, with no verb
 * needed ("More than a year after the storm", "Two days before the vote"): as surely an adjunct
 * as a preposition's phrase. */
static gboolean
time_then_preposition (const gchar *s, const Word *w, guint n)
{
  guint k = 0;
  if (n > 2 && (word_is (s, &w[0], "more") || word_is (s, &w[0], "less")) && word_is (s, &w[1], "than"))
    k = 2;
  guint first = k;
  for (; k < n && k < first + HEADLINE_TIME_LEAD_WORDS && !w[k].comma && is_time_lead (s, &w[k]);)
    k++;
  return k > first && k < n
         && (w[k].tags & (PRECIS_POS_SUBORD | PRECIS_POS_PREP)) == (PRECIS_POS_SUBORD | PRECIS_POS_PREP);
}

/* Whether the "of" phrase up to the comma at @a names a set a count can be of: "those", "these",
 * "them", "all" or a possessive after "of", or before its first preposition a number, a
 * possessive or a plural noun ("Of [the] 300 passengers on board", "Of [the] companies surveyed",
 * "Of Britain's councils"; the rules took the articles before), or a bare noun after "of"; not "Of
 * greater concern", "Of more concern to ministers", "Of course", "Of note". */
static gboolean
names_a_set (const gchar *s, const Word *w, guint a)
{
  static const gchar *const set_openers[] = { "the", "those", "these", "them", "all", NULL };
  static const gchar *const numbers[]
      = { "one",  "two", "three",  "four",     "five",      "six",      "seven", "eight",
          "nine", "ten", "dozens", "hundreds", "thousands", "millions", NULL };
  /* a bare noun, its "the" taken ("Of [the] money raised, half went to ..."), but not an idiom's */
  static const gchar *const idioms[]
      = { "course",    "note", "concern", "interest", "importance", "significance",
          "relevance", "use",  "help",    "value",    NULL };
  if (word_in (s, &w[1], set_openers) || (w[1].tags & PRECIS_POS_POSS)
      || ((w[1].tags & PRECIS_POS_NOUN) && !(w[1].tags & (PRECIS_POS_ADJ | PRECIS_POS_ADV | closed_tags))
          && !w[1].capital && !word_in (s, &w[1], idioms)))
    return TRUE;
  for (guint k = 1; k <= a && !(k > 1 && (w[k].tags & PRECIS_POS_PREP)); k++)
    if (g_ascii_isdigit (s[w[k].start]) || w[k].owner || word_in (s, &w[k], numbers)
        || (w[k].plural && (w[k].tags & PRECIS_POS_NOUN)))
      return TRUE;
  return FALSE;
}

/* Whether the leading phrase up to the comma at @a is a partitive's whole ("Of the 300 passengers
 * on board, 12 were taken to hospital", "Of all the new homes built last year, fewer than one in
 * ten were affordable"): it opens on "of" and names a set (names_a_set) and its clause on a number
 * or a quantifier, which without it counts nothing a reader knows ("12 were taken to hospital"). */
static gboolean
partitive_opening (const gchar *s, const Word *w, guint n, guint a)
{
  static const gchar *const counts[] = {
    "one",    "two",   "three",      "four",      "five",           "six",   "seven",  "eight",   "nine",
    "ten",    "dozen", "dozens",     "half",      "most",           "many",  "some",   "few",     "fewer",
    "less",   "more",  "all",        "none",      "only",           "just",  "about",  "around",  "nearly",
    "almost", "over",  "under",      "both",      "each",           "every", "either", "neither", "several",
    "a",      "an",    "two-thirds", "one-third", "three-quarters", NULL
  };
  if (a < 1 || a + 1 >= n || !word_is (s, &w[0], "of") || !names_a_set (s, w, a))
    return FALSE;
  return g_ascii_isdigit (s[w[a + 1].start]) || word_in (s, &w[a + 1], counts);
}

/* The partitive's count moved before its "of" phrase, which then stays whole: "Of the 300
 * passengers on board, 12 were taken to hospital" -> "12 of the 300 passengers on board were taken
 * to hospital", "Of them, one will succeed ..." -> "one of them will succeed ..."; NULL (the
 * phrase stays where it is) unless the count is at most six words ("fewer than one in ten"), with no comma or
 * name, right before a verb that is surely finite (then the phrase goes as any leading adjunct: "Of those
 * lining up to replace X, the 17-year-old Murray looks ..."). */
static gchar *
partitive_count_first (const gchar *s, const Word *w, guint n, guint a)
{
  guint v = a + 1;
  for (; v < n && v <= a + 7; v++)
    {
      /* the first verb (or a subject pronoun, past a verb the lexicon cannot tell after a
       * quantifier) ends the count, and it must be surely finite: "many voters say they will
       * ...", "most say they will ..." are no counts */
      if (v > a + 1 && (may_be_finite (w, n, v) || (w[v].tags & PRECIS_POS_PRONOUN)))
        break;
      if (w[v].comma || w[v].dash || (v > a + 1 && w[v].capital))
        return NULL;
      /* (nor a count with a relative clause or an "of" of its own, where the phrase would land
       * inside it: "12 who were carrying weapons", "one in ten of them who had tickets") */
      if ((w[v].tags & PRECIS_POS_WH) || word_is (s, &w[v], "that")
          || (v > a + 1 && word_is (s, &w[v], "of")))
        return NULL;
    }
  if (v >= n || v > a + 7 || !may_be_finite (w, n, v) || !(w[v].tags & (SURE_FINITE | PRECIS_POS_THIRD)))
    return NULL;
  GString *out = g_string_new_len (s + w[a + 1].start, (gssize)(w[v - 1].end - w[a + 1].start));
  g_string_append (out, " of");
  g_string_append_len (out, s + w[0].end, (gssize)(w[a].end - 1 - w[0].end)); /* without its comma */
  g_string_append_c (out, ' ');
  g_string_append (out, s + w[v].start);
  return g_string_free (out, FALSE);
}

/* Whether word @k is a plural noun that a list's comma, "and" or "or" follows ("all ministers,
 * MPs and ...", "6 soldiers and police personnel were ..."): no verb + -s there. */
static gboolean
list_noun (const gchar *s, const Word *w, guint n, guint k)
{
  return (w[k].tags & PRECIS_POS_NOUN)
         && (w[k].comma || (k + 1 < n && (word_is (s, &w[k + 1], "and") || word_is (s, &w[k + 1], "or"))));
}

/* Whether the leading phrase w[0..@a] (its comma at @a) holds the only name before the main
 * verb, so that without it the headline would not tell who: a capital in the phrase (after its
 * first word; with @after_of, only one right after "of" or "for": "A close aide of
 * Sasikala,", "A lawyer for Smith,", not "Last week in Paris,") and none in the subject after it,
 * up to its verb ("A close friend of Smith, the actor said ..." -> "Actor said ..."). */
static gboolean
phrase_holds_only_name (const gchar *s, const Word *w, guint n, guint a, gboolean after_of)
{
  static const gchar *const times[]
      = { "day", "week", "weekend", "month", "year", "night", "morning", "evening", "hour", "time", NULL };
  gboolean name = FALSE;
  for (guint k = 1; k <= a; k++)
    {
      /* (a time's phrase is an adjunct: "The last day of the Pongal festival, ...") */
      if (word_in (s, &w[k], times))
        return FALSE;
      name |= w[k].capital && (!after_of || word_is (s, &w[k - 1], "of") || word_is (s, &w[k - 1], "for"));
    }
  if (!name)
    return FALSE;
  for (guint k = a + 1; k < n; k++)
    {
      if (w[k].capital)
        return FALSE;
      if (k > a + 1 && !w[k].comma && may_be_finite (w, n, k)
          && (w[k].tags & (SURE_FINITE | PRECIS_POS_THIRD)))
        /* (a subject with a noun for its head, which the name was: not "any of these", whose
         * antecedent the phrase is not) */
        return (w[k - 1].tags & PRECIS_POS_NOUN) && !(w[k - 1].tags & closed_tags);
    }
  return FALSE;
}

/* Whether the leading noun's phrase w[0..@a] (its article gone, its comma at @a) is surely an
 * appositive of the subject after it, checked once drop_leading_adjunct has found its shape ("A
 * former banker, Smith has run ..."): not when the phrase holds a verb, so is a clause of its own
 * ("The residents' complaints include potholes, broken lights and ..."); not when the subject is
 * a "that" clause ("The other part of the deal, that X will stand down, is ..."); not when the
 * subject, up to its verb and over its commas, holds "and" or "or", so the phrase is a list's
 * first item ("The chief minister, all ministers, MPs and other leaders will ..."); and not when
 * the phrase holds the only name (phrase_holds_only_name). */
static gboolean
indefinite_appositive (const gchar *s, const Word *w, guint n, guint a)
{
  for (guint k = 1; k <= a; k++)
    if ((w[k].tags & (PRECIS_POS_VERB | PRECIS_POS_THIRD | PRECIS_POS_AUX | PRECIS_POS_MODAL))
        && !(w[k].tags & (PRECIS_POS_NOUN | PRECIS_POS_ADJ)))
      return FALSE;
  if (word_is (s, &w[a + 1], "that"))
    return FALSE;
  for (guint k = a + 1; k < n; k++)
    {
      if (k > a + 1 && !list_noun (s, w, n, k) && may_be_finite (w, n, k)
          && (w[k].tags & (SURE_FINITE | PRECIS_POS_THIRD)))
        break;
      if (word_is (s, &w[k], "and") || word_is (s, &w[k], "or"))
        return FALSE;
    }
  return !phrase_holds_only_name (s, w, n, a, FALSE);
}

/* Words of a list's item between two commas: more is a clause or an appositive. */
#define HEADLINE_LIST_ITEM_WORDS 4

static gchar *
drop_leading_adjunct (const gchar *s, const Word *w, guint n)
{
  /* Up to the first comma: no verb, or a verb of a subordinate clause ("A day after the
   * minister spoke, ...") */
  guint a = 0;
  gboolean subordinate = leading_subordinate (s, w, n);
  /* a participle's clause opening the sentence ("Addressing a deficiency of its own and further
   * upping the tension with its rival, AMD intends to ...") is an adjunct however long, as a
   * subordinate clause is */
  gboolean long_clause = subordinate || (n > 0 && (w[0].tags & PRECIS_POS_ING));
  gboolean participle = n > 1 && (w[0].tags & PRECIS_POS_PAST) && (w[1].tags & PRECIS_POS_PREP);
  /* a phrase that opens on a preposition holds no verb of its own: a past form followed by a
   * preposition in it is a participle after its noun ("Despite the inconvenience faced by
   * citizens, ...") */
  gboolean relative = n > 0 && (w[0].tags & PRECIS_POS_PREP) && opens_relative_adjunct (s, w, n);
  subordinate |= relative;
  long_clause |= relative;
  gboolean phrase = (w[0].tags & PRECIS_POS_PREP) && !subordinate;
  for (; a < n && !w[a].comma; a++)
    {
      /* "A day after", "Hours before": a subordinator among the first words (not "where" after
       * a noun: "The pit where ... stood") */
      subordinate |= a > 0 && a <= 2 && (w[a].tags & PRECIS_POS_SUBORD) && (w[a].tags & PRECIS_POS_PREP);
      /* after a participle opener ("Worried by threats received by doctors, police ...") a past
       * form is another participle */
      guint sure = participle ? (PRECIS_POS_AUX | PRECIS_POS_MODAL) : SURE_FINITE;
      if (phrase && (w[a].tags & PRECIS_POS_PAST) && a + 1 < n && (w[a + 1].tags & PRECIS_POS_PREP)
          && !(w[a].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL)))
        continue;
      if (a > 0 && !subordinate && may_be_finite (w, n, a) && (w[a].tags & sure))
        return NULL;
    }
  /* the first comma of a subordinate clause or a preposition's phrase may be its list's, with a
   * serial comma or without ("If you struggle with clutter, impulse buys, and buyer's remorse,
   * here's how ...", "... with clutter, impulse buys and buyer's remorse, here's how ...", "Through
   * tricks, product placement, and even colour, stores are ..."): the clause ends after the list's
   * last item, when no finite verb comes before the next comma */
  if ((subordinate || phrase) && a + 3 < n)
    {
      guint j = list_follows (s, w, n, a + 1);
      /* (a serial comma's "and" before an adverb, which list_follows takes for a clause's: ",
       * and even colour,") */
      if (j == 0 && !(w[a + 1].tags & (closed_tags | PRECIS_POS_PRONOUN)))
        {
          guint k = a + 1;
          while (k < n && k <= a + HEADLINE_LIST_ITEM_WORDS && !w[k].comma
                 && !(may_be_finite (w, n, k) && (w[k].tags & (SURE_FINITE | PRECIS_POS_THIRD))))
            k++;
          if (k + 1 < n && w[k].comma)
            j = k + 1;
        }
      if (j > a + 1 && (word_is (s, &w[j], "and") || word_is (s, &w[j], "or")))
        {
          guint e = j + 1;
          while (e < n && !w[e].comma && !(may_be_finite (w, n, e) && (w[e].tags & SURE_FINITE)))
            e++;
          if (e + 1 < n && w[e].comma)
            a = e;
        }
    }
  /* a participle's clause between commas after the phrase's noun ("From the deck of his
   * schooner, undergoing an overhaul at the yard, skipper X has ..."): the phrase ends at the
   * comma after it, when no finite verb comes before that comma; a long one as a subordinate
   * clause is (the main clause is the headline) */
  if ((subordinate || phrase) && a + 3 < n && (w[a + 1].tags & (PRECIS_POS_ING | PRECIS_POS_PAST))
      && !(w[a + 1].tags & (closed_tags | PRECIS_POS_NOUN | PRECIS_POS_ADJ | PRECIS_POS_AUX)))
    {
      guint e = a + 2;
      while (e < n && e <= a + HEADLINE_LONG_WORDS && !w[e].comma && !w[e].dash
             && !(may_be_finite (w, n, e) && (w[e].tags & (SURE_FINITE | PRECIS_POS_THIRD))))
        e++;
      if (e + 2 < n && w[e].comma)
        a = e, long_clause = TRUE;
    }
  /* a subordinate clause may be longer than a headline ("Day after the Enforcement Directorate
   * detected a hawala racket worth ... in Delhi, income tax officials raided ..."): its main clause
   * is the headline */
  if (a + 2 >= n
      || (!relative
          && a > (long_clause && n - a - 1 >= HEADLINE_MAIN_MIN_WORDS ? HEADLINE_LONG_WORDS
                                                                      : HEADLINE_MAX_WORDS)))
    return NULL;
  /* ... but not when it names the person a pronoun of the main clause points at ("Hours after
   * <singer> was found ..., posts from his wife's account claimed ...") */
  if (a > HEADLINE_MAX_WORDS)
    {
      gboolean name = FALSE, named = TRUE;
      for (guint i = 1; i < a && !name; i++)
        name = w[i].capital;
      if (name && person_pronoun (s + w[a + 1].start, &named) && !named)
        return NULL;
    }
  guint t = w[0].tags;
  /* a past form before a bare noun is the subject's adjective ("Masked men wielding clubs guard
   * ..., keeping watch"), not a participle's phrase ("Armed with a knife, ...") */
  if ((t & PRECIS_POS_PAST) && !(t & (PRECIS_POS_PREP | PRECIS_POS_SUBORD | PRECIS_POS_ADV)) && a > 1
      && (w[1].tags & PRECIS_POS_NOUN) && !w[1].comma
      && !(w[1].tags & (closed_tags | PRECIS_POS_PAST | PRECIS_POS_ING | PRECIS_POS_ADV)))
    return NULL;
  /* an adjective opens an adjunct only before its preposition or "to" ("Unaware of the risk,",
   * "Keen to win,"), else it is the subject's ("Judicial files about property, from ..., will") */
  gboolean adjective = (t & (PRECIS_POS_ADJ | PRECIS_POS_NOUN)) == PRECIS_POS_ADJ
                       && (a == 0 || (w[1].tags & (PRECIS_POS_PREP | PRECIS_POS_TO)));
  gboolean adjunct
      = (t & (PRECIS_POS_PREP | PRECIS_POS_SUBORD | PRECIS_POS_ADV | PRECIS_POS_ING | PRECIS_POS_PAST))
        || adjective || (g_ascii_isdigit (s[w[0].start]) && !digit_name (s, &w[0])) || subordinate;
  /* "One of the busiest shrines in the north, the old temple draws ...": a leading "one of"
   * phrase before a subject that opens on a determiner or a name is that subject's appositive */
  gboolean one_of = a > 2 && word_is (s, &w[0], "one") && word_is (s, &w[1], "of")
                    && ((w[a + 1].tags & PRECIS_POS_DET) || w[a + 1].capital);
  /* "A former banker, Smith has run ...", "The son of a miner, Jones became ...": a noun's phrase
   * whose article went (its first word in small letters, no determiner, no verb form) before a
   * subject that opens on a name, a determiner, an adjective or a noun (its article gone too) is
   * that subject's appositive too (not a list's first item: "A man, a woman and a child were ...",
   * whose subject holds "and") */
  const guint not_noun = closed_tags | PRECIS_POS_PRONOUN | PRECIS_POS_ADV | PRECIS_POS_ING | PRECIS_POS_PAST
                         | PRECIS_POS_THIRD;
  gboolean indefinite = a > 0 && g_ascii_islower (s[w[0].start])
                        && !(t & (not_noun | PRECIS_POS_PREP | PRECIS_POS_SUBORD))
                        && (w[a].tags & PRECIS_POS_NOUN) && !(w[a].tags & not_noun) && !w[a].capital
                        && (w[a + 1].capital || (w[a + 1].tags & PRECIS_POS_DET)
                            || ((w[a + 1].tags & (PRECIS_POS_NOUN | PRECIS_POS_ADJ))
                                && !(w[a + 1].tags & ((not_noun & ~PRECIS_POS_ADV) | PRECIS_POS_VERB))));
  /* (a text in small letters throughout has no name to tell: "leona helmsley, the hotelier ...") */
  for (guint k = a + 1; indefinite && k < n && !w[k].capital; k++)
    indefinite = k + 1 < n;
  if (indefinite && !indefinite_appositive (s, w, n, a))
    indefinite = FALSE;
  one_of |= indefinite;
  if ((!adjunct && !one_of) || (!one_of && (t & (PRECIS_POS_DET | PRECIS_POS_PRONOUN))))
    return NULL;
  /* a noun's phrase that opens on a word the lexicon also has for an adverb ("A close aide of
   * Sasikala, former minister said ...") keeps the only name before the verb too */
  if (!one_of && !subordinate && a > 1 && (t & (PRECIS_POS_NOUN | PRECIS_POS_ADJ))
      && !(t & (PRECIS_POS_PREP | PRECIS_POS_SUBORD | PRECIS_POS_ING | PRECIS_POS_PAST))
      && (w[1].tags & PRECIS_POS_NOUN) && !(w[1].tags & (closed_tags | PRECIS_POS_TO | PRECIS_POS_ADV))
      && phrase_holds_only_name (s, w, n, a, TRUE))
    return NULL;
  if (partitive_opening (s, w, n, a))
    {
      gchar *moved = partitive_count_first (s, w, n, a);
      if (moved != NULL)
        return moved;
    }
  /* "All sorts of cross-currents play ..., gilded with ...": a quantifier before a noun opens the
   * subject (not "All along," nor "Most importantly,") */
  static const gchar *const quantifiers[] = { "all", "both", "most", "many", "half", NULL };
  if (a > 1 && word_in (s, &w[0], quantifiers) && (w[1].tags & PRECIS_POS_NOUN)
      && !(w[1].tags & (PRECIS_POS_ADV | PRECIS_POS_PREP | closed_tags)))
    return NULL;
  /* (nor before a possessive, which points into the phrase: "When children eat peanuts early,
   * their risk of allergy falls ...", not "Their risk of allergy falls ...") */
  if ((w[a + 1].tags & (PRECIS_POS_PRONOUN | PRECIS_POS_POSS | PRECIS_POS_CONJ | PRECIS_POS_PREP))
      || opens_inverted (s + w[a + 1].start))
    return NULL;
  /* "24 pilgrims, 6 soldiers and police personnel were injured": a count that is no time's
   * ("24 hours later,") before a subject that holds "and" or "or" is a list's first item */
  gboolean count = g_ascii_isdigit (s[w[0].start]) && a > 0 && !is_time_lead (s, &w[1]);
  guint i = a + 2;
  for (; i < n && !w[i - 1].comma; i++)
    if ((indefinite || count) && (word_is (s, &w[i], "and") || word_is (s, &w[i], "or")))
      return NULL;
    else if (may_be_finite (w, n, i) && (w[i].tags & (SURE_FINITE | PRECIS_POS_THIRD))
             && !((indefinite || count) && list_noun (s, w, n, i)))
      return g_strdup (s + w[a + 1].start);
  /* the subject has an appositive before its verb ("Days before the vote, the party's candidate,
   * X, came out against ..."): what follows the adjunct is a clause once that goes. Only after a
   * phrase that is surely an adjunct (a preposition's or a subordinate clause's): an -ing word or
   * an adjective may open the subject itself ("Beaming Amit Shah, the party's president, ...") */
  if (i < n && (subordinate || (t & PRECIS_POS_PREP) || time_then_preposition (s, w, n)))
    {
      g_autoptr (GArray) rest = g_array_new (FALSE, FALSE, sizeof (Word));
      split_words (s + w[a + 1].start, TRUE, NULL, rest);
      g_autofree gchar *clause
          = drop_appositive (s + w[a + 1].start, (const Word *)(gconstpointer)rest->data, rest->len);
      if (clause != NULL)
        return g_strdup (s + w[a + 1].start);
    }
  return NULL;
}

/* Verbs whose object may be a clause without "that" ("claimed the number of people ... passed a
 * million"): stems as verb_form_of matches them. */
static const gchar *const clause_verbs[]
    = { "claim",   "say",    "said",   "believ",  "think",  "thought", "show",    "reveal",  "report",
        "announc", "warn",   "fear",   "suggest", "insist", "admit",   "den",     "argu",    "estimat",
        "predict", "expect", "hope",   "know",    "knew",   "find",    "found",   "confirm", "alleg",
        "feel",    "felt",   "told",   "tell",    "assert", "decid",   "indicat", "learn",   "note",
        "realis",  "realiz", "recall", "stress",  "declar", "agree",   "learnt",  NULL };
/* Whether word @w of @s is a form of a verb of saying ("said", "alleges", "claimed", "told"). */
static gboolean
saying_verb (const gchar *s, const Word *w)
{
  static const gchar *const saying_stems[]
      = { "say", "said", "alleg", "claim", "announc", "told", "tell", "declar", "insist", "admit", NULL };
  return verb_in (s, w, saying_stems);
}

/* The "that" after the verb group ending at @vend and a prepositional phrase ("alleged before the
 * High Court that", "said in a statement that"), or 0: with nothing but the phrase between them it
 * opens the verb's object clause, not a relative clause of the phrase's noun. */
static guint
adjunct_then_that (const gchar *s, const Word *w, guint n, guint vend)
{
  if (vend + 2 >= n || w[vend].comma || !(w[vend + 1].tags & PRECIS_POS_PREP)
      || !(w[vend].tags & (PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_VERB)))
    return 0;
  /* verbs of saying only: "agreed on a contract that gives ..." is a relative clause */
  if (!saying_verb (s, &w[vend]))
    return 0;
  for (guint j = vend + 2; j < n && j <= vend + HEADLINE_COMPLEMENT_REACH; j++)
    {
      if (w[j - 1].comma || w[j].dash || may_be_finite (w, n, j))
        return 0;
      if (word_is (s, &w[j], "that"))
        return j;
    }
  return 0;
}

/* The "that" after the verb of telling ending at @vend and its listener ("told the Supreme Court
 * that", "assured investors that"), or 0: a few words with no verb, comma or clause opener between. */
static guint
listener_then_that (const gchar *s, const Word *w, guint n, guint vend)
{
  static const gchar *const telling[]
      = { "told", "tell", "inform", "assur", "remind", "warn", "convinc", "persuad", "notif", NULL };
  if (vend + 2 >= n || w[vend].comma
      || !(w[vend].tags & (PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_VERB))
      || !verb_in (s, &w[vend], telling))
    return 0;
  for (guint j = vend + 2; j < n && j <= vend + 5; j++)
    {
      if (word_is (s, &w[j], "that"))
        return j;
      if (w[j - 1].comma || w[j].dash || may_be_finite (w, n, j)
          || (w[j].tags & (PRECIS_POS_CONJ | PRECIS_POS_WH | PRECIS_POS_SUBORD | PRECIS_POS_TO)))
        return 0;
    }
  return 0;
}

/* How far the verb of an object clause may be from the verb that takes it. */
#define HEADLINE_CLAUSE_REACH 14

/* The last word of the object clause of the verb group ending at @vend ("claimed [that] the number
 * of people claiming meals from its branches passed a million"), or 0: no cut may fall inside it,
 * which would leave the clause without its verb. */
static guint
clause_object_end (const Word *w, guint n, guint vend, const gchar *s)
{
  if (w[vend].comma || !verb_in (s, &w[vend], clause_verbs))
    return 0;
  guint j = vend + 1;
  /* past an adjunct phrase: "alleged before the High Court that ..." */
  guint that = adjunct_then_that (s, w, n, vend);
  if (that == 0)
    that = listener_then_that (s, w, n, vend);
  if (that > 0)
    j = that;
  if (j < n && word_is (s, &w[j], "that"))
    j++;
  for (j++; j < n && j <= vend + HEADLINE_CLAUSE_REACH; j++)
    {
      /* "said spin twins Ravi Ashwin and Ravi Jadeja will be ...": an "and" or "or" between two names
       * before the clause's verb joins the parts of its subject */
      if ((word_is (s, &w[j], "and") || word_is (s, &w[j], "or")) && j + 1 < n && !w[j - 1].comma
          && w[j - 1].capital && w[j + 1].capital && !may_be_finite (w, n, j + 1))
        continue;
      if (w[j - 1].comma || w[j].dash || (w[j].tags & (PRECIS_POS_CONJ | PRECIS_POS_WH | PRECIS_POS_TO))
          || ((w[j].tags & PRECIS_POS_SUBORD) && !(w[j].tags & PRECIS_POS_PREP)))
        return 0;
      if (may_be_finite (w, n, j) && (w[j].tags & SURE_FINITE))
        return verb_group_end (w, n, j);
    }
  return 0;
}

/* Nouns that say little until their relative clause says which: "doubled the level at which
 * buyers pay duty", "confirmed as the man who will present". */
static const gchar *const light_nouns[]
    = { "man",    "woman", "men",    "women",  "person", "people", "one",    "ones",  "thing",
        "things", "level", "levels", "rate",   "point",  "way",    "extent", "place", "reason",
        "kind",   "sort",  "type",   "amount", "moment", "stage",  "first",  "last",  NULL };

/* Whether the clause at @k is what makes the light noun before it mean something: a relative
 * word, "where"/"when", or a preposition + "which"/"whom" ("the level at which"). */
static gboolean
needed_relative (const Word *w, guint n, guint k, const gchar *s)
{
  guint t = w[k].tags;
  gboolean relative = (t & PRECIS_POS_WH) || ((t & PRECIS_POS_SUBORD) && !(t & PRECIS_POS_PREP))
                      || ((t & PRECIS_POS_PREP) && k + 1 < n && (w[k + 1].tags & PRECIS_POS_WH));
  if (!relative || w[k - 1].comma)
    return FALSE;
  return word_in (s, &w[k - 1], light_nouns);
}

/* Time nouns before "after", "before", "since", "until": "a week before" is one adjunct. */
static const gchar *const time_nouns[]
    = { "day",   "days",    "week",    "weeks",   "month",   "months", "year", "years",
        "hours", "minutes", "moments", "decades", "shortly", "soon",   "long", NULL };

/* Whether the phrase at @k belongs with the word before it: "time after time", "side by side",
 * "a week before ...". */
static gboolean
bound_adjunct (const Word *w, guint n, guint k, const gchar *s)
{
  if (!(w[k].tags & (PRECIS_POS_PREP | PRECIS_POS_SUBORD)))
    return FALSE;
  gsize len = w[k - 1].end - w[k - 1].start;
  if (k + 1 < n && len == w[k + 1].end - w[k + 1].start
      && g_ascii_strncasecmp (s + w[k - 1].start, s + w[k + 1].start, len) == 0)
    return TRUE;
  /* a measure before its reference point: "four minutes from time", "50 miles from London" */
  if (k > 1 && w[k - 1].plural && !w[k - 1].comma && word_is (s, &w[k], "from") && is_time_lead (s, &w[k - 2])
      && !w[k - 2].comma)
    return TRUE;
  if (!(w[k].tags & PRECIS_POS_SUBORD))
    return FALSE;
  return word_in (s, &w[k - 1], time_nouns);
}

/* Whether the conjunction at @k joins the two halves of "both X and Y", "between X and Y",
 * "neither X nor Y" or "either X or Y"
 * (a few words back, no comma between): no second clause starts there. */
static gboolean
paired_conjunction (const Word *w, guint k, const gchar *s)
{
  for (guint i = k; i > 0 && i + HEADLINE_PAIR_REACH > k; i--)
    {
      if (w[i - 1].comma)
        return FALSE;
      if (word_is (s, &w[i - 1], "both") || word_is (s, &w[i - 1], "between")
          || word_is (s, &w[i - 1], "neither") || word_is (s, &w[i - 1], "either"))
        return TRUE;
    }
  return FALSE;
}

/* Nouns whose preposition says what they are about: "interest in David Beckham", "take part in a
 * mock election", "a rise in prices". Each entry: the preposition, then the nouns. */
static const gchar *const noun_complements[][28] = {
  { "in", "interest", "part", "role", "stake", "rise", "fall", "increase", "drop", "cut", "investment",
    "confidence", "involvement", "share", "surge", NULL },
  { "on", "ban", "tax", "attack", "crackdown", "focus", "impact", "effect", "talks", "debate", "vote",
    "limit", "curbs", "pressure", "stand", "action", "hands" /* "get her hands [on X]" */, "hold",
    "grip" /* "broke his 30-year hold [on the record]" */,
    /* "turned the spotlight [on X]", "shed light [on X]", "keep an eye [on X]", "declared war [on X]",
     * "pulled the plug [on X]", "pulled a gun [on X]" */
    "spotlight", "light", "eye", "tabs", "war", "plug", "gun", "knife", NULL },
  /* "trained its guns [at X]", "pointed the finger [at X]", "took a swipe [at X]", "poked fun [at X]" */
  { "at", "guns", "finger", "swipe", "dig", "jibe", "potshots", "fun", NULL },
  /* "take a fresh look [into X]" (not "demanded an inquiry [into X]", whole without it) */
  { "into", "look", "insight", NULL },
  /* "diverted attention [from X]" */
  { "from", "attention", NULL },
  { "for", "demand", "support", "bid", "plea", "call", "calls", "search", "need", "hunt", "responsibility",
    "way", "room", "invitation", /* "opened the show with an invitation [for firms to ...]" */
    "responsible", /* an adjective's too: "dissidents believed responsible [for the bombing]" */ NULL },
  /* "a step [towards democracy]" */
  { "towards", "step", "steps", "move", "shift", "progress", NULL },
  { "toward", "step", "steps", "move", "shift", "progress", NULL },
  /* "flew all the way [from Delhi to ...]" */
  { "from", "way", NULL },
  /* "shake off its reputation [as the cocaine capital]": what the noun says it is */
  { "as", "reputation", "status", "image", "appointment", NULL },
};

/* Whether the preposition at @k completes the noun before it. */
static gboolean
noun_complement (const Word *w, guint k, const gchar *s)
{
  for (guint e = 0; e < G_N_ELEMENTS (noun_complements); e++)
    if (word_is (s, &w[k], noun_complements[e][0]))
      for (guint j = 1; noun_complements[e][j] != NULL; j++)
        if (word_is (s, &w[k - 1], noun_complements[e][j]))
          return TRUE;
  return FALSE;
}

/* Whether word @k, a preposition, gives the scope of a comparison's "any" + noun before it ("more
 * powerful than at any stage [in his career]", "higher than any time [in a decade]"): without it
 * the comparison reads cut. */
static gboolean
comparison_scope (const Word *w, guint k, const gchar *s)
{
  if (k < 3 || !(w[k - 1].tags & PRECIS_POS_NOUN) || w[k - 1].comma || w[k - 2].to - w[k - 2].from != 3
      || !word_is (s, &w[k - 2], "any"))
    return FALSE;
  return word_is (s, &w[k - 3], "than")
         || (k > 3 && word_is (s, &w[k - 4], "than") && (w[k - 3].tags & PRECIS_POS_PREP));
}

/* Whether word @k, "in" (or "on" of "on record"), gives the scope of a superlative before the noun before it
 * ("the biggest night [in the British film calendar]", "the most exciting race [in years]"): without it the
 * superlative reads cut. */
static gboolean
superlative_scope (const Word *w, guint n, guint k, const gchar *s)
{
  /* adjectives ending so that are no superlatives ("dishonest", "earnest"; ends_with_any) */
  static const gchar *const not_superlative[] = { "honest", "modest", "nest", "manifest", NULL };
  /* "the most expensive year [on record]" too */
  gboolean on_record = k + 1 < n && word_is (s, &w[k], "on") && word_is (s, &w[k + 1], "record");
  if (k < 2 || !(on_record || word_is (s, &w[k], "in")) || !(w[k - 1].tags & PRECIS_POS_NOUN)
      || w[k - 1].comma || w[k - 2].comma || !(w[k - 2].tags & (PRECIS_POS_ADJ | PRECIS_POS_ADV)))
    return FALSE;
  gsize len = w[k - 2].to - w[k - 2].from;
  /* (an adverb only in -est: the lexicon has "fastest" as one) */
  if (!(w[k - 2].tags & PRECIS_POS_ADJ)
      && (len < 6 || g_ascii_strncasecmp (s + w[k - 2].to - 3, "est", 3) != 0))
    return FALSE;
  if (k > 2 && word_is (s, &w[k - 3], "most"))
    return TRUE;
  return (word_is (s, &w[k - 2], "best") || word_is (s, &w[k - 2], "worst")
          || (len > 5 && g_ascii_strncasecmp (s + w[k - 2].to - 3, "est", 3) == 0
              && !(w[k - 2].tags & PRECIS_POS_NOUN)))
         && !ends_with_any (s, &w[k - 2], not_superlative);
}

/* The word that ends the wait of a "not only" before word @k: the "but" or the dash's word that
 * pairs it, or the first word after a comma that an "also" follows within three words ("has not
 * only closed the library, it has also sold ..."); 0 when nothing pairs it, and then nothing
 * waits ("not only" alone blocks no cut). */
static guint
not_only_pair (const gchar *s, const Word *w, guint n, guint k)
{
  for (guint j = k; j < n; j++)
    {
      if (w[j].dash || ((w[j].tags & PRECIS_POS_CONJ) && word_is (s, &w[j], "but")))
        return j;
      if (j > k && w[j - 1].comma)
        for (guint a = j; a < n && a < j + 3; a++)
          if (word_is (s, &w[a], "also"))
            return j;
    }
  return 0;
}

/* Whether a phrasal verb's particle, maybe with adverbs, comes right before word @k ("came down
 * heavily [on]", "cracked down [on]", "to double down [on]"): the preposition is the verb's, and
 * the phrase it opens its object. */
static gboolean
after_particle (const gchar *s, const Word *w, guint k)
{
  static const gchar *const particles[]
      = { "up", "down", "out", "off", "back", "away", "ahead", "forward", "along", NULL };
  gboolean particle = FALSE;
  for (guint i = k; i-- > 1;)
    {
      if (w[i].comma)
        return FALSE;
      if (word_in (s, &w[i], particles))
        particle = TRUE;
      else if (w[i].tags != PRECIS_POS_ADV)
        return particle
               && (w[i].tags & (PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING));
    }
  return FALSE;
}

/* Whether the words after the comma before @k continue a list: an item with no verb nor opener
 * of a clause, then "and", "or" or another comma ("by pundits, writers and fans alike", "Hindi,
 * Bengali, Oriya and Telugu films"). A cut there takes the list's second half. Returns the index
 * of that "and" or "or" (or of the item after the next comma), 0 if no list follows. */
static guint
list_follows (const gchar *s, const Word *w, guint n, guint k)
{
  const guint opener = closed_tags | PRECIS_POS_ING | PRECIS_POS_PAST | PRECIS_POS_ADV | PRECIS_POS_PRONOUN;
  if (w[k].tags & opener)
    return 0;
  for (guint i = k; i < n && i < k + HEADLINE_CLAUSE_LOOKAHEAD; i++)
    {
      if (i > k && (w[i].tags & PRECIS_POS_CONJ))
        return word_is (s, &w[i], "and") || word_is (s, &w[i], "or") ? i : 0;
      /* a verb + -s that is no plural noun: "Alfonso Cuaron brings" */
      if ((w[i].tags & (SURE_FINITE | PRECIS_POS_ING | PRECIS_POS_SUBORD | PRECIS_POS_WH | PRECIS_POS_TO))
          || ((w[i].tags & PRECIS_POS_THIRD) && !(w[i].tags & PRECIS_POS_NOUN)))
        return 0;
      if (w[i].comma || w[i].dash)
        {
          /* the list's last item after a comma and "and" ("the WBA, WBO, and IBF titles") */
          if (w[i].comma && i + 2 < n && (word_is (s, &w[i + 1], "and") || word_is (s, &w[i + 1], "or"))
              && !(w[i + 2].tags & opener))
            return i + 1;
          return w[i].comma && i + 1 < n && !(w[i + 1].tags & opener) ? i + 1 : 0;
        }
    }
  return 0;
}

/* Prepositions that often open a verb's or noun's second complement rather than an adjunct
 * ("combine an event with ...", "turned the club into ...", "filed a case against ..."): a cut
 * before one is not sure. */
static const gchar *const complement_prone[] = { "with", "into", "against", NULL };

/* The end of the verb group ending at @vend and of the verbs joined to it before any object
 * ("slapped and physically assaulted [his professor]", "has neither denied nor confirmed [if
 * ...]"): a verb right before "and", "or" or "nor" shares the object of the verb after it, so the
 * clause's complement comes after both. */
static guint
coordinated_end (const Word *w, guint n, guint vend)
{
  const guint forms = PRECIS_POS_PAST | PRECIS_POS_ING | PRECIS_POS_THIRD | PRECIS_POS_VERB;
  while (vend + 2 < n && !w[vend].comma && (w[vend + 1].tags & PRECIS_POS_CONJ))
    {
      guint j = vend + 2;
      while (j + 1 < n && w[j].tags == PRECIS_POS_ADV && !w[j].comma)
        j++;
      if (!(w[j].tags & w[vend].tags & forms) || (w[j].tags & (closed_tags | PRECIS_POS_NOUN)))
        break;
      vend = verb_group_end (w, n, j);
    }
  return vend;
}

/* At most this many words of a quotation are kept whole: a quoted phrase, a slogan or a title
 * ("dismissed the Budget as \"vote now, pay later\" plans"), not a quoted sentence. */
#define HEADLINE_QUOTE_WORDS 8

/* Whether the bytes [@from, @to) of @s hold a quotation mark (straight or curly, double or
 * single: a straight single one may be an apostrophe, "players'", which only closes a quotation
 * opened before it). */
static gboolean
has_quote (const gchar *s, gsize from, gsize to)
{
  static const gchar *const marks[]
      = { "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", NULL };
  for (gsize i = from; i < to; i++)
    if (s[i] == '"' || s[i] == '\'' || (guchar)s[i] == 0xE2)
      for (guint q = 0; marks[q] != NULL; q++)
        if (strncmp (s + i, marks[q], strlen (marks[q])) == 0 && i + strlen (marks[q]) <= to)
          return TRUE;
  return FALSE;
}

/* Whether a double quotation opened in @s before byte @to is still open there: an odd number of
 * straight marks, or more curly opening marks than closing ones. */
static gboolean
quotation_open (const gchar *s, gsize to)
{
  guint straight = 0, open = 0, close = 0;
  for (gsize i = 0; i < to; i++)
    if (s[i] == '"')
      straight++;
    else if ((guchar)s[i] == 0xE2 && i + 2 < to && (guchar)s[i + 1] == 0x80)
      open += (guchar)s[i + 2] == 0x9C, close += (guchar)s[i + 2] == 0x9D;
  return straight % 2 == 1 || open > close;
}

/* When word @i opens a short quotation (a quotation mark before its letters, none after them)
 * that a later word closes within HEADLINE_QUOTE_WORDS words, the index of that word; else 0. A
 * cut after @i and up to it would leave the quotation open. */
static guint
quote_close (const gchar *s, const Word *w, guint n, guint i)
{
  if (w[i].from == w[i].start || w[i].to == w[i].from || !has_quote (s, w[i].start, w[i].from)
      || has_quote (s, w[i].to, w[i].end))
    return 0;
  for (guint j = i + 1; j < n && j < i + HEADLINE_QUOTE_WORDS; j++)
    {
      if (has_quote (s, w[j].to, w[j].end))
        return j;
      if (has_quote (s, w[j].start, w[j].from))
        return 0;
    }
  return 0;
}

/* When word @i opens a quotation that a participle of saying and a comma or colon introduce
 * (", declaring: \"For goodness sake, ...\""), the index of the word that closes it, else the last
 * word; 0 when @i opens none. A cut up to it would leave the quotation open or cut short, however
 * long it is: the headline ends before the participle (trim_end drops it) or after the quotation.
 * Not after "quoted as saying", whose quotation is the clause's point, nor after a finite verb
 * ("said: ..."), where a cut at the quotation's comma may leave a whole statement. */
static guint
speech_close (const gchar *s, const Word *w, guint n, guint i)
{
  if (i < 2 || !w[i - 1].comma || w[i].from == w[i].start || w[i].to == w[i].from
      || !word_in (s, &w[i - 1], saying_participles) || word_is (s, &w[i - 2], "as")
      || !has_quote (s, w[i].start, w[i].from) || has_quote (s, w[i].to, w[i].end))
    return 0;
  for (guint j = i + 1; j < n; j++)
    if (has_quote (s, w[j].to, w[j].end))
      return j;
  return n - 1;
}

/* When word @i opens a comparison whose second part is still to come, the index of the word that
 * opens that part ("wasted more time in traffic than ...", "fewer jobs in May than ...", "as early
 * as possible", "as never before"), else 0: no cut may fall before it. A comparative ("more",
 * "less", "fewer", an adjective or adverb in -er) waits for a "than" a few words on, in its clause;
 * "as" + an adjective or adverb for the "as" or "before" right after it; "so much" for its "as". */
static guint
comparison_end (const gchar *s, const Word *w, guint n, guint i)
{
  static const gchar *const comparatives[] = { "more", "less", "fewer", "rather", NULL };
  static const gchar *const ordinals[] = { "first", "last", "only", NULL };
  gsize len = w[i].to - w[i].from;
  if (w[i].comma || len < 2 || i + 2 >= n)
    return 0;
  /* the words' lengths and first letters first: this runs for every word */
  gchar c = precis_ascii_lower (s[w[i].from]);
  if (len == 2)
    {
      if (c != 'a' || precis_ascii_lower (s[w[i].from + 1]) != 's' || w[i + 1].comma
          || !(w[i + 1].tags & (PRECIS_POS_ADJ | PRECIS_POS_ADV))
          || (w[i + 1].tags & closed_tags)
          /* (a noun only when an adjective too: "as clean as", not "as chairman") */
          || (w[i + 1].tags & (PRECIS_POS_NOUN | PRECIS_POS_ADJ)) == PRECIS_POS_NOUN)
        return 0;
      if (word_is (s, &w[i + 2], "as") || word_is (s, &w[i + 2], "before"))
        return i + 2;
      /* "as big an incident as": the adjective's noun between, its article maybe gone already */
      guint j = i + 2;
      if (j + 1 < n && (w[j].tags & PRECIS_POS_DET) && !w[j].comma)
        j++;
      return j + 1 < n && (w[j].tags & PRECIS_POS_NOUN) && !(w[j].tags & closed_tags) && !w[j].comma
                     && word_is (s, &w[j + 1], "as")
                 ? j + 1
                 : 0;
    }
  /* "the same rights as males", "cost the same as": "same" waits for its "as" */
  if (len == 4 && c == 's' && word_is (s, &w[i], "same"))
    {
      for (guint j = i + 1; j < n && j <= i + 3; j++)
        {
          if (word_is (s, &w[j], "as"))
            return j;
          if (w[j - 1].comma || w[j].dash
              || (w[j].tags & (PRECIS_POS_CONJ | PRECIS_POS_WH | PRECIS_POS_PREP)))
            return 0;
        }
      return 0;
    }
  /* "the first player [in the championship's history] to win": an ordinal's noun waits for its
   * infinitive */
  if (len <= 5 && (c == 'f' || c == 'l' || c == 'o') && (w[i + 1].tags & PRECIS_POS_NOUN)
      && word_in (s, &w[i], ordinals))
    {
      for (guint j = i + 2; j + 1 < n && j <= i + HEADLINE_COMPLEMENT_REACH; j++)
        {
          if ((w[j].tags & PRECIS_POS_TO) && (w[j + 1].tags & PRECIS_POS_VERB))
            return j;
          if (w[j - 1].comma || w[j].dash
              || (w[j].tags & (PRECIS_POS_CONJ | PRECIS_POS_WH | PRECIS_POS_SUBORD)))
            return 0;
        }
      return 0;
    }
  gboolean er = len > 4 && s[w[i].to - 1] == 'r' && s[w[i].to - 2] == 'e'
                && (w[i].tags & (PRECIS_POS_ADJ | PRECIS_POS_ADV));
  /* "not so much a shortage of homes as a shortage of the right homes": "so much" waits for its
   * "as", whose phrase is the comparison's second half, a complement: cut before it, the sentence
   * says the reverse of what it says */
  gboolean so_much
      = len == 4 && c == 'm' && i > 0 && word_is (s, &w[i], "much") && word_is (s, &w[i - 1], "so");
  if (!er && !so_much
      && !(len <= 6 && (c == 'm' || c == 'l' || c == 'f' || c == 'r') && word_in (s, &w[i], comparatives)))
    return 0;
  for (guint j = i + 1; j < n && j <= i + HEADLINE_COMPLEMENT_REACH; j++)
    {
      if (so_much ? word_is (s, &w[j], "as") : w[j].to - w[j].from == 4 && word_is (s, &w[j], "than"))
        return j;
      if (w[j - 1].comma || w[j].dash || (w[j].tags & (PRECIS_POS_CONJ | PRECIS_POS_WH)))
        return 0;
    }
  return 0;
}

/* Whether word @w may open a comparison (comparison_end): its length and first letter, or its
 * "-er", tested without a call (this runs for every word). */
static inline gboolean
may_compare (const gchar *s, const Word *w)
{
  gsize len = w->to - w->from;
  gchar c = precis_ascii_lower (s[w->from]);
  return (len >= 2 && len <= 6 && (c == 'a' || c == 'f' || c == 'l' || c == 'o' || c == 'm' || c == 'r'))
         || (len == 4 && c == 's') || (len > 4 && s[w->to - 1] == 'r' && s[w->to - 2] == 'e');
}

/* Whether word @k, after the main verb group ending at @vend, is a past participle after the noun
 * of a prepositional phrase: the verb of a reduced relative clause ("down from a record high
 * reached [last week]", "a deal with the firms named [in the report]"). Without its complement
 * it reads cut: it keeps it, or goes with its phrase. */
static gboolean
bare_participle (const Word *w, guint k, guint vend)
{
  guint t = w[k].tags;
  if (k < 2 || k <= vend + 2 || !(t & PRECIS_POS_PAST)
      || (t & (PRECIS_POS_ADJ | PRECIS_POS_NOUN | PRECIS_POS_THIRD)) || w[k].capital
      || !(w[k - 1].tags & PRECIS_POS_NOUN) || w[k - 1].comma
      || (w[k - 1].tags & (closed_tags | PRECIS_POS_PRONOUN | PRECIS_POS_OBJECT)))
    return FALSE;
  for (guint j = k - 1; j > vend + 1 && j + 5 >= k && !w[j - 1].comma; j--)
    {
      guint u = w[j - 1].tags;
      if ((u & (PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING))
          && !(u & PRECIS_POS_NOUN))
        return FALSE;
      if (u & (PRECIS_POS_AUX | PRECIS_POS_SUBORD | PRECIS_POS_CONJ | PRECIS_POS_WH))
        return FALSE;
      if (u & PRECIS_POS_PREP)
        return TRUE;
    }
  return FALSE;
}

/* Nouns whose "that" opens what they say, not a relative clause: "dismissed Israel's warning that
 * a bid to apply pressure could freeze the process". */
static const gchar *const content_nouns[]
    = { "warning",     "warnings",   "claim", "claims",     "fear",         "fears",      "hope",
        "hopes",       "belief",     "news",  "report",     "reports",      "suggestion", "allegation",
        "allegations", "evidence",   "view",  "assurance",  "promise",      "notion",     "speculation",
        "rumours",     "rumors",     "proof", "indication", "confirmation", "assertion",  "conclusion",
        "argument",    "impression", NULL };

/* The "that" or "who" of a cleft or an extraposed subject whose "it" and form of "be" end at @b
 * ("it was the character of Geet [in the film] that attracted her", "it is difficult to believe
 * that ..."), or 0: the words between hold no comma, dash or clause of their own. */
static guint
cleft_that (const gchar *s, const Word *w, guint n, guint b)
{
  static const gchar *const be[] = { "is", "was", NULL };
  if (b < 1 || w[b - 1].comma || w[b].comma || !word_in (s, &w[b], be) || !word_is (s, &w[b - 1], "it"))
    return 0;
  for (guint j = b + 2; j < n && j <= b + HEADLINE_LONG_WORDS; j++)
    {
      if (w[j - 1].comma || w[j].dash)
        return 0;
      if (word_is (s, &w[j], "that") || word_is (s, &w[j], "who"))
        return j;
      if (w[j].tags & (PRECIS_POS_WH | PRECIS_POS_CONJ))
        return 0;
    }
  return 0;
}

/* The last word of the verb group of the clause that the "that" at @t opens, or 0: its subject
 * (which may hold "to" and a verb: "a bid to apply pressure") and then its verb, or its verb at
 * once ("that attracted her"). No cut may fall before it: the clause would lose its verb. */
static guint
that_clause_end (const Word *w, guint n, guint t)
{
  if (t + 1 < n && !w[t].comma && (w[t + 1].tags & (SURE_FINITE | PRECIS_POS_THIRD))
      && !(w[t + 1].tags & (PRECIS_POS_NOUN | PRECIS_POS_ADJ)))
    return verb_group_end (w, n, t + 1);
  for (guint j = t + 2; j < n && j <= t + HEADLINE_CLAUSE_REACH; j++)
    {
      if (w[j - 1].comma || w[j].dash || (w[j].tags & (PRECIS_POS_CONJ | PRECIS_POS_WH))
          || ((w[j].tags & PRECIS_POS_SUBORD) && !(w[j].tags & PRECIS_POS_PREP)))
        return 0;
      /* a past form that may be a noun is the subject's ("a bid to apply ...") */
      if (may_be_finite (w, n, j)
          && ((w[j].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL))
              || ((w[j].tags & PRECIS_POS_PAST) && !(w[j].tags & PRECIS_POS_NOUN))))
        return verb_group_end (w, n, j);
    }
  return 0;
}

/* A short aside between commas holds at most this many words. */
#define HEADLINE_ASIDE_REACH 6

/* Whether the words from @a up to a comma, at most HEADLINE_ASIDE_REACH of them, hold no verb nor
 * opener of a clause; the index of the word after that comma, else 0. */
static guint
verbless_aside (const Word *w, guint n, guint a)
{
  for (guint i = a; i < n && i < a + HEADLINE_ASIDE_REACH; i++)
    {
      if (w[i].dash
          || (w[i].tags
              & (SURE_FINITE | PRECIS_POS_THIRD | PRECIS_POS_CONJ | PRECIS_POS_SUBORD | PRECIS_POS_WH
                 | PRECIS_POS_PRONOUN)))
        return 0;
      if (w[i].comma)
        return i + 1 < n ? i + 1 : 0;
    }
  return 0;
}

/* Where the verb is (0: nowhere) of a clause that the conjunction at @k opens and whose subject
 * has a relative clause set off by commas before that verb ("became clearer and plans in the city,
 * where 12 people were hurt, got bigger"): no verb before the comma, a relative word after it, and
 * a finite verb right after the aside's closing comma. The "and" is then a clause's boundary, and
 * no cut comes inside that subject, whose plural ("plans") is no verb. */
static guint
subject_then_aside (const gchar *s, const Word *w, guint n, guint k)
{
  static const gchar *const relatives[] = { "where", "who", "which", "whose", "when", NULL };
  guint j = k + 1;
  for (; j < n && j <= k + HEADLINE_CLAUSE_LOOKAHEAD && !w[j].comma; j++)
    /* (a plural that may be a verb + -s, "plans", is the subject here: the verb after the aside
     * has no other) */
    if (w[j].dash || (w[j].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_CONJ | PRECIS_POS_WH))
        || ((w[j].tags & PRECIS_POS_PAST) && may_be_finite (w, n, j)))
      return 0;
  if (j + 2 >= n || !w[j].comma || !word_in (s, &w[j + 1], relatives))
    return 0;
  for (guint m = j + 2; m + 1 < n && m <= j + HEADLINE_CLAUSE_REACH; m++)
    if (w[m].comma || w[m].dash)
      return w[m].comma && (w[m + 1].tags & SURE_FINITE) && !(w[m + 1].tags & PRECIS_POS_ADJ)
                     && may_be_finite (w, n, m + 1)
                 ? m + 1
                 : 0;
  return 0;
}

/* Whether the comma after word @k - 1 is a number's, written with a space after it ("a $10, 000
 * fine", as some wires' text has it): one to three digits before it, a group of three after (no
 * cut there: it would end the headline on "$10"). */
static gboolean
thousands_group (const gchar *s, const Word *w, guint k)
{
  gsize d = w[k - 1].to;
  while (d > w[k - 1].start && g_ascii_isdigit (s[d - 1]))
    d--;
  gsize digits = w[k - 1].to - d;
  if (digits == 0 || digits > 3 || (d > w[k - 1].start && g_ascii_isalnum (s[d - 1]))
      || w[k].to - w[k].from != 3)
    return FALSE;
  for (gsize i = w[k].from; i < w[k].to; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return w[k].from == w[k].start;
}

/* Whether the comma before @k opens or closes a short aside with no verb, right after which
 * comes a finite verb ("a day after their leading rusher, Chris Ivory, was shut down", "as the
 * teenager accused of the shooting, Jermayne Timmons, goes on trial"): that verb is the clause's,
 * and a cut at either comma leaves its subject without it. */
static gboolean
aside_before_verb (const gchar *s, const Word *w, guint n, guint k)
{
  if (k < 2 || k >= n || !w[k - 1].comma)
    return FALSE;
  /* ", or previously unknown, vulnerability": an aside that opens on "or" inside a noun phrase,
   * before its noun; no cut at its opening comma (@k is the "or") nor at its closing one */
  guint o = k;
  if (!word_is (s, &w[o], "or"))
    for (o = k - 1; o > 0 && k - o <= 4 && !w[o - 1].comma;)
      o--;
  if (o > 1 && o + 4 >= k && !w[o].comma && word_is (s, &w[o], "or")
      && (has_quote (s, w[o - 1].to, w[o - 1].end)
          || (w[o - 1].tags & (PRECIS_POS_ADJ | PRECIS_POS_NOUN)) == PRECIS_POS_ADJ))
    {
      guint e = verbless_aside (w, n, o + 1);
      if (e > 0 && e <= o + 4 && (o == k || e == k) && (w[e].tags & PRECIS_POS_NOUN) && !w[e].capital
          && !(w[e].tags & (closed_tags | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING)))
        return TRUE;
    }
  guint b = verbless_aside (w, n, k);
  if (b == 0)
    {
      /* the closing comma: the aside opened by an earlier one */
      guint a = k - 1;
      while (a > 0 && k - a <= HEADLINE_ASIDE_REACH && !w[a - 1].comma)
        a--;
      if (a == 0 || k - a > HEADLINE_ASIDE_REACH || verbless_aside (w, n, a) != k)
        return FALSE;
      b = k;
    }
  guint t = w[b].tags;
  return (t & (PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_THIRD))
         || ((t & PRECIS_POS_PAST) && !(t & PRECIS_POS_ADJ));
}

/* Whether the relative clause that "who", "which" or "whose" at @k opens is followed by another
 * finite verb in the same clause ("a report which concluded a schoolboy [whose death triggered
 * riots] was killed by ..."): the noun before it is the subject of that verb, and a cut at @k
 * leaves the subject without it. */
static gboolean
relative_then_verb (const gchar *s, const Word *w, guint n, guint k)
{
  static const gchar *const relatives[] = { "who", "which", "whose", NULL };
  if (k + 1 >= n || !word_in (s, &w[k], relatives))
    return FALSE;
  gboolean own = FALSE; /* the relative clause's own verb group was passed */
  for (guint j = k + 1; j < n && j <= k + HEADLINE_CLAUSE_REACH; j++)
    {
      if (w[j - 1].comma || w[j].dash
          || (w[j].tags & (PRECIS_POS_CONJ | PRECIS_POS_SUBORD | PRECIS_POS_WH | PRECIS_POS_TO)))
        return FALSE;
      if (!may_be_finite (w, n, j) || !(w[j].tags & SURE_FINITE))
        continue;
      /* past the relative's own verb, only an auxiliary or a modal is surely the next verb (a
       * verb + -s may be a plural: "triggered riots across ...") */
      if (own)
        {
          if (w[j].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL))
            return TRUE;
          continue;
        }
      /* a verb of saying's object clause has its own verb ("who police said had ...") */
      if (saying_verb (s, &w[j]))
        return FALSE;
      own = TRUE;
      j = verb_group_end (w, n, j);
    }
  return FALSE;
}

/* Whether a time phrase of at most HEADLINE_TIME_LEAD_WORDS words (is_time_lead) and "after" or
 * "before" start at @k ("a day after", "two weeks before", "hours after"): an adjunct clause. */
static gboolean
time_then_subordinator (const gchar *s, const Word *w, guint n, guint k)
{
  /* the cheap test first: "after" or "before" (a subordinator that is a preposition too) within
   * the phrase's reach, with no comma before it */
  guint j = k + 1;
  while (j < n && j <= k + HEADLINE_TIME_LEAD_WORDS && !w[j - 1].comma
         && (w[j].tags & (PRECIS_POS_SUBORD | PRECIS_POS_PREP)) != (PRECIS_POS_SUBORD | PRECIS_POS_PREP))
    j++;
  if (j >= n || j > k + HEADLINE_TIME_LEAD_WORDS || w[j - 1].comma
      || !(word_is (s, &w[j], "after") || word_is (s, &w[j], "before")))
    return FALSE;
  /* the phrase's first word: not after another of its words, a number, a preposition or "than"
   * ("for more than 48 [hours before]", "K2 20 [years after]") */
  static const gchar *const singular_units[] = { "day", "week", "month", "year", "hour", "minute", NULL };
  if (w[k].comma || w[k - 1].comma || !g_ascii_isalpha (s[w[k - 1].from])
      || precis_month_number (s + w[k - 1].from, (gssize)(w[k - 1].to - w[k - 1].from))
             != 0 /* "on March [31 after]" */
      /* a participle's or past verb's object or measure: "renamed [months after himself]" */
      || (w[k - 1].tags
          & (PRECIS_POS_PREP | PRECIS_POS_DET | PRECIS_POS_ADV | PRECIS_POS_PAST | PRECIS_POS_ING))
      || word_is (s, &w[k - 1], "than") || word_is (s, &w[k - 1], "least") || word_is (s, &w[k - 1], "one")
      || word_in (s, &w[k], singular_units) || is_time_lead (s, &w[k - 1]))
    return FALSE;
  for (guint i = k; i < j; i++)
    if (!is_time_lead (s, &w[i]))
      return FALSE;
  return TRUE;
}

/* Whether the "as" at @k closes "as well as": the three words are one conjunction ("won the prize
 * for learning as well as the one for ..."), cut before its first word, never after "as well",
 * which would end a headline cut. */
static gboolean
as_well_as (const gchar *s, const Word *w, guint k)
{
  return k >= 2 && w[k].to - w[k].from == 2 && !w[k - 1].comma && word_is (s, &w[k], "as")
         && word_is (s, &w[k - 1], "well") && word_is (s, &w[k - 2], "as");
}

/* Whether the "and" or "or" at @k joins two adjectives before their noun ("several high and
 * medium intensity tremors", "a true and correct report"): the first after a determiner, an
 * adjective or a preposition, the second no closed-class word, a past or a verb + -s, and a noun
 * after it. The words after the conjunction are the noun phrase's, not a second clause ("report"
 * may be a verb). */
static gboolean
adjectives_joined (const gchar *s, const Word *w, guint n, guint k)
{
  const guint open = closed_tags | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING;
  return k >= 2 && k + 2 < n && (word_is (s, &w[k], "and") || word_is (s, &w[k], "or")) && !w[k - 1].comma
         && !w[k + 1].comma && (w[k - 1].tags & PRECIS_POS_ADJ) && !(w[k - 1].tags & open)
         && !has_quote (s, w[k - 1].to, w[k - 1].end) /* '"single star" and all ...': a quotation closed */
         && !w[k - 2].comma
         && (w[k - 2].tags & (PRECIS_POS_DET | PRECIS_POS_ADJ | PRECIS_POS_PREP | PRECIS_POS_ING))
         && (w[k + 1].tags & PRECIS_POS_ADJ) && !(w[k + 1].tags & open) && (w[k + 2].tags & PRECIS_POS_NOUN)
         && !(w[k + 2].tags & closed_tags);
}

/* Whether the comma before @k parts two adjectives before their noun ("one of slow, grinding
 * adjustment", "a long, bitter dispute", "with additional small, round holes"): the first after a
 * determiner, an adjective or a preposition and no closed-class word, past, verb + -s or -ing, nor
 * a noun but after an adjective ("at present," is a noun's phrase); the second an adjective or an
 * -ing form (no -ing after a first that may be a noun: "the total, including taxes"), no
 * closed-class word, and a word right after it that is a noun and no number, past or verb + -s. The
 * comma is the noun phrase's, not a clause's end. */
static gboolean
adjectives_listed (const gchar *s, const Word *w, guint n, guint k)
{
  const guint open = closed_tags | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING;
  gboolean noun = (w[k - 1].tags & PRECIS_POS_NOUN) != 0;
  return k >= 2 && k + 1 < n && w[k - 1].comma && !w[k].comma && !w[k].dash && !w[k - 2].comma
         && (w[k - 1].tags & PRECIS_POS_ADJ) && !(w[k - 1].tags & open)
         && (!noun
             || ((w[k - 2].tags & PRECIS_POS_ADJ) && !(w[k - 2].tags & open)
                 && !(w[k].tags & PRECIS_POS_ING)))
         && !has_quote (s, w[k - 1].from, w[k].from)
         && (w[k - 2].tags & (PRECIS_POS_DET | PRECIS_POS_ADJ | PRECIS_POS_PREP))
         && (w[k].tags & (PRECIS_POS_ADJ | PRECIS_POS_ING)) && !(w[k].tags & (closed_tags | PRECIS_POS_PAST))
         && (w[k + 1].tags & PRECIS_POS_NOUN)
         && !(w[k + 1].tags & (closed_tags | PRECIS_POS_PAST | PRECIS_POS_THIRD))
         && g_ascii_isalpha (s[w[k + 1].from]);
}

/* Marks the cuts of an English sentence: cut[k] when the words before @k can stand alone and
 * the words from @k on are one whole optional constituent (a clause after a comma, a
 * subordinate or relative clause, a second clause, an adjunct phrase). Left to right, it keeps
 * track of the clause it is in: an adjunct phrase may go only after that clause's verb and its
 * first complement word. With @keep_whole a light noun keeps its relative clause and a short
 * quotation stays whole (quote_close); TRUE if that took a cut away.
 * In @unsure: the cuts whose boundary is ambiguous, a comma inside a list (list_follows) or a
 * preposition that may open a complement (complement_prone). */
/* Whether the "and" or "or" at @k joins two bare nouns that a participle and its preposition
 * follow ("protection of plant and animal species threatened with extinction", "men and women
 * hurt by the blast"): the past form is the nouns' reduced relative, not a second clause's
 * verb. The noun before the conjunction follows a preposition or a determiner, the words after it
 * (one or two, no determiner or adverb) are nouns or adjectives, the last a noun, and "by" or
 * "with" follows the past form (its agent or means: "and banks climbed on news" is a clause). */
static gboolean
nouns_then_participle (const gchar *s, const Word *w, guint n, guint k)
{
  if (k < 2 || k + 3 >= n || !(word_is (s, &w[k], "and") || word_is (s, &w[k], "or")) || w[k - 1].comma
      || !(w[k - 1].tags & PRECIS_POS_NOUN)
      || (w[k - 1].tags & (closed_tags | PRECIS_POS_PAST | PRECIS_POS_THIRD)))
    return FALSE;
  /* (an adjective may stand between: "of rare plant and ...") */
  guint j = k - 2;
  if (j > 0 && (w[j].tags & PRECIS_POS_ADJ) && !(w[j].tags & (closed_tags | PRECIS_POS_PAST)) && !w[j].comma)
    j--;
  if (!(w[j].tags & (PRECIS_POS_PREP | PRECIS_POS_DET)))
    return FALSE;
  for (guint i = k + 1; i < n && i <= k + 3; i++)
    {
      guint t = w[i].tags;
      if (i > k + 1 && (t & PRECIS_POS_PAST) && !(t & (closed_tags | PRECIS_POS_THIRD)))
        return (w[i - 1].tags & PRECIS_POS_NOUN) && w[i].to == w[i].end && i + 1 < n
               && (word_is (s, &w[i + 1], "by") || word_is (s, &w[i + 1], "with"));
      if (w[i].comma || !(t & (PRECIS_POS_NOUN | PRECIS_POS_ADJ)) || (t & (closed_tags | PRECIS_POS_ADV)))
        return FALSE;
    }
  return FALSE;
}

/* When word @k opens a subordinate clause inside a later clause, after "that", "and" or "but" ("said
 * that if it rains, the match will ...", "and when he arrived, two men took ...", "found that as
 * prices rose, families cut back ..."), and a comma ends it
 * before the verb of the clause it is subordinate to, the last word of that verb's group, else 0: no cut
 * may fall from the subordinator to there, which would leave the condition without what it is the
 * condition of. */
static guint
subordinate_main_end (const gchar *s, const Word *w, guint n, guint k)
{
  static const gchar *const subordinators[]
      = { "if",    "when", "whenever", "because", "although", "though", "unless", "once",
          "while", "as",   "after",    "before",  "since",    "until",  NULL };
  static const gchar *const before[] = { "that", "and", "but", NULL };
  if (k < 2 || w[k - 1].comma || !(w[k].tags & PRECIS_POS_SUBORD) || !word_in (s, &w[k - 1], before)
      || !word_in (s, &w[k], subordinators))
    return 0;
  for (guint j = k + 1; j + 1 < n; j++)
    {
      if (w[j].dash)
        return 0;
      if (w[j].comma)
        {
          for (guint m = j + 1; m < n && m <= j + HEADLINE_CLAUSE_LOOKAHEAD; m++)
            {
              if (may_be_finite (w, n, m))
                return verb_group_end (w, n, m);
              if (w[m].comma || w[m].dash)
                return 0;
            }
          return 0;
        }
    }
  return 0;
}

static gboolean
find_cuts (const Word *w, guint n, gint v, const gchar *s, gboolean keep_whole, gboolean *cut,
           gboolean *unsure)
{
  gboolean blocked = FALSE; /* a light noun's relative clause or a quotation was kept */
  gboolean need_verb = v < 0;
  guint vend = v >= 0 ? coordinated_end (w, n, verb_group_end (w, n, (guint)v)) : 0;
  guint hold = v >= 0 ? clause_object_end (w, n, vend, s) : 0;
  /* "may only be small, but ...", "is not only convenient - it also ...": the clause after the
   * comma or dash says what the concession is for */
  gboolean concession = FALSE;
  /* "correlation between X and Y": no cut before the "and" */
  gboolean between = FALSE;
  /* the "and" that closes a list, or the next item's first word (list_follows) */
  guint list_end = 0;
  /* the last word of a short quotation the words before @k opened (quote_close) */
  guint quote_end = 0;
  /* the last word of a quotation opened after a comma or colon (speech_close) */
  guint speech_end = 0;
  /* the "than" or "as" a comparison before @k waits for (comparison_end) */
  guint compare_end = 0;
  /* "has not only included X [in ...] but also made ...": no cut of any kind up to the "but" (or
   * a dash's clause, or ", it has also") that the pair waits for (not_only_pair) */
  guint not_only_end = 0;
  /* the verb of a conjunct's subject with a relative aside (subject_then_aside): none before it */
  guint verb_after = 0;
  /* a subordinate clause after "that", "and" or "but" and the verb of its main clause
   * (subordinate_main_end): no cut from @sub_start to @sub_end */
  guint sub_start = 0, sub_end = 0;
  for (guint k = 1; k < n; k++)
    {
      if (k > sub_end && (gint)k > v && (w[k].tags & PRECIS_POS_SUBORD) && !w[k - 1].comma)
        {
          guint e = subordinate_main_end (s, w, n, k);
          if (e > 0)
            {
              sub_start = k;
              sub_end = e;
            }
        }
      /* (once for the cut at a conjunction and for the clause it opens) */
      guint subject_verb = (gint)k > v && (w[k].tags & PRECIS_POS_CONJ) ? subject_then_aside (s, w, n, k) : 0;
      if (k - 1 >= compare_end && may_compare (s, &w[k - 1]))
        compare_end = comparison_end (s, w, n, k - 1);
      /* (the "and" after a list's comma still closes the list the comma before named) */
      if (w[k - 1].comma && !(list_end == k && (w[k].tags & PRECIS_POS_CONJ)))
        list_end = list_follows (s, w, n, k);
      if (k - 1 >= quote_end)
        quote_end = quote_close (s, w, n, k - 1);
      if (k - 1 >= speech_end && k >= 2 && w[k - 2].comma)
        speech_end = speech_close (s, w, n, k - 1);
      if ((w[k - 1].tags & PRECIS_POS_PREP) && word_is (s, &w[k - 1], "between"))
        between = TRUE;
      else if (w[k - 1].comma || (w[k - 1].tags & PRECIS_POS_CONJ))
        between = FALSE;
      /* a noun's content clause ("warning that a bid ... could freeze") or a cleft's, from its
       * "it was" on: no cut before the clause's verb */
      if (k > 1 && (gint)k > v && w[k - 1].to - w[k - 1].from == 4 && word_is (s, &w[k - 1], "that")
          && word_in (s, &w[k - 2], content_nouns))
        hold = MAX (hold, that_clause_end (w, n, k - 1));
      /* (only after a two-letter word: most have none) */
      guint cleft
          = k > 1 && (gint)k > v && w[k - 2].to - w[k - 2].from == 2 ? cleft_that (s, w, n, k - 1) : 0;
      if (cleft > 0)
        hold = MAX (hold, that_clause_end (w, n, cleft));
      if ((w[k - 1].tags & PRECIS_POS_ADV) && word_is (s, &w[k - 1], "only") && k > 1
          && ((w[k - 2].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL)) || word_is (s, &w[k - 2], "not")))
        {
          concession = TRUE;
          if (word_is (s, &w[k - 2], "not"))
            not_only_end = MAX (not_only_end, not_only_pair (s, w, n, k));
        }
      if ((gint)k > v && !need_verb && k > not_only_end && k > vend + 1 && k > hold + 1 && k > compare_end
          && may_end (s, w, n, k - 1, TRUE) && !bound_adjunct (w, n, k, s) && !between
          && !(v >= 0 && bare_participle (w, k - 1, vend)) && k > speech_end
          && (k < sub_start || k > sub_end))
        {
          guint t = w[k].tags;
          if (keep_whole && (k <= quote_end || needed_relative (w, n, k, s)))
            blocked = TRUE;
          else if (w[k - 1].comma || w[k].dash)
            {
              cut[k] = !concession && !aside_before_verb (s, w, n, k) && !adjectives_listed (s, w, n, k)
                       && !thousands_group (s, w, k);
              unsure[k] = cut[k] && !w[k].dash && list_end > 0;
            }
          /* "prize for learning [as well as ...]": before it, never after "as well" */
          else if (w[k].to - w[k].from == 2
                   && (as_well_as (s, w, k) || (k + 2 < n && as_well_as (s, w, k + 2))))
            cut[k] = !as_well_as (s, w, k);
          else if ((t & PRECIS_POS_WH) || ((t & PRECIS_POS_SUBORD) && !(t & PRECIS_POS_PREP)))
            /* not "that": it may open the object clause; nor "if" or "whether" right after a verb
             * ("confirmed if she is ...", "asked whether"): that is its object; nor a wh-word right
             * after a verb and its "out" ("finding out who is using ..."): the phrasal verb's object */
            cut[k] = !(t & PRECIS_POS_DET)
                     && !relative_then_verb (s, w, n, k)
                     /* "at least once", "more than once": a count, no clause after it */
                     && !(word_is (s, &w[k], "once")
                          && (word_is (s, &w[k - 1], "least") || word_is (s, &w[k - 1], "than")))
                     && !((word_is (s, &w[k], "if") || word_is (s, &w[k], "whether"))
                          && (w[k - 1].tags & (PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_VERB))
                          && !(w[k - 1].tags & PRECIS_POS_NOUN))
                     && !(k >= 2 && !w[k - 1].comma && word_is (s, &w[k - 1], "out")
                          && (w[k - 2].tags
                              & (PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING)));
          else if ((t & PRECIS_POS_SUBORD) && clause_follows (w, n, k)) /* "after prices fell" */
            cut[k] = !complement_preposition (w, n, k, s);              /* "quoted ... as saying" */
          else if (t & PRECIS_POS_CONJ)
            {
              /* "and that peers should lead ...": a second object clause */
              cut[k] = (clause_follows (w, n, k)
                        || (k + 1 < n && word_is (s, &w[k + 1], "that") && clause_follows (w, n, k + 1))
                        /* "and when he arrived, two men ...", "and that if it ..., it would": a
                         * clause after its subordinate one */
                        || (k + 1 < n && (w[k + 1].tags & PRECIS_POS_SUBORD)
                            && subordinate_main_end (s, w, n, k + 1) > 0)
                        || (k + 2 < n && word_is (s, &w[k + 1], "that")
                            && subordinate_main_end (s, w, n, k + 2) > 0)
                        || subject_verb > 0)
                       && !paired_conjunction (w, k, s) && !nouns_then_participle (s, w, n, k)
                       && !adjectives_joined (s, w, n, k)
                       /* "classes 10 [and 12]": numbers joined are one phrase */
                       && !(k + 1 < n && !w[k - 1].comma && g_ascii_isdigit (s[w[k - 1].from])
                            && g_ascii_isdigit (s[w[k + 1].from]));
              unsure[k] = cut[k] && k == list_end;
            }
          else if (time_then_subordinator (s, w, n, k)) /* "a day after the striker was ruled out" */
            cut[k] = TRUE;
          else /* "Bank in Dublin" is cut, "Bank of England" is not, nor "driven by" */
            {
              cut[k] = adjunct_preposition (&w[k], s) && !complement_preposition (w, n, k, s)
                       && !noun_complement (w, k, s) && !comparison_scope (w, k, s)
                       && !superlative_scope (w, n, k, s)
                       /* "the View From Great Edinburgh Cross Country": a capital inside a name */
                       && !(w[k].capital && w[k - 1].capital && k > 1)
                       && !infinitive_complement (w, n, k, vend, s)
                       && !(w[k - 1].tags & (PRECIS_POS_PAST | PRECIS_POS_ING))
                       && !(word_is (s, &w[k], "by") && after_particle (s, w, k)) /* "put out by" */
                       /* "so hungry for", "too close to": a degree adjective's complement */
                       && !((w[k - 1].tags & PRECIS_POS_ADJ) && k > 1
                            && (word_is (s, &w[k - 2], "so") || word_is (s, &w[k - 2], "too")))
                       && !((w[k - 1].tags & PRECIS_POS_VERB) && k > 1
                            && (w[k - 2].tags & (PRECIS_POS_TO | PRECIS_POS_MODAL | PRECIS_POS_CONJ)))
                       && !((w[k - 1].tags & PRECIS_POS_ADJ) && k > 1 && w[k - 2].plural) /* "deep in debt" */
                       /* inside a list's item: "safety, plans [for a new terminal] and ..." */
                       && !(list_end > k && (w[list_end].tags & PRECIS_POS_CONJ))
                       /* "a chase back [into town]": the adverb heads the phrase of motion */
                       && !(word_is (s, &w[k - 1], "back")
                            && (word_is (s, &w[k], "into") || word_is (s, &w[k], "onto")
                                || word_is (s, &w[k], "towards")));
              unsure[k] = cut[k] && word_in (s, &w[k], complement_prone);
            }
        }
      if (w[k - 1].comma || w[k].dash || ((w[k - 1].tags & PRECIS_POS_CONJ) && word_is (s, &w[k - 1], "but")))
        concession = FALSE;
      /* A new clause starts: its own verb comes before any adjunct of it is cut. */
      gboolean opens = ((w[k].tags & (PRECIS_POS_SUBORD | PRECIS_POS_WH)) && !(w[k].tags & PRECIS_POS_PREP))
                       || is_question_word (s, &w[k])
                       || ((w[k].tags & (PRECIS_POS_CONJ | PRECIS_POS_SUBORD)) && clause_follows (w, n, k)
                           && !paired_conjunction (w, k, s));
      if (subject_verb > 0)
        verb_after = subject_verb;
      if ((gint)k > v && (opens || subject_verb > 0) && k != list_end) /* "and Telugu films" closes a list */
        need_verb = TRUE;
      else if (need_verb && (gint)k > v && k >= verb_after && may_be_finite (w, n, k))
        {
          need_verb = FALSE;
          vend = coordinated_end (w, n, verb_group_end (w, n, k));
          /* a later clause's verb of saying keeps its object clause too ("weeks after the republic
           * claimed a plane [from Russia] launched a missile") */
          if ((w[vend].tags & (PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_VERB))
              && saying_verb (s, &w[vend]))
            hold = MAX (hold, clause_object_end (w, n, vend, s));
        }
    }
  return blocked;
}

/* Headline style for the passive: "was arrested" -> "arrested", "has been fined" -> "fined".
 * Only the main verb's auxiliaries go. */
static void
drop_passive (const gchar *s, Word *w, guint n, gint v)
{
  /* nor after an aside's comma ("stocks, especially those of banks, have been pounded"): the
   * subject is far back, maybe inside a clause */
  if (v < 1 || (guint)v + 1 >= n || w[v].comma || w[v - 1].comma)
    return;
  /* nor after a subject with a participle phrase ("A number launched to address ... has been
   * filled up": without its auxiliary the verb reads as a second participle) */
  for (guint j = 1; j + 1 < (guint)v; j++)
    if ((w[j].tags & PRECIS_POS_PAST) && !(w[j].tags & (PRECIS_POS_AUX | PRECIS_POS_ADJ))
        && (w[j - 1].tags & PRECIS_POS_NOUN) && !(w[j - 1].tags & closed_tags) && !w[j - 1].comma
        && (w[j + 1].tags & (PRECIS_POS_PREP | PRECIS_POS_TO)))
      return;
  /* nor in a what-clause that is the subject ("In what way the money was spent is not clear"), nor
   * in an explainer's clause that a wh-word opens ("How the bridge was built": no "How bridge built") */
  static const gchar *const explainer_wh[] = { "how", "why", "where", "when", NULL };
  if (word_is (s, &w[0], "what") || word_is (s, &w[1], "what") || word_in (s, &w[0], explainer_wh))
    return;
  /* Not in a relative clause ("who was credited with" stays), nor after a modal or a negation
   * ("couldn't have colluded" stays) */
  const gchar *prev_end = s + w[v - 1].end;
  /* nor after a pronoun ("he was touted" is no "he touted"), nor before "to" or "as" */
  if ((guint)v + 2 < n
      && (w[v + 2].tags & PRECIS_POS_TO || g_ascii_strncasecmp (s + w[v + 2].start, "as ", 3) == 0))
    return;
  if ((w[v - 1].tags
       & (PRECIS_POS_WH | PRECIS_POS_MODAL | PRECIS_POS_AUX | PRECIS_POS_TO | PRECIS_POS_NONFINITE
          | PRECIS_POS_PRONOUN))
      || (w[v - 1].end - w[v - 1].start > 3
          && (g_str_has_prefix (prev_end - 3, "n't") || g_str_has_prefix (prev_end - 3, "n?t")
              || (w[v - 1].end - w[v - 1].start > 5 && g_str_has_prefix (prev_end - 5, "n\xE2\x80\x99t")))))
    return;
  static const gchar *const be_forms[] = { "is ", "are ", "was ", "were ", NULL };
  static const gchar *const have_forms[] = { "has been ", "have been ", "had been ", NULL };
  static const gchar *const perfect_forms[] = { "has ", "have ", "had ", NULL };
  const gchar *at = s + w[v].start;
  guint next = w[v + 1].tags;
  if (prefix_in (at, be_forms) && (next & PRECIS_POS_PAST) && !(next & PRECIS_POS_NOUN))
    w[v].drop = TRUE;
  if (prefix_in (at, have_forms) && (guint)v + 2 < n && (w[v + 2].tags & PRECIS_POS_PAST)
      && !(w[v + 2].tags & PRECIS_POS_NOUN))
    w[v].drop = w[v + 1].drop = TRUE;
  /* "has dismissed" -> "dismissed": a regular verb's participle is also its past tense. */
  gsize len = w[v + 1].end - w[v + 1].start;
  if (prefix_in (at, perfect_forms) && (next & PRECIS_POS_PAST) && len > 3
      && g_ascii_strncasecmp (s + w[v + 1].end - 2, "ed", 2) == 0)
    w[v].drop = TRUE;
}

static guint
utf8_len (const gchar *s, gsize n)
{
  return (guint)g_utf8_strlen (s, (gssize)n);
}

/* The characters of word @w of @s (utf8_len of its bytes): its length in bytes when they are all
 * ASCII, most words, without a step over them. */
static inline guint
word_chars (const gchar *s, const Word *w)
{
  return w->ascii ? (guint)(w->end - w->start) : utf8_len (s + w->start, w->end - w->start);
}

/* An appositive longer than this is more likely a list or a clause. */
#define HEADLINE_APPOSITIVE_WORDS 25

/* Whether the words before the comma at @a open on a determiner and a time word ("That
 * afternoon,", "One night in June,", "Every morning at five,"): a time adverbial, not a subject. */
static gboolean
time_adverbial (const gchar *s, const Word *w, guint a)
{
  static const gchar *const times[]
      = { "morning", "afternoon", "evening", "night",  "day",    "week", "weekend", "month",
          "year",    "summer",    "winter",  "spring", "autumn", "time", "hour",    NULL };
  static const gchar *const openers[] = { "every", "each", "one", "that", "this", "last", "next", NULL };
  return a >= 1 && !w[0].comma && word_in (s, &w[0], openers) && word_in (s, &w[1], times);
}

/* @s without a parenthetical or appositive between the subject and the verb ("Paul Gascoigne,
 * the former England player, will join" -> "Paul Gascoigne will join"), or NULL: the first
 * comma comes before any verb, and a verb follows the next comma. */
/* Whether the words after the name's comma at @a, up to the auxiliary at @b, are an appositive
 * whose closing comma the source left out ("The Wasilla Bible Church, the Alaskan church made
 * famous as ... Sarah Palin has caught fire"; its articles are gone by now): a name, then a phrase
 * that holds a common noun's past participle ("church made famous"), then the auxiliary and a
 * participle. The name is all capitalised words, and ends on a comma. */
static gboolean
unclosed_appositive (const gchar *s, const Word *w, guint n, guint a, guint b)
{
  if (s[w[a].end - 1] != ',')
    return FALSE;
  if (!w[0].capital || b < a + 4 || b + 1 >= n || b - a > HEADLINE_APPOSITIVE_WORDS
      || !(w[b + 1].tags & (PRECIS_POS_PAST | PRECIS_POS_ING)))
    return FALSE;
  for (guint i = 0; i <= a; i++)
    if (!w[i].capital)
      return FALSE;
  for (guint i = a + 3; i < b; i++)
    if (w[i].comma || (w[i].tags & (PRECIS_POS_WH | PRECIS_POS_CONJ)) == PRECIS_POS_WH)
      return FALSE;
  for (guint i = a + 3; i < b; i++)
    if ((w[i].tags & PRECIS_POS_PAST) && !(w[i].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL))
        && (w[i - 1].tags & PRECIS_POS_NOUN) && !w[i - 1].capital)
      return TRUE;
  return FALSE;
}

static gchar *
drop_appositive (const gchar *s, const Word *w, guint n)
{
  guint a = first_comma (w, n);
  if (a == G_MAXUINT)
    return NULL;
  /* a one-word subject is a name ("Pramod, a manager who ..., died"; "Parry", a verb too), not
   * "However," nor "Yesterday," */
  if ((a == 0 && (!w[0].capital || (w[0].tags & (closed_tags | PRECIS_POS_ADV | PRECIS_POS_ADJ))))
      || a + 2 >= n || (w[0].tags & PRECIS_POS_PRONOUN))
    return NULL;
  /* a phrase that opens on a preposition is no subject ("In a blow to the party, two members
   * who ..., have joined"): what follows its comma is the subject, not an appositive */
  if ((w[0].tags & (PRECIS_POS_PREP | PRECIS_POS_NOUN | PRECIS_POS_ADJ)) == PRECIS_POS_PREP)
    return NULL;
  /* nor one that opens on a determiner and a time word ("That afternoon, Sam Hale pulls on his
   * coat, checks ..."): a time adverbial, its comma the clause's */
  if (time_adverbial (s, w, a))
    return NULL;
  /* The appositive may run over several commas ("Emma Jackson, 28, a nurse who moved here last
   * year, says") when no part of it opens on a conjunction ("John, 28, and Mary, 30, were") and
   * it has no subject pronoun and no auxiliary or modal but a relative clause's (a participle or a
   * verb + -s may be an appositive's noun: "now aged 60", "wanted in funding cases"). */
  gboolean relative = FALSE;
  for (guint b = a + 1; b + 1 < n; b++)
    {
      if ((w[b].tags & PRECIS_POS_WH) && !(w[b].tags & PRECIS_POS_DET))
        relative = TRUE;
      else if (b > a + 1 && w[b - 1].comma && (w[0].tags & (closed_tags | PRECIS_POS_ADV | PRECIS_POS_ING)))
        return NULL; /* past a second comma only after a subject ("With X in turmoil, it ...") */
      else if ((w[b].tags & PRECIS_POS_PRONOUN)
               || (!relative && !w[b - 1].comma && may_be_finite (w, n, b)
                   && (w[b].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL))))
        {
          if (!(w[b].tags & PRECIS_POS_PRONOUN) && unclosed_appositive (s, w, n, a, b))
            {
              GString *out = g_string_new_len (s, (gssize)w[a].end - 1); /* without the comma */
              g_string_append_c (out, ' ');
              g_string_append (out, s + w[b].start);
              return g_string_free (out, FALSE);
            }
          return NULL;
        }
      if (!w[b].comma)
        continue;
      if ((w[b + 1].tags & PRECIS_POS_CONJ) || b - a > HEADLINE_APPOSITIVE_WORDS)
        return NULL;
      /* the verb may come after an adverb: "Parry, speaking to the BBC, also admits ..." */
      guint c = b + 1;
      while (c + 1 < n && w[c].tags == PRECIS_POS_ADV && !w[c].comma)
        c++;
      /* (after an adverb, a verb that is no adjective: "Big Ben, also known as ..." is a name's
       * appositive) */
      if (!may_be_finite (w, n, c) || (w[c].tags & (PRECIS_POS_PAST | PRECIS_POS_ING)) == w[c].tags
          || (c > b + 1 && !(w[c].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_THIRD))
              && (w[c].tags & (PRECIS_POS_PAST | PRECIS_POS_ADJ)) != PRECIS_POS_PAST))
        {
          relative = FALSE;
          continue;
        }
      {
        GString *out = g_string_new_len (s, (gssize)w[a].end - 1); /* without the comma */
        g_string_append (out, s + w[b].end);
        return g_string_free (out, FALSE);
      }
    }
  return NULL;
}

/* The words before @k that are kept, joined by spaces, without a final comma. */
static GString *
join_words (const gchar *s, const Word *w, guint k)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < k; i++)
    if (!w[i].drop)
      {
        if (out->len > 0)
          g_string_append_c (out, ' ');
        g_string_append_len (out, s + w[i].start, (gssize)(w[i].end - w[i].start));
      }
  return out;
}

/* Whether the subject of the verb at @v is a pronoun that opens the clause: "In particular it
 * talked", "After the complaint, we took"; not "Lomu says he cannot" (a verb comes before it). */
static gboolean
subject_pronoun (const gchar *s, const Word *w, guint n, guint v)
{
  while (v > 1 && w[v - 1].tags == PRECIS_POS_ADV && !w[v - 2].comma) /* "it literally took" */
    v--;
  if (!(w[v - 1].tags & PRECIS_POS_PRONOUN) || (w[v - 1].tags & PRECIS_POS_POSS))
    return FALSE;
  guint from = 1; /* after a leading phrase and its comma ("In most cases, we have") */
  for (guint i = 0; i + 1 < v; i++)
    if (w[i].comma)
      from = i + 2;
  /* "When Ranbir Kapoor entered Bollywood, he was touted ...": "he" or "she" after a leading
   * subordinate clause whose subject is a name points at that name */
  if (from > 3 && (w[0].tags & PRECIS_POS_SUBORD) && w[1].capital && !(w[1].tags & closed_tags)
      && (word_is (s, &w[v - 1], "he") || word_is (s, &w[v - 1], "she")))
    {
      for (guint i = 2; i + 2 < from; i++)
        if (may_be_finite (w, n, i) && (w[i].tags & (SURE_FINITE | PRECIS_POS_THIRD)))
          return FALSE;
    }
  for (guint i = from; i + 1 < v; i++)
    if (may_be_finite (w, n, i))
      return FALSE;
  return TRUE;
}

/* Whether @s (@w, @n; @v its verb) is an explainer's headline, a clause opened by "What", "How" or
 * "Why" with "you" for its subject, that is no question ("What you need to know about the new rules
 * on vaping", "How you can cut your energy bills"): its "you" is no pronoun pointing back. */
static gboolean
explainer_clause (const gchar *s, const Word *w, guint n, gint v)
{
  static const gchar *const wh[] = { "what", "how", "why", NULL };
  if (v != 2 || n < 5 || !word_in (s, &w[0], wh) || !word_is (s, &w[1], "you") || w[0].comma || w[1].comma)
    return FALSE;
  const gchar *end = s + w[n - 1].end;
  while (end > s && (end[-1] == ' ' || end[-1] == '.'))
    end--;
  return end > s && end[-1] != '?';
}

/* Whether the "It" that opens @s (@w, @n; @v its verb) points ahead to an infinitive a few words
 * on, not back at a thing named before: "It cost the taxpayer £2bn to bail out the bank", "It took
 * firefighters six hours to bring the blaze under control". The headline tells its reader what "it" is. */
static gboolean
anticipatory_it (const gchar *s, const Word *w, guint n, gint v)
{
  static const gchar *const verbs[] = { "cost", "costs", "took", "takes", NULL };
  if (v != 1 || !word_is (s, &w[0], "it") || w[0].comma || !word_in (s, &w[1], verbs))
    return FALSE;
  /* the infinitive within a few words, with no conjunction or comma before it (a headline cut
   * there would keep the "it" without what it stands for) */
  for (guint i = 2; i + 1 < n && i < 8 && !w[i - 1].comma && !(w[i - 1].tags & PRECIS_POS_CONJ); i++)
    if ((w[i].tags & PRECIS_POS_TO) && (w[i + 1].tags & PRECIS_POS_VERB))
      return TRUE;
  return FALSE;
}

/* Whether some cut of @cut (the words before it) is within HEADLINE_LONG_WORDS and
 * HEADLINE_LONG_CHARS, or the sentence ends there. */
static gboolean
fits_somewhere (const Word *w, guint n, const gboolean *cut)
{
  for (guint k = 1; k < n; k++)
    if (cut[k])
      return k <= HEADLINE_LONG_WORDS && w[k - 1].end - w[0].start <= HEADLINE_LONG_CHARS;
  return n <= HEADLINE_LONG_WORDS && w[n - 1].end - w[0].start <= HEADLINE_LONG_CHARS;
}

/* Whether the predicate of the prefix of @k words, after the verb group ending at @vend, has at
 * most one word that carries content ("is in talks", "is someone", "is making it easier", "cannot
 * take a stand"): a headline that lost its point with what was cut. The sentence's end is never
 * weak: nothing was cut after it. */
static gboolean
weak_predicate (const gchar *s, const Word *w, guint k, guint vend)
{
  /* The predicate of the last auxiliary's or modal's verb group: of an object clause too ("said
   * it cannot take a stand"). */
  for (guint i = k; i-- > vend + 1;)
    if (w[i].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL))
      {
        vend = verb_group_end (w, k, i);
        break;
      }
  guint content = 0, last = 0;
  for (guint i = vend + 1; i < k; i++)
    if (!w[i].drop
        /* "went ahead as planned", "rose as expected": says nothing new */
        && !(i + 1 == k && (w[i].tags & PRECIS_POS_PAST) && word_is (s, &w[i - 1], "as"))
        && !(w[i].tags
             & (PRECIS_POS_DET | PRECIS_POS_PREP | PRECIS_POS_PRONOUN | PRECIS_POS_OBJECT | PRECIS_POS_CONJ
                | PRECIS_POS_POSS | PRECIS_POS_TO)))
      {
        content++;
        last = i;
      }
  if (content != 1)
    return content == 0;
  /* One word, but a name for object ("is buying Beats"): not a predicate that lost its point.
   * Not a name after "is" ("it is Tories who ...") or a verb of saying (the subject of a clause:
   * "said Kejriwal and his aides demanded"), nor an acronym ("made OBE", "lodged FIR"). */
  const gchar *name = s + w[last].start;
  if (last == vend + 1 && g_ascii_isupper (name[0]) && g_ascii_islower (name[1])
      && !(w[vend].tags & (PRECIS_POS_AUX | PRECIS_POS_NONFINITE)) && !word_in (s, &w[vend], saying_words))
    return FALSE;
  return TRUE;
}

/* Whether words @i to @k - 1 hold a conjunction or a comma: a list's items, not one phrase. */
static gboolean
list_item (const Word *w, guint i, guint k)
{
  for (guint j = i; j < k; j++)
    if (w[j].comma || (w[j].tags & PRECIS_POS_CONJ))
      return TRUE;
  return FALSE;
}

/* Whether the words from the comma after word @c back to the comma before them (or the text's
 * start) hold a finite verb: they are a clause, not a phrase of a list. */
static gboolean
clause_before (const Word *w, guint c)
{
  for (guint j = c + 1; j-- > 0 && (j == c || !w[j].comma);)
    if ((w[j].tags & (SURE_FINITE | PRECIS_POS_THIRD)) && may_be_finite (w, c + 1, j))
      return TRUE;
  return FALSE;
}

/* Whether the prefix of @k words ends in a conjunct that has no verb yet (", but in recent years":
 * its clause was to come), in part of a phrase set off by a comma (", without help" of ", without
 * help from viruses or bacteria,": the cut at the comma is the whole phrase's) or in an
 * appositive's short noun phrase before its relative clause or preposition's phrase (", a figure
 * [which ...]", ", the first slowdown [in six months]"), or in a verbless item after a comma
 * before an "and" (", Y [and Z have emerged]"). */
static gboolean
verbless_tail (const Word *w, guint k)
{
  for (guint i = k; i-- > 1 && i + HEADLINE_CLAUSE_LOOKAHEAD > k;)
    {
      /* a plural noun after a preposition or determiner is no verb: ", and from the looks of it" */
      gboolean noun = (w[i].tags & PRECIS_POS_NOUN) && !(w[i].tags & SURE_FINITE)
                      && (w[i - 1].tags & (PRECIS_POS_PREP | PRECIS_POS_DET | PRECIS_POS_POSS));
      if ((w[i].tags & (SURE_FINITE | PRECIS_POS_THIRD)) && !noun)
        return FALSE;
      if ((w[i].tags & (PRECIS_POS_CONJ | PRECIS_POS_PREP)) && w[i - 1].comma)
        return (w[i].tags & PRECIS_POS_CONJ) || !w[k - 1].comma;
      /* a list's last item before its "and" after clauses ("..., X can't stop scoring, Y [and Z
       * have emerged]"): Y is the next clause's subject, with no verb before the cut; not a list of
       * a predicate's adjectives ("is funny, inspiring, super-smart force [and ...]"): the item
       * before the comma is a clause, with its own verb */
      if (w[i - 1].comma && (w[k].tags & PRECIS_POS_CONJ) && !w[k - 1].comma && !list_item (w, i, k)
          && (w[i].tags & (PRECIS_POS_NOUN | PRECIS_POS_DET | PRECIS_POS_POSS))
          && !(w[i].tags & (PRECIS_POS_ING | PRECIS_POS_PREP | PRECIS_POS_ADV)) && clause_before (w, i - 1))
        return TRUE;
      /* an appositive's noun whose relative clause was cut: "rose 1.5% in January, a figure [which
       * bodes well ...]" (its article is gone by now), or whose preposition's phrase was: "rose less
       * than expected in October, the first slowdown [in six months]", "killed in Marseille, the
       * second [in a week]" (the cut at the comma is the whole appositive's) */
      if (w[i - 1].comma && (w[i].tags & (PRECIS_POS_DET | PRECIS_POS_NOUN)) && (w[k].tags & PRECIS_POS_WH)
          && k - i <= 2)
        return TRUE;
      /* (before a preposition not a name in apposition, "to sue the car giant, Hyundai [over
       * ...]", nor a list's last items, "notices to Centre, Facebook, WhatsApp and TRAI [on ...]",
       * nor a participle's phrase, ", bouncing back [from ...]", nor the next of a list of
       * adjectives, "this quiet, sun-baked border town") */
      if (w[i - 1].comma && !w[i].capital && (w[i].tags & (PRECIS_POS_DET | PRECIS_POS_NOUN | PRECIS_POS_ADJ))
          && !(w[i].tags & PRECIS_POS_ING) && !(w[i - 1].tags & PRECIS_POS_ADJ)
          && (w[k].tags & PRECIS_POS_PREP) && k - i <= 3 && !list_item (w, i, k))
        return TRUE;
    }
  return FALSE;
}

/* Whether the prefix of the first @k words (those kept) is within HEADLINE_LONG_WORDS and
 * HEADLINE_LONG_CHARS. */
static gboolean
within_long (const gchar *s, const Word *w, guint k)
{
  guint n_kept = 0, n_chars = 0;
  for (guint i = 0; i < k; i++)
    if (!w[i].drop)
      {
        n_chars += (n_kept > 0) + word_chars (s, &w[i]);
        n_kept++;
      }
  return k > 0 && n_kept <= HEADLINE_LONG_WORDS && n_chars <= HEADLINE_LONG_CHARS;
}

/* Whether the prefix of @k of the @n words lost its point with what follows: its predicate is
 * weak (weak_predicate), or it ends on a phrasal verb's particle whose preposition comes next
 * ("came down heavily [on ...]", "cracked down [on ...]"). */
static gboolean
lost_point (const gchar *s, const Word *w, guint n, guint k, guint vend)
{
  return weak_predicate (s, w, k, vend)
         || (k < n && (w[k].tags & PRECIS_POS_PREP) && after_particle (s, w, k));
}

/* Whether the cut before word @k is one pick_cut may take: not after a conjunct with no verb
 * yet nor inside a phrase set off by a comma (verbless_tail). */
static gboolean
cut_usable (const Word *w, guint n, const gboolean *cut, guint k, gboolean english)
{
  return cut[k] && (k == n || !english || !verbless_tail (w, k));
}

/* The end of the headline among the cuts @cut: the longest prefix ending at a cut that fits, or
 * 0 (then *@shortest is the first cut, the shortest complete prefix). A prefix whose predicate
 * lost its point gives way to the next cut that does not, within the long budget. An end that is
 * @unsure (a comma inside a list, a preposition that may open a complement) runs on to the next
 * usable sure end when that is within the long budget and did not lose its point; else it
 * stays (never back to a shorter prefix). */
static guint
pick_cut (const gchar *s, const Word *w, guint n, const gboolean *cut, const gboolean *unsure, guint vend,
          gboolean english, guint *shortest)
{
  guint best = 0, n_kept = 0, n_chars = 0, longer = 0;
  *shortest = 0;
  for (guint k = 1; k <= n; k++)
    {
      if (!w[k - 1].drop)
        {
          n_chars += (n_kept > 0) + word_chars (s, &w[k - 1]);
          n_kept++;
        }
      if (!cut_usable (w, n, cut, k, english))
        continue;
      if (*shortest == 0)
        *shortest = k;
      if (n_kept <= HEADLINE_MAX_WORDS && n_chars <= HEADLINE_MAX_CHARS)
        best = k;
      else if (longer == 0 && best > 0 && vend > 0 && n_kept <= HEADLINE_LONG_WORDS
               && n_chars <= HEADLINE_LONG_CHARS && !lost_point (s, w, n, k, vend))
        longer = k;
    }
  if (longer > 0 && best < n && lost_point (s, w, n, best, vend))
    best = longer;
  if (best > 0 && best < n && unsure[best])
    for (guint k = best + 1; k <= n; k++)
      if (cut_usable (w, n, cut, k, english) && (k == n || !unsure[k]))
        {
          if (within_long (s, w, k) && (k == n || vend == 0 || !lost_point (s, w, n, k, vend)))
            best = k;
          break;
        }
  /* likewise the shortest complete prefix, when nothing fits the short budget */
  if (best == 0 && *shortest > 0 && *shortest < n && unsure[*shortest])
    for (guint k = *shortest + 1; k <= n; k++)
      if (cut_usable (w, n, cut, k, english) && (k == n || !unsure[k]))
        {
          if (within_long (s, w, k) && (k == n || vend == 0 || !lost_point (s, w, n, k, vend)))
            *shortest = k;
          break;
        }
  return best;
}

static guint comparison_end (const gchar *s, const Word *w, guint n, guint i);
static guint listener_then_that (const gchar *s, const Word *w, guint n, guint vend);

/* Verbs whose object is the subject of an infinitive that completes them ("asked women staff to
 * tie ...", "urged voters to ..."): stems as verb_form_of matches them. */
static const gchar *const control_verbs[]
    = { "ask",    "urg",      "told",    "tell",   "forc",   "allow",  "want",   "encourag",
        "order",  "invit",    "persuad", "help",   "enabl",  "requir", "expect", "compel",
        "direct", "instruct", "advis",   "warn",   "permit", "caus",   "led",    "lead",
        "prompt", "push",     "press",   "call",   "get",    "got",    "need",   "pressur",
        "inspir", "challeng", "request", "appeal", "beg",    NULL };

/* Whether a verb a few words before the "to" at @k takes its object with an infinitive. */
static gboolean
controls_infinitive (const gchar *s, const Word *w, guint k)
{
  for (guint i = k > HEADLINE_COMPLEMENT_REACH ? k - HEADLINE_COMPLEMENT_REACH : 0; i < k; i++)
    if (w[i].tags & (PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING))
      if (verb_in (s, &w[i], control_verbs))
        return TRUE;
  return FALSE;
}

/* Nouns whose infinitive says what they are ("agreement to sell", "bid to win", "right to vote"),
 * and "due to", "enough to", whose words are nouns too. */
static const gchar *const infinitive_nouns[]
    = { "agreement",   "deal",          "plan",       "plans",   "bid",         "decision",
        "move",        "effort",        "efforts",    "attempt", "order",       "right",
        "permission",  "chance",        "way",        "pledge",  "promise",     "proposal",
        "call",        "calls",         "vote",       "offer",   "bill",        "campaign",
        "drive",       "push",          "deadline",   "time",    "opportunity", "ability",
        "power",       "approval",      "consent",    "failure", "refusal",     "need",
        "intention",   "commitment",    "mandate",    "licence", "license",     "authority",
        "willingness", "determination", "reluctance", "bids",    "moves",       "talks",
        "due",         "enough",        NULL };

/* Whether the word before the "to" + verb at @k (past adverbs) takes it as its complement: a verb ("were
 * seeking to negotiate"), an adjective ("eager to escape"; not "capital", a noun too) or a word of
 * infinitive_nouns. */
static gboolean
takes_infinitive (const gchar *s, const Word *w, guint k)
{
  /* past an adverb: "failed in talks here to overcome" */
  while (k > 1 && w[k - 1].tags == PRECIS_POS_ADV)
    k--;
  const Word *before = &w[k - 1];
  /* one of them, or its plural ("ways to", "decisions to"); not "times", a multiplier or a
   * schedule's ("break times [to help ...]") more often than "time to" */
  if (word_in (s, before, infinitive_nouns)
      || (before->plural && ascii_in (s + before->from, before->to - before->from - 1, infinitive_nouns)
          && !word_is (s, before, "times")))
    return TRUE;
  /* the infinitive an ordinal's noun waits for ("the first player in its history to win") */
  for (guint i = k > HEADLINE_COMPLEMENT_REACH ? k - HEADLINE_COMPLEMENT_REACH : 0; i + 1 < k; i++)
    if (comparison_end (s, w, k + 2, i) == k)
      return TRUE;
  /* an adjective that is a noun too takes it after a verb ("would be eager to"), not as a noun
   * ("the Bosnian capital to") */
  if ((before->tags & PRECIS_POS_ADJ) && k > 1
      && (w[k - 2].tags
          & (PRECIS_POS_AUX | PRECIS_POS_NONFINITE | PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD
             | PRECIS_POS_ADV)))
    return TRUE;
  /* "demand", "plans": a word that is also a noun is taken for one */
  return (before->tags & (PRECIS_POS_PAST | PRECIS_POS_ING))
         || ((before->tags & (PRECIS_POS_VERB | PRECIS_POS_THIRD | PRECIS_POS_ADJ))
             && !(before->tags & PRECIS_POS_NOUN));
}

/* Whether "such" or "so" comes a few words before word @k (within its phrase): then a "that" at @k
 * opens the result clause the degree word waits for ("to such an extent that", "so many that"). */
static gboolean
degree_before (const gchar *s, const Word *w, guint k)
{
  for (guint i = k; i-- > 0 && i + 4 > k;)
    {
      if (w[i].comma && i + 1 < k)
        return FALSE;
      if (word_is (s, &w[i], "such") || word_is (s, &w[i], "so"))
        return TRUE;
    }
  return FALSE;
}

/* Looser ends of the main clause, for a sentence that has no complete headline within the long
 * budget or whose headline lost its point:
 * before an infinitive after the verb's complement ("will visit China [to negotiate ...]"),
 * before a second verb phrase ("negotiate new deals [and finalize ...]") and before a relative
 * clause after a noun ("agreements [that arose from ...]"). Each may lose what the sentence was
 * for, so they are not cuts of their own: a complete clause beats a cut at a budget. TRUE if
 * one was added to @cut. */
static gboolean
fallback_cuts (const gchar *s, const Word *w, guint n, gint v, guint vend, gboolean *cut)
{
  gboolean added = FALSE;
  for (guint k = vend + 2; k + 1 < n; k++)
    {
      /* only in the main clause: not in a subordinate clause or after a comma */
      gboolean ends = w[k - 1].comma || w[k].dash || (w[k].tags & (PRECIS_POS_WH | PRECIS_POS_SUBORD));
      if ((gint)k <= v || cut[k] || !may_end (s, w, n, k - 1, TRUE) || w[k - 1].owner)
        {
          if (ends)
            break;
          continue;
        }
      guint t = w[k].tags, next = w[k + 1].tags;
      gboolean infinitive = (t & PRECIS_POS_TO) && (next & PRECIS_POS_VERB) && !controls_infinitive (s, w, k)
                            && !takes_infinitive (s, w, k);
      gboolean second_verb = (t & PRECIS_POS_CONJ) && !paired_conjunction (w, k, s)
                             && (next & (PRECIS_POS_VERB | PRECIS_POS_MODAL | PRECIS_POS_AUX))
                             && !(next & PRECIS_POS_NOUN) && !adjectives_joined (s, w, n, k);
      gboolean relative = word_is (s, &w[k], "that") && (w[k - 1].tags & PRECIS_POS_NOUN)
                          && !(w[k - 1].tags & (closed_tags | PRECIS_POS_ADV)) && clause_follows (w, n, k)
                          && adjunct_then_that (s, w, n, vend) != k
                          && !(listener_then_that (s, w, n, vend) == k)
                          /* "to such an extent that ...", "so much money that ...": a result clause */
                          && !(degree_before (s, w, k));
      if (infinitive || second_verb || relative)
        cut[k] = added = TRUE;
      if (ends)
        break;
    }
  return added;
}

/* The English words of @now, made from @old's @words: when @now is what follows a word of @old
 * (a leading adjunct removed) the words are @old's last ones, moved; else @now is split anew. */
static void
resplit (const gchar *old, const gchar *now, GArray *words)
{
  gsize n_old = strlen (old), n_now = strlen (now);
  Word *w = (Word *)(gpointer)words->data;
  guint j = 0;
  if (n_now < n_old && strcmp (old + n_old - n_now, now) == 0)
    while (j < words->len && w[j].start < n_old - n_now)
      j++;
  if (j == 0 || j == words->len || w[j].start != n_old - n_now)
    {
      split_words (now, TRUE, NULL, words);
      return;
    }
  gsize shift = n_old - n_now;
  g_array_remove_range (words, 0, j);
  w = (Word *)(gpointer)words->data;
  for (guint i = 0; i < words->len; i++)
    {
      w[i].start -= shift;
      w[i].end -= shift;
      w[i].from -= shift;
      w[i].to -= shift;
    }
}

/* -ing words that are mass nouns in news ("Government spending", "bank lending"): after a
 * singular noun they are its compound's head, not a participle (drop_subject_modifier). The
 * lexicon lists only WordNet's verbs, adjectives and adverbs, so it tags them as -ing forms alone. */
static const gchar *const ing_nouns[]
    = { "spending",  "lending",   "funding",  "trading",   "borrowing",   "housing",       "banking",
        "pricing",   "shipping",  "farming",  "mining",    "building",    "training",      "advertising",
        "marketing", "polling",   "voting",   "smuggling", "trafficking", "drinking",      "smoking",
        "gambling",  "hacking",   "drilling", "fishing",   "logging",     "manufacturing", "planning",
        "policing",  "schooling", "testing",  "screening", "recycling",   "broadcasting",  NULL };

/* The singular forms of "be" and "have" that drop_subject_modifier reads as a singular subject's. */
static const gchar *const singular_be_have[] = { "is", "was", "has", NULL };

/* @s without an aside between commas (or a comma and a dash) that follows the subject's first
 * comma, at word @j, and ends right before the verb at @v: an -ing word's phrase ("The team,
 * returning home after its best showing, refused to leave ..." -> "The team refused to leave
 * ...") or a "who" or "which" clause; or NULL. No quotation mark may be in it. */
static gchar *
drop_subject_aside_clause (const gchar *s, const Word *w, guint v, guint j, guint *kept)
{
  guint t = w[j].tags;
  gboolean ing = (t & PRECIS_POS_ING) && !(t & closed_tags);
  gboolean relative = (t & PRECIS_POS_WH) && !(t & PRECIS_POS_DET);
  if (!(ing || relative) || v < j + 2 || has_quote (s, w[j].start, w[v].start))
    return NULL;
  /* closed by a comma or a dash; or by nothing, when the aside holds no comma (a dash pair's
   * aside, removed before, took the closing mark with it: "returning home -- with five medals --
   * refused") */
  if (!w[v - 1].comma && !w[v].dash)
    for (guint k = j; k < v; k++)
      if (w[k].comma || w[k].dash)
        return NULL;
  *kept = j;
  GString *out = g_string_new_len (s, (gssize)w[j - 1].end - 1); /* without the comma */
  g_string_append_c (out, ' ');
  g_string_append (out, s + w[v].start);
  return g_string_free (out, FALSE);
}

/* @s without the relative clause or participle phrase that follows the head noun of the subject
 * of the verb at @v ("An economist who disappeared for a month after being accused of ... said that
 * ..." -> "An economist said that ...", "Children living in western areas are ..." -> "Children
 * are ..."), or NULL: a "who" or "which" with its verb right after it, or an -ing word before
 * what it takes (a preposition, "to", a determiner), after a plural or after a noun that follows
 * a determiner ("A man living in ..."; not "Government spending on ...", "Bank lending to ...":
 * a compound noun), with no comma, dash nor quotation mark between it and the verb. */
static gchar *
drop_subject_modifier (const gchar *s, const Word *w, guint n, guint v, guint *kept)
{
  /* a verb that may be a plural noun ("scores", "lowers") may have been found past the real one */
  if (v < 3 || v >= n || !(w[v].tags & SURE_FINITE))
    return NULL;
  /* a singular verb's subject is no two nouns joined by "and" ("an astronaut who ... and the
   * first pilot were"): a list or a second noun inside the modifier is the modifier's (when the
   * sentence opens on its subject: "Faced with a scandal that has rocked the government, the
   * president has ..." holds a clause's comma) */
  gboolean singular
      = word_in (s, &w[v], singular_be_have)
        && !(w[0].tags
             & (PRECIS_POS_PREP | PRECIS_POS_SUBORD | PRECIS_POS_PAST | PRECIS_POS_ING | PRECIS_POS_ADV));
  for (guint j = 1; j + 1 < v; j++)
    {
      if (w[j - 1].comma)
        return drop_subject_aside_clause (s, w, v, j, kept);
      if (w[j].dash)
        return NULL;
      guint t = w[j].tags, prev = w[j - 1].tags;
      gboolean relative = (t & PRECIS_POS_WH) && !(prev & closed_tags)
                          && (!(t & PRECIS_POS_DET) || (singular && opens_relative (s, w, j)));
      /* after a plural, or a word that is only a noun after its determiner: "hearing" after
       * "preliminary" is a noun, and so is "spending" in "Government spending on ..." */
      gboolean participle
          = (t & PRECIS_POS_ING) && (prev & PRECIS_POS_NOUN) && !(prev & closed_tags)
            && (w[j + 1].tags & (PRECIS_POS_PREP | PRECIS_POS_TO | PRECIS_POS_DET | PRECIS_POS_POSS))
            && !(w[j + 1].tags & PRECIS_POS_NOUN)
            && (w[j - 1].plural
                || word_in (s, &w[j - 1], irregular_plurals)
                /* a singular noun: not one that opens the sentence with a capital ("Government
                 * spending on"), follows another noun ("UK bank lending to") or is an adjective too,
                 * nor before an -ing noun */
                || (!(prev & PRECIS_POS_ADJ) && !(j == 1 && w[0].capital)
                    && !(j >= 2 && w[j - 2].tags == PRECIS_POS_NOUN) && !word_in (s, &w[j], ing_nouns)));
      if (!relative && !participle)
        continue;
      /* the relative clause's own verb right after its word; no other verb group in the span
       * but a non-finite one: an auxiliary or a modal after it would be the main verb's
       * ("students who spend time ... may end up with lower scores") */
      guint from = j + 1;
      if (relative)
        {
          while (from < v && w[from].tags == PRECIS_POS_ADV)
            from++;
          if (!(w[from].tags & (SURE_FINITE | PRECIS_POS_THIRD)))
            return NULL;
          from = verb_group_end (w, v, from) + 1;
        }
      for (guint k = j; k < v; k++)
        if ((w[k].comma && !(singular && k + 1 < v && list_follows (s, w, n, k + 1) > 0)) || w[k].dash
            || has_quote (s, w[k].start, w[k].from) || has_quote (s, w[k].to, w[k].end)
            || (k >= from && (w[k].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL))))
          return NULL;
      /* nor a conjunction (the subject may be two: "an astronaut who ... and the first female
       * pilot were"), nor a subordinate clause with a verb of its own ("who will be ambassador
       * before ties are cut"): the verb found may be theirs */
      for (guint k = j + 1; k < v; k++)
        if (((w[k].tags & PRECIS_POS_CONJ)
             && !(singular && k + 1 < v && !(w[k + 1].tags & (SURE_FINITE | PRECIS_POS_THIRD))))
            || ((w[k].tags & PRECIS_POS_SUBORD)
                && (!(w[k].tags & PRECIS_POS_PREP) || (!singular && clause_follows (w, n, k)))))
          return NULL;
      *kept = j;
      GString *out = g_string_new_len (s, (gssize)w[j - 1].end);
      g_string_append_c (out, ' ');
      g_string_append (out, s + w[v].start);
      return g_string_free (out, FALSE);
    }
  return NULL;
}

static void compress_sentence (const gchar *s, gboolean english, gboolean verb_final,
                               PrecisTokenizer *tokenizer, const PrecisSegmenter *segmenter, gint verb,
                               Candidate *c);

/* Fills @c with the best complete headline of one (trimmed) sentence @s. */
static void
compress (const gchar *s, gboolean english, gboolean verb_final, PrecisTokenizer *tokenizer,
          const PrecisSegmenter *segmenter, Candidate *c)
{
  compress_sentence (s, english, verb_final, tokenizer, segmenter, -1, c);
}

static const gchar *const articles[] = { "a", "an", "the", NULL };
/* What "so" is the degree of, opening a sentence ("So many people came that ..."): no connective.
 * The same words as the lookahead after "so" in english_rules' rule that drops a leading
 * connective. */
static const gchar *const so_degree[] = { "many", "much", "few", "little", "far", NULL };

/* Whether @s is a reason's or a concession's clause alone ("Not because X was long for the job."):
 * it opens on "because", "although", "though" or "whereas" (maybe after "not", "only", "just",
 * "partly", "mainly", "and", "but") and no comma or dash ends the clause before a main one. */
static gboolean
subordinate_alone (const gchar *s, const Word *w, guint n)
{
  static const gchar *const before[] = { "not", "only", "just", "partly", "mainly", "and", "but", NULL };
  static const gchar *const reasons[] = { "because", "although", "though", "whereas", NULL };
  guint k = n > 1 && !w[0].comma && word_in (s, &w[0], before) ? 1 : 0;
  if (k >= n || !word_in (s, &w[k], reasons))
    return FALSE;
  for (guint i = k; i + 1 < n; i++)
    if (w[i].comma || w[i + 1].dash)
      return FALSE;
  return TRUE;
}

/* As compress(); with @verb -1, a sentence whose headline is not within the long budget is tried
 * again without its subject's modifier (drop_subject_modifier), where the verb must be word
 * @verb (else that headline is not complete). */
static void
compress_sentence (const gchar *s, gboolean english, gboolean verb_final, PrecisTokenizer *tokenizer,
                   const PrecisSegmenter *segmenter, gint verb, Candidate *c)
{
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  split_words (s, english, tokenizer, words);
  Word *w = (Word *)(gpointer)words->data;
  guint n = words->len;
  /* An appositive of the subject, or a leading adjunct; then the other one, when the first left
   * it ("Days before the vote, the party's candidate, X, came out against ..."). */
  g_autofree gchar *first = NULL, *second = NULL;
  if (english)
    {
      gboolean appositive = (first = drop_appositive (s, w, n)) != NULL;
      if (first != NULL || (first = drop_leading_adjunct (s, w, n)) != NULL)
        {
          resplit (s, first, words);
          s = first;
          w = (Word *)(gpointer)words->data;
          n = words->len;
          second = appositive ? drop_leading_adjunct (s, w, n) : drop_appositive (s, w, n);
          if (second != NULL)
            {
              resplit (s, second, words);
              s = second;
              w = (Word *)(gpointer)words->data;
              n = words->len;
            }
        }
    }
  gint v = english ? find_verb (s, w, n) : 0;
  c->complete = (!english || v > 0) && (verb < 0 || v == verb);
  if (english && c->complete && ((w[0].tags | (n > 1 ? w[1].tags : 0)) & PRECIS_POS_SUBORD)
      && subordinate_alone (s, w, n))
    c->complete = FALSE;
  /* a preposition's phrase alone, whose last word, a plural noun, was read as its verb ("On many
   * levels.", "In most cases.") */
  if (english && c->complete && (guint)v == n - 1 && n > 1 && (w[0].tags & PRECIS_POS_PREP)
      && !(w[0].tags & PRECIS_POS_SUBORD) && (w[v].tags & PRECIS_POS_NOUN) && w[v].plural)
    c->complete = FALSE;
  /* a relative adjunct clause that could not go ("At a time when ..., it turns out ..."): its
   * verb is no main verb */
  if (english && c->complete && (w[0].tags & PRECIS_POS_PREP) && opens_relative_adjunct (s, w, n))
    c->complete = FALSE;
  c->pronoun = n > 0
               && ((w[0].tags & PRECIS_POS_PRONOUN) || (english && (w[0].tags & PRECIS_POS_WH))
                   || (english && v > 0 && subject_pronoun (s, w, n, (guint)v))
                   /* a determiner standing for its noun: "Some are fighting ...", "These have ..." */
                   || (english && n > 1 && (w[0].tags & PRECIS_POS_DET) && !word_in (s, &w[0], articles)
                       && (w[1].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL)))
                   /* a speaker's label before a pronoun: "Coach: I think ..." */
                   || (english && n > 1 && s[w[0].end - 1] == ':' && (w[1].tags & PRECIS_POS_PRONOUN))
                   || (segmenter != NULL
                       && precis_segmenter_is_opener (segmenter, s + w[0].start, w[0].end - w[0].start)
                       /* (not the degree's "So many ... that", "So much") */
                       && !(english && n > 1 && word_is (s, &w[0], "so") && word_in (s, &w[1], so_degree))));
  if (c->pronoun && english && (anticipatory_it (s, w, n, v) || explainer_clause (s, w, n, v)))
    c->pronoun = FALSE;
  /* one block: cut[0..n], then unsure[0..n] */
  g_autofree gboolean *cut = g_new0 (gboolean, 2 * (n + 1));
  gboolean *unsure = cut + n + 1;
  if (english)
    {
      /* A light noun's relative clause ("the level at which ...") and a short quotation are kept
       * whole only while that gives a headline that fits or is not too long: else the cut inside
       * is the lesser loss. */
      if (find_cuts (w, n, v, s, TRUE, cut, unsure) && !fits_somewhere (w, n, cut))
        {
          memset (cut, 0, 2 * (n + 1) * sizeof (gboolean)); /* and unsure, the block's second half */
          find_cuts (w, n, v, s, FALSE, cut, unsure);
        }
      drop_passive (s, w, n, v);
    }
  else
    for (guint k = 1; k < n; k++)
      cut[k] = (w[k - 1].comma || w[k].dash) && may_end (s, w, n, k - 1, FALSE);
  cut[n] = TRUE;
  guint vend = english && v > 0 ? verb_group_end (w, n, (guint)v) : 0;
  guint shortest = 0;
  guint best = pick_cut (s, w, n, cut, unsure, vend, english, &shortest);
  /* Nothing complete within the long budget, or a headline that lost its point: the clause's
   * looser ends are tried (fallback_cuts) before a cut at a budget or a weak predicate. */
  if (english && vend > 0
      && ((best == 0 && !within_long (s, w, shortest))
          || (best > 0 && best < n && lost_point (s, w, n, best, vend)))
      && fallback_cuts (s, w, n, v, vend, cut))
    best = pick_cut (s, w, n, cut, unsure, vend, english, &shortest);
  c->fits = best > 0;
  guint end = best > 0 ? best : shortest;
  c->cut_mark = english && end > 0 && end < n
                && (w[end - 1].comma || s[w[end - 1].end - 1] == '.' || quotation_open (s, w[end - 1].end));
  GString *out = join_words (s, w, end);
  if (!c->fits && utf8_len (out->str, out->len) > HEADLINE_HARD_CHARS)
    {
      /* No boundary at all in a very long sentence: the only cut at a budget. */
      gsize at = (gsize)(g_utf8_offset_to_pointer (out->str, HEADLINE_HARD_CHARS) - out->str);
      const gchar *space = g_strrstr_len (out->str, (gssize)at, " ");
      g_string_truncate (out, space != NULL ? (gsize)(space - out->str) : at);
      c->complete = FALSE;
      trim_end (out, tokenizer, english, verb_final, TRUE, NULL);
    }
  /* a verb-final clause keeps its verb only where the sentence ends, not at a cut inside it */
  trim_end (out, tokenizer, english, verb_final && end == n, FALSE, english && end == n ? s : NULL);
  c->text = g_string_free (out, FALSE);
  /* Nothing within the long budget: the subject's relative clause or participle phrase may go. */
  if (verb < 0 && english && v >= 3 && !c->fits && (w[v].tags & SURE_FINITE))
    {
      guint kept = 0;
      /* drop_subject_modifier first: it finds nothing in most sentences, and within_long
       * counts characters */
      g_autofree gchar *reduced = drop_subject_modifier (s, w, n, (guint)v, &kept);
      Candidate r = { 0 };
      if (reduced != NULL && !within_long (s, w, shortest))
        compress_sentence (reduced, english, verb_final, tokenizer, segmenter, (gint)kept, &r);
      /* (one that does not fit the short budget but the long one is still complete where this
       * sentence was not within it: "Indian team refused to leave Indira Gandhi International
       * Airport", not "Indian team, returning to country after ... refused to leave Indira Gandhi") */
      if (r.text != NULL && r.complete
          && (r.fits || text_within (r.text, HEADLINE_LONG_WORDS, HEADLINE_LONG_CHARS))
          && precis_count_words (r.text, strlen (r.text), HEADLINE_MIN_WORDS) >= HEADLINE_MIN_WORDS)
        {
          g_free (c->text);
          c->text = r.text;
          c->fits = r.fits;
          c->complete = TRUE;
          c->cut_mark = r.cut_mark;
        }
      else
        g_free (r.text);
    }
}

/* Words before which "a" is a number, not an article ("passed a million", "a year ago", "a
 * third of", "three days a year", "a few", "not a single", "$400 an ounce"): dropping it breaks
 * the phrase. Prefixes: "a yearly" keeps its article too, which does no harm. */
static const gchar *const counted_words[]
    = { "million", "billion", "trillion", "thousand",  "hundred",  "dozen", "few ",   "lot ",   "couple ",
        "bit ",    "little ", "half",     "quarter",   "day ",     "week",  "month",  "year",   "decade",
        "hour",    "minute",  "night ",   "fortnight", "single ",  "ounce", "barrel", "gallon", "litre",
        "tonne",   "piece",   "third of", "fifth of",  "tenth of", NULL };

/* Whether a word of counted_words is at @p, also one written with its space last at the end of
 * the text or before a stop or comma ("usually a lot", "a lot."). */
static gboolean
counted_at (const gchar *p)
{
  if (prefix_in (p, counted_words))
    return TRUE;
  gsize n = 0;
  while (g_ascii_isalpha (p[n]))
    n++;
  if (n == 0 || n > 8 || (p[n] != '\0' && strchr (".,;:!?", p[n]) == NULL))
    return FALSE;
  gchar word[10];
  memcpy (word, p, n);
  word[n] = ' ';
  word[n + 1] = '\0';
  return prefix_in (word, counted_words);
}

/* Whether a "the " is inside a name: between a capitalised word that does not open the text and
 * ends on a letter (the text written so far runs from @text to @written, a space last) and a
 * capitalised word at @next ("Winnie the Pooh", "Alexander the Great"); or one that opens it and is
 * a verb's base form, which opens no headline's subject but a name's ("Save the Children said
 * ...", kept with its source). */
static gboolean
in_name (const gchar *text, const gchar *written, const gchar *next)
{
  if (!g_ascii_isupper (*next) || written - text < 2 || !g_ascii_isalpha (written[-2]))
    return FALSE;
  const gchar *start = written - 1;
  while (start > text && start[-1] != ' ')
    start--;
  if (start == text && g_ascii_isupper (*start))
    {
      guint t = precis_lexicon_english (start, (gsize)(written - 1 - start));
      return (t & PRECIS_POS_VERB) && !(t & (closed_tags | PRECIS_POS_ADV | PRECIS_POS_ADJ));
    }
  return start > text && g_ascii_isupper (*start);
}

/* Headline style drops articles (Hedge Trimmer), but not inside quotation marks (a quotation
 * stays as it was said) nor where "a" counts (counted_words; but "A day after ..." opens a
 * headline as "Day after ..."). */
/* The first byte at or after @i (< @len) of @s where drop_articles has something to look at: a
 * quotation mark's first byte ('"' or 0xE2), or a 't', 'a' (any case) opening a word; @len if none. */
static gsize
article_or_quote (const gchar *s, gsize i, gsize len)
{
  if (i == 0)
    return 0;
#ifdef __SSE2__
  for (; i + 16 <= len; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(s + i));
      __m128i before = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(s + i - 1));
      __m128i folded = _mm_or_si128 (v, _mm_set1_epi8 (0x20)); /* 'T' and 't' alike, 'A' and 'a' */
      __m128i opens = _mm_and_si128 (_mm_cmpeq_epi8 (before, _mm_set1_epi8 (' ')),
                                     _mm_or_si128 (_mm_cmpeq_epi8 (folded, _mm_set1_epi8 ('t')),
                                                   _mm_cmpeq_epi8 (folded, _mm_set1_epi8 ('a'))));
      __m128i marks = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('"')),
                                    _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\xE2')), opens));
      guint mask = (guint)_mm_movemask_epi8 (marks);
      if (mask != 0)
        return i + (gsize)g_bit_nth_lsf (mask, -1);
    }
#endif
  for (; i < len; i++)
    {
      gchar c = s[i];
      if (c == '"' || c == '\xE2' || (s[i - 1] == ' ' && ((c | 0x20) == 't' || (c | 0x20) == 'a')))
        return i;
    }
  return len;
}

/* Whether an "a" or "an" written up to @out (the text kept so far, from @text) stands between a
 * form of "be" and a word in -ed that may be an adjective, at @next ("the sale is a complicated
 * deal"): without its article, "is complicated deal" would read as a passive, and drop_passive
 * would take the "is". The article stays. */
static gboolean
adjective_after_be (const gchar *text, const gchar *out, const gchar *next)
{
  static const gchar *const be[] = { " is ", " are ", " was ", " were ", NULL };
  if (out - text < 4 || (out[-2] != 's' && out[-2] != 'e'))
    return FALSE;
  gboolean after_be = FALSE;
  for (guint i = 0; be[i] != NULL && !after_be; i++)
    {
      gsize len = strlen (be[i]);
      after_be = (gsize)(out - text) >= len && precis_ascii_same (out - len, be[i], len);
    }
  if (!after_be)
    return FALSE;
  const gchar *e = next;
  while (g_ascii_isalpha (*e) || *e == '-')
    e++;
  gsize len = (gsize)(e - next);
  if (len < 4 || *e != ' ' || g_ascii_strncasecmp (e - 2, "ed", 2) != 0)
    return FALSE;
  guint t = precis_lexicon_english (next, len);
  return (t & PRECIS_POS_PAST) && (t & PRECIS_POS_ADJ);
}

/* Whether an "a" or "an" written up to @out (the text kept so far, from @text) follows a word
 * that takes the article before its noun phrase ("created quite a stir", "such a row", "what a
 * comeback", "many a time", "half an hour", "rather a lot"): without it the phrase reads broken
 * ("created quite stir"). The article stays. */
static gboolean
article_after_predeterminer (const gchar *text, const gchar *out)
{
  static const gchar *const before[]
      = { " quite ", " such ", " what ", " many ", " half ", " rather ", NULL };
  /* (the cheap test first: the last letter of one of them) */
  if (out - text < 5 || out[-1] != ' ' || strchr ("ehtyfr", g_ascii_tolower (out[-2])) == NULL)
    return FALSE;
  for (guint i = 0; before[i] != NULL; i++)
    {
      gsize len = strlen (before[i]);
      if ((gsize)(out - text) >= len && precis_ascii_same (out - len, before[i], len))
        return TRUE;
    }
  return FALSE;
}

static void
drop_articles (GString *s)
{
  gchar *out = s->str; /* written in place: the text only shrinks */
  gboolean quoted = FALSE;
  for (gsize i = 0; i < s->len;)
    {
      /* the bytes up to the next place to look at are kept as they are */
      gsize next = article_or_quote (s->str, i, s->len);
      if (next > i)
        {
          if (out != s->str + i)
            memmove (out, s->str + i, next - i);
          out += next - i;
          i = next;
          if (i == s->len)
            break;
        }
      gchar c = s->str[i];
      if (c == '"'
          || (c == '\xE2' && s->str[i + 1] == '\x80' && (s->str[i + 2] == '\x9C' || s->str[i + 2] == '\x9D')))
        {
          quoted = c == '"' ? !quoted : s->str[i + 2] == '\x9C';
          gsize n = c == '"' ? 1 : 3;
          memmove (out, s->str + i, n);
          out += n;
          i += n;
          continue;
        }
      if (!quoted && (i == 0 || s->str[i - 1] == ' ') && (c == 't' || c == 'T' || c == 'a' || c == 'A'))
        {
          gsize n = precis_ascii_same (s->str + i, "the ", 4)  ? 4
                    : precis_ascii_same (s->str + i, "an ", 3) ? 3
                    : precis_ascii_same (s->str + i, "a ", 2)  ? 2
                                                               : 0;
          /* "a million", "a year ago", "twice a day", "a few": the article counts */
          if (n > 0 && n < 4 && i > 0 && counted_at (s->str + i + n))
            n = 0;
          if (n == 4 && in_name (s->str, out, s->str + i + n))
            n = 0;
          if ((n == 2 || n == 3)
              && (adjective_after_be (s->str, out, s->str + i + n)
                  || article_after_predeterminer (s->str, out)))
            n = 0;
          if (n > 0 && i + n < s->len)
            {
              i += n;
              continue;
            }
        }
      *out++ = s->str[i++];
    }
  g_string_truncate (s, (gsize)(out - s->str));
}

/* Whether English text @s opens on a subject pronoun, a possessive ("Its profit ...") or "that". */
static gboolean
opens_on_pronoun (const gchar *s)
{
  while (*s != '\0' && !g_ascii_isalpha (*s))
    s++;
  gsize n = 0;
  while (g_ascii_isalpha (s[n]))
    n++;
  return n > 0
         && ((precis_lexicon_english (s, n) & (PRECIS_POS_PRONOUN | PRECIS_POS_POSS)) != 0
             || (n == 4 && g_ascii_strncasecmp (s, "that", 4) == 0));
}

/* Whether the leading phrase that @removed (of @n_removed bytes) was is a connective and the
 * subject of the sentence with its comma: "But Parry, speaking to the BBC, admits ...", "But the
 * vault, buried in a mountain, has been breached" (a connective, then a capitalised word or a
 * determiner), and what is left, @rest, has no subject of its own (it opens on a lower-case
 * participle, adverb or verb, not on a determiner, pronoun, noun or name): removing it leaves
 * the clause without its subject; an aside that opens on a subordinator may come first ("But the
 * 76ers, while ..., were"). "But this year, the festival will move ..." and "And a week later,
 * the minister resigned" lose a time phrase, not their subject. */
static gboolean
connective_subject (const gchar *removed, gsize n_removed, const gchar *rest)
{
  static const gchar *const connectives[]
      = { "but ", "and ", "so ", "yet ", "still ", "also ", "now ", "then ", "thus ", NULL };
  static const gchar *const determiners[] = { "the ", "a ", "an ", "this ", "that ", NULL };
  const gchar *comma = memchr (removed, ',', n_removed);
  if (!prefix_in (removed, connectives) || comma == NULL
      || memchr (comma + 1, ',', n_removed - (gsize)(comma + 1 - removed)) != NULL)
    return FALSE;
  const gchar *next = strchr (removed, ' ');
  while (*next == ' ')
    next++;
  if (next >= removed + n_removed || !(g_ascii_isupper (*next) || prefix_in (next, determiners)))
    return FALSE;
  /* an adverb or two first ("also admits"): then a verb + -s is one, not a plural */
  gboolean adverb = FALSE;
  for (guint words = 0; words < 3; words++)
    {
      while (*rest == ' ')
        rest++;
      gsize n = 0;
      while (g_ascii_islower (rest[n]))
        n++;
      if (n == 0 || g_ascii_isalpha (rest[n]))
        return FALSE;
      guint t = precis_lexicon_english (rest, n);
      if (t == PRECIS_POS_ADV)
        {
          adverb = TRUE;
          rest += n;
          continue;
        }
      /* "But the 76ers, while underachieving ..., were not ...": an aside that opens on a
       * subordinator comes between the subject and its verb; what follows its comma says */
      const gchar *aside_end;
      if (words == 0 && (t & PRECIS_POS_SUBORD) && !(t & (PRECIS_POS_NOUN | PRECIS_POS_PRONOUN))
          && (aside_end = strchr (rest, ',')) != NULL)
        {
          rest = aside_end + 1;
          continue;
        }
      if (t & (PRECIS_POS_DET | PRECIS_POS_POSS | PRECIS_POS_PRONOUN | PRECIS_POS_OBJECT))
        return FALSE;
      return (t & (PRECIS_POS_ING | PRECIS_POS_PAST | PRECIS_POS_AUX | PRECIS_POS_MODAL))
             || ((t & (PRECIS_POS_THIRD | PRECIS_POS_VERB)) && (adverb || !(t & PRECIS_POS_NOUN)));
    }
  return FALSE;
}

/* Verbs that open an inverted clause before a bare noun ("comes news that ...", the articles
 * dropped): a verb + -s or a past form before a noun is more often a plural or a participle
 * before its noun ("rays manager", "banned terror outfits"), so only these count there. */
static const gchar *const inverting_verbs[]
    = { "comes", "came", "goes", "went", "lies", "lay", "stands", "stood", "remains", "remained", NULL };

/* Whether English text @s opens on a verb before its subject, as a clause does after a leading
 * phrase that it inverts ("Amid the debate, comes another case of ...", "In the dock was ..."):
 * a lower-case auxiliary or modal, or a verb + -s or past form before a determiner or
 * possessive, or one of inverting_verbs before a lower-case word that is only a noun (the
 * articles may be gone: "comes news that ..."). Without that phrase it has no subject. */
static gboolean
opens_inverted (const gchar *s)
{
  while (*s == ' ')
    s++;
  gsize n = 0;
  while (g_ascii_islower (s[n]))
    n++;
  if (n == 0 || (s[n] != ' ' && s[n] != '\0'))
    return FALSE;
  guint t = precis_lexicon_english (s, n);
  if (t & (PRECIS_POS_AUX | PRECIS_POS_MODAL))
    return TRUE;
  if (!(t & (PRECIS_POS_THIRD | PRECIS_POS_PAST)) || s[n] == '\0')
    return FALSE;
  const gchar *next = s + n + 1;
  gsize m = 0;
  while (g_ascii_isalpha (next[m]))
    m++;
  if (m == 0)
    return FALSE;
  guint u = precis_lexicon_english (next, m);
  return (u & (PRECIS_POS_DET | PRECIS_POS_POSS)) != 0
         || (u == PRECIS_POS_NOUN && g_ascii_islower (next[0]) && ascii_in (s, n, inverting_verbs));
}

/* Whether the -ing word that opens @phrase (@w, @n its words) is a gerund subject whose past
 * form comes right after it, with that verb's object: "Flooding cost the insurance industry
 * £1.2bn last year, according to ..." (a determiner, possessive, object pronoun, number or
 * currency after the past form). A participle clause's past form is an adjective or takes a
 * preposition or nothing ("Feeling ignored, voters ...", "Looking tired by the end, ..."), and
 * "having" or "being" before it is no subject ("Having lost the vote, ..."). */
static gboolean
gerund_then_past (const gchar *phrase, const Word *w, guint n)
{
  if (n < 3 || w[0].comma || w[1].comma || (w[0].tags & WORD_GERUND) || !(w[1].tags & PRECIS_POS_PAST)
      || ((w[1].tags & PRECIS_POS_ADJ) && !(w[1].tags & PRECIS_POS_VERB)))
    return FALSE;
  guchar next = (guchar)phrase[w[2].start];
  return (w[2].tags & (PRECIS_POS_DET | PRECIS_POS_POSS | PRECIS_POS_OBJECT)) || g_ascii_isdigit (next)
         || next == '$' || next == 0xC2 /* £ */ || next == 0xE2 /* € */;
}

/* Whether the leading "...ing ...," phrase that @removed (of @n_removed bytes) was is the
 * subject of the sentence rather than a participle clause: "Visiting Chilean president Frei
 * rejected ..., reports said" (the phrase holds a finite verb outside a subordinate clause) or
 * "Leading economists, including ..., have warned" (what is left opens on its verb). */
static gboolean
ing_phrase_is_subject (const gchar *removed, gsize n_removed, const gchar *rest)
{
  g_autofree gchar *phrase = g_strndup (removed, n_removed);
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  split_words (phrase, TRUE, NULL, words);
  const Word *w = (const Word *)(gconstpointer)words->data;
  if (words->len == 0 || w[0].end - w[0].start < 5
      || g_ascii_strncasecmp (phrase + w[0].end - 3, "ing", 3) != 0)
    return FALSE;
  /* an -ing word that takes a complement is a verb ("Reacting to low marks assigned to him, a
   * student slapped ..."): a past form in its phrase is a participle after its noun, and only an
   * auxiliary or a modal makes the phrase a clause with a gerund for subject ("Reaching a round
   * number in any endeavour is worth celebrating, especially ...") */
  gboolean verb
      = words->len > 1
        && (w[1].tags
            & (PRECIS_POS_PREP | PRECIS_POS_TO | PRECIS_POS_DET | PRECIS_POS_POSS | PRECIS_POS_OBJECT))
        && !(w[1].tags & (PRECIS_POS_NOUN | PRECIS_POS_ADJ));
  guint sure = verb ? (PRECIS_POS_AUX | PRECIS_POS_MODAL) : SURE_FINITE;
  for (guint i = 1; i < words->len; i++)
    {
      if ((w[i].tags & (PRECIS_POS_SUBORD | PRECIS_POS_WH)) || word_is (phrase, &w[i], "that"))
        break;
      /* "Looking tanned but tired": a past form joined to the adjective before it */
      if ((w[i - 1].tags & PRECIS_POS_CONJ) && i > 1 && (w[i - 2].tags & (PRECIS_POS_ADJ | PRECIS_POS_PAST))
          && !w[i - 2].comma && (w[i].tags & PRECIS_POS_PAST))
        continue;
      if (i > 1 && may_be_finite (w, words->len, i) && (w[i].tags & sure))
        return TRUE;
    }
  if (gerund_then_past (phrase, w, words->len))
    return TRUE;
  /* "Leading economists, including the former governor, have warned" */
  if (g_ascii_strncasecmp (rest, "including ", 10) == 0 && strchr (rest, ',') != NULL)
    rest = strchr (rest, ',') + 1;
  while (*rest == ' ')
    rest++;
  gsize n = 0;
  while (g_ascii_isalpha (rest[n]))
    n++;
  guint t = precis_lexicon_english (rest, n);
  return (t & (PRECIS_POS_AUX | PRECIS_POS_MODAL)) && !(t & PRECIS_POS_PRONOUN);
}

/* Whether the leading "While ...," / "When ...," phrase that @removed (of @n_removed bytes) was
 * holds no verb: then its comma was not the clause's end but an appositive's ("When Emma
 * Jackson, 28, moved into ..."), and removing up to it leaves a fragment. Only for the
 * subordinators that are no prepositions ("after the vote," is a phrase). */
static gboolean
clause_lacks_verb (const gchar *removed, gsize n_removed)
{
  g_autofree gchar *phrase = g_strndup (removed, n_removed);
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  split_words (phrase, TRUE, NULL, words);
  const Word *w = (const Word *)(gconstpointer)words->data;
  if (words->len == 0 || !(w[0].tags & PRECIS_POS_SUBORD) || (w[0].tags & PRECIS_POS_PREP))
    return FALSE;
  for (guint i = 1; i < words->len; i++)
    if (may_be_finite (w, words->len, i) && (w[i].tags & (SURE_FINITE | PRECIS_POS_THIRD | PRECIS_POS_ING)))
      return FALSE;
  return TRUE;
}

/* Where the text after a single spaced dash starts in @rest (0: nowhere) when the words before
 * the dash hold an "and" and no verb: what a leading phrase's removal left ("With his lively eyebrows, [wide
 * eyes and a grin] - the robot head is lifelike") was the rest of that phrase, a list its comma
 * parted, and the clause starts after the dash. */
static gsize
verbless_before_dash (const gchar *rest)
{
  static const gchar *const dashes[] = { " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", NULL };
  const gchar *dash = NULL;
  gsize len = 0;
  for (guint d = 0; dashes[d] != NULL && dash == NULL; d++)
    if ((dash = strstr (rest, dashes[d])) != NULL)
      len = strlen (dashes[d]);
  if (dash == NULL || strstr (dash + len, dashes[0]) != NULL)
    return 0;
  g_autofree gchar *phrase = g_strndup (rest, (gsize)(dash - rest));
  if (strstr (phrase, " and ") == NULL)
    return 0;
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  split_words (phrase, TRUE, NULL, words);
  const Word *w = (const Word *)(gconstpointer)words->data;
  /* (a verb + -s may be a plural there: "big crowds") */
  for (guint i = 0; i < words->len; i++)
    if (may_be_finite (w, words->len, i) && (w[i].tags & SURE_FINITE))
      return 0;
  return words->len > 0 ? (gsize)(dash - rest) + len : 0;
}

/* Whether the @n bytes at @s end on a comma and spaces. */
static gboolean
ends_on_comma (const gchar *s, gsize n)
{
  while (n > 0 && g_ascii_isspace (s[n - 1]))
    n--;
  return n > 0 && s[n - 1] == ',';
}

/* Where the clause starts in @rest (0: nowhere) when what a leading phrase's removal left opens on
 * the rest of that phrase's list, which its first comma parted ("In Paris, [Berlin and Rome,]
 * police ...", "To circumvent the ban on pubs, [bars, and restaurants,] people ..."): short items
 * without a verb up to one holding "and" or "or", then a comma and a clause whose finite verb comes
 * before any other comma (not a compound subject before its appositive: "Smith and Jones, the two
 * leaders, met ..."). */
static gsize
list_rest_end (const gchar *rest)
{
  /* (most texts left have no "and" or "or" among their first words) */
  const gchar *comma = strchr (rest, ',');
  if (comma == NULL || comma - rest > 120
      || (g_strstr_len (rest, 160, " and ") == NULL && g_strstr_len (rest, 160, " or ") == NULL))
    return 0;
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  split_words (rest, TRUE, NULL, words);
  const Word *w = (const Word *)(gconstpointer)words->data;
  guint n = words->len, item = 0, k = 0;
  gboolean joined = FALSE;
  const guint opener = PRECIS_POS_SUBORD | PRECIS_POS_WH | PRECIS_POS_PRONOUN | PRECIS_POS_TO;
  for (; k < n; k++)
    {
      gboolean conj = word_is (rest, &w[k], "and") || word_is (rest, &w[k], "or");
      if (item == 0 && !conj && (w[k].tags & opener))
        return 0;
      if ((may_be_finite (w, n, k) && (w[k].tags & SURE_FINITE)) || w[k].dash
          || ++item > HEADLINE_LIST_ITEM_WORDS)
        return 0;
      joined |= conj;
      if (w[k].comma)
        {
          if (rest[w[k].end - 1] != ',')
            return 0;
          if (joined)
            break;
          item = 0;
        }
    }
  /* the clause: a finite verb before any comma, and enough words */
  guint c = k + 1;
  if (c + HEADLINE_MIN_WORDS > n || (w[c].tags & (opener | PRECIS_POS_CONJ)))
    return 0;
  for (guint v = c; v < n; v++)
    {
      /* (not an attribution between commas: "sales and profits, the firm said, fell") */
      if (w[v].comma || w[v].dash)
        return 0;
      if (may_be_finite (w, n, v) && (w[v].tags & (SURE_FINITE | PRECIS_POS_THIRD)))
        return w[c].start;
    }
  return 0;
}

/* Whether what is left after "X said" has a verb joined by "and" right after it that is the
 * reporter's ("the final appeared fixed and demanded a probe"): a past form not also a noun or
 * an adjective, after "and" with no subject of its own. Removing "X said" would leave it
 * without its subject. */
static gboolean
shares_reporter (const gchar *rest)
{
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  split_words (rest, TRUE, NULL, words);
  const Word *w = (const Word *)(gconstpointer)words->data;
  for (guint i = 2; i + 1 < words->len; i++)
    if (word_is (rest, &w[i], "and") && !w[i].comma
        && (w[i + 1].tags & (PRECIS_POS_PAST | PRECIS_POS_NOUN | PRECIS_POS_ADJ)) == PRECIS_POS_PAST)
      return TRUE;
  return FALSE;
}

/* Whether a word of the @len bytes at @text may be a finite verb that is not a base form: a past,
 * a verb in -s, an auxiliary or a modal (lexicon classes; a base form is too often a noun). */
static gboolean
may_hold_finite (const gchar *text, gsize len)
{
  const gchar *p = text, *end = text + len;
  while (p < end)
    {
      while (p < end && !g_ascii_isalpha (*p))
        p++;
      const gchar *a = p;
      while (p < end && (g_ascii_isalpha (*p) || *p == '-' || *p == '\''))
        p++;
      if (p > a
          && (precis_lexicon_english (a, (gsize)(p - a))
              & (PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_AUX | PRECIS_POS_MODAL)))
        return TRUE;
    }
  return FALSE;
}

/* The end of a relative clause removed after its clause's verb, where what followed its closing
 * comma has no verb of its own and so was the clause's too ("issued by X, who is the deputy
 * commissioner, western suburbs", "following the quake, which damaged houses in Y, the capital of
 * Z"): that tail goes with it. @before is the text before the rule, @s after it; FALSE when the
 * tail may be the main clause's ("The storm, which ..., forced ...": no verb before the clause). */
static gboolean
drop_relative_tail (GString *s, const gchar *before)
{
  gsize p = 0;
  while (p < s->len && before[p] == s->str[p])
    p++;
  const gchar *tail = s->str + p;
  gsize tail_len = s->len - p;
  while (tail_len > 0 && (*tail == ' ' || *tail == ','))
    tail++, tail_len--;
  /* (a tail of one word or more, none a stop's: an aside's end "..., he said." was taken before) */
  if (tail_len == 0 || p == 0 || !may_hold_finite (s->str, p) || may_hold_finite (tail, tail_len)
      || memchr (tail, '"', tail_len) != NULL)
    return FALSE;
  static const gchar *const joins[] = { "and ", "but ", "or ", "as ", "while ", "then ", NULL };
  if (prefix_in (tail, joins))
    return FALSE;
  /* nor one that opens on a preposition, "to", an adverb or an -ing word: an adjunct or complement
   * of the main clause ("separated from her husband, who ..., in 2010", "urged X to enable a man,
   * who ..., to return", "bets on X, who ..., replacing Y") */
  gsize first = 0;
  while (first < tail_len && (g_ascii_isalpha (tail[first]) || tail[first] == '-'))
    first++;
  if (first > 0
      && (precis_lexicon_english (tail, first)
          & (PRECIS_POS_PREP | PRECIS_POS_TO | PRECIS_POS_ADV | PRECIS_POS_SUBORD | PRECIS_POS_CONJ
             | PRECIS_POS_ING)))
    return FALSE;
  while (p > 0 && s->str[p - 1] == ' ')
    p--;
  gboolean stop = strchr (".!?", s->str[s->len - 1]) != NULL;
  g_string_truncate (s, p);
  if (stop)
    g_string_append_c (s, '.');
  return TRUE;
}

/* The words a named source's claim with its attribution may have (short_with_source): a few over a
 * headline's, as a clause may run on to the long budget. */
#define HEADLINE_SOURCE_WORDS 16
/* Whether @text, a named source's claim with its attribution, fits a headline's words without its
 * articles and its relative asides (", which ... ,": the rules below take them): a source kept on a
 * longer one would leave its claim cut. */
static gboolean
short_with_source (const gchar *text)
{
  static const gchar *const articles_sp[] = { "a ", "an ", "the ", NULL };
  static const gchar *const relatives_sp[] = { "which ", "who ", "whose ", NULL };
  guint count = 0;
  gboolean aside = FALSE;
  for (const gchar *p = text; *p != '\0';)
    {
      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      const gchar *a = p;
      while (*p != '\0' && *p != ' ')
        p++;
      gboolean comma = p[-1] == ',';
      if (aside)
        aside = !comma;
      else if (a >= text + 2 && a[-2] == ',' && prefix_in (a, relatives_sp))
        aside = !comma;
      else if (!prefix_in (a, articles_sp) && ++count > HEADLINE_SOURCE_WORDS)
        return FALSE;
    }
  return TRUE;
}

/* Whether the words @removed (@n bytes) before a verb of saying that a rule took name a source:
 * a word with a capital after the first ("Messaging app Quillo said", "Prime Minister Jane Doe
 * said"; a sentence's first word has one anyway). A named company's or person's claim without its
 * name reads as the paper's own; an anonymous source ("Police said", "The company said") may go. */
static gboolean
named_source (const gchar *removed, gsize n)
{
  static const gchar *const verbs[]
      = { "said", "says", "announced", "reported", "claimed", "warned", "revealed", NULL };
  const gchar *end = removed + n;
  for (guint i = 0; verbs[i] != NULL; i++)
    {
      const gchar *v = span_find (removed, n, verbs[i]);
      if (v != NULL && v < end)
        end = v;
    }
  const gchar *p = removed;
  gboolean first = TRUE;
  while (p < end)
    {
      while (p < end && !g_ascii_isalnum (*p))
        p++;
      const gchar *a = p;
      while (p < end && !g_ascii_isspace (*p))
        p++;
      if (p == a)
        break;
      if (g_ascii_isupper (*a) && !first)
        {
          /* (a month's or a weekday's name is no source: "Last Tuesday officials said") */
          static const gchar *const months[]
              = { "january", "february",  "march",   "april",    "may",      "june", "july",
                  "august",  "september", "october", "november", "december", NULL };
          if (!ascii_in (a, (gsize)(p - a), weekday_words) && !ascii_in (a, (gsize)(p - a), months))
            return TRUE;
        }
      first = FALSE;
    }
  return FALSE;
}

/* The tokens of Treebank text that untokenise() counts as its signs; the sure ones are never a
 * writer's own. */
static const struct
{
  const gchar *text;
  gboolean sure;
} treebank_signs[] = {
  { " 's ", TRUE }, { " n't ", TRUE }, { "-lrb-", TRUE },  { "`` ", TRUE },  { " , ", FALSE },
  { " ; ", FALSE }, { " : ", FALSE },  { "-rrb-", FALSE }, { " ''", FALSE },
};
/* The bytes treebank_signs open on, and those that follow them (may_be_tokenised's scan; a
 * test checks each sign is found). */
#define SIGN_FIRSTS " -`"
#define SIGN_SECONDS "'nl`,;:r"

/* The first two bytes of treebank_signs, as a bitmap: bit b of row a is set when a sign opens
 * on byte a then byte b. Built once. */
static const guint8 *
sign_pairs (void)
{
  static guint8 pairs[256 * 32];
  static gsize built = 0;
  if (g_once_init_enter (&built))
    {
      for (guint t = 0; t < G_N_ELEMENTS (treebank_signs); t++)
        {
          guchar a = (guchar)treebank_signs[t].text[0], b = (guchar)treebank_signs[t].text[1];
          pairs[a * 32 + b / 8] |= (guint8)(1u << (b % 8));
        }
      g_once_init_leave (&built, 1);
    }
  return pairs;
}

/* Whether one of treebank_signs starts at @p (whose first two bytes sign_pairs() holds: the
 * signs that share them are compared). */
static gboolean
sign_at (const gchar *p)
{
  for (guint t = 0; t < G_N_ELEMENTS (treebank_signs); t++)
    if (p[0] == treebank_signs[t].text[0] && p[1] == treebank_signs[t].text[1]
        && strncmp (p + 2, treebank_signs[t].text + 2, strlen (treebank_signs[t].text + 2)) == 0)
      return TRUE;
  return FALSE;
}

#ifdef __SSE2__
/* The bytes of @v equal to one of the @n bytes at @set, as a mask of 0xFF bytes. */
static inline __m128i
bytes_in (__m128i v, const gchar *set, gsize n)
{
  __m128i in = _mm_setzero_si128 ();
  for (gsize i = 0; i < n; i++)
    in = _mm_or_si128 (in, _mm_cmpeq_epi8 (v, _mm_set1_epi8 (set[i])));
  return in;
}
#endif

/* Whether @s holds one of treebank_signs, found in one pass. */
static gboolean
may_be_tokenised (const gchar *s)
{
  const guint8 *pairs = sign_pairs ();
  const gchar *p = s;
#ifdef __SSE2__
  /* Sixteen bytes a step, each with the byte after it: the bytes where a sign's first two
   * bytes are; only those are compared with the signs. */
  gsize len = strlen (s);
  for (; p + 16 <= s + len; p += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)p);
      __m128i next = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(p + 1));
      /* a byte a sign opens on, then one its second byte is: fewer compares than a pair a sign,
       * and the few pairs of no sign ("-n") are told apart by sign_pairs() */
      __m128i opens = _mm_and_si128 (bytes_in (v, SIGN_FIRSTS, sizeof SIGN_FIRSTS - 1),
                                     bytes_in (next, SIGN_SECONDS, sizeof SIGN_SECONDS - 1));
      for (guint mask = (guint)_mm_movemask_epi8 (opens); mask != 0; mask &= mask - 1)
        {
          const gchar *at = p + g_bit_nth_lsf (mask, -1);
          guchar a = (guchar)at[0], b = (guchar)at[1];
          if ((pairs[a * 32 + b / 8] & (1u << (b % 8))) != 0 && sign_at (at))
            return TRUE;
        }
    }
#endif
  for (; *p != '\0'; p++)
    {
      guchar a = (guchar)p[0], b = (guchar)p[1];
      if ((pairs[a * 32 + b / 8] & (1u << (b % 8))) != 0 && sign_at (p))
        return TRUE;
    }
  return FALSE;
}

/* Whether @s is written as Gigaword writes it: no capital letter but those of its unknown-word
 * token "UNK". */
static gboolean
lower_cased (const gchar *s)
{
  for (const gchar *p = s; *p != '\0'; p++)
    if (g_ascii_isupper (*p))
      {
        if (strncmp (p, "UNK", 3) != 0)
          return FALSE;
        p += 2;
      }
  return TRUE;
}

/* The agencies whose tag makes a lower-cased place a dateline even when it opens on a function word
 * ("a coruna , spain -lrb- ap -rrb- _": A Coruña). */
#define LOWER_AGENCIES "ap|afp|upi|xinhua|reuters|bloomberg|dpa|cnn"
/* A dateline in lower-cased text (Gigaword's "seattle -- ", "utrecht , netherlands -- ", "new york ,
 * nov. ## -lrb- xinhua -rrb- -- ", "cox news service dayton , ohio -- "): a place of one to four
 * words that open on no function word, maybe one or two ", region" of up to three words, maybe a
 * month and a day, maybe an agency in brackets, then a dash or a wire's underscore between spaces;
 * the same before a known agency's tag (LOWER_AGENCIES) with a place that opens on any word ("a
 * coruna , spain -lrb- ap -rrb- _ "); or a wire's "undated" for a place, before a colon, a dash or
 * an underscore ("undated : ..."). */
#define LOWER_FUNCTION                                                                                       \
  "(?:the|a|an|in|on|at|for|from|by|with|and|or|but|to|of|as|if|is|was|are|were|has|had|have|it|he|she|"     \
  "they|we|you|i|this|that|after|before|when|while)\\b"
/* A lower-cased dateline's place after its first words: maybe one or two ", region" of up to three
 * words, maybe a month and a day. */
#define LOWER_REGION_DATE                                                                                    \
  "(?: ?, [a-z][a-z.']*(?: [a-z][a-z.']*){0,2}){0,2}"                                                        \
  "(?: ?, (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.? [#0-9]{1,2})?"
static GRegex *
lower_dateline_get (void)
{
  static GRegex *re;
  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("^(?:undated (?::|--|_)"
                                         "|(?!" LOWER_FUNCTION ")[a-z][a-z.'&]*(?: (?!" LOWER_FUNCTION
                                         ")[a-z][a-z.'&]*){0,3}" LOWER_REGION_DATE
                                         "(?: (?:-lrb- |\\()[a-z]{2,12}(?: -rrb-|\\)))?"
                                         " (?:--|-|_)"
                                         "|[a-z][a-z.'&]*(?: [a-z][a-z.'&]*){0,3}" LOWER_REGION_DATE
                                         " (?:-lrb- |\\()(?:" LOWER_AGENCIES
                                         ")(?: -rrb-|\\)) (?:--|-|_)) (?=[a-z0-9#`'\"])",
                                         G_REGEX_OPTIMIZE, 0, NULL));
  return re;
}

/* Drops a lower-cased dateline (lower_dateline_get) from the start of lower-cased text
 * (lower_cased), as the furniture stage drops a capitalised one, when at least HEADLINE_MIN_WORDS
 * words follow, they open on no pronoun (as a "(Xinhua) --" dateline stays before "it is ...": the
 * headline keeps its place), and its dash is not the first of a pair ("recording tv shows -- and skipping
 * the commercials -- may become ..." is a subject and its aside). */
static void
drop_lower_dateline (GString *s)
{
  if (!g_ascii_islower (s->str[0])
      || (strpbrk (s->str, "-_") == NULL && strncmp (s->str, "undated :", 9) != 0))
    return;
  GMatchInfo *match = NULL;
  gint end = 0;
  if (g_regex_match (lower_dateline_get (), s->str, 0, &match))
    g_match_info_fetch_pos (match, 0, NULL, &end);
  g_match_info_free (match);
  if (end <= 0)
    return;
  const gchar *rest = s->str + end;
  guint dashes = count_of (rest, " -- ") + count_of (rest, " - ") + count_of (rest, " _ ");
  if (dashes % 2 == 1 || precis_count_words (rest, strlen (rest), HEADLINE_MIN_WORDS) < HEADLINE_MIN_WORDS
      || opens_on_pronoun (rest))
    return;
  g_string_erase (s, 0, end);
}

/* Drops Gigaword's unknown-word token where it opens lower-cased text as a slug ("UNK : arafat 's
 * body ...") or stands for a name's first word before a noun ("UNK thorpe remembers ..." ->
 * "thorpe remembers ..."), when at least HEADLINE_MIN_WORDS words follow: not before a verb, a
 * function word or another UNK ("UNK was originally called in", "UNK and china signed"). */
static void
drop_unknown_opener (GString *s)
{
  if (strncmp (s->str, "UNK ", 4) != 0)
    return;
  const gchar *p = s->str + 4;
  if (p[0] == ':' && p[1] == ' ')
    p += 2;
  else
    {
      gsize n = 0;
      while (g_ascii_islower (p[n]))
        n++;
      if (n == 0 || p[n] != ' ')
        return;
      guint tags = precis_lexicon_english (p, n);
      if ((tags & PRECIS_POS_NOUN) == 0
          || (tags
              & (PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_DET | PRECIS_POS_PREP | PRECIS_POS_AUX
                 | PRECIS_POS_MODAL | PRECIS_POS_CONJ | PRECIS_POS_SUBORD | PRECIS_POS_WH | PRECIS_POS_PRONOUN
                 | PRECIS_POS_TO | PRECIS_POS_NONFINITE))
                 != 0)
        return;
    }
  if (precis_count_words (p, strlen (p), HEADLINE_MIN_WORDS) >= HEADLINE_MIN_WORDS)
    g_string_erase (s, 0, p - s->str);
}

/* Drops Gigaword's unknown-word tokens from the end of a headline, and a colon or a comma before
 * them ("new dvds you can watch : UNK", "met with his counterpart UNK UNK"): a word the reader
 * cannot read ends no headline. Not when, without a colon before them, they are the head its last
 * words need: after a possessive, a determiner, a preposition or a verb's auxiliary ("of germany's
 * UNK", "to be UNK": cut either way, and cut shorter without). */
static gboolean
drop_unknown_tail (GString *s)
{
  gsize end = s->len;
  while (end >= 4 && memcmp (s->str + end - 4, " UNK", 4) == 0)
    end -= 4;
  if (end == s->len || end == 0)
    return FALSE;
  const gchar *word = g_strrstr_len (s->str, (gssize)end, " ");
  word = word == NULL ? s->str : word + 1;
  gsize n = (gsize)(s->str + end - word);
  gboolean colon = n == 1 && word[0] == ':';
  if (!colon
      && ((n > 2 && word[n - 1] == 's' && word[n - 2] == '\'') || (n > 2 && word[n - 1] == '\'')
          || (precis_lexicon_english (word, n)
              & (PRECIS_POS_DET | PRECIS_POS_PREP | PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_NONFINITE
                 | PRECIS_POS_TO | PRECIS_POS_POSS))
                 != 0))
    return FALSE;
  g_string_truncate (s, end);
  return TRUE;
}

/* An English sentence that opens shouted, as some papers set a story's first words in capitals: an
 * article in capitals and a word of three letters or more in capitals, with a vowel ("AN AUSTRALIAN
 * climber ...", "THE NEW ..."; after "A", which is a capital anyway, four letters or more, at most
 * half of them vowels: "A GREEK police officer ...", not "A CAG report"; never four consonants in
 * a row, an acronym's: "A UNHCR report"), or one noun of four
 * letters or more in capitals with fewer vowels than half its letters ("SHOPPERS are ..."; not "NASA
 * scientists", "BBC viewers": acronyms), each before a lower-case word. Those words are written in lower case
 * but for their first letter: "An Australian climber", "Shoppers are"; so is a compound's first part before
 * its hyphen ("A HIGH-powered team" -> "A High-powered team"). The word must be one the English lexicon
 * lists (precis_lexicon_english_known()): an acronym it does not know stays ("A DRDO scientist", "CISF
 * officer"). A word in capitals before a capitalised one stays ("AIADMK Amma leader"). */
static void
unshout_opener (GString *s)
{
  gchar *p = s->str;
  gsize article = 0;
  if (strncmp (p, "A ", 2) == 0)
    article = 2;
  else if (strncmp (p, "AN ", 3) == 0)
    article = 3;
  else if (strncmp (p, "THE ", 4) == 0)
    article = 4;
  gchar *w = p + article;
  gsize n = 0;
  while (g_ascii_isupper (w[n]))
    n++;
  /* (a capital "A" may be the article written as ever: "A CAG report" keeps its acronym) */
  if (n < (article == 0 || article == 2 ? 4u : 3u) || (w[n] != ' ' && w[n] != '-')
      || !g_ascii_islower (w[n + 1]))
    return;
  guint vowels = 0, run = 0, longest = 0; /* vowels, and the longest run of consonants */
  for (gsize i = 0; i < n; i++)
    {
      gboolean vowel = strchr ("AEIOUY", w[i]) != NULL;
      vowels += vowel;
      run = vowel ? 0 : run + 1;
      longest = MAX (longest, run);
    }
  if (vowels == 0 || longest >= 4 || !precis_lexicon_english_known (w, n) || (article == 2 && vowels * 2 > n)
      || (article == 0 && (vowels * 2 >= n || (precis_lexicon_english (w, n) & PRECIS_POS_NOUN) == 0)))
    return;
  for (gchar *q = p + 1; q < w + n; q++)
    if (q[-1] != ' ')
      *q = g_ascii_tolower (*q);
}

/* Whether the word @w of @n letters is written elsewhere in @text in lower case after its first
 * letter: capitalised inside a sentence ("... the Peter who ...", "in San Diego"), or in lower case
 * when the lexicon knows it and it is no "who" ("one English climber"), as a whole word. */
static gboolean
written_unshouted (const gchar *text, const gchar *w, gsize n, gboolean known)
{
  for (const gchar *p = text; *p != '\0';)
    {
      if (!g_ascii_isalpha (*p))
        {
          p++;
          continue;
        }
      gsize m = 0;
      while (g_ascii_isalpha (p[m]))
        m++;
      gboolean same = m == n && g_ascii_tolower (p[0]) == g_ascii_tolower (w[0]);
      for (gsize i = 1; same && i < n; i++)
        same = p[i] == g_ascii_tolower (w[i]);
      /* (capitalised: not a sentence's first word, at its start or after ". ") */
      if (same
          && (g_ascii_isupper (p[0]) ? p > text + 1 && !(p[-1] == ' ' && strchr (".!?\"", p[-2]) != NULL)
                                     : known))
        return TRUE;
      p += m;
    }
  return FALSE;
}

/* A sentence @s (the document's sentence @i of @all, or it joined to the next) that opens on a
 * word in capitals before a capitalised word, as some papers set a story's first word ("SAN Diego
 * Chargers receiver ...", "ONE Australian and one English climber ..."), which unshout_opener()
 * leaves (it cannot tell "AIADMK Amma leader" from them): the word is written in lower case but for
 * its first letter when the document writes it so elsewhere (written_unshouted(): "San Diego",
 * "one"); an acronym ("NASA Administrator", "AMD Chief") the document writes only in capitals
 * stays, and so does a first name it never writes again ("PETER Capaldi ... Capaldi said"). Three
 * letters or more, a vowel and no four consonants in a row; NULL when the sentence keeps its
 * opening (most: the test on its first two letters is the gate). The caller frees the result with
 * g_free. */
static gchar *
unshout_name_opener (const gchar *s, const PrecisSentence *all, guint n_all, guint i)
{
  if (!g_ascii_isupper (s[0]) || !g_ascii_isupper (s[1]))
    return NULL;
  gsize n = 0;
  guint vowels = 0, run = 0, longest = 0;
  for (; g_ascii_isupper (s[n]); n++)
    {
      gboolean vowel = strchr ("AEIOUY", s[n]) != NULL;
      vowels += vowel;
      run = vowel ? 0 : run + 1;
      longest = MAX (longest, run);
    }
  if (n < 3 || s[n] != ' ' || !g_ascii_isupper (s[n + 1]) || !g_ascii_islower (s[n + 2]) || vowels == 0
      || longest >= 4)
    return NULL;
  /* (written in lower case elsewhere: a closed-class word or a number only, "one", "some"; an
   * open-class one may be an acronym the document also writes as a word, "ICE Director" beside "the
   * ice on the roads", "ARM Holdings" beside "his arm") */
  static const gchar *const numbers[]
      = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", NULL };
  guint tags = precis_lexicon_english (s, n);
  gboolean known = precis_lexicon_english_known (s, n) && (tags & PRECIS_POS_WH) == 0
                   && ((tags & (PRECIS_POS_DET | PRECIS_POS_PREP | PRECIS_POS_CONJ | PRECIS_POS_PRONOUN))
                       || ascii_in (s, n, numbers));
  gboolean found = FALSE;
  for (guint k = 0; k < n_all && !found; k++)
    found = written_unshouted (k == i ? s + n : all[k].text, s, n, known);
  if (!found)
    return NULL;
  gchar *out = g_strdup (s);
  for (gsize j = 1; j < n; j++)
    out[j] = g_ascii_tolower (out[j]);
  return out;
}

/* English text tokenised as the Penn Treebank writes it (Gigaword: "japan 's union , the largest
 * -lrb- ... -rrb- , said" with `` and '' for quotes, "we 're", "does n't") as it would be written, so
 * that a comma, a possessive, a contraction and a bracket are read as in any other text. Only a sentence with
 * two or more signs of it (such tokens, a final " .", no capital letter) is changed: one alone is too often
 * ordinary text (LaTeX's ``, a stray " 's "); a lone " , " only loses its space. Other languages are never
 * changed: Dutch writes "'s avonds" and "open - ook ... - voor". */
static void
untokenise (GString *s)
{
  static const gchar *const pairs[][2] = {
    { " -lrb- ", " (" }, { " -rrb- ", ") " }, { "-lrb- ", "(" },   { " -rrb-", ")" },   { " -lsb- ", " [" },
    { " -rsb- ", "] " }, { " , ", ", " },     { " ; ", "; " },     { " 's ", "'s " },   { " n't ", "n't " },
    { "s ' ", "s' " },   { " 'm ", "'m " },   { " 're ", "'re " }, { " 've ", "'ve " }, { " 'll ", "'ll " },
  };
  /* Tokens no writer types: there " - " is a hyphen ("wal - mart", "profit - taking"), a dash "--" */
  guint sure = 0, markers = 0;
  if (may_be_tokenised (s->str))
    for (guint t = 0; t < G_N_ELEMENTS (treebank_signs); t++)
      {
        guint k = count_of (s->str, treebank_signs[t].text);
        markers += k;
        sure += treebank_signs[t].sure ? k : 0;
      }
  markers += ends_on (s, " .");
  /* Gigaword lower-cases all but its UNK: a sentence without a capital is one more sign */
  gboolean capital = !lower_cased (s->str);
  markers += !capital;
  if (markers < 2)
    {
      /* a space before a comma is no word of the text's either way */
      g_string_replace (s, " , ", ", ", 0);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    g_string_replace (s, pairs[i][0], pairs[i][1], 0);
  /* a hyphen split off ("high - level"): where a sure sign is, or in lower-cased text with three
   * signs (a writer's own dash is "--" there) */
  if (sure > 0 || (!capital && markers >= 3 && strstr (s->str, "--") == NULL))
    g_string_replace (s, " - ", "-", 0);
  if (ends_on (s, " ."))
    g_string_erase (s, (gssize)s->len - 2, 1);
}

/* Quotation marks and apostrophes that a lossy conversion turned into "?" (a curly ’ “ ” written
 * to a one-byte encoding: "India?s", "We?re", "there is ?no room? for"): a "?" between two
 * letters, the second lower-case, is an apostrophe; one that opens a word (after a space, the
 * start, or punctuation) opens a quotation, and the next "?" that ends a word closes it. A "?"
 * that ends a word with no such quotation open is a question mark and stays. A "?" alone between
 * two words, the next one lower-case, in a sentence that opens on a capital, was a dash ("the
 * antithesis of the heroine ? playing an overweight bride"): a question mark has no space before
 * it (Gigaword's tokenised, lower-cased text has, and keeps its "?"). */
static void
repair_question_marks (GString *s)
{
  if (strchr (s->str, '?') == NULL)
    return;
  gboolean cased = g_ascii_isupper (s->str[0]);
  gboolean open = FALSE;
  gsize closed = 0; /* one past the last closing mark made */
  for (gsize i = 0; i < s->len; i++)
    {
      if (s->str[i] != '?')
        continue;
      gchar prev = i > 0 ? s->str[i - 1] : ' ';
      gchar next = s->str[i + 1];
      if (g_ascii_isalpha (prev) && g_ascii_islower (next))
        s->str[i] = '\'';
      /* a possessive after a bracket: "Transport (BEST)?s plan" */
      else if (prev == ')' && next == 's' && (s->str[i + 2] == ' ' || s->str[i + 2] == '\0'))
        s->str[i] = '\'';
      /* a plural's possessive: "the users? mobile numbers" */
      else if (cased && !open && prev == 's' && next == ' ' && g_ascii_islower (s->str[i + 2]))
        s->str[i] = '\'';
      else if (cased && !open && prev == ' ' && next == ' ' && i >= 2 && g_ascii_isalnum (s->str[i - 2])
               && g_ascii_islower (s->str[i + 2]))
        s->str[i] = '-';
      else if ((!g_ascii_isalnum (prev) && g_ascii_isalnum (next) && prev != '?')
               || (closed > 0 && i == closed))
        s->str[i] = '"', open = TRUE; /* "?Is silence ...", and ".??" ends one quotation and opens the next */
      else if (open && prev != ' ' && (next == '\0' || next == ' ' || next == '?' || g_ascii_ispunct (next)))
        s->str[i] = '"', open = FALSE, closed = i + 1;
    }
  /* "... on beaches.?": a mark after the last stop that closes nothing opened here is the next
   * quotation's opening mark, glued on where the text lost its spaces */
  if (s->len > 2 && s->str[s->len - 1] == '?' && (s->str[s->len - 2] == '.' || s->str[s->len - 2] == ','))
    g_string_truncate (s, s->len - 1);
  /* "... new corridors ?" (a lost dash, where the sentence was ended): a question mark has no
   * space before it, but in tokenised text (" , ") */
  else if (cased && s->len > 2 && ends_on (s, " ?") && strstr (s->str, " , ") == NULL)
    g_string_truncate (s, s->len - 2);
}

/* Removes a list's dash or a wire's underscore before the text ("- any chancellor would ..."),
 * also one that a removed attribution left first ("As X said - any chancellor would ..."). */
static void
drop_leading_mark (GString *s)
{
  /* dashes, and list bullets: • · ‣ ◦ ▪ ■ ► */
  static const gchar *const marks[] = { "- ",
                                        "_ ",
                                        "* ",
                                        "\xE2\x80\x93 ",
                                        "\xE2\x80\x94 ",
                                        "\xE2\x80\xA2 ",
                                        "\xC2\xB7 ",
                                        "\xE2\x80\xA3 ",
                                        "\xE2\x97\xA6 ",
                                        "\xE2\x96\xAA ",
                                        "\xE2\x96\xA0 ",
                                        "\xE2\x96\xBA ",
                                        NULL };
  /* (most sentences open on no mark: their first byte says so, before a look at each) */
  static guint8 opens[256]; /* the marks' first bytes */
  static gsize ready;
  if (g_once_init_enter (&ready))
    {
      for (guint i = 0; marks[i] != NULL; i++)
        opens[(guchar)marks[i][0]] = 1;
      g_once_init_leave (&ready, 1);
    }
  if (!opens[(guchar)s->str[0]])
    return;
  for (guint i = 0; marks[i] != NULL; i++)
    {
      gsize n = strlen (marks[i]);
      if (strncmp (s->str, marks[i], n) == 0)
        {
          g_string_erase (s, 0, (gssize)n);
          return;
        }
    }
}

/* Removes a wire's "here" (the dateline's city) between a verb and what follows it: "signed here
 * on Tuesday an agreement", "groups meeting here in London" -> "signed on Tuesday an agreement",
 * "groups meeting in London"; not after "is" ("spring is here") nor at the end ("lives here"). */
static void
drop_here (GString *s)
{
  for (const gchar *p = strstr (s->str, " here "); p != NULL; p = strstr (p + 1, " here "))
    {
      const gchar *verb = p;
      while (verb > s->str && verb[-1] != ' ')
        verb--;
      if (p - verb < 3 || !g_ascii_isalpha (p[-1]) || !g_ascii_isalnum (p[6]))
        continue;
      guint t = precis_lexicon_english (verb, (gsize)(p - verb));
      const gchar *next = p + 6;
      gsize n = 0;
      while (g_ascii_isalpha (next[n]) || next[n] == '\'')
        n++;
      guint u = n > 0 ? precis_lexicon_english (next, n) : 0;
      /* before the verb's object only: a determiner, a possessive, a pronoun, "that" or a noun or
       * adjective that is no verb ("signed here an agreement", "said here he would"); not before an
       * adjunct, which a removed time word may leave at a comma ("arrive here on Sunday, ...") */
      gboolean object = (u & (PRECIS_POS_DET | PRECIS_POS_POSS | PRECIS_POS_PRONOUN))
                        || ((u & (PRECIS_POS_NOUN | PRECIS_POS_ADJ))
                            && !(u & (closed_tags | PRECIS_POS_PAST | PRECIS_POS_THIRD)));
      if ((t & (PRECIS_POS_PAST | PRECIS_POS_THIRD)) && !(t & (closed_tags | PRECIS_POS_NOUN)) && object
          && !(u & (PRECIS_POS_PREP | PRECIS_POS_TO | PRECIS_POS_CONJ | PRECIS_POS_AUX | PRECIS_POS_MODAL)))
        {
          g_string_erase (s, p - s->str, 5);
          return;
        }
    }
}

/* Removes the two commas of an aside the rules emptied ("X, on Thursday, lodged" -> "X,, lodged"
 * -> "X lodged"), not a double comma the sentence had itself. */
static void
drop_empty_aside (GString *s, const gchar *sentence)
{
  const gchar *p = strstr (s->str, ",,");
  if (p == NULL || strstr (sentence, ",,") != NULL)
    return;
  for (; p != NULL; p = strstr (s->str, ",,"))
    g_string_erase (s, p - s->str, 2);
}

/* Removes the asides between two dashes. One that ends a leading subordinate clause with no comma
 * of its own ("While he rarely buys it - he has a freezer full - the skipper, 43 years a
 * fisherman, watches ...") leaves the comma the clause needs, so that its main clause is still
 * found ("While he rarely buys it, the skipper ... watches"). */
static void
drop_dash_pair (GString *s, gboolean english)
{
  g_autoptr (GMatchInfo) m = NULL;
  gsize first = 0;
  while (s->str[first] != '\0' && s->str[first] != ' ')
    first++;
  if (english && (precis_lexicon_english (s->str, first) & PRECIS_POS_SUBORD)
      && g_regex_match (dash_pair_get (), s->str, 0, &m))
    {
      gint at, end;
      g_match_info_fetch_pos (m, 0, &at, &end);
      /* not when the clause goes on after the aside: its verb ("While two of them - in aprons -
       * are there to serve ..."), or a conjunction ("If X - boy, that's hard - but ...") */
      const gchar *next = s->str + end;
      gsize len = 0;
      while (g_ascii_isalpha (next[len]))
        len++;
      guint t = precis_lexicon_english (next, len);
      const guint verb = PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_THIRD | PRECIS_POS_PAST;
      if (memchr (s->str, ',', (gsize)at) == NULL && !(t & PRECIS_POS_CONJ)
          && !((t & verb) && !(t & PRECIS_POS_NOUN)))
        {
          g_string_erase (s, at, end - at);
          g_string_insert (s, at, ", ");
        }
    }
  apply (s, dash_pair_get (), 0, "-\xE2", " ", NULL);
}

/* The letters of the ASCII word at @p (its length; @p moved past it and the spaces after it). */
static gsize
take_word (const gchar **p, const gchar **word)
{
  *word = *p;
  gsize n = 0;
  while (g_ascii_isalpha ((*p)[n]) || ((*p)[n] == '-' && n > 0 && g_ascii_isalpha ((*p)[n + 1])))
    n++;
  *p += n;
  while (n > 0 && **p == ' ')
    (*p)++;
  return n;
}

/* Where the time phrase at @p ends, if one is there before a comma ("on Tuesday", "last week",
 * "yesterday", "earlier this year", "on Sunday morning"), else NULL: what the day-word rules
 * remove. */
static const gchar *
time_phrase_end (const gchar *p)
{
  static const gchar *const comparatives[] = { "early", "late", "earlier", "later", NULL };
  static const gchar *const modifiers[] = { "on", "last", "this", "next", NULL };
  static const gchar *const days[] = { "monday", "tuesday",   "wednesday", "thursday", "friday", "saturday",
                                       "sunday", "yesterday", "today",     "tonight",  NULL };
  static const gchar *const spans[]
      = { "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", NULL };
  static const gchar *const parts[] = { "morning", "afternoon", "evening", "night", NULL };
  const gchar *word;
  gsize n = take_word (&p, &word);
  gboolean modified = FALSE;
  if (n > 0 && ascii_in (word, n, comparatives))
    {
      modified = TRUE;
      n = take_word (&p, &word);
    }
  if (n > 0 && ascii_in (word, n, modifiers))
    {
      modified |= n != 2; /* "on" alone takes a day, not "on week" */
      n = take_word (&p, &word);
    }
  if (n == 0 || !(ascii_in (word, n, days) || (modified && ascii_in (word, n, spans))))
    return NULL;
  const gchar *end = p;
  if ((n = take_word (&p, &word)) > 0 && ascii_in (word, n, parts))
    end = p;
  while (end[0] == ' ')
    end++;
  return end[0] == ',' ? end : NULL;
}

/* Nouns that make what follows a lead-in's colon something said or feared, not a fact ("It is a
 * claim that ministers deny: ...", "They have one fear: ..."): the lead-in stays (drop_lead_in).
 * Each stands for its plural in -s too. */
static const gchar *const qualifying_nouns[]
    = { "claim",      "rumour",      "rumor",    "fear",    "allegation", "myth",
        "warning",    "theory",      "theories", "belief",  "suspicion",  "accusation",
        "prediction", "speculation", "worry",    "worries", "hoax",       "suggestion",
        "prophecy",   "assumption",  "hope",     NULL };

/* Whether the @len bytes at @s hold a word of qualifying_nouns, or one of them and an -s. (Not
 * inlined: it runs for the few lead-ins with a colon, and drop_lead_in is inlined into apply_rules.) */
static G_NO_INLINE gboolean
holds_qualifying_noun (const gchar *s, gsize len)
{
  for (gsize i = 0; i < len;)
    {
      gsize n = 0;
      while (i + n < len && g_ascii_isalpha (s[i + n]))
        n++;
      if (n > 0
          && (ascii_in (s + i, n, qualifying_nouns)
              || (n > 1 && s[i + n - 1] == 's' && ascii_in (s + i, n - 1, qualifying_nouns))))
        return TRUE;
      i += n > 0 ? n : 1;
    }
  return FALSE;
}

/* Removes a lead-in that opens on a pronoun or "Here's" and ends on a colon, before a statement of
 * five words or more that does not ("It was the moment the whole village had been waiting for:
 * after six years of campaigning, the post office is reopening"): the lead-in points at the news
 * after its colon, and as the headline's opening it would leave only a later sentence. Not before
 * a quotation, nor when a quotation mark or a question mark comes before the colon, nor when the
 * lead-in calls the statement a claim, a rumour or a fear (qualifying_nouns): without it the
 * statement would read as fact. */
static void
drop_lead_in (GString *s)
{
  /* "Here's what you need to know about ...", "Here's how ... will work": the wh-clause is an
   * explainer's headline ("What you need to know about ...") */
  static const gchar *const wh[] = { "what ", "how ", "why ", NULL };
  gsize here = precis_here_opening (s->str, s->len);
  if (here > 0)
    {
      const gchar *rest = s->str + here;
      for (guint j = 0; wh[j] != NULL; j++)
        if (g_ascii_strncasecmp (rest, wh[j], strlen (wh[j])) == 0 && strchr (rest, ':') == NULL)
          {
            g_string_erase (s, 0, (gssize)here);
            return;
          }
    }
  const gchar *colon = strstr (s->str, ": ");
  /* (a colon written after a space is a tokenised text's, Gigaword's " : " between list items) */
  if (colon == NULL || colon == s->str || colon[-1] == ' ' || colon - s->str > 200
      || !(opens_on_pronoun (s->str) || g_ascii_strncasecmp (s->str, "this ", 5) == 0 || here > 0))
    return;
  const gchar *mark = strpbrk (s->str, "\"?");
  if ((mark != NULL && mark < colon) || g_strstr_len (s->str, colon - s->str, "\xE2\x80\x9C") != NULL
      || precis_count_words (s->str, (gsize)(colon - s->str), 3) < 3
      || holds_qualifying_noun (s->str, (gsize)(colon - s->str)))
    return;
  const gchar *rest = colon + 2;
  while (*rest == ' ')
    rest++;
  if (!g_ascii_isalpha (*rest) || opens_on_pronoun (rest) || strchr (rest, ':') != NULL
      || precis_count_words (rest, strlen (rest), 5) < 5)
    return;
  /* a statement, not an infinitive or an imperative ("It has one aim: to make ...", "...: resign
   * now or ...") */
  gsize n = 0;
  while (g_ascii_isalpha (rest[n]))
    n++;
  guint t = precis_lexicon_english (rest, n);
  if ((t & PRECIS_POS_TO)
      || ((t & PRECIS_POS_VERB)
          && !(t & (PRECIS_POS_NOUN | PRECIS_POS_DET | PRECIS_POS_PREP | PRECIS_POS_SUBORD))))
    return;
  /* and a clause: a finite verb ("...: scepticism sliding into cynicism about politics itself",
   * a title or a list of names after the colon are none) */
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  split_words (rest, TRUE, NULL, words);
  const Word *w = (const Word *)(gconstpointer)words->data;
  gint v = find_verb (rest, w, words->len);
  if (v <= 0)
    return;
  /* ... its own, not a subordinate clause's or a quotation's ("...: character assassination because
   * she said ...", "...: a brain injury, not 'getting your bell rung'") */
  for (gint k = 1; k <= v; k++)
    if (((w[k].tags & PRECIS_POS_SUBORD) && !(w[k].tags & PRECIS_POS_PREP)) || rest[w[k].start] == '\''
        || rest[w[k].start] == '"' || g_str_has_prefix (rest + w[k].start, "\xE2\x80\x98")
        || g_str_has_prefix (rest + w[k].start, "\xE2\x80\x9C"))
      return;
  g_string_erase (s, 0, (gssize)(rest - s->str));
}

/* Removes an aside that is a participle and a time phrase alone, between commas ("The report,
 * published on Tuesday, found ...", "The plan, announced last week, will cost ...", "The letter,
 * sent on Friday, warns ..."): the day-word rules would leave the participle bare between its
 * commas ("Report, published, found"), and without its time the aside says nothing; it goes
 * whole. Not an item of a list of verbs (a conjunction after the closing comma). */
static void
drop_dated_aside (GString *s)
{
  /* the sentence's first comma only: after an appositive or a relative clause ("The boss, Jane
   * Smith, quit last week, frustrated by ...") a past form between commas is the clause's verb */
  gchar *c = strchr (s->str, ',');
  if (c == NULL || c[1] != ' ')
    return;
  const gchar *p = c + 2, *word;
  gsize n = take_word (&p, &word);
  if (n < 3 || !g_ascii_islower (word[0]))
    return;
  guint t = precis_lexicon_english (word, n);
  if (!(t & PRECIS_POS_PAST) || (t & (PRECIS_POS_AUX | PRECIS_POS_MODAL | closed_tags)))
    return;
  /* (a phrasal verb's particle: "carried out on Monday") */
  static const gchar *const particles[] = { "out", "up", "down", "off", "back", NULL };
  const gchar *q = p, *particle;
  gsize k = take_word (&q, &particle);
  if (k > 0 && ascii_in (particle, k, particles))
    p = q;
  const gchar *close = time_phrase_end (p);
  if (close == NULL || close[1] != ' ')
    return;
  const gchar *next = close + 2, *after;
  gsize m = take_word (&next, &after);
  guint ta = m > 0 ? precis_lexicon_english (after, m) : 0;
  if (m == 0 || (ta & PRECIS_POS_CONJ))
    return;
  /* after a leading phrase the clause's comma stays ("In its plan, announced on Monday, the
   * government said" -> "In its plan, the government said"), and its subject follows */
  const gchar *first = s->str, *w0;
  gsize n0 = take_word (&first, &w0);
  guint t0 = n0 > 0 ? precis_lexicon_english (w0, n0) : 0;
  gboolean leading = (t0 & (PRECIS_POS_PREP | PRECIS_POS_SUBORD)) != 0;
  if (!leading)
    {
      /* else the clause's own verb follows ("... , found", "... , also warns", "... , will cost"):
       * without it the participle is the sentence's past-tense verb ("Smith, the chairman,
       * resigned on Tuesday, citing ill health"), as before a passive's "by" ("... , hit by") */
      if ((ta & PRECIS_POS_ADV) && !(ta & (PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD)))
        {
          m = take_word (&next, &after);
          ta = m > 0 ? precis_lexicon_english (after, m) : 0;
        }
      if (!(ta & (PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_AUX | PRECIS_POS_MODAL))
          || (ta & (PRECIS_POS_ING | PRECIS_POS_NONFINITE)))
        return;
      const gchar *by = next, *w2;
      gsize m2 = take_word (&by, &w2);
      if ((ta & PRECIS_POS_PAST) && !(ta & (PRECIS_POS_AUX | PRECIS_POS_MODAL)) && m2 == 2
          && g_ascii_strncasecmp (w2, "by", 2) == 0)
        return;
    }
  gsize at = (gsize)(c - s->str) + (leading ? 1 : 0);
  g_string_erase (s, (gssize)at, (gssize)(close + 1 - s->str - at));
}

/* What an opening "X said (that)" becomes (apply_rules): it goes unless it names its source
 * (named_source, short_with_source); it stays whatever X is; it goes even when X names one. */
typedef enum
{
  SPEAKER_NAMED,
  SPEAKER_KEEP,
  SPEAKER_DROP
} Speaker;

/* What the rules remove from a sentence (brackets; in English attributions, time words,
 * leading adverbials, relative clauses, auxiliaries and articles), with spaces collapsed and
 * the end trimmed. @speaker says what an opening "X said (that)" becomes; *@took_speaker says
 * whether one was removed, *@kept_named whether one stayed for naming its source. */
static gchar *
apply_rules (const gchar *sentence, gboolean english, gboolean verb_final, PrecisTokenizer *tokenizer,
             Speaker speaker, gboolean *took_speaker, gboolean *kept_named)
{
  GString *s = g_string_new (sentence);
  g_strstrip (s->str);
  s->len = strlen (s->str);
  drop_leading_mark (s);
  if (english)
    {
      if (lower_cased (s->str))
        {
          drop_lower_dateline (s);
          drop_unknown_opener (s);
        }
      else
        unshout_opener (s);
      repair_question_marks (s);
      untokenise (s);
    }
  if (strstr (s->str, " \"") != NULL)
    unspace_closing_quotes (s);
  /* one scan for the curly marks with a space after them (or a bracket, which may go and leave
   * one): an apostrophe before a contraction's ending, an opening mark before its word */
  gboolean spaced_apostrophe = FALSE, spaced_opening = FALSE;
  if (english)
    for (const gchar *e = memchr (s->str, 0xE2, s->len); e != NULL;
         e = memchr (e + 1, 0xE2, s->len - (gsize)(e + 1 - s->str)))
      if ((guchar)e[1] == 0x80 && e[2] != '\0')
        {
          spaced_apostrophe |= (guchar)e[2] == 0x99 && e[3] == ' ';
          spaced_opening |= ((guchar)e[2] == 0x98 || (guchar)e[2] == 0x9C) && strchr (" ([", e[3]) != NULL
                            && e[3] != '\0';
        }
  if (spaced_apostrophe) /* (Italian: "un po’ d’accademia") */
    unspace_apostrophes (s);
  unglue_stops (s);
  if (strpbrk (s->str, "([") != NULL)
    {
      const gchar *open = strpbrk (s->str, "([");
      if (open != NULL && open - s->str < HEADLINE_DATELINE_CHARS && has_agency_tag (open))
        {
          /* not when it leaves a pronoun for subject, as the rules below ("(Xinhua) -- it is ...") */
          g_autofree gchar *dated = NULL;
          if (apply (s, dateline_get (), 0, NULL, "", &dated) && english && opens_on_pronoun (s->str)
              && !opens_on_pronoun (dated))
            g_string_assign (s, dated);
        }
      unglue_brackets (s);
      gssize from = brackets_start (s->str);
      if (from >= 0)
        apply (s, brackets_get (), (gsize)from, "([", "", NULL);
    }
  /* (after the brackets: "added: ‘(Coaches) Alan ..." leaves "‘ Alan") */
  if (spaced_opening)
    unspace_opening_quotes (s);
  /* (a month's or a stamp's first letter, then a digit soon after: few sentences open so) */
  const gchar *digit = strpbrk (s->str, "0123456789"); /* (libc's scan: fewer steps than a bounded loop) */
  if (english && s->str[0] != '\0' && strchr ("AFJMNOSDRPU", s->str[0]) != NULL && digit != NULL
      && digit - s->str < 16)
    apply (s, date_dash_get (), 0, NULL, "", NULL);
  /* (what each pair of the four needs, first: most texts have neither) */
  if ((strstr (s->str, " -") != NULL || strstr (s->str, " \xE2\x80") != NULL)
      && (strstr (s->str, " - ") != NULL || strstr (s->str, " -- ") != NULL
          || strstr (s->str, " \xE2\x80\x93 ") != NULL || strstr (s->str, " \xE2\x80\x94 ") != NULL))
    drop_dash_pair (s, english);
  /* No-break spaces are spaces here (a headline is one line). */
  for (gchar *nb; (nb = strstr (s->str, "\xC2\xA0")) != NULL;)
    {
      gsize at = (gsize)(nb - s->str);
      g_string_erase (s, (gssize)at, 1);
      s->str[at] = ' ';
    }
  if (english)
    {
      if (strchr (s->str, ',') != NULL)
        drop_dated_aside (s);
      if (strchr (s->str, ':') != NULL || s->str[0] == 'H' || s->str[0] == 'h')
        drop_lead_in (s);
      Rule *rules = english_rules_get ();
      gchar *lower = ascii_down (s->str, s->len);
      /* The needle lists looked for in the text as it stands (the bits of Rule.needle_bit and
       * opening_bit: rules that share a list share its bit) and those found: each list is looked
       * for once while the text stays the same, the lists of substrings all in one pass. */
      guint32 looked = 0, found = 0;
      for (guint i = 0; i < G_N_ELEMENTS (english_rules); i++)
        {
          guint32 bit = rules[i].needle_bit | rules[i].opening_bit; /* 0: no needles, always tried */
          if (bit != 0 && (looked & bit) == 0)
            {
              if (rules[i].needle_bit != 0)
                {
                  found |= needles_in (lower);
                  looked |= needle_table.bits;
                }
              else
                {
                  if ((opening_lists[(guchar)lower[0]] & bit) != 0 && has_needle (lower, rules[i].needles))
                    found |= bit;
                  looked |= bit;
                }
            }
          if (bit != 0 && (found & bit) == 0)
            continue;
          gsize start = 0;
          if (rules[i].gate != NULL && !rules[i].gate (lower, &start))
            continue;
          g_autofree gchar *before = NULL;
          if (!apply (s, rule_find (&rules[i]), start, rules[i].holds, rules[i].replace, &before))
            continue;
          /* A rule that leaves a pronoun for subject ("The firm said it would ...") is undone. */
          /* ... and so is one that leaves less than a clause ("here on friday"), one that took
           * a subject opening on an -ing word for a participle clause, and one that took the
           * subject of a later verb ("X said the final appeared fixed and demanded a probe") */
          gsize before_len = strlen (before), removed = before_len - s->len;
          /* the rule took the opening: the text is the old one's end */
          gboolean head_removed = before_len >= s->len && memcmp (before + removed, s->str, s->len) == 0;
          /* (not a label's or a salutation's: "Sir, Your report ..." has its possessive either way) */
          if ((opens_on_pronoun (s->str) && !opens_on_pronoun (before) && rules[i].gate != gate_label)
              || ((rules[i].needles == clause_starts || rules[i].needles == adverbial_starts) && head_removed
                  && opens_inverted (s->str))
              || (rules[i].needles == adverbial_starts && head_removed
                  && connective_subject (before, removed, s->str))
              || precis_count_words (s->str, s->len, HEADLINE_MIN_WORDS) < HEADLINE_MIN_WORDS
              || (rules[i].needles == clause_starts && head_removed
                  && (ing_phrase_is_subject (before, removed, s->str) || clause_lacks_verb (before, removed)))
              || (rules[i].needles == said_words && head_removed
                  && (speaker == SPEAKER_KEEP || shares_reporter (s->str)
                      || (speaker == SPEAKER_NAMED && named_source (before, removed)
                          && short_with_source (before) && (*kept_named = TRUE)))))
            {
              g_string_assign (s, before);
              continue;
            }
          if (rules[i].needles == said_words && head_removed)
            *took_speaker = TRUE;
          if (rules[i].needles == relative_words && drop_relative_tail (s, before)
              && precis_count_words (s->str, s->len, HEADLINE_MIN_WORDS) < HEADLINE_MIN_WORDS)
            g_string_assign (s, before);
          /* a leading phrase whose list its comma parted runs on to a dash */
          gsize after_dash
              = rules[i].needles == clause_starts && head_removed ? verbless_before_dash (s->str) : 0;
          if (after_dash > 0
              && precis_count_words (s->str + after_dash, s->len - after_dash, HEADLINE_MIN_WORDS)
                     >= HEADLINE_MIN_WORDS)
            g_string_erase (s, 0, (gssize)after_dash);
          /* ... and one whose list its comma parted runs on to the list's last comma */
          gsize after_list = (rules[i].needles == clause_starts || rules[i].needles == adverbial_starts)
                                     && head_removed && ends_on_comma (before, removed)
                                 ? list_rest_end (s->str)
                                 : 0;
          if (after_list > 0 && !opens_on_pronoun (s->str + after_list))
            g_string_erase (s, 0, (gssize)after_list);
          g_free (lower);
          lower = ascii_down (s->str, s->len);
          looked = found = 0;
        }
      g_free (lower);
      drop_here (s);
      drop_articles (s);
    }
  g_autofree gchar *collapsed = precis_collapse_space (s->str, 0, s->len);
  g_string_assign (s, collapsed);
  drop_empty_aside (s, sentence);
  drop_leading_mark (s);
  trim_end (s, tokenizer, english, verb_final, FALSE, english ? sentence : NULL);
  balance_quotes (s);
  return g_string_free (s, FALSE);
}

/* Capitalises the headline's first letter, but not a first word written so on purpose: a
 * name with a capital after a small letter ("iPhone", "eBay"; "pan-India" is capitalised), an address
 * ("https://...", "www.", "@name",
 * "#tag"). */
static void
upper_first (GString *s)
{
  if (s->len == 0)
    return;
  gsize word = strcspn (s->str, " ");
  if (s->str[0] == '@' || s->str[0] == '#' || g_str_has_prefix (s->str, "www.")
      || g_strstr_len (s->str, (gssize)word, "://") != NULL)
    return;
  gunichar prev = g_utf8_get_char (s->str);
  for (const gchar *p = g_utf8_next_char (s->str); p < s->str + word; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isupper (c) && g_unichar_islower (prev)) /* "iPhone", not "pan-India" */
        return;
      prev = c;
    }
  gunichar ch = g_utf8_get_char (s->str);
  gunichar up = g_unichar_toupper (ch);
  if (up == ch)
    return;
  gchar buf[8];
  gint n = g_unichar_to_utf8 (up, buf);
  gsize old = (gsize)(g_utf8_next_char (s->str) - s->str);
  g_string_erase (s, 0, (gssize)old);
  g_string_insert_len (s, 0, buf, n);
}

/* A person's pronouns (not the reflexives, which point inside their own clause). */
static const gchar *const person_pronouns[] = { "he", "him", "his", "she", "her", "hers", NULL };

/* Moves @p to the next run of ASCII letters and returns its length (0 at the end of the text). */
static gsize
next_ascii_word (const gchar **p)
{
  while (**p != '\0' && !g_ascii_isalpha (**p))
    (*p)++;
  gsize n = 0;
  while (g_ascii_isalpha ((*p)[n]))
    n++;
  return n;
}

/* Whether a run of letters in @text is one of person_pronouns: a quick test before the words are
 * split and looked up. */
static gboolean
may_hold_person (const gchar *text)
{
  gsize n;
  for (const gchar *p = text; (n = next_ascii_word (&p)) > 0; p += n)
    if (n <= 4 && (g_ascii_tolower (*p) == 'h' || g_ascii_tolower (*p) == 's'))
      for (guint i = 0; person_pronouns[i] != NULL; i++)
        if (strlen (person_pronouns[i]) == n && g_ascii_strncasecmp (p, person_pronouns[i], n) == 0)
          return TRUE;
  return FALSE;
}

/* Whether headline @text holds a person's pronoun; *@named says whether a word before the first
 * one could name the person: a capitalised word after the first, or a first word that is a noun
 * or a name alone. Once an opening "X said" is gone such a pronoun may point at no one
 * ("Contracts for his fight ..."), as may a later sentence's with nothing before it to name the
 * person ("Seventeen of 30 counts were capital charges, meaning he is eligible", "Within minutes,
 * he says, ..."). */
static gboolean
person_pronoun (const gchar *text, gboolean *named)
{
  if (!may_hold_person (text))
    return FALSE;
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  split_words (text, TRUE, NULL, words);
  const Word *w = (const Word *)(gconstpointer)words->data;
  gboolean capital = FALSE;
  for (guint i = 0; i < words->len; i++)
    {
      if (word_in (text, &w[i], person_pronouns))
        {
          *named = capital || (i > 0 && w[0].tags == PRECIS_POS_NOUN);
          return TRUE;
        }
      capital |= i > 0 && w[i].capital;
    }
  return FALSE;
}

/* Words that open a relative clause in the languages without a grammar here (Spanish, French,
 * Italian, Portuguese, Catalan); not ambiguous after a comma that follows a short subject. */
static const gchar *const relative_openers[]
    = { "que",  "qui",  "quien", "quienes", "dont",   "che",      "cui",
        "cuyo", "cuya", "cujo",  "cuja",    "lequel", "laquelle", NULL };
/* A subject is at most this many words before its relative clause. */
#define HEADLINE_SUBJECT_WORDS 6

/* Outside English: @s without the relative clause between the subject and its verb ("La norma,
 * que entrará en vigor en enero, afectará a ..." -> "La norma afectará a ..."), or NULL. The
 * clause is whole between two commas, so that what is kept is the subject and the main clause,
 * never the subject and its relative clause with the main verb cut away. */
static gchar *
drop_subject_relative (const gchar *s)
{
  const gchar *c1 = strchr (s, ',');
  if (c1 == NULL
      || precis_count_words (s, (gsize)(c1 - s), HEADLINE_SUBJECT_WORDS + 1) > HEADLINE_SUBJECT_WORDS)
    return NULL;
  const gchar *r = c1 + 1;
  while (*r == ' ')
    r++;
  if (!ascii_in (r, strcspn (r, " ,"), relative_openers))
    return NULL;
  const gchar *c2 = strchr (r, ',');
  if (c2 == NULL)
    return NULL;
  const gchar *rest = c2 + 1;
  while (*rest == ' ')
    rest++;
  /* what follows is the main clause: not another relative clause ("el bote, que ..., que ...") */
  if (precis_count_words (rest, strlen (rest), 2) < 2
      || ascii_in (rest, strcspn (rest, " ,"), relative_openers))
    return NULL;
  return g_strdup_printf ("%.*s %s", (gint)(c1 - s), s, rest);
}

/* Outside English, a headline that is only a sentence's opening attribution, adjunct or
 * connective ("Selon la police", "По данным МЧС", "Sin luz", "En revanche") or a subject with the
 * name in apposition after it ("Le président de la République, Emmanuel Macron") says nothing:
 * the rest of the sentence is the news. Without a lexicon, an opening phrase is told by its
 * first words, from the language's lists in data/headline.txt. A short main clause before a comma
 * ("Es ist schwer, ...") stays, unless its object clause follows the comma ("Он сказал, что
 * ...": the list's complement words; complement_end), which the headline keeps. A subject before
 * an appositive name is at most this many words, ... */
#define HEADLINE_SUBJECT_BEFORE_WORDS 6
/* ... the name between two commas at most this many ("Emmanuel Macron", "Luiz Inácio Lula da
 * Silva"), and so each aside drop_subject_aside() takes away ("54 anni"). */
#define HEADLINE_ASIDE_WORDS 6

/* The phrases of data/headline.txt: language name -> kind ("attribution", "adjunct",
 * "subordinator", "connective", "opener", "predicate", "complement", "infinitive", "time",
 * "time-before", "said") -> a GPtrArray of phrases in small letters, NULL-terminated; read once. */
static void
add_phrase (const gchar *language, gchar *line, gpointer table)
{
  if (line == NULL)
    {
      g_hash_table_replace (
          table, g_strdup (language),
          g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref));
      return;
    }
  const gchar *space = strchr (line, ' ');
  GHashTable *kinds = language != NULL ? g_hash_table_lookup (table, language) : NULL;
  if (kinds == NULL || space == NULL)
    return;
  g_autofree gchar *kind = g_strndup (line, (gsize)(space - line));
  GPtrArray *list = g_hash_table_lookup (kinds, kind);
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (list, NULL);
      g_hash_table_replace (kinds, g_strdup (kind), list);
    }
  /* before the NULL that ends the list */
  g_ptr_array_insert (list, (gint)list->len - 1, g_utf8_strdown (space + 1, -1));
}

static GHashTable *
headline_phrases_get (void)
{
  static GHashTable *table;
  if (g_once_init_enter (&table))
    {
      GHashTable *t
          = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_hash_table_unref);
      precis_data_sections ("headline.txt", add_phrase, t);
      g_once_init_leave (&table, t);
    }
  return table;
}

/* The phrases of @kind for @language (data/headline.txt), NULL-terminated; none for a language
 * the file does not list. */
static const gchar *const *
phrases_of (const PrecisLanguageInfo *language, const gchar *kind)
{
  static const gchar *const none[] = { NULL };
  GHashTable *kinds = g_hash_table_lookup (headline_phrases_get (), language->name);
  GPtrArray *list = kinds != NULL ? g_hash_table_lookup (kinds, kind) : NULL;
  return list != NULL ? (const gchar *const *)list->pdata : none;
}

/* The length in bytes of the phrase of @phrases that opens @folded (small letters) as whole
 * words, or 0. */
static gsize
opens_on_any (const gchar *folded, const gchar *const *phrases)
{
  for (guint i = 0; phrases[i] != NULL; i++)
    {
      gsize n = strlen (phrases[i]);
      if (strncmp (folded, phrases[i], n) == 0 && (folded[n] == ' ' || folded[n] == ',' || folded[n] == '\0'))
        return n;
    }
  return 0;
}

/* Conjunctions that join a list's items: after a name between two commas, a list goes on
 * ("Küche, Speisesaal, die Kapelle und ..."), not a sentence. */
static const gchar *const list_conjunctions[]
    = { "and", "or", "et", "ou", "y",   "o",   "e", "ed", "ni", "und", "oder",
        "en",  "of", "ve", "и",  "или", "και", "ή", "şi", "și", NULL };

typedef enum
{
  OPENING_NONE,
  OPENING_PHRASE,  /* the headline is an opening attribution or connective alone */
  OPENING_NAME,    /* ... a subject and the name in apposition after it */
  OPENING_ADJUNCT, /* ... an opening adjunct (a preposition's phrase) or a word alone before its
                    * comma, after which a list may go on */
  OPENING_CLAUSE,  /* ... a leading subordinate clause ("Si ...", "Когда ..."), which says under
                    * what condition: the headline runs past it, and keeps it */
} Opening;

/* An opening attribution or adjunct runs to at most this many words ("Selon des sources proches
 * du dossier", "Según fuentes del Ministerio del Interior"): a headline's length. */
#define HEADLINE_LONG_OPENING_WORDS HEADLINE_MAX_WORDS

/* Whether a word of @folded (small letters) is one of @phrases (small letters) as whole words. */
static gboolean
holds_phrase_folded (const gchar *folded, const gchar *const *phrases)
{
  for (const gchar *p = folded; p != NULL; p = strchr (p, ' '))
    {
      while (*p == ' ')
        p++;
      if (opens_on_any (p, phrases) > 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether @folded (small letters) opens on one of @language's phrases that open a sentence before
 * its comma: an attribution, an adjunct, a subordinator or a connective. */
static gboolean
opens_on_opening (const gchar *folded, const PrecisLanguageInfo *language)
{
  static const gchar *const kinds[] = { "attribution", "adjunct", "subordinator", "connective", NULL };
  for (guint k = 0; kinds[k] != NULL; k++)
    if (opens_on_any (folded, phrases_of (language, kinds[k])) > 0)
      return TRUE;
  return FALSE;
}

/* What the @len bytes at @s, the @words words before the sentence's first comma (", "), are:
 * one of @language's connectives as whole words, or a phrase that opens on one of its
 * attributions (OPENING_PHRASE); one that opens on one of its adjuncts ("Sin luz", "Χωρίς μετρό")
 * or a word alone ("Inversement"; not in a verb-final language, whose subject may stand so)
 * (OPENING_ADJUNCT); one that opens on a subordinator ("Quand ...") (OPENING_CLAUSE); else
 * OPENING_NONE. */
static Opening
opening_kind (const gchar *s, gsize len, guint words, const PrecisLanguageInfo *language)
{
  g_autofree gchar *folded = g_utf8_strdown (s, (gssize)len);
  const gchar *const *connectives = phrases_of (language, "connective");
  for (guint i = 0; connectives[i] != NULL; i++)
    if (g_str_equal (folded, connectives[i]))
      return OPENING_PHRASE;
  if (words > HEADLINE_LONG_OPENING_WORDS)
    return OPENING_NONE;
  if (opens_on_any (folded, phrases_of (language, "attribution")) > 0)
    return OPENING_PHRASE;
  if (opens_on_any (folded, phrases_of (language, "subordinator")) > 0)
    return OPENING_CLAUSE;
  if (words > 1 ? opens_on_any (folded, phrases_of (language, "adjunct")) == 0 : is_verb_final (language))
    return OPENING_NONE;
  /* Not a clause that opens on its adjunct ("En el accidente han muerto tres personas, según
   * ..."; "В результате пожара ... погибли 64 человека, в том числе ..."): it holds a predicate
   * word, or what follows its comma, up to the next, is no longer than it or opens on an opening
   * phrase of its own ("..., según informó la policía"). */
  const gchar *rest = s + len + 2, *next = strstr (rest, ", ");
  g_autofree gchar *folded_rest = g_utf8_strdown (rest, -1);
  if (holds_phrase_folded (folded, phrases_of (language, "predicate"))
      || precis_count_words (rest, next != NULL ? (gsize)(next - rest) : strlen (rest), words) <= words
      || opens_on_opening (folded_rest, language))
    return OPENING_NONE;
  return OPENING_ADJUNCT;
}

/* Whether a conjunction comes within the first four words at @s: a list goes on ("Sin luz, agua
 * ni calefacción ..."). */
static gboolean
conjunction_follows (const gchar *s)
{
  g_auto (GStrv) words = g_strsplit (s, " ", 5);
  for (guint i = 0; words[i] != NULL && i < 4; i++)
    {
      g_autofree gchar *folded = g_utf8_strdown (words[i], -1);
      if (g_strv_contains (list_conjunctions, folded))
        return TRUE;
    }
  return FALSE;
}

/* Whether the text at @s goes on as a list after a name: it opens with a capital or a digit
 * ("Anayasanın 13., 48. ve 49. maddelerine"), or a conjunction follows. */
static gboolean
list_goes_on (const gchar *s)
{
  gunichar c = g_utf8_get_char (s);
  return g_unichar_isupper (c) || g_unichar_isdigit (c) || conjunction_follows (s);
}

/* Whether the @len bytes at @s are a name: each word opens with a capital letter, the first
 * always, the others but for short particles ("de", "van", "da"). */
static gboolean
is_name (const gchar *s, gsize len)
{
  const gchar *end = s + len;
  if (len == 0 || !g_unichar_isupper (g_utf8_get_char (s)))
    return FALSE;
  for (const gchar *p = s; p < end;)
    {
      while (p < end && *p == ' ')
        p++;
      const gchar *q = p;
      while (q < end && *q != ' ')
        q++;
      if (q - p > 3 && !g_unichar_isupper (g_utf8_get_char (p)))
        return FALSE;
      p = q;
    }
  return TRUE;
}

/* What @text, a headline made from @s, holds of @s when it is no more than an opening phrase
 * (before the first comma) or a subject and the name after it. A comma is one before a space:
 * not a decimal comma ("5,8"). */
static Opening
opening_only (const gchar *s, const gchar *text, const PrecisLanguageInfo *language)
{
  const gchar *c1 = strstr (s, ", ");
  gsize n = strlen (text);
  if (c1 == NULL || n == 0 || strncmp (s, text, n) != 0)
    return OPENING_NONE;
  guint opening = precis_count_words (s, (gsize)(c1 - s), HEADLINE_LONG_OPENING_WORDS + 1);
  if (n <= (gsize)(c1 - s))
    return opening_kind (s, (gsize)(c1 - s), opening, language);
  const gchar *c2 = strstr (c1 + 2, ", ");
  return c2 != NULL && n <= (gsize)(c2 - s) && opening <= HEADLINE_SUBJECT_BEFORE_WORDS
                 && precis_count_words (c1 + 2, (gsize)(c2 - c1 - 2), HEADLINE_ASIDE_WORDS + 1)
                        <= HEADLINE_ASIDE_WORDS
                 && is_name (c1 + 2, (gsize)(c2 - c1 - 2))
                 && precis_count_words (c2 + 2, strlen (c2 + 2), 2) >= 2 && !list_goes_on (c2 + 2)
             ? OPENING_NAME
             : OPENING_NONE;
}

/* @s without what opening_only found, or NULL: the name between the first two commas ("Le
 * président de la République a annoncé ..."), or the opening phrase when a main clause of
 * HEADLINE_MAIN_MIN_WORDS words follows it ("au moins trois personnes ont été tuées ..."); after
 * an adjunct, not when a list goes on after its comma ("Sin luz, agua ni calefacción ..."). */
static gchar *
drop_opening (const gchar *s, Opening what)
{
  const gchar *c1 = strstr (s, ", ");
  if (what == OPENING_NAME)
    {
      const gchar *c2 = strstr (c1 + 2, ", ");
      return g_strdup_printf ("%.*s %s", (gint)(c1 - s), s, c2 + 2);
    }
  if (what != OPENING_PHRASE && what != OPENING_ADJUNCT)
    return NULL;
  if (precis_count_words (c1 + 2, strlen (c1 + 2), HEADLINE_MAIN_MIN_WORDS) < HEADLINE_MAIN_MIN_WORDS)
    return NULL;
  return what == OPENING_ADJUNCT && conjunction_follows (c1 + 2) ? NULL : g_strdup (c1 + 2);
}

/* What follows an opening phrase is at least this many words for a headline to run on past it
 * (fewer, "..., según la policía", add nothing). */
#define HEADLINE_RUN_PAST_MIN_WORDS 4

/* Outside English, a headline @c of @s that is still only its opening phrase (@what: its main
 * clause too short to stand alone, or a list going on after the comma) runs on past it: the
 * phrase, its comma and the headline of the rest ("Sin luz, agua ni calefacción se quedaron miles
 * de hogares ..."), never the opening alone. */
static void
run_past_opening (const gchar *s, Opening what, gboolean verb_final, PrecisTokenizer *tokenizer,
                  const PrecisSegmenter *segmenter, Candidate *c)
{
  if (what != OPENING_PHRASE && what != OPENING_ADJUNCT && what != OPENING_CLAUSE)
    return;
  const gchar *c1 = strstr (s, ", ");
  if (precis_count_words (c1 + 2, strlen (c1 + 2), HEADLINE_RUN_PAST_MIN_WORDS) < HEADLINE_RUN_PAST_MIN_WORDS)
    return;
  Candidate rest = { 0 };
  compress (c1 + 2, FALSE, verb_final, tokenizer, segmenter, &rest);
  g_free (c->text);
  c->text = g_strdup_printf ("%.*s, %s", (gint)(c1 - s), s, rest.text);
  c->complete = rest.complete;
  c->fits = text_within (c->text, HEADLINE_MAX_WORDS, HEADLINE_MAX_CHARS);
  g_free (rest.text);
}

/* A subject's asides between commas are at most this many ("Il ministro Rossi, 54 anni, ex
 * sindaco di Bari, ha ..."). */
#define HEADLINE_MAX_ASIDES 3
/* ... and the predicate after them at least this many words: "..., a annoncé l'Élysée" is a
 * trailing attribution's. */
#define HEADLINE_PREDICATE_MIN_WORDS 4

/* Outside English, @s without the asides between a short subject and its predicate ("Le Dr.
 * Martin Lefèvre, chirurgien à l'hôpital Necker, a reçu ..." -> "Le Dr. Martin Lefèvre a reçu
 * ...", "Il ministro Rossi, 54 anni, ex sindaco di Bari, ha rassegnato ..."), or NULL: the
 * predicate opens on one of the language's "predicate" words (an auxiliary, a modal, a negation
 * or a clitic) right after an aside's comma, and neither the subject nor the asides hold one (nor
 * a list's conjunction or a relative pronoun, in an aside). After an opening phrase (an
 * attribution, adjunct, subordinator or connective) the subject is the words after its comma. A
 * headline is never the subject and its asides with the main verb cut away. */
static gchar *
drop_subject_aside (const gchar *s, const PrecisLanguageInfo *language)
{
  const gchar *const *predicate = phrases_of (language, "predicate");
  const gchar *c1 = strstr (s, ", ");
  if (predicate[0] == NULL || c1 == NULL)
    return NULL;
  g_autofree gchar *folded_subject = g_utf8_strdown (s, (gssize)(c1 - s));
  if (opens_on_opening (folded_subject, language))
    {
      /* the subject after an opening phrase: "Durante l'interrogatorio, Severino Merli, 48 anni,
       * ha ammesso ..." */
      g_autofree gchar *after = drop_subject_aside (c1 + 2, language);
      return after != NULL ? g_strdup_printf ("%.*s, %s", (gint)(c1 - s), s, after) : NULL;
    }
  if (precis_count_words (s, (gsize)(c1 - s), HEADLINE_SUBJECT_BEFORE_WORDS + 1)
          > HEADLINE_SUBJECT_BEFORE_WORDS
      || holds_phrase_folded (folded_subject, predicate))
    return NULL;
  const gchar *p = c1 + 2;
  for (guint k = 0; k < HEADLINE_MAX_ASIDES; k++)
    {
      const gchar *c = strstr (p, ", ");
      /* (an aside is no list's item nor a relative clause, whose verb the predicate word may be:
       * "..., precum şi celor care, în aceste vremuri grele, sunt plecaţi ..."; a conjunction
       * after its first word, which may be a preposition of the same letters: "en visite") */
      if (c == NULL)
        return NULL;
      if (precis_count_words (p, (gsize)(c - p), HEADLINE_ASIDE_WORDS + 1) > HEADLINE_ASIDE_WORDS)
        return NULL;
      /* (folded once: its words from the first space on are those of the text's second word on) */
      g_autofree gchar *folded_aside = g_utf8_strdown (p, (gssize)(c - p));
      const gchar *second = strchr (folded_aside, ' ');
      if (holds_phrase_folded (folded_aside, predicate)
          || (second != NULL && holds_phrase_folded (second, list_conjunctions))
          || holds_phrase_folded (folded_aside, relative_openers))
        return NULL;
      const gchar *rest = c + 2;
      g_autofree gchar *folded = g_utf8_strdown (rest, -1);
      if (opens_on_any (folded, predicate) > 0)
        return precis_count_words (rest, strlen (rest), HEADLINE_PREDICATE_MIN_WORDS)
                       >= HEADLINE_PREDICATE_MIN_WORDS
                   ? g_strdup_printf ("%.*s %s", (gint)(c1 - s), s, rest)
                   : NULL;
      p = rest;
    }
  return NULL;
}

/* A main clause of saying or deciding before its object clause's comma is at most this many
 * words ("Министърът на финансите заяви във вторник, че ..."). */
#define HEADLINE_MAIN_CLAUSE_WORDS 8

/* Whether the clause at @r, up to @end, ends on one of @particles and the infinitive after it
 * ("den Mindestlohn ab Januar um 10 Prozent zu erhöhen"), or on an infinitive in small letters
 * with the particle after its separable prefix ("die Gebühren abzuschaffen"). */
static gboolean
infinitive_ends (const gchar *r, const gchar *end, const gchar *const *particles)
{
  if (particles[0] == NULL)
    return FALSE;
  end = word_chars_end (r, end);
  const gchar *last = end;
  while (last > r && last[-1] != ' ')
    last--;
  if (last <= r + 1)
    return FALSE;
  const gchar *before = last - 1;
  while (before > r && before[-1] != ' ')
    before--;
  g_autofree gchar *folded = g_utf8_strdown (before, last - 1 - before);
  if (g_strv_contains (particles, folded))
    return TRUE;
  if (end - last < 6 || end[-1] != 'n' || !g_unichar_islower (g_utf8_get_char (last)))
    return FALSE;
  for (guint i = 0; particles[i] != NULL; i++)
    {
      /* after a prefix of two letters or more, before a stem of three or more */
      gsize k = strlen (particles[i]);
      for (const gchar *p = last + 2; p + k + 3 <= end; p++)
        if (strncmp (p, particles[i], k) == 0)
          return TRUE;
    }
  return FALSE;
}

/* Outside English, where a headline @text of @s that is only a short main clause before the first
 * comma should end when the clause's object follows the comma: the end of that object clause (the
 * next comma or the sentence's end), else 0. The object is a clause that opens on one of the
 * language's complement words ("sagte am Dienstag, dass ...", "заявил во вторник, что ...",
 * "päätti maanantaina, että ...") or ends on its infinitive ("hat beschlossen, den Mindestlohn
 * ... zu erhöhen"); in a verb-final language the main verb comes only at the sentence's end
 * ("Maliye Bakanı salı günü yaptığı açıklamada, ... söyledi"): the whole sentence. */
static gsize
complement_end (const gchar *s, const gchar *text, const gchar *sentence, const PrecisLanguageInfo *language,
                gboolean verb_final)
{
  const gchar *c1 = strstr (s, ", ");
  gsize n = strlen (text);
  if (c1 == NULL || n == 0 || n > (gsize)(c1 - s) || strncmp (s, text, n) != 0
      || precis_count_words (s, (gsize)(c1 - s), HEADLINE_MAIN_CLAUSE_WORDS + 1) > HEADLINE_MAIN_CLAUSE_WORDS)
    return 0;
  const gchar *r = c1 + 2;
  if (verb_final)
    return strlen (s);
  const gchar *c2 = strstr (r, ", ");
  gsize end = c2 != NULL ? (gsize)(c2 - s) : strlen (s);
  g_autofree gchar *folded = g_utf8_strdown (r, (gssize)(s + end - r));
  if (opens_on_any (folded, phrases_of (language, "complement")) > 0)
    return end;
  /* the sentence's last clause as written: the rules may have trimmed a verb after the
   * infinitive ("..., weshalb er nur schwer zu regulieren ist") */
  const gchar *last = g_strrstr (sentence, ", ");
  if (c2 == NULL ? last != NULL
                       && infinitive_ends (last + 2, sentence + strlen (sentence),
                                           phrases_of (language, "infinitive"))
                 : infinitive_ends (r, s + end, phrases_of (language, "infinitive")))
    return end;
  return 0;
}

/* @s in small letters, and in *@phrases @language's phrases of @kind (phrases_of); NULL when the
 * language lists none: the preamble of the drops below. */
static gchar *
folded_if_listed (const gchar *s, const PrecisLanguageInfo *language, const gchar *kind,
                  const gchar *const **phrases)
{
  *phrases = phrases_of (language, kind);
  return (*phrases)[0] != NULL ? g_utf8_strdown (s, -1) : NULL;
}

/* Outside English, @s without the connective that opens it ("Cu toate acestea, guvernul a decis
 * ...", "Ωστόσο, η κυβέρνηση ...": the language's connectives before their comma; "Ugyanakkor a
 * kormány ...": its openers, written with no comma) when a main clause of
 * HEADLINE_MAIN_MIN_WORDS words follows it, or NULL: a headline does not open on "However". */
static gchar *
drop_opener (const gchar *s, const PrecisLanguageInfo *language)
{
  const gchar *const *connectives;
  g_autofree gchar *folded = folded_if_listed (s, language, "connective", &connectives);
  if (folded == NULL)
    return NULL;
  gsize n = opens_on_any (folded, connectives);
  gboolean comma = n > 0 && folded[n] == ',' && folded[n + 1] == ' ';
  if (!comma && ((n = opens_on_any (folded, phrases_of (language, "opener"))) == 0 || folded[n] != ' '))
    return NULL;
  /* the same place in @s: the phrases' letters may change their length in small letters */
  const gchar *rest = g_utf8_offset_to_pointer (s, g_utf8_pointer_to_offset (folded, folded + n)) + 1 + comma;
  if (precis_count_words (rest, strlen (rest), HEADLINE_MAIN_MIN_WORDS) < HEADLINE_MAIN_MIN_WORDS)
    return NULL;
  GString *out = g_string_new (rest);
  upper_first (out);
  return g_string_free (out, FALSE);
}

/* What a trailing attribution leaves is at least this many words: a clause ("Կառավարությունը
 * հունվարից կբարձրացնի բենզինի ակցիզային հարկը"). */
#define HEADLINE_SAID_MAIN_WORDS 5

/* Outside English, @s without a trailing attribution after its last comma (',' or the Arabic
 * script's '،'): a clause of at most HEADLINE_ASIDE_WORDS + 2 words that ends on one of the
 * language's verbs of saying (Persian "..., the minister announced") or has one among its first
 * three words (Armenian "..., on Tuesday announced the minister"), when HEADLINE_SAID_MAIN_WORDS
 * words or more come before it; else NULL. */
static gchar *
drop_trailing_said (const gchar *s, const PrecisLanguageInfo *language)
{
  const gchar *const *said = phrases_of (language, "said");
  if (said[0] == NULL)
    return NULL;
  const gchar *comma = NULL;
  for (const gchar *p = s; *p != '\0'; p = g_utf8_next_char (p))
    if ((*p == ',' || g_str_has_prefix (p, "\u060C")) && *g_utf8_next_char (p) == ' ')
      comma = p;
  if (comma == NULL)
    return NULL;
  const gchar *tail = g_utf8_next_char (comma) + 1;
  gsize len = (gsize)(word_chars_end (tail, tail + strlen (tail)) - tail);
  if (precis_count_words (tail, len, HEADLINE_ASIDE_WORDS + 3) > HEADLINE_ASIDE_WORDS + 2
      || precis_count_words (s, (gsize)(comma - s), HEADLINE_SAID_MAIN_WORDS) < HEADLINE_SAID_MAIN_WORDS)
    return NULL;
  g_autofree gchar *folded = g_utf8_strdown (tail, (gssize)len);
  gsize flen = strlen (folded);
  /* where the verb may open the clause: after at most two words ("..., երեքշաբթի հայտարարել է
   * ֆինանսների նախարարը": on Tuesday announced the finance minister) */
  const gchar *third = folded;
  for (guint w = 0; w < 2 && strchr (third, ' ') != NULL; w++)
    third = strchr (third, ' ') + 1;
  for (guint i = 0; said[i] != NULL; i++)
    {
      gsize k = strlen (said[i]);
      if (k <= flen && strcmp (folded + flen - k, said[i]) == 0 && (k == flen || folded[flen - k - 1] == ' '))
        return g_strndup (s, (gsize)(comma - s));
      for (const gchar *p = folded; p <= third; p = strchr (p, ' ') + 1)
        {
          if (strncmp (p, said[i], k) == 0 && (p[k] == ' ' || p[k] == '\0'))
            return g_strndup (s, (gsize)(comma - s));
          if (strchr (p, ' ') == NULL)
            break;
        }
    }
  return NULL;
}

/* The first of @language's time phrases (data/headline.txt, kind "time": "este martes", "am
 * Dienstag", "hier") inside @s as whole words, with the space before it, removed: a day says when,
 * not what ("El Gobierno aprobó este martes la reducción ..."); else NULL. Not at the text's start
 * (a subject, or an opening the rules before took), nor after a word of the kind "time-before"
 * ("desde", "seit", "depuis": the phrase is its object), nor written with a capital: every list
 * opens on a word in small letters ("ayer", "hier", "am"), so a capital inside the sentence is a
 * title's or a name's ("La película Ayer no termina nunca ..."). */
static gchar *
drop_time (const gchar *s, const PrecisLanguageInfo *language)
{
  const gchar *const *times;
  g_autofree gchar *folded = folded_if_listed (s, language, "time", &times);
  if (folded == NULL || strlen (folded) != strlen (s))
    return NULL; /* (none listed; or the offsets below, the text's, would not hold) */
  const gchar *const *before = phrases_of (language, "time-before");
  for (const gchar *p = strchr (folded, ' '); p != NULL; p = strchr (p + 1, ' '))
    {
      gsize n = opens_on_any (p + 1, times);
      if (n == 0 || p[1 + n] == ',' || g_unichar_isupper (g_utf8_get_char (s + (p - folded) + 1)))
        continue;
      const gchar *prev = p;
      while (prev > folded && prev[-1] != ' ')
        prev--;
      /* (the word before is one of them: every "time-before" entry is one word) */
      if (p > prev && opens_on_any (prev, before) == (gsize)(p - prev))
        continue;
      gsize at = (gsize)(p - folded);
      GString *out = g_string_new_len (s, (gssize)at);
      g_string_append (out, s + at + 1 + n);
      return g_string_free (out, FALSE);
    }
  return NULL;
}

/* Whether @text holds words and none but stopwords of the language ("the and of to a in"),
 * read in place: most sentences stop at their first word. */
static gboolean
only_function_words (const gchar *text, PrecisTokenizer *tokenizer)
{
  if (tokenizer == NULL)
    return FALSE;
  guint n = 0;
  for (const gchar *p = text; *p != '\0';)
    {
      while (*p == ' ')
        p++;
      const gchar *end = p;
      while (*end != '\0' && *end != ' ')
        end++;
      const gchar *last = word_chars_end (p, end);
      if (last > p)
        {
          if (!precis_tokenizer_is_stopword (tokenizer, p, last - p))
            return FALSE;
          n++;
        }
      p = end;
    }
  return n > 0;
}

/* Whether @sentence is written in capitals: HEADLINE_CAPS_LETTERS capitals or more, ASCII, and no
 * letter in lower case ("THE CITY COUNCIL VOTED ON TUESDAY ..."). */
#define HEADLINE_CAPS_LETTERS 12
static gboolean
in_capitals (const gchar *sentence)
{
  guint upper = 0;
  for (const gchar *p = sentence; *p != '\0'; p++)
    {
      if (g_ascii_islower (*p)
          || ((guchar)*p >= 0x80 && g_unichar_islower (g_utf8_get_char_validated (p, -1))))
        return FALSE;
      upper += g_ascii_isupper (*p);
    }
  return upper >= HEADLINE_CAPS_LETTERS;
}

/* Whether headline @c, kept with its named source, holds its claim as @bare, the headline
 * without the source, has it: @bare is complete, and @c is not cut at a mark inside the claim
 * (a comma, a quotation) where @bare is not. */
static gboolean
holds_claim (const Candidate *c, const Candidate *bare)
{
  return bare->complete && (!c->cut_mark || bare->cut_mark);
}

/* Whether @text is an explainer's heading written as a question without its inversion ("Why CPU
 * monitoring is important?", "How the bridge was built?", "What people want from a phone?"): a
 * wh-word, then a subject (a determiner, a possessive, a pronoun, a noun that is no verb form, or
 * "to"), and no auxiliary or modal before a subject of its own ("What kind of tools does your
 * team need?" asks). Without its question mark it is a headline ("Why CPU monitoring is
 * important"); with it, a question whose words are out of order. ASCII words only. */
static gboolean
statement_question (const gchar *text)
{
  static const gchar *const wh[] = { "how", "why", "what", "where", "when", NULL };
  /* words after the wh-word that make it a question's phrase ("How many", "How long") */
  static const gchar *const degree[]
      = { "many", "much", "long", "far", "often", "old", "soon", "come", NULL };
  gsize len = strlen (text);
  while (len > 0 && text[len - 1] == ' ')
    len--;
  /* (the first letter tested before any word is read) */
  if (len == 0 || text[len - 1] != '?' || strchr ("HhWw", text[0]) == NULL)
    return FALSE;
  const gchar *p = text;
  gsize n = next_ascii_word (&p);
  if (p != text || !ascii_in (p, n, wh))
    return FALSE;
  guint words = 1, prev = 0;
  for (p += n; (n = next_ascii_word (&p)) > 0; p += n, words++)
    {
      guint t = precis_lexicon_english (p, n);
      gboolean capital = g_ascii_isupper (*p);
      if (words == 1)
        {
          if (ascii_in (p, n, degree) || (t & (PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_ADV))
              || !(
                  t
                  & (PRECIS_POS_DET | PRECIS_POS_POSS | PRECIS_POS_PRONOUN | PRECIS_POS_NOUN | PRECIS_POS_TO))
              || (!capital && (t & (PRECIS_POS_THIRD | PRECIS_POS_PAST))))
            return FALSE;
        }
      /* an auxiliary or modal and then its subject: the question's inversion ("does your team") */
      else if ((prev & (PRECIS_POS_AUX | PRECIS_POS_MODAL))
               && ((t & (PRECIS_POS_DET | PRECIS_POS_POSS | PRECIS_POS_PRONOUN)) || capital))
        return FALSE;
      prev = t;
    }
  return words >= 3;
}

gchar *
precis_headline_complete (const gchar *sentence, const PrecisLanguageInfo *language,
                          PrecisTokenizer *tokenizer, const PrecisSegmenter *segmenter, gboolean *complete,
                          gboolean *fits, gboolean *pronoun)
{
  /* The rules read a word's capital as a name's: a sentence in capitals is read in lower case,
   * and its headline given back in capitals. */
  if (in_capitals (sentence))
    {
      g_autofree gchar *lower = g_utf8_strdown (sentence, -1);
      g_autofree gchar *headline
          = precis_headline_complete (lower, language, tokenizer, segmenter, complete, fits, pronoun);
      return g_utf8_strup (headline, -1);
    }
  gboolean english = g_str_equal (language->name, "english");
  gboolean verb_final = is_verb_final (language);
  gboolean took_speaker = FALSE, kept_named = FALSE;
  g_autofree gchar *trimmed
      = apply_rules (sentence, english, verb_final, tokenizer, SPEAKER_NAMED, &took_speaker, &kept_named);
  /* An explainer's heading asked with a statement's word order loses its question mark, while the
   * headline still opens on its wh-word (one the rules cut from it is no heading: "Economy was
   * growing?"). */
  /* (the sentence as written tells the inversion: the rules have dropped its articles, "does the
   * team need" -> "does team need") */
  if (english && statement_question (sentence) && g_str_has_suffix (g_strchomp (trimmed), "?")
      && g_ascii_strncasecmp (trimmed, sentence, strcspn (sentence, " ")) == 0)
    {
      g_strchomp (trimmed);
      trimmed[strlen (trimmed) - 1] = '\0';
    }
  if (!english)
    {
      gchar *(*drops[]) (const gchar *, const PrecisLanguageInfo *)
          = { drop_opener, drop_trailing_said, drop_time };
      /* (each drop shortens the text, so the loop ends: "Namun sementara itu, ...") */
      for (guint i = 0; i < G_N_ELEMENTS (drops); i++)
        for (gchar *lighter; (lighter = drops[i](trimmed, language)) != NULL;)
          {
            g_free (trimmed);
            trimmed = lighter;
          }
      gchar *reduced = drop_subject_relative (trimmed);
      if (reduced != NULL)
        {
          g_free (trimmed);
          trimmed = reduced;
        }
      if ((reduced = drop_subject_aside (trimmed, language)) != NULL)
        {
          g_free (trimmed);
          trimmed = reduced;
        }
    }
  Candidate c = { 0 };
  compress (trimmed, english, verb_final, tokenizer, segmenter, &c);
  /* A named source stays only with its claim as the headline without it has it: kept, the source
   * may leave the claim's clause too long, and the headline is cut inside it ("X said the firm,
   * hit by a strike, ..." cut at a comma, a quotation cut before its point), or it makes a
   * headline of a claim that is none. */
  if (kept_named)
    {
      gboolean took = FALSE, named_again = FALSE;
      g_autofree gchar *bare
          = apply_rules (sentence, english, verb_final, tokenizer, SPEAKER_DROP, &took, &named_again);
      Candidate b = { 0 };
      compress (bare, english, verb_final, tokenizer, segmenter, &b);
      if (!holds_claim (&c, &b))
        {
          g_free (c.text);
          c = b;
          took_speaker = took;
          g_free (trimmed);
          trimmed = g_steal_pointer (&bare);
        }
      else
        g_free (b.text);
    }
  /* (each try drops a phrase, so the loop ends; what the last found, none to drop, may run on) */
  while (!english)
    {
      Opening what = opening_only (trimmed, c.text, language);
      gchar *lighter = drop_opening (trimmed, what);
      if (lighter == NULL)
        {
          run_past_opening (trimmed, what, verb_final, tokenizer, segmenter, &c);
          break;
        }
      g_free (trimmed);
      trimmed = lighter;
      g_free (c.text);
      c = (Candidate){ 0 };
      compress (trimmed, english, verb_final, tokenizer, segmenter, &c);
    }
  /* A main clause of saying or deciding keeps its object clause: the news is there. */
  gsize object_end = english ? 0 : complement_end (trimmed, c.text, sentence, language, verb_final);
  if (object_end > 0)
    {
      /* to the sentence's end: its last words as written, a verb the rules trimmed too
       * ("..., dass die Steuern nicht steigen werden") */
      gboolean whole = trimmed[object_end] == '\0' && g_str_has_prefix (sentence, trimmed);
      GString *kept = whole ? g_string_new (sentence) : g_string_new_len (trimmed, (gssize)object_end);
      /* the object clause ends where a clause ends: its last word may be its verb, a stopword
       * ("..., dass die Steuern nicht steigen werden") */
      trim_end (kept, tokenizer, english, TRUE, FALSE, NULL);
      if (text_within (kept->str, HEADLINE_LONG_WORDS, HEADLINE_LONG_CHARS))
        {
          c.fits = text_within (kept->str, HEADLINE_MAX_WORDS, HEADLINE_MAX_CHARS);
          g_free (c.text);
          c.text = g_string_free (kept, FALSE);
        }
      else
        g_string_free (kept, TRUE);
    }
  /* A complete headline without its speaker that holds a person's pronoun keeps the speaker, if
   * that is complete too. */
  gboolean named;
  if (took_speaker && c.complete && !c.pronoun && person_pronoun (c.text, &named))
    {
      gboolean named_again = FALSE;
      g_autofree gchar *kept
          = apply_rules (sentence, english, verb_final, tokenizer, SPEAKER_KEEP, &took_speaker, &named_again);
      Candidate k = { 0 };
      compress (kept, english, verb_final, tokenizer, segmenter, &k);
      if (k.complete)
        {
          g_free (c.text);
          c = k;
        }
      else
        g_free (k.text);
    }
  GString *s = g_string_new (c.text);
  g_free (c.text);
  gsize before = s->len;
  balance_quotes (s);
  close_single_quote (s);
  if (s->len < before) /* a quotation mark between two words leaves two spaces */
    g_string_replace (s, "  ", " ", 0);
  g_strstrip (s->str);
  s->len = strlen (s->str);
  if (s->len < before) /* a quotation mark that ended it is gone: "recipes from ``" */
    trim_end (s, tokenizer, english, FALSE, FALSE, NULL);
  if (english && strstr (s->str, " UNK") != NULL && lower_cased (sentence) && drop_unknown_tail (s))
    trim_end (s, tokenizer, english, FALSE, FALSE, NULL);
  upper_first (s);
  if (english)
    open_single_quote (s);
  /* A sentence of function words alone is no phrase to cut down: the dangling words trimmed
   * from its end leave its first ("And" of "the and of to a in", "Так" of "Так ему и надо!").
   * It is its own headline, as written, within the long budget. */
  guint n_words = 0;
  if (s->len > 0 && strchr (s->str, ' ') == NULL
      && (n_words = precis_count_words (sentence, strlen (sentence), HEADLINE_LONG_WORDS + 1)) > 1
      && n_words <= HEADLINE_LONG_WORDS && g_utf8_strlen (sentence, -1) <= HEADLINE_LONG_CHARS
      && only_function_words (sentence, tokenizer))
    {
      g_string_assign (s, sentence);
      trim_end (s, tokenizer, FALSE, TRUE, FALSE, NULL); /* its end mark only */
      upper_first (s);
    }
  if (complete != NULL)
    *complete = c.complete && s->len > 0;
  if (fits != NULL)
    *fits = c.fits;
  if (pronoun != NULL)
    *pronoun = c.pronoun;
  return g_string_free (s, FALSE);
}

/* Whether headline @sentence holds a page's furniture run into its sentence: a time stamp's label
 * and its date ("No injuries reported Story Created: Aug 7, 2012", "Posted: May 24, 2005 ..."), or
 * a blog's "posted in CATEGORY on DATE" ("Esq. posted in Road Accidents, September 18, 2013", of
 * "On behalf of Ann Example, Esq. posted in Road Accidents on Wednesday, September 18, 2013."). */
static gboolean
holds_stamp (const gchar *sentence)
{
  static const gchar *const labels[] = { "created:", "updated:", "published:", "posted:", NULL };
  for (const gchar *colon = strchr (sentence, ':'); colon != NULL; colon = strchr (colon + 1, ':'))
    {
      const gchar *p = colon;
      while (p > sentence && g_ascii_isalpha (p[-1]))
        p--;
      if (!prefix_in (p, labels))
        continue;
      const gchar *q = colon + 1;
      while (*q == ' ')
        q++;
      gsize n = 0;
      while (g_ascii_isalpha (q[n]))
        n++;
      if (g_ascii_isdigit (*q) || (n >= 3 && precis_month_number (q, (gssize)n) != 0))
        return TRUE;
    }
  /* the year at the end first: few sentences end on one */
  gsize len = strlen (sentence);
  while (len > 0 && (sentence[len - 1] == '.' || sentence[len - 1] == ' '))
    len--;
  if (len < 4 || !g_ascii_isdigit (sentence[len - 1]) || !g_ascii_isdigit (sentence[len - 4]))
    return FALSE;
  const gchar *posted = strstr (sentence, "osted in ");
  return posted != NULL
         && (posted == sentence + 1 ? sentence[0] == 'P'
                                    : posted > sentence + 1 && posted[-1] == 'p' && posted[-2] == ' ')
         && g_ascii_isupper (posted[9]);
}

/* Whether @text is a line that is no sentence: a time stamp or a date alone ("6.42pm BST",
 * "February 9, 2013, 8 am": a digit, and no word of three letters or more but month names, time
 * zones and am/pm, nor a letter of another script), or run into it (holds_stamp), a wire label
 * ("Remarks by ...", "Text of ..."), an interviewer's question ("Question: Do you ...") or a
 * bracketed note. */
static gboolean
is_slug (const gchar *text)
{
  static const gchar *const labels[]
      = { "remarks by ", "text of ", "transcript of ", "excerpts from ", "full text of ", "question: ", "q: ",
          /* a page's labels for its topics */
          "topics: ", "tags: ", "categories: ", "filed under: ", NULL };
  /* a headline still opening on a bracket: the rules drop an aside inside a sentence, so one
   * left at the start is a note the whole sentence is ("(EDIT: removed the link to ..., because
   * ...)", "[Update: the company replied ...]"), its closing bracket often already cut with its
   * tail: a note to the reader, no statement */
  if (prefix_in (text, labels) || text[0] == '(' || text[0] == '[')
    return TRUE;
  /* A stamp has a digit; a line in another script has no ASCII word but is no stamp. */
  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;
  if (holds_stamp (text))
    return TRUE;
  for (const gchar *p = text; *p != '\0'; p++)
    if ((guchar)*p >= 0x80 && g_unichar_isalpha (g_utf8_get_char_validated (p, -1)))
      return FALSE;
  static const gchar *const zones[] = { "bst", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "ist", NULL };
  gsize n;
  for (const gchar *p = text; (n = next_ascii_word (&p)) > 0; p += n)
    {
      gboolean stamp = n < 3
                       || ((n == 3 || n == 4) && p > text && g_ascii_isdigit (p[-1])
                           && (p[n - 1] == 'm' || p[n - 1] == 'M'));
      stamp = stamp || ascii_in (p, n, zones) || precis_month_number (p, (gssize)n) != 0;
      if (!stamp)
        return FALSE;
    }
  return TRUE;
}

/* Whether @p, a place in @text, is inside a double quotation: an odd number of straight marks
 * before it, or more opening curly marks than closing ones. */
static gboolean
quoted_at (const gchar *text, const gchar *p)
{
  guint straight = 0;
  gint curly = 0;
  for (const gchar *q = text; q < p; q++)
    if (*q == '"')
      straight++;
    else if ((guchar)q[0] == 0xE2 && (guchar)q[1] == 0x80 && ((guchar)q[2] == 0x9C || (guchar)q[2] == 0x9D))
      curly += (guchar)q[2] == 0x9C ? 1 : -1;
  return straight % 2 == 1 || curly > 0;
}

/* Whether "you" at @p in @text is a clause's subject: a contraction ("you're", "you'll") or a verb
 * after it ("if you go", "that you don't"), and no verb nor preposition before it, whose object it
 * would be ("can help you finish", "will allow you to share", "takes you through"), nor an opening
 * "What", "How" or "Why" (an explainer's heading, explainer_clause); never a word of a compound
 * ("pay-as-you-go"). */
static gboolean
you_subject (const gchar *text, const gchar *p)
{
  /* a word of a compound: "a pay-as-you-go plan", "thank-you notes" */
  if ((p > text && p[-1] == '-') || p[3] == '-')
    return FALSE;
  const gchar *q = p + 3;
  gboolean contraction = *q == '\'' || ((guchar)q[0] == 0xE2 && (guchar)q[1] == 0x80 && (guchar)q[2] == 0x99);
  gsize m = contraction ? 0 : next_ascii_word (&q);
  if (!contraction
      && (m == 0 || q != p + 4
          || !(precis_lexicon_english (q, m)
               & (PRECIS_POS_VERB | PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_PAST))))
    return FALSE;
  const gchar *e = p;
  while (e > text && (e[-1] == ' ' || e[-1] == ','))
    e--;
  const gchar *b = e;
  while (b > text && g_ascii_isalpha (b[-1]))
    b--;
  /* the text's first word, or a clause's after a comma ("Hey, you ..."); not an explainer's
   * heading ("What you need to know about ...", "How you can cut ...") */
  if (b == e || memchr (e, ',', (gsize)(p - e)) != NULL)
    return TRUE;
  static const gchar *const wh[] = { "what", "how", "why", NULL };
  if (b == text && ascii_in (b, (gsize)(e - b), wh))
    return FALSE;
  return !(precis_lexicon_english (b, (gsize)(e - b))
           & (PRECIS_POS_VERB | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING | PRECIS_POS_PREP
              | PRECIS_POS_TO));
}

/* Whether headline @text speaks in the first person ("I", "my", "we", "us": a quotation, "My son
 * is the most gorgeous man"; not "our", which reported speech keeps: "was our worst performance")
 * or asks its reader a question ("Tired of ... to get your new car registered?") or a favour ("Ana,
 * please tell the partners"), or speaks to the reader outside a quotation ("Hey, if you're going to
 * rehab anyway, might as well ...", "Anyone will tell you that you don't go in without a plan"): a
 * reader of the headline alone cannot tell who speaks. A capital inside the text is a name's ("Vote
 * For Me", "Thank You"), "US" in capitals too; "I" counts only as a capital; "you" inside double
 * quotation marks is a speaker's ("Minister: \"you will pay more\"" is reported). */
static gboolean
first_person (const gchar *text)
{
  static const gchar *const first[] = { "me", "my", "we", "myself", "ourselves", NULL };
  static const gchar *const second[] = { "you", "your", "yours", "yourself", NULL };
  gsize len = strlen (text);
  gboolean question = len > 0 && text[len - 1] == '?';
  gsize n;
  for (const gchar *p = text; (n = next_ascii_word (&p)) > 0; p += n)
    {
      gboolean name = p > text && g_ascii_isupper (p[0]);
      gchar lead = g_ascii_tolower (p[0]);
      /* the lists' first letters first: most words have none of them */
      if (lead != 'i' && lead != 'm' && lead != 'w' && lead != 'o' && lead != 'u' && lead != 'y'
          && lead != 'p')
        continue;
      if (!question && !name && n == 3 && g_ascii_strncasecmp (p, "you", 3) == 0 && you_subject (text, p)
          && !quoted_at (text, p))
        return TRUE;
      if ((n == 1 && p[0] == 'I' && p[1] != '.' && p[1] != '\'' && p[1] != '-')
          || (!name && (ascii_in (p, n, first) || (n == 2 && strncmp (p, "us", 2) == 0)))
          /* a request to the reader: "Ana, please tell the partners" */
          || (!name && n == 6 && g_ascii_strncasecmp (p, "please", 6) == 0)
          || (!name && question && ascii_in (p, n, second)))
        return TRUE;
    }
  return FALSE;
}

/* A verb's particles that may stand between an imperative and its object ("Hand back the ...",
 * "Pick up a ..."); not "in", "on", "over", "off", which follow a subject's noun as its
 * preposition ("Police in the city said ...", "Water off the coast is ..."). */
static const gchar *const imperative_particles[] = { "out", "up", "back", "down", "away", NULL };

/* Whether sentence @text opens on an imperative: a verb's base form with no subject before it
 * ("Imagine being sick in the hospital ...", "Remember when ...?", "Allow them to ...", "Develop,
 * deploy and debug ..."). It tells the reader what to do, as a request does, and is no news. A
 * word that is also a noun or an adjective ("Fire destroys ...", "Question to be asked ...", "Police
 * also ...") is taken for a verb only before an object's determiner or pronoun ("Take the ...",
 * "Water them ..."; an adverb or a particle may come first, and a number after an adverb: "Take
 * approximately 7,000 fans", "Hand back the ..."), not before a name after that ("Save the Children
 * said ...") nor a finite verb within three words after it ("Meet the press was ..."); a verb alone,
 * not before a name ("Ask Jeeves has ...", "Fix It tool ...") nor when a finite verb follows within three
 * words ("Respond produced ...", "Dine with Royalty will ...": a name). */
static gboolean
imperative (const gchar *text)
{
  const gchar *p = text;
  gsize n = next_ascii_word (&p);
  /* ("Except", a preposition, is a verb to the lexicon) */
  if (p != text || n < 2 || (p[n] != ' ' && p[n] != ',')
      || (n == 6 && g_ascii_strncasecmp (p, "except", 6) == 0))
    return FALSE;
  guint t0 = precis_lexicon_english (p, n);
  if (!(t0 & PRECIS_POS_VERB)
      || (t0
          & (PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_ING | PRECIS_POS_AUX | PRECIS_POS_MODAL
             | PRECIS_POS_ADV | PRECIS_POS_PREP | PRECIS_POS_CONJ | PRECIS_POS_SUBORD | PRECIS_POS_DET
             | PRECIS_POS_PRONOUN | PRECIS_POS_WH | PRECIS_POS_NONFINITE)))
    return FALSE;
  gboolean only_verb = !(t0 & (PRECIS_POS_NOUN | PRECIS_POS_ADJ));
  if (p[n] == ',')
    return only_verb;
  const gchar *q = p + n + 1;
  if (!g_ascii_islower (*q))
    return FALSE;
  gsize m = next_ascii_word (&q);
  guint t1 = precis_lexicon_english (q, m);
  const guint finite = PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_THIRD | PRECIS_POS_PAST;
  if (!only_verb)
    {
      /* An adverb or a verb's particle may come between the verb and its object ("Take
       * approximately 7,000 fans", "Hand back the ..."); a number may open the object there, not
       * right after the first word ("Update 2 fixes ..." is a name). */
      if (q[m] == ' ' && (t1 == PRECIS_POS_ADV || ascii_in (q, m, imperative_particles)))
        {
          q += m + 1;
          if (g_ascii_isdigit (*q))
            return TRUE;
          if (!g_ascii_islower (*q))
            return FALSE;
          m = next_ascii_word (&q);
          t1 = precis_lexicon_english (q, m);
        }
      if (!(t1 & (PRECIS_POS_DET | PRECIS_POS_OBJECT | PRECIS_POS_POSS))
          || (t1 & (PRECIS_POS_NOUN | PRECIS_POS_VERB | PRECIS_POS_ADJ))
          || (m == 4 && strncmp (q, "that", 4) == 0))
        return FALSE;
      /* A name after the determiner with a finite verb after it ("Save the Children said ...",
       * not "Watch the Super Bowl adverts ..."), or an auxiliary, modal or third-person verb
       * within three words after it ("Meet the press was ..."; a past form there is a
       * participle: "Check the box marked yes"): the first word is the subject's, a name. */
      const gchar *r = q + m;
      const guint finite_here = PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_THIRD;
      for (guint k = 0; k < 3; k++)
        {
          if (*r != ' ')
            break;
          gsize l = next_ascii_word (&r);
          if (l == 0)
            break;
          if (k == 0 && g_ascii_isupper (*r))
            {
              while (l > 0 && g_ascii_isupper (*r) && r[l] == ' ')
                {
                  r += l;
                  l = next_ascii_word (&r);
                }
              guint t = l > 0 && !g_ascii_isupper (*r) ? precis_lexicon_english (r, l) : 0;
              return !((t & finite) && !(t & PRECIS_POS_NOUN));
            }
          guint t = precis_lexicon_english (r, l);
          if ((t & finite_here) && !(t & PRECIS_POS_NOUN))
            return FALSE;
          r += l;
        }
      return TRUE;
    }
  for (guint k = 0; k < 3 && m > 0; k++)
    {
      guint t = k == 0 ? t1 : precis_lexicon_english (q, m);
      if ((t & finite) && !(t & PRECIS_POS_NOUN))
        return FALSE;
      if (t & PRECIS_POS_NONFINITE) /* "Imagine being stuck ...": a participle, no verb */
        break;
      if (q[m] == ',')
        break;
      q += m;
      m = next_ascii_word (&q);
    }
  return TRUE;
}

/* Whether headline @text, made from a later sentence, points back at the one before: "such"
 * ("might not welcome such a change"; not "such as"), "latter" ("the latter has dragged ..."),
 * "these" ("tracing the movement of these men"; not "these days"). Read
 * alone it leaves the reader asking what it speaks of. */
static gboolean
leans_back (const gchar *text)
{
  gsize n;
  for (const gchar *p = text; (n = next_ascii_word (&p)) > 0; p += n)
    if ((n == 4 && g_ascii_strncasecmp (p, "such", 4) == 0 && strncmp (p + 4, " as ", 4) != 0)
        || (n == 6 && g_ascii_strncasecmp (p, "latter", 6) == 0)
        || (n == 5 && g_ascii_strncasecmp (p, "these", 5) == 0 && strncmp (p + 5, " days", 5) != 0))
      return TRUE;
  return FALSE;
}

/* Whether headline @text, made from a later sentence, opens on a comparison with no subject
 * ("Worse than installing the last update ever did, ..."): it goes on from the sentence before,
 * which says what was worse. */
static gboolean
compares_back (const gchar *text)
{
  static const gchar *const comparatives[] = { "worse", "better", NULL };
  const gchar *p = text;
  gsize n = next_ascii_word (&p);
  return p == text && ascii_in (p, n, comparatives) && strncmp (p + n, " than ", 6) == 0;
}

/* Whether headline @text, made from a later sentence, ends on an object pronoun, "it" or "them"
 * ("And what happens during it?", "... let the news slip to a couple of them"): what it
 * speaks of is in the sentences before. Like a subject pronoun with no name, it still beats a
 * headline that is not complete. */
static gboolean
ends_on_pronoun (const gchar *text)
{
  gsize len = strlen (text);
  while (len > 0 && strchr (".?!\"'", text[len - 1]) != NULL)
    len--;
  return ((len == 2 || (len > 2 && text[len - 3] == ' '))
          && g_ascii_strncasecmp (text + len - 2, "it", 2) == 0)
         || ((len == 4 || (len > 4 && text[len - 5] == ' '))
             && g_ascii_strncasecmp (text + len - 4, "them", 4) == 0);
}

/* Nouns that name an institution a headline may name bare ("Police arrested ...", "Government
 * will ..."): with "the" they point at no earlier sentence. */
static const gchar *const standalone_nouns[] = { "police", "government", "army",    "military", "court",
                                                 "public", "opposition", "cabinet", "navy",     NULL };

/* Whether @sentence, a later one, has for subject "the" and a bare singular common noun ("The
 * move would allow ...", "However, the company later toned down ...", "The figure is expected to
 * ..."): the noun stands for something the sentences before it named, so its headline tells a
 * reader alone nothing ("Move would allow anyone ..."). Only a noun right before the verb group
 * (an adverb may come between): "The number of ..." and "The new rules ..." say what they are; a
 * plural may be generic ("The tweets were soon deleted"). */
static gboolean
definite_back (const gchar *sentence)
{
  /* where the subject may start: the first word; after a connective ("However, the ...", "But
   * the ..."); after a short opening phrase and its comma ("According to an official, the ...") */
  const gchar *p = sentence;
  gsize n = next_ascii_word (&p);
  if (p != sentence || n == 0)
    return FALSE;
  if (n != 3 || g_ascii_strncasecmp (p, "the", 3) != 0 || p[3] != ' ')
    {
      guint t = precis_lexicon_english (p, n);
      if ((t & (PRECIS_POS_CONJ | PRECIS_POS_ADV)) && !(t & (PRECIS_POS_NOUN | PRECIS_POS_ADJ)))
        p += n;
      else
        {
          const gchar *comma = strchr (p, ',');
          if (comma == NULL || precis_count_words (p, (gsize)(comma - p), 9) > 8)
            return FALSE;
          p = comma;
        }
      if (*p == ',')
        p++;
      if (*p != ' ')
        return FALSE;
      p++;
      if (g_ascii_strncasecmp (p, "the ", 4) != 0)
        return FALSE;
    }
  p += 4;
  if (!g_ascii_islower (*p))
    return FALSE;
  /* the noun, maybe an adverb, and the verb: the first three words are enough */
  const gchar *end = p;
  for (guint spaces = 0; *end != '\0' && spaces < 3; end++)
    spaces += *end == ' ';
  g_autofree gchar *head = g_strndup (p, (gsize)(end - p));
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  split_words (head, TRUE, NULL, words);
  const Word *w = (const Word *)(gconstpointer)words->data;
  p = head;
  guint k = 1;
  if (words->len < 3 || w[0].comma || w[0].owner || w[0].plural || w[0].end != w[0].to
      || (w[0].tags & ~PRECIS_POS_NOUN & ~PRECIS_POS_VERB & ~PRECIS_POS_THIRD & ~PRECIS_POS_PAST)
      || !(w[0].tags & PRECIS_POS_NOUN) || word_in (p, &w[0], standalone_nouns))
    return FALSE;
  if (w[k].tags == PRECIS_POS_ADV && !w[k].comma)
    k++;
  return (w[k].tags & (PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_PAST | PRECIS_POS_THIRD))
         && !(w[k].tags & (PRECIS_POS_NOUN | PRECIS_POS_ADJ | PRECIS_POS_PREP));
}

/* Whether candidate @c is complete and stands on its own: no pronoun, first person, pointing back. */
static gboolean
stands_alone (const Candidate *c)
{
  return c->complete && !c->pronoun && !c->person && !c->leans && !c->definite;
}

/* Whether candidate @c's text is no longer than @words words and @chars characters. */
static gboolean
within (const Candidate *c, guint words, guint chars)
{
  return text_within (c->text, words, chars);
}

/* Whether candidate @c stands alone and, with @short, fits the budget, else is no longer than
 * HEADLINE_LONG_WORDS and HEADLINE_LONG_CHARS. */
static gboolean
acceptable (const Candidate *c, gboolean short_only)
{
  return stands_alone (c) && (short_only ? c->fits : within (c, HEADLINE_LONG_WORDS, HEADLINE_LONG_CHARS));
}

/* Outside English no constituent can be dropped (there is no grammar to find one), and the same
 * news takes more words (articles, "de la", "du"): a complete lede is taken up to these, before
 * a later sentence that fits but is not the news ("Al menos 20 personas murieron y decenas
 * resultaron heridas este lunes en un ataque ..." over "El ataque no ha sido reivindicado"). */
#define HEADLINE_OTHER_LEDE_WORDS 26
#define HEADLINE_OTHER_LEDE_CHARS 170

/* Letters of a script written without spaces between its words (Thai, Lao, Myanmar, Khmer) that
 * make a line more than one word: a Thai word has about four, a heading two words. */
#define HEADLINE_UNSPACED_RUN_LETTERS 12

/* Whether @text holds HEADLINE_UNSPACED_RUN_LETTERS letters or more of Thai, Lao, Myanmar or
 * Khmer, which a sentence writes as one run ("รัฐบาลประกาศขึ้นภาษีน้ำมันเบนซิน..."): counted by
 * its spaces it is one word, a heading's, and the lede lost to a later sentence with a number
 * spaced off (review23 #5). Ideographs and kana are left as they were. */
static gboolean
unspaced_sentence (const gchar *text)
{
  guint letters = 0;
  for (const gchar *p = text; *p != '\0' && letters < HEADLINE_UNSPACED_RUN_LETTERS; p++)
    if ((guchar)*p >= 0xE0) /* the lead of three bytes or more: U+0800 and up */
      {
        gunichar c = g_utf8_get_char (p);
        letters
            += (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) || (c >= 0x1780 && c <= 0x17FF);
      }
  return letters >= HEADLINE_UNSPACED_RUN_LETTERS;
}

/* Whether @text ends on a question mark (in any script). */
static gboolean
asks (const gchar *text)
{
  gsize len = strlen (text);
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  return len > 0 && precis_is_question_mark (g_utf8_get_char (g_utf8_find_prev_char (text, text + len)));
}

/* Whether question @text names nothing: only question words, auxiliaries and a verb of happening
 * ("What has happened?", "What happens next?", "What does it mean?"): an explainer's heading, which
 * whatever follows it answers. */
static gboolean
bare_question (const gchar *text)
{
  static const gchar *const bare[]
      = { "what",  "who",   "why",  "how",  "when",   "where",    "which",   "is",        "are",   "was",
          "were",  "has",   "have", "had",  "does",   "do",       "did",     "will",      "would", "can",
          "could", "it",    "this", "that", "happen", "happened", "happens", "happening", "next",  "now",
          "mean",  "means", "so",   "far",  "we",     "know",     "to",      "the",       NULL };
  gsize n;
  guint words = 0;
  for (const gchar *p = text; *p != '\0'; p++)
    if ((guchar)*p >= 0x80 || g_ascii_isdigit (*p))
      return FALSE; /* (a word outside ASCII or a number names something) */
  for (const gchar *p = text; (n = next_ascii_word (&p)) > 0; p += n, words++)
    if (!ascii_in (p, n, bare))
      return FALSE;
  return words > 0;
}

/* Whether the segmenter split one sentence in two after an abbreviation's full stop: the second
 * opens on a comma or a semicolon ("... of fort collins , colo." + ", has no cure for ..."), or
 * the first ends on "no." and the second opens on a number ("hadi is no." + "## on the list",
 * "russian world no." + "# nikolay davydenko became ..."), as in lower-cased wire copy. No
 * sentence opens so: the two are one sentence for the headline (the summary keeps the
 * segmenter's sentences). */
static gboolean
split_after_abbreviation (const gchar *first, const gchar *second)
{
  while (g_ascii_isspace (*second))
    second++;
  if (*second == ',' || *second == ';')
    return TRUE;
  if (!g_ascii_isdigit (*second) && *second != '#')
    return FALSE;
  gsize len = strlen (first);
  while (len > 0 && g_ascii_isspace (first[len - 1]))
    len--;
  return len >= 3 && g_ascii_strncasecmp (first + len - 3, "no.", 3) == 0
         && (len == 3 || !g_ascii_isalnum (first[len - 4]));
}

gchar *
precis_headline_choose (const PrecisSentence *all, guint n_all, const PrecisLanguageInfo *language,
                        PrecisTokenizer *tokenizer, const PrecisSegmenter *segmenter)
{
  /* The candidates, made as they are needed: most ledes give a headline at once. */
  Candidate c[HEADLINE_CANDIDATES + HEADLINE_MORE_CANDIDATES];
  guint n = 0, next = 0, limit = HEADLINE_CANDIDATES;
  gint pick = -1;
  gboolean slug_kept = FALSE;
  gboolean english = g_str_equal (language->name, "english");
  /* A lede that asks ("Why are energy bills going up again?"), acceptable as it is: the sentence
   * after it gives the headline instead when it answers the question and stands alone. */
  guint asked = G_MAXUINT;
more:
  while (n < limit && next < n_all && next < HEADLINE_SCAN && pick < 0)
    {
      guint i = next++;
      if (all[i].furniture)
        continue;
      /* (the sentence and the next when the segmenter split them after an abbreviation) */
      g_autofree gchar *joined = NULL;
      if (i + 1 < n_all && !all[i + 1].furniture && split_after_abbreviation (all[i].text, all[i + 1].text))
        joined = g_strconcat (all[i].text, " ", all[i + 1].text, NULL), next++;
      const gchar *text = joined != NULL ? joined : all[i].text;
      g_autofree gchar *unshouted = english ? unshout_name_opener (text, all, n_all, i) : NULL;
      c[n].text = precis_headline_complete (unshouted != NULL ? unshouted : text, language, tokenizer,
                                            segmenter, &c[n].complete, &c[n].fits, &c[n].pronoun);
      /* A photo caption: a sentence followed by its credit. Taken only when nothing else will do.
       * Debris split off where it was glued on (no space between: "...munchkin.ALSO SEE: ...")
       * is no credit, nor is a header or a link's title split off the sentence it was run into
       * ("(Latest Sports stories)Both boxers ...": the next sentence starts where it ends). */
      if (i + 1 < n_all && all[i + 1].furniture && !g_str_has_prefix (all[i + 1].text, "By ")
          && all[i + 1].offset > all[i].offset + all[i].length
          && !(i + 2 < n_all && !all[i + 2].furniture
               && all[i + 2].offset == all[i + 1].offset + all[i + 1].length))
        c[n].pronoun = TRUE;
      /* A time stamp or a wire label likewise, and it is no statement. */
      /* Only the first counts as a candidate: a live blog's run of time stamps does not use up the
       * candidates before its first sentence. */
      gboolean slug = is_slug (c[n].text);
      /* A headline in the first person, a question to the reader, or a sentence that tells the
       * reader what to do, is no pick while another sentence gives one; when none does it may
       * still be the fallback. */
      /* (the headline's text too when it opens elsewhere: a dateline before the verb is gone there,
       * "April 17 -- Imagine ...") */
      c[n].person = english
                    && (first_person (c[n].text) || imperative (all[i].text)
                        || (strncmp (c[n].text, all[i].text, 4) != 0 && imperative (c[n].text)));
      /* So is a later sentence's that points back at the one before. */
      gboolean named;
      c[n].unnamed = english && n > 0
                     && ((person_pronoun (c[n].text, &named) && !named) || ends_on_pronoun (c[n].text));
      c[n].definite = english && n > 0 && definite_back (all[i].text);
      c[n].leans
          = c[n].unnamed || (english && n > 0 && (leans_back (c[n].text) || compares_back (c[n].text)));
      /* A later sentence of three words or fewer ("New research investigates.", "Nobody knows.")
       * is a lede's afterthought, not its news: taken only when no later sentence fits. */
      if (english && n > 0 && c[n].fits
          && precis_count_words (c[n].text, strlen (c[n].text), HEADLINE_MIN_WORDS) < HEADLINE_MIN_WORDS)
        c[n].fits = FALSE;
      if (slug)
        c[n].pronoun = TRUE, c[n].complete = FALSE;
      /* A line that ends on a comma is a letter's salutation or close ("Hi all,", "Dear Ann,",
       * "Thanks,"), no statement: taken only when nothing else will do. */
      gsize len = strlen (all[i].text);
      while (len > 0 && g_ascii_isspace (all[i].text[len - 1]))
        len--;
      if (len > 0 && all[i].text[len - 1] == ',')
        c[n].pronoun = TRUE, c[n].complete = FALSE;
      /* So is a list's line: a quantity or a number and no end mark ("2 x 400g tins chopped
       * tomatoes", "1 onion, chopped"): its words may read as a clause, but it says nothing. */
      if (len > 0 && g_ascii_isdigit (all[i].text[0]) && g_ascii_isalnum (all[i].text[len - 1]))
        c[n].pronoun = TRUE, c[n].complete = FALSE;
      /* And a line of one word, a heading or a label ("Ingredients", "Method"); in English one of
       * two words with no end mark too, a page's heading, credit or label ("Getting started",
       * "Story highlights", "Getty Images"), and a line of fields parted by " | " with no end mark,
       * a page's byline or breadcrumbs ("By Ann Lee | March 3, 2015 | 5 min read"). */
      guint n_words = precis_count_words (c[n].text, strlen (c[n].text), 3);
      gboolean unended = english && len > 0 && strchr (".!?\"'", all[i].text[len - 1]) == NULL
                         && !g_str_has_suffix (all[i].text, "\xE2\x80\x9D");
      if ((n_words < 2 && !unspaced_sentence (c[n].text))
          || (unended && (n_words == 2 || strstr (all[i].text, " | ") != NULL)))
        c[n].pronoun = TRUE, c[n].complete = FALSE;
      if (c[n].text[0] == '\0' || (slug && slug_kept))
        {
          g_free (c[n].text);
          continue;
        }
      slug_kept |= slug;
      /* In order of preference: the lede when complete and short, or complete and not too long;
       * then the next sentences the same way; then the first that does not open on a pronoun. The
       * first later sentence that is complete and short is the pick: no need to make the rest. */
      if ((n == 0
           && (acceptable (&c[0], TRUE) || acceptable (&c[0], FALSE)
               || (!english && stands_alone (&c[0])
                   && within (&c[0], HEADLINE_OTHER_LEDE_WORDS, HEADLINE_OTHER_LEDE_CHARS))))
          || (n > 0 && acceptable (&c[n], TRUE)))
        pick = (gint)n;
      if (n == 0 && pick == 0 && asks (c[0].text))
        pick = -1, asked = i;
      else if (n == 1 && asked != G_MAXUINT)
        pick = ((english && bare_question (all[asked].text))
                || precis_answers (all[asked].text, strlen (all[asked].text), all[i].text,
                                   strlen (all[i].text)))
                       && acceptable (&c[1], FALSE)
                   ? 1
                   : 0;
      n++;
    }
  if (n == 0)
    return g_strdup ("");
  if (asked != G_MAXUINT && pick < 0)
    pick = 0;
  /* When no sentence so far stands alone, not even one whose subject points back (an opening of
   * exclamations and imperatives: "The roar. Take 7,000 fans. Ply them with a cocktail."), a few
   * more are read for one that does. */
  if (english && pick < 0 && limit == HEADLINE_CANDIDATES && n == limit)
    {
      gboolean any = FALSE;
      for (guint k = 0; k < n && !any; k++)
        any = c[k].complete && !c[k].pronoun && !c[k].person;
      if (!any)
        {
          limit += HEADLINE_MORE_CANDIDATES;
          goto more;
        }
    }
  for (guint pass = 0; pass < 2 && pick < 0; pass++)
    for (guint k = 1; k < n && pick < 0; k++)
      if (acceptable (&c[k], pass == 0))
        pick = (gint)k;
  /* A sentence whose subject points back ("Move would allow ...") still beats one in the first
   * person or an incomplete one. */
  for (guint k = 0; k < n && pick < 0; k++)
    if (c[k].definite)
      {
        c[k].definite = FALSE;
        if (acceptable (&c[k], FALSE))
          pick = (gint)k;
        c[k].definite = pick < 0;
      }
  for (guint k = 0; k < n && pick < 0; k++)
    if (!c[k].pronoun)
      pick = (gint)k;
  /* When every one opens on a pronoun or is no statement, a complete sentence ("I have lived by the
   * harbour for years") beats a page's heading, credit or label before it ("Getty Images"). */
  for (guint k = 0; k < n && pick < 0 && english; k++)
    if (c[k].complete)
      pick = (gint)k;
  /* A complete sentence whose pronoun may point back beats an incomplete one. */
  if (pick >= 0 && !c[pick].complete)
    for (guint k = (guint)pick + 1; k < n; k++)
      if (c[k].unnamed)
        {
          c[k].leans = FALSE;
          if (acceptable (&c[k], FALSE))
            {
              pick = (gint)k;
              break;
            }
        }
  if (pick < 0)
    pick = 0;
  gchar *out = c[pick].text;
  for (guint k = 0; k < n; k++)
    if ((gint)k != pick)
      g_free (c[k].text);
  return out;
}

/* A title longer than this is a paragraph that lost its line breaks, not a headline. */
#define HEADLINE_TITLE_MAX_CHARS 200

gboolean
precis_headline_title_usable (const gchar *title)
{
  gsize len = strlen (title);
  return precis_count_words_unspaced (title, len, 2) >= 2
         && g_utf8_strlen (title, (gssize)len) <= HEADLINE_TITLE_MAX_CHARS;
}

gboolean
precis_headline_mode_from_name (const gchar *name, PrecisHeadlineMode *mode)
{
  static const gchar *const names[] = { "auto", "title", "generated" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (name != NULL && g_str_equal (name, names[i]))
      {
        *mode = (PrecisHeadlineMode)i;
        return TRUE;
      }
  return FALSE;
}

gchar *
precis_headline_from_sentence (const gchar *sentence, const PrecisLanguageInfo *language,
                               PrecisTokenizer *tokenizer)
{
  return precis_headline_complete (sentence, language, tokenizer, NULL, NULL, NULL, NULL);
}
