/* cr-trigger.c: words that say what happened
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-trigger"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cr-lexicon.h"
#include "cr-trigger.h"

typedef struct {
  CrEventKind  kind;
  CrLanguage   language;
  guint        weight;
  char        *phrase;     /* folded, words separated by one space */
  char        *title;      /* noun phrase for event titles */
  char       **words;      /* the same, split; a word may end in '*' */
  guint        n_words;
} Trigger;

static void
trigger_free (gpointer data)
{
  Trigger *t = data;

  g_free (t->phrase);
  g_free (t->title);
  g_strfreev (t->words);
  g_free (t);
}

/* Triggers by their first word, and those whose first word is a prefix
 * ("desfil*"), so that a token is compared with a handful of phrases, not
 * with the whole lexicon. */
typedef struct {
  GPtrArray  *all;
  GHashTable *by_first_word;   /* folded word → GPtrArray of Trigger* */
  GPtrArray  *prefixed;        /* Trigger* whose first word ends in '*' */
} Lexicon;

static GPtrArray *get_triggers (void);

static Lexicon *
get_lexicon (void)
{
  static gsize initialized;
  static Lexicon lexicon;

  if (g_once_init_enter (&initialized))
    {
      lexicon.all = get_triggers ();
      lexicon.by_first_word = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                     (GDestroyNotify) g_ptr_array_unref);
      lexicon.prefixed = g_ptr_array_new ();
      for (guint i = 0; i < lexicon.all->len; i++)
        {
          Trigger *t = g_ptr_array_index (lexicon.all, i);
          const char *first = t->words[0];
          GPtrArray *list;

          if (g_str_has_suffix (first, "*"))
            {
              g_ptr_array_add (lexicon.prefixed, t);
              continue;
            }
          list = g_hash_table_lookup (lexicon.by_first_word, first);
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (lexicon.by_first_word, (char *) first, list);
            }
          g_ptr_array_add (list, t);
        }
      g_once_init_leave (&initialized, 1);
    }
  return &lexicon;
}

static GPtrArray *
get_triggers (void)
{
  static gsize initialized;
  static GPtrArray *triggers;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GPtrArray) lines = cr_lexicon_load_lines ("lexicon/triggers.tsv");

      triggers = g_ptr_array_new_with_free_func (trigger_free);
      for (guint i = 0; i < lines->len; i++)
        {
          const char *line = g_ptr_array_index (lines, i);
          g_auto(GStrv) f = g_strsplit (line, "\t", -1);
          Trigger *t;
          GString *folded;
          g_auto(GStrv) raw_words = NULL;

          if (g_strv_length (f) != 5)
            g_error ("lexicon/triggers.tsv: line “%s” needs 5 fields", line);

          t = g_new0 (Trigger, 1);
          if (!cr_event_kind_from_string (f[0], &t->kind))
            g_error ("lexicon/triggers.tsv: unknown kind “%s”", f[0]);
          t->language = cr_language_from_string (f[1]);
          t->weight = CLAMP (atoi (f[3]), 1, 3);
          t->title = g_strdup (f[4]);

          /* Fold word by word so that a trailing '*' survives. */
          raw_words = g_strsplit (f[2], " ", -1);
          folded = g_string_new (NULL);
          for (guint w = 0; raw_words[w]; w++)
            {
              g_autofree char *word = cr_fold_word (raw_words[w], -1);

              if (*word == '\0')
                continue;
              if (folded->len > 0)
                g_string_append_c (folded, ' ');
              g_string_append (folded, word);
            }
          t->phrase = g_string_free (folded, FALSE);
          t->words = g_strsplit (t->phrase, " ", -1);
          t->n_words = g_strv_length (t->words);
          g_ptr_array_add (triggers, t);
        }
      g_once_init_leave (&initialized, 1);
    }
  return triggers;
}

static gboolean
word_matches (const char *pattern,
              const char *word)
{
  gsize n;

  /* Most words differ from the start: no need to measure the pattern.
   * A pattern that is only "*" takes any word. */
  if (pattern[0] != word[0] && pattern[0] != '*')
    return FALSE;
  n = strlen (pattern);
  if (n > 0 && pattern[n - 1] == '*')
    return strncmp (pattern, word, n - 1) == 0;
  return strcmp (pattern, word) == 0;
}

static gboolean
trigger_matches_at (const Trigger *t,
                    CrTokenList   *tokens,
                    guint          i)
{
  guint n = cr_token_list_get_length (tokens);

  if (i + t->n_words > n)
    return FALSE;
  for (guint w = 0; w < t->n_words; w++)
    {
      const CrToken *tok = cr_token_list_get (tokens, i + w);

      if (w > 0 && !(tok->flags & CR_TOKEN_JOINED))
        return FALSE;
      if (!word_matches (t->words[w], tok->folded))
        return FALSE;
    }
  return TRUE;
}

static void
consider (const Trigger  *t,
          CrLanguage      language,
          CrTokenList    *tokens,
          guint           i,
          const Trigger **best)
{
  if (language != CR_LANGUAGE_AUTO && t->language != language)
    return;
  if (*best != NULL && (t->n_words < (*best)->n_words ||
                        (t->n_words == (*best)->n_words && t->weight <= (*best)->weight)))
    return;
  if (trigger_matches_at (t, tokens, i))
    *best = t;
}

GArray *
cr_triggers_find (CrTokenList *tokens,
                  CrLanguage   language)
{
  Lexicon *lexicon = get_lexicon ();
  GArray *matches;
  guint n;

  g_return_val_if_fail (tokens != NULL, NULL);

  n = cr_token_list_get_length (tokens);
  matches = g_array_new (FALSE, TRUE, sizeof (CrTriggerMatch));

  for (guint i = 0; i < n;)
    {
      const Trigger *best = NULL;
      GPtrArray *same_start = g_hash_table_lookup (lexicon->by_first_word,
                                                   cr_token_list_get (tokens, i)->folded);

      for (guint k = 0; same_start != NULL && k < same_start->len; k++)
        consider (g_ptr_array_index (same_start, k), language, tokens, i, &best);
      for (guint k = 0; k < lexicon->prefixed->len; k++)
        consider (g_ptr_array_index (lexicon->prefixed, k), language, tokens, i, &best);

      if (best != NULL)
        {
          CrTriggerMatch m = { 0 };
          const CrToken *first = cr_token_list_get (tokens, i);
          const CrToken *last = cr_token_list_get (tokens, i + best->n_words - 1);

          m.start_byte = first->start_byte;
          m.start_char = first->start_char;
          m.end_byte = last->end_byte;
          m.end_char = last->end_char;
          m.first_token = i;
          m.n_tokens = best->n_words;
          m.kind = best->kind;
          m.weight = best->weight;
          m.phrase = best->phrase;
          m.title = best->title;
          g_array_append_val (matches, m);
          i += best->n_words;
        }
      else
        i++;
    }

  return matches;
}

guint
cr_triggers_count_kind (CrEventKind kind,
                        CrLanguage  language)
{
  GPtrArray *triggers = get_triggers ();
  guint count = 0;

  for (guint k = 0; k < triggers->len; k++)
    {
      const Trigger *t = g_ptr_array_index (triggers, k);

      if (t->kind == kind && t->language == language)
        count++;
    }
  return count;
}
