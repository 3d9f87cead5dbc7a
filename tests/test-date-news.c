/* test-date-news.c: the date extractor on the figures of running news
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows from a precision audit over news paragraphs: scores, tables,
 * counts, hours and set phrases that the newer constructions (eras, years
 * before 1000, spaced figures, day ranges, "after this year") must leave
 * alone, next to the dates they must still read. A row with no expected
 * expression must yield nothing. The article is dated Wednesday
 * 2025-09-03.
 */

#include "config.h"

#include "test-date-common.h"

#define DCT "2025-09-03"

static const DateRow rows_en[] = {
  /* A change of figures, not a range of days */
  { "Support for the party rose from 18 to 20 in November, the poll found.", DCT,
    { { "November", "2024-11", "month", "", "underspecified" } } },
  { "The summit runs from 18 to 20 in November 2026, its hosts said.", DCT,
    { { "18 to 20 in November 2026", "2026-11-18/2026-11-20", "day", "", "absolute", "2026-11-18", "2026-11-20" } } },
  /* "this year's": the preposition is about the noun */
  { "After this year's election the party will pick a new leader.", DCT,
    { { "this year", "2025", "year", "", "relative" } } },
  { "By the end of last year's season he had scored 20 goals.", DCT,
    { { "last year", "2024", "year", "", "relative" } } },
  { "Fares will only rise after this year, the operator said.", DCT,
    { { "after this year", "2026", "year", "ON_OR_AFTER", "relative" } } },
  /* A year counted inside something else */
  { "The stone records year 247 of the dynasty, the curator said.", DCT, { { NULL } } },
  { "The fort stood in year 247, before the legion left.", DCT,
    { { "year 247", "0247", "year", "", "absolute" } } },
  /* A row of a table of figures */
  { "Matches and goals by season:\n2016 10 16\n2017 12 5\n", DCT, { { NULL } } },
  { "The accounts were filed on 2016 10 16, the registry shows.", DCT,
    { { "2016 10 16", "2016-10-16", "day", "", "absolute" } } },
  /* The name of a day, not a weekday */
  { "Retailers hope Black Friday and Cyber Monday will rescue the year.", DCT, { { NULL } } },
  { "She told the Sunday Times that Saturday Night Live had asked her back.", DCT, { { NULL } } },
  { "The Black Monday crash and Manic Monday both date from the 1980s.", DCT,
    { { "1980s", "198", "decade", "", "absolute" } } },
  { "The senator swept the South on Super Tuesday, and on Friday she rested.", DCT,
    { { "Friday", "2025-08-29", "day", "", "relative" } } },
  /* Ages, not decades */
  { "A man in his 40s and a woman in her early 20s were taken to hospital on Monday.", DCT,
    { { "Monday", "2025-09-01", "day", "", "relative" } } },
  { "Residents in their mid-80s were moved out.", DCT, { { NULL } } },
  { "The band's biggest hits came in the 80s.", DCT,
    { { "80s", "198", "decade", "", "absolute" } } },
  /* No decade runs to a weekday */
  { "Highs will stay in the 80s until Friday, as in the 1990s until today.", DCT,
    { { "80s", "198", "decade", "", "absolute" }, { "Friday", "2025-08-29", "day", "", "relative" },
      { "1990s until today", "199/2025-09-03", "decade", "", "relative" } } },
  /* Every Monday has no day of its own; "9am" is an hour */
  { "The market is held every Monday, and the office opens Monday to Friday, 9am to 5pm.", DCT,
    { { "Monday", "XXXX-WXX-1", "day", "", "relative", "?", "?" },
      { "Monday to Friday", "2025-09-01/2025-09-05", "day", "", "relative" } } },
  { "Polls close Thursday 10 p.m., and kick-off is Sunday 2.30; the hearing is on Tuesday 16.", DCT,
    { { "Thursday", "2025-08-28", "day", "", "relative" }, { "Sunday", "2025-08-31", "day", "", "relative" },
      { "Tuesday 16", "2025-09-16", "day", "", "underspecified" } } },
  /* Spans counted inside something else */
  { "The last two years of the war were the worst, unlike the last three months of the year.", DCT,
    { { "last three months of the year", "2025-10/2025-12", "month", "", "relative" } } },
  { "It was the last day of the summit, and Tuesday was the last day for bids.", DCT,
    { { "Tuesday", "2025-09-02", "day", "", "relative" } } },
  /* "That Monday" is a day the story tells */
  { "That same week the deal collapsed, and that Monday police arrested two men.", DCT,
    { { "Monday", "XXXX-WXX-1", "day", "", "relative", "?", "?" } } },
  /* "May, who": a person */
  { "The rally was recalled by May, who resigned in 2019, and the vote is due by May.", DCT,
    { { "2019", "2019", "year", "", "absolute" }, { "May", "2025-05", "month", "", "underspecified" } } },
  /* A weekday counted from an event the text names */
  { "The attack came the Monday before the election; officials met on Monday before the vote.", DCT,
    { { "Monday", "2025-09-01", "day", "", "relative" } } },
  /* "since" looks back */
  { "Shares are up 3 percent since January 2, and this year's rally goes on.", DCT,
    { { "since January 2", "2025-01-02", "day", "ON_OR_AFTER", "underspecified" },
      { "this year", "2025", "year", "", "relative" } } },
  /* Names that hold a season */
  { "The Summer of Love inspired him, as did the Winter Olympics, and in Spring 2024 prices rose.", DCT,
    { { "Spring 2024", "2024-SP", "season", "", "absolute" } } },
  /* The quarters of a game */
  { "He played the first quarter of the game, and profits rose in the third quarter.", DCT,
    { { "third quarter", "2025-Q3", "quarter", "", "underspecified" } } },
  /* Ranks, not days of the month */
  { "The fire spread to the 12th floor, and he scored his 11th of the season.", DCT, { { NULL } } },
  { "The ruling is due on the 15th, the court said.", DCT,
    { { "15th", "2025-09-15", "day", "", "underspecified" } } },
  { "They played on Friday, the first of eight nights in London.", DCT,
    { { "Friday", "2025-08-29", "day", "", "relative" } } },
  { "Tuesday, the second coldest day of the year, brought frost.", DCT,
    { { "Tuesday", "2025-09-02", "day", "", "relative" } } },
  /* "weekday" as an adjective */
  { "The next weekday edition will carry the story; payment arrives next weekday.", DCT,
    { { "next weekday", "2025-09-04", "day", "", "relative" } } },
  /* A count of days in words, not a year */
  { "The song topped the chart for the first time in two thousand and twenty days.", DCT, { { NULL } } },
  /* A count before its noun, after "the" */
  { "The 2000 protesters marched to the 1500 homes, as in the 2019 election.", DCT,
    { { "2019", "2019", "year", "", "absolute" } } },
  /* Figures that change are not years */
  { "The index rose from 1900 to 2000 points, and membership grew from 1500 to 2000.", DCT, { { NULL } } },
  { "Prices rose from 2010 to 2015, the data show.", DCT,
    { { "2010 to 2015", "2010/2015", "year", "", "absolute" } } },
  /* Scores and the modal */
  { "Spurs won 10-12 on penalties after a 3-3 draw.", DCT, { { NULL } } },
  { "The bid for 2036 may be decided within weeks.", DCT,
    { { "2036", "2036", "year", "", "absolute" } } },
  /* "about" what is talked of; "about" a year */
  { "Investors are worried about next year, the bank said.", DCT,
    { { "next year", "2026", "year", "", "relative" } } },
  { "Senators were warned about the ides of March, and investors asked about 2024.", DCT,
    { { "ides of March", "2025-03-15", "day", "", "underspecified" }, { "2024", "2024", "year", "", "absolute" } } },
  { "The chapel was built in about 1850.", DCT,
    { { "about 1850", "1850", "year", "APPROX", "absolute" } } },
  /* An era after "the year" */
  { "Thai calendars mark the year 2568 BE this year.", DCT,
    { { "year 2568 BE", "2025", "year", "", "absolute" }, { "this year", "2025", "year", "", "relative" } } },
  /* A text that writes the day first writes its figures so */
  { "Hearings ran from 4 to 15 November 2024, after a memo dated 12/03/2018.", DCT,
    { { "4 to 15 November 2024", "2024-11-04/2024-11-15", "day", "", "absolute" },
      { "12/03/2018", "2018-03-12", "day", "", "absolute" } } },
  /* A list of months or quarters shares its last item's year */
  { "Sales fell in January and February 2024, and in Q1 and Q2 2023.", DCT,
    { { "January", "2024-01", "month", "", "absolute" }, { "February 2024", "2024-02", "month", "", "absolute" },
      { "Q1", "2023-Q1", "quarter", "", "absolute" }, { "Q2 2023", "2023-Q2", "quarter", "", "absolute" } } },
  { "Sales rose in May and in 2024.", DCT,
    { { "May", "2025-05", "month", "", "underspecified" }, { "2024", "2024", "year", "", "absolute" } } },
  /* Two days running in one date */
  { "Strikes were held on May 5 and 6, 2023, and on May 5 and 6 people marched.", DCT,
    { { "May 5 and 6, 2023", "2023-05-05/2023-05-06", "day", "", "absolute", "2023-05-05", "2023-05-06" },
      { "May 5", "2025-05-05", "day", "", "underspecified" } } },
  /* Versions written as dates */
  { "Users of version 5.1.2024 and build 2016 10 16 should update, unlike the build of 2016.", DCT,
    { { "2016", "2016", "year", "", "absolute" } } },
  /* Measures written as dates */
  { "Search answers in 11-24 ms, and the trail is 10-12 km long.", DCT, { { NULL } } },
  /* Codes glued to a figure: a version, or a half of a year */
  { "Windows 11 24H2 users get the patch, and 2016H2 was weak.", DCT,
    { { "2016H2", "2016-H2", "half", "", "absolute" } } },
  /* Names written as dates */
  { "Shops near the 9/11 memorial now open 24/7.", DCT, { { NULL } } },
  /* The end of a short range is written in the start's order */
  { "The fair runs 28/2-1/3 at the showground.", DCT,
    { { "28/2-1/3", "2026-02-28/2026-03-01", "day", "", "underspecified", "2026-02-28", "2026-03-01" } } },
  /* "the same week" of another year is not this week */
  { "Sales rose 4 percent on the same week of 2024.", DCT,
    { { "2024", "2024", "year", "", "absolute" } } },
};

static const DateRow rows_es[] = {
  /* "a las" tells an hour, never the end of a range of days */
  { "El tren saldrá el lunes 8 de septiembre a las 19.30 de Atocha.", DCT,
    { { "lunes 8 de septiembre", "2025-09-08", "day", "", "underspecified" } } },
  { "El partido aplazado se jugará el 1-10 a las 21.00 en Vigo.", DCT,
    { { "1-10", "2025-10-01", "day", "", "underspecified" } } },
  /* Days counted, not days of the month */
  { "La ofensiva entró en su día 1.290 sin avances.", DCT, { { NULL } } },
  { "Los presos cumplieron el día 15 de la huelga de hambre.", DCT, { { NULL } } },
  { "El pleno votará el día 18, dijo la alcaldesa.", DCT,
    { { "día 18", "2025-09-18", "day", "", "underspecified" } } },
  { "Desde el día uno, la consejera quiso bajar las listas de espera.", DCT, { { NULL } } },
  { "La orden se firmará el día nueve.", DCT,
    { { "día nueve", "2025-09-09", "day", "", "underspecified" } } },
  /* A change of figures, not a range of days */
  { "El apoyo al partido pasó del 18 al 20 en noviembre, según la encuesta.", DCT,
    { { "noviembre", "2024-11", "month", "", "underspecified" } } },
  /* A year counted inside something else */
  { "La estela cita el año 247 de la dinastía, según la conservadora.", DCT, { { NULL } } },
  { "El templo se levantó en el año 247 de nuestra era.", DCT,
    { { "año 247", "0247", "year", "", "absolute" } } },
  /* The name of a day, not a weekday */
  { "La procesión del Viernes Santo saldrá de la catedral, y el lunes habrá misa.", DCT,
    { { "lunes", "2025-09-01", "day", "", "relative" } } },
  { "El Domingo de Ramos cortaron la calle, y los analistas hablaron del lunes negro.", DCT, { { NULL } } },
  /* A count of people, not a decade */
  { "Los noventa diputados votaron, y los ochenta detenidos salieron tras noventa minutos.", DCT, { { NULL } } },
  { "La moda de los noventa vuelve a las tiendas.", DCT,
    { { "noventa", "199", "decade", "", "absolute" } } },
  /* Streets and squares named after a date */
  { "El fuego empezó en la calle 23 de Mayo y llegó a la plaza del Dos de Mayo.", DCT, { { NULL } } },
  { "Los manifestantes cortaron la 9 de Julio; el 9 de julio es fiesta.", DCT,
    { { "9 de julio", "2025-07-09", "day", "", "underspecified" } } },
  { "La calle se cortó el 5 de febrero, y el dos de mayo se reabrió.", DCT,
    { { "5 de febrero", "2026-02-05", "day", "", "underspecified" },
      { "dos de mayo", "2025-05-02", "day", "", "underspecified" } } },
  { "La canción volvió a lo más alto por primera vez en dos mil veinte días.", DCT, { { NULL } } },
  { "La versión 5.1.2024 y el parche 11.2016 corrigen el fallo.", DCT, { { NULL } } },
  { "Llovió en junio, julio y agosto de 2023.", DCT,
    { { "junio", "2023-06", "month", "", "absolute" }, { "julio", "2023-07", "month", "", "absolute" },
      { "agosto de 2023", "2023-08", "month", "", "absolute" } } },
  { "Nevó en diciembre y enero de 2024.", DCT,
    { { "diciembre", "2023-12", "month", "", "absolute" }, { "enero de 2024", "2024-01", "month", "", "absolute" } } },
  { "El índice pasó de 1900 a 2000, y la plantilla, de 1500 a 2000 empleados.", DCT, { { NULL } } },
  { "Gobernó de 1982 a 1996.", DCT,
    { { "1982 a 1996", "1982/1996", "year", "", "absolute" } } },
  /* The period of an ordinal day ("1o.") */
  { "El informe se presentará el 1o. de septiembre en la capital.", DCT,
    { { "1o. de septiembre", "2025-09-01", "day", "", "underspecified" } } },
  { "Los 1500 vecinos protestaron en 2019.", DCT,
    { { "2019", "2019", "year", "", "absolute" } } },
  { "El mercado se instala cada jueves en la plaza.", DCT,
    { { "jueves", "XXXX-WXX-4", "day", "", "relative", "?", "?" } } },
  { "El partido es el domingo 21.00 y la votación, el sábado 15 horas; el martes 16 hay pleno.", DCT,
    { { "domingo", "2025-08-31", "day", "", "relative" }, { "sábado", "2025-08-30", "day", "", "relative" },
      { "martes 16", "2025-09-16", "day", "", "underspecified" } } },
  { "Los últimos dos años de la guerra fueron los peores.", DCT, { { NULL } } },
  { "Ese mismo mes se rompió el acuerdo, y aquel martes llovió.", DCT,
    { { "martes", "XXXX-WXX-2", "day", "", "relative", "?", "?" } } },
  /* Names that hold a month or a season */
  { "Victoria Abril, junto a Julio Iglesias, recordó la Primavera de Praga.", DCT, { { NULL } } },
  { "En Abril subió el paro, y la Primavera de 2024 fue lluviosa.", DCT,
    { { "Abril", "2025-04", "month", "", "underspecified" }, { "Primavera de 2024", "2024-SP", "season", "", "absolute" } } },
  { "El base jugó el primer cuarto, y el tercer cuarto de 2016 fue malo para la empresa.", DCT,
    { { "tercer cuarto de 2016", "2016-Q3", "quarter", "", "absolute" } } },
  /* "el pasado mes de julio" is July, not last month */
  { "El paro bajó el pasado mes de diciembre y subirá el próximo mes de marzo.", DCT,
    { { "pasado mes de diciembre", "2024-12", "month", "", "relative" },
      { "próximo mes de marzo", "2026-03", "month", "", "relative" } } },
  /* "el pasado día 15" is a day of the month, not yesterday */
  { "Ocurrió el pasado día 15 y se repetirá el próximo día 2.", DCT,
    { { "pasado día 15", "2025-08-15", "day", "", "underspecified" },
      { "próximo día 2", "2025-10-02", "day", "", "underspecified" } } },
  { "El pasado día 1 de septiembre se firmó el acuerdo.", DCT,
    { { "pasado día 1 de septiembre", "2025-09-01", "day", "", "underspecified" } } },
  /* "el día de mañana" is some day to come */
  { "El día de mañana formará gobierno, pero la reunión de mañana se aplazó.", DCT,
    { { "mañana", "2025-09-04", "day", "", "relative" } } },
  { "El ataque se produjo el lunes anterior a las elecciones.", DCT, { { NULL } } },
  /* A count before its noun */
  { "Aprobaron 12/15 alumnos, y el 12/10 hubo examen.", DCT,
    { { "12/10", "2025-10-12", "day", "", "underspecified" } } },
  { "Desde el 10 de septiembre, la tarifa subirá.", DCT,
    { { "Desde el 10 de septiembre", "2025-09-10", "day", "ON_OR_AFTER", "underspecified" } } },
  /* "al día siguiente" is the day after the story's */
  { "Al día siguiente dimitió el ministro.", DCT, { { NULL } } },
  /* Every Tuesday: a weekday with no day of its own */
  { "El museo cierra los martes desde el 1 de octubre.", DCT,
    { { "martes", "XXXX-WXX-2", "day", "", "relative", "?", "?" },
      { "desde el 1 de octubre", "2025-10-01", "day", "ON_OR_AFTER", "underspecified" } } },
  /* Laws and scores */
  { "La Ley Orgánica 3/2018 protege los datos, y el recurso 2016/2023 sigue pendiente.", DCT, { { NULL } } },
  { "El equipo suma un balance de 12-3 y ganó 10-12 en los penaltis.", DCT, { { NULL } } },
  { "El pleno 4/2025 aprobó la moción, y la sesión 12/2024 se anuló.", DCT, { { NULL } } },
  { "La final se jugará el 12-5 en Sevilla.", DCT,
    { { "12-5", "2025-05-12", "day", "", "underspecified" } } },
  /* A direction completes the year of a day written without it */
  { "El juicio empieza el próximo día 1 de marzo.", DCT,
    { { "próximo día 1 de marzo", "2026-03-01", "day", "", "underspecified" } } },
  { "El paro bajó un 2 % respecto a la misma semana de 2024.", DCT,
    { { "2024", "2024", "year", "", "absolute" } } },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Report every wrong field of every row, not only the first. */
  g_test_set_nonfatal_assertions ();

  add_date_rows ("/date/news/en", rows_en, G_N_ELEMENTS (rows_en), CR_LANGUAGE_EN);
  add_date_rows ("/date/news/es", rows_es, G_N_ELEMENTS (rows_es), CR_LANGUAGE_ES);

  return g_test_run ();
}
