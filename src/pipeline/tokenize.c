/* tokenize.c - sentence spans in, content words as term ids out.
 *
 * A word is a run of letters, digits and combining marks, with inner apostrophes and
 * hyphens ("don't", "high-speed"). Each word is case-folded and put in NFC (ASCII words by a
 * fast path), dropped if it is a stopword, one byte long or absurdly long, and otherwise
 * stemmed with Snowball. A cache maps each surface form to its stem's id, so each distinct
 * word is folded and stemmed once per summariser; ids are then renumbered per document in
 * order of first occurrence, so that no result depends on what was summarised before.
 * Complexity: O(n) with one hash look-up per word.
 *
 * libstemmer.h has no include guard and is included from this file only.
 */
#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "base/data.h"
#include "base/text.h"
#include "pipeline/tokenize.h"

/* Longer "words" (base64, URLs without punctuation, runs of letters) are no terms. */
#define MAX_WORD_BYTES 128
/* A token keeps its length in eight bits (tokenize.h). */
G_STATIC_ASSERT (MAX_WORD_BYTES <= 0xFF);
/* Past this many cached surface forms the caches are emptied between documents, so that a
 * long-running batch does not grow without bound. */
#define CACHE_MAX_ENTRIES (1u << 20)
/* English news has a content word every ~10 bytes; the token array starts from this. */
#define TOKEN_BYTES_ESTIMATE 8
/* Cache value of a stopword (other values are global stem id + 1). */
#define CACHE_STOP G_MAXUINT

/* The surface-form cache: open addressing with linear probing over (hash, length, bytes),
 * keys stored in one arena, so a hit costs one hash of the word and one memcmp. */
typedef struct
{
  guint32 hash;
  guint32 value; /* 0: empty slot; CACHE_STOP; or global id + 1 */
  guint32 key;   /* offset of the key in the arena */
  guint32 len;
} Slot;

typedef struct
{
  Slot *slots;
  guint32 mask; /* n_slots - 1, a power of two */
  guint32 n_used;
  GString *arena;
} Cache;

struct _PrecisTokenizer
{
  struct sb_stemmer *stemmer;
  GHashTable *stopwords; /* folded word -> itself */
  Cache cache;           /* surface form -> CACHE_STOP or global id + 1 */
  GHashTable *stems;     /* stem -> global id + 1 */
  GPtrArray *stem_names; /* global id -> its stem (borrowed from the keys of stems) */
  guint n_global;
  GArray *local_of_global; /* guint per global id */
  GArray *stamp;           /* guint per global id: the document that set local_of_global */
  guint generation;
};

/* Initial cache size (slots); it doubles when half full. */
#define CACHE_INITIAL_SLOTS 4096

static void
cache_init (Cache *c)
{
  c->slots = g_new0 (Slot, CACHE_INITIAL_SLOTS);
  c->mask = CACHE_INITIAL_SLOTS - 1;
  c->n_used = 0;
  c->arena = g_string_sized_new (CACHE_INITIAL_SLOTS * 8);
}

/* FNV-1a, 32 bits. */
static inline guint32
hash_bytes (const gchar *s, gsize len)
{
  guint32 h = 2166136261u;
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar)s[i]) * 16777619u;
  return h;
}

static inline Slot *
cache_find (Cache *c, const gchar *word, gsize len, guint32 hash)
{
  for (guint32 i = hash & c->mask;; i = (i + 1) & c->mask)
    {
      Slot *slot = &c->slots[i];
      if (slot->value == 0
          || (slot->hash == hash && slot->len == len && memcmp (c->arena->str + slot->key, word, len) == 0))
        return slot;
    }
}

static void
cache_insert (Cache *c, const gchar *word, gsize len, guint32 hash, guint value)
{
  if (2 * (c->n_used + 1) > c->mask + 1)
    {
      Slot *old = c->slots;
      guint32 n_old = c->mask + 1;
      c->mask = 2 * n_old - 1;
      c->slots = g_new0 (Slot, 2 * n_old);
      for (guint32 i = 0; i < n_old; i++)
        if (old[i].value != 0)
          {
            guint32 j = old[i].hash & c->mask;
            while (c->slots[j].value != 0)
              j = (j + 1) & c->mask;
            c->slots[j] = old[i];
          }
      g_free (old);
    }
  Slot *slot = cache_find (c, word, len, hash);
  *slot = (Slot){ hash, value, (guint32)c->arena->len, (guint32)len };
  g_string_append_len (c->arena, word, (gssize)len);
  c->n_used++;
}

PrecisTokenizer *
precis_tokenizer_new (const PrecisLanguageInfo *language)
{
  /* A language without a Snowball stemmer ("und", see base/language.h) keeps words unstemmed. */
  struct sb_stemmer *stemmer = NULL;
  if (language->has_stemmer)
    {
      stemmer = sb_stemmer_new (language->name, "UTF_8");
      if (stemmer == NULL)
        return NULL;
    }
  PrecisTokenizer *tok = g_new0 (PrecisTokenizer, 1);
  tok->stemmer = stemmer;
  tok->stopwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cache_init (&tok->cache);
  tok->stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tok->stem_names = g_ptr_array_new ();
  tok->local_of_global = g_array_new (FALSE, TRUE, sizeof (guint));
  tok->stamp = g_array_new (FALSE, TRUE, sizeof (guint));

  if (language->has_stopwords)
    {
      g_autofree gchar *path = g_strdup_printf ("stopwords/%s.txt", language->name);
      g_autoptr (GBytes) data = precis_data_lookup (path);
      if (data != NULL)
        {
          gsize len = 0;
          const gchar *bytes = g_bytes_get_data (data, &len);
          precis_tokenizer_load_stopwords (tok, bytes, len, FALSE);
        }
    }
  return tok;
}

void
precis_tokenizer_free (PrecisTokenizer *tok)
{
  if (tok == NULL)
    return;
  if (tok->stemmer != NULL)
    sb_stemmer_delete (tok->stemmer);
  g_hash_table_unref (tok->stopwords);
  g_free (tok->cache.slots);
  g_string_free (tok->cache.arena, TRUE);
  g_hash_table_unref (tok->stems);
  g_ptr_array_unref (tok->stem_names);
  g_array_unref (tok->local_of_global);
  g_array_unref (tok->stamp);
  g_free (tok);
}

/* Case-folded NFC form of a word. The caller frees the result with g_free(). */
static gchar *
fold (const gchar *word, gsize len)
{
  gchar *folded = precis_fold (word, len, NULL, 0);
  for (const gchar *p = folded; *p != '\0'; p++)
    if ((guchar)*p >= 0x80)
      {
        gchar *nfc = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
        g_free (folded);
        return nfc;
      }
  return folded;
}

static void
clear_caches (PrecisTokenizer *tok)
{
  g_free (tok->cache.slots);
  g_string_free (tok->cache.arena, TRUE);
  cache_init (&tok->cache);
  g_ptr_array_set_size (tok->stem_names, 0);
  g_hash_table_remove_all (tok->stems);
  g_array_set_size (tok->local_of_global, 0);
  g_array_set_size (tok->stamp, 0);
  tok->n_global = 0;
}

void
precis_tokenizer_load_stopwords (PrecisTokenizer *tok, const gchar *list, gsize len, gboolean replace)
{
  if (replace)
    g_hash_table_remove_all (tok->stopwords);
  clear_caches (tok); /* cached decisions may change */

  g_autofree gchar *copy = g_strndup (list, len);
  g_auto (GStrv) lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gchar *bar = strchr (lines[i], '|');
      if (bar != NULL)
        *bar = '\0';
      g_auto (GStrv) words = g_strsplit_set (lines[i], " \t\r\f\v", -1);
      for (guint j = 0; words[j] != NULL; j++)
        {
          if (words[j][0] == '\0')
            continue;
          gchar *folded = fold (words[j], strlen (words[j]));
          if (folded != NULL)
            g_hash_table_add (tok->stopwords, folded);
        }
    }
}

gboolean
precis_tokenizer_is_stopword (PrecisTokenizer *tok, const gchar *word, gssize len)
{
  gsize n = len < 0 ? strlen (word) : (gsize)len;
  g_autofree gchar *folded = fold (word, n);
  return folded != NULL && g_hash_table_contains (tok->stopwords, folded);
}

/* The cache value of a surface form seen for the first time (folded, looked up among the
 * stopwords, stemmed), now cached. */
static G_GNUC_NO_INLINE guint
lookup_new (PrecisTokenizer *tok, const gchar *word, gsize len, guint32 hash)
{
  guint result;
  g_autofree gchar *folded = fold (word, len);
  if (folded == NULL || g_hash_table_contains (tok->stopwords, folded))
    result = CACHE_STOP;
  else
    {
      const sb_symbol *stem = tok->stemmer == NULL ? NULL
                                                   : sb_stemmer_stem (tok->stemmer, (const sb_symbol *)folded,
                                                                      (int)strlen (folded));
      g_autofree gchar *stem_copy
          = stem ? g_strndup ((const gchar *)stem, (gsize)sb_stemmer_length (tok->stemmer))
                 : g_strdup (folded);
      guint id = GPOINTER_TO_UINT (g_hash_table_lookup (tok->stems, stem_copy));
      if (id == 0)
        {
          id = ++tok->n_global;
          g_ptr_array_add (tok->stem_names, stem_copy);
          g_hash_table_insert (tok->stems, g_steal_pointer (&stem_copy), GUINT_TO_POINTER (id));
        }
      result = id;
    }
  cache_insert (&tok->cache, word, len, hash, result);
  return result;
}

/* The cache value for a surface form: CACHE_STOP, or global id + 1. A word seen before (the
 * common case) costs its hash and one comparison. */
static inline guint
lookup (PrecisTokenizer *tok, const gchar *word, gsize len)
{
  guint32 hash = hash_bytes (word, len);
  Slot *slot = cache_find (&tok->cache, word, len, hash);
  return slot->value != 0 ? slot->value : lookup_new (tok, word, len, hash);
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gboolean
is_joiner (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011;
}

static inline gunichar
get_char (const gchar *text, gsize pos, gsize *width)
{
  guchar b = (guchar)text[pos];
  if (b < 0x80)
    {
      *width = 1;
      return b;
    }
  const gchar *next = g_utf8_next_char (text + pos);
  *width = (gsize)(next - (text + pos));
  return g_utf8_get_char (text + pos);
}

static inline gboolean
ascii_word_char (guchar b)
{
  return g_ascii_isalnum (b);
}

static guint
local_id (PrecisTokenizer *tok, guint global, guint *n_terms)
{
  if (tok->local_of_global->len <= global)
    {
      g_array_set_size (tok->local_of_global, global + 1);
      g_array_set_size (tok->stamp, global + 1);
    }
  guint *stamp = &g_array_index (tok->stamp, guint, global);
  guint *local = &g_array_index (tok->local_of_global, guint, global);
  if (*stamp != tok->generation)
    {
      *stamp = tok->generation;
      *local = (*n_terms)++;
    }
  return *local;
}

void
precis_tokenizer_run (PrecisTokenizer *tok, const gchar *text, const PrecisSpan *spans, guint n_spans,
                      PrecisTokens *out)
{
  if (tok->cache.n_used > CACHE_MAX_ENTRIES)
    clear_caches (tok);
  if (++tok->generation == 0)
    {
      /* The stamps wrapped around: forget them all. */
      memset (tok->stamp->data, 0, tok->stamp->len * sizeof (guint));
      tok->generation = 1;
    }

  memset (out, 0, sizeof *out);
  /* About one content word per TOKEN_BYTES_ESTIMATE bytes of text. */
  gsize n_bytes = n_spans > 0 ? spans[n_spans - 1].end - spans[0].start : 0;
  out->capacity = (guint)MIN (n_bytes / TOKEN_BYTES_ESTIMATE + 16, G_MAXUINT / 4);
  out->tokens = g_new (PrecisToken, out->capacity);
  out->first = g_new0 (guint, n_spans + 1);
  out->n_words = g_new0 (guint, n_spans + 1);
  out->n_sentences = n_spans;

  for (guint s = 0; s < n_spans; s++)
    {
      out->first[s] = out->n_tokens;
      gsize pos = spans[s].start, end = spans[s].end;
      while (pos < end)
        {
          gsize w = 0;
          guchar b = (guchar)text[pos];
          if (b < 0x80 && !ascii_word_char (b))
            {
              pos++;
              continue;
            }
          gunichar c = get_char (text, pos, &w);
          if (!is_word_char (c))
            {
              pos += w;
              continue;
            }
          /* A word: word chars, with single joiners between them. */
          gsize start = pos;
          pos += w;
          while (pos < end)
            {
              guchar a = (guchar)text[pos];
              if (a < 0x80 && ascii_word_char (a))
                {
                  pos++; /* the common case: an ASCII letter or digit */
                  continue;
                }
              if (a < 0x80 && !is_joiner (a))
                break;
              gsize w1 = 0, w2 = 0;
              gunichar d = get_char (text, pos, &w1);
              if (is_word_char (d))
                pos += w1;
              else if (is_joiner (d) && pos + w1 < end && is_word_char (get_char (text, pos + w1, &w2)))
                pos += w1 + w2;
              else
                break;
            }
          gsize len = pos - start;
          out->n_words[s]++;
          /* One character ("a", "5", "א") is no term; nor is a runaway "word". */
          if (pos - start == w || len > MAX_WORD_BYTES)
            continue;
          guint value = lookup (tok, text + start, len);
          if (value == CACHE_STOP)
            continue;
          if (G_UNLIKELY (out->n_tokens == out->capacity))
            {
              out->capacity *= 2;
              out->tokens = g_renew (PrecisToken, out->tokens, out->capacity);
            }
          out->tokens[out->n_tokens++]
              = (PrecisToken){ (guint32)start, (guint32)((guint64)start >> 32 << 8 | len),
                               local_id (tok, value - 1, &out->n_terms) };
        }
    }
  out->first[n_spans] = out->n_tokens;
}

const gchar *
precis_tokenizer_stem (PrecisTokenizer *tok, const gchar *word, gsize len)
{
  guint value = lookup (tok, word, len);
  return value == CACHE_STOP ? NULL : g_ptr_array_index (tok->stem_names, value - 1);
}

void
precis_tokens_clear (PrecisTokens *tokens)
{
  g_free (tokens->tokens);
  g_free (tokens->first);
  g_free (tokens->n_words);
  memset (tokens, 0, sizeof *tokens);
}
