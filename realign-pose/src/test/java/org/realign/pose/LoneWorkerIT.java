package org.realign.pose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A photo alone in flight runs its models with XNNPACK on two threads (the lone worker):
 * its landmarks must be those of one thread, within float noise, on every model, and the
 * lone worker must really have run them.
 */
class LoneWorkerIT {

	/**
	 * Float noise in the photo's pixels: the models compute in 32-bit floats, about 1e-7
	 * of a value, times photos of about 1000 px, with room for a reordered sum.
	 */
	private static final double PIXEL_NOISE = 0.01;

	/** The same for visibility, presence and depth, which are not scaled by the photo. */
	private static final double NOISE = 1e-4;

	private static final List<String> PHOTOS = List.of("pose.jpg", "pose_squats_frames/frame_000.jpg",
			"pose_squats_frames/frame_018.jpg", "pose_squats_frames/frame_040.jpg");

	@ParameterizedTest
	@EnumSource(PoseModel.class)
	void lonePhoto_twoThreads_sameLandmarksAsOneThread(PoseModel model) {
		ModelFiles files = TestData.modelStore().ensureAvailable(model);
		ImageLoader loader = new ImageLoader();
		try (PoseEstimator oneThread = PoseEstimator.open(files, 1, PoseOptions.defaults(), 1);
				PoseEstimator twoThreads = PoseEstimator.open(files, 1, PoseOptions.defaults(), 2)) {
			for (String name : PHOTOS) {
				PosePhoto photo = loader.loadForPose(TestData.reference(name));
				PoseResult expected = oneThread.estimate(photo).orElseThrow();
				PoseResult actual = twoThreads.estimate(photo).orElseThrow();
				assertSameWithinNoise(name + " " + model, actual, expected);
			}
			assertThat(((TfLitePoseEstimator) oneThread).loneCalls()).as("one thread: no lone worker").isZero();
			assertThat(((TfLitePoseEstimator) twoThreads).loneCalls()).as("every photo on the lone worker")
				.isEqualTo(PHOTOS.size());
		}
	}

	/**
	 * By default (as the upload's estimator opens), a lone photo runs on the lone worker
	 * wherever there is more than one core; with one core there is nothing to gain.
	 */
	@Test
	void defaultOpen_lonePhotoUsesEveryCore() {
		ModelFiles files = TestData.modelStore().ensureAvailable(PoseModel.LITE);
		PosePhoto photo = new ImageLoader().loadForPose(TestData.reference("pose.jpg"));
		try (PoseEstimator estimator = PoseEstimator.open(files, 2)) {
			estimator.estimate(photo).orElseThrow();
			boolean severalCores = Runtime.getRuntime().availableProcessors() > 1;
			assertThat(((TfLitePoseEstimator) estimator).loneCalls()).isEqualTo(severalCores ? 1 : 0);
		}
	}

	@Test
	void concurrentPhotos_shareLoneAndPooledWorkers_sameLandmarks() throws Exception {
		ModelFiles files = TestData.modelStore().ensureAvailable(PoseModel.FULL);
		Path file = TestData.reference("pose_squats_frames/frame_018.jpg");
		PosePhoto photo = new ImageLoader().loadForPose(file);
		PoseResult expected;
		try (PoseEstimator oneThread = PoseEstimator.open(files, 1, PoseOptions.defaults(), 1)) {
			expected = oneThread.estimate(photo).orElseThrow();
		}
		PoseEstimator estimator = PoseEstimator.open(files, 2, PoseOptions.defaults(), 2);
		ExecutorService executor = Executors.newFixedThreadPool(3);
		try {
			List<Future<PoseResult>> futures = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				futures.add(executor.submit(() -> estimator.estimate(photo).orElseThrow()));
			}
			for (Future<PoseResult> future : futures) {
				assertSameWithinNoise("concurrent", future.get(), expected);
			}
			// Alone again: the lone worker takes the photo.
			long before = ((TfLitePoseEstimator) estimator).loneCalls();
			assertSameWithinNoise("alone", estimator.estimate(photo).orElseThrow(), expected);
			assertThat(((TfLitePoseEstimator) estimator).loneCalls()).isEqualTo(before + 1);
		}
		finally {
			executor.shutdownNow();
			estimator.close();
		}
		assertThatThrownBy(() -> estimator.estimate(photo)).isInstanceOf(IllegalStateException.class);
	}

	private static void assertSameWithinNoise(String what, PoseResult actual, PoseResult expected) {
		assertThat(actual.landmarks()).hasSameSizeAs(expected.landmarks());
		for (int i = 0; i < expected.landmarks().size(); i++) {
			PoseLandmark a = actual.landmarks().get(i);
			PoseLandmark e = expected.landmarks().get(i);
			String point = what + " " + e.keypoint().id();
			assertThat(a.keypoint()).isEqualTo(e.keypoint());
			assertThat(a.x()).as(point + " x").isCloseTo(e.x(), within(PIXEL_NOISE));
			assertThat(a.y()).as(point + " y").isCloseTo(e.y(), within(PIXEL_NOISE));
			assertThat(a.z()).as(point + " z").isCloseTo(e.z(), within(PIXEL_NOISE));
			assertThat(a.visibility()).as(point + " visibility").isCloseTo(e.visibility(), within(NOISE));
			assertThat(a.presence()).as(point + " presence").isCloseTo(e.presence(), within(NOISE));
		}
		for (int i = 0; i < expected.worldLandmarks().size(); i++) {
			WorldLandmark a = actual.worldLandmarks().get(i);
			WorldLandmark e = expected.worldLandmarks().get(i);
			assertThat(a.x()).as(what + " world x").isCloseTo(e.x(), within(NOISE));
			assertThat(a.y()).as(what + " world y").isCloseTo(e.y(), within(NOISE));
			assertThat(a.z()).as(what + " world z").isCloseTo(e.z(), within(NOISE));
		}
		assertThat(actual.detectionScore()).as(what + " detection score")
			.isCloseTo(expected.detectionScore(), within(NOISE));
		assertThat(actual.poseScore()).as(what + " pose score").isCloseTo(expected.poseScore(), within(NOISE));
	}

}
