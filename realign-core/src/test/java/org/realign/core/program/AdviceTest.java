package org.realign.core.program;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Findings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON form has the shape {@code realign assess --json} promises in issue 5. */
class AdviceTest {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void toJson_lowerCrossed_hypothesesAndMenuInTheIssueShape() {
		Advice advice = new Advisor(MenuGeneratorTest.KB).advise(Findings.lowerCrossed(),
				ClientConstraints.parse(20, List.of()));
		JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(advice.toJson()));

		JsonNode iliopsoas = null;
		for (JsonNode hypothesis : json.get("hypotheses")) {
			if (hypothesis.get("muscle").asString().equals("iliopsoas")) {
				iliopsoas = hypothesis;
			}
		}
		assertThat(iliopsoas).isNotNull();
		assertThat(iliopsoas.get("state").asString()).isEqualTo("short-overactive");
		assertThat(iliopsoas.get("because").get(0).asString()).isEqualTo("anterior-pelvic-tilt");
		assertThat(iliopsoas.get("sources").size()).isPositive();
		assertThat(iliopsoas.has("side")).isFalse();
		assertThat(json.get("hypothesisNotices").get(0).asString()).contains("hypotheses");
		// How far each hypothesis was checked, and our own inferences labelled so.
		for (JsonNode hypothesis : json.get("hypotheses")) {
			String evidence = hypothesis.get("evidence").asString();
			assertThat(evidence).isIn("source", "secondary", "inference");
			assertThat(hypothesis.has("label")).isEqualTo(evidence.equals("inference"));
		}

		JsonNode menu = json.get("menu");
		assertThat(menu.get("minutes").asInt()).isEqualTo(20);
		JsonNode first = menu.get("exercises").get(0);
		assertThat(first.propertyNames()).contains("id", "dose", "targets", "because");
		assertThat(first.get("dose").get("type").asString()).isIn("hold", "reps");
		assertThat(first.get("because").size()).isPositive();
	}

	@Test
	void text_upperCrossed_tableOfHypothesesThenNumberedMenuThenNotices() {
		String text = new Advisor(MenuGeneratorTest.KB).advise(Findings.upperCrossed(), ClientConstraints.minutes(10))
			.text();
		assertThat(text).contains("Muscle hypotheses (to confirm)", "suboccipitals", "short-overactive", " 1. ",
				"hypotheses for the practitioner to confirm", "not medical treatment");
	}

}
