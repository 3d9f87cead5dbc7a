/* cr-types.h: types shared across Cronista's layers
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Calendar days are counted from 1970-01-01 (day 0), inclusive ranges. */
typedef gint32 CrDay;

/* A day that is not known, e.g. the first day of "XXXX-WXX-3". */
#define CR_DAY_UNKNOWN G_MININT32

typedef enum {
  CR_LANGUAGE_AUTO = 0,
  CR_LANGUAGE_ES,
  CR_LANGUAGE_EN,
} CrLanguage;

typedef enum {
  CR_GRANULARITY_DAY = 0,
  CR_GRANULARITY_WEEK,
  CR_GRANULARITY_MONTH,
  CR_GRANULARITY_QUARTER,
  CR_GRANULARITY_HALF,
  CR_GRANULARITY_SEASON,
  CR_GRANULARITY_YEAR,
  CR_GRANULARITY_DECADE,
  CR_GRANULARITY_CENTURY,
  CR_N_GRANULARITIES
} CrGranularity;

/* What kind of thing happened; the timeline colours and filters by it. */
typedef enum {
  CR_EVENT_KIND_OTHER = 0,
  CR_EVENT_KIND_MEETING,
  CR_EVENT_KIND_AGREEMENT,
  CR_EVENT_KIND_MILITARY,
  CR_EVENT_KIND_CONFLICT,
  CR_EVENT_KIND_STATEMENT,
  CR_EVENT_KIND_REPORT,
  CR_EVENT_KIND_VISIT,
  CR_EVENT_KIND_ELECTION,
  CR_EVENT_KIND_SANCTIONS,
  CR_N_EVENT_KINDS
} CrEventKind;

const char    *cr_language_to_string    (CrLanguage     language);
CrLanguage     cr_language_from_string  (const char    *str);
const char    *cr_granularity_to_string (CrGranularity  granularity);
gboolean       cr_granularity_from_string (const char  *str,
                                           CrGranularity *granularity);
const char    *cr_event_kind_to_string  (CrEventKind    kind);
gboolean       cr_event_kind_from_string (const char   *str,
                                          CrEventKind  *kind);
const char    *cr_event_kind_get_label  (CrEventKind    kind);

G_END_DECLS
