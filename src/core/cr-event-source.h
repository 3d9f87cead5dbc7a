/* cr-event-source.h: what the timeline reads events from
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-types.h"

G_BEGIN_DECLS

typedef enum {
  CR_EVENT_SUMMARY_NONE   = 0,
  CR_EVENT_SUMMARY_MANUAL = 1 << 0,  /* added by hand */
  CR_EVENT_SUMMARY_HIDDEN = 1 << 1,  /* hidden by an edit; only when asked for */
} CrEventSummaryFlags;

/* One event as the timeline needs it: plain data, sorted by first day. */
typedef struct {
  gint64               id;
  CrDay                first_day;
  CrDay                last_day;     /* inclusive */
  CrGranularity        granularity;
  CrEventKind          kind;
  char                *title;
  /* Lane keys: the first article that reports the event (by id) and the
   * first participant (an entity row id, 0 when none). */
  gint64               article_key;
  gint64               entity_key;
  guint                n_sources;    /* articles that report it */
  CrEventSummaryFlags  flags;
} CrEventSummary;

#define CR_TYPE_EVENT_SOURCE (cr_event_source_get_type ())
G_DECLARE_INTERFACE (CrEventSource, cr_event_source, CR, EVENT_SOURCE, GObject)

struct _CrEventSourceInterface
{
  GTypeInterface parent_iface;

  /* Events overlapping [@first, @last] (CR_DAY_UNKNOWN: open), by first
   * day then id, as a GArray of CrEventSummary. */
  GArray *(*query) (CrEventSource  *self,
                    CrDay           first,
                    CrDay           last,
                    GError        **error);
};

/* The "changed" signal is emitted when the events may have changed (an
 * import, an edit): the timeline queries again. */
GArray  *cr_event_source_query          (CrEventSource  *self,
                                         CrDay           first,
                                         CrDay           last,
                                         GError        **error);
void     cr_event_source_emit_changed   (CrEventSource  *self);

/* Frees the titles; use as the GArray's clear function. */
void     cr_event_summary_clear         (CrEventSummary *summary);
GArray  *cr_event_summary_array_new     (void);

G_END_DECLS
