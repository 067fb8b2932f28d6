#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill a history with a few weeks of sample sessions, for screenshots:
history-sample.py [WEEKS]. The file is $XDG_DATA_HOME/unknot/history.db,
created (with its schema) by `unknot --export-history -` first; UNKNOT_BIN
names the binary."""
import datetime
import os
import random
import sqlite3
import subprocess
import sys

weeks = int(sys.argv[1]) if len(sys.argv) > 1 else 6
data_home = os.environ.get('XDG_DATA_HOME', os.path.expanduser('~/.local/share'))
db_path = os.path.join(data_home, 'unknot', 'history.db')
subprocess.run([os.environ.get('UNKNOT_BIN', 'unknot'), '--export-history', '-'],
               stdout=subprocess.DEVNULL, check=True)

ROUTINES = [
    ('warm-up', 'Warm-up', ['calves-roller', 'quadriceps-roller', 'upper-back-roller']),
    ('cool-down', 'Cool-down', ['hamstrings-roller', 'glutes-roller', 'lats-roller']),
    ('runners-legs', "Runner's legs",
     ['calves-roller', 'hamstrings-roller', 'quadriceps-roller', 'it-band-roller']),
    ('hip-tightness', 'Hip tightness', ['hip-flexors-roller', 'glutes-ball', 'adductors-roller']),
]
PER_SIDE = {'upper-back-roller': False}

random.seed(17)
db = sqlite3.connect(db_path)
today = datetime.date.today()
monday = today - datetime.timedelta(days=today.weekday())
for week in range(weeks, -1, -1):
    start = monday - datetime.timedelta(weeks=week)
    n_days = 2 if week == 0 else random.choice([2, 3, 3, 4, 4])
    days = sorted(random.sample(range(7), n_days))
    if week == 0:
        days = [d for d in range(today.weekday() + 1) if d in (0, today.weekday())][:2]
    for day in days:
        date = start + datetime.timedelta(days=day)
        if date > today:
            continue
        hour = random.choice([7, 8, 12, 18, 19])
        t = int(datetime.datetime(date.year, date.month, date.day, hour,
                                  random.randint(0, 50)).timestamp())
        if date == today:
            t = int(datetime.datetime.now().timestamp()) - 25 * 60
        routine_id, name, techniques = random.choice(ROUTINES)
        cur = db.execute('INSERT INTO sessions (start_time, routine_id, routine_name, completed,'
                         ' rolled_seconds, feeling) VALUES (?, ?, ?, 0, 0, ?)',
                         (t, routine_id, name, random.choice([0, 1, 1, 2])))
        sid = cur.lastrowid
        now = t
        for technique in techniques:
            muscle = technique.rsplit('-', 1)[0]
            sides = ['left', 'right'] if PER_SIDE.get(technique, True) else ['none']
            # the left calf is the one people forget
            if muscle == 'calves' and random.random() < 0.8:
                sides = ['right']
            for side in sides:
                for rep in range(2):
                    now += 30 + random.randint(25, 50)
                    actual = 30 if random.random() > 0.1 else random.randint(8, 25)
                    now += actual
                    db.execute('INSERT INTO holds (session_id, end_time, muscle_id, side,'
                               ' tool_id, technique_id, planned_seconds, actual_seconds,'
                               ' skipped) VALUES (?, ?, ?, ?, ?, ?, 30, ?, ?)',
                               (sid, now, muscle, side, technique.rsplit('-', 1)[1], technique,
                                actual, int(actual < 29)))
        db.execute('UPDATE sessions SET end_time = ?, completed = 1, rolled_seconds = ?'
                   ' WHERE id = ?', (now + 5, now + 5 - t, sid))
db.commit()
db.close()
