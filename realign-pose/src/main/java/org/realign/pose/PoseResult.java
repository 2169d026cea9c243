package org.realign.pose;

import java.util.ArrayList;
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

	/**
	 * The same pose with the person's left and right exchanged: each keypoint takes the
	 * position of its {@link PoseKeypoint#opposite()}. For a photo the model reads as
	 * facing the other way from what it shows (a back read as a front), which only the
	 * person who took it can know.
	 */
	public PoseResult withSidesSwapped() {
		List<PoseLandmark> swapped = new ArrayList<>();
		List<WorldLandmark> swappedWorld = new ArrayList<>();
		for (PoseKeypoint keypoint : PoseKeypoint.values()) {
			PoseLandmark other = landmark(keypoint.opposite());
			swapped
				.add(new PoseLandmark(keypoint, other.x(), other.y(), other.z(), other.visibility(), other.presence()));
			if (!this.worldLandmarks.isEmpty()) {
				WorldLandmark otherWorld = worldLandmark(keypoint.opposite());
				swappedWorld.add(new WorldLandmark(keypoint, otherWorld.x(), otherWorld.y(), otherWorld.z()));
			}
		}
		return new PoseResult(swapped, swappedWorld, this.detection, this.roi, this.detectionScore, this.poseScore,
				this.model, this.imageWidth, this.imageHeight, this.people);
	}

}
