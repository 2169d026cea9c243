package org.realign.pose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person is found, and in the right place, on variations of the reference photos a
 * practitioner's camera produces ({@link PhotoVariations}: tight crops where the person
 * fills the frame or is cut at the eyes and soles, 15 degrees of tilt either way,
 * exposures down to 1/50): pose.jpg and squat frames 0, 18 and 40, 52 photos.
 * <p>
 * MediaPipe's own pipeline misses one of them (frame 40 cropped 10% inside the
 * eyes-to-feet box: the detector finds no face); the fallback region finds it.
 */
class PoseRobustnessIT {

	/**
	 * The largest distance allowed between a shoulder or hip and the reference, as a
	 * fraction of the person's eyes-to-feet height. Measured: 11.1% on pose.jpg cut 10%
	 * inside its eyes-to-feet box (head and feet half gone, arms spread to the edges),
	 * 4.3% or less on the other 51 variations.
	 */
	private static final double TORSO_TOLERANCE = 0.15;

	@Test
	void estimate_tightCropsRotationsAndDarkExposures_personFoundEveryTime() throws IOException {
		double[] poseJpg = TestData.numbersAfterKey(
				TestData.read(TestData.reference("legacy_solution_pose_test_expected.json")), "pose_landmarks_px");
		double[] squats = TestData.numbers(TestData.read(TestData.reference("pose_squats.full.json")));
		List<PhotoVariations.Variation> variations = new ArrayList<>();
		List<double[]> references = new ArrayList<>();
		add(variations, references, "pose.jpg", ImageIO.read(TestData.reference("pose.jpg").toFile()), poseJpg);
		for (int frame : new int[] { 0, 18, 40 }) {
			double[] landmarks = new double[2 * PoseKeypoint.COUNT];
			for (int i = 0; i < PoseKeypoint.COUNT; i++) {
				landmarks[2 * i] = squats[(frame * PoseKeypoint.COUNT + i) * 3];
				landmarks[2 * i + 1] = squats[(frame * PoseKeypoint.COUNT + i) * 3 + 1];
			}
			String name = String.format(Locale.ROOT, "pose_squats_frames/frame_%03d.jpg", frame);
			add(variations, references, "squat frame " + frame, ImageIO.read(TestData.reference(name).toFile()),
					landmarks);
		}
		List<String> missed = new ArrayList<>();
		List<String> misplaced = new ArrayList<>();
		ModelFiles files = TestData.modelStore().ensureAvailable(PoseModel.FULL);
		try (PoseEstimator estimator = PoseEstimator.open(files, 1)) {
			for (int v = 0; v < variations.size(); v++) {
				PhotoVariations.Variation variation = variations.get(v);
				double[] reference = variation.map(references.get(v));
				var result = estimator.estimate(variation.image());
				if (result.isEmpty()) {
					missed.add(variation.name());
					continue;
				}
				double height = eyesToFeet(references.get(v));
				double worstTorso = 0;
				for (PoseKeypoint keypoint : new PoseKeypoint[] { PoseKeypoint.LEFT_SHOULDER,
						PoseKeypoint.RIGHT_SHOULDER, PoseKeypoint.LEFT_HIP, PoseKeypoint.RIGHT_HIP }) {
					PoseLandmark landmark = result.get().landmark(keypoint);
					int i = keypoint.ordinal();
					worstTorso = Math.max(worstTorso,
							Math.hypot(landmark.x() - reference[2 * i], landmark.y() - reference[2 * i + 1]));
				}
				System.out.printf(Locale.ROOT, "%s%s: torso within %.1f px (%.1f%% of the height)%n", variation.name(),
						result.get().detection() == null ? " (fallback region)" : "", worstTorso,
						100 * worstTorso / height);
				if (worstTorso > TORSO_TOLERANCE * height) {
					misplaced.add(variation.name());
				}
			}
		}
		assertThat(variations).hasSize(52);
		assertThat(missed).as("variations without a person").isEmpty();
		assertThat(misplaced).as("variations with a shoulder or hip misplaced").isEmpty();
	}

	private static void add(List<PhotoVariations.Variation> variations, List<double[]> references, String name,
			BufferedImage photo, double[] landmarks) {
		for (PhotoVariations.Variation variation : PhotoVariations.of(name, photo, landmarks)) {
			variations.add(variation);
			references.add(landmarks);
		}
	}

	private static double eyesToFeet(double[] landmarks) {
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (int i = 0; i < PoseKeypoint.COUNT; i++) {
			min = Math.min(min, landmarks[2 * i + 1]);
			max = Math.max(max, landmarks[2 * i + 1]);
		}
		return max - min;
	}

}
