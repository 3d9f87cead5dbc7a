/* cr-events-list.c: the timeline's events as a sortable table
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-events-list"

#include "config.h"

#include <glib/gi18n.h>

#include "cr-event-details.h"
#include "cr-events-list.h"
#include "cr-handout.h"
#include "cr-library-filter.h"

struct _CrEventRow
{
  GObject      parent_instance;
  gint64       id;
  CrDay        first_day;
  CrEventKind  kind;
  guint        n_sources;
  char        *date;
  char        *title;
  char        *participants;
};

G_DEFINE_FINAL_TYPE (CrEventRow, cr_event_row, G_TYPE_OBJECT)

static void
cr_event_row_finalize (GObject *object)
{
  CrEventRow *self = CR_EVENT_ROW (object);

  g_free (self->date);
  g_free (self->title);
  g_free (self->participants);

  G_OBJECT_CLASS (cr_event_row_parent_class)->finalize (object);
}

static void
cr_event_row_class_init (CrEventRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cr_event_row_finalize;
}

static void
cr_event_row_init (CrEventRow *self)
{
}

gint64
cr_event_row_get_id (CrEventRow *self)
{
  g_return_val_if_fail (CR_IS_EVENT_ROW (self), 0);
  return self->id;
}

const char *
cr_event_row_get_title (CrEventRow *self)
{
  g_return_val_if_fail (CR_IS_EVENT_ROW (self), NULL);
  return self->title;
}

const char *
cr_event_row_get_date (CrEventRow *self)
{
  g_return_val_if_fail (CR_IS_EVENT_ROW (self), NULL);
  return self->date;
}

const char *
cr_event_row_get_participants (CrEventRow *self)
{
  g_return_val_if_fail (CR_IS_EVENT_ROW (self), NULL);
  return self->participants;
}

struct _CrEventsList
{
  GtkWidget           parent_instance;

  CrTimelineModel    *model;
  CrStore            *store;
  CrViewport         *viewport;
  GListStore         *rows;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  gboolean            syncing;
  gboolean            dirty;         /* the model changed while unmapped */

  GtkWidget          *scroller;
  GtkColumnView      *view;
};

G_DEFINE_FINAL_TYPE (CrEventsList, cr_events_list, GTK_TYPE_WIDGET)

/* Columns: what each shows, and how it sorts. */
typedef enum {
  COLUMN_DATE,
  COLUMN_TITLE,
  COLUMN_KIND,
  COLUMN_PARTICIPANTS,
  COLUMN_SOURCES,
} Column;

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const CrEventRow *x = a;
  const CrEventRow *y = b;
  int result = 0;

  switch ((Column) GPOINTER_TO_UINT (data))
    {
    case COLUMN_DATE:
      result = (x->first_day > y->first_day) - (x->first_day < y->first_day);
      break;
    case COLUMN_TITLE:
      result = g_utf8_collate (x->title, y->title);
      break;
    case COLUMN_KIND:
      result = g_utf8_collate (cr_event_kind_get_label (x->kind), cr_event_kind_get_label (y->kind));
      break;
    case COLUMN_PARTICIPANTS:
      result = g_utf8_collate (x->participants ? x->participants : "", y->participants ? y->participants : "");
      break;
    case COLUMN_SOURCES:
      result = (x->n_sources > y->n_sources) - (x->n_sources < y->n_sources);
      break;
    }
  if (result == 0)
    result = (x->id > y->id) - (x->id < y->id);
  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_UINT (data) == COLUMN_SOURCES ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  CrEventRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *number = NULL;
  const char *text = NULL;

  switch ((Column) GPOINTER_TO_UINT (data))
    {
    case COLUMN_DATE:
      text = row->date;
      break;
    case COLUMN_TITLE:
      text = row->title;
      break;
    case COLUMN_KIND:
      text = cr_event_kind_get_label (row->kind);
      break;
    case COLUMN_PARTICIPANTS:
      text = row->participants ? row->participants : "";
      break;
    case COLUMN_SOURCES:
      text = number = g_strdup_printf ("%u", row->n_sources);
      break;
    }
  gtk_label_set_text (GTK_LABEL (label), text);
  if ((Column) GPOINTER_TO_UINT (data) == COLUMN_TITLE)
    gtk_widget_set_tooltip_text (label, text);
}

static GtkColumnViewColumn *
add_column (CrEventsList *self,
            const char   *title,
            Column        column,
            gboolean      expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;
  GtkSorter *sorter;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (column));
  col = gtk_column_view_column_new (title, factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, GUINT_TO_POINTER (column), NULL));
  gtk_column_view_column_set_sorter (col, sorter);
  g_object_unref (sorter);
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_append_column (self->view, col);
  g_object_unref (col);
  return col;
}

static guint
position_of (CrEventsList *self,
             gint64        id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrEventRow) row = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (row->id == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* GTK 4.8 has no gtk_column_view_scroll_to(): the list inside has an
 * action for it. */
static void
scroll_to (CrEventsList *self,
           guint         position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static void
on_viewport_selection (CrEventsList *self)
{
  gint64 id;
  guint position;

  if (self->dirty)
    return;
  id = cr_viewport_get_selection (self->viewport);
  position = id > 0 ? position_of (self, id) : GTK_INVALID_LIST_POSITION;
  if (self->syncing || position == gtk_single_selection_get_selected (self->selection))
    return;
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION && gtk_widget_get_mapped (GTK_WIDGET (self)))
    scroll_to (self, position);
  self->syncing = FALSE;
}

static void
on_row_selected (CrEventsList *self)
{
  CrEventRow *row = gtk_single_selection_get_selected_item (self->selection);

  if (self->syncing || row == NULL || self->viewport == NULL)
    return;
  self->syncing = TRUE;
  cr_viewport_set_cursor (self->viewport, row->id);
  cr_viewport_set_selection (self->viewport, row->id);
  self->syncing = FALSE;
}

/* Whether the rows are still those of the index's items, in order: a
 * highlight or a regrouping rebuilds the index, not the events. */
static gboolean
same_events (CrEventsList         *self,
             const CrTimelineItem *items,
             gsize                 n)
{
  GListModel *rows = G_LIST_MODEL (self->rows);

  if (g_list_model_get_n_items (rows) != n)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      CrEventRow *row = g_list_model_get_item (rows, i);
      gboolean same = row->id == items[i].id && g_strcmp0 (row->title, items[i].title) == 0 &&
                      row->first_day == items[i].first_day && row->kind == items[i].kind;

      g_object_unref (row);
      if (!same)
        return FALSE;
    }
  return TRUE;
}

static void
rebuild_now (CrEventsList *self)
{
  CrTimelineIndex *index = self->model ? cr_timeline_model_get_index (self->model) : NULL;
  g_autoptr(GHashTable) participants = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  const CrTimelineItem *items = NULL;
  gsize n = 0;

  self->dirty = FALSE;
  if (index != NULL)
    items = cr_timeline_index_get_items (index, &n);
  if (same_events (self, items, n))
    return;
  if (self->store != NULL && n > 0)
    participants = cr_library_list_participants (self->store, cr_ui_language (), NULL);
  for (gsize i = 0; i < n; i++)
    {
      CrEventRow *row = g_object_new (CR_TYPE_EVENT_ROW, NULL);

      row->id = items[i].id;
      row->first_day = items[i].first_day;
      row->kind = items[i].kind;
      row->n_sources = items[i].n_sources;
      row->title = g_strdup (items[i].title ? items[i].title : "");
      row->date = cr_handout_format_date (items[i].first_day, items[i].last_day, items[i].granularity);
      row->participants = participants ? g_strdup (g_hash_table_lookup (participants, &row->id)) : NULL;
      g_ptr_array_add (rows, row);
    }
  self->syncing = TRUE;
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);
  self->syncing = FALSE;
  if (self->viewport != NULL)
    on_viewport_selection (self);
}

/* A hidden list (the timeline is on show) catches up when it is shown. */
static void
rebuild (CrEventsList *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild_now (self);
  else
    self->dirty = TRUE;
}

static void
flush (CrEventsList *self)
{
  if (self->dirty)
    rebuild_now (self);
}

static void
cr_events_list_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (cr_events_list_parent_class)->map (widget);
  flush (CR_EVENTS_LIST (widget));
}

static void
cr_events_list_dispose (GObject *object)
{
  CrEventsList *self = CR_EVENTS_LIST (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->viewport != NULL)
    g_signal_handlers_disconnect_by_data (self->viewport, self);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_object (&self->viewport);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (cr_events_list_parent_class)->dispose (object);
}

static void
cr_events_list_class_init (CrEventsListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cr_events_list_dispose;
  widget_class->map = cr_events_list_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cr_events_list_init (CrEventsList *self)
{
  GtkColumnViewColumn *date;

  self->rows = g_list_store_new (CR_TYPE_EVENT_ROW);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Events"), -1);

  date = add_column (self, _("Date"), COLUMN_DATE, FALSE);
  add_column (self, _("Title"), COLUMN_TITLE, TRUE);
  add_column (self, _("Kind"), COLUMN_KIND, FALSE);
  add_column (self, _("Participants"), COLUMN_PARTICIPANTS, FALSE);
  add_column (self, _("Sources"), COLUMN_SOURCES, FALSE);
  gtk_column_view_sort_by_column (self->view, date, GTK_SORT_ASCENDING);

  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_row_selected), self);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
cr_events_list_new (void)
{
  return g_object_new (CR_TYPE_EVENTS_LIST, NULL);
}

void
cr_events_list_set_model (CrEventsList    *self,
                          CrTimelineModel *model,
                          CrStore         *store)
{
  g_return_if_fail (CR_IS_EVENTS_LIST (self));
  g_return_if_fail (model == NULL || CR_IS_TIMELINE_MODEL (model));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  g_set_object (&self->store, store);
  if (model != NULL)
    g_signal_connect_swapped (model, "notify::index", G_CALLBACK (rebuild), self);
  rebuild (self);
}

void
cr_events_list_set_viewport (CrEventsList *self,
                             CrViewport   *viewport)
{
  g_return_if_fail (CR_IS_EVENTS_LIST (self));
  g_return_if_fail (viewport == NULL || CR_IS_VIEWPORT (viewport));

  if (self->viewport != NULL)
    g_signal_handlers_disconnect_by_data (self->viewport, self);
  g_set_object (&self->viewport, viewport);
  if (viewport != NULL)
    {
      g_signal_connect_swapped (viewport, "notify::selection", G_CALLBACK (on_viewport_selection), self);
      on_viewport_selection (self);
    }
}

GListModel *
cr_events_list_get_rows (CrEventsList *self)
{
  g_return_val_if_fail (CR_IS_EVENTS_LIST (self), NULL);
  flush (self);
  return G_LIST_MODEL (self->sorted);
}

guint
cr_events_list_get_selected (CrEventsList *self)
{
  g_return_val_if_fail (CR_IS_EVENTS_LIST (self), GTK_INVALID_LIST_POSITION);
  flush (self);
  return gtk_single_selection_get_selected (self->selection);
}

void
cr_events_list_select (CrEventsList *self,
                       guint         position)
{
  g_return_if_fail (CR_IS_EVENTS_LIST (self));
  flush (self);
  gtk_single_selection_set_selected (self->selection, position);
}
