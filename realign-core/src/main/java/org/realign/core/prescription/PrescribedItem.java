package org.realign.core.prescription;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise of the menu a client is prescribed: what the menu editor publishes, the
 * daily session shows and the progression rules read. The menu generator's suggestion
 * ({@code program.Menu}) becomes one through the catalogue
 * ({@code knowledge.Exercise#prescribed}).
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
		if (!dose.problems().isEmpty()) {
			throw new IllegalArgumentException(
					"malformed dose of " + exerciseId + ": " + String.join("; ", dose.problems()));
		}
		Objects.requireNonNull(regressionId, "regressionId");
		Objects.requireNonNull(progressionId, "progressionId");
	}

	/** The same item with another dose. */
	public PrescribedItem withDose(Dose newDose) {
		return new PrescribedItem(this.exerciseId, this.targetMuscles, newDose, this.expectsWakeUpCramp,
				this.regressionId, this.progressionId);
	}

	public boolean targets(String muscleOrRegion) {
		return this.targetMuscles.contains(muscleOrRegion);
	}

}
