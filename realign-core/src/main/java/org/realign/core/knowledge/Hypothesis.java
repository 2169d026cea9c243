package org.realign.core.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.realign.core.landmark.Side;

/**
 * A hypothesis about one muscle, for the practitioner to confirm or reject.
 *
 * @param muscle muscle id
 * @param state hypothesised state
 * @param side the person's side, for side-specific hypotheses
 * @param because the finding ids that support it
 * @param sources the sources of the rules that fired
 * @param frameworks the frameworks whose rules fired
 * @param confidence how much the frameworks agree
 * @param reasons one sentence per rule that fired
 * @param caveats what is uncertain
 * @param status proposed, confirmed or rejected by the practitioner
 * @param evidence the best-checked of the rules behind it: {@link RuleEvidence#INFERENCE}
 * means every rule behind it is our own inference, which the page and report say
 * @param conflict when findings pull this muscle two ways: the conflict named, and which
 * side of it is better supported and why
 */
public record Hypothesis(String muscle, MuscleState state, Optional<Side> side, List<String> because,
		List<String> sources, Set<Framework> frameworks, Confidence confidence, List<String> reasons,
		List<String> caveats, Status status, RuleEvidence evidence, Optional<String> conflict) {

	/** A hypothesis stated in its sources, with no conflict. */
	public Hypothesis(String muscle, MuscleState state, Optional<Side> side, List<String> because, List<String> sources,
			Set<Framework> frameworks, Confidence confidence, List<String> reasons, List<String> caveats,
			Status status) {
		this(muscle, state, side, because, sources, frameworks, confidence, reasons, caveats, status,
				RuleEvidence.SOURCE, Optional.empty());
	}

	public Hypothesis {
		Objects.requireNonNull(muscle, "muscle");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(side, "side");
		Objects.requireNonNull(confidence, "confidence");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(evidence, "evidence");
		Objects.requireNonNull(conflict, "conflict");
		because = List.copyOf(because);
		sources = List.copyOf(sources);
		frameworks = Set.copyOf(frameworks);
		reasons = List.copyOf(reasons);
		caveats = List.copyOf(caveats);
	}

	/**
	 * Stable key used by menus and overrides: {@code muscle:state} or
	 * {@code muscle:state:side}, e.g. {@code quadratus-lumborum:short-overactive:left}.
	 */
	/** Whether every rule behind it is our own inference. */
	public boolean ownInference() {
		return this.evidence == RuleEvidence.INFERENCE;
	}

	public String key() {
		return key(this.muscle, this.state, this.side);
	}

	public static String key(String muscle, MuscleState state, Optional<Side> side) {
		return muscle + ":" + state.id() + side.map((s) -> ":" + s.id()).orElse("");
	}

	Hypothesis withStatus(Status newStatus) {
		return new Hypothesis(this.muscle, this.state, this.side, this.because, this.sources, this.frameworks,
				this.confidence, this.reasons, this.caveats, newStatus, this.evidence, this.conflict);
	}

	public enum Status {

		PROPOSED("proposed"), CONFIRMED("confirmed"), REJECTED("rejected");

		private final String id;

		Status(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

}
