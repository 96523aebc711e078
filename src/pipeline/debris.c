/* debris.c - page debris that furniture.c leaves, flagged as furniture: captions (a short
 * paragraph that ends in a photo credit: "PHOTO: REUTERS", "Name/Agency", "(Reuters)"),
 * social-media and page debris (the phrases of data/debris.txt) and captions or section headers
 * glued to a sentence ("... a colleague The cost of ..."); debris run into a sentence after its
 * full stop ("... the board said.WATCH: ...") is split off as a sentence of its own, flagged,
 * and so is a caption run into the sentence below it. A few passes over each sentence (the
 * splits, then the debris test), O(n) in the text. Every ranker sees the flags; the editor's
 * choice (editor.c) and the reader checks count on them.
 */
#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/data.h"
#include "base/lexicon.h"
#include "base/text.h"
#include "pipeline/debris.h"

/* A caption paragraph has at most this many sentences, its credit included. */
#define CAPTION_MAX_SENTENCES 4
/* A credit that stands as a paragraph of its own takes as its caption the paragraph before it
 * when that has at most this many sentences and words. */
#define STANDALONE_CAPTION_SENTENCES 2
#define STANDALONE_CAPTION_WORDS 30
/* A header glued to a sentence has this many words in capitals, of this many letters in all
 * ("KILLINGS ALONG LOC On July 15"; "US GDP grew" is not one). */
#define HEADER_WORDS 3
#define HEADER_LETTERS 9
/* A text is written in capitals when fewer than one of this many of its ASCII letters is in
 * lower case ... */
#define CAPITALS_LOWER_SHARE 20
/* ... and it has at least this many capitals (a line or two of wire copy). */
#define CAPITALS_MIN_LETTERS 40
/* A photo credit ("PHOTO: REUTERS", "(Photo: Getty Images)") is the last this many bytes ... */
#define CREDIT_TAIL_BYTES 48
/* ... with at most this many words after its colon. */
#define CREDIT_MAX_WORDS 5
/* A credit word of [credits] has at most this many letters ("photographer" has 12). */
#define CREDIT_WORD_MAX_BYTES 16
/* A credit glued to its caption ("...weather.CreditKirsten Luce for The New York Times") starts
 * in the last this many bytes ... */
#define CREDIT_GLUED_BYTES 64
/* ... and a credit with no colon has at most this many words ("Ashraf Shazly/Agence
 * France-Presse - Getty Images": six). */
#define CREDIT_NAME_WORDS 8
/* A sentence with debris glued after its full stop is split there when it has at least this
 * many words before it; a shorter one is flagged whole. */
#define GLUED_MIN_WORDS 4
/* A nickname in quotation marks inside a name ("Brian 'Head' Welch") has at most this many
 * bytes. */
#define NICKNAME_MAX_BYTES 24
/* A label and a link's title run into a sentence ("Read: X ...") have at least this many bytes. */
#define LINK_TITLE_MIN_BYTES 8
/* A link's label in a row of them ("[link] [comments]") has at most this many bytes. */
#define LABEL_ROW_BYTES 24
/* A link's title in brackets run into a sentence's start has at most this many bytes. */
#define LINK_TITLE_BYTES 240

/* A flag of this file's own on a span, set and cleared inside precis_debris_mark: split_glued()
 * found no header in capitals opening the span as it stands (header_end() of its start and end
 * is 0), so is_debris() need not look for one again. A span split off another never has it. */
#define SPAN_NO_HEADER (1u << 31)
/* Another, set by capitals_mark() and cleared with SPAN_NO_HEADER: the span's paragraph is written
 * in capitals. A span split off another keeps it (it is of the same paragraph). */
#define SPAN_CAPITALS (1u << 30)

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
  gchar **anywhere; /* lower-case phrases, in the order of their first bytes ... */
  gsize *anywhere_len;
  /* ... those opening on byte c: anywhere[anywhere_from[c], anywhere_from[c + 1]) */
  guint anywhere_from[257];
  guint8 glue[256];   /* GLUE_BEFORE, GLUE_AFTER: the bytes around a space where a caption may be glued */
  guint8 code[256];   /* a letter (either case), '(' or '@' as 1..28, any other byte as 0 ... */
  guint32 pairs[32];  /* ... and the codes of the phrases' first two bytes, pairs[first] bit second ... */
  guint8 heads[8192]; /* ... and a bit set of the hashes of their first four bytes: quick filters */
  guint32 label_pairs[32];  /* ... and of the labels' (of two bytes or more) */
  guint32 triples[32 * 32]; /* the phrases' third byte by their first two: triples[first * 32 + second] bit
                               third */
  GHashTable *credits;
  gchar **agencies; /* lower-case */
  gsize *agencies_len;
  gchar **labels; /* lower-case, in the order of their first bytes */
  gsize *labels_len;
  guint labels_from[257]; /* as anywhere_from */
  gchar **markers;        /* lower-case: [markers] */
  gsize *markers_len;
  gchar **infobox; /* [infobox], lower-case, the colon included */
  gsize *infobox_len;
  /* The two filters above by a token's first two bytes as they stand (pair_index): PAIR_PHRASE
   * when pairs[] passes them, PAIR_LABEL when label_pairs[] does; one load at each token. */
  guint8 *pair_kinds;
} Debris;

enum
{
  PAIR_PHRASE = 1,
  PAIR_LABEL = 2,
};

/* The index of the two bytes at @s in Debris.pair_kinds. */
static inline guint
pair_index (const gchar *s)
{
  return (guint)(guchar)s[0] | (guint)(guchar)s[1] << 8;
}

/* A 16-bit hash of the first four bytes of @s (lower-cased; fewer when it is shorter). */
static inline guint
head_hash (const gchar *s, gsize len)
{
  guint h = 0;
  for (gsize i = 0; i < MIN (len, 4); i++)
    h = h * 131 + (guchar)precis_ascii_lower (s[i]);
  return h & 0xFFFF;
}

/* For g_ptr_array_sort(): strings by their first byte. */
static gint
by_first_byte (gconstpointer a, gconstpointer b)
{
  guchar x = (guchar)(*(const gchar *const *)a)[0], y = (guchar)(*(const gchar *const *)b)[0];
  return (x > y) - (x < y);
}

/* For words in the order of their first bytes (NULL-terminated): from[c] the first of those
 * that open on byte c, from[c + 1] one past the last. */
static void
first_byte_ranges (gchar **words, guint *from)
{
  for (guint c = 0, k = 0; c <= 256; c++)
    {
      from[c] = k;
      while (c < 256 && words[k] != NULL && (guchar)words[k][0] == c)
        k++;
    }
}

/* The words of @list (freed) as a NULL-terminated array, and their byte lengths in *lens (one
 * more, 0 at the end). */
static gchar **
words_and_lengths (GPtrArray *list, gsize **lens)
{
  g_ptr_array_add (list, NULL);
  gchar **words = (gchar **)g_ptr_array_free (list, FALSE);
  *lens = g_new0 (gsize, g_strv_length (words) + 1);
  for (guint k = 0; words[k] != NULL; k++)
    (*lens)[k] = strlen (words[k]);
  return words;
}

static Debris *
debris_new (void)
{
  Debris *d = g_new0 (Debris, 1);
  GPtrArray *anywhere = g_ptr_array_new (), *agencies = g_ptr_array_new (), *labels = g_ptr_array_new ();
  GPtrArray *markers = g_ptr_array_new (), *infobox = g_ptr_array_new ();
  d->credits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) lines = precis_data_lines ("debris.txt");
  GPtrArray *section = anywhere;
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      gchar *line = g_strstrip (lines[i]);
      if (line[0] == '\0' || line[0] == '#')
        continue;
      if (line[0] == '[')
        section = g_str_equal (line, "[credits]")    ? NULL
                  : g_str_equal (line, "[agencies]") ? agencies
                  : g_str_equal (line, "[labels]")   ? labels
                  : g_str_equal (line, "[markers]")  ? markers
                  : g_str_equal (line, "[infobox]")  ? infobox
                                                     : anywhere;
      else if (section == NULL)
        g_hash_table_add (d->credits, g_ascii_strdown (line, -1));
      else
        g_ptr_array_add (section, g_ascii_strdown (line, -1));
    }
  g_ptr_array_sort (anywhere, by_first_byte);
  g_ptr_array_sort (labels, by_first_byte);
  d->anywhere = words_and_lengths (anywhere, &d->anywhere_len);
  first_byte_ranges (d->anywhere, d->anywhere_from);
  d->agencies = words_and_lengths (agencies, &d->agencies_len);
  d->labels = words_and_lengths (labels, &d->labels_len);
  first_byte_ranges (d->labels, d->labels_from);
  d->markers = words_and_lengths (markers, &d->markers_len);
  d->infobox = words_and_lengths (infobox, &d->infobox_len);
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
  for (guint k = 0; d->anywhere[k] != NULL; k++)
    {
      guint h = head_hash (d->anywhere[k], d->anywhere_len[k]);
      d->heads[h >> 3] |= (guint8)(1u << (h & 7));
      /* A phrase that opens on another byte is never found (as before the filter). */
      guint a = d->code[(guchar)d->anywhere[k][0]], b = d->code[(guchar)d->anywhere[k][1]];
      if (a != 0 && b != 0)
        {
          d->pairs[a] |= 1u << b;
          d->triples[a * 32 + b]
              |= d->anywhere_len[k] >= 3 ? 1u << d->code[(guchar)d->anywhere[k][2]] : G_MAXUINT32;
        }
    }
  /* Code 0 stands for every other byte: a label may open on one ("#TAGS:"). */
  for (guint k = 0; d->labels[k] != NULL; k++)
    if (d->labels_len[k] >= 2)
      d->label_pairs[d->code[(guchar)d->labels[k][0]]] |= 1u << d->code[(guchar)d->labels[k][1]];
  /* "(@" and "@" before a letter pass the pair filter too (phrase_at). */
  d->pairs[d->code['(']] |= 1u << d->code['@'];
  d->triples[d->code['('] * 32 + d->code['@']] = G_MAXUINT32;
  for (guint c = 'a'; c <= 'z'; c++)
    {
      d->pairs[d->code['@']] |= 1u << d->code[c];
      d->triples[d->code['@'] * 32 + d->code[c]] = G_MAXUINT32;
    }
  d->pair_kinds = g_malloc (256 * 256);
  for (guint a = 0; a < 256; a++)
    for (guint b = 0; b < 256; b++)
      {
        const gchar two[2] = { (gchar)a, (gchar)b };
        guint32 bit = 1u << d->code[b];
        d->pair_kinds[pair_index (two)]
            = (guint8)(((d->pairs[d->code[a]] & bit) != 0 ? PAIR_PHRASE : 0)
                       | ((d->label_pairs[d->code[a]] & bit) != 0 ? PAIR_LABEL : 0));
      }
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

/* ---- the debris ------------------------------------------------------------------------------ */

/* Whether the pair of bytes at @s (@len bytes to the end of the sentence) is in @pairs (codes
 * of a list's first two bytes, either case): a quick filter, inlined at each word. */
static inline gboolean
pair_at (const Debris *d, const guint32 *pairs, const gchar *s, gsize len)
{
  if (len < 2)
    return FALSE;
  return (pairs[d->code[(guchar)s[0]]] & (1u << d->code[(guchar)s[1]])) != 0;
}

/* phrase_at() past its pair and third-byte filters. */
static G_NO_INLINE gboolean
phrase_after_triple (const Debris *d, const gchar *s, gsize len)
{
  /* "(@handle)", "@handle": a social-media post */
  if (s[0] == '@' || (s[0] == '(' && s[1] == '@'))
    return TRUE;
  if (len < 4)
    return FALSE;
  guint h = head_hash (s, 4);
  if ((d->heads[h >> 3] & (1u << (h & 7))) == 0)
    return FALSE;
  guchar c = (guchar)precis_ascii_lower (s[0]);
  for (guint k = d->anywhere_from[c]; k < d->anywhere_from[c + 1]; k++)
    if (d->anywhere_len[k] <= len
        && precis_ascii_lower (s[d->anywhere_len[k] - 1]) == d->anywhere[k][d->anywhere_len[k] - 1]
        && precis_ascii_same (s, d->anywhere[k], d->anywhere_len[k]))
      return TRUE;
  return FALSE;
}

/* phrase_at() past its pair filter (@len is 2 or more): the third byte's filter, inlined, turns
 * away most words the pair let through ("that" and "there" where "this photo taken" passed it). */
static G_ALWAYS_INLINE inline gboolean
phrase_after_pair (const Debris *d, const gchar *s, gsize len)
{
  return ((d->triples[d->code[(guchar)s[0]] * 32 + d->code[(guchar)s[1]]]
           >> (len >= 3 ? d->code[(guchar)s[2]] : 0))
          & 1)
             != 0
         && phrase_after_triple (d, s, len);
}

/* Whether a phrase of [anywhere] (four bytes or more), "(@" or "@handle" starts at @s (@len
 * bytes to the end of the sentence); phrases are compared only where the quick filters pass
 * (the first two inlined: the pair turns away nearly every word, the third byte most of the
 * rest). */
static inline gboolean
phrase_at (const Debris *d, const gchar *s, gsize len)
{
  return pair_at (d, d->pairs, s, len) && phrase_after_pair (d, s, len);
}

/* label_at() past its pair filter. */
static G_NO_INLINE gboolean
label_after_pair (const Debris *d, const gchar *s, gsize len)
{
  gchar c = precis_ascii_lower (s[0]);
  for (guint k = d->labels_from[(guchar)c]; k < d->labels_from[(guchar)c + 1]; k++)
    if (d->labels_len[k] <= len && precis_ascii_same (s, d->labels[k], d->labels_len[k]))
      return TRUE;
  return FALSE;
}

/* Whether a label of [labels] ("WATCH:", "ALSO READ:") starts at @s (@len bytes left). */
static inline gboolean
label_at (const Debris *d, const gchar *s, gsize len)
{
  return pair_at (d, d->label_pairs, s, len) && label_after_pair (d, s, len);
}

/* Where a run of [markers] written in capitals that opens text[start, end) ends, the spaces after
 * it included ("WATCH LIVE Ram Nath ...": at "Ram"; "BREAKING: #..." after the colon), 0 when none
 * opens it; *@colon: a colon ended the run. */
static gsize
marker_run (const Debris *d, const gchar *text, gsize start, gsize end, gboolean *colon)
{
  gsize p = start, run = 0;
  *colon = FALSE;
  for (;;)
    {
      gsize w = p;
      while (p < end && text[p] >= 'A' && text[p] <= 'Z')
        p++;
      if (p == w || (p < end && text[p] != ' ' && text[p] != ':'))
        return run;
      gboolean found = FALSE;
      for (guint k = 0; d->markers[k] != NULL && !found; k++)
        found = d->markers_len[k] == p - w && g_ascii_strncasecmp (text + w, d->markers[k], p - w) == 0;
      if (!found)
        return run;
      if (p < end && text[p] == ':')
        {
          *colon = TRUE;
          p++;
        }
      while (p < end && text[p] == ' ')
        p++;
      run = p;
      if (*colon || p == end)
        return run;
    }
}

/* Whether the @wl bytes at @w may be a word of a credit: a capitalised name ("Tessier/Reuters",
 * "(AP"), a slash or a dash, or "for", "via", "para" ("Name for The New York Times"). */
static gboolean
credit_word (const gchar *w, gsize wl)
{
  static const gchar *const joiners[] = { "/",
                                          "-",
                                          "\xe2\x80\x93",
                                          "\xe2\x80\x94",
                                          "for",
                                          "via",
                                          "v\xc3\xad"
                                          "a",
                                          "para" };
  for (guint k = 0; k < G_N_ELEMENTS (joiners); k++)
    if (wl == strlen (joiners[k]) && memcmp (w, joiners[k], wl) == 0)
      return TRUE;
  if (wl > 1 && w[0] == '(')
    w++;
  return wl > 0 && precis_is_upper_at (w);
}

/* The next word of @s[*@p, @end), its bytes up to a space: *@p is moved past the spaces before
 * it, to its start; its end is returned (*@p itself when no word is left). */
static inline gsize
next_word (const gchar *s, gsize *p, gsize end)
{
  while (*p < end && s[*p] == ' ')
    (*p)++;
  gsize q = *p;
  while (q < end && s[q] != ' ')
    q++;
  return q;
}

/* Whether every word of @s[from, to) may be a credit's, and there are at most CREDIT_NAME_WORDS. */
static gboolean
all_credit_words (const gchar *s, gsize from, gsize to)
{
  guint words = 0;
  for (gsize p = from; p < to;)
    {
      gsize q = next_word (s, &p, to);
      if (q > p && (++words > CREDIT_NAME_WORDS || !credit_word (s + p, q - p)))
        return FALSE;
      p = q;
    }
  return words > 0;
}

/* "Credit" glued to a name at the end of @s[0, end), with nothing but the credit after it:
 * "...weather.CreditKirsten Luce for The New York Times", "CreditKevin Frayer/Getty Images" (a
 * page's caption and credit read as one run of text). "CreditWatch with negative implications"
 * and "called CreditStart" are not. */
static gboolean
ends_in_glued_credit (const gchar *s, gsize end)
{
  gsize lo = end > CREDIT_GLUED_BYTES ? end - CREDIT_GLUED_BYTES : 0;
  for (const gchar *c = s + lo;
       end - (gsize)(c - s) >= 7 && (c = memchr (c, 'C', end - (gsize)(c - s) - 6)) != NULL; c++)
    {
      gsize i = (gsize)(c - s);
      if (strncmp (c, "Credit", 6) == 0 && g_ascii_isupper (c[6])
          && (i == 0 || g_ascii_isalpha (s[i - 1]) || s[i - 1] == '.'))
        return all_credit_words (s, i + 6, end);
    }
  return FALSE;
}

/* Whether @w[0, wl) holds a full stop glued to a capital: "Thursday.Anthony". */
static gboolean
glued_sentence_end (const gchar *w, gsize wl)
{
  for (gsize i = 1; i + 1 < wl; i++)
    if (w[i] == '.' && g_ascii_isupper (w[i + 1]))
      return TRUE;
  return FALSE;
}

/* A credit with no colon at the end of @s[0, end): capitalised names joined by a slash to an
 * agency of [agencies], the credit being the whole sentence or glued to its end ("Benoit
 * Tessier/Reuters", "Ashraf Shazly/Agence France-Presse - Getty Images", "...on
 * Thursday.Anthony Wallace / AFP - Getty Images"), or the agency alone in brackets as a sentence
 * ("(Reuters)"). An agency of three letters or fewer is matched in capitals only. "...carried out
 * by Ipsos/Reuters." and "...the Environmental Protection Agency (EPA)." are not credits. */
static gboolean
ends_in_agency (const Debris *d, const gchar *s, gsize len, gsize end)
{
  for (guint k = 0; d->agencies[k] != NULL; k++)
    {
      gsize n = d->agencies_len[k];
      if (n > end || precis_ascii_lower (s[end - 1]) != d->agencies[k][n - 1]
          || g_ascii_strncasecmp (s + end - n, d->agencies[k], n) != 0)
        continue;
      gsize start = end - n;
      if (start > 0 && g_ascii_isalnum (s[start - 1]))
        continue;
      gboolean capitals = TRUE;
      for (gsize i = start; i < end && n <= 3; i++)
        capitals &= g_ascii_isupper (s[i]);
      if (!capitals)
        continue;
      if (start == 1 && s[0] == '(' && end < len && s[end] == ')')
        return TRUE;
      /* Back to where the credit starts: the sentence's start, or a full stop glued on. */
      gsize p = start;
      while (p > 0)
        {
          gsize we = p;
          while (we > 0 && s[we - 1] == ' ')
            we--;
          gsize ws = we;
          while (ws > 0 && s[ws - 1] != ' ')
            ws--;
          if (ws == we)
            break;
          if (glued_sentence_end (s + ws, we - ws))
            {
              while (s[ws] != '.')
                ws++;
              p = ws + 1;
              break;
            }
          if (!credit_word (s + ws, we - ws))
            return FALSE;
          p = ws;
        }
      return memchr (s + p, '/', end - p) != NULL && all_credit_words (s, p, end);
    }
  return FALSE;
}

/* Whether the @n bytes at @s (letters) are a credit word of [credits], in any case. */
static gboolean
is_credit_word (const Debris *d, const gchar *s, gsize n)
{
  gchar word[CREDIT_WORD_MAX_BYTES + 1];
  if (n == 0 || n > CREDIT_WORD_MAX_BYTES)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    word[i] = precis_ascii_lower (s[i]);
  word[n] = '\0';
  return g_hash_table_contains (d->credits, word);
}

/* Whether the sentence opens on a credit word of [credits] ("Photo by ...", "Image: ..."). */
static gboolean
opens_on_credit_word (const Debris *d, const gchar *s, gsize len)
{
  gsize i = 0;
  while (i < len && (s[i] == '(' || s[i] == '['))
    i++;
  gsize n = 0;
  while (i + n < len && n < CREDIT_WORD_MAX_BYTES && g_ascii_isalpha (s[i + n]))
    n++;
  return (i + n == len || !g_ascii_isalpha (s[i + n])) && is_credit_word (d, s + i, n);
}

/* Whether a credit's line says which of a picture's parts it is: "Image caption: Waves ..." holds
 * its own caption, and "Image copyright Getty Images" stands above the picture as the BBC's
 * pages print it, its caption after it; neither makes the paragraph before it a caption (that
 * paragraph is as often the story's lede). */
static gboolean
names_its_part (const gchar *s, gsize len)
{
  gsize i = 0;
  while (i < len && (s[i] == '(' || s[i] == '['))
    i++;
  for (guint w = 0; w < 2 && i < len; w++)
    {
      gsize n = 0;
      while (i + n < len && g_ascii_isalpha (s[i + n]))
        n++;
      if ((n == 7 && g_ascii_strncasecmp (s + i, "caption", 7) == 0)
          || (n == 9 && g_ascii_strncasecmp (s + i, "copyright", 9) == 0))
        return TRUE;
      i += n;
      while (i < len && (precis_is_ascii_space (s[i]) || s[i] == ':'))
        i++;
    }
  return FALSE;
}

/* Whether @s[0, end) ends on a credit in round brackets with no colon: a credit word of [credits]
 * first or last, the other words (at least one, at most CREDIT_MAX_WORDS in all) capitalised
 * names or "by", "di", "de", "da", "von", "par", "por" before one: "(Foto LaPresse)", "(Photo
 * AFP)", "(AP Photo)", "(Foto di Mario Rossi)". "(photo booth)" and "(Photo Booth app)" are not. */
static gboolean
ends_in_bracketed_credit (const Debris *d, const gchar *s, gsize end)
{
  if (end == 0 || s[end - 1] != ')')
    return FALSE;
  end--;
  gsize open = end;
  while (open > 0 && end - open <= CREDIT_TAIL_BYTES && s[open - 1] != '(' && s[open - 1] != ')')
    open--;
  if (open == 0 || s[open - 1] != '(' || end - open > CREDIT_TAIL_BYTES)
    return FALSE;
  static const gchar *const by[] = { "by", "di", "de", "da", "von", "par", "por" };
  guint n_words = 0;
  gboolean first_credit = FALSE, last_credit = FALSE, names = TRUE, after_by = FALSE;
  for (gsize p = open; p < end;)
    {
      gsize q = next_word (s, &p, end);
      if (q == p)
        break;
      gboolean credit = is_credit_word (d, s + p, q - p);
      gboolean joiner = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (by); k++)
        joiner |= q - p == strlen (by[k]) && memcmp (s + p, by[k], q - p) == 0;
      n_words++;
      first_credit |= n_words == 1 && credit;
      last_credit = credit;
      /* (every other word a name: capitalised, or a joiner before one) */
      if (!credit && !joiner && !precis_is_upper_at (s + p))
        names = FALSE;
      after_by = joiner;
      p = q;
    }
  return names && !after_by && n_words >= 2 && n_words <= CREDIT_MAX_WORDS && (first_credit || last_credit);
}

/* Whether the sentence is, or ends in, a photo credit: "PHOTO: REUTERS", "(Photo: AFP)", or one
 * of the three above. */
static gboolean
ends_in_credit (const Debris *d, const gchar *s, gsize len)
{
  gsize end = len;
  while (end > 0 && (precis_is_ascii_space (s[end - 1]) || s[end - 1] == '.'))
    end--;
  if (ends_in_bracketed_credit (d, s, end))
    return TRUE;
  while (end > 0 && (precis_is_ascii_space (s[end - 1]) || s[end - 1] == ')' || s[end - 1] == '.'))
    end--;
  if (ends_in_glued_credit (s, end) || ends_in_agency (d, s, len, end))
    return TRUE;
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
  return is_credit_word (d, s + ws, we - ws);
}

/* Whether "A" between the words @prev and @next opens a sentence ("... his pension pot A
 * respected bank manager ...") rather than naming a grade, a group or a list ("grade A
 * student", "category A prisoner", "an A certificate", "section 354 A of"): the word before is
 * no number and names no such scale, the word after is a word of three letters or more that is
 * no grade's noun. */
static gboolean
letter_a_opens (const gchar *prev, gsize prev_len, const gchar *next, gsize next_len)
{
  static const gchar *const scales[]
      = { "category", "class", "grade", "group", "images", "plan", "section", "type", "vitamin", NULL };
  static const gchar *const grades[]
      = { "certificate", "grade", "grades", "level", "levels", "list", "side", "team", "teams", NULL };
  if (next_len < 3 || g_ascii_isdigit (prev[0]) || g_ascii_isdigit (next[0]))
    return FALSE;
  for (guint k = 0; scales[k] != NULL; k++)
    if (strlen (scales[k]) == prev_len && g_ascii_strncasecmp (prev, scales[k], prev_len) == 0)
      return FALSE;
  for (guint k = 0; grades[k] != NULL; k++)
    if (strlen (grades[k]) == next_len && g_ascii_strncasecmp (next, grades[k], next_len) == 0)
      return FALSE;
  return TRUE;
}

/* Whether the word w[0, len) is a determiner or a pronoun that opens a sentence ("The", "An",
 * "His", "They", "In"), in English. */
static gboolean
strong_opener (const gchar *w, gsize len)
{
  /* By length first, each word compared whole (constant lengths: no call): this runs at every
   * capital after a lower-case word. */
  switch (len)
    {
    case 1:
      return w[0] == 'A';
    case 2:
      return memcmp (w, "An", 2) == 0 || memcmp (w, "He", 2) == 0 || memcmp (w, "In", 2) == 0;
    case 3:
      return memcmp (w, "Her", 3) == 0 || memcmp (w, "His", 3) == 0 || memcmp (w, "Its", 3) == 0
             || memcmp (w, "She", 3) == 0 || memcmp (w, "The", 3) == 0;
    case 4:
      return memcmp (w, "They", 4) == 0 || memcmp (w, "This", 4) == 0;
    case 5:
      return memcmp (w, "Their", 5) == 0 || memcmp (w, "There", 5) == 0;
    default:
      return FALSE;
    }
}

/* Whether the word w[0, len) of two letters or more is written in capitals alone: an acronym
 * ("IT", "AND"), never the pronoun or connective a sentence opens on ("It", "And"), though the
 * starters are matched in any case. */
static gboolean
is_acronym (const gchar *w, gsize len)
{
  if (len < 2)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    if (w[k] < 'A' || w[k] > 'Z')
      return FALSE;
  return TRUE;
}

/* Whether the quotation opening at @pos is a nickname inside a name ("Brian 'Head' Welch",
 * "Dwayne 'The Rock' Johnson") or a quoted name or title ("inducted into the club's 'Hall of
 * Fame' in presence of ..."), not a sentence run on without its full stop: it closes within
 * NICKNAME_MAX_BYTES, before a space, a punctuation mark or the end. */
static gboolean
is_quoted_name (const gchar *text, gsize pos, gsize end)
{
  gsize open_len = (guchar)text[pos] == 0xE2 ? 3 : 1;
  gsize limit = MIN (end, pos + open_len + NICKNAME_MAX_BYTES);
  for (gsize k = pos + open_len; k < limit; k++)
    {
      gsize close_len = text[k] == '\'' ? 1
                        : ((guchar)text[k] == 0xE2 && k + 2 < end && (guchar)text[k + 1] == 0x80
                           && ((guchar)text[k + 2] == 0x99 || (guchar)text[k + 2] == 0x9D))
                            ? 3
                            : 0;
      if (close_len == 0)
        continue;
      /* An apostrophe inside a word ("I'd") closes nothing. */
      if (close_len == 1 && k + 1 < end && g_ascii_isalpha (text[k + 1]))
        continue;
      gsize after = k + close_len;
      return after >= end || text[after] == ' ' || g_ascii_ispunct (text[after]);
    }
  return FALSE;
}

/* The first ASCII white space in text[pos, end), or @end: eight bytes a step. */
static inline gsize
space_after (const gchar *text, gsize pos, gsize end)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  for (; pos + 8 <= end; pos += 8)
    {
      guint64 w;
      memcpy (&w, text + pos, 8);
      guint64 space = precis_ascii_space_bytes (w);
      if (space != 0)
        return pos + ((gsize)__builtin_ctzll (space) >> 3);
    }
#endif
  while (pos < end && !precis_is_ascii_space (text[pos]))
    pos++;
  return pos;
}

/* Where the token that ends at @pos starts: after the last ASCII white space in text[start,
 * pos), or @start. Eight bytes a step. */
static inline gsize
token_start_before (const gchar *text, gsize start, gsize pos)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  for (; pos >= start + 8; pos -= 8)
    {
      guint64 w;
      memcpy (&w, text + pos - 8, 8);
      guint64 space = precis_ascii_space_bytes (w);
      if (space != 0)
        return pos - 8 + ((gsize)(63 - __builtin_clzll (space)) >> 3) + 1;
    }
#endif
  while (pos > start && !precis_is_ascii_space (text[pos - 1]))
    pos--;
  return pos;
}

/* Whether the word at @pos (precis_word_at) is the whole token text[pos, tok_end), and where;
 * a token of ASCII letters and digits is, without the call. */
static inline gboolean
word_is_token (const gchar *text, gsize pos, gsize tok_end, gsize *ws, gsize *we)
{
  gsize k = pos;
  while (k < tok_end && g_ascii_isalnum (text[k]))
    k++;
  if (k == tok_end && k > pos)
    {
      *ws = pos;
      *we = tok_end;
      return TRUE;
    }
  return precis_word_at (text, pos, tok_end, ws, we) && *we == tok_end;
}

/* What is glued at a space: nothing, debris that takes the whole sentence with it, a caption
 * before a sentence, or a caption before a sentence only at the text's opening (elsewhere a
 * missing full stop: "... shocked the fraternity A larger than life character, he ..."). */
typedef enum
{
  GLUED_NONE,
  GLUED_WHOLE,
  GLUED_CAPTION,
  GLUED_OPENING_CAPTION,
} Glued;

/* A caption glued to a sentence at the space @p, with no full stop between: "... higher than a
 * colleague The cost of divorce ..." (a lower-case word that is not a stopword, then a
 * capitalised sentence starter and a lower-case word), "... out of his pension pot A respected
 * bank manager ..." and "... with Margaret Thatcher The document ..." (a determiner or a
 * pronoun after "A" or a name: weaker evidence, GLUED_OPENING_CAPTION), or "... on Friday 'I'd
 * be over the moon ..." (a capitalised word, then a quotation that opens on a capital). Only a
 * determiner or a pronoun surely opens a sentence ("... the board And they ...", "... one day
 * One day ..." may be cut anywhere): after another starter the whole is debris. */
static Glued
glued_at (const gchar *text, gsize start, gsize end, gsize p, const PrecisSegmenter *seg,
          PrecisTokenizer *tokenizer)
{
  if (!(g_ascii_islower (text[p - 1]) || g_ascii_isdigit (text[p - 1])))
    return GLUED_NONE;
  guchar next = (guchar)text[p + 1];
  gboolean capital = next >= 'A' && next <= 'Z';
  gboolean quote = next == '\''
                   || (next == 0xE2 && p + 4 < end && (guchar)text[p + 2] == 0x80
                       && ((guchar)text[p + 3] == 0x98 || (guchar)text[p + 3] == 0x9C));
  if (!capital && !quote)
    return GLUED_NONE;
  gsize pos = p + 1, tok_end = space_after (text, pos, end);
  if (capital && tok_end - pos > 12)
    return GLUED_NONE;
  gsize pws = token_start_before (text, start, p), ws = 0, we = 0;
  /* For ASCII, g_unichar_isupper() is a capital A to Z. */
  gboolean prev_upper
      = (guchar)text[pws] < 0x80 ? text[pws] >= 'A' && text[pws] <= 'Z' : precis_is_upper_at (text + pws);
  /* The cheap tests first: most capitals after a space start names. After a capitalised word
   * only a determiner or a pronoun opens the sentence (below); else the word must be a
   * sentence starter of the language. */
  gboolean letter_a = tok_end == pos + 1 && text[pos] == 'A';
  if (quote ? !prev_upper
            : (prev_upper && !strong_opener (text + pos, tok_end - pos))
                  || !word_is_token (text, pos, tok_end, &ws, &we) || !(we - ws >= 2 || letter_a)
                  || !precis_segmenter_is_starter (seg, text + ws, we - ws))
    return GLUED_NONE;
  /* "a new IT system", "a major IT outage": information technology, not "It". */
  if (!quote && is_acronym (text + ws, we - ws))
    return GLUED_NONE;
  /* The word before: bare (letters and digits, nothing glued to it). */
  gsize pwe = 0;
  if (!precis_word_at (text, pws, p, &pws, &pwe) || pwe != p
      || (pws > start && !precis_is_ascii_space (text[pws - 1])))
    return GLUED_NONE;
  if (quote)
    return pos + 3 < tok_end && precis_is_upper_at (g_utf8_next_char (text + pos))
                   && !is_quoted_name (text, pos, end)
               ? GLUED_WHOLE
               : GLUED_NONE;
  /* After a capitalised word only a determiner or a pronoun opens the sentence: a name runs on
   * into other starters ("Formula One", "India Today", "the Carry On films"). After one the
   * sentence may open on a number ("... her face An 86-year-old nun ..."). */
  gboolean strong = strong_opener (text + ws, we - ws);
  if (prev_upper && !strong)
    return GLUED_NONE;
  gsize after = precis_next_token (text, pos, end), aws = 0, awe = 0;
  if (after >= end || !precis_word_at (text, after, end, &aws, &awe)
      || !(precis_is_lower_at (text + aws) || (strong && g_ascii_isdigit (text[aws])))
      || precis_tokenizer_is_stopword (tokenizer, text + pws, (gssize)(p - pws))
      || (letter_a && !letter_a_opens (text + pws, p - pws, text + aws, awe - aws)))
    return GLUED_NONE;
  return !strong ? GLUED_WHOLE : letter_a || prev_upper ? GLUED_OPENING_CAPTION : GLUED_CAPTION;
}

/* Whether text[start, end) holds an ASCII letter in lower case. */
static gboolean
holds_lower (const gchar *text, gsize start, gsize end)
{
  for (gsize p = start; p < end; p++)
    if (g_ascii_islower (text[p]))
      return TRUE;
  return FALSE;
}

/* Whether @s (@len bytes) opens on a word of another script than ASCII's with a capital and a
 * letter in lower case after it ("Проект обойдётся ...", "Élodie ..."). */
static gboolean
opens_on_capital (const gchar *s, gsize len)
{
  if (len < 2 || (guchar)s[0] < 0x80)
    return FALSE;
  gunichar first = g_utf8_get_char_validated (s, (gssize)len);
  if (first == (gunichar)-1 || first == (gunichar)-2 || !g_unichar_isupper (first))
    return FALSE;
  gsize k = (gsize)g_unichar_to_utf8 (first, NULL);
  if (k >= len)
    return FALSE;
  gunichar next = g_utf8_get_char_validated (s + k, (gssize)(len - k));
  return next != (gunichar)-1 && next != (gunichar)-2 && g_unichar_islower (next);
}

/* Where the sentence proper starts after a header in capitals that opens text[start, end)
 * ("KILLINGS ALONG LOC On July 15, ..."), 0 when it opens on none: HEADER_WORDS words of
 * capital letters only (a hyphen may join them: "TIP-OFF"), HEADER_LETTERS letters or more,
 * then any more such words; or two such words or more whose last runs into the sentence's
 * first ("TIP-OFF RECEIVEDSecurity forces ...": the sentence starts at the capital that ends
 * the run). A header in quotes ends after its closing quotation mark. The result is @end when
 * nothing but capitals follows (a shouted line), or when what follows opens no sentence. */
static gsize
header_end (const gchar *text, gsize start, gsize end)
{
  guint n_words = 0, n_letters = 0;
  gsize p = start;
  gchar quote = 0;
  if (p < end && (text[p] == '\'' || text[p] == '"'))
    {
      /* A header in quotes is glued to the sentence after it ("'NAXALS HAD INFORMED THE
       * LOCALS'Senior officials ..."); a quotation in capitals followed by a space is speech
       * ('"STOP THE WAR NOW," read the banners'). */
      const gchar *close = memchr (text + p + 1, text[p], end - p - 1);
      if (close == NULL || close + 1 >= text + end || close[1] < 'A' || close[1] > 'Z')
        return 0;
      for (const gchar *c = text + p + 1; c < close; c++)
        if (g_ascii_islower (*c))
          return 0;
      quote = text[p];
      p++;
      end = (gsize)(close - text) + 1;
    }
  for (;;)
    {
      gsize w = p;
      while (p < end && ((text[p] >= 'A' && text[p] <= 'Z') || (text[p] == '-' && p > w)))
        p++;
      /* A year inside a header, after two words and before a colon ("ASSEMBLY ELECTIONS 2017: FULL
       * COVERAGE"): a word, though no letters. */
      gsize digits = 0;
      if (p == w && n_words >= 2)
        {
          while (p < end && g_ascii_isdigit (text[p]))
            p++;
          digits = p - w;
          if (digits == 0 || p >= end || text[p] != ':')
            p = w, digits = 0;
        }
      /* "OFFICIALS' PAY"; the quotation mark that closes a header in quotes ends its last word. */
      if (p < end && (text[p] == '\'' || (quote != 0 && text[p] == quote && p + 1 == end)) && p - w >= 2)
        p++;
      /* A header run into the sentence's first word, whose capital ends the run ("WHAT
       * HAPPENEDThe plane ..."): two words are enough, the glue being evidence too. A run that
       * ends on an apostrophe or a hyphen ("DIRECTOR's VIEW", "BOARD-led") has no capital to
       * start a sentence at: the whole is taken for the header. */
      if (p < end && g_ascii_islower (text[p]) && p - w >= 4 && text[p - 2] != '-' && n_words >= 1)
        {
          if (n_letters + (guint)(p - 1 - w) < HEADER_LETTERS)
            return 0;
          return g_ascii_isupper (text[p - 1]) ? p - 1 : end;
        }
      /* A word of two capitals or more; "A" inside a header ("INTERPOL A MAJOR ASSET"). */
      gboolean word = (p - w >= 2 || (p - w == 1 && text[w] == 'A' && n_words > 0))
                      && (p == end || text[p] == ' ' || text[p] == ':');
      /* After the header, the sentence opens on a word in lower case after its capital or on a
       * number in a sentence with words in lower case ("... LOC On July 15", "... BORDER 15
       * people were ..."); anything else ("TOP TAKES FROM TRUMP'S ...", "... AN ESTIMATED 240
       * MILLION EUROS.", a line shouted whole) leaves the whole a header. */
      if (n_words >= HEADER_WORDS && !word)
        {
          if (n_letters < HEADER_LETTERS)
            return 0; /* "THE US FBI said" */
          return w + 1 < end
                         && ((g_ascii_isupper (text[w]) && g_ascii_islower (text[w + 1]))
                             || (g_ascii_isdigit (text[w]) && holds_lower (text, w, end))
                             || opens_on_capital (text + w, end - w))
                     ? w
                     : end;
        }
      if (!word)
        return 0;
      n_words++;
      n_letters += (guint)(p - w - digits);
      while (p < end && (text[p] == ' ' || text[p] == ':'))
        p++;
      if (p == end)
        return n_words >= HEADER_WORDS && n_letters >= HEADER_LETTERS ? end : 0;
    }
}

static gboolean
opens_on_header (const gchar *text, gsize start, gsize end)
{
  return header_end (text, start, end) != 0;
}

/* Whether debris is glued on at @k, after the stop at text[@dot] with no space (perhaps a quotation
 * mark closing between them), in a sentence that starts at @start: the stop follows a letter, a
 * digit or a closing quotation mark or bracket, and a phrase of [anywhere], a label, a header or a
 * marker in capitals, a hashtag (a post's text) or the opening of a JSON object follows. */
static gboolean
debris_glued_at (const Debris *d, const gchar *text, gsize start, gsize dot, gsize k, gsize end,
                 gboolean capitals)
{
  if (dot <= start || k + 1 >= end)
    return FALSE;
  gchar before = text[dot - 1], after = text[k];
  if (!((after >= 'A' && after <= 'Z') || after == '{' || after == '#')
      || !(g_ascii_isalnum (before) || before == '"' || before == '\'' || before == ')'))
    return FALSE; /* the common case: a space or the end after the stop */
  /* The word before the stop is a word, not part of an address ("www.Facebook.com/..."). */
  gsize w = dot;
  while (w > start && !precis_is_ascii_space (text[w - 1]) && text[w - 1] != '.' && text[w - 1] != '/'
         && text[w - 1] != ':' && text[w - 1] != '@')
    w--;
  if ((w > start && !precis_is_ascii_space (text[w - 1]))
      || (dot - w == 3 && g_ascii_strncasecmp (text + w, "www", 3) == 0))
    return FALSE;
  gboolean colon;
  return (after == '{' && text[k + 1] == '"') || (after == '#' && g_ascii_isalpha (text[k + 1]))
         || (after >= 'A' && after <= 'Z'
             && (phrase_at (d, text + k, end - k) || label_at (d, text + k, end - k)
                 || (!capitals
                     && (opens_on_header (text, k, end) || marker_run (d, text, k, end, &colon) != 0))));
}

/* Where debris is glued to a sentence after its stop @mark ('.' or '!'), with no space ("...
 * the northern district.WATCH: Mayor explains ...", "... last year.READ FULL INTERVIEW HERE
 * ...", "... on Friday.{"@context":...}", '... power."ALSO READ | ...', "... reported
 * Fortune.#Disney good job ..."): debris_glued_at() the byte after the stop (and after a quotation
 * mark closing after it); 0 when there is none. Scraped pages run their links into the sentences
 * so. */
static gsize
glued_after_mark (const Debris *d, const gchar *text, gsize start, gsize end, gchar mark, gboolean capitals)
{
  for (const gchar *dot = memchr (text + start + 1, mark, end - start - 1);
       dot != NULL && dot + 2 < text + end; dot = memchr (dot + 1, mark, (gsize)(text + end - dot - 1)))
    {
      gsize k = (gsize)(dot - text) + 1;
      /* A quotation may close between the stop and the debris ('... power."ALSO READ | ...'), its
       * mark perhaps lost to a question mark ("... the game.?READ?|?..."). */
      while (k + 1 < end && (text[k] == '"' || text[k] == '\'' || text[k] == '?'))
        k++;
      if (debris_glued_at (d, text, start, (gsize)(dot - text), k, end, capitals))
        return k;
    }
  return 0;
}

/* Whether span @i opens with debris that the segmenter split off the sentence before at a stop
 * with no space after it ("... the police said." / "WATCH Mayor's first speech: ..."): as if it
 * were glued on (glued_after_mark()). */
static gboolean
split_off_debris (const Debris *d, const gchar *text, const GArray *spans, guint i, gboolean capitals)
{
  if (i == 0)
    return FALSE;
  const PrecisSpan *prev = &g_array_index (spans, PrecisSpan, i - 1);
  const PrecisSpan *sp = &g_array_index (spans, PrecisSpan, i);
  if (prev->end != sp->start || prev->paragraph != sp->paragraph || sp->start < prev->start + 2)
    return FALSE;
  gsize dot = sp->start - 1;
  while (dot > prev->start && (text[dot] == '"' || text[dot] == '\'' || text[dot] == '?'))
    dot--;
  return (text[dot] == '.' || text[dot] == '!')
         && debris_glued_at (d, text, prev->start, dot, sp->start, sp->end, capitals);
}

/* Whether the byte after a stop may open debris glued on (debris_glued_at(): a capital, "{" or
 * "#"), or be a quotation mark (or the '?' a lost one leaves) that glued_after_mark() steps over
 * first. */
static inline gboolean
may_open_glued (gchar c)
{
  return (c >= 'A' && c <= 'Z') || c == '{' || c == '#' || c == '"' || c == '\'' || c == '?';
}

/* Whether text[start, end) holds a stop that glued_after_mark() would ask debris_glued_at()
 * about: a '.' or '!' in [start + 1, end - 2) with may_open_glued() after it. Most sentences
 * hold none (their stops end them, or a space follows one), and both marks' searches, a
 * memchr() call or more each, are left out; sixteen bytes a step with SSE2, both marks at once. */
static gboolean
may_hold_glued_stop (const gchar *text, gsize start, gsize end)
{
  if (end - start < 4)
    return FALSE;
  gsize p = start + 1, last = end - 2; /* a stop at p < last */
#ifdef __SSE2__
  for (; p + 16 <= last; p += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + p));
      guint bits = (guint)_mm_movemask_epi8 (
          _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('.')), _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('!'))));
      for (; bits != 0; bits &= bits - 1)
        if (may_open_glued (text[p + (gsize)__builtin_ctz (bits) + 1]))
          return TRUE;
    }
#endif
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  /* Then eight bytes a step (a byte above a stop may be taken for one: a filter may let
   * through more than it must, never less). */
  for (; p + 8 <= last; p += 8)
    {
      guint64 w;
      memcpy (&w, text + p, 8);
      for (guint64 hit = precis_bytes_equal (w, '.') | precis_bytes_equal (w, '!'); hit != 0; hit &= hit - 1)
        if (may_open_glued (text[p + ((gsize)__builtin_ctzll (hit) >> 3) + 1]))
          return TRUE;
    }
#endif
  for (; p < last; p++)
    if ((text[p] == '.' || text[p] == '!') && may_open_glued (text[p + 1]))
      return TRUE;
  return FALSE;
}

/* The first place where debris is glued on after a full stop or an exclamation mark
 * (@capitals: the text is written in capitals there, see capitals_mark()). */
static gsize
glued_after_stop (const Debris *d, const gchar *text, gsize start, gsize end, gboolean capitals)
{
  if (end - start < 3 || !may_hold_glued_stop (text, start, end))
    return 0;
  gsize dot = glued_after_mark (d, text, start, end, '.', capitals);
  gsize bang = glued_after_mark (d, text, start, dot != 0 ? dot : end, '!', capitals);
  return bang != 0 ? bang : dot;
}

/* Counts the character at text[p] (before @end) into *@upper (an ASCII capital) or *@lower (a
 * lower-case letter of any script); returns the position after it. */
static inline gsize
count_char (const gchar *text, gsize p, gsize end, gsize *upper, gsize *lower)
{
  guchar c = (guchar)text[p];
  if (c < 0x80)
    {
      *upper += c >= 'A' && c <= 'Z';
      *lower += c >= 'a' && c <= 'z';
      return p + 1;
    }
  gunichar ch = g_utf8_get_char_validated (text + p, (gssize)(end - p));
  if (ch == (gunichar)-1 || ch == (gunichar)-2)
    return p + 1;
  *lower += g_unichar_islower (ch);
  return p + (gsize)g_unichar_to_utf8 (ch, NULL);
}

/* Counts the capitals (ASCII) and the lower-case letters (any script's: "NASA и ESA" is no text
 * in capitals) of text[p, end), stopping once more lower-case letters are seen than @bound. */
static void
count_case (const gchar *text, gsize p, gsize end, gsize bound, gsize *upper, gsize *lower)
{
#ifdef __SSE2__
  /* Sixteen ASCII bytes a step, the capitals and the small letters counted; a step holding a
   * byte past ASCII is read character by character. */
  while (p + 16 <= end && *lower <= bound)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + p));
      if (_mm_movemask_epi8 (v) != 0)
        {
          for (gsize stop = p + 16; p < stop;)
            p = count_char (text, p, end, upper, lower);
          continue;
        }
      /* Both counts in one sum of the bytes: a capital weighs 1, a small letter 32 (sixteen
       * capitals at most stay below it); no popcount instruction in the baseline x86-64, whose
       * __builtin_popcount() is a call to libgcc. */
      __m128i weights
          = _mm_or_si128 (_mm_and_si128 (precis_ascii_range_vector (v, 'A', 'Z'), _mm_set1_epi8 (1)),
                          _mm_and_si128 (precis_ascii_range_vector (v, 'a', 'z'), _mm_set1_epi8 (32)));
      __m128i sums = _mm_sad_epu8 (weights, _mm_setzero_si128 ());
      guint total = (guint)_mm_cvtsi128_si32 (sums) + (guint)_mm_cvtsi128_si32 (_mm_srli_si128 (sums, 8));
      *upper += total % 32;
      *lower += total / 32;
      p += 16;
    }
#endif
  while (p < end && *lower <= bound)
    p = count_char (text, p, end, upper, lower);
}

/* Whether text[start, end) is written in capitals: fewer than one of CAPITALS_LOWER_SHARE of its
 * letters in lower case, CAPITALS_MIN_LETTERS capitals or more. */
static gboolean
capitals_in (const gchar *text, gsize start, gsize end)
{
  gsize upper = 0, lower = 0;
  count_case (text, start, end, (end - start) / CAPITALS_LOWER_SHARE, &upper, &lower);
  return upper >= CAPITALS_MIN_LETTERS && lower * CAPITALS_LOWER_SHARE < upper + lower;
}

/* Flags the spans of the paragraphs of a text written in capitals SPAN_CAPITALS (wire copy, an
 * old agency feed, a section shouted in a text in mixed case). A header in capitals is told from
 * the sentences of a text in mixed case only: in capitals every sentence would be one (and a
 * number after capitals the sentence after it). So the whole text when it is in capitals
 * (capitals_in()); in a text in mixed case, a paragraph of CAPITALS_MIN_SENTENCES sentences or
 * more that is, alone (a header on its own line, of one sentence, stays a header). */
#define CAPITALS_MIN_SENTENCES 2

static void
capitals_mark (const gchar *text, GArray *spans)
{
  if (spans->len == 0)
    return;
  PrecisSpan *sp = (PrecisSpan *)(gpointer)spans->data;
  guint n = spans->len;
  if (capitals_in (text, sp[0].start, sp[n - 1].end))
    {
      for (guint i = 0; i < n; i++)
        sp[i].flags |= SPAN_CAPITALS;
      return;
    }
  if (sp[n - 1].paragraph == sp[0].paragraph)
    return;
  for (guint i = 0; i < n;)
    {
      guint last = i;
      while (last + 1 < n && sp[last + 1].paragraph == sp[i].paragraph)
        last++;
      if (last - i + 1 >= CAPITALS_MIN_SENTENCES && capitals_in (text, sp[i].start, sp[last].end))
        for (guint k = i; k <= last; k++)
          sp[k].flags |= SPAN_CAPITALS;
      i = last + 1;
    }
}

/* Whether the sentence text[start, end) is debris: a header in capitals (not in a text written
 * in capitals, SPAN_CAPITALS of @flags), or a phrase of [anywhere] or a label at the start of a token. One
 * pass from space to space. (A caption glued on is split off before: split_captions.) */
static gboolean
is_debris (const Debris *d, const gchar *text, gsize start, gsize end, guint flags)
{
  if (((flags & (SPAN_CAPITALS | SPAN_NO_HEADER)) == 0 && opens_on_header (text, start, end))
      || label_at (d, text + start, end - start))
    return TRUE;
  gsize p = start;
#ifdef __SSE2__
  /* Sixteen bytes a step, the tokens that open in them, each tested as below: the spaces of
   * text[b, b + 19) as bits (two loads), a token's start after a space (or at @start), four
   * bytes or more when none of the bytes from its start to three after is a space. */
  guint after_space = 1; /* text[b - 1] is a space, or b is @start */
  for (gsize b = start; b + 19 <= end; b += 16, p = b)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + b));
      __m128i v3 = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + b + 3));
      const __m128i space = _mm_set1_epi8 (' ');
      guint spaces = (guint)_mm_movemask_epi8 (_mm_cmpeq_epi8 (v, space));
      guint window = spaces | (guint)_mm_movemask_epi8 (_mm_cmpeq_epi8 (v3, space)) << 3;
      guint short_token = window | window >> 1 | window >> 2 | window >> 3;
      guint capital = (guint)_mm_movemask_epi8 (_mm_cmplt_epi8 (
          _mm_sub_epi8 (v, _mm_set1_epi8 ((gchar)('A' + 128))), _mm_set1_epi8 ((gchar)(26 - 128))));
      guint handle = (guint)_mm_movemask_epi8 (
          _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('(')), _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('@'))));
      guint starts = (spaces << 1 | after_space) & 0xFFFF;
      after_space = spaces >> 15;
      for (guint bits = starts & (~short_token | handle | capital); bits != 0; bits &= bits - 1)
        {
          guint j = (guint)__builtin_ctz (bits);
          gsize k = b + j;
          /* Both pair filters at once (k + 2 < end here), for phrase_at() and label_at(); most
           * tokens pass neither. */
          guint kinds = d->pair_kinds[pair_index (text + k)];
          if (kinds == 0)
            continue;
          if ((kinds & PAIR_PHRASE) != 0 && (((short_token >> j) & 1) == 0 || ((handle >> j) & 1) != 0)
              && phrase_after_pair (d, text + k, end - k))
            return TRUE;
          if ((kinds & PAIR_LABEL) != 0 && ((capital >> j) & 1) != 0
              && label_after_pair (d, text + k, end - k))
            return TRUE;
        }
    }
  /* The rest from the next token's start. */
  if (p > start && text[p - 1] != ' ')
    {
      p = precis_find_byte (text, p, end, ' ');
      if (p == end)
        return FALSE;
      p++;
    }
#endif
  while (p < end)
    {
      gsize q = precis_find_byte (text, p, end, ' ');
      /* Phrases have four bytes or more, but "(@" and "@handle". */
      if ((q - p >= 4 || text[p] == '(' || text[p] == '@') && phrase_at (d, text + p, end - p))
        return TRUE;
      /* A label written with a capital inside the sentence is one ("... 5 ALSO WATCH: ...",
       * "... Watch:DRS storm ..."); in lower case it is prose ("a close watch: inflation"). */
      if (text[p] >= 'A' && text[p] <= 'Z' && label_at (d, text + p, end - p))
        return TRUE;
      if (q == end)
        break;
      p = q + 1;
    }
  return FALSE;
}

/* A text's first sentence shouted in capitals in a text in mixed case is its lede, not a header,
 * when it reads as news: LEDE_MIN_WORDS words or more, ended by a stop, with a finite English
 * verb ("VOTED", "HAS", "WILL") and a determiner or preposition ("THE", "ON") among them. */
#define LEDE_MIN_WORDS 8

static gboolean
shouted_lede (const gchar *text, gsize start, gsize end)
{
  if (holds_lower (text, start, end)) /* the common case: a sentence in mixed case, no lookup */
    return FALSE;
  gsize e = end;
  while (e > start && (text[e - 1] == '"' || text[e - 1] == '\'' || precis_is_ascii_space (text[e - 1])))
    e--;
  if (e == start || (text[e - 1] != '.' && text[e - 1] != '!' && text[e - 1] != '?'))
    return FALSE;
  guint n_words = 0;
  gboolean verb = FALSE, function = FALSE;
  for (gsize p = start; p < e;)
    {
      gsize q = precis_find_byte (text, p, e, ' ');
      gsize a = p, b = q;
      while (a < b && !g_ascii_isalnum (text[a]))
        a++;
      while (b > a && !g_ascii_isalnum (text[b - 1]))
        b--;
      if (b > a)
        {
          n_words++;
          guint pos = precis_lexicon_english (text + a, b - a);
          verb |= (pos & (PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_AUX | PRECIS_POS_MODAL)) != 0;
          function |= (pos & (PRECIS_POS_DET | PRECIS_POS_PREP)) != 0;
        }
      p = q + 1;
    }
  return n_words >= LEDE_MIN_WORDS && verb && function;
}

/* The spans' copy that a split starts: the first @i spans, room for more. */
static GArray *
spans_before (GArray *spans, guint i)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (PrecisSpan), spans->len + 16);
  g_array_append_vals (out, spans->data, i);
  return out;
}

/* The spans become @out's (when a split made one), which is freed. */
static void
replace_spans (GArray *spans, GArray *out)
{
  if (out == NULL)
    return;
  g_array_set_size (spans, 0);
  g_array_append_vals (spans, out->data, out->len);
  g_array_unref (out);
}

/* Whether glued_at() is worth asking at the space @p (@heads: the segmenter's starter heads):
 * after a capital only a sentence starter of the language opens a sentence (there), so most
 * names are turned away by their first two bytes, before the tokens around are read. */
static inline gboolean
may_glue (const guint8 *heads, const gchar *text, gsize p, gsize end)
{
  return text[p + 1] < 'A' || text[p + 1] > 'Z'
         || precis_starter_heads_may_open (heads, text + p + 1, end - p - 1);
}

/* The first space in text[start, end) where something is glued on (glued_at), or 0; its kind
 * in @kind. Only a space between a lower-case letter or a digit and a capital or an opening
 * quote can be one (d->glue): with SSE2 sixteen spaces a step are tested for that first, and
 * glued_at() is asked at those alone, in order; the rest as below. */
static gsize
caption_glue (const Debris *d, const gchar *text, gsize start, gsize end, const PrecisSegmenter *seg,
              PrecisTokenizer *tokenizer, Glued *kind)
{
  gsize from = start;
  const guint8 *heads = precis_segmenter_starter_heads (seg);
#ifdef __SSE2__
  /* A byte in [lo, hi] moved to [-128, -128 + hi - lo]: one signed comparison tests the range. */
#define IN_RANGE(v, lo, hi)                                                                                  \
  _mm_cmplt_epi8 (_mm_sub_epi8 ((v), _mm_set1_epi8 ((gchar)((lo) + 128))),                                   \
                  _mm_set1_epi8 ((gchar)((hi) - (lo) + 1 - 128)))
  /* The spaces text[q, q + 16), each with the bytes before and after it inside the span. */
  for (gsize q = start + 1; q + 18 <= end; q += 16, from = q)
    {
      __m128i before = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + q - 1));
      __m128i at = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + q));
      __m128i after = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + q + 1));
      __m128i glue_before = _mm_or_si128 (IN_RANGE (before, 'a', 'z'), IN_RANGE (before, '0', '9'));
      __m128i glue_after = _mm_or_si128 (IN_RANGE (after, 'A', 'Z'),
                                         _mm_or_si128 (_mm_cmpeq_epi8 (after, _mm_set1_epi8 ('\'')),
                                                       _mm_cmpeq_epi8 (after, _mm_set1_epi8 ((gchar)0xE2))));
      guint bits = (guint)_mm_movemask_epi8 (
          _mm_and_si128 (_mm_cmpeq_epi8 (at, _mm_set1_epi8 (' ')), _mm_and_si128 (glue_before, glue_after)));
      for (; bits != 0; bits &= bits - 1)
        {
          gsize p = q + (gsize)__builtin_ctz (bits);
          if (may_glue (heads, text, p, end)
              && (*kind = glued_at (text, start, end, p, seg, tokenizer)) != GLUED_NONE)
            return p;
        }
    }
#undef IN_RANGE
#endif
  for (gsize q = precis_find_byte (text, from, end, ' '); q + 2 < end;
       q = precis_find_byte (text, q + 1, end, ' '))
    if (q > start && (d->glue[(guchar)text[q - 1]] & GLUE_BEFORE)
        && (d->glue[(guchar)text[q + 1]] & GLUE_AFTER) && may_glue (heads, text, q, end)
        && (*kind = glued_at (text, start, end, q, seg, tokenizer)) != GLUED_NONE)
      return q;
  return 0;
}

/* Whether the span is text that opens the story: not flagged, and no debris (a label, a header
 * in capitals, a social-media line) that precis_debris_mark is yet to flag. */
static gboolean
opens_text (const Debris *d, const gchar *text, PrecisSpan sp)
{
  return (sp.flags & PRECIS_SPAN_FURNITURE) == 0 && !is_debris (d, text, sp.start, sp.end, sp.flags);
}

/* A caption glued to the sentence it stands above, with no full stop between ("Guilty: Ann
 * Example, 56, will pay back the money out of her pension pot A respected bank manager who
 * ..."): the caption becomes a sentence of its own, flagged, and the sentence after it is kept
 * (a scraped lede with its photo's caption run into it is still the lede), as is a dateline
 * run into its lede ("New Delhi A coach of the Delhi Metro caught fire ..."). Where the
 * evidence is weaker (GLUED_OPENING_CAPTION) and the text has opened already, the part before
 * is kept too: a full stop was missing. When the part after has fewer than GLUED_MIN_WORDS
 * words, or the glue is debris of the whole (GLUED_WHOLE), the whole is flagged. Returns the
 * index, in the spans after the splits, of the span that opens_text() found to open the text
 * (is_debris() of it is false: precis_debris_mark need not ask again), or G_MAXUINT. */
static guint
split_captions (const Debris *d, const gchar *text, GArray *spans, const PrecisSegmenter *seg,
                PrecisTokenizer *tokenizer)
{
  GArray *out = NULL;
  gboolean opened = FALSE; /* a sentence not flagged came before */
  guint opener = G_MAXUINT;
  for (guint i = 0; i < spans->len; i++)
    {
      PrecisSpan sp = g_array_index (spans, PrecisSpan, i);
      Glued kind = GLUED_NONE;
      gsize q = (sp.flags & PRECIS_SPAN_FURNITURE) == 0
                    ? caption_glue (d, text, sp.start, sp.end, seg, tokenizer, &kind)
                    : 0;
      if (q == 0)
        {
          if (out != NULL)
            g_array_append_val (out, sp);
          if (!opened && opens_text (d, text, sp))
            {
              opened = TRUE;
              opener = out != NULL ? out->len - 1 : i;
            }
          continue;
        }
      if (out == NULL)
        out = spans_before (spans, i);
      /* Each caption split off in turn; what is left after the last is the sentence. */
      gsize start = sp.start;
      while (q != 0)
        {
          if (kind == GLUED_WHOLE
              || precis_count_words (text + q + 1, sp.end - q - 1, GLUED_MIN_WORDS) < GLUED_MIN_WORDS)
            {
              sp.flags |= PRECIS_SPAN_FURNITURE;
              break;
            }
          gboolean caption = kind == GLUED_CAPTION || !opened;
          PrecisSpan part
              = { start, q, sp.paragraph, caption ? PRECIS_SPAN_FURNITURE : sp.flags & ~SPAN_NO_HEADER };
          g_array_append_val (out, part);
          opened |= !caption;
          start = q + 1;
          q = caption_glue (d, text, start, sp.end, seg, tokenizer, &kind);
        }
      PrecisSpan rest = { start, sp.end, sp.paragraph, sp.flags & ~SPAN_NO_HEADER };
      g_array_append_val (out, rest);
      if (!opened && opens_text (d, text, rest))
        {
          opened = TRUE;
          opener = out->len - 1;
        }
    }
  replace_spans (spans, out);
  return opener;
}

/* Where a header in capitals opening text[start, end) gives way to a sentence of its own
 * ("RAJIV GANDHI INTERNATIONAL AIRPORTThe airport at Hyderabad will ...", "KILLINGS ALONG LOC
 * On July 15, ..."): the sentence's start, or 0 when there is no header or too few words after
 * it (the whole is then debris). @h is header_end() of text[start, end), which the caller keeps. */
static gsize
after_header (const Debris *d, const gchar *text, gsize start, gsize end, gsize h)
{
  if (h == 0 || h >= end)
    return 0;
  /* A link's label in capitals ("WATCH FULL VIDEO", "ALSO READ:") is followed by the link's
   * title, not by a sentence; so is a link's title glued to the next sentence after a label
   * ("INDIA TODAY EXCLUSIVE: ... says Dawood IbrahimA series of tweets ..."). */
  if (label_at (d, text + start, end - start) || phrase_at (d, text + start, end - start)
      || precis_count_words (text + h, end - h, GLUED_MIN_WORDS) < GLUED_MIN_WORDS
      || precis_holds_glued_text (text + h, end - h))
    return 0;
  return h;
}

/* Where the sentence proper starts after a bracketed link's title run into it ("(Latest Sports
 * stories)Both boxers are ...", "(Also read: Cook steps down as captain)But England backed
 * him ..."): a bracket that opens the sentence and closes, with at most LINK_TITLE_BYTES and no
 * bracket between, directly before a capital (or a quotation mark and a capital); 0 when there
 * is none or fewer than GLUED_MIN_WORDS words after it. Prose leaves a space after a bracket. */
static gsize
after_bracketed_link (const gchar *text, gsize start, gsize end)
{
  if (end - start < 4 || (text[start] != '(' && text[start] != '['))
    return 0;
  gchar close = text[start] == '(' ? ')' : ']';
  gsize limit = MIN (end, start + LINK_TITLE_BYTES);
  gsize c = start + 1;
  while (c < limit && text[c] != close && text[c] != '(' && text[c] != '[')
    c++;
  if (c >= limit || text[c] != close || c + 2 >= end)
    return 0;
  gsize h = c + 1, k = h;
  if (text[k] == '"' || text[k] == '\'')
    k++;
  if (k + 1 >= end || text[k] < 'A' || text[k] > 'Z'
      || precis_count_words (text + h, end - h, GLUED_MIN_WORDS) < GLUED_MIN_WORDS)
    return 0;
  return h;
}

/* Where the sentence proper starts after a JSON object run into it (a page's structured data
 * scraped with its text: "Rating: 2.5/5{"@context": ...}The film is ..."): the first brace in
 * text[start, end) opens an object ('{"'), the object closes (braces inside its strings not
 * counted), then a capital, maybe after a space or a quotation mark, opens GLUED_MIN_WORDS
 * words or more; 0 when there is none. */
static gsize
after_json (const gchar *text, gsize start, gsize end)
{
  const gchar *brace = memchr (text + start, '{', end - start);
  if (brace == NULL || brace + 1 >= text + end || brace[1] != '"')
    return 0;
  guint depth = 0;
  gboolean in_string = FALSE;
  for (gsize k = (gsize)(brace - text); k < end; k++)
    {
      if (in_string)
        {
          if (text[k] == '\\')
            k++;
          else if (text[k] == '"')
            in_string = FALSE;
          continue;
        }
      if (text[k] == '"')
        in_string = TRUE;
      else if (text[k] == '{')
        depth++;
      else if (text[k] == '}' && --depth == 0)
        {
          gsize h = k + 1;
          while (h < end && text[h] == ' ')
            h++;
          gsize q = h < end && (text[h] == '"' || text[h] == '\'') ? h + 1 : h;
          if (q + 1 >= end || text[q] < 'A' || text[q] > 'Z'
              || precis_count_words (text + h, end - h, GLUED_MIN_WORDS) < GLUED_MIN_WORDS)
            return 0;
          return h;
        }
    }
  return 0;
}

/* Whether text[start, end) ends as a sentence does: a full stop, a question or an exclamation
 * mark, perhaps a quotation mark or a bracket closing after it. */
static gboolean
ends_as_sentence (const gchar *text, gsize start, gsize end)
{
  while (end > start
         && (g_ascii_isspace (text[end - 1]) || text[end - 1] == '"' || text[end - 1] == '\''
             || text[end - 1] == ')'))
    end--;
  return end > start && (text[end - 1] == '.' || text[end - 1] == '!' || text[end - 1] == '?');
}

/* Where the sentence proper starts after a run of [markers] in capitals with no colon that opens
 * it, a live page's label ("WATCH LIVE Ram Nath Kovind, 71, is the second ..."): a capitalised
 * word after the run, GLUED_MIN_WORDS words or more, no colon (a link's title: "WATCH Baywatch
 * trailer: ..."), nothing glued, a sentence's end; 0 when there is none. */
static gsize
after_marker (const Debris *d, const gchar *text, gsize start, gsize end)
{
  if (text[start] < 'A' || text[start] > 'Z' || end - start < 8
      || (text[start + 1] >= 'a' && text[start + 1] <= 'z'))
    return 0;
  gboolean colon;
  gsize h = marker_run (d, text, start, end, &colon);
  if (h == 0 || colon || h + 1 >= end || !g_ascii_isupper (text[h]) || !g_ascii_islower (text[h + 1])
      || memchr (text + h, ':', end - h) != NULL || precis_holds_glued_text (text + h, end - h)
      || !ends_as_sentence (text, h, end)
      || precis_count_words (text + h, end - h, GLUED_MIN_WORDS) < GLUED_MIN_WORDS)
    return 0;
  return h;
}

/* Where the sentence proper starts after a pointer to a video run into it ("Watch the trailer
 * here:The film was ready two years ago ..."): "Watch" opens the sentence, its first colon within
 * LINK_TITLE_BYTES ends the word "here", a capital follows (perhaps after spaces) and
 * GLUED_MIN_WORDS words or more; 0 when there is none. */
static gsize
after_pointer (const gchar *text, gsize start, gsize end)
{
  if (end - start < 16 || (text[start] != 'W' || g_ascii_strncasecmp (text + start, "watch ", 6) != 0))
    return 0;
  const gchar *colon = memchr (text + start, ':', MIN (end - start, LINK_TITLE_BYTES));
  if (colon == NULL)
    return 0;
  gsize c = (gsize)(colon - text);
  if (c - start < 11 || text[c - 5] != ' ' || g_ascii_strncasecmp (text + c - 4, "here", 4) != 0)
    return 0;
  gsize h = c + 1;
  while (h < end && text[h] == ' ')
    h++;
  if (h + 1 >= end || !g_ascii_isupper (text[h])
      || precis_count_words (text + h, end - h, GLUED_MIN_WORDS) < GLUED_MIN_WORDS)
    return 0;
  return h;
}

/* Whether the token that ends at the colon text[c] is a label of [infobox] written with a capital
 * ("Cast:", "Direction:"), or ends in one run into the word before it. */
static gboolean
infobox_label (const Debris *d, const gchar *text, gsize start, gsize c)
{
  gsize ts = token_start_before (text, start, c);
  for (guint k = 0; d->infobox[k] != NULL; k++)
    {
      /* The whole token, or its end run into a value before it ("Rushad RanaRating:"). */
      gsize l = d->infobox_len[k], ls = c + 1 - l;
      if (l <= c + 1 - ts && text[ls] >= 'A' && text[ls] <= 'Z'
          && (ls == ts || g_ascii_islower (text[ls - 1]))
          && g_ascii_strncasecmp (text + ls, d->infobox[k], l) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A review's box of facts scraped into a sentence ("Running Shaadi Cast: Amit Sadh, ... Direction:
 * Amit RoyRunning Shaadi Rating: (3/5)Running Shaadi, previously known as ..."): two labels of
 * [infobox] or more in text[start, end). Returns where a sentence run on after the last label's
 * value, a rating in brackets or bare ("(3/5)", "3.5/5"), starts (a capital, perhaps after spaces,
 * GLUED_MIN_WORDS words or more, a sentence's end), @end when none does (the whole is the box), 0 when it is
 * no box. */
static gsize
after_infobox (const Debris *d, const gchar *text, gsize start, gsize end)
{
  guint labels = 0;
  gsize last = 0;
  for (const gchar *colon = memchr (text + start, ':', end - start); colon != NULL;
       colon = memchr (colon + 1, ':', (gsize)(text + end - colon - 1)))
    if (infobox_label (d, text, start, (gsize)(colon - text)))
      {
        labels++;
        last = (gsize)(colon - text) + 1;
      }
  if (labels < 2)
    return 0;
  while (last < end && text[last] == ' ')
    last++;
  gsize h = last;
  if (last < end && text[last] == '(')
    {
      const gchar *close = memchr (text + last, ')', MIN (end - last, LABEL_ROW_BYTES));
      if (close == NULL)
        return end;
      h = (gsize)(close - text) + 1;
    }
  else
    {
      /* A rating written bare ("3.5/5After a long battle ..."). */
      while (h < end && (g_ascii_isdigit (text[h]) || text[h] == '.'))
        h++;
      if (h == last || h >= end || text[h] != '/')
        return end;
      h++;
      gsize denominator = h;
      while (h < end && g_ascii_isdigit (text[h]))
        h++;
      if (h == denominator)
        return end;
    }
  while (h < end && text[h] == ' ')
    h++;
  if (h + 1 >= end || !g_ascii_isupper (text[h]) || !ends_as_sentence (text, h, end)
      || precis_count_words (text + h, end - h, GLUED_MIN_WORDS) < GLUED_MIN_WORDS)
    return end;
  return h;
}

/* Whether the @len bytes at @w are an English preposition that may open a sentence ("In", "On"):
 * also the end of a name in camel case ("LinkedIn", "AddOn"), so it opens a sentence run into a
 * title only before what opens a phrase. */
static gboolean
is_preposition (const gchar *w, gsize len)
{
  static const gchar *const words[]
      = { "in", "on", "at", "by", "to", "for", "of", "with", "from", "as", "into" };
  return precis_ascii_word_in (w, len, words, G_N_ELEMENTS (words));
}

/* Whether the word at @pos opens a phrase after a preposition: a capital, a digit or a
 * determiner ("In one of the statements", "On January 30", "After the protest"), not another
 * function word ("LinkedIn for more stories"). */
static gboolean
opens_phrase (const gchar *text, gsize pos, gsize end)
{
  static const gchar *const determiners[]
      = { "the",   "a",   "an", "this", "that", "these", "those", "his",   "her", "its",
          "their", "our", "my", "one",  "two",  "some",  "each",  "every", "all" };
  if (pos >= end || g_ascii_isupper (text[pos]) || g_ascii_isdigit (text[pos]))
    return pos < end;
  gsize we = pos;
  while (we < end && g_ascii_isalpha (text[we]))
    we++;
  for (gsize i = 0; i < G_N_ELEMENTS (determiners); i++)
    if (we - pos == strlen (determiners[i]) && memcmp (text + pos, determiners[i], we - pos) == 0)
      return TRUE;
  return FALSE;
}

/* Where a sentence run into a link's title starts ("Read more: South Delhi residents to get a
 * grievance cellThe initiative has been taken ...", "ALSO READ | ... says Dawood IbrahimA series
 * of tweets ..."): in text[start, end), which opens on a label or a phrase of [anywhere], the
 * first word that a lower-case letter or a digit runs into with no space, capitalised, one that
 * commonly starts a sentence ("The", "A", "After") and followed by a space and at least
 * GLUED_MIN_WORDS words in all, in a text that ends on a full stop, a question or an exclamation
 * mark; 0 when there is none. Scraped pages run a link's title into the
 * sentence after it so; a name written in camel case ("YouTube", "McDonald") is no such word, nor
 * is a word inside a handle, a hashtag or an address, nor a preposition before what opens no
 * phrase ("LinkedIn for more"). */
static gsize
after_link_title (const Debris *d, const gchar *text, gsize start, gsize end, const PrecisSegmenter *seg)
{
  if (end - start < LINK_TITLE_MIN_BYTES
      || !(label_at (d, text + start, end - start) || phrase_at (d, text + start, end - start)))
    return 0;
  /* What is kept ends as a sentence does: another link's title does not ("... farmersWhy loan
   * waivers are not good for farmers, India"). */
  gsize last = end;
  while (last > start
         && (g_ascii_isspace (text[last - 1]) || text[last - 1] == '"' || text[last - 1] == '\''
             || text[last - 1] == ')'))
    last--;
  if (last == start || (text[last - 1] != '.' && text[last - 1] != '!' && text[last - 1] != '?'))
    return 0;
  for (gsize p = start + 2; p + 1 < end; p++)
    {
      if (text[p] < 'A' || text[p] > 'Z' || !(g_ascii_islower (text[p - 1]) || g_ascii_isdigit (text[p - 1]))
          || !g_ascii_isalnum (text[p - 2]))
        continue;
      gsize we = p + 1;
      while (we < end && g_ascii_islower (text[we]))
        we++;
      if (we >= end || text[we] != ' ' || !precis_segmenter_is_starter (seg, text + p, we - p)
          || (is_preposition (text + p, we - p) && !opens_phrase (text, we + 1, end)))
        continue;
      /* Not inside a handle, a hashtag or an address ("@IndiaToday tv", "#TheWorld of"). */
      gsize ts = p;
      while (ts > start && text[ts - 1] != ' ' && text[ts - 1] != '@' && text[ts - 1] != '#'
             && text[ts - 1] != '/' && text[ts - 1] != '.')
        ts--;
      if (ts > start && text[ts - 1] != ' ')
        continue;
      return precis_count_words (text + p, end - p, GLUED_MIN_WORDS) >= GLUED_MIN_WORDS ? p : 0;
    }
  return 0;
}

/* Debris glued on after a sentence's full stop becomes a sentence of its own, flagged; the
 * sentence before it keeps its words (a scraped lede with a link run into it is still the
 * lede). A header in capitals or a JSON object that opens a sentence, or that was glued on
 * after one, is split off the same way and the sentence after it kept. One pass: the spans are copied only
 * when one is split. */
static void
split_glued (const Debris *d, const gchar *text, GArray *spans, const PrecisSegmenter *seg)
{
  GArray *out = NULL;
  for (guint i = 0; i < spans->len; i++)
    {
      PrecisSpan sp = g_array_index (spans, PrecisSpan, i);
      gboolean capitals = (sp.flags & SPAN_CAPITALS) != 0;
      gboolean open = (sp.flags & PRECIS_SPAN_FURNITURE) == 0;
      gsize glue = open ? glued_after_stop (d, text, sp.start, sp.end, capitals) : 0;
      /* Debris that the segmenter already split off the sentence before: all of it glued on. */
      gboolean tail = glue == 0 && open && split_off_debris (d, text, spans, i, capitals);
      if (tail)
        glue = sp.start;
      gboolean split
          = tail
            || (glue != 0
                && precis_count_words (text + sp.start, glue - sp.start, GLUED_MIN_WORDS) >= GLUED_MIN_WORDS);
      if (glue != 0 && !split)
        g_array_index (spans, PrecisSpan, i).flags |= PRECIS_SPAN_FURNITURE;
      /* The header: at the sentence's start, or at the start of what was glued on. */
      gsize head = split ? glue : sp.start;
      gboolean at_head = open && (split || glue == 0);
      /* No header in capitals is told from a sentence in a text written in capitals. */
      gsize head_end = at_head && !capitals ? header_end (text, head, sp.end) : 0;
      gsize body = at_head ? after_header (d, text, head, sp.end, head_end) : 0;
      if (body == 0 && at_head)
        body = after_json (text, head, sp.end);
      /* A link's title: also in a sentence that furniture.c flagged for its label ("Read more:
       * ..."), whose sentence run on after the title is not furniture. */
      if (body == 0 && (at_head || glue == 0))
        body = after_link_title (d, text, head, sp.end, seg);
      if (body == 0 && open && glue == 0)
        {
          body = after_bracketed_link (text, sp.start, sp.end);
          /* The first two bytes first: a marker in capitals, "Watch". */
          gchar second = sp.end - sp.start > 2 ? text[sp.start + 1] : 'a';
          if (body == 0 && !capitals && second >= 'A' && second <= 'Z')
            body = after_marker (d, text, sp.start, sp.end);
          if (body == 0 && text[sp.start] == 'W')
            body = after_pointer (text, sp.start, sp.end);
          if (body == 0)
            body = after_infobox (d, text, sp.start, sp.end);
          if (body == sp.end) /* a review's box of facts, whole */
            {
              g_array_index (spans, PrecisSpan, i).flags |= PRECIS_SPAN_FURNITURE;
              body = 0;
            }
        }
      if ((split || body != 0) && out == NULL)
        out = spans_before (spans, i);
      if (!split && body == 0)
        {
          /* The span stands as it was: header_end() of it, asked when at_head, is known. */
          if (at_head && head_end == 0)
            g_array_index (spans, PrecisSpan, i).flags |= SPAN_NO_HEADER;
          if (out != NULL)
            g_array_append_val (out, g_array_index (spans, PrecisSpan, i));
          continue;
        }
      /* A header opening the sentence that debris was glued on after is split off it too. */
      gsize lead = split && !tail && !capitals
                       ? after_header (d, text, sp.start, glue, header_end (text, sp.start, glue))
                       : 0;
      if (split && !tail && !capitals && lead == 0)
        lead = after_marker (d, text, sp.start, glue);
      if (lead != 0)
        {
          PrecisSpan header = { sp.start, lead, sp.paragraph, PRECIS_SPAN_FURNITURE };
          g_array_append_val (out, header);
        }
      PrecisSpan first = { lead != 0 ? lead : sp.start, split ? glue : body, sp.paragraph,
                           split ? sp.flags : PRECIS_SPAN_FURNITURE };
      if (!tail)
        g_array_append_val (out, first);
      if (split)
        {
          PrecisSpan rest = { glue, body != 0 ? body : sp.end, sp.paragraph, PRECIS_SPAN_FURNITURE };
          g_array_append_val (out, rest);
        }
      /* A pointer to a video may open the sentence after a header ("MOVIE REVIEWWatch the trailer
       * here:The film ..."). */
      gsize pointer = body != 0 ? after_pointer (text, body, sp.end) : 0;
      if (pointer != 0)
        {
          PrecisSpan label = { body, pointer, sp.paragraph, PRECIS_SPAN_FURNITURE };
          g_array_append_val (out, label);
          body = pointer;
        }
      if (body != 0)
        {
          PrecisSpan sentence = { body, sp.end, sp.paragraph, sp.flags & ~PRECIS_SPAN_FURNITURE };
          g_array_append_val (out, sentence);
        }
    }
  replace_spans (spans, out);
}

/* Whether text[start, end), a paragraph, is an editor's insert written in square brackets
 * ("[Get the morning briefing in your inbox.]", "[Video: ...]"): it opens on "[" and its first
 * "]" closes it at its end (a full stop or white space may follow). */
static gboolean
is_bracketed (const gchar *text, gsize start, gsize end)
{
  while (end > start && (text[end - 1] == '.' || g_ascii_isspace (text[end - 1])))
    end--;
  if (end - start < 3 || text[start] != '[' || text[end - 1] != ']')
    return FALSE;
  const gchar *close = memchr (text + start, ']', end - start);
  return close == text + end - 1;
}

/* Whether text[start, end) is a row of two or more link labels in square brackets and nothing
 * else ("[link] [comments]" under a forum feed's item, "[Video] [Photos]"): each label at most
 * LABEL_ROW_BYTES long, only white space between them. */
static gboolean
is_label_row (const gchar *text, gsize start, gsize end)
{
  guint labels = 0;
  for (gsize p = start; p < end; labels++)
    {
      if (text[p] != '[')
        return FALSE;
      const gchar *close = memchr (text + p, ']', MIN (end - p, LABEL_ROW_BYTES));
      if (close == NULL)
        return FALSE;
      p = (gsize)(close - text) + 1;
      while (p < end && g_ascii_isspace (text[p]))
        p++;
    }
  return labels >= 2;
}

void
precis_debris_mark (const gchar *text, GArray *spans, const PrecisSegmenter *seg, PrecisTokenizer *tokenizer)
{
  const Debris *d = debris_get ();
  capitals_mark (text, spans);
  split_glued (d, text, spans, seg);
  guint opener = split_captions (d, text, spans, seg, tokenizer);
  guint n = spans->len;
  PrecisSpan *sp = (PrecisSpan *)(gpointer)spans->data;
  gboolean paragraphs = n > 0 && sp[n - 1].paragraph > sp[0].paragraph;
  guint lede = 0; /* the first sentence that is not furniture */
  while (lede < n && (sp[lede].flags & PRECIS_SPAN_FURNITURE) != 0)
    lede++;
  /* A lede shouted in capitals is told from a header as a sentence of a text in capitals is. */
  if (lede < n && lede != opener && (sp[lede].flags & (SPAN_CAPITALS | SPAN_NO_HEADER)) == 0
      && shouted_lede (text, sp[lede].start, sp[lede].end))
    sp[lede].flags |= SPAN_CAPITALS;
  for (guint i = 0; i < n; i++)
    {
      const gchar *s = text + sp[i].start;
      gsize len = sp[i].end - sp[i].start;
      if ((sp[i].flags & PRECIS_SPAN_FURNITURE) == 0
          && ((i != opener && is_debris (d, text, sp[i].start, sp[i].end, sp[i].flags))
              || is_label_row (text, sp[i].start, sp[i].end)))
        sp[i].flags |= PRECIS_SPAN_FURNITURE;
      sp[i].flags &= ~(SPAN_NO_HEADER | SPAN_CAPITALS); /* asked last just above */
      gboolean last = i + 1 == n || sp[i + 1].paragraph != sp[i].paragraph;
      if (!paragraphs || !last)
        continue;
      guint first = i;
      while (first > 0 && sp[first - 1].paragraph == sp[i].paragraph)
        first--;
      /* A paragraph in square brackets, in a text of several: an editor's insert. The last
       * sentence of a short paragraph: a caption when it ends in a credit. */
      if (is_bracketed (text, sp[first].start, sp[i].end)
          || (i - first + 1 <= CAPTION_MAX_SENTENCES && ends_in_credit (d, s, len)))
        for (guint k = first; k <= i; k++)
          sp[k].flags |= PRECIS_SPAN_FURNITURE;
      /* A credit standing as a paragraph of its own ("Photo by Ann Example/Agency"): the short
       * paragraph just before it is its caption. */
      else if (first == i && first > 0 && (sp[i].flags & PRECIS_SPAN_FURNITURE)
               && opens_on_credit_word (d, s, len) && !names_its_part (s, len))
        {
          guint cap = first - 1, cap_first = cap;
          while (cap_first > 0 && sp[cap_first - 1].paragraph == sp[cap].paragraph)
            cap_first--;
          if (cap - cap_first + 1 <= STANDALONE_CAPTION_SENTENCES
              && precis_count_words (text + sp[cap_first].start, sp[cap].end - sp[cap_first].start,
                                     STANDALONE_CAPTION_WORDS + 1)
                     <= STANDALONE_CAPTION_WORDS)
            for (guint k = cap_first; k <= cap; k++)
              sp[k].flags |= PRECIS_SPAN_FURNITURE;
        }
    }
}
