package org.realign.pose;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pose with the person's left and right exchanged, for a photo kept as the view the
 * model read the other way round (a back read as a front).
 */
class PoseSidesSwappedTest {

	@Test
	void opposite_isTheDecodersBilateralPair_andItsOwnInverse() {
		// The decoder's pairs, read through its swap: the point at k moves to its pair.
		int n = PoseKeypoint.COUNT;
		double[] index = new double[n];
		for (int k = 0; k < n; k++) {
			index[k] = k;
		}
		LandmarkDecoder.Normalized swapped = LandmarkDecoder.swapSides(
				new LandmarkDecoder.Normalized(index, index.clone(), new double[n], new double[n], new double[n]));
		for (PoseKeypoint keypoint : PoseKeypoint.values()) {
			assertThat(keypoint.opposite().ordinal()).as(keypoint.id())
				.isEqualTo((int) swapped.x()[keypoint.ordinal()]);
			assertThat(keypoint.opposite().opposite()).isEqualTo(keypoint);
		}
		assertThat(PoseKeypoint.NOSE.opposite()).isEqualTo(PoseKeypoint.NOSE);
		assertThat(PoseKeypoint.MOUTH_LEFT.opposite()).isEqualTo(PoseKeypoint.MOUTH_RIGHT);
		assertThat(PoseKeypoint.LEFT_EYE_INNER.opposite()).isEqualTo(PoseKeypoint.RIGHT_EYE_INNER);
	}

	@Test
	void withSidesSwapped_eachPointTakesItsOppositesPlace_spreadAndWorldToo() {
		List<PoseLandmark> landmarks = new ArrayList<>();
		List<WorldLandmark> world = new ArrayList<>();
		List<LandmarkSpread> spread = new ArrayList<>();
		for (PoseKeypoint k : PoseKeypoint.values()) {
			int i = k.ordinal();
			landmarks.add(new PoseLandmark(k, 100 + i, 200 + i, i, 0.01 * i, 0.02 * i));
			world.add(new WorldLandmark(k, i, -i, 2 * i));
			spread.add(new LandmarkSpread(k, 100 + i, 200 + i, 0.1 * i, 0.2 * i, 0.01 * i, 6));
		}
		PoseResult pose = new PoseResult(landmarks, world, null, null, 0.9, 0.8, PoseModel.FULL, 720, 1280, 1);
		AugmentedPose augmented = new AugmentedPose(pose, spread, 6).withSidesSwapped();

		PoseLandmark leftShoulder = augmented.pose().landmark(PoseKeypoint.LEFT_SHOULDER);
		PoseLandmark rightShoulder = pose.landmark(PoseKeypoint.RIGHT_SHOULDER);
		assertThat(leftShoulder.keypoint()).isEqualTo(PoseKeypoint.LEFT_SHOULDER);
		assertThat(new double[] { leftShoulder.x(), leftShoulder.y(), leftShoulder.visibility() })
			.containsExactly(rightShoulder.x(), rightShoulder.y(), rightShoulder.visibility());
		assertThat(augmented.pose().worldLandmark(PoseKeypoint.LEFT_HEEL).x())
			.isEqualTo(pose.worldLandmark(PoseKeypoint.RIGHT_HEEL).x());
		assertThat(augmented.spread(PoseKeypoint.RIGHT_KNEE).sdY())
			.isEqualTo(spread.get(PoseKeypoint.LEFT_KNEE.ordinal()).sdY());
		assertThat(augmented.spread(PoseKeypoint.RIGHT_KNEE).keypoint()).isEqualTo(PoseKeypoint.RIGHT_KNEE);
		assertThat(augmented.pose().landmark(PoseKeypoint.NOSE)).isEqualTo(pose.landmark(PoseKeypoint.NOSE));
		assertThat(augmented.passes()).isEqualTo(6);
		assertThat(augmented.pose().imageWidth()).isEqualTo(720);
		// Twice is the pose itself.
		assertThat(augmented.withSidesSwapped().pose().landmarks()).isEqualTo(pose.landmarks());
	}

}
