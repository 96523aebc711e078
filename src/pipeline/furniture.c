/* furniture.c - keeps news furniture out of summaries.
 *
 * Input: the text and its sentence spans. Output: the same spans, where a paragraph-initial
 * sentence that opens with a dateline ("BEIJING (Reuters) - ", "LONDON, March 3 (AFP) -",
 * "PARIS, 30 novembre (AFP) - ", "MADRID, 30 de noviembre (EFE).- ", "LYON, 30 novembre - ",
 * "WASHINGTON -- ",
 * "(CNN) -- ", "Lucknow, Jul 31 (PTI)", "Boston (CNN)Guilty", "MOSKAU (dpa) - ",
 * "ROMA, 30 NOV - ", "القاهرة (رويترز) - ", "新华社北京11月30日电 "), or holds a dated one after a
 * title's tail or a byline ("By Ann Example Beijing, Jul 23 (PTI) A total ..."), starts after
 * it, and where bylines, photo and caption credits and calls to action ("Follow us on ...",
 * "Lire aussi", the phrases of data/furniture.txt; a blog's "The post X appeared first on Y.",
 * "Share this:", "Like this:", "Related"; a sentence cut short, ending on "[…]") are flagged
 * PRECIS_SPAN_FURNITURE, and so is
 * a press release's tail, every sentence from its "ENDS" or "Notes to editors" on (see
 * release_end_markers). Patterns
 * are regular expressions over a sentence's first bytes, compiled once per process; each
 * sentence is matched a constant number of times, so the stage is O(n).
 */
#include "config.h"

#include <string.h>

#include "base/data.h"
#include "base/calendar.h"
#include "base/text.h"
#include "pipeline/furniture.h"

/* A call-to-action phrase anywhere in a sentence marks it only if it is this short (words). */
#define CALL_TO_ACTION_MAX_WORDS 14
/* The bits of Patterns.first_hashes. */
#define FIRST_HASH_BITS 4096
/* A label standing as a sentence of its own ("Update:", "Editor's note:", "Lire aussi :") has at
 * most this many words. */
#define LABEL_MAX_WORDS 3
/* "Port Louis, Sept. 12, 2024 (Agency)" has 6 spaces before its bracket. */
#define DATELINE_MAX_SPACES 7
/* A dateline's place, before its comma and day, is at most this many bytes (five words of
 * "САНКТ-ПЕТЕРБУРГ"'s two-byte letters). */
#define DATELINE_PLACE_BYTES 80
/* A dateline sentence ("LONDON, May 1.") has at most this many words. */
#define DATELINE_SENTENCE_WORDS 8
/* Patterns look at the first bytes of a sentence only. */
#define PREFIX_BYTES 160
/* A sentence that repeats the title is at most this many bytes shorter than it (the title's
 * own final mark, quotes). */
#define TITLE_SLACK_BYTES 4

/* What a byte is to the folded sentence's words (Patterns.byte_kind). */
enum
{
  WORD_BYTE,
  DELIMITER,
  END,
};

/* Words are runs of anything but spaces and ASCII punctuation ("-" is part of a word). */
static gboolean
is_word_delimiter (gchar c)
{
  return g_ascii_isspace (c) || (g_ascii_ispunct (c) && c != '-');
}

/* The length of @s's first word: its bytes up to its end or the first word delimiter. */
static gsize
first_word_len (const gchar *s)
{
  gsize len = 0;
  while (s[len] != '\0' && !is_word_delimiter (s[len]))
    len++;
  return len;
}

/* First words that can open a credit or a byline: the regular expressions run only then. */
static const gchar *const credit_words[] = {
  "photo",  "photos",  "photograph", "image", "images",       "picture", "pictures",  "pic", "video",
  "credit", "caption", "source",     "file",  "illustration", "graphic", "copyright", NULL,
};
static const gchar *const byline_words[]
    = { "by", "written", "reported", "reporting", "editing", "edited", "posted", NULL };

/* For the words of a list (lower-case ASCII letters, fewer than FIRST_WORD_LIST_BYTES), bit n of
 * by_initial[c - 'a'] set for each word of n bytes opening on the letter c. */
#define FIRST_WORD_LIST_BYTES 16
typedef struct
{
  guint16 by_initial[26];
} WordLengths;

static void
word_lengths_add (WordLengths *lengths, const gchar *const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    {
      gsize n = strlen (list[i]);
      g_assert (n > 0 && n < FIRST_WORD_LIST_BYTES && list[i][0] >= 'a' && list[i][0] <= 'z');
      lengths->by_initial[list[i][0] - 'a'] |= (guint16)(1u << n);
    }
}

/* The regular expressions below, by index in Patterns.re and pattern_specs. */
enum
{
  RE_DATELINE,
  RE_RELEASE_DATELINE,
  RE_INNER_DATELINE,
  RE_DATELINE_SENTENCE,
  RE_AGENCY_SENTENCE,
  RE_CREDIT,
  RE_WIRE_AGENCY,
  RE_WIRE_CREDIT,
  RE_WIRE_CONTRIBUTED,
  N_RES
};

typedef struct
{
  GRegex *re[N_RES];               /* each compiled on its first use (pattern_re) */
  gchar **phrases;                 /* casefolded */
  gchar **notes;                   /* an editor's notes, casefolded (is_editor_note()) */
  gsize *note_len, *note_word_len; /* their lengths, and their first words' */
  /* First word of a phrase -> the index in word_phrases, plus one, of the list of the phrases that
   * may open a text whose first word it is: those of that first word, and those of one word that
   * is a prefix of it ("subscribe" of "subscribers"). Each list holds phrase indexes plus one
   * and ends with a 0. */
  GHashTable *first_words;
  guint *word_phrases;
  /* Per first byte of a phrase's first word, bit n set for each length n of those words in
   * bytes (bit FIRST_LENGTH_LONG for any of that length or longer). */
  guint32 first_lengths[256];
  /* Per first byte of a phrase's first word of two bytes or more, bit b % 64 set for its second
   * byte b: most words that pass the lengths are turned away here, before the set is looked up. */
  guint64 first_seconds[256];
  /* Bit first_word_hash() set for each first word of a phrase: a word whose bit is clear is none
   * of them, told without the set's look-up. */
  guint64 first_hashes[FIRST_HASH_BITS / 64];
  guint8 byte_kind[256]; /* is_word_delimiter() as a table, and END for the NUL */
  /* credit_words' and byline_words' first letters and lengths (word_lengths_add()): many a
   * sentence's first word ("The", "He", "A") is turned away by them before the lists are read. */
  WordLengths credit_lengths, byline_lengths;
  /* A wire's credits (is_wire_credit()), and the first letters and lengths of their lists. */
  WordLengths wire_agency_lengths, wire_credit_lengths;
} Patterns;

#define FIRST_LENGTH_LONG 31

/* A hash of a word's length, its first two bytes and its last (@len 1 or more), below
 * FIRST_HASH_BITS. */
static inline guint
first_word_hash (const gchar *w, gsize len)
{
  guint h = (guint)len;
  h = h * 31 + (guchar)w[0];
  h = h * 31 + (guchar)w[len > 1 ? 1 : 0];
  h = h * 31 + (guchar)w[len - 1];
  return (h ^ (h >> 12)) % FIRST_HASH_BITS;
}

#define PLACE "[\\p{Lu}][\\p{L}.'-]*(?:[ ,]+[\\p{Lu}\\[][\\p{L}.'\\]-]*){0,4},?"
/* A date: a month word and a day ("March 3", "Nov. 30, 2024"); in copy written in capitals an
 * English month's ("NOV 30", "NOVEMBER 30"). */
#define DATE                                                                                                 \
  "\\s+(?:[\\p{Lu}][\\p{Ll}]{2,8}|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\\p{Lu}{0,6})\\.?\\s+"  \
  "\\d{1,2},?"                                                                                               \
  "(?:\\s+\\d{4},?)?"
/* A day and a month, as French, German, Spanish, Italian, Portuguese, Dutch and Russian wires write it ("30
 * novembre", "30. November", "30 Nov.", "30 de noviembre de 2024", "le 30 novembre"): the month a
 * word that opens as a month's name does in those languages ("30 ans" is no date). */
#define MONTH_START                                                                                          \
  "(?i:jan|ene|gen|feb|f\\x{00E9}v|fev|mar|m\\x{00E4}r|maa|apr|avr|abr|may|mai|mei|mag|jun|jui|giu|jul|"     \
  "lug|aug|ago|ao\\x{00FB}|sep|set|oct|okt|ott|out|nov|dec|d\\x{00E9}c|dez|dic|"                             \
  "\\x{044F}\\x{043D}\\x{0432}|\\x{0444}\\x{0435}\\x{0432}|\\x{043C}\\x{0430}\\x{0440}|\\x{0430}\\x{043F}"   \
  "\\x{0440}|\\x{043C}\\x{0430}[\\x{0439}\\x{044F}]|"                                                        \
  "\\x{0438}\\x{044E}[\\x{043D}\\x{043B}]|\\x{0430}\\x{0432}\\x{0433}|\\x{0441}\\x{0435}\\x{043D}|\\x{043E}" \
  "\\x{043A}\\x{0442}|\\x{043D}\\x{043E}\\x{044F}|\\x{0434}\\x{0435}\\x{043A})"
#define DAY_MONTH                                                                                            \
  "\\s+(?:\\p{Ll}{2,3}\\s+)?\\d{1,2}\\.?\\s+(?:de\\s+)?" MONTH_START                                         \
  "\\p{L}{0,7}\\.?,?(?:\\s+(?:de\\s+)?\\d{4},?)?"
/* An English month's name or its abbreviation, capitalised ("October", "Nov.", "Sept."). */
#define ENGLISH_MONTH "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}{0,6}\\.?"
/* An agency in brackets: capitalised ("(Reuters)", "(Agence France-Presse)"), one lower-case word
 * ("(dpa)", "(dpa/lby)"), or in a script without capitals ("(رويترز)"). */
#define AGENCY "\\s*\\((?:[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.&/ -]{1,30}|\\p{Ll}[\\p{L}/]{1,12})\\)"
#define DASH "\\s*(?:[-\\x{2013}\\x{2014}]{1,2}|:)\\s*"
/* A lower-case agency alone after a place ("Berlin (dpa/lby) -") is one only before a dash: "Merkel
 * (lacht): ...", "Smith (laughs): ..." are a transcript's speaker and stage direction. */
#define AGENCY_CAPITALISED "\\s*\\([\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.&/ -]{1,30}\\)"
#define AGENCY_LOWER "\\s*\\(\\p{Ll}[\\p{L}/]{1,12}\\)\\s*[-\\x{2013}\\x{2014}]{1,2}\\s*"
/* A place in a script without capitals, a word or two ("القاهرة"). */
#define CASELESS_PLACE "\\p{Lo}[\\p{Lo}\\p{M}]*(?: \\p{Lo}[\\p{Lo}\\p{M}]*)?"
/* An agency between slashes, as TASS writes it ("/ТАСС/", "/ИТАР-ТАСС/"). */
#define SLASHED_AGENCY "/\\p{Lu}[\\p{L}.&-]{1,15}/"

/* A dateline of a wire or a press release: the first match of, in order, dateline_re's group 1
 * (its first two alternatives), release_dateline_re, the rest of dateline_re (dateline_end()). The
 * press release's expression runs apart, and only where it may match (may_be_release_dateline()). */
static const gchar dateline_re[] =
    /* (CNN) --, (AP) - */
    "^(?:(\\((?:[A-Z][A-Za-z.&]{1,15})\\)(?:" DASH ")?\\s*"
    /* PLACE, Mon DD (AGENCY) [-|:] */
    "|" PLACE DATE AGENCY "(?:" DASH "|\\s+))"
    /* PLACE, DD Month (AGENCY) - (or EFE's ".-"), before a capital */
    "|" PLACE DAY_MONTH AGENCY "\\.?" DASH "(?=[\\p{Lu}\"'\\x{2018}\\x{201C}\\x{00AB}])"
    /* PLACE, DD Month - with no agency ("LYON, 30 novembre -", "Hamburg, 30. November \u2013"): a dash
     * between spaces, never a colon, before a capital */
    "|" PLACE DAY_MONTH "\\s+[-\\x{2013}\\x{2014}]{1,2}\\s+(?=[\\p{Lu}\"'\\x{2018}\\x{201C}\\x{00AB}])"
    /* PLACE (AGENCY) -|:, or glued to the sentence's first word: "Kathmandu, Nepal (CNN)Rescuers";
     * PLACE (agency) - */
    "|" PLACE AGENCY_CAPITALISED "(?:" DASH "|(?=\\p{Lu}))"
    "|" PLACE AGENCY_LOWER
    /* the same in a script without capitals: "القاهرة (رويترز) -" */
    "|" CASELESS_PLACE AGENCY DASH
    /* PLACE, DAY MONTH -, all in capitals: ANSA's "ROMA, 30 NOV -" */
    "|\\p{Lu}{2,}[\\p{Lu} "
    "'-]*,\\s+\\d{1,2}\\s+\\p{Lu}{3,9}\\.?(?:\\s+\\d{4})?\\s+[-\\x{2013}\\x{2014}]{1,2}\\s+"
    /* an agency between slashes left from a dateline sentence: "/ТАСС/. " */
    "|" SLASHED_AGENCY "\\.?\\s+"
    /* an agency (新华社, 中新网: "... agency", "... net"), a place, a date and 电 ("cable"): Xinhua's
     * "新华社北京11月30日电", maybe with "（记者 王明）" */
    "|\\p{Han}{1,4}[社网]\\p{Han}{0,8}?\\d{1,2}月\\d{1,2}日电(?:（[^）]{1,30}）|\\([^)]{1,30}\\))?\\s*"
    /* PLACE IN CAPITALS -- */
    "|\\p{Lu}{2,}[\\p{Lu} ,.'-]*?\\s+[-\\x{2013}\\x{2014}]{1,2}\\s+)";

/* A press release's day and month in the languages the segmenter reads with Latin letters, before
 * its year ("14 octobre", "14. Oktober", "14 de octubre de", "le 14 octobre"; see MONTH_START), and a
 * date in figures ("14/10/2026", "14.10.2026", "10-14-2026", "2026-10-14"). */
#define RELEASE_DAY_MONTH                                                                                    \
  "(?:\\p{Ll}{2,3}\\s+)?\\d{1,2}\\.?\\s+(?:de\\s+)?" MONTH_START "\\p{L}{0,7}\\.?(?:\\s+de)?"
#define NUMERIC_DATE "(?:\\d{1,2}([./-])\\d{1,2}\\1\\d{4}|\\d{4}-\\d{2}-\\d{2})"
static const gchar release_dateline_re[] =
    /* a press release's, one alternative for one look at the place: PLACE, Mon DD, YYYY /AGENCY/ --
     * (PR Newswire's "LONDON, Nov. 30, 2026 /PRNewswire/ --"), or the agency after a dash
     * (Business Wire's "LEEDS, United Kingdom, November 30, 2026--(BUSINESS WIRE)--"); PLACE, DD Month
     * YYYY - or :, or PLACE, Month DD, YYYY -, with no agency ("LEEDS, 14 October 2026 –", "Leeds, 30
     * November 2026:", "PARIS, le 14 octobre 2026 -", "LEEDS, 14/10/2026 -"): a month (RELEASE_DAY_MONTH)
     * or a date in figures (NUMERIC_DATE), the year, and a capital or an opening quote after */
    "^" PLACE "(?:" DATE "\\s*(?:/\\p{Lu}[\\p{L}.& -]{1,30}/|[-\\x{2013}\\x{2014}]{1,2}" AGENCY ")" DASH
    "|\\s+(?:(?:" RELEASE_DAY_MONTH "|" ENGLISH_MONTH "\\s+\\d{1,2},?)\\s+\\d{4}"
    "|" NUMERIC_DATE ")" DASH "(?=[\\p{Lu}\"'\\x{2018}\\x{201C}]))";

/* A wire dateline with a date inside a paragraph's first sentence, after words that are no
 * sentence: a scraped title's tail or a byline ("week: Police Ghaziabad, Jul 29 (PTI) The police
 * ...", "By Ann Example Beijing, Jul 23 (PTI) A total of ..."). A comma, a month word, a day, the
 * agency in brackets, then a sentence that opens on a capital (maybe quoted). */
static const gchar inner_dateline_re[]
    = ",\\s+[\\p{Lu}][\\p{Ll}]{2,8}\\.?\\s+\\d{1,2},?(?:\\s+\\d{4},?)?" AGENCY "(?:" DASH
      "|\\s+)(?=[\\p{Lu}\"'\\x{2018}\\x{201C}])";

/* A dateline written as the text's first sentence, in a language written with capitals: a
 * capitalised place (a few words, maybe ", Region"), a comma, then only a date: a day (1-31) and
 * a month word, or a month word and a day, maybe a year, maybe a short lower-case word before
 * ("LONDON, May 1.", "Berlin, 1. Mai.", "Москва, 1 мая.", "Paris, le 3 juin 2024."). "Today, 5
 * people died." and "Marco Rossi, aged 45." are not; without month lists for every language a
 * first line such as "Microsoft, Windows 11." is taken for one. Scripts without capitals
 * ("北京，5月1日。") are not read. */
#define DAY "(?:3[01]|[12]\\d|0?[1-9])(?:\\p{L}{1,3})?\\.?"
#define MONTH "\\p{L}{3,10}\\.?"
static const gchar dateline_sentence_re[]
    = "^[\\p{Lu}][\\p{L}.'-]*(?: [\\p{Lu}][\\p{L}.'-]*){0,3}(?:, ?[\\p{Lu}][\\p{L}.'-]*(?: "
      "[\\p{Lu}][\\p{L}.'-]*){0,2})?,\\s+(?:\\p{Ll}{1,4}\\s+)?(?:" DAY "\\s+" MONTH "|" MONTH "\\s+" DAY
      ")(?:,?\\s+\\d{4})?"
      /* maybe the agency: "МОСКВА, 30 ноя — РИА Новости.", "МОСКВА, 30 ноября /ТАСС/." */
      "(?:\\s*[-\\x{2013}\\x{2014}]{1,2}\\s*\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,2}|\\.?"
      "\\s*" SLASHED_AGENCY ")?"
      "\\.?\\s*$";

/* A sentence that is only an agency between slashes, left after a dateline sentence:
 * "МОСКВА, 30 ноября. /ТАСС/." */
static const gchar agency_sentence_re[] = "^" SLASHED_AGENCY "\\.?\\s*$";

static const gchar credit_re[]
    = "^[(\\[]?\\s*(?:photo|photos|photograph|image|images|picture|pictures|pic|video|credit|"
      "caption|source|file photo|illustration|graphic)s?(?:\\s+(?:copyright|credit|by))?\\s*[:\\x{00A9}|]"
      "|^[(\\[]?\\s*(?:image|photo|picture)\\s+(?:copyright|caption|credit)\\b"
      "|^[(\\[]?\\s*(?:\\x{00A9}|copyright\\b)"
      "|^\\(?(?:photo|picture|image)\\s+by\\s";

/* A wire's credits: the agency alone on a byline's line ("Associated Press", "AP Business
 * Writer", "Reuters"), who contributed ("Associated Press writer Ann Example contributed to this
 * report.", "Ann Example contributed reporting."), Reuters' credits in brackets ("(Reporting by
 * Ann Example; Editing by Bo Roe)"), "Additional reporting by ...", Bloomberg's "--With
 * assistance from ..." and "To contact the reporter on this story: ...", "Contributing: ...",
 * "With AFP"; AP's "All rights reserved." and "This material may not be published, ...". */
static const gchar wire_agency_re[]
    = "^(?:the\\s+)?(?:associated\\s+press|ap|reuters|afp|agence\\s+france[-\\s]presse|bloomberg(?:\\s+news)?"
      "|pa(?:\\s+media|\\s+wire)?|press\\s+association)"
      "(?:\\s+(?:\\p{L}+\\s+)?(?:writers?|correspondents?|reporters?))?\\s*\\.?\\s*$";
static const gchar wire_credit_re[]
    = "^(?:[(\\[]\\s*(?:additional\\s+)?(?:reporting|writing|editing|compiled|edited|written)\\s+by\\b"
      "|(?:with\\s+)?(?:additional|further)\\s+reporting\\s+(?:by|from)\\b"
      "|(?:writing|compiled)\\s+by\\s+\\p{Lu}"
      "|[-\\x{2013}\\x{2014}]{1,2}\\s*with\\s+assistance\\s+from\\b"
      "|(?:[-\\x{2013}\\x{2014}]{1,2}\\s*)?with\\s+(?:afp|ap|reuters|associated\\s+press|bloomberg|pa)\\s*\\."
      "?\\s*$"
      "|to\\s+contact\\s+the\\s+(?:reporters?|editors?)\\s+(?:on|responsible\\s+for)\\s+this\\s+story\\b"
      "|contributing\\s*:"
      /* AP's notice under the copyright line */
      "|all\\s+rights\\s+reserved\\s*\\.?\\s*$"
      "|this\\s+material\\s+may\\s+not\\s+be\\s+published\\b)";
/* Searched anywhere in a sentence (after "contribut" is found in it). */
static const gchar wire_contributed_re[]
    = "\\bcontributed\\s+(?:to\\s+(?:this|the)\\s+(?:report|story|article)|(?:additional\\s+)?reporting\\b)";

/* First words that can open a wire's credit: the regular expressions run only then (or on a
 * sentence that opens on a dash, or holds "contribut"). */
static const gchar *const wire_agency_words[]
    = { "the", "associated", "ap", "reuters", "afp", "agence", "bloomberg", "pa", "press", NULL };
static const gchar *const wire_credit_words[]
    = { "additional", "further", "with",   "writing", "compiled", "to",   "contributing",
        "reporting",  "editing", "edited", "written", "all",      "this", NULL };

/* The patterns of Patterns.re, with their flags. G_REGEX_OPTIMIZE: PCRE2 compiles the pattern to
 * machine code (valgrind needs tests/valgrind.supp for it). */
static const struct
{
  const gchar *pattern;
  GRegexCompileFlags flags;
} pattern_specs[N_RES] = {
  [RE_DATELINE] = { dateline_re, G_REGEX_OPTIMIZE },
  [RE_RELEASE_DATELINE] = { release_dateline_re, G_REGEX_OPTIMIZE },
  [RE_INNER_DATELINE] = { inner_dateline_re, G_REGEX_OPTIMIZE },
  [RE_DATELINE_SENTENCE] = { dateline_sentence_re, G_REGEX_OPTIMIZE },
  [RE_AGENCY_SENTENCE] = { agency_sentence_re, 0 },
  [RE_CREDIT] = { credit_re, G_REGEX_CASELESS | G_REGEX_OPTIMIZE },
  [RE_WIRE_AGENCY] = { wire_agency_re, G_REGEX_CASELESS | G_REGEX_OPTIMIZE },
  [RE_WIRE_CREDIT] = { wire_credit_re, G_REGEX_CASELESS | G_REGEX_OPTIMIZE },
  [RE_WIRE_CONTRIBUTED] = { wire_contributed_re, G_REGEX_CASELESS | G_REGEX_OPTIMIZE },
};

/* @p's regular expression @which, compiled on its first use, once per process and safe from any
 * thread (g_once): a run compiles only the patterns its texts call for. */
static GRegex *
pattern_re (const Patterns *p, guint which)
{
  /* (the one field written after patterns_new(), once) */
  return precis_regex_once ((GRegex **)&p->re[which], pattern_specs[which].pattern,
                            pattern_specs[which].flags);
}

/* precis_data_sections() for data/furniture.txt: a phrase under no heading or "[calls]" is a
 * call to action, one under "[notes]" an editor's note; into @data's two GPtrArrays. */
static void
add_phrase (const gchar *section, gchar *line, gpointer data)
{
  GPtrArray **lists = data;
  if (line != NULL)
    g_ptr_array_add (lists[g_strcmp0 (section, "notes") == 0], g_utf8_casefold (line, -1));
}

static Patterns *
patterns_new (void)
{
  Patterns *p = g_new0 (Patterns, 1);

  GPtrArray *found[2] = { g_ptr_array_new (), g_ptr_array_new () }; /* calls, notes */
  precis_data_sections ("furniture.txt", add_phrase, found);
  g_ptr_array_add (found[0], NULL);
  g_ptr_array_add (found[1], NULL);
  p->phrases = (gchar **)g_ptr_array_free (found[0], FALSE);
  p->notes = (gchar **)g_ptr_array_free (found[1], FALSE);
  guint n_notes = g_strv_length (p->notes);
  p->note_len = g_new (gsize, n_notes + 1);
  p->note_word_len = g_new (gsize, n_notes + 1);
  for (guint i = 0; i < n_notes; i++)
    {
      p->note_len[i] = strlen (p->notes[i]);
      p->note_word_len[i] = first_word_len (p->notes[i]);
    }
  p->first_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_phrases = g_strv_length (p->phrases);
  g_autofree gsize *first_len = g_new (gsize, n_phrases + 1);
  /* (the first word ends where a sentence's would: "from:" opens on the word "from") */
  for (guint i = 0; i < n_phrases; i++)
    first_len[i] = first_word_len (p->phrases[i]);
  GArray *lists = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < n_phrases; i++)
    {
      gchar *word = g_strndup (p->phrases[i], first_len[i]);
      if (g_hash_table_contains (p->first_words, word))
        {
          g_free (word);
          continue;
        }
      /* A phrase is a prefix of a text whose first word is @word only when its own first word is
       * @word (a delimiter follows it in both), or when it is one word, a prefix of @word. */
      g_hash_table_insert (p->first_words, word, GUINT_TO_POINTER (lists->len + 1));
      for (guint j = 0; j < n_phrases; j++)
        if ((first_len[j] == first_len[i] && memcmp (p->phrases[j], word, first_len[i]) == 0)
            || (p->phrases[j][first_len[j]] == '\0' && first_len[j] < first_len[i]
                && memcmp (p->phrases[j], word, first_len[j]) == 0))
          {
            guint k = j + 1;
            g_array_append_val (lists, k);
          }
      guint end = 0;
      g_array_append_val (lists, end);
    }
  p->word_phrases = (guint *)g_array_free (lists, FALSE);
  for (guint i = 0; p->phrases[i] != NULL; i++)
    {
      gsize n = first_len[i];
      p->first_lengths[(guchar)p->phrases[i][0]] |= 1u << MIN (n, FIRST_LENGTH_LONG);
      if (n > 0)
        {
          guint h = first_word_hash (p->phrases[i], n);
          p->first_hashes[h / 64] |= G_GUINT64_CONSTANT (1) << (h % 64);
        }
      if (n >= 2)
        p->first_seconds[(guchar)p->phrases[i][0]] |= G_GUINT64_CONSTANT (1)
                                                      << ((guchar)p->phrases[i][1] % 64);
    }
  for (guint c = 0; c < 256; c++)
    p->byte_kind[c] = c == 0 ? END : is_word_delimiter ((gchar)c) ? DELIMITER : WORD_BYTE;
  word_lengths_add (&p->credit_lengths, credit_words);
  word_lengths_add (&p->byline_lengths, byline_words);
  word_lengths_add (&p->wire_agency_lengths, wire_agency_words);
  word_lengths_add (&p->wire_credit_lengths, wire_credit_words);
  return p;
}

static const Patterns *
patterns_get (void)
{
  static Patterns *patterns;
  if (g_once_init_enter (&patterns))
    g_once_init_leave (&patterns, patterns_new ());
  return patterns;
}

/* Words are counted up to COUNT_WORDS_MAX: no rule here needs more. */
#define COUNT_WORDS_MAX (MAX (CALL_TO_ACTION_MAX_WORDS, PRECIS_BYLINE_MAX_WORDS) + 1)

/* The length of the first PREFIX_BYTES of a span, kept on a character boundary. */
static gsize
prefix_len (const gchar *s, gsize len)
{
  if (len <= PREFIX_BYTES)
    return len;
  gsize n = PREFIX_BYTES;
  while (n > 0 && (((guchar)s[n]) & 0xC0) == 0x80)
    n--;
  return n;
}

/* A span's prefix is folded on the stack when it fits in this many bytes (it always does:
 * PREFIX_BYTES is smaller), else into a new string. */
#define FOLD_BUF_BYTES 512
/* A long sentence's first word of ASCII bytes is tested unfolded when it is shorter than this. */
#define FIRST_WORD_BYTES 32

/* The sentence's first word (after opening brackets), lower-cased ASCII, in @buf; its length. */
static gsize
first_word (const gchar *s, gsize len, gchar *buf, gsize size)
{
  gsize i = 0, k = 0;
  while (i < len && (s[i] == '(' || s[i] == '[' || g_ascii_isspace (s[i])))
    i++;
  while (i < len && g_ascii_isalpha (s[i]) && k + 1 < size)
    buf[k++] = precis_ascii_lower (s[i++]);
  buf[k] = '\0';
  return k;
}

/* Whether @word (lower-case ASCII letters, maybe none; @n bytes, fewer than
 * FIRST_WORD_LIST_BYTES) is in @list, whose words' first letters and lengths are @lengths: a word
 * whose first letter opens no word of its length in the list is turned away at once ("The" by
 * "to" and "this"). */
static gboolean
list_holds (const gchar *word, const gchar *const *list)
{
  /* The second bytes compared before the call (@word has a first letter, so a second byte or
   * its NUL; so has every word of the lists). */
  for (guint i = 0; list[i] != NULL; i++)
    if (word[0] == list[i][0] && word[1] == list[i][1] && strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* (inlined: three calls a sentence, most turned away by the first test) */
static G_ALWAYS_INLINE inline gboolean
in_list (const gchar *word, gsize n, const gchar *const *list, const WordLengths *lengths)
{
  guint c = (guint)((guchar)word[0] - 'a');
  if (c >= 26 || (lengths->by_initial[c] & (1u << n)) == 0)
    return FALSE;
  return list_holds (word, list);
}

/* A dateline is a few words, then a bracket, a dash or a colon (or it opens on an agency between
 * slashes, or ends in Chinese "日电", "day, cable"): the regular expression runs only when one
 * comes before the DATELINE_MAX_SPACES-th space. */
static inline gboolean
dateline_mark_at (const gchar *s, gsize i, gsize len)
{
  return s[i] == '(' || s[i] == '[' || s[i] == '-' || s[i] == ':' || (s[i] == '/' && i == 0)
         || ((guchar)s[i] == 0xE2 && i + 1 < len && (guchar)s[i + 1] == 0x80)
         || ((guchar)s[i] == 0xE6 && i + 6 <= len && memcmp (s + i, "\xE6\x97\xA5\xE7\x94\xB5", 6) == 0);
}

static gboolean
may_have_dateline (const gchar *s, gsize len)
{
  guint n_spaces = 0;
  gsize i = 0;
#ifdef __SSE2__
  /* Sixteen bytes a step: the bytes that may start a mark as bits, each read in order as below
   * while the spaces before it are few enough; the step's spaces counted after. */
  if (len > 0 && s[0] == '/')
    return TRUE;
  for (; i + 16 <= len && n_spaces <= DATELINE_MAX_SPACES; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(s + i));
      __m128i m = _mm_or_si128 (_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('(')),
                                                            _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('['))),
                                              _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('-')),
                                                            _mm_cmpeq_epi8 (v, _mm_set1_epi8 (':')))),
                                _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ((gchar)0xE2)),
                                              _mm_cmpeq_epi8 (v, _mm_set1_epi8 ((gchar)0xE6))));
      guint spaces = (guint)_mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (' ')));
      for (guint marks = (guint)_mm_movemask_epi8 (m); marks != 0; marks &= marks - 1)
        {
          guint j = (guint)__builtin_ctz (marks);
          if (n_spaces + (guint)__builtin_popcount (spaces & ((1u << j) - 1)) > DATELINE_MAX_SPACES)
            return FALSE;
          if (dateline_mark_at (s, i + j, len))
            return TRUE;
        }
      n_spaces += (guint)__builtin_popcount (spaces);
    }
#endif
  for (; i < len && n_spaces <= DATELINE_MAX_SPACES; i++)
    {
      if (dateline_mark_at (s, i, len))
        return TRUE;
      n_spaces += s[i] == ' ';
    }
  return FALSE;
}

/* Where the first match of @re in s[0, len) ends, or 0 when there is none. */
static gsize
match_end (const GRegex *re, const gchar *s, gsize len)
{
  g_autoptr (GMatchInfo) match = NULL;
  gint mstart = 0, mend = 0;
  if (!g_regex_match_full (re, s, (gssize)len, 0, 0, &match, NULL))
    return 0;
  g_match_info_fetch_pos (match, 0, &mstart, &mend);
  return (gsize)MAX (mend, 0);
}

/* Whether release_dateline_re may match s[0, len): it opens on a capital, its first digit (the
 * day) comes after white space with only a place's and a month's bytes before it (letters, spaces,
 * ".,'-[]"), and after the date (digits, letters, spaces, ".,") comes a slash, a hyphen or a colon;
 * a byte outside ASCII (a capital, a space, a dash, a digit of another script) lets it run. */
static gboolean
may_be_release_dateline (const gchar *s, gsize len)
{
  if (len == 0 || !(g_ascii_isupper (s[0]) || (guchar)s[0] >= 0x80))
    return FALSE;
  gsize i = 1;
  for (; i < len; i++)
    {
      guchar c = (guchar)s[i];
      if (c >= 0x80)
        return TRUE;
      if (g_ascii_isdigit (c))
        break;
      if (!g_ascii_isalpha (c) && !precis_is_ascii_space ((gchar)c) && strchr (".,'-[]", c) == NULL)
        return FALSE;
    }
  if (i >= len || !precis_is_ascii_space (s[i - 1]))
    return FALSE;
  for (; i < len; i++)
    {
      guchar c = (guchar)s[i];
      if (c >= 0x80 || c == '/' || c == '-' || c == ':')
        return TRUE;
      if (!g_ascii_isalnum (c) && !precis_is_ascii_space ((gchar)c) && c != '.' && c != ',')
        return FALSE;
    }
  return FALSE;
}

/* Whether the @n bytes at @needle (the first of them from 0x80, rare in a sentence) occur in s[0, len). */
static gboolean
holds_bytes (const gchar *s, gsize len, const gchar *needle, gsize n)
{
  for (const gchar *at = memchr (s, needle[0], len); at != NULL && (gsize)(at - s) + n <= len;
       at = memchr (at + 1, needle[0], len - (gsize)(at + 1 - s)))
    if (memcmp (at, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Whether s[0, len) opens on a few words, a comma, white space and a digit (a place and its day:
 * "Hamburg, 30. November - "), looked for in its first DATELINE_PLACE_BYTES bytes. */
static gboolean
day_after_comma (const gchar *s, gsize len)
{
  const gchar *comma = memchr (s, ',', MIN (len, DATELINE_PLACE_BYTES));
  return comma != NULL && comma + 2 < s + len && precis_is_ascii_space (comma[1])
         && g_ascii_isdigit (comma[2]);
}

/* Whether dateline_re may match s[0, len): each of its alternatives needs a bracket (an agency's,
 * or "(CNN)" first), an agency between slashes first, Chinese "日电", or a dash after a first word
 * of two capitals or more (a byte from 0x80 first may be a capital). The regular expression cost
 * some 5,800 instructions a sentence that may_have_dateline() let through (its hyphen, quotation
 * mark or colon), these byte searches a few dozen. */
static gboolean
may_match_dateline (const gchar *s, gsize len)
{
  if (len == 0 || s[0] == '/' || memchr (s, '(', len) != NULL || day_after_comma (s, len))
    return TRUE;
  if (len >= 2 && (g_ascii_isupper (s[0]) || (guchar)s[0] >= 0x80)
      && (g_ascii_isupper (s[1]) || (guchar)s[1] >= 0x80)
      && (memchr (s, '-', len) != NULL || holds_bytes (s, len, "\xE2\x80\x93", 3)
          || holds_bytes (s, len, "\xE2\x80\x94", 3)))
    return TRUE;
  return holds_bytes (s, len, "\xE6\x97\xA5\xE7\x94\xB5", 6);
}

/* Whether inner_dateline_re may match s[0, len): it needs a comma, a digit after it (\d is any
 * script's: a byte from 0x80 may open one), and a bracket after that. */
static gboolean
may_match_inner_dateline (const gchar *s, gsize len)
{
  const gchar *comma = memchr (s, '(', len) != NULL ? memchr (s, ',', len) : NULL, *end = s + len;
  if (comma == NULL)
    return FALSE; /* (most leave here, told by memchr() sixteen bytes or more a step) */
  for (const gchar *q = comma + 1; q < end; q++)
    if (g_ascii_isdigit (*q) || (guchar)*q >= 0x80)
      return memchr (q + 1, '(', (gsize)(end - (q + 1))) != NULL;
  return FALSE;
}

/* Where a dateline opening s[0, len) ends (see dateline_re), or 0 when none does. */
static gsize
dateline_end (const Patterns *p, const gchar *s, gsize len)
{
  g_autoptr (GMatchInfo) match = NULL;
  gint mstart = -1, mend = -1;
  gboolean matched = may_match_dateline (s, len)
                     && g_regex_match_full (pattern_re (p, RE_DATELINE), s, (gssize)len, 0, 0, &match, NULL);
  if (matched && g_match_info_fetch_pos (match, 1, &mstart, &mend) && mstart >= 0)
    {
      g_match_info_fetch_pos (match, 0, &mstart, &mend);
      return (gsize)MAX (mend, 0);
    }
  gsize cut = may_be_release_dateline (s, len) ? match_end (pattern_re (p, RE_RELEASE_DATELINE), s, len) : 0;
  if (cut > 0 || !matched)
    return cut;
  g_match_info_fetch_pos (match, 0, &mstart, &mend);
  return (gsize)MAX (mend, 0);
}

/* Whether a phrase starts at @at (a word start in the folded sentence), of the list in
 * word_phrases at @list - 1 (is_first_word() of the word there). */
static gboolean
phrase_at (const Patterns *p, const gchar *at, guint list)
{
  for (const guint *k = p->word_phrases + list - 1; *k != 0; k++)
    if (g_str_has_prefix (at, p->phrases[*k - 1]))
      return TRUE;
  return FALSE;
}

/* is_first_word() past its first test. */
static G_NO_INLINE guint
first_word_after_length (const Patterns *p, gchar *w, gsize len)
{
  if (len >= 2 && (p->first_seconds[(guchar)w[0]] & (G_GUINT64_CONSTANT (1) << ((guchar)w[1] % 64))) == 0)
    return 0;
  guint h = first_word_hash (w, len);
  if ((p->first_hashes[h / 64] & (G_GUINT64_CONSTANT (1) << (h % 64))) == 0)
    return 0;
  gchar saved = w[len];
  w[len] = '\0';
  guint list = GPOINTER_TO_UINT (g_hash_table_lookup (p->first_words, w));
  w[len] = saved;
  return list;
}

/* Whether the @len bytes at @w (folded) may be the first word of a phrase: the first byte, the
 * length and the second byte are checked before the set of first words is looked up. Gives the
 * word's list of phrases (first_words), or 0 when it is none's first word. The first test,
 * which turns away most words, is inlined at each word; the rest is a call. */
static G_ALWAYS_INLINE inline guint
is_first_word (const Patterns *p, gchar *w, gsize len)
{
  if ((p->first_lengths[(guchar)w[0]] & (1u << MIN (len, FIRST_LENGTH_LONG))) == 0)
    return 0;
  return first_word_after_length (p, w, len);
}

/* Whether a phrase opens a word of @folded, or with @first_only its first word; with
 * @candidate_only, whether that word may open one (the phrases themselves not compared). */
static gboolean
phrase_in (const Patterns *p, gchar *folded, gboolean first_only, gboolean candidate_only)
{
  for (gchar *w = folded; *w != '\0';)
    {
      while (p->byte_kind[(guchar)*w] == DELIMITER)
        w++;
      gchar *end = w;
      while (p->byte_kind[(guchar)*end] == WORD_BYTE)
        end++;
      if (end == w)
        break;
      guint list = is_first_word (p, w, (gsize)(end - w));
      if (list != 0 && (candidate_only || phrase_at (p, w, list)))
        return TRUE;
      if (first_only)
        break;
      w = end;
    }
  return FALSE;
}

/* Whether @folded, a short sentence folded (CALL_TO_ACTION_MAX_WORDS words at most, as a call
 * to action is), is an editor's note: it opens on one of @p's notes ("This story has been
 * updated", "More to follow": data/furniture.txt's [notes]), whole words, or on a label and one
 * ("UPDATE: This story ..."). A longer sentence, or one holding a note after other words, is
 * news: "More to follow, the minister said, as the government prepares ..." (review27 #7). */
static gboolean
is_editor_note (const Patterns *p, const gchar *folded)
{
  const gchar *w = folded, *colon = strchr (folded, ':');
  if (colon != NULL
      && precis_count_words (folded, (gsize)(colon - folded), LABEL_MAX_WORDS + 1) <= LABEL_MAX_WORDS)
    w = colon + 1;
  while (p->byte_kind[(guchar)*w] == DELIMITER)
    w++;
  gsize word = 0; /* (the first word's length turns most sentences away at once) */
  while (p->byte_kind[(guchar)w[word]] == WORD_BYTE)
    word++;
  for (guint i = 0; p->notes[i] != NULL; i++)
    if (p->note_word_len[i] == word && w[0] == p->notes[i][0] && strncmp (w, p->notes[i], p->note_len[i]) == 0
        && p->byte_kind[(guchar)w[p->note_len[i]]] != WORD_BYTE)
      return TRUE;
  return FALSE;
}

static gboolean
is_call_to_action (const Patterns *p, const gchar *s, gsize len, guint n_words)
{
  /* A short sentence is furniture when it holds a phrase, or opens on an editor's note
   * (is_editor_note()); a long one only when it starts with a phrase: fold just its start, and
   * first only up to the end of its first word, which is enough to rule out most (folding
   * goes character by character and keeps ASCII delimiters where they are, so the folded
   * start's first word is the folded prefix's). */
  gboolean short_sentence = n_words <= CALL_TO_ACTION_MAX_WORDS;
  gsize n = short_sentence ? len : prefix_len (s, len);
  gchar buf[FOLD_BUF_BYTES];
  if (!short_sentence)
    {
      gsize end = 0;
      while (end < n && p->byte_kind[(guchar)s[end]] == DELIMITER)
        end++;
      gsize w = end;
      guchar any = 0, all = 0xFF; /* the first word's bytes or-ed and and-ed */
      while (end < n && p->byte_kind[(guchar)s[end]] != DELIMITER)
        {
          any |= (guchar)s[end];
          all &= (guchar)s[end];
          end++;
        }
      /* A first word of ASCII bytes (no NUL) folds to itself lower-cased: tested so, unfolded. */
      if (end - w < FIRST_WORD_BYTES && any < 0x80 && all != 0)
        {
          gchar word[FIRST_WORD_BYTES];
          for (gsize i = w; i < end; i++)
            word[i - w] = precis_ascii_lower (s[i]);
          if (end == w || !is_first_word (p, word, end - w))
            return FALSE;
        }
      else
        {
          gchar *start = precis_fold (s, end, buf, sizeof buf);
          gboolean candidate = phrase_in (p, start, TRUE, TRUE);
          if (start != buf)
            g_free (start);
          if (!candidate)
            return FALSE;
        }
    }
  gchar *folded = precis_fold (s, n, buf, sizeof buf);
  gboolean found
      = phrase_in (p, folded, !short_sentence, FALSE) || (short_sentence && is_editor_note (p, folded));
  if (folded != buf)
    g_free (folded);
  return found;
}

/* Whether @s (NUL-terminated) opens on "\xC2\xA9" or "(\xC2\xA9", as g_str_has_prefix() would
 * say, without its calls. */
static inline gboolean
opens_on_copyright (const gchar *s)
{
  if (s[0] == '(')
    s++;
  return s[0] == '\xC2' && s[1] == '\xA9';
}

/* Whether a sentence of several lines is a page's heading lines run together: each line a
 * byline or a time stamp ("By Sarah Jones, Technology Reporter" over "Published 8:14 am, 12 March
 * 2026"; the segmenter joins the lines of a paragraph). */
static gboolean
is_byline_lines (const gchar *s, gsize len)
{
  if (memchr (s, '\n', len) == NULL)
    return FALSE;
  for (gsize start = 0; start < len;)
    {
      const gchar *nl = memchr (s + start, '\n', len - start);
      gsize end = nl != NULL ? (gsize)(nl - s) : len;
      gsize a = start, b = end;
      while (a < b && g_ascii_isspace (s[a]))
        a++;
      while (b > a && g_ascii_isspace (s[b - 1]))
        b--;
      if (b > a)
        {
          g_autofree gchar *line = g_strndup (s + a, b - a);
          if (!precis_is_time_stamp (line, b - a, FALSE) && !precis_is_byline (line, b - a))
            return FALSE;
        }
      start = end + 1;
    }
  return TRUE;
}

/* A label with nothing after its colon ("Update:", "Lire aussi :"): what it labels is a sentence
 * of its own. */
static gboolean
is_bare_label (const gchar *s, gsize len, guint n_words)
{
  while (len > 0 && g_ascii_isspace (s[len - 1]))
    len--;
  return n_words <= LABEL_MAX_WORDS && len > 1 && s[len - 1] == ':' && !g_ascii_isdigit (s[len - 2]);
}

/* Whether span @i of @spans (if any) opens with a quotation mark: a short line ending in a colon
 * before it introduces a speaker's words ("He said:", "Sie sagte:"), and is no label. */
static gboolean
opens_quotation (const gchar *text, const GArray *spans, guint i)
{
  if (i >= spans->len)
    return FALSE;
  const PrecisSpan *next = &g_array_index (spans, PrecisSpan, i);
  const gchar *q = text + next->start;
  while (q < text + next->end && g_ascii_isspace (*q))
    q++;
  if (q >= text + next->end)
    return FALSE;
  gunichar c = g_utf8_get_char (q);
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201E || c == 0x2018 || c == 0xAB || c == 0xBB
         || c == 0x300C || c == 0x2014;
}

G_STATIC_ASSERT (PRECIS_RELEASE_LINE_MAX_WORDS < COUNT_WORDS_MAX); /* n_words tells a release line's */

/* A wire's agency on a line of its own has at most this many words ("Associated Press", "The
 * Associated Press", "AP Medical Writer"). */
#define WIRE_LINE_MAX_WORDS 6

/* The short words of wire_credit_words that open sentences of news too ("This", "With", "To",
 * "All"), each with the first letters of the words wire_credit_re lets follow it: "this material",
 * "with afp", "with ap", "with reuters", "with associated press", "with bloomberg", "with pa",
 * "with additional reporting", "with further reporting", "to contact", "all rights". */
static const struct
{
  const gchar *word, *next;
} wire_credit_next[] = {
  { "this", "m" },
  { "with", "afrbp" },
  { "to", "c" },
  { "all", "r" },
};

/* Whether the sentence s[0, len), whose first word (see first_word()) is @word of @word_len
 * letters, may be a credit by the word after it: a word of wire_credit_next has to be followed by
 * white space and a word opening on one of its letters (a byte outside ASCII may be either); any
 * other first word may. */
static gboolean
may_be_followed (const gchar *s, gsize len, const gchar *word, gsize word_len)
{
  const gchar *next = NULL;
  for (guint k = 0; k < G_N_ELEMENTS (wire_credit_next) && next == NULL; k++)
    if (strcmp (word, wire_credit_next[k].word) == 0)
      next = wire_credit_next[k].next;
  if (next == NULL)
    return TRUE;
  gsize i = 0;
  while (i < len && (s[i] == '(' || s[i] == '[' || g_ascii_isspace (s[i])))
    i++;
  i += word_len;
  if (i >= len || !(precis_is_ascii_space (s[i]) || (guchar)s[i] >= 0x80))
    return FALSE;
  while (i < len && precis_is_ascii_space (s[i]))
    i++;
  if (i >= len)
    return FALSE;
  guchar c = (guchar)s[i];
  return c >= 0x80 || (c != '\0' && strchr (next, precis_ascii_lower ((gchar)c)) != NULL);
}

/* Whether s[0, len) holds "ontribut" ("contributed", "Contributing"): memchr() finds each "b",
 * its rarest letter, and the bytes around it are compared (g_strstr_len() compares at every
 * byte, and every sentence is searched). */
static gboolean
holds_contribut (const gchar *s, gsize len)
{
  if (len < 8)
    return FALSE;
  const gchar *end = s + len - 2; /* a "b" has "ut" after it */
  for (const gchar *b = memchr (s + 5, 'b', (gsize)(end - (s + 5))); b != NULL;
       b = memchr (b + 1, 'b', (gsize)(end - (b + 1))))
    if (memcmp (b - 5, "ontribut", 8) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the sentence s[0, len) of @n_words words (counted up to COUNT_WORDS_MAX), whose first
 * word is @word of @word_len bytes (see first_word()), is a wire's credit or a press release's
 * label line. */
static gboolean
is_wire_credit (const Patterns *p, const gchar *s, gsize len, const gchar *word, gsize word_len,
                guint n_words)
{
  if (n_words <= PRECIS_RELEASE_LINE_MAX_WORDS && precis_is_release_line (s, len))
    return TRUE;
  if (n_words <= WIRE_LINE_MAX_WORDS && in_list (word, word_len, wire_agency_words, &p->wire_agency_lengths)
      && g_regex_match_full (pattern_re (p, RE_WIRE_AGENCY), s, (gssize)len, 0, 0, NULL, NULL))
    return TRUE;
  /* an opening hyphen, en dash or em dash (not a quotation mark's 0xE2) */
  gsize k = s[0] == '(' || s[0] == '[' ? 1 : 0;
  gchar c = k < len ? s[k] : '\0';
  gboolean dash = c == '-'
                  || (k + 2 < len && (guchar)c == 0xE2 && (guchar)s[k + 1] == 0x80
                      && ((guchar)s[k + 2] == 0x93 || (guchar)s[k + 2] == 0x94));
  if ((dash
       || (in_list (word, word_len, wire_credit_words, &p->wire_credit_lengths)
           && may_be_followed (s, len, word, word_len)))
      && g_regex_match_full (pattern_re (p, RE_WIRE_CREDIT), s, (gssize)prefix_len (s, len), 0, 0, NULL,
                             NULL))
    return TRUE;
  return holds_contribut (s, len)
         && g_regex_match_full (pattern_re (p, RE_WIRE_CONTRIBUTED), s, (gssize)len, 0, 0, NULL, NULL);
}

/* A press release's closing sections: once its news has been told, a heading or a marker opens
 * the release's tail, and that sentence and every one after it to the end of the text are
 * furniture (the one kind of furniture that reaches past its own sentence: the boilerplate under
 * such a heading reads as sentences of news, "Oakfield Mills employs 900 people ...", and is
 * none). Each is a sentence at a paragraph's start. Markers of the release's end, the whole
 * sentence, with only short lines after them (is_short_line()): */
static const gchar *const release_end_markers[]
    = { "ends", "-ends-", "- ends -", "--ends--", "###", "# # #", "-30-", NULL };
/* Headings, the whole sentence (maybe with a colon after): */
static const gchar *const release_tail_headings[]
    = { "notes to editors",
        "notes for editors",
        "note to editors",
        "note for editors",
        "editor's notes",
        "editors' notes",
        "editors notes",
        "about us",
        "forward-looking statements",
        "forward looking statements",
        "safe harbor statement",
        "safe harbour statement",
        "cautionary statement",
        "cautionary note regarding forward-looking statements",
        "cautionary statement regarding forward-looking statements",
        NULL };
/* Labels, alone or with a colon and what they label ("Media contact: press@example.com"): */
static const gchar *const release_tail_labels[] = {
  "media contact",      "media contacts",   "press contact",     "press contacts",   "media enquiries",
  "media inquiries",    "press enquiries",  "press inquiries",   "investor contact", "investor contacts",
  "investor relations", "notes to editors", "notes for editors", "note to editors",  NULL
};
/* What opens an "About <Company>" heading. */
static const gchar *const about_words[] = { "about ", NULL };

/* The furniture words of the other languages whose datelines are read, each read only in a text of
 * its language, or of a language none of these is (and English is not), or undetermined
 * (languages_read()): "Fin" ends a Spanish release and names an English text's fisherman, "Over
 * the Hill" heads an English text's section and "Over <Company>" a Dutch release's boilerplate, "Von
 * Miller" is a name and "Von Anna Schmidt" a German byline. English's words (the tables above, "By")
 * are read in every text: a release or a page in another language keeps them, and none of them is
 * a word of these languages. Each list ends on a NULL. */
typedef struct
{
  const gchar *name; /* detection's name of the language */
  const gchar *by;   /* "by" before a byline's name (precis_is_other_byline() reads the bylines) */
  const gchar *end_markers[4];
  const gchar *headings[3];
  const gchar *labels[4];
  const gchar *about[4];
} LanguageWords;

static const LanguageWords language_words[] = {
  { "french",
    "par",
    { "fin", "-fin-", "- fin -", NULL },
    { "note aux r\u00e9dactions", "notes aux r\u00e9dactions", NULL },
    { "contact presse", "contacts presse", NULL },
    { "\u00c0 propos de ", "\u00e0 propos de ", "a propos de ", NULL } },
  { "german",
    "von",
    { "ende", NULL },
    { "hinweis f\u00fcr redaktionen", "hinweise f\u00fcr redaktionen", NULL },
    { "pressekontakt", "pressekontakte", "medienkontakt", NULL },
    { "\u00dcber ", "\u00fcber ", NULL } },
  { "spanish",
    "por",
    { "fin", "-fin-", "- fin -", NULL },
    { "nota para los editores", "nota para editores", NULL },
    { "contacto de prensa", "contactos de prensa", "contacto para medios", NULL },
    { "acerca de ", "sobre ", NULL } },
  { "italian",
    "di",
    { NULL },
    { "nota per le redazioni", NULL },
    { "contatti stampa", "contatto stampa", "ufficio stampa", NULL },
    { "informazioni su ", NULL } },
  { "portuguese",
    "por",
    { NULL },
    { "nota aos editores", NULL },
    { "contato para imprensa", "contatos para imprensa", "assessoria de imprensa", NULL },
    { "sobre ", NULL } },
  { "dutch",
    "door",
    { NULL },
    { "noot voor de redactie", "noot aan de redactie", NULL },
    { "perscontact", "persinformatie", NULL },
    { "over ", NULL } },
};

/* The entries of language_words read in a text of @language (detection's name, or NULL), as bits
 * (bit k for language_words[k]): none for English, one for a language of the table, every one
 * for another language or none determined ("und", NULL), as before the language was known: a
 * Galician byline opens on "Por" too, and a short text's language may be unknown. */
static guint
languages_read (const gchar *language)
{
  guint all = (1u << G_N_ELEMENTS (language_words)) - 1;
  if (language == NULL)
    return all;
  if (strcmp (language, "english") == 0)
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (language_words); k++)
    if (strcmp (language, language_words[k].name) == 0)
      return 1u << k;
  return all;
}

/* Whether @word (a sentence's first word, lower-case) is the "by" of a byline in a language of
 * @languages ("por" in Spanish and Portuguese). */
static gboolean
opens_byline_of (const gchar *word, guint languages)
{
  for (guint k = 0; k < G_N_ELEMENTS (language_words); k++)
    if ((languages & (1u << k)) != 0 && strcmp (word, language_words[k].by) == 0)
      return TRUE;
  return FALSE;
}

/* The first words of the three lists' entries (and "about", "this", "certain", "statements":
 * "About <Company>", and a safe harbour paragraph without its heading: "This press release
 * contains forward-looking statements ..."). */
static const gchar *const release_tail_words[]
    = { "ends", "notes", "note", "editor", "editors", "about", "forward", "safe", "cautionary", "media",
        "press", "investor", "for", "this", "certain", "statements",
        /* the other languages' (and "a" of "A propos de") */
        "fin", "ende", "hinweis", "hinweise", "nota", "noot", "contact", "contacts", "pressekontakt",
        "pressekontakte", "medienkontakt", "contacto", "contactos", "contatti", "contatto", "ufficio",
        "contato", "contatos", "assessoria", "perscontact", "persinformatie", "acerca", "sobre",
        "informazioni", "over", "a", NULL };
/* An "About <Company>" heading has at most this many words. */
#define ABOUT_HEADING_MAX_WORDS 7
/* Every kind opens the tail only with at most this many sentences after it: a release's
 * boilerplate is a few paragraphs, and a feature's section may open on the same words ("About
 * Lisbon" over a guide's long section, a "###" between two parts of an article). */
#define RELEASE_TAIL_MAX_SENTENCES 24
/* A line after an end marker ("ENDS", "###") that is no news has at most this many words. */
#define END_MARKER_LINE_MAX_WORDS 10

/* Whether s[0, len), less its white space and a final colon, is @entry (@n bytes), or with
 * @labelled opens on it and a colon. */
static gboolean
is_entry (const gchar *s, gsize len, const gchar *entry, gsize n, gboolean labelled)
{
  while (len > 0 && g_ascii_isspace (s[len - 1]))
    len--;
  if (len < n || g_ascii_strncasecmp (s, entry, n) != 0)
    return FALSE;
  gsize i = n;
  while (i < len && precis_is_ascii_space (s[i]))
    i++;
  return i == len || (s[i] == ':' && (labelled || i + 1 == len));
}

/* The lists of furniture words: each kind in English (the tables above) and in each language of
 * language_words. */
typedef enum
{
  WORDS_END_MARKERS,
  WORDS_HEADINGS,
  WORDS_LABELS,
  WORDS_ABOUT,
} WordsKind;

/* The list of @kind of English (@k 0) or of language_words[k - 1]. */
static const gchar *const *
words_list (WordsKind kind, guint k)
{
  const LanguageWords *w = k > 0 ? &language_words[k - 1] : NULL;
  switch (kind)
    {
    case WORDS_END_MARKERS:
      return w != NULL ? w->end_markers : release_end_markers;
    case WORDS_HEADINGS:
      return w != NULL ? w->headings : release_tail_headings;
    case WORDS_LABELS:
      return w != NULL ? w->labels : release_tail_labels;
    case WORDS_ABOUT:
    default:
      return w != NULL ? w->about : about_words;
    }
}

/* How an entry is matched against s[0, len): the whole of it (is_entry()), a label (is_entry(),
 * labelled), or its opening (the entry's length). */
typedef enum
{
  MATCH_WHOLE,
  MATCH_LABEL,
  MATCH_OPENING,
} WordsMatch;

/* The first entry of the lists of @kind, English's then those of each language of @languages
 * (languages_read()) in turn, that s[0, len) matches as @how says: its length, or 0 for none. */
static gsize
words_find (const gchar *s, gsize len, guint languages, WordsKind kind, WordsMatch how)
{
  for (guint k = 0; k <= G_N_ELEMENTS (language_words); k++)
    {
      if (k > 0 && (languages & (1u << (k - 1))) == 0)
        continue;
      for (const gchar *const *e = words_list (kind, k); *e != NULL; e++)
        {
          gsize n = strlen (*e);
          if (how == MATCH_OPENING ? len > n && g_ascii_strncasecmp (s, *e, n) == 0
                                   : is_entry (s, len, *e, n, how == MATCH_LABEL))
            return n;
        }
    }
  return 0;
}

/* Whether s[0, len) is a release's end marker in English or a language of @languages. */
static gboolean
is_end_marker (const gchar *s, gsize len, guint languages)
{
  return words_find (s, len, languages, WORDS_END_MARKERS, MATCH_WHOLE) != 0;
}

/* Whether s[0, len) is a tail's heading or label in English or a language of @languages. */
static gboolean
is_tail_heading (const gchar *s, gsize len, guint languages)
{
  return words_find (s, len, languages, WORDS_HEADINGS, MATCH_WHOLE) != 0
         || words_find (s, len, languages, WORDS_LABELS, MATCH_LABEL) != 0;
}

/* The length of the word that opens an "About <Company>" heading in s[0, len), in English or a
 * language of @languages (with the space after it), or 0. */
static gsize
about_len (const gchar *s, gsize len, guint languages)
{
  return words_find (s, len, languages, WORDS_ABOUT, MATCH_OPENING);
}

/* Articles a heading's name may open on after "About" ("About The Body Shop"), skipped. */
static const gchar *const about_articles[]
    = { "the", "a",   "an", "le", "la",  "les", "der", "die", "das", "den", "el",
        "los", "las", "il", "lo", "gli", "het", "de",  "o",   "os",  NULL };

/* "About <Company>" (or "À propos de", "Über", ... in a text of @languages: about_len()) over a
 * paragraph that names it:
 * a line of a few words after "About" that ends on no stop, whose name (its words after "About"
 * and an article, the first a capital or a digit) the sentence after it (@next, @next_len) holds,
 * whole and in the same case, from a word's start ("About The Study" over "The study tracked
 * ..." is a section of news). */
static gboolean
is_about_heading (const gchar *s, gsize len, guint n_words, const gchar *next, gsize next_len,
                  guint languages)
{
  gsize i = about_len (s, len, languages);
  if (i == 0 || n_words < 2 || n_words > ABOUT_HEADING_MAX_WORDS || next == NULL)
    return FALSE;
  while (len > 0 && g_ascii_isspace (s[len - 1]))
    len--;
  if (len == 0 || strchr (".?!,;\"", s[len - 1]) != NULL || memchr (s, '\n', len) != NULL)
    return FALSE;
  while (i < len && precis_is_ascii_space (s[i]))
    i++;
  gsize n = 0;
  while (i + n < len && !precis_is_ascii_space (s[i + n]))
    n++;
  /* an article with a word after it */
  for (guint k = 0; about_articles[k] != NULL; k++)
    if (n == strlen (about_articles[k]) && i + n < len
        && g_ascii_strncasecmp (s + i, about_articles[k], n) == 0)
      {
        i += n;
        while (i < len && precis_is_ascii_space (s[i]))
          i++;
        break;
      }
  n = len - i; /* the whole name */
  if (n < 2 || !(g_ascii_isupper (s[i]) || g_ascii_isdigit (s[i]) || (guchar)s[i] >= 0x80))
    return FALSE;
  next_len = prefix_len (next, next_len);
  for (gsize k = 0; k + n <= next_len; k++)
    if (memcmp (next + k, s + i, n) == 0 && (k == 0 || !g_ascii_isalnum (next[k - 1])))
      return TRUE;
  return FALSE;
}

/* How a safe-harbour paragraph without its heading opens ("This press release contains
 * forward-looking statements ..."), before "forward-looking statements" in its first bytes: */
static const gchar *const safe_harbour_openings[] = { "this press release ",
                                                      "this news release ",
                                                      "this release ",
                                                      "this announcement ",
                                                      "this document ",
                                                      "this communication ",
                                                      "certain statements ",
                                                      "statements in this ",
                                                      "statements made in this ",
                                                      "statements contained in this ",
                                                      "statements included in this ",
                                                      NULL };

/* Whether the paragraph-initial sentence s[0, len) of @n_words words, whose first word is @word
 * of @word_len letters, opens a press release's tail (see release_end_markers); @next is the
 * sentence after it, or NULL; @short_after whether every sentence after it is a short line (see
 * is_short_line()), as after a release's end marker; @languages those whose words are read
 * (languages_read()). The caller asks only near the text's end
 * (RELEASE_TAIL_MAX_SENTENCES). */
static gboolean
opens_release_tail (const gchar *s, gsize len, const gchar *word, gsize word_len, guint n_words,
                    const gchar *next, gsize next_len, gboolean short_after, guint languages)
{
  static WordLengths lengths;
  static gsize once;
  if (g_once_init_enter (&once))
    {
      word_lengths_add (&lengths, release_tail_words);
      g_once_init_leave (&once, 1);
    }
  if (word_len == 0)
    {
      if (s[0] == '#' || s[0] == '-')
        return short_after && is_end_marker (s, len, languages);
      if ((guchar)s[0] != 0xC3) /* "Über", "À propos de" */
        return FALSE;
    }
  else if (!in_list (word, word_len, release_tail_words, &lengths))
    return FALSE;
  if (n_words <= ABOUT_HEADING_MAX_WORDS && is_about_heading (s, len, n_words, next, next_len, languages))
    return TRUE;
  /* words that open only an "About" heading, and "For more information:" */
  if (word_len == 0 || strcmp (word, "a") == 0 || strcmp (word, "over") == 0 || strcmp (word, "sobre") == 0
      || strcmp (word, "acerca") == 0 || strcmp (word, "informazioni") == 0)
    return FALSE;
  if (strcmp (word, "for") == 0)
    return is_entry (s, len, "for more information", strlen ("for more information"), TRUE)
           || is_entry (s, len, "for further information", strlen ("for further information"), TRUE);
  if (strcmp (word, "this") == 0 || strcmp (word, "certain") == 0 || strcmp (word, "statements") == 0)
    {
      gboolean opening = FALSE;
      for (guint k = 0; safe_harbour_openings[k] != NULL && !opening; k++)
        opening = g_ascii_strncasecmp (s, safe_harbour_openings[k], strlen (safe_harbour_openings[k])) == 0;
      gsize n = prefix_len (s, len);
      return opening
             && (g_strstr_len (s, (gssize)n, "orward-looking statements") != NULL
                 || g_strstr_len (s, (gssize)n, "orward looking statements") != NULL);
    }
  if (is_end_marker (s, len, languages))
    return short_after;
  return is_tail_heading (s, len, languages);
}

/* A sentence after a release's end marker ("ENDS", "###", "Fin") that is no news: furniture of
 * its own, or a short line ending on no stop ("Ann Example, +44 1904 000 000",
 * "press@oakfield.example"). */
static gboolean
is_short_line (const gchar *s, gsize len, guint flags)
{
  if ((flags & PRECIS_SPAN_FURNITURE) != 0)
    return TRUE;
  while (len > 0 && (g_ascii_isspace (s[len - 1]) || s[len - 1] == '"' || s[len - 1] == '\''))
    len--;
  return len > 0 && strchr (".?!", s[len - 1]) == NULL
         && precis_count_words (s, len, COUNT_WORDS_MAX) <= END_MARKER_LINE_MAX_WORDS;
}

/* An agency's signature closing a wire story, its writers' and editors' initials: AFP's
 * "bur-jj/sst", "str/ach" (lower-case letters in runs of two to five, joined by "-" or "/", at
 * least one "/"). */
static gboolean
is_agency_signature (const gchar *s, gsize len)
{
  while (len > 0 && g_ascii_isspace (s[len - 1]))
    len--;
  if (len < 5 || len > 40)
    return FALSE;
  gboolean slash = FALSE;
  gsize run = 0;
  for (gsize i = 0; i < len; i++)
    {
      if (s[i] >= 'a' && s[i] <= 'z')
        run++;
      else if ((s[i] == '/' || s[i] == '-') && run >= 2 && run <= 5)
        {
          slash = slash || s[i] == '/';
          run = 0;
        }
      else
        return FALSE;
    }
  return slash && run >= 2 && run <= 5;
}

/* Whether @s (@len bytes) to the sentence's end is a site's name as a footer gives it: ten words
 * at most, whatever their case or marks ("Town Blog", "xkcd", "iMore", "Le blog de Marie", "Town
 * Blog, Leeds", "DIY Photography - Your source for photography news"), unless it reads as the
 * rest of a sentence about a post: a verb of a clause ("Facebook was false", "Facebook on Friday
 * was shared ..."), a day ("on Friday", "yesterday") or a comma before a lower-case word ("the
 * council's list of closures, will stay open"). */
static gboolean
is_site_name (const gchar *s, gsize len)
{
  static const gchar *const clause[]
      = { "is",        "was",      "are",       "were",     "be",      "been",   "has",
          "have",      "had",      "will",      "would",    "can",     "could",  "may",
          "might",     "should",   "did",       "does",     "said",    "says",   "after",
          "before",    "when",     "yesterday", "today",    "tonight", "monday", "tuesday",
          "wednesday", "thursday", "friday",    "saturday", "sunday" };
  while (len > 0 && (g_ascii_isspace (s[len - 1]) || s[len - 1] == '.' || s[len - 1] == '!'))
    len--;
  guint words = 0;
  gboolean comma = FALSE; /* the word before ended on a comma */
  for (gsize i = 0; i < len;)
    {
      gsize j = i;
      while (j < len && !g_ascii_isspace (s[j]))
        j++;
      if (j > i)
        {
          if (++words > 10 || (comma && g_ascii_islower (s[i])))
            return FALSE;
          gsize n = j - i;
          while (n > 0 && (s[i + n - 1] == ',' || s[i + n - 1] == ';'))
            n--;
          for (guint k = 0; k < G_N_ELEMENTS (clause); k++)
            if (strlen (clause[k]) == n && g_ascii_strncasecmp (s + i, clause[k], n) == 0)
              return FALSE;
          comma = s[j - 1] == ',' || s[j - 1] == ';';
        }
      i = j + 1;
    }
  return words > 0;
}

/* A blog's furniture as WordPress writes it into feeds and pages: its default footer ("The post
 * Park reopens appeared first on Town Blog.": the footer's shape, a site's name to the end, not
 * a sentence about a post that "appeared first on Facebook on Friday"), and the sharing and like
 * boxes' labels run into their buttons ("Share this:TwitterFacebook", "Like this:") or the
 * related posts' heading alone ("Related"). */
static gboolean
is_blog_furniture (const gchar *s, gsize len, guint n_words)
{
  static const gchar footer[] = " appeared first on ";
  if (len == 0 || (s[0] != 'T' && s[0] != 'S' && s[0] != 'L' && s[0] != 'R')) /* (most leave here) */
    return FALSE;
  if (len > 9 && strncmp (s, "The post ", 9) == 0)
    {
      /* (the last: a post's title may hold the words) */
      const gchar *on = NULL;
      for (const gchar *f = s + 9; (f = g_strstr_len (f, (gssize)(s + len - f), footer)) != NULL; f++)
        on = f + sizeof footer - 1;
      return on != NULL && is_site_name (on, (gsize)(s + len - on));
    }
  if (n_words <= 6
      && ((len >= 11 && strncmp (s, "Share this:", 11) == 0)
          || (len >= 10 && strncmp (s, "Like this:", 10) == 0)))
    return TRUE;
  while (len > 0 && (g_ascii_isspace (s[len - 1]) || s[len - 1] == ':' || s[len - 1] == '.'))
    len--;
  return len == 7 && strncmp (s, "Related", 7) == 0;
}

/* A sentence a feed or a teaser cut short, ending on WordPress's "[…]" or "[...]" ("…according to
 * engineers who […]"): never a sentence of the summary, unless it is the text's first (a lone
 * teaser cut short is still its lede: a digest shows no summary of furniture alone). */
static gboolean
is_cut_short (const gchar *s, gsize len)
{
  while (len > 0 && g_ascii_isspace (s[len - 1]))
    len--;
  if (len < 5 || s[len - 1] != ']')
    return FALSE;
  return memcmp (s + len - 5, "[...]", 5) == 0 || memcmp (s + len - 5, "[\xE2\x80\xA6]", 5) == 0;
}

void
precis_furniture_mark (const gchar *text, GArray *spans, const gchar *language)
{
  const Patterns *p = patterns_get ();
  guint languages = languages_read (language);
  gboolean body = FALSE, tail = FALSE; /* a sentence of the text seen; a release's tail opened */
  for (guint i = 0; i < spans->len; i++)
    {
      PrecisSpan *span = &g_array_index (spans, PrecisSpan, i);
      gsize len = prefix_len (text + span->start, span->end - span->start);
      gboolean whole_dateline = FALSE; /* the span, as it stays, a dateline sentence (matched below) */

      if ((span->flags & PRECIS_SPAN_PARAGRAPH_START) != 0)
        {
          const gchar *s = text + span->start;
          gsize cut = may_have_dateline (s, len) ? dateline_end (p, s, len) : 0;
          if (cut == 0 && may_match_inner_dateline (s, len))
            cut = match_end (pattern_re (p, RE_INNER_DATELINE), s, len);
          /* Only when a sentence follows the dateline: not in a dateline sentence with its agency
           * after a dash ("МОСКВА, 30 ноя — РИА Новости."), furniture whole (below). */
          if (cut > 0 && i == 0
              && g_regex_match_full (pattern_re (p, RE_DATELINE_SENTENCE), s,
                                     (gssize)(span->end - span->start), 0, 0, NULL, NULL))
            {
              cut = 0;
              whole_dateline = TRUE;
            }
          if (cut > 0 && span->start + cut < span->end)
            span->start += cut;
        }

      gsize full = span->end - span->start;
      const gchar *s = text + span->start;
      guint n_words = precis_count_words (s, full, COUNT_WORDS_MAX);
      gchar word[FIRST_WORD_LIST_BYTES];
      gsize word_len = first_word (s, full, word, sizeof word);
      gboolean credit = (in_list (word, word_len, credit_words, &p->credit_lengths) || opens_on_copyright (s))
                        && g_regex_match_full (pattern_re (p, RE_CREDIT), s, (gssize)prefix_len (s, full), 0,
                                               0, NULL, NULL);
      /* (in Latin script only "von", "par", "por", "di", "door" open another language's byline, each
       * in a text of its language; Cyrillic's and Arabic's by their script) */
      gboolean other_byline = (guchar)s[0] == 0xD0 || (guchar)s[0] == 0xD8 || (guchar)s[0] == 0xD9
                              || (word_len >= 2 && word_len <= 4 && strchr ("vpd", word[0]) != NULL
                                  && opens_byline_of (word, languages));
      gboolean byline
          = (in_list (word, word_len, byline_words, &p->byline_lengths) && precis_is_byline (s, full))
            || (other_byline && precis_is_other_byline (s, full));
      gboolean dateline = i == 0 && n_words <= DATELINE_SENTENCE_WORDS
                          && (whole_dateline
                              || g_regex_match_full (pattern_re (p, RE_DATELINE_SENTENCE), s, (gssize)full, 0,
                                                     0, NULL, NULL));
      dateline = dateline
                 || (s[0] == '/' && full <= 40
                     && g_regex_match_full (pattern_re (p, RE_AGENCY_SENTENCE), s, (gssize)full, 0, 0, NULL,
                                            NULL));
      /* A time stamp on its own ("Published 8:14 am, 12 March 2026"), or run into a byline. */
      gboolean stamp = precis_is_time_stamp (s, full, FALSE) || is_byline_lines (s, full);
      if (credit || byline || dateline || stamp
          || (is_bare_label (s, full, n_words) && !opens_quotation (text, spans, i + 1))
          || is_call_to_action (p, s, full, n_words) || is_wire_credit (p, s, full, word, word_len, n_words)
          || is_blog_furniture (s, full, n_words) || (i > 0 && is_cut_short (s, full)))
        span->flags |= PRECIS_SPAN_FURNITURE;
    }
  /* A release's tail, from a sentence after the news to the end; an end marker only over short
   * lines (short_from: the sentences from the next on are all short lines). */
  guint first_long = spans->len; /* the last sentence that is no short line, + 1 */
  for (guint i = spans->len; i > 0; i--)
    {
      const PrecisSpan *span = &g_array_index (spans, PrecisSpan, i - 1);
      if (!is_short_line (text + span->start, span->end - span->start, span->flags))
        {
          first_long = i;
          break;
        }
    }
  for (guint i = 0; i < spans->len; i++)
    {
      PrecisSpan *span = &g_array_index (spans, PrecisSpan, i);
      gboolean short_from = i + 1 >= first_long;
      /* a tail opens only in the text's last RELEASE_TAIL_MAX_SENTENCES sentences */
      if (body && !tail && (span->flags & PRECIS_SPAN_PARAGRAPH_START) != 0
          && spans->len - i - 1 <= RELEASE_TAIL_MAX_SENTENCES)
        {
          gsize full = span->end - span->start;
          const gchar *s = text + span->start;
          gchar word[FIRST_WORD_LIST_BYTES];
          gsize word_len = first_word (s, full, word, sizeof word);
          guint n_words = precis_count_words (s, full, COUNT_WORDS_MAX);
          const PrecisSpan *next = i + 1 < spans->len ? &g_array_index (spans, PrecisSpan, i + 1) : NULL;
          tail = opens_release_tail (s, full, word, word_len, n_words, next ? text + next->start : NULL,
                                     next ? next->end - next->start : 0, short_from, languages);
        }
      if (tail
          || (i + 1 == spans->len && body
              && is_agency_signature (text + span->start, span->end - span->start)))
        span->flags |= PRECIS_SPAN_FURNITURE;
      body = body || (span->flags & PRECIS_SPAN_FURNITURE) == 0;
    }
}

/* @s[0, len) folded for comparing with a title: lower case, white space runs as one space,
 * no final punctuation or quotes. The caller frees the result with g_free(). */
static gchar *
fold_for_title (const gchar *s, gsize len)
{
  while (len > 0 && (g_ascii_isspace (s[len - 1]) || g_ascii_ispunct (s[len - 1])))
    len--;
  g_autofree gchar *spaced = precis_collapse_space (s, 0, len);
  return precis_fold (spaced, strlen (spaced), NULL, 0);
}

gboolean
precis_furniture_mark_title (const gchar *text, GArray *spans, const gchar *title)
{
  if (title == NULL || title[0] == '\0')
    return FALSE;
  g_autofree gchar *want = fold_for_title (title, strlen (title));
  gsize n = strlen (want);
  if (n == 0)
    return FALSE;
  gboolean repeated = FALSE;
  for (guint i = 0; i < spans->len; i++)
    {
      PrecisSpan *span = &g_array_index (spans, PrecisSpan, i);
      gsize len = span->end - span->start;
      /* Only a sentence about as long as the title can repeat it. */
      if (len + TITLE_SLACK_BYTES < n || len > 2 * n + TITLE_SLACK_BYTES)
        continue;
      g_autofree gchar *got = fold_for_title (text + span->start, len);
      if (strcmp (got, want) == 0)
        {
          span->flags |= PRECIS_SPAN_FURNITURE;
          repeated = TRUE;
        }
    }
  return repeated;
}
