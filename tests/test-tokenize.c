/* test-tokenize.c - words, folding, stopwords, stemming and term ids. */
#include "pipeline/acronyms.h"
#include "pipeline/tokenize.h"
#include "test-util.h"

#include <libstemmer.h> /* included from this file only in the tests (no include guard) */
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

typedef struct
{
  PrecisTokenizer *tok;
  PrecisTokens tokens;
  const gchar *text;
} Fixture;

static void
run (Fixture *f, const gchar *language, const gchar *text)
{
  f->tok = precis_tokenizer_new (precis_language_lookup (language));
  ck_assert_ptr_nonnull (f->tok);
  f->text = text;
  PrecisSpan span = { 0, strlen (text), 0, 0 };
  precis_tokenizer_run (f->tok, text, &span, 1, &f->tokens);
}

static void
fixture_clear (Fixture *f)
{
  precis_tokens_clear (&f->tokens);
  precis_tokenizer_free (f->tok);
}

static gchar *
word (const Fixture *f, guint i)
{
  const PrecisToken *t = &f->tokens.tokens[i];
  return g_strndup (f->text + precis_token_start (t), precis_token_len (t));
}

static guint
term (const Fixture *f, guint i)
{
  return f->tokens.tokens[i].term;
}

/* The tokens are the @n words of @want, in order. */
static void
check_words (const Fixture *f, const gchar *const *want, guint n)
{
  ck_assert_uint_eq (f->tokens.n_tokens, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree gchar *w = word (f, i);
      ck_assert_str_eq (w, want[i]);
    }
}

/* Checks that @b has the tokens and terms of @a. */
static void
assert_same_terms (const PrecisTokens *a, const PrecisTokens *b)
{
  ck_assert_uint_eq (b->n_tokens, a->n_tokens);
  ck_assert_uint_eq (b->n_terms, a->n_terms);
  for (guint i = 0; i < a->n_tokens; i++)
    ck_assert_uint_eq (b->tokens[i].term, a->tokens[i].term);
}

START_TEST (test_unspaced_next_to_digits)
{
  /* Chinese and Japanese glued to digits or Latin letters: each script's part a word of its own,
   * so that no word ends in the integer part of a decimal ("同比增长4" of "同比增长4.9%"). */
  Fixture f;
  run (&f, "english", "同比增长4.9%，工业增加值增长40.25%。2022年iPhone15発売");
  const gchar *want[] = { "同比增长", "工业增加值增长", "40", "25", "2022", "iPhone15", "発売" };
  check_words (&f, want, G_N_ELEMENTS (want));
  fixture_clear (&f);
}
END_TEST

START_TEST (test_words_and_stopwords)
{
  Fixture f;
  run (&f, "english", "The high-speed trains don't stop at Smith's farm, 42 times!");
  /* "The", "at" are stopwords; "don't" is too (Snowball list). */
  const gchar *expected[] = { "high-speed", "trains", "stop", "Smith's", "farm", "42", "times" };
  check_words (&f, expected, G_N_ELEMENTS (expected));
  ck_assert_uint_eq (f.tokens.n_words[0], 10);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_stemming_and_ids)
{
  Fixture f;
  run (&f, "english", "Running runners run. RUNNING fast; connection connected");
  /* running, RUNNING, run share a stem; ids follow first occurrence. */
  ck_assert_uint_eq (term (&f, 0), 0); /* running */
  ck_assert_uint_eq (term (&f, 1), 1); /* runners */
  ck_assert_uint_eq (term (&f, 2), 0); /* run */
  ck_assert_uint_eq (term (&f, 3), 0); /* RUNNING */
  ck_assert_uint_eq (term (&f, 4), 2); /* fast */
  ck_assert_uint_eq (term (&f, 5), 3); /* connection */
  ck_assert_uint_eq (term (&f, 6), 3); /* connected */
  ck_assert_uint_eq (f.tokens.n_terms, 4);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_forms_bounded)
{
  /* One tokenizer fed word forms it has never seen, as a summariser reused over a long stream
   * of documents: what it remembers of them stays bounded (131,071 forms; it was 262,144, about
   * 35 MB, and before that 1,048,576, 126 MB), and a text tokenized after the memory is emptied
   * gets the same tokens. */
  Fixture f;
  const gchar *probe = "Running runners run. RUNNING fast; connection connected";
  run (&f, "english", probe);
  PrecisTokens before = f.tokens;
  GString *text = g_string_new (NULL);
  guint max_forms = 0;
  for (guint doc = 0; doc < 40; doc++)
    {
      g_string_truncate (text, 0);
      for (guint w = 0; w < 10000; w++) /* 400,000 distinct forms in all */
        {
          guint n = doc * 10000 + w;
          for (guint k = 0; k < 5; k++, n /= 26)
            g_string_append_c (text, (gchar)('a' + n % 26));
          g_string_append (text, "q ");
        }
      PrecisSpan span = { 0, text->len, 0, 0 };
      PrecisTokens tokens;
      precis_tokenizer_run (f.tok, text->str, &span, 1, &tokens);
      ck_assert_uint_eq (tokens.n_tokens, 10000);
      precis_tokens_clear (&tokens);
      max_forms = MAX (max_forms, precis_tokenizer_get_n_forms (f.tok));
    }
  ck_assert_uint_ge (max_forms, 120000);
  ck_assert_uint_le (max_forms, 131071);
  PrecisSpan span = { 0, strlen (probe), 0, 0 };
  PrecisTokens after;
  precis_tokenizer_run (f.tok, probe, &span, 1, &after);
  assert_same_terms (&before, &after);
  precis_tokens_clear (&after);
  g_string_free (text, TRUE);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_forms_past_the_cache)
{
  /* A document of more distinct forms than the tokenizer remembers (150,000), each read again
   * after all: the forms it no longer caches get the ids of their first sight; and once its
   * memory is emptied (precis_tokenizer_forget, as after a large document) the same text gets
   * the same tokens. */
  Fixture f;
  run (&f, "english", "Running runners run.");
  GString *text = g_string_new (NULL);
  const guint n = 150000;
  for (guint pass = 0; pass < 2; pass++)
    for (guint w = 0; w < n; w++)
      {
        guint x = w;
        for (guint k = 0; k < 4; k++, x /= 26)
          g_string_append_c (text, (gchar)('a' + x % 26));
        g_string_append (text, "zq ");
      }
  PrecisSpan span = { 0, text->len, 0, 0 };
  PrecisTokens first, again;
  precis_tokenizer_run (f.tok, text->str, &span, 1, &first);
  ck_assert_uint_eq (first.n_tokens, 2 * n);
  ck_assert_uint_le (precis_tokenizer_get_n_forms (f.tok), 131071);
  for (guint k = 0; k < n; k++)
    {
      ck_assert_uint_eq (first.tokens[k].term, k);
      ck_assert_uint_eq (first.tokens[n + k].term, k);
    }
  precis_tokenizer_forget (f.tok);
  ck_assert_uint_eq (precis_tokenizer_get_n_forms (f.tok), 0);
  precis_tokenizer_run (f.tok, text->str, &span, 1, &again);
  assert_same_terms (&first, &again);
  precis_tokens_clear (&first);
  precis_tokens_clear (&again);
  g_string_free (text, TRUE);
  fixture_clear (&f);
}
END_TEST

/* Runs @tok over @n_forms word forms of five letters and "q" that no other call of it gives. */
static void
run_new_forms (PrecisTokenizer *tok, guint n_forms)
{
  static guint next;
  GString *text = g_string_new (NULL);
  for (guint w = 0; w < n_forms; w++, next++)
    {
      guint n = next;
      for (guint k = 0; k < 5; k++, n /= 26)
        g_string_append_c (text, (gchar)('a' + n % 26));
      g_string_append (text, "q ");
    }
  PrecisSpan span = { 0, text->len, 0, 0 };
  PrecisTokens tokens;
  precis_tokenizer_run (tok, text->str, &span, 1, &tokens);
  ck_assert_uint_eq (tokens.n_tokens, n_forms);
  precis_tokens_clear (&tokens);
  g_string_free (text, TRUE);
}

START_TEST (test_caches_share_a_budget)
{
  /* Tokenizers in one process (an auto-mode summariser has one a language met) each fed 100,000
   * new forms, some 12 MB of cache each, under each one's bound: the first keeps its forms while
   * the others' and its caches are under their budget together (32 MB), and empties them before
   * its next document once they are over, with the same tokens as before. */
  Fixture f;
  const gchar *probe = "Running runners run. RUNNING fast; connection connected";
  run (&f, "english", probe);
  PrecisTokens before = f.tokens;
  PrecisSpan span = { 0, strlen (probe), 0, 0 };
  run_new_forms (f.tok, 100000);
  PrecisTokenizer *others[6] = { NULL };
  guint kept = 0;
  for (guint i = 0; i < G_N_ELEMENTS (others) && precis_tokenizer_get_n_forms (f.tok) >= 100000; i++)
    {
      others[i] = precis_tokenizer_new (precis_language_lookup (i % 2 == 0 ? "french" : "english"));
      run_new_forms (others[i], 100000);
      ck_assert_uint_ge (precis_tokenizer_get_n_forms (others[i]), 100000);
      PrecisTokens after;
      precis_tokenizer_run (f.tok, probe, &span, 1, &after);
      assert_same_terms (&before, &after);
      precis_tokens_clear (&after);
      kept += precis_tokenizer_get_n_forms (f.tok) >= 100000;
    }
  /* Kept with one other tokenizer's caches grown, emptied by the fourth's. */
  ck_assert_uint_ge (kept, 1);
  ck_assert_uint_le (kept, 3);
  ck_assert_uint_lt (precis_tokenizer_get_n_forms (f.tok), 100);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    precis_tokenizer_free (others[i]);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_find_terms)
{
  Fixture f;
  run (&f, "english", "Running runners run fast; the connection connected.");
  g_autoptr (GArray) terms = g_array_new (FALSE, FALSE, sizeof (guint));
  /* A title's content words: "run" and "connection" are in the document (ids 0 and 3), each
   * once; "swims" is not; "the" is a stopword. */
  guint n = precis_tokenizer_find_terms (f.tok, "The Run: connections, swims and RUNNING", 39, terms);
  ck_assert_uint_eq (n, 3);
  ck_assert_uint_eq (terms->len, 2);
  ck_assert_uint_eq (g_array_index (terms, guint, 0), 0);
  ck_assert_uint_eq (g_array_index (terms, guint, 1), 3);
  /* After another document, only its terms are found. */
  precis_tokens_clear (&f.tokens);
  PrecisSpan span = { 0, 10, 0, 0 };
  precis_tokenizer_run (f.tok, "swims far.", &span, 1, &f.tokens);
  g_array_set_size (terms, 0);
  n = precis_tokenizer_find_terms (f.tok, "The Run: connections, swims and RUNNING", 39, terms);
  ck_assert_uint_eq (n, 3);
  ck_assert_uint_eq (terms->len, 1);
  ck_assert_uint_eq (g_array_index (terms, guint, 0), 0);
  /* At most 64 words are read. */
  GString *many = g_string_new (NULL);
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (many, "word%ctitle%c ", 'a' + i % 26, 'a' + i / 26);
  g_array_set_size (terms, 0);
  ck_assert_uint_eq (precis_tokenizer_find_terms (f.tok, many->str, many->len, terms), 64);
  g_string_free (many, TRUE);
  /* Once the tokenizer has forgotten its words, no word is in the last document: the ids start
   * again, and the title's words get the ids that the document's terms had. */
  fixture_clear (&f);
  run (&f, "english", "Swims far.");
  precis_tokenizer_forget (f.tok);
  g_array_set_size (terms, 0);
  n = precis_tokenizer_find_terms (f.tok, "Zebras graze", 12, terms);
  ck_assert_uint_eq (n, 2);
  ck_assert_uint_eq (terms->len, 0);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_nfc_and_case)
{
  Fixture f;
  /* "Café" precomposed, "CAFE" + combining acute, "café" */
  run (&f, "french", "Caf\xC3\xA9 CAFE\xCC\x81 caf\xC3\xA9");
  ck_assert_uint_eq (f.tokens.n_tokens, 3);
  ck_assert_uint_eq (term (&f, 0), term (&f, 1));
  ck_assert_uint_eq (term (&f, 1), term (&f, 2));
  fixture_clear (&f);
}
END_TEST

START_TEST (test_marks_in_words)
{
  Fixture f;
  /* Devanagari vowel signs are combining marks: one word each. */
  run (&f, "hindi", "\xE0\xA4\xAD\xE0\xA4\xBE\xE0\xA4\xB0\xE0\xA4\xA4 \xE0\xA4\xA6\xE0\xA5\x87\xE0\xA4\xB6");
  ck_assert_uint_eq (f.tokens.n_words[0], 2);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_long_word_skipped)
{
  Fixture f;
  g_autofree gchar *text = g_strnfill (5000, 'x');
  run (&f, "english", text);
  ck_assert_uint_eq (f.tokens.n_tokens, 0);
  ck_assert_uint_eq (f.tokens.n_words[0], 1);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_replace_stopwords)
{
  PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup ("english"));
  ck_assert (precis_tokenizer_is_stopword (tok, "The", -1));
  const gchar list[] = "| a comment line\nbridge harbour | two words\n";
  precis_tokenizer_load_stopwords (tok, list, sizeof list - 1, FALSE);
  ck_assert (precis_tokenizer_is_stopword (tok, "Bridge", -1));
  ck_assert (precis_tokenizer_is_stopword (tok, "harbour", -1));
  ck_assert (precis_tokenizer_is_stopword (tok, "the", -1));
  ck_assert (!precis_tokenizer_is_stopword (tok, "comment", -1));
  precis_tokenizer_load_stopwords (tok, list, sizeof list - 1, TRUE);
  ck_assert (!precis_tokenizer_is_stopword (tok, "the", -1));
  ck_assert (precis_tokenizer_is_stopword (tok, "bridge", -1));
  precis_tokenizer_free (tok);
}
END_TEST

START_TEST (test_stopwords_dropped_when_tokenized)
{
  /* The words the tokenizer drops are the lists' words, as precis_tokenizer_is_stopword() says:
   * prefixes of 2 to 40 bytes of one long word, in capitals too, are dropped and the 41-byte one
   * kept, as is each prefix with its last letter changed to a digit; a list added later drops its words too;
   * a list that replaces the others drops only its own. */
  static const gchar long_word[] = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz";
  g_autoptr (GString) list = g_string_new ("| prefixes\n");
  g_autoptr (GString) text = g_string_new (NULL);
  for (guint n = 2; n <= 41; n++)
    {
      if (n <= 40)
        g_string_append_printf (list, "%.*s\n", (int)n, long_word);
      g_string_append_printf (text, "%.*s %.*s7 ", (int)n, long_word, (int)n - 1, long_word);
      g_autofree gchar *upper = g_ascii_strup (long_word, n);
      g_string_append_printf (text, "%s ", upper);
    }
  g_string_append (text, "zebra yak");
  PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup ("english"));
  precis_tokenizer_load_stopwords (tok, list->str, list->len, TRUE);
  PrecisSpan span = { 0, text->len, 0, 0 };
  for (guint round = 0; round < 3; round++)
    {
      if (round == 1)
        precis_tokenizer_load_stopwords (tok, "zebra\n", 6, FALSE);
      if (round == 2)
        precis_tokenizer_load_stopwords (tok, "yak\n", 4, TRUE);
      PrecisTokens tokens;
      precis_tokenizer_run (tok, text->str, &span, 1, &tokens);
      guint n_kept = 0;
      for (gsize pos = 0; pos < text->len;)
        {
          gsize end = pos;
          while (end < text->len && text->str[end] != ' ')
            end++;
          gboolean stop = precis_tokenizer_is_stopword (tok, text->str + pos, (gssize)(end - pos));
          if (!stop)
            {
              ck_assert_uint_lt (n_kept, tokens.n_tokens);
              ck_assert_uint_eq (precis_token_start (&tokens.tokens[n_kept]), pos);
              n_kept++;
            }
          pos = end + 1;
        }
      ck_assert_uint_eq (tokens.n_tokens, n_kept);
      /* 39 prefixes twice (as written and in capitals), then "zebra" too, then "yak" alone. */
      ck_assert_uint_eq (n_kept, round == 0 ? 40 + 2 + 2 : round == 1 ? 40 + 2 + 1 : 3 * 40 + 1);
      precis_tokens_clear (&tokens);
    }
  precis_tokenizer_free (tok);
}
END_TEST

START_TEST (test_every_language_stems)
{
  for (const gchar *const *l = precis_languages (); *l != NULL; l++)
    {
      PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup (*l));
      ck_assert_msg (tok != NULL, "no tokenizer for %s", *l);
      precis_tokenizer_free (tok);
    }
  ck_assert_uint_eq (g_strv_length ((gchar **)precis_languages ()), 28);
}
END_TEST

START_TEST (test_cache_keys_by_every_byte)
{
  /* Words that share their first seven, eight or nine bytes, in several cases: the surface
   * form cache keeps a word's first 24 bytes in its slot (eight bytes a step) and the rest apart. Two tokens
   * must have the same term exactly when their words, stemmed one at a time by another tokenizer from copies
   * of their own, have the same stem. */
  Fixture f;
  run (&f, "english",
       "Commissioner commissioners commission Commissioned commiss commissi commissio commissions "
       "internationalisation internationalization INTERNATIONALISATION Internationalisations "
       "abcdefg abcdefgh abcdefghi ABCDEFGH abcdefghijklmnopq abcdefghijklmnopr abcdefgh "
       /* The slot holds the first 24 bytes: words that share 15, 16, 17, 23, 24 and 25 of them. */
       "abcdefghijklmno abcdefghijklmnop abcdefghijklmnopqrstuvw abcdefghijklmnopqrstuvwx "
       "abcdefghijklmnopqrstuvwxy abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxz "
       "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwz abcdefghijklmnoz");
  ck_assert_uint_eq (f.tokens.n_tokens, 29);
  PrecisTokenizer *other = precis_tokenizer_new (precis_language_lookup ("english"));
  g_autoptr (GPtrArray) stems = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < f.tokens.n_tokens; i++)
    {
      g_autofree gchar *w = word (&f, i);
      const gchar *stem = precis_tokenizer_stem (other, w, strlen (w));
      ck_assert_ptr_nonnull (stem);
      g_ptr_array_add (stems, g_strdup (stem));
    }
  for (guint i = 0; i < f.tokens.n_tokens; i++)
    for (guint j = 0; j < f.tokens.n_tokens; j++)
      ck_assert_int_eq (term (&f, i) == term (&f, j), strcmp (stems->pdata[i], stems->pdata[j]) == 0);
  ck_assert_uint_eq (term (&f, 8), term (&f, 10));  /* internationalisation, in capitals */
  ck_assert_uint_ne (term (&f, 13), term (&f, 14)); /* abcdefgh, abcdefghi */
  ck_assert_uint_eq (term (&f, 13), term (&f, 18));
  ck_assert_uint_ne (term (&f, 16), term (&f, 17));
  for (guint i = 19; i < 29; i++)
    for (guint j = 19; j < 29; j++)
      if (i != j && !(MIN (i, j) == 24 && MAX (i, j) == 26)) /* ...xyz in capitals */
        ck_assert_uint_ne (term (&f, i), term (&f, j));
  ck_assert_uint_eq (term (&f, 24), term (&f, 26));
  precis_tokenizer_free (other);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_word_cut_at_span_end)
{
  /* A span that ends inside a word ends the word there, however the letters are read. */
  const gchar *text = "alphabetically ordered";
  PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup ("english"));
  PrecisSpan spans[] = { { 0, 10, 0, 0 }, { 15, 22, 0, 0 } };
  PrecisTokens tokens;
  precis_tokenizer_run (tok, text, spans, 2, &tokens);
  ck_assert_uint_eq (tokens.n_tokens, 2);
  ck_assert_uint_eq (precis_token_len (&tokens.tokens[0]), 10);
  ck_assert_uint_eq (precis_token_start (&tokens.tokens[1]), 15);
  ck_assert_uint_eq (precis_token_len (&tokens.tokens[1]), 7);
  ck_assert_uint_eq (tokens.n_words[0], 1);
  precis_tokens_clear (&tokens);
  precis_tokenizer_free (tok);
}
END_TEST

START_TEST (test_unspaced_word_counts)
{
  /* A run of ideographs or kana counts one word per such character: other words count one, ASCII
   * letters or digits glued to the run a word of their own ("abc中文" three), a Korean word one (its
   * script spaces its words); a span that ends inside a run counts the run's part in the span. */
  const gchar *text = "\xe6\x9d\xb1\xe4\xba\xac is big. " /* 東京 is big. */
                      "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9"
                      "\xe3\x83\x88 " /* 日本語のテキスト */
                      "abc\xe4\xb8\xad\xe6\x96\x87 \xe4\xb8\xad\xe6\x96\x87"
                      "abc " /* abc中文 中文abc */
                      "\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 caf\xc3\xa9 \xce\xa9mega " /* 한국어 café Ωmega */
                      "\xef\xbd\xb6\xef\xbe\x80\xef\xbd\xb6\xef\xbe\x85 "              /* ｶﾀｶﾅ */
                      "\xe6\x9d\xb1\xe4\xba\xac-\xe5\xa4\xa7\xe9\x98\xaa "             /* 東京-大阪 */
                      "\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97 end";                      /* 中文字 end */
  const gchar *starts[] = { "\xe6\x9d\xb1\xe4\xba\xac is",
                            "\xe6\x97\xa5",
                            "abc",
                            "\xed\x95\x9c",
                            "\xef\xbd\xb6",
                            "\xe6\x9d\xb1\xe4\xba\xac-",
                            "\xe4\xb8\xad\xe6\x96\x87\xe5",
                            "end" };
  const guint want[] = { 4, 8, 6, 3, 4, 4, 2, 1 };
  PrecisSpan spans[G_N_ELEMENTS (starts)];
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      const gchar *at = strstr (text, starts[i]);
      ck_assert_ptr_nonnull (at);
      spans[i] = (PrecisSpan){ (gsize)(at - text), 0, 0, 0 };
      if (i > 0)
        spans[i - 1].end = spans[i].start;
    }
  /* The last but one ends after two of its three ideographs, inside the run (the text goes on). */
  spans[G_N_ELEMENTS (starts) - 2].end = spans[G_N_ELEMENTS (starts) - 2].start + 6;
  spans[G_N_ELEMENTS (starts) - 1].end = strlen (text);
  PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup ("english"));
  PrecisTokens tokens;
  precis_tokenizer_run (tok, text, spans, G_N_ELEMENTS (spans), &tokens);
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    ck_assert_msg (tokens.n_words[i] == want[i], "span %u: %u words, want %u", i, tokens.n_words[i], want[i]);
  precis_tokens_clear (&tokens);
  precis_tokenizer_free (tok);
}
END_TEST

/* Han ideographs, Hiragana, Katakana: the scripts written without spaces between words. */
static gboolean
unspaced (gunichar c)
{
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x9FFF)
         || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x20000 && c <= 0x3FFFF);
}

/* The reference word scan: a word is a run of letters, digits and marks (ideographs or kana and ASCII
 * letters or digits glued to them words apart), joined through an
 * apostrophe or a hyphen between two of them; words of one character or of more than 128
 * bytes make no token. Appends the tokens' starts and lengths to @want; returns the words. */
static guint
reference_words (const gchar *text, gsize start, gsize end, GArray *want)
{
  guint n_words = 0;
  gsize pos = start;
  while (pos < end)
    {
      gunichar c = g_utf8_get_char (text + pos);
      gsize w = (gsize)(g_utf8_next_char (text + pos) - (text + pos));
      gboolean word_char = g_unichar_isalnum (c) || g_unichar_ismark (c);
      if (!word_char)
        {
          pos += w;
          continue;
        }
      gsize s = pos;
      pos += w;
      while (pos < end)
        {
          gunichar d = g_utf8_get_char (text + pos);
          gsize w1 = (gsize)(g_utf8_next_char (text + pos) - (text + pos));
          gunichar e = pos + w1 < end ? g_utf8_get_char (text + pos + w1) : 0;
          gsize w2 = pos + w1 < end ? (gsize)(g_utf8_next_char (text + pos + w1) - (text + pos + w1)) : 0;
          /* Ideographs or kana and ASCII letters or digits glued together: two words. */
          gunichar before = g_utf8_get_char (g_utf8_find_prev_char (text, text + pos));
          if ((unspaced (d) && before < 0x80 && g_ascii_isalnum (before))
              || (unspaced (before) && d < 0x80 && g_ascii_isalnum (d)))
            break;
          if (g_unichar_isalnum (d) || g_unichar_ismark (d))
            pos += w1;
          else if ((d == '\'' || d == 0x2019 || d == '-' || d == 0x2010 || d == 0x2011) && pos + w1 < end
                   && (g_unichar_isalnum (e) || g_unichar_ismark (e)))
            pos += w1 + w2;
          else
            break;
        }
      n_words++;
      if (pos - s > w && pos - s <= 128)
        {
          guint pair[2] = { (guint)s, (guint)(pos - s) };
          g_array_append_vals (want, pair, 2);
        }
    }
  return n_words;
}

START_TEST (test_word_bounds)
{
  /* Words of 1 to 40 ASCII letters and digits (so that runs of sixteen and eight bytes end
   * everywhere), joined or not, with other letters, marks and dashes, in one span or two cut at
   * a character's start: the words and tokens of a reference scan. No stopwords. */
  static const gchar *const seps[]
      = { " ", ", ", ". ", "\xE2\x80\x94", " - ", " '", "-", "'", "\xE2\x80\x99", "\n" };
  static const gchar *const others[]
      = { "\xC3\xA9", "\xD0\xB6", "e\xCC\x81", "\xE2\x80\x91", "7", "\xE4\xB8\xAD", "\xE3\x81\xAE" };
  static const gchar alnum[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  g_autoptr (GRand) rand = g_rand_new_with_seed (21);
  PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup ("english"));
  precis_tokenizer_load_stopwords (tok, "", 0, TRUE);
  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      guint n = (guint)g_rand_int_range (rand, 1, 12);
      for (guint k = 0; k < n; k++)
        {
          for (guint m = (guint)g_rand_int_range (rand, 1, 41); m > 0; m--)
            g_string_append_c (text, alnum[g_rand_int_range (rand, 0, sizeof alnum - 1)]);
          if (g_rand_int_range (rand, 0, 4) == 0)
            g_string_append (text, others[g_rand_int_range (rand, 0, G_N_ELEMENTS (others))]);
          g_string_append (text, seps[g_rand_int_range (rand, 0, G_N_ELEMENTS (seps))]);
        }
      /* One span, or two cut at a character's start. */
      gsize cut = text->len;
      if (round % 2 == 1)
        {
          cut = (gsize)g_rand_int_range (rand, 0, (gint32)text->len + 1);
          while (cut < text->len && ((guchar)text->str[cut] & 0xC0) == 0x80)
            cut++;
        }
      PrecisSpan spans[] = { { 0, cut, 0, 0 }, { cut, text->len, 0, 0 } };
      guint n_spans = cut < text->len ? 2 : 1;
      g_autoptr (GArray) want = g_array_new (FALSE, FALSE, sizeof (guint));
      guint want_words[2] = { 0, 0 };
      for (guint s = 0; s < n_spans; s++)
        want_words[s] = reference_words (text->str, spans[s].start, spans[s].end, want);
      PrecisTokens tokens;
      precis_tokenizer_run (tok, text->str, spans, n_spans, &tokens);
      for (guint s = 0; s < n_spans; s++)
        ck_assert_uint_eq (tokens.n_words[s], want_words[s]);
      ck_assert_uint_eq (tokens.n_tokens * 2, want->len);
      for (guint i = 0; i < tokens.n_tokens; i++)
        {
          ck_assert_uint_eq (precis_token_start (&tokens.tokens[i]), g_array_index (want, guint, 2 * i));
          ck_assert_uint_eq (precis_token_len (&tokens.tokens[i]), g_array_index (want, guint, 2 * i + 1));
        }
      precis_tokens_clear (&tokens);
    }
  precis_tokenizer_free (tok);
}
END_TEST

START_TEST (test_every_ascii_byte_between_words)
{
  /* Each ASCII byte (1 to 127) between two words and twice at a sentence's end, then a second
   * sentence: a letter or digit joins the words, an apostrophe or hyphen joins them and ends the
   * word before the last two, any other byte separates them; the trailing bytes end the first
   * sentence's words and leave the second's alone. No stopwords. */
  PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup ("english"));
  precis_tokenizer_load_stopwords (tok, "", 0, TRUE);
  /* (the second sentence's word long enough that the first's bytes are also read sixteen at a
   * time, where the build reads them so) */
  for (guint b = 1; b < 0x80 * 2; b++)
    {
      gboolean long_word = b >= 0x80;
      gchar text[] = "xq?zv??hellohellohellohello1";
      text[2] = text[5] = text[6] = (gchar)(long_word ? b - 0x7F : b);
      gsize second_len = long_word ? 21 : 5;
      PrecisSpan spans[] = { { 0, 7, 0, 0 }, { 7, 7 + (guint)second_len, 0, 0 } };
      PrecisTokens tokens;
      precis_tokenizer_run (tok, text, spans, 2, &tokens);
      gchar c = text[2];
      gboolean alnum = g_ascii_isalnum (c), joiner = c == '\'' || c == '-';
      guint want_first = alnum || joiner ? 1 : 2;
      ck_assert_msg (tokens.n_words[0] == want_first, "byte %u: %u words", (guint)(guchar)c,
                     tokens.n_words[0]);
      ck_assert_uint_eq (tokens.n_words[1], 1);
      ck_assert_uint_eq (tokens.first[1], want_first);
      ck_assert_uint_eq (tokens.n_tokens, want_first + 1);
      ck_assert_uint_eq (precis_token_start (&tokens.tokens[0]), 0);
      ck_assert_uint_eq (precis_token_len (&tokens.tokens[0]), alnum ? 7 : joiner ? 5 : 2);
      if (want_first == 2)
        {
          ck_assert_uint_eq (precis_token_start (&tokens.tokens[1]), 3);
          ck_assert_uint_eq (precis_token_len (&tokens.tokens[1]), 2);
        }
      ck_assert_uint_eq (precis_token_start (&tokens.tokens[want_first]), 7);
      ck_assert_uint_eq (precis_token_len (&tokens.tokens[want_first]), second_len);
      precis_tokens_clear (&tokens);
    }
  precis_tokenizer_free (tok);
}
END_TEST

/* The words of a sentence are read some at a time before they are looked up: sentences of 0 to
 * 40 words (content words new and seen before, stopwords, one-letter words, long words that share
 * their first eight bytes), each word's id its first sighting's in the document, each sentence's
 * tokens and word count its own, as a word-by-word reading gives them. */
START_TEST (test_ids_over_sentences_of_any_length)
{
  static const gchar *const vocabulary[]
      = { "qxk",         "zz",          "b",
          "qvvvvvvvvvk", "qvvvvvvvvvm", "qvvvvvvvvvkq",
          "wrt",         "zz",          "qkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk",
          "c",           "tpq",         "qvvvvvvvk",
          "yy",          "mnb",         "qvvvvvvvvvk" };
  g_autoptr (GString) doc = g_string_new (NULL);
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (PrecisSpan));
  g_autoptr (GPtrArray) want = g_ptr_array_new (); /* each content word, in order */
  guint want_words[41], want_first[42], x = 7;
  for (guint k = 0; k <= 40; k++)
    {
      PrecisSpan span = { doc->len, 0, 0, 0 };
      want_first[k] = want->len;
      want_words[k] = k;
      for (guint i = 0; i < k; i++)
        {
          x = x * 1103515245u + 12345u;
          const gchar *w = vocabulary[(x >> 16) % G_N_ELEMENTS (vocabulary)];
          g_string_append_printf (doc, "%s%s", w, i + 1 < k ? " " : ".");
          if (strlen (w) > 1 && strcmp (w, "zz") != 0 && strcmp (w, "yy") != 0)
            g_ptr_array_add (want, (gpointer)w);
        }
      span.end = doc->len;
      g_string_append_c (doc, ' ');
      g_array_append_val (spans, span);
    }
  want_first[41] = want->len;
  PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup ("english"));
  precis_tokenizer_load_stopwords (tok, "zz\nyy\n", 6, TRUE);
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint round = 0; round < 2; round++)
    {
      PrecisTokens t;
      precis_tokenizer_run (tok, doc->str, (const PrecisSpan *)(gpointer)spans->data, spans->len, &t);
      ck_assert_uint_eq (t.n_tokens, want->len);
      for (guint k = 0; k <= 41; k++)
        ck_assert_uint_eq (t.first[k], want_first[k]);
      for (guint k = 0; k <= 40; k++)
        ck_assert_uint_eq (t.n_words[k], want_words[k]);
      g_hash_table_remove_all (ids);
      for (guint i = 0; i < want->len; i++)
        {
          const PrecisToken *token = &t.tokens[i];
          ck_assert_uint_eq (precis_token_len (token), strlen (want->pdata[i]));
          ck_assert (memcmp (doc->str + precis_token_start (token), want->pdata[i], precis_token_len (token))
                     == 0);
          gpointer id;
          if (!g_hash_table_lookup_extended (ids, want->pdata[i], NULL, &id))
            {
              id = GUINT_TO_POINTER (g_hash_table_size (ids));
              g_hash_table_insert (ids, want->pdata[i], id);
            }
          ck_assert_uint_eq (token->term, GPOINTER_TO_UINT (id));
        }
      ck_assert_uint_eq (t.n_terms, g_hash_table_size (ids));
      precis_tokens_clear (&t);
    }
  precis_tokenizer_free (tok);
}
END_TEST

START_TEST (test_local_ids_over_many_terms)
{
  /* 3,000 distinct words, then the same again in reverse, in a document read after another: ids
   * 0 to 2,999 in order of first sight, the second sighting the first's id, as a fresh tokenizer
   * gives them (the table of local ids grows many times on the way). */
  g_autoptr (GString) doc = g_string_new (NULL);
  for (guint i = 0; i < 6000; i++)
    {
      guint k = i < 3000 ? i : 5999 - i;
      g_string_append_printf (doc, "q%c%c%c ", 'a' + k % 26, 'a' + k / 26 % 26, 'a' + k / 676);
    }
  const gchar *other = "Zebras graze quietly near rivers.";
  PrecisSpan a = { 0, strlen (other), 0, 0 }, b = { 0, doc->len, 0, 0 };
  PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup ("english"));
  precis_tokenizer_load_stopwords (tok, "", 0, TRUE);
  PrecisTokens t1, t2;
  precis_tokenizer_run (tok, other, &a, 1, &t1);
  precis_tokenizer_run (tok, doc->str, &b, 1, &t2);
  ck_assert_uint_eq (t2.n_tokens, 6000);
  ck_assert_uint_eq (t2.n_terms, 3000);
  for (guint i = 0; i < 6000; i++)
    ck_assert_uint_eq (t2.tokens[i].term, i < 3000 ? i : 5999 - i);
  precis_tokens_clear (&t1);
  /* Read again after the other document: the same ids. */
  precis_tokenizer_run (tok, other, &a, 1, &t1);
  precis_tokens_clear (&t1);
  precis_tokenizer_run (tok, doc->str, &b, 1, &t1);
  ck_assert_uint_eq (t1.n_tokens, 6000);
  for (guint i = 0; i < 6000; i++)
    ck_assert_uint_eq (t1.tokens[i].term, t2.tokens[i].term);
  precis_tokens_clear (&t1);
  precis_tokens_clear (&t2);
  precis_tokenizer_free (tok);
}
END_TEST

/* The document's terms table is emptied before each run by the slots the last run filled, a list
 * that its doublings keep: 3,000 distinct words (the table doubles on the way), then the same words
 * in reverse in a document of the same length (the same table, its first slots reused): each id is
 * the second document's own order of first sight, none left from the first; a title of the first
 * document's words finds none of them after an empty document, and all three after the first again. */
START_TEST (test_terms_emptied_between_runs)
{
  g_autoptr (GString) doc = g_string_new (NULL), rev = g_string_new (NULL);
  for (guint i = 0; i < 3000; i++)
    {
      g_string_append_printf (doc, "q%c%c%c ", 'a' + i % 26, 'a' + i / 26 % 26, 'a' + i / 676);
      guint k = 2999 - i;
      g_string_append_printf (rev, "q%c%c%c ", 'a' + k % 26, 'a' + k / 26 % 26, 'a' + k / 676);
    }
  PrecisSpan a = { 0, doc->len, 0, 0 }, b = { 0, rev->len, 0, 0 }, none = { 0, 0, 0, 0 };
  PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup ("english"));
  precis_tokenizer_load_stopwords (tok, "", 0, TRUE);
  for (guint round = 0; round < 3; round++)
    {
      PrecisTokens t;
      precis_tokenizer_run (tok, round == 1 ? rev->str : doc->str, round == 1 ? &b : &a, 1, &t);
      ck_assert_uint_eq (t.n_tokens, 3000);
      ck_assert_uint_eq (t.n_terms, 3000);
      for (guint i = 0; i < 3000; i++)
        ck_assert_uint_eq (t.tokens[i].term, i);
      precis_tokens_clear (&t);
    }
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  precis_tokenizer_find_terms (tok, "qaaa qbaa qcaa", 14, found);
  ck_assert_uint_eq (found->len, 3);
  ck_assert_uint_eq (g_array_index (found, guint, 2), 2);
  PrecisTokens empty;
  precis_tokenizer_run (tok, "", &none, 1, &empty);
  ck_assert_uint_eq (empty.n_terms, 0);
  precis_tokens_clear (&empty);
  g_array_set_size (found, 0);
  precis_tokenizer_find_terms (tok, "qaaa qbaa qcaa", 14, found);
  ck_assert_uint_eq (found->len, 0);
  precis_tokenizer_free (tok);
}
END_TEST

/* The caches' slots are made with only their values set (0: empty), not zeroed. With every block
 * filled with 'e' bytes when allocated (glibc's M_PERTURB; no block from mmap, which comes zeroed),
 * an empty slot left with its bytes would look like the word "eeeeeeee...": half of 24,000 distinct
 * words open so, through the caches' doublings, and each gets an id of its own in order of first
 * sight, the same when read again. */
START_TEST (test_cache_slots_from_dirty_memory)
{
#ifdef __GLIBC__
  mallopt (M_MMAP_THRESHOLD, 32 << 20);
  mallopt (M_PERTURB, 'e' ^ 0xFF);
#endif
  g_autoptr (GString) doc = g_string_new (NULL);
  for (guint i = 0; i < 24000; i++)
    {
      g_string_append (doc, i % 2 ? "eeeeeeee" : "w");
      for (guint k = 0, x = i; k < 8; k++, x /= 4)
        g_string_append_c (doc, "kqxz"[x % 4]);
      g_string_append (doc, "q ");
    }
  PrecisSpan span = { 0, doc->len, 0, 0 };
  PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup ("english"));
  precis_tokenizer_load_stopwords (tok, "", 0, TRUE);
  for (guint round = 0; round < 2; round++)
    {
      PrecisTokens t;
      precis_tokenizer_run (tok, doc->str, &span, 1, &t);
      ck_assert_uint_eq (t.n_tokens, 24000);
      ck_assert_uint_eq (t.n_terms, 24000);
      for (guint i = 0; i < 24000; i++)
        ck_assert_uint_eq (t.tokens[i].term, i);
      precis_tokens_clear (&t);
    }
  precis_tokenizer_free (tok);
#ifdef __GLIBC__
  mallopt (M_PERTURB, 0);
#endif
}
END_TEST

START_TEST (test_ids_independent_of_history)
{
  /* The same document gets the same ids whatever was tokenised before. */
  PrecisTokenizer *tok = precis_tokenizer_new (precis_language_lookup ("english"));
  const gchar *other = "Zebras graze quietly near rivers.";
  const gchar *doc = "Rivers flood. Zebras run.";
  PrecisSpan a = { 0, strlen (other), 0, 0 }, b = { 0, strlen (doc), 0, 0 };
  PrecisTokens t1, t2;
  precis_tokenizer_run (tok, doc, &b, 1, &t1);
  precis_tokenizer_run (tok, other, &a, 1, &t2);
  precis_tokens_clear (&t2);
  precis_tokenizer_run (tok, doc, &b, 1, &t2);
  assert_same_terms (&t1, &t2);
  precis_tokens_clear (&t1);
  precis_tokens_clear (&t2);
  /* After another document that shares its words, as by a tokenizer of its own. */
  PrecisTokenizer *fresh = precis_tokenizer_new (precis_language_lookup ("english"));
  precis_tokenizer_run (fresh, doc, &b, 1, &t1);
  precis_tokenizer_run (tok, other, &a, 1, &t2);
  precis_tokens_clear (&t2);
  precis_tokenizer_run (tok, doc, &b, 1, &t2);
  assert_same_terms (&t1, &t2);
  precis_tokens_clear (&t1);
  precis_tokens_clear (&t2);
  precis_tokenizer_free (fresh);
  precis_tokenizer_free (tok);
}
END_TEST

/* An ASCII word is stemmed by libstemmer's ISO-8859-1 stemmer where there is one: in every
 * language, the stem of random ASCII words and of words with the languages' common endings is
 * the UTF-8 stemmer's, byte for byte. */
START_TEST (test_ascii_stems_as_utf8)
{
  static const gchar *const endings[]
      = { "",       "s",    "es",    "ies",    "ing",  "ed",   "ation", "ement", "ness",
          "ly",     "heit", "ungen", "ment",   "ar",   "erer", "ene",   "et",    "ului",
          "ilor",   "ista", "uous",  "amente", "eza",  "lijk", "ismo",  "ait",   "aient",
          "issent", "osti", "ssa",   "ista",   "ettu", "leri", "lar",   "ova",   "sion" };
  GRand *rand = g_rand_new_with_seed (18);
  guint n_languages = 0, n_compared = 0;
  for (const char **name = sb_stemmer_list (); *name != NULL; name++)
    {
      const PrecisLanguageInfo *info = precis_language_lookup (*name);
      struct sb_stemmer *utf8 = sb_stemmer_new (*name, "UTF_8");
      if (info == NULL || !info->has_stemmer || utf8 == NULL)
        {
          sb_stemmer_delete (utf8);
          continue;
        }
      n_languages++;
      PrecisTokenizer *tok = precis_tokenizer_new (info);
      for (guint i = 0; i < 3000; i++)
        {
          gchar w[64];
          guint n = (guint)g_rand_int_range (rand, 2, 14);
          for (guint k = 0; k < n; k++)
            w[k] = (gchar)('a' + g_rand_int_range (rand, 0, 26));
          g_strlcpy (w + n, endings[i % G_N_ELEMENTS (endings)], sizeof w - n);
          const gchar *stem = precis_tokenizer_stem (tok, w, strlen (w));
          if (stem == NULL) /* a stopword */
            continue;
          const sb_symbol *want = sb_stemmer_stem (utf8, (const sb_symbol *)w, (int)strlen (w));
          ck_assert_ptr_nonnull (want);
          ck_assert_msg (strlen (stem) == (gsize)sb_stemmer_length (utf8)
                             && memcmp (stem, want, strlen (stem)) == 0,
                         "%s: %s -> %s", *name, w, stem);
          n_compared++;
        }
      precis_tokenizer_free (tok);
      sb_stemmer_delete (utf8);
    }
  g_rand_free (rand);
  ck_assert_uint_ge (n_languages, 20);
  ck_assert_uint_ge (n_compared, 20 * 2500);
}
END_TEST

/* A word of at most 128 bytes may fold to more than 255 (U+0587 "և" folds to "եւ", twice its
 * bytes): its stem is still a term of its own, the same each time it is met. */
START_TEST (test_stem_longer_than_a_key)
{
  GString *text = g_string_new (NULL), *ech = g_string_new (NULL), *other = g_string_new (NULL);
  for (guint i = 0; i < 64; i++)
    {
      g_string_append (ech, "\xD6\x87");                  /* և */
      g_string_append (other, i == 0 ? "a" : "\xD6\x87"); /* a different word, folding to 255 bytes */
    }
  g_string_append (other, "b");
  g_string_printf (text, "%s %s %s word %s", ech->str, other->str, ech->str, other->str);
  Fixture f;
  run (&f, "english", text->str);
  ck_assert_uint_eq (f.tokens.n_tokens, 5);
  ck_assert_uint_eq (term (&f, 0), term (&f, 2));
  ck_assert_uint_eq (term (&f, 1), term (&f, 4));
  ck_assert_uint_ne (term (&f, 0), term (&f, 1));
  ck_assert_uint_ne (term (&f, 0), term (&f, 3));
  const gchar *stem = precis_tokenizer_stem (f.tok, ech->str, ech->len);
  ck_assert_uint_eq (strlen (stem), 256);
  ck_assert (g_str_has_prefix (stem, "\xD5\xA5\xD6\x82")); /* եւ */
  ck_assert_ptr_eq (precis_tokenizer_stem (f.tok, ech->str, ech->len), stem);
  fixture_clear (&f);
  g_string_free (text, TRUE);
  g_string_free (ech, TRUE);
  g_string_free (other, TRUE);
}
END_TEST

/* The stems of @words (a NULL-terminated list) by @tok, or "-" for a stopword, one line each. */
static gchar *
stems_of (PrecisTokenizer *tok, const gchar *const *words)
{
  GString *out = g_string_new (NULL);
  for (const gchar *const *w = words; *w != NULL; w++)
    {
      const gchar *stem = precis_tokenizer_stem (tok, *w, strlen (*w));
      g_string_append_printf (out, "%s\n", stem != NULL ? stem : "-");
    }
  return g_string_free (out, FALSE);
}

/* Tokenizers that share a word cache give every word the stem (or the stopword verdict) that a
 * tokenizer of their own language and stopword list gives alone, whichever met the word first:
 * a list loaded before or after the sharing began, another language, the same language with
 * its built-in list. */
START_TEST (test_shared_words_keep_recipes_apart)
{
  static const gchar *const words[] = { "Harbour", "harbours", "bridges", "The",    "national",   "nationale",
                                        "les",     "parlait",  "running", "Straße", "connexions", NULL };
  const gchar extra[] = "harbour bridges\n";
  const PrecisLanguageInfo *en = precis_language_lookup ("english"), *fr = precis_language_lookup ("french");
  /* Alone: the reference. */
  PrecisTokenizer *alone[4] = { precis_tokenizer_new (en), precis_tokenizer_new (en),
                                precis_tokenizer_new (fr), precis_tokenizer_new (en) };
  precis_tokenizer_load_stopwords (alone[1], extra, sizeof extra - 1, FALSE);
  precis_tokenizer_load_stopwords (alone[3], extra, sizeof extra - 1, TRUE);
  /* Shared: the one with the extra list first, so that its verdicts are in the cache first. */
  PrecisWordCache *words_cache = precis_word_cache_new ();
  PrecisTokenizer *shared[4] = { precis_tokenizer_new (en), precis_tokenizer_new (en),
                                 precis_tokenizer_new (fr), precis_tokenizer_new (en) };
  precis_tokenizer_load_stopwords (shared[1], extra, sizeof extra - 1, FALSE);
  for (guint i = 0; i < 4; i++)
    precis_tokenizer_share (shared[i], words_cache);
  /* Loaded while sharing: it moves to another part of the cache. */
  precis_tokenizer_load_stopwords (shared[3], extra, sizeof extra - 1, TRUE);
  guint order[] = { 1, 3, 0, 2, 1, 0 };
  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    {
      guint i = order[k];
      g_autofree gchar *want = stems_of (alone[i], words);
      g_autofree gchar *got = stems_of (shared[i], words);
      ck_assert_str_eq (got, want);
    }
  g_autofree gchar *with_extra = stems_of (alone[1], words);
  g_autofree gchar *plain = stems_of (alone[0], words);
  g_autofree gchar *french = stems_of (alone[2], words);
  ck_assert_str_ne (with_extra, plain); /* the lists make a difference to these words */
  ck_assert_str_ne (french, plain);
  for (guint i = 0; i < 4; i++)
    {
      precis_tokenizer_free (alone[i]);
      precis_tokenizer_free (shared[i]);
    }
  precis_word_cache_free (words_cache);
}
END_TEST

/* The shared cache empties a shelf past its bound and goes on giving the right stems: words met
 * before and after, by a second tokenizer, against a tokenizer alone. */
START_TEST (test_shared_words_bounded)
{
  const PrecisLanguageInfo *en = precis_language_lookup ("english");
  g_autoptr (PrecisWordCache) words_cache = precis_word_cache_new ();
  PrecisTokenizer *first = precis_tokenizer_new (en), *second = precis_tokenizer_new (en);
  PrecisTokenizer *alone = precis_tokenizer_new (en);
  precis_tokenizer_share (first, words_cache);
  precis_tokenizer_share (second, words_cache);
  GRand *rand = g_rand_new_with_seed (7);
  const guint n = 300000; /* past the bound of 262,144 forms */
  typedef gchar Word[16];
  Word *w = g_new (Word, n);
  for (guint i = 0; i < n; i++)
    {
      /* Distinct: the number in letters, then a random tail that stemming may cut. */
      guint x = i, k = 0;
      do
        w[i][k++] = (gchar)('a' + x % 26);
      while ((x /= 26) > 0 && k < 8);
      static const gchar *const tails[] = { "ing", "ed", "s", "ation", "ly", "" };
      g_strlcpy (w[i] + k, tails[g_rand_int_range (rand, 0, G_N_ELEMENTS (tails))], 16 - k);
      precis_tokenizer_stem (first, w[i], strlen (w[i]));
    }
  for (guint i = 0; i < n; i += 97)
    {
      const gchar *want = precis_tokenizer_stem (alone, w[i], strlen (w[i]));
      const gchar *got = precis_tokenizer_stem (second, w[i], strlen (w[i]));
      ck_assert_msg (g_strcmp0 (want, got) == 0, "%s: %s, alone %s", w[i], got, want);
    }
  g_free (w);
  g_rand_free (rand);
  precis_tokenizer_free (first);
  precis_tokenizer_free (second);
  precis_tokenizer_free (alone);
}
END_TEST

/* The index of the token @w in @f (the first one written so), or fails. */
static guint
token_of (const Fixture *f, const gchar *w)
{
  for (guint i = 0; i < f->tokens.n_tokens; i++)
    {
      g_autofree gchar *got = word (f, i);
      if (g_str_equal (got, w))
        return i;
    }
  ck_abort_msg ("no token \"%s\"", w);
  return 0;
}

/* An acronym takes the term of the last word of the name it abbreviates, written anywhere in
 * the text, until restored; capitals that abbreviate no name there keep their own. */
START_TEST (test_acronyms)
{
  static const struct
  {
    const gchar *language, *text, *acronym, *head; /* head NULL: no link */
  } cases[] = {
    { "english", "The European Central Bank held rates. The ECB said so.", "ECB", "Bank" },
    { "english", "The FBI said so. The Federal Bureau of Investigation agreed.", "FBI", "Investigation" },
    { "russian",
      "\xD0\xA6\xD0\xB5\xD0\xBD\xD1\x82\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD1\x8B\xD0\xB9 "
      "\xD0\xB1\xD0\xB0\xD0\xBD\xD0\xBA \xD0\xBF\xD0\xBE\xD0\xB2\xD1\x8B\xD1\x81\xD0\xB8\xD0\xBB "
      "\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xBA\xD1\x83. \xD0\x93\xD0\xBB\xD0\xB0\xD0\xB2\xD0\xB0 "
      "\xD0\xA6\xD0\x91 \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB.",
      "\xD0\xA6\xD0\x91", "\xD0\xB1\xD0\xB0\xD0\xBD\xD0\xBA" },
    /* no name with those initials; a name broken by a comma, or by a full stop */
    { "english", "The NATO summit opened in North Atlantic waters.", "NATO", NULL },
    { "english", "Prices rose in Paris, Madrid and Berlin. The PM spoke.", "PM", NULL },
    { "english", "He met Paul. Miller left. The PM spoke.", "PM", NULL },
    /* two capitalised words for two letters: a person, named again by the surname, is no
     * acronym's name ("Peter Mandelson" is no "PM"); "United Nations" is the "UN" */
    { "english", "Peter Mandelson met the PM on Tuesday. The PM spoke. Mandelson left.", "PM", NULL },
    { "english", "The United Nations met on Tuesday. The UN spoke.", "UN", "Nations" },
  };
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      Fixture f;
      run (&f, cases[c].language, cases[c].text);
      guint a = token_of (&f, cases[c].acronym);
      guint own = term (&f, a);
      g_autoptr (GArray) undo = precis_acronyms_link (f.text, &f.tokens);
      if (cases[c].head != NULL)
        {
          ck_assert_uint_eq (term (&f, a), term (&f, token_of (&f, cases[c].head)));
          ck_assert_uint_eq (undo->len, 1);
        }
      else
        {
          ck_assert_uint_eq (term (&f, a), own);
          ck_assert_uint_eq (undo->len, 0);
        }
      precis_acronyms_restore (&f.tokens, undo);
      ck_assert_uint_eq (term (&f, a), own);
      fixture_clear (&f);
    }
}
END_TEST

/* The acronym stage over sentences given as spans ('|' ends one): a name is looked for inside
 * one sentence only (a space may join two), after sentences with no capital and no content
 * word; a token written in capitals starts no name, also the text's first acronym and one past
 * the stage's 32. */
START_TEST (test_acronyms_over_sentences)
{
  GString *many = g_string_new ("The UN met.|");
  for (guint i = 0; i < 32; i++) /* 32 more acronyms after UN: the table is full before US */
    g_string_append_printf (many, "Q%c%c ", 'A' + i / 26, 'A' + i % 26);
  g_string_append (many, "spoke.|The US Navy sailed.");
  const struct
  {
    const gchar *text, *acronym, *head; /* head NULL: no link */
  } cases[] = {
    { "the rates rose.|of the.|prices fell.|The European Central Bank held.|The ECB said so.", "ECB",
      "Bank" },
    { "The ECB said so.|of the.|The European Central Bank held.", "ECB", "Bank" },
    { "The European Central| Bank staff left.|The ECB spoke.", "ECB", NULL },
    { "The European| Central Bank staff left.|of the.|The ECB spoke.", "ECB", NULL },
    { "The US Navy sailed.|The UN met.", "UN", NULL },
    { many->str, "UN", NULL },
  };
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_auto (GStrv) parts = g_strsplit (cases[c].text, "|", -1);
      g_autofree gchar *text = g_strjoinv ("", parts);
      guint n = g_strv_length (parts);
      g_autofree PrecisSpan *spans = g_new0 (PrecisSpan, n);
      gsize at = 0;
      for (guint k = 0; k < n; k++)
        {
          spans[k].start = at;
          at += strlen (parts[k]);
          spans[k].end = at;
        }
      Fixture f = { .tok = precis_tokenizer_new (precis_language_lookup ("english")), .text = text };
      precis_tokenizer_run (f.tok, text, spans, n, &f.tokens);
      ck_assert_uint_eq (f.tokens.n_sentences, n);
      guint a = token_of (&f, cases[c].acronym);
      guint own = term (&f, a);
      g_autoptr (GArray) undo = precis_acronyms_link (f.text, &f.tokens);
      if (cases[c].head != NULL)
        ck_assert_msg (term (&f, a) == term (&f, token_of (&f, cases[c].head)) && undo->len == 1, "case %u",
                       c);
      else
        ck_assert_msg (term (&f, a) == own && undo->len == 0, "case %u", c);
      precis_acronyms_restore (&f.tokens, undo);
      ck_assert_uint_eq (term (&f, a), own);
      fixture_clear (&f);
    }
  g_string_free (many, TRUE);
}
END_TEST

int
main (void)
{

  Suite *s = suite_create ("tokenize");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_words_and_stopwords);
  tcase_add_test (tc, test_ids_over_sentences_of_any_length);
  tcase_add_test (tc, test_unspaced_next_to_digits);
  tcase_add_test (tc, test_stemming_and_ids);
  tcase_add_test (tc, test_caches_share_a_budget);
  tcase_add_test (tc, test_nfc_and_case);
  tcase_add_test (tc, test_marks_in_words);
  tcase_add_test (tc, test_long_word_skipped);
  tcase_add_test (tc, test_replace_stopwords);
  tcase_add_test (tc, test_stopwords_dropped_when_tokenized);
  tcase_add_test (tc, test_every_language_stems);
  tcase_add_test (tc, test_ids_independent_of_history);
  tcase_add_test (tc, test_cache_keys_by_every_byte);
  tcase_add_test (tc, test_word_cut_at_span_end);
  tcase_add_test (tc, test_unspaced_word_counts);
  tcase_add_test (tc, test_word_bounds);
  tcase_add_test (tc, test_every_ascii_byte_between_words);
  tcase_add_test (tc, test_local_ids_over_many_terms);
  tcase_add_test (tc, test_terms_emptied_between_runs);
  tcase_add_test (tc, test_cache_slots_from_dirty_memory);
  tcase_add_test (tc, test_find_terms);
  tcase_add_test (tc, test_forms_bounded);
  tcase_add_test (tc, test_forms_past_the_cache);
  tcase_add_test (tc, test_ascii_stems_as_utf8);
  tcase_add_test (tc, test_shared_words_keep_recipes_apart);
  tcase_add_test (tc, test_shared_words_bounded);
  tcase_add_test (tc, test_stem_longer_than_a_key);
  tcase_add_test (tc, test_acronyms);
  tcase_add_test (tc, test_acronyms_over_sentences);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
