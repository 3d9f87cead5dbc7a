/* cr-article-pane.c: the articles behind an event, their dates marked
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-article-pane"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cr-article-pane.h"
#include "cr-handout.h"
#include "cr-store-events.h"

/* A date expression in the buffer. */
typedef struct {
  int     start;      /* buffer offsets, code points */
  int     end;
  gint64  mention_id;
  gint64  event_id;
  char   *value;
} DateSpan;

struct _CrArticlePane
{
  GtkWidget       parent_instance;

  CrStore        *store;
  GArray         *spans;           /* DateSpan, by start */
  GHashTable     *shared;          /* gint64 event ids marked as shared, or NULL */
  char           *search;          /* words to highlight, or NULL */
  gint64          article_id;      /* the one article shown, or 0 */

  /* Template widgets */
  GtkStack       *stack;
  GtkScrolledWindow *scrolled;
  GtkTextView    *text_view;
};

G_DEFINE_FINAL_TYPE (CrArticlePane, cr_article_pane, GTK_TYPE_WIDGET)

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
date_span_clear (DateSpan *span)
{
  g_clear_pointer (&span->value, g_free);
}

static GtkTextBuffer *
buffer_of (CrArticlePane *self)
{
  return gtk_text_view_get_buffer (self->text_view);
}

static void
create_tags (CrArticlePane *self)
{
  GtkTextBuffer *buffer = buffer_of (self);

  gtk_text_buffer_create_tag (buffer, "heading", "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.3, "pixels-above-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "meta", "scale", 0.85, "foreground", "#77767b", NULL);
  gtk_text_buffer_create_tag (buffer, "standfirst", "style", PANGO_STYLE_ITALIC, NULL);
  /* Colours that read in light and dark mode alike. */
  /* Every date: underlined and tinted (the tint shows where a renderer
   * draws no underline). */
  gtk_text_buffer_create_tag (buffer, "date", "underline", PANGO_UNDERLINE_SINGLE,
                              "background", "rgba(229,165,10,0.22)", NULL);
  gtk_text_buffer_create_tag (buffer, "sentence", "background", "rgba(53,132,228,0.18)", NULL);
  gtk_text_buffer_create_tag (buffer, "mention", "weight", PANGO_WEIGHT_BOLD,
                              "background", "rgba(53,132,228,0.35)", NULL);
  /* An event the article compared with reports too. */
  gtk_text_buffer_create_tag (buffer, "shared", "weight", PANGO_WEIGHT_BOLD,
                              "background", "rgba(46,194,126,0.35)", NULL);
  gtk_text_buffer_create_tag (buffer, "search", "background", "rgba(246,211,45,0.55)", NULL);
}

/* Marks every occurrence of each searched word (case-insensitive). */
static void
mark_search (CrArticlePane *self)
{
  GtkTextBuffer *buffer = buffer_of (self);
  g_auto(GStrv) words = NULL;

  if (self->search == NULL)
    return;
  words = g_strsplit_set (self->search, " \t\n", -1);
  for (guint i = 0; words[i]; i++)
    {
      GtkTextIter iter, match_start, match_end;
      char *word = g_strstrip (words[i]);
      gsize len = strlen (word);

      if (len > 1 && word[len - 1] == '*')
        word[len - 1] = '\0';
      if (*word == '\0' || g_str_equal (word, "\""))
        continue;
      gtk_text_buffer_get_start_iter (buffer, &iter);
      while (gtk_text_iter_forward_search (&iter, word, GTK_TEXT_SEARCH_CASE_INSENSITIVE,
                                           &match_start, &match_end, NULL))
        {
          gtk_text_buffer_apply_tag_by_name (buffer, "search", &match_start, &match_end);
          iter = match_end;
        }
    }
}

static void
insert_with_tag (GtkTextBuffer *buffer,
                 const char    *text,
                 const char    *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (tag)
    gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, tag, NULL);
  else
    gtk_text_buffer_insert (buffer, &end, text, -1);
}

static void
apply_tag (GtkTextBuffer *buffer,
           const char    *tag,
           int            start,
           int            end)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, end);
  gtk_text_buffer_apply_tag_by_name (buffer, tag, &a, &b);
}

static int
buffer_length (GtkTextBuffer *buffer)
{
  return gtk_text_buffer_get_char_count (buffer);
}

/* Appends @article: heading, source line, standfirst and body, with every
 * date mention underlined. Returns where each field starts in the buffer
 * (title: -1, the title is a heading without marks). */
static gboolean
append_article (CrArticlePane  *self,
                gint64          article_id,
                int            *standfirst_at,
                int            *body_at,
                GError        **error)
{
  GtkTextBuffer *buffer = buffer_of (self);
  g_autoptr(CrArticle) article = cr_store_get_article (self->store, article_id, error);
  g_autoptr(GPtrArray) mentions = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *date = NULL;
  const char *source;

  if (article == NULL)
    return FALSE;
  mentions = cr_store_get_mentions (self->store, article_id, error);
  if (mentions == NULL)
    return FALSE;

  if (buffer_length (buffer) > 0)
    insert_with_tag (buffer, "\n\n", NULL);
  insert_with_tag (buffer, article->title, "heading");
  insert_with_tag (buffer, "\n", NULL);
  source = article->source_name ? article->source_name
         : article->source_url ? article->source_url : article->file_path;
  date = article->date != CR_DAY_UNKNOWN
         ? cr_handout_format_date (article->date, article->date_last, article->date_granularity)
         : g_strdup (article->date_value);
  meta = g_strdup_printf ("%s%s%s", date ? date : "", date && source ? " · " : "", source ? source : "");
  insert_with_tag (buffer, meta, "meta");
  insert_with_tag (buffer, "\n", NULL);

  *standfirst_at = -1;
  if (article->standfirst && *article->standfirst)
    {
      *standfirst_at = buffer_length (buffer);
      insert_with_tag (buffer, article->standfirst, "standfirst");
      insert_with_tag (buffer, "\n", NULL);
    }
  *body_at = buffer_length (buffer);
  insert_with_tag (buffer, article->body, NULL);

  for (guint i = 0; i < mentions->len; i++)
    {
      CrStoreMention *m = g_ptr_array_index (mentions, i);
      DateSpan span = { 0 };
      int base;

      if (m->field == CR_STORE_FIELD_TITLE)
        continue;
      base = m->field == CR_STORE_FIELD_BODY ? *body_at : *standfirst_at;
      if (base < 0)
        continue;
      span.start = base + (int) m->start_char;
      span.end = base + (int) m->end_char;
      span.mention_id = m->id;
      span.event_id = cr_store_get_mention_event (self->store, m->id);
      span.value = g_strdup (m->value);
      g_array_append_val (self->spans, span);
      apply_tag (buffer, "date", span.start, span.end);
      if (self->shared != NULL && g_hash_table_contains (self->shared, &span.event_id))
        apply_tag (buffer, "shared", span.start, span.end);
    }
  return TRUE;
}

static void
scroll_to_offset (CrArticlePane *self,
                  int            offset)
{
  GtkTextBuffer *buffer = buffer_of (self);
  GtkTextIter iter;
  GtkTextMark *mark;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  mark = gtk_text_buffer_create_mark (buffer, NULL, &iter, TRUE);
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.1, TRUE, 0.0, 0.2);
  gtk_text_buffer_delete_mark (buffer, mark);
}

/* Empties the text but keeps the page: switching pages back and forth
 * unmaps the text view in the middle of a scroll, which GTK 4.8 does not
 * like. */
static void
clear_text (CrArticlePane *self)
{
  gtk_text_buffer_set_text (buffer_of (self), "", 0);
  g_array_set_size (self->spans, 0);
  self->article_id = 0;
}

void
cr_article_pane_clear (CrArticlePane *self)
{
  g_return_if_fail (CR_IS_ARTICLE_PANE (self));

  clear_text (self);
  gtk_stack_set_visible_child_name (self->stack, "none");
}

gboolean
cr_article_pane_show_event (CrArticlePane  *self,
                            gint64          event_id,
                            GError        **error)
{
  g_autoptr(GPtrArray) mentions = NULL;
  GtkTextBuffer *buffer;
  int first_highlight = -1;
  gint64 shown = 0;
  int standfirst_at = -1, body_at = 0;

  g_return_val_if_fail (CR_IS_ARTICLE_PANE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  mentions = cr_store_get_event_mentions (self->store, event_id, error);
  if (mentions == NULL)
    return FALSE;

  clear_text (self);
  buffer = buffer_of (self);
  for (guint i = 0; i < mentions->len; i++)
    {
      CrStoreEventMention *m = g_ptr_array_index (mentions, i);
      int base;

      /* Mentions come by article: each article once, then its marks. */
      if (m->article_id != shown)
        {
          if (!append_article (self, m->article_id, &standfirst_at, &body_at, error))
            return FALSE;
          shown = m->article_id;
        }
      if (m->field == CR_STORE_FIELD_TITLE)
        continue;
      base = m->field == CR_STORE_FIELD_BODY ? body_at : standfirst_at;
      if (base < 0)
        continue;
      apply_tag (buffer, "sentence", base + (int) m->sentence_start, base + (int) m->sentence_end);
      apply_tag (buffer, "mention", base + (int) m->start_char, base + (int) m->end_char);
      if (first_highlight < 0)
        first_highlight = base + (int) m->sentence_start;
    }

  mark_search (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), mentions->len > 0 ? "text" : "none") != 0)
    gtk_stack_set_visible_child_name (self->stack, mentions->len > 0 ? "text" : "none");
  if (first_highlight >= 0)
    scroll_to_offset (self, first_highlight);
  return TRUE;
}

gboolean
cr_article_pane_show_article (CrArticlePane  *self,
                              gint64          article_id,
                              GError        **error)
{
  int standfirst_at, body_at;

  g_return_val_if_fail (CR_IS_ARTICLE_PANE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  clear_text (self);
  if (!append_article (self, article_id, &standfirst_at, &body_at, error))
    return FALSE;
  self->article_id = article_id;
  mark_search (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "text") != 0)
    gtk_stack_set_visible_child_name (self->stack, "text");
  scroll_to_offset (self, 0);
  return TRUE;
}

static const DateSpan *
span_at (CrArticlePane *self,
         int            offset)
{
  for (guint i = 0; i < self->spans->len; i++)
    {
      const DateSpan *span = &g_array_index (self->spans, DateSpan, i);

      if (span->start <= offset && offset < span->end)
        return span;
    }
  return NULL;
}

gint64
cr_article_pane_get_event_at (CrArticlePane *self,
                              int            offset)
{
  const DateSpan *span;

  g_return_val_if_fail (CR_IS_ARTICLE_PANE (self), 0);

  span = span_at (self, offset);
  return span ? span->event_id : 0;
}

gboolean
cr_article_pane_activate_at (CrArticlePane *self,
                             int            offset)
{
  gint64 event_id;

  g_return_val_if_fail (CR_IS_ARTICLE_PANE (self), FALSE);

  event_id = cr_article_pane_get_event_at (self, offset);
  if (event_id == 0)
    return FALSE;
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event_id);
  return TRUE;
}

static int
offset_at_point (CrArticlePane *self,
                 double         x,
                 double         y)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return -1;
  return gtk_text_iter_get_offset (&iter);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   CrArticlePane   *self)
{
  GtkTextBuffer *buffer = buffer_of (self);
  int offset;

  g_assert (CR_IS_ARTICLE_PANE (self));

  /* A click, not the end of a text selection. */
  if (gtk_text_buffer_get_has_selection (buffer))
    return;
  offset = offset_at_point (self, x, y);
  if (offset >= 0)
    cr_article_pane_activate_at (self, offset);
}

/* Selecting text with a date in it selects the date's event. */
static void
on_mark_set (GtkTextBuffer *buffer,
             GtkTextIter   *location,
             GtkTextMark   *mark,
             CrArticlePane *self)
{
  GtkTextIter start, end;

  g_assert (CR_IS_ARTICLE_PANE (self));

  if (mark != gtk_text_buffer_get_selection_bound (buffer) ||
      !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;
  for (int offset = gtk_text_iter_get_offset (&start); offset < gtk_text_iter_get_offset (&end); offset++)
    {
      const DateSpan *span = span_at (self, offset);

      if (span != NULL && span->event_id != 0)
        {
          g_signal_emit (self, signals[EVENT_ACTIVATED], 0, span->event_id);
          return;
        }
    }
}

static gboolean
on_query_tooltip (GtkWidget     *widget,
                  int            x,
                  int            y,
                  gboolean       keyboard,
                  GtkTooltip    *tooltip,
                  CrArticlePane *self)
{
  const DateSpan *span;
  int offset;

  g_assert (CR_IS_ARTICLE_PANE (self));

  offset = offset_at_point (self, x, y);
  span = offset >= 0 ? span_at (self, offset) : NULL;
  if (span == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, span->value);
  return TRUE;
}

static void
cr_article_pane_dispose (GObject *object)
{
  CrArticlePane *self = CR_ARTICLE_PANE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_ARTICLE_PANE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cr_article_pane_parent_class)->dispose (object);
}

static void
cr_article_pane_finalize (GObject *object)
{
  CrArticlePane *self = CR_ARTICLE_PANE (object);

  g_array_unref (self->spans);
  g_clear_pointer (&self->shared, g_hash_table_unref);
  g_free (self->search);

  G_OBJECT_CLASS (cr_article_pane_parent_class)->finalize (object);
}

static void
cr_article_pane_class_init (CrArticlePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_article_pane_dispose;
  object_class->finalize = cr_article_pane_finalize;

  /**
   * CrArticlePane::event-activated:
   * @event_id: the event of the date that was clicked or selected
   */
  signals[EVENT_ACTIVATED] = g_signal_new ("event-activated",
                                           G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cronista/Cronista/cr-article-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, CrArticlePane, stack);
  gtk_widget_class_bind_template_child (widget_class, CrArticlePane, scrolled);
  gtk_widget_class_bind_template_child (widget_class, CrArticlePane, text_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cr_article_pane_init (CrArticlePane *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->spans = g_array_new (FALSE, TRUE, sizeof (DateSpan));
  g_array_set_clear_func (self->spans, (GDestroyNotify) date_span_clear);
  create_tags (self);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (self->text_view, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
  g_signal_connect (buffer_of (self), "mark-set", G_CALLBACK (on_mark_set), self);
}

GtkWidget *
cr_article_pane_new (void)
{
  return g_object_new (CR_TYPE_ARTICLE_PANE, NULL);
}

void
cr_article_pane_set_store (CrArticlePane *self,
                           CrStore       *store)
{
  g_return_if_fail (CR_IS_ARTICLE_PANE (self));
  g_return_if_fail (store == NULL || CR_IS_STORE (store));

  if (g_set_object (&self->store, store))
    cr_article_pane_clear (self);
}

GtkTextBuffer *
cr_article_pane_get_buffer (CrArticlePane *self)
{
  g_return_val_if_fail (CR_IS_ARTICLE_PANE (self), NULL);

  return buffer_of (self);
}

gint64
cr_article_pane_get_article (CrArticlePane *self)
{
  g_return_val_if_fail (CR_IS_ARTICLE_PANE (self), 0);
  return self->article_id;
}

void
cr_article_pane_set_shared_events (CrArticlePane *self,
                                   GHashTable    *ids)
{
  g_return_if_fail (CR_IS_ARTICLE_PANE (self));

  if (ids != NULL)
    g_hash_table_ref (ids);
  g_clear_pointer (&self->shared, g_hash_table_unref);
  self->shared = ids;
}

void
cr_article_pane_set_search (CrArticlePane *self,
                            const char    *words)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (CR_IS_ARTICLE_PANE (self));

  g_free (self->search);
  self->search = words && *words ? g_strdup (words) : NULL;
  buffer = buffer_of (self);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "search", &start, &end);
  mark_search (self);
}

gboolean
cr_article_pane_has_tag_at (CrArticlePane *self,
                            const char    *tag,
                            int            offset)
{
  GtkTextIter iter;
  GtkTextTag *t;

  g_return_val_if_fail (CR_IS_ARTICLE_PANE (self), FALSE);

  t = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer_of (self)), tag);
  if (t == NULL)
    return FALSE;
  gtk_text_buffer_get_iter_at_offset (buffer_of (self), &iter, offset);
  return gtk_text_iter_has_tag (&iter, t);
}
