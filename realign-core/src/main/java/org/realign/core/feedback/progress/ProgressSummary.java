package org.realign.core.feedback.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.realign.core.feedback.RuleOutcome.Milestone;
import org.realign.core.feedback.outcome.OutcomeComparison;
import org.realign.core.finding.Finding;

/**
 * A client's progress.
 *
 * @param clientId the client
 * @param asOf the day it was built (from the clock)
 * @param measurements per measurement, its values over time
 * @param findings the posture findings at each assessment, oldest first
 * @param crampsPerMuscle per muscle or region, cramps per ISO week (Monday)
 * @param pain the worst NPRS per session day
 * @param adherence sessions done per ISO week against the prescribed number
 * @param milestones the "woken up" milestones
 * @param outcomes each outcome measure at intake against its latest value
 * @param reassessment when the next re-assessment is due
 */
public record ProgressSummary(String clientId, LocalDate asOf, List<MeasurementSeries> measurements,
		List<FindingsAt> findings, Map<String, List<WeekCount>> crampsPerMuscle, List<PainPoint> pain,
		List<WeekAdherence> adherence, List<Milestone> milestones, List<OutcomeComparison> outcomes,
		ReassessmentDue reassessment) {

	public ProgressSummary {
		measurements = List.copyOf(measurements);
		findings = List.copyOf(findings);
		crampsPerMuscle = Map.copyOf(crampsPerMuscle);
		pain = List.copyOf(pain);
		adherence = List.copyOf(adherence);
		milestones = List.copyOf(milestones);
		outcomes = List.copyOf(outcomes);
	}

	/**
	 * The values of one measurement over time.
	 *
	 * @param measurementId the measurement
	 * @param unit its unit
	 * @param points oldest first
	 */
	public record MeasurementSeries(String measurementId, String unit, List<TimelinePoint> points) {

		public MeasurementSeries {
			points = List.copyOf(points);
		}

	}

	/**
	 * One value, with its change from the first value and whether the change exceeds the
	 * error of the two readings (so is more than measurement error).
	 *
	 * @param date the day
	 * @param value the value
	 * @param changeFromFirst value minus the first value
	 * @param mdc the change from the first value that is beyond error: the minimal
	 * detectable change, or wider when the readings' own errors are (estimated points)
	 * @param beyondMdc whether |change| exceeds it
	 */
	public record TimelinePoint(LocalDate date, double value, double changeFromFirst, double mdc, boolean beyondMdc) {
	}

	/**
	 * The posture findings of one assessment.
	 *
	 * @param date the assessment day
	 * @param findings the findings
	 */
	public record FindingsAt(LocalDate date, List<Finding> findings) {

		public FindingsAt {
			findings = List.copyOf(findings);
		}

	}

	/**
	 * A count per ISO week.
	 *
	 * @param weekStart the Monday
	 * @param count how many
	 */
	public record WeekCount(LocalDate weekStart, int count) {
	}

	/**
	 * The worst pain of a session day.
	 *
	 * @param date the day
	 * @param worstNprs 0..10
	 */
	public record PainPoint(LocalDate date, int worstNprs) {
	}

	/**
	 * Adherence in one ISO week.
	 *
	 * @param weekStart the Monday
	 * @param sessionsDone days with at least one exercise done
	 * @param sessionsPrescribed the menu's sessions per week
	 */
	public record WeekAdherence(LocalDate weekStart, int sessionsDone, int sessionsPrescribed) {

		/** Done over prescribed, capped at 1. */
		public double ratio() {
			return Math.min(1.0, (double) this.sessionsDone / this.sessionsPrescribed);
		}

	}

	/**
	 * When the next re-assessment is due: 10 to 14 days after the last one.
	 *
	 * @param lastAssessment the last assessment day
	 * @param earliest the first day it is due
	 * @param latest the last day before it is overdue
	 * @param status not yet, due, or overdue
	 */
	public record ReassessmentDue(LocalDate lastAssessment, LocalDate earliest, LocalDate latest, Status status) {

		/** Where today falls. */
		public enum Status {

			NOT_YET("not-yet"), DUE("due"), OVERDUE("overdue");

			private final String id;

			Status(String id) {
				this.id = id;
			}

			public String id() {
				return this.id;
			}

		}

	}

}
