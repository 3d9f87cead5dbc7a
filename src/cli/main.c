/* main.c: cronista-cli entry point
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-cli.h"

int
main (int    argc,
      char **argv)
{
  return cr_cli_main (argc, argv);
}
