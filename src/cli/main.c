/* main.c - entry point of the `precis` command: picks the subcommand. */
#include "config.h"

#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const struct
{
  const gchar *name;
  int (*run) (int argc, char **argv);
} commands[] = {
  { "rouge", cli_rouge }, { "eval", cli_eval },     { "segment", cli_segment },
  { "batch", cli_batch }, { "digest", cli_digest }, { "extract", cli_extract },
};

/* GOption reads a short option's value only as the next argument: "-j2" would take the argument
 * after it for -j's value. A letter with digits glued on ("-j2", "-n5": no short option is a
 * digit, so nothing else can be meant) is split in two before any command sees it. */
static char **
split_glued_numbers (int *argc, char **argv)
{
  GPtrArray *out = g_ptr_array_new ();
  gboolean options = TRUE;
  for (int i = 0; i < *argc; i++)
    {
      const char *a = argv[i];
      options &= strcmp (a, "--") != 0;
      if (options && i > 0 && a[0] == '-' && g_ascii_isalpha (a[1]) && g_ascii_isdigit (a[2])
          && strspn (a + 2, "0123456789") == strlen (a + 2))
        {
          g_ptr_array_add (out, g_strndup (a, 2));
          g_ptr_array_add (out, g_strdup (a + 2));
        }
      else
        g_ptr_array_add (out, g_strdup (a));
    }
  *argc = (int)out->len;
  g_ptr_array_add (out, NULL);
  return (char **)g_ptr_array_free (out, FALSE);
}

static void
print_to_stdout (const gchar *text)
{
  cli_write (text, strlen (text));
}

gboolean
cli_is_command (const gchar *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (name, commands[i].name) == 0)
      return TRUE;
  return FALSE;
}

static int
run (int argc, char **argv)
{
  if (argc > 1)
    for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
      if (strcmp (argv[1], commands[i].name) == 0)
        {
          /* "precis rouge ARGS" runs as "rouge ARGS", so that GOption sees its own options. */
          g_autofree gchar *name = g_strdup_printf ("precis %s", commands[i].name);
          g_set_prgname (name);
          return commands[i].run (argc - 1, argv + 1);
        }
  return cli_summarize (argc, argv);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
#ifdef __GLIBC__
  /* Blocks from 128 KiB are mapped apart, and their pages returned when freed, for the whole run:
   * glibc otherwise raises that threshold to the size of each such block freed (a page's tree,
   * its text), and the summariser's arrays that follow then grow in the heap, which keeps their
   * pages after they are freed: a page of 200,000 paragraphs peaked 11 MB above its text alone. */
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
#endif
  /* GOption prints --help with g_print() and exits: through cli_write(), so that a failure is
   * known with its reason when cli_check_output_at_exit() flushes */
  g_set_print_handler (print_to_stdout);
  atexit (cli_check_output_at_exit);
  /* The commands' option parsers take arguments out of the array they are given: they get a
   * copy of it, and the strings are freed from the one kept here. */
  g_auto (GStrv) owned = split_glued_numbers (&argc, argv);
  g_autofree char **args = g_memdup2 (owned, ((gsize)argc + 1) * sizeof (char *));
  return run (argc, args);
}
