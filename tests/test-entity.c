/* test-entity.c: names of people, places and organisations
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-entity.h"
#include "cr-tokens.h"

typedef struct {
  const char *name;
  const char *text;
  /* Expected ids in text order ("~" prefix: a demonym), NULL-terminated. */
  const char *ids[8];
} Row;

static const Row rows[] = {
  { "variants-hyphen", "Kim Jong-un llegó y luego Kim Jong Un habló.",
    { "person:kim-jong-un", "person:kim-jong-un", NULL } },
  { "multiword-del", "La delegación de Corea del Norte viajó a Corea del Sur.",
    { "country:kp", "country:kr", NULL } },
  { "capitals", "Moscú y Pyongyang firmaron; Pekín y Beijing callaron.",
    { "city:moscow", "city:pyongyang", "city:beijing", "city:beijing", NULL } },
  { "english", "North Korea's leader met Russia's president in Beijing.",
    { "country:kp", "country:ru", "city:beijing", NULL } },
  { "accents", "Volodímir Zelenski habló con Volodymyr Zelensky.",
    { "person:volodymyr-zelensky", "person:volodymyr-zelensky", NULL } },
  { "demonyms", "El líder norcoreano y el presidente ruso.",
    { "~country:kp", "~country:ru", NULL } },
  { "acronym-upper", "La ONU y la OTAN; the UN and the US.",
    { "org:un", "org:nato", "org:un", "country:us", NULL } },
  /* "us" and "un" in lower case are words, not organisations. */
  { "acronym-lower-negative", "They told us about un acuerdo.", { NULL } },
  { "eeuu", "Las sanciones de EE. UU. y de EE.UU. llegaron.",
    { "country:us", "country:us", NULL } },
  { "unknown-name", "La ministra Ana Torres visitó el Banco de España.",
    { "name:ana-torres", "name:banco-de-espana", NULL } },
  { "sentence-initial-negative", "Analistas y gobiernos lo temen.", { NULL } },
  { "months-negative", "En septiembre y el lunes no pasó nada.", { NULL } },
  { "list-not-joined", "Xi Jinping, Vladimir Putin y Kim Jong-un posaron.",
    { "person:xi-jinping", "person:vladimir-putin", "person:kim-jong-un", NULL } },
  /* "y" joins words of a name only when the gazetteer knows the name. */
  { "y-inside-name", "Trinidad y Tobago votó con Bosnia y Herzegovina; Chile y Perú, no.",
    { "country:tt", "country:ba", "country:cl", "country:pe", NULL } },
  { "lowercase-china", "La porcelana china y la parada militar china.",
    { "~country:cn", "~country:cn", NULL } },
};

static void
test_find (gconstpointer data)
{
  const Row *row = data;
  g_autoptr(GArray) matches = cr_entities_find (row->text, -1);
  guint expected = g_strv_length ((char **) row->ids);

  for (guint i = 0; i < MIN (matches->len, expected); i++)
    {
      const CrEntityMatch *m = &g_array_index (matches, CrEntityMatch, i);
      g_autofree char *got = g_strdup_printf ("%s%s", m->is_demonym ? "~" : "", m->id);

      g_assert_cmpstr (got, ==, row->ids[i]);
      g_assert_cmpuint (m->end_byte, >, m->start_byte);
      g_assert_cmpuint (m->end_char - m->start_char, ==,
                        g_utf8_strlen (row->text + m->start_byte, m->end_byte - m->start_byte));
    }
  if (matches->len != expected)
    {
      for (guint i = 0; i < matches->len; i++)
        g_test_message ("found %s", g_array_index (matches, CrEntityMatch, i).id);
    }
  g_assert_cmpuint (matches->len, ==, expected);
}

static void
test_unknown_person (void)
{
  g_autoptr(GArray) matches = cr_entities_find ("Habló el presidente Luis Pardo.", -1);
  const CrEntityMatch *m;

  g_assert_cmpuint (matches->len, ==, 1);
  m = &g_array_index (matches, CrEntityMatch, 0);
  g_assert_cmpint (m->type, ==, CR_ENTITY_PERSON);
  g_assert_cmpstr (m->name, ==, "Luis Pardo");
  g_assert_null (m->entity);
}

static void
test_gazetteer (void)
{
  const CrEntity *kp = cr_gazetteer_lookup ("country:kp");
  const CrEntity *moscow = cr_gazetteer_lookup ("city:moscow");

  g_assert_nonnull (kp);
  g_assert_cmpstr (cr_entity_get_name (kp, "es"), ==, "Corea del Norte");
  g_assert_cmpstr (cr_entity_get_name (kp, "en"), ==, "North Korea");
  g_assert_cmpint (kp->type, ==, CR_ENTITY_COUNTRY);
  g_assert_nonnull (moscow);
  g_assert_cmpstr (moscow->stands_for, ==, "country:ru");
  g_assert_null (cr_gazetteer_lookup ("country:atlantis"));
}

static void
test_fold (void)
{
  g_autofree char *a = cr_fold_phrase ("Kim Jong-un");
  g_autofree char *b = cr_fold_phrase ("KIM JONG UN");
  g_autofree char *c = cr_fold_word ("Reunión", -1);
  g_autofree char *d = cr_fold_phrase ("EE. UU.");

  g_assert_cmpstr (a, ==, "kim jong un");
  g_assert_cmpstr (b, ==, "kim jong un");
  g_assert_cmpstr (c, ==, "reunion");
  g_assert_cmpstr (d, ==, "ee uu");
}

/* Folding as the test understands it: decompose, drop the marks, lower
 * the case, one character at a time. */
static char *
reference_fold (const char *word)
{
  g_autofree char *nfd = g_utf8_normalize (word, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  for (const char *p = nfd; *p; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_unichar_tolower (g_utf8_get_char (p)));
  return g_string_free (out, FALSE);
}

/* Every letter of U+00C0..U+00FF, between ASCII letters of both cases
 * and next to another of them, folds as the reference says; so do
 * words with letters outside that range. */
static void
test_fold_latin1 (void)
{
  static const char * const others[] = { "Łódź", "ŠKODA", "Ångström", "naïve", "Ǆemal" };

  for (gunichar c = 0xC0; c <= 0xFF; c++)
    {
      char utf8[7] = { 0 };
      g_autofree char *word = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *folded = NULL;

      g_unichar_to_utf8 (c, utf8);
      word = g_strdup_printf ("Ab%s%sZ", utf8, utf8);
      expected = reference_fold (word);
      folded = cr_fold_word (word, -1);
      g_assert_cmpstr (folded, ==, expected);
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *expected = reference_fold (others[i]);
      g_autofree char *folded = cr_fold_word (others[i], -1);

      g_assert_cmpstr (folded, ==, expected);
    }
  {
    g_autofree char *n = cr_fold_word ("ÑANDÚ", -1);

    g_assert_cmpstr (n, ==, "nandu");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/entity/find/%s", rows[i].name);
      g_test_add_data_func (path, &rows[i], test_find);
    }
  g_test_add_func ("/entity/unknown-person", test_unknown_person);
  g_test_add_func ("/entity/gazetteer", test_gazetteer);
  g_test_add_func ("/entity/fold", test_fold);
  g_test_add_func ("/entity/fold-latin1", test_fold_latin1);

  return g_test_run ();
}
