package org.realign.core.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One named rule: when {@code finding} fires, hypothesise that {@code muscle} is in
 * {@code state}, for the reason given, according to {@code framework} and its sources.
 * <p>
 * For one-sided rules the side comes from a finding that carries one: the rule's own
 * finding, or the finding named by {@code sideOf} (Egoscue's Condition II has no side of
 * its own and reads it from {@code elevated-hip} or {@code elevated-shoulder}). A
 * one-sided rule whose side finding is absent does not fire.
 *
 * @param id unique id, {@code framework:finding/muscle/state[/side]}
 * @param finding the finding id that triggers it
 * @param muscle the muscle id
 * @param state the hypothesised state
 * @param side where the hypothesis lands relative to the side finding
 * @param sideOf the finding whose side is read, when it is not {@code finding}
 * @param framework the framework the reasoning comes from
 * @param reasoning one sentence, in plain words
 * @param sources source ids from {@code kb/sources/}
 * @param evidence how far the rule was checked against its source
 * @param caveat what is uncertain about this rule, or empty
 */
public record HypothesisRule(String id, String finding, String muscle, MuscleState state, SideRule side,
		Optional<String> sideOf, Framework framework, String reasoning, List<String> sources, RuleEvidence evidence,
		String caveat) {

	/** A rule stated in its source. */
	public HypothesisRule(String id, String finding, String muscle, MuscleState state, SideRule side,
			Optional<String> sideOf, Framework framework, String reasoning, List<String> sources, String caveat) {
		this(id, finding, muscle, state, side, sideOf, framework, reasoning, sources, RuleEvidence.SOURCE, caveat);
	}

	public HypothesisRule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(finding, "finding");
		Objects.requireNonNull(muscle, "muscle");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(side, "side");
		Objects.requireNonNull(sideOf, "sideOf");
		Objects.requireNonNull(framework, "framework");
		Objects.requireNonNull(evidence, "evidence");
		sources = List.copyOf(sources);
		caveat = caveat == null ? "" : caveat;
	}

	/** The finding whose side a one-sided rule reads. */
	public String sideFinding() {
		return this.sideOf.orElse(this.finding);
	}

}
