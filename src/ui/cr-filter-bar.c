/* cr-filter-bar.c: the library's filters as a menu and removable chips
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-filter-bar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cr-calendar.h"
#include "cr-date-extractor.h"
#include "cr-event-details.h"
#include "cr-filter-bar.h"
#include "cr-store-events.h"

struct _CrFilterBar
{
  GtkWidget        parent_instance;

  CrLibraryFilter *filter;
  CrStore         *store;
  GPtrArray       *entities;        /* CrEventEntity*, as the menu lists them */
  GPtrArray       *sources;         /* char* */
  gboolean         updating;        /* the menu follows the filter: no feedback */

  GtkWidget       *menu_button;
  GtkWidget       *chips;           /* GtkBox of chip buttons */
  GtkWidget       *kind_checks[CR_N_EVENT_KINDS];
  GtkWidget       *language_drop;
  GtkWidget       *source_drop;
  GtkWidget       *entity_drop;
  GtkWidget       *from_entry;
  GtkWidget       *to_entry;
};

G_DEFINE_FINAL_TYPE (CrFilterBar, cr_filter_bar, GTK_TYPE_WIDGET)

static const char * const languages[] = { NULL, "es", "en" };

static CrDay
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return cr_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                          g_date_time_get_day_of_month (now));
}

gboolean
cr_filter_bar_parse_period (const char *text,
                            CrDay      *first,
                            CrDay      *last)
{
  CrLanguage order[2];

  g_return_val_if_fail (first != NULL && last != NULL, FALSE);

  if (text == NULL || *text == '\0')
    return FALSE;
  order[0] = g_str_equal (cr_ui_language (), "es") ? CR_LANGUAGE_ES : CR_LANGUAGE_EN;
  order[1] = order[0] == CR_LANGUAGE_ES ? CR_LANGUAGE_EN : CR_LANGUAGE_ES;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(GArray) found = cr_date_extract (text, -1, order[i], today (), NULL);

      for (guint j = 0; found != NULL && j < found->len; j++)
        {
          const CrTimex *timex = &g_array_index (found, CrTimex, j);

          if (timex->first_day == CR_DAY_UNKNOWN)
            continue;
          *first = timex->first_day;
          *last = timex->last_day != CR_DAY_UNKNOWN ? timex->last_day : timex->first_day;
          return TRUE;
        }
    }
  return FALSE;
}

static char *
format_day (CrDay day)
{
  int year, month, mday;
  g_autoptr(GDateTime) date = NULL;

  cr_day_to_ymd (day, &year, &month, &mday);
  date = g_date_time_new_utc (year, month, mday, 0, 0, 0);
  /* Translators: a date in a filter chip, a strftime() format. */
  return date ? g_date_time_format (date, _("%-d %b %Y")) : g_strdup ("?");
}

static const char *
language_label (const char *code)
{
  if (g_strcmp0 (code, "es") == 0)
    return _("Spanish");
  if (g_strcmp0 (code, "en") == 0)
    return _("English");
  return code;
}

static const char *
entity_name (CrFilterBar *self,
             const char  *id)
{
  for (guint i = 0; self->entities != NULL && i < self->entities->len; i++)
    {
      CrEventEntity *entity = g_ptr_array_index (self->entities, i);

      if (g_strcmp0 (entity->id, id) == 0)
        return entity->name;
    }
  return id;
}

/* A chip removes one condition when clicked. */
typedef void (*ChipRemove) (CrFilterBar *self,
                            guint        data);

static void
on_chip_clicked (GtkButton   *button,
                 CrFilterBar *self)
{
  ChipRemove remove = g_object_get_data (G_OBJECT (button), "remove");
  guint data = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "data"));

  remove (self, data);
}

static void
add_chip (CrFilterBar *self,
          const char  *label,
          ChipRemove   remove,
          guint        data)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  g_autofree char *accessible = NULL;

  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "window-close-symbolic");
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "filter-chip");
  gtk_widget_set_tooltip_text (button, _("Remove this filter"));
  /* Translators: the accessible name of a filter chip; %s is the filter. */
  accessible = g_strdup_printf (_("Remove filter: %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data (G_OBJECT (button), "remove", remove);
  g_object_set_data (G_OBJECT (button), "data", GUINT_TO_POINTER (data));
  g_signal_connect (button, "clicked", G_CALLBACK (on_chip_clicked), self);
  gtk_box_append (GTK_BOX (self->chips), button);
}

static void
remove_kind (CrFilterBar *self,
             guint        kind)
{
  cr_library_filter_set_kinds (self->filter, cr_library_filter_get_kinds (self->filter) & ~(1u << kind));
}

static void
remove_language (CrFilterBar *self,
                 guint        data)
{
  cr_library_filter_set_language (self->filter, NULL);
}

static void
remove_source (CrFilterBar *self,
               guint        data)
{
  cr_library_filter_set_source (self->filter, NULL);
}

static void
remove_entity (CrFilterBar *self,
               guint        data)
{
  cr_library_filter_set_entity (self->filter, NULL);
}

static void
remove_range (CrFilterBar *self,
              guint        data)
{
  cr_library_filter_set_range (self->filter, CR_DAY_UNKNOWN, CR_DAY_UNKNOWN);
}

static void
remove_query (CrFilterBar *self,
              guint        data)
{
  cr_library_filter_set_query (self->filter, NULL);
}

static void
remove_all (CrFilterBar *self,
            guint        data)
{
  cr_library_filter_clear (self->filter);
}

static char *
range_label (CrDay first,
             CrDay last)
{
  g_autofree char *from = first != CR_DAY_UNKNOWN ? format_day (first) : NULL;
  g_autofree char *to = last != CR_DAY_UNKNOWN ? format_day (last) : NULL;

  if (from != NULL && to != NULL)
    /* Translators: a date range filter, "3 sept 2025 – 10 sept 2025". */
    return g_strdup_printf (_("%s – %s"), from, to);
  if (from != NULL)
    /* Translators: a date range open at the end; %s is a date. */
    return g_strdup_printf (_("Since %s"), from);
  /* Translators: a date range open at the start; %s is a date. */
  return g_strdup_printf (_("Until %s"), to);
}

static void
rebuild_chips (CrFilterBar *self)
{
  GtkWidget *child;
  guint kinds = cr_library_filter_get_kinds (self->filter);
  const char *language = cr_library_filter_get_language (self->filter);
  const char *source = cr_library_filter_get_source (self->filter);
  const char *entity = cr_library_filter_get_entity (self->filter);
  const char *query = cr_library_filter_get_query (self->filter);
  CrDay first, last;

  while ((child = gtk_widget_get_first_child (self->chips)) != NULL)
    gtk_box_remove (GTK_BOX (self->chips), child);

  for (guint k = 0; k < CR_N_EVENT_KINDS; k++)
    if (kinds & (1u << k))
      add_chip (self, cr_event_kind_get_label (k), remove_kind, k);
  if (language != NULL)
    add_chip (self, language_label (language), remove_language, 0);
  if (source != NULL)
    add_chip (self, source, remove_source, 0);
  if (entity != NULL)
    add_chip (self, entity_name (self, entity), remove_entity, 0);
  cr_library_filter_get_range (self->filter, &first, &last);
  if (first != CR_DAY_UNKNOWN || last != CR_DAY_UNKNOWN)
    {
      g_autofree char *label = range_label (first, last);

      add_chip (self, label, remove_range, 0);
    }
  if (query != NULL)
    {
      /* Translators: the chip of a text search; %s is what was typed. */
      g_autofree char *label = g_strdup_printf (_("“%s”"), query);

      add_chip (self, label, remove_query, 0);
    }
  if (!cr_library_filter_is_empty (self->filter))
    add_chip (self, _("Clear All"), remove_all, 0);
  gtk_widget_set_visible (self->chips, !cr_library_filter_is_empty (self->filter));
}

static guint
find_string (GPtrArray  *strings,
             const char *value)
{
  for (guint i = 0; value != NULL && strings != NULL && i < strings->len; i++)
    if (g_strcmp0 (g_ptr_array_index (strings, i), value) == 0)
      return i + 1;
  return 0;
}

/* The menu shows what the filter holds, whoever changed it. */
static void
sync_menu (CrFilterBar *self)
{
  guint kinds;
  const char *entity;
  guint entity_pos = 0;

  if (self->filter == NULL)
    return;
  kinds = cr_library_filter_get_kinds (self->filter);
  entity = cr_library_filter_get_entity (self->filter);

  self->updating = TRUE;
  for (guint k = 0; k < CR_N_EVENT_KINDS; k++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->kind_checks[k]), (kinds & (1u << k)) != 0);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (languages[i], cr_library_filter_get_language (self->filter)) == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->language_drop), i);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->source_drop),
                              find_string (self->sources, cr_library_filter_get_source (self->filter)));
  for (guint i = 0; entity != NULL && self->entities != NULL && i < self->entities->len; i++)
    if (g_strcmp0 (((CrEventEntity *) g_ptr_array_index (self->entities, i))->id, entity) == 0)
      entity_pos = i + 1;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->entity_drop), entity_pos);
  self->updating = FALSE;
}

static void
on_filter_changed (CrFilterBar *self)
{
  rebuild_chips (self);
  sync_menu (self);
}

static void
on_kind_toggled (GtkCheckButton *check,
                 CrFilterBar    *self)
{
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "kind"));
  guint kinds = cr_library_filter_get_kinds (self->filter);

  if (self->updating || self->filter == NULL)
    return;
  if (gtk_check_button_get_active (check))
    kinds |= 1u << kind;
  else
    kinds &= ~(1u << kind);
  cr_library_filter_set_kinds (self->filter, kinds);
}

static void
on_language_selected (GtkDropDown *drop,
                      GParamSpec  *pspec,
                      CrFilterBar *self)
{
  guint i = gtk_drop_down_get_selected (drop);

  if (!self->updating && self->filter != NULL && i < G_N_ELEMENTS (languages))
    cr_library_filter_set_language (self->filter, languages[i]);
}

static void
on_source_selected (GtkDropDown *drop,
                    GParamSpec  *pspec,
                    CrFilterBar *self)
{
  guint i = gtk_drop_down_get_selected (drop);

  if (self->updating || self->filter == NULL || i == GTK_INVALID_LIST_POSITION)
    return;
  cr_library_filter_set_source (self->filter,
                                i == 0 || self->sources == NULL || i > self->sources->len
                                ? NULL : g_ptr_array_index (self->sources, i - 1));
}

static void
on_entity_selected (GtkDropDown *drop,
                    GParamSpec  *pspec,
                    CrFilterBar *self)
{
  guint i = gtk_drop_down_get_selected (drop);
  CrEventEntity *entity;

  if (self->updating || self->filter == NULL || i == GTK_INVALID_LIST_POSITION)
    return;
  entity = i == 0 || self->entities == NULL || i > self->entities->len
           ? NULL : g_ptr_array_index (self->entities, i - 1);
  cr_library_filter_set_entity (self->filter, entity ? entity->id : NULL);
}

/* Both entries together make the range; a date that names a period
 * ("junio de 2024") counts from its first day or to its last. */
static void
on_range_activate (GtkEntry    *entry,
                   CrFilterBar *self)
{
  const char *from_text;
  const char *to_text;
  CrDay first = CR_DAY_UNKNOWN, last = CR_DAY_UNKNOWN, ignored;
  gboolean from_ok, to_ok;

  if (self->filter == NULL)
    return;
  from_text = gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
  to_text = gtk_editable_get_text (GTK_EDITABLE (self->to_entry));
  from_ok = *from_text == '\0' || cr_filter_bar_parse_period (from_text, &first, &ignored);
  to_ok = *to_text == '\0' || cr_filter_bar_parse_period (to_text, &ignored, &last);

  if (from_ok)
    gtk_widget_remove_css_class (self->from_entry, "error");
  else
    gtk_widget_add_css_class (self->from_entry, "error");
  if (to_ok)
    gtk_widget_remove_css_class (self->to_entry, "error");
  else
    gtk_widget_add_css_class (self->to_entry, "error");
  if (!from_ok || !to_ok)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s",
                                  _("That is not a date Cronista understands. Try “3 de septiembre de 2025”, “June 2024” or “2025-09-03”."));
      return;
    }
  if (first != CR_DAY_UNKNOWN && last != CR_DAY_UNKNOWN && first > last)
    {
      CrDay swap = first;

      first = last;
      last = swap;
    }
  cr_library_filter_set_range (self->filter, first, last);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

static GtkWidget *
labelled_drop_down (GtkWidget  *box,
                    const char *title,
                    GCallback   callback,
                    gpointer    data)
{
  GtkWidget *drop = gtk_drop_down_new_from_strings ((const char * const[]) { "", NULL });

  gtk_box_append (GTK_BOX (box), heading (title));
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect (drop, "notify::selected", callback, data);
  gtk_box_append (GTK_BOX (box), drop);
  return drop;
}

/* The entities and sources of the library, read when the menu opens so
 * that they follow imports and edits. */
static void
refresh_choices (CrFilterBar *self)
{
  g_autoptr(GtkStringList) entity_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) source_names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  if (self->store != NULL)
    {
      self->entities = cr_store_list_entities (self->store, cr_ui_language (), NULL, NULL, NULL);
      self->sources = cr_library_list_sources (self->store, NULL);
    }
  gtk_string_list_append (entity_names, _("Anyone or anywhere"));
  for (guint i = 0; self->entities != NULL && i < self->entities->len; i++)
    gtk_string_list_append (entity_names, ((CrEventEntity *) g_ptr_array_index (self->entities, i))->name);
  gtk_string_list_append (source_names, _("Any source"));
  for (guint i = 0; self->sources != NULL && i < self->sources->len; i++)
    gtk_string_list_append (source_names, g_ptr_array_index (self->sources, i));

  self->updating = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->entity_drop), G_LIST_MODEL (entity_names));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->source_drop), G_LIST_MODEL (source_names));
  self->updating = FALSE;
  sync_menu (self);
}

static GtkWidget *
build_menu (CrFilterBar *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *kinds = gtk_flow_box_new ();
  GtkWidget *range = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *popover = gtk_popover_new ();
  g_autoptr(GtkStringList) language_names = gtk_string_list_new (NULL);

  gtk_box_append (GTK_BOX (box), heading (_("Kind of Event")));
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (kinds), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (kinds), 2);
  for (guint k = 0; k < CR_N_EVENT_KINDS; k++)
    {
      self->kind_checks[k] = gtk_check_button_new_with_label (cr_event_kind_get_label (k));
      g_object_set_data (G_OBJECT (self->kind_checks[k]), "kind", GUINT_TO_POINTER (k));
      g_signal_connect (self->kind_checks[k], "toggled", G_CALLBACK (on_kind_toggled), self);
      gtk_flow_box_append (GTK_FLOW_BOX (kinds), self->kind_checks[k]);
    }
  gtk_box_append (GTK_BOX (box), kinds);

  self->language_drop = labelled_drop_down (box, _("Language"), G_CALLBACK (on_language_selected), self);
  gtk_string_list_append (language_names, _("Any language"));
  gtk_string_list_append (language_names, _("Spanish"));
  gtk_string_list_append (language_names, _("English"));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->language_drop), G_LIST_MODEL (language_names));
  self->entity_drop = labelled_drop_down (box, _("Participant or Place"), G_CALLBACK (on_entity_selected), self);
  self->source_drop = labelled_drop_down (box, _("Source"), G_CALLBACK (on_source_selected), self);

  gtk_box_append (GTK_BOX (box), heading (_("Dates")));
  self->from_entry = gtk_entry_new ();
  self->to_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->from_entry), _("From"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->to_entry), _("To"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->from_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("From date"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->to_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("To date"), -1);
  gtk_widget_set_tooltip_text (self->from_entry, _("A date or a period, such as “junio de 2024” or “2025-09-03”; press Enter"));
  gtk_widget_set_tooltip_text (self->to_entry, _("A date or a period, such as “junio de 2024” or “2025-09-03”; press Enter"));
  g_signal_connect (self->from_entry, "activate", G_CALLBACK (on_range_activate), self);
  g_signal_connect (self->to_entry, "activate", G_CALLBACK (on_range_activate), self);
  gtk_box_append (GTK_BOX (range), self->from_entry);
  gtk_box_append (GTK_BOX (range), self->to_entry);
  gtk_box_append (GTK_BOX (box), range);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (refresh_choices), self);
  return popover;
}

static void
cr_filter_bar_dispose (GObject *object)
{
  CrFilterBar *self = CR_FILTER_BAR (object);
  GtkWidget *child;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cr_filter_bar_parent_class)->dispose (object);
}

static void
cr_filter_bar_class_init (CrFilterBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cr_filter_bar_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "filterbar");
}

static void
cr_filter_bar_init (CrFilterBar *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_HORIZONTAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->menu_button), _("_Filters"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (self->menu_button), TRUE);
  gtk_widget_set_tooltip_text (self->menu_button, _("Filter events and articles"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->menu_button), build_menu (self));
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));

  self->chips = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chips), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Active filters"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->chips);
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_widget_set_valign (scroller, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (scroller, GTK_WIDGET (self));
  gtk_widget_set_visible (self->chips, FALSE);
}

GtkWidget *
cr_filter_bar_new (void)
{
  return g_object_new (CR_TYPE_FILTER_BAR, NULL);
}

void
cr_filter_bar_set_filter (CrFilterBar     *self,
                          CrLibraryFilter *filter)
{
  g_return_if_fail (CR_IS_FILTER_BAR (self));
  g_return_if_fail (filter == NULL || CR_IS_LIBRARY_FILTER (filter));

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter == NULL)
    return;
  g_signal_connect_swapped (filter, "changed", G_CALLBACK (on_filter_changed), self);
  on_filter_changed (self);
}

CrLibraryFilter *
cr_filter_bar_get_filter (CrFilterBar *self)
{
  g_return_val_if_fail (CR_IS_FILTER_BAR (self), NULL);
  return self->filter;
}

void
cr_filter_bar_set_store (CrFilterBar *self,
                         CrStore     *store)
{
  g_return_if_fail (CR_IS_FILTER_BAR (self));
  g_return_if_fail (store == NULL || CR_IS_STORE (store));

  /* The choices are read when the menu opens. */
  g_set_object (&self->store, store);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
}
