#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One app id everywhere: manifest, desktop file, metainfo, icons and schema."""
import configparser
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

srcdir, flatpak_builder = sys.argv[1], sys.argv[2]
BASE_ID = 'io.github.unknot.Unknot'
results = []


def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))


manifest_path = os.path.join(srcdir, 'flatpak', BASE_ID + '.json')
with open(manifest_path, encoding='utf-8') as f:
    manifest = json.load(f)
check('manifest id', manifest.get('id') == BASE_ID, manifest.get('id'))
check('manifest command', manifest.get('command') == 'unknot')
finish = manifest.get('finish-args', [])
check('manifest has no filesystem access',
      not any(a.startswith('--filesystem') for a in finish), finish)
for arg in ('--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'):
    check('manifest finish-arg ' + arg, arg in finish)

desktop = configparser.ConfigParser(interpolation=None)
desktop.read(os.path.join(srcdir, 'data', BASE_ID + '.desktop.in.in'), encoding='utf-8')
check('desktop icon is the app id', desktop['Desktop Entry']['Icon'] == '@APP_ID@')

metainfo = ET.parse(os.path.join(srcdir, 'data', BASE_ID + '.metainfo.xml.in.in')).getroot()
check('metainfo id is the app id', metainfo.findtext('id') == '@APP_ID@')
check('metainfo launchable is the desktop file',
      metainfo.findtext('launchable') == '@APP_ID@.desktop')

schema = ET.parse(os.path.join(srcdir, 'data', BASE_ID + '.gschema.xml')).getroot()
schema_ids = [s.get('id') for s in schema.findall('schema')]
check('schema id', schema_ids == [BASE_ID], schema_ids)

icons = os.path.join(srcdir, 'data', 'icons', 'hicolor')
for rel in ('scalable/apps/%s.svg', 'scalable/apps/%s.Devel.svg', 'symbolic/apps/%s-symbolic.svg'):
    path = os.path.join(icons, rel % BASE_ID)
    check('icon ' + os.path.basename(path), os.path.isfile(path))

if flatpak_builder:
    run = subprocess.run([flatpak_builder, '--show-manifest', manifest_path],
                         capture_output=True, text=True)
    shown = {}
    try:
        shown = json.loads(run.stdout)
    except ValueError:
        pass
    check('flatpak-builder reads the manifest', run.returncode == 0 and shown.get('id') == BASE_ID)
    check('flatpak-builder prints no warning', run.stderr.strip() == '', run.stderr.strip())

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    if not ok and detail:
        print('# %s' % (detail,))
