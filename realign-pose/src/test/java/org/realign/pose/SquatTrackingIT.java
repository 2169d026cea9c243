package org.realign.pose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 65 squat frames against tfjs-models' reference ({@code pose_squats.full.json}: the
 * MediaPipe web runtime, full model, video mode with smoothing): every landmark of every
 * frame within 31 px.
 * <p>
 * The video has 5 frames a second, but the reference's timestamps advanced by 1/30 s per
 * frame: replaying our unsmoothed landmarks through the one-euro filter with steps from
 * 10 ms to 200 ms, the mean error to the reference is smallest at 33 ms (4.7 px against
 * 6.0 px at 200 ms), so the test feeds 1/30 s steps. Detection on every frame without
 * tracking and smoothing stays within 50 px but not 31 px: the reference lags behind the
 * fast arm swing of frame 18.
 */
class SquatTrackingIT {

	private static final int FRAMES = 65;

	private static final double TOLERANCE_PX = 31;

	private static final Duration FRAME_STEP = Duration.ofNanos(1_000_000_000L / 30);

	@Test
	void tracker_squatFrames_within31PixelsOfReference() throws IOException {
		double[] expected = TestData.numbers(TestData.read(TestData.reference("pose_squats.full.json")));
		assertThat(expected).hasSize(FRAMES * PoseKeypoint.COUNT * 3);
		Path frames = TestData.reference("pose_squats_frames");
		ModelFiles files = TestData.modelStore().ensureAvailable(PoseModel.FULL);
		double worst = 0;
		int worstFrame = -1;
		String worstKeypoint = null;
		double sum = 0;
		try (PoseEstimator estimator = PoseEstimator.open(files, 1)) {
			PoseTracker tracker = estimator.tracker();
			for (int f = 0; f < FRAMES; f++) {
				BufferedImage frame = ImageIO
					.read(frames.resolve(String.format(Locale.ROOT, "frame_%03d.jpg", f)).toFile());
				PoseResult result = tracker.next(frame, FRAME_STEP.multipliedBy(f)).orElseThrow();
				for (int i = 0; i < PoseKeypoint.COUNT; i++) {
					int e = (f * PoseKeypoint.COUNT + i) * 3;
					PoseLandmark landmark = result.landmarks().get(i);
					double distance = Math.hypot(landmark.x() - expected[e], landmark.y() - expected[e + 1]);
					sum += distance;
					if (distance > worst) {
						worst = distance;
						worstFrame = f;
						worstKeypoint = landmark.keypoint().id();
					}
				}
			}
		}
		System.out.printf(Locale.ROOT,
				"squats (tracking, full): max landmark distance %.2f px (frame %d, %s), mean %.2f px%n", worst,
				worstFrame, worstKeypoint, sum / (FRAMES * PoseKeypoint.COUNT));
		assertThat(worst).isLessThan(TOLERANCE_PX);
	}

}
