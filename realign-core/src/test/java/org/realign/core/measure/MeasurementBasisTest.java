package org.realign.core.measure;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The basis rule: any model-estimated point makes a reading estimated; else any skin
 * marker makes it a marker reading; else it is marked.
 */
class MeasurementBasisTest {

	private static final ImageSize SIZE = new ImageSize(1000, 1500);

	@Test
	void markersAloneGiveAMarkerReading() {
		assertThat(basisOf(marker(LandmarkId.C7, 500, 400), marker(LandmarkId.LEFT_TRAGUS, 440, 330)))
			.isEqualTo(Measurement.Basis.MARKER);
	}

	@Test
	void aMarkerAndAHandPlacedPointGiveAMarkerReading() {
		assertThat(basisOf(marker(LandmarkId.C7, 500, 400), Landmark.manual(LandmarkId.LEFT_TRAGUS, 440, 330)))
			.isEqualTo(Measurement.Basis.MARKER);
	}

	@Test
	void handPlacedPointsGiveAMarkedReading() {
		assertThat(basisOf(Landmark.manual(LandmarkId.C7, 500, 400), Landmark.manual(LandmarkId.LEFT_TRAGUS, 440, 330)))
			.isEqualTo(Measurement.Basis.MARKED);
	}

	@Test
	void aModelPointMakesTheReadingEstimatedEvenBesideAMarker() {
		Landmark model = new Landmark(LandmarkId.LEFT_TRAGUS, 440, 330, LandmarkSource.BLAZEPOSE_FULL,
				OptionalDouble.of(0.9), OptionalDouble.empty(), OptionalDouble.empty());
		assertThat(basisOf(marker(LandmarkId.C7, 500, 400), model)).isEqualTo(Measurement.Basis.ESTIMATED);
	}

	private static Measurement.Basis basisOf(Landmark... landmarks) {
		LandmarkSet set = LandmarkSet.of(View.LEFT_LATERAL, SIZE, List.of(landmarks));
		Measurement m = Measurer.shipped()
			.measure(Measurer.shipped()
				.catalog()
				.all()
				.stream()
				.filter((d) -> d.id().equals("craniovertebral-angle"))
				.findFirst()
				.orElseThrow(), set);
		return ((Measurement.Measured) m).basis();
	}

	private static Landmark marker(LandmarkId id, double x, double y) {
		return new Landmark(id, x, y, LandmarkSource.MARKER, OptionalDouble.of(0.95), OptionalDouble.empty(),
				OptionalDouble.empty(), OptionalDouble.of(0.3));
	}

}
