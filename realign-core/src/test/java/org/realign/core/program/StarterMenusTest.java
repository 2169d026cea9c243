package org.realign.core.program;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StarterMenusTest {

	static final StarterMenus STARTERS = new StarterMenus(MenuGeneratorTest.KB);

	@Test
	void afterBackSpasm_fiveGentleExercisesWithTheRedFlagNotice() {
		MenuSuggestion menu = STARTERS.menu("after-back-spasm", OptionalInt.empty());
		assertThat(menu.items()).hasSize(5);
		assertThat(menu.notices().get(0)).contains("red flags");
		assertThat(menu.items()).allSatisfy((item) -> assertThat(item.position().stage()).isLessThanOrEqualTo(2));
		assertThat(menu.estimatedSeconds()).isLessThanOrEqualTo(menu.minutes() * 60);
	}

	@Test
	void dailyAlignment_unloadedFirstLoadedLast() {
		MenuSuggestion menu = STARTERS.menu("daily-alignment", OptionalInt.empty());
		assertThat(menu.items().get(0).position().stage()).isEqualTo(1);
		assertThat(menu.items().get(menu.items().size() - 1).position().stage()).isEqualTo(3);
	}

	@Test
	void menu_fewerMinutes_scalesDosesToFit() {
		MenuSuggestion menu = STARTERS.menu("daily-alignment", OptionalInt.of(10));
		assertThat(menu.minutes()).isEqualTo(10);
		assertThat(menu.estimatedSeconds()).isLessThanOrEqualTo(600);
		assertThat(menu.items()).hasSize(8);
	}

	@Test
	void menu_tooFewMinutes_saysHowManyAreNeeded() {
		assertThatIllegalArgumentException().isThrownBy(() -> STARTERS.menu("daily-alignment", OptionalInt.of(5)))
			.withMessageContaining("needs at least");
	}

	@Test
	void menu_unknownStarter_namesTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> STARTERS.menu("yoga", OptionalInt.empty()))
			.withMessage("unknown starter menu 'yoga': expected one of after-back-spasm, daily-alignment");
	}

}
