package org.realign.core.program;

import java.util.List;
import java.util.Objects;

import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.Position;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;

/**
 * One exercise of the generator's suggestion: the {@link PrescribedItem} it would
 * prescribe, annotated with what the page names it and why it was chosen. The
 * prescription is the one model of a menu's item (dose, targets, each muscle's demand,
 * regression and progression); this wrapper only adds the generator's reasoning, so a
 * suggestion becomes a {@link org.realign.core.prescription.PrescribedMenu} with nothing
 * converted or lost.
 *
 * @param prescription the item as it would be prescribed, with its dose for this client
 * @param name the exercise's display name
 * @param position its starting position (decides its place in the menu)
 * @param because the keys of the hypotheses it addresses ({@code muscle:state[:side]}),
 * empty for starter menus and general top-ups
 */
public record SuggestedItem(PrescribedItem prescription, String name, Position position, List<String> because) {

	/**
	 * Time to get into and out of position, read the next step and set up equipment.
	 */
	public static final int TRANSITION_SECONDS = 20;

	public SuggestedItem {
		Objects.requireNonNull(prescription, "prescription");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(position, "position");
		because = List.copyOf(because);
	}

	static SuggestedItem of(Exercise exercise, Dose dose, List<String> because) {
		return new SuggestedItem(exercise.prescribed(dose), exercise.name(), exercise.position(), because);
	}

	/** The exercise's id. */
	public String exerciseId() {
		return this.prescription.exerciseId();
	}

	/** The prescribed dose. */
	public Dose dose() {
		return this.prescription.dose();
	}

	/** The dose's time plus {@value #TRANSITION_SECONDS} s of transition. */
	public int estimatedSeconds() {
		return seconds(dose());
	}

	/**
	 * A dose's time in a menu: its own plus {@value #TRANSITION_SECONDS} s of transition.
	 */
	static int seconds(Dose dose) {
		return dose.estimatedSeconds() + TRANSITION_SECONDS;
	}

	SuggestedItem withDose(Dose newDose) {
		return new SuggestedItem(this.prescription.withDose(newDose), this.name, this.position, this.because);
	}

}
