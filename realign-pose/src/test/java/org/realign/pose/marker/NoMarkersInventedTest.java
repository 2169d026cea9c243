package org.realign.pose.marker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unmodified reference photos carry no markers: eyes, glasses, a watch, a pink shirt,
 * white trainers, an exercise band, studio fittings and skin highlights must not be
 * reported, whether the colour is detected or set by the practice.
 */
class NoMarkersInventedTest {

	@Test
	void noMarkerOnTheReferencePhotosWithTheColourDetected() {
		MarkerDetector detector = new MarkerDetector();
		List<String> invented = new ArrayList<>();
		invented.addAll(label("pose",
				detector.detect(ReferencePhotos.pose(), ReferencePhotos.poseKeypoints(), Optional.empty())));
		for (int frame = 0; frame < 65; frame += 4) {
			invented.addAll(label("squat " + frame, detector.detect(ReferencePhotos.squat(frame),
					ReferencePhotos.squatKeypoints(frame), Optional.empty())));
		}
		assertThat(invented).isEmpty();
	}

	@Test
	void noMarkerOnTheReferencePhotosForAPracticeColour() {
		MarkerDetector detector = new MarkerDetector();
		List<String> invented = new ArrayList<>();
		for (String name : List.of("white", "green", "blue", "yellow", "cyan")) {
			Optional<MarkerColour> colour = MarkerColour.parse(name);
			invented.addAll(label("pose " + name,
					detector.detect(ReferencePhotos.pose(), ReferencePhotos.poseKeypoints(), colour)));
			for (int frame = 0; frame < 65; frame += 8) {
				invented.addAll(label("squat " + frame + " " + name,
						detector.detect(ReferencePhotos.squat(frame), ReferencePhotos.squatKeypoints(frame), colour)));
			}
		}
		System.out.println("practice colour, reference photos: " + invented);
		assertThat(invented).isEmpty();
	}

	private static List<String> label(String photo, List<Marker> markers) {
		return markers.stream().map((m) -> photo + ": " + m).toList();
	}

}
