/* cr-library-editor.h: edits of the library from the window, with undo
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-library-view.h"

G_BEGIN_DECLS

#define CR_LIBRARY_EDITOR_ERROR (cr_library_editor_error_quark ())

typedef enum {
  CR_LIBRARY_EDITOR_ERROR_NO_DATE,      /* nothing recognised as a date */
  CR_LIBRARY_EDITOR_ERROR_IMPRECISE,    /* a date, but not a day, month or year */
  CR_LIBRARY_EDITOR_ERROR_BUSY,         /* the library is being re-extracted */
} CrLibraryEditorError;

#define CR_TYPE_LIBRARY_EDITOR (cr_library_editor_get_type ())
G_DECLARE_FINAL_TYPE (CrLibraryEditor, cr_library_editor, CR, LIBRARY_EDITOR, GObject)

GQuark           cr_library_editor_error_quark (void);

/* Edits the library shown in @view of @window, through its own writing
 * connection to the library at the application's library path. Installs
 * the "edit." actions on @window (rename, redate, set-kind, hide, merge,
 * split, add-event, article-date, article-language, reextract …) and
 * "win.undo"/"win.redo", and a context menu on the view's timeline. */
CrLibraryEditor *cr_library_editor_new         (AdwApplicationWindow *window,
                                                CrLibraryView        *view);

/* The TIMEX3 day, month or year that @text means, read like the date
 * extractor reads news ("3 de septiembre de 2025", "June 2024", "ayer",
 * "2024-06-19"), first in @language then in the other one, relative
 * expressions counted from @today. */
char            *cr_library_editor_parse_date  (const char  *text,
                                                const char  *language,
                                                CrDay        today,
                                                GError     **error);

G_END_DECLS
