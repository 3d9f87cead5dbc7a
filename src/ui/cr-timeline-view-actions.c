/* cr-timeline-view-actions.c: the timeline's actions and keys
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every command is a "timeline." action that moves the CrViewport; the
 * ones that change what is visible animate towards where the viewport
 * would go (cr_viewport_plan_*()). Ids become item positions only when
 * the cursor or the selection change, never per frame.
 */

#define G_LOG_DOMAIN "cr-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cr-calendar.h"
#include "cr-date-extractor.h"
#include "cr-handout.h"
#include "cr-timeline-view-private.h"

#define DAY G_GINT64_CONSTANT (86400)

/* Going to a single day from further out than this zooms in to a month
 * around it; from closer, the zoom is kept. */
#define GO_TO_DAY_MAX_SPAN (400 * DAY)
#define GO_TO_DAY_SPAN     (31 * DAY)

G_DEFINE_QUARK (cr-timeline-view-error-quark, cr_timeline_view_error)

static gboolean
has_events (CrTimelineView *self)
{
  return self->index != NULL && cr_timeline_index_get_extent (self->index, NULL, NULL);
}

void
_cr_timeline_view_update_actions (CrTimelineView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean events = has_events (self);

  gtk_widget_action_set_enabled (widget, "timeline.zoom-fit", events);
  gtk_widget_action_set_enabled (widget, "timeline.zoom-selection", self->selected_item != G_MAXSIZE);
  gtk_widget_action_set_enabled (widget, "timeline.next-event", events);
  gtk_widget_action_set_enabled (widget, "timeline.previous-event", events);
  gtk_widget_action_set_enabled (widget, "timeline.first-event", events);
  gtk_widget_action_set_enabled (widget, "timeline.last-event", events);
  gtk_widget_action_set_enabled (widget, "timeline.select-cursor", self->cursor_item != G_MAXSIZE);
  gtk_widget_action_set_enabled (widget, "timeline.activate-cursor", self->cursor_item != G_MAXSIZE);
}

/* The focused event, for screen readers: its title as the label, its
 * date, kind and sources as the description. */
void
_cr_timeline_view_update_accessible (CrTimelineView *self)
{
  const CrTimelineItem *it;
  g_autofree char *date = NULL;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  g_autofree char *sources = NULL;

  if (self->index == NULL || self->cursor_item == G_MAXSIZE)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Use the arrow keys to move between events"),
                                      -1);
      return;
    }

  it = &cr_timeline_index_get_items (self->index, NULL)[self->cursor_item];
  date = cr_handout_format_date (it->first_day, it->last_day, it->granularity);
  /* Translators: the accessible name of the timeline: an event's title and date */
  label = g_strdup_printf (_("%s, %s"), it->title != NULL ? it->title : "", date);
  sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", it->n_sources),
                             it->n_sources);
  /* Translators: an event's kind ("Meeting") and its number of sources */
  description = g_strdup_printf (_("%s, %s"), cr_event_kind_get_label (it->kind), sources);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Glides to @day in the middle, at the zoom the view is going to. */
static void
centre_on_day (CrTimelineView *self,
               CrDay           day)
{
  gint64 start, span;

  _cr_timeline_view_get_target (self, &start, &span);
  _cr_timeline_view_animate_to (self, (gint64) day * DAY + DAY / 2 - span / 2, span, FALSE);
}

/* The days around an item, for showing it alone: the item in the middle
 * third, a day with the three days on either side. */
static void
plan_item_range (CrTimelineView       *self,
                 const CrTimelineItem *it,
                 gint64               *start,
                 gint64               *span)
{
  CrDay first = it->first_day;
  CrDay last = it->last_day == CR_DAY_UNKNOWN ? first : MAX (it->last_day, first);
  CrDay margin = MAX (last - first + 1, 3);

  cr_viewport_plan_range (self->viewport, (gint64) (first - margin) * DAY, (gint64) (last + 1 + margin) * DAY,
                          start, span);
}

/* Scrolls the lanes so that the item's lane shows. */
static void
reveal_lane (CrTimelineView *self,
             gsize           item)
{
  CrTimelineLayout *layout = cr_timeline_view_get_layout (self);
  guint lane = cr_timeline_index_get_item_lane (self->index, item);
  guint shown = layout != NULL ? layout->lanes->len : 0;

  if (lane == G_MAXUINT || shown == 0)
    return;
  if (lane < self->first_lane)
    _cr_timeline_view_scroll_lanes (self, (int) lane - (int) self->first_lane);
  else if (lane >= self->first_lane + shown)
    _cr_timeline_view_scroll_lanes (self, (int) (lane - self->first_lane - shown + 1));
}

/* Brings an item into view, where the keyboard cursor can be seen on it:
 * its lane among the lanes shown, its day into the span (a glide, keeping
 * the zoom), and, when it would be hidden in a cluster there, zoomed in
 * to the days around it. */
void
_cr_timeline_view_reveal_item (CrTimelineView *self,
                               gsize           item)
{
  const CrTimelineItem *it;
  g_autoptr(CrTimelineLayout) layout = NULL;
  gint64 start, span, day_start;

  if (self->index == NULL || item == G_MAXSIZE)
    return;
  it = &cr_timeline_index_get_items (self->index, NULL)[item];
  if (it->first_day == CR_DAY_UNKNOWN)
    return;

  reveal_lane (self, item);
  _cr_timeline_view_get_target (self, &start, &span);
  day_start = (gint64) it->first_day * DAY;
  if (day_start < start || day_start + DAY > start + span)
    {
      start = day_start + DAY / 2 - span / 2;
      cr_viewport_constrain (self->viewport, &start, &span);
    }
  layout = _cr_timeline_view_layout_at (self, start, span);
  if (layout != NULL && cr_timeline_layout_find_item (layout, item) == NULL)
    plan_item_range (self, it, &start, &span);
  _cr_timeline_view_animate_to (self, start, span, FALSE);
}

/* TRUE if @a comes before @b in time (ties by id). */
static gboolean
item_before (const CrTimelineItem *a,
             const CrTimelineItem *b)
{
  if (a->first_day != b->first_day)
    return a->first_day < b->first_day;
  return a->id < b->id;
}

/* Moves the keyboard cursor to the next event in time (@direction 1), the
 * previous one (-1), the first (-2) or the last (2). */
static void
move_cursor (CrTimelineView *self,
             int             direction)
{
  const CrTimelineItem *items;
  const CrTimelineItem *current = NULL;
  gsize n_items, best = G_MAXSIZE;

  if (self->index == NULL)
    return;
  items = cr_timeline_index_get_items (self->index, &n_items);
  if (self->cursor_item < n_items && ABS (direction) == 1)
    current = &items[self->cursor_item];

  for (gsize i = 0; i < n_items; i++)
    {
      const CrTimelineItem *it = &items[i];
      gboolean forward = direction > 0;

      if (it->first_day == CR_DAY_UNKNOWN || i == self->cursor_item)
        continue;
      /* First and last are the extremes in the other direction. */
      if (ABS (direction) == 2)
        forward = !forward;
      if (current != NULL && (forward ? !item_before (current, it) : !item_before (it, current)))
        continue;
      if (best == G_MAXSIZE || (forward ? item_before (it, &items[best]) : item_before (&items[best], it)))
        best = i;
    }
  if (best == G_MAXSIZE)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  cr_viewport_set_cursor (self->viewport, items[best].id);
  _cr_timeline_view_reveal_item (self, best);
}

static void
action_zoom (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (widget);
  double factor = g_str_equal (action_name, "timeline.zoom-in") ? ZOOM_STEP : 1 / ZOOM_STEP;
  double width = _cr_timeline_view_view_width (self);
  double fraction = CLAMP (_cr_timeline_view_anchor_x (self) / width, 0, 1);
  gint64 start, span, anchor, new_span;

  /* From where a running zoom is going, so that quick presses add up. */
  _cr_timeline_view_get_target (self, &start, &span);
  anchor = start + (gint64) llround (fraction * (double) span);
  new_span = (gint64) llround ((double) span / factor);
  new_span = CLAMP (new_span, CR_VIEWPORT_MIN_SPAN, CR_VIEWPORT_MAX_SPAN);
  _cr_timeline_view_animate_to (self, anchor - (gint64) llround (fraction * (double) new_span), new_span, FALSE);
}

static void
action_zoom_fit (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (widget);
  gint64 start, span;

  if (cr_viewport_plan_fit (self->viewport, &start, &span))
    _cr_timeline_view_animate_to (self, start, span, TRUE);
}

static void
action_zoom_selection (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (widget);
  gint64 start, span;

  if (self->index == NULL || self->selected_item == G_MAXSIZE)
    return;
  plan_item_range (self, &cr_timeline_index_get_items (self->index, NULL)[self->selected_item], &start, &span);
  _cr_timeline_view_animate_to (self, start, span, FALSE);
}

static void
action_go_to_date (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!cr_timeline_view_go_to_date (self, g_variant_get_string (parameter, NULL), &error))
    {
      gtk_widget_error_bell (widget);
      /* The window shows it in a toast, when there is one. */
      gtk_widget_activate_action (widget, "win.show-error", "s", error->message);
    }
}

static void
action_pan (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (widget);
  gint64 start, span;

  _cr_timeline_view_get_target (self, &start, &span);
  start += (gint64) llround ((g_str_equal (action_name, "timeline.pan-left") ? -0.125 : 0.125) * (double) span);
  _cr_timeline_view_animate_to (self, start, span, FALSE);
}

static void
action_move_cursor (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (widget);

  if (g_str_equal (action_name, "timeline.next-event"))
    move_cursor (self, 1);
  else if (g_str_equal (action_name, "timeline.previous-event"))
    move_cursor (self, -1);
  else if (g_str_equal (action_name, "timeline.first-event"))
    move_cursor (self, -2);
  else
    move_cursor (self, 2);
}

static void
action_select_cursor (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (widget);
  gint64 id = cr_viewport_get_cursor (self->viewport);

  cr_viewport_set_selection (self->viewport, id);
  if (g_str_equal (action_name, "timeline.activate-cursor") && id >= 0)
    _cr_timeline_view_emit_activated (self, id);
}

static void
action_go_today (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  centre_on_day (CR_TIMELINE_VIEW (widget), _cr_timeline_view_today ());
}

static void
action_scroll_lanes (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _cr_timeline_view_scroll_lanes (CR_TIMELINE_VIEW (widget),
                                  g_str_equal (action_name, "timeline.lanes-up") ? -1 : 1);
}

static void
bind_keys (GtkWidgetClass *widget_class,
           const char     *action,
           const guint    *keys,
           GdkModifierType modifiers)
{
  for (guint i = 0; keys[i] != 0; i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], modifiers, action, NULL);
}

void
_cr_timeline_view_class_init_actions (GtkWidgetClass *widget_class)
{
  static const guint zoom_in[] = { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add, 0 };
  static const guint zoom_out[] = { GDK_KEY_minus, GDK_KEY_KP_Subtract, 0 };
  static const guint fit[] = { GDK_KEY_0, GDK_KEY_KP_0, 0 };
  static const guint left[] = { GDK_KEY_Left, GDK_KEY_KP_Left, 0 };
  static const guint right[] = { GDK_KEY_Right, GDK_KEY_KP_Right, 0 };
  static const guint home[] = { GDK_KEY_Home, GDK_KEY_KP_Home, 0 };
  static const guint end[] = { GDK_KEY_End, GDK_KEY_KP_End, 0 };
  static const guint page_up[] = { GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, 0 };
  static const guint page_down[] = { GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, 0 };
  static const guint enter[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, 0 };
  static const guint space[] = { GDK_KEY_space, GDK_KEY_KP_Space, 0 };

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, action_zoom_fit);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-selection", NULL, action_zoom_selection);
  gtk_widget_class_install_action (widget_class, "timeline.go-to-date", "s", action_go_to_date);
  gtk_widget_class_install_action (widget_class, "timeline.go-today", NULL, action_go_today);
  gtk_widget_class_install_action (widget_class, "timeline.pan-left", NULL, action_pan);
  gtk_widget_class_install_action (widget_class, "timeline.pan-right", NULL, action_pan);
  gtk_widget_class_install_action (widget_class, "timeline.lanes-up", NULL, action_scroll_lanes);
  gtk_widget_class_install_action (widget_class, "timeline.lanes-down", NULL, action_scroll_lanes);
  gtk_widget_class_install_action (widget_class, "timeline.next-event", NULL, action_move_cursor);
  gtk_widget_class_install_action (widget_class, "timeline.previous-event", NULL, action_move_cursor);
  gtk_widget_class_install_action (widget_class, "timeline.first-event", NULL, action_move_cursor);
  gtk_widget_class_install_action (widget_class, "timeline.last-event", NULL, action_move_cursor);
  gtk_widget_class_install_action (widget_class, "timeline.select-cursor", NULL, action_select_cursor);
  gtk_widget_class_install_action (widget_class, "timeline.activate-cursor", NULL, action_select_cursor);

  /* "+" and "-" alone as well as with Ctrl: the timeline has no text to
   * type into. */
  bind_keys (widget_class, "timeline.zoom-in", zoom_in, 0);
  bind_keys (widget_class, "timeline.zoom-in", zoom_in, GDK_CONTROL_MASK);
  bind_keys (widget_class, "timeline.zoom-out", zoom_out, 0);
  bind_keys (widget_class, "timeline.zoom-out", zoom_out, GDK_CONTROL_MASK);
  bind_keys (widget_class, "timeline.zoom-fit", fit, GDK_CONTROL_MASK);
  bind_keys (widget_class, "timeline.previous-event", left, 0);
  bind_keys (widget_class, "timeline.next-event", right, 0);
  bind_keys (widget_class, "timeline.pan-left", left, GDK_CONTROL_MASK);
  bind_keys (widget_class, "timeline.pan-right", right, GDK_CONTROL_MASK);
  bind_keys (widget_class, "timeline.pan-left", left, GDK_SHIFT_MASK);
  bind_keys (widget_class, "timeline.pan-right", right, GDK_SHIFT_MASK);
  bind_keys (widget_class, "timeline.first-event", home, 0);
  bind_keys (widget_class, "timeline.last-event", end, 0);
  bind_keys (widget_class, "timeline.lanes-up", page_up, 0);
  bind_keys (widget_class, "timeline.lanes-down", page_down, 0);
  bind_keys (widget_class, "timeline.activate-cursor", enter, 0);
  bind_keys (widget_class, "timeline.select-cursor", space, 0);
}

/* A date as people type it: ISO ("2024", "2024-06", "2024-06-01") or in
 * words, in the interface language first ("3 de septiembre de 2025",
 * "junio de 2024", "ayer"), relative ones counted from today. The longest
 * expression found wins. */
static gboolean
parse_date (const char *text,
            CrDay      *first,
            CrDay      *last)
{
  const char * const *names = g_get_language_names ();
  CrLanguage ui = names[0] != NULL && g_str_has_prefix (names[0], "es") ? CR_LANGUAGE_ES : CR_LANGUAGE_EN;
  CrLanguage languages[] = { ui, ui == CR_LANGUAGE_ES ? CR_LANGUAGE_EN : CR_LANGUAGE_ES };
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*stripped == '\0')
    return FALSE;
  if (cr_day_range_parse (stripped, first, last))
    return TRUE;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GArray) found = cr_date_extract (stripped, -1, languages[l], _cr_timeline_view_today (), NULL);
      const CrTimex *best = NULL;

      for (guint i = 0; found != NULL && i < found->len; i++)
        {
          const CrTimex *timex = &g_array_index (found, CrTimex, i);

          if (timex->first_day == CR_DAY_UNKNOWN || timex->last_day < timex->first_day)
            continue;
          if (best == NULL || timex->end_char - timex->start_char > best->end_char - best->start_char)
            best = timex;
        }
      if (best != NULL)
        {
          *first = best->first_day;
          *last = best->last_day;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * cr_timeline_view_go_to_date:
 * @text: a date as the user typed it
 *
 * Shows the date in @text: a day is centred (from far out, with the month
 * around it), a longer period fills the view. The keyboard cursor goes to
 * the first event of that period, if any.
 *
 * Returns: %FALSE, with @error set, when @text names no date
 */
gboolean
cr_timeline_view_go_to_date (CrTimelineView  *self,
                             const char      *text,
                             GError         **error)
{
  const CrTimelineItem *items;
  gsize n_items, found = G_MAXSIZE;
  CrDay first, last;
  gint64 start, span;

  g_return_val_if_fail (CR_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!parse_date (text, &first, &last))
    {
      g_set_error (error, CR_TIMELINE_VIEW_ERROR, CR_TIMELINE_VIEW_ERROR_NOT_A_DATE,
                   /* Translators: %s is what the user typed */
                   _("“%s” is not a date Cronista understands; try “3 September 2025”, “June 2024” or “2024”."),
                   text);
      return FALSE;
    }

  _cr_timeline_view_get_target (self, &start, &span);
  if (first == last && span <= GO_TO_DAY_MAX_SPAN)
    centre_on_day (self, first);
  else
    {
      gint64 range_start, range_end;

      if (first == last)
        {
          range_start = (gint64) first * DAY + DAY / 2 - GO_TO_DAY_SPAN / 2;
          range_end = range_start + GO_TO_DAY_SPAN;
        }
      else
        {
          gint64 margin = MAX ((gint64) (last - first + 1) * DAY / 20, DAY / 2);

          range_start = (gint64) first * DAY - margin;
          range_end = (gint64) (last + 1) * DAY + margin;
        }
      cr_viewport_plan_range (self->viewport, range_start, range_end, &start, &span);
      _cr_timeline_view_animate_to (self, start, span, FALSE);
    }

  if (self->index == NULL)
    return TRUE;
  items = cr_timeline_index_get_items (self->index, &n_items);
  for (gsize i = 0; i < n_items; i++)
    if (items[i].first_day >= first && items[i].first_day <= last &&
        (found == G_MAXSIZE || item_before (&items[i], &items[found])))
      found = i;
  if (found != G_MAXSIZE)
    {
      cr_viewport_set_cursor (self->viewport, items[found].id);
      reveal_lane (self, found);
    }
  return TRUE;
}
