/* cr-article-date.c: publication dates as metadata and datelines write them
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-article"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cr-article.h"
#include "cr-calendar.h"

/* This is deliberately small: it reads the handful of shapes that feeds,
 * page metadata and datelines use. Dates inside the text are the date
 * extractor's job, not this file's. */

typedef enum {
  TOKEN_NUMBER,
  TOKEN_WORD,
} TokenType;

typedef struct {
  TokenType type;
  int       number;
  int       digits;
  char     *word;
} Token;

static const struct {
  const char *name;
  int         month;
} month_names[] = {
  { "enero", 1 }, { "ene", 1 }, { "january", 1 }, { "jan", 1 },
  { "febrero", 2 }, { "feb", 2 }, { "february", 2 },
  { "marzo", 3 }, { "mar", 3 }, { "march", 3 },
  { "abril", 4 }, { "abr", 4 }, { "april", 4 }, { "apr", 4 },
  { "mayo", 5 }, { "may", 5 },
  { "junio", 6 }, { "jun", 6 }, { "june", 6 },
  { "julio", 7 }, { "jul", 7 }, { "july", 7 },
  { "agosto", 8 }, { "ago", 8 }, { "august", 8 }, { "aug", 8 },
  { "septiembre", 9 }, { "setiembre", 9 }, { "sep", 9 }, { "sept", 9 },
  { "set", 9 }, { "september", 9 },
  { "octubre", 10 }, { "oct", 10 }, { "october", 10 },
  { "noviembre", 11 }, { "nov", 11 }, { "november", 11 },
  { "diciembre", 12 }, { "dic", 12 }, { "december", 12 }, { "dec", 12 },
};

static const char * const filler_words[] = {
  /* weekdays */
  "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes",
  "sábado", "sabado", "domingo", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
  "thu", "thur", "thurs", "fri", "sat", "sun", "lun", "mié", "mie", "jue",
  "vie", "sáb", "dom",
  /* connectors and ordinal suffixes */
  "de", "del", "of", "the", "st", "nd", "rd", "th", "el",
};

static void
token_clear (Token *token)
{
  g_free (token->word);
}

static int
lookup_month (const Token *t)
{
  if (t->type != TOKEN_WORD)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (g_str_equal (t->word, month_names[i].name))
      return month_names[i].month;
  return 0;
}

static gboolean
is_filler (const Token *t)
{
  if (t->type != TOKEN_WORD)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (filler_words); i++)
    if (g_str_equal (t->word, filler_words[i]))
      return TRUE;
  return FALSE;
}

static GArray *
tokenize (const char *str)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  const char *p = str;

  g_array_set_clear_func (tokens, (GDestroyNotify) token_clear);

  while (*p && tokens->len < 64)
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && g_ascii_isdigit (c))
        {
          Token t = { TOKEN_NUMBER, 0, 0, NULL };

          while (g_ascii_isdigit (*p))
            {
              if (t.digits < 9)
                t.number = t.number * 10 + (*p - '0');
              t.digits++;
              p++;
            }
          g_array_append_val (tokens, t);
        }
      else if (g_unichar_isalpha (c))
        {
          const char *start = p;
          Token t = { TOKEN_WORD, 0, 0, NULL };

          while (*p && g_unichar_isalpha (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          t.word = g_utf8_strdown (start, p - start);
          g_array_append_val (tokens, t);
        }
      else
        p = g_utf8_next_char (p);
    }

  return tokens;
}

static char *
format_value (int year,
              int month,
              int day)
{
  if (year < 1000 || year > 9999)
    return NULL;
  if (day == 0)
    return month >= 1 && month <= 12 ? g_strdup_printf ("%04d-%02d", year, month) : NULL;
  if (!cr_calendar_is_valid_date (year, month, day))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* Tries the written shapes at token @i; on success sets *@next to the
 * first token after the date. */
static char *
match_written (GArray *tokens,
               guint   i,
               guint  *next)
{
  Token *t = &g_array_index (tokens, Token, 0);
  guint n = tokens->len;
  int month;

  /* 3 de septiembre de 2025 / 3 September 2025 / 03 Sep 2025 */
  if (t[i].type == TOKEN_NUMBER && t[i].digits <= 2)
    {
      guint j = i + 1;

      while (j < n && t[j].type == TOKEN_WORD && is_filler (&t[j]))
        j++;
      if (j < n && (month = lookup_month (&t[j])) != 0)
        {
          /* A day before the month claims it, even when the day is not
           * valid ("31 de febrero"): the month alone is not the date. */
          *next = j + 1;
          j++;
          while (j < n && t[j].type == TOKEN_WORD && is_filler (&t[j]))
            j++;
          if (j < n && t[j].type == TOKEN_NUMBER && t[j].digits == 4)
            {
              *next = j + 1;
              return format_value (t[j].number, month, t[i].number);
            }
        }
    }

  if ((month = lookup_month (&t[i])) != 0)
    {
      guint j = i + 1;

      /* September 3, 2025 / Sept. 3rd 2025 */
      if (j < n && t[j].type == TOKEN_NUMBER && t[j].digits <= 2)
        {
          guint k = j + 1;

          while (k < n && is_filler (&t[k]))
            k++;
          if (k < n && t[k].type == TOKEN_NUMBER && t[k].digits == 4)
            {
              *next = k + 1;
              return format_value (t[k].number, month, t[j].number);
            }
        }
      /* junio de 2024 / June 2024 */
      while (j < n && is_filler (&t[j]))
        j++;
      if (j < n && t[j].type == TOKEN_NUMBER && t[j].digits == 4)
        {
          *next = j + 1;
          return format_value (t[j].number, month, 0);
        }
    }

  return NULL;
}

/* ISO 8601 and its common relatives: the date part as written, which for
 * a timestamp with an offset is the day in that offset. */
static char *
parse_iso (const char *s)
{
  int year = 0, month = 0, day = 0;
  int n;

  for (n = 0; n < 4; n++)
    {
      if (!g_ascii_isdigit (s[n]))
        return NULL;
      year = year * 10 + (s[n] - '0');
    }
  if (s[4] == '\0')
    return year >= 1000 ? g_strdup_printf ("%04d", year) : NULL;
  if (s[4] != '-' && s[4] != '/')
    return NULL;
  if (!g_ascii_isdigit (s[5]) || !g_ascii_isdigit (s[6]))
    return NULL;
  month = (s[5] - '0') * 10 + (s[6] - '0');
  if (s[7] == '\0')
    return format_value (year, month, 0);
  if (s[7] != s[4] || !g_ascii_isdigit (s[8]) || !g_ascii_isdigit (s[9]))
    return NULL;
  day = (s[8] - '0') * 10 + (s[9] - '0');
  if (s[10] != '\0' && s[10] != 'T' && s[10] != 't' && s[10] != ' ')
    return NULL;
  return format_value (year, month, day);
}

char *
cr_article_parse_date (const char *str)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GArray) tokens = NULL;
  char *value;

  if (str == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (str));
  if ((value = parse_iso (trimmed)) != NULL)
    return value;

  tokens = tokenize (trimmed);
  for (guint i = 0; i < tokens->len; i++)
    {
      guint next = i;

      if ((value = match_written (tokens, i, &next)) != NULL)
        return value;
      if (next > i)
        i = next - 1;
    }
  return NULL;
}

char *
cr_article_parse_dateline (const char *line)
{
  g_autoptr(GArray) tokens = NULL;
  guint i = 0, next = 0;
  char *value;

  if (line == NULL || strlen (line) > 80)
    return NULL;

  tokens = tokenize (line);
  /* A leading weekday ("Miércoles, 3 de ...") is allowed, nothing else. */
  while (i < tokens->len && is_filler (&g_array_index (tokens, Token, i)) &&
         lookup_month (&g_array_index (tokens, Token, i)) == 0)
    i++;
  if (i >= tokens->len)
    return NULL;
  value = match_written (tokens, i, &next);
  if (value != NULL && next != tokens->len)
    g_clear_pointer (&value, g_free);
  if (value == NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (line));

      value = parse_iso (trimmed);
    }
  return value;
}
