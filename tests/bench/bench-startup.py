#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up: the first frame, the first frame that shows the body map, and memory then.

Unknot (an ordinary launch, and a very first one with the safety sheet) beside a bare GTK 4
window, a bare libadwaita window and GNOME Clocks, each launched the same way, interleaved,
N times after one round that is not counted; medians and ratios to the bare libadwaita
window are printed. Unknot and the bare
windows print a mark (UNKNOT_BENCH_MARKS=print) with the monotonic time and their resident
memory when the frame that matters is painted: for Unknot the first frame with the map's
art (at a first launch, the first frame of the welcome that follows it), for the bare
windows their first frame. Clocks is timed to its first mapped window. An ordinary
launch finds the picture of the map at rest that the launch before it kept in the cache;
"nothing cached" is one that has to render the art first, as after an update.

With --instructions, callgrind counts the instructions from exec to the same marks
(UNKNOT_BENCH_MARKS=exit, cairo renderer), which are repeatable where wall time is not,
but for one thing: GTK loads the icon theme in a worker thread, and whether the main
thread loads it a second time (about 62 M instructions, in any GTK 4.8 app) depends on
how the threads are scheduled.  Each count is therefore the median of --cg-runs=K runs
(5 by default), and the lowest and highest are printed beside it.

Run it under an X server:
  xvfb-run -a dbus-run-session tests/bench/bench-startup.py [--instructions [--cg-runs=K]] BUILD_DIR [N]
"""
import os
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from Xlib import X, display

args = [a for a in sys.argv[1:] if not a.startswith('--')]
instructions = '--instructions' in sys.argv
cg_runs = next((int(a.split('=', 1)[1]) for a in sys.argv[1:] if a.startswith('--cg-runs=')), 5)
build = os.path.abspath(args[0] if args else '_build')
runs = int(args[1]) if len(args) > 1 else 10
bare = os.path.join(build, 'tests', 'bench', 'bench-bare-window')
unknot = os.path.join(build, 'src', 'unknot')

# name, command, window title, which settings, the mark it prints (if any): the
# bare windows' first frame, Unknot's first frame with the map and, at a first
# launch, the welcome's first frame, which the person has to get through first
candidates = [
    ('GTK 4 window', [bare], 'Bare GTK', 'plain', 'first-frame'),
    ('libadwaita window', [bare, '--adw'], 'Bare libadwaita', 'plain', 'first-frame'),
    ('Unknot', [unknot], 'Unknot', 'acknowledged', 'map-shown'),
    ('Unknot, nothing cached', [unknot], 'Unknot', 'uncached', 'map-shown'),
    ('Unknot, first launch', [unknot], 'Unknot', 'first', 'welcome-shown'),
]
if shutil.which('gnome-clocks'):
    candidates.append(('GNOME Clocks', ['gnome-clocks'], 'Clocks', 'plain', False))


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


def make_env(root, settings, marks):
    """A private config, data and cache dir; the keyfile backend says whether the safety
    sheet was acknowledged, as a person who has used Unknot before would have.  An
    ordinary launch finds the picture of the map that the launch before it kept
    (see prime_cache); a first launch, and an "uncached" one, find none."""
    config = os.path.join(root, settings)
    keyfile = os.path.join(config, 'glib-2.0', 'settings', 'keyfile')
    cache = os.path.join(config, 'cache')
    os.makedirs(os.path.dirname(keyfile), exist_ok=True)
    with open(keyfile, 'w') as f:
        if settings in ('acknowledged', 'uncached'):
            f.write('[io/github/unknot/Unknot]\nsafety-acknowledged=true\n')
    if settings in ('first', 'uncached'):
        shutil.rmtree(cache, ignore_errors=True)
    env = dict(os.environ, GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=config,
               XDG_DATA_HOME=os.path.join(config, 'data'), XDG_CACHE_HOME=cache,
               NO_AT_BRIDGE='1', UNKNOT_BENCH_MARKS=marks)
    env.setdefault('GSETTINGS_SCHEMA_DIR', os.path.join(build, 'data'))
    return env


def read_mark(process, mark, deadline):
    """The words of the line that starts with @mark, or None at the deadline."""
    output = b''
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.2)
        if ready:
            chunk = os.read(process.stdout.fileno(), 4096)
            if not chunk:
                return None
            output += chunk
            for text in output.decode('utf-8', 'replace').splitlines():
                words = text.split()
                if len(words) == 3 and words[0] == mark:
                    return words
    return None


def launch(disp, command, title, env, marks):
    """(ms to the first mapped window, ms to the mark, RSS MiB at the mark or after 1 s)"""
    root = disp.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    disp.sync()
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    mapped = wait_for_map(disp, title, start + 30)
    mark_ms = rss = None
    if marks:
        line = read_mark(process, marks, start + 30)
        if line:
            mark_ms = (int(line[1]) / 1e6 - start) * 1000
            rss = int(line[2]) / 1024
    else:
        time.sleep(1.0)  # let it settle, as a user would see it
        rss = rss_kib(process.pid) / 1024
    process.terminate()
    process.wait()
    return (mapped - start) * 1000 if mapped else None, mark_ms, rss


def callgrind(command, env):
    env = dict(env, GSK_RENDERER='cairo', UNKNOT_BENCH_MARKS='exit')
    out = subprocess.run(['valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null']
                         + command, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True).stderr
    found = re.search(r'Collected : (\d+)', out)
    return int(found.group(1)) if found else None


def prime_cache(root):
    """One unmeasured ordinary launch, left running until it has kept the picture of
    the map at rest that the next launches start with."""
    env = make_env(root, 'acknowledged', 'none')
    picture = os.path.join(env['XDG_CACHE_HOME'], 'unknot', 'body-map-at-rest')
    process = subprocess.Popen([unknot], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not os.path.exists(picture) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    process.terminate()
    process.wait()
    if not os.path.exists(picture):
        print('The map\'s picture was not kept; ordinary launches render the art')


def main():
    disp = display.Display()
    root = tempfile.mkdtemp(prefix='unknot-bench-')
    results = {name: ([], [], []) for name, *_ in candidates}
    marks_by_round = {name: {} for name, *_ in candidates}
    prime_cache(root)

    # One round that is not counted: the first launch of each program after a build
    # reads its files from the disk rather than from the page cache
    for run in range(runs + 1):
        for name, command, title, settings, marks in candidates:
            env = make_env(root, settings, 'print')
            mapped, mark, rss = launch(disp, command, title, env, marks)
            for values, value in zip(results[name], (mapped, mark, rss)):
                if value is not None and run > 0:
                    values.append(value)
            if mark is not None and run > 0:
                marks_by_round[name][run] = mark

    adw_mark = statistics.median(results['libadwaita window'][1])
    adw_rss = statistics.median(results['libadwaita window'][2])
    print('Start-up, medians of %d launches; the mark is the first frame showing the map' % runs)
    print('(Unknot; at a first launch the welcome\'s first frame) or the first frame (bare')
    print('windows), the ratio is to the bare libadwaita window\'s first frame. An ordinary')
    print('launch starts with the picture of the map the launch before it kept; "nothing')
    print('cached" is one without it, as after an update or a change of window size.')
    print('"Paired" is the median of the ratios within each round, where the bare window')
    print('was launched just before: steadier than the ratio of medians on a busy machine')
    print('%-22s %9s %9s %7s %7s %9s %10s' % ('', 'mapped ms', 'mark ms', '× Adw', 'paired',
                                               'RSS MiB', '− Adw MiB'))
    for name, *_ in candidates:
        mapped, mark, rss = results[name]
        if not mapped:
            print('%-22s  no window appeared' % name)
            continue
        mark_ms = statistics.median(mark) if mark else None
        bare = marks_by_round['libadwaita window']
        paired = [m / bare[run] for run, m in marks_by_round[name].items() if run in bare]
        print('%-22s %9.1f %9s %7s %7s %9.1f %10.1f' % (
            name, statistics.median(mapped),
            '%.1f' % mark_ms if mark_ms else '-',
            '%.2f' % (mark_ms / adw_mark) if mark_ms else '-',
            '%.2f' % statistics.median(paired) if paired else '-',
            statistics.median(rss), statistics.median(rss) - adw_rss))

    if instructions and shutil.which('valgrind'):
        counts = {name: [] for name, *_ in candidates}
        for _ in range(cg_runs):
            for name, command, title, settings, marks in candidates:
                if marks:
                    count = callgrind(command, make_env(root, settings, 'exit'))
                    if count:
                        counts[name].append(count)
        medians = {name: statistics.median(c) for name, c in counts.items() if c}
        base = medians.get('libadwaita window')
        print('\nInstructions from exec to the mark (callgrind, cairo renderer), median of %d'
              % cg_runs)
        print('%-22s %14s %7s %25s' % ('', 'median', '× Adw', 'lowest – highest'))
        for name, median in medians.items():
            if base:
                print('%-22s %14s %7.2f %25s' % (name, '{:,}'.format(int(median)), median / base,
                                                 '%.0f M – %.0f M' % (min(counts[name]) / 1e6,
                                                                      max(counts[name]) / 1e6)))
    shutil.rmtree(root, ignore_errors=True)


main()
