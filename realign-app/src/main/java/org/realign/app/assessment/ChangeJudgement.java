package org.realign.app.assessment;

import java.util.Optional;
import java.util.OptionalDouble;

import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition.MeasurementError;

/**
 * Whether one measurement changed between two assessments by more than the measurement's
 * error: the one test behind the comparison page's verdict and the client report's "What
 * changed".
 * <p>
 * Each reading brings its 95% error: its own stated error when it has one (estimated
 * points carry their placement error), but never less than the definition's test-retest
 * error per reading (the minimal detectable change divided by the square root of 2, which
 * for an SEM is 1.96 x SEM [Weir 2005]). The two combine in quadrature, so two readings
 * with only the definition's error give exactly its minimal detectable change, and an
 * estimated reading widens the bar. A reading with neither (a mean absolute error against
 * a reference, or no published error) cannot be judged.
 */
final class ChangeJudgement {

	private ChangeJudgement() {
	}

	/**
	 * The smallest change between the two readings that is beyond their error.
	 * @param before the earlier reading
	 * @param after the later reading
	 * @param error the measurement definition's error
	 * @return the bar a change must pass; empty when either reading's error is unknown
	 */
	static OptionalDouble threshold(Measurement.Measured before, Measurement.Measured after, MeasurementError error) {
		OptionalDouble a = perReading(before, error);
		OptionalDouble b = perReading(after, error);
		if (a.isEmpty() || b.isEmpty()) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(Math.hypot(a.getAsDouble(), b.getAsDouble()));
	}

	/**
	 * Whether the change from {@code before} to {@code after} is beyond the error.
	 * @return empty when it cannot be told
	 */
	static Optional<Boolean> beyondError(Measurement.Measured before, Measurement.Measured after,
			MeasurementError error) {
		OptionalDouble bar = threshold(before, after, error);
		if (bar.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(MeasurementError.changeExceeds(after.value() - before.value(), bar.getAsDouble()));
	}

	private static OptionalDouble perReading(Measurement.Measured reading, MeasurementError error) {
		OptionalDouble mdc = error.minimalDetectableChange();
		if (mdc.isEmpty()) {
			return reading.error();
		}
		double definition = mdc.getAsDouble() / Math.sqrt(2);
		return OptionalDouble.of(Math.max(definition, reading.error().orElse(0)));
	}

}
