/* cr-timeline-export.c: a timeline as a PNG, SVG or PDF file
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-timeline-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "cr-timeline-export.h"
#include "cr-timeline-index.h"
#include "cr-timeline-layout.h"
#include "cr-timeline-renderer.h"
#include "cr-viewport.h"

G_DEFINE_QUARK (cr-export-error-quark, cr_export_error)

#define MAX_SIDE  16384
#define MAX_SCALE 8.0

void
cr_export_options_init (CrExportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->format = CR_EXPORT_FORMAT_AUTO;
  options->width = 1600;
  options->height = 900;
  options->scale = 1.0;
  options->from = CR_DAY_UNKNOWN;
  options->to = CR_DAY_UNKNOWN;
  options->lanes = CR_LANE_MODE_KIND;
  options->legend = TRUE;
  options->palette = CR_PALETTE_LIGHT;
  options->today = CR_DAY_UNKNOWN;
}

gboolean
cr_export_format_from_string (const char     *str,
                              CrExportFormat *format)
{
  static const struct {
    const char     *name;
    CrExportFormat  format;
  } names[] = {
    { "png", CR_EXPORT_FORMAT_PNG },
    { "svg", CR_EXPORT_FORMAT_SVG },
    { "pdf", CR_EXPORT_FORMAT_PDF },
  };

  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (str, names[i].name) == 0)
      {
        if (format)
          *format = names[i].format;
        return TRUE;
      }
  return FALSE;
}

static gboolean
resolve_format (const CrExportOptions  *options,
                const char             *path,
                CrExportFormat         *format,
                GError                **error)
{
  const char *dot;

  if (options->format != CR_EXPORT_FORMAT_AUTO)
    {
      *format = options->format;
      return TRUE;
    }
  dot = strrchr (path, '.');
  if (dot != NULL && cr_export_format_from_string (dot + 1, format))
    return TRUE;
  g_set_error (error, CR_EXPORT_ERROR, CR_EXPORT_ERROR_FORMAT,
               /* Translators: %s is a file name. */
               _("Cannot tell the format of “%s”: use a .png, .svg or .pdf name"), path);
  return FALSE;
}

static cairo_status_t
draw (CrTimelineLayout      *layout,
      cairo_surface_t       *surface,
      const CrRenderOptions *render_options,
      double                 scale)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_scale (cr, scale, scale);
  cr_timeline_render (layout, cr, render_options);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  return status;
}

gboolean
cr_timeline_export (const CrTimelineItem  *items,
                    gsize                  n_items,
                    const CrExportOptions *options,
                    const char            *path,
                    GError               **error)
{
  g_autoptr(CrTimelineIndex) index = NULL;
  g_autoptr(CrTimelineLayout) layout = NULL;
  g_autoptr(CrViewport) viewport = NULL;
  CrLayoutParams params = { 0 };
  CrRenderOptions render_options;
  CrExportFormat format;
  cairo_surface_t *surface;
  cairo_status_t status;
  CrDay first, last;
  double scale = 1.0;

  g_return_val_if_fail (items != NULL || n_items == 0, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_format (options, path, &format, error))
    return FALSE;
  if (options->width < 200 || options->height < 120 ||
      options->width > MAX_SIDE || options->height > MAX_SIDE ||
      options->scale < 0.25 || options->scale > MAX_SCALE ||
      options->width * options->scale > MAX_SIDE ||
      options->height * options->scale > MAX_SIDE)
    {
      g_set_error (error, CR_EXPORT_ERROR, CR_EXPORT_ERROR_SIZE,
                   _("Image size %d × %d at scale %g is out of range"),
                   options->width, options->height, options->scale);
      return FALSE;
    }

  index = cr_timeline_index_new (items, n_items, options->lanes);
  if (options->lane_names != NULL)
    cr_timeline_index_set_lane_names (index, options->lane_names, options->n_lane_names);

  /* The same viewport as the window, so an export frames events as
   * zoom-to-fit does on screen. */
  viewport = cr_viewport_new ();
  if (cr_timeline_index_get_extent (index, &first, &last))
    cr_viewport_set_extent_days (viewport, first, last);
  if (options->from != CR_DAY_UNKNOWN && options->to != CR_DAY_UNKNOWN)
    {
      if (options->to < options->from)
        {
          g_set_error (error, CR_EXPORT_ERROR, CR_EXPORT_ERROR_RANGE,
                       _("The range ends before it starts"));
          return FALSE;
        }
      cr_viewport_set_extent_days (viewport, options->from, options->to);
      cr_viewport_zoom_to_days (viewport, options->from, options->to);
    }
  else if (cr_timeline_index_get_extent (index, NULL, NULL))
    cr_viewport_zoom_to_fit (viewport);
  else
    {
      g_set_error (error, CR_EXPORT_ERROR, CR_EXPORT_ERROR_RANGE,
                   _("There are no dated events to export"));
      return FALSE;
    }

  params.start = cr_viewport_get_start (viewport);
  params.span = cr_viewport_get_span (viewport);
  params.width = options->width;
  params.height = options->height;
  params.scale_factor = format == CR_EXPORT_FORMAT_PNG ? options->scale : 1.0;
  params.title = options->title;
  params.legend = options->legend;
  layout = cr_timeline_layout_new (index, &params, NULL);

  cr_render_options_init (&render_options);
  render_options.palette = cr_palette_get (options->palette);
  render_options.today = options->today;

  switch (format)
    {
    case CR_EXPORT_FORMAT_SVG:
      surface = cairo_svg_surface_create (path, options->width, options->height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case CR_EXPORT_FORMAT_PDF:
      surface = cairo_pdf_surface_create (path, options->width, options->height);
      if (options->title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, options->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Cronista " PACKAGE_VERSION);
      break;
    case CR_EXPORT_FORMAT_PNG:
    case CR_EXPORT_FORMAT_AUTO:
    default:
      scale = options->scale;
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) (options->width * scale + 0.5),
                                            (int) (options->height * scale + 0.5));
      break;
    }

  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = draw (layout, surface, &render_options, scale);
  if (status == CAIRO_STATUS_SUCCESS && format == CR_EXPORT_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CR_EXPORT_ERROR, CR_EXPORT_ERROR_WRITE,
                   /* Translators: %s is a file name, then Cairo's reason. */
                   _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
