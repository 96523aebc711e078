/* jsonl.c - JSON Lines input for the `precis` command: one object a line, each error naming
 * the file and line, the other lines still read. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "cli.h"

/* The input is read in blocks of this size and split at "\n". */
#define JSONL_BLOCK 65536
/* Of a line too long, the bytes kept: where its id is looked for. */
#define JSONL_KEPT_OPENING 4096

struct _CliJsonl
{
  gchar *name;
  FILE *file;
  gboolean is_stdin;
  guint line;
  GString *buf;
  gsize max_line;
  gboolean max_from_option; /* max_line is --max-input-bytes (a record), not the reader's cap */
  gboolean started;         /* the first block is read (and a byte order mark at its start skipped) */
  guint64 bytes;            /* read so far */
  gchar *block;             /* the input read ahead, JSONL_BLOCK bytes */
  gsize pos, end;           /* the part of it not yet split into lines */
  gchar *reason;            /* the last error, without "FILE:LINE: " */
  gboolean lossy;
  gboolean keep_blank; /* a blank line is a bad line, not skipped */
  GString *rest;       /* what follows a lone "\r" in the line read: the lines still to give */
  gsize rest_pos;
  JsonObject *skipped; /* {"id": ...} of the last line refused as too long, when its opening had one */
};

static CliJsonl *
open_file (FILE *f, const gchar *name, gboolean is_stdin, gboolean lossy)
{
  CliJsonl *r = g_new0 (CliJsonl, 1);
  r->name = g_strdup (name);
  r->file = f;
  r->is_stdin = is_stdin;
  r->buf = g_string_new (NULL);
  r->rest = g_string_new (NULL);
  r->block = g_malloc (JSONL_BLOCK);
  r->max_line = CLI_JSONL_MAX_LINE;
  r->lossy = lossy;
  return r;
}

CliJsonl *
cli_jsonl_open (const gchar *path, gboolean lossy, GError **error)
{
  gboolean is_stdin = g_str_equal (path, "-");
  FILE *f = is_stdin ? stdin : fopen (path, "rb");
  if (f == NULL)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: cannot open: %s", path,
                   g_strerror (saved));
      return NULL;
    }
  /* A directory opens, and then reads as nothing: refused here, not taken for an empty input. */
  GStatBuf st;
  if (fstat (fileno (f), &st) == 0 && S_ISDIR (st.st_mode))
    {
      if (!is_stdin)
        fclose (f);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "%s: is a directory, not a file", path);
      return NULL;
    }
  return open_file (f, is_stdin ? "(standard input)" : path, is_stdin, lossy);
}

CliJsonl *
cli_jsonl_open_stream (FILE *stream, const gchar *name, gboolean lossy)
{
  return open_file (stream, name, FALSE, lossy);
}

/* The code unit of the "\uXXXX" escape at @p (@left bytes from its backslash), or -1. */
static gint
escape_unit (const gchar *p, gsize left)
{
  if (left < 6 || p[1] != 'u')
    return -1;
  gint v = 0;
  for (guint i = 2; i < 6; i++)
    {
      gint d = g_ascii_xdigit_value (p[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* The first escape of @s that json-glib would read wrong, silently: a "\u0000" (it ends the
 * string there) or a lone surrogate, a "\uD800".."\uDFFF" not in a high-low pair (it becomes
 * bytes that are not UTF-8, and the record failed with "invalid UTF-8 at byte offset 4"). With
 * @repair each becomes "\uFFFD" (same length) and ESCAPE_NONE is returned; else *at is the
 * escape's offset. An escaped backslash followed by "u0000" is text, not an escape; one outside
 * any string ("{...} \u0000") is no string's and left to the checks after, which call it text
 * after the object or bad JSON (review28 #8), as with @repair. An escape
 * JSON does not have ("\q", "C:\Users", "\u12"), which json-glib reads as the character
 * after the backslash ("C:Users"), is ESCAPE_INVALID with or without @repair: the line is not
 * JSON, and Python's json (precis.dask) refuses it. */
typedef enum
{
  ESCAPE_NONE,
  ESCAPE_NUL,
  ESCAPE_SURROGATE,
  ESCAPE_INVALID,
} BadEscape;

/* Reads @s from @from up to @to, *@in_string telling whether a JSON string is open there (an
 * escape in one skipped whole): where it stopped (@to, or the byte after an escape over it). */
static gchar *
read_strings (gchar *from, const gchar *to, gboolean *in_string)
{
  gchar *q = from;
  while (q < to)
    if (*in_string && *q == '\\')
      q += 2;
    else
      *in_string ^= *q++ == '"';
  return q;
}

static BadEscape
bad_escape (gchar *s, gsize n, gboolean repair, gsize *at)
{
  gboolean invalid = FALSE, in_string = FALSE;
  gsize invalid_at = 0;
  gchar *read = s; /* (how far the strings were followed: only where an escape is bad, to say
                    * whether it is in one; outside, it is text after the object or bad JSON) */
  for (gchar *p = memchr (s, '\\', n); p != NULL; p = memchr (p, '\\', n - (gsize)(p - s)))
    {
      gsize left = n - (gsize)(p - s);
      gint unit = escape_unit (p, left);
      BadEscape bad = ESCAPE_NONE;
      if (unit == 0)
        bad = ESCAPE_NUL;
      else if (unit >= 0xD800 && unit <= 0xDBFF)
        {
          gint low = escape_unit (p + 6, left - 6);
          if (low >= 0xDC00 && low <= 0xDFFF && p[6] == '\\')
            {
              p += 12; /* a pair: one character */
              continue;
            }
          bad = ESCAPE_SURROGATE;
        }
      else if (unit >= 0xDC00 && unit <= 0xDFFF)
        bad = ESCAPE_SURROGATE;
      else if (unit < 0 && !invalid && (left < 2 || p[1] == '\0' || strchr ("\"\\/bfnrt", p[1]) == NULL))
        {
          /* the first: said after a NUL or surrogate escape anywhere, as precis.dask says it */
          invalid = TRUE;
          invalid_at = (gsize)(p - s);
        }
      if (bad != ESCAPE_NONE && read <= p)
        read = read_strings (read, p, &in_string);
      if (bad != ESCAPE_NONE && in_string)
        {
          if (!repair)
            {
              *at = (gsize)(p - s);
              return bad;
            }
          memcpy (p + 2, "FFFD", 4);
        }
      p += MIN (left, 2); /* the backslash and the character it escapes */
    }
  if (invalid)
    {
      *at = invalid_at;
      return ESCAPE_INVALID;
    }
  return ESCAPE_NONE;
}

void
cli_jsonl_close (CliJsonl *r)
{
  if (r == NULL)
    return;
  if (!r->is_stdin)
    fclose (r->file);
  g_string_free (r->buf, TRUE);
  g_string_free (r->rest, TRUE);
  g_free (r->block);
  g_free (r->name);
  g_free (r->reason);
  if (r->skipped != NULL)
    json_object_unref (r->skipped);
  g_free (r);
}

const gchar *
cli_jsonl_name (const CliJsonl *r)
{
  return r->name;
}

guint
cli_jsonl_line (const CliJsonl *r)
{
  return r->line;
}

guint64
cli_jsonl_bytes (const CliJsonl *r)
{
  return r->bytes;
}

void
cli_jsonl_set_max_record (CliJsonl *r, gsize max_bytes)
{
  if (max_bytes == 0 || max_bytes >= CLI_JSONL_MAX_LINE)
    return;
  r->max_line = max_bytes;
  r->max_from_option = TRUE;
}

void
cli_jsonl_keep_blank_lines (CliJsonl *r)
{
  r->keep_blank = TRUE;
}

const gchar *
cli_jsonl_reason (const CliJsonl *r)
{
  return r->reason ? r->reason : "";
}

/* Sets @error to "FILE:LINE: REASON" and keeps REASON. */
static void G_GNUC_PRINTF (4, 5) fail (CliJsonl *r, GError **error, gint code, const gchar *format, ...)
{
  va_list args;
  va_start (args, format);
  g_free (r->reason);
  r->reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, PRECIS_ERROR, code, "%s:%u: %s", r->name, r->line, r->reason);
}

/* Reads one line (without its "\n"); FALSE at the end of the input. The line is left at
 * *start, *n bytes: in the block read ahead when it lies within one block (most lines), in
 * r->buf when it spans two or more. A line longer than max_line is read to its end block by
 * block, only its first JSONL_KEPT_OPENING bytes kept in r->buf, and *too_long set. The input is read in
 * blocks and split with memchr, so a NUL byte is one byte of its line like any other (with fgets it ended the
 * piece read, and the line was glued to the next). */
static gboolean
read_line (CliJsonl *r, const gchar **line, gsize *line_len, gboolean *too_long)
{
  g_string_truncate (r->buf, 0);
  *too_long = FALSE;
  gboolean any = FALSE;
  for (;;)
    {
      if (r->pos == r->end)
        {
          r->pos = 0;
          r->end = fread (r->block, 1, JSONL_BLOCK, r->file);
          if (r->end == 0)
            {
              *line = r->buf->str;
              *line_len = r->buf->len;
              return any;
            }
          if (!r->started && r->end >= 3 && memcmp (r->block, "\xEF\xBB\xBF", 3) == 0)
            {
              /* A UTF-8 byte order mark (Windows editors write one) is not part of the first
               * record: skipped, and counted as read. */
              r->pos = 3;
              r->bytes += 3;
            }
          r->started = TRUE;
          if (r->pos == r->end)
            continue;
        }
      gboolean first = !any;
      any = TRUE;
      const gchar *start = r->block + r->pos;
      const gchar *nl = memchr (start, '\n', r->end - r->pos);
      gsize n = nl != NULL ? (gsize)(nl - start) : r->end - r->pos;
      r->pos += n + (nl != NULL);
      r->bytes += n + (nl != NULL);
      if (first && nl != NULL && n <= r->max_line)
        {
          /* The whole line in the block: left there, not copied. */
          *line = start;
          *line_len = n;
          return TRUE;
        }
      /* Once over the limit, the rest of the line is read block by block and dropped: a
       * record too large is refused without being held whole. */
      if (!*too_long && r->buf->len + n > r->max_line)
        {
          /* Only the line's opening is kept, for the id of the record refused. */
          *too_long = TRUE;
          if (r->buf->len > JSONL_KEPT_OPENING)
            {
              /* and the memory of the rest given back, not kept for the lines after */
              GString *opening = g_string_new_len (r->buf->str, JSONL_KEPT_OPENING);
              g_string_free (r->buf, TRUE);
              r->buf = opening;
            }
          else
            g_string_append_len (r->buf, start, (gssize)MIN (n, JSONL_KEPT_OPENING - r->buf->len));
        }
      else if (!*too_long)
        g_string_append_len (r->buf, start, (gssize)n);
      if (nl != NULL)
        {
          *line = r->buf->str;
          *line_len = r->buf->len;
          return TRUE;
        }
    }
}

static JsonObject *opening_id (const gchar *opening, gsize n);

/* The first "\r" of @line (@n bytes) outside a JSON string, or NULL. */
static const gchar *
cr_outside_strings (const gchar *line, gsize n)
{
  gboolean in_string = FALSE;
  for (gsize i = 0; i < n; i++)
    {
      gchar c = line[i];
      if (in_string && c == '\\')
        i++; /* the escaped character */
      else if (c == '"')
        in_string = !in_string;
      else if (c == '\r' && !in_string)
        return line + i;
    }
  return NULL;
}

gboolean
cli_jsonl_next_line (CliJsonl *r, gchar **line, gsize *len, GError **error)
{
  *line = NULL;
  *len = 0;
  for (;;)
    {
      gboolean too_long = FALSE;
      const gchar *start = NULL;
      gsize n = 0;
      gboolean from_rest = r->rest_pos < r->rest->len;
      if (from_rest)
        {
          /* the next piece of a line split at a lone "\r" */
          start = r->rest->str + r->rest_pos;
          n = r->rest->len - r->rest_pos;
          r->rest_pos = r->rest->len;
        }
      else
        {
          if (!read_line (r, &start, &n, &too_long))
            return FALSE;
          if (n > 0 && start[n - 1] == '\r')
            n--; /* "\r\n" */
        }
      r->line++;
      if (too_long)
        {
          if (r->skipped != NULL)
            json_object_unref (r->skipped);
          r->skipped = opening_id (start, n);
          if (r->max_from_option)
            fail (r, error, PRECIS_ERROR_TOO_LARGE,
                  "record is more than the limit of %zu bytes (see --max-input-bytes)", r->max_line);
          else
            fail (r, error, PRECIS_ERROR_TOO_LARGE, "line longer than %zu bytes", r->max_line);
          return TRUE;
        }
      /* A lone "\r" (old Mac line ends) ends a line too: the rest is kept for the next calls.
       * Only outside strings: strict JSON has no raw "\r" inside one, but json-glib reads it
       * there, and such a record was always read whole. */
      const gchar *cr = memchr (start, '\r', n);
      if (cr != NULL)
        cr = cr_outside_strings (start, n);
      if (cr != NULL)
        {
          gsize k = (gsize)(cr - start);
          if (from_rest)
            r->rest_pos = (gsize)(start - r->rest->str) + k + 1;
          else
            {
              g_string_truncate (r->rest, 0);
              g_string_append_len (r->rest, cr + 1, (gssize)(n - k - 1));
              r->rest_pos = 0;
            }
          n = k;
        }
      /* A byte order mark opening a later line is skipped as the input's is: files joined with
       * cat, each saved by an editor that writes one. */
      gsize bom = 0;
      if (n >= 3 && memcmp (start, "\xEF\xBB\xBF", 3) == 0)
        {
          bom = 3;
          start += bom;
          n -= bom;
        }
      /* Blank lines are allowed, or bad lines with cli_jsonl_keep_blank_lines(). */
      gboolean blank = TRUE;
      for (gsize i = 0; i < n && blank; i++)
        blank = g_ascii_isspace (start[i]);
      if (blank && r->keep_blank)
        {
          fail (r, error, PRECIS_ERROR_INVALID_ARGUMENT, "a blank line, not a record");
          return TRUE;
        }
      if (blank)
        continue;
      /* The line's one copy, handed to the caller: every byte (g_strndup() stopped at a NUL
       * byte and made the rest of the line NULs, which --lossy then read as a broken line). A
       * line that spanned blocks is in r->buf: its memory is handed over (a 100 MB record's
       * buffer was kept, not given back, as the records after it were read and summarised). */
      if (start - bom == r->buf->str)
        {
          gchar *own = g_string_free (r->buf, FALSE);
          r->buf = g_string_new (NULL);
          if (bom > 0)
            memmove (own, own + bom, n);
          own[n] = '\0';
          *line = g_realloc (own, n + 1);
        }
      else
        {
          *line = g_malloc (n + 1);
          memcpy (*line, start, n);
          (*line)[n] = '\0';
        }
      *len = n;
      return TRUE;
    }
}

/* Whether @line is UTF-8 without a NUL byte; if not, sets *code and *reason. */
static gboolean
check_text (const gchar *line, gsize len, gint *code, gchar **reason)
{
  const gchar *bad = NULL;
  if (g_utf8_validate_len (line, len, &bad)) /* (a NUL byte is not valid: bad is at it) */
    return TRUE;
  gsize at = (gsize)(bad - line);
  if (line[at] == '\0')
    {
      /* a raw NUL byte, named as the main command names one (it was "invalid UTF-8") */
      *code = PRECIS_ERROR_BINARY;
      *reason = g_strdup_printf ("a NUL byte at byte %zu of the line: binary data, not text", at);
      return FALSE;
    }
  *code = PRECIS_ERROR_INVALID_UTF8;
  *reason = g_strdup_printf ("invalid UTF-8 at byte %zu of the line", at);
  return FALSE;
}

/* End of the JSON string whose opening quote is at @p (the byte after its closing quote), or
 * @end when it is not closed. */
static const gchar *
skip_string (const gchar *p, const gchar *end)
{
  for (const gchar *q = p + 1; q < end; q++)
    {
      q = memchr (q, '"', (gsize)(end - q));
      if (q == NULL)
        return end;
      gsize backslashes = 0;
      while (q - backslashes - 1 > p && q[-(gssize)backslashes - 1] == '\\')
        backslashes++;
      if (backslashes % 2 == 0)
        return q + 1;
    }
  return end;
}

/* The top-level keys of an object seen so far, to find one given twice: a few in an array, a
 * hash table past them (a line of many keys stays linear). */
#define FEW_KEYS 16

typedef struct
{
  const gchar *key[FEW_KEYS];
  gsize len[FEW_KEYS];
  guint n;
  GHashTable *many; /* GString-free: the keys as g_strndup'd strings */
} Keys;

/* Adds a key (its text between the quotes, @n bytes, escapes decoded: see key_decode()); FALSE
 * when it was there already. */
static gboolean
keys_add (Keys *k, const gchar *key, gsize n)
{
  if (k->many != NULL)
    return g_hash_table_add (k->many, g_strndup (key, n));
  for (guint i = 0; i < k->n; i++)
    if (k->len[i] == n && memcmp (k->key[i], key, n) == 0)
      return FALSE;
  if (k->n < FEW_KEYS)
    {
      k->key[k->n] = key;
      k->len[k->n++] = n;
      return TRUE;
    }
  k->many = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < k->n; i++)
    g_hash_table_add (k->many, g_strndup (k->key[i], k->len[i]));
  return g_hash_table_add (k->many, g_strndup (key, n));
}

/* What scan_object() finds in a line's object. */
typedef struct
{
  gsize after;     /* the offset just past the object (json-glib reads the first of two
                    * objects on a line and drops the second without a word) */
  const gchar *id; /* the JSON text of its top-level "id" member's value (the last one, as
                    * json-glib keeps), or NULL */
  gsize id_len;
  const gchar *twice; /* the first top-level key given twice, or NULL */
  gsize twice_len;
  const gchar *text; /* the JSON text of its top-level "text" member's value (the last), or NULL */
  gsize text_len;
} ObjectScan;

/* The key @key (@n bytes between its quotes) with its escapes decoded ("\u0069d" is "id", as
 * json-glib reads it), in a new string added to @owned; @key itself when it has none, or when an
 * escape is broken (json-glib refuses the line then). Sets *@out_len. */
static const gchar *
key_decode (const gchar *key, gsize n, GPtrArray *owned, gsize *out_len)
{
  *out_len = n;
  if (memchr (key, '\\', n) == NULL)
    return key;
  GString *d = g_string_sized_new (n);
  for (gsize i = 0; i < n; i++)
    {
      if (key[i] != '\\')
        {
          g_string_append_c (d, key[i]);
          continue;
        }
      if (++i >= n)
        goto broken;
      static const gchar escapes[] = "\"\\/bfnrt", decoded[] = "\"\\/\b\f\n\r\t";
      const gchar *simple = key[i] != '\0' ? strchr (escapes, key[i]) : NULL;
      if (simple != NULL)
        {
          g_string_append_c (d, decoded[simple - escapes]);
          continue;
        }
      gint unit = escape_unit (key + i - 1, n - i + 1);
      if (unit < 0)
        goto broken;
      gunichar c = (gunichar)unit;
      i += 4;
      /* a surrogate pair: "\ud83d\ude00" */
      if (c >= 0xD800 && c < 0xDC00 && i + 6 < n && key[i + 1] == '\\' && key[i + 2] == 'u')
        {
          gint low = escape_unit (key + i + 1, n - i - 1);
          if (low >= 0xDC00 && low < 0xE000)
            {
              c = 0x10000 + ((c - 0xD800) << 10) + ((gunichar)low - 0xDC00);
              i += 6;
            }
        }
      g_string_append_unichar (d, c);
    }
  *out_len = d->len;
  gchar *text = g_string_free (d, FALSE);
  g_ptr_array_add (owned, text);
  return text;
broken:
  g_string_free (d, TRUE);
  return key;
}

/* Scans the object opening @line (or the opening of a line too long to read) before json-glib
 * reads it: ObjectScan. */
static ObjectScan
scan_object (const gchar *line, gsize len)
{
  const gchar *p = line, *end = line + len, *key = NULL, *value = NULL;
  gsize key_len = 0;
  gint depth = 0;
  Keys keys = { .n = 0, .many = NULL };
  gboolean is_id = FALSE;                                                /* the member read is "id" */
  gboolean is_text = FALSE;                                              /* or "text" */
  g_autoptr (GPtrArray) owned = g_ptr_array_new_with_free_func (g_free); /* decoded keys */
  ObjectScan s = { .after = len };
  while (p < end)
    {
      gchar c = *p;
      if (c == '"')
        {
          const gchar *q = skip_string (p, end);
          if (depth == 1 && value == NULL)
            {
              key = p + 1;
              key_len = (gsize)(q - p) - 2;
            }
          p = q;
          continue;
        }
      if (depth == 1 && c == ':')
        {
          if (key != NULL)
            {
              gsize name_len;
              const gchar *name = key_decode (key, key_len, owned, &name_len);
              is_id = name_len == 2 && memcmp (name, "id", 2) == 0;
              is_text = name_len == 4 && memcmp (name, "text", 4) == 0;
              if (s.twice == NULL && !keys_add (&keys, name, name_len))
                {
                  s.twice = key;
                  s.twice_len = key_len;
                }
            }
          value = p + 1;
          while (value < end && g_ascii_isspace (*value))
            value++;
        }
      else if (depth == 1 && (c == ',' || c == '}') && value != NULL)
        {
          if (is_id || is_text)
            {
              const gchar *v_end = p;
              while (v_end > value && g_ascii_isspace (v_end[-1]))
                v_end--;
              if (is_id)
                {
                  s.id = value;
                  s.id_len = (gsize)(v_end - value);
                }
              else
                {
                  s.text = value;
                  s.text_len = (gsize)(v_end - value);
                }
            }
          value = NULL;
        }
      if (c == '{' || c == '[')
        depth++;
      else if (c == '}' || c == ']')
        {
          if (--depth == 0)
            {
              s.after = (gsize)(p + 1 - line);
              break;
            }
        }
      p++;
    }
  if (keys.many != NULL)
    g_hash_table_unref (keys.many);
  return s;
}

/* Whether the object's "id" is one precis can pass through as written: absent, null, a string,
 * or a whole number that a 64-bit integer holds (written as json-glib writes it back); if
 * not, sets *reason. A longer number was read wrapped or cut (12345678901234567890 became
 * -6101065172474983726, two different 30-digit ids both -1), a fraction or an exponent
 * rounded (0.1 became 0.10000000000000001): refused, naming the id, never changed. */
static gboolean
check_id (JsonObject *object, const gchar *raw, gsize raw_len, gchar **reason)
{
  JsonNode *node = json_object_get_member (object, "id");
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node))
    {
      *reason = g_strdup_printf ("\"id\" is %s: an id is a string or a number",
                                 JSON_NODE_HOLDS_ARRAY (node) ? "an array" : "an object");
      return FALSE;
    }
  GType type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return TRUE;
  if (type == G_TYPE_BOOLEAN)
    {
      *reason = g_strdup ("\"id\" is a boolean: an id is a string or a number");
      return FALSE;
    }
  g_autofree gchar *back
      = type == G_TYPE_INT64 ? g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node)) : NULL;
  if (back != NULL && raw != NULL && strlen (back) == raw_len && memcmp (back, raw, raw_len) == 0)
    return TRUE;
  *reason = g_strdup_printf ("\"id\" %.*s is not a whole number of at most 64 bits, and would be "
                             "changed: write it as a string, \"%.*s\"",
                             (int)MIN (raw_len, 64), raw ? raw : "", (int)MIN (raw_len, 64), raw ? raw : "");
  return FALSE;
}

/* {"id": ID} when @opening (the first bytes of a line too long to read) holds the object's
 * whole top-level "id" member, an id precis passes through, and no top-level key given twice;
 * else NULL. A key given twice, "id" or another, gives none: the record's own parse would refuse
 * it (with "id": null) rather than keep the last value as json-glib and Python's json do, and
 * precis.dask (_opening_id) holds to the same rule. */
static JsonObject *
opening_id (const gchar *opening, gsize n)
{
  const gchar *valid_end = NULL;
  if (!g_utf8_validate_len (opening, n, &valid_end))
    n = (gsize)(valid_end - opening); /* cut in a character, or not text: its text part */
  gsize first = 0;
  while (first < n && g_ascii_isspace (opening[first]))
    first++;
  if (first == n || opening[first] != '{')
    return NULL;
  ObjectScan scan = scan_object (opening, n);
  if (scan.twice != NULL)
    return NULL; /* a key given twice ("id" or another): none, as the record's own parse refuses it with none
                  */
  if (scan.id == NULL)
    return NULL;
  g_autofree gchar *json = g_strdup_printf ("{\"id\":%.*s}", (int)scan.id_len, scan.id);
  gsize at;
  if (bad_escape (json, strlen (json), FALSE, &at) != ESCAPE_NONE)
    return NULL; /* an id with a "\u0000", a lone surrogate or a bad escape: none */
  g_autoptr (JsonParser) parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, NULL))
    return NULL;
  JsonNode *root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  JsonObject *object = json_node_get_object (root);
  g_autofree gchar *reason = NULL;
  if (!check_id (object, scan.id, scan.id_len, &reason))
    return NULL;
  return json_object_ref (object);
}

static gchar *lossy_text (const gchar *line, gsize len, gsize *out_len);

JsonObject *
cli_jsonl_line_id (const gchar *line, gsize len, gboolean lossy)
{
  gsize n = MIN (len, JSONL_KEPT_OPENING);
  if (!lossy)
    return opening_id (line, n);
  /* read as --lossy reads the line: the id of "\xFF1" is "\uFFFD1", as the record's would be */
  g_autofree gchar *read = lossy_text (line, n, &n);
  gsize at;
  bad_escape (read, n, TRUE, &at);
  return opening_id (read, n);
}

JsonObject *
cli_jsonl_steal_skipped (CliJsonl *r)
{
  return g_steal_pointer (&r->skipped);
}

/* The reason for a line that holds more than one object: where the rest begins. */
static gchar *
trailing_text (gsize after)
{
  return g_strdup_printf ("text after the JSON object, at byte %zu of the line: one object a line", after);
}

/* The first characters of @p (@n bytes of valid UTF-8), at most 24 bytes cut at a character's
 * end, "..." after them when there is more, control characters and quotes as spaces and "'":
 * what a line that is not a record opens with, for its message. */
static gchar *
line_opening (const gchar *p, gsize n)
{
  gsize cut = MIN (n, 24);
  while (cut > 0 && cut < n && ((guchar)p[cut] & 0xC0) == 0x80)
    cut--;
  GString *out = g_string_new_len (p, (gssize)cut);
  for (gsize i = 0; i < out->len; i++)
    if ((guchar)out->str[i] < 0x20 || out->str[i] == 0x7F)
      out->str[i] = ' ';
    else if (out->str[i] == '"' || out->str[i] == '\\')
      out->str[i] = '\'';
  if (cut < n)
    g_string_append (out, "...");
  return g_string_free (out, FALSE);
}

/* Whether @p (@n bytes) opens with a JSON value: an array, a string, a number, true, false or
 * null. */
static gboolean
json_value_opens (const gchar *p, gsize n)
{
  if (n == 0)
    return FALSE;
  if (*p != '\0' && strchr ("[\"-0123456789", *p) != NULL)
    return TRUE;
  static const gchar *const words[] = { "true", "false", "null" };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (n >= strlen (words[i]) && memcmp (p, words[i], strlen (words[i])) == 0)
      return TRUE;
  return FALSE;
}

/* The end of the JSON string whose opening quote is at @i, or where it goes wrong: *what set
 * to why (a bad escape, the line ending inside it). */
static gsize
syntax_string (const gchar *t, gsize n, gsize i, const gchar **what)
{
  for (i++; i < n; i++)
    {
      if (t[i] == '"')
        return i + 1;
      if (t[i] != '\\')
        continue;
      if (i + 1 < n && strchr ("\"\\/bfnrt", t[i + 1]) != NULL && t[i + 1] != '\0')
        i++;
      else if (escape_unit (t + i, n - i) >= 0)
        i += 5;
      else
        {
          *what = "a bad escape";
          return i;
        }
    }
  *what = "the line ends inside a string";
  return n;
}

/* Where the JSON text @t (@n bytes, one object: the callers have checked that it opens with
 * "{") first breaks the grammar, and what was wrong there, found by a scan of its own: the
 * message for a line the parser refused is then the same whichever parser read it (json-glib
 * here, Python's json in precis.dask, whose messages and positions differ). FALSE when the scan
 * finds nothing wrong. Nesting is kept on a stack of its own, not the C stack. */
static gboolean
syntax_error (const gchar *t, gsize n, gsize *at, const gchar **what)
{
  g_autoptr (GString) open = g_string_new (NULL); /* the '{' and '[' not yet closed */
  enum
  {
    VALUE,
    KEY,
    AFTER
  } want
      = VALUE;
  gsize i = 0;
  for (;;)
    {
      while (i < n && strchr (" \t\n\r", t[i]) != NULL && t[i] != '\0')
        i++;
      *at = i;
      if (want == AFTER && open->len == 0)
        return FALSE;
      if (i == n)
        {
          *what = want == VALUE ? "the line ends where a value was expected"
                  : want == KEY ? "the line ends where a key was expected"
                                : "the line ends inside an object or array";
          return TRUE;
        }
      gchar c = t[i];
      if (want == KEY)
        {
          if (c != '"')
            {
              *what = "expected a key (a string in double quotes)";
              return TRUE;
            }
          *what = NULL;
          i = syntax_string (t, n, i, what);
          if (*what != NULL)
            {
              *at = i;
              return TRUE;
            }
          while (i < n && strchr (" \t\n\r", t[i]) != NULL && t[i] != '\0')
            i++;
          if (i == n || t[i] != ':')
            {
              *at = i;
              *what = "expected \":\" after the key";
              return TRUE;
            }
          i++;
          want = VALUE;
        }
      else if (want == AFTER)
        {
          gchar top = open->str[open->len - 1];
          if (c == ',')
            {
              i++;
              want = top == '{' ? KEY : VALUE;
            }
          else if (c == (top == '{' ? '}' : ']'))
            {
              i++;
              g_string_truncate (open, open->len - 1);
            }
          else
            {
              *what = top == '{' ? "expected \",\" or \"}\"" : "expected \",\" or \"]\"";
              return TRUE;
            }
        }
      else if (c == '{' || c == '[')
        {
          g_string_append_c (open, c);
          i++;
          while (i < n && strchr (" \t\n\r", t[i]) != NULL && t[i] != '\0')
            i++;
          if (i < n && t[i] == (c == '{' ? '}' : ']'))
            {
              i++;
              g_string_truncate (open, open->len - 1);
              want = AFTER;
            }
          else
            want = c == '{' ? KEY : VALUE;
        }
      else if (c == '"')
        {
          *what = NULL;
          gsize end = syntax_string (t, n, i, what);
          if (*what != NULL)
            {
              *at = end;
              return TRUE;
            }
          i = end;
          want = AFTER;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          gsize j = i + (c == '-');
          gsize digits = j;
          while (j < n && g_ascii_isdigit (t[j]))
            j++;
          gboolean ok = j > digits;
          if (ok && j < n && t[j] == '.')
            {
              gsize frac = ++j;
              while (j < n && g_ascii_isdigit (t[j]))
                j++;
              ok = j > frac;
            }
          if (ok && j < n && (t[j] == 'e' || t[j] == 'E'))
            {
              j++;
              if (j < n && (t[j] == '+' || t[j] == '-'))
                j++;
              gsize exp = j;
              while (j < n && g_ascii_isdigit (t[j]))
                j++;
              ok = j > exp;
            }
          if (!ok)
            {
              *at = j;
              *what = "a malformed number";
              return TRUE;
            }
          i = j;
          want = AFTER;
        }
      else
        {
          static const gchar *const words[] = { "true", "false", "null" };
          gboolean word = FALSE;
          for (guint k = 0; k < G_N_ELEMENTS (words) && !word; k++)
            if (n - i >= strlen (words[k]) && memcmp (t + i, words[k], strlen (words[k])) == 0)
              {
                i += strlen (words[k]);
                word = TRUE;
              }
          if (!word)
            {
              *what = "expected a value";
              return TRUE;
            }
          want = AFTER;
        }
    }
}

/* "not valid JSON: <what>, at byte N of the line" where syntax_error() finds @t (@n bytes)
 * broken, else NULL; *@at is where its reading stopped either way. */
static gchar *
syntax_reason (const gchar *t, gsize n, gsize *at)
{
  const gchar *what = NULL;
  if (!syntax_error (t, n, at, &what))
    return NULL;
  return g_strdup_printf ("not valid JSON: %s, at byte %zu of the line", what, *at);
}

/* @line (@len bytes) with each byte that is not part of a UTF-8 character, and each NUL byte,
 * made U+FFFD, one for each byte: g_utf8_make_valid() with the length given (a NUL byte is not
 * valid to it then); precis.dask (_lossy) reads a line the same way. */
static gchar *
lossy_text (const gchar *line, gsize len, gsize *out_len)
{
  gchar *out = g_utf8_make_valid (line, (gssize)len);
  *out_len = strlen (out);
  return out;
}

/* Whether @s (@n bytes, the inside of a JSON string) holds only what every JSON reader decodes
 * alike: UTF-8 characters from U+0020 on, and the escapes \" \\ \/ \b \f \n \r \t \uXXXX (bad_escape()
 * has refused or repaired a "\u0000" and a lone surrogate, and refused an escape JSON does not
 * have, already). A raw control character or a
 * broken escape is left to json-glib, which names it. */
static gboolean
plain_string (const gchar *s, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar)s[i];
      if (c < 0x20 || c == '"')
        return FALSE;
      if (c != '\\')
        continue;
      if (i + 1 == n)
        return FALSE;
      if (s[i + 1] == 'u')
        {
          if (escape_unit (s + i, n - i) < 0)
            return FALSE;
          i += 5;
        }
      else if (strchr ("\"\\/bfnrt", s[i + 1]) != NULL)
        i++;
      else
        return FALSE;
    }
  return g_utf8_validate_len (s, n, NULL);
}

/* Decodes the inside of the JSON string at @src (@n bytes, plain_string()) to @dest, which may be
 * @src or any place before it (each character's decoded bytes are at most its escaped bytes, so the
 * writing never overtakes the reading), as json-glib decodes it: a high and low surrogate's pair
 * is one character. Returns the decoded length. */
static gsize
decode_string (gchar *dest, const gchar *src, gsize n)
{
  gchar *out = dest;
  const gchar *p = src, *end = src + n;
  while (p < end)
    {
      const gchar *bs = memchr (p, '\\', (gsize)(end - p));
      gsize run = (bs != NULL ? bs : end) - p;
      memmove (out, p, run);
      out += run;
      p += run;
      if (bs == NULL)
        break;
      gchar e = p[1];
      if (e != 'u')
        {
          static const gchar escapes[] = "\"\\/bfnrt", decoded[] = "\"\\/\b\f\n\r\t";
          *out++ = decoded[strchr (escapes, e) - escapes];
          p += 2;
          continue;
        }
      gunichar c = (gunichar)escape_unit (p, (gsize)(end - p));
      p += 6;
      if (c >= 0xD800 && c <= 0xDBFF)
        {
          /* bad_escape() let only a pair through */
          gunichar low = (gunichar)escape_unit (p, (gsize)(end - p));
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
          p += 6;
        }
      out += g_unichar_to_utf8 (c, out);
    }
  return (gsize)(out - dest);
}

/* Whether the JSON value @v (@n bytes) is a string of plain_string() or an array of them (the
 * text a record may give as its paragraphs), with JSON's white space around the array's items. */
static gboolean
plain_value (const gchar *v, gsize n)
{
  if (n >= 2 && v[0] == '"')
    return skip_string (v, v + n) == v + n && plain_string (v + 1, n - 2);
  if (n < 2 || v[0] != '[' || v[n - 1] != ']')
    return FALSE;
  const gchar *p = v + 1, *end = v + n - 1;
  gboolean item = TRUE, empty = TRUE; /* an item is wanted next; none was read */
  for (;;)
    {
      while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
      if (p == end)
        return empty || !item; /* "[]", or no "," before the "]" */
      if (item)
        {
          /* (a string not closed ends on a lone backslash: plain_string() refuses it) */
          const gchar *q = *p == '"' ? skip_string (p, end) : p;
          if (q - p < 2 || q[-1] != '"' || !plain_string (p + 1, (gsize)(q - p) - 2))
            return FALSE;
          p = q;
          item = empty = FALSE;
        }
      else if (*p++ == ',')
        item = TRUE;
      else
        return FALSE;
    }
}

/* Decodes the value @v (@n bytes, plain_value()) to @dest, which may be at or before @v, as
 * cli_json_text() reads it (an array's strings joined by "\n"); returns the decoded length. The
 * writing stays behind the reading: a string's decoded bytes are at most its escaped ones, and an
 * item's "\n" takes the place of the quotes and the comma before it. */
static gsize
decode_value (gchar *dest, const gchar *v, gsize n)
{
  if (v[0] == '"')
    return decode_string (dest, v + 1, n - 2);
  gsize out = 0;
  gboolean first = TRUE;
  const gchar *p = v + 1, *end = v + n - 1;
  while (p < end)
    {
      if (*p != '"')
        {
          p++; /* white space, a comma */
          continue;
        }
      const gchar *q = skip_string (p, end); /* read before the item is decoded over it */
      if (!first)
        dest[out++] = '\n';
      first = FALSE;
      out += decode_string (dest + out, p + 1, (gsize)(q - p) - 2);
      p = q;
    }
  return out;
}

/* With @take_text (and @line's memory then the text's, when *@take_text is set), a top-level
 * "text" that is a plain JSON string or array of them (plain_value()) is not given to json-glib:
 * the line without its content, "text":"" or "text":[], is parsed, and the content decoded into
 * the line's own memory, the returned object's "text" left empty. json-glib copies a string twice
 * as it reads it (its scanner's
 * buffer, then the node's), so a record of 100 MB held 300 MB at once; now it holds the line. A
 * line json-glib refuses is parsed whole, as without @take_text, for the same message. */
static JsonObject *
parse (gchar *line, gsize len, gboolean lossy, gint *code, gchar **reason, gchar **take_text)
{
  /* The reasons in this order, as precis.dask (parse_line) gives them: bytes that are not
   * text, a "\u0000" or a lone surrogate, not an object, an escape JSON does not have, bad JSON.
   * json-glib refuses data that is not UTF-8 or holds a NUL byte before it parses, so the
   * text is checked here only when something is wrong, to say where (it was a second pass
   * over every line, a seventh of the parse). --lossy: bytes that are not UTF-8 (and NUL
   * bytes) are read as U+FFFD first, as the main command reads them. */
  g_autofree gchar *repaired = NULL;
  gchar *text = line;
  gsize text_len = len;
  if (lossy && !g_utf8_validate_len (line, len, NULL)) /* (a NUL byte is not valid) */
    text = repaired = lossy_text (line, len, &text_len);
  gsize at = 0;
  BadEscape bad = bad_escape (text, text_len, lossy, &at);
  if (bad == ESCAPE_NUL || bad == ESCAPE_SURROGATE)
    {
      if (check_text (text, text_len, code, reason))
        {
          *code = bad == ESCAPE_NUL ? PRECIS_ERROR_BINARY : PRECIS_ERROR_INVALID_UTF8;
          *reason = bad == ESCAPE_NUL ? g_strdup ("a NUL character (\\u0000) in the line: not text")
                                      : g_strdup_printf ("a lone surrogate (\\%.5s) at byte %zu of the line: "
                                                         "not a character (--lossy reads it as U+FFFD)",
                                                         text + at + 1, at);
        }
      return NULL;
    }
  /* Where the first object ends, and its id's text. A second value after it is refused before
   * json-glib reads the line: json-glib 1.6 keeps the first of two objects and loses its tree
   * of the other (valgrind's "definitely lost"). */
  gsize first = 0;
  while (first < text_len && g_ascii_isspace (text[first]))
    first++;
  if (first == text_len || text[first] != '{')
    {
      /* Not an object, whatever follows (json-glib 1.6 loses its tree of a second value after
       * a first that is not an object too). */
      if (check_text (text, text_len, code, reason))
        {
          *code = PRECIS_ERROR_INVALID_ARGUMENT;
          g_autofree gchar *opening = line_opening (text + first, text_len - first);
          *reason = json_value_opens (text + first, text_len - first)
                        ? g_strdup ("not a JSON object")
                        : g_strdup_printf ("not valid JSON: a record opens with \"{\", this line with \"%s\"",
                                           opening);
        }
      return NULL;
    }
  if (bad == ESCAPE_INVALID)
    {
      if (!check_text (text, text_len, code, reason))
        return NULL;
      /* json-glib would read it; said as the scan says it ("a bad escape, at byte N"). An escape
       * after the object is text after it, said below. */
      gsize where = 0;
      gchar *why = syntax_reason (text, text_len, &where);
      if (why != NULL)
        {
          *code = PRECIS_ERROR_INVALID_ARGUMENT;
          *reason = why;
          return NULL;
        }
    }
  ObjectScan scan = scan_object (text, text_len);
  gsize after = scan.after;
  while (after < text_len && g_ascii_isspace (text[after]))
    after++;
  if (after < text_len)
    {
      if (check_text (text, text_len, code, reason))
        {
          /* What a parser reading from the start meets first: an error inside the object (the
           * count of brackets ended it early: "[1}"), else the text after it, as precis.dask says it. */
          gsize where = 0;
          gchar *why = syntax_reason (text, text_len, &where);
          *code = PRECIS_ERROR_INVALID_ARGUMENT;
          *reason = why != NULL ? why : trailing_text (where);
        }
      return NULL;
    }
  /* A mutable tree: an immutable one is sealed and hashed node by node (about a tenth of
   * the reading thread's work in `precis batch`), and nothing here shares or hashes it. */
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) parse_error = NULL;
  gboolean apart = FALSE;             /* the "text" value's inside read apart from json-glib: */
  gsize content = 0, content_len = 0; /* its offset and length (between its quotes or brackets) */
  if (take_text != NULL && scan.text != NULL && scan.twice == NULL && plain_value (scan.text, scan.text_len))
    {
      content = (gsize)(scan.text + 1 - text);
      content_len = scan.text_len - 2;
      g_autoptr (GString) rest = g_string_sized_new (text_len - content_len);
      g_string_append_len (rest, text, (gssize)content);
      g_string_append_len (rest, text + content + content_len, (gssize)(text_len - content - content_len));
      /* else the line is read whole below, for json-glib's own message */
      apart = json_parser_load_from_data (parser, rest->str, (gssize)rest->len, NULL)
              && json_parser_get_root (parser) != NULL
              && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser));
    }
  if (!apart && !json_parser_load_from_data (parser, text, (gssize)text_len, &parse_error))
    {
      if (check_text (text, text_len, code, reason))
        {
          *code = PRECIS_ERROR_INVALID_ARGUMENT;
          gsize where = 0;
          gchar *why = syntax_reason (text, text_len, &where);
          *reason = why != NULL ? why : g_strdup_printf ("not valid JSON: %s", parse_error->message);
        }
      return NULL;
    }
  JsonNode *root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      *code = PRECIS_ERROR_INVALID_ARGUMENT;
      *reason = g_strdup ("not a JSON object");
      return NULL;
    }
  JsonObject *object = json_node_get_object (root);
  *code = PRECIS_ERROR_INVALID_ARGUMENT;
  if (scan.twice != NULL)
    {
      /* json-glib keeps the last value of a repeated key without a word: which is meant? */
      *reason = g_strdup_printf ("the key \"%.*s\" is given twice: one value a key",
                                 (int)MIN (scan.twice_len, 64), scan.twice);
      return NULL;
    }
  if (!check_id (object, scan.id, scan.id_len, reason))
    return NULL;
  *code = 0;
  if (apart)
    {
      /* the line's (or its repaired copy's) memory becomes the text */
      gchar *own = line;
      if (repaired != NULL)
        {
          own = g_steal_pointer (&repaired);
          g_free (line);
        }
      gsize n = decode_value (own, own + content - 1, content_len + 2);
      own[n] = '\0';
      *take_text = g_realloc (own, n + 1);
    }
  return json_object_ref (object);
}

JsonObject *
cli_jsonl_parse (gchar *line, gsize len, gboolean lossy, gint *code, gchar **reason)
{
  return parse (line, len, lossy, code, reason, NULL);
}

JsonObject *
cli_jsonl_parse_take (gchar **line, gsize len, gboolean lossy, gint *code, gchar **reason, gchar **text)
{
  *text = NULL;
  JsonObject *object = parse (*line, len, lossy, code, reason, text);
  if (object == NULL)
    return NULL; /* the line stays the caller's, for the id its start gives */
  if (*text == NULL)
    g_free (*line);
  *line = NULL;
  return object;
}

gboolean
cli_jsonl_next (CliJsonl *r, JsonObject **object, GError **error)
{
  *object = NULL;
  g_autofree gchar *line = NULL;
  gsize len = 0;
  if (!cli_jsonl_next_line (r, &line, &len, error))
    return FALSE;
  if (line == NULL)
    return TRUE;
  gint code = 0;
  g_autofree gchar *reason = NULL;
  *object = cli_jsonl_parse (line, len, r->lossy, &code, &reason);
  if (*object == NULL)
    fail (r, error, code, "%s", reason);
  return TRUE;
}

gchar *
cli_json_text (JsonObject *object, const gchar *field)
{
  if (object == NULL || !json_object_has_member (object, field))
    return NULL;
  JsonNode *node = json_object_get_member (object, field);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      GString *out = g_string_new (NULL);
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);
          if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
            {
              g_string_free (out, TRUE);
              return NULL;
            }
          g_string_append_printf (out, "%s%s", i ? "\n" : "", json_node_get_string (e));
        }
      return g_string_free (out, FALSE);
    }
  return NULL;
}

gboolean
cli_json_optional_text (JsonObject *object, const gchar *field, gchar **text)
{
  *text = cli_json_text (object, field);
  if (*text != NULL || object == NULL)
    return TRUE;
  JsonNode *node = json_object_get_member (object, field);
  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

gchar *
cli_json_field_problem (JsonObject *object, const gchar *field)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, field) : NULL;
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);
          if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
            return g_strdup_printf ("\"%s\"[%u] is not a string (\"%s\" is a string or an array of strings)",
                                    field, i, field);
        }
    }
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return g_strdup_printf ("\"%s\" is not a string or an array of strings", field);
  return g_strdup_printf ("no \"%s\" (a string or an array of strings)", field);
}

gchar *
cli_json_text_problem (JsonObject *object)
{
  return cli_json_field_problem (object, "text");
}

gchar *
cli_json_id (JsonObject *object)
{
  if (object == NULL || !json_object_has_member (object, "id"))
    return NULL;
  JsonNode *node = json_object_get_member (object, "id");
  if (!JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  GType type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return NULL;
}

static void
append_short (GString *out, JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const gchar *name;
        JsonNode *member;
        gboolean first = TRUE;
        g_string_append_c (out, '{');
        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            if (!first)
              g_string_append_c (out, ',');
            first = FALSE;
            g_autoptr (JsonNode) key = json_node_init_string (json_node_alloc (), name);
            g_autofree gchar *quoted = json_to_string (key, FALSE);
            g_string_append (out, quoted);
            g_string_append_c (out, ':');
            append_short (out, member);
          }
        g_string_append_c (out, '}');
        return;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        g_string_append_c (out, '[');
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            append_short (out, json_array_get_element (array, i));
          }
        g_string_append_c (out, ']');
        return;
      }
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        {
          gchar buf[G_ASCII_DTOSTR_BUF_SIZE];
          cli_format_double (buf, json_node_get_double (node));
          g_string_append (out, buf);
          if (strpbrk (buf, ".eEn") == NULL) /* "1.0", as json-glib writes it */
            g_string_append (out, ".0");
          return;
        }
      break;
    case JSON_NODE_NULL:
      break;
    }
  g_autofree gchar *text = json_to_string (node, FALSE); /* a string, an integer, a boolean, null */
  g_string_append (out, text);
}

gchar *
cli_json_to_string_short (JsonNode *node)
{
  GString *out = g_string_new (NULL);
  append_short (out, node);
  return g_string_free (out, FALSE);
}

/* Appends the members of @obj, as JSON text, to the object being written in @out. */
static void
append_members (GString *out, JsonObject *obj)
{
  if (obj == NULL || json_object_get_size (obj) == 0)
    return;
  g_autoptr (JsonNode) node = json_node_init_object (json_node_alloc (), obj);
  g_autofree gchar *text = json_to_string (node, FALSE); /* "{...}" */
  if (out->len > 1)
    g_string_append_c (out, ',');
  g_string_append_len (out, text + 1, (gssize)strlen (text) - 2);
}

gchar *
cli_json_splice (const gchar *rendered, JsonObject *before, JsonObject *after)
{
  gsize n = strlen (rendered);
  g_return_val_if_fail (n >= 2 && rendered[0] == '{' && rendered[n - 1] == '}', NULL);
  GString *out = g_string_new ("{");
  append_members (out, before);
  if (n > 2)
    {
      if (out->len > 1)
        g_string_append_c (out, ',');
      g_string_append_len (out, rendered + 1, (gssize)n - 2);
    }
  append_members (out, after);
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}
