/* cr-window-view.c: the window's view controls — zoom, lanes, panes, search
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cr-window-view.h"

#define VIEW_KEY "cr-window-view"

static CrLibraryView *
view_of (gpointer window)
{
  return g_object_get_data (G_OBJECT (window), VIEW_KEY);
}

/* The header bar is outside the timeline: its buttons reach the
 * timeline's own actions through these. */
static void
forward_to_timeline (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       window)
{
  CrLibraryView *view = view_of (window);
  g_autofree char *name = g_strconcat ("timeline.", g_action_get_name (G_ACTION (action)), NULL);

  gtk_stack_set_visible_child_name (cr_library_view_get_view_stack (view), "timeline");
  gtk_widget_activate_action_variant (GTK_WIDGET (cr_library_view_get_timeline_view (view)), name, parameter);
}

static void
zoom_to_article (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       window)
{
  cr_library_view_zoom_to_article (view_of (window));
}

static void
open_beside (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       window)
{
  CrLibraryView *view = view_of (window);
  gint64 article = cr_library_view_get_selected_article (view);

  if (article <= 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-error", "s",
                                  _("Select an article in the sidebar first, then open it beside to compare it with another one."));
      return;
    }
  cr_library_view_compare_article (view, article);
}

static void
search (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       window)
{
  cr_library_view_focus_search (view_of (window));
}

static void
on_go_to_date_response (AdwMessageDialog *dialog,
                        const char       *response,
                        gpointer          window)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  CrLibraryView *view = view_of (window);
  GtkWidget *timeline = GTK_WIDGET (cr_library_view_get_timeline_view (view));

  if (g_strcmp0 (response, "go") != 0)
    return;
  gtk_stack_set_visible_child_name (cr_library_view_get_view_stack (view), "timeline");
  gtk_widget_activate_action (timeline, "timeline.go-to-date", "s", gtk_editable_get_text (entry));
}

static void
go_to_date (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       window)
{
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Go to Date"),
                                   _("Type a date or a period, in Spanish or English: “3 de septiembre de 2025”, “June 2024”, “2024”."));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Date"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "go", _("_Go"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "go", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "go");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (dialog, "response", G_CALLBACK (on_go_to_date_response), window);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
change_show_list (GSimpleAction *action,
                  GVariant      *value,
                  gpointer       window)
{
  gtk_stack_set_visible_child_name (cr_library_view_get_view_stack (view_of (window)),
                                    g_variant_get_boolean (value) ? "events" : "timeline");
}

static void
on_stack_page_changed (GtkStack   *stack,
                       GParamSpec *pspec,
                       GAction    *action)
{
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_boolean (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "events") == 0));
}

static void
apply_lane_grouping (GSettings  *settings,
                     const char *key,
                     gpointer    window)
{
  cr_library_view_set_lane_grouping (view_of (window), g_settings_get_enum (settings, "lane-grouping"));
}

/* Without settings (tests), lanes and orientation are plain stateful
 * actions that change the view directly. */
static void
change_lane_grouping (GSimpleAction *action,
                      GVariant      *value,
                      gpointer       window)
{
  static const char * const nicks[] = { "single", "kind", "article", "entity" };
  const char *nick = g_variant_get_string (value, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
    if (g_str_equal (nick, nicks[i]))
      {
        cr_library_view_set_lane_grouping (view_of (window), i);
        g_simple_action_set_state (action, value);
      }
}

static void
change_pane_orientation (GSimpleAction *action,
                         GVariant      *value,
                         gpointer       window)
{
  const char *nick = g_variant_get_string (value, NULL);
  GtkPaned *paned = cr_library_view_get_paned (view_of (window));

  if (!g_str_equal (nick, "horizontal") && !g_str_equal (nick, "vertical"))
    return;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (paned), g_str_equal (nick, "horizontal")
                                  ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  g_simple_action_set_state (action, value);
}

static const GActionEntry entries[] = {
  { "zoom-in", forward_to_timeline },
  { "zoom-out", forward_to_timeline },
  { "zoom-fit", forward_to_timeline },
  { "zoom-selection", forward_to_timeline },
  { "go-to-date", go_to_date },
  { "zoom-to-article", zoom_to_article },
  { "search", search },
  { "open-beside", open_beside },
  { "show-list", NULL, NULL, "false", change_show_list },
};

static const GActionEntry fallback_entries[] = {
  { "lane-grouping", NULL, "s", "'kind'", change_lane_grouping },
  { "pane-orientation", NULL, "s", "'vertical'", change_pane_orientation },
};

void
cr_window_view_set_enabled (AdwApplicationWindow *window,
                            gboolean              enabled)
{
  g_return_if_fail (ADW_IS_APPLICATION_WINDOW (window));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), entries[i].name);

      if (G_IS_SIMPLE_ACTION (action))
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}

void
cr_window_view_init (AdwApplicationWindow *window,
                     CrLibraryView        *view,
                     GSettings            *settings)
{
  GAction *show_list;

  g_return_if_fail (ADW_IS_APPLICATION_WINDOW (window));
  g_return_if_fail (CR_IS_LIBRARY_VIEW (view));

  g_object_set_data (G_OBJECT (window), VIEW_KEY, view);
  g_action_map_add_action_entries (G_ACTION_MAP (window), entries, G_N_ELEMENTS (entries), window);
  show_list = g_action_map_lookup_action (G_ACTION_MAP (window), "show-list");
  g_signal_connect_object (cr_library_view_get_view_stack (view), "notify::visible-child-name",
                           G_CALLBACK (on_stack_page_changed), show_list, 0);

  if (settings == NULL)
    {
      g_action_map_add_action_entries (G_ACTION_MAP (window), fallback_entries,
                                       G_N_ELEMENTS (fallback_entries), window);
      return;
    }

  /* Remembered: the setting is the state, the view follows it. */
  for (guint i = 0; i < G_N_ELEMENTS (fallback_entries); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (settings, fallback_entries[i].name);

      g_action_map_add_action (G_ACTION_MAP (window), action);
    }
  g_signal_connect_object (settings, "changed::lane-grouping", G_CALLBACK (apply_lane_grouping), window, 0);
  apply_lane_grouping (settings, "lane-grouping", window);
  g_settings_bind (settings, "pane-orientation", cr_library_view_get_paned (view), "orientation",
                   G_SETTINGS_BIND_GET);
  /* The zoom the user chose; 0 when it was "zoom to fit". */
  g_settings_bind (settings, "timeline-span", cr_library_view_get_timeline_view (view), "zoom-span",
                   G_SETTINGS_BIND_DEFAULT);
}
