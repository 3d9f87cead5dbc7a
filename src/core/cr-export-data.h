/* cr-export-data.h: the library's events for spreadsheets, calendars and the web
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-store-events.h"

G_BEGIN_DECLS

typedef enum {
  CR_DATA_FORMAT_CSV,          /* RFC 4180, UTF-8, with a header */
  CR_DATA_FORMAT_ICS,          /* iCalendar (RFC 5545), one all-day VEVENT per event */
  CR_DATA_FORMAT_TIMELINEJS,   /* Knight Lab's TimelineJS3 JSON */
} CrDataFormat;

gboolean  cr_data_format_from_string (const char  *str,
                                      CrDataFormat *format);

/* Writes the events of @store that @filter selects (NULL: all visible) to
 * @path, entity names in @language ("es" or "en"), @title naming the
 * whole (TimelineJS title slide, calendar name); the number of events
 * written in @n_events if not NULL. */
gboolean  cr_export_events           (CrStore                  *store,
                                      const CrStoreEventFilter *filter,
                                      CrDataFormat              format,
                                      const char               *language,
                                      const char               *title,
                                      const char               *path,
                                      guint                    *n_events,
                                      GError                  **error);

/* The same, into a string (for tests and pipes). */
char     *cr_export_events_to_string (CrStore                  *store,
                                      const CrStoreEventFilter *filter,
                                      CrDataFormat              format,
                                      const char               *language,
                                      const char               *title,
                                      guint                    *n_events,
                                      GError                  **error);

G_END_DECLS
