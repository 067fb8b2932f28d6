#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The shape of src/: dependencies point one way, and what the code review asked for stays."""
import glob
import os
import re
import sys

srcdir = os.path.join(sys.argv[1], 'src')
INCLUDE = re.compile(r'^\s*#\s*include\s+"(unknot-[^"]+)\.h"', re.M)


def unit(path):
    """A .c, its .h and its -private.h are one unit."""
    return re.sub(r'(-private)?\.[ch]$', '', os.path.basename(path))


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


sources = sorted(glob.glob(os.path.join(srcdir, '*.[ch]')))
graph = {}
includers = {}
for path in sources:
    for name in INCLUDE.findall(read(path)):
        target = re.sub(r'-private$', '', name)
        includers.setdefault(name, set()).add(os.path.basename(path))
        if target != unit(path):
            graph.setdefault(unit(path), set()).add(target)


def find_cycle():
    """A list of units that reach themselves, or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = 'open'
        stack.append(node)
        for succ in sorted(graph.get(node, ())):
            if state.get(succ) == 'open':
                return stack[stack.index(succ):] + [succ]
            if succ not in state:
                found = visit(succ)
                if found:
                    return found
        stack.pop()
        state[node] = 'done'
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


checks = []
cycle = find_cycle()
checks.append(('no include cycle in src/', cycle is None,
               ' → '.join(cycle) if cycle else ''))

app_users = sorted(includers.get('unknot-application', set()) - {'unknot-application.h'})
checks.append(('only main.c and the application include unknot-application.h',
               app_users == ['main.c', 'unknot-application.c'], ', '.join(app_users)))

window_lines = len(read(os.path.join(srcdir, 'unknot-window.c')).splitlines())
checks.append(('unknot-window.c has at most 500 lines', window_lines <= 500,
               '%d lines' % window_lines))

data_users = [os.path.basename(p) for p in sources
              if re.search(r'\bg_object_(set|get|steal)_data', read(p))]
checks.append(('no g_object_set_data in src/ (row state lives in row types)', not data_users,
               ', '.join(data_users)))

long_files = ['%s: %d' % (os.path.basename(p), len(read(p).splitlines()))
              for p in sources if p.endswith('.c') and len(read(p).splitlines()) >= 1000]
checks.append(('every .c file is under 1000 lines', not long_files, ', '.join(long_files)))

print('1..%d' % len(checks))
for i, (name, ok, detail) in enumerate(checks, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    if not ok:
        print('# ' + detail)
