/* cr-presentation-window.c: the timeline full screen, one event at a time
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a classroom projector: large type, the high-contrast palette, and
 * the timeline flying from one event to the next. The stage is laid out
 * here rather than by a box, so that the timeline keeps the same share of
 * the screen whatever the length of an event's text; type sizes follow
 * the screen size. The timeline itself is cr-presentation-timeline.c.
 */

#define G_LOG_DOMAIN "cr-presentation-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cr-calendar.h"
#include "cr-handout.h"
#include "cr-presentation-window-private.h"
#include "cr-store-events.h"
#include "cr-timeline-layout.h"
#include "cr-timeline-renderer.h"
#include "cr-viewport.h"

/* The share of the stage's height the timeline takes. */
#define TIMELINE_SHARE     0.40
/* How long the controls stay after the pointer stops. */
#define CONTROLS_SECONDS   3
/* The longest quote, in characters, before it is cut at a word. */
#define QUOTE_MAX_CHARS    240


G_DEFINE_FINAL_TYPE (CrPresentationWindow, cr_presentation_window, ADW_TYPE_WINDOW)

G_DEFINE_QUARK (cr-presentation-error-quark, cr_presentation_error)

static gboolean
update_css_cb (gpointer user_data)
{
  CrPresentationWindow *self = user_data;
  g_autofree char *css = NULL;
  double b = self->type_base;
  int margin = (int) (b * 0.06);

  self->css_idle_id = 0;
  /* High contrast as the timeline's palette: black on white, one dark
   * blue for the date. */
  css = g_strdup_printf ("window.presentation { padding: 0; box-shadow: none; border-radius: 0; outline: none; }\n"
                         ".presentation-stage { background: #ffffff; color: #000000; }\n"
                         ".presentation-stage > box { margin: %dpx %dpx 0 %dpx; }\n"
                         ".presentation-kind { font-size: %dpx; font-weight: 700; color: #3d3846; }\n"
                         ".presentation-progress { font-size: %dpx; font-weight: 700; }\n"
                         ".presentation-date { font-size: %dpx; font-weight: 800; color: #0b3d91; }\n"
                         ".presentation-title { font-size: %dpx; font-weight: 800; }\n"
                         ".presentation-quote { font-size: %dpx; font-style: italic; }\n"
                         ".presentation-source { font-size: %dpx; color: #3d3846; }\n"
                         ".presentation-controls { font-size: %dpx; }\n",
                         (int) (b * 0.035), margin, margin,
                         (int) (b * 0.030), (int) (b * 0.034),
                         (int) (b * 0.042), (int) (b * 0.062),
                         (int) (b * 0.033), (int) (b * 0.026),
                         (int) MAX (14, b * 0.022));
  gtk_css_provider_load_from_data (self->css, css, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline_area));
  return G_SOURCE_REMOVE;
}

/* The stage's layout: header on top, the timeline's share at the bottom,
 * the event centred in between. */
static void
stage_measure (GtkWidget      *widget,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural,
               int            *minimum_baseline,
               int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 240;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 1024 : 768;
}

static void
stage_allocate (GtkWidget *widget,
                int        width,
                int        height,
                int        baseline)
{
  CrPresentationWindow *self = CR_PRESENTATION_WINDOW (gtk_widget_get_root (widget));
  int header_h, card_min, card_nat, timeline_h, top, room, card_h;
  int base = _cr_presentation_type_base (width, height);

  if (base != self->type_base && self->css_idle_id == 0)
    {
      /* Not from inside the allocation: new CSS means a new layout. */
      self->type_base = base;
      self->css_idle_id = g_idle_add (update_css_cb, self);
    }

  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, NULL, &header_h, NULL, NULL);
  timeline_h = (int) (height * TIMELINE_SHARE);
  top = header_h;
  room = MAX (0, height - timeline_h - top);
  gtk_widget_measure (self->card, GTK_ORIENTATION_VERTICAL, width, &card_min, &card_nat, NULL, NULL);
  card_h = MAX (MIN (card_nat, room), MIN (card_min, room));

  gtk_widget_allocate (self->header, width, header_h, -1, NULL);
  gtk_widget_allocate (self->card, width, card_h, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, top + (room - card_h) / 2)));
  gtk_widget_allocate (GTK_WIDGET (self->timeline_area), width, timeline_h, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, height - timeline_h)));
}

/* The event */

/* The sentence cut at a word to at most QUOTE_MAX_CHARS characters. */
static char *
shorten_quote (const char *sentence)
{
  g_autofree char *text = g_strstrip (g_strdup (sentence));
  const char *cut;

  if (g_utf8_strlen (text, -1) <= QUOTE_MAX_CHARS)
    return g_steal_pointer (&text);
  cut = g_utf8_offset_to_pointer (text, QUOTE_MAX_CHARS);
  while (cut > text && *cut != ' ')
    cut--;
  if (cut == text)
    cut = g_utf8_offset_to_pointer (text, QUOTE_MAX_CHARS);
  return g_strdup_printf ("%.*s…", (int) (cut - text), text);
}

static const char *
ui_language (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "es") ? "es" : "en";
}

static void
show_mention (CrPresentationWindow *self,
              gint64                event_id)
{
  g_autoptr(GPtrArray) mentions = cr_store_get_event_mentions (self->store, event_id, NULL);
  CrStoreEventMention *best = NULL;
  g_autoptr(CrArticle) article = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *source = NULL;

  /* A report in the language of the room, if there is one. */
  for (guint i = 0; mentions != NULL && i < mentions->len; i++)
    {
      CrStoreEventMention *m = g_ptr_array_index (mentions, i);

      if (m->sentence == NULL || *m->sentence == '\0')
        continue;
      if (best == NULL || (g_strcmp0 (m->language, ui_language ()) == 0 &&
                           g_strcmp0 (best->language, ui_language ()) != 0))
        best = m;
    }

  if (best == NULL)
    {
      gtk_label_set_text (self->quote_label, "");
      gtk_label_set_text (self->source_label, "");
      return;
    }

  quote = shorten_quote (best->sentence);
  /* Translators: a quoted sentence, with the quotation marks of your language */
  quoted = g_strdup_printf (_("“%s”"), quote);
  gtk_label_set_text (self->quote_label, quoted);

  article = cr_store_get_article (self->store, best->article_id, NULL);
  if (article != NULL && article->source_name != NULL && *article->source_name)
    /* Translators: the source of a quote: the newspaper, then the article's title */
    source = g_strdup_printf (_("— %s, “%s”"), article->source_name, best->article_title);
  else
    /* Translators: the source of a quote: the article's title */
    source = g_strdup_printf (_("— “%s”"), best->article_title);
  gtk_label_set_text (self->source_label, source);
}

static void
update_actions (CrPresentationWindow *self)
{
  guint n = self->event_ids->len;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.previous", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.first", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.next", self->position + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.last", self->position + 1 < n);
}

static void
show_event (CrPresentationWindow *self,
            gboolean              animate)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrStoreEvent) event = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *date = NULL;
  gint64 id;

  if (self->event_ids->len == 0)
    return;
  id = g_array_index (self->event_ids, gint64, self->position);

  /* Translators: the progress of a presentation: the event shown, of all */
  progress = g_strdup_printf (_("%u / %u"), self->position + 1, self->event_ids->len);
  gtk_label_set_text (self->progress_label, progress);

  event = cr_store_get_event (self->store, id, &error);
  if (event == NULL)
    {
      gtk_label_set_text (self->title_label, error->message);
      return;
    }
  date = cr_handout_format_date (event->first_day, event->last_day, event->granularity);
  gtk_label_set_text (self->date_label, date);
  gtk_label_set_text (self->title_label, event->title ? event->title : "");
  gtk_label_set_text (self->kind_label, cr_event_kind_get_label (event->kind));
  show_mention (self, id);

  self->current_item = _cr_presentation_find_item (self, id);
  _cr_presentation_fly_to_item (self, animate);
  update_actions (self);
}

/* Auto-advance */

static void restart_auto_advance (CrPresentationWindow *self);

static gboolean
auto_advance_cb (gpointer user_data)
{
  CrPresentationWindow *self = user_data;

  self->auto_id = 0;
  if (self->position + 1 >= self->event_ids->len)
    {
      /* The end: stop rather than loop, the class wants to talk. */
      gtk_toggle_button_set_active (self->auto_button, FALSE);
      return G_SOURCE_REMOVE;
    }
  cr_presentation_window_go_to (self, self->position + 1);
  restart_auto_advance (self);
  return G_SOURCE_REMOVE;
}

static void
restart_auto_advance (CrPresentationWindow *self)
{
  g_clear_handle_id (&self->auto_id, g_source_remove);
  if (gtk_toggle_button_get_active (self->auto_button))
    self->auto_id = g_timeout_add_seconds ((guint) gtk_adjustment_get_value (self->interval_adjustment),
                                           auto_advance_cb, self);
}

static void
on_auto_toggled (CrPresentationWindow *self,
                 GtkToggleButton      *button)
{
  g_assert (CR_IS_PRESENTATION_WINDOW (self));

  restart_auto_advance (self);
}

static void
on_interval_changed (CrPresentationWindow *self,
                     GtkAdjustment        *adjustment)
{
  g_assert (CR_IS_PRESENTATION_WINDOW (self));

  if (self->auto_id != 0)
    restart_auto_advance (self);
}

/* Controls on pointer motion */

static gboolean
hide_controls_cb (gpointer user_data)
{
  CrPresentationWindow *self = user_data;

  self->controls_id = 0;
  gtk_revealer_set_reveal_child (self->controls_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           CrPresentationWindow     *self)
{
  g_assert (CR_IS_PRESENTATION_WINDOW (self));

  /* X sends a motion event when a window appears under a still pointer:
   * only a pointer that really moves shows the controls. */
  if (self->pointer_x < 0 || (fabs (x - self->pointer_x) < 2 && fabs (y - self->pointer_y) < 2))
    {
      self->pointer_x = x;
      self->pointer_y = y;
      return;
    }
  self->pointer_x = x;
  self->pointer_y = y;
  gtk_revealer_set_reveal_child (self->controls_revealer, TRUE);
  g_clear_handle_id (&self->controls_id, g_source_remove);
  self->controls_id = g_timeout_add_seconds (CONTROLS_SECONDS, hide_controls_cb, self);
}

/* A click on the stage goes on, as in slide shows; a right click goes
 * back. The controls above it keep their clicks. */
static void
on_stage_pressed (GtkGestureClick      *gesture,
                  int                   n_press,
                  double                x,
                  double                y,
                  CrPresentationWindow *self)
{
  g_assert (CR_IS_PRESENTATION_WINDOW (self));

  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) == GDK_BUTTON_SECONDARY)
    gtk_widget_activate_action (GTK_WIDGET (self), "presentation.previous", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "presentation.next", NULL);
}

/* A talk is no time for the screen to go dark. */
static void
on_map (CrPresentationWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  g_assert (CR_IS_PRESENTATION_WINDOW (self));

  if (app != NULL && self->inhibit_cookie == 0)
    self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self), GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("Presenting a timeline"));
}

static void
on_unmap (CrPresentationWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  g_assert (CR_IS_PRESENTATION_WINDOW (self));

  if (app != NULL && self->inhibit_cookie != 0)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

/* Actions */

/* A presenter remote sends Page Down and Page Up (some, Right and Left). */
static const struct {
  guint       keyval;
  const char *action;
} keys[] = {
  { GDK_KEY_space, "presentation.next" },
  { GDK_KEY_Right, "presentation.next" },
  { GDK_KEY_Page_Down, "presentation.next" },
  { GDK_KEY_KP_Page_Down, "presentation.next" },
  { GDK_KEY_Left, "presentation.previous" },
  { GDK_KEY_Page_Up, "presentation.previous" },
  { GDK_KEY_KP_Page_Up, "presentation.previous" },
  { GDK_KEY_BackSpace, "presentation.previous" },
  { GDK_KEY_Home, "presentation.first" },
  { GDK_KEY_End, "presentation.last" },
  { GDK_KEY_a, "presentation.toggle-auto" },
  { GDK_KEY_Escape, "presentation.leave" },
};

/* The keys win over whatever has the focus (a button of the controls
 * would take Space and the arrows for itself). */
static GtkEventController *
create_key_controller (void)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, 0),
                                                            gtk_named_action_new (keys[i].action)));
  return controller;
}

static void
action_navigate (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CrPresentationWindow *self = CR_PRESENTATION_WINDOW (widget);
  guint n = self->event_ids->len;

  if (n == 0)
    return;
  if (g_str_equal (action_name, "presentation.next"))
    {
      if (self->position + 1 < n)
        cr_presentation_window_go_to (self, self->position + 1);
      else
        gtk_widget_error_bell (widget);
    }
  else if (g_str_equal (action_name, "presentation.previous"))
    {
      if (self->position > 0)
        cr_presentation_window_go_to (self, self->position - 1);
      else
        gtk_widget_error_bell (widget);
    }
  else if (g_str_equal (action_name, "presentation.first"))
    cr_presentation_window_go_to (self, 0);
  else if (g_str_equal (action_name, "presentation.last"))
    cr_presentation_window_go_to (self, n - 1);
}

static void
action_toggle_auto (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrPresentationWindow *self = CR_PRESENTATION_WINDOW (widget);

  gtk_toggle_button_set_active (self->auto_button, !gtk_toggle_button_get_active (self->auto_button));
}

static void
action_leave (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
cr_presentation_window_dispose (GObject *object)
{
  CrPresentationWindow *self = CR_PRESENTATION_WINDOW (object);

  g_clear_handle_id (&self->auto_id, g_source_remove);
  g_clear_handle_id (&self->controls_id, g_source_remove);
  g_clear_handle_id (&self->css_idle_id, g_source_remove);
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->timeline_area), self->tick_id);
  self->tick_id = 0;
  if (self->css != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->css));
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_PRESENTATION_WINDOW);
  g_clear_object (&self->css);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->index, cr_timeline_index_unref);
  g_clear_pointer (&self->event_ids, g_array_unref);

  G_OBJECT_CLASS (cr_presentation_window_parent_class)->dispose (object);
}

static void
cr_presentation_window_class_init (CrPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_presentation_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/cr-presentation-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, stage);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, header);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, card);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, date_label);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, quote_label);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, source_label);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, timeline_area);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, controls_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, auto_button);
  gtk_widget_class_bind_template_child (widget_class, CrPresentationWindow, interval_adjustment);

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL, action_navigate);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL, action_navigate);
  gtk_widget_class_install_action (widget_class, "presentation.first", NULL, action_navigate);
  gtk_widget_class_install_action (widget_class, "presentation.last", NULL, action_navigate);
  gtk_widget_class_install_action (widget_class, "presentation.toggle-auto", NULL, action_toggle_auto);
  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, action_leave);

}

static void
cr_presentation_window_init (CrPresentationWindow *self)
{
  GtkEventController *motion;
  GtkGesture *click;

  self->current_item = G_MAXSIZE;
  self->context = cr_timeline_layout_create_context ();
  self->pointer_x = self->pointer_y = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_layout_manager (self->stage,
                                 gtk_custom_layout_new (NULL, stage_measure, stage_allocate));
  gtk_drawing_area_set_draw_func (self->timeline_area, _cr_presentation_draw_timeline, self, NULL);

  self->css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  /* Sizes for a common projector until the first allocation says more. */
  self->type_base = _cr_presentation_type_base (1024, 768);
  update_css_cb (self);

  gtk_widget_add_controller (GTK_WIDGET (self), create_key_controller ());

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_stage_pressed), self);
  gtk_widget_add_controller (self->stage, GTK_EVENT_CONTROLLER (click));
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (on_unmap), NULL);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect_object (self->auto_button, "toggled", G_CALLBACK (on_auto_toggled),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->interval_adjustment, "value-changed", G_CALLBACK (on_interval_changed),
                           self, G_CONNECT_SWAPPED);
}

CrPresentationWindow *
cr_presentation_window_new (GtkWindow       *parent,
                            CrStore         *store,
                            CrTimelineIndex *index,
                            GArray          *event_ids,
                            GSettings       *settings)
{
  CrPresentationWindow *self;
  GdkMonitor *monitor = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_STORE (store), NULL);
  g_return_val_if_fail (event_ids != NULL, NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CR_TYPE_PRESENTATION_WINDOW,
                       "transient-for", parent,
                       "modal", FALSE,
                       "destroy-with-parent", TRUE,
                       /* Full screen needs no frame; and where nobody
                        * makes it full screen, none should show. */
                       "decorated", FALSE,
                       NULL);
  self->store = g_object_ref (store);
  self->event_ids = g_array_ref (event_ids);
  self->index = _cr_presentation_build_index (index, event_ids);
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_settings_bind (settings, "presentation-interval", self->interval_adjustment, "value",
                       G_SETTINGS_BIND_DEFAULT);
    }

  /* Full screen on the main window's monitor. Without a window manager
   * (a kiosk, a test) nobody resizes a full-screen window: ask for the
   * monitor's size too. */
  if (parent != NULL && gtk_native_get_surface (GTK_NATIVE (parent)) != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (parent)),
                                                  gtk_native_get_surface (GTK_NATIVE (parent)));
  if (monitor != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
    }
  else
    gtk_window_fullscreen (GTK_WINDOW (self));

  show_event (self, FALSE);
  return self;
}

CrPresentationWindow *
cr_presentation_window_present_library (GtkWindow      *parent,
                                        CrLibraryView  *view,
                                        CrStore        *store,
                                        GSettings      *settings,
                                        GError        **error)
{
  g_autoptr(GArray) ids = NULL;
  CrPresentationWindow *self;

  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (view), NULL);

  /* F5 again while presenting brings the presentation back to the front. */
  if (parent != NULL && gtk_window_get_application (parent) != NULL)
    for (const GList *l = gtk_application_get_windows (gtk_window_get_application (parent)); l; l = l->next)
      if (CR_IS_PRESENTATION_WINDOW (l->data) && gtk_window_get_transient_for (l->data) == parent)
        {
          gtk_window_present (l->data);
          return l->data;
        }

  ids = cr_library_view_get_visible_events (view);
  if (store == NULL || ids->len == 0)
    {
      g_set_error_literal (error, CR_PRESENTATION_ERROR, CR_PRESENTATION_ERROR_NO_EVENTS,
                           _("There are no events to present."));
      return NULL;
    }
  self = cr_presentation_window_new (parent, store,
                                     cr_timeline_view_get_index (cr_library_view_get_timeline_view (view)),
                                     ids, settings);
  /* One of the application's windows: quitting closes it too. */
  if (parent != NULL && gtk_window_get_application (parent) != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

guint
cr_presentation_window_get_position (CrPresentationWindow *self)
{
  g_return_val_if_fail (CR_IS_PRESENTATION_WINDOW (self), 0);

  return self->position;
}

guint
cr_presentation_window_get_n_events (CrPresentationWindow *self)
{
  g_return_val_if_fail (CR_IS_PRESENTATION_WINDOW (self), 0);

  return self->event_ids->len;
}

gint64
cr_presentation_window_get_event (CrPresentationWindow *self)
{
  g_return_val_if_fail (CR_IS_PRESENTATION_WINDOW (self), -1);

  if (self->event_ids->len == 0)
    return -1;
  return g_array_index (self->event_ids, gint64, self->position);
}

void
cr_presentation_window_go_to (CrPresentationWindow *self,
                              guint                 position)
{
  g_return_if_fail (CR_IS_PRESENTATION_WINDOW (self));

  if (position >= self->event_ids->len)
    return;
  self->position = position;
  show_event (self, TRUE);
  /* A hand on the keyboard gets the full interval for the new event. */
  if (self->auto_id != 0)
    restart_auto_advance (self);
}

gboolean
cr_presentation_window_is_animating (CrPresentationWindow *self)
{
  g_return_val_if_fail (CR_IS_PRESENTATION_WINDOW (self), FALSE);

  return self->tick_id != 0;
}
