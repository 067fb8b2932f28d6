#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""GNOME Clocks counting down, measured the way bench-timer-view measures
Unknot's hold timer: wake-ups per second (voluntary context switches of the
main thread) and CPU of its process over 5 s windows, printed in the same
lines. Drives Clocks over AT-SPI. Given the path of bench-timer-view, runs
that first, so both are measured in the same run, one after the other:
  xvfb-run -a dbus-run-session tests/bench/bench-clocks-timer.py \
      _build/tests/bench/bench-timer-view
Set GDK_DEBUG=gl-disable for both to draw in software, as on a machine without a GPU."""
import os
import subprocess
import sys
import time

import pyatspi

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from atspi_utils import find, find_app  # noqa: E402

WINDOW = 5.0


def counters(pid):
    with open('/proc/%d/status' % pid) as status:
        switches = next(int(line.split()[1]) for line in status
                        if line.startswith('voluntary_ctxt_switches:'))
    with open('/proc/%d/stat' % pid) as stat:
        fields = stat.read().rsplit(')', 1)[1].split()
    return switches, int(fields[11]) + int(fields[12])


def measure(pid, what):
    time.sleep(1.5)
    before, start = counters(pid), time.monotonic()
    time.sleep(WINDOW)
    after, seconds = counters(pid), time.monotonic() - start
    ticks = os.sysconf('SC_CLK_TCK')
    print('%-24s %10.1f %9.1f %%' % (what, (after[0] - before[0]) / seconds,
                                    100.0 * (after[1] - before[1]) / ticks / seconds))


def click(node):
    node.queryAction().doAction(0)


def main():
    env = dict(os.environ, GSETTINGS_BACKEND='memory')
    if len(sys.argv) > 1:
        sys.stdout.flush()
        subprocess.run([sys.argv[1]], env=env, check=True)
        print()
    clocks = subprocess.Popen(['gnome-clocks'], env=env, stderr=subprocess.DEVNULL)
    try:
        app = find_app('org.gnome.clocks', timeout=30)
        if app is None:
            raise LookupError('GNOME Clocks did not start')
        print("GNOME Clocks' timer, %d s windows" % WINDOW)
        print('%-24s %10s %10s' % ('', 'wake-ups/s', 'CPU'))
        measure(clocks.pid, 'idle, on screen')
        click(find(app, lambda n: n.getRoleName() == 'page tab' and n.name == 'Timer'))
        click(find(app, lambda n: n.getRoleName() == 'push button' and n.name == '5 m'))
        time.sleep(0.5)
        # The timer's start button has only an icon: the last button of its page.
        buttons = pyatspi.findAllDescendants(app, lambda n: n.getRoleName() == 'push button')
        click(buttons[-1])
        measure(clocks.pid, 'running, on screen')
    finally:
        clocks.terminate()
        clocks.wait()


main()
