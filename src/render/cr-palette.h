/* cr-palette.h: colours of the timeline, per event kind and theme
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "cr-types.h"

G_BEGIN_DECLS

typedef enum {
  CR_PALETTE_LIGHT = 0,
  CR_PALETTE_DARK,
  CR_PALETTE_HIGH_CONTRAST,
} CrPaletteVariant;

typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} CrColor;

typedef struct {
  CrPaletteVariant variant;
  CrColor background;
  CrColor foreground;       /* text, ruler */
  CrColor dim_foreground;   /* minor ticks, secondary labels */
  CrColor grid;
  CrColor selection;
  CrColor today;
  CrColor kinds[CR_N_EVENT_KINDS];
} CrPalette;

/* Returns a palette owned by Cronista for @variant. */
const CrPalette *cr_palette_get          (CrPaletteVariant  variant);
const CrColor   *cr_palette_get_kind     (const CrPalette  *palette,
                                          CrEventKind       kind);
void             cr_color_set_source     (const CrColor    *color,
                                          cairo_t          *cr);
/* Relative luminance (WCAG 2) and contrast ratio of two opaque colours. */
double           cr_color_luminance      (const CrColor    *color);
double           cr_color_contrast       (const CrColor    *a,
                                          const CrColor    *b);

G_END_DECLS
