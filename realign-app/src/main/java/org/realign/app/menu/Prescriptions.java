package org.realign.app.menu;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.realign.core.feedback.Dose;
import org.realign.core.feedback.PrescribedItem;
import org.realign.core.feedback.PrescribedMenu;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.program.Exercise;
import org.realign.core.program.Target;

import org.springframework.stereotype.Component;

/**
 * Turns exercises of the catalogue into the prescription the feedback loop works with:
 * targets, dose, whether a wake-up cramp is expected, and the first regression and
 * progression.
 */
@Component
public class Prescriptions {

	private final KnowledgeBase knowledgeBase;

	Prescriptions(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	/**
	 * @throws IllegalArgumentException naming the first id that is not in the catalogue
	 */
	public PrescribedMenu prescribe(List<String> exerciseIds, int sessionsPerWeek) {
		if (exerciseIds.isEmpty()) {
			throw new IllegalArgumentException("exercises: a menu needs at least one exercise");
		}
		if (sessionsPerWeek < 1 || sessionsPerWeek > 14) {
			throw new IllegalArgumentException("sessionsPerWeek: must be between 1 and 14");
		}
		List<PrescribedItem> items = exerciseIds.stream().map(this::item).toList();
		return new PrescribedMenu("menu-" + UUID.randomUUID(), sessionsPerWeek, items);
	}

	/**
	 * A menu with the practitioner's own amounts (seconds or repetitions), in the given
	 * order; a {@code null} amount keeps the catalogue's dose.
	 * @throws IllegalArgumentException naming the field and the problem
	 */
	public PrescribedMenu prescribe(List<String> exerciseIds, List<Integer> amounts, int sessionsPerWeek) {
		PrescribedMenu menu = prescribe(exerciseIds, sessionsPerWeek);
		List<PrescribedItem> items = new java.util.ArrayList<>();
		for (int i = 0; i < menu.items().size(); i++) {
			PrescribedItem item = menu.items().get(i);
			Integer amount = i < amounts.size() ? amounts.get(i) : null;
			if (amount != null) {
				if (amount < 1 || amount > MAX_AMOUNT) {
					throw new IllegalArgumentException("amounts: the dose of \"" + item.exerciseId()
							+ "\" must be between 1 and " + MAX_AMOUNT + ", not " + amount);
				}
				Dose dose = new Dose(amount, item.dose().unit(), item.dose().perSide());
				item = new PrescribedItem(item.exerciseId(), item.targetMuscles(), dose, item.expectsWakeUpCramp(),
						item.regressionId(), item.progressionId());
			}
			items.add(item);
		}
		return new PrescribedMenu(menu.menuId(), menu.sessionsPerWeek(), items);
	}

	/**
	 * Ten minutes of holding or 600 repetitions: beyond that the number is a typing slip.
	 */
	public static final int MAX_AMOUNT = 600;

	public List<String> starter(String starterId) {
		return this.knowledgeBase.starterMenu(starterId)
			.orElseThrow(() -> new IllegalArgumentException("starter: unknown starter menu \"" + starterId + "\""))
			.items()
			.stream()
			.map((item) -> item.exercise())
			.toList();
	}

	public PrescribedItem item(String exerciseId) {
		Exercise exercise = this.knowledgeBase.exercises()
			.find(exerciseId)
			.orElseThrow(() -> new IllegalArgumentException("exercises: unknown exercise \"" + exerciseId + "\""));
		return new PrescribedItem(exercise.id(), exercise.targets().stream().map(Target::muscle).toList(),
				dose(exercise.dose()), exercise.expectsWakeUpCramp(), first(exercise.regressions()),
				first(exercise.progressions()));
	}

	private static Dose dose(org.realign.core.program.Dose dose) {
		boolean hold = "hold".equals(dose.type());
		if (hold) {
			return dose.perSide() ? Dose.holdSecondsPerSide(dose.seconds()) : Dose.holdSeconds(dose.seconds());
		}
		int reps = dose.sets() * dose.reps();
		return dose.perSide() ? Dose.repsPerSide(reps) : Dose.reps(reps);
	}

	private static Optional<String> first(List<String> ids) {
		return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
	}

}
