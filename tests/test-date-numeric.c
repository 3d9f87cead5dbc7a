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

  /* Eras: the Buddhist one runs 543 years ahead */
  { "The temple was founded in 88 AD, the plaque says.", DCT,
    { { "88 AD", "0088", "year", "", "absolute", "0088-01-01", "0088-12-31" } } },
  { "The coin dates from 14 a.d. and was found in Spain.", DCT,
    { { "14 a.d.", "0014", "year", "", "absolute" } } },
  { "The calendar marks it as 10 May 2568 BE.", DCT,
    { { "10 May 2568 BE", "2025-05-10", "day", "", "absolute" } } },
  { "The chronicle dates the fire to 1024 AD August.", DCT,
    { { "1024 AD August", "1024-08", "month", "", "absolute" } } },
  /* Years before 1000 after "year", in figures or words */
  { "The town was founded in year 247, the archive says.", DCT,
    { { "year 247", "0247", "year", "", "absolute" } } },
  { "Rome celebrated the year two hundred and sixty seven.", DCT,
    { { "year two hundred and sixty seven", "0267", "year", "", "absolute" } } },
  /* Decades and years in words */
  { "Prices doubled in the twenty-tens.", DCT,
    { { "twenty-tens", "201", "decade", "", "absolute", "2010-01-01", "2019-12-31" } } },
  { "Prices doubled in the two thousands.", DCT,
    { { "two thousands", "200", "decade", "", "absolute" } } },
  { "He was born on May 2, nineteen oh five.", DCT,
    { { "May 2, nineteen oh five", "1905-05-02", "day", "", "absolute" } } },
  { "The treaty is dated June the twenty-first nineteen ninety one.", DCT,
    { { "June the twenty-first nineteen ninety one", "1991-06-21", "day", "", "absolute" } } },
  /* A two-digit year closing the sentence; a day with a point */
  { "The ruling came on 14th April 21.", DCT,
    { { "14th April 21", "2021-04-14", "day", "", "absolute" } } },
  { "The expo opened on 16. Nov. 2016.", DCT,
    { { "16. Nov. 2016", "2016-11-16", "day", "", "absolute" } } },
  /* An ordinal day alone after "on": the publication's month */
  { "The board meets on 29th.", DCT,
    { { "29th", "2025-09-29", "day", "", "underspecified" } } },
  /* A year, a comma and a month closing the phrase */
  { "The deal closed in 2016, Nov.", DCT,
    { { "2016, Nov.", "2016-11", "month", "", "absolute", "2016-11-01", "2016-11-30" } } },
  /* Calendar years; the ides: the 15th of March, May, July, October */
  { "Revenue fell in the CY2008 accounts and rose for cy24.", DCT,
    { { "CY2008", "2008", "year", "", "absolute" }, { "cy24", "2024", "year", "", "absolute" } } },
  { "The senate met on the ides of May, 2024.", DCT,
    { { "ides of May, 2024", "2024-05-15", "day", "", "absolute" } } },
  { "The Ides of June passed quietly.", DCT,
    { { "Ides of June", "2025-06-13", "day", "", "underspecified" } } },
  /* A month after "in the" */
  { "Turnout fell in the April vote.", DCT,
    { { "April", "2025-04", "month", "", "underspecified", "2025-04-01", "2025-04-30" } } },
  /* "w/c": the week commencing a day */
  { "Rotas are out for w/c 8 September.", DCT,
    { { "8 September", "2025-W37", "week", "", "underspecified", "2025-09-08", "2025-09-14" } } },
  /* "from" and "and" make two years, "between" and "and" a range */
  { "Output rose from 2015 and held in 2016.", DCT,
    { { "2015", "2015", "year", "", "absolute" }, { "2016", "2016", "year", "", "absolute" } } },
  { "Talks ran between 2015 and 2016.", DCT,
    { { "2015 and 2016", "2015/2016", "year", "", "absolute", "2015-01-01", "2016-12-31" } } },
  /* Quarters in lowercase, in pairs */
  { "Sales in q1 and q2 were flat.", DCT,
    { { "q1", "2025-Q1", "quarter", "", "underspecified" }, { "q2", "2025-Q2", "quarter", "", "underspecified" } } },
  /* A quarter after a two-digit year */
  { "Sales fell in 18q4 and 19q1.", DCT,
    { { "18q4", "2018-Q4", "quarter", "", "absolute", "2018-10-01", "2018-12-31" },
      { "19q1", "2019-Q1", "quarter", "", "absolute" } } },

  /* Rates, levels, decimals and counts stay numbers */
  { "The euro rose to 1.2016.", DCT, { { NULL } } },
  { "The index closed at 2015.3.", DCT, { { NULL } } },
  { "Output grew 3.2015 million tonnes.", DCT, { { NULL } } },
  { "She won on 4.22 points.", DCT, { { NULL } } },
  { "In 2016 10 16-year-olds were hired.", DCT,
    { { "2016", "2016", "year", "", "absolute" } } },
  /* "AD" before a noun, "ad" in lowercase; a count after a date */
  { "The trial enrolled 88 AD patients.", DCT, { { NULL } } },
  { "The 88 ad campaign ran on TV.", DCT, { { NULL } } },
  { "The match on 14th April 15 players missed.", DCT,
    { { "14th April", "2025-04-14", "day", "", "underspecified" } } },
  { "He lives on 29th Street.", DCT, { { NULL } } },
  { "Rates fell by the tens of points.", DCT, { { NULL } } },
  { "The year 12 students sat exams.", DCT, { { NULL } } },
  { "The CY 12 units shipped.", DCT, { { NULL } } },
  { "Model 18q45 ships.", DCT, { { NULL } } },
  { "He walked in the March of the Living.", DCT, { { NULL } } },
  { "Press q1 to quit, or q9 and q1 to save.", DCT, { { NULL } } },
  { "Access w/c ramps from 3 May.", DCT,
    { { "3 May", "2025-05-03", "day", "", "underspecified" } } },
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
  { "El templo se fundó en el 88 d. C., según la placa.", DCT,
    { { "88 d. C.", "0088", "year", "", "absolute" } } },
  { "Volvió el 1.º de julio, 17.", DCT,
    { { "1.º de julio, 17", "2017-07-01", "day", "", "absolute" } } },
  { "El acta es del año 247.", DCT,
    { { "año 247", "0247", "year", "", "absolute" } } },
  /* A day in words after "día": the publication's month */
  { "La reunión será el día veintinueve.", DCT,
    { { "día veintinueve", "2025-09-29", "day", "", "underspecified" } } },
  { "Llegó el día once, de noche.", DCT,
    { { "día once", "2025-09-11", "day", "", "underspecified" } } },
  { "Las ventas de t1 y t2 cayeron.", DCT,
    { { "t1", "2025-Q1", "quarter", "", "underspecified" }, { "t2", "2025-Q2", "quarter", "", "underspecified" } } },
  /* "el T3" is a quarter, "la T4" an airport terminal */
  { "Las ventas del T3 subieron; el vuelo salió de la T4 de Barajas.", DCT,
    { { "T3", "2025-Q3", "quarter", "", "underspecified" } } },
  { "Creció desde 2015 y cayó en 2016.", DCT,
    { { "desde 2015", "2015", "year", "ON_OR_AFTER", "absolute" }, { "2016", "2016", "year", "", "absolute" } } },
  /* A year in words as a sentence of its own */
  { "Fue un año duro. Mil novecientos ochenta y dos. Nadie lo olvida.", DCT,
    { { "Mil novecientos ochenta y dos", "1982", "year", "", "absolute" } } },

  /* A score, a share, a percentage and a rate; counts after "día" and
   * after a date; an amount in words */
  { "El partido acabó con el 3-3.", DCT, { { NULL } } },
  { "La inflación se situó en el 4.22%.", DCT, { { NULL } } },
  { "Votó el 1/3 de la cámara.", DCT, { { NULL } } },
  { "Para reservas, llame al 2016 10 16.", DCT, { { NULL } } },
  { "El tipo de cambio llegó a 1.2016.", DCT, { { NULL } } },
  { "Durante el día quince personas llegaron.", DCT, { { NULL } } },
  { "El cuadro costó mil novecientos noventa.", DCT, { { NULL } } },
  { "El 1.º de julio, 17 personas murieron.", DCT,
    { { "1.º de julio", "2025-07-01", "day", "", "underspecified" } } },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Report every wrong field of every row, not only the first. */
  g_test_set_nonfatal_assertions ();

  add_date_rows ("/date/numeric/en", en_rows, G_N_ELEMENTS (en_rows), CR_LANGUAGE_EN);
  add_date_rows ("/date/numeric/es", es_rows, G_N_ELEMENTS (es_rows), CR_LANGUAGE_ES);

  return g_test_run ();
}
