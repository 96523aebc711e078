/* cli.h - what the parts of the `precis` command share: reading inputs and reporting errors.
 * The command uses only the public header precis.h. */
#pragma once

#include <glib.h>
#include <stdio.h>
#include <json-glib/json-glib.h>

#include "precis.h"

/* Exit statuses. */
enum
{
  CLI_EXIT_OK = 0,
  CLI_EXIT_FAILURE = 1,
  CLI_EXIT_USAGE = 2,
};

/* Reads a whole file ("-" is standard input), refusing more than @max_bytes bytes (0: no
 * limit) without reading the rest. Text that opens with a UTF-16 or UTF-32 byte-order mark is
 * decoded to UTF-8 (the mark dropped; *@len the UTF-8 length). The result is NUL-terminated at *len, so that
 * it can be given to the library with precis_summarizer_run_take(). The caller frees the result with
 * g_free(). */
gchar *cli_read_input (const gchar *path, gsize max_bytes, gsize *len, GError **error);

/* Whether the @len bytes at @data are binary data that the summariser refuses
 * (precis_looks_binary()): @error is then set, PRECIS_ERROR_BINARY, in the summariser's words
 * ("binary data, not text (gzip-compressed data)"). The reader asks it of a large input's first
 * block; precis extract, which does not summarise, of every input. */
gboolean cli_refuse_binary (const gchar *data, gsize len, GError **error);

/* What an input is read as: --input=auto|text|markdown|html|feed (and jsonl for the digest). */
typedef enum
{
  CLI_INPUT_AUTO,
  CLI_INPUT_TEXT,
  CLI_INPUT_HTML,
  CLI_INPUT_FEED,
  CLI_INPUT_JSONL,
  CLI_INPUT_MARKDOWN,
} CliInputType;

/* The help of --input for the commands that read text, pages and feeds, and its error. */
#define CLI_INPUT_HELP                                                                                       \
  "Input type: auto (the default: HTML or an RSS/Atom feed when it opens like one, HTML too for a "          \
  "fragment whose markup holds its text, a .md file as Markdown; subtitles read as their cue text), "        \
  "text, markdown (or md), html or feed"
#define CLI_INPUT_UNKNOWN "unknown input type \"%s\" (auto, text, markdown, html or feed)"

/* Parses an --input name ("md" too for markdown); "jsonl" only when @jsonl. FALSE when unknown. */
gboolean cli_input_type_from_name (const gchar *name, gboolean jsonl, CliInputType *type);

/* What @len bytes of @data are read as: @type itself, or for CLI_INPUT_AUTO a feed or a page
 * when the data open like one, else text. */
CliInputType cli_input_resolve (CliInputType type, const gchar *data, gsize len);

/* Whether @len bytes of @data are plainly JSON Lines: every line that is not blank opens with
 * "{" and closes with "}", and the first is a JSON object. Read as prose it would be a
 * summary of raw records ("{"id": ...): precis and precis segment refuse it, naming precis
 * batch (cli_refuse_jsonl()). */
gboolean cli_looks_like_jsonl (const gchar *data, gsize len);
/* Whether the input @name (@len bytes of @data), read with --input=@asked as @type
 * (cli_input_resolve()), is to be refused: read from --input=auto as text, it is plainly JSON Lines
 * (cli_looks_like_jsonl()). Then says so, with @instead (what reads its records, e.g. "its
 * records are read by precis batch"), and the hint that --input=text reads it as prose. */
gboolean cli_refuse_jsonl (CliInputType asked, CliInputType type, const gchar *data, gsize len,
                           const gchar *name, const gchar *instead);

/* For --input=markdown, or a text input (@type resolved CLI_INPUT_TEXT, from --input=auto)
 * named *.md or *.markdown: *@input (*@len bytes, owned) replaced by its text as a reader sees
 * it (precis_markdown_to_text()), as precis digest reads such a file; for another text input
 * from --input=auto that is a subtitle file, by its cue text (precis_subtitles_to_text()).
 * Otherwise (--input=text: text as it is), or when the data hold a NUL byte or are not UTF-8
 * (refused or repaired later as in any text), left as it is. */
void cli_document_text (CliInputType asked, CliInputType type, const gchar *path, gchar **input, gsize *len);
/* As cli_document_text(), but a Markdown document's front matter "title" and "author" are set in
 * *@title and *@author (precis_markdown_read()), the title no line of the text; both left NULL
 * for another input. */
void cli_document_read (CliInputType asked, CliInputType type, const gchar *path, gchar **input, gsize *len,
                        gchar **title, gchar **author);

/* The number of @items (PrecisFeedItem) with text. */
guint cli_n_with_text (const GPtrArray *items);
/* Says on standard error that item @i of the feed NAME, which has a title or a link but no
 * text, is left out (nothing when it has text, or when none of the feed's @n_with_text items
 * has: that is the feed's error). The exit status is not changed by it. */
void cli_note_textless (const gchar *name, guint i, const PrecisFeedItem *item, guint n_with_text);
/* Called by cli_feed_each() for an item with text, labelled "NAME, item N: TITLE". */
typedef gboolean (*CliItemFunc) (PrecisFeedItem *item, const gchar *label, gpointer data);

/* Reads the feed @input (@len bytes, from the input @name) and calls @each for every item with
 * text, in feed order, with the summariser @s given the item's language as a hint meanwhile.
 * A feed that cannot be read, or none of whose items has text, is reported naming @name.
 * Returns FALSE then, or when a call of @each returned FALSE. */
gboolean cli_feed_each (PrecisSummarizer *s, const gchar *name, const gchar *input, gsize len,
                        CliItemFunc each, gpointer data);

/* The article text of the page @input (@len bytes; freed), its length in *@len, its title in
 * *@title (free with g_free()), its language given to @s as a hint (a hint, not a verdict);
 * NULL when the page cannot be read, reported naming @name. */
gchar *cli_page_text (PrecisSummarizer *s, const gchar *name, gchar *input, gsize *len, gchar **title);

/* --lossy for a page or feed: every NUL byte of *@data (*@len bytes, owned) made U+FFFD, as
 * --lossy does in text, so that the markup is parsed rather than refused (a UTF-16 or UTF-32
 * document, whose NUL bytes are its encoding, is left alone). */
void cli_repair_nul (gchar **data, gsize *len);

/* Prints "precis: <message>" on standard error. */
void cli_error (const gchar *format, ...) G_GNUC_PRINTF (1, 2);

/* Prints a usage error and the hint to run --help; returns CLI_EXIT_USAGE. */
int cli_usage_error (const gchar *command, const gchar *format, ...) G_GNUC_PRINTF (2, 3);

/* The largest --seed of precis eval and precis rouge: numpy.random.seed refuses a larger one, and
 * precis_rouge_aggregate() draws from a seed's low 32 bits alone. */
#define CLI_SEED_MAX G_MAXUINT32
/* The usage error of @command ("precis eval") for a --seed over CLI_SEED_MAX; returns
 * CLI_EXIT_USAGE. */
int cli_seed_too_large (const gchar *command);

/* The documents one command writes in one stream (files, feed items), in text, Markdown or
 * HTML: cli_documents_add() appends each rendered document, cli_documents_finish() what ends
 * the stream. Text heads each with "==> LABEL <==" (after a blank line), Markdown separates
 * them by a thematic break and names each in an HTML comment, and HTML makes one page of them
 * all: the first page's head, every document's body in turn (one in another language than the
 * page's in a <div> that says so, and which way it is written), one closing. */
typedef struct
{
  PrecisFormat format;
  gboolean first;
  gchar *html_close;    /* the end of the HTML page, once one is open */
  gchar *html_language; /* the page's language (its first document's) */
} CliDocuments;

/* Appends @rendered (a whole page for HTML) to @out, headed by @label when @headers; @language
 * is the document's (precis_summary_get_language()). */
void cli_documents_add (CliDocuments *d, GString *out, const gchar *label, gboolean headers,
                        const gchar *rendered, const gchar *language);
/* Appends what ends the stream to @out (the HTML page's closing), and frees @d's state. */
void cli_documents_finish (CliDocuments *d, GString *out);

/* @d in @buf (G_ASCII_DTOSTR_BUF_SIZE bytes) in the shortest form that reads back as @d
 * ("0.95", not "0.94999999999999996"), in the C locale. Returns @buf. */
const gchar *cli_format_double (gchar *buf, gdouble d);

/* Writes all of @len bytes to standard output; FALSE if that failed (cli_flush_output() then
 * says why). */
gboolean cli_write (const gchar *data, gsize len);
/* Flushes standard output: FALSE, after "precis: cannot write the output: REASON" (the system's
 * reason, e.g. "No space left on device"; said once a run), when it or an earlier cli_write()
 * failed. */
gboolean cli_flush_output (void);
/* Writes all of @len bytes to the file @f (an output of its own, as eval's -o files); FALSE if
 * that failed, the first failure's reason (an errno) kept in *@first_errno. */
gboolean cli_write_file (FILE *f, const gchar *data, gsize len, int *first_errno);
/* Flushes and closes @f, written with cli_write_file(): FALSE, after "PATH: cannot write: REASON",
 * when that or an earlier write failed. */
gboolean cli_close_file (FILE *f, const gchar *path, int *first_errno);
/* For atexit(): what GOption's --help, --version and every command printed is flushed, and a
 * failure is said and makes the exit status 1, never a silent 0. */
void cli_check_output_at_exit (void);

/* The size of a regular file in bytes; 0 for standard input ("-") or when unknown. */
guint64 cli_file_size (const gchar *path);

/* A progress line on standard error (documents, MB, MB/s and, when the total is known, the
 * share done and the time left), redrawn at most five times a second. */
typedef struct
{
  gboolean enabled;
  gint64 start, last;
  guint64 total_bytes; /* 0 when unknown */
} CliProgress;

/* Enabled when @force or standard error is a terminal. */
void cli_progress_init (CliProgress *progress, gboolean force, guint64 total_bytes);
/* Shows the counts; @final ends the line. */
void cli_progress_show (CliProgress *progress, guint n_docs, guint64 bytes, gboolean final);

/* The help of --clean, and the error for an unknown mode (one %s). */
#define CLI_CLEAN_HELP                                                                                       \
  "Clean the text before segmenting: none (default), text (HTML tags, escaped line breaks, dot leaders, "    \
  "rule lines, ...) or pdf (also join the lines of a paragraph)"
#define CLI_CLEAN_UNKNOWN "unknown clean mode \"%s\" (none, text or pdf)"

/* The help of --headline, and the error for an unknown mode (one %s). */
#define CLI_HEADLINE_HELP                                                                                    \
  "Headline: auto (default: the title when there is one), title (the title, else generated) or generated "   \
  "(a complete clause from the lede)"
#define CLI_HEADLINE_UNKNOWN "unknown headline mode \"%s\" (auto, title or generated)"

/* An integer or ratio option's value before it is given: not a value a user would type, so
 * that "-n -1" is refused rather than read as "not given". */
#define CLI_UNSET G_MININT
#define CLI_UNSET_RATIO (-G_MAXDOUBLE)

/* The summariser options that the commands share: -n, -l, -r, --lossy, --clean, --headline,
 * --max-input-bytes and, for the commands that stream many documents, --progress. */
typedef struct
{
  /* As given on the command line. */
  gint sentences; /* CLI_UNSET when not given (3) */
  gchar *language;
  gchar *ranker_name;
  gboolean lossy;
  gchar *clean_name;
  gchar *headline_name;
  gint64 max_input;
  gboolean progress;
  gdouble ratio; /* --ratio, CLI_UNSET_RATIO when not given (cli_summarizer_options_add_length) */
  gint words;    /* --words, CLI_UNSET when not given */
  /* Set by cli_summarizer_options_build(). */
  PrecisRanker ranker;
  PrecisClean clean;
  PrecisHeadlineMode headline;
  /* Help texts built at run time. */
  gchar *ranker_help;
  gchar *max_input_help;
} CliSummarizerOptions;

/* Sets the defaults and adds the options to the main group of @ctx; @refused names what
 * --max-input-bytes refuses ("records"); @progress adds --progress. */
void cli_summarizer_options_add (GOptionContext *ctx, CliSummarizerOptions *options, const gchar *refused,
                                 gboolean progress);
/* Adds --ratio and --words, the summary lengths other than -n (the commands that summarise
 * each document alone: the main command and batch). */
void cli_summarizer_options_add_length (GOptionContext *ctx, CliSummarizerOptions *options);
/* Checks the parsed options and returns the summariser they describe, or NULL after printing a
 * usage error, with *status set to CLI_EXIT_USAGE. The caller frees the result with
 * precis_summarizer_free(). */
PrecisSummarizer *cli_summarizer_options_build (CliSummarizerOptions *options, const gchar *command,
                                                int *status);
/* Another summariser like the one cli_summarizer_options_build() returned (one per thread), or
 * with @language (not NULL) in that language instead of -l's: NULL with @error when precis
 * does not know it. */
PrecisSummarizer *cli_summarizer_options_new_summarizer (const CliSummarizerOptions *options,
                                                         const gchar *language, GError **error);
void cli_summarizer_options_clear (CliSummarizerOptions *options);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliSummarizerOptions, cli_summarizer_options_clear)

/* The rankers as a list for messages: "position, textrank, cosine or bm25". The caller frees
 * the result with g_free(). */
gchar *cli_ranker_list (void);

/* Whether the option value @value names @name: in any letter case, as -f JSON, --clean=PDF and
 * -l French are read, so that every option's values are read alike. */
#define cli_value_is(value, name) (g_ascii_strcasecmp ((value), (name)) == 0)

/* Whether @name is one of precis's commands ("batch", "digest" ...). */
gboolean cli_is_command (const gchar *name);

/* What follows an input's error message: for bytes that are not UTF-8, a hint that --lossy reads
 * them (a Latin-1 file is the common case); else "". */
#define CLI_LOSSY_HINT                                                                                       \
  " (not UTF-8: Latin-1 or another encoding? --lossy reads it, each such byte as U+FFFD; iconv "             \
  "converts it)"
const gchar *cli_lossy_hint (const GError *error);

/* The commands. */
int cli_summarize (int argc, char **argv);
int cli_rouge (int argc, char **argv);
int cli_eval (int argc, char **argv);
int cli_segment (int argc, char **argv);
int cli_batch (int argc, char **argv);
int cli_digest (int argc, char **argv);
int cli_extract (int argc, char **argv);

/* The message for an input with no sentence in it (empty, white space, a title line only):
 * an error that names the input, never an empty success. */
#define CLI_NO_TEXT "no text to summarise (the input is empty or white space only)"

/* The message for a JSON Lines record whose text is a whole feed (precis_looks_like_feed()):
 * many documents, not one, refused by batch, eval and digest (and precis.dask, FEED_TEXT) rather
 * than summarised as markup. The main command reads a feed file item by item. */
#define CLI_FEED_RECORD                                                                                      \
  "the text is an RSS, Atom or JSON feed, many documents, not one: give each item a record of its own "      \
  "(precis extract -f json FEED writes them), or read the feed with precis FEED or precis digest FEED"

/* ---- JSON Lines (jsonl.c) ---- */

/* Longest line read; longer ones are reported and skipped. */
#define CLI_JSONL_MAX_LINE (256u << 20)

typedef struct _CliJsonl CliJsonl;

/* Opens a JSON Lines file ("-" is standard input); NULL with an error naming the file. With
 * @lossy (the command's --lossy, or TRUE where its summarisers repair their texts), a "\u0000"
 * escape (a NUL character, which the JSON parser would cut a string at) is read as U+FFFD;
 * without, a line holding one is a bad line. It applies to the lines cli_jsonl_next() parses;
 * a caller that takes raw lines (cli_jsonl_next_line()) parses them itself with its own. */
CliJsonl *cli_jsonl_open (const gchar *path, gboolean lossy, GError **error);
/* Reads JSON Lines from @stream, named @name in messages, @lossy as for cli_jsonl_open();
 * closing the reader closes it. */
CliJsonl *cli_jsonl_open_stream (FILE *stream, const gchar *name, gboolean lossy);
/* Refuses a line longer than @max_bytes (--max-input-bytes; 0: the reader's own cap) as a
 * record over the limit: the record's text can be no longer than its line, so such a record is
 * refused after reading its line block by block, never whole. */
void cli_jsonl_set_max_record (CliJsonl *reader, gsize max_bytes);
/* After a line refused as too long: {"id": ID} when its opening held the record's id (the
 * caller unrefs it), else NULL. */
JsonObject *cli_jsonl_steal_skipped (CliJsonl *reader);
/* {"id": ID} when the first 4 KiB of @line (@len bytes), a line that could not be read as a
 * record (bytes that are not text, bad JSON...), hold its id, by the rules of a line too long
 * (the caller unrefs it), else NULL: the error record names the record its line's start names.
 * With @lossy, the line's start is read as --lossy reads a line. */
JsonObject *cli_jsonl_line_id (const gchar *line, gsize len, gboolean lossy);
void cli_jsonl_close (CliJsonl *reader);
const gchar *cli_jsonl_name (const CliJsonl *reader);
guint cli_jsonl_line (const CliJsonl *reader);
/* Bytes read so far. */
guint64 cli_jsonl_bytes (const CliJsonl *reader);
/* The reason of the last bad line, without its "FILE:LINE: " prefix. Borrowed. */
const gchar *cli_jsonl_reason (const CliJsonl *reader);
/* Makes a blank line (white space only) a bad line for cli_jsonl_next_line() ("a blank line,
 * not a record"), not one skipped: for a command that writes one line per input line. */
void cli_jsonl_keep_blank_lines (CliJsonl *reader);
/* The next line that is not blank, without its "\n" (and a final "\r"): FALSE at the end of
 * the input. TRUE with *line set (@len bytes and a NUL; the caller frees it with g_free())
 * or, for a line too long (or blank, see cli_jsonl_keep_blank_lines()), with *line NULL and an
 * error "FILE:LINE: ..."; reading can go on. A lone "\r" ends a line as "\n" does.
 * cli_jsonl_line() is the line's number. */
gboolean cli_jsonl_next_line (CliJsonl *reader, gchar **line, gsize *len, GError **error);
/* @line (@len bytes and a NUL) as one JSON object (the caller unrefs it), or NULL with *code
 * (a PrecisError) and *reason (why, without "FILE:LINE: "; the caller frees it) set. With
 * @lossy a "\u0000" escape is rewritten in place as "\uFFFD" and bytes that are not UTF-8 read as
 * U+FFFD. Text after the object, and an "id" that is neither a string nor a whole number of 64
 * bits at most written as json-glib writes it back (so that every id is passed through as
 * written, never changed), make the line fail. Uses no state of the reader: any thread may
 * parse the lines one thread read. */
JsonObject *cli_jsonl_parse (gchar *line, gsize len, gboolean lossy, gint *code, gchar **reason);
/* As cli_jsonl_parse(), taking *@line (g_malloc'd) when the line is read as a record: *@line is
 * then NULL (freed, or its memory the text's). A line that fails stays the caller's, as
 * cli_jsonl_parse() leaves it (for cli_jsonl_line_id(), the id its start gives). When the
 * object's "text" is a JSON string of plain characters and escapes, or an array of such strings,
 * its content is decoded into @line's own memory (an array's strings joined by "\n", as
 * cli_json_text() joins them) and handed back in *text (the caller frees it; the object's "text"
 * is then empty), so that a large record's text is held once, not three times; else *text is NULL
 * and the text is the object's (cli_json_text()). */
JsonObject *cli_jsonl_parse_take (gchar **line, gsize len, gboolean lossy, gint *code, gchar **reason,
                                  gchar **text);
/* The next object: FALSE at the end of the input. TRUE with *object set (the caller unrefs it)
 * or, for a bad line, with *object NULL and an error "FILE:LINE: ..."; reading can go on. */
gboolean cli_jsonl_next (CliJsonl *reader, JsonObject **object, GError **error);

/* A text field: a string, or an array of strings joined with "\n"; NULL when absent or of
 * another type. The caller frees the result with g_free(). */
gchar *cli_json_text (JsonObject *object, const gchar *field);
/* A text field that may be left out, such as a record's title: *text as cli_json_text() reads
 * it (NULL when absent or null). FALSE when the field is there but of another type: the
 * caller refuses the record rather than read it as none (a headline would silently change).
 * The caller frees *text with g_free(). */
gboolean cli_json_optional_text (JsonObject *object, const gchar *field, gchar **text);
/* Why cli_json_text() gave NULL for "text": none (absent or null), of another type, or an
 * array with an element that is not a string (named by its index, from 0). g_free() it. */
gchar *cli_json_text_problem (JsonObject *object);
/* The same for any text field @field ("summary", a --summary-field): why cli_json_text() gave
 * NULL for it. g_free() it. */
gchar *cli_json_field_problem (JsonObject *object, const gchar *field);

/* @rendered, a JSON object as precis_summary_render() writes it, with the members of @before
 * put first and those of @after last (either may be NULL), spliced in as text rather than
 * parsed and written again. The caller frees the result with g_free(). */
gchar *cli_json_splice (const gchar *rendered, JsonObject *before, JsonObject *after);

/* The "id" field as a string (numbers too); NULL when absent. The caller frees the result. */
gchar *cli_json_id (JsonObject *object);

/* @node as json_to_string (@node, FALSE) writes it, but every double in the shortest form that
 * reads back as it (cli_format_double(): "0.83333", not "0.83333000000000002"; "100.0" stays). */
gchar *cli_json_to_string_short (JsonNode *node);

/* JSON for a score ({"p","r","f"}) and an aggregate (with "p_ci", "r_ci", "f_ci"). */
void cli_rouge_add_score_json (JsonBuilder *builder, const PrecisRougeScore *score);
void cli_rouge_add_aggregate_json (JsonBuilder *builder, const PrecisRougeAggregate *aggregate);
/* Whether ROUGE's tokenizers see most of @reference's letters (FALSE for Chinese, Arabic,
 * Russian...: both flavours read runs of [a-z0-9] only). */
gboolean cli_rouge_reads_text (const gchar *reference);
/* The warning precis eval and precis rouge give for @n_unscorable such references of @name
 * (nothing for 0). */
void cli_rouge_warn_unscorable (const gchar *name, guint n_unscorable);
