/* test-render.c - the JSON the renderers write by hand (output/page.h's writers, render.c's
 * summaries) against what json-glib's generator writes for the same values: the bytes must be
 * the same, since precis's JSON output was json-glib's before and must not change. */
#include "output/page.h"
#include "test-util.h"

#include <math.h>
#include <string.h>

/* Whether @got is what json-glib writes for @node (which this frees). */
static void
check_as_glib (JsonNode *node, GString *got)
{
  g_autofree gchar *want = json_to_string (node, FALSE);
  json_node_unref (node);
  ck_assert_str_eq (got->str, want);
}

static void
check_string (const gchar *s)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);
  json_node_set_string (node, s);
  g_autoptr (GString) got = g_string_new (NULL);
  precis_json_append_string (got, s);
  check_as_glib (node, got);
}

static void
check_double (gdouble d)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);
  json_node_set_double (node, d);
  g_autoptr (GString) got = g_string_new (NULL);
  precis_json_append_double (got, d);
  check_as_glib (node, got);
}

static void
check_int (gint64 n)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);
  json_node_set_int (node, n);
  g_autoptr (GString) got = g_string_new (NULL);
  precis_json_append_int (got, n);
  check_as_glib (node, got);
}

START_TEST (test_strings)
{
  /* Every byte from 1 to 255 alone, then between letters. */
  for (guint c = 1; c < 256; c++)
    {
      gchar one[2] = { (gchar)c, 0 }, three[4] = { 'a', (gchar)c, 'b', 0 };
      check_string (one);
      check_string (three);
    }
  check_string ("");
  check_string ("\"quoted\" and \\back\\slashed\\");
  check_string ("line\nbreak\r\ntab\tfeed\fbell\abackspace\b\x1e\x1f\x7f");
  check_string ("U+2028 \xE2\x80\xA8 U+2029 \xE2\x80\xA9 U+FEFF \xEF\xBB\xBF");
  check_string ("non-BMP \xF0\x9F\x98\x80 and \xF0\x90\x8D\x88, replaced \xEF\xBF\xBD");
  check_string ("caf\xC3\xA9 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE6\x9D\xB1\xE4\xBA\xAC");
  /* Random strings of those pieces (bytes that are not UTF-8 included: json-glib copies them). */
  static const gchar *const pieces[] = { "a",
                                         " ",
                                         "\"",
                                         "\\",
                                         "\n",
                                         "\t",
                                         "\x01",
                                         "\x1f",
                                         "\x7f",
                                         "/",
                                         "\xC3\xA9",
                                         "\xE2\x80\xA8",
                                         "\xF0\x9F\x98\x80",
                                         "\xEF\xBF\xBD",
                                         "\xFF",
                                         "\x80",
                                         "<",
                                         "&",
                                         "'",
                                         "u0000" };
  g_autoptr (GRand) rand = g_rand_new_with_seed (18);
  for (guint n = 0; n < 20000; n++)
    {
      g_autoptr (GString) s = g_string_new (NULL);
      guint len = (guint)g_rand_int_range (rand, 0, 30);
      for (guint i = 0; i < len; i++)
        g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      check_string (s->str);
    }
  g_autoptr (GString) null = g_string_new (NULL);
  precis_json_append_string_or_null (null, NULL);
  ck_assert_str_eq (null->str, "null");
}
END_TEST

/* The shortest form: it reads back as @d, and one digit fewer would not. */
static void
check_short (gdouble d, const gchar *want)
{
  g_autoptr (GString) got = g_string_new (NULL);
  precis_json_append_double_short (got, d);
  if (want != NULL)
    ck_assert_str_eq (got->str, want);
  ck_assert_double_eq (g_ascii_strtod (got->str, NULL), d);
}

START_TEST (test_numbers)
{
  static const gdouble fixed[]
      = { 0.0,    -0.0,   1.0,         -1.0, 0.5,      0.98,        0.1,          1.0 / 3,  2.0 / 3,   1e-7,
          1e-300, 5e-324, 123456789.0, 1e15, 1e16 + 2, G_MAXDOUBLE, -G_MINDOUBLE, INFINITY, -INFINITY, NAN };
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    check_double (fixed[i]);
  /* Scores, confidences and numbers of every magnitude a renderer writes (and far beyond). */
  g_autoptr (GRand) rand = g_rand_new_with_seed (18);
  for (guint n = 0; n < 100000; n++)
    {
      gdouble d = g_rand_double (rand);
      switch (n % 4)
        {
        case 1:
          d = round (d * 100) / 100; /* language_confidence */
          break;
        case 2:
          d = ldexp (d, g_rand_int_range (rand, -1074, 60)) * (g_rand_boolean (rand) ? 1 : -1);
          break;
        case 3:
          d = (gdouble)g_rand_int_range (rand, -100000, 100000);
          break;
        default:
          break;
        }
      check_double (d);
    }
  /* Confidences, rounded to two decimals, in their shortest form. */
  check_short (0.98, "0.98");
  check_short (0.5, "0.5");
  check_short (1.0, "1.0");
  check_short (0.0, "0.0");
  check_short (0.07, "0.07");
  for (guint k = 0; k <= 100; k++)
    {
      g_autoptr (GString) got = g_string_new (NULL);
      precis_json_append_double_short (got, round (k / 100.0 * 100) / 100);
      ck_assert_uint_le (got->len, 4);
    }
  for (guint n = 0; n < 10000; n++)
    check_short (g_rand_double (rand), NULL);
  static const gint64 ints[]
      = { 0, 1, -1, 9, 10, 99, 100, -100, G_MAXINT32, G_MININT32, G_MAXINT64, G_MININT64 };
  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    check_int (ints[i]);
  for (guint k = 0; k < 10000; k++)
    {
      gint64 n = (gint64)((guint64)g_rand_int (rand) << g_rand_int_range (rand, 0, 31));
      check_int (g_rand_boolean (rand) ? n : -n);
    }
}
END_TEST

/* The value of "language_confidence" in @json cut out (into *@value), the rest returned. */
static gchar *
without_confidence (const gchar *json, gdouble *value)
{
  const gchar *at = strstr (json, "\"language_confidence\":");
  if (at == NULL)
    return g_strdup (json);
  const gchar *number = at + strlen ("\"language_confidence\":");
  gchar *end = NULL;
  *value = g_ascii_strtod (number, &end);
  g_autofree gchar *head = g_strndup (json, (gsize)(number - json));
  return g_strconcat (head, end, NULL);
}

/* @json as json-glib writes it after reading it: the same bytes when @json is what json-glib
 * would have written (its strings, numbers and member order survive the round trip), but for
 * "language_confidence", which precis writes in its shortest form ("0.98"): the same number. */
static void
check_as_glib_writes (const gchar *json)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = json_from_string (json, &error);
  ck_assert_msg (node != NULL, "%s: %s", json, error ? error->message : "empty");
  g_autofree gchar *again = json_to_string (node, FALSE);
  gdouble mine = -1, glib = -2;
  g_autofree gchar *rest = without_confidence (json, &mine);
  g_autofree gchar *glib_rest = without_confidence (again, &glib);
  ck_assert_str_eq (rest, glib_rest);
  if (strstr (json, "\"language_confidence\":") != NULL)
    ck_assert_double_eq (mine, glib);
}

/* What a document in one language needs inside a page in another (review20s 3). */
START_TEST (test_lang_attributes)
{
  static const struct
  {
    const gchar *language, *page, *want;
  } cases[] = {
    { "english", "english", "" },
    { "french", "english", " lang=\"fr\"" },
    { "english", "arabic", " lang=\"en\" dir=\"ltr\"" },
    { "arabic", "english", " lang=\"ar\" dir=\"rtl\"" },
    { "hebrew", "arabic", " lang=\"he\" dir=\"rtl\"" },
    { "und", "arabic", " lang=\"und\" dir=\"auto\"" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *got = precis_html_lang_attributes (cases[i].language, cases[i].page);
      ck_assert_str_eq (got, cases[i].want);
    }
}
END_TEST

START_TEST (test_summaries)
{
  static const gchar *const texts[] = {
    "The \"harbour\" bridge closes today, the council said. Repairs will take \\ two weeks.\n\n"
    "Drivers should use the ring road \xE2\x80\x94 or the ferry \xF0\x9F\x9A\xA2. The council's engineer, "
    "Ms Dupr\xC3\xA9, said the work was overdue.\tTraffic will be heavy \xE2\x80\xA8 on Monday.",
    "Short.",
    "A line\x7f with a DEL. Another\x1f with a unit separator. A third one with a tab\there and a "
    "form feed\f there. The last \xEF\xBF\xBD replaced one.",
  };
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new ("english", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint titled = 0; titled < 2; titled++)
      {
        g_autoptr (GError) error = NULL;
        g_autoptr (PrecisSummary) sum = precis_summarizer_run_with_title (
            s, texts[i], -1, titled ? "A \"title\" \\ here" : NULL, &error);
        ck_assert_msg (sum != NULL, "%s", error ? error->message : "");
        g_autofree gchar *plain = precis_summary_render (sum, PRECIS_FORMAT_JSON, PRECIS_RENDER_NONE);
        g_autofree gchar *explain = precis_summary_render (sum, PRECIS_FORMAT_JSON, PRECIS_RENDER_EXPLAIN);
        g_autofree gchar *sentences = precis_summary_render_sentences (sum, PRECIS_FORMAT_JSON);
        check_as_glib_writes (plain);
        check_as_glib_writes (explain);
        check_as_glib_writes (sentences);
        ck_assert (g_str_has_prefix (plain, "{\"headline\":"));
        ck_assert (strstr (explain, "\"explain\":[{\"index\":0,") != NULL);
        ck_assert_msg (strstr (plain, titled ? "\"title\":\"A \\\"title\\\" \\\\ here\"" : "\"title\":null")
                           != NULL,
                       "%s", plain);
      }
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("render");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_strings);
  tcase_add_test (tc, test_numbers);
  tcase_add_test (tc, test_summaries);
  tcase_add_test (tc, test_lang_attributes);
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
