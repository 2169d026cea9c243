package org.realign.core.feedback.safety;

import java.util.List;
import java.util.Optional;

import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.SafetyStatus;

/** The outcome of screening a client's answers. */
public sealed interface ScreeningOutcome {

	/**
	 * The answers were complete.
	 *
	 * @param status clear, practitioner review, or paused
	 * @param flagged question ids answered yes
	 * @param forClient what the client is told at once, empty when nothing is flagged
	 * @param alert the practitioner's alert, empty when nothing is flagged
	 */
	record Screened(SafetyStatus status, List<String> flagged, Optional<String> forClient,
			Optional<Alert> alert) implements ScreeningOutcome {

		public Screened {
			flagged = List.copyOf(flagged);
		}

	}

	/** The answers were incomplete or unknown; nothing was screened. */
	record Invalid(List<FieldError> errors) implements ScreeningOutcome {

		public Invalid {
			errors = List.copyOf(errors);
		}

	}

}
