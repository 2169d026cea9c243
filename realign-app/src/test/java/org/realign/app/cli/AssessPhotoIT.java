package org.realign.app.cli;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code realign assess --photo} on the reference photo with the real model: landmarks
 * placed automatically, then measured; model points yield proxy measurements and the
 * pelvic tilt stays a gap.
 */
class AssessPhotoIT {

	@Test
	void assess_photo_measuresFromAutomaticLandmarks() {
		CommandRun run = CommandRun.of("assess", "--json", "--photo", "anterior=" + CommandRun.reference("pose.jpg"));

		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(run.out());
		JsonNode shoulders = measurement(report, "shoulder-height-asymmetry-proxy");
		assertThat(shoulders.get("status").asString()).isEqualTo("measured");
		assertThat(shoulders.get("unit").asString()).isEqualTo("deg");
		// The anatomical measure needs the acromions, which the model does not place: a
		// gap, never a guess.
		assertThat(measurement(report, "shoulder-height-asymmetry").get("status").asString()).isEqualTo("gap");
		assertThat(report.has("hypotheses")).isTrue();
		assertThat(report.has("menu")).isTrue();
	}

	@Test
	void assess_photoWithAnUnknownView_isBadInput() {
		CommandRun run = CommandRun.of("assess", "--photo", "sideways=" + CommandRun.reference("pose.jpg"));

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("unknown view \"sideways\"");
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
