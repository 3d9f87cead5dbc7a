/* cr-cli-export.c: `cronista-cli export`, the timeline as PNG, SVG or PDF
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "cr-calendar.h"
#include "cr-cli-commands.h"
#include "cr-cli-library.h"
#include "cr-export-data.h"
#include "cr-handout.h"
#include "cr-library-json.h"
#include "cr-store-event-source.h"
#include "cr-store-events.h"
#include "cr-timeline-export.h"
#include "cr-timeline-model.h"

static void
usage (FILE *fp)
{
  fprintf (fp, "%s\n", _("Usage: cronista-cli [--db PATH] export --format png|svg|pdf|handout|csv|ics|timelinejs|json --output FILE [OPTIONS…]"));
  fprintf (fp, "%s\n", _("Draws the library's timeline into an image or a PDF, as the app shows it, or a printable PDF handout with one section per event, or writes its events as CSV, iCalendar or TimelineJS JSON, or the whole library (articles, events and edits) as JSON that “import” reads back."));
  fprintf (fp, "  --width W --height H    %s\n", _("Size in pixels (points for PDF); default 1600×900"));
  fprintf (fp, "  --scale S               %s\n", _("PNG pixels per pixel, for crisp projection (1 to 4)"));
  fprintf (fp, "  --from DATE --to DATE   %s\n", _("The period shown (YYYY, YYYY-MM or YYYY-MM-DD); default: all events"));
  fprintf (fp, "  --lanes kind|article|entity|none  %s\n", _("How events are grouped into lanes (default: kind)"));
  fprintf (fp, "  --lang es|en            %s\n", _("Language of the labels"));
  fprintf (fp, "  --title TEXT            %s\n", _("A title above the timeline"));
  fprintf (fp, "  --no-legend             %s\n", _("Leave out the legend of event kinds"));
  fprintf (fp, "  --dark                  %s\n", _("Dark colours"));
  fprintf (fp, "  --today DATE            %s\n", _("Where to draw the “today” marker (default: today)"));
}

/* Labels follow the interface language unless --lang says otherwise: the
 * ruler's month names come from the locale, its formats from gettext. */
static void
switch_language (const char *lang)
{
  const char *locale = g_str_equal (lang, "es") ? "es_ES.UTF-8" : "en_US.UTF-8";

  g_setenv ("LANGUAGE", lang, TRUE);
  if (setlocale (LC_ALL, locale) == NULL)
    cr_cli_printerr (_("The locale %s is not installed; labels may stay in another language."), locale);
}

static gboolean
parse_int (const char *option,
           const char *value,
           int         min,
           int         max,
           int        *out)
{
  char *end = NULL;
  long v = value ? strtol (value, &end, 10) : 0;

  if (value == NULL || *end != '\0' || v < min || v > max)
    {
      /* Translators: %s is an option (--width), %d the smallest and largest value */
      cr_cli_printerr (_("Option %s takes a whole number from %d to %d."), option, min, max);
      return FALSE;
    }
  *out = (int) v;
  return TRUE;
}

/* A title page with the whole timeline, then a section per event with
 * its date, participants and the sentences that report it. */
static int
export_handout (CrStore               *store,
                const CrExportOptions *image_options,
                const char            *lang,
                const char            *output)
{
  g_autoptr(GError) error = NULL;
  guint n_events = 0, pages = 0;

  if (!cr_handout_export (store, image_options->from, image_options->to, lang, image_options->title,
                          output, &n_events, &pages, &error))
    {
      cr_cli_printerr (_("Could not export to %s: %s"), output, error->message);
      return 1;
    }
  printf ("exported\t%s\t%u\t%u\n", output, n_events, pages);
  return 0;
}

int
cr_cli_export (CrCliGlobals  *globals,
               int            argc,
               char         **argv)
{
  CrExportOptions options;
  CrLaneGrouping grouping = CR_LANE_GROUPING_KIND;
  const char *output = NULL, *format = NULL, *lang = NULL;
  g_autoptr(CrStore) store = NULL;
  g_autoptr(CrStoreEventSource) source = NULL;
  g_autoptr(GArray) summaries = NULL;
  g_autoptr(GArray) lane_ids = NULL;
  g_autoptr(GPtrArray) lane_names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree CrTimelineItem *items = NULL;
  gboolean missing;
  gboolean is_data = FALSE;
  gboolean is_library = FALSE;
  gboolean is_handout = FALSE;
  CrDataFormat data_format = CR_DATA_FORMAT_CSV;
  int scale = 1;

  cr_export_options_init (&options);
  options.width = 1600;
  options.height = 900;
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    options.today = cr_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                                     g_date_time_get_day_of_month (now));
  }

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const char *value = i + 1 < argc ? argv[i + 1] : NULL;
      gboolean ok = TRUE, takes_value = TRUE;

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          usage (stdout);
          return 0;
        }
      else if (g_str_equal (arg, "--format"))
        format = value;
      else if (g_str_equal (arg, "--output") || g_str_equal (arg, "-o"))
        output = value;
      else if (g_str_equal (arg, "--width"))
        ok = parse_int (arg, value, 200, 20000, &options.width);
      else if (g_str_equal (arg, "--height"))
        ok = parse_int (arg, value, 150, 20000, &options.height);
      else if (g_str_equal (arg, "--scale"))
        ok = parse_int (arg, value, 1, 4, &scale);
      else if (g_str_equal (arg, "--from"))
        ok = cr_cli_parse_day_option (arg, value, FALSE, &options.from);
      else if (g_str_equal (arg, "--to"))
        ok = cr_cli_parse_day_option (arg, value, TRUE, &options.to);
      else if (g_str_equal (arg, "--today"))
        ok = cr_cli_parse_day_option (arg, value, FALSE, &options.today);
      else if (g_str_equal (arg, "--title"))
        options.title = value;
      else if (g_str_equal (arg, "--lang"))
        lang = value;
      else if (g_str_equal (arg, "--lanes"))
        {
          if (g_strcmp0 (value, "kind") == 0)
            grouping = CR_LANE_GROUPING_KIND;
          else if (g_strcmp0 (value, "article") == 0)
            grouping = CR_LANE_GROUPING_ARTICLE;
          else if (g_strcmp0 (value, "entity") == 0)
            grouping = CR_LANE_GROUPING_ENTITY;
          else if (g_strcmp0 (value, "none") == 0)
            grouping = CR_LANE_GROUPING_SINGLE;
          else
            {
              cr_cli_printerr (_("Unknown lane grouping “%s”: use kind, article, entity or none."), value ? value : "");
              ok = FALSE;
            }
        }
      else if (g_str_equal (arg, "--no-legend"))
        {
          options.legend = FALSE;
          takes_value = FALSE;
        }
      else if (g_str_equal (arg, "--dark"))
        {
          options.palette = CR_PALETTE_DARK;
          takes_value = FALSE;
        }
      else
        {
          cr_cli_printerr (_("Unknown option “%s”. Run “cronista-cli COMMAND --help” for the options of a command."), arg);
          return 2;
        }

      if (!ok)
        return 2;
      if (takes_value)
        {
          if (value == NULL)
            {
              cr_cli_printerr (_("Option “%s” needs a value."), arg);
              return 2;
            }
          i++;
        }
    }

  if (output == NULL)
    {
      usage (stderr);
      return 2;
    }
  if (format == NULL)
    {
      /* From the extension: ".csv", ".ics"; TimelineJS needs --format. */
      if (g_str_has_suffix (output, ".csv"))
        format = "csv";
      else if (g_str_has_suffix (output, ".ics"))
        format = "ics";
      else if (g_str_has_suffix (output, ".json"))
        format = "json";
    }
  if (g_strcmp0 (format, "json") == 0)
    is_library = TRUE;
  else if (g_strcmp0 (format, "handout") == 0)
    is_handout = TRUE;
  else if (format != NULL && cr_data_format_from_string (format, &data_format))
    is_data = TRUE;
  else if (format != NULL && !cr_export_format_from_string (format, &options.format))
    {
      cr_cli_printerr (_("Unknown export format “%s”: use png, svg, pdf, handout, csv, ics, timelinejs or json."), format);
      return 2;
    }
  options.scale = scale;
  if (lang != NULL)
    {
      if (!g_str_equal (lang, "es") && !g_str_equal (lang, "en"))
        {
          cr_cli_printerr (_("Unknown language “%s”: use “es” or “en”."), lang);
          return 2;
        }
      switch_language (lang);
    }
  else
    lang = cr_cli_default_language ();

  store = cr_cli_open_store_for_reading (globals, &missing);
  if (store == NULL)
    {
      if (missing)
        cr_cli_printerr (_("There is no library to export: import some articles first."));
      return 1;
    }
  if (is_library)
    {
      g_autofree char *text = cr_library_json_export (store, &error);

      if (text == NULL || !g_file_set_contents (output, text, -1, &error))
        {
          cr_cli_printerr (_("Could not export to %s: %s"), output, error->message);
          return 1;
        }
      printf ("exported\t%s\t%" G_GINT64_FORMAT "\n", output, cr_store_count_articles (store, NULL));
      return 0;
    }

  if (is_handout)
    return export_handout (store, &options, lang, output);

  if (is_data)
    {
      CrStoreEventFilter filter;
      guint n = 0;

      cr_store_event_filter_init (&filter);
      filter.from = options.from;
      filter.to = options.to;
      if (!cr_export_events (store, &filter, data_format, lang, options.title, output, &n, &error))
        {
          cr_cli_printerr (_("Could not export to %s: %s"), output, error->message);
          return 1;
        }
      printf ("exported\t%s\t%u\n", output, n);
      return 0;
    }

  source = cr_store_event_source_new (store);
  summaries = cr_event_source_query (CR_EVENT_SOURCE (source), options.from, options.to, &error);
  if (summaries == NULL)
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }

  items = cr_timeline_items_from_summaries ((const CrEventSummary *) (gpointer) summaries->data,
                                            summaries->len, grouping, &lane_ids);
  switch (grouping)
    {
    case CR_LANE_GROUPING_SINGLE:
      options.lanes = CR_LANE_MODE_SINGLE;
      break;
    case CR_LANE_GROUPING_KIND:
      options.lanes = CR_LANE_MODE_KIND;
      break;
    case CR_LANE_GROUPING_ARTICLE:
    case CR_LANE_GROUPING_ENTITY:
    default:
      options.lanes = CR_LANE_MODE_KEY;
      lane_names = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; lane_ids != NULL && i < lane_ids->len; i++)
        {
          gint64 id = g_array_index (lane_ids, gint64, i);
          char *name = NULL;

          if (grouping == CR_LANE_GROUPING_ARTICLE)
            {
              g_autoptr(CrArticle) article = cr_store_get_article (store, id, NULL);

              name = article ? g_strdup (article->title) : NULL;
            }
          else
            name = cr_store_dup_entity_name (store, id, lang);
          g_ptr_array_add (lane_names, name ? name : g_strdup (""));
        }
      options.lane_names = (const char * const *) lane_names->pdata;
      options.n_lane_names = lane_names->len;
      break;
    }

  if (!cr_timeline_export (items, summaries->len, &options, output, &error))
    {
      /* Translators: %s is the file, then what went wrong */
      cr_cli_printerr (_("Could not export to %s: %s"), output, error->message);
      return 1;
    }
  printf ("exported\t%s\t%u\n", output, summaries->len);
  return 0;
}
