package org.realign.app.session;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.FeedbackPeople;
import org.realign.core.feedback.CrampContext;
import org.realign.core.feedback.CrampOnset;
import org.realign.core.feedback.CrampReport;
import org.realign.core.feedback.EasedBy;
import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.Performed;
import org.realign.core.feedback.SessionDraft;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback loop over HTTP: a practitioner publishes a menu, the client logs a session
 * with a wake-up cramp and gets the rules' verdict; invalid logs name the field and store
 * nothing; nobody else writes or reads the client's logs.
 */
@EmbeddedApp
class SessionApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	private Browserless signedIn(String username) {
		return Browserless.signedIn(this.port, username, "realign-demo");
	}

	private long clientId(String name) {
		return DemoClients.id(this.directory, name);
	}

	private static String session(String exercise, int intensity) {
		SessionDraft draft = new SessionDraft("ignored", "ignored", LocalDate.now(ZoneOffset.UTC),
				List.of(ExerciseEntry.done(exercise, Performed.of(10), 5, new CrampReport("gluteus-maximus", intensity,
						CrampOnset.DURING, 1, EasedBy.STRETCHING, Set.<CrampContext>of()))),
				List.of(), false, "");
		return new SessionLogJson().write(draft);
	}

	@Test
	void practitionerPublishes_clientLogsAWakeUpCramp_andGetsTheVerdict() {
		long jo = clientId("Jo Rivera");
		Browserless practitioner = signedIn("practitioner@demo.realign");
		HttpResponse<String> published = practitioner.sendJson("POST", "/api/clients/" + jo + "/menu",
				"{\"exercises\":[\"standing-gluteal-contractions\",\"static-back\"]}");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

		Browserless client = signedIn("jo@demo.realign");
		assertThat(client.get("/api/clients/" + jo + "/menu").body()).contains("standing-gluteal-contractions");
		HttpResponse<String> logged = client.sendJson("POST", "/api/clients/" + jo + "/sessions",
				session("standing-gluteal-contractions", 4));

		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		JsonNode answer = JSON.readTree(logged.body());
		assertThat(answer.get("log").get("version").asInt()).isEqualTo(1);
		assertThat(answer.get("cramps").toString()).contains("WAKE_UP");
		assertThat(answer.get("proposals").toString()).contains("chase-the-cramp");
		assertThat(practitioner.get("/api/clients/" + jo + "/sessions").body()).contains("gluteus-maximus");

		// A correction is a new version; the practitioner sees the version in force.
		String logId = answer.get("log").get("logId").asString();
		HttpResponse<String> corrected = client.sendJson("PUT", "/api/clients/" + jo + "/sessions/" + logId,
				"{\"reason\":\"it was a 2, not a 4\",\"session\":" + session("standing-gluteal-contractions", 2) + "}");
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
		JsonNode current = JSON.readTree(practitioner.get("/api/clients/" + jo + "/sessions").body());
		assertThat(current).hasSize(1);
		assertThat(current.get(0).get("version").asInt()).isEqualTo(2);
		assertThat(current.get(0).get("replacesVersion").asInt()).isEqualTo(1);
	}

	@Test
	void invalidLog_namesTheFieldAndStoresNothing() {
		long sam = clientId("Sam Taylor");
		signedIn("practitioner@demo.realign").sendJson("POST", "/api/clients/" + sam + "/menu",
				"{\"starter\":\"daily-alignment\"}");
		Browserless client = signedIn("sam@demo.realign");
		String menu = client.get("/api/clients/" + sam + "/menu").body();
		String firstExercise = JSON.readTree(menu).get("items").get(0).get("exerciseId").asString();

		String before = client.get("/api/clients/" + sam + "/sessions").body();
		HttpResponse<String> tooIntense = client.sendJson("POST", "/api/clients/" + sam + "/sessions",
				session(firstExercise, 11));
		HttpResponse<String> offMenu = client.sendJson("POST", "/api/clients/" + sam + "/sessions",
				session("not-on-the-menu", 3));

		assertThat(tooIntense.statusCode()).isEqualTo(400);
		assertThat(tooIntense.body()).contains("intensity");
		HttpResponse<String> unreadable = client.sendJson("POST", "/api/clients/" + sam + "/sessions",
				"{\"date\":\"tomorrow\",\"entries\":[]}");
		assertThat(unreadable.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(unreadable.body()).get("errors").get(0).get("field").asString()).isEqualTo("date");
		assertThat(offMenu.statusCode()).isEqualTo(400);
		assertThat(offMenu.body()).contains("exerciseId");
		assertThat(client.get("/api/clients/" + sam + "/sessions").body()).isEqualTo(before);
	}

	/**
	 * A correction without a session, or with an unreadable one, was answered with a 500.
	 */
	@Test
	void correctionWithoutAReadableSession_isRefusedWithTheFieldNamed() {
		FeedbackPeople people = FeedbackPeople.create(this.port, this.directory, this.passwordEncoder).withMenu();
		HttpResponse<String> logged = people.client()
			.sendJson("POST", people.path("/sessions"), FeedbackPeople.wakeUpCrampSession(2, false));
		String logId = JSON.readTree(logged.body()).get("log").get("logId").asString();

		HttpResponse<String> noSession = people.client()
			.sendJson("PUT", people.path("/sessions/" + logId), "{\"reason\":\"typo\"}");
		HttpResponse<String> badDate = people.client()
			.sendJson("PUT", people.path("/sessions/" + logId),
					"{\"reason\":\"typo\",\"session\":{\"date\":\"yesterday\"}}");

		assertThat(noSession.statusCode()).isEqualTo(400);
		assertThat(noSession.body()).contains("\"field\":\"session\"");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(people.client().get(people.path("/sessions")).body()).get(0).get("version").asInt())
			.isEqualTo(1);
	}

	@Test
	void onlyTheClientWritesAndOnlyTheirPracticeReads() {
		long sam = clientId("Sam Taylor");
		signedIn("practitioner@demo.realign").sendJson("POST", "/api/clients/" + sam + "/menu",
				"{\"starter\":\"daily-alignment\"}");
		long other = this.directory.createPractice("Feedback Elsewhere");
		this.directory.createUser(other, "fb-elsewhere@example.org", this.passwordEncoder.encode("realign-demo"),
				"Elsewhere", Role.PRACTITIONER);

		Browserless jo = signedIn("jo@demo.realign");
		Browserless practitioner = signedIn("practitioner@demo.realign");
		Browserless stranger = signedIn("fb-elsewhere@example.org");
		String body = session("static-back", 2);

		assertThat(jo.sendJson("POST", "/api/clients/" + sam + "/sessions", body).statusCode()).isEqualTo(404);
		assertThat(jo.get("/api/clients/" + sam + "/sessions").statusCode()).isEqualTo(404);
		assertThat(practitioner.sendJson("POST", "/api/clients/" + sam + "/sessions", body).statusCode())
			.isEqualTo(403);
		assertThat(stranger.get("/api/clients/" + sam + "/menu").statusCode()).isEqualTo(404);
		assertThat(stranger.sendJson("POST", "/api/clients/" + sam + "/menu", "{\"starter\":\"daily-alignment\"}")
			.statusCode()).isEqualTo(404);
		assertThat(
				jo.sendJson("POST", "/api/clients/" + sam + "/menu", "{\"starter\":\"daily-alignment\"}").statusCode())
			.isEqualTo(403);
	}

	@Test
	void publishingAnUnknownExercise_isRefusedWithTheFieldNamed() {
		long sam = clientId("Sam Taylor");
		HttpResponse<String> refused = signedIn("practitioner@demo.realign").sendJson("POST",
				"/api/clients/" + sam + "/menu", "{\"exercises\":[\"levitation\"]}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("exercises").contains("levitation");
	}

}
