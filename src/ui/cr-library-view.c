/* cr-library-view.c: a library's articles, timeline and texts, linked
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-library-view"

#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gi18n.h>

#include "cr-article-row-factory.h"
#include "cr-calendar.h"
#include "cr-event-details.h"
#include "cr-events-list.h"
#include "cr-filter-bar.h"
#include "cr-filtered-event-source.h"
#include "cr-library-view.h"
#include "cr-store-event-source.h"
#include "cr-store-events.h"
#include "cr-timeline-model.h"

struct _CrLibraryView
{
  GtkWidget           parent_instance;

  CrStore            *store;
  CrStoreEventSource *source;
  CrLibraryFilter    *filter;
  CrFilteredEventSource *filtered;
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
  CrFilterBar        *filter_bar;
  GtkStack           *view_stack;
  GtkPaned           *paned;
  CrLaneGrouping      grouping;
  guint               reload_source;
  guint               reload_part;
  GdkFrameClock      *reload_clock;    /* waited on between two parts */
  gulong              reload_frame_handler;
  guint               reload_timeout;
  GtkWidget          *compare_box;
  CrArticlePane      *compare_pane;
  CrEventsList       *events_list;
  CrEventDetails     *event_details;
};

G_DEFINE_FINAL_TYPE (CrLibraryView, cr_library_view, GTK_TYPE_WIDGET)

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

/* An event opened on the timeline (double click, Enter): its articles
 * take the keyboard focus, to be read. */
static void
on_timeline_event_activated (CrLibraryView  *self,
                             gint64          event_id,
                             CrTimelineView *timeline)
{
  g_autoptr(GError) error = NULL;

  g_assert (CR_IS_LIBRARY_VIEW (self));

  if (!cr_article_pane_show_event (self->article_pane, event_id, &error))
    show_error (self, error);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->article_pane));
}

static GHashTable *article_events (CrLibraryView *self,
                                   gint64         article_id);

/* Both panes, with the events their two articles share marked. */
static void
refresh_comparison (CrLibraryView *self,
                    gint64         main_article)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) shared = NULL;
  gint64 other = cr_article_pane_get_article (self->compare_pane);

  if (main_article > 0 && other > 0)
    {
      g_autoptr(GHashTable) theirs = article_events (self, other);
      GHashTableIter iter;
      gpointer key;

      shared = article_events (self, main_article);
      g_hash_table_iter_init (&iter, shared);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (!g_hash_table_contains (theirs, key))
          g_hash_table_iter_remove (&iter);
    }
  cr_article_pane_set_shared_events (self->article_pane, shared);
  cr_article_pane_set_shared_events (self->compare_pane, shared);
  if ((main_article > 0 && !cr_article_pane_show_article (self->article_pane, main_article, &error)) ||
      (other > 0 && !cr_article_pane_show_article (self->compare_pane, other, &error)))
    show_error (self, error);
}

static void
on_article_selected (CrLibraryView      *self,
                     GParamSpec         *pspec,
                     GtkSingleSelection *selection)
{
  g_autoptr(GError) error = NULL;
  CrArticleRow *row = gtk_single_selection_get_selected_item (selection);

  g_assert (CR_IS_LIBRARY_VIEW (self));

  cr_library_view_highlight_article (self, row ? cr_article_row_get_id (row) : 0);
  if (row == NULL)
    return;
  if (gtk_widget_get_visible (self->compare_box))
    refresh_comparison (self, cr_article_row_get_id (row));
  else if (!cr_article_pane_show_article (self->article_pane, cr_article_row_get_id (row), &error))
    show_error (self, error);
}

static void
on_search_changed (CrLibraryView  *self,
                   GtkSearchEntry *entry)
{
  g_assert (CR_IS_LIBRARY_VIEW (self));

  /* The search is one of the filters: it narrows the sidebar, the
   * timeline and the events list together. */
  cr_library_filter_set_query (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
  cr_article_pane_set_search (self->article_pane, cr_library_filter_get_query (self->filter));
  cr_article_pane_set_search (self->compare_pane, cr_library_filter_get_query (self->filter));
}

/* Another filter may have taken the search's place (a chip removed it):
 * the entry shows what the filter holds. */
static void
on_filter_changed (CrLibraryView *self)
{
  const char *query = cr_library_filter_get_query (self->filter);
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  if (g_strcmp0 (query ? query : "", typed) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query ? query : "");
  /* The highlighted article may be gone from the sidebar. */
  if (self->article_selection != NULL &&
      gtk_single_selection_get_selected_item (self->article_selection) == NULL)
    cr_library_view_highlight_article (self, 0);
}

static void
stop_waiting_for_frame (CrLibraryView *self)
{
  g_clear_handle_id (&self->reload_timeout, g_source_remove);
  /* A window's frame clock loses its handlers when the window goes. */
  if (self->reload_clock != NULL &&
      g_signal_handler_is_connected (self->reload_clock, self->reload_frame_handler))
    g_signal_handler_disconnect (self->reload_clock, self->reload_frame_handler);
  self->reload_frame_handler = 0;
  g_clear_object (&self->reload_clock);
}

static void
cr_library_view_dispose (GObject *object)
{
  CrLibraryView *self = CR_LIBRARY_VIEW (object);

  g_clear_pointer (&self->index_binding, g_binding_unbind);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  stop_waiting_for_frame (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_LIBRARY_VIEW);
  g_clear_object (&self->article_selection);
  g_clear_object (&self->articles);
  g_clear_object (&self->model);
  g_clear_object (&self->filtered);
  g_clear_object (&self->source);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cr_library_view_parent_class)->dispose (object);
}

static void
close_compare_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  cr_library_view_compare_article (CR_LIBRARY_VIEW (widget), 0);
}

static void
zoom_to_article_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  cr_library_view_zoom_to_article (CR_LIBRARY_VIEW (widget));
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
  g_type_ensure (CR_TYPE_FILTER_BAR);
  g_type_ensure (CR_TYPE_EVENTS_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/cr-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, flap);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, article_list_view);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, article_pane);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, event_details);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, paned);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, compare_box);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, compare_pane);
  gtk_widget_class_bind_template_child (widget_class, CrLibraryView, events_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "library.zoom-to-article", NULL, zoom_to_article_action);
  gtk_widget_class_install_action (widget_class, "library.close-compare", NULL, close_compare_action);
}

static void
cr_library_view_init (CrLibraryView *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = cr_article_row_factory_new ();
  gtk_list_view_set_factory (self->article_list_view, factory);
  g_object_unref (factory);

  g_signal_connect_object (cr_timeline_view_get_viewport (self->timeline_view), "notify::selection",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->article_pane, "event-activated",
                           G_CALLBACK (on_event_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->compare_pane, "event-activated",
                           G_CALLBACK (on_event_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "event-activated",
                           G_CALLBACK (on_timeline_event_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed), self, G_CONNECT_SWAPPED);

  self->grouping = CR_LANE_GROUPING_KIND;
  self->filter = cr_library_filter_new ();
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);
  cr_filter_bar_set_filter (self->filter_bar, self->filter);
  cr_events_list_set_viewport (self->events_list, cr_timeline_view_get_viewport (self->timeline_view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.zoom-to-article", FALSE);
}

GtkWidget *
cr_library_view_new (void)
{
  return g_object_new (CR_TYPE_LIBRARY_VIEW, NULL);
}

/* The models and views of @store, not read yet. */
static void
setup_store (CrLibraryView *self,
             CrStore       *store)
{
  g_clear_pointer (&self->index_binding, g_binding_unbind);
  g_clear_object (&self->article_selection);
  g_clear_object (&self->articles);
  g_clear_object (&self->model);
  g_clear_object (&self->filtered);
  g_clear_object (&self->source);
  g_set_object (&self->store, store);

  self->source = cr_store_event_source_new (store);
  self->filtered = cr_filtered_event_source_new (CR_EVENT_SOURCE (self->source), store, self->filter);
  self->model = cr_timeline_model_new (CR_EVENT_SOURCE (self->filtered));
  cr_timeline_model_set_grouping (self->model, self->grouping);
  self->index_binding = g_object_bind_property (self->model, "index", self->timeline_view, "index",
                                                G_BINDING_SYNC_CREATE);
  self->articles = cr_article_list_new (store);
  cr_article_list_set_filter (self->articles, self->filter);
  self->article_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->articles)));
  gtk_single_selection_set_autoselect (self->article_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->article_selection, TRUE);
  g_signal_connect_object (self->article_selection, "notify::selected",
                           G_CALLBACK (on_article_selected), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->article_list_view, GTK_SELECTION_MODEL (self->article_selection));
  cr_article_pane_set_store (self->article_pane, store);
  cr_article_pane_set_store (self->compare_pane, store);
  if (gtk_widget_get_visible (self->compare_box))
    cr_library_view_compare_article (self, 0);
  cr_filter_bar_set_store (self->filter_bar, store);
  cr_events_list_set_model (self->events_list, self->model, store);
  cr_event_details_set_store (self->event_details, store);
}

gboolean
cr_library_view_set_store (CrLibraryView  *self,
                           CrStore        *store,
                           GError        **error)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), FALSE);
  g_return_val_if_fail (CR_IS_STORE (store), FALSE);

  setup_store (self, store);
  return cr_library_view_reload (self, error);
}

void
cr_library_view_set_store_in_parts (CrLibraryView *self,
                                    CrStore       *store)
{
  g_return_if_fail (CR_IS_LIBRARY_VIEW (self));
  g_return_if_fail (CR_IS_STORE (store));

  setup_store (self, store);
  cr_library_view_reload_in_parts (self);
}

/* One part of a reload per main loop iteration, at idle priority: frames
 * are drawn and input handled between the parts. */
enum {
  PART_TIMELINE,
  PART_ARTICLES,
  PART_MORE_ARTICLES,
  PART_DETAILS,
  N_PARTS
};

/* The sidebar's GtkListView makes, measures and binds a row widget for
 * each new item near the top of the list, up to 200 of them, in the
 * iteration that adds the items and the next frame: the articles come a
 * few at a time until that many are shown, then the rest at once. */
#define ARTICLE_ROWS_PER_PART 32
#define ARTICLE_ROWS_WITH_WIDGETS 256

static gboolean reload_next_part (gpointer data);

static void
resume_reload (CrLibraryView *self)
{
  stop_waiting_for_frame (self);
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_next_part, self, NULL);
}

static gboolean
on_reload_timeout (gpointer data)
{
  CrLibraryView *self = data;

  self->reload_timeout = 0;
  resume_reload (self);
  return G_SOURCE_REMOVE;
}

/* A frame drawn since the last part: the next one may come. */
static void
on_reload_frame (GdkFrameClock *clock,
                 CrLibraryView *self)
{
  resume_reload (self);
}

/* While the view is on screen, each part waits for the frame that lays
 * out and draws what the last one changed, so that the costs of two
 * parts never add up in one iteration of the main loop; a frame that
 * does not come (a hidden window) is waited for 100 ms at most. */
static gboolean
wait_for_frame (CrLibraryView *self)
{
  GdkFrameClock *clock = gtk_widget_get_mapped (GTK_WIDGET (self))
                         ? gtk_widget_get_frame_clock (GTK_WIDGET (self)) : NULL;

  if (clock == NULL)
    return FALSE;
  self->reload_clock = g_object_ref (clock);
  self->reload_frame_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_reload_frame), self);
  self->reload_timeout = g_timeout_add (100, on_reload_timeout, self);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
  return TRUE;
}

static gboolean
reload_next_part (gpointer data)
{
  CrLibraryView *self = data;
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  switch (self->reload_part++)
    {
    case PART_TIMELINE:
      ok = cr_timeline_model_reload (self->model, &error);
      break;
    case PART_ARTICLES:
      ok = cr_article_list_reload_first (self->articles, ARTICLE_ROWS_PER_PART, &error);
      break;
    case PART_MORE_ARTICLES:
      if (cr_article_list_show_more (self->articles,
                                     g_list_model_get_n_items (G_LIST_MODEL (self->articles)) < ARTICLE_ROWS_WITH_WIDGETS
                                     ? ARTICLE_ROWS_PER_PART : G_MAXUINT))
        self->reload_part = PART_MORE_ARTICLES;
      break;
    case PART_DETAILS:
      ok = cr_event_details_show_event (self->event_details, cr_library_view_get_selected_event (self), &error);
      break;
    default:
      break;
    }
  if (!ok)
    show_error (self, error);
  if (self->reload_part < N_PARTS && !wait_for_frame (self))
    return G_SOURCE_CONTINUE;
  self->reload_source = 0;
  return G_SOURCE_REMOVE;
}

void
cr_library_view_reload_in_parts (CrLibraryView *self)
{
  g_return_if_fail (CR_IS_LIBRARY_VIEW (self));
  g_return_if_fail (self->store != NULL);

  self->reload_part = PART_TIMELINE;
  if (self->reload_source == 0 && self->reload_clock == NULL)
    self->reload_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_next_part, self, NULL);
}

gboolean
cr_library_view_is_loading (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), FALSE);
  return self->reload_source != 0 || self->reload_clock != NULL;
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

  g_return_if_fail (CR_IS_LIBRARY_VIEW (self));

  viewport = cr_timeline_view_get_viewport (self->timeline_view);
  /* The timeline glides to it (and its lane) when it is out of view. */
  cr_timeline_view_reveal_event (self->timeline_view, event_id);
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

CrLibraryFilter *
cr_library_view_get_filter (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), NULL);
  return self->filter;
}

CrEventsList *
cr_library_view_get_events_list (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), NULL);
  return self->events_list;
}

/* The events an article reports, as a set of ids. */
static GHashTable *
article_events (CrLibraryView *self,
                gint64         article_id)
{
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  CrStoreEventFilter filter;

  cr_store_event_filter_init (&filter);
  filter.article_id = article_id;
  events = cr_store_list_events (self->store, &filter, &error);
  if (events == NULL)
    show_error (self, error);
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      CrStoreEvent *event = g_ptr_array_index (events, i);

      g_hash_table_add (ids, g_memdup2 (&event->id, sizeof event->id));
    }
  return ids;
}

void
cr_library_view_highlight_article (CrLibraryView *self,
                                   gint64         article_id)
{
  g_autoptr(GHashTable) ids = NULL;

  g_return_if_fail (CR_IS_LIBRARY_VIEW (self));

  if (self->model == NULL)
    return;
  if (article_id > 0)
    ids = article_events (self, article_id);
  cr_timeline_model_set_highlight (self->model, ids);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.zoom-to-article", ids != NULL);
}

void
cr_library_view_zoom_to_article (CrLibraryView *self)
{
  GHashTable *ids;
  GHashTableIter iter;
  gpointer key;
  CrDay first = CR_DAY_UNKNOWN, last = CR_DAY_UNKNOWN;

  g_return_if_fail (CR_IS_LIBRARY_VIEW (self));

  ids = self->model ? cr_timeline_model_get_highlight (self->model) : NULL;
  if (ids == NULL)
    return;
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const CrEventSummary *summary = cr_timeline_model_lookup (self->model, *(gint64 *) key);

      if (summary == NULL)
        continue;
      if (first == CR_DAY_UNKNOWN || summary->first_day < first)
        first = summary->first_day;
      if (last == CR_DAY_UNKNOWN || summary->last_day > last)
        last = summary->last_day;
    }
  if (first != CR_DAY_UNKNOWN)
    cr_viewport_zoom_to_days (cr_timeline_view_get_viewport (self->timeline_view), first, last);
  gtk_stack_set_visible_child_name (self->view_stack, "timeline");
}

GtkPaned *
cr_library_view_get_paned (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), NULL);
  return self->paned;
}

GtkStack *
cr_library_view_get_view_stack (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), NULL);
  return self->view_stack;
}

void
cr_library_view_focus_search (CrLibraryView *self)
{
  g_return_if_fail (CR_IS_LIBRARY_VIEW (self));

  adw_flap_set_reveal_flap (self->flap, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
cr_library_view_set_lane_grouping (CrLibraryView  *self,
                                   CrLaneGrouping  grouping)
{
  g_return_if_fail (CR_IS_LIBRARY_VIEW (self));

  self->grouping = grouping;
  if (self->model != NULL)
    cr_timeline_model_set_grouping (self->model, grouping);
}

gint64
cr_library_view_get_selected_article (CrLibraryView *self)
{
  CrArticleRow *row;

  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), 0);

  row = self->article_selection ? gtk_single_selection_get_selected_item (self->article_selection) : NULL;
  return row ? cr_article_row_get_id (row) : 0;
}

GtkListView *
cr_library_view_get_article_list_view (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), NULL);
  return self->article_list_view;
}

void
cr_library_view_compare_article (CrLibraryView *self,
                                 gint64         article_id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CR_IS_LIBRARY_VIEW (self));

  if (article_id <= 0)
    {
      gboolean was_open = gtk_widget_get_visible (self->compare_box);

      /* Hidden, not cleared: switching the pane's pages while it is
       * unmapped upsets GTK 4.8's text view. */
      gtk_widget_set_visible (self->compare_box, FALSE);
      cr_article_pane_set_shared_events (self->article_pane, NULL);
      if (was_open && cr_library_view_get_selected_article (self) > 0 &&
          !cr_article_pane_show_article (self->article_pane, cr_library_view_get_selected_article (self), &error))
        show_error (self, error);
      return;
    }
  if (!cr_article_pane_show_article (self->compare_pane, article_id, &error))
    {
      show_error (self, error);
      return;
    }
  gtk_widget_set_visible (self->compare_box, TRUE);
  refresh_comparison (self, cr_library_view_get_selected_article (self));
}

CrArticlePane *
cr_library_view_get_compare_pane (CrLibraryView *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_VIEW (self), NULL);
  return self->compare_pane;
}
