package org.realign.pose;

/**
 * What the pose detector found: a box around the face and four keypoints, normalized to
 * the image (0..1, origin top-left).
 * <p>
 * Keypoint 0 is the mid-hip centre, keypoint 1 encodes the size and rotation of the full
 * body, keypoints 2 and 3 do the same for the upper body (see
 * {@code pose_detection_cpu.pbtxt}).
 *
 * @param score the detector's confidence, 0..1
 * @param xMin left edge of the box
 * @param yMin top edge of the box
 * @param width width of the box
 * @param height height of the box
 * @param keypoints x0, y0, x1, y1, ... for the four keypoints
 */
public record PoseDetection(double score, double xMin, double yMin, double width, double height, double[] keypoints) {

	/**
	 * The score from which a detection counts as a person: MediaPipe Pose's default
	 * {@code min_detection_confidence} of 0.5, which its solution sets as the detector's
	 * {@code TensorsToDetectionsCalculator.min_score_thresh} [1] (the graph itself keeps
	 * candidates from 0.2, {@code DetectionDecoder.MIN_SCORE}, for the suppression).
	 * <p>
	 * [1] mediapipe/python/solutions/pose.py
	 */
	public static final double PERSON_MIN_SCORE = 0.5;

	public PoseDetection {
		keypoints = keypoints.clone();
	}

	@Override
	public double[] keypoints() {
		return this.keypoints.clone();
	}

	public double keypointX(int index) {
		return this.keypoints[2 * index];
	}

	public double keypointY(int index) {
		return this.keypoints[2 * index + 1];
	}

	double xMax() {
		return this.xMin + this.width;
	}

	double yMax() {
		return this.yMin + this.height;
	}

	double area() {
		return this.width * this.height;
	}

}
