package org.realign.core.program;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.realign.core.knowledge.KnowledgeBase;

/**
 * Builds a {@link Menu} from a starter menu, optionally fitted into fewer minutes.
 * <p>
 * To fit a shorter budget every dose is scaled by the same factor (the working time left
 * after transitions over the working time needed), never below 30 s per hold or 5 reps;
 * if it still does not fit, the starter menu needs more minutes than were given and that
 * is an error: a starter menu is never silently cut short.
 */
public final class StarterMenus {

	private final KnowledgeBase knowledgeBase;

	public StarterMenus(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	public List<String> ids() {
		return this.knowledgeBase.starterMenus().stream().map(StarterMenu::id).toList();
	}

	public Menu menu(String id, OptionalInt minutes) {
		StarterMenu starter = this.knowledgeBase.starterMenu(id)
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown starter menu '" + id + "': expected one of " + String.join(", ", ids())));
		List<MenuItem> items = new ArrayList<>();
		for (StarterMenu.Item item : starter.items()) {
			Exercise exercise = this.knowledgeBase.exercises()
				.find(item.exercise())
				.orElseThrow(() -> new IllegalStateException(
						"starter menu " + id + " names unknown exercise " + item.exercise()));
			items.add(MenuItem.of(exercise, item.dose().orElse(exercise.dose()), List.of()));
		}
		int natural = items.stream().mapToInt(MenuItem::estimatedSeconds).sum();
		int budgetMinutes = minutes.orElse((natural + 59) / 60);
		int budget = budgetMinutes * 60;
		if (natural > budget) {
			int transitions = items.size() * MenuItem.TRANSITION_SECONDS;
			double factor = (double) (budget - transitions) / (natural - transitions);
			items = items.stream().map((item) -> item.withDose(item.dose().scaled(factor))).toList();
			int fitted = items.stream().mapToInt(MenuItem::estimatedSeconds).sum();
			if (fitted > budget) {
				throw new IllegalArgumentException("the " + id + " menu needs at least " + ((fitted + 59) / 60)
						+ " minutes even with shortened holds, " + budgetMinutes + " given");
			}
		}
		List<String> notices = new ArrayList<>();
		if (!starter.notice().isBlank()) {
			notices.add(starter.notice());
		}
		notices.add(MenuGenerator.DISCLAIMER);
		return new Menu(id, budgetMinutes, items, notices, List.of());
	}

}
