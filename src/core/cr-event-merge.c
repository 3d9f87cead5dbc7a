/* cr-event-merge.c: recognise the same event reported several times
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-event-merge"

#include "config.h"

#include "cr-event-merge.h"

gboolean
cr_event_dates_compatible (CrDay         a_first,
                           CrDay         a_last,
                           CrGranularity a_granularity,
                           CrDay         b_first,
                           CrDay         b_last,
                           CrGranularity b_granularity)
{
  gboolean a_holds_b, b_holds_a;

  if (a_first == CR_DAY_UNKNOWN || b_first == CR_DAY_UNKNOWN)
    return FALSE;
  if (a_first == b_first && a_last == b_last)
    return TRUE;

  a_holds_b = a_first <= b_first && b_last <= a_last;
  b_holds_a = b_first <= a_first && a_last <= b_last;

  if (a_holds_b)
    return a_granularity <= CR_GRANULARITY_MONTH;
  if (b_holds_a)
    return b_granularity <= CR_GRANULARITY_MONTH;
  return FALSE;
}

static gboolean
contains_id (GPtrArray  *list,
             const char *id)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (((CrEventEntity *) g_ptr_array_index (list, i))->id, id))
      return TRUE;
  return FALSE;
}

static guint
count_people (GPtrArray *list)
{
  guint n = 0;

  for (guint i = 0; i < list->len; i++)
    if (((CrEventEntity *) g_ptr_array_index (list, i))->type == CR_ENTITY_PERSON)
      n++;
  return n;
}

/* Everyone an event involves, leaders standing also for their countries
 * and capitals for theirs. */
static void
add_expanded (GHashTable          *set,
              const CrEventEntity *e)
{
  const CrEntity *known = cr_gazetteer_lookup (e->id);

  g_hash_table_add (set, e->id);
  if (known != NULL && known->stands_for != NULL)
    g_hash_table_add (set, (char *) known->stands_for);
}

static GHashTable *
expanded_set (GPtrArray           *participants,
              const CrEventEntity *place)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < participants->len; i++)
    add_expanded (set, g_ptr_array_index (participants, i));
  if (place != NULL)
    add_expanded (set, place);
  return set;
}

static gboolean
actors_match (GPtrArray           *a,
              const CrEventEntity *a_place,
              GPtrArray           *b,
              const CrEventEntity *b_place)
{
  g_autoptr(GHashTable) set_a = NULL;
  g_autoptr(GHashTable) set_b = NULL;
  GHashTableIter iter;
  gpointer key;

  /* Two lists of people must share a person. */
  if (count_people (a) > 0 && count_people (b) > 0)
    {
      for (guint i = 0; i < a->len; i++)
        {
          const CrEventEntity *e = g_ptr_array_index (a, i);

          if (e->type == CR_ENTITY_PERSON && contains_id (b, e->id))
            return TRUE;
        }
      return FALSE;
    }

  /* Otherwise "Putin and Kim signed" and "Russia and North Korea signed",
   * or "China held a parade" and "a parade in Beijing", name the same
   * actors. */
  set_a = expanded_set (a, a_place);
  set_b = expanded_set (b, b_place);
  g_hash_table_iter_init (&iter, set_a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (set_b, key))
      return TRUE;
  return FALSE;
}

gboolean
cr_event_participants_match (GPtrArray *a,
                             GPtrArray *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return actors_match (a, NULL, b, NULL);
}

static gboolean
same_place (const CrEventCandidate *a,
            const CrEventCandidate *b)
{
  return a->place != NULL && b->place != NULL && g_str_equal (a->place->id, b->place->id);
}

static gboolean
same_country (const CrEventEntity *a,
              const CrEventEntity *b)
{
  const CrEntity *ka = cr_gazetteer_lookup (a->id);
  const CrEntity *kb = cr_gazetteer_lookup (b->id);

  return ka != NULL && kb != NULL && ka->stands_for != NULL &&
         g_strcmp0 (ka->stands_for, kb->stands_for) == 0;
}

gboolean
cr_event_candidates_match (const CrEventCandidate *a,
                           const CrEventCandidate *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  /* A sentence that says nothing we recognise is too vague to be the
   * same as another one. */
  if (a->kind != b->kind || a->kind == CR_EVENT_KIND_OTHER)
    return FALSE;
  if (!cr_event_dates_compatible (a->first_day, a->last_day, a->granularity,
                                  b->first_day, b->last_day, b->granularity))
    return FALSE;

  /* Two places named, in different countries: two events. ("avenida
   * Chang'an" and "Beijing" can be the same parade.) */
  if (a->place != NULL && b->place != NULL && !same_place (a, b) &&
      !same_country (a->place, b->place))
    return FALSE;

  if (a->participants->len > 0 && b->participants->len > 0)
    return actors_match (a->participants, a->place, b->participants, b->place);

  /* One side names nobody: its place must concern the other side ("a
   * parade on Chang'an Avenue", "China's parade in Beijing") on the same
   * days, and never for the catch-all kind. */
  if (a->kind == CR_EVENT_KIND_OTHER || (a->place == NULL && b->place == NULL) ||
      a->first_day != b->first_day || a->last_day != b->last_day)
    return FALSE;
  return actors_match (a->participants, a->place, b->participants, b->place);
}

int
cr_event_candidate_information (const CrEventCandidate *candidate)
{
  g_return_val_if_fail (candidate != NULL, 0);

  return 2 * (int) MIN (candidate->participants->len, 4) +
         (candidate->place != NULL ? 2 : 0) +
         (candidate->trigger != NULL ? 1 : 0) +
         (CR_N_GRANULARITIES - (int) candidate->granularity) / 3;
}

const CrEventCandidate *
cr_event_candidate_more_precise (const CrEventCandidate *a,
                                 const CrEventCandidate *b)
{
  gint64 span_a, span_b;

  g_return_val_if_fail (a != NULL && b != NULL, NULL);

  span_a = (gint64) a->last_day - a->first_day;
  span_b = (gint64) b->last_day - b->first_day;
  if (span_a != span_b)
    return span_a < span_b ? a : b;
  return b->first_day < a->first_day ? b : a;
}

GPtrArray *
cr_event_merge (GPtrArray *candidates)
{
  GPtrArray *groups;

  g_return_val_if_fail (candidates != NULL, NULL);

  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < candidates->len; i++)
    {
      CrEventCandidate *c = g_ptr_array_index (candidates, i);
      GPtrArray *home = NULL;

      for (guint g = 0; g < groups->len && home == NULL; g++)
        {
          GPtrArray *group = g_ptr_array_index (groups, g);

          for (guint m = 0; m < group->len; m++)
            if (cr_event_candidates_match (c, g_ptr_array_index (group, m)))
              {
                home = group;
                break;
              }
        }

      if (home == NULL)
        {
          home = g_ptr_array_new ();
          g_ptr_array_add (groups, home);
        }
      g_ptr_array_add (home, c);
    }

  return groups;
}
