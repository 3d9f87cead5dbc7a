/* test-render.c: exported timelines have the right pixels where marks are
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PNG checks recompute the layout the export used and read back the
 * pixels under each mark; SVG and PDF are rasterised with rsvg-convert and
 * pdftoppm, as a reader's tools would open them.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "cr-calendar.h"
#include "cr-timeline-export.h"
#include "cr-timeline-layout.h"
#include "cr-timeline-renderer.h"

#define DAY CR_SECONDS_PER_DAY
#define WIDTH 1200
#define HEIGHT 600

typedef struct {
  CrTimelineItem items[5];
  char          *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  CrTimelineItem items[] = {
    { 1, 0, 0, CR_GRANULARITY_MONTH, CR_EVENT_KIND_AGREEMENT, 0, "Acuerdo de cooperación", 0, 2, 0 },
    { 2, 0, 0, CR_GRANULARITY_DAY, CR_EVENT_KIND_MILITARY, 0, "Desfile militar", 0, 3, 0 },
    { 3, 0, 0, CR_GRANULARITY_DAY, CR_EVENT_KIND_MEETING, 0, "Reunión trilateral", 0, 4, 0 },
    { 4, 0, 0, CR_GRANULARITY_DAY, CR_EVENT_KIND_STATEMENT, 0, "Joint statement", 0, 1, 0 },
    { 5, 0, 0, CR_GRANULARITY_YEAR, CR_EVENT_KIND_REPORT, 0, "Annual report", 0, 1, 0 },
  };
  GError *error = NULL;

  items[0].first_day = cr_day_from_ymd (2024, 6, 1);
  items[0].last_day = cr_day_from_ymd (2024, 6, 30);
  items[1].first_day = items[1].last_day = cr_day_from_ymd (2025, 9, 3);
  items[2].first_day = items[2].last_day = cr_day_from_ymd (2025, 9, 3);
  items[3].first_day = items[3].last_day = cr_day_from_ymd (2025, 1, 20);
  items[4].first_day = cr_day_from_ymd (2024, 1, 1);
  items[4].last_day = cr_day_from_ymd (2024, 12, 31);
  memcpy (f->items, items, sizeof items);
  f->dir = g_dir_make_tmp ("cronista-render-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
options_for (CrExportOptions *o)
{
  cr_export_options_init (o);
  o->width = WIDTH;
  o->height = HEIGHT;
  o->from = cr_day_from_ymd (2024, 5, 1);
  o->to = cr_day_from_ymd (2025, 9, 30);
  o->title = "Cronista";
}

/* The layout cr_timeline_export() computes for @o. */
static CrTimelineLayout *
layout_for (Fixture               *f,
            const CrExportOptions *o,
            CrTimelineIndex      **index_out)
{
  CrLayoutParams params = { 0 };
  CrTimelineIndex *index = cr_timeline_index_new (f->items, G_N_ELEMENTS (f->items), o->lanes);
  CrTimelineLayout *layout;

  params.start = (gint64) o->from * DAY;
  params.span = (gint64) (o->to - o->from + 1) * DAY;
  params.width = o->width;
  params.height = o->height;
  params.scale_factor = o->scale;
  params.title = o->title;
  params.legend = o->legend;
  layout = cr_timeline_layout_new (index, &params, NULL);
  *index_out = index;
  return layout;
}

typedef struct { double r, g, b; } Rgb;

static Rgb
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  int ix = (int) floor (x);
  int iy = (int) floor (y);
  guint32 p;

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));
  p = *(const guint32 *) (data + iy * stride + ix * 4);
  return (Rgb) { ((p >> 16) & 0xff) / 255.0, ((p >> 8) & 0xff) / 255.0, (p & 0xff) / 255.0 };
}

static gboolean
near (Rgb            got,
      double         r,
      double         g,
      double         b,
      double         tolerance)
{
  return fabs (got.r - r) <= tolerance && fabs (got.g - g) <= tolerance && fabs (got.b - b) <= tolerance;
}

static void
assert_color (Rgb            got,
              const CrColor *want,
              const char    *what)
{
  if (!near (got, want->red, want->green, want->blue, 3.0 / 255))
    g_error ("%s: pixel is #%02x%02x%02x, expected #%02x%02x%02x", what,
             (int) (got.r * 255 + .5), (int) (got.g * 255 + .5), (int) (got.b * 255 + .5),
             (int) (want->red * 255 + .5), (int) (want->green * 255 + .5), (int) (want->blue * 255 + .5));
}

/* A spot of the first lane between two ruler ticks: nothing is drawn
 * there but the background. */
static void
empty_spot (CrTimelineLayout *layout,
            double           *x,
            double           *y)
{
  const CrLaneBox *lane = &g_array_index (layout->lanes, CrLaneBox, 0);
  double best = -1;

  for (guint i = 0; i + 1 < layout->ticks->len; i++)
    {
      const CrTick *a = &g_array_index (layout->ticks, CrTick, i);
      const CrTick *b = &g_array_index (layout->ticks, CrTick, i + 1);

      if (a->level == CR_TICK_MINOR && b->level == CR_TICK_MINOR && b->x - a->x > best &&
          a->x > WIDTH / 2.0)
        {
          best = b->x - a->x;
          *x = (a->x + b->x) / 2;
        }
    }
  g_assert_cmpfloat (best, >, 4);
  *y = lane->y + lane->height - 3;
}

static void
check_png (Fixture          *f,
           CrExportOptions  *o,
           const char       *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrTimelineIndex) index = NULL;
  g_autoptr(CrTimelineLayout) layout = NULL;
  const CrPalette *palette = cr_palette_get (o->palette);
  cairo_surface_t *surface;
  double s = o->scale;
  double x = 0, y = 0;
  guint n_points = 0, n_spans = 0;

  g_assert_true (cr_timeline_export (f->items, G_N_ELEMENTS (f->items), o, path, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, (int) (o->width * s + 0.5));
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, (int) (o->height * s + 0.5));

  layout = layout_for (f, o, &index);
  g_assert_cmpuint (layout->lanes->len, ==, 5);

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);
      const CrColor *kind = cr_palette_get_kind (palette, f->items[m->item].kind);

      g_assert_cmpint (m->type, <=, CR_MARK_SPAN);
      if (m->type == CR_MARK_POINT)
        {
          assert_color (pixel (surface, (m->x0 + m->x1) / 2 * s, m->y * s), kind, "point centre");
          n_points++;
        }
      else if (m->x1 - m->x0 > 20)
        {
          /* Inside the bar, left of any label: the kind tint over the
           * lane's own background, read just above the bar. */
          Rgb lane = pixel (surface, (MAX (m->x0, 0) + 4) * s, (m->y - m->height / 2 - 4) * s);
          Rgb got = pixel (surface, (MAX (m->x0, 0) + 4) * s, m->y * s);

          if (!near (got, 0.25 * kind->red + 0.75 * lane.r, 0.25 * kind->green + 0.75 * lane.g,
                     0.25 * kind->blue + 0.75 * lane.b, 4.0 / 255))
            g_error ("bar of %s is not tinted with its kind", f->items[m->item].title);
          /* And visibly so. */
          g_assert_false (near (got, lane.r, lane.g, lane.b, 0.03));
          n_spans++;
        }
    }
  g_assert_cmpuint (n_points, ==, 3);
  g_assert_cmpuint (n_spans, ==, 2);

  empty_spot (layout, &x, &y);
  assert_color (pixel (surface, x * s, y * s), &palette->background, "empty lane");
  cairo_surface_destroy (surface);
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  CrExportOptions o;

  options_for (&o);
  check_png (f, &o, "light.png");
}

static void
test_png_hidpi (Fixture       *f,
                gconstpointer  data)
{
  CrExportOptions o;

  options_for (&o);
  o.scale = 2;
  check_png (f, &o, "hidpi.png");
}

static void
test_png_dark (Fixture       *f,
               gconstpointer  data)
{
  CrExportOptions o;

  options_for (&o);
  o.palette = CR_PALETTE_DARK;
  o.today = cr_day_from_ymd (2025, 9, 10);
  check_png (f, &o, "dark.png");
}

static guint
count_color (cairo_surface_t *surface,
             const CrColor   *color)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  guint n = 0;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      n += near (pixel (surface, x, y), color->red, color->green, color->blue, 4.0 / 255);
  return n;
}

typedef struct {
  const char *extension;
  const char *argv[8];   /* {in} and {out} are replaced */
  const char *suffix;    /* appended to {out} by the tool */
} Rasterizer;

static const Rasterizer rasterizers[] = {
  { "svg", { "rsvg-convert", "-o", "{out}", "{in}", NULL }, "" },
  { "pdf", { "pdftoppm", "-png", "-r", "72", "-singlefile", "{in}", "{out}", NULL }, ".png" },
};

static void
test_vector (Fixture       *f,
             gconstpointer  data)
{
  const Rasterizer *r = data;
  g_autofree char *name = g_strconcat ("timeline.", r->extension, NULL);
  g_autofree char *in = g_build_filename (f->dir, name, NULL);
  g_autofree char *out = g_build_filename (f->dir, "raster", NULL);
  g_autofree char *png = g_strconcat (out, r->suffix, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const CrPalette *palette = cr_palette_get (CR_PALETTE_LIGHT);
  CrExportOptions o;
  cairo_surface_t *surface;
  g_autofree char *tool = NULL;
  int status;

  options_for (&o);
  g_assert_true (cr_timeline_export (f->items, G_N_ELEMENTS (f->items), &o, in, &error));
  g_assert_no_error (error);

  tool = g_find_program_in_path (r->argv[0]);
  if (tool == NULL)
    g_error ("%s is needed to check %s exports", r->argv[0], r->extension);
  for (guint i = 0; r->argv[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) (g_str_equal (r->argv[i], "{in}") ? in :
                                       g_str_equal (r->argv[i], "{out}") ? out : r->argv[i]));
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, HEIGHT);
  /* The three day events are solid dots (and legend dots) of their kind;
   * the page is mostly background. */
  g_assert_cmpuint (count_color (surface, cr_palette_get_kind (palette, CR_EVENT_KIND_MILITARY)), >=, 40);
  g_assert_cmpuint (count_color (surface, cr_palette_get_kind (palette, CR_EVENT_KIND_MEETING)), >=, 40);
  g_assert_cmpuint (count_color (surface, &palette->background), >, WIDTH * HEIGHT / 2);
  cairo_surface_destroy (surface);
}

typedef struct {
  const char    *name;
  const char    *file;
  int            width;
  CrDay          from;
  CrDay          to;
  gsize          n_items;
  CrExportError  code;
} ErrorCase;

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  const ErrorCase cases[] = {
    { "extension", "timeline.gif", WIDTH, CR_DAY_UNKNOWN, CR_DAY_UNKNOWN, 5, CR_EXPORT_ERROR_FORMAT },
    { "size", "timeline.png", 20, CR_DAY_UNKNOWN, CR_DAY_UNKNOWN, 5, CR_EXPORT_ERROR_SIZE },
    { "empty", "timeline.png", WIDTH, CR_DAY_UNKNOWN, CR_DAY_UNKNOWN, 0, CR_EXPORT_ERROR_RANGE },
    { "reversed", "timeline.png", WIDTH, 100, 50, 5, CR_EXPORT_ERROR_RANGE },
    { "unwritable", "no/such/dir/timeline.pdf", WIDTH, CR_DAY_UNKNOWN, CR_DAY_UNKNOWN, 5, CR_EXPORT_ERROR_WRITE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, cases[i].file, NULL);
      g_autoptr(GError) error = NULL;
      CrExportOptions o;

      cr_export_options_init (&o);
      o.width = cases[i].width;
      o.from = cases[i].from;
      o.to = cases[i].to;
      g_test_message ("case %s", cases[i].name);
      g_assert_false (cr_timeline_export (f->items, cases[i].n_items, &o, path, &error));
      g_assert_error (error, CR_EXPORT_ERROR, (gint) cases[i].code);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS) && cases[i].code != CR_EXPORT_ERROR_WRITE);
    }
}

/* Drawing onto a surface the caller owns: the widget's path. A selected
 * item gets a ring of the selection colour around its dot. */
static void
test_selection_ring (Fixture       *f,
                     gconstpointer  data)
{
  CrExportOptions o;
  g_autoptr(CrTimelineIndex) index = NULL;
  g_autoptr(CrTimelineLayout) layout = NULL;
  CrRenderOptions render;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const CrMark *m;
  const CrPalette *palette = cr_palette_get (CR_PALETTE_LIGHT);
  gboolean found = FALSE;

  options_for (&o);
  layout = layout_for (f, &o, &index);
  cr_render_options_init (&render);
  render.selected_item = 3;
  cr_timeline_render (layout, cr, &render);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  m = cr_timeline_layout_find_item (layout, 3);
  g_assert_nonnull (m);
  /* Walk right from the centre: the dot, a gap, then the ring. */
  for (double dx = CR_LAYOUT_POINT_RADIUS; dx < CR_LAYOUT_POINT_RADIUS + 6; dx += 0.5)
    found |= near (pixel (surface, (m->x0 + m->x1) / 2 + dx, m->y), palette->selection.red,
                   palette->selection.green, palette->selection.blue, 0.1);
  g_assert_true (found);
  cairo_surface_destroy (surface);
}

/* 1 px lines cover whole device pixels: crisp at scale 1 and 2. */
static void
test_crisp_lines (Fixture       *f,
                  gconstpointer  data)
{
  int s = GPOINTER_TO_INT (data);
  g_autofree char *path = g_build_filename (f->dir, "crisp.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrTimelineIndex) index = NULL;
  g_autoptr(CrTimelineLayout) layout = NULL;
  const CrPalette *palette = cr_palette_get (CR_PALETTE_LIGHT);
  const CrLaneBox *lane;
  const CrTick *major = NULL;
  cairo_surface_t *surface;
  CrExportOptions o;
  int column;
  double y;

  options_for (&o);
  o.scale = s;
  g_assert_true (cr_timeline_export (f->items, G_N_ELEMENTS (f->items), &o, path, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (path);
  layout = layout_for (f, &o, &index);

  for (guint i = 0; i < layout->ticks->len && major == NULL; i++)
    {
      const CrTick *tick = &g_array_index (layout->ticks, CrTick, i);

      if (tick->level == CR_TICK_MAJOR && tick->x > 20 && tick->x < WIDTH - 20)
        major = tick;
    }
  g_assert_nonnull (major);
  lane = &g_array_index (layout->lanes, CrLaneBox, 0);
  y = (lane->y + lane->height - 3) * s;

  column = (int) round (major->x * s - s / 2.0);
  for (int c = column; c < column + s; c++)
    assert_color (pixel (surface, c, y), &palette->grid, "grid line");
  assert_color (pixel (surface, column - 1, y), &palette->background, "left of the line");
  assert_color (pixel (surface, column + s, y), &palette->background, "right of the line");
  cairo_surface_destroy (surface);
}

/* The keyboard cursor is a ring of its own around the focused event. */
static void
test_cursor_ring (Fixture       *f,
                  gconstpointer  data)
{
  CrExportOptions o;
  g_autoptr(CrTimelineIndex) index = NULL;
  g_autoptr(CrTimelineLayout) layout = NULL;
  CrRenderOptions render;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  const CrPalette *palette = cr_palette_get (CR_PALETTE_LIGHT);
  const CrMark *m;
  double before = 0, after = 0;

  options_for (&o);
  layout = layout_for (f, &o, &index);
  m = cr_timeline_layout_find_item (layout, 2);
  g_assert_nonnull (m);
  cr_render_options_init (&render);

  for (int pass = 0; pass < 2; pass++)
    {
      cairo_t *cr = cairo_create (surface);
      double darkest = 1;

      render.cursor_item = pass == 0 ? G_MAXSIZE : 2;
      cr_timeline_render (layout, cr, &render);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      /* Around the upper half of the dot, where no title is: the ring is
       * dashed, so look at many angles. */
      for (double a = G_PI + 0.3; a < 2 * G_PI - 0.3; a += 0.05)
        for (double r = CR_LAYOUT_POINT_RADIUS + 4; r <= CR_LAYOUT_POINT_RADIUS + 8; r += 0.5)
          {
            Rgb c = pixel (surface, (m->x0 + m->x1) / 2 + r * cos (a), m->y + r * sin (a));

            darkest = MIN (darkest, cr_color_luminance (&(CrColor) { c.r, c.g, c.b, 1 }));
          }
      if (pass == 0)
        before = darkest;
      else
        after = darkest;
    }
  /* Light grid lines may cross there; nothing dark. */
  g_assert_cmpfloat (before, >, cr_color_luminance (&palette->background) - 0.25);
  g_assert_cmpfloat (after, <, before - 0.3);
  cairo_surface_destroy (surface);
}

/* No events yet: a ruler on an empty page, not a crash. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CrTimelineIndex) index = cr_timeline_index_new (NULL, 0, CR_LANE_MODE_KIND);
  g_autoptr(CrTimelineLayout) layout = NULL;
  CrLayoutParams params = { 0 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  cairo_t *cr = cairo_create (surface);

  params.start = (gint64) cr_day_from_ymd (2025, 9, 1) * DAY;
  params.span = 30 * DAY;
  params.width = 400;
  params.height = 200;
  params.legend = TRUE;
  layout = cr_timeline_layout_new (index, &params, NULL);
  g_assert_cmpuint (layout->lanes->len, ==, 0);
  g_assert_cmpuint (layout->marks->len, ==, 0);
  g_assert_cmpuint (layout->legend->len, ==, 0);
  g_assert_cmpuint (layout->ticks->len, >, 0);
  g_assert_null (cr_timeline_layout_hit_test (layout, 200, 150));
  cr_timeline_render (layout, cr, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  assert_color (pixel (surface, 397, 197), &cr_palette_get (CR_PALETTE_LIGHT)->background, "empty page");
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/png", Fixture, NULL, fixture_set_up, test_png, fixture_tear_down);
  g_test_add ("/render/png-hidpi", Fixture, NULL, fixture_set_up, test_png_hidpi, fixture_tear_down);
  g_test_add ("/render/png-dark", Fixture, NULL, fixture_set_up, test_png_dark, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (rasterizers); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/%s", rasterizers[i].extension);
      g_test_add (path, Fixture, &rasterizers[i], fixture_set_up, test_vector, fixture_tear_down);
    }
  g_test_add ("/render/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);
  g_test_add ("/render/selection", Fixture, NULL, fixture_set_up, test_selection_ring, fixture_tear_down);
  g_test_add ("/render/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/render/cursor", Fixture, NULL, fixture_set_up, test_cursor_ring, fixture_tear_down);
  g_test_add ("/render/crisp/1", Fixture, GINT_TO_POINTER (1), fixture_set_up, test_crisp_lines, fixture_tear_down);
  g_test_add ("/render/crisp/2", Fixture, GINT_TO_POINTER (2), fixture_set_up, test_crisp_lines, fixture_tear_down);

  return g_test_run ();
}
