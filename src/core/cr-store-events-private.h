/* cr-store-events-private.h: what the files of the library's events share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-store-events.h"
#include "cr-store-private.h"

G_BEGIN_DECLS

typedef enum {
  EV_FIND_LINKED,
  EV_MERGE_PROBE,
  EV_GET_ENTITIES,
  EV_INSERT_EVENT,
  EV_UPDATE_DATE,
  EV_UPDATE_TITLE,
  EV_FIND_ENTITY,
  EV_UPSERT_ENTITY,
  EV_LINK_ENTITY,
  EV_SET_ROLE,
  EV_UNLINK_ENTITY,
  EV_LINK_MENTION,
  EV_LINK_MENTIONS,
  EV_ARTICLE_ENTITY,
  EV_FORGET_ARTICLE_ENTITIES,
  EV_EVENTS_OF_ARTICLE,
  EV_FORGET_ARTICLE,
  EV_DELETE_IF_ORPHAN,
  EV_LIST,
  EV_GET,
  EV_MENTIONS,
  EV_ENTITIES,
  EV_COUNT,
  N_EV_STMTS
} EventStmt;

/* Rows of EV_LINK_MENTIONS (its SQL writes them out). */
#define EV_LINK_MENTIONS_N 16

#define ROLE_PARTICIPANT "participant"
#define ROLE_PLACE "place"
#define ROLE_COUNTRY "country"

/* The statement @which, prepared once per connection and reset. */
sqlite3_stmt  *_cr_store_ev_stmt                  (CrStore        *self,
                                                   EventStmt       which,
                                                   GError        **error);
CrEntityType   _cr_store_entity_type_from_string  (const char     *str);
CrGranularity  _cr_store_granularity_from_column  (sqlite3_stmt   *stmt,
                                                   int             col);
/* The row of the entity with canonical key @id, from the writer's cache
 * or the library; 0 when it has none (or on error, with @error set). */
gint64         _cr_store_find_entity              (CrStore        *self,
                                                   const char     *id,
                                                   GError        **error);
/* The same, adding the row on first sight; 0 on error. */
gint64         _cr_store_upsert_entity            (CrStore        *self,
                                                   const char     *id,
                                                   const char     *name,
                                                   CrEntityType    type,
                                                   GError        **error);
/* Participants and place of a stored event, named in @language. */
gboolean       _cr_store_load_event_entities      (CrStore        *self,
                                                   gint64          event_id,
                                                   const char     *language,
                                                   GPtrArray     **participants,
                                                   CrEventEntity **place,
                                                   GError        **error);

G_END_DECLS
