/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Plays a routine through the real session and recorder on a virtual
 * clock, says so once the first hold is written, then stays in the
 * middle of the next hold until check-history-crash.py kills it. */
#include "config.h"

#include <stdio.h>

#include "unknot-content-loader.h"
#include "unknot-library.h"
#include "unknot-session-recorder.h"

static guint n_written;

static void
on_written (void)
{
  n_written++;
}

int
main (int   argc,
      char *argv[])
{
  static const UnknotPhaseTimes times = { 2, 3, 1 };
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(UnknotClock) clock = unknot_clock_new_manual (0);
  g_autoptr(UnknotHoldTimer) timer = unknot_hold_timer_new (clock);
  g_autoptr(UnknotSession) session = unknot_session_new (timer);
  g_autoptr(UnknotHistory) history = unknot_history_new (NULL);
  g_autoptr(UnknotSessionRecorder) recorder = unknot_session_recorder_new (history, session);
  g_autoptr(UnknotRoutine) routine = NULL;
  g_autoptr(GError) error = NULL;

  if (!unknot_content_load_builtin (library, &error))
    g_error ("%s", error->message);

  routine = unknot_routine_new ("client", argc > 1 ? argv[1] : "Legs", "", "");
  unknot_routine_append_item (routine, unknot_library_get_technique (library, "calves-roller"),
                              UNKNOT_SIDE_BOTH, 20, 1);
  g_signal_connect_swapped (recorder, "written", G_CALLBACK (on_written), NULL);
  unknot_session_set_phase_times (session, &times, TRUE);
  unknot_session_play (session, routine);

  /* The session row, then the left calf's hold */
  while (n_written < 2)
    {
      if (unknot_hold_timer_get_side (timer) != UNKNOT_SIDE_RIGHT)
        unknot_clock_advance (clock, G_USEC_PER_SEC / 4);
      g_main_context_iteration (NULL, unknot_hold_timer_get_side (timer) == UNKNOT_SIDE_RIGHT);
    }

  while (unknot_hold_timer_get_phase (timer) != UNKNOT_HOLD_PHASE_HOLD)
    unknot_clock_advance (clock, G_USEC_PER_SEC / 4);
  unknot_clock_advance (clock, 5 * G_USEC_PER_SEC);
  printf ("HOLD-WRITTEN\n");
  fflush (stdout);

  for (;;)
    g_main_context_iteration (NULL, TRUE);
}
