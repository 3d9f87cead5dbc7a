/* test-language.c: language guessing
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-language.h"

typedef struct {
  const char *text;
  CrLanguage expected;
} Row;

static const Row rows[] = {
  { "El gobierno anunció ayer que la reunión se celebrará en la capital.", CR_LANGUAGE_ES },
  { "The government said on Tuesday that the talks would be held in the capital.", CR_LANGUAGE_EN },
  { "¿Habrá acuerdo?", CR_LANGUAGE_ES },
  { "Señal", CR_LANGUAGE_ES },
  { "THE MINISTER AND THE ENVOY WERE IN TOKYO", CR_LANGUAGE_EN },
  { "LA MINISTRA Y EL ENVIADO ESTABAN EN LIMA", CR_LANGUAGE_ES },
  { "", CR_LANGUAGE_AUTO },
  { "1234 5678 90", CR_LANGUAGE_AUTO },
  /* Invalid UTF-8 is read around, not trusted. */
  { "the \xff\xfe report of the committee", CR_LANGUAGE_EN },
};

static void
test_detect (gconstpointer data)
{
  const Row *row = data;

  g_assert_cmpint (cr_language_detect (row->text, -1), ==, row->expected);
}

static void
test_detect_length (void)
{
  /* Only @len bytes are read: the English tail is ignored. */
  const char *text = "la casa de los vecinos, the house of the neighbours and the street";

  g_assert_cmpint (cr_language_detect (text, 22), ==, CR_LANGUAGE_ES);
  g_assert_cmpint (cr_language_detect (text, -1), ==, CR_LANGUAGE_EN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/language/detect/%u", i);
      g_test_add_data_func (path, &rows[i], test_detect);
    }
  g_test_add_func ("/language/length", test_detect_length);

  return g_test_run ();
}
