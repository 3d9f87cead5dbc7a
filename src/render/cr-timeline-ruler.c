/* cr-timeline-ruler.c: ruler ticks from a ladder of nice intervals
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-timeline-ruler"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-calendar.h"
#include "cr-timeline-ruler.h"

typedef enum {
  FORMAT_DAY,
  FORMAT_MONTH,
  FORMAT_MONTH_ABBREVIATED,
  FORMAT_MONTH_YEAR,
  FORMAT_YEAR,
  FORMAT_YEARS_OF,          /* "2020s": a decade or a century */
} LabelFormat;

typedef struct {
  CrRulerStep minor;
  LabelFormat minor_format;
  CrRulerStep major;
  LabelFormat major_format;
  int         nominal_days; /* for choosing; real months vary */
} LadderRung;

/* Finest first. Each rung names the coarser period its ticks are read
 * against, which the upper band labels. */
static const LadderRung ladder[] = {
  { { CR_RULER_UNIT_DAY,   1 },   FORMAT_DAY,               { CR_RULER_UNIT_MONTH, 1 },   FORMAT_MONTH_YEAR, 1 },
  { { CR_RULER_UNIT_WEEK,  1 },   FORMAT_DAY,               { CR_RULER_UNIT_MONTH, 1 },   FORMAT_MONTH_YEAR, 7 },
  { { CR_RULER_UNIT_MONTH, 1 },   FORMAT_MONTH,             { CR_RULER_UNIT_YEAR,  1 },   FORMAT_YEAR,       30 },
  { { CR_RULER_UNIT_MONTH, 1 },   FORMAT_MONTH_ABBREVIATED, { CR_RULER_UNIT_YEAR,  1 },   FORMAT_YEAR,       30 },
  { { CR_RULER_UNIT_MONTH, 3 },   FORMAT_MONTH_ABBREVIATED, { CR_RULER_UNIT_YEAR,  1 },   FORMAT_YEAR,       91 },
  { { CR_RULER_UNIT_YEAR,  1 },   FORMAT_YEAR,              { CR_RULER_UNIT_YEAR,  10 },  FORMAT_YEARS_OF,   365 },
  { { CR_RULER_UNIT_YEAR,  2 },   FORMAT_YEAR,              { CR_RULER_UNIT_YEAR,  10 },  FORMAT_YEARS_OF,   730 },
  { { CR_RULER_UNIT_YEAR,  5 },   FORMAT_YEAR,              { CR_RULER_UNIT_YEAR,  10 },  FORMAT_YEARS_OF,   1826 },
  { { CR_RULER_UNIT_YEAR,  10 },  FORMAT_YEAR,              { CR_RULER_UNIT_YEAR,  100 }, FORMAT_YEARS_OF,   3652 },
  { { CR_RULER_UNIT_YEAR,  20 },  FORMAT_YEAR,              { CR_RULER_UNIT_YEAR,  100 }, FORMAT_YEARS_OF,   7305 },
  { { CR_RULER_UNIT_YEAR,  50 },  FORMAT_YEAR,              { CR_RULER_UNIT_YEAR,  100 }, FORMAT_YEARS_OF,   18262 },
  { { CR_RULER_UNIT_YEAR,  100 }, FORMAT_YEAR,              { CR_RULER_UNIT_YEAR,  1000 }, FORMAT_YEARS_OF,  36524 },
  { { CR_RULER_UNIT_YEAR,  200 }, FORMAT_YEAR,              { CR_RULER_UNIT_YEAR,  1000 }, FORMAT_YEARS_OF,  73048 },
  { { CR_RULER_UNIT_YEAR,  500 }, FORMAT_YEAR,              { CR_RULER_UNIT_YEAR,  1000 }, FORMAT_YEARS_OF,  182621 },
};

#define LABEL_PADDING 5.0
#define LABEL_GAP     12.0

static int
floor_mod (int a,
           int b)
{
  int m = a % b;

  return m < 0 ? m + b : m;
}

static CrDay
period_floor (CrDay              day,
              const CrRulerStep *step)
{
  int y, m, d;

  switch (step->unit)
    {
    case CR_RULER_UNIT_DAY:
      return day;
    case CR_RULER_UNIT_WEEK:
      return day - (cr_day_get_weekday (day) - 1);
    case CR_RULER_UNIT_MONTH:
      cr_day_to_ymd (day, &y, &m, &d);
      return cr_day_from_ymd (y, m - floor_mod (m - 1, step->count), 1);
    case CR_RULER_UNIT_YEAR:
    default:
      cr_day_to_ymd (day, &y, &m, &d);
      return cr_day_from_ymd (y - floor_mod (y, step->count), 1, 1);
    }
}

static CrDay
period_next (CrDay              day,
             const CrRulerStep *step)
{
  int y, m, d;

  switch (step->unit)
    {
    case CR_RULER_UNIT_DAY:
      return day + step->count;
    case CR_RULER_UNIT_WEEK:
      return day + 7 * step->count;
    case CR_RULER_UNIT_MONTH:
      cr_day_to_ymd (day, &y, &m, &d);
      m += step->count;
      while (m > 12)
        {
          m -= 12;
          y++;
        }
      return cr_day_from_ymd (y, m, 1);
    case CR_RULER_UNIT_YEAR:
    default:
      cr_day_to_ymd (day, &y, &m, &d);
      return cr_day_from_ymd (y + step->count, 1, 1);
    }
}

static char *
format_label (CrDay       day,
              LabelFormat format)
{
  g_autoptr(GDateTime) dt = NULL;
  const char *fmt;
  int y, m, d;

  cr_day_to_ymd (day, &y, &m, &d);
  if (y < 1 || y > 9999)
    return g_strdup_printf ("%d", y);

  switch (format)
    {
    case FORMAT_DAY:
      /* Translators: ruler label of a day, a g_date_time_format() format;
       * "%-d" is the day of the month without padding. */
      fmt = _("%-d");
      break;
    case FORMAT_MONTH:
      /* Translators: ruler label of a month under its year, a
       * g_date_time_format() format; "%OB" is the stand-alone month name. */
      fmt = _("%OB");
      break;
    case FORMAT_MONTH_ABBREVIATED:
      /* Translators: ruler label of a month when space is short, a
       * g_date_time_format() format; "%Ob" is the abbreviated month. */
      fmt = _("%Ob");
      break;
    case FORMAT_MONTH_YEAR:
      /* Translators: ruler label of a month with its year, a
       * g_date_time_format() format, e.g. "September 2025". In Spanish:
       * "%OB de %Y". */
      fmt = _("%OB %Y");
      break;
    case FORMAT_YEARS_OF:
      /* Translators: ruler label of a decade or century by its first
       * year, e.g. "2020s"; %d is the year. */
      return g_strdup_printf (_("%ds"), y);
    case FORMAT_YEAR:
    default:
      /* Translators: ruler label of a year, a g_date_time_format()
       * format. */
      fmt = _("%Y");
      break;
    }

  dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
  if (dt == NULL)
    return g_strdup_printf ("%d", y);
  return g_date_time_format (dt, fmt);
}

char *
cr_ruler_format_period (CrDay       day,
                        CrRulerUnit unit,
                        gboolean    major)
{
  g_return_val_if_fail (day != CR_DAY_UNKNOWN, NULL);

  switch (unit)
    {
    case CR_RULER_UNIT_DAY:
    case CR_RULER_UNIT_WEEK:
      return format_label (day, FORMAT_DAY);
    case CR_RULER_UNIT_MONTH:
      return format_label (day, major ? FORMAT_MONTH_YEAR : FORMAT_MONTH);
    case CR_RULER_UNIT_YEAR:
    default:
      return format_label (day, major ? FORMAT_YEARS_OF : FORMAT_YEAR);
    }
}

static void
tick_clear (gpointer data)
{
  CrTick *tick = data;

  g_clear_object (&tick->label);
}

GArray *
cr_ruler_ticks_new (void)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (CrTick));

  g_array_set_clear_func (ticks, tick_clear);
  return ticks;
}

static PangoLayout *
make_label (PangoContext               *context,
            const PangoFontDescription *font,
            const char                 *text,
            double                     *width)
{
  PangoLayout *layout = pango_layout_new (context);
  int w, h;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &w, &h);
  *width = (double) w / PANGO_SCALE;
  return layout;
}

static double
measure (PangoContext               *context,
         const PangoFontDescription *font,
         const char                 *text)
{
  double width;
  g_autoptr(PangoLayout) layout = make_label (context, font, text, &width);

  return width;
}

/* The widest label a rung can produce, so that a rung is chosen for the
 * worst month ("septiembre") and not for the one in view. */
static double
widest_label (const LadderRung           *rung,
              PangoContext               *context,
              const PangoFontDescription *font)
{
  double widest = 0;

  switch (rung->minor_format)
    {
    case FORMAT_MONTH:
    case FORMAT_MONTH_ABBREVIATED:
      for (int m = 1; m <= 12; m++)
        {
          g_autofree char *text = format_label (cr_day_from_ymd (2001, m, 1), rung->minor_format);

          widest = MAX (widest, measure (context, font, text));
        }
      return widest;
    case FORMAT_DAY:
      return measure (context, font, "28");
    case FORMAT_MONTH_YEAR:
    case FORMAT_YEAR:
    case FORMAT_YEARS_OF:
    default:
      return measure (context, font, "2000");
    }
}

/* Appends ticks of one band, dropping labels that would collide. With
 * @sticky, the period already running at the left edge keeps its label
 * pinned there, so the user always sees which month or year this is. */
static void
add_band (GArray                     *ticks,
          const CrTimeScale          *scale,
          const CrRulerStep          *step,
          LabelFormat                 format,
          CrTickLevel                 level,
          gboolean                    sticky,
          PangoContext               *context,
          const PangoFontDescription *font)
{
  CrDay first_day = cr_time_to_day (scale->start);
  gint64 end = scale->start + scale->span;
  double last_label_end = -G_MAXDOUBLE;
  guint band_start = ticks->len;

  for (CrDay day = period_floor (first_day, step);
       (gint64) day * CR_SECONDS_PER_DAY <= end;
       day = period_next (day, step))
    {
      CrTick tick = { 0 };
      g_autofree char *text = NULL;
      double width;

      tick.time = (gint64) day * CR_SECONDS_PER_DAY;
      tick.x = cr_time_scale_x (scale, tick.time);
      tick.level = level;
      if (tick.x < 0 && !sticky)
        continue;
      text = format_label (day, format);
      tick.label = make_label (context, font, text, &width);
      tick.label_width = width;
      tick.label_x = MAX (tick.x, 0) + LABEL_PADDING;
      if (tick.label_x + width > scale->width)
        g_clear_object (&tick.label);
      g_array_append_val (ticks, tick);
    }

  /* A sticky label yields to the next period's label, not the reverse. */
  for (guint i = band_start; i < ticks->len; i++)
    {
      CrTick *tick = &g_array_index (ticks, CrTick, i);

      if (tick->label == NULL)
        continue;
      if (tick->x < 0 && i + 1 < ticks->len)
        {
          CrTick *next = &g_array_index (ticks, CrTick, i + 1);

          if (next->label != NULL && tick->label_x + tick->label_width + LABEL_GAP > next->label_x)
            {
              g_clear_object (&tick->label);
              continue;
            }
        }
      if (tick->label_x < last_label_end + LABEL_GAP)
        {
          g_clear_object (&tick->label);
          continue;
        }
      last_label_end = tick->label_x + tick->label_width;
    }
}

CrRulerStep
cr_ruler_compute (const CrTimeScale          *scale,
                  PangoContext               *context,
                  const PangoFontDescription *font,
                  GArray                     *ticks)
{
  const LadderRung *rung = &ladder[G_N_ELEMENTS (ladder) - 1];
  double px_per_day;

  g_return_val_if_fail (scale != NULL && scale->span > 0, rung->minor);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), rung->minor);
  g_return_val_if_fail (font != NULL, rung->minor);
  g_return_val_if_fail (ticks != NULL, rung->minor);

  g_array_set_size (ticks, 0);
  if (scale->width <= 0)
    return rung->minor;

  px_per_day = cr_time_scale_pixels_per_day (scale);
  for (guint i = 0; i < G_N_ELEMENTS (ladder); i++)
    {
      double spacing = ladder[i].nominal_days * px_per_day;

      /* Months are 28 to 31 days: leave them room for the short ones. */
      if (ladder[i].minor.unit == CR_RULER_UNIT_MONTH)
        spacing *= 28.0 / 30.0;
      if (spacing < 2 * LABEL_GAP)
        continue;
      if (spacing >= widest_label (&ladder[i], context, font) + LABEL_PADDING + LABEL_GAP)
        {
          rung = &ladder[i];
          break;
        }
    }

  add_band (ticks, scale, &rung->major, rung->major_format, CR_TICK_MAJOR, TRUE, context, font);
  add_band (ticks, scale, &rung->minor, rung->minor_format, CR_TICK_MINOR, FALSE, context, font);

  return rung->minor;
}
