/* cr-date-grammar-numeric.c: dates written in figures
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "2025-09-03", "03/09/2025", "9/3/2025", "3.9.2025", "11/2016",
 * "2015-3", "2012/aug/10".
 */

#define G_LOG_DOMAIN "cr-date-grammar"

#include "config.h"

#include "cr-calendar.h"
#include "cr-date-private.h"

/* "2025-09-03", "03/09/2025", "9/3/2025", "3.9.2025", "11/2016",
 * "2015-3", "2012/aug/10" */
guint
_cr_date_parse_numeric (CrDateScan  *s,
                        guint        i,
                        CrDateMatch *m)
{
  const CrDateTok *a = _cr_date_tok (s, i);
  const CrDateTok *s1 = _cr_date_tok (s, i + 1);
  const CrDateTok *b, *s2, *c, *after;
  int y, mo, d;

  /* "11 / 2016", "03 - 2016": a month in two digits and a year, spaced */
  if (s1->kind == CR_DATE_TOK_PUNCT && (s1->ch == '-' || s1->ch == '/' || s1->ch == '.') &&
      (s1->space_before || _cr_date_tok (s, i + 2)->space_before) && !a->ordinal &&
      a->ndigits == 2 && a->num >= 1 && a->num <= 12)
    {
      int yy;

      b = _cr_date_tok (s, i + 2);
      if (_cr_date_parse_year (s, i + 2, &yy) && b->num <= 2199 &&
          !(_cr_date_tok (s, i + 3)->kind == CR_DATE_TOK_PUNCT && _cr_date_num (s, i + 4)))
        {
          _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, yy, a->num, CR_TIMEX_ANCHOR_ABSOLUTE);
          return i + 3;
        }
      return 0;
    }
  /* "2016 - 11", "2016/ 11": a year and a month, spaced; not a season
   * "2016 - 17" */
  if (s1->kind == CR_DATE_TOK_PUNCT && (s1->ch == '-' || s1->ch == '/') &&
      (s1->space_before || _cr_date_tok (s, i + 2)->space_before) && !a->ordinal &&
      a->ndigits == 4 && a->num >= 1000 && a->num <= 2199)
    {
      b = _cr_date_tok (s, i + 2);
      if (b->kind == CR_DATE_TOK_NUM && !b->ordinal && b->ndigits <= 2 && b->num >= 1 && b->num <= 12 &&
          (b->num < 10 || b->num <= a->num % 100) &&
          !(_cr_date_tok (s, i + 3)->kind == CR_DATE_TOK_PUNCT && _cr_date_num (s, i + 4)) &&
          !_cr_date_num (s, i + 3) && _cr_date_kind (s, i + 3) != CR_DATE_WORD_UNIT)
        {
          _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, a->num, b->num, CR_TIMEX_ANCHOR_ABSOLUTE);
          return i + 3;
        }
      return 0;
    }
  /* Tokens are read on demand: give up before reading six of them. */
  if (s1->kind != CR_DATE_TOK_PUNCT || (s1->ch != '-' && s1->ch != '/' && s1->ch != '.') ||
      s1->space_before || a->ordinal)
    return 0;
  b = _cr_date_tok (s, i + 2);
  if (b->space_before)
    return 0;
  s2 = _cr_date_tok (s, i + 3);
  c = _cr_date_tok (s, i + 4);
  after = _cr_date_tok (s, i + 5);

  /* "2012/aug/10", "2024-August" */
  if (a->ndigits == 4 && b->kind == CR_DATE_TOK_WORD && _cr_date_kind (s, i + 2) == CR_DATE_WORD_MONTH)
    {
      guint j = _cr_date_parse_month (s, i + 2, TRUE, &mo);

      if (_cr_date_tight_punct (s, j, s1->ch) && _cr_date_num (s, j + 1) &&
          cr_calendar_is_valid_date (a->num, mo, _cr_date_tok (s, j + 1)->num) &&
          _cr_date_tok (s, j + 1)->ndigits <= 2)
        {
          _cr_date_point_day (&m->a, a->num, mo, _cr_date_tok (s, j + 1)->num, CR_TIMEX_ANCHOR_ABSOLUTE);
          return j + 2;
        }
      _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, a->num, mo, CR_TIMEX_ANCHOR_ABSOLUTE);
      return j;
    }
  if (b->kind != CR_DATE_TOK_NUM || b->ordinal)
    return 0;

  /* Two parts: a month and a year, "11/2016", "2015-3" */
  if (!(s2->kind == CR_DATE_TOK_PUNCT && s2->ch == s1->ch && !s2->space_before &&
        c->kind == CR_DATE_TOK_NUM && !c->space_before))
    {
      if (s2->kind == CR_DATE_TOK_NUM && !s2->space_before)
        return 0;
      /* "1.2.3.4", "555-12-34-56"; but "10/1-11/2/2017" is a range */
      if (s2->kind == CR_DATE_TOK_PUNCT && !s2->space_before && _cr_date_num (s, i + 4) &&
          !_cr_date_tok (s, i + 4)->space_before && s2->ch != ',' && !(s1->ch == '/' && s2->ch == '-'))
        return 0;
      if (s1->ch == '.' )
        return 0;   /* "3.2015" reads as a decimal */
      if (a->ndigits <= 2 && b->ndigits == 4 && a->num >= 1 && a->num <= 12 &&
          b->num >= 1000 && b->num <= 2999)
        {
          _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, b->num, a->num, CR_TIMEX_ANCHOR_ABSOLUTE);
          return i + 3;
        }
      if (a->ndigits == 4 && b->ndigits <= 2 && b->num >= 1 && b->num <= 12 && (s1->ch == '-' || s1->ch == '/') &&
          a->num >= 1000 && a->num <= 2999 && (b->ndigits == 1 || b->num < 10 || b->num <= (a->num % 100)))
        {
          _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, a->num, b->num, CR_TIMEX_ANCHOR_ABSOLUTE);
          return i + 3;
        }
      /* A day and a month without a year, "22/04", "4/22", "29/2": three
       * digits at least, so that "1/2" and "3-1" stay a fraction and a
       * score. */
      if (a->ndigits <= 2 && b->ndigits <= 2 && a->ndigits + b->ndigits >= 3 &&
          (s1->ch == '/' || s1->ch == '-') && !_cr_date_punct (s, i + 3, '%') &&
          _cr_date_kind (s, i + 3) != CR_DATE_WORD_MONTH && _cr_date_kind (s, i + 3) != CR_DATE_WORD_UNIT &&
          _cr_date_kind (s, i + 3) != CR_DATE_WORD_THIS && _cr_date_kind (s, i + 3) != CR_DATE_WORD_NEXT &&
          _cr_date_kind (s, i + 3) != CR_DATE_WORD_PAST &&
          !_cr_date_is (s, i + 3, "de") && !_cr_date_is (s, i + 3, "del") && !_cr_date_is (s, i + 3, "of"))
        {
          if (a->num > 12 || (b->num <= 12 && (s->lang != CR_LANGUAGE_EN || s->day_first)))
            {
              d = a->num;
              mo = b->num;
            }
          else
            {
              mo = a->num;
              d = b->num;
            }
          if (!cr_calendar_is_valid_date (2000, mo, d))
            return 0;
          /* "08/12,2015", "08/12,15": the year after a tight comma */
          if (_cr_date_tight_punct (s, i + 3, ',') && _cr_date_num (s, i + 4) && !_cr_date_tok (s, i + 4)->ordinal &&
              !_cr_date_num (s, i + 5))
            {
              const CrDateTok *yt = _cr_date_tok (s, i + 4);

              y = yt->ndigits == 4 ? yt->num : yt->ndigits == 2 ? _cr_date_pivot_year (s, yt->num) : 0;
              if (y >= 1000 && y <= 2999 && cr_calendar_is_valid_date (y, mo, d) &&
                  !(_cr_date_punct (s, i + 5, '.') && _cr_date_num (s, i + 6)))
                {
                  _cr_date_point_day (&m->a, y, mo, d, CR_TIMEX_ANCHOR_ABSOLUTE);
                  return i + 5;
                }
            }
          _cr_date_set_day (s, &m->a, 0, FALSE, FALSE, mo, d);
          return i + 3;
        }
      return 0;
    }

  if (s2->ch != s1->ch || c->ordinal)
    return 0;
  /* Part of a longer number: a phone number, a reference, an IP address;
   * but "5/1/2019-5/7/2020" is a range of two dates. */
  if (after->kind == CR_DATE_TOK_PUNCT && !after->space_before &&
      (after->ch == '-' || after->ch == '/' || after->ch == '.') &&
      _cr_date_num (s, i + 6) && !_cr_date_tok (s, i + 6)->space_before &&
      !(s1->ch == '/' && after->ch == '-'))
    return 0;
  if (after->kind == CR_DATE_TOK_NUM && !after->space_before)
    return 0;

  if (a->ndigits == 4 && b->ndigits <= 2 && c->ndigits <= 2)
    {
      y = a->num;
      mo = b->num;
      d = c->num;
    }
  else if (a->ndigits <= 2 && b->ndigits <= 2 && (c->ndigits == 4 || c->ndigits == 2))
    {
      y = c->ndigits == 4 ? c->num : _cr_date_pivot_year (s, c->num);
      if (c->ndigits == 2 && s1->ch == '.')
        return 0;   /* "10.30.45" is more likely a time */
      /* Day first in Spanish and British English; month first in US
       * English; a value above 12 settles it either way. */
      if (a->num > 12)
        {
          d = a->num;
          mo = b->num;
        }
      else if (b->num > 12)
        {
          mo = a->num;
          d = b->num;
        }
      else if (s->lang == CR_LANGUAGE_EN && !s->day_first)
        {
          mo = a->num;
          d = b->num;
        }
      else
        {
          d = a->num;
          mo = b->num;
        }
    }
  else
    return 0;

  if (y < 1000 || y > 2999 || !cr_calendar_is_valid_date (y, mo, d))
    return 0;
  _cr_date_point_day (&m->a, y, mo, d, CR_TIMEX_ANCHOR_ABSOLUTE);
  return i + 5;
}
