package org.realign.app.assessment;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.realign.app.BadInputException;
import org.realign.app.api.InvalidRequest;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;
import org.realign.pose.marker.Marker;
import org.realign.pose.marker.MarkerAssignment;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which point wins (marked over marker over the model's estimate), how a colour is read,
 * and how the unnamed markers of a saved view are checked.
 */
class SkinMarkersTest {

	private static final LandmarkId TRAGUS = LandmarkId.fromId("left-tragus").orElseThrow();

	private static final LandmarkId ASIS = LandmarkId.fromId("left-asis").orElseThrow();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void merge_markedPointWinsOverAMarker_andAMarkerOverAnEstimate() {
		Landmark estimatedTragus = new Landmark(TRAGUS, 100, 100, LandmarkSource.ESTIMATED, OptionalDouble.of(0.9),
				OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(12));
		LandmarkSet points = LandmarkSet.of(View.LEFT_LATERAL, new ImageSize(720, 1280),
				List.of(estimatedTragus, Landmark.manual(ASIS, 300, 600)));
		MarkerAssignment markers = new MarkerAssignment(View.LEFT_LATERAL,
				Map.of(TRAGUS, marker(104.25, 98.5), ASIS, marker(310, 610), LandmarkId.C7, marker(90, 200)),
				List.of(marker(500, 500)));

		LandmarkSet merged = SkinMarkers.merge(points, markers);

		Landmark tragus = merged.find(TRAGUS).orElseThrow();
		assertThat(tragus.source()).isEqualTo(LandmarkSource.MARKER);
		assertThat(tragus.x()).isEqualTo(104.25);
		assertThat(tragus.uncertainty()).hasValue(0.2);
		assertThat(merged.find(ASIS).orElseThrow()).isEqualTo(Landmark.manual(ASIS, 300, 600));
		assertThat(merged.find(LandmarkId.C7).orElseThrow().source()).isEqualTo(LandmarkSource.MARKER);
		assertThat(merged.landmarks()).hasSize(3);
	}

	@Test
	void colour_detectOrANamedOrHexColour_anythingElseIsNamedBack() {
		assertThat(SkinMarkers.colour("detect")).isEmpty();
		assertThat(SkinMarkers.colour(" Detect ")).isEmpty();
		assertThat(SkinMarkers.colour("Blue").orElseThrow().name()).isEqualTo("blue");
		assertThat(SkinMarkers.colour("#1E90FF").orElseThrow().rgb()).isEqualTo(0x1E90FF);
		assertThat(SkinMarkers.colour("reflective").orElseThrow().isWhite()).isTrue();
		assertThatThrownBy(() -> SkinMarkers.colour("tartan")).isInstanceOf(BadInputException.class)
			.hasMessageContaining("unknown marker colour \"tartan\"");
		assertThat(MarkerSettings.normalised("#1E90FF")).hasValue("#1e90ff");
		assertThat(MarkerSettings.normalised("Reflective")).hasValue("reflective");
		assertThat(MarkerSettings.normalised("#12345")).isEmpty();
	}

	@Test
	void keptUnassigned_onlyMarkersThePhotoHas_namedOrRemovedNeverAdded() {
		String stored = SkinMarkers.unassignedJson(List.of(marker(10.5, 20.25), marker(30, 40)));
		assertThat(SkinMarkers.keptUnassigned(null, stored)).isNull();
		String kept = SkinMarkers.keptUnassigned(JSON.readTree("[{\"x\":30.0,\"y\":40.0}]"), stored);
		assertThat(JSON.readTree(kept).size()).isOne();
		assertThat(JSON.readTree(kept).get(0).get("diameter").asDouble()).isEqualTo(12);
		assertThat(SkinMarkers.keptUnassigned(JSON.readTree("[]"), stored)).isEqualTo("[]");
		assertThatThrownBy(() -> SkinMarkers.keptUnassigned(JSON.readTree("[{\"x\":31,\"y\":40}]"), stored))
			.isInstanceOf(InvalidRequest.class);
		assertThatThrownBy(() -> SkinMarkers.keptUnassigned(JSON.readTree("{}"), stored))
			.isInstanceOf(InvalidRequest.class);
	}

	private static Marker marker(double x, double y) {
		return new Marker(x, y, 12, 0.8, 0.2, 0x2255DD);
	}

}
