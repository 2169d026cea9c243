package org.realign.app.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.Assessor;
import org.realign.core.feedback.progress.MeasurementPoint;
import org.realign.core.feedback.progress.ProgressSummary.FindingsAt;
import org.realign.core.finding.Finding;
import org.realign.core.measure.Measurement.Measured;
import org.realign.core.measure.MeasurementDefinition.MeasurementError;

import org.springframework.stereotype.Service;

/**
 * What a client's assessments say over time, for the features that relate what happens to
 * posture: the latest findings (spasm triggers), and every measurement and finding per
 * assessment (progress).
 */
@Service
public class PostureFindings {

	/** Between the measurement id and the view id in a series id: {@code id@view}. */
	public static final String VIEW_SEPARATOR = "@";

	private final Assessments assessments;

	private final Assessor assessor;

	PostureFindings(Assessments assessments, Assessor assessor) {
		this.assessments = assessments;
		this.assessor = assessor;
	}

	/** Empty when the client has no assessment yet. */
	public List<Finding> latest(long clientId) {
		return this.assessments.list(clientId)
			.stream()
			.findFirst()
			.flatMap((summary) -> report(clientId, summary.id()))
			.map(AssessmentReport::findings)
			.orElse(List.of());
	}

	public Optional<LocalDate> lastAssessedOn(long clientId) {
		return this.assessments.list(clientId).stream().findFirst().map(Assessments.Summary::takenOn);
	}

	/**
	 * Every measured value of every assessment, oldest first, each with its measurement's
	 * minimal detectable change (or error) and the reading's own error, so that a change
	 * can be told from noise as the comparison page tells it ({@link ChangeJudgement}). A
	 * measurement taken in more than one view gets one series per view: {@code id@view}.
	 */
	public List<MeasurementPoint> measurements(long clientId) {
		List<MeasurementPoint> points = new ArrayList<>();
		for (Assessments.Summary summary : oldestFirst(clientId)) {
			report(clientId, summary.id()).ifPresent((report) -> report.measurements()
				.stream()
				.filter(Measured.class::isInstance)
				.map(Measured.class::cast)
				.forEach((m) -> {
					MeasurementError error = this.assessor.catalog().get(m.id()).error();
					points.add(new MeasurementPoint(m.id() + VIEW_SEPARATOR + m.view().id(), summary.takenOn(),
							m.value(), m.unit(), minimalDetectableChange(error), ChangeJudgement.perReading(m, error)));
				}));
		}
		return points;
	}

	/**
	 * The change a measurement must exceed to be more than its error: the MDC95 where the
	 * knowledge base gives an MDC or an SEM; otherwise the error figure itself, the best
	 * there is.
	 */
	private static double minimalDetectableChange(MeasurementError error) {
		return error.minimalDetectableChange().orElse(error.value());
	}

	/**
	 * A series id from {@link #measurements(long)} taken apart.
	 *
	 * @param measurementId the measurement definition's id
	 * @param viewId the view it was taken on; empty when the id names none
	 */
	public record SeriesId(String measurementId, String viewId) {

		public static SeriesId parse(String seriesId) {
			int at = seriesId.lastIndexOf(VIEW_SEPARATOR);
			return (at < 0) ? new SeriesId(seriesId, "")
					: new SeriesId(seriesId.substring(0, at), seriesId.substring(at + 1));
		}

	}

	public List<FindingsAt> findings(long clientId) {
		List<FindingsAt> findings = new ArrayList<>();
		for (Assessments.Summary summary : oldestFirst(clientId)) {
			report(clientId, summary.id())
				.ifPresent((report) -> findings.add(new FindingsAt(summary.takenOn(), report.findings())));
		}
		return findings;
	}

	private List<Assessments.Summary> oldestFirst(long clientId) {
		List<Assessments.Summary> summaries = new ArrayList<>(this.assessments.list(clientId));
		Collections.reverse(summaries);
		return summaries;
	}

	private Optional<AssessmentReport> report(long clientId, long assessmentId) {
		return this.assessments.find(clientId, assessmentId)
			.map((assessment) -> this.assessor.assess(assessment.landmarks()));
	}

}
