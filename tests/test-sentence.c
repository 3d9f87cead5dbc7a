/* test-sentence.c: the sentence splitter
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-sentence.h"

typedef struct {
  const char *name;
  const char *text;
  /* The expected sentences, NULL-terminated. */
  const char *sentences[6];
} Row;

static const Row rows[] = {
  { "simple-es", "La cumbre terminó. Los ministros firmaron el acuerdo.",
    { "La cumbre terminó.", "Los ministros firmaron el acuerdo.", NULL } },
  { "simple-en", "The summit ended. Ministers signed the deal! Why now?",
    { "The summit ended.", "Ministers signed the deal!", "Why now?", NULL } },
  { "title-es", "El Sr. Gómez y la Dra. Ruiz llegaron a Lima.",
    { "El Sr. Gómez y la Dra. Ruiz llegaron a Lima.", NULL } },
  { "eeuu", "Las sanciones de EE. UU. entraron en vigor. Rusia protestó.",
    { "Las sanciones de EE. UU. entraron en vigor.", "Rusia protestó.", NULL } },
  { "us-initials", "The U.S. Senate voted on Tuesday. It passed.",
    { "The U.S. Senate voted on Tuesday.", "It passed.", NULL } },
  { "initials-name", "La novela de J. R. R. Tolkien se reeditó en 2024.",
    { "La novela de J. R. R. Tolkien se reeditó en 2024.", NULL } },
  { "p-ej", "Hubo otras citas, p. ej. la de Viena. Nadie las recuerda.",
    { "Hubo otras citas, p. ej. la de Viena.", "Nadie las recuerda.", NULL } },
  { "ordinal", "Se celebró el 80.º aniversario. Acudieron miles.",
    { "Se celebró el 80.º aniversario.", "Acudieron miles.", NULL } },
  { "decimal", "La economía creció un 3.5 por ciento. El paro bajó.",
    { "La economía creció un 3.5 por ciento.", "El paro bajó.", NULL } },
  { "comillas", "Kim afirmó: «Lo haremos… es nuestro deber». Putin asintió.",
    { "Kim afirmó: «Lo haremos… es nuestro deber».", "Putin asintió.", NULL } },
  { "quote-inside-end", "He said “we will win.” Then he left.",
    { "He said “we will win.”", "Then he left.", NULL } },
  { "ellipsis-lowercase", "Dijo que si existe algo… lo haremos. Fin.",
    { "Dijo que si existe algo… lo haremos.", "Fin.", NULL } },
  { "question-es", "¿Habrá acuerdo? ¡Nadie lo sabe!",
    { "¿Habrá acuerdo?", "¡Nadie lo sabe!", NULL } },
  { "lines", "Título de la noticia\n3 de septiembre de 2025\nBeijing, China\nEl texto empieza aquí.",
    { "Título de la noticia", "3 de septiembre de 2025", "Beijing, China", "El texto empieza aquí.", NULL } },
  { "number-abbrev", "See No. 5 on the list. No. It was not there.",
    { "See No. 5 on the list.", "No.", "It was not there.", NULL } },
  { "month-abbrev", "Talks resumed on Sept. 3 in Geneva. They failed.",
    { "Talks resumed on Sept. 3 in Geneva.", "They failed.", NULL } },
  { "spanish-no", "Le preguntaron si iría y dijo que no. Después se fue.",
    { "Le preguntaron si iría y dijo que no.", "Después se fue.", NULL } },
  { "blank", "   \n\n  ", { NULL } },
  { "no-final-stop", "Una frase sin punto final", { "Una frase sin punto final", NULL } },
};

static void
test_split (gconstpointer data)
{
  const Row *row = data;
  g_autoptr(GArray) sentences = cr_sentence_split (row->text, -1);
  guint expected = g_strv_length ((char **) row->sentences);

  for (guint i = 0; i < MIN (sentences->len, expected); i++)
    {
      const CrSentence *s = &g_array_index (sentences, CrSentence, i);
      g_autofree char *got = g_strndup (row->text + s->start_byte, s->end_byte - s->start_byte);
      const char *char_start = g_utf8_offset_to_pointer (row->text, s->start_char);
      const char *char_end = g_utf8_offset_to_pointer (row->text, s->end_char);

      g_assert_cmpstr (got, ==, row->sentences[i]);
      /* Code point offsets point at the same text as byte offsets. */
      g_assert_cmpint (char_start - row->text, ==, s->start_byte);
      g_assert_cmpint (char_end - row->text, ==, s->end_byte);
    }
  g_assert_cmpuint (sentences->len, ==, expected);
}

static void
test_invalid_utf8 (void)
{
  const char text[] = "Una \xff frase. Otra \xfe\xfe frase.";
  g_autoptr(GArray) sentences = cr_sentence_split (text, sizeof text - 1);
  const CrSentence *s;

  g_assert_cmpuint (sentences->len, ==, 2);
  s = &g_array_index (sentences, CrSentence, 1);
  /* Each invalid byte counts as one code point. */
  g_assert_cmpuint (s->start_byte, ==, 13);
  g_assert_cmpuint (s->start_char, ==, 13);
  g_assert_cmpuint (s->end_byte, ==, sizeof text - 1);
  g_assert_cmpuint (s->end_char, ==, sizeof text - 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/sentence/split/%s", rows[i].name);
      g_test_add_data_func (path, &rows[i], test_split);
    }
  g_test_add_func ("/sentence/invalid-utf8", test_invalid_utf8);

  return g_test_run ();
}
