/* acronyms.h - an acronym read as the name it stands for, in the sentence vectors only
 * (pipeline/acronyms.c). */
#pragma once

#include "pipeline/tokenize.h"

typedef struct
{
  guint token; /* index in PrecisTokens.tokens */
  guint term;  /* its own term */
} PrecisAcronymUndo;

/* Gives each token of @tokens written in capitals ("ЦБ", "ECB") whose letters are the initials
 * of a name the text writes in full ("Центральный банк", "European Central Bank") the term of
 * the name's last word. Returns what to undo with precis_acronyms_restore(); the caller frees
 * it with g_array_unref(). */
GArray *precis_acronyms_link (const gchar *text, PrecisTokens *tokens);

/* Gives the tokens that precis_acronyms_link() changed their own terms back. */
void precis_acronyms_restore (PrecisTokens *tokens, GArray *undo);
