#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`meson install` lays out exactly what a desktop needs, and the installed app runs on its own.

Installs the build with DESTDIR into a fresh directory and checks: the whole tree equals an
explicit list; meson declares its post-install steps (skipped under DESTDIR) and each one works
on the installed tree when run as a packager's trigger would; the desktop file and metainfo
validate; the icons, the desktop file and the metainfo use the app id; the schema compiles and
is found through XDG_DATA_DIRS; the MIME package registers Unknot routine files by name and by
content; nothing installed names the source or build dir (debug info aside); the installed
binary runs `--help` and `--validate` with a clean environment.

Usage: check-install.py MESON SOURCE_DIR BUILD_DIR WORK_DIR APP_ID PREFIX BINDIR DATADIR LOCALEDIR
"""
import configparser
import os
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

meson, srcdir, builddir, workdir, app_id, prefix, bindir, datadir, localedir = sys.argv[1:]
BASE_ID = 'io.github.unknot.Unknot'
MIME_TYPE = 'application/x-unknot-routine+xml'
results = []


def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))


def run(cmd, env=None, **kwargs):
    return subprocess.run(cmd, env=env, capture_output=True, text=True, **kwargs)


def output(proc):
    return (proc.stdout + proc.stderr).strip()


with open(os.path.join(srcdir, 'po', 'LINGUAS'), encoding='utf-8') as f:
    languages = [w for line in f for w in line.split('#')[0].split()]
expected = sorted([
    os.path.join(bindir, 'unknot'),
    os.path.join(datadir, 'applications', app_id + '.desktop'),
    os.path.join(datadir, 'metainfo', app_id + '.metainfo.xml'),
    os.path.join(datadir, 'dbus-1', 'services', app_id + '.service'),
    os.path.join(datadir, 'glib-2.0', 'schemas', BASE_ID + '.gschema.xml'),
    os.path.join(datadir, 'icons', 'hicolor', 'scalable', 'apps', app_id + '.svg'),
    os.path.join(datadir, 'icons', 'hicolor', 'symbolic', 'apps', app_id + '-symbolic.svg'),
    os.path.join(datadir, 'mime', 'packages', app_id + '.xml'),
] + [os.path.join(localedir, lang, 'LC_MESSAGES', 'unknot.mo') for lang in languages])

shutil.rmtree(workdir, ignore_errors=True)
destdir = os.path.join(workdir, 'destdir')
root = destdir + prefix  # the prefix as installed under DESTDIR
share = os.path.join(root, datadir)
install = run([meson, 'install', '-C', builddir, '--no-rebuild', '--destdir', destdir])
check('meson install succeeds', install.returncode == 0, output(install))


def tree(top):
    """Every file and symlink under top, and every empty directory (with a trailing slash)."""
    found = []
    for path, dirs, names in os.walk(top):
        names += [d for d in dirs if os.path.islink(os.path.join(path, d))]
        found += [os.path.relpath(os.path.join(path, n), top) for n in names]
        if not dirs and not names:
            found.append(os.path.relpath(path, top) + '/')
    return sorted(found)


installed = tree(root)
outside = [p for p in tree(destdir) if not os.path.join(destdir, p).startswith(root + os.sep)]
check('the installed tree is exactly the expected list of files',
      installed == expected and not outside,
      'missing: %s\nunexpected: %s' % (sorted(set(expected) - set(installed)),
                                        sorted(set(installed) - set(expected)) + outside))

# Meson skips post-install scripts under DESTDIR and says which; run each as a trigger would.
skipped = [shlex.split(m) for m in re.findall(r"because DESTDIR is set '(.*)'", install.stdout)]
for tool, subdir, product in [
        ('glib-compile-schemas', 'glib-2.0/schemas', 'gschemas.compiled'),
        ('gtk-update-icon-cache', 'icons/hicolor', 'icon-theme.cache'),
        ('update-desktop-database', 'applications', 'mimeinfo.cache'),
        ('update-mime-database', 'mime', 'mime.cache')]:
    target = os.path.join(prefix, datadir, subdir)
    cmd = next((c for c in skipped if os.path.basename(c[0]).startswith(tool)), None)
    proc = None
    if cmd and cmd[-1] == target:
        proc = run(cmd[:-1] + [destdir + target])
    check('post-install runs %s on %s, and it works on the installed tree' % (tool, target),
          proc is not None and proc.returncode == 0
          and os.path.exists(os.path.join(destdir + target, product)),
          'declared: %s\n%s' % (cmd, output(proc) if proc else ''))

desktop_path = os.path.join(share, 'applications', app_id + '.desktop')
proc = run(['desktop-file-validate', desktop_path])
check('the installed desktop file validates', proc.returncode == 0 and not proc.stdout.strip(),
      output(proc))
desktop = configparser.ConfigParser(interpolation=None)
desktop.read(desktop_path, encoding='utf-8')
entry = desktop['Desktop Entry'] if desktop.has_section('Desktop Entry') else {}
check('the desktop file opens routine files: Exec=unknot %F, MimeType ' + MIME_TYPE,
      entry.get('Exec') == 'unknot %F' and MIME_TYPE in entry.get('MimeType', '').split(';'),
      'Exec=%s MimeType=%s' % (entry.get('Exec'), entry.get('MimeType')))
mimeinfo = os.path.join(share, 'applications', 'mimeinfo.cache')
cache = open(mimeinfo, encoding='utf-8').read() if os.path.exists(mimeinfo) else ''
check('the desktop database maps the MIME type to the desktop file',
      '%s=%s.desktop;' % (MIME_TYPE, app_id) in cache, cache)

metainfo_path = os.path.join(share, 'metainfo', app_id + '.metainfo.xml')
proc = run(['appstreamcli', 'validate', '--no-net', '--no-color', metainfo_path])
problems = [l for l in output(proc).splitlines() if l.startswith(('E:', 'W:'))]
check('the installed metainfo validates', proc.returncode == 0 and not problems, output(proc))

metainfo = ET.parse(metainfo_path).getroot() if os.path.exists(metainfo_path) else None
icons = [os.path.join(share, 'icons', 'hicolor', 'scalable', 'apps', app_id + '.svg'),
         os.path.join(share, 'icons', 'hicolor', 'symbolic', 'apps', app_id + '-symbolic.svg')]
check('the icons, the desktop file and the metainfo are named for the app id ' + app_id,
      all(os.path.exists(i) for i in icons) and entry.get('Icon') == app_id
      and metainfo is not None and metainfo.findtext('id') == app_id
      and metainfo.findtext('launchable') == app_id + '.desktop',
      'Icon=%s' % entry.get('Icon'))

service = configparser.ConfigParser(interpolation=None)
service.read(os.path.join(share, 'dbus-1', 'services', app_id + '.service'), encoding='utf-8')
service_exec = service.get('D-BUS Service', 'Exec', fallback='')
check('the D-Bus service starts the installed binary',
      service.get('D-BUS Service', 'Name', fallback='') == app_id
      and service_exec.split()[:1] == [os.path.join(prefix, bindir, 'unknot')], service_exec)

home = os.path.join(workdir, 'home')
files = os.path.join(workdir, 'files')
os.makedirs(home)
os.makedirs(files)
# Nothing of the build or the source: the installed data only, found the way a session finds it.
clean_env = {
    'PATH': '/usr/bin:/bin',
    'HOME': home,
    'XDG_DATA_HOME': os.path.join(home, '.local', 'share'),
    'XDG_CONFIG_HOME': os.path.join(home, '.config'),
    'XDG_DATA_DIRS': share + ':/usr/local/share:/usr/share',
    'LC_ALL': 'C.UTF-8',
    'G_DEBUG': 'fatal-criticals',
    'GSETTINGS_BACKEND': 'memory',
}
proc = run(['gsettings', 'list-keys', BASE_ID], env=clean_env)
check('the installed schema is found through XDG_DATA_DIRS',
      proc.returncode == 0 and proc.stdout.strip(), output(proc))

with open(os.path.join(srcdir, 'tests', 'fixtures', 'routine-client.xml'), 'rb') as f:
    routine = f.read()
samples = {'client.unknot': routine, 'routine-without-extension': routine,
           'any-content.unknot': b'any bytes\n', 'plain.xml': b'<?xml version="1.0"?><a/>\n'}
for name, data in samples.items():
    with open(os.path.join(files, name), 'wb') as f:
        f.write(data)
types = {}
for name in samples:
    proc = run(['gio', 'info', '--attributes=standard::content-type',
                os.path.join(files, name)], env=clean_env)
    types[name] = re.findall(r'standard::content-type: (\S+)', proc.stdout)
want = {'client.unknot': [MIME_TYPE], 'routine-without-extension': [MIME_TYPE],
        'any-content.unknot': [MIME_TYPE], 'plain.xml': ['application/xml']}
check('the MIME database knows routine files by *.unknot and by their <unknot> root',
      types == want, 'got %s' % types)
subclasses = os.path.join(share, 'mime', 'subclasses')
subclass_lines = open(subclasses, encoding='utf-8').read() if os.path.exists(subclasses) else ''
check('the routine MIME type is a sub-class of application/xml',
      '%s application/xml' % MIME_TYPE in subclass_lines.splitlines(), subclass_lines)

mo_files = [os.path.join(root, localedir, lang, 'LC_MESSAGES', 'unknot.mo') for lang in languages]
proc = [run(['msgunfmt', mo]) for mo in mo_files]
check('a readable .mo file is installed for each of the %d languages in po/LINGUAS'
      % len(languages), all(p.returncode == 0 and p.stdout for p in proc),
      '\n'.join(output(p) for p in proc))

needles = sorted({os.path.realpath(srcdir), os.path.abspath(srcdir), os.path.realpath(builddir),
                  os.path.abspath(builddir)})
offenders = []
for rel in installed:
    path = os.path.join(root, rel)
    if os.path.islink(path) or not os.path.isfile(path):
        continue
    with open(path, 'rb') as f:
        data = f.read()
    if data.startswith(b'\x7fELF'):
        # Debug info names the build dir by design; packagers strip or split it.
        stripped = os.path.join(workdir, 'stripped')
        strip = run(['objcopy', '--strip-debug', path, stripped])
        if strip.returncode != 0:
            offenders.append('%s: objcopy failed: %s' % (rel, output(strip)))
            continue
        with open(stripped, 'rb') as f:
            data = f.read()
    offenders += ['%s names %s' % (rel, n) for n in needles if n.encode() in data]
check('no installed file names the source or build dir (binary without debug info included)',
      not offenders, '\n'.join(offenders))

binary = os.path.join(root, bindir, 'unknot')
proc = run([binary, '--help'], env=clean_env, timeout=60)
check('the installed `unknot --help` runs with a clean environment',
      proc.returncode == 0 and '--validate' in proc.stdout, output(proc))

content = os.path.join(files, 'unknot-content.xml')
shutil.copy(os.path.join(srcdir, 'data', 'content', 'unknot-content.xml'), content)
broken = os.path.join(files, 'broken.unknot')
with open(broken, 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0"?>\n<unknot version="1">\n  <routine id="x">\n</unknot>\n')
proc = run([binary, '--validate', content, os.path.join(files, 'client.unknot')],
           env=clean_env, timeout=60)
check('the installed `unknot --validate` accepts the library and a routine file',
      proc.returncode == 0, 'exit %d\n%s' % (proc.returncode, output(proc)))
proc = run([binary, '--validate', broken], env=clean_env, timeout=60)
check('the installed `unknot --validate` rejects a broken file and names it',
      proc.returncode not in (0, None) and 'broken.unknot' in output(proc),
      'exit %d\n%s' % (proc.returncode, output(proc)))

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    if not ok and detail:
        for line in str(detail).splitlines():
            print('# ' + line)
