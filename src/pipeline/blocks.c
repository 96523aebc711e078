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

typedef struct
{
  gsize start, end;
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

/* The cells of the line [p, e): runs of text apart by a tab or two spaces or more (not after
 * a sentence's end: "end.  Next" is typed prose). *@numbers: how many are numbers. */
static guint
count_cells (const gchar *s, gsize p, gsize e, guint *numbers)
{
  guint cells = 0;
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
      while (p < e && (s[p] == ' ' || s[p] == '\t'))
        p++;
    }
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

/* Whether the line [p, e) (indentation skipped, not blank) reads as code rather than prose. */
static gboolean
is_code_line (const gchar *s, gsize p, gsize e)
{
  gchar last = s[e - 1];
  if (last == '{' || last == '}' || s[p] == '}' || (last == ';' && contains (s, p, e, ")")))
    return TRUE;
  static const gchar *const openings[] = { "$ ", "# ", "#include", "#define", "//", "/*", ">>> ", "==" };
  for (guint i = 0; i < G_N_ELEMENTS (openings); i++)
    if (starts_with (s, p, e, openings[i]))
      return TRUE;
  if (contains (s, p, e, "*/"))
    return TRUE;
  /* An assignment: "x = f (1);", "let total = a + b". */
  return (contains (s, p, e, " = ") || contains (s, p, e, " := ") || contains (s, p, e, " += "))
         && last != '.' && last != '?' && last != '!';
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

/* Appends the tables and code blocks of [start, end), in order, to @blocks. */
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
          if (rows >= TABLE_MIN_ROWS && number_rows >= TABLE_MIN_NUMBER_ROWS && 2 * number_rows >= rows)
            g_array_append_val (blocks, ((Block){ table_start, table_end }));
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
          code_like += is_code_line (s, q, e);
        }
      else if (!blank || p >= end)
        {
          if (in_code && 2 * code_like >= code_lines)
            g_array_append_val (blocks, ((Block){ code_start, code_end }));
          in_code = FALSE;
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
      else if (span->end <= block->start && span->end > span->start && text[span->end - 1] == ':'
               && precis_is_blank (text, span->end, block->start))
        span->flags |= PRECIS_SPAN_FURNITURE; /* the block's lead-in: "Here is an example:" */
    }
}
