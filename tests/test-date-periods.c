/* test-date-periods.c: parts of periods, weeks, seasons and ranges
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Unless a row says otherwise the article is dated Wednesday 2025-09-03.
 * The widths of early, mid and late differ by language and by whether the
 * year is written (cr-date-extractor.h); the rows pin each of them down.
 */

#include "config.h"

#include "test-date-common.h"

#define DCT "2025-09-03"

static const DateRow rows_en[] = {
  /* The widths of early, mid and late */
  { "Elections are due early next year, the minister said.", DCT,
    { { "early next year", "2026", "year", "START", "relative", "2026-01-01", "2026-03-31" } } },
  { "Sales slowed at the end of the year, the report said.", DCT,
    { { "end of the year", "2025", "year", "END", "relative", "2025-09-01", "2025-12-31" } } },
  { "The plant opened at the beginning of 2019.", DCT,
    { { "beginning of 2019", "2019", "year", "START", "absolute", "2019-01-01", "2019-04-30" } } },
  { "The envoy returns mid next week for a second round.", DCT,
    { { "mid next week", "2025-W37", "week", "MID", "relative", "2025-09-09", "2025-09-12" } } },
  { "The talks should close at the end of next week.", DCT,
    { { "end of next week", "2025-W37", "week", "END", "relative", "2025-09-12", "2025-09-14" } } },
  { "Flights resume late this month, the airline said.", DCT,
    { { "late this month", "2025-09", "month", "END", "relative", "2025-09-21", "2025-09-30" } } },
  /* "around" inside a part changes nothing */
  { "Shipments resume at the end of around next week.", DCT,
    { { "end of around next week", "2025-W37", "week", "END", "relative", "2025-09-12", "2025-09-14" } } },
  { "The accord was initialled in mid-October 2024.", DCT,
    { { "mid-October 2024", "2024-10", "month", "MID", "absolute", "2024-10-11", "2024-10-20" } } },

  /* Seasons run from one solstice or equinox to the next, both included */
  { "Reservoirs fell all through the summer of 2023.", DCT,
    { { "summer of 2023", "2023-SU", "season", "", "absolute", "2023-06-21", "2023-09-23" } } },
  /* "the whole summer": the latest one begun */
  { "Crowds filled the beaches the whole summer.", DCT,
    { { "summer", "2025-SU", "season", "", "underspecified", "2025-06-21", "2025-09-23" } } },
  { "Fans queued all summer long for tickets.", DCT,
    { { "summer", "2025-SU", "season", "", "underspecified" } } },
  /* ... not a season's goods */
  { "The whole summer collection sold out.", DCT, { { NULL } } },
  /* An ordinal weekday without a month is one of the DCT's month */
  { "The vote is on the second Sunday, officials said.", DCT,
    { { "second Sunday", "2025-09-14", "day", "", "relative" } } },
  /* ... but a rank or a count is no date of its own */
  { "Hamilton finished second Sunday in Monaco.", DCT,
    { { "Sunday", "2025-08-31", "day", "", "relative" } } },
  { "The market opens every second Saturday.", DCT,
    { { "Saturday", "2025-08-30", "day", "", "relative" } } },
  { "Crowds gathered for the first Friday prayers since the truce.", DCT,
    { { "Friday", "2025-08-29", "day", "", "relative" } } },
  /* Counted from the end */
  { "Ballots go out in the second last week of October 2026.", DCT,
    { { "second last week of October 2026", "2026-W43", "week", "", "absolute", "2026-10-19", "2026-10-25" } } },
  { "The fund closes on the fifth last day of May 2026.", DCT,
    { { "fifth last day of May 2026", "2026-05-27", "day", "", "absolute" } } },
  /* Ranges: "the middle" of a period is its middle day */
  { "Prices rose from the middle of 2019 to the end of 2020.", DCT,
    { { "middle of 2019 to the end of 2020", "2019-07-02/2020-12-31", "day", "", "absolute",
        "2019-07-02", "2020-12-31" } } },
  { "The drought lasted from mid-March to late May 2024.", DCT,
    { { "mid-March to late May 2024", "2024-03-16/2024-05-31", "day", "", "absolute",
        "2024-03-16", "2024-05-31" } } },
  /* Two numeric dates joined by a dash after "from" */
  { "Exhibits run from 3/9-3/15, 2026 at the museum.", DCT,
    { { "3/9-3/15, 2026", "2026-03-09/2026-03-15", "day", "", "absolute", "2026-03-09", "2026-03-15" } } },
  /* ... and never without it */
  { "Batch 10-1-2018-10-7-2018 was recalled.", DCT, { { NULL } } },
  /* A part of the day before the link changes no day */
  { "Roads were closed from Friday evening to Sunday, police said.", DCT,
    { { "Friday evening to Sunday", "2025-08-29/2025-08-31", "day", "", "relative", "2025-08-29", "2025-08-31" } } },
  /* ... not an hour after the link */
  { "The office is open from today morning to 5 pm.", DCT,
    { { "today", "2025-09-03", "day", "", "relative" } } },
  /* Days of a month after "between" */
  { "Voting runs November between 3 and 5, officials said.", DCT,
    { { "November between 3 and 5", "2024-11-03/2024-11-05", "day", "", "underspecified",
        "2024-11-03", "2024-11-05" } } },
  { "Mortgage rates in June between 6 and 7 percent held.", DCT,
    { { "June", "2025-06", "month", "", "underspecified" } } },
  { "Rates may between 2 and 3 points fall.", DCT, { { NULL } } },
  /* "and" links a range only after "between" */
  { "The figures come from 2015 and 2016, the report said.", DCT,
    { { "2015", "2015", "year", "", "absolute" }, { "2016", "2016", "year", "", "absolute" } } },
  { "Prices doubled between 2015 and 2016.", DCT,
    { { "2015 and 2016", "2015/2016", "year", "", "absolute", "2015-01-01", "2016-12-31" } } },
  /* Two days, then "in" and their month */
  { "Talks run from 18 to 20 in November 2026.", DCT,
    { { "18 to 20 in November 2026", "2026-11-18/2026-11-20", "day", "", "absolute", "2026-11-18", "2026-11-20" } } },
  /* Days of a week after "between" */
  { "Officials will meet next week between Tuesday and Thursday.", DCT,
    { { "next week between Tuesday and Thursday", "2025-09-09/2025-09-11", "day", "", "relative",
        "2025-09-09", "2025-09-11" } } },
  /* "w/c": the week commencing that day */
  { "Deliveries w/c 10 March 2025 were late.", DCT,
    { { "10 March 2025", "2025-W11", "week", "", "absolute", "2025-03-10", "2025-03-16" } } },
  /* Years in words */
  { "The archive runs from two thousand until two thousand and ten.", DCT,
    { { "two thousand until two thousand and ten", "2000/2010", "year", "", "absolute",
        "2000-01-01", "2010-12-31" } } },
  { "Works start in the second week of two thousand and twenty six.", DCT,
    { { "second week of two thousand and twenty six", "2026-W02", "week", "", "absolute",
        "2026-01-05", "2026-01-11" } } },
  /* An ordinal week of the next year, without "of" */
  { "Talks resume in the third week next year, diplomats said.", DCT,
    { { "third week next year", "2026-W03", "week", "", "relative", "2026-01-12", "2026-01-18" } } },
  /* A quarter in lowercase with "of" and its year */
  { "Exports fell in q1 of 2024, the agency said.", DCT,
    { { "q1 of 2024", "2024-Q1", "quarter", "", "absolute", "2024-01-01", "2024-03-31" } } },
};

static const DateRow rows_es[] = {
  /* The widths of early, mid and late */
  { "Las obras terminarán a finales de este año, según el ayuntamiento.", DCT,
    { { "finales de este año", "2025", "year", "END", "relative", "2025-07-01", "2025-12-31" } } },
  { "La ley entrará en vigor a principios del año que viene.", DCT,
    { { "principios del año que viene", "2026", "year", "START", "relative", "2026-01-01", "2026-06-30" } } },
  { "La planta abrió a principios de 2019 en Vigo.", DCT,
    { { "principios de 2019", "2019", "year", "START", "absolute", "2019-01-01", "2019-04-30" } } },
  { "El enviado vuelve a mediados de la próxima semana.", DCT,
    { { "mediados de la próxima semana", "2025-W37", "week", "MID", "relative", "2025-09-09", "2025-09-12" } } },
  { "El pacto se cerró a finales de la semana pasada.", DCT,
    { { "finales de la semana pasada", "2025-W35", "week", "END", "relative", "2025-08-28", "2025-08-31" } } },
  { "El pleno lo votó a mediados de octubre de 2024.", DCT,
    { { "mediados de octubre de 2024", "2024-10", "month", "MID", "absolute", "2024-10-10", "2024-10-20" } } },
  { "Los pagos llegan a principios de mes a las cuentas.", DCT,
    { { "principios de mes", "2025-09", "month", "START", "relative", "2025-09-01", "2025-09-15" } } },
  { "La fábrica cerró a finales de marzo tras la huelga.", DCT,
    { { "finales de marzo", "2025-03", "month", "END", "underspecified", "2025-03-16", "2025-03-31" } } },

  /* Seasons run from one solstice or equinox to the next, both included */
  { "El invierno de 2022 fue el más seco del siglo.", DCT,
    { { "invierno de 2022", "2022-WI", "season", "", "absolute", "2022-12-21", "2023-03-20" } } },
  /* An ordinal weekday without a month is one of the DCT's month */
  { "La marcha será el segundo domingo, según los convocantes.", DCT,
    { { "segundo domingo", "2025-09-14", "day", "", "relative" } } },
  { "Es su primer domingo como alcalde.", DCT,
    { { "domingo", "2025-08-31", "day", "", "relative" } } },
  /* Ranges: "mediados" is the middle day; the start takes the end's year */
  { "La sequía duró de mediados de marzo a finales de mayo de 2024.", DCT,
    { { "mediados de marzo a finales de mayo de 2024", "2024-03-16/2024-05-31", "day", "", "absolute",
        "2024-03-16", "2024-05-31" } } },
  /* Two numeric dates joined by a dash after "de", "del" */
  { "Las obras irán de 1-10-2026-7-10-2026, según el consistorio.", DCT,
    { { "1-10-2026-7-10-2026", "2026-10-01/2026-10-07", "day", "", "absolute", "2026-10-01", "2026-10-07" } } },
  { "El corte será del 28/2-1/3 en el centro.", DCT,
    { { "28/2-1/3", "2026-02-28/2026-03-01", "day", "", "underspecified", "2026-02-28", "2026-03-01" } } },
  /* A weekday in two letters before the end's date */
  { "La muestra abrió del 3 de marzo hasta Mi, 12 de marzo de 2025.", DCT,
    { { "3 de marzo hasta Mi, 12 de marzo de 2025", "2025-03-03/2025-03-12", "day", "", "absolute",
        "2025-03-03", "2025-03-12" } } },
  /* "y" links a range only after "entre" */
  { "Los datos son de 2015 y 2016.", DCT,
    { { "2015", "2015", "year", "", "absolute" }, { "2016", "2016", "year", "", "absolute" } } },
  { "Los precios subieron entre 2015 y 2016.", DCT,
    { { "2015 y 2016", "2015/2016", "year", "", "absolute", "2015-01-01", "2016-12-31" } } },
  /* Two days, then "en" and their month */
  { "La cumbre será del 18 al 19 en noviembre de 2026.", DCT,
    { { "18 al 19 en noviembre de 2026", "2026-11-18/2026-11-19", "day", "", "absolute", "2026-11-18", "2026-11-19" } } },
  /* Days of a week after "entre" */
  { "Se reunirán la próxima semana entre el martes y el jueves.", DCT,
    { { "próxima semana entre el martes y el jueves", "2025-09-09/2025-09-11", "day", "", "relative",
        "2025-09-09", "2025-09-11" } } },
  /* Days of a month after "entre" */
  { "La feria será en noviembre entre el 3 y el 5.", DCT,
    { { "noviembre entre el 3 y el 5", "2024-11-03/2024-11-05", "day", "", "underspecified",
        "2024-11-03", "2024-11-05" } } },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Report every wrong field of every row, not only the first. */
  g_test_set_nonfatal_assertions ();

  add_date_rows ("/date/periods/en", rows_en, G_N_ELEMENTS (rows_en), CR_LANGUAGE_EN);
  add_date_rows ("/date/periods/es", rows_es, G_N_ELEMENTS (rows_es), CR_LANGUAGE_ES);

  return g_test_run ();
}
