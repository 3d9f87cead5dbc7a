/* bench-timeline.c: layout and render time per frame, 10^3 to 10^6 events
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-timeline [--min N] [--max N] [--reps N] [--png DIR]
 *
 * For each library size, spread over 50 years, prints the one-time sort
 * and the median layout and render times of one 1920x1080 frame at three
 * zoom levels, as a markdown table. Times are CPU time of the one thread
 * that does the work. With --png, also writes each frame.
 */

#define G_LOG_DOMAIN "bench-timeline"

#include "config.h"

#include <cairo.h>
#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include "cr-calendar.h"
#include "cr-timeline-layout.h"
#include "cr-timeline-renderer.h"
#include "cr-viewport.h"

#define WIDTH  1920
#define HEIGHT 1080

/* Made-up headlines, in both languages of the corpus. */
static const char *titles[] = {
  "Cumbre bilateral sobre comercio",
  "Border talks resume in Geneva",
  "Firma del acuerdo de pesca",
  "Troops withdraw from the northern pass",
  "Declaración conjunta de ministros",
  "Sanctions extended for six months",
  "Elecciones regionales anticipadas",
  "Report on refugee flows published",
  "Visita de Estado a la capital",
  "Ceasefire broken near the river",
  "Desfile militar en la plaza",
  "Parliament approves the budget",
};

/* 78% days, then weeks, months, quarters, years and decades, roughly as
 * a news archive dates its events. */
static CrGranularity
pick_granularity (GRand *rand)
{
  double r = g_rand_double (rand);

  if (r < 0.78)
    return CR_GRANULARITY_DAY;
  if (r < 0.82)
    return CR_GRANULARITY_WEEK;
  if (r < 0.94)
    return CR_GRANULARITY_MONTH;
  if (r < 0.95)
    return CR_GRANULARITY_QUARTER;
  if (r < 0.99)
    return CR_GRANULARITY_YEAR;
  return CR_GRANULARITY_DECADE;
}

static void
period_of (CrDay          day,
           CrGranularity  granularity,
           CrDay         *first,
           CrDay         *last)
{
  int y, m, d;

  cr_day_to_ymd (day, &y, &m, &d);
  switch (granularity)
    {
    case CR_GRANULARITY_WEEK:
      *first = day - (cr_day_get_weekday (day) - 1);
      *last = *first + 6;
      break;
    case CR_GRANULARITY_MONTH:
      *first = cr_day_from_ymd (y, m, 1);
      *last = cr_day_from_ymd (y, m, cr_calendar_days_in_month (y, m));
      break;
    case CR_GRANULARITY_QUARTER:
      m = m - (m - 1) % 3;
      *first = cr_day_from_ymd (y, m, 1);
      *last = cr_day_from_ymd (y, m + 2, cr_calendar_days_in_month (y, m + 2));
      break;
    case CR_GRANULARITY_YEAR:
      *first = cr_day_from_ymd (y, 1, 1);
      *last = cr_day_from_ymd (y, 12, 31);
      break;
    case CR_GRANULARITY_DECADE:
      *first = cr_day_from_ymd (y - y % 10, 1, 1);
      *last = cr_day_from_ymd (y - y % 10 + 9, 12, 31);
      break;
    case CR_GRANULARITY_DAY:
    default:
      *first = *last = day;
      break;
    }
}

/* A third of the events fall in 40 two-week crises: news is bursty, and
 * bursts are what clustering must survive. */
static CrTimelineItem *
make_library (gsize  n,
              CrDay  first_day,
              CrDay  last_day)
{
  CrTimelineItem *items = g_new0 (CrTimelineItem, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250903);
  CrDay crises[40];

  for (guint i = 0; i < G_N_ELEMENTS (crises); i++)
    crises[i] = g_rand_int_range (rand, first_day, last_day - 14);

  for (gsize i = 0; i < n; i++)
    {
      CrTimelineItem *item = &items[i];
      CrDay day;

      if (g_rand_double (rand) < 0.33)
        day = crises[g_rand_int_range (rand, 0, G_N_ELEMENTS (crises))] + g_rand_int_range (rand, 0, 14);
      else
        day = g_rand_int_range (rand, first_day, last_day + 1);
      item->id = (gint64) i + 1;
      item->granularity = pick_granularity (rand);
      period_of (day, item->granularity, &item->first_day, &item->last_day);
      item->kind = g_rand_int_range (rand, 1, CR_N_EVENT_KINDS);
      item->lane_key = g_rand_int_range (rand, 0, 12);
      item->title = titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (titles))];
      item->n_sources = 1 + g_rand_int_range (rand, 0, 5);
    }
  return items;
}

/* CPU time of this thread, in microseconds: the figure of "one core",
 * and steady on a machine where other jobs compete for the cores. */
static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_double);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

typedef struct {
  const char *name;
  gint64      start;
  gint64      span;
} View;

int
main (int   argc,
      char *argv[])
{
  gint64 min_events = 1000;
  gint64 max_events = 1000000;
  int reps = 11;
  g_autofree char *png_dir = NULL;
  GOptionEntry entries[] = {
    { "min", 0, 0, G_OPTION_ARG_INT64, &min_events, "Smallest library (default 1000)", "N" },
    { "max", 0, 0, G_OPTION_ARG_INT64, &max_events, "Largest library (default 1000000)", "N" },
    { "reps", 0, 0, G_OPTION_ARG_INT, &reps, "Frames per measurement (default 11)", "N" },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png_dir, "Write each frame as a PNG into DIR", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("- timeline layout and render benchmark");
  g_autoptr(GError) error = NULL;
  PangoContext *context;
  CrDay first = cr_day_from_ymd (1976, 1, 1);
  CrDay last = cr_day_from_ymd (2025, 12, 31);
  CrDay middle = cr_day_from_ymd (2001, 3, 14);
  cairo_surface_t *surface;
  View views[3];

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  reps = CLAMP (reps, 1, 1000);

  {
    g_autoptr(CrViewport) viewport = cr_viewport_new ();

    cr_viewport_set_extent_days (viewport, first, last);
    cr_viewport_zoom_to_fit (viewport);
    views[0] = (View) { "50 years", cr_viewport_get_start (viewport), cr_viewport_get_span (viewport) };
  }
  views[1] = (View) { "1 month", (gint64) middle * CR_SECONDS_PER_DAY, 30 * CR_SECONDS_PER_DAY };
  views[2] = (View) { "1 day", (gint64) middle * CR_SECONDS_PER_DAY, CR_SECONDS_PER_DAY };

  context = cr_timeline_layout_create_context ();
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);

  g_print ("| events | sort (once) | view | marks | layout (median) | render (median) | frame |\n");
  g_print ("|---:|---:|---|---:|---:|---:|---:|\n");

  for (gint64 n = MAX (min_events, 1); n <= max_events; n *= 10)
    {
      g_autofree CrTimelineItem *items = make_library (n, first, last);
      g_autoptr(CrTimelineIndex) index = NULL;
      gint64 t0 = cpu_now ();
      double sort_ms;

      index = cr_timeline_index_new (items, n, CR_LANE_MODE_KIND);
      sort_ms = (cpu_now () - t0) / 1000.0;

      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          g_autofree double *layout_ms = g_new (double, reps);
          g_autofree double *render_ms = g_new (double, reps);
          CrLayoutParams params = { 0 };
          CrRenderOptions render_options;
          guint n_marks = 0;
          double lm, rm;

          params.start = views[v].start;
          params.span = views[v].span;
          params.width = WIDTH;
          params.height = HEIGHT;
          params.scale_factor = 1;
          params.legend = TRUE;
          cr_render_options_init (&render_options);

          for (int r = 0; r < reps; r++)
            {
              g_autoptr(CrTimelineLayout) layout = NULL;
              cairo_t *cr;
              gint64 a, b, c;

              a = cpu_now ();
              layout = cr_timeline_layout_new (index, &params, context);
              b = cpu_now ();
              cr = cairo_create (surface);
              cr_timeline_render (layout, cr, &render_options);
              cairo_destroy (cr);
              cairo_surface_flush (surface);
              c = cpu_now ();
              layout_ms[r] = (b - a) / 1000.0;
              render_ms[r] = (c - b) / 1000.0;
              n_marks = layout->marks->len;
            }
          lm = median (layout_ms, reps);
          rm = median (render_ms, reps);
          g_print ("| %" G_GINT64_FORMAT " | %.1f ms | %s | %u | %.2f ms | %.2f ms | %.2f ms |\n",
                   n, sort_ms, views[v].name, n_marks, lm, rm, lm + rm);

          if (png_dir != NULL)
            {
              g_autofree char *name = g_strdup_printf ("bench-%" G_GINT64_FORMAT "-%u.png", n, v);
              g_autofree char *path = g_build_filename (png_dir, name, NULL);

              cairo_surface_write_to_png (surface, path);
            }
        }
    }

  cairo_surface_destroy (surface);
  g_object_unref (context);
  return 0;
}
