/* cr-library-editor-library.c: edits of articles and of the whole library
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-library-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cr-library-editor-private.h"

/* Article edits */

void
_cr_library_editor_article_date_to_action (GSimpleAction *action,
                                           GVariant      *parameter,
                                           gpointer       user_data)
{
  CrLibraryEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  const char *text;
  gint64 article_id;
  gboolean ok;

  g_variant_get (parameter, "(x&s)", &article_id, &text);
  value = cr_library_editor_parse_date (text, cr_ui_language (),
                                        _cr_library_editor_today (),
                                        &error);
  ok = value != NULL && _cr_library_editor_ensure_writer (self, &error) &&
       cr_store_set_article_date (self->writer, article_id, value, &error);
  _cr_library_editor_finish_edit (self, ok, error, _("Publication date corrected"), -1, FALSE);
}

void
_cr_library_editor_article_language_action (GSimpleAction *action,
                                            GVariant      *parameter,
                                            gpointer       user_data)
{
  CrLibraryEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  const char *code;
  gint64 article_id;
  CrLanguage language;
  gboolean ok;

  g_variant_get (parameter, "(x&s)", &article_id, &code);
  language = cr_language_from_string (code);
  if (language == CR_LANGUAGE_AUTO)
    {
      g_warning ("Unknown language “%s”", code);
      return;
    }
  ok = _cr_library_editor_ensure_writer (self, &error) &&
       cr_store_set_article_language (self->writer, article_id, language, &error);
  _cr_library_editor_finish_edit (self, ok, error, _("Article language corrected"), -1, FALSE);
}

/* The removed article's events go with it; Undo in the toast, or
 * Ctrl+Z, brings everything back. */
void
_cr_library_editor_remove_article_action (GSimpleAction *action,
                                          GVariant      *parameter,
                                          gpointer       user_data)
{
  CrLibraryEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = _cr_library_editor_ensure_writer (self, &error) &&
       cr_store_remove_article (self->writer, g_variant_get_int64 (parameter), &error);
  _cr_library_editor_finish_edit (self, ok, error, _("Article removed from the library"), -1, FALSE);
}

/* Re-extraction runs in a thread on a connection of its own. */

static void
reextract_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  g_autoptr(CrStore) store = NULL;
  GError *error = NULL;

  store = cr_store_open (task_data, &error);
  if (store == NULL || !cr_store_reextract (store, NULL, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
reextract_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  CrLibraryEditor *self = CR_LIBRARY_EDITOR (object);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->reextract);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _cr_library_editor_show_error (self, error);
      _cr_library_editor_update_actions (self);
      return;
    }
  _cr_library_editor_reload (self, -1, FALSE);
  _cr_library_editor_update_actions (self);
  _cr_library_editor_toast (self, _("Library re-extracted"), NULL, NULL);
}

void
_cr_library_editor_reextract_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  CrLibraryEditor *self = user_data;
  g_autoptr(GTask) task = NULL;
  const char *path = _cr_library_editor_library_path (self);

  if (self->reextract != NULL || path == NULL)
    return;
  self->reextract = g_cancellable_new ();
  task = g_task_new (self, self->reextract, reextract_done, NULL);
  g_task_set_source_tag (task, _cr_library_editor_reextract_action);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, reextract_thread);
  _cr_library_editor_update_actions (self);
  _cr_library_editor_toast (self, _("Re-extracting the library…"), NULL, NULL);
}
