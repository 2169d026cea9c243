package org.realign.core.knowledge;

import java.util.List;
import java.util.Objects;

import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;

/**
 * A corrective exercise from the catalogue ({@code kb/exercises.json}), written in our
 * own words.
 *
 * @param id kebab-case id
 * @param name display name
 * @param position starting position
 * @param equipment what is needed: block, chair, strap, wall or none
 * @param floor whether the client gets down on the floor
 * @param kneeling whether the client kneels
 * @param steps numbered instructions, in order
 * @param feel where the client should feel it
 * @param targets muscles and the intended change
 * @param dose the default dose
 * @param regressions easier exercises
 * @param progressions harder exercises
 * @param avoidWhenPainful body areas in which pain rules the exercise out
 * @param cautions what to watch for
 * @param expectsWakeUpCramp whether a brief cramp in the target muscle is to be expected
 * @param sources source ids: the Egoscue e-cises cite Egoscue; the common alternatives,
 * written from general practice, cite none rather than a source that does not describe
 * them
 */
public record Exercise(String id, String name, Position position, List<String> equipment, boolean floor,
		boolean kneeling, List<String> steps, String feel, List<Target> targets, Dose dose, List<String> regressions,
		List<String> progressions, List<String> avoidWhenPainful, List<String> cautions, boolean expectsWakeUpCramp,
		List<String> sources) {

	public Exercise {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(position, "position");
		Objects.requireNonNull(dose, "dose");
		equipment = List.copyOf(equipment);
		steps = List.copyOf(steps);
		targets = List.copyOf(targets);
		regressions = List.copyOf(regressions);
		progressions = List.copyOf(progressions);
		avoidWhenPainful = List.copyOf(avoidWhenPainful);
		cautions = List.copyOf(cautions);
		sources = List.copyOf(sources);
	}

	public boolean addresses(String muscle, MuscleState state) {
		return this.targets.stream().anyMatch((target) -> target.addresses(muscle, state));
	}

	public List<String> targetMuscles() {
		return this.targets.stream().map(Target::muscle).toList();
	}

	/**
	 * This exercise as an item of a client's menu with the given dose: its targets,
	 * whether a wake-up cramp is expected, and its first regression and progression.
	 */
	public PrescribedItem prescribed(Dose dose) {
		return new PrescribedItem(this.id, targetMuscles(), dose, this.expectsWakeUpCramp,
				this.regressions.stream().findFirst(), this.progressions.stream().findFirst());
	}

}
