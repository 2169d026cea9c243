package org.realign.app.feedback;

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

	List<String> starter(String starterId) {
		return this.knowledgeBase.starterMenu(starterId)
			.orElseThrow(() -> new IllegalArgumentException("starter: unknown starter menu \"" + starterId + "\""))
			.items()
			.stream()
			.map((item) -> item.exercise())
			.toList();
	}

	PrescribedItem item(String exerciseId) {
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
