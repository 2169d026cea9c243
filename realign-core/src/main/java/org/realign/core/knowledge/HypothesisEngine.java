package org.realign.core.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.realign.core.finding.Finding;
import org.realign.core.landmark.Side;

/**
 * Applies the hypothesis rules to an assessment's findings.
 * <p>
 * Every rule whose finding fired produces a candidate (muscle, state, side). Candidates
 * with the same key merge: their findings, sources, frameworks, reasons and caveats are
 * united. Confidence counts the distinct frameworks that agree [field research 3.3 and
 * 3.5]; when the same muscle on the same side is hypothesised both short and long, both
 * hypotheses drop to {@link Confidence#LOW} and say so. The result is ordered
 * deterministically: short-overactive before long-underactive (release before
 * activation), then by muscle id and side.
 */
public final class HypothesisEngine {

	static final String CONFLICT_CAVEAT = "Frameworks disagree about this muscle (both short and long are hypothesised): test its length before treating it.";

	private final KnowledgeBase knowledgeBase;

	public HypothesisEngine(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	public Hypotheses hypothesise(List<Finding> findings) {
		// Every finding is kept, one per side: a foot turned out on the left and on the
		// right gives hypotheses for both sides, not only for the first one reported.
		Map<String, List<Finding>> fired = new LinkedHashMap<>();
		for (Finding finding : findings) {
			fired.computeIfAbsent(finding.id(), (id) -> new ArrayList<>()).add(finding);
		}
		Map<String, Builder> byKey = new LinkedHashMap<>();
		for (HypothesisRule rule : this.knowledgeBase.rules()) {
			if (!fired.containsKey(rule.finding())) {
				continue;
			}
			for (Optional<Side> side : sidesFor(rule, fired)) {
				String key = Hypothesis.key(rule.muscle(), rule.state(), side);
				byKey.computeIfAbsent(key, (k) -> new Builder(rule.muscle(), rule.state(), side)).add(rule);
			}
		}
		List<Hypothesis> hypotheses = new ArrayList<>();
		for (Builder builder : byKey.values()) {
			String oppositeKey = Hypothesis.key(builder.muscle, builder.state.opposite(), builder.side);
			hypotheses.add(builder.build(byKey.containsKey(oppositeKey), List.copyOf(fired.keySet())));
		}
		hypotheses.sort(Comparator.comparing(Hypothesis::state)
			.thenComparing(Hypothesis::muscle)
			.thenComparing((h) -> h.side().map(Side::id).orElse("")));
		return new Hypotheses(hypotheses, List.of(Hypotheses.HYPOTHESES_NOTICE, Hypotheses.EVIDENCE_NOTICE), List.of());
	}

	/**
	 * The sides a rule's hypothesis is on: none for an unsided rule; for a sided one,
	 * each side its side finding fired on (mirrored for rules on the opposite side).
	 */
	private static List<Optional<Side>> sidesFor(HypothesisRule rule, Map<String, List<Finding>> fired) {
		if (rule.side() == SideRule.NONE) {
			return List.of(Optional.empty());
		}
		return fired.getOrDefault(rule.sideFinding(), List.of())
			.stream()
			.map(Finding::side)
			.flatMap(Optional::stream)
			.distinct()
			.map((side) -> Optional.of(rule.side() == SideRule.SAME ? side : side.opposite()))
			.toList();
	}

	private static final class Builder {

		final String muscle;

		final MuscleState state;

		final Optional<Side> side;

		final Set<String> because = new LinkedHashSet<>();

		final Set<String> sources = new LinkedHashSet<>();

		final Set<Framework> frameworks = EnumSet.noneOf(Framework.class);

		final Set<String> reasons = new LinkedHashSet<>();

		final Set<String> caveats = new LinkedHashSet<>();

		Builder(String muscle, MuscleState state, Optional<Side> side) {
			this.muscle = muscle;
			this.state = state;
			this.side = side;
		}

		void add(HypothesisRule rule) {
			this.because.add(rule.finding());
			rule.sideOf().ifPresent(this.because::add);
			this.sources.addAll(rule.sources());
			this.frameworks.add(rule.framework());
			this.reasons.add(rule.reasoning());
			if (!rule.caveat().isBlank()) {
				this.caveats.add(rule.caveat());
			}
		}

		/** {@code because} follows the order in which the findings were reported. */
		Hypothesis build(boolean conflicting, List<String> findingOrder) {
			List<String> orderedBecause = new ArrayList<>(this.because);
			orderedBecause.sort(Comparator.comparingInt(findingOrder::indexOf));
			List<String> allCaveats = new ArrayList<>(this.caveats);
			if (conflicting) {
				allCaveats.add(0, CONFLICT_CAVEAT);
			}
			return new Hypothesis(this.muscle, this.state, this.side, orderedBecause, List.copyOf(this.sources),
					this.frameworks, Confidence.of(this.frameworks.size(), conflicting), List.copyOf(this.reasons),
					allCaveats, Hypothesis.Status.PROPOSED);
		}

	}

}
