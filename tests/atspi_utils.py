# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers for the AT-SPI tests (run with the system /usr/bin/python3)."""
import os
import subprocess
import time

import pyatspi


def launch_app(*args, env=None):
    environment = dict(os.environ)
    environment.pop('NO_AT_BRIDGE', None)
    environment.pop('GTK_A11Y', None)
    environment.update(env or {})
    return subprocess.Popen([os.environ['UNKNOT_BIN'], *args], env=environment)


def stop_app(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def find_app(name, timeout=20):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.2)
    return None
