#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""After a short session the summary says it was saved, and the Progress
view, read over AT-SPI, shows today's minutes and the day against the goal."""
import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_utils import QUIET_SETTINGS, find, find_app, launch_app, stop_app  # noqa: E402

# Two holds of 20 s with 5 s searches: about 50 s of rolling, "1 minute"
SHORT = dict(QUIET_SETTINGS, **{
    'safety-acknowledged': 'true', 'position-seconds': 'uint32 0', 'search-seconds': 'uint32 5',
    'release-seconds': 'uint32 0', 'hold-seconds': 'uint32 20', 'reps': 'uint32 1',
})


def showing(node):
    # GTK 4.8 sets "visible" but not "showing"
    return node.getState().contains(pyatspi.STATE_VISIBLE)


def named(node, role, name):
    """GTK 4.8 joins a button's label and its text: "Start Start"."""
    return node.getRoleName() == role and node.name.split(' ')[-len(name.split(' ')):] \
        == name.split(' ') and showing(node)


def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ('click', 'activate', 'press', 'toggle'):
            return action.doAction(i)
    return action.doAction(0)


def label_text(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return node.name


results = []


def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))


data_home = tempfile.mkdtemp(prefix='unknot-atspi-data-')
process = launch_app(env={'XDG_DATA_HOME': data_home}, settings=SHORT)
try:
    app = find_app('unknot', timeout=30)
    check('the app is on the accessibility bus', app is not None)
    if app is not None:
        subprocess.run(['xdotool', 'key', 'ctrl+f'], check=True)
        time.sleep(0.5)
        subprocess.run(['xdotool', 'type', '--delay', '80', 'calves'], check=True)
        time.sleep(0.8)
        subprocess.run(['xdotool', 'key', 'Return'], check=True)

        start = find(app, lambda n: named(n, 'push button', 'Start'))
        check('the Start button is found', start is not None)
        if start is not None:
            press(start)

        saved = find(app, lambda n: n.name == 'Saved to your progress.' and showing(n),
                     timeout=120)
        check('the summary says the session was saved', saved is not None)
        looser = find(app, lambda n: (named(n, 'toggle button', 'Looser')
                                      or named(n, 'push button', 'Looser')))
        check('the summary asks how it feels now', looser is not None)
        if looser is not None:
            press(looser)
        done = find(app, lambda n: named(n, 'push button', 'Done'))
        if done is not None:
            press(done)
        time.sleep(0.5)

        subprocess.run(['xdotool', 'key', 'alt+p'], check=True)
        caption = find(app, lambda n: n.name == 'minute today' and showing(n), timeout=20)
        check('the Progress view shows today\'s minutes', caption is not None)
        if caption is not None:
            stat = caption.parent
            number = stat.getChildAtIndex(0) if stat is not None else None
            text = number.name if number is not None else ''
            check('today is 1 minute', text == '1', text)
        days = find(app, lambda n: n.name == '1 of 3' and showing(n))
        check('this week has one day of the goal\'s three', days is not None)
        sentence = find(app, lambda n: n.name.startswith('1 of 3 days this week') and showing(n))
        check('a plain sentence says what is left', sentence is not None,
              sentence.name if sentence is not None else '')
        chart = find(app, lambda n: n.name == 'Minutes rolled per day')
        description = chart.description if chart is not None else ''
        check('the chart states the numbers', 'rolled on 1,' in description and
              ': 1 minute.' in description, description)
        row = find(app, lambda n: re.match(r'^\d\d:\d\d · 1 minute · completed · felt looser$',
                                           n.name))
        check('the session is listed with how it felt', row is not None)
finally:
    stop_app(process)

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    if detail:
        print('# %s' % detail)
