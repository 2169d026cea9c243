package org.realign.core.prescription;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The menu a client is prescribed and doing: published by the practitioner, shown by the
 * daily session, read by the progression rules.
 *
 * @param menuId the menu's id, e.g. {@code daily-alignment}
 * @param sessionsPerWeek how many sessions a week are prescribed (the method asks for
 * daily, or at least five a week)
 * @param items the exercises in order
 */
public record PrescribedMenu(String menuId, int sessionsPerWeek, List<PrescribedItem> items) {

	public PrescribedMenu {
		Objects.requireNonNull(menuId, "menuId");
		if (sessionsPerWeek < 1 || sessionsPerWeek > 14) {
			throw new IllegalArgumentException("sessionsPerWeek must be 1..14: " + sessionsPerWeek);
		}
		items = List.copyOf(items);
	}

	public Optional<PrescribedItem> item(String exerciseId) {
		return this.items.stream().filter((item) -> item.exerciseId().equals(exerciseId)).findFirst();
	}

	public boolean contains(String exerciseId) {
		return item(exerciseId).isPresent();
	}

}
