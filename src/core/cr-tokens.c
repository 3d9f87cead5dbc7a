/* cr-tokens.c: words of a text, folded for matching
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-tokens"

#include "config.h"

#include <string.h>

#include "cr-tokens.h"

struct _CrTokenList {
  GArray       *tokens;
  GStringChunk *strings;   /* NULL in a slice: the parent owns the words */
};

/* Decomposes, drops the marks and lower-cases: the general way. */
static char *
fold_decomposed (const char *word,
                 gssize      len)
{
  g_autofree char *decomposed = NULL;
  GString *out;

  decomposed = g_utf8_normalize (word, len, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

/* The folded form of each of U+00C0..U+00FF (the accented letters of
 * Spanish among them), made once by fold_decomposed() itself: folding
 * goes character by character (decomposing never joins two, and the
 * marks it could reorder are dropped), so a word of ASCII and these
 * folds the same through the table. */
#define LATIN1_FIRST 0xC0
#define LATIN1_COUNT 64

typedef struct {
  char bytes[8];
  guint8 len;
} Folded;

static const Folded *
latin1_folds (void)
{
  static Folded table[LATIN1_COUNT];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < LATIN1_COUNT; i++)
        {
          char utf8[6];
          int n = g_unichar_to_utf8 (LATIN1_FIRST + i, utf8);
          g_autofree char *folded = fold_decomposed (utf8, n);
          gsize len = strlen (folded);

          g_assert (len < sizeof table[i].bytes);
          memcpy (table[i].bytes, folded, len);
          table[i].len = len;
        }
      g_once_init_leave (&done, 1);
    }
  return table;
}

char *
cr_fold_word (const char *word,
              gssize      len)
{
  const Folded *latin1;
  char *out;
  gsize n = 0;

  g_return_val_if_fail (word != NULL, NULL);

  if (len < 0)
    len = strlen (word);

  /* Most words of news are ASCII: no need to decompose them. */
  {
    gboolean ascii = TRUE;

    for (gssize i = 0; i < len && ascii; i++)
      ascii = (guchar) word[i] < 0x80;
    if (ascii)
      return g_ascii_strdown (word, len);
  }

  /* Most others are ASCII and Latin-1 letters (two bytes, C3 80 to
   * C3 BF), folded through a table; anything else the general way. */
  latin1 = latin1_folds ();
  out = g_malloc (len * 4 + 1);
  for (gssize i = 0; i < len; i++)
    {
      guchar b = (guchar) word[i];

      if (b < 0x80)
        out[n++] = g_ascii_tolower (b);
      else if (b == 0xC3 && i + 1 < len && ((guchar) word[i + 1] & 0xC0) == 0x80)
        {
          const Folded *f = &latin1[(guchar) word[i + 1] - 0x80];

          memcpy (out + n, f->bytes, f->len);
          n += f->len;
          i++;
        }
      else
        {
          g_free (out);
          return fold_decomposed (word, len);
        }
    }
  out[n] = '\0';
  return out;
}

/* g_ascii_tolower() without the call. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Most text is ASCII: its characters are classified without a call. */
static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gboolean
is_upper (gunichar c)
{
  return c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c);
}

static inline gboolean
is_alpha (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);
}

static inline gboolean
is_digit (gunichar c)
{
  return c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c);
}

static gboolean
is_joiner (gunichar c)
{
  return c == ' ' || c == 0xA0 || c == '-' || c == 0x2010 || c == 0x2011 ||
         c == '.' || c == '\'' || c == 0x2019;
}

/* The code point at @pos, (gunichar) -1 or -2 for an invalid or
 * truncated sequence (as g_utf8_get_char_validated()); *@next is where the
 * next one starts (one byte further for an invalid one). */
static inline gunichar
char_at (const char *text,
         gsize       pos,
         gsize       n,
         gsize      *next)
{
  guchar b = (guchar) text[pos];
  gunichar c;

  if (b < 0x80)
    {
      *next = pos + 1;
      return b;
    }
  c = g_utf8_get_char_validated (text + pos, n - pos);
  *next = c == (gunichar) -1 || c == (gunichar) -2 ? pos + 1 : (gsize) (g_utf8_next_char (text + pos) - text);
  return c;
}

CrTokenList *
cr_token_list_new (const char *text,
                   gssize      len)
{
  CrTokenList *list;
  gsize pos = 0, chars = 0, n, next;
  gboolean gap_joinable = TRUE;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  n = len < 0 ? strlen (text) : (gsize) len;
  list = g_new0 (CrTokenList, 1);
  list->tokens = g_array_sized_new (FALSE, FALSE, sizeof (CrToken), n / 6 + 1);
  /* The folded words take about as many bytes as the text: one block
   * holds them all, copied without interning (nothing compares them by
   * address). */
  list->strings = g_string_chunk_new (MAX (256, n + n / 4 + 16));

  while (pos < n)
    {
      gunichar c = char_at (text, pos, n, &next);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          pos = next;
          chars++;
          gap_joinable = FALSE;
          continue;
        }

      if (is_word_char (c))
        {
          CrToken token = { 0 };
          gboolean all_upper = TRUE, any_letter = FALSE, all_digits = TRUE, ascii_word = TRUE;
          g_autofree char *folded = NULL;
          char ascii_buf[64];

          token.start_byte = pos;
          token.start_char = chars;
          if (is_upper (c))
            token.flags |= CR_TOKEN_CAPITALIZED;

          while (pos < n)
            {
              gunichar d = char_at (text, pos, n, &next);

              if (d == (gunichar) -1 || d == (gunichar) -2 || !is_word_char (d))
                break;
              if (is_alpha (d))
                {
                  any_letter = TRUE;
                  if (!is_upper (d))
                    all_upper = FALSE;
                }
              if (!is_digit (d))
                all_digits = FALSE;
              if (d >= 0x80)
                ascii_word = FALSE;
              pos = next;
              chars++;
            }

          token.end_byte = pos;
          token.end_char = chars;
          if (any_letter && all_upper)
            token.flags |= CR_TOKEN_ALL_UPPER;
          if (all_digits)
            token.flags |= CR_TOKEN_NUMBER;
          if (gap_joinable && list->tokens->len > 0)
            token.flags |= CR_TOKEN_JOINED;
          /* ASCII words, most of them, are folded on the stack. */
          if (ascii_word && token.end_byte - token.start_byte < sizeof ascii_buf)
            {
              gsize word_len = token.end_byte - token.start_byte;

              for (gsize k = 0; k < word_len; k++)
                ascii_buf[k] = ascii_lower (text[token.start_byte + k]);
              ascii_buf[word_len] = '\0';
              token.folded = g_string_chunk_insert_len (list->strings, ascii_buf, word_len);
            }
          else
            {
              folded = cr_fold_word (text + token.start_byte, token.end_byte - token.start_byte);
              token.folded = g_string_chunk_insert (list->strings, folded);
            }
          g_array_append_val (list->tokens, token);
          gap_joinable = TRUE;
          continue;
        }

      if (!is_joiner (c))
        gap_joinable = FALSE;
      pos = next;
      chars++;
    }

  return list;
}

void
cr_token_list_free (CrTokenList *list)
{
  if (list == NULL)
    return;
  g_array_unref (list->tokens);
  if (list->strings != NULL)
    g_string_chunk_free (list->strings);
  g_free (list);
}

/* The index of the first token of @list that starts at @start_byte or
 * after it. */
static guint
first_starting_at (CrTokenList *list,
                   gsize        start_byte)
{
  guint lo = 0, hi = list->tokens->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (list->tokens, CrToken, mid).start_byte < start_byte)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

CrTokenList *
cr_token_list_new_slice (CrTokenList *parent,
                         gsize        start_byte,
                         gsize        end_byte,
                         gsize        start_char)
{
  CrTokenList *list;
  guint lo, hi;

  g_return_val_if_fail (parent != NULL, NULL);

  /* Tokens are in text order: the range starts at the first one that
   * starts in it and ends before the first one that ends past it. */
  lo = first_starting_at (parent, start_byte);
  for (hi = lo; hi < parent->tokens->len; hi++)
    if (g_array_index (parent->tokens, CrToken, hi).end_byte > end_byte)
      break;

  /* Copied at once: a token at a time, the array grew a step at a time. */
  list = g_new0 (CrTokenList, 1);
  list->tokens = g_array_sized_new (FALSE, FALSE, sizeof (CrToken), hi - lo);
  g_array_set_size (list->tokens, hi - lo);
  if (hi > lo)
    memcpy (list->tokens->data, &g_array_index (parent->tokens, CrToken, lo),
            (hi - lo) * sizeof (CrToken));
  for (guint i = 0; i < hi - lo; i++)
    {
      CrToken *token = &g_array_index (list->tokens, CrToken, i);

      if (i == 0)
        token->flags &= ~CR_TOKEN_JOINED;
      token->start_byte -= start_byte;
      token->end_byte -= start_byte;
      token->start_char -= start_char;
      token->end_char -= start_char;
    }
  return list;
}

guint
cr_token_list_get_length (CrTokenList *list)
{
  g_return_val_if_fail (list != NULL, 0);

  return list->tokens->len;
}

const CrToken *
cr_token_list_get (CrTokenList *list,
                   guint        index)
{
  g_return_val_if_fail (list != NULL, NULL);
  g_return_val_if_fail (index < list->tokens->len, NULL);

  return &g_array_index (list->tokens, CrToken, index);
}

char *
cr_fold_phrase (const char *phrase)
{
  g_autoptr(CrTokenList) tokens = NULL;
  GString *out;

  g_return_val_if_fail (phrase != NULL, NULL);

  tokens = cr_token_list_new (phrase, -1);
  out = g_string_new (NULL);
  for (guint i = 0; i < cr_token_list_get_length (tokens); i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, cr_token_list_get (tokens, i)->folded);
    }
  return g_string_free (out, FALSE);
}
