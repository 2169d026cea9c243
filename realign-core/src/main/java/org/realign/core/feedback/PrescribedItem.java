package org.realign.core.feedback;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise of a client's menu, as far as the feedback loop needs it. The full menu
 * model lives in the program package; this is the minimal view the rules read.
 *
 * @param exerciseId kebab-case exercise id, e.g. {@code standing-gluteal-contractions}
 * @param targetMuscles kebab-case muscle ids the exercise is meant to wake up or release
 * @param dose the prescribed dose
 * @param expectsWakeUpCramp whether a wake-up cramp in a target muscle is to be expected
 * @param regressionId the easier exercise to fall back to, if the catalogue names one
 * @param progressionId the harder exercise to move on to, if the catalogue names one
 */
public record PrescribedItem(String exerciseId, List<String> targetMuscles, Dose dose, boolean expectsWakeUpCramp,
		Optional<String> regressionId, Optional<String> progressionId) {

	public PrescribedItem {
		Objects.requireNonNull(exerciseId, "exerciseId");
		targetMuscles = List.copyOf(targetMuscles);
		Objects.requireNonNull(dose, "dose");
		Objects.requireNonNull(regressionId, "regressionId");
		Objects.requireNonNull(progressionId, "progressionId");
	}

	public boolean targets(String muscleOrRegion) {
		return this.targetMuscles.contains(muscleOrRegion);
	}

}
