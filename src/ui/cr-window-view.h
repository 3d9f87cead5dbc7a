/* cr-window-view.h: the window's view controls — zoom, lanes, panes, search
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-library-view.h"

G_BEGIN_DECLS

/* Adds to @window the actions of its header bar's view menu and search
 * button, all working on @view:
 *
 *   win.zoom-in, win.zoom-out, win.zoom-fit, win.zoom-selection
 *                         the timeline's zoom (its timeline.* actions)
 *   win.go-to-date        asks for a date and shows it (Ctrl+G)
 *   win.zoom-to-article   frames the selected article's events
 *   win.open-beside       opens the sidebar's article beside the other
 *                         one, to compare them (Ctrl+B)
 *   win.search            shows the sidebar and focuses its search (Ctrl+F)
 *   win.show-list (b)     the events as a table instead of the timeline
 *   win.lane-grouping (s) single, kind, article, entity: the setting
 *   win.pane-orientation (s)  vertical (article below the timeline) or
 *                         horizontal (beside it): the setting
 *
 * @settings (may be NULL in tests) remembers lanes and orientation. */
void cr_window_view_init (AdwApplicationWindow *window,
                          CrLibraryView        *view,
                          GSettings            *settings);
/* Turns those actions off while there is no library to show (the empty
 * state), and on again. */
void cr_window_view_set_enabled (AdwApplicationWindow *window,
                                 gboolean              enabled);

G_END_DECLS
