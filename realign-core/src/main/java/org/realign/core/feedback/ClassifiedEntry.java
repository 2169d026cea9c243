package org.realign.core.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * One exercise entry of a past session with its cramps classified.
 *
 * @param logId the session log
 * @param version the log version in force
 * @param date the session date
 * @param entry the entry
 * @param cramps the classification of each of its cramps
 */
public record ClassifiedEntry(String logId, int version, LocalDate date, ExerciseEntry entry,
		List<CrampClassification> cramps) {

	public ClassifiedEntry {
		cramps = List.copyOf(cramps);
	}

	public boolean hasCramp() {
		return !this.cramps.isEmpty();
	}

	public boolean has(CrampClass kind) {
		return this.cramps.stream().anyMatch((cramp) -> cramp.kind() == kind);
	}

	/** Done with no cramp, pain or spasm at all. */
	public boolean quiet() {
		return this.entry.done() && this.entry.feedback().isEmpty();
	}

}
