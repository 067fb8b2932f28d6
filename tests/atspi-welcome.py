#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The first launch from the keyboard: the welcome pages forward and back,
the safety page at the end, "I Understand"; the next launch welcomes no
more, and F1 opens Foam Rolling Basics."""
import os
import subprocess
import sys
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_utils import (QUIET_SETTINGS, find, find_app, launch_app,  # noqa: E402
                         settings_env, stop_app)

WELCOME = ' — Welcome to Unknot'


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
        if action.getName(i) in ('click', 'activate', 'press'):
            return action.doAction(i)
    return action.doAction(0)


def frames(app):
    return [app.getChildAtIndex(i) for i in range(app.childCount)
            if app.getChildAtIndex(i) is not None]


def welcome_page(app, timeout=5):
    """The title of the welcome page in view, from its window's name."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for frame in frames(app):
            if frame.name.endswith(WELCOME):
                return frame.name[:-len(WELCOME)]
        time.sleep(0.2)
    return None


def welcome_gone(app, timeout=10):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if not any(frame.name.endswith(WELCOME) for frame in frames(app)):
            return True
        time.sleep(0.2)
    return False


def wait_for_page(app, title, timeout=5):
    end = time.monotonic() + timeout
    page = None
    while time.monotonic() < end:
        page = welcome_page(app, timeout=1)
        if page == title:
            break
        time.sleep(0.2)
    return page


def key(*names):
    """Keys go through the X server, as from a keyboard, to the window under
    the pointer (Xvfb has no window manager to give focus)."""
    subprocess.run(['xdotool', 'mousemove', '200', '300'], check=True)
    for name in names:
        subprocess.run(['xdotool', 'key', name], check=True)
        time.sleep(0.8)


results = []


def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))


# Both launches share one settings file: the second must remember the first.
settings = settings_env(QUIET_SETTINGS)

process = launch_app(env=settings)
try:
    app = find_app('unknot', timeout=30)
    check('the app is on the accessibility bus', app is not None)
    if app is not None:
        page = welcome_page(app, timeout=20)
        check('a first launch opens the welcome at its first page',
              page == 'What foam rolling is', page)
        check('the acknowledgement is not offered before the safety page',
              find(app, lambda n: named(n, 'push button', 'I Understand'), timeout=1) is None)

        key('Right')
        page = wait_for_page(app, 'How to roll')
        check('Right turns to the next page', page == 'How to roll', page)
        key('Page_Down')
        page = wait_for_page(app, 'Never roll here')
        check('Page Down turns to the next page', page == 'Never roll here', page)
        key('Left')
        page = wait_for_page(app, 'How to roll')
        check('Left turns back a page', page == 'How to roll', page)
        key('Page_Up')
        page = wait_for_page(app, 'What foam rolling is')
        check('Page Up turns back a page', page == 'What foam rolling is', page)

        key('Right', 'Right', 'Right', 'Right', 'Right')
        page = wait_for_page(app, 'Before you start')
        check('the last page is the safety page', page == 'Before you start', page)
        row = find(app, lambda n: n.name.startswith('Congestive heart failure') and showing(n))
        check('the safety page lists the contraindications', row is not None)

        understand = find(app, lambda n: named(n, 'push button', 'I Understand'))
        check('the safety page asks to be acknowledged', understand is not None)
        if understand is not None:
            press(understand)
        check('acknowledging closes the welcome', welcome_gone(app))
finally:
    stop_app(process)

process = launch_app(env=settings)
try:
    app = find_app('unknot', timeout=30)
    entry = find(app, lambda n: n.name == 'Search muscles' and showing(n)) if app else None
    check('the next launch opens the main window', entry is not None)
    if app is not None:
        time.sleep(2)
        page = welcome_page(app, timeout=1)
        check('the next launch shows no welcome', page is None, page or '')

        key('F1')
        basics = find(app, lambda n: n.getRoleName() == 'frame'
                      and n.name == 'Foam Rolling Basics')
        check('F1 opens Foam Rolling Basics', basics is not None)
        heading = find(basics, lambda n: n.getRoleName() == 'heading'
                       and n.name == 'How to roll') if basics else None
        check('Basics shows the same pages', heading is not None)
finally:
    stop_app(process)

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    if detail:
        print('# %s' % detail)
