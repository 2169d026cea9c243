package org.realign.core.feedback;

import java.util.Objects;
import java.util.Optional;

import org.realign.core.landmark.Side;

/**
 * A spasm noticed during a session. The full story of an episode (trigger, duration, what
 * helped, what it stopped the client doing) is a
 * {@link org.realign.core.feedback.spasm.SpasmEpisode}.
 *
 * @param region e.g. {@code low-back}, {@code neck}, {@code calf}
 * @param severity 0..10
 * @param side the client's own left or right, empty when not said or in the middle
 */
public record SpasmReport(String region, int severity, Optional<Side> side) implements Feedback {

	public SpasmReport {
		Objects.requireNonNull(region, "region");
		side = side == null ? Optional.empty() : side;
	}

	/** A spasm whose side was not said. */
	public SpasmReport(String region, int severity) {
		this(region, severity, Optional.empty());
	}

	@Override
	public String kind() {
		return "spasm";
	}

}
