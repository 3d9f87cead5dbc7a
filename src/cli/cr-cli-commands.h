/* cr-cli-commands.h: the commands of cronista-cli
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-cli.h"

G_BEGIN_DECLS

/* One line per command; each lives in its own cr-cli-NAME.c. */
int cr_cli_article (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_entities (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_event (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_export (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_events (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_extract (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_import (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_list   (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_redo (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_reextract (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_repair (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_search (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_show   (CrCliGlobals *globals, int argc, char **argv);
int cr_cli_undo (CrCliGlobals *globals, int argc, char **argv);

G_END_DECLS
