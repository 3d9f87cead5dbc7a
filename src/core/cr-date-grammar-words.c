/* cr-date-grammar-words.c: years written in words, eras, early years
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "mil novecientos noventa y nueve", "dos mil dieciocho", "nineteen
 * ninety six", "nineteen hundred ninety three", "two thousand and fifteen",
 * "one thousand seven hundred and eighty nine"; eras ("88 AD", "2555 BE",
 * "88 d. C."), years before 1000 ("year 247") and decades in words ("the
 * twenty-tens"), "the ides of March", "CY2008".
 */

#define G_LOG_DOMAIN "cr-date-grammar"

#include "config.h"

#include "cr-date-private.h"

/* A year in words after a day or month: "de dos mil dieciocho", "del mil
 * novecientos noventa y dos", "nineteen ninety six", "two thousand and
 * fifteen". */
guint
_cr_date_parse_year_words (const CrDateScan *s,
                           guint             i,
                           int              *year)
{
  static const struct { const char *word; int value; } hundreds[] = {
    { "cien", 100 }, { "ciento", 100 }, { "doscientos", 200 }, { "trescientos", 300 },
    { "cuatrocientos", 400 }, { "quinientos", 500 }, { "seiscientos", 600 },
    { "setecientos", 700 }, { "ochocientos", 800 }, { "novecientos", 900 },
  };
  guint j = i, k;
  int n = 0, y;

  if (_cr_date_kind (s, j) == CR_DATE_WORD_NUMBER && (_cr_date_is (s, j + 1, "mil") || _cr_date_is (s, j + 1, "thousand")))
    {
      n = _cr_date_value (s, j);
      j++;
    }
  if (_cr_date_is (s, j, "mil") || _cr_date_is (s, j, "thousand"))
    {
      y = 1000 * (n > 0 ? n : 1);
      j++;
      for (guint h = 0; h < G_N_ELEMENTS (hundreds); h++)
        if (_cr_date_is (s, j, hundreds[h].word))
          {
            y += hundreds[h].value;
            j++;
            break;
          }
      /* "one thousand seven hundred and eighty nine" */
      if (_cr_date_kind (s, j) == CR_DATE_WORD_NUMBER && _cr_date_value (s, j) < 10 && _cr_date_is (s, j + 1, "hundred"))
        {
          y += 100 * _cr_date_value (s, j);
          j += 2;
        }
      if (_cr_date_is (s, j, "and"))
        j++;
      if ((k = _cr_date_parse_count (s, j, &n)) && !_cr_date_num (s, j) && n < 100)
        {
          y += n;
          j = k;
        }
      else if (_cr_date_is (s, j - 1, "and"))
        j--;
      if (y < 1000 || y > 2999)
        return 0;
      *year = y;
      return j;
    }
  /* "nineteen hundred ninety three", "seventeen hundred thirty three" */
  if (s->lang == CR_LANGUAGE_EN && _cr_date_kind (s, j) == CR_DATE_WORD_NUMBER &&
      _cr_date_value (s, j) >= 10 && _cr_date_value (s, j) <= 29 && _cr_date_is (s, j + 1, "hundred"))
    {
      y = _cr_date_value (s, j) * 100;
      j += 2;
      if (_cr_date_is (s, j, "and"))
        j++;
      if ((k = _cr_date_parse_count (s, j, &n)) && !_cr_date_num (s, j) && n < 100)
        {
          y += n;
          j = k;
        }
      *year = y;
      return j;
    }
  /* "nineteen ninety six": the century, then the rest */
  if (s->lang == CR_LANGUAGE_EN && _cr_date_kind (s, j) == CR_DATE_WORD_NUMBER &&
      _cr_date_value (s, j) >= 10 && _cr_date_value (s, j) <= 29 &&
      _cr_date_kind (s, j + 1) == CR_DATE_WORD_NUMBER && (k = _cr_date_parse_count (s, j + 1, &n)) && n >= 10 && n < 100)
    {
      if (n % 10 == 0 && _cr_date_kind (s, k) == CR_DATE_WORD_NUMBER && _cr_date_value (s, k) < 10)
        n += _cr_date_value (s, k++);   /* "ninety six" written apart */
      *year = _cr_date_value (s, j) * 100 + n;
      return k;
    }
  /* "nineteen oh five", "nineteen zero one" */
  if (s->lang == CR_LANGUAGE_EN && _cr_date_kind (s, j) == CR_DATE_WORD_NUMBER &&
      _cr_date_value (s, j) >= 10 && _cr_date_value (s, j) <= 29 &&
      (_cr_date_is (s, j + 1, "oh") || _cr_date_is (s, j + 1, "zero")) &&
      _cr_date_kind (s, j + 2) == CR_DATE_WORD_NUMBER && _cr_date_value (s, j + 2) >= 1 &&
      _cr_date_value (s, j + 2) <= 9)
    {
      *year = _cr_date_value (s, j) * 100 + _cr_date_value (s, j + 2);
      return j + 3;
    }
  return 0;
}

/* An era after a year: "AD", "CE" and "BE" in capitals, "a.d.", "d. C."
 * in any case; the end of the marker, or 0. @buddhist tells "BE". */
static guint
era_at (const CrDateScan *s,
        guint             i,
        gboolean         *buddhist)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  *buddhist = FALSE;
  if (t->kind != CR_DATE_TOK_WORD)
    return 0;
  /* "a.d.", "A.D.", "d. C.", "d.C." */
  if (t->wlen == 1 && _cr_date_punct (s, i + 1, '.') && !_cr_date_tok (s, i + 1)->space_before &&
      ((t->word[0] == 'a' && s->lang == CR_LANGUAGE_EN && _cr_date_is (s, i + 2, "d")) ||
       (t->word[0] == 'd' && s->lang == CR_LANGUAGE_ES && _cr_date_is (s, i + 2, "c"))) &&
      _cr_date_tok (s, i + 2)->wlen == 1)
    return _cr_date_punct (s, i + 3, '.') && !_cr_date_tok (s, i + 3)->space_before ? i + 4 : i + 3;
  /* "AD", not "ad"; "88 AD patients" is a count */
  if (t->wlen == 2 && s->lang == CR_LANGUAGE_EN && t->upper && g_ascii_isupper (s->text[t->start + 1]) &&
      (_cr_date_is (s, i, "ad") || _cr_date_is (s, i, "ce") || _cr_date_is (s, i, "be")))
    {
      const CrDateTok *n = _cr_date_tok (s, i + 1);

      if (n->kind == CR_DATE_TOK_NUM || (n->kind == CR_DATE_TOK_WORD && n->lex == NULL))
        return 0;
      *buddhist = _cr_date_is (s, i, "be");
      return i + 1;
    }
  return 0;
}

guint
_cr_date_parse_era_year (const CrDateScan *s,
                         guint             i,
                         int              *year)
{
  const CrDateTok *t = _cr_date_tok (s, i);
  gboolean buddhist;
  guint e;

  if (t->kind != CR_DATE_TOK_NUM || t->ordinal || t->ndigits > 4 || t->num < 1 || !(e = era_at (s, i + 1, &buddhist)))
    return 0;
  /* The Buddhist era runs 543 years ahead: 2555 BE is 2012. */
  *year = buddhist ? t->num - 543 : t->num;
  if (*year < 1 || *year > 2999)
    return 0;
  return e;
}

/* "year 247", "año 247", "the year two hundred and sixty seven": a year
 * of three figures or in hundreds, after the singular unit */
guint
_cr_date_parse_small_year (const CrDateScan *s,
                           guint             i,
                           CrDateMatch      *m)
{
  const CrDateTok *t = _cr_date_tok (s, i);
  guint j, k;
  int n, year;

  if (t->kind == CR_DATE_TOK_NUM)
    {
      if (t->ordinal || t->ndigits != 3 || t->num < 100 || _cr_date_num (s, i + 1) ||
          (_cr_date_tok (s, i + 1)->kind == CR_DATE_TOK_PUNCT && !_cr_date_tok (s, i + 1)->space_before &&
           _cr_date_num (s, i + 2)))
        return 0;
      year = t->num;
      j = i + 1;
    }
  else
    {
      /* "two hundred and sixty seven" */
      if (s->lang != CR_LANGUAGE_EN || _cr_date_kind (s, i) != CR_DATE_WORD_NUMBER || _cr_date_value (s, i) < 1 ||
          _cr_date_value (s, i) > 9 || !_cr_date_is (s, i + 1, "hundred"))
        return 0;
      year = 100 * _cr_date_value (s, i);
      j = i + 2;
      if (_cr_date_is (s, j, "and") && (k = _cr_date_parse_count (s, j + 1, &n)) && !_cr_date_num (s, j + 1) &&
          n < 100)
        {
          if (n % 10 == 0 && n >= 20 && _cr_date_kind (s, k) == CR_DATE_WORD_NUMBER && _cr_date_value (s, k) < 10)
            n += _cr_date_value (s, k++);   /* "sixty seven" written apart */
          year += n;
          j = k;
        }
    }
  /* "year 247 of the dynasty", "el año 247 de su reinado" count the
   * years of something; "de nuestra era", "of the Common Era" do not */
  if (_cr_date_is (s, j, "of") || _cr_date_is (s, j, "de") || _cr_date_is (s, j, "del"))
    {
      k = j + 1;
      if (_cr_date_is (s, k, "the") || _cr_date_is (s, k, "our") || _cr_date_is (s, k, "nuestra") ||
          _cr_date_is (s, k, "la"))
        k++;
      if (_cr_date_is (s, k, "common"))
        k++;
      if (!_cr_date_is (s, k, "era"))
        return 0;
    }
  _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
  return j;
}

/* "88 AD", "in 14 a.d.", "2024 AD August": a year of an era, maybe with
 * its month; "18q4": a quarter; "1990s", "the '90s", "the 1970's", "70’s", "in 1990 s.": a
 * decade in figures. */
guint
_cr_date_parse_era_or_decade (CrDateScan  *s,
                              guint        i,
                              CrDateMatch *m)
{
  const CrDateTok *t = _cr_date_tok (s, i);
  const CrDateTok *n = _cr_date_tok (s, i + 1);
  guint j, l;
  int year, month;

  if ((j = _cr_date_parse_era_year (s, i, &year)))
    {
      if (s->lang == CR_LANGUAGE_EN && (l = _cr_date_parse_month (s, j, TRUE, &month)))
        {
          _cr_date_point_simple (&m->a, CR_GRANULARITY_MONTH, year, month, CR_TIMEX_ANCHOR_ABSOLUTE);
          return l;
        }
      _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
      return j;
    }

  /* "18q4": a quarter after a two-digit year, all in one word; "2016H2",
   * "2024Q3" after a full year */
  if ((t->ndigits == 2 || (t->ndigits == 4 && t->num >= 1900 && t->num <= 2099)) && !t->ordinal &&
      n->kind == CR_DATE_TOK_WORD && !n->space_before && n->wlen == 1 &&
      (n->word[0] == 'q' || (n->word[0] == 'h' && t->ndigits == 4)) && _cr_date_num (s, i + 2) &&
      !_cr_date_tok (s, i + 2)->space_before && _cr_date_tok (s, i + 2)->ndigits == 1 &&
      _cr_date_tok (s, i + 2)->num >= 1 && _cr_date_tok (s, i + 2)->num <= (n->word[0] == 'q' ? 4 : 2) &&
      _cr_date_tok (s, i + 3)->kind != CR_DATE_TOK_NUM)
    {
      _cr_date_point_simple (&m->a, n->word[0] == 'q' ? CR_GRANULARITY_QUARTER : CR_GRANULARITY_HALF,
                             t->ndigits == 4 ? t->num : _cr_date_pivot_year (s, t->num),
                             _cr_date_tok (s, i + 2)->num, CR_TIMEX_ANCHOR_ABSOLUTE);
      return i + 3;
    }

  if ((t->ndigits == 4 || t->ndigits == 2) && t->num % 10 == 0)
    {
      guint k = i + 1;
      const CrDateTok *after;

      if (_cr_date_punct (s, k, '\'') && !n->space_before &&
          !_cr_date_tok (s, k + 1)->space_before)
        k++;   /* the apostrophe, straight or curly */
      after = _cr_date_tok (s, k + 1);
      if (_cr_date_is (s, k, "s") &&
          (!_cr_date_tok (s, k)->space_before ||
           (k == i + 1 && t->ndigits == 4 && (after->kind == CR_DATE_TOK_END || after->kind == CR_DATE_TOK_PUNCT))))
        {
          static const char * const owners[] = { "his", "her", "their", "its", "my", "your", "our", NULL };
          static const char * const ends[] = { "early", "mid", "late", NULL };
          gsize pos = t->start;
          int y = t->num;

          /* "a man in his 40s", "in her early 20s", "in their mid-80s":
           * ages */
          if (pos > 0 && s->text[pos - 1] == '-')
            pos--;
          if (t->ndigits == 2 && _cr_date_word_before_is (s, pos, ends))
            {
              while (pos > 0 && s->text[pos - 1] == ' ')
                pos--;
              while (pos > 0 && g_ascii_isalpha (s->text[pos - 1]))
                pos--;
            }
          if (t->ndigits == 2 && _cr_date_word_before_is (s, pos, owners))
            return 0;
          if (t->ndigits == 2)
            y = (s->dct != CR_DAY_UNKNOWN && 2000 + y <= s->dct_year) || y < 30 ? 2000 + y : 1900 + y;
          _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, y, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
          return k + 1;
        }
    }
  return 0;
}

/* "the two thousands", "the twenty-tens", "the two thousand and tens":
 * the decades of this century in words, after "the" */
guint
_cr_date_parse_decade_words (CrDateScan  *s,
                             guint        i,
                             CrDateMatch *m)
{
  guint j;

  if (s->lang != CR_LANGUAGE_EN || !((i == 0 && s->prev != NULL && strcmp (s->prev->word, "the") == 0) ||
                                     (i > 0 && _cr_date_is (s, i - 1, "the"))))
    return 0;
  if (_cr_date_is (s, i, "two") && _cr_date_is (s, i + 1, "thousands"))
    {
      _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, 2000, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
      return i + 2;
    }
  if (_cr_date_is (s, i, "two") && _cr_date_is (s, i + 1, "thousand") && _cr_date_is (s, i + 2, "and"))
    j = i + 3;
  else if (_cr_date_is (s, i, "twenty"))
    j = i + 1 + (_cr_date_punct (s, i + 1, '-') ? 1 : 0);
  else
    return 0;
  if (!_cr_date_is (s, j, "tens"))
    return 0;
  _cr_date_point_simple (&m->a, CR_GRANULARITY_DECADE, 2010, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
  return j + 1;
}

/* "the ides of March": the 15th of March, May, July and October, the
 * 13th of the other months; "CY2008", "cy 2008", "cy18": a calendar
 * year */
guint
_cr_date_parse_ides_or_cy (CrDateScan  *s,
                           guint        i,
                           CrDateMatch *m)
{
  const CrDateTok *n = _cr_date_tok (s, i + 1);
  guint j, k;
  int month, year;

  if (s->lang != CR_LANGUAGE_EN)
    return 0;
  if (_cr_date_is (s, i, "ides") && _cr_date_is (s, i + 1, "of") &&
      (j = _cr_date_parse_month (s, i + 2, TRUE, &month)))
    {
      int mday = month == 3 || month == 5 || month == 7 || month == 10 ? 15 : 13;

      /* a year in four figures only: "the ides of March 44" is BC */
      k = _cr_date_parse_year (s, j + (_cr_date_punct (s, j, ',') ? 1 : 0), &year);
      _cr_date_set_day (s, &m->a, year, k != 0, FALSE, month, mday);
      return k ? k : j;
    }
  if (!_cr_date_is (s, i, "cy") || n->kind != CR_DATE_TOK_NUM || n->ordinal ||
      _cr_date_num (s, i + 2) || _cr_date_kind (s, i + 2) == CR_DATE_WORD_UNIT)
    return 0;
  if (n->ndigits == 4 && _cr_date_parse_year (s, i + 1, &year))
    ;
  else if (n->ndigits == 2 && !n->space_before)
    year = _cr_date_pivot_year (s, n->num);
  else
    return 0;
  _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
  return i + 2;
}

/* "Mil novecientos noventa.": a year in words standing as a sentence of
 * its own, at the start of the text or after punctuation; "mil
 * novecientos noventa euros" and "costó mil novecientos" are amounts */
guint
_cr_date_parse_year_words_alone (CrDateScan  *s,
                                 guint        i,
                                 CrDateMatch *m)
{
  const CrDateTok *n;
  guint e;
  int year;

  if (s->lang != CR_LANGUAGE_ES || i != 0 || s->prev_is_letter || s->prev_is_num || !_cr_date_is (s, i, "mil") ||
      !(e = _cr_date_parse_year_words (s, i, &year)) || e < i + 3)
    return 0;
  n = _cr_date_tok (s, e);
  if (!(n->kind == CR_DATE_TOK_END ||
        (n->kind == CR_DATE_TOK_PUNCT && (n->ch == '.' || n->ch == '!' || n->ch == '?') && !_cr_date_num (s, e + 1))))
    return 0;
  _cr_date_point_simple (&m->a, CR_GRANULARITY_YEAR, year, 0, CR_TIMEX_ANCHOR_ABSOLUTE);
  return e;
}

/* Is the "q1" at @i one of a pair, "q1 and q2", "t1 y t2": the same
 * letter with another number from 1 to 4 across "and", "or", "y", "o"
 * or a comma, after or before it? */
gboolean
_cr_date_quarter_pair (const CrDateScan *s,
                       guint             i)
{
  const CrDateTok *q = _cr_date_tok (s, i);
  const CrDateTok *n;
  gsize p, b;

  if (_cr_date_is (s, i + 2, "and") || _cr_date_is (s, i + 2, "or") || _cr_date_is (s, i + 2, "y") ||
      _cr_date_is (s, i + 2, "o") || _cr_date_punct (s, i + 2, ','))
    {
      n = _cr_date_tok (s, i + 3);
      if (n->kind == CR_DATE_TOK_WORD && n->wlen == 1 && n->word[0] == q->word[0] && _cr_date_num (s, i + 4) &&
          !_cr_date_tok (s, i + 4)->space_before && _cr_date_tok (s, i + 4)->ndigits == 1 &&
          _cr_date_tok (s, i + 4)->num >= 1 && _cr_date_tok (s, i + 4)->num <= 4)
        return TRUE;
    }
  if (i != 0)
    return FALSE;
  /* before it, in the text: "q1 and " */
  p = q->start;
  while (p > 0 && s->text[p - 1] == ' ')
    p--;
  b = p;
  while (b > 0 && g_ascii_isalpha (s->text[b - 1]))
    b--;
  if (b == p && p > 0 && s->text[p - 1] == ',')
    b = --p;
  else if (!((p - b == 3 && g_ascii_strncasecmp (s->text + b, "and", 3) == 0) ||
             (p - b == 2 && g_ascii_strncasecmp (s->text + b, "or", 2) == 0) ||
             (p - b == 1 && (s->text[b] == 'y' || s->text[b] == 'o'))))
    return FALSE;
  p = b;
  while (p > 0 && s->text[p - 1] == ' ')
    p--;
  return p >= 2 && s->text[p - 1] >= '1' && s->text[p - 1] <= '4' &&
         g_ascii_tolower (s->text[p - 2]) == q->word[0] && (p == 2 || !g_ascii_isalnum (s->text[p - 3]));
}
