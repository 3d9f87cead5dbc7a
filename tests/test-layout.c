/* test-layout.c: ruler ladder, lanes, clusters, hit-testing, spans
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Registered twice in tests/meson.build: under C.UTF-8 and under
 * es_ES.UTF-8 with LANGUAGE=es, so the ruler is checked in both.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-runtime.h"
#include "cr-timeline-layout.h"

#define DAY CR_SECONDS_PER_DAY

static gboolean spanish;

static CrTimelineItem
item_new (gint64         id,
          const char    *first,
          const char    *last,
          CrGranularity  granularity,
          CrEventKind    kind,
          const char    *title)
{
  CrTimelineItem item = { 0 };
  CrDay a, b;

  g_assert_true (cr_day_range_parse (first, &item.first_day, &b));
  if (last != NULL)
    g_assert_true (cr_day_range_parse (last, &a, &item.last_day));
  else
    item.last_day = b;
  item.id = id;
  item.granularity = granularity;
  item.kind = kind;
  item.title = title;
  item.n_sources = 1;
  return item;
}

static CrTimelineLayout *
layout_for (CrTimelineIndex *index,
            gint64           start,
            gint64           span,
            int              width,
            int              height)
{
  CrLayoutParams params = { 0 };

  params.start = start;
  params.span = span;
  params.width = width;
  params.height = height;
  params.scale_factor = 1;
  return cr_timeline_layout_new (index, &params, NULL);
}

/* ---- ruler ---- */

typedef struct {
  const char  *name;
  gint64       span;
  int          width;
  CrRulerUnit  unit;       /* expected minor unit */
} RulerCase;

static const RulerCase ruler_cases[] = {
  { "1-day",       DAY,              1200, CR_RULER_UNIT_DAY },
  { "3-days",      3 * DAY,          1200, CR_RULER_UNIT_DAY },
  { "2-weeks",     14 * DAY,         1200, CR_RULER_UNIT_DAY },
  { "1-month",     31 * DAY,         1200, CR_RULER_UNIT_DAY },
  { "3-months",    92 * DAY,         1200, CR_RULER_UNIT_WEEK },
  { "1-year",      365 * DAY,        1200, CR_RULER_UNIT_MONTH },
  { "1-year-narrow", 365 * DAY,      400,  CR_RULER_UNIT_MONTH },
  { "3-years",     3 * 365 * DAY,    1200, CR_RULER_UNIT_MONTH },
  { "10-years",    3653 * DAY,       1200, CR_RULER_UNIT_YEAR },
  { "50-years",    18262 * DAY,      1920, CR_RULER_UNIT_YEAR },
  { "50-years-narrow", 18262 * DAY,  400,  CR_RULER_UNIT_YEAR },
  { "200-years",   73049 * DAY,      1200, CR_RULER_UNIT_YEAR },
  { "400-years",   146097 * DAY,     1200, CR_RULER_UNIT_YEAR },
};

static void
check_band (GArray      *ticks,
            CrTickLevel  level,
            double       width,
            guint       *n_labels)
{
  double last_end = -G_MAXDOUBLE;
  double last_x = -G_MAXDOUBLE;

  *n_labels = 0;
  for (guint i = 0; i < ticks->len; i++)
    {
      const CrTick *tick = &g_array_index (ticks, CrTick, i);

      if (tick->level != level)
        continue;
      /* Ticks move strictly right: the ladder's periods are consecutive. */
      g_assert_cmpfloat (tick->x, >, last_x);
      last_x = tick->x;
      if (tick->label == NULL)
        continue;
      g_assert_cmpfloat (tick->label_x, >=, 0);
      g_assert_cmpfloat (tick->label_x + tick->label_width, <=, width);
      if (tick->label_x < last_end)
        g_error ("label “%s” at %.1f overlaps the previous one ending at %.1f",
                 pango_layout_get_text (tick->label), tick->label_x, last_end);
      last_end = tick->label_x + tick->label_width;
      (*n_labels)++;
    }
}

static void
test_ruler_ladder (gconstpointer data)
{
  const RulerCase *rc = data;
  CrTimeScale scale;
  g_autoptr(GArray) ticks = cr_ruler_ticks_new ();
  PangoContext *context = cr_timeline_layout_create_context ();
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");
  /* Several starts: a month boundary, mid-year, and a leap day. */
  const char *starts[] = { "2025-09-01", "2001-03-14", "2024-02-29", "1969-12-20" };

  for (guint s = 0; s < G_N_ELEMENTS (starts); s++)
    {
      CrDay first, last;
      CrRulerStep step;
      guint n_major, n_minor;

      g_assert_true (cr_day_range_parse (starts[s], &first, &last));
      scale.start = (gint64) first * DAY;
      scale.span = rc->span;
      scale.width = rc->width;
      step = cr_ruler_compute (&scale, context, font, ticks);

      g_assert_cmpint (step.unit, ==, rc->unit);
      check_band (ticks, CR_TICK_MINOR, rc->width, &n_minor);
      check_band (ticks, CR_TICK_MAJOR, rc->width, &n_major);
      /* Every view names where it is: some minor label, and the period
       * around it (the sticky major label) unless a decade ruler. */
      g_assert_cmpuint (n_minor, >=, 1);
      if (step.unit != CR_RULER_UNIT_YEAR)
        g_assert_cmpuint (n_major, >=, 1);
      /* A ruler is readable, not a comb. */
      g_assert_cmpuint (n_minor, <=, rc->width / 20);
    }

  pango_font_description_free (font);
  g_object_unref (context);
}

/* Zooming out never picks a finer step. */
static void
test_ruler_monotonic (void)
{
  PangoContext *context = cr_timeline_layout_create_context ();
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");
  g_autoptr(GArray) ticks = cr_ruler_ticks_new ();
  double last_days = 0;

  for (gint64 span = DAY; span <= 146097 * DAY; span = span * 3 / 2)
    {
      CrTimeScale scale = { cr_day_from_ymd (2000, 1, 1) * DAY, span, 1000 };
      CrRulerStep step = cr_ruler_compute (&scale, context, font, ticks);
      double days = step.count * (step.unit == CR_RULER_UNIT_DAY ? 1 :
                                  step.unit == CR_RULER_UNIT_WEEK ? 7 :
                                  step.unit == CR_RULER_UNIT_MONTH ? 30.4 : 365.25);

      g_assert_cmpfloat (days, >=, last_days);
      last_days = days;
    }
  g_assert_cmpfloat (last_days, >=, 20 * 365);

  pango_font_description_free (font);
  g_object_unref (context);
}

typedef struct {
  const char  *day;
  CrRulerUnit  unit;
  gboolean     major;
  const char  *english;
  const char  *spanish;
} LabelCase;

static const LabelCase label_cases[] = {
  { "2025-09-01", CR_RULER_UNIT_MONTH, TRUE,  "September 2025", "septiembre de 2025" },
  { "2024-06-01", CR_RULER_UNIT_MONTH, TRUE,  "June 2024",      "junio de 2024" },
  { "2025-09-01", CR_RULER_UNIT_MONTH, FALSE, "September",      "septiembre" },
  { "2025-09-03", CR_RULER_UNIT_DAY,   FALSE, "3",              "3" },
  { "1999-01-01", CR_RULER_UNIT_YEAR,  FALSE, "1999",           "1999" },
  { "1990-01-01", CR_RULER_UNIT_YEAR,  TRUE,  "1990s",          "años 1990" },
};

static void
test_ruler_labels (gconstpointer data)
{
  const LabelCase *lc = data;
  CrDay first, last;
  g_autofree char *text = NULL;

  g_assert_true (cr_day_range_parse (lc->day, &first, &last));
  text = cr_ruler_format_period (first, lc->unit, lc->major);
  g_assert_cmpstr (text, ==, spanish ? lc->spanish : lc->english);
}

/* ---- lanes and rows ---- */

static void
assert_rows_disjoint (CrTimelineLayout *layout)
{
  for (guint l = 0; l < layout->lanes->len; l++)
    {
      const CrLaneBox *box = &g_array_index (layout->lanes, CrLaneBox, l);

      for (guint i = 1; i < box->n_marks; i++)
        {
          const CrMark *a = &g_array_index (layout->marks, CrMark, box->first_mark + i - 1);
          const CrMark *b = &g_array_index (layout->marks, CrMark, box->first_mark + i);

          g_assert_cmpuint (a->lane, ==, l);
          g_assert_cmpuint (a->row, <=, b->row);
          if (a->row == b->row)
            g_assert_cmpfloat (a->x1, <, b->x0);
          if (b->row == box->n_rows)
            {
              /* "+N" chips of a one-row lane, in its header band. */
              g_assert_true (box->header_chips);
              g_assert_cmpint (b->type, ==, CR_MARK_OVERFLOW);
              g_assert_cmpfloat (b->y + b->height / 2, <=, box->rows_y);
              g_assert_cmpfloat (b->y - b->height / 2, >=, box->y);
              continue;
            }
          g_assert_cmpuint (b->row, <, box->n_rows);
          /* Rows stay inside their lane. */
          g_assert_cmpfloat (b->y - b->height / 2, >=, box->rows_y);
          g_assert_cmpfloat (b->y + b->height / 2, <=, box->y + box->height);
        }
    }
}

typedef struct {
  const char *name;
  guint       n_same_day;     /* points on 2025-09-03 */
  guint       n_months;       /* 2024-06 bars, all overlapping */
  int         height;
  guint       min_rows_used;
} PackCase;

static const PackCase pack_cases[] = {
  { "two-points-one-day", 2, 0, 400, 2 },
  { "five-points",        5, 0, 400, 5 },
  { "three-months",       0, 3, 400, 3 },
  { "mixed",              3, 3, 400, 6 },
  { "crowded",           40, 0, 200, 1 },
};

static void
test_lane_packing (gconstpointer data)
{
  const PackCase *pc = data;
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (CrTimelineItem));
  g_autoptr(CrTimelineIndex) index = NULL;
  g_autoptr(CrTimelineLayout) layout = NULL;
  guint rows_used = 0;
  gsize total = 0;

  for (guint i = 0; i < pc->n_same_day; i++)
    {
      CrTimelineItem it = item_new (i, "2025-09-03", NULL, CR_GRANULARITY_DAY, CR_EVENT_KIND_MEETING, "Reunión");
      g_array_append_val (items, it);
    }
  for (guint i = 0; i < pc->n_months; i++)
    {
      CrTimelineItem it = item_new (100 + i, "2025-09", NULL, CR_GRANULARITY_MONTH, CR_EVENT_KIND_MEETING, "Agreement");
      g_array_append_val (items, it);
    }
  index = cr_timeline_index_new ((CrTimelineItem *) items->data, items->len, CR_LANE_MODE_SINGLE);
  layout = layout_for (index, cr_day_from_ymd (2025, 7, 20) * DAY, 60 * DAY, 1000, pc->height);

  assert_rows_disjoint (layout);
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);

      rows_used = MAX (rows_used, m->row + 1);
      total += m->count;
    }
  g_assert_cmpuint (rows_used, >=, pc->min_rows_used);
  g_assert_cmpuint (total, ==, items->len);
}

/* ---- clusters conserve events ---- */

static CrTimelineItem *
random_library (gsize  n,
                guint  seed)
{
  static const char *titles[] = { "Cumbre", "Ceasefire talks", "Acuerdo comercial", "Sanctions" };
  CrTimelineItem *items = g_new0 (CrTimelineItem, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  CrDay first = cr_day_from_ymd (1990, 1, 1);

  for (gsize i = 0; i < n; i++)
    {
      CrDay day = first + g_rand_int_range (rand, 0, 365 * 30);
      double r = g_rand_double (rand);

      items[i].id = i;
      items[i].first_day = day;
      items[i].last_day = day;
      items[i].granularity = CR_GRANULARITY_DAY;
      if (r > 0.8)
        {
          items[i].granularity = CR_GRANULARITY_MONTH;
          items[i].last_day = day + 29;
        }
      else if (r > 0.75)
        {
          items[i].granularity = CR_GRANULARITY_YEAR;
          items[i].last_day = day + 364;
        }
      items[i].kind = g_rand_int_range (rand, 0, CR_N_EVENT_KINDS);
      items[i].lane_key = g_rand_int_range (rand, 0, 3);
      items[i].title = titles[i % G_N_ELEMENTS (titles)];
      items[i].n_sources = 1;
    }
  return items;
}

typedef struct {
  const char *name;
  gsize       n;
  CrLaneMode  mode;
  const char *start;
  gint64      span;
  int         height;
} ClusterCase;

static const ClusterCase cluster_cases[] = {
  { "small-all",       200,   CR_LANE_MODE_KIND,   "1989-01-01", 32 * 365 * DAY, 900 },
  { "dense-all",       50000, CR_LANE_MODE_KIND,   "1989-01-01", 32 * 365 * DAY, 900 },
  { "dense-single",    50000, CR_LANE_MODE_SINGLE, "1989-01-01", 32 * 365 * DAY, 300 },
  { "dense-keys-year", 50000, CR_LANE_MODE_KEY,    "2001-01-01", 365 * DAY,      600 },
  { "dense-month",     50000, CR_LANE_MODE_KIND,   "2001-03-14", 30 * DAY,       900 },
  { "dense-day",       50000, CR_LANE_MODE_KIND,   "2001-03-14", DAY,            900 },
  { "dense-edge",      50000, CR_LANE_MODE_SINGLE, "2019-12-20", 20 * DAY,       200 },
};

static void
test_clusters_conserve (gconstpointer data)
{
  const ClusterCase *cc = data;
  g_autofree CrTimelineItem *items = random_library (cc->n, 7);
  g_autoptr(CrTimelineIndex) index = cr_timeline_index_new (items, cc->n, cc->mode);
  g_autoptr(CrTimelineLayout) layout = NULL;
  CrDay start, last;
  gsize expected = 0;
  guint n_clusters = 0;

  g_assert_true (cr_day_range_parse (cc->start, &start, &last));
  layout = layout_for (index, (gint64) start * DAY, cc->span, 1200, cc->height);
  assert_rows_disjoint (layout);

  for (guint l = 0; l < layout->lanes->len; l++)
    {
      const CrLaneBox *box = &g_array_index (layout->lanes, CrLaneBox, l);
      gsize want = cr_timeline_index_count_range (index, box->lane, start,
                                                  start + (CrDay) (cc->span / DAY) - 1);
      gsize got = 0;

      for (guint i = 0; i < box->n_marks; i++)
        {
          const CrMark *m = &g_array_index (layout->marks, CrMark, box->first_mark + i);

          got += m->count;
          n_clusters += m->type == CR_MARK_CLUSTER || m->type == CR_MARK_OVERFLOW;
          if (m->type == CR_MARK_POINT || m->type == CR_MARK_SPAN)
            g_assert_cmpuint (m->count, ==, 1);
          else
            g_assert_cmpuint (m->count, >=, 1);
        }
      g_assert_cmpuint (got, ==, want);
      expected += want;

      /* The index's answer, checked against a plain scan. */
      {
        CrDay view_last = start + (CrDay) (cc->span / DAY) - 1;
        gsize scanned = 0;

        for (gsize k = 0; k < cc->n; k++)
          {
            CrDay item_last = MAX (items[k].last_day, items[k].first_day);

            if (cr_timeline_index_get_item_lane (index, k) == box->lane &&
                items[k].first_day <= view_last && item_last >= start)
              scanned++;
          }
        g_assert_cmpuint (want, ==, scanned);
      }
    }
  g_assert_cmpuint (layout->n_events, ==, expected);
  g_assert_cmpuint (layout->n_hidden_lanes, ==, 0);
  /* Dense views must aggregate: a frame is bounded, not 50 000 marks. */
  if (cc->n > 1000 && cc->span > 365 * DAY)
    {
      g_assert_cmpuint (n_clusters, >, 0);
      g_assert_cmpuint (layout->marks->len, <, 4000);
    }
}

/* Random viewports over a random library: every frame keeps rows
 * disjoint and accounts for every event in view. */
static void
test_random_viewports (void)
{
  g_autofree CrTimelineItem *items = random_library (30000, 5);
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);

  for (CrLaneMode mode = CR_LANE_MODE_SINGLE; mode <= CR_LANE_MODE_KEY; mode++)
    {
      g_autoptr(CrTimelineIndex) index = cr_timeline_index_new (items, 30000, mode);

      for (guint i = 0; i < 60; i++)
        {
          gint64 span = (gint64) (DAY * exp (g_rand_double_range (rand, 0, log (146097.0))));
          gint64 start = (gint64) cr_day_from_ymd (1960, 1, 1) * DAY +
                         (gint64) (g_rand_double (rand) * 90 * 365.25 * DAY);
          int width = g_rand_int_range (rand, 200, 2400);
          int height = g_rand_int_range (rand, 120, 1400);
          g_autoptr(CrTimelineLayout) layout = layout_for (index, start, span, width, height);
          CrDay first = cr_time_to_day (start);
          CrDay last = cr_time_to_day (start + span - 1);

          assert_rows_disjoint (layout);
          for (guint l = 0; l < layout->lanes->len; l++)
            {
              const CrLaneBox *box = &g_array_index (layout->lanes, CrLaneBox, l);

              g_assert_cmpuint (box->n_events, ==,
                                cr_timeline_index_count_range (index, box->lane, first, last));
            }
        }
    }
}

/* ---- granularity drawn honestly ---- */

static void
test_granularity_spans (void)
{
  CrTimelineItem items[] = {
    item_new (1, "2024-06", NULL, CR_GRANULARITY_MONTH, CR_EVENT_KIND_AGREEMENT, "Acuerdo de junio"),
    item_new (2, "2025-09-03", NULL, CR_GRANULARITY_DAY, CR_EVENT_KIND_MILITARY, "Desfile"),
    item_new (3, "2024", NULL, CR_GRANULARITY_YEAR, CR_EVENT_KIND_REPORT, "Informe anual"),
    item_new (4, "2025-03-01", NULL, CR_GRANULARITY_MONTH, CR_EVENT_KIND_SANCTIONS, "Sanciones"),
  };
  g_autoptr(CrTimelineIndex) index = NULL;
  g_autoptr(CrTimelineLayout) layout = NULL;
  CrTimeScale scale;
  const CrMark *m;

  items[3].last_day = CR_DAY_UNKNOWN;
  items[3].flags = CR_ITEM_FLAG_OPEN_END;
  index = cr_timeline_index_new (items, G_N_ELEMENTS (items), CR_LANE_MODE_KIND);
  layout = layout_for (index, cr_day_from_ymd (2023, 12, 1) * DAY, 700 * DAY, 1400, 600);
  scale = layout->scale;

  m = cr_timeline_layout_find_item (layout, 0);
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, CR_MARK_SPAN);
  g_assert_cmpfloat_with_epsilon (m->x0, cr_time_scale_x_for_day (&scale, cr_day_from_ymd (2024, 6, 1)), 1e-6);
  g_assert_cmpfloat_with_epsilon (m->x1, cr_time_scale_x_for_day (&scale, cr_day_from_ymd (2024, 7, 1)), 1e-6);

  m = cr_timeline_layout_find_item (layout, 1);
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, CR_MARK_POINT);
  g_assert_cmpfloat_with_epsilon ((m->x0 + m->x1) / 2,
                                  cr_time_scale_x (&scale, cr_day_from_ymd (2025, 9, 3) * DAY + DAY / 2), 1e-6);

  m = cr_timeline_layout_find_item (layout, 2);
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, CR_MARK_SPAN);
  g_assert_cmpfloat_with_epsilon (m->x0, cr_time_scale_x_for_day (&scale, cr_day_from_ymd (2024, 1, 1)), 1e-6);
  g_assert_cmpfloat_with_epsilon (m->x1, cr_time_scale_x_for_day (&scale, cr_day_from_ymd (2025, 1, 1)), 1e-6);

  /* Open-ended: a bar that fades, not a point. */
  m = cr_timeline_layout_find_item (layout, 3);
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, CR_MARK_SPAN);
  g_assert_true (m->flags & CR_ITEM_FLAG_OPEN_END);
  g_assert_cmpfloat (m->x1 - m->x0, >, 30 * cr_time_scale_pixels_per_day (&scale));
}

/* A year that began before the window still shows in a one-day view. */
static void
test_carried_over (void)
{
  CrTimelineItem items[] = {
    item_new (1, "2025", NULL, CR_GRANULARITY_YEAR, CR_EVENT_KIND_REPORT, "Año de informes"),
    item_new (2, "2025-09-03", NULL, CR_GRANULARITY_DAY, CR_EVENT_KIND_REPORT, "Informe"),
    item_new (3, "2025-09-02", NULL, CR_GRANULARITY_DAY, CR_EVENT_KIND_REPORT, "Ayer"),
  };
  g_autoptr(CrTimelineIndex) index = cr_timeline_index_new (items, G_N_ELEMENTS (items), CR_LANE_MODE_KIND);
  g_autoptr(CrTimelineLayout) layout = layout_for (index, cr_day_from_ymd (2025, 9, 3) * DAY, DAY, 800, 300);
  const CrMark *year = cr_timeline_layout_find_item (layout, 0);

  g_assert_nonnull (year);
  g_assert_cmpfloat (year->x0, <, 0);
  g_assert_cmpfloat (year->x1, >, 800);
  g_assert_nonnull (cr_timeline_layout_find_item (layout, 1));
  g_assert_null (cr_timeline_layout_find_item (layout, 2));
  g_assert_cmpuint (layout->n_events, ==, 2);
}

/* Lanes that do not fit are counted, and scrolling shows them. */
static void
test_hidden_lanes (void)
{
  g_autofree CrTimelineItem *items = random_library (2000, 11);
  g_autoptr(CrTimelineIndex) index = cr_timeline_index_new (items, 2000, CR_LANE_MODE_KIND);
  guint n_lanes = cr_timeline_index_get_n_lanes (index);
  CrLayoutParams params = { 0 };
  g_autoptr(CrTimelineLayout) top = NULL;
  g_autoptr(CrTimelineLayout) scrolled = NULL;
  guint shown;

  g_assert_cmpuint (n_lanes, ==, CR_N_EVENT_KINDS);
  params.start = cr_day_from_ymd (1990, 1, 1) * DAY;
  params.span = 365 * DAY;
  params.width = 800;
  params.height = 300;
  top = cr_timeline_layout_new (index, &params, NULL);
  shown = top->lanes->len;
  g_assert_cmpuint (shown, >=, 1);
  g_assert_cmpuint (shown, <, n_lanes);
  g_assert_cmpuint (top->n_hidden_lanes, ==, n_lanes - shown);
  for (guint i = 0; i < shown; i++)
    {
      const CrLaneBox *box = &g_array_index (top->lanes, CrLaneBox, i);

      g_assert_cmpfloat (box->y + box->height, <=, top->lanes_bottom);
      g_assert_cmpuint (box->n_rows, >=, 1);
    }

  params.first_lane = shown;
  scrolled = cr_timeline_layout_new (index, &params, NULL);
  g_assert_cmpuint (g_array_index (scrolled->lanes, CrLaneBox, 0).lane, ==, shown);
  /* Those scrolled off the top are above, not below. */
  g_assert_cmpuint (top->n_lanes_above, ==, 0);
  g_assert_cmpuint (scrolled->n_lanes_above, ==, shown);
  g_assert_cmpuint (scrolled->n_hidden_lanes, ==, n_lanes - shown - MIN (scrolled->lanes->len, n_lanes - shown));
}

/* ---- hit-testing ---- */

static void
test_hit_test (void)
{
  g_autofree CrTimelineItem *items = random_library (20000, 3);
  CrTimelineItem few[] = {
    item_new (1, "2025-09-03", NULL, CR_GRANULARITY_DAY, CR_EVENT_KIND_MILITARY, "Desfile"),
    item_new (2, "2025-09-03", NULL, CR_GRANULARITY_DAY, CR_EVENT_KIND_MILITARY, "Reunión"),
    item_new (3, "2024-06", NULL, CR_GRANULARITY_MONTH, CR_EVENT_KIND_MILITARY, "Acuerdo"),
  };
  g_autoptr(CrTimelineIndex) index = cr_timeline_index_new (few, G_N_ELEMENTS (few), CR_LANE_MODE_SINGLE);
  g_autoptr(CrTimelineLayout) layout = layout_for (index, cr_day_from_ymd (2024, 1, 1) * DAY, 700 * DAY, 1000, 400);
  g_autoptr(CrTimelineIndex) dense_index = cr_timeline_index_new (items, 20000, CR_LANE_MODE_KIND);
  g_autoptr(CrTimelineLayout) dense = layout_for (dense_index, cr_day_from_ymd (1989, 1, 1) * DAY, 32 * 365 * DAY, 1200, 800);
  guint n_clusters = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (few); i++)
    {
      const CrMark *m = cr_timeline_layout_find_item (layout, i);
      const CrMark *hit;

      g_assert_nonnull (m);
      hit = cr_timeline_layout_hit_test (layout, (m->x0 + m->x1) / 2, m->y);
      g_assert_true (hit == m);
      g_assert_cmpint (few[hit->item].id, ==, (gint64) i + 1);
      /* Just outside the mark, beyond the slack. */
      g_assert_true (cr_timeline_layout_hit_test (layout, m->x0 - 8, m->y) != m);
    }
  /* Empty space, the ruler and the lane header hit nothing. */
  g_assert_null (cr_timeline_layout_hit_test (layout, 5, 300));
  g_assert_null (cr_timeline_layout_hit_test (layout, 500, 10));
  g_assert_null (cr_timeline_layout_hit_test (layout, 500, -5));

  /* Every cluster of a dense view is found where it is drawn, with its
   * count. */
  for (guint i = 0; i < dense->marks->len; i++)
    {
      const CrMark *m = &g_array_index (dense->marks, CrMark, i);
      const CrMark *hit = cr_timeline_layout_hit_test (dense, (m->x0 + m->x1) / 2, m->y);

      if (m->x0 < 0 || m->x1 > 1200)
        continue;
      g_assert_true (hit == m);
      if (m->type == CR_MARK_CLUSTER)
        {
          g_assert_cmpuint (hit->count, >, 1);
          g_assert_cmpint (hit->first_day, <=, hit->last_day);
          n_clusters++;
        }
    }
  g_assert_cmpuint (n_clusters, >, 0);
}

/* ---- labels ---- */

static void
test_labels (void)
{
  CrTimelineItem items[] = {
    item_new (1, "2025-09-03", NULL, CR_GRANULARITY_DAY, CR_EVENT_KIND_MEETING, "Reunión"),
    item_new (2, "2025-09-10", NULL, CR_GRANULARITY_DAY, CR_EVENT_KIND_MEETING,
              "A very long headline about a summit that cannot possibly fit in a week of space"),
    item_new (3, "2025-09-12", NULL, CR_GRANULARITY_DAY, CR_EVENT_KIND_MEETING, "Último"),
  };
  g_autoptr(CrTimelineIndex) index = cr_timeline_index_new (items, G_N_ELEMENTS (items), CR_LANE_MODE_SINGLE);
  /* 20 days over 1000 px: 50 px a day. One row, so nothing moves aside. */
  g_autoptr(CrTimelineLayout) layout = layout_for (index, cr_day_from_ymd (2025, 9, 1) * DAY, 20 * DAY, 1000,
                                                    (int) (CR_LAYOUT_RULER_HEIGHT + CR_LAYOUT_LANE_HEADER + CR_LAYOUT_ROW_HEIGHT + 6));
  const CrMark *first = cr_timeline_layout_find_item (layout, 0);
  const CrMark *second = cr_timeline_layout_find_item (layout, 1);
  const CrMark *third = cr_timeline_layout_find_item (layout, 2);
  int w, h;

  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_nonnull (third);
  g_assert_cmpuint (second->row, ==, third->row);

  g_assert_nonnull (first->label);
  g_assert_false (pango_layout_is_ellipsized (first->label));
  g_assert_cmpstr (pango_layout_get_text (first->label), ==, "Reunión");

  /* The long title stops before the next mark, with an ellipsis. */
  g_assert_nonnull (second->label);
  g_assert_true (pango_layout_is_ellipsized (second->label));
  pango_layout_get_size (second->label, &w, &h);
  g_assert_cmpfloat (second->label_x, >, second->x1);
  g_assert_cmpfloat (second->label_x + (double) w / PANGO_SCALE, <, third->x0);
}

/* The latest event, at the right edge, gets its title on its left. */
static void
test_label_before (void)
{
  CrTimelineItem items[] = {
    item_new (1, "2025-09-20", NULL, CR_GRANULARITY_DAY, CR_EVENT_KIND_MEETING, "Reunión final"),
  };
  g_autoptr(CrTimelineIndex) index = cr_timeline_index_new (items, G_N_ELEMENTS (items), CR_LANE_MODE_SINGLE);
  g_autoptr(CrTimelineLayout) layout = layout_for (index, cr_day_from_ymd (2025, 9, 1) * DAY, 20 * DAY, 1000, 300);
  const CrMark *m = cr_timeline_layout_find_item (layout, 0);
  PangoRectangle ink, logical;

  g_assert_nonnull (m);
  g_assert_cmpfloat (layout->scale.width - m->x1, <, 40);
  g_assert_nonnull (m->label);
  g_assert_false (pango_layout_is_ellipsized (m->label));
  pango_layout_get_pixel_extents (m->label, &ink, &logical);
  /* Right-aligned in its box, which ends before the mark. */
  g_assert_cmpfloat (m->label_x + logical.x + logical.width, <=, m->x0);
  g_assert_cmpfloat (m->label_x + logical.x, >, m->x0 - 200);
}

int
main (int   argc,
      char *argv[])
{
  const char *messages;

  cr_runtime_init_i18n ();
  messages = g_getenv ("LANGUAGE");
  spanish = messages != NULL && g_str_has_prefix (messages, "es");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ruler_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/layout/ruler/ladder/%s", ruler_cases[i].name);
      g_test_add_data_func (path, &ruler_cases[i], test_ruler_ladder);
    }
  g_test_add_func ("/layout/ruler/monotonic", test_ruler_monotonic);
  for (guint i = 0; i < G_N_ELEMENTS (label_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/layout/ruler/label/%u", i);
      g_test_add_data_func (path, &label_cases[i], test_ruler_labels);
    }
  for (guint i = 0; i < G_N_ELEMENTS (pack_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/layout/lanes/%s", pack_cases[i].name);
      g_test_add_data_func (path, &pack_cases[i], test_lane_packing);
    }
  for (guint i = 0; i < G_N_ELEMENTS (cluster_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/layout/clusters/%s", cluster_cases[i].name);
      g_test_add_data_func (path, &cluster_cases[i], test_clusters_conserve);
    }
  g_test_add_func ("/layout/random-viewports", test_random_viewports);
  g_test_add_func ("/layout/granularity", test_granularity_spans);
  g_test_add_func ("/layout/carried-over", test_carried_over);
  g_test_add_func ("/layout/hidden-lanes", test_hidden_lanes);
  g_test_add_func ("/layout/hit-test", test_hit_test);
  g_test_add_func ("/layout/labels", test_labels);
  g_test_add_func ("/layout/label-before", test_label_before);

  return g_test_run ();
}
