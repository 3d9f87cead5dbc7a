/* cr-filtered-event-source.h: the events of another source that pass a filter
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-event-source.h"
#include "cr-library-filter.h"

G_BEGIN_DECLS

#define CR_TYPE_FILTERED_EVENT_SOURCE (cr_filtered_event_source_get_type ())
G_DECLARE_FINAL_TYPE (CrFilteredEventSource, cr_filtered_event_source, CR, FILTERED_EVENT_SOURCE, GObject)

/* Queries @base and keeps the events that @filter lets through in
 * @store (the library @base reads). Emits "changed" when @base or
 * @filter change. */
CrFilteredEventSource *cr_filtered_event_source_new        (CrEventSource         *base,
                                                            CrStore               *store,
                                                            CrLibraryFilter       *filter);
CrLibraryFilter       *cr_filtered_event_source_get_filter (CrFilteredEventSource *self);

G_END_DECLS
