package org.realign.core.prescription;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The one dose: raised, edited and written as JSON without losing its sets. */
class DoseTest {

	@ParameterizedTest
	@CsvSource({ "20, 10, 22", "1, 10, 2", "60, 10, 66", "61, 10, 68", "5, 0, 6", "300, 5, 315" })
	void raisedBy_addsThePercentRoundedUp_andAtLeastOne(int amount, int percent, int expected) {
		Dose raised = Dose.holdSecondsPerSide(amount).raisedBy(percent);

		assertThat(raised.amount()).isEqualTo(expected);
		assertThat(raised.perSide()).isTrue();
		assertThat(raised.unit()).isEqualTo(DoseUnit.SECONDS);
	}

	@Test
	void raisedBy_raisesTheRepetitionsOfEachSet_andKeepsTheSets() {
		Dose raised = Dose.reps(3, 10, false).raisedBy(10);

		assertThat(raised).isEqualTo(Dose.reps(3, 11, false));
		assertThat(raised.describe()).isEqualTo("3 x 11");
	}

	@Test
	void withAmount_keepsTheSets_andWithSetsKeepsTheRepetitions() {
		assertThat(Dose.reps(3, 10, true).withAmount(12)).isEqualTo(Dose.reps(3, 12, true));
		assertThat(Dose.reps(1, 10, false).withSets(3)).isEqualTo(Dose.reps(3, 10, false));
		assertThat(Dose.holdSeconds(60).withSets(3)).isEqualTo(Dose.holdSeconds(60));
	}

	@ParameterizedTest
	@CsvSource({ "0", "-5" })
	void prescribedItem_refusesADoseBelowOne(int amount) {
		assertThatIllegalArgumentException().isThrownBy(() -> new PrescribedItem("static-back", List.of("psoas"),
				Dose.reps(amount), false, Optional.empty(), Optional.empty()));
	}

	@Test
	void json_isTheKnowledgeBasesForm_andReadsBack() {
		JsonMapper mapper = JsonMapper.builder().addModule(DoseJson.module()).build();
		Dose threeByTen = Dose.reps(3, 10, true);

		String json = mapper.writeValueAsString(threeByTen);

		assertThat(json).isEqualTo("{\"type\":\"reps\",\"sets\":3,\"reps\":10,\"perSide\":true}");
		assertThat(mapper.readValue(json, Dose.class)).isEqualTo(threeByTen);
		assertThat(mapper.writeValueAsString(Dose.holdSeconds(90)))
			.isEqualTo("{\"type\":\"hold\",\"seconds\":90,\"perSide\":false}");
	}

	@Test
	void json_ofMenusStoredBeforeTheDoseWasOneType_readsAsWhatTheyPrescribed() {
		JsonMapper mapper = JsonMapper.builder().addModule(DoseJson.module()).build();

		assertThat(mapper.readValue("{\"amount\":30,\"unit\":\"REPS\",\"perSide\":false}", Dose.class))
			.isEqualTo(Dose.reps(1, 30, false));
		assertThat(mapper.readValue("{\"amount\":45,\"unit\":\"SECONDS\",\"perSide\":true}", Dose.class))
			.isEqualTo(Dose.holdSecondsPerSide(45));
	}

}
