/* cr-date-grammar-news.c: what running news writes that is no date
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks the constructions share to leave news figures alone: a word that
 * opens a clause after an ordinal ("the 15th when"), a noun a figure
 * counts ("the 2000 protesters"), figures that change ("rose from 1900
 * to 2000 points"), codes glued to a figure ("Windows 11 24H2"), names
 * that hold a month or a season ("Julio Iglesias", "the Summer of Love").
 */

#define G_LOG_DOMAIN "cr-date-grammar"

#include "config.h"

#include "cr-calendar.h"
#include "cr-date-private.h"

gboolean
_cr_date_clause_word (const CrDateScan *s,
                      guint             i)
{
  static const char *const words[] = {
    "when", "where", "while", "as", "at", "but", "so", "because", "if", "with", "after", "before",
    "or", "and", "he", "she", "it", "we", "they", "i", "you", "was", "is", "will", "would", NULL,
  };

  for (guint k = 0; words[k] != NULL; k++)
    if (_cr_date_is (s, i, words[k]))
      return TRUE;
  return FALSE;
}

gboolean
_cr_date_count_noun (const CrDateScan *s,
                     guint             i)
{
  static const char *const words[] = {
    "people", "protesters", "homes", "houses", "metres", "meters", "residents", "jobs", "workers", "troops",
    "soldiers", "staff", "passengers", "students", "patients", "families", "migrants", "refugees", "victims",
    "deaths", "employees", "members", "fans", "spectators", "copies", "tonnes", "tons", "miles", "kilometres",
    "personas", "manifestantes", "viviendas", "casas", "metros", "vecinos", "empleos", "trabajadores",
    "soldados", "pasajeros", "estudiantes", "alumnos", "pacientes", "familias", "migrantes", "victimas",
    "muertos", "empleados", "socios", "aficionados", "espectadores", "ejemplares", "toneladas", "kilometros",
    "points", "puntos", "euros", "dollars", "pounds", "pesos", "votes", "votos", "seats", "escanos", "million",
    "billion", "millones", NULL,
  };

  if (_cr_date_tok (s, i)->kind != CR_DATE_TOK_WORD || _cr_date_tok (s, i)->lex != NULL)
    return FALSE;
  for (guint k = 0; words[k] != NULL; k++)
    if (_cr_date_is (s, i, words[k]))
      return TRUE;
  return FALSE;
}

gboolean
_cr_date_counts (const CrDateScan *s,
                 guint             i,
                 guint             ctx)
{
  static const char * const leads[] = {
    "the", "el", "la", "los", "las", "to", "a", "al", "from", "de", "del", "for", "para", "between", "entre", NULL,
  };
  static const char * const changes[] = {
    "rose", "risen", "fell", "fallen", "grew", "grown", "climbed", "increased", "decreased", "dropped", "jumped",
    "went", "paso", "subio", "bajo", "crecio", "cayo", "aumento", "disminuyo", NULL,
  };
  gsize p;
  guint k;

  /* A figure after "in", "by", "since" is a year even before a noun
   * ("in 2024 people voted"); after "the", "to", "from" it counts ("the
   * 2000 protesters", "a 2000 empleados") */
  if (i != 0 || (ctx & CR_DATE_CTX_INNER) || s->prev == NULL)
    return FALSE;
  for (k = 0; leads[k] != NULL && strcmp (s->prev->word, leads[k]) != 0; k++)
    ;
  if (leads[k] == NULL)
    return FALSE;
  if (_cr_date_count_noun (s, i + 1))
    return TRUE;
  /* "de 1900 a 2000": the end of figures that made no range of years */
  if (s->prev->flags & CR_DATE_LEX_TO)
    {
      p = _cr_date_tok (s, i)->start;
      while (p > 0 && s->text[p - 1] == ' ')
        p--;
      while (p > 0 && g_ascii_isalpha (s->text[p - 1]))
        p--;
      while (p > 0 && s->text[p - 1] == ' ')
        p--;
      if (p > 0 && g_ascii_isdigit (s->text[p - 1]))
        return TRUE;
    }
  if (!(s->prev->flags & CR_DATE_LEX_FROM) && !s->prev_from)
    return FALSE;
  /* "from 1500 to 2000 points", "de 1500 a 2000 empleados" */
  if ((_cr_date_flag (s, i + 1, CR_DATE_LEX_TO) || _cr_date_punct (s, i + 1, '-')) && _cr_date_num (s, i + 2) &&
      (_cr_date_count_noun (s, i + 3) || _cr_date_punct (s, i + 3, '%')))
    return TRUE;
  /* "the index rose from 1900 to 2000", "pasó de 1500 a 2000": round
   * figures after a verb of change ("prices rose from 2010 to 2015" are
   * years) */
  if (_cr_date_tok (s, i)->num % 100 != 0 || !(_cr_date_flag (s, i + 1, CR_DATE_LEX_TO) || _cr_date_punct (s, i + 1, '-')))
    return FALSE;
  p = _cr_date_tok (s, i)->start;
  for (guint w = 0; w < 2; w++)
    {
      gsize e;

      while (p > 0 && s->text[p - 1] == ' ')
        p--;
      e = p;
      while (p > 0 && e - p < 16 && (g_ascii_isalpha (s->text[p - 1]) || (guchar) s->text[p - 1] >= 0x80))
        p--;
      if (w == 1)
        {
          char buf[CR_DATE_WORD_MAX + 1];
          gsize n = _cr_date_fold_word (s->text + p, e - p, buf, sizeof buf);

          for (k = 0; n > 0 && changes[k] != NULL; k++)
            if (strcmp (buf, changes[k]) == 0)
              return TRUE;
        }
    }
  return FALSE;
}

gboolean
_cr_date_glued (const CrDateScan *s,
                guint             i)
{
  gsize p = _cr_date_tok (s, i)->start, b = p;

  /* "2016H2" is a year and its half */
  while (b > 0 && p - b < 5 && g_ascii_isdigit (s->text[b - 1]))
    b--;
  return b < p && p - b != 4;
}

/* Is the capitalised word at @i a name inside a sentence? */
static gboolean
name_at (const CrDateScan *s,
         guint             i)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  return t->kind == CR_DATE_TOK_WORD && t->upper && t->lex == NULL;
}

gboolean
_cr_date_named (const CrDateScan *s,
                guint             i)
{
  gsize p, b;

  if (i != 0 || !_cr_date_tok (s, i)->upper || !s->prev_is_letter)
    return FALSE;
  /* "the Summer of Love", "la Primavera de Praga", "Winter Olympics" */
  if (_cr_date_kind (s, i) == CR_DATE_WORD_SEASON)
    return name_at (s, i + 1) ||
           ((_cr_date_is (s, i + 1, "of") || _cr_date_is (s, i + 1, "de") || _cr_date_is (s, i + 1, "del")) &&
            name_at (s, i + 2));
  /* "recalled by May, who resigned": a person */
  if (_cr_date_kind (s, i) == CR_DATE_WORD_MONTH && _cr_date_punct (s, i + 1, ',') && _cr_date_is (s, i + 2, "who"))
    return TRUE;
  /* "junto a Julio Iglesias", "Victoria Abril y": Spanish writes its
   * months in lowercase */
  if (s->lang != CR_LANGUAGE_ES || _cr_date_kind (s, i) != CR_DATE_WORD_MONTH)
    return FALSE;
  if (name_at (s, i + 1))
    return TRUE;
  if (s->prev != NULL)
    return FALSE;
  p = _cr_date_tok (s, i)->start;
  while (p > 0 && s->text[p - 1] == ' ')
    p--;
  b = p;
  while (b > 0 && (g_ascii_isalpha (s->text[b - 1]) || (guchar) s->text[b - 1] >= 0x80))
    b--;
  return b < p && g_ascii_isupper (s->text[b]);
}

gboolean
_cr_date_part_of_game (const CrDateScan *s,
                       guint             i,
                       guint             j)
{
  /* "el primer cuarto" is a basketball quarter without a year */
  if (_cr_date_is (s, i, "cuarto"))
    return TRUE;
  /* "the first quarter of the game", "the second half of the match" */
  return j == i + 1 && (_cr_date_is (s, j, "of") || _cr_date_is (s, j, "de") || _cr_date_is (s, j, "del"));
}

gboolean
_cr_date_after_topic (const CrDateScan *s,
                      guint             i)
{
  static const char * const topics[] = {
    "worried", "warned", "talked", "spoke", "asked", "questions", "concerns", "fears", "doubts", "news", "said",
    "think", "thinking", "know", "knew", "learned", "heard", "read", "wrote", "concerned", "optimistic",
    "pessimistic", "confident", "clear", "debate", "speak", "talk", "film", "book", "story", NULL,
  };

  return _cr_date_word_before_is (s, _cr_date_tok (s, i)->start, topics);
}

guint
_cr_date_unit_month (CrDateScan  *s,
                     guint        j,
                     int          dir,
                     CrDateMatch *m)
{
  int month;
  guint e;

  if (s->lang != CR_LANGUAGE_ES || !_cr_date_is (s, j, "mes") || !_cr_date_is (s, j + 1, "de") ||
      !(e = _cr_date_parse_month (s, j + 2, TRUE, &month)))
    return 0;
  _cr_date_month_relative (s, month, dir == 2 ? 0 : dir, &m->a);
  if (dir == 2 && s->dct != CR_DAY_UNKNOWN)
    m->a.year = s->dct_year;
  return e;
}

guint
_cr_date_dir_day (CrDateScan  *s,
                  guint        j,
                  int          dir,
                  CrDateMatch *m)
{
  CrDateMatch d;
  int mday, y, mo;
  guint e;

  if (s->lang != CR_LANGUAGE_ES || (dir != 1 && dir != -1) || !_cr_date_is (s, j, "dia") || !_cr_date_num (s, j + 1) ||
      s->dct == CR_DAY_UNKNOWN)
    return 0;
  /* "el pasado día 1 de septiembre": the year that puts it before */
  memset (&d, 0, sizeof d);
  if ((e = _cr_date_parse_day_date (s, j + 1, &d)) && !d.is_range && d.a.gran == CR_GRANULARITY_DAY)
    {
      _cr_date_year_by_direction (s, dir, &d.a);
      *m = d;
      return e;
    }
  /* "el pasado día 15": the latest 15th before the DCT; "el próximo día
   * 20" the first after */
  if (!(e = _cr_date_parse_day_num (s, j + 1, &mday)) || _cr_date_is (s, e, "de") || _cr_date_is (s, e, "del"))
    return 0;
  y = s->dct_year;
  mo = s->dct_month;
  for (int step = 0; step < 13; step++)
    {
      if (cr_calendar_is_valid_date (y, mo, mday) &&
          (dir > 0 ? cr_day_from_ymd (y, mo, mday) > s->dct : cr_day_from_ymd (y, mo, mday) < s->dct))
        {
          _cr_date_point_day (&m->a, y, mo, mday, CR_TIMEX_ANCHOR_UNDERSPECIFIED);
          return e;
        }
      mo += dir;
      if (mo > 12 || mo < 1)
        {
          y += dir;
          mo = mo > 12 ? 1 : 12;
        }
    }
  return 0;
}

/* The word that ends before @pos, folded into @buf; its start goes to
 * @start. */
static gsize
folded_word_before (const CrDateScan *s,
                    gsize             pos,
                    char             *buf,
                    gsize             len,
                    gsize            *start)
{
  gsize e = pos, b;

  while (e > 0 && s->text[e - 1] == ' ')
    e--;
  b = e;
  while (b > 0 && e - b < 16 && (g_ascii_isalpha (s->text[b - 1]) || (guchar) s->text[b - 1] >= 0x80))
    b--;
  *start = b;
  return b < e ? _cr_date_fold_word (s->text + b, e - b, buf, len) : 0;
}

gboolean
_cr_date_idiom_day (const CrDateScan *s,
                    guint             i)
{
  char buf[CR_DATE_WORD_MAX + 1];
  gsize p;

  if (s->lang != CR_LANGUAGE_ES || i != 0)
    return FALSE;
  /* "al día siguiente" is the day after the story's */
  if (_cr_date_is (s, i, "dia") && _cr_date_is (s, i + 1, "siguiente") && s->prev && strcmp (s->prev->word, "al") == 0)
    return TRUE;
  /* "el día de mañana" is some day to come */
  if (!_cr_date_is (s, i, "manana"))
    return FALSE;
  return folded_word_before (s, _cr_date_tok (s, i)->start, buf, sizeof buf, &p) > 0 && strcmp (buf, "de") == 0 &&
         folded_word_before (s, p, buf, sizeof buf, &p) > 0 && strcmp (buf, "dia") == 0;
}

gboolean
_cr_date_plain_word (const CrDateScan *s,
                     guint             i)
{
  return _cr_date_tok (s, i)->kind == CR_DATE_TOK_WORD &&
         (_cr_date_kind (s, i) == CR_DATE_WORD_NONE || _cr_date_kind (s, i) == CR_DATE_WORD_PLAIN);
}

gboolean
_cr_date_possessive_after (const CrDateScan *s,
                           guint             i)
{
  const char *t = s->text;
  gsize p = _cr_date_tok (s, i)->end;

  if (p < s->len && t[p] == '\'')
    p++;
  else if (p + 2 < s->len && memcmp (t + p, "\xe2\x80\x99", 3) == 0)
    p += 3;
  else
    return FALSE;
  return p < s->len && (t[p] == 's' || t[p] == 'S') && (p + 1 == s->len || !g_ascii_isalnum (t[p + 1]));
}

void
_cr_date_since_past (const CrDateScan *s,
                     guint             i,
                     CrDateMod         mod,
                     CrDateMatch      *m)
{
  /* "since January 2": the latest one, on or before the DCT, not the
   * nearest ("desde el 10 de septiembre" may be to come) */
  if (mod != CR_DATE_MOD_ON_OR_AFTER || !_cr_date_is (s, i, "since") ||
      m->is_range || !m->a.year_open || m->a.open || s->dct == CR_DAY_UNKNOWN ||
      (m->a.gran != CR_GRANULARITY_DAY && m->a.gran != CR_GRANULARITY_MONTH))
    return;
  m->a.year = s->dct_year;
  m->a.year_open = FALSE;
  if (m->a.part > s->dct_month ||
      (m->a.gran == CR_GRANULARITY_DAY && m->a.part == s->dct_month && m->a.mday > s->dct_mday))
    m->a.year--;
}
