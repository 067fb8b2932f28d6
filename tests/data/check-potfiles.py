#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""po/POTFILES.in is sorted and lists every source and UI file with translatable text."""
import os
import re
import sys

srcdir = sys.argv[1]
with open(os.path.join(srcdir, 'po', 'POTFILES.in'), encoding='utf-8') as f:
    listed = [line.strip() for line in f if line.strip() and not line.startswith('#')]

MARKED = re.compile(r'\b(N?_|C_|NC_|g_dngettext|g_dpgettext2)\s*\(|translatable="yes"')
wanted = []
for folder, suffix in (('src', '.c'), ('ui', '.ui')):
    for name in sorted(os.listdir(os.path.join(srcdir, folder))):
        path = os.path.join(folder, name)
        if name.endswith(suffix):
            with open(os.path.join(srcdir, path), encoding='utf-8') as f:
                if MARKED.search(f.read()):
                    wanted.append(path)

missing = sorted(set(wanted) - set(listed))
absent = [p for p in listed if not os.path.exists(os.path.join(srcdir, p))]
print('1..3')
print('%s 1 - POTFILES.in is sorted' % ('ok' if listed == sorted(listed) else 'not ok'))
print('%s 2 - every file with translatable text is listed' % ('not ok' if missing else 'ok'))
for path in missing:
    print('# missing: ' + path)
print('%s 3 - every listed file exists' % ('not ok' if absent else 'ok'))
for path in absent:
    print('# absent: ' + path)
