/* cr-date-extractor.c: find and normalise dates in Spanish and English news
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One forward pass over the bytes. Almost every position is rejected by a
 * byte class table or by the first two letters of a word; only digits and
 * words of the date lexicon open a short token window, on which the
 * grammar runs. Code points are counted lazily, from the last result to
 * the next one, so offsets cost nothing where there is no date.
 */

#define G_LOG_DOMAIN "cr-date-extractor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cr-date-extractor.h"
#include "cr-date-private.h"
#include "cr-calendar.h"
#include "cr-language.h"

G_DEFINE_QUARK (cr-date-error-quark, cr_date_error)

/* Byte classes for the hot loop. */
enum {
  C_OTHER = 0,   /* ASCII space and punctuation */
  C_DIGIT,
  C_ALPHA,       /* ASCII letter */
  C_HIGH,        /* byte of a multi-byte sequence */
};

static const guint8 byte_class[256] = {
  ['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT,
  ['4'] = C_DIGIT, ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT,
  ['8'] = C_DIGIT, ['9'] = C_DIGIT,
  ['A'] = C_ALPHA, ['B'] = C_ALPHA, ['C'] = C_ALPHA, ['D'] = C_ALPHA,
  ['E'] = C_ALPHA, ['F'] = C_ALPHA, ['G'] = C_ALPHA, ['H'] = C_ALPHA,
  ['I'] = C_ALPHA, ['J'] = C_ALPHA, ['K'] = C_ALPHA, ['L'] = C_ALPHA,
  ['M'] = C_ALPHA, ['N'] = C_ALPHA, ['O'] = C_ALPHA, ['P'] = C_ALPHA,
  ['Q'] = C_ALPHA, ['R'] = C_ALPHA, ['S'] = C_ALPHA, ['T'] = C_ALPHA,
  ['U'] = C_ALPHA, ['V'] = C_ALPHA, ['W'] = C_ALPHA, ['X'] = C_ALPHA,
  ['Y'] = C_ALPHA, ['Z'] = C_ALPHA,
  ['a'] = C_ALPHA, ['b'] = C_ALPHA, ['c'] = C_ALPHA, ['d'] = C_ALPHA,
  ['e'] = C_ALPHA, ['f'] = C_ALPHA, ['g'] = C_ALPHA, ['h'] = C_ALPHA,
  ['i'] = C_ALPHA, ['j'] = C_ALPHA, ['k'] = C_ALPHA, ['l'] = C_ALPHA,
  ['m'] = C_ALPHA, ['n'] = C_ALPHA, ['o'] = C_ALPHA, ['p'] = C_ALPHA,
  ['q'] = C_ALPHA, ['r'] = C_ALPHA, ['s'] = C_ALPHA, ['t'] = C_ALPHA,
  ['u'] = C_ALPHA, ['v'] = C_ALPHA, ['w'] = C_ALPHA, ['x'] = C_ALPHA,
  ['y'] = C_ALPHA, ['z'] = C_ALPHA,
  [0x80 ... 0xff] = C_HIGH,
};

/* Folding of the Latin-1 letters U+00C0..U+00FF (second byte after 0xC3)
 * to ASCII; 0 for the two that are not letters (× and ÷). */
static const char latin1_fold[64] =
  "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyts"
  "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";

/* Length of the non-letter UTF-8 sequence at @p (spaces, quotes, dashes,
 * «», ¿¡, º ª °), or 0 when @p starts a letter. */
static inline gsize
high_punct_len (const guchar *p,
                const guchar *end)
{
  if (p[0] == 0xC2 && p + 1 < end)
    return 2;   /* U+0080..U+00BF: NBSP, «», ¡¿, º ª, ° ... none is a letter we fold */
  if (p[0] == 0xE2 && p + 2 < end && (p[1] == 0x80 || p[1] == 0x81 || p[1] == 0x82))
    return 3;   /* General punctuation, currency */
  if (p[0] == 0xC3 && p + 1 < end && (p[1] == 0x97 || p[1] == 0xB7))
    return 2;   /* × ÷ */
  return 0;
}

static inline gsize
utf8_seq_len (guchar c)
{
  if (c < 0xC0)
    return 1;
  if (c < 0xE0)
    return 2;
  if (c < 0xF0)
    return 3;
  return 4;
}

gsize
_cr_date_fold_word (const char *src,
                    gsize       len,
                    char       *out,
                    gsize       out_len)
{
  const guchar *p = (const guchar *) src;
  const guchar *end = p + len;
  gsize n = 0;

  if (len >= out_len)
    return 0;
  /* Most words are plain ASCII letters. */
  while (p < end && byte_class[*p] == C_ALPHA)
    out[n++] = *p++ | 0x20;
  while (p < end)
    {
      guchar c = *p;
      char f;

      if (c < 0x80)
        {
          if (byte_class[c] != C_ALPHA)
            return 0;
          f = c | 0x20;
          p++;
        }
      else if (c == 0xC3 && p + 1 < end && p[1] >= 0x80 && p[1] <= 0xBF)
        {
          f = latin1_fold[p[1] - 0x80];
          if (f == 0)
            return 0;
          p += 2;
        }
      else
        return 0;

      if (n + 1 >= out_len)
        return 0;
      out[n++] = f;
    }
  out[n] = '\0';
  return n;
}

/* End of the letter run starting at @p (ASCII letters and any non-ASCII
 * character that is not punctuation). */
static inline const guchar *
word_end (const guchar *p,
          const guchar *end)
{
  while (p < end)
    {
      guint8 cls = byte_class[*p];

      if (cls == C_ALPHA)
        p++;
      else if (cls == C_HIGH && *p >= 0xC0 && high_punct_len (p, end) == 0)
        p += utf8_seq_len (*p);
      else
        break;
    }
  return MIN (p, end);
}

static inline gboolean
is_upper_at (const guchar *p)
{
  return (p[0] >= 'A' && p[0] <= 'Z') || (p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E);
}

static const char *ordinal_suffixes[] = {
  "o", "a", "er", "ro", "do", "to", "vo", "mo", "no", "st", "nd", "rd", "th",
};

/* Reads one token at @pos; returns FALSE at a line break or the end. */
static gboolean
read_token (const CrDateScan *scan,
            gsize            *pos,
            CrDateTok        *tok)
{
  const guchar *text = (const guchar *) scan->text;
  const guchar *end = text + scan->len;
  const guchar *p = text + *pos;
  gboolean space = FALSE;

  memset (tok, 0, offsetof (CrDateTok, word) + 1);

  for (;;)
    {
      gsize hl;

      if (p >= end || *p == '\n')
        return FALSE;
      if (*p == ' ' || *p == '\t' || *p == '\r')
        {
          p++;
          space = TRUE;
          continue;
        }
      if (p[0] == 0xC2 && p + 1 < end && p[1] == 0xA0)
        {
          p += 2;
          space = TRUE;
          continue;
        }
      hl = *p >= 0x80 ? high_punct_len (p, end) : 0;
      if (hl > 0)
        {
          tok->kind = CR_DATE_TOK_PUNCT;
          /* En and em dashes read as a hyphen; other marks as themselves
           * only matter as "something that is not a word". */
          tok->ch = (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94)) ? '-' : '~';
          /* Curly apostrophes read as straight ones: "the 70’s", "Aug ’96" */
          if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99))
            tok->ch = '\'';
          if (p[0] == 0xC2 && (p[1] == 0xBA || p[1] == 0xAA || p[1] == 0xB0))
            tok->ch = 'o';
          tok->start = p - text;
          tok->end = p + hl - text;
          tok->space_before = space;
          *pos = tok->end;
          return TRUE;
        }
      break;
    }

  tok->space_before = space;
  tok->start = p - text;

  if (byte_class[*p] == C_DIGIT)
    {
      gint64 v = 0;
      const guchar *q = p;

      while (q < end && byte_class[*q] == C_DIGIT)
        {
          if (v < 100000000)
            v = v * 10 + (*q - '0');
          q++;
        }
      tok->kind = CR_DATE_TOK_NUM;
      tok->num = (gint32) v;
      tok->ndigits = MIN (q - p, 255);

      /* Ordinal marks: "1.º", "1º", "1.ª", "3rd", "1er". */
      if (q + 2 < end && q[0] == '.' && q[1] == 0xC2 && (q[2] == 0xBA || q[2] == 0xAA))
        {
          tok->ordinal = TRUE;
          q += 3;
        }
      else if (q + 1 < end && q[0] == 0xC2 && (q[1] == 0xBA || q[1] == 0xAA || q[1] == 0xB0))
        {
          tok->ordinal = TRUE;
          q += 2;
        }
      else if (q < end && byte_class[*q] == C_ALPHA)
        {
          const guchar *we = word_end (q, end);

          for (guint i = 0; i < G_N_ELEMENTS (ordinal_suffixes); i++)
            {
              gsize sl = strlen (ordinal_suffixes[i]);

              if ((gsize) (we - q) == sl && g_ascii_strncasecmp ((const char *) q, ordinal_suffixes[i], sl) == 0)
                {
                  tok->ordinal = TRUE;
                  q = we;
                  break;
                }
            }
        }
      tok->end = q - text;
    }
  else if (byte_class[*p] == C_ALPHA || *p >= 0xC0)
    {
      const guchar *we = word_end (p, end);

      if (we == p)
        we = p + MIN (utf8_seq_len (*p), (gsize) (end - p));
      tok->kind = CR_DATE_TOK_WORD;
      tok->end = we - text;
      tok->upper = is_upper_at (p) && p + 1 < end;
      tok->wlen = _cr_date_fold_word ((const char *) p, we - p, tok->word, sizeof tok->word);
      tok->lex = tok->wlen ? cr_date_lexicon_lookup (scan->lex, tok->word, tok->wlen) : NULL;
      /* a weak weekday ("Sat", "Sun") is one only when capitalised */
      if (tok->lex != NULL && tok->lex->kind == CR_DATE_WORD_WEEKDAY &&
          (tok->lex->flags & CR_DATE_LEX_WEAK) && !tok->upper)
        tok->lex = NULL;
    }
  else
    {
      tok->kind = CR_DATE_TOK_PUNCT;
      tok->ch = (char) *p;
      tok->end = tok->start + MIN (utf8_seq_len (*p), (gsize) (end - p));
    }

  *pos = tok->end;
  return TRUE;
}

void
_cr_date_fill_to (CrDateScan *scan,
                  guint       i)
{
  while (!scan->fill_done && scan->ntok <= i)
    {
      if (scan->ntok < CR_DATE_MAX_TOKENS - 1 &&
          read_token (scan, &scan->fill_pos, &scan->tok[scan->ntok]))
        scan->ntok++;
      else
        {
          CrDateTok *end = &scan->tok[scan->ntok];

          memset (end, 0, offsetof (CrDateTok, word) + 1);
          end->kind = CR_DATE_TOK_END;
          end->start = end->end = scan->fill_pos;
          scan->fill_done = TRUE;
        }
    }
}

static void
fill_window (CrDateScan *scan,
             gsize       pos)
{
  scan->ntok = 0;
  scan->fill_pos = pos;
  scan->fill_done = FALSE;
  _cr_date_fill_to (scan, 0);
}

/* End of the run of ASCII letters at @pos, eight bytes at a time: most
 * words fit in one step, and this loop sees every word of the text. */
static inline gsize
ascii_letters_end (const guchar *t,
                   gsize         pos,
                   gsize         n)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);

  while (n - pos >= 8)
    {
      guint64 w, x, ge_a, gt_z, bad;

      memcpy (&w, t + pos, 8);
      /* Lowercase the ASCII bytes; the sums below cannot carry across
       * bytes because every byte of x is below 0x80. */
      x = (w | (ones * 0x20)) & ~high;
      ge_a = x + ones * (0x80 - 'a');   /* high bit: byte >= 'a' */
      gt_z = x + ones * (0x80 - 'z' - 1);   /* high bit: byte > 'z' */
      bad = (~ge_a | gt_z | w) & high;
      if (bad != 0)
        return pos + (__builtin_ctzll (bad) >> 3);
      pos += 8;
    }
#endif
  while (pos < n && byte_class[t[pos]] == C_ALPHA)
    pos++;
  return pos;
}

/* After a weak number word ending at @pos ("a", "un"), may the next word
 * be a unit, "of" or "de"? FALSE only when it is a plain ASCII word that
 * the lexicon filter rejects. */
static inline gboolean
next_word_may_count (const guchar *t,
                     gsize         pos,
                     gsize         n,
                     const guint8 *filter)
{
  gsize s = pos, e;
  guint h;

  while (s < n && t[s] == ' ')
    s++;
  if (s == pos || s >= n || byte_class[t[s]] != C_ALPHA)
    return TRUE;
  e = ascii_letters_end (t, s, n);
  if (e < n && t[e] >= 0x80)
    return TRUE;
  if (e - s == 2 && (t[s] | 0x20) == 'o' && (t[s + 1] | 0x20) == 'f')
    return TRUE;
  if (e - s == 2 && (t[s] | 0x20) == 'd' && (t[s + 1] | 0x20) == 'e')
    return TRUE;
  h = cr_date_filter_hash (t[s] | 0x20, e - s > 1 ? t[s + 1] | 0x20 : 0, e - s > 2 ? t[s + 2] | 0x20 : 0, e - s);
  return (filter[h >> 3] >> (h & 7)) & 1;
}

/* Is the digit at @p the start of a number of its own? "F-16", "G20",
 * "Covid-19", "2,5", "13/2024" and "10:30" continue something else. */
static inline gboolean
digit_starts_number (const guchar *text,
                     gsize         text_len,
                     gsize         pos)
{
  guchar b, bb;

  if (pos == 0)
    return TRUE;
  b = text[pos - 1];
  if (byte_class[b] == C_ALPHA || byte_class[b] == C_DIGIT)
    return FALSE;
  if (b >= 0x80)
    {
      gsize s = pos - 1;

      while (s > 0 && (text[s] & 0xC0) == 0x80)
        s--;
      return high_punct_len (text + s, text + pos) != 0;
    }
  if (pos < 2)
    return TRUE;
  bb = text[pos - 2];
  switch (b)
    {
    case '-':
      /* "report-20170302.html": a compact date still is one */
      if (pos + 8 <= text_len && (pos + 8 == text_len || byte_class[text[pos + 8]] != C_DIGIT))
        {
          gboolean compact = TRUE;

          for (guint k = 0; k < 8; k++)
            compact = compact && byte_class[text[pos + k]] == C_DIGIT;
          if (compact && (text[pos] == '1' || text[pos] == '2'))
            return TRUE;
        }
      /* "report-2002-10-09.xlsx": a full ISO date still is one */
      if (pos + 10 <= text_len && text[pos + 4] == '-' && text[pos + 7] == '-' &&
          (pos + 10 == text_len || byte_class[text[pos + 10]] != C_DIGIT))
        {
          static const guint8 digits[] = { 0, 1, 2, 3, 5, 6, 8, 9 };
          gboolean iso = TRUE;

          for (guint k = 0; k < G_N_ELEMENTS (digits); k++)
            iso = iso && byte_class[text[pos + digits[k]]] == C_DIGIT;
          if (iso)
            return TRUE;
        }
      G_GNUC_FALLTHROUGH;
    case '/':
      return byte_class[bb] == C_OTHER || bb >= 0x80;
    case '.':
    case ',':
    case ':':
      return byte_class[bb] != C_DIGIT;
    case '$':
      return FALSE;   /* "$12 December 27": an amount */
    case ' ':
      return bb != '$';
    default:
      return TRUE;
    }
}

/* The word ending just before @pos when only spaces separate them; its
 * start goes to @word_start. */
static const CrDateLexEntry *
word_before (const CrDateScan *scan,
             gsize             pos,
             gsize            *word_start,
             gboolean         *is_word,
             gboolean         *is_num)
{
  const guchar *text = (const guchar *) scan->text;
  gsize e = pos, s;
  char buf[CR_DATE_WORD_MAX + 1];
  gsize n;

  *is_word = *is_num = FALSE;
  *word_start = pos;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t'))
    e--;
  if (e == pos && pos > 0 && text[pos - 1] != '(')
    return NULL;
  s = e;
  while (s > 0 && pos - s < 40 &&
         (byte_class[text[s - 1]] == C_ALPHA || (text[s - 1] >= 0x80 && text[s - 1] != 0xA0 && text[s - 1] != 0xBB)))
    s--;
  if (s == e)
    {
      *is_num = e > 0 && byte_class[text[e - 1]] == C_DIGIT;
      return NULL;
    }
  *is_word = TRUE;
  *word_start = s;
  n = _cr_date_fold_word (scan->text + s, e - s, buf, sizeof buf);
  return n > 0 ? cr_date_lexicon_lookup (scan->lex, buf, n) : NULL;
}

/* Is the date at @pos the next item of a list of years (1) or months
 * (2): "en 2023 y 2024", "in 2019 and 2020", "en febrero, marzo y julio"? */
static int
in_list (const CrDateScan *scan,
         gsize             pos,
         gsize             prev_start)
{
  const guchar *t = (const guchar *) scan->text;
  gsize e = pos, s;
  const CrDateLexEntry *item;

  while (e > 0 && t[e - 1] == ' ')
    e--;
  if (e > 0 && t[e - 1] == ',')
    e--;
  else
    {
      /* the word before, already looked up: "y", "and" */
      if (scan->prev == NULL || (strcmp (scan->prev->word, "y") != 0 && strcmp (scan->prev->word, "and") != 0))
        return 0;
      e = prev_start;
    }
  while (e > 0 && t[e - 1] == ' ')
    e--;
  /* A year of four digits... */
  s = e;
  while (s > 0 && byte_class[t[s - 1]] == C_DIGIT && e - s < 5)
    s--;
  if (e - s == 4)
    return s == 0 || byte_class[t[s - 1]] != C_DIGIT ? 1 : 0;
  /* ... or a month name */
  {
    char buf[CR_DATE_WORD_MAX + 1];
    gsize n;

    s = e;
    while (s > 0 && (byte_class[t[s - 1]] == C_ALPHA || t[s - 1] >= 0x80) && e - s < 24)
      s--;
    n = _cr_date_fold_word (scan->text + s, e - s, buf, sizeof buf);
    item = n > 0 ? cr_date_lexicon_lookup (scan->lex, buf, n) : NULL;
  }
  return item != NULL && item->kind == CR_DATE_WORD_MONTH && !(item->flags & CR_DATE_LEX_ABBR) ? 2 : 0;
}

static void
look_behind (CrDateScan *scan,
             gsize       pos)
{
  gsize s;
  gboolean w, num;

  scan->prev = word_before (scan, pos, &s, &scan->prev_is_letter, &scan->prev_is_num);
  scan->prev_from = scan->prev && (scan->prev->flags & CR_DATE_LEX_FROM);
  scan->prev_year_list = in_list (scan, pos, s);
  scan->prev2 = NULL;
  /* "entre el 1 y el 3", "between the 1st and the 3rd", "for the day" */
  if (scan->prev && (scan->prev->flags & CR_DATE_LEX_ARTICLE) && s > 0)
    {
      const CrDateLexEntry *p2 = word_before (scan, s, &s, &w, &num);

      scan->prev2 = p2;
      if (p2 && (p2->flags & CR_DATE_LEX_FROM))
        scan->prev_from = TRUE;
    }
}

GArray *
cr_date_extract (const char  *text,
                 gssize       len,
                 CrLanguage   language,
                 CrDay        dct,
                 GError     **error)
{
  g_autoptr(GArray) results = NULL;
  CrDateScan scan_storage;
  CrDateScan *scan;
  const guchar *t;
  gsize n, pos = 0, count_pos = 0, count_chars = 0;
  gsize bad;
  gboolean have_dateline = FALSE;
  const guint32 *starts;
  const guint8 *filter;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (text == NULL)
    text = "";
  n = len < 0 ? strlen (text) : (gsize) len;

  if (!_cr_date_validate_utf8 (text, n, &bad))
    {
      g_set_error (error, CR_DATE_ERROR, CR_DATE_ERROR_INVALID_UTF8,
                   /* Translators: %lu is a position in bytes */
                   _("The text is not valid UTF-8 (at byte %lu)."),
                   (unsigned long) bad);
      return NULL;
    }

  if (language == CR_LANGUAGE_AUTO)
    language = cr_language_detect (text, MIN (n, 256));   /* two sentences tell */
  if (language == CR_LANGUAGE_AUTO)
    language = CR_LANGUAGE_ES;

  /* Room for a paragraph's dates at once; longer texts grow it. */
  results = g_array_sized_new (FALSE, TRUE, sizeof (CrTimex), 8);
  /* About 1.5 kB on the stack; only the fields before the token window
   * need clearing, the tokens are written before they are read. */
  scan = &scan_storage;
  memset (scan, 0, offsetof (CrDateScan, tok));
  scan->ntok = 0;
  scan->fill_done = TRUE;
  scan->text = text;
  scan->len = n;
  scan->lang = language;
  scan->lex = cr_date_lexicon_get (language);
  scan->dct = dct;
  if (dct != CR_DAY_UNKNOWN)
    cr_day_to_ymd (dct, &scan->dct_year, &scan->dct_month, &scan->dct_mday);

  starts = cr_date_lexicon_get_starts (scan->lex);
  filter = cr_date_lexicon_get_filter (scan->lex);
  t = (const guchar *) text;
  while (pos < n)
    {
      guchar c = t[pos];
      guint8 cls = byte_class[c];
      gsize end;
      gboolean candidate = FALSE;
      CrDateMatch match;

      if (cls == C_OTHER)
        {
          /* Spaces and punctuation come in runs. */
          do
            pos++;
          while (pos < n && byte_class[t[pos]] == C_OTHER);
          continue;
        }
      if (cls == C_HIGH)
        {
          gsize hl = high_punct_len (t + pos, t + n);

          if (hl > 0 || c < 0xC0)
            {
              pos += hl > 0 ? hl : 1;
              continue;
            }
        }

      if (cls == C_DIGIT)
        {
          end = pos;
          while (end < n && byte_class[t[end]] == C_DIGIT)
            end++;
          candidate = digit_starts_number (t, n, pos);
        }
      else
        {
          guchar c0, c1;

          /* ASCII letters first; word_end () only for accented words. */
          end = ascii_letters_end (t, pos, n);
          if (end < n && t[end] >= 0xC0)
            end = word_end (t + end, t + n) - t;
          else if (end > pos)
            {
              /* A plain ASCII word: most are rejected here on their first
               * three letters and length, without folding them. */
              gsize wl = end - pos;
              guint h = cr_date_filter_hash (c | 0x20, wl > 1 ? t[pos + 1] | 0x20 : 0,
                                             wl > 2 ? t[pos + 2] | 0x20 : 0, wl);

              if (!((filter[h >> 3] >> (h & 7)) & 1))
                {
                  pos = end;
                  continue;
                }
            }
          if (end == pos)
            end = MIN (pos + utf8_seq_len (c), n);
          c0 = c < 0x80 ? (c | 0x20) : 0;
          if (c == 0xC3 && pos + 1 < n && t[pos + 1] >= 0x80 && t[pos + 1] <= 0xBF)
            c0 = latin1_fold[t[pos + 1] - 0x80];
          {
            /* The second letter; never past the word, which may end the text. */
            gsize i1 = pos + (c < 0x80 ? 1 : utf8_seq_len (c));

            c1 = i1 < end ? t[i1] : 0;
          }
          if (c1 != 0 && c1 < 0x80)
            c1 |= 0x20;
          else if (c1 == 0xC3)
            {
              gsize o = pos + (c < 0x80 ? 2 : 3);

              c1 = o < end ? latin1_fold[t[o] - 0x80] : 0;
            }
          if (end - pos == 1 || (end - pos == 2 && c >= 0x80))
            c1 = 0;
          if (c0 >= 'a' && c0 <= 'z' &&
              ((starts[c0 - 'a'] >> ((c1 >= 'a' && c1 <= 'z') ? (guint) (c1 - 'a') : 26u)) & 1))
            {
              char buf[CR_DATE_WORD_MAX + 1];
              gsize wl = _cr_date_fold_word (text + pos, end - pos, buf, sizeof buf);
              const CrDateLexEntry *e = wl ? cr_date_lexicon_lookup (scan->lex, buf, wl) : NULL;

              candidate = e != NULL && (e->kind != CR_DATE_WORD_PLAIN || (e->flags & CR_DATE_LEX_WEAK));
              /* "a", "un", "una" only count something: "a week ago". Most
               * are followed by a plain word the filter rejects at once. */
              if (candidate && e->kind == CR_DATE_WORD_NUMBER && (e->flags & CR_DATE_LEX_WEAK) &&
                  !next_word_may_count (t, end, n, filter))
                candidate = FALSE;
              /* "más" is a date only in "más tarde", "más temprano" */
              if (candidate && e->kind == CR_DATE_WORD_PART && e->value == 0 &&
                  !(end + 2 < n && t[end] == ' ' && (t[end + 1] | 0x20) == 't'))
                candidate = FALSE;
              if (candidate && e->kind == CR_DATE_WORD_NUMBER && (e->flags & CR_DATE_LEX_WEAK))
                {
                  fill_window (scan, pos);
                  candidate = _cr_date_kind (scan, 1) == CR_DATE_WORD_UNIT || _cr_date_is (scan, 1, "fortnight") ||
                              _cr_date_is (scan, 1, "couple") || _cr_date_is (scan, 1, "few") ||
                              (_cr_date_is (scan, 1, "of") && _cr_date_kind (scan, 2) == CR_DATE_WORD_UNIT) ||
                              (_cr_date_is (scan, 1, "de") && _cr_date_kind (scan, 2) == CR_DATE_WORD_MONTH);
                }
            }
        }

      if (candidate)
        {
          look_behind (scan, pos);
          fill_window (scan, pos);
          memset (&match, 0, sizeof match);
          if (_cr_date_tok (scan, 0)->kind != CR_DATE_TOK_END && _cr_date_grammar_match (scan, &match))
            {
              CrTimex timex;

              memset (&timex, 0, sizeof timex);
              timex.start_byte = scan->tok[match.first].start;
              timex.end_byte = scan->tok[match.ntok - 1].end;
              count_chars += _cr_date_count_code_points (t, count_pos, timex.start_byte);
              timex.start_char = count_chars;
              count_chars += _cr_date_count_code_points (t, timex.start_byte, timex.end_byte);
              timex.end_char = count_chars;
              count_pos = timex.end_byte;
              _cr_date_match_to_timex (scan, &match, &timex);
              if (!have_dateline)
                {
                  _cr_date_mark_dateline (scan, &timex);
                  have_dateline = (timex.flags & CR_TIMEX_FLAG_DATELINE) != 0;
                }
              g_array_append_val (results, timex);
              end = MAX (end, timex.end_byte);
            }
        }

      pos = end;
    }

  return g_steal_pointer (&results);
}

const char *
cr_timex_anchor_to_string (CrTimexAnchor anchor)
{
  switch (anchor)
    {
    case CR_TIMEX_ANCHOR_ABSOLUTE:
      return "absolute";
    case CR_TIMEX_ANCHOR_UNDERSPECIFIED:
      return "underspecified";
    case CR_TIMEX_ANCHOR_RELATIVE:
      return "relative";
    default:
      return "absolute";
    }
}
