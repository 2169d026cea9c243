package org.realign.core.finding;

/** How far a deviation lies beyond the measurement's error, graded per finding rule. */
public enum Severity {

	MILD("mild"), MODERATE("moderate"), MARKED("marked");

	private final String id;

	Severity(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

}
