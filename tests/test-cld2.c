/* test-cld2.c - CLD2's shortcut (precis_cld2_detect) against its public entry point
 * (precis_cld2_detect_reference): the same answer, field for field, on texts written for this
 * test in several languages and scripts, on every character of the Basic Multilingual Plane
 * between two words, on prefixes of every length base/detect.c reads, with and without a hint,
 * and on the shared langid sentences when they are present. */
#include "base/detect-cld2.h"
#include "test-util.h"

#include <string.h>

/* Written for this test: ordinary sentences, names and numbers, mixed scripts, marks. */
static const gchar *const TEXTS[] = {
  "The council voted on Tuesday to close the old bridge to traffic while engineers inspect it.",
  "Le conseil municipal a voté mardi la fermeture du vieux pont pendant que les ingénieurs l'examinent.",
  "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für die Prüfung zu sperren.",
  "El ayuntamiento votó el martes cerrar el puente viejo mientras los ingenieros lo revisan.",
  "O conselho votou na terça-feira o encerramento da ponte velha durante a inspeção.",
  "Gemeenteraad stemde dinsdag om de oude brug te sluiten terwijl ingenieurs haar keuren.",
  "Byrådet stemte tirsdag for at lukke den gamle bro, mens ingeniørerne undersøger den.",
  "Kaupunginvaltuusto päätti tiistaina sulkea vanhan sillan tarkastuksen ajaksi.",
  "Городской совет во вторник проголосовал за закрытие старого моста на время проверки.",
  "Το δημοτικό συμβούλιο ψήφισε την Τρίτη να κλείσει η παλιά γέφυρα για έλεγχο.",
  "المجلس البلدي صوت يوم الثلاثاء على إغلاق الجسر القديم أثناء الفحص.",
  "नगर परिषद ने मंगलवार को पुराने पुल को जांच के दौरान बंद करने का फैसला किया।",
  "Belediye meclisi salı günü eski köprünün inceleme süresince kapatılmasına karar verdi.",
  "Consiliul local a votat marți închiderea podului vechi pe durata inspecției.",
  "Mr Smith (CEO, 54) said: \"We're 100% sure\" -- on 12/03/2024 at 09:30.",
  "Moscow (Москва) and Athens (Αθήνα) signed the accord.",
  "\xcc\x81"
  "a marks: e\xcc\x81te\xcc\x81 de\xcc\x81ja\xcc\x80 \xcc\x81tre, then a"
  "\xcc\x81"
  "ccent",
  "ŞİMDİ İSTANBUL'DA YAĞMUR YAĞIYOR VE HERKES ŞEMSİYESİNİ ARIYOR",
  "12 345 678 -- 3.14 + 2.72 = 5.86",
  "x",
  "Straße Öffnung ÄRGER ÜBER ÖL",
  "The COUNCIL votes TODAY on Über-Straße plans; ça IRRITE les Gens du QUARTIER",
};

static const gchar *const HINTS[] = { NULL, "fr", "es", "no", "en", "sr" };

static void
assert_same (const gchar *text, gsize len, const gchar *hint)
{
  PrecisCld2Result fast, reference;
  gboolean a = precis_cld2_detect (text, len, hint, &fast);
  gboolean b = precis_cld2_detect_reference (text, len, hint, &reference);
  ck_assert_msg (a == b, "answered %d, reference %d: \"%.*s\"", a, b, (int)len, text);
  if (!a)
    return;
  ck_assert_msg (strcmp (fast.code, reference.code) == 0 && strcmp (fast.name, reference.name) == 0
                     && fast.percent == reference.percent && fast.score == reference.score
                     && fast.text_bytes == reference.text_bytes && fast.reliable == reference.reliable,
                 "%s %d%% %.0f %d bytes %d, reference %s %d%% %.0f %d bytes %d: \"%.*s\"", fast.code,
                 fast.percent, fast.score, fast.text_bytes, fast.reliable, reference.code, reference.percent,
                 reference.score, reference.text_bytes, reference.reliable, (int)len, text);
}

/* Every prefix that ends on a character boundary. */
static void
assert_same_prefixes (const gchar *text, const gchar *hint)
{
  gsize len = strlen (text);
  for (gsize end = 1; end <= len; end++)
    if (end == len || ((guchar)text[end] & 0xc0) != 0x80)
      assert_same (text, end, hint);
}

START_TEST (test_written_texts)
{
  for (guint i = 0; i < G_N_ELEMENTS (TEXTS); i++)
    for (guint h = 0; h < G_N_ELEMENTS (HINTS); h++)
      assert_same_prefixes (TEXTS[i], HINTS[h]);
}
END_TEST

/* Long texts: the shortcut's squeeze and second-pass limits, and beyond its buffer. */
START_TEST (test_long_texts)
{
  g_autoptr (GString) all = g_string_new (NULL);
  for (guint round = 0; all->len < 9000; round++)
    g_string_append_printf (all, "%s ", TEXTS[round % 8]);
  g_autoptr (GString) english = g_string_new (NULL);
  while (english->len < 9000)
    g_string_append_printf (english, "%s ", TEXTS[0]);
  static const gsize SIZES[] = { 200, 256, 257, 300, 1024, 2047, 2048, 2049, 2100, 3072, 4096, 4097, 9000 };
  for (guint i = 0; i < G_N_ELEMENTS (SIZES); i++)
    {
      for (gsize end = SIZES[i]; end > 0; end--)
        if (((guchar)all->str[end] & 0xc0) != 0x80)
          {
            assert_same (all->str, end, NULL);
            break;
          }
      assert_same (english->str, SIZES[i], NULL);
    }
}
END_TEST

/* Each character U+0080..U+FFFD (not a surrogate or non-character) between two words: letters
 * of another script, marks, punctuation and symbols as CLD2's scanner sees them. Four
 * neighbours (nearly always of one block, so of one script) share a text. */
START_TEST (test_every_bmp_character)
{
  static const gchar *const WORDS[] = { "the house", "and the", "garden", "of", "roses" };
  g_autoptr (GString) text = g_string_new (NULL);
  guint n = 0;
  for (gunichar c = 0x80; c < 0xfffe; c++)
    {
      if ((c >= 0xd800 && c < 0xe000) || (c >= 0xfdd0 && c <= 0xfdef))
        continue;
      g_string_append (text, WORDS[n]);
      g_string_append_unichar (text, c);
      if (++n == G_N_ELEMENTS (WORDS) - 1 || c == 0xfffd)
        {
          g_string_append (text, WORDS[n]);
          assert_same (text->str, text->len, NULL);
          g_string_truncate (text, 0);
          n = 0;
        }
    }
}
END_TEST

START_TEST (test_langid_sentences)
{
  static const gchar *const FILES[]
      = { "catalan", "danish", "english", "greek", "hindi", "russian", "serbian", NULL };
  static const gsize STEPS[] = { 96, 256, 3072 };
  for (guint f = 0; FILES[f] != NULL; f++)
    {
      g_autofree gchar *rel = g_strdup_printf ("langid/%s.txt", FILES[f]);
      g_auto (GStrv) lines = test_shared_lines (rel, "cld2 shortcut on the langid sentences");
      if (lines == NULL)
        return;
      for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL && lines[i + 2] != NULL; i++)
        {
          g_autofree gchar *paragraph = g_strjoin (" ", lines[i], lines[i + 1], lines[i + 2], NULL);
          if (!g_utf8_validate (paragraph, -1, NULL))
            continue;
          gsize len = strlen (paragraph);
          for (guint s = 0; s < G_N_ELEMENTS (STEPS); s++)
            {
              gsize end = MIN (len, STEPS[s]);
              while (end > 0 && end < len && ((guchar)paragraph[end] & 0xc0) == 0x80)
                end--;
              assert_same (paragraph, end, s == 1 ? FILES[f] : NULL);
            }
          assert_same (lines[i], strlen (lines[i]), NULL);
        }
    }
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("cld2");
  TCase *tc = tcase_create ("cld2");
  tcase_add_test (tc, test_written_texts);
  tcase_add_test (tc, test_long_texts);
  tcase_add_test (tc, test_every_bmp_character);
  tcase_add_test (tc, test_langid_sentences);
  suite_add_tcase (suite, tc);
  return test_run_suite (suite);
}
