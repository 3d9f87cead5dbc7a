/* cr-article-row-factory.c: the sidebar's rows, one per article
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-article-row-factory"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cr-article-list.h"
#include "cr-article-row-factory.h"
#include "cr-calendar.h"
#include "cr-handout.h"

/* The row's source, asked for only when the pointer rests on the row:
 * gtk_widget_set_tooltip_text() on every bound row would query the
 * pointer from the display server each time. */
static gboolean
on_article_row_query_tooltip (GtkWidget   *box,
                              int          x,
                              int          y,
                              gboolean     keyboard_mode,
                              GtkTooltip  *tooltip,
                              GtkListItem *item)
{
  CrArticleRow *row = gtk_list_item_get_item (item);
  const char *source = row ? cr_article_row_get_source (row) : NULL;

  if (source == NULL || *source == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, source);
  return TRUE;
}

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
  gtk_widget_set_has_tooltip (box, TRUE);
  g_signal_connect_object (box, "query-tooltip", G_CALLBACK (on_article_row_query_tooltip), item, 0);
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
  g_autofree char *shown_date = NULL;
  const char *date = cr_article_row_get_date (row);
  const char *lang = cr_article_row_get_language (row);

  CrDay first, last;

  /* The publication date as the interface language writes it. */
  if (date != NULL && cr_day_range_parse (date, &first, &last))
    date = shown_date = cr_handout_format_date (first, last,
                                                strlen (date) <= 4 ? CR_GRANULARITY_YEAR
                                                : strlen (date) <= 7 ? CR_GRANULARITY_MONTH
                                                : CR_GRANULARITY_DAY);
  events = g_strdup_printf (ngettext ("%u event", "%u events", cr_article_row_get_n_events (row)),
                            cr_article_row_get_n_events (row));
  text = g_strdup_printf ("%s%s%s · %s · %s", date ? date : "", date ? " · " : "",
                          lang && *lang ? lang : "?", events, cr_article_row_get_source (row));
  gtk_label_set_text (GTK_LABEL (title), cr_article_row_get_title (row));
  gtk_label_set_text (GTK_LABEL (details), text);
  /* What the tooltip shows, for assistive technologies too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  cr_article_row_get_source (row), -1);
}

GtkListItemFactory *
cr_article_row_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_article_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_article_row), NULL);
  return factory;
}
