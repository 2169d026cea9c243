package org.realign.core.assessment;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.EstimatedAnatomy;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement.Measured;
import org.realign.core.measure.Measurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keypoints' systematic error is shared by each bilateral pair, and so is the shared
 * part of the keypoint-to-landmark offset ({@link EstimatedAnatomy#errorShare}): they
 * cancel in a left-right difference, stay whole between different keypoints, and so
 * leaves room for a clear asymmetry to be found from a photo alone.
 */
class CorrelatedKeypointErrorTest {

	private final Measurer measurer = Measurer.shipped();

	@Test
	void leftRightDifference_statesAMuchSmallerErrorThanWithIndependentPoints() {
		Random random = new Random(3);
		Map<String, Double> proxyRatios = new TreeMap<>();
		for (int i = 0; i < 20; i++) {
			LandmarkSet set = EstimatedAnatomy.addTo(new SimulatedStanding(random).keypoints(View.ANTERIOR));
			for (String id : List.of("shoulder-height-asymmetry-proxy", "hip-height-asymmetry-proxy", "head-tilt-proxy",
					"shoulder-height-asymmetry", "head-tilt")) {
				double correlated = error(id, set);
				double independent = error(id, independent(set));
				report(id + "@anterior", correlated, independent);
				// The keypoints' own difference loses the shared part, and so does the
				// estimated points' difference the shared part of their anatomical
				// offset. (One person in twenty may come near the bound: where the drawn
				// baseline is short, the sampled tails dominate both errors.)
				assertThat(correlated).as(id).isLessThan(0.8 * independent);
				proxyRatios.merge(id, correlated / independent / 20, Double::sum);
			}
		}
		// On average the keypoints' left-right differences state well under two thirds of
		// the independent error.
		proxyRatios.forEach((id, mean) -> assertThat(mean).as(id).isLessThan(0.6));
	}

	@Test
	void sideViewOffsetBetweenDifferentKeypoints_keepsTheFullSystematicError() {
		Random random = new Random(4);
		int n = 0;
		for (int i = 0; i < 20; i++) {
			LandmarkSet set = EstimatedAnatomy.addTo(new SimulatedStanding(random).keypoints(View.RIGHT_LATERAL));
			for (String id : List.of("trunk-vertical-alignment", "knee-plumb-angle")) {
				double correlated = error(id, set);
				double independent = error(id, independent(set));
				report(id + "@right-lateral", correlated, independent);
				// The same variance, as no two of these points share a keypoint pair;
				// only the sampled 95% (400 draws) differs by chance. A left-right
				// difference loses half of its error or more (the test above).
				assertThat(correlated / independent).as(id).isBetween(0.8, 1.25);
				n++;
			}
		}
		// (The draws are seeded alike for every reading, so their chance difference,
		// about 9% here, is the same for every person and does not average out.)
		assertThat(n).isEqualTo(40);
	}

	/**
	 * The error budget: the shared part of the acromion's offset barely enters the
	 * frontal shoulder line (a level line's height difference does not see it), while in
	 * a side view, where the acromion is compared with the trochanter, it enters whole;
	 * the per-side asymmetry enters both. The terms, added in quadrature, never exceed
	 * the stated error.
	 */
	@Test
	void budget_sharedOffsetCancelsInTheFrontalShoulderLine_staysWholeInTheSideView() {
		Random random = new Random(6);
		for (int i = 0; i < 20; i++) {
			SimulatedStanding person = new SimulatedStanding(random);
			LandmarkSet front = EstimatedAnatomy.addTo(person.keypoints(View.ANTERIOR));
			LandmarkSet side = EstimatedAnatomy.addTo(person.keypoints(View.RIGHT_LATERAL));
			Map<Measurer.Term, Double> frontal = budget("shoulder-height-asymmetry", front);
			Map<Measurer.Term, Double> lateral = budget("trunk-vertical-alignment", side);
			assertThat(frontal.get(Measurer.Term.OFFSET_SHARED))
				.isLessThan(0.5 * frontal.get(Measurer.Term.OFFSET_ASYMMETRY));
			assertThat(lateral.get(Measurer.Term.OFFSET_SHARED))
				.isGreaterThan(2 * lateral.get(Measurer.Term.OFFSET_ASYMMETRY));
			for (var entry : Map.of("shoulder-height-asymmetry", front, "trunk-vertical-alignment", side).entrySet()) {
				Map<Measurer.Term, Double> terms = budget(entry.getKey(), entry.getValue());
				double quadrature = Math.sqrt(terms.values().stream().mapToDouble((t) -> t * t).sum());
				assertThat(quadrature).as(entry.getKey())
					.isLessThanOrEqualTo(error(entry.getKey(), entry.getValue()) + 1e-9);
			}
		}
	}

	private Map<Measurer.Term, Double> budget(String id, LandmarkSet set) {
		return this.measurer.budget(this.measurer.catalog().get(id), set);
	}

	/**
	 * A person whose left shoulder stands clearly higher (the left shoulder keypoint
	 * raised by {@value #RAISED_MM} mm over a shoulder width of 380 mm, about 16 deg)
	 * reads past the elevated-shoulder cut-off plus the stated error of the keypoints'
	 * left-right difference several times as often as with independent errors of the same
	 * size; the same people standing level in at most 10%. (The sensitivity stays low:
	 * about one draw in five at 16 deg, because the photo's own repeatability floor and
	 * the sampled tails of a short baseline remain.)
	 */
	@Test
	void clearlyRaisedShoulder_readsPastCutOffPlusError_theLevelPostureDoesNot() {
		Random random = new Random(5);
		double cutOff = this.measurer.catalog()
			.get("shoulder-height-asymmetry")
			.concernFor("elevated-shoulder")
			.orElseThrow()
			.cutoff();
		int people = 200;
		int pastRaised = 0;
		int pastLevel = 0;
		int pastIndependent = 0;
		for (int i = 0; i < people; i++) {
			SimulatedStanding person = new SimulatedStanding(random);
			LandmarkSet level = EstimatedAnatomy.addTo(person.keypoints(View.ANTERIOR));
			LandmarkSet raised = EstimatedAnatomy.addTo(
					person.keypoints(View.ANTERIOR, Map.of(LandmarkId.LEFT_SHOULDER, new double[] { 0, RAISED_MM })));
			pastRaised += past(raised, cutOff) ? 1 : 0;
			pastLevel += past(level, cutOff) ? 1 : 0;
			pastIndependent += past(independent(raised), cutOff) ? 1 : 0;
		}
		if (System.getenv("SIM_DEBUG") != null) {
			System.out.printf("RAISED past %d level %d independent %d of %d%n", pastRaised, pastLevel, pastIndependent,
					people);
		}
		// Measured: 47 of 200 past with the shared error, 1 with independent errors, 0
		// standing level.
		assertThat(pastRaised / (double) people).as("raised by %s mm", RAISED_MM).isGreaterThanOrEqualTo(0.15);
		assertThat(pastRaised).isGreaterThanOrEqualTo(3 * pastIndependent);
		assertThat(pastLevel / (double) people).isLessThanOrEqualTo(0.10);
	}

	private static final double RAISED_MM = 110;

	private boolean past(LandmarkSet set, double cutOff) {
		Measured reading = (Measured) this.measurer
			.measure(this.measurer.catalog().get("shoulder-height-asymmetry-proxy"), set);
		return Math.abs(reading.value()) > cutOff + reading.error().getAsDouble();
	}

	private double error(String id, LandmarkSet set) {
		return ((Measured) this.measurer.measure(this.measurer.catalog().get(id), set)).error().getAsDouble();
	}

	/** The same points with the same stated uncertainty, each error independent. */
	private static LandmarkSet independent(LandmarkSet set) {
		return LandmarkSet.of(set.view(), set.image(),
				set.landmarks()
					.stream()
					.map((l) -> new Landmark(l.id(), l.x(), l.y(), LandmarkSource.MARKER, l.confidence(),
							l.visibility(), l.presence(), l.uncertainty()))
					.toList());
	}

	private static void report(String id, double correlated, double independent) {
		if (System.getenv("SIM_DEBUG") != null) {
			System.out.printf("ERR %s correlated %.2f independent %.2f%n", id, correlated, independent);
		}
	}

}
