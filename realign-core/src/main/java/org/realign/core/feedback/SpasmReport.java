package org.realign.core.feedback;

import java.util.Objects;

/**
 * A spasm noticed during a session. The full story of an episode (trigger, duration, what
 * helped, what it stopped the client doing) is a
 * {@link org.realign.core.feedback.spasm.SpasmEpisode}.
 *
 * @param region e.g. {@code low-back}, {@code neck}, {@code calf}
 * @param severity 0..10
 */
public record SpasmReport(String region, int severity) implements Feedback {

	public SpasmReport {
		Objects.requireNonNull(region, "region");
	}

	@Override
	public String kind() {
		return "spasm";
	}

}
