package org.realign.pose;

/**
 * The padding that fits a whole image into the detector's square input without
 * distortion, and its removal from detections.
 * <p>
 * Ports {@code PadRoi} of MediaPipe's {@code ImageToTensorCalculator} (keep_aspect_ratio)
 * and {@code DetectionLetterboxRemovalCalculator} [1] [2].
 * <p>
 * [1] mediapipe/calculators/tensor/image_to_tensor_utils.cc<br>
 * [2] mediapipe/calculators/util/detection_letterbox_removal_calculator.cc
 *
 * @param horizontal padding left and right, fraction of the padded width
 * @param vertical padding top and bottom, fraction of the padded height
 */
record Letterbox(double horizontal, double vertical) {

	/** The letterbox of a whole image fitted into a square tensor. */
	static Letterbox forImage(int imageWidth, int imageHeight) {
		double tensorAspect = 1.0;
		double roiAspect = (double) imageHeight / imageWidth;
		if (tensorAspect > roiAspect) {
			return new Letterbox(0, (1 - roiAspect / tensorAspect) / 2);
		}
		return new Letterbox((1 - tensorAspect / roiAspect) / 2, 0);
	}

	/** The padded ROI covering the whole image (pixels): its square side. */
	static double paddedSide(int imageWidth, int imageHeight) {
		return Math.max(imageWidth, imageHeight);
	}

	PoseDetection remove(PoseDetection detection) {
		double sx = 1 - 2 * this.horizontal;
		double sy = 1 - 2 * this.vertical;
		double[] keypoints = detection.keypoints();
		for (int i = 0; i < keypoints.length; i += 2) {
			keypoints[i] = (keypoints[i] - this.horizontal) / sx;
			keypoints[i + 1] = (keypoints[i + 1] - this.vertical) / sy;
		}
		return new PoseDetection(detection.score(), (detection.xMin() - this.horizontal) / sx,
				(detection.yMin() - this.vertical) / sy, detection.width() / sx, detection.height() / sy, keypoints);
	}

}
