/* cr-presentation-window.h: the timeline full screen, one event at a time
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-library-view.h"
#include "cr-store.h"
#include "cr-timeline-index.h"

G_BEGIN_DECLS

#define CR_TYPE_PRESENTATION_WINDOW (cr_presentation_window_get_type ())

G_DECLARE_FINAL_TYPE (CrPresentationWindow, cr_presentation_window, CR, PRESENTATION_WINDOW, AdwWindow)

#define CR_PRESENTATION_ERROR (cr_presentation_error_quark ())

typedef enum {
  CR_PRESENTATION_ERROR_NO_EVENTS,
} CrPresentationError;

GQuark                cr_presentation_error_quark         (void);

/* Presents @event_ids (gint64, in the order given) of @store; @index is
 * the timeline they are drawn on (its items must include them). @settings
 * remembers the auto-advance interval. */
CrPresentationWindow *cr_presentation_window_new          (GtkWindow            *parent,
                                                           CrStore              *store,
                                                           CrTimelineIndex      *index,
                                                           GArray               *event_ids,
                                                           GSettings            *settings);
/* What win.present does: presents the events @view shows, in date order,
 * full screen over @parent. Fails when there is nothing to present. */
CrPresentationWindow *cr_presentation_window_present_library (GtkWindow     *parent,
                                                              CrLibraryView *view,
                                                              CrStore       *store,
                                                              GSettings     *settings,
                                                              GError       **error);
/* The position of the event shown, from 0. */
guint                 cr_presentation_window_get_position (CrPresentationWindow *self);
guint                 cr_presentation_window_get_n_events (CrPresentationWindow *self);
gint64                cr_presentation_window_get_event    (CrPresentationWindow *self);
/* Shows the event at @position, animating the timeline there. */
void                  cr_presentation_window_go_to        (CrPresentationWindow *self,
                                                           guint                 position);
/* Whether the timeline is still moving to the event shown. */
gboolean              cr_presentation_window_is_animating (CrPresentationWindow *self);

G_END_DECLS
