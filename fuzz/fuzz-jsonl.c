/* fuzz-jsonl.c - libFuzzer entry point for the JSON Lines reader that `precis rouge`,
 * `precis eval` (and batch input) use: every line either parses to an object or gives an
 * error naming the line; reading always reaches the end. */
#include <stdio.h>
#include <unistd.h>

#include "cli.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  gchar path[] = "/tmp/precis-fuzz-jsonl-XXXXXX";
  int fd = g_mkstemp (path);
  if (fd < 0)
    return 0;
  if (write (fd, data, size) != (ssize_t)size)
    {
      close (fd);
      unlink (path);
      return 0;
    }
  close (fd);
  /* An odd first byte reads the lines lossy ("\u0000" repaired in place), as eval does. */
  CliJsonl *r = cli_jsonl_open (path, size > 0 && data[0] % 2 == 1, NULL);
  JsonObject *o = NULL;
  GError *error = NULL;
  guint lines = 0;
  while (r != NULL && cli_jsonl_next (r, &o, &error))
    {
      lines++;
      if (o != NULL)
        {
          g_free (cli_json_id (o));
          g_free (cli_json_text (o, "summary"));
          json_object_unref (o);
        }
      else
        {
          g_assert (error != NULL && strstr (error->message, path) != NULL);
          g_clear_error (&error);
        }
    }
  cli_jsonl_close (r);
  unlink (path);
  return 0;
}
