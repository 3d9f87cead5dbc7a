/* test-date-relative.c: relative and counted expressions, both languages
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Unless a row says otherwise the article is dated Wednesday 2025-09-03.
 */

#include "config.h"

#include "test-date-common.h"

#define DCT "2025-09-03"

static const DateRow rows_en[] = {
  /* "previous Tuesday" is the Tuesday of the week before; "last
   * Tuesday" stays the most recent one */
  { "The board had met the previous Tuesday, a spokesman said.", DCT,
    { { "previous Tuesday", "2025-08-26", "day", "", "relative" } } },
  { "The board met last Tuesday.", DCT,
    { { "last Tuesday", "2025-09-02", "day", "", "relative" } } },
  /* "this Monday" is the coming one, the DCT's own day included */
  { "The committee meets this Monday to vote.", DCT,
    { { "this Monday", "2025-09-08", "day", "", "relative" } } },
  { "The committee meets this Wednesday to vote.", DCT,
    { { "this Wednesday", "2025-09-03", "day", "", "relative" } } },

  /* "within" several amounts: from the DCT to the day before the end */
  { "The company must repay the loan within two years and six months.", DCT,
    { { "within two years and six months", "2025-09-03/2028-03-02", "day", "", "relative",
        "2025-09-03", "2028-03-02" } } },
  { "Inspectors will return within the next 3 weeks 2 days, the agency said.", DCT,
    { { "within the next 3 weeks 2 days", "2025-09-03/2025-09-25", "day", "", "relative" } } },

  /* Several amounts after "past", "next": up to or from the DCT */
  { "Prices rose over the past two years and six months.", DCT,
    { { "past two years and six months", "2023-03-03/2025-09-02", "day", "", "relative" } } },
  /* ... unless the last of them is counted back on its own */
  { "The firm grew in the last 3 months and 2 days ago it listed its shares.", DCT,
    { { "last 3 months", "2025-06-03/2025-09-02", "day", "", "relative" },
      { "2 days ago", "2025-09-01", "day", "", "relative" } } },

  /* "less than" a count from a day: the days up to it */
  { "The ceasefire must be agreed less than 10 days from today.", DCT,
    { { "less than 10 days from today", "2025-09-03/2025-09-12", "day", "", "relative" } } },
  { "The fine is less than 2 weeks of pay.", DCT, { { NULL } } },
  { "Reserves could run dry 6 months in the future, analysts warn.", DCT,
    { { "6 months in the future", "2025-09-04/2026-03-03", "day", "", "relative" } } },

  /* Counted from a weekday: the coming one; from a date: its start */
  { "The strike starts 3 days from Friday.", DCT,
    { { "3 days from Friday", "2025-09-08", "day", "", "relative" } } },
  { "The mine closed in two years since 2019, a report found.", DCT,
    { { "two years since 2019", "2021-01-01", "day", "", "relative" } } },
  { "It was the first drop in ten years since 2008.", DCT,
    { { "since 2008", "2008", "year", "ON_OR_AFTER", "absolute" } } },

  /* "after this year": the next one on */
  { "Rates will stay high until after this year, the bank said.", DCT,
    { { "after this year", "2026", "year", "ON_OR_AFTER", "relative", "2026-01-01", "2026-12-31" } } },
  { "No decision is expected before this month.", DCT,
    { { "before this month", "2025-08", "month", "ON_OR_BEFORE", "relative" } } },

  /* Business days skip Saturday and Sunday */
  { "Ballots will be counted over the next 3 business days.", DCT,
    { { "next 3 business days", "2025-09-04/2025-09-08", "day", "", "relative" } } },
  { "Shares fell in the previous 2 working days.", DCT,
    { { "previous 2 working days", "2025-09-01/2025-09-02", "day", "", "relative" } } },
  { "The refund arrives in five business days.", DCT,
    { { "five business days", "2025-09-10", "day", "", "relative" } } },
  { "Trading resumes next weekday.", "2025-09-05",
    { { "next weekday", "2025-09-08", "day", "", "relative" } } },
  { "Markets were shut the last weekday before the storm.", "2025-09-05", { { NULL } } },
  { "Bills are due on the last weekday of the month.", DCT, { { NULL } } },

  /* A weekday with a counted day: that weekday of its week */
  { "The summit opens Monday two weeks from now.", DCT,
    { { "Monday two weeks from now", "2025-09-15", "day", "", "relative" } } },
  { "The ship docks in 8 days on Thursday.", DCT,
    { { "8 days on Thursday", "2025-09-11", "day", "", "relative" } } },
};

static const DateRow rows_es[] = {
  { "El consejo se había reunido el martes anterior, según un portavoz.", DCT,
    { { "martes anterior", "2025-08-26", "day", "", "relative" } } },
  { "El consejo se reunió el martes pasado.", DCT,
    { { "martes pasado", "2025-09-02", "day", "", "relative" } } },
  /* "este lunes" es el de esta semana, ya pasado o no */
  { "El comité votó este lunes la reforma.", DCT,
    { { "este lunes", "2025-09-01", "day", "", "relative" } } },

  /* "dentro de los próximos": from the DCT to the day before the end */
  { "Las obras terminarán dentro de los próximos tres meses.", DCT,
    { { "dentro de los próximos tres meses", "2025-09-03/2025-12-02", "day", "", "relative" } } },
  /* ... but "dentro de" alone is the day it names, amounts added up */
  { "El pago llegará dentro de un año, dos meses y diez días.", DCT,
    { { "dentro de un año, dos meses y diez días", "2026-11-13", "day", "", "relative" } } },
  { "La ley entrará en vigor dentro de diez días a partir de mañana.", DCT,
    { { "dentro de diez días a partir de mañana", "2025-09-14", "day", "", "relative" } } },

  /* Varias cantidades tras "últimos", "próximos" */
  { "La inflación subió en los últimos dos años y tres meses.", DCT,
    { { "últimos dos años y tres meses", "2023-06-03/2025-09-02", "day", "", "relative" } } },

  { "La mina cerró en dos años desde 2019, según un informe.", DCT,
    { { "dos años desde 2019", "2021-01-01", "day", "", "relative" } } },
  /* "próximas semana": la concordancia falla, la semana queda */
  { "Las obras seguirán las próximas semana.", DCT,
    { { "próximas semana", "2025-W37", "week", "", "relative" } } },
  { "Los próximos días serán duros.", DCT, { { NULL } } },
  /* "que vienen": los próximos */
  { "Las tres semanas que vienen serán decisivas.", DCT,
    { { "tres semanas que vienen", "2025-09-04/2025-09-24", "day", "", "relative" } } },
  /* "anterior a", "siguiente al": counted from something else */
  { "El año anterior a la revolución hubo hambre.", DCT, { { NULL } } },
  { "El día siguiente al voto hubo protestas.", DCT, { { NULL } } },
  { "El día siguiente hubo protestas.", DCT,
    { { "día siguiente", "2025-09-04", "day", "", "relative" } } },

  /* "pasado", "próximo" pick the year of a day written without it */
  { "La obra se inauguró el pasado 15 de octubre.", DCT,
    { { "pasado 15 de octubre", "2024-10-15", "day", "", "underspecified" } } },
  { "La obra se inaugurará el próximo 2 de marzo.", DCT,
    { { "próximo 2 de marzo", "2026-03-02", "day", "", "underspecified" } } },

  /* Días hábiles: sin sábados ni domingos */
  { "Los resultados se publicarán en los próximos 3 días hábiles.", DCT,
    { { "próximos 3 días hábiles", "2025-09-04/2025-09-08", "day", "", "relative" } } },
  { "La bolsa cayó en los 2 días hábiles anteriores.", DCT,
    { { "2 días hábiles anteriores", "2025-09-01/2025-09-02", "day", "", "relative" } } },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Report every wrong field of every row, not only the first. */
  g_test_set_nonfatal_assertions ();

  add_date_rows ("/date/relative/en", rows_en, G_N_ELEMENTS (rows_en), CR_LANGUAGE_EN);
  add_date_rows ("/date/relative/es", rows_es, G_N_ELEMENTS (rows_es), CR_LANGUAGE_ES);

  return g_test_run ();
}
