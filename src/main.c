/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "unknot-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(UnknotApplication) app = NULL;

  /* --validate prints before GTK would set the locale up. */
  setlocale (LC_ALL, "");
  g_set_prgname ("unknot");

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = unknot_application_new (APPLICATION_ID, G_APPLICATION_HANDLES_OPEN);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
