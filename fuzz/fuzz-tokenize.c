/* fuzz-tokenize.c - libFuzzer entry point for the tokenizer and Snowball stemming path, in a
 * language chosen by the first byte; tokens must lie inside the text. */
#include <string.h>

#include "pipeline/normalize.h"
#include "pipeline/vectors.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static PrecisTokenizer *tokenizers[28];
  if (size < 1)
    return 0;
  guint which = data[0] % 28;
  if (tokenizers[which] == NULL)
    tokenizers[which] = precis_tokenizer_new (precis_language_lookup (precis_languages ()[which]));
  PrecisText text;
  if (!precis_text_init (&text, (const gchar *)data + 1, size - 1, TRUE, NULL))
    return 0;
  PrecisSpan span = { 0, text.len, 0, 0 };
  PrecisTokens tokens;
  precis_tokenizer_run (tokenizers[which], text.text, &span, 1, &tokens);
  for (guint i = 0; i < tokens.n_tokens; i++)
    g_assert (precis_token_start (&tokens.tokens[i]) + precis_token_len (&tokens.tokens[i]) <= text.len
              && tokens.tokens[i].term < tokens.n_terms);
  PrecisVectors v;
  precis_vectors_build (&tokens, &v);
  precis_vectors_clear (&v);
  precis_tokens_clear (&tokens);
  precis_text_clear (&text);
  return 0;
}
