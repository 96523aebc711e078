/* blocks.c - the tables and code blocks of plain text flagged as furniture.
 *
 * Markdown and HTML say where a table or a code block is; plain text only lays it out: rows
 * of cells aligned by runs of spaces or tabs, or lines indented as code. The segmenter cuts
 * such lines into "sentences" ("Europe 1,200 1,050 14.3%", "guint id = g_timeout_add (...);"),
 * and a ranker may choose them. A table is kept whole, as a page's data table is (input/html.c):
 * its rows stay in the document, so that segment and --explain show them and offsets hold, but
 * a row, or a line of code, taken out of its block says nothing on its own, so they are never
 * chosen for a summary, like bylines. The lines are read once, in order; the spans after them.
 */
#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/text.h"
#include "pipeline/blocks.h"

/* A table has at least this many rows ... */
#define TABLE_MIN_ROWS 3
/* ... and at least this many with a number as a cell. */
#define TABLE_MIN_NUMBER_ROWS 2
/* An indented line of code is indented by at least this many spaces (or a tab). */
#define CODE_INDENT 4
/* A code block known by weak signs only has at least this many lines that read as code, and
 * they are most of its lines; one with a strong sign, half its lines (one line alone too). */
#define CODE_MIN_LINES 2

typedef struct
{
  gsize start, end;
  /* Whether a sentence ending in a colon just before it is its lead-in (a table's, or code's
   * known by strong signs; not a list's: "The rules say that a landlord must:"). */
  gboolean lead_in;
} Block;

/* Whether the cell [p, e) is a number: digits with the signs, separators and units of a
 * figure ("1,200", "14.3%", "-3", "$4.2bn" has letters: no). */
static gboolean
is_number_cell (const gchar *s, gsize p, gsize e)
{
  gboolean digit = FALSE;
  for (; p < e; p++)
    {
      if (g_ascii_isdigit (s[p]))
        digit = TRUE;
      else if (strchr ("+-.,%$()/:", s[p]) == NULL)
        return FALSE;
    }
  return digit;
}

/* Whether the cell [p, e) is one word of running prose: a lower-case letter, then letters,
 * hyphens or apostrophes, a comma or semicolon at most after them ("council", "decade,"): the
 * cells of a justified line ("The  city  council  voted"), not a table's labels ("Northgate"). */
static gboolean
is_prose_word_cell (const gchar *s, gsize p, gsize e)
{
  if (p < e && (s[e - 1] == ',' || s[e - 1] == ';'))
    e--;
  if (p >= e || !g_unichar_islower (g_utf8_get_char (s + p)))
    return FALSE;
  for (const gchar *q = s + p; q < s + e; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);
      if (!g_unichar_isalpha (c) && c != '-' && c != '\'')
        return FALSE;
    }
  return TRUE;
}

/* A line of this many cells or more ... (a justified line of prose has many; a table's row
 * of lower-case labels, "apples  red  sweet  1.20", few) */
#define PROSE_MIN_CELLS 6

/* The cells of the line [p, e): runs of text apart by a tab or two spaces or more (not after
 * a sentence's end: "end.  Next" is typed prose; not a justified line of prose, PROSE_MIN_CELLS
 * cells or more and most of them words of running prose, though a year is among them).
 * *@numbers: how many are numbers. */
static guint
count_cells (const gchar *s, gsize p, gsize e, guint *numbers)
{
  guint cells = 0, prose = 0;
  *numbers = 0;
  while (p < e && (s[p] == ' ' || s[p] == '\t'))
    p++;
  while (p < e)
    {
      gsize c = p;
      /* A cell ends at a tab or at two spaces. */
      while (p < e && s[p] != '\t' && !(s[p] == ' ' && p + 1 < e && s[p + 1] == ' '))
        p++;
      gsize ce = p;
      while (ce > c && s[ce - 1] == ' ')
        ce--;
      if (p < e && ce > c && strchr (".?!:", s[ce - 1]) != NULL)
        return 0; /* a sentence's end typed with two spaces after it */
      cells++;
      *numbers += is_number_cell (s, c, ce);
      prose += is_prose_word_cell (s, c, ce);
      while (p < e && (s[p] == ' ' || s[p] == '\t'))
        p++;
    }
  if (cells >= PROSE_MIN_CELLS && 2 * prose > cells)
    return 0;
  return cells;
}

/* Whether the line [p, e) holds a tab or two spaces in a row: a cell's end (sixteen bytes a
 * step where SSE2 is there, as every line of every text is asked). */
static gboolean
has_gap (const gchar *s, gsize p, gsize e)
{
#ifdef __SSE2__
  const __m128i space = _mm_set1_epi8 (' '), tab = _mm_set1_epi8 ('\t');
  for (; p + 17 <= e; p += 16)
    {
      __m128i a = _mm_loadu_si128 ((const __m128i *)(const void *)(s + p));
      __m128i b = _mm_loadu_si128 ((const __m128i *)(const void *)(s + p + 1));
      __m128i m = _mm_or_si128 (_mm_and_si128 (_mm_cmpeq_epi8 (a, space), _mm_cmpeq_epi8 (b, space)),
                                _mm_cmpeq_epi8 (a, tab));
      if (_mm_movemask_epi8 (m) != 0)
        return TRUE;
    }
#endif
  for (; p < e; p++)
    if (s[p] == '\t' || (s[p] == ' ' && p + 1 < e && s[p + 1] == ' '))
      return TRUE;
  return FALSE;
}

static gboolean
starts_with (const gchar *s, gsize p, gsize e, const gchar *prefix)
{
  gsize n = strlen (prefix);
  return e - p >= n && memcmp (s + p, prefix, n) == 0;
}

static gboolean
contains (const gchar *s, gsize p, gsize e, const gchar *needle)
{
  gsize n = strlen (needle);
  for (; p + n <= e; p++)
    if (memcmp (s + p, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the line [p, e) opens as a list item or a quotation: "(a) ", "a) ", "1. ", "12) ",
 * "- ", "* ", or a quotation mark (ASCII or typographic). */
static gboolean
opens_as_prose (const gchar *s, gsize p, gsize e)
{
  if (s[p] == '"' || s[p] == '\'' || starts_with (s, p, e, "\xe2\x80\x9c")
      || starts_with (s, p, e, "\xe2\x80\x98") || starts_with (s, p, e, "\xc2\xab"))
    return TRUE;
  if (starts_with (s, p, e, "- ") || starts_with (s, p, e, "* "))
    return TRUE;
  gsize q = p + (s[p] == '(');
  gsize m = q;
  while (m < e && m - q < 3 && (g_ascii_isdigit (s[m]) || g_ascii_isalpha (s[m])))
    m++;
  if (m == q || m + 1 >= e || s[m + 1] != ' ')
    return FALSE;
  return (s[p] == '(' && s[m] == ')')
         || (s[p] != '(' && (s[m] == ')' || (s[m] == '.' && g_ascii_isdigit (s[q]))));
}

/* Whether the line [p, e) reads as a sentence of words: five words or more of letters only
 * (a comma, semicolon or full stop after them), two in three of its words, and none of code's
 * signs ("[]{}<>=*&_#\\\""): "register every property with the local council (online or by
 * post);" is prose, "if (ok) return fail (x);" and "printf (\"not found\\n\");" are not. */
static gboolean
reads_as_words (const gchar *s, gsize p, gsize e)
{
  guint words = 0, letters = 0;
  for (gsize q = p; q < e; q++)
    if (strchr ("[]{}<>=*&_#\\\"", s[q]) != NULL)
      return FALSE;
  while (p < e)
    {
      while (p < e && s[p] == ' ')
        p++;
      if (p >= e)
        break;
      gsize w = p;
      while (p < e && s[p] != ' ')
        p++;
      gsize we = p;
      while (we > w && strchr (",;.", s[we - 1]) != NULL)
        we--;
      gboolean letter = we > w;
      for (gsize q = w; q < we && letter; q++)
        letter = g_ascii_isalpha (s[q]) || (guchar)s[q] >= 0x80 || s[q] == '-' || s[q] == '\'';
      words++;
      letters += letter;
    }
  return letters >= 5 && 3 * letters >= 2 * words;
}

/* How the line [p, e) (indentation skipped, not blank) reads as code rather than prose:
 * CODE_STRONG by signs that prose has not (a brace, "#include", a shell's "$ ", Python's ">>> ",
 * a C comment), CODE_WEAK by signs that prose may have (a call's ");", an assignment, "# "),
 * else 0.
 * A line opening as a list item or a quotation, or reading as words, is no call:
 * "(a) register every property (online or by post);". */
enum
{
  CODE_WEAK = 1,
  CODE_STRONG = 2
};

static guint
code_line (const gchar *s, gsize p, gsize e)
{
  gchar last = s[e - 1];
  if (last == '{' || last == '}' || s[p] == '}')
    return CODE_STRONG;
  static const gchar *const openings[] = { "$ ", "#include", "#define", "//", "/*", ">>> " };
  for (guint i = 0; i < G_N_ELEMENTS (openings); i++)
    if (starts_with (s, p, e, openings[i]))
      return CODE_STRONG;
  if (contains (s, p, e, "*/"))
    return CODE_STRONG;
  if (starts_with (s, p, e, "==") || starts_with (s, p, e, "# "))
    return CODE_WEAK; /* a shell's root prompt or a comment, or a numbered heading */
  if (last == ';' && precis_find_byte (s, p, e, ')') < e)
    return opens_as_prose (s, p, e) || reads_as_words (s, p, e) ? 0 : CODE_WEAK;
  /* An assignment: "x = f (1);", "let total = a + b". */
  return (contains (s, p, e, " = ") || contains (s, p, e, " := ") || contains (s, p, e, " += "))
                 && last != '.' && last != '?' && last != '!'
             ? CODE_WEAK
             : 0;
}

/* Whether the line [p, e) is indented as code: a tab, or CODE_INDENT spaces or more. */
static gboolean
is_indented (const gchar *s, gsize p, gsize e)
{
  if (p < e && s[p] == '\t')
    return TRUE;
  guint n = 0;
  while (p < e && s[p] == ' ')
    p++, n++;
  return n >= CODE_INDENT;
}

/* Appends the tables and code blocks of [start, end) to @blocks, each when it ends (not in the
 * order of their starts: the caller sorts them). */
static void
find_blocks (const gchar *s, gsize start, gsize end, GArray *blocks)
{
  gsize p = start;
  gboolean after_blank = TRUE;
  /* The table being read: its first row's start, rows, rows with a number. */
  gsize table_start = 0, table_end = 0;
  guint rows = 0, number_rows = 0;
  /* The indented block being read (after a blank line): start, end, lines, code-like lines. */
  gsize code_start = 0, code_end = 0;
  guint code_lines = 0, code_like = 0;
  gboolean code_strong = FALSE;
  gboolean in_code = FALSE;
  while (p <= end)
    {
      gsize next = end, e = p < end ? precis_line_end (s, p, end, &next) : end;
      gboolean blank = p >= end || precis_is_blank (s, p, e);
      /* Most lines (a paragraph of prose) have no tab and no two spaces: one cell, no count. */
      guint numbers = 0, cells = !blank && has_gap (s, p, e) ? count_cells (s, p, e, &numbers) : 0;
      if (cells >= 2)
        {
          if (rows == 0)
            table_start = p;
          table_end = e;
          rows++;
          number_rows += numbers > 0;
        }
      else
        {
          if (rows >= TABLE_MIN_ROWS && number_rows >= TABLE_MIN_NUMBER_ROWS && 2 * number_rows > rows)
            g_array_append_val (blocks, ((Block){ table_start, table_end, TRUE }));
          rows = number_rows = 0;
        }
      if (!blank && is_indented (s, p, e) && (in_code || after_blank))
        {
          if (!in_code)
            code_start = p;
          in_code = TRUE;
          code_end = e;
          code_lines++;
          gsize q = p;
          while (q < e && g_ascii_isspace (s[q]))
            q++;
          guint how = code_line (s, q, e);
          code_like += how != 0;
          code_strong |= how == CODE_STRONG;
        }
      else if (!blank || p >= end)
        {
          /* (code by a strong sign: half its lines, one line alone too, "$ pip install x";
           * by weak signs only: CODE_MIN_LINES and most of its lines) */
          if (in_code
              && ((code_strong && 2 * code_like >= code_lines)
                  || (code_like >= CODE_MIN_LINES && 2 * code_like > code_lines)))
            g_array_append_val (blocks, ((Block){ code_start, code_end, code_strong }));
          in_code = FALSE;
          code_strong = FALSE;
          code_lines = code_like = 0;
        }
      after_blank = blank;
      if (p >= end)
        break;
      p = next;
    }
}

static gint
compare_blocks (gconstpointer a, gconstpointer b)
{
  const Block *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

void
precis_blocks_mark (const gchar *text, gsize start, gsize end, GArray *spans)
{
  g_autoptr (GArray) blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  find_blocks (text, start, end, blocks);
  if (blocks->len == 0)
    return;
  g_array_sort (blocks, compare_blocks);
  guint b = 0;
  for (guint i = 0; i < spans->len; i++)
    {
      PrecisSpan *span = &g_array_index (spans, PrecisSpan, i);
      while (b < blocks->len && g_array_index (blocks, Block, b).end < span->start)
        b++;
      if (b == blocks->len)
        break;
      const Block *block = &g_array_index (blocks, Block, b);
      if (span->start >= block->start && span->end <= block->end)
        span->flags |= PRECIS_SPAN_FURNITURE;
      else if (block->lead_in && span->end <= block->start && span->end > span->start
               && text[span->end - 1] == ':' && precis_is_blank (text, span->end, block->start))
        span->flags |= PRECIS_SPAN_FURNITURE; /* the block's lead-in: "Here is an example:" */
    }
}
