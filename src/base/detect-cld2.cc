/* detect-cld2.cc - the one C++ file: Google's Compact Language Detector 2 behind a C call.
 *
 * CLD2's public header is C++ (a namespace, std::vector in its signatures), so it is included
 * here only, and base/detect.c sees a plain C function. The text must be UTF-8; CLD2's
 * checking entry point is used anyway, so that text CLD2 does not accept (C1 controls,
 * non-characters) gives "no answer" rather than undefined behaviour. CLD2 is thread-safe and
 * keeps no state between calls. Cost: linear in the text, about 400 instructions a byte.
 */
#include "config.h"

#include <cstdio> /* compact_lang_det.h uses FILE without including it */

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "base/detect-cld2.h"

extern "C" gboolean
precis_cld2_detect (const gchar *text, gsize len, const gchar *hint, PrecisCld2Result *out)
{
  *out = PrecisCld2Result ();
  if (len == 0 || len > G_MAXINT)
    return FALSE;
  CLD2::Language hint_language = CLD2::UNKNOWN_LANGUAGE;
  if (hint != NULL)
    hint_language = CLD2::GetLanguageFromName (hint);
  CLD2::CLDHints hints = { NULL, NULL, CLD2::UNKNOWN_ENCODING, hint_language };
  CLD2::Language language3[3];
  int percent3[3] = { 0, 0, 0 };
  double normalized3[3] = { 0, 0, 0 };
  int text_bytes = 0;
  int valid_prefix = 0;
  bool reliable = false;
  /* Best effort: an answer even for a short text; base/detect.c decides what is too short. */
  CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8 (
      text, (int)len, true, &hints, CLD2::kCLDFlagBestEffort, language3, percent3, normalized3, NULL,
      &text_bytes, &reliable, &valid_prefix);
  if (valid_prefix < (int)len || language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE)
    return FALSE;
  g_strlcpy (out->code, CLD2::LanguageCode (language), sizeof out->code);
  g_strlcpy (out->name, CLD2::LanguageName (language), sizeof out->name);
  out->percent = percent3[0];
  out->score = normalized3[0];
  out->text_bytes = text_bytes;
  out->reliable = reliable;
  return TRUE;
}
