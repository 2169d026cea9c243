package org.realign.core.knowledge;

/**
 * How much the frameworks agree on a hypothesis. Agreement between frameworks is not
 * evidence of effect: even {@code HIGH} stays a hypothesis to confirm by examination.
 */
public enum Confidence {

	/** One framework supports it, or frameworks conflict about the muscle. */
	LOW("low"),
	/** Two frameworks agree. */
	MODERATE("moderate"),
	/** Three or more frameworks agree and none conflicts. */
	HIGH("high");

	private final String id;

	Confidence(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	static Confidence of(int frameworksAgreeing, boolean conflicting) {
		if (conflicting || frameworksAgreeing <= 1) {
			return LOW;
		}
		return frameworksAgreeing == 2 ? MODERATE : HIGH;
	}

}
