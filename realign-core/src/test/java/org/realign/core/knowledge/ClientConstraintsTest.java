package org.realign.core.knowledge;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientConstraintsTest {

	@Test
	void parse_knownValues_allApplied() {
		ClientConstraints constraints = ClientConstraints.parse(20,
				List.of("no-floor", "no-kneeling", "painful=knee,neck", "equipment=chair"));
		assertThat(constraints.noFloor()).isTrue();
		assertThat(constraints.noKneeling()).isTrue();
		assertThat(constraints.painfulAreas()).containsExactlyInAnyOrder("knee", "neck");
		assertThat(constraints.equipment()).isEqualTo(Set.of("chair", "none"));
	}

	@Test
	void parse_nothing_everythingAllowed() {
		ClientConstraints constraints = ClientConstraints.parse(10, List.of());
		assertThat(constraints.equipment()).isEqualTo(ClientConstraints.EQUIPMENT);
		assertThat(constraints.noFloor()).isFalse();
	}

	@Test
	void parse_unknownConstraint_namesItAndTheAccepted() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConstraints.parse(20, List.of("no-stairs")))
			.withMessage(
					"unknown constraint 'no-stairs': expected no-floor, no-kneeling, painful=AREA or equipment=ITEM[,ITEM]");
	}

	@Test
	void parse_unknownArea_listsTheAreas() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConstraints.parse(20, List.of("painful=elbow")))
			.withMessageStartingWith("unknown painful area 'elbow'")
			.withMessageContaining("knee");
	}

	@Test
	void parse_unknownEquipment_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClientConstraints.parse(20, List.of("equipment=kettlebell")))
			.withMessageStartingWith("unknown equipment 'kettlebell'");
	}

	@Test
	void minutes_outOfRange_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConstraints.minutes(0))
			.withMessage("minutes must be between 5 and 240, was 0");
	}

}
