/* test-date-common.h: the table runner shared by the date extractor tests
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row is a text, its language and DCT, and every expression the
 * extractor must find in it, in order; finding more or fewer fails.
 */

#pragma once

#include <string.h>

#include "cr-calendar.h"
#include "cr-date-extractor.h"

#define MAX_EXPECTED 4

typedef struct {
  const char *text;     /* the span, exactly */
  const char *value;
  const char *gran;     /* cr_granularity_to_string () */
  const char *mod;      /* "" for none */
  const char *anchor;   /* cr_timex_anchor_to_string () */
  const char *first;    /* ISO first day, or NULL not to check */
  const char *last;
} ExpectedTimex;

typedef struct {
  const char    *input;
  const char    *dct;   /* "YYYY-MM-DD" or NULL */
  ExpectedTimex  expected[MAX_EXPECTED];
} DateRow;

static inline void
check_day (const char *what,
           const char *expected,
           CrDay       day)
{
  char buf[16];

  if (expected == NULL)
    return;
  if (day == CR_DAY_UNKNOWN)
    g_assert_cmpstr (expected, ==, "?");
  else
    g_assert_cmpstr (cr_day_format_iso (day, buf, sizeof buf), ==, expected);
  (void) what;
}

static inline void
run_date_row (const DateRow *row,
              CrLanguage     lang)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) found = NULL;
  CrDay dct = CR_DAY_UNKNOWN, last;
  guint n_expected = 0;

  if (row->dct != NULL)
    g_assert_true (cr_day_range_parse (row->dct, &dct, &last));

  found = cr_date_extract (row->input, -1, lang, dct, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);

  while (n_expected < MAX_EXPECTED && row->expected[n_expected].text != NULL)
    n_expected++;

  for (guint i = 0; i < found->len; i++)
    {
      const CrTimex *t = &g_array_index (found, CrTimex, i);
      g_autofree char *span = g_strndup (row->input + t->start_byte, t->end_byte - t->start_byte);

      g_test_message ("found «%s» %s %s mod=%s %s", span, t->value,
                      cr_granularity_to_string (t->granularity), t->mod,
                      cr_timex_anchor_to_string (t->anchor));
    }
  g_assert_cmpuint (found->len, ==, n_expected);
  if (found->len != n_expected)
    return;

  for (guint i = 0; i < n_expected; i++)
    {
      const ExpectedTimex *e = &row->expected[i];
      const CrTimex *t = &g_array_index (found, CrTimex, i);
      g_autofree char *span = g_strndup (row->input + t->start_byte, t->end_byte - t->start_byte);
      g_autofree char *prefix = g_strndup (row->input, t->start_byte);

      g_assert_cmpstr (span, ==, e->text);
      /* Character offsets agree with the bytes. */
      g_assert_cmpuint (t->start_char, ==, g_utf8_strlen (prefix, -1));
      g_assert_cmpuint (t->end_char - t->start_char, ==, g_utf8_strlen (span, -1));
      g_assert_cmpstr (t->value, ==, e->value);
      g_assert_cmpstr (cr_granularity_to_string (t->granularity), ==, e->gran);
      g_assert_cmpstr (t->mod, ==, e->mod);
      g_assert_cmpstr (cr_timex_anchor_to_string (t->anchor), ==, e->anchor);
      check_day ("first", e->first, t->first_day);
      check_day ("last", e->last, t->last_day);
    }
}

static inline void
run_date_row_en (gconstpointer data)
{
  run_date_row (data, CR_LANGUAGE_EN);
}

static inline void
run_date_row_es (gconstpointer data)
{
  run_date_row (data, CR_LANGUAGE_ES);
}

/* Registers each of the @n_rows @rows as a test "@prefix/NN", run in
 * @lang. */
static inline void
add_date_rows (const char    *prefix,
               const DateRow *rows,
               guint          n_rows,
               CrLanguage     lang)
{
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%02u", prefix, i);

      g_test_add_data_func (path, &rows[i],
                            lang == CR_LANGUAGE_ES ? run_date_row_es : run_date_row_en);
    }
}
