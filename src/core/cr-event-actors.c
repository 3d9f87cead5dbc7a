/* cr-event-actors.c: who took part in an event, where, and its title
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-event-extract"

#include "config.h"

#include <string.h>

#include "cr-event-extract-private.h"

static CrEventEntity *
event_entity_new (const CrEntityMatch *m,
                  CrLanguage           language)
{
  CrEventEntity *e = g_new0 (CrEventEntity, 1);
  const CrEntity *target = m->entity;

  e->id = g_strdup (m->id);
  e->type = m->type;
  if (target != NULL)
    e->name = g_strdup (cr_entity_get_name (target, language == CR_LANGUAGE_EN ? "en" : "es"));
  else
    e->name = g_strdup (m->name);
  return e;
}

static gboolean
has_entity (GPtrArray  *list,
            const char *id)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (((CrEventEntity *) g_ptr_array_index (list, i))->id, id))
      return TRUE;
  return FALSE;
}

/* "en Beijing", "in Beijing", "en el Pacífico", "por la avenida
 * Chang'an", "in the city of Lima". */
gboolean
_cr_event_is_preceded_by_locative (const Sentence      *s,
                                   const CrEntityMatch *m)
{
  static const char * const locatives[] = { "en", "in", "at", "por", NULL };
  static const char * const fillers[] = {
    "el", "la", "los", "las", "the", "de", "del", "of",
    "avenida", "plaza", "calle", "ciudad", "capital", "region", "provincia",
    "avenue", "square", "street", "city", "province", NULL
  };
  guint n = cr_token_list_get_length (s->tokens);
  guint i;

  for (i = 0; i < n; i++)
    if (cr_token_list_get (s->tokens, i)->start_byte == m->start_byte)
      break;
  for (guint back = 1; back <= 4 && back <= i; back++)
    {
      const char *w = cr_token_list_get (s->tokens, i - back)->folded;

      if (g_strv_contains (locatives, w))
        return TRUE;
      if (!g_strv_contains (fillers, w))
        return FALSE;
    }
  return FALSE;
}

/* "la Segunda Guerra Mundial", "la Cumbre de las Américas": a name with a
 * trigger inside names an event, not a participant. */
static gboolean
names_an_event (const Sentence      *s,
                const CrEntityMatch *m)
{
  for (guint i = 0; i < s->raw_triggers->len; i++)
    {
      const CrTriggerMatch *t = &g_array_index (s->raw_triggers, CrTriggerMatch, i);

      if (spans_overlap (t->start_byte, t->end_byte, m->start_byte, m->end_byte))
        return TRUE;
    }
  return FALSE;
}

/* A city right after a visit's trigger is where the visit went
 * ("visitó Pyongyang", "viajó a Vladivostok", "visited Seoul"). */
static gboolean
is_destination (const Sentence       *s,
                const CrTriggerMatch *trigger,
                const CrEntityMatch  *m)
{
  guint n = cr_token_list_get_length (s->tokens);
  guint after = trigger->first_token + trigger->n_tokens;

  for (guint i = after; i < n && i <= after + 1; i++)
    {
      const CrToken *tok = cr_token_list_get (s->tokens, i);

      if (tok->start_byte == m->start_byte)
        return TRUE;
      if (!(g_str_equal (tok->folded, "a") || g_str_equal (tok->folded, "to")))
        return FALSE;
    }
  return FALSE;
}

void
_cr_event_collect_entities (const Sentence       *s,
                            const CrTriggerMatch *trigger,
                            guint                 clause_lo,
                            guint                 clause_hi,
                            CrEventCandidate     *c)
{
  const CrEntityMatch *place = NULL;
  gsize place_distance = G_MAXSIZE;
  guint n_cities = 0;

  c->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_event_entity_free);

  for (guint i = 0; i < s->entities->len; i++)
    {
      const CrEntityMatch *m = &g_array_index (s->entities, CrEntityMatch, i);
      guint clause = clause_of (s, m->start_byte);

      if (clause < clause_lo || clause >= clause_hi)
        continue;
      if (m->type == CR_ENTITY_CITY || m->type == CR_ENTITY_REGION)
        {
          n_cities++;
          if (trigger != NULL && trigger->kind == CR_EVENT_KIND_VISIT && is_destination (s, trigger, m))
            {
              place = m;
              place_distance = 0;
            }
          else if (_cr_event_is_preceded_by_locative (s, m))
            {
              /* "met in Beijing … signed in Pyongyang": the place nearest
               * to what happened. */
              gsize d = trigger == NULL ? 0
                        : m->start_byte > trigger->end_byte ? m->start_byte - trigger->end_byte
                        : trigger->start_byte - MIN (trigger->start_byte, m->end_byte);

              if (place == NULL || d < place_distance)
                {
                  place = m;
                  place_distance = d;
                }
            }
        }
    }
  /* A sentence that names a single city most likely happened there. */

  for (guint i = 0; i < s->entities->len; i++)
    {
      const CrEntityMatch *m = &g_array_index (s->entities, CrEntityMatch, i);
      guint clause = clause_of (s, m->start_byte);

      if (m == place || clause < clause_lo || clause >= clause_hi)
        continue;
      if (m->type == CR_ENTITY_CITY && _cr_event_is_preceded_by_locative (s, m))
        continue;   /* "met in Beijing": where, not who */
      if (m->type == CR_ENTITY_CITY && m->entity != NULL && m->entity->stands_for != NULL)
        {
          /* "Moscú y Pyongyang describen…": capitals speak for countries. */
          const CrEntity *country = cr_gazetteer_lookup (m->entity->stands_for);
          CrEntityMatch proxy = *m;

          if (country == NULL || has_entity (c->participants, country->id))
            continue;
          proxy.entity = country;
          proxy.id = (char *) country->id;
          proxy.type = country->type;
          g_ptr_array_add (c->participants, event_entity_new (&proxy, s->language));
          continue;
        }
      if (m->type == CR_ENTITY_REGION || m->type == CR_ENTITY_CITY)
        continue;
      if (m->type == CR_ENTITY_UNKNOWN && names_an_event (s, m))
        continue;
      if (!has_entity (c->participants, m->id))
        g_ptr_array_add (c->participants, event_entity_new (m, s->language));
    }

  if (place != NULL)
    c->place = event_entity_new (place, s->language);
}

static void
append_names (GString          *title,
              GPtrArray        *names,
              CrLanguage        language)
{
  guint n = MIN (names->len, MAX_TITLE_NAMES);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (title, i + 1 == n ? (language == CR_LANGUAGE_EN ? " and " : " y ") : ", ");
      g_string_append (title, ((CrEventEntity *) g_ptr_array_index (names, i))->name);
    }
}

char *
_cr_event_build_title (const CrEventCandidate *c,
                       const char             *noun,
                       CrLanguage              language)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  GPtrArray *names;
  GString *title = g_string_new (noun);
  gboolean names_first;

  for (guint i = 0; i < c->participants->len; i++)
    {
      CrEventEntity *e = g_ptr_array_index (c->participants, i);

      g_ptr_array_add (e->type == CR_ENTITY_PERSON ? people : others, e);
    }
  names = people->len > 0 ? people : others;

  /* Who met, signed or said matters more than where; a parade, an attack
   * or an election is told by its place. */
  names_first = c->kind == CR_EVENT_KIND_MEETING || c->kind == CR_EVENT_KIND_AGREEMENT ||
                c->kind == CR_EVENT_KIND_STATEMENT || c->kind == CR_EVENT_KIND_VISIT ||
                c->kind == CR_EVENT_KIND_SANCTIONS || c->place == NULL;

  if (names_first && names->len > 0)
    {
      /* A visit is someone's: "Visita de Vladimir Putin a Pyongyang". */
      gboolean one = names->len == 1 || c->kind == CR_EVENT_KIND_VISIT;

      if (language == CR_LANGUAGE_EN)
        g_string_append (title, !one ? " between "
                                : c->kind == CR_EVENT_KIND_MEETING ? " with "
                                : c->kind == CR_EVENT_KIND_AGREEMENT ? " signed by "
                                : " by ");
      else
        g_string_append (title, !one ? " entre " : " de ");
      if (c->kind == CR_EVENT_KIND_VISIT)
        g_ptr_array_set_size (names, 1);
      append_names (title, names, language);
    }
  if (c->place != NULL)
    {
      if (c->kind == CR_EVENT_KIND_VISIT)
        g_string_append (title, language == CR_LANGUAGE_EN ? " to " : " a ");
      else
        g_string_append (title, language == CR_LANGUAGE_EN ? " in " : " en ");
      g_string_append (title, c->place->name);
    }
  return g_string_free (title, FALSE);
}

char *
_cr_event_other_title (const Sentence *s)
{
  guint n = cr_token_list_get_length (s->tokens);
  guint words = MIN (n, OTHER_TITLE_WORDS);
  const CrToken *last;
  g_autofree char *raw = NULL;

  if (n == 0)
    return g_strndup (s->text, s->len);

  last = cr_token_list_get (s->tokens, words - 1);
  raw = g_strndup (s->text, last->end_byte);
  if (words < n)
    return g_strconcat (raw, "…", NULL);
  return g_steal_pointer (&raw);
}

/* News names its main actors again and again: when a dated sentence
 * names nobody ("la firma de un acuerdo en junio de 2024"), the two
 * countries (else people) the text names most often, at least twice,
 * are taken as its participants, with less confidence. */
void
_cr_event_add_context_participants (GArray     *entities,
                                    CrLanguage  language,
                                    GPtrArray  *candidates)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) order = NULL;
  const CrEntityMatch *top[2] = { NULL, NULL };
  gboolean needed = FALSE;

  for (guint i = 0; i < candidates->len && !needed; i++)
    {
      CrEventCandidate *c = g_ptr_array_index (candidates, i);

      needed = c->participants->len == 0 && c->kind != CR_EVENT_KIND_OTHER;
    }
  if (!needed)
    return;

  counts = g_hash_table_new (g_str_hash, g_str_equal);
  order = g_ptr_array_new ();

  for (CrEntityType wanted = CR_ENTITY_COUNTRY; top[0] == NULL; wanted = CR_ENTITY_PERSON)
    {
      g_hash_table_remove_all (counts);
      g_ptr_array_set_size (order, 0);
      for (guint i = 0; i < entities->len; i++)
        {
          const CrEntityMatch *m = &g_array_index (entities, CrEntityMatch, i);
          guint n;

          if (m->type != wanted || m->entity == NULL)
            continue;
          n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, m->id));
          if (n == 0)
            g_ptr_array_add (order, (gpointer) m);
          g_hash_table_insert (counts, m->id, GUINT_TO_POINTER (n + 1));
        }
      for (guint i = 0; i < order->len; i++)
        {
          const CrEntityMatch *m = g_ptr_array_index (order, i);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, m->id));

          if (n < 2)
            continue;
          if (top[0] == NULL || n > GPOINTER_TO_UINT (g_hash_table_lookup (counts, top[0]->id)))
            {
              top[1] = top[0];
              top[0] = m;
            }
          else if (top[1] == NULL || n > GPOINTER_TO_UINT (g_hash_table_lookup (counts, top[1]->id)))
            top[1] = m;
        }
      if (wanted == CR_ENTITY_PERSON)
        break;
    }
  if (top[0] == NULL)
    return;

  for (guint i = 0; i < candidates->len; i++)
    {
      CrEventCandidate *c = g_ptr_array_index (candidates, i);

      if (c->participants->len > 0 || c->kind == CR_EVENT_KIND_OTHER)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (top) && top[k] != NULL; k++)
        {
          CrEntityMatch m = *top[k];

          m.is_demonym = FALSE;
          g_ptr_array_add (c->participants, event_entity_new (&m, language));
        }
      c->from_context = TRUE;
      c->confidence = MAX (0.1, c->confidence - 0.15);
      g_free (c->title);
      c->title = _cr_event_build_title (c, c->noun, language);
    }
}

