package org.realign.pose;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one conversion from a pose to landmarks: keypoints inside the photo, in their own
 * ids, with the model as source and its visibility as confidence; the same landmarks as
 * the landmark file written from them.
 */
class PoseLandmarksTest {

	private static final int WIDTH = 600;

	private static final int HEIGHT = 1000;

	/**
	 * A pose whose every keypoint sits at (10 + i, 20 + 3i), the right foot index below
	 * the frame.
	 */
	private static PoseResult pose() {
		List<PoseLandmark> points = new ArrayList<>();
		List<WorldLandmark> world = new ArrayList<>();
		for (PoseKeypoint keypoint : PoseKeypoint.values()) {
			int i = keypoint.ordinal();
			double y = (keypoint == PoseKeypoint.values()[PoseKeypoint.COUNT - 1]) ? HEIGHT + 15 : 20.04 + 3 * i;
			points.add(new PoseLandmark(keypoint, 10.06 + i, y, 0, 0.912345, 0.99999));
			world.add(new WorldLandmark(keypoint, 0, 0, 0));
		}
		return new PoseResult(points, world, new PoseDetection(0.98, 0, 0, 1, 1, new double[8]),
				new RegionOfInterest(0.5, 0.5, 1, 1, 0), 0.98, 0.99, PoseModel.FULL, WIDTH, HEIGHT);
	}

	@Test
	void keypointsInsideThePhoto_becomeModelLandmarks_andOnesOutsideAreLeftOut() {
		LandmarkSet set = PoseLandmarks.landmarkSet(View.LEFT_LATERAL, pose());

		assertThat(set.view()).isEqualTo(View.LEFT_LATERAL);
		assertThat(set.image().width()).isEqualTo(WIDTH);
		assertThat(set.landmarks()).hasSize(PoseKeypoint.COUNT - 1);
		PoseKeypoint last = PoseKeypoint.values()[PoseKeypoint.COUNT - 1];
		assertThat(set.find(LandmarkId.fromId(last.id()).orElseThrow())).isEmpty();
		Landmark nose = set.find(LandmarkId.fromId(PoseKeypoint.values()[0].id()).orElseThrow()).orElseThrow();
		assertThat(nose.x()).isEqualTo(10.1);
		assertThat(nose.y()).isEqualTo(20.0);
		assertThat(nose.source()).isEqualTo(LandmarkSource.fromId(PoseModel.FULL.sourceId()).orElseThrow());
		assertThat(nose.confidence().getAsDouble()).isEqualTo(0.9123);
		assertThat(nose.visibility().getAsDouble()).isEqualTo(0.9123);
		assertThat(nose.presence().getAsDouble()).isEqualTo(1.0);
	}

	@Test
	void theLandmarkFileWrittenFromAPose_readsBackAsTheSameLandmarks() {
		LandmarkSet set = PoseLandmarks.landmarkSet(View.ANTERIOR, pose());

		LandmarkSet read = LandmarkFile.parse(LandmarkFile.write(List.of(set))).get(0);

		assertThat(read.landmarks()).containsExactlyInAnyOrderElementsOf(set.landmarks());
		assertThat(read.image()).isEqualTo(set.image());
	}

}
