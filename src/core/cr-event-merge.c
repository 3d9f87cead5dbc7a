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

/* The country a leader represents, if the gazetteer knows it. */
static const char *
represented_country (const CrEventEntity *e)
{
  const CrEntity *known;

  if (e->type != CR_ENTITY_PERSON || (known = cr_gazetteer_lookup (e->id)) == NULL)
    return NULL;
  return known->stands_for;
}

static gboolean
contains_id_or_leader_of (GPtrArray  *list,
                          const char *id)
{
  for (guint i = 0; i < list->len; i++)
    {
      const CrEventEntity *e = g_ptr_array_index (list, i);

      if (g_str_equal (e->id, id) || g_strcmp0 (represented_country (e), id) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
cr_event_participants_match (GPtrArray *a,
                             GPtrArray *b)
{
  gboolean people;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  people = count_people (a) > 0 && count_people (b) > 0;
  for (guint i = 0; i < a->len; i++)
    {
      const CrEventEntity *e = g_ptr_array_index (a, i);
      const char *country;

      if (people)
        {
          if (e->type == CR_ENTITY_PERSON && contains_id (b, e->id))
            return TRUE;
          continue;
        }
      /* "Putin and Kim signed" and "Russia and North Korea signed" name
       * the same actors. */
      if (contains_id_or_leader_of (b, e->id))
        return TRUE;
      country = represented_country (e);
      if (country != NULL && contains_id (b, country))
        return TRUE;
    }
  return FALSE;
}

static gboolean
same_place (const CrEventCandidate *a,
            const CrEventCandidate *b)
{
  return a->place != NULL && b->place != NULL && g_str_equal (a->place->id, b->place->id);
}

gboolean
cr_event_candidates_match (const CrEventCandidate *a,
                           const CrEventCandidate *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->kind != b->kind)
    return FALSE;
  if (!cr_event_dates_compatible (a->first_day, a->last_day, a->granularity,
                                  b->first_day, b->last_day, b->granularity))
    return FALSE;

  /* Two places named, and different: two events. */
  if (a->place != NULL && b->place != NULL && !same_place (a, b))
    return FALSE;

  if (a->participants->len > 0 && b->participants->len > 0)
    return cr_event_participants_match (a->participants, b->participants);

  /* One side names nobody: only the same place on the same days, and
   * never for the catch-all kind. */
  return a->kind != CR_EVENT_KIND_OTHER && same_place (a, b) &&
         a->first_day == b->first_day && a->last_day == b->last_day;
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
