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

static GHashTable *
build_set (const char *resource_name)
{
  g_autoptr(GPtrArray) words = cr_lexicon_load_lines (resource_name);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < words->len; i++)
    g_hash_table_add (set, g_strdup (g_ptr_array_index (words, i)));

  return set;
}

static void
get_sets (GHashTable **es,
          GHashTable **en)
{
  static gsize initialized;
  static GHashTable *es_set;
  static GHashTable *en_set;

  if (g_once_init_enter (&initialized))
    {
      es_set = build_set ("lexicon/stopwords-es.txt");
      en_set = build_set ("lexicon/stopwords-en.txt");
      g_once_init_leave (&initialized, 1);
    }

  *es = es_set;
  *en = en_set;
}

CrLanguage
cr_language_detect (const char *text,
                    gssize      len)
{
  GHashTable *es_set, *en_set;
  const char *p, *end;
  char word[MAX_WORD_BYTES + 1];
  gsize wlen = 0;
  guint es_score = 0, en_score = 0;

  g_return_val_if_fail (text != NULL, CR_LANGUAGE_AUTO);

  if (len < 0)
    len = strlen (text);
  if (len > MAX_SCAN_BYTES)
    len = MAX_SCAN_BYTES;

  get_sets (&es_set, &en_set);

  p = text;
  end = text + len;
  while (p <= end)
    {
      gunichar c = p < end ? g_utf8_get_char_validated (p, end - p) : 0;
      const char *next;

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
          if (wlen > 0 && wlen <= MAX_WORD_BYTES)
            {
              word[wlen] = '\0';
              if (g_hash_table_contains (es_set, word))
                es_score++;
              if (g_hash_table_contains (en_set, word))
                en_score++;
            }
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
