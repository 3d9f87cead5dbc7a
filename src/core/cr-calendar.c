/* cr-calendar.c: proleptic Gregorian day arithmetic
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cr-calendar.h"

/* Howard Hinnant's days_from_civil / civil_from_days algorithms (a
 * well-known public formula): exact for any year, no tables. */

gboolean
cr_calendar_is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
cr_calendar_days_in_month (int year,
                           int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  if (month == 2 && cr_calendar_is_leap_year (year))
    return 29;
  return days[month - 1];
}

gboolean
cr_calendar_is_valid_date (int year,
                           int month,
                           int day)
{
  if (month < 1 || month > 12 || day < 1)
    return FALSE;
  return day <= cr_calendar_days_in_month (year, month);
}

CrDay
cr_day_from_ymd (int year,
                 int month,
                 int day)
{
  gint64 y = (gint64) year - (month <= 2 ? 1 : 0);
  gint64 era = (y >= 0 ? y : y - 399) / 400;
  gint64 yoe = y - era * 400;
  gint64 mp = (month + 9) % 12;
  gint64 doy = (153 * mp + 2) / 5 + day - 1;
  gint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return (CrDay) (era * 146097 + doe - 719468);
}

void
cr_day_to_ymd (CrDay  day,
               int   *year,
               int   *month,
               int   *mday)
{
  gint64 z = (gint64) day + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 y = yoe + era * 400;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  gint64 d = doy - (153 * mp + 2) / 5 + 1;
  gint64 m = mp < 10 ? mp + 3 : mp - 9;

  if (m <= 2)
    y++;
  if (year)
    *year = (int) y;
  if (month)
    *month = (int) m;
  if (mday)
    *mday = (int) d;
}

int
cr_day_get_weekday (CrDay day)
{
  /* 1970-01-01 was a Thursday (4). */
  gint64 w = ((gint64) day + 3) % 7;

  if (w < 0)
    w += 7;
  return (int) w + 1;
}

CrDay
cr_day_from_iso_week (int iso_year,
                      int iso_week)
{
  /* Week 1 is the week holding January 4th. */
  CrDay jan4 = cr_day_from_ymd (iso_year, 1, 4);
  CrDay week1_monday = jan4 - (cr_day_get_weekday (jan4) - 1);

  return week1_monday + (iso_week - 1) * 7;
}

void
cr_day_get_iso_week (CrDay  day,
                     int   *iso_year,
                     int   *iso_week)
{
  int y;
  CrDay thursday = day - cr_day_get_weekday (day) + 4;

  cr_day_to_ymd (thursday, &y, NULL, NULL);
  if (iso_year)
    *iso_year = y;
  if (iso_week)
    *iso_week = (thursday - cr_day_from_ymd (y, 1, 1)) / 7 + 1;
}

static gboolean
parse_digits (const char **p,
              int          n,
              int         *out)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *out = v;
  return TRUE;
}

gboolean
cr_day_range_parse (const char *str,
                    CrDay      *first,
                    CrDay      *last)
{
  const char *p = str;
  int year, month, day;

  g_return_val_if_fail (str != NULL, FALSE);

  if (!parse_digits (&p, 4, &year))
    return FALSE;
  if (*p == '\0')
    {
      if (first)
        *first = cr_day_from_ymd (year, 1, 1);
      if (last)
        *last = cr_day_from_ymd (year, 12, 31);
      return TRUE;
    }
  if (*p++ != '-' || !parse_digits (&p, 2, &month) || month < 1 || month > 12)
    return FALSE;
  if (*p == '\0')
    {
      if (first)
        *first = cr_day_from_ymd (year, month, 1);
      if (last)
        *last = cr_day_from_ymd (year, month, cr_calendar_days_in_month (year, month));
      return TRUE;
    }
  if (*p++ != '-' || !parse_digits (&p, 2, &day) || *p != '\0' ||
      !cr_calendar_is_valid_date (year, month, day))
    return FALSE;
  if (first)
    *first = cr_day_from_ymd (year, month, day);
  if (last)
    *last = cr_day_from_ymd (year, month, day);
  return TRUE;
}

char *
cr_day_format_iso (CrDay  day,
                   char  *buf,
                   gsize  buf_len)
{
  int y, m, d;

  g_return_val_if_fail (buf != NULL && buf_len >= 16, NULL);

  cr_day_to_ymd (day, &y, &m, &d);
  if (y >= 0 && y <= 9999)
    g_snprintf (buf, buf_len, "%04d-%02d-%02d", y, m, d);
  else
    g_snprintf (buf, buf_len, "%d-%02d-%02d", y, m, d);
  return buf;
}
