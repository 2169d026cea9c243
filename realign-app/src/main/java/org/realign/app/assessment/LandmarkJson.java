package org.realign.app.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.pose.PoseLandmark;
import org.realign.pose.PoseResult;

/**
 * Writes poses in the landmark file format of the measurement engine:
 * {@code {"views":[{"view":..,"image":{"width":..,"height":..},"landmarks":[{"id":..,"x":..,"y":..,"source":"blazepose-full","visibility":..,"presence":..}],"detectionScore":..}]}}.
 * <p>
 * Points the model placed outside the photo (a foot cut off by the frame) are left out,
 * since the format only holds coordinates inside the image: a measurement that needs them
 * reports a gap instead of using a guess.
 */
public final class LandmarkJson {

	/** One photo's pose and the view it shows. */
	public record ViewPose(View view, PoseResult pose) {
	}

	private LandmarkJson() {
	}

	/**
	 * @param views the photos' poses
	 * @return the landmark file, ready for {@code realign assess --landmarks}
	 */
	public static String write(List<ViewPose> views) {
		StringBuilder json = new StringBuilder("{\"views\":[");
		for (int v = 0; v < views.size(); v++) {
			ViewPose viewPose = views.get(v);
			PoseResult pose = viewPose.pose();
			if (v > 0) {
				json.append(',');
			}
			json.append("\n  {\"view\":\"").append(viewPose.view().id()).append("\",\"image\":{\"width\":");
			json.append(pose.imageWidth()).append(",\"height\":").append(pose.imageHeight()).append("},");
			json.append("\"landmarks\":[");
			boolean first = true;
			for (PoseLandmark landmark : inside(pose)) {
				json.append(first ? "\n    " : ",\n    ");
				first = false;
				json.append(String.format(Locale.ROOT,
						"{\"id\":\"%s\",\"x\":%.1f,\"y\":%.1f,\"source\":\"%s\",\"confidence\":%.4f,"
								+ "\"visibility\":%.4f,\"presence\":%.4f}",
						landmark.keypoint().id(), landmark.x(), landmark.y(), pose.model().sourceId(),
						confidence(landmark), landmark.visibility(), landmark.presence()));
			}
			json.append(String.format(Locale.ROOT, "],\n  \"detectionScore\":%.4f}", pose.detectionScore()));
		}
		return json.append("\n]}").toString();
	}

	/**
	 * A model point's confidence in the landmark file: MediaPipe's visibility, the
	 * likelihood that the point is in view and not occluded, which is what decides
	 * whether a practitioner can trust it.
	 */
	static double confidence(PoseLandmark landmark) {
		return landmark.visibility();
	}

	/**
	 * The poses as landmark sets, read back through the landmark-file parser so that
	 * photos and hand-made files are checked by one set of rules.
	 */
	public static List<LandmarkSet> toLandmarkSets(List<ViewPose> views) {
		return LandmarkFile.parse(write(views));
	}

	/** The landmarks inside the photo, in keypoint order. */
	public static List<PoseLandmark> inside(PoseResult pose) {
		List<PoseLandmark> inside = new ArrayList<>();
		for (PoseLandmark landmark : pose.landmarks()) {
			if (isInside(landmark, pose)) {
				inside.add(landmark);
			}
		}
		return inside;
	}

	public static boolean isInside(PoseLandmark landmark, PoseResult pose) {
		return landmark.x() >= 0 && landmark.y() >= 0 && landmark.x() <= pose.imageWidth()
				&& landmark.y() <= pose.imageHeight();
	}

}
