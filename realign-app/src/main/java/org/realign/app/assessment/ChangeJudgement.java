package org.realign.app.assessment;

import java.util.OptionalDouble;

import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition.ReferenceRange;
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

	/** Where a change took a reading relative to the published usual range. */
	enum Direction {

		/** Nearer the range, or into it. */
		CLOSER,
		/** Further from the range, or out of it. */
		FURTHER,
		/** Within the range before and after. */
		WITHIN,
		/** No published range, or the same distance from it. */
		UNSAID

	}

	/**
	 * Whether the later reading is nearer the published usual range than the earlier one:
	 * what a change means to a client, said only where a range is published.
	 */
	static Direction direction(double before, double after, ReferenceRange usual) {
		if (!usual.published() || (usual.low().isEmpty() && usual.high().isEmpty())) {
			return Direction.UNSAID;
		}
		double from = outside(before, usual);
		double to = outside(after, usual);
		if (from == 0 && to == 0) {
			return Direction.WITHIN;
		}
		return (to < from) ? Direction.CLOSER : (to > from) ? Direction.FURTHER : Direction.UNSAID;
	}

	/** How far a value lies outside the range; 0 inside it. */
	private static double outside(double value, ReferenceRange usual) {
		double below = usual.low().isPresent() ? Math.max(0, usual.low().getAsDouble() - value) : 0;
		double above = usual.high().isPresent() ? Math.max(0, value - usual.high().getAsDouble()) : 0;
		return below + above;
	}

	/**
	 * One reading's 95% error for telling change: its own stated error, never less than
	 * the definition's test-retest share per reading; empty when neither is known.
	 */
	static OptionalDouble perReading(Measurement.Measured reading, MeasurementError error) {
		OptionalDouble mdc = error.minimalDetectableChange();
		if (mdc.isEmpty()) {
			return reading.error();
		}
		double definition = mdc.getAsDouble() / Math.sqrt(2);
		return OptionalDouble.of(Math.max(definition, reading.error().orElse(0)));
	}

}
