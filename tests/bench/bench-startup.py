#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up time to the first mapped window, and memory after start.

Unknot beside a bare GTK 4 window, a bare libadwaita window and GNOME Clocks,
each launched the same way, interleaved, N times; medians are printed.
Run it under an X server: xvfb-run -a dbus-run-session tests/bench/bench-startup.py BUILD_DIR
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from Xlib import X, display

build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '_build')
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
bare = os.path.join(build, 'tests', 'bench', 'bench-bare-window')

candidates = [
    ('GTK 4 window', [bare], 'Bare GTK'),
    ('libadwaita window', [bare, '--adw'], 'Bare libadwaita'),
    ('Unknot', [os.path.join(build, 'src', 'unknot')], 'Unknot'),
]
if shutil.which('gnome-clocks'):
    candidates.append(('GNOME Clocks', ['gnome-clocks'], 'Clocks'))


def window_name(disp, window):
    try:
        name = window.get_full_property(disp.intern_atom('_NET_WM_NAME'),
                                        disp.intern_atom('UTF8_STRING'))
        if name:
            return name.value.decode('utf-8', 'replace')
        return window.get_wm_name() or ''
    except Exception:  # the window went away
        return ''


def wait_for_map(disp, title, deadline):
    """The monotonic time at which a window with this title is mapped."""
    while time.monotonic() < deadline:
        while disp.pending_events():
            event = disp.next_event()
            if event.type == X.MapNotify and window_name(disp, event.window) == title:
                return time.monotonic()
        time.sleep(0.0005)
    return None


def rss_kib(pid):
    with open('/proc/%d/status' % pid) as status:
        for line in status:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return 0


def launch(disp, command, title, env):
    root = disp.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    disp.sync()
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    mapped = wait_for_map(disp, title, start + 30)
    time.sleep(1.0)  # let it settle, as a user would see it
    rss = rss_kib(process.pid)
    process.terminate()
    process.wait()
    return (mapped - start) * 1000 if mapped else None, rss


def main():
    disp = display.Display()
    config = tempfile.mkdtemp(prefix='unknot-bench-')
    env = dict(os.environ, GSETTINGS_BACKEND='memory', XDG_CONFIG_HOME=config,
               XDG_DATA_HOME=os.path.join(config, 'data'), NO_AT_BRIDGE='1')
    env.setdefault('GSETTINGS_SCHEMA_DIR', os.path.join(build, 'data'))
    results = {name: ([], []) for name, _, _ in candidates}

    for _ in range(runs):
        for name, command, title in candidates:
            ms, rss = launch(disp, command, title, env)
            if ms is not None:
                results[name][0].append(ms)
                results[name][1].append(rss / 1024)

    base_ms = statistics.median(results['libadwaita window'][0])
    base_gtk = statistics.median(results['GTK 4 window'][0])
    base_rss = statistics.median(results['libadwaita window'][1])
    print('Start-up to the first mapped window, medians of %d launches' % runs)
    print('%-18s %9s %9s %9s %10s %10s' % ('', 'ms', '× GTK', '× Adw', 'RSS MiB', '− Adw MiB'))
    for name, _, _ in candidates:
        times, rss = results[name]
        if not times:
            print('%-18s  no window appeared' % name)
            continue
        ms, mib = statistics.median(times), statistics.median(rss)
        print('%-18s %9.1f %9.2f %9.2f %10.1f %10.1f' % (name, ms, ms / base_gtk, ms / base_ms,
                                                          mib, mib - base_rss))
    shutil.rmtree(config, ignore_errors=True)


main()
