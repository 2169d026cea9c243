package org.realign.core.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.prescription.PrescribedMenu;

/**
 * Records session logs and their corrections. Validation comes first and a rejected draft
 * changes nothing; a correction is appended as a new version that points to the one it
 * replaces.
 */
public final class SessionLogger {

	private final Clock clock;

	private final SessionLogValidator validator;

	public SessionLogger(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.validator = new SessionLogValidator(clock);
	}

	/** Records the first version of a session. */
	public LogOutcome record(String logId, SessionDraft draft, PrescribedMenu menu, String recordedBy) {
		List<FieldError> errors = this.validator.validate(draft, menu);
		if (!errors.isEmpty()) {
			return new LogOutcome.Rejected(errors);
		}
		SessionLog first = new SessionLog(logId, 1, Optional.empty(), draft, this.clock.instant(), recordedBy,
				Optional.empty());
		return new LogOutcome.Recorded(new SessionLogHistory(logId, List.of(first)));
	}

	/**
	 * Corrects a session: appends a new version replacing the current one. The returned
	 * history keeps the old version; {@code history} itself is not changed.
	 */
	public LogOutcome correct(SessionLogHistory history, SessionDraft draft, PrescribedMenu menu, String recordedBy,
			String reason) {
		List<FieldError> errors = new ArrayList<>(this.validator.validate(draft, menu));
		SessionLog current = history.current();
		if (!draft.clientId().equals(current.clientId())) {
			errors.add(new FieldError("clientId", "changed", "a correction cannot move a log to another client"));
		}
		if (reason == null || reason.isBlank()) {
			errors.add(new FieldError("correctionReason", "blank", "a correction needs a reason"));
		}
		if (!errors.isEmpty()) {
			return new LogOutcome.Rejected(errors);
		}
		SessionLog next = new SessionLog(history.logId(), current.version() + 1, Optional.of(current.version()), draft,
				this.clock.instant(), recordedBy, Optional.of(reason));
		return new LogOutcome.Recorded(history.append(next));
	}

}
