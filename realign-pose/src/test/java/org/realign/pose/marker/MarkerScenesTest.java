package org.realign.pose.marker;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test scenes draw markers only where a practitioner's marker could be seen: not on
 * the ear of a face turned away from it, which the pose model still places (near the eye,
 * or on it).
 */
class MarkerScenesTest {

	@Test
	void theEarAFaceTurnsAwayCarriesNoMarker() {
		// The squat video's woman turns her face to her left: her left ear is behind her
		// cheek; the pose photo's man is in profile facing his right: his right ear is
		// hidden. Each shows the other ear.
		for (String photo : List.of("squat0", "squat36", "squat64")) {
			assertThat(MarkerScenes.onAHiddenEar(LandmarkId.of(Side.LEFT, "tragus"), MarkerScenes.keypoints(photo)))
				.as(photo + " left ear")
				.isTrue();
			assertThat(MarkerScenes.onAHiddenEar(LandmarkId.of(Side.RIGHT, "tragus"), MarkerScenes.keypoints(photo)))
				.as(photo + " right ear")
				.isFalse();
		}
		assertThat(MarkerScenes.onAHiddenEar(LandmarkId.of(Side.RIGHT, "tragus"), MarkerScenes.keypoints("pose")))
			.isTrue();
		assertThat(MarkerScenes.onAHiddenEar(LandmarkId.of(Side.LEFT, "tragus"), MarkerScenes.keypoints("pose")))
			.isFalse();
		// Only tragus markers depend on it.
		assertThat(MarkerScenes.onAHiddenEar(LandmarkId.of(Side.LEFT, "acromion"), MarkerScenes.keypoints("squat0")))
			.isFalse();
		MarkerScenes.Scene front = MarkerScenes
			.make(new MarkerScenes.Recipe("squat36", View.ANTERIOR, 15, 0x2255DD, false, 0, 0, 1f, false, false, 1));
		assertThat(front.drawn()).extracting(MarkerScenes.Drawn::id)
			.contains(LandmarkId.of(Side.RIGHT, "tragus"))
			.doesNotContain(LandmarkId.of(Side.LEFT, "tragus"));
	}

}
