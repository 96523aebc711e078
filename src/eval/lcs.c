/* lcs.c - the longest common subsequence of two token sequences, bit-parallel.
 *
 * Input: two sequences of small integer tokens, a (rows) and b (columns). Output: the LCS
 * length, or the positions of a that the textbook table's traceback marks.
 *
 * How: the row-wise bit-vector recurrence of Allison and Dix (1986) in the form of
 * Crochemore et al. (2001) and Hyyro (2004). Bit j of the row vector V_i is 0 exactly when
 * L[i][j+1] = L[i][j] + 1 in the dynamic-programming table L of the prefixes of a and b, so
 * L[i][j] is the number of zero bits among the first j bits of V_i. With M the bits of the
 * positions of b that hold a[i-1]:
 *
 *   V_0 = all ones,   V_i = (V_{i-1} + (V_{i-1} & M)) | (V_{i-1} & ~M)
 *
 * the addition carrying from one 64-bit word to the next. Bits past the end of b stay 1 (M
 * has none there), so the length is the count of zero bits of V_na. For the traceback every
 * row is kept and a cell's value read back by counting zero bits, which gives the same
 * numbers as the table and so the same path.
 *
 * Cost: O(na x ceil(nb / 64)) word operations and as many words of memory for the marks
 * (the table took na x nb cells); the traceback O((na + nb) x ceil(nb / 64)).
 */
#include "config.h"

#include <string.h>

#include "eval/lcs.h"

/* Bits in a word of the row vectors. */
#define WORD_BITS 64

struct _PrecisLcs
{
  guint *slot;    /* token -> 1 + index of its mask in peq, 0 when not in b; all 0 between calls */
  gsize slot_len; /* entries of slot */
  guint64 *peq;   /* masks of b's distinct tokens, mask 0 empty, words each */
  gsize peq_cap;  /* words allocated */
  guint64 *rows;  /* row vectors, words each */
  gsize rows_cap; /* words allocated */
};

PrecisLcs *
precis_lcs_new (void)
{
  return g_new0 (PrecisLcs, 1);
}

void
precis_lcs_free (PrecisLcs *lcs)
{
  if (lcs == NULL)
    return;
  g_free (lcs->slot);
  g_free (lcs->peq);
  g_free (lcs->rows);
  g_free (lcs);
}

/* Builds the masks of b's tokens; returns the words per row vector. */
static guint
masks_build (PrecisLcs *lcs, const guint *b, guint nb)
{
  guint words = (nb + WORD_BITS - 1) / WORD_BITS;
  guint top = 0;
  for (guint j = 0; j < nb; j++)
    top = MAX (top, b[j]);
  if (top >= lcs->slot_len)
    {
      gsize len = MAX ((gsize)top + 1, 2 * lcs->slot_len);
      lcs->slot = g_renew (guint, lcs->slot, len);
      memset (lcs->slot + lcs->slot_len, 0, (len - lcs->slot_len) * sizeof (guint));
      lcs->slot_len = len;
    }
  guint n = 0;
  for (guint j = 0; j < nb; j++)
    if (lcs->slot[b[j]] == 0)
      lcs->slot[b[j]] = ++n;
  gsize need = ((gsize)n + 1) * words;
  guint64 *peq = precis_scratch_get ((gpointer *)&lcs->peq, &lcs->peq_cap, need, sizeof (guint64));
  memset (peq, 0, need * sizeof (guint64));
  for (guint j = 0; j < nb; j++)
    peq[(gsize)lcs->slot[b[j]] * words + j / WORD_BITS] |= G_GUINT64_CONSTANT (1) << (j % WORD_BITS);
  return words;
}

/* Leaves slot[] all 0 again. */
static void
masks_release (PrecisLcs *lcs, const guint *b, guint nb)
{
  for (guint j = 0; j < nb; j++)
    lcs->slot[b[j]] = 0;
}

/* The mask of token @t (the empty mask when b lacks it). */
static inline const guint64 *
mask_of (const PrecisLcs *lcs, guint t, guint words)
{
  return lcs->peq + (t < lcs->slot_len ? (gsize)lcs->slot[t] * words : 0);
}

/* out = (v + (v & m)) | (v & ~m), carrying across words; @out may be @v. */
static inline void
row_step (guint64 *out, const guint64 *v, const guint64 *m, guint words)
{
  guint64 carry = 0;
  for (guint w = 0; w < words; w++)
    {
      guint64 x = v[w], u = x & m[w];
      guint64 s = x + u;
      guint64 c = s < x;
      s += carry;
      c |= s < carry;
      carry = c;
      out[w] = s | (x & ~m[w]);
    }
}

/* Set bits of @x, by adding neighbouring fields (no call out, where the machine has no
 * population count instruction enabled). */
static inline guint
ones (guint64 x)
{
  x -= (x >> 1) & G_GUINT64_CONSTANT (0x5555555555555555);
  x = (x & G_GUINT64_CONSTANT (0x3333333333333333)) + ((x >> 2) & G_GUINT64_CONSTANT (0x3333333333333333));
  x = (x + (x >> 4)) & G_GUINT64_CONSTANT (0x0f0f0f0f0f0f0f0f);
  return (guint)((x * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
}

/* Zero bits among all words of @v. */
static guint
zeros (const guint64 *v, guint words)
{
  guint n = 0;
  for (guint w = 0; w < words; w++)
    n += ones (~v[w]);
  return n;
}

/* Zero bits among the first @j bits of @v: L[i][j] for the row vector V_i. */
static inline guint
zeros_before (const guint64 *v, guint j)
{
  guint n = j >= WORD_BITS ? zeros (v, j / WORD_BITS) : 0;
  if (j % WORD_BITS != 0)
    n += ones (~v[j / WORD_BITS] & ((G_GUINT64_CONSTANT (1) << (j % WORD_BITS)) - 1));
  return n;
}

guint
precis_lcs_length (PrecisLcs *lcs, const guint *a, guint na, const guint *b, guint nb)
{
  if (na == 0 || nb == 0)
    return 0;
  guint words = masks_build (lcs, b, nb);
  guint64 *v = precis_scratch_get ((gpointer *)&lcs->rows, &lcs->rows_cap, words, sizeof (guint64));
  memset (v, 0xff, words * sizeof (guint64));
  if (words == 1)
    {
      guint64 x = ~G_GUINT64_CONSTANT (0);
      for (guint i = 0; i < na; i++)
        {
          guint64 m = *mask_of (lcs, a[i], 1);
          x = (x + (x & m)) | (x & ~m);
        }
      v[0] = x;
    }
  else
    for (guint i = 0; i < na; i++)
      if (a[i] < lcs->slot_len && lcs->slot[a[i]] != 0)
        row_step (v, v, mask_of (lcs, a[i], words), words);
  masks_release (lcs, b, nb);
  return zeros (v, words);
}

guint
precis_lcs_mark (PrecisLcs *lcs, const guint *a, guint na, const guint *b, guint nb, gboolean *hit)
{
  if (na == 0 || nb == 0)
    return 0;
  guint words = masks_build (lcs, b, nb);
  guint64 *rows = precis_scratch_get ((gpointer *)&lcs->rows, &lcs->rows_cap, ((gsize)na + 1) * words,
                                      sizeof (guint64));
  memset (rows, 0xff, words * sizeof (guint64));
  if (words == 1)
    for (guint i = 0; i < na; i++)
      {
        guint64 x = rows[i], m = *mask_of (lcs, a[i], 1);
        rows[i + 1] = (x + (x & m)) | (x & ~m);
      }
  else
    for (guint i = 0; i < na; i++)
      row_step (rows + (gsize)(i + 1) * words, rows + (gsize)i * words, mask_of (lcs, a[i], words), words);
  masks_release (lcs, b, nb);
  guint length = zeros (rows + (gsize)na * words, words);
  guint i = na, j = nb;
  while (i > 0 && j > 0)
    {
      if (a[i - 1] == b[j - 1])
        {
          hit[i - 1] = TRUE;
          i--;
          j--;
        }
      else if (zeros_before (rows + (gsize)i * words, j - 1)
               > zeros_before (rows + (gsize)(i - 1) * words, j))
        j--;
      else
        i--;
    }
  return length;
}
