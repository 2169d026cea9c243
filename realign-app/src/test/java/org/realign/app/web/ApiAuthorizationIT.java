package org.realign.app.web;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role, and a user of another practice, against the JSON API: exactly what they
 * should get.
 */
@EmbeddedApp
class ApiAuthorizationIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	private Browserless signedIn(String username, String password) {
		return Browserless.signedIn(this.port, username, password);
	}

	private long samId() {
		return DemoClients.id(this.directory, "Sam Taylor");
	}

	@Test
	void anonymous_gets401NotTheLoginPage() {
		var me = new Browserless(this.port).get("/api/me");

		assertThat(me.statusCode()).isEqualTo(401);
		assertThat(me.uri().getPath()).isEqualTo("/api/me");
	}

	@Test
	void practitioner_listsAndReadsOwnPracticesClients() {
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");

		assertThat(practitioner.get("/api/me").body()).contains("\"role\":\"owner\"");
		assertThat(practitioner.get("/api/clients").body()).contains("Sam Taylor").contains("Jo Rivera");
		var sam = practitioner.get("/api/clients/" + samId());
		assertThat(sam.statusCode()).isEqualTo(200);
		assertThat(sam.body()).contains("Sam Taylor");
	}

	@Test
	void client_isRefusedThePracticeEndpoints() {
		Browserless sam = signedIn("sam@demo.realign", "realign-demo");

		assertThat(sam.get("/api/me").body()).contains("\"role\":\"client\"");
		assertThat(sam.get("/api/clients").statusCode()).isEqualTo(403);
		assertThat(sam.get("/api/clients/" + samId()).statusCode()).isEqualTo(403);
	}

	@Test
	void anotherPractice_getsNotFoundForOurClientAndAnEmptyList() {
		long other = this.directory.createPractice("API Elsewhere");
		this.directory.createUser(other, "api-elsewhere@example.org", this.passwordEncoder.encode("elsewhere-pass"),
				"Api Elsewhere", Role.PRACTITIONER);
		Browserless stranger = signedIn("api-elsewhere@example.org", "elsewhere-pass");

		var response = stranger.get("/api/clients/" + samId());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("Sam Taylor");
		assertThat(stranger.get("/api/clients").body()).isEqualTo("[]");
	}

	@Test
	void openApi_describesTheEndpoints() {
		var spec = signedIn("practitioner@demo.realign", "realign-demo").get("/api/openapi");

		assertThat(spec.statusCode()).isEqualTo(200);
		assertThat(spec.body()).contains("\"openapi\"").contains("/api/clients/{id}").contains("/api/me");
	}

}
