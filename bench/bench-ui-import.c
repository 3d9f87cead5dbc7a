/* bench-ui-import.c: main-loop stalls while the window imports
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real application on a display (xvfb-run), imports generated
 * articles through the window's import controller and, meanwhile, a
 * timeout every 5 ms and the window's frame clock note how long the main
 * loop went without answering. Each run starts from an empty library;
 * a baseline is the same probe with nothing to do. Prints the longest
 * gap, the median and the 99th percentile, the import time, and what the
 * window's reload of the imported library costs on the main thread.
 *
 *   ninja -C _build bench/bench-ui-import
 *   xvfb-run -a _build/bench/bench-ui-import [--articles N] [--runs N]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <time.h>

#include "bench-corpus.h"
#include "cr-application.h"
#include "cr-article-list.h"
#include "cr-store-event-source.h"
#include "cr-store-events.h"
#include "cr-timeline-model.h"
#include "cr-window.h"

#define PROBE_INTERVAL_MS 5
#define ARTICLE_BYTES 4000
/* After the import, the probe goes on this long to catch the reload. */
#define TAIL_MS 500

typedef struct {
  GArray *gaps;         /* double, ms between probe callbacks */
  GArray *cpu_gaps;     /* double, main-thread CPU ms between them */
  gint64  last_cpu;
  GArray *frames;       /* double, ms between frame clock ticks */
  gint64  last_probe;
  gint64  last_frame;
  guint   probe_id;
  guint   tick_id;
} Probe;

typedef struct {
  double import_s;
  double worker_s;
  double longest, median, p99;
  double cpu_longest, cpu_p99;
  /* While the worker ran, before the window's reload */
  double during_longest, during_p99, during_cpu_longest;
  double frame_longest;
  double reload_ms;
  guint  n_imported;
} RunStats;

static CrApplication *app;
static char *tmpdir;
static char *articles_dir;
static guint n_articles = 1000;
static guint n_runs = 3;
static gsize corpus_bytes;
static gboolean finished;
static guint last_imported;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  p)
{
  guint i;

  if (values->len == 0)
    return 0;
  g_array_sort (values, compare_doubles);
  i = (guint) (p * (values->len - 1) + 0.5);
  return g_array_index (values, double, MIN (i, values->len - 1));
}

/* CPU time of the calling thread: what the main thread itself spent,
 * apart from the time the scheduler gave to other processes. */
static gint64
thread_cpu_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
probe_cb (gpointer user_data)
{
  Probe *probe = user_data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_usec ();
  double gap = (now - probe->last_probe) / 1000.0;
  double cpu_gap = (cpu - probe->last_cpu) / 1000.0;

  g_array_append_val (probe->gaps, gap);
  g_array_append_val (probe->cpu_gaps, cpu_gap);
  probe->last_probe = now;
  probe->last_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Probe *probe = user_data;
  gint64 now = g_get_monotonic_time ();

  if (probe->last_frame != 0)
    {
      double gap = (now - probe->last_frame) / 1000.0;

      g_array_append_val (probe->frames, gap);
    }
  probe->last_frame = now;
  return G_SOURCE_CONTINUE;
}

static void
probe_start (Probe     *probe,
             GtkWidget *widget)
{
  probe->gaps = g_array_new (FALSE, FALSE, sizeof (double));
  probe->cpu_gaps = g_array_new (FALSE, FALSE, sizeof (double));
  probe->last_cpu = thread_cpu_usec ();
  probe->frames = g_array_new (FALSE, FALSE, sizeof (double));
  probe->last_probe = g_get_monotonic_time ();
  probe->last_frame = 0;
  probe->probe_id = g_timeout_add (PROBE_INTERVAL_MS, probe_cb, probe);
  probe->tick_id = gtk_widget_add_tick_callback (widget, tick_cb, probe, NULL);
}

static void
probe_stop (Probe     *probe,
            GtkWidget *widget)
{
  g_clear_handle_id (&probe->probe_id, g_source_remove);
  gtk_widget_remove_tick_callback (widget, probe->tick_id);
}

static void
probe_clear (Probe *probe)
{
  g_clear_pointer (&probe->gaps, g_array_unref);
  g_clear_pointer (&probe->cpu_gaps, g_array_unref);
  g_clear_pointer (&probe->frames, g_array_unref);
}

static gboolean
on_spin_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms, sleeping when it has nothing to do as the
 * application's own loop does: a busy loop would count its own polling
 * as the main thread's CPU time. */
static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_spin_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Articles in the news-desk layout, cut from the shared generated corpus:
 * a title, then about ARTICLE_BYTES of its paragraphs. */
static void
write_articles (void)
{
  g_autoptr(BenchCorpus) corpus = bench_corpus_generate (20261128, (gsize) n_articles * ARTICLE_BYTES);
  guint p = 0;

  articles_dir = g_build_filename (tmpdir, "articles", NULL);
  g_mkdir_with_parents (articles_dir, 0700);
  for (guint i = 0; i < n_articles; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *name = g_strdup_printf ("%05u.txt", i);
      g_autofree char *path = g_build_filename (articles_dir, name, NULL);

      g_string_append_printf (text, "Article %u of the benchmark\n\n", i);
      while (text->len < ARTICLE_BYTES)
        {
          const BenchParagraph *para = &g_array_index (corpus->paragraphs, BenchParagraph,
                                                       p++ % corpus->paragraphs->len);
          const BenchText *source = g_ptr_array_index (corpus->texts, para->text_index);

          g_string_append_len (text, source->text->str + para->offset, para->len);
          g_string_append (text, "\n\n");
        }
      corpus_bytes += text->len;
      g_assert (g_file_set_contents (path, text->str, text->len, NULL));
    }
}

static CrWindow *
get_window (void)
{
  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (CR_IS_WINDOW (l->data))
      return l->data;
  g_assert_not_reached ();
}

static void
on_finished (CrImportController *controller,
             CrImportSummary    *summary,
             double             *worker_s)
{
  *worker_s = summary->elapsed_usec / (double) G_USEC_PER_SEC;
  last_imported = summary->n_imported;
  finished = TRUE;
}

static void
print_stats (const char *what,
             Probe      *probe)
{
  g_print ("%-22s wall gaps: longest %6.1f ms, median %5.1f, p99 %6.1f (%u samples); "
           "frames: longest %6.1f ms\n",
           what, percentile (probe->gaps, 1.0), percentile (probe->gaps, 0.5),
           percentile (probe->gaps, 0.99), probe->gaps->len, percentile (probe->frames, 1.0));
  g_print ("%-22s main-thread CPU per gap: longest %6.1f ms, median %5.2f, p99 %6.1f\n",
           "", percentile (probe->cpu_gaps, 1.0), percentile (probe->cpu_gaps, 0.5),
           percentile (probe->cpu_gaps, 0.99));
}

static void
run_once (guint     run,
          RunStats *stats)
{
  CrWindow *window = get_window ();
  CrImportController *controller = cr_window_get_import_controller (window);
  g_autofree char *library = g_strdup_printf ("%s/library-%u.db", tmpdir, run);
  g_autofree char *label = g_strdup_printf ("run %u:", run + 1);
  const char *paths[] = { articles_dir, NULL };
  Probe probe = { 0 };
  gint64 start, end;
  gulong handler;

  /* A fresh, empty library in the window, as a new user has, once the
   * window has settled on its empty state (the page's crossfade from the
   * last run's library is over). */
  cr_application_set_library_path (app, library);
  cr_window_reload_library (window);
  spin (600);

  handler = g_signal_connect (controller, "finished", G_CALLBACK (on_finished), &stats->worker_s);
  finished = FALSE;
  probe_start (&probe, GTK_WIDGET (window));
  start = g_get_monotonic_time ();
  cr_import_controller_import (controller, library, paths);
  while (!finished)
    g_main_context_iteration (NULL, TRUE);
  end = g_get_monotonic_time ();
  /* Gaps so far ended before the "finished" dispatch: the import alone. */
  {
    g_autoptr(GArray) gaps = g_array_sized_new (FALSE, FALSE, sizeof (double), probe.gaps->len);
    g_autoptr(GArray) cpu = g_array_sized_new (FALSE, FALSE, sizeof (double), probe.cpu_gaps->len);

    g_array_append_vals (gaps, probe.gaps->data, probe.gaps->len);
    g_array_append_vals (cpu, probe.cpu_gaps->data, probe.cpu_gaps->len);
    stats->during_longest = percentile (gaps, 1.0);
    stats->during_p99 = percentile (gaps, 0.99);
    stats->during_cpu_longest = percentile (cpu, 1.0);
    for (guint i = 0; i < probe.cpu_gaps->len; i++)
      if (g_array_index (probe.cpu_gaps, double, i) == stats->during_cpu_longest)
        {
          g_print ("%-22s (the longest main-thread stall at %.0f%% of the import)\n", label,
                   100.0 * i / probe.cpu_gaps->len);
          break;
        }
    g_print ("%-22s during the import: wall longest %.1f ms, p99 %.1f ms; main-thread CPU longest %.1f ms\n",
             label, stats->during_longest, stats->during_p99, stats->during_cpu_longest);
  }
  /* The window reloads in its own handler, in the same dispatch as ours;
   * the tail catches what that leaves for the next frames. */
  spin (TAIL_MS);
  probe_stop (&probe, GTK_WIDGET (window));
  g_signal_handler_disconnect (controller, handler);

  stats->import_s = (end - start) / (double) G_USEC_PER_SEC;
  stats->n_imported = last_imported;
  stats->longest = percentile (probe.gaps, 1.0);
  stats->median = percentile (probe.gaps, 0.5);
  stats->p99 = percentile (probe.gaps, 0.99);
  stats->frame_longest = percentile (probe.frames, 1.0);
  stats->cpu_longest = percentile (probe.cpu_gaps, 1.0);
  stats->cpu_p99 = percentile (probe.cpu_gaps, 0.99);
  print_stats ("  with the reload:", &probe);
  probe_clear (&probe);

  /* The reload alone, on the full library: what the main thread pays. */
  start = thread_cpu_usec ();
  cr_window_reload_library (window);
  /* The views read the library in parts, over the next iterations. */
  while (cr_library_view_is_loading (cr_window_get_library_view (window)))
    g_main_context_iteration (NULL, TRUE);
  stats->reload_ms = (thread_cpu_usec () - start) / 1000.0;

  /* What the reload is made of, each part alone on a new connection. */
  {
    g_autoptr(CrStore) store = cr_store_open_read_only (library, NULL);
    g_autoptr(CrStoreEventSource) source = cr_store_event_source_new (store);
    g_autoptr(CrTimelineModel) model = cr_timeline_model_new (CR_EVENT_SOURCE (source));
    g_autoptr(CrArticleList) list = cr_article_list_new (store);
    gint64 t0 = thread_cpu_usec (), t1, t2;

    cr_timeline_model_reload (model, NULL);
    t1 = thread_cpu_usec ();
    cr_article_list_reload (list, NULL);
    t2 = thread_cpu_usec ();
    /* The rest of the window's reload is the other views following and
     * the frames drawn between the parts (one part per frame). */
    g_print ("%-22s reload parts: timeline model %.1f ms (%lld events), article list %.1f ms, "
             "the other views and the frames between the parts %.1f ms\n", "",
             (t1 - t0) / 1000.0, (long long) cr_store_count_events (store, NULL), (t2 - t1) / 1000.0,
             stats->reload_ms - (t2 - t0) / 1000.0);
  }

  g_print ("%-22s import %.2f s wall (%.2f s worker), %u articles, %.0f articles/s; reload %.1f ms CPU\n",
           "", stats->import_s, stats->worker_s, stats->n_imported,
           stats->n_imported / stats->import_s, stats->reload_ms);
}

static double
median_of (RunStats *runs,
           gsize     offset)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < n_runs; i++)
    g_array_append_val (values, G_STRUCT_MEMBER (double, &runs[i], offset));
  return percentile (values, 0.5);
}

static void
run_bench (gpointer user_data)
{
  int *status = user_data;
  CrWindow *window = get_window ();
  g_autofree RunStats *runs = g_new0 (RunStats, n_runs);
  Probe baseline = { 0 };

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  spin (500);

  g_print ("bench-ui-import: %u articles (%.1f MB), %u runs, probe every %d ms\n",
           n_articles, corpus_bytes / 1e6, n_runs, PROBE_INTERVAL_MS);

  probe_start (&baseline, GTK_WIDGET (window));
  spin (1000);
  probe_stop (&baseline, GTK_WIDGET (window));
  print_stats ("baseline (idle 1 s):", &baseline);
  probe_clear (&baseline);

  for (guint i = 0; i < n_runs; i++)
    run_once (i, &runs[i]);

  g_print ("\nmedian of %u runs, during the import: longest gap %.1f ms wall (p99 %.1f ms), "
           "longest main-thread stall %.1f ms CPU\n",
           n_runs, median_of (runs, G_STRUCT_OFFSET (RunStats, during_longest)),
           median_of (runs, G_STRUCT_OFFSET (RunStats, during_p99)),
           median_of (runs, G_STRUCT_OFFSET (RunStats, during_cpu_longest)));
  g_print ("median of %u runs, with the reload: longest main-thread stall %.1f ms CPU (p99 %.1f ms); "
           "wall: longest gap %.1f ms (p99 %.1f ms, median %.1f ms), "
           "longest frame %.1f ms; import %.2f s; reload %.1f ms CPU\n",
           n_runs, median_of (runs, G_STRUCT_OFFSET (RunStats, cpu_longest)),
           median_of (runs, G_STRUCT_OFFSET (RunStats, cpu_p99)),
           median_of (runs, G_STRUCT_OFFSET (RunStats, longest)),
           median_of (runs, G_STRUCT_OFFSET (RunStats, p99)),
           median_of (runs, G_STRUCT_OFFSET (RunStats, median)),
           median_of (runs, G_STRUCT_OFFSET (RunStats, frame_longest)),
           median_of (runs, G_STRUCT_OFFSET (RunStats, import_s)),
           median_of (runs, G_STRUCT_OFFSET (RunStats, reload_ms)));

  *status = 0;
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
on_activate (GApplication *application,
             int          *status)
{
  static gboolean started;

  if (!started)
    {
      started = TRUE;
      g_idle_add_once (run_bench, status);
    }
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  int articles = 1000, runs = 3;
  const GOptionEntry entries[] = {
    { "articles", 0, 0, G_OPTION_ARG_INT, &articles, "Articles to import (1000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs, each into a new library (3)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *first_library = NULL;
  char *app_argv[] = { (char *) "cronista", (char *) "--db", NULL, NULL };
  int status = 1;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || articles < 1 || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--articles and --runs must be positive");
      return 2;
    }
  n_articles = articles;
  n_runs = runs;

  /* No session bus, no accessibility bus, memory settings: nothing but
   * the import competes with the main loop. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  /* Xvfb has no GPU: software GL would time Mesa, not Cronista (the UI
   * tests do the same). */
  g_setenv ("GDK_BACKEND", "x11", FALSE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GDK_DEBUG", "gl-disable", FALSE);

  tmpdir = g_dir_make_tmp ("cronista-bench-ui-import-XXXXXX", NULL);
  g_assert (tmpdir != NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  write_articles ();

  first_library = g_build_filename (tmpdir, "start.db", NULL);
  app_argv[2] = first_library;
  app = cr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &status);
  g_application_run (G_APPLICATION (app), G_N_ELEMENTS (app_argv) - 1, app_argv);

  g_clear_object (&app);
  remove_tree (tmpdir);
  g_free (tmpdir);
  g_free (articles_dir);
  return status;
}
