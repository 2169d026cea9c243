package org.realign.app.progression;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.ApiSlice;
import org.realign.core.feedback.PracticeSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.realign.app.testsupport.ApiProblems.assertProblem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The practice settings API as a web slice: the owner's body is read strictly (an unknown
 * or misspelled threshold is refused by name, an out-of-range one names its field), a
 * practitioner who is not the owner is refused, and nothing is saved on any refusal.
 * {@code ProposalAndProgressApiIT} covers the same endpoint on the real database.
 */
@ApiSlice(PracticeSettingsApi.class)
@WithMockUser(username = "owner@practice.test")
class PracticeSettingsApiWebIT {

	private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

	private static final String PATH = "/api/practice/feedback-settings";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PracticeAccess access;

	@MockitoBean
	JdbcPracticeSettings settings;

	@MockitoBean
	FeedbackSettings changes;

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@BeforeEach
	void theOwnerIsSignedIn() {
		given(this.access.practitioner(any())).willReturn(account(Role.OWNER));
	}

	@Test
	void theOwnersSettings_areSavedAndAnswered() {
		MvcTestResult answer = put(body("\"painThresholdNprs\":4"));

		assertThat(answer).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(answer).bodyJson().extractingPath("$.painThresholdNprs").isEqualTo(4);
		verify(this.changes).change(argThat((owner) -> owner.practiceId() == 3L),
				argThat((saved) -> saved.painThresholdNprs() == 4));
	}

	@Test
	void aMisspelledThreshold_isRefusedByName_andNothingIsSaved() {
		MvcTestResult answer = put(body("\"painThresholdNprs\":4,\"painTreshold\":2"));

		assertProblem(answer, 400, "PracticeSettings");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("painTreshold");
		verify(this.changes, never()).change(any(), any());
	}

	@Test
	void anOutOfRangeThreshold_namesItsField_andNothingIsSaved() {
		MvcTestResult answer = put(body("\"painThresholdNprs\":11"));

		assertProblem(answer, 400, "PracticeSettings");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("painThresholdNprs");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].code").isEqualTo("out-of-range");
		verify(this.changes, never()).change(any(), any());
	}

	@Test
	void aWrongType_isA400Problem_andNothingIsSaved() {
		MvcTestResult answer = put(body("\"painThresholdNprs\":\"four\""));

		assertProblem(answer, 400, "PracticeSettings");
		verify(this.changes, never()).change(any(), any());
	}

	@Test
	void aPractitionerWhoIsNotTheOwner_isRefused_andNothingIsSaved() {
		given(this.access.practitioner(any())).willReturn(account(Role.PRACTITIONER));

		MvcTestResult answer = put(body("\"painThresholdNprs\":4"));

		assertThat(answer).hasStatus(403);
		verify(this.changes, never()).change(any(), any());
	}

	@Test
	void aClient_cannotReadTheSettings() {
		given(this.access.practitioner(any())).willThrow(new AccessDeniedException("practitioners only"));

		assertThat(this.mvc.get().uri(PATH).exchange()).hasStatus(403);
	}

	private MvcTestResult put(String body) {
		return this.mvc.put().uri(PATH).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	/** The default settings with one member changed (or added). */
	private static String body(String member) {
		String name = member.substring(1, member.indexOf('"', 1));
		String defaults = "\"painThresholdNprs\":3,\"doseIncreasePercent\":10,\"wakeUpEaseMinutes\":5,"
				+ "\"wokenUpQuietSessions\":5,\"noEffortSessions\":3,\"lowEffortMax\":3,"
				+ "\"recurringSpontaneousCramps\":2,\"recurrenceWindowDays\":14,\"autoApply\":false,"
				+ "\"reExposureCalmAttempts\":2";
		String rest = defaults.replaceAll("\"" + name + "\":[^,]*,?", "");
		return "{" + member + (rest.isEmpty() ? "" : "," + rest.replaceAll(",$", "")) + "}";
	}

	private static Account account(Role role) {
		return new Account(9, 3, "owner@practice.test", "", "Owner", role, true, null);
	}

}
