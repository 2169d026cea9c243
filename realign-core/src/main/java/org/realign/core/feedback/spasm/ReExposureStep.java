package org.realign.core.feedback.spasm;

import java.util.Objects;
import java.util.Optional;

/**
 * One step of a graded re-exposure plan.
 *
 * @param order 1, 2, 3...
 * @param instruction what the client does, in plain words
 * @param exerciseId the catalogue exercise the step uses, if any
 * @param repetitions how many times per session
 * @param speed the speed the step asks for, empty when speed is not graded at this step
 */
public record ReExposureStep(int order, String instruction, Optional<String> exerciseId, int repetitions,
		Optional<Speed> speed) {

	public ReExposureStep {
		Objects.requireNonNull(instruction, "instruction");
		Objects.requireNonNull(exerciseId, "exerciseId");
		speed = speed == null ? Optional.empty() : speed;
	}

	public ReExposureStep(int order, String instruction, Optional<String> exerciseId, int repetitions) {
		this(order, instruction, exerciseId, repetitions, Optional.empty());
	}

	static ReExposureStep step(int order, String instruction, int repetitions, Speed speed) {
		return new ReExposureStep(order, instruction, Optional.empty(), repetitions, Optional.of(speed));
	}

	static ReExposureStep step(int order, String instruction, int repetitions) {
		return new ReExposureStep(order, instruction, Optional.empty(), repetitions);
	}

	static ReExposureStep step(int order, String exerciseId, String instruction, int repetitions) {
		return new ReExposureStep(order, instruction, Optional.of(exerciseId), repetitions);
	}

}
