/* rank.c - a weighted sentence graph in, sentence scores out.
 *
 * Weighted PageRank by power iteration (Page et al. 1998; Mihalcea & Tarau 2004):
 *   PR(i) = (1 - d) p(i) + d (sum over edges j->i of PR(j) w(j,i) / W(j) + D p(i))
 * where W(j) is the total weight out of j, D the mass of nodes without out-edges (spread
 * like the teleport), and p the teleport vector (uniform unless given). Stops when the L1
 * change falls under PAGERANK_TOLERANCE or after PAGERANK_MAX_ITERATIONS. Each iteration is
 * O(N + E); the scores sum to 1.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "pipeline/rank.h"

/* The "position" ranker's values, chosen on the news dev sets (docs/ranking.md): TextRank's
 * undirected graph and uniform teleport, then its scores x (words / mean words)^0.6, x (35 /
 * words)^2 beyond 35 words, and x (paragraph or sentence number + 1)^-0.3. */
#define POSITION_LENGTH_EXPONENT 0.6
#define POSITION_LONG_WORDS 35
#define POSITION_LONG_EXPONENT 2
#define POSITION_FINAL_POSITION 0.3
/* precis_rank_adjust() computes the length factor of fewer words than this once a document. */
#define LENGTH_MEMO 64
/* and the position factor of a unit below this, and the long-sentence factor of fewer words than
 * this, once a process (for the first parameters it is given: the position ranker's). */
#define UNIT_MEMO 256
#define LONG_MEMO 256

/* pow() of the same arguments gives the same bits: the factors that depend on a parameter and a
 * count alone, not on the document, computed once for the parameters of the first call and read
 * by every later call with the same ones (the default ranker's, whatever the thread). */
typedef struct
{
  gdouble final_position, long_words, long_exponent; /* the parameters they are computed for */
  gdouble unit[UNIT_MEMO];                           /* (unit + 1)^-final_position */
  gdouble long_factor[LONG_MEMO];                    /* (long_words / words)^long_exponent */
} Powers;

static const Powers *
powers_for (const PrecisRankParams *params)
{
  static Powers powers;
  static gsize done = 0;
  if (g_once_init_enter (&done))
    {
      powers.final_position = params->final_position;
      powers.long_words = params->long_words;
      powers.long_exponent = params->long_exponent;
      for (guint unit = 0; unit < UNIT_MEMO; unit++)
        powers.unit[unit] = pow (unit + 1.0, -params->final_position);
      for (guint words = 1; words < LONG_MEMO; words++)
        powers.long_factor[words] = pow (params->long_words / words, params->long_exponent);
      g_once_init_leave (&done, 1);
    }
  return &powers;
}

/* The damping factor of Page et al. and Mihalcea & Tarau. */
#define PAGERANK_DAMPING 0.85
/* L1 change between iterations below which the scores are settled: a hundred times finer
 * than the gap between neighbouring scores in a 100-sentence document. */
#define PAGERANK_TOLERANCE 1e-5
/* Power iteration converges geometrically at rate d; 0.85^200 < 1e-14. */
#define PAGERANK_MAX_ITERATIONS 200

/* A node's share of its score along its edges, *@share = d PR(j) / W(j); a node with no weight out
 * has none, its score added to the dangling mass instead. */
static inline void
node_share (gdouble score, gdouble out_weight, gdouble *share, gdouble *dangling)
{
  if (out_weight > 0)
    *share = PAGERANK_DAMPING * score / out_weight;
  else
    {
      *share = 0;
      *dangling += score;
    }
}

/* The scores of an iteration: @next divided by its @total into @scores (and @next zeroed for the
 * next iteration); with @symmetric also each node's share and the dangling mass for the next
 * iteration, summed in the order of the nodes. Returns the L1 change. Inlined with @symmetric a
 * constant, as a loop of each kind: a test of it in the loop cost 3 M instructions over the
 * speed bench's articles. */
static inline __attribute__ ((always_inline)) gdouble
normalise (guint n, gdouble total, gdouble *next, gdouble *scores, const gdouble *out_weight, gdouble *shares,
           gdouble *dangling, gboolean symmetric)
{
  gdouble change = 0;
  if (symmetric)
    *dangling = 0;
  for (guint i = 0; i < n; i++)
    {
      gdouble v = next[i] / total; /* guard against drift */
      change += fabs (v - scores[i]);
      scores[i] = v;
      next[i] = 0;
      if (symmetric)
        node_share (v, out_weight[i], &shares[i], dangling);
    }
  return change;
}

guint
precis_rank_pagerank (const PrecisGraph *g, const gdouble *teleport, gdouble *scores)
{
  guint n = g->n_nodes;
  if (n == 0)
    return 0;

  /* The teleport vector: @teleport, or 1 / n for every node (no array: a large document's
   * PageRank holds as few as it can beside its graph). */
  const gdouble uniform = 1.0 / n;
  g_autofree gdouble *summed = g->out_weight == NULL ? g_new0 (gdouble, n) : NULL;
  /* Zero at each iteration's start: zeroed here, then by the loop that reads it into the scores. */
  g_autofree gdouble *next = g_new0 (gdouble, n);
  g_autofree gdouble *shares = g->symmetric ? g_new (gdouble, n) : NULL;
  for (guint i = 0; i < n; i++)
    {
      scores[i] = teleport ? teleport[i] : uniform;
      if (summed != NULL)
        for (guint k = g->row[i]; k < g->row[i + 1]; k++)
          summed[i] += precis_graph_weight (g, i, k);
    }
  const gdouble *out_weight = summed != NULL ? summed : g->out_weight;

  /* A symmetric graph's shares and dangling mass, summed in the order of the nodes: for the first
   * iteration here, for each next one as the scores are normalised (the same expressions on the
   * same scores; a pass of their own cost a loop over the nodes an iteration). */
  gdouble dangling = 0;
  for (guint j = 0; j < n && g->symmetric; j++)
    node_share (scores[j], out_weight[j], &shares[j], &dangling);

  guint iteration = 0;
  while (iteration < PAGERANK_MAX_ITERATIONS)
    {
      iteration++;
      gdouble change = 0, total = 0;
      if (g->symmetric)
        {
          /* The dangling mass is known before the nodes' pass, which then finishes each node (its
           * teleport added and its value summed into the total, in the order of the nodes, as a
           * pass of its own would). */
          gdouble spread = (1 - PAGERANK_DAMPING) + PAGERANK_DAMPING * dangling;
          gdouble spread_uniform = spread * uniform; /* the same product for every node: once */
          /* Each edge once, from its smaller end j to t > j: node t takes j's share when
           * row j is read, as it would have; node j takes the shares of its larger neighbours
           * in increasing order, after those of its smaller ones: the order of the sums is
           * that of the full graph, so the scores are the same to the bit. A node with no
           * weight out keeps what it has (nothing: its row is empty). */
          for (guint j = 0; j < n; j++)
            {
              /* Every t of row j is larger than j: node j's sum is kept in a register
               * through the row, its additions in the same order. */
              gdouble sum = next[j];
              if (out_weight[j] > 0)
                {
                  gdouble share = shares[j];
                  if (g->weight != NULL)
                    {
                      /* The row's end and arrays in registers (the stores to next[] might
                       * otherwise alias them) and a 64-bit index: 13 instructions an edge, not 14. */
                      const guint *target = g->target;
                      const gdouble *weight = g->weight;
                      gsize end = g->row[j + 1];
#pragma GCC unroll 4
                      for (gsize k = g->row[j]; k < end; k++)
                        {
                          guint t = target[k];
                          gdouble w = weight[k];
                          next[t] += share * w;
                          sum += shares[t] * w;
                        }
                    }
                  else /* a large TextRank graph: each weight from its count (graph.h) */
                    for (guint k = g->row[j]; k < g->row[j + 1]; k++)
                      {
                        guint t = g->target[k];
                        gdouble w = precis_graph_weight (g, j, k);
                        next[t] += share * w;
                        sum += shares[t] * w;
                      }
                }
              sum += teleport != NULL ? spread * teleport[j] : spread_uniform;
              next[j] = sum;
              total += sum;
            }
        }
      else
        {
          dangling = 0;
          for (guint j = 0; j < n; j++)
            {
              gdouble share;
              node_share (scores[j], out_weight[j], &share, &dangling);
              if (out_weight[j] > 0)
                for (guint k = g->row[j]; k < g->row[j + 1]; k++)
                  next[g->target[k]] += share * g->weight[k];
            }
          gdouble spread = (1 - PAGERANK_DAMPING) + PAGERANK_DAMPING * dangling;
          if (teleport != NULL)
            for (guint i = 0; i < n; i++)
              {
                next[i] += spread * teleport[i];
                total += next[i];
              }
          else
            for (guint i = 0; i < n; i++)
              {
                next[i] += spread * uniform;
                total += next[i];
              }
        }
      change = g->symmetric ? normalise (n, total, next, scores, out_weight, shares, &dangling, TRUE)
                            : normalise (n, total, next, scores, out_weight, NULL, NULL, FALSE);
      if (change < PAGERANK_TOLERANCE)
        break;
    }
  return iteration;
}

/* The named rankers. Classic TextRank, LexRank and BM25 rank with a uniform teleport and no
 * adjustments; "position" is precis's own (its values are chosen on the news dev sets, see
 * docs/ranking.md and bench/RESULTS.md). */
void
precis_rank_params_for (PrecisRanker ranker, PrecisRankParams *p)
{
  *p = (PrecisRankParams){ .similarity = ranker };
  if (ranker == PRECIS_RANKER_POSITION || ranker == PRECIS_RANKER_EDITOR)
    {
      p->similarity = PRECIS_RANKER_TEXTRANK;
      p->length_exponent = POSITION_LENGTH_EXPONENT;
      p->long_words = POSITION_LONG_WORDS;
      p->long_exponent = POSITION_LONG_EXPONENT;
      p->final_position = POSITION_FINAL_POSITION;
    }
}

void
precis_rank_adjust (const PrecisRankParams *params, const PrecisSpan *spans, const guint *n_words, guint n,
                    gdouble *scores)
{
  if (n == 0 || (params->length_exponent == 0 && params->long_words == 0 && params->final_position == 0))
    return;
  gboolean by_paragraph = spans[n - 1].paragraph + 1 >= PRECIS_PARAGRAPHED;
  gdouble mean = 0;
  for (guint i = 0; i < n; i++)
    mean += n_words[i];
  mean = MAX (mean / n, 1);
  gdouble total = 0;
  /* pow() of the same arguments gives the same bits: the length factor of a word count below
   * LENGTH_MEMO is computed once a document, and the position factor once a unit (a paragraph's
   * sentences come one after another). */
  gdouble length_factor[LENGTH_MEMO];
  guint8 known[LENGTH_MEMO] = { 0 };
  const Powers *powers = powers_for (params);
  gboolean unit_known = powers->final_position == params->final_position;
  gboolean long_known
      = powers->long_words == params->long_words && powers->long_exponent == params->long_exponent;
  gboolean have_unit = FALSE;
  guint last_unit = 0;
  gdouble unit_factor = 0;
  for (guint i = 0; i < n; i++)
    {
      if (params->length_exponent != 0)
        {
          guint words = MAX (n_words[i], 1);
          if (words >= LENGTH_MEMO)
            scores[i] *= pow (words / mean, params->length_exponent);
          else
            {
              if (!known[words])
                {
                  length_factor[words] = pow (words / mean, params->length_exponent);
                  known[words] = 1;
                }
              scores[i] *= length_factor[words];
            }
        }
      if (params->long_words > 0 && n_words[i] > params->long_words)
        scores[i] *= long_known && n_words[i] < LONG_MEMO
                         ? powers->long_factor[n_words[i]]
                         : pow (params->long_words / n_words[i], params->long_exponent);
      if (params->final_position != 0)
        {
          guint unit = by_paragraph ? spans[i].paragraph - spans[0].paragraph : i;
          if (!have_unit || unit != last_unit)
            {
              unit_factor = unit_known && unit < UNIT_MEMO ? powers->unit[unit]
                                                           : pow (unit + 1.0, -params->final_position);
              last_unit = unit;
              have_unit = TRUE;
            }
          scores[i] *= unit_factor;
        }
      total += scores[i];
    }
  for (guint i = 0; total > 0 && i < n; i++)
    scores[i] /= total;
}
