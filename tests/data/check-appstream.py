#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The metainfo file passes appstreamcli without errors or warnings."""
import subprocess
import sys

appstreamcli, metainfo = sys.argv[1], sys.argv[2]
run = subprocess.run([appstreamcli, 'validate', '--no-net', '--no-color', metainfo],
                     capture_output=True, text=True)
output = run.stdout + run.stderr
problems = [line for line in output.splitlines() if line.startswith(('E:', 'W:'))]

print('1..2')
print('%s 1 - appstreamcli exits 0' % ('ok' if run.returncode == 0 else 'not ok'))
print('%s 2 - no errors or warnings' % ('not ok' if problems else 'ok'))
for line in output.splitlines():
    print('# ' + line)
