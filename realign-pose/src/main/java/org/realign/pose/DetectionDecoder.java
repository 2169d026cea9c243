package org.realign.pose;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the pose detector's raw tensors into detections.
 * <p>
 * A port of MediaPipe's {@code TensorsToDetectionsCalculator} [1] with the options of
 * {@code pose_detection_cpu.pbtxt} [2]: 2254 boxes of 12 values (box centre, size, four
 * keypoints, x before y), scales 224, the score clipped to +-100 before the sigmoid, and
 * a minimum score of 0.2. Coordinates stay normalized to the (letterboxed) 224x224 input.
 * <p>
 * [1] mediapipe/calculators/tensor/tensors_to_detections_calculator.cc<br>
 * [2] mediapipe/modules/pose_detection/pose_detection_cpu.pbtxt
 */
final class DetectionDecoder {

	static final int NUM_BOXES = 2254;

	static final int NUM_COORDS = 12;

	static final int NUM_KEYPOINTS = 4;

	private static final int KEYPOINT_COORD_OFFSET = 4;

	private static final double SCALE = 224.0;

	private static final double SCORE_CLIPPING_THRESHOLD = 100.0;

	static final double MIN_SCORE = 0.2;

	private final List<SsdAnchors.Anchor> anchors;

	DetectionDecoder(List<SsdAnchors.Anchor> anchors) {
		if (anchors.size() != NUM_BOXES) {
			throw new IllegalArgumentException("expected " + NUM_BOXES + " anchors, got " + anchors.size());
		}
		this.anchors = anchors;
	}

	/**
	 * @param boxes the regressors, {@code NUM_BOXES * NUM_COORDS} values
	 * @param scores the raw class scores (logits), {@code NUM_BOXES} values
	 * @return the detections scoring at least {@link #MIN_SCORE}, in anchor order
	 */
	List<PoseDetection> decode(float[] boxes, float[] scores) {
		List<PoseDetection> detections = new ArrayList<>();
		for (int i = 0; i < NUM_BOXES; i++) {
			double score = sigmoid(clip(scores[i]));
			if (score < MIN_SCORE) {
				continue;
			}
			SsdAnchors.Anchor anchor = this.anchors.get(i);
			int offset = i * NUM_COORDS;
			// reverse_output_order: x, y, w, h; anchors have fixed size 1.
			double xCenter = boxes[offset] / SCALE + anchor.xCenter();
			double yCenter = boxes[offset + 1] / SCALE + anchor.yCenter();
			double w = boxes[offset + 2] / SCALE;
			double h = boxes[offset + 3] / SCALE;
			double[] keypoints = new double[2 * NUM_KEYPOINTS];
			for (int k = 0; k < NUM_KEYPOINTS; k++) {
				int kp = offset + KEYPOINT_COORD_OFFSET + 2 * k;
				keypoints[2 * k] = boxes[kp] / SCALE + anchor.xCenter();
				keypoints[2 * k + 1] = boxes[kp + 1] / SCALE + anchor.yCenter();
			}
			detections.add(new PoseDetection(score, xCenter - w / 2, yCenter - h / 2, w, h, keypoints));
		}
		return detections;
	}

	private static double clip(double logit) {
		return Math.max(-SCORE_CLIPPING_THRESHOLD, Math.min(SCORE_CLIPPING_THRESHOLD, logit));
	}

	static double sigmoid(double x) {
		return 1.0 / (1.0 + Math.exp(-x));
	}

}
