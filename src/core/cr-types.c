/* cr-types.c: names of the shared enumerations
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-types.h"

/* Stable identifiers: used in the CLI output, the library and exports.
 * Never translate or reorder them. */
static const char *granularity_names[CR_N_GRANULARITIES] = {
  "day", "week", "month", "quarter", "half", "season", "year", "decade", "century",
};

static const struct {
  const char *id;
  const char *label;
} event_kinds[CR_N_EVENT_KINDS] = {
  { "other",     N_("Other") },
  { "meeting",   N_("Meeting") },
  { "agreement", N_("Agreement") },
  { "military",  N_("Military") },
  { "conflict",  N_("Conflict") },
  { "statement", N_("Statement") },
  { "report",    N_("Report") },
  { "visit",     N_("Visit") },
  { "election",  N_("Election") },
  { "sanctions", N_("Sanctions") },
};

const char *
cr_language_to_string (CrLanguage language)
{
  switch (language)
    {
    case CR_LANGUAGE_ES:
      return "es";
    case CR_LANGUAGE_EN:
      return "en";
    case CR_LANGUAGE_AUTO:
    default:
      return "auto";
    }
}

CrLanguage
cr_language_from_string (const char *str)
{
  if (str == NULL)
    return CR_LANGUAGE_AUTO;
  if (g_ascii_strncasecmp (str, "es", 2) == 0)
    return CR_LANGUAGE_ES;
  if (g_ascii_strncasecmp (str, "en", 2) == 0)
    return CR_LANGUAGE_EN;
  return CR_LANGUAGE_AUTO;
}

const char *
cr_granularity_to_string (CrGranularity granularity)
{
  g_return_val_if_fail (granularity < CR_N_GRANULARITIES, NULL);

  return granularity_names[granularity];
}

gboolean
cr_granularity_from_string (const char    *str,
                            CrGranularity *granularity)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < CR_N_GRANULARITIES; i++)
    {
      if (g_str_equal (str, granularity_names[i]))
        {
          if (granularity)
            *granularity = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
cr_event_kind_to_string (CrEventKind kind)
{
  g_return_val_if_fail (kind < CR_N_EVENT_KINDS, NULL);

  return event_kinds[kind].id;
}

gboolean
cr_event_kind_from_string (const char  *str,
                           CrEventKind *kind)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < CR_N_EVENT_KINDS; i++)
    {
      if (g_str_equal (str, event_kinds[i].id))
        {
          if (kind)
            *kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Returns the translated, human-readable name of @kind. */
const char *
cr_event_kind_get_label (CrEventKind kind)
{
  g_return_val_if_fail (kind < CR_N_EVENT_KINDS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, event_kinds[kind].label);
}
