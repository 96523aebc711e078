/* cmd-batch.c - `precis batch`: summarise a stream of JSON Lines, one output line per input line.
 *
 * Input objects have "id" and "text" (a string, or an array of strings joined with newlines),
 * optionally "title" (the headline, as --headline says) and "language" (a name or code, or
 * "auto": that record's language, over -l; each thread keeps a summariser per language met).
 * A text that is an HTML page or fragment (precis_looks_like_html) is read as a page, as the main
 * command reads one: its article, its title where the record has none, its lang a language hint;
 * a text that is a whole feed is refused (CLI_FEED_RECORD), as eval and digest refuse it.
 * Each output line is the object `precis -f json` prints, with the input's "id" first; a record
 * that cannot be summarised (no text, malformed JSON, invalid UTF-8, too large) gives
 * {"id": ..., "line": N, "error": "..."} instead, and the others go on. The main thread reads
 * lines in blocks of BLOCK_PER_THREAD x threads; a pool of threads (one summariser each) parses
 * and summarises them. The workers share no word cache (PrecisWordCache): with one, each first
 * sight of a word form took its one lock and read slots the other core had written, which cost two
 * workers more time than stemming the form twice (bench/RESULTS.md, "Batch -j 2 against -j 1").
 * Two blocks are on the pool at a time: while the
 * workers finish one block, the next is already queued behind it, so no worker waits for the block's last
 * record or for the main thread to write it. Each block is written in input order when it is done: memory
 * stays bounded whatever the input size, and the output is the same byte for byte for any number of threads.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli.h"

/* A record's line of this many bytes or more whose text was read by json-glib (an array of
 * strings) gives its tree's memory back to the system before it is summarised: the tree's
 * hundreds of thousands of small blocks, freed, were kept by malloc as the summary's large blocks
 * were mapped beside them. */
#define TRIM_RECORD_BYTES (16u << 20)

/* Records per thread read before the block is summarised and written. */
#define BLOCK_PER_THREAD 64

typedef struct _Block Block;

typedef struct
{
  Block *block;        /* the block the record belongs to */
  gchar *text;         /* the line as read; NULL when it could not be read */
  gsize len;           /* its length */
  gchar *line_error;   /* why it could not be read or parsed */
  JsonObject *skipped; /* a line too long to read, or one that is not a record: {"id": ...} from its
                        * opening (cli_jsonl_line_id), or NULL */
  guint line;
  guint64 end;   /* the input's bytes up to the end of the line: how far the output has come */
  gchar *output; /* the JSON line to write, without "\n" */
  gboolean failed;
} Record;

/* What the workers and the main thread share: the signal that a block's count of records not yet
 * done (Block.pending) reached zero, and its lock. The count itself is atomic: a worker takes the
 * lock only for the block's last record, to wake the main thread. */
typedef struct
{
  GMutex mutex;
  GCond done;
} Handoff;

/* A block of records, in input order. */
struct _Block
{
  GPtrArray *records;
  gint pending; /* records not yet summarised (atomic): set before they are queued, counted down */
};

/* A worker thread's summarisers: the command's (-l), and one for each other language that
 * records name in their "language", built on first use (a few dozen at most: one a language). */
typedef struct
{
  PrecisSummarizer *command;
  GHashTable *by_language; /* canonical name, or "auto" -> PrecisSummarizer */
} Summarizers;

static void
summarizers_free (Summarizers *t)
{
  precis_summarizer_free (t->command);
  g_hash_table_unref (t->by_language);
  g_free (t);
}

static const CliSummarizerOptions *settings;
static GPrivate summarizer_key = G_PRIVATE_INIT ((GDestroyNotify)summarizers_free);

/* This thread's summariser for a record whose "language" is @language (NULL: none, the
 * command's -l), or NULL with @error for a language precis does not know. */
static PrecisSummarizer *
thread_summarizer (const gchar *language, GError **error)
{
  Summarizers *t = g_private_get (&summarizer_key);
  if (t == NULL)
    {
      t = g_new0 (Summarizers, 1);
      t->command = cli_summarizer_options_new_summarizer (settings, NULL, NULL);
      t->by_language
          = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)precis_summarizer_free);
      g_private_set (&summarizer_key, t);
    }
  if (language == NULL)
    return t->command;
  /* The canonical name of a supported language; else the name as given, lower-cased (a
   * language precis reads with generic rules, or none it knows: the library says which). */
  const gchar *name = g_ascii_strcasecmp (language, PRECIS_LANGUAGE_AUTO) == 0
                          ? PRECIS_LANGUAGE_AUTO
                          : precis_language_canonical (language);
  g_autofree gchar *key = name != NULL ? g_strdup (name) : g_ascii_strdown (language, -1);
  if (g_str_equal (key, precis_summarizer_get_language (t->command)))
    return t->command;
  PrecisSummarizer *s = g_hash_table_lookup (t->by_language, key);
  if (s == NULL)
    {
      s = cli_summarizer_options_new_summarizer (settings, name != NULL ? name : language, error);
      if (s == NULL)
        return NULL;
      g_hash_table_insert (t->by_language, g_steal_pointer (&key), s);
    }
  return s;
}

/* The record's "language" in *@language (NULL when absent, null or ""): FALSE when it is
 * not a string. */
static gboolean
record_language (JsonObject *object, const gchar **language)
{
  JsonNode *node = json_object_get_member (object, "language");
  *language = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  const gchar *name = json_node_get_string (node);
  *language = name[0] != '\0' ? name : NULL;
  return TRUE;
}

/* {"id": ID, "line": N, "error": MESSAGE}; the id is null when there is none. */
static gchar *
error_line (JsonObject *object, guint line, const gchar *message)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  if (object != NULL && json_object_has_member (object, "id")
      && JSON_NODE_HOLDS_VALUE (json_object_get_member (object, "id")))
    json_builder_add_value (b, json_node_copy (json_object_get_member (object, "id")));
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "line");
  json_builder_add_int_value (b, line);
  json_builder_set_member_name (b, "error");
  json_builder_add_string_value (b, message);
  json_builder_end_object (b);
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}

static void summarize_one_record (Record *r);

static void
summarize_record (gpointer data, gpointer user_data)
{
  Record *r = data;
  Handoff *h = user_data;
  /* The pool's queue already orders what the main thread wrote into the record before this; the
   * record's block, set last and read first, says so to ThreadSanitizer too, which does not see
   * glib's futex-based locks. */
  Block *block = g_atomic_pointer_get (&r->block);
  summarize_one_record (r);
  /* Freed here, not by the writing thread, which only writes the output. */
  g_clear_pointer (&r->line_error, g_free);
  g_clear_pointer (&r->skipped, json_object_unref);
  /* The last record of a block wakes the main thread (which waits for one block only, the
   * older): once a block. The count's last decrement releases every worker's records of it. */
  if (g_atomic_int_dec_and_test (&block->pending))
    {
      g_mutex_lock (&h->mutex);
      g_cond_broadcast (&h->done);
      g_mutex_unlock (&h->mutex);
    }
}

static void
summarize_one_record (Record *r)
{
  r->failed = TRUE;
  g_autoptr (JsonObject) object = NULL;
  gchar *text = NULL; /* the record's "text", when plain strings: decoded in the line's memory */
  if (r->text != NULL)
    {
      gint code = 0;
      object = cli_jsonl_parse_take (&r->text, r->len, settings->lossy, &code, &r->line_error, &text);
      if (object == NULL)
        r->skipped
            = cli_jsonl_line_id (r->text, r->len, settings->lossy); /* the id its start gives, if any */
      g_clear_pointer (&r->text, g_free);
    }
  if (object == NULL)
    {
      r->output = error_line (r->skipped, r->line, r->line_error);
      return;
    }
  if (text == NULL)
    {
      text = cli_json_text (object, "text");
      /* the tree's copy given back before the text is summarised (an array of a 100 MB text's
       * paragraphs held 100 MB more through the summary) */
      if (text != NULL)
        json_object_remove_member (object, "text");
#ifdef __GLIBC__
      if (text != NULL && r->len >= TRIM_RECORD_BYTES)
        malloc_trim (0);
#endif
    }
  if (text == NULL)
    {
      g_autofree gchar *problem = cli_json_text_problem (object);
      r->output = error_line (object, r->line, problem);
      return;
    }
  g_autofree gchar *title_field = NULL;
  if (!cli_json_optional_text (object, "title", &title_field))
    {
      /* a title of another type is refused, not ignored: the headline would silently change */
      g_free (text);
      r->output = error_line (object, r->line, "\"title\" is not a string (or an array of strings)");
      return;
    }
  g_autofree gchar *title = precis_title_text (title_field); /* "<b>Mayor</b> resigns": its text */
  const gchar *language = NULL;
  if (!record_language (object, &language))
    {
      g_free (text);
      r->output = error_line (object, r->line, "\"language\" is not a string");
      return;
    }
  g_autoptr (GError) error = NULL;
  PrecisSummarizer *s = thread_summarizer (language, &error);
  if (s == NULL)
    {
      g_free (text);
      r->output = error_line (object, r->line, error->message);
      return;
    }
  /* A record whose text is an HTML page is read as a page, as the main command and the Python
   * package read one: its article, its title where the record gives none, its lang a hint. */
  g_autoptr (PrecisPage) page = NULL;
  if (precis_looks_like_feed (text, -1))
    {
      /* many documents: refused, not summarised as markup (the main command reads a feed's items) */
      g_free (text);
      r->output = error_line (object, r->line, CLI_FEED_RECORD);
      return;
    }
  if (precis_looks_like_html (text, -1))
    {
      page = precis_html_read_take (text, strlen (text), &error);
      if (page == NULL)
        {
          r->output = error_line (object, r->line, error->message);
          return;
        }
      text = g_steal_pointer (&page->text);
      if (title == NULL)
        title = g_steal_pointer (&page->title);
      precis_summarizer_set_language_hint (s, page->language);
    }
  g_autoptr (PrecisSummary) sum = precis_summarizer_run_take (s, text, strlen (text), g_free, title, &error);
  if (page != NULL)
    precis_summarizer_set_language_hint (s, NULL);
  if (sum == NULL)
    {
      r->output = error_line (object, r->line, error->message);
      return;
    }
  if (precis_summary_get_n_document_sentences (sum) == 0)
    {
      r->output = error_line (object, r->line, CLI_NO_TEXT);
      return;
    }
  g_autofree gchar *json = precis_summary_render (sum, PRECIS_FORMAT_JSON, PRECIS_RENDER_NONE);
  /* The input's id goes first: {"id":ID,...the summary...}. */
  g_autoptr (JsonObject) id = json_object_new ();
  if (json_object_has_member (object, "id"))
    json_object_set_member (id, "id", json_node_copy (json_object_get_member (object, "id")));
  else
    json_object_set_null_member (id, "id");
  r->output = cli_json_splice (json, id, NULL);
  r->failed = FALSE;
}

/* Waits until every record of @block is done, writes the records in input order and frees
 * them; counts them in *n_docs and the failed ones in *n_failed, and sets *done to the bytes
 * of input their lines end at (the reading is a block ahead: progress is what is written).
 * FALSE when writing failed. */
static gboolean
write_block (Handoff *h, Block *block, guint *n_docs, guint *n_failed, guint64 *done)
{
  g_mutex_lock (&h->mutex);
  while (g_atomic_int_get (&block->pending) > 0)
    g_cond_wait (&h->done, &h->mutex);
  g_mutex_unlock (&h->mutex);
  gboolean ok = TRUE;
  for (guint i = 0; i < block->records->len; i++)
    {
      Record *r = block->records->pdata[i];
      *n_failed += r->failed;
      *done = r->end;
      ok &= cli_write (r->output, strlen (r->output)) && cli_write ("\n", 1);
      g_free (r->output);
      g_free (r);
    }
  *n_docs += block->records->len;
  g_ptr_array_set_size (block->records, 0);
  return ok;
}

/* Reads up to @size lines into @block (empty) and queues them on @pool; FALSE when the input
 * has ended. The workers parse them: the reading thread only splits the input into lines. */
static gboolean
read_block (CliJsonl *reader, GThreadPool *pool, Block *block, guint size)
{
  gboolean more = TRUE;
  while (more && block->records->len < size)
    {
      g_autoptr (GError) error = NULL;
      gchar *text = NULL;
      gsize len = 0;
      more = cli_jsonl_next_line (reader, &text, &len, &error);
      if (!more)
        break;
      Record *r = g_new0 (Record, 1);
      r->text = text;
      r->len = len;
      r->line = cli_jsonl_line (reader);
      r->end = cli_jsonl_bytes (reader);
      if (text == NULL)
        {
          r->line_error = g_strdup (cli_jsonl_reason (reader));
          r->skipped = cli_jsonl_steal_skipped (reader);
        }
      g_atomic_pointer_set (&r->block, block); /* last: summarize_record() */
      g_ptr_array_add (block->records, r);
    }
  g_atomic_int_set (&block->pending, (gint)block->records->len);
  for (guint i = 0; i < block->records->len; i++)
    g_thread_pool_push (pool, block->records->pdata[i], NULL);
  return more;
}

int
cli_batch (int argc, char **argv)
{
  gint jobs = (gint)g_get_num_processors ();
  g_auto (GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Threads (default: the number of processors)", "N" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "[FILE.jsonl]" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- summarise a stream of JSON Lines");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_auto (CliSummarizerOptions) so = { 0 };
  cli_summarizer_options_add (ctx, &so, "records", TRUE);
  cli_summarizer_options_add_length (ctx, &so);
  g_option_context_set_description (
      ctx, "Reads objects with \"id\", \"text\" and optionally \"title\" and \"language\" (that record's\n"
           "language, over -l) from FILE, or standard input when none is given, and writes one line\n"
           "per input line, in input order: the summary as `precis -f json` gives it, with the input's\n"
           "\"id\", or {\"id\", \"line\", \"error\"} for a record that could not be summarised. A text\n"
           "that is an HTML page or fragment is read as a page (its article; its title where the record\n"
           "has none); one that is a whole feed is refused.\n"
           "The output is the same for any number of threads. Exit status 1 if any record failed. See\n"
           "docs/batch.md.");
  g_autoptr (GError) error = NULL;
  int status = CLI_EXIT_OK;
  g_autoptr (PrecisSummarizer) check = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    status = cli_usage_error ("precis batch", "%s", error->message);
  else if (jobs < 1)
    status = cli_usage_error ("precis batch", "--jobs must be positive");
  else if (files != NULL && files[0] != NULL && files[1] != NULL)
    status = cli_usage_error ("precis batch", "give at most one input file");
  else
    check = cli_summarizer_options_build (&so, "precis batch", &status);
  if (check == NULL)
    return status;
  settings = &so;
  const gchar *path = files && files[0] ? files[0] : "-";
  CliJsonl *reader = cli_jsonl_open (path, so.lossy, &error);
  if (reader == NULL)
    {
      cli_error ("%s", error->message);
      return CLI_EXIT_FAILURE;
    }

  cli_jsonl_keep_blank_lines (reader); /* one output line per input line: a blank one too */
  cli_jsonl_set_max_record (reader, (gsize)so.max_input);
  CliProgress prog;
  cli_progress_init (&prog, so.progress, cli_file_size (path));

  Handoff handoff;
  g_mutex_init (&handoff.mutex);
  g_cond_init (&handoff.done);
  GThreadPool *pool = g_thread_pool_new (summarize_record, &handoff, jobs, FALSE, NULL);
  /* Two blocks: the older is summarised (and then written) while the newer is read and queued
   * behind it, so that the workers go from one block to the next without waiting. */
  Block blocks[2] = { { g_ptr_array_new (), 0 }, { g_ptr_array_new (), 0 } };
  Block *block = &blocks[0], *next = &blocks[1];
  guint block_size = BLOCK_PER_THREAD * (guint)jobs, n_docs = 0, n_failed = 0;
  guint64 done = 0;
  gboolean more = read_block (reader, pool, block, block_size), write_ok = TRUE;
  while (block->records->len > 0)
    {
      if (more)
        more = read_block (reader, pool, next, block_size);
      write_ok &= write_block (&handoff, block, &n_docs, &n_failed, &done);
      cli_progress_show (&prog, n_docs, done, FALSE);
      Block *t = block;
      block = next;
      next = t;
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  g_ptr_array_unref (blocks[0].records);
  g_ptr_array_unref (blocks[1].records);
  g_mutex_clear (&handoff.mutex);
  g_cond_clear (&handoff.done);
  cli_progress_show (&prog, n_docs, cli_jsonl_bytes (reader), TRUE);
  cli_jsonl_close (reader);
  if (!cli_flush_output () || !write_ok)
    return CLI_EXIT_FAILURE;
  if (n_failed > 0)
    cli_error ("%u of %u records failed (see their \"error\")", n_failed, n_docs);
  return n_failed > 0 ? CLI_EXIT_FAILURE : CLI_EXIT_OK;
}
