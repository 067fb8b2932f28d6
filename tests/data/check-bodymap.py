#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The body-map SVG and the content name the same regions, and the art obeys its rules."""
import sys
import xml.etree.ElementTree as ET

SVG_NS = '{http://www.w3.org/2000/svg}'
svg_path, content_path = sys.argv[1], sys.argv[2]
svg = ET.parse(svg_path).getroot()
content = ET.parse(content_path).getroot()
results = []


def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))


layers = [g.get('id') for g in svg.findall(SVG_NS + 'g')]
check('layers in painting order', layers == ['silhouette', 'regions', 'shading', 'outline'], layers)
check('root has only a viewBox', svg.get('viewBox') == '0 0 900 1000'
      and svg.get('width') is None and svg.get('height') is None)
check('no transforms anywhere', not any(e.get('transform') for e in svg.iter()))
check('no opacity (it forces offscreen groups)',
      not any(e.get('opacity') or 'opacity:' in (e.get('style') or '').replace('-opacity:', '')
              for e in svg.iter()))

regions_layer = svg.find(SVG_NS + 'g[@id="regions"]')
svg_ids = [e.get('id') for e in regions_layer]
check('every region has an id', all(svg_ids))
check('region ids are unique', len(svg_ids) == len(set(svg_ids)))
other_ids = [e.get('id') for layer in layers if layer != 'regions'
             for e in svg.find(SVG_NS + 'g[@id="%s"]' % layer).iter() if e.get('id')]
check('non-interactive layers carry no ids', other_ids == [layers[0]] + layers[2:], other_ids)

refs = {}
for owner in content.find('muscles').findall('muscle') + content.find('zones').findall('zone'):
    for region in owner.iter('region'):
        refs[region.get('ref')] = (owner.tag, owner.get('id'), region.get('view'),
                                   region.get('side'))

missing_in_content = sorted(set(svg_ids) - set(refs))
missing_in_svg = sorted(set(refs) - set(svg_ids))
check('every SVG region is known to the content', not missing_in_content, missing_in_content)
check('every content region is drawn in the SVG', not missing_in_svg, missing_in_svg)

for muscle in content.find('muscles').findall('muscle'):
    sides = {r.get('side') for r in muscle.iter('region')}
    check('muscle %s has left and right regions' % muscle.get('id'),
          {'left', 'right'} <= sides, sides)
for zone in content.find('zones').findall('zone'):
    check('zone %s has regions' % zone.get('id'), len(list(zone.iter('region'))) > 0)

for ref, (kind, owner, view, side) in sorted(refs.items()):
    prefix = ('zone-' + owner) if kind == 'zone' else owner
    check('region %s is named after its %s' % (ref, kind), ref.startswith(prefix), ref)
    if side in ('left', 'right'):
        check('region %s names its side' % ref, ref.endswith('-' + side), ref)
    if view == 'back' and kind == 'muscle' and ref not in (owner + '-left', owner + '-right'):
        check('back region %s' % ref, False, ref)

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    if not ok:
        print('# %s' % (detail,))
