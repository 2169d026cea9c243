package org.realign.core.feedback.outcome;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of an outcome measure for a client; the unit is the measure's.
 *
 * @param clientId the client
 * @param measureId the measure
 * @param date the day it was taken
 * @param point intake or re-assessment
 * @param value the score or distance
 */
public record OutcomeRecord(String clientId, String measureId, LocalDate date, AssessmentPoint point, double value) {

	public OutcomeRecord {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(measureId, "measureId");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(point, "point");
	}

	/** When in the programme a measure was taken. */
	public enum AssessmentPoint {

		INTAKE("intake"), REASSESSMENT("reassessment");

		private final String id;

		AssessmentPoint(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

}
