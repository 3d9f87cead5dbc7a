/* cr-importer.c: read files and folders into the library
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-import"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include <libxml/parser.h>

#include "cr-encoding.h"
#include "cr-import-private.h"
#include "cr-library-json.h"
#include "cr-store-edits.h"

G_DEFINE_QUARK (cr-import-error-quark, cr_import_error)

/* Files per transaction: each commit writes the pages the batch changed
 * to the WAL and waits for the disk, so fewer, larger batches write the
 * pages every batch touches (index interiors) less often. The writer's
 * page cache (cr-store.c) holds a batch this size. */
#define DEFAULT_BATCH_SIZE 1024

/* Tried in this order: the markup formats first, because the text
 * importer accepts anything that is not markup. */
static const CrImportHandler * const handlers[] = {
  &cr_import_handler_feed,
  &cr_import_handler_html,
  &cr_import_handler_json,
  &cr_import_handler_text,
};

/* Extensions a folder walk picks up; anything else there is skipped. */
static const char * const known_exts[] = {
  ".txt", ".text", ".md", ".markdown", ".mdown", ".mkd",
  ".html", ".htm", ".xhtml", ".shtml",
  ".rss", ".atom", ".rdf", ".xml", ".feed",
  ".json", ".ndjson", ".jsonl", NULL,
};

static const char * const status_names[] = {
  "imported", "duplicate", "updated", "skipped", "failed",
};

const char *
cr_import_status_to_string (CrImportStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_names), "failed");
  return status_names[status];
}

void
cr_import_file_result_free (CrImportFileResult *result)
{
  if (result == NULL)
    return;
  g_free (result->path);
  g_clear_pointer (&result->article_ids, g_array_unref);
  g_clear_error (&result->error);
  g_free (result->warning);
  g_free (result);
}

gboolean
_cr_import_has_extension (const char         *path,
                          const char * const *exts)
{
  const char *dot;

  if (path == NULL)
    return FALSE;
  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, '/') != NULL)
    return FALSE;
  for (guint i = 0; exts[i]; i++)
    if (g_ascii_strcasecmp (dot, exts[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
_cr_import_starts_with (const char *text,
                        gsize       len,
                        const char *prefix)
{
  gsize i = 0, n = strlen (prefix);

  while (i < len && g_ascii_isspace (text[i]))
    i++;
  return len - i >= n && g_ascii_strncasecmp (text + i, prefix, n) == 0;
}

void
_cr_import_take_date (CrArticle    *article,
                      const char   *str,
                      CrDateSource  source)
{
  g_autofree char *value = NULL;

  if (str == NULL || article->date_source == CR_DATE_SOURCE_USER)
    return;
  if (article->date_source != CR_DATE_SOURCE_NONE && article->date_source <= source)
    return;
  value = cr_article_parse_date (str);
  if (value != NULL)
    cr_article_set_date_value (article, value, source);
}

static CrImportError
import_error_from_encoding (const GError *error)
{
  switch (error->code)
    {
    case CR_ENCODING_ERROR_EMPTY:
      return CR_IMPORT_ERROR_EMPTY;
    case CR_ENCODING_ERROR_BINARY:
      return CR_IMPORT_ERROR_BINARY;
    default:
      return CR_IMPORT_ERROR_ENCODING;
    }
}

GPtrArray *
cr_importer_parse_data (const char  *path,
                        const char  *data,
                        gsize        len,
                        char       **warning,
                        GError     **error)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_article_unref);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  CrEncodingFlags flags = 0;
  gsize text_len = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (warning != NULL)
    *warning = NULL;

  if (len > CR_IMPORT_MAX_FILE_SIZE)
    {
      g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %u MiB, the most Cronista imports from one file."),
                   (guint) (CR_IMPORT_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }

  text = cr_encoding_to_utf8 (data, len, &text_len, &flags, NULL, &local_error);
  if (text == NULL)
    {
      g_set_error_literal (error, CR_IMPORT_ERROR, import_error_from_encoding (local_error),
                           local_error->message);
      return NULL;
    }
  if ((flags & CR_ENCODING_FLAG_FALLBACK_1252) && warning != NULL)
    *warning = g_strdup (_("The file is not valid UTF-8 and declares no encoding; it was read as Windows-1252."));

  for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
    {
      if (!handlers[i]->sniff (path, text, text_len))
        continue;
      if (!handlers[i]->parse (path, text, text_len, articles, error))
        return NULL;
      break;
    }

  if (articles->len == 0)
    {
      g_set_error_literal (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_UNSUPPORTED,
                           _("No importer recognises this file."));
      return NULL;
    }

  for (guint i = 0; i < articles->len; i++)
    {
      CrArticle *article = g_ptr_array_index (articles, i);

      g_free (article->file_path);
      article->file_path = g_strdup (path);
      /* Several articles from one file need keys of their own even
       * without URLs or ids: their position in the file. */
      if (articles->len > 1 &&
          (article->source_url == NULL || !*article->source_url) &&
          (article->entry_id == NULL || !*article->entry_id))
        {
          g_free (article->entry_id);
          article->entry_id = g_strdup_printf ("%s#%u", path, i + 1);
        }
    }

  return g_steal_pointer (&articles);
}

GPtrArray *
cr_importer_parse_file (const char  *path,
                        char       **warning,
                        GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *abs_path = NULL;
  GStatBuf st;
  gsize len;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  abs_path = g_canonicalize_filename (path, NULL);

  if (g_stat (abs_path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_IO,
                   _("Cannot read the file: %s"), g_strerror (saved_errno));
      return NULL;
    }
  /* Refuse before reading: an oversize file is never loaded. */
  if (st.st_size > CR_IMPORT_MAX_FILE_SIZE)
    {
      g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %u MiB, the most Cronista imports from one file."),
                   (guint) (CR_IMPORT_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }
  if (!g_file_get_contents (abs_path, &data, &len, &local_error))
    {
      g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_IO,
                   _("Cannot read the file: %s"), local_error->message);
      return NULL;
    }
  return cr_importer_parse_data (abs_path, data, len, warning, error);
}

static CrImportFileResult *
file_result_new (const char *path)
{
  CrImportFileResult *result = g_new0 (CrImportFileResult, 1);

  result->path = g_strdup (path);
  result->article_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return result;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Collects the files under @dir in a stable (sorted) order; files no
 * importer knows by name become "skipped" results right away. */
static void
walk_folder (const char *dir,
             GPtrArray  *files,
             GPtrArray  *skipped,
             guint       depth)
{
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (depth > 32 || (d = g_dir_open (dir, 0, NULL)) == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (dir, g_ptr_array_index (names, i), NULL);

      if (g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        walk_folder (child, files, skipped, depth + 1);
      else if (_cr_import_has_extension (child, known_exts))
        g_ptr_array_add (files, g_steal_pointer (&child));
      else
        {
          CrImportFileResult *result = file_result_new (child);

          result->status = CR_IMPORT_STATUS_SKIPPED;
          g_set_error_literal (&result->error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_UNSUPPORTED,
                               _("Not a format Cronista imports."));
          g_ptr_array_add (skipped, result);
        }
    }
}

/* Imports one file inside its own savepoint: either all its articles are
 * stored or none. */
static gboolean
is_library_file (const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) in = NULL;
  char head[512];
  gsize n = 0;

  if (!g_str_has_suffix (path, ".json"))
    return FALSE;
  file = g_file_new_for_path (path);
  in = g_file_read (file, NULL, NULL);
  if (in == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (in), head, sizeof head, &n, NULL, NULL))
    return FALSE;
  return cr_library_json_sniff (head, n);
}

static GPtrArray *
read_library_file (const char  *path,
                   GPtrArray  **edits,
                   GError     **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr(GError) local_error = NULL;

  if (!g_file_get_contents (path, &data, &len, &local_error))
    {
      g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_IO,
                   _("Cannot read the file: %s"), local_error->message);
      return NULL;
    }
  return cr_library_json_parse (data, len, edits, error);
}

/* Imports one file into the open transaction. With @savepoint, inside a
 * savepoint of its own, so that a failure takes back this file alone.
 * Without (the fast way: a savepoint makes SQLite copy every page the
 * file changes that the batch had changed already), a failure after the
 * file wrote something returns TRUE: the caller must roll the whole
 * transaction back and redo the batch with savepoints. */
static gboolean
import_one (CrStore                *store,
            const CrImportOptions  *options,
            GCancellable           *cancellable,
            gboolean                savepoint,
            CrImportFileResult     *result)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  GError *error = NULL;

  /* A whole library exported by Cronista brings its edits along. */
  if (is_library_file (result->path))
    articles = read_library_file (result->path, &edits, &error);
  else
    articles = cr_importer_parse_file (result->path, &result->warning, &error);
  if (articles == NULL)
    {
      result->status = CR_IMPORT_STATUS_FAILED;
      result->error = error;
      return FALSE;
    }

  if (savepoint && !cr_store_savepoint (store, &error))
    goto store_failed;

  for (guint i = 0; i < articles->len; i++)
    {
      CrArticle *article = g_ptr_array_index (articles, i);
      CrStoreAddResult added;

      /* A cancel in the middle of a file takes back what it stored so
       * far: the files before it stay, nothing of this one does. */
      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        {
          if (savepoint)
            cr_store_rollback_to (store);
          g_array_set_size (result->article_ids, 0);
          result->n_imported = result->n_updated = result->n_duplicate = 0;
          goto store_failed;
        }
      if (options->language != CR_LANGUAGE_AUTO)
        {
          article->language = options->language;
          article->language_declared = TRUE;
        }
      if (!cr_store_add_article (store, article, &added, &error))
        {
          if (savepoint)
            cr_store_rollback_to (store);
          g_array_set_size (result->article_ids, 0);
          result->n_imported = result->n_updated = result->n_duplicate = 0;
          goto store_failed;
        }
      g_array_append_val (result->article_ids, article->id);
      if (added == CR_STORE_ADD_IMPORTED)
        result->n_imported++;
      else if (added == CR_STORE_ADD_UPDATED)
        result->n_updated++;
      else
        result->n_duplicate++;
    }

  if (edits != NULL && edits->len > 0 && !cr_store_add_edit_records (store, edits, &error))
    {
      if (savepoint)
        cr_store_rollback_to (store);
      g_array_set_size (result->article_ids, 0);
      result->n_imported = result->n_updated = result->n_duplicate = 0;
      goto store_failed;
    }

  if (savepoint && !cr_store_release (store, &error))
    {
      cr_store_rollback_to (store);
      goto store_failed;
    }

  result->status = result->n_imported > 0 ? CR_IMPORT_STATUS_IMPORTED
                 : result->n_updated > 0 ? CR_IMPORT_STATUS_UPDATED
                 : CR_IMPORT_STATUS_DUPLICATE;
  return FALSE;

store_failed:
  result->status = CR_IMPORT_STATUS_FAILED;
  if (error->domain != CR_STORE_ERROR)
    result->error = error;
  else
    {
      result->error = g_error_new_literal (CR_IMPORT_ERROR, CR_IMPORT_ERROR_STORE, error->message);
      g_error_free (error);
    }
  return !savepoint;
}

/* After a file failed in the open transaction without a savepoint: takes
 * the transaction back and imports its files again, each in a savepoint,
 * from @results[@first] to the failed one, @results[@failed] (a cancelled
 * file keeps its failure: nothing of it may stay). Their results are
 * replaced. */
static gboolean
redo_batch (CrStore                *store,
            const CrImportOptions  *options,
            GCancellable           *cancellable,
            GPtrArray              *results,
            guint                   first,
            guint                   failed,
            GError                **error)
{
  CrImportFileResult *last = g_ptr_array_index (results, failed);
  gboolean cancelled = g_error_matches (last->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  cr_store_rollback (store);
  if (!cr_store_begin (store, error))
    return FALSE;
  for (guint k = first; k <= failed; k++)
    {
      CrImportFileResult *old = g_ptr_array_index (results, k);
      CrImportFileResult *result;

      if (k == failed && cancelled)
        break;
      result = file_result_new (old->path);
      /* The files before the failed one were imported already: a cancel
       * now must not take them back. */
      import_one (store, options, k == failed ? cancellable : NULL, TRUE, result);
      results->pdata[k] = result;
      cr_import_file_result_free (old);
    }
  return TRUE;
}

GPtrArray *
cr_importer_import_sync (CrStore                *store,
                         const char * const     *paths,
                         const CrImportOptions  *options,
                         CrImportProgressFunc    progress,
                         gpointer                progress_data,
                         GCancellable           *cancellable,
                         GError                **error)
{
  static const CrImportOptions default_options = { CR_LANGUAGE_AUTO, 0 };
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_import_file_result_free);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) skipped = g_ptr_array_new ();
  guint batch_size, in_batch = 0, batch_first = 0;
  gboolean in_transaction = FALSE;

  g_return_val_if_fail (CR_IS_STORE (store), NULL);
  g_return_val_if_fail (paths != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &default_options;
  batch_size = options->batch_size ? options->batch_size : DEFAULT_BATCH_SIZE;

  for (guint i = 0; paths[i]; i++)
    {
      g_autofree char *abs_path = g_canonicalize_filename (paths[i], NULL);

      if (g_file_test (abs_path, G_FILE_TEST_IS_DIR))
        walk_folder (abs_path, files, skipped, 0);
      else
        g_ptr_array_add (files, g_steal_pointer (&abs_path));
    }
  for (guint i = 0; i < skipped->len; i++)
    g_ptr_array_add (results, g_ptr_array_index (skipped, i));

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      CrImportFileResult *result;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;

      if (progress != NULL)
        progress (i, files->len, path, progress_data);

      if (!in_transaction)
        {
          if (!cr_store_begin (store, error))
            goto fail;
          in_transaction = TRUE;
          batch_first = results->len;
        }

      result = file_result_new (path);
      g_ptr_array_add (results, result);
      if (import_one (store, options, cancellable, FALSE, result) &&
          !redo_batch (store, options, cancellable, results, batch_first, results->len - 1, error))
        {
          in_transaction = FALSE;
          goto fail;
        }

      if (++in_batch >= batch_size)
        {
          if (!cr_store_commit (store, error))
            goto fail;
          in_transaction = FALSE;
          in_batch = 0;
        }
    }

  if (in_transaction && !cr_store_commit (store, error))
    goto fail;
  cr_store_shrink (store);
  if (progress != NULL)
    progress (files->len, files->len, NULL, progress_data);

  return g_steal_pointer (&results);

fail:
  /* Only the open batch is lost on a cancel; what was committed stays.
   * A cancelled batch is committed: its files were each complete. */
  if (in_transaction)
    {
      if (error != NULL && g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          if (!cr_store_commit (store, NULL))
            cr_store_rollback (store);
        }
      else
        cr_store_rollback (store);
    }
  cr_store_shrink (store);
  return NULL;
}

/* Async: the worker thread runs the sync import; progress is forwarded to
 * the caller's main context, coalesced so a fast import does not flood
 * it. */

typedef struct {
  char                 **paths;
  CrImportOptions        options;
  CrImportProgressFunc   progress;
  gpointer               progress_data;
  GDestroyNotify         progress_destroy;
  GMainContext          *context;
  gint64                 last_report;
} ImportData;

typedef struct {
  ImportData *data;
  guint       done;
  guint       total;
  char       *path;
} ProgressUpdate;

static void
import_data_free (ImportData *data)
{
  g_strfreev (data->paths);
  if (data->progress_destroy != NULL)
    data->progress_destroy (data->progress_data);
  g_main_context_unref (data->context);
  g_free (data);
}

static gboolean
deliver_progress (gpointer user_data)
{
  ProgressUpdate *update = user_data;

  update->data->progress (update->done, update->total, update->path, update->data->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer user_data)
{
  ProgressUpdate *update = user_data;

  g_free (update->path);
  g_free (update);
}

static void
forward_progress (guint       done,
                  guint       total,
                  const char *path,
                  gpointer    user_data)
{
  ImportData *data = user_data;
  gint64 now = g_get_monotonic_time ();
  ProgressUpdate *update;
  GSource *source;

  if (done != 0 && done != total && now - data->last_report < G_USEC_PER_SEC / 20)
    return;
  data->last_report = now;

  update = g_new0 (ProgressUpdate, 1);
  update->data = data;
  update->done = done;
  update->total = total;
  update->path = g_strdup (path);
  /* Always through a source on the caller's context: g_main_context_invoke()
   * would run the callback right here, on the worker, whenever that
   * context happens not to be owned. The task holds @data until its
   * callback, which is dispatched on the same context after these. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress, update, progress_update_free);
  g_source_set_static_name (source, "[cronista] import progress");
  g_source_attach (source, data->context);
  g_source_unref (source);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CrStore *store = source_object;
  ImportData *data = task_data;
  GError *error = NULL;
  GPtrArray *results;

  results = cr_importer_import_sync (store, (const char * const *) data->paths, &data->options,
                                     data->progress ? forward_progress : NULL, data,
                                     cancellable, &error);
  if (results == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

void
cr_importer_import_async (CrStore                *store,
                          const char * const     *paths,
                          const CrImportOptions  *options,
                          CrImportProgressFunc    progress,
                          gpointer                progress_data,
                          GDestroyNotify          progress_destroy,
                          GCancellable           *cancellable,
                          GAsyncReadyCallback     callback,
                          gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (CR_IS_STORE (store));
  g_return_if_fail (paths != NULL);

  /* libxml2 wants its global state set up once, before threads use it. */
  xmlInitParser ();

  data = g_new0 (ImportData, 1);
  data->paths = g_strdupv ((char **) paths);
  if (options != NULL)
    data->options = *options;
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_destroy = progress_destroy;
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_importer_import_async);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

GPtrArray *
cr_importer_import_finish (CrStore       *store,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (CR_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
