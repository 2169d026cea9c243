package org.realign.core.assessment;

import java.util.List;
import java.util.Optional;

import org.realign.core.finding.Finding;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.Measurement.Measured;

/**
 * What an assessment found: every measurement (value or gap) per view, and the findings.
 * {@link AssessmentReportJson} writes it in the {@code realign assess --json} format.
 *
 * @param measurements in view order, then catalogue order
 * @param findings in rule order
 */
public record AssessmentReport(List<Measurement> measurements, List<Finding> findings) {

	public AssessmentReport {
		measurements = List.copyOf(measurements);
		findings = List.copyOf(findings);
	}

	/** The value taken for a measurement on a view, if it was taken (not a gap). */
	public Optional<Measured> measured(String id, View view) {
		return this.measurements.stream()
			.filter((m) -> m.id().equals(id) && m.view() == view)
			.filter(Measured.class::isInstance)
			.map(Measured.class::cast)
			.findFirst();
	}

	/** The findings with the given id (one per side for one-sided findings). */
	public List<Finding> findings(String id) {
		return this.findings.stream().filter((f) -> f.id().equals(id)).toList();
	}

	/** What the report says when no finding fired. */
	public static final String NO_DEVIATION = "No deviation beyond measurement error.";

	/**
	 * The basis of a finding: estimated when any reading it rests on is estimated (the
	 * practitioner should confirm those points), else marker when any is from skin
	 * markers, else marked. A classification resting on no measurement directly is
	 * marked.
	 */
	public Measurement.Basis basisOf(Finding finding) {
		List<Measured> behind = this.measurements.stream()
			.filter((m) -> finding.because().contains(m.id()))
			.filter(Measured.class::isInstance)
			.map(Measured.class::cast)
			.toList();
		if (behind.stream().anyMatch((m) -> m.basis() == Measurement.Basis.ESTIMATED)) {
			return Measurement.Basis.ESTIMATED;
		}
		if (behind.stream().anyMatch((m) -> m.basis() == Measurement.Basis.MARKER)) {
			return Measurement.Basis.MARKER;
		}
		return Measurement.Basis.MARKED;
	}

	public boolean hasFinding(String id) {
		return this.findings.stream().anyMatch((f) -> f.id().equals(id));
	}

}
