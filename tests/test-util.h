/* test-util.h - helpers shared by the Check suites. */
#pragma once

#include <check.h>
#include <glib.h>
#include <json-glib/json-glib.h>

#include <stdio.h>
#include <stdlib.h>

/* The team's evaluation data (../shared/data), or NULL when it is absent. Set
 * PRECIS_SHARED_DATA to point elsewhere. The caller frees the result with g_free(). */
static inline gchar *
test_shared_data (const gchar *relative)
{
  const gchar *root = g_getenv ("PRECIS_SHARED_DATA");
  g_autofree gchar *path = g_build_filename (root ? root : PRECIS_DEFAULT_SHARED_DATA, relative, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;
  return g_steal_pointer (&path);
}

/* The lines of the shared data file @relative, or NULL after printing "SKIP @what: shared
 * data absent" when it is absent. The caller frees the result with g_strfreev(). */
static inline gchar **
test_shared_lines (const gchar *relative, const gchar *what)
{
  g_autofree gchar *path = test_shared_data (relative);
  if (path == NULL)
    {
      fprintf (stderr, "SKIP %s: shared data absent\n", what);
      return NULL;
    }
  g_autofree gchar *contents = NULL;
  g_autoptr (GError) error = NULL;
  if (!g_file_get_contents (path, &contents, NULL, &error))
    ck_abort_msg ("cannot read %s: %s", path, error->message);
  return g_strsplit (contents, "\n", -1);
}

/* The contents of tests/data/@name. The caller frees the result with g_free(). */
static inline gchar *
test_read_data (const gchar *name, gsize *len)
{
  g_autofree gchar *path = g_build_filename (PRECIS_TEST_DATA, name, NULL);
  gchar *contents = NULL;
  g_autoptr (GError) error = NULL;
  if (!g_file_get_contents (path, &contents, len, &error))
    ck_abort_msg ("cannot read %s: %s", path, error->message);
  return contents;
}

/* A log handler counting the messages it gets in the guint at @data (the critical warnings of
 * functions refusing their arguments). */
static inline void
test_count_message (const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data)
{
  (void)domain;
  (void)level;
  (void)message;
  (*(guint *)data)++;
}

/* Runs one suite and returns the process exit status. */
static inline int
test_run_suite (Suite *suite)
{
  SRunner *runner = srunner_create (suite);
  srunner_run_all (runner, CK_NORMAL);
  int failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* The JSON object in @text, parsed by @parser (which owns it); fails the test if @text is not
 * one. */
static inline JsonObject *
test_parse_object (JsonParser *parser, const gchar *text)
{
  g_autoptr (GError) error = NULL;
  ck_assert_msg (json_parser_load_from_data (parser, text, -1, &error), "%s", error ? error->message : "");
  JsonNode *root = json_parser_get_root (parser);
  ck_assert (root != NULL && JSON_NODE_HOLDS_OBJECT (root));
  return json_node_get_object (root);
}

/* The JSON objects of the shared JSON Lines file @relative (blank lines skipped), or NULL
 * after printing "SKIP @what: shared data absent". The caller frees the result with
 * g_ptr_array_unref(). */
static inline GPtrArray *
test_shared_records (const gchar *relative, const gchar *what)
{
  g_auto (GStrv) lines = test_shared_lines (relative, what);
  if (lines == NULL)
    return NULL;
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify)json_object_unref);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        continue;
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_ptr_array_add (records, json_object_ref (test_parse_object (parser, lines[i])));
    }
  return records;
}

/* The shared news sets, as paths under the shared data directory. */
static const gchar *const test_news_sets[]
    = { "news/bbc_news_summary/dev.jsonl", "news/inshorts_news_summary/dev.jsonl",
        "news/frank_cnndm/dev.jsonl" };
