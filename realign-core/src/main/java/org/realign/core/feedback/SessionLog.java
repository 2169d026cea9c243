package org.realign.core.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One recorded version of a client's session. Logs are append-only clinical records: a
 * correction is a new version with the same {@code logId}, a higher {@code version} and
 * {@code replacesVersion} pointing at the one it corrects; the old version is kept.
 *
 * @param logId stable id of the session across its versions
 * @param version 1 for the first record, +1 per correction
 * @param replacesVersion the version this one corrects, empty for version 1
 * @param session what was logged
 * @param recordedAt when this version was recorded (from the injected clock)
 * @param recordedBy who recorded it (user id)
 * @param correctionReason why it was corrected, empty for version 1
 */
public record SessionLog(String logId, int version, Optional<Integer> replacesVersion, SessionDraft session,
		Instant recordedAt, String recordedBy, Optional<String> correctionReason) {

	public SessionLog {
		Objects.requireNonNull(logId, "logId");
		Objects.requireNonNull(replacesVersion, "replacesVersion");
		Objects.requireNonNull(session, "session");
		Objects.requireNonNull(recordedAt, "recordedAt");
		Objects.requireNonNull(recordedBy, "recordedBy");
		Objects.requireNonNull(correctionReason, "correctionReason");
		if (version < 1) {
			throw new IllegalArgumentException("version starts at 1: " + version);
		}
	}

	public LocalDate date() {
		return this.session.date();
	}

	public String clientId() {
		return this.session.clientId();
	}

	public List<ExerciseEntry> entries() {
		return this.session.entries();
	}

	public Optional<ExerciseEntry> entry(String exerciseId) {
		return entries().stream().filter((entry) -> entry.exerciseId().equals(exerciseId)).findFirst();
	}

	/** Every cramp of the session, on an exercise or not. */
	public List<CrampReport> allCramps() {
		return Stream
			.concat(entries().stream().flatMap((entry) -> entry.cramps().stream()),
					this.session.standaloneCramps().stream())
			.toList();
	}

	/** The worst pain of the session, 0 when none. */
	public int worstPain() {
		return entries().stream().mapToInt(ExerciseEntry::worstPain).max().orElse(0);
	}

}
