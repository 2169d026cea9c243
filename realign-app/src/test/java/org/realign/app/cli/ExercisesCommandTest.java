package org.realign.app.cli;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ExercisesCommandTest {

	@Test
	void exercises_table_listsTheCatalogue() {
		CommandRun run = CommandRun.of("exercises");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("static-back", "supine-groin-stretch", "air-bench", "iliopsoas (release)")
			.containsPattern("\\d+ exercises");
	}

	@Test
	void exercises_json_everyFieldOfTheIssue() {
		CommandRun run = CommandRun.of("exercises", "--json");
		assertThat(run.exitCode()).isZero();
		JsonNode exercises = JsonMapper.builder().build().readTree(run.out());
		assertThat(exercises.size()).isGreaterThanOrEqualTo(40);
		JsonNode first = exercises.get(0);
		assertThat(first.propertyNames()).contains("id", "name", "position", "equipment", "steps", "feel", "targets",
				"dose", "regressions", "progressions", "avoidWhenPainful", "cautions", "expectsWakeUpCramp");
		assertThat(first.get("dose").get("type").asString()).isIn("hold", "reps");
	}

	@Test
	void exercises_unknownOption_exitTwo() {
		assertThat(CommandRun.of("exercises", "--yaml").exitCode()).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
	}

}
