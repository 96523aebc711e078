/* rouge.h - the ROUGE scorer's internals that its tests read (eval/rouge.c). */
#pragma once

#include "precis.h"

/* What the scorer's flavour does to a lower-case token (stemmed when stemming is on and the
 * token is longer than 3 characters). Borrowed from the scorer's cache or @token itself. */
const gchar *precis_rouge_stem (PrecisRouge *rouge, const gchar *token);
