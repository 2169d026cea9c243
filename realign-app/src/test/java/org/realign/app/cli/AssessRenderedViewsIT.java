package org.realign.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.CommandRun;
import org.realign.app.testsupport.Renders;
import org.realign.core.assessment.Assessor;
import org.realign.core.measure.MeasurementDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code realign assess --photo IMAGE ...} on all four views of a standing person, with
 * the real model. RENDERS, not photographs: a textured 3D figure (a man in a suit,
 * Reallusion, CC BY 3.0 US) rendered from the front, the back and both sides with the
 * capture protocol's camera; see {@code testdata/renders/SOURCE.txt}.
 */
class AssessRenderedViewsIT {

	private static final Map<String, String> VIEWS = Map.of("front", "anterior", "back", "posterior", "left",
			"left-lateral", "right", "right-lateral");

	private static final Assessor ASSESSOR = Assessor.shipped();

	@Test
	void fourPhotosWithoutViews_eachTakesTheViewItShows_andTheAssessmentMeasuresWithErrorsAndFindsOnlyPastThem() {
		List<String> args = new ArrayList<>(List.of("assess", "--json"));
		for (String view : List.of("front", "back", "left", "right")) {
			args.add("--photo");
			args.add(Renders.of("male02_" + view + ".jpg").toString());
		}
		CommandRun run = CommandRun.of(args.toArray(String[]::new));

		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(run.out());
		for (JsonNode capture : report.get("capture")) {
			String photo = capture.get("photo").asString();
			String shown = VIEWS.get(photo.replaceAll("male02_|\\.jpg", ""));
			assertThat(capture.get("view").asString()).as(photo).isEqualTo(shown);
			assertThat(capture.get("passed").asBoolean()).as(photo).isTrue();
		}
		int measured = 0;
		for (JsonNode m : report.get("measurements")) {
			if (m.get("status").asString().equals("measured")) {
				assertThat(m.get("basis").asString()).as(m.toString()).isEqualTo("estimated");
				assertThat(m.get("error").asDouble()).as(m.toString()).isPositive();
				measured++;
			}
		}
		assertThat(measured).isGreaterThanOrEqualTo(12);
		// Each finding has a reading past its cut-off by more than the reading's error.
		for (JsonNode finding : report.get("findings")) {
			boolean past = false;
			for (JsonNode because : finding.get("because")) {
				MeasurementDefinition definition = ASSESSOR.catalog().get(because.asString());
				MeasurementDefinition.Concern concern = definition.concernFor(finding.get("id").asString())
					.orElseThrow();
				for (JsonNode m : report.get("measurements")) {
					if (m.get("id").asString().equals(because.asString()) && m.has("value")
							&& !m.path("proxy").asBoolean(false)
							&& concern.exceeds(m.get("value").asDouble(), m.get("error").asDouble())) {
						past = true;
					}
				}
			}
			assertThat(past).as(finding.toString()).isTrue();
		}
		// The menu follows from the hypotheses, or says it is general.
		if (report.get("hypotheses").isEmpty()) {
			assertThat(report.get("menu").get("basis").asString()).isEqualTo("general");
			assertThat(report.get("findingsNote").asString()).isEqualTo("No deviation beyond measurement error.");
		}
		else {
			assertThat(report.get("menu").get("basis").asString()).isEqualTo("assessment");
		}
	}

	@Test
	void sidePhotoGivenAsTheFront_andBackPhotoGivenAsTheLeftSide_refusedNamingTheViewEachShows() {
		CommandRun side = CommandRun.of("assess", "--photo", "anterior=" + Renders.of("male02_right.jpg"));
		assertThat(side.exitCode()).isEqualTo(2);
		assertThat(side.err().strip()).doesNotContain("\n")
			.contains("male02_right.jpg: shows the right side, not the front");
		assertThat(side.out()).isEmpty();

		CommandRun back = CommandRun.of("assess", "--photo", "left-lateral=" + Renders.of("male02_back.jpg"));
		assertThat(back.exitCode()).isEqualTo(2);
		assertThat(back.err().strip()).contains("male02_back.jpg: shows the back, not the left side");
	}

	@Test
	void leftSidePhotoGivenAsTheRightSide_refusedNamingTheLeftSide() {
		CommandRun run = CommandRun.of("assess", "--photo", "right-lateral=" + Renders.of("male02_left.jpg"));
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip()).contains("male02_left.jpg: shows the left side, not the right side");
	}

}
