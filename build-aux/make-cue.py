#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Synthesises Unknot's phase cue: two soft bell partials, a fifth apart.

Writes a 16-bit mono WAV; encode it with `oggenc -q 3` to data/sounds/phase-cue.oga.
"""
import math
import struct
import sys
import wave

RATE = 44100
LENGTH = 0.9


def sample(t):
    value = 0.0
    for start, freq, gain in ((0.0, 660.0, 0.55), (0.12, 990.0, 0.4)):
        if t >= start:
            u = t - start
            attack = min(u / 0.008, 1.0)
            value += gain * attack * math.exp(-u * 5.5) * (
                math.sin(2 * math.pi * freq * u) + 0.25 * math.sin(4 * math.pi * freq * u))
    return value * 0.6


with wave.open(sys.argv[1], 'wb') as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(RATE)
    frames = (int(max(-1.0, min(1.0, sample(i / RATE))) * 32767) for i in range(int(RATE * LENGTH)))
    out.writeframes(b''.join(struct.pack('<h', f) for f in frames))
