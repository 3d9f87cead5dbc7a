/* cr-date-grammar-count.c: counted expressions, "hace tres días", "the
 * last two weeks", "2 years 1 month 21 days ago", "3 days from Tuesday"
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-date-grammar"

#include "config.h"

#include "cr-calendar.h"
#include "cr-date-private.h"

/* "N unit" at @i: a count and a unit; sets @unit, @n. */
guint
_cr_date_parse_amount (const CrDateScan *s,
                       guint             i,
                       CrGranularity    *unit,
                       int              *n)
{
  guint j;

  /* "a few days", "few months": three, as the other taggers count */
  if (_cr_date_is (s, i, "a") && (_cr_date_is (s, i + 1, "few") || _cr_date_is (s, i + 1, "couple")))
    i++;
  if (_cr_date_is (s, i, "few"))
    {
      *n = 3;
      j = i + 1;
    }
  else if (_cr_date_is (s, i, "couple"))
    {
      /* "a couple of days", "the next couple weeks" */
      *n = 2;
      j = i + 1 + (_cr_date_is (s, i + 1, "of") ? 1 : 0);
    }
  else if (!(j = _cr_date_parse_count (s, i, n)))
    return 0;
  if (*n <= 0 || *n > 1000)
    return 0;
  /* "a fortnight-long run", "a week-long visit": a length, not a date */
  if (_cr_date_punct (s, j + 1, '-') && !_cr_date_tok (s, j + 1)->space_before &&
      (_cr_date_is (s, j + 2, "long") || _cr_date_is (s, j + 2, "old")))
    return 0;
  /* "a fortnight": two weeks */
  if (_cr_date_is (s, j, "fortnight") || _cr_date_is (s, j, "fortnights"))
    {
      *unit = CR_GRANULARITY_WEEK;
      *n *= 2;
      return j + 1;
    }
  if (_cr_date_kind (s, j) != CR_DATE_WORD_UNIT)
    return 0;
  *unit = _cr_date_value (s, j);
  if (*unit == CR_GRANULARITY_SEASON)
    return 0;
  return j + 1;
}

/* "los próximos tres días", "the last two weeks": the days from the DCT
 * on, or up to it, as a range. */
void
_cr_date_count_range (const CrDateScan *s,
                      CrGranularity     unit,
                      int               n,
                      int               dir,
                      CrDateMatch      *m)
{
  if (s->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
      return;
    }
  if (unit == CR_GRANULARITY_QUARTER || unit == CR_GRANULARITY_DECADE || unit == CR_GRANULARITY_CENTURY)
    {
      /* Quarters, decades and centuries are counted whole: "the last two
       * quarters", "the next two decades" (the 2020s and 2030s) */
      _cr_date_relative_unit (s, unit, dir > 0 ? 1 : -n, &m->a);
      _cr_date_relative_unit (s, unit, dir > 0 ? n : -1, &m->b);
      m->is_range = TRUE;
      return;
    }
  if (dir > 0)
    {
      _cr_date_point_from_day (&m->a, s->dct + 1, CR_TIMEX_ANCHOR_RELATIVE);
      _cr_date_shift_dct (s, unit, n, &m->b);
    }
  else
    {
      _cr_date_shift_dct (s, unit, -n, &m->a);
      _cr_date_point_from_day (&m->b, s->dct - 1, CR_TIMEX_ANCHOR_RELATIVE);
    }
  m->is_range = TRUE;
}

/* Shifts by @n @unit from the day @base instead of the DCT. */
/* Is the window preceded, in the same sentence and within a few words, by
 * "primer(a)", "first" or "last" ("la primera visita en 24 años", "the
 * first time in a decade", "the last summit in five years")? */
static gboolean
follows_first_time (const CrDateScan *s)
{
  static const char * const words[] = { "primer", "primera", "primero", "first", "last", NULL };
  gsize end = s->tok[0].start;
  gsize start = end > 80 ? end - 80 : 0;
  char buf[96];
  gsize n = 0;

  /* Only this sentence: stop at the last full stop before the window. */
  for (gsize i = end; i > start; i--)
    if (s->text[i - 1] == '.' || s->text[i - 1] == '\n')
      {
        start = i;
        break;
      }
  for (gsize i = start; i < end && n < sizeof buf - 1; i++)
    buf[n++] = g_ascii_tolower (s->text[i]);
  buf[n] = '\0';

  for (guint w = 0; words[w]; w++)
    {
      const char *hit = buf;
      gsize wl = strlen (words[w]);

      while ((hit = strstr (hit, words[w])) != NULL)
        {
          gboolean starts = hit == buf || !g_ascii_isalpha (hit[-1]);
          gboolean ends = !g_ascii_isalpha (hit[wl]);

          if (starts && ends)
            return TRUE;
          hit += wl;
        }
    }
  return FALSE;
}

static void
shift_from (const CrDateScan *s,
            CrDay             base,
            CrGranularity     unit,
            int               n,
            CrDatePoint      *p)
{
  CrDateScan *tmp = g_new (CrDateScan, 1);

  memcpy (tmp, s, offsetof (CrDateScan, tok));
  tmp->dct = base;
  cr_day_to_ymd (base, &tmp->dct_year, &tmp->dct_month, &tmp->dct_mday);
  _cr_date_shift_dct (tmp, unit, n, p);
  g_free (tmp);
}

/* "5 years 1 month 12 days", "dos años, un mes y doce días": up to
 * four amounts at @i into @units and @ns; sets @k to how many and returns
 * the end, or 0 when there is none. */
guint
_cr_date_parse_amounts (const CrDateScan *s,
                        guint             i,
                        CrGranularity    *units,
                        int              *ns,
                        int              *k)
{
  guint j = i, e;

  *k = 0;
  while (*k < 4 && (e = _cr_date_parse_amount (s, j, &units[*k], &ns[*k])))
    {
      (*k)++;
      j = e;
      if ((_cr_date_is (s, j, "and") || _cr_date_is (s, j, "y") || _cr_date_punct (s, j, ',')) &&
          _cr_date_tok (s, j + 1)->kind != CR_DATE_TOK_END)
        {
          CrGranularity u;
          int n;

          if (_cr_date_parse_amount (s, j + 1, &u, &n))
            j++;
        }
    }
  return *k ? j : 0;
}

/* The day @k amounts reach from @base, one after the other, forward
 * (@dir 1) or back (-1); CR_DAY_UNKNOWN when @base is. */
CrDay
_cr_date_apply_amounts (const CrDateScan    *s,
                        CrDay                base,
                        const CrGranularity *units,
                        const int           *ns,
                        int                  k,
                        int                  dir)
{
  for (int u = 0; u < k && base != CR_DAY_UNKNOWN; u++)
    {
      CrDatePoint p;
      CrDay f, l;

      shift_from (s, base, units[u], dir * ns[u], &p);
      base = _cr_date_point_bounds (&p, &f, &l) ? f : CR_DAY_UNKNOWN;
    }
  return base;
}

/* "2 years 1 month 21 days ago", "two weeks and two days later", "hace
 * un año y tres meses": several amounts, applied one after the other. */
guint
_cr_date_parse_compound (CrDateScan  *s,
                         guint        i,
                         gboolean     hace,
                         CrDateMatch *m)
{
  CrGranularity units[4];
  int ns[4], k, dir, from = 0;
  guint j;
  CrDay base;

  if (!(j = _cr_date_parse_amounts (s, i, units, ns, &k)))
    return 0;
  if (k < 2)
    return 0;
  if (hace)
    dir = -1;
  else if (_cr_date_kind (s, j) == CR_DATE_WORD_AGO)
    {
      dir = -1;
      j++;
    }
  else if (_cr_date_is (s, j, "later") || _cr_date_is (s, j, "despues"))
    {
      dir = 1;
      j++;
    }
  else if (_cr_date_kind (s, j) == CR_DATE_WORD_MOD &&
           (_cr_date_value (s, j) == CR_DATE_MOD_BEFORE || _cr_date_value (s, j) == CR_DATE_MOD_AFTER) &&
           _cr_date_kind (s, j + 1 + (_cr_date_is (s, j + 1, "de") ? 1 : 0)) == CR_DATE_WORD_DEICTIC)
    {
      /* "2 semanas y 2 días antes de hoy", "two weeks and a day after
       * tomorrow" */
      dir = _cr_date_value (s, j) == CR_DATE_MOD_BEFORE ? -1 : 1;
      j += 1 + (_cr_date_is (s, j + 1, "de") ? 1 : 0);
      from = _cr_date_value (s, j);
      j++;
    }
  else
    return 0;
  if (s->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
      return j;
    }
  base = _cr_date_apply_amounts (s, s->dct + from, units, ns, k, dir);
  if (base == CR_DAY_UNKNOWN)
    return 0;
  _cr_date_point_from_day (&m->a, base, CR_TIMEX_ANCHOR_RELATIVE);
  return j;
}

/* Moves the day @p to the weekday @wd of its week, Sunday to Saturday. */
static void
week_day_of (const CrDateScan *s,
             int               wd,
             CrDatePoint      *p)
{
  CrDay f, l;

  if (p->open || !_cr_date_point_bounds (p, &f, &l))
    {
      _cr_date_point_open (p, CR_GRANULARITY_DAY);
      p->weekday = wd;
      return;
    }
  _cr_date_point_from_day (p, f - cr_day_get_weekday (f) % 7 + wd % 7, CR_TIMEX_ANCHOR_RELATIVE);
  (void) s;
}

/* What follows "N unit": "ago", "later", "from now", "después de ayer",
 * "after next Friday", "a partir de hoy". */
guint
_cr_date_parse_amount_tail (CrDateScan   *s,
                            guint         j,
                            guint         ctx,
                            CrGranularity unit,
                            int           n,
                            CrDateMatch  *m)
{
  int mod, dir;
  guint k;

  if (_cr_date_kind (s, j) == CR_DATE_WORD_AGO)
    {
      _cr_date_shift_dct (s, unit, -n, &m->a);
      return j + 1;
    }
  /* "4 weeks in the future": the days from the DCT on */
  if (_cr_date_is (s, j, "in") && _cr_date_is (s, j + 1, "the") && _cr_date_is (s, j + 2, "future") &&
      s->lang == CR_LANGUAGE_EN)
    {
      _cr_date_count_range (s, unit, n, 1, m);
      return j + 3;
    }
  if (_cr_date_is (s, j, "later") || _cr_date_is (s, j, "hence") ||
      (_cr_date_is (s, j, "mas") && _cr_date_is (s, j + 1, "tarde")) ||
      (_cr_date_is (s, j, "despues") && !_cr_date_is (s, j + 1, "de") && !_cr_date_is (s, j + 1, "del")))
    {
      _cr_date_shift_dct (s, unit, n, &m->a);
      return j + (_cr_date_is (s, j, "mas") ? 2 : 1);
    }
  /* "from now", "from today", "a partir de hoy" */
  k = 0;
  if (_cr_date_is (s, j, "from"))
    k = j + 1;
  else if (_cr_date_is (s, j, "a") && _cr_date_is (s, j + 1, "partir") && _cr_date_is (s, j + 2, "de"))
    k = j + 3;
  if (k && (_cr_date_is (s, k, "now") || _cr_date_is (s, k, "ahora")))
    {
      _cr_date_shift_dct (s, unit, n, &m->a);
      return k + 1;
    }
  if (k && _cr_date_kind (s, k) != CR_DATE_WORD_DEICTIC && s->lang == CR_LANGUAGE_EN)
    {
      /* "2 weeks from January 15", "3 days from Tuesday" */
      CrDateMatch base;
      CrDay f, l;
      guint e;

      memset (&base, 0, sizeof base);
      if ((e = _cr_date_parse_at (s, k, CR_DATE_CTX_INNER, &base)) && !base.is_range &&
          base.a.gran == CR_GRANULARITY_DAY && base.mod == CR_DATE_MOD_NONE)
        {
          _cr_date_complete (s, &base.a);
          /* "3 days from Tuesday": counted forward, from the coming one */
          if (e == k + 1 && _cr_date_kind (s, k) == CR_DATE_WORD_WEEKDAY && s->dct != CR_DAY_UNKNOWN)
            _cr_date_point_from_day (&base.a, s->dct + (_cr_date_value (s, k) - cr_day_get_weekday (s->dct) + 7) % 7,
                                     CR_TIMEX_ANCHOR_RELATIVE);
          if (!_cr_date_point_bounds (&base.a, &f, &l))
            _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
          else
            shift_from (s, f, unit, n, &m->a);
          return e;
        }
    }
  if (k && _cr_date_kind (s, k) == CR_DATE_WORD_DEICTIC)
    {
      if (s->dct == CR_DAY_UNKNOWN)
        _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
      else
        shift_from (s, s->dct + _cr_date_value (s, k), unit, n, &m->a);
      return k + 1;
    }

  /* "N days after yesterday", "dos días antes de ayer" */
  mod = _cr_date_kind (s, j) == CR_DATE_WORD_MOD ? _cr_date_value (s, j) : 0;
  if (mod == CR_DATE_MOD_AFTER || mod == CR_DATE_MOD_BEFORE)
    {
      CrDateMatch base;
      CrDay f, l;
      guint e;

      k = j + 1;
      if (_cr_date_is (s, k, "de") || _cr_date_is (s, k, "del"))
        k++;
      memset (&base, 0, sizeof base);
      if ((e = _cr_date_parse_at (s, k, CR_DATE_CTX_INNER, &base)) && !base.is_range &&
          base.a.gran == CR_GRANULARITY_DAY)
        {
          _cr_date_complete (s, &base.a);
          if (!_cr_date_point_bounds (&base.a, &f, &l))
            _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
          else
            shift_from (s, f, unit, mod == CR_DATE_MOD_AFTER ? n : -n, &m->a);
          return e;
        }
    }

  /* "3 días siguientes", "10 semanas anteriores", "2 próximos meses" */
  dir = _cr_date_kind (s, j) == CR_DATE_WORD_PAST ? -1 : _cr_date_kind (s, j) == CR_DATE_WORD_NEXT ? 1 : 0;
  if (dir != 0 && s->lang == CR_LANGUAGE_ES)
    {
      _cr_date_count_range (s, unit, n, dir, m);
      return j + 1;
    }
  /* "las tres semanas que vienen" */
  if (s->lang == CR_LANGUAGE_ES && _cr_date_is (s, j, "que") &&
      (_cr_date_is (s, j + 1, "vienen") || _cr_date_is (s, j + 1, "viene")))
    {
      _cr_date_count_range (s, unit, n, 1, m);
      return j + 2;
    }

  /* "in two months", "en dos semanas" — but "the first visit in 24
   * years", "por primera vez en diez años" count a duration. */
  if (s->prev && !(ctx & CR_DATE_CTX_INNER) &&
      (strcmp (s->prev->word, "in") == 0 || strcmp (s->prev->word, "en") == 0) &&
      unit != CR_GRANULARITY_DECADE && unit != CR_GRANULARITY_CENTURY &&
      !follows_first_time (s))
    {
      /* "in two years since 2011": counted from the start of that date */
      if (_cr_date_is (s, j, "since") || _cr_date_is (s, j, "desde"))
        {
          CrDateMatch base;
          CrDay f, l;
          guint e;

          k = j + 1 + (_cr_date_is (s, j + 1, "the") || _cr_date_is (s, j + 1, "el") ? 1 : 0);
          memset (&base, 0, sizeof base);
          if ((e = _cr_date_parse_at (s, k, CR_DATE_CTX_INNER, &base)) && !base.is_range &&
              base.mod == CR_DATE_MOD_NONE)
            {
              _cr_date_complete (s, &base.a);
              if (!_cr_date_point_bounds (&base.a, &f, &l))
                _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
              else
                shift_from (s, f, unit, n, &m->a);
              return e;
            }
        }
      _cr_date_shift_dct (s, unit, n, &m->a);
      /* "in 3 days on Friday": that weekday of the week it falls in */
      if (_cr_date_is (s, j, "on") && _cr_date_kind (s, j + 1) == CR_DATE_WORD_WEEKDAY &&
          !(_cr_date_tok (s, j + 1)->lex->flags & CR_DATE_LEX_ABBR))
        {
          week_day_of (s, _cr_date_value (s, j + 1), &m->a);
          return j + 2;
        }
      return j;
    }
  return 0;
}

/* "Monday two weeks from now", "Sunday, 3 weeks after January 15th": a
 * full weekday @wd before a counted day at @j is that weekday of the week
 * (Sunday to Saturday) the day falls in. */
guint
_cr_date_parse_weekday_offset (CrDateScan  *s,
                               int          wd,
                               guint        j,
                               CrDateMatch *m)
{
  CrGranularity unit;
  CrDateMatch d;
  int n;
  guint e;

  if (_cr_date_punct (s, j, ','))
    j++;
  if (!(e = _cr_date_parse_amount (s, j, &unit, &n)))
    return 0;
  memset (&d, 0, sizeof d);
  if (!(e = _cr_date_parse_amount_tail (s, e, CR_DATE_CTX_INNER, unit, n, &d)) || d.is_range ||
      d.a.gran != CR_GRANULARITY_DAY || d.mod != CR_DATE_MOD_NONE)
    return 0;
  *m = d;
  week_day_of (s, wd, &m->a);
  return e;
}

static CrDay
business_step (CrDay day,
               int   n)
{
  int dir = n > 0 ? 1 : -1;

  for (int left = ABS (n); left > 0;)
    {
      day += dir;
      if (cr_day_get_weekday (day) <= 5)
        left--;
    }
  return day;
}

/* "business days", "working days", "días hábiles", "días laborables" at
 * @i: the index after them, or 0 */
static guint
business_days_at (const CrDateScan *s,
                  guint             i)
{
  if ((_cr_date_is (s, i, "business") || _cr_date_is (s, i, "working")) &&
      (_cr_date_is (s, i + 1, "days") || _cr_date_is (s, i + 1, "day")))
    return i + 2;
  if ((_cr_date_is (s, i, "dias") || _cr_date_is (s, i, "dia")) &&
      (_cr_date_is (s, i + 1, "habiles") || _cr_date_is (s, i + 1, "habil") ||
       _cr_date_is (s, i + 1, "laborables") || _cr_date_is (s, i + 1, "laborable")))
    return i + 2;
  return 0;
}

/* "the next 4 business days", "los 3 días hábiles anteriores" (@dir 1 or
 * -1: the span after or before the DCT) and "in four business days" (@dir
 * 0: the day) at the count @i. */
guint
_cr_date_parse_business_days (CrDateScan  *s,
                              guint        i,
                              int          dir,
                              CrDateMatch *m)
{
  int n;
  guint e;

  /* a count in one token: this runs at every number of the text */
  if (!(e = business_days_at (s, i + 1)) || _cr_date_parse_count (s, i, &n) != i + 1 || n <= 0 || n > 100)
    return 0;
  if (dir == 0)
    {
      int d = _cr_date_direction_of (s, e);

      /* "los 3 días hábiles siguientes" */
      if (s->lang == CR_LANGUAGE_ES && (d == 1 || d == -1))
        {
          dir = d;
          e++;
        }
      else if (!(s->prev && (strcmp (s->prev->word, "in") == 0 || strcmp (s->prev->word, "en") == 0)))
        return 0;
    }
  if (s->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
      return e;
    }
  if (dir == 0)
    {
      _cr_date_point_from_day (&m->a, business_step (s->dct, n), CR_TIMEX_ANCHOR_RELATIVE);
      return e;
    }
  _cr_date_point_from_day (&m->a, business_step (s->dct, dir > 0 ? 1 : -n), CR_TIMEX_ANCHOR_RELATIVE);
  _cr_date_point_from_day (&m->b, business_step (s->dct, dir > 0 ? n : -1), CR_TIMEX_ANCHOR_RELATIVE);
  m->is_range = TRUE;
  return e;
}

/* "last weekday", "next weekday": the working day before or after the
 * DCT; never "the last weekday of the month" */
guint
_cr_date_parse_next_weekday (CrDateScan  *s,
                             guint        i,
                             int          dir,
                             CrDateMatch *m)
{
  if ((dir != 1 && dir != -1) || s->lang != CR_LANGUAGE_EN || !_cr_date_is (s, i, "weekday") ||
      _cr_date_is (s, i + 1, "of") || _cr_date_is (s, i + 1, "in") || _cr_date_kind (s, i + 1) == CR_DATE_WORD_MOD ||
      /* "the next weekday edition" */
      (_cr_date_tok (s, i + 1)->kind == CR_DATE_TOK_WORD && _cr_date_tok (s, i + 1)->lex == NULL &&
       !_cr_date_clause_word (s, i + 1)))
    return 0;
  if (s->dct == CR_DAY_UNKNOWN)
    _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
  else
    _cr_date_point_from_day (&m->a, business_step (s->dct, dir), CR_TIMEX_ANCHOR_RELATIVE);
  return i + 1;
}

/* "within two weeks", "dentro de los próximos 9 meses", "within the next
 * 5 years 1 month 12 days": from the DCT up to the day before the end;
 * "within 3 days after tomorrow" from that day on. "dentro de dos
 * semanas", "dentro de tres semanas a partir de mañana" are the day they
 * name. */
guint
_cr_date_parse_within (CrDateScan  *s,
                       guint        i,
                       guint        ctx,
                       CrDateMatch *m)
{
  CrGranularity units[4];
  int ns[4], k, from = 0;
  guint j = i + 1, e = 0, amount;
  gboolean next = FALSE;
  CrDay end;

  /* "less than 2 weeks from today": only with the day it counts from */
  if (_cr_date_is (s, i, "less"))
    {
      if (!_cr_date_is (s, j, "than"))
        return 0;
      j++;
    }
  else if (_cr_date_is (s, j, "de") || _cr_date_is (s, j, "the"))
    j++;
  if (_cr_date_is (s, j, "los") || _cr_date_is (s, j, "las"))
    j++;
  /* "the next", "los próximos": an amount must follow all the same */
  if (_cr_date_kind (s, j) == CR_DATE_WORD_NEXT)
    {
      j++;
      next = TRUE;
    }
  amount = j;
  if (!(j = _cr_date_parse_amounts (s, amount, units, ns, &k)))
    return 0;
  /* "within 2 weeks from today", "within 3 days after tomorrow": the
   * window opens on that day */
  if (s->lang == CR_LANGUAGE_EN && (_cr_date_is (s, j, "from") || _cr_date_is (s, j, "after")) &&
      (_cr_date_is (s, j + 1, "now") || _cr_date_is (s, j + 1, "today") || _cr_date_is (s, j + 1, "tomorrow")))
    {
      from = _cr_date_is (s, j + 1, "tomorrow") ? 1 : 0;
      e = j + 2;
    }
  else if (_cr_date_is (s, i, "less"))
    return 0;
  else if (k == 1 && (e = _cr_date_parse_amount_tail (s, j, ctx | CR_DATE_CTX_INNER, units[0], ns[0], m)))
    return e;
  if (s->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
      return e ? e : j;
    }
  end = _cr_date_apply_amounts (s, s->dct, units, ns, k, 1);
  if (end == CR_DAY_UNKNOWN)
    return 0;
  /* "dentro de dos semanas habrá elecciones": in two weeks, the day;
   * "dentro de los próximos tres meses" is the span */
  if (s->lang == CR_LANGUAGE_ES && !next)
    {
      _cr_date_point_from_day (&m->a, end, CR_TIMEX_ANCHOR_RELATIVE);
      return j;
    }
  _cr_date_point_from_day (&m->a, s->dct + from, CR_TIMEX_ANCHOR_RELATIVE);
  _cr_date_point_from_day (&m->b, end - 1 + from, CR_TIMEX_ANCHOR_RELATIVE);
  m->is_range = TRUE;
  return e ? e : j;
}

/* "the last 3 months and 2 weeks and 2 days", "los próximos dos años y
 * seis meses": several amounts after a direction word at @i, the days up
 * to the DCT (@dir -1) or from it (1). Single amounts are left to
 * _cr_date_count_range (). */
guint
_cr_date_parse_count_span (CrDateScan  *s,
                           guint        i,
                           int          dir,
                           CrDateMatch *m)
{
  CrGranularity units[4];
  int ns[4], k;
  guint e;
  CrDay end;

  if (!(e = _cr_date_parse_amounts (s, i, units, ns, &k)) || k < 2)
    return 0;
  /* "the last 3 months and 2 days ago they...": the later amounts count
   * something else */
  if (_cr_date_kind (s, e) == CR_DATE_WORD_AGO || _cr_date_kind (s, e) == CR_DATE_WORD_MOD ||
      _cr_date_is (s, e, "later") || _cr_date_is (s, e, "despues"))
    return 0;
  if (s->dct == CR_DAY_UNKNOWN)
    {
      _cr_date_point_open (&m->a, CR_GRANULARITY_DAY);
      return e;
    }
  if ((end = _cr_date_apply_amounts (s, s->dct, units, ns, k, dir)) == CR_DAY_UNKNOWN)
    return 0;
  _cr_date_point_from_day (&m->a, dir > 0 ? s->dct + 1 : end, CR_TIMEX_ANCHOR_RELATIVE);
  _cr_date_point_from_day (&m->b, dir > 0 ? end : s->dct - 1, CR_TIMEX_ANCHOR_RELATIVE);
  m->is_range = TRUE;
  return e;
}
