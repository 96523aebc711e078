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
 * text as written. O(n): the text's distinct acronyms are gathered first (at most
 * MAX_ACRONYMS), then each capitalised word is tried as the start of a name for those that
 * begin with its initial, until each has its name.
 */
#include "config.h"

#include <string.h>

#include "pipeline/acronyms.h"

/* An acronym has two to this many letters ("ЦБ", "ECB", "NASA", "UNESCO"). */
#define MAX_LETTERS 6
/* The distinct acronyms looked for in one text; more are left as written. */
#define MAX_ACRONYMS 32
/* Words of a name are at most this many bytes apart: a space and a short word or two
 * ("of", "de la", "für"). */
#define MAX_GAP_BYTES 8

typedef struct
{
  gunichar letters[MAX_LETTERS]; /* lower case */
  guint n_letters;
  guint term;  /* the term of its name's last word + 1; 0: no name found yet */
  guint tries; /* names found a person's (name_at), up to MAX_PERSON_TRIES */
} Acronym;

/* An acronym whose initials this many names had, each a person's, is left as written: the
 * text is full of such names (and each try reads the text once). */
#define MAX_PERSON_TRIES 4
/* name_at's answer for a person's name. */
#define PERSON G_MAXUINT

/* The first character of the token @t. */
static inline gunichar
initial (const gchar *text, const PrecisToken *t)
{
  guchar b = (guchar)text[precis_token_start (t)];
  return b < 0x80 ? b : g_utf8_get_char (text + precis_token_start (t));
}

static inline gboolean
is_upper (gunichar c)
{
  return c < 0x80 ? (c >= 'A' && c <= 'Z') : g_unichar_isupper (c);
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

/* Whether the token @t is written in capitals only with 2 to MAX_LETTERS of them: then its
 * letters, lower-cased, are put in @a. */
static gboolean
read_acronym (const gchar *text, const PrecisToken *t, Acronym *a)
{
  const gchar *p = text + precis_token_start (t), *end = p + precis_token_len (t);
  guint n = 0;
  for (; p < end; p = g_utf8_next_char (p), n++)
    {
      gunichar c = (guchar)*p < 0x80 ? (guchar)*p : g_utf8_get_char (p);
      if (n == MAX_LETTERS || !is_upper (c))
        return FALSE;
      a->letters[n] = c < 0x80 ? c + ('a' - 'A') : g_unichar_tolower (c);
    }
  a->n_letters = n;
  a->term = 0;
  a->tries = 0;
  return n >= 2;
}

/* Whether the token @t may be an acronym, by its first two bytes: "US", "ЦБ" may, "The" may not. */
static inline gboolean
may_be_acronym (const gchar *text, const PrecisToken *t)
{
  const guchar *p = (const guchar *)text + precis_token_start (t);
  guint len = precis_token_len (t);
  if (len < 2 || len > MAX_LETTERS * 4)
    return FALSE;
  if (p[0] < 0x80)
    return p[0] >= 'A' && p[0] <= 'Z' && (p[1] >= 0x80 || (p[1] >= 'A' && p[1] <= 'Z'));
  return TRUE;
}

/* Whether tokens @j and @k (@k after @j) are capitalised words side by side, one space apart. */
static gboolean
capitals_joined (const gchar *text, const PrecisTokens *tokens, guint j, guint k)
{
  const PrecisToken *a = &tokens->tokens[j], *b = &tokens->tokens[k];
  return precis_token_start (b) == precis_token_start (a) + precis_token_len (a) + 1
         && is_upper (initial (text, a)) && is_upper (initial (text, b));
}

/* Whether token @j, capitalised, stands alone, not inside a run of capitalised words ("Mandelson
 * said", not "chief Minister Nitin Patel" nor "Chief Minister"). */
static gboolean
stands_alone (const gchar *text, const PrecisTokens *tokens, guint j)
{
  return (j == 0 || !capitals_joined (text, tokens, j - 1, j))
         && (j + 1 >= tokens->n_tokens || !capitals_joined (text, tokens, j, j + 1));
}

/* Whether tokens @i, @i + 1, ... of sentence tokens [.., @end) are a name with the initials of
 * @a (the first, capitalised, already checked): then its last word's term + 1, PERSON for a
 * person's name, else 0. */
static guint
name_at (const gchar *text, const PrecisTokens *tokens, guint i, guint end, const Acronym *a)
{
  if (i + a->n_letters > end)
    return 0;
  for (guint k = 1; k < a->n_letters; k++)
    {
      const PrecisToken *prev = &tokens->tokens[i + k - 1], *u = &tokens->tokens[i + k];
      gunichar c = initial (text, u);
      if ((c < 0x80 ? (gunichar)g_ascii_tolower ((gchar)c) : g_unichar_tolower (c)) != a->letters[k]
          || !is_name_gap (text, precis_token_start (prev) + precis_token_len (prev), precis_token_start (u)))
        return 0;
    }
  /* Two capitalised words for two letters are as often a person ("Peter Mandelson" is no "PM"),
   * whom news names again by the surname alone ("Mandelson said"): a name whose last word
   * stands alone elsewhere, capitalised (stands_alone), is taken for a person's; "Prime
   * Minister" beside "Chief Minister", "United Nations" and a name with a word in small letters
   * ("Центральный банк") are not. */
  const PrecisToken *last = &tokens->tokens[i + a->n_letters - 1];
  if (a->n_letters == 2 && is_upper (initial (text, last)))
    for (guint j = 0; j < tokens->n_tokens; j++)
      if (j != i + 1 && tokens->tokens[j].term == last->term && is_upper (initial (text, &tokens->tokens[j]))
          && stands_alone (text, tokens, j))
        return PERSON;
  return last->term + 1;
}

/* A token that may be a capitalised word, by its first byte: an ASCII capital, or any
 * character outside ASCII (tested further where it matters). */
typedef struct
{
  guint token;  /* index in PrecisTokens.tokens */
  gint acronym; /* written in capitals only (read_acronym()): its index in the text's acronyms,
                 * MAX_ACRONYMS when they were too many; -1: not an acronym */
} Capital;

GArray *
precis_acronyms_link (const gchar *text, PrecisTokens *tokens)
{
  GArray *undo = g_array_new (FALSE, FALSE, sizeof (PrecisAcronymUndo));
  PrecisToken *token = tokens->tokens;
  const guint n_tokens = tokens->n_tokens;
  Acronym acronyms[MAX_ACRONYMS];
  guint n_acronyms = 0;
  /* Both passes below read only the tokens that open on a capital or a byte over ASCII (most
   * open on a lower-case letter): they are gathered once, in order, with whether each is an
   * acronym. */
  g_autofree Capital *capitals = g_new (Capital, MAX (n_tokens, 1));
  guint n_capitals = 0, n_written = 0;
  for (guint i = 0; i < n_tokens; i++)
    {
      guchar b = (guchar)text[precis_token_start (&token[i])];
      if (b < 0x80 && (guchar)(b - 'A') > 'Z' - 'A')
        continue;
      Acronym a;
      Capital *cap = &capitals[n_capitals++];
      cap->token = i;
      cap->acronym = -1;
      if (may_be_acronym (text, &token[i]) && read_acronym (text, &token[i], &a))
        {
          guint k = 0;
          while (k < n_acronyms
                 && !(acronyms[k].n_letters == a.n_letters
                      && memcmp (acronyms[k].letters, a.letters, a.n_letters * sizeof (gunichar)) == 0))
            k++;
          if (k == n_acronyms && n_acronyms < MAX_ACRONYMS)
            acronyms[n_acronyms++] = a;
          cap->acronym = (gint)k; /* MAX_ACRONYMS when it is not kept */
          n_written += k < n_acronyms;
        }
    }
  if (n_written == 0)
    return undo;

  /* The acronyms' first letters: ASCII ones as bits, whether any is not. */
  guint32 ascii_initials = 0;
  gboolean other_initials = FALSE;
  for (guint k = 0; k < n_acronyms; k++)
    if (acronyms[k].letters[0] < 0x80)
      ascii_initials |= 1u << (acronyms[k].letters[0] - 'a');
    else
      other_initials = TRUE;
  guint unresolved = n_acronyms, s = 0;
  for (guint j = 0; j < n_capitals && unresolved > 0; j++)
    {
      guint i = capitals[j].token;
      while (s < tokens->n_sentences && tokens->first[s + 1] <= i)
        s++;
      if (s == tokens->n_sentences)
        break;
      if (i < tokens->first[s])
        continue; /* before the first sentence (none is) */
      const PrecisToken *t = &token[i];
      guchar b = (guchar)text[precis_token_start (t)];
      if (b < 0x80 ? !(ascii_initials & 1u << (b - 'A')) : !other_initials)
        continue;
      gunichar c = initial (text, t);
      if (!is_upper (c) || capitals[j].acronym >= 0) /* "US Navy" is no "UN" */
        continue;
      c = c < 0x80 ? c + ('a' - 'A') : g_unichar_tolower (c);
      for (guint k = 0; k < n_acronyms; k++)
        if (acronyms[k].term == 0 && acronyms[k].tries < MAX_PERSON_TRIES && acronyms[k].letters[0] == c)
          {
            guint term = name_at (text, tokens, i, tokens->first[s + 1], &acronyms[k]);
            if (term == PERSON)
              unresolved -= ++acronyms[k].tries == MAX_PERSON_TRIES;
            else if ((acronyms[k].term = term) != 0)
              unresolved--;
          }
    }

  /* Each acronym written in the text whose name was found takes the name's term, in token order. */
  for (guint j = 0; j < n_capitals; j++)
    {
      gint k = capitals[j].acronym;
      if (k < 0 || (guint)k >= n_acronyms)
        continue;
      PrecisToken *t = &token[capitals[j].token];
      const Acronym *a = &acronyms[k];
      if (a->term == 0 || a->term - 1 == t->term)
        continue;
      PrecisAcronymUndo done = { capitals[j].token, t->term };
      t->term = a->term - 1;
      g_array_append_val (undo, done);
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
