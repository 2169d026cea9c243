package org.realign.pose;

/**
 * One keypoint placed by the model, in image pixels (origin top-left, y down).
 *
 * @param keypoint which keypoint
 * @param x x in pixels
 * @param y y in pixels
 * @param z depth relative to the hips, in pixels at the scale of x (smaller is nearer the
 * camera); rough, as in MediaPipe
 * @param visibility likelihood that the point is visible (not occluded), 0..1
 * @param presence likelihood that the point is inside the image, 0..1
 */
public record PoseLandmark(PoseKeypoint keypoint, double x, double y, double z, double visibility, double presence) {

	/**
	 * Below this visibility a point is probably hidden (behind the body, out of frame)
	 * and its position a guess: MediaPipe's own drawing utilities leave such points out
	 * ({@code _VISIBILITY_THRESHOLD = 0.5} in
	 * {@code mediapipe/python/solutions/drawing_utils.py}).
	 */
	public static final double VISIBILITY_THRESHOLD = 0.5;

	/**
	 * Whether the model thinks the point is probably hidden: it is flagged for the
	 * practitioner to check by eye instead of being used silently.
	 */
	public boolean lowVisibility() {
		return this.visibility < VISIBILITY_THRESHOLD;
	}

}
