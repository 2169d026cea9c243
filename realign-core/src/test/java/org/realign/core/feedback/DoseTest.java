package org.realign.core.feedback;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DoseTest {

	@ParameterizedTest
	@CsvSource({ "20, 10, 22", "1, 10, 2", "60, 10, 66", "61, 10, 68", "5, 0, 6", "300, 5, 315" })
	void raisedBy_addsThePercentRoundedUp_andAtLeastOne(int amount, int percent, int expected) {
		Dose raised = Dose.holdSecondsPerSide(amount).raisedBy(percent);

		assertThat(raised.amount()).isEqualTo(expected);
		assertThat(raised.perSide()).isTrue();
		assertThat(raised.unit()).isEqualTo(DoseUnit.SECONDS);
	}

	@ParameterizedTest
	@CsvSource({ "0", "-5" })
	void dose_belowOne_isRefused(int amount) {
		assertThatIllegalArgumentException().isThrownBy(() -> Dose.reps(amount));
	}

}
