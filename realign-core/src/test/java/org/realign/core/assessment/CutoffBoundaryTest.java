package org.realign.core.assessment;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.realign.core.finding.Finding;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.measure.MeasurementDefinition.Concern;
import org.realign.core.measure.MeasurementDefinition.Direction;
import org.realign.core.measure.Measurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every threshold finding, through the whole assessor: a golden photo's landmarks are
 * moved until the measurement reads a chosen value; a deviation inside (cut-off, cut-off
 * + error] does not fire, one just beyond does. The cut-offs and errors are read from the
 * shipped catalogue, so a changed cut-off moves the test with it.
 */
class CutoffBoundaryTest {

	private static final Assessor ASSESSOR = Assessor.shipped();

	private static final Measurer MEASURER = Measurer.shipped();

	/** How far past the firing point "just beyond" is, in the measurement's unit. */
	private static final double JUST = 0.05;

	static Stream<Arguments> thresholds() {
		return Stream.of(
				Arguments.of("forward-head-posture", "craniovertebral-angle", "kendall-ideal", "right-tragus", false),
				Arguments.of("anterior-pelvic-tilt", "sagittal-pelvic-tilt", "kendall-ideal", "right-asis", false),
				Arguments.of("posterior-pelvic-tilt", "sagittal-pelvic-tilt", "kendall-ideal", "right-asis", false),
				Arguments.of("knee-hyperextension", "knee-flexion-angle", "kendall-ideal", "right-lateral-knee", true),
				Arguments.of("elevated-shoulder", "shoulder-height-asymmetry", "small-asymmetries-no-condition-2",
						"left-acromion", false),
				Arguments.of("lateral-head-tilt", "head-tilt", "small-asymmetries-no-condition-2", "left-tragus",
						false),
				Arguments.of("knee-valgus", "left-q-angle", "small-asymmetries-no-condition-2",
						"left-tibial-tuberosity", true),
				Arguments.of("foot-flare", "left-foot-flare", "small-asymmetries-no-condition-2", "left-foot-index",
						true));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("thresholds")
	void insideTheErrorBandDoesNotFire_justBeyondFires(String finding, String measurementId, String golden,
			String moving, boolean horizontally) throws IOException {
		LandmarkSet base = golden(golden);
		MeasurementDefinition definition = MEASURER.catalog().get(measurementId);
		Concern concern = definition.concernFor(finding).orElseThrow();
		// The reading's own error (a pitch-corrected foot flare carries a wider one than
		// the definition's, and it changes with the geometry), since that is what the
		// finding must pass: each test point is placed where its own reading's error puts
		// it.
		double outward = (concern.direction() == Direction.BELOW) ? -1 : 1;
		double error = errorAt(base, definition, moving, horizontally, concern.cutoff());
		double inside = concern.cutoff() + outward * error * 0.5;
		double atTheEdge = pastCutoffByOwnError(base, definition, concern, moving, horizontally, outward, 0);
		double beyond = pastCutoffByOwnError(base, definition, concern, moving, horizontally, outward, JUST);

		assertThat(findings(withValue(base, definition, moving, horizontally, inside), finding))
			.as("%s at %.2f: past the cut-off %.1f but within its error %.1f", measurementId, inside, concern.cutoff(),
					error)
			.isEmpty();
		assertThat(findings(withValue(base, definition, moving, horizontally, atTheEdge - outward * 0.01), finding))
			.as("%s just inside cut-off + error", measurementId)
			.isEmpty();
		assertThat(findings(withValue(base, definition, moving, horizontally, beyond), finding))
			.as("%s at %.2f: beyond the cut-off plus its error", measurementId, beyond)
			.isNotEmpty();
		if (concern.direction() == Direction.EITHER_WAY) {
			assertThat(findings(withValue(base, definition, moving, horizontally, -inside), finding)).isEmpty();
			assertThat(findings(withValue(base, definition, moving, horizontally, -beyond), finding)).isNotEmpty();
		}
	}

	private static double errorAt(LandmarkSet base, MeasurementDefinition definition, String moving,
			boolean horizontally, double target) {
		return reading(withValue(base, definition, moving, horizontally, target), definition)
			.errorOr(definition.error().value());
	}

	/**
	 * The value that lies past the cut-off by its own reading's error plus
	 * {@code margin}.
	 */
	private static double pastCutoffByOwnError(LandmarkSet base, MeasurementDefinition definition, Concern concern,
			String moving, boolean horizontally, double outward, double margin) {
		double value = concern.cutoff()
				+ outward * (errorAt(base, definition, moving, horizontally, concern.cutoff()) + margin);
		for (int i = 0; i < 20; i++) {
			value = concern.cutoff() + outward * (errorAt(base, definition, moving, horizontally, value) + margin);
		}
		return value;
	}

	private static List<Finding> findings(LandmarkSet set, String finding) {
		return ASSESSOR.assess(Assessment.of(set)).findings().stream().filter((f) -> f.id().equals(finding)).toList();
	}

	/**
	 * The set with one landmark moved (along x or y) until the measurement reads
	 * {@code target}, to within 0.001 of its unit, by bisection.
	 */
	static LandmarkSet withValue(LandmarkSet base, MeasurementDefinition definition, String moving,
			boolean horizontally, double target) {
		LandmarkId id = LandmarkId.fromId(moving).orElseThrow();
		double low = -300;
		double high = 300;
		double lowValue = value(move(base, id, horizontally, low), definition) - target;
		for (int i = 0; i < 100; i++) {
			double mid = (low + high) / 2;
			double midValue = value(move(base, id, horizontally, mid), definition) - target;
			if (Math.abs(midValue) < 0.001) {
				return move(base, id, horizontally, mid);
			}
			if (Math.signum(midValue) == Math.signum(lowValue)) {
				low = mid;
				lowValue = midValue;
			}
			else {
				high = mid;
			}
		}
		throw new AssertionError("cannot move " + moving + " to make " + definition.id() + " read " + target);
	}

	private static double value(LandmarkSet set, MeasurementDefinition definition) {
		return reading(set, definition).value();
	}

	private static Measurement.Measured reading(LandmarkSet set, MeasurementDefinition definition) {
		Measurement measurement = MEASURER.measure(definition, set);
		assertThat(measurement).isInstanceOf(Measurement.Measured.class);
		return (Measurement.Measured) measurement;
	}

	private static LandmarkSet move(LandmarkSet base, LandmarkId id, boolean horizontally, double offset) {
		List<Landmark> moved = new ArrayList<>();
		for (Landmark landmark : base.landmarks()) {
			if (landmark.id() == id) {
				moved.add(Landmark.manual(id, landmark.x() + (horizontally ? offset : 0),
						landmark.y() + (horizontally ? 0 : offset)));
			}
			else {
				moved.add(landmark);
			}
		}
		return LandmarkSet.of(base.view(), base.image(), moved);
	}

	private static LandmarkSet golden(String name) throws IOException {
		try {
			Path file = Path.of(CutoffBoundaryTest.class.getClassLoader()
				.getResource("golden/" + name + "/landmarks.json")
				.toURI());
			return LandmarkFile.parse(Files.readString(file)).get(0);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
