/* cr-timeline-export.h: a timeline as a PNG, SVG or PDF file
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-palette.h"
#include "cr-timeline-item.h"

G_BEGIN_DECLS

#define CR_EXPORT_ERROR (cr_export_error_quark ())

typedef enum {
  CR_EXPORT_ERROR_FORMAT,   /* unknown format or file extension */
  CR_EXPORT_ERROR_SIZE,     /* size or scale out of range */
  CR_EXPORT_ERROR_RANGE,    /* nothing to show: no events, no range */
  CR_EXPORT_ERROR_WRITE,    /* Cairo could not write the file */
} CrExportError;

typedef enum {
  CR_EXPORT_FORMAT_AUTO = 0,  /* from the file name's extension */
  CR_EXPORT_FORMAT_PNG,
  CR_EXPORT_FORMAT_SVG,
  CR_EXPORT_FORMAT_PDF,
} CrExportFormat;

typedef struct {
  CrExportFormat      format;
  int                 width;        /* logical pixels (points for PDF) */
  int                 height;
  double              scale;        /* PNG pixels per logical pixel */
  CrDay               from;         /* CR_DAY_UNKNOWN: fit the events */
  CrDay               to;
  CrLaneMode          lanes;
  const char * const *lane_names;   /* for CR_LANE_MODE_KEY, by key */
  gsize               n_lane_names;
  const char         *title;
  gboolean            legend;
  CrPaletteVariant    palette;
  CrDay               today;        /* CR_DAY_UNKNOWN: no marker */
} CrExportOptions;

GQuark          cr_export_error_quark        (void);
/* 1600 x 900 PNG at scale 1, fitted, lanes by kind, legend, light. */
void            cr_export_options_init       (CrExportOptions       *options);
gboolean        cr_export_format_from_string (const char            *str,
                                              CrExportFormat        *format);
gboolean        cr_timeline_export           (const CrTimelineItem  *items,
                                              gsize                  n_items,
                                              const CrExportOptions *options,
                                              const char            *path,
                                              GError               **error);

G_END_DECLS
