package org.realign.app.journal;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.ClientProfile;
import org.realign.app.client.Clients;
import org.realign.app.testsupport.ApiSlice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.realign.app.testsupport.ApiProblems.assertProblem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The journal API as a web slice: a client's entry is read strictly (unknown fields and
 * wrong types are refused by name, nested junk too), only the client writes their own
 * journal, and nothing is added on any refusal. {@code JournalIT} runs the journeys on
 * the real database.
 */
@ApiSlice(JournalApi.class)
@WithMockUser(username = "sam@practice.test")
class JournalApiWebIT {

	private static final String PATH = "/api/clients/7/journal";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Journal journal;

	@MockitoBean
	ClientAccess access;

	@BeforeEach
	void theClientIsSignedIn() {
		given(this.access.self(any(), eq(7L)))
			.willReturn(new Clients.ClientRecord(7, 3, 40L, new ClientProfile("Sam Client", "", "", "", "", "")));
	}

	@Test
	void aMisspelledField_isRefusedByName_andNothingIsAdded() {
		MvcTestResult answer = post("{\"kind\":\"cramp\",\"date\":\"2026-12-04\",\"where\":\"left-calf\","
				+ "\"intensity\":4,\"setting\":\"at-night\",\"intensty\":5}");

		assertProblem(answer, 400, "JournalRequest");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("intensty");
		verify(this.journal, never()).add(any(), any(), anyString());
	}

	@Test
	void aWrongType_isRefusedNamingTheField() {
		MvcTestResult answer = post(
				"{\"kind\":\"cramp\",\"date\":\"2026-12-04\",\"where\":\"left-calf\"," + "\"intensity\":\"strong\"}");

		assertProblem(answer, 400, "JournalRequest");
		assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("intensity");
		verify(this.journal, never()).add(any(), any(), anyString());
	}

	@Test
	void anObjectWhereAListBelongs_isA400Problem() {
		MvcTestResult answer = post("{\"kind\":\"cramp\",\"date\":\"2026-12-04\",\"where\":\"left-calf\","
				+ "\"context\":{\"nested\":{\"deeper\":[1,2,3]}}}");

		assertProblem(answer, 400, "JournalRequest");
		verify(this.journal, never()).add(any(), any(), anyString());
	}

	@Test
	void aPractitioner_cannotWriteTheClientsJournal() {
		given(this.access.self(any(), eq(7L))).willThrow(new AccessDeniedException("only the client"));

		MvcTestResult answer = post("{\"kind\":\"cramp\",\"date\":\"2026-12-04\",\"where\":\"left-calf\"}");

		assertThat(answer).hasStatus(403);
		verify(this.journal, never()).add(any(), any(), anyString());
	}

	@Test
	void theList_isTheJournalOfTheClientTheCallerMayRead() {
		given(this.access.readable(any(), eq(7L)))
			.willReturn(new Clients.ClientRecord(7, 3, 40L, new ClientProfile("Sam Client", "", "", "", "", "")));
		given(this.journal.lines(7L)).willReturn(List.of());

		MvcTestResult answer = this.mvc.get().uri(PATH).exchange();

		assertThat(answer).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(answer).bodyJson().isEqualTo("[]");
	}

	private MvcTestResult post(String body) {
		return this.mvc.post().uri(PATH).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}
