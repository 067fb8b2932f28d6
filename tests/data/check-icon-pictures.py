#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The PNG pictures of the icons (build-aux/make-icon-pictures) show what the SVGs show:
each is compared with librsvg's rendering of its SVG at its size, the app icon's colours
and the symbolic icon's shape (its alpha, which GTK colours).

Usage: check-icon-pictures.py SOURCE-DIR RSVG-CONVERT
"""
import os
import subprocess
import sys
import tempfile

import gi
gi.require_version('GdkPixbuf', '2.0')
from gi.repository import GdkPixbuf  # noqa: E402

top, rsvg_convert = sys.argv[1], sys.argv[2]
icons = os.path.join(top, 'data', 'icons')
SOURCES = {
    'unknot-roller-symbolic.symbolic.png':
        ('hicolor/symbolic/apps/io.github.unknot.Unknot-symbolic.svg', 'alpha'),
    'unknot-welcome.png': ('hicolor/scalable/apps/io.github.unknot.Unknot.svg', 'rgba'),
}
SIZES = {'128x128': 128, '128x128@2': 256}
# Antialiasing may differ by a few levels between librsvg's and GTK's encoder
TOLERANCE = 8


def pixels(path):
    pixbuf = GdkPixbuf.Pixbuf.new_from_file(path)
    assert pixbuf.get_n_channels() == 4 and pixbuf.get_has_alpha(), path
    data = pixbuf.get_pixels()
    stride = pixbuf.get_rowstride()
    width = pixbuf.get_width()
    rows = [data[y * stride:y * stride + width * 4] for y in range(pixbuf.get_height())]
    return width, pixbuf.get_height(), b''.join(rows)


def worst(picture, reference, channels):
    most = 0
    for i in range(0, len(picture), 4):
        a, b = picture[i + 3], reference[i + 3]
        most = max(most, abs(a - b))
        if channels == 'rgba' and a > 0 and b > 0:
            most = max(most, max(abs(picture[i + c] - reference[i + c]) for c in range(3)))
    return most


checks = []
with tempfile.TemporaryDirectory() as tmp:
    for folder, size in SIZES.items():
        for name, (svg, channels) in SOURCES.items():
            path = os.path.join(icons, 'status', folder, name)
            if not os.path.exists(path):
                checks.append((False, '%s/%s exists' % (folder, name), 'missing'))
                continue
            rendered = os.path.join(tmp, '%s-%s.png' % (folder, name))
            subprocess.run([rsvg_convert, '-w', str(size), '-h', str(size),
                            os.path.join(icons, svg), '-o', rendered], check=True)
            width, height, picture = pixels(path)
            _, _, reference = pixels(rendered)
            if (width, height) != (size, size):
                checks.append((False, '%s/%s is %d px' % (folder, name, size),
                               '%dx%d' % (width, height)))
                continue
            difference = worst(picture, reference, channels)
            checks.append((difference <= TOLERANCE,
                           '%s/%s shows %s' % (folder, name, os.path.basename(svg)),
                           'differs by up to %d levels: run build-aux/make-icon-pictures'
                           % difference))

print('1..%d' % len(checks))
for number, (ok, name, why) in enumerate(checks, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', number, name))
    if not ok:
        print('# ' + why)
