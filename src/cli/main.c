/* main.c - entry point of the `precis` command: picks the subcommand. */
#include "config.h"

#include <locale.h>
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

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
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
