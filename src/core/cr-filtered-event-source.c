/* cr-filtered-event-source.c: the events of another source that pass a filter
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-filter"

#include "config.h"

#include "cr-filtered-event-source.h"

struct _CrFilteredEventSource
{
  GObject          parent_instance;
  CrEventSource   *base;
  CrStore         *store;
  CrLibraryFilter *filter;
};

static void event_source_iface_init (CrEventSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrFilteredEventSource, cr_filtered_event_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CR_TYPE_EVENT_SOURCE, event_source_iface_init))

static GArray *
cr_filtered_event_source_query (CrEventSource  *source,
                                CrDay           first,
                                CrDay           last,
                                GError        **error)
{
  CrFilteredEventSource *self = CR_FILTERED_EVENT_SOURCE (source);
  g_autoptr(GHashTable) passing = NULL;
  g_autoptr(GArray) events = NULL;
  guint kept = 0;

  if (!cr_library_filter_match_events (self->filter, self->store, &passing, error))
    return NULL;
  events = cr_event_source_query (self->base, first, last, error);
  if (events == NULL || passing == NULL)
    return g_steal_pointer (&events);

  /* Compact in place, keeping the order; the array clears what it drops. */
  for (guint i = 0; i < events->len; i++)
    {
      CrEventSummary *summary = &g_array_index (events, CrEventSummary, i);

      if (!g_hash_table_contains (passing, &summary->id))
        {
          cr_event_summary_clear (summary);
          continue;
        }
      if (kept != i)
        g_array_index (events, CrEventSummary, kept) = *summary;
      kept++;
    }
  /* What moved down must not be freed twice by the clear function. */
  g_array_set_clear_func (events, NULL);
  g_array_set_size (events, kept);
  g_array_set_clear_func (events, (GDestroyNotify) cr_event_summary_clear);
  return g_steal_pointer (&events);
}

static void
event_source_iface_init (CrEventSourceInterface *iface)
{
  iface->query = cr_filtered_event_source_query;
}

static void
on_changed (CrFilteredEventSource *self)
{
  cr_event_source_emit_changed (CR_EVENT_SOURCE (self));
}

static void
cr_filtered_event_source_dispose (GObject *object)
{
  CrFilteredEventSource *self = CR_FILTERED_EVENT_SOURCE (object);

  if (self->base != NULL)
    g_signal_handlers_disconnect_by_data (self->base, self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->base);
  g_clear_object (&self->store);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (cr_filtered_event_source_parent_class)->dispose (object);
}

static void
cr_filtered_event_source_class_init (CrFilteredEventSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cr_filtered_event_source_dispose;
}

static void
cr_filtered_event_source_init (CrFilteredEventSource *self)
{
}

CrFilteredEventSource *
cr_filtered_event_source_new (CrEventSource   *base,
                              CrStore         *store,
                              CrLibraryFilter *filter)
{
  CrFilteredEventSource *self;

  g_return_val_if_fail (CR_IS_EVENT_SOURCE (base), NULL);
  g_return_val_if_fail (CR_IS_STORE (store), NULL);
  g_return_val_if_fail (CR_IS_LIBRARY_FILTER (filter), NULL);

  self = g_object_new (CR_TYPE_FILTERED_EVENT_SOURCE, NULL);
  self->base = g_object_ref (base);
  self->store = g_object_ref (store);
  self->filter = g_object_ref (filter);
  g_signal_connect_swapped (base, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (filter, "changed", G_CALLBACK (on_changed), self);
  return self;
}

CrLibraryFilter *
cr_filtered_event_source_get_filter (CrFilteredEventSource *self)
{
  g_return_val_if_fail (CR_IS_FILTERED_EVENT_SOURCE (self), NULL);
  return self->filter;
}
