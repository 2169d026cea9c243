package org.realign.pose.marker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.Measurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pelvic tilt and the craniovertebral angle from markers alone match the angles of the
 * drawn geometry within 0.5°: markers drawn on side views at phone-photo scale (markers
 * about 24 px across on a trunk of about 600 px), with blur, noise and JPEG; the true
 * angles are computed from the drawn centres by the same measurement engine.
 */
class MarkerAnglesTest {

	/**
	 * White, blue and green markers, each on the balls of some scenes and the dots of
	 * others.
	 */
	private static final int[] COLOURS = { 0xF4F4F2, 0x2255DD, 0x1FB84A };

	@Test
	void pelvicTiltAndCraniovertebralAngleFromMarkersMatchTheDrawnGeometry() {
		MarkerDetector detector = new MarkerDetector();
		MarkerAssigner assigner = new MarkerAssigner();
		Measurer measurer = Measurer.shipped();
		List<String> compared = new ArrayList<>();
		int n = 0;
		for (String photo : List.of("pose", "squat0", "squat20", "squat40", "squat60")) {
			for (View view : List.of(View.LEFT_LATERAL, View.RIGHT_LATERAL)) {
				n++;
				MarkerScenes.Scene scene = MarkerScenes.make(new MarkerScenes.Recipe(photo, view, 24,
						COLOURS[n % COLOURS.length], n % 2 == 0, 0.7, 2, 0.85f, false, false, 100 + n));
				List<Landmark> truth = scene.drawn()
					.stream()
					.map((d) -> Landmark.manual(d.id(), d.x(), d.y()))
					.toList();
				System.out.println("DRAWN " + photo + " " + view.id() + " "
						+ scene.drawn().stream().map((d) -> d.id().id()).toList());
				ImageSize size = new ImageSize(scene.image().getWidth(), scene.image().getHeight());
				List<Marker> found = detector.detect(scene.image(), scene.keypoints(), Optional.empty(), view);
				List<Landmark> markers = assigner.assign(found, scene.keypoints(), view).landmarks();
				for (String id : List.of("sagittal-pelvic-tilt", "craniovertebral-angle")) {
					double expected = value(measurer, LandmarkSet.of(view, size, truth), id);
					double measured = value(measurer, LandmarkSet.of(view, size, markers), id);
					compared.add(String.format("%s %s %s: drawn %.2f, from markers %.2f, off %.2f", photo, view.id(),
							id, expected, measured, Math.abs(measured - expected)));
				}
			}
		}
		compared.forEach(System.out::println);
		// Issue 19 asks for 0.5°. Measured 2026-12-05 (session 9, with no marker drawn on
		// an ear the face hides: see MarkerScenes.onAHiddenEar) the worst of the 10
		// comparisons is 0.24° (pelvic tilt of the pose photo's right-lateral view); in
		// session 8 it was 0.16° of 6, and 1.07° before the outline of a shaded ball was
		// taken past its shading (docs/markers.md). The guard is that plus a margin.
		for (String id : List.of("sagittal-pelvic-tilt", "craniovertebral-angle")) {
			assertThat(compared.stream().filter((line) -> line.contains(id) && !line.contains("NaN")).count())
				.as(id + " compared on at least three scenes")
				.isGreaterThanOrEqualTo(3);
		}
		assertThat(compared.stream()
			.filter((line) -> !line.contains("NaN"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.max()
			.orElseThrow()).as(String.join("\n", compared)).isLessThanOrEqualTo(0.3);
	}

	private static double value(Measurer measurer, LandmarkSet set, String id) {
		return measurer.measure(set)
			.stream()
			.filter((m) -> m.id().equals(id))
			.findFirst()
			.filter(Measurement.Measured.class::isInstance)
			.map((m) -> ((Measurement.Measured) m).value())
			.orElse(Double.NaN);
	}

}
