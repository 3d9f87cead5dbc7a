/* cr-store-edits.h: user edits of events, with undo and redo
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-store.h"

G_BEGIN_DECLS

/* Edits are stored in the library and applied over what extraction
 * found. An edit names its event by a key that survives re-extraction and
 * re-imports: one of the event's mentions as (article source key,
 * sentence hash, value of the mention) plus the event's kind at the time
 * of the edit; a manual event by the edit that added it. After every
 * import and re-extraction the edits are applied again, in order. */

typedef enum {
  CR_EDIT_RENAME,
  CR_EDIT_REDATE,
  CR_EDIT_KIND,
  CR_EDIT_HIDE,
  CR_EDIT_MERGE,
  CR_EDIT_SPLIT,
  CR_EDIT_ADD,
  CR_EDIT_ARTICLE_DATE,
  CR_EDIT_ARTICLE_LANGUAGE,
  CR_EDIT_REMOVE_ARTICLE,
  CR_N_EDITS
} CrEditOp;

const char *cr_edit_op_to_string          (CrEditOp      op);

gboolean    cr_store_rename_event         (CrStore      *self,
                                           gint64        event_id,
                                           const char   *title,
                                           GError      **error);
/* @value: a TIMEX3 day, month or year ("2025-09-03", "2024-06", "2024"). */
gboolean    cr_store_redate_event         (CrStore      *self,
                                           gint64        event_id,
                                           const char   *value,
                                           GError      **error);
gboolean    cr_store_set_event_kind       (CrStore      *self,
                                           gint64        event_id,
                                           CrEventKind   kind,
                                           GError      **error);
gboolean    cr_store_hide_event           (CrStore      *self,
                                           gint64        event_id,
                                           GError      **error);
/* Moves every mention of @other_id into @event_id. */
gboolean    cr_store_merge_events         (CrStore      *self,
                                           gint64        event_id,
                                           gint64        other_id,
                                           GError      **error);
/* Moves @mention_id out of @event_id into an event of its own; its id in
 * @new_event_id. */
gboolean    cr_store_split_mention        (CrStore      *self,
                                           gint64        event_id,
                                           gint64        mention_id,
                                           gint64       *new_event_id,
                                           GError      **error);
/* A manual event; its id in @new_event_id. */
gboolean    cr_store_add_event            (CrStore      *self,
                                           const char   *value,
                                           CrEventKind   kind,
                                           const char   *title,
                                           gint64       *new_event_id,
                                           GError      **error);
/* Corrects an article's publication date or language; its relative
 * dates and events are found again. */
gboolean    cr_store_set_article_date     (CrStore      *self,
                                           gint64        article_id,
                                           const char   *value,
                                           GError      **error);
gboolean    cr_store_set_article_language (CrStore      *self,
                                           gint64        article_id,
                                           CrLanguage    language,
                                           GError      **error);

/* Removes an article, its dates and the events only it reported; undo
 * brings it back whole. Importing the same file again later brings it
 * back too: the removal is not replayed over new imports. */
gboolean    cr_store_remove_article       (CrStore      *self,
                                           gint64        article_id,
                                           GError      **error);

/* Undoes the last edit not undone yet, or redoes the last undone one.
 * @op (optional) says which kind of edit it was. FALSE with
 * CR_STORE_ERROR_NOT_FOUND when there is nothing to undo or redo. */
gboolean    cr_store_undo                 (CrStore      *self,
                                           CrEditOp     *op,
                                           GError      **error);
gboolean    cr_store_redo                 (CrStore      *self,
                                           CrEditOp     *op,
                                           GError      **error);
guint       cr_store_count_edits          (CrStore      *self,
                                           gboolean      undone,
                                           GError      **error);

/* Runs date and event extraction again over every article (after the
 * extractor improved), keeping every edit. @progress, if not NULL, is
 * called after each article. */
gboolean    cr_store_reextract            (CrStore      *self,
                                           void        (*progress) (guint done,
                                                                    guint total,
                                                                    gpointer user_data),
                                           gpointer      user_data,
                                           GError      **error);

/* An edit as stored, for moving a library between machines. */
typedef struct {
  gint64    seq;           /* its place in the library it comes from */
  char     *op;
  char     *article_key;
  char     *sentence_hash;
  char     *value;
  char     *payload;       /* JSON object */
  gboolean  undone;
} CrEditRecord;

void        cr_edit_record_free           (CrEditRecord *record);
/* Every edit, undone ones included, in order. */
GPtrArray  *cr_store_dup_edit_records     (CrStore      *self,
                                           GError      **error);
/* Appends @records (CrEditRecord*) after the library's own edits, with
 * new sequence numbers (references to manual events follow them), and
 * applies them. Records of an unknown kind or with a payload that is not
 * a JSON object are refused before anything changes. */
gboolean    cr_store_add_edit_records     (CrStore      *self,
                                           GPtrArray    *records,
                                           GError      **error);

/* For the store's own files: applies every edit not undone, in order,
 * over the current events. Edits whose event is gone are skipped. */
gboolean    _cr_store_replay_edits        (CrStore      *self,
                                           GError      **error);

G_END_DECLS
