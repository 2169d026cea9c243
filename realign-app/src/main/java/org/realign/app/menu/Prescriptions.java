package org.realign.app.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;

import org.springframework.stereotype.Component;

/**
 * Turns exercises of the catalogue into the menu a client is prescribed
 * ({@link PrescribedMenu}): each exercise with its dose (the catalogue's, or the
 * practitioner's amount and sets), targets, whether a wake-up cramp is expected, and the
 * first regression and progression.
 */
@Component
public class Prescriptions {

	/**
	 * Ten minutes of holding or 600 repetitions: beyond that the number is a typing slip.
	 */
	public static final int MAX_AMOUNT = 600;

	/** More sets than this in one session is a typing slip too. */
	public static final int MAX_SETS = 10;

	private final KnowledgeBase knowledgeBase;

	public Prescriptions(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	/**
	 * The exercises with the catalogue's doses.
	 * @throws IllegalArgumentException naming the first id that is not in the catalogue
	 */
	public PrescribedMenu prescribe(List<String> exerciseIds, int sessionsPerWeek) {
		return prescribe(exerciseIds, List.of(), List.of(), sessionsPerWeek);
	}

	/**
	 * A menu with the practitioner's own amounts (seconds of a hold, repetitions of a
	 * set), in the given order; a {@code null} amount keeps the catalogue's dose.
	 * @throws IllegalArgumentException naming the field and the problem
	 */
	public PrescribedMenu prescribe(List<String> exerciseIds, List<Integer> amounts, int sessionsPerWeek) {
		return prescribe(exerciseIds, amounts, List.of(), sessionsPerWeek);
	}

	/**
	 * A menu with the practitioner's own amounts and sets, in the given order: a
	 * {@code null} amount keeps the catalogue's amount, a {@code null} number of sets the
	 * catalogue's sets (a hold has no sets).
	 * @throws IllegalArgumentException naming the field and the problem
	 */
	public PrescribedMenu prescribe(List<String> exerciseIds, List<Integer> amounts, List<Integer> sets,
			int sessionsPerWeek) {
		if (exerciseIds.isEmpty()) {
			throw new IllegalArgumentException("exercises: a menu needs at least one exercise");
		}
		if (sessionsPerWeek < 1 || sessionsPerWeek > 14) {
			throw new IllegalArgumentException("sessionsPerWeek: must be between 1 and 14");
		}
		List<PrescribedItem> items = new ArrayList<>();
		for (int i = 0; i < exerciseIds.size(); i++) {
			Exercise exercise = exercise(exerciseIds.get(i));
			Dose dose = exercise.dose();
			Integer amount = i < amounts.size() ? amounts.get(i) : null;
			if (amount != null) {
				if (amount < 1 || amount > MAX_AMOUNT) {
					throw new IllegalArgumentException("amounts: the dose of \"" + exercise.id()
							+ "\" must be between 1 and " + MAX_AMOUNT + ", not " + amount);
				}
				dose = dose.withAmount(amount);
			}
			Integer setCount = i < sets.size() ? sets.get(i) : null;
			if (setCount != null && !dose.isHold()) {
				if (setCount < 1 || setCount > MAX_SETS) {
					throw new IllegalArgumentException("sets: the sets of \"" + exercise.id()
							+ "\" must be between 1 and " + MAX_SETS + ", not " + setCount);
				}
				dose = dose.withSets(setCount);
			}
			items.add(exercise.prescribed(dose));
		}
		return new PrescribedMenu("menu-" + UUID.randomUUID(), sessionsPerWeek, items);
	}

	public List<String> starter(String starterId) {
		return this.knowledgeBase.starterMenu(starterId)
			.orElseThrow(() -> new IllegalArgumentException("starter: unknown starter menu \"" + starterId + "\""))
			.items()
			.stream()
			.map((item) -> item.exercise())
			.toList();
	}

	/** The exercise with the catalogue's dose. */
	public PrescribedItem item(String exerciseId) {
		Exercise exercise = exercise(exerciseId);
		return exercise.prescribed(exercise.dose());
	}

	/**
	 * The item with the catalogue's reading of each muscle, when it has none (a menu
	 * stored before the readings were kept), so that its cramps are read the same way.
	 */
	public PrescribedItem withCatalogueDemands(PrescribedItem item) {
		if (!item.demands().isEmpty()) {
			return item;
		}
		return this.knowledgeBase.exercises()
			.find(item.exerciseId())
			.map((exercise) -> new PrescribedItem(item.exerciseId(), item.targetMuscles(), item.dose(),
					item.expectsWakeUpCramp(), item.regressionId(), item.progressionId(), exercise.demands()))
			.orElse(item);
	}

	private Exercise exercise(String exerciseId) {
		return this.knowledgeBase.exercises()
			.find(exerciseId)
			.orElseThrow(() -> new IllegalArgumentException("exercises: unknown exercise \"" + exerciseId + "\""));
	}

}
