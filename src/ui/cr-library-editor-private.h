/* cr-library-editor-private.h: shared between the editor's files
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-event-details.h"
#include "cr-library-editor.h"
#include "cr-store-edits.h"

G_BEGIN_DECLS

struct _CrLibraryEditor
{
  GObject               parent_instance;

  AdwApplicationWindow *window;        /* weak */
  CrLibraryView        *view;          /* weak */
  CrStore              *writer;        /* opened on the first edit */
  GSimpleActionGroup   *actions;       /* "edit." */
  GSimpleAction        *undo;
  GSimpleAction        *redo;
  GtkPopover           *context_menu;  /* on the timeline, while shown */
  GCancellable         *reextract;     /* while the library is re-extracted */
  /* How many log entries each edit of this session made (a merge of
   * several events makes several): undo and redo take them together. */
  GArray               *undo_groups;   /* guint */
  GArray               *redo_groups;   /* guint */
};

/* Today, the reference of relative dates typed in ("ayer"). */
CrDay       _cr_library_editor_today         (void);
/* The writing connection to the library the window shows. */
CrStore    *_cr_library_editor_ensure_writer (CrLibraryEditor  *self,
                                              GError          **error);
/* The event selected on the timeline, or -1. */
gint64      _cr_library_editor_get_selection (CrLibraryEditor *self);
/* Shows @message over the window; with an Undo (or Redo) button when
 * @action_name is not NULL. */
void        _cr_library_editor_toast       (CrLibraryEditor *self,
                                            const char      *message,
                                            const char      *button_label,
                                            const char      *action_name);

/* cr-library-editor.c, for the editor's other files */
void        _cr_library_editor_finish_edit   (CrLibraryEditor *self,
                                              gboolean         ok,
                                              const GError    *error,
                                              const char      *message,
                                              gint64           select_id,
                                              gboolean         go_to);
void        _cr_library_editor_show_error    (CrLibraryEditor *self,
                                              const GError    *error);
void        _cr_library_editor_reload        (CrLibraryEditor *self,
                                              gint64           select_id,
                                              gboolean         go_to);
void        _cr_library_editor_update_actions (CrLibraryEditor *self);
const char *_cr_library_editor_library_path  (CrLibraryEditor *self);

/* Article and library edits (cr-library-editor-library.c): actions. */
void        _cr_library_editor_article_date_to_action (GSimpleAction *action,
                                                       GVariant      *parameter,
                                                       gpointer       user_data);
void        _cr_library_editor_article_language_action (GSimpleAction *action,
                                                        GVariant      *parameter,
                                                        gpointer       user_data);
void        _cr_library_editor_remove_article_action (GSimpleAction *action,
                                                      GVariant      *parameter,
                                                      gpointer       user_data);
void        _cr_library_editor_reextract_action (GSimpleAction *action,
                                                 GVariant      *parameter,
                                                 gpointer       user_data);

/* Dialogs (cr-library-editor-dialogs.c): each ends by activating the
 * edit.* action that takes the values as its parameter. */
void        _cr_library_editor_rename_dialog       (CrLibraryEditor *self,
                                                    gint64           event_id);
void        _cr_library_editor_redate_dialog       (CrLibraryEditor *self,
                                                    gint64           event_id);
void        _cr_library_editor_article_date_dialog (CrLibraryEditor *self,
                                                    gint64           article_id);
void        _cr_library_editor_add_event_dialog    (CrLibraryEditor *self);
void        _cr_library_editor_merge_dialog        (CrLibraryEditor *self,
                                                    gint64           event_id);
/* The context menu of the timeline: right click, Menu, Shift+F10. */
void        _cr_library_editor_attach_context_menu (CrLibraryEditor *self,
                                                    CrTimelineView  *timeline);
void        _cr_library_editor_detach_context_menu (CrLibraryEditor *self);
/* The sidebar's: the selected article's edits. */
void        _cr_library_editor_attach_article_menu (CrLibraryEditor *self,
                                                    GtkListView     *list);

G_END_DECLS
