package org.realign.app.client;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.app.identity.Role;
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
import static org.mockito.BDDMockito.given;
import static org.realign.app.testsupport.ApiProblems.assertProblem;

/**
 * The client API as a web slice: a practitioner sees their own practice's clients, an id
 * of another practice is a 404 problem that reveals nothing, a path that is not an id is
 * a 400 problem, and a client is refused. {@code EndpointAuthorizationIT} runs the same
 * rules against the real database.
 */
@ApiSlice(ClientApi.class)
@WithMockUser(username = "jo@practice.test")
class ClientApiWebIT {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Clients clients;

	@MockitoBean
	PracticeAccess access;

	@BeforeEach
	void aPractitionerOfPractice3() {
		given(this.access.practitioner(any()))
			.willReturn(new Account(5, 3, "jo@practice.test", "", "Jo", Role.PRACTITIONER, true, null));
	}

	@Test
	void theList_isThePractitionersOwnPractice_filteredByName() {
		given(this.clients.search(3, "sam")).willReturn(List.of(new Clients.ClientRow(11, "Sam Client", true)));

		MvcTestResult answer = this.mvc.get().uri("/api/clients?q=sam").exchange();

		assertThat(answer).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(answer).bodyJson().extractingPath("$[0].displayName").isEqualTo("Sam Client");
		assertThat(answer).bodyJson().extractingPath("$[0].hasLogin").isEqualTo(true);
	}

	@Test
	void oneClient_answersTheProfile() {
		given(this.clients.find(3, 11)).willReturn(Optional.of(new Clients.ClientRecord(11, 3, 40L,
				new ClientProfile("Sam Client", "30-39", "walk without pain", "", "", ""))));

		MvcTestResult answer = this.mvc.get().uri("/api/clients/11").exchange();

		assertThat(answer).hasStatusOk();
		assertThat(answer).bodyJson().extractingPath("$.profile.displayName").isEqualTo("Sam Client");
	}

	@Test
	void anotherPracticesClient_isA404Problem() {
		given(this.clients.find(3, 12)).willReturn(Optional.empty());

		assertProblem(this.mvc.get().uri("/api/clients/12").exchange(), 404, "ClientRecord");
	}

	@Test
	void anIdThatIsNotANumber_isA400Problem_withoutJavaNames() {
		assertProblem(this.mvc.get().uri("/api/clients/sam").exchange(), 400, "long", "NumberFormat");
	}

	@Test
	void aClient_isRefused() {
		given(this.access.practitioner(any())).willThrow(new AccessDeniedException("practitioners only"));

		assertThat(this.mvc.get().uri("/api/clients").exchange()).hasStatus(403);
	}

}
