#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A screen reader can see Unknot: the built app appears on the AT-SPI bus, and
Ctrl+? from the keyboard brings up its shortcuts, every one of them."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_utils import QUIET_SETTINGS, find, find_app, launch_app, stop_app  # noqa: E402


def shortcut_titles(window):
    """The titles of the shortcuts the shortcuts window lists, search copies aside."""
    labels = []
    stack = [window]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.getRoleName() == 'label' and node.name:
            labels.append(node.name)
        stack.extend(node.getChildAtIndex(i) for i in range(node.childCount))
    return labels


print('1..4')
app_process = launch_app(settings=dict(QUIET_SETTINGS, **{'safety-acknowledged': 'true'}))
try:
    app = find_app('unknot', timeout=30)
    print('%s 1 - the app is on the accessibility bus as "unknot"' % ('ok' if app else 'not ok'))
    frames = [app.getChildAtIndex(i) for i in range(app.childCount)] if app else []
    titles = [f.name for f in frames if f is not None]
    print('%s 2 - it shows a window titled "Unknot"' % ('ok' if 'Unknot' in titles else 'not ok'))
    print('# windows: %r' % (titles,))

    shortcuts = None
    if app is not None:
        # Xvfb has no window manager: give the window the keyboard through X
        subprocess.run(['xdotool', 'search', '--name', '^Unknot$', 'windowfocus', '--sync'],
                       check=False)
        subprocess.run(['xdotool', 'key', 'ctrl+question'], check=True)
        shortcuts = find(app, lambda n: n.getRoleName() == 'frame' and n.name == 'Keyboard Shortcuts',
                         timeout=20)
    print('%s 3 - Ctrl+? brings up the shortcuts window' % ('ok' if shortcuts else 'not ok'))
    listed = shortcut_titles(shortcuts) if shortcuts else []
    wanted = ['Foam Rolling Basics', 'Found a tender spot', 'Blank the screen', 'Quit']
    missing = [w for w in wanted if w not in listed]
    print('%s 4 - it lists the shortcuts of every group' % ('not ok' if missing else 'ok'))
    if missing:
        print('# missing: %r of %d labels' % (missing, len(listed)))
finally:
    stop_app(app_process)
