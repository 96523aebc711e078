/* calendar.c - the months by name: one English table for the date reader (input/date.c) and
 * any stage that recognises a time stamp (the page reader, the title line, the furniture), and
 * the time stamp itself, with other languages' stamp words (other_date_words). O(length of the
 * word or line). */
#include "config.h"

#include <string.h>

#include "base/calendar.h"
#include "base/text.h"

/* A time stamp is at most this long, in bytes and in words ("PUBLISHED: November 24, 2026 at
 * 5:00 AM EST | UPDATED: November 25, 2026 at 10:42 AM EST"). */
#define TIME_STAMP_MAX_BYTES 120
#define TIME_STAMP_MAX_WORDS 24

gint
precis_month_number (const gchar *word, gssize len)
{
  /* (with their lengths: a word longer than a month's name is not compared with it) */
#define MONTH(s) s, sizeof s - 1
  static const struct
  {
    const gchar *name;
    gsize len;
  } months[]
      = { { MONTH ("january") },   { MONTH ("february") }, { MONTH ("march") },    { MONTH ("april") },
          { MONTH ("may") },       { MONTH ("june") },     { MONTH ("july") },     { MONTH ("august") },
          { MONTH ("september") }, { MONTH ("october") },  { MONTH ("november") }, { MONTH ("december") } };
#undef MONTH
  gsize n = len < 0 ? strlen (word) : (gsize)len;
  if (n < 3)
    return 0;
  for (gint i = 0; i < 12; i++)
    if (n <= months[i].len && g_ascii_strncasecmp (word, months[i].name, n) == 0)
      return i + 1;
  return 0;
}

/* The words of time stamps in the other languages whose news pages precis reads most, German,
 * French, Spanish, Italian, Portuguese, Dutch, Russian and Arabic, case-folded: the labels
 * ("Aktualisiert am", "Publié le ... mis à jour à", "Actualizado:", "Aggiornato alle",
 * "Обновлено", "آخر تحديث"), the little words between a stamp's parts ("um", "à", "de", "del",
 * "в", "في"), months' names and abbreviations (Russian in the genitive too: "30 ноября", Arabic
 * both the Egyptian and the Levantine names) and weekdays. A word is looked up here only when
 * it is not an English stamp's word, in a block that holds a digit: an English text's stamps
 * read as before. */
static const gchar *const other_date_words[] = {
  /* German */
  "aktualisiert",
  "veröffentlicht",
  "erstellt",
  "geändert",
  "zuletzt",
  "stand",
  "um",
  "uhr",
  "vom",
  "januar",
  "jänner",
  "februar",
  "märz",
  "mai",
  "juni",
  "juli",
  "oktober",
  "dezember",
  "mär",
  "okt",
  "dez",
  "montag",
  "dienstag",
  "mittwoch",
  "donnerstag",
  "freitag",
  "samstag",
  "sonntag",
  /* French */
  "publié",
  "publiée",
  "mis",
  "mise",
  "à",
  "jour",
  "le",
  "modifié",
  "actualisé",
  "h",
  "janvier",
  "février",
  "mars",
  "avril",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
  "janv",
  "févr",
  "avr",
  "juil",
  "déc",
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
  /* Spanish */
  "actualizado",
  "actualizada",
  "publicado",
  "publicada",
  "el",
  "de",
  "del",
  "a",
  "las",
  "hrs",
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "setiembre",
  "octubre",
  "noviembre",
  "diciembre",
  "ene",
  "abr",
  "ago",
  "dic",
  "lunes",
  "martes",
  "miércoles",
  "jueves",
  "viernes",
  "sábado",
  "domingo",
  /* Italian */
  "aggiornato",
  "aggiornata",
  "pubblicato",
  "pubblicata",
  "alle",
  "ore",
  "il",
  "gennaio",
  "febbraio",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "settembre",
  "ottobre",
  "dicembre",
  "gen",
  "mag",
  "giu",
  "lug",
  "ott",
  "lunedì",
  "martedì",
  "mercoledì",
  "giovedì",
  "venerdì",
  "sabato",
  "domenica",
  /* Portuguese */
  "atualizado",
  "atualizada",
  "às",
  "em",
  "janeiro",
  "fevereiro",
  "março",
  "maio",
  "junho",
  "julho",
  "setembro",
  "outubro",
  "novembro",
  "dezembro",
  "fev",
  "out",
  "dez",
  /* Dutch */
  "bijgewerkt",
  "gepubliceerd",
  "geplaatst",
  "laatst",
  "om",
  "op",
  "uur",
  "januari",
  "februari",
  "maart",
  "mei",
  "augustus",
  "mrt",
  /* Russian */
  "обновлено",
  "опубликовано",
  "изменено",
  "в",
  "года",
  "г",
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
  "янв",
  "фев",
  "мар",
  "апр",
  "авг",
  "сен",
  "сент",
  "окт",
  "нояб",
  "дек",
  /* Arabic */
  "آخر",
  "تحديث",
  "التحديث",
  "نشر",
  "تم",
  "في",
  "الساعة",
  "بتاريخ",
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "ابريل",
  "مايو",
  "يونيو",
  "يوليو",
  "أغسطس",
  "اغسطس",
  "سبتمبر",
  "أكتوبر",
  "اكتوبر",
  "نوفمبر",
  "ديسمبر",
  "كانون",
  "شباط",
  "آذار",
  "نيسان",
  "أيار",
  "حزيران",
  "تموز",
  "آب",
  "أيلول",
  "تشرين",
  "الثاني",
  "الأول",
  "الاثنين",
  "الثلاثاء",
  "الأربعاء",
  "الخميس",
  "الجمعة",
  "السبت",
  "الأحد",
};

/* other_date_words as a set, and for its ASCII words (the only ones an ASCII word, lower-cased,
 * can be) their lengths and first bytes as bits: most words of a block with a digit are turned
 * away by these before they are hashed. Built once, never freed, read only. */
typedef struct
{
  GHashTable *words;
  guint64 ascii_lengths;   /* bit n: an ASCII word of n bytes */
  guint64 ascii_firsts[4]; /* bit c: an ASCII word opens on byte c */
} OtherDateWords;

static OtherDateWords *
other_date_words_new (void)
{
  OtherDateWords *o = g_new0 (OtherDateWords, 1);
  o->words = g_hash_table_new (g_str_hash, g_str_equal);
  for (gsize i = 0; i < G_N_ELEMENTS (other_date_words); i++)
    {
      const gchar *word = other_date_words[i];
      g_hash_table_add (o->words, (gpointer)word);
      gsize n = strlen (word);
      gboolean ascii = TRUE;
      for (gsize k = 0; k < n; k++)
        ascii = ascii && (guchar)word[k] < 0x80;
      if (ascii && n > 0 && n < 64)
        {
          o->ascii_lengths |= G_GUINT64_CONSTANT (1) << n;
          o->ascii_firsts[(guchar)word[0] / 64] |= G_GUINT64_CONSTANT (1) << ((guchar)word[0] % 64);
        }
    }
  return o;
}

/* Whether @w[0, n) is one of other_date_words, compared without case. */
static gboolean
is_other_date_word (const gchar *w, gsize n)
{
  if (n == 0 || n > 40)
    return FALSE;
  gchar buf[48];
  gsize k = 0;
  gboolean ascii = TRUE;
  for (; k < n; k++)
    {
      ascii = ascii && (guchar)w[k] < 0x80;
      buf[k] = g_ascii_tolower (w[k]);
    }
  buf[k] = '\0';
  static const OtherDateWords *other;
  if (g_once_init_enter (&other))
    g_once_init_leave (&other, other_date_words_new ());
  /* An ASCII word is looked up only when an ASCII word of its length opens on its first byte. */
  if (ascii && ((other->ascii_lengths >> n) & 1) == 0)
    return FALSE;
  if (ascii && (other->ascii_firsts[(guchar)buf[0] / 64] >> ((guchar)buf[0] % 64) & 1) == 0)
    return FALSE;
  g_autofree gchar *folded = ascii ? NULL : g_utf8_casefold (w, (gssize)n);
  return g_hash_table_contains (other->words, folded != NULL ? folded : buf);
}

/* Whether a word is one a time stamp is written in: a number, a time or an ordinal ("14th",
 * "8:14", "2026,"), a month's or a weekday's name or abbreviation, am or pm, a time zone's
 * capitals, or a label ("Published", "Updated on"). */
static gboolean
is_date_word (const gchar *w, gsize n)
{
  /* (with their lengths, so that only a word of the same length is compared) */
#define DATE_WORD(s) s, sizeof s - 1
  static const struct
  {
    const gchar *word;
    gsize len;
  } words[] = { { DATE_WORD ("monday") },    { DATE_WORD ("tuesday") }, { DATE_WORD ("wednesday") },
                { DATE_WORD ("thursday") },  { DATE_WORD ("friday") },  { DATE_WORD ("saturday") },
                { DATE_WORD ("sunday") },    { DATE_WORD ("mon") },     { DATE_WORD ("tue") },
                { DATE_WORD ("tues") },      { DATE_WORD ("wed") },     { DATE_WORD ("thu") },
                { DATE_WORD ("thur") },      { DATE_WORD ("thurs") },   { DATE_WORD ("fri") },
                { DATE_WORD ("sat") },       { DATE_WORD ("sun") },     { DATE_WORD ("am") },
                { DATE_WORD ("pm") },        { DATE_WORD ("a.m.") },    { DATE_WORD ("p.m.") },
                { DATE_WORD ("published") }, { DATE_WORD ("updated") }, { DATE_WORD ("posted") },
                { DATE_WORD ("modified") },  { DATE_WORD ("last") },    { DATE_WORD ("on") },
                { DATE_WORD ("at") },        { DATE_WORD ("date") },    { DATE_WORD ("time") } };
#undef DATE_WORD
  while (n > 0 && (w[n - 1] == ',' || w[n - 1] == ':'))
    n--; /* "2026," "Updated:" */
  if (n == 0)
    return TRUE;
  if (n > 1 && w[n - 1] == '.' && w[n - 2] != 'm')
    n--; /* "Feb." but "a.m." */
  if (g_ascii_isdigit (w[0]))
    {
      gsize d = 0;
      while (
          d < n
          && (g_ascii_isdigit (w[d]) || w[d] == ':' || w[d] == '/' || w[d] == '.' || w[d] == '-'
              || (w[d] == 'h' && g_ascii_isdigit (w[d - 1]) && (d + 1 == n || g_ascii_isdigit (w[d + 1])))))
        d++; /* (a French time: "10h15", "14h") */
      /* (a number, a time or a date, perhaps ordinal or with am/pm glued: "14th", "8:14pm"; or
       * glued to the next stamp's label, two inline elements with no space between them:
       * "2026Updated") */
      return d == n
             || (n - d == 2
                 && (g_ascii_strncasecmp (w + d, "st", 2) == 0 || g_ascii_strncasecmp (w + d, "nd", 2) == 0
                     || g_ascii_strncasecmp (w + d, "rd", 2) == 0 || g_ascii_strncasecmp (w + d, "th", 2) == 0
                     || g_ascii_strncasecmp (w + d, "am", 2) == 0
                     || g_ascii_strncasecmp (w + d, "pm", 2) == 0))
             || (g_ascii_isupper (w[d]) && is_date_word (w + d, n - d));
    }
  /* a time zone in capitals ("EST", "GMT"; not any capitals: "WWDC 2025" is a title) */
  static const gchar *const zones[]
      = { "UTC", "GMT", "BST",  "IST",  "CET",  "CEST", "EET",  "EEST", "WET",  "WEST", "MSK", "EST",
          "EDT", "CST", "CDT",  "MST",  "MDT",  "PST",  "PDT",  "AKST", "AKDT", "HST",  "ET",  "CT",
          "MT",  "PT",  "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "JST",  "KST",  "HKT", "SGT" };
  /* (every zone two to four capitals: other words are not compared) */
  if (n >= 2 && n <= 4 && g_ascii_isupper (w[0]))
    for (gsize k = 0; k < G_N_ELEMENTS (zones); k++)
      if (w[0] == zones[k][0] && strlen (zones[k]) == n && strncmp (w, zones[k], n) == 0)
        return TRUE;
  if (n == 1 && !g_ascii_isalnum (w[0]))
    return TRUE; /* | - */
  if (strchr ("jfmasondJFMASOND", w[0]) != NULL && precis_month_number (w, (gssize)n) != 0)
    return TRUE;
  /* (every word two to nine bytes: others are not compared; the first byte lower-cased once) */
  gchar first = g_ascii_tolower (w[0]);
  if (n >= 2 && n <= 9)
    for (gsize k = 0; k < G_N_ELEMENTS (words); k++)
      if (first == words[k].word[0] && words[k].len == n && g_ascii_strncasecmp (w, words[k].word, n) == 0)
        return TRUE;
  return is_other_date_word (w, n);
}

/* Whether @s[0, len) holds an ASCII digit. */
static gboolean
holds_digit (const gchar *s, gsize len)
{
  gsize i = 0;
#ifdef __SSE2__
  /* Sixteen bytes a step first, the rest one by one. */
  for (; i + 16 <= len; i += 16)
    if (_mm_movemask_epi8 (
            precis_ascii_range_vector (_mm_loadu_si128 ((const __m128i *)(gconstpointer)(s + i)), '0', '9'))
        != 0)
      return TRUE;
#endif
  for (; i < len; i++)
    if (g_ascii_isdigit (s[i]))
      return TRUE;
  return FALSE;
}

/* Whether a block is a time stamp on its own ("Published 8:14 am, 12 March 2026", "Monday 14
 * April 2026"): two to TIME_STAMP_MAX_WORDS words, all of them date words, with a year or a time
 * among them (a year alone may head a part of a story); with @time_element (the block opens on a
 * <time> element or on one whose class or id names a time, "entry-time"), also a time of day
 * alone, a live blog's entry stamp ("16:42"). The page's date, not its story's text (trafilatura
 * leaves out its "timestamp" boxes). */
gboolean
precis_is_time_stamp (const gchar *block, gsize len, gboolean time_element)
{
  if (len > TIME_STAMP_MAX_BYTES)
    return FALSE;
  /* A stamp holds a year or a time, a word opening on a digit: most sentences have no digit, and
   * are told so before their words are looked up. */
  if (!holds_digit (block, len))
    return FALSE;
  guint words = 0;
  gboolean year_or_time = FALSE, clock = FALSE;
  for (gsize i = 0; i < len;)
    {
      while (i < len && g_ascii_isspace (block[i]))
        i++;
      gsize start = i;
      while (i < len && !g_ascii_isspace (block[i]))
        i++;
      if (i == start)
        break;
      /* a dash of two or three bytes (en, em) reads as a separator */
      if (i - start <= 3 && (guchar)block[start] == 0xE2)
        continue;
      if (!is_date_word (block + start, i - start))
        return FALSE;
      words++;
      const gchar *colon = g_ascii_isdigit (block[start]) ? memchr (block + start, ':', i - start) : NULL;
      if (colon != NULL
          || (g_ascii_isdigit (block[start]) && i - start >= 4 && (block[start] == '1' || block[start] == '2')
              && g_ascii_isdigit (block[start + 3])))
        year_or_time = TRUE;
      /* a time of day: one or two digits, a colon, two digits ("16:42", "9:05pm") */
      clock = colon != NULL && colon - (block + start) <= 2 && colon + 2 < block + i
              && g_ascii_isdigit (colon[1]) && g_ascii_isdigit (colon[2]);
    }
  return (words >= 2 || (clock && time_element)) && words <= TIME_STAMP_MAX_WORDS && year_or_time;
}
