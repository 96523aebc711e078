/* bench-util.h - what the benchmarks share: finding and loading the shared news sets, and
 * sorting timings. */
#pragma once

#include <glib.h>

/* The three news sets the benchmarks read, NULL-terminated. */
extern const gchar *const bench_news_sets[];

/* The shared data directory: @option when given, else $PRECIS_SHARED_DATA, else
 * ../shared/data. Free with g_free(). */
gchar *bench_data_dir (const gchar *option);

/* Appends the "text" of each record of DATA/news/SET/dev.jsonl to @texts and, when
 * @summaries is not NULL, its "summary" ("" when absent) to @summaries; both arrays own
 * their strings (g_free). Blank lines, unparsable lines and records without text are
 * skipped. Stops after @limit records when @limit is not 0. Returns FALSE when the file
 * cannot be read. */
gboolean bench_load_news (const gchar *data, const gchar *set, guint limit, GPtrArray *texts,
                          GPtrArray *summaries);

/* Sorts @v (ascending) and returns its median. */
gdouble bench_sort_median (gdouble *v, guint n);
