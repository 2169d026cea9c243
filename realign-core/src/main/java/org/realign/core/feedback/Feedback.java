package org.realign.core.feedback;

/**
 * What a client felt during or after an exercise: a cramp, a pain or a spasm. An exercise
 * with no feedback has an empty list. Ranges are not enforced here but by
 * {@link SessionLogValidator}, so that bad input comes back as named field errors.
 */
public sealed interface Feedback permits CrampReport, PainReport, SpasmReport {

	/** The kind as stored: {@code cramp}, {@code pain} or {@code spasm}. */
	String kind();

}
