/* test-date-article.c: the date extractor on whole articles
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two fixture articles written for this test (tests/data/dates/), one per
 * language, with a dateline and the constructions news uses most. The
 * dateline is the DCT, as cronista-cli does when none is given.
 */

#include "config.h"

#include "test-date-common.h"

typedef struct {
  const char    *file;
  CrLanguage     lang;
  ExpectedTimex  expected[12];
} ArticleCase;

static const ArticleCase cases[] = {
  { "article-es.txt", CR_LANGUAGE_ES, {
    { "12 de marzo de 2025", "2025-03-12", "day", "", "absolute" },
    { "este martes", "2025-03-11", "day", "", "relative" },
    { "octubre de 2023", "2023-10", "month", "", "absolute" },
    { "año pasado", "2024", "year", "", "relative" },
    { "finales de febrero", "2025-02", "month", "END", "underspecified", "2025-02-16", "2025-02-28" },
    { "5 al 7 de mayo", "2025-05-05/2025-05-07", "day", "", "underspecified" },
    { "próximo lunes", "2025-03-17", "day", "", "relative" },
  } },
  { "article-en.txt", CR_LANGUAGE_EN, {
    { "June 18, 2025", "2025-06-18", "day", "", "absolute" },
    { "Tuesday", "2025-06-17", "day", "", "relative" },
    { "Monday", "2025-06-16", "day", "", "relative" },
    { "early May", "2025-05", "month", "START", "underspecified", "2025-05-01", "2025-05-10" },
    { "2019", "2019", "year", "", "absolute" },
    { "this year", "2025", "year", "", "relative" },
    { "January 2026", "2026-01", "month", "", "absolute" },
    { "past three weeks", "2025-05-28/2025-06-17", "day", "", "relative" },
    { "within two weeks", "2025-06-18/2025-07-01", "day", "", "relative", "2025-06-18", "2025-07-01" },
    { "third quarter of 2026", "2026-Q3", "quarter", "", "absolute" },
  } },
};

static void
test_article (gconstpointer data)
{
  const ArticleCase *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "dates", c->file, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) first_pass = NULL;
  g_autoptr(GArray) found = NULL;
  const CrTimex *dateline;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);

  /* The dateline is recognised without a DCT... */
  first_pass = cr_date_extract (text, -1, c->lang, CR_DAY_UNKNOWN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first_pass->len, >, 0);
  dateline = &g_array_index (first_pass, CrTimex, 0);
  g_assert_true (dateline->flags & CR_TIMEX_FLAG_DATELINE);
  for (guint i = 1; i < first_pass->len; i++)
    g_assert_false (g_array_index (first_pass, CrTimex, i).flags & CR_TIMEX_FLAG_DATELINE);

  /* ... and everything else is resolved against it. */
  found = cr_date_extract (text, -1, c->lang, dateline->first_day, &error);
  g_assert_no_error (error);

  while (n < G_N_ELEMENTS (c->expected) && c->expected[n].text != NULL)
    n++;
  for (guint i = 0; i < found->len; i++)
    {
      const CrTimex *t = &g_array_index (found, CrTimex, i);
      g_autofree char *span = g_strndup (text + t->start_byte, t->end_byte - t->start_byte);

      g_test_message ("found «%s» %s", span, t->value);
    }
  g_assert_cmpuint (found->len, ==, n);
  if (found->len != n)
    return;

  for (guint i = 0; i < n; i++)
    {
      const ExpectedTimex *e = &c->expected[i];
      const CrTimex *t = &g_array_index (found, CrTimex, i);
      g_autofree char *span = g_strndup (text + t->start_byte, t->end_byte - t->start_byte);

      g_assert_cmpstr (span, ==, e->text);
      g_assert_cmpstr (t->value, ==, e->value);
      g_assert_cmpstr (cr_granularity_to_string (t->granularity), ==, e->gran);
      g_assert_cmpstr (t->mod, ==, e->mod);
      g_assert_cmpstr (cr_timex_anchor_to_string (t->anchor), ==, e->anchor);
      check_day ("first", e->first, t->first_day);
      check_day ("last", e->last, t->last_day);
    }
}

/* Language detection picks the same results as the explicit language. */
static void
test_auto_language (gconstpointer data)
{
  const ArticleCase *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "dates", c->file, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  a = cr_date_extract (text, -1, c->lang, 20000, NULL);
  b = cr_date_extract (text, -1, CR_LANGUAGE_AUTO, 20000, NULL);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_array_index (a, CrTimex, i).value, ==, g_array_index (b, CrTimex, i).value);
}

typedef struct {
  const char *text;
  gboolean    dateline;
} DatelineRow;

/* What counts as the publication dateline, and what does not. */
static const DatelineRow dateline_rows[] = {
  { "Título\n3 de septiembre de 2025\nAyer hubo pleno.", TRUE },
  { "Título\nMADRID, 3 de septiembre de 2025.\nAyer hubo pleno.", TRUE },
  { "Headline\nPublished: Sept. 3, 2025\nTalks failed.", TRUE },
  { "Titular\nActualizado 3 de septiembre de 2025 10:32 CET\nAyer.", TRUE },
  { "Titular\nLa cumbre del 3 de septiembre de 2025 terminó sin acuerdo.", FALSE },
  { "Titular\nEn junio de 2024\nAyer.", FALSE },
};

static void
test_dateline (gconstpointer data)
{
  const DatelineRow *row = data;
  g_autoptr(GArray) found = cr_date_extract (row->text, -1, CR_LANGUAGE_AUTO, CR_DAY_UNKNOWN, NULL);
  gboolean any = FALSE;

  for (guint i = 0; i < found->len; i++)
    if (g_array_index (found, CrTimex, i).flags & CR_TIMEX_FLAG_DATELINE)
      {
        g_assert_cmpint (g_array_index (found, CrTimex, i).first_day, ==, 20334);
        any = TRUE;
      }
  g_assert_cmpint (any, ==, row->dateline);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/date/article/%s", cases[i].file);
      g_autofree char *auto_path = g_strdup_printf ("/date/article/auto/%s", cases[i].file);

      g_test_add_data_func (path, &cases[i], test_article);
      g_test_add_data_func (auto_path, &cases[i], test_auto_language);
    }

  for (guint i = 0; i < G_N_ELEMENTS (dateline_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/date/article/dateline/%u", i);

      g_test_add_data_func (path, &dateline_rows[i], test_dateline);
    }

  return g_test_run ();
}
