package org.realign.core.feedback.progress;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One posture measurement value, as the measurement engine supplies it.
 *
 * @param measurementId e.g. {@code pelvic-tilt-sagittal}
 * @param date the assessment day
 * @param value the value in {@code unit}
 * @param unit UCUM unit, e.g. {@code deg}
 * @param mdc the minimal detectable change of the measurement, in {@code unit}, supplied
 * by the caller
 */
public record MeasurementPoint(String measurementId, LocalDate date, double value, String unit, double mdc) {

	public MeasurementPoint {
		Objects.requireNonNull(measurementId, "measurementId");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(unit, "unit");
		if (mdc < 0) {
			throw new IllegalArgumentException("mdc must not be negative: " + mdc);
		}
	}

}
