package org.realign.app;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.EmbeddedApp;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as a newcomer meets it: empty data directory, demo practice, real
 * HTTP.
 */
// A context of its own: other test classes share the cached default context and add to
// the demo practice, and this class checks the demo data as a newcomer first meets it.
@EmbeddedApp(properties = "realign.test.context=pristine-demo")
class RealignApplicationIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void health_isUp() {
		HttpResponse<String> health = new Browserless(this.port).get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void demoPractitioner_logsInAndSeesTheDemoClients() {
		HttpResponse<String> home = new Browserless(this.port).logIn("practitioner@demo.realign", "realign-demo");

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("Signed in as Alex Morgan").contains("Sam Taylor").contains("Jo Rivera");
	}

	@Test
	void demoClient_hasTwoAssessmentsAFortnightApart_aPublishedMenuAndThreeWeeksOfLogs() throws Exception {
		Browserless sam = new Browserless(this.port);
		sam.logIn("sam@demo.realign", "realign-demo");
		String me = sam.get("/api/me").body();
		Browserless practitioner = new Browserless(this.port);
		practitioner.logIn("practitioner@demo.realign", "realign-demo");
		String clients = practitioner.get("/api/clients?q=Sam").body();
		long samId = JSON.readTree(clients).get(0).get("id").asLong();

		String page = practitioner.get("/clients/" + samId).body();
		assertThat(page.split("/clients/" + samId + "/assessments/\\d+\"", -1)).hasSize(3);
		assertThat(sam.get("/api/clients/" + samId + "/menu").statusCode()).isEqualTo(200);
		var logs = JSON.readTree(sam.get("/api/clients/" + samId + "/sessions").body());
		assertThat(logs.size()).isEqualTo(18);
		var dates = new TreeSet<String>();
		logs.forEach((log) -> dates.add(log.get("session").get("date").asString()));
		assertThat(LocalDate.parse(dates.first())).isEqualTo(LocalDate.parse(dates.last()).minusDays(20));
		assertThat(me).contains("Sam Taylor");

		// Progress shows the measurements of both assessments with their error, and the
		// findings of each.
		var progress = JSON.readTree(practitioner.get("/api/clients/" + samId + "/progress").body());
		assertThat(progress.toString()).contains("craniovertebral-angle@left-lateral").contains("forward-head-posture");
	}

	@Test
	void demoClient_logsInButDoesNotSeeThePracticesClientList() {
		HttpResponse<String> home = new Browserless(this.port).logIn("sam@demo.realign", "realign-demo");

		assertThat(home.body()).contains("Signed in as Sam Taylor").doesNotContain("Jo Rivera");
	}

	@Test
	void wrongPassword_staysOnTheLoginPageWithAMessage() {
		HttpResponse<String> page = new Browserless(this.port).logIn("practitioner@demo.realign", "wrong");

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.body()).contains("do not match an account").doesNotContain("Signed in as");
	}

	@Test
	void pages_carryAContentSecurityPolicyWithoutInlineScriptsAndRefuseFraming() {
		HttpResponse<String> page = new Browserless(this.port).get("/login");
		String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();

		assertThat(csp).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		// Plain HTTP here: HSTS is for TLS only, and must not be sent over HTTP.
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void sbom_isServedToASignedInUserOnly() {
		Browserless browser = new Browserless(this.port);
		assertThat(browser.get("/actuator/sbom/application").uri().getPath()).isEqualTo("/login");

		browser.logIn("practitioner@demo.realign", "realign-demo");
		HttpResponse<String> sbom = browser.get("/actuator/sbom/application");

		assertThat(sbom.statusCode()).isEqualTo(200);
		assertThat(sbom.body()).contains("\"bomFormat\"").contains("CycloneDX").contains("spring-webmvc");
	}

	@Test
	void anonymousVisitor_isSentToTheLoginPage() {
		HttpResponse<String> page = new Browserless(this.port).get("/");

		assertThat(page.uri().getPath()).isEqualTo("/login");
	}

}
