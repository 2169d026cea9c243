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
			List<Builder> opposed = byKey.values()
				.stream()
				.filter((other) -> other.muscle.equals(builder.muscle) && other.state == builder.state.opposite()
						&& overlaps(other.side, builder.side))
				.toList();
			Optional<String> conflict = opposed.isEmpty() ? Optional.empty()
					: Optional.of(describeConflict(builder, opposed));
			hypotheses.add(builder.build(conflict, List.copyOf(fired.keySet())));
		}
		hypotheses.sort(Comparator.comparing(Hypothesis::state)
			.thenComparing(Hypothesis::muscle)
			.thenComparing((h) -> h.side().map(Side::id).orElse("")));
		return new Hypotheses(hypotheses, List.of(Hypotheses.HYPOTHESES_NOTICE, Hypotheses.EVIDENCE_NOTICE), List.of());
	}

	/**
	 * Two hypotheses about one muscle concern the same tissue when their sides are equal,
	 * or when one of them has no side (an unsided hypothesis speaks of both sides).
	 */
	private static boolean overlaps(Optional<Side> a, Optional<Side> b) {
		return a.isEmpty() || b.isEmpty() || a.equals(b);
	}

	/**
	 * Names the conflict and says which reading is better supported: more rules stated in
	 * (or summarised from) a source rather than inferred by us, then more frameworks,
	 * then more findings behind it. A tie says so.
	 */
	static String describeConflict(Builder self, List<Builder> opposed) {
		Builder other = opposed.stream().max(Comparator.comparing(Builder::support)).orElseThrow();
		String selfText = self.describe();
		String otherText = other.describe();
		int order = self.support().compareTo(other.support());
		String verdict;
		if (order == 0) {
			verdict = "Neither is better supported (" + self.support().explain()
					+ " each): test the muscle's length before treating it.";
		}
		else {
			Builder better = (order > 0) ? self : other;
			Builder worse = (order > 0) ? other : self;
			verdict = "Better supported: " + better.describe() + ", with " + better.support().explain() + " against "
					+ worse.support().explain() + ". Test the muscle's length before treating it.";
		}
		return "Findings pull " + self.muscle + " two ways: " + selfText + " against " + otherText + ". " + verdict;
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

	/**
	 * How well a reading of a muscle is supported, compared in order: rules not our own
	 * inference, distinct frameworks, findings behind it.
	 */
	record Support(int checkedRules, int frameworks, int findings) implements Comparable<Support> {

		@Override
		public int compareTo(Support other) {
			return Comparator.comparingInt(Support::checkedRules)
				.thenComparingInt(Support::frameworks)
				.thenComparingInt(Support::findings)
				.compare(this, other);
		}

		String explain() {
			return this.checkedRules + " rule" + (this.checkedRules == 1 ? "" : "s") + " from a source, "
					+ this.frameworks + " framework" + (this.frameworks == 1 ? "" : "s") + " and " + this.findings
					+ " finding" + (this.findings == 1 ? "" : "s");
		}

	}

	static final class Builder {

		final String muscle;

		final MuscleState state;

		final Optional<Side> side;

		final Set<String> because = new LinkedHashSet<>();

		final Set<String> sources = new LinkedHashSet<>();

		final Set<Framework> frameworks = EnumSet.noneOf(Framework.class);

		final Set<String> reasons = new LinkedHashSet<>();

		final Set<String> caveats = new LinkedHashSet<>();

		final Set<RuleEvidence> evidence = EnumSet.noneOf(RuleEvidence.class);

		int checkedRules;

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
			this.evidence.add(rule.evidence());
			if (rule.evidence() != RuleEvidence.INFERENCE) {
				this.checkedRules++;
			}
			this.reasons.add(rule.reasoning());
			if (!rule.caveat().isBlank()) {
				this.caveats.add(rule.caveat());
			}
		}

		Support support() {
			return new Support(this.checkedRules, this.frameworks.size(), this.because.size());
		}

		String describe() {
			return this.muscle + " " + this.state.id() + this.side.map((s) -> " (" + s.id() + ")").orElse("") + " from "
					+ String.join(", ", this.because);
		}

		/** {@code because} follows the order in which the findings were reported. */
		Hypothesis build(Optional<String> conflict, List<String> findingOrder) {
			List<String> orderedBecause = new ArrayList<>(this.because);
			orderedBecause.sort(Comparator.comparingInt(findingOrder::indexOf));
			List<String> allCaveats = new ArrayList<>(this.caveats);
			if (conflict.isPresent()) {
				allCaveats.add(0, CONFLICT_CAVEAT);
			}
			RuleEvidence best = this.evidence.stream().min(Comparator.naturalOrder()).orElse(RuleEvidence.INFERENCE);
			return new Hypothesis(this.muscle, this.state, this.side, orderedBecause, List.copyOf(this.sources),
					this.frameworks, Confidence.of(this.frameworks.size(), conflict.isPresent()),
					List.copyOf(this.reasons), allCaveats, Hypothesis.Status.PROPOSED, best, conflict);
		}

	}

}
