#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws data/techniques/<technique-id>.svg, one picture per technique.

A figure is a pose: a hip position and the angles of its segments, in
centimetres on a floor (x to the right, y up).  Limbs are tapered capsules;
each layer of the figure is drawn twice, first as a wide outline and then
filled, so that the joints of a layer merge into one silhouette.

Usage: draw-techniques.py [OUTPUT-DIR]   (default: data/techniques)
"""

import copy
import math
import os
import sys

WIDTH = 800
HEIGHT = 500

STYLE = """
.floor{fill:none;stroke:#9a8a82;stroke-width:3;stroke-linecap:round;stroke-linejoin:round}
.skin{fill:#f2e0d4}
.outline{fill:none;stroke:#5a4038;stroke-width:2.5;stroke-linecap:round;stroke-linejoin:round}
.tool{fill:#a8c7ea}
.target{fill:#3584e4;fill-opacity:0.6}
.path{fill:#241f31;stroke:#241f31;stroke-width:5;stroke-linecap:round;stroke-linejoin:round}
.zone{fill:#c01c28;fill-opacity:0.12;stroke:#c01c28;stroke-opacity:0.8;stroke-width:2}
#pose-end .skin{fill:#f9f1ec}
#pose-end .outline{stroke:#c4b2aa}
#pose-end .tool{fill:#d6e5f5}
#pose-end .target{fill-opacity:0.25}
"""

# Segment lengths and radii, in centimetres, of a person about 170 cm tall
TORSO = 48.0
SHOULDER_AT = 0.92
NECK = 8.0
HEAD_R = 11.0
THIGH = 43.0
SHIN = 43.0
FOOT = 21.0
UPPER_ARM = 29.0
FOREARM = 25.0
HAND = 8.0

ROLLER_R = 7.5
BALL_R = 5.0
STICK_LENGTH = 52.0

# Where a point towards the viewer lands: down and to the left
DEPTH = (-0.32, -0.22)


def v_add(a, b):
    return (a[0] + b[0], a[1] + b[1])


def v_sub(a, b):
    return (a[0] - b[0], a[1] - b[1])


def v_mul(a, k):
    return (a[0] * k, a[1] * k)


def v_len(a):
    return math.hypot(a[0], a[1])


def v_norm(a):
    n = v_len(a)
    return (a[0] / n, a[1] / n)


def v_dir(deg):
    return (math.cos(math.radians(deg)), math.sin(math.radians(deg)))


def v_left(a):
    return (-a[1], a[0])


def v_lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def angle_of(a):
    return math.degrees(math.atan2(a[1], a[0]))


def ik(root, target, l1, l2, bend):
    """Angles of two segments from @root reaching @target; @bend is +1 or -1:
    which side of the root→target line the middle joint goes to."""
    d = v_sub(target, root)
    dist = min(v_len(d), l1 + l2 - 0.01)
    base = angle_of(d)
    cos_a = (l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist)
    a = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    first = base + bend * a
    joint = v_add(root, v_mul(v_dir(first), l1))
    second = angle_of(v_sub(target, joint))
    return first, second


class Canvas:
    def __init__(self, scale, origin_x, floor_y=455.0):
        self.scale = scale
        self.origin_x = origin_x
        self.floor_y = floor_y

    def px(self, p):
        return (self.origin_x + p[0] * self.scale, self.floor_y - p[1] * self.scale)


def fmt(v):
    s = "%.1f" % v
    return s[:-2] if s.endswith(".0") else s


def points_path(points, close=True):
    out = "M" + " L".join("%s %s" % (fmt(x), fmt(y)) for x, y in points)
    return out + ("Z" if close else "")


def capsule_points(a, ra, b, rb, step=12):
    """Outline of a tapered capsule from circle (a, ra) to circle (b, rb)."""
    d = v_sub(b, a)
    dist = v_len(d)
    if dist < 1e-6:
        return circle_points(a, max(ra, rb), step)
    u = v_mul(d, 1.0 / dist)
    s = max(-0.99, min(0.99, (ra - rb) / dist))
    alpha = math.asin(s)
    base = math.atan2(u[1], u[0])
    pts = []
    # Around b, from one tangent to the other through the far end
    start = base + math.pi / 2 + alpha
    end = base - math.pi / 2 - alpha
    n = max(4, int(abs(start - end) / math.radians(step)))
    for i in range(n + 1):
        t = start + (end - start) * i / n
        pts.append((b[0] + rb * math.cos(t), b[1] + rb * math.sin(t)))
    capsule_points.last_n_b = len(pts)
    start = base - math.pi / 2 - alpha
    end = base - 3 * math.pi / 2 + alpha
    n = max(4, int(abs(start - end) / math.radians(step)))
    for i in range(n + 1):
        t = start + (end - start) * i / n
        pts.append((a[0] + ra * math.cos(t), a[1] + ra * math.sin(t)))
    return pts


def circle_points(c, r, step=12):
    n = int(360 / step)
    return [(c[0] + r * math.cos(2 * math.pi * i / n), c[1] + r * math.sin(2 * math.pi * i / n))
            for i in range(n)]


class Shape:
    """A closed outline in centimetres: a circle or a tapered capsule, written
    as lines and arcs; @points samples it, for bounds and clipping."""

    def __init__(self, points, circles=None):
        self.points = points
        self.circles = circles

    def svg(self, canvas, cls, extra=""):
        return '<path class="%s"%s d="%s"/>' % (cls, extra, self.path_data(canvas))

    def path_data(self, canvas):
        if self.circles is None:
            return points_path([canvas.px(p) for p in self.points])
        r_px = [r * canvas.scale for _, r in self.circles]
        if len(self.circles) == 1:
            (c, _), r = self.circles[0], r_px[0]
            x, y = canvas.px(c)
            return ("M%s %sA%s %s 0 0 1 %s %sA%s %s 0 0 1 %s %sZ"
                    % (fmt(x + r), fmt(y), fmt(r), fmt(r), fmt(x - r), fmt(y),
                       fmt(r), fmt(r), fmt(x + r), fmt(y)))
        # A capsule: its outline runs around b, then back around a
        pts = [canvas.px(p) for p in self.points]
        n_b = self.n_b
        arc_b = pts[:n_b]
        arc_a = pts[n_b:]
        out = "M%s %s" % (fmt(arc_b[0][0]), fmt(arc_b[0][1]))
        out += self._arc(arc_b, r_px[1])
        out += "L%s %s" % (fmt(arc_a[0][0]), fmt(arc_a[0][1]))
        out += self._arc(arc_a, r_px[0])
        return out + "Z"

    @staticmethod
    def _arc(pts, r):
        """Two arcs through the first, middle and last sampled points."""
        out = ""
        half = len(pts) // 2
        for i0, i1 in ((0, half), (half, len(pts) - 1)):
            p0, p1, q = pts[i0], pts[i1], pts[(i0 + i1) // 2]
            if v_len(v_sub(p1, p0)) < 0.05:
                continue
            # Which way the circle turns between the two points
            cross = (q[0] - p0[0]) * (p1[1] - q[1]) - (q[1] - p0[1]) * (p1[0] - q[0])
            out += "A%s %s 0 0 %d %s %s" % (fmt(r), fmt(r), 1 if cross > 0 else 0,
                                           fmt(p1[0]), fmt(p1[1]))
        return out


def capsule(a, ra, b, rb):
    pts = capsule_points(a, ra, b, rb)
    if v_len(v_sub(b, a)) < 1e-6:
        return circle(a, max(ra, rb))
    shape = Shape(pts, [(a, ra), (b, rb)])
    shape.n_b = capsule_points.last_n_b
    return shape


def circle(c, r):
    return Shape(circle_points(c, r), [(c, r)])


class Pose:
    """A figure.  Angles in degrees, counter-clockwise from the +x axis.

    front: +1 when the chest faces the left normal of the torso direction
    (the torso points from the hip to the neck), -1 for the right normal.
    face: the direction the nose points, or None for a face seen from the front.
    """

    def __init__(self, hip, torso, neck=None, face=None, front=-1,
                 near_leg=(0, 0, 90), far_leg=None,
                 near_arm=(-90, -90, -90), far_arm=None,
                 far_offset=(3.0, 2.0), top_view=False, broad=1.0, offsets=None):
        self.hip = hip
        self.torso = torso
        self.neck = torso if neck is None else neck
        self.face = face
        self.front = front
        self.near_leg = near_leg
        self.far_leg = far_leg
        self.near_arm = near_arm
        self.far_arm = far_arm
        self.far_offset = far_offset
        self.top_view = top_view
        self.broad = broad
        # Where the joints of each side sit, from the hip or the shoulder line
        self.offsets = offsets or {"near": (0.0, 0.0), "far": far_offset}

    # Joints

    def torso_dir(self):
        return v_dir(self.torso)

    def front_normal(self):
        n = v_left(self.torso_dir())
        return v_mul(n, self.front)

    def neck_base(self):
        return v_add(self.hip, v_mul(self.torso_dir(), TORSO))

    def shoulder(self, far=False):
        p = v_add(self.hip, v_mul(self.torso_dir(), TORSO * SHOULDER_AT))
        off = self.offsets["far" if far else "near"]
        return v_add(p, v_mul(off, self.offsets.get("shoulder-scale", 1.0)))

    def hip_joint(self, far=False):
        return v_add(self.hip, self.offsets["far" if far else "near"])

    def head_centre(self):
        return v_add(self.neck_base(), v_mul(v_dir(self.neck), NECK + HEAD_R * 0.8))

    def leg(self, far=False):
        angles = self.far_leg if far else self.near_leg
        hip = self.hip_joint(far)
        thigh_scale = angles[3] if len(angles) > 3 else 1.0
        shin_scale = angles[4] if len(angles) > 4 else 1.0
        knee = v_add(hip, v_mul(v_dir(angles[0]), THIGH * thigh_scale))
        ankle = v_add(knee, v_mul(v_dir(angles[1]), SHIN * shin_scale))
        toe = v_add(ankle, v_mul(v_dir(angles[2]), FOOT))
        return hip, knee, ankle, toe

    def arm(self, far=False):
        angles = self.far_arm if far else self.near_arm
        shoulder = self.shoulder(far)
        elbow = v_add(shoulder, v_mul(v_dir(angles[0]), UPPER_ARM))
        wrist = v_add(elbow, v_mul(v_dir(angles[1]), FOREARM))
        hand = v_add(wrist, v_mul(v_dir(angles[2]), HAND))
        return shoulder, elbow, wrist, hand

    def point(self, segment, t, side=0.0, far=False):
        """A point at @t along @segment, @side radii off its centre line
        (positive: to the left normal)."""
        a, b, ra, rb = self.segment(segment, far)
        p = v_lerp(a, b, t)
        n = v_left(v_norm(v_sub(b, a)))
        return v_add(p, v_mul(n, side * (ra + (rb - ra) * t)))

    def segment(self, name, far=False):
        if name == "torso":
            return self.hip, self.neck_base(), 12.0 * self.broad, 11.5 * self.broad
        if name in ("thigh", "shin", "foot"):
            hip, knee, ankle, toe = self.leg(far)
            return {"thigh": (hip, knee, 9.5, 6.2),
                    "shin": (knee, ankle, 6.0, 3.8),
                    "foot": (ankle, toe, 3.8, 2.8)}[name]
        shoulder, elbow, wrist, hand = self.arm(far)
        return {"upper-arm": (shoulder, elbow, 5.0, 4.0),
                "forearm": (elbow, wrist, 4.0, 3.0),
                "hand": (wrist, hand, 3.4, 3.0)}[name]

    def moved(self, dx, dy=0.0):
        p = copy.copy(self)
        p.hip = v_add(self.hip, (dx, dy))
        return p

    # Drawing

    def leg_shapes(self, far):
        hip, knee, ankle, toe = self.leg(far)
        shin = v_sub(ankle, knee)
        toe_dir = v_norm(v_sub(toe, ankle))
        back = v_left(v_norm(shin))
        if back[0] * toe_dir[0] + back[1] * toe_dir[1] > 0:
            back = v_mul(back, -1)
        calf_a = v_add(v_lerp(knee, ankle, 0.18), v_mul(back, 1.6))
        calf_b = v_add(v_lerp(knee, ankle, 0.55), v_mul(back, 0.8))
        heel = v_add(ankle, v_mul(toe_dir, -3.0))
        return [capsule(hip, 9.5, knee, 6.2),
                capsule(knee, 6.0, ankle, 3.8),
                capsule(calf_a, 6.2, calf_b, 4.6),
                capsule(heel, 3.6, toe, 2.6)]

    def arm_shapes(self, far):
        shoulder, elbow, wrist, hand = self.arm(far)
        return [capsule(shoulder, 5.4, elbow, 4.0),
                capsule(elbow, 4.0, wrist, 3.0),
                capsule(wrist, 3.4, hand, 3.0)]

    def body_shapes(self):
        d = self.torso_dir()
        f = self.front_normal()
        hip = self.hip
        neck = self.neck_base()
        b = self.broad
        shapes = [capsule(hip, 12.0 * b, v_lerp(hip, neck, 0.78), 12.5 * b),
                  capsule(v_lerp(hip, neck, 0.5), 11.0 * b, neck, 8.0 * b)]
        if not self.top_view:
            chest_a = v_add(v_lerp(hip, neck, 0.55), v_mul(f, 2.5))
            chest_b = v_add(v_lerp(hip, neck, 0.72), v_mul(f, 2.5))
            seat = v_add(v_add(hip, v_mul(f, -3.5)), v_mul(d, -1.0))
            shapes.append(capsule(chest_a, 11.5, chest_b, 11.0))
            shapes.append(circle(seat, 10.5))
        head = self.head_centre()
        shapes.append(capsule(neck, 5.0, v_lerp(neck, head, 0.8), 5.0))
        shapes.append(circle(head, HEAD_R))
        if self.face is not None and self.face != "front":
            nose = v_add(head, v_mul(v_dir(self.face), HEAD_R - 0.5))
            shapes.append(circle(nose, 2.4))
        return shapes

    def layers(self):
        far = []
        if self.far_arm is not None:
            far += self.arm_shapes(True)
        if self.far_leg is not None:
            far += self.leg_shapes(True)
        body = self.body_shapes()
        near = self.leg_shapes(False) + self.arm_shapes(False)
        return [far, body, near]

    def svg(self, canvas, gid, tool=None):
        """@tool: shapes drawn again between the far limbs and the body, since a
        roller lies in front of a far leg but behind the near one."""
        out = ['<g id="%s">' % gid]
        for i, layer in enumerate(self.layers()):
            if i == 1 and tool and self.layers()[0]:
                for s in tool:
                    out.append(s.svg(canvas, "tool"))
                    out.append(s.svg(canvas, "outline"))
            if not layer:
                continue
            for s in layer:
                out.append(s.svg(canvas, "outline", ' style="stroke-width:5"'))
            for s in layer:
                out.append(s.svg(canvas, "skin"))
        # Closed eyes, so the face reads at thumbnail size
        if self.face == "front":
            head = self.head_centre()
            up = v_dir(self.neck)
            across = v_left(up)
            for k in (-1, 1):
                e = v_add(v_add(head, v_mul(up, 1.0)), v_mul(across, 3.8 * k))
                a = canvas.px(v_add(e, v_mul(up, 1.5)))
                b = canvas.px(v_add(e, v_mul(up, -1.5)))
                out.append('<path class="outline" d="M%s %sL%s %s"/>'
                           % (fmt(a[0]), fmt(a[1]), fmt(b[0]), fmt(b[1])))
        elif self.face is not None:
            head = self.head_centre()
            e = v_add(head, v_mul(v_dir(self.face), HEAD_R * 0.45))
            e = v_add(e, v_mul(v_dir(self.face + 90 * self._face_up()), HEAD_R * 0.25))
            a = canvas.px(v_add(e, v_mul(v_dir(self.face + 90), 1.4)))
            b = canvas.px(v_add(e, v_mul(v_dir(self.face - 90), 1.4)))
            out.append('<path class="outline" d="M%s %sL%s %s"/>'
                       % (fmt(a[0]), fmt(a[1]), fmt(b[0]), fmt(b[1])))
        out.append('</g>')
        return "\n".join(out)

    def _face_up(self):
        """+1 or -1: which side of the face direction the top of the head is."""
        up = v_sub(self.head_centre(), self.neck_base())
        n = v_left(v_dir(self.face))
        return 1 if n[0] * up[0] + n[1] * up[1] > 0 else -1


# Tools

def roller(c):
    return [circle(c, ROLLER_R), circle(c, ROLLER_R * 0.38)]


def roller_along(x0, x1, y):
    """A roller lying along the picture, seen from above or from the side."""
    return [capsule((x0, y), ROLLER_R, (x1, y), ROLLER_R)]


def ball(c):
    return [circle(c, BALL_R)]


def stick(c, angle_deg=None):
    """A massage stick across a limb, pointing into the picture."""
    d = v_norm(DEPTH) if angle_deg is None else v_dir(angle_deg)
    half = STICK_LENGTH / 2
    near = v_add(c, v_mul(d, half))
    far = v_add(c, v_mul(d, -half))
    near_in = v_add(c, v_mul(d, half - 12))
    far_in = v_add(c, v_mul(d, -(half - 12)))
    shapes = [capsule(far, 2.4, far_in, 2.4), capsule(far_in, 1.4, near_in, 1.4)]
    for i in range(1, 6):
        shapes.append(circle(v_lerp(far_in, near_in, i / 6), 2.0))
    shapes.append(capsule(near_in, 2.4, near, 2.4))
    return shapes, near, far


def tool_svg(canvas, shapes, gid):
    out = ['<g id="%s">' % gid]
    for s in shapes:
        out.append(s.svg(canvas, "tool"))
        out.append(s.svg(canvas, "outline"))
    out.append('</g>')
    return "\n".join(out)


# Targets: a tint over part of a segment

def target_shape(pose, segment, t0, t1, side=0.0, scale=0.85, far=False):
    a, b, ra, rb = pose.segment(segment, far)
    n = v_left(v_norm(v_sub(b, a)))
    r0 = (ra + (rb - ra) * t0)
    r1 = (ra + (rb - ra) * t1)
    p0 = v_add(v_lerp(a, b, t0), v_mul(n, side * r0))
    p1 = v_add(v_lerp(a, b, t1), v_mul(n, side * r1))
    return capsule(p0, r0 * scale, p1, r1 * scale)


def target_svg(canvas, shapes, gid):
    out = ['<g id="%s">' % gid]
    for s in shapes:
        out.append(s.svg(canvas, "target"))
    out.append('</g>')
    return "\n".join(out)


# The rolling path

def path_svg(canvas, a, b, both=False):
    """An arrow from a to b (centimetres), with a dot at the start and a head at
    the end; both heads when the roll goes back and forth."""
    pa, pb = canvas.px(a), canvas.px(b)
    d = v_norm(v_sub(pb, pa))
    n = v_left(d)
    head = min(19.0, v_len(v_sub(pb, pa)) * (0.26 if both else 0.4))
    out = ['<g id="path">']
    shaft_a = v_add(pa, v_mul(d, head * 0.6)) if both else pa
    shaft_b = v_sub(pb, v_mul(d, head * 0.6))
    out.append('<path class="path" d="M%s %sL%s %s"/>'
               % (fmt(shaft_a[0]), fmt(shaft_a[1]), fmt(shaft_b[0]), fmt(shaft_b[1])))

    def arrow_head(tip, direction):
        back = v_sub(tip, v_mul(direction, head))
        l = v_add(back, v_mul(v_left(direction), head * 0.55))
        r = v_sub(back, v_mul(v_left(direction), head * 0.55))
        return '<path class="path" d="%s"/>' % points_path([tip, l, r])

    def tick(p):
        a = v_add(p, v_mul(n, 11))
        b = v_sub(p, v_mul(n, 11))
        return ('<path class="path" d="M%s %sL%s %s"/>'
                % (fmt(a[0]), fmt(a[1]), fmt(b[0]), fmt(b[1])))

    out.append(tick(pa))
    out.append(tick(pb))
    if both:
        out.append(arrow_head(pa, v_mul(d, -1)))
    else:
        out.append('<circle class="path" cx="%s" cy="%s" r="5"/>' % (fmt(pa[0]), fmt(pa[1])))
    out.append(arrow_head(pb, d))
    out.append('</g>')
    return "\n".join(out)


# No-roll zones

class Zones:
    def __init__(self):
        self.shapes = []

    def add(self, shape):
        self.shapes.append(shape)

    def svg(self, canvas):
        if not self.shapes:
            return ""
        out = ['<defs>']
        for i, s in enumerate(self.shapes):
            out.append('<clipPath id="zone-clip-%d">%s</clipPath>' % (i, s.svg(canvas, "zone")))
        out.append('</defs>')
        out.append('<g id="zone">')
        for i, s in enumerate(self.shapes):
            pts = [canvas.px(p) for p in s.points]
            xs = [p[0] for p in pts]
            ys = [p[1] for p in pts]
            x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
            out.append(s.svg(canvas, "zone"))
            lines = []
            k = x0 - (y1 - y0)
            while k < x1:
                lines.append("M%s %sL%s %s" % (fmt(k), fmt(y1), fmt(k + (y1 - y0)), fmt(y0)))
                k += 7
            out.append('<path class="zone" clip-path="url(#zone-clip-%d)" d="%s"/>'
                       % (i, "".join(lines)))
        out.append('</g>')
        return "\n".join(out)


def zone_at(p, r):
    return circle(p, r)


def zone_along(pose, segment, t0, t1, side, r):
    return target_shape(pose, segment, t0, t1, side, scale=r)


# A picture

class Picture:
    def __init__(self, scale, origin_x, floor_y=455.0):
        self.canvas = Canvas(scale, origin_x, floor_y)
        self.floor = []
        self.poses = {}
        self.tools = {}
        self.targets = {}
        self.path = None
        self.zones = Zones()
        self.tool_on_top = False

    def floor_line(self, x0=None, x1=None):
        c = self.canvas
        y = fmt(c.floor_y)
        self.floor.append('<path class="floor" d="M%s %sL%s %s"/>'
                          % (fmt(20 if x0 is None else c.px((x0, 0))[0]), y,
                             fmt(780 if x1 is None else c.px((x1, 0))[0]), y))

    def wall(self, x, height=170.0):
        c = self.canvas
        a = c.px((x, 0))
        b = c.px((x, height))
        self.floor.append('<path class="floor" d="M%s %sL%s %s"/>'
                          % (fmt(a[0]), fmt(a[1]), fmt(b[0]), fmt(max(b[1], 20))))

    def furniture(self, points):
        pts = [self.canvas.px(p) for p in points]
        self.floor.append('<path class="floor" d="%s"/>' % points_path(pts, close=False))

    def svg(self):
        c = self.canvas
        out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d">' % (WIDTH, HEIGHT),
               '<style>%s</style>' % STYLE.strip().replace("\n", "\n"),
               '<g id="floor">']
        out += self.floor
        out.append('</g>')
        for key, suffix in (("end", "-end"), ("start", "")):
            out.append('<g id="pose-%s">' % key)
            tool = tool_svg(c, self.tools[key], "tool" + suffix)
            if not self.tool_on_top:
                out.append(tool)
            out.append(self.poses[key].svg(c, "figure" + suffix,
                                           None if self.tool_on_top else self.tools[key]))
            if self.tool_on_top:
                out.append(tool)
            out.append(target_svg(c, self.targets[key], "target" + suffix))
            out.append('</g>')
        out.append(path_svg(c, *self.path))
        zones = self.zones.svg(c)
        if zones:
            out.append(zones)
        out.append('</svg>')
        return "\n".join(out) + "\n"


# The techniques.  Each function returns a Picture.

def sitting_on_floor(hip, lean=122, near_leg=(-3, -5, 70), hands_x=-34, far_leg=None):
    """Sitting, leaning back on straight arms with the hands behind the hips."""
    pose = Pose(hip, lean, neck=lean - 22, face=-10, front=-1, near_leg=near_leg,
                far_leg=far_leg)
    shoulder = pose.shoulder()
    wrist = (hip[0] + hands_x, 6.0)
    a1, a2 = ik(shoulder, wrist, UPPER_ARM, FOREARM, 1)
    pose.near_arm = (a1, a2, 180)
    sf = pose.shoulder(True)
    a1, a2 = ik(sf, v_add(wrist, (2, 0)), UPPER_ARM, FOREARM, 1)
    pose.far_arm = (a1, a2, 180)
    return pose


def bent_far_leg(hip, foot_x):
    """Knee up, foot flat on the floor at @foot_x."""
    h = v_add(hip, (3.0, 2.0))
    t, s = ik(h, (foot_x, 8.0), THIGH, SHIN, 1)
    return (t, s, 0)


def calves(tool):
    pic = Picture(3.3, 480)
    pic.floor_line()
    r = ROLLER_R if tool == "roller" else BALL_R
    hip_y = 20.0
    ts = {"start": 0.22 if tool == "roller" else 0.3, "end": 0.78 if tool == "roller" else 0.65}
    for key in ("start", "end"):
        for _ in range(20):
            probe = sitting_on_floor((0, hip_y), near_leg=(-2, -5, 75))
            contact = probe.point("shin", ts[key], -1.3)
            hip_y += 2 * r - contact[1]
        dx = -contact[0]
        hip = (dx, hip_y)
        pose = sitting_on_floor(hip, near_leg=(-2, -5, 75),
                                far_leg=bent_far_leg(hip, hip[0] + 24))
        pic.poses[key] = pose
        c = (0.0, r)
        pic.tools[key] = roller(c) if tool == "roller" else ball(c)
        pic.targets[key] = [target_shape(pose, "shin", 0.1, 0.72, -0.3, 0.95)]
    s = pic.poses["start"]
    pic.path = (s.point("shin", 0.2, -0.3), s.point("shin", 0.8, -0.3))
    pic.zones.add(zone_at(s.leg()[1], 6.0))
    pic.zones.add(zone_at(s.leg()[2], 4.5))
    return pic


def hamstrings_roller():
    pic = Picture(3.3, 340)
    pic.floor_line()
    ts = {"start": 0.85, "end": 0.18}
    for key in ("start", "end"):
        hip_y = 24.0
        probe = sitting_on_floor((0, hip_y), near_leg=(-2, -12, 75))
        dx = -probe.point("thigh", ts[key])[0]
        hip = (dx, hip_y)
        pose = sitting_on_floor(hip, near_leg=(-2, -12, 75),
                                far_leg=bent_far_leg(hip, hip[0] + 42))
        pic.poses[key] = pose
        pic.tools[key] = roller((0.0, ROLLER_R))
        pic.targets[key] = [target_shape(pose, "thigh", 0.12, 0.88, -0.35, 0.75)]
    s = pic.poses["start"]
    pic.path = (s.point("thigh", 0.82, -0.35), s.point("thigh", 0.15, -0.35))
    pic.zones.add(zone_at(s.leg()[1], 7.5))
    return pic


def hamstrings_stick():
    pic = Picture(2.3, 300)
    pic.floor_line()
    step_x, step_h = 74.0, 45.0
    pic.furniture([(step_x - 22, 0), (step_x - 22, step_h), (step_x + 30, step_h),
                   (step_x + 30, 0)])
    ts = {"start": 0.8, "end": 0.22}
    for key in ("start", "end"):
        hip = (0.0, 93.0)
        pose = Pose(hip, 84, neck=80, face=-15, front=-1, far_leg=(-92, -90, 0))
        t1, t2 = ik(hip, (step_x, step_h + 4), THIGH, SHIN, 1)
        pose.near_leg = (t1, t2, 50)
        centre = pose.point("thigh", ts[key], -1.35)
        shapes, near, far = stick(centre)
        a1, a2 = ik(pose.shoulder(), near, UPPER_ARM, FOREARM, -1)
        pose.near_arm = (a1, a2, angle_of(v_norm(DEPTH)) + 180)
        a1, a2 = ik(pose.shoulder(True), far, UPPER_ARM, FOREARM, -1)
        pose.far_arm = (a1, a2, angle_of(v_norm(DEPTH)))
        pic.poses[key] = pose
        pic.tools[key] = shapes
        pic.targets[key] = [target_shape(pose, "thigh", 0.12, 0.88, -0.35, 0.75)]
    pic.tool_on_top = True
    s = pic.poses["start"]
    pic.path = (s.point("thigh", 0.82, -0.35), s.point("thigh", 0.15, -0.35))
    pic.zones.add(zone_at(s.leg()[1], 7.5))
    return pic


def prone(hip, far_knee_out=True, far_thigh=-75):
    """Face down on the forearms, head to the right, the near leg long."""
    shoulder_y = 36.0
    torso = math.degrees(math.asin((shoulder_y - hip[1]) / (TORSO * SHOULDER_AT)))
    pose = Pose(hip, torso, neck=torso + 8, face=-55, front=1)
    sh = pose.shoulder()
    pose.near_arm = (-88, 0, 0)
    a1, a2 = ik(pose.shoulder(True), (sh[0] + 3 + 24, 6.0), UPPER_ARM, FOREARM, -1)
    pose.far_arm = (-86, 0, 0)
    knee = v_add(hip, v_mul(v_dir(184), THIGH))
    ankle_y = 22.0
    shin = 180 + math.degrees(math.asin((knee[1] - ankle_y) / SHIN))
    pose.near_leg = (184, shin, 250)
    if far_knee_out:
        # Bent out to the side: the thigh foreshortened, the knee on the floor
        h = pose.hip_joint(True)
        knee_y = 6.0
        pose.far_leg = (far_thigh, 182, 185,
                        (h[1] - knee_y) / THIGH / math.sin(math.radians(-far_thigh)))
    return pose


def quadriceps_roller():
    pic = Picture(3.0, 440, 440)
    pic.floor_line()
    ts = {"start": 0.15, "end": 0.85}
    for key in ("start", "end"):
        hip_y = 25.0
        probe = prone((0, hip_y))
        dx = -probe.point("thigh", ts[key])[0]
        pose = prone((dx, hip_y))
        pic.poses[key] = pose
        pic.tools[key] = roller((0.0, ROLLER_R))
        pic.targets[key] = [target_shape(pose, "thigh", 0.08, 0.88, 0.35, 0.75)]
    s = pic.poses["start"]
    pic.path = (s.point("thigh", 0.15, 0.35), s.point("thigh", 0.82, 0.35))
    pic.zones.add(zone_at(s.leg()[1], 7.0))
    pic.zones.add(zone_along(s, "torso", 0.06, 0.34, 0.75, 0.45))
    return pic


def hip_flexors_roller():
    pic = Picture(3.0, 430, 440)
    pic.floor_line()
    offsets = {"start": 0.12, "end": -0.02}
    for key in ("start", "end"):
        hip_y = 28.0
        probe = prone((0, hip_y), far_thigh=-45)
        dx = -probe.point("thigh", offsets[key])[0]
        pose = prone((dx, hip_y), far_thigh=-45)
        pic.poses[key] = pose
        pic.tools[key] = roller((0.0, ROLLER_R))
        pic.targets[key] = [target_shape(pose, "thigh", -0.05, 0.28, 0.45, 0.6)]
    s = pic.poses["start"]
    pic.path = (s.point("thigh", 0.36, 0.45), s.point("thigh", -0.08, 0.45), True)
    pic.zones.add(zone_along(s, "torso", 0.22, 0.55, -0.7, 0.45))
    return pic


def chair(pic, x0, x1, seat, back=True):
    pic.furniture([(x0, 0), (x0, seat), (x1, seat), (x1, 0)])
    if back:
        pic.furniture([(x0, seat), (x0 - 4, seat + 48)])


def quadriceps_stick():
    pic = Picture(2.6, 330)
    pic.floor_line()
    chair(pic, -20, 24, 44)
    ts = {"start": 0.8, "end": 0.22}
    for key in ("start", "end"):
        hip = (0.0, 54.0)
        pose = Pose(hip, 96, neck=88, face=-30, front=-1)
        t1, t2 = ik(hip, (47, 10), THIGH, SHIN, 1)
        pose.near_leg = (t1, t2, 0)
        h = pose.hip_joint(True)
        t1, t2 = ik(h, (50, 10), THIGH, SHIN, 1)
        pose.far_leg = (t1, t2, 0)
        centre = pose.point("thigh", ts[key], 1.35)
        shapes, near, far = stick(centre)
        a1, a2 = ik(pose.shoulder(), near, UPPER_ARM, FOREARM, -1)
        pose.near_arm = (a1, a2, a2 + 25)
        a1, a2 = ik(pose.shoulder(True), far, UPPER_ARM, FOREARM, -1)
        pose.far_arm = (a1, a2, a2)
        pic.poses[key] = pose
        pic.tools[key] = shapes
        pic.targets[key] = [target_shape(pose, "thigh", 0.1, 0.88, 0.35, 0.75)]
    pic.tool_on_top = True
    s = pic.poses["start"]
    pic.path = (s.point("thigh", 0.82, 0.35), s.point("thigh", 0.15, 0.35))
    pic.zones.add(zone_at(s.leg()[1], 7.0))
    return pic


def adductors_roller():
    """Seen from above: head to the right, the right leg bent out towards the
    bottom of the picture, the roller along the body under the inner thigh."""
    pic = Picture(2.7, 390, 250)
    c = pic.canvas
    a, b = c.px((-118, -86)), c.px((122, 66))
    pic.floor.append('<rect class="floor" x="%s" y="%s" width="%s" height="%s" rx="12"/>'
                     % (fmt(a[0]), fmt(b[1]), fmt(b[0] - a[0]), fmt(a[1] - b[1])))
    ts = {"start": 0.78, "end": 0.22}
    roller_y = -40.0
    for key in ("start", "end"):
        pose = Pose((0.0, 0.0), 0, neck=0, face=None, top_view=True, broad=1.45,
                    offsets={"near": (0.0, -9.0), "far": (0.0, 9.0), "shoulder-scale": 1.9})
        pose.near_arm = (-35, 0, 0)
        pose.far_arm = (35, 0, 0)
        pose.far_leg = (180, 180, 180, 1.0, 1.0)
        pose.near_leg = (-80, 180, 180)
        probe = pose.point("thigh", ts[key])
        pose = pose.moved(0.0, roller_y - probe[1])
        pic.poses[key] = pose
        pic.tools[key] = roller_along(-62, 28, roller_y)
        pic.targets[key] = [target_shape(pose, "thigh", 0.12, 0.85, 0.0, 0.7)]
    s = pic.poses["start"]
    pic.path = (s.point("thigh", 0.8), s.point("thigh", 0.14))
    pic.zones.add(zone_at(s.leg()[1], 7.0))
    return pic


def sit_on_tool(hip, lean=118):
    """Sitting on a tool, leaning back on the hands, the right ankle crossed over
    the left knee."""
    pose = sitting_on_floor(hip, lean=lean, hands_x=-36)
    h = pose.hip_joint(True)
    t, sh = ik(h, (hip[0] + 64, 8.0), THIGH, SHIN, 1)
    pose.far_leg = (t, sh, 0)
    far_knee = pose.leg(True)[1]
    ankle = v_add(far_knee, (2.0, 9.0))
    knee = v_add(hip, v_mul(v_dir(4), THIGH * 0.8))
    shin = v_sub(ankle, knee)
    pose.near_leg = (4, angle_of(shin), -10, 0.8, v_len(shin) / SHIN)
    return pose


def seat_point(pose):
    d = pose.torso_dir()
    f = pose.front_normal()
    return v_add(v_add(pose.hip, v_mul(f, -3.5)), v_mul(d, -1.0))


def glutes(tool):
    pic = Picture(3.5, 400)
    pic.floor_line()
    r = ROLLER_R if tool == "roller" else BALL_R
    hip_y = 2 * r + 11.5
    shifts = {"start": 0.0, "end": -9.0}
    for key in ("start", "end"):
        probe = sit_on_tool((0.0, hip_y))
        seat = seat_point(probe)
        pose = sit_on_tool((-seat[0] + shifts[key] + 2.0, hip_y))
        pic.poses[key] = pose
        pic.tools[key] = roller((0.0, r)) if tool == "roller" else ball((0.0, r))
        sp = seat_point(pose)
        pic.targets[key] = [capsule(v_add(sp, (-3.0, 1.0)), 8.0, v_add(sp, (2.0, 2.0)), 7.5)]
    s = pic.poses["start"]
    sp = seat_point(s)
    pic.path = (v_add(sp, (-11.0, 2.0)), v_add(sp, (8.0, 2.0)), True)
    pic.zones.add(zone_along(s, "torso", 0.18, 0.45, 0.75, 0.45))
    return pic


def side_lying(hip, torso, bottom_elbow=True):
    """Lying on the right side, seen from the front, head to the left.  The
    bottom (right) limbs are the far ones."""
    pose = Pose(hip, torso, neck=torso + 5, face="front", front=1, broad=1.2,
                offsets={"near": (0.0, 0.0), "far": (1.0, -13.0)})
    return pose


def it_band_roller():
    pic = Picture(3.0, 420, 440)
    pic.floor_line()
    ts = {"start": 0.15, "end": 0.85}
    for key in ("start", "end"):
        def build(x):
            hip = (x, 35.0)
            pose = side_lying(hip, 164)
            pose.far_leg = (-6, -4, -50)
            fs = pose.shoulder(True)
            pose.far_arm = (-88, 178, 180)
            pose.far_arm = (angle_of(v_sub((fs[0] - 2, 6.0), fs)), 185, 180)
            pose.near_arm = (164 + 180 - 8, 164 + 180 + 2, 164 + 180 + 2)
            h = pose.hip_joint()
            t1, t2 = ik(h, (h[0] + 46, 8.0), THIGH, SHIN, 1)
            pose.near_leg = (t1, t2, -20)
            return pose
        probe = build(0.0)
        pose = build(-probe.point("thigh", ts[key], far=True)[0])
        pic.poses[key] = pose
        pic.tools[key] = roller((0.0, ROLLER_R))
        pic.targets[key] = [target_shape(pose, "thigh", 0.1, 0.9, -0.45, 0.6, far=True)]
    s = pic.poses["start"]
    pic.path = (s.point("thigh", 0.15, -0.45, far=True), s.point("thigh", 0.82, -0.45, far=True))
    pic.zones.add(zone_at(s.point("thigh", -0.05, -0.5, far=True), 6.0))
    pic.zones.add(zone_at(s.leg(True)[1], 6.5))
    return pic


def lats_roller():
    pic = Picture(3.2, 270, 440)
    pic.floor_line()
    ts = {"start": 0.9, "end": 0.62}
    for key in ("start", "end"):
        def build(x):
            hip = (x, 24.0)
            pose = side_lying(hip, 172)
            pose.neck = 178
            pose.far_arm = (182, 182, 182)
            pose.far_leg = (-4, 2, -10, 0.85, 0.95)
            pose.near_leg = (-12, 6, -10, 0.85, 0.95)
            pose.near_arm = (172 + 180 - 6, 172 + 180 + 2, 172 + 180 + 2)
            return pose
        probe = build(0.0)
        pose = build(-probe.point("torso", ts[key], 1.0)[0] + 4.0)
        pic.poses[key] = pose
        pic.tools[key] = roller((0.0, ROLLER_R))
        pic.targets[key] = [target_shape(pose, "torso", 0.5, 0.88, 0.55, 0.5)]
    s = pic.poses["start"]
    pic.path = (s.point("torso", 0.88, 0.55), s.point("torso", 0.55, 0.55))
    return pic


def supine_on_roller(t, hip_x):
    """On the back, head to the left, the roller under the torso at @t."""
    best = None
    for i in range(0, 400):
        angle = 150 + i * 0.1
        pose = Pose((0.0, 17.0), angle, neck=angle + 10, face=None, front=-1)
        p = pose.point("torso", t, 1.0)
        if best is None or abs(p[1] - 2 * ROLLER_R) < best[0]:
            best = (abs(p[1] - 2 * ROLLER_R), angle)
    angle = best[1]
    pose = Pose((0.0, 17.0), angle, neck=angle + 8, face=None, front=-1)
    pose = pose.moved(hip_x - pose.point("torso", t, 1.0)[0])
    pose.face = pose.neck - 90
    h = pose.hip_joint()
    t1, t2 = ik(h, (h[0] + 50, 8.0), THIGH, SHIN, 1)
    pose.near_leg = (t1, t2, 0)
    h = pose.hip_joint(True)
    t1, t2 = ik(h, (h[0] + 52, 8.0), THIGH, SHIN, 1)
    pose.far_leg = (t1, t2, 0)
    # Arms crossed over the chest, the hands on the shoulders
    down = pose.torso + 180
    chest = v_mul(pose.front_normal(), 1.0)
    for far, lift in ((False, 38), (True, 30)):
        shoulder = pose.shoulder(far)
        elbow = v_add(shoulder, v_mul(v_dir(down + lift), UPPER_ARM))
        hand = v_add(v_add(shoulder, v_mul(chest, 9.0)), v_mul(pose.torso_dir(), -2.0))
        fore = angle_of(v_sub(hand, elbow))
        arm = (down + lift, fore, fore)
        if far:
            pose.far_arm = arm
        else:
            pose.near_arm = arm
    return pose


def upper_back_roller():
    pic = Picture(3.6, 330, 440)
    pic.floor_line()
    ts = {"start": 0.55, "end": 0.88}
    for key in ("start", "end"):
        pose = supine_on_roller(ts[key], 0.0)
        pic.poses[key] = pose
        pic.tools[key] = roller((0.0, ROLLER_R))
        pic.targets[key] = [target_shape(pose, "torso", 0.5, 0.9, 0.5, 0.55)]
    s = pic.poses["start"]
    pic.path = (s.point("torso", 0.52, 0.5), s.point("torso", 0.9, 0.5), True)
    nb = s.neck_base()
    pic.zones.add(capsule(nb, 6.0, v_add(nb, v_mul(v_dir(s.neck), 9.0)), 6.0))
    pic.zones.add(zone_along(s, "torso", 0.08, 0.38, 0.75, 0.45))
    return pic


def upper_back_ball():
    pic = Picture(2.3, 330)
    pic.floor_line()
    ball_c = (-30.0, 121.0)
    wall_x = ball_c[0] - BALL_R
    pic.wall(wall_x, 185)
    ts = {"start": 0.6, "end": 0.86}
    for key in ("start", "end"):
        def build(hip):
            pose = Pose(hip, 98, neck=92, face=-5, front=-1)
            for far in (False, True):
                h = pose.hip_joint(far)
                t1, t2 = ik(h, (8.0 + (3 if far else 0), 8.0), THIGH, SHIN, 1)
                if far:
                    pose.far_leg = (t1, t2, 0)
                else:
                    pose.near_leg = (t1, t2, 0)
            pose.near_arm = (-80, -75, -80)
            pose.far_arm = (-84, -80, -80)
            return pose
        # The back touches the ball: solve for the hip along the wall
        hip_y = 88.0
        for _ in range(30):
            probe = build((0.0, hip_y))
            p = probe.point("torso", ts[key], 1.0)
            hip_y += (ball_c[1] - p[1]) * 0.8
        probe = build((0.0, hip_y))
        p = probe.point("torso", ts[key], 1.0)
        pose = build((ball_c[0] + BALL_R - p[0], hip_y))
        pic.poses[key] = pose
        pic.tools[key] = ball(ball_c)
        pic.targets[key] = [target_shape(pose, "torso", 0.55, 0.92, 0.5, 0.55)]
    s = pic.poses["start"]
    pic.path = (s.point("torso", 0.56, 0.5), s.point("torso", 0.9, 0.5), True)
    nb = s.neck_base()
    pic.zones.add(capsule(v_add(nb, (-4, -2)), 5.5, v_add(nb, (-4, 8)), 5.5))
    return pic


def pectorals_ball():
    pic = Picture(2.3, 380)
    pic.floor_line()
    ball_c = (48.0, 135.0)
    wall_x = ball_c[0] + BALL_R
    pic.wall(wall_x, 185)
    spots = {"start": (0.8, -1.0), "end": (0.93, -0.75)}
    for key in ("start", "end"):
        def build(hip):
            pose = Pose(hip, 74, neck=96, face=10, front=-1)
            for far in (False, True):
                h = pose.hip_joint(far)
                t1, t2 = ik(h, (hip[0] - 22 + (3 if far else 0), 8.0), THIGH, SHIN, -1)
                if far:
                    pose.far_leg = (t1, t2, 0)
                else:
                    pose.near_leg = (t1, t2, 0)
            pose.near_arm = (-112, -100, -95)
            pose.far_arm = (-108, -96, -95)
            return pose
        t, side = spots[key]
        hip = (0.0, 92.0)
        for _ in range(30):
            probe = build(hip)
            p = probe.point("torso", t, side)
            want = (ball_c[0] - BALL_R * 0.9, ball_c[1])
            hip = (hip[0] + (want[0] - p[0]) * 0.8, min(93.0, hip[1] + (want[1] - p[1]) * 0.8))
        pose = build(hip)
        pic.poses[key] = pose
        pic.tools[key] = ball(ball_c)
        pic.targets[key] = [target_shape(pose, "torso", 0.66, 0.9, -0.5, 0.5)]
    s = pic.poses["start"]
    pic.path = (s.point("torso", 0.6, -0.5), s.point("torso", 0.97, -0.45), True)
    return pic


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "data", "techniques")
    os.makedirs(out_dir, exist_ok=True)
    pictures = {
        "calves-roller": lambda: calves("roller"),
        "calves-ball": lambda: calves("ball"),
        "hamstrings-roller": hamstrings_roller,
        "hamstrings-stick": hamstrings_stick,
        "quadriceps-roller": quadriceps_roller,
        "hip-flexors-roller": hip_flexors_roller,
        "quadriceps-stick": quadriceps_stick,
        "adductors-roller": adductors_roller,
        "glutes-roller": lambda: glutes("roller"),
        "glutes-ball": lambda: glutes("ball"),
        "it-band-roller": it_band_roller,
        "lats-roller": lats_roller,
        "upper-back-roller": upper_back_roller,
        "upper-back-ball": upper_back_ball,
        "pectorals-ball": pectorals_ball,
    }
    only = sys.argv[2:] if len(sys.argv) > 2 else list(pictures)
    for name in only:
        with open(os.path.join(out_dir, name + ".svg"), "w", encoding="utf-8") as f:
            f.write(pictures[name]().svg())


if __name__ == "__main__":
    main()
