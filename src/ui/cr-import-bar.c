/* cr-import-bar.c: the progress of an import, with its Cancel button
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Slides in under the header bar while the controller is busy: files
 * done of the total, a progress bar, and Cancel. (libadwaita 1.2 has no
 * AdwBanner, and a banner could not hold a progress bar anyway.)
 */

#define G_LOG_DOMAIN "cr-import-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "cr-import-bar.h"

/* While the worker walks the folders the total is unknown: pulse. */
#define PULSE_INTERVAL_MS 100

struct _CrImportBar
{
  GtkWidget           parent_instance;

  CrImportController *controller;
  guint               pulse_id;

  /* Template widgets */
  GtkRevealer        *revealer;
  GtkInscription     *label;
  GtkProgressBar     *progress_bar;
  GtkButton          *cancel_button;
};

G_DEFINE_FINAL_TYPE (CrImportBar, cr_import_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTROLLER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
pulse_cb (gpointer user_data)
{
  CrImportBar *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
update (CrImportBar *self)
{
  gboolean busy = FALSE;
  guint done = 0, total = 0;

  g_assert (CR_IS_IMPORT_BAR (self));

  if (self->controller != NULL)
    {
      busy = cr_import_controller_get_busy (self->controller);
      done = cr_import_controller_get_files_done (self->controller);
      total = cr_import_controller_get_files_total (self->controller);
    }

  /* Hidden outright when idle: a crossfading revealer keeps its height,
   * and a sliding one makes the window measure itself on every frame. */
  gtk_widget_set_visible (GTK_WIDGET (self), busy);
  gtk_revealer_set_reveal_child (self->revealer, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), busy);

  if (busy && total == 0)
    {
      gtk_inscription_set_text (self->label, _("Preparing import…"));
      if (self->pulse_id == 0)
        self->pulse_id = g_timeout_add (PULSE_INTERVAL_MS, pulse_cb, self);
      return;
    }

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (busy)
    {
      g_autofree char *text = NULL;

      /* Translators: files done of the files to import, e.g. "3 of 14 files imported" */
      text = g_strdup_printf (ngettext ("%u of %u file imported", "%u of %u files imported", total),
                              done, total);
      gtk_inscription_set_text (self->label, text);
      gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                      -1);
    }
}

static void
on_controller_notify (CrImportBar *self)
{
  update (self);
}

static void
on_cancel_clicked (CrImportBar *self,
                   GtkButton   *button)
{
  g_assert (CR_IS_IMPORT_BAR (self));

  if (self->controller != NULL)
    cr_import_controller_cancel (self->controller);
  gtk_inscription_set_text (self->label, _("Cancelling…"));
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
}

static void
cr_import_bar_dispose (GObject *object)
{
  CrImportBar *self = CR_IMPORT_BAR (object);

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->controller != NULL)
    g_signal_handlers_disconnect_by_data (self->controller, self);
  g_clear_object (&self->controller);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_IMPORT_BAR);

  G_OBJECT_CLASS (cr_import_bar_parent_class)->dispose (object);
}

static void
cr_import_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CrImportBar *self = CR_IMPORT_BAR (object);

  switch (prop_id)
    {
    case PROP_CONTROLLER:
      g_value_set_object (value, self->controller);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_import_bar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CrImportBar *self = CR_IMPORT_BAR (object);

  switch (prop_id)
    {
    case PROP_CONTROLLER:
      cr_import_bar_set_controller (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_import_bar_class_init (CrImportBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_import_bar_dispose;
  object_class->get_property = cr_import_bar_get_property;
  object_class->set_property = cr_import_bar_set_property;

  properties[PROP_CONTROLLER] =
    g_param_spec_object ("controller", NULL, NULL,
                         CR_TYPE_IMPORT_CONTROLLER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/cr-import-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, CrImportBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, CrImportBar, label);
  gtk_widget_class_bind_template_child (widget_class, CrImportBar, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CrImportBar, cancel_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cr_import_bar_init (CrImportBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->cancel_button, "clicked",
                           G_CALLBACK (on_cancel_clicked), self, G_CONNECT_SWAPPED);
}

GtkWidget *
cr_import_bar_new (void)
{
  return g_object_new (CR_TYPE_IMPORT_BAR, NULL);
}

CrImportController *
cr_import_bar_get_controller (CrImportBar *self)
{
  g_return_val_if_fail (CR_IS_IMPORT_BAR (self), NULL);

  return self->controller;
}

void
cr_import_bar_set_controller (CrImportBar        *self,
                              CrImportController *controller)
{
  g_return_if_fail (CR_IS_IMPORT_BAR (self));
  g_return_if_fail (controller == NULL || CR_IS_IMPORT_CONTROLLER (controller));

  if (self->controller == controller)
    return;

  if (self->controller != NULL)
    g_signal_handlers_disconnect_by_data (self->controller, self);
  g_set_object (&self->controller, controller);
  if (controller != NULL)
    {
      g_signal_connect_swapped (controller, "notify::busy", G_CALLBACK (on_controller_notify), self);
      g_signal_connect_swapped (controller, "notify::files-done", G_CALLBACK (on_controller_notify), self);
      g_signal_connect_swapped (controller, "notify::files-total", G_CALLBACK (on_controller_notify), self);
    }
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTROLLER]);
}

const char *
cr_import_bar_get_text (CrImportBar *self)
{
  g_return_val_if_fail (CR_IS_IMPORT_BAR (self), NULL);

  return gtk_inscription_get_text (self->label);
}
