/* editor.c - choosing sentences as a news editor would: the opening of a story, sentences
 * that stand on their own, no page debris.
 *
 * Three jobs, each O(n) in the text (the choice is O(K N) for K chosen of N sentences):
 *
 *   debris       captions (a short paragraph ending in a photo credit), social-media and page
 *                debris (data/debris.txt) and captions glued to a sentence ("... a colleague
 *                The cost of ...") are flagged PRECIS_SPAN_FURNITURE, beside furniture.c's;
 *   antecedents  a sentence that opens on a pronoun or connective ("He", "But", '"...," she
 *                said') points back to the sentence before; one that opens on a bare surname
 *                ("Stofan said") or a title and a name ("Mr Fogg") to the sentence that
 *                introduced the name (its first mention after another capitalised word);
 *   choice       in a text shaped like a news story (its lede at least 0.4 times as central
 *                as the mean sentence) the summary is the clean opening: the lede (with a kicker
 *                line it points back to) and the sentences after it, skipping furniture,
 *                fragments, repeats and sentences whose antecedent was skipped. An opening
 *                sentence is not replaced for being less central: blind judging on the TUNE
 *                half preferred the opening's own continuation 7 times to 1 (docs/ranking.md).
 *                In other prose the best-scored sentences are taken. Either way a sentence
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

#include "base/data.h"
#include "base/text.h"
#include "pipeline/editor.h"

/* A lede has at least this many words: a dateline or a kicker ("Guilty across the board.") is
 * not one. */
#define LEDE_MIN_WORDS 6
/* Sentences shorter than this (words) are fragments: not chosen while others remain. */
#define MIN_WORDS 5
/* A caption paragraph has at most this many sentences, its credit included. */
#define CAPTION_MAX_SENTENCES 4
/* A name is looked for in the text this far (bytes) before the sentence that opens on it: an
 * introduction further back is not a reader's antecedent, and the search stays O(n). */
#define NAME_WINDOW_BYTES 16384
/* A header glued to a sentence has this many words in capitals, of this many letters in all
 * ("KILLINGS ALONG LOC On July 15"; "US GDP grew" is not one). */
#define HEADER_WORDS 3
#define HEADER_LETTERS 9
/* A photo credit ("PHOTO: REUTERS", "(Photo: Getty Images)") is the last this many bytes ... */
#define CREDIT_TAIL_BYTES 48
/* ... with at most this many words after its colon. */
#define CREDIT_MAX_WORDS 5
/* Two sentences this similar (tf-idf cosine) say the same thing for a reader: a restated lede
 * or a caption's repeat (tuned on the TUNE half of the news sets, docs/ranking.md). */
#define REDUNDANT_COSINE 0.5
/* A text is shaped like a news story when its lede's centrality is at least this share of
 * the mean sentence's (0.5 before the second TUNE judging: a news story whose lede is a
 * scene-setting line was then summarised as prose, which the judge liked less). */
#define NEWS_LEDE_CENTRALITY 0.4

/* ---- the data ---------------------------------------------------------------------------- */

/* Around a space where a caption may be glued on: a lower-case letter or a digit before, a
 * capital or an opening quote after. */
enum
{
  GLUE_BEFORE = 1,
  GLUE_AFTER = 2,
};

typedef struct
{
  gchar **anywhere; /* lower-case phrases */
  gsize *anywhere_len;
  guint8 glue[256];   /* GLUE_BEFORE, GLUE_AFTER: the bytes around a space where a caption may be glued */
  guint8 code[256];   /* a letter (either case), '(' or '@' as 1..28, any other byte as 0 ... */
  guint32 pairs[32];  /* ... and the codes of the phrases' first two bytes, pairs[first] bit second ... */
  guint8 heads[8192]; /* ... and a bit set of the hashes of their first four bytes: quick filters */
  GHashTable *credits;
} Debris;

static inline gchar
lower (gchar c)
{
  return c >= 'A' && c <= 'Z' ? (gchar)(c + ('a' - 'A')) : c;
}

/* A 16-bit hash of the first four bytes of @s (lower-cased; fewer when it is shorter). */
static inline guint
head_hash (const gchar *s, gsize len)
{
  guint h = 0;
  for (gsize i = 0; i < MIN (len, 4); i++)
    h = h * 131 + (guchar)lower (s[i]);
  return h & 0xFFFF;
}

static Debris *
debris_new (void)
{
  Debris *d = g_new0 (Debris, 1);
  GPtrArray *anywhere = g_ptr_array_new ();
  d->credits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) lines = precis_data_lines ("debris.txt");
  gboolean credits = FALSE;
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      gchar *line = g_strstrip (lines[i]);
      if (line[0] == '\0' || line[0] == '#')
        continue;
      if (line[0] == '[')
        credits = g_str_equal (line, "[credits]");
      else if (credits)
        g_hash_table_add (d->credits, g_ascii_strdown (line, -1));
      else
        g_ptr_array_add (anywhere, g_ascii_strdown (line, -1));
    }
  g_ptr_array_add (anywhere, NULL);
  d->anywhere = (gchar **)g_ptr_array_free (anywhere, FALSE);
  for (guint c = 'a'; c <= 'z'; c++)
    {
      d->code[c] = d->code[c - 'a' + 'A'] = (guint8)(c - 'a' + 1);
      d->glue[c] |= GLUE_BEFORE;
      d->glue[c - 'a' + 'A'] |= GLUE_AFTER;
    }
  for (guint c = '0'; c <= '9'; c++)
    d->glue[c] |= GLUE_BEFORE;
  d->glue['\''] |= GLUE_AFTER;
  d->glue[0xE2] |= GLUE_AFTER; /* the lead byte of a curly quote */
  d->code['('] = 27;
  d->code['@'] = 28;
  d->anywhere_len = g_new0 (gsize, g_strv_length (d->anywhere) + 1);
  for (guint k = 0; d->anywhere[k] != NULL; k++)
    {
      d->anywhere_len[k] = strlen (d->anywhere[k]);
      guint h = head_hash (d->anywhere[k], d->anywhere_len[k]);
      d->heads[h >> 3] |= (guint8)(1u << (h & 7));
      d->pairs[d->code[(guchar)d->anywhere[k][0]]] |= 1u << d->code[(guchar)d->anywhere[k][1]];
    }
  /* "(@" and "@" before a letter pass the pair filter too (phrase_at). */
  d->pairs[d->code['(']] |= 1u << d->code['@'];
  for (guint c = 'a'; c <= 'z'; c++)
    d->pairs[d->code['@']] |= 1u << d->code[c];
  return d;
}

static const Debris *
debris_get (void)
{
  static Debris *debris;
  if (g_once_init_enter (&debris))
    g_once_init_leave (&debris, debris_new ());
  return debris;
}

/* ---- words ------------------------------------------------------------------------------- */

/* Quotes and brackets that open (or close) around words. */
static gboolean
is_quote_or_bracket (gunichar c)
{
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == ')' || c == ']' || c == 0x2018 || c == 0x2019
         || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB;
}

static gboolean
is_upper_at (const gchar *s)
{
  return g_unichar_isupper (g_utf8_get_char (s));
}

static gboolean
is_lower_at (const gchar *s)
{
  return g_unichar_islower (g_utf8_get_char (s));
}

/* The word (letters, digits, inner apostrophes and hyphens) at or after @pos in [pos, end),
 * skipping opening quotes and brackets; FALSE when a space or the end comes first. */
static gboolean
word_at (const gchar *text, gsize pos, gsize end, gsize *ws, gsize *we)
{
  while (pos < end && !g_ascii_isalnum (text[pos]) && is_quote_or_bracket (g_utf8_get_char (text + pos)))
    pos = (gsize)(g_utf8_next_char (text + pos) - text);
  gsize e = pos;
  while (e < end)
    {
      if ((guchar)text[e] < 0x80 && g_ascii_isalnum (text[e]))
        {
          e++; /* the common case */
          continue;
        }
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

/* The start of the next space-separated token after @pos, or @end. */
static gsize
next_token (const gchar *text, gsize pos, gsize end)
{
  while (pos < end && !precis_is_ascii_space (text[pos]))
    pos++;
  while (pos < end && precis_is_ascii_space (text[pos]))
    pos++;
  return pos;
}

/* ---- debris ------------------------------------------------------------------------------ */

/* Whether a phrase of [anywhere] (four bytes or more), "(@" or "@handle" starts at @s (@len
 * bytes to the end of the sentence); phrases are compared only where both quick filters pass. */
static inline gboolean
phrase_at (const Debris *d, const gchar *s, gsize len)
{
  if (len < 2)
    return FALSE;
  guint a = d->code[(guchar)s[0]], b = d->code[(guchar)s[1]];
  if (a == 0 || b == 0 || (d->pairs[a] & (1u << b)) == 0)
    return FALSE;
  /* "(@handle)", "@handle": a social-media post */
  if (s[0] == '@' || (s[0] == '(' && s[1] == '@'))
    return TRUE;
  if (len < 4)
    return FALSE;
  guint h = head_hash (s, 4);
  if ((d->heads[h >> 3] & (1u << (h & 7))) == 0)
    return FALSE;
  gchar c = lower (s[0]);
  for (guint k = 0; d->anywhere[k] != NULL; k++)
    if (d->anywhere[k][0] == c && d->anywhere_len[k] <= len
        && g_ascii_strncasecmp (s, d->anywhere[k], d->anywhere_len[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the sentence is, or ends in, a photo credit: "PHOTO: REUTERS", "(Photo: AFP)". */
static gboolean
ends_in_credit (const Debris *d, const gchar *s, gsize len)
{
  gsize end = len;
  while (end > 0 && (precis_is_ascii_space (s[end - 1]) || s[end - 1] == ')' || s[end - 1] == '.'))
    end--;
  gsize lo = end > CREDIT_TAIL_BYTES ? end - CREDIT_TAIL_BYTES : 0;
  gsize colon = end;
  while (colon > lo && s[colon - 1] != ':')
    colon--;
  if (colon == lo || colon == end)
    return FALSE;
  /* After the colon: a few words of letters (an agency, a photographer, "ST FILE"). */
  guint n_words = 0;
  gboolean in_word = FALSE;
  for (gsize i = colon; i < end; i++)
    {
      guchar c = (guchar)s[i];
      if (c == '/' || c == '&' || c == '.' || c == '-' || c == '\'' || c >= 0x80 || g_ascii_isalpha (c))
        {
          n_words += !in_word;
          in_word = TRUE;
        }
      else if (c == ' ')
        in_word = FALSE;
      else
        return FALSE;
    }
  if (n_words == 0 || n_words > CREDIT_MAX_WORDS)
    return FALSE;
  /* Before it: a credit word. */
  gsize we = colon - 1, ws;
  while (we > 0 && s[we - 1] == ' ')
    we--;
  ws = we;
  while (ws > 0 && g_ascii_isalpha (s[ws - 1]))
    ws--;
  if (we - ws == 0 || we - ws > 16)
    return FALSE;
  gchar word[17];
  for (gsize i = ws; i < we; i++)
    word[i - ws] = g_ascii_tolower (s[i]);
  word[we - ws] = '\0';
  return g_hash_table_contains (d->credits, word);
}

/* A caption glued to a sentence at the space @p, with no full stop between: "... higher than a
 * colleague The cost of divorce ..." (a lower-case word that is not a stopword, then a
 * capitalised sentence starter and a lower-case word), or "... on Friday 'I'd be over the
 * moon ..." (a capitalised word, then a quotation that opens on a capital). */
static gboolean
glued_at (const gchar *text, gsize start, gsize end, gsize p, const PrecisSegmenter *seg,
          PrecisTokenizer *tokenizer)
{
  if (!(g_ascii_islower (text[p - 1]) || g_ascii_isdigit (text[p - 1])))
    return FALSE;
  guchar next = (guchar)text[p + 1];
  gboolean capital = next >= 'A' && next <= 'Z';
  gboolean quote = next == '\''
                   || (next == 0xE2 && p + 4 < end && (guchar)text[p + 2] == 0x80
                       && ((guchar)text[p + 3] == 0x98 || (guchar)text[p + 3] == 0x9C));
  if (!capital && !quote)
    return FALSE;
  /* The word before: bare (letters and digits, nothing glued to it). */
  gsize pws = p, ws = 0, we = 0;
  while (pws > start && !precis_is_ascii_space (text[pws - 1]))
    pws--;
  gboolean prev_upper = is_upper_at (text + pws);
  if ((capital && prev_upper && !quote) || (quote && !prev_upper) || !word_at (text, pws, p, &ws, &we)
      || ws != pws || we != p)
    return FALSE;
  gsize pos = p + 1, tok_end = pos;
  while (tok_end < end && !precis_is_ascii_space (text[tok_end]))
    tok_end++;
  if (capital && !prev_upper && tok_end - pos <= 12 && word_at (text, pos, tok_end, &ws, &we) && we == tok_end
      && we - ws >= 2 && precis_segmenter_is_starter (seg, text + ws, we - ws))
    {
      gsize after = next_token (text, pos, end), aws = 0, awe = 0;
      if (after < end && word_at (text, after, end, &aws, &awe) && is_lower_at (text + aws)
          && !precis_tokenizer_is_stopword (tokenizer, text + pws, (gssize)(p - pws)))
        return TRUE;
    }
  return quote && prev_upper && pos + 3 < tok_end && is_upper_at (g_utf8_next_char (text + pos));
}

/* Whether the sentence opens on a header in capitals glued to it ("KILLINGS ALONG LOC On July
 * 15, ..."): HEADER_WORDS words of capital letters only, HEADER_LETTERS letters or more. */
static gboolean
opens_on_header (const gchar *text, gsize start, gsize end)
{
  guint n_words = 0, n_letters = 0;
  gsize p = start;
  while (n_words < HEADER_WORDS && p < end)
    {
      gsize w = p;
      while (p < end && text[p] >= 'A' && text[p] <= 'Z')
        p++;
      if (p - w < 2 || (p < end && text[p] != ' ' && text[p] != ':'))
        return FALSE;
      n_words++;
      n_letters += (guint)(p - w);
      while (p < end && (text[p] == ' ' || text[p] == ':'))
        p++;
    }
  return n_words == HEADER_WORDS && n_letters >= HEADER_LETTERS;
}

/* Whether the sentence text[start, end) is debris: a header in capitals, a phrase of [anywhere]
 * at the start of a token, or a caption glued on. One pass from space to space. */
static gboolean
is_debris (const Debris *d, const gchar *text, gsize start, gsize end, const PrecisSegmenter *seg,
           PrecisTokenizer *tokenizer)
{
  if (opens_on_header (text, start, end))
    return TRUE;
  for (gsize p = start; p < end;)
    {
      const gchar *space = memchr (text + p, ' ', end - p);
      gsize q = space != NULL ? (gsize)(space - text) : end;
      /* Phrases have four bytes or more, but "(@" and "@handle". */
      if ((q - p >= 4 || text[p] == '(' || text[p] == '@') && phrase_at (d, text + p, end - p))
        return TRUE;
      if (space == NULL)
        break;
      if (q > start && q + 2 < end && (d->glue[(guchar)text[q - 1]] & GLUE_BEFORE)
          && (d->glue[(guchar)text[q + 1]] & GLUE_AFTER) && glued_at (text, start, end, q, seg, tokenizer))
        return TRUE;
      p = q + 1;
    }
  return FALSE;
}

void
precis_editor_mark_debris (const gchar *text, GArray *spans, const PrecisSegmenter *seg,
                           PrecisTokenizer *tokenizer)
{
  const Debris *d = debris_get ();
  guint n = spans->len;
  PrecisSpan *sp = (PrecisSpan *)(gpointer)spans->data;
  gboolean paragraphs = n > 0 && sp[n - 1].paragraph > sp[0].paragraph;
  for (guint i = 0; i < n; i++)
    {
      const gchar *s = text + sp[i].start;
      gsize len = sp[i].end - sp[i].start;
      if ((sp[i].flags & PRECIS_SPAN_FURNITURE) == 0
          && is_debris (d, text, sp[i].start, sp[i].end, seg, tokenizer))
        sp[i].flags |= PRECIS_SPAN_FURNITURE;
      /* The last sentence of a short paragraph, in a text of several: a caption when it ends in
       * a credit. */
      gboolean last = i + 1 == n || sp[i + 1].paragraph != sp[i].paragraph;
      if (!paragraphs || !last || !ends_in_credit (d, s, len))
        continue;
      guint first = i;
      while (first > 0 && sp[first - 1].paragraph == sp[i].paragraph)
        first--;
      if (i - first + 1 <= CAPTION_MAX_SENTENCES)
        for (guint k = first; k <= i; k++)
          sp[k].flags |= PRECIS_SPAN_FURNITURE;
    }
}

/* ---- antecedents ------------------------------------------------------------------------- */

/* A '"...," she said' sentence: a quotation that opens it, closed after a comma or a mark,
 * then a pronoun of the [openers] list. */
static gboolean
quote_then_pronoun (const gchar *text, gsize start, gsize end, const PrecisSegmenter *seg)
{
  if (!is_quote_or_bracket (g_utf8_get_char (text + start)) || text[start] == '(' || text[start] == '[')
    return FALSE;
  for (gsize i = start + 1; i + 1 < end; i++)
    {
      guchar b = (guchar)text[i];
      if (b != '"' && b != '\'' && b != 0xE2)
        continue; /* the common case: no quote here */
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
      return word_at (text, after + 1, end, &ws, &we) && precis_segmenter_is_opener (seg, text + ws, we - ws);
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
      if (!word_at (text, pws, at - 1, &ws, &we) || we != at - 1 || !is_upper_at (text + ws))
        continue;
      guint k = sentence_at (spans, n, at);
      if (k != PRECIS_NONE && (spans[k].flags & PRECIS_SPAN_FURNITURE) == 0)
        return k;
    }
  return PRECIS_NONE;
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
      if (prev != PRECIS_NONE && word_at (text, start, end, &ws, &we))
        {
          if (ws == start && precis_segmenter_is_opener (seg, text + ws, we - ws))
            out[i] = prev;
          else if (ws > start && quote_then_pronoun (text, start, end, seg))
            out[i] = prev;
          else if (ws == start && is_upper_at (text + ws))
            {
              /* "Mr Fogg", or a bare capitalised word before a lower-case one ("Stofan said"):
               * the sentence that introduced the name, if one before did. */
              gsize nws = 0, nwe = 0;
              gsize after = next_token (text, start, end);
              gboolean next = after < end && word_at (text, after, end, &nws, &nwe);
              gboolean titled
                  = next && is_upper_at (text + nws) && precis_segmenter_is_title (seg, text + ws, we - ws);
              gboolean bare = next && !titled && is_lower_at (text + nws)
                              && !precis_segmenter_is_starter (seg, text + ws, we - ws);
              if (titled)
                out[i] = introduced_at (text, spans, n, nws, nwe - nws, start);
              else if (bare)
                out[i] = introduced_at (text, spans, n, ws, we - ws, start);
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
} Choice;

static gboolean
usable (const Choice *c, guint i)
{
  return (c->spans[i].flags & PRECIS_SPAN_FURNITURE) == 0 && c->n_words[i] >= MIN_WORDS;
}

/* Whether @i repeats a chosen sentence (other than @except). */
static gboolean
redundant (const Choice *c, guint i, guint except)
{
  for (guint j = 0; j < c->n_chosen; j++)
    {
      guint k = c->list[j];
      if (k != except && k != i && precis_vectors_cosine (c->vectors, i, k) >= REDUNDANT_COSINE)
        return TRUE;
    }
  return FALSE;
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
  c->words += c->n_words[i];
}

/* Adds @i when it fits, bringing its antecedent when that is missing (and itself stands
 * alone); FALSE when it gives way. */
static gboolean
take_with_antecedent (Choice *c, guint i)
{
  guint a = c->antecedent[i];
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

/* The opening: the lede and the usable sentences after it, in order, each standing on its
 * own and repeating none before it. */
static void
choose_opening (Choice *c, guint lede)
{
  /* A lede that points back to a short opening line before it (a quoted kicker: '"A long,
   * long time ago..." Those five words ...') brings it, as the opening does. */
  guint kicker = c->antecedent[lede];
  if (kicker != PRECIS_NONE && kicker < lede && (c->spans[kicker].flags & PRECIS_SPAN_FURNITURE) == 0
      && fits (c, 2, c->n_words[kicker] + c->n_words[lede]))
    take (c, kicker);
  for (guint i = lede; i < c->n && c->n_chosen < c->max_sentences; i++)
    {
      if (i != lede && (!usable (c, i) || redundant (c, i, PRECIS_NONE)))
        continue;
      guint a = c->antecedent[i];
      if (i != lede && a != PRECIS_NONE && !c->chosen[a])
        continue;
      if (!fits (c, 1, c->n_words[i]))
        break;
      take (c, i);
    }
}

GArray *
precis_editor_select (const PrecisVectors *vectors, const gdouble *scores, const gdouble *centrality,
                      const PrecisSpan *spans, const guint *n_words, const guint *antecedent, guint lede,
                      const PrecisBudget *budget)
{
  guint n = vectors->n_sentences;
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  if (n == 0)
    return out;
  g_autofree gboolean *chosen = g_new0 (gboolean, n);
  g_autofree guint *list = g_new (guint, n);
  Choice c = { vectors, scores, spans, n_words, antecedent, n, chosen, list, 0, 0, G_MAXUINT, G_MAXUINT };

  g_autofree Ranked *ranked = g_new (Ranked, n);
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
      return precis_select (vectors, scores, spans, n_words, budget, PRECIS_DUPLICATE_COSINE);
    }
  mean /= n_clean;
  if (budget->kind == PRECIS_BUDGET_SENTENCES)
    c.max_sentences = MAX (budget->n, 1);
  else if (budget->kind == PRECIS_BUDGET_RATIO)
    c.max_sentences = MAX ((guint)ceil (budget->ratio * n_clean - 1e-9), 1);
  else
    c.max_words = budget->n;

  if (lede != PRECIS_NONE && centrality[lede] >= NEWS_LEDE_CENTRALITY * mean)
    {
      choose_opening (&c, lede);
    }
  /* Other prose, or room left after the opening: the best-scored sentences. */
  if (c.n_chosen < c.max_sentences)
    qsort (ranked, n_ranked, sizeof (Ranked), compare_ranked);
  for (guint r = 0; r < n_ranked && c.n_chosen < c.max_sentences; r++)
    {
      guint i = ranked[r].index;
      if (!chosen[i] && !redundant (&c, i, PRECIS_NONE))
        take_with_antecedent (&c, i);
    }
  /* Room left and only fragments or repeats to fill it: the best of those that are not
   * near-duplicates, as the plain choice would take them (better than nothing). */
  if (c.n_chosen < c.max_sentences)
    {
      n_ranked = 0;
      for (guint i = 0; i < n; i++)
        if ((spans[i].flags & PRECIS_SPAN_FURNITURE) == 0 && !chosen[i])
          ranked[n_ranked++] = (Ranked){ i, scores[i] };
      qsort (ranked, n_ranked, sizeof (Ranked), compare_ranked);
      for (guint r = 0; r < n_ranked && c.n_chosen < c.max_sentences; r++)
        {
          guint i = ranked[r].index;
          gboolean duplicate = FALSE;
          for (guint j = 0; j < c.n_chosen && !duplicate; j++)
            duplicate = precis_vectors_cosine (vectors, i, list[j]) >= PRECIS_DUPLICATE_COSINE;
          if (!duplicate && fits (&c, 1, n_words[i]))
            take (&c, i);
        }
    }
  for (guint i = 0; i < n; i++)
    if (chosen[i])
      g_array_append_val (out, i);
  return out;
}
