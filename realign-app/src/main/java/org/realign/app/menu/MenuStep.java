package org.realign.app.menu;

import java.util.List;
import java.util.Optional;

import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;

/**
 * One step of a menu: what was prescribed and, from the exercise catalogue, how to do it.
 * Public so the session page and the printable menu read the catalogue the same way.
 */
public record MenuStep(PrescribedItem item, Exercise exercise) {

	/** Seconds to hold, or 0 when the dose counts repetitions. */
	public int holdSeconds() {
		return this.item.dose().isHold() ? this.item.dose().seconds() : 0;
	}

	/** The catalogue's starting position, e.g. {@code supine}, for the pictogram. */
	public String position() {
		return this.exercise.position().id();
	}

	/** The exercise's target muscles, space-separated, for a data attribute. */
	public String targetList() {
		return String.join(" ", this.item.targetMuscles());
	}

	/** The menu's items with their catalogue exercises, in order; none without a menu. */
	public static List<MenuStep> of(Optional<PrescribedMenu> menu, KnowledgeBase knowledge) {
		return menu
			.map((m) -> m.items()
				.stream()
				.map((item) -> new MenuStep(item, knowledge.exercises().find(item.exerciseId()).orElseThrow()))
				.toList())
			.orElse(List.of());
	}

}
