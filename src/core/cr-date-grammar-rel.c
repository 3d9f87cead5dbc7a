/* cr-date-grammar-rel.c: deictic, relative and modified expressions
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "ayer", "este miércoles", "el año pasado", "hace tres días", "last
 * Friday", "in two months", "a principios de 2024", "late last year".
 * Everything here is counted from the DCT; without one the value stays
 * open (XXXX-WXX-3) rather than guessed.
 */

#define G_LOG_DOMAIN "cr-date-grammar"

#include "config.h"

#include "cr-calendar.h"
#include "cr-date-private.h"

int
_cr_date_direction_of (const CrDateScan *s,
                       guint             i)
{
  switch (_cr_date_kind (s, i))
    {
    case CR_DATE_WORD_PAST:
      return -1;
    case CR_DATE_WORD_NEXT:
      return 1;
    case CR_DATE_WORD_THIS:
      return 2;
    default:
      return 0;
    }
}

/* "que viene", "que entra": Spanish for next, after the noun. */
guint
_cr_date_que_viene (const CrDateScan *s,
                    guint             i)
{
  if (_cr_date_is (s, i, "que") && (_cr_date_is (s, i + 1, "viene") || _cr_date_is (s, i + 1, "entra")))
    return i + 2;
  return 0;
}

/* "en curso": the current one. */
static guint
en_curso (const CrDateScan *s,
          guint             i)
{
  if (_cr_date_is (s, i, "en") && _cr_date_is (s, i + 1, "curso"))
    return i + 2;
  return 0;
}

/* "weekend", "fin de semana" */
guint
_cr_date_weekend_at (const CrDateScan *s,
                     guint             i)
{
  if (_cr_date_kind (s, i) == CR_DATE_WORD_WEEKEND)
    return i + 1;
  if (_cr_date_is (s, i, "fin") && _cr_date_is (s, i + 1, "de") && _cr_date_is (s, i + 2, "semana"))
    return i + 3;
  return 0;
}

static guint
parse_deictic (CrDateScan  *s,
               guint        i,
               CrDateMatch *m)
{
  int off = _cr_date_value (s, i);

  if (s->lang == CR_LANGUAGE_ES && off == 1)
    {
      /* "por la mañana", "esta mañana", "cada mañana": the morning */
      if (s->prev && (s->prev->flags & CR_DATE_LEX_MORNING))
        return 0;
    }
  /* "hoy en día": nowadays */
  if (off == 0 && _cr_date_is (s, i + 1, "en") && _cr_date_is (s, i + 2, "dia"))
    return 0;
  _cr_date_relative_unit (s, CR_GRANULARITY_DAY, off, &m->a);
  return i + 1;
}

/* PAST/NEXT/THIS first: "este miércoles", "el próximo mes", "last year",
 * "la pasada primavera", "pasado mañana", "esta mañana". */
static guint
parse_direction_led (CrDateScan  *s,
                     guint        i,
                     CrDateMatch *m)
{
  int dir = _cr_date_direction_of (s, i);
  guint j = i + 1, k;
  CrGranularity unit;
  int n;

  /* "the next 4 business days", "last weekday" */
  if ((dir == 1 || dir == -1) &&
      ((k = _cr_date_parse_business_days (s, j, dir, m)) || (k = _cr_date_parse_next_weekday (s, j, dir, m))))
    return k;
  /* "the last 3 months and 2 weeks", "los últimos 2 años y 3 meses" */
  if ((dir == 1 || dir == -1) && (k = _cr_date_parse_count_span (s, j, dir, m)))
    return k;
  /* "los próximos tres días", "the past two weeks" */
  if (dir != 2 && (k = _cr_date_parse_amount (s, j, &unit, &n)))
    {
      guint e;

      /* "the last four months of 2021" */
      if (dir == -1 && (e = _cr_date_parse_span_of (s, k, n, unit, FALSE, m)))
        return e;
      /* "the last two years of the war" count from something else */
      if (_cr_date_is (s, k, "of") || _cr_date_is (s, k, "de") || _cr_date_is (s, k, "del"))
        return 0;
      /* "the upcoming two weeks": the second week from now, whole */
      if (_cr_date_is (s, i, "upcoming"))
        _cr_date_relative_unit (s, unit, n, &m->a);
      else
        _cr_date_count_range (s, unit, n, dir, m);
      return k;
    }
  /* "this working week", "next workweek": Monday to Friday */
  if (dir != 0 && s->lang == CR_LANGUAGE_EN && s->dct != CR_DAY_UNKNOWN &&
      ((_cr_date_is (s, j, "working") && _cr_date_is (s, j + 1, "week")) || _cr_date_is (s, j, "workweek")))
    {
      CrDatePoint wk;
      CrDay f, l;

      _cr_date_relative_unit (s, CR_GRANULARITY_WEEK, dir == 2 ? 0 : dir, &wk);
      if (_cr_date_point_bounds (&wk, &f, &l))
        {
          _cr_date_point_from_day (&m->a, f, CR_TIMEX_ANCHOR_RELATIVE);
          _cr_date_point_from_day (&m->b, f + 4, CR_TIMEX_ANCHOR_RELATIVE);
          m->is_range = TRUE;
          return j + (_cr_date_is (s, j, "working") ? 2 : 1);
        }
    }
  /* "the past fortnight", "the next fortnight": as "the past two weeks" */
  if ((dir == -1 || dir == 1) && _cr_date_is (s, j, "fortnight") && !_cr_date_is (s, i, "upcoming"))
    {
      guint e;

      /* "the last fortnight of August" */
      if (dir == -1 && (e = _cr_date_parse_span_of (s, j + 1, 2, CR_GRANULARITY_WEEK, FALSE, m)))
        return e;
      _cr_date_count_range (s, CR_GRANULARITY_WEEK, 2, dir, m);
      return j + 1;
    }
  /* "próximas semana": a plural slip before a singular unit */
  if (_cr_date_flag (s, i, CR_DATE_LEX_WEAK) &&
      !(s->lang == CR_LANGUAGE_ES && (dir == 1 || dir == -1) && _cr_date_kind (s, j) == CR_DATE_WORD_UNIT &&
        _cr_date_tok (s, j)->word[_cr_date_tok (s, j)->wlen - 1] != 's' && _cr_date_value (s, j) != CR_GRANULARITY_DAY))
    return 0;
  /* "this upcoming Friday", "este próximo viernes": the first one after
   * the DCT */
  if (dir == 2 && _cr_date_kind (s, j) == CR_DATE_WORD_NEXT && !_cr_date_flag (s, j, CR_DATE_LEX_WEAK) &&
      _cr_date_kind (s, j + 1) == CR_DATE_WORD_WEEKDAY && !(_cr_date_tok (s, j + 1)->lex->flags & CR_DATE_LEX_ABBR))
    {
      int wd = _cr_date_value (s, j + 1);

      if (s->dct == CR_DAY_UNKNOWN)
        {
          _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
          m->a.weekday = wd;
        }
      else
        {
          int ahead = (wd - cr_day_get_weekday (s->dct) + 7) % 7;

          _cr_date_point_from_day (&m->a, s->dct + (ahead == 0 ? 7 : ahead), CR_TIMEX_ANCHOR_RELATIVE);
        }
      return j + 2;
    }
  if ((k = _cr_date_dir_day (s, j, dir, m)))
    return k;   /* "el pasado día 15", "el próximo día 1 de octubre" */
  /* "el próximo 6 de abril", "el pasado 3 de mayo": the year that puts
   * the day after, or before, the DCT; "este 12/05" as written */
  if (_cr_date_num (s, j))
    {
      CrDateMatch d;
      guint e;

      memset (&d, 0, sizeof d);
      if (((e = _cr_date_parse_day_date (s, j, &d)) ||
           ((e = _cr_date_parse_numeric (s, j, &d)) && d.a.gran == CR_GRANULARITY_DAY)) && !d.is_range)
        {
          _cr_date_year_by_direction (s, dir, &d.a);
          *m = d;
          return e;
        }
    }
  if ((k = _cr_date_weekend_at (s, j)))
    {
      _cr_date_weekend (s, dir == 2 ? 0 : dir, &m->a);
      return k;
    }
  /* "la última semana de julio", "last Sunday of March" */
  if (dir == -1 && (k = _cr_date_parse_nth_in (s, j, -1, m)))
    return k;
  /* "last night", "this morning", "esta noche" */
  if (_cr_date_is (s, j, "night") || _cr_date_is (s, j, "morning") || _cr_date_is (s, j, "afternoon") ||
      _cr_date_is (s, j, "evening") || _cr_date_is (s, j, "noche") || _cr_date_is (s, j, "tarde"))
    {
      if (dir == 2)
        _cr_date_relative_unit (s, CR_GRANULARITY_DAY, 0, &m->a);
      else if (dir == -1 && _cr_date_is (s, j, "night"))
        _cr_date_relative_unit (s, CR_GRANULARITY_DAY, -1, &m->a);
      else
        return 0;
      return j + 1;
    }

  /* "this calendar year", "este calendario año" */
  if ((_cr_date_is (s, j, "calendar") || _cr_date_is (s, j, "calendario")) &&
      _cr_date_kind (s, j + 1) == CR_DATE_WORD_UNIT && _cr_date_value (s, j + 1) == CR_GRANULARITY_YEAR)
    j++;

  switch (_cr_date_kind (s, j))
    {
    case CR_DATE_WORD_WEEKDAY:
      {
        CrDateMatch d;
        guint e;

        k = j + 1;
        /* "el pasado lunes 1 de septiembre", "this Friday 5/12": the
         * written date wins */
        if (_cr_date_punct (s, k, ','))
          k++;
        memset (&d, 0, sizeof d);
        if ((e = _cr_date_parse_day_date (s, k, &d)) ||
            (_cr_date_num (s, k) && (e = _cr_date_parse_numeric (s, k, &d)) && d.a.gran == CR_GRANULARITY_DAY &&
             !d.is_range) ||
            (e = _cr_date_parse_short_day_month (s, k, &d.a)))
          {
            /* the nearest such day, as written: the weekday word only
             * says which day of the week it is */
            *m = d;
            return e;
          }
        /* "previous Monday": of the week before; "this Saturday": the
         * coming one in English news, this week's in Spanish */
        if (_cr_date_is (s, i, "previous"))
          dir = -2;
        else if (dir == 2 && s->lang == CR_LANGUAGE_EN)
          dir = 3;
        _cr_date_relative_weekday (s, _cr_date_value (s, j), dir, &m->a);
        return j + 1;
      }
    case CR_DATE_WORD_UNIT:
      {
        CrGranularity g = _cr_date_value (s, j);

        /* "next week Monday", "this week on Friday" */
        if (g == CR_GRANULARITY_WEEK && s->dct != CR_DAY_UNKNOWN)
          {
            guint w = j + 1 + (_cr_date_is (s, j + 1, "on") ? 1 : 0);

            if (_cr_date_kind (s, w) == CR_DATE_WORD_WEEKDAY &&
                !(_cr_date_tok (s, w)->lex->flags & CR_DATE_LEX_ABBR && _cr_date_tok (s, w)->wlen < 3))
              {
                CrDatePoint wk;

                _cr_date_relative_unit (s, g, dir == 2 ? 0 : dir, &wk);
                _cr_date_point_from_day (&m->a, cr_day_from_iso_week (wk.year, wk.part) + _cr_date_value (s, w) - 1,
                                         CR_TIMEX_ANCHOR_RELATIVE);
                return w + 1;
              }
          }
        /* "next day", "the previous day" */
        if (g == CR_GRANULARITY_DAY)
          {
            /* "the last day of the summit", "the last day for bids" */
            if (dir == 2 || _cr_date_tok (s, j)->word[_cr_date_tok (s, j)->wlen - 1] == 's' ||
                (dir == -1 && _cr_date_plain_word (s, j + 1)))
              return 0;
            _cr_date_relative_unit (s, g, dir, &m->a);
            return j + 1;
          }
        if (g == CR_GRANULARITY_MONTH && (k = _cr_date_unit_month (s, j, dir, m)))
          return k;   /* "el pasado mes de julio" */
        _cr_date_relative_unit (s, g, dir == 2 ? 0 : dir, &m->a);
        return j + 1;
      }
    case CR_DATE_WORD_MONTH:
      {
        /* "last sept", but not "next mar" */
        if ((_cr_date_tok (s, j)->lex->flags & CR_DATE_LEX_ABBR) && _cr_date_tok (s, j)->wlen < 4)
          return 0;
        /* "this may take longer" */
        if ((_cr_date_tok (s, j)->lex->flags & CR_DATE_LEX_WEAK) && !_cr_date_tok (s, j)->upper)
          return 0;
        _cr_date_month_relative (s, _cr_date_value (s, j), dir == 2 ? 0 : dir, &m->a);
        if (dir == 2 && s->dct != CR_DAY_UNKNOWN)
          m->a.year = s->dct_year;
        return j + 1;
      }
    case CR_DATE_WORD_SEASON:
      _cr_date_season_relative (s, _cr_date_value (s, j), dir == 2 ? 0 : dir, &m->a);
      return j + 1;
    case CR_DATE_WORD_DEICTIC:
      if (s->lang == CR_LANGUAGE_ES && _cr_date_value (s, j) == 1)
        {
          /* "pasado mañana"; "esta mañana" is this morning, today */
          if (dir == -1 && _cr_date_is (s, i, "pasado"))
            {
              _cr_date_relative_unit (s, CR_GRANULARITY_DAY, 2, &m->a);
              return j + 1;
            }
          if (dir == 2)
            {
              _cr_date_relative_unit (s, CR_GRANULARITY_DAY, 0, &m->a);
              return j + 1;
            }
        }
      return 0;
    default:
      return 0;
    }
}

/* What joins a week to its first day: "beginning (on)", "starting (on)",
 * "commencing", "que comienza (el)", "que va del", "a partir del".
 * Returns the index of the day, or 0. */
static guint
week_start_link (const CrDateScan *s,
                 guint             j)
{
  if (_cr_date_is (s, j, "beginning") || _cr_date_is (s, j, "starting") || _cr_date_is (s, j, "commencing"))
    return j + 1 + (_cr_date_is (s, j + 1, "on") ? 1 : 0);
  if (_cr_date_is (s, j, "que") &&
      (_cr_date_is (s, j + 1, "comienza") || _cr_date_is (s, j + 1, "empieza") || _cr_date_is (s, j + 1, "inicia")))
    return j + 2 + (_cr_date_is (s, j + 2, "el") ? 1 : 0);
  if (_cr_date_is (s, j, "que") && _cr_date_is (s, j + 1, "va") &&
      (_cr_date_is (s, j + 2, "del") || _cr_date_is (s, j + 2, "desde")))
    return j + 3 + (_cr_date_is (s, j + 2, "desde") && _cr_date_is (s, j + 3, "el") ? 1 : 0);
  if (_cr_date_is (s, j, "a") && _cr_date_is (s, j + 1, "partir") && _cr_date_is (s, j + 2, "del"))
    return j + 3;
  return 0;
}

/* UNIT first, Spanish order: "año pasado", "la semana que viene",
 * "el mes próximo", "el año en curso"; and "the day before yesterday". */
static guint
parse_unit_relative (CrDateScan  *s,
                     guint        i,
                     CrDateMatch *m)
{
  CrGranularity g = _cr_date_value (s, i);
  guint j = i + 1, k;
  int dir = _cr_date_direction_of (s, j);

  /* "el año anterior a la revolución", "el día siguiente al voto":
   * counted from something else, not from the DCT */
  if ((_cr_date_is (s, j, "anterior") || _cr_date_is (s, j, "siguiente") || _cr_date_is (s, j, "posterior") ||
       _cr_date_is (s, j, "previo")) && s->lang == CR_LANGUAGE_ES &&
      (_cr_date_is (s, j + 1, "a") || _cr_date_is (s, j + 1, "al") || _cr_date_is (s, j + 1, "de") ||
       _cr_date_is (s, j + 1, "del")))
    return 0;

  if (g == CR_GRANULARITY_DAY)
    {
      /* "the day before yesterday", "el día después de mañana" */
      guint dk = j + 1 + (_cr_date_is (s, j + 1, "de") ? 1 : 0);

      if (_cr_date_kind (s, j) == CR_DATE_WORD_MOD && _cr_date_kind (s, dk) == CR_DATE_WORD_DEICTIC)
        {
          int off = _cr_date_value (s, dk);
          int mod = _cr_date_value (s, j);

          if (mod == CR_DATE_MOD_BEFORE)
            off--;
          else if (mod == CR_DATE_MOD_AFTER)
            off++;
          else
            return 0;
          _cr_date_relative_unit (s, CR_GRANULARITY_DAY, off, &m->a);
          return dk + 1;
        }
      /* "what happened the day before?" */
      if (s->lang == CR_LANGUAGE_EN && _cr_date_kind (s, j) == CR_DATE_WORD_MOD &&
          (_cr_date_value (s, j) == CR_DATE_MOD_BEFORE || _cr_date_value (s, j) == CR_DATE_MOD_AFTER) &&
          _cr_date_tok (s, j + 1)->kind != CR_DATE_TOK_WORD && _cr_date_tok (s, j + 1)->kind != CR_DATE_TOK_NUM)
        {
          _cr_date_relative_unit (s, CR_GRANULARITY_DAY, _cr_date_value (s, j) == CR_DATE_MOD_BEFORE ? -1 : 1, &m->a);
          return j + 1;
        }
      /* "el día siguiente", "el día anterior" */
      {
        int ddir = _cr_date_direction_of (s, j);

        if ((ddir == 1 || ddir == -1) && !_cr_date_flag (s, j, CR_DATE_LEX_WEAK))
          {
            _cr_date_relative_unit (s, CR_GRANULARITY_DAY, ddir, &m->a);
            return j + 1;
          }
      }
      /* "el día 18": a day of the current month */
      {
        int mday;
        guint e;
        CrDateMatch d;

        memset (&d, 0, sizeof d);
        if ((e = _cr_date_parse_day_date (s, j, &d)))
          {
            *m = d;
            return e;
          }
        /* "su día 1.290", "el día 15 de la guerra" count days */
        if (_cr_date_num (s, j) && (e = _cr_date_parse_day_num (s, j, &mday)) && s->dct != CR_DAY_UNKNOWN &&
            mday <= cr_calendar_days_in_month (s->dct_year, s->dct_month) &&
            !(_cr_date_tight_punct (s, e, '.') && _cr_date_num (s, e + 1)) &&
            !_cr_date_is (s, e, "de") && !_cr_date_is (s, e, "del") && !_cr_date_is (s, e, "of"))
          {
            _cr_date_point_day (&m->a, s->dct_year, s->dct_month, mday, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
            return e;
          }
        /* "el día nueve" */
        if ((e = _cr_date_parse_day_words_alone (s, j, &mday)) && s->dct != CR_DAY_UNKNOWN &&
            mday <= cr_calendar_days_in_month (s->dct_year, s->dct_month))
          {
            _cr_date_point_day (&m->a, s->dct_year, s->dct_month, mday, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
            return e;
          }
      }
      return 0;
    }
  /* "the week of April 10th", "la semana del 10 de abril", "the week
   * beginning February 4", "la semana que comienza el 4 de febrero" */
  if (g == CR_GRANULARITY_WEEK && (_cr_date_is (s, j, "of") || _cr_date_is (s, j, "del") || _cr_date_is (s, j, "de")))
    k = j + 1;
  else if (g == CR_GRANULARITY_WEEK)
    k = week_start_link (s, j);
  else
    k = 0;
  if (k > 0)
    {
      CrDateMatch d;
      CrDay f, l;
      guint e;
      int iy, iw;

      memset (&d, 0, sizeof d);
      if ((e = _cr_date_parse_day_date (s, k + (_cr_date_is (s, k, "the") ? 1 : 0), &d)) && !d.is_range)
        {
          _cr_date_complete (s, &d.a);
          if (_cr_date_point_bounds (&d.a, &f, &l))
            {
              cr_day_get_iso_week (f, &iy, &iw);
              _cr_date_point_simple (&m->a, CR_GRANULARITY_WEEK, iy, iw, d.a.anchor);
            }
          else
            _cr_date_point_open (&m->a, CR_GRANULARITY_WEEK);
          return e;
        }
      /* "la semana del 18", "the week of the 18th": this month's day */
      if (k == j + 1)
        {
          guint dn = j + 1 + (_cr_date_is (s, j + 1, "the") ? 1 : 0);
          const CrDateTok *dt = _cr_date_tok (s, dn);

          if (dt->kind == CR_DATE_TOK_NUM && dt->ndigits <= 2 && dt->num >= 1 && s->dct != CR_DAY_UNKNOWN &&
              dt->num <= cr_calendar_days_in_month (s->dct_year, s->dct_month) &&
              !_cr_date_punct (s, dn + 1, '/') && !_cr_date_punct (s, dn + 1, '-') && !_cr_date_punct (s, dn + 1, '%') &&
              _cr_date_kind (s, dn + 1) != CR_DATE_WORD_UNIT)
            {
              int wy, ww;

              cr_day_get_iso_week (cr_day_from_ymd (s->dct_year, s->dct_month, dt->num), &wy, &ww);
              _cr_date_point_simple (&m->a, CR_GRANULARITY_WEEK, wy, ww, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
              return dn + 1;
            }
        }
    }
  /* "semana 31", "week 31 of 2024" */
  if (g == CR_GRANULARITY_WEEK && _cr_date_num (s, j) && _cr_date_tok (s, j)->ndigits <= 2 &&
      _cr_date_tok (s, j)->num >= 1 && _cr_date_tok (s, j)->num <= 53 && !_cr_date_tok (s, j)->ordinal)
    {
      int year;
      gboolean relative;
      guint e = _cr_date_parse_year_tail (s, j + 1, &year, &relative);

      if (!e && s->dct == CR_DAY_UNKNOWN)
        return 0;
      _cr_date_point_simple (&m->a, g, e ? year : s->dct_year, _cr_date_tok (s, j)->num,
                             e ? CR_TIMEX_ANCHOR_ABSOLUTE : CR_TIMEX_ANCHOR_UNDERSPECIFIED);
      return e ? e : j + 1;
    }
  if (_cr_date_tok (s, i)->wlen > 3 && g != CR_GRANULARITY_MONTH && s->lang == CR_LANGUAGE_ES &&
      _cr_date_tok (s, i)->word[_cr_date_tok (s, i)->wlen - 1] == 's')
    return 0;   /* plural: "años pasados" is a span of years */

  if ((dir == -1 || dir == 1) && !_cr_date_flag (s, j, CR_DATE_LEX_WEAK))
    {
      _cr_date_relative_unit (s, g, dir, &m->a);
      return j + 1;
    }
  /* "the week after next", "la semana después de la próxima" */
  if (_cr_date_kind (s, j) == CR_DATE_WORD_MOD && _cr_date_value (s, j) == CR_DATE_MOD_AFTER)
    {
      guint k2 = j + 1;

      if (_cr_date_is (s, k2, "de"))
        k2++;
      if (_cr_date_is (s, k2, "the") || _cr_date_is (s, k2, "la") || _cr_date_is (s, k2, "el"))
        k2++;
      if (_cr_date_kind (s, k2) == CR_DATE_WORD_NEXT && !_cr_date_flag (s, k2, CR_DATE_LEX_WEAK))
        {
          _cr_date_relative_unit (s, g, 2, &m->a);
          return k2 + 1;
        }
    }
  if (dir == 2 && _cr_date_is (s, j, "actual"))
    {
      _cr_date_relative_unit (s, g, 0, &m->a);
      return j + 1;
    }
  if ((k = _cr_date_que_viene (s, j)) || (k = en_curso (s, j)))
    {
      _cr_date_relative_unit (s, g, _cr_date_is (s, j, "que") ? 1 : 0, &m->a);
      return k;
    }
  return 0;
}

/* "a principios de 2024", "mid-June", "late last year", "the end of 2024" */
static guint
parse_mod_led (CrDateScan  *s,
               guint        i,
               guint        ctx,
               CrDateMatch *m)
{
  CrDateMod mod = _cr_date_value (s, i);
  guint j = i + 1, e;
  guint inner = CR_DATE_CTX_INNER;

  /* "el fin de semana (pasado)" is a weekend, not the end of a week */
  if ((e = _cr_date_weekend_at (s, i)))
    {
      int dir = _cr_date_direction_of (s, e);

      if (dir == 1 || dir == -1)
        e++;
      else if (_cr_date_que_viene (s, e))
        {
          dir = 1;
          e += 2;
        }
      else
        dir = 0;
      _cr_date_weekend (s, dir, &m->a);
      return e;
    }
  if (mod == CR_DATE_MOD_APPROX)
    inner |= CR_DATE_CTX_APPROX;
  /* "the start of 2025", never "start within two weeks" */
  if ((_cr_date_is (s, i, "start") || _cr_date_is (s, i, "end") || _cr_date_is (s, i, "beginning") ||
       _cr_date_is (s, i, "middle")) && !_cr_date_is (s, j, "of"))
    return 0;

  if (_cr_date_punct (s, j, '-'))
    j++;
  else
    {
      if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "del") || _cr_date_is (s, j, "of") ||
          _cr_date_is (s, j, "in"))
        j++;
      if (_cr_date_is (s, j, "the") || _cr_date_is (s, j, "el") || _cr_date_is (s, j, "la") ||
          _cr_date_is (s, j, "los") || _cr_date_is (s, j, "las"))
        j++;
    }
  /* "the end of around next week": the end of next week */
  if ((mod == CR_DATE_MOD_START || mod == CR_DATE_MOD_MID || mod == CR_DATE_MOD_END) &&
      _cr_date_kind (s, j) == CR_DATE_WORD_MOD && _cr_date_value (s, j) == CR_DATE_MOD_APPROX &&
      _cr_date_kind (s, j + 1) != CR_DATE_WORD_MOD)
    j++;
  if (_cr_date_kind (s, j) == CR_DATE_WORD_MOD)
    return 0;
  if (!(e = _cr_date_parse_at (s, j, inner, m)))
    {
      /* "a finales de año", "the end of the month": the current one */
      CrGranularity g = _cr_date_value (s, j);

      if (_cr_date_kind (s, j) != CR_DATE_WORD_UNIT ||
          (_cr_date_tok (s, j)->word[_cr_date_tok (s, j)->wlen - 1] == 's' && !_cr_date_is (s, j, "mes")) ||
          (g != CR_GRANULARITY_WEEK && g != CR_GRANULARITY_MONTH && g != CR_GRANULARITY_YEAR) ||
          (mod != CR_DATE_MOD_START && mod != CR_DATE_MOD_MID && mod != CR_DATE_MOD_END))
        return 0;
      _cr_date_relative_unit (s, g, 0, &m->a);
      e = j + 1;
    }
  /* "worried about next year", "warned about the ides of March": what
   * is talked of, not an approximation ("in about March" is one) */
  if (mod == CR_DATE_MOD_APPROX && _cr_date_is (s, i, "about") &&
      (m->a.anchor == CR_TIMEX_ANCHOR_RELATIVE || _cr_date_after_topic (s, i)))
    return 0;
  /* "after this year's election", "the end of last year's season": the
   * mod is about what follows, the date is read alone */
  if (s->lang == CR_LANGUAGE_EN && e > 0 && _cr_date_possessive_after (s, e - 1))
    return 0;
  _cr_date_since_past (s, i, mod, m);   /* "since January 2": the one before */
  /* "antes de ayer" is the day before yesterday */
  if (mod == CR_DATE_MOD_BEFORE && _cr_date_kind (s, j) == CR_DATE_WORD_DEICTIC &&
      s->lang == CR_LANGUAGE_ES && _cr_date_is (s, i, "antes") && _cr_date_value (s, j) == -1)
    {
      _cr_date_relative_unit (s, CR_GRANULARITY_DAY, -2, &m->a);
      return e;
    }
  /* "after this year": from next year on; "before this month": up to
   * last month */
  if ((mod == CR_DATE_MOD_AFTER || mod == CR_DATE_MOD_BEFORE) && m->mod == CR_DATE_MOD_NONE && !m->is_range &&
      s->lang == CR_LANGUAGE_EN && _cr_date_kind (s, j) == CR_DATE_WORD_THIS && e == j + 2 &&
      _cr_date_kind (s, j + 1) == CR_DATE_WORD_UNIT && s->dct != CR_DAY_UNKNOWN &&
      (m->a.gran == CR_GRANULARITY_YEAR || m->a.gran == CR_GRANULARITY_MONTH || m->a.gran == CR_GRANULARITY_WEEK) &&
      !m->a.weekend)
    {
      _cr_date_relative_unit (s, m->a.gran, mod == CR_DATE_MOD_AFTER ? 1 : -1, &m->a);
      m->mod = mod == CR_DATE_MOD_AFTER ? CR_DATE_MOD_ON_OR_AFTER : CR_DATE_MOD_ON_OR_BEFORE;
      return e;
    }
  if (m->mod == CR_DATE_MOD_NONE)
    m->mod = mod;
  (void) ctx;
  return e;
}

guint
_cr_date_parse_relative (CrDateScan  *s,
                         guint        i,
                         guint        ctx,
                         CrDateMatch *m)
{
  CrGranularity unit;
  guint j;
  int n;

  switch (_cr_date_kind (s, i))
    {
    case CR_DATE_WORD_WEEKDAY:
      return _cr_date_parse_weekday_led (s, i, ctx, m);
    case CR_DATE_WORD_DEICTIC:
      return _cr_date_idiom_day (s, i) ? 0 : parse_deictic (s, i, m);
    case CR_DATE_WORD_PAST:
    case CR_DATE_WORD_NEXT:
    case CR_DATE_WORD_THIS:
      return parse_direction_led (s, i, m);
    case CR_DATE_WORD_UNIT:
      if (_cr_date_idiom_day (s, i))
        return 0;   /* "al día siguiente" */
      if ((j = parse_unit_relative (s, i, m)) || (j = _cr_date_parse_unit_to_date (s, i, m)))
        return j;
      return _cr_date_parse_unit_alone (s, i, m);
    case CR_DATE_WORD_PART:
      return _cr_date_parse_part (s, i, m);
    case CR_DATE_WORD_MOD:
      return parse_mod_led (s, i, ctx, m);
    case CR_DATE_WORD_AGO:
      /* "hace un año y tres meses", "hace tres días" */
      if (_cr_date_is (s, i, "hace") && (j = _cr_date_parse_compound (s, i + 1, TRUE, m)))
        return j;
      if (!(j = _cr_date_parse_amount (s, i + 1, &unit, &n)))
        return 0;
      _cr_date_shift_dct (s, unit, -n, &m->a);
      return j;
    case CR_DATE_WORD_WITHIN:
      return _cr_date_parse_within (s, i, ctx, m);
    case CR_DATE_WORD_NUMBER:
    case CR_DATE_WORD_NONE:
      if (_cr_date_num (s, i) || _cr_date_kind (s, i) == CR_DATE_WORD_NUMBER)
        {
          guint e;

          /* "veintinueve de mayo" */
          if (!_cr_date_num (s, i) && (e = _cr_date_parse_day_date (s, i, m)))
            return e;
          if ((e = _cr_date_parse_year_in_words (s, i, ctx, m)) || (e = _cr_date_parse_counted_weekdays (s, i, m)))
            return e;
          if ((e = _cr_date_parse_compound (s, i, FALSE, m)) || (e = _cr_date_parse_business_days (s, i, 0, m)))
            return e;
          /* "2 weeks starting May 20th", "three weeks ago", "in two months",
           * "2 days after yesterday" */
          if ((j = _cr_date_parse_amount (s, i, &unit, &n)) &&
              ((e = _cr_date_parse_span_from (s, j, unit, n, m)) ||
               (e = _cr_date_parse_amount_tail (s, j, ctx, unit, n, m))))
            return e;
          /* "2 próximos meses" */
          if (_cr_date_num (s, i) || !_cr_date_flag (s, i, CR_DATE_LEX_WEAK))
            {
              int dir = _cr_date_direction_of (s, i + 1);

              if ((dir == 1 || dir == -1) && _cr_date_parse_count (s, i, &n) &&
                  (j = _cr_date_parse_amount (s, i, &unit, &n)) == 0 && _cr_date_kind (s, i + 2) == CR_DATE_WORD_UNIT &&
                  n > 0 && n < 1000 &&
                  /* "only 3 next week": a count of something else */
                  (s->lang != CR_LANGUAGE_EN || n == 1 || _cr_date_is (s, i + 1, "upcoming") ||
                   _cr_date_tok (s, i + 2)->word[_cr_date_tok (s, i + 2)->wlen - 1] == 's'))
                {
                  if (_cr_date_is (s, i + 1, "upcoming"))
                    _cr_date_relative_unit (s, _cr_date_value (s, i + 2), n, &m->a);
                  else
                    _cr_date_count_range (s, _cr_date_value (s, i + 2), n, dir, m);
                  return i + 3;
                }
            }
          /* "the nineteen seventies" */
          if (s->lang == CR_LANGUAGE_EN && !_cr_date_num (s, i) && _cr_date_value (s, i) >= 10 &&
              _cr_date_value (s, i) <= 20 && _cr_date_tok (s, i + 1)->kind == CR_DATE_TOK_WORD)
            {
              static const char *decades[] = { "twenties", "thirties", "forties", "fifties", "sixties",
                                               "seventies", "eighties", "nineties" };

              for (guint d = 0; d < G_N_ELEMENTS (decades); d++)
                if (_cr_date_is (s, i + 1, decades[d]))
                  {
                    _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, _cr_date_value (s, i) * 100 + 20 + 10 * d, 0,
                                           CR_TIMEX_ANCHOR_ABSOLUTE);
                    return i + 2;
                  }
            }
          /* "los noventa": a decade in words */
          if (s->lang == CR_LANGUAGE_ES && !_cr_date_num (s, i) && s->prev &&
              strcmp (s->prev->word, "los") == 0 && _cr_date_value (s, i) >= 30 &&
              _cr_date_value (s, i) % 10 == 0 && _cr_date_kind (s, i + 1) != CR_DATE_WORD_UNIT &&
              !_cr_date_num (s, i + 1) &&
              /* "los noventa diputados" counts them */
              !(_cr_date_tok (s, i + 1)->kind == CR_DATE_TOK_WORD && !_cr_date_tok (s, i + 1)->upper &&
                _cr_date_tok (s, i + 1)->wlen > 2 &&
                _cr_date_tok (s, i + 1)->word[_cr_date_tok (s, i + 1)->wlen - 1] == 's'))
            {
              _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, 1900 + _cr_date_value (s, i), 0,
                                     CR_TIMEX_ANCHOR_ABSOLUTE);
              return i + 1;
            }
        }
      return 0;
    case CR_DATE_WORD_WEEKEND:
      {
        int dir = _cr_date_direction_of (s, i + 1);

        if (dir == 1 || dir == -1)
          {
            _cr_date_weekend (s, dir, &m->a);
            return i + 2;
          }
        /* "the weekend after the next" */
        if ((j = _cr_date_after_next (s, i + 1)) && s->dct != CR_DAY_UNKNOWN)
          {
            _cr_date_relative_unit (s, CR_GRANULARITY_WEEK, 2, &m->a);
            m->a.weekend = TRUE;
            return j;
          }
        /* "the weekend", "that weekend", "my weekend": the publication's */
        if (!(ctx & CR_DATE_CTX_ARTICLE) &&
            !(i == 0 && s->prev &&
              (strcmp (s->prev->word, "that") == 0 || strcmp (s->prev->word, "my") == 0 ||
               strcmp (s->prev->word, "our") == 0 ||
               strcmp (s->prev->word, "on") == 0)))   /* "on weekend" */
          return 0;
        _cr_date_weekend (s, 0, &m->a);
        return i + 1;
      }
    case CR_DATE_WORD_ORDINAL:
      /* "la primera semana de octubre", "first Monday of the month" */
      return _cr_date_parse_nth_in (s, i + 1, _cr_date_value (s, i), m);
    case CR_DATE_WORD_MONTH:
    case CR_DATE_WORD_SEASON:
    case CR_DATE_WORD_PLAIN:
    default:
      return 0;
    }
}
