/* cr-library-editor.c: edits of the library from the window, with undo
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-library-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cr-application.h"
#include "cr-calendar.h"
#include "cr-library-editor-private.h"
#include "cr-store-events.h"

G_DEFINE_FINAL_TYPE (CrLibraryEditor, cr_library_editor, G_TYPE_OBJECT)

G_DEFINE_QUARK (cr-library-editor-error-quark, cr_library_editor_error)

/* Actions that act on the selected event. */
static const char * const event_actions[] = {
  "rename", "rename-to", "redate", "redate-to", "set-kind", "hide",
  "merge", "split",
};

/* Actions that need the library but no selection. */
static const char * const library_actions[] = {
  "merge-events", "add-event", "add-event-at", "article-date",
  "article-date-to", "article-language", "remove-article", "reextract",
};

static CrViewport *
viewport_of (CrLibraryEditor *self)
{
  return cr_timeline_view_get_viewport (cr_library_view_get_timeline_view (self->view));
}

const char *
_cr_library_editor_library_path (CrLibraryEditor *self)
{
  GtkApplication *app = self->window ? gtk_window_get_application (GTK_WINDOW (self->window)) : NULL;

  return CR_IS_APPLICATION (app) ? cr_application_get_library_path (CR_APPLICATION (app)) : NULL;
}

static gboolean
has_library (CrLibraryEditor *self)
{
  const char *path = _cr_library_editor_library_path (self);

  return path != NULL && g_file_test (path, G_FILE_TEST_EXISTS);
}

/* The views read through a read-only connection; edits go through this
 * one, opened when first needed and kept while the window shows the same
 * library (the application's library path: the sample library while it
 * is shown). */
CrStore *
_cr_library_editor_ensure_writer (CrLibraryEditor  *self,
                                  GError          **error)
{
  const char *path = _cr_library_editor_library_path (self);

  if (self->writer != NULL && g_strcmp0 (cr_store_get_path (self->writer), path) != 0)
    {
      g_clear_object (&self->writer);
      g_array_set_size (self->undo_groups, 0);
      g_array_set_size (self->redo_groups, 0);
    }
  if (self->writer != NULL)
    return self->writer;
  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error_literal (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND,
                           _("There is no library to edit yet: import some articles first."));
      return NULL;
    }
  self->writer = cr_store_open (path, error);
  return self->writer;
}

static void
set_enabled (GActionMap *map,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (map, name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* Every enable/disable decision of the editor's actions. */
void
_cr_library_editor_update_actions (CrLibraryEditor *self)
{
  gboolean library = has_library (self) && self->reextract == NULL;
  gboolean selected = library && _cr_library_editor_get_selection (self) > 0;
  guint n_done = 0;
  guint n_undone = 0;

  for (guint i = 0; i < G_N_ELEMENTS (event_actions); i++)
    set_enabled (G_ACTION_MAP (self->actions), event_actions[i], selected);
  for (guint i = 0; i < G_N_ELEMENTS (library_actions); i++)
    set_enabled (G_ACTION_MAP (self->actions), library_actions[i], library);

  /* Not while the library is re-extracted: undo re-extracts too. */
  if (library && _cr_library_editor_ensure_writer (self, NULL) != NULL)
    {
      n_done = cr_store_count_edits (self->writer, FALSE, NULL);
      n_undone = cr_store_count_edits (self->writer, TRUE, NULL);
    }
  g_simple_action_set_enabled (self->undo, n_done > 0);
  g_simple_action_set_enabled (self->redo, n_undone > 0);
}

void
_cr_library_editor_show_error (CrLibraryEditor *self,
                               const GError    *error)
{
  _cr_library_editor_toast (self, error->message, NULL, NULL);
}

/* Reads the library again and selects @select_id (when > 0; the present
 * selection otherwise, if it is still there), bringing it into view when
 * @go_to is set. */
void
_cr_library_editor_reload (CrLibraryEditor *self,
                           gint64           select_id,
                           gboolean         go_to)
{
  g_autoptr(GError) error = NULL;
  CrViewport *viewport;
  gint64 selected;

  if (self->view == NULL)
    return;
  viewport = viewport_of (self);
  selected = select_id > 0 ? select_id : cr_viewport_get_selection (viewport);
  if (!cr_library_view_reload (self->view, &error))
    {
      _cr_library_editor_show_error (self, error);
      return;
    }

  /* Hidden, merged away or undone: nothing stays selected. */
  if (selected > 0 && self->writer != NULL)
    {
      g_autoptr(CrStoreEvent) event = cr_store_get_event (self->writer, selected, NULL);

      if (event == NULL || event->hidden)
        selected = -1;
    }
  if (selected > 0 && go_to)
    cr_library_view_select_event (self->view, selected);
  else
    cr_viewport_set_selection (viewport, selected);
}

/* After an edit of @n_edits log entries: the views, the toast, the
 * actions. */
static void
finish_edit_n (CrLibraryEditor *self,
               gboolean         ok,
               const GError    *error,
               guint            n_edits,
               const char      *message,
               gint64           select_id,
               gboolean         go_to)
{
  if (n_edits > 0)
    {
      g_array_append_val (self->undo_groups, n_edits);
      g_array_set_size (self->redo_groups, 0);
    }
  if (!ok)
    {
      _cr_library_editor_show_error (self, error);
      /* Those that were made stay, and can be undone. */
      if (n_edits > 0)
        _cr_library_editor_reload (self, -1, FALSE);
      _cr_library_editor_update_actions (self);
      return;
    }
  _cr_library_editor_reload (self, select_id, go_to);
  _cr_library_editor_update_actions (self);
  _cr_library_editor_toast (self, message, _("_Undo"), "win.undo");
}

void
_cr_library_editor_finish_edit (CrLibraryEditor *self,
                                gboolean         ok,
                                const GError    *error,
                                const char      *message,
                                gint64           select_id,
                                gboolean         go_to)
{
  finish_edit_n (self, ok, error, ok ? 1 : 0, message, select_id, go_to);
}

/* Event edits */

static void
rename_to_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CrLibraryEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strstrip (g_variant_dup_string (parameter, NULL));
  gint64 id = _cr_library_editor_get_selection (self);
  gboolean ok;

  if (title[0] == '\0')
    {
      _cr_library_editor_toast (self, _("An event needs a title."), NULL, NULL);
      return;
    }
  ok = _cr_library_editor_ensure_writer (self, &error) && cr_store_rename_event (self->writer, id, title, &error);
  _cr_library_editor_finish_edit (self, ok, error, _("Event renamed"), id, FALSE);
}

static void
redate_to_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CrLibraryEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  gint64 id = _cr_library_editor_get_selection (self);
  gboolean ok;

  value = cr_library_editor_parse_date (g_variant_get_string (parameter, NULL), cr_ui_language (),
                                        _cr_library_editor_today (),
                                        &error);
  ok = value != NULL && _cr_library_editor_ensure_writer (self, &error) &&
       cr_store_redate_event (self->writer, id, value, &error);
  _cr_library_editor_finish_edit (self, ok, error, _("Event date changed"), id, TRUE);
}

static void
set_kind_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CrLibraryEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = _cr_library_editor_get_selection (self);
  CrEventKind kind;
  gboolean ok;

  if (!cr_event_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    {
      g_warning ("Unknown event kind “%s”", g_variant_get_string (parameter, NULL));
      return;
    }
  ok = _cr_library_editor_ensure_writer (self, &error) && cr_store_set_event_kind (self->writer, id, kind, &error);
  _cr_library_editor_finish_edit (self, ok, error, _("Event kind changed"), id, FALSE);
}

static void
hide_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  CrLibraryEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = _cr_library_editor_get_selection (self);
  gboolean ok;

  ok = _cr_library_editor_ensure_writer (self, &error) && cr_store_hide_event (self->writer, id, &error);
  _cr_library_editor_finish_edit (self, ok, error, _("Event hidden"), -1, FALSE);
  if (ok)
    cr_viewport_set_selection (viewport_of (self), -1);
}

/* Merges every event of the array into its first one. */
static void
merge_events_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CrLibraryEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  const gint64 *ids = g_variant_get_fixed_array (parameter, &n, sizeof (gint64));
  guint n_done = 0;
  gboolean ok;

  if (n < 2)
    {
      _cr_library_editor_toast (self, _("Choose at least two events to merge."), NULL, NULL);
      return;
    }
  ok = _cr_library_editor_ensure_writer (self, &error) != NULL;
  for (gsize i = 1; ok && i < n; i++)
    if ((ok = cr_store_merge_events (self->writer, ids[0], ids[i], &error)))
      n_done++;
  finish_edit_n (self, ok, error, n_done, _("Events merged"), ids[0], FALSE);
}

static void
split_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CrLibraryEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = _cr_library_editor_get_selection (self);
  gint64 new_id = -1;
  gboolean ok;

  ok = _cr_library_editor_ensure_writer (self, &error) &&
       cr_store_split_mention (self->writer, id, g_variant_get_int64 (parameter), &new_id, &error);
  _cr_library_editor_finish_edit (self, ok, error, _("Mention split off into an event of its own"), new_id, TRUE);
}

/* (date expression, kind, title) */
static void
add_event_at_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CrLibraryEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  const char *text, *kind_name, *title;
  CrEventKind kind = CR_EVENT_KIND_OTHER;
  gint64 new_id = -1;
  gboolean ok;

  g_variant_get (parameter, "(&s&s&s)", &text, &kind_name, &title);
  cr_event_kind_from_string (kind_name, &kind);
  value = cr_library_editor_parse_date (text, cr_ui_language (),
                                        _cr_library_editor_today (),
                                        &error);
  ok = value != NULL && _cr_library_editor_ensure_writer (self, &error) &&
       cr_store_add_event (self->writer, value, kind, title, &new_id, &error);
  _cr_library_editor_finish_edit (self, ok, error, _("Event added"), new_id, TRUE);
}

/* Undo and redo */

static gboolean
event_exists (CrLibraryEditor *self,
              gint64           event_id)
{
  g_autoptr(CrStoreEvent) event = cr_store_get_event (self->writer, event_id, NULL);

  return event != NULL && !event->hidden;
}

/* The event of kind @kind (else any) that the date expression of
 * @mention belongs to now, or -1. */
static gint64
find_mention_event (CrLibraryEditor     *self,
                    CrStoreEventMention *mention,
                    CrEventKind          kind)
{
  g_autoptr(GPtrArray) now = cr_store_get_mentions (self->writer, mention->article_id, NULL);
  CrStoreMention *found = NULL;
  CrStoreEventFilter filter;
  g_autoptr(GPtrArray) events = NULL;
  gint64 id;

  for (guint i = 0; now != NULL && i < now->len && found == NULL; i++)
    {
      CrStoreMention *m = g_ptr_array_index (now, i);

      if (m->field == mention->field && m->start_char == mention->start_char)
        found = m;
    }
  if (found == NULL || (id = cr_store_get_mention_event (self->writer, found->id)) <= 0)
    return -1;
  if (!event_exists (self, id))
    id = -1;

  /* One date can date several events (a meeting and an agreement). */
  cr_store_event_filter_init (&filter);
  filter.from = found->first_day;
  filter.to = found->last_day;
  filter.has_kind = TRUE;
  filter.kind = kind;
  events = cr_store_list_events (self->writer, &filter, NULL);
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      CrStoreEvent *ev = g_ptr_array_index (events, i);
      g_autoptr(GPtrArray) mentions = cr_store_get_event_mentions (self->writer, ev->id, NULL);

      for (guint j = 0; mentions != NULL && j < mentions->len; j++)
        if (((CrStoreEventMention *) g_ptr_array_index (mentions, j))->mention_id == found->id)
          return ev->id;
    }
  return id;
}

static void
undo_redo (CrLibraryEditor *self,
           gboolean         redo)
{
  g_autoptr(GError) error = NULL;
  gint64 selected = _cr_library_editor_get_selection (self);
  CrStoreEventMention *mention = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  CrEventKind kind = CR_EVENT_KIND_OTHER;
  GArray *from = redo ? self->redo_groups : self->undo_groups;
  GArray *to = redo ? self->undo_groups : self->redo_groups;
  guint n = 1;
  guint n_done = 0;
  CrEditOp op;
  gboolean ok = TRUE;

  if (_cr_library_editor_ensure_writer (self, &error) == NULL)
    {
      _cr_library_editor_show_error (self, error);
      return;
    }

  /* Undo re-extracts the articles an edit touched, which renumbers their
   * events and mentions (an id may even come back on another event): the
   * selection follows the date expression of one of its reports. */
  if (selected > 0)
    {
      g_autoptr(CrStoreEvent) event = cr_store_get_event (self->writer, selected, NULL);

      mentions = cr_store_get_event_mentions (self->writer, selected, NULL);
      if (mentions != NULL && mentions->len > 0)
        mention = g_ptr_array_index (mentions, 0);
      if (event != NULL)
        kind = event->kind;
    }

  if (from->len > 0)
    {
      n = g_array_index (from, guint, from->len - 1);
      g_array_set_size (from, from->len - 1);
    }
  for (guint i = 0; ok && i < n; i++)
    {
      ok = redo ? cr_store_redo (self->writer, &op, &error) : cr_store_undo (self->writer, &op, &error);
      n_done += ok;
    }
  if (n_done > 0)
    g_array_append_val (to, n_done);
  if (!ok)
    {
      if (n_done > 0)
        _cr_library_editor_reload (self, -1, FALSE);
      _cr_library_editor_show_error (self, error);
      _cr_library_editor_update_actions (self);
      return;
    }
  if (mention != NULL)
    selected = find_mention_event (self, mention, kind);
  _cr_library_editor_reload (self, selected, FALSE);
  _cr_library_editor_update_actions (self);
  if (redo)
    _cr_library_editor_toast (self, _("Edit redone"), _("_Undo"), "win.undo");
  else
    _cr_library_editor_toast (self, _("Edit undone"), _("_Redo"), "win.redo");
}

/* Ctrl+Z while typing undoes the typing, not an edit of the library. */
static gboolean
forward_to_text (CrLibraryEditor *self,
                 gboolean         redo)
{
  GtkWidget *focus = self->window ? gtk_root_get_focus (GTK_ROOT (self->window)) : NULL;

  if (focus == NULL ||
      !((GTK_IS_TEXT (focus) && gtk_editable_get_editable (GTK_EDITABLE (focus))) ||
        (GTK_IS_TEXT_VIEW (focus) && gtk_text_view_get_editable (GTK_TEXT_VIEW (focus)))))
    return FALSE;
  gtk_widget_activate_action (focus, redo ? "text.redo" : "text.undo", NULL);
  return TRUE;
}

static void
undo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  CrLibraryEditor *self = user_data;

  if (!forward_to_text (self, FALSE))
    undo_redo (self, FALSE);
}

static void
redo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  CrLibraryEditor *self = user_data;

  if (!forward_to_text (self, TRUE))
    undo_redo (self, TRUE);
}

/* The actions that open a dialog */

static void
rename_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  CrLibraryEditor *self = user_data;

  _cr_library_editor_rename_dialog (self, _cr_library_editor_get_selection (self));
}

static void
redate_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  CrLibraryEditor *self = user_data;

  _cr_library_editor_redate_dialog (self, _cr_library_editor_get_selection (self));
}

static void
merge_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CrLibraryEditor *self = user_data;

  _cr_library_editor_merge_dialog (self, _cr_library_editor_get_selection (self));
}

static void
add_event_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  _cr_library_editor_add_event_dialog (CR_LIBRARY_EDITOR (user_data));
}

static void
article_date_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  _cr_library_editor_article_date_dialog (CR_LIBRARY_EDITOR (user_data), g_variant_get_int64 (parameter));
}

static const GActionEntry edit_entries[] = {
  { "rename", rename_action },
  { "rename-to", rename_to_action, "s" },
  { "redate", redate_action },
  { "redate-to", redate_to_action, "s" },
  { "set-kind", set_kind_action, "s" },
  { "hide", hide_action },
  { "merge", merge_action },
  { "merge-events", merge_events_action, "ax" },
  { "split", split_action, "x" },
  { "add-event", add_event_action },
  { "add-event-at", add_event_at_action, "(sss)" },
  { "article-date", article_date_action, "x" },
  { "article-date-to", _cr_library_editor_article_date_to_action, "(xs)" },
  { "article-language", _cr_library_editor_article_language_action, "(xs)" },
  { "remove-article", _cr_library_editor_remove_article_action, "x" },
  { "reextract", _cr_library_editor_reextract_action },
};

static void
on_selection_changed (CrLibraryEditor *self)
{
  _cr_library_editor_update_actions (self);
}

static void
cr_library_editor_dispose (GObject *object)
{
  CrLibraryEditor *self = CR_LIBRARY_EDITOR (object);

  g_cancellable_cancel (self->reextract);
  _cr_library_editor_detach_context_menu (self);
  if (self->window != NULL)
    {
      g_action_map_remove_action (G_ACTION_MAP (self->window), "undo");
      g_action_map_remove_action (G_ACTION_MAP (self->window), "redo");
      gtk_widget_insert_action_group (GTK_WIDGET (self->window), "edit", NULL);
    }
  g_clear_weak_pointer (&self->window);
  g_clear_weak_pointer (&self->view);
  g_clear_object (&self->undo);
  g_clear_object (&self->redo);
  g_clear_object (&self->actions);
  g_clear_object (&self->writer);
  g_clear_object (&self->reextract);
  g_clear_pointer (&self->undo_groups, g_array_unref);
  g_clear_pointer (&self->redo_groups, g_array_unref);

  G_OBJECT_CLASS (cr_library_editor_parent_class)->dispose (object);
}

static void
cr_library_editor_class_init (CrLibraryEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cr_library_editor_dispose;
}

static void
cr_library_editor_init (CrLibraryEditor *self)
{
  self->undo_groups = g_array_new (FALSE, FALSE, sizeof (guint));
  self->redo_groups = g_array_new (FALSE, FALSE, sizeof (guint));
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), edit_entries,
                                   G_N_ELEMENTS (edit_entries), self);
  self->undo = g_simple_action_new ("undo", NULL);
  g_signal_connect_object (self->undo, "activate", G_CALLBACK (undo_action), self, 0);
  self->redo = g_simple_action_new ("redo", NULL);
  g_signal_connect_object (self->redo, "activate", G_CALLBACK (redo_action), self, 0);
}

CrLibraryEditor *
cr_library_editor_new (AdwApplicationWindow *window,
                       CrLibraryView        *view)
{
  CrLibraryEditor *self;
  CrTimelineView *timeline;

  g_return_val_if_fail (ADW_IS_APPLICATION_WINDOW (window), NULL);
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (view), NULL);

  self = g_object_new (CR_TYPE_LIBRARY_EDITOR, NULL);
  g_set_weak_pointer (&self->window, window);
  g_set_weak_pointer (&self->view, view);

  gtk_widget_insert_action_group (GTK_WIDGET (window), "edit", G_ACTION_GROUP (self->actions));
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (self->undo));
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (self->redo));

  timeline = cr_library_view_get_timeline_view (view);
  g_signal_connect_object (cr_timeline_view_get_viewport (timeline), "notify::selection",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  /* A new index: the library was read again (an import, an edit). */
  g_signal_connect_object (timeline, "notify::index",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  _cr_library_editor_attach_context_menu (self, timeline);
  _cr_library_editor_attach_article_menu (self, cr_library_view_get_article_list_view (view));
  _cr_library_editor_update_actions (self);
  return self;
}

gint64
_cr_library_editor_get_selection (CrLibraryEditor *self)
{
  return self->view != NULL ? cr_viewport_get_selection (viewport_of (self)) : -1;
}

void
_cr_library_editor_toast (CrLibraryEditor *self,
                          const char      *message,
                          const char      *button_label,
                          const char      *action_name)
{
  AdwToast *toast;
  GtkWidget *overlay;

  if (self->window == NULL)
    return;
  toast = adw_toast_new (message);
  /* The newest edit's toast replaces the one shown, not queued after it. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (action_name != NULL)
    {
      adw_toast_set_button_label (toast, button_label);
      adw_toast_set_action_name (toast, action_name);
    }
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self->view), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}
