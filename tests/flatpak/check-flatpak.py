#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest builds, installs and runs offline, on a stand-in GNOME runtime.

Flathub cannot be reached here, so org.gnome.Platform and org.gnome.Sdk (the manifest's branch)
are assembled from the host's Debian packages: each root package below and its dependencies,
hard-linked from /usr and /etc, exported with `flatpak build-export --runtime` and installed
into a private installation in STATE_DIR (FLATPAK_USER_DIR, HOME and the XDG dirs point there).
It is rebuilt only when the packages change. flatpak-builder then builds the unchanged manifest
with --disable-download and installs the app; its exports and permissions are checked, and it
runs in the sandbox: `--validate` on files in its own data dir, then its window on $DISPLAY.
This proves the manifest's mechanics, not the app on the real GNOME runtime.

Usage: check-flatpak.py SOURCE_DIR STATE_DIR
"""
import configparser
import glob
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

APP_ID = 'io.github.unknot.Unknot'
MIME_TYPE = 'application/x-unknot-routine+xml'
PLAN = 11
# What the Platform needs to run a GTK 4 / libadwaita app; the Sdk adds what the build and
# flatpak-builder 1.2 (appstream-compose, from appstream-util) run inside it.
PLATFORM_ROOTS = [
    'libc-bin', 'dash', 'libglib2.0-0', 'libgtk-4-1', 'libadwaita-1-0', 'librsvg2-2',
    'librsvg2-common', 'libxml2', 'libsqlite3-0', 'shared-mime-info', 'gsettings-desktop-schemas',
    'adwaita-icon-theme', 'hicolor-icon-theme', 'fonts-cantarell',
]
SDK_ROOTS = PLATFORM_ROOTS + [
    'bash', 'coreutils', 'diffutils', 'findutils', 'grep', 'sed', 'gzip', 'tar', 'binutils',
    'gcc', 'libc6-dev', 'pkg-config', 'meson', 'ninja-build', 'python3', 'gettext',
    'libglib2.0-bin', 'libglib2.0-dev', 'libgtk-4-dev', 'libadwaita-1-dev', 'librsvg2-dev',
    'libxml2-dev', 'libsqlite3-dev', 'libxml2-utils', 'desktop-file-utils', 'appstream',
    'appstream-util',
    'gtk-update-icon-cache',
]
# Pulled in by dependencies but no part of a runtime: the GNOME runtime takes GL drivers from an
# extension, and the host runs the init system and the buses.
SKIP_PACKAGES = {'libgl1-mesa-dri', 'systemd', 'systemd-sysv', 'libpam-systemd', 'dbus',
                 'dbus-daemon', 'dbus-user-session', 'dbus-system-bus-common', 'dconf-service'}
SKIP_DIRS = ('/usr/share/doc/', '/usr/share/man/', '/usr/share/info/', '/usr/share/locale/',
             '/usr/share/lintian/', '/usr/share/bug/')
MERGED = ('/bin/', '/sbin/', '/lib/', '/lib32/', '/lib64/', '/libx32/')
STANDIN_VERSION = '1'  # bump to rebuild every cached stand-in

results = []


def check(name, ok, detail='', skip=None):
    results.append((name, bool(ok), detail, skip))
    return bool(ok)


def run(cmd, env, timeout=600):
    try:
        return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(cmd, -1, '', 'timed out after %d s' % timeout)


def tail(proc, lines=30):
    return '\n'.join(((proc.stdout or '') + (proc.stderr or '')).strip().splitlines()[-lines:])


def installed_packages():
    """Name → (architecture, version, [[dependency alternatives]]); virtual name → provider."""
    fields = ('${Package}\t${Architecture}\t${Version}\t${db:Status-Abbrev}\t${Provides}'
              '\t${Depends}, ${Pre-Depends}\n')
    out = subprocess.run(['dpkg-query', '-W', '-f=' + fields], capture_output=True,
                         text=True, check=True).stdout
    packages, provided = {}, {}
    for line in out.splitlines():
        name, arch, version, status, provides, depends = line.split('\t')
        if not status.startswith('ii'):
            continue
        packages[name] = (arch, version, [[a.split()[0].split(':')[0] for a in d.split('|')]
                                          for d in depends.split(',') if d.strip()])
        for virtual in filter(str.strip, provides.split(',')):
            provided.setdefault(virtual.split()[0].split(':')[0], name)
    return packages, provided


def closure(roots, packages, provided):
    seen, todo, missing = set(), list(roots), []
    while todo:
        name = todo.pop()
        if name in seen or name in SKIP_PACKAGES:
            continue
        if name not in packages:
            missing.append(name)
            continue
        seen.add(name)
        for alternatives in packages[name][2]:
            found = [a if a in packages else provided.get(a) for a in alternatives]
            todo += [f for f in found if f][:1]
    return seen, missing


def link_tree(names, packages, top):
    """Hard-link (or copy) the packages' files into top/usr; /etc goes to usr/etc."""
    usr = os.path.join(top, 'usr')
    for name in sorted(names):
        paths = []
        for list_file in (glob.glob('/var/lib/dpkg/info/%s.list' % name) or
                          glob.glob('/var/lib/dpkg/info/%s:%s.list' % (name, packages[name][0]))):
            with open(list_file, encoding='utf-8', errors='surrogateescape') as f:
                paths += f.read().splitlines()
        for path in paths:
            real = '/usr' + path if path.startswith(MERGED) else path
            if real.startswith('/usr/') and not real.startswith(SKIP_DIRS):
                dest = os.path.join(usr, real[5:])
            elif real.startswith('/etc/'):
                dest = os.path.join(usr, 'etc', real[5:])
            else:
                continue
            if os.path.lexists(dest) or not os.path.lexists(real):
                continue
            if os.path.isdir(real) and not os.path.islink(real):
                os.makedirs(dest, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            if os.path.islink(real):
                target = os.readlink(real)
                if target.startswith('/etc/alternatives/'):
                    target = os.path.realpath(real)
                os.symlink(target, dest)
            else:
                try:
                    os.link(real, dest)
                except OSError:
                    shutil.copy2(real, dest)
    return usr


def generate_caches(usr, multiarch):
    """What Debian's triggers make and no package lists: schemas, MIME, icon, module caches."""
    libdir = os.path.join(usr, 'lib', multiarch)
    commands = [
        ['glib-compile-schemas', os.path.join(usr, 'share/glib-2.0/schemas')],
        ['update-mime-database', os.path.join(usr, 'share/mime')],
        ['/usr/lib/%s/glib-2.0/gio-querymodules' % multiarch, os.path.join(libdir, 'gio/modules')],
    ] + [['gtk-update-icon-cache', '-q', '-t', '-f', os.path.dirname(index)]
         for index in glob.glob(os.path.join(usr, 'share/icons/*/index.theme'))]
    for cmd in commands:
        subprocess.run(cmd, check=True, capture_output=True)
    loaders = glob.glob(os.path.join(libdir, 'gdk-pixbuf-2.0/2.10.0/loaders/*.so'))
    if loaders:  # listed as the sandbox sees them
        query = '/usr/lib/%s/gdk-pixbuf-2.0/gdk-pixbuf-query-loaders' % multiarch
        cache = subprocess.run([query] + sorted('/usr/' + os.path.relpath(p, usr)
                                                for p in loaders),
                               capture_output=True, text=True, check=True).stdout
        with open(os.path.join(os.path.dirname(loaders[0]), '..', 'loaders.cache'), 'w',
                  encoding='utf-8') as f:
            f.write(cache)


def build_standin(state, env, arch, branch):
    """Install the stand-in Sdk and Platform unless the installed ones match the packages."""
    packages, provided = installed_packages()
    trees = {}
    for name, roots in (('org.gnome.Platform', PLATFORM_ROOTS), ('org.gnome.Sdk', SDK_ROOTS)):
        trees[name], missing = closure(roots, packages, provided)
        if missing:
            return False, 'packages not installed: ' + ' '.join(sorted(missing))
    refs = ['runtime/%s/%s/%s' % (name, arch, branch) for name in trees]
    summary = ', '.join('%s %d packages' % (n.split('.')[-1], len(p)) for n, p in trees.items())
    key = hashlib.sha256(repr((STANDIN_VERSION, refs, sorted(trees['org.gnome.Platform']), sorted(
        (n, packages[n][1]) for n in trees['org.gnome.Sdk']))).encode()).hexdigest()
    stamp = os.path.join(state, 'standin.stamp')
    if os.path.exists(stamp) and open(stamp, encoding='utf-8').read() == key and all(
            run(['flatpak', 'info', '--user', ref], env).returncode == 0 for ref in refs):
        return True, summary + ', cached'

    # Start from an empty installation: the app is installed again after the build anyway.
    repo, work = os.path.join(state, 'standin-repo'), os.path.join(state, 'standin-trees')
    for path in (env['FLATPAK_USER_DIR'], repo, work):
        shutil.rmtree(path, ignore_errors=True)
    try:
        # The mode of a user installation's repo: installing hard-links instead of copying.
        subprocess.run(['ostree', 'init', '--repo=' + repo, '--mode=bare-user-only'], check=True,
                       capture_output=True)
        multiarch = run(['gcc', '-print-multiarch'], env).stdout.strip() or 'x86_64-linux-gnu'
        for name, names in trees.items():
            top = os.path.join(work, name)
            generate_caches(link_tree(names, packages, top), multiarch)
            with open(os.path.join(top, 'metadata'), 'w', encoding='utf-8') as f:
                f.write('[Runtime]\nname=%s\nruntime=org.gnome.Platform/%s/%s\n'
                        'sdk=org.gnome.Sdk/%s/%s\n' % (name, arch, branch, arch, branch))
            proc = run(['flatpak', 'build-export', '--runtime', '--files=usr', '--disable-fsync',
                        '--subject=Stand-in ' + name, repo, top, branch], env)
            if proc.returncode != 0:
                return False, 'build-export %s failed\n%s' % (name, tail(proc))
    except subprocess.CalledProcessError as e:
        return False, '%s failed\n%s' % (' '.join(e.cmd), e.stderr)
    except OSError as e:
        return False, 'assembling the stand-in failed: %s' % e
    # The remote stays: installing an app looks its runtime up in the runtime's origin.
    for cmd in (['flatpak', 'remote-add', '--user', '--no-gpg-verify', 'standin', repo],
                ['flatpak', 'install', '--user', '-y', '--noninteractive', 'standin'] + refs):
        proc = run(cmd, env)
        if proc.returncode != 0:
            return False, '%s failed\n%s' % (' '.join(cmd[:3]), tail(proc))
    shutil.rmtree(work)
    with open(stamp, 'w', encoding='utf-8') as f:
        f.write(key)
    return True, summary


def copy_source(srcdir, dest):
    """The working tree as git sees it (tracked and new files, no build dirs)."""
    shutil.rmtree(dest, ignore_errors=True)
    ls = subprocess.run(['git', '-C', srcdir, 'ls-files', '-z', '--cached', '--others',
                         '--exclude-standard'], capture_output=True)
    if ls.returncode == 0:
        paths = [p for p in ls.stdout.decode().split('\0') if p]
    else:  # not a git checkout: everything but build dirs and hidden dirs
        paths = []
        for top, dirs, names in os.walk(srcdir):
            dirs[:] = [d for d in dirs if not d.startswith(('.', '_build'))
                       and not os.path.exists(os.path.join(top, d, 'meson-private'))]
            paths += [os.path.relpath(os.path.join(top, n), srcdir) for n in names]
    for rel in paths:
        if os.path.isfile(os.path.join(srcdir, rel)):
            os.makedirs(os.path.dirname(os.path.join(dest, rel)), exist_ok=True)
            shutil.copy2(os.path.join(srcdir, rel), os.path.join(dest, rel))


def build_app(srcdir, state, env):
    src = os.path.join(state, 'src')
    copy_source(srcdir, src)
    proc = run(['flatpak-builder', '--user', '--install', '--disable-download',
                '--disable-rofiles-fuse', '--force-clean',
                '--state-dir=' + os.path.join(state, 'builder-state'),
                '--repo=' + os.path.join(state, 'app-repo'), os.path.join(state, 'app-build'),
                os.path.join(src, 'flatpak', APP_ID + '.json')], env, timeout=1200)
    return check('flatpak-builder builds the manifest offline and installs the app',
                 proc.returncode == 0, tail(proc, 40))


def check_exports(env, arch, manifest):
    location = run(['flatpak', 'info', '--user', '--show-location', APP_ID], env).stdout.strip()
    export = os.path.join(location, 'export', 'share')
    exports = {
        'desktop': 'applications/%s.desktop' % APP_ID,
        'metainfo': 'metainfo/%s.*.xml' % APP_ID,  # flatpak-builder 1.2 renames it .appdata.xml
        'icon': 'icons/hicolor/scalable/apps/%s.svg' % APP_ID,
        'symbolic icon': 'icons/hicolor/symbolic/apps/%s-symbolic.svg' % APP_ID,
        'MIME package': 'mime/packages/%s.xml' % APP_ID,
        'D-Bus service': 'dbus-1/services/%s.service' % APP_ID,
    }
    missing = [k for k, v in exports.items() if not glob.glob(os.path.join(export, v))]
    check('the installed app exports its ' + ', '.join(exports), location and not missing,
          'missing: %s in %s' % (missing, export))

    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(os.path.join(export, exports['desktop']), encoding='utf-8')
    service = configparser.ConfigParser(interpolation=None)
    service.read(os.path.join(export, exports['D-Bus service']), encoding='utf-8')
    entry = desktop['Desktop Entry'] if desktop.has_section('Desktop Entry') else {}
    launchers = [entry.get('Exec', ''), service.get('D-BUS Service', 'Exec', fallback='')]
    check('the exported desktop file and D-Bus service start the app with `flatpak run`, '
          'and the desktop file forwards files of its MIME type',
          all('flatpak run' in l and APP_ID in l for l in launchers)
          and '@@ %F @@' in launchers[0] and MIME_TYPE in entry.get('MimeType', '').split(';'),
          'Exec: %s\nMimeType=%s' % (launchers, entry.get('MimeType')))

    compiled = os.path.join(location, 'files', 'share/glib-2.0/schemas/gschemas.compiled')
    check('the settings schema is compiled in /app', os.path.exists(compiled), compiled)

    metadata = configparser.ConfigParser(interpolation=None)
    metadata.optionxform = str  # bus names keep their case
    metadata.read(os.path.join(location, 'metadata'), encoding='utf-8')
    got = {k: set(filter(None, v.split(';'))) for k, v in
           (metadata['Context'].items() if metadata.has_section('Context') else [])}
    policy = metadata['Session Bus Policy'] if metadata.has_section('Session Bus Policy') else {}
    for bus_name, verb in policy.items():
        got.setdefault(verb + '-name', set()).add(bus_name)
    wanted = {}
    for arg in manifest.get('finish-args', []):
        key, _, value = arg.lstrip('-').partition('=')
        key = {'share': 'shared', 'socket': 'sockets', 'device': 'devices'}.get(key, key)
        wanted.setdefault(key, set()).add(value)
    if 'fallback-x11' in wanted.get('sockets', ()):
        wanted['sockets'].add('x11')  # flatpak records x11 with it and drops it under Wayland
    check('the installed permissions are the manifest\'s finish-args, with no file system access',
          got == wanted and 'filesystems' not in got, 'installed: %s\nmanifest: %s' % (got, wanted))

    want = ['org.gnome.%s/%s/%s' % (n, arch, manifest['runtime-version']) for n in
            ('Platform', 'Sdk')]
    have = [metadata.get('Application', k, fallback='') for k in ('runtime', 'sdk')]
    check('the app is built with %s and runs on %s' % (want[1], want[0]), have == want, have)


def check_validate(env, srcdir):
    data = os.path.join(env['HOME'], '.var', 'app', APP_ID, 'data')  # the sandbox sees this
    os.makedirs(data, exist_ok=True)
    good = os.path.join(data, 'unknot-content.xml')
    shutil.copy(os.path.join(srcdir, 'data', 'content', 'unknot-content.xml'), good)
    bad = os.path.join(data, 'broken.unknot')
    with open(bad, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0"?>\n<unknot version="1">\n  <routine id="x">\n</unknot>\n')
    proc = run(['flatpak', 'run', '--user', APP_ID, '--validate', good], env, timeout=120)
    check('in the sandbox, `unknot --validate` accepts the built-in library file',
          proc.returncode == 0, 'exit %d\n%s' % (proc.returncode, tail(proc)))
    proc = run(['flatpak', 'run', '--user', APP_ID, '--validate', bad], env, timeout=120)
    check('in the sandbox, `unknot --validate` rejects a broken file and names it',
          proc.returncode > 0 and 'broken.unknot' in proc.stdout + proc.stderr,
          'exit %d\n%s' % (proc.returncode, tail(proc)))


def unknot_windows(env):
    found = run(['xdotool', 'search', '--onlyvisible', '--name', '^Unknot$'], env, 10)
    return set(found.stdout.split())


def check_window(env, state):
    name = 'in the sandbox, the app opens a window titled "Unknot" on $DISPLAY'
    if not os.environ.get('DISPLAY') or not shutil.which('xdotool'):
        check(name, False, skip='no DISPLAY or no xdotool (`build-aux/dev test` has both)')
        return
    before = unknot_windows(env)  # only a new window counts, not one left by another test
    log_path = os.path.join(state, 'gui.log')
    with open(log_path, 'w', encoding='utf-8') as log:
        app = subprocess.Popen(['flatpak', 'run', '--user', '--env=GDK_DEBUG=gl-disable', APP_ID],
                               env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        new, deadline = set(), time.monotonic() + 60
        while not new and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
            new = unknot_windows(env) - before
        running = app.poll() is None
    finally:
        if app.poll() is None:
            os.killpg(app.pid, signal.SIGTERM)
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(app.pid, signal.SIGKILL)
                app.wait()
    with open(log_path, encoding='utf-8', errors='replace') as f:
        log_text = f.read()
    check(name, new and running, 'new windows: %s; app %s\n%s' % (
        sorted(new), 'running' if running else 'exited', log_text[-3000:]))


def check_manifest(manifest):
    # GtkMediaFile plays the phase cue through GStreamer's PulseAudio sink (PipeWire serves the
    # same socket); without it the sandbox is silent and nothing says why.
    check('the manifest lets the phase-change sound reach the sound server (--socket=pulseaudio)',
          '--socket=pulseaudio' in manifest.get('finish-args', []),
          'finish-args: %s' % manifest.get('finish-args'))


def skip_reason():
    missing = [t for t in ('flatpak', 'flatpak-builder', 'bwrap', 'ostree', 'dpkg-query',
                           'eu-strip') if not shutil.which(t)]
    if missing:
        return 'missing ' + ', '.join(missing) + ' (`build-aux/dev deps` installs them)'
    proc = subprocess.run(['bwrap', '--unshare-user', '--unshare-pid', '--dev-bind', '/', '/',
                           'true'], capture_output=True, text=True)
    if proc.returncode != 0:
        return 'bubblewrap cannot make a user namespace here: ' + proc.stderr.strip()
    return None


def main():
    srcdir, state = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    with open(os.path.join(srcdir, 'flatpak', APP_ID + '.json'), encoding='utf-8') as f:
        manifest = json.load(f)
    check_manifest(manifest)
    reason = skip_reason()
    if reason:
        ok = results[0][1]
        print('1..2\n%s 1 - %s' % ('ok' if ok else 'not ok', results[0][0]))
        print('ok 2 - build and run the Flatpak on a stand-in runtime # SKIP ' + reason)
        return

    home = os.path.join(state, 'home')
    runtime_dir = tempfile.mkdtemp(prefix='unknot-flatpak-')  # short: it holds sockets
    env = dict(os.environ, HOME=home, XDG_RUNTIME_DIR=runtime_dir,
               XDG_DATA_HOME=os.path.join(home, '.local', 'share'),
               XDG_CONFIG_HOME=os.path.join(home, '.config'),
               XDG_CACHE_HOME=os.path.join(home, '.cache'),
               FLATPAK_USER_DIR=os.path.join(state, 'user'),
               FLATPAK_SYSTEM_DIR=os.path.join(state, 'system'),
               FLATPAK_CONFIG_DIR=os.path.join(state, 'config'))
    for key in ('HOME', 'FLATPAK_SYSTEM_DIR', 'FLATPAK_CONFIG_DIR'):
        os.makedirs(env[key], exist_ok=True)
    arch = run(['flatpak', '--default-arch'], env).stdout.strip()
    try:
        started = time.monotonic()
        ok, detail = build_standin(state, env, arch, manifest['runtime-version'])
        check('the stand-in org.gnome.Sdk and org.gnome.Platform //%s are installed privately '
              '(%s)' % (manifest['runtime-version'], detail.splitlines()[0] if ok else 'failed'),
              ok, detail)
        print('# stand-in runtime: %.0f s' % (time.monotonic() - started))
        started = time.monotonic()
        if ok and build_app(srcdir, state, env):
            print('# flatpak-builder: %.0f s' % (time.monotonic() - started))
            check_exports(env, arch, manifest)
            check_validate(env, srcdir)
            check_window(env, state)
    finally:
        shutil.rmtree(runtime_dir, ignore_errors=True)

    results.extend([('not reached: an earlier step failed', False, '', None)] *
                   (PLAN - len(results)))
    print('1..%d' % len(results))
    for i, (name, ok, detail, skip) in enumerate(results, 1):
        if skip:
            print('ok %d - %s # SKIP %s' % (i, name, skip))
            continue
        print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
        for line in ([] if ok else str(detail).splitlines()):
            print('# ' + line)


if __name__ == '__main__':
    main()
