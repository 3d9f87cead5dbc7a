/* cr-library-editor-dialogs.c: the questions an edit asks, and the
 * timeline's context menu
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-library-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "cr-calendar.h"
#include "cr-handout.h"
#include "cr-library-editor-private.h"
#include "cr-store-events.h"

/* Events offered by "Merge With…": the nearest in time. */
#define MERGE_CANDIDATES 40

static char *
format_value (const char *value)
{
  CrDay first, last;
  gsize len = strlen (value);
  CrGranularity g = len == 4 ? CR_GRANULARITY_YEAR : len == 7 ? CR_GRANULARITY_MONTH : CR_GRANULARITY_DAY;

  if (!cr_day_range_parse (value, &first, &last))
    return g_strdup (value);
  return cr_handout_format_date (first, last, g);
}

static AdwMessageDialog *
new_dialog (CrLibraryEditor *self,
            const char      *heading,
            const char      *apply_label)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self->window), heading, NULL));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

static GtkWidget *
new_entry (const char *text,
           const char *accessible_label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return entry;
}

/* A date entry with a line below that says what it is read as, or why
 * it is not a date. */

typedef struct {
  GtkEntry *entry;
  GtkLabel *feedback;
  gboolean  valid;
} DateField;

static void
date_field_update (DateField *field)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (field->entry));

  value = cr_library_editor_parse_date (text, cr_ui_language (), _cr_library_editor_today (), &error);
  field->valid = value != NULL;
  if (value != NULL)
    {
      g_autofree char *formatted = format_value (value);
      /* Translators: under a date entry, what the typed text is read as */
      g_autofree char *label = g_strdup_printf (_("Read as %s"), formatted);

      gtk_label_set_text (field->feedback, label);
      gtk_widget_remove_css_class (GTK_WIDGET (field->feedback), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (field->entry), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field->entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
  else
    {
      gtk_label_set_text (field->feedback, text[0] ? error->message : "");
      gtk_widget_add_css_class (GTK_WIDGET (field->feedback), "error");
      if (text[0])
        gtk_widget_add_css_class (GTK_WIDGET (field->entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->entry), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
}

static GtkWidget *
date_field_new (DateField  *field,
                const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  field->entry = GTK_ENTRY (new_entry (text, _("Date")));
  gtk_entry_set_placeholder_text (field->entry, _("3 de septiembre de 2025, June 2024, ayer…"));
  field->feedback = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (field->feedback, 0);
  gtk_label_set_wrap (field->feedback, TRUE);
  gtk_label_set_max_width_chars (field->feedback, 40);
  gtk_widget_add_css_class (GTK_WIDGET (field->feedback), "caption");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field->entry), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  field->feedback, NULL, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (field->entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (field->feedback));
  return box;
}

/* Rename */

static void
on_title_changed (AdwMessageDialog *dialog,
                  GtkEditable      *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "apply", text[0] != '\0');
}

static void
on_rename_response (GtkWidget  *window,
                    const char *response,
                    AdwMessageDialog *dialog)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);

  if (g_str_equal (response, "apply"))
    gtk_widget_activate_action (window, "edit.rename-to", "s", gtk_editable_get_text (GTK_EDITABLE (entry)));
}

void
_cr_library_editor_rename_dialog (CrLibraryEditor *self,
                                  gint64           event_id)
{
  g_autoptr(CrStoreEvent) event = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (_cr_library_editor_ensure_writer (self, NULL) == NULL ||
      (event = cr_store_get_event (self->writer, event_id, NULL)) == NULL)
    return;
  dialog = new_dialog (self, _("Rename Event"), _("_Rename"));
  entry = new_entry (event->title, _("Title"));
  adw_message_dialog_set_extra_child (dialog, entry);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_title_changed), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response), self->window, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Change date, and correct an article's publication date */

typedef struct {
  DateField  field;
  char      *action;       /* edit.redate-to (s) or edit.article-date-to (xs) */
  gint64     article_id;
} DateDialog;

static void
date_dialog_free (gpointer data)
{
  DateDialog *d = data;

  g_free (d->action);
  g_free (d);
}

static void
on_date_changed (AdwMessageDialog *dialog,
                 GtkEditable      *entry)
{
  DateDialog *d = g_object_get_data (G_OBJECT (dialog), "cr-date-dialog");

  date_field_update (&d->field);
  adw_message_dialog_set_response_enabled (dialog, "apply", d->field.valid);
}

static void
on_date_response (GtkWidget        *window,
                  const char       *response,
                  AdwMessageDialog *dialog)
{
  DateDialog *d = g_object_get_data (G_OBJECT (dialog), "cr-date-dialog");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (d->field.entry));

  if (!g_str_equal (response, "apply"))
    return;
  if (d->article_id > 0)
    gtk_widget_activate_action (window, d->action, "(xs)", d->article_id, text);
  else
    gtk_widget_activate_action (window, d->action, "s", text);
}

static void
date_dialog (CrLibraryEditor *self,
             const char      *heading,
             const char      *body,
             const char      *value,
             const char      *action,
             gint64           article_id)
{
  AdwMessageDialog *dialog = new_dialog (self, heading, _("C_hange"));
  DateDialog *d = g_new0 (DateDialog, 1);
  GtkWidget *box;

  d->action = g_strdup (action);
  d->article_id = article_id;
  g_object_set_data_full (G_OBJECT (dialog), "cr-date-dialog", d, date_dialog_free);
  adw_message_dialog_set_body (dialog, body);
  box = date_field_new (&d->field, value);
  adw_message_dialog_set_extra_child (dialog, box);
  date_field_update (&d->field);
  adw_message_dialog_set_response_enabled (dialog, "apply", d->field.valid);
  g_signal_connect_object (d->field.entry, "changed", G_CALLBACK (on_date_changed), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_date_response), self->window, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (d->field.entry));
}

void
_cr_library_editor_redate_dialog (CrLibraryEditor *self,
                                  gint64           event_id)
{
  g_autoptr(CrStoreEvent) event = NULL;

  if (_cr_library_editor_ensure_writer (self, NULL) == NULL ||
      (event = cr_store_get_event (self->writer, event_id, NULL)) == NULL)
    return;
  date_dialog (self, _("Change Event Date"),
               _("Write a day, a month or a year the way the news would, in Spanish or English."),
               event->value, "edit.redate-to", 0);
}

void
_cr_library_editor_article_date_dialog (CrLibraryEditor *self,
                                        gint64           article_id)
{
  g_autoptr(CrArticle) article = NULL;

  if (_cr_library_editor_ensure_writer (self, NULL) == NULL ||
      (article = cr_store_get_article (self->writer, article_id, NULL)) == NULL)
    return;
  date_dialog (self, _("Correct Publication Date"),
               _("The article's relative dates (“yesterday”, “el pasado lunes”) are read again from the new date."),
               article->date_value, "edit.article-date-to", article_id);
}

/* Add an event */

typedef struct {
  DateField    field;
  GtkEntry    *title;
  GtkDropDown *kind;
} AddDialog;

static void
on_add_changed (AdwMessageDialog *dialog)
{
  AddDialog *d = g_object_get_data (G_OBJECT (dialog), "cr-add-dialog");
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->title))));

  date_field_update (&d->field);
  adw_message_dialog_set_response_enabled (dialog, "apply", d->field.valid && title[0] != '\0');
}

static void
on_add_response (GtkWidget        *window,
                 const char       *response,
                 AdwMessageDialog *dialog)
{
  AddDialog *d = g_object_get_data (G_OBJECT (dialog), "cr-add-dialog");
  guint kind = gtk_drop_down_get_selected (d->kind);

  if (!g_str_equal (response, "apply") || kind >= CR_N_EVENT_KINDS)
    return;
  gtk_widget_activate_action (window, "edit.add-event-at", "(sss)",
                              gtk_editable_get_text (GTK_EDITABLE (d->field.entry)),
                              cr_event_kind_to_string (kind),
                              gtk_editable_get_text (GTK_EDITABLE (d->title)));
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

void
_cr_library_editor_add_event_dialog (CrLibraryEditor *self)
{
  AdwMessageDialog *dialog = new_dialog (self, _("Add Event"), _("_Add"));
  AddDialog *d = g_new0 (AddDialog, 1);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *date;

  g_object_set_data_full (G_OBJECT (dialog), "cr-add-dialog", d, g_free);
  for (CrEventKind k = 0; k < CR_N_EVENT_KINDS; k++)
    gtk_string_list_append (kinds, cr_event_kind_get_label (k));
  d->kind = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&kinds)), NULL));
  d->title = GTK_ENTRY (new_entry (NULL, _("Title")));
  date = date_field_new (&d->field, NULL);

  gtk_box_append (GTK_BOX (box), labelled (_("_Title"), GTK_WIDGET (d->title)));
  gtk_box_append (GTK_BOX (box), labelled (_("_Date"), date));
  gtk_box_append (GTK_BOX (box), labelled (_("_Kind"), GTK_WIDGET (d->kind)));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_set_response_enabled (dialog, "apply", FALSE);
  g_signal_connect_object (d->title, "changed", G_CALLBACK (on_add_changed), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (d->field.entry, "changed", G_CALLBACK (on_add_changed), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_response), self->window, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (d->title));
}

/* Merge with other events */

static int
compare_distance (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const CrStoreEvent *ea = *(CrStoreEvent * const *) a;
  const CrStoreEvent *eb = *(CrStoreEvent * const *) b;
  CrDay day = GPOINTER_TO_INT (user_data);
  gint64 da = llabs ((gint64) ea->first_day - day);
  gint64 db = llabs ((gint64) eb->first_day - day);

  return da < db ? -1 : da > db ? 1 : (ea->id < eb->id ? -1 : ea->id > eb->id);
}

static void
on_merge_toggled (AdwMessageDialog *dialog)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (dialog), "cr-merge-list");
  gboolean any = FALSE;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row && !any; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      any = gtk_check_button_get_active (GTK_CHECK_BUTTON (check));
    }
  adw_message_dialog_set_response_enabled (dialog, "apply", any);
}

static void
on_merge_response (GtkWidget        *window,
                   const char       *response,
                   AdwMessageDialog *dialog)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (dialog), "cr-merge-list");
  gint64 target = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "cr-merge-target"));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!g_str_equal (response, "apply"))
    return;
  g_array_append_val (ids, target);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "cr-event-id"));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_array_append_val (ids, id);
    }
  gtk_widget_activate_action (window, "edit.merge-events", "@ax",
                              g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids->data, ids->len, sizeof (gint64)));
}

void
_cr_library_editor_merge_dialog (CrLibraryEditor *self,
                                 gint64           event_id)
{
  g_autoptr(CrStoreEvent) event = NULL;
  g_autoptr(GPtrArray) events = NULL;
  CrStoreEventFilter filter;
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  GtkWidget *list, *scrolled;

  if (_cr_library_editor_ensure_writer (self, NULL) == NULL ||
      (event = cr_store_get_event (self->writer, event_id, NULL)) == NULL)
    return;
  cr_store_event_filter_init (&filter);
  filter.language = cr_ui_language ();
  if ((events = cr_store_list_events (self->writer, &filter, NULL)) == NULL)
    return;
  g_ptr_array_sort_with_data (events, compare_distance, GINT_TO_POINTER (event->first_day));

  dialog = new_dialog (self, _("Merge Events"), _("_Merge"));
  /* Translators: %s is the title of the event the others are merged into */
  body = g_strdup_printf (_("Choose the events that are the same as “%s”: their reports join it."), event->title);
  adw_message_dialog_set_body (dialog, body);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Events to merge"), -1);
  for (guint i = 0, n = 0; i < events->len && n < MERGE_CANDIDATES; i++)
    {
      CrStoreEvent *ev = g_ptr_array_index (events, i);
      g_autofree char *date = NULL;
      g_autofree char *head = NULL;
      g_autofree char *label = NULL;
      GtkWidget *check;

      if (ev->id == event_id)
        continue;
      date = cr_handout_format_date (ev->first_day, ev->last_day, ev->granularity);
      /* Translators: a date, then an event's kind */
      head = g_strdup_printf (_("%s · %s"), date, cr_event_kind_get_label (ev->kind));
      label = g_strdup_printf (_("%s · %s"), head, ev->title ? ev->title : "");
      check = gtk_check_button_new_with_label (label);
      g_object_set_data (G_OBJECT (check), "cr-event-id", GSIZE_TO_POINTER (ev->id));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_merge_toggled), dialog, G_CONNECT_SWAPPED);
      gtk_list_box_append (GTK_LIST_BOX (list), check);
      n++;
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (dialog, scrolled);
  adw_message_dialog_set_response_enabled (dialog, "apply", FALSE);
  g_object_set_data (G_OBJECT (dialog), "cr-merge-list", list);
  g_object_set_data (G_OBJECT (dialog), "cr-merge-target", GSIZE_TO_POINTER (event_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_merge_response), self->window, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The timeline's context menu */

static void
unparent_menu (gpointer data)
{
  GtkWidget *popover = data;

  if (gtk_widget_get_parent (popover) != NULL)
    gtk_widget_unparent (popover);
  g_object_unref (popover);
}

static void
on_menu_closed (CrLibraryEditor *self,
                GtkPopover      *popover)
{
  if (self->context_menu == popover)
    self->context_menu = NULL;
  /* After the chosen item's action ran, which looks it up through the
   * popover's parent. */
  g_idle_add_once (unparent_menu, g_object_ref (popover));
}

static void
popup_menu (CrLibraryEditor *self,
            CrTimelineView  *timeline,
            double           x,
            double           y)
{
  CrEventDetails *details = cr_library_view_get_event_details (self->view);
  GtkWidget *popover;

  _cr_library_editor_detach_context_menu (self);
  popover = gtk_popover_menu_new_from_model (cr_event_details_get_menu_model (details));
  gtk_widget_set_parent (popover, GTK_WIDGET (timeline));
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  g_signal_connect_object (popover, "closed", G_CALLBACK (on_menu_closed), self, G_CONNECT_SWAPPED);
  self->context_menu = GTK_POPOVER (popover);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static void
on_secondary_pressed (CrLibraryEditor *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  CrTimelineView *timeline = CR_TIMELINE_VIEW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
  CrTimelineLayout *layout = cr_timeline_view_get_layout (timeline);
  CrTimelineIndex *index = cr_timeline_view_get_index (timeline);
  const CrMark *mark = layout ? cr_timeline_layout_hit_test (layout, x, y) : NULL;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  /* The menu is about the event under the pointer. */
  if (mark != NULL && index != NULL && (mark->type == CR_MARK_POINT || mark->type == CR_MARK_SPAN))
    {
      const CrTimelineItem *items = cr_timeline_index_get_items (index, NULL);
      CrViewport *viewport = cr_timeline_view_get_viewport (timeline);

      cr_viewport_set_cursor (viewport, items[mark->item].id);
      cr_viewport_set_selection (viewport, items[mark->item].id);
    }
  popup_menu (self, timeline, x, y);
}

static gboolean
on_menu_key (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  CrLibraryEditor *self = user_data;
  CrTimelineView *timeline = CR_TIMELINE_VIEW (widget);
  CrViewport *viewport = cr_timeline_view_get_viewport (timeline);
  CrTimelineLayout *layout = cr_timeline_view_get_layout (timeline);
  CrTimelineIndex *index = cr_timeline_view_get_index (timeline);
  double x = gtk_widget_get_width (widget) / 2.0;
  double y = gtk_widget_get_height (widget) / 2.0;
  gint64 id;

  /* The keyboard cursor is what the menu is about when nothing is
   * selected. */
  if (cr_viewport_get_selection (viewport) <= 0 && cr_viewport_get_cursor (viewport) > 0)
    cr_viewport_set_selection (viewport, cr_viewport_get_cursor (viewport));
  id = cr_viewport_get_selection (viewport);

  /* Under the selected mark, when it is drawn. */
  if (layout != NULL && index != NULL && id > 0)
    {
      gsize n_items = 0;
      const CrTimelineItem *items = cr_timeline_index_get_items (index, &n_items);

      for (gsize i = 0; i < n_items; i++)
        if (items[i].id == id)
          {
            const CrMark *mark = cr_timeline_layout_find_item (layout, i);

            if (mark != NULL)
              {
                x = (mark->x0 + mark->x1) / 2;
                y = mark->y + mark->height / 2;
              }
            break;
          }
    }
  popup_menu (self, timeline, x, y);
  return TRUE;
}

/* The sidebar's context menu: the selected article's edits. */

static CrArticleRow *
selected_article (GtkListView *list)
{
  GtkSelectionModel *model = gtk_list_view_get_model (list);

  if (!GTK_IS_SINGLE_SELECTION (model))
    return NULL;
  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));
}

static void
popup_article_menu (CrLibraryEditor *self,
                    GtkListView     *list,
                    double           x,
                    double           y)
{
  CrArticleRow *row = selected_article (list);
  g_autoptr(GMenuModel) model = NULL;
  GtkWidget *popover;

  if (row == NULL)
    return;
  _cr_library_editor_detach_context_menu (self);
  model = cr_article_menu_new (cr_article_row_get_id (row), cr_article_row_get_language (row));
  popover = gtk_popover_menu_new_from_model (model);
  gtk_widget_set_parent (popover, GTK_WIDGET (list));
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  g_signal_connect_object (popover, "closed", G_CALLBACK (on_menu_closed), self, G_CONNECT_SWAPPED);
  self->context_menu = GTK_POPOVER (popover);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static void
on_article_secondary_pressed (CrLibraryEditor *self,
                              int              n_press,
                              double           x,
                              double           y,
                              GtkGestureClick *gesture)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *picked = gtk_widget_pick (list, x, y, GTK_PICK_DEFAULT);

  /* The menu is about the row under the pointer: select it, as a click
   * would (the rows' own action). */
  if (picked != NULL && picked != list)
    gtk_widget_activate_action (picked, "listitem.select", "(bb)", FALSE, FALSE);
}

static void
on_article_secondary_released (CrLibraryEditor *self,
                               int              n_press,
                               double           x,
                               double           y,
                               GtkGestureClick *gesture)
{
  GtkListView *list = GTK_LIST_VIEW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));

  /* The row under the pointer was selected on the press. */
  popup_article_menu (self, list, x, y);
}

static gboolean
on_article_menu_key (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  CrLibraryEditor *self = user_data;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  graphene_point_t point = GRAPHENE_POINT_INIT (12, 12);

  /* Under the focused row, when there is one. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    {
      graphene_point_t below = GRAPHENE_POINT_INIT (12, gtk_widget_get_height (focus));

      if (!gtk_widget_compute_point (focus, widget, &below, &point))
        point = GRAPHENE_POINT_INIT (12, 12);
    }
  popup_article_menu (self, GTK_LIST_VIEW (widget), point.x, point.y);
  return TRUE;
}

/* The Menu key and Shift+F10, which open a context menu, calling @func. */
static GtkEventController *
menu_key_controller (GtkShortcutFunc  func,
                     CrLibraryEditor *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Menu, 0),
                                                             gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK));

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (trigger, gtk_callback_action_new (func, self, NULL)));
  return shortcuts;
}

void
_cr_library_editor_attach_article_menu (CrLibraryEditor *self,
                                        GtkListView     *list)
{
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_article_secondary_pressed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "released", G_CALLBACK (on_article_secondary_released), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (list), GTK_EVENT_CONTROLLER (gesture));
  gtk_widget_add_controller (GTK_WIDGET (list), menu_key_controller (on_article_menu_key, self));
  g_signal_connect_object (list, "destroy", G_CALLBACK (_cr_library_editor_detach_context_menu),
                           self, G_CONNECT_SWAPPED);
}

void
_cr_library_editor_attach_context_menu (CrLibraryEditor *self,
                                        CrTimelineView  *timeline)
{
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_secondary_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (timeline), GTK_EVENT_CONTROLLER (gesture));
  gtk_widget_add_controller (GTK_WIDGET (timeline), menu_key_controller (on_menu_key, self));
  /* The timeline goes before the editor when the window closes. */
  g_signal_connect_object (timeline, "destroy", G_CALLBACK (_cr_library_editor_detach_context_menu),
                           self, G_CONNECT_SWAPPED);
}

void
_cr_library_editor_detach_context_menu (CrLibraryEditor *self)
{
  GtkPopover *popover = g_steal_pointer (&self->context_menu);

  if (popover != NULL && gtk_widget_get_parent (GTK_WIDGET (popover)) != NULL)
    gtk_widget_unparent (GTK_WIDGET (popover));
}
