/* cr-conformance-score.c: decide whether the extractor met a vector
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-conformance"

#include "config.h"

#include <string.h>

#include "cr-calendar.h"
#include "cr-conformance-case.h"

const char *
cr_conf_category_to_string (CrConfCategory category)
{
  static const char * const names[] = {
    "positive", "negative", "time", "holiday", "notsupported", "latent",
    "regional", "strict-negative", "unparsed",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == CR_CONF_N_CATEGORIES);
  g_return_val_if_fail (category < CR_CONF_N_CATEGORIES, "?");
  return names[category];
}

char *
cr_conf_interval_format (const CrConfInterval *iv,
                         char                 *buf,
                         gsize                 buf_len)
{
  char a[16], b[16];

  g_return_val_if_fail (iv != NULL, NULL);
  g_return_val_if_fail (buf != NULL && buf_len >= 48, NULL);

  if (iv->first == CR_DAY_UNKNOWN || iv->last == CR_DAY_UNKNOWN)
    g_strlcpy (buf, "?", buf_len);
  else if (iv->first == iv->last)
    g_strlcpy (buf, cr_day_format_iso (iv->first, a, sizeof a), buf_len);
  else
    g_snprintf (buf, buf_len, "%s..%s",
                cr_day_format_iso (iv->first, a, sizeof a),
                cr_day_format_iso (iv->last, b, sizeof b));
  return buf;
}

/* Recognizers' "from A to B" ends where B starts; an extractor that
 * covers all of B (a day, an ISO week, a month, a quarter or a year
 * starting there) is right too. */
static gboolean
is_end_of_unit_starting_at (CrDay last,
                            CrDay unit_start)
{
  int y, m, d;

  if (last == unit_start)
    return TRUE;
  if (cr_day_get_weekday (unit_start) == 1 && last == unit_start + 6)
    return TRUE;
  cr_day_to_ymd (unit_start, &y, &m, &d);
  if (d == 1 && last == cr_day_from_ymd (y, m, cr_calendar_days_in_month (y, m)))
    return TRUE;
  if (d == 1 && (m - 1) % 3 == 0 && last == cr_day_from_ymd (y, m + 2, cr_calendar_days_in_month (y, m + 2)))
    return TRUE;   /* "2017 Q1 to 2018 Q1" */
  if (d == 1 && m == 1 && last == cr_day_from_ymd (y, 12, 31))
    return TRUE;
  return FALSE;
}

static gboolean
timex_matches_interval (const CrTimex        *t,
                        const CrConfInterval *iv,
                        gboolean              lenient_end)
{
  if (t->first_day == CR_DAY_UNKNOWN || t->last_day == CR_DAY_UNKNOWN)
    return FALSE;
  if (t->first_day != iv->first)
    return FALSE;
  if (t->last_day == iv->last)
    return TRUE;
  return lenient_end && is_end_of_unit_starting_at (t->last_day, iv->last + 1);
}

static gboolean
is_season_code (const char *s)
{
  return g_str_equal (s, "SU") || g_str_equal (s, "WI")
      || g_str_equal (s, "SP") || g_str_equal (s, "FA");
}

/* Seasons have no agreed days, only a TIMEX value: "2016-SU", or "SU"
 * when the suite leaves the year open. */
static gboolean timex_matches_season_value (const CrTimex *t,
                                            const char    *expected);

/* "SU;mod=mid": the season and, when given, the TIMEX mod. */
static gboolean
timex_matches_season (const CrTimex *t,
                      const char    *expected)
{
  const char *semi = strchr (expected, ';');
  g_autofree char *value = NULL;

  if (semi == NULL)
    return timex_matches_season_value (t, expected);
  value = g_strndup (expected, semi - expected);
  if (g_str_has_prefix (semi + 1, "mod=") && g_ascii_strcasecmp (semi + 5, t->mod) != 0)
    return FALSE;
  return timex_matches_season_value (t, value);
}

static gboolean
timex_matches_season_value (const CrTimex *t,
                            const char    *expected)
{
  const char *want = strrchr (expected, '-');
  const char *got = strrchr (t->value, '-');

  if (g_str_equal (t->value, expected))
    return TRUE;
  want = want ? want + 1 : expected;
  got = got ? got + 1 : t->value;
  if (!is_season_code (want) || !g_str_equal (want, got))
    return FALSE;
  /* Same season; the year must agree when the suite gives one. */
  if (want == expected)
    return TRUE;
  return strncmp (t->value, expected, want - expected) == 0;
}

static gboolean
overlaps (const CrConfCase *c,
          const CrTimex    *t)
{
  if (c->span_start < 0)
    return TRUE;
  return (gssize) t->start_char < c->span_end && (gssize) t->end_char > c->span_start;
}

CrConfScore
cr_conf_case_score (const CrConfCase *c,
                    GArray           *found)
{
  CrConfScore score = { CR_CONF_VERDICT_FAIL, -1, 0 };

  g_return_val_if_fail (c != NULL, score);
  g_return_val_if_fail (found != NULL, score);

  if (c->category == CR_CONF_CATEGORY_NEGATIVE
      || c->category == CR_CONF_CATEGORY_STRICT_NEGATIVE)
    {
      score.n_overlapping = found->len;
      if (found->len == 0)
        score.verdict = CR_CONF_VERDICT_PASS;
      else
        score.found_index = 0;
      return score;
    }

  /* The suite's own reading wins over an alternative one, wherever the
   * expressions are in the array. */
  for (guint i = 0; i < found->len; i++)
    {
      const CrTimex *t = &g_array_index (found, CrTimex, i);

      if (!overlaps (c, t))
        continue;
      score.n_overlapping++;
      if (score.found_index < 0)
        score.found_index = i;
      if (score.verdict != CR_CONF_VERDICT_FAIL)
        continue;
      if ((c->has_interval && timex_matches_interval (t, &c->expected, c->lenient_end))
          || (!c->has_interval && c->timex != NULL && c->timex[0] != '\0'
              && timex_matches_season (t, c->timex)))
        {
          score.verdict = CR_CONF_VERDICT_PASS;
          score.found_index = i;
        }
    }
  if (score.verdict != CR_CONF_VERDICT_FAIL)
    return score;

  for (guint i = 0; i < found->len; i++)
    {
      const CrTimex *t = &g_array_index (found, CrTimex, i);

      if (!overlaps (c, t))
        continue;
      for (guint a = 0; a < c->alternatives->len; a++)
        if (timex_matches_interval (t, &g_array_index (c->alternatives, CrConfInterval, a),
                                    c->lenient_end))
          {
            score.verdict = CR_CONF_VERDICT_PASS_ALTERNATIVE;
            score.found_index = i;
            return score;
          }
    }
  return score;
}

/* Word lists for grouping failures by construction; checked in order, the
 * first group with a word in the expected text wins. */
typedef struct {
  const char         *name;
  const char * const *words;
} Group;

static const char * const range_words[] = {
  "between", "entre", "from", "desde", "to", "hasta", "through", "till", "until",
  "thru", "al", "-", "–", NULL,
};
static const char * const part_words[] = {
  "early", "mid", "late", "beginning", "start", "end", "middle", "principios",
  "mediados", "finales", "comienzos", "inicios", "fin", "primera", "segunda",
  "first", "second", "half", "mitad", NULL,
};
static const char * const ago_words[] = {
  "ago", "hace", "within", "dentro", "later", "después", "despues", "antes",
  "before", "after", "plazo", "now", NULL,
};
static const char * const deictic_words[] = {
  "today", "yesterday", "tomorrow", "tonight", "hoy", "ayer", "mañana",
  "anteayer", "anoche", "pasado mañana", "day after", "day before", NULL,
};
static const char * const shift_words[] = {
  "last", "next", "this", "past", "previous", "coming", "upcoming", "current",
  "pasado", "pasada", "próximo", "próxima", "proximo", "proxima", "este",
  "esta", "siguiente", "anterior", "viene", "entrante", "actual", NULL,
};
static const char * const week_words[] = {
  "week", "weeks", "semana", "semanas", "weekend", "fin de semana", NULL,
};
static const char * const quarter_words[] = {
  "quarter", "trimestre", "semestre", "q1", "q2", "q3", "q4", NULL,
};
static const char * const season_words[] = {
  "summer", "winter", "spring", "fall", "autumn", "verano", "invierno",
  "primavera", "otoño", NULL,
};
static const char * const decade_words[] = {
  "decade", "década", "decada", "siglo", "century", "años", "'s", "s", NULL,
};
static const char * const weekday_words[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL,
};
static const char * const month_words[] = {
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "enero", "febrero",
  "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
  "setiembre", "octubre", "noviembre", "diciembre", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene",
  "abr", "ago", "dic", NULL,
};

static const Group groups[] = {
  { "range", range_words },
  { "part of period", part_words },
  { "counted (ago/within/later)", ago_words },
  { "today/yesterday/tomorrow", deictic_words },
  { "last/next/this", shift_words },
  { "week/weekend", week_words },
  { "quarter/half", quarter_words },
  { "season", season_words },
  { "decade/century", decade_words },
  { "weekday", weekday_words },
  { "month name", month_words },
};

const char *
cr_conf_case_classify (const CrConfCase *c)
{
  const char *text;
  g_autofree char *lower = NULL;
  GString *padded;
  g_autofree char *norm = NULL;
  gboolean digits = FALSE, letters = FALSE;

  g_return_val_if_fail (c != NULL, "other");

  if (c->category == CR_CONF_CATEGORY_NEGATIVE
      || c->category == CR_CONF_CATEGORY_STRICT_NEGATIVE)
    return "negative";
  if (c->category == CR_CONF_CATEGORY_HOLIDAY)
    return "holiday";

  text = c->expected_text && *c->expected_text ? c->expected_text : c->input;
  lower = g_utf8_strdown (text, -1);

  /* " word word " with punctuation except '-' and '\'' turned to spaces,
   * and a '-' between letters or digits kept as its own word. */
  padded = g_string_new (" ");
  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (g_unichar_isdigit (ch))
        digits = TRUE;
      if (g_unichar_isalpha (ch))
        letters = TRUE;
      if (ch == '-' || ch == 0x2013)
        {
          g_string_append (padded, " ");
          g_string_append_unichar (padded, ch);
          g_string_append (padded, " ");
        }
      else if (g_unichar_isalnum (ch) || ch == '\'')
        g_string_append_unichar (padded, ch);
      else if (padded->str[padded->len - 1] != ' ')
        g_string_append_c (padded, ' ');
    }
  g_string_append_c (padded, ' ');
  norm = g_string_free (padded, FALSE);

  if (digits && !letters)
    return strchr (lower, '/') || strchr (lower, '.') || strchr (text, '-') ?
      "numeric date" : "bare number/year";

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    for (guint w = 0; groups[g].words[w] != NULL; w++)
      {
        g_autofree char *needle = g_strconcat (" ", groups[g].words[w], " ", NULL);

        /* A bare "s" only counts glued to digits ("the 90s"). */
        if (g_str_equal (groups[g].words[w], "s"))
          {
            if (g_regex_match_simple ("[0-9]0 ?'?s( |$)", lower, 0, 0))
              return groups[g].name;
            continue;
          }
        if (strstr (norm, needle) != NULL)
          return groups[g].name;
      }
  return digits ? "day + month/year in words" : "other";
}
