/* detect-cld2.h - CLD2 as one C call (base/detect-cld2.cc); only base/detect.c uses it. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gchar code[16];     /* CLD2's code: ISO 639-1 where there is one ("fr", "nb", "zh-Hant") */
  gchar name[32];     /* CLD2's name, upper case ("FRENCH") */
  gint percent;       /* share of the text's letters in that language, 0..100 */
  gdouble score;      /* CLD2's score for it relative to ordinary text in it (near 1: ordinary) */
  gint text_bytes;    /* bytes of letters CLD2 scored */
  gboolean reliable;  /* CLD2's own judgement: clearly ahead of the second language */
  gchar code3[3][16]; /* CLD2's top three languages by share of the letters ("" for none)... */
  gint percent3[3];   /* ...and their shares, 0..100 */
} PrecisCld2Result;

/* Detects the language of @len bytes of UTF-8 @text, @hint (a language name or code, or NULL)
 * favoured. FALSE when CLD2 gives no answer (no letters, text it does not accept). */
gboolean precis_cld2_detect (const gchar *text, gsize len, const gchar *hint, PrecisCld2Result *out);

/* The same through CLD2's public entry point: slower, the same answer (the Check suite `cld2`
 * compares the two). */
gboolean precis_cld2_detect_reference (const gchar *text, gsize len, const gchar *hint,
                                       PrecisCld2Result *out);

/* CLD2's name and code for the language @name_or_code names (a name such as "Polish" or a code
 * such as "pl", any case): copied to @name and @code (as PrecisCld2Result's); FALSE when CLD2
 * knows no such language. */
gboolean precis_cld2_lookup (const gchar *name_or_code, gchar name[32], gchar code[16]);

G_END_DECLS
