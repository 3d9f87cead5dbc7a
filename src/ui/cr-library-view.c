/* cr-library-view.c: a library's articles, timeline and texts, linked
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-library-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cr-event-details.h"
#include "cr-library-view.h"
#include "cr-store-event-source.h"
#include "cr-store-events.h"
#include "cr-timeline-model.h"

struct _CrLibraryView
{
  GtkWidget           parent_instance;

  CrStore            *store;
  CrStoreEventSource *source;
  CrTimelineModel    *model;
  CrArticleList      *articles;
  GtkSingleSelection *article_selection;
  GBinding           *index_binding;

  /* Template widgets */
  AdwFlap            *flap;
  GtkSearchEntry     *search_entry;
  GtkListView        *article_list_view;
  CrTimelineView     *timeline_view;
  CrArticlePane      *article_pane;
  CrEventDetails     *event_details;
};

G_DEFINE_FINAL_TYPE (CrLibraryView, cr_library_view, GTK_TYPE_WIDGET)

static void
setup_article_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

static void
bind_article_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  CrArticleRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *details = gtk_widget_get_next_sibling (title);
  g_autofree char *events = NULL;
  g_autofree char *text = NULL;
  const char *date = cr_article_row_get_date (row);
  const char *lang = cr_article_row_get_language (row);

  events = g_strdup_printf (ngettext ("%u event", "%u events", cr_article_row_get_n_events (row)),
                            cr_article_row_get_n_events (row));
  text = g_strdup_printf ("%s%s%s · %s · %s", date ? date : "", date ? " · " : "",
                          lang && *lang ? lang : "?", events, cr_article_row_get_source (row));
  gtk_label_set_text (GTK_LABEL (title), cr_article_row_get_title (row));
  gtk_label_set_text (GTK_LABEL (details), text);
  gtk_widget_set_tooltip_text (box, cr_article_row_get_source (row));
}

/* Non-fatal: the window shows it in a toast. */
static void
show_error (CrLibraryView *self,
            GError        *error)
{
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message))
    g_warning ("%s", error->message);
}

static void
on_selection_changed (CrLibraryView *self,
                      GParamSpec    *pspec,
                      CrViewport    *viewport)
{
  g_autoptr(GError) error = NULL;
  gint64 id = cr_viewport_get_selection (viewport);

  g_assert (CR_IS_LIBRARY_VIEW (self));

  if (!cr_event_details_show_event (self->event_details, id, &error))
    {
      show_error (self, error);
      g_clear_error (&error);
    }
  if (id <= 0)
    return;
  if (!cr_article_pane_show_event (self->article_pane, id, &error))
    show_error (self, error);
}

/* A date clicked in the text: select its event and bring it into view. */
static void
on_event_activated (CrLibraryView *self,
                    gint64         event_id,
                    CrArticlePane *pane)
{
  g_assert (CR_IS_LIBRARY_VIEW (self));

  cr_library_view_select_event (self, event_id);
}

static void
on_article_selected (CrLibraryView      *self,
                     GParamSpec         *pspec,
                     GtkSingleSelection *selection)
{
  g_autoptr(GError) error = NULL;
  CrArticleRow *row = gtk_single_selection_get_selected_item (selection);

  g_assert (CR_IS_LIBRARY_VIEW (self));

  if (row == NULL)
    return;
  if (!cr_article_pane_show_article (self->article_pane, cr_article_row_get_id (row), &error))
    show_error (self, error);
}

static void
on_search_changed (CrLibraryView  *self,
                   GtkSearchEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert (CR_IS_LIBRARY_VIEW (self));

  if (self->articles != NULL &&
      !cr_article_list_set_query (self->articles, gtk_editable_get_text (GTK_EDITABLE (entry)), &error))
    show_error (self, error);
}

static void
cr_library_view_dispose (GObject *object)
{
  CrLibraryView *self = CR_LIBRARY_VIEW (object);

  g_clear_pointer (&self->index_binding, g_binding_unbind);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_LIBRARY_VIEW);
  g_clear_object (&self->article_selection);
  g_clear_object (&self->articles);
  g_clear_object (&self->model);
  g_clear_object (&self->source);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cr_library_view_parent_class)->dispose (object);
}

static void
cr_library_view_class_init (CrLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_library_view_dispose;

  g_type_ensure (CR_TYPE_TIMELINE_VIEW);
  g_type_ensure (CR_TYPE_ARTICLE_PANE);
  g_type_ensure (CR_TYPE_EVENT_DETAILS);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/cr-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, flap);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, article_list_view);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, article_pane);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, event_details);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cr_library_view_init (CrLibraryView *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_article_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_article_row), NULL);
  gtk_list_view_set_factory (self->article_list_view, factory);
  g_object_unref (factory);

  g_signal_connect_object (cr_timeline_view_get_viewport (self->timeline_view), "notify::selection",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->article_pane, "event-activated",
                           G_CALLBACK (on_event_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
cr_library_view_new (void)
{
  return g_object_new (CR_TYPE_LIBRARY_VIEW, NULL);
}

gboolean
cr_library_view_set_store (CrLibraryView  *self,
                           CrStore        *store,
                           GError        **error)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), FALSE);
  g_return_val_if_fail (CR_IS_STORE (store), FALSE);

  g_clear_pointer (&self->index_binding, g_binding_unbind);
  g_clear_object (&self->article_selection);
  g_clear_object (&self->articles);
  g_clear_object (&self->model);
  g_clear_object (&self->source);
  g_set_object (&self->store, store);

  self->source = cr_store_event_source_new (store);
  self->model = cr_timeline_model_new (CR_EVENT_SOURCE (self->source));
  self->index_binding = g_object_bind_property (self->model, "index", self->timeline_view, "index",
                                                G_BINDING_SYNC_CREATE);
  self->articles = cr_article_list_new (store);
  self->article_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->articles)));
  gtk_single_selection_set_autoselect (self->article_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->article_selection, TRUE);
  g_signal_connect_object (self->article_selection, "notify::selected",
                           G_CALLBACK (on_article_selected), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->article_list_view, GTK_SELECTION_MODEL (self->article_selection));
  cr_article_pane_set_store (self->article_pane, store);
  cr_event_details_set_store (self->event_details, store);

  return cr_library_view_reload (self, error);
}

gboolean
cr_library_view_reload (CrLibraryView  *self,
                        GError        **error)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  /* The details of the selected event may have changed with the library. */
  return cr_timeline_model_reload (self->model, error) &&
         cr_article_list_reload (self->articles, error) &&
         cr_event_details_show_event (self->event_details, cr_library_view_get_selected_event (self), error);
}

void
cr_library_view_select_event (CrLibraryView *self,
                              gint64         event_id)
{
  CrViewport *viewport;
  const CrEventSummary *summary;

  g_return_if_fail (CR_IS_LIBRARY_VIEW (self));

  viewport = cr_timeline_view_get_viewport (self->timeline_view);
  summary = self->model ? cr_timeline_model_lookup (self->model, event_id) : NULL;
  if (summary != NULL)
    cr_viewport_go_to_date (viewport, summary->first_day);
  cr_viewport_set_cursor (viewport, event_id);
  cr_viewport_set_selection (viewport, event_id);
}

gint64
cr_library_view_get_selected_event (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), -1);

  return cr_viewport_get_selection (cr_timeline_view_get_viewport (self->timeline_view));
}

CrArticleList *
cr_library_view_get_article_list (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), NULL);
  return self->articles;
}

CrTimelineView *
cr_library_view_get_timeline_view (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), NULL);
  return self->timeline_view;
}

CrArticlePane *
cr_library_view_get_article_pane (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), NULL);
  return self->article_pane;
}

CrEventDetails *
cr_library_view_get_event_details (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), NULL);
  return self->event_details;
}

static int
compare_items_by_date (gconstpointer a,
                       gconstpointer b)
{
  const CrTimelineItem *x = *(const CrTimelineItem * const *) a;
  const CrTimelineItem *y = *(const CrTimelineItem * const *) b;

  if (x->first_day != y->first_day)
    return x->first_day < y->first_day ? -1 : 1;
  return (x->id > y->id) - (x->id < y->id);
}

/**
 * cr_library_view_get_visible_events:
 *
 * Returns: (transfer full): a #GArray of gint64 event ids, in date order
 */
GArray *
cr_library_view_get_visible_events (CrLibraryView *self)
{
  CrTimelineIndex *index;
  const CrTimelineItem *items = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gsize n_items = 0;

  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), ids);

  index = self->model ? cr_timeline_model_get_index (self->model) : NULL;
  if (index != NULL)
    items = cr_timeline_index_get_items (index, &n_items);
  sorted = g_ptr_array_sized_new (n_items);
  for (gsize i = 0; i < n_items; i++)
    if (items[i].first_day != CR_DAY_UNKNOWN)
      g_ptr_array_add (sorted, (gpointer) &items[i]);
  g_ptr_array_sort (sorted, compare_items_by_date);
  for (guint i = 0; i < sorted->len; i++)
    g_array_append_val (ids, ((const CrTimelineItem *) g_ptr_array_index (sorted, i))->id);
  return ids;
}
