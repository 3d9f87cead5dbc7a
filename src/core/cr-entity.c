/* cr-entity.c: people, places and organisations named in a text
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-entity"

#include "config.h"

#include <string.h>

#include "cr-entity.h"
#include "cr-lexicon.h"
#include "cr-tokens.h"

/* The longest alias, in words ("República Popular Democrática de Corea"). */
#define MAX_ALIAS_WORDS 8

typedef struct {
  const CrEntity *entity;
  guint           upper_only : 1;  /* an acronym: "US", "ONU" */
  guint           demonym : 1;
} Alias;

typedef struct {
  GPtrArray  *entities;      /* CrEntity*, owned */
  GHashTable *by_id;         /* id → CrEntity* */
  GHashTable *aliases;       /* folded phrase → GPtrArray of Alias* */
  GHashTable *first_words;   /* folded first word → longest alias in words */
  GHashTable *not_names;     /* folded word set */
  GHashTable *titles;        /* folded word set */
  GHashTable *connectors;    /* lower-case words allowed inside names */
  GStringChunk *strings;
} Gazetteer;

static const char *type_names[] = {
  "unknown", "person", "country", "city", "region", "organization",
};

const char *
cr_entity_type_to_string (CrEntityType type)
{
  g_return_val_if_fail (type < G_N_ELEMENTS (type_names), NULL);

  return type_names[type];
}

static CrEntityType
type_from_string (const char *str)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    if (g_str_equal (str, type_names[i]))
      return i;
  return CR_ENTITY_UNKNOWN;
}

static gboolean
is_acronym (const char *alias)
{
  gboolean any = FALSE;

  for (const char *p = alias; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isalpha (c))
        any = TRUE;
    }
  return any;
}

static void
add_alias (Gazetteer      *g,
           const char     *phrase,
           const CrEntity *entity,
           gboolean        demonym)
{
  g_autofree char *folded = cr_fold_phrase (phrase);
  GPtrArray *list;
  Alias *alias;

  if (*folded == '\0')
    return;

  {
    /* Most words start no alias: remember which do, and how long the
     * longest alias they start is, so matching can skip the others. */
    g_auto(GStrv) words = g_strsplit (folded, " ", -1);
    guint n_words = g_strv_length (words);
    guint longest = GPOINTER_TO_UINT (g_hash_table_lookup (g->first_words, words[0]));

    if (n_words > longest)
      g_hash_table_insert (g->first_words, g_strdup (words[0]), GUINT_TO_POINTER (n_words));
  }

  list = g_hash_table_lookup (g->aliases, folded);
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (g->aliases, g_strdup (folded), list);
    }
  for (guint i = 0; i < list->len; i++)
    {
      Alias *other = g_ptr_array_index (list, i);

      if (other->entity == entity && other->demonym == demonym)
        return;
    }

  alias = g_new0 (Alias, 1);
  alias->entity = entity;
  alias->upper_only = !demonym && is_acronym (phrase) && g_utf8_strlen (phrase, -1) <= 5;
  alias->demonym = demonym;
  g_ptr_array_add (list, alias);
}

static GHashTable *
load_word_set (const char *resource)
{
  g_autoptr(GPtrArray) lines = cr_lexicon_load_lines (resource);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < lines->len; i++)
    g_hash_table_add (set, cr_fold_word (g_ptr_array_index (lines, i), -1));
  return set;
}

static Gazetteer *
load_gazetteer (void)
{
  static const char *connectors[] = { "de", "del", "la", "las", "los", "of", "the", "al", "van", "von", "da", "do" };
  Gazetteer *g = g_new0 (Gazetteer, 1);
  g_autoptr(GPtrArray) lines = cr_lexicon_load_lines ("gazetteer/entities.tsv");
  g_autoptr(GPtrArray) demonyms = cr_lexicon_load_lines ("gazetteer/demonyms.tsv");

  g->entities = g_ptr_array_new_with_free_func (g_free);
  g->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g->first_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g->aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  g->strings = g_string_chunk_new (4096);

  for (guint i = 0; i < lines->len; i++)
    {
      g_auto(GStrv) f = g_strsplit (g_ptr_array_index (lines, i), "\t", -1);
      guint n = g_strv_length (f);
      CrEntity *e;

      if (n < 4)
        g_error ("gazetteer/entities.tsv: line “%s” has %u fields", (char *) g_ptr_array_index (lines, i), n);

      e = g_new0 (CrEntity, 1);
      e->id = g_string_chunk_insert_const (g->strings, f[0]);
      e->type = type_from_string (f[1]);
      e->name_es = g_string_chunk_insert_const (g->strings, f[2]);
      e->name_en = g_string_chunk_insert_const (g->strings, f[3]);
      e->stands_for = n > 5 && *f[5] ? g_string_chunk_insert_const (g->strings, f[5]) : NULL;
      g_ptr_array_add (g->entities, e);
      g_hash_table_insert (g->by_id, (char *) e->id, e);

      add_alias (g, e->name_es, e, FALSE);
      add_alias (g, e->name_en, e, FALSE);
      if (n > 4 && *f[4])
        {
          g_auto(GStrv) aliases = g_strsplit (f[4], "|", -1);

          for (guint k = 0; aliases[k]; k++)
            add_alias (g, aliases[k], e, FALSE);
        }
    }

  for (guint i = 0; i < demonyms->len; i++)
    {
      g_auto(GStrv) f = g_strsplit (g_ptr_array_index (demonyms, i), "\t", -1);
      const CrEntity *e;
      g_auto(GStrv) forms = NULL;

      if (g_strv_length (f) != 2 || !(e = g_hash_table_lookup (g->by_id, f[0])))
        g_error ("gazetteer/demonyms.tsv: bad line “%s”", (char *) g_ptr_array_index (demonyms, i));
      forms = g_strsplit (f[1], "|", -1);
      for (guint k = 0; forms[k]; k++)
        add_alias (g, forms[k], e, TRUE);
    }

  g->not_names = load_word_set ("lexicon/not-names.txt");
  {
    g_autoptr(GHashTable) es = load_word_set ("lexicon/stopwords-es.txt");
    g_autoptr(GHashTable) en = load_word_set ("lexicon/stopwords-en.txt");
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, es);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (g->not_names, g_strdup (key));
    g_hash_table_iter_init (&iter, en);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (g->not_names, g_strdup (key));
  }
  g->titles = load_word_set ("lexicon/person-titles.txt");
  g->connectors = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (connectors); i++)
    g_hash_table_add (g->connectors, (char *) connectors[i]);

  return g;
}

static Gazetteer *
get_gazetteer (void)
{
  static gsize initialized;
  static Gazetteer *gazetteer;

  if (g_once_init_enter (&initialized))
    {
      gazetteer = load_gazetteer ();
      g_once_init_leave (&initialized, 1);
    }
  return gazetteer;
}

const CrEntity *
cr_gazetteer_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (get_gazetteer ()->by_id, id);
}

const char *
cr_entity_get_name (const CrEntity *entity,
                    const char     *language)
{
  g_return_val_if_fail (entity != NULL, NULL);

  return g_strcmp0 (language, "es") == 0 ? entity->name_es : entity->name_en;
}

static void
clear_match (gpointer data)
{
  CrEntityMatch *m = data;

  g_free (m->id);
  g_free (m->name);
}

/* Tries the longest gazetteer alias starting at token @i. */
static guint
match_alias (Gazetteer     *g,
             CrTokenList   *tokens,
             guint          i,
             const Alias  **out)
{
  guint n = cr_token_list_get_length (tokens);
  guint longest = GPOINTER_TO_UINT (g_hash_table_lookup (g->first_words,
                                                         cr_token_list_get (tokens, i)->folded));
  g_autoptr(GString) key = NULL;

  /* Most words start no name: nothing to build for them. */
  if (longest == 0)
    return 0;
  key = g_string_new (NULL);
  longest = MIN (MIN (longest, MAX_ALIAS_WORDS), n - i);
  for (guint k = longest; k >= 1; k--)
    {
      gboolean joined = TRUE;
      GPtrArray *list;

      g_string_truncate (key, 0);
      for (guint t = i; t < i + k; t++)
        {
          const CrToken *tok = cr_token_list_get (tokens, t);

          if (t > i && !(tok->flags & CR_TOKEN_JOINED))
            {
              joined = FALSE;
              break;
            }
          if (t > i)
            g_string_append_c (key, ' ');
          g_string_append (key, tok->folded);
        }
      if (!joined)
        continue;

      list = g_hash_table_lookup (g->aliases, key->str);
      if (list == NULL)
        continue;

      for (guint a = 0; a < list->len; a++)
        {
          const Alias *alias = g_ptr_array_index (list, a);
          const CrToken *first = cr_token_list_get (tokens, i);
          gboolean ok = TRUE;

          if (alias->upper_only)
            {
              for (guint t = i; t < i + k && ok; t++)
                ok = (cr_token_list_get (tokens, t)->flags & CR_TOKEN_ALL_UPPER) != 0;
            }
          else if (!alias->demonym)
            ok = (first->flags & CR_TOKEN_CAPITALIZED) != 0;

          if (ok)
            {
              *out = alias;
              return k;
            }
        }
    }
  return 0;
}

/* A run of capitalised words, with connectors inside ("Banco de España").
 * Returns its length in tokens, 0 if none starts at @i. */
static guint
match_capitalised (Gazetteer   *g,
                   CrTokenList *tokens,
                   guint        i)
{
  guint n = cr_token_list_get_length (tokens);
  guint end = i;

  if (!(cr_token_list_get (tokens, i)->flags & CR_TOKEN_CAPITALIZED) ||
      (cr_token_list_get (tokens, i)->flags & CR_TOKEN_NUMBER))
    return 0;

  end = i + 1;
  while (end < n)
    {
      const CrToken *tok = cr_token_list_get (tokens, end);

      if (!(tok->flags & CR_TOKEN_JOINED))
        break;
      if (tok->flags & CR_TOKEN_CAPITALIZED)
        {
          end++;
          continue;
        }
      /* "de", "del", "de la" only when a capitalised word follows. */
      if (g_hash_table_contains (g->connectors, tok->folded))
        {
          guint k = end;

          while (k < n && g_hash_table_contains (g->connectors, cr_token_list_get (tokens, k)->folded) &&
                 (cr_token_list_get (tokens, k)->flags & CR_TOKEN_JOINED))
            k++;
          if (k < n && (cr_token_list_get (tokens, k)->flags & CR_TOKEN_JOINED) &&
              (cr_token_list_get (tokens, k)->flags & CR_TOKEN_CAPITALIZED))
            {
              end = k + 1;
              continue;
            }
        }
      /* A lower-case word joined by a hyphen continues a name ("Jong-un"). */
      break;
    }

  return end - i;
}

GArray *
cr_entities_find (const char *text,
                  gssize      len)
{
  g_autoptr(CrTokenList) tokens = NULL;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  tokens = cr_token_list_new (text, len);
  return cr_entities_find_in_tokens (text, tokens);
}

GArray *
cr_entities_find_in_tokens (const char  *text,
                            CrTokenList *tokens)
{
  Gazetteer *g = get_gazetteer ();
  GArray *matches;
  guint n;

  g_return_val_if_fail (tokens != NULL, NULL);

  n = cr_token_list_get_length (tokens);
  matches = g_array_new (FALSE, TRUE, sizeof (CrEntityMatch));
  g_array_set_clear_func (matches, clear_match);

  for (guint i = 0; i < n;)
    {
      const Alias *alias = NULL;
      guint k = match_alias (g, tokens, i, &alias);
      CrEntityMatch m = { 0 };

      if (k > 0)
        {
          m.entity = alias->entity;
          m.id = g_strdup (alias->entity->id);
          m.name = g_strdup (alias->entity->name_es);
          m.type = alias->entity->type;
          m.is_demonym = alias->demonym;
        }
      else if ((k = match_capitalised (g, tokens, i)) > 0)
        {
          guint first = i;
          g_autoptr(GString) folded = g_string_new ("name:");

          /* Drop leading clause openers, articles and titles ("El
           * Gobierno", "President Vladimir Putin"). */
          while (first < i + k &&
                 (g_hash_table_contains (g->not_names, cr_token_list_get (tokens, first)->folded) ||
                  g_hash_table_contains (g->titles, cr_token_list_get (tokens, first)->folded)))
            first++;
          if (first == i + k ||
              (first + 1 == i + k && first == 0))
            {
              i += k;
              continue;
            }
          /* Without its article the run may start a gazetteer name
           * ("La ONU"): look again from there. */
          if (first > i)
            {
              i = first;
              continue;
            }

          for (guint t = first; t < i + k; t++)
            {
              if (t > first)
                g_string_append_c (folded, '-');
              g_string_append (folded, cr_token_list_get (tokens, t)->folded);
            }
          m.id = g_string_free (g_steal_pointer (&folded), FALSE);
          {
            const CrToken *a = cr_token_list_get (tokens, first);
            const CrToken *b = cr_token_list_get (tokens, i + k - 1);

            m.name = g_strndup (text + a->start_byte, b->end_byte - a->start_byte);
          }
          m.type = CR_ENTITY_UNKNOWN;
          if (first > 0 && g_hash_table_contains (g->titles, cr_token_list_get (tokens, first - 1)->folded))
            m.type = CR_ENTITY_PERSON;
          k = i + k - first;
          i = first;
        }
      else
        {
          i++;
          continue;
        }

      m.start_byte = cr_token_list_get (tokens, i)->start_byte;
      m.start_char = cr_token_list_get (tokens, i)->start_char;
      m.end_byte = cr_token_list_get (tokens, i + k - 1)->end_byte;
      m.end_char = cr_token_list_get (tokens, i + k - 1)->end_char;
      g_array_append_val (matches, m);
      i += k;
    }

  return matches;
}
