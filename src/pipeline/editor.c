/* editor.c - choosing sentences as a news editor would: the opening of a story, sentences
 * that stand on their own, no page debris (flagged as furniture by debris.c before).
 *
 * Two jobs, O(n) in the text and O(K N) for K chosen of N sentences:
 *
 *   antecedents  a sentence that opens on a pronoun or connective ("He", "He's", "But", '"...," she
 *                said') points back to the sentence before; one that opens on a bare surname
 *                ("Stofan said") or a title and a name ("Mr Fogg") to the sentence that
 *                introduced the name (its first mention after another capitalised word);
 *   choice       in a text shaped like a news story (its lede at least 0.4 times as central
 *                as the mean sentence, or holding half of the title's words, or sharing no
 *                term with a text half of whose sentences share none) the summary is
 *                the clean opening: the lede (with a kicker
 *                line it points back to) and the sentences after it, skipping furniture,
 *                fragments (but one that completes the lede before it: "He was 89."), a
 *                sentence that ends on a flattened list's next item number ("... 1." / "... 2."),
 *                asides to the reader ("Yes, you read that right.", "Here is our review."),
 *                a sentence taken after one left out with text glued on beyond doubt
 *                (opening_free_of_debris(): "tomorrowHere's"),
 *                repeats (a quotation too that only restates the chosen sentences: '"The
 *                bridge is open," said Ms Smith.' after the lede that she opened it, and a
 *                statement whose words the chosen sentences already hold, restated()), sentences
 *                whose antecedent was skipped and a quotation that runs on
 *                to its speaker in a later sentence when it does not fit whole (one whose
 *                opening mark was glued on to the sentence before only when what would be shown
 *                speaks in the first or second person and what would take its place stands
 *                alone). An opening
 *                sentence is not replaced for being less central: blind judging on the TUNE
 *                half preferred the opening's own continuation 7 times to 1 (docs/ranking.md).
 *                But when a title states the news and the lede holds little of it, the
 *                opening's last sentence gives way to a later one that brings the title's
 *                words (judged blind on TUNE: preferred 28-10 and 25-12).
 *                In other prose the best-scored sentences are taken, none that opens in
 *                small letters or holds debris (stands_apart()). Either way a sentence
 *                whose antecedent is not chosen brings it when the budget allows, or gives
 *                way.
 *
 * The lede and the antecedents, kept in the summary, also give the reader checks of
 * precis_summary_check() (summarizer.c).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/lexicon.h"
#include "base/punctuation.h"
#include "base/text.h"
#include "pipeline/editor.h"

/* A lede has at least this many words: a dateline or a kicker ("Guilty across the board.") is
 * not one. */
#define LEDE_MIN_WORDS 6
/* Sentences shorter than this (words) are fragments: not chosen while others remain. */
#define MIN_WORDS 5
/* A name is looked for in the text this far (bytes) before the sentence that opens on it: an
 * introduction further back is not a reader's antecedent, and the search stays O(n). */
#define NAME_WINDOW_BYTES 16384
/* A label in capitals run into a sentence has two or more words in capitals of this many letters
 * in all ("BREAKING NEWS", not "BJP MP"). */
#define HEADER_LABEL_LETTERS 8
/* A text is shaped like a news story when its lede's centrality is at least this share of
 * the mean sentence's (0.5 before the second TUNE judging: a news story whose lede is a
 * scene-setting line was then summarised as prose, which the judge liked less). */
#define NEWS_LEDE_CENTRALITY 0.4
/* A lede that shares no term with the rest reads as a news story's when at least 1/UNLINKED_SHARE
 * of the clean sentences share none either (shape_unknown()). */
#define UNLINKED_SHARE 2
/* The title's claim: a title of at least this many content words states the news (a shorter
 * one is a label: "Stars shine on Bafta red carpet"); when the lede holds at most half of
 * them (a third until session 9), the opening's last sentence gives way to a later one that brings at least
 * TITLE_MIN_GAIN of the title's words the opening lacks (judged blind on the TUNE half:
 * bench/RESULTS.md, "The title's claim"). */
#define TITLE_MIN_WORDS 5
#define TITLE_LEDE_SHARE 2
#define TITLE_MIN_GAIN 2
/* A sentence brought in for the title's sake has at least this many words. */
#define TITLE_SENTENCE_MIN_WORDS 8

/* ---- antecedents ------------------------------------------------------------------------- */

/* The first byte of text[i, stop) that may be a closing quote: '"', '\'', or 0xE2 (the lead byte of
 * the curly ones); @stop if none is. Sixteen bytes a step with SSE2, then a byte at a time. */
static inline gsize
next_quote_byte (const gchar *text, gsize i, gsize stop)
{
#ifdef __SSE2__
  for (; i + 16 <= stop; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + i));
      __m128i quotes
          = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('"')), _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\'')));
      guint bits
          = (guint)_mm_movemask_epi8 (_mm_or_si128 (quotes, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ((gchar)0xE2))));
      if (bits != 0)
        return i + (gsize)__builtin_ctz (bits);
    }
#endif
  for (; i < stop; i++)
    {
      guchar b = (guchar)text[i];
      if (b == '"' || b == '\'' || b == 0xE2)
        break;
    }
  return i;
}

/* A '"...," she said' sentence: a quotation that opens it, closed after a comma or a mark,
 * then a pronoun of the [openers] list. */
static gboolean
quote_then_pronoun (const gchar *text, gsize start, gsize end, const PrecisSegmenter *seg)
{
  if (!precis_is_quote_or_bracket (g_utf8_get_char (text + start)) || text[start] == '('
      || text[start] == '[')
    return FALSE;
  /* The quotes are looked at from start + 1 to end - 2 (each has a byte after it). */
  gsize stop = end > 0 ? end - 1 : 0;
  for (gsize i = start + 1; (i = next_quote_byte (text, i, stop)) < stop; i++)
    {
      gunichar c = g_utf8_get_char (text + i);
      if (c != '"' && c != 0x201D && c != 0x2019 && c != '\'')
        continue;
      gchar before = text[i - 1];
      if (before != ',' && before != '?' && before != '!' && before != '.')
        continue;
      gsize after = (gsize)(g_utf8_next_char (text + i) - text);
      if (after >= end || text[after] != ' ')
        return FALSE;
      gsize ws = 0, we = 0;
      return precis_word_at (text, after + 1, end, &ws, &we)
             && precis_segmenter_is_opener (seg, text + ws, we - ws);
    }
  return FALSE;
}

/* The sentence that holds byte @pos (a binary search over the spans), or PRECIS_NONE. */
static guint
sentence_at (const PrecisSpan *spans, guint n, gsize pos)
{
  guint lo = 0, hi = n;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (spans[mid].end <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < n && spans[lo].start <= pos ? lo : PRECIS_NONE;
}

/* The first sentence in the NAME_WINDOW_BYTES before byte @limit where the name text[name,
 * name + len) follows another capitalised word with only a space between ("Ellen Stofan", "Mr
 * Fogg"), or PRECIS_NONE. A search for the name's first byte (memchr) and then its bytes. */
static guint
introduced_at (const gchar *text, const PrecisSpan *spans, guint n, gsize name, gsize len, gsize limit)
{
  gsize from = n > 0 ? spans[0].start : 0;
  if (limit > from + NAME_WINDOW_BYTES)
    from = limit - NAME_WINDOW_BYTES;
  while (len > 0 && from + len <= limit)
    {
      const gchar *hit = memchr (text + from, text[name], limit - from);
      if (hit == NULL)
        return PRECIS_NONE;
      gsize at = (gsize)(hit - text);
      from = at + 1;
      if (at + len > limit || memcmp (text + at, text + name, len) != 0)
        continue;
      gsize after = at + len, ws = 0, we = 0;
      if (at < 2 || text[at - 1] != ' ' || !g_ascii_isalnum (text[at - 2])
          || (after < limit && g_ascii_isalnum (text[after])))
        continue;
      gsize pws = at - 1;
      while (pws > 0 && !precis_is_ascii_space (text[pws - 1]))
        pws--;
      if (!precis_word_at (text, pws, at - 1, &ws, &we) || we != at - 1 || !precis_is_upper_at (text + ws))
        continue;
      guint k = sentence_at (spans, n, at);
      if (k != PRECIS_NONE && (spans[k].flags & PRECIS_SPAN_FURNITURE) == 0)
        return k;
    }
  return PRECIS_NONE;
}

/* A leading phrase before a subject pronoun has at most this many words ("For the next nine
 * hours, she ..."). */
#define LEADING_PHRASE_MAX_WORDS 6
/* ... and its comma comes within this many bytes. */
#define LEADING_PHRASE_MAX_BYTES 64

/* Whether the sentence text[start, end) opens on a short phrase with no name in it and its
 * comma, then a word of the [openers] list in lower case ("For the next nine hours, she and two
 * other nurses ...", "By then, they had ..."): the subject points back as much as a sentence
 * that opens on it. */
static gboolean
phrase_then_opener (const gchar *text, gsize start, gsize end, const PrecisSegmenter *seg)
{
  /* the comma first: most sentences have none this early */
  const gchar *comma = memchr (text + start, ',', MIN (end - start, LEADING_PHRASE_MAX_BYTES));
  if (comma == NULL || comma == text + start || comma + 2 >= text + end || comma[1] != ' '
      || !g_ascii_isalpha (comma[-1]))
    return FALSE;
  guint words = 1;
  for (const gchar *p = text + start; p < comma; p++)
    if (*p == ' ')
      {
        guchar next = (guchar)p[1];
        /* a name in the phrase may be what the pronoun stands for ("According to Rachel's
         * version, she ...") */
        if (++words > LEADING_PHRASE_MAX_WORDS || g_ascii_isupper (next)
            || (next >= 0x80 && precis_is_upper_at (p + 1)))
          return FALSE;
      }
    else if (*p == '"' || *p == '(' || (guchar)*p == 0xE2)
      return FALSE; /* a quotation or an aside: quote_then_pronoun's, or no leading phrase */
  gsize at = (gsize)(comma + 2 - text), ws = 0, we = 0;
  return precis_word_at (text, at, end, &ws, &we) && ws == at && precis_is_lower_at (text + ws)
         && precis_segmenter_is_opener (seg, text + ws, we - ws);
}

/* Whether the sentence whose first word is text[ws, we) opens on the demonstrative "That"
 * before a verb ("That was the stark warning from ...", "That's why ...", "That means ..."): it
 * points back as "Those were the words of ..." does ("those" is an [openers] word, "that" is
 * not: "That decision was ..." and a clause "That the ..." stand alone). */
static gboolean
that_then_verb (const gchar *text, gsize ws, gsize we, gsize end)
{
  static const gchar *const verbs[]
      = { "is", "was", "has", "had", "will", "would", "could", "may", "might", "means", "meant", NULL };
  if ((we - ws == 6 && memcmp (text + ws, "That's", 6) == 0)
      || (we - ws == 8 && memcmp (text + ws, "That\xE2\x80\x99s", 8) == 0))
    return TRUE;
  if (we - ws != 4 || memcmp (text + ws, "That", 4) != 0 || we + 1 >= end || text[we] != ' ')
    return FALSE;
  gsize nws = 0, nwe = 0;
  if (!precis_word_at (text, we + 1, end, &nws, &nwe) || nws != we + 1)
    return FALSE;
  for (guint k = 0; verbs[k] != NULL; k++)
    if (strlen (verbs[k]) == nwe - nws && memcmp (text + nws, verbs[k], nwe - nws) == 0)
      return TRUE;
  return FALSE;
}

/* An answer looks this many sentences back for its question. */
#define ANSWER_REACH 4

/* Whether the sentence text[start, end) opens on an interview's label @label ("Q:", "A:"). */
static gboolean
opens_on_label (const gchar *text, gsize start, gsize end, const gchar *label)
{
  gsize n = strlen (label);
  return end - start > n && memcmp (text + start, label, n) == 0 && text[start + n] == ' ';
}

/* The question ("Q: Why the mammoth?") a sentence that opens on "A:" answers: the last sentence
 * before it, at most ANSWER_REACH back, that opens on "Q:"; else PRECIS_NONE. */
static guint
question_of (const gchar *text, const PrecisSpan *spans, guint i)
{
  if (!opens_on_label (text, spans[i].start, spans[i].end, "A:"))
    return PRECIS_NONE;
  for (guint k = i; k > 0 && i - k < ANSWER_REACH; k--)
    if (opens_on_label (text, spans[k - 1].start, spans[k - 1].end, "Q:"))
      return k - 1;
  return PRECIS_NONE;
}

/* Whether @p is at a quotation mark or bracket, a quotation's opening. */
static gboolean
quote_at (const gchar *p)
{
  gunichar ch = g_utf8_get_char (p);
  return precis_is_quote_or_bracket (ch) || ch == 0x201A || ch == 0x201E || ch == 0x2039 || ch == 0x203A
         || ch == 0x300C || ch == 0x300E;
}

/* Whether @i, opening its paragraph on a quotation mark, is the quotation the sentence @prev
 * before it introduces ("... the chief executive Jane Smith said:" ending on a colon, its
 * paragraph's last): the quotation's speaker is there, and the two go together or not at all. */
static gboolean
quotation_after_lead_in (const gchar *text, const PrecisSpan *spans, guint prev, guint i)
{
  return (spans[i].flags & PRECIS_SPAN_PARAGRAPH_START) && quote_at (text + spans[i].start)
         && precis_last_before_closing (text + spans[prev].start, text + spans[prev].end, TRUE) == ':';
}

/* The length of the word text[ws, we) before a contraction's ending ("He's", "They're", "We've",
 * "She'll", "I'd", with a straight or curly apostrophe), or its whole length when it has none. */
static gsize
before_contraction (const gchar *text, gsize ws, gsize we)
{
  static const gchar *const endings[] = { "s", "re", "ve", "ll", "d", NULL };
  for (const gchar *const *e = endings; *e != NULL; e++)
    {
      gsize n = strlen (*e);
      if (we - ws <= n + 1 || !precis_ascii_same (text + we - n, *e, n))
        continue;
      if (text[we - n - 1] == '\'')
        return we - n - 1 - ws;
      if (we - ws > n + 3 && memcmp (text + we - n - 3, "\xE2\x80\x99", 3) == 0)
        return we - n - 3 - ws;
    }
  return we - ws;
}

guint *
precis_editor_antecedents (const gchar *text, const PrecisSpan *spans, guint n, const PrecisSegmenter *seg)
{
  guint *out = g_new (guint, MAX (n, 1));
  guint prev = PRECIS_NONE;
  for (guint i = 0; i < n; i++)
    {
      out[i] = PRECIS_NONE;
      if (spans[i].flags & PRECIS_SPAN_FURNITURE)
        continue;
      gsize start = spans[i].start, end = spans[i].end, ws = 0, we = 0;
      guint question = question_of (text, spans, i);
      if (question != PRECIS_NONE)
        out[i] = question;
      else if (prev != PRECIS_NONE && quotation_after_lead_in (text, spans, prev, i))
        out[i] = prev;
      else if (prev != PRECIS_NONE && precis_word_at (text, start, end, &ws, &we))
        {
          if (ws == start
              && (precis_segmenter_is_opener (seg, text + ws, we - ws)
                  || precis_segmenter_is_opener (seg, text + ws, before_contraction (text, ws, we))
                  || that_then_verb (text, ws, we, end)))
            out[i] = prev;
          else if (ws > start && quote_then_pronoun (text, start, end, seg))
            out[i] = prev;
          else if (ws == start && precis_is_upper_at (text + ws))
            {
              if (phrase_then_opener (text, start, end, seg))
                out[i] = prev;
              else
                {
                  /* "Mr Fogg", or a bare capitalised word before a lower-case one ("Stofan
                   * said"): the sentence that introduced the name, if one before did. */
                  gsize nws = 0, nwe = 0;
                  gsize after = precis_next_token (text, start, end);
                  gboolean next = after < end && precis_word_at (text, after, end, &nws, &nwe);
                  gboolean titled = next && precis_is_upper_at (text + nws)
                                    && precis_segmenter_is_title (seg, text + ws, we - ws);
                  gboolean bare = next && !titled && precis_is_lower_at (text + nws)
                                  && !precis_segmenter_is_starter (seg, text + ws, we - ws);
                  if (titled)
                    out[i] = introduced_at (text, spans, n, nws, nwe - nws, start);
                  else if (bare)
                    out[i] = introduced_at (text, spans, n, ws, we - ws, start);
                }
            }
        }
      prev = i;
    }
  return out;
}

guint
precis_editor_lede (const PrecisSpan *spans, const guint *n_words, guint n)
{
  for (guint i = 0; i < n; i++)
    if ((spans[i].flags & PRECIS_SPAN_FURNITURE) == 0 && n_words[i] >= LEDE_MIN_WORDS)
      return i;
  return PRECIS_NONE;
}

/* ---- the choice -------------------------------------------------------------------------- */

typedef struct
{
  const PrecisVectors *vectors;
  const gdouble *scores;
  const gchar *text;
  const PrecisSpan *spans;
  const guint *n_words;
  const guint *antecedent;
  guint n;
  gboolean *chosen;
  guint *list; /* the chosen sentences, n_chosen of them, in the order taken */
  guint n_chosen;
  guint words;
  guint max_sentences;
  guint max_words;
  PrecisSimilar *similar;        /* the chosen sentences, for redundant(): a member while chosen[] */
  gboolean *repeat;              /* per sentence: left out as restating a chosen one (NULL: not asked) */
  const PrecisTitleTerms *title; /* NULL when the text has none */
} Choice;

/* Whether the text [from, last) ends on no stop, question or exclamation mark, colon or
 * semicolon, before closing quotes and brackets and a reference mark ("... drier.[2]"). */
static gboolean
ends_open (const gchar *from, const gchar *last)
{
  gunichar ch = precis_last_before_closing (from, last, TRUE);
  return ch != 0 && !precis_is_terminator (ch) && ch != ':' && ch != ';';
}

/* Whether @i is a heading: a line of its own, last of its paragraph, that ends open (ends_open):
 * a live blog's "What we know so far" under its time stamp, a feature's section title, a
 * table's caption. It names what follows and tells no news. */
static gboolean
heading (const Choice *c, guint i)
{
  if (i + 1 < c->n && !(c->spans[i + 1].flags & PRECIS_SPAN_PARAGRAPH_START))
    return FALSE;
  gsize line = c->spans[i].start;
  if (i > 0
      && (line == c->spans[i - 1].end
          || memchr (c->text + c->spans[i - 1].end, '\n', line - c->spans[i - 1].end) == NULL))
    return FALSE;
  return ends_open (c->text + c->spans[i].start, c->text + c->spans[i].end);
}

/* Whether @i is a lead-in: it ends on a colon and its paragraph with it ("Here are the main
 * points:" over a list, "The statement said:" over a quotation). It announces what follows and
 * tells nothing alone. */
static gboolean
lead_in (const Choice *c, guint i)
{
  return i + 1 < c->n && (c->spans[i + 1].flags & PRECIS_SPAN_PARAGRAPH_START)
         && precis_last_before_closing (c->text + c->spans[i].start, c->text + c->spans[i].end, TRUE) == ':';
}

/* Whether @i is a lead-in (lead_in(): a colon ends it and its paragraph) that the next sentence
 * has for its antecedent (as the quotation after it has, quotation_after_lead_in()): taken only
 * with that sentence, never alone, nor that sentence without it. */
static gboolean
introduces_quotation (const Choice *c, guint i)
{
  return i + 1 < c->n && c->antecedent[i + 1] == i && lead_in (c, i);
}

/* An aside has at most this many words (aside()). */
#define ASIDE_MAX_WORDS 10

/* Whether the text of @i, from its first byte, begins with one of @openers, each a word or words
 * and then a space. */
static gboolean
opens_with (const Choice *c, guint i, const gchar *const *openers)
{
  const gchar *p = c->text + c->spans[i].start;
  gsize left = c->spans[i].end - c->spans[i].start;
  for (const gchar *const *o = openers; *o != NULL; o++)
    {
      gsize len = strlen (*o);
      if (left > len && memcmp (p, *o, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether @i is an aside to the reader, a short sentence that speaks about the story instead of
 * telling it: an interjection and a comma after a statement ("Yes, you read that right.", "No, he
 * has not become an entrepreneur.": after a question it is the answer, and kept), or a pointer to
 * what follows ("Here is our Phillauri movie review.", "Here's how the new accelerator will
 * function."), as a heading is. Like a fragment it is not chosen while others remain: blind
 * judges preferred the opening without such a sentence (bench/RESULTS.md, "Summaries: more of the
 * departures readers prefer"). */
static gboolean
aside (const Choice *c, guint i)
{
  static const gchar *const interjections[] = { "Yes, ", "Yep, ", "Yup, ", "No, ", "Nope, ", NULL };
  const gchar first = c->text[c->spans[i].start];
  if (c->n_words[i] > ASIDE_MAX_WORDS || (first != 'Y' && first != 'N' && first != 'H'))
    return FALSE;
  if (first == 'H')
    return precis_here_opening (c->text + c->spans[i].start, c->spans[i].end - c->spans[i].start) > 0;
  if (!opens_with (c, i, interjections))
    return FALSE;
  if (i == 0 || (c->spans[i - 1].flags & PRECIS_SPAN_FURNITURE))
    return TRUE;
  gsize end = c->spans[i - 1].end;
  while (end > c->spans[i - 1].start && g_ascii_isspace (c->text[end - 1]))
    end--;
  return end == c->spans[i - 1].start
         || !precis_is_question_mark (
             g_utf8_get_char (g_utf8_find_prev_char (c->text + c->spans[i - 1].start, c->text + end)));
}

/* A list's item numbers run on are at most this large: a "Top 10", "25 things to do". */
#define LIST_NUMBER_MAX 99

/* The number sentence @i ends on after a word, as a list flattened into one paragraph leaves its
 * items ("... before the final 1." / "Toast is his favourite breakfast 2."): a space,
 * one or two digits, not 0, and the stop, after a letter (not "3-1.", "$2.", "No. 1."); 0 if it
 * ends otherwise. */
static guint
trailing_number (const Choice *c, guint i)
{
  const gchar *t = c->text;
  gsize start = c->spans[i].start, end = c->spans[i].end;
  while (end > start && g_ascii_isspace (t[end - 1]))
    end--;
  if (end < start + 4 || t[end - 1] != '.')
    return 0;
  gsize d = end - 1;
  while (d > start && g_ascii_isdigit (t[d - 1]) && end - 1 - d < 3)
    d--;
  if (d == end - 1 || end - 1 - d > 2 || t[d] == '0' || d < start + 2 || t[d - 1] != ' '
      || !g_ascii_isalpha (t[d - 2]))
    return 0;
  guint n = (guint)atoi (t + d);
  return n <= LIST_NUMBER_MAX ? n : 0;
}

/* Whether sentence @i ends on the number of the list item after it, run on where the list lost its
 * line breaks: it ends on a number after a word (trailing_number()) and stands in a run of three
 * sentences that end on numbers in order ("... before the final 1." / "... days 2." / "... every
 * game 3."), the last item's too. Strong
 * evidence: two sentences that end on figures of their own in order ("... on floor 4." / "... on
 * floor 5.", "... is seeded 1." / "... is seeded 2.") are no list, nor is one followed by "3 people
 * ...". Such a sentence's end is the next item's number and its opening often a photo's caption
 * run in: not one that stands alone (judged blind before session 28: a departure to such a sentence
 * lost to Lead-3). Only a number after an ASCII letter is read (trailing_number()). */
static gboolean
ends_on_list_number (const Choice *c, guint i)
{
  guint n = trailing_number (c, i);
  if (n == 0)
    return FALSE;
  guint run = 1;
  for (guint k = i; k > 0 && run < 3 && n - (i - k) > 1 && trailing_number (c, k - 1) == n - (i - k) - 1; k--)
    run++;
  for (guint k = i + 1; k < c->n && run < 3 && trailing_number (c, k) == n + (k - i); k++)
    run++;
  return run >= 3;
}

static gboolean
usable (const Choice *c, guint i)
{
  return (c->spans[i].flags & PRECIS_SPAN_FURNITURE) == 0 && c->n_words[i] >= MIN_WORDS && !heading (c, i)
         && !aside (c, i) && !lead_in (c, i) && !ends_on_list_number (c, i);
}

/* The antecedent of @i, past the asides (aside()) it would point to: after "Yes, you read that
 * right." a sentence that opens on "They" points to the sentence before the aside, which an
 * aside, never chosen, does not replace. */
static guint
antecedent_past_asides (const Choice *c, guint i)
{
  guint a = c->antecedent[i];
  while (a != PRECIS_NONE && aside (c, a))
    {
      guint k = a;
      while (k > 0 && (c->spans[k - 1].flags & PRECIS_SPAN_FURNITURE))
        k--;
      a = k > 0 ? k - 1 : PRECIS_NONE;
    }
  return a;
}

/* A fragment of at least this many words may complete the lede (continues_lede()). */
#define CONTINUATION_MIN_WORDS 2

/* The verbs of saying of sentence @i of @c (precis_lexicon_saying(), its ASCII words of letters,
 * case ignored), one bit for each: a fragment of a pronoun and one of them ("He said.", "She
 * added.") only attributes the lede again. */
static guint32
saying_verbs (const Choice *c, guint i)
{
  guint32 verbs = 0;
  const gchar *p = c->text + c->spans[i].start, *last = c->text + c->spans[i].end;
  while (p < last)
    {
      while (p < last && !g_ascii_isalpha (*p))
        p++;
      gsize n = 0;
      while (p + n < last && g_ascii_isalpha (p[n]))
        n++;
      if (n != 0)
        verbs |= precis_lexicon_saying (p, n);
      p += n;
    }
  return verbs;
}

/* Whether sentence @i adds a content word to sentence @lede: a term the lede does not have
 * ("He was 89." after an obituary's lede adds "89"), other than a reporting verb ("He said."
 * adds none). Each distinct reporting verb of @i the lede lacks is a new term of its own, so @i
 * adds content when it has more new terms than those. */
static gboolean
adds_content (const Choice *c, guint i, guint lede)
{
  const PrecisVectors *v = c->vectors;
  guint new_terms = 0;
  for (guint e = v->row[i]; e < v->row[i + 1]; e++)
    if (precis_vectors_tf (v, lede, v->entries[e].term) == 0)
      new_terms++;
  guint32 verbs = saying_verbs (c, i); /* the lede read only when @i has any */
  if (verbs != 0)
    verbs &= ~saying_verbs (c, lede);
  return new_terms > (guint)__builtin_popcount (verbs);
}

/* Whether the fragment @i (fewer than MIN_WORDS words) completes the lede @lede, the sentence just
 * before it but for furniture, which it points back to: "He was 89." after an obituary's lede,
 * "It failed." after "A government team has been doing the rounds ... in an attempt to allay
 * concerns ...". A statement ending on a full stop, no heading, with no comma: an aside before
 * its pointing word ("Yep, it is true.", "Except, this isn't.") tells nothing the next sentence
 * of the opening would not. Only after the lede: later in the opening a fragment is colour ("And
 * vice versa.", "He did not elaborate.", read at five sentences on the TUNE half). */
static gboolean
continues_lede (const Choice *c, guint i, guint lede)
{
  guint a = c->antecedent[i];
  if (a != lede || a >= i || !c->chosen[a] || c->n_words[i] < CONTINUATION_MIN_WORDS
      || (c->spans[i].flags & PRECIS_SPAN_FURNITURE) || heading (c, i))
    return FALSE;
  for (guint k = a + 1; k < i; k++)
    if ((c->spans[k].flags & PRECIS_SPAN_FURNITURE) == 0)
      return FALSE;
  gsize end = c->spans[i].end;
  while (end > c->spans[i].start && g_ascii_isspace (c->text[end - 1]))
    end--;
  return end > c->spans[i].start && c->text[end - 1] == '.'
         && memchr (c->text + c->spans[i].start, ',', end - c->spans[i].start) == NULL
         && adds_content (c, i, lede);
}

/* Whether @i restates a chosen sentence (other than @except). Unlike the near-duplicate check, a
 * restatement need not give the same one-digit numbers: "over 8 %" told twice, in other words, is
 * a restatement, and taking it in lost both of the REPORT summaries that moved blind (session 22,
 * bench/RESULTS.md). */
static gboolean
redundant (const Choice *c, guint i, guint except)
{
  return precis_similar_any (c->similar, i, except, c->chosen, PRECIS_REDUNDANT_COSINE, NULL, NULL);
}

/* redundant() against every chosen sentence, marking @i left out as a repeat (--explain) when it
 * is. */
static gboolean
left_as_repeat (const Choice *c, guint i)
{
  if (!redundant (c, i, PRECIS_NONE))
    return FALSE;
  if (c->repeat != NULL)
    c->repeat[i] = TRUE;
  return TRUE;
}

static gboolean
fits (const Choice *c, guint extra_sentences, guint extra_words)
{
  return c->n_chosen + extra_sentences <= c->max_sentences
         && (c->n_chosen == 0 || c->words + extra_words <= c->max_words);
}

static void
take (Choice *c, guint i)
{
  if (c->chosen[i])
    return;
  c->chosen[i] = TRUE;
  c->list[c->n_chosen++] = i;
  precis_similar_add (c->similar, i);
  c->words += c->n_words[i];
}

/* Adds @i when it fits, bringing its antecedent when that is missing (and itself stands
 * alone); FALSE when it gives way. */
static gboolean
take_with_antecedent (Choice *c, guint i)
{
  guint a = antecedent_past_asides (c, i);
  if (a == PRECIS_NONE || c->chosen[a])
    {
      if (!fits (c, 1, c->n_words[i]))
        return FALSE;
      take (c, i);
      return TRUE;
    }
  if ((c->spans[a].flags & PRECIS_SPAN_FURNITURE)
      || (c->antecedent[a] != PRECIS_NONE && !c->chosen[c->antecedent[a]])
      || !fits (c, 2, c->n_words[i] + c->n_words[a]) || redundant (c, a, PRECIS_NONE))
    return FALSE;
  take (c, a);
  take (c, i);
  return TRUE;
}

typedef struct
{
  guint index;
  gdouble score;
} Ranked;

static int
compare_ranked (gconstpointer a, gconstpointer b)
{
  const Ranked *x = a, *y = b;
  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return (x->index > y->index) - (x->index < y->index);
}

/* A quotation that runs on over several sentences is followed this many sentences at most for
 * its closing mark (quotation_end()). */
#define QUOTATION_MAX_SENTENCES 6

/* Whether text[p, end) is at a question mark that stands for a lost quotation mark (a page's
 * curly quote read in the wrong encoding) opening a quotation: a capital letter follows it. */
static gboolean
lost_opening_mark (const gchar *text, gsize p, gsize end)
{
  return p + 1 < end && text[p] == '?' && g_ascii_isupper (text[p + 1]);
}

/* Whether the straight '"' at @q, in the text from @from to @last, opens a quotation: it is at
 * @from or after a space, and a character other than a space follows it. Any other closes one
 * (also one with a space before and after it, as tokenised text spaces its closing marks: ',
 * " said'). */
static gboolean
straight_opens (const gchar *from, const gchar *q, const gchar *last)
{
  return (q == from || q[-1] == ' ') && q + 1 < last && !g_ascii_isspace (q[1]);
}

/* Whether sentence @i holds a closing quotation mark: a straight '"' that does not open one
 * (straight_opens()), a curly one, or a question mark that stands for a lost one after a comma
 * or a stop (",?", ".?", "!?"). */
static gboolean
closes_quotation (const Choice *c, guint i)
{
  const gchar *p = c->text + c->spans[i].start, *last = c->text + c->spans[i].end;
  for (const gchar *q = p; q < last; q++)
    if ((*q == '"' && !straight_opens (p, q, last))
        || (*q == '?' && q > p && (q[-1] == ',' || q[-1] == '.' || q[-1] == '!'))
        || (last - q >= 3 && memcmp (q, "\xE2\x80\x9D", 3) == 0))
      return TRUE;
  return FALSE;
}

/* A glued quotation mark's quotation is looked for this many sentences back at most, to its
 * paragraph's start (glued_opening_mark()). */
#define GLUED_MARK_MAX_SENTENCES 16

/* Whether the quotation mark glued on at the end of sentence @i - 1, between its stop and @i's first
 * letter with no space ('... safety came first."We have swum ...', '... could be fined.?The rules
 * ...': paragraphs run together, the mark that opens the next one read as the end of the sentence
 * before), opens a quotation: in @i's paragraph up to it, straight marks are even in number (it is
 * not the close of one opened before), or, for a mark lost to "?", the lost marks before it close
 * every quotation they open (a "?" after a space, or after a stop with none open, before a capital
 * opens one; one after a stop or comma closes it). A curly opening mark so glued opens one. FALSE
 * when the paragraph's start is more than GLUED_MARK_MAX_SENTENCES back. */
static gboolean
glued_opening_mark (const Choice *c, guint i)
{
  if (i == 0 || !g_ascii_isupper (c->text[c->spans[i].start]) || c->spans[i - 1].end != c->spans[i].start
      || c->spans[i].start < c->spans[i - 1].start + 2)
    return FALSE;
  const gchar *t = c->text;
  gsize mark = c->spans[i].start - 1;
  if (mark >= c->spans[i - 1].start + 3 && memcmp (t + mark - 2, "\xE2\x80\x9C", 3) == 0)
    return precis_is_terminator (g_utf8_get_char (g_utf8_find_prev_char (t, t + mark - 2)));
  if ((t[mark] != '"' && t[mark] != '?') || (t[mark - 1] != '.' && t[mark - 1] != '!'))
    return FALSE;
  guint k = i - 1;
  while (!(c->spans[k].flags & PRECIS_SPAN_PARAGRAPH_START) && k > 0 && i - 1 - k < GLUED_MARK_MAX_SENTENCES)
    k--;
  if (!(c->spans[k].flags & PRECIS_SPAN_PARAGRAPH_START) && k > 0)
    return FALSE;
  gsize from = c->spans[k].start;
  gboolean open = FALSE;
  for (gsize q = from; q < mark; q++)
    {
      if (t[q] != t[mark])
        continue;
      if (t[q] == '"')
        open = !open;
      else if (q > from && (t[q - 1] == '.' || t[q - 1] == '!' || t[q - 1] == ','))
        open = !open && g_ascii_isupper (t[q + 1]);
      else if ((q == from || t[q - 1] == ' ') && g_ascii_isupper (t[q + 1]))
        open = TRUE;
    }
  return !open;
}

/* Whether sentence @i speaks in the first or second person: it holds "I" (not an initial, "I.",
 * nor a prefix, "I-League", nor a numeral after a capitalised word that is not the first, "World
 * War I", "Elizabeth I"), or "me", "my", "mine", "myself", "we", "us", "our", "ours",
 * "ourselves", "you", "your", "yours", "yourself", "yourselves" in small letters (capitalised
 * only as the sentence's first word: "US" is a country, "Vote For Me" a title). A quotation so
 * worded betrays that someone speaks; one in the third person reads, without its marks, as the
 * story's own statement. English words (the dev sets' language; a text in another language
 * holds them seldom). */
static gboolean
speaks_in_person (const Choice *c, guint i)
{
  static const gchar *const persons[]
      = { "me",  "my",   "mine",  "myself",    "we",       "us",         "our", "ours",
          "you", "your", "yours", "ourselves", "yourself", "yourselves", NULL };
  const gchar *from = c->text + c->spans[i].start, *last = c->text + c->spans[i].end;
  gboolean after_name = FALSE; /* the word before, after a space, is capitalised, not the first */
  const gchar *first = NULL;
  for (const gchar *p = from; p < last;)
    {
      const gchar *gap = p;
      while (p < last && !g_ascii_isalpha (*p))
        p++;
      gsize n = 0;
      while (p + n < last && g_ascii_isalpha (p[n]))
        n++;
      if (n == 0)
        break;
      after_name = after_name && p - gap == 1 && *gap == ' ';
      if (n == 1 && p[0] == 'I' && (p + 1 == last || (p[1] != '.' && p[1] != '-')) && !after_name)
        return TRUE;
      if (first == NULL)
        first = p;
      after_name = p != first && g_ascii_isupper (p[0]);
      if (n >= 2 && (p == from || !g_ascii_isupper (p[0])) && (p == from || !g_ascii_isupper (p[1])))
        for (const gchar *const *w = persons; *w != NULL; w++)
          if (precis_ascii_lower (p[0]) == (*w)[0] && strlen (*w) == n && precis_ascii_same (p, *w, n))
            return TRUE;
      p += n;
    }
  return FALSE;
}

/* Whether sentence @i opens on a quotation mark that it does not close: the quotation runs on
 * into the sentences after it, where its speaker is named ('"We had lunch." / "Then they came
 * back," he said.'). A straight '"' is open when it and the sentence's last one open
 * (straight_opens(): "A. "B" counts as open, '" A. "' as tokenised text spaces it does not); a
 * curly one when no closing one follows; a lost one ("?We ...") when no lost closing mark
 * follows and the sentence does not end on a question mark (which may close it); one glued on to
 * the sentence before (glued_opening_mark()) when the sentence holds no closing mark. */
static gboolean
opens_open_quotation (const Choice *c, guint i)
{
  gsize start = c->spans[i].start, end = c->spans[i].end;
  while (end > start && g_ascii_isspace (c->text[end - 1]))
    end--;
  if (end <= start + 1)
    return FALSE;
  const gchar *t = c->text;
  if (glued_opening_mark (c, i))
    return !closes_quotation (c, i);
  if (t[start] == '"')
    {
      gsize q = end - 1;
      while (t[q] != '"')
        q--;
      return straight_opens (t + start, t + start, t + end) && straight_opens (t + start, t + q, t + end);
    }
  if (end - start > 3 && memcmp (t + start, "\xE2\x80\x9C", 3) == 0)
    return !closes_quotation (c, i);
  if (lost_opening_mark (t, start, end))
    return t[end - 1] != '?' && !closes_quotation (c, i);
  return FALSE;
}

/* The sentence that closes the quotation sentence @i opens and leaves open (opens_open_quotation()):
 * the first after it, at most QUOTATION_MAX_SENTENCES on, that holds a closing mark; PRECIS_NONE
 * when @i opens none, or the quotation is introduced by the sentence before (an antecedent: "...
 * said:"; but not when its mark was glued on to that sentence, glued_opening_mark()), or no
 * closing mark is found. */
static guint
quotation_end (const Choice *c, guint i)
{
  if ((c->antecedent[i] != PRECIS_NONE && !glued_opening_mark (c, i)) || !opens_open_quotation (c, i))
    return PRECIS_NONE;
  for (guint k = i + 1; k < c->n && k <= i + QUOTATION_MAX_SENTENCES; k++)
    if (closes_quotation (c, k))
      return k;
  return PRECIS_NONE;
}

/* Whether the sentences @from to @to (a quotation's) fit in the summary whole: those not chosen
 * yet and not furniture, and their words. */
static gboolean
fits_run (const Choice *c, guint from, guint to)
{
  guint sentences = 0, words = 0;
  for (guint k = from; k <= to; k++)
    if ((c->spans[k].flags & PRECIS_SPAN_FURNITURE) == 0 && !c->chosen[k])
      {
        sentences++;
        words += c->n_words[k];
      }
  return fits (c, sentences, words);
}

/* Whether the @len bytes at @w, a word, stand as a whole word in sentence @k. */
static gboolean
holds_word (const Choice *c, guint k, const gchar *w, gsize len)
{
  const gchar *p = c->text + c->spans[k].start, *last = c->text + c->spans[k].end;
  for (const gchar *q = p; q + len <= last; q++)
    if (memcmp (q, w, len) == 0 && (q == p || !g_ascii_isalnum (q[-1]))
        && (q + len == last || !g_ascii_isalnum (q[len])))
      return TRUE;
  return FALSE;
}

/* Whether a chosen sentence holds the word @w of @len bytes. */
static gboolean
chosen_hold_word (const Choice *c, const gchar *w, gsize len)
{
  for (guint j = 0; j < c->n_chosen; j++)
    if (holds_word (c, c->list[j], w, len))
      return TRUE;
  return FALSE;
}

/* Whether a chosen sentence holds the term @term. */
static gboolean
chosen_hold_term (const Choice *c, guint term)
{
  for (guint j = 0; j < c->n_chosen; j++)
    if (precis_vectors_tf (c->vectors, c->list[j], term) != 0)
      return TRUE;
  return FALSE;
}

/* Whether sentence @k holds a figure (a run of digits) that no chosen sentence holds. */
static gboolean
brings_figure (const Choice *c, guint k)
{
  const gchar *p = c->text + c->spans[k].start, *last = c->text + c->spans[k].end;
  for (const gchar *q = p; q < last; q++)
    if (g_ascii_isdigit (*q) && (q == p || !g_ascii_isalnum (q[-1])))
      {
        gsize n = 0;
        while (q + n < last && g_ascii_isdigit (q[n]))
          n++;
        if (!chosen_hold_word (c, q, n))
          return TRUE;
        q += n;
      }
  return FALSE;
}

/* Whether sentence @k holds, after its first word, a capitalised word (a name: "Wendle", "Mayor
 * Smith") that no chosen sentence holds. */
static gboolean
brings_name (const Choice *c, guint k)
{
  const gchar *p = c->text + c->spans[k].start, *last = c->text + c->spans[k].end;
  gboolean first = TRUE;
  for (const gchar *q = p; q < last;)
    {
      if (!g_ascii_isalpha (*q))
        {
          q++;
          continue;
        }
      gsize n = 0;
      while (q + n < last && g_ascii_isalnum (q[n]))
        n++;
      gboolean word_start = q == p || !g_ascii_isalnum (q[-1]);
      if (word_start && !first && g_ascii_isupper (*q) && !chosen_hold_word (c, q, n))
        return TRUE;
      first = FALSE;
      q += n;
    }
  return FALSE;
}

/* Whether the capitalised word text[ws, we) of sentence @k names someone the summary has not
 * introduced: shown before @k only after another capitalised word ("Dana Moore", "Mr Moore")
 * and never in small letters, it is a bare surname, and no chosen sentence holds it. */
static gboolean
unintroduced_surname (const Choice *c, guint k, gsize ws, gsize we)
{
  const gchar *t = c->text;
  gsize len = we - ws, from = c->spans[0].start, limit = c->spans[k].start;
  if (limit > from + NAME_WINDOW_BYTES)
    from = limit - NAME_WINDOW_BYTES;
  gboolean after_name = FALSE;
  for (gsize at = from; at + len <= limit; at++)
    {
      if (g_ascii_strncasecmp (t + at, t + ws, len) != 0 || (at > from && g_ascii_isalnum (t[at - 1]))
          || (at + len < limit && g_ascii_isalnum (t[at + len])))
        continue;
      if (!g_ascii_isupper (t[at]))
        return FALSE;
      gsize p = at;
      while (p > from && t[p - 1] == ' ')
        p--;
      gsize q = p;
      while (q > from && !g_ascii_isspace (t[q - 1]) && t[q - 1] != '(')
        q--;
      after_name = after_name || (p < at && q < p && precis_is_upper_at (t + q));
    }
  return after_name && !chosen_hold_word (c, t + ws, len);
}

/* Words that mark a photo's caption run into a sentence ("Jane Smith (pictured) said ...",
 * "Photo: ..."), matched where they stand in the sentence, case kept. */
static const gchar *const caption_marks[] = { "(pictured",
                                              "pictured)",
                                              "(Photo",
                                              "Photo:",
                                              "PHOTO",
                                              "Pic:",
                                              "(L-R)",
                                              "(R-L)",
                                              "(File",
                                              "File photo",
                                              "(Image",
                                              "Image:",
                                              "(Representational",
                                              NULL };

/* Whether the text @p of @len bytes holds a '|' label or a photo caption run in (caption_marks). */
static gboolean
holds_label_or_caption (const gchar *p, gsize len)
{
  if (memchr (p, '|', len) != NULL)
    return TRUE;
  for (const gchar *const *m = caption_marks; *m != NULL; m++)
    if (g_strstr_len (p, (gssize)len, *m) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether the text @p of @len bytes, a sentence, holds none of the debris the segmenter leaves in
 * a sentence: text glued on (precis_holds_glued_text()), a '|' label, a photo caption run in
 * (holds_label_or_caption()). */
static gboolean
free_of_debris (const gchar *p, gsize len)
{
  return !precis_holds_glued_text (p, len) && !holds_label_or_caption (p, len);
}

/* Whether the text @p of @len bytes, a sentence of the opening taken after one left out, holds
 * none of the debris that marks text glued on beyond doubt: a '|' label, a photo caption run in
 * (caption_marks), a word that opens in small letters and runs on to a capitalised one
 * ("tomorrowHere's", after three small letters or more: not "eBay" nor "iPhone"), or a stop
 * between a small letter and a capital ("said.The"). A word in capitals run on to another
 * ("PitchVision", "WhatsApp") is a name as often as debris, and stays (precis_holds_glued_text()
 * takes it for debris, which costs a departure by rank little but the opening's own sentence
 * much). */
static gboolean
opening_free_of_debris (const gchar *p, gsize len)
{
  if (holds_label_or_caption (p, len))
    return FALSE;
  gboolean small_word = FALSE;
  guint lower = 0;
  for (gsize k = 0; k < len; k++)
    {
      guchar ch = (guchar)p[k];
      gboolean word_start = k == 0 || !g_ascii_isalnum (p[k - 1]);
      if (g_ascii_islower (ch))
        {
          if (word_start)
            small_word = TRUE;
          lower++;
        }
      else if (g_ascii_isupper (ch))
        {
          if (word_start)
            small_word = FALSE;
          else if (small_word && lower >= 3 && k + 1 < len && g_ascii_islower (p[k + 1]))
            return FALSE;
          lower = 0;
        }
      else
        {
          if ((ch == '.' || ch == '!' || ch == '?') && lower > 0 && k + 1 < len && g_ascii_isupper (p[k + 1]))
            return FALSE;
          small_word = FALSE;
          lower = 0;
        }
    }
  return TRUE;
}

/* Whether sentence @i may be chosen out of the opening's order, by rank (a departure from the
 * opening, or the room it leaves): it opens on no word in small letters (a sentence the
 * segmenter cut from the one before, or one run on from a caption: "then ...", "as a ..."; not
 * "eBay", "iPhone") and holds no debris (free_of_debris(): text glued on, a '|' label, a photo
 * caption run in). Judged blind, such a departure lost to Lead-3 for "opens dangling" and "runs
 * into a photo caption" (bench/RESULTS.md, session 25). */
static gboolean
stands_apart (const Choice *c, guint i)
{
  const gchar *p = c->text + c->spans[i].start;
  gsize len = c->spans[i].end - c->spans[i].start;
  if (len > 0 && g_ascii_islower (p[0]))
    {
      gsize n = 0;
      while (n < len && g_ascii_isalpha (p[n]) && !g_ascii_isupper (p[n]))
        n++;
      if (n == len || !g_ascii_isalpha (p[n]))
        return FALSE;
    }
  return free_of_debris (p, len) && !ends_on_list_number (c, i);
}

/* Whether sentence @k stands alone in the place of a quotation that gave way: it holds no text
 * glued on (precis_holds_glued_text, a stop between a small letter and a digit, a digit, a stop and
 * '"' before a capital: a related story's label, a header, a next quotation run in), does not
 * speak in the first or second person (the quotation's own words run on), no photo
 * caption run in (caption_marks, a '|' label, two words in capitals of HEADER_LABEL_LETTERS letters
 * or more), no quotation mark of its own (a quotation's fragment, or one whose "he said" names a
 * speaker the summary lacks) but a glued one that opens the next paragraph, does not end open or on
 * an ellipsis (an anecdote it never finishes), holds no "he", "she", "him", "his" or "her" (whose
 * referent may be the speaker given way), no "the 79-year-old" and no bare surname of someone the
 * summary has not introduced (unintroduced_surname()). */
static gboolean
clean_replacement (const Choice *c, guint k)
{
  static const gchar *const pronouns[] = { "he", "she", "him", "his", "her", NULL };
  const gchar *t = c->text, *p = t + c->spans[k].start;
  gsize len = c->spans[k].end - c->spans[k].start;
  while (len > 0 && g_ascii_isspace (p[len - 1]))
    len--;
  if (k + 1 < c->n && glued_opening_mark (c, k + 1) && len > 0)
    len--;
  if (len < 2 || speaks_in_person (c, k) || !free_of_debris (p, len) || ends_open (p, p + len)
      || p[len - 1] == ':' || (len >= 3 && memcmp (p + len - 3, "...", 3) == 0))
    return FALSE;
  guint caps_words = 0, caps_letters = 0;
  gboolean prev_upper = FALSE;
  for (gsize q = 0; q < len;)
    {
      gchar ch = p[q];
      if (ch == '"' || (ch == '?' && (q == 0 || p[q - 1] == ' ' || p[q - 1] == ',' || p[q - 1] == '.'))
          || (q + 3 <= len
              && (memcmp (p + q, "\xE2\x80\x9C", 3) == 0 || memcmp (p + q, "\xE2\x80\x9D", 3) == 0)))
        return FALSE;
      if (q > 0 && q + 2 < len && (ch == '.' || ch == '!' || ch == '?')
          && ((g_ascii_islower (p[q - 1]) && g_ascii_isdigit (p[q + 1]))
              || (g_ascii_isdigit (p[q - 1]) && p[q + 1] == '"' && g_ascii_isupper (p[q + 2]))))
        return FALSE;
      if (!g_ascii_isalpha (ch))
        {
          prev_upper = prev_upper && ch == ' ';
          q++;
          continue;
        }
      gsize n = 0, upper = 0;
      while (q + n < len && (g_ascii_isalpha (p[q + n]) || p[q + n] == '-'))
        upper += g_ascii_isupper (p[q + n++]);
      gboolean capitals = n >= 2 && upper == n;
      caps_words = capitals ? caps_words + 1 : 0;
      caps_letters = capitals ? caps_letters + (guint)n : 0;
      if (caps_words >= 2 && caps_letters >= HEADER_LABEL_LETTERS)
        return FALSE;
      for (const gchar *const *w = pronouns; *w != NULL; w++)
        if (n > 0 && precis_ascii_lower (p[q]) == (*w)[0] && strlen (*w) == n
            && precis_ascii_same (p + q, *w, n)) /* "His lawyer" too */
          return FALSE;
      if (n == 8 && memcmp (p + q, "year-old", 8) == 0 && q >= 2 && p[q - 1] == '-'
          && g_ascii_isdigit (p[q - 2]))
        {
          gsize d = q - 1;
          while (d > 0 && g_ascii_isdigit (p[d - 1]))
            d--;
          if (d >= 4 && g_ascii_strncasecmp (p + d - 4, "the ", 4) == 0)
            return FALSE;
        }
      gboolean upper_word = g_ascii_isupper (ch);
      if (upper_word && !capitals && n >= 3 && !prev_upper
          && (q + n + 1 >= len || p[q + n] != ' ' || !g_ascii_isupper (p[q + n + 1]))
          && unintroduced_surname (c, k, c->spans[k].start + q, c->spans[k].start + q + n))
        return FALSE;
      prev_upper = upper_word && q + n < len && p[q + n] == ' ';
      q += n;
    }
  return TRUE;
}

/* Whether the part of the quotation from @i to @close that the summary would show, cut before its
 * close (the sentences that fit), is words of no one: always when it opens on its mark, but when
 * the mark was glued on to the sentence before (glued_opening_mark()) the summary shows none, and
 * a quotation in the third person reads as the story's own statement ("The roof has cracks in
 * three places."): then only when a sentence shown speaks in the first or second person ("We have
 * swum in this pool for fifty years."). */
static gboolean
shown_without_speaker (const Choice *c, guint i, guint close)
{
  if (!glued_opening_mark (c, i))
    return TRUE;
  gboolean person = FALSE;
  guint shown = i;
  for (guint k = i; k < close && fits_run (c, i, k); k++)
    if ((c->spans[k].flags & PRECIS_SPAN_FURNITURE) == 0)
      {
        person = person || speaks_in_person (c, k);
        shown = k;
      }
  if (!person)
    return FALSE;
  /* Nor does it give way to what would not stand alone in its place (clean_replacement()), the
   * usable sentences after its close that the opening would take, nor to none: the summary would
   * be filled by rank, with the quotation's own sentences as like as not. */
  guint slots = c->max_sentences > c->n_chosen ? c->max_sentences - c->n_chosen : 0, left = slots;
  for (guint k = close + 1; k < c->n && left > 0; k++)
    if (usable (c, k) && !redundant (c, k, PRECIS_NONE)
        && (c->antecedent[k] == PRECIS_NONE || c->chosen[c->antecedent[k]]))
      {
        if (!clean_replacement (c, k))
          return FALSE;
        left--;
      }
  if (left == slots)
    return FALSE;
  /* Nor when it holds a figure the summary lacks ("... 65 lanes at 13 plazas."): the story's own
   * number, in a speaker's words. */
  for (guint k = i; k <= shown; k++)
    if ((c->spans[k].flags & PRECIS_SPAN_FURNITURE) == 0 && brings_figure (c, k))
      return FALSE;
  if (c->title == NULL)
    return TRUE;
  /* A quotation that brings a title word the opening lacks is the news the title quotes ("Have
   * swum in this pool for fifty years: council leader" over "We have swum in this pool for fifty
   * years."): the lede names its speaker, and it stays. One word is enough: the first version
   * asked two and lost, judged blind, where the quotation held the title's claim. */
  guint gain = 0;
  for (guint t = 0; t < c->title->n_terms; t++)
    {
      gboolean held = chosen_hold_term (c, c->title->terms[t]), brought = FALSE;
      for (guint k = i; k <= shown && !held && !brought; k++)
        brought = (c->spans[k].flags & PRECIS_SPAN_FURNITURE) == 0
                  && precis_vectors_tf (c->vectors, k, c->title->terms[t]) > 0;
      gain += brought;
    }
  return gain == 0;
}

/* A quotation restates the chosen sentences when at least this share of its terms is theirs
 * (restated()); another sentence when at least RESTATED_STATEMENT_SHARE is, of at least
 * RESTATED_STATEMENT_MIN_TERMS terms (summ33: 0.6 moved TUNE summaries that lost a new fact told in
 * the lede's words, a new verb among them; at 0.7 with the guards of restated_statement_may_go() four
 * Inshorts TUNE summaries of 3,300 pool items move, none read as worse). */
#define RESTATED_QUOTATION_SHARE 0.5
#define RESTATED_STATEMENT_SHARE 0.7
#define RESTATED_STATEMENT_MIN_TERMS 4
/* A statement is checked for restating while the summary holds at most this many sentences: each
 * check reads every chosen sentence, and over a whole long text (--ratio 1, every sentence a
 * statement) that would be quadratic (test-hostile's test_whole_long_summary). */
#define RESTATED_STATEMENT_MAX_CHOSEN 16

/* Whether sentence @i, no quotation, may give way as a restatement beyond its share of terms: it
 * has at least RESTATED_STATEMENT_MIN_TERMS of @all terms, names no one the chosen sentences do
 * not (brings_name(): "Of the ten towns, Wendle is the dirtiest." after a lede on the list),
 * brings no title word they lack (the title's news told again in its words) and the sentence after
 * it does not point back to it ('"It is true that we disagree on the bridge." / "But we have never
 * stopped talking," he said.': the point comes in the next sentence, which would give way with it). */
static gboolean
restated_statement_may_go (const Choice *c, guint i, guint all)
{
  if (all < RESTATED_STATEMENT_MIN_TERMS || brings_name (c, i) || (i + 1 < c->n && c->antecedent[i + 1] == i))
    return FALSE;
  if (c->title == NULL)
    return TRUE;
  for (guint t = 0; t < c->title->n_terms; t++)
    if (precis_vectors_tf (c->vectors, i, c->title->terms[t]) > 0
        && !chosen_hold_term (c, c->title->terms[t]))
      return FALSE;
  return TRUE;
}

/* Whether @i only restates what the chosen sentences say: a sentence opening on a quotation mark
 * when at least RESTATED_QUOTATION_SHARE of its distinct terms are in them and it brings no
 * figure they lack ('Jane Smith has opened the new bridge over the river Wend.' / '"The bridge
 * over the Wend is open now," said Ms Smith.'): a reader learns only who said it again; another
 * sentence when at least RESTATED_STATEMENT_SHARE of its terms are theirs, spread over the chosen
 * sentences as often as not (no near-repeat of one: "The roof of the pool on the river bank had
 * cracks, the council said." after a lede on the pool's closing and a sentence on the cracks), and
 * restated_statement_may_go() lets it go. It gives
 * way only to a sentence that the opening would take after it: the first usable one, no repeat,
 * whose antecedent is chosen or none (a quotation's next sentence, whose antecedent it is, gives
 * way with it), and only when that one stands alone as every replacement must (clean_replacement():
 * no quotation of its own, no "he"/"she", no unintroduced surname, no debris). Judged blind,
 * replacements that held only no debris lost for a stray '?' quotation, an unintroduced surname
 * and a quotation opening on "But" (bench/RESULTS.md, session 25). */
static gboolean
restated (const Choice *c, guint i)
{
  gboolean quotation = quote_at (c->text + c->spans[i].start) && c->text[c->spans[i].start] != '(';
  if (!quotation && c->n_chosen > RESTATED_STATEMENT_MAX_CHOSEN)
    return FALSE;
  const PrecisVectors *v = c->vectors;
  guint all = v->row[i + 1] - v->row[i], held = 0;
  for (guint e = v->row[i]; e < v->row[i + 1]; e++)
    held += chosen_hold_term (c, v->entries[e].term);
  if (all == 0 || held < (quotation ? RESTATED_QUOTATION_SHARE : RESTATED_STATEMENT_SHARE) * all
      || (!quotation && !restated_statement_may_go (c, i, all)) || brings_figure (c, i))
    return FALSE;
  for (guint k = i + 1; k < c->n; k++)
    {
      guint a = antecedent_past_asides (c, k);
      if (!usable (c, k) || redundant (c, k, PRECIS_NONE) || (a != PRECIS_NONE && !c->chosen[a]))
        continue;
      return clean_replacement (c, k);
    }
  return FALSE;
}

/* The opening: the lede and the usable sentences after it, in order, each standing on its
 * own and repeating none before it. */
static void
choose_opening (Choice *c, guint lede)
{
  /* A lede that asks ("Why are energy bills going up again?") stays only with the sentence after
   * it when that answers it (precis_answers()): when the two do not fit, the opening starts at the
   * answer. A sentence that does not answer ("What happens when a village loses its last shop?" /
   * "In Upper Wendle, ..., residents are about to find out.") leaves the question first. */
  gsize end = c->spans[lede].end;
  while (end > c->spans[lede].start && g_ascii_isspace (c->text[end - 1]))
    end--;
  if (end > c->spans[lede].start
      && precis_is_question_mark (
          g_utf8_get_char (g_utf8_find_prev_char (c->text + c->spans[lede].start, c->text + end))))
    {
      guint answer = lede + 1;
      while (answer < c->n && (c->spans[answer].flags & PRECIS_SPAN_FURNITURE))
        answer++;
      if (answer < c->n && !fits (c, 2, c->n_words[lede] + c->n_words[answer])
          && precis_answers (c->text + c->spans[lede].start, end - c->spans[lede].start,
                             c->text + c->spans[answer].start, c->spans[answer].end - c->spans[answer].start))
        lede = answer;
    }
  /* A lede that points back to a short opening line before it (a quoted kicker: '"A long,
   * long time ago..." Those five words ...') brings it, as the opening does. */
  guint kicker = c->antecedent[lede];
  if (kicker != PRECIS_NONE && kicker < lede && (c->spans[kicker].flags & PRECIS_SPAN_FURNITURE) == 0
      && fits (c, 2, c->n_words[kicker] + c->n_words[lede]))
    take (c, kicker);
  /* Once a sentence of the opening is left out (furniture, a fragment, a repeat, ...), each
   * sentence taken after it stands where the opening's own would have been: a replacement, which
   * must hold no debris glued on beyond doubt either (opening_free_of_debris()). */
  gboolean departed = FALSE;
  for (guint j = 0; j < lede; j++)
    departed = departed || !c->chosen[j];
  for (guint i = lede; i < c->n && c->n_chosen < c->max_sentences; i++)
    {
      departed = departed || (i > lede && !c->chosen[i - 1]);
      if (i != lede && (!(usable (c, i) || continues_lede (c, i, lede)) || left_as_repeat (c, i)))
        continue;
      if (i != lede && departed
          && !opening_free_of_debris (c->text + c->spans[i].start, c->spans[i].end - c->spans[i].start))
        continue;
      if (i != lede && restated (c, i))
        {
          if (c->repeat != NULL)
            c->repeat[i] = TRUE;
          continue;
        }
      /* A quotation that runs on to a speaker named only in a later sentence gives way, with the
       * rest of it, when it does not fit whole: cut before its close it is words of no one
       * ('"We counted every vote twice.' without '..., the clerk said.'). */
      guint close = i != lede ? quotation_end (c, i) : PRECIS_NONE;
      if (close != PRECIS_NONE && !fits_run (c, i, close) && shown_without_speaker (c, i, close))
        {
          i = close;
          continue;
        }
      guint a = antecedent_past_asides (c, i);
      /* an answer brings its question, though that is short ("Q: Why the mammoth?") */
      if (i != lede && a != PRECIS_NONE && !c->chosen[a] && !(c->spans[a].flags & PRECIS_SPAN_FURNITURE)
          && opens_on_label (c->text, c->spans[a].start, c->spans[a].end, "Q:")
          && fits (c, 2, c->n_words[i] + c->n_words[a]))
        take (c, a);
      if (i != lede && a != PRECIS_NONE && !c->chosen[a])
        continue;
      if (!fits (c, 1, c->n_words[i]))
        break;
      take (c, i);
    }
}

void
precis_editor_title_terms (PrecisTokenizer *tokenizer, const gchar *title, gsize len, GArray *terms,
                           PrecisTitleTerms *out)
{
  /* A title that asks ("What makes a loaf prize-winning?") states no claim. */
  while (len > 0 && g_ascii_isspace (title[len - 1]))
    len--;
  if (len > 0 && precis_is_question_mark (g_utf8_get_char (g_utf8_find_prev_char (title, title + len))))
    len = 0;
  out->n_words = precis_tokenizer_find_terms (tokenizer, title, len, terms);
  out->terms = (const guint *)(gpointer)terms->data;
  out->n_terms = terms->len;
}

/* Whether sentence @i holds the title's term @k. */
static gboolean
holds_title_term (const Choice *c, const PrecisTitleTerms *title, guint i, guint k)
{
  return precis_vectors_tf (c->vectors, i, title->terms[k]) > 0;
}

/* Whether @i holds text run together where a page's labels or another sentence were glued on
 * (precis_holds_glued_text): such a sentence is not brought in for the title's sake (judged on
 * the TUNE half). */
static gboolean
holds_glued_text (const Choice *c, guint i)
{
  return precis_holds_glued_text (c->text + c->spans[i].start, c->spans[i].end - c->spans[i].start);
}

/* How many of the title's terms sentence @i holds. */
static guint
title_terms_held (const Choice *c, const PrecisTitleTerms *title, guint i)
{
  guint n = 0;
  for (guint k = 0; k < title->n_terms; k++)
    n += holds_title_term (c, title, i, k);
  return n;
}

/* Whether sentence @i shares a term with another sentence: an edge of the graph. A sentence that
 * shares none has the centrality of any isolated one, which says nothing of its place in the
 * story. */
static gboolean
linked (const PrecisVectors *v, guint i)
{
  for (guint e = v->row[i]; e < v->row[i + 1]; e++)
    if (v->post[v->entries[e].term + 1] - v->post[v->entries[e].term] > 1)
      return TRUE;
  return FALSE;
}

/* Whether the graph cannot tell the story's shape: the lede shares no term with any other
 * sentence, and neither do at least half of the text's clean sentences. A short story in a
 * language that joins or inflects its words ("Heizungsgesetz" then "Gesetz", "brasileira" then
 * "Brasil") or says one thing in other words is such a graph: its lede is as central as any
 * unlinked sentence, not less central than the story, and the opening rule holds as in an
 * English story whose words recur. Language-free: only the vectors' sentence frequencies. */
static gboolean
shape_unknown (const Choice *c, guint lede)
{
  if (linked (c->vectors, lede))
    return FALSE;
  guint n_clean = 0, n_unlinked = 0;
  for (guint i = 0; i < c->n; i++)
    if ((c->spans[i].flags & PRECIS_SPAN_FURNITURE) == 0)
      {
        n_clean++;
        n_unlinked += !linked (c->vectors, i);
      }
  return n_unlinked * UNLINKED_SHARE >= n_clean;
}

/* Whether the lede states the title's news: it holds at least half of the title's words (two
 * or more). Such a text is a news story whatever the lede's centrality: a short lede in words
 * the rest of the story does not repeat ("Teenagers will be able to become MPs under plans
 * unveiled by ministers." under "Teenagers to be allowed to be MPs") is still its news. */
static gboolean
states_title (const Choice *c, const PrecisTitleTerms *title, guint lede)
{
  if (title == NULL || title->n_words < 2 || title->n_terms == 0)
    return FALSE;
  return title_terms_held (c, title, lede) * TITLE_LEDE_SHARE >= title->n_words;
}

/* Whether @i, put in the place of the chosen @last, keeps its antecedent in the summary: it has
 * none, it is another chosen sentence (where a name it opens on was introduced), or it is @last
 * whose own antecedent is chosen: "She was sitting in front of the television ..." / "In a high
 * tone, she told Mail Today ..." after the lede that introduced the sister, where the pronoun's
 * chain runs on to that lede. */
static gboolean
antecedent_kept (const Choice *c, guint i, guint last)
{
  guint a = c->antecedent[i];
  if (a == PRECIS_NONE)
    return TRUE;
  if (a != last)
    return a < i && c->chosen[a];
  guint b = c->antecedent[last];
  return b != PRECIS_NONE && b < last && c->chosen[b];
}

/* The title's claim: when a stating title's words are mostly missing from the lede, the
 * opening's last sentence (never the lede) gives way to the first later sentence that brings
 * the most of the title's words the opening lacks, when it stands alone or keeps its antecedent
 * in the summary (antecedent_kept()). */
static void
bring_title_claim (Choice *c, const PrecisTitleTerms *title, guint lede)
{
  if (title == NULL || title->n_words < TITLE_MIN_WORDS || title->n_terms == 0 || c->n_chosen < 2)
    return;
  if (title_terms_held (c, title, lede) * TITLE_LEDE_SHARE > title->n_words)
    return;
  guint last = 0;
  for (guint j = 0; j < c->n_chosen; j++)
    last = MAX (last, c->list[j]);
  if (last == lede)
    return;
  /* The title's words the opening holds without its last sentence, and those the last holds. */
  g_autofree gboolean *covered = g_new0 (gboolean, 2 * title->n_terms);
  gboolean *in_last = covered + title->n_terms;
  for (guint j = 0; j < c->n_chosen; j++)
    if (c->list[j] != last)
      for (guint k = 0; k < title->n_terms; k++)
        covered[k] = covered[k] || holds_title_term (c, title, c->list[j], k);
  guint from_last = 0;
  for (guint k = 0; k < title->n_terms; k++)
    {
      in_last[k] = holds_title_term (c, title, last, k);
      from_last += !covered[k] && in_last[k];
    }
  /* A later sentence replaces the last one only when it brings at least TITLE_MIN_GAIN words
   * that the whole opening lacks, and more than the last one brought: never a sentence that
   * already told the claim for a side detail. Nor one that opens on a quotation mark or bracket
   * (a quotation alone does not state the news; nor does one whose mark was lost, "?We ...", that
   * runs on to a later sentence: quotation_end()). */
  guint best = PRECIS_NONE, best_beyond = TITLE_MIN_GAIN - 1;
  for (guint i = last + 1; i < c->n; i++)
    {
      if (!usable (c, i) || c->n_words[i] < TITLE_SENTENCE_MIN_WORDS || !antecedent_kept (c, i, last)
          || quote_at (c->text + c->spans[i].start)
          || (quotation_end (c, i) != PRECIS_NONE && !glued_opening_mark (c, i)))
        continue;
      guint gain = 0, beyond = 0;
      for (guint k = 0; k < title->n_terms; k++)
        if (!covered[k] && holds_title_term (c, title, i, k))
          {
            gain++;
            beyond += !in_last[k];
          }
      if (beyond > best_beyond && gain > from_last && !redundant (c, i, last) && !holds_glued_text (c, i))
        {
          best = i;
          best_beyond = beyond;
        }
    }
  if (best == PRECIS_NONE || c->words - c->n_words[last] + c->n_words[best] > c->max_words)
    return;
  for (guint j = 0; j < c->n_chosen; j++)
    if (c->list[j] == last)
      c->list[j] = best;
  c->chosen[last] = FALSE;
  c->chosen[best] = TRUE;
  precis_similar_add (c->similar, best);
  c->words += c->n_words[best] - c->n_words[last];
}

GArray *
precis_editor_select (const PrecisVectors *vectors, const gdouble *scores, const gdouble *centrality,
                      const gchar *text, const PrecisSpan *spans, const guint *n_words,
                      const guint *antecedent, guint lede, const PrecisTitleTerms *title,
                      const PrecisBudget *budget, gboolean *repeat)
{
  guint n = vectors->n_sentences;
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  if (n == 0)
    return out;
  /* The ranking, the flags and the list of the chosen in one block (the ranking first, for its
   * alignment); the flags zeroed. */
  g_autofree Ranked *ranked = g_malloc ((gsize)n * (sizeof (Ranked) + sizeof (gboolean) + sizeof (guint)));
  gboolean *chosen = (gboolean *)(gpointer)(ranked + n);
  guint *list = (guint *)(chosen + n);
  memset (chosen, 0, (gsize)n * sizeof (gboolean));
  /* Both repeat checks' cosines are at least PRECIS_REDUNDANT_COSINE (a floating comparison: not a
   * constant expression for G_STATIC_ASSERT under clang, which builds the fuzzers; folded away). */
  g_assert (PRECIS_DUPLICATE_COSINE >= PRECIS_REDUNDANT_COSINE);
  g_auto (PrecisSimilar) similar = { 0 };
  precis_similar_init (&similar, vectors, PRECIS_REDUNDANT_COSINE);
  Choice c = { vectors, scores, text, spans,     n_words,   antecedent, n,      chosen,
               list,    0,      0,    G_MAXUINT, G_MAXUINT, &similar,   repeat, title };

  guint n_ranked = 0, n_clean = 0;
  gdouble mean = 0;
  for (guint i = 0; i < n; i++)
    if ((spans[i].flags & PRECIS_SPAN_FURNITURE) == 0)
      {
        n_clean++;
        mean += centrality[i];
        if (n_words[i] >= MIN_WORDS)
          ranked[n_ranked++] = (Ranked){ i, scores[i] };
      }
  if (n_clean == 0)
    {
      /* Nothing but furniture: the plain choice, better than nothing. */
      g_array_unref (out);
      return precis_select (vectors, scores, text, spans, n_words, budget, PRECIS_DUPLICATE_COSINE, repeat);
    }
  mean /= n_clean;
  if (budget->kind == PRECIS_BUDGET_SENTENCES)
    c.max_sentences = MAX (budget->n, 1);
  else if (budget->kind == PRECIS_BUDGET_RATIO)
    c.max_sentences = MAX ((guint)ceil (budget->ratio * n_clean - 1e-9), 1);
  else
    c.max_words = budget->n;

  if (lede != PRECIS_NONE
      && (centrality[lede] >= NEWS_LEDE_CENTRALITY * mean || states_title (&c, title, lede)
          || shape_unknown (&c, lede)))
    {
      choose_opening (&c, lede);
      bring_title_claim (&c, title, lede);
    }
  /* Other prose, or room left after the opening: the best-scored sentences. */
  if (c.n_chosen < c.max_sentences)
    qsort (ranked, n_ranked, sizeof (Ranked), compare_ranked);
  for (guint r = 0; r < n_ranked && c.n_chosen < c.max_sentences; r++)
    {
      guint i = ranked[r].index;
      if (!chosen[i] && stands_apart (&c, i) && !introduces_quotation (&c, i) && !left_as_repeat (&c, i))
        take_with_antecedent (&c, i);
    }
  /* Room left and only fragments or repeats to fill it: the best of those that are not
   * near-duplicates, as the plain choice would take them (better than nothing). */
  if (c.n_chosen < c.max_sentences)
    {
      n_ranked = 0;
      for (guint i = 0; i < n; i++)
        if ((spans[i].flags & PRECIS_SPAN_FURNITURE) == 0 && !chosen[i] && !introduces_quotation (&c, i)
            && !(i > 0 && introduces_quotation (&c, i - 1) && !chosen[i - 1]))
          ranked[n_ranked++] = (Ranked){ i, scores[i] };
      qsort (ranked, n_ranked, sizeof (Ranked), compare_ranked);
      const PrecisDigitsOf digits = { text, spans };
      for (guint r = 0; r < n_ranked && c.n_chosen < c.max_sentences; r++)
        {
          guint i = ranked[r].index;
          gboolean duplicate = precis_similar_any (&similar, i, PRECIS_NONE, chosen, PRECIS_DUPLICATE_COSINE,
                                                   precis_same_digits_test, &digits);
          if (!duplicate && fits (&c, 1, n_words[i]))
            take (&c, i);
          else if (duplicate && repeat != NULL)
            repeat[i] = TRUE;
        }
    }
  for (guint i = 0; i < n; i++)
    if (chosen[i])
      {
        g_array_append_val (out, i);
        if (repeat != NULL)
          repeat[i] = FALSE; /* left out once, taken later */
      }
  return out;
}
