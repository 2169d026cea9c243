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
 */
public record PoseResult(List<PoseLandmark> landmarks, List<WorldLandmark> worldLandmarks, PoseDetection detection,
		RegionOfInterest roi, double detectionScore, double poseScore, PoseModel model, int imageWidth,
		int imageHeight) {

	public PoseResult {
		landmarks = List.copyOf(landmarks);
		worldLandmarks = List.copyOf(worldLandmarks);
	}

	public PoseLandmark landmark(PoseKeypoint keypoint) {
		return this.landmarks.get(keypoint.ordinal());
	}

	public WorldLandmark worldLandmark(PoseKeypoint keypoint) {
		return this.worldLandmarks.get(keypoint.ordinal());
	}

}
