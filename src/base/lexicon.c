/* lexicon.c - an English word's possible parts of speech, for headline.c.
 *
 * Closed classes (determiners, prepositions, auxiliaries, modals, conjunctions, pronouns) are
 * listed below. Open classes come from data/lexicon/english.txt, built from WordNet 3.0's
 * index files by scripts/make-lexicon.py: it lists every word WordNet knows as a verb,
 * adjective or adverb (with its noun reading when it has one) and the irregular past forms;
 * a word it does not list is a noun or a name. Regular inflections are undone before the
 * look-up: -s/-es/-ies, -ed/-d/-ied and a doubled consonant, -ing. The table (34,000 words,
 * 410 KB) is read from the GResource into a hash table once per process, in about 3 ms;
 * a look-up is then O(word length).
 */
#include "config.h"

#include <string.h>

#include "base/data.h"
#include "base/lexicon.h"

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

static GHashTable *
lexicon_get (void)
{
  static GHashTable *table;
  if (g_once_init_enter (&table))
    {
      /* Keys and values point into one copy of the file, kept for the process's lifetime. */
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr (GBytes) data = precis_data_lookup ("lexicon/english.txt");
      gsize len = 0;
      const gchar *bytes = data ? g_bytes_get_data (data, &len) : "";
      gchar *copy = g_strndup (bytes, len);
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
              g_hash_table_insert (t, line, GUINT_TO_POINTER (tags));
            }
          line = next;
        }
      for (gsize i = 0; i < G_N_ELEMENTS (closed_class); i++)
        g_hash_table_insert (t, (gpointer)closed_class[i].word, GUINT_TO_POINTER (closed_class[i].tags));
      g_once_init_leave (&table, t);
    }
  return table;
}

/* Whether the @len bytes of @w end with @suffix. */
static inline gboolean
ends_with (const gchar *w, gsize len, const gchar *suffix)
{
  gsize n = strlen (suffix);
  return len >= n && memcmp (w + len - n, suffix, n) == 0;
}

static guint
lookup (GHashTable *t, const gchar *word)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (t, word));
}

/* Whether the first @n bytes of @word are a verb, trying them + "e" and without a doubled
 * final consonant ("stopp" -> "stop") as well. */
static gboolean
verb_stem (GHashTable *t, const gchar *word, gsize n)
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

guint
precis_lexicon_english (const gchar *word, gsize len)
{
  if (len == 0 || len > LEXICON_MAX_WORD)
    return PRECIS_POS_NOUN;
  gchar w[LEXICON_MAX_WORD + 2];
  gsize n = 0;
  for (gsize i = 0; i < len; i++)
    {
      /* A curly apostrophe (U+2019, or U+2018 typed for one) is the ASCII one: "don’t", "it’s" */
      if ((guchar)word[i] == 0xE2 && i + 2 < len && (guchar)word[i + 1] == 0x80
          && ((guchar)word[i + 2] == 0x99 || (guchar)word[i + 2] == 0x98))
        {
          w[n++] = '\'';
          i += 2;
          continue;
        }
      if ((guchar)word[i] >= 0x80)
        return PRECIS_POS_NOUN;
      w[n++] = g_ascii_tolower (word[i]);
    }
  len = n;
  w[len] = '\0';
  GHashTable *t = lexicon_get ();
  gpointer value = NULL;
  gboolean known = g_hash_table_lookup_extended (t, w, NULL, &value);
  guint tags = known ? GPOINTER_TO_UINT (value) : PRECIS_POS_NOUN;
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
          || (len > 4 && w[len - 2] == 'e' && (w[len - 2] = '\0', lookup (t, w) & PRECIS_POS_VERB)))
        tags |= PRECIS_POS_THIRD | PRECIS_POS_NOUN;
    }
  else if (len > 5 && ends_with (w, len, "ly") && !known)
    tags = PRECIS_POS_ADV;
  return tags != 0 ? tags : PRECIS_POS_NOUN;
}
