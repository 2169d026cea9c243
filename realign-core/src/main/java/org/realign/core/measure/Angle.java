package org.realign.core.measure;

/**
 * A plane angle in degrees. Formulas work in this type rather than bare doubles so that a
 * radian never leaks into a report.
 *
 * @param degrees the angle in degrees
 */
public record Angle(double degrees) implements Comparable<Angle> {

	/** UCUM code of the unit every angle is reported in. */
	public static final String UNIT = "deg";

	public static Angle ofDegrees(double degrees) {
		return new Angle(degrees);
	}

	public static Angle ofRadians(double radians) {
		return new Angle(Math.toDegrees(radians));
	}

	/**
	 * The direction of the vector (dx, dy) measured from the positive x axis, counter to
	 * the image's y-down axis so that "up" is positive: {@code atan2(up, along)}.
	 */
	static Angle ofVector(double along, double up) {
		return ofRadians(Math.atan2(up, along));
	}

	public double radians() {
		return Math.toRadians(this.degrees);
	}

	public Angle minus(Angle other) {
		return new Angle(this.degrees - other.degrees);
	}

	public Angle negate() {
		return new Angle(-this.degrees);
	}

	public Angle abs() {
		return new Angle(Math.abs(this.degrees));
	}

	@Override
	public int compareTo(Angle other) {
		return Double.compare(this.degrees, other.degrees);
	}

	@Override
	public String toString() {
		return this.degrees + "°";
	}

}
