package org.realign.core.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.realign.core.finding.Finding;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.landmark.EstimatedAnatomy;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.Measurement.Measured;
import org.realign.core.measure.Measurer;
import org.realign.core.program.Advisor;
import org.realign.core.program.MenuGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The errors stated for estimated measurements are validated, not assumed: people drawn
 * from known standing postures, keypoints drawn around their anatomy with the published
 * error, and every estimated reading's stated error must cover the value the true
 * anatomical points give at least 95% of the time. Healthy postures must rarely fire a
 * finding from estimated readings (at most 10% per finding).
 */
class EstimatedErrorSimulationTest {

	private static final int PEOPLE = 400;

	private final Measurer measurer = Measurer.shipped();

	@Test
	void statedError_coversTheTruth_atLeast95PercentPerMeasurement() {
		Random random = new Random(20261204);
		Map<String, int[]> coverage = new TreeMap<>();
		for (int i = 0; i < PEOPLE; i++) {
			SimulatedStanding person = new SimulatedStanding(random);
			for (View view : View.values()) {
				LandmarkSet estimated = EstimatedAnatomy.addTo(person.keypoints(view));
				LandmarkSet truth = person.truth(view);
				for (Measurement m : this.measurer.measure(estimated)) {
					if (!(m instanceof Measured reading) || reading.proxy() || reading.error().isEmpty()) {
						continue;
					}
					assertThat(reading.basis()).isEqualTo(Measurement.Basis.ESTIMATED);
					double trueValue;
					if (m.id().endsWith("-foot-flare")) {
						trueValue = person.flare(m.id().startsWith("left") ? Side.LEFT : Side.RIGHT);
					}
					else {
						Measurement t = this.measurer.measure(this.measurer.catalog().get(m.id()), truth);
						if (!(t instanceof Measured truthReading)) {
							continue;
						}
						trueValue = truthReading.value();
					}
					int[] counts = coverage.computeIfAbsent(m.id() + "@" + view.id(), (k) -> new int[2]);
					counts[1]++;
					if (Math.abs(reading.value() - trueValue) <= reading.error().getAsDouble()) {
						counts[0]++;
					}
					else if (System.getenv("SIM_DEBUG") != null) {
						System.out.printf("MISS %s@%s est %.1f err %.1f true %.1f%n", m.id(), view.id(),
								reading.value(), reading.error().getAsDouble(), trueValue);
					}
				}
			}
		}
		// The lateral plumb line, the frontal head tilt and shoulder line and foot flare.
		assertThat(coverage).containsKeys("ear-plumb-angle@left-lateral", "knee-plumb-angle@right-lateral",
				"trunk-vertical-alignment@left-lateral", "head-tilt@anterior", "shoulder-height-asymmetry@posterior",
				"left-foot-flare@anterior", "right-foot-flare@anterior");
		if (System.getenv("SIM_DEBUG") != null) {
			coverage.forEach((id, counts) -> System.out.printf("COVER %s %d/%d%n", id, counts[0], counts[1]));
		}
		coverage.forEach((id, counts) -> assertThat((double) counts[0] / counts[1])
			.as("%s: %d of %d readings within their stated error", id, counts[0], counts[1])
			.isGreaterThanOrEqualTo(0.95));
	}

	@Test
	void photoOnlyAssessmentOfFourViews_valuesWithErrors_andAMenuThatFollowsOrSaysItIsGeneral() {
		Assessor assessor = Assessor.shipped();
		Random random = new Random(11);
		for (int i = 0; i < 20; i++) {
			SimulatedStanding person = new SimulatedStanding(random);
			List<LandmarkSet> views = new ArrayList<>();
			for (View view : View.values()) {
				views.add(EstimatedAnatomy.addTo(person.keypoints(view)));
			}
			AssessmentReport report = assessor.assess(Assessment.of(views));
			List<Measured> withError = report.measurements()
				.stream()
				.filter(Measured.class::isInstance)
				.map(Measured.class::cast)
				.filter((m) -> m.error().isPresent())
				.toList();
			assertThat(withError).hasSizeGreaterThanOrEqualTo(12);
			var advice = Advisor.standard().advise(report.findings(), ClientConstraints.parse(20, List.of()));
			boolean anyHypothesis = !advice.hypotheses().items().isEmpty();
			if (anyHypothesis) {
				assertThat(advice.menu().basis()).isEqualTo("assessment");
			}
			else {
				assertThat(advice.menu().basis()).isEqualTo("general");
				assertThat(advice.menu().notices().get(0)).isEqualTo(MenuGenerator.GENERAL_NOTICE);
			}
			if (report.findings().isEmpty()) {
				assertThat(AssessmentReportJson.toJson(report).get("findingsNote").asString())
					.isEqualTo("No deviation beyond measurement error.");
			}
		}
	}

	@Test
	void healthyStandingPostures_fireEachFindingFromEstimatedReadings_atMost10Percent() {
		Random random = new Random(7);
		Assessor assessor = Assessor.shipped();
		Map<String, Integer> fired = new TreeMap<>();
		int measuredPerAssessment = 0;
		for (int i = 0; i < PEOPLE; i++) {
			SimulatedStanding person = new SimulatedStanding(random);
			List<LandmarkSet> views = new ArrayList<>();
			for (View view : View.values()) {
				views.add(EstimatedAnatomy.addTo(person.keypoints(view)));
			}
			AssessmentReport report = assessor.assess(Assessment.of(views));
			measuredPerAssessment = (int) report.measurements().stream().filter(Measured.class::isInstance).count();
			report.findings()
				.stream()
				.map(Finding::id)
				.filter((id) -> !id.equals("kendall-ideal"))
				.distinct()
				.forEach((id) -> fired.merge(id, 1, Integer::sum));
		}
		if (System.getenv("SIM_DEBUG") != null) {
			System.out.println("MEASURED " + measuredPerAssessment + " FIRED " + fired);
		}
		assertThat(measuredPerAssessment).as("values from four photos alone").isGreaterThanOrEqualTo(12);
		// A person counts once per finding, whichever side or view fired it.
		fired.forEach((id, count) -> assertThat(count / (double) PEOPLE)
			.as("%s fired in %d of %d healthy people", id, count, PEOPLE)
			.isLessThanOrEqualTo(0.10));
	}

}
