package org.realign.core.feedback.progress;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One posture measurement value, as the measurement engine supplies it.
 *
 * @param measurementId e.g. {@code pelvic-tilt-sagittal}
 * @param date the assessment day
 * @param value the value in {@code unit}
 * @param unit UCUM unit, e.g. {@code deg}
 * @param mdc the minimal detectable change of the measurement, in {@code unit}, supplied
 * by the caller
 * @param readingError this reading's own 95% error for telling change, in {@code unit}:
 * never less than the measurement's test-retest share per reading (the MDC over the
 * square root of 2), wider for a reading from estimated points; empty when unknown, and a
 * change is then judged against {@code mdc} alone
 */
public record MeasurementPoint(String measurementId, LocalDate date, double value, String unit, double mdc,
		OptionalDouble readingError) {

	/**
	 * A point whose reading brings no error of its own: change is judged against the MDC.
	 */
	public MeasurementPoint(String measurementId, LocalDate date, double value, String unit, double mdc) {
		this(measurementId, date, value, unit, mdc, OptionalDouble.empty());
	}

	public MeasurementPoint {
		Objects.requireNonNull(measurementId, "measurementId");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(unit, "unit");
		if (mdc < 0) {
			throw new IllegalArgumentException("mdc must not be negative: " + mdc);
		}
		Objects.requireNonNull(readingError, "readingError");
		if (readingError.isPresent() && !(readingError.getAsDouble() >= 0)) {
			throw new IllegalArgumentException("readingError must not be negative: " + readingError.getAsDouble());
		}
	}

}
