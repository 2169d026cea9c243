package org.realign.app.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DataState;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile JSON to every endpoint of the API that reads a body: 100000 nested arrays, a
 * body over the 1 MB limit (with and without a length), a string over the parser's limit.
 * Each is answered at once with 400 or 413 and the problem named, nothing is stored, and
 * the app stays healthy.
 */
@EmbeddedApp
class HostileJsonIT {

	private static final String DEEP = "[".repeat(100_000) + "]".repeat(100_000);

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Value("${realign.data-dir}")
	Path dataDir;

	private Browserless sam;

	private Browserless practitioner;

	private long samId;

	/** One endpoint that reads JSON, and who may call it. */
	record Endpoint(String method, String path, boolean asClient) {
	}

	@BeforeEach
	void signIn() {
		this.samId = DemoClients.id(this.directory, "Sam Taylor");
		this.sam = Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo");
		this.practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
	}

	private List<Endpoint> endpoints() {
		String client = "/api/clients/" + this.samId;
		String logId = firstMatch(this.sam.get(client + "/sessions").body(), "\"logId\":\"([^\"]+)\"");
		long assessment = this.jdbc.sql("SELECT MIN(id) FROM assessment WHERE client_id = ?")
			.param(this.samId)
			.query(Long.class)
			.single();
		String view = this.jdbc.sql("SELECT MIN(view_id) FROM assessment_view WHERE assessment_id = ?")
			.param(assessment)
			.query(String.class)
			.single();
		return List.of(new Endpoint("POST", client + "/sessions", true),
				new Endpoint("PUT", client + "/sessions/" + logId, true),
				new Endpoint("POST", client + "/spasms", true), new Endpoint("POST", client + "/outcomes", true),
				new Endpoint("POST", client + "/safety/screenings", true),
				new Endpoint("POST", client + "/menu", false),
				new Endpoint("POST", client + "/safety/clearances", false),
				new Endpoint("POST", client + "/proposals/no-such-proposal/decision", false),
				new Endpoint("PUT", "/api/practice/feedback-settings", false),
				new Endpoint("POST", "/api/measure", false),
				new Endpoint("PUT", client + "/assessments/" + assessment + "/views/" + view + "/landmarks", false));
	}

	@Test
	void deeplyNestedJson_isRefused400WithTheProblemNamed_everywhere() {
		long logsBefore = count("session_log");
		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			for (String body : List.of(DEEP, "{\"notes\":" + DEEP + "}", "{\"views\":" + DEEP + "}")) {
				long started = System.nanoTime();
				HttpResponse<String> answer = as(endpoint).sendJson(endpoint.method(), endpoint.path(), body);
				long millis = (System.nanoTime() - started) / 1_000_000;
				if (answer.statusCode() != 400 || !answer.body().contains("\"errors\":[{\"")
						|| answer.body().length() < 40 || answer.body().contains("Exception")
						|| answer.body().contains("StreamReadConstraints") || millis > 15_000) {
					failures.add(endpoint + " " + body.substring(0, 12) + "... -> " + answer.statusCode() + " in "
							+ millis + " ms: " + answer.body().substring(0, Math.min(300, answer.body().length())));
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(count("session_log")).isEqualTo(logsBefore);
		assertHealthy();
	}

	@Test
	void nestingDeeperThan32_isNamedAsSuch_whereTheBodyIsReadAsATree() {
		String client = "/api/clients/" + this.samId;
		String logId = firstMatch(this.sam.get(client + "/sessions").body(), "\"logId\":\"([^\"]+)\"");
		String depth33 = "[".repeat(33) + "]".repeat(33);
		String depth20 = "[".repeat(20) + "]".repeat(20);

		HttpResponse<String> measured = this.practitioner.sendJson("POST", "/api/measure", DEEP);
		HttpResponse<String> corrected = this.sam.sendJson("PUT", client + "/sessions/" + logId,
				"{\"reason\":\"typo\",\"session\":{\"notes\":" + depth33 + "}}");
		HttpResponse<String> shallow = this.practitioner.sendJson("POST", "/api/measure",
				"{\"views\":" + depth20 + "}");

		assertThat(measured.statusCode()).isEqualTo(400);
		assertThat(measured.body())
			.contains("not valid JSON: Document nesting depth (33) exceeds the maximum allowed (32)");
		assertThat(corrected.statusCode()).isEqualTo(400);
		assertThat(corrected.body()).contains("Document nesting depth (33) exceeds the maximum allowed (32)");
		// Within the limit, the parser reads it and the landmark rules name what is
		// wrong.
		assertThat(shallow.statusCode()).isEqualTo(400);
		assertThat(shallow.body()).doesNotContain("nesting depth").contains("views[0]");
	}

	@Test
	void aBodyOverTheLimit_isRefused413BeforeItIsRead_everywhere() {
		long logsBefore = count("session_log");
		String big = "{\"notes\":\"" + "x".repeat(1_100_000) + "\"}";
		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			HttpResponse<String> answer = as(endpoint).sendJson(endpoint.method(), endpoint.path(), big);
			if (answer.statusCode() != 413 || !answer.body().contains("\"code\":\"too-large\"")
					|| !answer.body().contains("larger than the limit of 1024 KB")) {
				failures.add(endpoint + " -> " + answer.statusCode() + ": "
						+ answer.body().substring(0, Math.min(300, answer.body().length())));
			}
		}
		assertThat(failures).isEmpty();
		assertThat(count("session_log")).isEqualTo(logsBefore);
		assertHealthy();
	}

	@Test
	void aChunkedBodyWithoutALength_isCutOffAtTheLimit_evenBeforeSignIn() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		byte[] body = ("{\"views\":\"" + "y".repeat(3_000_000) + "\"}").getBytes();
		HttpResponse<String> answer = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/measure"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("larger than the limit");
		assertHealthy();
	}

	@Test
	void aStringOverTheParsersLimit_isRefused400NamingIt() {
		String client = "/api/clients/" + this.samId;
		long logsBefore = count("session_log");
		String notes = "n".repeat(300_000);
		String session = "{\"clientId\":\"x\",\"menuId\":\"x\",\"date\":\"2026-01-01\",\"entries\":[],"
				+ "\"standaloneCramps\":[],\"newOrWorseSymptoms\":false,\"notes\":\"" + notes + "\"}";

		HttpResponse<String> answer = this.sam.sendJson("POST", client + "/sessions", session);

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("\"field\":\"notes\"")
			.containsPattern("String value length \\(\\d+\\) exceeds the maximum allowed \\(200000\\)");
		assertThat(count("session_log")).isEqualTo(logsBefore);
	}

	/**
	 * Every number a body carries is refused by its field when it is not one the record
	 * can hold: an integer of 400 digits, 1e400 (which Jackson reads as infinity), "NaN"
	 * as text, a fraction where a whole number is expected. The answer names the field in
	 * the caller's words (never the digits sent back, a Java type or its range), and
	 * nothing is stored. Found by the fuzzer in the landmark file; here the request
	 * bodies.
	 */
	@Test
	void aNumberTooLargeOrNotFinite_isRefusedByItsField_everywhereABodyHoldsOne() {
		String client = "/api/clients/" + this.samId;
		String logId = firstMatch(this.sam.get(client + "/sessions").body(), "\"logId\":\"([^\"]+)\"");
		String huge = "1" + "5".repeat(400);
		record Field(Endpoint endpoint, String field, String body, boolean whole) {
		}
		List<Field> fields = List.of(
				new Field(new Endpoint("POST", client + "/outcomes", true), "value",
						"{\"measureId\":\"nprs\",\"value\":%s}", false),
				new Field(new Endpoint("POST", client + "/sessions", true), "entries[0].effort",
						"{\"entries\":[{\"exerciseId\":\"static-back\",\"effort\":%s}]}", true),
				new Field(new Endpoint("PUT", client + "/sessions/" + logId, true), "session.entries[0].effort",
						"{\"session\":{\"entries\":[{\"effort\":%s}]}}", true),
				new Field(new Endpoint("POST", client + "/spasms", true), "severity", "{\"severity\":%s}", true),
				new Field(new Endpoint("POST", client + "/journal", true), "intensity",
						"{\"kind\":\"cramp\",\"intensity\":%s}", true),
				new Field(new Endpoint("POST", client + "/journal", true), "minutes", "{\"minutes\":%s}", true),
				new Field(new Endpoint("POST", client + "/safety/screenings", true), "questionnaireVersion",
						"{\"questionnaireVersion\":%s}", true),
				new Field(new Endpoint("POST", client + "/menu", false), "sessionsPerWeek",
						"{\"starter\":\"daily-alignment\",\"sessionsPerWeek\":%s}", true),
				new Field(new Endpoint("POST", client + "/menu", false), "amounts[0]", "{\"amounts\":[%s]}", true),
				new Field(new Endpoint("PUT", "/api/practice/feedback-settings", false), "painThresholdNprs",
						"{\"painThresholdNprs\":%s}", true));
		String before = DataState.of(this.jdbc, this.dataDir);
		List<String> failures = new ArrayList<>();
		for (Field field : fields) {
			List<String> sent = new ArrayList<>(
					List.of(huge, "-" + huge, "1e400", "-1e400", "\"NaN\"", "\"Infinity\""));
			if (field.whole()) {
				sent.addAll(List.of("7.5", "\"5\""));
			}
			for (String value : sent) {
				HttpResponse<String> answer = as(field.endpoint()).sendJson(field.endpoint().method(),
						field.endpoint().path(), field.body().formatted(value));
				String body = answer.body();
				if (answer.statusCode() != 400
						|| !answer.headers()
							.firstValue("Content-Type")
							.orElse("")
							.startsWith("application/problem+json")
						|| !body.contains("\"field\":\"" + field.field() + "\"") || body.contains("55555")
						|| body.contains("2147483647")
						|| body.matches("(?s).*\\b(Integer|Double|Long|int|double|Exception)\\b.*")) {
					failures.add(field.endpoint().path() + " " + field.field() + "="
							+ value.substring(0, Math.min(8, value.length())) + " -> " + answer.statusCode() + ": "
							+ body.substring(0, Math.min(300, body.length())));
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(DataState.of(this.jdbc, this.dataDir)).isEqualTo(before);
	}

	private Browserless as(Endpoint endpoint) {
		return endpoint.asClient() ? this.sam : this.practitioner;
	}

	private void assertHealthy() {
		HttpResponse<String> health = new Browserless(this.port).get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static String firstMatch(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}

}
