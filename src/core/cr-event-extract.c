/* cr-event-extract.c: turn dated sentences into event candidates
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-event-extract"

#include "config.h"

#include <string.h>

#include "cr-event-extract-private.h"
#include "cr-sentence.h"

/* Words between a date and a trigger of its clause that still belong
 * together, unless no trigger is nearer. */
#define MAX_TRIGGER_DISTANCE 10
/* ...and not much farther than the nearest one. */
#define NEAR_SLACK 3

void
cr_event_entity_free (CrEventEntity *entity)
{
  if (entity == NULL)
    return;
  g_free (entity->id);
  g_free (entity->name);
  g_free (entity);
}

void
cr_event_candidate_free (CrEventCandidate *candidate)
{
  if (candidate == NULL)
    return;
  g_free (candidate->title);
  g_free (candidate->trigger);
  g_free (candidate->noun);
  g_clear_pointer (&candidate->participants, g_ptr_array_unref);
  cr_event_entity_free (candidate->place);
  g_free (candidate);
}

static GArray *
find_clause_ends (const char *text,
                  gsize       len)
{
  GArray *ends = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      /* ASCII, most of the text, without a call (a nul byte is not
       * valid: the slow way). */
      gunichar c = (guchar) *p - 1u < 0x7Fu ? (guchar) *p
                 : g_utf8_get_char_validated (p, text + len - p);

      if (c == ';' || c == ':' || c == ',' || c == '(' || c == ')' ||
          c == 0x2014 || c == 0x2013)
        {
          gsize at = p - text;
          g_array_append_val (ends, at);
        }
      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
    }
  return ends;
}

static gboolean
trigger_inside_names_or_dates (const CrTriggerMatch *t,
                               GArray               *entities,
                               const CrTimex        *timexes,
                               guint                 n_timexes,
                               gsize                 offset)
{
  for (guint i = 0; i < entities->len; i++)
    {
      const CrEntityMatch *e = &g_array_index (entities, CrEntityMatch, i);

      if (!e->is_demonym && spans_overlap (t->start_byte, t->end_byte, e->start_byte, e->end_byte))
        return TRUE;
    }
  for (guint i = 0; i < n_timexes; i++)
    {
      const CrTimex *x = &timexes[i];

      if (spans_overlap (offset + t->start_byte, offset + t->end_byte, x->start_byte, x->end_byte))
        return TRUE;
    }
  return FALSE;
}

static double
confidence_for (CrEventKind kind,
                guint       weight,
                guint       n_participants)
{
  double c = kind == CR_EVENT_KIND_OTHER ? 0.3 : 0.5 + 0.1 * weight;

  if (n_participants >= 2)
    c += 0.1;
  return CLAMP (c, 0.1, 0.95);
}

static CrEventCandidate *
candidate_new (const Sentence       *s,
               const CrTimex        *x,
               guint                 timex_index,
               const CrTriggerMatch *trigger,
               guint                 clause_lo,
               guint                 clause_hi,
               gsize                 offset,
               gsize                 offset_char)
{
  CrEventCandidate *c = g_new0 (CrEventCandidate, 1);

  c->timex_index = timex_index;
  c->kind = trigger ? trigger->kind : CR_EVENT_KIND_OTHER;
  c->sentence_start_byte = offset;
  c->sentence_end_byte = offset + s->len;
  c->sentence_start_char = offset_char;
  c->sentence_end_char = offset_char + s->n_chars;
  c->sentence_hash = s->hash;
  g_strlcpy (c->value, x->value, sizeof c->value);
  c->granularity = x->granularity;
  c->first_day = x->first_day;
  c->last_day = x->last_day;

  _cr_event_collect_entities (s, trigger, clause_lo, clause_hi, c);
  if (trigger != NULL)
    {
      c->trigger = g_strndup (s->text + trigger->start_byte, trigger->end_byte - trigger->start_byte);
      c->noun = g_strdup (trigger->title);
      c->title = _cr_event_build_title (c, c->noun, s->language);
    }
  else
    c->title = _cr_event_other_title (s);
  c->confidence = confidence_for (c->kind, trigger ? trigger->weight : 0, c->participants->len);
  return c;
}

/* Token indices covered by the mention (relative to the sentence). */
static void
timex_tokens (const Sentence *s,
              gsize           start,
              gsize           end,
              guint          *first,
              guint          *last)
{
  guint n = cr_token_list_get_length (s->tokens);

  *first = n;
  *last = 0;
  for (guint i = 0; i < n; i++)
    {
      const CrToken *tok = cr_token_list_get (s->tokens, i);

      if (tok->end_byte > start && tok->start_byte < end)
        {
          *first = MIN (*first, i);
          *last = MAX (*last, i);
        }
    }
  if (*first == n)
    *first = *last = 0;
}

static guint
token_distance (const CrTriggerMatch *t,
                guint                 first,
                guint                 last)
{
  guint t_last = t->first_token + t->n_tokens - 1;

  if (t_last < first)
    return first - t_last - 1;
  if (t->first_token > last)
    return t->first_token - last - 1;
  return 0;
}

/* "se reunieron después del desfile", "met hours after the parade": an
 * event told as the frame of another happened about the same time. */
static gboolean
follows_connective (const Sentence       *s,
                    const CrTriggerMatch *t)
{
  static const char * const connectives[] = {
    "tras", "despues", "antes", "after", "before", "following", NULL
  };

  for (guint back = 1; back <= 3 && back <= t->first_token; back++)
    {
      const char *w = cr_token_list_get (s->tokens, t->first_token - back)->folded;

      if (g_strv_contains (connectives, w))
        return TRUE;
    }
  return FALSE;
}

/* "met … after the parade" dates the parade only when the date is the
 * meeting's: a trigger before @t, not itself after a connective, is near
 * the date. */
static gboolean
frame_is_dated (const Sentence       *s,
                const CrTriggerMatch *t,
                guint                 clause,
                guint                 nearest,
                guint                 x_first,
                guint                 x_last)
{
  for (guint i = 0; i < s->triggers->len; i++)
    {
      const CrTriggerMatch *u = &g_array_index (s->triggers, CrTriggerMatch, i);

      if (u->first_token >= t->first_token)
        break;
      if (clause_of (s, u->start_byte) == clause && u->weight >= 2 && !follows_connective (s, u) &&
          token_distance (u, x_first, x_last) <= MIN (nearest + NEAR_SLACK, MAX_TRIGGER_DISTANCE))
        return TRUE;
    }
  return FALSE;
}

/* Picks the triggers that tell what the mention in @clause is about: its
 * own clause's (weight 2+), strong ones (weight 3) in the undated clauses
 * after it, or the clause just before when its own has none. At most one
 * per kind, the strongest; a statement only when nothing else happened. */
static GPtrArray *
pick_triggers (const Sentence *s,
               guint           clause,
               guint           next_dated_clause,
               guint           x_first,
               guint           x_last)
{
  guint nearest = G_MAXUINT;

  const CrTriggerMatch *best[CR_N_EVENT_KINDS] = { NULL };
  GPtrArray *picked = g_ptr_array_new ();
  gboolean own = FALSE;
  gboolean any_not_statement = FALSE;

  /* In a long clause, the triggers near the date are the ones it dates. */
  for (guint i = 0; i < s->triggers->len; i++)
    {
      const CrTriggerMatch *t = &g_array_index (s->triggers, CrTriggerMatch, i);

      if (clause_of (s, t->start_byte) == clause && t->weight >= 2)
        nearest = MIN (nearest, token_distance (t, x_first, x_last));
    }

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < s->triggers->len; i++)
        {
          const CrTriggerMatch *t = &g_array_index (s->triggers, CrTriggerMatch, i);
          guint tc = clause_of (s, t->start_byte);
          gboolean take;

          if (pass == 0)
            take = (tc == clause && t->weight >= 2 &&
                    (token_distance (t, x_first, x_last) == nearest ||
                     token_distance (t, x_first, x_last) <= MIN (nearest + NEAR_SLACK, MAX_TRIGGER_DISTANCE) ||
                     (follows_connective (s, t) && frame_is_dated (s, t, clause, nearest, x_first, x_last) &&
                      token_distance (t, x_first, x_last) <= MAX_TRIGGER_DISTANCE))) ||
                   (tc > clause && tc < next_dated_clause && t->weight >= 3);
          else
            take = tc + 1 == clause && t->weight >= 2;

          if (!take)
            continue;
          if (tc == clause)
            own = TRUE;
          /* On a tie the later word wins: "signed a treaty", "la firma de un
           * acuerdo" are told by their noun. */
          if (best[t->kind] == NULL || t->weight >= best[t->kind]->weight)
            best[t->kind] = t;
        }
      if (own || clause == 0)
        break;
      /* pass 1 only when the mention's own clause had nothing */
      for (guint k = 0; k < CR_N_EVENT_KINDS; k++)
        if (best[k] != NULL)
          goto done;
    }

done:
  for (guint k = 0; k < CR_N_EVENT_KINDS; k++)
    if (best[k] != NULL && k != CR_EVENT_KIND_STATEMENT)
      any_not_statement = TRUE;

  for (guint k = 0; k < CR_N_EVENT_KINDS; k++)
    {
      if (best[k] == NULL)
        continue;
      if (k == CR_EVENT_KIND_STATEMENT && any_not_statement)
        continue;
      g_ptr_array_add (picked, (gpointer) best[k]);
    }
  return picked;
}

static int
compare_triggers_by_position (gconstpointer a,
                              gconstpointer b)
{
  const CrTriggerMatch *ta = *(const CrTriggerMatch **) a;
  const CrTriggerMatch *tb = *(const CrTriggerMatch **) b;

  return (ta->start_byte > tb->start_byte) - (ta->start_byte < tb->start_byte);
}

/* The names of one sentence, taken from those of the whole text, with
 * offsets relative to the sentence. A lone unknown capitalised word that
 * opens the sentence is no name ("Analistas y gobiernos…"). The matches
 * are borrowed from @all. */
static GArray *
slice_entities (GArray     *all,
                const char *text,
                gsize       offset,
                gsize       offset_char,
                gsize       len)
{
  GArray *slice = g_array_new (FALSE, FALSE, sizeof (CrEntityMatch));
  gsize sentence_start = offset;

  /* Opening quotes and dashes do not start the sentence's first word. */
  while (sentence_start < offset + len && !g_unichar_isalnum (g_utf8_get_char (text + sentence_start)))
    sentence_start = g_utf8_next_char (text + sentence_start) - text;

  for (guint i = 0; i < all->len; i++)
    {
      CrEntityMatch m = g_array_index (all, CrEntityMatch, i);

      if (m.start_byte < offset || m.end_byte > offset + len)
        continue;
      if (m.entity == NULL && m.start_byte == sentence_start && strchr (m.name, ' ') == NULL)
        continue;
      m.start_byte -= offset;
      m.end_byte -= offset;
      m.start_char -= offset_char;
      m.end_char -= offset_char;
      g_array_append_val (slice, m);
    }
  return slice;
}

static void
sentence_events (const char    *text,
                 gsize          offset,
                 gsize          offset_char,
                 gsize          len,
                 gsize          n_chars,
                 CrLanguage     language,
                 const CrTimex *timexes,
                 guint          n_timexes,
                 CrTokenList   *all_tokens,
                 GArray        *all_entities,
                 GPtrArray     *out)
{
  Sentence s = { 0 };
  g_autoptr(GArray) dated = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) all_triggers = NULL;
  g_autoptr(CrTokenList) tokens = NULL;
  g_autoptr(GArray) entities = NULL;
  g_autoptr(GArray) clause_ends = NULL;
  g_autoptr(GArray) triggers = NULL;

  for (guint i = 0; i < n_timexes; i++)
    {
      const CrTimex *x = &timexes[i];

      if (x->start_byte >= offset && x->end_byte <= offset + len &&
          !(x->flags & CR_TIMEX_FLAG_DATELINE) &&
          x->first_day != CR_DAY_UNKNOWN && x->last_day != CR_DAY_UNKNOWN)
        g_array_append_val (dated, i);
    }
  if (dated->len == 0)
    return;

  s.text = text + offset;
  s.len = len;
  s.n_chars = n_chars;
  s.language = language;
  s.tokens = tokens = cr_token_list_new_slice (all_tokens, offset, offset + len, offset_char);
  s.entities = entities = slice_entities (all_entities, text, offset, offset_char, len);
  s.clause_ends = clause_ends = find_clause_ends (s.text, len);
  s.hash = cr_sentence_hash (s.text, len);

  s.raw_triggers = all_triggers = cr_triggers_find (tokens, language);
  s.triggers = triggers = g_array_new (FALSE, FALSE, sizeof (CrTriggerMatch));
  for (guint i = 0; i < all_triggers->len; i++)
    {
      const CrTriggerMatch *t = &g_array_index (all_triggers, CrTriggerMatch, i);

      if (!trigger_inside_names_or_dates (t, entities, timexes, n_timexes, offset))
        g_array_append_val (triggers, *t);
    }

  for (guint d = 0, clause_lo = 0; d < dated->len; d++)
    {
      guint index = g_array_index (dated, guint, d);
      const CrTimex *x = &timexes[index];
      guint clause = clause_of (&s, x->start_byte - offset);
      guint next_dated_clause = G_MAXUINT;
      guint x_first, x_last;
      g_autoptr(GPtrArray) picked = NULL;

      /* Several dates in one clause ("del 1 al 3"): the clause is theirs. */
      for (guint e = d + 1; e < dated->len; e++)
        {
          guint c2 = clause_of (&s, timexes[g_array_index (dated, guint, e)].start_byte - offset);

          if (c2 > clause)
            {
              next_dated_clause = c2;
              break;
            }
        }

      timex_tokens (&s, x->start_byte - offset, x->end_byte - offset, &x_first, &x_last);
      picked = pick_triggers (&s, clause, next_dated_clause, x_first, x_last);
      g_ptr_array_sort (picked, compare_triggers_by_position);
      if (picked->len == 0)
        g_ptr_array_add (out, candidate_new (&s, x, index, NULL, clause_lo, next_dated_clause,
                                             offset, offset_char));
      for (guint t = 0; t < picked->len; t++)
        g_ptr_array_add (out, candidate_new (&s, x, index, g_ptr_array_index (picked, t),
                                             clause_lo, next_dated_clause, offset, offset_char));
      if (next_dated_clause != G_MAXUINT)
        clause_lo = clause + 1;
    }
}

GPtrArray *
cr_event_candidates_find_in_sentences (const char     *text,
                                       gssize          len,
                                       CrLanguage      language,
                                       GArray         *sentences,
                                       const CrTimex  *timexes,
                                       guint           n_timexes,
                                       GArray        **entities_out)
{
  g_autoptr(GArray) entities = NULL;
  g_autoptr(CrTokenList) all_tokens = NULL;
  GPtrArray *out;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (sentences != NULL, NULL);
  g_return_val_if_fail (timexes != NULL || n_timexes == 0, NULL);

  if (len < 0)
    len = strlen (text);
  if (language == CR_LANGUAGE_AUTO)
    language = CR_LANGUAGE_ES;

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_event_candidate_free);
  /* One pass over the names of the whole text serves every sentence, the
   * article's main actors and, through @entities_out, the library. */
  all_tokens = cr_token_list_new (text, len);
  entities = cr_entities_find_in_tokens (text, all_tokens);

  for (guint i = 0; i < sentences->len; i++)
    {
      const CrSentence *s = &g_array_index (sentences, CrSentence, i);

      sentence_events (text, s->start_byte, s->start_char, s->end_byte - s->start_byte,
                       s->end_char - s->start_char, language, timexes, n_timexes, all_tokens, entities, out);
    }

  _cr_event_add_context_participants (entities, language, out);

  if (entities_out != NULL)
    *entities_out = g_steal_pointer (&entities);
  return out;
}

GPtrArray *
cr_event_candidates_find_full (const char     *text,
                               gssize          len,
                               CrLanguage      language,
                               const CrTimex  *timexes,
                               guint           n_timexes,
                               GArray        **entities_out)
{
  g_autoptr(GArray) sentences = NULL;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (timexes != NULL || n_timexes == 0, NULL);

  if (len < 0)
    len = strlen (text);
  sentences = cr_sentence_split (text, len);
  return cr_event_candidates_find_in_sentences (text, len, language, sentences,
                                                timexes, n_timexes, entities_out);
}

GPtrArray *
cr_event_candidates_find (const char    *text,
                          gssize         len,
                          CrLanguage     language,
                          const CrTimex *timexes,
                          guint          n_timexes)
{
  return cr_event_candidates_find_full (text, len, language, timexes, n_timexes, NULL);
}
