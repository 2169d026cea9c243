package org.realign.app.cli;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MenuCommandTest {

	@Test
	void menu_afterBackSpasm_fiveNumberedExercisesAndTheRedFlagNotice() {
		CommandRun run = CommandRun.of("menu", "--starter", "after-back-spasm");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("After a back spasm", "1. Static back", "5. ", "red flags")
			.doesNotContain("6. ");
	}

	@Test
	void menu_json_hasMinutesAndExercisesWithDoses() {
		CommandRun run = CommandRun.of("menu", "--starter", "daily-alignment", "--json", "--minutes", "15");
		assertThat(run.exitCode()).isZero();
		JsonNode menu = JsonMapper.builder().build().readTree(run.out()).get("menu");
		assertThat(menu.get("minutes").asInt()).isEqualTo(15);
		assertThat(menu.get("estimatedSeconds").asInt()).isLessThanOrEqualTo(15 * 60);
		assertThat(menu.get("exercises").get(0).get("id").asString()).isEqualTo("static-back");
		assertThat(menu.get("exercises").get(0).get("dose").get("type").asString()).isEqualTo("hold");
	}

	@Test
	void menu_unknownStarter_oneLineAndExitTwo() {
		CommandRun run = CommandRun.of("menu", "--starter", "yoga");
		assertThat(run.exitCode()).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(run.err().strip())
			.isEqualTo("realign: unknown starter menu 'yoga': expected one of after-back-spasm, daily-alignment");
	}

	@Test
	void menu_tooFewMinutes_oneLineAndExitTwo() {
		CommandRun run = CommandRun.of("menu", "--starter", "daily-alignment", "--minutes", "2");
		assertThat(run.exitCode()).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(run.err().strip().lines()).hasSize(1);
	}

	@Test
	void menu_withoutStarter_usageErrorExitTwo() {
		assertThat(CommandRun.of("menu").exitCode()).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
	}

}
