/* main.c - entry point of the `precis` command: picks the subcommand. */
#include "config.h"

#include <locale.h>

#include "cli.h"

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  return cli_summarize (argc, argv);
}
