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

/* Is token @i the first after "back to" ("dates back to 1865")? */
static gboolean
after_back_to (const CrDateScan *s,
               guint             i)
{
  gsize p = _cr_date_tok (s, i)->start;

  while (p > 0 && s->text[p - 1] == ' ')
    p--;
  return p >= 7 && g_ascii_strncasecmp (s->text + p - 7, "back to", 7) == 0 &&
         (p == 7 || !g_ascii_isalpha (s->text[p - 8]));
}

/* Is token @i a year after "of" and a noun ("the crisis of 2008"), not a
 * share of a quantity ("one of 2000", "out of 2000")? */
static gboolean
after_noun_of (const CrDateScan *s,
               guint             i)
{
  static const char * const shares[] = {
    "out", "one", "two", "three", "all", "some", "most", "many", "total", "sum", "each", "none",
    "any", "majority", "number", "group", "set", "count", "tally", "figure", "score", "maximum",
    "minimum", "average", "estimate", "population", "part", "half", "third", "quarter", "lot",
  };
  const CrDateTok *t = _cr_date_tok (s, i);
  gsize p = t->start, e, b;

  const CrDateTok *n = _cr_date_tok (s, i + 1);

  /* round hundreds and a plural noun after count things: "a crowd of
   * 2000", "of 1998 votes" */
  if (s->lang != CR_LANGUAGE_EN || t->ndigits != 4 || t->num < 1800 || t->num > 2100 || t->num % 100 == 0 ||
      (n->kind == CR_DATE_TOK_WORD && ((n->lex != NULL && n->lex->kind == CR_DATE_WORD_UNIT) ||
                                       (n->lex == NULL && n->wlen > 0 && n->word[n->wlen - 1] == 's'))))
    return FALSE;
  while (p > 0 && s->text[p - 1] == ' ')
    p--;
  if (p < 3 || g_ascii_strncasecmp (s->text + p - 2, "of", 2) != 0 || s->text[p - 3] != ' ')
    return FALSE;
  e = p - 3;
  while (e > 0 && s->text[e - 1] == ' ')
    e--;
  b = e;
  while (b > 0 && g_ascii_isalpha (s->text[b - 1]))
    b--;
  if (b == e || e - b > 12)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (shares); k++)
    if (strlen (shares[k]) == e - b && g_ascii_strncasecmp (s->text + b, shares[k], e - b) == 0)
      return FALSE;
  return TRUE;
}

static gboolean
bare_year_ok (const CrDateScan *s,
              guint             i,
              guint             ctx)
{
  const CrDateTok *n = _cr_date_tok (s, i + 1);

  if (n->kind == CR_DATE_TOK_PUNCT && (n->ch == '%' || n->ch == '~'))
    return (ctx & (CR_DATE_CTX_PREP | CR_DATE_CTX_INNER)) && n->ch != '%';
  /* A number alone is a year only after a preposition or an article
   * ("en 2024", "el 2024", "in 2024"): "2024 personas", "$2000" and a
   * lone "2020", "the 2000 protesters" are quantities. "dates back to
   * 1865" too, not "to 2000 points". */
  if ((!(ctx & (CR_DATE_CTX_PREP | CR_DATE_CTX_INNER | CR_DATE_CTX_ARTICLE)) &&
       !(after_back_to (s, i) && !(n->kind == CR_DATE_TOK_WORD && (n->lex == NULL || n->lex->kind == CR_DATE_WORD_UNIT))) &&
       !after_noun_of (s, i)) || _cr_date_counts (s, i, ctx))
    return FALSE;
  if (n->kind == CR_DATE_TOK_PUNCT && (n->ch == '-' || n->ch == '/') && !n->space_before &&
      _cr_date_num (s, i + 2))
    return FALSE;   /* "2014-08-32", "2015-1-32": a broken date */
  if (!(ctx & CR_DATE_CTX_APPROX))
    return TRUE;
  /* "about 2000 people": a quantity before its noun */
  return n->kind != CR_DATE_TOK_WORD || (n->lex != NULL && n->lex->kind != CR_DATE_WORD_UNIT);
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

  /* "el primer cuarto de 2016": a quarter */
  if (_cr_date_is (s, j, "cuarto") && n >= 1 && n <= 4)
    g = CR_GRANULARITY_QUARTER;
  else if (_cr_date_kind (s, j) != CR_DATE_WORD_UNIT)
    return 0;
  else
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
  if ((k = _cr_date_parse_year_tail (s, j, &year, &relative)))
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
  /* "the second half" of what? The publication year, unless a game's */
  if (s->dct == CR_DAY_UNKNOWN || _cr_date_part_of_game (s, i, j))
    return 0;
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

  if ((j = _cr_date_parse_numeric (s, i, m)))
    return j;
  if ((j = _cr_date_parse_day_date (s, i, m)))
    return j;
  if ((j = _cr_date_parse_day_to_date (s, i, ctx, m)))
    return j;
  if (t->ordinal && (j = parse_ordinal_unit (s, i + 1, t->num, m)))
    return j;
  /* "3rd week of 2018", "la 3.ª semana de enero" */
  if (t->ordinal && t->num >= 1 &&
      (t->num <= 5 || (t->num <= 12 && _cr_date_kind (s, i + 1) == CR_DATE_WORD_UNIT &&
                       _cr_date_value (s, i + 1) == CR_GRANULARITY_MONTH)) &&
      (j = _cr_date_parse_nth_in (s, i + 1, t->num, m)))
    return j;
  /* "on the 15th", "on 29th -": a day of the publication's month */
  if (t->ordinal && s->lang == CR_LANGUAGE_EN && i == 0 && s->prev &&
      (strcmp (s->prev->word, "the") == 0 ||
       (strcmp (s->prev->word, "on") == 0 && (n->kind == CR_DATE_TOK_END || n->kind == CR_DATE_TOK_PUNCT))) &&
      t->ndigits <= 2 && t->num >= 1 && t->num <= 31 && s->dct != CR_DAY_UNKNOWN &&
      _cr_date_kind (s, i + 1) != CR_DATE_WORD_UNIT &&
      /* "the 12th floor", "the 11th of the season"; "the 15th when" */
      !(n->kind == CR_DATE_TOK_WORD && (n->lex == NULL || _cr_date_is (s, i + 1, "of")) && !_cr_date_clause_word (s, i + 1)) &&
      t->num <= cr_calendar_days_in_month (s->dct_year, s->dct_month))
    {
      _cr_date_point_day (&m->a, s->dct_year, s->dct_month, t->num, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
      return i + 1;
    }
  /* "back for the 27.", "volveré el 15.": a day of the publication's
   * month, closing the clause after "for the", "on the", "el" */
  if (i == 0 && t->ndigits <= 2 && t->num >= 1 && t->num <= 31 && s->dct != CR_DAY_UNKNOWN && s->prev &&
      ((!t->ordinal && strcmp (s->prev->word, "the") == 0 && s->prev2 &&
        (strcmp (s->prev2->word, "for") == 0 || strcmp (s->prev2->word, "on") == 0 ||
         strcmp (s->prev2->word, "by") == 0 || strcmp (s->prev2->word, "until") == 0)) ||
       strcmp (s->prev->word, "el") == 0) &&
      t->num <= cr_calendar_days_in_month (s->dct_year, s->dct_month) &&
      (n->kind == CR_DATE_TOK_END ||
       (n->kind == CR_DATE_TOK_PUNCT && (n->ch == '.' || n->ch == '!' || n->ch == '?' || n->ch == ',' || n->ch == ';') &&
        !_cr_date_num (s, i + 2))))
    {
      _cr_date_point_day (&m->a, s->dct_year, s->dct_month, t->num, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
      return i + 1;
    }
  if (t->ordinal)
    return 0;

  /* "88 AD", "2024 AD August", "the 1990s", "70's" */
  if ((j = _cr_date_parse_era_or_decade (s, i, m)))
    return j;

  if ((j = _cr_date_parse_year (s, i, &year)))
    {
      const CrDateTok *d = _cr_date_tok (s, j);
      const CrDateTok *e = _cr_date_tok (s, j + 1);

      /* "2014-2016", "2014/15"; not "2012-14", "2014/22/29" or a phone
       * number "2010-2015-86" */
      if (d->kind == CR_DATE_TOK_PUNCT && (d->ch == '-' || d->ch == '/') &&
          e->kind == CR_DATE_TOK_NUM && !e->ordinal &&
          (!d->space_before || d->ch == '-') &&
          !(_cr_date_tok (s, j + 2)->kind == CR_DATE_TOK_PUNCT && !_cr_date_tok (s, j + 2)->space_before &&
            _cr_date_num (s, j + 3)))
        {
          int y2 = -1;

          if (e->ndigits == 4)
            y2 = e->num;
          else if (e->ndigits == 2 && d->ch == '/' && (year / 100) * 100 + e->num == year + 1)
            y2 = year + 1;

          if (y2 > year && y2 - year < 100 && y2 <= 2199)
            {
              _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
              _cr_date_point_simple (&m->b, CR_GRANULARITY_YEAR, y2, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
              m->is_range = TRUE;
              return j + 2;
            }
          if (d->ch == '/')
            return 0;
        }
      /* "2014~2018": two years close together make a range on their own,
       * as with a dash; "2000~3000 people" are quantities */
      if (d->kind == CR_DATE_TOK_PUNCT && d->ch == '~' && !d->space_before && !e->space_before &&
          e->kind == CR_DATE_TOK_NUM && e->ndigits == 4 && !e->ordinal &&
          year >= 1800 && e->num > year && e->num - year <= 50 && e->num <= 2100)
        {
          const CrDateTok *f = _cr_date_tok (s, j + 2);

          if (!(f->kind == CR_DATE_TOK_PUNCT && (f->ch == '%' || f->ch == '/' || f->ch == ':' ||
                                                 ((f->ch == '.' || f->ch == ',') && !f->space_before &&
                                                  _cr_date_num (s, j + 3)))) &&
              !(f->kind == CR_DATE_TOK_WORD && f->lex == NULL && !f->upper) &&
              _cr_date_kind (s, j + 2) != CR_DATE_WORD_UNIT && f->kind != CR_DATE_TOK_NUM &&
              _cr_date_kind (s, j + 2) != CR_DATE_WORD_MONTH)
            {
              _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
              _cr_date_point_simple (&m->b, CR_GRANULARITY_YEAR, e->num, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
              m->is_range = TRUE;
              return j + 2;
            }
        }
      /* "2019 Q1", "2017-q1", "2017 april"; "2016, nov" closing the phrase */
      {
        guint k = j + (d->kind == CR_DATE_TOK_PUNCT && d->ch == '-' && !d->space_before ? 1 : 0), me;
        int mo;

        if (s->lang == CR_LANGUAGE_EN && d->kind == CR_DATE_TOK_PUNCT && d->ch == ',' &&
            (me = _cr_date_parse_month (s, j + 1, TRUE, &mo)) &&
            (_cr_date_tok (s, me)->kind == CR_DATE_TOK_END ||
             (_cr_date_tok (s, me)->kind == CR_DATE_TOK_PUNCT && !_cr_date_num (s, me + 1))))
          k = j + 1;
        const CrDateTok *q = _cr_date_tok (s, k);
        const CrDateTok *qn = _cr_date_tok (s, k + 1);

        if (q->kind == CR_DATE_TOK_WORD && q->wlen == 1 &&
            (q->word[0] == 'q' || (q->word[0] == 't' && s->lang == CR_LANGUAGE_ES)) &&
            qn->kind == CR_DATE_TOK_NUM && !qn->space_before && qn->num >= 1 && qn->num <= 4)
          {
            _cr_date_point_simple (&m->a, CR_GRANULARITY_QUARTER, year, qn->num, CR_TIMEX_ANCHOR_ABSOLUTE);
            return k + 2;
          }
        /* "2036 may be decided": the modal */
        if (s->lang == CR_LANGUAGE_EN && _cr_date_kind (s, k) == CR_DATE_WORD_MONTH &&
            !(_cr_date_flag (s, k, CR_DATE_LEX_WEAK) && !_cr_date_tok (s, k)->upper))
          {
            int month, mday;
            guint l = _cr_date_parse_month (s, k, TRUE, &month), de;

            /* "2018 March 18" */
            if ((de = _cr_date_parse_day_num (s, l, &mday)) && _cr_date_num (s, l) &&
                cr_calendar_is_valid_date (year, month, mday))
              {
                _cr_date_point_day (&m->a, year, month, mday, CR_TIMEX_ANCHOR_ABSOLUTE);
                return de;
              }
            _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, year, month, CR_TIMEX_ANCHOR_ABSOLUTE);
            return l;
          }
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
  if ((j = _cr_date_parse_month_between (s, i, m)))
    return j;
  {
    /* A range of months vouches for abbreviations: "de sept. a nov." */
    gboolean in_range = (i > 0 && (_cr_date_flag (s, i - 1, CR_DATE_LEX_TO) || _cr_date_punct (s, i - 1, '-'))) ||
                        ((ctx & CR_DATE_CTX_INNER) && i > 0 &&
                         (_cr_date_is (s, i - 1, "of") || _cr_date_is (s, i - 1, "de") || _cr_date_is (s, i - 1, "del"))) ||
                        ((_cr_date_flag (s, i + 1, CR_DATE_LEX_TO) || _cr_date_punct (s, i + 1, '-')) &&
                         _cr_date_kind (s, i + 2) == CR_DATE_WORD_MONTH) ||
                        (_cr_date_punct (s, i + 1, '.') && _cr_date_flag (s, i + 2, CR_DATE_LEX_TO) &&
                         _cr_date_kind (s, i + 3) == CR_DATE_WORD_MONTH);

    if (!(j = _cr_date_parse_month (s, i, _cr_date_month_has_number (s, i) || in_range, &month)))
      return 0;
    if (in_range && i > 0)
      {
        _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, 0, month, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
        m->a.year_open = TRUE;
        if ((k = _cr_date_parse_year_tail (s, j, &year, &relative)))
          {
            m->a.year = year;
            m->a.year_open = FALSE;
            m->a.anchor = relative ? CR_TIMEX_ANCHOR_RELATIVE : CR_TIMEX_ANCHOR_ABSOLUTE;
            return k;
          }
        return j;
      }
  }

  /* "junio de 2024", "June 2024", "junio del año pasado" */
  if ((k = _cr_date_parse_year_tail (s, j, &year, &relative)))
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
  /* "March after next" */
  if ((k = _cr_date_after_next (s, j)))
    {
      _cr_date_month_relative (s, month, 1, &m->a);
      if (!m->a.year_open)
        m->a.year++;
      return k;
    }

  /* "May to March", "de sept. a nov.": a month range needs no preposition */
  {
    if ((_cr_date_flag (s, j, CR_DATE_LEX_TO) || _cr_date_punct (s, j, '-')) &&
        _cr_date_kind (s, j + 1) == CR_DATE_WORD_MONTH)
      {
        _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, 0, month, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
        m->a.year_open = TRUE;
        return j;
      }
  }
  /* A bare month needs a preposition, and in Spanish a capital makes it
   * a name ("Plaza de Mayo"). Abbreviations never stand alone, except
   * inside a larger date: "the 3rd week of Jan". */
  if ((_cr_date_tok (s, i)->lex->flags & CR_DATE_LEX_ABBR) &&
      !((ctx & CR_DATE_CTX_INNER) && i > 0 &&
        (_cr_date_is (s, i - 1, "of") || _cr_date_is (s, i - 1, "de") || _cr_date_is (s, i - 1, "del"))))
    return 0;
  /* ... or "in the": "in the April vote", not "in the March on Rome" */
  if (!(ctx & (CR_DATE_CTX_PREP | CR_DATE_CTX_INNER)) &&
      !(s->lang == CR_LANGUAGE_EN && i == 0 && s->prev2 && (s->prev2->flags & CR_DATE_LEX_PREP) &&
        strcmp (s->prev->word, "the") == 0 && !_cr_date_flag (s, i, CR_DATE_LEX_WEAK)))
    return 0;
  if (s->lang == CR_LANGUAGE_ES && _cr_date_tok (s, i)->upper && !(ctx & CR_DATE_CTX_INNER) &&
      (s->prev == NULL || strcmp (s->prev->word, "de") == 0 || strcmp (s->prev->word, "del") == 0))
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

  if ((k = _cr_date_parse_year_tail (s, j, &year, &relative)))
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
  if (!(ctx & (CR_DATE_CTX_PREP | CR_DATE_CTX_INNER | CR_DATE_CTX_ARTICLE)) && !_cr_date_whole_season (s, i))
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
      gboolean plural = t->word[t->wlen - 1] == 's';   /* "años", "years" */
      guint k;

      if (_cr_date_is (s, j, "calendario") || (_cr_date_is (s, j, "of") && _cr_date_num (s, j + 1)))
        {
          j++;   /* "año calendario 2008", "the year of 2008" */
          if (_cr_date_num (s, j) && _cr_date_tok (s, j)->ndigits == 2 && !_cr_date_tok (s, j)->ordinal &&
              _cr_date_is (s, j - 1, "calendario"))
            {
              /* "año calendario 18" */
              int yy = _cr_date_tok (s, j)->num;

              _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR,
                                     s->dct != CR_DAY_UNKNOWN && 2000 + yy > s->dct_year + 20 ? 1900 + yy : 2000 + yy,
                                     0, CR_TIMEX_ANCHOR_ABSOLUTE);
              return j + 1;
            }
        }
      /* "los años mil novecientos setenta" */
      if (plural && (k = _cr_date_parse_year_words (s, j, &year)) && year % 10 == 0)
        {
          _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
          return k;
        }
      /* "the year 2024", "the year 2568 BE" */
      if (!plural && ((k = _cr_date_parse_era_year (s, j, &year)) || (_cr_date_parse_year (s, j, &year) && (k = j + 1))))
        {
          _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
          return k;
        }
      /* "year 247", "año 247" */
      if (!plural && (k = _cr_date_parse_small_year (s, j, m)))
        return k;
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
      return _cr_date_named (s, i) ? 0 : parse_month_led (s, i, ctx, m);
    case CR_DATE_WORD_SEASON:
      return _cr_date_named (s, i) ? 0 : parse_season_led (s, i, ctx, m);
    case CR_DATE_WORD_UNIT:
      return parse_unit_led (s, i, ctx, m);
    case CR_DATE_WORD_ORDINAL:
      {
        CrGranularity unit;
        guint j;
        int n;

        /* "the first two weeks of 2021", "los primeros diez días del año" */
        if (_cr_date_value (s, i) == 1 && (j = _cr_date_parse_amount (s, i + 1, &unit, &n)) &&
            (j = _cr_date_parse_span_of (s, j, n, unit, TRUE, m)))
          return j;
        if ((j = parse_ordinal_unit (s, i + 1, _cr_date_value (s, i), m)))
          return j;
        /* "primero de mayo", "the first of May", "twenty-fourth of May" */
        if ((j = _cr_date_parse_day_date (s, i, m)))
          return j;
        if ((j = _cr_date_parse_day_to_date (s, i, ctx, m)))
          return j;
        return _cr_date_parse_relative (s, i, ctx, m);
      }
    case CR_DATE_WORD_PLAIN:
      {
        /* "Q3 2024", "H1 2025" */
        const CrDateTok *n = _cr_date_tok (s, i + 1);
        int year;
        gboolean relative;
        guint k;

        if ((k = _cr_date_parse_now_range (s, i, ctx, m)) || (k = _cr_date_parse_year_in_words (s, i, ctx, m)) ||
            (k = _cr_date_parse_ides_or_cy (s, i, m)) || (k = _cr_date_parse_year_words_alone (s, i, m)))
          return k;
        /* "the nineties"; "EOY", "BOM": end of year, beginning of month */
        {
          static const char *decades[] = { "twenties", "thirties", "forties", "fifties", "sixties",
                                           "seventies", "eighties", "nineties" };
          static const struct { const char *word; CrGranularity g; CrDateMod mod; } ends[] = {
            { "eoy", CR_GRANULARITY_YEAR, CR_DATE_MOD_END }, { "boy", CR_GRANULARITY_YEAR, CR_DATE_MOD_START },
            { "eom", CR_GRANULARITY_MONTH, CR_DATE_MOD_END }, { "bom", CR_GRANULARITY_MONTH, CR_DATE_MOD_START },
          };

          gboolean after_the = i > 0 || (s->prev && (s->prev->flags & (CR_DATE_LEX_ARTICLE | CR_DATE_LEX_PREP)));

          for (guint d = 0; d < G_N_ELEMENTS (decades); d++)
            if (strcmp (t->word, decades[d]) == 0 && after_the)
              {
                _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, 1920 + 10 * d, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
                return i + 1;
              }
          /* "the noughties" */
          if (strcmp (t->word, "noughties") == 0 && after_the)
            {
              _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, 2000, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
              return i + 1;
            }
          /* Only in capitals: "boy" is a word. */
          for (guint d = 0; d < G_N_ELEMENTS (ends); d++)
            if (strcmp (t->word, ends[d].word) == 0 && t->upper &&
                g_ascii_isupper (s->text[t->start + 1]))
              {
                _cr_date_relative_unit (s, ends[d].g, 0, &m->a);
                m->mod = ends[d].mod;
                return i + 1;
              }
        }
        if (t->wlen != 1 || n->kind != CR_DATE_TOK_NUM || n->space_before || n->ndigits != 1 || _cr_date_glued (s, i))
          return 0;
        if (!(((t->word[0] == 'q' || (t->word[0] == 't' && s->lang == CR_LANGUAGE_ES)) && n->num >= 1 && n->num <= 4) ||
              (t->word[0] == 'h' && n->num >= 1 && n->num <= 2)) ||
            (t->word[0] == 't' && i == 0 && s->prev && strcmp (s->prev->word, "la") == 0))
          return 0;   /* "la T4 de Barajas" is a terminal, "el T4" a quarter */
        /* "q1" in lowercase only with its year or another: "q1 2019",
         * "q1-2019", "q1 of 2017", "q1 and q2" */
        k = i + 2;
        if (!t->upper && !_cr_date_parse_year (s, k + (_cr_date_punct (s, k, '-') ? 1 : 0), &year) &&
            !((_cr_date_is (s, k, "of") || _cr_date_is (s, k, "de")) && _cr_date_parse_year (s, k + 1, &year)) &&
            !_cr_date_quarter_pair (s, i))
          return 0;
        if (_cr_date_punct (s, k, '-') || _cr_date_punct (s, k, '/'))
          k++;
        if (_cr_date_punct (s, k, '\'') && _cr_date_num (s, k + 1) && _cr_date_tok (s, k + 1)->ndigits == 2)
          {
            year = 2000 + _cr_date_tok (s, k + 1)->num;
            k += 2;
          }
        else if ((k = _cr_date_parse_year_tail (s, k, &year, &relative)) == 0)
          {
            _cr_date_point_simple (&m->a, t->word[0] != 'h' ? CR_GRANULARITY_QUARTER : CR_GRANULARITY_HALF,
                                   0, n->num, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
            m->a.year_open = TRUE;
            return i + 2;
          }
        _cr_date_point_simple (&m->a, t->word[0] != 'h' ? CR_GRANULARITY_QUARTER : CR_GRANULARITY_HALF,
                               year, n->num, CR_TIMEX_ANCHOR_ABSOLUTE);
        return k;
      }
    case CR_DATE_WORD_NONE:
      return 0;
    case CR_DATE_WORD_NUMBER:
      {
        guint j;

        /* "the twenty-tens" */
        if ((j = _cr_date_parse_decade_words (s, i, m)))
          return j;
        return _cr_date_parse_relative (s, i, ctx, m);
      }
    case CR_DATE_WORD_WEEKEND:
    case CR_DATE_WORD_PART:
    case CR_DATE_WORD_WEEKDAY:
    case CR_DATE_WORD_DEICTIC:
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

void
_cr_date_complete (CrDateScan  *s,
                   CrDatePoint *p)
{
  if (p->year_open)
    _cr_date_complete_year (s, p);
}

/* "la primera semana de octubre, el viernes", "1st week of Oct. on
 * Friday", "la semana anterior - lunes": a day of the week just named */
static guint
week_then_weekday (CrDateScan  *s,
                   guint        j,
                   CrDateMatch *m)
{
  guint k = j;
  CrDay f, l;

  if (m->is_range || m->mod != CR_DATE_MOD_NONE || m->a.gran != CR_GRANULARITY_WEEK || m->a.weekend ||
      m->a.open || m->a.year_open)
    return j;
  if (_cr_date_punct (s, k, ',') || _cr_date_punct (s, k, '-'))
    k++;
  if (_cr_date_is (s, k, "el") || _cr_date_is (s, k, "on"))
    k++;
  if (k == j || _cr_date_kind (s, k) != CR_DATE_WORD_WEEKDAY || !_cr_date_point_bounds (&m->a, &f, &l))
    return j;
  _cr_date_point_from_day (&m->a, f + _cr_date_value (s, k) - 1, m->a.anchor);
  return k + 1;
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
      if (s->prev->flags & (CR_DATE_LEX_PREP | CR_DATE_LEX_FROM))
        ctx |= CR_DATE_CTX_PREP;
      if (s->prev->flags & CR_DATE_LEX_ARTICLE)
        ctx |= CR_DATE_CTX_ARTICLE;
      if (s->prev_from)
        ctx |= CR_DATE_CTX_FROM;

      if (s->prev->kind == CR_DATE_WORD_MOD)
        ctx |= CR_DATE_CTX_PREP;
      if (s->prev->kind == CR_DATE_WORD_MOD && s->prev->value == CR_DATE_MOD_APPROX)
        ctx |= CR_DATE_CTX_APPROX;
    }

  /* "en 2023, 2024 y 2025", "en febrero, marzo y julio" */
  if (s->prev_year_list)
    ctx |= CR_DATE_CTX_PREP;
  /* after a month, a number may count things: "Mayo, 2024 personas" */
  if (s->prev_year_list == 2)
    ctx |= CR_DATE_CTX_APPROX;

  memset (m, 0, sizeof *m);
  if (!(j = _cr_date_parse_at (s, 0, ctx, m)))
    return FALSE;
  j = week_then_weekday (s, j, m);
  j = _cr_date_extend_range (s, j, ctx, m);

  _cr_date_complete (s, &m->a);
  if (m->is_range)
    _cr_date_complete (s, &m->b);

  /* Remember how this text writes days ("3 September", "4 to 15
   * November", "the week of 20 October"), for its numeric dates. */
  for (guint k = 0; s->lang == CR_LANGUAGE_EN && !s->day_first && k + 1 < j; k++)
    s->day_first = _cr_date_num (s, k) && _cr_date_tok (s, k)->ndigits <= 2 && _cr_date_kind (s, k + 1) == CR_DATE_WORD_MONTH;

  m->ntok = j;
  return TRUE;
}
