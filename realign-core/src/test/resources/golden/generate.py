#!/usr/bin/env python3
"""Builds the golden cases: landmarks placed by construction from chosen angles, and the expected
values worked out here independently of the Java code (by construction where the angle was chosen,
by plain trigonometry below otherwise). Findings in expected.json are written by hand in CASES.

Run from this folder: python3 generate.py. Regenerate only on purpose and review the diff."""
import json, math, os

# The anterior body: stature (cm) for the eye and foot proportions; camera depression angle at the feet (deg).
STATURE = 171.0
PITCH = 17.0

S = 5.0          # pixels per cm
W, H = 1200, 1500
OX, OY = 600, 1400

rad, deg = math.radians, math.degrees

def px(view, X, Y):
    """Person frame in cm (lateral: X forward; frontal: X toward the person's left; Y up) -> pixels."""
    sign = {"right-lateral": 1, "left-lateral": -1, "anterior": 1, "posterior": -1}[view]
    return (round(OX + sign * S * X, 4), round(OY - S * Y, 4))

def add(p, d, ang_from_vertical):
    """p + d * (sin a, cos a): a point at angle a from the upward vertical, positive forward/leftward."""
    return (p[0] + d * math.sin(rad(ang_from_vertical)), p[1] + d * math.cos(rad(ang_from_vertical)))

def turning(a, v, b, toward):
    """180 - internal angle at v, signed + when v lies on the `toward` side (+1: +X) of line a-b."""
    ux, uy = v[0] - a[0], v[1] - a[1]
    wx, wy = b[0] - v[0], b[1] - v[1]
    ang = deg(math.acos((ux * wx + uy * wy) / math.hypot(ux, uy) / math.hypot(wx, wy)))
    t = (v[1] - a[1]) / (b[1] - a[1])
    linex = a[0] + t * (b[0] - a[0])
    return ang if toward * (v[0] - linex) >= 0 else -ang

def internal(a, v, b):
    ux, uy = a[0] - v[0], a[1] - v[1]
    wx, wy = b[0] - v[0], b[1] - v[1]
    return deg(math.acos((ux * wx + uy * wy) / math.hypot(ux, uy) / math.hypot(wx, wy)))

def lateral(view, near, cva, tilt, ear=0.0, acr=0.0, gt=0.0, knee=0.0, only=None):
    """A lateral body. Plumb angles (deg from the vertical at the malleolus, + forward) place the
    load joints; cva places C7 behind the tragus; tilt places the ASIS from the PSIS."""
    M = (0.0, 8.0)
    K = add(M, 45, knee); G = add(M, 85, gt); A = add(M, 135, acr); T = add(M, 150, ear)
    C7 = (T[0] - 10 * math.cos(rad(cva)), T[1] - 10 * math.sin(rad(cva)))
    PS = (G[0] - 6, G[1] + 8)
    AS = (PS[0] + 12 * math.cos(rad(tilt)), PS[1] - 12 * math.sin(rad(tilt)))
    pts = {"c7": C7, f"{near}-tragus": T, f"{near}-acromion": A, f"{near}-greater-trochanter": G,
           f"{near}-lateral-knee": K, f"{near}-lateral-malleolus": M, f"{near}-asis": AS, f"{near}-psis": PS}
    if only:
        pts = {k: v for k, v in pts.items() if k in only}
    values = {
        "craniovertebral-angle": cva, "sagittal-pelvic-tilt": tilt,
        "shoulder-protraction-angle": deg(math.atan2(A[0] - C7[0], C7[1] - A[1])),
        "head-vertical-alignment": deg(math.atan2(T[0] - A[0], T[1] - A[1])),
        "trunk-vertical-alignment": deg(math.atan2(A[0] - G[0], A[1] - G[1])),
        "body-vertical-alignment": acr, "hip-angle": internal(A, G, K),
        "knee-flexion-angle": turning(G, K, M, +1), "ankle-angle": 90 - knee,
        "ear-plumb-angle": ear, "hip-plumb-angle": gt, "knee-plumb-angle": knee,
    }
    needs = {
        "craniovertebral-angle": ["c7", f"{near}-tragus"], "sagittal-pelvic-tilt": [f"{near}-asis", f"{near}-psis"],
        "shoulder-protraction-angle": ["c7", f"{near}-acromion"],
        "head-vertical-alignment": [f"{near}-acromion", f"{near}-tragus"],
        "trunk-vertical-alignment": [f"{near}-greater-trochanter", f"{near}-acromion"],
        "body-vertical-alignment": [f"{near}-lateral-malleolus", f"{near}-acromion"],
        "hip-angle": [f"{near}-acromion", f"{near}-greater-trochanter", f"{near}-lateral-knee"],
        "knee-flexion-angle": [f"{near}-greater-trochanter", f"{near}-lateral-knee", f"{near}-lateral-malleolus"],
        "ankle-angle": [f"{near}-lateral-knee", f"{near}-lateral-malleolus"],
        "ear-plumb-angle": [f"{near}-lateral-malleolus", f"{near}-tragus"],
        "hip-plumb-angle": [f"{near}-lateral-malleolus", f"{near}-greater-trochanter"],
        "knee-plumb-angle": [f"{near}-lateral-malleolus", f"{near}-lateral-knee"],
    }
    return view, pts, values, needs, "deg"

def frontal_anterior(head=0.0, shoulders=0.0, pelvis=0.0, shift=0.0, q=(15.0, 15.0), knee=(3.0, 3.0), flare=(8.0, 8.0)):
    pts = {}
    def pair(name, cx, cy, half, ang):
        pts[f"left-{name}"] = (cx + half * math.cos(rad(ang)), cy + half * math.sin(rad(ang)))
        pts[f"right-{name}"] = (cx - half * math.cos(rad(ang)), cy - half * math.sin(rad(ang)))
    pair("tragus", 0, 160, 7, head)
    pair("acromion", 0, 140, 18, shoulders)
    pelvis_x = -45 * math.tan(rad(shift))
    pair("asis", pelvis_x, 95, 12, pelvis)
    values = {"head-tilt": head, "shoulder-height-asymmetry": shoulders, "pelvic-obliquity": pelvis,
              "shoulder-pelvis-angle": shoulders - pelvis, "lateral-trunk-shift": shift}
    for i, s in enumerate(["left", "right"]):
        sg = 1 if s == "left" else -1
        asis = pts[f"{s}-asis"]
        P = (sg * 10.0, 50.0)
        ux, uy = P[0] - asis[0], P[1] - asis[1]
        base = math.atan2(uy, ux)
        def turn(length, a):
            # Rotate the thigh direction by a degrees toward lateral: +X for the left limb
            # (counter-clockwise in X-left, Y-up), -X for the right limb (clockwise).
            r = base + (rad(a) if sg == 1 else -rad(a))
            return (P[0] + length * math.cos(r), P[1] + length * math.sin(r))
        TT = turn(8, q[i]); A = turn(45, knee[i])
        pts[f"{s}-patella-center"] = P; pts[f"{s}-tibial-tuberosity"] = TT
        pts[f"{s}-lateral-malleolus"] = (A[0] + sg * 3.5, A[1]); pts[f"{s}-medial-malleolus"] = (A[0] - sg * 3.5, A[1])
        heel = (A[0], A[1] - 6)
        pts[f"{s}-heel"] = heel
        # The foot on the floor as a hip-high camera sees it: foreshortened by the depression
        # angle PITCH (tan(image angle) = tan(flare) / sin(PITCH)); its length is Winter's 0.152
        # of stature, the stature read from the eyes and ankles (eyes 0.897 of stature above
        # the ankles), which the engine uses to undo the foreshortening.
        pts[f"{s}-ankle"] = A
        pts[f"{s}-eye"] = (sg * 3.2, A[1] + 0.897 * STATURE)
        foot = 0.152 * STATURE
        pts[f"{s}-foot-index"] = (heel[0] + sg * foot * math.sin(rad(flare[i])),
                                  heel[1] - foot * math.cos(rad(flare[i])) * math.sin(rad(PITCH)))
        values[f"{s}-q-angle"] = q[i]; values[f"{s}-frontal-knee-angle"] = knee[i]; values[f"{s}-foot-flare"] = flare[i]
    d = lambda a, b: math.hypot(a[0] - b[0], a[1] - b[1])
    m, n = d(pts["left-asis"], pts["left-medial-malleolus"]), d(pts["right-asis"], pts["right-medial-malleolus"])
    L, R = pts["left-tibial-tuberosity"], pts["right-tibial-tuberosity"]
    values["tibial-tuberosity-alignment"] = deg(math.atan2(L[1] - R[1], abs(L[0] - R[0])))
    values["lower-limb-length-asymmetry"] = (m - n) / ((m + n) / 2) * 100
    needs = {k: [] for k in values}
    return "anterior", pts, values, needs, None

def posterior(shoulders=0.0, scap=(9.0, 8.0), hind=(5.0, 5.0)):
    pts = {"left-acromion": (18 * math.cos(rad(shoulders)), 140 + 18 * math.sin(rad(shoulders))),
           "right-acromion": (-18 * math.cos(rad(shoulders)), 140 - 18 * math.sin(rad(shoulders))),
           "t3": (0.0, 130.0), "left-inferior-scapular-angle": (scap[0], 115.0),
           "right-inferior-scapular-angle": (-scap[1], 115.0)}
    values = {"shoulder-height-asymmetry": shoulders,
              "scapular-asymmetry-index": (scap[0] - scap[1]) / ((scap[0] + scap[1]) / 2) * 100}
    for i, s in enumerate(["left", "right"]):
        sg = 1 if s == "left" else -1
        pts[f"{s}-mid-calf"] = (sg * 10.0, 30.0); pts[f"{s}-achilles"] = (sg * 10.0, 10.0)
        pts[f"{s}-calcaneus"] = (sg * 10.0 + sg * 5 * math.sin(rad(hind[i])), 10.0 - 5 * math.cos(rad(hind[i])))
        values[f"{s}-hindfoot-angle"] = hind[i]
    return "posterior", pts, values, {}, None

def view_json(view, pts, source="manual", extra=None):
    lms = []
    for k, (X, Y) in pts.items():
        x, y = px(view, X, Y)
        lm = {"id": k, "x": x, "y": y, "source": source}
        if extra:
            lm.update(extra)
        lms.append(lm)
    return {"view": view, "image": {"width": W, "height": H}, "landmarks": lms}

# The catalogue's non-proxy measurements per view, in catalogue order, with their landmarks.
CAT = json.load(open(os.path.join(os.path.dirname(__file__), "../../../main/resources/kb/measurements.json")))

def resolve(landmark, view):
    near = {"left-lateral": "left", "right-lateral": "right"}.get(view)
    return landmark.replace("{near}", near) if landmark.startswith("{near}") else landmark

def measurements(view, pts, values, source):
    out = []
    for m in CAT:
        if view not in m["views"] or (m.get("proxy") and source == "manual"):
            continue
        needed = [resolve(l, view) for l in m["landmarks"]]
        missing = [l for l in needed if l not in pts]
        if missing:
            out.append({"id": m["id"], "view": view, "status": "gap", "missing": missing})
        else:
            out.append({"id": m["id"], "view": view, "value": round(values[m["id"]], 2), "unit": m["unit"], "status": "measured"})
    return out

def case(name, views, findings):
    os.makedirs(name, exist_ok=True)
    files, meas = [], []
    for v in views:
        view, pts, values, _, _ = v[:5]
        source = v[5] if len(v) > 5 else "manual"
        extra = {"confidence": 0.9} if source != "manual" else None
        files.append(view_json(view, pts, source, extra))
        meas += measurements(view, pts, values, source)
    json.dump({"views": files}, open(f"{name}/landmarks.json", "w"), indent=1)
    json.dump({"measurements": meas, "findings": findings}, open(f"{name}/expected.json", "w"), indent=1)

def f(id, sev, because, side=None):
    d = {"id": id, "severity": sev}
    if side:
        d["side"] = side
    d["because"] = because
    return d

def proxy_lateral(view, near, ear_angle, knee_offset):
    sh = (0.0, 140.0); ear = (sh[0] + 15 * math.cos(rad(ear_angle)), sh[1] + 15 * math.sin(rad(ear_angle)))
    hip = (0.0, 90.0); ankle = (0.0, 8.0); knee = (knee_offset, 50.0)
    pts = {f"{near}-shoulder": sh, f"{near}-ear": ear, f"{near}-hip": hip, f"{near}-knee": knee, f"{near}-ankle": ankle}
    values = {"ear-shoulder-angle-proxy": ear_angle, "knee-flexion-angle-proxy": turning(hip, knee, ankle, +1)}
    return view, pts, values, {}, None, "blazepose-full"

HEAD_ONLY = ["c7", "left-tragus", "left-asis", "left-psis"]
# Cut-offs (kb/measurements.json): CVA < 48 - MDC 1.7 (moderate < 45.5, marked < 43.9); ASIS-PSIS tilt
# > 23 + 2.7 (moderate > 28, marked > 33) or < 0 - 2.7 (moderate < -5, marked < -10); knee extension
# past 5 + 2.7 deg; Q angle > 20 + 2.7; foot flare > 13 + 2.7 (moderate > 15.8, marked > 18.6); head
# tilt |x| > 6.4 + 2.7 (moderate > 9.6, marked > 12.8); acromion line |x| > 7.3 + 2.7 (moderate > 10.5,
# marked > 13.7). Plumb-line angles, trunk alignment, pelvic obliquity, trunk shift and the frontal
# knee angle have no published norm: never a finding on their own.
case("acceptance-forward-head-anterior-tilt",
     [lateral("left-lateral", "left", 40, 30, only=HEAD_ONLY)],
     [f("forward-head-posture", "marked", ["craniovertebral-angle"]),
      f("anterior-pelvic-tilt", "moderate", ["sagittal-pelvic-tilt"]),
      f("kendall-kyphotic-lordotic", "moderate", ["forward-head-posture", "anterior-pelvic-tilt", "craniovertebral-angle", "sagittal-pelvic-tilt"]),
      f("lower-crossed-syndrome", "moderate", ["anterior-pelvic-tilt", "sagittal-pelvic-tilt"])])
case("acceptance-upright", [lateral("left-lateral", "left", 55, 8, only=HEAD_ONLY)], [])
KI = ["craniovertebral-angle", "sagittal-pelvic-tilt", "knee-flexion-angle"]
case("kendall-ideal", [lateral("right-lateral", "right", 52, 10)], [f("kendall-ideal", "mild", KI)])
case("kendall-lordotic", [lateral("right-lateral", "right", 52, 30)],
     [f("anterior-pelvic-tilt", "moderate", ["sagittal-pelvic-tilt"]),
      f("kendall-lordotic", "moderate", ["anterior-pelvic-tilt", "sagittal-pelvic-tilt", "craniovertebral-angle"]),
      f("lower-crossed-syndrome", "moderate", ["anterior-pelvic-tilt", "sagittal-pelvic-tilt"])])
case("kendall-flat-back", [lateral("left-lateral", "left", 52, -8)],
     [f("posterior-pelvic-tilt", "moderate", ["sagittal-pelvic-tilt"]),
      f("kendall-flat-back", "moderate", ["posterior-pelvic-tilt", "sagittal-pelvic-tilt", "hip-plumb-angle"])])
case("kendall-sway-back", [lateral("right-lateral", "right", 52, -8, ear=0, acr=0, gt=5, knee=0)],
     [f("posterior-pelvic-tilt", "moderate", ["sagittal-pelvic-tilt"]),
      f("knee-hyperextension", "mild", ["knee-flexion-angle"], "right"),
      f("load-joints-out-of-line", "mild", ["posterior-pelvic-tilt", "knee-hyperextension", "sagittal-pelvic-tilt", "knee-flexion-angle", "hip-plumb-angle"]),
      f("kendall-sway-back", "moderate", ["posterior-pelvic-tilt", "hip-plumb-angle", "sagittal-pelvic-tilt"])])
case("upper-crossed-egoscue-3", [lateral("left-lateral", "left", 42, -8, ear=8, acr=6, gt=0, knee=4)],
     [f("forward-head-posture", "marked", ["craniovertebral-angle"]),
      f("posterior-pelvic-tilt", "moderate", ["sagittal-pelvic-tilt"]),
      f("load-joints-out-of-line", "moderate", ["forward-head-posture", "posterior-pelvic-tilt", "craniovertebral-angle", "sagittal-pelvic-tilt", "ear-plumb-angle", "body-vertical-alignment", "knee-plumb-angle"]),
      f("kendall-flat-back", "moderate", ["posterior-pelvic-tilt", "sagittal-pelvic-tilt", "hip-plumb-angle"]),
      f("upper-crossed-syndrome", "marked", ["forward-head-posture", "craniovertebral-angle", "trunk-vertical-alignment"]),
      f("egoscue-condition-3", "moderate", ["posterior-pelvic-tilt", "forward-head-posture", "sagittal-pelvic-tilt", "craniovertebral-angle", "trunk-vertical-alignment"])])
ant1 = frontal_anterior(flare=(25.0, 25.0))
ant1_pts = {k: v for k, v in ant1[1].items() if k.endswith(("heel", "foot-index", "-eye", "-ankle"))}
case("egoscue-condition-1",
     [("anterior", ant1_pts, ant1[2], {}, None), lateral("left-lateral", "left", 44, 30, only=HEAD_ONLY)],
     [f("forward-head-posture", "moderate", ["craniovertebral-angle"]),
      f("anterior-pelvic-tilt", "moderate", ["sagittal-pelvic-tilt"]),
      f("foot-flare", "marked", ["left-foot-flare"], "left"),
      f("foot-flare", "marked", ["right-foot-flare"], "right"),
      f("kendall-kyphotic-lordotic", "moderate", ["forward-head-posture", "anterior-pelvic-tilt", "craniovertebral-angle", "sagittal-pelvic-tilt"]),
      f("lower-crossed-syndrome", "moderate", ["anterior-pelvic-tilt", "sagittal-pelvic-tilt"]),
      f("egoscue-condition-1", "moderate", ["anterior-pelvic-tilt", "forward-head-posture", "foot-flare", "sagittal-pelvic-tilt", "craniovertebral-angle", "left-foot-flare", "right-foot-flare"])])
case("anterior-asymmetries-egoscue-2",
     [frontal_anterior(head=12.0, shoulders=12.0, pelvis=-4.0, shift=4.0, q=(25.0, 15.0), knee=(3.0, -6.0), flare=(19.0, 8.0))],
     [f("elevated-shoulder", "moderate", ["shoulder-height-asymmetry"], "left"),
      f("lateral-head-tilt", "moderate", ["head-tilt"], "right"),
      f("knee-valgus", "mild", ["left-q-angle"], "left"),
       f("foot-flare", "marked", ["left-foot-flare"], "left"),
       f("egoscue-condition-2", "moderate", ["elevated-shoulder", "lateral-head-tilt", "shoulder-height-asymmetry", "head-tilt"])])
case("small-asymmetries-no-condition-2",
     [frontal_anterior(head=4.0, shoulders=5.0, pelvis=-4.0, shift=4.0)], [])
case("posterior-view", [posterior(shoulders=-3.5, scap=(9.0, 8.0), hind=(6.0, -4.0))], [])
case("gaps-only-c7", [lateral("right-lateral", "right", 52, 10, only=["c7"])], [])
case("pose-model-proxies", [proxy_lateral("right-lateral", "right", 35.0, 3.0)], [])
