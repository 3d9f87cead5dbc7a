/* cr-cli.h: cronista-cli, the headless interface
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-types.h"

G_BEGIN_DECLS

typedef enum {
  CR_CLI_FORMAT_TSV = 0,
  CR_CLI_FORMAT_JSON,
} CrCliFormat;

/* Options every command shares, parsed before the command name
 * (`cronista-cli [--db PATH] [--format F] COMMAND ...`). */
typedef struct {
  char        *db_path;      /* --db, or NULL: see cr_runtime_dup_library_path() */
  CrCliFormat  format;       /* --format, may be overridden per command */
} CrCliGlobals;

/* A command receives its own name in argv[0] and returns the exit status.
 * Results go to stdout (stable English status words, TSV or JSON);
 * explanations for people go to stderr, translated. */
typedef int (*CrCliCommandFunc) (CrCliGlobals  *globals,
                                 int            argc,
                                 char         **argv);

typedef struct {
  const char       *name;
  const char       *summary;   /* marked with N_ and translated when printed */
  CrCliCommandFunc  run;
} CrCliCommand;

int          cr_cli_main              (int     argc,
                                       char  **argv);

/* Parses "tsv" or "json" into @format; prints an error on stderr and
 * returns FALSE otherwise. */
gboolean     cr_cli_parse_format      (const char   *str,
                                       CrCliFormat  *format);

/* Writes @str to @out escaping tab, newline, carriage return and
 * backslash as \t \n \r \\ so that it fits in one TSV field. */
void         cr_cli_write_tsv_field   (GString      *out,
                                       const char   *str);

/* Parses the value of a date option (YYYY, YYYY-MM or YYYY-MM-DD) into
 * its first day, or its last one when @last; explains a bad value on
 * stderr and returns FALSE. */
gboolean     cr_cli_parse_day_option  (const char   *option,
                                       const char   *value,
                                       gboolean      last,
                                       CrDay        *day);

/* "es" when the interface speaks Spanish, else "en": the default of
 * --lang. */
const char  *cr_cli_default_language  (void);

/* Prints a translated error for the user on stderr, prefixed by the
 * program name. */
void         cr_cli_printerr          (const char   *format,
                                       ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
