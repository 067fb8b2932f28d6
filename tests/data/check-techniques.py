#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every technique has a picture that keeps the contract the picture widget relies on,
and librsvg renders it without a warning, at three sizes, in the light and the dark style.

Usage: check-techniques.py CONTENT-XML TECHNIQUES-DIR [RSVG-CONVERT]
"""
import os
import re
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib

SVG_NS = '{http://www.w3.org/2000/svg}'
XLINK_HREF = '{http://www.w3.org/1999/xlink}href'
CLASSES = {'floor', 'skin', 'outline', 'tool', 'target', 'path', 'zone'}
LAYERS = ['floor', 'pose-end', 'pose-start', 'path']
POSE_GROUPS = {'pose-start': ['figure', 'tool', 'target'],
               'pose-end': ['figure-end', 'tool-end', 'target-end']}
WIDTHS = [200, 400, 800]

# What the widget does in the dark style: every class overridden, with !important,
# and the end pose toned down (the pictures' own lighter end pose loses to !important)
DARK_CSS = """
.floor{stroke:#77767b !important}
.skin{fill:#5e514c !important}
.outline{stroke:#cdbbb3 !important}
.tool{fill:#3d5a80 !important}
.target{fill:#78aeed !important;fill-opacity:0.6 !important}
.path{fill:#ffffff !important;stroke:#ffffff !important}
.zone{fill:#ff7b63 !important;stroke:#ff7b63 !important}
#pose-end .skin{fill:#3a3230 !important}
#pose-end .outline{stroke:#7d706b !important}
#pose-end .tool{fill:#2b3a4d !important}
#pose-end .target{fill-opacity:0.2 !important}
"""

content_path, pictures_dir = sys.argv[1], sys.argv[2]
rsvg_convert = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None
results = []


def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))


def local(tag):
    return tag.split('}')[-1]


def png_pixels(data):
    """(width, height, filtered scanlines) of a PNG; enough to tell it from a blank one."""
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        return None
    pos, idat, size = 8, b'', (0, 0)
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            size = struct.unpack('>II', body[:8])
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    return size[0], size[1], zlib.decompress(idat)


def is_blank(png):
    """A transparent picture filters to nothing but zeros, whichever PNG filter each row
    uses; so any non-zero byte besides the rows' filter bytes means something was drawn."""
    width, height, raw = png
    stride = len(raw) // height if height else 0
    for row in range(height):
        if any(raw[row * stride + 1:(row + 1) * stride]):
            return False
    return True


def coverage(path):
    """The share of non-transparent pixels, or None without PIL."""
    try:
        from PIL import Image
    except ImportError:
        return None
    with Image.open(path) as image:
        alpha = image.convert('RGBA').getchannel('A')
        histogram = alpha.histogram()
        return 1.0 - histogram[0] / (image.width * image.height)


def render(svg_path, width, stylesheet, out_path):
    argv = [rsvg_convert, '--width', str(width), '--format', 'png', '--output', out_path]
    if stylesheet:
        argv += ['--stylesheet', stylesheet]
    proc = subprocess.run(argv + [svg_path], capture_output=True, text=True)
    return proc.returncode, proc.stderr.strip()


def check_structure(tid, root):
    check('%s: root is an svg with viewBox 0 0 800 500 and no size' % tid,
          local(root.tag) == 'svg' and root.get('viewBox') == '0 0 800 500'
          and root.get('width') is None and root.get('height') is None,
          dict(root.attrib))
    groups = [g.get('id') for g in root.findall(SVG_NS + 'g')]
    check('%s: top-level groups in painting order' % tid,
          groups in (LAYERS, LAYERS + ['zone']), groups)
    check('%s: no transform on the top-level groups' % tid,
          not any(g.get('transform') for g in root.findall(SVG_NS + 'g')))
    for pose, ids in POSE_GROUPS.items():
        group = root.find(SVG_NS + 'g[@id="%s"]' % pose)
        inner = [] if group is None else sorted(g.get('id') for g in group.findall(SVG_NS + 'g'))
        check('%s: %s holds %s' % (tid, pose, ', '.join(ids)), inner == sorted(ids), inner)
        for gid in ids:
            g = group.find(SVG_NS + 'g[@id="%s"]' % gid) if group is not None else None
            check('%s: %s is not empty' % (tid, gid), g is not None and len(g) > 0)
    path = root.find(SVG_NS + 'g[@id="path"]')
    check('%s: the path has a shaft and two marked ends' % tid,
          path is not None and len(path) >= 4)

    elements = list(root.iter())
    tags = {local(e.tag) for e in elements}
    check('%s: no text, images, filters or foreign content' % tid,
          not tags & {'text', 'tspan', 'image', 'filter', 'foreignObject', 'use', 'script'},
          sorted(tags))
    hrefs = [e.get('href') or e.get(XLINK_HREF) for e in elements
             if e.get('href') or e.get(XLINK_HREF)]
    urls = [u for e in elements for v in e.attrib.values()
            for u in re.findall(r'url\(([^)]*)\)', v)]
    check('%s: no external references' % tid,
          not hrefs and all(u.startswith('#') for u in urls), hrefs + urls)
    check('%s: no opacity (it forces offscreen groups)' % tid,
          not any(e.get('opacity') or re.search(r'(^|[;{\s])opacity\s*:',
                                                 (e.get('style') or '') + (e.text or ''))
                  for e in elements))
    check('%s: colours only through classes' % tid,
          not any(e.get(a) not in (None, 'none') for e in elements for a in ('fill', 'stroke'))
          and not any(re.search(r'(fill|stroke)\s*:\s*#', e.get('style') or '')
                      for e in elements))
    used = {c for e in elements for c in (e.get('class') or '').split()}
    check('%s: only the known classes' % tid, used <= CLASSES, sorted(used - CLASSES))
    check('%s: draws figure, tool, target and path' % tid,
          {'skin', 'outline', 'tool', 'target', 'path', 'floor'} <= used, sorted(used))


def check_rendering(tid, svg_path, dark_css, tmp):
    for width in WIDTHS:
        pixels = {}
        for style, stylesheet in (('light', None), ('dark', dark_css)):
            out = os.path.join(tmp, '%s-%d-%s.png' % (tid, width, style))
            status, stderr = render(svg_path, width, stylesheet, out)
            name = '%s: renders at %d px in the %s style' % (tid, width, style)
            check(name + ' without a warning', status == 0 and not stderr, stderr)
            if status != 0:
                continue
            with open(out, 'rb') as f:
                png = png_pixels(f.read())
            check(name + ', %d px wide' % width,
                  png is not None and png[0] == width and png[1] == width * 5 // 8,
                  png[:2] if png else None)
            check(name + ', not blank', png is not None and not is_blank(png))
            share = coverage(out)
            if share is not None:
                check(name + ', covering 5 percent or more', share >= 0.05, share)
            pixels[style] = png[2] if png else None
        check('%s: the dark style changes the colours at %d px' % (tid, width),
              pixels.get('light') != pixels.get('dark'))


content = ET.parse(content_path).getroot()
ids = [t.get('id') for t in content.find('techniques').findall('technique')]
check('the content has techniques', ids)

with tempfile.TemporaryDirectory() as tmp:
    dark_css = os.path.join(tmp, 'dark.css')
    with open(dark_css, 'w', encoding='utf-8') as f:
        f.write(DARK_CSS)
    for tid in ids:
        svg_path = os.path.join(pictures_dir, tid + '.svg')
        check('%s has a picture' % tid, os.path.isfile(svg_path), svg_path)
        if not os.path.isfile(svg_path):
            continue
        check_structure(tid, ET.parse(svg_path).getroot())
        if rsvg_convert:
            check_rendering(tid, svg_path, dark_css, tmp)

    drawn = sorted(f[:-4] for f in os.listdir(pictures_dir) if f.endswith('.svg'))
    check('every picture belongs to a technique', set(drawn) <= set(ids),
          sorted(set(drawn) - set(ids)))

print('1..%d' % (len(results) + (0 if rsvg_convert else 1)))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    if not ok and detail not in ('', None):
        print('# %s' % (detail,))
if not rsvg_convert:
    print('ok %d - rendering # SKIP rsvg-convert not found' % (len(results) + 1))
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
