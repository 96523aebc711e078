/* rouge.c - ROUGE scores that reproduce the two reference scorers exactly.
 *
 * Input: a candidate summary and its reference summaries (sentences separated by "\n").
 * Output: precision, recall and F per metric and document, and corpus aggregates with a
 * bootstrap confidence interval. Two flavours:
 *
 *   rouge-score  Google's rouge_score 0.1.2: Unicode lower-casing, tokens are runs of
 *                [a-z0-9], NLTK's Porter on tokens of more than 3 characters; ROUGE-N from
 *                n-gram counts, rougeL from the LCS of the whole texts, rougeLsum from the
 *                union LCS of each reference sentence with every candidate sentence (tokens
 *                counted once); F1; several references: the best by F, metric by metric.
 *                Aggregate: plain means; the interval is numpy's percentile over bootstrap
 *                means drawn with MT19937 (numpy.random.seed, randint's masked rejection),
 *                one random stream shared by the metrics in order.
 *   rouge155     ROUGE-1.5.5 with -c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a (and -m with
 *                stemming): ASCII lower-casing, tokens are runs of [a-z0-9] bytes, the
 *                WordNet exception table then ROUGE's own Porter on tokens of more than 3
 *                bytes; several references are summed (model average); R and P rounded to 5
 *                decimals per document and F computed from the rounded values; ROUGE-L is
 *                summary level (reported as rougeLsum), ROUGE-W weighs runs by len^1.2 (with
 *                ROUGE's double weighting of the model length), ROUGE-S* and ROUGE-SU* count
 *                all skip-bigrams (SU adds unigrams but the last). Aggregate: ROUGE's bootstrap,
 *                srand(i) and Perl's drand48 for sample i (another seed: a SplitMix64 state per
 *                seed and sample), the mean of the sample means ("Average", reported as mid
 *                beside the plain mean over documents) and the interval from their sorted
 *                order, all rounded to 5 decimals.
 *
 * Cost per document: O(L) for n-gram counting (a hash table), O(L_c x L_r / 64) for the LCS
 * (bit-parallel, eval/lcs.c), O(L_c x L_r) for ROUGE-W's weighted table and O(L^2) for
 * skip-bigrams (L tokens), as ROUGE-1.5.5 defines them. Memory is linear in the texts but
 * for the LCS traceback's one bit a cell of each sentence pair (L_c x L_r / 8 bytes, in
 * rougeL(sum) and ROUGE-W): skip-bigrams are counted without being listed past a bound.
 * Stems are cached per scorer.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/data.h"
#include "base/text.h"
#include "eval/lcs.h"
#include "eval/porter.h"
#include "eval/rouge.h"

/* Slots of the surface cache to start with (a power of two; it doubles at half full). */
#define SURFACE_MIN 1024

/* ROUGE-1.5.5's -w 1.2: the weight of a run of L consecutive matches is L^1.2. */
#define WLCS_WEIGHT 1.2

/* Buffers reused from one document to the next. */
typedef struct
{
  guint8 *shared; /* token id -> in both texts, for shared_a and shared_b */
  gsize shared_cap;
  const void *shared_a, *shared_b; /* the texts of shared[], NULL at each document's start */
  guint64 *keys_a, *keys_b;
  gsize keys_a_cap, keys_b_cap;
  guint64 *slot_key;
  guint *slot_count;
  gsize slot_cap;
  guint *pos_a, *pos_b; /* the shared tokens of each text, in order (skip_overlap) */
  gsize pos_a_cap, pos_b_cap;
  guint64 *pairs_a, *pairs_b; /* token id -> pairs (x, id) in each text (skip_overlap) */
  gsize pairs_cap;
  guint8 *seen; /* token id -> done as a first token (skip_overlap) */
  gsize seen_cap;
  PrecisLcs *lcs;
  gdouble *wc; /* ROUGE-W: two rows of weights */
  gsize wc_cap;
  guint *wl; /* two rows of run lengths */
  gsize wl_cap;
  guint64 *wleft; /* a bit a cell: the traceback goes left there */
  gsize wleft_cap;
  gdouble *pow; /* pow (k, WLCS_WEIGHT) for k < pow_len */
  guint pow_len;
} Scratch;

static void
scratch_clear (Scratch *s)
{
  g_free (s->shared);
  g_free (s->keys_a);
  g_free (s->keys_b);
  g_free (s->slot_key);
  g_free (s->slot_count);
  g_free (s->pos_a);
  g_free (s->pos_b);
  g_free (s->pairs_a);
  g_free (s->pairs_b);
  g_free (s->seen);
  precis_lcs_free (s->lcs);
  g_free (s->wc);
  g_free (s->wl);
  g_free (s->wleft);
  g_free (s->pow);
  memset (s, 0, sizeof *s);
}

typedef struct
{
  gchar *id;
  guint order;
  PrecisRougeScore scores[PRECIS_ROUGE_N_METRICS];
} Document;

/* A tokenised text: token ids, and sentence boundaries into them. */
typedef struct
{
  guint *ids; /* document-local token ids */
  guint n_ids, ids_cap;
  guint *sents; /* sentence s is ids [sents[s], sents[s+1]) */
  guint n_sents, sents_cap;
} Text;

/* A slot of the surface cache: a token's bytes (in the arena) -> its form's global id + 1. */
typedef struct
{
  guint32 hash;
  guint32 len;
  guint32 at;     /* offset of the token's bytes in the arena */
  guint32 global; /* 0: an empty slot */
} Surface;

struct _PrecisRouge
{
  PrecisRougeCompat compat;
  gboolean stem;
  guint metrics;
  gdouble alpha;
  GHashTable *stems; /* token -> stem, for this flavour */
  Surface *surface;  /* the cache of tokens' forms, open addressing, surface_mask + 1 slots */
  guint surface_mask;
  guint n_surface;   /* slots in use */
  GString *arena;    /* the bytes of the cached tokens */
  GHashTable *forms; /* stemmed form -> global id + 1 */
  GArray *local;     /* global id -> id in the current document */
  GArray *stamp;     /* global id -> the document that set local[] */
  guint generation;
  guint n_local;          /* distinct tokens in the current document */
  GHashTable *exceptions; /* rouge155: WordNet exception table */
  GArray *documents;      /* Document */
  GString *scratch;       /* the stemmer's output */
  GString *token;         /* the token being read */
  Scratch buf;
  Text *texts; /* the candidate's and the references' tokens, reused from one document to the next */
  guint n_texts;
};

static const gchar *const metric_names[PRECIS_ROUGE_N_METRICS] = {
  "rouge1", "rouge2", "rouge3", "rouge4", "rougeL", "rougeLsum", "rougeW", "rougeS*", "rougeSU*",
};

const gchar *
precis_rouge_metric_name (PrecisRougeMetric metric)
{
  return (gsize)metric < PRECIS_ROUGE_N_METRICS ? metric_names[metric] : NULL;
}

gboolean
precis_rouge_metric_from_name (const gchar *name, PrecisRougeMetric *metric)
{
  for (guint i = 0; name != NULL && i < PRECIS_ROUGE_N_METRICS; i++)
    {
      gsize n = strlen (metric_names[i]);
      /* "rougeS*" may be written "rougeS" */
      if (g_ascii_strcasecmp (name, metric_names[i]) == 0
          || (metric_names[i][n - 1] == '*' && strlen (name) == n - 1
              && g_ascii_strncasecmp (name, metric_names[i], n - 1) == 0))
        {
          *metric = (PrecisRougeMetric)i;
          return TRUE;
        }
    }
  return FALSE;
}

guint
precis_rouge_default_metrics (PrecisRougeCompat compat)
{
  guint all = (1u << PRECIS_ROUGE_N_METRICS) - 1;
  if (compat == PRECIS_ROUGE_COMPAT_ROUGE_SCORE)
    return all & ~((1u << PRECIS_ROUGE_W) | (1u << PRECIS_ROUGE_S) | (1u << PRECIS_ROUGE_SU));
  return all & ~(1u << PRECIS_ROUGE_L); /* ROUGE-1.5.5 has no whole-text LCS */
}

gboolean
precis_rouge_metrics_allowed (PrecisRougeCompat compat, guint metrics, PrecisRougeMetric *missing)
{
  g_return_val_if_fail (compat == PRECIS_ROUGE_COMPAT_ROUGE_SCORE || compat == PRECIS_ROUGE_COMPAT_ROUGE155,
                        FALSE);
  guint all = (1u << PRECIS_ROUGE_N_METRICS) - 1;
  guint has = compat == PRECIS_ROUGE_COMPAT_ROUGE_SCORE ? precis_rouge_default_metrics (compat) : all;
  guint lacked = metrics & all & ~has;
  if (lacked == 0)
    return TRUE;
  if (missing != NULL)
    *missing = (PrecisRougeMetric)g_bit_nth_lsf (lacked, -1);
  return FALSE;
}

static void
load_exceptions (GHashTable *table)
{
  g_auto (GStrv) lines = precis_data_lines ("rouge/wordnet-exceptions.tsv");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      gchar *tab = strchr (lines[i], '\t');
      if (tab == NULL)
        continue;
      *tab = '\0';
      g_hash_table_insert (table, g_strdup (lines[i]), g_strdup (g_strstrip (tab + 1)));
    }
}

PrecisRouge *
precis_rouge_new (PrecisRougeCompat compat, gboolean stem)
{
  PrecisRouge *r = g_new0 (PrecisRouge, 1);
  r->compat = compat;
  r->stem = stem;
  r->metrics = precis_rouge_default_metrics (compat);
  r->alpha = 0.5;
  r->stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r->surface_mask = SURFACE_MIN - 1;
  r->surface = g_new0 (Surface, SURFACE_MIN);
  r->arena = g_string_new (NULL);
  r->forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->local = g_array_new (FALSE, TRUE, sizeof (guint));
  r->stamp = g_array_new (FALSE, TRUE, sizeof (guint));
  r->documents = g_array_new (FALSE, FALSE, sizeof (Document));
  r->scratch = g_string_new (NULL);
  r->token = g_string_new (NULL);
  r->buf.lcs = precis_lcs_new ();
  if (compat == PRECIS_ROUGE_COMPAT_ROUGE155 && stem)
    {
      r->exceptions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      load_exceptions (r->exceptions);
    }
  return r;
}

void
precis_rouge_free (PrecisRouge *r)
{
  if (r == NULL)
    return;
  for (guint i = 0; i < r->documents->len; i++)
    g_free (g_array_index (r->documents, Document, i).id);
  g_array_unref (r->documents);
  g_hash_table_unref (r->stems);
  g_free (r->surface);
  g_string_free (r->arena, TRUE);
  for (guint i = 0; i < r->n_texts; i++)
    {
      g_free (r->texts[i].ids);
      g_free (r->texts[i].sents);
    }
  g_free (r->texts);
  g_hash_table_unref (r->forms);
  g_array_unref (r->local);
  g_array_unref (r->stamp);
  if (r->exceptions)
    g_hash_table_unref (r->exceptions);
  g_string_free (r->scratch, TRUE);
  g_string_free (r->token, TRUE);
  scratch_clear (&r->buf);
  g_free (r);
}

void
precis_rouge_set_metrics (PrecisRouge *r, guint metrics)
{
  r->metrics = metrics & ((1u << PRECIS_ROUGE_N_METRICS) - 1);
}

guint
precis_rouge_get_metrics (const PrecisRouge *r)
{
  return r->metrics;
}

void
precis_rouge_set_alpha (PrecisRouge *r, gdouble alpha)
{
  r->alpha = CLAMP (alpha, 0.0, 1.0);
}

guint
precis_rouge_get_n_documents (const PrecisRouge *r)
{
  return r->documents->len;
}

/* ---- tokens ------------------------------------------------------------------------------ */

/* The stem of a token (cached), or NULL when stemming is off or the token is short. @token
 * is NUL-terminated at @len. */
static const gchar *
stem_token (PrecisRouge *r, const gchar *token, gsize len)
{
  if (!r->stem || len <= 3)
    return NULL;
  const gchar *cached = g_hash_table_lookup (r->stems, token);
  if (cached != NULL)
    return cached;
  gchar *key = g_strndup (token, len);
  const gchar *exception = r->exceptions ? g_hash_table_lookup (r->exceptions, key) : NULL;
  if (exception != NULL)
    g_string_assign (r->scratch, exception);
  else if (r->compat == PRECIS_ROUGE_COMPAT_ROUGE155)
    precis_porter_rouge155 (token, len, r->scratch);
  else
    precis_porter_nltk (token, len, r->scratch);
  gchar *value = g_strdup (r->scratch->str);
  g_hash_table_insert (r->stems, key, value);
  return value;
}

const gchar *
precis_rouge_stem (PrecisRouge *r, const gchar *token)
{
  const gchar *stemmed = stem_token (r, token, strlen (token));
  return stemmed ? stemmed : token;
}

/* Past this many cached tokens, or bytes of them, the caches start again (between documents),
 * so that a long run does not grow without bound (and arena offsets fit 32 bits). */
#define TOKEN_CACHE_MAX (1u << 20)
#define TOKEN_ARENA_MAX (1u << 28)

/* FNV-1a over the token's bytes. */
static inline guint32
surface_hash (const gchar *token, gsize len)
{
  guint32 h = 2166136261u;
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar)token[i]) * 16777619u;
  return h;
}

/* Doubles the surface cache, every slot moved to its new place. */
static void
surface_grow (PrecisRouge *r)
{
  guint size = 2 * (r->surface_mask + 1), mask = size - 1;
  Surface *slots = g_new0 (Surface, size);
  for (guint i = 0; i <= r->surface_mask; i++)
    if (r->surface[i].global != 0)
      {
        guint k = r->surface[i].hash & mask;
        while (slots[k].global != 0)
          k = (k + 1) & mask;
        slots[k] = r->surface[i];
      }
  g_free (r->surface);
  r->surface = slots;
  r->surface_mask = mask;
}

/* The global id (+ 1) of a token's form: stemmed and numbered on its first sight. */
static guint
form_id (PrecisRouge *r, const gchar *token, gsize len)
{
  const gchar *stemmed = stem_token (r, token, len);
  const gchar *form = stemmed ? stemmed : token;
  guint global = GPOINTER_TO_UINT (g_hash_table_lookup (r->forms, form));
  if (global == 0)
    {
      global = g_hash_table_size (r->forms) + 1;
      g_hash_table_insert (r->forms, g_strdup (form), GUINT_TO_POINTER (global));
    }
  return global;
}

/* Appends the document-local id of a token (NUL-terminated at @len), stemmed if need be. The
 * global id of a token's form is cached by surface form: one hash look-up per token. */
static void
push_token (PrecisRouge *r, Text *t, const gchar *token, gsize len)
{
  guint32 h = surface_hash (token, len);
  guint k = h & r->surface_mask;
  const Surface *slot;
  while ((slot = &r->surface[k])->global != 0
         && !(slot->hash == h && slot->len == len && memcmp (r->arena->str + slot->at, token, len) == 0))
    k = (k + 1) & r->surface_mask;
  guint global = slot->global;
  if (global == 0)
    {
      global = form_id (r, token, len);
      r->surface[k] = (Surface){ h, (guint32)len, (guint32)r->arena->len, global };
      g_string_append_len (r->arena, token, len);
      if (++r->n_surface > r->surface_mask / 2)
        surface_grow (r);
    }
  global--;
  if (r->local->len <= global)
    {
      g_array_set_size (r->local, global + 1);
      g_array_set_size (r->stamp, global + 1);
    }
  guint *stamp = &g_array_index (r->stamp, guint, global);
  guint *local = &g_array_index (r->local, guint, global);
  if (*stamp != r->generation)
    {
      *stamp = r->generation;
      *local = r->n_local++;
    }
  if (t->n_ids == t->ids_cap)
    {
      t->ids_cap = MAX (64, 2 * t->ids_cap);
      t->ids = g_renew (guint, t->ids, t->ids_cap);
    }
  t->ids[t->n_ids++] = *local;
}

/* Starts a document: local ids from 0 again. */
static void
begin_document (PrecisRouge *r)
{
  if (r->n_surface > TOKEN_CACHE_MAX || r->arena->len > TOKEN_ARENA_MAX)
    {
      memset (r->surface, 0, (r->surface_mask + 1) * sizeof (Surface));
      r->n_surface = 0;
      g_string_truncate (r->arena, 0);
      g_hash_table_remove_all (r->forms);
      g_hash_table_remove_all (r->stems);
      g_array_set_size (r->local, 0);
      g_array_set_size (r->stamp, 0);
    }
  if (++r->generation == 0)
    {
      memset (r->stamp->data, 0, r->stamp->len * sizeof (guint));
      r->generation = 1;
    }
  r->n_local = 0;
  /* The texts' buffers are reused: what gram_overlap found for them is stale. */
  r->buf.shared_a = r->buf.shared_b = NULL;
}

/* Tokens shorter than this are lower-cased in a buffer on the stack. */
#define TOKEN_STACK 64

/* rouge_score: Python's str.lower(), then runs of [a-z0-9]. The only characters whose
 * lower case holds ASCII letters are U+0130 ("i" + U+0307, which then splits the word) and
 * the Kelvin sign U+212A ("k"). */
static void
tokenize_rouge_score (PrecisRouge *r, Text *t, const gchar *s, gsize len)
{
  GString *tok = r->token;
  g_string_truncate (tok, 0);
  gchar word[TOKEN_STACK];
  const gchar *end = s + len;
  for (const gchar *p = s; p < end;)
    {
      guchar b = (guchar)*p;
      if (b < 0x80 && g_ascii_isalnum (b))
        {
          /* A run of ASCII letters and digits, lower-cased as it is appended. */
          const gchar *q = p;
          while (q < end && (guchar)*q < 0x80 && g_ascii_isalnum (*q))
            q++;
          if (tok->len == 0 && (q == end || (guchar)*q < 0x80) && (gsize)(q - p) < sizeof word)
            {
              /* The whole token (an ASCII byte after it ends it): lower-cased on the stack. */
              gsize n = q - p;
              for (gsize k = 0; k < n; k++)
                word[k] = precis_ascii_lower (p[k]);
              word[n] = '\0';
              push_token (r, t, word, n);
              p = q;
              continue;
            }
          gsize at = tok->len;
          g_string_append_len (tok, p, q - p);
          for (gsize k = at; k < tok->len; k++)
            tok->str[k] = precis_ascii_lower (tok->str[k]);
          p = q;
          continue;
        }
      gunichar c = b;
      const gchar *next = p + 1;
      if (b >= 0x80)
        {
          c = g_utf8_get_char_validated (p, end - p);
          next = (c == (gunichar)-1 || c == (gunichar)-2) ? p + 1 : g_utf8_next_char (p);
        }
      p = next;
      if (c == 0x212A)
        {
          g_string_append_c (tok, 'k');
          continue;
        }
      if (c == 0x0130)
        g_string_append_c (tok, 'i'); /* then the combining dot ends the token */
      if (tok->len > 0)
        {
          push_token (r, t, tok->str, tok->len);
          g_string_truncate (tok, 0);
        }
    }
  if (tok->len > 0)
    push_token (r, t, tok->str, tok->len);
}

/* ROUGE-1.5.5: tr/A-Z/a-z/, every byte but [A-Za-z0-9-] a space, hyphens split off and
 * dropped (a token must start with [a-z0-9$]): tokens are runs of ASCII letters and digits. */
static void
tokenize_rouge155 (PrecisRouge *r, Text *t, const gchar *s, gsize len)
{
  gsize i = 0;
  GString *tok = r->token;
  gchar word[TOKEN_STACK];
  while (i < len)
    {
      while (i < len && !g_ascii_isalnum (s[i]))
        i++;
      gsize start = i;
      while (i < len && g_ascii_isalnum (s[i]))
        i++;
      if (i == start)
        break;
      gsize n = i - start;
      if (n >= sizeof word)
        {
          g_string_truncate (tok, 0);
          g_string_append_len (tok, s + start, n);
        }
      gchar *lower = n < sizeof word ? word : tok->str;
      for (gsize k = 0; k < n; k++)
        lower[k] = precis_ascii_lower (s[start + k]);
      lower[n] = '\0';
      push_token (r, t, lower, n);
    }
}

/* Appends a sentence boundary. */
static void
text_push_sentence (Text *t, guint at)
{
  if (t->n_sents == t->sents_cap)
    {
      t->sents_cap = MAX (16, 2 * t->sents_cap);
      t->sents = g_renew (guint, t->sents, t->sents_cap);
    }
  t->sents[t->n_sents++] = at;
}

/* Splits @s into sentences at "\n" and tokenises each, into @t's buffers (kept from an
 * earlier text). rouge_score drops empty lines (of zero characters); ROUGE-1.5.5 reads lines
 * likewise (chomp, then length > 0). */
static void
text_init (PrecisRouge *r, Text *t, const gchar *s)
{
  t->n_ids = 0;
  t->n_sents = 0;
  const gchar *p = s;
  for (;;)
    {
      const gchar *nl = strchr (p, '\n');
      gsize len = nl ? (gsize)(nl - p) : strlen (p);
      if (len > 0)
        {
          text_push_sentence (t, t->n_ids);
          if (r->compat == PRECIS_ROUGE_COMPAT_ROUGE155)
            tokenize_rouge155 (r, t, p, len);
          else
            tokenize_rouge_score (r, t, p, len);
        }
      if (nl == NULL)
        break;
      p = nl + 1;
    }
  text_push_sentence (t, t->n_ids);
}

#define TOK(t) ((const guint *)(t)->ids)
#define N_TOK(t) ((t)->n_ids)
#define N_SENT(t) ((t)->n_sents - 1)
#define SENT(t, s) ((t)->sents[(s)])

/* ---- counting ---------------------------------------------------------------------------- */

typedef struct
{
  guint w[4];
} Gram;

static int
compare_gram (gconstpointer a, gconstpointer b)
{
  return memcmp (a, b, sizeof (Gram));
}

/* The n-grams of a token sequence, sorted. */
static GArray *
grams (const guint *tok, guint n_tok, guint n)
{
  GArray *g = g_array_new (FALSE, TRUE, sizeof (Gram));
  for (guint i = 0; n_tok >= n && i + n <= n_tok; i++)
    {
      Gram x = { { 0 } };
      for (guint k = 0; k < n; k++)
        x.w[k] = tok[i + k] + 1;
      g_array_append_val (g, x);
    }
  qsort (g->data, g->len, sizeof (Gram), compare_gram);
  return g;
}

/* Sum over distinct grams of min(count in a, count in b). */
static guint
overlap (const GArray *a, const GArray *b)
{
  const Gram *x = (const Gram *)(gpointer)a->data, *y = (const Gram *)(gpointer)b->data;
  guint i = 0, j = 0, hits = 0;
  while (i < a->len && j < b->len)
    {
      int c = memcmp (&x[i], &y[j], sizeof (Gram));
      if (c < 0)
        i++;
      else if (c > 0)
        j++;
      else
        {
          guint ci = 0, cj = 0;
          Gram g = x[i];
          while (i < a->len && memcmp (&x[i], &g, sizeof g) == 0)
            i++, ci++;
          while (j < b->len && memcmp (&y[j], &g, sizeof g) == 0)
            j++, cj++;
          hits += MIN (ci, cj);
        }
    }
  return hits;
}

typedef enum
{
  GRAMS_N, /* contiguous n-grams */
  GRAMS_S, /* skip-bigrams, any gap (ROUGE-1.5.5 -2 -1) */
  GRAMS_U, /* the unigrams but the last: what SU (-U) adds to S */
} GramKind;

/* How many grams a sequence of @len tokens has (skip-bigrams grow with the square). */
static guint64
gram_total (guint len, guint n, GramKind kind)
{
  if (kind == GRAMS_N)
    return len >= n ? len - n + 1 : 0;
  if (kind == GRAMS_U)
    return len > 1 ? len - 1 : 0;
  return len > 1 ? (guint64)len * (len - 1) / 2 : 0;
}

/* Skip-bigram keys that gram_keys() may list for one text; past it (or with too many
 * distinct tokens to pack) skip_overlap() counts the pairs without listing them. The keys
 * then take at most 8 MB a text and the table 24 MB. */
#define SKIP_KEYS_MAX (1u << 20)

/* The n-grams (GRAMS_N) or unigrams but the last (GRAMS_U) of @t whose every token is in @shared,
 * each packed in 64 bits (16 per token id, so ids must be below 0xFFFF). Grams with a token the
 * other text lacks cannot match, so they are left out; the totals come from gram_total(). */
static guint64 *
gram_keys (guint64 **buf, gsize *cap, const Text *t, guint n, GramKind kind, const guint8 *shared,
           guint *n_keys)
{
  const guint *tok = TOK (t);
  guint len = N_TOK (t);
  guint64 *keys = precis_scratch_get ((gpointer *)buf, cap, MAX ((gsize)gram_total (len, n, kind), 1),
                                      sizeof (guint64));
  guint k = 0;
  if (kind == GRAMS_U)
    {
      for (guint i = 0; i + 1 < len; i++)
        if (shared[tok[i]])
          keys[k++] = (guint64)(tok[i] + 1) << 16;
    }
  else if (kind == GRAMS_N)
    {
      for (guint i = 0; len >= n && i + n <= len; i++)
        {
          guint64 key = 0;
          gboolean ok = TRUE;
          for (guint w = 0; w < n && ok; w++)
            {
              ok = shared[tok[i + w]];
              key = (key << 16) | (tok[i + w] + 1);
            }
          if (ok)
            keys[k++] = key;
        }
    }
  *n_keys = k;
  return keys;
}

/* The tokens of @t that @shared marks, in order, into *buf; their number in *m. */
static const guint *
shared_positions (guint **buf, gsize *cap, const Text *t, const guint8 *shared, guint *m)
{
  guint *out = precis_scratch_get ((gpointer *)buf, cap, MAX (N_TOK (t), 1), sizeof (guint));
  guint k = 0;
  for (guint i = 0; i < N_TOK (t); i++)
    if (shared[TOK (t)[i]])
      out[k++] = TOK (t)[i];
  *m = k;
  return out;
}

/* The skip-bigrams (i < j) of the @m shared tokens @ids of a text (shared_positions()), packed as
 * gram_keys() packs them: as many as the shared tokens' pairs (gram_overlap() keeps them under
 * SKIP_KEYS_MAX), not the text's. */
static guint64 *
skip_keys (guint64 **buf, gsize *cap, const guint *ids, guint m, guint *n_keys)
{
  guint64 *keys = precis_scratch_get ((gpointer *)buf, cap, MAX ((gsize)gram_total (m, 2, GRAMS_S), 1),
                                      sizeof (guint64));
  guint k = 0;
  for (guint a = 0; a < m; a++)
    {
      guint64 first = (guint64)(ids[a] + 1) << 16;
      for (guint b = a + 1; b < m; b++)
        keys[k++] = first | (ids[b] + 1);
    }
  *n_keys = k;
  return keys;
}

/* The skip-bigram hits of two texts, sum over pairs (x, y) of min(pairs in a, pairs in b), from
 * their shared tokens @sa and @sb (shared_positions()),
 * without listing the pairs: only tokens both texts hold can match, and for each such
 * first token x one pass over each text's shared tokens counts the pairs (x, y) for every
 * y (a y adds the number of x before it). Time O(distinct shared tokens x shared
 * positions), as quadratic as the pairs themselves; memory linear in the texts. */
static guint64
skip_overlap (Scratch *sc, const guint *sa, guint ma, const guint *sb, guint mb, guint n_ids)
{
  gsize cap_b = sc->pairs_cap;
  guint64 *pa
      = precis_scratch_get ((gpointer *)&sc->pairs_a, &sc->pairs_cap, MAX (n_ids, 1), sizeof (guint64));
  guint64 *pb = precis_scratch_get ((gpointer *)&sc->pairs_b, &cap_b, MAX (n_ids, 1), sizeof (guint64));
  guint8 *seen = precis_scratch_get ((gpointer *)&sc->seen, &sc->seen_cap, MAX (n_ids, 1), 1);
  memset (pa, 0, n_ids * sizeof (guint64));
  memset (pb, 0, n_ids * sizeof (guint64));
  memset (seen, 0, n_ids);
  guint64 hits = 0;
  for (guint f = 0; f < ma; f++)
    {
      guint x = sa[f];
      if (seen[x])
        continue;
      seen[x] = 1;
      /* Pairs start at x's first occurrence in a; in b from its first too. */
      guint64 before = 0;
      for (guint i = f; i < ma; i++)
        {
          pa[sa[i]] += before;
          before += sa[i] == x;
        }
      before = 0;
      for (guint j = 0; j < mb; j++)
        {
          pb[sb[j]] += before;
          before += sb[j] == x;
        }
      for (guint j = 0; j < mb; j++)
        {
          guint y = sb[j];
          if (pb[y] != 0)
            {
              hits += MIN (pa[y], pb[y]);
              pb[y] = 0;
            }
        }
      for (guint i = f; i < ma; i++)
        pa[sa[i]] = 0;
    }
  return hits;
}

/* overlap() of the n-grams of @a and @b (GRAMS_N), or of their unigrams but the last (GRAMS_U: the
 * 1-grams of each sequence without its last token), listed and sorted (grams()): for texts with
 * too many distinct tokens to pack (gram_keys()). Linear in the texts but for the sort. */
static guint64
sorted_overlap (const Text *a, const Text *b, guint n, GramKind kind)
{
  guint la = N_TOK (a), lb = N_TOK (b);
  if (kind == GRAMS_U)
    {
      n = 1;
      la = la > 0 ? la - 1 : 0;
      lb = lb > 0 ? lb - 1 : 0;
    }
  g_autoptr (GArray) ga = grams (TOK (a), la, n);
  g_autoptr (GArray) gb = grams (TOK (b), lb, n);
  return overlap (ga, gb);
}

/* Sum over distinct grams of min(count in a, count in b), and each text's total. */
static guint64
gram_overlap (Scratch *sc, const Text *a, const Text *b, guint n, GramKind kind, guint n_ids,
              guint64 *total_a, guint64 *total_b)
{
  *total_a = gram_total (N_TOK (a), n, kind);
  *total_b = gram_total (N_TOK (b), n, kind);
  /* Too many distinct tokens to pack in 16 bits: the n-grams the slow way (the skip-bigrams below
   * without listing them). */
  if (kind != GRAMS_S && n_ids >= 0xFFFF)
    return sorted_overlap (a, b, n, kind);
  /* The tokens both texts hold, found once for a pair of texts and all its gram kinds. */
  guint8 *in = sc->shared;
  if (sc->shared_a != a || sc->shared_b != b)
    {
      in = precis_scratch_get ((gpointer *)&sc->shared, &sc->shared_cap, MAX (n_ids, 1), 1);
      memset (in, 0, n_ids);
      for (guint k = 0; k < N_TOK (a); k++)
        in[TOK (a)[k]] |= 1;
      for (guint k = 0; k < N_TOK (b); k++)
        in[TOK (b)[k]] |= 2;
      for (guint k = 0; k < n_ids; k++)
        in[k] = in[k] == 3;
      sc->shared_a = a;
      sc->shared_b = b;
    }
  guint na = 0, nb = 0;
  const guint64 *ka, *kb;
  if (kind == GRAMS_S)
    {
      /* The tokens of each text that the other holds, found once for both ways of counting. */
      guint ma = 0, mb = 0;
      const guint *sa = shared_positions (&sc->pos_a, &sc->pos_a_cap, a, in, &ma);
      const guint *sb = shared_positions (&sc->pos_b, &sc->pos_b_cap, b, in, &mb);
      if (n_ids >= 0xFFFF || gram_total (ma, 2, GRAMS_S) > SKIP_KEYS_MAX
          || gram_total (mb, 2, GRAMS_S) > SKIP_KEYS_MAX)
        return skip_overlap (sc, sa, ma, sb, mb, n_ids);
      ka = skip_keys (&sc->keys_a, &sc->keys_a_cap, sa, ma, &na);
      kb = skip_keys (&sc->keys_b, &sc->keys_b_cap, sb, mb, &nb);
    }
  else
    {
      ka = gram_keys (&sc->keys_a, &sc->keys_a_cap, a, n, kind, in, &na);
      kb = gram_keys (&sc->keys_b, &sc->keys_b_cap, b, n, kind, in, &nb);
    }
  if (na == 0 || nb == 0)
    return 0;
  /* Count a's grams in an open-addressing table (keys are never 0), then let each of b's
   * grams take one of a's: the hits are the sum of min(count in a, count in b). */
  guint size = 16;
  while (size < 2 * na)
    size *= 2;
  gsize key_cap = sc->slot_cap;
  guint64 *slot_key = precis_scratch_get ((gpointer *)&sc->slot_key, &key_cap, size, sizeof (guint64));
  guint *slot_count = precis_scratch_get ((gpointer *)&sc->slot_count, &sc->slot_cap, size, sizeof (guint));
  memset (slot_key, 0, size * sizeof (guint64)); /* counts are set when their key is */
  for (guint i = 0; i < na; i++)
    {
      guint h = (guint)((ka[i] * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 40) & (size - 1);
      while (slot_key[h] != 0 && slot_key[h] != ka[i])
        h = (h + 1) & (size - 1);
      if (slot_key[h] == 0)
        {
          slot_key[h] = ka[i];
          slot_count[h] = 0;
        }
      slot_count[h]++;
    }
  guint hits = 0;
  for (guint j = 0; j < nb; j++)
    {
      guint h = (guint)((kb[j] * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 40) & (size - 1);
      while (slot_key[h] != 0 && slot_key[h] != kb[j])
        h = (h + 1) & (size - 1);
      if (slot_key[h] == kb[j] && slot_count[h] > 0)
        {
          slot_count[h]--;
          hits++;
        }
    }
  return hits;
}

/* ROUGE-1.5.5's WLCS table and marking for one (model, peer) sentence pair. */
/* pow (k, w), from a table kept in the scratch buffers (the same doubles pow gives). */
static inline gdouble
run_weight (Scratch *sc, guint k, gdouble w)
{
  if (k >= sc->pow_len)
    {
      guint n = MAX (k + 1, 2 * sc->pow_len);
      sc->pow = g_renew (gdouble, sc->pow, n);
      for (guint i = sc->pow_len; i < n; i++)
        sc->pow[i] = pow (i, w);
      sc->pow_len = n;
    }
  return sc->pow[k];
}

/* The table's cells are not kept: its weights and run lengths two rows at a time, and of
 * each cell one bit, whether the traceback goes left there (ties go up; equal tokens go
 * diagonally), so L_a x L_b / 8 bytes as for the plain LCS (eval/lcs.c) instead of 13 bytes a
 * cell. The sums are the table's, in the same order. */
static void
mark_wlcs (Scratch *sc, const guint *a, guint na, const guint *b, guint nb, gdouble w, gboolean *hit)
{
  if (na == 0 || nb == 0)
    return;
  gsize cols = (gsize)nb + 1, words = ((gsize)nb + 63) / 64;
  gdouble *c = precis_scratch_get ((gpointer *)&sc->wc, &sc->wc_cap, 2 * cols, sizeof (gdouble));
  guint *l = precis_scratch_get ((gpointer *)&sc->wl, &sc->wl_cap, 2 * cols, sizeof (guint));
  guint64 *left
      = precis_scratch_get ((gpointer *)&sc->wleft, &sc->wleft_cap, (gsize)na * words, sizeof (guint64));
  memset (left, 0, (gsize)na * words * sizeof (guint64));
  gdouble *c_up = c, *c_row = c + cols;
  guint *l_up = l, *l_row = l + cols;
  for (gsize j = 0; j < cols; j++)
    c_up[j] = 0, l_up[j] = 0;
  for (guint i = 1; i <= na; i++)
    {
      guint64 *bits = left + (gsize)(i - 1) * words;
      c_row[0] = 0, l_row[0] = 0;
      for (guint j = 1; j <= nb; j++)
        {
          if (a[i - 1] == b[j - 1])
            {
              guint k = l_up[j - 1];
              c_row[j] = c_up[j - 1] + run_weight (sc, k + 1, w) - run_weight (sc, k, w);
              l_row[j] = k + 1;
            }
          else if (c_up[j] >= c_row[j - 1])
            {
              c_row[j] = c_up[j];
              l_row[j] = 0;
            }
          else
            {
              c_row[j] = c_row[j - 1];
              l_row[j] = 0;
              bits[(j - 1) / 64] |= G_GUINT64_CONSTANT (1) << ((j - 1) % 64);
            }
        }
      gdouble *ct = c_up;
      c_up = c_row, c_row = ct;
      guint *lt = l_up;
      l_up = l_row, l_row = lt;
    }
  guint i = na, j = nb;
  while (i != 0 && j != 0)
    {
      if (a[i - 1] == b[j - 1])
        {
          i--;
          j--;
          hit[i] = TRUE;
        }
      else if (left[(gsize)(i - 1) * words + (j - 1) / 64] >> ((j - 1) % 64) & 1)
        j--;
      else
        i--;
    }
}

/* Token counts of a text, indexed by token id (ids are dense per document). */
static guint *
unigram_counts (const Text *t, guint n_ids)
{
  guint *counts = g_new0 (guint, MAX (n_ids, 1));
  for (guint k = 0; k < N_TOK (t); k++)
    counts[TOK (t)[k]]++;
  return counts;
}

/* Summary-level union LCS hits of reference @ref against candidate @cand, each token counted
 * at most as often as it occurs in both (shared by rougeLsum and ROUGE-1.5.5's ROUGE-L); with
 * @wlcs, runs are weighted as in ROUGE-W and the hits are the weighted sum. */
static gdouble
union_lcs_hits (Scratch *sc, const Text *ref, const Text *cand, guint n_ids, gboolean wlcs)
{
  g_autofree guint *cnt_r = unigram_counts (ref, n_ids);
  g_autofree guint *cnt_c = unigram_counts (cand, n_ids);
  /* in_ref[id] == s + 1 when the token occurs in reference sentence s: a candidate sentence
   * with none of them has an empty LCS with it, and its table is not built. */
  g_autofree guint *in_ref = g_new0 (guint, MAX (n_ids, 1));
  gdouble hits = 0;
  for (guint s = 0; s < N_SENT (ref); s++)
    {
      guint a0 = SENT (ref, s), na = SENT (ref, s + 1) - a0;
      const guint *a = TOK (ref) + a0;
      for (guint k = 0; k < na; k++)
        in_ref[a[k]] = s + 1;
      g_autofree gboolean *hit = g_new0 (gboolean, MAX (na, 1));
      for (guint c = 0; c < N_SENT (cand); c++)
        {
          guint b0 = SENT (cand, c), nb = SENT (cand, c + 1) - b0;
          gboolean shares = FALSE;
          for (guint k = 0; k < nb && !shares; k++)
            shares = in_ref[TOK (cand)[b0 + k]] == s + 1;
          if (!shares)
            continue;
          if (wlcs)
            mark_wlcs (sc, a, na, TOK (cand) + b0, nb, WLCS_WEIGHT, hit);
          else
            precis_lcs_mark (sc->lcs, a, na, TOK (cand) + b0, nb, hit);
        }
      guint run = 0;
      for (guint k = 0; k < na; k++)
        {
          if (!hit[k] || cnt_r[a[k]] == 0 || cnt_c[a[k]] == 0)
            continue;
          cnt_r[a[k]]--;
          cnt_c[a[k]]--;
          if (!wlcs)
            {
              hits += 1;
              continue;
            }
          /* ROUGE-W: a run ends at the next unmarked token or at the end of the sentence. */
          run++;
          if ((k + 1 < na && !hit[k + 1]) || k + 1 == na)
            {
              hits += pow (run, WLCS_WEIGHT);
              run = 0;
            }
        }
    }
  return hits;
}

/* ---- rouge_score ------------------------------------------------------------------------ */

static gdouble
f1 (gdouble p, gdouble r)
{
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static PrecisRougeScore
score_counts (guint64 hits, guint64 n_ref, guint64 n_cand)
{
  PrecisRougeScore s;
  s.p = (gdouble)hits / MAX (n_cand, 1);
  s.r = (gdouble)hits / MAX (n_ref, 1);
  s.f = f1 (s.p, s.r);
  return s;
}

static void
rouge_score_pair (PrecisRouge *r, const Text *cand, const Text *ref, PrecisRougeScore *out)
{
  guint n_ids = r->n_local;
  for (guint n = 1; n <= 4; n++)
    {
      if (!(r->metrics & (1u << (PRECIS_ROUGE_1 + n - 1))))
        continue;
      guint64 n_ref = 0, n_cand = 0;
      guint64 hits = gram_overlap (&r->buf, ref, cand, n, GRAMS_N, n_ids, &n_ref, &n_cand);
      out[PRECIS_ROUGE_1 + n - 1] = score_counts (hits, n_ref, n_cand);
    }
  if (r->metrics & (1u << PRECIS_ROUGE_L))
    {
      PrecisRougeScore s = { 0, 0, 0 };
      if (N_TOK (cand) > 0 && N_TOK (ref) > 0)
        {
          guint lcs = precis_lcs_length (r->buf.lcs, TOK (ref), N_TOK (ref), TOK (cand), N_TOK (cand));
          s.p = (gdouble)lcs / N_TOK (cand);
          s.r = (gdouble)lcs / N_TOK (ref);
          s.f = f1 (s.p, s.r);
        }
      out[PRECIS_ROUGE_L] = s;
    }
  if (r->metrics & (1u << PRECIS_ROUGE_LSUM))
    {
      PrecisRougeScore s = { 0, 0, 0 };
      if (N_SENT (ref) > 0 && N_SENT (cand) > 0 && N_TOK (ref) > 0 && N_TOK (cand) > 0)
        {
          gdouble hits = union_lcs_hits (&r->buf, ref, cand, n_ids, FALSE);
          s.r = hits / N_TOK (ref);
          s.p = hits / N_TOK (cand);
          s.f = f1 (s.p, s.r);
        }
      out[PRECIS_ROUGE_LSUM] = s;
    }
}

/* ---- ROUGE-1.5.5 ------------------------------------------------------------------------- */

/* C's printf("%.5f") rounding, as ROUGE's sprintf("%7.5f"), read back as a number. */
static gdouble
round5 (gdouble x)
{
  gchar buf[64];
  g_snprintf (buf, sizeof buf, "%.5f", x);
  return g_ascii_strtod (buf, NULL);
}

static PrecisRougeScore
score155 (gdouble hits, gdouble model_count, gdouble peer_count, gdouble alpha, gboolean wlcs)
{
  PrecisRougeScore s;
  gdouble r = model_count != 0 ? hits / model_count : 0;
  gdouble p = peer_count != 0 ? hits / peer_count : 0;
  if (wlcs)
    {
      r = model_count != 0 ? pow (r, 1 / WLCS_WEIGHT) : 0;
      p = peer_count != 0 ? pow (p, 1 / WLCS_WEIGHT) : 0;
    }
  s.r = round5 (r);
  s.p = round5 (p);
  gdouble d = (1 - alpha) * s.p + alpha * s.r;
  s.f = round5 (d > 0 ? (s.p * s.r) / d : 0);
  return s;
}

static void
rouge155_doc (PrecisRouge *r, const Text *peer, const Text *models, guint n_models, PrecisRougeScore *out)
{
  guint n_ids = r->n_local;
  /* Every gram kind of one model before the next model: gram_overlap() then finds the tokens
   * that a model and the peer share once a model, not once a model and kind. The sums below
   * are of whole numbers, exact in any order. SU's grams are S's skip-bigrams plus unigrams
   * (whose keys never equal a bigram's), so its hits are S's plus the unigram hits: the
   * skip-bigrams are counted once. */
  gboolean skip = (r->metrics & ((1u << PRECIS_ROUGE_S) | (1u << PRECIS_ROUGE_SU))) != 0;
  gboolean su = (r->metrics & (1u << PRECIS_ROUGE_SU)) != 0;
  gdouble n_hits[4] = { 0 }, n_mc[4] = { 0 }, n_pc[4] = { 0 };
  gdouble s_hits = 0, s_mc = 0, s_pc = 0, u_hits = 0, u_mc = 0, u_pc = 0;
  for (guint m = 0; m < n_models; m++)
    {
      guint64 tm = 0, tp = 0;
      for (guint n = 1; n <= 4; n++)
        if (r->metrics & (1u << (PRECIS_ROUGE_1 + n - 1)))
          {
            n_hits[n - 1] += gram_overlap (&r->buf, &models[m], peer, n, GRAMS_N, n_ids, &tm, &tp);
            n_mc[n - 1] += tm;
            n_pc[n - 1] += tp;
          }
      if (skip)
        {
          s_hits += gram_overlap (&r->buf, &models[m], peer, 2, GRAMS_S, n_ids, &tm, &tp);
          s_mc += tm;
          s_pc += tp;
        }
      if (su)
        {
          u_hits += gram_overlap (&r->buf, &models[m], peer, 1, GRAMS_U, n_ids, &tm, &tp);
          u_mc += tm;
          u_pc += tp;
        }
    }
  for (guint n = 1; n <= 4; n++)
    if (r->metrics & (1u << (PRECIS_ROUGE_1 + n - 1)))
      out[PRECIS_ROUGE_1 + n - 1] = score155 (n_hits[n - 1], n_mc[n - 1], n_pc[n - 1], r->alpha, FALSE);
  if (r->metrics & (1u << PRECIS_ROUGE_S))
    out[PRECIS_ROUGE_S] = score155 (s_hits, s_mc, s_pc, r->alpha, FALSE);
  if (su)
    out[PRECIS_ROUGE_SU] = score155 (s_hits + u_hits, s_mc + u_mc, s_pc + u_pc, r->alpha, FALSE);
  if (r->metrics & (1u << PRECIS_ROUGE_LSUM))
    {
      gdouble hits = 0, mc = 0, pc = 0;
      for (guint m = 0; m < n_models; m++)
        {
          hits += union_lcs_hits (&r->buf, &models[m], peer, n_ids, FALSE);
          mc += N_TOK (&models[m]);
          pc += N_TOK (peer);
        }
      out[PRECIS_ROUGE_LSUM] = score155 (hits, mc, pc, r->alpha, FALSE);
    }
  if (r->metrics & (1u << PRECIS_ROUGE_W))
    {
      gdouble hits = 0, mc = 0, pc = 0;
      for (guint m = 0; m < n_models; m++)
        {
          const Text *model = &models[m];
          gdouble base = 0;
          for (guint s = 0; s < N_SENT (model); s++)
            base += pow (SENT (model, s + 1) - SENT (model, s), WLCS_WEIGHT);
          hits += union_lcs_hits (&r->buf, model, peer, n_ids, TRUE);
          /* ROUGE-1.5.5 weighs the summed model weight again (computeWLCSScore). */
          mc += pow (base, WLCS_WEIGHT);
          pc += pow (N_TOK (peer), WLCS_WEIGHT);
        }
      out[PRECIS_ROUGE_W] = score155 (hits, mc, pc, r->alpha, TRUE);
    }
  if (r->metrics & (1u << PRECIS_ROUGE_L))
    {
      /* Not a ROUGE-1.5.5 metric: the LCS of the whole texts, on its tokens. */
      gdouble hits = 0, mc = 0, pc = 0;
      for (guint m = 0; m < n_models; m++)
        {
          const Text *model = &models[m];
          hits += precis_lcs_length (r->buf.lcs, TOK (model), N_TOK (model), TOK (peer), N_TOK (peer));
          mc += N_TOK (model);
          pc += N_TOK (peer);
        }
      out[PRECIS_ROUGE_L] = score155 (hits, mc, pc, r->alpha, FALSE);
    }
}

/* ---- documents --------------------------------------------------------------------------- */

void
precis_rouge_score (PrecisRouge *r, const gchar *candidate, const gchar *const *references,
                    guint n_references, PrecisRougeScore *scores)
{
  memset (scores, 0, sizeof (PrecisRougeScore) * PRECIS_ROUGE_N_METRICS);
  begin_document (r);
  guint n_refs = MAX (n_references, 1);
  if (r->n_texts < n_refs + 1)
    {
      r->texts = g_renew (Text, r->texts, n_refs + 1);
      memset (r->texts + r->n_texts, 0, (n_refs + 1 - r->n_texts) * sizeof (Text));
      r->n_texts = n_refs + 1;
    }
  Text *cand = &r->texts[0], *refs = r->texts + 1;
  text_init (r, cand, candidate ? candidate : "");
  for (guint i = 0; i < n_refs; i++)
    text_init (r, &refs[i], i < n_references && references[i] ? references[i] : "");

  if (r->compat == PRECIS_ROUGE_COMPAT_ROUGE155)
    rouge155_doc (r, cand, refs, n_refs, scores);
  else
    {
      /* Several references: for each metric the reference with the best F (the first of
       * equals), as rouge_score's score_multi. */
      for (guint i = 0; i < n_refs; i++)
        {
          PrecisRougeScore s[PRECIS_ROUGE_N_METRICS] = { { 0 } };
          rouge_score_pair (r, cand, &refs[i], s);
          for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
            if (i == 0 || s[m].f > scores[m].f)
              scores[m] = s[m];
        }
    }
}

void
precis_rouge_add (PrecisRouge *r, const gchar *id, const gchar *candidate, const gchar *const *references,
                  guint n_references, PrecisRougeScore *scores)
{
  Document doc = { 0 };
  doc.order = r->documents->len;
  doc.id = id ? g_strdup (id) : g_strdup_printf ("%u", doc.order);
  precis_rouge_score (r, candidate, references, n_references, doc.scores);
  g_array_append_val (r->documents, doc);
  if (scores)
    memcpy (scores, doc.scores, sizeof doc.scores);
}

/* ---- bootstrap --------------------------------------------------------------------------- */

/* MT19937 (Matsumoto & Nishimura 1998), seeded as numpy.random.seed(int) does; its state
 * size and middle offset. */
#define MT_N 624
#define MT_M 397

typedef struct
{
  guint32 mt[MT_N];
  guint32 out[MT_N]; /* the tempered outputs of the current state */
  guint index;       /* the next output to use */
} Mt;

static void
mt_seed (Mt *m, guint32 seed)
{
  m->mt[0] = seed;
  for (guint i = 1; i < MT_N; i++)
    m->mt[i] = 1812433253u * (m->mt[i - 1] ^ (m->mt[i - 1] >> 30)) + i;
  m->index = MT_N;
}

/* One word of the next state: the top bit of @hi and the low 31 bits of @lo, shifted and
 * mixed with the twist matrix, XOR @far (the word MT_M ahead). */
static inline guint32
mt_twist (guint32 far, guint32 hi, guint32 lo)
{
  guint32 y = (hi & 0x80000000u) | (lo & 0x7fffffffu);
  return far ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
}

/* Four words of the state at a time: GCC's and Clang's vector extension, which compiles to
 * SIMD instructions where the machine has them and to scalar code elsewhere. */
typedef guint32 MtVec __attribute__ ((vector_size (16)));
#define MT_VEC 4

/* mt[i .. i+3] = mt_twist (mt[far .. far+3], mt[i .. i+3], mt[i+1 .. i+4]), from the words as
 * they are before the store (as the scalar loop reads them). */
static inline void
mt_twist_vec (guint32 *mt, guint i, guint far)
{
  MtVec hi, lo, ahead;
  memcpy (&hi, mt + i, sizeof hi);
  memcpy (&lo, mt + i + 1, sizeof lo);
  memcpy (&ahead, mt + far, sizeof ahead);
  MtVec y = (hi & 0x80000000u) | (lo & 0x7fffffffu);
  MtVec next = ahead ^ (y >> 1) ^ (-(y & 1u) & 0x9908b0dfu);
  memcpy (mt + i, &next, sizeof next);
}

/* The next state, and all its MT_N outputs tempered at once, so that drawing is reading an
 * array. */
static void
mt_refill (Mt *m)
{
  /* The twist, in the reference code's three parts (no index wraps inside a loop); a word
   * depends on words at least MT_N - MT_M = 227 before it, so four at a time is safe. */
  guint i = 0;
  for (; i + MT_VEC <= MT_N - MT_M; i += MT_VEC)
    mt_twist_vec (m->mt, i, i + MT_M);
  for (; i < MT_N - MT_M; i++)
    m->mt[i] = mt_twist (m->mt[i + MT_M], m->mt[i], m->mt[i + 1]);
  G_STATIC_ASSERT ((MT_M - 1) % MT_VEC == 0); /* the middle part, MT_M - 1 words, in whole vectors */
  for (; i < MT_N - 1; i += MT_VEC)
    mt_twist_vec (m->mt, i, i + MT_M - MT_N);
  m->mt[MT_N - 1] = mt_twist (m->mt[MT_M - 1], m->mt[MT_N - 1], m->mt[0]);
  G_STATIC_ASSERT (MT_N % MT_VEC == 0);
  for (i = 0; i < MT_N; i += MT_VEC)
    {
      MtVec y;
      memcpy (&y, m->mt + i, sizeof y);
      y ^= y >> 11;
      y ^= (y << 7) & 0x9d2c5680u;
      y ^= (y << 15) & 0xefc60000u;
      y ^= y >> 18;
      memcpy (m->out + i, &y, sizeof y);
    }
  m->index = 0;
}

/* numpy's legacy randint(0, n) mask: n - 1 with every lower bit set. */
static guint32
mt_mask (guint n)
{
  guint32 mask = n - 1;
  mask |= mask >> 1;
  mask |= mask >> 2;
  mask |= mask >> 4;
  mask |= mask >> 8;
  mask |= mask >> 16;
  return mask;
}

/* A metric's scores for the bootstrap, one array each (an array read at a random index is
 * one instruction), each followed by zeros up to mt_mask (n): see mt_sample. */
typedef struct
{
  gdouble *p, *r, *f;
} Columns;

/* Adds the scores of draw @v, or +0.0 for a rejected one, and counts it when kept. */
static inline void
mt_add (const Columns *c, guint32 v, guint32 rng, gdouble *tp, gdouble *tr, gdouble *tf, guint *k)
{
  *tp += c->p[v];
  *tr += c->r[v];
  *tf += c->f[v];
  *k += v <= rng;
}

/* One bootstrap sample of rouge_score: the sums, in draw order, of the scores of n documents
 * drawn as numpy's legacy randint(0, n) draws them, each a 32-bit output masked with
 * mt_mask (n) and rejected until it is below n. The columns hold zeros past the n scores: a
 * rejected draw adds +0.0, which leaves a sum of scores (never -0.0) unchanged, so the
 * rejection is counted rather than branched on. */
static void
mt_sample (Mt *m, const Columns *c, guint n, gdouble *sp, gdouble *sr, gdouble *sf)
{
  guint32 rng = n - 1, mask = mt_mask (n);
  gdouble tp = 0, tr = 0, tf = 0;
  if (rng == 0)
    tp = c->p[0], tr = c->r[0], tf = c->f[0]; /* randint(0, 1) draws nothing */
  for (guint k = 0; k < n && rng != 0;)
    {
      if (m->index >= MT_N)
        mt_refill (m);
      /* k grows by at most one a draw: this many draws cannot take more than n. */
      guint i = m->index, end = i + MIN (MT_N - i, n - k);
      const guint32 *out = m->out;
      for (; i + 4 <= end; i += 4)
        {
          mt_add (c, out[i] & mask, rng, &tp, &tr, &tf, &k);
          mt_add (c, out[i + 1] & mask, rng, &tp, &tr, &tf, &k);
          mt_add (c, out[i + 2] & mask, rng, &tp, &tr, &tf, &k);
          mt_add (c, out[i + 3] & mask, rng, &tp, &tr, &tf, &k);
        }
      for (; i < end; i++)
        mt_add (c, out[i] & mask, rng, &tp, &tr, &tf, &k);
      m->index = i;
    }
  *sp = tp;
  *sr = tr;
  *sf = tf;
}

/* numpy.percentile, method "linear", of sorted values. */
static gdouble
percentile (const gdouble *sorted, guint n, gdouble q)
{
  gdouble quantile = q / 100.0;
  gdouble vi = n * quantile + (1.0 + quantile * (1.0 - 1.0 - 1.0)) - 1.0;
  if (vi <= 0)
    return sorted[0];
  if (vi >= n - 1)
    return sorted[n - 1];
  gdouble below = floor (vi);
  guint i = (guint)below;
  gdouble gamma = vi - below, a = sorted[i], b = sorted[i + 1], diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  gdouble x = *(const gdouble *)a, y = *(const gdouble *)b;
  return (x > y) - (x < y);
}

/* Perl's drand48 (FreeBSD's constants, as Perl 5.20 and later use everywhere). */
typedef struct
{
  guint64 x;
} Drand48;

static void
drand48_seed (Drand48 *d, guint32 seed)
{
  d->x = 0x330Eu + ((guint64)seed << 16);
}

static gdouble
drand48_next (Drand48 *d)
{
  d->x = (d->x * G_GUINT64_CONSTANT (0x5DEECE66D) + 0xB) & G_GUINT64_CONSTANT (0xFFFFFFFFFFFF);
  return (gdouble)d->x * 0x1p-48; /* exact: the same double as ldexp (x, -48) */
}

/* SplitMix64's output function (Steele, Lea and Flood 2014): a well-mixed 64-bit value of @x. */
static guint64
splitmix64 (guint64 x)
{
  x += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  x = (x ^ (x >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  x = (x ^ (x >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return x ^ (x >> 31);
}

/* The stream of ROUGE-1.5.5's sample @i: seed 0 is the script's own srand(i); any other seed
 * starts drand48 from a state of its own per (seed, i), so that two seeds share no sample
 * (srand(seed + i) made seeds 1 and 2 share 999 of 1,000). */
static void
rouge155_stream (Drand48 *d, guint64 seed, guint i)
{
  if (seed == 0)
    drand48_seed (d, i);
  else
    d->x = splitmix64 ((seed << 32) ^ i) & G_GUINT64_CONSTANT (0xFFFFFFFFFFFF);
}

static int
compare_document_id (gconstpointer a, gconstpointer b)
{
  return strcmp (((const Document *)a)->id, ((const Document *)b)->id);
}

/* The value of sorted[] at ROUGE-1.5.5's interpolated confidence index. */
static gdouble
rouge155_ci (const gdouble *sorted, guint n, gdouble confidence, gboolean upper)
{
  gdouble delta = n * ((100 - confidence * 100) / 2.0) / 100.0;
  gint ua = (gint)(n - delta - 1), la = (gint)delta;
  gdouble ratio = n - delta - 1 - ua;
  gint a = upper ? ua : la;
  gint b = MIN (a + 1, (gint)n - 1);
  a = CLAMP (a, 0, (gint)n - 1);
  return round5 (sorted[a] + (sorted[b] - sorted[a]) * ratio);
}

void
precis_rouge_aggregate (PrecisRouge *r, guint n_bootstrap, gdouble confidence, guint64 seed,
                        PrecisRougeAggregate *out)
{
  guint n = r->documents->len;
  memset (out, 0, sizeof (PrecisRougeAggregate) * PRECIS_ROUGE_N_METRICS);
  if (n == 0)
    return;
  const Document *docs = (const Document *)(gpointer)r->documents->data;
  g_autofree gdouble *samples = g_new0 (gdouble, 3 * (gsize)MAX (n_bootstrap, 1) * PRECIS_ROUGE_N_METRICS);

  if (r->compat == PRECIS_ROUGE_COMPAT_ROUGE155)
    {
      g_autofree guint *draws = g_new (guint, n);
      /* ROUGE sorts its instances by name before resampling. */
      g_autofree Document *sorted = g_memdup2 (docs, sizeof (Document) * n);
      qsort (sorted, n, sizeof (Document), compare_document_id);
      /* Each metric's scores in one compact array: resampling reads them at random. */
      g_autofree PrecisRougeScore *columns = g_new (PrecisRougeScore, (gsize)n * PRECIS_ROUGE_N_METRICS);
      for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
        for (guint k = 0; k < n && (r->metrics & (1u << m)); k++)
          columns[(gsize)m * n + k] = sorted[k].scores[m];
      /* Sample i draws from its own stream whatever the metric: its documents are drawn once
       * and every metric summed over them. */
      for (guint i = 0; i < n_bootstrap; i++)
        {
          Drand48 d;
          rouge155_stream (&d, seed, i);
          for (guint k = 0; k < n; k++)
            draws[k] = (guint)(drand48_next (&d) * n);
          for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
            {
              if (!(r->metrics & (1u << m)))
                continue;
              const PrecisRougeScore *col = columns + (gsize)m * n;
              gdouble sr = 0, sp = 0, sf = 0;
              for (guint k = 0; k < n; k++)
                {
                  const PrecisRougeScore *x = &col[draws[k]];
                  sr += x->r;
                  sp += x->p;
                  sf += x->f;
                }
              gdouble *rs = samples + (gsize)3 * n_bootstrap * m;
              rs[i] = sr / n;
              rs[n_bootstrap + i] = sp / n;
              rs[2 * n_bootstrap + i] = sf / n;
            }
        }
      for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
        {
          if (!(r->metrics & (1u << m)))
            continue;
          PrecisRougeAggregate *a = &out[m];
          gdouble *rs = samples + (gsize)3 * n_bootstrap * m, *ps = rs + n_bootstrap,
                  *fs = rs + 2 * n_bootstrap;
          gdouble *cols[3] = { rs, ps, fs };
          gdouble means[3], lows[3], highs[3];
          for (guint c = 0; c < 3; c++)
            {
              qsort (cols[c], n_bootstrap, sizeof (gdouble), compare_double);
              gdouble sum = 0;
              for (guint i = 0; i < n_bootstrap; i++)
                sum += cols[c][i];
              means[c] = n_bootstrap > 0 ? round5 (sum / n_bootstrap) : 0;
              lows[c] = n_bootstrap > 0 ? rouge155_ci (cols[c], n_bootstrap, confidence, FALSE) : 0;
              highs[c] = n_bootstrap > 0 ? rouge155_ci (cols[c], n_bootstrap, confidence, TRUE) : 0;
            }
          /* The mean over documents, rounded like ROUGE's figures: it depends on neither the
           * ids nor the order (the scores are whole hundred-thousandths, summed exactly).
           * ROUGE-1.5.5's own "Average", the mean of the sample means, is mid: it depends on
           * the ids' order as the script's does. */
          gint64 sr = 0, sp = 0, sf = 0;
          for (guint k = 0; k < n; k++)
            {
              const PrecisRougeScore *x = &docs[k].scores[m];
              sr += llround (x->r * 1e5), sp += llround (x->p * 1e5), sf += llround (x->f * 1e5);
            }
          a->mean = (PrecisRougeScore){ round5 (sp / 1e5 / n), round5 (sr / 1e5 / n), round5 (sf / 1e5 / n) };
          a->low = (PrecisRougeScore){ lows[1], lows[0], lows[2] };
          a->high = (PrecisRougeScore){ highs[1], highs[0], highs[2] };
          a->has_ci = n_bootstrap > 0;
          a->mid = a->has_ci ? (PrecisRougeScore){ means[1], means[0], means[2] } : a->mean;
        }
      return;
    }

  /* rouge_score: plain means, and numpy's bootstrap on one shared random stream. */
  g_autofree Mt *mt = g_new (Mt, 1);
  mt_seed (mt, (guint32)seed);
  gsize column_len = (gsize)mt_mask (n) + 1;
  g_autofree gdouble *columns = g_new (gdouble, 3 * column_len);
  gdouble delta = (1 - confidence) / 2;
  gdouble q[3] = { 100 * delta, 100 * 0.5, 100 * (1 - delta) };
  for (guint m = 0; m < PRECIS_ROUGE_N_METRICS; m++)
    {
      if (!(r->metrics & (1u << m)))
        continue;
      PrecisRougeAggregate *a = &out[m];
      Columns col = { columns, columns + column_len, columns + 2 * column_len };
      memset (columns, 0, 3 * column_len * sizeof (gdouble));
      for (guint k = 0; k < n; k++)
        col.p[k] = docs[k].scores[m].p, col.r[k] = docs[k].scores[m].r, col.f[k] = docs[k].scores[m].f;
      gdouble sp = 0, sr = 0, sf = 0;
      for (guint k = 0; k < n; k++)
        sp += col.p[k], sr += col.r[k], sf += col.f[k];
      a->mean = (PrecisRougeScore){ sp / n, sr / n, sf / n };
      a->mid = a->mean;
      if (n_bootstrap == 0)
        continue;
      gdouble *ps = samples, *rs = samples + n_bootstrap, *fs = samples + 2 * n_bootstrap;
      for (guint i = 0; i < n_bootstrap; i++)
        {
          gdouble tp, tr, tf;
          mt_sample (mt, &col, n, &tp, &tr, &tf);
          ps[i] = tp / n;
          rs[i] = tr / n;
          fs[i] = tf / n;
        }
      gdouble *cols[3] = { ps, rs, fs };
      gdouble res[3][3];
      for (guint c = 0; c < 3; c++)
        {
          qsort (cols[c], n_bootstrap, sizeof (gdouble), compare_double);
          for (guint k = 0; k < 3; k++)
            res[k][c] = percentile (cols[c], n_bootstrap, q[k]);
        }
      a->low = (PrecisRougeScore){ res[0][0], res[0][1], res[0][2] };
      a->mid = (PrecisRougeScore){ res[1][0], res[1][1], res[1][2] };
      a->high = (PrecisRougeScore){ res[2][0], res[2][1], res[2][2] };
      a->has_ci = TRUE;
    }
}

const PrecisRougeScore *
precis_rouge_get_document_scores (const PrecisRouge *r, guint i, const gchar **id)
{
  g_return_val_if_fail (i < r->documents->len, NULL);
  const Document *doc = &g_array_index (r->documents, Document, i);
  if (id)
    *id = doc->id;
  return doc->scores;
}
