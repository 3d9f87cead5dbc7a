/* test-event-extract.c: event candidates from dated sentences
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-calendar.h"
#include "cr-event-extract.h"

/* The mentions are given by hand, as the date extractor would return
 * them, so that these rows test event extraction alone. */
typedef struct {
  const char *text;       /* a substring of the row's text */
  const char *first;      /* YYYY-MM-DD, or NULL for an open value */
  const char *last;
  CrTimexFlags flags;
} Mention;

typedef struct {
  const char *kind;
  const char *title;
  const char *participants;  /* ids joined by ",", in order */
  const char *place;         /* id or NULL */
} Expected;

typedef struct {
  const char *name;
  CrLanguage language;
  const char *text;
  Mention mentions[3];
  Expected events[4];
} Row;

static const Row rows[] = {
  { "es-meeting-and-parade", CR_LANGUAGE_ES,
    "El líder norcoreano Kim Jong-un se reunió este miércoles con el presidente ruso "
    "Vladimir Putin en Beijing, tras participar ambos en el desfile conmemorativo por el "
    "80.º aniversario del fin de la Segunda Guerra Mundial.",
    { { "este miércoles", "2025-09-03", "2025-09-03", 0 } },
    { { "meeting", "Reunión entre Kim Jong-un y Vladimir Putin en Beijing",
        "country:kp,person:kim-jong-un,country:ru,person:vladimir-putin", "city:beijing" },
      { "military", "Desfile militar en Beijing",
        "country:kp,person:kim-jong-un,country:ru,person:vladimir-putin", "city:beijing" } } },
  { "es-agreement-near-date", CR_LANGUAGE_ES,
    "La reunión también refuerza un marco de relaciones que viene fortaleciéndose desde "
    "hace tiempo gracias a la firma de un acuerdo de asociación en junio de 2024.",
    { { "junio de 2024", "2024-06-01", "2024-06-30", 0 } },
    { { "agreement", "Acuerdo", "", NULL } } },
  { "en-meeting-and-parade", CR_LANGUAGE_EN,
    "Kim Jong Un met Vladimir Putin in Beijing on Wednesday, hours after a military parade.",
    { { "Wednesday", "2025-09-03", "2025-09-03", 0 } },
    { { "meeting", "Meeting between Kim Jong Un and Vladimir Putin in Beijing",
        "person:kim-jong-un,person:vladimir-putin", "city:beijing" },
      { "military", "Military parade in Beijing",
        "person:kim-jong-un,person:vladimir-putin", "city:beijing" } } },
  { "es-report-not-statement", CR_LANGUAGE_ES,
    "Informes y declaraciones oficiales del año pasado alertaron sobre suministros de "
    "armamento norcoreano; ese contexto alimenta las preguntas.",
    { { "año pasado", "2024-01-01", "2024-12-31", 0 } },
    { { "report", "Suministros de Corea del Norte", "country:kp", NULL } } },
  { "es-other", CR_LANGUAGE_ES,
    "El 5 de mayo de 2023 llovió en Lima durante toda la mañana y parte de la tarde.",
    { { "5 de mayo de 2023", "2023-05-05", "2023-05-05", 0 } },
    { { "other", "El 5 de mayo de 2023 llovió en…", "", "city:lima" } } },
  { "es-two-dates", CR_LANGUAGE_ES,
    "Putin visitó Pyongyang el 19 de junio de 2024, y Kim viajó a Vladivostok en septiembre de 2023.",
    { { "19 de junio de 2024", "2024-06-19", "2024-06-19", 0 },
      { "septiembre de 2023", "2023-09-01", "2023-09-30", 0 } },
    { { "visit", "Visita de Vladimir Putin a Pyongyang", "person:vladimir-putin", "city:pyongyang" },
      { "visit", "Visita de Kim Jong-un a Vladivostok", "person:kim-jong-un", "city:vladivostok" } } },
  /* A dateline is the publication date, not an event. */
  { "dateline", CR_LANGUAGE_ES, "3 de septiembre de 2025",
    { { "3 de septiembre de 2025", "2025-09-03", "2025-09-03", CR_TIMEX_FLAG_DATELINE } },
    { { NULL } } },
  /* An open value ("el miércoles" without a publication date) cannot be placed. */
  { "open-value", CR_LANGUAGE_ES, "La cumbre será el miércoles.",
    { { "el miércoles", NULL, NULL, 0 } },
    { { NULL } } },
  /* "Guerra" inside a name is not a war event. */
  { "trigger-inside-name", CR_LANGUAGE_ES,
    "En 1945 terminó la Segunda Guerra Mundial.",
    { { "1945", "1945-01-01", "1945-12-31", 0 } },
    { { "other", "En 1945 terminó la Segunda Guerra Mundial", "", NULL } } },
};

static void
fill_timex (CrTimex       *x,
            const char    *text,
            const Mention *m)
{
  const char *at = strstr (text, m->text);

  g_assert_nonnull (at);
  memset (x, 0, sizeof *x);
  x->start_byte = at - text;
  x->end_byte = x->start_byte + strlen (m->text);
  x->start_char = g_utf8_strlen (text, x->start_byte);
  x->end_char = x->start_char + g_utf8_strlen (m->text, -1);
  x->flags = m->flags;
  if (m->first != NULL)
    {
      g_assert_true (cr_day_range_parse (m->first, &x->first_day, NULL));
      g_assert_true (cr_day_range_parse (m->last, &x->last_day, NULL));
      g_strlcpy (x->value, m->first, sizeof x->value);
    }
  else
    {
      x->first_day = x->last_day = CR_DAY_UNKNOWN;
      g_strlcpy (x->value, "XXXX-WXX-3", sizeof x->value);
    }
}

static void
test_candidates (gconstpointer data)
{
  const Row *row = data;
  CrTimex timexes[3];
  guint n = 0;
  g_autoptr(GPtrArray) found = NULL;
  guint expected = 0;

  while (n < G_N_ELEMENTS (row->mentions) && row->mentions[n].text != NULL)
    {
      fill_timex (&timexes[n], row->text, &row->mentions[n]);
      n++;
    }
  while (expected < G_N_ELEMENTS (row->events) && row->events[expected].kind != NULL)
    expected++;

  found = cr_event_candidates_find (row->text, -1, row->language, timexes, n);

  for (guint i = 0; i < found->len; i++)
    {
      const CrEventCandidate *c = g_ptr_array_index (found, i);
      g_test_message ("found %s “%s”", cr_event_kind_to_string (c->kind), c->title);
    }
  g_assert_cmpuint (found->len, ==, expected);

  for (guint i = 0; i < expected; i++)
    {
      const CrEventCandidate *c = g_ptr_array_index (found, i);
      const Expected *e = &row->events[i];
      g_autoptr(GString) ids = g_string_new (NULL);
      const CrTimex *x = &timexes[c->timex_index];

      g_assert_cmpstr (cr_event_kind_to_string (c->kind), ==, e->kind);
      g_assert_cmpstr (c->title, ==, e->title);
      for (guint p = 0; p < c->participants->len; p++)
        {
          CrEventEntity *ent = g_ptr_array_index (c->participants, p);
          g_string_append_printf (ids, "%s%s", p ? "," : "", ent->id);
        }
      g_assert_cmpstr (ids->str, ==, e->participants);
      g_assert_cmpstr (c->place ? c->place->id : NULL, ==, e->place);

      /* The candidate carries its mention's dates and its sentence. */
      g_assert_cmpint (c->first_day, ==, x->first_day);
      g_assert_cmpint (c->last_day, ==, x->last_day);
      g_assert_cmpuint (c->sentence_start_byte, <=, x->start_byte);
      g_assert_cmpuint (c->sentence_end_byte, >=, x->end_byte);
      g_assert_cmpuint (c->sentence_hash, ==,
                        cr_sentence_hash (row->text + c->sentence_start_byte,
                                          c->sentence_end_byte - c->sentence_start_byte));
      g_assert_cmpfloat (c->confidence, >, 0.0);
      g_assert_cmpfloat (c->confidence, <=, 1.0);
    }
}

static void
test_offsets_in_longer_text (void)
{
  /* Sentence offsets are code points and bytes into the whole text. */
  const char *text = "Título: «Cumbre»\nLa cumbre se celebró en Lima el 2 de marzo de 2022.";
  const Mention m = { "2 de marzo de 2022", "2022-03-02", "2022-03-02", 0 };
  CrTimex x;
  g_autoptr(GPtrArray) found = NULL;
  const CrEventCandidate *c;

  fill_timex (&x, text, &m);
  found = cr_event_candidates_find (text, -1, CR_LANGUAGE_ES, &x, 1);
  g_assert_cmpuint (found->len, ==, 1);
  c = g_ptr_array_index (found, 0);
  g_assert_cmpstr (cr_event_kind_to_string (c->kind), ==, "meeting");
  g_assert_cmpstr (c->title, ==, "Cumbre en Lima");
  g_assert_cmpuint (c->sentence_start_char, ==, 17);
  g_assert_cmpuint (c->sentence_start_byte, ==, strlen ("Título: «Cumbre»\n"));
  g_assert_cmpuint (c->sentence_end_char, ==, g_utf8_strlen (text, -1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/event-extract/%s", rows[i].name);
      g_test_add_data_func (path, &rows[i], test_candidates);
    }
  g_test_add_func ("/event-extract/offsets", test_offsets_in_longer_text);

  return g_test_run ();
}
