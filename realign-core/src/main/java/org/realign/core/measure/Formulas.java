package org.realign.core.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;

import static org.realign.core.measure.Construction.Kind.BEND;
import static org.realign.core.measure.Construction.Kind.BEND_TO_MIDPOINT;
import static org.realign.core.measure.Construction.Kind.ELEVATION;
import static org.realign.core.measure.Construction.Kind.FOOT_FLARE;
import static org.realign.core.measure.Construction.Kind.FROM_DOWNWARD_VERTICAL;
import static org.realign.core.measure.Construction.Kind.FROM_UPWARD_VERTICAL;
import static org.realign.core.measure.Construction.Kind.HORIZONTAL_DISTANCES;
import static org.realign.core.measure.Construction.Kind.INTERNAL_ANGLE;
import static org.realign.core.measure.Construction.Kind.LEVEL;
import static org.realign.core.measure.Construction.Kind.TRUNK_SHIFT;
import static org.realign.core.measure.Construction.Kind.TWO_DISTANCES;
import static org.realign.core.measure.Construction.Kind.TWO_LEVELS;
import static org.realign.core.measure.Construction.of;

/**
 * The measurement formulas, by definition id. Each takes the definition's landmarks in
 * the order {@code kb/measurements.json} lists them.
 * <p>
 * Image coordinates have y pointing down, so "up" is {@code -dy}. Sagittal formulas work
 * in the person's frame: {@code forward} is +1 when the person faces the image's right
 * edge (right-lateral) and -1 when they face the left edge (left-lateral), which makes a
 * left-lateral photo and its mirror image, read as right-lateral, give the same values.
 * Frontal formulas use the person's left, which is the image's right in an anterior view
 * and the image's left in a posterior view.
 * <p>
 * Conventions follow SAPO [1]: angles in degrees, the internal (smaller) angle at a
 * vertex, and the asymmetry index IA(m;n) = (m - n) / ((m + n) / 2) x 100. The
 * craniovertebral angle follows the photogrammetric definition used by Lau et al. [2];
 * sagittal pelvic tilt is the ASIS-PSIS line against the horizontal as in Herrington [3].
 * <p>
 * [1] Duarte M. et al., Documentação sobre o SAPO, 2005. [2] Lau K.T. et al., Man Ther
 * 2009;14:363. [3] Herrington L., Man Ther 2011;16:646.
 */
final class Formulas {

	/** A point in image pixels. */
	record Point(double x, double y) {

		static Point midpoint(Point a, Point b) {
			return new Point((a.x + b.x) / 2, (a.y + b.y) / 2);
		}

		double distanceTo(Point other) {
			return Math.hypot(this.x - other.x, this.y - other.y);
		}

	}

	@FunctionalInterface
	interface Formula {

		double compute(View view, List<Point> p);

	}

	private static final Map<String, Formula> FORMULAS = new HashMap<>();

	private static final Map<String, Construction> CONSTRUCTIONS = new HashMap<>();

	static {
		// Lateral views.
		put("craniovertebral-angle", of(ELEVATION, 0, 1), (v, p) -> elevation(v, p.get(0), p.get(1)));
		put("sagittal-pelvic-tilt", of(ELEVATION, 1, 0), (v, p) -> -elevation(v, p.get(1), p.get(0)));
		put("shoulder-protraction-angle", of(FROM_DOWNWARD_VERTICAL, 0, 1),
				(v, p) -> fromDownwardVertical(v, p.get(0), p.get(1)));
		put("head-vertical-alignment", of(FROM_UPWARD_VERTICAL, 0, 1),
				(v, p) -> fromUpwardVertical(v, p.get(0), p.get(1)));
		put("trunk-vertical-alignment", of(FROM_UPWARD_VERTICAL, 0, 1),
				(v, p) -> fromUpwardVertical(v, p.get(0), p.get(1)));
		put("body-vertical-alignment", of(FROM_UPWARD_VERTICAL, 0, 1),
				(v, p) -> fromUpwardVertical(v, p.get(0), p.get(1)));
		put("hip-angle", of(INTERNAL_ANGLE, 0, 1, 2), (v, p) -> internalAngle(p.get(0), p.get(1), p.get(2)));
		put("knee-flexion-angle", of(BEND, 0, 1, 2), (v, p) -> bendTowards(forward(v), p.get(0), p.get(1), p.get(2)));
		put("ankle-angle", of(ELEVATION, 1, 0), (v, p) -> ankleAngle(v, p.get(0), p.get(1)));
		put("ear-plumb-angle", of(FROM_UPWARD_VERTICAL, 0, 1), (v, p) -> fromUpwardVertical(v, p.get(0), p.get(1)));
		put("hip-plumb-angle", of(FROM_UPWARD_VERTICAL, 0, 1), (v, p) -> fromUpwardVertical(v, p.get(0), p.get(1)));
		put("knee-plumb-angle", of(FROM_UPWARD_VERTICAL, 0, 1), (v, p) -> fromUpwardVertical(v, p.get(0), p.get(1)));
		put("ear-shoulder-angle-proxy", of(ELEVATION, 0, 1), (v, p) -> elevation(v, p.get(0), p.get(1)));
		put("knee-flexion-angle-proxy", of(BEND, 0, 1, 2),
				(v, p) -> bendTowards(forward(v), p.get(0), p.get(1), p.get(2)));
		// Frontal views.
		put("head-tilt", of(LEVEL, 0, 1), (v, p) -> level(p.get(0), p.get(1)));
		put("shoulder-height-asymmetry", of(LEVEL, 0, 1), (v, p) -> level(p.get(0), p.get(1)));
		put("pelvic-obliquity", of(LEVEL, 0, 1), (v, p) -> level(p.get(0), p.get(1)));
		put("shoulder-pelvis-angle", of(TWO_LEVELS, 0, 1, 2, 3),
				(v, p) -> level(p.get(0), p.get(1)) - level(p.get(2), p.get(3)));
		put("tibial-tuberosity-alignment", of(LEVEL, 0, 1), (v, p) -> level(p.get(0), p.get(1)));
		put("lateral-trunk-shift", of(TRUNK_SHIFT, 0, 1, 2, 3), (v, p) -> trunkShift(v, p));
		put("lower-limb-length-asymmetry", of(TWO_DISTANCES, 0, 1, 2, 3),
				(v, p) -> asymmetryIndex(p.get(0).distanceTo(p.get(1)), p.get(2).distanceTo(p.get(3))));
		put("scapular-asymmetry-index", of(HORIZONTAL_DISTANCES, 0, 1, 2),
				(v, p) -> asymmetryIndex(Math.abs(p.get(1).x() - p.get(0).x()), Math.abs(p.get(2).x() - p.get(0).x())));
		put("shoulder-height-asymmetry-proxy", of(LEVEL, 0, 1), (v, p) -> level(p.get(0), p.get(1)));
		put("hip-height-asymmetry-proxy", of(LEVEL, 0, 1), (v, p) -> level(p.get(0), p.get(1)));
		put("head-tilt-proxy", of(LEVEL, 0, 1), (v, p) -> level(p.get(0), p.get(1)));
		for (Side side : Side.values()) {
			String s = side.id();
			put(s + "-q-angle", of(BEND, 0, 1, 2),
					(v, p) -> bendTowards(-lateral(v, side), p.get(0), p.get(1), p.get(2)));
			put(s + "-frontal-knee-angle", of(BEND_TO_MIDPOINT, 0, 1, 2, 3),
					(v, p) -> bendTowards(-lateral(v, side), p.get(0), p.get(1), Point.midpoint(p.get(2), p.get(3))));
			put(s + "-foot-flare", of(FOOT_FLARE, 0, 1), (v, p) -> footFlare(v, side, p.get(0), p.get(1)));
			put(s + "-hindfoot-angle", of(BEND, 0, 1, 2),
					(v, p) -> bendTowards(-lateral(v, side), p.get(0), p.get(1), p.get(2)));
			put(s + "-frontal-knee-angle-proxy", of(BEND, 0, 1, 2),
					(v, p) -> bendTowards(-lateral(v, side), p.get(0), p.get(1), p.get(2)));
		}
	}

	/**
	 * Registers a formula with the construction that draws it, so that no formula goes
	 * without its drawing.
	 */
	private static void put(String id, Construction construction, Formula formula) {
		FORMULAS.put(id, formula);
		CONSTRUCTIONS.put(id, construction);
	}

	static Optional<Construction> construction(String id) {
		return Optional.ofNullable(CONSTRUCTIONS.get(id));
	}

	private Formulas() {
	}

	static boolean has(String id) {
		return FORMULAS.containsKey(id);
	}

	static double compute(String id, View view, List<Point> points) {
		Formula formula = FORMULAS.get(id);
		if (formula == null) {
			throw new IllegalStateException("no formula for " + id);
		}
		return formula.compute(view, points);
	}

	/**
	 * +1 when the person faces the image's right edge, -1 when they face its left edge.
	 */
	static int forward(View view) {
		return switch (view) {
			case RIGHT_LATERAL -> 1;
			case LEFT_LATERAL -> -1;
			default -> throw new IllegalArgumentException(view.id() + " is not a lateral view");
		};
	}

	/** +1 when the person's left lies towards the image's right edge (anterior view). */
	static int leftward(View view) {
		return switch (view) {
			case ANTERIOR -> 1;
			case POSTERIOR -> -1;
			default -> throw new IllegalArgumentException(view.id() + " is not a frontal view");
		};
	}

	/** Image x direction pointing away from the midline for the given limb. */
	static int lateral(View view, Side side) {
		return (side == Side.LEFT) ? leftward(view) : -leftward(view);
	}

	/**
	 * The angle at {@code from} between the forward horizontal and the line to
	 * {@code to}, positive when {@code to} is higher. The craniovertebral angle is this
	 * angle from C7 to the tragus [2].
	 */
	static double elevation(View view, Point from, Point to) {
		return Angle.ofVector(forward(view) * (to.x() - from.x()), from.y() - to.y()).degrees();
	}

	/**
	 * The angle at {@code base} between the upward vertical and the line to {@code top},
	 * positive when {@code top} lies anterior (SAPO's vertical alignments [1]).
	 */
	static double fromUpwardVertical(View view, Point base, Point top) {
		return Angle.ofVector(base.y() - top.y(), forward(view) * (top.x() - base.x())).degrees();
	}

	/**
	 * The angle at {@code top} between the downward vertical and the line to
	 * {@code below}, positive when {@code below} lies anterior.
	 */
	static double fromDownwardVertical(View view, Point top, Point below) {
		return Angle.ofVector(below.y() - top.y(), forward(view) * (below.x() - top.x())).degrees();
	}

	/**
	 * SAPO's ankle angle [1]: at the lateral malleolus, between the forward horizontal
	 * and the line to the knee; 90 for a vertical shank, less when the shank leans
	 * forward.
	 */
	static double ankleAngle(View view, Point knee, Point malleolus) {
		return elevation(view, malleolus, knee);
	}

	/**
	 * The angle of the line from the person's right point to their left point against the
	 * horizontal, positive when the left point is higher. SAPO's horizontal alignments
	 * [1]. The same in anterior and posterior views, because it takes the horizontal
	 * distance unsigned.
	 */
	static double level(Point left, Point right) {
		return Angle.ofVector(Math.abs(left.x() - right.x()), right.y() - left.y()).degrees();
	}

	/** The internal angle at {@code vertex}, 0 to 180 (SAPO [1]). */
	static double internalAngle(Point a, Point vertex, Point b) {
		double ax = a.x() - vertex.x();
		double ay = a.y() - vertex.y();
		double bx = b.x() - vertex.x();
		double by = b.y() - vertex.y();
		return Angle.ofVector(ax * bx + ay * by, Math.abs(ax * by - ay * bx)).degrees();
	}

	/**
	 * How far the chain {@code proximal - vertex - distal} departs from a straight line:
	 * 180 minus the internal angle at the vertex, positive when the vertex lies on the
	 * side of the line from proximal to distal that {@code direction} (an image x sign)
	 * points to.
	 */
	static double bendTowards(int direction, Point proximal, Point vertex, Point distal) {
		double deviation = 180 - internalAngle(proximal, vertex, distal);
		double dy = distal.y() - proximal.y();
		double t = (dy == 0) ? 0.5 : (vertex.y() - proximal.y()) / dy;
		double lineX = proximal.x() + t * (distal.x() - proximal.x());
		double offset = direction * (vertex.x() - lineX);
		return (offset < 0) ? -deviation : deviation;
	}

	/**
	 * The angle of the line from the mid-point of the ASIS to the mid-point of the
	 * acromions against the vertical, positive when the shoulders lie to the person's
	 * left of the pelvis.
	 */
	static double trunkShift(View view, List<Point> p) {
		Point shoulders = Point.midpoint(p.get(0), p.get(1));
		Point pelvis = Point.midpoint(p.get(2), p.get(3));
		return Angle.ofVector(pelvis.y() - shoulders.y(), leftward(view) * (shoulders.x() - pelvis.x())).degrees();
	}

	/**
	 * In the anterior view, the angle between the image's downward vertical and the line
	 * from heel to toe, positive when the toes point away from the midline (toe-out).
	 */
	static double footFlare(View view, Side side, Point heel, Point toe) {
		return Angle.ofVector(toe.y() - heel.y(), lateral(view, side) * (toe.x() - heel.x())).degrees();
	}

	/** SAPO's asymmetry index [1], in percent: positive when {@code m} is larger. */
	static double asymmetryIndex(double m, double n) {
		double mean = (m + n) / 2;
		return (mean == 0) ? 0 : (m - n) / mean * 100;
	}

}
