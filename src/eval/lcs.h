/* lcs.h - the longest common subsequence of two token sequences, 64 tokens a machine word
 * (eval/lcs.c). */
#pragma once

#include <glib.h>

typedef struct _PrecisLcs PrecisLcs;

/* Makes *buf hold at least @need elements of @size bytes (contents not kept), its capacity in
 * *cap: the buffers that the LCS and the ROUGE scorer reuse from one text to the next. */
static inline gpointer
precis_scratch_get (gpointer *buf, gsize *cap, gsize need, gsize size)
{
  if (*cap < need)
    {
      g_free (*buf);
      *cap = MAX (need, 2 * *cap);
      *buf = g_malloc_n (*cap, size);
    }
  return *buf;
}

/* Buffers reused from one call to the next; not to be shared between threads. */
PrecisLcs *precis_lcs_new (void);
void precis_lcs_free (PrecisLcs *lcs);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisLcs, precis_lcs_free)

/* The LCS length of @a and @b. Tokens are small integers (an array indexed by the largest
 * token of @b is kept). */
guint precis_lcs_length (PrecisLcs *lcs, const guint *a, guint na, const guint *b, guint nb);

/* Sets hit[i] to TRUE for each position i of @a on the LCS path that the textbook table's
 * traceback takes from its last cell: equal tokens go diagonally, otherwise left (along @b)
 * only when that cell is strictly larger than the one above (rouge_score's
 * _backtrack_norec, ROUGE-1.5.5's markLCS). Other entries of @hit are left as they are.
 * Returns the LCS length. */
guint precis_lcs_mark (PrecisLcs *lcs, const guint *a, guint na, const guint *b, guint nb, gboolean *hit);
