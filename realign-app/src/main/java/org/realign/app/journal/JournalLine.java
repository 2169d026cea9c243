package org.realign.app.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a client's journal: a cramp or pain entry (its current version) or a spasm
 * episode.
 *
 * @param id the entry or spasm episode id
 * @param version the version shown, 1 unless corrected
 * @param kind {@code cramp}, {@code pain} or {@code spasm}
 * @param date the day it happened
 * @param where the body region id
 * @param intensity 0..10, or null when not given
 * @param setting for a cramp, when it came
 * @param context for a cramp, the circumstances ticked
 * @param reading for a cramp, the class the cramp classifier gave it (never
 * {@code wake-up}: there is no prescribed exercise)
 * @param trigger for a spasm, the movement that set it off
 * @param minutes for a spasm, how long it lasted
 * @param note free text
 * @param recordedAt when it was recorded
 */
record JournalLine(String id, int version, String kind, LocalDate date, String where, Integer intensity, String setting,
		List<String> context, String reading, String trigger, Long minutes, String note, Instant recordedAt) {

	/** The cramp classifier's reading asks for a doctor. */
	public boolean seeDoctor() {
		return "needs-medical-review".equals(this.reading);
	}

}
