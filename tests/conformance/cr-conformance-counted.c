/* cr-conformance-counted.c: the documented reading of a counted span
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The suites disagree on what a counted span covers. For "the last two
 * weeks" Duckling gives the two calendar weeks before the DCT's, chrono
 * the one day two weeks back, Recognizers the fourteen days before the
 * DCT; for "two years ago" chrono gives the year, Duckling the month,
 * Recognizers the day. The extractor follows Recognizers' reading and
 * documents it (cr-date-extractor.h): "hace tres días", "in two months",
 * "three weeks ago" are the day that many units away; "los últimos tres
 * años", "the next two weeks" are the days from the DCT to that day (the
 * DCT itself left out); "within two weeks" the days from the DCT on.
 *
 * For the peer suites the scorer accepts that reading as an alternative,
 * computed here from the row's own text and reference day (never from
 * what the extractor found), and counts it in the "alt" column.
 */

#define G_LOG_DOMAIN "cr-conformance"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-conformance-case.h"

typedef enum {
  UNIT_NONE = 0,
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_YEAR,
} Unit;

typedef enum {
  SHAPE_NONE = 0,
  SHAPE_PAST_SPAN,    /* "the last two weeks", "los últimos tres años" */
  SHAPE_NEXT_SPAN,    /* "the next two weeks", "3 meses que vienen" */
  SHAPE_WITHIN,       /* "within two weeks" */
  SHAPE_AGO,          /* "two weeks ago", "hace dos semanas" */
  SHAPE_LATER,        /* "in two weeks", "dentro de dos semanas" */
} Shape;

static Unit
unit_of (const char *word)
{
  static const struct { const char *word; Unit unit; } units[] = {
    { "day", UNIT_DAY }, { "days", UNIT_DAY }, { "día", UNIT_DAY },
    { "días", UNIT_DAY }, { "dia", UNIT_DAY }, { "dias", UNIT_DAY },
    { "week", UNIT_WEEK }, { "weeks", UNIT_WEEK }, { "semana", UNIT_WEEK },
    { "semanas", UNIT_WEEK },
    { "month", UNIT_MONTH }, { "months", UNIT_MONTH }, { "mes", UNIT_MONTH },
    { "meses", UNIT_MONTH },
    { "year", UNIT_YEAR }, { "years", UNIT_YEAR }, { "año", UNIT_YEAR },
    { "años", UNIT_YEAR }, { "ano", UNIT_YEAR }, { "anos", UNIT_YEAR },
  };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_equal (word, units[i].word))
      return units[i].unit;
  return UNIT_NONE;
}

/* A small count in figures or words, else 0. */
static int
count_of (const char *word)
{
  static const char * const words[] = {
    "one", "1", "a", "1", "an", "1", "un", "1", "una", "1", "uno", "1",
    "two", "2", "dos", "2", "three", "3", "tres", "3", "four", "4",
    "cuatro", "4", "five", "5", "cinco", "5", "six", "6", "seis", "6",
    "seven", "7", "siete", "7", "eight", "8", "ocho", "8", "nine", "9",
    "nueve", "9", "ten", "10", "diez", "10", "twelve", "12", "doce", "12",
  };
  char *end = NULL;
  long n;

  if (g_ascii_isdigit (word[0]))
    {
      n = strtol (word, &end, 10);
      return *end == '\0' && n >= 1 && n <= 99 ? (int) n : 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (words); i += 2)
    if (g_str_equal (word, words[i]))
      return atoi (words[i + 1]);
  return 0;
}

static gboolean
is_one_of (const char         *word,
           const char * const *list,
           gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (word, list[i]))
      return TRUE;
  return FALSE;
}
#define IS_ONE_OF(word, list) is_one_of ((word), (list), G_N_ELEMENTS (list))

static const char * const past_words[] = {
  "last", "past", "previous", "últimos", "últimas", "ultimos", "ultimas",
  "pasados", "pasadas",
};
static const char * const next_words[] = {
  "next", "coming", "upcoming", "following", "próximos", "próximas",
  "proximos", "proximas", "próximo", "proximo", "siguientes",
};

/* The words of @text, lower-case, punctuation turned into spaces, and the
 * articles dropped ("the last two weeks", "los últimos tres años"). */
static GPtrArray *
words_of (const char *text)
{
  static const char * const articles[] = { "the", "los", "las", "el", "la" };
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) split = NULL;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (char *p = lower; *p; p++)
    if (*p == ',' || *p == '.' || *p == '?' || *p == '!' || *p == '"')
      *p = ' ';
  split = g_strsplit (lower, " ", -1);
  for (guint i = 0; split[i] != NULL; i++)
    if (split[i][0] != '\0' && !IS_ONE_OF (split[i], articles))
      g_ptr_array_add (out, g_strdup (split[i]));
  return out;
}

#define W(i) ((const char *) g_ptr_array_index (w, (i)))

/* Recognises the whole of @text as one counted span and fills @n and
 * @unit; returns its shape, or SHAPE_NONE. */
static Shape
shape_of (const char *text,
          int        *n,
          Unit       *unit)
{
  g_autoptr(GPtrArray) w = words_of (text);
  guint len = w->len;

  if (len == 3 && (*n = count_of (W (1))) && (*unit = unit_of (W (2))))
    {
      /* "last 2 weeks", "next three months", "within a month",
       * "hace dos años", "in 1 month", "en un año" */
      if (IS_ONE_OF (W (0), past_words))
        return SHAPE_PAST_SPAN;
      if (IS_ONE_OF (W (0), next_words))
        return SHAPE_NEXT_SPAN;
      if (g_str_equal (W (0), "within"))
        return SHAPE_WITHIN;
      if (g_str_equal (W (0), "hace"))
        return SHAPE_AGO;
      if (g_str_equal (W (0), "in") || g_str_equal (W (0), "en"))
        return SHAPE_LATER;
    }
  if (len == 3 && (*n = count_of (W (0))) && (*unit = unit_of (W (2))))
    {
      /* "2 pasados meses", "3 próximos años" */
      if (IS_ONE_OF (W (1), past_words))
        return SHAPE_PAST_SPAN;
      if (IS_ONE_OF (W (1), next_words))
        return SHAPE_NEXT_SPAN;
    }
  if (len == 3 && (*n = count_of (W (0))) && (*unit = unit_of (W (1))))
    {
      /* "two years ago", "two years hence", "3 weeks later" */
      if (g_str_equal (W (2), "ago"))
        return SHAPE_AGO;
      if (g_str_equal (W (2), "hence") || g_str_equal (W (2), "later"))
        return SHAPE_LATER;
    }
  if (len == 4 && (*n = count_of (W (0))) && (*unit = unit_of (W (1))) &&
      g_str_equal (W (2), "que") && g_str_equal (W (3), "vienen"))
    return SHAPE_NEXT_SPAN;   /* "3 semanas que vienen" */
  if (len == 4 && g_str_equal (W (0), "dentro") && g_str_equal (W (1), "de") &&
      (*n = count_of (W (2))) && (*unit = unit_of (W (3))))
    return SHAPE_LATER;       /* "dentro de un mes" */
  return SHAPE_NONE;
}

/* @day moved by @n units (months and years keep the day of the month,
 * or the month's last day when it has fewer). */
static CrDay
shift (CrDay day,
       int   n,
       Unit  unit)
{
  int y, m, d, months;

  switch (unit)
    {
    case UNIT_DAY:
      return day + n;
    case UNIT_WEEK:
      return day + 7 * n;
    case UNIT_MONTH:
    case UNIT_YEAR:
      cr_day_to_ymd (day, &y, &m, &d);
      months = (unit == UNIT_YEAR ? 12 : 1) * n + (y * 12 + m - 1);
      y = months / 12;
      m = months % 12 + 1;
      return cr_day_from_ymd (y, m, MIN (d, cr_calendar_days_in_month (y, m)));
    case UNIT_NONE:
    default:
      return day;
    }
}

void
cr_conf_case_add_counted_reading (CrConfCase *c)
{
  const char *text = c->expected_text && *c->expected_text ? c->expected_text : c->input;
  CrConfInterval iv;
  Unit unit = UNIT_NONE;
  int n = 0;

  if (c->dct == CR_DAY_UNKNOWN || !c->has_interval)
    return;
  switch (shape_of (text, &n, &unit))
    {
    case SHAPE_PAST_SPAN:
      iv.first = shift (c->dct, -n, unit);
      iv.last = c->dct - 1;
      break;
    case SHAPE_NEXT_SPAN:
      iv.first = c->dct + 1;
      iv.last = shift (c->dct, n, unit);
      break;
    case SHAPE_WITHIN:
      iv.first = c->dct;
      iv.last = shift (c->dct, n, unit) - 1;
      break;
    case SHAPE_AGO:
      iv.first = iv.last = shift (c->dct, -n, unit);
      break;
    case SHAPE_LATER:
      iv.first = iv.last = shift (c->dct, n, unit);
      break;
    case SHAPE_NONE:
    default:
      return;
    }
  if (iv.first != c->expected.first || iv.last != c->expected.last)
    g_array_append_val (c->alternatives, iv);
}
