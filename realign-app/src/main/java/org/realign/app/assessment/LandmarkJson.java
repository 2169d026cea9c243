package org.realign.app.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.realign.core.landmark.Landmark;
import tools.jackson.databind.json.JsonMapper;

import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.pose.PoseLandmark;
import org.realign.pose.PoseResult;
import org.realign.pose.marker.MarkerAssignment;

/**
 * Writes poses in the landmark file format of the measurement engine:
 * {@code {"views":[{"view":..,"image":{"width":..,"height":..},"landmarks":[{"id":..,"x":..,"y":..,"source":"blazepose-full","visibility":..,"presence":..}],"detectionScore":..}]}}.
 * <p>
 * Points the model placed outside the photo (a foot cut off by the frame) are left out,
 * since the format only holds coordinates inside the image: a measurement that needs them
 * reports a gap instead of using a guess.
 */
public final class LandmarkJson {

	/**
	 * One photo's pose and the view it shows, with the skin markers found on it (null
	 * when none were looked for).
	 */
	public record ViewPose(View view, PoseResult pose, MarkerAssignment markers) {

		public ViewPose(View view, PoseResult pose) {
			this(view, pose, null);
		}

	}

	private LandmarkJson() {
	}

	/**
	 * @param views the photos' poses
	 * @return the landmark file, ready for {@code realign assess --landmarks}
	 */
	public static String write(List<ViewPose> views) {
		StringBuilder json = new StringBuilder("{\"views\":[");
		appendViews(json, views, null);
		return json.append("\n]}").toString();
	}

	/**
	 * One photo of a batch: its pose, or the problem that left it without one.
	 *
	 * @param file the file name
	 * @param pose the pose and view, or null
	 * @param problem null with a pose; else {@code no-person} or {@code unreadable}
	 * @param reason null with a pose; else the one-line reason
	 */
	public record BatchEntry(String file, ViewPose pose, String problem, String reason) {
	}

	/**
	 * The output of a batch: the landmark file of the photos with a person, each view
	 * naming its {@code file}, and {@code photos}, one entry per input in input order:
	 * {@code {"file":..,"view":INDEX}} pointing into {@code views}, or
	 * {@code {"file":..,"problem":"no-person"|"unreadable","reason":..}}.
	 * @param entries the batch's photos, in input order
	 * @return the JSON text
	 */
	public static String writeBatch(List<BatchEntry> entries) {
		List<ViewPose> views = new ArrayList<>();
		List<String> files = new ArrayList<>();
		StringBuilder photos = new StringBuilder();
		for (BatchEntry entry : entries) {
			photos.append(photos.isEmpty() ? "\n  " : ",\n  ").append("{\"file\":").append(quote(entry.file()));
			if (entry.pose() != null) {
				photos.append(",\"view\":").append(views.size()).append('}');
				views.add(entry.pose());
				files.add(entry.file());
			}
			else {
				photos.append(",\"problem\":").append(quote(entry.problem()));
				photos.append(",\"reason\":").append(quote(entry.reason())).append('}');
			}
		}
		StringBuilder json = new StringBuilder("{\"views\":[");
		appendViews(json, views, files);
		return json.append("\n],\n\"photos\":[").append(photos).append("\n]}").toString();
	}

	private static void appendViews(StringBuilder json, List<ViewPose> views, List<String> files) {
		for (int v = 0; v < views.size(); v++) {
			ViewPose viewPose = views.get(v);
			PoseResult pose = viewPose.pose();
			if (v > 0) {
				json.append(',');
			}
			json.append("\n  {");
			if (files != null) {
				json.append("\"file\":").append(quote(files.get(v))).append(',');
			}
			json.append("\"view\":\"").append(viewPose.view().id()).append("\",\"image\":{\"width\":");
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
				if (landmark.lowVisibility()) {
					// Probably hidden: kept, but marked for the practitioner to check.
					json.setLength(json.length() - 1);
					json.append(",\"lowVisibility\":true}");
				}
			}
			if (viewPose.markers() != null) {
				appendMarkers(json, viewPose.markers(), first);
			}
			json.append(String.format(Locale.ROOT, "],\n  \"detectionScore\":%.4f", pose.detectionScore()));
			if (viewPose.markers() != null) {
				// Markers that fit no point of the view's set: listed, never named by
				// guess.
				json.append(",\n  \"unassignedMarkers\":")
					.append(SkinMarkers.unassignedJson(viewPose.markers().unassigned()));
			}
			json.append('}');
		}
	}

	/**
	 * The named markers as landmarks: source {@code marker}, the detector's confidence
	 * and the centre's localisation error (one standard deviation, pixels) as
	 * {@code uncertainty}.
	 */
	private static void appendMarkers(StringBuilder json, MarkerAssignment markers, boolean first) {
		for (Landmark marker : markers.landmarks()) {
			json.append(first ? "\n    " : ",\n    ");
			first = false;
			json.append(String.format(Locale.ROOT,
					"{\"id\":\"%s\",\"x\":%.2f,\"y\":%.2f,\"source\":\"marker\",\"confidence\":%.3f,"
							+ "\"uncertainty\":%.2f}",
					marker.id().id(), marker.x(), marker.y(), marker.confidence().orElse(0),
					marker.uncertainty().orElse(0)));
		}
	}

	/** A JSON string literal. */
	static String quote(String text) {
		return STRINGS.writeValueAsString(text);
	}

	private static final JsonMapper STRINGS = JsonMapper.builder().build();

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
