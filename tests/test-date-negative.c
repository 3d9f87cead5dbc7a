/* test-date-negative.c: what the date extractor must not tag
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each text holds numbers and words that look like dates and are not:
 * ordinals, quantities, model names, laws, phone numbers, times, names.
 * The extractor must find nothing, with or without a DCT.
 */

#include "config.h"

#include <string.h>

#include "cr-date-extractor.h"

typedef struct {
  const char *text;
  CrLanguage  lang;
} NegativeRow;

static const NegativeRow rows[] = {
  { "Se celebró el 80.º aniversario de la independencia.", CR_LANGUAGE_ES },
  /* A duration, not a date: "the first ... in 24 years". */
  { "Fue la primera visita del presidente en veinticuatro años.", CR_LANGUAGE_ES },
  { "It was the first summit in five years.", CR_LANGUAGE_EN },
  { "Fue el peor episodio de la Segunda Guerra Mundial.", CR_LANGUAGE_ES },
  { "Llegaron 2.000 soldados a la frontera.", CR_LANGUAGE_ES },
  { "El paro bajó el 4 % en el sector.", CR_LANGUAGE_ES },
  { "Compró un F-16 y varios helicópteros.", CR_LANGUAGE_ES },
  { "La Covid-19 cambió los hospitales.", CR_LANGUAGE_ES },
  { "La reunión del G20 acabó sin comunicado.", CR_LANGUAGE_ES },
  { "La Ley 13/2024 regula los alquileres.", CR_LANGUAGE_ES },
  { "El Real Decreto 5/2023 se publicó sin debate.", CR_LANGUAGE_ES },
  { "Para más información, llame al 91 555 12 34.", CR_LANGUAGE_ES },
  { "La sesión empieza a las 10:30 en punto.", CR_LANGUAGE_ES },
  { "Miles marcharon por la Plaza de Mayo.", CR_LANGUAGE_ES },
  { "En la Plaza de Mayo, 2024 personas pidieron justicia.", CR_LANGUAGE_ES },
  { "Acudieron 2024 personas a la consulta.", CR_LANGUAGE_ES },
  { "Viajó a Santo Domingo con su familia.", CR_LANGUAGE_ES },
  { "Por la mañana los mercados abrieron con calma.", CR_LANGUAGE_ES },
  { "Hoy en día nadie usa fax.", CR_LANGUAGE_ES },
  { "El índice subió 2024,5 puntos en la página 12.", CR_LANGUAGE_ES },
  { "Celebrated the 80th anniversary of the landing.", CR_LANGUAGE_EN },
  { "Veterans of the Second World War gathered.", CR_LANGUAGE_EN },
  { "Some 2,000 soldiers crossed the border.", CR_LANGUAGE_EN },
  { "Unemployment fell 4% in the sector.", CR_LANGUAGE_EN },
  { "The air force bought F-16 jets.", CR_LANGUAGE_EN },
  { "Covid-19 changed hospitals.", CR_LANGUAGE_EN },
  { "The G20 summit ended without a statement.", CR_LANGUAGE_EN },
  { "Law 13/2024 regulates rents.", CR_LANGUAGE_EN },
  { "Call 555-1234 or +1 202 555 0199 for details.", CR_LANGUAGE_EN },
  { "The session starts at 10:30 sharp.", CR_LANGUAGE_EN },
  { "This may take longer than expected.", CR_LANGUAGE_EN },
  { "They will march on the capital.", CR_LANGUAGE_EN },
  { "Workers march 3 miles; prices may 2 times double.", CR_LANGUAGE_EN },
  { "About 2024 people signed the petition.", CR_LANGUAGE_EN },
  { "The fund lost $2000 in fees.", CR_LANGUAGE_EN },
  { "2020", CR_LANGUAGE_EN },
  { "The score went from 4 to 22 points, then from 3 to 9 of them.", CR_LANGUAGE_EN },
  { "Markets close on Fridays; two Fridays are holidays.", CR_LANGUAGE_EN },
  { "They freed the 27 hostages, and for the 30 of them it was over.", CR_LANGUAGE_EN },
  { "Part ZX-12345678 and order-99999999 shipped.", CR_LANGUAGE_EN },
  { "Ganó 3-1 y sumó 1/2 punto; el 6 1/4% restante no cuenta.", CR_LANGUAGE_ES },
  { "Vendió el 15 % y el 15 de las casas.", CR_LANGUAGE_ES },
  { "Ganó 3 de 5 partidos y el marcador fue 3 - 2015 en el tercero.", CR_LANGUAGE_ES },
  /* two years joined by a tilde count things before a noun */
  { "They sold 2000~2010 units in all.", CR_LANGUAGE_EN },
  { "Visitors rose 1990~2000 percent.", CR_LANGUAGE_EN },
  /* "sat." and "sun." are words, "Mar." may be the sea */
  { "He sat. The sun rose over the Sat relay.", CR_LANGUAGE_EN },
  { "El Mar. Menor y el mar Muerto se secan.", CR_LANGUAGE_ES },
  /* "weekend" describing a noun is no date */
  { "Weekend editions sell well; weekend shifts pay more.", CR_LANGUAGE_EN },
  /* "día" with a number word counts days, it names none */
  { "Cada día tres personas mueren; el día uno de la guerra fue duro.", CR_LANGUAGE_ES },
  { "It was day two of the trial.", CR_LANGUAGE_EN },
  /* a fortnight without "past"/"next" is a length of time */
  { "The festival lasts a whole fortnight every year in a fortnight-long run.", CR_LANGUAGE_EN },
  { "He arrived in a week-long visit.", CR_LANGUAGE_EN },
  /* "within N ... from" needs a unit of time */
  { "The shop is within 2 blocks from the new venue.", CR_LANGUAGE_EN },
  /* "sat" and "sun" in lower case are words */
  { "He sat 3 exams under the sun 14 hours a day; this sun is hot.", CR_LANGUAGE_EN },
  /* "working" before another noun */
  { "This working group met; next working paper is out.", CR_LANGUAGE_EN },
  /* amounts in dollars are no days or years */
  { "It cost $12 or $ 2024 per seat.", CR_LANGUAGE_EN },
  /* "back to" before a quantity */
  { "The index went back to 2000 points.", CR_LANGUAGE_EN },
  /* after "May," an ordinal is a rank; "may" is a verb */
  { "You may, 3rd in line, wait.", CR_LANGUAGE_EN },
  /* "of" before a quantity: a share, round hundreds, a plural noun */
  { "One of 2019 voters, out of 2019, in a crowd of 2000 and a fleet of 2013 buses.", CR_LANGUAGE_EN },
  /* "the first" before a noun after "may" */
  { "You may the first team ask.", CR_LANGUAGE_EN },
};

static void
test_negative (gconstpointer data)
{
  const NegativeRow *row = data;

  for (int with_dct = 0; with_dct < 2; with_dct++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) found = cr_date_extract (row->text, -1, row->lang,
                                                 with_dct ? 20334 : CR_DAY_UNKNOWN, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < found->len; i++)
        {
          const CrTimex *t = &g_array_index (found, CrTimex, i);

          g_test_message ("found %s at bytes %" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT,
                          t->value, t->start_byte, t->end_byte);
        }
      g_assert_cmpuint (found->len, ==, 0);
    }
}

/* Invalid UTF-8 is an error that names the byte offset, never a crash. */
static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  GArray *found = cr_date_extract ("3 de mayo \xff de 2025", -1, CR_LANGUAGE_ES, CR_DAY_UNKNOWN, &error);

  g_assert_null (found);
  g_assert_error (error, CR_DATE_ERROR, CR_DATE_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "10"));
}

/* Text cut in the middle of a construction or a character never reads
 * past its end. */
static void
test_truncated (void)
{
  const char *text = "Del 1 al 3 de septiembre de 2025, el pasado lunes, hace tres días";
  gsize len = strlen (text);

  for (gsize n = 0; n <= len; n++)
    {
      g_autofree char *copy = g_strndup (text, n);
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) found = NULL;

      if (!g_utf8_validate (copy, n, NULL))
        continue;
      found = cr_date_extract (copy, n, CR_LANGUAGE_ES, 20334, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < found->len; i++)
        g_assert_cmpuint (g_array_index (found, CrTimex, i).end_byte, <=, n);
    }
}

/* Inputs the fuzzer found reading past the end of the text. */
static void
test_fuzz_regressions (void)
{
  static const char *inputs[] = {
    "fro0/0/00/000/000.1,10\xc8\x9b",
    "\xc3\xa9",
    "a\xc3\xa9",
};

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      gsize len = strlen (inputs[i]);
      g_autofree char *copy = g_memdup2 (inputs[i], len);   /* exact size, no nul */
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) found = cr_date_extract (copy, len, CR_LANGUAGE_EN, 20334, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (found->len, ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/date/negative/%02u", i);

      g_test_add_data_func (path, &rows[i], test_negative);
    }
  g_test_add_func ("/date/negative/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/date/negative/truncated", test_truncated);
  g_test_add_func ("/date/negative/fuzz-regressions", test_fuzz_regressions);

  return g_test_run ();
}
