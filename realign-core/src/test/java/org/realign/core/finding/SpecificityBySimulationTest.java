package org.realign.core.finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.Measurement.Measured;
import org.realign.core.measure.MeasurementCatalog;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.measure.MeasurementDefinition.MeasurementError;
import org.realign.core.measure.MeasurementDefinition.ReferenceRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specificity by simulation: healthy people drawn from the normal ranges the knowledge
 * base cites, each reading carrying measurement noise of the size the catalogue states,
 * fire each finding in at most 10% of cases.
 * <p>
 * A measurement with a cited mean and SD is drawn from that normal distribution; one with
 * only a published range, uniformly within it; one with no published norm, uniformly
 * within +/- 10 of Kendall's ideal (0), wider than anything the catalogue would call
 * normal, so that a rule leaning on it without a sourced finding would show up. The noise
 * is the reading's SEM (an MDC divided by 1.96 x sqrt 2).
 */
class SpecificityBySimulationTest {

	private static final int PEOPLE = 4000;

	private static final double MAX_RATE = 0.10;

	private final MeasurementCatalog catalog = MeasurementCatalog.shipped();

	private final List<FindingRule> rules = FindingRules.allCurrentRules(this.catalog);

	@Test
	void healthyPostures_fireEachFindingInAtMostTenPercent() {
		Random random = new Random(20261204L);
		Map<String, Integer> fired = new TreeMap<>();
		for (int person = 0; person < PEOPLE; person++) {
			List<Measurement> measurements = healthyPerson(random);
			FindingRules.evaluate(this.rules, new Evidence(measurements, List.of()))
				.stream()
				.map(Finding::id)
				.distinct()
				.forEach((id) -> fired.merge(id, 1, Integer::sum));
		}
		Map<String, Double> rates = new LinkedHashMap<>();
		fired.forEach((id, count) -> rates.put(id, (double) count / PEOPLE));
		System.out.println("Healthy firing rates over " + PEOPLE + " simulated people: " + rates);
		for (FindingRule rule : this.rules) {
			if (rule.id().equals("kendall-ideal")) {
				continue; // the absence of findings: it should fire in most healthy
							// people
			}
			assertThat(rates.getOrDefault(rule.id(), 0.0))
				.as("%s fires in healthy people (all rates: %s)", rule.id(), rates)
				.isLessThanOrEqualTo(MAX_RATE);
		}
		assertThat(rates.getOrDefault("kendall-ideal", 0.0)).as("healthy people mostly look ideal: %s", rates)
			.isGreaterThan(0.8);
	}

	/**
	 * The rates are not trivially zero: the forward-head cut-off must still catch people
	 * drawn from the chronic neck-pain group Lau 2009 reports (43.94 +/- 3.61 deg).
	 */
	@Test
	void neckPainGroup_firesForwardHeadInMost() {
		Random random = new Random(7L);
		MeasurementDefinition cva = this.catalog.get("craniovertebral-angle");
		int count = 0;
		for (int person = 0; person < PEOPLE; person++) {
			double value = 43.94 + 3.61 * random.nextGaussian() + sem(cva.error()) * random.nextGaussian();
			List<Measurement> measurements = List.of(new Measured(cva.id(), View.RIGHT_LATERAL, value, "deg", false));
			if (FindingRules.evaluate(this.rules, new Evidence(measurements, List.of()))
				.stream()
				.anyMatch((f) -> f.id().equals("forward-head-posture"))) {
				count++;
			}
		}
		assertThat((double) count / PEOPLE).isGreaterThan(0.6);
	}

	private List<Measurement> healthyPerson(Random random) {
		List<Measurement> measurements = new ArrayList<>();
		for (MeasurementDefinition definition : this.catalog.all()) {
			if (definition.proxy()) {
				continue;
			}
			View view = definition.views().contains(View.RIGHT_LATERAL) ? View.RIGHT_LATERAL
					: definition.views().get(0);
			double truth = healthyValue(definition.normal(), random);
			double reading = truth + sem(definition.error()) * random.nextGaussian();
			measurements.add(new Measured(definition.id(), view, reading, definition.unit(), false));
		}
		return measurements;
	}

	private static double healthyValue(ReferenceRange normal, Random random) {
		if (normal.published() && normal.mean().isPresent() && normal.sd().isPresent()) {
			return normal.mean().getAsDouble() + normal.sd().getAsDouble() * random.nextGaussian();
		}
		if (normal.published() && normal.low().isPresent() && normal.high().isPresent()) {
			double low = normal.low().getAsDouble();
			return low + (normal.high().getAsDouble() - low) * random.nextDouble();
		}
		if (normal.published() && normal.low().isPresent()) {
			// only a lower limit (knee extension beyond 5 deg is recurvatum): from there
			// to Kendall's straight knee and a little flexion
			double low = normal.low().getAsDouble();
			return low + (Math.abs(low) * 2) * random.nextDouble();
		}
		return -10 + 20 * random.nextDouble();
	}

	/** The reading's standard error: the SEM, or an MDC brought back to one. */
	private static double sem(MeasurementError error) {
		return switch (error.kind()) {
			case "SEM" -> error.value();
			case "MDC" -> error.value() / MeasurementError.MDC95_PER_SEM;
			default -> error.value();
		};
	}

}
