/* test-viewport.c: zoom under the pointer, limits, pan, fit, notify
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "cr-calendar.h"
#include "cr-viewport.h"

#define DAY G_GINT64_CONSTANT (86400)

static gint64
time_at (CrViewport *viewport,
         double      x,
         double      width)
{
  return cr_viewport_get_start (viewport) +
         (gint64) (x / width * (double) cr_viewport_get_span (viewport));
}

typedef struct {
  double anchor_x;
  double factor;
  gint64 span;
} ZoomCase;

static const ZoomCase zoom_cases[] = {
  { 0,    2.0,  365 * DAY },
  { 250,  2.0,  365 * DAY },
  { 999,  2.0,  365 * DAY },
  { 500,  0.5,  30 * DAY },
  { 123,  10.0, 50 * 365 * DAY },
  { 777,  1.25, 7 * DAY },
  { 1000, 0.8,  100 * 365 * DAY },
};

static void
test_zoom_anchor (gconstpointer data)
{
  const ZoomCase *zc = data;
  g_autoptr(CrViewport) viewport = cr_viewport_new ();
  const double width = 1000;
  gint64 before, after;

  cr_viewport_set_visible (viewport, cr_day_from_ymd (2000, 1, 1) * DAY, zc->span);
  before = time_at (viewport, zc->anchor_x, width);
  cr_viewport_zoom (viewport, zc->factor, zc->anchor_x, width);
  after = time_at (viewport, zc->anchor_x, width);

  g_assert_cmpint (cr_viewport_get_span (viewport), ==, (gint64) (zc->span / zc->factor + 0.5));
  /* The instant under the pointer stays within one pixel's worth. */
  g_assert_cmpint (ABS (after - before), <=, cr_viewport_get_span (viewport) / (gint64) width + 1);

  /* And back: integer time, so a round trip lands where it started. */
  cr_viewport_zoom (viewport, 1 / zc->factor, zc->anchor_x, width);
  g_assert_cmpint (ABS (cr_viewport_get_span (viewport) - zc->span), <=, 1);
}

static void
test_limits (void)
{
  g_autoptr(CrViewport) viewport = cr_viewport_new ();

  for (int i = 0; i < 100; i++)
    cr_viewport_zoom (viewport, 2.0, 500, 1000);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, CR_VIEWPORT_MIN_SPAN);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, DAY);

  for (int i = 0; i < 100; i++)
    cr_viewport_zoom (viewport, 0.5, 500, 1000);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, CR_VIEWPORT_MAX_SPAN);
  g_assert_cmpint (cr_viewport_get_span (viewport), >=, 300 * 365 * DAY);

  cr_viewport_set_visible (viewport, 0, 1);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, DAY);
  cr_viewport_zoom_to_range (viewport, 10 * DAY, 10 * DAY + 60);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, DAY);
  /* Too short a range is centred in the minimal span. */
  g_assert_cmpint (cr_viewport_get_start (viewport), ==, 10 * DAY + 30 - DAY / 2);
}

static void
test_pan (void)
{
  g_autoptr(CrViewport) viewport = cr_viewport_new ();
  gint64 start;

  cr_viewport_set_extent_days (viewport, cr_day_from_ymd (1990, 1, 1), cr_day_from_ymd (2020, 12, 31));
  cr_viewport_set_visible (viewport, cr_day_from_ymd (2000, 1, 1) * DAY, 100 * DAY);
  start = cr_viewport_get_start (viewport);
  cr_viewport_pan_pixels (viewport, 100, 1000);
  g_assert_cmpint (cr_viewport_get_start (viewport), ==, start + 10 * DAY);
  cr_viewport_pan (viewport, -10 * DAY);
  g_assert_cmpint (cr_viewport_get_start (viewport), ==, start);

  /* Panning stops half a screen past the extent. */
  cr_viewport_pan (viewport, 1000 * 365 * DAY);
  g_assert_cmpint (cr_viewport_get_start (viewport), ==,
                   cr_viewport_get_extent_end (viewport) - 50 * DAY);
  cr_viewport_pan (viewport, -2000 * 365 * DAY);
  g_assert_cmpint (cr_viewport_get_start (viewport), ==,
                   cr_viewport_get_extent_start (viewport) - 50 * DAY);
}

static void
test_fit_and_go_to (void)
{
  g_autoptr(CrViewport) viewport = cr_viewport_new ();
  CrDay first = cr_day_from_ymd (2024, 6, 1);
  CrDay last = cr_day_from_ymd (2025, 9, 3);

  cr_viewport_set_extent_days (viewport, first, last);
  cr_viewport_zoom_to_fit (viewport);
  g_assert_cmpint (cr_viewport_get_start (viewport), <, first * DAY);
  g_assert_cmpint (cr_viewport_get_end (viewport), >, (last + 1) * DAY);
  /* With a margin, not a wall of empty space. */
  g_assert_cmpint (cr_viewport_get_span (viewport), <, (last - first + 1) * DAY * 12 / 10);

  cr_viewport_zoom_to_days (viewport, cr_day_from_ymd (2025, 8, 1), cr_day_from_ymd (2025, 8, 30));
  g_assert_cmpint (cr_viewport_get_start (viewport), ==, cr_day_from_ymd (2025, 8, 1) * DAY);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, 30 * DAY);

  cr_viewport_go_to_date (viewport, cr_day_from_ymd (2025, 6, 15));
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, 30 * DAY);
  g_assert_cmpint (cr_viewport_get_start (viewport) + cr_viewport_get_span (viewport) / 2, ==,
                   cr_day_from_ymd (2025, 6, 15) * DAY + DAY / 2);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  GHashTable *counts = user_data;
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (counts, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1));
}

static guint
count_of (GHashTable *counts,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

static void
test_notify (void)
{
  g_autoptr(CrViewport) viewport = cr_viewport_new ();
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 value = 0;

  cr_viewport_set_visible (viewport, 0, 10 * DAY);
  g_signal_connect (viewport, "notify", G_CALLBACK (count_notify), counts);

  cr_viewport_set_selection (viewport, 42);
  cr_viewport_set_selection (viewport, 42);
  g_assert_cmpuint (count_of (counts, "selection"), ==, 1);
  g_object_get (viewport, "selection", &value, NULL);
  g_assert_cmpint (value, ==, 42);

  cr_viewport_set_cursor (viewport, 7);
  cr_viewport_set_cursor (viewport, -1);
  g_assert_cmpuint (count_of (counts, "cursor"), ==, 2);
  g_assert_cmpint (cr_viewport_get_cursor (viewport), ==, -1);

  /* Panning changes the start only; zooming at the left edge the span
   * only; a no-op notifies nothing. */
  cr_viewport_pan (viewport, DAY);
  g_assert_cmpuint (count_of (counts, "start"), ==, 1);
  g_assert_cmpuint (count_of (counts, "span"), ==, 0);
  cr_viewport_zoom (viewport, 2, 0, 1000);
  g_assert_cmpuint (count_of (counts, "start"), ==, 1);
  g_assert_cmpuint (count_of (counts, "span"), ==, 1);
  cr_viewport_pan (viewport, 0);
  cr_viewport_zoom (viewport, 1, 300, 1000);
  g_assert_cmpuint (count_of (counts, "start"), ==, 1);
  g_assert_cmpuint (count_of (counts, "span"), ==, 1);

  g_object_set (viewport, "span", 4 * DAY, NULL);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, 4 * DAY);
  g_assert_cmpuint (count_of (counts, "span"), ==, 2);
}

/* Each plan_ function says where its operation goes, and moves nothing. */
static void
test_plans (void)
{
  g_autoptr(CrViewport) viewport = cr_viewport_new ();
  g_autoptr(CrViewport) other = cr_viewport_new ();
  CrDay first = cr_day_from_ymd (2024, 6, 1);
  CrDay last = cr_day_from_ymd (2025, 9, 3);
  gint64 start, span, before_start, before_span;

  cr_viewport_set_extent_days (viewport, first, last);
  cr_viewport_set_extent_days (other, first, last);
  cr_viewport_set_visible (viewport, first * DAY, 90 * DAY);
  cr_viewport_set_visible (other, first * DAY, 90 * DAY);
  before_start = cr_viewport_get_start (viewport);
  before_span = cr_viewport_get_span (viewport);

  cr_viewport_plan_zoom (viewport, 3.0, 700, 1000, &start, &span);
  cr_viewport_zoom (other, 3.0, 700, 1000);
  g_assert_cmpint (start, ==, cr_viewport_get_start (other));
  g_assert_cmpint (span, ==, cr_viewport_get_span (other));

  g_assert_true (cr_viewport_plan_fit (viewport, &start, &span));
  cr_viewport_zoom_to_fit (other);
  g_assert_cmpint (start, ==, cr_viewport_get_start (other));
  g_assert_cmpint (span, ==, cr_viewport_get_span (other));

  cr_viewport_plan_range (viewport, 3 * DAY, 3 * DAY + 60, &start, &span);
  cr_viewport_zoom_to_range (other, 3 * DAY, 3 * DAY + 60);
  g_assert_cmpint (start, ==, cr_viewport_get_start (other));
  g_assert_cmpint (span, ==, DAY);

  cr_viewport_plan_go_to_date (viewport, last, &start, &span);
  g_assert_cmpint (span, ==, before_span);
  g_assert_cmpint (start, ==, last * DAY + DAY / 2 - span / 2);
  /* Constrained like the viewport: the end of the extent goes no further
   * left than the middle. */
  cr_viewport_plan_go_to_date (viewport, last + 100, &start, &span);
  g_assert_cmpint (start, ==, cr_viewport_get_extent_end (viewport) - span / 2);

  g_assert_cmpint (cr_viewport_get_start (viewport), ==, before_start);
  g_assert_cmpint (cr_viewport_get_span (viewport), ==, before_span);

  /* Nothing to fit in an empty viewport. */
  g_clear_object (&other);
  other = cr_viewport_new ();
  g_assert_false (cr_viewport_plan_fit (other, &start, &span));

  start = 0;
  span = 1;
  cr_viewport_constrain (viewport, &start, &span);
  g_assert_cmpint (span, ==, CR_VIEWPORT_MIN_SPAN);
  g_assert_cmpint (start, ==, first * DAY - DAY / 2);
}

static void
test_pixels (void)
{
  g_autoptr(CrViewport) viewport = cr_viewport_new ();

  cr_viewport_set_visible (viewport, 1000 * DAY, 100 * DAY);
  g_assert_cmpint (cr_viewport_time_at (viewport, 0, 1000), ==, 1000 * DAY);
  g_assert_cmpint (cr_viewport_time_at (viewport, 250, 1000), ==, 1025 * DAY);
  g_assert_cmpfloat (cr_viewport_x_at (viewport, 1025 * DAY, 1000), ==, 250.0);
  g_assert_cmpfloat (cr_viewport_x_at (viewport, 990 * DAY, 1000), ==, -100.0);
  for (double x = 0; x <= 1000; x += 37)
    g_assert_cmpfloat (fabs (cr_viewport_x_at (viewport, cr_viewport_time_at (viewport, x, 1000), 1000) - x), <, 0.01);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (zoom_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/viewport/zoom-anchor/%u", i);
      g_test_add_data_func (path, &zoom_cases[i], test_zoom_anchor);
    }
  g_test_add_func ("/viewport/limits", test_limits);
  g_test_add_func ("/viewport/pan", test_pan);
  g_test_add_func ("/viewport/fit-and-go-to", test_fit_and_go_to);
  g_test_add_func ("/viewport/notify", test_notify);
  g_test_add_func ("/viewport/plans", test_plans);
  g_test_add_func ("/viewport/pixels", test_pixels);

  return g_test_run ();
}
