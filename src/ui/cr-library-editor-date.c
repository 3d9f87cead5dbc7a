/* cr-library-editor-date.c: what a typed date means
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-library-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-date-extractor.h"
#include "cr-library-editor-private.h"

CrDay
_cr_library_editor_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return cr_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                          g_date_time_get_day_of_month (now));
}

/* A value the store takes as it is: YYYY, YYYY-MM or YYYY-MM-DD. */
static gboolean
is_plain_value (const char *text)
{
  CrDay first, last;
  gsize len = strlen (text);

  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      gboolean dash = i == 4 || i == 7;

      if (dash ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  return cr_day_range_parse (text, &first, &last);
}

static gboolean
find_timex (const char *text,
            CrLanguage  language,
            CrDay       today,
            CrTimex    *out)
{
  g_autoptr(GArray) timexes = cr_date_extract (text, -1, language, today, NULL);

  if (timexes == NULL || timexes->len == 0)
    return FALSE;
  *out = g_array_index (timexes, CrTimex, 0);
  return TRUE;
}

char *
cr_library_editor_parse_date (const char  *text,
                              const char  *language,
                              CrDay        today,
                              GError     **error)
{
  g_autofree char *stripped = NULL;
  CrLanguage first = g_strcmp0 (language, "es") == 0 ? CR_LANGUAGE_ES : CR_LANGUAGE_EN;
  CrLanguage second = first == CR_LANGUAGE_ES ? CR_LANGUAGE_EN : CR_LANGUAGE_ES;
  char buf[16];
  CrTimex timex;

  g_return_val_if_fail (text != NULL, NULL);

  stripped = g_strstrip (g_strdup (text));
  if (is_plain_value (stripped))
    return g_steal_pointer (&stripped);

  if (stripped[0] == '\0' ||
      (!find_timex (stripped, first, today, &timex) && !find_timex (stripped, second, today, &timex)))
    {
      g_set_error (error, CR_LIBRARY_EDITOR_ERROR, CR_LIBRARY_EDITOR_ERROR_NO_DATE,
                   /* Translators: %s is what the user typed as a date */
                   _("No date recognized in “%s”. Try “3 de septiembre de 2025”, “June 2024”, “ayer” or “2024-06-19”."),
                   stripped);
      return NULL;
    }

  if ((timex.granularity == CR_GRANULARITY_DAY || timex.granularity == CR_GRANULARITY_MONTH ||
       timex.granularity == CR_GRANULARITY_YEAR) && is_plain_value (timex.value))
    return g_strdup (timex.value);
  /* "el lunes 3" or a one-day range: a day all the same. */
  if (timex.first_day != CR_DAY_UNKNOWN && timex.first_day == timex.last_day)
    return g_strdup (cr_day_format_iso (timex.first_day, buf, sizeof buf));

  g_set_error (error, CR_LIBRARY_EDITOR_ERROR, CR_LIBRARY_EDITOR_ERROR_IMPRECISE,
               /* Translators: %s is what the user typed as a date */
               _("“%s” is not one day, month or year: an event can only be dated to one of those."),
               stripped);
  return NULL;
}
