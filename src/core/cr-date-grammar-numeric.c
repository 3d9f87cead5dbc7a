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

/* Does the word just before token @i read as one of @words? */
static gboolean
word_before_is (const CrDateScan  *s,
                guint              i,
                const char *const *words)
{
  gsize e = _cr_date_tok (s, i)->start, b;

  while (e > 0 && s->text[e - 1] == ' ')
    e--;
  b = e;
  while (b > 0 && g_ascii_isalpha (s->text[b - 1]))
    b--;
  for (guint k = 0; words[k] != NULL; k++)
    if (strlen (words[k]) == e - b && g_ascii_strncasecmp (s->text + b, words[k], e - b) == 0)
      return TRUE;
  return FALSE;
}

/* Token @k ends the phrase: the end, or punctuation that is not part of
 * a number ("4.22%", "4.22.1") */
static gboolean
closes_phrase (const CrDateScan *s,
               guint             k)
{
  const CrDateTok *t = _cr_date_tok (s, k);

  if (t->kind == CR_DATE_TOK_END)
    return TRUE;
  if (t->kind != CR_DATE_TOK_PUNCT || !strchr (".,;:!?)", t->ch))
    return FALSE;
  return !(_cr_date_num (s, k + 1) && !_cr_date_tok (s, k + 1)->space_before);
}

/* Is token @i the first after "on" or "el", the words that make a short
 * number a day ("on 4.22", "el 4/7")? */
static gboolean
after_on (const CrDateScan *s,
          guint             i)
{
  return i == 0 && s->prev != NULL &&
         (strcmp (s->prev->word, s->lang == CR_LANGUAGE_EN ? "on" : "el") == 0);
}

/* The day and month of "4/22", "22/4", "5.12": a value above 12 settles
 * the order, otherwise the language and how the text writes days. */
static void
order_day_month (const CrDateScan *s,
                 int               x,
                 int               y,
                 int              *mo,
                 int              *d)
{
  if (x > 12 || (y <= 12 && (s->lang != CR_LANGUAGE_EN || s->day_first)))
    {
      *d = x;
      *mo = y;
    }
  else
    {
      *mo = x;
      *d = y;
    }
}

/* "11.2016", "2015.3": a month and a year joined by a point, ending the
 * phrase; never a rate or a level ("rose to 1.2016", "closed at 2015.3")
 * nor a decimal before its unit ("3.2015 million"). "on 4.22", "el
 * 4.22": a month and day after the words that announce a day. */
static guint
parse_dotted (CrDateScan  *s,
              guint        i,
              CrDateMatch *m)
{
  static const char *const levels[] = {
    "to", "at", "from", "of", "by", "near", "around", "above", "below", "a", "de", "desde", "hasta",
    "en", "sobre", "unos", NULL,
  };
  const CrDateTok *a = _cr_date_tok (s, i);
  const CrDateTok *b = _cr_date_tok (s, i + 2);
  int mo, d;

  if (i != 0 || s->prev_is_num || !closes_phrase (s, i + 3))
    return 0;
  if (((a->ndigits <= 2 && a->num >= 1 && a->num <= 12 && b->ndigits == 4 && b->num >= 1900 && b->num <= 2100) ||
       (a->ndigits == 4 && a->num >= 1900 && a->num <= 2100 && b->ndigits <= 2 && b->num >= 1 && b->num <= 12)) &&
      !word_before_is (s, i, levels))
    {
      if (a->ndigits == 4)
        _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, a->num, b->num, CR_TIMEX_ANCHOR_ABSOLUTE);
      else
        _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, b->num, a->num, CR_TIMEX_ANCHOR_ABSOLUTE);
      return i + 3;
    }
  if (a->ndigits <= 2 && b->ndigits == 2 && after_on (s, i))
    {
      order_day_month (s, a->num, b->num, &mo, &d);
      if (!cr_calendar_is_valid_date (2000, mo, d))
        return 0;
      _cr_date_set_day (s, &m->a, 0, FALSE, FALSE, mo, d);
      return i + 3;
    }
  return 0;
}

/* Is the line holding the bytes [@start, @end) a row of figures in a
 * table, a row of figures just above or below it ("2016 10 16" between
 * "2015 8 3" and "2017 12 5")? Looks at one character each side. */
static gboolean
in_figure_table (const CrDateScan *s,
                 gsize             start,
                 gsize             end)
{
  const char *t = s->text;
  gsize b = start, e = end;

  while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
    b--;
  if (b > 0 && t[b - 1] == '\n')
    {
      b--;
      if (b > 0 && t[b - 1] == '\r')
        b--;
      if (b > 0 && g_ascii_isdigit (t[b - 1]))
        return TRUE;
    }
  while (e < s->len && (t[e] == ' ' || t[e] == '\t' || t[e] == '\r'))
    e++;
  return e + 1 < s->len && t[e] == '\n' && g_ascii_isdigit (t[e + 1]);
}

/* "2016 10 16", "10 31 1974": a date in figures apart, each part with
 * all its digits, alone in its phrase ("in 2016 10 16-year-olds" is a
 * count), not a phone number ("llame al 2016 10 16") nor a row of a
 * table */
static guint
parse_spaced (CrDateScan  *s,
              guint        i,
              CrDateMatch *m)
{
  static const char *const phones[] = {
    "call", "phone", "tel", "fax", "dial", "al", "llame", "llamar", "llamen", "marque", NULL,
  };
  const CrDateTok *a = _cr_date_tok (s, i);
  const CrDateTok *b = _cr_date_tok (s, i + 1);
  const CrDateTok *c = _cr_date_tok (s, i + 2);
  int y, mo, d;

  if (i != 0 || s->prev_is_num || a->ordinal || b->kind != CR_DATE_TOK_NUM || b->ordinal ||
      c->kind != CR_DATE_TOK_NUM || c->ordinal || !b->space_before || !c->space_before ||
      !closes_phrase (s, i + 3) || word_before_is (s, i, phones) || in_figure_table (s, a->start, c->end))
    return 0;
  if (a->ndigits == 4 && b->ndigits == 2 && c->ndigits == 2)
    {
      y = a->num;
      mo = b->num;
      d = c->num;
    }
  else if (a->ndigits == 2 && b->ndigits == 2 && c->ndigits == 4)
    {
      y = c->num;
      order_day_month (s, a->num, b->num, &mo, &d);
    }
  else
    return 0;
  if (y < 1000 || y > 2999 || !cr_calendar_is_valid_date (y, mo, d))
    return 0;
  _cr_date_point_day (&m->a, y, mo, d, CR_TIMEX_ANCHOR_ABSOLUTE);
  return i + 3;
}

/* "2025-09-03", "03/09/2025", "9/3/2025", "3.9.2025", "11/2016",
 * "2015-3", "2012/aug/10", "2020/23/sep", "23-2020-september", "20161016" */
guint
_cr_date_parse_numeric (CrDateScan  *s,
                        guint        i,
                        CrDateMatch *m)
{
  static const char * const measures[] = {
    "ms", "km", "kg", "cm", "mm", "mg", "ml", "mph", "kph", "kmh", "gb", "mb", "kw", "mw", "gw", "min", "seg", NULL,
  };
  const CrDateTok *a = _cr_date_tok (s, i);
  const CrDateTok *s1 = _cr_date_tok (s, i + 1);
  const CrDateTok *b, *s2, *c, *after;
  int y, mo, d;

  /* "20161016": a compact ISO date, standing alone */
  if (a->ndigits == 8 && !a->ordinal && s1->kind != CR_DATE_TOK_NUM)
    {
      y = a->num / 10000;
      mo = a->num / 100 % 100;
      d = a->num % 100;
      if (y < 1900 || y > 2199 || !cr_calendar_is_valid_date (y, mo, d))
        return 0;
      _cr_date_point_day (&m->a, y, mo, d, CR_TIMEX_ANCHOR_ABSOLUTE);
      return i + 1;
    }
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
  if (s1->kind == CR_DATE_TOK_NUM)
    return parse_spaced (s, i, m);
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
  /* "2020/23/sep", "23-2020-September": a day, a year and the month
   * named last */
  if (s2->kind == CR_DATE_TOK_PUNCT && s2->ch == s1->ch && !s2->space_before && !c->space_before &&
      _cr_date_kind (s, i + 4) == CR_DATE_WORD_MONTH && s1->ch != '.' &&
      ((a->ndigits == 4 && b->ndigits <= 2) || (a->ndigits <= 2 && b->ndigits == 4)))
    {
      const CrDateTok *yt = a->ndigits == 4 ? a : b, *dt = a->ndigits == 4 ? b : a;
      guint j = _cr_date_parse_month (s, i + 4, TRUE, &mo);

      if (yt->num < 1000 || yt->num > 2999 || !cr_calendar_is_valid_date (yt->num, mo, dt->num))
        return 0;
      _cr_date_point_day (&m->a, yt->num, mo, dt->num, CR_TIMEX_ANCHOR_ABSOLUTE);
      return j;
    }

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
        return parse_dotted (s, i, m);
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
      /* "11-24 ms", "10/12 km": measures */
      for (guint k = 0; measures[k] != NULL; k++)
        if (_cr_date_is (s, i + 3, measures[k]))
          return 0;
      /* "open 24/7", "the 9/11 attacks": names, unless "on", "el" lead
       * to them; "12/15 alumnos": a count */
      if (s1->ch == '/' && !after_on (s, i) &&
          ((a->num == 24 && b->num == 7) || (a->num == 9 && b->num == 11 && s->lang == CR_LANGUAGE_EN)))
        return 0;
      if (_cr_date_count_noun (s, i + 3))
        return 0;
      /* "Spurs won 10-12 on penalties", "un balance de 12-3": a dash
       * after a word makes a score unless a preposition or an article
       * leads to the date ("on 4-22", "el 4-22", "en 12-5") */
      if (s1->ch == '-' && i == 0 && s->prev_is_letter &&
          (s->prev == NULL || !(s->prev->flags & (CR_DATE_LEX_PREP | CR_DATE_LEX_ARTICLE | CR_DATE_LEX_TO)) ||
           strcmp (s->prev->word, "de") == 0))
        return 0;
      if (a->ndigits <= 2 && b->ndigits <= 2 &&
          (a->ndigits + b->ndigits >= 3 || (s1->ch == '/' && after_on (s, i) && closes_phrase (s, i + 3))) &&
          (s1->ch == '/' || s1->ch == '-') && !_cr_date_punct (s, i + 3, '%') &&
          _cr_date_kind (s, i + 3) != CR_DATE_WORD_MONTH && _cr_date_kind (s, i + 3) != CR_DATE_WORD_UNIT &&
          _cr_date_kind (s, i + 3) != CR_DATE_WORD_THIS && _cr_date_kind (s, i + 3) != CR_DATE_WORD_NEXT &&
          _cr_date_kind (s, i + 3) != CR_DATE_WORD_PAST &&
          !_cr_date_is (s, i + 3, "de") && !_cr_date_is (s, i + 3, "del") && !_cr_date_is (s, i + 3, "of"))
        {
          order_day_month (s, a->num, b->num, &mo, &d);
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
