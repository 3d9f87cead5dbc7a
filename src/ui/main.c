/* main.c: cronista entry point
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cronista"

#include "config.h"

#include "cr-application.h"
#include "cr-runtime.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(CrApplication) app = NULL;

  cr_runtime_init_i18n ();

  app = cr_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
