package org.realign.pose;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;

/**
 * A pose as the measurement engine's landmarks, without JSON in between.
 */
public final class PoseLandmarkSets {

	private PoseLandmarkSets() {
	}

	/**
	 * Every keypoint as the model placed it, including those outside the photo (a foot
	 * cut off by the frame lies below its bottom edge): what the capture check reads. Not
	 * for measuring, since a point outside the photo is a guess.
	 */
	public static LandmarkSet all(PoseResult pose, View view) {
		return LandmarkSet.of(view, new ImageSize(pose.imageWidth(), pose.imageHeight()), convert(pose, false));
	}

	/** The keypoints inside the photo: what measurements may use. */
	public static LandmarkSet inside(PoseResult pose, View view) {
		return LandmarkSet.of(view, new ImageSize(pose.imageWidth(), pose.imageHeight()), convert(pose, true));
	}

	/**
	 * The averaged keypoints inside the photo, each with its spread over the augmented
	 * passes as its uncertainty (one standard deviation, pixels: the root of the mean of
	 * the x and y variances).
	 */
	public static LandmarkSet inside(AugmentedPose augmented, View view) {
		List<Landmark> withSpread = new ArrayList<>();
		for (Landmark l : convert(augmented.pose(), true)) {
			LandmarkSpread spread = augmented.spread(PoseKeypoint.values()[l.id().modelIndex().orElseThrow()]);
			double sd = Math.sqrt((spread.sdX() * spread.sdX() + spread.sdY() * spread.sdY()) / 2);
			withSpread.add(l.withUncertainty(sd));
		}
		return LandmarkSet.of(view, new ImageSize(augmented.pose().imageWidth(), augmented.pose().imageHeight()),
				withSpread);
	}

	private static List<Landmark> convert(PoseResult pose, boolean insideOnly) {
		LandmarkSource source = LandmarkSource.fromId(pose.model().sourceId()).orElseThrow();
		List<Landmark> landmarks = new ArrayList<>();
		for (PoseLandmark point : pose.landmarks()) {
			boolean inside = point.x() >= 0 && point.y() >= 0 && point.x() <= pose.imageWidth()
					&& point.y() <= pose.imageHeight();
			if (insideOnly && !inside) {
				continue;
			}
			LandmarkId id = LandmarkId.fromId(point.keypoint().id()).orElseThrow();
			landmarks.add(new Landmark(id, point.x(), point.y(), source, OptionalDouble.of(point.visibility()),
					OptionalDouble.of(point.visibility()), OptionalDouble.of(point.presence())));
		}
		return landmarks;
	}

}
