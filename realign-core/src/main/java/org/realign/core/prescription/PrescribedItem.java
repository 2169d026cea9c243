package org.realign.core.prescription;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise of the menu a client is prescribed: what the menu editor publishes, the
 * daily session shows and the progression rules read. The catalogue makes one
 * ({@code knowledge.Exercise#prescribed}); the menu generator's suggestion is made of
 * them ({@code program.SuggestedItem} only adds why each was chosen).
 *
 * @param exerciseId kebab-case exercise id, e.g. {@code standing-gluteal-contractions}
 * @param targetMuscles kebab-case muscle ids the exercise is meant to wake up or release
 * @param dose the prescribed dose
 * @param expectsWakeUpCramp whether a wake-up cramp in a target muscle is to be expected
 * @param regressionId the easier exercise to fall back to, if the catalogue names one
 * @param progressionId the harder exercise to move on to, if the catalogue names one
 * @param demands what the exercise asks of each muscle it names (works, lengthens,
 * releases), with the source of each reading
 */
public record PrescribedItem(String exerciseId, List<String> targetMuscles, Dose dose, boolean expectsWakeUpCramp,
		Optional<String> regressionId, Optional<String> progressionId, List<ExerciseDemand> demands) {

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
		// a menu stored before the catalogue's reading was kept has none
		demands = (demands == null) ? List.of() : List.copyOf(demands);
	}

	/**
	 * An item whose catalogue reading is not known: every target is taken as a muscle the
	 * exercise works, which is what the rules assumed before the catalogue said more.
	 * Callers that know the catalogue pass its demands.
	 */
	public PrescribedItem(String exerciseId, List<String> targetMuscles, Dose dose, boolean expectsWakeUpCramp,
			Optional<String> regressionId, Optional<String> progressionId) {
		this(exerciseId, targetMuscles, dose, expectsWakeUpCramp, regressionId, progressionId,
				targetMuscles.stream().map(ExerciseDemand::works).toList());
	}

	public boolean targets(String muscleOrRegion) {
		return this.targetMuscles.contains(muscleOrRegion);
	}

	/**
	 * What the exercise asks of this muscle, if it names it. Without any reading (a menu
	 * stored before readings were kept) every target counts as worked.
	 */
	public Optional<ExerciseDemand> demandOn(String muscle) {
		if (this.demands.isEmpty()) {
			return targets(muscle) ? Optional.of(ExerciseDemand.works(muscle)) : Optional.empty();
		}
		return this.demands.stream().filter((demand) -> demand.muscle().equals(muscle)).findFirst();
	}

	/**
	 * Whether the exercise asks this muscle to work: the only place a wake-up cramp can
	 * come.
	 */
	public boolean works(String muscle) {
		return demandOn(muscle).map((demand) -> demand.kind() == ExerciseDemand.Kind.WORKS).orElse(false);
	}

	/** The same item with another dose; nothing else changes. */
	public PrescribedItem withDose(Dose newDose) {
		return new PrescribedItem(this.exerciseId, this.targetMuscles, newDose, this.expectsWakeUpCramp,
				this.regressionId, this.progressionId, this.demands);
	}

}
