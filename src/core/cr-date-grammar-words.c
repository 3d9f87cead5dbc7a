/* cr-date-grammar-words.c: years written in words
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "mil novecientos noventa y nueve", "dos mil dieciocho", "nineteen
 * ninety six", "nineteen hundred ninety three", "two thousand and fifteen",
 * "one thousand seven hundred and eighty nine".
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
  return 0;
}
