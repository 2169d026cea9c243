package org.realign.pose;

import java.awt.image.BufferedImage;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Test-time augmentation on the standing frame: every pass finds the person, the averaged
 * keypoints stay near the single pass, each keypoint's spread is a few pixels (a real
 * repeatability figure, neither zero nor wild), and it becomes the landmarks'
 * uncertainty.
 */
class AugmentedPoseIT {

	@Test
	void standingFrame_fourPasses_smallSpreadsBecomeUncertainties() throws IOException {
		BufferedImage image = ImageIO.read(TestData.reference("pose_squats_frames/frame_000.jpg").toFile());
		try (PoseEstimator estimator = PoseEstimator.open(TestData.modelStore().ensureAvailable(PoseModel.FULL), 1)) {
			PoseResult single = estimator.estimate(image).orElseThrow();
			AugmentedPose augmented = AugmentedPose.estimate(estimator, image).orElseThrow();

			assertThat(augmented.passes()).isEqualTo(4);
			for (PoseKeypoint keypoint : new PoseKeypoint[] { PoseKeypoint.values()[11], PoseKeypoint.values()[23],
					PoseKeypoint.values()[25], PoseKeypoint.values()[27] }) {
				PoseLandmark a = augmented.mean().landmark(keypoint);
				PoseLandmark s = single.landmark(keypoint);
				assertThat(Math.hypot(a.x() - s.x(), a.y() - s.y())).as(keypoint.id()).isLessThan(15);
				assertThat(augmented.spread()[keypoint.ordinal()]).as(keypoint.id()).isGreaterThan(0).isLessThan(15);
			}
			LandmarkSet set = augmented.inside(View.ANTERIOR);
			Landmark shoulder = set.find(org.realign.core.landmark.LandmarkId.LEFT_SHOULDER).orElseThrow();
			assertThat(shoulder.uncertainty().getAsDouble()).isCloseTo(augmented.spread()[11], within(1e-9));
		}
	}

}
