package org.realign.pose.marker;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small markers of a hue in shade read dim, and a dim colour still has its hue
 * ({@code MarkerColour.hued}: a chroma of 20 and a brightness of 40 are enough), so that
 * they form their set; a near-black gap's tinge is not a hue (see
 * {@code NoMarkersInventedTest.noMarkerOnTheReferencePhotosInDimLight}).
 */
class DimMarkersInShadeTest {

	@Test
	void aDimGreenHasItsHueAndANearBlackTealHasNone() {
		// A green dot 6 px across in shade under a warm light, as verified (mixed set
		// 2102), and the gap in the window frame behind the legs of squat frame 60.
		assertThat(MarkerColour.hued(0x324D36)).isTrue();
		assertThat(MarkerColour.hueDistance(MarkerColour.hue(0x324D36), MarkerColour.hue(0x1FB84A)))
			.isLessThan(MarkerColour.HUE_TOLERANCE);
		assertThat(MarkerColour.hued(0x0A1E1B)).as("near black").isFalse();
		assertThat(MarkerColour.hued(0x5A5C58)).as("grey").isFalse();
	}

	@Test
	void smallGreenDotsInShadeUnderAWarmLightFormTheirSet() {
		// Mixed set 2102, squat frame 48 from behind: green dots 6 px across, blurred by
		// 1.5 px, JPEG 0.6, uneven light and a warm cast, the colour detected. Of the
		// eight verified from their candidates, six read chroma 21-27 (no hue with a
		// floor of 32): four pale ones made the largest group, the two on the calves
		// that kept their hue were left out of it, and 4 of 16 were named within 1.5 px;
		// 12 with a floor of 20, 14 with the blobs at open sites held to the set's size
		// ratio (OpenSiteLookTest).
		int n = MarkerAcceptanceTest.sceneNumber("squat48", View.POSTERIOR);
		MarkerScenes.Recipe recipe = MarkerAcceptanceTest.recipe("squat48", View.POSTERIOR, n, 2102, true);
		assertThat(MarkerAcceptanceTest.practiceColour(recipe, n, 2102, true)).isFalse();
		MarkerScenes.Scene scene = MarkerScenes.make(recipe);
		List<Marker> found = new MarkerDetector().detect(scene.image(), scene.keypoints(), Optional.empty(),
				scene.view());
		MarkerAssignment assignment = new MarkerAssigner().assign(found, scene.keypoints(), scene.view());
		long named = scene.drawn().stream().filter((d) -> {
			Marker m = assignment.assigned().get(d.id());
			return m != null && m.distanceTo(d.x(), d.y()) <= 1.5;
		}).count();
		assertThat(scene.drawn()).hasSize(16);
		assertThat(named).as("named within 1.5 px of where drawn").isGreaterThanOrEqualTo(11);
		assertThat(found).as("markers reported where none was drawn")
			.allMatch((m) -> scene.drawn().stream().anyMatch((d) -> m.distanceTo(d.x(), d.y()) <= 3));
	}

}
