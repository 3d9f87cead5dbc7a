/* cr-store-event-source.h: the library as an event source
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-event-source.h"
#include "cr-store.h"

G_BEGIN_DECLS

#define CR_TYPE_STORE_EVENT_SOURCE (cr_store_event_source_get_type ())
G_DECLARE_FINAL_TYPE (CrStoreEventSource, cr_store_event_source, CR, STORE_EVENT_SOURCE, GObject)

/* Reads the visible events of @store (usually a read-only connection of
 * the main thread). One indexed query per call: the timeline asks for the
 * days it shows. */
CrStoreEventSource *cr_store_event_source_new       (CrStore            *store);
CrStore            *cr_store_event_source_get_store (CrStoreEventSource *self);

G_END_DECLS
