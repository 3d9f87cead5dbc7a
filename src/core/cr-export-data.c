/* cr-export-data.c: the library's events for spreadsheets, calendars and the web
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-export"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-export-data.h"

gboolean
cr_data_format_from_string (const char   *str,
                            CrDataFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (g_strcmp0 (str, "csv") == 0)
    *format = CR_DATA_FORMAT_CSV;
  else if (g_strcmp0 (str, "ics") == 0)
    *format = CR_DATA_FORMAT_ICS;
  else if (g_strcmp0 (str, "timelinejs") == 0)
    *format = CR_DATA_FORMAT_TIMELINEJS;
  else
    return FALSE;
  return TRUE;
}

static char *
join_names (GPtrArray  *entities,
            const char *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < entities->len; i++)
    {
      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, ((CrEventEntity *) g_ptr_array_index (entities, i))->name);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
article_ids (GPtrArray *mentions)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 last = 0;

  for (guint i = 0; i < mentions->len; i++)
    {
      CrStoreEventMention *m = g_ptr_array_index (mentions, i);

      if (m->article_id == last)
        continue;
      g_string_append_printf (out, "%s%" G_GINT64_FORMAT, out->len ? " " : "", m->article_id);
      last = m->article_id;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled; records end in CRLF. */
static void
csv_field (GString    *out,
           const char *text,
           gboolean    last)
{
  if (text == NULL)
    text = "";
  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
  g_string_append (out, last ? "\r\n" : ",");
}

static void
write_csv (GString   *out,
           CrStore   *store,
           GPtrArray *events)
{
  static const char * const header[] = {
    "id", "value", "first_day", "last_day", "granularity", "kind", "title",
    "participants", "place", "articles", "sentences", "confidence",
  };

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    csv_field (out, header[i], i + 1 == G_N_ELEMENTS (header));

  for (guint i = 0; i < events->len; i++)
    {
      CrStoreEvent *ev = g_ptr_array_index (events, i);
      g_autoptr(GPtrArray) mentions = cr_store_get_event_mentions (store, ev->id, NULL);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, ev->id);
      g_autofree char *names = join_names (ev->participants, "; ");
      g_autofree char *articles = mentions ? article_ids (mentions) : g_strdup ("");
      g_autoptr(GString) sentences = g_string_new (NULL);
      char first[16], last[16], confidence[G_ASCII_DTOSTR_BUF_SIZE];

      for (guint m = 0; mentions && m < mentions->len; m++)
        {
          if (m > 0)
            g_string_append_c (sentences, '\n');
          g_string_append (sentences, ((CrStoreEventMention *) g_ptr_array_index (mentions, m))->sentence);
        }
      g_ascii_formatd (confidence, sizeof confidence, "%.2f", ev->confidence);

      csv_field (out, id, FALSE);
      csv_field (out, ev->value, FALSE);
      csv_field (out, cr_day_format_iso (ev->first_day, first, sizeof first), FALSE);
      csv_field (out, cr_day_format_iso (ev->last_day, last, sizeof last), FALSE);
      csv_field (out, cr_granularity_to_string (ev->granularity), FALSE);
      csv_field (out, cr_event_kind_to_string (ev->kind), FALSE);
      csv_field (out, ev->title, FALSE);
      csv_field (out, names, FALSE);
      csv_field (out, ev->place ? ev->place->name : "", FALSE);
      csv_field (out, articles, FALSE);
      csv_field (out, sentences->str, FALSE);
      csv_field (out, confidence, TRUE);
    }
}

/* RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped. */
static char *
ics_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p++)
    {
      switch (*p)
        {
        case '\\':
        case ';':
        case ',':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* Lines longer than 75 octets are folded (CRLF and a space), never inside
 * a UTF-8 sequence (RFC 5545 §3.1). */
static void
ics_line (GString    *out,
          const char *name,
          const char *value)
{
  g_autofree char *line = g_strconcat (name, value, NULL);
  const char *p = line;
  gsize used = 0;

  while (*p)
    {
      gsize n = g_utf8_next_char (p) - p;

      if (used + n > 75)
        {
          g_string_append (out, "\r\n ");
          used = 1;
        }
      g_string_append_len (out, p, n);
      used += n;
      p += n;
    }
  g_string_append (out, "\r\n");
}

static void
ics_date (char  *buf,
          CrDay  day)
{
  int y, m, d;

  cr_day_to_ymd (day, &y, &m, &d);
  g_snprintf (buf, 16, "%04d%02d%02d", y, m, d);
}

static void
write_ics (GString    *out,
           CrStore    *store,
           GPtrArray  *events,
           const char *title)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  g_autofree char *calname = ics_escape (title ? title : "Cronista");

  ics_line (out, "BEGIN:", "VCALENDAR");
  ics_line (out, "VERSION:", "2.0");
  ics_line (out, "PRODID:", "-//Cronista//Cronista " PACKAGE_VERSION "//EN");
  ics_line (out, "CALSCALE:", "GREGORIAN");
  ics_line (out, "X-WR-CALNAME:", calname);

  for (guint i = 0; i < events->len; i++)
    {
      CrStoreEvent *ev = g_ptr_array_index (events, i);
      g_autoptr(GPtrArray) mentions = cr_store_get_event_mentions (store, ev->id, NULL);
      g_autoptr(GString) description = g_string_new (NULL);
      g_autofree char *uid = NULL;
      g_autofree char *summary = ics_escape (ev->title);
      g_autofree char *names = join_names (ev->participants, ", ");
      g_autofree char *desc = NULL;
      g_autofree char *location = ev->place ? ics_escape (ev->place->name) : NULL;
      char start[16], end[16];

      /* Stable across exports of the same library content. */
      uid = g_strdup_printf ("%08x-%s-%s@cronista",
                             g_str_hash (ev->title), ev->value, cr_event_kind_to_string (ev->kind));
      /* All-day: DTEND is the day after the last one (exclusive). */
      ics_date (start, ev->first_day);
      ics_date (end, ev->last_day + 1);
      if (*names)
        g_string_append_printf (description, "%s\n", names);
      for (guint m = 0; mentions && m < mentions->len; m++)
        {
          CrStoreEventMention *mention = g_ptr_array_index (mentions, m);

          g_string_append_printf (description, "«%s» — %s\n", mention->sentence, mention->article_title);
        }
      desc = ics_escape (description->str);

      ics_line (out, "BEGIN:", "VEVENT");
      ics_line (out, "UID:", uid);
      ics_line (out, "DTSTAMP:", stamp);
      ics_line (out, "DTSTART;VALUE=DATE:", start);
      ics_line (out, "DTEND;VALUE=DATE:", end);
      ics_line (out, "SUMMARY:", summary);
      if (*desc)
        ics_line (out, "DESCRIPTION:", desc);
      if (location)
        ics_line (out, "LOCATION:", location);
      ics_line (out, "CATEGORIES:", cr_event_kind_to_string (ev->kind));
      ics_line (out, "END:", "VEVENT");
    }
  ics_line (out, "END:", "VCALENDAR");
}

static void
add_tljs_date (JsonBuilder   *b,
               const char    *member,
               CrDay          day,
               CrGranularity  granularity)
{
  int y, m, d;

  cr_day_to_ymd (day, &y, &m, &d);
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "year");
  json_builder_add_int_value (b, y);
  /* A month or a year is written at its own precision. */
  if (granularity <= CR_GRANULARITY_MONTH)
    {
      json_builder_set_member_name (b, "month");
      json_builder_add_int_value (b, m);
    }
  if (granularity <= CR_GRANULARITY_WEEK)
    {
      json_builder_set_member_name (b, "day");
      json_builder_add_int_value (b, d);
    }
  json_builder_end_object (b);
}

static void
write_timelinejs (GString    *out,
                  CrStore    *store,
                  GPtrArray  *events,
                  const char *title)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "title");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "text");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "headline");
  json_builder_add_string_value (b, title ? title : "Cronista");
  json_builder_end_object (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "events");
  json_builder_begin_array (b);
  for (guint i = 0; i < events->len; i++)
    {
      CrStoreEvent *ev = g_ptr_array_index (events, i);
      g_autoptr(GPtrArray) mentions = cr_store_get_event_mentions (store, ev->id, NULL);
      g_autoptr(GString) body = g_string_new (NULL);
      g_autofree char *uid = g_strdup_printf ("event-%" G_GINT64_FORMAT, ev->id);

      for (guint m = 0; mentions && m < mentions->len; m++)
        {
          CrStoreEventMention *mention = g_ptr_array_index (mentions, m);
          g_autofree char *sentence = g_markup_escape_text (mention->sentence, -1);
          g_autofree char *source = g_markup_escape_text (mention->article_title, -1);

          g_string_append_printf (body, "<p>«%s» <em>%s</em></p>", sentence, source);
        }

      json_builder_begin_object (b);
      add_tljs_date (b, "start_date", ev->first_day, ev->granularity);
      if (ev->last_day != ev->first_day && ev->granularity == CR_GRANULARITY_DAY)
        add_tljs_date (b, "end_date", ev->last_day, ev->granularity);
      json_builder_set_member_name (b, "text");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "headline");
      json_builder_add_string_value (b, ev->title);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, body->str);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "group");
      json_builder_add_string_value (b, cr_event_kind_get_label (ev->kind));
      json_builder_set_member_name (b, "unique_id");
      json_builder_add_string_value (b, uid);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_root (gen, root);
  text = json_generator_to_data (gen, NULL);
  g_string_append (out, text);
  g_string_append_c (out, '\n');
}

char *
cr_export_events_to_string (CrStore                  *store,
                            const CrStoreEventFilter *filter,
                            CrDataFormat              format,
                            const char               *language,
                            const char               *title,
                            guint                    *n_events,
                            GError                  **error)
{
  CrStoreEventFilter all;
  g_autoptr(GPtrArray) events = NULL;
  GString *out;

  g_return_val_if_fail (CR_IS_STORE (store), NULL);

  cr_store_event_filter_init (&all);
  if (filter != NULL)
    all = *filter;
  all.language = language;
  events = cr_store_list_events (store, &all, error);
  if (events == NULL)
    return NULL;
  if (n_events)
    *n_events = events->len;

  out = g_string_new (NULL);
  switch (format)
    {
    case CR_DATA_FORMAT_CSV:
      write_csv (out, store, events);
      break;
    case CR_DATA_FORMAT_ICS:
      write_ics (out, store, events, title);
      break;
    case CR_DATA_FORMAT_TIMELINEJS:
    default:
      write_timelinejs (out, store, events, title);
      break;
    }
  return g_string_free (out, FALSE);
}

gboolean
cr_export_events (CrStore                  *store,
                  const CrStoreEventFilter *filter,
                  CrDataFormat              format,
                  const char               *language,
                  const char               *title,
                  const char               *path,
                  guint                    *n_events,
                  GError                  **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  text = cr_export_events_to_string (store, filter, format, language, title, n_events, error);
  return text != NULL && g_file_set_contents (path, text, -1, error);
}
