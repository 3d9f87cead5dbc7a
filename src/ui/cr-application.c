/* cr-application.c: the Cronista GNOME application
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cr-application.h"
#include "cr-preferences-window.h"
#include "cr-runtime.h"
#include "cr-window.h"

#define PROJECT_URL "https://github.com/cronista/cronista"

struct _CrApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  /* GFile: what the command line or the desktop asked us to open, until
   * the importer takes it. */
  GListStore     *pending_files;
  char           *library_path;
  GtkWindow      *preferences_window;
};

G_DEFINE_FINAL_TYPE (CrApplication, cr_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_LIBRARY_PATH,
  PROP_PENDING_FILES,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  /* Translators: PATH is the placeholder after --db in cronista --help */
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the library stored in PATH instead of the default one"), N_("PATH") },
  { NULL }
};

/* Every keyboard accelerator of the application, in one place. */
static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.preferences", { "<Control>comma", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "win.import-files", { "<Control>o", NULL } },
  { "win.paste-article", { "<Control><Shift>v", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.go-to-date", { "<Control>g", NULL } },
  { "win.show-list", { "<Control>l", NULL } },
  { "win.open-beside", { "<Control>b", NULL } },
};

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, BASE_ID, TRUE);

  /* From the build tree, fall back to the schema compiled in BUILD_ROOT/data
   * so that running the binary directly works without GSETTINGS_SCHEMA_DIR. */
  if (schema == NULL && cr_runtime_is_uninstalled ())
    {
      g_autofree char *dir = g_build_filename (BUILD_ROOT, "data", NULL);
      g_autoptr(GSettingsSchemaSource) build_source = NULL;

      build_source = g_settings_schema_source_new_from_directory (dir, source, FALSE, NULL);
      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, BASE_ID, FALSE);
    }

  if (schema == NULL)
    return g_settings_new (BASE_ID); /* aborts with GLib's own message */

  return g_settings_new_full (schema, NULL, NULL);
}

static void
apply_color_scheme (CrApplication *self)
{
  AdwStyleManager *manager;
  g_autofree char *scheme = NULL;
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  g_assert (CR_IS_APPLICATION (self));

  manager = adw_application_get_style_manager (ADW_APPLICATION (self));
  scheme = g_settings_get_string (self->settings, "color-scheme");

  if (g_strcmp0 (scheme, "light") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (manager, color_scheme);
}

static void
on_color_scheme_changed (CrApplication *self,
                         const char    *key,
                         GSettings     *settings)
{
  g_assert (CR_IS_APPLICATION (self));

  apply_color_scheme (self);
}

/* The main window, not a dialog that happens to have the focus. */
static CrWindow *
find_main_window (CrApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (CR_IS_WINDOW (active))
    return CR_WINDOW (active);

  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (CR_IS_WINDOW (l->data))
        return CR_WINDOW (l->data);
    }

  return NULL;
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CrApplication *self = user_data;

  g_assert (CR_IS_APPLICATION (self));

  if (self->preferences_window == NULL)
    {
      CrPreferencesWindow *window;

      window = cr_preferences_window_new (GTK_WINDOW (find_main_window (self)),
                                          self->settings);
      gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (self));
      g_set_weak_pointer (&self->preferences_window, GTK_WINDOW (window));
    }

  gtk_window_present (self->preferences_window);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CrApplication *self = user_data;
  const char *developers[] = { _("The Cronista authors"), NULL };
  GtkWindow *about;

  g_assert (CR_IS_APPLICATION (self));

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application", self,
                        "transient-for", find_main_window (self),
                        "modal", TRUE,
                        "destroy-with-parent", TRUE,
                        "application-icon", APP_ID,
                        "application-name", _("Cronista"),
                        "developer-name", _("The Cronista authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Turn news articles in Spanish and English into a timeline of dated events."),
                        "website", PROJECT_URL,
                        "issue-url", PROJECT_URL "/issues",
                        "copyright", _("© 2026 The Cronista authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: your names, one per line, as you want
                         * them in the About window. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (about);
}

/* A window that no other window of the application is transient for. */
static GtkWindow *
find_leaf_window (CrApplication *self)
{
  const GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  for (const GList *l = windows; l; l = l->next)
    {
      gboolean is_parent = FALSE;

      for (const GList *m = windows; m && !is_parent; m = m->next)
        is_parent = gtk_window_get_transient_for (m->data) == l->data;

      if (!is_parent)
        return l->data;
    }

  return windows != NULL ? windows->data : NULL;
}

static gboolean
close_all_windows_cb (gpointer user_data)
{
  CrApplication *self = user_data;
  GtkWindow *window;

  g_assert (CR_IS_APPLICATION (self));

  /* Close rather than destroy, so that every window gets its
   * close-request and saves its state. Dialogs go before their parents:
   * a dialog destroyed with its parent but finalized after it would
   * touch the freed parent. The application quits by itself once its
   * last window is gone; a window that refuses to close keeps it. */
  while ((window = find_leaf_window (self)) != NULL)
    {
      gtk_window_close (window);

      if (g_list_find (gtk_application_get_windows (GTK_APPLICATION (self)), window) != NULL)
        break;
    }

  return G_SOURCE_REMOVE;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  CrApplication *self = user_data;

  g_assert (CR_IS_APPLICATION (self));

  /* From an idle: the key press that got us here still holds a reference
   * on the window it was sent to. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_all_windows_cb,
                   g_object_ref (self), g_object_unref);
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

static int
cr_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  CrApplication *self = CR_APPLICATION (app);
  const char *db = NULL;
  g_autofree char *library_path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("cronista %s\n", PACKAGE_VERSION);
      return 0;
    }

  /* The library is chosen by the instance that was started; a second
   * instance only forwards files to the first one. */
  g_variant_dict_lookup (options, "db", "^&ay", &db);
  library_path = cr_runtime_dup_library_path (db);
  cr_application_set_library_path (self, library_path);

  return G_APPLICATION_CLASS (cr_application_parent_class)->handle_local_options (app, options);
}

static void
cr_application_startup (GApplication *app)
{
  CrApplication *self = CR_APPLICATION (app);

  G_APPLICATION_CLASS (cr_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action,
                                           accels[i].accels);

  self->settings = create_settings ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (on_color_scheme_changed),
                           self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);

  if (self->library_path == NULL)
    {
      g_autofree char *library_path = cr_runtime_dup_library_path (NULL);

      cr_application_set_library_path (self, library_path);
    }
}

static void
cr_application_activate (GApplication *app)
{
  CrApplication *self = CR_APPLICATION (app);
  CrWindow *window = find_main_window (self);

  if (window == NULL)
    window = cr_window_new (self);

  gtk_window_present (GTK_WINDOW (window));
}

static void
cr_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  CrApplication *self = CR_APPLICATION (app);

  /* One splice, so that the window announces the whole batch once. */
  g_list_store_splice (self->pending_files,
                       g_list_model_get_n_items (G_LIST_MODEL (self->pending_files)),
                       0, (gpointer *) files, n_files);

  g_application_activate (app);
}

static void
cr_application_dispose (GObject *object)
{
  CrApplication *self = CR_APPLICATION (object);

  g_clear_weak_pointer (&self->preferences_window);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cr_application_parent_class)->dispose (object);
}

static void
cr_application_finalize (GObject *object)
{
  CrApplication *self = CR_APPLICATION (object);

  g_clear_object (&self->pending_files);
  g_clear_pointer (&self->library_path, g_free);

  G_OBJECT_CLASS (cr_application_parent_class)->finalize (object);
}

static void
cr_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CrApplication *self = CR_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_LIBRARY_PATH:
      g_value_set_string (value, self->library_path);
      break;

    case PROP_PENDING_FILES:
      g_value_set_object (value, self->pending_files);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_application_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CrApplication *self = CR_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_LIBRARY_PATH:
      cr_application_set_library_path (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_application_class_init (CrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = cr_application_dispose;
  object_class->finalize = cr_application_finalize;
  object_class->get_property = cr_application_get_property;
  object_class->set_property = cr_application_set_property;

  app_class->handle_local_options = cr_application_handle_local_options;
  app_class->startup = cr_application_startup;
  app_class->activate = cr_application_activate;
  app_class->open = cr_application_open;

  /**
   * CrApplication:library-path:
   *
   * The library file to open: from --db, else CRONISTA_DB, else the
   * default under the user data directory.
   */
  properties[PROP_LIBRARY_PATH] =
    g_param_spec_string ("library-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CrApplication:pending-files:
   *
   * A #GListModel of #GFile waiting to be imported.
   */
  properties[PROP_PENDING_FILES] =
    g_param_spec_object ("pending-files", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CrApplication:settings:
   *
   * The application's #GSettings, available after startup.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_application_init (CrApplication *self)
{
  self->pending_files = g_list_store_new (G_TYPE_FILE);

  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
}

CrApplication *
cr_application_new (void)
{
  return g_object_new (CR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       /* Same resources for both profiles: the .Devel id
                        * would otherwise look under .../Cronista/Devel. */
                       "resource-base-path", APP_PATH,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * cr_application_get_library_path:
 *
 * Returns: (nullable): the library file chosen at start-up
 */
const char *
cr_application_get_library_path (CrApplication *self)
{
  g_return_val_if_fail (CR_IS_APPLICATION (self), NULL);

  return self->library_path;
}

void
cr_application_set_library_path (CrApplication *self,
                                 const char    *library_path)
{
  g_return_if_fail (CR_IS_APPLICATION (self));

  if (g_strcmp0 (self->library_path, library_path) == 0)
    return;

  g_free (self->library_path);
  self->library_path = g_strdup (library_path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY_PATH]);
}

/**
 * cr_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings, %NULL before startup
 */
GSettings *
cr_application_get_settings (CrApplication *self)
{
  g_return_val_if_fail (CR_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * cr_application_get_pending_files:
 *
 * The files the application was asked to open and that nobody imported
 * yet. The importer reads them and then calls
 * cr_application_clear_pending_files().
 *
 * Returns: (transfer none): a #GListModel of #GFile
 */
GListModel *
cr_application_get_pending_files (CrApplication *self)
{
  g_return_val_if_fail (CR_IS_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->pending_files);
}

void
cr_application_clear_pending_files (CrApplication *self)
{
  g_return_if_fail (CR_IS_APPLICATION (self));

  g_list_store_remove_all (self->pending_files);
}
