/* cr-date-lexicon.c: the words the date extractor knows, per language
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-date-lexicon"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cr-date-lexicon.h"
#include "cr-date-private.h"
#include "cr-lexicon.h"

/* Open addressing, power of two, kept at most half full so that probes
 * stay short: lookups run at every candidate word of every article. */
#define TABLE_SIZE 1024

struct _CrDateLexicon {
  CrDateLexEntry entries[TABLE_SIZE];
  /* Bit c1 of starts[c0] is set when a word begins with letters c0 c1
   * (index 26 of c1 stands for "end of word"). */
  guint32        starts[26];
  guint8         filter[CR_DATE_FILTER_BITS / 8];
};

static const struct {
  const char *name;
  CrDateWordKind kind;
} kind_names[] = {
  { "month", CR_DATE_WORD_MONTH },
  { "weekday", CR_DATE_WORD_WEEKDAY },
  { "deictic", CR_DATE_WORD_DEICTIC },
  { "unit", CR_DATE_WORD_UNIT },
  { "season", CR_DATE_WORD_SEASON },
  { "number", CR_DATE_WORD_NUMBER },
  { "ordinal", CR_DATE_WORD_ORDINAL },
  { "past", CR_DATE_WORD_PAST },
  { "next", CR_DATE_WORD_NEXT },
  { "this", CR_DATE_WORD_THIS },
  { "ago", CR_DATE_WORD_AGO },
  { "within", CR_DATE_WORD_WITHIN },
  { "mod", CR_DATE_WORD_MOD },
  { "word", CR_DATE_WORD_PLAIN },
  { "weekend", CR_DATE_WORD_WEEKEND },
  { "part", CR_DATE_WORD_PART },
};

static const struct {
  const char *name;
  CrDateLexFlags flag;
} flag_names[] = {
  { "abbr", CR_DATE_LEX_ABBR },
  { "prep", CR_DATE_LEX_PREP },
  { "from", CR_DATE_LEX_FROM },
  { "to", CR_DATE_LEX_TO },
  { "article", CR_DATE_LEX_ARTICLE },
  { "block", CR_DATE_LEX_BLOCK },
  { "morning", CR_DATE_LEX_MORNING },
  { "weak", CR_DATE_LEX_WEAK },
};

static const char *mod_names[] = {
  "", "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
  "ON_OR_BEFORE",
};

const char *
cr_date_mod_to_string (CrDateMod mod)
{
  if ((guint) mod >= G_N_ELEMENTS (mod_names))
    return "";
  return mod_names[mod];
}

static inline guint32
hash_word (const char *word,
           gsize       len)
{
  /* First two letters, last letter and length tell the few hundred
   * lexicon words apart well enough for linear probing, at a fraction of
   * the cost of hashing every byte. */
  guint32 h = (guchar) word[0] * 2654435761u;

  h ^= (guchar) word[len - 1] * 40503u;
  h ^= (guchar) word[len > 1 ? 1 : 0] * 97u;
  h ^= (guint32) len * 2246822519u;
  return h ^ (h >> 15);
}

static int
parse_value (const char *kind,
             const char *value)
{
  if (g_str_equal (kind, "unit"))
    {
      CrGranularity g;

      if (!cr_granularity_from_string (value, &g))
        g_error ("Date lexicon: unknown unit “%s”", value);
      return g;
    }
  if (g_str_equal (kind, "mod"))
    {
      for (guint i = 1; i < G_N_ELEMENTS (mod_names); i++)
        if (g_str_equal (mod_names[i], value))
          return i;
      g_error ("Date lexicon: unknown mod “%s”", value);
    }
  return atoi (value);
}

static void
add_line (CrDateLexicon *lex,
          const char    *line)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", -1);
  g_auto(GStrv) kind_value = NULL;
  CrDateLexEntry entry = { { 0 }, 0, 0, 0, 0 };
  gsize len;
  guint32 slot;

  /* The lexicons are compiled into the binary, so a malformed line is a
   * programming error caught by the tests, not a user error. */
  if (fields[0] == NULL || fields[1] == NULL)
    g_error ("Date lexicon: malformed line “%s”", line);

  len = _cr_date_fold_word (fields[0], strlen (fields[0]), entry.word, sizeof entry.word);
  if (len == 0)
    g_error ("Date lexicon: cannot fold “%s”", fields[0]);
  entry.len = len;

  kind_value = g_strsplit (fields[1], ":", 2);
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (kind_names[i].name, kind_value[0]))
      entry.kind = kind_names[i].kind;
  if (entry.kind == CR_DATE_WORD_NONE)
    g_error ("Date lexicon: unknown kind in “%s”", line);
  if (kind_value[1] != NULL)
    entry.value = parse_value (kind_value[0], kind_value[1]);

  if (fields[2] != NULL)
    {
      g_auto(GStrv) flags = g_strsplit (fields[2], ",", -1);

      for (guint f = 0; flags[f] != NULL; f++)
        for (guint i = 0; i < G_N_ELEMENTS (flag_names); i++)
          if (g_str_equal (flag_names[i].name, flags[f]))
            entry.flags |= flag_names[i].flag;
    }

  slot = hash_word (entry.word, len) & (TABLE_SIZE - 1);
  while (lex->entries[slot].len != 0)
    {
      if (lex->entries[slot].len == len && memcmp (lex->entries[slot].word, entry.word, len) == 0)
        g_error ("Date lexicon: duplicate word “%s”", fields[0]);
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
  lex->entries[slot] = entry;

  /* Only words that can start a date open the token window. */
  if (entry.word[0] >= 'a' && entry.word[0] <= 'z' &&
      (entry.kind != CR_DATE_WORD_PLAIN || (entry.flags & CR_DATE_LEX_WEAK)))
    {
      guint c1 = len > 1 && entry.word[1] >= 'a' && entry.word[1] <= 'z' ? entry.word[1] - 'a' : 26;

      guint h = cr_date_filter_hash (entry.word[0], len > 1 ? entry.word[1] : 0,
                                     len > 2 ? entry.word[2] : 0, len);

      lex->starts[entry.word[0] - 'a'] |= 1u << c1;
      lex->filter[h >> 3] |= 1u << (h & 7);
    }
}

static CrDateLexicon *
build_lexicon (const char *resource_name)
{
  g_autoptr(GPtrArray) lines = cr_lexicon_load_lines (resource_name);
  CrDateLexicon *lex = g_new0 (CrDateLexicon, 1);

  g_assert (lines->len < TABLE_SIZE / 2);
  for (guint i = 0; i < lines->len; i++)
    add_line (lex, g_ptr_array_index (lines, i));

  return lex;
}

const CrDateLexicon *
cr_date_lexicon_get (CrLanguage language)
{
  static gsize initialized;
  static CrDateLexicon *es_lexicon;
  static CrDateLexicon *en_lexicon;

  if (g_once_init_enter (&initialized))
    {
      es_lexicon = build_lexicon ("lexicon/dates-es.txt");
      en_lexicon = build_lexicon ("lexicon/dates-en.txt");
      g_once_init_leave (&initialized, 1);
    }

  return language == CR_LANGUAGE_EN ? en_lexicon : es_lexicon;
}

const CrDateLexEntry *
cr_date_lexicon_lookup (const CrDateLexicon *lexicon,
                        const char          *word,
                        gsize                len)
{
  guint32 slot;

  g_return_val_if_fail (lexicon != NULL, NULL);

  if (len == 0 || len > CR_DATE_WORD_MAX)
    return NULL;

  slot = hash_word (word, len) & (TABLE_SIZE - 1);
  while (lexicon->entries[slot].len != 0)
    {
      const CrDateLexEntry *e = &lexicon->entries[slot];

      if (e->len == len && e->word[0] == word[0] && memcmp (e->word, word, len) == 0)
        return e;
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
  return NULL;
}

const guint8 *
cr_date_lexicon_get_filter (const CrDateLexicon *lexicon)
{
  return lexicon->filter;
}

const guint32 *
cr_date_lexicon_get_starts (const CrDateLexicon *lexicon)
{
  return lexicon->starts;
}

gboolean
cr_date_lexicon_may_start (const CrDateLexicon *lexicon,
                           guchar               c0,
                           guchar               c1)
{
  guint i1;

  if (c0 < 'a' || c0 > 'z')
    return FALSE;
  i1 = (c1 >= 'a' && c1 <= 'z') ? (guint) (c1 - 'a') : 26;
  return (lexicon->starts[c0 - 'a'] >> i1) & 1;
}
