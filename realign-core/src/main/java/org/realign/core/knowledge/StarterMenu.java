package org.realign.core.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.prescription.Dose;

/**
 * A ready-made menu that does not need an assessment ({@code kb/starter-menus.json}).
 *
 * @param id e.g. {@code after-back-spasm}
 * @param name display name
 * @param purpose what it is for
 * @param notice safety notice shown with it
 * @param items exercises in order, each with an optional dose overriding the default
 */
public record StarterMenu(String id, String name, String purpose, String notice, List<Item> items) {

	public StarterMenu {
		Objects.requireNonNull(id, "id");
		items = List.copyOf(items);
	}

	public record Item(String exercise, Optional<Dose> dose) {

		public Item {
			Objects.requireNonNull(exercise, "exercise");
			Objects.requireNonNull(dose, "dose");
		}

	}

}
