package org.realign.app.progression;

import org.junit.jupiter.api.Test;
import org.realign.app.api.FeedbackJson;
import org.realign.core.feedback.PracticeSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings rows saved while the API still took open-ended values past today's limits load
 * at the nearest limit instead of failing every page and rule that reads them; rows in
 * range, and rows from before a setting existed, load as they were.
 */
class StoredSettingsTest {

	@Test
	void aRowPastTheLimits_isReadAtTheNearestLimit() {
		PracticeSettings read = JdbcPracticeSettings.read("{\"painThresholdNprs\":3,\"doseIncreasePercent\":10,"
				+ "\"wakeUpEaseMinutes\":500,\"wokenUpQuietSessions\":5,\"noEffortSessions\":3,\"lowEffortMax\":2,"
				+ "\"recurringSpontaneousCramps\":2,\"recurrenceWindowDays\":10000,\"autoApply\":true}");

		assertThat(read.wakeUpEaseMinutes()).isEqualTo(PracticeSettings.limit("wakeUpEaseMinutes").max());
		assertThat(read.recurrenceWindowDays()).isEqualTo(365);
		assertThat(read.painThresholdNprs()).isEqualTo(3);
		assertThat(read.autoApply()).isTrue();
		assertThat(read.reExposureCalmAttempts()).isEqualTo(PracticeSettings.DEFAULT_RE_EXPOSURE_CALM_ATTEMPTS);
	}

	@Test
	void aRowInRange_isReadAsItWas() {
		PracticeSettings settings = PracticeSettings.defaults().withReExposureCalmAttempts(14).withPainThreshold(0);

		assertThat(JdbcPracticeSettings.read(new FeedbackJson().write(settings))).isEqualTo(settings);
	}

}
