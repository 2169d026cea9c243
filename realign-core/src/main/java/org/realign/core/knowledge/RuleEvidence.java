package org.realign.core.knowledge;

import java.util.Optional;

/**
 * How far a hypothesis rule was checked against its source: the label the page and the
 * report show beside every hypothesis, so that our own inferences are never passed off as
 * a framework's claim.
 */
public enum RuleEvidence {

	/** The cited source makes the claim, and it was read. */
	SOURCE("source", "stated in the cited source"),
	/**
	 * The primary source was not reachable; secondary summaries of it make the claim.
	 */
	SECONDARY("secondary", "from secondary summaries of the framework; the primary source was not checked"),
	/** Our own inference from the posture the framework describes. */
	INFERENCE("inference", "our own inference, not a claim the cited framework makes");

	private final String id;

	private final String label;

	RuleEvidence(String id, String label) {
		this.id = id;
		this.label = label;
	}

	public String id() {
		return this.id;
	}

	/** The words shown beside a hypothesis resting on such a rule. */
	public String label() {
		return this.label;
	}

	public static Optional<RuleEvidence> fromId(String id) {
		for (RuleEvidence evidence : values()) {
			if (evidence.id.equals(id)) {
				return Optional.of(evidence);
			}
		}
		return Optional.empty();
	}

}
