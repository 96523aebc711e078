/* cli.h - what the parts of the `precis` command share: reading inputs and reporting errors.
 * The command uses only the public header precis.h. */
#pragma once

#include <glib.h>

#include "precis.h"

/* Exit statuses. */
enum
{
  CLI_EXIT_OK = 0,
  CLI_EXIT_FAILURE = 1,
  CLI_EXIT_USAGE = 2,
};

/* Reads a whole file ("-" is standard input), refusing more than @max_bytes bytes (0: no
 * limit) without reading the rest. The caller frees the result with g_free(). */
gchar *cli_read_input (const gchar *path, gsize max_bytes, gsize *len, GError **error);

/* Prints "precis: <message>" on standard error. */
void cli_error (const gchar *format, ...) G_GNUC_PRINTF (1, 2);

/* Prints a usage error and the hint to run --help; returns CLI_EXIT_USAGE. */
int cli_usage_error (const gchar *command, const gchar *format, ...) G_GNUC_PRINTF (2, 3);

/* Writes all of @len bytes to standard output; FALSE if that failed. */
gboolean cli_write (const gchar *data, gsize len);

/* The default command: summarise files or standard input. */
int cli_summarize (int argc, char **argv);
