/* cr-date-grammar.c: calendar dates, months, years, periods and ranges
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every parser takes the index of its first token and returns the index
 * one past its last token, or 0 when the construction is not there. The
 * lexicon carries the language, so most constructions serve both:
 * "3 de septiembre de 2025" and "3 September 2025" are one rule.
 */

#define G_LOG_DOMAIN "cr-date-grammar"

#include "config.h"

#include "cr-calendar.h"
#include "cr-date-private.h"

guint
_cr_date_parse_year (const CrDateScan *s,
                     guint             i,
                     int              *year)
{
  const CrDateTok *t = _cr_date_tok (s, i);
  const CrDateTok *n = _cr_date_tok (s, i + 1);

  if (t->kind != CR_DATE_TOK_NUM || t->ndigits != 4 || t->ordinal ||
      t->num < 1000 || t->num > 2999)
    return 0;
  /* "2024,5" and "2024.3" are decimals, not years. */
  if (n->kind == CR_DATE_TOK_PUNCT && !n->space_before && (n->ch == ',' || n->ch == '.') &&
      _cr_date_num (s, i + 2) && !_cr_date_tok (s, i + 2)->space_before)
    return 0;
  *year = t->num;
  return i + 1;
}

guint
_cr_date_parse_count (const CrDateScan *s,
                      guint             i,
                      int              *n)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  if (t->kind == CR_DATE_TOK_NUM && !t->ordinal && t->ndigits <= 4)
    {
      *n = t->num;
      return i + 1;
    }
  if (_cr_date_kind (s, i) == CR_DATE_WORD_NUMBER)
    {
      *n = _cr_date_value (s, i);
      /* "veinte y tres", "twenty-three" */
      if (*n >= 20 && *n % 10 == 0)
        {
          guint j = i + 1;

          if (_cr_date_is (s, j, "y") || _cr_date_punct (s, j, '-'))
            j++;
          if (_cr_date_kind (s, j) == CR_DATE_WORD_NUMBER && _cr_date_value (s, j) < 10)
            {
              *n += _cr_date_value (s, j);
              return j + 1;
            }
        }
      return i + 1;
    }
  return 0;
}

/* A month word at @i, with the full stop of an abbreviation ("sept.").
 * @strong: a day or a year comes with it, so abbreviations and words that
 * are also verbs ("may", "march") are allowed. */
static guint
parse_month (const CrDateScan *s,
             guint             i,
             gboolean          strong,
             int              *month)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  if (_cr_date_kind (s, i) != CR_DATE_WORD_MONTH)
    return 0;
  if (!strong && (t->lex->flags & CR_DATE_LEX_ABBR))
    return 0;
  if (!strong && (t->lex->flags & CR_DATE_LEX_WEAK) && !t->upper)
    return 0;
  *month = t->lex->value;
  if ((t->lex->flags & CR_DATE_LEX_ABBR) && _cr_date_punct (s, i + 1, '.') &&
      !_cr_date_tok (s, i + 1)->space_before)
    return i + 2;
  return i + 1;
}

/* Does a month at @i come with a day or year, making it a strong one? */
static gboolean
month_has_number (const CrDateScan *s,
                  guint             i)
{
  guint j = i + 1;

  if (_cr_date_punct (s, j, '.'))
    j++;
  if (_cr_date_punct (s, j, ','))
    j++;
  if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "del") || _cr_date_is (s, j, "of"))
    j++;
  return _cr_date_num (s, j);
}

static gboolean
is_day_number (const CrDateTok *t)
{
  return t->kind == CR_DATE_TOK_NUM && t->ndigits <= 2 && t->num >= 1 && t->num <= 31;
}

/* Optional year after a day or month: "de 2025", ", 2025", "2025",
 * "del año pasado". */
static guint
parse_year_tail (CrDateScan *s,
                 guint       i,
                 int        *year,
                 gboolean   *relative)
{
  guint j = i, k;
  gboolean had_link = FALSE;

  *relative = FALSE;
  if (_cr_date_punct (s, j, ','))
    j++;
  if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "del") || _cr_date_is (s, j, "of"))
    {
      j++;
      had_link = TRUE;
    }
  if ((k = _cr_date_parse_year (s, j, year)))
    return k;

  /* "de este año", "del año pasado", "of last year", "this year" */
  if (had_link || s->lang == CR_LANGUAGE_EN)
    {
      CrDateMatch m;

      memset (&m, 0, sizeof m);
      if ((k = _cr_date_parse_relative (s, j, CR_DATE_CTX_INNER, &m)) &&
          m.a.gran == CR_GRANULARITY_YEAR && !m.is_range && !m.a.open)
        {
          *year = m.a.year;
          *relative = TRUE;
          return k;
        }
    }
  return 0;
}

static void
set_day (CrDateScan  *s,
         CrDatePoint *p,
         int          year,
         gboolean     have_year,
         gboolean     relative,
         int          month,
         int          mday)
{
  _cr_date_point_day (p, year, month, mday,
                      relative ? CR_TIMEX_ANCHOR_RELATIVE :
                      have_year ? CR_TIMEX_ANCHOR_ABSOLUTE : CR_TIMEX_ANCHOR_UNDERSPECIFIED);
  p->year_open = !have_year;
  (void) s;
}

/* A day with its month: "3 de septiembre (de 2025)", "3 September 2025",
 * "September 3, 2025", "del 1 al 3 de septiembre". */
guint
_cr_date_parse_day_date (CrDateScan  *s,
                         guint        i,
                         CrDateMatch *m)
{
  const CrDateTok *t = _cr_date_tok (s, i);
  guint j, k;
  int month, year = 0, d2 = 0;
  gboolean have_year, relative = FALSE;

  if (is_day_number (t))
    {
      /* "1 al 3 de", "1-3 September", "1 y 2 de" */
      j = i + 1;
      if ((_cr_date_flag (s, j, CR_DATE_LEX_TO) || _cr_date_punct (s, j, '-')) &&
          !_cr_date_is (s, j, "de"))
        {
          k = j + 1;
          if (_cr_date_flag (s, k, CR_DATE_LEX_ARTICLE))
            k++;
          if (is_day_number (_cr_date_tok (s, k)) && _cr_date_tok (s, k)->num > t->num)
            {
              guint l = k + 1;

              if (_cr_date_is (s, l, "de") || _cr_date_is (s, l, "of"))
                l++;
              if ((l = parse_month (s, l, TRUE, &month)))
                {
                  d2 = _cr_date_tok (s, k)->num;
                  j = l;
                  goto have_month;
                }
            }
        }

      j = i + 1;
      if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "of"))
        j++;
      if (!(j = parse_month (s, j, TRUE, &month)))
        return 0;
      /* "3 de mayo" needs "de" in Spanish unless a year follows:
       * "3 mayo 2025" is fine, "5 mayo" is rare and risky. */
    have_month:
      k = parse_year_tail (s, j, &year, &relative);
      have_year = k != 0;
      if (k)
        j = k;
      set_day (s, &m->a, year, have_year, relative, month, t->num);
      if (!cr_calendar_is_valid_date (have_year ? year : 2000, month, t->num))
        return 0;
      if (d2)
        {
          set_day (s, &m->b, year, have_year, relative, month, d2);
          m->is_range = TRUE;
          if (!cr_calendar_is_valid_date (have_year ? year : 2000, month, d2))
            return 0;
        }
      return j;
    }

  /* Month first: "September 3, 2025", "Sept. 3", "septiembre 3 de 2025" */
  if (!(j = parse_month (s, i, TRUE, &month)))
    return 0;
  t = _cr_date_tok (s, j);
  if (!is_day_number (t) || _cr_date_punct (s, j + 1, ':'))
    return 0;
  if (_cr_date_tok (s, i)->lex->flags & CR_DATE_LEX_WEAK && !_cr_date_tok (s, i)->upper)
    return 0;
  k = j + 1;
  /* "September 1-3", "September 1 to 3" */
  if ((_cr_date_punct (s, k, '-') || _cr_date_is (s, k, "to") || _cr_date_is (s, k, "through") ||
       _cr_date_is (s, k, "al")) &&
      is_day_number (_cr_date_tok (s, k + 1)) && _cr_date_tok (s, k + 1)->num > t->num)
    {
      d2 = _cr_date_tok (s, k + 1)->num;
      k += 2;
    }
  j = k;
  k = parse_year_tail (s, j, &year, &relative);
  have_year = k != 0;
  if (k)
    j = k;
  if (!cr_calendar_is_valid_date (have_year ? year : 2000, month, t->num))
    return 0;
  set_day (s, &m->a, year, have_year, relative, month, t->num);
  if (d2)
    {
      if (!cr_calendar_is_valid_date (have_year ? year : 2000, month, d2))
        return 0;
      set_day (s, &m->b, year, have_year, relative, month, d2);
      m->is_range = TRUE;
    }
  return j;
}

/* "2025-09-03", "03/09/2025", "9/3/2025", "3.9.2025" */
static guint
parse_numeric (CrDateScan  *s,
               guint        i,
               CrDateMatch *m)
{
  const CrDateTok *a = _cr_date_tok (s, i);
  const CrDateTok *s1 = _cr_date_tok (s, i + 1);
  const CrDateTok *b = _cr_date_tok (s, i + 2);
  const CrDateTok *s2 = _cr_date_tok (s, i + 3);
  const CrDateTok *c = _cr_date_tok (s, i + 4);
  const CrDateTok *after = _cr_date_tok (s, i + 5);
  int y, mo, d;

  if (s1->kind != CR_DATE_TOK_PUNCT || s2->kind != CR_DATE_TOK_PUNCT || s1->ch != s2->ch ||
      (s1->ch != '-' && s1->ch != '/' && s1->ch != '.') ||
      b->kind != CR_DATE_TOK_NUM || c->kind != CR_DATE_TOK_NUM ||
      s1->space_before || b->space_before || s2->space_before || c->space_before ||
      a->ordinal || b->ordinal || c->ordinal)
    return 0;
  /* Part of a longer number: a phone number, a reference, an IP address. */
  if (after->kind == CR_DATE_TOK_PUNCT && !after->space_before &&
      (after->ch == '-' || after->ch == '/' || after->ch == '.') &&
      _cr_date_num (s, i + 6) && !_cr_date_tok (s, i + 6)->space_before)
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
      y = c->ndigits == 4 ? c->num : (c->num < 50 ? 2000 + c->num : 1900 + c->num);
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

/* Is a bare four-digit number at @i a year here? */
static gboolean
bare_year_ok (const CrDateScan *s,
              guint             i,
              guint             ctx)
{
  const CrDateTok *n = _cr_date_tok (s, i + 1);

  if (n->kind == CR_DATE_TOK_PUNCT && (n->ch == '%' || n->ch == '~'))
    return (ctx & (CR_DATE_CTX_PREP | CR_DATE_CTX_INNER)) && n->ch != '%';
  if ((ctx & (CR_DATE_CTX_PREP | CR_DATE_CTX_INNER)) && !(ctx & CR_DATE_CTX_APPROX))
    return TRUE;
  /* "2024 personas", "about 2000 people": a quantity before its noun. */
  if (n->kind == CR_DATE_TOK_END || n->kind == CR_DATE_TOK_PUNCT)
    return TRUE;
  if (n->kind == CR_DATE_TOK_WORD && n->lex &&
      (n->lex->flags & (CR_DATE_LEX_TO | CR_DATE_LEX_PREP)) && !(ctx & CR_DATE_CTX_APPROX))
    return TRUE;
  return FALSE;
}

static guint
roman_value (const char *w)
{
  static const char *romans[] = {
    "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii",
  };

  for (guint i = 1; i < G_N_ELEMENTS (romans); i++)
    if (strcmp (w, romans[i]) == 0)
      return i;
  return 0;
}

/* A unit in ordinal position: "primer trimestre de 2025", "Q3 2024",
 * "2.º semestre", "the second half of 2025", "20th century". */
static guint
parse_ordinal_unit (CrDateScan  *s,
                    guint        i,
                    int          n,
                    CrDateMatch *m)
{
  CrGranularity g;
  guint j = i, k;
  int year;
  gboolean relative;

  if (_cr_date_kind (s, j) != CR_DATE_WORD_UNIT)
    return 0;
  g = _cr_date_value (s, j);
  j++;
  if (g == CR_GRANULARITY_CENTURY && n >= 1 && n <= 30)
    {
      _cr_date_point_simple (&m->a, g, (n - 1) * 100, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
      return j;
    }
  if (!((g == CR_GRANULARITY_QUARTER && n >= 1 && n <= 4) ||
        (g == CR_GRANULARITY_HALF && n >= 1 && n <= 2)))
    return 0;
  if ((k = parse_year_tail (s, j, &year, &relative)))
    {
      _cr_date_point_simple (&m->a, g, year, n,
                             relative ? CR_TIMEX_ANCHOR_RELATIVE : CR_TIMEX_ANCHOR_ABSOLUTE);
      return k;
    }
  /* "del año", "of the year": this year */
  k = j;
  if (_cr_date_is (s, k, "del") || _cr_date_is (s, k, "of"))
    {
      k++;
      if (_cr_date_is (s, k, "the"))
        k++;
      if (_cr_date_kind (s, k) == CR_DATE_WORD_UNIT && _cr_date_value (s, k) == CR_GRANULARITY_YEAR &&
          !_cr_date_num (s, k + 1))
        j = k + 1;
    }
  _cr_date_point_simple (&m->a, g, s->dct_year, n, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
  m->a.year_open = TRUE;
  return j;
}

static guint
parse_number_led (CrDateScan  *s,
                  guint        i,
                  guint        ctx,
                  CrDateMatch *m)
{
  const CrDateTok *t = _cr_date_tok (s, i);
  const CrDateTok *n = _cr_date_tok (s, i + 1);
  guint j;
  int year;

  if ((j = parse_numeric (s, i, m)))
    return j;
  if ((j = _cr_date_parse_day_date (s, i, m)))
    return j;
  if (t->ordinal && (j = parse_ordinal_unit (s, i + 1, t->num, m)))
    return j;
  if (t->ordinal)
    return 0;

  /* Decades in figures: "1990s", "the '90s", "los 90" */
  if (n->kind == CR_DATE_TOK_WORD && !n->space_before && strcmp (n->word, "s") == 0 &&
      (t->ndigits == 4 || t->ndigits == 2) && t->num % 10 == 0)
    {
      int y = t->num;

      if (t->ndigits == 2)
        y = (s->dct != CR_DAY_UNKNOWN && 2000 + y <= s->dct_year) || y < 30 ? 2000 + y : 1900 + y;
      _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, y, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
      return i + 2;
    }

  if ((j = _cr_date_parse_year (s, i, &year)))
    {
      const CrDateTok *d = _cr_date_tok (s, j);
      const CrDateTok *e = _cr_date_tok (s, j + 1);

      /* "2014-2016", "2014-16", "2014/15" */
      if (d->kind == CR_DATE_TOK_PUNCT && (d->ch == '-' || d->ch == '/') &&
          e->kind == CR_DATE_TOK_NUM && !e->ordinal &&
          (!d->space_before || d->ch == '-'))
        {
          int y2 = e->ndigits == 4 ? e->num : e->ndigits == 2 ? (year / 100) * 100 + e->num : -1;

          if (y2 > year && y2 - year < 100)
            {
              _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
              _cr_date_point_simple (&m->b, CR_GRANULARITY_YEAR, y2, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
              m->is_range = TRUE;
              return j + 2;
            }
          if (d->ch == '/')
            return 0;
        }
      if (!bare_year_ok (s, i, ctx))
        return 0;
      _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
      return j;
    }

  /* "3 days ago", "in 2 weeks" */
  return _cr_date_parse_relative (s, i, ctx, m);
}

static guint
parse_month_led (CrDateScan  *s,
                 guint        i,
                 guint        ctx,
                 CrDateMatch *m)
{
  guint j, k;
  int month, year;
  gboolean relative;

  if ((j = _cr_date_parse_day_date (s, i, m)))
    return j;
  if (!(j = parse_month (s, i, month_has_number (s, i), &month)))
    return 0;

  /* "junio de 2024", "June 2024", "junio del año pasado" */
  if ((k = parse_year_tail (s, j, &year, &relative)))
    {
      _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, year, month,
                             relative ? CR_TIMEX_ANCHOR_RELATIVE : CR_TIMEX_ANCHOR_ABSOLUTE);
      return k;
    }
  /* "junio pasado", "mayo próximo" */
  if (_cr_date_kind (s, j) == CR_DATE_WORD_PAST || _cr_date_kind (s, j) == CR_DATE_WORD_NEXT)
    {
      if (_cr_date_flag (s, j, CR_DATE_LEX_WEAK))
        return 0;
      _cr_date_month_relative (s, month, _cr_date_kind (s, j) == CR_DATE_WORD_PAST ? -1 : 1, &m->a);
      return j + 1;
    }

  /* A bare month needs a preposition, and in Spanish a capital makes it
   * a name ("Plaza de Mayo"). Abbreviations never stand alone. */
  if (_cr_date_tok (s, i)->lex->flags & CR_DATE_LEX_ABBR)
    return 0;
  if (!(ctx & (CR_DATE_CTX_PREP | CR_DATE_CTX_INNER)))
    return 0;
  if (s->lang == CR_LANGUAGE_ES && _cr_date_tok (s, i)->upper && !(ctx & CR_DATE_CTX_INNER))
    return 0;
  _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, 0, month, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
  m->a.year_open = TRUE;
  return j;
}

static guint
parse_season_led (CrDateScan  *s,
                  guint        i,
                  guint        ctx,
                  CrDateMatch *m)
{
  int season = _cr_date_value (s, i);
  guint j = i + 1, k;
  int year;
  gboolean relative;

  if ((k = parse_year_tail (s, j, &year, &relative)))
    {
      _cr_date_point_simple (&m->a, CR_GRANULARITY_SEASON, year, season,
                             relative ? CR_TIMEX_ANCHOR_RELATIVE : CR_TIMEX_ANCHOR_ABSOLUTE);
      return k;
    }
  if (_cr_date_kind (s, j) == CR_DATE_WORD_PAST || _cr_date_kind (s, j) == CR_DATE_WORD_NEXT)
    {
      _cr_date_season_relative (s, season, _cr_date_kind (s, j) == CR_DATE_WORD_PAST ? -1 : 1, &m->a);
      return j + 1;
    }
  if (_cr_date_flag (s, i, CR_DATE_LEX_WEAK))
    return 0;
  if (!(ctx & (CR_DATE_CTX_PREP | CR_DATE_CTX_INNER | CR_DATE_CTX_ARTICLE)))
    return 0;
  /* "en verano": the latest one begun; open without a DCT. */
  _cr_date_point_simple (&m->a, CR_GRANULARITY_SEASON, 0, season, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
  m->a.year_open = TRUE;
  if (s->dct == CR_DAY_UNKNOWN)
    {
      m->a.open = TRUE;
      m->a.year_open = FALSE;
    }
  return j;
}

/* "año 2024", "los años 90", "la década de 1950", "siglo XX" */
static guint
parse_unit_led (CrDateScan  *s,
                guint        i,
                guint        ctx,
                CrDateMatch *m)
{
  CrGranularity g = _cr_date_value (s, i);
  const CrDateTok *t = _cr_date_tok (s, i);
  guint j = i + 1;
  int year, n;

  if (g == CR_GRANULARITY_YEAR)
    {
      gboolean plural = t->wlen > 3;   /* "años", "years" */

      if (!plural && _cr_date_parse_year (s, j, &year))
        {
          _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
          return j + 1;
        }
      if (plural && s->lang == CR_LANGUAGE_ES)
        {
          const CrDateTok *u = _cr_date_tok (s, j);

          n = -1;
          if (u->kind == CR_DATE_TOK_NUM && !u->ordinal && (u->ndigits == 2 || u->ndigits == 4) &&
              u->num % 10 == 0)
            n = u->num;
          else if (_cr_date_kind (s, j) == CR_DATE_WORD_NUMBER && _cr_date_value (s, j) >= 20 &&
                   _cr_date_value (s, j) % 10 == 0)
            n = _cr_date_value (s, j);
          if (n >= 0 && (n >= 100 || _cr_date_is (s, j + 1, "s") || !_cr_date_num (s, j + 1)))
            {
              if (n < 100)
                n = (n < 30 && !(s->dct != CR_DAY_UNKNOWN && 1900 + n > s->dct_year - 80)) ? 2000 + n : 1900 + n;
              if (n < 100 || n >= 1000)
                {
                  _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, n, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
                  return j + 1;
                }
            }
        }
    }
  else if (g == CR_GRANULARITY_DECADE)
    {
      if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "of"))
        j++;
      if (_cr_date_is (s, j, "los") || _cr_date_is (s, j, "the"))
        j++;
      if (_cr_date_is (s, j, "anos"))
        j++;
      if (_cr_date_parse_year (s, j, &year) && year % 10 == 0)
        {
          _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
          return j + 1;
        }
      n = -1;
      if (_cr_date_num (s, j) && _cr_date_tok (s, j)->ndigits == 2 && _cr_date_tok (s, j)->num % 10 == 0)
        n = _cr_date_tok (s, j)->num;
      else if (_cr_date_kind (s, j) == CR_DATE_WORD_NUMBER && _cr_date_value (s, j) >= 20 &&
               _cr_date_value (s, j) % 10 == 0)
        n = _cr_date_value (s, j);
      if (n >= 0)
        {
          _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, n < 30 ? 2000 + n : 1900 + n, 0,
                                 CR_TIMEX_ANCHOR_ABSOLUTE);
          return j + (_cr_date_is (s, j + 1, "s") ? 2 : 1);
        }
    }
  else if (g == CR_GRANULARITY_CENTURY)
    {
      const CrDateTok *u = _cr_date_tok (s, j);
      guint c = 0;

      if (u->kind == CR_DATE_TOK_WORD && u->wlen > 0)
        c = roman_value (u->word);
      else if (u->kind == CR_DATE_TOK_NUM && u->ndigits <= 2)
        c = u->num;
      if (c >= 1 && c <= 22)
        {
          _cr_date_point_simple (&m->a, CR_GRANULARITY_CENTURY, (c - 1) * 100, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
          return j + 1;
        }
    }

  return _cr_date_parse_relative (s, i, ctx, m);
}

guint
_cr_date_parse_at (CrDateScan  *s,
                   guint        i,
                   guint        ctx,
                   CrDateMatch *m)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  switch (t->kind)
    {
    case CR_DATE_TOK_NUM:
      return parse_number_led (s, i, ctx, m);
    case CR_DATE_TOK_WORD:
      break;
    case CR_DATE_TOK_PUNCT:
    case CR_DATE_TOK_END:
    default:
      return 0;
    }

  switch (_cr_date_kind (s, i))
    {
    case CR_DATE_WORD_MONTH:
      return parse_month_led (s, i, ctx, m);
    case CR_DATE_WORD_SEASON:
      return parse_season_led (s, i, ctx, m);
    case CR_DATE_WORD_UNIT:
      return parse_unit_led (s, i, ctx, m);
    case CR_DATE_WORD_ORDINAL:
      {
        guint j;
        int month;

        if ((j = parse_ordinal_unit (s, i + 1, _cr_date_value (s, i), m)))
          return j;
        /* "primero de mayo", "the first of May" */
        j = i + 1;
        if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "of"))
          {
            guint k = parse_month (s, j + 1, TRUE, &month);
            int year;
            gboolean relative;

            if (k == 0 || !cr_calendar_is_valid_date (2000, month, _cr_date_value (s, i)))
              return 0;
            j = parse_year_tail (s, k, &year, &relative);
            set_day (s, &m->a, year, j != 0, relative, month, _cr_date_value (s, i));
            return j ? j : k;
          }
        return 0;
      }
    case CR_DATE_WORD_PLAIN:
      {
        /* "Q3 2024", "H1 2025" */
        const CrDateTok *n = _cr_date_tok (s, i + 1);
        int year;
        gboolean relative;
        guint k;

        if (t->wlen != 1 || n->kind != CR_DATE_TOK_NUM || n->space_before || n->ndigits != 1)
          return 0;
        if (!((t->word[0] == 'q' && n->num >= 1 && n->num <= 4) ||
              (t->word[0] == 'h' && n->num >= 1 && n->num <= 2)))
          return 0;
        if (!t->upper)
          return 0;
        k = i + 2;
        if (_cr_date_punct (s, k, '-') || _cr_date_punct (s, k, '/'))
          k++;
        if (_cr_date_punct (s, k, '\'') && _cr_date_num (s, k + 1) && _cr_date_tok (s, k + 1)->ndigits == 2)
          {
            year = 2000 + _cr_date_tok (s, k + 1)->num;
            k += 2;
          }
        else if ((k = parse_year_tail (s, k, &year, &relative)) == 0)
          {
            _cr_date_point_simple (&m->a, t->word[0] == 'q' ? CR_GRANULARITY_QUARTER : CR_GRANULARITY_HALF,
                                   0, n->num, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
            m->a.year_open = TRUE;
            return i + 2;
          }
        _cr_date_point_simple (&m->a, t->word[0] == 'q' ? CR_GRANULARITY_QUARTER : CR_GRANULARITY_HALF,
                               year, n->num, CR_TIMEX_ANCHOR_ABSOLUTE);
        return k;
      }
    case CR_DATE_WORD_NONE:
      return 0;
    case CR_DATE_WORD_WEEKDAY:
    case CR_DATE_WORD_DEICTIC:
    case CR_DATE_WORD_NUMBER:
    case CR_DATE_WORD_PAST:
    case CR_DATE_WORD_NEXT:
    case CR_DATE_WORD_THIS:
    case CR_DATE_WORD_AGO:
    case CR_DATE_WORD_WITHIN:
    case CR_DATE_WORD_MOD:
    default:
      return _cr_date_parse_relative (s, i, ctx, m);
    }
}

static void
complete (CrDateScan  *s,
          CrDatePoint *p)
{
  if (p->year_open)
    _cr_date_complete_year (s, p);
}

/* "de junio a agosto de 2024", "entre 2014 y 2016", "from June to August" */
static guint
extend_range (CrDateScan  *s,
              guint        j,
              guint        ctx,
              CrDateMatch *m)
{
  CrDateMatch b;
  guint k = j, e;
  gboolean link;

  if (m->is_range)
    return j;
  link = _cr_date_punct (s, k, '-') ||
         (_cr_date_flag (s, k, CR_DATE_LEX_TO) && !_cr_date_is (s, k, "y") && !_cr_date_is (s, k, "and")) ||
         ((ctx & CR_DATE_CTX_FROM) && (_cr_date_is (s, k, "y") || _cr_date_is (s, k, "and")));
  if (!link)
    return j;
  k++;
  if (_cr_date_flag (s, k, CR_DATE_LEX_ARTICLE) && !_cr_date_flag (s, k, CR_DATE_LEX_WEAK))
    k++;
  memset (&b, 0, sizeof b);
  if (!(e = _cr_date_parse_at (s, k, CR_DATE_CTX_INNER, &b)) || b.is_range || b.mod != CR_DATE_MOD_NONE)
    return j;
  if (b.a.gran != m->a.gran)
    return j;
  if (m->a.year_open && !b.a.year_open && !b.a.open)
    {
      m->a.year = b.a.year;
      m->a.year_open = FALSE;
      if (m->a.part > b.a.part)
        m->a.year--;
    }
  m->b = b.a;
  m->is_range = TRUE;
  if (m->mod == CR_DATE_MOD_ON_OR_AFTER)
    m->mod = CR_DATE_MOD_NONE;
  return e;
}

gboolean
_cr_date_grammar_match (CrDateScan  *s,
                        CrDateMatch *m)
{
  guint ctx = CR_DATE_CTX_NONE;
  guint j;

  if (s->prev)
    {
      if (s->prev->flags & CR_DATE_LEX_BLOCK && _cr_date_num (s, 0))
        return FALSE;
      if (s->prev->flags & (CR_DATE_LEX_PREP | CR_DATE_LEX_TO | CR_DATE_LEX_FROM))
        ctx |= CR_DATE_CTX_PREP;
      if (s->prev->flags & CR_DATE_LEX_ARTICLE)
        ctx |= CR_DATE_CTX_ARTICLE;
      if (s->prev->flags & CR_DATE_LEX_FROM)
        ctx |= CR_DATE_CTX_FROM;
      if (s->prev->kind == CR_DATE_WORD_MOD)
        ctx |= CR_DATE_CTX_PREP;
    }
  else if (s->prev_is_letter && _cr_date_num (s, 0) && s->ntok > 0 && s->tok[0].space_before == 0)
    return FALSE;

  memset (m, 0, sizeof *m);
  if (!(j = _cr_date_parse_at (s, 0, ctx, m)))
    return FALSE;
  j = extend_range (s, j, ctx, m);

  complete (s, &m->a);
  if (m->is_range)
    complete (s, &m->b);

  /* Remember how this text writes days, for its numeric dates. */
  if (s->lang == CR_LANGUAGE_EN && _cr_date_num (s, 0) && m->a.gran == CR_GRANULARITY_DAY &&
      _cr_date_kind (s, 1) == CR_DATE_WORD_MONTH)
    s->day_first = TRUE;

  m->ntok = j;
  return TRUE;
}
