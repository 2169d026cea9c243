package org.realign.core.knowledge;

import org.realign.core.prescription.ExerciseDemand;

import java.util.ArrayList;
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
 * @param sources source ids for the exercise itself: the Egoscue e-cises cite Egoscue's
 * published e-cise pages and books, the others the study or guideline that describes them
 * @param doseSources source ids for the default dose; empty when no published dose was
 * found, which {@code doseNote} then says
 * @param doseNote where the default dose comes from, in words
 * @param alsoAsks muscles outside the targets that the steps ask to work or lengthen
 * (static wall: tighten the thighs), each with its own sources and basis
 */
public record Exercise(String id, String name, Position position, List<String> equipment, boolean floor,
		boolean kneeling, List<String> steps, String feel, List<Target> targets, Dose dose, List<String> regressions,
		List<String> progressions, List<String> avoidWhenPainful, List<String> cautions, boolean expectsWakeUpCramp,
		List<String> sources, List<String> doseSources, String doseNote, List<ExerciseDemand> alsoAsks) {

	/**
	 * An exercise whose dose rests on the exercise's own sources and that asks nothing
	 * beyond its targets.
	 */
	public Exercise(String id, String name, Position position, List<String> equipment, boolean floor, boolean kneeling,
			List<String> steps, String feel, List<Target> targets, Dose dose, List<String> regressions,
			List<String> progressions, List<String> avoidWhenPainful, List<String> cautions, boolean expectsWakeUpCramp,
			List<String> sources) {
		this(id, name, position, equipment, floor, kneeling, steps, feel, targets, dose, regressions, progressions,
				avoidWhenPainful, cautions, expectsWakeUpCramp, sources, sources, "", List.of());
	}

	/** An exercise whose dose rests on the exercise's own sources. */
	public Exercise(String id, String name, Position position, List<String> equipment, boolean floor, boolean kneeling,
			List<String> steps, String feel, List<Target> targets, Dose dose, List<String> regressions,
			List<String> progressions, List<String> avoidWhenPainful, List<String> cautions, boolean expectsWakeUpCramp,
			List<String> sources, List<ExerciseDemand> alsoAsks) {
		this(id, name, position, equipment, floor, kneeling, steps, feel, targets, dose, regressions, progressions,
				avoidWhenPainful, cautions, expectsWakeUpCramp, sources, sources, "", alsoAsks);
	}

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
		doseSources = List.copyOf(doseSources);
		doseNote = (doseNote == null) ? "" : doseNote;
		alsoAsks = List.copyOf(alsoAsks);
	}

	/**
	 * What the exercise asks of every muscle it names: its targets (read with the
	 * exercise's own sources), then the other muscles its steps ask for.
	 */
	public List<ExerciseDemand> demands() {
		List<ExerciseDemand> all = new ArrayList<>();
		for (Target target : this.targets) {
			all.add(new ExerciseDemand(target.muscle(), target.demand(), this.sources,
					"a target of this exercise (" + target.change().id() + ")"));
		}
		all.addAll(this.alsoAsks);
		return List.copyOf(all);
	}

	public boolean addresses(String muscle, MuscleState state) {
		return this.targets.stream().anyMatch((target) -> target.addresses(muscle, state));
	}

	public List<String> targetMuscles() {
		return this.targets.stream().map(Target::muscle).toList();
	}

	/**
	 * This exercise as an item of a client's menu with the given dose: its targets,
	 * whether a wake-up cramp is expected, its first regression and progression, and what
	 * it asks of each muscle (the cramp classifier chases only a muscle it works).
	 */
	public PrescribedItem prescribed(Dose dose) {
		return new PrescribedItem(this.id, targetMuscles(), dose, this.expectsWakeUpCramp,
				this.regressions.stream().findFirst(), this.progressions.stream().findFirst(), demands());
	}

}
