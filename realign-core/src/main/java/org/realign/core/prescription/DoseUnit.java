package org.realign.core.prescription;

/** What a dose counts: seconds of a hold or repetitions. */
public enum DoseUnit {

	SECONDS("s"), REPS("reps");

	private final String id;

	DoseUnit(String id) {
		this.id = id;
	}

	/** The unit as stored, UCUM {@code s} for seconds. */
	public String id() {
		return this.id;
	}

}
