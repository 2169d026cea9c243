package org.realign.pose;

/**
 * The rotated square crop that the landmark model sees, normalized to the image like
 * MediaPipe's {@code NormalizedRect}: centre and size as fractions of the image width and
 * height, rotation in radians (clockwise on screen, since y points down).
 *
 * @param xCenter centre x, fraction of the image width
 * @param yCenter centre y, fraction of the image height
 * @param width width, fraction of the image width
 * @param height height, fraction of the image height
 * @param rotation rotation in radians, in [-pi, pi)
 */
public record RegionOfInterest(double xCenter, double yCenter, double width, double height, double rotation) {

	/**
	 * The ROI for a body given two keypoints: the centre and a point that encodes size
	 * and rotation, normalized to an image of the given size.
	 * <p>
	 * A port of MediaPipe's {@code AlignmentPointsRectsCalculator} (start keypoint 0, end
	 * keypoint 1, target angle 90 degrees) followed by
	 * {@code RectTransformationCalculator} (scale 1.25, square long side), the two nodes
	 * of {@code pose_detection_to_roi.pbtxt} and {@code pose_landmarks_to_roi.pbtxt} [1]
	 * [2] [3].
	 * <p>
	 * [1] mediapipe/calculators/util/alignment_points_to_rects_calculator.cc<br>
	 * [2] mediapipe/calculators/util/rect_transformation_calculator.cc<br>
	 * [3] mediapipe/modules/pose_landmark/pose_detection_to_roi.pbtxt
	 */
	static RegionOfInterest fromAlignmentPoints(double centerX, double centerY, double scaleX, double scaleY,
			int imageWidth, int imageHeight) {
		double x0 = centerX * imageWidth;
		double y0 = centerY * imageHeight;
		double x1 = scaleX * imageWidth;
		double y1 = scaleY * imageHeight;
		// The box is twice the distance from the centre to the scale point.
		double boxSize = 2 * Math.hypot(x1 - x0, y1 - y0);
		double rotation = normalizeRadians(Math.PI / 2 - Math.atan2(-(y1 - y0), x1 - x0));
		// square_long: the long side in pixels for both, then scale 1.25.
		double longSide = boxSize * ROI_SCALE;
		return new RegionOfInterest(centerX, centerY, longSide / imageWidth, longSide / imageHeight, rotation);
	}

	static final double ROI_SCALE = 1.25;

	static double normalizeRadians(double angle) {
		return angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI));
	}

	/**
	 * The ROI for a detection, from its keypoints 0 (mid-hip) and 1 (full-body scale).
	 */
	static RegionOfInterest fromDetection(PoseDetection detection, int imageWidth, int imageHeight) {
		return fromAlignmentPoints(detection.keypointX(0), detection.keypointY(0), detection.keypointX(1),
				detection.keypointY(1), imageWidth, imageHeight);
	}

	/**
	 * A fallback region: the whole image as one upright square around its centre, its
	 * side {@code scale} times the image's long side; with {@link #ROI_SCALE}, the region
	 * of a person whose body spans the image's long side (a person who fills the frame).
	 */
	static RegionOfInterest wholeImage(int imageWidth, int imageHeight, double scale) {
		double side = Math.max(imageWidth, imageHeight) * scale;
		return new RegionOfInterest(0.5, 0.5, side / imageWidth, side / imageHeight, 0);
	}

	double xCenterPixels(int imageWidth) {
		return this.xCenter * imageWidth;
	}

	double yCenterPixels(int imageHeight) {
		return this.yCenter * imageHeight;
	}

}
