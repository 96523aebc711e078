/* page.h - escaping, JSON members and the HTML page frame, shared by the renderers (output/page.c). */
#pragma once

#include <json-glib/json-glib.h>

#include "precis.h"

/* Appends @text with Markdown's special characters backslash-escaped, and a list marker that
 * opens it ("- ", "+ ", "1.", "1)"). */
void precis_escape_markdown (GString *out, const gchar *text);
/* Appends @text with &, <, >, ' and " escaped for HTML (' as "&#39;": HTML 4 and older mail
 * clients know no "&apos;"). */
void precis_escape_html (GString *out, const gchar *text);
/* Whether @url is an http(s) address that may be linked (no control character; a space or a
 * quote is percent-encoded by precis_append_url()): other schemes (javascript:, data:, file:)
 * are never linked. */
gboolean precis_is_web_address (const gchar *url);
/* Appends @url with control characters, spaces and the characters of @ends (those that end a
 * link where it is written: " and ' an HTML attribute, ( ) a Markdown destination, < > an
 * autolink) percent-encoded (RFC 3986 2.1: the address is the same), so that a link is never
 * cut short or dropped for them; and a "%" that starts no percent-encoding (two hex digits after
 * it: "...-jumps-18%-") as "%25", which a browser reads as the "%" meant. */
void precis_append_url (GString *out, const gchar *url, const gchar *ends);
/* Appends @url as an HTML attribute's value (double-quoted): precis_append_url() with the characters
 * that end an unquoted or quoted value, then HTML-escaped. */
void precis_append_href (GString *out, const gchar *url);
/* Appends a Markdown link, "[TEXT](URL)", @text escaped (precis_escape_markdown()) and @url
 * percent-encoded where it would end a link's destination (precis_append_url()). */
void precis_append_markdown_link (GString *out, const gchar *text, const gchar *url);
/* The day of the Unix time @time as YYYY-MM-DD (UTC), as summaries and digests show a date;
 * NULL when @time is G_MININT64 (no date was read) or out of GDateTime's range. */
gchar *precis_format_day (gint64 time);
/* JSON written straight into a string, byte for byte as json-glib's generator (json_to_string,
 * not pretty) writes the same values, without building a tree first. A string: quoted, '"' and
 * '\\' after a backslash, \b \f \n \r \t by name, the other bytes 0x01-0x1e and 0x7f as \u00xx,
 * every other byte (UTF-8, and 0x1f, which json-glib leaves as it is) unchanged. */
void precis_json_append_string (GString *out, const gchar *s);
/* The string @s, or null when NULL. */
void precis_json_append_string_or_null (GString *out, const gchar *s);
/* A double as g_ascii_dtostr() writes it (%.17g), with ".0" after it when it has no '.' (and,
 * from json-glib 1.8 on, no exponent: 1.6 writes "1e-300.0"). */
void precis_json_append_double (GString *out, gdouble d);
/* A double in the shortest form that reads back as it ("0.98", not json-glib's
 * "0.97999999999999998"), with ".0" after an integer as json-glib writes it: for a value
 * rounded on purpose (a confidence to two decimals). */
void precis_json_append_double_short (GString *out, gdouble d);
/* An integer in decimal. */
void precis_json_append_int (GString *out, gint64 n);
/* Adds the member @name to the object @b is building: the string @value, or null when NULL. */
void precis_json_add_string_or_null (JsonBuilder *b, const gchar *name, const gchar *value);
/* Appends ' lang="TAG"' for @language (a name detection reports, such as "polish"; "und" when
 * NULL or unknown), and ' dir="rtl"' when it is written right to left. */
void precis_page_append_lang (GString *out, const gchar *language);
/* The same for an element inside a page in @page_language: as precis_page_append_lang(), and
 * ' dir="ltr"' when @language is written left to right and the page right to left (' dir="auto"'
 * when @language is unknown), since an element inherits its page's direction. */
void precis_page_append_lang_within (GString *out, const gchar *language, const gchar *page_language);
/* The start of a self-contained HTML page titled @title (in @language, a name detection
 * reports, or NULL), up to the opening of its centred column; precis_page_close() ends it. */
void precis_page_open (GString *out, const gchar *title, const gchar *language);
void precis_page_close (GString *out);

/* Inline styles (e-mail clients drop <style> blocks and external sheets). */
#define PRECIS_PAGE_BODY "margin:0;padding:0;background:#f3f2ee;"
#define PRECIS_PAGE_PAGE                                                                                     \
  "max-width:640px;margin:0 auto;padding:24px 16px;font-family:Georgia,'Times New Roman',serif;"             \
  "font-size:17px;line-height:1.5;color:#222;"
#define PRECIS_PAGE_H1 "font-size:28px;line-height:1.2;margin:0 0 8px;"
#define PRECIS_PAGE_H2                                                                                       \
  "font-family:Helvetica,Arial,sans-serif;font-size:13px;letter-spacing:1px;text-transform:uppercase;"       \
  "color:#666;margin:28px 0 8px;border-bottom:1px solid #ccc;padding-bottom:4px;"
#define PRECIS_PAGE_H3 "font-size:21px;line-height:1.25;margin:0 0 8px;"
#define PRECIS_PAGE_CARD                                                                                     \
  "background:#ffffff;border:1px solid #e2e0da;border-radius:4px;padding:16px 20px;margin:0 0 16px;"
#define PRECIS_PAGE_P "margin:0 0 10px;"
#define PRECIS_PAGE_META "font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#666;margin:0 0 16px;"
#define PRECIS_PAGE_LIST "margin:0 0 10px;padding-left:20px;"
#define PRECIS_PAGE_ITEM "margin:0 0 6px;"
#define PRECIS_PAGE_SOURCES                                                                                  \
  "font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#555;margin:0;padding-left:18px;"
#define PRECIS_PAGE_LINK "color:#1a5fb4;"
