package org.realign.core.finding;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.Side;
import org.realign.core.measure.MeasurementCatalog;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.measure.MeasurementDefinition.Concern;
import org.realign.core.measure.MeasurementDefinition.Direction;

import static org.assertj.core.api.Assertions.assertThat;

/** Cut-offs fire only beyond the measurement error and grade from the data. */
class ThresholdGradeTest {

	private final Concern forwardHead = MeasurementCatalog.shipped()
		.get("craniovertebral-angle")
		.concernFor("forward-head-posture")
		.orElseThrow();

	@Test
	void grade_withinTheErrorBeyondTheCutoff_doesNotFire() {
		assertThat(ThresholdRule.grade(this.forwardHead, 46.4, 1.7)).isEmpty();
		assertThat(ThresholdRule.grade(this.forwardHead, 55, 1.7)).isEmpty();
	}

	@Test
	void grade_beyondCutoffPlusError_firesAndGradesFromTheData() {
		assertThat(ThresholdRule.grade(this.forwardHead, 46.2, 1.7)).contains(Severity.MILD);
		assertThat(ThresholdRule.grade(this.forwardHead, 45.0, 1.7)).as("Mostafaee 2024: below 45.5")
			.contains(Severity.MODERATE);
		assertThat(ThresholdRule.grade(this.forwardHead, 43.0, 1.7)).as("Lau 2009: the neck-pain group's mean")
			.contains(Severity.MARKED);
	}

	@Test
	void eitherWay_givesTheSideFromTheSign() {
		Concern level = new Concern("elevated-shoulder", Direction.EITHER_WAY, 0, OptionalDouble.empty(),
				OptionalDouble.empty(), Optional.of(Side.LEFT), "b", List.of("s"));
		assertThat(ThresholdRule.grade(level, -3, 2.7)).contains(Severity.MILD);
		assertThat(ThresholdRule.grade(level, 2.5, 2.7)).isEmpty();
		assertThat(level.sideOf(-3)).contains(Side.RIGHT);
		assertThat(level.sideOf(3)).contains(Side.LEFT);
	}

	@Test
	void sagittalPelvicTilt_isNeverTakenFromPoseModelHips() {
		MeasurementDefinition tilt = MeasurementCatalog.shipped().get("sagittal-pelvic-tilt");
		assertThat(tilt.landmarks()).containsExactly("{near}-asis", "{near}-psis");
		assertThat(tilt.proxy()).isFalse();
	}

}
