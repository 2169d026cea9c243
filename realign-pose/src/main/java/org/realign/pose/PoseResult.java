package org.realign.pose;

import java.util.List;

/**
 * One person's pose in one image.
 *
 * @param landmarks the 33 keypoints in image pixels, in {@link PoseKeypoint} order
 * @param worldLandmarks the 33 keypoints in metres, in {@link PoseKeypoint} order
 * @param detection the detector's output that started this pose, normalized to the image;
 * for a pose tracked from the previous frame, the detection of the frame where tracking
 * began
 * @param roi the crop the landmark model saw
 * @param detectionScore the detector's confidence, 0..1
 * @param poseScore the landmark model's confidence that a pose is in the crop, 0..1
 * @param model the landmark model used
 * @param imageWidth width of the image in pixels
 * @param imageHeight height of the image in pixels
 * @param people how many distinct people the detector saw in the image: its detections
 * scoring at least {@link PoseDetection#PERSON_MIN_SCORE} after non-maximum suppression
 * (0 when the pose was found on the fallback region, the detector having seen no one; for
 * a tracked video frame, the count of the frame where tracking began)
 */
public record PoseResult(List<PoseLandmark> landmarks, List<WorldLandmark> worldLandmarks, PoseDetection detection,
		RegionOfInterest roi, double detectionScore, double poseScore, PoseModel model, int imageWidth, int imageHeight,
		int people) {

	public PoseResult {
		landmarks = List.copyOf(landmarks);
		worldLandmarks = List.copyOf(worldLandmarks);
		if (people < 0) {
			throw new IllegalArgumentException("people must not be negative");
		}
	}

	public PoseLandmark landmark(PoseKeypoint keypoint) {
		return this.landmarks.get(keypoint.ordinal());
	}

	public WorldLandmark worldLandmark(PoseKeypoint keypoint) {
		return this.worldLandmarks.get(keypoint.ordinal());
	}

}
