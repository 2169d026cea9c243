package org.realign.app.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.app.client.ClientAccess;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.testsupport.ApiSlice;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.outcome.OutcomeMeasures;
import org.realign.core.feedback.outcome.OutcomeRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.app.testsupport.ApiProblems.assertProblem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The outcome API as a web slice: what the controller itself does (read the body, check
 * access, answer), with the use case and access check standing in. The journeys through
 * the real database are {@link OutcomePageIT} and the API ITs; this covers the request
 * parsing and the answers' shapes without starting the whole application.
 */
@ApiSlice(OutcomeApi.class)
@WithMockUser(username = "jo@demo.realign")
class OutcomeApiWebIT {

	private static final String PATH = "/api/clients/7/outcomes";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ClientAccess access;

	@MockitoBean
	OutcomeRecording recording;

	@Test
	void aValidRecord_answers201_withTheValueAndItsUnit() {
		OutcomeRecord record = new OutcomeRecord("7", "nprs", LocalDate.of(2026, 12, 1),
				OutcomeRecord.AssessmentPoint.INTAKE, 6);
		given(this.recording.record(eq(7L), any(), eq("jo@demo.realign")))
			.willReturn(new OutcomeRecording.Recorded(41, record, OutcomeMeasures.find("nprs").orElseThrow(), null));

		MvcTestResult answer = post(
				"{\"measureId\":\"nprs\",\"date\":\"2026-12-01\",\"point\":\"intake\",\"value\":6}");

		assertThat(answer).hasStatus(201).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(answer).bodyJson().extractingPath("$.id").isEqualTo(41);
		assertThat(answer).bodyJson().extractingPath("$.record.measureId").isEqualTo("nprs");
		assertThat(answer).bodyJson().extractingPath("$.unit").isEqualTo("{score}");
	}

	@Test
	void anUnknownField_isRefusedByName_andNothingIsRecorded() {
		MvcTestResult answer = post(
				"{\"measureId\":\"nprs\",\"date\":\"2026-12-01\",\"point\":\"intake\"," + "\"value\":6,\"vaule\":7}");

		assertProblem(answer, 400, "OutcomeRequest");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("vaule");
		verify(this.recording, never()).record(anyLong(), any(), anyString());
	}

	@Test
	void aWrongType_isRefusedNamingTheField_andNothingIsRecorded() {
		MvcTestResult answer = post(
				"{\"measureId\":\"nprs\",\"date\":\"2026-12-01\",\"point\":\"intake\"," + "\"value\":\"six\"}");

		assertProblem(answer, 400, "OutcomeRequest");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("value");
		verify(this.recording, never()).record(anyLong(), any(), anyString());
	}

	@Test
	void notJsonAtAll_isA400Problem() {
		MvcTestResult answer = post("measureId=nprs&value=6");

		assertProblem(answer, 400, "OutcomeRequest");
		verify(this.recording, never()).record(anyLong(), any(), anyString());
	}

	@Test
	void aValueTheUseCaseRefuses_answers400_withItsFieldErrors() {
		given(this.recording.record(eq(7L), any(), anyString())).willReturn(new OutcomeRecording.Refused(
				List.of(new FieldError("value", "out-of-range", "NPRS is a score from 0 to 10, not 11."))));

		MvcTestResult answer = post(
				"{\"measureId\":\"nprs\",\"date\":\"2026-12-01\",\"point\":\"intake\",\"value\":11}");

		assertProblem(answer, 400, "OutcomeRequest");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].code").isEqualTo("out-of-range");
		assertThat(answer).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("NPRS is a score from 0 to 10, not 11.");
	}

	@Test
	void someoneElsesClient_isNotFound_andNothingIsRecorded() {
		given(this.access.readable(any(), eq(7L))).willThrow(PracticeAccess.notFound());

		MvcTestResult answer = post(
				"{\"measureId\":\"nprs\",\"date\":\"2026-12-01\",\"point\":\"intake\",\"value\":6}");

		assertProblem(answer, 404, "OutcomeRequest");
		verify(this.recording, never()).record(anyLong(), any(), anyString());
	}

	@Test
	void theList_answersRecordsComparisonsAndMeasures() {
		OutcomeRecord record = new OutcomeRecord("7", "nprs", LocalDate.of(2026, 12, 1),
				OutcomeRecord.AssessmentPoint.INTAKE, 6);
		given(this.recording.history(7L)).willReturn(List.of(new JdbcOutcomeRecords.Stored(1, record, null,
				Instant.parse("2026-12-01T09:00:00Z"), "jo@demo.realign")));
		given(this.recording.againstIntake(7L)).willReturn(List.of());

		MvcTestResult answer = this.mvc.get().uri(PATH).exchange();

		assertThat(answer).hasStatusOk();
		assertThat(answer).bodyJson().extractingPath("$.records[0].record.value").isEqualTo(6.0);
		assertThat(answer).bodyJson().extractingPath("$.measures").asArray().isNotEmpty();
	}

	private MvcTestResult post(String body) {
		return this.mvc.post().uri(PATH).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}
