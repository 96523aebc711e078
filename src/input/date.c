/* date.c - dates as feeds, pages and news data write them, read into Unix seconds (UTC):
 * RFC 3339 / ISO 8601 (GDateTime, then the looser forms feeds write: minutes without seconds,
 * a space before the time or the zone, slashes), RFC 822 as RSS has it, US forms with a time
 * ("Nov 30, 2026 12:00 PM EST") and a day without a time (parse_day()). Used by
 * the feed and page readers and by the digest's ordering. Each parse is O(length).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/calendar.h"
#include "input/date.h"

/* Minutes east of UTC of a zone written after a time ("Z", "+01:00", "-0800", "+05", "GMT",
 * "EST"); FALSE when @s is not one. An empty zone is UTC. */
static gboolean
zone_offset (const gchar *s, gint *minutes)
{
  while (*s == ' ')
    s++;
  *minutes = 0;
  if (*s == '\0')
    return TRUE;
  if (*s == '+' || *s == '-')
    {
      gint sign = *s == '-' ? -1 : 1, h = 0, m = 0;
      const gchar *p = s + 1;
      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
        return FALSE;
      h = (p[0] - '0') * 10 + (p[1] - '0');
      p += 2;
      if (*p == ':')
        p++;
      if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]))
        {
          m = (p[0] - '0') * 10 + (p[1] - '0');
          p += 2;
        }
      if (h > 23 || m > 59)
        return FALSE;
      *minutes = sign * (h * 60 + m);
      return *p == '\0' || *p == ' ';
    }
  static const struct
  {
    const gchar *name;
    gint minutes;
  } zones[] = {
    { "Z", 0 },         { "GMT", 0 },       { "UT", 0 },         { "UTC", 0 },        { "EST", -5 * 60 },
    { "EDT", -4 * 60 }, { "CST", -6 * 60 }, { "CDT", -5 * 60 },  { "MST", -7 * 60 },  { "MDT", -6 * 60 },
    { "PST", -8 * 60 }, { "PDT", -7 * 60 }, { "AKST", -9 * 60 }, { "AKDT", -8 * 60 }, { "HST", -10 * 60 },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      gsize k = strlen (zones[i].name);
      if (g_ascii_strncasecmp (s, zones[i].name, k) == 0 && (s[k] == '\0' || s[k] == ' '))
        {
          *minutes = zones[i].minutes;
          return TRUE;
        }
    }
  return FALSE;
}

/* Unix seconds of a time written in a zone @offset minutes east of UTC; G_MININT64 when there
 * is no such day or time ("31 Feb"). */
static gint64
unix_seconds (gint year, gint month, gint day, gint hour, gint minute, gint second, gint offset)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (GDateTime) dt = g_date_time_new (utc, year, month, day, hour, minute, second);
  if (dt == NULL)
    return G_MININT64;
  return g_date_time_to_unix (dt) - (gint64)offset * 60;
}

/* RFC 822 / RFC 2822 dates as RSS writes them: "[Day, ]DD Mon YYYY HH:MM[:SS] ZONE". */
static gint64
parse_rfc822 (const gchar *s)
{
  const gchar *comma = strchr (s, ',');
  if (comma != NULL)
    s = comma + 1;
  gint day = 0, year = 0, hour = 0, minute = 0, second = 0;
  gchar month[4] = "", zone[8] = "";
  gint n = sscanf (s, " %d %3s %d %d:%d:%d %7s", &day, month, &year, &hour, &minute, &second, zone);
  if (n < 6)
    {
      second = 0;
      n = sscanf (s, " %d %3s %d %d:%d %7s", &day, month, &year, &hour, &minute, zone);
      if (n < 5)
        return G_MININT64;
    }
  gint m = precis_month_number (month, -1);
  if (m == 0)
    return G_MININT64;
  if (year < 100)
    year += year < 50 ? 2000 : 1900;
  gint offset = 0; /* minutes east of UTC; an unknown zone is read as UTC */
  if (!zone_offset (zone, &offset))
    offset = 0;
  return unix_seconds (year, m, day, hour, minute, second, offset);
}

/* A clock time at @p as US pages and data write it after the day: "[at ]12:00[:SS][ ]PM EST",
 * "9:15 a.m. PST", "17:05 GMT", the zone optional (none: UTC; one not known: UTC, as RFC 822's
 * reader takes it). Sets the hour (0-23), minute, second and the zone's minutes east of UTC;
 * FALSE when @p holds no time or the hour is not one of a 12-hour clock before AM or PM. */
static gboolean
parse_clock (const gchar *p, gint *hour, gint *minute, gint *second, gint *offset)
{
  while (*p == ' ' || *p == ',')
    p++;
  if (g_ascii_strncasecmp (p, "at ", 3) == 0)
    p += 3;
  gint n = 0;
  *second = 0;
  if (sscanf (p, "%2d:%2d%n", hour, minute, &n) != 2)
    return FALSE;
  p += n;
  if (*p == ':')
    {
      n = 0;
      if (sscanf (p + 1, "%2d%n", second, &n) != 1)
        return FALSE;
      p += 1 + n;
    }
  while (*p == ' ')
    p++;
  gchar half = g_ascii_tolower (p[0]);
  if ((half == 'a' || half == 'p')
      && (g_ascii_tolower (p[1]) == 'm' || (p[1] == '.' && g_ascii_tolower (p[2]) == 'm')))
    {
      if (*hour < 1 || *hour > 12)
        return FALSE;
      *hour = *hour % 12 + (half == 'p' ? 12 : 0);
      p += p[1] == '.' ? 3 : 2;
      if (*p == '.')
        p++;
      if (*p != '\0' && *p != ' ')
        return FALSE;
    }
  if (!zone_offset (p, offset))
    *offset = 0;
  return *hour <= 23 && *minute <= 59 && *second <= 60;
}

/* Unix seconds of a day and the time after it at @p (parse_clock()), or G_MININT64. */
static gint64
day_at_clock (gint year, gint month, gint day, const gchar *p)
{
  gint hour = 0, minute = 0, second = 0, offset = 0;
  if (year < 1000 || !parse_clock (p, &hour, &minute, &second, &offset))
    return G_MININT64;
  return unix_seconds (year, month, day, hour, minute, second, offset);
}

/* A day as pages, feeds and news data write it, a weekday before it skipped:
 * - with a time, as US pages write them: "Nov 30, 2026 12:00 PM EST", "Monday, November 30,
 *   2026 at 9:15 a.m. PST", "Nov. 30, 2026, 17:05", "November 30 2026 9:15 a.m. PST"; and with
 *   slashes when it can be read one way only: "30/11/2026 11:00" (the day over 12),
 *   "11/30/2026 11:00 AM" (the month first);
 *   "05/06/2026 10:00" is left undated;
 * - else midnight UTC of the day: "2017-08-03", "3 Aug 2017", "03 August 2017,Thursday", "Thu, 3
 *   Aug 2017", "August 3, 2017", "August 3 2017"; anything after the year is then ignored. */
static gint64
parse_day (const gchar *s)
{
  gint day = 0, month = 0, year = 0, used = 0, a = 0, b = 0;
  gchar word[16] = "";
  const gchar *comma = strchr (s, ',');
  if (comma != NULL && sscanf (s, " %15[A-Za-z]", word) == 1 && precis_month_number (word, -1) == 0)
    s = comma + 1; /* a leading weekday */
  if (sscanf (s, " %15[A-Za-z]%n", word, &used) == 1)
    {
      /* The month's name first; a full stop after it ("Nov.") only before a time, a comma before
       * the year or none ("November 30 2026 9:15 a.m. PST": the time kept, review23 #6d). */
      month = precis_month_number (word, -1);
      if (month == 0)
        return G_MININT64;
      const gchar *p = s + used;
      gboolean stop = *p == '.';
      gint n = 0;
      if (sscanf (p + stop, " %2d , %4d%n", &day, &year, &n) == 2
          || sscanf (p + stop, " %2d %4d%n", &day, &year, &n) == 2)
        {
          gint64 t = day_at_clock (year, month, day, p + stop + n);
          if (t != G_MININT64 || stop)
            return t;
          if (!g_ascii_isdigit (p[n])) /* the year read whole: the day without a time */
            return year >= 1000 ? unix_seconds (year, month, day, 0, 0, 0, 0) : G_MININT64;
        }
      if (stop || (sscanf (p, " %d , %d", &day, &year) != 2 && sscanf (p, " %d %d", &day, &year) != 2))
        return G_MININT64;
    }
  else if (sscanf (s, " %2d/%2d/%4d%n", &a, &b, &year, &used) == 3)
    {
      if (a > 12 && b <= 12)
        day = a, month = b;
      else if (b > 12 && a <= 12)
        month = a, day = b;
      else
        return G_MININT64;
      return day_at_clock (year, month, day, s + used);
    }
  else if (sscanf (s, " %4d-%2d-%2d", &year, &month, &day) != 3)
    {
      if (sscanf (s, " %d %15[A-Za-z] %d", &day, word, &year) != 3)
        return G_MININT64;
      month = precis_month_number (word, -1);
    }
  if (month < 1 || year < 1000 || year > 9999)
    return G_MININT64;
  return unix_seconds (year, month, day, 0, 0, 0, 0);
}

/* ISO 8601 and its relatives as feeds write them: "2002-12-31T19:20+01:00",
 * "2006-01-11 16:42:55 -0800", "2020/1/10 14:33", "2003-12-31T10:14:55.123Z", "2003-12"
 * (the first of the month); no zone is UTC. */
static gint64
parse_iso (const gchar *s)
{
  gint year = 0, month = 0, day = 1, hour = 0, minute = 0, second = 0, used = 0;
  gchar sep = 0;
  if (sscanf (s, "%4d%c%2d%n", &year, &sep, &month, &used) != 3 || (sep != '-' && sep != '/') || year < 1000)
    return G_MININT64;
  const gchar *p = s + used;
  if (*p == sep)
    {
      gint n = 0;
      if (sscanf (p + 1, "%2d%n", &day, &n) != 1)
        return G_MININT64;
      p += 1 + n;
    }
  if (*p == 'T' || *p == 't' || *p == ' ')
    {
      gint n = 0;
      if (sscanf (p + 1, "%2d:%2d%n", &hour, &minute, &n) == 2)
        {
          p += 1 + n;
          if (*p == ':')
            {
              n = 0;
              if (sscanf (p + 1, "%2d%n", &second, &n) != 1)
                return G_MININT64;
              p += 1 + n;
              if (*p == '.' || *p == ',')
                for (p++; g_ascii_isdigit (*p); p++)
                  ;
            }
        }
    }
  gint offset = 0;
  if (!zone_offset (p, &offset))
    return G_MININT64;
  return unix_seconds (year, month, day, hour, minute, second, offset);
}

/* Whether @word (@len bytes) names an English weekday or abbreviates one in three letters or
 * more ("Mon", "Tues", "Monday"), without case. */
static gboolean
is_weekday (const gchar *word, gsize len)
{
  static const gchar *const days[]
      = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
  if (len < 3)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (days); i++)
    if (len <= strlen (days[i]) && g_ascii_strncasecmp (word, days[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* The day at @p's start ("YYYY", "MM" and "DD" read) and the time after it when there is one
 * (parse_clock()); the day alone, midnight UTC, when nothing or no time follows. */
static gint64
day_and_clock (gint year, gint month, gint day, const gchar *p)
{
  gint hour = 0, minute = 0, second = 0, offset = 0;
  if (year < 1000 || year > 9999 || month < 1 || month > 12)
    return G_MININT64;
  if (parse_clock (p, &hour, &minute, &second, &offset))
    return unix_seconds (year, month, day, hour, minute, second, offset);
  return unix_seconds (year, month, day, 0, 0, 0, 0);
}

/* Forms news data writes that the readers below leave unread (tryout21 #9): a weekday before
 * the day, with a comma or without ("Monday 30 November 2026 10:15 GMT"); a month's whole name between
 * the day and a year followed by a time ("30 November 2026 10:15 GMT"; parse_day would drop
 * the time); a month's abbreviation with a full stop and no time ("Nov. 29, 2026"); a day
 * written with full stops, day first as every country that writes it so does ("30.11.2026",
 * "30.11.2026, 10:15"); and a bare whole number, read as Unix time (ten digits or nine:
 * seconds, 1973-2286; thirteen or twelve: milliseconds; none with a leading zero) or as ISO
 * 8601's basic day ("20261130"). A bare number is safe here because every caller passes a
 * field that holds a date only (a feed's, a page's or a record's date), never running text.
 * G_MININT64 for anything else. */
static gint64
parse_written (const gchar *s)
{
  gsize digits = strspn (s, "0123456789");
  if (digits > 0 && s[digits] == '\0')
    {
      gint64 n = g_ascii_strtoll (s, NULL, 10);
      if (s[0] == '0' && digits != 8) /* "0000000000" is no time in 1973-2286 (review23 #6b) */
        return G_MININT64;
      if (digits == 9 || digits == 10)
        return n;
      if (digits == 12 || digits == 13)
        return n / 1000;
      if (digits == 8)
        {
          gint64 t = unix_seconds ((gint)(n / 10000), (gint)(n / 100 % 100), (gint)(n % 100), 0, 0, 0, 0);
          return n / 10000 >= 1000 ? t : G_MININT64;
        }
      return G_MININT64;
    }
  gint day = 0, month = 0, year = 0, used = 0;
  if (sscanf (s, "%2d.%2d.%4d%n", &day, &month, &year, &used) == 3 && used >= 8)
    return day_and_clock (year, month, day, s + used);
  gchar word[16] = "";
  if (sscanf (s, "%15[A-Za-z]%n", word, &used) != 1)
    {
      used = 0;
      if (sscanf (s, "%2d %15[A-Za-z] %4d%n", &day, word, &year, &used) != 3 || strlen (word) == 3)
        return G_MININT64; /* "30 Nov 2026 10:15" is RFC 822's */
      month = precis_month_number (word, -1);
      return month == 0 ? G_MININT64 : day_at_clock (year, month, day, s + used);
    }
  month = precis_month_number (word, -1);
  gint n = 0;
  if (month != 0 && s[used] == '.' && sscanf (s + used + 1, " %2d , %4d%n", &day, &year, &n) == 2
      && s[used + 1 + n] == '\0' && year >= 1000)
    return unix_seconds (year, month, day, 0, 0, 0, 0); /* "Nov. 29, 2026"; with a time: parse_day */
  return G_MININT64;
}

/* The weekday words at @s's start, each with the one space or comma after it and the white space
 * after that ("Monday 30 November 2026", "Mon, 30 Nov"), skipped in one pass: where the day
 * starts (@s itself when no weekday leads). */
static const gchar *
after_weekdays (const gchar *s)
{
  for (;;)
    {
      gsize len = 0;
      while (g_ascii_isalpha (s[len]))
        len++;
      if ((s[len] != ' ' && s[len] != ',') || !is_weekday (s, len))
        return s;
      s += len + 1;
      while (g_ascii_isspace (*s))
        s++;
    }
}

/* @s, trimmed, by each reader in turn. With @weekdays, the weekdays before the day are then
 * skipped (after parse_written(), as "Monday 30 November 2026 10:15 GMT" was read) and the rest
 * read once, without: a date written with sixty thousand weekdays is one pass, where each
 * weekday was one call back into the parser and one copy of the rest (review23 #1). */
static gint64
read_date (const gchar *s, GTimeZone *utc, gboolean weekdays)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_iso8601 (s, utc);
  if (dt != NULL)
    return g_date_time_to_unix (dt);
  gint64 t = parse_written (s);
  if (t != G_MININT64)
    return t;
  const gchar *day = weekdays ? after_weekdays (s) : s;
  if (day != s && (t = read_date (day, utc, FALSE)) != G_MININT64)
    return t;
  t = parse_iso (s);
  if (t != G_MININT64)
    return t;
  t = parse_rfc822 (s);
  return t != G_MININT64 ? t : parse_day (s);
}

gint64
precis_date_parse (const gchar *s)
{
  if (s == NULL)
    return G_MININT64;
  g_autofree gchar *trimmed = g_strstrip (g_strdup (s));
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  return read_date (trimmed, utc, TRUE);
}
