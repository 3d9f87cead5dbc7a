/* test-event-merge.c: the same event across reports and languages
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-calendar.h"
#include "cr-event-merge.h"

typedef struct {
  CrLanguage language;
  const char *text;
  const char *mention;   /* substring of text */
  const char *first;
  const char *last;
  CrGranularity granularity;
} Report;

typedef struct {
  const char *name;
  Report reports[3];
  guint n_events;        /* groups expected */
  const char *title;     /* the merged event's best title, or NULL */
  const char *first;     /* the merged event's date, or NULL */
} Row;

static const Row rows[] = {
  { "cross-language-meeting",
    { { CR_LANGUAGE_ES, "Kim Jong-un se reunió con Vladimir Putin en Beijing este miércoles.",
        "este miércoles", "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY },
      { CR_LANGUAGE_EN, "Kim met Putin in Beijing on Wednesday.",
        "Wednesday", "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY } },
    1, "Reunión entre Kim Jong-un y Vladimir Putin en Beijing", "2025-09-03" },
  { "same-day-different-people",
    { { CR_LANGUAGE_ES, "Pedro Sánchez se reunió con Emmanuel Macron el 3 de septiembre de 2025.",
        "3 de septiembre de 2025", "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY },
      { CR_LANGUAGE_ES, "Donald Trump se reunió con Joe Biden el 3 de septiembre de 2025.",
        "3 de septiembre de 2025", "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY } },
    2, NULL, NULL },
  { "month-holds-day",
    { { CR_LANGUAGE_ES, "Rusia y Corea del Norte firmaron un tratado en junio de 2024.",
        "junio de 2024", "2024-06-01", "2024-06-30", CR_GRANULARITY_MONTH },
      { CR_LANGUAGE_EN, "On June 19, 2024, Russia and North Korea signed a treaty in Pyongyang.",
        "June 19, 2024", "2024-06-19", "2024-06-19", CR_GRANULARITY_DAY } },
    1, "Treaty between Russia and North Korea in Pyongyang", "2024-06-19" },
  { "year-too-vague",
    { { CR_LANGUAGE_ES, "Rusia y Corea del Norte firmaron un tratado en 2024.",
        "2024", "2024-01-01", "2024-12-31", CR_GRANULARITY_YEAR },
      { CR_LANGUAGE_EN, "On June 19, 2024, Russia and North Korea signed a treaty.",
        "June 19, 2024", "2024-06-19", "2024-06-19", CR_GRANULARITY_DAY } },
    2, NULL, NULL },
  { "different-places",
    { { CR_LANGUAGE_EN, "Putin met Kim in Beijing on Wednesday.",
        "Wednesday", "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY },
      { CR_LANGUAGE_EN, "Putin met Kim in Moscow on Wednesday.",
        "Wednesday", "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY } },
    2, NULL, NULL },
  { "different-kinds",
    { { CR_LANGUAGE_EN, "Russia announced sanctions against Japan on Monday.",
        "Monday", "2025-09-01", "2025-09-01", CR_GRANULARITY_DAY },
      { CR_LANGUAGE_EN, "Russia signed a deal with Japan on Monday.",
        "Monday", "2025-09-01", "2025-09-01", CR_GRANULARITY_DAY } },
    2, NULL, NULL },
  { "three-reports",
    { { CR_LANGUAGE_EN, "Xi Jinping hosted a military parade in Beijing on Wednesday.",
        "Wednesday", "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY },
      { CR_LANGUAGE_ES, "Xi Jinping presidió el desfile militar en Pekín el 3 de septiembre.",
        "3 de septiembre", "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY },
      { CR_LANGUAGE_ES, "En septiembre de 2025, Xi Jinping encabezó una parada militar en Beijing.",
        "septiembre de 2025", "2025-09-01", "2025-09-30", CR_GRANULARITY_MONTH } },
    1, "Military parade in Beijing", "2025-09-03" },
};

static void
fill_timex (CrTimex      *x,
            const Report *r)
{
  const char *at = strstr (r->text, r->mention);

  g_assert_nonnull (at);
  memset (x, 0, sizeof *x);
  x->start_byte = at - r->text;
  x->end_byte = x->start_byte + strlen (r->mention);
  x->start_char = g_utf8_strlen (r->text, x->start_byte);
  x->end_char = x->start_char + g_utf8_strlen (r->mention, -1);
  x->granularity = r->granularity;
  g_assert_true (cr_day_range_parse (r->first, &x->first_day, NULL));
  g_assert_true (cr_day_range_parse (r->last, &x->last_day, NULL));
  g_strlcpy (x->value, r->first, sizeof x->value);
}

static void
test_merge (gconstpointer data)
{
  const Row *row = data;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_event_candidate_free);
  g_autoptr(GPtrArray) groups = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (row->reports) && row->reports[i].text; i++)
    {
      const Report *r = &row->reports[i];
      CrTimex x;
      g_autoptr(GPtrArray) found = NULL;

      fill_timex (&x, r);
      found = cr_event_candidates_find (r->text, -1, r->language, &x, 1);
      /* Every report of these rows says one thing. */
      g_assert_cmpuint (found->len, ==, 1);
      g_ptr_array_add (candidates, g_ptr_array_steal_index (found, 0));
    }

  groups = cr_event_merge (candidates);
  g_assert_cmpuint (groups->len, ==, row->n_events);

  if (row->title != NULL)
    {
      GPtrArray *group = g_ptr_array_index (groups, 0);
      const CrEventCandidate *best = g_ptr_array_index (group, 0);
      const CrEventCandidate *dated = g_ptr_array_index (group, 0);
      CrDay first;

      for (guint i = 1; i < group->len; i++)
        {
          const CrEventCandidate *c = g_ptr_array_index (group, i);

          if (cr_event_candidate_information (c) > cr_event_candidate_information (best))
            best = c;
          dated = cr_event_candidate_more_precise (dated, c);
        }
      g_assert_cmpstr (best->title, ==, row->title);
      g_assert_true (cr_day_range_parse (row->first, &first, NULL));
      g_assert_cmpint (dated->first_day, ==, first);
    }
}

typedef struct {
  const char *a;
  CrGranularity ga;
  const char *b;
  CrGranularity gb;
  gboolean compatible;
} DateRow;

static const DateRow date_rows[] = {
  { "2025-09-03", CR_GRANULARITY_DAY, "2025-09-03", CR_GRANULARITY_DAY, TRUE },
  { "2025-09-03", CR_GRANULARITY_DAY, "2025-09-04", CR_GRANULARITY_DAY, FALSE },
  { "2025-09", CR_GRANULARITY_MONTH, "2025-09-03", CR_GRANULARITY_DAY, TRUE },
  { "2025-09-03", CR_GRANULARITY_DAY, "2025-09", CR_GRANULARITY_MONTH, TRUE },
  { "2025-08", CR_GRANULARITY_MONTH, "2025-09-03", CR_GRANULARITY_DAY, FALSE },
  { "2025", CR_GRANULARITY_YEAR, "2025-09-03", CR_GRANULARITY_DAY, FALSE },
  { "2025", CR_GRANULARITY_YEAR, "2025", CR_GRANULARITY_YEAR, TRUE },
  { "2024", CR_GRANULARITY_YEAR, "2025", CR_GRANULARITY_YEAR, FALSE },
};

static void
test_dates (gconstpointer data)
{
  const DateRow *row = data;
  CrDay af, al, bf, bl;

  g_assert_true (cr_day_range_parse (row->a, &af, &al));
  g_assert_true (cr_day_range_parse (row->b, &bf, &bl));
  g_assert_cmpint (cr_event_dates_compatible (af, al, row->ga, bf, bl, row->gb), ==, row->compatible);
  g_assert_false (cr_event_dates_compatible (CR_DAY_UNKNOWN, CR_DAY_UNKNOWN, row->ga, bf, bl, row->gb));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/event-merge/%s", rows[i].name);
      g_test_add_data_func (path, &rows[i], test_merge);
    }
  for (guint i = 0; i < G_N_ELEMENTS (date_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/event-merge/dates/%u", i);
      g_test_add_data_func (path, &date_rows[i], test_dates);
    }

  return g_test_run ();
}
