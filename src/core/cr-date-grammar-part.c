/* cr-date-grammar-part.c: parts of the current period, told from the DCT
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "earlier this month", "later in the year", "más tarde esta semana",
 * "the rest of the week", "el resto del año", "the same week", "la misma
 * semana", "for the day". They all name a period by its relation to the
 * publication day: what is earlier in it is before the DCT, what is later
 * is after it, so their days are cut at the DCT.
 */

#define G_LOG_DOMAIN "cr-date-grammar"

#include "config.h"

#include "cr-calendar.h"
#include "cr-date-private.h"

/* Values of the "part" words in the lexicons. */
enum {
  PART_MORE    = 0,    /* "más": the next word says which */
  PART_EARLIER = -1,
  PART_LATER   = 1,
  PART_REST    = 2,
  PART_SAME    = 3,
};

/* A singular week, month or year unit at @i. */
static gboolean
period_unit_at (const CrDateScan *s,
                guint             i,
                CrGranularity    *g)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  if (_cr_date_kind (s, i) != CR_DATE_WORD_UNIT)
    return FALSE;
  *g = _cr_date_value (s, i);
  if (*g != CR_GRANULARITY_WEEK && *g != CR_GRANULARITY_MONTH && *g != CR_GRANULARITY_YEAR)
    return FALSE;
  /* plurals: "years", "semanas", but "mes" ends in s */
  return t->word[t->wlen - 1] != 's' || _cr_date_is (s, i, "mes");
}

/* The end of the first half of the period [@f, @l] of grain @g: a week
 * splits Monday to Wednesday and Thursday to Sunday, a month after the
 * 15th, a year after June. */
static CrDay
first_half_end (CrGranularity g,
                CrDay         f,
                CrDay         l)
{
  int y, m, d;

  switch (g)
    {
    case CR_GRANULARITY_WEEK:
      return f + 2;
    case CR_GRANULARITY_MONTH:
      return f + 14;
    case CR_GRANULARITY_YEAR:
      cr_day_to_ymd (f, &y, &m, &d);
      return cr_day_from_ymd (y, 6, 30);
    case CR_GRANULARITY_DAY:
    case CR_GRANULARITY_QUARTER:
    case CR_GRANULARITY_HALF:
    case CR_GRANULARITY_SEASON:
    case CR_GRANULARITY_DECADE:
    case CR_GRANULARITY_CENTURY:
    case CR_N_GRANULARITIES:
    default:
      return f + (l - f) / 2;
    }
}

/* "this month", "in the year", "de este mes", "en la semana", "del año",
 * "previous week": the period a part word refers to. Returns the index
 * after it, or 0. */
static guint
parse_period (const CrDateScan *s,
              guint             j,
              CrGranularity    *g,
              int              *dir)
{
  gboolean linked = FALSE;

  /* "del" is "de" and "el" */
  if (_cr_date_is (s, j, "of") || _cr_date_is (s, j, "in") || _cr_date_is (s, j, "de") ||
      _cr_date_is (s, j, "en") || _cr_date_is (s, j, "del"))
    {
      j++;
      linked = TRUE;
    }
  if (_cr_date_is (s, j, "the") || _cr_date_is (s, j, "el") || _cr_date_is (s, j, "la"))
    {
      /* "later in the year", "resto de la semana" (the current one), "el
       * resto de la semana pasada" */
      if (period_unit_at (s, j + 1, g))
        {
          linked = TRUE;
          j++;
        }
      else if (_cr_date_kind (s, j + 1) != CR_DATE_WORD_NEXT && _cr_date_kind (s, j + 1) != CR_DATE_WORD_PAST)
        return 0;
      else
        j++;
    }
  *dir = _cr_date_direction_of (s, j);
  if (*dir == 0 || _cr_date_flag (s, j, CR_DATE_LEX_WEAK) || !period_unit_at (s, j + 1, g))
    {
      /* "la semana pasada", "el mes que viene" after "de" */
      if (linked && period_unit_at (s, j, g))
        {
          int d = _cr_date_direction_of (s, j + 1);

          if ((d == 1 || d == -1) && !_cr_date_flag (s, j + 1, CR_DATE_LEX_WEAK))
            {
              *dir = d;
              return j + 2;
            }
          if (_cr_date_que_viene (s, j + 1))
            {
              *dir = 1;
              return j + 3;
            }
          /* "rest of week", "resto de semana" */
          *dir = 0;
          return j + 1;
        }
      return 0;
    }
  if (*dir == 2)
    *dir = 0;
  return j + 2;
}

guint
_cr_date_parse_part (CrDateScan  *s,
                     guint        i,
                     CrDateMatch *m)
{
  int part = _cr_date_value (s, i);
  guint j = i + 1, e;
  CrGranularity g;
  CrDatePoint period;
  CrDay f, l, a, b;
  int dir;

  if (part == PART_MORE)
    {
      /* "más tarde", "más temprano" */
      if (_cr_date_is (s, j, "tarde"))
        part = PART_LATER;
      else if (_cr_date_is (s, j, "temprano"))
        part = PART_EARLIER;
      else
        return 0;
      j++;
    }

  if (part == PART_SAME)
    {
      /* "the same week", "el mismo año", "la misma semana": the
       * publication's, as there is no other to compare with */
      static const char * const those[] = { "that", "ese", "esa", "aquel", "aquella", NULL };

      if (!period_unit_at (s, j, &g) ||
          /* "the same week of 2024", "el mismo mes del año pasado" */
          _cr_date_is (s, j + 1, "of") || _cr_date_is (s, j + 1, "de") || _cr_date_is (s, j + 1, "del") ||
          /* "ese mismo mes", "that same week": the story's */
          _cr_date_word_before_is (s, _cr_date_tok (s, i)->start, those))
        return 0;
      _cr_date_relative_unit (s, g, 0, &m->a);
      return j + 1;
    }

  /* "the rest of the week", "el resto del mes" need their "of" */
  if (part == PART_REST && !(_cr_date_is (s, j, "of") || _cr_date_is (s, j, "de") || _cr_date_is (s, j, "del")))
    return 0;
  if (!(e = parse_period (s, j, &g, &dir)))
    return 0;

  _cr_date_relative_unit (s, g, dir, &period);
  if (!_cr_date_point_bounds (&period, &f, &l))
    {
      /* No DCT: the period is open, and so is its part */
      m->a = period;
      m->mod = part == PART_EARLIER ? CR_DATE_MOD_START : CR_DATE_MOD_END;
      return e;
    }

  switch (part)
    {
    case PART_EARLIER:
      a = f;
      b = first_half_end (g, f, l);
      if (s->dct > f && s->dct <= l)
        b = MIN (b, s->dct - 1);
      break;
    case PART_LATER:
      a = first_half_end (g, f, l) + 1;
      b = l;
      if (s->dct >= f && s->dct <= l)
        a = MAX (a, s->dct);
      break;
    case PART_REST:
    default:
      a = s->dct >= f && s->dct <= l ? s->dct : f;
      b = l;
      break;
    }
  _cr_date_point_from_day (&m->a, a, CR_TIMEX_ANCHOR_RELATIVE);
  _cr_date_point_from_day (&m->b, b, CR_TIMEX_ANCHOR_RELATIVE);
  m->is_range = a != b;
  return e;
}

/* "for the day", "for the month", "por el mes" closing a clause: the
 * publication's own day, week or month ("I'm away for the month"). */
guint
_cr_date_parse_unit_alone (CrDateScan  *s,
                           guint        i,
                           CrDateMatch *m)
{
  const CrDateTok *n = _cr_date_tok (s, i + 1);
  CrGranularity g = _cr_date_value (s, i);
  const char *before = s->prev2 ? s->prev2->word : "";

  if (i != 0 || s->prev == NULL || !(s->prev->flags & CR_DATE_LEX_ARTICLE) ||
      (strcmp (before, "for") != 0 && strcmp (before, "por") != 0))
    return 0;
  /* "for the year" is how long, more often than which year; and without
   * a DCT none of them says anything */
  if ((g != CR_GRANULARITY_DAY && !period_unit_at (s, i, &g)) || g == CR_GRANULARITY_YEAR ||
      s->dct == CR_DAY_UNKNOWN)
    return 0;
  if (_cr_date_tok (s, i)->word[_cr_date_tok (s, i)->wlen - 1] == 's' && g == CR_GRANULARITY_DAY)
    return 0;
  /* only at the end of a clause: "for the month of May" is May */
  if (!(n->kind == CR_DATE_TOK_END || (n->kind == CR_DATE_TOK_PUNCT && n->ch != '-' && n->ch != '/')))
    return 0;
  _cr_date_relative_unit (s, g, 0, &m->a);
  return i + 1;
}

/* "now", "ahora": the publication day, at one end of a range */
gboolean
_cr_date_now_at (const CrDateScan *s,
                 guint             i)
{
  return s->dct != CR_DAY_UNKNOWN && (_cr_date_is (s, i, "now") || _cr_date_is (s, i, "ahora"));
}

/* "between now and 15 November", "entre ahora y el 21 de mayo", "from now
 * until June": from the DCT to a day or period after it. */
guint
_cr_date_parse_now_range (CrDateScan  *s,
                          guint        i,
                          guint        ctx,
                          CrDateMatch *m)
{
  CrDateMatch b;
  guint k = i + 1, e;
  CrDay f, l;

  if (!(ctx & CR_DATE_CTX_FROM) || !_cr_date_now_at (s, i))
    return 0;
  if (!(_cr_date_punct (s, k, '-') || _cr_date_flag (s, k, CR_DATE_LEX_TO)))
    return 0;
  k++;
  if (_cr_date_flag (s, k, CR_DATE_LEX_ARTICLE) && !_cr_date_flag (s, k, CR_DATE_LEX_WEAK))
    k++;
  memset (&b, 0, sizeof b);
  if (!(e = _cr_date_parse_at (s, k, CR_DATE_CTX_INNER, &b)) || b.is_range || b.mod != CR_DATE_MOD_NONE ||
      b.a.open)
    return 0;
  /* a day or month without its year is the next one */
  if (b.a.year_open)
    {
      b.a.year = s->dct_year;
      b.a.year_open = FALSE;
      if (_cr_date_point_bounds (&b.a, &f, &l) && l < s->dct)
        b.a.year++;
    }
  if (!_cr_date_point_bounds (&b.a, &f, &l) || l < s->dct)
    return 0;
  _cr_date_point_from_day (&m->a, s->dct, CR_TIMEX_ANCHOR_RELATIVE);
  m->b = b.a;
  m->is_range = TRUE;
  return e;
}

/* "the first two weeks of 2021", "los últimos cuatro meses de 2021", "the
 * first ten days of last year": @n days, weeks or months at the start
 * (@first) or the end of the period written after them; @k is the index
 * after the unit. */
guint
_cr_date_parse_span_of (CrDateScan   *s,
                        guint         k,
                        int           n,
                        CrGranularity unit,
                        gboolean      first,
                        CrDateMatch  *m)
{
  CrDateMatch c;
  CrDatePoint pa, pb;
  guint j = k, e;
  CrDay f, l;

  if (!(_cr_date_is (s, j, "of") || _cr_date_is (s, j, "de") || _cr_date_is (s, j, "del")))
    return 0;
  j++;
  if (_cr_date_is (s, j, "the") || _cr_date_is (s, j, "el") || _cr_date_is (s, j, "la"))
    j++;
  memset (&c, 0, sizeof c);
  if (!(e = _cr_date_parse_at (s, j, CR_DATE_CTX_INNER, &c)) || c.is_range || c.mod != CR_DATE_MOD_NONE)
    {
      CrGranularity g;

      /* "of the year", "del mes": the current one */
      if (!period_unit_at (s, j, &g))
        return 0;
      _cr_date_relative_unit (s, g, 0, &c.a);
      e = j + 1;
    }
  _cr_date_complete (s, &c.a);
  if (c.a.open || c.a.year_open || !_cr_date_point_bounds (&c.a, &f, &l) || unit >= c.a.gran ||
      c.a.gran == CR_GRANULARITY_SEASON)
    return 0;

  switch (unit)
    {
    case CR_GRANULARITY_DAY:
      if (n > l - f + 1)
        return 0;
      _cr_date_point_from_day (&pa, first ? f : l - n + 1, c.a.anchor);
      _cr_date_point_from_day (&pb, first ? f + n - 1 : l, c.a.anchor);
      break;
    case CR_GRANULARITY_WEEK:
      /* whole ISO weeks, each in the period that holds its Thursday */
      if (!_cr_date_nth_in (&c.a, first ? 1 : -n, 0, &pa) || !_cr_date_nth_in (&c.a, first ? n : -1, 0, &pb))
        return 0;
      break;
    case CR_GRANULARITY_MONTH:
      {
        int fy, fm, ly, lm, d, idx;

        cr_day_to_ymd (f, &fy, &fm, &d);
        cr_day_to_ymd (l, &ly, &lm, &d);
        if ((ly * 12 + lm) - (fy * 12 + fm) + 1 < n)
          return 0;
        idx = first ? fy * 12 + fm - 1 : ly * 12 + lm - n;
        _cr_date_point_simple (&pa, unit, idx / 12, idx % 12 + 1, c.a.anchor);
        idx += n - 1;
        _cr_date_point_simple (&pb, unit, idx / 12, idx % 12 + 1, c.a.anchor);
      }
      break;
    case CR_GRANULARITY_QUARTER:
    case CR_GRANULARITY_HALF:
    case CR_GRANULARITY_SEASON:
    case CR_GRANULARITY_YEAR:
    case CR_GRANULARITY_DECADE:
    case CR_GRANULARITY_CENTURY:
    case CR_N_GRANULARITIES:
    default:
      return 0;
    }
  m->a = pa;
  m->b = pb;
  m->is_range = n > 1;
  return e;
}

/* "after next", "after the next": one more than next. Returns the index
 * after it, or 0. */
guint
_cr_date_after_next (const CrDateScan *s,
                     guint             j)
{
  if (!_cr_date_is (s, j, "after"))
    return 0;
  j++;
  if (_cr_date_is (s, j, "the"))
    j++;
  return _cr_date_is (s, j, "next") ? j + 1 : 0;
}

/* "to date", "hasta la fecha", "till current date" after the range link
 * at @link; @k is the index after the link. Returns the index after it,
 * or 0. */
guint
_cr_date_to_date (const CrDateScan *s,
                  guint             link,
                  guint             k)
{
  if (s->dct == CR_DAY_UNKNOWN)
    return 0;
  if (_cr_date_is (s, link, "to") && _cr_date_is (s, k, "date"))
    return k + 1;
  if ((_cr_date_is (s, link, "till") || _cr_date_is (s, link, "until")) && _cr_date_is (s, k, "current") &&
      _cr_date_is (s, k + 1, "date"))
    return k + 2;
  if (_cr_date_is (s, link, "hasta") && _cr_date_is (s, k, "fecha"))
    return k + 1;   /* the link's article is read already */
  return 0;
}

/* "from 4 to January 22, 1995", "between the ninth and the seventeenth of
 * April": a bare day, then the day that says the month. */
guint
_cr_date_parse_day_to_date (CrDateScan  *s,
                            guint        i,
                            guint        ctx,
                            CrDateMatch *m)
{
  CrDateMatch b;
  guint k, e;
  int mday;

  if ((ctx & CR_DATE_CTX_FROM) && _cr_date_num (s, i) && (e = _cr_date_parse_numeric_range (s, i, ctx, m)))
    return e;
  if (!(ctx & CR_DATE_CTX_FROM) || !(_cr_date_num (s, i) || _cr_date_kind (s, i) == CR_DATE_WORD_ORDINAL) ||
      !(k = _cr_date_parse_day_num (s, i, &mday)))
    return 0;
  if (!(_cr_date_punct (s, k, '-') || _cr_date_flag (s, k, CR_DATE_LEX_TO)))
    return 0;
  k++;
  if (_cr_date_flag (s, k, CR_DATE_LEX_ARTICLE) && !_cr_date_flag (s, k, CR_DATE_LEX_WEAK))
    k++;
  memset (&b, 0, sizeof b);
  if (!(e = _cr_date_parse_day_date (s, k, &b)) || b.is_range || b.a.gran != CR_GRANULARITY_DAY || b.a.open)
    {
      int mday2, month, year;
      gboolean relative;
      guint l, link;

      /* "de 18 a 19 en noviembre", "from 18 to 19 in November" */
      memset (&b, 0, sizeof b);
      if (!(l = _cr_date_parse_day_num (s, k, &mday2)) ||
          !(_cr_date_is (s, l, "en") || _cr_date_is (s, l, "el") || _cr_date_is (s, l, "in")) ||
          !(e = _cr_date_parse_month (s, l + 1, TRUE, &month)) || mday2 <= mday)
        return 0;
      link = l;
      if ((l = _cr_date_parse_year_tail (s, e, &year, &relative)))
        {
          _cr_date_point_day (&b.a, year, month, mday2,
                              relative ? CR_TIMEX_ANCHOR_RELATIVE : CR_TIMEX_ANCHOR_ABSOLUTE);
          e = l;
        }
      else if (!_cr_date_is (s, link, "el"))
        return 0;   /* "support rose from 18 to 20 in November": figures */
      else
        _cr_date_set_day (s, &b.a, 0, FALSE, FALSE, month, mday2);
      if (b.a.open || !cr_calendar_is_valid_date (b.a.year_open ? 2000 : b.a.year, month, mday2))
        return 0;
    }
  m->a = b.a;
  m->a.mday = mday;
  if (mday >= b.a.mday)
    {
      /* "from 28 to March 3": the month before */
      m->a.part--;
      if (m->a.part == 0)
        {
          m->a.part = 12;
          m->a.year--;
        }
    }
  if (!cr_calendar_is_valid_date (m->a.year_open ? 2000 : m->a.year, m->a.part, mday))
    return 0;
  m->b = b.a;
  m->is_range = TRUE;
  return e;
}

guint
_cr_date_parse_year_in_words (CrDateScan  *s,
                              guint        i,
                              guint        ctx,
                              CrDateMatch *m)
{
  const CrDateTok *n;
  guint e;
  int year;

  if (!(ctx & CR_DATE_CTX_PREP) || _cr_date_num (s, i) || !(e = _cr_date_parse_year_words (s, i, &year)) ||
      e < i + 2)
    return 0;
  /* "in two thousand cases", "en dos mil veinte días" count */
  n = _cr_date_tok (s, e);
  if (n->kind == CR_DATE_TOK_NUM || (n->kind == CR_DATE_TOK_WORD && (n->lex == NULL || n->lex->kind == CR_DATE_WORD_UNIT)))
    return 0;
  _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
  return e;
}

/* "year to date", "el año hasta la fecha", "month to date": from the start
 * of the current period to the day before the publication. */
guint
_cr_date_parse_unit_to_date (CrDateScan  *s,
                             guint        i,
                             CrDateMatch *m)
{
  CrGranularity g;
  CrDatePoint p;
  CrDay f, l;
  guint k = i + 2, e;

  if (!period_unit_at (s, i, &g) || s->dct == CR_DAY_UNKNOWN)
    return 0;
  if (_cr_date_flag (s, k, CR_DATE_LEX_ARTICLE) && !_cr_date_flag (s, k, CR_DATE_LEX_WEAK))
    k++;
  if (!(e = _cr_date_to_date (s, i + 1, k)))
    return 0;
  _cr_date_relative_unit (s, g, 0, &p);
  if (!_cr_date_point_bounds (&p, &f, &l) || s->dct <= f)
    return 0;
  _cr_date_point_from_day (&m->a, f, CR_TIMEX_ANCHOR_RELATIVE);
  _cr_date_point_from_day (&m->b, s->dct - 1, CR_TIMEX_ANCHOR_RELATIVE);
  m->is_range = s->dct - 1 > f;
  return e;
}

/* "three Fridays from now", "2 thursdays ago": the n-th such weekday
 * after (or before) the DCT. @i is the count. */
guint
_cr_date_parse_counted_weekdays (CrDateScan  *s,
                                 guint        i,
                                 CrDateMatch *m)
{
  static const char *plurals[] = {
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
  };
  guint j, k;
  int n, wd = 0, dir, today, d;

  if (s->lang != CR_LANGUAGE_EN || !(j = _cr_date_parse_count (s, i, &n)) || n < 1 || n > 52)
    return 0;
  for (guint p = 0; p < G_N_ELEMENTS (plurals); p++)
    if (_cr_date_is (s, j, plurals[p]))
      wd = p + 1;
  if (wd == 0)
    return 0;
  k = j + 1;
  if (_cr_date_is (s, k, "from") && _cr_date_is (s, k + 1, "now"))
    {
      dir = 1;
      k += 2;
    }
  else if (_cr_date_is (s, k, "later") || _cr_date_is (s, k, "hence"))
    {
      dir = 1;
      k++;
    }
  else if (_cr_date_is (s, k, "ago") || _cr_date_is (s, k, "back") || _cr_date_is (s, k, "earlier"))
    {
      dir = -1;
      k++;
    }
  else
    return 0;
  if (s->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
      m->a.weekday = wd;
      return k;
    }
  today = cr_day_get_weekday (s->dct);
  if (dir > 0)
    {
      d = (wd - today + 7) % 7;
      d = (d == 0 ? 7 : d) + 7 * (n - 1);
    }
  else
    {
      d = (today - wd + 7) % 7;
      d = -((d == 0 ? 7 : d) + 7 * (n - 1));
    }
  _cr_date_point_from_day (&m->a, s->dct + d, CR_TIMEX_ANCHOR_RELATIVE);
  return k;
}

/* "2 weeks starting May 20th", "for 3 days from today", "3 days starting
 * from next Monday": @n @unit counted from a day; @k is the index after
 * the unit. */
guint
_cr_date_parse_span_from (CrDateScan   *s,
                          guint         k,
                          CrGranularity unit,
                          int           n,
                          CrDateMatch  *m)
{
  CrDateMatch d;
  CrDatePoint end;
  CrDay f, l;
  guint e, j = k;
  gboolean after_for = s->prev != NULL && strcmp (s->prev->word, "for") == 0;

  if (_cr_date_punct (s, j, ','))
    j++;
  if (_cr_date_is (s, j, "starting") || _cr_date_is (s, j, "beginning"))
    {
      j++;
      if (_cr_date_is (s, j, "from") || _cr_date_is (s, j, "on"))
        j++;
    }
  else if (after_for && _cr_date_is (s, j, "from"))
    j++;
  else
    return 0;
  if (unit != CR_GRANULARITY_DAY && unit != CR_GRANULARITY_WEEK && unit != CR_GRANULARITY_MONTH)
    return 0;
  memset (&d, 0, sizeof d);
  if (!(e = _cr_date_parse_at (s, j, CR_DATE_CTX_INNER, &d)) || d.is_range || d.mod != CR_DATE_MOD_NONE ||
      d.a.gran != CR_GRANULARITY_DAY)
    return 0;
  _cr_date_complete (s, &d.a);
  if (d.a.open || d.a.year_open || !_cr_date_point_bounds (&d.a, &f, &l))
    return 0;
  if (unit == CR_GRANULARITY_MONTH)
    {
      int y = d.a.year, mo = d.a.part + n, dd;

      y += (mo - 1) / 12;
      mo = (mo - 1) % 12 + 1;
      dd = MIN (d.a.mday, cr_calendar_days_in_month (y, mo));
      _cr_date_point_from_day (&end, cr_day_from_ymd (y, mo, dd) - 1, d.a.anchor);
    }
  else
    _cr_date_point_from_day (&end, f + n * (unit == CR_GRANULARITY_WEEK ? 7 : 1) - 1, d.a.anchor);
  m->a = d.a;
  m->b = end;
  m->is_range = TRUE;
  return e;
}
