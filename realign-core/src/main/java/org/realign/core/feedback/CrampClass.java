package org.realign.core.feedback;

/** How a cramp is read. Only a {@link #WAKE_UP} cramp may be chased. */
public enum CrampClass {

	/** In a target muscle, during the exercise, eases within minutes, no pain. */
	WAKE_UP("wake-up"),
	/**
	 * Brought on by long or intense exertion, or by effort in a muscle the exercise does
	 * not target.
	 */
	EXERTIONAL("exertional"),
	/** Likely fluid or electrolyte related: heavy sweating, illness, a diuretic. */
	FLUID_ELECTROLYTE("fluid-electrolyte"),
	/** A cramp a doctor should look at (field research §5.2). */
	NEEDS_MEDICAL_REVIEW("needs-medical-review"),
	/**
	 * In a muscle the exercise lengthens or lets go rather than works (a hamstring cramp
	 * in static wall): not a wake-up cramp, never chased; the stretch may be too strong.
	 */
	LENGTHENED_OR_RELEASED("lengthened-or-released"),
	/**
	 * A single night or rest cramp in the calf or foot with nothing else to explain it:
	 * common, not chased, watched for recurrence.
	 */
	UNEXPLAINED("unexplained");

	private final String id;

	CrampClass(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

}
