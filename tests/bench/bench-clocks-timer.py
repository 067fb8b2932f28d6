#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""GNOME Clocks counting down, measured the way bench-timer-view measures
Unknot's hold timer: wake-ups per second (voluntary context switches) and
CPU of its process over 5 s windows. Drives Clocks over AT-SPI.
Run it under an X server and a session bus: xvfb-run -a dbus-run-session."""
import os
import subprocess
import time

import pyatspi

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


def find(root, predicate, timeout=10):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = pyatspi.findDescendant(root, predicate, breadth_first=True)
        if found is not None:
            return found
        time.sleep(0.2)
    raise LookupError('not found in GNOME Clocks')


def find_app(name, timeout=30):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.2)
    raise LookupError('GNOME Clocks did not start')


def click(node):
    node.queryAction().doAction(0)


def main():
    env = dict(os.environ, GSETTINGS_BACKEND='memory')
    clocks = subprocess.Popen(['gnome-clocks'], env=env, stderr=subprocess.DEVNULL)
    try:
        app = find_app('org.gnome.clocks')
        print('GNOME Clocks, %d s windows' % WINDOW)
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
