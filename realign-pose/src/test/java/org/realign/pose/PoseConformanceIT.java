package org.realign.pose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conformance of the Java port to MediaPipe on {@code pose.jpg}, for each landmark model.
 * The models are fetched into the cache like on a user's first run.
 */
class PoseConformanceIT {

	private static BufferedImage image;

	private static double[] expectedPixels;

	private static double[] expectedWorld;

	@BeforeAll
	static void load() throws IOException {
		image = ImageIO.read(TestData.reference("pose.jpg").toFile());
		String legacy = TestData.read(TestData.reference("legacy_solution_pose_test_expected.json"));
		expectedPixels = TestData.numbersAfterKey(legacy, "pose_landmarks_px");
		expectedWorld = TestData.numbersAfterKey(legacy, "pose_world_landmarks_m");
	}

	@AfterAll
	static void done() {
		image = null;
	}

	@ParameterizedTest
	@EnumSource(PoseModel.class)
	void estimate_poseJpg_landmarksWithin15PixelsAndWorldWithin20Centimetres(PoseModel model) {
		ModelFiles files = TestData.modelStore().ensureAvailable(model);
		try (PoseEstimator estimator = PoseEstimator.open(files, 1)) {
			PoseResult result = estimator.estimate(image).orElseThrow();
			double maxDistance = 0;
			double maxCoordinate = 0;
			double maxWorld = 0;
			for (int i = 0; i < PoseKeypoint.COUNT; i++) {
				PoseLandmark landmark = result.landmarks().get(i);
				double dx = landmark.x() - expectedPixels[2 * i];
				double dy = landmark.y() - expectedPixels[2 * i + 1];
				maxDistance = Math.max(maxDistance, Math.hypot(dx, dy));
				maxCoordinate = Math.max(maxCoordinate, Math.max(Math.abs(dx), Math.abs(dy)));
				WorldLandmark world = result.worldLandmarks().get(i);
				maxWorld = Math.max(maxWorld,
						Math.max(Math.abs(world.x() - expectedWorld[3 * i]),
								Math.max(Math.abs(world.y() - expectedWorld[3 * i + 1]),
										Math.abs(world.z() - expectedWorld[3 * i + 2]))));
			}
			System.out.printf(Locale.ROOT,
					"pose.jpg %s: max landmark distance %.2f px, max per-coordinate %.2f px, max world %.3f m, score %.4f%n",
					model.id(), maxDistance, maxCoordinate, maxWorld, result.detectionScore());
			assertThat(maxDistance).isLessThan(15);
			assertThat(maxWorld).isLessThan(0.2);
		}
	}

}
