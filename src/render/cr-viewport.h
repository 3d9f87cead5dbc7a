/* cr-viewport.h: the visible span, selection and cursor of a timeline
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-types.h"

G_BEGIN_DECLS

/* One day to four centuries. */
#define CR_VIEWPORT_MIN_SPAN G_GINT64_CONSTANT (86400)
#define CR_VIEWPORT_MAX_SPAN (G_GINT64_CONSTANT (146097) * 4 * 86400)

#define CR_TYPE_VIEWPORT (cr_viewport_get_type ())

G_DECLARE_FINAL_TYPE (CrViewport, cr_viewport, CR, VIEWPORT, GObject)

CrViewport *cr_viewport_new              (void);
/* The extent is what zoom-to-fit shows and what panning stays near. Times
 * are seconds since 1970-01-01 UTC, end exclusive. */
void        cr_viewport_set_extent       (CrViewport *self,
                                          gint64      start,
                                          gint64      end);
void        cr_viewport_set_extent_days  (CrViewport *self,
                                          CrDay       first_day,
                                          CrDay       last_day);
gint64      cr_viewport_get_extent_start (CrViewport *self);
gint64      cr_viewport_get_extent_end   (CrViewport *self);
gint64      cr_viewport_get_start        (CrViewport *self);
gint64      cr_viewport_get_span         (CrViewport *self);
gint64      cr_viewport_get_end          (CrViewport *self);
void        cr_viewport_set_visible      (CrViewport *self,
                                          gint64      start,
                                          gint64      span);
/* Clamps a would-be @start and @span the way the viewport would. */
void        cr_viewport_constrain        (CrViewport *self,
                                          gint64     *start,
                                          gint64     *span);
/* The instant at pixel @x of a @width wide view, and back. */
gint64      cr_viewport_time_at          (CrViewport *self,
                                          double      x,
                                          double      width);
double      cr_viewport_x_at             (CrViewport *self,
                                          gint64      time,
                                          double      width);
/* Zooms in by @factor (> 1 in, < 1 out) keeping the instant under pixel
 * @anchor_x of a @width wide view where it is. */
void        cr_viewport_zoom             (CrViewport *self,
                                          double      factor,
                                          double      anchor_x,
                                          double      width);
void        cr_viewport_pan              (CrViewport *self,
                                          gint64      seconds);
void        cr_viewport_pan_pixels       (CrViewport *self,
                                          double      dx,
                                          double      width);
void        cr_viewport_zoom_to_fit      (CrViewport *self);
void        cr_viewport_zoom_to_range    (CrViewport *self,
                                          gint64      start,
                                          gint64      end);
void        cr_viewport_zoom_to_days     (CrViewport *self,
                                          CrDay       first_day,
                                          CrDay       last_day);
/* Centres @day, keeping the zoom. */
void        cr_viewport_go_to_date       (CrViewport *self,
                                          CrDay       day);
/* Where zoom, zoom_to_range, zoom_to_fit and go_to_date would take the
 * view, without moving it: the widget animates towards these.
 * cr_viewport_plan_fit() returns FALSE when the extent is empty. */
void        cr_viewport_plan_zoom        (CrViewport *self,
                                          double      factor,
                                          double      anchor_x,
                                          double      width,
                                          gint64     *start,
                                          gint64     *span);
void        cr_viewport_plan_range       (CrViewport *self,
                                          gint64      range_start,
                                          gint64      range_end,
                                          gint64     *start,
                                          gint64     *span);
gboolean    cr_viewport_plan_fit         (CrViewport *self,
                                          gint64     *start,
                                          gint64     *span);
void        cr_viewport_plan_go_to_date  (CrViewport *self,
                                          CrDay       day,
                                          gint64     *start,
                                          gint64     *span);
/* Event ids; -1 for none. */
gint64      cr_viewport_get_selection    (CrViewport *self);
void        cr_viewport_set_selection    (CrViewport *self,
                                          gint64      event_id);
gint64      cr_viewport_get_cursor       (CrViewport *self);
void        cr_viewport_set_cursor       (CrViewport *self,
                                          gint64      event_id);

G_END_DECLS
