package org.realign.core.program;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.StarterMenu;

/**
 * Builds a {@link MenuSuggestion} from a starter menu, optionally fitted into fewer
 * minutes.
 * <p>
 * To fit a shorter budget every dose is scaled by the same factor (the working time left
 * after transitions over the working time needed, tightened a few times when the floors
 * push it over), never below 30 s per hold or 5 reps; if it still does not fit, the
 * starter menu needs more minutes than were given and that is an error: a starter menu is
 * never silently cut short.
 */
public final class StarterMenus {

	private final KnowledgeBase knowledgeBase;

	public StarterMenus(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	public List<String> ids() {
		return this.knowledgeBase.starterMenus().stream().map(StarterMenu::id).toList();
	}

	public MenuSuggestion menu(String id, OptionalInt minutes) {
		StarterMenu starter = this.knowledgeBase.starterMenu(id)
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown starter menu '" + id + "': expected one of " + String.join(", ", ids())));
		List<SuggestedItem> items = new ArrayList<>();
		for (StarterMenu.Item item : starter.items()) {
			Exercise exercise = this.knowledgeBase.exercises()
				.find(item.exercise())
				.orElseThrow(() -> new IllegalStateException(
						"starter menu " + id + " names unknown exercise " + item.exercise()));
			items.add(SuggestedItem.of(exercise, item.dose().orElse(exercise.dose()), List.of()));
		}
		int natural = items.stream().mapToInt(SuggestedItem::estimatedSeconds).sum();
		int budgetMinutes = minutes.orElse((natural + 59) / 60);
		int budget = budgetMinutes * 60;
		if (natural > budget) {
			List<SuggestedItem> original = items;
			int transitions = items.size() * SuggestedItem.TRANSITION_SECONDS;
			double factor = (double) (budget - transitions) / (natural - transitions);
			// the floors (30 s, 5 reps) can keep the first guess over budget: tighten a
			// few times
			for (int attempt = 0; attempt < 5 && factor > 0; attempt++) {
				double f = factor;
				items = original.stream().map((item) -> item.withDose(item.dose().scaled(f))).toList();
				int fitted = items.stream().mapToInt(SuggestedItem::estimatedSeconds).sum();
				if (fitted <= budget) {
					break;
				}
				factor *= (double) (budget - transitions) / (fitted - transitions);
			}
			int fitted = items.stream().mapToInt(SuggestedItem::estimatedSeconds).sum();
			if (factor <= 0 || fitted > budget) {
				int minimum = original.stream().mapToInt((item) -> SuggestedItem.seconds(item.dose().scaled(0))).sum();
				throw new IllegalArgumentException("the " + id + " menu needs at least " + ((minimum + 59) / 60)
						+ " minutes even with shortened holds, " + budgetMinutes + " given");
			}
		}
		List<String> notices = new ArrayList<>();
		if (!starter.notice().isBlank()) {
			notices.add(starter.notice());
		}
		notices.add(MenuGenerator.DISCLAIMER);
		return new MenuSuggestion(id, budgetMinutes, items, notices, List.of());
	}

}
