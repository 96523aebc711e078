/* lexicon.c - an English word's possible parts of speech, for headline.c, and the verbs of
 * saying (precis_lexicon_saying(), for editor.c).
 *
 * Closed classes (determiners, prepositions, auxiliaries, modals, conjunctions, pronouns) are
 * listed below. Open classes come from data/lexicon/english.txt, built from WordNet 3.0's
 * index files by scripts/make-lexicon.py: it lists every word WordNet knows as a verb,
 * adjective or adverb (with its noun reading when it has one) and the irregular past forms;
 * a word it does not list is a noun or a name. Regular inflections are undone before the
 * look-up: -s/-es/-ies, -ed/-d/-ied and a doubled consonant, -ing. The table (34,000 words,
 * 410 KB) is read from the GResource into an open-addressing hash table of its own once per
 * process (about a million instructions); a look-up is then O(word length).
 */
#include "config.h"

#include <string.h>

#include "base/data.h"
#include "base/lexicon.h"
#include "base/text.h"

/* Longest word looked up; longer ones are nouns (or chemical names). */
#define LEXICON_MAX_WORD 40

static const struct
{
  const gchar *word;
  guint tags;
} closed_class[] = {
  { "the", PRECIS_POS_DET },
  { "a", PRECIS_POS_DET },
  { "an", PRECIS_POS_DET },
  { "this", PRECIS_POS_DET },
  { "that", PRECIS_POS_DET | PRECIS_POS_WH },
  { "these", PRECIS_POS_DET },
  { "those", PRECIS_POS_DET },
  { "some", PRECIS_POS_DET },
  { "any", PRECIS_POS_DET },
  { "each", PRECIS_POS_DET },
  { "every", PRECIS_POS_DET },
  { "no", PRECIS_POS_DET },
  { "another", PRECIS_POS_DET },
  { "such", PRECIS_POS_DET },
  { "his", PRECIS_POS_POSS },
  { "her", PRECIS_POS_POSS | PRECIS_POS_OBJECT },
  { "its", PRECIS_POS_POSS },
  { "their", PRECIS_POS_POSS },
  { "our", PRECIS_POS_POSS },
  { "my", PRECIS_POS_POSS },
  { "your", PRECIS_POS_POSS },
  { "i", PRECIS_POS_PRONOUN },
  { "he", PRECIS_POS_PRONOUN },
  { "she", PRECIS_POS_PRONOUN },
  { "it", PRECIS_POS_PRONOUN | PRECIS_POS_OBJECT },
  { "we", PRECIS_POS_PRONOUN },
  { "they", PRECIS_POS_PRONOUN },
  { "you", PRECIS_POS_PRONOUN | PRECIS_POS_OBJECT },
  { "it's", PRECIS_POS_PRONOUN },
  { "he's", PRECIS_POS_PRONOUN },
  { "she's", PRECIS_POS_PRONOUN },
  { "i'm", PRECIS_POS_PRONOUN },
  { "i've", PRECIS_POS_PRONOUN },
  { "i'd", PRECIS_POS_PRONOUN },
  { "i'll", PRECIS_POS_PRONOUN },
  { "we're", PRECIS_POS_PRONOUN },
  { "we've", PRECIS_POS_PRONOUN },
  { "we'll", PRECIS_POS_PRONOUN },
  { "they're", PRECIS_POS_PRONOUN },
  { "they've", PRECIS_POS_PRONOUN },
  { "they'll", PRECIS_POS_PRONOUN },
  { "you're", PRECIS_POS_PRONOUN },
  { "you've", PRECIS_POS_PRONOUN },
  { "me", PRECIS_POS_OBJECT },
  { "him", PRECIS_POS_OBJECT },
  { "us", PRECIS_POS_OBJECT },
  { "them", PRECIS_POS_OBJECT },
  { "of", PRECIS_POS_PREP },
  { "in", PRECIS_POS_PREP },
  { "on", PRECIS_POS_PREP },
  { "at", PRECIS_POS_PREP },
  { "for", PRECIS_POS_PREP },
  { "from", PRECIS_POS_PREP },
  { "with", PRECIS_POS_PREP },
  { "by", PRECIS_POS_PREP },
  { "over", PRECIS_POS_PREP },
  { "into", PRECIS_POS_PREP },
  { "onto", PRECIS_POS_PREP },
  { "against", PRECIS_POS_PREP },
  { "about", PRECIS_POS_PREP },
  { "under", PRECIS_POS_PREP },
  { "during", PRECIS_POS_PREP },
  { "amid", PRECIS_POS_PREP },
  { "through", PRECIS_POS_PREP },
  { "throughout", PRECIS_POS_PREP },
  { "without", PRECIS_POS_PREP },
  { "within", PRECIS_POS_PREP },
  { "among", PRECIS_POS_PREP },
  { "between", PRECIS_POS_PREP },
  { "across", PRECIS_POS_PREP },
  { "near", PRECIS_POS_PREP },
  { "around", PRECIS_POS_PREP },
  { "behind", PRECIS_POS_PREP },
  { "beyond", PRECIS_POS_PREP },
  { "despite", PRECIS_POS_PREP },
  { "toward", PRECIS_POS_PREP },
  { "towards", PRECIS_POS_PREP },
  { "upon", PRECIS_POS_PREP },
  { "via", PRECIS_POS_PREP },
  { "per", PRECIS_POS_PREP },
  { "along", PRECIS_POS_PREP },
  { "alongside", PRECIS_POS_PREP },
  { "including", PRECIS_POS_PREP },
  { "than", PRECIS_POS_PREP },
  { "like", PRECIS_POS_PREP | PRECIS_POS_VERB },
  { "following", PRECIS_POS_PREP | PRECIS_POS_ING },
  { "after", PRECIS_POS_PREP | PRECIS_POS_SUBORD },
  { "before", PRECIS_POS_PREP | PRECIS_POS_SUBORD },
  { "since", PRECIS_POS_PREP | PRECIS_POS_SUBORD },
  { "until", PRECIS_POS_PREP | PRECIS_POS_SUBORD },
  { "till", PRECIS_POS_PREP | PRECIS_POS_SUBORD | PRECIS_POS_NOUN }, /* also a cash till */
  { "as", PRECIS_POS_PREP | PRECIS_POS_SUBORD },
  { "to", PRECIS_POS_TO },
  { "is", PRECIS_POS_AUX },
  { "are", PRECIS_POS_AUX },
  { "was", PRECIS_POS_AUX },
  { "were", PRECIS_POS_AUX },
  { "am", PRECIS_POS_AUX },
  { "has", PRECIS_POS_AUX },
  { "have", PRECIS_POS_AUX },
  { "had", PRECIS_POS_AUX },
  { "do", PRECIS_POS_AUX },
  { "does", PRECIS_POS_AUX },
  { "did", PRECIS_POS_AUX },
  { "be", PRECIS_POS_NONFINITE },
  { "been", PRECIS_POS_NONFINITE },
  { "being", PRECIS_POS_NONFINITE },
  { "having", PRECIS_POS_NONFINITE },
  { "isn't", PRECIS_POS_AUX },
  { "aren't", PRECIS_POS_AUX },
  { "wasn't", PRECIS_POS_AUX },
  { "weren't", PRECIS_POS_AUX },
  { "hasn't", PRECIS_POS_AUX },
  { "haven't", PRECIS_POS_AUX },
  { "hadn't", PRECIS_POS_AUX },
  { "don't", PRECIS_POS_AUX },
  { "doesn't", PRECIS_POS_AUX },
  { "didn't", PRECIS_POS_AUX },
  { "won't", PRECIS_POS_MODAL },
  { "wouldn't", PRECIS_POS_MODAL },
  { "can't", PRECIS_POS_MODAL },
  { "cannot", PRECIS_POS_MODAL },
  { "couldn't", PRECIS_POS_MODAL },
  { "shouldn't", PRECIS_POS_MODAL },
  { "mustn't", PRECIS_POS_MODAL },
  { "will", PRECIS_POS_MODAL },
  { "would", PRECIS_POS_MODAL },
  { "can", PRECIS_POS_MODAL },
  { "could", PRECIS_POS_MODAL },
  { "may", PRECIS_POS_MODAL },
  { "might", PRECIS_POS_MODAL },
  { "must", PRECIS_POS_MODAL },
  { "shall", PRECIS_POS_MODAL },
  { "should", PRECIS_POS_MODAL },
  { "and", PRECIS_POS_CONJ },
  { "or", PRECIS_POS_CONJ },
  { "but", PRECIS_POS_CONJ },
  { "nor", PRECIS_POS_CONJ },
  { "while", PRECIS_POS_SUBORD },
  { "whilst", PRECIS_POS_SUBORD },
  { "although", PRECIS_POS_SUBORD },
  { "though", PRECIS_POS_SUBORD },
  { "because", PRECIS_POS_SUBORD },
  { "whereas", PRECIS_POS_SUBORD },
  { "if", PRECIS_POS_SUBORD },
  { "unless", PRECIS_POS_SUBORD },
  { "when", PRECIS_POS_SUBORD },
  { "whenever", PRECIS_POS_SUBORD },
  { "where", PRECIS_POS_SUBORD },
  { "once", PRECIS_POS_SUBORD },
  { "whether", PRECIS_POS_SUBORD },
  { "which", PRECIS_POS_WH },
  { "who", PRECIS_POS_WH },
  { "whom", PRECIS_POS_WH },
  { "whose", PRECIS_POS_WH },
};

/* The table: open addressing over a power of two, linear probing, a multiplicative hash of the
 * word's bytes eight at a time. LEXICON_SLOTS holds the 34,000 words at about half full, so a
 * probe stops within a slot or two. A slot holds the word's first eight bytes (a shorter word's
 * bytes with its length in the eighth), so that a word of up to seven bytes, most of those looked
 * up, is found by the slot alone; a longer one is compared with its key in the keys' block, where
 * each key follows a byte that holds its length. (The table outgrows the processor's nearest
 * cache: a look-up that went on to compare a key held elsewhere waited for two reads from
 * memory.) No listed word holds a byte below 8, so a short word's head is no longer word's. */
#define LEXICON_SLOTS (1u << 16)

typedef struct
{
  guint64 head; /* head_of() the key */
  guint32 key;  /* 0: an empty slot; else the offset of the key in Lexicon.keys */
  guint32 tags;
} Slot;

typedef struct
{
  Slot slots[LEXICON_SLOTS];
  GString *keys; /* each key once: its length (255 for any longer), its bytes and a NUL */
} Lexicon;

/* 2^64 divided by the golden ratio: a multiplier that spreads a word's bits upwards. */
#define HASH_MULTIPLIER G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)

/* The hash of a word from its bytes' hash @h and its length @len. */
static inline guint32
hash_end (guint64 h, gsize len)
{
  return (guint32)(((h ^ len) * HASH_MULTIPLIER) >> 32);
}

/* The hash of the @len bytes at @w: eight bytes a step (the last zero-padded), then the length.
 * Where a word is placed in the table, never whether it is found (the words are compared). */
static inline guint32
hash_bytes (const gchar *w, gsize len)
{
  guint64 h = 0;
  for (gsize i = 0; i < len; i += 8)
    {
      guint64 chunk = 0;
      memcpy (&chunk, w + i, MIN (len - i, 8));
      h = (h ^ chunk) * HASH_MULTIPLIER;
    }
  return hash_end (h, len);
}

/* What a slot keeps of the @len bytes at @w: the first eight, or all of a shorter word's, zero-
 * padded, with its length in the eighth. */
static inline guint64
head_of (const gchar *w, gsize len)
{
  guchar bytes[8] = { 0 };
  memcpy (bytes, w, MIN (len, 8));
  if (len < 8)
    bytes[7] = (guchar)len;
  guint64 head;
  memcpy (&head, bytes, 8);
  return head;
}

/* The slot of the @len bytes at @w (no NUL among them, and a NUL after them) of hash @h and head
 * @head: the one holding them, or the empty one where they would go. */
static inline Slot *
slot_find (Lexicon *t, const gchar *w, gsize len, guint64 head, guint32 h)
{
  for (guint32 i = h & (LEXICON_SLOTS - 1);; i = (i + 1) & (LEXICON_SLOTS - 1))
    {
      Slot *slot = &t->slots[i];
      if (slot->key == 0)
        return slot;
      if (slot->head != head)
        continue;
      if (len < 8)
        return slot; /* the head holds the whole word and its length */
      const gchar *k = t->keys->str + slot->key;
      if ((guchar)k[-1] == MIN (len, 255)
          && (len < 255 ? memcmp (k + 8, w + 8, len - 8) == 0 : strcmp (k, w) == 0))
        return slot;
    }
}

/* The slot of the NUL-terminated @w. */
static Slot *
slot_of (Lexicon *t, const gchar *w)
{
  gsize len = strlen (w);
  return slot_find (t, w, len, head_of (w, len), hash_bytes (w, len));
}

/* Sets @word's classes to @tags (a word listed twice keeps the last). A table three quarters
 * full takes no more words (a lexicon file grown past it is a build error, reported once), so
 * that a probe always finds an empty slot. */
static void
insert (Lexicon *t, const gchar *word, guint tags, guint *n_words)
{
  gsize len = strlen (word);
  if (len >= 8 && (guchar)word[7] < 8)
    {
      g_critical ("the headline lexicon has a control character in %s: left out", word);
      return;
    }
  Slot *slot = slot_of (t, word);
  if (slot->key == 0)
    {
      if (*n_words >= LEXICON_SLOTS / 4 * 3)
        {
          g_critical ("the headline lexicon holds more words than its table: %s left out", word);
          return;
        }
      g_string_append_c (t->keys, (gchar)MIN (len, 255));
      slot->key = (guint32)t->keys->len;
      slot->head = head_of (word, len);
      g_string_append_len (t->keys, word, (gssize)len + 1);
      ++*n_words;
    }
  slot->tags = tags;
}

/* The table, built at the first look-up (lexicon_load) and kept for the process's lifetime. */
static Lexicon *lexicon_table;

static G_GNUC_NO_INLINE Lexicon *
lexicon_load (void)
{
  if (g_once_init_enter (&lexicon_table))
    {
      /* The table and its keys are kept for the process's lifetime; the file's copy is not. */
      Lexicon *t = g_new0 (Lexicon, 1);
      t->keys = g_string_sized_new (512 * 1024);
      guint n_words = 0;
      g_autoptr (GBytes) data = precis_data_lookup ("lexicon/english.txt");
      gsize len = 0;
      const gchar *bytes = data ? g_bytes_get_data (data, &len) : "";
      g_autofree gchar *copy = g_strndup (bytes, len);
      for (gchar *line = copy; line != NULL && *line != '\0';)
        {
          gchar *next = strchr (line, '\n');
          if (next != NULL)
            *next++ = '\0';
          gchar *tab = strchr (line, '\t');
          if (line[0] != '#' && tab != NULL)
            {
              *tab = '\0';
              guint tags = 0;
              for (const gchar *c = tab + 1; *c; c++)
                tags |= *c == 'n'   ? PRECIS_POS_NOUN
                        : *c == 'v' ? PRECIS_POS_VERB
                        : *c == 'p' ? PRECIS_POS_PAST
                        : *c == 'j' ? PRECIS_POS_ADJ
                        : *c == 'r' ? PRECIS_POS_ADV
                                    : 0;
              insert (t, line, tags, &n_words);
            }
          line = next;
        }
      for (gsize i = 0; i < G_N_ELEMENTS (closed_class); i++)
        insert (t, closed_class[i].word, closed_class[i].tags, &n_words);
      g_once_init_leave (&lexicon_table, t);
    }
  return lexicon_table;
}

/* The table: once built, one load (with acquire ordering, as g_once_init_enter's own test) and no
 * call, since every look-up asks for it. */
static inline Lexicon *
lexicon_get (void)
{
  Lexicon *t = g_atomic_pointer_get (&lexicon_table);
  return G_LIKELY (t != NULL) ? t : lexicon_load ();
}

/* Whether the @len bytes of @w end with @suffix. */
static inline gboolean
ends_with (const gchar *w, gsize len, const gchar *suffix)
{
  gsize n = strlen (suffix);
  return len >= n && memcmp (w + len - n, suffix, n) == 0;
}

static guint
lookup (Lexicon *t, const gchar *word)
{
  Slot *slot = slot_of (t, word);
  return slot->key != 0 ? slot->tags : 0;
}

/* Whether the first @n bytes of @word are a verb, trying them + "e" and without a doubled
 * final consonant ("stopp" -> "stop") as well. */
static gboolean
verb_stem (Lexicon *t, const gchar *word, gsize n)
{
  gchar stem[LEXICON_MAX_WORD + 2];
  if (n < 2 || n > LEXICON_MAX_WORD)
    return FALSE;
  memcpy (stem, word, n);
  stem[n] = '\0';
  if (lookup (t, stem) & PRECIS_POS_VERB)
    return TRUE;
  if (n >= 3 && stem[n - 1] == stem[n - 2] && !strchr ("aeiouls", stem[n - 1]))
    {
      stem[n - 1] = '\0';
      if (lookup (t, stem) & PRECIS_POS_VERB)
        return TRUE;
      stem[n - 1] = stem[n - 2];
    }
  stem[n] = 'e';
  stem[n + 1] = '\0';
  return (lookup (t, stem) & PRECIS_POS_VERB) != 0;
}

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
/* One eight-byte step of the word's hash from byte @i: FALSE when its bytes (up to eight, to the
 * word's end) are not all ASCII or hold a NUL; else *@lower, those bytes lower-cased (the ones past
 * the word 0). precis_lexicon_english() and its prefetch hash by the same steps. */
static inline gboolean
ascii_step (const gchar *word, gsize len, gsize i, guint64 *lower)
{
  gsize k = MIN (len - i, 8);
  guint64 v = 0;
  if (k == 8)
    memcpy (&v, word + i, 8);
  else
    memcpy (&v, word + i, k);
  /* The bytes past the word made 0x01, so that only a NUL of the word is a zero byte. */
  guint64 x = k == 8 ? v : v | PRECIS_BYTES (1) << (8 * k);
  if ((v & PRECIS_BYTES_HIGH) != 0 || ((x - PRECIS_BYTES (1)) & ~x & PRECIS_BYTES_HIGH) != 0)
    return FALSE;
  *lower = precis_ascii_lower_bytes (v);
  return TRUE;
}
#endif

void
precis_lexicon_english_prefetch (const gchar *word, gsize len)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  if (len == 0 || len > LEXICON_MAX_WORD)
    return;
  /* The hash of precis_lexicon_english()'s eight-byte steps, without their tests: for a word they
   * would reject (a byte outside ASCII, a NUL) the slot fetched is one of no use, never a wrong
   * read (a prefetch changes nothing), and such words are few. */
  guint64 h = 0;
  for (gsize i = 0; i < len; i += 8)
    {
      guint64 v = 0;
      memcpy (&v, word + i, MIN (len - i, 8));
      h = (h ^ precis_ascii_lower_bytes (v)) * HASH_MULTIPLIER;
    }
  __builtin_prefetch (&lexicon_get ()->slots[hash_end (h, len) & (LEXICON_SLOTS - 1)]);
#else
  (void)word;
  (void)len;
#endif
}

guint
precis_lexicon_english (const gchar *word, gsize len)
{
  if (len == 0 || len > LEXICON_MAX_WORD)
    return PRECIS_POS_NOUN;
  /* Room for the eight bytes a step below writes past the word. */
  gchar w[LEXICON_MAX_WORD + 8];
  gsize n = 0, i = 0;
  gboolean nul = FALSE;
  guint64 h = 0; /* hash_bytes() of w[0, n) as far as the steps go */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  /* Lower-cased and hashed eight bytes a step while they are ASCII with no NUL (nearly every
   * word)... */
  for (; i < len; i += 8)
    {
      guint64 lower;
      if (!ascii_step (word, len, i, &lower))
        break;
      memcpy (w + n, &lower, 8);
      h = (h ^ lower) * HASH_MULTIPLIER;
      n += MIN (len - i, 8);
    }
#endif
  gboolean hashed = i >= len;
  /* ... and the rest a byte at a time: a NUL ends the word looked up, as in slot_of() */
  for (; i < len; i++)
    {
      guchar c = (guchar)word[i];
      if ((guchar)(c - 1) >= 0x7F) /* one test for a NUL and a byte over ASCII */
        {
          /* A curly apostrophe (U+2019, or U+2018 typed for one) is the ASCII one: "don’t", "it’s" */
          if (c == 0xE2 && i + 2 < len && (guchar)word[i + 1] == 0x80
              && ((guchar)word[i + 2] == 0x99 || (guchar)word[i + 2] == 0x98))
            {
              c = '\'';
              i += 2;
            }
          else if (c != '\0')
            return PRECIS_POS_NOUN;
          else
            nul = TRUE;
        }
      else
        c = (guchar)precis_ascii_lower ((gchar)c);
      w[n++] = (gchar)c;
    }
  len = n;
  w[len] = '\0';
  Lexicon *t = lexicon_get ();
  const Slot *slot;
  if (nul)
    slot = slot_of (t, w);
  else if (hashed)
    {
      /* head_of (w, len) without its copy of a length's bytes: the steps wrote w's first eight
       * bytes, zero past the word, so its length goes in the eighth of a shorter one */
      guint64 head;
      memcpy (&head, w, 8);
      if (len < 8)
        head |= (guint64)len << 56;
      slot = slot_find (t, w, len, head, hash_end (h, len));
    }
  else
    slot = slot_find (t, w, len, head_of (w, len), hash_bytes (w, len));
  gboolean known = slot->key != 0;
  guint tags = known ? slot->tags : PRECIS_POS_NOUN;
  if (tags
      & (PRECIS_POS_DET | PRECIS_POS_PREP | PRECIS_POS_AUX | PRECIS_POS_MODAL | PRECIS_POS_CONJ
         | PRECIS_POS_WH | PRECIS_POS_PRONOUN | PRECIS_POS_OBJECT | PRECIS_POS_POSS | PRECIS_POS_TO
         | PRECIS_POS_NONFINITE | PRECIS_POS_SUBORD))
    return tags;
  /* Regular inflections of a verb; an unknown word that is one is not also a noun. */
  if (!known && len > 4 && (ends_with (w, len, "ed") || ends_with (w, len, "ing")))
    tags = 0;
  if (len > 4 && ends_with (w, len, "ing") && verb_stem (t, w, len - 3))
    tags |= PRECIS_POS_ING;
  else if (len > 4 && ends_with (w, len, "ied"))
    {
      w[len - 3] = 'y';
      w[len - 2] = '\0';
      if (lookup (t, w) & PRECIS_POS_VERB)
        tags |= PRECIS_POS_PAST;
    }
  /* a verb's own base form is no past of another ("seed" of "see", "feed" of "fee") */
  else if (len > 3 && ends_with (w, len, "ed") && !(tags & PRECIS_POS_VERB)
           && (verb_stem (t, w, len - 2) || verb_stem (t, w, len - 1)))
    tags |= PRECIS_POS_PAST;
  else if (len > 3 && w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != '\'')
    {
      if (len > 4 && ends_with (w, len, "ies"))
        {
          w[len - 3] = 'y';
          w[len - 2] = '\0';
        }
      else
        w[len - 1] = '\0';
      if ((lookup (t, w) & PRECIS_POS_VERB)
          || (len > 3 && w[len - 2] == 'e' && (w[len - 2] = '\0', lookup (t, w) & PRECIS_POS_VERB)))
        tags |= PRECIS_POS_THIRD | PRECIS_POS_NOUN;
    }
  else if (len > 5 && ends_with (w, len, "ly") && !known)
    tags = PRECIS_POS_ADV;
  return tags != 0 ? tags : PRECIS_POS_NOUN;
}

gboolean
precis_lexicon_english_known (const gchar *word, gsize len)
{
  if (len == 0 || len > LEXICON_MAX_WORD)
    return FALSE;
  gchar w[LEXICON_MAX_WORD + 1];
  for (gsize i = 0; i < len; i++)
    {
      if ((guchar)word[i] == 0 || (guchar)word[i] >= 0x80)
        return FALSE;
      w[i] = precis_ascii_lower (word[i]);
    }
  w[len] = '\0';
  Lexicon *t = lexicon_get ();
  if (lookup (t, w) != 0)
    return TRUE;
  /* a plural or a third person of a listed word ("shoppers", "boxes") */
  if (len > 3 && w[len - 1] == 's')
    {
      w[len - 1] = '\0';
      if (lookup (t, w) != 0)
        return TRUE;
      if (w[len - 2] == 'e')
        {
          w[len - 2] = '\0';
          return lookup (t, w) != 0;
        }
    }
  return FALSE;
}

/* The forms precis_lexicon_saying() knows, each its bit (1 << its index): at most 32. */
static const struct
{
  const gchar *word;
  gsize len;
} saying_forms[] = {
  { "said", 4 },    { "says", 4 },     { "say", 3 },       { "added", 5 }, { "adds", 4 },
  { "told", 4 },    { "tells", 5 },    { "explained", 9 }, { "noted", 5 }, { "stated", 6 },
  { "replied", 7 }, { "insisted", 8 }, { "continued", 9 }, { "wrote", 5 }, { "asked", 5 },
};

guint32
precis_lexicon_saying (const gchar *word, gsize len)
{
  if (len == 0)
    return 0;
  gchar first = g_ascii_tolower (word[0]);
  for (guint k = 0; k < G_N_ELEMENTS (saying_forms); k++)
    if (saying_forms[k].len == len && saying_forms[k].word[0] == first
        && g_ascii_strncasecmp (word + 1, saying_forms[k].word + 1, len - 1) == 0)
      return 1u << k;
  return 0;
}
