package org.realign.app.safety;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.realign.app.client.ClientAccess;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.testsupport.ApiSlice;
import org.realign.core.feedback.SessionLogs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.realign.app.testsupport.ApiProblems.assertProblem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The red-flag screening API as a web slice: an incomplete or misspelled screening is
 * refused naming every field, and the screening is never recorded then (a red-flag answer
 * silently dropped is a missed referral). {@code SafetyApiIT} runs it on the real
 * database.
 */
@ApiSlice(SafetyApi.class)
@WithMockUser(username = "jo@practice.test")
class SafetyApiWebIT {

	private static final String PATH = "/api/clients/7/safety/screenings";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ClientAccess access;

	@MockitoBean
	PracticeAccess practice;

	@MockitoBean
	JdbcScreenings screenings;

	@MockitoBean
	SafetyScreenings recorder;

	@MockitoBean
	JdbcSpasmEpisodes spasms;

	@MockitoBean
	SessionLogs logs;

	@MockitoBean
	Clock clock;

	@Test
	void aScreeningWithoutDateOccasionOrVersion_namesEachField_andIsNotRecorded() {
		MvcTestResult answer = post("{\"answers\":{\"cauda-equina\":false}}");

		assertProblem(answer, 400, "ScreeningRequest");
		assertThat(answer).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("date", "occasion", "questionnaireVersion");
		verify(this.recorder, never()).record(anyLong(), any(), anyString());
	}

	@Test
	void aMisspelledMember_isRefusedByName_andIsNotRecorded() {
		MvcTestResult answer = post("{\"date\":\"2026-12-04\",\"occasion\":\"intake\",\"questionnaireVersion\":1,"
				+ "\"answer\":{\"cauda-equina\":true}}");

		assertProblem(answer, 400, "ScreeningRequest");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("answer");
		verify(this.recorder, never()).record(anyLong(), any(), anyString());
	}

	@Test
	void anAnswerThatIsNeitherYesNorNo_isRefused_andIsNotRecorded() {
		MvcTestResult answer = post("{\"date\":\"2026-12-04\",\"occasion\":\"intake\",\"questionnaireVersion\":1,"
				+ "\"answers\":{\"cauda-equina\":\"maybe\"}}");

		assertProblem(answer, 400, "ScreeningRequest");
		verify(this.recorder, never()).record(anyLong(), any(), anyString());
	}

	@Test
	void anUnknownOccasion_isRefusedNamingIt() {
		MvcTestResult answer = post(
				"{\"date\":\"2026-12-04\",\"occasion\":\"whenever\",\"questionnaireVersion\":1,\"answers\":{}}");

		assertProblem(answer, 400, "ScreeningRequest");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("occasion");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].code").isEqualTo("unknown");
		verify(this.recorder, never()).record(anyLong(), any(), anyString());
	}

	@Test
	void someoneElsesClient_isA404Problem_andNothingIsRecorded() {
		given(this.access.readable(any(), ArgumentMatchers.eq(7L))).willThrow(PracticeAccess.notFound());

		MvcTestResult answer = post(
				"{\"date\":\"2026-12-04\",\"occasion\":\"intake\",\"questionnaireVersion\":1," + "\"answers\":{}}");

		assertProblem(answer, 404);
		verify(this.recorder, never()).record(anyLong(), any(), anyString());
	}

	private MvcTestResult post(String body) {
		return this.mvc.post().uri(PATH).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}
