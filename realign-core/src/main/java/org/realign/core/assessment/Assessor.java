package org.realign.core.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.realign.core.finding.Evidence;
import org.realign.core.finding.Finding;
import org.realign.core.finding.FindingRule;
import org.realign.core.finding.FindingRules;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementCatalog;
import org.realign.core.measure.Measurer;

/** Takes every measurement of an assessment's views, then applies the finding rules. */
public final class Assessor {

	private final Measurer measurer;

	private final List<FindingRule> rules;

	public Assessor(Measurer measurer, List<FindingRule> rules) {
		this.measurer = Objects.requireNonNull(measurer, "measurer");
		this.rules = List.copyOf(rules);
	}

	/** An assessor over the shipped measurement catalogue and all current rules. */
	public static Assessor shipped() {
		Measurer measurer = Measurer.shipped();
		return new Assessor(measurer, FindingRules.allCurrentRules(measurer.catalog()));
	}

	/** The measurement definitions this assessor measures with. */
	public MeasurementCatalog catalog() {
		return this.measurer.catalog();
	}

	public AssessmentReport assess(Assessment assessment) {
		List<Measurement> measurements = new ArrayList<>();
		for (LandmarkSet set : assessment.views()) {
			measurements.addAll(this.measurer.measure(set));
		}
		List<Finding> findings = FindingRules.evaluate(this.rules, new Evidence(measurements, List.of()));
		return new AssessmentReport(measurements, findings);
	}

}
