package org.realign.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.testsupport.CommandRun;
import org.realign.app.testsupport.MarkedPhotos;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.Measurer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Skin markers through the command line, on a reference photo with the left side's marker
 * set drawn on it (real model, real detector): {@code landmarks --json} lists them as
 * landmarks with source {@code marker} where they were drawn, and {@code assess} measures
 * pelvic tilt and the craniovertebral angle from them with basis {@code marker}, as the
 * drawn geometry gives them.
 */
class MarkerCommandsIT {

	private static final String STANDING = "pose_squats_frames/frame_000.jpg";

	private static final int BLUE = 0x2255DD;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Test
	void landmarksJson_listsTheMarkersWhereTheyWereDrawn() {
		MarkedPhotos.Marked photo = MarkedPhotos.draw(STANDING, View.LEFT_LATERAL, 14, BLUE,
				this.dir.resolve("marked.jpg"));
		CommandRun run = CommandRun.of("landmarks", "--json", "--view", "left-lateral", photo.file().toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode view = JSON.readTree(run.out()).get("views").get(0);
		List<String> found = new ArrayList<>();
		for (JsonNode point : view.get("landmarks")) {
			if (!point.get("source").asString().equals("marker")) {
				continue;
			}
			LandmarkId id = LandmarkId.fromId(point.get("id").asString()).orElseThrow();
			MarkedPhotos.Drawn drawn = photo.of(id);
			assertThat(Math.hypot(point.get("x").asDouble() - drawn.x(), point.get("y").asDouble() - drawn.y()))
				.as(id.id())
				.isLessThanOrEqualTo(1.5);
			assertThat(point.get("confidence").asDouble()).isBetween(0.35, 1.0);
			assertThat(point.get("uncertainty").asDouble()).isGreaterThan(0).isLessThan(1.5);
			found.add(id.id());
		}
		// The ASIS is drawn across the edge of a pink top and black shorts. With the
		// colour detected it was once the one marker allowed to be missed here (its kept
		// candidate lay 2 px off at a smaller scale); since the verifier's window fix and
		// the retries of outline failures (docs/markers.md) it is found, so every drawn
		// marker must be.
		assertThat(found).as(run.out()).contains("left-tragus", "c7", "left-psis").hasSize(photo.drawn().size());
		assertThat(view.get("unassignedMarkers").isArray()).isTrue();
	}

	/**
	 * Markers are named by a view's marker set: without a view (plain keypoints, as a
	 * keypoint tool is used) or with {@code --marker-colour none} the marker search is
	 * skipped, and a named colour looks for them on the default view.
	 */
	@Test
	void landmarksJson_markersOnlyWhenAViewOrColourIsNamed() {
		MarkedPhotos.Marked photo = MarkedPhotos.draw(STANDING, View.LEFT_LATERAL, 14, BLUE,
				this.dir.resolve("marked.jpg"));
		CommandRun plain = CommandRun.of("landmarks", "--json", photo.file().toString());
		CommandRun none = CommandRun.of("landmarks", "--json", "--view", "left-lateral", "--marker-colour", "none",
				photo.file().toString());
		CommandRun coloured = CommandRun.of("landmarks", "--json", "--marker-colour", "blue", photo.file().toString());

		for (CommandRun run : List.of(plain, none, coloured)) {
			assertThat(run.exitCode()).as(run.err()).isZero();
		}
		assertThat(markerCount(plain)).isZero();
		assertThat(markerCount(none)).isZero();
		assertThat(markerCount(coloured)).as(coloured.out()).isPositive();
	}

	private static long markerCount(CommandRun run) {
		JsonNode view = JSON.readTree(run.out()).get("views").get(0);
		long named = 0;
		for (JsonNode point : view.get("landmarks")) {
			named += point.get("source").asString().equals("marker") ? 1 : 0;
		}
		JsonNode unassigned = view.get("unassignedMarkers");
		return named + ((unassigned == null) ? 0 : unassigned.size());
	}

	/**
	 * A photo large enough to be decoded at a quarter of its size for the pose model
	 * (2160 × 3840), with 16 px markers that would be 4 px at that scale: they are found
	 * on the full photo all the same.
	 */
	@Test
	void landmarksJson_largePhoto_markersFoundAtFullScale() {
		MarkedPhotos.Marked photo = MarkedPhotos.draw(STANDING, 3, View.LEFT_LATERAL, 16, BLUE,
				this.dir.resolve("large.jpg"));
		CommandRun run = CommandRun.of("landmarks", "--json", "--view", "left-lateral", photo.file().toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode view = JSON.readTree(run.out()).get("views").get(0);
		assertThat(view.get("image").get("width").asInt()).isEqualTo(2160);
		int found = 0;
		for (JsonNode point : view.get("landmarks")) {
			if (point.get("source").asString().equals("marker")) {
				MarkedPhotos.Drawn drawn = photo.of(LandmarkId.fromId(point.get("id").asString()).orElseThrow());
				assertThat(Math.hypot(point.get("x").asDouble() - drawn.x(), point.get("y").asDouble() - drawn.y()))
					.isLessThanOrEqualTo(1.5);
				found++;
			}
		}
		assertThat(found).as(run.out()).isGreaterThanOrEqualTo(photo.drawn().size() - 1);
	}

	@Test
	void landmarks_unmarkedPhoto_noMarkersAndAnUnknownColourIsNamed() {
		CommandRun plain = CommandRun.of("landmarks", "--json", "--view", "left-lateral",
				CommandRun.reference(STANDING).toString());
		assertThat(plain.exitCode()).as(plain.err()).isZero();
		assertThat(plain.out()).doesNotContain("\"source\":\"marker\"").contains("\"unassignedMarkers\":[]");

		CommandRun refused = CommandRun.of("landmarks", "--marker-colour", "tartan",
				CommandRun.reference(STANDING).toString());
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains("unknown marker colour \"tartan\"").doesNotContain("Exception");
	}

	@Test
	void assess_sidePhotoWithMarkers_pelvicTiltAndCraniovertebralAngleFromTheMarkers() {
		MarkedPhotos.Marked photo = MarkedPhotos.draw(STANDING, View.LEFT_LATERAL, 14, BLUE,
				this.dir.resolve("side.jpg"));
		// The reference photos show the front: the markers are where the left side's set
		// puts them, and the capture check's "this is a front photo" is overridden.
		CommandRun run = CommandRun.of("assess", "--json", "--accept-capture", "--marker-colour", "blue", "--photo",
				"left-lateral=" + photo.file());

		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode report = JSON.readTree(run.out());
		LandmarkSet drawn = LandmarkSet.of(View.LEFT_LATERAL, new ImageSize(720, 1280),
				photo.drawn().stream().map((d) -> Landmark.manual(d.id(), d.x(), d.y())).toList());
		for (String id : List.of("sagittal-pelvic-tilt", "craniovertebral-angle")) {
			JsonNode measured = measurement(report, id);
			System.out.printf("%s: drawn %.2f, from markers %s +/- %s (%s)%n", id, truth(drawn, id),
					measured.path("value"), measured.path("error"), measured.path("basis"));
			assertThat(measured.get("status").asString()).as(id).isEqualTo("measured");
			assertThat(measured.get("basis").asString()).as(id).isEqualTo("marker");
			assertThat(measured.get("value").asDouble()).as(id).isCloseTo(truth(drawn, id), Offset.offset(0.5));
			// The markers' own localisation error, propagated: small, but there.
			assertThat(measured.get("error").asDouble()).as(id).isGreaterThan(0);
		}
	}

	private static double truth(LandmarkSet drawn, String id) {
		return Measurer.shipped()
			.measure(drawn)
			.stream()
			.filter((m) -> m.id().equals(id))
			.map(Measurement.Measured.class::cast)
			.findFirst()
			.orElseThrow()
			.value();
	}

	private static JsonNode measurement(JsonNode report, String id) {
		for (JsonNode m : report.get("measurements")) {
			if (m.get("id").asString().equals(id)) {
				return m;
			}
		}
		throw new AssertionError("no measurement " + id + " in " + report);
	}

}
