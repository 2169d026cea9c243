package org.realign.core.feedback;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.realign.core.landmark.Side;

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
 * @param side the client's own left or right, empty when not said or for a muscle in the
 * middle of the body; a cramp on both sides is two reports
 */
public record CrampReport(String where, int intensity, CrampOnset onset, int minutesToEase, EasedBy easedBy,
		Set<CrampContext> context, Optional<Side> side) implements Feedback {

	public CrampReport {
		Objects.requireNonNull(where, "where");
		Objects.requireNonNull(onset, "onset");
		Objects.requireNonNull(easedBy, "easedBy");
		context = Set.copyOf(context);
		side = side == null ? Optional.empty() : side;
	}

	/** A cramp whose side was not said. */
	public CrampReport(String where, int intensity, CrampOnset onset, int minutesToEase, EasedBy easedBy,
			Set<CrampContext> context) {
		this(where, intensity, onset, minutesToEase, easedBy, context, Optional.empty());
	}

	/** Where, with the side when one was said: {@code left hamstrings}. */
	public String place() {
		return this.side.map((s) -> s.id() + " ").orElse("") + this.where;
	}

	@Override
	public String kind() {
		return "cramp";
	}

	public boolean has(CrampContext flag) {
		return this.context.contains(flag);
	}

}
