package org.realign.core.program;

import java.util.List;
import java.util.Objects;

import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.Position;
import org.realign.core.prescription.Dose;

/**
 * One exercise on a menu.
 *
 * @param exercise exercise id
 * @param name display name
 * @param position its position (decides its place in the menu)
 * @param dose the dose for this client
 * @param targets the target muscle ids
 * @param because the keys of the hypotheses it addresses ({@code muscle:state[:side]}),
 * empty for starter menus
 */
public record MenuItem(String exercise, String name, Position position, Dose dose, List<String> targets,
		List<String> because) {

	/**
	 * Time to get into and out of position, read the next step and set up equipment.
	 */
	public static final int TRANSITION_SECONDS = 20;

	public MenuItem {
		Objects.requireNonNull(exercise, "exercise");
		Objects.requireNonNull(dose, "dose");
		targets = List.copyOf(targets);
		because = List.copyOf(because);
	}

	static MenuItem of(Exercise exercise, Dose dose, List<String> because) {
		return new MenuItem(exercise.id(), exercise.name(), exercise.position(), dose, exercise.targetMuscles(),
				because);
	}

	/** The dose's time plus {@value #TRANSITION_SECONDS} s of transition. */
	public int estimatedSeconds() {
		return this.dose.estimatedSeconds() + TRANSITION_SECONDS;
	}

	MenuItem withDose(Dose newDose) {
		return new MenuItem(this.exercise, this.name, this.position, newDose, this.targets, this.because);
	}

}
