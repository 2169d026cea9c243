package org.realign.core.feedback;

/** When a cramp started. */
public enum CrampOnset {

	/** While doing the exercise. */
	DURING("during"),
	/** Soon after the exercise. */
	AFTER("after"),
	/** At night, in bed. */
	NIGHT("night"),
	/** At rest, with no exercise before it. */
	REST("rest");

	private final String id;

	CrampOnset(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	/** Night and rest cramps have no exercise cause. */
	public boolean isSpontaneous() {
		return this == NIGHT || this == REST;
	}

}
