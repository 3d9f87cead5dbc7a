/* cr-language.c: guess whether a text is Spanish or English
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-language"

#include "config.h"

#include <string.h>

#include "cr-language.h"
#include "cr-lexicon.h"

#define MAX_SCAN_BYTES (64 * 1024)
#define MAX_WORD_BYTES 32

#define IN_ES 1u
#define IN_EN 2u

/* One table for both lists: a word maps to the languages it is a stop
 * word of, so each word of a text is hashed and looked up once. */
static void
add_words (GHashTable *set,
           const char *resource_name,
           guint       flag,
           gsize      *longest)
{
  g_autoptr(GPtrArray) words = cr_lexicon_load_lines (resource_name);

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      guint flags = GPOINTER_TO_UINT (g_hash_table_lookup (set, word));

      g_hash_table_insert (set, g_strdup (word), GUINT_TO_POINTER (flags | flag));
      *longest = MAX (*longest, strlen (word));
    }
}

/* The stop words, and the length in bytes of the longest: a longer word
 * needs no lookup. */
static GHashTable *
get_set (gsize *longest)
{
  static gsize initialized;
  static GHashTable *set;
  static gsize set_longest;

  if (g_once_init_enter (&initialized))
    {
      set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      add_words (set, "lexicon/stopwords-es.txt", IN_ES, &set_longest);
      add_words (set, "lexicon/stopwords-en.txt", IN_EN, &set_longest);
      g_once_init_leave (&initialized, 1);
    }

  *longest = set_longest;
  return set;
}

/* Counts the word that just ended (@wlen bytes of @word, room for a nul
 * after them) towards the language whose stop words hold it. */
static inline void
score_word (GHashTable *set,
            gsize       longest,
            char       *word,
            gsize       wlen,
            guint      *es_score,
            guint      *en_score)
{
  guint flags;

  if (wlen == 0 || wlen > MAX_WORD_BYTES || wlen > longest)
    return;
  word[wlen] = '\0';
  flags = GPOINTER_TO_UINT (g_hash_table_lookup (set, word));
  *es_score += (flags & IN_ES) != 0;
  *en_score += (flags & IN_EN) != 0;
}

CrLanguage
cr_language_detect (const char *text,
                    gssize      len)
{
  GHashTable *set;
  gsize longest;
  const char *p, *end;
  char word[MAX_WORD_BYTES + 1];
  gsize wlen = 0;
  guint es_score = 0, en_score = 0;

  g_return_val_if_fail (text != NULL, CR_LANGUAGE_AUTO);

  if (len < 0)
    len = strlen (text);
  if (len > MAX_SCAN_BYTES)
    len = MAX_SCAN_BYTES;

  set = get_set (&longest);

  p = text;
  end = text + len;
  while (p <= end)
    {
      gunichar c;
      const char *next;

      /* ASCII, most of both languages' text: no decoding, and its
       * letters' lower case is ASCII's. */
      if (p < end && (guchar) *p < 0x80)
        {
          c = (guchar) *p;
          next = p + 1;
          if (g_ascii_isalpha (c))
            {
              if (wlen < MAX_WORD_BYTES)
                word[wlen] = c | 0x20; /* a letter's lower case, without a call */
              wlen++;
            }
          else
            {
              score_word (set, longest, word, wlen, &es_score, &en_score);
              wlen = 0;
            }
          p = next;
          continue;
        }

      c = p < end ? g_utf8_get_char_validated (p, end - p) : 0;
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Invalid or truncated UTF-8: treat the byte as a separator. */
          c = ' ';
          next = p + 1;
        }
      else
        next = p < end ? g_utf8_next_char (p) : p + 1;

      if (c != 0 && g_unichar_isalpha (c))
        {
          gunichar lower = g_unichar_tolower (c);
          char buf[6];
          int n = g_unichar_to_utf8 (lower, buf);

          if (wlen + n <= MAX_WORD_BYTES)
            memcpy (word + wlen, buf, n);
          wlen += n;

          /* Letters and marks that only Spanish uses. */
          if (lower == 0xF1 /* ñ */)
            es_score += 2;
        }
      else
        {
          score_word (set, longest, word, wlen, &es_score, &en_score);
          wlen = 0;
          if (c == 0xBF /* ¿ */ || c == 0xA1 /* ¡ */)
            es_score += 2;
        }

      p = next;
    }

  if (es_score == en_score)
    return CR_LANGUAGE_AUTO;
  return es_score > en_score ? CR_LANGUAGE_ES : CR_LANGUAGE_EN;
}
