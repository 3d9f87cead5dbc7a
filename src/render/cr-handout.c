/* cr-handout.c: a printable PDF handout of a timeline's events
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-handout"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "cr-calendar.h"
#include "cr-handout.h"
#include "cr-palette.h"
#include "cr-timeline-export.h"
#include "cr-timeline-index.h"
#include "cr-timeline-layout.h"
#include "cr-timeline-renderer.h"
#include "cr-viewport.h"

/* A4 in points, and the margins of a printed page. */
#define PAGE_WIDTH   595.0
#define PAGE_HEIGHT  842.0
#define MARGIN        56.0
#define TEXT_WIDTH   (PAGE_WIDTH - 2 * MARGIN)
#define FOOTER_Y     (PAGE_HEIGHT - 32.0)
#define BODY_BOTTOM  (PAGE_HEIGHT - MARGIN - 12.0)
#define SECTION_GAP   18.0
#define LINE_GAP       4.0

static GDateTime *
date_time_of (CrDay day)
{
  int y, m, d;

  cr_day_to_ymd (day, &y, &m, &d);
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

char *
cr_handout_format_date (CrDay         first_day,
                        CrDay         last_day,
                        CrGranularity granularity)
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (first_day == CR_DAY_UNKNOWN)
    return g_strdup ("");
  first = date_time_of (first_day);
  last = date_time_of (last_day);

  switch (granularity)
    {
    case CR_GRANULARITY_DAY:
      if (first_day == last_day)
        /* Translators: a day, for g_date_time_format(): "3 September 2025" */
        return g_date_time_format (first, _("%-d %B %Y"));
      break;
    case CR_GRANULARITY_MONTH:
      /* Translators: a month, for g_date_time_format(): "June 2024" */
      return g_date_time_format (first, _("%B %Y"));
    case CR_GRANULARITY_YEAR:
      return g_date_time_format (first, "%Y");
    case CR_GRANULARITY_WEEK:
    case CR_GRANULARITY_QUARTER:
    case CR_GRANULARITY_HALF:
    case CR_GRANULARITY_SEASON:
    case CR_GRANULARITY_DECADE:
    case CR_GRANULARITY_CENTURY:
    case CR_N_GRANULARITIES:
    default:
      break;
    }

  a = g_date_time_format (first, _("%-d %B %Y"));
  b = g_date_time_format (last, _("%-d %B %Y"));
  /* Translators: a period from one day to another */
  return g_strdup_printf (_("%s – %s"), a, b);
}

static PangoLayout *
text_layout (cairo_t    *cr,
             const char *font,
             const char *markup,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

/* The blocks of one event's section, laid out for @cr. */
static GPtrArray *
section_layouts (cairo_t              *cr,
                 const CrHandoutEvent *ev)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *date = cr_handout_format_date (ev->first_day, ev->last_day, ev->granularity);
  g_autofree char *head = g_markup_printf_escaped ("<span foreground=\"#5e5c64\">%s · %s</span>",
                                                   date, cr_event_kind_get_label (ev->kind));
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", ev->title ? ev->title : "");

  g_ptr_array_add (blocks, text_layout (cr, "Sans 9", head, TEXT_WIDTH));
  g_ptr_array_add (blocks, text_layout (cr, "Sans 13", title, TEXT_WIDTH));
  if (ev->participants != NULL && *ev->participants)
    {
      g_autofree char *who = g_strdup_printf (_("Participants: %s"), ev->participants);
      g_autofree char *markup = g_markup_escape_text (who, -1);

      g_ptr_array_add (blocks, text_layout (cr, "Sans 10", markup, TEXT_WIDTH));
    }
  if (ev->place != NULL && *ev->place)
    {
      g_autofree char *where = g_strdup_printf (_("Place: %s"), ev->place);
      g_autofree char *markup = g_markup_escape_text (where, -1);

      g_ptr_array_add (blocks, text_layout (cr, "Sans 10", markup, TEXT_WIDTH));
    }
  for (guint q = 0; q < ev->n_quotes; q++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<i>«%s»</i>\n<span size=\"small\" foreground=\"#5e5c64\">— %s</span>",
                                                         ev->quotes[q], ev->sources[q] ? ev->sources[q] : "");

      g_ptr_array_add (blocks, text_layout (cr, "Serif 10", markup, TEXT_WIDTH - 14));
    }
  return blocks;
}

static double
blocks_height (GPtrArray *blocks)
{
  double h = 0;

  for (guint i = 0; i < blocks->len; i++)
    h += layout_height (g_ptr_array_index (blocks, i)) + LINE_GAP;
  return h;
}

static void
draw_footer (cairo_t *cr,
             guint    page,
             guint    n_pages)
{
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page, n_pages);
  g_autofree char *markup = g_markup_printf_escaped ("<span size=\"small\" foreground=\"#77767b\">%s</span>", text);
  g_autoptr(PangoLayout) layout = text_layout (cr, "Sans 8", markup, TEXT_WIDTH);

  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  cairo_move_to (cr, MARGIN, FOOTER_Y);
  pango_cairo_show_layout (cr, layout);
}

/* The whole timeline, framed as zoom-to-fit frames it on screen. */
static void
draw_timeline (cairo_t              *cr,
               const CrTimelineItem *items,
               gsize                 n_items,
               CrLaneMode            lanes,
               double                x,
               double                y,
               double                width,
               double                height)
{
  g_autoptr(CrTimelineIndex) index = cr_timeline_index_new (items, n_items, lanes);
  g_autoptr(CrViewport) viewport = cr_viewport_new ();
  CrTimelineLayout *layout;
  CrLayoutParams params = { 0 };
  CrRenderOptions options;
  CrDay first, last;

  if (!cr_timeline_index_get_extent (index, &first, &last))
    return;
  cr_viewport_set_extent_days (viewport, first, last);
  cr_viewport_zoom_to_fit (viewport);
  params.start = cr_viewport_get_start (viewport);
  params.span = cr_viewport_get_span (viewport);
  params.width = width;
  params.height = height;
  params.scale_factor = 1.0;
  params.legend = TRUE;
  layout = cr_timeline_layout_new (index, &params, NULL);

  cr_render_options_init (&options);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cr_timeline_render (layout, cr, &options);
  cairo_restore (cr);
  cr_timeline_layout_unref (layout);
}

static void
draw_title_page (cairo_t              *cr,
                 const char           *title,
                 const CrHandoutEvent *events,
                 gsize                 n_events,
                 const CrTimelineItem *items,
                 gsize                 n_items,
                 CrLaneMode            lanes)
{
  g_autofree char *title_markup = g_markup_printf_escaped ("<b>%s</b>", title ? title : _("Timeline"));
  g_autoptr(PangoLayout) heading = text_layout (cr, "Sans 24", title_markup, TEXT_WIDTH);
  g_autoptr(GString) sub = g_string_new (NULL);
  g_autoptr(PangoLayout) subtitle = NULL;
  g_autofree char *sub_markup = NULL;
  double y = MARGIN;

  g_string_append_printf (sub, ngettext ("%u event", "%u events", (gulong) n_events), (guint) n_events);
  if (n_events > 0)
    {
      g_autofree char *a = cr_handout_format_date (events[0].first_day, events[0].first_day, CR_GRANULARITY_DAY);
      g_autofree char *b = cr_handout_format_date (events[n_events - 1].last_day, events[n_events - 1].last_day,
                                                   CR_GRANULARITY_DAY);

      g_string_append_printf (sub, " · %s – %s", a, b);
    }
  sub_markup = g_markup_printf_escaped ("<span foreground=\"#5e5c64\">%s</span>", sub->str);
  subtitle = text_layout (cr, "Sans 11", sub_markup, TEXT_WIDTH);

  cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, heading);
  y += layout_height (heading) + 6;
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, subtitle);
  y += layout_height (subtitle) + 24;

  draw_timeline (cr, items, n_items, lanes, MARGIN, y, TEXT_WIDTH, BODY_BOTTOM - y);
}

gboolean
cr_handout_write (const char            *path,
                  const char            *title,
                  const CrHandoutEvent  *events,
                  gsize                  n_events,
                  const CrTimelineItem  *items,
                  gsize                  n_items,
                  CrLaneMode             lanes,
                  guint                 *n_pages,
                  GError               **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GArray) page_of = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_events);
  guint pages = 1, page;
  double y;
  cairo_status_t status;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (events != NULL || n_events == 0, FALSE);

  surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title ? title : _("Timeline"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Cronista " PACKAGE_VERSION);
  cr = cairo_create (surface);

  /* First pass: where the pages break, so every footer can say "of N". */
  y = BODY_BOTTOM;
  for (gsize i = 0; i < n_events; i++)
    {
      g_autoptr(GPtrArray) blocks = section_layouts (cr, &events[i]);
      double h = blocks_height (blocks);

      if (y + h > BODY_BOTTOM && (y > MARGIN || h <= BODY_BOTTOM - MARGIN))
        {
          pages++;
          y = MARGIN;
        }
      g_array_append_val (page_of, pages);
      y += h + SECTION_GAP;
    }

  draw_title_page (cr, title, events, n_events, items, n_items, lanes);
  draw_footer (cr, 1, pages);

  page = 1;
  y = MARGIN;
  for (gsize i = 0; i < n_events; i++)
    {
      g_autoptr(GPtrArray) blocks = section_layouts (cr, &events[i]);
      const CrColor *colour = cr_palette_get_kind (cr_palette_get (CR_PALETTE_LIGHT), events[i].kind);
      double top;

      if (g_array_index (page_of, guint, i) != page)
        {
          cairo_show_page (cr);
          page = g_array_index (page_of, guint, i);
          draw_footer (cr, page, pages);
          y = MARGIN;
        }

      /* The kind's colour along the section, as on the timeline. */
      top = y;
      for (guint b = 0; b < blocks->len; b++)
        {
          PangoLayout *layout = g_ptr_array_index (blocks, b);

          cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
          cairo_move_to (cr, MARGIN + (b >= 2 && b >= blocks->len - events[i].n_quotes ? 14 : 0), y);
          pango_cairo_show_layout (cr, layout);
          y += layout_height (layout) + LINE_GAP;
        }
      cr_color_set_source (colour, cr);
      cairo_rectangle (cr, MARGIN - 12, top + 2, 4, y - top - LINE_GAP - 2);
      cairo_fill (cr);
      y += SECTION_GAP;
    }
  cairo_show_page (cr);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CR_EXPORT_ERROR, CR_EXPORT_ERROR_WRITE,
                   _("Could not write the handout: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  if (n_pages)
    *n_pages = pages;
  return TRUE;
}
