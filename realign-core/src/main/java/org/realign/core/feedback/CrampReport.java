package org.realign.core.feedback;

import java.util.Objects;
import java.util.Set;

/**
 * A cramp: an involuntary, transient, palpable tightening of a muscle.
 *
 * @param where a kebab-case muscle id (e.g. {@code gluteus-maximus}) or body region (e.g.
 * {@code calf}, {@code foot})
 * @param intensity 0..10
 * @param onset when it started
 * @param minutesToEase how long until it eased, 0 or more
 * @param easedBy what eased it
 * @param context circumstances the client ticked
 */
public record CrampReport(String where, int intensity, CrampOnset onset, int minutesToEase, EasedBy easedBy,
		Set<CrampContext> context) implements Feedback {

	public CrampReport {
		Objects.requireNonNull(where, "where");
		Objects.requireNonNull(onset, "onset");
		Objects.requireNonNull(easedBy, "easedBy");
		context = Set.copyOf(context);
	}

	@Override
	public String kind() {
		return "cramp";
	}

	public boolean has(CrampContext flag) {
		return this.context.contains(flag);
	}

}
