package org.realign.app.assessment;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.realign.app.BadInputException;
import org.realign.app.api.InvalidRequest;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;
import org.realign.pose.PoseLandmark;
import org.realign.pose.marker.Marker;
import org.realign.pose.marker.MarkerAssigner;
import org.realign.pose.marker.MarkerAssignment;
import org.realign.pose.marker.MarkerColour;
import org.realign.pose.marker.MarkerDetector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Skin markers wherever points go (the command line's {@code landmarks} and
 * {@code assess}, and the upload): found on the photo, named by the view's marker set,
 * and merged into the photo's points so that a point a person marked wins over a marker,
 * and a marker over a point the pose model placed or estimated.
 */
public final class SkinMarkers {

	/** What the practice or the command line says about the markers' colour. */
	public static final String DETECT = "detect";

	/** Not to look for skin markers at all. */
	public static final String NONE = "none";

	/**
	 * A photo alone in flight (an upload, {@code landmarks} on one photo) is searched on
	 * every core; in a batch each photo keeps its own thread.
	 */
	private static final MarkerDetector DETECTOR = new MarkerDetector(Runtime.getRuntime().availableProcessors());

	private static final MarkerAssigner ASSIGNER = new MarkerAssigner();

	private SkinMarkers() {
	}

	/** Whether a marker colour as a person writes it asks for markers at all. */
	public static boolean looksFor(String text) {
		return text == null || !text.strip().equalsIgnoreCase(NONE);
	}

	/**
	 * Reads a marker colour as a person writes it: {@code detect} (or nothing) to take
	 * the photo's own, else a name or {@code #RRGGBB}.
	 * @throws BadInputException naming the colour and what is accepted
	 */
	public static Optional<MarkerColour> colour(String text) {
		if (text == null || text.isBlank() || text.strip().toLowerCase(Locale.ROOT).equals(DETECT)) {
			return Optional.empty();
		}
		return Optional.of(MarkerColour.parse(text)
			.orElseThrow(() -> new BadInputException("unknown marker colour \"" + text.strip()
					+ "\": use detect, white, reflective, red, orange, yellow, green, cyan, blue, magenta, pink "
					+ "or #RRGGBB")));
	}

	/**
	 * The markers on a photo, named.
	 * @param pixels the photo as decoded, possibly reduced for the pose model
	 * @param fullWidth the full photo's width, pixels (the keypoints' and the answer's
	 * scale)
	 * @param keypoints the pose keypoints, full photo pixels
	 * @param view the view the photo shows
	 * @param colour the practice's colour, empty to detect it
	 */
	public static MarkerAssignment find(BufferedImage pixels, int fullWidth, List<PoseLandmark> keypoints, View view,
			Optional<MarkerColour> colour) {
		double scale = fullWidth / (double) pixels.getWidth();
		List<PoseLandmark> reduced = keypoints;
		if (scale != 1) {
			reduced = keypoints.stream()
				.map((p) -> new PoseLandmark(p.keypoint(), p.x() / scale, p.y() / scale, p.z() / scale, p.visibility(),
						p.presence()))
				.toList();
		}
		List<Marker> found = DETECTOR.detect(pixels, reduced, colour, view);
		if (scale != 1) {
			// Found on a photo decoded at a reduced scale: the centre and its error in
			// the full photo's pixels.
			found = found.stream()
				.map((m) -> new Marker(m.x() * scale, m.y() * scale, m.diameter() * scale, m.confidence(),
						m.uncertainty() * scale, m.rgb()))
				.toList();
		}
		return ASSIGNER.assign(found, keypoints, view);
	}

	/**
	 * A photo's points with its named markers: a marker replaces a point the pose model
	 * placed or estimated for the same anatomical point, and leaves a point a person
	 * marked as it is.
	 */
	public static LandmarkSet merge(LandmarkSet points, MarkerAssignment markers) {
		Map<LandmarkId, Landmark> merged = new EnumMap<>(LandmarkId.class);
		points.landmarks().forEach((l) -> merged.put(l.id(), l));
		for (Landmark marker : markers.landmarks()) {
			Landmark present = merged.get(marker.id());
			if (present == null || present.source() != LandmarkSource.MANUAL) {
				merged.put(marker.id(), marker);
			}
		}
		return LandmarkSet.of(points.view(), points.image(), new ArrayList<>(merged.values()));
	}

	/**
	 * The markers not named, as JSON objects: {@code x}, {@code y}, {@code diameter},
	 * {@code confidence}, {@code uncertainty} (pixels) and the colour seen ({@code rgb}).
	 */
	public static String unassignedJson(List<Marker> unassigned) {
		StringBuilder json = new StringBuilder("[");
		for (Marker m : unassigned) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append(String.format(Locale.ROOT,
					"{\"x\":%.2f,\"y\":%.2f,\"diameter\":%.1f,\"confidence\":%.3f,\"uncertainty\":%.2f,\"rgb\":\"#%06x\"}",
					m.x(), m.y(), m.diameter(), m.confidence(), m.uncertainty(), m.rgb() & 0xFFFFFF));
		}
		return json.append(']').toString();
	}

	/**
	 * The markers still unnamed after the practitioner's edit: those of the stored list
	 * that the edited view still lists (matched by centre). A marker is named or removed,
	 * never added or moved: one the photo does not have is refused.
	 * @param edited the edited view's {@code unassignedMarkers}, or null when the edit
	 * does not say (the stored list stays)
	 * @param stored the stored list as JSON, or null
	 * @return the list to store as JSON, or null to leave it as it is
	 */
	static String keptUnassigned(JsonNode edited, String stored) {
		if (edited == null || edited.isNull()) {
			return null;
		}
		if (!edited.isArray()) {
			throw InvalidRequest.of("unassignedMarkers", "invalid",
					"unassignedMarkers: a list of the markers still not named");
		}
		JsonNode known = MAPPER.readTree((stored != null) ? stored : "[]");
		ArrayNode kept = MAPPER.createArrayNode();
		for (int i = 0; i < edited.size(); i++) {
			JsonNode sent = edited.get(i);
			JsonNode match = null;
			for (JsonNode candidate : known) {
				if (Math.abs(candidate.path("x").asDouble() - sent.path("x").asDouble(Double.NaN)) < 0.01
						&& Math.abs(candidate.path("y").asDouble() - sent.path("y").asDouble(Double.NaN)) < 0.01) {
					match = candidate;
				}
			}
			if (match == null) {
				throw InvalidRequest.of("unassignedMarkers", "unknown-marker", "unassignedMarkers[" + i
						+ "]: this photo has no unnamed marker there; markers are named or removed, not added");
			}
			kept.add(match);
		}
		return MAPPER.writeValueAsString(kept);
	}

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

}
