package org.realign.core.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.Hypothesis;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.MuscleState;
import org.realign.core.prescription.Dose;

/**
 * Turns muscle hypotheses and the client's constraints into an ordered menu of
 * {@value #MIN_ITEMS} to {@value #MAX_ITEMS} exercises.
 * <p>
 * <b>Selection.</b> Exercises the client's constraints exclude (floor, kneeling, a
 * painful area, missing equipment) are never candidates. Then, greedily, the candidate
 * with the most value per second wins. Its value is the weight of the still-uncovered
 * hypotheses it addresses (confidence low 1, moderate 2, high 3, plus 3 when the
 * practitioner confirmed it) minus the weight of every unsided hypothesis it works
 * against (releasing a muscle thought long, activating one thought short); its time is
 * {@link Dose#estimatedSeconds()} plus {@link SuggestedItem#TRANSITION_SECONDS}. Ties go
 * to catalogue order. A candidate is taken only if the menu still fits the budget with
 * room left for the shortest exercises needed to reach {@value #MIN_ITEMS}. Once every
 * hypothesis is covered the menu is topped up towards {@value #TYPICAL_ITEMS} with
 * exercises that work against no hypothesis: first those that address a covered
 * hypothesis (most per second first), then the {@code daily-alignment} starter exercises,
 * then the shortest allowed ones, as long as they fit.
 * <p>
 * <b>Time to spare</b> goes to the holds, each lengthened by the same factor up to twice
 * its default (see {@link #lengthenHolds}); the number of exercises is not raised for it,
 * since adherence falls as menus grow (field research section 2.1).
 * <p>
 * <b>Order.</b> "Straighten before you strengthen" [1]: exercises that release a short,
 * overactive muscle come before exercises that only wake up long, underactive ones;
 * within each group, unloaded lying positions first, then floor, quadruped and seated
 * work, then loaded standing and wall work [2]; ties keep the selection order.
 * <p>
 * The same hypotheses and constraints always give the same menu.
 * <p>
 * [1] Egoscue P, Gittines R. Pain Free. Bantam; 1998.<br>
 * [2] Field research section 3.1, "Menu structure" (typical order, background knowledge).
 */
public final class MenuGenerator {

	public static final int MIN_ITEMS = 5;

	public static final int MAX_ITEMS = 12;

	/** Menus are topped up to this many exercises when the time allows. */
	public static final int TYPICAL_ITEMS = 8;

	static final String DISCLAIMER = "This menu is exercise guidance, not medical treatment. Stop any exercise that causes pain rather than effort and tell your practitioner.";

	static final String CRAMP_NOTICE = "Exercises marked as waking a muscle may bring on a brief cramp in that muscle; stretch it gently until it passes. "
			+ "A cramp elsewhere, at night, or with weakness or swelling is different: tell your practitioner.";

	private final KnowledgeBase knowledgeBase;

	public MenuGenerator(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	public MenuSuggestion generate(List<Hypothesis> hypotheses, ClientConstraints constraints) {
		List<Hypothesis> active = hypotheses.stream().filter((h) -> h.status() != Hypothesis.Status.REJECTED).toList();
		List<Exercise> candidates = this.knowledgeBase.exercises()
			.all()
			.stream()
			.filter((e) -> constraints.excludes(e).isEmpty())
			.toList();
		int budget = constraints.minutes() * 60;

		List<Exercise> selected = new ArrayList<>();
		Set<String> uncovered = new LinkedHashSet<>(active.stream().map(Hypothesis::key).toList());
		int used = 0;
		int shortest = candidates.stream().mapToInt(MenuGenerator::seconds).min().orElse(0);
		while (selected.size() < MAX_ITEMS && !uncovered.isEmpty()) {
			// keep room for the shortest exercises that the minimum menu length still
			// needs
			int reserve = Math.max(0, MIN_ITEMS - selected.size() - 1) * shortest;
			Exercise best = null;
			double bestValue = 0;
			for (Exercise candidate : candidates) {
				if (selected.contains(candidate) || used + seconds(candidate) + reserve > budget) {
					continue;
				}
				double value = (double) score(candidate, active, uncovered) / seconds(candidate);
				if (value > bestValue) {
					best = candidate;
					bestValue = value;
				}
			}
			if (best == null) {
				break;
			}
			selected.add(best);
			used += seconds(best);
			for (Hypothesis hypothesis : active) {
				if (best.addresses(hypothesis.muscle(), hypothesis.state())) {
					uncovered.remove(hypothesis.key());
				}
			}
		}
		for (Exercise filler : fillers(candidates, active)) {
			if (selected.size() >= TYPICAL_ITEMS) {
				break;
			}
			int reserve = Math.max(0, MIN_ITEMS - selected.size() - 1) * shortest;
			if (!selected.contains(filler) && used + seconds(filler) + reserve <= budget) {
				selected.add(filler);
				used += seconds(filler);
			}
		}

		// the method's holds are long (static back 5 min): when the budget cannot hold
		// the minimum number of exercises at their default doses, the longest holds give
		// way, halved at most down to a minute, before another exercise is left out
		Map<String, Dose> doses = new HashMap<>();
		selected.forEach((e) -> doses.put(e.id(), e.dose()));
		for (Exercise filler : fillers(candidates, active)) {
			if (selected.size() >= MIN_ITEMS) {
				break;
			}
			if (selected.contains(filler)) {
				continue;
			}
			int needed = seconds(filler);
			int total = selected.stream().mapToInt((e) -> seconds(doses.get(e.id()))).sum();
			while (total + needed > budget) {
				Exercise longest = selected.stream()
					.filter((e) -> doses.get(e.id()).isHold() && doses.get(e.id()).seconds() > MIN_SHORTENED_HOLD)
					.max(Comparator.comparingInt((Exercise e) -> doses.get(e.id()).estimatedSeconds()))
					.orElse(null);
				if (longest == null) {
					break;
				}
				Dose dose = doses.get(longest.id());
				int halved = Math.max(MIN_SHORTENED_HOLD, dose.seconds() / 2 / 15 * 15);
				doses.put(longest.id(), Dose.hold(halved, dose.perSide()));
				total = selected.stream().mapToInt((e) -> seconds(doses.get(e.id()))).sum();
			}
			if (total + needed <= budget) {
				selected.add(filler);
				doses.put(filler.id(), filler.dose());
			}
		}

		List<Exercise> ordered = new ArrayList<>(selected);
		ordered.sort(Comparator.comparingInt((Exercise e) -> releases(e, active) ? 0 : 1)
			.thenComparingInt((e) -> e.position().stage())
			.thenComparingInt(selected::indexOf));
		List<SuggestedItem> items = lengthenHolds(ordered.stream()
			.map((e) -> SuggestedItem.of(e, doses.getOrDefault(e.id(), e.dose()), because(e, active)))
			.toList(), budget);
		List<String> notices = new ArrayList<>();
		notices.add(DISCLAIMER);
		if (ordered.stream().anyMatch(Exercise::expectsWakeUpCramp)) {
			notices.add(CRAMP_NOTICE);
		}
		// A menu none of whose exercises answers a hypothesis of this assessment is a
		// general one, and says so rather than passing for the assessment's menu.
		boolean general = items.stream().allMatch((item) -> item.because().isEmpty());
		if (general) {
			notices.add(0, GENERAL_NOTICE);
		}
		return new MenuSuggestion(general ? "general" : "assessment", constraints.minutes(), items, notices, List.of());
	}

	/**
	 * Said first on a menu built on no finding: nothing exceeded its measurement error,
	 * or no finding led to a hypothesis.
	 */
	public static final String GENERAL_NOTICE = "A general alignment menu, not built on this assessment: no deviation beyond measurement error led to a muscle hypothesis.";

	/**
	 * With time to spare, the holds share it: each is lengthened by the same factor, at
	 * most {@link Dose#MAX_LENGTHENING} times its default, rounded down to whole 15 s, so
	 * the menu still fits. Reps doses stay as they are.
	 */
	static List<SuggestedItem> lengthenHolds(List<SuggestedItem> items, int budget) {
		int used = items.stream().mapToInt(SuggestedItem::estimatedSeconds).sum();
		int holdSeconds = items.stream()
			.filter((i) -> i.dose().isHold())
			.mapToInt((i) -> i.dose().estimatedSeconds())
			.sum();
		if (holdSeconds == 0 || used >= budget) {
			return items;
		}
		double factor = 1 + (double) (budget - used) / holdSeconds;
		return items.stream().map((item) -> item.withDose(item.dose().lengthened(factor))).toList();
	}

	private static int seconds(Exercise exercise) {
		return seconds(exercise.dose());
	}

	private static int seconds(Dose dose) {
		return SuggestedItem.seconds(dose);
	}

	/** A hold is never shortened below a minute to make room for another exercise. */
	static final int MIN_SHORTENED_HOLD = 60;

	private static int score(Exercise exercise, List<Hypothesis> active, Set<String> uncovered) {
		int score = 0;
		for (Hypothesis hypothesis : active) {
			int weight = hypothesis.confidence().ordinal() + 1
					+ (hypothesis.status() == Hypothesis.Status.CONFIRMED ? 3 : 0);
			if (uncovered.contains(hypothesis.key()) && exercise.addresses(hypothesis.muscle(), hypothesis.state())) {
				score += weight;
			}
			else if (worksAgainst(exercise, hypothesis)) {
				// it would stretch a muscle thought long, or work one thought short
				score -= weight;
			}
		}
		return score;
	}

	/**
	 * Top-up candidates, leaving out any that works against a hypothesis: first those
	 * that address an active hypothesis (most per second first), then the daily-alignment
	 * starter exercises in their menu order, then the rest, shortest first.
	 */
	private List<Exercise> fillers(List<Exercise> candidates, List<Hypothesis> active) {
		List<Exercise> allowed = candidates.stream().filter((e) -> !worksAgainst(e, active)).toList();
		List<Exercise> fillers = new ArrayList<>(allowed.stream()
			.filter((e) -> !because(e, active).isEmpty())
			.sorted(Comparator.comparingDouble((Exercise e) -> -(double) because(e, active).size() / seconds(e)))
			.toList());
		this.knowledgeBase.starterMenu("daily-alignment")
			.ifPresent((daily) -> daily.items()
				.forEach((item) -> allowed.stream()
					.filter((e) -> e.id().equals(item.exercise()) && !fillers.contains(e))
					.findFirst()
					.ifPresent(fillers::add)));
		// last resort for a tight budget: anything allowed, shortest first
		allowed.stream()
			.filter((e) -> !fillers.contains(e))
			.sorted(Comparator.comparingInt(MenuGenerator::seconds))
			.forEach(fillers::add);
		return fillers;
	}

	private static boolean worksAgainst(Exercise exercise, List<Hypothesis> active) {
		return active.stream().anyMatch((h) -> worksAgainst(exercise, h));
	}

	/**
	 * Releasing a muscle thought long, or activating one thought short. One-sided
	 * hypotheses are left out: a per-side exercise is done on both sides and the
	 * practitioner weights the sides.
	 */
	private static boolean worksAgainst(Exercise exercise, Hypothesis hypothesis) {
		return hypothesis.side().isEmpty() && exercise.addresses(hypothesis.muscle(), hypothesis.state().opposite());
	}

	private static boolean releases(Exercise exercise, List<Hypothesis> active) {
		return active.stream()
			.anyMatch((h) -> h.state() == MuscleState.SHORT_OVERACTIVE && exercise.addresses(h.muscle(), h.state()));
	}

	private static List<String> because(Exercise exercise, List<Hypothesis> active) {
		return active.stream().filter((h) -> exercise.addresses(h.muscle(), h.state())).map(Hypothesis::key).toList();
	}

}
