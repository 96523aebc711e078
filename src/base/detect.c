/* detect.c - the language of a text, found by Google's Compact Language Detector 2.
 *
 * CLD2 (base/detect-cld2.cc) scores quadgrams of letters against tables of 80+ languages; this
 * file decides how much of the text it reads and what its answer means for precis. It reads a
 * prefix of the text in steps (SAMPLE_STEPS): a step's answer is taken when CLD2 finds one
 * language clearly ahead on it (reliable, nearly all of the letters, a high score, a
 * language that is not easily confused with a neighbour, and not English on a sample with
 * letters English does not use, and CHECK_BYTES from the middle of the first 3 kB, or just after
 * the prefix, read as the same language); otherwise the next, longer prefix is read. When the
 * opening and the middle disagree, the text holds two languages or more, and the language of
 * most of its sentences, outside its quotations, is the answer when it is not CLD2's on the
 * longest prefix and CLD2 gives its own answer less than MIXED_PERCENT of the letters (vote()):
 * CLD2's answer on such a whole text follows its own chunks. On a short text CLD2's
 * rarer close neighbours (Afrikaans, Azerbaijani, Galician) are read as the common one, and a declared
 * language (the hint) settles its close neighbour (prefer_common()); a Cyrillic text with letters
 * Serbian does not write is never Serbian (cld2_detect()); of two close neighbours, the one CLD2
 * gives more of the letters is the answer when CLD2 names the other (prefer_larger_share()). Most news
 * articles are settled on their first few hundred bytes, so detection costs a few per cent of a summary
 * (bench/RESULTS.md). Before CLD2 reads a sample, C1 control characters (which CLD2 refuses) become spaces.
 *
 * The answer: a supported language (Malay is taken as Indonesian, Bokmål and Nynorsk as
 * Norwegian); the lower-case name of a language precis cannot stem ("galician"); or "und" when
 * the text has fewer than MIN_LETTER_BYTES bytes of letters or CLD2 gives no answer. The
 * confidence is the share of the letters CLD2 gives the language, halved when CLD2 does not
 * call its answer reliable, and lowered on a short text (set_answer()). Deterministic: the
 * same bytes always give the same answer.
 */
#include "config.h"

#include <string.h>

#include "base/detect-cld2.h"
#include "base/detect.h"

/* The prefixes read, in bytes: a short sentence, about two, then a long paragraph's worth.
 * CLD2 is right on 97 % of single sentences and 99.5 % of three; reading 96 bytes first, with
 * the tests below, is as accurate as reading 192, and a second step of 256 bytes as one of
 * 640, at less cost (bench/RESULTS.md). */
static const gsize SAMPLE_STEPS[] = { 96, 256, 3072 };
/* A step's answer on a prefix shorter than the text is final only when this many bytes from
 * further in (from the middle of the text's first 3 kB, or just after the prefix when that is
 * further) read as the same language: a quotation, a name or a line in another language that
 * opens the text ("\"We will not give up,\" said the coach." over a German report) is not its
 * language (bench/RESULTS.md). */
#define CHECK_BYTES 96
/* Fewer bytes of letters than this is no evidence: a number, a name, a word or two. */
#define MIN_LETTER_BYTES 16
/* A short step's answer is final only when CLD2 gives it at least this share of the letters
 * and at least this normalised score (CLD2's quadgram score per letter; ordinary text scores
 * 700-1100, text that only resembles the language less): chosen on the langid paragraphs,
 * where it keeps 99.4 % right and settles every English paragraph on the first step. */
#define SETTLED_PERCENT 90
#define SETTLED_SCORE 800

/* Languages that CLD2 confuses with a neighbour on a sentence (its confusions on the langid
 * sentences: Danish/Norwegian/Swedish, Catalan/Spanish/Galician, Indonesian/Malay,
 * Irish/Scots Gaelic, Dutch/Afrikaans, Serbian/Russian and the other Slavic languages in
 * Cyrillic, Portuguese/Galician): their answers are checked on a longer prefix. */
static const gchar *const CLOSE_LANGUAGES[] = {
  "da", "no", "nb", "nn", "sv", "ca", "es", "gl", "pt", "id", "ms",    "ga", "gd",
  "nl", "af", "sr", "hr", "bs", "mk", "bg", "ru", "uk", "be", "sr-ME", NULL,
};

/* Whether @s[0, len) holds a letter outside ASCII ("sørge", "anònim", "Šilutės"). English
 * rarely does; a short sample that CLD2 reads as English while holding one is usually another
 * language's text opening on English words (a product name, a web page's header), so its
 * answer is checked on a longer prefix. */
static gboolean
has_non_ascii_letter (const gchar *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar)s[i] >= 0xC3 && g_unichar_isalpha (g_utf8_get_char_validated (s + i, (gssize)(len - i))))
      return TRUE;
  return FALSE;
}

static gboolean
is_close (const gchar *code)
{
  for (guint i = 0; CLOSE_LANGUAGES[i] != NULL; i++)
    if (code[0] == CLOSE_LANGUAGES[i][0] && g_str_equal (code, CLOSE_LANGUAGES[i]))
      return TRUE;
  return FALSE;
}

/* The end of a prefix of at most @max bytes of @text: the last space before @max, else the last
 * character boundary. */
static gsize
prefix_end (const gchar *text, gsize len, gsize max)
{
  if (len <= max)
    return len;
  for (gsize i = max; i > max / 2; i--)
    if (text[i] == ' ' || text[i] == '\n')
      return i;
  gsize i = max;
  while (i > 0 && ((guchar)text[i] & 0xc0) == 0x80)
    i--;
  return i;
}

/* The first C1 control (U+0080..U+009F, bytes C2 80..C2 9F) in @text[0, len), or NULL. */
static const gchar *
find_c1 (const gchar *text, gsize len)
{
  const gchar *end = text + len;
  for (const gchar *p = text; (p = memchr (p, 0xc2, (gsize)(end - p))) != NULL && p + 1 < end; p++)
    if ((guchar)p[1] >= 0x80 && (guchar)p[1] < 0xa0)
      return p;
  return NULL;
}

/* @text[0, len) with C1 controls as two spaces: @text itself when it has none, else a copy put
 * in @copy, which the caller frees. */
static const gchar *
sanitize (const gchar *text, gsize len, gchar **copy)
{
  const gchar *c1 = find_c1 (text, len);
  if (c1 == NULL)
    return text;
  *copy = g_strndup (text, len);
  for (gsize i = (gsize)(c1 - text); i + 1 < len; i++)
    if ((guchar)(*copy)[i] == 0xc2 && (guchar)(*copy)[i + 1] >= 0x80 && (guchar)(*copy)[i + 1] < 0xa0)
      (*copy)[i] = (*copy)[i + 1] = ' ';
  return *copy;
}

/* Serbian's Cyrillic alphabet has none of ё й щ ъ ы ь э ю я, which Russian, Ukrainian,
 * Belarusian and Bulgarian use, and has ђ ј љ њ ћ џ, which they do not. CLD2 scores Cyrillic
 * quadgrams with no regard to this: it reads some Russian sentences as Serbian with a share of
 * 99 % ("Правительство России в среду одобрило проект бюджета", whose "ю" Serbian does not
 * write), and gives Serbian a part of a longer Russian text (37 % of a 423-byte report, against
 * none of its first 300 bytes: the share of the text's language, and so the confidence, fell
 * from 0.99 to 0.62 as the text grew). The language whose letters @s[0, len) holds, by the
 * letters no other of them has (Ukrainian і ї є ґ, Belarusian ў, else Russian), when it holds
 * more of the letters Serbian lacks than of those only Serbian has; NULL when it may be
 * Serbian. */
static const gchar *
cyrillic_not_serbian (const gchar *s, gsize len)
{
  guint foreign = 0, serbian = 0, ukrainian = 0, belarusian = 0;
  for (gsize i = 0; i + 1 < len; i++)
    {
      guchar a = (guchar)s[i], b = (guchar)s[i + 1];
      if (a != 0xD0 && a != 0xD1 && a != 0xD2)
        continue;
      gunichar c = ((gunichar)(a & 0x1F) << 6) | (b & 0x3F);
      c = g_unichar_tolower (c);
      i++;
      switch (c)
        {
        case 0x0451: /* ё */
        case 0x0439: /* й */
        case 0x0449: /* щ */
        case 0x044A: /* ъ */
        case 0x044B: /* ы */
        case 0x044C: /* ь */
        case 0x044D: /* э */
        case 0x044E: /* ю */
        case 0x044F: /* я */
          foreign++;
          break;
        case 0x0452: /* ђ */
        case 0x0458: /* ј */
        case 0x0459: /* љ */
        case 0x045A: /* њ */
        case 0x045B: /* ћ */
        case 0x045F: /* џ */
          serbian++;
          break;
        case 0x0456: /* і */
        case 0x0457: /* ї */
        case 0x0454: /* є */
        case 0x0491: /* ґ */
          ukrainian++;
          break;
        case 0x045E: /* ў */
          belarusian++;
          break;
        default:
          break;
        }
    }
  if (foreign == 0 || foreign <= serbian)
    return NULL;
  return ukrainian > 0 ? "uk" : belarusian > 0 ? "be" : "ru";
}

static gboolean
is_serbian (const gchar *code)
{
  return code[0] == 's' && code[1] == 'r' && (code[2] == '\0' || code[2] == '-');
}

/* CLD2's answer on @text[0, len), with Serbian ruled out where the letters rule it out
 * (cyrillic_not_serbian()): an answer of Serbian is asked again with the letters' language as the
 * hint, and is that language when CLD2 still says Serbian; a share CLD2 gives Serbian beside
 * another answer in Cyrillic is that answer's. */
/* Which of CLD2's three answers is Serbian: its index, or 3 for none. */
static guint
serbian_share (const PrecisCld2Result *r)
{
  guint k = 0;
  while (k < 3 && !is_serbian (r->code3[k]))
    k++;
  return k;
}

static gboolean
cld2_detect (const gchar *text, gsize len, const gchar *hint, PrecisCld2Result *r)
{
  if (!precis_cld2_detect (text, len, hint, r))
    return FALSE;
  gboolean serbian = is_serbian (r->code);
  guint k = serbian ? 0 : serbian_share (r);
  if (!serbian && k == 3)
    return TRUE; /* Serbian is not among CLD2's answers: nothing to rule out */
  const gchar *letters = cyrillic_not_serbian (text, len);
  if (letters == NULL)
    return TRUE;
  if (serbian)
    {
      PrecisCld2Result again;
      if (precis_cld2_detect (text, len, letters, &again) && !is_serbian (again.code))
        *r = again;
      else
        {
          gchar name[32], code[16];
          if (!precis_cld2_lookup (letters, name, code))
            return TRUE;
          g_strlcpy (r->code, code, sizeof r->code);
          g_strlcpy (r->name, name, sizeof r->name);
          g_strlcpy (r->code3[0], code, sizeof r->code3[0]);
          return TRUE;
        }
      k = serbian_share (r);
      if (k == 3)
        return TRUE;
    }
  /* the share CLD2 gave Serbian is the answer's, when the answer is written in Cyrillic too (in
   * an English page with a few Russian names it is not English's) */
  static const gchar *const cyrillic[] = { "ru", "uk", "be", "bg", NULL };
  if (!g_strv_contains (cyrillic, r->code))
    return TRUE;
  r->percent = MIN (100, r->percent + r->percent3[k]);
  r->percent3[k] = 0;
  r->code3[k][0] = '\0';
  return TRUE;
}

/* A hint's language code: "fr-CA" and "fr_CA" -> "fr"; names and codes are passed as they are. */
static gchar *
hint_code (const gchar *hint)
{
  if (hint == NULL || *hint == '\0')
    return NULL;
  const PrecisLanguageInfo *info = precis_language_lookup (hint);
  if (info != NULL)
    return g_strdup (info->code);
  gsize n = strcspn (hint, "-_");
  return g_ascii_strdown (hint, (gssize)n);
}

/* The language CLD2's answer (@code, @name) is: a supported one (*@language set), or the
 * lower-case name of another. */
static const gchar *
answer_name (const gchar *cld2_code, const gchar *cld2_name, const PrecisLanguageInfo **language)
{
  const gchar *code = g_str_equal (cld2_code, "ms") ? "id" : cld2_code;
  *language = precis_language_lookup (code);
  if (*language != NULL)
    return (*language)->name;
  g_autofree gchar *lower = g_ascii_strdown (cld2_name, -1);
  return g_intern_string (lower);
}

const gchar *
precis_detect_language_name (const gchar *name_or_code)
{
  const PrecisLanguageInfo *language = precis_language_lookup (name_or_code);
  if (language != NULL)
    return language->name;
  gchar name[32], code[16];
  if (name_or_code == NULL || !precis_cld2_lookup (name_or_code, name, code))
    return NULL;
  return answer_name (code, name, &language);
}

const gchar *
precis_detect_language_tag (const gchar *name)
{
  const PrecisLanguageInfo *language = precis_language_lookup (name);
  if (language != NULL)
    return language->code;
  gchar cld2_name[32], code[16];
  if (name == NULL || g_str_equal (name, "und") || !precis_cld2_lookup (name, cld2_name, code))
    return NULL;
  /* CLD2 keeps codes ISO 639 has withdrawn: Hebrew "iw", Javanese "jw" */
  static const gchar *const withdrawn[][2]
      = { { "iw", "he" }, { "jw", "jv" }, { "in", "id" }, { "ji", "yi" } };
  for (gsize i = 0; i < G_N_ELEMENTS (withdrawn); i++)
    if (g_str_equal (code, withdrawn[i][0]))
      return withdrawn[i][1];
  return g_intern_string (code);
}

gboolean
precis_detect_tag_is_rtl (const gchar *tag)
{
  static const gchar *const rtl[] = { "ar", "he", "yi", "fa", "ur", "ps", "sd", "dv", "ug", "syr" };
  if (tag == NULL)
    return FALSE;
  gsize n = strcspn (tag, "-_");
  for (gsize i = 0; i < G_N_ELEMENTS (rtl); i++)
    if (strlen (rtl[i]) == n && g_ascii_strncasecmp (tag, rtl[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* The confidence in an answer: CLD2's share of the letters, halved when CLD2 does not call the
 * answer reliable, and lowered on a short text, where CLD2 is more often wrong whatever it
 * says: on the langid sentences it is right on 87 % of those with 20-39 bytes of letters, 92 %
 * at 40-59, 97 % at 60-79 and 98-100 % from 80 (bench/RESULTS.md), so the share is scaled by
 * 0.75 + 0.25 * letters / EVIDENCE_BYTES up to 1. */
#define EVIDENCE_BYTES 80
static void
set_answer (const PrecisCld2Result *r, PrecisDetection *out)
{
  out->name = answer_name (r->code, r->name, &out->language);
  gdouble evidence = MIN (1.0, 0.75 + 0.25 * MAX (r->text_bytes, 0) / EVIDENCE_BYTES);
  out->confidence = CLAMP (r->percent, 0, 100) / 100.0 * (r->reliable ? 1.0 : 0.5) * evidence;
}

/* Whether CHECK_BYTES of @text from further in than @end (the end of a prefix CLD2 read as @name:
 * see CHECK_BYTES) read as @name too, or hold too few letters to tell. */
static gboolean
rest_agrees (const gchar *text, gsize len, gsize end, const gchar *hint, const gchar *name)
{
  end = MAX (end, MIN (len, SAMPLE_STEPS[G_N_ELEMENTS (SAMPLE_STEPS) - 1]) / 2);
  while (end < len && ((guchar)text[end] & 0xc0) == 0x80)
    end++;
  while (end < len && g_ascii_isspace (text[end]))
    end++;
  gsize n = prefix_end (text + end, len - end, CHECK_BYTES);
  g_autofree gchar *copy = NULL;
  const gchar *sample = sanitize (text + end, n, &copy);
  PrecisCld2Result r;
  if (!cld2_detect (sample, n, hint, &r) || r.text_bytes < MIN_LETTER_BYTES)
    return TRUE;
  const PrecisLanguageInfo *language;
  return g_str_equal (answer_name (r.code, r.name, &language), name);
}

/* The closing mark of a quotation that @c opens, or 0: « », » «, “ ”, „ “ (or ”), " ", 「 」, 『 』. */
static gunichar
closing_mark (gunichar c)
{
  switch (c)
    {
    case 0xAB:
      return 0xBB;
    case 0xBB:
      return 0xAB;
    case 0x201C:
      return 0x201D;
    case 0x201E:
      return 0x201C;
    case '"':
      return '"';
    case 0x300C:
      return 0x300D;
    case 0x300E:
      return 0x300F;
    default:
      return 0;
    }
}

/* @text[0, len) without its quotations: a span from an opening mark to its closing mark on the
 * same line is left out, marks included (a mark that no closing one follows on its line is kept).
 * A newly allocated string; *@out_len set to its length. */
static gchar *
unquoted (const gchar *text, gsize len, gsize *out_len)
{
  GString *out = g_string_sized_new (len);
  gsize i = 0;
  while (i < len)
    {
      gunichar c = g_utf8_get_char (text + i);
      gsize w = (gsize)(g_utf8_next_char (text + i) - (text + i));
      gunichar close = closing_mark (c);
      if (close != 0)
        {
          gsize j = i + w;
          while (j < len && text[j] != '\n')
            {
              gunichar d = g_utf8_get_char (text + j);
              if (d == close || (c == 0x201E && d == 0x201D))
                break;
              j = (gsize)(g_utf8_next_char (text + j) - text);
            }
          if (j < len && text[j] != '\n')
            {
              i = (gsize)(g_utf8_next_char (text + j) - text);
              g_string_append_c (out, ' ');
              continue;
            }
        }
      g_string_append_len (out, text + i, (gssize)w);
      i += w;
    }
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

/* The language most of a mixed text's letters are in, outside its quotations: its first
 * VOTE_BYTES, without quotations, are cut into sentences (at a full stop, question or
 * exclamation mark before white space, and at line ends), each read by CLD2 on its own, and each
 * language gets the bytes of letters of the sentences read as it (sentences with fewer than
 * MIN_LETTER_BYTES count for none); the confidence is the share of the letters in sentences read
 * as the winner, each weighted by CLD2's confidence in it (as set_answer()'s). Used when a text's opening and
 * its middle disagree: CLD2's answer on a whole text of several languages follows its own chunks, not the
 * text's sentences
 * ("German" for two English sentences among a French, a German and a Spanish one). FALSE when
 * no sentence has enough letters. */
#define VOTE_BYTES 3072
#define VOTE_LANGUAGES 8
/* The vote overrules CLD2's answer on the longest prefix only when CLD2 gives that answer less
 * than this share of the letters: CLD2 itself then sees a text of two languages or more. (On a
 * text of one language with names CLD2 takes for another's on their own, "Puratchi Thalaivar
 * MGR", a sentence's vote can be wrong where the whole is right.) */
#define MIXED_PERCENT 80
static gboolean
vote (const gchar *text, gsize len, const gchar *hint, PrecisDetection *out)
{
  gsize n = 0;
  g_autofree gchar *own = unquoted (text, prefix_end (text, len, VOTE_BYTES), &n);
  const gchar *names[VOTE_LANGUAGES] = { NULL };
  gint letters[VOTE_LANGUAGES] = { 0 };
  gdouble sure[VOTE_LANGUAGES] = { 0 };
  gint total = 0;
  for (gsize start = 0; start < n;)
    {
      gsize end = start;
      while (end < n && own[end] != '\n'
             && !((own[end] == '.' || own[end] == '!' || own[end] == '?') && end + 1 < n
                  && g_ascii_isspace (own[end + 1])))
        end++;
      end = MIN (end + 1, n);
      g_autofree gchar *copy = NULL;
      const gchar *sample = sanitize (own + start, end - start, &copy);
      PrecisCld2Result r;
      if (cld2_detect (sample, end - start, hint, &r) && r.text_bytes >= MIN_LETTER_BYTES)
        {
          const PrecisLanguageInfo *language;
          const gchar *name = answer_name (r.code, r.name, &language);
          guint k = 0;
          while (k < VOTE_LANGUAGES && names[k] != NULL && names[k] != name)
            k++;
          if (k < VOTE_LANGUAGES)
            {
              names[k] = name;
              letters[k] += r.text_bytes;
              sure[k] += r.text_bytes * CLAMP (r.percent, 0, 100) / 100.0 * (r.reliable ? 1.0 : 0.5);
              total += r.text_bytes;
            }
        }
      start = end;
    }
  guint best = 0;
  for (guint k = 1; k < VOTE_LANGUAGES && names[k] != NULL; k++)
    if (letters[k] > letters[best])
      best = k;
  if (names[best] == NULL)
    return FALSE;
  out->name = names[best];
  out->language = precis_language_lookup (out->name);
  gdouble evidence = MIN (1.0, 0.75 + 0.25 * total / EVIDENCE_BYTES);
  out->confidence = sure[best] / total * evidence;
  return TRUE;
}

/* A rarer language and the more common close neighbour CLD2 takes it for on a short text: on the
 * langid sentences (which hold none of the rarer ones), CLD2 calls 11 of 300 Dutch sentences
 * Afrikaans (most at a confidence of 0.98), 1 of 300 Turkish ones Azerbaijani and 5 of 300
 * Spanish ones Galician (and 3 of other languages); 246 of its 249 Catalan answers are right,
 * so Catalan is not among them (bench/RESULTS.md). */
static const gchar *const RARER_NEIGHBOURS[][2] = {
  { "af", "dutch" },
  { "az", "turkish" },
  { "gl", "spanish" },
};
/* A text of fewer bytes than this is short: a title, a sentence, a feed item's description. */
#define SHORT_TEXT_BYTES 320

/* On a short text, the more common of two close neighbours: the one the hint names (a page's or
 * feed's declared language) when CLD2 answers its neighbour (Afrikaans for Dutch, Azerbaijani for
 * Turkish, Catalan or Galician for Spanish), else Dutch, Turkish or Spanish for Afrikaans,
 * Azerbaijani or Galician whatever the hint. */
static void
prefer_common (const gchar *cld2_code, const gchar *hint, PrecisDetection *out)
{
  static const gchar *const hinted[][2] = {
    { "af", "nl" }, { "az", "tr" }, { "gl", "es" }, { "ca", "es" }, { "gl", "pt" },
  };
  if (hint != NULL)
    for (gsize i = 0; i < G_N_ELEMENTS (hinted); i++)
      if (g_str_equal (cld2_code, hinted[i][0]) && g_str_equal (hint, hinted[i][1]))
        {
          out->language = precis_language_lookup (hint);
          out->name = out->language->name;
          return;
        }
  for (gsize i = 0; i < G_N_ELEMENTS (RARER_NEIGHBOURS); i++)
    if (g_str_equal (cld2_code, RARER_NEIGHBOURS[i][0]))
      {
        out->language = precis_language_lookup (RARER_NEIGHBOURS[i][1]);
        out->name = out->language->name;
        return;
      }
}

/* CLD2's answer is not always the language it gives most of the letters: between close neighbours
 * (both of CLOSE_LANGUAGES) it may name the one with the smaller share (a Spanish report from
 * Barcelona, whose names and first sentence read as Catalan, "Rodalies", "Sants": Catalan as the
 * answer, Spanish with 75 % of the letters). The larger share is then the answer, with its share
 * (as reliable as CLD2 called the answer), unless the hint (@hint_code) names CLD2's answer. */
static void
prefer_larger_share (PrecisCld2Result *r, const gchar *hint_code)
{
  if (r->code3[0][0] == '\0' || g_str_equal (r->code, r->code3[0]) || !is_close (r->code)
      || !is_close (r->code3[0]) || (hint_code != NULL && g_str_equal (hint_code, r->code)))
    return;
  gchar name[32], code[16];
  if (!precis_cld2_lookup (r->code3[0], name, code))
    return;
  g_strlcpy (r->code, code, sizeof r->code);
  g_strlcpy (r->name, name, sizeof r->name);
}

/* The steps (see SAMPLE_STEPS), or the vote when the text's opening and middle disagree. Returns
 * CLD2's code of the answer, or NULL when the vote gave it or there is none. */
static const gchar *
detect_steps (const gchar *text, gsize len, const gchar *code, PrecisCld2Result *r, PrecisDetection *out)
{
  gboolean disagreed = FALSE;
  for (guint step = 0; step < G_N_ELEMENTS (SAMPLE_STEPS); step++)
    {
      gsize end = prefix_end (text, len, SAMPLE_STEPS[step]);
      g_autofree gchar *copy = NULL;
      const gchar *sample = sanitize (text, end, &copy);
      if (!cld2_detect (sample, end, code, r) || r->text_bytes < MIN_LETTER_BYTES)
        {
          if (end == len)
            return NULL;
          continue;
        }
      prefer_larger_share (r, code);
      set_answer (r, out);
      gboolean last = end == len || step + 1 == G_N_ELEMENTS (SAMPLE_STEPS);
      if (!last && r->reliable && r->percent >= SETTLED_PERCENT && r->score >= SETTLED_SCORE
          && !is_close (r->code)
          && !(r->code[0] == 'e' && g_str_equal (r->code, "en") && has_non_ascii_letter (sample, end)))
        {
          if (rest_agrees (text, len, end, code, out->name))
            return r->code;
          disagreed = TRUE;
        }
      if (last)
        {
          /* The opening and the middle in two languages: the language of most sentences, when it
           * is not the one CLD2 gives the whole. */
          PrecisDetection most;
          if (disagreed && r->percent < MIXED_PERCENT && vote (text, len, code, &most)
              && most.name != out->name)
            {
              *out = most;
              return NULL;
            }
          return r->code;
        }
    }
  return NULL;
}

/* A name's share of the letters below which a text's names cannot change its answer ... */
#define NAMES_MIN_PERCENT 10
/* ... and the bytes of letters a text must hold without its names for CLD2's reading of them to
 * count (a sentence's worth: a short one's few words left without its names mislead as often as
 * they help, on the langid sentences). */
#define NAMES_MIN_LETTER_BYTES 100

/* The first @len bytes of @text (at most the last sample step's) with every word written with a
 * capital inside a sentence (a name: "Estadi Olímpic Lluís Companys", "Penya Blaugrana") as spaces;
 * NULL when its names are less than NAMES_MIN_PERCENT of its letters. A sentence's first word, a
 * word in capitals and one after an opening mark stay. *@out_len is the copy's length. */
static gchar *
without_names (const gchar *text, gsize len, gsize *out_len)
{
  gsize n = prefix_end (text, len, SAMPLE_STEPS[G_N_ELEMENTS (SAMPLE_STEPS) - 1]);
  gchar *copy = g_strndup (text, n);
  gsize letters = 0, named = 0;
  gboolean opening = TRUE; /* the next word opens a sentence */
  for (gsize i = 0; i < n;)
    {
      gunichar c = g_utf8_get_char (copy + i);
      if (!g_unichar_isalpha (c))
        {
          if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == 0x201C
              || c == 0x00AB || c == 0x00BF || c == 0x00A1 || c == '(')
            opening = TRUE;
          i = (gsize)(g_utf8_next_char (copy + i) - copy);
          continue;
        }
      gsize start = i, word_letters = 0;
      gboolean all_capitals = TRUE;
      while (i < n && (g_unichar_isalpha (g_utf8_get_char (copy + i)) || copy[i] == '\'' || copy[i] == '-'))
        {
          gunichar w = g_utf8_get_char (copy + i);
          all_capitals &= !g_unichar_islower (w);
          word_letters++;
          i = (gsize)(g_utf8_next_char (copy + i) - copy);
        }
      letters += word_letters;
      if (!opening && g_unichar_isupper (c) && !all_capitals)
        {
          named += word_letters;
          memset (copy + start, ' ', i - start);
        }
      opening = FALSE;
    }
  if (named * 100 < letters * NAMES_MIN_PERCENT)
    {
      g_free (copy);
      return NULL;
    }
  *out_len = n;
  return copy;
}

/* Names are no evidence of a language (a Spanish report from Barcelona names "Estadi Olímpic Lluís
 * Companys", "Sant Cugat"), and CLD2 scores them as it scores the text's words: between close
 * neighbours (CLOSE_LANGUAGES) their quadgrams may outweigh the sentences' own words, CLD2 giving the
 * names' language (Catalan) most of the letters, 99 % of a two-sentence Spanish report. When the
 * answer is one of them and names are a tenth of the letters or more, the text is read again
 * without them: a close neighbour that CLD2 then calls reliable with SETTLED_PERCENT of the
 * letters is the answer (unless the hint, @hint_code, names the first). */
static void
prefer_without_names (const gchar *text, gsize len, const gchar *hint_code, PrecisDetection *out)
{
  const gchar *first = out->language != NULL ? out->language->code : NULL;
  if (first == NULL || !is_close (first) || (hint_code != NULL && g_str_equal (hint_code, first)))
    return;
  gsize n = 0;
  g_autofree gchar *plain = without_names (text, len, &n);
  g_autofree gchar *copy = NULL;
  PrecisCld2Result r;
  if (plain == NULL || !cld2_detect (sanitize (plain, n, &copy), n, hint_code, &r)
      || r.text_bytes < NAMES_MIN_LETTER_BYTES || !r.reliable || r.percent < SETTLED_PERCENT
      || !is_close (r.code))
    return;
  PrecisDetection again;
  set_answer (&r, &again);
  if (again.language != NULL && again.language != out->language)
    *out = again;
}

void
precis_detect (const gchar *text, gsize len, const gchar *hint, PrecisDetection *out)
{
  *out = (PrecisDetection){ NULL, PRECIS_LANGUAGE_UNDETERMINED, 0 };
  g_autofree gchar *code = hint_code (hint);
  PrecisCld2Result r;
  const gchar *answer = detect_steps (text, len, code, &r, out);
  if (answer != NULL && len < SHORT_TEXT_BYTES)
    prefer_common (answer, code, out);
  prefer_without_names (text, len, code, out);
}

const gchar *
precis_detect_language (const gchar *text, gssize len, const gchar *hint, gdouble *confidence)
{
  gsize n = text == NULL ? 0 : len < 0 ? strlen (text) : (gsize)len;
  PrecisDetection d = { NULL, PRECIS_LANGUAGE_UNDETERMINED, 0 };
  if (n > 0 && g_utf8_validate_len (text, n, NULL))
    precis_detect (text, n, hint, &d);
  if (confidence != NULL)
    *confidence = d.confidence;
  return d.name;
}
