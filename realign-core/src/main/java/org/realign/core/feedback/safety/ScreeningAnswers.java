package org.realign.core.feedback.safety;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A client's answers to the red-flag questionnaire.
 *
 * @param clientId the client
 * @param date the day of the screening
 * @param occasion intake or re-screen
 * @param questionnaireVersion the questionnaire version answered
 * @param answers yes (true) or no (false) per question id; every question must be
 * answered
 */
public record ScreeningAnswers(String clientId, LocalDate date, Occasion occasion, int questionnaireVersion,
		Map<String, Boolean> answers) {

	public ScreeningAnswers {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(occasion, "occasion");
		answers = Map.copyOf(answers);
	}

	/** Why the client was screened. */
	public enum Occasion {

		INTAKE("intake"), RESCREEN("rescreen");

		private final String id;

		Occasion(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

}
