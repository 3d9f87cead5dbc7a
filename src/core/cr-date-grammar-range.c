/* cr-date-grammar-range.c: a second date after the first makes a range
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "de junio a agosto de 2024", "entre 2014 y 2016", "from June to August",
 * "between January 2019 and now", "from 2007 to the end of 2008": the ends
 * may differ in grain and lend each other their year.
 */

#define G_LOG_DOMAIN "cr-date-grammar"

#include "config.h"

#include "cr-calendar.h"
#include "cr-date-private.h"

/* Two numbers of one or two digits joined by a tight "-" or "/" at @k:
 * "10-1", "5/7" */
static gboolean
tight_pair (const CrDateScan *s,
            guint             k,
            char             *sep,
            int              *x,
            int              *y)
{
  const CrDateTok *a = _cr_date_tok (s, k);
  const CrDateTok *p = _cr_date_tok (s, k + 1);
  const CrDateTok *b = _cr_date_tok (s, k + 2);

  if (a->kind != CR_DATE_TOK_NUM || a->ndigits > 2 || a->ordinal || p->kind != CR_DATE_TOK_PUNCT ||
      (p->ch != '-' && p->ch != '/') || p->space_before || b->kind != CR_DATE_TOK_NUM ||
      b->ndigits > 2 || b->ordinal || b->space_before)
    return FALSE;
  *sep = p->ch;
  *x = a->num;
  *y = b->num;
  return TRUE;
}

/* A four-digit year after the tight @sep at @k, or after a comma when
 * @comma; the index after it. */
static guint
year_after (const CrDateScan *s,
            guint             k,
            char              sep,
            gboolean          comma,
            int              *year)
{
  const CrDateTok *p = _cr_date_tok (s, k);
  const CrDateTok *y = _cr_date_tok (s, k + 1);

  if (p->kind != CR_DATE_TOK_PUNCT || p->space_before ||
      !((p->ch == sep && !y->space_before) || (comma && p->ch == ',')) ||
      y->kind != CR_DATE_TOK_NUM || y->ndigits != 4 || y->ordinal || y->num < 1000 || y->num > 2999)
    return 0;
  *year = y->num;
  return k + 2;
}

/* "from 10-1-2018-10-7-2018", "de 1-10-2018-7-10-2018", "from 5/1-5/7,
 * 2020": two numeric dates joined by a dash after "from", "de",
 * "between"; the end always has its year, the start may borrow it. */
guint
_cr_date_parse_numeric_range (CrDateScan  *s,
                              guint        i,
                              guint        ctx,
                              CrDateMatch *m)
{
  char s1, s2;
  int a1, a2, b1, b2, y1 = 0, y2 = 0, m1, d1, m2, d2;
  guint k = i + 3, e;
  gboolean month_first;
  const CrDateTok *t;

  if (!(ctx & CR_DATE_CTX_FROM) || !tight_pair (s, i, &s1, &a1, &a2))
    return 0;
  if ((e = year_after (s, k, s1, FALSE, &y1)))
    k = e;
  else if (s1 == '-')
    return 0;   /* "10-1-10-7" is no date */
  if (!_cr_date_tight_punct (s, k, '-') || !tight_pair (s, k + 1, &s2, &b1, &b2) || s2 != s1 ||
      !(e = year_after (s, k + 4, s2, TRUE, &y2)))
    return 0;
  /* part of a longer number: "1-2-2018-3-4-2018-5" */
  t = _cr_date_tok (s, e);
  if ((t->kind == CR_DATE_TOK_PUNCT && !t->space_before && t->ch != ',' && t->ch != '.' && _cr_date_num (s, e + 1)) ||
      (t->kind == CR_DATE_TOK_NUM && !t->space_before))
    return 0;

  /* Month first in US English, day first otherwise; a number above 12
   * settles it. */
  month_first = s->lang == CR_LANGUAGE_EN && !s->day_first;
  if (a1 > 12 || b1 > 12)
    month_first = FALSE;
  else if (a2 > 12 || b2 > 12)
    month_first = TRUE;
  m1 = month_first ? a1 : a2;
  d1 = month_first ? a2 : a1;
  m2 = month_first ? b1 : b2;
  d2 = month_first ? b2 : b1;
  if (y1 == 0)
    y1 = m1 > m2 || (m1 == m2 && d1 > d2) ? y2 - 1 : y2;
  if (!cr_calendar_is_valid_date (y1, m1, d1) || !cr_calendar_is_valid_date (y2, m2, d2) ||
      cr_day_from_ymd (y1, m1, d1) > cr_day_from_ymd (y2, m2, d2))
    return 0;
  _cr_date_point_day (&m->a, y1, m1, d1, CR_TIMEX_ANCHOR_ABSOLUTE);
  _cr_date_point_day (&m->b, y2, m2, d2, CR_TIMEX_ANCHOR_ABSOLUTE);
  m->is_range = TRUE;
  return e;
}

/* "November between 19 and 20", "Feb between 2-7 2018", "noviembre entre
 * el 3 y el 5": days of the month at @i, with the year optionally after;
 * never a count ("June between 10 and 20 percent"). */
guint
_cr_date_parse_month_between (CrDateScan  *s,
                              guint        i,
                              CrDateMatch *m)
{
  guint j = i + 1, k, e;
  int month, d1, d2, year = 0;
  gboolean relative = FALSE;
  const CrDateTok *t;

  if (_cr_date_punct (s, j, '.'))
    j++;
  /* "may", "mar" in lowercase are a verb and the sea */
  if (!(_cr_date_is (s, j, "between") || _cr_date_is (s, j, "entre")) ||
      _cr_date_parse_month (s, i, TRUE, &month) == 0 ||
      (!_cr_date_tok (s, i)->upper && (_cr_date_tok (s, i)->lex->flags & (CR_DATE_LEX_WEAK | CR_DATE_LEX_ABBR))))
    return 0;
  k = j + 1;
  if (_cr_date_is (s, k, "the") || _cr_date_is (s, k, "el"))
    k++;
  if (!(k = _cr_date_parse_day_num (s, k, &d1)))
    return 0;
  if (!(_cr_date_is (s, k, "and") || _cr_date_is (s, k, "y") || _cr_date_tight_punct (s, k, '-')))
    return 0;
  k++;
  if (_cr_date_is (s, k, "the") || _cr_date_is (s, k, "el"))
    k++;
  if (!(e = _cr_date_parse_day_num (s, k, &d2)) || d2 <= d1)
    return 0;
  if ((k = _cr_date_parse_year_tail (s, e, &year, &relative)))
    e = k;
  else
    year = 0;
  t = _cr_date_tok (s, e);
  if (!(t->kind == CR_DATE_TOK_END || (t->kind == CR_DATE_TOK_PUNCT && t->ch != '%' && t->ch != '-' && t->ch != '/') ||
        (t->kind == CR_DATE_TOK_WORD && t->lex != NULL && t->lex->kind == CR_DATE_WORD_PLAIN)))
    return 0;
  if (!cr_calendar_is_valid_date (year ? year : 2000, month, d2))
    return 0;
  _cr_date_point_day (&m->a, year, month, d1, relative ? CR_TIMEX_ANCHOR_RELATIVE : CR_TIMEX_ANCHOR_ABSOLUTE);
  if (year == 0)
    {
      /* the month the news reading gives a bare one */
      CrDatePoint mo;

      _cr_date_point_simple (&mo, CR_GRANULARITY_MONTH, 0, month, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
      mo.year_open = TRUE;
      _cr_date_complete (s, &mo);
      m->a.year = mo.year;
      m->a.year_open = mo.year_open;
      m->a.anchor = CR_TIMEX_ANCHOR_UNDERSPECIFIED;
    }
  m->b = m->a;
  m->b.mday = d2;
  m->is_range = TRUE;
  return e;
}

/* "between" or "entre" before the window, maybe with an article: only
 * they make "and", "y" a range link ("from 2015 and 2016" are two years) */
static gboolean
between_before (const CrDateScan *s)
{
  const CrDateLexEntry *w = s->prev && (s->prev->flags & CR_DATE_LEX_ARTICLE) && s->prev2 ? s->prev2 : s->prev;

  return w && (strcmp (w->word, "between") == 0 || strcmp (w->word, "entre") == 0);
}

/* "w/c Feb 4", "W/C 4 February": the week commencing that day, written
 * right before the window */
static gboolean
week_commencing_before (const CrDateScan *s)
{
  gsize e = _cr_date_tok (s, 0)->start;

  while (e > 0 && s->text[e - 1] == ' ')
    e--;
  return e >= 3 && e < _cr_date_tok (s, 0)->start && g_ascii_tolower (s->text[e - 3]) == 'w' &&
         s->text[e - 2] == '/' && g_ascii_tolower (s->text[e - 1]) == 'c' &&
         (e == 3 || !g_ascii_isalnum (s->text[e - 4]));
}

/* "de junio a agosto de 2024", "entre 2014 y 2016", "from June to August" */
/* "en enero y febrero de 2024", "in Q1 and Q2 2023": a month or a
 * quarter without its year takes the one of the next items of its list,
 * read up to three items on. */
static void
take_year_of_list (CrDateScan  *s,
                   guint        j,
                   CrDateMatch *m)
{
  CrDateMatch b;
  guint k = j, e;

  if (!m->a.year_open || m->a.open || m->is_range || m->mod != CR_DATE_MOD_NONE ||
      (m->a.gran != CR_GRANULARITY_MONTH && m->a.gran != CR_GRANULARITY_QUARTER))
    return;
  for (guint n = 0; n < 3; n++)
    {
      if (!(_cr_date_punct (s, k, ',') || _cr_date_is (s, k, "y") || _cr_date_is (s, k, "and")))
        return;
      k++;
      if (_cr_date_is (s, k, "el") || _cr_date_is (s, k, "the"))
        k++;
      memset (&b, 0, sizeof b);
      if (_cr_date_tok (s, k)->kind != CR_DATE_TOK_WORD ||
          !(e = _cr_date_parse_at (s, k, CR_DATE_CTX_INNER, &b)) || b.is_range || b.mod != CR_DATE_MOD_NONE ||
          b.a.gran != m->a.gran || b.a.open)
        return;
      if (!b.a.year_open)
        {
          if (b.a.anchor != CR_TIMEX_ANCHOR_ABSOLUTE)
            return;
          m->a.year = m->a.part <= b.a.part ? b.a.year : b.a.year - 1;
          m->a.year_open = FALSE;
          m->a.anchor = CR_TIMEX_ANCHOR_ABSOLUTE;
          return;
        }
      k = e;
    }
}

/* "May 5 and 6, 2023", "on May 5 and 6 in Geneva": the two days, as
 * Spanish writes "el 3 y el 4 de marzo"; "May 5 and 6 people" counts. */
static guint
day_list (CrDateScan  *s,
          guint        j,
          CrDateMatch *m)
{
  const CrDateTok *n;
  int mday, year;
  guint e, ye;

  if (s->lang != CR_LANGUAGE_EN || m->a.gran != CR_GRANULARITY_DAY || m->a.open || m->is_range ||
      m->mod != CR_DATE_MOD_NONE || j == 0 || !_cr_date_num (s, j - 1) || !_cr_date_is (s, j, "and") ||
      !_cr_date_num (s, j + 1) || !(e = _cr_date_parse_day_num (s, j + 1, &mday)) || mday != m->a.mday + 1)
    return j;
  n = _cr_date_tok (s, e);
  if (_cr_date_num (s, e) || (n->kind == CR_DATE_TOK_WORD && (n->lex == NULL || n->lex->kind == CR_DATE_WORD_UNIT ||
                                                              n->lex->kind == CR_DATE_WORD_MONTH)))
    return j;
  year = m->a.year_open ? 2000 : m->a.year;
  if (m->a.year_open && _cr_date_punct (s, e, ',') && (ye = _cr_date_parse_year (s, e + 1, &year)))
    {
      if (!cr_calendar_is_valid_date (year, m->a.part, mday))
        return j;
      m->a.year = year;
      m->a.year_open = FALSE;
      m->a.anchor = CR_TIMEX_ANCHOR_ABSOLUTE;
      e = ye;
    }
  else if (!cr_calendar_is_valid_date (year, m->a.part, mday))
    return j;
  m->b = m->a;
  m->b.mday = mday;
  m->is_range = TRUE;
  return e;
}

guint
_cr_date_extend_range (CrDateScan  *s,
                       guint        j,
                       guint        ctx,
                       CrDateMatch *m)
{
  CrDateMatch b;
  guint k = j, e, at;
  gboolean link, plain;

  if (m->is_range)
    return j;
  if (m->a.gran == CR_GRANULARITY_DAY && !m->a.open && m->mod == CR_DATE_MOD_NONE && week_commencing_before (s))
    {
      CrDatePoint d = m->a;
      CrDay f, l;
      int iy, iw;

      _cr_date_complete (s, &d);
      if (_cr_date_point_bounds (&d, &f, &l))
        {
          cr_day_get_iso_week (f, &iy, &iw);
          _cr_date_point_simple (&m->a, CR_GRANULARITY_WEEK, iy, iw, d.anchor);
        }
      return j;
    }
  /* "next week between Wednesday and Friday": days of that week */
  if (m->a.gran == CR_GRANULARITY_WEEK && !m->a.weekend && !m->a.open && m->mod == CR_DATE_MOD_NONE &&
      (_cr_date_is (s, j, "between") || _cr_date_is (s, j, "entre")))
    {
      guint l = j + 1;
      int w1, w2;
      CrDay monday;

      if (_cr_date_is (s, l, "el"))
        l++;
      if (_cr_date_kind (s, l) != CR_DATE_WORD_WEEKDAY || _cr_date_flag (s, l, CR_DATE_LEX_ABBR))
        return j;
      w1 = _cr_date_value (s, l++);
      if (!(_cr_date_is (s, l, "and") || _cr_date_is (s, l, "y")))
        return j;
      l++;
      if (_cr_date_is (s, l, "el"))
        l++;
      if (_cr_date_kind (s, l) != CR_DATE_WORD_WEEKDAY || _cr_date_flag (s, l, CR_DATE_LEX_ABBR) ||
          (w2 = _cr_date_value (s, l)) <= w1)
        return j;
      monday = cr_day_from_iso_week (m->a.year, m->a.part);
      _cr_date_point_from_day (&m->b, monday + w2 - 1, m->a.anchor);
      _cr_date_point_from_day (&m->a, monday + w1 - 1, m->a.anchor);
      m->is_range = TRUE;
      return l + 1;
    }
  /* "from Friday evening to Sunday": the part of the day changes no day */
  if (m->a.gran == CR_GRANULARITY_DAY && s->lang == CR_LANGUAGE_EN &&
      (_cr_date_is (s, k, "morning") || _cr_date_is (s, k, "afternoon") || _cr_date_is (s, k, "evening") ||
       _cr_date_is (s, k, "night")) &&
      (_cr_date_is (s, k + 1, "to") || _cr_date_is (s, k + 1, "until") || _cr_date_is (s, k + 1, "through")))
    k++;
  link = _cr_date_punct (s, k, '-') || _cr_date_punct (s, k, '~') ||
         (_cr_date_flag (s, k, CR_DATE_LEX_TO) && !_cr_date_is (s, k, "y") && !_cr_date_is (s, k, "and")) ||
         ((ctx & CR_DATE_CTX_FROM) && (_cr_date_is (s, k, "y") || _cr_date_is (s, k, "and")) && between_before (s));
  if (!link)
    {
      take_year_of_list (s, j, m);
      return day_list (s, j, m);
    }
  at = k;
  /* "Friday-Jun-15": a weekday joined to its date, not a range */
  if (_cr_date_punct (s, k, '-') && k > 0 && !_cr_date_tok (s, k)->space_before &&
      !_cr_date_tok (s, k + 1)->space_before && _cr_date_kind (s, k - 1) == CR_DATE_WORD_WEEKDAY &&
      _cr_date_kind (s, k + 1) == CR_DATE_WORD_MONTH)
    return j;
  k++;
  /* "el lunes 8 a las 19.30", "hasta las 21": "las" before a figure
   * tells an hour */
  if (s->lang == CR_LANGUAGE_ES && (_cr_date_is (s, k, "las") || _cr_date_is (s, k, "la")) && _cr_date_num (s, k + 1))
    return j;
  if (_cr_date_flag (s, k, CR_DATE_LEX_ARTICLE) && !_cr_date_flag (s, k, CR_DATE_LEX_WEAK))
    k++;
  /* "hasta Mi, 22 de Ene": a weekday in two letters before the end's
   * date, which only a range link vouches for */
  if (_cr_date_tok (s, k)->kind == CR_DATE_TOK_WORD && _cr_date_tok (s, k)->wlen == 2 &&
      _cr_date_tok (s, k)->upper && _cr_date_punct (s, k + 1, ',') && _cr_date_num (s, k + 2))
    {
      static const char * const two_es[] = { "lu", "ma", "mi", "ju", "vi", "sa", "do" };
      static const char * const two_en[] = { "mo", "tu", "we", "th", "fr", "sa", "su" };
      const char * const *two = s->lang == CR_LANGUAGE_ES ? two_es : two_en;

      for (guint n = 0; n < 7; n++)
        if (_cr_date_is (s, k, two[n]))
          {
            k += 2;
            break;
          }
    }
  memset (&b, 0, sizeof b);
  plain = m->mod == CR_DATE_MOD_NONE || m->mod == CR_DATE_MOD_ON_OR_AFTER;
  if (_cr_date_now_at (s, k) && !m->a.open && plain)
    {
      /* "between January 2019 and now", "entre el 22 de enero y ahora" */
      _cr_date_point_from_day (&b.a, s->dct, CR_TIMEX_ANCHOR_RELATIVE);
      e = k + 1;
    }
  else if ((e = _cr_date_to_date (s, at, k)) && !m->a.open && plain)
    {
      /* "from March to date", "desde 2010 hasta la fecha": the days
       * before the publication */
      _cr_date_point_from_day (&b.a, s->dct - 1, CR_TIMEX_ANCHOR_RELATIVE);
    }
  else if (m->a.gran == CR_GRANULARITY_DAY && !m->a.open && m->mod == CR_DATE_MOD_NONE && at == j && j >= 2 &&
           _cr_date_tight_punct (s, j, '-') && _cr_date_num (s, j - 1) && _cr_date_punct (s, j - 2, '/') &&
           _cr_date_punct (s, k + 1, '/') && (e = _cr_date_parse_short_day_month (s, k, &b.a)))
    {
      /* "28/2-1/3": a short day and month after another, tightly; the
       * end is written in the start's order */
      int x = _cr_date_tok (s, k)->num, y = _cr_date_tok (s, k + 2)->num;

      if (j >= 3 && m->a.mday == _cr_date_tok (s, j - 3)->num && m->a.mday != m->a.part && b.a.mday == y &&
          b.a.mday != b.a.part)
        {
          if (!cr_calendar_is_valid_date (2000, y, x))
            return j;
          b.a.part = y;
          b.a.mday = x;
        }
    }
  else if (!(e = _cr_date_parse_at (s, k, CR_DATE_CTX_INNER, &b)) || b.is_range)
    {
      int mday, year;

      /* "from two thousand until two thousand and fourteen" */
      if (m->a.gran == CR_GRANULARITY_YEAR && !m->a.open && plain &&
          (e = _cr_date_parse_year_words (s, k, &year)) && year > m->a.year)
        {
          _cr_date_point_simple (&m->b, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
          m->is_range = TRUE;
          if (m->mod == CR_DATE_MOD_ON_OR_AFTER)
            m->mod = CR_DATE_MOD_NONE;
          return e;
        }
      /* "April 9 until the 17th": a day of the same month */
      if (m->a.gran != CR_GRANULARITY_DAY || m->a.open || m->mod != CR_DATE_MOD_NONE ||
          !(_cr_date_num (s, k) || _cr_date_kind (s, k) == CR_DATE_WORD_ORDINAL) ||
          !(e = _cr_date_parse_day_num (s, k, &mday)) || mday <= m->a.mday ||
          _cr_date_kind (s, e) == CR_DATE_WORD_MONTH || _cr_date_kind (s, e) == CR_DATE_WORD_UNIT ||
          _cr_date_punct (s, e, '/') || _cr_date_punct (s, e, ':') || _cr_date_punct (s, e, '%') ||
          /* "from today to 5 pm", "de hoy a las 5 h" are hours */
          _cr_date_is (s, e, "pm") || _cr_date_is (s, e, "am") || _cr_date_is (s, e, "p") ||
          _cr_date_is (s, e, "a") || _cr_date_is (s, e, "h") || _cr_date_is (s, e, "o"))
        return j;
      memset (&b, 0, sizeof b);
      b.a = m->a;
      b.a.mday = mday;
      if (!m->a.year_open && !cr_calendar_is_valid_date (b.a.year, b.a.part, mday))
        return j;
    }
  if (b.mod == CR_DATE_MOD_START || b.mod == CR_DATE_MOD_MID || b.mod == CR_DATE_MOD_END ||
      m->mod == CR_DATE_MOD_START || m->mod == CR_DATE_MOD_MID || m->mod == CR_DATE_MOD_END)
    {
      /* "from 2007 to the end of 2008": the ends become the days they
       * cover; "the middle" of a period is its middle day ("from the
       * middle of 2007": July 2) */
      CrDay f, l;

      /* "de mediados de marzo a finales de mayo de 2024": the start
       * takes the end's year first */
      if (m->a.year_open && !b.a.year_open && !b.a.open && m->a.gran == b.a.gran)
        {
          m->a.year = m->a.part > b.a.part ? b.a.year - 1 : b.a.year;
          m->a.year_open = FALSE;
          m->a.anchor = b.a.anchor;
        }
      _cr_date_complete (s, &m->a);
      _cr_date_complete (s, &b.a);
      if (b.mod != CR_DATE_MOD_NONE)
        {
          if (b.a.open || b.a.year_open || !_cr_date_point_narrowed (s, &b.a, b.mod, &f, &l))
            return j;
          if (b.mod == CR_DATE_MOD_MID && _cr_date_point_bounds (&b.a, &f, &l))
            l = f + (l - f + 1) / 2;
          _cr_date_point_from_day (&b.a, l, b.a.anchor);
          b.mod = CR_DATE_MOD_NONE;
        }
      if (m->mod == CR_DATE_MOD_START || m->mod == CR_DATE_MOD_MID || m->mod == CR_DATE_MOD_END)
        {
          if (m->a.open || m->a.year_open || !_cr_date_point_narrowed (s, &m->a, m->mod, &f, &l))
            return j;
          if (m->mod == CR_DATE_MOD_MID && _cr_date_point_bounds (&m->a, &f, &l))
            f = f + (l - f + 1) / 2;
          _cr_date_point_from_day (&m->a, f, m->a.anchor);
          m->mod = CR_DATE_MOD_NONE;
        }
    }
  if (b.mod != CR_DATE_MOD_NONE)
    return j;
  /* "de 2014 hasta mayo de 2018": the ends may differ in grain, not in
   * order */
  if (b.a.gran != m->a.gran)
    {
      CrDay bd;

      /* "in the 30s until Friday": no decade runs to a day but today */
      if (m->a.gran >= CR_GRANULARITY_DECADE && b.a.gran == CR_GRANULARITY_DAY &&
          !(_cr_date_point_bounds (&b.a, &bd, &bd) && bd == s->dct))
        return j;
      CrDay af, al, bf, bl;
      CrDatePoint a = m->a, bb = b.a;

      /* "de noviembre a 5 de febrero de 2017": the start takes the end's
       * year, or the one before */
      if (a.year_open && !bb.year_open && !bb.open && a.gran == CR_GRANULARITY_MONTH &&
          bb.gran == CR_GRANULARITY_DAY)
        {
          a.year = a.part > bb.part ? bb.year - 1 : bb.year;
          a.year_open = FALSE;
        }
      _cr_date_complete (s, &a);
      _cr_date_complete (s, &bb);
      /* A day may start a range to a month only after "from" or
       * "between" ("from Feb 1st to March 2019"), and a written year
       * must end it. */
      if (!_cr_date_point_bounds (&a, &af, &al) || !_cr_date_point_bounds (&bb, &bf, &bl) || bf < af ||
          (a.gran == CR_GRANULARITY_DAY &&
           (!(ctx & (CR_DATE_CTX_FROM | CR_DATE_CTX_PREP)) || bb.gran != CR_GRANULARITY_MONTH ||
            bb.anchor != CR_TIMEX_ANCHOR_ABSOLUTE || m->a.open)) ||
          (m->mod != CR_DATE_MOD_NONE && m->mod != CR_DATE_MOD_ON_OR_AFTER))
        return j;
    }
  if (m->a.year_open && !b.a.year_open && !b.a.open)
    {
      m->a.year = b.a.year;
      m->a.year_open = FALSE;
      m->a.anchor = b.a.anchor;
      if (m->a.part > b.a.part || (m->a.part == b.a.part && m->a.mday > b.a.mday))
        m->a.year--;
    }
  else if (m->a.year_open && b.a.year_open)
    {
      /* "de noviembre a marzo": the end follows the start */
      _cr_date_complete (s, &m->a);
      if (!m->a.year_open)
        {
          b.a.year = m->a.year;
          b.a.year_open = FALSE;
          if (b.a.part < m->a.part || (b.a.part == m->a.part && b.a.mday < m->a.mday))
            b.a.year++;
        }
    }
  else if (!m->a.year_open && !m->a.open && b.a.year_open && b.a.anchor == CR_TIMEX_ANCHOR_UNDERSPECIFIED)
    {
      /* "10 August 2013 - 12 September": the start's year carries over */
      b.a.year = m->a.year;
      b.a.year_open = FALSE;
      if (b.a.part < m->a.part || (b.a.part == m->a.part && b.a.mday < m->a.mday))
        b.a.year++;
    }
  /* "Monday to Friday", "de viernes a lunes": the end follows the start */
  if (b.a.gran == CR_GRANULARITY_DAY && m->a.gran == CR_GRANULARITY_DAY &&
      b.a.anchor == CR_TIMEX_ANCHOR_RELATIVE && !b.a.open && !m->a.open && !m->a.year_open)
    {
      CrDay af, al, bf, bl;

      if (_cr_date_point_bounds (&m->a, &af, &al) && _cr_date_point_bounds (&b.a, &bf, &bl) &&
          bf < af && af - bf < 14 &&
          (_cr_date_kind (s, k) == CR_DATE_WORD_WEEKDAY || _cr_date_kind (s, k + 1) == CR_DATE_WORD_WEEKDAY))
        {
          while (bf < af)
            bf += 7;
          _cr_date_point_from_day (&b.a, bf, CR_TIMEX_ANCHOR_RELATIVE);
        }
    }
  m->b = b.a;
  m->is_range = TRUE;
  if (m->mod == CR_DATE_MOD_ON_OR_AFTER)
    m->mod = CR_DATE_MOD_NONE;
  return e;
}
