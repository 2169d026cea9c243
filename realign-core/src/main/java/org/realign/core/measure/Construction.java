package org.realign.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.landmark.View;

/**
 * How a measurement is drawn on its photo: the lines that define it, the reference
 * (horizontal, vertical or plumb) it is taken against, and the arc of the angle. Each
 * formula in {@link Formulas} is registered together with its construction, so that what
 * is drawn is what is computed.
 * <p>
 * A construction names a {@link Kind} and which of the definition's landmarks (by index
 * in the definition's landmark list) play which role. {@link #figure} turns landmark
 * positions into lines and an arc, in image pixels; the browser's landmark editor draws
 * the same figures from the same description while a point is dragged.
 *
 * @param kind the shape of the construction
 * @param order indices into the definition's landmarks, in the order the kind takes its
 * roles
 */
public record Construction(Kind kind, List<Integer> order) {

	public Construction {
		Objects.requireNonNull(kind, "kind");
		order = List.copyOf(order);
		if (order.size() != kind.roles) {
			throw new IllegalArgumentException(kind.id + " takes " + kind.roles + " points, not " + order.size());
		}
	}

	static Construction of(Kind kind, Integer... order) {
		return new Construction(kind, List.of(order));
	}

	/** The construction of a catalogued measurement, if its formula has one. */
	public static Optional<Construction> forMeasurement(String definitionId) {
		return Formulas.construction(definitionId);
	}

	/** The shapes of construction. */
	public enum Kind {

		/**
		 * Points {@code from, to}: the line from one to the other and the horizontal
		 * through {@code from} pointing the way the person faces (craniovertebral angle,
		 * pelvic tilt).
		 */
		ELEVATION("elevation", 2),
		/**
		 * Points {@code base, top}: the line and the upward vertical through {@code base}
		 * (SAPO's vertical alignments; the plumb line through the malleolus).
		 */
		FROM_UPWARD_VERTICAL("from-upward-vertical", 2),
		/** Points {@code top, below}: the line and the downward vertical through top. */
		FROM_DOWNWARD_VERTICAL("from-downward-vertical", 2),
		/** Points {@code a, vertex, b}: the two arms of the internal angle. */
		INTERNAL_ANGLE("internal-angle", 3),
		/**
		 * Points {@code proximal, vertex, distal}: the chain, the straight line from
		 * proximal to distal, and the angle between the chain's first arm produced beyond
		 * the vertex and its second arm.
		 */
		BEND("bend", 3),
		/**
		 * As {@link #BEND}, with the distal point the mid-point of the last two points
		 * (the two malleoli).
		 */
		BEND_TO_MIDPOINT("bend-to-midpoint", 4),
		/**
		 * Points {@code left, right}: the line between the person's two points and the
		 * horizontal through the right one (asymmetry lines).
		 */
		LEVEL("level", 2),
		/** Two {@link #LEVEL} lines: shoulders, then pelvis. */
		TWO_LEVELS("two-levels", 4),
		/**
		 * Shoulder pair then pelvis pair: the line from the pelvis mid-point to the
		 * shoulder mid-point and the vertical through the pelvis mid-point.
		 */
		TRUNK_SHIFT("trunk-shift", 4),
		/** Two pairs: the two distances compared (limb lengths). */
		TWO_DISTANCES("two-distances", 4),
		/**
		 * Points {@code spine, left, right}: the vertical through the spine point and the
		 * horizontal distance of each point from it.
		 */
		HORIZONTAL_DISTANCES("horizontal-distances", 3),
		/** Points {@code heel, toe}: the foot line and the downward vertical. */
		FOOT_FLARE("foot-flare", 2);

		private final String id;

		private final int roles;

		Kind(String id, int roles) {
			this.id = id;
			this.roles = roles;
		}

		public String id() {
			return this.id;
		}

		/** How many points it takes. */
		public int roles() {
			return this.roles;
		}

	}

	/** A point in image pixels, y pointing down. */
	public record Point(double x, double y) {

		static Point midpoint(Point a, Point b) {
			return new Point((a.x + b.x) / 2, (a.y + b.y) / 2);
		}

		double distanceTo(Point other) {
			return Math.hypot(this.x - other.x, this.y - other.y);
		}

		Point plus(double dx, double dy) {
			return new Point(this.x + dx, this.y + dy);
		}

	}

	/**
	 * A straight line of the figure.
	 *
	 * @param from one end
	 * @param to the other end
	 * @param reference true for the reference the angle is taken against (horizontal,
	 * vertical, plumb line, the straight line of a chain), drawn dashed
	 */
	public record Line(Point from, Point to, boolean reference) {
	}

	/**
	 * The arc of an angle at {@code centre}, from the direction of {@code start} to the
	 * direction of {@code end}, the short way round.
	 *
	 * @param centre the vertex
	 * @param start a point on the first arm
	 * @param end a point on the second arm
	 * @param radius in pixels
	 */
	public record Arc(Point centre, Point start, Point end, double radius) {

		/**
		 * The arc as a polyline of {@code segments + 1} points, the short way round.
		 */
		public List<Point> polyline(int segments) {
			double a = Math.atan2(this.start.y() - this.centre.y(), this.start.x() - this.centre.x());
			double b = Math.atan2(this.end.y() - this.centre.y(), this.end.x() - this.centre.x());
			double sweep = b - a;
			while (sweep > Math.PI) {
				sweep -= 2 * Math.PI;
			}
			while (sweep < -Math.PI) {
				sweep += 2 * Math.PI;
			}
			List<Point> points = new ArrayList<>();
			for (int i = 0; i <= segments; i++) {
				double t = a + sweep * i / segments;
				points.add(new Point(this.centre.x() + this.radius * Math.cos(t),
						this.centre.y() + this.radius * Math.sin(t)));
			}
			return points;
		}

		/** The angle the arc spans, 0 to 180 degrees. */
		public double degrees() {
			double ax = this.start.x() - this.centre.x();
			double ay = this.start.y() - this.centre.y();
			double bx = this.end.x() - this.centre.x();
			double by = this.end.y() - this.centre.y();
			return Math.toDegrees(Math.atan2(Math.abs(ax * by - ay * bx), ax * bx + ay * by));
		}

	}

	/**
	 * The figure to draw.
	 *
	 * @param lines the lines, measured and reference
	 * @param arc the angle's arc, when the measurement is one angle
	 * @param label where the value goes: for an angle the middle of its arc (the value
	 * goes beyond it, away from the vertex), otherwise the point to centre it on
	 */
	public record Figure(List<Line> lines, Optional<Arc> arc, Point label) {

		public Figure {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * The figure for the given landmark positions, which are the definition's landmarks
	 * in definition order (as {@link MeasurementDefinition#landmarksFor} resolves them).
	 */
	public Figure figure(View view, List<Point> landmarks) {
		List<Point> p = this.order.stream().map(landmarks::get).toList();
		return switch (this.kind) {
			case ELEVATION -> {
				double length = p.get(0).distanceTo(p.get(1));
				Point horizontal = p.get(0).plus(Formulas.forward(view) * length, 0);
				yield angle(p.get(0), p.get(1), horizontal, List.of());
			}
			case FROM_UPWARD_VERTICAL -> {
				Point vertical = p.get(0).plus(0, -p.get(0).distanceTo(p.get(1)));
				yield angle(p.get(0), p.get(1), vertical, List.of());
			}
			case FROM_DOWNWARD_VERTICAL -> {
				Point vertical = p.get(0).plus(0, p.get(0).distanceTo(p.get(1)));
				yield angle(p.get(0), p.get(1), vertical, List.of());
			}
			case FOOT_FLARE -> {
				Point vertical = p.get(0).plus(0, p.get(0).distanceTo(p.get(1)));
				yield angle(p.get(0), p.get(1), vertical, List.of());
			}
			case INTERNAL_ANGLE -> {
				List<Line> lines = List.of(new Line(p.get(1), p.get(0), false), new Line(p.get(1), p.get(2), false));
				Arc arc = arc(p.get(1), p.get(0), p.get(2));
				yield new Figure(lines, Optional.of(arc), labelAt(arc));
			}
			case BEND -> bend(p.get(0), p.get(1), p.get(2), List.of());
			case BEND_TO_MIDPOINT -> bend(p.get(0), p.get(1), Point.midpoint(p.get(2), p.get(3)),
					List.of(new Line(p.get(2), p.get(3), true)));
			case LEVEL -> level(p.get(0), p.get(1));
			case TWO_LEVELS -> {
				Figure shoulders = level(p.get(0), p.get(1));
				Figure pelvis = level(p.get(2), p.get(3));
				List<Line> lines = new ArrayList<>(shoulders.lines());
				lines.addAll(pelvis.lines());
				yield new Figure(lines, Optional.empty(), Point.midpoint(p.get(0), p.get(1)).plus(0, -labelGap(p)));
			}
			case TRUNK_SHIFT -> {
				Point shoulders = Point.midpoint(p.get(0), p.get(1));
				Point pelvis = Point.midpoint(p.get(2), p.get(3));
				Point vertical = pelvis.plus(0, -pelvis.distanceTo(shoulders));
				yield angle(pelvis, shoulders, vertical,
						List.of(new Line(p.get(0), p.get(1), false), new Line(p.get(2), p.get(3), false)));
			}
			case TWO_DISTANCES -> new Figure(
					List.of(new Line(p.get(0), p.get(1), false), new Line(p.get(2), p.get(3), false)), Optional.empty(),
					Point.midpoint(Point.midpoint(p.get(0), p.get(1)), Point.midpoint(p.get(2), p.get(3))));
			case HORIZONTAL_DISTANCES -> {
				double bottom = Math.max(p.get(1).y(), p.get(2).y());
				List<Line> lines = List.of(new Line(p.get(0), new Point(p.get(0).x(), bottom), true),
						new Line(p.get(1), new Point(p.get(0).x(), p.get(1).y()), false),
						new Line(p.get(2), new Point(p.get(0).x(), p.get(2).y()), false));
				yield new Figure(lines, Optional.empty(), new Point(p.get(0).x(), bottom + labelGap(p)));
			}
		};
	}

	/** The measured arm from the vertex to {@code arm}, the reference to {@code ref}. */
	private static Figure angle(Point vertex, Point arm, Point ref, List<Line> extra) {
		List<Line> lines = new ArrayList<>(extra);
		lines.add(new Line(vertex, ref, true));
		lines.add(new Line(vertex, arm, false));
		Arc arc = arc(vertex, arm, ref);
		return new Figure(lines, Optional.of(arc), labelAt(arc));
	}

	private static Figure bend(Point proximal, Point vertex, Point distal, List<Line> extra) {
		List<Line> lines = new ArrayList<>(extra);
		lines.add(new Line(proximal, distal, true));
		lines.add(new Line(proximal, vertex, false));
		lines.add(new Line(vertex, distal, false));
		double length = vertex.distanceTo(distal);
		double first = proximal.distanceTo(vertex);
		Point produced = (first == 0) ? vertex : vertex.plus((vertex.x() - proximal.x()) / first * length,
				(vertex.y() - proximal.y()) / first * length);
		lines.add(new Line(vertex, produced, true));
		Arc arc = arc(vertex, produced, distal);
		return new Figure(lines, Optional.of(arc), labelAt(arc));
	}

	private static Figure level(Point left, Point right) {
		Point horizontal = new Point(left.x(), right.y());
		Arc arc = arc(right, horizontal, left);
		return new Figure(List.of(new Line(right, horizontal, true), new Line(right, left, false)), Optional.of(arc),
				labelAt(arc));
	}

	/**
	 * An arc half the shorter arm long, at most 120 px: wide enough that the value fits
	 * between the arms just outside it.
	 */
	private static Arc arc(Point centre, Point a, Point b) {
		double radius = Math.min(120, Math.min(centre.distanceTo(a), centre.distanceTo(b)) / 2);
		return new Arc(centre, a, b, Math.max(radius, 8));
	}

	/**
	 * The middle of the arc. A renderer sets the value beyond it, on the line from the
	 * vertex through it, as far out as its text needs.
	 */
	private static Point labelAt(Arc arc) {
		return arc.polyline(2).get(1);
	}

	private static double labelGap(List<Point> p) {
		return 30;
	}

}
