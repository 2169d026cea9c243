package org.realign.app.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal access tokens: made on the practitioner's page and shown once, stored hashed,
 * they sign API calls as their owner within the owner's practice only; revoked, or with
 * the owner deactivated, they are refused with 401 problem+json.
 */
@EmbeddedApp(properties = "realign.test.database=api-tokens")
class ApiTokenIT {

	private static final Pattern TOKEN = Pattern.compile("id=\"token-value\">(rlgn_[A-Za-z0-9]+)<");

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void token_signsCallsForItsOwnersPracticeOnly_andRevokedIsRefused() throws Exception {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		Browserless owner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		HttpResponse<String> made = owner.postForm("/account/tokens", "name=Clinic+booking+system");
		Matcher shown = TOKEN.matcher(made.body());
		assertThat(shown.find()).as(made.body()).isTrue();
		String token = shown.group(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :t OR token_prefix = :t")
			.param("t", token)
			.query(Long.class)
			.single()).as("only a hash of the token is stored").isZero();
		assertThat(owner.get("/account/tokens").body()).contains("Clinic booking system").doesNotContain(token);

		HttpResponse<String> clients = call("GET", "/api/clients", token, null);
		assertThat(clients.statusCode()).isEqualTo(200);
		assertThat(clients.body()).contains("Sam Taylor");
		assertThat(clients.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
		assertThat(call("GET", "/api/clients/" + sam, token, null).statusCode()).isEqualTo(200);
		// A write with the token needs no CSRF token: an invalid body gets to validation.
		assertThat(call("POST", "/api/clients/" + sam + "/menu", token, "{\"exercises\":[]}").statusCode())
			.isEqualTo(400);

		// A practitioner of another practice: their token does not reach Sam.
		long other = this.directory.createPractice("Elsewhere Studio");
		this.directory.createUser(other, "token-elsewhere@example.org", this.passwordEncoder.encode("x-x-x-x-x-x"),
				"Elsewhere", Role.OWNER);
		String otherToken = this.tokens.create(this.directory.findAccount("token-elsewhere@example.org").orElseThrow(),
				"their script");
		assertThat(call("GET", "/api/clients/" + sam, otherToken, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/clients", otherToken, null).body()).doesNotContain("Sam Taylor");

		long tokenId = this.jdbc.sql("SELECT id FROM api_token WHERE name = 'Clinic booking system'")
			.query(Long.class)
			.single();
		assertThat(owner.postForm("/account/tokens/" + tokenId + "/revocation", "").statusCode()).isEqualTo(200);
		HttpResponse<String> revoked = call("GET", "/api/clients", token, null);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(revoked.body()).doesNotContain("Sam Taylor").contains("not valid");
		assertThat(call("GET", "/api/clients", "rlgn_forged0000000000000000000000000000000", null).statusCode())
			.isEqualTo(401);

		// Its owner deactivated, a token stops working too.
		this.jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = 'token-elsewhere@example.org'").update();
		assertThat(call("GET", "/api/clients", otherToken, null).statusCode()).isEqualTo(401);
	}

	@Test
	void clientsHaveNoTokens_andTheOpenApiDescriptionNamesTheScheme() {
		Browserless sam = Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo");
		assertThat(sam.get("/account/tokens").statusCode()).isEqualTo(404);

		String openApi = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo")
			.get("/api/openapi")
			.body();
		assertThat(openApi).contains("\"securitySchemes\"", "\"accessToken\"", "\"bearer\"", "Realign API");
	}

	private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (json == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
