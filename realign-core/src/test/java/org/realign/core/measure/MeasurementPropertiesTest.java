package org.realign.core.measure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement.Measured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Measurements depend on the body, not on where it sits in the photo or how large the
 * photo is, and not on which side the photographer stood: a left-lateral photo mirrored
 * horizontally is a right-lateral photo and must give the same values. Bodies are the
 * golden cases' landmarks with every point jittered at random; the generator is seeded,
 * so a failure names a case that reproduces.
 */
class MeasurementPropertiesTest {

	private static final Measurer MEASURER = Measurer.shipped();

	private static final int TRIES = 200;

	@ParameterizedTest(name = "case {index}")
	@MethodSource("bodiesWithOffsets")
	void measurements_areInvariantUnderTranslation(LandmarkSet body, double dx, double dy) {
		assertSameValues(MEASURER.measure(body.translated(dx, dy)), MEASURER.measure(body));
	}

	@ParameterizedTest(name = "case {index}")
	@MethodSource("bodiesWithFactors")
	void measurements_areInvariantUnderUniformScaling(LandmarkSet body, double factor) {
		assertSameValues(MEASURER.measure(body.scaled(factor)), MEASURER.measure(body));
	}

	@ParameterizedTest(name = "case {index}")
	@MethodSource("leftLateralBodies")
	void leftLateralMirrored_givesTheSameValuesAsRightLateral(LandmarkSet leftLateral) {
		LandmarkSet mirrored = leftLateral.mirrored();
		assertThat(mirrored.view()).isEqualTo(View.RIGHT_LATERAL);
		assertSameValues(MEASURER.measure(mirrored), MEASURER.measure(leftLateral));
	}

	private static void assertSameValues(List<Measurement> actual, List<Measurement> expected) {
		Map<String, Double> want = values(expected);
		Map<String, Double> got = values(actual);
		assertThat(got.keySet()).isEqualTo(want.keySet());
		assertThat(want).isNotEmpty();
		want.forEach(
				(id, value) -> assertThat(angleDistance(got.get(id), value, id)).as(id).isCloseTo(0, within(1e-6)));
	}

	/** Angles are compared modulo a full turn, so that 180 and -180 agree. */
	private static double angleDistance(double a, double b, String id) {
		double difference = a - b;
		return "%".equals(MEASURER.catalog().get(id).unit()) ? difference : Math.IEEEremainder(difference, 360);
	}

	private static Map<String, Double> values(List<Measurement> measurements) {
		Map<String, Double> values = new HashMap<>();
		for (Measurement m : measurements) {
			if (m instanceof Measured measured) {
				values.put(m.id(), measured.value());
			}
		}
		return values;
	}

	static Stream<Arguments> bodiesWithOffsets() {
		Random random = new Random(1);
		List<LandmarkSet> bases = bases();
		return IntStream.range(0, TRIES)
			.mapToObj((i) -> Arguments.of(jittered(pick(bases, random), random), between(random, -2000, 2000),
					between(random, -2000, 2000)));
	}

	static Stream<Arguments> bodiesWithFactors() {
		Random random = new Random(2);
		List<LandmarkSet> bases = bases();
		return IntStream.range(0, TRIES)
			.mapToObj((i) -> Arguments.of(jittered(pick(bases, random), random), between(random, 0.05, 20)));
	}

	static Stream<Arguments> leftLateralBodies() {
		Random random = new Random(3);
		List<LandmarkSet> bases = new ArrayList<>(golden("upper-crossed-egoscue-3"));
		bases.addAll(golden("kendall-flat-back"));
		bases.add(golden("kendall-ideal").get(0).mirrored());
		bases.add(golden("pose-model-proxies").get(0).mirrored());
		return IntStream.range(0, TRIES).mapToObj((i) -> Arguments.of(jittered(pick(bases, random), random)));
	}

	private static List<LandmarkSet> bases() {
		List<LandmarkSet> bases = new ArrayList<>();
		for (String golden : List.of("kendall-ideal", "upper-crossed-egoscue-3", "anterior-asymmetries-egoscue-2",
				"posterior-view", "pose-model-proxies")) {
			bases.addAll(golden(golden));
		}
		return bases;
	}

	private static LandmarkSet pick(List<LandmarkSet> bases, Random random) {
		return bases.get(random.nextInt(bases.size()));
	}

	private static double between(Random random, double min, double max) {
		return min + (max - min) * random.nextDouble();
	}

	/** Every point moved by up to 15 px in each direction. */
	private static LandmarkSet jittered(LandmarkSet base, Random random) {
		List<Landmark> moved = new ArrayList<>();
		for (Landmark l : base.landmarks()) {
			moved.add(l.at(l.x() + between(random, -15, 15), l.y() + between(random, -15, 15)));
		}
		return LandmarkSet.of(base.view(), base.image(), moved);
	}

	private static List<LandmarkSet> golden(String name) {
		try (InputStream in = MeasurementPropertiesTest.class.getClassLoader()
			.getResourceAsStream("golden/" + name + "/landmarks.json")) {
			return LandmarkFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
