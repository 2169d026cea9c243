package org.realign.core.feedback;

/** What made a cramp ease. */
public enum EasedBy {

	STRETCHING("stretching"), MOVING("moving"), NOTHING("nothing");

	private final String id;

	EasedBy(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

}
