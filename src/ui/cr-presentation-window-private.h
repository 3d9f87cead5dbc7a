/* cr-presentation-window-private.h: what the presentation's files share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-presentation-window.h"
#include "cr-timeline-layout.h"

G_BEGIN_DECLS

/* What the presentation's timeline draws: copies of the items of the
 * presented events (titles borrowed from the window's index, which is
 * kept alive with them), in one lane. */
typedef struct {
  CrTimelineItem  *items;
  CrTimelineIndex *source;
} ItemBundle;

struct _CrPresentationWindow
{
  AdwWindow         parent_instance;

  CrStore          *store;
  GSettings        *settings;
  GArray           *event_ids;       /* gint64, in presentation order */
  CrTimelineIndex  *index;           /* over the presented events only */
  PangoContext     *context;
  GtkCssProvider   *css;
  guint             position;
  gsize             current_item;    /* into the index's items */

  /* The visible time, and the flight to the next event. */
  double            center;          /* seconds since 1970 */
  double            span;
  double            from_center;
  double            from_log_span;
  double            to_center;
  double            to_log_span;
  double            peak_log_span;   /* the Bézier's middle control point */
  gint64            flight_start;
  guint             tick_id;

  guint             auto_id;
  guint             controls_id;
  guint             inhibit_cookie;  /* no screen saver while presenting */
  double            pointer_x;
  double            pointer_y;
  int               type_base;       /* the size the CSS was made for */
  guint             css_idle_id;

  /* Template widgets */
  GtkWidget        *stage;
  GtkWidget        *header;
  GtkWidget        *card;
  GtkLabel         *kind_label;
  GtkLabel         *progress_label;
  GtkLabel         *date_label;
  GtkLabel         *title_label;
  GtkLabel         *quote_label;
  GtkLabel         *source_label;
  GtkDrawingArea   *timeline_area;
  GtkRevealer      *controls_revealer;
  GtkToggleButton  *auto_button;
  GtkAdjustment    *interval_adjustment;
};

/* The type scale: everything in proportion to the screen. */
int              _cr_presentation_type_base      (int                   width,
                                                  int                   height);
/* A timeline of the presented events only, in one lane. */
CrTimelineIndex *_cr_presentation_build_index    (CrTimelineIndex      *source,
                                                  GArray               *event_ids);
/* The position of event @id in the index's items, or G_MAXSIZE. */
gsize            _cr_presentation_find_item      (CrPresentationWindow *self,
                                                  gint64                id);
void             _cr_presentation_draw_timeline  (GtkDrawingArea       *area,
                                                  cairo_t              *cr,
                                                  int                   width,
                                                  int                   height,
                                                  gpointer              user_data);
/* Moves the timeline to the current item, in a flight if @animate. */
void             _cr_presentation_fly_to_item    (CrPresentationWindow *self,
                                                  gboolean              animate);

G_END_DECLS
