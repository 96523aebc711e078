/* replay.c - runs a fuzzing harness over files without libFuzzer: every file named on the
 * command line, and every file in each directory named, is read and given to the harness's
 * LLVMFuzzerTestOneInput() once, in name order. Built with each harness in the normal build
 * (the `replay` suite over the seed corpora), so that a harness that no longer compiles
 * against the library, or a seed that now crashes or fails an assertion, shows in every
 * test run and under the sanitizers, not only in the fuzzing build. */
#include <glib.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const gchar *const *)a, *(const gchar *const *)b);
}

/* Adds @path, or the files in it when it is a directory, to @files. FALSE when it cannot be
 * read. */
static gboolean
add_path (GPtrArray *files, const gchar *path)
{
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return TRUE;
    }
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      g_printerr ("replay: %s\n", error->message);
      return FALSE;
    }
  g_autoptr (GPtrArray) found = g_ptr_array_new ();
  for (const gchar *name; (name = g_dir_read_name (dir)) != NULL;)
    g_ptr_array_add (found, g_build_filename (path, name, NULL));
  g_ptr_array_sort (found, compare_names);
  g_ptr_array_extend_and_steal (files, g_steal_pointer (&found));
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  for (int i = 1; i < argc; i++)
    if (!add_path (files, argv[i]))
      return 1;
  if (files->len == 0)
    {
      g_printerr ("replay: no input files\n");
      return 1;
    }
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree gchar *data = NULL;
      gsize size = 0;
      g_autoptr (GError) error = NULL;
      if (!g_file_get_contents (files->pdata[i], &data, &size, &error))
        {
          g_printerr ("replay: %s\n", error->message);
          return 1;
        }
      LLVMFuzzerTestOneInput ((const guint8 *)data, size);
    }
  printf ("replay: %u inputs\n", files->len);
  return 0;
}
