package org.realign.app.identity;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.app.testsupport.ApiSlice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * {@code /api/me} as a web slice: the signed-in account in the words the pages' scripts
 * use (the role in lower case), and never the password hash.
 */
@ApiSlice(MeApi.class)
@WithMockUser(username = "sam@practice.test")
class MeApiWebIT {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PracticeAccess access;

	@Test
	void me_answersWhoIsSignedIn_withoutThePasswordHash() {
		given(this.access.current(any())).willReturn(
				new Account(8, 3, "sam@practice.test", "{bcrypt}$2a$10$secret", "Sam Client", Role.CLIENT, true, null));

		MvcTestResult answer = this.mvc.get().uri("/api/me").exchange();

		assertThat(answer).hasStatusOk();
		assertThat(answer).bodyJson().extractingPath("$.username").isEqualTo("sam@practice.test");
		assertThat(answer).bodyJson().extractingPath("$.role").isEqualTo("client");
		assertThat(answer).bodyJson().extractingPath("$.practiceId").isEqualTo(3);
		assertThat(answer).bodyText().doesNotContain("bcrypt", "secret", "passwordHash");
	}

}
