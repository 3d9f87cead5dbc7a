/* cr-palette.c: colours of the timeline, per event kind and theme
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-palette"

#include "config.h"

#include <math.h>

#include "cr-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Kind colours are picked from the GNOME palette; the dark variant uses
 * lighter shades so marks keep their contrast on a dark background, the
 * high-contrast one uses saturated, dark shades on white. Order follows
 * CrEventKind. */
static const CrPalette palettes[] = {
  [CR_PALETTE_LIGHT] = {
    CR_PALETTE_LIGHT,
    RGB (0xffffff), RGB (0x241f31), RGB (0x77767b), RGB (0xdeddda),
    RGB (0x3584e4), RGB (0xe01b24),
    {
      RGB (0x77767b), /* other */
      RGB (0x1c71d8), /* meeting */
      RGB (0x26a269), /* agreement */
      RGB (0xc01c28), /* military */
      RGB (0xa51d2d), /* conflict */
      RGB (0x9141ac), /* statement */
      RGB (0xc64600), /* report */
      RGB (0x2190a4), /* visit */
      RGB (0x986a00), /* election */
      RGB (0x613583), /* sanctions */
    },
  },
  [CR_PALETTE_DARK] = {
    CR_PALETTE_DARK,
    RGB (0x242424), RGB (0xffffff), RGB (0x9a9996), RGB (0x3d3846),
    RGB (0x78aeed), RGB (0xff7b63),
    {
      RGB (0xc0bfbc),
      RGB (0x62a0ea),
      RGB (0x57e389),
      RGB (0xf66151),
      RGB (0xff7b63),
      RGB (0xdc8add),
      RGB (0xffa348),
      RGB (0x93ddc2),
      RGB (0xf9f06b),
      RGB (0xc061cb),
    },
  },
  [CR_PALETTE_HIGH_CONTRAST] = {
    CR_PALETTE_HIGH_CONTRAST,
    RGB (0xffffff), RGB (0x000000), RGB (0x000000), RGB (0x5e5c64),
    RGB (0x0b3d91), RGB (0xa51d2d),
    {
      RGB (0x3d3846),
      RGB (0x0b3d91),
      RGB (0x0c5d33),
      RGB (0x8b0000),
      RGB (0x6e0b16),
      RGB (0x4b1a66),
      RGB (0x7a2e00),
      RGB (0x0a4f5c),
      RGB (0x5c4300),
      RGB (0x3b1f52),
    },
  },
};

const CrPalette *
cr_palette_get (CrPaletteVariant variant)
{
  g_return_val_if_fail (variant <= CR_PALETTE_HIGH_CONTRAST, &palettes[0]);

  return &palettes[variant];
}

const CrColor *
cr_palette_get_kind (const CrPalette *palette,
                     CrEventKind      kind)
{
  g_return_val_if_fail (palette != NULL, NULL);

  if (kind >= CR_N_EVENT_KINDS)
    kind = CR_EVENT_KIND_OTHER;
  return &palette->kinds[kind];
}

void
cr_color_set_source (const CrColor *color,
                     cairo_t       *cr)
{
  g_return_if_fail (color != NULL);
  g_return_if_fail (cr != NULL);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static double
linearize (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
cr_color_luminance (const CrColor *color)
{
  g_return_val_if_fail (color != NULL, 0.0);

  return 0.2126 * linearize (color->red) +
         0.7152 * linearize (color->green) +
         0.0722 * linearize (color->blue);
}

double
cr_color_contrast (const CrColor *a,
                   const CrColor *b)
{
  double la = cr_color_luminance (a);
  double lb = cr_color_luminance (b);

  if (la < lb)
    {
      double t = la;
      la = lb;
      lb = t;
    }
  return (la + 0.05) / (lb + 0.05);
}
