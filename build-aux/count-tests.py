#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Print one line 'N passed, N failed, N skipped' over the TAP subtests of build dirs.

Every meson test log in each build dir counts: the plain run and the valgrind run."""
import glob
import json
import os
import re
import sys

PLAN_LINE = re.compile(r'^1\.\.\d+')
TAP_LINE = re.compile(r'^(ok|not ok)\b[^#]*(#\s*(SKIP|TODO)\b)?', re.IGNORECASE)


def count(log_path):
    passed = failed = skipped = 0
    with open(log_path, encoding='utf-8') as log:
        for line in log:
            result = json.loads(line)
            lines = (result.get('stdout') or '').splitlines()
            subtests = [m for m in map(TAP_LINE.match, lines) if m]
            is_tap = any(PLAN_LINE.match(l) for l in lines)
            if is_tap and subtests:
                for m in subtests:
                    if m.group(3):
                        skipped += 1
                    elif m.group(1) == 'ok':
                        passed += 1
                    else:
                        failed += 1
                if result['result'] not in ('OK', 'EXPECTEDFAIL', 'SKIP'):
                    failed += 1  # crashed or timed out after its last subtest
            elif result['result'] in ('OK', 'EXPECTEDFAIL'):
                passed += 1
            elif result['result'] == 'SKIP':
                skipped += 1
            else:
                failed += 1
    return passed, failed, skipped


totals = [0, 0, 0]
for build_dir in sys.argv[1:]:
    logs = sorted(glob.glob(os.path.join(build_dir, 'meson-logs', '*.json')))
    if not logs:
        print('%s: no test log' % build_dir, file=sys.stderr)
        totals[1] += 1
        continue
    for log in logs:
        for i, n in enumerate(count(log)):
            totals[i] += n

print('%d passed, %d failed, %d skipped' % tuple(totals))
sys.exit(1 if totals[1] else 0)
