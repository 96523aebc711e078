/* punctuation.h - punctuation marks that several stages read alike (header only). */
#pragma once

#include <glib.h>

/* Whether @c is a question mark: "?", the full-width mark of CJK text (U+FF1F), the Arabic
 * (U+061F) and the Greek (U+037E, which looks like a semicolon). */
static inline gboolean
precis_is_question_mark (gunichar c)
{
  return c == '?' || c == 0xFF1F || c == 0x061F || c == 0x037E;
}
