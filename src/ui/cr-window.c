/* cr-window.c: the main window
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cr-library-editor.h"
#include "cr-import-actions.h"
#include "cr-import-bar.h"
#include "cr-library-view.h"
#include "cr-export-dialog.h"
#include "cr-presentation-window.h"
#include "cr-runtime.h"
#include "cr-window.h"
#include "cr-window-view.h"

struct _CrWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GListModel           *pending_files;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  GtkMenuButton        *primary_menu_button;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  CrLibraryView        *library_view;
  CrImportBar          *import_bar;

  CrStore              *store;       /* read-only, for the views */
  CrImportController   *import_controller;
  CrLibraryEditor      *editor;      /* edit.* actions, win.undo, win.redo */
};

G_DEFINE_FINAL_TYPE (CrWindow, cr_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_PENDING_FILES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
restore_window_state (CrWindow *self)
{
  int width;
  int height;

  g_assert (CR_IS_WINDOW (self));

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (CrWindow *self)
{
  int width;
  int height;

  g_assert (CR_IS_WINDOW (self));

  if (self->settings == NULL)
    return;

  /* The default size is the unmaximized one, which is what the next
   * start needs even when the window is maximized now. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
show_error_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);

  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (g_variant_get_string (parameter, NULL)));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!cr_presentation_window_present_library (GTK_WINDOW (self), self->library_view,
                                               self->store, self->settings, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);

  if (self->store == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("There is no library to export: import some articles first.")));
      return;
    }
  gtk_window_present (GTK_WINDOW (cr_export_dialog_new (GTK_WINDOW (self), self->library_view,
                                                        self->store, self->settings)));
}

/* Opens the library read-only for the views; an old one is upgraded
 * first (with a backup) through a writing connection. */
static CrStore *
open_library (const char  *path,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  CrStore *store = cr_store_open_read_only (path, &local_error);

  if (store == NULL && g_error_matches (local_error, CR_STORE_ERROR, CR_STORE_ERROR_READ_ONLY))
    {
      g_autoptr(CrStore) writer = cr_store_open (path, error);

      if (writer == NULL)
        return NULL;
      return cr_store_open_read_only (path, error);
    }
  if (store == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return store;
}

/* With @in_parts, the views read the library over the next main loop
 * iterations (after an import: the window stays responsive). */
static void
load_library (CrWindow *self,
              gboolean  in_parts)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  const char *path = CR_IS_APPLICATION (app) ? cr_application_get_library_path (CR_APPLICATION (app)) : NULL;
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  store = open_library (path, &error);
  if (store != NULL && in_parts)
    cr_library_view_set_store_in_parts (self->library_view, store);
  else if (store == NULL || !cr_library_view_set_store (self->library_view, store, &error))
    {
      /* Translators: %s explains why the library could not be opened */
      g_autofree char *message = g_strdup_printf (_("Could not open the library: %s"), error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      return;
    }
  g_set_object (&self->store, store);
  if (cr_store_count_articles (store, NULL) > 0)
    gtk_stack_set_visible_child_name (self->stack, "library");
}

/* Zoom, search and the view menu mean nothing on the empty state. */
static void
on_page_changed (CrWindow *self)
{
  cr_window_view_set_enabled (ADW_APPLICATION_WINDOW (self),
                              g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "library") == 0);
}

static gboolean
cr_window_close_request (GtkWindow *window)
{
  save_window_state (CR_WINDOW (window));

  return GTK_WINDOW_CLASS (cr_window_parent_class)->close_request (window);
}

static void
cr_window_constructed (GObject *object)
{
  CrWindow *self = CR_WINDOW (object);

  G_OBJECT_CLASS (cr_window_parent_class)->constructed (object);
  cr_window_view_init (ADW_APPLICATION_WINDOW (self), self->library_view, self->settings);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (on_page_changed), self, G_CONNECT_SWAPPED);
  on_page_changed (self);

  restore_window_state (self);
}

static void
cr_window_dispose (GObject *object)
{
  CrWindow *self = CR_WINDOW (object);

  g_clear_object (&self->editor);
  if (self->import_controller != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->import_controller, self);
      cr_import_controller_cancel (self->import_controller);
      g_clear_object (&self->import_controller);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_WINDOW);

  g_clear_object (&self->pending_files);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cr_window_parent_class)->dispose (object);
}

static void
cr_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CrWindow *self = CR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_PENDING_FILES:
      g_value_set_object (value, self->pending_files);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CrWindow *self = CR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_PENDING_FILES:
      self->pending_files = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_window_class_init (CrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cr_window_constructed;
  object_class->dispose = cr_window_dispose;
  object_class->get_property = cr_window_get_property;
  object_class->set_property = cr_window_set_property;

  window_class->close_request = cr_window_close_request;

  /**
   * CrWindow:settings:
   *
   * Where the window size and state are remembered.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CrWindow:pending-files:
   *
   * A #GListModel of #GFile waiting for import; the import actions take
   * them as they come.
   */
  properties[PROP_PENDING_FILES] =
    g_param_spec_object ("pending-files", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/cr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, library_view);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, import_bar);

  gtk_widget_class_install_action (widget_class, "win.show-error", "s", show_error_action);
  cr_import_actions_class_init (widget_class);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
}

static void
cr_window_init (CrWindow *self)
{
  g_type_ensure (CR_TYPE_LIBRARY_VIEW);
  g_type_ensure (CR_TYPE_IMPORT_BAR);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
  self->import_controller = cr_import_controller_new ();
  cr_import_bar_set_controller (self->import_bar, self->import_controller);
  self->editor = cr_library_editor_new (ADW_APPLICATION_WINDOW (self), self->library_view);

  /* The app id differs between profiles, so the icon is set here. */
  adw_status_page_set_icon_name (self->empty_page, APP_ID);

#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

CrWindow *
cr_window_new (CrApplication *application)
{
  CrWindow *self;

  g_return_val_if_fail (CR_IS_APPLICATION (application), NULL);

  self = g_object_new (CR_TYPE_WINDOW,
                       "application", application,
                       "settings", cr_application_get_settings (application),
                       "pending-files", cr_application_get_pending_files (application),
                       NULL);
  /* The application is known only now: "application" is no construct
   * property. */
  load_library (self, FALSE);
  cr_import_actions_init (self);
  return self;
}

/**
 * cr_window_add_toast:
 * @toast: (transfer full): the toast to show
 *
 * Shows a non-fatal message over the window's content.
 */
void
cr_window_add_toast (CrWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (CR_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * cr_window_get_import_controller:
 *
 * Returns: (transfer none): what imports into the window's library
 */
CrImportController *
cr_window_get_import_controller (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return self->import_controller;
}

CrLibraryView *
cr_window_get_library_view (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return self->library_view;
}

/**
 * cr_window_reload_library:
 *
 * Shows the application's library again after an import: the same one
 * reloaded, or another one (the sample library) opened.
 */
void
cr_window_reload_library (CrWindow *self)
{
  GtkApplication *app;
  const char *path;

  g_return_if_fail (CR_IS_WINDOW (self));

  app = gtk_window_get_application (GTK_WINDOW (self));
  path = CR_IS_APPLICATION (app) ? cr_application_get_library_path (CR_APPLICATION (app)) : NULL;
  if (self->store != NULL && g_strcmp0 (path, cr_store_get_path (self->store)) == 0)
    cr_library_view_reload_in_parts (self->library_view);
  else if (path != NULL && !g_file_test (path, G_FILE_TEST_EXISTS))
    /* Back from the samples to a library not made yet: nothing to show. */
    g_clear_object (&self->store);
  else
    load_library (self, TRUE);

  gtk_stack_set_visible_child_name (self->stack,
                                    self->store != NULL && cr_store_count_articles (self->store, NULL) > 0
                                    ? "library" : "empty");
}
