/* cr-calendar.h: proleptic Gregorian day arithmetic
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-types.h"

G_BEGIN_DECLS

gboolean cr_calendar_is_leap_year   (int year);
int      cr_calendar_days_in_month  (int year,
                                     int month);
gboolean cr_calendar_is_valid_date  (int year,
                                     int month,
                                     int day);
/* Days since 1970-01-01 for year/month/day (month 1-12). */
CrDay    cr_day_from_ymd            (int year,
                                     int month,
                                     int day);
void     cr_day_to_ymd              (CrDay day,
                                     int  *year,
                                     int  *month,
                                     int  *mday);
/* 1 = Monday ... 7 = Sunday (ISO 8601). */
int      cr_day_get_weekday         (CrDay day);
/* ISO 8601 week-numbering year and week of a day. */
void     cr_day_get_iso_week        (CrDay day,
                                     int  *iso_year,
                                     int  *iso_week);
/* First day (Monday) of an ISO week. */
CrDay    cr_day_from_iso_week       (int iso_year,
                                     int iso_week);
/* Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into the first and last day it
 * covers. Returns FALSE on anything else. */
gboolean cr_day_range_parse         (const char *str,
                                     CrDay      *first,
                                     CrDay      *last);
/* Formats as "YYYY-MM-DD" into a caller buffer of at least 16 bytes. */
char    *cr_day_format_iso          (CrDay day,
                                     char *buf,
                                     gsize buf_len);

G_END_DECLS
