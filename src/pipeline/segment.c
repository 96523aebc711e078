/* segment.c - text in, sentence spans out.
 *
 * A single left-to-right scan that stops only at the bytes that can end a sentence (full
 * stops, ? and !, line breaks, and the terminators of other scripts) and decides at each one
 * from the words on either side:
 *   - a blank line always ends a sentence (and a paragraph); a single line break ends one
 *     unless the line ends in a space (a wrapped line), the text is hard-wrapped prose, or the
 *     line ends on a word that ends no sentence ([continuers]: "held in\nDecember");
 *   - ?, !, the CJK, Devanagari, Arabic, Armenian, Ethiopic and Burmese terminators end a
 *     sentence unless a lower-case word follows ("Yahoo! in");
 *   - a full stop inside a token (3.14, U.S.A, example.com, Jr.'s, St.Louis) does not, but a
 *     glued "end.Next" does, and so do "April 1.Next", "(Name).Next", "SMS.?Next" (a lost
 *     quotation mark) and a heading in capitals ("areas.THE DISPUTE India");
 *   - after a full stop and a space: not before a lower-case word, not after a prefix
 *     abbreviation (Mr., Dr., No.), not after a list number at the start of a sentence; after
 *     any other abbreviation, initial or ellipsis only when the next word is a common
 *     sentence starter of the language ("U.S. How" splits, "U.S. Government" does not).
 * Closing quotes and brackets after the terminator stay with the sentence (German "“" too),
 * and so does a closing quote after a space ("RR. »"). Abbreviations,
 * prefixes and starters are data (segment/<language>.txt in the resources).
 * Complexity: O(n) in the text length, with one hash look-up per candidate full stop (the
 * lists' words in an open-addressing table, hashed while a word is lower-cased).
 */
#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/data.h"
#include "base/text.h"
#include "pipeline/segment.h"

/* Hard-wrapped prose: most lines are at least this long and at most this long (a wrap width of
 * up to about 150 characters; longer lines are paragraphs set one a line) ... */
#define WRAP_MIN_LINE_BYTES 40
#define WRAP_MAX_LINE_BYTES 160
/* ... and they are at least this share of the non-blank lines, and there are this many. */
#define WRAP_MIN_SHARE 0.6
#define WRAP_MIN_LINES 4
/* A unit's word between a number and an abbreviated unit ("2 трлн руб.") has at most this
 * many bytes. */
#define SHORT_UNIT_BYTES 12
/* Longest sentence kept whole (bytes): about 600 words of English; longer runs are cut. */
#define MAX_SENTENCE_BYTES 4096
/* In a text with no sentence terminator at all (a transcript, lower-case notes run together),
 * a run of more than this many words (longer than nearly any sentence: the longest Gigaword
 * first sentence without one has 52) ... */
#define UNPUNCTUATED_MAX_WORDS 60
/* ... is cut into pieces of equal length of at most this many words, so that a length budget
 * (--words) can use them; a text with punctuation keeps its sentences whole. */
#define UNPUNCTUATED_PIECE_WORDS 40
/* The news dev sets have a sentence every 133 bytes: the span array starts with room for one
 * every this many bytes, at most SENTENCES_RESERVED_MAX (more grow the array as they come). */
#define SENTENCE_BYTES_ESTIMATE 128
#define SENTENCES_RESERVED_MAX (1u << 16)
/* In a language without abbreviation data, a lower-case word of at least this many bytes before
 * a full stop is no abbreviation ("κανένας. το κόστος" splits). */
#define LONG_WORD_BYTES 10
/* An aside in brackets after a question or exclamation mark that the sentence goes on after
 * has at most this many bytes. */
#define ASIDE_MAX_BYTES 60
/* A sentence that opens with a time phrase has at most this many words before the time. */
#define TIME_PHRASE_MAX_WORDS 5
/* Longest quotation kept in one sentence (bytes): a long quoted passage is still split. */
#define QUOTE_MAX_BYTES 600
/* A label line ("Photo: Getty Images", "Lire aussi : ...") has its colon after at most this many
 * words, within this many bytes of the line's start. */
#define LABEL_MAX_WORDS 3
#define LABEL_MAX_BYTES 32
/* Thai: a space between two Thai letters ends a sentence or a clause, once the piece before it
 * has at least this many bytes (20 Thai characters): a shorter one is a name or a title before
 * a name ("นายสมชาย ใจดี"), kept with what follows ... */
#define THAI_MIN_PIECE_BYTES 60
/* ... and the runs between spaces on either side have at least this many characters (list items
 * and names are shorter, and Thai sets them apart by spaces too). */
#define THAI_MIN_RUN_CHARS 6
/* A line wrapped after a word that ends no sentence ([continuers]) has at least this many words:
 * shorter lines are menu entries and headings ("Sign in", "Log in"), not wrapped prose. */
#define CONTINUER_MIN_LINE_WORDS 4
/* Longest elided word before an abbreviation ("dell'" of "dell'Avv."), in bytes. */
#define ELISION_MAX_BYTES 5
/* Longest word looked up as an abbreviation (bytes); longer ones are not abbreviations. */
#define ABBREV_MAX_BYTES 32

enum
{
  ABBREV_GENERAL = 1,  /* may end a sentence when a sentence starter follows */
  ABBREV_PREFIX = 2,   /* comes before a name or number: never ends a sentence */
  STARTER = 4,         /* a word that commonly starts a sentence */
  ABBREV_NUMBER = 8,   /* comes before a number: ends no sentence when a number follows */
  OPENER = 16,         /* opening a sentence, points back to an earlier one */
  MONTH = 32,          /* a month name: "12. Juni" is a date, not a sentence end */
  BEFORE_ORDINAL = 64, /* comes before an ordinal written with a point: "am 3. Tag" */
  MEASURE = 128,       /* a kitchen or shop measure: "2 tsp. Dijon mustard" goes on */
  YEAR = 256,          /* "year" after a number: "30 ноября 2026 г. Закон" ends a sentence */
  CONTINUER = 512,     /* ends no sentence (an article, preposition, conjunction): "held in\nMay" */
};

/* A word of the lists in the segmenter's open-addressing table (linear probing). */
typedef struct
{
  const gchar *key; /* lower-case (case-folded), owned by the hash table; NULL: an empty slot */
  guint64 head;     /* its first eight bytes (word_head()) */
  guint32 len;
  guint32 flags;
} WordSlot;

struct _PrecisSegmenter
{
  GHashTable *words; /* lower-case word -> flags, as loaded */
  /* The same words in a table of their own, looked up with a hash taken while a word is
   * lower-cased (glib's string hash and look-up were most of the cost of each test). */
  WordSlot *slots;
  guint32 mask;               /* slots - 1, a power of two minus one */
  gboolean greek;             /* ';' is the Greek question mark */
  gboolean armenian;          /* ':' (for "։") ends a sentence, '.' does not */
  gboolean arabic;            /* ':' and the Arabic comma before a space end a sentence */
  gboolean nouns_capitalised; /* German: a capital after "5 Mio." may be a noun, not a sentence */
  /* Turkish: a number of one or two digits with a point is an ordinal before any word ("2. Dünya
   * Savaşı", "1. Lig"); its sentences end in a verb, seldom in a bare number. */
  gboolean point_ordinals;
  /* Thai: no sentence punctuation; a space between two Thai letters ends a sentence or clause. */
  gboolean thai;
  gboolean has_data; /* the language has abbreviation data (segment/<language>.txt) */
  /* Its list is a short one ("[short]"): a long lower-case word not in it still ends a
   * sentence before a lower-case one, as in a language without a list. */
  gboolean short_list;
  /* The endings of the genitive that a capitalised word takes after a measure's amount
   * ("[measured-endings]": Polish "60 proc. Polaków"), NULL-terminated; NULL when the language
   * has none, and a capital after its measures does not by itself end a sentence. */
  gchar **measured_endings;
  /* Bit a * 128 + b set when a starter opens on the ASCII bytes a and b (lower case, as folded). */
  guint8 starter_heads[128 * 128 / 8];
};

static void
load_list (PrecisSegmenter *seg, gchar **lines)
{
  /* the [measured-endings] section: its lines are word endings, no flag (every flag is non-zero) */
  const guint ENDINGS_SECTION = 0;
  guint section = ABBREV_GENERAL;
  g_autoptr (GPtrArray) endings = NULL;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gchar *line = g_strstrip (lines[i]);
      if (line[0] == '\0' || line[0] == '#')
        continue;
      if (g_str_equal (line, "[abbreviations]"))
        section = ABBREV_GENERAL;
      else if (g_str_equal (line, "[prefixes]"))
        section = ABBREV_PREFIX;
      else if (g_str_equal (line, "[numbers]"))
        section = ABBREV_NUMBER;
      else if (g_str_equal (line, "[openers]"))
        section = OPENER;
      else if (g_str_equal (line, "[starters]"))
        section = STARTER;
      else if (g_str_equal (line, "[months]"))
        section = MONTH;
      else if (g_str_equal (line, "[before-ordinals]"))
        section = BEFORE_ORDINAL;
      else if (g_str_equal (line, "[measures]"))
        section = MEASURE | ABBREV_GENERAL; /* an abbreviation too */
      else if (g_str_equal (line, "[years]"))
        section = YEAR;
      else if (g_str_equal (line, "[continuers]"))
        section = CONTINUER;
      else if (g_str_equal (line, "[short]"))
        seg->short_list = TRUE;
      else if (g_str_equal (line, "[measured-endings]"))
        {
          section = ENDINGS_SECTION; /* endings, not words */
          if (endings == NULL)
            endings = g_ptr_array_new ();
        }
      else if (section == ENDINGS_SECTION)
        g_ptr_array_add (endings, g_utf8_casefold (line, -1));
      else
        {
          g_autofree gchar *key = g_utf8_casefold (line, -1);
          guint flags = GPOINTER_TO_UINT (g_hash_table_lookup (seg->words, key));
          g_hash_table_replace (seg->words, g_steal_pointer (&key), GUINT_TO_POINTER (flags | section));
        }
    }
  if (endings != NULL)
    {
      g_ptr_array_add (endings, NULL);
      seg->measured_endings = (gchar **)g_ptr_array_free (g_steal_pointer (&endings), FALSE);
    }
}

/* A word's hash: eight bytes a step (the last step's missing bytes zero), from its length.
 * lookup_flags computes the same over the eight-byte steps it lower-cases. */
#define WORD_HASH_MULTIPLIER G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)

static inline guint64
word_hash_step (guint64 h, guint64 chunk)
{
  return (h ^ chunk) * WORD_HASH_MULTIPLIER;
}

/* The first eight bytes of a word, those past its end zero. */
static inline guint64
word_head (const gchar *s, gsize len)
{
  guint64 head = 0;
  memcpy (&head, s, MIN (len, 8));
  return head;
}

static guint32
word_hash (const gchar *s, gsize len)
{
  guint64 h = len;
  for (gsize i = 0; i < len; i += 8)
    {
      guint64 chunk = 0;
      memcpy (&chunk, s + i, MIN (len - i, 8));
      h = word_hash_step (h, chunk);
    }
  return (guint32)(h >> 32);
}

/* The table of the loaded words: at most half full. */
static void
build_slots (PrecisSegmenter *seg)
{
  guint32 n_slots = 16;
  while (n_slots < 2 * g_hash_table_size (seg->words))
    n_slots *= 2;
  seg->slots = g_new0 (WordSlot, n_slots);
  seg->mask = n_slots - 1;
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, seg->words);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gsize len = strlen (key);
      guint32 i = word_hash (key, len) & seg->mask;
      while (seg->slots[i].key != NULL)
        i = (i + 1) & seg->mask;
      seg->slots[i] = (WordSlot){ key, word_head (key, len), (guint32)len, GPOINTER_TO_UINT (value) };
      guint a = ((const guchar *)key)[0], b = ((const guchar *)key)[1];
      if ((GPOINTER_TO_UINT (value) & STARTER) != 0 && a < 0x80 && b < 0x80)
        seg->starter_heads[(a * 128 + b) / 8] |= (guint8)(1u << (b % 8));
    }
}

/* The flags of the @len bytes at @word, whose first eight are @head (word_head()): a word of up to
 * eight bytes is compared by its head alone. */
static inline guint
find_flags (const PrecisSegmenter *seg, const gchar *word, gsize len, guint64 head, guint32 hash)
{
  for (guint32 i = hash & seg->mask; seg->slots[i].key != NULL; i = (i + 1) & seg->mask)
    {
      const WordSlot *slot = &seg->slots[i];
      if (slot->len == len && slot->head == head
          && (len <= 8 || memcmp (slot->key + 8, word + 8, len - 8) == 0))
        return slot->flags;
    }
  return 0;
}

/* The segmenter of the language detection names @name; with @need_data, NULL when it has no
 * segment/<name>.txt and no rule of its own (Thai's spaces). */
static PrecisSegmenter *
segmenter_new (const gchar *name, gboolean need_data)
{
  g_autofree gchar *path = g_strdup_printf ("segment/%s.txt", name);
  g_auto (GStrv) lines = precis_data_lines (path);
  if (lines == NULL && need_data && !g_str_equal (name, "thai"))
    return NULL;
  PrecisSegmenter *seg = g_new0 (PrecisSegmenter, 1);
  seg->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  seg->greek = g_str_equal (name, "greek");
  seg->armenian = g_str_equal (name, "armenian");
  seg->arabic = g_str_equal (name, "arabic");
  seg->nouns_capitalised = g_str_equal (name, "german");
  seg->point_ordinals = g_str_equal (name, "turkish");
  seg->thai = g_str_equal (name, "thai");
  if (lines != NULL)
    {
      load_list (seg, lines);
      seg->has_data = TRUE;
    }
  build_slots (seg);
  return seg;
}

PrecisSegmenter *
precis_segmenter_new (const PrecisLanguageInfo *language)
{
  return segmenter_new (language->name, FALSE);
}

PrecisSegmenter *
precis_segmenter_new_for_name (const gchar *name)
{
  return name != NULL && *name != '\0' && strchr (name, '/') == NULL ? segmenter_new (name, TRUE) : NULL;
}

void
precis_segmenter_free (PrecisSegmenter *seg)
{
  if (seg == NULL)
    return;
  g_free (seg->slots);
  g_strfreev (seg->measured_endings);
  g_hash_table_unref (seg->words);
  g_free (seg);
}

/* ---- character classes ------------------------------------------------------------------ */

static inline gboolean
is_opening_mark (gunichar c)
{
  switch (c)
    {
    case '"':
    case '\'':
    case '(':
    case '[':
    case '{':
    case 0x2018:
    case 0x201C:
    case 0x201E:
    case 0x201A: /* „ ‚ (German, Polish, Czech) */
    case 0x00AB:
    case 0x2039:
    case 0x300C:
    case 0x300E:
    case 0xFF08:
    case 0x00BF:
    case 0x00A1: /* ¿ ¡ */
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_space_char (gunichar c)
{
  if (c < 0x80)
    return precis_ascii_space[c]; /* ' ', '\t', '\n', '\v', '\f', '\r': one load, not six tests */
  return c == 0x00A0 || g_unichar_isspace (c);
}

static inline gunichar
char_at (const gchar *text, gsize pos)
{
  guchar b = (guchar)text[pos];
  return b < 0x80 ? b : g_utf8_get_char (text + pos);
}

static inline gsize
char_width (const gchar *text, gsize pos)
{
  guchar b = (guchar)text[pos];
  return b < 0x80 ? 1 : (gsize)(g_utf8_next_char (text + pos) - (text + pos));
}

/* ---- helpers ----------------------------------------------------------------------------- */

/* The start of the whitespace-delimited token that ends at @end (exclusive). */
static gsize
token_start (const gchar *text, gsize lo, gsize end)
{
  gsize i = end;
  while (i > lo)
    {
      guchar last = (guchar)text[i - 1];
      if (last < 0x80)
        {
          /* An ASCII character (nearly every one) is its own last byte. */
          if (is_space_char (last))
            break;
          i--;
          continue;
        }
      const gchar *prev = g_utf8_find_prev_char (text + lo, text + i);
      if (prev == NULL || is_space_char (g_utf8_get_char (prev)))
        break;
      i = (gsize)(prev - text);
    }
  return i;
}

typedef enum
{
  NEXT_NONE,
  NEXT_UPPER,
  NEXT_LOWER,
  NEXT_DIGIT,
  NEXT_OTHER
} NextKind;

/* What the next word (after spaces and opening quotes) starts with; its span in *word. */
static NextKind
next_word (const gchar *text, gsize pos, gsize end, gsize *word_start, gsize *word_end)
{
  while (pos < end && is_space_char (char_at (text, pos)))
    pos += char_width (text, pos);
  while (pos < end && is_opening_mark (char_at (text, pos)))
    pos += char_width (text, pos);
  *word_start = *word_end = pos;
  if (pos >= end)
    return NEXT_NONE;
  gsize i = pos;
  while (i < end)
    {
      guchar b = (guchar)text[i];
      /* For ASCII, g_unichar_isalnum() is g_ascii_isalnum(): no call for nearly every byte. */
      if (b < 0x80 ? !g_ascii_isalnum (b) : !g_unichar_isalnum (char_at (text, i)))
        break;
      i += char_width (text, i);
    }
  *word_end = i;
  gunichar c = char_at (text, pos);
  /* No ASCII character is in title case. */
  if (c < 0x80)
    return g_ascii_isupper (c)   ? NEXT_UPPER
           : g_ascii_islower (c) ? NEXT_LOWER
           : g_ascii_isdigit (c) ? NEXT_DIGIT
                                 : NEXT_OTHER;
  if (g_unichar_isupper (c) || g_unichar_istitle (c))
    return NEXT_UPPER;
  if (g_unichar_islower (c))
    return NEXT_LOWER;
  if (g_unichar_isdigit (c))
    return NEXT_DIGIT;
  return NEXT_OTHER;
}

G_STATIC_ASSERT (ABBREV_MAX_BYTES % 8 == 0);

static guint
lookup_flags (const PrecisSegmenter *seg, const gchar *word, gsize len)
{
  if (len == 0 || len > ABBREV_MAX_BYTES)
    return 0;
  /* The word in eight-byte steps, the last one's missing bytes zero, lower-cased and hashed
   * a step at a time as word_hash() hashes the lower-case word. */
  guint64 chunks[ABBREV_MAX_BYTES / 8] = { 0 };
  memcpy (chunks, word, len);
  guint64 any = 0, h = len;
  for (gsize i = 0; i < (len + 7) / 8; i++)
    {
      any |= chunks[i];
      chunks[i] = precis_ascii_lower_bytes (chunks[i]);
      h = word_hash_step (h, chunks[i]);
    }
  if ((any & PRECIS_BYTES_HIGH) == 0) /* ASCII: lower case is the case folding */
    return find_flags (seg, (const gchar *)chunks, len, chunks[0], (guint32)(h >> 32));
  g_autofree gchar *folded = g_utf8_casefold (word, (gssize)len);
  gsize folded_len = strlen (folded);
  return find_flags (seg, folded, folded_len, word_head (folded, folded_len), word_hash (folded, folded_len));
}

/* "U.S", "a.m", "E": single letters joined by full stops (the final one not included). */
static gboolean
is_initials (const gchar *text, gsize start, gsize end)
{
  gsize i = start;
  guint n_letters = 0;
  while (i < end)
    {
      gunichar c = char_at (text, i);
      if (!g_unichar_isalpha (c))
        return FALSE;
      i += char_width (text, i);
      n_letters++;
      if (i < end)
        {
          if (text[i] != '.')
            return FALSE;
          i++;
        }
    }
  return n_letters > 0;
}

static inline gboolean
is_address_char (gchar c)
{
  return c == '@' || c == '/' || c == '\\';
}

/* The end of the white-space-delimited token that starts at @pos. */
static gsize
token_end (const gchar *text, gsize pos, gsize end)
{
  while (pos < end && !is_space_char (char_at (text, pos)))
    pos += char_width (text, pos);
  return pos;
}

gboolean
precis_segmenter_is_opener (const PrecisSegmenter *seg, const gchar *word, gsize len)
{
  return (lookup_flags (seg, word, len) & OPENER) != 0;
}

gboolean
precis_segmenter_is_starter (const PrecisSegmenter *seg, const gchar *word, gsize len)
{
  return (lookup_flags (seg, word, len) & STARTER) != 0;
}

gboolean
precis_segmenter_may_be_starter (const PrecisSegmenter *seg, const gchar *word, gsize len)
{
  return precis_starter_heads_may_open (seg->starter_heads, word, len);
}

const guint8 *
precis_segmenter_starter_heads (const PrecisSegmenter *seg)
{
  return seg->starter_heads;
}

gboolean
precis_segmenter_is_title (const PrecisSegmenter *seg, const gchar *word, gsize len)
{
  return (lookup_flags (seg, word, len) & ABBREV_PREFIX) != 0;
}

/* ---- the scan ---------------------------------------------------------------------------- */

/* A list marker at @pos: an optional bullet or opening bracket, then a number of up to 3 digits
 * or one lower-case letter, then ".", ")" or ".)" (")" after a bracket) and a space. Fills the parts; returns
 * the marker's end. */
typedef struct
{
  gunichar bullet; /* 0 if none */
  gboolean paren;  /* "(a)": an opening bracket before it */
  gboolean letter;
  guint value; /* the number, or the letter */
  gchar sep[3];
} Marker;

static gsize
parse_marker (const gchar *text, gsize pos, gsize end, Marker *m)
{
  memset (m, 0, sizeof *m);
  gunichar c = pos < end ? char_at (text, pos) : 0;
  if (c == 0x2022 || c == 0x2043 || c == '*' || c == '-' || c == 0x25CF || c == 0x25AA)
    {
      m->bullet = c;
      pos += char_width (text, pos);
      while (pos < end && text[pos] == ' ')
        pos++;
    }
  if (!m->bullet && pos < end && text[pos] == '(')
    {
      m->paren = TRUE;
      pos++;
    }
  gsize start = pos;
  while (pos < end && pos - start < 3 && g_ascii_isdigit (text[pos]))
    m->value = m->value * 10 + (guint)(text[pos++] - '0');
  if (pos == start)
    {
      if (pos >= end || !g_ascii_islower (text[pos]) || pos + 1 >= end || g_ascii_isalnum (text[pos + 1]))
        return 0;
      m->letter = TRUE;
      m->value = (guchar)text[pos++];
    }
  if (pos < end && text[pos] == '.' && pos + 1 < end && text[pos + 1] == ')')
    strcpy (m->sep, ".)");
  else if (pos < end && (text[pos] == '.' || text[pos] == ')'))
    m->sep[0] = text[pos];
  else
    return 0;
  if (m->paren && !g_str_equal (m->sep, ")"))
    return 0;
  pos += strlen (m->sep);
  if (pos >= end || (text[pos] != ' ' && text[pos] != '\t'))
    return 0;
  return pos;
}

/* Whether @a and @b are markers of one list's kind and number. */
static gboolean
same_marker (const Marker *a, const Marker *b)
{
  return a->bullet == b->bullet && a->paren == b->paren && a->letter == b->letter && a->value == b->value
         && g_str_equal (a->sep, b->sep);
}

/* What a search for the item after a marker found so far: no item of the list and no line break
 * starts at a space in [clean_from, clean_to). A full stop before a lower-case letter ("a. a. a.")
 * asks for the same item at each stop: it goes on from where the last search stopped, instead of
 * reading up to MAX_SENTENCE_BYTES again each time (seconds for a megabyte of "a. "). */
typedef struct
{
  gboolean valid;
  Marker after; /* the marker whose next item is searched for */
  gsize clean_from, clean_to;
} MarkerSearch;

/* The searches kept, by the marker's letter or number and separator. */
#define MARKER_SEARCHES 64

/* Where the item after @m starts, within the same line and MAX_SENTENCE_BYTES, or G_MAXSIZE. A
 * space at q matches when the item starts at q + 1 (read up to @end), whatever the search's start,
 * so the spaces of @kept's range need no second look. */
static gsize
find_next_marker (const gchar *text, gsize from, gsize end, const Marker *m, MarkerSearch *kept)
{
  gsize limit = MIN (end, from + MAX_SENTENCE_BYTES);
  if (!kept->valid || !same_marker (&kept->after, m) || from < kept->clean_from || from > kept->clean_to)
    *kept = (MarkerSearch){ TRUE, *m, from, from };
  gsize q = kept->clean_to;
  for (; q + 1 < limit; q++)
    {
      if (text[q] == '\n' || text[q] == '\r')
        break;
      if (text[q] != ' ' && text[q] != '\t')
        continue;
      Marker next;
      if (parse_marker (text, q + 1, end, &next) == 0)
        continue;
      if (next.bullet == m->bullet && next.paren == m->paren && next.letter == m->letter
          && next.value == m->value + 1 && g_str_equal (next.sep, m->sep))
        {
          kept->clean_to = q;
          return q + 1;
        }
    }
  kept->clean_to = q;
  return G_MAXSIZE;
}

/* What continues_sentence()'s search ahead found so far: no sentence end and no blank line
 * in [from, clean_to); at clean_to one of them when @found (@ends: a sentence end). Lines of
 * words with no punctuation ("a b\nc d\n") ask at every line break: the search goes on from where
 * the last one stopped instead of reading up to MAX_SENTENCE_BYTES again each time. */
typedef struct
{
  gboolean valid, found, ends;
  gsize from, clean_to;
} EndSearch;

/* The token (no white space) around the last glued full stop ("4.9%", "example.com"): [from, to),
 * from no earlier than the sentence's start when it was read, and the last address character in
 * it. Text with no spaces (Chinese, Japanese) is one token to the paragraph's end: every glued
 * stop in it reading the token again took quadratic time (minutes for 5 MB). */
typedef struct
{
  gboolean valid;
  gsize from, to;
  gsize last_address; /* G_MAXSIZE: none */
} GluedToken;

/* The sentences emit() keeps before it appends them to the spans, in one call a batch (a call a
 * sentence cost some seventy instructions). */
#define PENDING_SPANS 64

typedef struct
{
  const PrecisSegmenter *seg;
  const gchar *text;
  gsize end;
  GArray *spans;
  PrecisSpan pending[PENDING_SPANS]; /* the sentences not yet appended to @spans ... */
  guint n_pending;                   /* ... and how many */
  gsize sentence_start;
  guint paragraph;
  gboolean paragraph_open; /* no sentence of the current paragraph emitted yet */
  gboolean hard_wrapped;
  gboolean unpunctuated;  /* no terminator anywhere in the text: long runs cut by word count */
  gsize wrap_width;       /* hard-wrapped: the longest line of a wrapped length (bytes) */
  gsize marker_end;       /* end of the list marker opening the current sentence ("2.)"), or 0 */
  gsize next_marker_at;   /* where the next item of an inline list starts, or G_MAXSIZE */
  gboolean list_goes_on;  /* this sentence was split off as the next item of a list */
  MarkerSearch *searches; /* MARKER_SEARCHES of them, made at the first search (NULL before) */
  EndSearch end_search;
  GluedToken glued;
} Scan;

/* The kept search for the item after @m. */
static MarkerSearch *
marker_search (Scan *s, const Marker *m)
{
  guint sep = m->sep[0] == ')' ? 1 : m->sep[1] == ')' ? 2 : 0;
  if (s->searches == NULL)
    s->searches = g_new0 (MarkerSearch, MARKER_SEARCHES);
  return &s->searches[(m->value * 3 + sep + (m->bullet != 0) + m->paren) % MARKER_SEARCHES];
}

/* At the start of a sentence: note a list marker and the start of the list's next item. */
static void
begin_sentence (Scan *s)
{
  gsize pos = s->sentence_start;
  while (pos < s->end && g_ascii_isspace (s->text[pos]))
    pos++;
  Marker m;
  gsize marker_end = parse_marker (s->text, pos, s->end, &m);
  s->marker_end = 0;
  s->next_marker_at = G_MAXSIZE;
  if (marker_end == 0)
    return;
  s->next_marker_at = find_next_marker (s->text, marker_end, s->end, &m, marker_search (s, &m));
  /* A letter ("a.") counts as a marker only in a list: one that goes on, or was going on. */
  if (!m.letter || s->next_marker_at != G_MAXSIZE || s->list_goes_on)
    s->marker_end = marker_end;
  s->list_goes_on = FALSE;
}

/* Whether [start, end) of @text holds no sentence terminator (precis_is_terminator(), the
 * Greek ';', the Armenian ':'): for text with punctuation the first full stop ends the look, a
 * few hundred bytes in. */
static gboolean
is_unpunctuated (const PrecisSegmenter *seg, const gchar *text, gsize start, gsize end)
{
  gsize i = start;
#ifdef __SSE2__
  /* Sixteen bytes a step: the ASCII terminators compared (the Greek ';' and the Armenian ':'
   * only in their languages: else the full stop again), and the lead bytes from 0xC0, each
   * read as below, in order. */
  const __m128i dot = _mm_set1_epi8 ('.'), bang = _mm_set1_epi8 ('!'), question = _mm_set1_epi8 ('?'),
                semicolon = _mm_set1_epi8 (seg->greek ? ';' : '.'),
                colon = _mm_set1_epi8 (seg->armenian ? ':' : '.'), lead = _mm_set1_epi8 ((gchar)0xC0);
  for (; i + 16 <= end; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + i));
      __m128i m = _mm_or_si128 (
          _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, dot), _mm_cmpeq_epi8 (v, bang)),
                        _mm_or_si128 (_mm_cmpeq_epi8 (v, question), _mm_cmpeq_epi8 (v, semicolon))),
          _mm_or_si128 (_mm_cmpeq_epi8 (v, colon), _mm_cmpeq_epi8 (_mm_max_epu8 (v, lead), v)));
      for (guint bits = (guint)_mm_movemask_epi8 (m); bits != 0; bits &= bits - 1)
        {
          gsize k = i + (gsize)__builtin_ctz (bits);
          if ((guchar)text[k] < 0x80
              || precis_is_terminator (g_utf8_get_char_validated (text + k, (gssize)(end - k))))
            return FALSE;
        }
    }
#endif
  for (; i < end; i++)
    {
      guchar b = (guchar)text[i];
      if (b == '.' || b == '!' || b == '?' || (b == ';' && seg->greek) || (b == ':' && seg->armenian))
        return FALSE;
      if (b >= 0xC0 && precis_is_terminator (g_utf8_get_char_validated (text + i, (gssize)(end - i))))
        return FALSE;
    }
  return TRUE;
}

/* The words (runs of non-space bytes) of [a, b) of @text. (Not precis_count_words(): its
 * sixteen-byte steps cost 1.4 M more instructions over the bench's sentences, measured.) */
static guint
count_words (const gchar *text, gsize a, gsize b)
{
  guint words = 0;
  for (gsize i = a; i < b; i++)
    words += !g_ascii_isspace (text[i]) && (i == a || g_ascii_isspace (text[i - 1]));
  return words;
}

/* Where the white space after the @n-th word from @a ends (before @b), or @b when there are
 * fewer: the next piece starts there. */
static gsize
after_words (const gchar *text, gsize a, gsize b, guint n)
{
  guint words = 0;
  gsize i = a;
  while (i < b)
    {
      while (i < b && g_ascii_isspace (text[i]))
        i++;
      if (i == b)
        break;
      if (words == n)
        return i;
      words++;
      while (i < b && !g_ascii_isspace (text[i]))
        i++;
    }
  return b;
}

/* Whether @c is a Thai letter, vowel or tone mark (not a Thai digit or sign of its own). */
static gboolean
is_thai_letter (gunichar c)
{
  return c >= 0x0E01 && c <= 0x0E4E;
}

/* The characters of [a, b) of @text, up to @max + 1. */
static guint
count_chars (const gchar *text, gsize a, gsize b, guint max)
{
  guint n = 0;
  for (gsize i = a; i < b && n <= max; i++)
    n += ((guchar)text[i] & 0xC0) != 0x80;
  return n;
}

/* Whether the Thai run at [a, ...) (up to the next space or @b) opens with a word that joins it
 * to what comes before: "หรือ" (or), "และ" (and), "กับ" (with), "ของ" (of), "ซึ่ง", "ที่" (which),
 * "ว่า" (that), "โดย" (by). Thai sets a space before them in a list or a long clause
 * ("บริษัท บุคคล หรือ กลุ่ม"). */
static gboolean
opens_with_thai_joiner (const gchar *text, gsize a, gsize b)
{
  static const gchar *const joiners[] = { "หรือ", "และ", "กับ", "ของ", "ซึ่ง", "ที่", "ว่า", "โดย" };
  for (gsize i = 0; i < G_N_ELEMENTS (joiners); i++)
    {
      gsize len = strlen (joiners[i]);
      if (b - a >= len && memcmp (text + a, joiners[i], len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Where the first Thai sentence or clause of [a, b) ends, or @b: Thai writes no sentence
 * punctuation and sets a space between sentences and between phrases or clauses, none between
 * words. A space between two Thai letters ends one when the piece before it has at least
 * THAI_MIN_PIECE_BYTES, the runs on either side of it (to the next space) at least
 * THAI_MIN_RUN_CHARS characters (a shorter one is a list's item or a name, set apart by spaces:
 * "บริษัท บุคคล", "นายสมชาย ใจดี") and the one after it does not open with a joining word. A space
 * beside a number or a Latin word ("ลิตรละ 1 บาท") separates words. */
static gsize
thai_piece_end (const gchar *text, gsize a, gsize b)
{
  gsize run_start = a; /* the run before the space looked at */
  for (gsize i = a; i + 1 < b; i++)
    {
      if (text[i] != ' ')
        continue;
      gsize before = run_start;
      run_start = i + 1;
      if (i < a + THAI_MIN_PIECE_BYTES || (guchar)text[i + 1] != 0xE0 || (guchar)text[i - 1] < 0x80)
        continue;
      const gchar *prev = g_utf8_find_prev_char (text + a, text + i);
      if (prev == NULL || !is_thai_letter (g_utf8_get_char (prev)) || !is_thai_letter (char_at (text, i + 1)))
        continue;
      gsize after = i + 1;
      while (after < b && text[after] != ' ')
        after++;
      if (count_chars (text, before, i, THAI_MIN_RUN_CHARS) >= THAI_MIN_RUN_CHARS
          && count_chars (text, i + 1, after, THAI_MIN_RUN_CHARS) >= THAI_MIN_RUN_CHARS
          && !opens_with_thai_joiner (text, i + 1, after))
        return i;
    }
  return b;
}

/* The kept sentences appended to the spans. */
static void
flush_spans (Scan *s)
{
  g_array_append_vals (s->spans, s->pending, s->n_pending);
  s->n_pending = 0;
}

static void
emit (Scan *s, gsize stop)
{
  gsize a = s->sentence_start, b = stop;
  while (a < b && is_space_char (char_at (s->text, a)))
    a += char_width (s->text, a);
  while (b > a)
    {
      guchar last = (guchar)s->text[b - 1];
      if (last < 0x80)
        {
          /* An ASCII character (the common case: a full stop) is its own last byte. */
          if (!is_space_char (last))
            break;
          b--;
          continue;
        }
      const gchar *prev = g_utf8_find_prev_char (s->text + a, s->text + b);
      if (prev == NULL || !is_space_char (g_utf8_get_char (prev)))
        break;
      b = (gsize)(prev - s->text);
    }
  /* Unpunctuated text: a long run's pieces' length in words (0: not cut by words). */
  guint piece_words = 0;
  if (s->unpunctuated)
    {
      guint words = count_words (s->text, a, b);
      guint pieces = (words + UNPUNCTUATED_PIECE_WORDS - 1) / UNPUNCTUATED_PIECE_WORDS;
      if (words > UNPUNCTUATED_MAX_WORDS)
        piece_words = (words + pieces - 1) / pieces;
    }
  while (a < b)
    {
      /* A "sentence" longer than MAX_SENTENCE_BYTES (text without punctuation, a log file, a
       * runaway word) is cut into pieces at the last space before the limit, else at a
       * character boundary, so that no summary sentence is absurdly long. */
      gsize piece_end = b;
      if (piece_words > 0)
        piece_end = after_words (s->text, a, b, piece_words);
      if (s->seg->thai)
        {
          /* looked for no further than a piece may reach: a long run without a break is cut
           * below, and each of its pieces looks again only from where it starts */
          gsize reach = MIN (piece_end, a + MAX_SENTENCE_BYTES + 1);
          gsize clause_end = thai_piece_end (s->text, a, reach);
          if (clause_end < reach)
            piece_end = clause_end;
        }
      if (piece_end - a > MAX_SENTENCE_BYTES)
        {
          gsize cut = a + MAX_SENTENCE_BYTES;
          while (cut > a && (((guchar)s->text[cut]) & 0xC0) == 0x80)
            cut--;
          gsize space = cut;
          while (space > a + MAX_SENTENCE_BYTES / 2 && s->text[space] != ' ' && s->text[space] != '\n')
            space--;
          piece_end = space > a + MAX_SENTENCE_BYTES / 2 ? space : cut;
        }
      gsize trimmed = piece_end;
      while (trimmed > a && g_ascii_isspace (s->text[trimmed - 1]))
        trimmed--;
      if (s->n_pending == PENDING_SPANS)
        flush_spans (s);
      s->pending[s->n_pending++]
          = (PrecisSpan){ a, trimmed, s->paragraph, s->paragraph_open ? PRECIS_SPAN_PARAGRAPH_START : 0 };
      s->paragraph_open = FALSE;
      a = piece_end;
      while (a < b && g_ascii_isspace (s->text[a]))
        a++;
    }
  s->sentence_start = stop;
  begin_sentence (s);
}

static gboolean
starts_list_item (const gchar *text, gsize pos, gsize end)
{
  while (pos < end && (text[pos] == ' ' || text[pos] == '\t'))
    pos++;
  if (pos >= end)
    return FALSE;
  gunichar c = char_at (text, pos);
  if (c == '-' || c == '*' || c == 0x2022 || c == 0x2043 || c == 0x25AA || c == 0x25CF)
    return pos + 1 < end;
  gsize i = pos;
  while (i < end && g_ascii_isdigit (text[i]))
    i++;
  if (i > pos && i - pos <= 3 && i + 1 < end && (text[i] == '.' || text[i] == ')')
      && (text[i + 1] == ' ' || text[i + 1] == '\t'))
    return TRUE;
  /* "(ii) ", "iv) ", "(b) ", "c) ": a letter or a small roman numeral before a bracket. */
  gboolean paren = text[pos] == '(';
  i = pos + paren;
  gsize letters = i;
  while (i < end && i - letters < 5 && strchr ("ivx", text[i]) != NULL && text[i] != '\0')
    i++;
  if (i == letters && i < end && g_ascii_islower (text[i]))
    i++;
  return i > letters && i + 1 < end && text[i] == ')' && (text[i + 1] == ' ' || text[i + 1] == '\t');
}

/* Whether the text is hard-wrapped prose; *width: its longest line of a wrapped length (the wrap
 * width, in bytes). */
static gboolean
is_hard_wrapped (const gchar *text, gsize start, gsize end, gsize *width)
{
  guint n_lines = 0, n_long = 0;
  *width = 0;
  gsize line = start;
  while (line < end)
    {
      const gchar *nl = memchr (text + line, '\n', end - line);
      gsize stop = nl ? (gsize)(nl - text) : end;
      gsize n = stop - line;
      if (n > 0 && text[stop - 1] == '\r')
        n--;
      if (n > 0)
        {
          n_lines++;
          gboolean is_long = n >= WRAP_MIN_LINE_BYTES && n <= WRAP_MAX_LINE_BYTES;
          n_long += is_long;
          if (is_long)
            *width = MAX (*width, n);
        }
      line = stop + 1;
    }
  return n_lines >= WRAP_MIN_LINES && n_long >= WRAP_MIN_SHARE * n_lines
         && n_long < n_lines; /* every line long: paragraphs one per line, not wrapping */
}

/* Whether the block (up to the next blank line) that goes on at @after ends a sentence somewhere
 * within MAX_SENTENCE_BYTES. */
static gboolean
block_ends_sentence (Scan *s, gsize after)
{
  const gchar *text = s->text;
  /* What is found at a position does not depend on where the search started: a search from
   * inside the kept clean range goes on from its end. */
  gsize limit = MIN (s->end, after + MAX_SENTENCE_BYTES);
  EndSearch *k = &s->end_search;
  if (!k->valid || after < k->from || after > k->clean_to)
    *k = (EndSearch){ .valid = TRUE, .from = after, .clean_to = after };
  if (k->found)
    return k->clean_to < limit && k->ends;
  gsize i = k->clean_to;
  for (; i < limit; i++)
    {
      if (text[i] == '.' || text[i] == '!' || text[i] == '?')
        {
          k->found = k->ends = TRUE;
          break;
        }
      gsize w = 0;
      if (precis_is_line_break (text, s->end, i, &w))
        {
          gsize j = i + w;
          while (j < s->end && (text[j] == ' ' || text[j] == '\t'))
            j++;
          if (j >= s->end || precis_is_line_break (text, s->end, j, &w))
            {
              k->found = TRUE; /* a blank line: the block ends */
              break;
            }
        }
    }
  k->clean_to = i;
  return k->found && k->ends;
}

/* A line that ends without punctuation, followed by one that starts in lower case, in a block
 * (up to the next blank line) that does end a sentence somewhere: a line wrapped mid-sentence,
 * as text copied from a PDF ("This is a sentence\ncut off in the middle."). Lines of words
 * with no punctuation anywhere are a list ("features\ncontact manager"). */
static gboolean
continues_sentence (Scan *s, gsize pos, gsize after)
{
  const gchar *text = s->text;
  if (after >= s->end || !g_ascii_islower (text[after]) || pos == 0)
    return FALSE;
  gchar last = text[pos - 1];
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',')
    return FALSE;
  /* A line of one word is an entry of its own ("spielen\nspielt\nspiele"), not prose wrapped
   * at some width. */
  gsize line = pos;
  gboolean one_word = TRUE;
  while (line > 0 && text[line - 1] != '\n' && text[line - 1] != '\r')
    {
      line--;
      one_word &= text[line] != ' ' && text[line] != '\t';
    }
  if (one_word)
    return FALSE;
  return block_ends_sentence (s, after);
}

/* Whether the line that ends at the line break at @pos ends on a word that ends no sentence (the
 * language's [continuers]: an article, a preposition, a conjunction), written in small letters
 * on a line of CONTINUER_MIN_LINE_WORDS words or more, and the next line opens with a capital in a block that
 * ends a sentence somewhere: a line wrapped mid-sentence before a name or a month ("The meeting will be held
 * in\nDecember at the town hall."), which continues_sentence() leaves, its next word not being in lower case.
 */
static gboolean
ends_on_continuer (Scan *s, gsize pos, gsize after)
{
  const gchar *text = s->text;
  gsize ws = 0, we = 0;
  if (next_word (text, after, s->end, &ws, &we) != NEXT_UPPER)
    return FALSE;
  gsize word = pos;
  while (word > 0 && (g_ascii_isalpha (text[word - 1]) || (guchar)text[word - 1] >= 0x80))
    word--;
  /* a word in small letters, on a line of a few words */
  if (word == pos || !g_unichar_islower (char_at (text, word))
      || (lookup_flags (s->seg, text + word, pos - word) & CONTINUER) == 0)
    return FALSE;
  gsize line = word;
  while (line > 0 && text[line - 1] != '\n' && text[line - 1] != '\r')
    line--;
  guint n_words = 0;
  for (gsize i = line; i <= word; i++)
    n_words += text[i] != ' ' && text[i] != '\t' && (i == line || text[i - 1] == ' ' || text[i - 1] == '\t');
  if (n_words < CONTINUER_MIN_LINE_WORDS)
    return FALSE;
  return block_ends_sentence (s, after);
}

/* Whether the line that ends at the line break at @pos is a label ("Photo: Getty Images", "Lire
 * aussi : Les syndicats ...", "Update:") standing on a line of its own in hard-wrapped text: the
 * sentence opens on the line, a colon follows its first word or few (not a time's, "10:30"), it
 * ends in no comma, semicolon or dash, the next line opens with a capital, and the line with the
 * next line's first word would have fitted in the wrap width, so the line was ended, not wrapped. */
static gboolean
is_label_line (const Scan *s, gsize pos, gsize after)
{
  const gchar *text = s->text;
  gsize ws = 0, we = 0;
  if (next_word (text, after, s->end, &ws, &we) != NEXT_UPPER || ws != after)
    return FALSE;
  gsize line = pos;
  while (line > 0 && text[line - 1] != '\n' && text[line - 1] != '\r' && pos - line <= WRAP_MAX_LINE_BYTES)
    line--;
  if (pos - line > WRAP_MAX_LINE_BYTES
      || (s->sentence_start < line && !precis_is_blank (text, s->sentence_start, line)))
    return FALSE;
  gsize last = pos;
  while (last > line && (text[last - 1] == ' ' || text[last - 1] == '\t'))
    last--;
  if (last == line || strchr (",;-", text[last - 1]) != NULL || (pos - line) + 1 + (we - ws) > s->wrap_width)
    return FALSE;
  guint spaces = 0;
  for (gsize i = line; i < last && i - line <= LABEL_MAX_BYTES; i++)
    {
      if (text[i] == ':')
        return i > line && !g_ascii_isdigit (text[i - 1]) && (i + 1 == last || text[i + 1] == ' ');
      spaces += text[i] == ' ' && i > line && text[i - 1] != ' ';
      if (spaces > LABEL_MAX_WORDS)
        return FALSE;
    }
  return FALSE;
}

/* A line break at @pos: ends the sentence and maybe the paragraph. Returns the position to
 * continue from. */
static gsize
on_line_break (Scan *s, gsize pos)
{
  const gchar *text = s->text;
  gsize width = 0;
  precis_is_line_break (text, s->end, pos, &width);
  gsize after = pos + width;

  /* A blank line (only spaces before the next break) closes the paragraph. */
  gsize i = after;
  while (i < s->end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f' || text[i] == '\v'))
    i++;
  gsize w2 = 0;
  if (i >= s->end || precis_is_line_break (text, s->end, i, &w2))
    {
      emit (s, pos);
      if (!s->paragraph_open)
        s->paragraph++;
      s->paragraph_open = TRUE;
      return after;
    }

  gboolean wrapped = pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t');
  if (wrapped)
    {
      /* ... but a heading or salutation line ends at its colon: "Señores: \nEMBAJADA". */
      gsize b = pos;
      while (b > s->sentence_start && (text[b - 1] == ' ' || text[b - 1] == '\t'))
        b--;
      if (b > s->sentence_start && text[b - 1] == ':' && after < s->end
          && g_unichar_isupper (char_at (text, after)))
        wrapped = FALSE;
    }
  if (starts_list_item (text, after, s->end))
    wrapped = FALSE;
  else if ((s->hard_wrapped && !is_label_line (s, pos, after)) || continues_sentence (s, pos, after)
           || ends_on_continuer (s, pos, after))
    wrapped = TRUE;
  if (!wrapped)
    emit (s, pos);
  return after;
}

/* "[7]", "[12]": a footnote mark (1 to 3 digits in brackets) at @pos. */
static gboolean
is_footnote (const gchar *text, gsize pos, gsize end)
{
  gsize i = pos + 1;
  while (i < end && i - pos <= 3 && g_ascii_isdigit (text[i]))
    i++;
  return i > pos + 1 && i < end && text[i] == ']';
}

/* Footnote numbers glued after a full stop that follows a word or a bracket ("in a
 * consultation.11 12 Take", "(1987).1 The"): up to three groups of 1 to 3 digits, then a space
 * and a capital. Returns the end of the numbers, or @after_run. */
static gsize
skip_footnote_numbers (const gchar *text, gsize dot, gsize after_run, gsize end)
{
  if (dot == 0 || after_run != dot + 1 || !(g_ascii_isalpha (text[dot - 1]) || text[dot - 1] == ')'))
    return after_run;
  gsize pos = after_run;
  for (guint group = 0; group < 3; group++)
    {
      gsize digits = pos;
      while (pos < end && pos - digits < 4 && g_ascii_isdigit (text[pos]))
        pos++;
      if (pos == digits || pos - digits > 3 || pos >= end || text[pos] != ' ')
        return after_run;
      gsize next = pos + 1;
      if (next < end && g_unichar_isupper (char_at (text, next)))
        return pos;
      if (next >= end || !g_ascii_isdigit (text[next]))
        return after_run;
      pos = next;
    }
  return after_run;
}

/* Past the run of terminators and closing quotes/brackets that starts at @pos. */
static gsize
skip_terminators (const gchar *text, gsize pos, gsize end)
{
  while (pos < end)
    {
      gunichar c = char_at (text, pos);
      /* (U+FFFD too: what --lossy left for a NUL byte or a closing quote in another encoding,
       * "things.\uFFFD Another", does not glue two sentences) */
      if (c == '.' || c == '!' || c == '?' || c == 0x2026 || precis_is_strong_terminator (c)
          || precis_is_closing_mark (c) || c == 0xFFFD)
        pos += char_width (text, pos);
      else if (c == 0x201C && (pos + 3 >= end || is_space_char (char_at (text, pos + 3))))
        pos += 3; /* German „...“: the left quote closes */
      else if (c == '[' && is_footnote (text, pos, end))
        pos = (gsize)((const gchar *)memchr (text + pos, ']', end - pos) - text) + 1; /* "large.[7][8]" */
      else if (c == ' ' && pos + 1 < end && text[pos + 1] == '.' && pos > 0 && text[pos - 1] == '.')
        pos++; /* the spaced ellipsis ". . ." */
      else
        break;
    }
  return pos;
}

/* Units that follow a number directly: "12. 37 km", "10. 52 am". */
static const gchar *const number_units[]
    = { "am", "pm", "km", "m", "cm", "mm", "kg", "g", "mph", "per", "percent", "crore", "lakh", "bn", "mn" };

/* Whether "N. M ..." (N the digits that end the token [ts, dot), M the word [ws, we)) is a
 * decimal number typed with a space after its point: N and M short numbers, M followed by "%" or by a unit. A
 * sentence that ends with a number and a next one that opens with one and a unit is rarer
 * than the slip ("was 25. 9% nationally"); a year ("in 2003. 2004 was") or a time with its
 * own point ("29. 11.50 am") still splits. */
static gboolean
is_broken_decimal (const gchar *text, gsize ts, gsize dot, gsize ws, gsize we, gsize end)
{
  gsize ds = dot; /* the digits before the point: "10" of "BJP.10" too */
  while (ds > ts && g_ascii_isdigit (text[ds - 1]))
    ds--;
  if (ds == dot || dot - ds > 3 || (ds > ts && g_ascii_isalnum (text[ds - 1]))
      || !precis_all_digits (text + ws, we - ws) || we - ws > 3)
    return FALSE;
  if (we < end && text[we] == '%')
    return TRUE;
  if (we >= end || text[we] != ' ')
    return FALSE;
  gsize us = we + 1, ue = us;
  while (ue < end && g_ascii_isalpha (text[ue]))
    ue++;
  if (ue < end && g_ascii_isalnum (text[ue]))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (number_units); i++)
    if (ue - us == strlen (number_units[i]) && g_ascii_strncasecmp (text + us, number_units[i], ue - us) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the word before @pos (skipping spaces and a number range "1. -") is one that
 * introduces an ordinal ("am", "dem", "zum"). */
static gboolean
follows_ordinal_word (const Scan *s, gsize pos)
{
  const gchar *text = s->text;
  gsize lo = s->sentence_start, e = pos;
  for (;;)
    {
      while (e > lo && (text[e - 1] == ' ' || text[e - 1] == '-'))
        e--;
      gsize b = e;
      while (b > lo && (g_ascii_isdigit (text[b - 1]) || text[b - 1] == '.'))
        b--;
      if (b == e || b == lo || text[b - 1] != ' ')
        break;
      e = b; /* "1. -3.": look past the first number of the range */
    }
  gsize b = e;
  while (b > lo && ((guchar)text[b - 1] >= 0x80 || g_ascii_isalpha (text[b - 1])))
    b--;
  return b < e && (lookup_flags (s->seg, text + b, e - b) & BEFORE_ORDINAL);
}

/* Whether the capitalised word at @ws..@we may be what a measure's amount measures, in a language
 * whose data names the endings of that case ("[measured-endings]"): written in capitals, an
 * acronym or a currency ("5 proc. PKB", "10 tys. PLN"), or ending as that case ends ("60 proc.
 * Polaków", "3 proc. Francji"). */
static gboolean
may_be_measured (const PrecisSegmenter *seg, const gchar *text, gsize ws, gsize we)
{
  gboolean capitals = we - ws >= 2;
  for (gsize i = ws; i < we && capitals; i += char_width (text, i))
    capitals = !g_unichar_islower (char_at (text, i));
  if (capitals)
    return TRUE;
  for (gchar **e = seg->measured_endings; *e != NULL; e++)
    {
      gsize len = strlen (*e);
      if (we - ws > len && memcmp (text + we - len, *e, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether the word before @ts (after white space, from @lo on) is a number ("2", "10", "3,5"),
 * or a short word after one ("2 трлн руб.", "5 mln. zł."). */
static gboolean
after_number (const gchar *text, gsize lo, gsize ts)
{
  for (guint words = 0; words < 2; words++)
    {
      gsize e = ts;
      while (e > lo && (text[e - 1] == ' ' || text[e - 1] == '\t'))
        e--;
      if (e == ts || e == lo)
        return FALSE;
      if (g_ascii_isdigit (text[e - 1]))
        {
          while (e > lo && (g_ascii_isdigit (text[e - 1]) || text[e - 1] == ',' || text[e - 1] == '.'))
            e--;
          return e == lo || g_ascii_isspace (text[e - 1]) || text[e - 1] == '(';
        }
      /* a short word (a unit or "млн") before, perhaps with its own full stop */
      gsize w = e - (text[e - 1] == '.');
      ts = w;
      while (ts > lo && w - ts <= SHORT_UNIT_BYTES && !g_ascii_isspace (text[ts - 1]))
        ts--;
      if (ts == w || w - ts > SHORT_UNIT_BYTES || !g_unichar_islower (g_utf8_get_char (text + ts)))
        return FALSE;
    }
  return FALSE;
}

/* The whitespace-delimited token before @pos (from @lo on): its start, or G_MAXSIZE when there
 * is none; its end (without the white space) in @token_end. */
static gsize
token_before (const gchar *text, gsize lo, gsize pos, gsize *token_end)
{
  while (pos > lo && (text[pos - 1] == ' ' || text[pos - 1] == '\t'))
    pos--;
  *token_end = pos;
  gsize start = token_start (text, lo, pos);
  return start < pos ? start : G_MAXSIZE;
}

/* Whether the [years] word at [ts, dot) ("г.") ends a date's year ("30 ноября 2026 г.", "1 янв.
 * 2027 г.", "в ноябре 2026 г.") that does not open the sentence [lo, ...): a capital after it
 * then opens the next sentence ("... вступает в силу 30 ноября 2026 г. Закон ..."). A date that
 * opens it leads into it ("В ноябре 2026 г. Путин ..."); a bare year is left to the word's other
 * lists ("1898 г. В 1854 году" stays one, as pragmatic_segmenter's Russian spec reads it). */
static gboolean
ends_dated_sentence (const PrecisSegmenter *seg, const gchar *text, gsize lo, gsize ts)
{
  gsize ye = 0, me = 0, de = 0;
  gsize ys = token_before (text, lo, ts, &ye);
  if (ys == G_MAXSIZE || ye - ys < 3 || ye - ys > 4 || !precis_all_digits (text + ys, ye - ys))
    return FALSE;
  gsize ms = token_before (text, lo, ys, &me);
  if (ms == G_MAXSIZE)
    return FALSE;
  gsize mlen = me - ms - (text[me - 1] == '.');
  if (mlen == 0 || !(lookup_flags (seg, text + ms, mlen) & MONTH))
    return FALSE;
  gsize date = ms;
  gsize ds = token_before (text, lo, ms, &de);
  if (ds != G_MAXSIZE && de - ds <= 2 && precis_all_digits (text + ds, de - ds))
    date = ds;
  return count_words (text, lo, date) > 1;
}

/* Whether the sentence [lo, time) opens with a preposition of time and holds only a few
 * words before the time ("At 5", "On Monday at 10"): the time then leads into the sentence.
 * Like the a.m./p.m. rule that uses it, the list is English and applies in every language
 * (English times turn up in other languages' text, as in the Danish spec's copy of the case),
 * so it is kept here rather than in data/segment/english.txt. */
static gboolean
opens_with_time_phrase (const gchar *text, gsize lo, gsize time)
{
  static const gchar *const time_words[]
      = { "at",        "on",      "by",     "from",  "until",   "till",  "before",
          "after",     "since",   "around", "about", "between", "today", "tomorrow",
          "yesterday", "tonight", "every",  "each",  "this" };
  while (lo < time && (is_space_char (char_at (text, lo)) || is_opening_mark (char_at (text, lo))))
    lo += char_width (text, lo);
  gsize we = lo;
  while (we < time && g_ascii_isalpha (text[we]))
    we++;
  gboolean preposition = FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (time_words); i++)
    preposition
        |= strlen (time_words[i]) == we - lo && g_ascii_strncasecmp (text + lo, time_words[i], we - lo) == 0;
  guint words = 0;
  for (gsize i = lo; i < time; i++)
    words += text[i] == ' ' && i + 1 < time && text[i + 1] != ' ';
  return preposition && words <= TIME_PHRASE_MAX_WORDS;
}

/* The start of the token around the glued full stop at @dot (@after_run inside the token too),
 * no earlier than the sentence's start: read once a token, kept in s->glued. */
static gsize
glued_token (Scan *s, gsize dot, gsize after_run)
{
  GluedToken *t = &s->glued;
  if (!t->valid || dot < t->from || after_run >= t->to)
    {
      gsize from = token_start (s->text, s->sentence_start, dot);
      gsize to = token_end (s->text, after_run, s->end);
      gsize last_address = G_MAXSIZE;
      for (gsize i = from; i < to; i++)
        if (is_address_char (s->text[i]))
          last_address = i;
      *t = (GluedToken){ TRUE, from, to, last_address };
    }
  /* The sentence's start only moves on: the kept start bounded by an earlier one is the same. */
  return MAX (t->from, s->sentence_start);
}

/* Whether the glued token that starts at @tok (glued_token()) is a web or mail address or a path:
 * it holds "@", "/" or "\\", or opens with "www.". */
static gboolean
looks_like_address (const Scan *s, gsize tok)
{
  const GluedToken *t = &s->glued;
  if (t->last_address != G_MAXSIZE && t->last_address >= tok)
    return TRUE;
  return t->to - tok >= 4 && g_ascii_strncasecmp (s->text + tok, "www.", 4) == 0;
}

/* Whether a capitalised word ends right before the space before @pos (no earlier than @lo): a
 * month before its day ("April 1"), not a list's "and 3". */
static gboolean
follows_capitalised (const gchar *text, gsize lo, gsize pos)
{
  if (pos <= lo || !is_space_char (char_at (text, pos - 1)))
    return FALSE;
  gsize ws = token_start (text, lo, pos - 1);
  const gchar *last = g_utf8_find_prev_char (text + ws, text + pos - 1);
  return ws < pos - 1 && g_unichar_isupper (char_at (text, ws)) && last != NULL
         && g_unichar_isalpha (g_utf8_get_char (last));
}

/* Whether the word [@ws, @we) is in capitals, two letters or more, and a capital follows it after a
 * space: a story's section heading run into the sentence before ("areas.THE DISPUTE India"), not
 * a file's extension ("report.PDF and"). */
static gboolean
opens_in_capitals (const gchar *text, gsize ws, gsize we, gsize end)
{
  if (we - ws < 2 || we + 1 >= end || text[we] != ' ' || !g_unichar_isupper (char_at (text, we + 1)))
    return FALSE;
  for (gsize i = ws; i < we; i += char_width (text, i))
    if (!g_unichar_isupper (char_at (text, i)))
      return FALSE;
  return TRUE;
}

static gboolean
decide_full_stop (Scan *s, gsize dot, gsize after_run)
{
  const gchar *text = s->text;
  gsize lo = s->sentence_start;

  gsize ws = 0, we = 0;
  NextKind next = next_word (text, after_run, s->end, &ws, &we);

  /* The full stop of a list marker ("1.", "a.", "2.)") ends nothing. */
  if (dot < s->marker_end)
    return FALSE;

  /* Glued: "end.Next", "3.14", "U.S.A", "example.com", "Jr.'s". */
  if (after_run < s->end && !is_space_char (char_at (text, after_run)))
    {
      /* Chinese or Japanese typed with the ASCII full stop, no space after it ("提高0.2元.财政部长
       * 表示"): a single one between two ideographs or kana ends a sentence, as "。" does (an
       * ellipsis, "柳葉魚...哇", is left to its own rules). */
      if (dot > lo && after_run == dot + 1 && (guchar)text[dot - 1] >= 0x80
          && precis_is_unspaced (char_at (text, after_run)))
        {
          const gchar *prev = g_utf8_find_prev_char (text + lo, text + dot);
          if (prev != NULL && precis_is_unspaced (g_utf8_get_char (prev)))
            return TRUE;
        }
      if (next != NEXT_UPPER || ws != after_run)
        return FALSE;
      gsize tok = glued_token (s, dot, after_run);
      if (looks_like_address (s, tok))
        return FALSE;
      /* The next word must look like a word (upper then lower, or a capital that is a word
       * standing alone, "world.I dag", "end.A new", or a name's initial, "night.R Baaniya said"),
       * the previous end like one. Another capital alone names a variant ("the Zafi.D virus"). */
      gboolean alone = we - ws == char_width (text, ws) && we + 1 < s->end && text[we] == ' '
                       && (text[ws] == 'I' || text[ws] == 'A' || (guchar)text[ws] >= 0x80
                           || g_ascii_isupper (text[we + 1]));
      if (!alone && (we - ws < 2 || !g_unichar_islower (char_at (text, ws + char_width (text, ws))))
          && !opens_in_capitals (text, ws, we, s->end))
        return FALSE;
      gsize prev_start = dot;
      while (prev_start > tok && text[prev_start - 1] != '.')
        prev_start--;
      /* A title before a name ("St.Louis", "Mt.Everest", "Dr.Smith") ends nothing. */
      if (lookup_flags (s->seg, text + prev_start, dot - prev_start) & ABBREV_PREFIX)
        return FALSE;
      /* A digit standing alone after a capitalised word ("on April 1.Akhil and"; not a list's
       * "lunch: 1.Soup, 2.Bread and 3.Fish", nor one at the sentence's start). */
      if (prev_start == tok && precis_all_digits (text + tok, dot - tok)
          && follows_capitalised (text, lo, tok))
        return TRUE;
      if (dot - prev_start < 2)
        return FALSE;
      /* A closing bracket, or a '?' after the stop for a lost quotation mark ("(Prabhas).Our
       * designer", "via SMS.?He must"). */
      if (text[dot - 1] == ')' || (after_run == dot + 2 && text[dot + 1] == '?'))
        return TRUE;
      const gchar *last = g_utf8_find_prev_char (text + prev_start, text + dot);
      gunichar lc = last ? g_utf8_get_char (last) : 0;
      return g_unichar_islower (lc) || g_unichar_isdigit (lc);
    }

  if (next == NEXT_NONE)
    return TRUE;
  if (next == NEXT_LOWER && (!s->seg->has_data || s->seg->short_list))
    {
      /* no (or a short) abbreviation list: a long word not in it ends a sentence even before a
       * lower-case one */
      gsize word = token_start (text, lo, dot);
      if (dot - word >= LONG_WORD_BYTES && g_unichar_islower (char_at (text, word))
          && lookup_flags (s->seg, text + word, dot - word) == 0)
        return TRUE;
    }
  if (next == NEXT_LOWER)
    {
      /* An inline list opens (or goes on) after the full stop: "Smith. a. here it is b.
       * another", "the store. w) hello x) hello". */
      Marker m;
      gsize marker_end = parse_marker (text, ws, s->end, &m);
      return marker_end != 0 && m.letter
             && find_next_marker (text, marker_end, s->end, &m, marker_search (s, &m)) != G_MAXSIZE;
    }

  /* The word before the full stop, without opening quotes or brackets. */
  gsize ts = token_start (text, lo, dot);
  while (ts < dot && is_opening_mark (char_at (text, ts)))
    ts += char_width (text, ts);
  gboolean ellipsis = dot > ts && (text[dot - 1] == '.' || text[dot - 1] == ' ');
  if (ts >= dot)
    ellipsis = TRUE; /* a lone ". . ." */

  guint flags = ellipsis ? 0 : lookup_flags (s->seg, text + ts, dot - ts);
  if (flags == 0 && !ellipsis)
    {
      /* An elided article or preposition before it: "l'Ing.", "dell'Avv.". (Most words hold
       * no apostrophe, nor the lead byte of a curly one, in their first bytes: they are read
       * character by character only when they do.) */
      gsize e = ts, reach = MIN (dot, ts + ELISION_MAX_BYTES + 1);
      while (e < reach && text[e] != '\'' && (guchar)text[e] != 0xE2)
        e++;
      if (e < reach)
        e = ts;
      while (e < dot && e - ts <= ELISION_MAX_BYTES && text[e] != '\'' && char_at (text, e) != 0x2019)
        e += char_width (text, e);
      if (e < dot && e - ts <= ELISION_MAX_BYTES)
        {
          e += char_width (text, e);
          flags = lookup_flags (s->seg, text + e, dot - e);
        }
    }
  if ((flags & YEAR) && next == NEXT_UPPER && ends_dated_sentence (s->seg, text, lo, ts))
    return TRUE;
  if (flags & ABBREV_PREFIX)
    return FALSE;
  /* An ordinal written with a point: before a month ("am 12. Juni", "den 5. maj"), or after
   * a word that introduces one ("die 3. Liga", "vom 1. -3. Jahrhundert"), or in Turkish before
   * any word ("2. Dünya Savaşı"). */
  gsize digits
      = ts < dot && (text[ts] == '-' || char_at (text, ts) == 0x2013) ? ts + char_width (text, ts) : ts;
  if (next == NEXT_UPPER && precis_all_digits (text + digits, dot - digits) && dot - digits <= 2
      && (s->seg->point_ordinals || (lookup_flags (s->seg, text + ws, we - ws) & MONTH)
          || follows_ordinal_word (s, ts)))
    return FALSE;
  if ((flags & ABBREV_NUMBER) && next == NEXT_DIGIT)
    return FALSE;
  if (next == NEXT_DIGIT && is_broken_decimal (text, ts, dot, ws, we, s->end))
    return FALSE;
  /* A range of ordinals: "vom 1. -3. Jahrhundert". */
  if (next == NEXT_OTHER && precis_all_digits (text + ts, dot - ts)
      && (text[ws] == '-' || char_at (text, ws) == 0x2013) && ws + char_width (text, ws) < s->end
      && g_ascii_isdigit (text[ws + char_width (text, ws)]))
    return FALSE;
  /* "1." at the start of a sentence is a list number. */
  if (precis_all_digits (text + ts, dot - ts) && dot - ts <= 3 && precis_is_blank (text, lo, ts))
    return FALSE;

  /* "Q. What ...", "A. His ...": a single letter opening the sentence is a label. */
  if (dot - ts == 1 && precis_is_blank (text, lo, ts) && g_unichar_isupper (char_at (text, ts)))
    return FALSE;
  /* "6 p.m. Travelers" ends a sentence; "10 a.m. Tuesday", "9 a.m. GMT" do not (the words
   * after a time are in [months]); before a title ("Mr.") it depends on where the time stands:
   * "At 5 a.m. Mr. Smith went" opens with it, "He left at 6 P.M. Mr. Smith then went" ends. */
  if (next == NEXT_UPPER && dot - ts == 3
      && (text[ts] == 'a' || text[ts] == 'p' || text[ts] == 'A' || text[ts] == 'P') && text[ts + 1] == '.'
      && (text[ts + 2] == 'm' || text[ts + 2] == 'M'))
    {
      guint next_flags = lookup_flags (s->seg, text + ws, we - ws);
      if (next_flags & MONTH)
        return FALSE;
      if (next_flags & ABBREV_PREFIX)
        return !opens_with_time_phrase (text, lo, ts);
      return TRUE;
    }
  if (ellipsis || (flags & ABBREV_GENERAL) || is_initials (text, ts, dot))
    {
      if (next != NEXT_UPPER)
        return ellipsis;
      /* A unit or a currency in lower case after a number ("2 трлн руб. Депутаты", "à 10 h. Il
       * a vu", "5 km. The"): a capital after it opens a sentence, where only sentences and names
       * are capitalised (in a language with abbreviation data: without, "150 г. Саргон" may be a
       * year's, as the Bulgarian spec reads it); a month's abbreviation is no unit ("le 12 janv.
       * Emmanuel Macron"), nor is a measure of a recipe or a shop, whose amount a name may follow
       * ("2 tsp. Dijon mustard", "4 oz. Coca-Cola", "2 c. Dijon"). */
      if (!ellipsis && s->seg->has_data && !s->seg->nouns_capitalised && !(flags & (MONTH | MEASURE))
          && g_unichar_islower (char_at (text, ts)) && after_number (text, lo, ts))
        return TRUE;
      /* A measure whose amount the measured thing follows in a case of its own (Polish "proc.",
       * "tys.": "60 proc. Polaków", "5 proc. PKB") ends a sentence before a capital in another form
       * ("wzrosła o 4,1 proc. Rada ..."). */
      if (!ellipsis && (flags & MEASURE) && s->seg->measured_endings != NULL && after_number (text, lo, ts)
          && !may_be_measured (s->seg, text, ws, we))
        return TRUE;
      guint next_flags = lookup_flags (s->seg, text + ws, we - ws);
      return (next_flags & STARTER) != 0;
    }
  return TRUE;
}

/* Whether a letter starts at @pos (before @end). */
static gboolean
is_letter_at (const gchar *text, gsize pos, gsize end)
{
  return pos < end && g_unichar_isalpha (char_at (text, pos));
}

/* A straight single quote at @i: opening at the start of a word (after a space, an opening mark
 * or @lo, before a letter), closing at the end of one (after a non-space, before no letter).
 * An apostrophe inside a word ("they'll") is neither; one after a word ("students'") looks
 * closing and only counts when a quotation is open. */
static gboolean
single_quote_opens (const gchar *text, gsize lo, gsize i, gsize end)
{
  return (i == lo || is_space_char (char_at (text, i - 1)) || is_opening_mark (char_at (text, i - 1)))
         && is_letter_at (text, i + 1, end);
}

static gboolean
single_quote_closes (const gchar *text, gsize lo, gsize i, gsize end)
{
  return i > lo && !is_space_char (char_at (text, i - 1)) && !is_letter_at (text, i + 1, end);
}

/* How a straight double quote at @i reads from its neighbours: opening (+1) at the start of a
 * word (after a space, an opening mark or @lo, before a non-space), closing (-1) at the end of
 * one (after a non-space, before a space, a mark or the end), else 0. Counting quotes by
 * parity pairs them backwards after a stray one ('fine", he said. "Why not?"'); their shape
 * does not. */
static gint
straight_quote_shape (const gchar *text, gsize lo, gsize i, gsize end)
{
  gboolean after_space
      = i == lo || is_space_char (char_at (text, i - 1)) || is_opening_mark (char_at (text, i - 1));
  gboolean before_space = i + 1 >= end || is_space_char (char_at (text, i + 1));
  if (after_space && !before_space)
    return 1;
  if (!after_space && (before_space || strchr (",.;:!?)]", text[i + 1]) != NULL))
    return -1;
  return 0;
}

/* Whether the run of terminators before @after_run ends with a closing quote whose opening
 * quote stands after the start of the sentence (the quotation is part of a longer sentence). */
static gboolean
quotation_opened_inside (const Scan *s, gsize after_run)
{
  const gchar *text = s->text;
  gsize lo = s->sentence_start;
  while (lo < after_run && is_space_char (char_at (text, lo)))
    lo += char_width (text, lo);
  const gchar *last = g_utf8_find_prev_char (text + lo, text + after_run);
  if (last == NULL)
    return FALSE;
  gsize q = (gsize)(last - text);
  gunichar closer = char_at (text, q);
  gunichar opener = closer == 0x201D ? 0x201C : closer == 0x2019 ? 0x2018 : closer;
  if (opener != '"' && opener != '\'' && opener != 0x201C && opener != 0x2018)
    return FALSE;
  for (gsize i = q; i > lo;)
    {
      const gchar *prev = g_utf8_find_prev_char (text + lo, text + i);
      i = prev ? (gsize)(prev - text) : lo;
      if (char_at (text, i) == opener && (opener != '\'' || single_quote_opens (text, lo, i, q)))
        return i > lo;
    }
  return FALSE;
}

/* Whether the question mark at @pos, with white space on both sides, stands for a dash or a
 * quotation mark lost in a change of encoding: a number, a bracket, a handle or another lost
 * mark follows ("the toll-free number ? 1800-180-1817 ? or e-mail", "an account ? @name and
 * urged"). A question mark follows its word without a space; French's spaced one ends a
 * question before a word. */
static gboolean
lost_dash (const gchar *text, gsize pos, gsize after_run, gsize end)
{
  if (pos == 0 || after_run >= end || !is_space_char (char_at (text, pos - 1))
      || !is_space_char (char_at (text, after_run)))
    return FALSE;
  gsize k = after_run;
  while (k < end && is_space_char (char_at (text, k)))
    k += char_width (text, k);
  return k < end && (g_ascii_isdigit (text[k]) || text[k] == '@' || text[k] == '(' || text[k] == '?');
}

/* Whether the bracket at @open closes within ASIDE_MAX_BYTES and a word in lower case follows
 * it: "Tata Consultancy Services? (TCS) decision to ...", "set up ?Yuvti Prakoshth? (Young
 * Women's Cell) for the first time" (question marks standing for lost apostrophes and quotation
 * marks). A question's sentence goes on after an aside; a new one opens on a capital. */
static gboolean
aside_then_lower (const gchar *text, gsize open, gsize end)
{
  gsize limit = MIN (end, open + ASIDE_MAX_BYTES);
  for (gsize k = open + 1; k < limit; k++)
    {
      if (text[k] == '(')
        return FALSE;
      if (text[k] == ')')
        return k + 2 < end && text[k + 1] == ' ' && g_ascii_islower (text[k + 2]);
    }
  return FALSE;
}

static gboolean
decide_other (Scan *s, gunichar c, gsize pos, gsize after_run)
{
  /* "!Xun", " ?" at the start of a token: not a sentence end. */
  if ((c == '!' || c == '?') && (pos == 0 || is_space_char (char_at (s->text, pos - 1))) && after_run < s->end
      && !is_space_char (char_at (s->text, after_run)))
    return FALSE;
  if (c == '?' && lost_dash (s->text, pos, after_run, s->end))
    return FALSE;
  /* A "READ" link's bar between question marks that stand for lost spaces, as scraped pages lose
   * it ("...the board said.READ?|?Fares to rise ..."): no sentence ends after the bar, so that the
   * label and its title stay one run for debris.c, which knows "read?|" and "also read?|"
   * (data/debris.txt). Another label ("WATCH?|?...") keeps its end: debris would not split it off. */
  if (c == '?' && pos >= 6 && s->text[pos - 1] == '|' && s->text[pos - 2] == '?'
      && g_ascii_strncasecmp (s->text + pos - 6, "read", 4) == 0)
    return FALSE;
  gsize ws = 0, we = 0;
  NextKind next = next_word (s->text, after_run, s->end, &ws, &we);
  /* A quotation closed after its own full stop and taken up by the quoting particle:
   * 「明日は雨だ。」と言った ("... it said"), 」って. */
  if (after_run > pos && after_run < s->end)
    {
      gunichar closed = g_utf8_get_char (g_utf8_find_prev_char (s->text + pos, s->text + after_run));
      gunichar then = char_at (s->text, after_run);
      if ((closed == 0x300D || closed == 0x300F)
          && (then == 0x3068
              || (then == 0x3063 && after_run + 3 < s->end && char_at (s->text, after_run + 3) == 0x3066)))
        return FALSE;
    }
  if (precis_is_strong_terminator (c))
    return TRUE;
  /* An exclamation or question set off by dashes: "and -- voila! -- you have cake". */
  gsize d = after_run;
  while (d < s->end && s->text[d] == ' ')
    d++;
  gsize dash = d;
  while (d < s->end
         && (s->text[d] == '-' || char_at (s->text, d) == 0x2013 || char_at (s->text, d) == 0x2014))
    d += char_width (s->text, d);
  if (d > dash && d < s->end && s->text[d] == ' ')
    {
      gsize w1 = 0, w2 = 0;
      if (next_word (s->text, d, s->end, &w1, &w2) == NEXT_LOWER)
        return FALSE;
    }
  /* A quotation inside a sentence that ends in an exclamation or question, followed by an
   * aside: "'Well!' thought Alice, 'I shall think nothing of it!' (Which was true.)": the aside
   * belongs to the sentence. A quoted sentence on its own ("Dinah'll miss me!" (Dinah was the
   * cat.)) ends as usual. */
  if (d < s->end && s->text[d] == '('
      && (quotation_opened_inside (s, after_run) || aside_then_lower (s->text, d, s->end)))
    return FALSE;
  /* "Yahoo! in", "Hello?!" glued to a word ("territory?s") */
  if (after_run < s->end && !is_space_char (char_at (s->text, after_run)))
    return next == NEXT_UPPER && ws == after_run && we - ws >= 2
           && g_unichar_islower (char_at (s->text, ws + char_width (s->text, ws)));
  return next != NEXT_LOWER;
}

/* A dash that breaks off quoted speech, a closing double quote, then a capitalised word:
 * "to--" At this moment", "sir—” The Rabbit". Returns the position after the quote, or 0. */
static gsize
broken_off_speech (const gchar *text, gsize pos, gsize end)
{
  gsize q = pos + char_width (text, pos);
  if (text[pos] == '-')
    {
      if (q >= end || text[q] != '-')
        return 0;
      q++;
    }
  if (q >= end || (text[q] != '"' && char_at (text, q) != 0x201D))
    return 0;
  q += char_width (text, q);
  if (q >= end || text[q] != ' ')
    return 0;
  gsize after = q;
  while (after < end && text[after] == ' ')
    after++;
  if (after >= end || !g_unichar_isupper (char_at (text, after)))
    return 0;
  return q;
}

/* The ASCII bytes of interesting[] (those that can end a sentence), the eight that
 * skip_plain() looks for sixteen bytes at a time (its four tests are written for these eight:
 * change them together). */
#define PLAIN_STOPS ".!?\n\r;:-"
G_STATIC_ASSERT (sizeof PLAIN_STOPS - 1 == 8);

/* Bytes the scan stops at: those that can end a sentence, and the lead bytes of the
 * terminators of other scripts. */
static gboolean interesting[256];

static void
init_interesting (void)
{
  static gsize init;
  if (g_once_init_enter (&init))
    {
      /* Lead bytes of the terminators of precis_is_strong_terminator() and of U+2026. */
      static const guchar leads[] = { 0xCD, 0xD6, 0xD8, 0xDB, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF };
      for (gsize i = 0; i < G_N_ELEMENTS (leads); i++)
        interesting[leads[i]] = TRUE;
      for (const gchar *c = PLAIN_STOPS; *c != '\0'; c++)
        interesting[(guchar)*c] = TRUE;
      g_once_init_leave (&init, 1);
    }
}

/* The first position in [pos, stop) whose byte is interesting[], or @stop. With SSE2, sixteen
 * bytes a step: the ASCII ones among PLAIN_STOPS found by comparison, every byte from 0x80 a
 * candidate looked up in the table (most are not lead bytes of a terminator). */
static inline gsize
skip_plain (const gchar *text, gsize pos, gsize stop)
{
#ifdef __SSE2__
  for (; pos + 16 <= stop; pos += 16)
    {
      /* PLAIN_STOPS in four tests, not eight: with bit 4 set, '-' '.' '?' are 0x3D-0x3F and ':'
       * ';' 0x3A-0x3B (so are '=', '>', '/', '*' and '+'), '\n' and '\r' in 0x0A-0x0D (so are
       * '\v' and '\f'), and '!'. The few other bytes they let through are turned away by
       * interesting[] below, as the bytes from 0x80 are. */
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + pos));
      __m128i w = _mm_or_si128 (v, _mm_set1_epi8 (0x10));
      __m128i m = _mm_or_si128 (
          _mm_or_si128 (precis_ascii_range_vector (w, 0x3D, 0x3F), precis_ascii_range_vector (w, 0x3A, 0x3B)),
          _mm_or_si128 (precis_ascii_range_vector (v, '\n', '\r'), _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('!'))));
      guint bits = (guint)_mm_movemask_epi8 (m) | (guint)_mm_movemask_epi8 (v);
      for (; bits != 0; bits &= bits - 1)
        {
          gsize i = pos + (gsize)__builtin_ctz (bits);
          if (interesting[(guchar)text[i]])
            return i;
        }
    }
#endif
  while (pos < stop && !interesting[(guchar)text[pos]])
    pos++;
  return pos;
}

/* A closing quote after a sentence end and a space, before a space or the end: French and
 * Russian typography ("LL.AA.II.RR. »"), or a typing slip ("... a year. " And ..."). A closing
 * guillemet or curly quote always stays with the sentence that ends; a straight double quote
 * does when the sentence or the line so far holds an odd number of them (it closes an open
 * quotation). Returns the position after it, or @after_run. */
static gsize
take_spaced_closing_quote (const gchar *text, gsize sentence_start, gsize floor, gsize after_run, gsize end)
{
  gsize q = after_run;
  while (q < end && (text[q] == ' ' || text[q] == '\t'))
    q++;
  if (q == after_run || q >= end)
    return after_run;
  gunichar c = char_at (text, q);
  gsize after = q + char_width (text, q);
  if (after < end && !is_space_char (char_at (text, after)))
    return after_run;
  if (c == 0x00BB || c == 0x201D || c == 0x203A)
    return after;
  if (c != '"')
    return after_run;
  guint in_sentence = 0, in_line = 0;
  for (gsize i = after_run; i > floor && text[i - 1] != '\n' && text[i - 1] != '\r'; i--)
    {
      in_line += text[i - 1] == '"';
      in_sentence += text[i - 1] == '"' && i - 1 >= sentence_start;
    }
  return (in_sentence % 2 == 1 || in_line % 2 == 1) ? after : after_run;
}

/* The ASCII bytes inside_quotation() counts; every other ASCII byte is skipped at once. */
static const gboolean quotation_mark[0x80] = {
  ['"'] = TRUE, ['\''] = TRUE, ['('] = TRUE, [')'] = TRUE, ['['] = TRUE, [']'] = TRUE,
};

/* The marks counted so far in a sentence: inside_quotation() goes on from where it stopped at
 * the sentence's last proposed end instead of rescanning it from its start. */
typedef struct
{
  gsize sentence_start; /* the sentence counted */
  gsize scanned;        /* the marks before this byte are counted */
  gint guillemets, low, curly, single, round, square;
  gint corner;              /* CJK corner brackets, 「 」 and 『 』 */
  gboolean straight;        /* a straight double quote is open */
  gboolean single_straight; /* a straight single quote is open */
} QuoteCounts;

/* A mark's reading looks at most this far past it (is_letter_at (i + 3) bounded by the stop),
 * so the counts of the marks more than this far before a stop hold for any later stop. */
#define QUOTE_LOOKAHEAD 8

/* Sixteen bytes (SSE2) or eight (SWAR) at a time, the first that inside_quotation() counts: a byte with its
 * high bit set, '"', '\'' to ')' (0x27-0x29), '[' or ']'. Each test may flag bytes above a true hit (a carry
 * or a borrow runs up from it, and a byte with its high bit set carries into the next) but never below one,
 * so the lowest flag of them all is the first byte to count. */
static inline gsize
next_quotation_byte (const gchar *text, gsize i, gsize to)
{
#ifdef __SSE2__
  /* Sixteen bytes a step first, where SSE2 compares them exactly. */
  const __m128i dq = _mm_set1_epi8 ('"'), ap = _mm_set1_epi8 ('\''), lp = _mm_set1_epi8 ('('),
                rp = _mm_set1_epi8 (')'), lb = _mm_set1_epi8 ('['), rb = _mm_set1_epi8 (']');
  for (; i + 16 <= to; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + i));
      __m128i m = _mm_or_si128 (_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, dq), _mm_cmpeq_epi8 (v, ap)),
                                              _mm_or_si128 (_mm_cmpeq_epi8 (v, lp), _mm_cmpeq_epi8 (v, rp))),
                                _mm_or_si128 (_mm_cmpeq_epi8 (v, lb), _mm_cmpeq_epi8 (v, rb)));
      guint bits
          = (guint)_mm_movemask_epi8 (m) | (guint)_mm_movemask_epi8 (v); /* the marks, bytes from 0x80 */
      if (bits != 0)
        return i + (gsize)__builtin_ctz (bits);
    }
#endif
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  for (; i + 8 <= to; i += 8)
    {
      guint64 w;
      memcpy (&w, text + i, 8);
      guint64 hit
          = (w & PRECIS_BYTES_HIGH)
            | ((w + PRECIS_BYTES (0x80 - '\'')) & ~(w + PRECIS_BYTES (0x7F - ')')) & PRECIS_BYTES_HIGH)
            | precis_bytes_equal (w, '"') | precis_bytes_equal (w, '[') | precis_bytes_equal (w, ']');
      if (hit != 0)
        return i + (__builtin_ctzll (hit) >> 3);
    }
#endif
  for (; i < to; i++)
    {
      guchar b = (guchar)text[i];
      if (b >= 0x80 || quotation_mark[b])
        break;
    }
  return i;
}

/* Counts the marks from q->scanned up to @to, reading the text up to @pos; returns where the
 * count stopped (the first character boundary at or after @to). */
static gsize
count_quotation_marks (const gchar *text, gsize pos, gsize to, QuoteCounts *q)
{
  gsize sentence_start = q->sentence_start;
  gsize i = q->scanned;
  while ((i = next_quotation_byte (text, i, to)) < to)
    {
      gunichar c = char_at (text, i);
      q->single += c == 0x2018;
      q->single -= q->single > 0 && c == 0x2019 && !is_letter_at (text, i + 3, pos);
      q->guillemets += (c == 0x00AB) - (c == 0x00BB);
      q->low += c == 0x201E;
      q->low -= q->low > 0 && (c == 0x201C || c == 0x201D);
      q->curly += (c == 0x201C && q->low == 0) - (c == 0x201D && q->curly > 0);
      if (c == '"')
        {
          gint shape = straight_quote_shape (text, sentence_start, i, pos);
          q->straight = shape > 0 ? TRUE : shape < 0 ? FALSE : !q->straight;
        }
      q->corner += (c == 0x300C || c == 0x300E) - ((c == 0x300D || c == 0x300F) && q->corner > 0);
      q->round += (c == '(') - (c == ')' && q->round > 0);
      q->square += (c == '[') - (c == ']' && q->square > 0);
      if (c == '\'' && !q->single_straight)
        q->single_straight = single_quote_opens (text, sentence_start, i, pos);
      else if (c == '\'' && single_quote_closes (text, sentence_start, i, pos))
        q->single_straight = FALSE;
      i += char_width (text, i);
    }
  return i;
}

/* From @i, the first byte before @stop that the search for a quotation's closer reads: a line
 * break, @ascii_closer (0 when the closer is not ASCII), or a byte from 0x80 (each such
 * character is read whole, as before); @stop when there is none. Only ASCII bytes are passed,
 * one character each, so the search's steps fall where they did. Sixteen bytes a step with SSE2. */
static inline gsize
next_closer_byte (const gchar *text, gsize i, gsize stop, gchar ascii_closer)
{
#ifdef __SSE2__
  const __m128i lf = _mm_set1_epi8 ('\n'), cr = _mm_set1_epi8 ('\r'), cl = _mm_set1_epi8 (ascii_closer);
  for (; i + 16 <= stop; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + i));
      __m128i m = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, lf), _mm_cmpeq_epi8 (v, cr)),
                                _mm_cmpeq_epi8 (v, cl));
      guint bits = (guint)_mm_movemask_epi8 (m) | (guint)_mm_movemask_epi8 (v);
      if (bits != 0)
        return i + (gsize)__builtin_ctz (bits);
    }
#endif
  for (; i < stop; i++)
    {
      gchar b = text[i];
      if ((guchar)b >= 0x80 || b == '\n' || b == '\r' || (b == ascii_closer && b != 0))
        break;
    }
  return i;
}

/* Inside a quotation or bracket that closes later on the same line, a sentence end is part of
 * it ("Ei fu. Siccome immobile ..." (Manzoni).; «К чему ты готовишься? – спросила мама.»; 'after
 * such a fall, I shall think nothing of it! How brave they'll think me!'; "[16: firma? 13:28]"):
 * the quotation is one sentence of the text, not cut in pieces. Open means more opening than
 * closing marks of one kind in the sentence so far (« », „ “, “ ”, ‘ ’ where a ’ before a letter
 * is an apostrophe, 「 」 and 『 』, ( ), [ ], an odd number of straight double quotes, or a straight single
 * quote opened at the start of a word); the closing mark must come within QUOTE_MAX_BYTES,
 * before the line ends. */
static gboolean
inside_quotation (const gchar *text, gsize sentence_start, gsize pos, gsize after_run, gsize end,
                  QuoteCounts *kept)
{
  if (kept->sentence_start != sentence_start || kept->scanned > pos)
    *kept = (QuoteCounts){ .sentence_start = sentence_start, .scanned = sentence_start };
  /* The marks well before the stop are counted once and kept; the last few, whose reading
   * depends on where the stop is, are counted again for each stop. */
  if (pos > kept->scanned + QUOTE_LOOKAHEAD)
    kept->scanned = count_quotation_marks (text, pos, pos - QUOTE_LOOKAHEAD, kept);
  QuoteCounts q = *kept;
  count_quotation_marks (text, pos, pos, &q);
  gint guillemets = q.guillemets, low = q.low, curly = q.curly, single = q.single;
  gint round = q.round, square = q.square, corner = q.corner;
  gboolean straight = q.straight, single_straight = q.single_straight;
  gunichar closer = guillemets > 0    ? 0x00BB
                    : low > 0         ? 0x201C
                    : curly > 0       ? 0x201D
                    : single > 0      ? 0x2019
                    : straight        ? '"'
                    : single_straight ? '\''
                    : corner > 0      ? 0x300D
                    : square > 0      ? ']'
                    : round > 0       ? ')'
                                      : 0;
  if (closer == 0)
    return FALSE;
  for (gsize i = pos; i < after_run; i += char_width (text, i))
    if (char_at (text, i) == closer || (closer == 0x201C && char_at (text, i) == 0x201D)
        || (closer == 0x300D && char_at (text, i) == 0x300F))
      return FALSE; /* it closes here: "Stop." Then ... */
  gsize stop = MIN (end, after_run + QUOTE_MAX_BYTES);
  gchar ascii_closer = closer < 0x80 ? (gchar)closer : 0;
  for (gsize i = after_run; (i = next_closer_byte (text, i, stop, ascii_closer)) < stop;
       i += char_width (text, i))
    {
      gunichar c = char_at (text, i);
      if (c == '\n' || c == '\r')
        return FALSE;
      if (c == 0x2019 && closer == 0x2019 && is_letter_at (text, i + 3, end))
        continue; /* an apostrophe: "dragon’s" */
      if (c == '\'' && closer == '\'' && !single_quote_closes (text, after_run, i, end))
        continue; /* "they'll" */
      if (c == closer || (closer == 0x201C && c == 0x201D) || (closer == 0x300D && c == 0x300F))
        return TRUE;
    }
  return FALSE;
}

/* Whether an opening quotation mark follows @pos after white space (an Arabic colon that
 * introduces a quotation ends no sentence: قال الوزير: "..."). */
static gboolean
opens_quotation_after (const gchar *text, gsize pos, gsize end)
{
  while (pos < end && is_space_char (char_at (text, pos)))
    pos += char_width (text, pos);
  if (pos >= end)
    return FALSE;
  gunichar c = char_at (text, pos);
  return c == '"' || c == 0x00AB || c == 0x201C || c == 0x201E;
}

GArray *
precis_segmenter_split (const PrecisSegmenter *seg, const gchar *text, gsize start, gsize end)
{
  init_interesting ();
  /* Room for the sentences the text likely holds, so that the array seldom grows. */
  guint expected = (guint)MIN ((end - start) / SENTENCE_BYTES_ESTIMATE + 4, SENTENCES_RESERVED_MAX);
  GArray *spans = g_array_sized_new (FALSE, FALSE, sizeof (PrecisSpan), expected);
  Scan s = { .seg = seg,
             .text = text,
             .end = end,
             .spans = spans,
             .sentence_start = start,
             .paragraph_open = TRUE,
             .next_marker_at = G_MAXSIZE };
  s.hard_wrapped = is_hard_wrapped (text, start, end, &s.wrap_width);
  s.unpunctuated = is_unpunctuated (seg, text, start, end);
  begin_sentence (&s);
  QuoteCounts quotes = { .sentence_start = G_MAXSIZE };

  gsize pos = start;
  while (pos < end)
    {
      guchar b = (guchar)text[pos];
      if (pos == s.next_marker_at)
        {
          /* The next item of an inline list ("1) ... 2) ..."). */
          s.list_goes_on = TRUE;
          emit (&s, pos);
          continue;
        }
      if (!interesting[b])
        {
          /* The common case: skip to the next byte that may matter (or the next list item). */
          pos = skip_plain (text, pos + 1, MIN (end, s.next_marker_at));
          continue;
        }
      if (b == '\n' || b == '\r')
        {
          pos = on_line_break (&s, pos);
          continue;
        }
      gunichar c = char_at (text, pos);
      gsize width = char_width (text, pos);
      if (c == '-' || c == 0x2014)
        {
          /* Speech broken off: "... to--" At this moment ...: the closing quote ends it. */
          gsize q = broken_off_speech (text, pos, end);
          if (q != 0)
            emit (&s, q);
          pos = MAX (q, pos + width);
          continue;
        }
      gboolean terminator = (c == '.' && !seg->armenian) || c == '!' || c == '?' || c == 0x2026
                            || precis_is_strong_terminator (c) || (c == ';' && seg->greek)
                            || (c == ':' && seg->armenian)
                            || ((c == ':' || c == 0x060C) && seg->arabic && pos + width < end
                                && is_space_char (char_at (text, pos + width))
                                && !opens_quotation_after (text, pos + width, end));
      /* A question mark right after a comma ends nothing: it stands for a quotation mark lost
       * in a change of encoding ("been affected,? Tawde said"), and a question is not asked
       * after a comma. */
      if (!terminator || (c == '?' && pos > start && text[pos - 1] == ','))
        {
          pos += width;
          continue;
        }
      gsize after_run = skip_terminators (text, pos, end);
      if (after_run == pos)
        after_run = pos + width; /* a Greek ';', an Armenian ':' */
      after_run = take_spaced_closing_quote (text, s.sentence_start, start, after_run, end);
      if (c == '.')
        after_run = skip_footnote_numbers (text, pos, after_run, end);
      gboolean split;
      guint dots = 0;
      gboolean spaced = FALSE;
      for (gsize k = pos; k < after_run; k++)
        {
          dots += text[k] == '.';
          spaced |= text[k] == ' ';
        }
      if (c == '.' && dots >= 3 && (spaced || dots >= 4))
        {
          /* Ellipses: a spaced ". . ." is inside a sentence; four dots end one (the fourth is a
           * full stop). "word. . . . Next": the first dot ends the sentence and ". . ." opens
           * the next. */
          gsize ws = 0, we = 0;
          NextKind next = next_word (text, after_run, end, &ws, &we);
          gboolean glued = pos > start && g_ascii_isalnum (text[pos - 1]);
          /* "raak. ...en toen": the ellipsis glued to the next word opens that sentence. */
          gboolean opens_next
              = text[pos + 1] == ' ' && after_run < end && !is_space_char (char_at (text, after_run));
          if (spaced && glued && dots >= 4 && (next == NEXT_UPPER || opens_next))
            {
              emit (&s, pos + 1);
              split = FALSE;
            }
          else
            split = dots >= 4 && next != NEXT_LOWER;
        }
      else if (c == '.' && dots == 2 && !spaced && pos + 1 < end && text[pos + 1] == '.')
        {
          /* "23 Nov.. Grazie": an abbreviation's point and a full stop. */
          gsize ws = 0, we = 0;
          split = next_word (text, after_run, end, &ws, &we) != NEXT_LOWER;
        }
      else if (c == '.' || c == 0x2026)
        split = c == 0x2026 ? decide_other (&s, c, pos, after_run) : decide_full_stop (&s, pos, after_run);
      else if (c == 0x060C)
        {
          /* The Arabic comma ends a clause-sentence, except in a list: "الدم، والقلب، زرعها". */
          gsize ws = 0, we = 0;
          next_word (text, after_run, end, &ws, &we);
          split = !(we < end && char_at (text, we) == 0x060C);
        }
      else
        split = decide_other (&s, c, pos, after_run);
      if (split && !inside_quotation (text, s.sentence_start, pos, after_run, end, &quotes))
        emit (&s, after_run);
      pos = after_run;
    }
  emit (&s, end);
  flush_spans (&s);
  g_free (s.searches);
  return s.spans;
}
