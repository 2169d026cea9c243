package org.realign.core.feedback;

import java.util.List;

/** The outcome of recording or correcting a session log. */
public sealed interface LogOutcome {

	/** The log was recorded; {@code history} holds every version, the new one last. */
	record Recorded(SessionLogHistory history) implements LogOutcome {

		public SessionLog log() {
			return this.history.current();
		}

	}

	/** Nothing was recorded; each error names its field. */
	record Rejected(List<FieldError> errors) implements LogOutcome {

		public Rejected {
			errors = List.copyOf(errors);
		}

	}

}
