/* test-trigger.c: the event trigger lexicon
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-trigger.h"

typedef struct {
  const char *name;
  CrLanguage language;
  const char *text;
  /* Expected "kind:phrase" in text order, NULL-terminated. */
  const char *found[5];
} Row;

static const Row rows[] = {
  { "es-meeting-reflexive", CR_LANGUAGE_ES, "Kim se reunió con Putin.", { "meeting:se reuni*", NULL } },
  { "es-meeting-noun", CR_LANGUAGE_ES, "La Reunión fue breve.", { "meeting:reunion", NULL } },
  { "es-parade-longest", CR_LANGUAGE_ES, "Tras la parada militar china.", { "military:parada militar", NULL } },
  { "es-agreement", CR_LANGUAGE_ES, "La firma de un acuerdo de asociación.",
    { "agreement:firma", "agreement:acuerdo", NULL } },
  { "es-report", CR_LANGUAGE_ES, "Informes sobre el envío de armamento.",
    { "report:informes", "report:envio de armamento", NULL } },
  { "en-met", CR_LANGUAGE_EN, "Kim met Putin in Beijing.", { "meeting:met", NULL } },
  { "en-treaty", CR_LANGUAGE_EN, "They signed a treaty.", { "agreement:signed", "agreement:treaty", NULL } },
  { "en-parade", CR_LANGUAGE_EN, "A military parade in Beijing.", { "military:military parade", NULL } },
  { "en-sanctions", CR_LANGUAGE_EN, "New sanctions were announced.",
    { "sanctions:sanctions", "statement:announced", NULL } },
  /* The language decides: English words in a Spanish text are not triggers. */
  { "es-ignores-english", CR_LANGUAGE_ES, "The summit ended.", { NULL } },
  { "no-trigger", CR_LANGUAGE_ES, "El cielo estaba despejado.", { NULL } },
  /* A phrase does not match across punctuation. */
  { "no-across-comma", CR_LANGUAGE_ES, "La parada, militar y civil.", { NULL } },
};

static void
test_find (gconstpointer data)
{
  const Row *row = data;
  g_autoptr(CrTokenList) tokens = cr_token_list_new (row->text, -1);
  g_autoptr(GArray) matches = cr_triggers_find (tokens, row->language);
  guint expected = g_strv_length ((char **) row->found);

  for (guint i = 0; i < MIN (matches->len, expected); i++)
    {
      const CrTriggerMatch *m = &g_array_index (matches, CrTriggerMatch, i);
      g_autofree char *got = g_strdup_printf ("%s:%s", cr_event_kind_to_string (m->kind), m->phrase);

      g_assert_cmpstr (got, ==, row->found[i]);
    }
  g_assert_cmpuint (matches->len, ==, expected);
}

static void
test_every_kind_has_words (void)
{
  for (CrEventKind k = CR_EVENT_KIND_MEETING; k < CR_N_EVENT_KINDS; k++)
    {
      g_assert_cmpuint (cr_triggers_count_kind (k, CR_LANGUAGE_ES), >, 2);
      g_assert_cmpuint (cr_triggers_count_kind (k, CR_LANGUAGE_EN), >, 2);
    }
  /* "other" is what is left when nothing triggers. */
  g_assert_cmpuint (cr_triggers_count_kind (CR_EVENT_KIND_OTHER, CR_LANGUAGE_ES), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/trigger/find/%s", rows[i].name);
      g_test_add_data_func (path, &rows[i], test_find);
    }
  g_test_add_func ("/trigger/every-kind", test_every_kind_has_words);

  return g_test_run ();
}
