package org.realign.app.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DataState;
import org.realign.app.testsupport.EmbeddedApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals under {@code /api} that no controller writes (not signed in, a bad or
 * revoked token, a write without its CSRF token, a path or method that does not exist, a
 * body that is not JSON, a path variable of the wrong kind) and those a controller
 * answers by status (a record not found, a conflict): each is
 * {@code application/problem+json} with an {@code errors} list of field, code and
 * message, names no Java type, and stores nothing.
 */
@EmbeddedApp
class ApiErrorContractIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern JAVA_NAMES = Pattern
		.compile("(java|javax|jakarta|org\\.springframework|tools\\.jackson|com\\.fasterxml|org\\.realign)\\.[a-z]"
				+ "|Exception|\\bat [a-z]+\\.|\\b(String|Integer|Long|Double|LocalDate|Map|List)\\b");

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Value("${realign.data-dir}")
	Path dataDir;

	@Test
	void everyRefusalOutsideTheControllers_isAProblemWithErrors_andStoresNothing() throws Exception {
		long practice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		long owner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		long noMenu = this.directory.createClient(practice, owner, null, "Contract Client Without Menu");
		Browserless practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		HttpClient http = HttpClient.newHttpClient();
		String before = DataState.of(this.jdbc, this.dataDir);

		Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
		answers.put("401 anonymous", http.send(request("GET", "/api/clients", null, null), body()));
		answers.put("401 bad token",
				http.send(request("GET", "/api/clients", "Bearer rlgn_not-a-token", null), body()));
		answers.put("403 no CSRF token",
				practitioner.sendWithoutCsrf("POST", "/api/clients/" + noMenu + "/outcomes", "application/json", "{}"));
		answers.put("404 no such path", practitioner.get("/api/no-such-thing"));
		answers.put("404 no such client", practitioner.get("/api/clients/999999999"));
		answers.put("400 not a number", practitioner.get("/api/clients/not-a-number"));
		answers.put("405 wrong method", practitioner.sendJson("DELETE", "/api/clients", ""));
		answers.put("415 text, not JSON",
				practitioner.send("POST", "/api/clients/" + noMenu + "/outcomes", "text/plain", "value=3"));
		answers.put("409 no menu yet", practitioner.get("/api/clients/" + noMenu + "/progress"));

		answers.forEach((what, answer) -> {
			int status = Integer.parseInt(what.substring(0, 3));
			assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(status);
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what)
				.startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(answer.body());
			assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
			assertThat(problem.path("detail").asString("")).as(what).isNotBlank();
			assertThat(problem.path("errors")).as(what + ": " + answer.body()).hasSize(1);
			JsonNode error = problem.path("errors").get(0);
			for (String part : new String[] { "field", "code", "message" }) {
				assertThat(error.path(part).asString("")).as(what + ": errors[0]." + part).isNotBlank();
			}
			assertThat(JAVA_NAMES.matcher(answer.body()).find()).as(what + " names no Java type: " + answer.body())
				.isFalse();
		});
		assertThat(JSON.readTree(answers.get("400 not a number").body()).path("errors").get(0).path("field").asString())
			.isEqualTo("id");
		assertThat(JSON.readTree(answers.get("409 no menu yet").body()).path("detail").asString())
			.isEqualTo("no menu has been published yet");
		assertThat(DataState.of(this.jdbc, this.dataDir)).isEqualTo(before);
	}

	private HttpRequest request(String method, String path, String authorization, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request
			.method(method,
					(json == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse.BodyHandler<String> body() {
		return HttpResponse.BodyHandlers.ofString();
	}

}
