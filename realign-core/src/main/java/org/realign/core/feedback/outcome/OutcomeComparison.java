package org.realign.core.feedback.outcome;

import java.util.stream.Collectors;

import java.util.TreeMap;

import java.util.Map;

import java.util.List;

import java.util.Comparator;

import java.util.ArrayList;

import java.util.Objects;
import java.util.Optional;

/**
 * A measure at intake against its latest re-assessment.
 *
 * @param measure the measure
 * @param baseline the intake value
 * @param latest the latest value
 * @param improvement the change in the better direction (positive is better), in the
 * measure's unit
 * @param meetsMcid whether the improvement reaches the sourced MCID; empty when the
 * measure has none
 */
public record OutcomeComparison(OutcomeMeasure measure, OutcomeRecord baseline, OutcomeRecord latest,
		double improvement, Optional<Boolean> meetsMcid) {

	public OutcomeComparison {
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(meetsMcid, "meetsMcid");
	}

	/** Compares two records of the same measure. */
	public static OutcomeComparison of(OutcomeMeasure measure, OutcomeRecord baseline, OutcomeRecord latest) {
		if (!measure.id().equals(baseline.measureId()) || !measure.id().equals(latest.measureId())) {
			throw new IllegalArgumentException("records are not of " + measure.id());
		}
		double change = latest.value() - baseline.value();
		double improvement = measure.lowerIsBetter() ? -change : change;
		Optional<Boolean> meets = Optional.empty();
		if (measure.mcidPoints().isPresent() || measure.mcidPercent().isPresent()) {
			boolean byPoints = measure.mcidPoints().map((mcid) -> improvement >= mcid).orElse(false);
			boolean byPercent = measure.mcidPercent()
				.map((pct) -> baseline.value() != 0 && improvement / Math.abs(baseline.value()) * 100 >= pct)
				.orElse(false);
			meets = Optional.of(byPoints || byPercent);
		}
		return new OutcomeComparison(measure, baseline, latest, improvement, meets);
	}

	/**
	 * Each measure's first intake value against its latest value; measures without an
	 * intake value, or measured only once, have no comparison.
	 */
	public static List<OutcomeComparison> againstIntake(List<OutcomeRecord> records) {
		Map<String, List<OutcomeRecord>> byMeasure = records.stream()
			.sorted(Comparator.comparing(OutcomeRecord::date))
			.collect(Collectors.groupingBy(OutcomeRecord::measureId, TreeMap::new, Collectors.toList()));
		List<OutcomeComparison> result = new ArrayList<>();
		byMeasure.forEach((id, values) -> {
			Optional<OutcomeRecord> intake = values.stream()
				.filter((r) -> r.point() == OutcomeRecord.AssessmentPoint.INTAKE)
				.findFirst();
			OutcomeRecord latest = values.get(values.size() - 1);
			if (intake.isPresent() && latest != intake.get()) {
				OutcomeMeasures.find(id)
					.ifPresent((measure) -> result.add(OutcomeComparison.of(measure, intake.get(), latest)));
			}
		});
		return result;
	}

}
