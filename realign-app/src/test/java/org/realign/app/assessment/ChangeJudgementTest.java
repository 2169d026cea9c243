package org.realign.app.assessment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.Measurement.Basis;
import org.realign.core.measure.MeasurementDefinition.MeasurementError;
import org.realign.core.measure.MeasurementDefinition.ReferenceRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.realign.app.assessment.ChangeJudgement.Direction.CLOSER;
import static org.realign.app.assessment.ChangeJudgement.Direction.FURTHER;
import static org.realign.app.assessment.ChangeJudgement.Direction.UNSAID;
import static org.realign.app.assessment.ChangeJudgement.Direction.WITHIN;

class ChangeJudgementTest {

	private static final MeasurementError SEM = new MeasurementError(2.7, "SEM", "", List.of());

	private static final MeasurementError MDC = new MeasurementError(1.7, "MDC", "", List.of());

	private static final MeasurementError MAE = new MeasurementError(5.6, "MAE", "", List.of());

	private static final MeasurementError NONE = new MeasurementError(0, "not-established", "", List.of());

	private static Measurement.Measured marked(double value) {
		return new Measurement.Measured("m", View.LEFT_LATERAL, value, "deg", false);
	}

	private static Measurement.Measured estimated(double value, double error) {
		return new Measurement.Measured("m", View.LEFT_LATERAL, value, "deg", true, Basis.ESTIMATED,
				OptionalDouble.of(error));
	}

	/**
	 * The verdict: empty when the error cannot be told, else whether the change passes
	 * it.
	 */
	private static Optional<Boolean> beyondError(Measurement.Measured before, Measurement.Measured after,
			MeasurementError error) {
		OptionalDouble bar = ChangeJudgement.threshold(before, after, error);
		return bar.isEmpty() ? Optional.empty()
				: Optional.of(MeasurementError.changeExceeds(after.value() - before.value(), bar.getAsDouble()));
	}

	@Test
	void markedReadings_areJudgedAgainstTheMinimalDetectableChange() {
		// 1.96 x sqrt(2) x 2.7 = 7.48
		assertThat(ChangeJudgement.threshold(marked(10), marked(20), SEM).getAsDouble()).isCloseTo(7.48, within(0.01));
		assertThat(beyondError(marked(10), marked(17), SEM)).contains(false);
		assertThat(beyondError(marked(10), marked(2), SEM)).contains(true);
		assertThat(ChangeJudgement.threshold(marked(40), marked(45), MDC).getAsDouble()).isCloseTo(1.7, within(1e-9));
		assertThat(beyondError(marked(40), marked(41.5), MDC)).contains(false);
		assertThat(beyondError(marked(40), marked(42), MDC)).contains(true);
	}

	@Test
	void estimatedReadings_widenTheBarByTheirOwnErrors_butNeverNarrowIt() {
		// 10 and 10 in quadrature: 14.1; a change of 12 is beyond the MDC but not beyond
		// what the estimated points can make.
		assertThat(ChangeJudgement.threshold(estimated(10, 10), estimated(22, 10), SEM).getAsDouble()).isCloseTo(14.14,
				within(0.01));
		assertThat(beyondError(estimated(10, 10), estimated(22, 10), SEM)).contains(false);
		assertThat(beyondError(marked(10), marked(22), SEM)).contains(true);
		// One estimated reading, one marked: sqrt(10^2 + 5.29^2) = 11.3.
		assertThat(ChangeJudgement.threshold(marked(10), estimated(22, 10), SEM).getAsDouble()).isCloseTo(11.31,
				within(0.01));
		// An own error smaller than the test-retest error does not make the bar smaller.
		assertThat(ChangeJudgement.threshold(estimated(10, 1), estimated(22, 1), SEM).getAsDouble()).isCloseTo(7.48,
				within(0.01));
	}

	@Test
	void withoutATestRetestError_onlyReadingsWithTheirOwnErrorCanBeJudged() {
		assertThat(ChangeJudgement.threshold(marked(10), marked(30), MAE)).isEmpty();
		assertThat(beyondError(marked(10), marked(30), NONE)).isEmpty();
		assertThat(beyondError(marked(10), estimated(30, 3), MAE)).isEmpty();
		assertThat(beyondError(estimated(10, 3), estimated(30, 3), MAE)).contains(true);
		assertThat(beyondError(estimated(10, 3), estimated(14, 3), MAE)).contains(false);
	}

	@Test
	void aChange_isSaidToMoveTowardOrAwayFromThePublishedRange_onlyWhereOneIsPublished() {
		// A craniovertebral-angle-like range: usual from 48 to 56 degrees.
		ReferenceRange between = new ReferenceRange(OptionalDouble.of(48), OptionalDouble.of(56), "", List.of("x"));
		assertThat(ChangeJudgement.direction(42, 47, between)).isEqualTo(CLOSER);
		assertThat(ChangeJudgement.direction(42, 50, between)).as("into the range").isEqualTo(CLOSER);
		assertThat(ChangeJudgement.direction(47, 42, between)).isEqualTo(FURTHER);
		assertThat(ChangeJudgement.direction(50, 60, between)).as("out above").isEqualTo(FURTHER);
		assertThat(ChangeJudgement.direction(62, 58, between)).isEqualTo(CLOSER);
		assertThat(ChangeJudgement.direction(49, 55, between)).isEqualTo(WITHIN);
		ReferenceRange atMost = new ReferenceRange(OptionalDouble.empty(), OptionalDouble.of(2), "", List.of("x"));
		assertThat(ChangeJudgement.direction(9, 4, atMost)).isEqualTo(CLOSER);
		assertThat(ChangeJudgement.direction(-9, -4, atMost)).as("below an upper bound is within").isEqualTo(WITHIN);
		ReferenceRange none = new ReferenceRange(OptionalDouble.empty(), OptionalDouble.empty(), "no norm", List.of());
		assertThat(ChangeJudgement.direction(10, 30, none)).isEqualTo(UNSAID);
	}

}
