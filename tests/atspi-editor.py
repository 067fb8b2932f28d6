#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The routine editor as a screen-reader user does it: open a routine of
one's own from the routines page, change a hold, move an item down, save,
open it again and find both changes, and on disk."""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_utils import QUIET_SETTINGS, find, find_app, launch_app, stop_app  # noqa: E402

ROUTINE = "Jürgen's Rücken – Übungen ✓"
ROUTINE_FILE = '''<?xml version="1.0" encoding="UTF-8"?>
<unknot version="1">
  <routines>
    <routine id="juergen-back">
      <name>%s</name>
      <goal>After the office</goal>
      <summary>Upper back, glutes and calves.</summary>
      <client>Jürgen Müller</client>
      <items>
        <item technique="upper-back-roller" sides="both" hold="30" reps="2"/>
        <item technique="glutes-ball" sides="left" hold="45" reps="1">
          <note>Go lighter on the left side</note>
        </item>
        <item technique="calves-roller" sides="both" hold="20" reps="3"/>
      </items>
    </routine>
  </routines>
</unknot>
''' % ROUTINE


def showing(node):
    # GTK 4.8 sets "visible" but not "showing"
    return node.getState().contains(pyatspi.STATE_VISIBLE)


def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ('click', 'activate', 'press'):
            return action.doAction(i)
    return action.doAction(0)


def button(app, label):
    """GTK 4.8 joins a button's accessible label and its text."""
    return find(app, lambda n: n.getRoleName() == 'push button' and showing(n)
                and n.name.startswith(label))


def click_center(node):
    """An expander row has no AT-SPI action in libadwaita 1.2: click it.
    Without a window manager the window sits at the screen's origin."""
    x, y, width, height = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    subprocess.run(['xdotool', 'mousemove', str(x + width // 2), str(y + height // 2),
                    'click', '1'], check=True)
    time.sleep(0.8)


def open_editor(app):
    tab = find(app, lambda n: n.getRoleName() == 'page tab' and n.name == 'Routines'
               and showing(n))
    if tab is not None:
        press(tab)
        time.sleep(0.5)
    header = find(app, lambda n: n.getRoleName() == 'list item' and n.name == ROUTINE
                  and showing(n))
    if header is None:
        return False
    click_center(header)
    edit = button(app, 'Edit ' + ROUTINE)
    if edit is None:
        return False
    press(edit)
    return find(app, lambda n: n.getRoleName() == 'spin button'
                and n.name.startswith('Hold seconds for Glutes') and showing(n)) is not None


def spin(app, label):
    return find(app, lambda n: n.getRoleName() == 'spin button' and n.name.startswith(label)
                and showing(n))


def item_order(app):
    """The muscles in the editor's list, in order: each row is named "N. Muscle"."""
    rows = pyatspi.findAllDescendants(app, lambda n: n.getRoleName() == 'list item'
                                      and showing(n) and n.name.split('. ')[0].isdigit())
    return [n.name for n in sorted(rows, key=lambda n: int(n.name.split('. ')[0]))]


results = []


def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))


data = tempfile.mkdtemp(prefix='unknot-atspi-editor-')
routines = os.path.join(data, 'unknot', 'routines')
os.makedirs(routines)
with open(os.path.join(routines, 'juergen-back.xml'), 'w', encoding='utf-8') as f:
    f.write(ROUTINE_FILE)

settings = dict(QUIET_SETTINGS, **{'safety-acknowledged': 'true'})
process = launch_app(env={'XDG_DATA_HOME': data}, settings=settings)
try:
    app = find_app('unknot', timeout=30)
    check('the app is on the accessibility bus', app is not None)
    if app is not None:
        check('Edit on the routines page opens the editor', open_editor(app))

        hold = spin(app, 'Hold seconds for Glutes')
        value = hold.queryValue() if hold is not None else None
        check('the hold reads 45 seconds within 20 to 60',
              value is not None and value.currentValue == 45 and value.minimumValue == 20
              and value.maximumValue == 60,
              value and '%s in %s..%s' % (value.currentValue, value.minimumValue,
                                         value.maximumValue))
        if value is not None:
            value.currentValue = 50
            time.sleep(0.5)
        check('the hold changes to 50 seconds', value is not None and value.currentValue == 50,
              value and str(value.currentValue))

        before = item_order(app)
        down = button(app, 'Move Upper back down')
        check('each item has a Move down button named for its muscle', down is not None)
        if down is not None:
            press(down)
            time.sleep(0.8)
        after = item_order(app)
        check('Move down reorders the items',
              after[:2] == ['1. Glutes and piriformis', '2. Upper back'], '%s -> %s'
              % (before, after))

        save = button(app, 'Save Routine')
        check('the Save Routine button is found', save is not None)
        if save is not None:
            press(save)
            time.sleep(1)

        check('Edit opens the saved routine again', open_editor(app))
        hold = spin(app, 'Hold seconds for Glutes')
        check('the changed hold was kept',
              hold is not None and hold.queryValue().currentValue == 50)
        order = item_order(app)
        check('the new order was kept', order[:2] == ['1. Glutes and piriformis',
                                                      '2. Upper back'], str(order))

    with open(os.path.join(routines, 'juergen-back.xml'), encoding='utf-8') as f:
        saved = f.read()
    check('the routine file holds the change',
          saved.index('glutes-ball') < saved.index('upper-back-roller')
          and 'hold="50"' in saved and 'Go lighter on the left side' in saved
          and '<client>Jürgen Müller</client>' in saved)
finally:
    stop_app(process)
    shutil.rmtree(data, ignore_errors=True)

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    if detail:
        print('# %s' % detail)
