/* normalize.h - bytes in, validated text out (pipeline/normalize.c): the first stage. */
#pragma once

#include "precis.h"

typedef struct
{
  const gchar *text; /* validated UTF-8, NUL-terminated: @owned, or the caller's input */
  /* The buffer the text lives in when the library may write into it (a copy, or the caller's
   * text taken over), or NULL when it reads the caller's text in place; @free_owned frees it
   * (NULL: the caller does, after the summary). */
  gchar *owned;
  GDestroyNotify free_owned;
  gsize len; /* bytes, without the final NUL */
  gboolean has_title;
  gsize title_start; /* the title line's span, when has_title (pipeline/title.c) */
  gsize title_len;
  gsize body_start; /* where sentences start: after a byte-order mark, the title and its blank line */
} PrecisText;

/* Validates @len bytes of @input (refusing binary data and, unless @lossy, invalid UTF-8) and
 * copies them into @text, which the caller clears with precis_text_clear(); no title is looked
 * for yet. FALSE with @error set when the input is refused (@text is then empty). */
gboolean precis_text_init (PrecisText *text, const gchar *input, gsize len, gboolean lossy, GError **error);
/* precis_text_init() for @input NUL-terminated at @len: when it needs no repair it is read in
 * place, not copied (a large document's text held once), and must then stay unchanged until
 * @text is cleared. */
gboolean precis_text_init_in_place (PrecisText *text, const gchar *input, gsize len, gboolean lossy,
                                    GError **error);
/* precis_text_init() for @input taken over (precis_summarizer_run_take()), NUL-terminated at
 * @len: read in place when it needs no repair, and then written into by later stages; else
 * freed with @free_input (NULL: not) at once, as it is when refused. */
gboolean precis_text_init_take (PrecisText *text, gchar *input, gsize len, GDestroyNotify free_input,
                                gboolean lossy, GError **error);
/* Makes @buffer (@len bytes and a NUL, freed with g_free()) the text, freeing the previous copy
 * or taken input at once. */
void precis_text_adopt (PrecisText *text, gchar *buffer, gsize len);
/* The buffer the text lives in when the library may write into it, handed over with the
 * function that frees it (*free_owned; NULL: the caller's to free): @text keeps reading it
 * but no longer frees it. NULL when the text is the caller's, read in place. */
gchar *precis_text_steal_owned (PrecisText *text, GDestroyNotify *free_owned);
void precis_text_clear (PrecisText *text);
