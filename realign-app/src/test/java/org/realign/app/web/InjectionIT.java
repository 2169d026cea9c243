package org.realign.app.web;

import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realign.app.assessment.Assessments;
import org.realign.app.assessment.PhotoStore;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Injection strings typed into every free-text field a user can fill, through the forms
 * and the API: each is stored exactly as typed, every page that shows it shows it escaped
 * (no markup of the user's runs, no template expression is evaluated), the JSON answers
 * carry it intact, and the PDF report and the printable menu still come out. Text longer
 * than a field's limit is refused with the field named, and stores nothing.
 */
@EmbeddedApp
class InjectionIT {

	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"'; DROP TABLE client; --", "{{7*7}}", "[[${7*7}]]", "__${T(java.lang.Runtime)}__::.x",
			"Sam \u202Etxt.exe\u202C Taylor", "${7*7} #{7*7} *{7*7} @{/x} ~{::x}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assessments assessments;

	@Autowired
	PhotoStore photos;

	@Autowired
	PasswordEncoder passwordEncoder;

	private Browserless practitioner;

	@BeforeEach
	void signIn() {
		this.practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
	}

	@Test
	void profileFields_keepInjectionStringsExactly_andEveryPageShowsThemEscaped() throws Exception {
		for (String payload : PAYLOADS) {
			HttpResponse<String> created = this.practitioner.postForm("/clients/new",
					"displayName=" + encode(payload) + "&ageBand=&goals=" + encode("goal " + payload) + "&painfulAreas="
							+ encode("pain " + payload) + "&constraints=" + encode("c " + payload) + "&equipment="
							+ encode("eq " + payload));
			assertThat(created.uri().getPath()).as(payload + "\n" + created.body()).matches("/clients/\\d+");
			long id = Long.parseLong(created.uri().getPath().substring("/clients/".length()));

			Map<String, Object> row = this.jdbc.sql(
					"SELECT display_name, goals, painful_areas, client_constraints, equipment FROM client WHERE id = ?")
				.param(id)
				.query()
				.singleRow();
			assertThat(row.values()).as("stored exactly")
				.containsExactly(payload, "goal " + payload, "pain " + payload, "c " + payload, "eq " + payload);

			publishMenu(id);
			long assessment = assessmentFor(id);
			List<String> pages = List.of("/clients/" + id, "/clients/" + id + "/edit", "/clients",
					"/clients?q=" + encode(payload), "/clients/" + id + "/intake", "/clients/" + id + "/menu",
					"/clients/" + id + "/progress", "/clients/" + id + "/privacy", "/clients/" + id + "/audit",
					"/clients/" + id + "/menu/print", "/clients/" + id + "/assessments/new",
					"/clients/" + id + "/assessments/" + assessment);
			for (String page : pages) {
				HttpResponse<String> shown = this.practitioner.get(page);
				assertThat(shown.statusCode()).as(page).isEqualTo(200);
				if (!page.endsWith("/progress")) {
					// The dashboard is titled "Progress" without the name.
					assertThat(shown.body()).as(page + " shows the name escaped").contains(escaped(payload));
				}
				assertSafe(page, shown.body());
			}
			String profile = this.practitioner.get("/clients/" + id).body();
			for (String field : List.of("goal ", "pain ", "c ", "eq ")) {
				assertThat(profile).contains(escaped(field + payload));
			}

			HttpResponse<String> json = this.practitioner.get("/api/clients/" + id);
			assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
			assertThat(json.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			JsonNode api = JSON.readTree(json.body());
			assertThat(api.findValue("displayName").asString()).isEqualTo(payload);
			assertThat(api.findValue("goals").asString()).isEqualTo("goal " + payload);

			HttpResponse<byte[]> report = this.practitioner
				.getBytes("/clients/" + id + "/assessments/" + assessment + "/report.pdf");
			assertThat(report.statusCode()).as("report of " + payload).isEqualTo(200);
			try (var pdf = Loader.loadPDF(report.body())) {
				String text = new PDFTextStripper().getText(pdf);
				// The report's font is Unicode, so the name prints as given; the text
				// extractor applies the bidirectional controls (an RTL override reorders
				// what follows it), so every word is looked for, not the string in order.
				for (String word : payload.replaceAll("[\\u202A-\\u202E\\u2066-\\u2069]", "").split("[ .]+")) {
					assertThat(text).as("report of " + payload).contains(word);
				}
			}
		}
	}

	@Test
	void profileTextOverItsLimit_isRefusedNamingTheField_andStoresNothing() {
		long before = this.jdbc.sql("SELECT COUNT(*) FROM client").query(Long.class).single();
		String long10000 = "<b>" + "x".repeat(10_000);

		HttpResponse<String> name = this.practitioner.postForm("/clients/new",
				"displayName=" + encode(long10000) + "&ageBand=&goals=&painfulAreas=&constraints=&equipment=");
		HttpResponse<String> goals = this.practitioner.postForm("/clients/new", "displayName=Long+Goals&ageBand=&goals="
				+ encode(long10000) + "&painfulAreas=&constraints=&equipment=");

		assertThat(name.uri().getPath()).isEqualTo("/clients/new");
		assertThat(name.body()).contains("The name may be at most 200 characters long.");
		assertThat(goals.body()).contains("Goals may be at most 2000 characters long.");
		assertSafe("/clients/new", name.body());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM client").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void apiFreeText_keepsInjectionStringsExactly_andOverLongTextIsRefusedByName() throws Exception {
		long client = newClientWithLogin();
		Browserless phone = Browserless.signedIn(this.port, "injection-client@example.org", "injection-pass-1");
		String exercise = publishMenu(client);
		String sessions = "/api/clients/" + client + "/sessions";
		for (String payload : PAYLOADS) {
			HttpResponse<String> logged = phone.sendJson("POST", sessions, session(exercise, payload));
			assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
			HttpResponse<String> spasm = phone.sendJson("POST", "/api/clients/" + client + "/spasms",
					"{\"date\":\"" + today() + "\",\"region\":\"low-back\",\"trigger\":\"lifting\",\"severity\":3,"
							+ "\"duration\":\"PT1H\",\"stoppedDoing\":[],\"avoiding\":false,"
							+ "\"newOrWorseSymptoms\":false,\"notes\":" + JSON.writeValueAsString(payload) + "}");
			assertThat(spasm.statusCode()).as(spasm.body()).isEqualTo(201);
		}
		List<String> notes = new ArrayList<>();
		JSON.readTree(phone.get(sessions).body()).findValues("notes").forEach((value) -> notes.add(value.asString()));
		assertThat(notes).containsAll(PAYLOADS);
		List<String> spasmNotes = new ArrayList<>();
		JsonNode episodes = JSON.readTree(this.practitioner.get("/api/clients/" + client + "/spasms").body());
		episodes.findValues("notes").forEach((value) -> spasmNotes.add(value.asString()));
		assertThat(spasmNotes).containsAll(PAYLOADS);

		long logs = this.jdbc.sql("SELECT COUNT(*) FROM session_log WHERE client_id = ?")
			.param(client)
			.query(Long.class)
			.single();
		HttpResponse<String> tooLong = phone.sendJson("POST", sessions, session(exercise, "x".repeat(10_000)));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("\"field\":\"notes\"").contains("at most 2000 characters");
		HttpResponse<String> longSpasm = phone.sendJson("POST", "/api/clients/" + client + "/spasms",
				"{\"date\":\"" + today() + "\",\"region\":\"low-back\",\"trigger\":\"lifting\",\"severity\":3,"
						+ "\"duration\":\"PT1H\",\"stoppedDoing\":[],\"avoiding\":false,"
						+ "\"newOrWorseSymptoms\":false,\"notes\":\"" + "y".repeat(10_000) + "\"}");
		assertThat(longSpasm.statusCode()).isEqualTo(400);
		assertThat(longSpasm.body()).contains("\"field\":\"notes\"").contains("at most 2000 characters");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM session_log WHERE client_id = ?")
			.param(client)
			.query(Long.class)
			.single()).isEqualTo(logs);
	}

	private static void assertSafe(String page, String body) {
		assertThat(body).as(page + ": no markup of the user's")
			.doesNotContain("<script>alert(1)")
			.doesNotContain("<img src=x")
			.doesNotContain("<b>x");
		assertThat(body).as(page + ": no template expression evaluated")
			.doesNotContain("49}}")
			.doesNotContain("java.lang.ProcessImpl")
			.doesNotContain("Exception");
	}

	/** How the page must show the text: HTML-escaped, nothing else changed. */
	static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private String publishMenu(long clientId) {
		HttpResponse<String> published = this.practitioner.sendJson("POST", "/api/clients/" + clientId + "/menu",
				"{\"exercises\":[\"standing-gluteal-contractions\",\"static-back\"]}");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		return "standing-gluteal-contractions";
	}

	private long assessmentFor(long clientId) {
		long practitionerId = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		String photo = this.photos.store(new BufferedImage(100, 150, BufferedImage.TYPE_INT_RGB));
		return this.assessments.create(clientId, LocalDate.now(ZoneOffset.UTC), practitionerId,
				List.of(new Assessments.StoredView(View.LEFT_LATERAL, photo,
						LandmarkSet.of(View.LEFT_LATERAL, new ImageSize(100, 150), List.of()))));
	}

	private long newClientWithLogin() {
		long practice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		long owner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		long user = this.directory.createUser(practice, "injection-client@example.org",
				this.passwordEncoder.encode("injection-pass-1"), "Injection Client", Role.CLIENT);
		return this.directory.createClient(practice, owner, user, "Injection Client");
	}

	private static String session(String exercise, String notes) throws Exception {
		return "{\"clientId\":\"x\",\"menuId\":\"x\",\"date\":\"" + today() + "\",\"entries\":[{\"exerciseId\":\""
				+ exercise + "\",\"done\":true,\"performed\":{\"amount\":5},\"effort\":5,\"feedback\":[]}],"
				+ "\"standaloneCramps\":[],\"newOrWorseSymptoms\":false,\"notes\":" + JSON.writeValueAsString(notes)
				+ "}";
	}

	private static String today() {
		return LocalDate.now(ZoneOffset.UTC).toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
