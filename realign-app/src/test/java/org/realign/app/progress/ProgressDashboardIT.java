package org.realign.app.progress;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.realign.app.practice.PracticeDirectory;
import org.realign.app.practice.Role;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress dashboard on the demo client's three weeks of logs: what the practitioner
 * and the client see, and that nobody else sees it.
 */
@EmbeddedApp
class ProgressDashboardIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	private Browserless signedIn(String username, String password) {
		return Browserless.signedIn(this.port, username, password);
	}

	private long clientId(String name) {
		return DemoClients.id(this.directory, name);
	}

	@Test
	void practitioner_seesTheDemoClientsCrampsAdherenceAndMeasurements() {
		HttpResponse<String> page = signedIn("practitioner@demo.realign", "realign-demo")
			.get("/clients/" + clientId("Sam Taylor") + "/progress");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"progress-cramps\"")
			.contains("thoracic-erector-spinae")
			.contains("id=\"progress-adherence\"")
			.contains("id=\"progress-measurements\"");
	}

	@Test
	void client_seesTheirOwnProgress_andNobodyElses() {
		Browserless sam = signedIn("sam@demo.realign", "realign-demo");

		HttpResponse<String> own = sam.get("/me/progress");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("id=\"progress-cramps\"").contains("thoracic-erector-spinae");
		assertThat(sam.get("/clients/" + clientId("Jo Rivera") + "/progress").statusCode()).isEqualTo(403);
		assertThat(sam.get("/clients/" + clientId("Sam Taylor") + "/progress").statusCode()).isEqualTo(403);
	}

	@Test
	void anotherPractice_getsNotFound_andAnonymousIsSentToSignIn() {
		long other = this.directory.createPractice("Progress Elsewhere");
		this.directory.createUser(other, "progress-elsewhere@example.org",
				this.passwordEncoder.encode("elsewhere-pass"), "Progress Elsewhere", Role.PRACTITIONER);

		HttpResponse<String> stranger = signedIn("progress-elsewhere@example.org", "elsewhere-pass")
			.get("/clients/" + clientId("Sam Taylor") + "/progress");
		assertThat(stranger.statusCode()).isEqualTo(404);
		assertThat(stranger.body()).doesNotContain("thoracic-erector-spinae");
		HttpResponse<String> anonymous = new Browserless(this.port).get("/me/progress");
		assertThat(anonymous.uri().getPath()).isEqualTo("/login");
	}

	@Test
	void dashboard_isAccessibleInARealBrowser() {
		try (Browser browser = Browser.open(this.port, 390, 844)) {
			browser.logIn("sam@demo.realign", "realign-demo").go("/me/progress");
			browser.waitUntil(Duration.ofSeconds(10),
					() -> !browser.driver().findElements(By.id("progress-cramps")).isEmpty());
			browser.screenshot("progress-dashboard-client");
			browser.assertAccessible();
		}
	}

}
