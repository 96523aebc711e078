/* progress.c - the progress line of `precis batch` and `precis digest` on standard error. */
#include "config.h"

#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* Redraw the line at most this often (microseconds). */
#define PROGRESS_INTERVAL (200 * 1000)

guint64
cli_file_size (const gchar *path)
{
  struct stat st;
  if (g_str_equal (path, "-") || stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return 0;
  return (guint64)st.st_size;
}

void
cli_progress_init (CliProgress *p, gboolean force, guint64 total_bytes)
{
  p->enabled = force || isatty (STDERR_FILENO);
  p->start = g_get_monotonic_time ();
  p->last = 0;
  p->total_bytes = total_bytes;
}

void
cli_progress_show (CliProgress *p, guint n_docs, guint64 bytes, gboolean final)
{
  if (!p->enabled)
    return;
  gint64 now = g_get_monotonic_time ();
  if (!final && now - p->last < PROGRESS_INTERVAL)
    return;
  p->last = now;
  gdouble secs = MAX ((now - p->start) / 1e6, 1e-6);
  gdouble rate = bytes / 1e6 / secs;
  GString *line = g_string_new (NULL);
  g_string_append_printf (line, "\r%u documents, %.1f MB, %.1f MB/s", n_docs, bytes / 1e6, rate);
  if (p->total_bytes > 0 && bytes > 0)
    {
      gdouble done = MIN ((gdouble)bytes / p->total_bytes, 1.0);
      gdouble eta = secs * (1 - done) / done;
      g_string_append_printf (line, ", %3.0f%%, ETA %.0f s", 100 * done, eta);
    }
  g_string_append (line, final ? "\n" : "   ");
  fputs (line->str, stderr);
  fflush (stderr);
  g_string_free (line, TRUE);
}
