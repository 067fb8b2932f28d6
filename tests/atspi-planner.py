#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Planning as a keyboard and screen-reader user does it: open "Plan a
Session", walk the body map with the arrow keys and pick two muscles and a
no-roll zone with Space (the map's accessible name says what is picked),
check the minutes, start the plan and find its first muscle in the
session."""
import os
import subprocess
import sys
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_utils import QUIET_SETTINGS, find, find_app, launch_app, stop_app  # noqa: E402

ZONE = 'no-roll zone'
# Down the figure, then across, then down again: every region is met
# this way on the built-in map long before the walk ends.
WALK = ['Down'] * 12 + ['Right'] + ['Up'] * 12 + ['Right'] + ['Down'] * 12


def named(node, role, name):
    """GTK 4.8 joins a button's label and its text: "Start Start"."""
    return node.getRoleName() == role and node.name.split(' ')[-len(name.split(' ')):] \
        == name.split(' ') and showing(node)


def showing(node):
    # GTK 4.8 sets "visible" but not "showing"
    return node.getState().contains(pyatspi.STATE_VISIBLE)


def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ('click', 'activate', 'press'):
            return action.doAction(i)
    return action.doAction(0)


def key(name):
    subprocess.run(['xdotool', 'key', name], check=True)
    time.sleep(0.25)


def focused_area(label):
    """"Body map, front and back views. Calves, left side. Picked: …" → "Calves, left side" """
    text = label.split(' Picked: ')[0].split(' Nothing picked yet.')[0]
    parts = text.split('. ', 1)
    if len(parts) < 2:
        return None
    return parts[1].rstrip('.').replace(', picked', '')


def pick_areas(map_node):
    """The first two muscles and the first zone met on the walk, muscles first."""
    muscles, zones = [], []
    for step in WALK:
        area = focused_area(map_node.name)
        if area is not None and area not in muscles + zones:
            is_zone = area.endswith(ZONE)
            if is_zone and len(muscles) >= 1 and not zones:
                zones.append(area)
                key('space')
            elif not is_zone and len(muscles) < 2 and area.split(',')[0] not in \
                    [m.split(',')[0] for m in muscles]:
                muscles.append(area)
                key('space')
        if len(muscles) == 2 and zones:
            break
        key(step)
    return muscles, zones


results = []


def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))


process = launch_app(settings=dict(QUIET_SETTINGS, **{'safety-acknowledged': 'true'}))
try:
    app = find_app('unknot', timeout=30)
    check('the app is on the accessibility bus', app is not None)
    if app is not None:
        understand = find(app, lambda n: named(n, 'push button', 'I Understand'))
        if understand is not None:
            press(understand)

        plan = find(app, lambda n: named(n, 'push button', 'Plan a Session'))
        check('the empty page offers "Plan a Session"', plan is not None)
        if plan is not None:
            press(plan)
            time.sleep(0.5)

        body_map = find(app, lambda n: n.name.startswith('Body map') and showing(n))
        check('the body map says nothing is picked yet',
              body_map is not None and 'Nothing picked yet.' in body_map.name,
              body_map.name if body_map is not None else '')
        muscles, zones = pick_areas(body_map) if body_map is not None else ([], [])
        label = body_map.name if body_map is not None else ''
        check('Space picks two muscles and a zone', len(muscles) == 2 and len(zones) == 1,
              repr((muscles, zones)))
        check('the map\'s accessible name lists what is picked',
              'Picked: ' in label and all(a in label for a in muscles + zones), label)

        minutes = find(app, lambda n: n.getRoleName() == 'spin button' and showing(n))
        check('the minutes are found', minutes is not None)
        if minutes is not None:
            value = minutes.queryValue()
            try:
                value.currentValue = 10.0
            except Exception:  # GTK 4.8 may not take values over AT-SPI
                pass
            check('the plan is for 10 minutes', abs(value.currentValue - 10.0) < 0.01,
                  str(value.currentValue))

        total = find(app, lambda n: n.getRoleName() == 'label' and showing(n)
                     and n.name.endswith(' of 10 minutes'))
        check('the live plan shows its total for 10 minutes', total is not None,
              total.name if total is not None else '')

        first = muscles[0].split(',')[0] if muscles else None
        items = find(app, lambda n: n.name == 'Planned items' and showing(n))
        check('the live plan lists the first picked muscle first',
              items is not None and items.childCount > 0 and first is not None
              and items.getChildAtIndex(0).name.startswith(first),
              items.getChildAtIndex(0).name if items is not None and items.childCount else '')

        start = find(app, lambda n: named(n, 'push button', 'Start Plan'))
        check('the Start button is found by its name', start is not None)
        if start is not None:
            press(start)

        heading = find(app, lambda n: n.getRoleName() == 'label' and n.name == first
                       and showing(n), timeout=20) if first else None
        check('the session begins with the first picked muscle', heading is not None, first)
finally:
    stop_app(process)

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    if detail:
        print('# %s' % detail)
