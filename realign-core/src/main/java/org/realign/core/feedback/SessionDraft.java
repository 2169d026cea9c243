package org.realign.core.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a client submits for one session, before validation.
 *
 * @param clientId the client
 * @param menuId the menu done
 * @param date the day of the session, not in the future
 * @param entries one entry per exercise done or skipped
 * @param standaloneCramps cramps not tied to an exercise (at night, at rest)
 * @param newOrWorseSymptoms whether the client reports new or worse symptoms; triggers a
 * red-flag re-screen
 * @param notes free text
 */
public record SessionDraft(String clientId, String menuId, LocalDate date, List<ExerciseEntry> entries,
		List<CrampReport> standaloneCramps, boolean newOrWorseSymptoms, String notes) {

	public SessionDraft {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(menuId, "menuId");
		Objects.requireNonNull(date, "date");
		entries = List.copyOf(entries);
		standaloneCramps = List.copyOf(standaloneCramps);
		notes = notes == null ? "" : notes;
	}

}
