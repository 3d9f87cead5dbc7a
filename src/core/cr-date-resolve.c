/* cr-date-resolve.c: DCT arithmetic, TIMEX3 values and calendar days
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-date-resolve"

#include "config.h"

#include <string.h>

#include "cr-calendar.h"
#include "cr-date-private.h"

static const char *season_codes[] = { "", "SP", "SU", "FA", "WI" };

void
_cr_date_point_day (CrDatePoint   *p,
                    int            year,
                    int            month,
                    int            mday,
                    CrTimexAnchor  anchor)
{
  memset (p, 0, sizeof *p);
  p->gran = CR_GRANULARITY_DAY;
  p->anchor = anchor;
  p->year = year;
  p->part = month;
  p->mday = mday;
}

void
_cr_date_point_from_day (CrDatePoint   *p,
                         CrDay          day,
                         CrTimexAnchor  anchor)
{
  int y, m, d;

  cr_day_to_ymd (day, &y, &m, &d);
  _cr_date_point_day (p, y, m, d, anchor);
}

void
_cr_date_point_simple (CrDatePoint   *p,
                       CrGranularity  gran,
                       int            year,
                       int            part,
                       CrTimexAnchor  anchor)
{
  memset (p, 0, sizeof *p);
  p->gran = gran;
  p->anchor = anchor;
  p->year = year;
  p->part = part;
}

void
_cr_date_point_open (CrDatePoint   *p,
                     CrGranularity  gran)
{
  memset (p, 0, sizeof *p);
  p->gran = gran;
  p->anchor = CR_TIMEX_ANCHOR_RELATIVE;
  p->open = TRUE;
}

static CrDay
season_first (int year,
              int season)
{
  /* Astronomical seasons of the northern hemisphere, rounded to the days
   * they most often begin; winter belongs to the year it starts in. A
   * season runs to the day the next one begins, that day included. */
  switch (season)
    {
    case 1: return cr_day_from_ymd (year, 3, 20);
    case 2: return cr_day_from_ymd (year, 6, 21);
    case 3: return cr_day_from_ymd (year, 9, 23);
    default: return cr_day_from_ymd (year, 12, 21);
    }
}

static CrDay
season_last (int year,
             int season)
{
  switch (season)
    {
    case 1: return cr_day_from_ymd (year, 6, 21);
    case 2: return cr_day_from_ymd (year, 9, 23);
    case 3: return cr_day_from_ymd (year, 12, 21);
    default: return cr_day_from_ymd (year + 1, 3, 20);
    }
}

gboolean
_cr_date_point_bounds (const CrDatePoint *p,
                       CrDay             *first,
                       CrDay             *last)
{
  int y = p->year;

  *first = *last = CR_DAY_UNKNOWN;
  if (p->open || p->year_open)
    return FALSE;

  switch (p->gran)
    {
    case CR_GRANULARITY_DAY:
      if (!cr_calendar_is_valid_date (y, p->part, p->mday))
        return FALSE;
      *first = *last = cr_day_from_ymd (y, p->part, p->mday);
      break;
    case CR_GRANULARITY_WEEK:
      *first = cr_day_from_iso_week (y, p->part);
      *last = *first + 6;
      if (p->weekend)
        *first += 5;
      break;
    case CR_GRANULARITY_MONTH:
      *first = cr_day_from_ymd (y, p->part, 1);
      *last = cr_day_from_ymd (y, p->part, cr_calendar_days_in_month (y, p->part));
      break;
    case CR_GRANULARITY_QUARTER:
      *first = cr_day_from_ymd (y, 3 * p->part - 2, 1);
      *last = cr_day_from_ymd (y, 3 * p->part, cr_calendar_days_in_month (y, 3 * p->part));
      break;
    case CR_GRANULARITY_HALF:
      *first = cr_day_from_ymd (y, p->part == 1 ? 1 : 7, 1);
      *last = p->part == 1 ? cr_day_from_ymd (y, 6, 30) : cr_day_from_ymd (y, 12, 31);
      break;
    case CR_GRANULARITY_SEASON:
      *first = season_first (y, p->part);
      *last = season_last (y, p->part);
      break;
    case CR_GRANULARITY_YEAR:
      *first = cr_day_from_ymd (y, 1, 1);
      *last = cr_day_from_ymd (y, 12, 31);
      break;
    case CR_GRANULARITY_DECADE:
      *first = cr_day_from_ymd (y, 1, 1);
      *last = cr_day_from_ymd (y + 9, 12, 31);
      break;
    case CR_GRANULARITY_CENTURY:
      *first = cr_day_from_ymd (y, 1, 1);
      *last = cr_day_from_ymd (y + 99, 12, 31);
      break;
    case CR_N_GRANULARITIES:
    default:
      return FALSE;
    }
  return TRUE;
}

/* Writes @v in @width digits at @out; returns the end. The common values
 * are formatted by hand: printf costs more than finding the date. */
static char *
put_digits (char *out,
            int   v,
            int   width)
{
  for (int i = width - 1; i >= 0; i--)
    {
      out[i] = '0' + v % 10;
      v /= 10;
    }
  return out + width;
}

static char *
put_str (char       *out,
         const char *str)
{
  while (*str)
    *out++ = *str++;
  return out;
}

/* Formats @p as its TIMEX3 value, by hand: printf costs more than
 * finding the date. */
static void
format_point (const CrDatePoint *p,
              char              *buf,
              gsize              len)
{
  char tmp[24];
  char *o = tmp;

  if (p->open)
    {
      switch (p->gran)
        {
        case CR_GRANULARITY_DAY:
          if (p->weekday > 0)
            {
              o = put_str (o, "XXXX-WXX-");
              *o++ = '0' + CLAMP (p->weekday, 0, 9);
            }
          else
            o = put_str (o, "XXXX-XX-XX");
          break;
        case CR_GRANULARITY_WEEK: o = put_str (o, "XXXX-WXX"); break;
        case CR_GRANULARITY_MONTH: o = put_str (o, "XXXX-XX"); break;
        case CR_GRANULARITY_SEASON:
          o = put_str (o, "XXXX-");
          o = put_str (o, season_codes[CLAMP (p->part, 0, 4)]);
          break;
        case CR_GRANULARITY_QUARTER: o = put_str (o, "XXXX-QX"); break;
        case CR_GRANULARITY_HALF: o = put_str (o, "XXXX-HX"); break;
        case CR_GRANULARITY_DECADE: o = put_str (o, "XXX"); break;
        case CR_GRANULARITY_CENTURY: o = put_str (o, "XX"); break;
        case CR_GRANULARITY_YEAR:
        case CR_N_GRANULARITIES:
        default:
          o = put_str (o, "XXXX");
        }
    }
  else
    {
      if (p->gran == CR_GRANULARITY_DECADE)
        o = put_digits (o, CLAMP (p->year / 10, 0, 999), 3);
      else if (p->gran == CR_GRANULARITY_CENTURY)
        o = put_digits (o, CLAMP (p->year / 100, 0, 99), 2);
      else if (p->year_open)
        o = put_str (o, "XXXX");
      else
        o = put_digits (o, CLAMP (p->year, 0, 9999), 4);

      switch (p->gran)
        {
        case CR_GRANULARITY_DAY:
          *o++ = '-';
          o = put_digits (o, CLAMP (p->part, 0, 99), 2);
          *o++ = '-';
          o = put_digits (o, CLAMP (p->mday, 0, 99), 2);
          break;
        case CR_GRANULARITY_WEEK:
          o = put_str (o, "-W");
          o = put_digits (o, CLAMP (p->part, 0, 99), 2);
          if (p->weekend)
            o = put_str (o, "-WE");
          break;
        case CR_GRANULARITY_MONTH:
          *o++ = '-';
          o = put_digits (o, CLAMP (p->part, 0, 99), 2);
          break;
        case CR_GRANULARITY_QUARTER:
        case CR_GRANULARITY_HALF:
          o = put_str (o, p->gran == CR_GRANULARITY_QUARTER ? "-Q" : "-H");
          o = put_digits (o, CLAMP (p->part, 0, 9), 1);
          break;
        case CR_GRANULARITY_SEASON:
          *o++ = '-';
          o = put_str (o, season_codes[CLAMP (p->part, 0, 4)]);
          break;
        case CR_GRANULARITY_DECADE:
        case CR_GRANULARITY_CENTURY:
        case CR_GRANULARITY_YEAR:
        case CR_N_GRANULARITIES:
        default:
          break;
        }
    }
  *o = '\0';
  g_strlcpy (buf, tmp, len);
}

void
_cr_date_complete_year (const CrDateScan *scan,
                        CrDatePoint      *p)
{
  if (!p->year_open)
    return;
  if (scan->dct == CR_DAY_UNKNOWN)
    return;

  p->year_open = FALSE;
  switch (p->gran)
    {
    case CR_GRANULARITY_DAY:
      {
        /* The nearest such day to the publication: news speaks of the
         * recent past and the near future, not of eleven months away. */
        CrDay best = CR_DAY_UNKNOWN;
        int best_year = scan->dct_year;

        for (int y = scan->dct_year - 1; y <= scan->dct_year + 1; y++)
          {
            CrDay d;

            if (!cr_calendar_is_valid_date (y, p->part, p->mday))
              continue;
            d = cr_day_from_ymd (y, p->part, p->mday);
            if (best == CR_DAY_UNKNOWN || ABS (d - scan->dct) < ABS (best - scan->dct))
              {
                best = d;
                best_year = y;
              }
          }
        p->year = best_year;
      }
      break;
    case CR_GRANULARITY_MONTH:
      /* A bare month is the most recent one, the current one included. */
      p->year = p->part <= scan->dct_month ? scan->dct_year : scan->dct_year - 1;
      break;
    case CR_GRANULARITY_SEASON:
      {
        int y = scan->dct_year;

        if (season_first (y, p->part) > scan->dct)
          y--;
        p->year = y;
      }
      break;
    case CR_GRANULARITY_WEEK:
    case CR_GRANULARITY_QUARTER:
    case CR_GRANULARITY_HALF:
    case CR_GRANULARITY_YEAR:
    case CR_GRANULARITY_DECADE:
    case CR_GRANULARITY_CENTURY:
    case CR_N_GRANULARITIES:
    default:
      p->year = scan->dct_year;
      break;
    }
}

void
_cr_date_relative_unit (const CrDateScan *scan,
                        CrGranularity     unit,
                        int               n,
                        CrDatePoint      *p)
{
  int y = scan->dct_year;
  int idx;

  if (scan->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_open (p, unit);
      return;
    }

  switch (unit)
    {
    case CR_GRANULARITY_DAY:
      _cr_date_point_from_day (p, scan->dct + n, CR_TIMEX_ANCHOR_RELATIVE);
      return;
    case CR_GRANULARITY_WEEK:
      {
        int iy, iw;

        cr_day_get_iso_week (scan->dct + 7 * n, &iy, &iw);
        _cr_date_point_simple (p, unit, iy, iw, CR_TIMEX_ANCHOR_RELATIVE);
      }
      return;
    case CR_GRANULARITY_MONTH:
      idx = y * 12 + (scan->dct_month - 1) + n;
      _cr_date_point_simple (p, unit, idx / 12, idx % 12 + 1, CR_TIMEX_ANCHOR_RELATIVE);
      return;
    case CR_GRANULARITY_QUARTER:
      idx = y * 4 + (scan->dct_month - 1) / 3 + n;
      _cr_date_point_simple (p, unit, idx / 4, idx % 4 + 1, CR_TIMEX_ANCHOR_RELATIVE);
      return;
    case CR_GRANULARITY_HALF:
      idx = y * 2 + (scan->dct_month - 1) / 6 + n;
      _cr_date_point_simple (p, unit, idx / 2, idx % 2 + 1, CR_TIMEX_ANCHOR_RELATIVE);
      return;
    case CR_GRANULARITY_SEASON:
      {
        CrDatePoint cur;

        /* Season containing the DCT, then whole seasons away. */
        _cr_date_point_simple (&cur, unit, y, 1, CR_TIMEX_ANCHOR_RELATIVE);
        for (int s = 4; s >= 1; s--)
          for (int yy = y; yy >= y - 1; yy--)
            if (season_first (yy, s) <= scan->dct && season_last (yy, s) >= scan->dct)
              {
                cur.year = yy;
                cur.part = s;
              }
        idx = cur.year * 4 + (cur.part - 1) + n;
        _cr_date_point_simple (p, unit, idx / 4, idx % 4 + 1, CR_TIMEX_ANCHOR_RELATIVE);
      }
      return;
    case CR_GRANULARITY_DECADE:
      _cr_date_point_simple (p, unit, (y / 10 + n) * 10, 0, CR_TIMEX_ANCHOR_RELATIVE);
      return;
    case CR_GRANULARITY_CENTURY:
      _cr_date_point_simple (p, unit, (y / 100 + n) * 100, 0, CR_TIMEX_ANCHOR_RELATIVE);
      return;
    case CR_GRANULARITY_YEAR:
    case CR_N_GRANULARITIES:
    default:
      _cr_date_point_simple (p, CR_GRANULARITY_YEAR, y + n, 0, CR_TIMEX_ANCHOR_RELATIVE);
      return;
    }
}

void
_cr_date_shift_dct (const CrDateScan *scan,
                    CrGranularity     unit,
                    int               n,
                    CrDatePoint      *p)
{
  int y, m, d, idx;

  if (scan->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_open (p, CR_GRANULARITY_DAY);
      return;
    }

  switch (unit)
    {
    case CR_GRANULARITY_DAY:
      _cr_date_point_from_day (p, scan->dct + n, CR_TIMEX_ANCHOR_RELATIVE);
      return;
    case CR_GRANULARITY_WEEK:
      _cr_date_point_from_day (p, scan->dct + 7 * n, CR_TIMEX_ANCHOR_RELATIVE);
      return;
    case CR_GRANULARITY_MONTH:
    case CR_GRANULARITY_QUARTER:
    case CR_GRANULARITY_HALF:
    case CR_GRANULARITY_YEAR:
    case CR_GRANULARITY_DECADE:
    case CR_GRANULARITY_CENTURY:
      {
        static const int months[] = { 0, 0, 1, 3, 6, 0, 12, 120, 1200 };

        idx = scan->dct_year * 12 + scan->dct_month - 1 + n * months[unit];
        y = idx / 12;
        m = idx % 12 + 1;
        d = MIN (scan->dct_mday, cr_calendar_days_in_month (y, m));
        _cr_date_point_day (p, y, m, d, CR_TIMEX_ANCHOR_RELATIVE);
      }
      return;
    case CR_GRANULARITY_SEASON:
      _cr_date_point_from_day (p, scan->dct + 91 * n, CR_TIMEX_ANCHOR_RELATIVE);
      return;
    case CR_N_GRANULARITIES:
    default:
      _cr_date_point_open (p, CR_GRANULARITY_DAY);
      return;
    }
}

void
_cr_date_year_by_direction (const CrDateScan *scan,
                            int               direction,
                            CrDatePoint      *p)
{
  if (!p->year_open || scan->dct == CR_DAY_UNKNOWN)
    return;
  p->year = scan->dct_year;
  p->year_open = FALSE;
  if (direction == 1 && cr_day_from_ymd (p->year, p->part, MIN (p->mday, 28)) <= scan->dct)
    p->year++;
  if (direction < 0 && cr_day_from_ymd (p->year, p->part, MIN (p->mday, 28)) >= scan->dct)
    p->year--;
}

void
_cr_date_relative_weekday (const CrDateScan *scan,
                           int               weekday,
                           int               direction,
                           CrDatePoint      *p)
{
  int today, delta;

  if (scan->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_open (p, CR_GRANULARITY_DAY);
      p->weekday = weekday;
      return;
    }

  today = cr_day_get_weekday (scan->dct);
  switch (direction)
    {
    case 0:   /* bare: the most recent one, the DCT itself included */
      delta = -((today - weekday + 7) % 7);
      break;
    case -1:  /* "el pasado lunes", "last Monday": strictly before */
      delta = -((today - weekday + 7) % 7);
      if (delta == 0)
        delta = -7;
      break;
    case -2:  /* "previous Monday", "el lunes anterior": in the week
               * before the DCT's, as Recognizers reads it */
      delta = weekday - today - 7;
      break;
    case 1:   /* "el próximo viernes", "next Friday": in the next week, as
               * both Spanish and English test suites read it */
      delta = 7 - today + weekday;
      break;
    case 3:   /* "this Saturday" in English: the coming one, the DCT
               * included */
      delta = (weekday - today + 7) % 7;
      break;
    default:  /* "este lunes": in the DCT's week */
      delta = weekday - today;
      break;
    }
  _cr_date_point_from_day (p, scan->dct + delta, CR_TIMEX_ANCHOR_RELATIVE);
}

/* The widths of early, mid and late follow what the conformance suites
 * agree on most in each language (see cr-date-extractor.h). */
static void
narrow_by_mod (const CrDatePoint *p,
               CrLanguage         lang,
               CrDateMod          mod,
               CrDay             *first,
               CrDay             *last)
{
  CrDay f = *first, l = *last;
  int n = l - f + 1;
  gboolean es = lang == CR_LANGUAGE_ES;

  if (mod != CR_DATE_MOD_START && mod != CR_DATE_MOD_MID && mod != CR_DATE_MOD_END)
    return;
  if (p->gran == CR_GRANULARITY_DAY || n < 3)
    return;

  if (p->gran == CR_GRANULARITY_YEAR)
    {
      /* A written year in thirds of four months; "this year", "el año
       * pasado" in halves in Spanish, and "the beginning of the year" is
       * its first quarter in English. */
      int m0 = mod == CR_DATE_MOD_START ? 1 : mod == CR_DATE_MOD_MID ? 5 : 9;
      int m1 = m0 + 3;

      if (p->anchor == CR_TIMEX_ANCHOR_RELATIVE && mod != CR_DATE_MOD_MID)
        {
          if (es && mod == CR_DATE_MOD_START)
            m1 = 6;
          else if (es)
            m0 = 7;
          else if (mod == CR_DATE_MOD_START)
            m1 = 3;
        }
      *first = cr_day_from_ymd (p->year, m0, 1);
      *last = cr_day_from_ymd (p->year, m1, cr_calendar_days_in_month (p->year, m1));
      return;
    }
  if (p->gran == CR_GRANULARITY_WEEK && !p->weekend)
    {
      /* Early week is Monday to Wednesday, midweek Tuesday to Friday,
       * late week Friday to Sunday (Spanish: from Thursday). */
      if (mod == CR_DATE_MOD_START)
        *last = f + 2;
      else if (mod == CR_DATE_MOD_MID)
        {
          *first = f + 1;
          *last = f + 4;
        }
      else
        *first = es ? f + 3 : f + 4;
      return;
    }
  if (p->gran == CR_GRANULARITY_MONTH)
    {
      /* English: the customary ten-day thirds; Spanish: the fortnights
       * ("primera quincena"), mid-month the 10th to the 20th. */
      if (mod == CR_DATE_MOD_START)
        *last = es ? f + 14 : f + 9;
      else if (mod == CR_DATE_MOD_MID)
        {
          *first = es ? f + 9 : f + 10;
          *last = f + 19;
        }
      else
        *first = es ? f + 15 : f + 20;
      return;
    }

  if (mod == CR_DATE_MOD_START)
    *last = f + n / 3 - 1;
  else if (mod == CR_DATE_MOD_MID)
    {
      *first = f + n / 3;
      *last = f + 2 * n / 3 - 1;
    }
  else
    *first = f + 2 * n / 3;
}

gboolean
_cr_date_point_narrowed (const CrDateScan  *scan,
                         const CrDatePoint *p,
                         CrDateMod          mod,
                         CrDay             *first,
                         CrDay             *last)
{
  if (!_cr_date_point_bounds (p, first, last))
    return FALSE;
  narrow_by_mod (p, scan->lang, mod, first, last);
  return TRUE;
}

void
_cr_date_match_to_timex (const CrDateScan  *scan,
                         const CrDateMatch *match,
                         CrTimex           *timex)
{
  CrDay f, l;

  timex->granularity = match->a.gran;
  timex->anchor = match->a.anchor;
  if (match->is_range && match->b.anchor > timex->anchor)
    timex->anchor = match->b.anchor;
  g_strlcpy (timex->mod, cr_date_mod_to_string (match->mod), sizeof timex->mod);

  format_point (&match->a, timex->value, sizeof timex->value);
  if (!_cr_date_point_bounds (&match->a, &timex->first_day, &timex->last_day))
    timex->first_day = timex->last_day = CR_DAY_UNKNOWN;

  if (match->is_range)
    {
      gsize n = strlen (timex->value);

      timex->value[n++] = '/';
      format_point (&match->b, timex->value + n, sizeof timex->value - n);
      if (_cr_date_point_bounds (&match->b, &f, &l) && timex->first_day != CR_DAY_UNKNOWN)
        timex->last_day = MAX (l, timex->last_day);
      else
        timex->first_day = timex->last_day = CR_DAY_UNKNOWN;
    }
  else if (timex->first_day != CR_DAY_UNKNOWN)
    narrow_by_mod (&match->a, scan->lang, match->mod, &timex->first_day, &timex->last_day);
}

void
_cr_date_season_relative (const CrDateScan *scan,
                          int               season,
                          int               direction,
                          CrDatePoint      *p)
{
  int y;

  if (scan->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_open (p, CR_GRANULARITY_SEASON);
      p->part = season;
      return;
    }

  y = scan->dct_year;
  if (direction < 0)
    {
      /* "el verano pasado": the last one that is over. */
      while (season_last (y, season) >= scan->dct)
        y--;
    }
  else if (direction > 0)
    {
      while (season_first (y, season) <= scan->dct)
        y++;
    }
  else if (season == 4 && scan->dct_month <= 3)
    y--;   /* "este invierno" in February began last December */
  _cr_date_point_simple (p, CR_GRANULARITY_SEASON, y, season, CR_TIMEX_ANCHOR_RELATIVE);
}

void
_cr_date_month_relative (const CrDateScan *scan,
                         int               month,
                         int               direction,
                         CrDatePoint      *p)
{
  int y;

  if (scan->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_simple (p, CR_GRANULARITY_MONTH, 0, month, CR_TIMEX_ANCHOR_RELATIVE);
      p->year_open = TRUE;
      return;
    }

  y = scan->dct_year;
  if (direction < 0 && month >= scan->dct_month)
    y--;
  else if (direction > 0 && month <= scan->dct_month)
    y++;
  _cr_date_point_simple (p, CR_GRANULARITY_MONTH, y, month, CR_TIMEX_ANCHOR_RELATIVE);
}

void
_cr_date_weekend (const CrDateScan *scan,
                  int               direction,
                  CrDatePoint      *p)
{
  int wd, iy, iw;
  CrDay monday;

  if (scan->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_open (p, CR_GRANULARITY_WEEK);
      return;
    }
  wd = cr_day_get_weekday (scan->dct);
  monday = scan->dct - (wd - 1);
  if (direction < 0)
    monday -= 7;   /* the last one over, also when the DCT is a Sunday */
  else if (direction > 0)
    monday += 7;
  cr_day_get_iso_week (monday, &iy, &iw);
  _cr_date_point_simple (p, CR_GRANULARITY_WEEK, iy, iw, CR_TIMEX_ANCHOR_RELATIVE);
  p->weekend = TRUE;
}

gboolean
_cr_date_nth_in (const CrDatePoint *container,
                 int                n,
                 int                weekday,
                 CrDatePoint       *p)
{
  CrDay first, last, d;
  int iy, iw;

  if (!_cr_date_point_bounds (container, &first, &last))
    return FALSE;
  if (container->gran != CR_GRANULARITY_MONTH && container->gran != CR_GRANULARITY_YEAR &&
      container->gran != CR_GRANULARITY_QUARTER)
    return FALSE;

  if (weekday == 0)
    {
      /* Weeks belong to the month or year holding their Thursday, the
       * ISO 8601 rule, so "the first week of 2015" starts on 2014-12-29. */
      int thu = 4;

      if (n > 0)
        d = first + ((thu - cr_day_get_weekday (first) + 7) % 7) + 7 * (n - 1);
      else
        d = last - ((cr_day_get_weekday (last) - thu + 7) % 7) + 7 * (n + 1);
      if (d < first || d > last)
        return FALSE;
      cr_day_get_iso_week (d, &iy, &iw);
      _cr_date_point_simple (p, CR_GRANULARITY_WEEK, iy, iw, container->anchor);
      return TRUE;
    }

  if (weekday == 9)
    {
      /* the @n-th month of a year */
      if (container->gran != CR_GRANULARITY_YEAR || n == 0 || n > 12 || n < -12)
        return FALSE;
      _cr_date_point_simple (p, CR_GRANULARITY_MONTH, container->year, n > 0 ? n : 13 + n, container->anchor);
      return TRUE;
    }
  if (weekday == 8)
    d = n > 0 ? first + n - 1 : last + n + 1;   /* any day */
  else if (n > 0)
    d = first + ((weekday - cr_day_get_weekday (first) + 7) % 7) + 7 * (n - 1);
  else
    d = last - ((cr_day_get_weekday (last) - weekday + 7) % 7) + 7 * (n + 1);
  if (d < first || d > last)
    return FALSE;
  _cr_date_point_from_day (p, d, container->anchor);
  return TRUE;
}
