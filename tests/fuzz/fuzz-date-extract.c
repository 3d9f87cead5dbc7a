/* fuzz-date-extract.c: libFuzzer harness for cr_date_extract()
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds arbitrary bytes to the extractor in both languages (and with
 * detection) and with a few publication days, and checks what every caller
 * relies on: valid UTF-8 is accepted and anything else refused with an
 * error, spans lie inside the input on character boundaries with byte and
 * character offsets that agree, results come in text order, values are
 * nul-terminated and day ranges are ordered. Any violation aborts, which
 * libFuzzer (or the replay driver, fuzz-driver.c) reports.
 */

#define G_LOG_DOMAIN "fuzz-date-extract"

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-date-extractor.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

G_NORETURN static void
violation (const char *what,
           CrLanguage  language,
           CrDay       dct,
           guint       index)
{
  fprintf (stderr, "fuzz-date-extract: %s (language %s, dct %d, result %u)\n",
           what, cr_language_to_string (language), dct, index);
  abort ();
}

static void
check_results (const char *text,
               gsize       size,
               CrLanguage  language,
               CrDay       dct,
               GArray     *found)
{
  glong n_chars = g_utf8_strlen (text, size);
  gsize prev_start = 0;

  for (guint i = 0; i < found->len; i++)
    {
      const CrTimex *t = &g_array_index (found, CrTimex, i);

      if (t->start_byte > t->end_byte || t->end_byte > size)
        violation ("byte span out of bounds", language, dct, i);
      if (t->start_char > t->end_char || t->end_char > (gsize) n_chars)
        violation ("character span out of bounds", language, dct, i);
      /* A byte offset inside a multi-byte character would cut it. */
      if ((t->start_byte < size && ((guchar) text[t->start_byte] & 0xC0) == 0x80)
          || (t->end_byte < size && ((guchar) text[t->end_byte] & 0xC0) == 0x80))
        violation ("span cuts a character", language, dct, i);
      if ((gsize) g_utf8_pointer_to_offset (text, text + t->start_byte) != t->start_char
          || (gsize) g_utf8_pointer_to_offset (text, text + t->end_byte) != t->end_char)
        violation ("character and byte offsets disagree", language, dct, i);
      if (t->start_byte < prev_start)
        violation ("results not in text order", language, dct, i);
      prev_start = t->start_byte;
      if (memchr (t->value, '\0', sizeof t->value) == NULL
          || memchr (t->mod, '\0', sizeof t->mod) == NULL)
        violation ("value or mod not nul-terminated", language, dct, i);
      if ((guint) t->granularity >= CR_N_GRANULARITIES)
        violation ("granularity out of range", language, dct, i);
      if ((t->first_day == CR_DAY_UNKNOWN) != (t->last_day == CR_DAY_UNKNOWN))
        violation ("only one end of the day range known", language, dct, i);
      if (t->first_day != CR_DAY_UNKNOWN && t->first_day > t->last_day)
        violation ("first day after last day", language, dct, i);
      /* Exercise the string conversions callers print with. */
      if (cr_granularity_to_string (t->granularity) == NULL
          || cr_timex_anchor_to_string (t->anchor) == NULL)
        violation ("no name for granularity or anchor", language, dct, i);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const CrLanguage languages[] = { CR_LANGUAGE_ES, CR_LANGUAGE_EN, CR_LANGUAGE_AUTO };
  /* The seed article's day, an unknown one, a leap day and the far past. */
  const CrDay dcts[] = {
    cr_day_from_ymd (2025, 9, 3), CR_DAY_UNKNOWN, cr_day_from_ymd (2024, 2, 29),
    cr_day_from_ymd (1900, 1, 1),
  };
  const char *text = (const char *) data;
  /* Embedded NULs are valid UTF-8 for a counted string; the extractor may
   * accept or refuse them, but must refuse anything else that is invalid. */
  gboolean valid_nul_free = g_utf8_validate (text, size, NULL);
  gboolean valid_counted = g_utf8_validate_len (text, size, NULL);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint d = 0; d < G_N_ELEMENTS (dcts); d++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GArray) found = NULL;

        /* AUTO only with the first day: detection does not depend on it. */
        if (languages[l] == CR_LANGUAGE_AUTO && d > 0)
          continue;
        found = cr_date_extract (text, size, languages[l], dcts[d], &error);
        if (found == NULL)
          {
            if (error == NULL)
              violation ("NULL without an error", languages[l], dcts[d], 0);
            if (valid_nul_free)
              violation ("valid UTF-8 refused", languages[l], dcts[d], 0);
            continue;
          }
        if (error != NULL)
          violation ("results and an error", languages[l], dcts[d], 0);
        if (!valid_counted)
          violation ("invalid UTF-8 accepted", languages[l], dcts[d], 0);
        check_results (text, size, languages[l], dcts[d], found);
      }
  return 0;
}
