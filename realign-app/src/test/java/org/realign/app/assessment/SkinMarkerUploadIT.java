package org.realign.app.assessment;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.MarkedPhotos;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice sets its marker colour (API, typed, refusals as problem+json), a
 * practitioner uploads a side photo with skin markers (real model, real detector): the
 * named markers are stored as points with source {@code marker} where they were drawn and
 * measured with basis "skin marker"; the one marker that fits no point is stored apart
 * and shown unnamed; saving the view without it removes it, and a marker the photo does
 * not have is refused.
 */
@EmbeddedApp
class SkinMarkerUploadIT {

	private static final String SETTINGS = "/api/practice/marker-settings";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	Assessments assessments;

	@TempDir
	Path dir;

	@Test
	void practiceColour_thenUpload_markersArePointsAndTheUnnamedOneIsShownApart() throws Exception {
		Browserless owner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		try {
			uploadWithMarkers(owner);
		}
		finally {
			// The demo practice is shared with the other tests: back to detecting.
			owner.sendJson("PUT", SETTINGS, "{\"markerColour\":\"detect\"}");
		}
	}

	/**
	 * A practice that uses no skin markers says so (page and API, like the command line's
	 * {@code --marker-colour none}), and its uploads are not searched: a photo that has
	 * markers gets none as points, and no list of unnamed ones.
	 */
	@Test
	void practiceWithoutMarkers_uploadsAreNotSearched() throws Exception {
		Browserless owner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		try {
			HttpResponse<String> form = owner.postForm("/practice/marker-settings", "markerColour=none");
			assertThat(form.uri().getQuery()).isEqualTo("saved");
			assertThat(form.body()).containsPattern("value=\"none\"\\s+checked")
				.contains("None: the practice uses no skin markers");
			assertThat(JSON.readTree(owner.get(SETTINGS).body()).get("markerColour").asString()).isEqualTo("none");
			owner.sendJson("PUT", SETTINGS, "{\"markerColour\":\"detect\"}");
			HttpResponse<String> set = owner.sendJson("PUT", SETTINGS, "{\"markerColour\":\"None\"}");
			assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
			assertThat(JSON.readTree(set.body()).get("markerColour").asString()).isEqualTo("none");
			assertThat(JSON.readTree(owner.get(SETTINGS).body()).get("markerColour").asString()).isEqualTo("none");

			long jo = DemoClients.id(this.directory, "Jo Rivera");
			assertThat(owner.get("/clients/" + jo + "/assessments/new").body())
				.contains("Skin markers are not looked for: the practice uses none");
			MarkedPhotos.Marked photo = MarkedPhotos.draw("pose_squats_frames/frame_000.jpg", View.LEFT_LATERAL, 14,
					0x2255DD, this.dir.resolve("side-none.jpg"), 14);
			Uploaded uploaded = uploadSide(owner, jo, photo);
			HttpResponse<String> page = uploaded.page();
			Assessments.StoredView stored = uploaded.view();
			assertThat(stored.landmarks().landmarks()).isNotEmpty()
				.noneMatch((l) -> l.source() == LandmarkSource.MARKER);
			assertThat(stored.unassignedMarkers()).isNull();
			assertThat(page.body()).doesNotContain("id=\"marker-points\"").doesNotContain("data-source=\"marker\"");
		}
		finally {
			owner.sendJson("PUT", SETTINGS, "{\"markerColour\":\"detect\"}");
		}
	}

	/** An upload and what it stored. */
	private record Uploaded(HttpResponse<String> page, long id, Assessments.StoredView view) {
	}

	/**
	 * The photo uploaded as the client's left side; the reference photos show the front,
	 * so the capture check's refusal is overridden.
	 */
	private Uploaded uploadSide(Browserless owner, long client, MarkedPhotos.Marked photo) throws Exception {
		HttpResponse<String> page = owner.postFiles("/clients/" + client + "/assessments?acceptCapture=true",
				Map.of("left-lateral", Map.entry("side.jpg", Files.readAllBytes(photo.file()))));
		assertThat(page.uri().getPath()).as(page.body()).matches("/clients/\\d+/assessments/\\d+");
		long id = Long.parseLong(page.uri().getPath().replaceAll(".*/", ""));
		return new Uploaded(page, id,
				this.assessments.find(client, id).orElseThrow().view(View.LEFT_LATERAL).orElseThrow());
	}

	private void uploadWithMarkers(Browserless owner) throws Exception {
		HttpResponse<String> refused = owner.sendJson("PUT", SETTINGS, "{\"markerColour\":\"tartan\"}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("markerColour").contains("tartan").doesNotContain("Exception");
		assertThat(JSON.readTree(owner.get(SETTINGS).body()).get("markerColour").asString()).isEqualTo("detect");
		HttpResponse<String> set = owner.sendJson("PUT", SETTINGS, "{\"markerColour\":\"Blue\"}");
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		assertThat(JSON.readTree(owner.get(SETTINGS).body()).get("markerColour").asString()).isEqualTo("blue");
		// The page: a colour that names none is named back, nothing stored; another
		// colour as #RRGGBB is kept.
		HttpResponse<String> form = owner.postForm("/practice/marker-settings",
				"markerColour=other&otherColour=tartan");
		assertThat(form.statusCode()).isEqualTo(400);
		assertThat(form.body()).contains("&quot;tartan&quot; is not a colour Realign knows");
		assertThat(JSON.readTree(owner.get(SETTINGS).body()).get("markerColour").asString()).isEqualTo("blue");
		HttpResponse<String> other = owner.postForm("/practice/marker-settings",
				"markerColour=other&otherColour=%231E90FF");
		assertThat(other.uri().getQuery()).isEqualTo("saved");
		assertThat(other.body()).contains("value=\"#1e90ff\"").contains("id=\"markers-saved\"");
		assertThat(JSON.readTree(owner.get(SETTINGS).body()).get("markerColour").asString()).isEqualTo("#1e90ff");
		owner.sendJson("PUT", SETTINGS, "{\"markerColour\":\"blue\"}");
		// The upload page says which colour is looked for.
		long joId = DemoClients.id(this.directory, "Jo Rivera");
		assertThat(owner.get("/clients/" + joId + "/assessments/new").body())
			.contains("Skin markers of the practice&#39;s colour (Blue)");
		// Clients may not read it.
		assertThat(Browserless.signedIn(this.port, "jo@demo.realign", "realign-demo").get(SETTINGS).statusCode())
			.isEqualTo(403);

		// The left side's marker set, and one more marker on the right elbow (keypoint
		// 14), which belongs to no point of the set.
		MarkedPhotos.Marked photo = MarkedPhotos.draw("pose_squats_frames/frame_000.jpg", View.LEFT_LATERAL, 14,
				0x2255DD, this.dir.resolve("side.jpg"), 14);
		long jo = DemoClients.id(this.directory, "Jo Rivera");
		Uploaded uploaded = uploadSide(owner, jo, photo);
		HttpResponse<String> page = uploaded.page();
		long id = uploaded.id();
		Assessments.StoredView stored = uploaded.view();
		for (LandmarkId point : new LandmarkId[] { LandmarkId.C7, LandmarkId.fromId("left-tragus").orElseThrow(),
				LandmarkId.fromId("left-asis").orElseThrow(), LandmarkId.fromId("left-psis").orElseThrow() }) {
			Landmark landmark = stored.landmarks().find(point).orElseThrow();
			assertThat(landmark.source()).as(point.id()).isEqualTo(LandmarkSource.MARKER);
			MarkedPhotos.Drawn drawn = photo.of(point);
			assertThat(Math.hypot(landmark.x() - drawn.x(), landmark.y() - drawn.y())).as(point.id())
				.isLessThanOrEqualTo(1.5);
			assertThat(landmark.uncertainty()).isPresent();
		}
		JsonNode unnamed = JSON.readTree(stored.unassignedMarkers());
		assertThat(unnamed.size()).as(stored.unassignedMarkers()).isEqualTo(1);
		assertThat(Math.hypot(unnamed.get(0).get("x").asDouble() - photo.extra().get(0)[0],
				unnamed.get(0).get("y").asDouble() - photo.extra().get(0)[1]))
			.isLessThanOrEqualTo(1.5);

		String body = page.body();
		// The banner counts the points by where they came from and leaves out a source
		// with none: measured from markers, the photo's anatomical points are not "0
		// estimated".
		Map<LandmarkSource, Long> sources = stored.landmarks()
			.landmarks()
			.stream()
			.collect(Collectors.groupingBy(Landmark::source, Collectors.counting()));
		long markers = sources.getOrDefault(LandmarkSource.MARKER, 0L);
		long estimated = sources.getOrDefault(LandmarkSource.ESTIMATED, 0L);
		long keypoints = sources.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().isModel())
			.mapToLong(Map.Entry::getValue)
			.sum();
		assertThat(markers).isGreaterThanOrEqualTo(4);
		Matcher banner = Pattern.compile("(?s)<p id=\"estimated-points\">\\s*<span>([^<]*)</span>").matcher(body);
		assertThat(banner.find()).as(body).isTrue();
		List<String> parts = new ArrayList<>();
		parts.add(markers + " from skin markers");
		if (estimated > 0) {
			parts.add(
					estimated + " anatomical point" + ((estimated == 1) ? "" : "s") + " estimated from the pose model");
		}
		parts.add(keypoints + " pose-model keypoints");
		assertThat(banner.group(1)).isEqualTo("Points on the photos: " + String.join("; ", parts) + ".");
		assertThat(banner.group(1)).doesNotContainPattern("\\b0 ");
		assertThat(body).contains("class=\"landmark marker\"")
			.contains("id=\"point-legend\"")
			.contains("1 found but not named")
			.contains("data-unassigned=\"[{");
		assertThat(body.replaceAll("\\s+", " ")).containsPattern(
				"data-id=\"sagittal-pelvic-tilt\" data-view=\"left-lateral\">.*?<td class=\"basis\">skin marker</td>");

		// Saving the view without the unnamed marker removes it; one the photo does not
		// have is refused and changes nothing.
		ObjectNode view = (ObjectNode) JSON.readTree(LandmarkFile.write(List.of(stored.landmarks())))
			.get("views")
			.get(0);
		String path = "/api/clients/" + jo + "/assessments/" + id + "/views/left-lateral/landmarks";
		view.putArray("unassignedMarkers").addObject().put("x", 3.0).put("y", 4.0);
		HttpResponse<String> invented = owner.sendJson("PUT", path, "{\"views\":[" + view + "]}");
		assertThat(invented.statusCode()).isEqualTo(400);
		assertThat(invented.body()).contains("unassignedMarkers[0]");
		assertThat(this.assessments.revisions(id, View.LEFT_LATERAL)).isZero();
		view.putArray("unassignedMarkers");
		HttpResponse<String> saved = owner.sendJson("PUT", path, "{\"views\":[" + view + "]}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(
				this.assessments.find(jo, id).orElseThrow().view(View.LEFT_LATERAL).orElseThrow().unassignedMarkers())
			.isEqualTo("[]");
	}

}
