package org.realign.app.identity;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brute force against the login form: after the allowed failures even the right password
 * is refused.
 */
@EmbeddedApp(properties = "realign.security.lockout.max-failures=3")
class LoginLockoutIT {

	@LocalServerPort
	int port;

	@Test
	void threeWrongPasswords_lockTheAccountAgainstTheRightOne() {
		String jo = "jo@demo.realign";
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(new Browserless(this.port).logIn(jo, "guess-" + attempt).uri().getPath()).isEqualTo("/login");
		}

		var refused = new Browserless(this.port).logIn(jo, "realign-demo");

		assertThat(refused.uri().getPath()).isEqualTo("/login");
		assertThat(refused.body()).contains("do not match an account").doesNotContain("Signed in as");
	}

	@Test
	void wrongPasswordsBelowTheLimit_thenTheRightOne_logsIn() {
		String sam = "sam@demo.realign";
		new Browserless(this.port).logIn(sam, "guess-1");
		new Browserless(this.port).logIn(sam, "guess-2");

		assertThat(new Browserless(this.port).logIn(sam, "realign-demo").body()).contains("Signed in as Sam Taylor");
		// The success cleared the count: two more failures still leave the account open.
		new Browserless(this.port).logIn(sam, "guess-3");
		new Browserless(this.port).logIn(sam, "guess-4");
		assertThat(new Browserless(this.port).logIn(sam, "realign-demo").body()).contains("Signed in as Sam Taylor");
	}

}
