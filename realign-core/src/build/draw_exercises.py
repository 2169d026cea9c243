"""Draws one picture per exercise in kb/exercises.json: a simple body figure in the exercise's
position, with its props (block, chair, wall, strap, pillow) and, for movements, an arrow.

Run from this folder: python3 draw_exercises.py. It writes ../main/resources/kb/pictures/<id>.svg
and fails when an exercise has no pose here, so a new exercise cannot ship without a picture.

The figure is parametric: a pose gives the pelvis position and the angle of each segment
(degrees, 0 = pointing right, 90 = up), the renderer joins the segments. Side views draw the far
limbs lighter; front views draw both sides alike. Drawn for this project (Apache-2.0).
"""
import json
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "..", "main", "resources", "kb")
OUT = os.path.join(KB, "pictures")

W, H = 260, 190
FLOOR = 170
INK = "#1f2a37"
FAR = "#8a96a3"
PROP = "#c9d3dd"
ACCENT = "#d9480f"

L = dict(torso=46, neck=7, head=8.5, upper=24, fore=22, thigh=38, shin=36, foot=11)


def pt(p, angle, length):
    a = math.radians(angle)
    return (p[0] + length * math.cos(a), p[1] - length * math.sin(a))


class Figure:
    """A side-view figure. Angles: torso from pelvis to shoulders; neck/head from shoulders;
    arm (upper, fore) from the shoulder; leg (thigh, shin, foot) from the hip."""

    def __init__(self, pelvis, torso, head=None, near_arm=(-90, -90), far_arm=None, near_leg=(-90, -90, 0),
                 far_leg=None, head_r=None):
        self.pelvis = pelvis
        self.torso = torso
        self.head = torso if head is None else head
        self.near_arm = near_arm
        self.far_arm = far_arm if far_arm is not None else near_arm
        self.near_leg = near_leg
        self.far_leg = far_leg if far_leg is not None else near_leg

    def joints(self):
        sh = pt(self.pelvis, self.torso, L["torso"])
        neck_top = pt(sh, self.head, L["neck"])
        head_c = pt(neck_top, self.head, L["head"])
        return sh, neck_top, head_c

    def limb(self, start, angles, lengths):
        pts = [start]
        for a, n in zip(angles, lengths):
            pts.append(pt(pts[-1], a, L[n]))
        return pts

    def svg(self):
        sh, neck_top, head_c = self.joints()
        out = []
        far_leg = self.limb(self.pelvis, self.far_leg, ["thigh", "shin", "foot"])
        far_arm = self.limb(sh, self.far_arm, ["upper", "fore"])
        out.append(poly(far_leg, FAR, 6))
        out.append(poly(far_arm, FAR, 5))
        out.append(poly([self.pelvis, sh], INK, 9))
        out.append(poly([sh, neck_top], INK, 5))
        out.append(f'<circle cx="{head_c[0]:.1f}" cy="{head_c[1]:.1f}" r="{L["head"]}" fill="{INK}"/>')
        out.append(poly(self.limb(self.pelvis, self.near_leg, ["thigh", "shin", "foot"]), INK, 6))
        out.append(poly(self.limb(sh, self.near_arm, ["upper", "fore"]), INK, 5))
        return "\n".join(out)

    def point(self, which):
        sh, neck_top, head_c = self.joints()
        legs = {"near": self.near_leg, "far": self.far_leg}
        arms = {"near": self.near_arm, "far": self.far_arm}
        side, part = which.split("-", 1)
        if part in ("knee", "ankle", "toe"):
            p = self.limb(self.pelvis, legs[side], ["thigh", "shin", "foot"])
            return p[{"knee": 1, "ankle": 2, "toe": 3}[part]]
        if part in ("elbow", "hand"):
            p = self.limb(sh, arms[side], ["upper", "fore"])
            return p[{"elbow": 1, "hand": 2}[part]]
        return {"shoulder": sh, "head": head_c, "pelvis": self.pelvis}[part]


class Front:
    """A front-view figure, standing: arms (upper, fore) and legs (thigh, shin) per side; angles
    as in the side view, the left of the picture is the figure's right."""

    def __init__(self, pelvis=(130, 94), lean=90, right_arm=(-100, -95), left_arm=(-80, -85), right_leg=(-95, -90),
                 left_leg=(-85, -90), feet=("out", "out")):
        self.pelvis, self.lean = pelvis, lean
        self.right_arm, self.left_arm, self.right_leg, self.left_leg = right_arm, left_arm, right_leg, left_leg
        self.feet = feet

    def svg(self):
        px, py = self.pelvis
        top = pt(self.pelvis, self.lean, 40)
        perp = math.radians(self.lean - 90)
        sx, sy = 14 * math.cos(perp), -14 * math.sin(perp)
        rs, ls = (top[0] + sx * -1, top[1] - sy * -1), (top[0] + sx, top[1] - sy)
        hx, hy = 8 * math.cos(perp), -8 * math.sin(perp)
        rh, lh = (px - hx, py - hy), (px + hx, py + hy)
        head = pt(top, self.lean, 16)
        out = [poly([rs, ls], INK, 6), poly([rh, lh], INK, 7), poly([self.pelvis, top], INK, 9),
               f'<circle cx="{head[0]:.1f}" cy="{head[1]:.1f}" r="{L["head"]}" fill="{INK}"/>']
        for start, (a1, a2) in ((rs, self.right_arm), (ls, self.left_arm)):
            e = pt(start, a1, L["upper"])
            out.append(poly([start, e, pt(e, a2, L["fore"])], INK, 5))
        for start, (a1, a2), foot, sign in ((rh, self.right_leg, self.feet[0], -1), (lh, self.left_leg, self.feet[1], 1)):
            k = pt(start, a1, L["thigh"])
            a = pt(k, a2, L["shin"])
            out.append(poly([start, k, a], INK, 6))
            out.append(foot_mark(a, foot, sign))
        return "\n".join(out)


def foot_mark(ankle, kind, sign):
    """A foot seen from the front: a short line straight down (straight ahead) or turned."""
    x, y = ankle
    if kind == "straight":
        return poly([(x, y), (x, y + 4)], INK, 7)
    dx = {"out": 7 * sign, "in": -7 * sign}[kind]
    return poly([(x, y), (x + dx, y + 4)], INK, 6)


def poly(points, colour, width, extra=""):
    d = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return (f'<polyline points="{d}" fill="none" stroke="{colour}" stroke-width="{width}" '
            f'stroke-linecap="round" stroke-linejoin="round"{extra}/>')


def floor():
    return f'<line x1="8" y1="{FLOOR}" x2="{W - 8}" y2="{FLOOR}" stroke="{PROP}" stroke-width="3"/>'


def block(x, y, w, h):
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{w}" height="{h}" rx="3" fill="{PROP}"/>'


def wall(x):
    return f'<rect x="{x:.1f}" y="10" width="8" height="{FLOOR - 10}" fill="{PROP}"/>'


def chair(x, seat_y=100, facing=1):
    back_x = x if facing > 0 else x + 38
    return (block(x, seat_y, 42, 6) + f'<rect x="{back_x - 2:.1f}" y="{seat_y - 40}" width="6" height="46" fill="{PROP}"/>'
            + f'<rect x="{x + 2:.1f}" y="{seat_y + 6}" width="4" height="{FLOOR - seat_y - 6}" fill="{PROP}"/>'
            + f'<rect x="{x + 36:.1f}" y="{seat_y + 6}" width="4" height="{FLOOR - seat_y - 6}" fill="{PROP}"/>')


def pillow(p):
    return f'<ellipse cx="{p[0]:.1f}" cy="{p[1]:.1f}" rx="7" ry="4.5" fill="#e9c46a"/>'


def strap(a, b):
    return poly([a, b], "#2a9d8f", 2.5)


def arrow(points, curved=False):
    d = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return (f'<polyline points="{d}" fill="none" stroke="{ACCENT}" stroke-width="2.5" stroke-linecap="round" '
            f'stroke-linejoin="round" marker-end="url(#arrow)"/>')


def arc(c, r, a0, a1):
    steps = 12
    pts = [(c[0] + r * math.cos(math.radians(a0 + (a1 - a0) * i / steps)),
            c[1] - r * math.sin(math.radians(a0 + (a1 - a0) * i / steps))) for i in range(steps + 1)]
    return arrow(pts)


# A caption line holds at most this many characters: at font-size 9 a wide sans-serif
# (DejaVu Sans, which the pages and the PDF fall back on) averages about 4.5 px a character
# in these captions, so 48 (about 216 px) stay inside the 260 px drawing with a margin on
# both sides. Longer captions wrap onto more lines and the drawing grows downwards to hold
# them (PictureCaptionsTest measures every caption line with a real font).
CAPTION_CHARS = 48
CAPTION_LINE = 11


def caption_lines(text):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > CAPTION_CHARS:
            lines.append(line)
            line = word
        else:
            line = (line + " " + word) if line else word
    lines.append(line)
    return lines


def label(text, x=W / 2):
    spans = "".join(f'<tspan x="{x:.0f}" y="{H - 5 + CAPTION_LINE * i}">{line}</tspan>'
                    for i, line in enumerate(caption_lines(text)))
    return (f'<text text-anchor="middle" font-family="sans-serif" font-size="9" '
            f'fill="{INK}">{spans}</text>')


def height(body):
    """The drawing's height: the caption's last line, if it wraps, 5 px above the bottom."""
    ys = [float(y) for y in re.findall(r'<tspan x="[0-9.]+" y="([0-9.]+)"', body)]
    return max([H] + [y + 5 for y in ys])


def svg(name, body):
    h = f"{height(body):.0f}"
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {h}" width="{W}" height="{h}" role="img" '
            f'aria-label="{name}">\n<title>{name}</title>\n'
            f'<defs><marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" '
            f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{ACCENT}"/></marker></defs>\n'
            f'<rect width="{W}" height="{h}" fill="#ffffff"/>\n{body}\n</svg>\n')


# ---- base positions -------------------------------------------------------------------------
HIP_Y = FLOOR - 6  # pelvis height when lying on the floor


def supine(legs=(-90 + 90, 0, 90), far_leg=None, arms=(-4, -2), far_arm=None, pelvis_x=150):
    """Lying on the back, head to the left. Legs default straight along the floor."""
    return Figure((pelvis_x, HIP_Y), 180, 180, near_arm=arms, far_arm=far_arm, near_leg=legs, far_leg=far_leg)


STRAIGHT = (0, 0, 90)  # leg straight along the floor, toes up
HOOK = (55, -55, -5)  # knees bent, feet flat
STATIC_BACK_LEG = (90, 0, 90)  # hip and knee at right angles, calf resting horizontally


def static_back(extra="", arms=(-6, -3), far_arm=None, legs=STATIC_BACK_LEG, far_leg=None, x=130):
    f = supine(legs=legs, far_leg=far_leg, arms=arms, far_arm=far_arm, pelvis_x=x)
    knee = f.point("near-knee")
    return f, block(knee[0] - 4, knee[1] + 4, 44, FLOOR - knee[1] - 4) + extra


def seated_long(torso=90, arms=(-60, -20), legs=(0, 0, 90), far_leg=None, x=80):
    return Figure((x, FLOOR - 6), torso, torso, near_arm=arms, near_leg=legs, far_leg=far_leg)


def quadruped(torso=172, head=195, near_arm=(-90, -90), far_arm=None, near_leg=(-90, 0, 0), far_leg=None,
              x=160):
    return Figure((x, FLOOR - 38), torso, head, near_arm=near_arm, far_arm=far_arm, near_leg=near_leg,
                  far_leg=far_leg)


def standing(torso=90, head=90, near_arm=(-90, -90), far_arm=None, near_leg=(-90, -90, 0), far_leg=None, x=120):
    return Figure((x, FLOOR - L["thigh"] - L["shin"] - 3), torso, head, near_arm=near_arm, far_arm=far_arm,
                  near_leg=near_leg, far_leg=far_leg)


def side_lying(torso=180, near_leg=(-25, 185, 0), far_leg=None, near_arm=(-45, 180), far_arm=(150, -30), x=150,
               height=20):
    """Lying on one side, head to the left, seen from the front: the bottom arm pillows the head, the
    knees come forward (drawn down-right, then back under)."""
    return Figure((x, FLOOR - height), torso, torso, near_arm=near_arm, far_arm=far_arm, near_leg=near_leg,
                  far_leg=far_leg if far_leg is not None else near_leg)


def prone(near_arm=(180, 180), far_arm=None, x=150):
    return Figure((x, FLOOR - 6), 180, 178, near_arm=near_arm, far_arm=far_arm, near_leg=(0, 0, -30))


# ---- one pose per exercise ------------------------------------------------------------------
def pose(eid):
    """Returns (figure svg, props svg) for an exercise id."""
    P = {}

    f, props = static_back()
    P["static-back"] = (f, props)
    f, props = static_back(far_leg=(0, 0, 90))
    P["supine-groin-stretch"] = (f, props)
    f, props = static_back(far_leg=(18, 0, 90))
    P["supine-groin-progressive"] = (f, props + block(175, FLOOR - 30, 40, 30) + label("lower the straight leg step by step"))
    f, props = static_back()
    P["static-back-knee-pillow-squeezes"] = (f, props + pillow((f.point("near-knee")[0], f.point("near-knee")[1] - 2))
                                             + arrow([(f.point("near-knee")[0] + 14, f.point("near-knee")[1] - 14),
                                                      (f.point("near-knee")[0] + 4, f.point("near-knee")[1] - 6)]))
    f, props = static_back(arms=(120, 140), far_arm=(170, 178))
    P["pullovers"] = (f, props + arc(f.point("near-shoulder"), 30, 100, 170))

    f = quadruped(torso=160, head=215)
    P["cats-and-dogs"] = (f, arc((f.point("near-shoulder")[0] + 20, f.point("near-shoulder")[1] - 12), 14, 20, 160)
                          + label("round the back, then let it arch"))
    f = Figure((160, FLOOR - 36), 190, 215, near_arm=(-90, 180), near_leg=(-70, 0, 0))
    P["static-extension"] = (f, label("on the elbows, hips forward of the knees, head hanging"))
    f = quadruped(near_arm=(185, 185), far_arm=(-90, -90), near_leg=(-90, 0, 0), far_leg=(-5, -5, -10))
    P["bird-dog"] = (f, "")

    f = Figure((70, FLOOR - 6), 90, 90, near_arm=(-75, -85), near_leg=(0, 0, 90))
    P["sitting-floor"] = (f, wall(56))
    f = Figure((80, FLOOR - 6), 85, 80, near_arm=(-20, 10), far_arm=(-60, -20), near_leg=(40, -60, -20),
               far_leg=(0, 0, 90))
    P["sitting-floor-twist"] = (f, arc((f.point("near-shoulder")[0], f.point("near-shoulder")[1] - 10), 16, 200, 340))

    f = Figure((118, FLOOR - 62), 97, 95, near_arm=(-95, -95), near_leg=(-5, -95, 0))
    P["air-bench"] = (f, wall(100))
    f = standing(x=100, near_arm=(-95, -95))
    P["standing-at-the-wall"] = (f, wall(82))
    f = supine(legs=(90, 90, 0), far_leg=(90, 90, 0), pelvis_x=90)
    P["static-wall"] = (f, wall(82 + 16))
    f = supine(legs=(40, -40, 0), far_leg=(25, -100, 0))
    P["frog"] = (f, label("soles together, knees fall open"))
    f = side_lying(near_arm=(95, 95), far_arm=(-40, 185))
    P["spinal-floor-twist"] = (f, arc(f.point("near-shoulder"), 24, 10, 100) + label("knees stacked, top arm opens to the other side"))
    f = supine(legs=HOOK, far_leg=(35, -30, 0))
    P["hip-crossover-stretch"] = (f, label("cross one ankle over the other knee, let the knees fall"))
    f = standing(near_leg=(-90, 20, 0), far_leg=(-90, -90, 0), near_arm=(-60, -60))
    P["standing-quad-stretch"] = (f, chair(160, 104, -1))
    f, props = static_back()
    P["foot-circles-and-point-flexes"] = (f, props + arc(f.point("near-toe"), 9, 0, 300))
    f = Front(right_arm=(180, 180), left_arm=(0, 0))
    P["arm-circles"] = (f, arc((38, 42), 10, 0, 300) + arc((202, 42), 10, 180, 480))
    f = standing(near_arm=(60, -120), far_arm=(60, -120))
    P["elbow-curls"] = (f, arc((f.point("near-elbow")[0], f.point("near-elbow")[1]), 14, 90, -20))
    f = standing(near_leg=(-90, -90, 0))
    P["standing-gluteal-contractions"] = (f, arrow([(f.pelvis[0] - 22, f.pelvis[1] + 4), (f.pelvis[0] - 10, f.pelvis[1] + 4)])
                                          + label("squeeze the buttocks, release"))
    f = Front(lean=70, right_arm=(-100, -100), left_arm=(70, 70), right_leg=(-100, -90), left_leg=(-60, -80))
    P["wall-lateral-bend"] = (f, f'<rect x="10" y="20" width="220" height="4" fill="{PROP}"/>' + label("back against the wall, bend sideways"))

    f = supine(legs=HOOK, far_leg=(90, 0, 90), arms=(90, 90), far_arm=(-4, -2))
    P["dead-bug"] = (f, arrow([(200, 78), (216, 110)]))
    f = supine(legs=HOOK)
    P["supine-pelvic-tilts"] = (f, arc((f.pelvis[0], f.pelvis[1] - 6), 10, 200, 340) + label("flatten the low back, then release"))
    f = Figure((150, FLOOR - 30), 198, 185, near_arm=(-5, -5), near_leg=(30, -60, 0))
    P["glute-bridge"] = (f, arrow([(150, FLOOR - 4), (150, FLOOR - 24)]))
    f = Figure((150, FLOOR - 30), 198, 185, near_arm=(-5, -5), near_leg=(30, -60, 0), far_leg=(30, 30, 90))
    P["single-leg-glute-bridge"] = (f, "")
    f = supine(legs=HOOK)
    P["supine-chin-nod"] = (f, arc(f.point("near-head"), 13, 100, 30))
    f = standing(x=104)
    P["chin-tuck"] = (f, wall(82) + arrow([(f.point("near-head")[0] + 18, f.point("near-head")[1]), (f.point("near-head")[0] + 8, f.point("near-head")[1])]))
    f = standing(x=104, near_arm=(150, 70), far_arm=(150, 70))
    P["wall-angel"] = (f, wall(82) + arrow([(f.point("near-hand")[0] + 6, f.point("near-hand")[1] - 4), (f.point("near-hand")[0] + 6, f.point("near-hand")[1] - 24)]))
    f = standing(near_leg=(-90, -90, 0), far_leg=(-115, -100, -20), x=110, torso=95, near_arm=(-30, 0))
    P["calf-stretch-wall"] = (f, wall(170))
    f = standing(near_leg=(-100, -75, 0), far_leg=(-120, -80, 0), x=110, torso=95, near_arm=(-30, 0))
    P["soleus-stretch-wall"] = (f, wall(170) + label("back knee bent, heel down"))
    f = supine(legs=(90, 0, 90), far_leg=(90, 0, 90))
    P["ninety-ninety-breathing"] = (f, wall(f.point("near-toe")[0] + 4) + label("feet on the wall, hips and knees at right angles; slow breaths out"))
    f = standing(near_arm=(0, 90), x=100)
    P["doorway-pec-stretch"] = (f, f'<rect x="150" y="20" width="8" height="{FLOOR - 20}" fill="{PROP}"/>')
    f = Figure((120, 70), 90, 60, near_arm=(-90, -90), near_leg=(0, -90, 0))
    P["upper-trap-stretch"] = (f, chair(96) + label("ear toward the shoulder"))
    f = Figure((120, 70), 90, 40, near_arm=(-90, -90), near_leg=(0, -90, 0))
    P["levator-scapulae-stretch"] = (f, chair(96) + label("nose toward the armpit"))
    f = Figure((120, 70), 90, 110, near_arm=(-90, -90), near_leg=(0, -90, 0))
    P["side-neck-stretch"] = (f, chair(96) + label("head tilted back and away"))
    f = prone(near_arm=(160, 160), far_arm=(160, 160))
    P["prone-y-raise"] = (f, arrow([(f.point("near-hand")[0], f.point("near-hand")[1] + 2), (f.point("near-hand")[0], f.point("near-hand")[1] - 14)]))
    f = prone(near_arm=(100, 100), far_arm=(-90, -90))
    P["prone-t-raise"] = (f, label("arms out to the sides, lift"))
    f = standing(torso=80, head=80, near_arm=(5, 5), x=100, near_leg=(-100, -100, 0))
    P["wall-push-up-plus"] = (f, wall(168))
    f = side_lying(near_leg=(15, 205, 0), far_leg=(-25, 185, 0))
    P["side-lying-clam"] = (f, arc(f.point("near-knee"), 12, 250, 340) + label("feet together, top knee opens"))
    f = side_lying(near_leg=(22, 0, 90), far_leg=(0, 0, 90), height=12)
    P["side-lying-hip-abduction"] = (f, arrow([(f.point("near-ankle")[0] - 6, f.point("near-ankle")[1] + 10), (f.point("near-ankle")[0] - 6, f.point("near-ankle")[1] - 8)]))
    f = Front(right_leg=(-95, -90), left_leg=(-60, -60), right_arm=(-100, -95), left_arm=(-40, -60))
    P["standing-hip-abduction"] = (f, chair(170) + arrow([(160, 130), (176, 120)]))
    f = Figure((110, FLOOR - 36), 75, 75, near_arm=(-90, -90), near_leg=(-90, 0, 0), far_leg=(25, -80, -10))
    P["half-kneeling-hip-flexor-stretch"] = (f, "")
    f = standing(near_leg=(-60, -90, 0), far_leg=(-115, -105, -15), near_arm=(-85, -85))
    P["standing-hip-flexor-stretch"] = (f, "")
    f = Figure((80, FLOOR - 6), 75, 70, near_arm=(-10, -10), near_leg=(0, 0, 90), far_leg=(40, -70, 0))
    P["seated-hamstring-stretch"] = (f, "")
    f = supine(legs=(80, 80, 170), far_leg=STRAIGHT, arms=(40, 50))
    P["supine-hamstring-strap-stretch"] = (f, strap(f.point("near-hand"), f.point("near-toe")))
    f = Front(right_leg=(-80, -100), left_leg=(-100, -90), right_arm=(-100, -95), left_arm=(-80, -85))
    P["standing-tfl-stretch"] = (f, label("back leg crossed behind, hip eased sideways"))
    f = supine(legs=HOOK, far_leg=(30, -10, 0))
    P["supine-figure-four"] = (f, label("ankle on the opposite knee"))
    f = Figure((120, 70), 80, 80, near_arm=(-70, -40), near_leg=(10, -90, 0), far_leg=(20, -20, 0))
    P["seated-figure-four"] = (f, chair(96) + label("ankle on the opposite knee, lean forward"))
    f = Figure((120, 70), 90, 90, near_arm=(-90, -90), near_leg=(0, -90, 0))
    P["seated-knee-squeeze"] = (f, chair(96) + pillow(f.point("near-knee")))
    f = Figure((120, 70), 90, 90, near_arm=(-90, -90), near_leg=(0, -90, 30))
    P["seated-toe-raises"] = (f, chair(96) + arc(f.point("near-ankle"), 10, 10, 80))
    f = standing()
    P["standing-arch-lift"] = (f, label("shorten the foot: lift the arch, toes long"))
    f = Figure((120, 70), 90, 90, near_arm=(-90, -90), near_leg=(0, -90, 0))
    P["seated-foot-inversion"] = (f, chair(96) + label("turn the sole inward against resistance"))
    f = Figure((120, 70), 90, 90, near_arm=(-90, -90), near_leg=(20, -70, 0))
    P["seated-knee-lift"] = (f, chair(96) + arrow([(f.point("near-knee")[0] + 8, f.point("near-knee")[1] + 8), (f.point("near-knee")[0] + 8, f.point("near-knee")[1] - 8)]))
    f = Front(right_leg=(-90, -90), left_leg=(-90, -90))
    P["standing-hip-hikes"] = (f, block(52, FLOOR - 12, 60, 12) + arrow([(150, 128), (150, 114)]) + label("hike one hip, foot off the step edge"))
    f = Figure((150, FLOOR - 30), 162, 162, near_arm=(-90, 180), far_arm=(-60, -30), near_leg=(-20, -160, 0))
    P["knee-side-plank"] = (f, arrow([(f.pelvis[0], f.pelvis[1] + 2), (f.pelvis[0], f.pelvis[1] - 16)]))
    f = standing(near_leg=(-90, -90, 20))
    P["heel-raises"] = (f, arrow([(f.point("near-ankle")[0] + 16, FLOOR - 4), (f.point("near-ankle")[0] + 16, FLOOR - 22)]))
    f = Front(right_leg=(-90, -90), left_leg=(-90, -90), feet=("straight", "straight"))
    P["three-position-toe-raises"] = (f, label("feet straight, turned in, turned out: rise and lower")
                                      + arrow([(175, 130), (175, 112)]))
    f = supine(legs=HOOK, far_leg=(55, -10, 0))
    P["supine-bent-knee-fallout"] = (f, arc(f.point("near-knee"), 14, 80, 10))
    if eid not in P:
        raise SystemExit(f"no pose for exercise {eid}: add one to draw_exercises.py")
    fig, props = P[eid]
    return fig, props


def main():
    exercises = json.load(open(os.path.join(KB, "exercises.json")))
    os.makedirs(OUT, exist_ok=True)
    wanted = set()
    for e in exercises:
        fig, props = pose(e["id"])
        base = floor()
        body = base + "\n" + props + "\n" + fig.svg()
        with open(os.path.join(OUT, e["id"] + ".svg"), "w") as fh:
            fh.write(svg(e["name"], body))
        wanted.add(e["id"] + ".svg")
    for name in os.listdir(OUT):
        if name.endswith(".svg") and name not in wanted:
            os.remove(os.path.join(OUT, name))
    with open(os.path.join(OUT, "LICENSE.txt"), "w") as fh:
        fh.write("Drawn for Realign by src/build/draw_exercises.py; same licence as the repository (Apache-2.0).\n")
    print(len(wanted), "pictures")


if __name__ == "__main__":
    main()
