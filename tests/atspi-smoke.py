#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A screen reader can see Unknot: the built app appears on the AT-SPI bus."""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_utils import find_app, launch_app, stop_app  # noqa: E402

print('1..2')
app_process = launch_app()
try:
    app = find_app('unknot', timeout=30)
    print('%s 1 - the app is on the accessibility bus as "unknot"' % ('ok' if app else 'not ok'))
    frames = [app.getChildAtIndex(i) for i in range(app.childCount)] if app else []
    titles = [f.name for f in frames if f is not None]
    print('%s 2 - it shows a window titled "Unknot"' % ('ok' if 'Unknot' in titles else 'not ok'))
    print('# windows: %r' % (titles,))
finally:
    stop_app(app_process)
