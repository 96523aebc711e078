/* clean.h - the optional cleaning before segmentation (pipeline/clean.c). */
#pragma once

#include "pipeline/normalize.h"

/* @text (@len bytes of valid UTF-8) cleaned as @mode says (see PrecisClean), NUL-terminated,
 * valid UTF-8; its length in *out_len. The caller frees it with g_free(). O(len). */
gchar *precis_clean (const gchar *text, gsize len, PrecisClean mode, gsize *out_len);

/* Replaces the text by its cleaned form (nothing for PRECIS_CLEAN_NONE); run before the title
 * is looked for. */
void precis_text_clean (PrecisText *text, PrecisClean mode);
