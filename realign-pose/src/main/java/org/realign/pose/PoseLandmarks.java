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
 * The one conversion from a pose to the measurement engine's landmarks, used by the web
 * upload and the command line alike, with no file format in between.
 * <p>
 * Points the model placed outside the photo (a foot cut off by the frame) are left out: a
 * landmark lies inside its image, so a measurement that needs them reports a gap instead
 * of using a guess. A point's confidence is MediaPipe's visibility, the likelihood that
 * it is in view and not occluded, which is what decides whether a practitioner can trust
 * it. Coordinates are kept to a tenth of a pixel and scores to four decimals, far below
 * the model's own error, so a photo and the landmark file written from it
 * ({@code realign landmarks --json}) give the same measurements.
 */
public final class PoseLandmarks {

	private PoseLandmarks() {
	}

	/**
	 * @param view the view the photo shows
	 * @param pose the pose found on it
	 * @return the pose's keypoints inside the photo, in keypoint order
	 */
	public static LandmarkSet landmarkSet(View view, PoseResult pose) {
		LandmarkSource source = LandmarkSource.fromId(pose.model().sourceId())
			.orElseThrow(() -> new IllegalStateException("no landmark source for " + pose.model().sourceId()));
		List<Landmark> landmarks = new ArrayList<>();
		for (PoseLandmark point : inside(pose)) {
			LandmarkId id = LandmarkId.fromId(point.keypoint().id())
				.orElseThrow(() -> new IllegalStateException("no landmark id for " + point.keypoint().id()));
			landmarks.add(new Landmark(id, tenth(point.x()), tenth(point.y()), source, score(confidence(point)),
					score(point.visibility()), score(point.presence())));
		}
		return LandmarkSet.of(view, new ImageSize(pose.imageWidth(), pose.imageHeight()), landmarks);
	}

	/** A model point's confidence: MediaPipe's visibility (see the class comment). */
	static double confidence(PoseLandmark point) {
		return point.visibility();
	}

	/** The landmarks inside the photo, in keypoint order. */
	public static List<PoseLandmark> inside(PoseResult pose) {
		return pose.landmarks().stream().filter((point) -> isInside(point, pose)).toList();
	}

	public static boolean isInside(PoseLandmark point, PoseResult pose) {
		return point.x() >= 0 && point.y() >= 0 && point.x() <= pose.imageWidth() && point.y() <= pose.imageHeight();
	}

	private static double tenth(double pixels) {
		return Math.round(pixels * 10) / 10.0;
	}

	private static OptionalDouble score(double value) {
		return OptionalDouble.of(Math.min(1, Math.max(0, Math.round(value * 10000) / 10000.0)));
	}

}
