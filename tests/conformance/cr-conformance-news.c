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
  "after", "before", "from", "year", "years", "próximo", "próxima",
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
  which = bare_weekday_or_month (text, c->language);
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
        return;
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

