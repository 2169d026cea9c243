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
 */
public record Hypothesis(String muscle, MuscleState state, Optional<Side> side, List<String> because,
		List<String> sources, Set<Framework> frameworks, Confidence confidence, List<String> reasons,
		List<String> caveats, Status status) {

	public Hypothesis {
		Objects.requireNonNull(muscle, "muscle");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(side, "side");
		Objects.requireNonNull(confidence, "confidence");
		Objects.requireNonNull(status, "status");
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
	public String key() {
		return key(this.muscle, this.state, this.side);
	}

	public static String key(String muscle, MuscleState state, Optional<Side> side) {
		return muscle + ":" + state.id() + side.map((s) -> ":" + s.id()).orElse("");
	}

	Hypothesis withStatus(Status newStatus) {
		return new Hypothesis(this.muscle, this.state, this.side, this.because, this.sources, this.frameworks,
				this.confidence, this.reasons, this.caveats, newStatus);
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
