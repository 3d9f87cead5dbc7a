/* test-conformance-scoring.c: the conformance runner's loader and scorer
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs on tests/data/conformance-mini (rows written for this test in the
 * suites' formats) with hand-made extractor results, so the scoring rules
 * are checked without depending on what the extractor finds.
 */

#include "config.h"

#include <string.h>

#include "cr-calendar.h"
#include "cr-conformance-case.h"

static GPtrArray *mini_cases;

static const CrConfCase *
find_case (const char *key)
{
  for (guint i = 0; i < mini_cases->len; i++)
    {
      const CrConfCase *c = g_ptr_array_index (mini_cases, i);

      if (g_strcmp0 (c->id, key) == 0 || g_strcmp0 (c->input, key) == 0)
        return c;
    }
  g_error ("no mini case %s", key);
  return NULL;
}

static CrDay
day (const char *iso)
{
  CrDay first, last;

  if (iso == NULL)
    return CR_DAY_UNKNOWN;
  g_assert_true (cr_day_range_parse (iso, &first, &last));
  return first;
}

/* A fake extractor result: span in code points, days inclusive. */
typedef struct {
  int         start_char;
  int         end_char;
  const char *first;
  const char *last;
  const char *value;
  const char *mod;     /* NULL: none */
} Found;

typedef struct {
  const char    *key;  /* case id (Recognizers) or input (peers) */
  Found          found[2];
  guint          n_found;
  CrConfVerdict  verdict;
} ScoreRow;

#define PASS CR_CONF_VERDICT_PASS
#define ALT  CR_CONF_VERDICT_PASS_ALTERNATIVE
#define FAIL CR_CONF_VERDICT_FAIL

static const ScoreRow score_rows[] = {
  /* Overlap with the expected span, code points, end exclusive (20-33). */
  { "mini-en-0", { { 20, 33, "2021-03-03", "2021-03-03", "" } }, 1, PASS },
  { "mini-en-0", { { 26, 40, "2021-03-03", "2021-03-03", "" } }, 1, PASS },
  { "mini-en-0", { { 0, 3, "2021-03-03", "2021-03-03", "" } }, 1, FAIL },
  { "mini-en-0", { { 33, 35, "2021-03-03", "2021-03-03", "" } }, 1, FAIL },
  { "mini-en-0", { { 20, 33, "2021-03-04", "2021-03-04", "" } }, 1, FAIL },
  { "mini-en-0", { { 20, 33, NULL, NULL, "XXXX-03-03" } }, 1, FAIL },
  { "mini-en-0", { { 0, 3, "2021-03-03", "2021-03-03", "" },
                   { 20, 33, "2021-03-03", "2021-03-03", "" } }, 2, PASS },
  { "mini-en-0", { { 0 } }, 0, FAIL },
  /* Exclusive end 2020-07-01 is June 30; "to July" may include July. */
  { "mini-en-1", { { 10, 31, "2020-05-01", "2020-06-30", "" } }, 1, PASS },
  { "mini-en-1", { { 10, 31, "2020-05-01", "2020-07-31", "" } }, 1, PASS },
  { "mini-en-1", { { 10, 31, "2020-05-01", "2020-07-01", "" } }, 1, PASS },
  { "mini-en-1", { { 10, 31, "2020-05-01", "2020-07-15", "" } }, 1, FAIL },
  /* ... and a quarter starting at July 1 */
  { "mini-en-1", { { 10, 31, "2020-05-01", "2020-09-30", "" } }, 1, PASS },
  { "mini-en-1", { { 10, 31, "2020-05-01", "2020-08-31", "" } }, 1, FAIL },
  { "mini-en-1", { { 10, 31, "2020-04-01", "2020-06-30", "" } }, 1, FAIL },
  /* Seasons compare the TIMEX value. */
  { "mini-en-2", { { 16, 27, NULL, NULL, "2020-SU" } }, 1, PASS },
  { "mini-en-2", { { 16, 27, NULL, NULL, "2021-SU" } }, 1, FAIL },
  { "mini-en-2", { { 16, 27, NULL, NULL, "2020-WI" } }, 1, FAIL },
  /* ... and the mod when the suite gives one ("SU;mod=mid") */
  { "mini-en-8", { { 13, 23, NULL, NULL, "2017-SU", "MID" } }, 1, PASS },
  { "mini-en-8", { { 13, 23, NULL, NULL, "2017-SU", "END" } }, 1, FAIL },
  { "mini-en-8", { { 13, 23, NULL, NULL, "2017-SU" } }, 1, FAIL },
  /* Alternatives from the _alts file. */
  { "mini-en-3", { { 17, 23, "2021-06-04", "2021-06-04", "" } }, 1, PASS },
  { "mini-en-3", { { 17, 23, "2021-06-11", "2021-06-11", "" } }, 1, ALT },
  { "mini-en-3", { { 17, 23, "2021-06-05", "2021-06-05", "" } }, 1, FAIL },
  /* Negatives pass only when nothing is found. */
  { "mini-en-neg-0", { { 0 } }, 0, PASS },
  { "mini-en-neg-0", { { 30, 32, "2021-01-01", "2021-12-31", "" } }, 1, FAIL },
  /* Peers: span located in code points ("firmó" has a two-byte ó). */
  { "El acuerdo se firmó el 5 de mayo de 2019.",
    { { 23, 40, "2019-05-05", "2019-05-05", "" } }, 1, PASS },
  { "El acuerdo se firmó el 5 de mayo de 2019.",
    { { 40, 42, "2019-05-05", "2019-05-05", "" } }, 1, FAIL },
  /* Month grain covers the whole month. */
  { "Las lluvias de abril de 2018 anegaron el valle.",
    { { 15, 28, "2018-04-01", "2018-04-30", "" } }, 1, PASS },
  { "Las lluvias de abril de 2018 anegaron el valle.",
    { { 15, 28, "2018-04-01", "2018-04-01", "" } }, 1, FAIL },
  /* A bare weekday: the suite's next Tuesday, or the news reading. */
  { "La reunión fue el martes", { { 18, 24, "2019-06-11", "2019-06-11", "" } }, 1, PASS },
  { "La reunión fue el martes", { { 18, 24, "2019-06-04", "2019-06-04", "" } }, 1, ALT },
  { "La reunión fue el martes", { { 18, 24, "2019-05-28", "2019-05-28", "" } }, 1, FAIL },
  /* Week and quarter grains start at the given day. */
  { "last week", { { 0, 9, "2013-02-04", "2013-02-10", "" } }, 1, PASS },
  { "last week", { { 0, 9, "2013-02-04", "2013-02-04", "" } }, 1, FAIL },
  { "the third quarter of 2014", { { 4, 25, "2014-07-01", "2014-09-30", "" } }, 1, PASS },
  { "the third quarter of 2014", { { 4, 25, "2014-07-01", "2014-07-31", "" } }, 1, FAIL },
  /* Peers' range ends are inclusive. */
  { "from March 4 to March 8", { { 0, 23, "2013-03-04", "2013-03-08", "" } }, 1, PASS },
  { "from March 4 to March 8", { { 0, 23, "2013-03-04", "2013-03-07", "" } }, 1, FAIL },
  /* A bare month: next May for the suite, last May for the news. */
  { "May", { { 0, 3, "2013-05-01", "2013-05-31", "" } }, 1, PASS },
  { "May", { { 0, 3, "2012-05-01", "2012-05-31", "" } }, 1, ALT },
  { "May", { { 0, 3, "2014-05-01", "2014-05-31", "" } }, 1, FAIL },
  /* A part of a month without its year: the news reads last March's;
   * "next March" says which one itself. */
  { "late March", { { 0, 10, "2013-03-21", "2013-03-31", "" } }, 1, PASS },
  { "late March", { { 0, 10, "2012-03-21", "2012-03-31", "" } }, 1, ALT },
  { "late March", { { 0, 10, "2011-03-21", "2011-03-31", "" } }, 1, FAIL },
  { "next March", { { 0, 10, "2012-03-01", "2012-03-31", "" } }, 1, FAIL },
  /* A range of bare months, from the most recent start; a weekday of a
   * month without its year, in the most recent such month; a range of
   * days across months, from the nearest first day. */
  { "From May to December", { { 5, 20, "2013-05-01", "2013-12-31", "" } }, 1, PASS },
  { "From May to December", { { 5, 20, "2012-05-01", "2012-12-31", "" } }, 1, ALT },
  { "From May to December", { { 5, 20, "2012-05-01", "2013-12-31", "" } }, 1, FAIL },
  { "first tuesday of october", { { 0, 24, "2012-10-02", "2012-10-02", "" } }, 1, ALT },
  { "first tuesday of october", { { 0, 24, "2012-10-09", "2012-10-09", "" } }, 1, FAIL },
  { "21 dec to 6 jan", { { 0, 15, "2012-12-21", "2013-01-06", "" } }, 1, ALT },
  { "21 dec to 6 jan", { { 0, 15, "2012-12-21", "2012-12-31", "" } }, 1, FAIL },
  /* A weekday with a day and no year: the nearest such day on it. */
  { "Tuesday, 10 January", { { 0, 19, "2013-01-10", "2013-01-10", "" } }, 1, PASS },
  { "Tuesday, 10 January", { { 0, 19, "2012-01-10", "2012-01-10", "" } }, 1, ALT },
  { "Tuesday, 10 January", { { 0, 19, "2012-01-08", "2012-01-08", "" } }, 1, FAIL },
  /* "next week" given as a day a week on: the week it falls in. */
  { "next week", { { 0, 9, "2013-02-19", "2013-02-19", "" } }, 1, PASS },
  { "next week", { { 0, 9, "2013-02-18", "2013-02-24", "" } }, 1, ALT },
  { "next week", { { 0, 9, "2013-02-11", "2013-02-17", "" } }, 1, FAIL },
  /* A weekday with a part of the day is still a bare weekday. */
  { "sunday morning", { { 0, 6, "2013-02-10", "2013-02-10", "" } }, 1, ALT },
  { "sunday morning", { { 0, 6, "2013-02-03", "2013-02-03", "" } }, 1, FAIL },
  /* "from" opens a range; it does not pick the year */
  { "from August 27th - 29th", { { 5, 23, "2012-08-27", "2012-08-29", "" } }, 1, ALT },
  { "from August 27th - 29th", { { 5, 23, "2011-08-27", "2011-08-29", "" } }, 1, FAIL },
  /* A counted span, read as the extractor documents it: the days from
   * the DCT to that many units away, or the one day that far. */
  { "the past three weeks", { { 0, 20, "2013-01-21", "2013-02-10", "" } }, 1, PASS },
  { "the past three weeks", { { 0, 20, "2013-01-22", "2013-02-11", "" } }, 1, ALT },
  { "the past three weeks", { { 0, 20, "2013-01-22", "2013-02-12", "" } }, 1, FAIL },
  { "four months ago", { { 0, 15, "2012-10-12", "2012-10-12", "" } }, 1, ALT },
  { "four months ago", { { 0, 15, "2012-10-11", "2012-10-11", "" } }, 1, FAIL },
  { "within 3 days", { { 0, 13, "2013-02-12", "2013-02-14", "" } }, 1, ALT },
  { "within 3 days", { { 0, 13, "2013-02-13", "2013-02-15", "" } }, 1, FAIL },
  /* without "in", an amount of time is not a date */
  { "3 weeks of rain", { { 0, 7, "2013-03-05", "2013-03-05", "" } }, 1, PASS },
  { "3 weeks of rain", { { 0, 7, "2013-03-05", "2013-03-06", "" } }, 1, FAIL },
  { "Volverán dentro de dos meses", { { 9, 28, "2019-08-05", "2019-08-05", "" } }, 1, ALT },
  { "Volverán dentro de dos meses", { { 9, 28, "2019-08-01", "2019-08-05", "" } }, 1, FAIL },
  { "Las próximas cuatro semanas", { { 4, 27, "2019-06-06", "2019-07-03", "" } }, 1, ALT },
  { "Las próximas cuatro semanas", { { 4, 27, "2019-06-05", "2019-07-03", "" } }, 1, FAIL },
};

static void
test_score (gconstpointer data)
{
  const ScoreRow *row = data;
  const CrConfCase *c = find_case (row->key);
  g_autoptr(GArray) found = g_array_new (FALSE, TRUE, sizeof (CrTimex));
  CrConfScore score;

  for (guint i = 0; i < row->n_found; i++)
    {
      CrTimex t = { 0 };

      t.start_char = row->found[i].start_char;
      t.end_char = row->found[i].end_char;
      t.first_day = day (row->found[i].first);
      t.last_day = day (row->found[i].last);
      g_strlcpy (t.value, row->found[i].value, sizeof t.value);
      if (row->found[i].mod != NULL)
        g_strlcpy (t.mod, row->found[i].mod, sizeof t.mod);
      g_array_append_val (found, t);
    }
  score = cr_conf_case_score (c, found);
  g_assert_cmpint (score.verdict, ==, row->verdict);
}

typedef struct {
  const char     *key;
  CrConfCategory  category;
} CategoryRow;

static const CategoryRow category_rows[] = {
  { "mini-en-0", CR_CONF_CATEGORY_POSITIVE },
  { "mini-en-2", CR_CONF_CATEGORY_POSITIVE },
  { "mini-en-4", CR_CONF_CATEGORY_NOT_SUPPORTED },
  { "mini-en-5", CR_CONF_CATEGORY_HOLIDAY },
  { "mini-en-6", CR_CONF_CATEGORY_TIME },
  { "mini-en-neg-0", CR_CONF_CATEGORY_NEGATIVE },
  { "Abrió a las 9 de la mañana", CR_CONF_CATEGORY_TIME },
  { "1974", CR_CONF_CATEGORY_LATENT },
  { "15/2", CR_CONF_CATEGORY_REGIONAL },
  { "Boxing Day", CR_CONF_CATEGORY_HOLIDAY },
  /* holidays by name where the suite does not flag them */
  { "mini-en-7", CR_CONF_CATEGORY_HOLIDAY },
  { "three days after Christmas", CR_CONF_CATEGORY_HOLIDAY },
  { "nowhere near the capital", CR_CONF_CATEGORY_NEGATIVE },
  { "Friday", CR_CONF_CATEGORY_STRICT_NEGATIVE },
  { "last week", CR_CONF_CATEGORY_POSITIVE },
};

static void
test_category (gconstpointer data)
{
  const CategoryRow *row = data;

  g_assert_cmpint (find_case (row->key)->category, ==, row->category);
}

static void
test_load (void)
{
  const CrConfCase *c;

  /* 9 + 1 Recognizers rows, 7 + 21 + 2 peers rows; the alts file adds none. */
  g_assert_cmpuint (mini_cases->len, ==, 40);

  c = find_case ("El acuerdo se firmó el 5 de mayo de 2019.");
  g_assert_cmpint (c->language, ==, CR_LANGUAGE_ES);
  g_assert_cmpstr (c->suite, ==, "chrono");
  g_assert_cmpint (c->span_start, ==, 23);
  g_assert_cmpint (c->span_end, ==, 40);
  g_assert_cmpint (c->dct, ==, day ("2019-06-01"));

  /* Backslash escapes are undone, and the span is found after the tab. */
  c = find_case ("Primera línea\tsegunda: el 3 de junio de 2019");
  g_assert_cmpint (c->span_start, ==, 26);

  c = find_case ("mini-en-1");
  g_assert_cmpint (c->language, ==, CR_LANGUAGE_EN);
  g_assert_true (c->has_interval);
  g_assert_true (c->lenient_end);
  g_assert_cmpint (c->expected.last, ==, day ("2020-06-30"));

  /* Duckling's offset is dropped: the reference day is the wall-clock one. */
  c = find_case ("last week");
  g_assert_cmpint (c->dct, ==, day ("2013-02-12"));
  g_assert_cmpint (c->span_start, ==, 0);
  g_assert_cmpint (c->span_end, ==, 9);

  c = find_case ("nowhere near the capital");
  g_assert_cmpint (c->dct, ==, CR_DAY_UNKNOWN);
}

static void
test_grain_interval (void)
{
  CrConfInterval iv;

  g_assert_true (cr_conf_parse_grain_interval ("2024", "year", &iv));
  g_assert_cmpint (iv.first, ==, day ("2024-01-01"));
  g_assert_cmpint (iv.last, ==, day ("2024-12-31"));
  g_assert_true (cr_conf_parse_grain_interval ("2024-02", "month", &iv));
  g_assert_cmpint (iv.last, ==, day ("2024-02-29"));
  g_assert_true (cr_conf_parse_grain_interval ("2024-10-01", "quarter", &iv));
  g_assert_cmpint (iv.last, ==, day ("2024-12-31"));
  g_assert_true (cr_conf_parse_grain_interval ("2024-12-30", "week", &iv));
  g_assert_cmpint (iv.last, ==, day ("2025-01-05"));
  g_assert_false (cr_conf_parse_grain_interval ("2024-12-30T10", "hour", &iv));
  g_assert_false (cr_conf_parse_grain_interval ("-2014", "year", &iv));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  dir = g_test_build_filename (G_TEST_DIST, "data", "conformance-mini", NULL);
  mini_cases = cr_conf_load_dir (dir, &error);
  g_assert_no_error (error);

  g_test_add_func ("/conformance/load", test_load);
  g_test_add_func ("/conformance/grain-interval", test_grain_interval);
  for (guint i = 0; i < G_N_ELEMENTS (category_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/conformance/category/%u", i);
      g_test_add_data_func (path, &category_rows[i], test_category);
    }
  for (guint i = 0; i < G_N_ELEMENTS (score_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/conformance/score/%u", i);
      g_test_add_data_func (path, &score_rows[i], test_score);
    }

  ret = g_test_run ();
  g_ptr_array_unref (mini_cases);
  return ret;
}
