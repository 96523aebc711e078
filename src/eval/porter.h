/* porter.h - the two Porter stemmers ROUGE's flavours use (eval/porter.c). */
#pragma once

#include <glib.h>

/* NLTK 3.8's PorterStemmer (NLTK_EXTENSIONS) and ROUGE-1.5.5's Porter, on a lower-case ASCII
 * word of @len bytes; the stem replaces the contents of @out. */
void precis_porter_nltk (const gchar *word, gsize len, GString *out);
void precis_porter_rouge155 (const gchar *word, gsize len, GString *out);
