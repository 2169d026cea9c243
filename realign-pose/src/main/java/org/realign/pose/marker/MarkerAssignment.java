package org.realign.pose.marker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;

/**
 * The markers of one photo, named.
 *
 * @param view the view the photo shows
 * @param assigned each marked anatomical point and its marker
 * @param unassigned markers that fit no point of the view's marker set: shown, not named
 */
public record MarkerAssignment(View view, Map<LandmarkId, Marker> assigned, List<Marker> unassigned) {

	public MarkerAssignment {
		assigned = new LinkedHashMap<>(assigned);
		unassigned = List.copyOf(unassigned);
	}

	@Override
	public Map<LandmarkId, Marker> assigned() {
		return java.util.Collections.unmodifiableMap(this.assigned);
	}

	/**
	 * The assigned markers as landmarks: source {@code marker}, the detector's
	 * confidence, and the marker's localisation error as the point's uncertainty.
	 */
	public List<Landmark> landmarks() {
		List<Landmark> landmarks = new ArrayList<>();
		this.assigned.forEach((id,
				marker) -> landmarks.add(new Landmark(id, marker.x(), marker.y(), LandmarkSource.MARKER,
						OptionalDouble.of(round(marker.confidence())), OptionalDouble.empty(), OptionalDouble.empty(),
						OptionalDouble.of(round(marker.uncertainty())))));
		return landmarks;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
