/* test-timeline-input.c: the timeline widget driven by real X input
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows a CrTimelineView in a window of its own and moves the X pointer
 * and types on the X keyboard with ui_test_xdotool ($XDOTOOL), while the main loop
 * runs: what the widget receives is what a user's hand would produce.
 * Checks that Ctrl+scroll and Ctrl+plus keep the instant under the
 * pointer within a pixel, that a drag moves time with the pointer and a
 * fling carries on, that scrolling pans, that the arrow keys, Home and
 * End move the cursor and Enter and a double click open an event.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cr-calendar.h"
#include "cr-timeline-view.h"
#include "ui-test-util.h"

#define DAY G_GINT64_CONSTANT (86400)

static CrTimelineItem items[4];
static GtkWindow *window;
static CrTimelineView *view;
static char *window_id;
static double pointer_x = -1;
static GArray *activated;

/* Widget coordinates to the X window's. */
static void
to_window (double  x,
           double  y,
           char  **wx,
           char  **wy)
{
  graphene_point_t point;
  double sx, sy;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  *wx = g_strdup_printf ("%d", (int) lround (point.x + sx));
  *wy = g_strdup_printf ("%d", (int) lround (point.y + sy));
}

static void
move_pointer (double x,
              double y)
{
  g_autofree char *wx = NULL;
  g_autofree char *wy = NULL;

  to_window (x, y, &wx, &wy);
  ui_test_xdotool ("mousemove", "--window", window_id, wx, wy);
  for (int i = 0; i < 100 && fabs (pointer_x - x) > 0.5; i++)
    ui_test_spin (10);
  g_assert_cmpfloat (fabs (pointer_x - x), <=, 0.5);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           gpointer                  user_data)
{
  pointer_x = x;
}

static void
on_activated (CrTimelineView *self,
              gint64          id,
              gpointer        user_data)
{
  g_array_append_val (activated, id);
}

static double
width (void)
{
  return gtk_widget_get_width (GTK_WIDGET (view));
}

/* Waits until the view stops moving (animations, flings). */
static void
settle (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  gint64 start, span;

  do
    {
      start = cr_viewport_get_start (viewport);
      span = cr_viewport_get_span (viewport);
      ui_test_spin (120);
    }
  while (start != cr_viewport_get_start (viewport) || span != cr_viewport_get_span (viewport));
}

static void
fit (void)
{
  cr_viewport_zoom_to_fit (cr_timeline_view_get_viewport (view));
  settle ();
}

static void
assert_anchor (gint64      instant,
               double      x,
               const char *what)
{
  double now = cr_viewport_x_at (cr_timeline_view_get_viewport (view), instant, width ());

  if (fabs (now - x) > 1.0)
    g_error ("%s: the instant under the pointer moved from x = %.1f to %.1f", what, x, now);
}

static void
test_ctrl_scroll_keeps_anchor (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  double x = round (width () * 0.3);
  gint64 instant, span;

  fit ();
  move_pointer (x, 120);
  instant = cr_viewport_time_at (viewport, x, width ());
  span = cr_viewport_get_span (viewport);

  /* Wheel up with Ctrl: zoom in, by 1.2 a notch. */
  ui_test_xdotool ("keydown", "ctrl", "click", "4", "keyup", "ctrl");
  settle ();
  g_assert_cmpint (ABS (cr_viewport_get_span (viewport) - (gint64) llround (span / 1.2)), <=, 1);
  assert_anchor (instant, x, "ctrl+scroll up");

  ui_test_xdotool ("keydown", "ctrl", "click", "--repeat", "3", "--delay", "30", "5", "keyup", "ctrl");
  settle ();
  g_assert_cmpint (cr_viewport_get_span (viewport), >, span);
  assert_anchor (instant, x, "ctrl+scroll down");

  /* The zoom the user chose is remembered (zoom-span). */
  g_assert_cmpint (cr_timeline_view_get_zoom_span (view), ==, cr_viewport_get_span (viewport));
}

static void
test_ctrl_plus_keeps_anchor (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  double x = round (width () * 0.7);
  gint64 instant, span;

  fit ();
  move_pointer (x, 120);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  instant = cr_viewport_time_at (viewport, x, width ());
  span = cr_viewport_get_span (viewport);

  ui_test_xdotool ("key", "--clearmodifiers", "ctrl+plus");
  settle ();
  g_assert_cmpint (ABS (cr_viewport_get_span (viewport) - (gint64) llround (span / 1.5)), <=, 1);
  assert_anchor (instant, x, "ctrl+plus");
  ui_test_xdotool ("key", "--clearmodifiers", "minus");
  settle ();
  g_assert_cmpint (ABS (cr_viewport_get_span (viewport) - span), <=, 2);
  assert_anchor (instant, x, "minus");
  ui_test_xdotool ("key", "--clearmodifiers", "ctrl+plus", "ctrl+0");
  settle ();
  g_assert_cmpint (cr_timeline_view_get_zoom_span (view), ==, 0);
}

static void
test_scroll_pans (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  gint64 start, span;

  fit ();
  move_pointer (width () / 2, 120);
  start = cr_viewport_get_start (viewport);
  span = cr_viewport_get_span (viewport);
  /* Every lane fits: the wheel pans time, down is later. */
  ui_test_xdotool ("click", "5");
  settle ();
  g_assert_cmpint (cr_viewport_get_start (viewport), >, start);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, span);
  start = cr_viewport_get_start (viewport);
  ui_test_xdotool ("keydown", "shift", "click", "4", "keyup", "shift");
  settle ();
  g_assert_cmpint (cr_viewport_get_start (viewport), <, start);
}

static void
test_drag_follows_pointer (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  double x = round (width () * 0.25);
  g_autofree char *x1 = NULL;
  g_autofree char *x2 = NULL;
  g_autofree char *x3 = NULL;
  g_autofree char *wy = NULL;
  g_autofree char *unused = NULL;
  gint64 instant;

  fit ();
  /* In the ruler band, where no event is. */
  move_pointer (x, 10);
  instant = cr_viewport_time_at (viewport, x, width ());
  to_window (x + 60, 10, &x1, &unused);
  g_clear_pointer (&unused, g_free);
  to_window (x + 150, 10, &x2, &unused);
  g_clear_pointer (&unused, g_free);
  to_window (x + 200, 10, &x3, &wy);
  /* A slow drag: the pointer rests before it lets go, so nothing flies. */
  ui_test_xdotool ("mousedown", "1",
           "mousemove", "--window", window_id, x1, wy,
           "sleep", "0.05",
           "mousemove", "--window", window_id, x2, wy,
           "sleep", "0.05",
           "mousemove", "--window", window_id, x3, wy,
           "sleep", "0.4",
           "mouseup", "1");
  settle ();
  assert_anchor (instant, x + 200, "drag");
}

static void
test_fling_carries_on (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  double x = round (width () * 0.6);
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *wy = NULL;
  gint64 instant;
  double released_x = x - 8 * 25;

  fit ();
  move_pointer (x, 10);
  instant = cr_viewport_time_at (viewport, x, width ());
  /* Quick steps to the left, let go while moving. */
  g_ptr_array_add (args, g_strdup ("mousedown"));
  g_ptr_array_add (args, g_strdup ("1"));
  for (int i = 1; i <= 8; i++)
    {
      char *wx;

      g_clear_pointer (&wy, g_free);
      to_window (x - i * 25, 10, &wx, &wy);
      g_ptr_array_add (args, g_strdup ("mousemove"));
      g_ptr_array_add (args, g_strdup ("--window"));
      g_ptr_array_add (args, g_strdup (window_id));
      g_ptr_array_add (args, wx);
      g_ptr_array_add (args, g_strdup (wy));
      g_ptr_array_add (args, g_strdup ("sleep"));
      g_ptr_array_add (args, g_strdup ("0.01"));
    }
  g_ptr_array_add (args, g_strdup ("mouseup"));
  g_ptr_array_add (args, g_strdup ("1"));
  g_ptr_array_add (args, NULL);
  g_free (ui_test_xdotool_v ((const char * const *) args->pdata));
  settle ();

  /* Time kept going left after the button came up... */
  if (cr_viewport_x_at (viewport, instant, width ()) > released_x - 20)
    g_error ("no kinetic pan: the instant is at x = %.1f, released at %.1f",
             cr_viewport_x_at (viewport, instant, width ()), released_x);
}

static void
test_keys_move_cursor (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);

  fit ();
  cr_viewport_set_cursor (viewport, -1);
  cr_viewport_set_selection (viewport, -1);
  g_array_set_size (activated, 0);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));

  /* In time order: 100 (June 2024), 103 (January 2025), 101 and 102
   * (both 3 September 2025). */
  ui_test_xdotool ("key", "--clearmodifiers", "Home");
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 100);
  ui_test_xdotool ("key", "--clearmodifiers", "Right");
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 103);
  ui_test_xdotool ("key", "--clearmodifiers", "End");
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 102);
  ui_test_xdotool ("key", "--clearmodifiers", "Left");
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, 101);
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, -1);
  ui_test_xdotool ("key", "--clearmodifiers", "Return");
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, 101);
  g_assert_cmpuint (activated->len, ==, 1);
  g_assert_cmpint (g_array_index (activated, gint64, 0), ==, 101);
  settle ();
}

static void
test_double_click_opens (void)
{
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  CrTimelineLayout *layout;
  const CrMark *mark;
  g_autofree char *wx = NULL;
  g_autofree char *wy = NULL;

  fit ();
  cr_viewport_set_selection (viewport, -1);
  g_array_set_size (activated, 0);
  layout = cr_timeline_view_get_layout (view);
  mark = cr_timeline_layout_find_item (layout, 3);   /* the statement, alone */
  g_assert_nonnull (mark);
  to_window ((mark->x0 + mark->x1) / 2, mark->y, &wx, &wy);
  ui_test_xdotool ("mousemove", "--window", window_id, wx, wy, "click", "--repeat", "2", "--delay", "60", "1");
  ui_test_spin (100);
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, 103);
  g_assert_cmpuint (activated->len, ==, 1);
  g_assert_cmpint (g_array_index (activated, gint64, 0), ==, 103);
}

/* Thirty lanes of one event each: more than fit. The wheel scrolls them
 * up and down; with Shift, or sideways, it pans time. */
static void
test_scroll_lanes (void)
{
  static CrTimelineItem lanes[30];
  g_autoptr(CrTimelineIndex) index = NULL;
  CrTimelineIndex *seed = cr_timeline_index_ref (cr_timeline_view_get_index (view));
  CrViewport *viewport = cr_timeline_view_get_viewport (view);
  CrTimelineLayout *layout;
  gint64 start, span;

  for (guint i = 0; i < G_N_ELEMENTS (lanes); i++)
    {
      lanes[i].id = 500 + i;
      lanes[i].first_day = lanes[i].last_day = cr_day_from_ymd (2024, 1, 1) + 10 * (CrDay) i;
      lanes[i].granularity = CR_GRANULARITY_DAY;
      lanes[i].kind = CR_EVENT_KIND_OTHER;
      lanes[i].lane_key = i;
      lanes[i].title = "Lane";
      lanes[i].n_sources = 1;
    }
  index = cr_timeline_index_new (lanes, G_N_ELEMENTS (lanes), CR_LANE_MODE_KEY);
  cr_timeline_view_set_index (view, index);
  fit ();
  layout = cr_timeline_view_get_layout (view);
  g_assert_cmpuint (layout->n_hidden_lanes, >, 0);
  start = cr_viewport_get_start (viewport);
  span = cr_viewport_get_span (viewport);

  move_pointer (width () / 2, 200);
  ui_test_xdotool ("click", "--repeat", "2", "--delay", "30", "5");
  settle ();
  layout = cr_timeline_view_get_layout (view);
  g_assert_cmpuint (layout->params.first_lane, ==, 2);
  g_assert_cmpint (cr_viewport_get_start (viewport), ==, start);
  ui_test_xdotool ("click", "4");
  settle ();
  g_assert_cmpuint (cr_timeline_view_get_layout (view)->params.first_lane, ==, 1);

  ui_test_xdotool ("keydown", "shift", "click", "5", "keyup", "shift");
  settle ();
  g_assert_cmpint (cr_viewport_get_start (viewport), >, start);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, span);
  g_assert_cmpuint (cr_timeline_view_get_layout (view)->params.first_lane, ==, 1);

  cr_timeline_view_set_index (view, seed);
  cr_timeline_index_unref (seed);
  fit ();
  /* Other lanes start from the top. */
  g_assert_cmpuint (cr_timeline_view_get_layout (view)->params.first_lane, ==, 0);
}

static void
make_items (void)
{
  static const struct {
    const char    *day;
    CrGranularity  granularity;
    CrEventKind    kind;
    const char    *title;
  } rows[] = {
    { "2024-06",    CR_GRANULARITY_MONTH, CR_EVENT_KIND_AGREEMENT, "Acuerdo de junio" },
    { "2025-09-03", CR_GRANULARITY_DAY,   CR_EVENT_KIND_MILITARY,  "Desfile militar" },
    { "2025-09-03", CR_GRANULARITY_DAY,   CR_EVENT_KIND_MEETING,   "Reunión en Beijing" },
    { "2025-01-20", CR_GRANULARITY_DAY,   CR_EVENT_KIND_STATEMENT, "Joint statement" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_assert_true (cr_day_range_parse (rows[i].day, &items[i].first_day, &items[i].last_day));
      items[i].id = 100 + i;
      items[i].granularity = rows[i].granularity;
      items[i].kind = rows[i].kind;
      items[i].title = rows[i].title;
      items[i].n_sources = 1;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CrTimelineIndex) index = NULL;
  g_autofree char *title = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *found = NULL;
  GtkEventController *motion;

  g_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Animations on whatever the environment says: they are under test. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  make_items ();
  activated = g_array_new (FALSE, FALSE, sizeof (gint64));

  index = cr_timeline_index_new (items, G_N_ELEMENTS (items), CR_LANE_MODE_KIND);
  view = CR_TIMELINE_VIEW (cr_timeline_view_new ());
  cr_timeline_view_set_index (view, index);
  g_signal_connect (view, "event-activated", G_CALLBACK (on_activated), NULL);
  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), NULL);
  gtk_widget_add_controller (GTK_WIDGET (view), motion);

  title = g_strdup_printf ("timeline-input-%d", (int) getpid ());
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (window, title);
  gtk_window_set_default_size (window, 900, 500);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  for (int i = 0; i < 200 && gtk_widget_get_width (GTK_WIDGET (view)) == 0; i++)
    ui_test_spin (20);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), >, 0);

  /* Our X window, as xdotool sees it; there is no window manager under
   * Xvfb, so we give it the keyboard focus ourselves. */
  pattern = g_strdup_printf ("^%s$", title);
  found = ui_test_xdotool_v ((const char * const[]) { "search", "--sync", "--onlyvisible", "--name", pattern, NULL });
  window_id = g_strdup (g_strstrip (found));
  g_assert_cmpstr (window_id, !=, "");
  if (strchr (window_id, '\n') != NULL)
    *strchr (window_id, '\n') = '\0';
  ui_test_xdotool ("windowfocus", "--sync", window_id);

  g_test_add_func ("/timeline-input/ctrl-scroll-keeps-anchor", test_ctrl_scroll_keeps_anchor);
  g_test_add_func ("/timeline-input/ctrl-plus-keeps-anchor", test_ctrl_plus_keeps_anchor);
  g_test_add_func ("/timeline-input/scroll-pans", test_scroll_pans);
  g_test_add_func ("/timeline-input/scroll-lanes", test_scroll_lanes);
  g_test_add_func ("/timeline-input/drag-follows-pointer", test_drag_follows_pointer);
  g_test_add_func ("/timeline-input/fling-carries-on", test_fling_carries_on);
  g_test_add_func ("/timeline-input/keys-move-cursor", test_keys_move_cursor);
  g_test_add_func ("/timeline-input/double-click-opens", test_double_click_opens);

  return g_test_run ();
}
