# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers for the AT-SPI tests (run with the system /usr/bin/python3)."""
import os
import subprocess
import tempfile
import time

import pyatspi


# A test bus has no sound card and no notification server.
QUIET_SETTINGS = {'sound-cues': 'false', 'notifications': 'false'}


def settings_env(settings):
    """A keyfile settings backend in a fresh config dir holding @settings."""
    config = tempfile.mkdtemp(prefix='unknot-atspi-')
    os.makedirs(os.path.join(config, 'glib-2.0', 'settings'))
    with open(os.path.join(config, 'glib-2.0', 'settings', 'keyfile'), 'w') as keyfile:
        keyfile.write('[io/github/unknot/Unknot]\n')
        for key, value in settings.items():
            keyfile.write('%s=%s\n' % (key, value))
    # The app's own data (the history) goes there too, never to the user's
    return {'GSETTINGS_BACKEND': 'keyfile', 'XDG_CONFIG_HOME': config,
            'XDG_DATA_HOME': os.path.join(config, 'data')}


def launch_app(*args, env=None, settings=QUIET_SETTINGS):
    environment = dict(os.environ)
    environment.update(settings_env(settings))
    environment.pop('NO_AT_BRIDGE', None)
    environment.pop('GTK_A11Y', None)
    environment['G_DEBUG'] = os.environ.get('UNKNOT_G_DEBUG', '')
    environment.update(env or {})
    return subprocess.Popen([os.environ['UNKNOT_BIN'], *args], env=environment)


def stop_app(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def find(root, predicate, timeout=10):
    """The first descendant of @root for which @predicate holds, waiting for it."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = pyatspi.findDescendant(root, predicate, breadth_first=True)
        if found is not None:
            return found
        time.sleep(0.2)
    return None


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
