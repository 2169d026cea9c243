package org.realign.app.journal;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's journal over HTTP, page and API: entries are added and listed, a cramp
 * outside a session is read by the cramp classifier and never counts as progress, a cramp
 * with a red-flag context tells the client to see a doctor, a spasm is the same spasm
 * episode the spasm API lists, bad input is named and stores nothing, and only the client
 * and their practice's practitioners get in.
 */
@EmbeddedApp
class JournalIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "journal-pass-1";

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	private String tag;

	private long clientId;

	private long otherClientId;

	@BeforeEach
	void aFreshPractice() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		String hash = this.passwordEncoder.encode(PASSWORD);
		long practice = this.directory.createPractice("Journal " + this.tag);
		long practitioner = this.directory.createUser(practice, "journal-pr-" + this.tag + "@example.org", hash,
				"Practitioner " + this.tag, Role.PRACTITIONER);
		long clientUser = this.directory.createUser(practice, "journal-cl-" + this.tag + "@example.org", hash,
				"Client " + this.tag, Role.CLIENT);
		long otherUser = this.directory.createUser(practice, "journal-ot-" + this.tag + "@example.org", hash,
				"Other " + this.tag, Role.CLIENT);
		this.clientId = this.directory.createClient(practice, practitioner, clientUser, "Client " + this.tag);
		this.otherClientId = this.directory.createClient(practice, practitioner, otherUser, "Other " + this.tag);
		long elsewhere = this.directory.createPractice("Journal elsewhere " + this.tag);
		this.directory.createUser(elsewhere, "journal-st-" + this.tag + "@example.org", hash, "Stranger " + this.tag,
				Role.PRACTITIONER);
	}

	private Browserless signedIn(String who) {
		return Browserless.signedIn(this.port, "journal-" + who + "-" + this.tag + "@example.org", PASSWORD);
	}

	private String api() {
		return "/api/clients/" + this.clientId + "/journal";
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	private int storedEntries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM journal_entry WHERE client_id = :c")
			.param("c", this.clientId)
			.query(Integer.class)
			.single()
				+ this.jdbc.sql("SELECT COUNT(*) FROM spasm_episode WHERE client_id = :c")
					.param("c", this.clientId)
					.query(Integer.class)
					.single();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void page_clientAddsNightCramp_listedAsNotWakeUpAndNotCountedAsProgress() {
		Browserless client = signedIn("cl");

		HttpResponse<String> added = client.postForm("/me/journal", "kind=cramp&date=" + today()
				+ "&where=calf&intensity=6&setting=night&note=" + encode("woke me at 3am"));

		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(added.uri().getPath()).isEqualTo("/me/journal");
		assertThat(added.body()).contains("Added to your journal.")
			.contains("Night and rest cramps are common")
			.contains("Cramps outside your sessions are not wake-up cramps")
			.contains("Night cramp")
			.contains("woke me at 3am");
		JsonNode lines = JSON.readTree(client.get(api()).body());
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0).get("kind").asString()).isEqualTo("cramp");
		assertThat(lines.get(0).get("setting").asString()).isEqualTo("night");
		assertThat(lines.get(0).get("reading").asString()).isEqualTo("unexplained");
	}

	@Test
	void api_cramps_neverChangeTheProgressDashboardsCrampCounts() {
		// Sam, the demo client, has a menu and three weeks of session cramps to count.
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		Browserless client = Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo");
		String progress = "/api/clients/" + sam + "/progress";
		JsonNode before = JSON.readTree(client.get(progress).body()).get("crampsPerMuscle");
		assertThat(before.isEmpty()).as("the demo history has cramps to count").isFalse();

		HttpResponse<String> duringExercise = client.sendJson("POST", "/api/clients/" + sam + "/journal",
				"{\"kind\":\"cramp\",\"date\":\"" + today() + "\",\"where\":\"calf\",\"setting\":\"during-exercise\"}");

		assertThat(duringExercise.statusCode()).as(duringExercise.body()).isEqualTo(201);
		assertThat(JSON.readTree(duringExercise.body()).get("reading").get("kind").asString()).isEqualTo("EXERTIONAL");
		assertThat(JSON.readTree(client.get(progress).body()).get("crampsPerMuscle")).isEqualTo(before);
	}

	@Test
	void api_crampAfterLongWalk_isExertionalNeverWakeUp() {
		Browserless client = signedIn("cl");

		HttpResponse<String> added = client.sendJson("POST", api(), "{\"kind\":\"cramp\",\"date\":\"" + today()
				+ "\",\"where\":\"calf\",\"setting\":\"after-exertion\",\"note\":\"after a 20 km walk\"}");

		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		JsonNode answer = JSON.readTree(added.body());
		assertThat(answer.get("reading").get("kind").asString()).isEqualTo("EXERTIONAL");
		assertThat(answer.get("entry").get("context").toString()).contains("long-or-intense-exertion");
		assertThat(answer.get("advice").toString()).contains("not wake-up cramps");
	}

	@Test
	void api_crampWithSwellingOrDiuretic_saysSeeADoctorAndAlertsThePractitioner() {
		Browserless client = signedIn("cl");

		HttpResponse<String> swelling = client.sendJson("POST", api(), "{\"kind\":\"cramp\",\"date\":\"" + today()
				+ "\",\"where\":\"calf\",\"setting\":\"night\",\"context\":[\"swelling\"]}");

		assertThat(swelling.statusCode()).as(swelling.body()).isEqualTo(201);
		JsonNode answer = JSON.readTree(swelling.body());
		assertThat(answer.get("entry").get("reading").asString()).isEqualTo("needs-medical-review");
		assertThat(answer.get("advice").get(0).asString()).contains("mention this cramp to your doctor")
			.contains("see a doctor today");
		JsonNode alerts = JSON.readTree(signedIn("pr").get("/api/clients/" + this.clientId + "/alerts").body());
		assertThat(alerts.toString()).contains("journal-cramp").contains("swelling");
		HttpResponse<String> page = client.get("/me/journal");
		assertThat(page.body()).contains("A doctor should look at this cramp.");
	}

	@Test
	void api_secondNightCrampWithinTheWindow_isRecurringAndNeedsReview() {
		Browserless client = signedIn("cl");
		client.sendJson("POST", api(), "{\"kind\":\"cramp\",\"date\":\"" + today().minusDays(3)
				+ "\",\"where\":\"calf\",\"setting\":\"night\"}");

		HttpResponse<String> second = client.sendJson("POST", api(),
				"{\"kind\":\"cramp\",\"date\":\"" + today() + "\",\"where\":\"calf\",\"setting\":\"night\"}");

		JsonNode answer = JSON.readTree(second.body());
		assertThat(answer.get("reading").get("kind").asString()).isEqualTo("NEEDS_MEDICAL_REVIEW");
		assertThat(answer.get("reading").get("reasons").toString()).contains("night or rest cramps");
	}

	@Test
	void page_spasm_isTheSpasmEpisodeTheSpasmApiListsWithItsPlan() {
		Browserless client = signedIn("cl");

		HttpResponse<String> added = client.postForm("/me/journal",
				"kind=spasm&date=" + today()
						+ "&where=low-back&intensity=7&trigger=lifting&minutes=40&avoiding=true&note="
						+ encode("lifting a box"));

		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(added.body()).contains("guard reflex").contains("steering clear").contains("journal-plan");
		JsonNode spasms = JSON.readTree(client.get("/api/clients/" + this.clientId + "/spasms").body());
		assertThat(spasms).hasSize(1);
		assertThat(spasms.get(0).get("episode").get("region").asString()).isEqualTo("low-back");
		assertThat(spasms.get(0).get("episode").get("notes").asString()).isEqualTo("lifting a box");
		assertThat(spasms.get(0).get("assessment").get("plan").isNull()).isFalse();
		JsonNode lines = JSON.readTree(client.get(api()).body());
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0).get("kind").asString()).isEqualTo("spasm");
		assertThat(lines.get(0).get("trigger").asString()).isEqualTo("lifting");
		assertThat(lines.get(0).get("minutes").asLong()).isEqualTo(40);
		assertThat(lines.get(0).get("id").asString()).isEqualTo(spasms.get(0).get("episode").get("id").asString());
	}

	@Test
	void page_painWithIntensity_isListedForClientAndPractitioner() {
		Browserless client = signedIn("cl");

		client.postForm("/me/journal",
				"kind=pain&date=" + today() + "&where=knee&intensity=4&note=" + encode("stairs"));

		assertThat(client.get("/me/journal").body()).contains("Pain").contains("4/10").contains("stairs");
		HttpResponse<String> practitionerView = signedIn("pr").get("/clients/" + this.clientId + "/journal");
		assertThat(practitionerView.statusCode()).isEqualTo(200);
		assertThat(practitionerView.body()).contains("Journal of Client " + this.tag)
			.contains("4/10")
			.contains("stairs")
			.doesNotContain("journal-form");
	}

	@Test
	void api_correction_isANewVersionReadAgainAndTheFirstIsKept() {
		Browserless client = signedIn("cl");
		JsonNode first = JSON.readTree(
				client
					.sendJson("POST", api(),
							"{\"kind\":\"cramp\",\"date\":\"" + today()
									+ "\",\"where\":\"calf\",\"setting\":\"night\"}")
					.body());
		String id = first.get("entry").get("id").asString();

		HttpResponse<String> noReason = client.sendJson("PUT", api() + "/" + id, "{\"entry\":{\"kind\":\"cramp\","
				+ "\"date\":\"" + today() + "\",\"where\":\"calf\",\"setting\":\"night\",\"context\":[\"diuretic\"]}}");
		HttpResponse<String> corrected = client.sendJson("PUT", api() + "/" + id,
				"{\"reason\":\"forgot my water tablet\",\"entry\":{\"kind\":\"cramp\",\"date\":\"" + today()
						+ "\",\"where\":\"calf\",\"setting\":\"night\",\"context\":[\"dark-urine\"]}}");

		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(noReason.body()).get("errors").findValuesAsString("field")).containsExactly("reason");
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
		assertThat(JSON.readTree(corrected.body()).get("entry").get("reading").asString())
			.isEqualTo("needs-medical-review");
		JsonNode lines = JSON.readTree(client.get(api()).body());
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0).get("version").asInt()).isEqualTo(2);
		JsonNode versions = JSON.readTree(signedIn("pr").get(api() + "/" + id + "/versions").body());
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("reading").asString()).isEqualTo("unexplained");
		assertThat(client
			.sendJson("PUT", api() + "/no-such-entry",
					"{\"reason\":\"x\",\"entry\":{\"kind\":\"pain\"," + "\"date\":\"" + today()
							+ "\",\"where\":\"calf\",\"intensity\":1}}")
			.statusCode()).isEqualTo(404);
		assertThat(signedIn("ot").get("/api/clients/" + this.clientId + "/journal/" + id + "/versions").statusCode())
			.isEqualTo(404);
	}

	@Test
	void page_badInput_isNamedAndStoresNothing() {
		Browserless client = signedIn("cl");

		HttpResponse<String> noKind = client.postForm("/me/journal", "date=" + today() + "&where=calf");
		HttpResponse<String> future = client.postForm("/me/journal",
				"kind=pain&date=" + today().plusDays(3) + "&where=calf&intensity=2");
		HttpResponse<String> tooStrong = client.postForm("/me/journal",
				"kind=pain&date=" + today() + "&where=calf&intensity=11");
		HttpResponse<String> longNote = client.postForm("/me/journal",
				"kind=pain&date=" + today() + "&where=calf&intensity=2&note=" + "x".repeat(1001));
		HttpResponse<String> painWithoutIntensity = client.postForm("/me/journal",
				"kind=pain&date=" + today() + "&where=calf");

		assertThat(noKind.statusCode()).isEqualTo(400);
		assertThat(noKind.body()).contains("Nothing was saved").contains("What happened: choose cramp, pain or spasm.");
		assertThat(future.body()).contains("When: the day is in the future.");
		assertThat(tooStrong.body()).contains("How strong: the number must be from 0 to 10.");
		assertThat(longNote.body()).contains("Anything else: at most 1000 characters.");
		assertThat(painWithoutIntensity.body()).contains("How strong: give a number from 0 to 10");
		assertThat(storedEntries()).isZero();
	}

	@Test
	void api_badInput_namesEveryFieldAndStoresNothing() {
		Browserless client = signedIn("cl");

		HttpResponse<String> bad = client.sendJson("POST", api(), "{\"kind\":\"cramp\",\"date\":\""
				+ today().plusDays(1) + "\",\"where\":\"calf\",\"intensity\":12,\"context\":[\"bad-luck\"]}");
		HttpResponse<String> unreadable = client.sendJson("POST", api(),
				"{\"kind\":\"pain\",\"date\":\"yesterday\",\"where\":\"calf\",\"intensity\":2}");
		HttpResponse<String> badSpasm = client.sendJson("POST", api(), "{\"kind\":\"spasm\",\"date\":\"" + today()
				+ "\",\"where\":\"neck\",\"intensity\":3,\"trigger\":\"yawning\"}");

		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(bad.body()).get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("date", "intensity", "setting", "context");
		assertThat(unreadable.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(unreadable.body()).get("errors").get(0).get("field").asString()).isEqualTo("date");
		assertThat(JSON.readTree(badSpasm.body()).get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("trigger", "minutes");
		assertThat(storedEntries()).isZero();
	}

	@Test
	void access_clientSelfPractitionerOfPractice_othersNotFound() {
		Browserless client = signedIn("cl");
		client.sendJson("POST", api(),
				"{\"kind\":\"pain\",\"date\":\"" + today() + "\",\"where\":\"neck\",\"intensity\":3}");

		assertThat(client.get(api()).statusCode()).isEqualTo(200);
		assertThat(signedIn("pr").get(api()).statusCode()).isEqualTo(200);
		assertThat(signedIn("pr").get("/clients/" + this.clientId + "/journal").statusCode()).isEqualTo(200);

		Browserless other = signedIn("ot");
		assertThat(other.get(api()).statusCode()).isEqualTo(404);
		assertThat(other
			.sendJson("POST", api(),
					"{\"kind\":\"pain\",\"date\":\"" + today() + "\",\"where\":\"neck\",\"intensity\":3}")
			.statusCode()).isEqualTo(404);
		assertThat(other.get("/clients/" + this.clientId + "/journal").statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(other.get("/api/clients/" + this.otherClientId + "/journal").body())).isEmpty();

		Browserless stranger = signedIn("st");
		assertThat(stranger.get(api()).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/clients/" + this.clientId + "/journal").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/me/journal").statusCode()).isEqualTo(404);

		Browserless anonymous = new Browserless(this.port);
		assertThat(anonymous.get(api()).statusCode()).isEqualTo(401);
		HttpResponse<String> page = anonymous.get("/me/journal");
		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(JSON.readTree(client.get(api()).body())).hasSize(1);
	}

	@Test
	void api_practitionerCannotWriteTheClientsJournal() {
		HttpResponse<String> written = signedIn("pr").sendJson("POST", api(),
				"{\"kind\":\"pain\",\"date\":\"" + today() + "\",\"where\":\"neck\",\"intensity\":3}");

		assertThat(written.statusCode()).isEqualTo(403);
		assertThat(storedEntries()).isZero();
	}

	@Test
	void openApi_documentsTheJournal() {
		String openApi = signedIn("pr").get("/api/openapi").body();

		assertThat(openApi).contains("/api/clients/{clientId}/journal").contains("JournalRequest");
	}

}
