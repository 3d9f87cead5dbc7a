/* test-timeline-view.c: the timeline widget under a display
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Puts a CrTimelineView with a few seed-like events in a window and checks
 * what it draws (pixels of the rendered widget), and that its actions,
 * clicks and keyboard cursor drive its CrViewport.
 */

#include "config.h"

#include <adwaita.h>

#include "cr-calendar.h"
#include "cr-palette.h"
#include "cr-timeline-view.h"

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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CrTimelineIndex) index = NULL;

  g_test_init (&argc, &argv, NULL);
  adw_init ();
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

  return g_test_run ();
}
