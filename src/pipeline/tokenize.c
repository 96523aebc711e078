/* tokenize.c - sentence spans in, content words as term ids out.
 *
 * A word is a run of letters, digits and combining marks, with inner apostrophes and
 * hyphens ("don't", "high-speed"). Sentences' word counts (for --words and the editor's
 * thresholds) count a run in Chinese or Japanese, which do not space their words, as one word
 * per ideograph or kana. Each word is case-folded and put in NFC (ASCII words by a
 * fast path), dropped if it is a stopword, one byte long or absurdly long, and otherwise
 * stemmed with Snowball (an ASCII word by libstemmer's ISO-8859-1 stemmer where it has one:
 * the same algorithm, without decoding UTF-8). A cache maps each surface form to its stem's id, so each
 * distinct word is folded and stemmed once per summariser (an ASCII word with capitals through its lower-case
 * form, so that "The" and "the" are stemmed once between them); the words are scanned, hashed and compared
 * eight bytes at a time. Ids are then renumbered per document in order of first occurrence, so that no result
 * depends on what was summarised before. After a run, precis_tokenizer_find_terms() reads a title's words the
 * same way and gives the document's ids of those the document holds (the editor's title rule). Complexity:
 * O(n) with one hash look-up per word.
 *
 * A PrecisWordCache (precis.h) shares what a folded form comes to (a stopword, or its stem) between
 * tokenizers of several threads: on a form's first sight a tokenizer asks it before looking the form up
 * among the stopwords and stemming it, and adds what it computed. Tokenizers of different languages or
 * stopword lists use different shelves of it (a shelf per recipe: the language, then a digest of each
 * list loaded), and ids stay each tokenizer's own, so sharing changes no result. One mutex guards the
 * whole cache: it is taken on a form's first sight in a tokenizer, not per word.
 *
 * libstemmer.h has no include guard and is included from this file only.
 */
#include "config.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "base/data.h"
#include "base/text.h"
#include "pipeline/tokenize.h"

/* Longer "words" (base64, URLs without punctuation, runs of letters) are no terms. */
#define MAX_WORD_BYTES 128
/* precis_tokenizer_find_terms() reads at most this many content words (a title has a dozen). */
#define MAX_FIND_TERMS 64
/* A token keeps its length in eight bits (tokenize.h). */
G_STATIC_ASSERT (MAX_WORD_BYTES <= 0xFF);
/* Past this many stems (or with the surface forms' cache full, CACHE_MAX_FORMS) the caches are
 * emptied between documents, so that one tokenizer does not grow without bound: as many as a shelf of
 * the shared cache holds (SHARED_MAX_FORMS). 2^20 let one summariser fed distinct words grow to 126 MB (peak
 * 200 MB); 2^18, with the surface forms bounded at CACHE_MAX_FORMS, kept the peak of one English
 * summariser at 43 MB, 31 MB over the process's start (a stream of 12 million distinct words,
 * bench/RESULTS.md). That bound is each tokenizer's: a summariser in auto mode has one a language met,
 * and what they hold together is bounded by CACHES_BUDGET. The news sets (some 60,000 forms) never
 * reach either. */
#define CACHE_MAX_ENTRIES (1u << 18)
/* The surface-form cache takes no more forms than this (its slots stay within 2^18, 8 MB): past
 * it a form is folded and stemmed at each sight, and its stem found among the stems, which
 * give it the same id. A document of 200,000 distinct figures held 8 MB of slots for forms each
 * read once; the news sets (some 60,000 forms) never reach it. The caches are emptied before the
 * next document when it is full. */
#define CACHE_MAX_FORMS ((1u << 17) - 1)
/* English news has a content word every ~10 bytes; the token array starts from this. */
#define TOKEN_BYTES_ESTIMATE 8
/* The longest key a Cache holds (its length is kept in one byte). */
#define STEM_KEY_MAX 0xFF
/* Cache value of a stopword (other values are global stem id + 1). */
#define CACHE_STOP G_MAXUINT
/* A shelf of the shared word cache holding this many forms is emptied before the next is added, so
 * that it stays within about 24 MB whatever the stream: 2^19 slots, 16 MB, and its keys and stems
 * (the news sets have some 60,000 forms). */
#define SHARED_MAX_FORMS (1u << 18)
/* What all the tokenizers and shelves of the process have grown their caches by, together, in bytes,
 * is kept near this (each starts from some 200 kB, a fixed cost of each language met): past it, a
 * tokenizer whose caches have grown empties them before its next document, and a shelf before its
 * next form. Each tokenizer's bound alone (CACHE_MAX_FORMS) let a summariser in auto mode, a
 * tokenizer per language met, grow with the stream's languages: `precis batch -j 1` over a stream of
 * made-up words that detection spread over 40 languages, peak RSS 39 MiB at 5,000 documents, 123 MiB
 * at 200,000. 32 MiB: 8 and 16 cost that stream 3.1 and 1.8 % more instructions, 32 0.4 %; and a
 * tokenizer holding the news sets' 60,000 forms has grown by some 7 MB (2^17 slots, 4 MB, a 1 MB
 * stems' table, the keys and names), so four threads reading news never reach it (bench/RESULTS.md,
 * issue #18). Only a memo: the ids are each document's own, so emptying changes no result. */
#define CACHES_BUDGET ((gsize)32 << 20)
/* Caches that had grown by this much are given back to the system when emptied (malloc_trim()):
 * once glibc has freed a mapping of a few MB it serves tables that large from its heap, and the
 * holes they left among what the caller had allocated meanwhile stayed resident. A Python
 * Summarizer (whose allocations share the main heap) over 50,000 documents of that stream grew
 * to 95 MiB without it, 68 at its peak with it (bench/RESULTS.md). */
#define TRIM_AFTER_BYTES ((gsize)1 << 20)

/* A word's first 24 bytes as a slot holds them: eight bytes a word, the last word that holds
 * some of its bytes zero-padded with the word's length in its top byte when the word ends inside
 * it (no byte of a word is below 0x20), the words past its end zero. Two words of fewer than 24
 * bytes are the same when their keys are; longer ones when their bytes from the 25th are too. */
typedef struct
{
  guint64 head;    /* bytes 0-7 */
  guint64 more[2]; /* bytes 8-15 and 16-23 */
} Key;

/* The bytes of a word that its Key holds whole. */
#define KEY_BYTES 24

/* The surface-form cache: open addressing with linear probing. A slot of 32 bytes, a half of a
 * cache line, holds the word's Key, so a word of fewer than KEY_BYTES bytes is found by its slot
 * alone (in the news sets, all but a few words in ten thousand); a longer one is compared past
 * them with its key in the arena, where each key follows a byte that holds its length. The
 * arena holds every key (the slots are placed again from it when the table grows). */
typedef struct
{
  Key k;
  guint32 value; /* 0: empty slot; CACHE_STOP; or global id + 1 */
  guint32 key;   /* offset of the key in the arena (its length is the byte before) */
} Slot;
G_STATIC_ASSERT (sizeof (Slot) == 32);

typedef struct
{
  Slot *slots;
  guint32 mask; /* n_slots - 1, a power of two */
  guint32 n_used;
  GString *arena;
} Cache;

/* What tokenizers with one recipe share: folded form -> CACHE_STOP, or the offset of its stem in
 * stems (never 0: each stem follows a byte that holds its length, and ends with a NUL). */
typedef struct
{
  gchar *recipe;
  Cache forms;
  GString *stems;
  gsize base; /* its bytes when empty */
  gsize held; /* its bytes beyond them, counted in caches_held */
} Shelf;

/* Where a folded form goes in a shelf: its head and hash, computed once for the look-up and the
 * addition. */
typedef struct
{
  const gchar *folded;
  gsize len;
  Key k;
  guint32 hash;
} Form;

/* A slot of the stems' table: the stem's hash (stem_hash()) and its global id + 1 (0: an empty slot). */
typedef struct
{
  guint32 hash;
  guint32 id;
} StemSlot;

/* A slot of the document's terms: a stem's global id + 1 (0: an empty slot) and its local id. */
typedef struct
{
  guint32 value;
  guint32 local;
} Term;

/* Held in an atomic reference-counted box: each summariser that uses it holds a reference. */
struct _PrecisWordCache
{
  GMutex mutex;       /* over everything below and in the shelves */
  GPtrArray *shelves; /* of Shelf, owned */
};

struct _PrecisTokenizer
{
  struct sb_stemmer *stemmer;
  /* The same algorithm for ISO-8859-1, which libstemmer has for most Latin-script languages
   * (NULL otherwise): an ASCII word is the same bytes in both encodings and is stemmed the
   * same, in about three quarters of the UTF-8 stemmer's instructions (no character decoding). */
  struct sb_stemmer *ascii_stemmer;
  GHashTable *stopwords; /* folded word -> itself */
  Cache
      stopword_keys; /* the stopwords of at most STEM_KEY_MAX bytes -> 1: looked up on a form's first sight */
  Cache cache;       /* surface form -> CACHE_STOP or global id + 1 */
  /* The stems, global id + 1 by its stem's hash: open addressing with linear probing, asked only at a
   * form's first sight, doubled when half full. Eight bytes a slot (16 a stem at most), where a GLib
   * table took some 20 a bucket and some 500 instructions a new stem (g_str_hash() at its look-up
   * and again at its insertion); a Cache's 32-byte slots, 64 a stem. */
  StemSlot *stem_slots;
  guint32 stem_mask;       /* n_slots - 1, a power of two */
  GStringChunk *stem_text; /* every stem once, NUL-terminated, never moved */
  GPtrArray *stem_names;   /* global id -> its stem (in stem_text) */
  guint n_global;
  /* The last run's terms, global id + 1 -> local id: open addressing with linear probing, emptied
   * before each run and sized to the document, a few kilobytes that stay in the nearest cache. An
   * array indexed by global id (480 kB for the news sets' stems) missed the caches at each word. */
  Term *terms;
  guint32 terms_mask; /* n_slots - 1 of this run, a power of two */
  guint32 n_terms_allocated;
  /* The language's name, then the SHA-256 of the last recipe and of each stopword list loaded:
   * tokenizers with the same recipe drop and stem every word alike. */
  gchar *recipe;
  PrecisWordCache *shared; /* borrowed, or NULL */
  Shelf *shelf;            /* shared's shelf of the recipe; NULL without a stemmer */
  gsize stem_bytes;        /* of the stems in stem_text */
  gsize base;              /* the caches' bytes when empty */
  gsize held;              /* their bytes beyond that, counted in caches_held */
};

/* The bytes every tokenizer's caches and every shelf have grown by (atomic; see CACHES_BUDGET). */
static gsize caches_held;

/* Counts @bytes beyond @base (the owner's bytes when empty) as what an owner of caches that had
 * grown by *@held has now grown by. */
static void
caches_hold (gsize *held, gsize bytes, gsize base)
{
  bytes = bytes > base ? bytes - base : 0;
  if (bytes != *held)
    {
      g_atomic_pointer_add (&caches_held, (gssize)bytes - (gssize)*held);
      *held = bytes;
    }
}

static gboolean
caches_over_budget (void)
{
  return (gsize)g_atomic_pointer_get (&caches_held) > CACHES_BUDGET;
}

/* The huge page of x86-64 and arm64 Linux. */
#define HUGE_PAGE_BYTES (2u << 20)

/* Initial cache size (slots); it doubles when half full. */
#define CACHE_INITIAL_SLOTS 4096
/* The stems' table starts with this many slots (8 kB); it doubles when half full. */
#define STEM_INITIAL_SLOTS 1024
/* The stopwords' cache starts smaller: a list has a few hundred words (it grows as the others do). */
#define STOPWORD_INITIAL_SLOTS 512

/* @n_slots empty slots. Only the values are set (0: empty): cache_find() reads no other field of an
 * empty slot, and a zeroed block, counted a byte an instruction by callgrind (glibc's `rep stosb`),
 * cost the caches' doublings four times the stores of the values. */
static Slot *
empty_slots (guint32 n_slots)
{
  Slot *slots = NULL;
#if defined(MADV_HUGEPAGE)
  /* A table of a huge page or more is aligned to one and asked to be backed by huge pages:
   * its look-ups come in hash order, and with pages of 4 kB each one missed the TLB as well
   * as the caches (the prefetch of a word's slot then waited for the page walk). */
  gsize bytes = (gsize)n_slots * sizeof (Slot);
  if (bytes >= HUGE_PAGE_BYTES && posix_memalign ((void **)&slots, HUGE_PAGE_BYTES, bytes) == 0)
    madvise (slots, bytes, MADV_HUGEPAGE);
  else
    slots = NULL;
#endif
  /* Two slots a cache line, none across two (freed with g_free(), which is free()). */
  if (slots == NULL && posix_memalign ((void **)&slots, 64, (gsize)n_slots * sizeof (Slot)) != 0)
    g_error ("%s: failed to allocate %u slots", G_STRLOC, n_slots);
  for (guint32 i = 0; i < n_slots; i++)
    slots[i].value = 0;
  return slots;
}

static void
cache_init_sized (Cache *c, guint32 n_slots)
{
  c->slots = empty_slots (n_slots);
  c->mask = n_slots - 1;
  c->n_used = 0;
  c->arena = g_string_sized_new (n_slots * 8);
}

static void
cache_init (Cache *c)
{
  cache_init_sized (c, CACHE_INITIAL_SLOTS);
}

static void
cache_clear (Cache *c)
{
  g_free (c->slots);
  g_string_free (c->arena, TRUE);
}

/* The bytes @c holds: its slots and its arena. */
static gsize
cache_bytes (const Cache *c)
{
  return ((gsize)c->mask + 1) * sizeof (Slot) + c->arena->allocated_len;
}

/* The first @n (below 8) of the eight bytes of @w, in memory order, the others zero. */
static inline guint64
keep_bytes (guint64 w, gsize n)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  return w & ((G_GUINT64_CONSTANT (1) << (8 * n)) - 1);
#else
  return w & ~(G_MAXUINT64 >> (8 * n));
#endif
}

/* The @n (1 to 8) bytes at @p as one word, zero-padded; @readable bytes (at least @n) may be
 * read at @p, so that most loads are one unaligned read. */
static inline guint64
load_chunk (const gchar *p, gsize n, gsize readable)
{
  guint64 w = 0;
  if (readable >= 8)
    memcpy (&w, p, 8);
  else
    memcpy (&w, p, n);
  return n < 8 ? keep_bytes (w, n) : w;
}

/* How many (0 to 8) of a word's first @n bytes fall in its Key's word @j (0 to 2). */
#define KEY_WORD_BYTES(n, j) ((n) > 8 * (j) ? ((n)-8 * (j) < 8 ? (n)-8 * (j) : 8) : 0)
/* The mask that keeps @b (0 to 8) bytes of a word in memory order, and the length tag of a word of
 * @n bytes put in the Key's word that holds @b of them (only where the word ends inside it). */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
#define KEY_MASK(b) ((b) == 8 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << (8 * (b)&63)) - 1)
#define KEY_TAG(n, b) ((b) > 0 && (b) < 8 ? (guint64)(n) << 56 : 0)
#else
#define KEY_MASK(b) ((b) == 8 ? G_MAXUINT64 : (b) == 0 ? 0 : ~(G_MAXUINT64 >> (8 * (b)&63)))
#define KEY_TAG(n, b) ((b) > 0 && (b) < 8 ? (guint64)(n) : 0)
#endif
#define KEY_SHAPE(n)                                                                                         \
  {                                                                                                          \
    { KEY_MASK (KEY_WORD_BYTES (n, 0)), KEY_MASK (KEY_WORD_BYTES (n, 1)),                                    \
      KEY_MASK (KEY_WORD_BYTES (n, 2)) },                                                                    \
    {                                                                                                        \
      KEY_TAG (n, KEY_WORD_BYTES (n, 0)), KEY_TAG (n, KEY_WORD_BYTES (n, 1)),                                \
          KEY_TAG (n, KEY_WORD_BYTES (n, 2))                                                                 \
    }                                                                                                        \
  }

/* For a word of n bytes, n below KEY_BYTES, and for every longer word at KEY_BYTES: the mask of
 * each of its Key's words and the length tag or-ed into it. A Key is then three loads, ands and ors
 * without a branch, where computing each word's mask and tag from the length took some twelve
 * instructions a word (word lengths come in no order a branch predicts). */
typedef struct
{
  guint64 mask[3];
  guint64 tag[3];
} KeyShape;
static const KeyShape key_shapes[KEY_BYTES + 1] = {
  KEY_SHAPE (0),  KEY_SHAPE (1),  KEY_SHAPE (2),  KEY_SHAPE (3),  KEY_SHAPE (4),
  KEY_SHAPE (5),  KEY_SHAPE (6),  KEY_SHAPE (7),  KEY_SHAPE (8),  KEY_SHAPE (9),
  KEY_SHAPE (10), KEY_SHAPE (11), KEY_SHAPE (12), KEY_SHAPE (13), KEY_SHAPE (14),
  KEY_SHAPE (15), KEY_SHAPE (16), KEY_SHAPE (17), KEY_SHAPE (18), KEY_SHAPE (19),
  KEY_SHAPE (20), KEY_SHAPE (21), KEY_SHAPE (22), KEY_SHAPE (23), KEY_SHAPE (24),
};
G_STATIC_ASSERT (KEY_BYTES == 24);

/* The Key of the @len bytes at @word from the eight-byte words @w0, @w1, @w2 read there (the bytes
 * past the word any). */
static G_ALWAYS_INLINE inline Key
key_from (guint64 w0, guint64 w1, guint64 w2, gsize len)
{
  const KeyShape *shape = &key_shapes[MIN (len, KEY_BYTES)];
  return (Key){ (w0 & shape->mask[0]) | shape->tag[0],
                { (w1 & shape->mask[1]) | shape->tag[1], (w2 & shape->mask[2]) | shape->tag[2] } };
}

/* key_of() of a word with fewer than KEY_BYTES bytes readable (near the end of the text). */
static G_NO_INLINE Key
key_of_near_end (const gchar *word, gsize len, gsize readable)
{
  guint64 w[3] = { 0, 0, 0 };
  for (gsize off = 0; off < KEY_BYTES && off < len; off += 8)
    w[off / 8] = load_chunk (word + off, MIN (len - off, 8), readable - off);
  return key_from (w[0], w[1], w[2], len);
}

/* The Key of the @len bytes at @word, @readable of them readable (at least @len). The three words
 * are read into registers (an array, which the bytes near the end are read into, lived on the
 * stack: three stores of zeros, the copy and three loads a word). */
static G_ALWAYS_INLINE inline Key
key_of (const gchar *word, gsize len, gsize readable)
{
  if (G_UNLIKELY (readable < KEY_BYTES))
    return key_of_near_end (word, len, readable);
  guint64 w0, w1, w2;
  memcpy (&w0, word, 8);
  memcpy (&w1, word + 8, 8);
  memcpy (&w2, word + 16, 8);
  return key_from (w0, w1, w2, len);
}

/* 2^64 divided by the golden ratio: a multiplier that spreads a word's bits upwards. */
#define HASH_MULTIPLIER G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)

/* The hash of a word, eight bytes a step, from its head and its later bytes. */
static inline guint32
hash_word (guint64 head, const gchar *word, gsize len, gsize readable)
{
  guint64 h = head * HASH_MULTIPLIER;
  if (len < 8)
    return (guint32)(h >> 32); /* the head holds the length */
  for (gsize i = 8; i < len; i += 8)
    h = (h ^ load_chunk (word + i, MIN (len - i, 8), readable - i)) * HASH_MULTIPLIER;
  h = (h ^ len) * HASH_MULTIPLIER;
  return (guint32)(h >> 32);
}

/* Whether the key at offset @key of the arena is the @len bytes at @word (@readable of them
 * readable), given that their Keys are the same: eight bytes a step past the Key. */
static inline gboolean
same_key (const Cache *c, guint32 key, const gchar *word, gsize len, gsize readable)
{
  if (len < KEY_BYTES)
    return TRUE; /* the Key holds the whole word and its length */
  const gchar *k = c->arena->str + key;
  if ((guchar)k[-1] != len)
    return FALSE;
  gsize key_readable = c->arena->len - key;
  for (gsize i = KEY_BYTES; i < len; i += 8)
    {
      gsize n = MIN (len - i, 8);
      if (load_chunk (k + i, n, key_readable - i) != load_chunk (word + i, n, readable - i))
        return FALSE;
    }
  return TRUE;
}

/* The slot of the word, or the empty slot where it would go. */
static inline Slot *
cache_find (Cache *c, const gchar *word, gsize len, gsize readable, const Key *k, guint32 hash)
{
  for (guint32 i = hash & c->mask;; i = (i + 1) & c->mask)
    {
      Slot *slot = &c->slots[i];
      if (slot->value == 0
          || (slot->k.head == k->head && slot->k.more[0] == k->more[0] && slot->k.more[1] == k->more[1]
              && same_key (c, slot->key, word, len, readable)))
        return slot;
    }
}

static void
cache_insert (Cache *c, const gchar *word, gsize len, const Key *k, guint32 hash, guint value)
{
  if (2 * (c->n_used + 1) > c->mask + 1)
    {
      Slot *old = c->slots;
      guint32 n_old = c->mask + 1;
      c->mask = 2 * n_old - 1;
      c->slots = empty_slots (2 * n_old);
      for (guint32 i = 0; i < n_old; i++)
        if (old[i].value != 0)
          {
            const gchar *key = c->arena->str + old[i].key;
            gsize key_len = (guchar)key[-1];
            guint32 j = hash_word (old[i].k.head, key, key_len, c->arena->len - old[i].key) & c->mask;
            while (c->slots[j].value != 0)
              j = (j + 1) & c->mask;
            c->slots[j] = old[i];
          }
      g_free (old);
    }
  Slot *slot = cache_find (c, word, len, len, k, hash);
  /* The length byte and the key, in one growth of the arena (two appends cost twice its calls). */
  gsize at = c->arena->len;
  g_string_set_size (c->arena, at + 1 + len);
  c->arena->str[at] = (gchar)len;
  memcpy (c->arena->str + at + 1, word, len);
  *slot = (Slot){ *k, value, (guint32)(at + 1) };
  c->n_used++;
}

static void
shelf_free (gpointer data)
{
  Shelf *shelf = data;
  caches_hold (&shelf->held, 0, 0);
  g_free (shelf->recipe);
  cache_clear (&shelf->forms);
  g_string_free (shelf->stems, TRUE);
  g_free (shelf);
}

/* ThreadSanitizer does not see glib's GMutex (a futex on Linux): it is told what the lock orders. */
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define PRECIS_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__) || defined(PRECIS_TSAN)
void __tsan_acquire (void *addr);
void __tsan_release (void *addr);
#else
#define __tsan_acquire(addr) ((void)(addr))
#define __tsan_release(addr) ((void)(addr))
#endif

static void
word_cache_lock (PrecisWordCache *words)
{
  g_mutex_lock (&words->mutex);
  __tsan_acquire (words);
}

static void
word_cache_unlock (PrecisWordCache *words)
{
  __tsan_release (words);
  g_mutex_unlock (&words->mutex);
}

PrecisWordCache *
precis_word_cache_new (void)
{
  PrecisWordCache *words = g_atomic_rc_box_new0 (PrecisWordCache);
  g_mutex_init (&words->mutex);
  words->shelves = g_ptr_array_new_with_free_func (shelf_free);
  return words;
}

static void
word_cache_clear (gpointer data)
{
  PrecisWordCache *words = data;
  g_ptr_array_unref (words->shelves);
  g_mutex_clear (&words->mutex);
}

void
precis_word_cache_free (PrecisWordCache *words)
{
  if (words != NULL)
    g_atomic_rc_box_release_full (words, word_cache_clear);
}

PrecisWordCache *
precis_word_cache_ref (PrecisWordCache *words)
{
  return words != NULL ? g_atomic_rc_box_acquire (words) : NULL;
}

/* The shelf of @words for @recipe, made when it is new. */
static Shelf *
word_cache_shelf (PrecisWordCache *words, const gchar *recipe)
{
  word_cache_lock (words);
  Shelf *shelf = NULL;
  for (guint i = 0; i < words->shelves->len && shelf == NULL; i++)
    if (strcmp (((Shelf *)words->shelves->pdata[i])->recipe, recipe) == 0)
      shelf = words->shelves->pdata[i];
  if (shelf == NULL)
    {
      shelf = g_new0 (Shelf, 1);
      shelf->recipe = g_strdup (recipe);
      cache_init (&shelf->forms);
      shelf->stems = g_string_new ("");
      shelf->base = cache_bytes (&shelf->forms) + shelf->stems->allocated_len;
      g_ptr_array_add (words->shelves, shelf);
    }
  word_cache_unlock (words);
  return shelf;
}

/* The form @folded (@len bytes, NUL-terminated) as a key of a shelf. */
static Form
form_of (const gchar *folded, gsize len)
{
  Key k = key_of (folded, len, len + 1);
  return (Form){ folded, len, k, hash_word (k.head, folded, len, len + 1) };
}

/* What the shelf says of @f: FALSE when it has not got it; otherwise TRUE, with *stop set for a
 * stopword, or its stem copied to @buf (of FOLD_BUFFER_BYTES + 1 bytes) and its length in
 * *stem_len. */
static gboolean
shared_find (PrecisTokenizer *tok, const Form *f, gboolean *stop, gchar *buf, gsize *stem_len)
{
  word_cache_lock (tok->shared);
  guint value = cache_find (&tok->shelf->forms, f->folded, f->len, f->len + 1, &f->k, f->hash)->value;
  *stop = value == CACHE_STOP;
  if (value != 0 && !*stop)
    {
      const gchar *stem = tok->shelf->stems->str + value;
      *stem_len = (guchar)stem[-1];
      memcpy (buf, stem, *stem_len + 1);
    }
  word_cache_unlock (tok->shared);
  return value != 0;
}

/* Adds what @f comes to: a stopword when @stem is NULL, else the @stem_len bytes at @stem (at
 * most MAX_WORD_BYTES). Another tokenizer may have added it meanwhile: then nothing changes (it
 * found the same). */
static void
shared_add (PrecisTokenizer *tok, const Form *f, const gchar *stem, gsize stem_len)
{
  Shelf *shelf = tok->shelf;
  word_cache_lock (tok->shared);
  if (cache_find (&shelf->forms, f->folded, f->len, f->len + 1, &f->k, f->hash)->value == 0)
    {
      if (shelf->forms.n_used >= SHARED_MAX_FORMS
          || (shelf->forms.mask + 1 > CACHE_INITIAL_SLOTS && caches_over_budget ()))
        {
          cache_clear (&shelf->forms);
          cache_init (&shelf->forms);
          g_string_free (shelf->stems, TRUE);
          shelf->stems = g_string_new ("");
        }
      guint value = CACHE_STOP;
      if (stem != NULL)
        {
          g_string_append_c (shelf->stems, (gchar)stem_len);
          value = (guint)shelf->stems->len;
          g_string_append_len (shelf->stems, stem, (gssize)stem_len);
          g_string_append_c (shelf->stems, '\0');
        }
      cache_insert (&shelf->forms, f->folded, f->len, &f->k, f->hash, value);
      caches_hold (&shelf->held, cache_bytes (&shelf->forms) + shelf->stems->allocated_len, shelf->base);
    }
  word_cache_unlock (tok->shared);
}

void
precis_tokenizer_share (PrecisTokenizer *tok, PrecisWordCache *words)
{
  tok->shared = words;
  tok->shelf = words != NULL && tok->stemmer != NULL ? word_cache_shelf (words, tok->recipe) : NULL;
}

static void add_stopwords (PrecisTokenizer *tok, const gchar *list, gsize len, gboolean replace);
static gsize caches_bytes (const PrecisTokenizer *tok);

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
  if (stemmer != NULL)
    tok->ascii_stemmer = sb_stemmer_new (language->name, "ISO_8859_1");
  tok->stopwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cache_init_sized (&tok->stopword_keys, STOPWORD_INITIAL_SLOTS);
  cache_init (&tok->cache);
  tok->stem_slots = g_new0 (StemSlot, STEM_INITIAL_SLOTS);
  tok->stem_mask = STEM_INITIAL_SLOTS - 1;
  tok->stem_text = g_string_chunk_new (CACHE_INITIAL_SLOTS * 8);
  tok->stem_names = g_ptr_array_new ();
  tok->base = caches_bytes (tok);

  if (language->has_stopwords)
    {
      g_autofree gchar *path = g_strdup_printf ("stopwords/%s.txt", language->name);
      g_autoptr (GBytes) data = precis_data_lookup (path);
      if (data != NULL)
        {
          gsize len = 0;
          const gchar *bytes = g_bytes_get_data (data, &len);
          add_stopwords (tok, bytes, len, FALSE);
        }
    }
  tok->recipe = g_strdup (language->name);
  return tok;
}

void
precis_tokenizer_free (PrecisTokenizer *tok)
{
  if (tok == NULL)
    return;
  if (tok->stemmer != NULL)
    sb_stemmer_delete (tok->stemmer);
  if (tok->ascii_stemmer != NULL)
    sb_stemmer_delete (tok->ascii_stemmer);
  caches_hold (&tok->held, 0, 0);
  g_hash_table_unref (tok->stopwords);
  cache_clear (&tok->stopword_keys);
  cache_clear (&tok->cache);
  g_free (tok->stem_slots);
  g_string_chunk_free (tok->stem_text);
  g_ptr_array_unref (tok->stem_names);
  g_free (tok->terms);
  g_free (tok->recipe);
  g_free (tok);
}

/* Case-folded NFC form of a word, written to @buf when it is ASCII and fits in @buf_size
 * bytes with its NUL; *ascii tells whether it is ASCII, *folded_len its length (0 for NULL). The
 * caller frees the result with g_free() unless it is @buf. */
static gchar *
fold (const gchar *word, gsize len, gchar *buf, gsize buf_size, gboolean *ascii, gsize *folded_len)
{
  gchar *folded = precis_fold (word, len, buf, buf_size);
  *ascii = TRUE;
  /* precis_fold() writes to @buf only an ASCII word, lower-cased byte for byte (its length is
   * strlen's: a NUL byte, which no word of the tokenizer holds, would end it). */
  if (folded == buf)
    {
      *folded_len = strlen (folded);
      return folded;
    }
  const gchar *p = folded;
  for (; *p != '\0'; p++)
    if ((guchar)*p >= 0x80)
      {
        *ascii = FALSE;
        gchar *nfc = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
        if (folded != buf)
          g_free (folded);
        *folded_len = nfc != NULL ? strlen (nfc) : 0;
        return nfc;
      }
  *folded_len = (gsize)(p - folded);
  return folded;
}

/* The bytes @tok's caches hold (the stems' names and text as their lengths say, near enough). */
static gsize
caches_bytes (const PrecisTokenizer *tok)
{
  return cache_bytes (&tok->cache) + ((gsize)tok->stem_mask + 1) * sizeof (StemSlot)
         + tok->stem_names->len * sizeof (gpointer) + tok->stem_bytes;
}

/* What @tok's caches have grown by, now counted in caches_held. */
static void
caches_count (PrecisTokenizer *tok)
{
  caches_hold (&tok->held, caches_bytes (tok), tok->base);
}

static void
clear_caches (PrecisTokenizer *tok)
{
  cache_clear (&tok->cache);
  cache_init (&tok->cache);
  /* A long array of names is let go (emptied, it would keep its length's memory). */
  if (tok->stem_names->len > STEM_INITIAL_SLOTS)
    {
      g_ptr_array_unref (tok->stem_names);
      tok->stem_names = g_ptr_array_new ();
    }
  g_ptr_array_set_size (tok->stem_names, 0);
  if (tok->stem_mask + 1 > STEM_INITIAL_SLOTS)
    {
      g_free (tok->stem_slots);
      tok->stem_slots = g_new (StemSlot, STEM_INITIAL_SLOTS);
      tok->stem_mask = STEM_INITIAL_SLOTS - 1;
    }
  memset (tok->stem_slots, 0, (tok->stem_mask + 1) * sizeof (StemSlot));
  g_string_chunk_clear (tok->stem_text);
  for (guint32 i = 0; tok->terms != NULL && i <= tok->terms_mask; i++)
    tok->terms[i].value = 0; /* the global ids start again */
  tok->n_global = 0;
  tok->stem_bytes = 0;
  tok->base = caches_bytes (tok);
#ifdef __GLIBC__
  gboolean trim = tok->held >= TRIM_AFTER_BYTES;
#endif
  caches_count (tok);
#ifdef __GLIBC__
  if (trim)
    malloc_trim (0);
#endif
}

static void
add_stopwords (PrecisTokenizer *tok, const gchar *list, gsize len, gboolean replace)
{
  if (replace)
    {
      g_hash_table_remove_all (tok->stopwords);
      cache_clear (&tok->stopword_keys);
      cache_init_sized (&tok->stopword_keys, STOPWORD_INITIAL_SLOTS);
    }
  clear_caches (tok); /* cached decisions may change */
  if (list == NULL || len == 0)
    return; /* an empty list: no words (an empty GBytes holds NULL) */

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
          gboolean ascii;
          gsize folded_len;
          gchar *folded = fold (words[j], strlen (words[j]), NULL, 0, &ascii, &folded_len);
          if (folded == NULL)
            continue;
          if (folded_len <= STEM_KEY_MAX)
            {
              Key k = key_of (folded, folded_len, folded_len + 1);
              guint32 hash = hash_word (k.head, folded, folded_len, folded_len + 1);
              if (cache_find (&tok->stopword_keys, folded, folded_len, folded_len + 1, &k, hash)->value == 0)
                cache_insert (&tok->stopword_keys, folded, folded_len, &k, hash, 1);
            }
          g_hash_table_add (tok->stopwords, folded);
        }
    }
}

void
precis_tokenizer_load_stopwords (PrecisTokenizer *tok, const gchar *list, gsize len, gboolean replace)
{
  add_stopwords (tok, list, len, replace);
  /* A new recipe, hence a new shelf of the shared cache. */
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (sum, (const guchar *)tok->recipe, (gssize)strlen (tok->recipe) + 1);
  g_checksum_update (sum, (const guchar *)(replace ? "r" : "a"), 1);
  g_checksum_update (sum, (const guchar *)list, (gssize)len);
  g_free (tok->recipe);
  tok->recipe = g_strdup (g_checksum_get_string (sum));
  precis_tokenizer_share (tok, tok->shared);
}

gboolean
precis_tokenizer_is_stopword (PrecisTokenizer *tok, const gchar *word, gssize len)
{
  gsize n = len < 0 ? strlen (word) : (gsize)len;
  gboolean ascii;
  gsize folded_len;
  g_autofree gchar *folded = fold (word, n, NULL, 0, &ascii, &folded_len);
  return folded != NULL && g_hash_table_contains (tok->stopwords, folded);
}

/* A stem or a folded word this long or shorter is looked up from the stack. */
#define FOLD_BUFFER_BYTES (2 * MAX_WORD_BYTES)

/* The stem of the folded word @folded (@len bytes, ASCII when @ascii) by @tok's stemmer, its
 * length in *stem_len; NULL when libstemmer fails (out of memory). The stem is libstemmer's
 * buffer, valid until the next call. */
static const gchar *
stem_of (PrecisTokenizer *tok, const gchar *folded, gsize len, gboolean ascii, gsize *stem_len)
{
  if (ascii && tok->ascii_stemmer != NULL)
    {
      const sb_symbol *stem = sb_stemmer_stem (tok->ascii_stemmer, (const sb_symbol *)folded, (int)len);
      gsize n = stem != NULL ? (gsize)sb_stemmer_length (tok->ascii_stemmer) : 0;
      gboolean stem_ascii = stem != NULL;
      for (gsize i = 0; i < n && stem_ascii; i++)
        stem_ascii = stem[i] < 0x80;
      /* A stem that is not ASCII would be spelt otherwise in UTF-8: the UTF-8 stemmer gives it. */
      if (stem_ascii)
        {
          *stem_len = n;
          return (const gchar *)stem;
        }
    }
  const sb_symbol *stem = sb_stemmer_stem (tok->stemmer, (const sb_symbol *)folded, (int)len);
  *stem_len = stem != NULL ? (gsize)sb_stemmer_length (tok->stemmer) : 0;
  return (const gchar *)stem;
}

/* The hash of the stem @stem (@len bytes, NUL-terminated), eight bytes a step. */
static guint32
stem_hash (const gchar *stem, gsize len)
{
  guint64 h = (guint64)(len + 1) * HASH_MULTIPLIER;
  for (gsize i = 0; i < len; i += 8)
    h = (h ^ load_chunk (stem + i, MIN (len - i, 8), len + 1 - i)) * HASH_MULTIPLIER;
  return (guint32)(h >> 32);
}

/* The stems' table doubled, its stems placed again by their hashes. */
static G_NO_INLINE void
stems_grow (PrecisTokenizer *tok)
{
  guint32 n_old = tok->stem_mask + 1, mask = 2 * n_old - 1;
  StemSlot *old = tok->stem_slots, *slots = g_new0 (StemSlot, 2 * n_old);
  for (guint32 i = 0; i < n_old; i++)
    if (old[i].id != 0)
      {
        guint32 j = old[i].hash & mask;
        while (slots[j].id != 0)
          j = (j + 1) & mask;
        slots[j] = old[i];
      }
  g_free (old);
  tok->stem_slots = slots;
  tok->stem_mask = mask;
}

/* The global id + 1 of the stem @stem (@len bytes, NUL-terminated), a new one when it is new. */
static guint
stem_id (PrecisTokenizer *tok, const gchar *stem, gsize len)
{
  guint32 hash = stem_hash (stem, len), i = hash & tok->stem_mask;
  for (; tok->stem_slots[i].id != 0; i = (i + 1) & tok->stem_mask)
    if (tok->stem_slots[i].hash == hash)
      {
        const gchar *name = g_ptr_array_index (tok->stem_names, tok->stem_slots[i].id - 1);
        if (strncmp (name, stem, len) == 0 && name[len] == '\0')
          return tok->stem_slots[i].id;
      }
  gchar *copy = g_string_chunk_insert_len (tok->stem_text, stem, (gssize)len);
  tok->stem_bytes += len + 1;
  guint id = ++tok->n_global;
  g_ptr_array_add (tok->stem_names, copy);
  tok->stem_slots[i] = (StemSlot){ hash, id };
  if (2 * id > tok->stem_mask + 1)
    stems_grow (tok);
  return id;
}

/* Whether the folded form @folded (@len bytes, NUL-terminated) is a stopword. */
static inline gboolean
is_folded_stopword (PrecisTokenizer *tok, const gchar *folded, gsize len)
{
  if (G_UNLIKELY (len > STEM_KEY_MAX))
    return g_hash_table_contains (tok->stopwords, folded);
  Key k = key_of (folded, len, len + 1);
  guint32 hash = hash_word (k.head, folded, len, len + 1);
  return cache_find (&tok->stopword_keys, folded, len, len + 1, &k, hash)->value != 0;
}

/* The cache value of a word's folded form (ASCII when @ascii): CACHE_STOP for a stopword (or a
 * form that failed to fold), otherwise its stem's global id + 1, the stem being new or known. */
static guint
value_of_folded (PrecisTokenizer *tok, const gchar *folded, gsize folded_len, gboolean ascii)
{
  if (folded == NULL)
    return CACHE_STOP;
  gchar buf[FOLD_BUFFER_BYTES + 1];
  gboolean stop = FALSE, shared = tok->shelf != NULL && folded_len <= MAX_WORD_BYTES;
  gsize stem_len = 0;
  g_autofree gchar *long_stem = NULL;
  gchar *key = buf;
  Form form = shared ? form_of (folded, folded_len) : (Form){ 0 };
  if (!shared || !shared_find (tok, &form, &stop, buf, &stem_len))
    {
      stop = is_folded_stopword (tok, folded, folded_len);
      const gchar *stem = NULL;
      if (!stop && tok->stemmer != NULL)
        stem = stem_of (tok, folded, folded_len, ascii, &stem_len);
      if (shared && (stop || (stem != NULL && stem_len <= MAX_WORD_BYTES)))
        shared_add (tok, &form, stop ? NULL : stem, stem_len);
      if (stem == NULL)
        {
          stem = folded;
          stem_len = folded_len;
        }
      /* libstemmer reuses its buffer: the stem is copied at once, to the stack if it fits. */
      if (!stop)
        {
          key = stem_len < sizeof buf ? buf : (long_stem = g_malloc (stem_len + 1));
          memcpy (key, stem, stem_len);
          key[stem_len] = '\0';
        }
    }
  if (stop)
    return CACHE_STOP;
  return stem_id (tok, key, stem_len);
}

/* Caches a surface form's value while the cache holds fewer than CACHE_MAX_FORMS forms. */
static inline void
keep_form (PrecisTokenizer *tok, const gchar *word, gsize len, const Key *k, guint32 hash, guint value)
{
  if (tok->cache.n_used < CACHE_MAX_FORMS)
    cache_insert (&tok->cache, word, len, k, hash, value);
}

/* The cache value of a surface form seen for the first time (folded, looked up among the
 * stopwords, stemmed), now cached. A form whose folded form is ASCII and different ("The",
 * "Minister") shares the value of that folded form, which folds to itself: the folded form is
 * looked up as a word of its own and cached too, so that the other spellings of a word are
 * stemmed once between them. */
static G_GNUC_NO_INLINE guint
lookup_new (PrecisTokenizer *tok, const gchar *word, gsize len, const Key *k, guint32 hash)
{
  gchar buf[FOLD_BUFFER_BYTES + 1];
  gboolean ascii = FALSE;
  gsize folded_len = 0;
  gchar *folded = fold (word, len, buf, sizeof buf, &ascii, &folded_len);
  guint result;
  if (ascii && folded_len > 0 && folded_len <= MAX_WORD_BYTES
      && (folded_len != len || memcmp (folded, word, len) != 0))
    {
      Key folded_k = key_of (folded, folded_len, folded_len + 1);
      guint32 folded_hash = hash_word (folded_k.head, folded, folded_len, folded_len + 1);
      result = cache_find (&tok->cache, folded, folded_len, folded_len + 1, &folded_k, folded_hash)->value;
      if (result == 0)
        {
          result = value_of_folded (tok, folded, folded_len, TRUE);
          keep_form (tok, folded, folded_len, &folded_k, folded_hash, result);
        }
    }
  else
    result = value_of_folded (tok, folded, folded_len, ascii);
  if (folded != buf)
    g_free (folded);
  keep_form (tok, word, len, k, hash, result);
  return result;
}

/* The cache value for a surface form of at most MAX_WORD_BYTES: CACHE_STOP, or global id + 1.
 * @readable bytes (at least @len) may be read at @word. A word seen before (the common case)
 * costs a hash of a step or two and, for a word of eight bytes or more, one comparison. */
static inline guint
lookup_hashed (PrecisTokenizer *tok, const gchar *word, gsize len, gsize readable, const Key *k, guint32 hash)
{
  Slot *slot = cache_find (&tok->cache, word, len, readable, k, hash);
  return slot->value != 0 ? slot->value : lookup_new (tok, word, len, k, hash);
}

static inline guint
lookup (PrecisTokenizer *tok, const gchar *word, gsize len, gsize readable)
{
  Key k = key_of (word, len, readable);
  return lookup_hashed (tok, word, len, readable, &k, hash_word (k.head, word, len, readable));
}

/* 1 for the ASCII letters and digits (g_ascii_isalnum()), 0 for every other byte: a table of this
 * file's own, read at a fixed address (glib's g_ascii_table is reached through a pointer that the
 * stores of the tokenizer's loop made it load again at each byte). */
static const guint8 ascii_alnum[256] = {
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,
  ['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
  ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1,
  ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
  ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
  ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
  ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/* 1 for the bytes after a word's run of ASCII letters and digits that may carry the word on (an
 * apostrophe, a hyphen, a byte from 0x80: word_end() reads on), 0 for those that end it: one look-up
 * where three comparisons were. */
static const guint8 may_go_on[256] = { ['\''] = 1, ['-'] = 1, [0x80 ... 0xFF] = 1 };

static inline gboolean
ascii_word_char (guchar b)
{
  return ascii_alnum[b];
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return ascii_word_char ((guchar)c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* The words a run of word characters (@len bytes at @word) counts for: one, or in Chinese and Japanese, which
 * do not space their words, one per ideograph or kana (a clause is one run; its characters stand for its
 * words as
 * --words counts them). */
static guint
unspaced_words (const gchar *word, gsize len)
{
  guint n = 0;
  for (const gchar *p = word, *end = word + len; p < end; p = g_utf8_next_char (p))
    n += (guchar)*p >= 0xE3 && precis_is_unspaced (g_utf8_get_char (p));
  return MAX (n, 1);
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

#ifdef __SSE2__
/* The sixteen bytes at @p as bits, byte k bit k: the ASCII letters and digits returned, the bytes
 * from 0x80 in *high. Each range tested by one signed comparison after moving it to [-128, ...]
 * (exact for every byte; a byte from 0x80 keeps its high bit when the case bit is set, and is in
 * neither). */
static inline guint
ascii_alnum_bits16 (const gchar *p, guint *high)
{
  __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)p);
  __m128i lower = _mm_or_si128 (v, _mm_set1_epi8 (0x20));
  __m128i letters = _mm_cmplt_epi8 (_mm_sub_epi8 (lower, _mm_set1_epi8 ((gchar)('a' + 128))),
                                    _mm_set1_epi8 ((gchar)('z' - 'a' + 1 - 128)));
  __m128i digits = _mm_cmplt_epi8 (_mm_sub_epi8 (v, _mm_set1_epi8 ((gchar)('0' + 128))),
                                   _mm_set1_epi8 ((gchar)('9' - '0' + 1 - 128)));
  *high = (guint)_mm_movemask_epi8 (v);
  return (guint)_mm_movemask_epi8 (_mm_or_si128 (letters, digits));
}

/* How many of the sixteen bytes at @p, from the first, are ASCII letters or digits (0 to 16). */
static inline guint
ascii_alnum_run16 (const gchar *p)
{
  guint high;
  return (guint)__builtin_ctz (~ascii_alnum_bits16 (p, &high)); /* bit 16 up are set */
}
#endif

/* How many of the eight bytes at @p, from the first, are ASCII letters or digits (0 to 8).
 * Each byte's low seven bits are tested for the ranges (no carry can cross into the next
 * byte), then bytes with the high bit are dropped. */
static inline guint
ascii_alnum_run (const gchar *p)
{
  guint64 w;
  memcpy (&w, p, 8);
  guint64 x = w & PRECIS_BYTES_LOW7;
  guint64 lower = x | PRECIS_BYTES (0x20); /* the case bit */
  guint64 letters = (lower + PRECIS_BYTES (0x80 - 'a')) & ~(lower + PRECIS_BYTES (0x7F - 'z'));
  guint64 digits = (x + PRECIS_BYTES (0x80 - '0')) & ~(x + PRECIS_BYTES (0x7F - '9'));
  guint64 other = ~(letters | digits) & PRECIS_BYTES_HIGH;
  other |= w & PRECIS_BYTES_HIGH;
  if (other == 0)
    return 8;
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  return (guint)__builtin_ctzll (other) / 8;
#else
  return (guint)__builtin_clzll (other) / 8;
#endif
}

/* How many bytes from text[pos] are ASCII letters or digits, read a step at a time (@limit
 * allows eight at least): sixteen with SSE2 where @limit allows, else eight; *step gets the
 * step (a shorter run stopped inside it). */
static inline guint
ascii_alnum_run_at (const gchar *text, gsize pos, gsize limit, guint *step)
{
#ifdef __SSE2__
  if (pos + 16 <= limit)
    {
      *step = 16;
      return ascii_alnum_run16 (text + pos);
    }
#endif
  *step = 8;
  return ascii_alnum_run (text + pos);
}

/* The end of the word whose first character (@w bytes) starts at @start: word characters, with
 * single joiners between them, up to @end; bytes up to @limit may be read eight at a time (the end
 * returned may then pass @end: the caller clamps it). */
static G_ALWAYS_INLINE inline gsize
word_end (const gchar *text, gsize start, gsize w, gsize end, gsize limit)
{
  gsize pos = start + w;
  /* Chinese and Japanese meet digits and Latin letters without a space ("增长4.9%", "2022年"): a
   * word of either ends where the other begins (else "同比增长4" and "9" are words). An ideograph
   * or kana is three bytes or four: the test costs an ASCII word one comparison. */
  if (w >= 3 && pos < end && ascii_word_char ((guchar)text[pos])
      && precis_is_unspaced (g_utf8_get_char (text + start)))
    return pos;
  while (pos < end)
    {
      if (pos + 8 <= limit)
        {
          guint step, run = ascii_alnum_run_at (text, pos, limit, &step);
          pos += run;
          if (run == step)
            continue;
          if (pos >= end)
            break;
        }
      else if (ascii_word_char ((guchar)text[pos]))
        {
          pos++; /* near the text's end: an ASCII letter or digit */
          continue;
        }
      /* Here the byte at pos is no ASCII letter or digit (a run stopped at it). */
      guchar a = (guchar)text[pos];
      if (a < 0x80 && a != '\'' && a != '-')
        break;
      gsize w1 = 0, w2 = 0;
      gunichar d = get_char (text, pos, &w1);
      gunichar last = d, e = 0;
      if (is_word_char (d))
        {
          if (precis_is_unspaced (d) && ascii_word_char ((guchar)text[pos - 1]))
            break;
          pos += w1;
        }
      else if (is_joiner (d) && pos + w1 < end && is_word_char (e = get_char (text, pos + w1, &w2)))
        {
          pos += w1 + w2;
          last = e;
        }
      else
        break;
      if (precis_is_unspaced (last) && pos < end && ascii_word_char ((guchar)text[pos]))
        break;
    }
  return pos;
}

/* For the word that opens at @pos (its first character @w bytes), the words it counts for beyond
 * one: unspaced_words() of the run the tokenizer reads there, less one. Called only for a word
 * opened by a lead byte from 0xE3 on, so that the loop over other words carries nothing for it:
 * a test of the lead byte after the word's end cost 14 M instructions over the speed bench's
 * English articles (the byte kept on the stack across the word's scan, stored and reloaded, a
 * compare and branch, and the inlined cache probe's registers allocated worse). */
static G_NO_INLINE guint
unspaced_words_beyond_one (const gchar *text, gsize pos, gsize w, gsize end, gsize limit)
{
  gsize stop = MIN (word_end (text, pos, w, end, limit), end);
  return unspaced_words (text + pos, stop - pos) - 1;
}

/* A word read and hashed, its look-up to come (precis_tokenizer_run()). */
typedef struct
{
  gsize start;
  gsize len;
  Key k;
  guint32 hash;
} Pending;

/* Words read ahead of their look-ups: enough for their slots' fetches to overlap. */
#define PENDING_WORDS 16

/* The document's terms start with this many slots at most (a news article has a few hundred
 * terms), and at least TERMS_MIN_SLOTS; they double when half full. */
#define TERMS_MAX_START_SLOTS 8192u
#define TERMS_MIN_SLOTS 256u

/* The home slot of the term of cache value @value. */
static inline guint32
term_home (guint value, guint32 mask)
{
  return (guint32)(((guint64)value * HASH_MULTIPLIER) >> 32) & mask;
}

/* The slot of @value among @terms, or the empty slot where it would go. */
static inline Term *
term_find (Term *terms, guint32 mask, guint value)
{
  guint32 i = term_home (value, mask);
  while (terms[i].value != value && terms[i].value != 0)
    i = (i + 1) & mask;
  return &terms[i];
}

/* tok->terms emptied with @n_slots slots (a power of two), reallocated when too small or far too
 * large. */
static void
terms_reset (PrecisTokenizer *tok, guint32 n_slots)
{
  if (tok->n_terms_allocated < n_slots || tok->n_terms_allocated > 4 * TERMS_MAX_START_SLOTS)
    {
      g_free (tok->terms);
      tok->terms = g_new (Term, n_slots);
      tok->n_terms_allocated = n_slots;
    }
  tok->terms_mask = n_slots - 1;
  for (guint32 i = 0; i < n_slots; i++)
    tok->terms[i].value = 0;
}

/* tok->terms doubled, its terms placed again. */
static G_NO_INLINE void
terms_grow (PrecisTokenizer *tok)
{
  guint32 n_old = tok->terms_mask + 1;
  Term *old = tok->terms, *terms = g_new (Term, 2 * n_old);
  guint32 mask = 2 * n_old - 1;
  for (guint32 i = 0; i <= mask; i++)
    terms[i].value = 0;
  for (guint32 i = 0; i < n_old; i++)
    if (old[i].value != 0)
      *term_find (terms, mask, old[i].value) = old[i];
  g_free (old);
  tok->terms = terms;
  tok->terms_mask = mask;
  tok->n_terms_allocated = 2 * n_old;
}

void
precis_tokenizer_forget (PrecisTokenizer *tok)
{
  clear_caches (tok);
}

guint
precis_tokenizer_get_n_forms (const PrecisTokenizer *tok)
{
  return tok->cache.n_used;
}

void
precis_tokenizer_run (PrecisTokenizer *tok, const gchar *text, const PrecisSpan *spans, guint n_spans,
                      PrecisTokens *out)
{
  /* Caches that grew are emptied when the process's are over their budget: the summaries are the
   * same (ids are the document's own), the forms are stemmed again. */
  if (tok->cache.n_used >= CACHE_MAX_FORMS || tok->n_global > CACHE_MAX_ENTRIES
      || (tok->cache.mask + 1 > CACHE_INITIAL_SLOTS && caches_over_budget ()))
    clear_caches (tok);
  memset (out, 0, sizeof *out);
  /* About one content word per TOKEN_BYTES_ESTIMATE bytes of text. */
  gsize n_bytes = n_spans > 0 ? spans[n_spans - 1].end - spans[0].start : 0;
  guint32 n_term_slots = TERMS_MIN_SLOTS;
  while (n_term_slots < TERMS_MAX_START_SLOTS && n_term_slots < n_bytes / TOKEN_BYTES_ESTIMATE)
    n_term_slots *= 2;
  terms_reset (tok, n_term_slots);
  out->capacity = (guint)MIN (n_bytes / TOKEN_BYTES_ESTIMATE + 16, G_MAXUINT / 4);
  out->tokens = g_new (PrecisToken, out->capacity);
  out->first = g_new0 (guint, n_spans + 1);
  out->n_words = g_new0 (guint, n_spans + 1);
  out->n_sentences = n_spans;
  /* Every span lies within the text: words may be read eight bytes at a time up to here. */
  gsize limit = 0;
  for (guint s = 0; s < n_spans; s++)
    limit = MAX (limit, spans[s].end);

  /* The output's counts and array in locals, written back at the end: the stores through
   * out->tokens might otherwise alias them (-fno-strict-aliasing), and be reloaded at each word. */
  PrecisToken *tokens = out->tokens;
  guint n_tokens = 0, capacity = out->capacity, n_terms = 0;
  /* The terms' table likewise (read again only when it grows). */
  Term *terms = tok->terms;
  guint32 terms_mask = tok->terms_mask;
  Pending pending[PENDING_WORDS];
  for (guint s = 0; s < n_spans; s++)
    {
      out->first[s] = n_tokens;
      guint n_words = 0;
      gsize pos = spans[s].start, end = spans[s].end;
      while (pos < end)
        {
          /* A sentence's words are read PENDING_WORDS at a time: each one's slot in the cache is
           * hashed and fetched from memory as it is read, then the words are looked up and their
           * tokens written in order. The cache outgrows the processor's nearer caches (2 MB for the
           * news sets' 60,000 forms), and a look-up waiting for its slot was most of the loop's
           * time; fetched ahead, the slots of several words come in at once. */
          guint n_pending = 0;
          while (pos < end && n_pending < PENDING_WORDS)
            {
              gsize w = 1, start, stop;
#ifdef __SSE2__
              /* Sixteen bytes from pos: the ASCII bytes before the next word skipped at once, and an
               * ASCII word read whole when its run of letters and digits ends among them on a byte that
               * ends a word in any case (ASCII, no apostrophe or hyphen); else word_end() goes on
               * from the run's end, as it would have from the word's second byte. */
              if (pos + 16 <= limit)
                {
                  guint high, alnum = ascii_alnum_bits16 (text + pos, &high), stops = alnum | high;
                  if (stops == 0)
                    {
                      pos += 16;
                      continue;
                    }
                  guint k = (guint)__builtin_ctz (stops);
                  pos += k;
                  if (pos >= end)
                    break;
                  if ((alnum >> k) & 1)
                    {
                      guint run = (guint)__builtin_ctz (~(alnum >> k)); /* at most 16 - k */
                      guchar a = k + run < 16 ? (guchar)text[pos + run] : '\'';
                      start = pos;
                      stop = !may_go_on[a] ? pos + run : word_end (text, pos, run, end, limit);
                      goto word;
                    }
                }
#endif
              guchar b = (guchar)text[pos];
              /* The ASCII bytes between words (a space, ", ") in a loop of their own. */
              while (b < 0x80 && !ascii_word_char (b))
                {
                  if (++pos >= end)
                    goto read;
                  b = (guchar)text[pos];
                }
              if (b >= 0x80)
                {
                  if (!is_word_char (get_char (text, pos, &w)))
                    {
                      pos += w;
                      continue;
                    }
                  /* Ideographs and kana open with a lead byte from 0xE3 on: only such a word may count
                   * for more than one, counted here, off the path of other words. */
                  if (b >= 0xE3)
                    n_words += unspaced_words_beyond_one (text, pos, w, end, limit);
                }
              start = pos;
              stop = word_end (text, pos, w, end, limit);
#ifdef __SSE2__
            word:
#endif
              pos = MIN (stop, end); /* a run read eight bytes at a time may pass the span's end */
              gsize len = pos - start;
              n_words++;
              /* One character ("a", "5", "א") is no term; nor is a runaway "word". */
              if (pos - start == w || len > MAX_WORD_BYTES)
                continue;
              Pending *p = &pending[n_pending++];
              p->start = start;
              p->len = len;
              p->k = key_of (text + start, len, limit - start);
              p->hash = hash_word (p->k.head, text + start, len, limit - start);
              __builtin_prefetch (&tok->cache.slots[p->hash & tok->cache.mask]);
            }
        read:
          for (guint i = 0; i < n_pending; i++)
            {
              const Pending *p = &pending[i];
              guint value = lookup_hashed (tok, text + p->start, p->len, limit - p->start, &p->k, p->hash);
              if (value == CACHE_STOP)
                continue;
              if (G_UNLIKELY (n_tokens == capacity))
                {
                  capacity *= 2;
                  tokens = g_renew (PrecisToken, tokens, capacity);
                }
              Term *term = term_find (terms, terms_mask, value);
              if (term->value == 0)
                {
                  if (G_UNLIKELY (2 * (n_terms + 1) > terms_mask + 1))
                    {
                      terms_grow (tok);
                      terms = tok->terms;
                      terms_mask = tok->terms_mask;
                      term = term_find (terms, terms_mask, value);
                    }
                  *term = (Term){ value, n_terms++ };
                }
              tokens[n_tokens++]
                  = (PrecisToken){ (guint32)p->start, (guint32)((guint64)p->start >> 32 << 8 | p->len),
                                   term->local };
            }
        }
      out->n_words[s] = n_words;
    }
  out->first[n_spans] = n_tokens;
  out->tokens = tokens;
  out->n_tokens = n_tokens;
  out->capacity = capacity;
  out->n_terms = n_terms;
  caches_count (tok);
}

/* lookup() for the callers off the hot path, so that the tokenizer's loop keeps it inlined. */
static G_NO_INLINE guint
lookup_outside (PrecisTokenizer *tok, const gchar *word, gsize len, gsize readable)
{
  return lookup (tok, word, len, readable);
}

const gchar *
precis_tokenizer_stem (PrecisTokenizer *tok, const gchar *word, gsize len)
{
  g_return_val_if_fail (len <= MAX_WORD_BYTES, NULL);
  guint value = lookup_outside (tok, word, len, len);
  return value == CACHE_STOP ? NULL : g_ptr_array_index (tok->stem_names, value - 1);
}

guint
precis_tokenizer_find_terms (PrecisTokenizer *tok, const gchar *text, gsize len, GArray *terms)
{
  guint globals[MAX_FIND_TERMS];
  guint n_words = 0;
  gsize pos = 0;
  while (pos < len && n_words < MAX_FIND_TERMS)
    {
      gsize w = 0;
      gunichar c = get_char (text, pos, &w);
      if (!is_word_char (c))
        {
          pos += w;
          continue;
        }
      gsize start = pos;
      pos = MIN (word_end (text, pos, w, len, len), len);
      gsize n = pos - start;
      if (n == w || n > MAX_WORD_BYTES)
        continue;
      guint value = lookup_outside (tok, text + start, n, len - start);
      if (value == CACHE_STOP)
        continue;
      guint global = value - 1;
      gboolean seen = FALSE;
      for (guint k = 0; k < n_words && !seen; k++)
        seen = globals[k] == global;
      if (seen)
        continue;
      globals[n_words++] = global;
      /* In the document when the last run gave it a local id. */
      const Term *term = tok->terms != NULL ? term_find (tok->terms, tok->terms_mask, value) : NULL;
      if (term != NULL && term->value != 0)
        g_array_append_val (terms, term->local);
    }
  return n_words;
}

void
precis_tokens_clear (PrecisTokens *tokens)
{
  g_free (tokens->tokens);
  g_free (tokens->first);
  g_free (tokens->n_words);
  memset (tokens, 0, sizeof *tokens);
}
