/* cr-event-details.h: the selected event's date, kind, actors and sources
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-store.h"

G_BEGIN_DECLS

#define CR_TYPE_EVENT_DETAILS (cr_event_details_get_type ())
G_DECLARE_FINAL_TYPE (CrEventDetails, cr_event_details, CR, EVENT_DETAILS, GtkWidget)

GtkWidget   *cr_event_details_new            (void);
/* The library to read from (a read-only connection is enough). */
void         cr_event_details_set_store      (CrEventDetails  *self,
                                              CrStore         *store);
/* Shows event @event_id, or the empty state for an id <= 0 or an event
 * that is no longer in the library (hidden, merged away). */
gboolean     cr_event_details_show_event     (CrEventDetails  *self,
                                              gint64           event_id,
                                              GError         **error);
/* The event shown, or -1. */
gint64       cr_event_details_get_event      (CrEventDetails  *self);
/* The edits of the event shown (edit.* actions): the same menu serves the
 * details' menu button and the timeline's context menu. */
GMenuModel  *cr_event_details_get_menu_model (CrEventDetails  *self);

/* The edits of article @article_id written in @language ("es", "en"):
 * its publication date and its language (edit.* actions). */
GMenuModel  *cr_article_menu_new             (gint64           article_id,
                                              const char      *language);

/* The language of the interface, "es" or "en": entity names and the
 * date entry read it. */
const char  *cr_ui_language                  (void);

G_END_DECLS
