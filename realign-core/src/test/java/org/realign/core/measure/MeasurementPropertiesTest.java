package org.realign.core.measure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
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
 * golden cases' landmarks with every point jittered at random.
 */
class MeasurementPropertiesTest {

	private static final Measurer MEASURER = Measurer.shipped();

	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void measurements_areInvariantUnderTranslation(@ForAll("bodies") LandmarkSet body,
			@ForAll @DoubleRange(min = -2000, max = 2000) double dx,
			@ForAll @DoubleRange(min = -2000, max = 2000) double dy) {
		assertSameValues(MEASURER.measure(body.translated(dx, dy)), MEASURER.measure(body));
	}

	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void measurements_areInvariantUnderUniformScaling(@ForAll("bodies") LandmarkSet body,
			@ForAll @DoubleRange(min = 0.05, max = 20) double factor) {
		assertSameValues(MEASURER.measure(body.scaled(factor)), MEASURER.measure(body));
	}

	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void leftLateralMirrored_givesTheSameValuesAsRightLateral(@ForAll("leftLateralBodies") LandmarkSet leftLateral) {
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

	@Provide
	Arbitrary<LandmarkSet> bodies() {
		List<LandmarkSet> bases = new ArrayList<>();
		for (String golden : List.of("kendall-ideal", "upper-crossed-egoscue-3", "anterior-asymmetries-egoscue-2",
				"posterior-view", "pose-model-proxies")) {
			bases.addAll(golden(golden));
		}
		return Arbitraries.of(bases).flatMap(MeasurementPropertiesTest::jittered);
	}

	@Provide
	Arbitrary<LandmarkSet> leftLateralBodies() {
		List<LandmarkSet> bases = new ArrayList<>(golden("upper-crossed-egoscue-3"));
		bases.addAll(golden("kendall-flat-back"));
		bases.add(golden("kendall-ideal").get(0).mirrored());
		bases.add(golden("pose-model-proxies").get(0).mirrored());
		return Arbitraries.of(bases).flatMap(MeasurementPropertiesTest::jittered);
	}

	private static Arbitrary<LandmarkSet> jittered(LandmarkSet base) {
		int n = base.landmarks().size();
		return Arbitraries.doubles().between(-15, 15).list().ofSize(2 * n).map((jitter) -> {
			List<Landmark> moved = new ArrayList<>();
			int i = 0;
			for (Landmark l : base.landmarks()) {
				moved.add(l.at(l.x() + jitter.get(i++), l.y() + jitter.get(i++)));
			}
			return LandmarkSet.of(base.view(), base.image(), moved);
		});
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
