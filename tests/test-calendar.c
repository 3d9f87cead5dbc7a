/* test-calendar.c: day arithmetic
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-calendar.h"

typedef struct {
  int year, month, day;
  CrDay expected;
  int weekday;
  int iso_year, iso_week;
} DayRow;

/* Expected values computed by hand from known anchors: 1970-01-01 is day 0
 * (a Thursday); 2025-09-03 was a Wednesday in ISO week 36. */
static const DayRow day_rows[] = {
  { 1970, 1, 1, 0, 4, 1970, 1 },
  { 1970, 1, 2, 1, 5, 1970, 1 },
  { 1969, 12, 31, -1, 3, 1970, 1 },
  { 2000, 2, 29, 11016, 2, 2000, 9 },
  { 2000, 3, 1, 11017, 3, 2000, 9 },
  { 2024, 6, 19, 19893, 3, 2024, 25 },
  { 2025, 9, 3, 20334, 3, 2025, 36 },
  { 2021, 1, 3, 18630, 7, 2020, 53 },
  { 2026, 12, 31, 20818, 4, 2026, 53 },
  { 1900, 1, 1, -25567, 1, 1900, 1 },
  { 1600, 3, 1, -135080, 3, 1600, 9 },
};

static void
test_day_roundtrip (gconstpointer data)
{
  const DayRow *row = data;
  CrDay day = cr_day_from_ymd (row->year, row->month, row->day);
  int y, m, d, iy, iw;

  g_assert_cmpint (day, ==, row->expected);
  cr_day_to_ymd (day, &y, &m, &d);
  g_assert_cmpint (y, ==, row->year);
  g_assert_cmpint (m, ==, row->month);
  g_assert_cmpint (d, ==, row->day);
  g_assert_cmpint (cr_day_get_weekday (day), ==, row->weekday);
  cr_day_get_iso_week (day, &iy, &iw);
  g_assert_cmpint (iy, ==, row->iso_year);
  g_assert_cmpint (iw, ==, row->iso_week);
  /* The Monday of that ISO week is on or before the day, within 6 days. */
  g_assert_cmpint (day - cr_day_from_iso_week (iy, iw), >=, 0);
  g_assert_cmpint (day - cr_day_from_iso_week (iy, iw), <=, 6);
}

static void
test_day_sweep (void)
{
  /* Every day of four centuries converts back to itself and weekdays
   * advance by one. */
  CrDay start = cr_day_from_ymd (1800, 1, 1);
  CrDay end = cr_day_from_ymd (2200, 1, 1);

  for (CrDay day = start; day < end; day++)
    {
      int y, m, d;

      cr_day_to_ymd (day, &y, &m, &d);
      g_assert_true (cr_calendar_is_valid_date (y, m, d));
      g_assert_cmpint (cr_day_from_ymd (y, m, d), ==, day);
      g_assert_cmpint (cr_day_get_weekday (day + 1), ==, cr_day_get_weekday (day) % 7 + 1);
    }
}

typedef struct {
  const char *text;
  gboolean ok;
  const char *first;
  const char *last;
} RangeRow;

static const RangeRow range_rows[] = {
  { "2024", TRUE, "2024-01-01", "2024-12-31" },
  { "2024-02", TRUE, "2024-02-01", "2024-02-29" },
  { "2023-02", TRUE, "2023-02-01", "2023-02-28" },
  { "2025-09-03", TRUE, "2025-09-03", "2025-09-03" },
  { "2025-02-29", FALSE, NULL, NULL },
  { "2025-13", FALSE, NULL, NULL },
  { "25-09-03", FALSE, NULL, NULL },
  { "2025-09-03x", FALSE, NULL, NULL },
  { "", FALSE, NULL, NULL },
};

static void
test_range_parse (gconstpointer data)
{
  const RangeRow *row = data;
  CrDay first = 0, last = 0;
  char buf[16];

  g_assert_cmpint (cr_day_range_parse (row->text, &first, &last), ==, row->ok);
  if (!row->ok)
    return;
  g_assert_cmpstr (cr_day_format_iso (first, buf, sizeof buf), ==, row->first);
  g_assert_cmpstr (cr_day_format_iso (last, buf, sizeof buf), ==, row->last);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (day_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/calendar/day/%04d-%02d-%02d",
                                               day_rows[i].year, day_rows[i].month, day_rows[i].day);
      g_test_add_data_func (path, &day_rows[i], test_day_roundtrip);
    }
  for (guint i = 0; i < G_N_ELEMENTS (range_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/calendar/range/%u", i);
      g_test_add_data_func (path, &range_rows[i], test_range_parse);
    }
  g_test_add_func ("/calendar/sweep", test_day_sweep);

  return g_test_run ();
}
