/* acronyms.c - an acronym read as the name it stands for, in the sentence vectors only.
 *
 * A news text names an institution in full once and by its initials after ("Центральный банк
 * России ... главы ЦБ", "the European Central Bank ... the ECB said"): without the link the
 * sentences that name it the two ways share no word, and a lede that names it in full can
 * stand alone in the similarity graph, too weak for the editor to read the text as news.
 *
 * Input: the text and its tokens (pipeline/tokenize.c). A run of two to MAX_LETTERS content
 * words in one sentence, the first capitalised, close together (only short lower-case words
 * between them, the stopwords the tokenizer left out: "Bureau of Investigation"), is indexed by
 * its initials, case-folded. A token written in capitals only, with as many letters as a
 * run has words and matching its initials, takes the term of the run's last word (the
 * name's head in most of the languages read: "bank", "банк") while the vectors are built;
 * precis_acronyms_restore() gives it its own term back, so that keywords and forms see the
 * text as written. O(n): each token starts at most MAX_LETTERS - 1 runs.
 */
#include "config.h"

#include <string.h>

#include "pipeline/acronyms.h"

/* An acronym has two to this many letters ("ЦБ", "ECB", "NASA", "UNESCO"). */
#define MAX_LETTERS 6
/* Words of a name are at most this many bytes apart: a space and a short word or two
 * ("of", "de la", "für"). */
#define MAX_GAP_BYTES 8

/* The first character of the token @t. */
static gunichar
initial (const gchar *text, const PrecisToken *t)
{
  return g_utf8_get_char (text + precis_token_start (t));
}

/* Whether the bytes between two tokens are a name's inner gap: at most MAX_GAP_BYTES of spaces
 * and lower-case letters, a space first. */
static gboolean
is_name_gap (const gchar *text, gsize from, gsize to)
{
  if (to <= from || to - from > MAX_GAP_BYTES || text[from] != ' ')
    return FALSE;
  for (const gchar *p = text + from, *end = text + to; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c != ' ' && !g_unichar_islower (c))
        return FALSE;
    }
  return TRUE;
}

/* The case-folded letters of the token @t when it is written in capitals only and has 2 to
 * MAX_LETTERS of them (written into @key, NUL-terminated), else FALSE. */
static gboolean
acronym_key (const gchar *text, const PrecisToken *t, gchar key[MAX_LETTERS * 4 + 1])
{
  const gchar *p = text + precis_token_start (t), *end = p + precis_token_len (t);
  guint n = 0;
  gsize k = 0;
  for (; p < end; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      if (n == MAX_LETTERS || !g_unichar_isupper (c))
        return FALSE;
      k += (gsize)g_unichar_to_utf8 (g_unichar_tolower (c), key + k);
    }
  key[k] = '\0';
  return n >= 2;
}

GArray *
precis_acronyms_link (const gchar *text, PrecisTokens *tokens)
{
  GArray *undo = g_array_new (FALSE, FALSE, sizeof (PrecisAcronymUndo));
  if (tokens->n_tokens < 3)
    return undo;
  /* Only a text with an acronym pays for the index. */
  gchar key[MAX_LETTERS * 4 + 1];
  guint first_acronym = tokens->n_tokens;
  for (guint i = 0; i < tokens->n_tokens && first_acronym == tokens->n_tokens; i++)
    if (g_unichar_isupper (initial (text, &tokens->tokens[i])) && acronym_key (text, &tokens->tokens[i], key))
      first_acronym = i;
  if (first_acronym == tokens->n_tokens)
    return undo;

  /* Initials of every name run -> the term of its last word (the first run found wins). */
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint s = 0; s < tokens->n_sentences; s++)
    for (guint i = tokens->first[s]; i < tokens->first[s + 1]; i++)
      {
        const PrecisToken *t = &tokens->tokens[i];
        if (!g_unichar_isupper (initial (text, t)) || acronym_key (text, t, key))
          continue;
        gsize k = (gsize)g_unichar_to_utf8 (g_unichar_tolower (initial (text, t)), key);
        for (guint j = i + 1; j < tokens->first[s + 1] && j - i < MAX_LETTERS; j++)
          {
            const PrecisToken *prev = &tokens->tokens[j - 1], *u = &tokens->tokens[j];
            if (!is_name_gap (text, precis_token_start (prev) + precis_token_len (prev),
                              precis_token_start (u)))
              break;
            gunichar c = initial (text, u);
            if (!g_unichar_isalpha (c))
              break;
            k += (gsize)g_unichar_to_utf8 (g_unichar_tolower (c), key + k);
            key[k] = '\0';
            if (!g_hash_table_contains (names, key))
              g_hash_table_insert (names, g_strdup (key), GUINT_TO_POINTER (u->term + 1));
          }
      }

  for (guint i = first_acronym; i < tokens->n_tokens; i++)
    {
      PrecisToken *t = &tokens->tokens[i];
      if (!g_unichar_isupper (initial (text, t)) || !acronym_key (text, t, key))
        continue;
      guint term = GPOINTER_TO_UINT (g_hash_table_lookup (names, key));
      if (term == 0 || term - 1 == t->term)
        continue;
      PrecisAcronymUndo u = { i, t->term };
      g_array_append_val (undo, u);
      t->term = term - 1;
    }
  return undo;
}

void
precis_acronyms_restore (PrecisTokens *tokens, GArray *undo)
{
  for (guint i = 0; i < undo->len; i++)
    {
      const PrecisAcronymUndo *u = &g_array_index (undo, PrecisAcronymUndo, i);
      tokens->tokens[u->token].term = u->term;
    }
}
