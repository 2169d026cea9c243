package org.realign.core.program;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Findings;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's suggestion is made of the one prescribed-item model: prescribing it
 * hands the items over unchanged, the generator's own doses and the catalogue's readings
 * included.
 */
class MenuSuggestionTest {

	@Test
	void prescribe_keepsEveryItemAsSuggested_lengthenedHoldsIncluded() {
		MenuSuggestion suggestion = MenuGeneratorTest.menu(Findings.lowerCrossed(), ClientConstraints.minutes(40));

		PrescribedMenu menu = suggestion.prescribe("menu-1", 7);

		assertThat(menu.menuId()).isEqualTo("menu-1");
		assertThat(menu.sessionsPerWeek()).isEqualTo(7);
		assertThat(menu.items())
			.containsExactlyElementsOf(suggestion.items().stream().map(SuggestedItem::prescription).toList());
		// with 40 minutes the holds are lengthened past the catalogue's: those doses are
		// the ones prescribed
		assertThat(menu.items()).anySatisfy((item) -> assertThat(item.dose().seconds())
			.isGreaterThan(MenuGeneratorTest.exercise(item.exerciseId()).dose().seconds()));
		for (PrescribedItem item : menu.items()) {
			PrescribedItem fromCatalogue = MenuGeneratorTest.exercise(item.exerciseId()).prescribed(item.dose());
			assertThat(item).as(item.exerciseId()).isEqualTo(fromCatalogue);
		}
	}

	@Test
	void threeSetsOfTen_surviveAnOverrideAndThePrescription() {
		MenuSuggestion daily = new StarterMenus(MenuGeneratorTest.KB).menu("daily-alignment", OptionalInt.empty());
		String exercise = daily.items()
			.stream()
			.filter((item) -> !item.dose().isHold())
			.findFirst()
			.orElseThrow()
			.exerciseId();

		PrescribedItem item = daily.changeDose(exercise, Dose.reps(3, 10, false), "jane", MenuOverridesTest.CLOCK)
			.prescribe("menu-2", 7)
			.item(exercise)
			.orElseThrow();

		assertThat(item.dose().sets()).isEqualTo(3);
		assertThat(item.dose().reps()).isEqualTo(10);
		assertThat(item.dose().describe()).isEqualTo(Dose.reps(3, 10, false).describe());
	}

}
