/* cr-event-source.c: what the timeline reads events from
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-event-source"

#include "config.h"

#include "cr-event-source.h"

G_DEFINE_INTERFACE (CrEventSource, cr_event_source, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cr_event_source_default_init (CrEventSourceInterface *iface)
{
  /**
   * CrEventSource::changed:
   *
   * The events may have changed: query them again.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_INTERFACE (iface),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

GArray *
cr_event_source_query (CrEventSource  *self,
                       CrDay           first,
                       CrDay           last,
                       GError        **error)
{
  g_return_val_if_fail (CR_IS_EVENT_SOURCE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return CR_EVENT_SOURCE_GET_IFACE (self)->query (self, first, last, error);
}

void
cr_event_source_emit_changed (CrEventSource *self)
{
  g_return_if_fail (CR_IS_EVENT_SOURCE (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

void
cr_event_summary_clear (CrEventSummary *summary)
{
  g_clear_pointer (&summary->title, g_free);
}

GArray *
cr_event_summary_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (CrEventSummary));

  g_array_set_clear_func (array, (GDestroyNotify) cr_event_summary_clear);
  return array;
}
