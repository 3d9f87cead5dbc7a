/* cr-conformance-news.c: the news reading of a row without a year
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a suite reads a bare weekday or month, or a day or part of a month
 * written without a year, as the next one, the extractor follows news
 * usage and takes the most recent one (cr-date-extractor.h). The scorer
 * accepts that reading as an alternative; these helpers add it to a case.
 */

#define G_LOG_DOMAIN "cr-conformance"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-conformance-case.h"

static const char * const weekdays_en[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "wed", "thu", "fri", "sat", "sun",
};
static const char * const weekdays_es[] = {
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  "lun", "mar", "mié", "jue", "vie", "sáb", "dom",
};
static const char * const weekday_variants[] = {
  /* extra spellings, with the weekday they stand for (1 = Monday) */
  "tues", "2", "thur", "4", "thurs", "4", "miercoles", "3", "sabado", "6",
  "mie", "3", "sab", "6",
};
static const char * const months_en[] = {
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
  "nov", "dec",
};
static const char * const months_es[] = {
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
  "septiembre", "octubre", "noviembre", "diciembre",
  "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct",
  "nov", "dic",
};
static const char * const leading_words[] = {
  "on", "in", "the", "el", "en", "de", "del", "la", "for", "during", "durante",
};

/* When the expected text is just a weekday or a month ("Monday", "el
 * martes", "in May"), returns 1-7 (weekday) or 8-19 (month 1-12), else 0. */
static int
bare_weekday_or_month (const char *text,
                       CrLanguage  language)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) words = NULL;
  const char *word = NULL;
  guint n_words = 0;

  for (char *p = lower; *p; p++)
    if (*p == ',' || *p == '.' || *p == '\'' || *p == '"' || *p == '?'
        || *p == '!' || *p == ':')
      *p = ' ';
  words = g_strsplit (g_strstrip (lower), " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean leading = FALSE;

      if (words[i][0] == '\0')
        continue;
      for (guint l = 0; l < G_N_ELEMENTS (leading_words) && word == NULL; l++)
        if (g_str_equal (words[i], leading_words[l]))
          leading = TRUE;
      if (leading && word == NULL)
        continue;
      word = words[i];
      n_words++;
    }
  if (n_words != 1)
    return 0;

  {
    const char * const *wd = language == CR_LANGUAGE_ES ? weekdays_es : weekdays_en;
    const char * const *mo = language == CR_LANGUAGE_ES ? months_es : months_en;

    /* Months first: "mar" is March in English, and Spanish "mar" is
     * ambiguous anyway. */
    for (guint i = 0; i < G_N_ELEMENTS (months_en); i++)
      if (g_str_equal (word, mo[i]))
        return 8 + (int) (i % 12);
    for (guint i = 0; i < G_N_ELEMENTS (weekdays_en); i++)
      if (g_str_equal (word, wd[i]))
        return 1 + (int) (i % 7);
    for (guint i = 0; i < G_N_ELEMENTS (weekday_variants); i += 2)
      if (g_str_equal (word, weekday_variants[i]))
        return atoi (weekday_variants[i + 1]);
  }
  return 0;
}

/* Words that fix which year a month means on their own. */
static const char * const year_words[] = {
  "next", "last", "this", "coming", "previous", "past", "following", "ago",
  "after", "before", "now", "today", "year", "years", "próximo", "próxima",
  "pasado", "pasada", "este", "esta", "hace", "viene", "siguiente",
  "anterior", "dentro", "año", "años", "ano", "anos",
};

/* Does @text name a month but no year, weekday or word that picks the year
 * ("early March", "end of April", "January 1st", "the third day of
 * October")? */
static gboolean
month_without_year (const char *text,
                    CrLanguage  language)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) words = NULL;
  const char * const *mo = language == CR_LANGUAGE_ES ? months_es : months_en;
  const char * const *wd = language == CR_LANGUAGE_ES ? weekdays_es : weekdays_en;
  gboolean month = FALSE, link = FALSE;
  guint numbers = 0;

  for (char *p = lower; *p; p++)
    {
      if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]))
        return FALSE;   /* a year in figures */
      if (g_ascii_isdigit (p[0]) && (p == lower || !g_ascii_isdigit (p[-1])))
        numbers++;
      if (*p == '-')
        link = TRUE;
      if (*p == ',' || *p == '.' || *p == '-' || *p == '\'' || *p == '/')
        *p = ' ';
    }
  words = g_strsplit (lower, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      for (guint k = 0; k < G_N_ELEMENTS (months_en); k++)
        if (g_str_equal (words[i], mo[k]))
          month = TRUE;
      for (guint k = 0; k < G_N_ELEMENTS (weekdays_en); k++)
        if (g_str_equal (words[i], wd[k]))
          return FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (year_words); k++)
        if (g_str_equal (words[i], year_words[k]))
          return FALSE;
      if (g_str_equal (words[i], "to") || g_str_equal (words[i], "till") || g_str_equal (words[i], "until") ||
          g_str_equal (words[i], "through") || g_str_equal (words[i], "a") || g_str_equal (words[i], "al") ||
          g_str_equal (words[i], "and") || g_str_equal (words[i], "y"))
        link = TRUE;
    }
  /* two numbers are a day and a year ("14th April 15") unless a range
   * links them ("12 to 16 September") */
  return month && (numbers < 2 || link);
}

/* The words of @text, lower-case, without punctuation and without the
 * leading articles and prepositions ("from", "between", "el", "de"...). */
static GStrv
content_words (const char *text)
{
  static const char * const leading[] = {
    "on", "in", "the", "el", "en", "de", "del", "la", "for", "during",
    "durante", "from", "between", "desde", "entre", "los", "las",
  };
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) words = NULL;
  GPtrArray *out = g_ptr_array_new ();
  gboolean leading_done = FALSE;

  for (char *p = lower; *p; p++)
    if (*p == ',' || *p == '.' || *p == '\'' || *p == '"' || *p == '?'
        || *p == '!' || *p == ':')
      *p = ' ';
  words = g_strsplit (lower, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean skip = FALSE;

      if (words[i][0] == '\0')
        continue;
      for (guint l = 0; l < G_N_ELEMENTS (leading) && !leading_done; l++)
        if (g_str_equal (words[i], leading[l]))
          skip = TRUE;
      if (skip)
        continue;
      leading_done = TRUE;
      g_ptr_array_add (out, g_strdup (words[i]));
    }
  g_ptr_array_add (out, NULL);
  return (GStrv) g_ptr_array_free (out, FALSE);
}

static gboolean
is_range_link (const char *word)
{
  static const char * const links[] = {
    "to", "through", "thru", "till", "until", "-", "–", "and", "a", "al",
    "hasta", "y",
  };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    if (g_str_equal (word, links[i]))
      return TRUE;
  return FALSE;
}

/* "From May to December", "Monday to Friday": two bare months or
 * weekdays, read from the most recent start on or before the DCT (the
 * extractor's reading of each bare name) to the first end after it. */
static gboolean
add_bare_range (CrConfCase *c,
                GStrv       words)
{
  int a, b, dy, dm, dd;
  CrConfInterval iv;

  if (g_strv_length (words) != 3 || !is_range_link (words[1]))
    return FALSE;
  a = bare_weekday_or_month (words[0], c->language);
  b = bare_weekday_or_month (words[2], c->language);
  if (a == 0 || b == 0 || (a <= 7) != (b <= 7))
    return FALSE;
  if (a <= 7)
    {
      iv.first = c->dct - (cr_day_get_weekday (c->dct) - a + 7) % 7;
      iv.last = iv.first + (b - a + 7) % 7;
    }
  else
    {
      int y;

      a -= 7;
      b -= 7;
      cr_day_to_ymd (c->dct, &dy, &dm, &dd);
      y = a > dm ? dy - 1 : dy;
      iv.first = cr_day_from_ymd (y, a, 1);
      y = b >= a ? y : y + 1;
      iv.last = cr_day_from_ymd (y, b, cr_calendar_days_in_month (y, b));
    }
  if (iv.first != c->expected.first || iv.last != c->expected.last)
    g_array_append_val (c->alternatives, iv);
  return TRUE;
}

/* "first Tuesday of October", "last Friday in October": the day in the
 * most recent such month, as for a part of a month without a year. */
static gboolean
add_weekday_of_month (CrConfCase *c,
                      GStrv       words)
{
  static const char * const ordinals[] = {
    "first", "second", "third", "fourth", "fifth",
    "primer", "segundo", "tercer", "cuarto", "quinto",
    "1st", "2nd", "3rd", "4th", "5th",
  };
  int n = 0, wd, month, dy, dm, dd, y, dim;
  CrDay day;
  CrConfInterval iv;

  if (g_strv_length (words) != 4
      || !(g_str_equal (words[2], "of") || g_str_equal (words[2], "in")
           || g_str_equal (words[2], "de")))
    return FALSE;
  if (g_str_equal (words[0], "last") || g_str_equal (words[0], "último")
      || g_str_equal (words[0], "ultimo"))
    n = -1;
  for (guint i = 0; i < G_N_ELEMENTS (ordinals) && n == 0; i++)
    if (g_str_equal (words[0], ordinals[i]))
      n = 1 + (int) (i % 5);
  wd = bare_weekday_or_month (words[1], c->language);
  month = bare_weekday_or_month (words[3], c->language) - 7;
  if (n == 0 || wd < 1 || wd > 7 || month < 1)
    return FALSE;
  cr_day_to_ymd (c->dct, &dy, &dm, &dd);
  y = month > dm ? dy - 1 : dy;
  dim = cr_calendar_days_in_month (y, month);
  if (n > 0)
    {
      day = cr_day_from_ymd (y, month, 1);
      day += (wd - cr_day_get_weekday (day) + 7) % 7 + 7 * (n - 1);
      if (day > cr_day_from_ymd (y, month, dim))
        return TRUE;
    }
  else
    {
      day = cr_day_from_ymd (y, month, dim);
      day -= (cr_day_get_weekday (day) - wd + 7) % 7;
    }
  iv.first = iv.last = day;
  if (iv.first != c->expected.first)
    g_array_append_val (c->alternatives, iv);
  return TRUE;
}

/* "Tuesday, 10 January", "martes, 10 de enero", "Thu 15th": a weekday
 * with a day and no year is the nearest such day that falls on that
 * weekday, before or after the DCT (the extractor's documented reading). */
static gboolean
add_weekday_with_day (CrConfCase *c,
                      GStrv       words)
{
  int wd = 0, month = 0, mday = 0;
  CrDay best = CR_DAY_UNKNOWN;
  CrConfInterval iv;

  for (guint i = 0; words[i] != NULL; i++)
    {
      int which = bare_weekday_or_month (words[i], c->language);
      char *end = NULL;
      long n;

      if (g_str_equal (words[i], "de") || g_str_equal (words[i], "of") || g_str_equal (words[i], "the"))
        continue;
      if (which >= 1 && which <= 7 && wd == 0)
        {
          wd = which;
          continue;
        }
      if (which >= 8 && month == 0)
        {
          month = which - 7;
          continue;
        }
      n = g_ascii_isdigit (words[i][0]) ? strtol (words[i], &end, 10) : 0;
      if (n >= 1 && n <= 31 && mday == 0 && end - words[i] <= 2 &&
          (*end == '\0' || g_str_equal (end, "st") || g_str_equal (end, "nd") ||
           g_str_equal (end, "rd") || g_str_equal (end, "th")))
        {
          mday = (int) n;
          continue;
        }
      return FALSE;
    }
  if (wd == 0 || mday == 0 || c->expected.first != c->expected.last)
    return FALSE;
  for (int back = 0; back <= 3 * 366 && best == CR_DAY_UNKNOWN; back++)
    for (int sign = -1; sign <= 1 && best == CR_DAY_UNKNOWN; sign += 2)
      {
        CrDay d = c->dct + sign * back;
        int y, m, dd;

        cr_day_to_ymd (d, &y, &m, &dd);
        if (dd == mday && (month == 0 || m == month) && cr_day_get_weekday (d) == wd)
          best = d;
      }
  if (best == CR_DAY_UNKNOWN || best == c->expected.first)
    return TRUE;
  iv.first = iv.last = best;
  g_array_append_val (c->alternatives, iv);
  return TRUE;
}

/* "next week", "last weekend", "next quarter": chrono answers with one
 * day of the period (the DCT moved by a week or a quarter); as for the
 * week and quarter grains, that day is widened to the period it falls in. */
static gboolean
add_period_of_point (CrConfCase *c,
                     const char *grain,
                     GStrv       words)
{
  static const char * const shifts[] = {
    "this", "last", "next", "past", "previous", "coming", "current",
  };
  gboolean shift = FALSE;
  CrDay d = c->expected.first;
  CrConfInterval iv;

  if (g_strv_length (words) != 2 || !g_str_equal (grain, "day") ||
      c->expected.first != c->expected.last)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (shifts); i++)
    shift = shift || g_str_equal (words[0], shifts[i]);
  if (!shift)
    return FALSE;
  if (g_str_equal (words[1], "week"))
    {
      iv.first = d - (cr_day_get_weekday (d) - 1);
      iv.last = iv.first + 6;
    }
  else if (g_str_equal (words[1], "weekend") && cr_day_get_weekday (d) >= 6)
    {
      iv.first = cr_day_get_weekday (d) == 6 ? d : d - 1;
      iv.last = iv.first + 1;
    }
  else if (g_str_equal (words[1], "quarter") || g_str_equal (words[1], "qtr"))
    {
      int y, m, dd, q;

      cr_day_to_ymd (d, &y, &m, &dd);
      q = (m - 1) / 3;
      iv.first = cr_day_from_ymd (y, 3 * q + 1, 1);
      iv.last = cr_day_from_ymd (y, 3 * q + 3, cr_calendar_days_in_month (y, 3 * q + 3));
    }
  else
    return FALSE;
  g_array_append_val (c->alternatives, iv);
  return TRUE;
}

/* The news reading: a bare weekday or month names the most recent one,
 * on or before the publication day. */
void
cr_conf_case_add_news_reading (CrConfCase *c,
                               const char *grain)
{
  const char *text = c->expected_text && *c->expected_text ? c->expected_text : c->input;
  int which;

  if (c->dct == CR_DAY_UNKNOWN || !c->has_interval)
    return;
  {
    g_auto(GStrv) words = content_words (text);

    if (add_bare_range (c, words) || add_weekday_of_month (c, words) ||
        add_weekday_with_day (c, words) || add_period_of_point (c, grain, words))
      return;
    which = bare_weekday_or_month (text, c->language);
    /* "Tuesday morning": the day is still a bare weekday */
    if (which == 0 && words[0] != NULL && words[1] != NULL && words[2] == NULL &&
        (g_str_equal (words[1], "morning") || g_str_equal (words[1], "afternoon") ||
         g_str_equal (words[1], "evening") || g_str_equal (words[1], "night")))
      which = bare_weekday_or_month (words[0], c->language);
  }
  if (which >= 1 && which <= 7 && g_str_equal (grain, "day"))
    {
      int back = (cr_day_get_weekday (c->dct) - which + 7) % 7;
      CrConfInterval iv = { c->dct - back, c->dct - back };

      if (iv.first != c->expected.first)
        g_array_append_val (c->alternatives, iv);
      if (back == 0)
        {
          /* Written on that weekday, "Monday" may also be last week's. */
          iv.first = iv.last = c->dct - 7;
          g_array_append_val (c->alternatives, iv);
        }
    }
  else if (which >= 8 && g_str_equal (grain, "month"))
    {
      int month = which - 7, y, m, d;
      CrConfInterval iv;

      cr_day_to_ymd (c->dct, &y, &m, &d);
      if (month > m)
        y--;
      iv.first = cr_day_from_ymd (y, month, 1);
      iv.last = cr_day_from_ymd (y, month, cr_calendar_days_in_month (y, month));
      if (iv.first != c->expected.first)
        g_array_append_val (c->alternatives, iv);
    }
  else if (month_without_year (text, c->language))
    {
      /* A part of a month or a day of it written without the year: the
       * most recent such month, or the nearest such day (the extractor's
       * documented reading) when the suite looks ahead. */
      int fy, fm, fd, ly, lm, ld, dy, dm, dd, y;
      CrConfInterval iv;

      cr_day_to_ymd (c->expected.first, &fy, &fm, &fd);
      cr_day_to_ymd (c->expected.last, &ly, &lm, &ld);
      cr_day_to_ymd (c->dct, &dy, &dm, &dd);
      if (fy != ly || fm != lm)
        {
          /* A range of days across months ("21 de dic. a 6 de ene"):
           * from the nearest such first day, the same length on. */
          CrDay best = CR_DAY_UNKNOWN;

          if (fd == 1 && ld == cr_calendar_days_in_month (ly, lm))
            return;   /* whole months: the bare-month reading above */
          for (y = dy - 1; y <= dy + 1; y++)
            if (cr_calendar_is_valid_date (y, fm, fd))
              {
                CrDay d = cr_day_from_ymd (y, fm, fd);

                if (best == CR_DAY_UNKNOWN || ABS (d - c->dct) < ABS (best - c->dct))
                  best = d;
              }
          if (best == CR_DAY_UNKNOWN || best == c->expected.first)
            return;
          iv.first = best;
          iv.last = best + (c->expected.last - c->expected.first);
          g_array_append_val (c->alternatives, iv);
          return;
        }
      if (c->expected.first == c->expected.last)
        {
          CrDay best = CR_DAY_UNKNOWN;

          for (y = dy - 1; y <= dy + 1; y++)
            if (cr_calendar_is_valid_date (y, fm, fd))
              {
                CrDay d = cr_day_from_ymd (y, fm, fd);

                if (best == CR_DAY_UNKNOWN || ABS (d - c->dct) < ABS (best - c->dct))
                  best = d;
              }
          iv.first = iv.last = best;
        }
      else
        {
          y = fm <= dm ? dy : dy - 1;
          if (!cr_calendar_is_valid_date (y, fm, fd) || !cr_calendar_is_valid_date (y, lm, MIN (ld, cr_calendar_days_in_month (y, lm))))
            return;
          iv.first = cr_day_from_ymd (y, fm, fd);
          iv.last = cr_day_from_ymd (y, lm, ld == cr_calendar_days_in_month (fy, fm) ? cr_calendar_days_in_month (y, lm) : ld);
        }
      if (iv.first != CR_DAY_UNKNOWN && iv.first != c->expected.first)
        g_array_append_val (c->alternatives, iv);
    }
}

