/* normalize.h - bytes in, validated text out (pipeline/normalize.c): the first stage. */
#pragma once

#include "precis.h"

typedef struct
{
  const gchar *text; /* validated UTF-8, NUL-terminated: @owned, or the caller's input */
  gchar *owned;      /* the copy the text lives in, or NULL when it is read in place */
  gsize len;         /* bytes, without the final NUL */
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
void precis_text_clear (PrecisText *text);
