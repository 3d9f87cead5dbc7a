/* test-timeline-view.c: the timeline widget under a display
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Puts a CrTimelineView with a few seed-like events in a window and checks
 * what it draws (pixels of the rendered widget), and that its actions,
 * clicks and keyboard cursor drive its CrViewport; that zooms animate
 * around a fixed instant, the zoom can be kept in GSettings, lanes that
 * do not fit scroll, clusters open, and the accessible name follows the
 * cursor. Animations are off except where a test turns them on. Real
 * pointer and keyboard input is test-timeline-input.c.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-palette.h"
#include "cr-timeline-view-private.h"

#define DAY G_GINT64_CONSTANT (86400)

static CrTimelineItem items[4];
static GtkWindow *window;
static CrTimelineView *view;

static void
spin (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
make_items (void)
{
  static const struct {
    const char    *first;
    const char    *last;
    CrGranularity  granularity;
    CrEventKind    kind;
    const char    *title;
  } rows[] = {
    { "2024-06-01", "2024-06-30", CR_GRANULARITY_MONTH, CR_EVENT_KIND_AGREEMENT, "Acuerdo de junio" },
    { "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY,   CR_EVENT_KIND_MILITARY,  "Desfile militar" },
    { "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY,   CR_EVENT_KIND_MEETING,   "Reunión en Beijing" },
    { "2025-01-20", "2025-01-20", CR_GRANULARITY_DAY,   CR_EVENT_KIND_STATEMENT, "Joint statement" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      CrDay a, b;

      g_assert_true (cr_day_range_parse (rows[i].first, &items[i].first_day, &a));
      g_assert_true (cr_day_range_parse (rows[i].last, &b, &items[i].last_day));
      items[i].id = 100 + i;
      items[i].granularity = rows[i].granularity;
      items[i].kind = rows[i].kind;
      items[i].title = rows[i].title;
      items[i].n_sources = 1;
    }
}

/* The widget as the user sees it, as pixels. */
static GdkTexture *
render_view (void)
{
  GdkPaintable *paintable = gtk_widget_paintable_new (GTK_WIDGET (view));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GdkTexture *texture;
  int w = gtk_widget_get_width (GTK_WIDGET (view));
  int h = gtk_widget_get_height (GTK_WIDGET (view));

  /* Let the frame clock lay out and draw what changed first. */
  spin (100);
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  gsk_render_node_unref (node);
  g_object_unref (paintable);
  return texture;
}

static void
assert_pixel (GdkTexture    *texture,
              double         x,
              double         y,
              const CrColor *want,
              const char    *what)
{
  int w = gdk_texture_get_width (texture);
  int h = gdk_texture_get_height (texture);
  g_autofree guint32 *data = g_new (guint32, (gsize) w * h);
  guint32 p;
  int r, g, b;

  gdk_texture_download (texture, (guchar *) data, (gsize) w * 4);
  g_assert_cmpint ((int) x, <, w);
  g_assert_cmpint ((int) y, <, h);
  p = data[(int) y * w + (int) x];
  r = (p >> 16) & 0xff;
  g = (p >> 8) & 0xff;
  b = p & 0xff;
  if (ABS (r - (int) (want->red * 255 + .5)) > 3 ||
      ABS (g - (int) (want->green * 255 + .5)) > 3 ||
      ABS (b - (int) (want->blue * 255 + .5)) > 3)
    g_error ("%s: pixel #%02x%02x%02x, expected #%02x%02x%02x", what, r, g, b,
             (int) (want->red * 255 + .5), (int) (want->green * 255 + .5), (int) (want->blue * 255 + .5));
}

static const CrMark *
mark_of (gsize item)
{
  CrTimelineLayout *layout = cr_timeline_view_get_layout (view);
  const CrMark *mark;

  g_assert_nonnull (layout);
  mark = cr_timeline_layout_find_item (layout, item);
  g_assert_nonnull (mark);
  return mark;
}

static void
test_fitted_and_drawn (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  const CrPalette *light = cr_palette_get (CR_PALETTE_LIGHT);
  g_autoptr(GdkTexture) texture = NULL;
  const CrMark *meeting;

  /* Zoomed to fit: every event is in view. */
  g_assert_cmpint (cr_viewport_get_start (viewport), <, (gint64) items[0].first_day * DAY);
  g_assert_cmpint (cr_viewport_get_end (viewport), >, (gint64) (items[1].last_day + 1) * DAY);

  texture = render_view ();
  meeting = mark_of (2);
  assert_pixel (texture, (meeting->x0 + meeting->x1) / 2, meeting->y,
                cr_palette_get_kind (light, CR_EVENT_KIND_MEETING), "meeting dot");
  /* The right end of the legend band holds nothing. */
  assert_pixel (texture, gtk_widget_get_width (GTK_WIDGET (view)) - 5,
                gtk_widget_get_height (GTK_WIDGET (view)) - 5, &light->background, "background");
}

static void
set_animations (gboolean enabled)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", enabled, NULL);
}

static void
test_actions (void)
{
  CrViewport *viewport = cr_viewport_new ();
  gint64 span;

  cr_timeline_view_set_viewport (view, viewport);
  g_object_unref (viewport);
  g_assert_true (cr_timeline_view_get_viewport (view) == viewport);
  cr_viewport_set_extent_days (viewport, items[0].first_day, items[1].last_day);
  cr_viewport_zoom_to_fit (viewport);
  span = cr_viewport_get_span (viewport);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-in", NULL));
  g_assert_cmpint (ABS (cr_viewport_get_span (viewport) - (gint64) (span / 1.5)), <=, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-out", NULL));
  g_assert_cmpint (ABS (cr_viewport_get_span (viewport) - span), <=, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.pan-right", NULL));
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, cr_viewport_get_span (viewport));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-fit", NULL));
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, span);
  /* The layout follows the viewport. */
  g_assert_cmpint (cr_timeline_view_get_layout (view)->params.span, ==, span);

  /* The zoom the user chose is the zoom-span property; fit is 0. */
  g_assert_cmpint (cr_timeline_view_get_zoom_span (view), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-in", NULL));
  g_assert_cmpint (cr_timeline_view_get_zoom_span (view), ==, cr_viewport_get_span (viewport));
  g_assert_cmpint (cr_timeline_view_get_zoom_span (view), <, span);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-fit", NULL));
  g_assert_cmpint (cr_timeline_view_get_zoom_span (view), ==, 0);
}

static void
test_click_selects (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  const CrMark *meeting = mark_of (2);
  double x = (meeting->x0 + meeting->x1) / 2;
  double y = meeting->y;
  const CrPalette *light = cr_palette_get (CR_PALETTE_LIGHT);
  g_autoptr(GdkTexture) texture = NULL;

  g_assert_true (cr_timeline_view_activate_at (view, x, y));
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, 102);
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 102);
  g_assert_false (cr_timeline_view_activate_at (view, 3, gtk_widget_get_height (GTK_WIDGET (view)) - 40));
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, 102);

  /* The selection ring, just outside the dot. */
  texture = render_view ();
  assert_pixel (texture, x - CR_LAYOUT_POINT_RADIUS - 3, y, &light->selection, "selection ring");
}

static void
test_keyboard_cursor (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);

  /* Events in time order: agreement (June 2024), statement (January
   * 2025), military and meeting (September 2025, by id). */
  cr_viewport_set_cursor (viewport, 100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.next-event", NULL));
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 103);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.next-event", NULL));
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 101);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.previous-event", NULL));
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 103);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.select-cursor", NULL));
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, 103);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.last-event", NULL));
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 102);
  /* Past the end the cursor stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.next-event", NULL));
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 102);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.first-event", NULL));
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.previous-event", NULL));
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 100);
  /* The cursor moves, the selection stays. */
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, 103);
}

static void
test_dark_style (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const CrPalette *dark = cr_palette_get (CR_PALETTE_DARK);
  g_autoptr(GdkTexture) texture = NULL;
  const CrMark *meeting;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  spin (100);
  texture = render_view ();
  meeting = mark_of (2);
  assert_pixel (texture, gtk_widget_get_width (GTK_WIDGET (view)) - 5,
                gtk_widget_get_height (GTK_WIDGET (view)) - 5, &dark->background, "dark background");
  assert_pixel (texture, (meeting->x0 + meeting->x1) / 2, meeting->y,
                cr_palette_get_kind (dark, CR_EVENT_KIND_MEETING), "dark meeting dot");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
fit_now (void)
{
  cr_viewport_zoom_to_fit (cr_timeline_view_get_viewport (view));
}

static void
check_anchor (CrViewport *viewport,
              GParamSpec *pspec,
              gpointer    user_data)
{
  const double *anchor = user_data;   /* { x, time, frames } */
  double width = gtk_widget_get_width (GTK_WIDGET (view));
  double x = cr_viewport_x_at (viewport, (gint64) anchor[1], width);

  /* Every frame of the animation keeps the instant under the anchor. */
  g_assert_cmpfloat (fabs (x - anchor[0]), <=, 1.0);
  ((double *) anchor)[2] += 1;
}

static void
count_calls (guint *counter)
{
  *counter += 1;
}

static void
test_animated_zoom (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  double width = gtk_widget_get_width (GTK_WIDGET (view));
  double anchor[3];
  gint64 span0, target;
  guint zoom_notifies = 0;
  gulong frame_handler, zoom_handler;

  fit_now ();
  set_animations (TRUE);
  span0 = cr_viewport_get_span (viewport);
  anchor[0] = _cr_timeline_view_anchor_x (view);
  anchor[1] = (double) cr_viewport_time_at (viewport, anchor[0], width);
  anchor[2] = 0;
  frame_handler = g_signal_connect (viewport, "notify::span", G_CALLBACK (check_anchor), anchor);
  zoom_handler = g_signal_connect_swapped (view, "notify::zoom-span", G_CALLBACK (count_calls), &zoom_notifies);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-in", NULL));
  /* Nothing jumps: the first frame is still to come. */
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, span0);
  target = (gint64) llround ((double) span0 / 1.5);
  for (int i = 0; i < 200 && cr_viewport_get_span (viewport) != target; i++)
    spin (10);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, target);
  /* In steps, not one jump, and the zoom is remembered once, at the end. */
  g_assert_cmpfloat (anchor[2], >=, 2);
  g_assert_cmpuint (zoom_notifies, ==, 1);
  g_assert_cmpint (cr_timeline_view_get_zoom_span (view), ==, target);

  /* Two quick presses add up: the second starts from where the first is
   * going. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-out", NULL));
  spin (20);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-out", NULL));
  target = (gint64) llround ((double) (gint64) llround ((double) target * 1.5) * 1.5);
  for (int i = 0; i < 200 && cr_viewport_get_span (viewport) != target; i++)
    spin (10);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, target);

  g_signal_handler_disconnect (viewport, frame_handler);
  g_signal_handler_disconnect (view, zoom_handler);

  /* Zoom to fit glides too, and is remembered as "fit". */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-fit", NULL));
  for (int i = 0; i < 200 && cr_timeline_view_get_zoom_span (view) != 0; i++)
    spin (10);
  g_assert_cmpint (cr_timeline_view_get_zoom_span (view), ==, 0);
  g_assert_cmpint (ABS (cr_viewport_get_span (viewport) - span0), <=, 2);
  set_animations (FALSE);
}

static void
test_zoom_selection (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);

  fit_now ();
  cr_viewport_set_selection (viewport, -1);
  cr_viewport_set_selection (viewport, 101);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-selection", NULL));
  /* A day event, with three days on either side. */
  g_assert_cmpint (cr_viewport_get_start (viewport), ==, (gint64) (items[1].first_day - 3) * DAY);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, 7 * DAY);

  /* A month event: the month and a month on either side. */
  cr_viewport_set_selection (viewport, 100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-selection", NULL));
  g_assert_cmpint (cr_viewport_get_start (viewport), ==, (gint64) (items[0].first_day - 30) * DAY);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, 90 * DAY);
}

typedef struct {
  const char *text;
  const char *first;
  const char *last;
  gint64      cursor;
} GoToCase;

static const GoToCase go_to_cases[] = {
  { "3 de septiembre de 2025", "2025-09-03", "2025-09-03", 101 },
  { "junio de 2024",           "2024-06-01", "2024-06-30", 100 },
  { "June 2024",               "2024-06-01", "2024-06-30", 100 },
  { "  2024 ",                 "2024-01-01", "2024-12-31", 100 },
  { "September 3, 2025",       "2025-09-03", "2025-09-03", 101 },
  { "2025-01-20",              "2025-01-20", "2025-01-20", 103 },
  { "enero de 2025",           "2025-01-01", "2025-01-31", 103 },
};

static void
test_go_to_date (gconstpointer data)
{
  const GoToCase *gc = data;
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  CrDay first, last, unused;
  gint64 start, end;

  g_assert_true (cr_day_range_parse (gc->first, &first, &unused));
  g_assert_true (cr_day_range_parse (gc->last, &unused, &last));
  fit_now ();
  cr_viewport_set_cursor (viewport, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.go-to-date", "s", gc->text));
  start = cr_viewport_get_start (viewport);
  end = cr_viewport_get_end (viewport);

  if (first == last)
    {
      /* A day is in the middle; from the fitted view (over a year) the
       * month around it is shown. */
      g_assert_cmpint (ABS (start + (end - start) / 2 - ((gint64) first * DAY + DAY / 2)), <=, 1);
      g_assert_cmpint (end - start, ==, 31 * DAY);
    }
  else
    {
      /* A period fills the view, with a little air. */
      g_assert_cmpint (start, <, (gint64) first * DAY);
      g_assert_cmpint (end, >, (gint64) (last + 1) * DAY);
      g_assert_cmpint (end - start, <, (gint64) (last - first + 1) * DAY * 12 / 10);
    }
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, gc->cursor);
}

static void
test_go_to_bad_date (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  g_autoptr(GError) error = NULL;
  gint64 start, span;

  fit_now ();
  start = cr_viewport_get_start (viewport);
  span = cr_viewport_get_span (viewport);
  g_assert_false (cr_timeline_view_go_to_date (view, "no es una fecha", &error));
  g_assert_error (error, CR_TIMELINE_VIEW_ERROR, CR_TIMELINE_VIEW_ERROR_NOT_A_DATE);
  g_assert_nonnull (strstr (error->message, "no es una fecha"));
  g_clear_error (&error);
  g_assert_false (cr_timeline_view_go_to_date (view, "   ", &error));
  g_assert_cmpint (cr_viewport_get_start (viewport), ==, start);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, span);
}

static void
on_activated (CrTimelineView *self,
              gint64          id,
              GArray         *ids)
{
  g_array_append_val (ids, id);
}

static void
test_activate (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gulong handler = g_signal_connect (view, "event-activated", G_CALLBACK (on_activated), ids);

  fit_now ();
  cr_viewport_set_selection (viewport, -1);
  cr_viewport_set_cursor (viewport, 103);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.activate-cursor", NULL));
  /* Enter selects and opens. */
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, 103);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 103);
  /* Space only selects. */
  cr_viewport_set_cursor (viewport, 100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.select-cursor", NULL));
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, 100);
  g_assert_cmpuint (ids->len, ==, 1);
  g_signal_handler_disconnect (view, handler);
}

static void
assert_accessible (GtkAccessibleProperty property,
                   const char           *want)
{
  g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view), property, want);

  if (wrong != NULL)
    g_error ("accessible property %d is “%s”, expected “%s”", property, wrong, want);
}

static void
test_accessible (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  g_autofree char *meeting = g_strdup_printf ("%s, 1 source", cr_event_kind_get_label (CR_EVENT_KIND_MEETING));
  g_autofree char *agreement = g_strdup_printf ("%s, 1 source", cr_event_kind_get_label (CR_EVENT_KIND_AGREEMENT));

  cr_viewport_set_cursor (viewport, -1);
  assert_accessible (GTK_ACCESSIBLE_PROPERTY_LABEL, "Timeline");
  cr_viewport_set_cursor (viewport, 101);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.next-event", NULL));
  assert_accessible (GTK_ACCESSIBLE_PROPERTY_LABEL, "Reunión en Beijing, 3 September 2025");
  assert_accessible (GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, meeting);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.first-event", NULL));
  /* A month is named as a month. */
  assert_accessible (GTK_ACCESSIBLE_PROPERTY_LABEL, "Acuerdo de junio, June 2024");
  assert_accessible (GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, agreement);
  cr_viewport_set_cursor (viewport, -1);
  assert_accessible (GTK_ACCESSIBLE_PROPERTY_LABEL, "Timeline");
}

static void
test_tooltip (void)
{
  const CrMark *meeting;
  g_autofree char *text = NULL;
  g_autofree char *nothing = NULL;

  fit_now ();
  spin (50);
  meeting = mark_of (2);
  text = _cr_timeline_view_describe_at (view, (meeting->x0 + meeting->x1) / 2, meeting->y);
  g_assert_cmpstr (text, ==, "Reunión en Beijing\n3 September 2025 · 1 source");
  nothing = _cr_timeline_view_describe_at (view, 3, gtk_widget_get_height (GTK_WIDGET (view)) - 40);
  g_assert_null (nothing);
}

static void
test_zoom_settings (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.cronista.Cronista");
  g_autoptr(CrTimelineIndex) index = cr_timeline_index_new (items, G_N_ELEMENTS (items), CR_LANE_MODE_KIND);
  CrTimelineView *fresh;
  CrViewport *fresh_viewport;

  fit_now ();
  gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-fit", NULL);
  g_settings_set_int64 (settings, "timeline-span", 0);
  g_settings_bind (settings, "timeline-span", view, "zoom-span", G_SETTINGS_BIND_DEFAULT);

  /* The user zooms: the setting follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-in", NULL));
  g_assert_cmpint (g_settings_get_int64 (settings, "timeline-span"), ==, cr_viewport_get_span (viewport));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-fit", NULL));
  g_assert_cmpint (g_settings_get_int64 (settings, "timeline-span"), ==, 0);
  /* The setting changes: the view follows. */
  g_settings_set_int64 (settings, "timeline-span", 30 * DAY);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, 30 * DAY);
  g_settings_unbind (view, "zoom-span");

  /* The next start: a remembered zoom replaces zooming to fit, and shows
   * the latest events. */
  fresh = CR_TIMELINE_VIEW (g_object_ref_sink (cr_timeline_view_new ()));
  g_settings_bind (settings, "timeline-span", fresh, "zoom-span", G_SETTINGS_BIND_DEFAULT);
  cr_timeline_view_set_index (fresh, index);
  fresh_viewport = cr_timeline_view_get_viewport (fresh);
  g_assert_cmpint (cr_viewport_get_span (fresh_viewport), ==, 30 * DAY);
  g_assert_cmpint (cr_viewport_get_end (fresh_viewport), >, (gint64) (items[1].last_day + 1) * DAY);
  g_assert_cmpint (cr_viewport_get_start (fresh_viewport), <, (gint64) items[1].first_day * DAY);
  g_settings_unbind (fresh, "zoom-span");
  g_object_unref (fresh);

  /* "Fit" remembered: the next start fits. */
  g_settings_set_int64 (settings, "timeline-span", 0);
  fresh = CR_TIMELINE_VIEW (g_object_ref_sink (cr_timeline_view_new ()));
  g_settings_bind (settings, "timeline-span", fresh, "zoom-span", G_SETTINGS_BIND_DEFAULT);
  cr_timeline_view_set_index (fresh, index);
  fresh_viewport = cr_timeline_view_get_viewport (fresh);
  g_assert_cmpint (cr_viewport_get_start (fresh_viewport), <, (gint64) items[0].first_day * DAY);
  g_assert_cmpint (cr_viewport_get_end (fresh_viewport), >, (gint64) (items[1].last_day + 1) * DAY);
  g_settings_unbind (fresh, "zoom-span");
  g_object_unref (fresh);
  fit_now ();
}

/* Forty lanes, one event a month in each from 2020, one day in lane 0
 * with sixty events, and five days in a row in lane 1: more lanes than
 * fit, and clusters. */
#define N_LANES 40
#define N_CROWD 60
#define N_NEAR  5
static CrTimelineItem many[N_LANES + N_CROWD + N_NEAR];

static CrTimelineIndex *
make_many (void)
{
  CrDay base = cr_day_from_ymd (2020, 1, 15);

  for (guint i = 0; i < N_LANES; i++)
    {
      many[i].id = 1000 + i;
      many[i].first_day = many[i].last_day = base + 30 * (CrDay) i;
      many[i].granularity = CR_GRANULARITY_DAY;
      many[i].kind = CR_EVENT_KIND_MEETING;
      many[i].lane_key = i;
      many[i].title = "Lane event";
      many[i].n_sources = 2;
    }
  for (guint i = 0; i < N_CROWD; i++)
    {
      CrTimelineItem *it = &many[N_LANES + i];

      it->id = 2000 + i;
      it->first_day = it->last_day = base + 400;
      it->granularity = CR_GRANULARITY_DAY;
      it->kind = CR_EVENT_KIND_STATEMENT;
      it->lane_key = 0;
      it->title = "Crowd";
      it->n_sources = 1;
    }
  for (guint i = 0; i < N_NEAR; i++)
    {
      CrTimelineItem *it = &many[N_LANES + N_CROWD + i];

      it->id = 3000 + i;
      it->first_day = it->last_day = base + 200 + (CrDay) i;
      it->granularity = CR_GRANULARITY_DAY;
      it->kind = CR_EVENT_KIND_VISIT;
      it->lane_key = 1;
      it->title = "Near";
      it->n_sources = 1;
    }
  return cr_timeline_index_new (many, G_N_ELEMENTS (many), CR_LANE_MODE_KEY);
}

static void
test_lanes_scroll (void)
{
  g_autoptr(CrTimelineIndex) index = make_many ();
  CrTimelineIndex *seed = cr_timeline_index_ref (cr_timeline_view_get_index (view));
  CrTimelineLayout *layout;
  guint shown;

  cr_timeline_view_set_index (view, index);
  fit_now ();
  layout = cr_timeline_view_get_layout (view);
  g_assert_cmpuint (layout->n_hidden_lanes, >, 0);
  shown = layout->lanes->len;
  g_assert_cmpuint (shown, <, N_LANES);
  g_assert_cmpuint (g_array_index (layout->lanes, CrLaneBox, 0).lane, ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.lanes-down", NULL));
  layout = cr_timeline_view_get_layout (view);
  g_assert_cmpuint (g_array_index (layout->lanes, CrLaneBox, 0).lane, ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.lanes-up", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.lanes-up", NULL));
  layout = cr_timeline_view_get_layout (view);
  g_assert_cmpuint (g_array_index (layout->lanes, CrLaneBox, 0).lane, ==, 0);

  /* Down stops when the last lane shows. */
  for (guint i = 0; i < N_LANES + 5; i++)
    gtk_widget_activate_action (GTK_WIDGET (view), "timeline.lanes-down", NULL);
  layout = cr_timeline_view_get_layout (view);
  g_assert_cmpuint (g_array_index (layout->lanes, CrLaneBox, layout->lanes->len - 1).lane, ==, N_LANES - 1);
  g_assert_cmpuint (layout->params.first_lane, ==, N_LANES - layout->lanes->len);

  /* The keyboard cursor brings its lane back into view. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.first-event", NULL));
  g_assert_cmpint (cr_viewport_get_cursor (cr_timeline_view_get_viewport (view)), ==, 1000);
  layout = cr_timeline_view_get_layout (view);
  g_assert_cmpuint (g_array_index (layout->lanes, CrLaneBox, 0).lane, ==, 0);

  cr_timeline_view_set_index (view, seed);
  cr_timeline_index_unref (seed);
}

static void
test_cursor_opens_cluster (void)
{
  g_autoptr(CrTimelineIndex) index = make_many ();
  CrTimelineIndex *seed = cr_timeline_index_ref (cr_timeline_view_get_index (view));
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  gsize near = N_LANES + N_CROWD;

  cr_timeline_view_set_index (view, index);
  fit_now ();
  /* Zoomed out, the five days in a row are one badge. */
  g_assert_null (cr_timeline_layout_find_item (cr_timeline_view_get_layout (view), near));

  /* The cursor moves onto the first of them: the view zooms in until it
   * is drawn on its own, where the cursor ring can show. */
  cr_viewport_set_cursor (viewport, 1006);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.next-event", NULL));
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 3000);
  g_assert_nonnull (cr_timeline_layout_find_item (cr_timeline_view_get_layout (view), near));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.next-event", NULL));
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 3001);
  g_assert_nonnull (cr_timeline_layout_find_item (cr_timeline_view_get_layout (view), near + 1));

  cr_timeline_view_set_index (view, seed);
  cr_timeline_index_unref (seed);
  fit_now ();
}

static void
test_cluster_zooms (void)
{
  g_autoptr(CrTimelineIndex) index = make_many ();
  CrTimelineIndex *seed = cr_timeline_index_ref (cr_timeline_view_get_index (view));
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  CrTimelineLayout *layout;
  const CrMark *cluster = NULL;
  g_autofree char *tip = NULL;
  CrDay crowd = many[N_LANES].first_day;
  gint64 span;

  cr_timeline_view_set_index (view, index);
  fit_now ();
  span = cr_viewport_get_span (viewport);
  layout = cr_timeline_view_get_layout (view);
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *mark = &g_array_index (layout->marks, CrMark, i);

      if ((mark->type == CR_MARK_CLUSTER || mark->type == CR_MARK_OVERFLOW) &&
          mark->first_day <= crowd && mark->last_day >= crowd)
        cluster = mark;
    }
  g_assert_nonnull (cluster);
  tip = _cr_timeline_view_describe_at (view, (cluster->x0 + cluster->x1) / 2, cluster->y);
  g_assert_nonnull (tip);
  g_assert_nonnull (strstr (tip, "events"));

  g_assert_true (cr_timeline_view_activate_at (view, (cluster->x0 + cluster->x1) / 2, cluster->y));
  g_assert_cmpint (cr_viewport_get_span (viewport), <, span / 4);
  g_assert_cmpint (cr_viewport_get_start (viewport), <=, (gint64) crowd * DAY);
  g_assert_cmpint (cr_viewport_get_end (viewport), >=, (gint64) (crowd + 1) * DAY);

  cr_timeline_view_set_index (view, seed);
  cr_timeline_index_unref (seed);
  fit_now ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CrTimelineIndex) index = NULL;

  /* GTK's test backend keeps the accessible properties to check. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_init (&argc, &argv, NULL);
  adw_init ();
  set_animations (FALSE);
  make_items ();

  index = cr_timeline_index_new (items, G_N_ELEMENTS (items), CR_LANE_MODE_KIND);
  view = CR_TIMELINE_VIEW (cr_timeline_view_new ());
  cr_timeline_view_set_index (view, index);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 900, 500);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  for (int i = 0; i < 200 && gtk_widget_get_width (GTK_WIDGET (view)) == 0; i++)
    spin (20);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), >, 0);

  g_test_add_func ("/timeline-view/fitted-and-drawn", test_fitted_and_drawn);
  g_test_add_func ("/timeline-view/actions", test_actions);
  g_test_add_func ("/timeline-view/click-selects", test_click_selects);
  g_test_add_func ("/timeline-view/keyboard-cursor", test_keyboard_cursor);
  g_test_add_func ("/timeline-view/dark-style", test_dark_style);
  g_test_add_func ("/timeline-view/animated-zoom", test_animated_zoom);
  g_test_add_func ("/timeline-view/zoom-selection", test_zoom_selection);
  for (guint i = 0; i < G_N_ELEMENTS (go_to_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/timeline-view/go-to-date/%u", i);
      g_test_add_data_func (path, &go_to_cases[i], test_go_to_date);
    }
  g_test_add_func ("/timeline-view/go-to-bad-date", test_go_to_bad_date);
  g_test_add_func ("/timeline-view/activate", test_activate);
  g_test_add_func ("/timeline-view/accessible", test_accessible);
  g_test_add_func ("/timeline-view/tooltip", test_tooltip);
  g_test_add_func ("/timeline-view/zoom-settings", test_zoom_settings);
  g_test_add_func ("/timeline-view/lanes-scroll", test_lanes_scroll);
  g_test_add_func ("/timeline-view/cluster-zooms", test_cluster_zooms);
  g_test_add_func ("/timeline-view/cursor-opens-cluster", test_cursor_opens_cluster);

  return g_test_run ();
}
