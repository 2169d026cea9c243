package org.realign.pose.marker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A photo alone in flight is searched on several threads (the scales of the candidate
 * search and the verifications shared among them): the markers must be exactly those of
 * one thread, in the same order, alone or with other photos in flight.
 */
class LoneMarkerDetectionTest {

	private static List<MarkerScenes.Scene> scenes() {
		List<MarkerScenes.Scene> scenes = new ArrayList<>();
		scenes.add(MarkerScenes
			.make(new MarkerScenes.Recipe("pose", View.ANTERIOR, 8, 0x2255DD, false, 0.5, 2.5, 0.8f, false, true, 11)));
		scenes.add(MarkerScenes
			.make(new MarkerScenes.Recipe("squat24", View.POSTERIOR, 11, 0xF4F4F2, true, 1, 0, 0.7f, true, false, 12)));
		scenes.add(MarkerScenes.make(new MarkerScenes.Recipe("squat48", View.LEFT_LATERAL, 8, 0xF2DC28, false, 0, 2.5,
				0.9f, false, false, 13)));
		return scenes;
	}

	@Test
	void aLonePhotoOnSeveralThreadsGivesTheMarkersOfOneThread() {
		MarkerDetector one = new MarkerDetector();
		MarkerDetector lone = new MarkerDetector(3);
		for (MarkerScenes.Scene scene : scenes()) {
			for (Optional<MarkerColour> colour : List.of(Optional.<MarkerColour>empty(),
					Optional.of(MarkerColour.seen(scene.colour())))) {
				List<Marker> expected = one.detect(scene.image(), scene.keypoints(), colour);
				assertThat(expected).as(scene.name() + " finds markers").hasSizeGreaterThanOrEqualTo(3);
				assertThat(lone.detect(scene.image(), scene.keypoints(), colour)).as(scene.name())
					.containsExactlyElementsOf(expected);
			}
		}
	}

	@Test
	void photosInFlightTogetherGiveTheMarkersOfOneThread() throws Exception {
		MarkerDetector one = new MarkerDetector();
		MarkerDetector lone = new MarkerDetector(2);
		List<MarkerScenes.Scene> scenes = scenes();
		List<List<Marker>> expected = scenes.stream()
			.map((s) -> one.detect(s.image(), s.keypoints(), Optional.<MarkerColour>empty()))
			.toList();
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			for (int round = 0; round < 2; round++) {
				List<Future<List<Marker>>> running = new ArrayList<>();
				for (MarkerScenes.Scene s : scenes) {
					running.add(pool.submit(() -> lone.detect(s.image(), s.keypoints(), Optional.empty())));
				}
				for (int i = 0; i < scenes.size(); i++) {
					assertThat(running.get(i).get()).as(scenes.get(i).name())
						.containsExactlyElementsOf(expected.get(i));
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void noThreadsIsRefused() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new MarkerDetector(0));
	}

}
