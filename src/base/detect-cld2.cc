/* detect-cld2.cc - the one C++ file: Google's Compact Language Detector 2 behind a C call.
 *
 * CLD2's public header is C++ (a namespace, std::vector in its signatures), so it is included
 * here only, and base/detect.c sees a plain C function. The text must be UTF-8; CLD2's
 * interchange check runs first, so that text CLD2 does not accept (C1 controls,
 * non-characters) gives "no answer" rather than undefined behaviour. CLD2 is thread-safe and
 * keeps no state between calls; the shortcut below keeps one scratch scanner (100 KB) per
 * thread that detects, and no answer.
 *
 * Two ways in, one answer. precis_cld2_detect_reference() is CLD2's public entry point
 * (ExtDetectLanguageSummaryCheckUTF8). Its text scanner, made for HTML (tags, entities, a map
 * from every letter back to its byte offset), is half of its cost on a short plain text: about
 * 190 instructions a letter. precis_cld2_detect() gets the same answer at about half the cost:
 * it builds the scanner's output itself (one span of lower-case words between single spaces,
 * the letters and their script told by CLD2's own tables) and then runs the rest of CLD2's
 * DetectLanguageSummaryV2 (compact_lang_det_impl.cc) step by step through the functions
 * libcld2 exports and its installed internal headers declare: the scoring, the close pairs,
 * the summary. Where the shortcut would not be the same computation (letters of more than one
 * script, no letters, a text long enough for CLD2's squeeze test or its second pass), it calls
 * the public entry point instead. The Check suite `cld2` compares the two on every
 * text it has, and base/detect.c's bench on the langid sets (bench/RESULTS.md).
 */
#include "config.h"

#include <cstdio> /* compact_lang_det.h uses FILE without including it */
#include <cstring>

#include <cld2/internal/cld2tablesummary.h>
#include <cld2/internal/getonescriptspan.h>
#include <cld2/internal/scoreonescriptspan.h>
#include <cld2/internal/tote.h>
#include <cld2/internal/utf8statetable.h>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "base/detect-cld2.h"

/* libcld2's exported internals that no installed header declares (compact_lang_det_impl.cc,
 * libcld2 0.0.0-git20150806). */
namespace CLD2
{
extern const UTF8PropObj cld_generated_CjkUni_obj;
extern const CLD2TableSummary kCjkCompat_obj;
extern const CLD2TableSummary kCjkDeltaBi_obj;
extern const CLD2TableSummary kDistinctBiTable_obj;
extern const CLD2TableSummary kQuad_obj;
extern const CLD2TableSummary kQuad_obj2;
extern const CLD2TableSummary kDeltaOcta_obj;
extern const CLD2TableSummary kDistinctOcta_obj;
extern const short kAvgDeltaOctaScore[];

int SpanInterchangeValid (const char *src, int byte_length);
void ApplyHints (const char *buffer, int buffer_length, bool is_plain_text, const CLDHints *cld_hints,
                 ScoringContext *scoringcontext);
void RefineScoredClosePairs (DocTote *doc_tote, ResultChunkVector *resultchunkvector, bool html, bool quiet);
void RemoveUnreliableLanguages (DocTote *doc_tote, bool html, bool quiet);
void ExtractLangEtc (DocTote *doc_tote, int total_text_bytes, int *reliable_percent3, Language *language3,
                     int *percent3, double *normalized_score3, int *text_bytes, bool *is_reliable);
void CalcSummaryLang (DocTote *doc_tote, int total_text_bytes, const int *reliable_percent3,
                      const Language *language3, const int *percent3, Language *summary_lang,
                      bool *is_reliable, bool html, bool quiet, int flags);
} // namespace CLD2

namespace
{

/* The scoring tables, in the order DetectLanguageSummaryV2's own kScoringtables lists them. */
const CLD2::ScoringTables SCORING_TABLES = {
  &CLD2::cld_generated_CjkUni_obj, &CLD2::kCjkCompat_obj,    &CLD2::kCjkDeltaBi_obj,
  &CLD2::kDistinctBiTable_obj,     &CLD2::kQuad_obj,         &CLD2::kQuad_obj2,
  &CLD2::kDeltaOcta_obj,           &CLD2::kDistinctOcta_obj, CLD2::kAvgDeltaOctaScore,
};

/* CLD2's thresholds in DetectLanguageSummaryV2: a text of at most SHORT_TEXT bytes of letters is
 * answered in one pass; longer text is answered in one pass when its first language is reliable
 * and has GOOD_FIRST per cent of it, or the first two GOOD_FIRST_TWO per cent; otherwise CLD2
 * reads it again (Top40, repeats). Spans longer than SQUEEZE_TEST are tested for squeezing. */
constexpr int SHORT_TEXT = 256;
constexpr int GOOD_FIRST = 70;
constexpr int GOOD_FIRST_TWO = 93;
constexpr int SQUEEZE_TEST = 4096 >> 1;
/* The longest text the shortcut takes: the span is built on the stack. Longer texts, rare
 * (base/detect.c reads at most 3,072 bytes), go through the public entry point. */
constexpr int MAX_SHORTCUT = 4096;

/* The script of each ASCII byte as CLD2 tells it (0: not a letter), asked of CLD2 once. */
struct AsciiScripts
{
  unsigned char script[128];
  AsciiScripts ()
  {
    for (int c = 0; c < 128; c++)
      {
        char s[4] = { (char)c, ' ', ' ', '\0' };
        script[c] = (unsigned char)(c == 0 ? 0 : CLD2::GetUTF8LetterScriptNum (s));
      }
  }
};

const AsciiScripts &
ascii_scripts ()
{
  static const AsciiScripts table;
  return table;
}

/* One ScriptScanner a thread, for its LowerScriptSpan (CLD2's own lower-casing of a span); its two
 * buffers (100 KB) are allocated once instead of once a call. */
CLD2::ScriptScanner &
lower_scanner ()
{
  static thread_local CLD2::ScriptScanner scanner ("", 0, true);
  return scanner;
}

/* Writes into @span (at least @len + 5 bytes) what CLD2's ScriptScanner::GetOneScriptSpan makes of
 * plain text @text[0, len) when all of its letters are in one script: a space, each run of
 * letters followed by one space, three spaces and a NUL. Returns the number of bytes before the
 * three spaces (CLD2's text_bytes) and sets @script, or returns 0 when the text has no letters,
 * or letters of a second script (CLD2 then splits it into several spans, or keeps a lone letter
 * of another script in the span: the public entry point is used instead). Marks (the inherited
 * script) continue a run, as in CLD2, except at the very start. ASCII letters are lower-cased
 * on the way (all that CLD2's lower-casing does to them); @ascii_only tells whether there was
 * any other letter, which CLD2's LowerScriptSpan must then lower-case. */
int
build_span (const char *text, int len, char *span, int *script, bool *ascii_only)
{
  const unsigned char *ascii = ascii_scripts ().script;
  int s = 0;
  int put = 1;
  bool in_word = false;
  *ascii_only = true;
  span[0] = ' ';
  for (int take = 0; take < len;)
    {
      unsigned char c = (unsigned char)text[take];
      /* A run of ASCII letters of the span's script once it has one (most of a Latin text's bytes):
       * each copied lower-cased, as the steps below would, with one test a byte. */
      if (s != 0 && c < 0x80 && ascii[c] == s)
        {
          do
            {
              span[put++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
              take++;
            }
          while (take < len && (c = (unsigned char)text[take]) < 0x80 && ascii[c] == s);
          in_word = true;
          continue;
        }
      int n = 1;
      int sc = 0;
      if (c < 0x80)
        sc = ascii[c];
      else
        {
          n = CLD2::UTF8OneCharLen (text + take);
          if (take + n > len)
            return 0;
          sc = CLD2::GetUTF8LetterScriptNum (text + take);
        }
      if (sc == CLD2::ULScript_Common)
        {
          if (in_word)
            span[put++] = ' ';
          in_word = false;
          take += n;
          continue;
        }
      if (s == 0)
        {
          if (sc == CLD2::ULScript_Inherited)
            return 0;
          s = sc;
        }
      else if (sc != s && sc != CLD2::ULScript_Inherited)
        return 0;
      if (n == 1)
        span[put] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      else
        {
          memcpy (span + put, text + take, (size_t)n);
          *ascii_only = false;
        }
      put += n;
      take += n;
      in_word = true;
    }
  if (s == 0)
    return 0;
  if (in_word)
    span[put++] = ' ';
  memcpy (span + put, "   ", 4);
  *script = s;
  return put;
}

/* DetectLanguageSummaryV2 (is_plain_text, allow_extended_lang, no result chunks) for a text whose
 * span build_span() made: FALSE when CLD2 would take a path this does not follow. */
bool
detect_span (const char *text, int len, const CLD2::CLDHints *hints, int flags, char *span, int span_bytes,
             int script, bool ascii_only, CLD2::Language *language, CLD2::Language *language3, int *percent3,
             double *normalized3, int *text_bytes, bool *reliable)
{
  CLD2::ScriptScanner &scanner = lower_scanner ();
  CLD2::LangSpan scriptspan;
  scriptspan.text = span;
  scriptspan.text_bytes = span_bytes;
  scriptspan.offset = 0;
  scriptspan.ulscript = (CLD2::ULScript)script;
  scriptspan.lang = CLD2::UNKNOWN_LANGUAGE;
  scriptspan.truncated = false;
  if (!ascii_only)
    scanner.LowerScriptSpan (&scriptspan);
  if (scriptspan.text_bytes > SQUEEZE_TEST)
    return false;

  CLD2::DocTote doc_tote;
  CLD2::ScoringContext context;
  context.debug_file = stderr;
  context.flags_cld2_score_as_quads = (flags & CLD2::kCLDFlagScoreAsQuads) != 0;
  context.flags_cld2_html = false;
  context.flags_cld2_cr = false;
  context.flags_cld2_verbose = false;
  context.prior_chunk_lang = CLD2::UNKNOWN_LANGUAGE;
  context.ulscript = CLD2::ULScript_Common;
  context.scoringtables = &SCORING_TABLES;
  context.scanner = NULL;
  context.init ();
  /* Without a hint, ApplyHints finds no priors in plain text and changes nothing. */
  if (hints->language_hint != CLD2::UNKNOWN_LANGUAGE)
    CLD2::ApplyHints (text, len, true, hints, &context);
  context.scanner = &scanner;
  context.ulscript = scriptspan.ulscript;
  CLD2::ScoreOneScriptSpan (scriptspan, &context, &doc_tote, NULL);
  int total = scriptspan.text_bytes;

  CLD2::RefineScoredClosePairs (&doc_tote, NULL, false, false);
  int reliable_percent3[3];
  doc_tote.Sort (3);
  CLD2::ExtractLangEtc (&doc_tote, total, reliable_percent3, language3, percent3, normalized3, text_bytes,
                        reliable);
  bool good = total <= SHORT_TEXT || (*reliable && percent3[0] >= GOOD_FIRST)
              || (*reliable && percent3[0] + percent3[1] >= GOOD_FIRST_TWO);
  if (!good)
    return false;
  /* With best effort CLD2 sorts and extracts the same totals again: a selection sort of the top
   * three that is already done changes nothing, so that is skipped. */
  if ((flags & CLD2::kCLDFlagBestEffort) == 0)
    {
      CLD2::RemoveUnreliableLanguages (&doc_tote, false, false);
      doc_tote.Sort (3);
      CLD2::ExtractLangEtc (&doc_tote, total, reliable_percent3, language3, percent3, normalized3, text_bytes,
                            reliable);
    }
  CLD2::CalcSummaryLang (&doc_tote, total, reliable_percent3, language3, percent3, language, reliable, false,
                         false, flags);
  return true;
}

/* The answer of either way in, as base/detect.c reads it. */
gboolean
set_result (CLD2::Language language, const CLD2::Language *language3, const int *percent3,
            const double *normalized3, int text_bytes, bool reliable, PrecisCld2Result *out)
{
  if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE)
    return FALSE;
  g_strlcpy (out->code, CLD2::LanguageCode (language), sizeof out->code);
  g_strlcpy (out->name, CLD2::LanguageName (language), sizeof out->name);
  out->percent = percent3[0];
  out->score = normalized3[0];
  out->text_bytes = text_bytes;
  out->reliable = reliable;
  for (int i = 0; i < 3; i++)
    if (percent3[i] > 0 && language3[i] != CLD2::UNKNOWN_LANGUAGE
        && language3[i] != CLD2::TG_UNKNOWN_LANGUAGE)
      {
        g_strlcpy (out->code3[i], CLD2::LanguageCode (language3[i]), sizeof out->code3[i]);
        out->percent3[i] = percent3[i];
      }
  return TRUE;
}

/* Best effort: an answer even for a short text; base/detect.c decides what is too short. */
constexpr int FLAGS = CLD2::kCLDFlagBestEffort;

} // namespace

extern "C" gboolean
precis_cld2_lookup (const gchar *name_or_code, gchar name[32], gchar code[16])
{
  /* CLD2 writes some names upper case ("POLISH"), some not ("Chinese"), and its look-up by name
   * is case-sensitive: every language is compared, in any case, by name and by code. */
  CLD2::Language language = CLD2::UNKNOWN_LANGUAGE;
  for (int i = 0; i < CLD2::NUM_LANGUAGES && language == CLD2::UNKNOWN_LANGUAGE; i++)
    {
      CLD2::Language l = static_cast<CLD2::Language> (i);
      if (g_ascii_strcasecmp (name_or_code, CLD2::LanguageName (l)) == 0
          || g_ascii_strcasecmp (name_or_code, CLD2::LanguageCode (l)) == 0)
        language = l;
    }
  if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE)
    return FALSE;
  g_strlcpy (name, CLD2::LanguageName (language), 32);
  g_strlcpy (code, CLD2::LanguageCode (language), 16);
  return TRUE;
}

extern "C" gboolean
precis_cld2_detect_reference (const gchar *text, gsize len, const gchar *hint, PrecisCld2Result *out)
{
  *out = PrecisCld2Result ();
  if (len == 0 || len > G_MAXINT)
    return FALSE;
  CLD2::Language hint_language = hint != NULL ? CLD2::GetLanguageFromName (hint) : CLD2::UNKNOWN_LANGUAGE;
  CLD2::CLDHints hints = { NULL, NULL, CLD2::UNKNOWN_ENCODING, hint_language };
  CLD2::Language language3[3] = { CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE };
  int percent3[3] = { 0, 0, 0 };
  double normalized3[3] = { 0, 0, 0 };
  int text_bytes = 0;
  int valid_prefix = 0;
  bool reliable = false;
  CLD2::Language language
      = CLD2::ExtDetectLanguageSummaryCheckUTF8 (text, (int)len, true, &hints, FLAGS, language3, percent3,
                                                 normalized3, NULL, &text_bytes, &reliable, &valid_prefix);
  if (valid_prefix < (int)len)
    return FALSE;
  return set_result (language, language3, percent3, normalized3, text_bytes, reliable, out);
}

extern "C" gboolean
precis_cld2_detect (const gchar *text, gsize len, const gchar *hint, PrecisCld2Result *out)
{
  *out = PrecisCld2Result ();
  if (len == 0 || len > MAX_SHORTCUT)
    return precis_cld2_detect_reference (text, len, hint, out);
  if (CLD2::SpanInterchangeValid (text, (int)len) < (int)len)
    return FALSE;
  char span[MAX_SHORTCUT + 8];
  int script = 0;
  bool ascii_only = true;
  int span_bytes = build_span (text, (int)len, span, &script, &ascii_only);
  if (span_bytes == 0)
    return precis_cld2_detect_reference (text, len, hint, out);
  CLD2::Language hint_language = hint != NULL ? CLD2::GetLanguageFromName (hint) : CLD2::UNKNOWN_LANGUAGE;
  CLD2::CLDHints hints = { NULL, NULL, CLD2::UNKNOWN_ENCODING, hint_language };
  CLD2::Language language = CLD2::UNKNOWN_LANGUAGE;
  CLD2::Language language3[3] = { CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE };
  int percent3[3] = { 0, 0, 0 };
  double normalized3[3] = { 0, 0, 0 };
  int text_bytes = 0;
  bool reliable = false;
  if (!detect_span (text, (int)len, &hints, FLAGS, span, span_bytes, script, ascii_only, &language, language3,
                    percent3, normalized3, &text_bytes, &reliable))
    return precis_cld2_detect_reference (text, len, hint, out);
  return set_result (language, language3, percent3, normalized3, text_bytes, reliable, out);
}
