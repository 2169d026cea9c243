package org.realign.core.program;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.realign.core.knowledge.Change;
import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.ExerciseCatalog;
import org.realign.core.prescription.Dose;

/**
 * An ordered daily exercise menu and the practitioner's overrides to it. Immutable: every
 * override returns a new menu whose change log records who changed what and when.
 *
 * @param basis what it was made from: {@code assessment} or a starter menu id
 * @param minutes the time budget
 * @param items exercises in the order to do them
 * @param notices safety and evidence notices shown with it
 * @param changes overrides, oldest first
 */
public record Menu(String basis, int minutes, List<MenuItem> items, List<String> notices, List<Change> changes) {

	public Menu {
		Objects.requireNonNull(basis, "basis");
		items = List.copyOf(items);
		notices = List.copyOf(notices);
		changes = List.copyOf(changes);
	}

	/** Estimated total time, transitions included. */
	public int estimatedSeconds() {
		return this.items.stream().mapToInt(MenuItem::estimatedSeconds).sum();
	}

	public List<String> exerciseIds() {
		return this.items.stream().map(MenuItem::exercise).toList();
	}

	/**
	 * Swaps an exercise for one of its regressions or progressions, keeping its place and
	 * the hypotheses it addresses; the new exercise comes with its default dose.
	 */
	public Menu swap(String exerciseId, String replacementId, ExerciseCatalog catalog, String who, Clock clock) {
		int index = indexOf(exerciseId);
		Exercise current = catalog.find(exerciseId)
			.orElseThrow(() -> new IllegalArgumentException("unknown exercise " + exerciseId));
		if (!current.regressions().contains(replacementId) && !current.progressions().contains(replacementId)) {
			throw new IllegalArgumentException(
					replacementId + " is neither a regression nor a progression of " + exerciseId + " (regressions "
							+ current.regressions() + ", progressions " + current.progressions() + ")");
		}
		Exercise replacement = catalog.find(replacementId)
			.orElseThrow(() -> new IllegalArgumentException("unknown exercise " + replacementId));
		List<MenuItem> updated = new ArrayList<>(this.items);
		updated.set(index, MenuItem.of(replacement, replacement.dose(), this.items.get(index).because()));
		String kind = current.regressions().contains(replacementId) ? "regression" : "progression";
		return with(updated, who, clock, "swapped " + exerciseId + " for its " + kind + " " + replacementId);
	}

	/** Changes one exercise's dose. */
	public Menu changeDose(String exerciseId, Dose dose, String who, Clock clock) {
		if (!dose.problems().isEmpty()) {
			throw new IllegalArgumentException("malformed dose: " + String.join("; ", dose.problems()));
		}
		int index = indexOf(exerciseId);
		List<MenuItem> updated = new ArrayList<>(this.items);
		MenuItem old = updated.get(index);
		updated.set(index, old.withDose(dose));
		return with(updated, who, clock,
				"changed the dose of " + exerciseId + " from " + old.dose().describe() + " to " + dose.describe());
	}

	/**
	 * Moves one exercise to {@code newIndex} (0-based), the others keeping their order.
	 */
	public Menu move(String exerciseId, int newIndex, String who, Clock clock) {
		int index = indexOf(exerciseId);
		if (newIndex < 0 || newIndex >= this.items.size()) {
			throw new IllegalArgumentException("position must be 0.." + (this.items.size() - 1) + ", was " + newIndex);
		}
		List<MenuItem> updated = new ArrayList<>(this.items);
		MenuItem item = updated.remove(index);
		updated.add(newIndex, item);
		return with(updated, who, clock,
				"moved " + exerciseId + " from position " + (index + 1) + " to " + (newIndex + 1));
	}

	private int indexOf(String exerciseId) {
		for (int i = 0; i < this.items.size(); i++) {
			if (this.items.get(i).exercise().equals(exerciseId)) {
				return i;
			}
		}
		throw new IllegalArgumentException("the menu has no exercise " + exerciseId);
	}

	private Menu with(List<MenuItem> updated, String who, Clock clock, String what) {
		List<Change> log = new ArrayList<>(this.changes);
		log.add(new Change(who, what, clock.instant()));
		return new Menu(this.basis, this.minutes, updated, this.notices, log);
	}

}
