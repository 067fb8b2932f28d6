#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A hold written survives kill -9 mid-session; the file passes
integrity_check, reopens, and exports as CSV that Python's csv reads."""
import csv
import datetime
import io
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile

HELPER = sys.argv[1]
UNKNOT = os.environ['UNKNOT_BIN']
ROUTINE = '=HYPERLINK("http://example.com/x","Click me")'

n = 0


def ok(cond, name):
    global n
    n += 1
    print(('ok %d - %s' if cond else 'not ok %d - %s') % (n, name), flush=True)
    return cond


def run_until_hold_written(env):
    proc = subprocess.Popen([HELPER, ROUTINE], env=env, stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return line.strip(), proc.returncode


def main():
    print('1..12', flush=True)
    with tempfile.TemporaryDirectory() as data_home:
        env = dict(os.environ, XDG_DATA_HOME=data_home)
        db_path = os.path.join(data_home, 'unknot', 'history.db')

        line, code = run_until_hold_written(env)
        ok(line == 'HOLD-WRITTEN' and code == -signal.SIGKILL, 'helper killed mid-session')

        db = sqlite3.connect(db_path)
        ok(db.execute('PRAGMA integrity_check').fetchone()[0] == 'ok', 'integrity_check is ok')
        sessions = db.execute('SELECT id, end_time, routine_name, completed FROM sessions').fetchall()
        ok(len(sessions) == 1 and sessions[0][1] is None and sessions[0][2] == ROUTINE,
           'the session row is there, never ended: %r' % sessions)
        holds = db.execute('SELECT muscle_id, side, planned_seconds, actual_seconds, skipped '
                           'FROM holds').fetchall()
        ok(holds == [('calves', 'left', 20, 20, 0)], 'the ended hold is there, the one under '
           'way is not: %r' % holds)
        db.close()

        # Restarting opens the same file and adds to it
        line, code = run_until_hold_written(env)
        db = sqlite3.connect(db_path)
        count = db.execute('SELECT count(*) FROM sessions').fetchone()[0]
        ok(line == 'HOLD-WRITTEN' and count == 2, 'a second run reopens and appends')
        ok(db.execute('PRAGMA integrity_check').fetchone()[0] == 'ok', 'still ok after two kills')
        db.close()

        out = subprocess.run([UNKNOT, '--export-history', '-'], env=env, capture_output=True,
                             check=True).stdout
        rows = list(csv.reader(io.StringIO(out.decode('utf-8'), newline='')))
        header = rows[0]
        ok(header[:6] == ['session_id', 'session_start', 'session_end', 'routine_id', 'routine',
                          'technique'] and 'actual_seconds' in header, 'header row')
        ok(len(rows) == 3 and all(len(r) == len(header) for r in rows), 'one row per hold')
        row = dict(zip(header, rows[1]))
        ok(row['routine'] == "'" + ROUTINE, 'the formula is written as text: %r' % row['routine'])
        start = datetime.datetime.fromisoformat(row['session_start'])
        ok(start.utcoffset() is not None and row['session_end'] == '',
           'ISO 8601 with offset: %r' % row['session_start'])
        ok((row['muscle'], row['side'], row['tool'], row['planned_seconds'],
            row['actual_seconds'], row['skipped']) == ('calves', 'left', 'roller', '20', '20',
                                                      'false'), 'hold values: %r' % row)

        target = os.path.join(data_home, 'export.csv')
        subprocess.run([UNKNOT, '--export-history', target], env=env, check=True)
        with open(target, 'rb') as f:
            ok(f.read() == out, 'a file gets the same bytes as standard output')


main()
