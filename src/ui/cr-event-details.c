/* cr-event-details.c: the selected event's date, kind, actors and sources
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-event-details"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cr-event-details.h"
#include "cr-handout.h"
#include "cr-store-events.h"

/* Long titles in menus are cut to this many characters. */
#define MENU_LABEL_CHARS 48

struct _CrEventDetails
{
  GtkWidget       parent_instance;

  CrStore        *store;
  gint64          event_id;
  GMenu          *menu;

  /* Template widgets */
  GtkStack       *stack;
  GtkLabel       *title_label;
  GtkLabel       *when_label;
  GtkLabel       *who_label;
  GtkLabel       *sources_label;
  GtkMenuButton  *menu_button;
};

G_DEFINE_FINAL_TYPE (CrEventDetails, cr_event_details, GTK_TYPE_WIDGET)

/* @text cut for a menu item, its underscores doubled so that none is
 * taken for a mnemonic. */
static char *
menu_label (const char *text)
{
  g_autofree char *head = NULL;
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return g_strdup ("");
  if (g_utf8_strlen (text, -1) <= MENU_LABEL_CHARS)
    head = g_strdup (text);
  else
    {
      g_autofree char *cut = g_utf8_substring (text, 0, MENU_LABEL_CHARS - 1);

      head = g_strconcat (cut, "…", NULL);
    }
  parts = g_strsplit (head, "_", -1);
  return g_strjoinv ("__", parts);
}

/* cr_store_get_event() names entities in English; in Spanish the same
 * event is read again through the day filter, which takes a language. */
static CrStoreEvent *
dup_event (CrStore  *store,
           gint64    event_id,
           GError  **error)
{
  g_autoptr(CrStoreEvent) event = cr_store_get_event (store, event_id, error);
  CrStoreEventFilter filter;
  g_autoptr(GPtrArray) events = NULL;

  if (event == NULL || g_str_equal (cr_ui_language (), "en") || event->first_day == CR_DAY_UNKNOWN)
    return g_steal_pointer (&event);

  cr_store_event_filter_init (&filter);
  filter.from = event->first_day;
  filter.to = event->last_day;
  filter.language = cr_ui_language ();
  events = cr_store_list_events (store, &filter, NULL);
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      CrStoreEvent *ev = g_ptr_array_index (events, i);

      if (ev->id == event_id)
        return g_ptr_array_steal_index (events, i);
    }
  return g_steal_pointer (&event);
}

static char *
join_entities (GPtrArray *entities)
{
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; entities != NULL && i < entities->len; i++)
    {
      CrEventEntity *e = g_ptr_array_index (entities, i);

      if (str->len > 0)
        /* Translators: between the names of an event's participants */
        g_string_append (str, _(", "));
      g_string_append (str, e->name);
    }
  return g_string_free (g_steal_pointer (&str), FALSE);
}

GMenuModel *
cr_article_menu_new (gint64      article_id,
                     const char *language)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) langs = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  struct { const char *code; const char *label; } choices[] = {
    { "es", N_("Written in _Spanish") },
    { "en", N_("Written in _English") },
  };

  item = g_menu_item_new (_("Correct Publication _Date…"), NULL);
  g_menu_item_set_action_and_target (item, "edit.article-date", "x", article_id);
  g_menu_append_item (menu, item);
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autoptr(GMenuItem) lang_item = NULL;

      /* The article's present language is not offered. */
      if (g_strcmp0 (language, choices[i].code) == 0)
        continue;
      lang_item = g_menu_item_new (_(choices[i].label), NULL);
      g_menu_item_set_action_and_target (lang_item, "edit.article-language", "(xs)",
                                         article_id, choices[i].code);
      g_menu_append_item (langs, lang_item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (langs));
  {
    g_autoptr(GMenu) removal = g_menu_new ();
    g_autoptr(GMenuItem) remove_item = g_menu_item_new (_("_Remove from Library"), NULL);

    g_menu_item_set_action_and_target (remove_item, "edit.remove-article", "x", article_id);
    g_menu_append_item (removal, remove_item);
    g_menu_append_section (menu, NULL, G_MENU_MODEL (removal));
  }
  return G_MENU_MODEL (menu);
}

static GMenuModel *
kinds_menu (void)
{
  GMenu *kinds = g_menu_new ();

  for (CrEventKind k = 0; k < CR_N_EVENT_KINDS; k++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (cr_event_kind_get_label (k), NULL);

      g_menu_item_set_action_and_target (item, "edit.set-kind", "s", cr_event_kind_to_string (k));
      g_menu_append_item (kinds, item);
    }
  return G_MENU_MODEL (kinds);
}

/* The menu of the event shown, whose @mentions give the split and
 * article items; without an event (@mentions NULL) only what needs none. */
static void
fill_menu (CrEventDetails *self,
           GPtrArray      *mentions)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GMenu) split = g_menu_new ();
  g_autoptr(GMenu) sources = g_menu_new ();
  g_autoptr(GMenu) section = NULL;

  /* A new model each time: GTK 4.8's popover menus do not follow a
   * submenu that is taken out and put back. */
  g_clear_object (&self->menu);
  self->menu = g_menu_new ();

  for (guint i = 0; mentions != NULL && i < mentions->len; i++)
    {
      CrStoreEventMention *m = g_ptr_array_index (mentions, i);
      g_autofree char *title = menu_label (m->article_title);
      g_autofree char *text = menu_label (m->text);

      /* An event of one mention has nothing to split off. */
      if (mentions->len > 1)
        {
          g_autoptr(GMenuItem) item = NULL;
          /* Translators: a menu item: the date as written, then the title
           * of the article where it is written */
          g_autofree char *label = g_strdup_printf (_("“%s” in %s"), text, title);

          item = g_menu_item_new (label, NULL);
          g_menu_item_set_action_and_target (item, "edit.split", "x", m->mention_id);
          g_menu_append_item (split, item);
        }
      if (!g_hash_table_contains (seen, &m->article_id))
        {
          g_autoptr(GMenuModel) sub = cr_article_menu_new (m->article_id, m->language);

          g_hash_table_add (seen, &m->article_id);
          g_menu_append_submenu (sources, title, sub);
        }
    }

  if (mentions != NULL)
    {
      g_autoptr(GMenuModel) kinds = kinds_menu ();

      section = g_menu_new ();
      g_menu_append (section, _("_Rename…"), "edit.rename");
      g_menu_append (section, _("Change _Date…"), "edit.redate");
      g_menu_append_submenu (section, _("_Kind"), kinds);
      g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));
      g_clear_object (&section);

      section = g_menu_new ();
      g_menu_append (section, _("_Merge With…"), "edit.merge");
      if (g_menu_model_get_n_items (G_MENU_MODEL (split)) > 0)
        g_menu_append_submenu (section, _("_Split Off a Mention"), G_MENU_MODEL (split));
      g_menu_append (section, _("_Hide Event"), "edit.hide");
      g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));
      g_clear_object (&section);

      if (g_menu_model_get_n_items (G_MENU_MODEL (sources)) > 0)
        {
          section = g_menu_new ();
          g_menu_append_submenu (section, _("_Articles"), G_MENU_MODEL (sources));
          g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));
          g_clear_object (&section);
        }
    }

  section = g_menu_new ();
  g_menu_append (section, _("_Add Event…"), "edit.add-event");
  g_menu_append (section, _("Re-extract _Library"), "edit.reextract");
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));
  if (self->menu_button != NULL)
    gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (self->menu));
}

static void
cr_event_details_dispose (GObject *object)
{
  CrEventDetails *self = CR_EVENT_DETAILS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_EVENT_DETAILS);
  g_clear_object (&self->menu);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cr_event_details_parent_class)->dispose (object);
}

static void
cr_event_details_class_init (CrEventDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_event_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/cr-event-details.ui");
  gtk_widget_class_bind_template_child (widget_class, CrEventDetails, stack);
  gtk_widget_class_bind_template_child (widget_class, CrEventDetails, title_label);
  gtk_widget_class_bind_template_child (widget_class, CrEventDetails, when_label);
  gtk_widget_class_bind_template_child (widget_class, CrEventDetails, who_label);
  gtk_widget_class_bind_template_child (widget_class, CrEventDetails, sources_label);
  gtk_widget_class_bind_template_child (widget_class, CrEventDetails, menu_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventdetails");
}

static void
cr_event_details_init (CrEventDetails *self)
{
  self->event_id = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_menu (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "none");
}

GtkWidget *
cr_event_details_new (void)
{
  return g_object_new (CR_TYPE_EVENT_DETAILS, NULL);
}

void
cr_event_details_set_store (CrEventDetails *self,
                            CrStore        *store)
{
  g_return_if_fail (CR_IS_EVENT_DETAILS (self));
  g_return_if_fail (store == NULL || CR_IS_STORE (store));

  g_set_object (&self->store, store);
  cr_event_details_show_event (self, -1, NULL);
}

gboolean
cr_event_details_show_event (CrEventDetails  *self,
                             gint64           event_id,
                             GError         **error)
{
  g_autoptr(CrStoreEvent) event = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *when = NULL;
  g_autofree char *who = NULL;
  g_autofree char *people = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *accessible = NULL;

  g_return_val_if_fail (CR_IS_EVENT_DETAILS (self), FALSE);

  self->event_id = -1;
  if (self->store == NULL || event_id <= 0)
    {
      fill_menu (self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return TRUE;
    }

  event = dup_event (self->store, event_id, &local_error);
  if (event == NULL || event->hidden)
    {
      fill_menu (self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
      /* Gone since it was selected: hidden, merged or undone. */
      if (event != NULL || g_error_matches (local_error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  mentions = cr_store_get_event_mentions (self->store, event_id, error);
  if (mentions == NULL)
    return FALSE;

  self->event_id = event_id;
  date = cr_handout_format_date (event->first_day, event->last_day, event->granularity);
  if (date[0] == '\0')
    {
      g_free (date);
      date = g_strdup (event->value);
    }
  /* Translators: an event's date, then its kind: "3 September 2025 · Meeting" */
  when = g_strdup_printf (_("%s · %s"), date, cr_event_kind_get_label (event->kind));

  people = join_entities (event->participants);
  if (people[0] != '\0' && event->place != NULL)
    /* Translators: who took part in an event, then where it happened */
    who = g_strdup_printf (_("%s · in %s"), people, event->place->name);
  else if (event->place != NULL)
    /* Translators: where an event happened */
    who = g_strdup_printf (_("In %s"), event->place->name);
  else
    who = g_steal_pointer (&people);

  sources = g_strdup_printf (ngettext ("Reported by %u article", "Reported by %u articles", event->n_articles),
                             event->n_articles);

  gtk_label_set_text (self->title_label, event->title ? event->title : "");
  gtk_label_set_text (self->when_label, when);
  gtk_label_set_text (self->who_label, who ? who : "");
  gtk_widget_set_visible (GTK_WIDGET (self->who_label), who != NULL && who[0] != '\0');
  gtk_label_set_text (self->sources_label, sources);
  accessible = g_strdup_printf ("%s. %s. %s", event->title ? event->title : "", when, sources);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, accessible, -1);

  fill_menu (self, mentions);
  gtk_stack_set_visible_child_name (self->stack, "event");
  return TRUE;
}

gint64
cr_event_details_get_event (CrEventDetails *self)
{
  g_return_val_if_fail (CR_IS_EVENT_DETAILS (self), -1);

  return self->event_id;
}

GMenuModel *
cr_event_details_get_menu_model (CrEventDetails *self)
{
  g_return_val_if_fail (CR_IS_EVENT_DETAILS (self), NULL);

  return G_MENU_MODEL (self->menu);
}

const char *
cr_ui_language (void)
{
  const char * const *names = g_get_language_names ();

  /* The first name is the one the catalogues are looked up with. */
  return names[0] != NULL && g_str_has_prefix (names[0], "es") ? "es" : "en";
}
