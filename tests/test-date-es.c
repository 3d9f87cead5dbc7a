/* test-date-es.c: the date extractor on Spanish constructions
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Unless a row says otherwise the article is dated Wednesday 2025-09-03
 * (ISO week 36), so "este miércoles" is that day and "el lunes" the 1st.
 */

#include "config.h"

#include "test-date-common.h"

#define DCT "2025-09-03"

static const DateRow rows[] = {
  /* Full and partial dates */
  { "El acuerdo se firmó el 3 de septiembre de 2025 en Ginebra.", DCT,
    { { "3 de septiembre de 2025", "2025-09-03", "day", "", "absolute", "2025-09-03", "2025-09-03" } } },
  { "La cumbre terminó el 1 de junio con una declaración.", DCT,
    { { "1 de junio", "2025-06-01", "day", "", "underspecified", "2025-06-01", "2025-06-01" } } },
  { "Publicado el miércoles 3 de septiembre de 2025.", DCT,
    { { "miércoles 3 de septiembre de 2025", "2025-09-03", "day", "", "absolute" } } },
  { "La norma entró en vigor el 3 septiembre 2025.", DCT,
    { { "3 septiembre 2025", "2025-09-03", "day", "", "absolute" } } },
  { "Los ministros se vieron el 5 de SEPT. de 2024 en Quito.", DCT,
    { { "5 de SEPT. de 2024", "2024-09-05", "day", "", "absolute" } } },
  { "La visita fue el 12 de setiembre de 2023, según la cancillería.", DCT,
    { { "12 de setiembre de 2023", "2023-09-12", "day", "", "absolute" } } },
  { "Los actos del 1.º de mayo reunieron a miles.", DCT,
    { { "1.º de mayo", "2025-05-01", "day", "", "underspecified" } } },
  { "Se celebró el primero de mayo de 2024 sin incidentes.", DCT,
    { { "primero de mayo de 2024", "2024-05-01", "day", "", "absolute" } } },
  { "Ocurrió el veintinueve de mayo, de madrugada.", DCT,
    { { "veintinueve de mayo", "2025-05-29", "day", "", "underspecified" } } },
  { "El informe lleva fecha del 03/09/2025.", DCT,
    { { "03/09/2025", "2025-09-03", "day", "", "absolute" } } },
  { "Registro: 2025-09-03, sin incidencias.", DCT,
    { { "2025-09-03", "2025-09-03", "day", "", "absolute" } } },
  { "El contrato vence el 5-ago-2026.", DCT,
    { { "5-ago-2026", "2026-08-05", "day", "", "absolute" } } },

  /* Months, years, decades, centuries */
  { "El pacto se selló en junio de 2024 tras meses de contactos.", DCT,
    { { "junio de 2024", "2024-06", "month", "", "absolute", "2024-06-01", "2024-06-30" } } },
  { "Las protestas comenzaron en junio y no han cesado.", DCT,
    { { "junio", "2025-06", "month", "", "underspecified" } } },
  { "Los precios se dispararon en noviembre.", DCT,
    { { "noviembre", "2024-11", "month", "", "underspecified" } } },
  { "La empresa quebró en 2024.", DCT,
    { { "2024", "2024", "year", "", "absolute", "2024-01-01", "2024-12-31" } } },
  { "El año 2024 fue convulso.", DCT,
    { { "año 2024", "2024", "year", "", "absolute" } } },
  { "En los años 90 el país se abrió al comercio.", DCT,
    { { "años 90", "199", "decade", "", "absolute", "1990-01-01", "1999-12-31" } } },
  { "Durante la década de 1950 se construyó la presa.", DCT,
    { { "década de 1950", "195", "decade", "", "absolute" } } },
  { "Fue una de las guerras más cruentas del siglo XX.", DCT,
    { { "siglo XX", "19", "century", "", "absolute", "1900-01-01", "1999-12-31" } } },

  /* Quarters, halves, seasons */
  { "El primer trimestre de 2025 cerró con pérdidas.", DCT,
    { { "primer trimestre de 2025", "2025-Q1", "quarter", "", "absolute", "2025-01-01", "2025-03-31" } } },
  { "Espera mejorar en el segundo semestre de 2024.", DCT,
    { { "segundo semestre de 2024", "2024-H2", "half", "", "absolute", "2024-07-01", "2024-12-31" } } },
  { "El verano de 2023 fue el más cálido registrado.", DCT,
    { { "verano de 2023", "2023-SU", "season", "", "absolute" } } },
  { "La primavera pasada llovió poco.", DCT,
    { { "primavera pasada", "2025-SP", "season", "", "relative" } } },

  /* Deictic and relative */
  { "Hoy se vota; ayer hubo debate y anteayer, mítines.", DCT,
    { { "Hoy", "2025-09-03", "day", "", "relative" },
      { "ayer", "2025-09-02", "day", "", "relative" },
      { "anteayer", "2025-09-01", "day", "", "relative" } } },
  { "Mañana se conocerá el resultado y pasado mañana, la decisión.", DCT,
    { { "Mañana", "2025-09-04", "day", "", "relative" },
      { "pasado mañana", "2025-09-05", "day", "", "relative" } } },
  { "Kim llegó este miércoles a Beijing.", DCT,
    { { "este miércoles", "2025-09-03", "day", "", "relative" } } },
  { "El pasado lunes se reunió con el primer ministro.", DCT,
    { { "pasado lunes", "2025-09-01", "day", "", "relative" } } },
  { "El lunes habló con la prensa.", DCT,
    { { "lunes", "2025-09-01", "day", "", "relative" } } },
  { "El viernes firmó el decreto.", DCT,
    { { "viernes", "2025-08-29", "day", "", "relative" } } },
  { "El próximo lunes viajará a Moscú.", DCT,
    { { "próximo lunes", "2025-09-08", "day", "", "relative" } } },
  { "La semana pasada hubo huelga de transporte.", DCT,
    { { "semana pasada", "2025-W35", "week", "", "relative", "2025-08-25", "2025-08-31" } } },
  { "El mes que viene se votará la reforma.", DCT,
    { { "mes que viene", "2025-10", "month", "", "relative" } } },
  { "El año pasado crecieron las exportaciones.", DCT,
    { { "año pasado", "2024", "year", "", "relative" } } },
  { "Hace tres días que no llueve en la capital.", DCT,
    { { "Hace tres días", "2025-08-31", "day", "", "relative" } } },
  { "La sonda partió hace un año.", DCT,
    { { "hace un año", "2024-09-03", "day", "", "relative" } } },
  { "Dentro de dos semanas habrá elecciones.", DCT,
    { { "Dentro de dos semanas", "2025-09-17", "day", "", "relative" } } },
  { "El fin de semana pasado hubo tormentas.", DCT,
    { { "fin de semana pasado", "2025-W35-WE", "week", "", "relative", "2025-08-30", "2025-08-31" } } },
  { "En los últimos tres años la deuda se duplicó.", DCT,
    { { "últimos tres años", "2022-09-03/2025-09-02", "day", "", "relative", "2022-09-03", "2025-09-02" } } },
  { "La primera semana de octubre de 2025 habrá cumbre.", DCT,
    { { "primera semana de octubre de 2025", "2025-W40", "week", "", "absolute", "2025-09-29", "2025-10-05" } } },

  /* Ranges */
  { "Del 1 al 3 de septiembre se celebró la feria.", DCT,
    { { "1 al 3 de septiembre", "2025-09-01/2025-09-03", "day", "", "underspecified", "2025-09-01", "2025-09-03" } } },
  { "Entre 2014 y 2016 gobernó la coalición.", DCT,
    { { "2014 y 2016", "2014/2016", "year", "", "absolute", "2014-01-01", "2016-12-31" } } },
  { "De junio a agosto de 2024 subieron los precios.", DCT,
    { { "junio a agosto de 2024", "2024-06/2024-08", "month", "", "absolute", "2024-06-01", "2024-08-31" } } },
  /* Without a year, the nearest such days to the DCT. */
  { "Estará preso entre el 1 de diciembre y el 4 de febrero.", DCT,
    { { "1 de diciembre y el 4 de febrero", "2025-12-01/2026-02-04", "day", "", "underspecified",
        "2025-12-01", "2026-02-04" } } },

  /* The end of a month range follows its start. */
  { "La temporada va de noviembre a marzo.", DCT,
    { { "noviembre a marzo", "2024-11/2025-03", "month", "", "underspecified", "2024-11-01", "2025-03-31" } } },
  { "Firmaron 3 de mayo de 2024 el convenio.", DCT,
    { { "3 de mayo de 2024", "2024-05-03", "day", "", "absolute" } } },

  { "Se casaron el 9 de 8 de 1971 en Quito.", DCT,
    { { "9 de 8 de 1971", "1971-08-09", "day", "", "absolute" } } },
  { "La entrega está prevista para el 22/04.", DCT,
    { { "22/04", "2025-04-22", "day", "", "underspecified" } } },
  { "La reunión será el próximo 6 de abril.", DCT,
    { { "próximo 6 de abril", "2026-04-06", "day", "", "underspecified" } } },
  { "Ocurrió el día después de mañana, dijo en broma.", DCT,
    { { "día después de mañana", "2025-09-05", "day", "", "relative" } } },

  { "Creció en 2023 y 2024 por encima del 3 %.", DCT,
    { { "2023", "2023", "year", "", "absolute" },
      { "2024", "2024", "year", "", "absolute" } } },
  { "Llovió en febrero, marzo y julio.", DCT,
    { { "febrero", "2025-02", "month", "", "underspecified" },
      { "marzo", "2025-03", "month", "", "underspecified" },
      { "julio", "2025-07", "month", "", "underspecified" } } },

  { "Nació el 28 de marzo de mil novecientos noventa y dos.", DCT,
    { { "28 de marzo de mil novecientos noventa y dos", "1992-03-28", "day", "", "absolute" } } },

  /* Modifiers */
  { "A principios de 2024 se anunció el plan.", DCT,
    { { "principios de 2024", "2024", "year", "START", "absolute", "2024-01-01", "2024-04-30" } } },
  { "A mediados de junio de 2023 se firmó.", DCT,
    { { "mediados de junio de 2023", "2023-06", "month", "MID", "absolute", "2023-06-10", "2023-06-20" } } },
  { "A finales del año pasado cayó el Gobierno.", DCT,
    { { "finales del año pasado", "2024", "year", "END", "relative" } } },
  { "Hacia 1990 la ciudad era otra.", DCT,
    { { "Hacia 1990", "1990", "year", "APPROX", "absolute" } } },
  { "Antes de 2020 no existía la plataforma.", DCT,
    { { "Antes de 2020", "2020", "year", "BEFORE", "absolute" } } },
  { "Desde 2019 vive en Lima.", DCT,
    { { "Desde 2019", "2019", "year", "ON_OR_AFTER", "absolute" } } },

  /* Without a DCT the relative ones stay open */
  { "El miércoles hubo reunión del gabinete.", NULL,
    { { "miércoles", "XXXX-WXX-3", "day", "", "relative", "?", "?" } } },
  /* Partes del periodo en curso, cortadas en el día de publicación */
  { "El Gobierno aprobará la ley más tarde este mes.", DCT,
    { { "más tarde este mes", "2025-09-16/2025-09-30", "day", "", "relative", "2025-09-16", "2025-09-30" } } },
  { "La bolsa cayó más temprano esta semana.", DCT,
    { { "más temprano esta semana", "2025-09-01/2025-09-02", "day", "", "relative" } } },
  { "El puerto seguirá cerrado el resto del año.", DCT,
    { { "resto del año", "2025-09-03/2025-12-31", "day", "", "relative" } } },
  { "Hubo cortes el resto de la semana pasada.", DCT,
    { { "resto de la semana pasada", "2025-08-25/2025-08-31", "day", "", "relative" } } },
  { "Ambos líderes hablaron la misma semana.", DCT,
    { { "misma semana", "2025-W36", "week", "", "relative" } } },
  { "Se convocó una cumbre para la semana que comienza el 8 de septiembre.", DCT,
    { { "semana que comienza el 8 de septiembre", "2025-W37", "week", "", "underspecified" } } },
  { "Más de 2.000 personas llegaron más tarde; el resto, el mismo equipo.", DCT, { { NULL } } },
  /* Rangos que acaban o empiezan ahora */
  { "La inflación subió entre enero de 2025 y ahora.", DCT,
    { { "enero de 2025 y ahora", "2025-01/2025-09-03", "month", "", "relative", "2025-01-01", "2025-09-03" } } },
  { "Habrá reuniones entre ahora y el 15 de noviembre.", DCT,
    { { "ahora y el 15 de noviembre", "2025-09-03/2025-11-15", "day", "", "relative" } } },
  { "Ahora el ministro dice que todo fue bien.", DCT, { { NULL } } },
  /* Las primeras o últimas unidades de un periodo, y su n-ésimo mes */
  { "Los primeros diez días del año pasado fueron fríos.", DCT,
    { { "primeros diez días del año pasado", "2024-01-01/2024-01-10", "day", "", "relative" } } },
  { "El noveno mes del próximo año habrá elecciones.", DCT,
    { { "noveno mes del próximo año", "2026-09", "month", "", "relative" } } },
  { "Los primeros días de mayo llovió.", DCT,
    { { "mayo", "2025-05", "month", "", "underspecified" } } },
  /* Rangos de fechas en cifras y años tras una coma */
  { "El periodo 10/1-11/2/2017 fue tranquilo.", DCT,
    { { "10/1-11/2/2017", "2017-01-10/2017-02-11", "day", "", "absolute" } } },
  { "Se presentó el 08/12,2015 en el registro.", DCT,
    { { "08/12,2015", "2015-12-08", "day", "", "absolute" } } },
  { "Las ventas crecieron desde 2010 hasta la fecha.", DCT,
    { { "desde 2010 hasta la fecha", "2010/2025-09-02", "year", "", "relative", "2010-01-01", "2025-09-02" } } },
  { "El club se fundó en mil novecientos veintiocho.", DCT,
    { { "mil novecientos veintiocho", "1928", "year", "", "absolute" } } },
  { "Acudieron mil personas en dos mil autobuses.", DCT, { { NULL } } },
  { "Ocurrió en jun de mil novecientos noventa y nueve.", DCT,
    { { "jun de mil novecientos noventa y nueve", "1999-06", "month", "", "absolute" } } },
  { "El juicio será el miércoles el día treinta y uno.", DCT,
    { { "miércoles el día treinta y uno", "2025-12-31", "day", "", "underspecified" } } },
  { "¿Hay planes para este próximo viernes?", DCT,
    { { "este próximo viernes", "2025-09-05", "day", "", "relative" } } },
  { "La acción bajó un 20 % en el año hasta la fecha.", DCT,
    { { "año hasta la fecha", "2025-01-01/2025-09-02", "day", "", "relative" } } },
  { "La cumbre duró de noviembre a 5 de febrero de 2017.", DCT,
    { { "noviembre a 5 de febrero de 2017", "2016-11/2017-02-05", "month", "", "absolute" } } },
  { "Volveré el 15.", DCT,
    { { "15", "2025-09-15", "day", "", "underspecified" } } },
  { "Ganó mucho este calendario año.", DCT,
    { { "este calendario año", "2025", "year", "", "relative" } } },
  { "La banda triunfó en los años mil novecientos setenta.", DCT,
    { { "años mil novecientos setenta", "197", "decade", "", "absolute" } } },
  { "La cumbre fue la primera semana de octubre, el viernes.", DCT,
    { { "primera semana de octubre, el viernes", "2024-10-04", "day", "", "underspecified" } } },
  { "Vamos a tomar un café el martes once.", DCT,
    { { "martes once", "2025-11-11", "day", "", "underspecified" } } },
  { "Ocurrió 2 semanas y 2 días antes de hoy.", DCT,
    { { "2 semanas y 2 días antes de hoy", "2025-08-18", "day", "", "relative" } } },
  { "¿Estás libre dentro de tres semanas a partir de mañana?", DCT,
    { { "dentro de tres semanas a partir de mañana", "2025-09-25", "day", "", "relative" } } },
  { "Volveré el vigésimo segundo de junio.", DCT,
    { { "vigésimo segundo de junio", "2025-06-22", "day", "", "underspecified" } } },
  { "Las ventas del año calendario 18 crecieron.", DCT,
    { { "año calendario 18", "2018", "year", "", "absolute" } } },
  { "El martes once personas fueron detenidas.", DCT,
    { { "martes", "2025-09-02", "day", "", "relative" } } },
  { "La obra se terminará en verano.", NULL,
    { { "verano", "XXXX-SU", "season", "", "underspecified", "?", "?" } } },
  { "Ocurrió el 3 de mayo.", NULL,
    { { "3 de mayo", "XXXX-05-03", "day", "", "underspecified", "?", "?" } } },
  /* a day to a month, after "del", "entre" */
  { "La tarifa rige del 1 de febrero a marzo de 2026.", DCT,
    { { "1 de febrero a marzo de 2026", "2026-02-01/2026-03", "day", "", "absolute", "2026-02-01", "2026-03-31" } } },
  /* un día de la semana abreviado, con su punto */
  { "La sesión del mié. fue breve; la del lun. no.", DCT,
    { { "mié.", "2025-09-03", "day", "", "relative" }, { "lun.", "2025-09-01", "day", "", "relative" } } },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Report every wrong field of every row, not only the first. */
  g_test_set_nonfatal_assertions ();

  add_date_rows ("/date/es", rows, G_N_ELEMENTS (rows), CR_LANGUAGE_ES);

  return g_test_run ();
}
