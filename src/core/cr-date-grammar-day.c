/* cr-date-grammar-day.c: days, numbers and years in figures and words
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "3 de septiembre de 2025", "September 3, 2025", "veintinueve de mayo",
 * "2025-09-03", "03/09/2025", "05-ago-2016", "Sep-2012", "11/2016".
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

/* Two-digit years: this century unless that is more than twenty years
 * after the publication ("03/18/40" in 2018 is 1940); around 1950 without one. */
int
_cr_date_pivot_year (const CrDateScan *s,
                     int               yy)
{
  if (s->dct != CR_DAY_UNKNOWN)
    return 2000 + yy <= s->dct_year + 20 ? 2000 + yy : 1900 + yy;
  return yy < 50 ? 2000 + yy : 1900 + yy;
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
      /* "treinta y uno", "twenty-three" */
      if (*n >= 20 && *n % 10 == 0)
        {
          guint j = i + 1;

          if (_cr_date_is (s, j, "y") || _cr_date_punct (s, j, '-'))
            j++;
          else if (s->lang != CR_LANGUAGE_EN)
            return i + 1;   /* Spanish joins with "y": "treinta y uno" */
          /* "treinta y uno": "uno" is weak only on its own */
          if (_cr_date_kind (s, j) == CR_DATE_WORD_NUMBER && _cr_date_value (s, j) < 10 &&
              (!_cr_date_flag (s, j, CR_DATE_LEX_WEAK) || (j > i + 1 && _cr_date_is (s, j - 1, "y") &&
                                                           _cr_date_is (s, j, "uno"))))
            {
              *n += _cr_date_value (s, j);
              return j + 1;
            }
        }
      return i + 1;
    }
  return 0;
}

guint
_cr_date_parse_day_num (const CrDateScan *s,
                        guint             i,
                        int              *mday)
{
  const CrDateTok *t = _cr_date_tok (s, i);
  guint j;
  int n;

  if (t->kind == CR_DATE_TOK_NUM)
    {
      if (t->ndigits > 2 || t->num < 1 || t->num > 31)
        return 0;
      *mday = t->num;
      /* "el 1o. de mayo": the period after the ordinal */
      if (t->ordinal && s->lang == CR_LANGUAGE_ES && _cr_date_punct (s, i + 1, '.') &&
          !_cr_date_tok (s, i + 1)->space_before && _cr_date_is (s, i + 2, "de"))
        return i + 2;
      return i + 1;
    }
  if (_cr_date_kind (s, i) == CR_DATE_WORD_ORDINAL)
    {
      n = _cr_date_value (s, i);
      j = i + 1;
      /* "vigésimo segundo", "trigésimo primero" */
      if ((n == 20 || n == 30) && _cr_date_kind (s, j) == CR_DATE_WORD_ORDINAL && _cr_date_value (s, j) < 10)
        n += _cr_date_value (s, j++);
      if (n < 1 || n > 31)
        return 0;
      *mday = n;
      return j;
    }
  if (_cr_date_kind (s, i) == CR_DATE_WORD_NUMBER && (!_cr_date_flag (s, i, CR_DATE_LEX_WEAK) || _cr_date_is (s, i + 1, "de")))
    {
      if (!(j = _cr_date_parse_count (s, i, &n)))
        return 0;
      /* "twenty-fourth", "twenty third" */
      if (n >= 20 && n % 10 == 0 && _cr_date_punct (s, j, '-') &&
          _cr_date_kind (s, j + 1) == CR_DATE_WORD_ORDINAL && _cr_date_value (s, j + 1) < 10)
        {
          n += _cr_date_value (s, j + 1);
          j += 2;
        }
      else if (n >= 20 && n % 10 == 0 && j == i + 1 && _cr_date_kind (s, j) == CR_DATE_WORD_ORDINAL &&
               _cr_date_value (s, j) < 10)
        n += _cr_date_value (s, j++);
      /* "two thousand and fifteen" is a year, not the 2nd */
      if (_cr_date_is (s, j, "thousand") || _cr_date_is (s, j, "mil") || _cr_date_is (s, j, "hundred"))
        return 0;
      if (n < 1 || n > 31)
        return 0;
      *mday = n;
      return j;
    }
  return 0;
}

guint
_cr_date_parse_month (const CrDateScan *s,
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

gboolean
_cr_date_month_has_number (const CrDateScan *s,
                           guint             i)
{
  guint j = i + 1;
  gboolean linked = FALSE;
  int year;

  if (_cr_date_punct (s, j, '.'))
    j++;
  if (_cr_date_punct (s, j, ',') || _cr_date_punct (s, j, '-') || _cr_date_punct (s, j, '/'))
    j++;
  if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "del") || _cr_date_is (s, j, "of"))
    {
      j++;
      linked = TRUE;
    }
  /* "jun de mil novecientos noventa y nueve" */
  return _cr_date_num (s, j) || (linked && _cr_date_parse_year_words (s, j, &year));
}

gboolean
_cr_date_tight_punct (const CrDateScan *s,
                      guint             i,
                      char              ch)
{
  return _cr_date_punct (s, i, ch) && !_cr_date_tok (s, i)->space_before &&
         !_cr_date_tok (s, i + 1)->space_before;
}

/* Token @i ends the sentence: the end of the text, or a full stop, a
 * question or exclamation mark that no figure follows */
static gboolean
ends_sentence (const CrDateScan *s,
               guint             i)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  if (t->kind == CR_DATE_TOK_END)
    return TRUE;
  return t->kind == CR_DATE_TOK_PUNCT && (t->ch == '.' || t->ch == '!' || t->ch == '?') &&
         !_cr_date_num (s, i + 1);
}

/* "el día nueve", "día quince.": a day in words after "día", ending the
 * phrase; "el día quince personas" counts people */
guint
_cr_date_parse_day_words_alone (const CrDateScan *s,
                                guint             i,
                                int              *mday)
{
  const CrDateTok *n;
  guint e;

  /* "desde el día uno" is from the start */
  if (s->lang != CR_LANGUAGE_ES || _cr_date_kind (s, i) != CR_DATE_WORD_NUMBER || _cr_date_is (s, i, "uno") ||
      !(e = _cr_date_parse_count (s, i, mday)) || *mday < 1 || *mday > 31)
    return 0;
  n = _cr_date_tok (s, e);
  if (n->kind == CR_DATE_TOK_END || (n->kind == CR_DATE_TOK_PUNCT && n->ch != '%' && n->ch != '.') ||
      ends_sentence (s, e))
    return e;
  return 0;
}

guint
_cr_date_parse_year_tail (CrDateScan *s,
                          guint       i,
                          int        *year,
                          gboolean   *relative)
{
  guint j = i, k;
  gboolean had_link = FALSE, had_del = FALSE;
  const CrDateTok *t;

  *relative = FALSE;
  /* "September 3, 2025", "12 de enero, 2016"; but in "Plaza de Mayo,
   * 2024 personas" the number counts people. */
  if (_cr_date_punct (s, j, ','))
    {
      const CrDateTok *after = _cr_date_tok (s, j + 2);

      if (s->lang == CR_LANGUAGE_EN || after->kind != CR_DATE_TOK_WORD ||
          (after->lex != NULL && after->lex->kind != CR_DATE_WORD_UNIT) ||
          i == 0 || !_cr_date_tok (s, i - 1)->upper)
        j++;
    }
  if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "del") || _cr_date_is (s, j, "of"))
    {
      had_del = _cr_date_is (s, j, "del");
      j++;
      had_link = TRUE;
    }
  else if ((_cr_date_is (s, j, "in") || _cr_date_is (s, j, "en")) && _cr_date_parse_year (s, j + 1, year))
    return j + 2;   /* "28 june in 2020" */
  else if (j == i && (_cr_date_tight_punct (s, j, '-') || _cr_date_tight_punct (s, j, '/')) && _cr_date_parse_year (s, j + 1, year))
    return j + 2;   /* "Sep-2012" */
  if ((k = _cr_date_parse_era_year (s, j, year)) || (k = _cr_date_parse_year (s, j, year)))
    return k;
  if ((had_link || s->lang == CR_LANGUAGE_EN) && (k = _cr_date_parse_year_words (s, j, year)))
    return k;

  /* "abril del 87", "Aug '96", "Aug 96" */
  t = _cr_date_tok (s, j);
  if (_cr_date_punct (s, j, '\'') && _cr_date_num (s, j + 1) && _cr_date_tok (s, j + 1)->ndigits == 2)
    {
      *year = _cr_date_pivot_year (s, _cr_date_tok (s, j + 1)->num);
      return j + 2;
    }
  /* ... and "14th April 15", "1.º de julio, 17" closing the sentence */
  if (t->kind == CR_DATE_TOK_NUM && t->ndigits == 2 && !t->ordinal &&
      (had_del || (s->lang == CR_LANGUAGE_EN && t->num > 31) || ends_sentence (s, j + 1)) &&
      !_cr_date_punct (s, j + 1, ':'))
    {
      *year = _cr_date_pivot_year (s, t->num);
      return j + 1;
    }

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

void
_cr_date_set_day (CrDateScan  *s,
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


/* "5-ago-2016", "01/agosto/2019", "2-Oct": the day, a separator, the
 * month word, and maybe the separator again and a year. */
static guint
parse_tight_day_month (CrDateScan  *s,
                       guint        i,
                       CrDateMatch *m)
{
  const CrDateTok *t = _cr_date_tok (s, i);
  const CrDateTok *sep = _cr_date_tok (s, i + 1);
  guint j;
  int month, year;

  if (t->kind != CR_DATE_TOK_NUM || t->ndigits > 2 || t->num < 1 || t->num > 31 ||
      sep->kind != CR_DATE_TOK_PUNCT || (sep->ch != '-' && sep->ch != '/') ||
      !_cr_date_tight_punct (s, i + 1, sep->ch))
    return 0;
  if (!(j = _cr_date_parse_month (s, i + 2, TRUE, &month)))
    return 0;
  if (_cr_date_tight_punct (s, j, sep->ch) && _cr_date_num (s, j + 1))
    {
      const CrDateTok *y = _cr_date_tok (s, j + 1);

      if (y->ndigits == 4)
        year = y->num;
      else if (y->ndigits == 2)
        year = _cr_date_pivot_year (s, y->num);
      else
        return 0;
      if (!cr_calendar_is_valid_date (year, month, t->num))
        return 0;
      _cr_date_set_day (s, &m->a, year, TRUE, FALSE, month, t->num);
      return j + 2;
    }
  if (!cr_calendar_is_valid_date (2000, month, t->num))
    return 0;
  _cr_date_set_day (s, &m->a, 0, FALSE, FALSE, month, t->num);
  return j;
}

/* "de este mes", "del próximo mes", "of next month" after a day: the month
 * and year, counted from the DCT. */
static guint
parse_relative_month (CrDateScan *s,
                      guint       i,
                      int        *month,
                      int        *year)
{
  CrDateMatch r;
  guint j = i, e;

  if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "del") || _cr_date_is (s, j, "of") ||
      _cr_date_is (s, j, "in"))
    j++;
  else if (_cr_date_kind (s, j) != CR_DATE_WORD_THIS && _cr_date_kind (s, j) != CR_DATE_WORD_NEXT &&
           _cr_date_kind (s, j) != CR_DATE_WORD_PAST)
    return 0;   /* "from 4 to 22 this month", "entre 4 y 22 este mes" */
  if (_cr_date_is (s, j, "the"))
    j++;
  if (_cr_date_is (s, j, "upcoming"))
    return 0;
  if (_cr_date_kind (s, j) != CR_DATE_WORD_PAST && _cr_date_kind (s, j) != CR_DATE_WORD_NEXT &&
      _cr_date_kind (s, j) != CR_DATE_WORD_THIS && _cr_date_kind (s, j) != CR_DATE_WORD_UNIT)
    return 0;
  memset (&r, 0, sizeof r);
  if (!(e = _cr_date_parse_relative (s, j, CR_DATE_CTX_INNER, &r)) || r.is_range ||
      r.a.gran != CR_GRANULARITY_MONTH || r.a.open || r.a.year_open)
    return 0;
  /* "this month", not "2 upcoming months" */
  if (_cr_date_tok (s, e - 1)->wlen == 0 ||
      (_cr_date_tok (s, e - 1)->word[_cr_date_tok (s, e - 1)->wlen - 1] == 's' && !_cr_date_is (s, e - 1, "mes")))
    return 0;
  *month = r.a.part;
  *year = r.a.year;
  return e;
}

/* A day with its month: "3 de septiembre (de 2025)", "3 September 2025",
 * "September 3, 2025", "del 1 al 3 de septiembre", "veintinueve de mayo",
 * "May twenty-fourth". */
guint
_cr_date_parse_day_date (CrDateScan  *s,
                         guint        i,
                         CrDateMatch *m)
{
  guint j, k, j1;
  int month, year = 0, d1, d2 = 0;
  gboolean have_year, relative = FALSE, need_year = FALSE;

  static const char * const streets[] = {
    "calle", "avenida", "plaza", "paseo", "glorieta", "colonia", "barrio", "puente", NULL,
  };

  if ((j = parse_tight_day_month (s, i, m)))
    return j;
  /* "la calle 23 de Mayo", "la avenida 5 de Febrero": a name */
  if (i == 0 && s->prev == NULL && s->prev_is_letter && s->lang == CR_LANGUAGE_ES && _cr_date_is (s, i + 1, "de") &&
      _cr_date_word_before_is (s, _cr_date_tok (s, i)->start, streets))
    return 0;
  /* "cortaron la 9 de Julio": a day takes "el", an avenue "la" */
  if (i == 0 && s->lang == CR_LANGUAGE_ES && s->prev && strcmp (s->prev->word, "la") == 0 && _cr_date_num (s, i) &&
      _cr_date_is (s, i + 1, "de") && _cr_date_kind (s, i + 2) == CR_DATE_WORD_MONTH)
    return 0;
  /* "la plaza del Dos de Mayo", "el colegio Primero de Mayo" */
  if (i == 0 && s->lang == CR_LANGUAGE_ES && s->prev_is_letter && _cr_date_tok (s, i)->kind == CR_DATE_TOK_WORD &&
      _cr_date_tok (s, i)->upper && _cr_date_is (s, i + 1, "de") && _cr_date_tok (s, i + 2)->upper &&
      _cr_date_kind (s, i + 2) == CR_DATE_WORD_MONTH)
    return 0;

  if ((j1 = _cr_date_parse_day_num (s, i, &d1)))
    {
      /* "1 al 3 de", "1-3 September", "1 y 2 de" */
      j = j1;
      if ((_cr_date_flag (s, j, CR_DATE_LEX_TO) || _cr_date_punct (s, j, '-')) &&
          !_cr_date_is (s, j, "de"))
        {
          int dd;

          k = j + 1;
          if (_cr_date_flag (s, k, CR_DATE_LEX_ARTICLE) && !_cr_date_flag (s, k, CR_DATE_LEX_WEAK))
            k++;
          if ((k = _cr_date_parse_day_num (s, k, &dd)) && dd > d1)
            {
              guint l = k;

              guint r;

              /* "de 4 a 22 de este mes" */
              if ((r = parse_relative_month (s, l, &month, &year)) &&
                  cr_calendar_is_valid_date (year, month, d1) && cr_calendar_is_valid_date (year, month, dd))
                {
                  _cr_date_set_day (s, &m->a, year, TRUE, TRUE, month, d1);
                  _cr_date_set_day (s, &m->b, year, TRUE, TRUE, month, dd);
                  m->is_range = TRUE;
                  return r;
                }
              if (_cr_date_is (s, l, "de") || _cr_date_is (s, l, "of"))
                l++;
              if ((l = _cr_date_parse_month (s, l, TRUE, &month)))
                {
                  d2 = dd;
                  j = l;
                  goto have_month;
                }
            }
        }

      j = j1;
      if (_cr_date_is (s, j, "day") && (_cr_date_is (s, j + 1, "of") || _cr_date_is (s, j + 1, "in")))
        j++;   /* "the 15th day of next month" */
      /* "el 21 de este mes", "the 20th of next month" */
      if ((k = parse_relative_month (s, j, &month, &year)))
        {
          if (!cr_calendar_is_valid_date (year, month, d1))
            return 0;
          _cr_date_set_day (s, &m->a, year, TRUE, TRUE, month, d1);
          return k;
        }
      /* "17 del 11", "9 de 8 de 1971": the month in figures */
      if (s->lang == CR_LANGUAGE_ES && _cr_date_num (s, i) &&
          (_cr_date_is (s, j, "del") || _cr_date_is (s, j, "de")) && _cr_date_num (s, j + 1))
        {
          const CrDateTok *mt = _cr_date_tok (s, j + 1);

          if (mt->ndigits <= 2 && mt->num >= 1 && mt->num <= 12 && !mt->ordinal &&
              cr_calendar_is_valid_date (2000, mt->num, d1) &&
              !(_cr_date_tok (s, j + 2)->kind == CR_DATE_TOK_PUNCT && _cr_date_num (s, j + 3)) &&
              _cr_date_kind (s, j + 2) != CR_DATE_WORD_UNIT && _cr_date_tok (s, j + 2)->kind != CR_DATE_TOK_NUM)
            {
              k = _cr_date_parse_year_tail (s, j + 2, &year, &relative);
              if (_cr_date_is (s, j, "de") && k == 0)
                return 0;   /* "3 de 5" is a count; "9 de 8 de 1971" a date */
              if (k && !cr_calendar_is_valid_date (year, mt->num, d1))
                return 0;
              _cr_date_set_day (s, &m->a, year, k != 0, relative, mt->num, d1);
              return k ? k : j + 2;
            }
        }
      if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "of"))
        j++;
      /* "16. Nov. 2016": the day with a point, then its month and year */
      else if (_cr_date_num (s, i) && _cr_date_punct (s, j, '.') && !_cr_date_tok (s, j)->space_before &&
               _cr_date_tok (s, j + 1)->space_before && _cr_date_kind (s, j + 1) == CR_DATE_WORD_MONTH)
        {
          j++;
          need_year = TRUE;
        }
      else if (!_cr_date_num (s, i) && s->lang != CR_LANGUAGE_EN)
        return 0;   /* "veintinueve de mayo" needs its "de" */
      else if (!_cr_date_num (s, i))
        need_year = TRUE;   /* "twenty five January 1986", never "one May" */
      if (!(j = _cr_date_parse_month (s, j, TRUE, &month)))
        return 0;
    have_month:
      k = _cr_date_parse_year_tail (s, j, &year, &relative);
      have_year = k != 0;
      if (need_year && !have_year)
        return 0;
      if (k)
        j = k;
      if (!cr_calendar_is_valid_date (have_year ? year : 2000, month, d1))
        return 0;
      _cr_date_set_day (s, &m->a, year, have_year, relative, month, d1);
      if (d2)
        {
          if (!cr_calendar_is_valid_date (have_year ? year : 2000, month, d2))
            return 0;
          _cr_date_set_day (s, &m->b, year, have_year, relative, month, d2);
          m->is_range = TRUE;
        }
      return j;
    }

  /* Month first: "September 3, 2025", "Sept. 3", "August-10-2012" */
  if (!(j = _cr_date_parse_month (s, i, TRUE, &month)))
    return 0;
  /* "September-2020-23": the year between the month and the day */
  if ((_cr_date_tight_punct (s, j, '-') || _cr_date_tight_punct (s, j, '/')) &&
      _cr_date_parse_year (s, j + 1, &year) && _cr_date_tight_punct (s, j + 2, _cr_date_tok (s, j)->ch) &&
      _cr_date_num (s, j + 3) && _cr_date_tok (s, j + 3)->ndigits <= 2 && !_cr_date_tok (s, j + 3)->ordinal &&
      !_cr_date_num (s, j + 4) && cr_calendar_is_valid_date (year, month, _cr_date_tok (s, j + 3)->num))
    {
      _cr_date_point_day (&m->a, year, month, _cr_date_tok (s, j + 3)->num, CR_TIMEX_ANCHOR_ABSOLUTE);
      return j + 4;
    }
  {
    char sep = 0;
    /* "may" and "march" in lowercase are verbs unless a day and then the
     * end of the phrase or a year follow: "march 3", "march 3rd 2015" */
    gboolean verb_like = (_cr_date_tok (s, i)->lex->flags & CR_DATE_LEX_WEAK) && !_cr_date_tok (s, i)->upper;

    if ((_cr_date_tight_punct (s, j, '-') || _cr_date_tight_punct (s, j, '/')) && _cr_date_num (s, j + 1))
      {
        sep = _cr_date_tok (s, j)->ch;
        j++;
      }
    /* "June the 28th", "April the ninth" */
    else if (s->lang == CR_LANGUAGE_EN && _cr_date_is (s, j, "the") && !verb_like &&
             ((_cr_date_num (s, j + 1) && _cr_date_tok (s, j + 1)->ordinal) ||
              _cr_date_kind (s, j + 1) == CR_DATE_WORD_ORDINAL ||
              /* "September the twenty-first" */
              (_cr_date_kind (s, j + 1) == CR_DATE_WORD_NUMBER && _cr_date_punct (s, j + 2, '-') &&
               _cr_date_kind (s, j + 3) == CR_DATE_WORD_ORDINAL)) &&
             /* not "in March the first team" */
             !(_cr_date_tok (s, j + 2)->kind == CR_DATE_TOK_WORD && _cr_date_tok (s, j + 2)->lex == NULL))
      j++;
    /* "October, 1st", "March, 6th 2016": an ordinal day after a comma,
     * never "in March, 12 people" */
    else if (s->lang == CR_LANGUAGE_EN && _cr_date_punct (s, j, ',') && _cr_date_num (s, j + 1) &&
             _cr_date_tok (s, j + 1)->ordinal && !verb_like &&
             (_cr_date_tok (s, j + 2)->kind == CR_DATE_TOK_END || _cr_date_tok (s, j + 2)->kind == CR_DATE_TOK_PUNCT ||
              _cr_date_num (s, j + 2)))
      j++;
    if (!(k = _cr_date_parse_day_num (s, j, &d1)) || _cr_date_punct (s, k, ':'))
      return 0;
    /* "May one 2" is not a date; "January first 2000" is */
    if (!_cr_date_num (s, j) && _cr_date_num (s, k) && !_cr_date_parse_year (s, k, &year))
      return 0;
    if (verb_like)
      {
        const CrDateTok *after = _cr_date_tok (s, k);
        int y;

        if (!(after->kind == CR_DATE_TOK_END || (after->kind == CR_DATE_TOK_PUNCT && after->ch != '-') ||
              _cr_date_parse_year (s, k, &y)))
          return 0;
      }
    if (sep && _cr_date_tight_punct (s, k, sep) && _cr_date_parse_year (s, k + 1, &year))
      {
        if (!cr_calendar_is_valid_date (year, month, d1))
          return 0;
        _cr_date_set_day (s, &m->a, year, TRUE, FALSE, month, d1);
        return k + 2;
      }
  }
  /* "September 1-3", "September 1 to 3", "April 9th through the
   * seventeenth" */
  {
    gboolean link = _cr_date_punct (s, k, '-') || _cr_date_is (s, k, "to") || _cr_date_is (s, k, "through") ||
                    _cr_date_is (s, k, "thru") ||
                    _cr_date_is (s, k, "till") || _cr_date_is (s, k, "until") || _cr_date_is (s, k, "al");
    guint l = k + 1, e2 = 0;

    if (link && !_cr_date_punct (s, k, '-') && _cr_date_is (s, l, "the"))
      l++;
    d2 = 0;
    if (link && (_cr_date_num (s, l) || _cr_date_kind (s, l) == CR_DATE_WORD_ORDINAL) &&
        (e2 = _cr_date_parse_day_num (s, l, &d2)) && d2 > d1 &&
        _cr_date_kind (s, e2) != CR_DATE_WORD_MONTH && _cr_date_kind (s, e2) != CR_DATE_WORD_UNIT)
      k = e2;
    else
      d2 = 0;
  }
  j = k;
  k = _cr_date_parse_year_tail (s, j, &year, &relative);
  have_year = k != 0;
  if (k)
    j = k;
  if (!cr_calendar_is_valid_date (have_year ? year : 2000, month, d1))
    return 0;
  _cr_date_set_day (s, &m->a, year, have_year, relative, month, d1);
  if (d2)
    {
      if (!cr_calendar_is_valid_date (have_year ? year : 2000, month, d2))
        return 0;
      _cr_date_set_day (s, &m->b, year, have_year, relative, month, d2);
      m->is_range = TRUE;
    }
  return j;
}
