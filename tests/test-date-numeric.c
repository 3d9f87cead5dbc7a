/* test-date-numeric.c: days, numeric dates, months and years in words
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows for the less common ways news write a day, a month or a year:
 * figures joined by points or spaces, the year between the day and the
 * month, years and decades in words, eras. A row without expressions
 * must find nothing: the number there is a score, a rate or a count.
 * Unless a row says otherwise the article is dated Wednesday 2025-09-03.
 */

#include "config.h"

#include "test-date-common.h"

#define DCT "2025-09-03"

static const DateRow en_rows[] = {
  /* A month and a day after "on", joined by a point */
  { "The reform passed on 4.22, weeks before the vote.", DCT,
    { { "4.22", "2025-04-22", "day", "", "underspecified" } } },
  /* A month and a year joined by a point, either way round */
  { "Sales of the model ended 11.2016, the maker said.", DCT,
    { { "11.2016", "2016-11", "month", "", "absolute", "2016-11-01", "2016-11-30" } } },
  { "The figures for 2019.7, released late, were revised.", DCT,
    { { "2019.7", "2019-07", "month", "", "absolute" } } },
  /* Figures apart */
  { "The plant opened on 2016 10 16, a Sunday.", DCT,
    { { "2016 10 16", "2016-10-16", "day", "", "absolute" }, { "Sunday", "2025-08-31", "day", "", "relative" } } },
  { "The ruling is dated 10 31 1974.", DCT,
    { { "10 31 1974", "1974-10-31", "day", "", "absolute" } } },
  /* The year between the day and the month */
  { "The order listed 2021/14/Mar as the deadline.", DCT,
    { { "2021/14/Mar", "2021-03-14", "day", "", "absolute" } } },
  { "Delivery was set for 14-2021-March, the filing says.", DCT,
    { { "14-2021-March", "2021-03-14", "day", "", "absolute" } } },
  { "Delivery was set for March-2021-14, the filing says.", DCT,
    { { "March-2021-14", "2021-03-14", "day", "", "absolute" } } },

  /* Rates, levels, decimals and counts stay numbers */
  { "The euro rose to 1.2016.", DCT, { { NULL } } },
  { "The index closed at 2015.3.", DCT, { { NULL } } },
  { "Output grew 3.2015 million tonnes.", DCT, { { NULL } } },
  { "She won on 4.22 points.", DCT, { { NULL } } },
  { "In 2016 10 16-year-olds were hired.", DCT,
    { { "2016", "2016", "year", "", "absolute" } } },
};

static const DateRow es_rows[] = {
  /* A day and a month after "el", even in two figures */
  { "El acuerdo se firmó el 4/7.", DCT,
    { { "4/7", "2025-07-04", "day", "", "underspecified" } } },
  { "La reunión fue el 5.12.", DCT,
    { { "5.12", "2025-12-05", "day", "", "underspecified" } } },
  { "La vacuna llegó 03.2021, según el ministerio.", DCT,
    { { "03.2021", "2021-03", "month", "", "absolute", "2021-03-01", "2021-03-31" } } },
  { "La obra terminó 2018.6.", DCT,
    { { "2018.6", "2018-06", "month", "", "absolute" } } },
  { "Volvió el 2019/21/marzo.", DCT,
    { { "2019/21/marzo", "2019-03-21", "day", "", "absolute" } } },
  { "El plazo vence septiembre-2026-30.", DCT,
    { { "septiembre-2026-30", "2026-09-30", "day", "", "absolute" } } },

  /* A score, a share, a percentage and a rate */
  { "El partido acabó con el 3-3.", DCT, { { NULL } } },
  { "La inflación se situó en el 4.22%.", DCT, { { NULL } } },
  { "Votó el 1/3 de la cámara.", DCT, { { NULL } } },
  { "El tipo de cambio llegó a 1.2016.", DCT, { { NULL } } },
};

static void
test_en (gconstpointer data)
{
  run_date_row (data, CR_LANGUAGE_EN);
}

static void
test_es (gconstpointer data)
{
  run_date_row (data, CR_LANGUAGE_ES);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Report every wrong field of every row, not only the first. */
  g_test_set_nonfatal_assertions ();

  for (guint i = 0; i < G_N_ELEMENTS (en_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/date/numeric/en/%02u", i);

      g_test_add_data_func (path, &en_rows[i], test_en);
    }
  for (guint i = 0; i < G_N_ELEMENTS (es_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/date/numeric/es/%02u", i);

      g_test_add_data_func (path, &es_rows[i], test_es);
    }

  return g_test_run ();
}
