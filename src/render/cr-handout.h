/* cr-handout.h: a printable PDF handout of a timeline's events
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-store.h"
#include "cr-timeline-item.h"

G_BEGIN_DECLS

/* One event of the handout, in date order. Strings are borrowed. */
typedef struct {
  CrDay               first_day;
  CrDay               last_day;
  CrGranularity       granularity;
  CrEventKind         kind;
  const char         *title;
  const char         *participants;   /* "Kim Jong-un, Vladimir Putin", or NULL */
  const char         *place;          /* or NULL */
  const char * const *quotes;         /* the sentences that report it */
  const char * const *sources;        /* the article of each quote */
  guint               n_quotes;
} CrHandoutEvent;

/* Formats the date of an event at its granularity, in the interface
 * language ("3 de septiembre de 2025", "June 2024", "2024"). */
char     *cr_handout_format_date (CrDay          first_day,
                                  CrDay          last_day,
                                  CrGranularity  granularity);

/* Writes an A4 PDF to @path: a title page with @title and the whole
 * timeline of @items (@lanes), then one section per event with its date,
 * title, participants, place and quotes, page numbers on every page.
 * The number of pages in @n_pages if not NULL. */
gboolean  cr_handout_write       (const char            *path,
                                  const char            *title,
                                  const CrHandoutEvent  *events,
                                  gsize                  n_events,
                                  const CrTimelineItem  *items,
                                  gsize                  n_items,
                                  CrLaneMode             lanes,
                                  guint                 *n_pages,
                                  GError               **error);

/* The handout of @store's events overlapping [@from, @to] (CR_DAY_UNKNOWN:
 * open), entity names in @language: what `cronista-cli export --format
 * handout` and the app's export dialog both write. The number of events
 * and of pages in @n_events and @n_pages if not NULL. */
gboolean  cr_handout_export      (CrStore               *store,
                                  CrDay                  from,
                                  CrDay                  to,
                                  const char            *language,
                                  const char            *title,
                                  const char            *path,
                                  guint                 *n_events,
                                  guint                 *n_pages,
                                  GError               **error);

G_END_DECLS
