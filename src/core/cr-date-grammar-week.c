/* cr-date-grammar-week.c: weekdays, weeks and their place in a month
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "el lunes", "miércoles 3 de septiembre", "Tuesday of next week",
 * "martes 6", "la primera semana de octubre", "the last Sunday of March",
 * "the second Sunday"; and a season alone after "the whole".
 */

#define G_LOG_DOMAIN "cr-date-grammar"

#include "config.h"

#include "cr-calendar.h"
#include "cr-date-private.h"

gboolean
_cr_date_word_before_is (const CrDateScan   *s,
                         gsize               pos,
                         const char * const *words)
{
  gsize e = pos, b;

  while (e > 0 && s->text[e - 1] == ' ')
    e--;
  b = e;
  while (b > 0 && e - b < 12 && g_ascii_isalpha (s->text[b - 1]))
    b--;
  if (b == e || (b > 0 && (g_ascii_isalnum (s->text[b - 1]) || (guchar) s->text[b - 1] >= 0x80)))
    return FALSE;
  for (guint k = 0; words[k]; k++)
    if (strlen (words[k]) == e - b && g_ascii_strncasecmp (s->text + b, words[k], e - b) == 0)
      return TRUE;
  return FALSE;
}

gboolean
_cr_date_whole_season (const CrDateScan *s,
                       guint             i)
{
  static const char * const whole[] = { "whole", "entire", "all", NULL };
  const CrDateTok *n = _cr_date_tok (s, i + 1);

  return s->lang == CR_LANGUAGE_EN && _cr_date_word_before_is (s, _cr_date_tok (s, i)->start, whole) &&
         !(n->kind == CR_DATE_TOK_WORD && n->lex == NULL && !_cr_date_is (s, i + 1, "long")) &&
         n->kind != CR_DATE_TOK_NUM;
}

static gboolean
tok_is_one_of (const CrDateScan   *s,
               guint               k,
               const char * const *words)
{
  const CrDateTok *t = _cr_date_tok (s, k);

  if (t->kind != CR_DATE_TOK_WORD)
    return FALSE;
  for (guint n = 0; words[n]; n++)
    if (strlen (words[n]) == t->wlen && memcmp (t->word, words[n], t->wlen) == 0)
      return TRUE;
  return FALSE;
}

/* "the second Saturday", "el primer domingo": without a month, the one
 * of the DCT's month. Never a count or a rank ("every second Saturday",
 * "her first Sunday in office", "he finished second Sunday", "the third
 * Sunday running"), nor before what places it elsewhere ("the first
 * Sunday after Easter", "the second Monday this year"). */
static guint
parse_nth_weekday_alone (CrDateScan  *s,
                         guint        i,
                         int          n,
                         CrDateMatch *m)
{
  static const char * const before[] = {
    "every", "each", "other", "his", "her", "their", "its", "our", "my", "your",
    "finished", "finishing", "finishes", "finish", "came", "comes", "placed", "ranked", "ended",
    "was", "were", "is", "are", "be", "been", "cada", "su", "sus", "mi", "quedo", NULL
  };
  static const char * const after[] = {
    "running", "straight", "consecutive", "after", "before", "since", "following", "until", "till",
    "consecutivo", "seguido", "despues", "antes", "tras", "desde", "hasta", NULL
  };
  const CrDateTok *next = _cr_date_tok (s, i + 1);
  CrDatePoint month;

  if (n < 1 || n > 5 || i == 0 || s->dct == CR_DAY_UNKNOWN ||
      _cr_date_word_before_is (s, _cr_date_tok (s, i - 1)->start, before))
    return 0;
  /* nor before a noun it qualifies: "the first Friday prayers" */
  if (next->kind == CR_DATE_TOK_NUM || tok_is_one_of (s, i + 1, after) ||
      (next->kind == CR_DATE_TOK_WORD && (!next->lex || next->lex->kind != CR_DATE_WORD_PLAIN)))
    return 0;
  _cr_date_relative_unit (s, CR_GRANULARITY_MONTH, 0, &month);
  if (!_cr_date_nth_in (&month, n, _cr_date_value (s, i), &m->a))
    return 0;
  return i + 1;
}

/* The @n-th (or -1: last) week or weekday of a month or year: "la primera
 * semana de octubre", "the last Sunday of March 2014", "the third last
 * week of 2018". */
guint
_cr_date_parse_nth_in (CrDateScan  *s,
                       guint        i,
                       int          n,
                       CrDateMatch *m)
{
  int weekday;
  guint j, e;
  CrDateMatch c;

  /* "the second last week of October": counted from the end */
  if (n > 1 && _cr_date_is (s, i, "last") &&
      (_cr_date_kind (s, i + 1) == CR_DATE_WORD_WEEKDAY || _cr_date_kind (s, i + 1) == CR_DATE_WORD_UNIT))
    {
      n = -n;
      i++;
    }
  j = i + 1;
  if (_cr_date_kind (s, i) == CR_DATE_WORD_WEEKDAY)
    weekday = _cr_date_value (s, i);
  else if (_cr_date_kind (s, i) == CR_DATE_WORD_UNIT && _cr_date_value (s, i) == CR_GRANULARITY_WEEK)
    weekday = 0;
  else if (_cr_date_kind (s, i) == CR_DATE_WORD_UNIT && _cr_date_value (s, i) == CR_GRANULARITY_DAY)
    weekday = 8;   /* "the last day of October": any day */
  else if (_cr_date_kind (s, i) == CR_DATE_WORD_UNIT && _cr_date_value (s, i) == CR_GRANULARITY_MONTH)
    weekday = 9;   /* "the third month of 2021" */
  else
    return 0;
  /* "los primeros días de mayo" are not its first day */
  if (weekday != 9 && _cr_date_kind (s, i) == CR_DATE_WORD_UNIT &&
      _cr_date_tok (s, i)->word[_cr_date_tok (s, i)->wlen - 1] == 's')
    return 0;
  if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "del") || _cr_date_is (s, j, "of") ||
      _cr_date_is (s, j, "in"))
    j++;
  else if (!((_cr_date_kind (s, j) == CR_DATE_WORD_NEXT || _cr_date_kind (s, j) == CR_DATE_WORD_PAST ||
              _cr_date_kind (s, j) == CR_DATE_WORD_THIS) &&
             _cr_date_kind (s, j + 1) == CR_DATE_WORD_UNIT &&
             (_cr_date_value (s, j + 1) == CR_GRANULARITY_YEAR || _cr_date_value (s, j + 1) == CR_GRANULARITY_MONTH)))
    return weekday >= 1 && weekday <= 7 ? parse_nth_weekday_alone (s, i, n, m) : 0;
  /* ... or "the third week next year": the period right after */
  if (_cr_date_is (s, j, "the") || _cr_date_is (s, j, "el"))
    j++;
  memset (&c, 0, sizeof c);
  if (!(e = _cr_date_parse_at (s, j, CR_DATE_CTX_INNER, &c)) || c.is_range)
    {
      int year;

      /* "the third week of two thousand and twenty seven" */
      memset (&c, 0, sizeof c);
      if ((e = _cr_date_parse_year_words (s, j, &year)))
        _cr_date_point_simple (&c.a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
      else
        {
          /* "of the month", "del mes": the current one */
          if (_cr_date_kind (s, j) != CR_DATE_WORD_UNIT ||
              (_cr_date_value (s, j) != CR_GRANULARITY_MONTH && _cr_date_value (s, j) != CR_GRANULARITY_YEAR))
            return 0;
          _cr_date_relative_unit (s, _cr_date_value (s, j), 0, &c.a);
          e = j + 1;
        }
    }
  _cr_date_complete (s, &c.a);
  if (c.a.open || c.a.year_open)
    {
      _cr_date_point_open (&m->a, weekday == 9 ? CR_GRANULARITY_MONTH : weekday ? CR_GRANULARITY_DAY : CR_GRANULARITY_WEEK);
      return e;
    }
  if (!_cr_date_nth_in (&c.a, n, weekday, &m->a))
    return 0;
  return e;
}

guint
_cr_date_parse_short_day_month (const CrDateScan *s,
                                guint             k,
                                CrDatePoint      *p)
{
  const CrDateTok *a = _cr_date_tok (s, k);
  const CrDateTok *sep = _cr_date_tok (s, k + 1);
  const CrDateTok *b = _cr_date_tok (s, k + 2);
  int mo, dd;

  if (!(a->kind == CR_DATE_TOK_NUM && a->ndigits <= 2 && sep->kind == CR_DATE_TOK_PUNCT &&
        (sep->ch == '/' || sep->ch == '.' || sep->ch == '-') && !sep->space_before &&
        b->kind == CR_DATE_TOK_NUM && b->ndigits <= 2 && !b->space_before &&
        !(_cr_date_tok (s, k + 3)->kind == CR_DATE_TOK_PUNCT && !_cr_date_tok (s, k + 3)->space_before &&
          _cr_date_num (s, k + 4))))
    return 0;
  mo = s->lang == CR_LANGUAGE_EN && !s->day_first ? a->num : b->num;
  dd = s->lang == CR_LANGUAGE_EN && !s->day_first ? b->num : a->num;
  if (!cr_calendar_is_valid_date (2000, mo, dd))
    return 0;
  _cr_date_point_day (p, 0, mo, dd, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
  p->year_open = TRUE;
  return k + 3;
}

/* A day written without its year but with its weekday: the year near the
 * DCT where that day falls on that weekday, else the usual nearest one. */
static void
pick_year_by_weekday (const CrDateScan *s,
                      CrDatePoint      *p,
                      int               weekday)
{
  int best = 0;
  CrDay best_dist = G_MAXINT32;

  if (s->dct == CR_DAY_UNKNOWN)
    return;
  for (int y = s->dct_year - 1; y <= s->dct_year + 1; y++)
    {
      CrDay d;

      if (!cr_calendar_is_valid_date (y, p->part, p->mday))
        continue;
      d = cr_day_from_ymd (y, p->part, p->mday);
      if (cr_day_get_weekday (d) == weekday && ABS (d - s->dct) < best_dist)
        {
          best = y;
          best_dist = ABS (d - s->dct);
        }
    }
  if (best != 0)
    {
      p->year = best;
      p->year_open = FALSE;
    }
}

/* Does the number before token @e tell an hour ("9am", "10 a.m.", "2.30",
 * "21.00", "15 horas")? */
static gboolean
hour_at (const CrDateScan *s,
         guint             e)
{
  const CrDateTok *n = _cr_date_tok (s, e + 1);

  if (_cr_date_is (s, e, "am") || _cr_date_is (s, e, "pm") || _cr_date_is (s, e, "h") || _cr_date_is (s, e, "hrs") ||
      _cr_date_is (s, e, "horas") || _cr_date_is (s, e, "hs"))
    return TRUE;
  if ((_cr_date_is (s, e, "a") || _cr_date_is (s, e, "p")) && _cr_date_punct (s, e + 1, '.') &&
      _cr_date_is (s, e + 2, "m"))
    return TRUE;
  return (_cr_date_punct (s, e, '.') || _cr_date_punct (s, e, ':')) && !_cr_date_tok (s, e)->space_before &&
         n->kind == CR_DATE_TOK_NUM && n->ndigits == 2 && !n->space_before;
}

/* Is the weekday at @i, followed by @j, counted from an event the text
 * names ("el lunes anterior a las elecciones", "the Monday before the
 * vote")? */
static gboolean
relative_to_event (const CrDateScan *s,
                   guint             i,
                   guint             j)
{
  if (s->lang == CR_LANGUAGE_ES)
    return (_cr_date_is (s, j, "anterior") || _cr_date_is (s, j, "posterior") || _cr_date_is (s, j, "previo") ||
            _cr_date_is (s, j, "siguiente")) &&
           (_cr_date_is (s, j + 1, "a") || _cr_date_is (s, j + 1, "al"));
  return i == 0 && s->prev != NULL && strcmp (s->prev->word, "the") == 0 &&
         (_cr_date_is (s, j, "before") || _cr_date_is (s, j, "after")) &&
         (_cr_date_is (s, j + 1, "the") || _cr_date_is (s, j + 1, "a") || _cr_date_is (s, j + 1, "his") ||
          _cr_date_is (s, j + 1, "her") || _cr_date_is (s, j + 1, "their"));
}

/* Is the weekday at @i part of the name of a day ("Black Friday", "Super
 * Tuesday", "Viernes Santo", "Domingo de Ramos")? */
static gboolean
named_day (const CrDateScan *s,
           guint             i)
{
  static const char * const before[] = {
    "black", "cyber", "super", "good", "ash", "bloody", "holy", "maundy", "palm", "easter", "shrove", "giving",
    "manic", NULL,
  };
  static const char * const after_de[] = {
    "ramos", "pascua", "ceniza", "resurreccion", "gloria", "carnaval", "dolores", NULL,
  };

  static const char * const papers[] = { "times", "telegraph", "express", "mirror", "herald", "sport", NULL };

  /* ... or of a paper or a show: "the Sunday Times", "Saturday Night
   * Live" */
  if (s->lang == CR_LANGUAGE_EN && _cr_date_tok (s, i)->upper && _cr_date_tok (s, i + 1)->upper)
    {
      if (_cr_date_is (s, i + 1, "night") && _cr_date_tok (s, i + 2)->upper &&
          _cr_date_tok (s, i + 2)->kind == CR_DATE_TOK_WORD)
        return TRUE;
      for (guint k = 0; papers[k] != NULL; k++)
        if (_cr_date_is (s, i + 1, papers[k]))
          return TRUE;
    }
  if (s->lang == CR_LANGUAGE_EN)
    return _cr_date_tok (s, i)->upper && i == 0 && s->prev == NULL && s->prev_is_letter &&
           _cr_date_word_before_is (s, _cr_date_tok (s, i)->start, before);
  if (_cr_date_is (s, i + 1, "santo") || _cr_date_is (s, i + 1, "santa") || _cr_date_is (s, i + 1, "negro"))
    return TRUE;
  if (_cr_date_is (s, i + 1, "de") && _cr_date_tok (s, i)->upper)
    for (guint k = 0; after_de[k] != NULL; k++)
      if (_cr_date_is (s, i + 2, after_de[k]))
        return TRUE;
  return FALSE;
}

guint
_cr_date_parse_weekday_led (CrDateScan  *s,
                            guint        i,
                            guint        ctx,
                            CrDateMatch *m)
{
  static const char * const every_es[] = { "los", "cada", "ese", "aquel", NULL };
  static const char * const every_en[] = { "every", "each", "that", NULL };
  const CrDateTok *t = _cr_date_tok (s, i);
  int wd = t->lex->value;
  guint j = i + 1, k;
  int dir;

  if ((t->lex->flags & CR_DATE_LEX_ABBR) && _cr_date_punct (s, j, '.'))
    j++;
  if (named_day (s, i) || relative_to_event (s, i, j))
    return 0;

  /* "miércoles 3 de septiembre", "Wednesday, September 3, 2025" */
  k = j;
  if (_cr_date_punct (s, k, ','))
    k++;
  if (_cr_date_flag (s, k, CR_DATE_LEX_ARTICLE) && !_cr_date_flag (s, k, CR_DATE_LEX_WEAK))
    k++;
  /* "el martes, el día once" */
  if (_cr_date_is (s, k, "dia") && k > j)
    k++;
  {
    CrDateMatch d;
    guint e;

    memset (&d, 0, sizeof d);
    if ((e = _cr_date_parse_day_date (s, k, &d)))
      {
        /* "Fri, Jul 18": the weekday tells the year */
        if (d.a.year_open && !d.is_range && d.a.gran == CR_GRANULARITY_DAY)
          pick_year_by_weekday (s, &d.a, wd);
        *m = d;
        return e;
      }
  }

  /* "Monday two weeks from now", "Sunday 3 weeks after January 15th" */
  {
    guint e;

    if (!(t->lex->flags & CR_DATE_LEX_ABBR) && (e = _cr_date_parse_weekday_offset (s, wd, j, m)))
      return e;
  }

  /* "Tuesday 11/3/2015", "lunes 8/2/2016" */
  {
    CrDateMatch d;
    guint e;

    memset (&d, 0, sizeof d);
    if (_cr_date_num (s, k) && (e = _cr_date_parse_numeric (s, k, &d)) && d.a.gran == CR_GRANULARITY_DAY)
      {
        *m = d;
        return e;
      }
  }
  /* "Friday 7/6", "viernes 7/6": day and month, the weekday tells the year */
  {
    guint e;

    if ((e = _cr_date_parse_short_day_month (s, k, &m->a)))
      {
        pick_year_by_weekday (s, &m->a, wd);
        return e;
      }
  }
  /* "martes 6", "Tuesday 19th", "Friday the fifteenth": the nearest month
   * where that day is that weekday */
  {
    int mday;
    guint e;

    /* a day in words right after the weekday only closing the clause:
     * "el martes once.", never "el martes once personas" */
    if ((e = _cr_date_parse_day_num (s, k, &mday)) &&
        (_cr_date_num (s, k) || k > j + (_cr_date_punct (s, j, ',') ? 1 : 0) ||
         _cr_date_tok (s, e)->kind == CR_DATE_TOK_END ||
         (_cr_date_tok (s, e)->kind == CR_DATE_TOK_PUNCT && _cr_date_tok (s, e)->ch != '-')) &&
        !_cr_date_punct (s, e, ':') && !_cr_date_num (s, e) && s->dct != CR_DAY_UNKNOWN &&
        /* "Monday to Friday, 9am to 5pm", "Sunday 2.30", "el sábado 15
         * horas": an hour */
        !hour_at (s, e) &&
        /* "Saturday 3 days from now": a count */
        _cr_date_kind (s, e) != CR_DATE_WORD_UNIT &&
        /* "Friday, the first of eight nights", "Tuesday, the second
         * coldest day": a rank */
        !((!_cr_date_num (s, k) || _cr_date_flag (s, k - 1, CR_DATE_LEX_ARTICLE)) &&
          (_cr_date_is (s, e, "of") || _cr_date_is (s, e, "de") || _cr_date_is (s, e, "del") ||
           (_cr_date_tok (s, e)->kind == CR_DATE_TOK_WORD && _cr_date_tok (s, e)->lex == NULL &&
            !_cr_date_clause_word (s, e)))))
      {
        CrDay best = CR_DAY_UNKNOWN;
        int base = s->dct_year * 12 + s->dct_month - 1;

        /* the nearest month, before or after, where that day falls on
         * that weekday; the earlier one on a tie. The first match on each
         * side is the nearest on that side. */
        for (int step = -1; step <= 1; step += 2)
          for (int idx = base + (step > 0 ? 1 : 0); ABS (idx - base) <= 18; idx += step)
            {
              int y = idx / 12, mo = idx % 12 + 1;
              CrDay d;

              if (!cr_calendar_is_valid_date (y, mo, mday))
                continue;
              d = cr_day_from_ymd (y, mo, mday);
              if (cr_day_get_weekday (d) != wd)
                continue;
              if (best == CR_DAY_UNKNOWN || ABS (d - s->dct) < ABS (best - s->dct))
                best = d;
              break;
            }
        if (best != CR_DAY_UNKNOWN)
          {
            _cr_date_point_from_day (&m->a, best, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
            return e;
          }
      }
  }

  if (t->lex->flags & CR_DATE_LEX_ABBR)
    {
      /* A short weekday alone ("on Thu", "fri", "lun.", "mié."): only
       * those that are no other word, or any with its period except "sat."
       * and "sun." ("he sat."); "mar." may be March or the sea. */
      static const char * const alone[] = { "thu", "thur", "thurs", "fri", "tue", "tues" };
      static const char * const dotted[] = { "mon", "wed", "lun", "mie", "jue", "vie" };
      gboolean ok = FALSE;

      for (guint n = 0; n < G_N_ELEMENTS (alone) && !ok; n++)
        ok = s->lang == CR_LANGUAGE_EN && _cr_date_is (s, i, alone[n]);
      for (guint n = 0; n < G_N_ELEMENTS (dotted) && !ok && j > i + 1; n++)
        ok = _cr_date_is (s, i, dotted[n]);
      if (!ok || _cr_date_num (s, j) || _cr_date_kind (s, j) == CR_DATE_WORD_MONTH)
        return 0;
      _cr_date_relative_weekday (s, wd, 0, &m->a);
      return j;
    }

  /* "el lunes de la próxima semana", "Tuesday of next week",
   * "wednesday next week" */
  {
    guint e, l = j;
    CrDateMatch w;

    if (_cr_date_is (s, l, "de") || _cr_date_is (s, l, "of"))
      l++;
    else if (_cr_date_punct (s, l, ',') && _cr_date_kind (s, l + 1) != CR_DATE_WORD_THIS)
      l++;   /* "Tuesday, next week" */
    if (_cr_date_is (s, l, "la") || _cr_date_is (s, l, "esta") || _cr_date_is (s, l, "the"))
      l += _cr_date_is (s, l, "esta") ? 0 : 1;
    memset (&w, 0, sizeof w);
    if ((_cr_date_kind (s, l) == CR_DATE_WORD_PAST || _cr_date_kind (s, l) == CR_DATE_WORD_NEXT ||
         _cr_date_kind (s, l) == CR_DATE_WORD_THIS ||
         (_cr_date_kind (s, l) == CR_DATE_WORD_UNIT && _cr_date_value (s, l) == CR_GRANULARITY_WEEK)) &&
        (e = _cr_date_parse_relative (s, l, CR_DATE_CTX_INNER, &w)) &&
        w.a.gran == CR_GRANULARITY_WEEK && !w.is_range && !w.a.weekend)
      {
        if (w.a.open)
          {
            _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
            m->a.weekday = wd;
          }
        else
          _cr_date_point_from_day (&m->a, cr_day_from_iso_week (w.a.year, w.a.part) + wd - 1,
                                   CR_TIMEX_ANCHOR_RELATIVE);
        return e;
      }
  }

  /* "Friday after next": the second one after the DCT */
  if ((k = _cr_date_after_next (s, j)))
    {
      if (s->dct == CR_DAY_UNKNOWN)
        {
          _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
          m->a.weekday = wd;
        }
      else
        {
          int ahead = (wd - cr_day_get_weekday (s->dct) + 7) % 7;

          _cr_date_point_from_day (&m->a, s->dct + (ahead == 0 ? 7 : ahead) + 7, CR_TIMEX_ANCHOR_RELATIVE);
        }
      return k;
    }
  /* "el lunes pasado", "el lunes que viene" */
  dir = _cr_date_direction_of (s, j);
  if ((dir == -1 || dir == 1) && !_cr_date_flag (s, j, CR_DATE_LEX_WEAK))
    {
      /* "el lunes anterior": of the week before */
      if (_cr_date_is (s, j, "anterior"))
        dir = -2;
      _cr_date_relative_weekday (s, wd, dir, &m->a);
      return j + 1;
    }
  if ((k = _cr_date_que_viene (s, j)))
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
  /* "los lunes", "cada martes", "every Friday": every one, no day of its
   * own; "ese martes", "that Monday": one the story tells, not the DCT's */
  if (i == 0 && s->prev_is_letter &&
      _cr_date_word_before_is (s, t->start, s->lang == CR_LANGUAGE_ES ? every_es : every_en))
    {
      _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
      m->a.weekday = wd;
      return j;
    }
  /* The news reading: the most recent one, on or before the DCT. */
  _cr_date_relative_weekday (s, wd, 0, &m->a);
  return j;
}
