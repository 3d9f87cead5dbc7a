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

static int
direction_of (const CrDateScan *s,
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
static guint
que_viene (const CrDateScan *s,
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

/* "N unit" at @i: a count and a unit; sets @unit, @n. */
static guint
parse_amount (const CrDateScan *s,
              guint             i,
              CrGranularity    *unit,
              int              *n)
{
  guint j;

  if (!(j = _cr_date_parse_count (s, i, n)))
    return 0;
  if (*n <= 0 || *n > 1000)
    return 0;
  if (_cr_date_kind (s, j) != CR_DATE_WORD_UNIT)
    return 0;
  *unit = _cr_date_value (s, j);
  if (*unit == CR_GRANULARITY_SEASON)
    return 0;
  return j + 1;
}

static guint
parse_weekday_led (CrDateScan  *s,
                   guint        i,
                   guint        ctx,
                   CrDateMatch *m)
{
  const CrDateTok *t = _cr_date_tok (s, i);
  int wd = t->lex->value;
  guint j = i + 1, k;
  int dir;

  if ((t->lex->flags & CR_DATE_LEX_ABBR) && _cr_date_punct (s, j, '.'))
    j++;

  /* "miércoles 3 de septiembre", "Wednesday, September 3, 2025" */
  k = j;
  if (_cr_date_punct (s, k, ','))
    k++;
  if (_cr_date_flag (s, k, CR_DATE_LEX_ARTICLE) && !_cr_date_flag (s, k, CR_DATE_LEX_WEAK))
    k++;
  {
    CrDateMatch d;
    guint e;

    memset (&d, 0, sizeof d);
    if ((e = _cr_date_parse_day_date (s, k, &d)))
      {
        *m = d;
        return e;
      }
  }
  if (t->lex->flags & CR_DATE_LEX_ABBR)
    return 0;

  /* "el lunes pasado", "el lunes que viene" */
  dir = direction_of (s, j);
  if ((dir == -1 || dir == 1) && !_cr_date_flag (s, j, CR_DATE_LEX_WEAK))
    {
      _cr_date_relative_weekday (s, wd, dir, &m->a);
      return j + 1;
    }
  if ((k = que_viene (s, j)))
    {
      _cr_date_relative_weekday (s, wd, 1, &m->a);
      return k;
    }

  /* A capitalised bare weekday in Spanish is most often a name
   * ("Santo Domingo") unless an article or preposition comes before. */
  if (s->lang == CR_LANGUAGE_ES && t->upper &&
      !(ctx & (CR_DATE_CTX_ARTICLE | CR_DATE_CTX_PREP | CR_DATE_CTX_INNER)))
    {
      /* ... or it opens a sentence. */
      if (s->prev_is_letter || s->prev != NULL)
        return 0;
    }
  /* The news reading: the most recent one, on or before the DCT. */
  _cr_date_relative_weekday (s, wd, 0, &m->a);
  return j;
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
  int dir = direction_of (s, i);
  guint j = i + 1;

  if (_cr_date_flag (s, i, CR_DATE_LEX_WEAK))
    return 0;

  switch (_cr_date_kind (s, j))
    {
    case CR_DATE_WORD_WEEKDAY:
      {
        guint k = j + 1;
        CrDateMatch d;
        guint e;

        /* "el pasado lunes 1 de septiembre": the written date wins */
        if (_cr_date_punct (s, k, ','))
          k++;
        memset (&d, 0, sizeof d);
        if ((e = _cr_date_parse_day_date (s, k, &d)))
          {
            *m = d;
            return e;
          }
        _cr_date_relative_weekday (s, _cr_date_value (s, j), dir, &m->a);
        return j + 1;
      }
    case CR_DATE_WORD_UNIT:
      {
        CrGranularity g = _cr_date_value (s, j);

        if (g == CR_GRANULARITY_DAY)
          return 0;
        _cr_date_relative_unit (s, g, dir == 2 ? 0 : dir, &m->a);
        return j + 1;
      }
    case CR_DATE_WORD_MONTH:
      {
        if (_cr_date_tok (s, j)->lex->flags & CR_DATE_LEX_ABBR)
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

/* UNIT first, Spanish order: "año pasado", "la semana que viene",
 * "el mes próximo", "el año en curso"; and "the day before yesterday". */
static guint
parse_unit_relative (CrDateScan  *s,
                     guint        i,
                     CrDateMatch *m)
{
  CrGranularity g = _cr_date_value (s, i);
  guint j = i + 1, k;
  int dir = direction_of (s, j);

  if (g == CR_GRANULARITY_DAY)
    {
      /* "the day before yesterday", "the day after tomorrow" */
      if (_cr_date_kind (s, j) == CR_DATE_WORD_MOD && _cr_date_kind (s, j + 1) == CR_DATE_WORD_DEICTIC)
        {
          int off = _cr_date_value (s, j + 1);
          int mod = _cr_date_value (s, j);

          if (mod == CR_DATE_MOD_BEFORE)
            off--;
          else if (mod == CR_DATE_MOD_AFTER)
            off++;
          else
            return 0;
          _cr_date_relative_unit (s, CR_GRANULARITY_DAY, off, &m->a);
          return j + 2;
        }
      return 0;
    }
  if (_cr_date_tok (s, i)->wlen > 3 && g != CR_GRANULARITY_MONTH && s->lang == CR_LANGUAGE_ES &&
      _cr_date_tok (s, i)->word[_cr_date_tok (s, i)->wlen - 1] == 's')
    return 0;   /* plural: "años pasados" is a span of years */

  if ((dir == -1 || dir == 1) && !_cr_date_flag (s, j, CR_DATE_LEX_WEAK))
    {
      _cr_date_relative_unit (s, g, dir, &m->a);
      return j + 1;
    }
  if (dir == 2 && _cr_date_is (s, j, "actual"))
    {
      _cr_date_relative_unit (s, g, 0, &m->a);
      return j + 1;
    }
  if ((k = que_viene (s, j)) || (k = en_curso (s, j)))
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

  /* "fin de semana" is the weekend, not the end of a week */
  if (_cr_date_is (s, i, "fin") && _cr_date_is (s, j, "de") && _cr_date_is (s, j + 1, "semana"))
    return 0;
  if (mod == CR_DATE_MOD_APPROX)
    inner |= CR_DATE_CTX_APPROX;

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
  if (_cr_date_kind (s, j) == CR_DATE_WORD_MOD)
    return 0;
  if (!(e = _cr_date_parse_at (s, j, inner, m)))
    return 0;
  /* "antes de ayer" is the day before yesterday */
  if (mod == CR_DATE_MOD_BEFORE && _cr_date_kind (s, j) == CR_DATE_WORD_DEICTIC &&
      s->lang == CR_LANGUAGE_ES && _cr_date_is (s, i, "antes") && _cr_date_value (s, j) == -1)
    {
      _cr_date_relative_unit (s, CR_GRANULARITY_DAY, -2, &m->a);
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
      return parse_weekday_led (s, i, ctx, m);
    case CR_DATE_WORD_DEICTIC:
      return parse_deictic (s, i, m);
    case CR_DATE_WORD_PAST:
    case CR_DATE_WORD_NEXT:
    case CR_DATE_WORD_THIS:
      return parse_direction_led (s, i, m);
    case CR_DATE_WORD_UNIT:
      return parse_unit_relative (s, i, m);
    case CR_DATE_WORD_MOD:
      return parse_mod_led (s, i, ctx, m);
    case CR_DATE_WORD_AGO:
      /* "hace tres días" */
      if (!(j = parse_amount (s, i + 1, &unit, &n)))
        return 0;
      _cr_date_shift_dct (s, unit, -n, &m->a);
      return j;
    case CR_DATE_WORD_WITHIN:
      /* "dentro de dos semanas" */
      j = i + 1;
      if (_cr_date_is (s, j, "de"))
        j++;
      if (!(j = parse_amount (s, j, &unit, &n)))
        return 0;
      _cr_date_shift_dct (s, unit, n, &m->a);
      return j;
    case CR_DATE_WORD_NUMBER:
    case CR_DATE_WORD_NONE:
      if (_cr_date_num (s, i) || _cr_date_kind (s, i) == CR_DATE_WORD_NUMBER)
        {
          /* "three weeks ago", "in two months" */
          if ((j = parse_amount (s, i, &unit, &n)))
            {
              if (_cr_date_kind (s, j) == CR_DATE_WORD_AGO)
                {
                  _cr_date_shift_dct (s, unit, -n, &m->a);
                  return j + 1;
                }
              if (s->lang == CR_LANGUAGE_EN && s->prev && strcmp (s->prev->word, "in") == 0 &&
                  !(ctx & CR_DATE_CTX_INNER) && unit != CR_GRANULARITY_DECADE && unit != CR_GRANULARITY_CENTURY)
                {
                  _cr_date_shift_dct (s, unit, n, &m->a);
                  return j;
                }
            }
          /* "los noventa": a decade in words */
          if (s->lang == CR_LANGUAGE_ES && !_cr_date_num (s, i) && s->prev &&
              strcmp (s->prev->word, "los") == 0 && _cr_date_value (s, i) >= 30 &&
              _cr_date_value (s, i) % 10 == 0 && _cr_date_kind (s, i + 1) != CR_DATE_WORD_UNIT &&
              !_cr_date_num (s, i + 1))
            {
              _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, 1900 + _cr_date_value (s, i), 0,
                                     CR_TIMEX_ANCHOR_ABSOLUTE);
              return i + 1;
            }
        }
      return 0;
    case CR_DATE_WORD_MONTH:
    case CR_DATE_WORD_SEASON:
    case CR_DATE_WORD_ORDINAL:
    case CR_DATE_WORD_PLAIN:
    default:
      return 0;
    }
}
