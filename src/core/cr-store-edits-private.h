/* cr-store-edits-private.h: what the files of the edit log share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cr-store-edits.h"
#include "cr-store-private.h"

G_BEGIN_DECLS

/* What an edit points at; see the header. A manual event is named by the
 * edit that added it (@edit_seq), an article by its source key alone. */
typedef struct {
  char   *article_key;
  char   *sentence_hash;
  char   *value;
  char   *kind;
  gint64  edit_seq;
} Key;

typedef struct {
  gint64    seq;
  CrEditOp  op;
  Key       key;
  JsonNode *payload;
} Edit;

void          _cr_edit_key_clear          (Key          *key);
void          _cr_edit_clear              (Edit         *edit);
gboolean      _cr_edit_op_from_string     (const char   *str,
                                           CrEditOp     *op);
/* The key of a stored event: its first mention, or the edit that made it. */
gboolean      _cr_edit_key_of_event       (CrStore      *self,
                                           gint64        event_id,
                                           Key          *key,
                                           GError      **error);
/* The event a key names now, 0 when it is gone, -1 on error. */
gint64        _cr_edit_resolve            (CrStore      *self,
                                           const Key    *key,
                                           GError      **error);
gint64        _cr_edit_resolve_mention    (CrStore      *self,
                                           JsonObject   *mention,
                                           GError      **error);
JsonNode     *_cr_edit_key_to_json        (const Key    *key);
void          _cr_edit_key_from_json      (JsonObject   *o,
                                           Key          *key);
/* Parses a TIMEX3 day, month or year. */
gboolean      _cr_edit_parse_value        (const char   *value,
                                           CrDay        *first,
                                           CrDay        *last,
                                           CrGranularity *granularity,
                                           GError      **error);
gboolean      _cr_edit_reextract_article  (CrStore      *self,
                                           gint64        article_id,
                                           GError      **error);
gboolean      _cr_edit_reextract_articles (CrStore      *self,
                                           GArray       *ids,
                                           void        (*progress) (guint done,
                                                                    guint total,
                                                                    gpointer user_data),
                                           gpointer      user_data,
                                           GError      **error);
/* Applies one edit over the current events; see cr-store-edits-apply.c. */
gboolean      _cr_edit_apply              (CrStore      *self,
                                           const Edit   *edit,
                                           GError      **error);
/* Records a new edit (dropping what could have been redone) and applies
 * it; @payload is taken. */
gboolean      _cr_edit_record             (CrStore      *self,
                                           CrEditOp      op,
                                           const Key    *key,
                                           JsonObject   *payload,
                                           gint64       *seq_out,
                                           GError      **error);
/* cr-store-edits-remove.c: removing an article, and bringing it back;
 * @article_id (optional) receives its new row id. */
gboolean      _cr_edit_apply_remove       (CrStore      *self,
                                           const Edit   *edit,
                                           GError      **error);
gboolean      _cr_edit_restore_removed    (CrStore      *self,
                                           const Edit   *edit,
                                           gint64       *article_id,
                                           GError      **error);
/* The edits (not) undone, by sequence, as a GArray of Edit. */
GArray       *_cr_edit_load               (CrStore      *self,
                                           gboolean      undone,
                                           GError      **error);
/* Every edit runs in a savepoint: all of it or nothing. */
gboolean      _cr_edit_begin              (CrStore      *self,
                                           GError      **error);
gboolean      _cr_edit_finish             (CrStore      *self,
                                           gboolean      ok,
                                           GError      **error);

G_END_DECLS
