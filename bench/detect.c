/* detect.c - language detection on the langid sentences: accuracy, confusions, speed (a
 * benchmark, not a test).
 *
 *   precis-bench-detect [--data DIR] [--group N]...
 *
 * Reads DIR/langid/<language>.txt (one sentence a line; DIR defaults to $PRECIS_SHARED_DATA or
 * ../shared/data) for every supported language that has a file, joins each run of N
 * consecutive sentences (default: 1 and 3, each run once) with spaces, and detects each text with
 * precis_detect_language(). Prints per group size the share detected right, the "und" answers,
 * the most frequent confusions and the time per text; then per language the share right.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "precis.h"

static gint
compare_count_desc (gconstpointer a, gconstpointer b, gpointer counts)
{
  guint x = GPOINTER_TO_UINT (g_hash_table_lookup (counts, *(const gchar *const *)a));
  guint y = GPOINTER_TO_UINT (g_hash_table_lookup (counts, *(const gchar *const *)b));
  if (x != y)
    return x < y ? 1 : -1;
  return strcmp (*(const gchar *const *)a, *(const gchar *const *)b);
}

static void
run (const gchar *data, guint group)
{
  g_autoptr (GHashTable) confusions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GString) per_language = g_string_new (NULL);
  guint right = 0, und = 0, total = 0;
  gdouble seconds = 0;
  gsize bytes = 0;
  for (const gchar *const *l = precis_languages (); *l != NULL; l++)
    {
      g_autofree gchar *path = g_strdup_printf ("%s/langid/%s.txt", data, *l);
      g_autofree gchar *contents = NULL;
      if (!g_file_get_contents (path, &contents, NULL, NULL))
        continue;
      g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
      guint n_lines = g_strv_length (lines);
      while (n_lines > 0 && lines[n_lines - 1][0] == '\0')
        n_lines--;
      guint lang_right = 0, lang_total = 0;
      for (guint i = 0; i + group <= n_lines; i += group)
        {
          g_autoptr (GString) text = g_string_new (lines[i]);
          for (guint k = 1; k < group; k++)
            g_string_append_printf (text, " %s", lines[i + k]);
          gint64 t0 = g_get_monotonic_time ();
          const gchar *got = precis_detect_language (text->str, (gssize)text->len, NULL, NULL);
          seconds += (g_get_monotonic_time () - t0) / 1e6;
          bytes += text->len;
          total++;
          lang_total++;
          if (g_str_equal (got, *l))
            {
              right++;
              lang_right++;
            }
          else if (g_str_equal (got, PRECIS_LANGUAGE_UNDETERMINED))
            und++;
          else
            {
              g_autofree gchar *key
                  = g_strdup_printf ("%s->%s", precis_language_code (*l),
                                     precis_language_code (got) ? precis_language_code (got) : got);
              guint n = GPOINTER_TO_UINT (g_hash_table_lookup (confusions, key));
              g_hash_table_replace (confusions, g_steal_pointer (&key), GUINT_TO_POINTER (n + 1));
            }
        }
      g_string_append_printf (per_language, " %s %.1f", precis_language_code (*l),
                              lang_total ? 100.0 * lang_right / lang_total : 0.0);
    }
  if (total == 0)
    return;
  printf ("%u sentence(s) a text: %u/%u right (%.2f %%), %u und, %.1f us a text (%.1f MB/s)\n", group, right,
          total, 100.0 * right / total, und, 1e6 * seconds / total, bytes / 1e6 / seconds);
  g_autoptr (GPtrArray) keys = g_ptr_array_new ();
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, confusions);
  while (g_hash_table_iter_next (&it, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort_with_data (keys, compare_count_desc, confusions);
  printf ("  confusions:");
  for (guint i = 0; i < keys->len; i++)
    printf (" %s %u", (gchar *)keys->pdata[i],
            GPOINTER_TO_UINT (g_hash_table_lookup (confusions, keys->pdata[i])));
  printf ("\n  per language (%% right):%s\n", per_language->str);
}

int
main (int argc, char **argv)
{
  gchar *data = NULL;
  gint group = 0;
  GOptionEntry entries[] = {
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data, "Shared data directory", "DIR" },
    { "group", 0, 0, G_OPTION_ARG_INT, &group, "Sentences a text (default: 1, then 3)", "N" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- language detection on the langid sentences");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || group < 0)
    {
      fprintf (stderr, "precis-bench-detect: %s\n", error ? error->message : "--group must be positive");
      return 2;
    }
  g_autofree gchar *option = data;
  g_autofree gchar *dir = bench_data_dir (option);
  if (group > 0)
    run (dir, (guint)group);
  else
    {
      run (dir, 1);
      run (dir, 3);
    }
  return 0;
}
