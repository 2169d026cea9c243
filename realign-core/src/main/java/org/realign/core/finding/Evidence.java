package org.realign.core.finding;

import java.util.ArrayList;
import java.util.List;

import org.realign.core.measure.Measurement;
import org.realign.core.measure.Measurement.Measured;

/**
 * What a finding rule may look at: every measurement of the assessment (all views) and
 * the findings the rules before it in {@link FindingRules#allCurrentRules()} have fired.
 *
 * @param measurements measurements and gaps across all views
 * @param findings findings fired so far
 */
public record Evidence(List<Measurement> measurements, List<Finding> findings) {

	public Evidence {
		measurements = List.copyOf(measurements);
		findings = List.copyOf(findings);
	}

	/** The values taken for a measurement id, one per view that had its landmarks. */
	public List<Measured> measured(String measurementId) {
		return this.measurements.stream()
			.filter((m) -> m.id().equals(measurementId))
			.filter(Measured.class::isInstance)
			.map(Measured.class::cast)
			.toList();
	}

	public boolean isMeasured(String measurementId) {
		return !measured(measurementId).isEmpty();
	}

	public List<Finding> findings(String findingId) {
		return this.findings.stream().filter((f) -> f.id().equals(findingId)).toList();
	}

	public boolean has(String findingId) {
		return !findings(findingId).isEmpty();
	}

	public Evidence with(List<Finding> more) {
		List<Finding> all = new ArrayList<>(this.findings);
		all.addAll(more);
		return new Evidence(this.measurements, all);
	}

}
