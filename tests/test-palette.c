/* test-palette.c: the timeline palette is readable in every variant
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-palette.h"

/* WCAG 2: 3:1 for graphical objects, 7:1 (AAA) for high contrast text. */
static void
test_contrast (gconstpointer data)
{
  CrPaletteVariant variant = GPOINTER_TO_INT (data);
  const CrPalette *palette = cr_palette_get (variant);
  double minimum = variant == CR_PALETTE_HIGH_CONTRAST ? 7.0 : 3.0;

  g_assert_cmpint (palette->variant, ==, variant);
  g_assert_cmpfloat (cr_color_contrast (&palette->foreground, &palette->background), >=, 7.0);
  for (guint k = 0; k < CR_N_EVENT_KINDS; k++)
    {
      double c = cr_color_contrast (cr_palette_get_kind (palette, k), &palette->background);

      if (c < minimum)
        g_error ("kind %s has contrast %.2f < %.1f", cr_event_kind_to_string (k), c, minimum);
    }
}

static void
test_kinds_distinct (gconstpointer data)
{
  const CrPalette *palette = cr_palette_get (GPOINTER_TO_INT (data));

  for (guint a = 0; a < CR_N_EVENT_KINDS; a++)
    for (guint b = a + 1; b < CR_N_EVENT_KINDS; b++)
      {
        const CrColor *ca = &palette->kinds[a];
        const CrColor *cb = &palette->kinds[b];
        double d = ABS (ca->red - cb->red) + ABS (ca->green - cb->green) + ABS (ca->blue - cb->blue);

        g_assert_cmpfloat (d, >, 0.05);
      }
}

static void
test_luminance (void)
{
  CrColor black = { 0, 0, 0, 1 };
  CrColor white = { 1, 1, 1, 1 };

  g_assert_cmpfloat_with_epsilon (cr_color_luminance (&black), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (cr_color_luminance (&white), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (cr_color_contrast (&black, &white), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (cr_color_contrast (&white, &black), 21.0, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  static const char *names[] = { "light", "dark", "high-contrast" };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/palette/luminance", test_luminance);
  for (int v = CR_PALETTE_LIGHT; v <= CR_PALETTE_HIGH_CONTRAST; v++)
    {
      g_autofree char *p1 = g_strdup_printf ("/palette/%s/contrast", names[v]);
      g_autofree char *p2 = g_strdup_printf ("/palette/%s/distinct", names[v]);

      g_test_add_data_func (p1, GINT_TO_POINTER (v), test_contrast);
      g_test_add_data_func (p2, GINT_TO_POINTER (v), test_kinds_distinct);
    }

  return g_test_run ();
}
