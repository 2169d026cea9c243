package org.realign.pose;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the landmark model's tensors into landmarks in image pixels and world landmarks
 * in metres.
 * <p>
 * Ports the nodes of {@code tensors_to_pose_landmarks_and_segmentation.pbtxt} and
 * {@code pose_landmark_by_roi_cpu.pbtxt} [1] [2]: {@code TensorsToLandmarksCalculator}
 * (39 points of 5 values, normalized by 256, sigmoid on visibility and presence),
 * {@code RefineLandmarksFromHeatmapCalculator} (kernel 7, minimum confidence 0.5) [3],
 * {@code LandmarkProjectionCalculator} (undo the ROI's rotation, scale and offset) [4]
 * and {@code WorldLandmarkProjectionCalculator} (rotate by the ROI's rotation) [5]. The
 * ROI is square in pixels, so the 256x256 crop has no letterbox to remove.
 * <p>
 * [1]
 * mediapipe/modules/pose_landmark/tensors_to_pose_landmarks_and_segmentation.pbtxt<br>
 * [2] mediapipe/modules/pose_landmark/pose_landmark_by_roi_cpu.pbtxt<br>
 * [3] mediapipe/calculators/util/refine_landmarks_from_heatmap_calculator.cc<br>
 * [4] mediapipe/calculators/util/landmark_projection_calculator.cc<br>
 * [5] mediapipe/calculators/util/world_landmark_projection_calculator.cc
 */
final class LandmarkDecoder {

	static final int INPUT_SIZE = 256;

	static final int NUM_LANDMARKS = 39;

	static final int HEATMAP_SIZE = 64;

	private static final int KERNEL_SIZE = 7;

	private static final double MIN_CONFIDENCE_TO_REFINE = 0.5;

	/** Normalized (0..1 of the image) landmarks, including the 6 auxiliary points. */
	record Normalized(double[] x, double[] y, double[] z, double[] visibility, double[] presence) {
	}

	private LandmarkDecoder() {
	}

	/**
	 * @param raw the landmark tensor, 39 x (x, y, z, visibility, presence) in 256 px
	 * @param heatmap the heatmap tensor, 64 x 64 x 39 logits (read in place: only the
	 * windows around the points are read), or null to skip refinement
	 * @param roi the crop the model saw
	 * @return the 39 points normalized to the image
	 */
	static Normalized decode(float[] raw, FloatBuffer heatmap, RegionOfInterest roi) {
		return decode(raw, heatmap, roi, false);
	}

	/**
	 * Left and right keypoints in pairs, as indices in BlazePose order (including the
	 * face; {@link PoseKeypoint#opposite()} says which): the mirrored crop shows the
	 * person's left side where the right one was.
	 */
	private static final int[][] LEFT_RIGHT = Arrays.stream(PoseKeypoint.values())
		.filter((keypoint) -> keypoint.opposite().ordinal() > keypoint.ordinal())
		.map((keypoint) -> new int[] { keypoint.ordinal(), keypoint.opposite().ordinal() })
		.toArray(int[][]::new);

	/**
	 * @param mirror whether the crop was sampled mirrored ({@link CropSampler}): the
	 * points are mirrored back and left and right swapped
	 */
	static Normalized decode(float[] raw, FloatBuffer heatmap, RegionOfInterest roi, boolean mirror) {
		double[] x = new double[NUM_LANDMARKS];
		double[] y = new double[NUM_LANDMARKS];
		double[] z = new double[NUM_LANDMARKS];
		double[] visibility = new double[NUM_LANDMARKS];
		double[] presence = new double[NUM_LANDMARKS];
		for (int i = 0; i < NUM_LANDMARKS; i++) {
			x[i] = raw[5 * i] / INPUT_SIZE;
			y[i] = raw[5 * i + 1] / INPUT_SIZE;
			z[i] = raw[5 * i + 2] / INPUT_SIZE;
			visibility[i] = DetectionDecoder.sigmoid(raw[5 * i + 3]);
			presence[i] = DetectionDecoder.sigmoid(raw[5 * i + 4]);
		}
		if (heatmap != null) {
			refineFromHeatmap(x, y, heatmap);
		}
		double cos = Math.cos(roi.rotation());
		double sin = Math.sin(roi.rotation());
		if (mirror) {
			swapPairs(x, y, z, visibility, presence);
		}
		for (int i = 0; i < NUM_LANDMARKS; i++) {
			double dx = mirror ? 0.5 - x[i] : x[i] - 0.5;
			double dy = y[i] - 0.5;
			x[i] = (cos * dx - sin * dy) * roi.width() + roi.xCenter();
			y[i] = (sin * dx + cos * dy) * roi.height() + roi.yCenter();
			z[i] = z[i] * roi.width();
		}
		return new Normalized(x, y, z, visibility, presence);
	}

	/**
	 * Whether a pass reads the person's left and right the other way round from a
	 * reference pass of the same photo: each bilateral pair lies nearer the reference's
	 * opposite points than its own, summed over the pairs. A back or a turned view is
	 * where the model is unsure which side is which, and one pass of the same photo may
	 * read the person as facing the camera while another reads them as facing away;
	 * averaged as they are, the two sides of each pair would meet in the middle.
	 */
	static boolean sidesSwapped(Normalized pass, Normalized reference) {
		double kept = 0;
		double swapped = 0;
		for (int[] pair : LEFT_RIGHT) {
			kept += squared(pass, pair[0], reference, pair[0]) + squared(pass, pair[1], reference, pair[1]);
			swapped += squared(pass, pair[0], reference, pair[1]) + squared(pass, pair[1], reference, pair[0]);
		}
		return swapped < kept;
	}

	/** A copy with left and right swapped in every bilateral pair. */
	static Normalized swapSides(Normalized pass) {
		double[] x = pass.x().clone();
		double[] y = pass.y().clone();
		double[] z = pass.z().clone();
		double[] visibility = pass.visibility().clone();
		double[] presence = pass.presence().clone();
		swapPairs(x, y, z, visibility, presence);
		return new Normalized(x, y, z, visibility, presence);
	}

	/** Swaps left and right of every bilateral pair in each of the arrays, in place. */
	private static void swapPairs(double[]... values) {
		for (int[] pair : LEFT_RIGHT) {
			for (double[] v : values) {
				swap(v, pair);
			}
		}
	}

	private static double squared(Normalized a, int i, Normalized b, int j) {
		double dx = a.x()[i] - b.x()[j];
		double dy = a.y()[i] - b.y()[j];
		return dx * dx + dy * dy;
	}

	private static void swap(double[] values, int[] pair) {
		double left = values[pair[0]];
		values[pair[0]] = values[pair[1]];
		values[pair[1]] = left;
	}

	/** Moves each point to the weighted centre of its heatmap window when confident. */
	static void refineFromHeatmap(double[] x, double[] y, FloatBuffer heatmap) {
		int size = HEATMAP_SIZE;
		int channels = NUM_LANDMARKS;
		int offset = (KERNEL_SIZE - 1) / 2;
		for (int lm = 0; lm < NUM_LANDMARKS; lm++) {
			int centerCol = (int) (x[lm] * size);
			int centerRow = (int) (y[lm] * size);
			if (centerCol < 0 || centerCol >= size || centerRow < 0 || centerRow >= size) {
				continue;
			}
			int beginCol = Math.max(0, centerCol - offset);
			int endCol = Math.min(size, centerCol + offset + 1);
			int beginRow = Math.max(0, centerRow - offset);
			int endRow = Math.min(size, centerRow + offset + 1);
			double sum = 0;
			double weightedCol = 0;
			double weightedRow = 0;
			double max = 0;
			for (int row = beginRow; row < endRow; row++) {
				for (int col = beginCol; col < endCol; col++) {
					double confidence = DetectionDecoder
						.sigmoid(heatmap.get(size * channels * row + channels * col + lm));
					sum += confidence;
					max = Math.max(max, confidence);
					weightedCol += col * confidence;
					weightedRow += row * confidence;
				}
			}
			if (max >= MIN_CONFIDENCE_TO_REFINE && sum > 0) {
				x[lm] = weightedCol / size / sum;
				y[lm] = weightedRow / size / sum;
			}
		}
	}

	/**
	 * @param imageWidth image pixels per normalized unit of x (the image width)
	 * @param imageHeight image pixels per normalized unit of y
	 */
	static List<PoseLandmark> toPixels(Normalized normalized, double imageWidth, double imageHeight) {
		List<PoseLandmark> landmarks = new ArrayList<>(PoseKeypoint.COUNT);
		for (PoseKeypoint keypoint : PoseKeypoint.values()) {
			int i = keypoint.ordinal();
			landmarks.add(new PoseLandmark(keypoint, normalized.x()[i] * imageWidth, normalized.y()[i] * imageHeight,
					normalized.z()[i] * imageWidth, normalized.visibility()[i], normalized.presence()[i]));
		}
		return landmarks;
	}

	/**
	 * @param raw the world tensor, 39 x (x, y, z) in metres
	 * @param roi the crop the model saw, whose rotation is undone
	 */
	static List<WorldLandmark> world(float[] raw, RegionOfInterest roi) {
		return world(raw, roi, false);
	}

	static List<WorldLandmark> world(float[] raw, RegionOfInterest roi, boolean mirror) {
		double cos = Math.cos(roi.rotation());
		double sin = Math.sin(roi.rotation());
		List<WorldLandmark> landmarks = new ArrayList<>(PoseKeypoint.COUNT);
		for (PoseKeypoint keypoint : PoseKeypoint.values()) {
			int i = mirror ? mirrored(keypoint.ordinal()) : keypoint.ordinal();
			double x = mirror ? -raw[3 * i] : raw[3 * i];
			double y = raw[3 * i + 1];
			landmarks.add(new WorldLandmark(keypoint, cos * x - sin * y, sin * x + cos * y, raw[3 * i + 2]));
		}
		return landmarks;
	}

	/** The keypoint that a mirrored crop shows in place of this one. */
	static int mirrored(int index) {
		for (int[] pair : LEFT_RIGHT) {
			if (pair[0] == index) {
				return pair[1];
			}
			if (pair[1] == index) {
				return pair[0];
			}
		}
		return index;
	}

	/** The ROI for the next video frame, from the auxiliary points 33 and 34. */
	static RegionOfInterest nextRoi(Normalized normalized, int imageWidth, int imageHeight) {
		return RegionOfInterest.fromAlignmentPoints(normalized.x()[33], normalized.y()[33], normalized.x()[34],
				normalized.y()[34], imageWidth, imageHeight);
	}

}
