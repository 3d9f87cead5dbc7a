/* fuzz-events.c: libFuzzer harness for event extraction
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arbitrary text goes through the date extractor and then through
 * cr_event_candidates_find_full() in both languages. Every candidate must
 * point at one of the mentions, lie in the text with its sentence around
 * the mention, carry a title and a confidence in (0, 1], and name
 * entities with ids; every name found must lie in the text. Any violation
 * aborts.
 */

#define G_LOG_DOMAIN "fuzz-events"

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-event-extract.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

G_NORETURN static void
violation (const char *what)
{
  fprintf (stderr, "fuzz-events: %s\n", what);
  abort ();
}

static void
check (const char *text,
       gsize       len,
       CrLanguage  language)
{
  g_autoptr(GArray) timexes = cr_date_extract (text, len, language, cr_day_from_ymd (2025, 9, 3), NULL);
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GArray) names = NULL;

  if (timexes == NULL)
    return;
  candidates = cr_event_candidates_find_full (text, len, language,
                                              (const CrTimex *) (gpointer) timexes->data,
                                              timexes->len, &names);
  for (guint i = 0; i < candidates->len; i++)
    {
      const CrEventCandidate *c = g_ptr_array_index (candidates, i);
      const CrTimex *x;

      if (c->timex_index >= timexes->len)
        violation ("candidate points past the mentions");
      x = &g_array_index (timexes, CrTimex, c->timex_index);
      if (c->sentence_end_byte > len || c->sentence_start_byte > x->start_byte ||
          c->sentence_end_byte < x->end_byte)
        violation ("sentence does not hold its mention");
      if (c->sentence_end_char - c->sentence_start_char !=
          (gsize) g_utf8_strlen (text + c->sentence_start_byte, c->sentence_end_byte - c->sentence_start_byte))
        violation ("sentence code points and bytes disagree");
      if (c->title == NULL || !g_utf8_validate (c->title, -1, NULL))
        violation ("no valid title");
      if (!(c->confidence > 0.0 && c->confidence <= 1.0))
        violation ("confidence out of range");
      if (c->first_day > c->last_day)
        violation ("day range reversed");
      for (guint p = 0; p < c->participants->len; p++)
        {
          const CrEventEntity *e = g_ptr_array_index (c->participants, p);

          if (e->id == NULL || e->name == NULL || *e->id == '\0')
            violation ("participant without id or name");
        }
    }
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      const CrEntityMatch *m = &g_array_index (names, CrEntityMatch, i);

      if (m->end_byte > len || m->start_byte >= m->end_byte || m->id == NULL)
        violation ("name outside the text");
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* Event extraction reads sentences of valid UTF-8 text, as the library
   * stores it: the extractor refuses anything else first. */
  if (size > 16384 || !g_utf8_validate ((const char *) data, size, NULL))
    return 0;
  check ((const char *) data, size, CR_LANGUAGE_ES);
  check ((const char *) data, size, CR_LANGUAGE_EN);
  return 0;
}
