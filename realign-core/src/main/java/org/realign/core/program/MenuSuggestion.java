package org.realign.core.program;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.realign.core.knowledge.Change;
import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.ExerciseCatalog;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedMenu;

/**
 * What the generator (or a starter menu) suggests: an ordered daily menu of prescribed
 * items, each with why it was chosen, the time budget, the notices to show with it and
 * the practitioner's overrides. Not a second menu model: its items are
 * {@link org.realign.core.prescription.PrescribedItem}s and {@link #prescribe} hands them
 * over unchanged as the one {@link PrescribedMenu}. Immutable: every override returns a
 * new suggestion whose change log records who changed what and when.
 *
 * @param basis what it was made from: {@code assessment} or a starter menu id
 * @param minutes the time budget
 * @param items the prescribed exercises, in the order to do them, with why each was
 * chosen
 * @param notices safety and evidence notices shown with it
 * @param changes overrides, oldest first
 */
public record MenuSuggestion(String basis, int minutes, List<SuggestedItem> items, List<String> notices,
		List<Change> changes) {

	public MenuSuggestion {
		Objects.requireNonNull(basis, "basis");
		items = List.copyOf(items);
		notices = List.copyOf(notices);
		changes = List.copyOf(changes);
	}

	/** Estimated total time, transitions included. */
	public int estimatedSeconds() {
		return this.items.stream().mapToInt(SuggestedItem::estimatedSeconds).sum();
	}

	public List<String> exerciseIds() {
		return this.items.stream().map(SuggestedItem::exerciseId).toList();
	}

	/**
	 * Swaps an exercise for one of its regressions or progressions, keeping its place and
	 * the hypotheses it addresses; the new exercise comes with its default dose.
	 */
	public MenuSuggestion swap(String exerciseId, String replacementId, ExerciseCatalog catalog, String who,
			Clock clock) {
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
		List<SuggestedItem> updated = new ArrayList<>(this.items);
		updated.set(index, SuggestedItem.of(replacement, replacement.dose(), this.items.get(index).because()));
		String kind = current.regressions().contains(replacementId) ? "regression" : "progression";
		return with(updated, who, clock, "swapped " + exerciseId + " for its " + kind + " " + replacementId);
	}

	/** Changes one exercise's dose. */
	public MenuSuggestion changeDose(String exerciseId, Dose dose, String who, Clock clock) {
		if (!dose.problems().isEmpty()) {
			throw new IllegalArgumentException("malformed dose: " + String.join("; ", dose.problems()));
		}
		int index = indexOf(exerciseId);
		List<SuggestedItem> updated = new ArrayList<>(this.items);
		SuggestedItem old = updated.get(index);
		updated.set(index, old.withDose(dose));
		return with(updated, who, clock,
				"changed the dose of " + exerciseId + " from " + old.dose().describe() + " to " + dose.describe());
	}

	/**
	 * Moves one exercise to {@code newIndex} (0-based), the others keeping their order.
	 */
	public MenuSuggestion move(String exerciseId, int newIndex, String who, Clock clock) {
		int index = indexOf(exerciseId);
		if (newIndex < 0 || newIndex >= this.items.size()) {
			throw new IllegalArgumentException("position must be 0.." + (this.items.size() - 1) + ", was " + newIndex);
		}
		List<SuggestedItem> updated = new ArrayList<>(this.items);
		SuggestedItem item = updated.remove(index);
		updated.add(newIndex, item);
		return with(updated, who, clock,
				"moved " + exerciseId + " from position " + (index + 1) + " to " + (newIndex + 1));
	}

	/**
	 * The suggestion as the client's menu: its items as they are, doses included.
	 * @param menuId the new menu's id
	 * @param sessionsPerWeek how many sessions a week to prescribe
	 */
	public PrescribedMenu prescribe(String menuId, int sessionsPerWeek) {
		return new PrescribedMenu(menuId, sessionsPerWeek,
				this.items.stream().map(SuggestedItem::prescription).toList());
	}

	private int indexOf(String exerciseId) {
		for (int i = 0; i < this.items.size(); i++) {
			if (this.items.get(i).exerciseId().equals(exerciseId)) {
				return i;
			}
		}
		throw new IllegalArgumentException("the menu has no exercise " + exerciseId);
	}

	private MenuSuggestion with(List<SuggestedItem> updated, String who, Clock clock, String what) {
		List<Change> log = new ArrayList<>(this.changes);
		log.add(new Change(who, what, clock.instant()));
		return new MenuSuggestion(this.basis, this.minutes, updated, this.notices, log);
	}

}
