package org.realign.core.assessment;

import java.util.List;

import org.realign.core.finding.Finding;
import org.realign.core.measure.Measurement;

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

	public boolean hasFinding(String id) {
		return this.findings.stream().anyMatch((f) -> f.id().equals(id));
	}

}
