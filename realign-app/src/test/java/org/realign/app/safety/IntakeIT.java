package org.realign.app.safety;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.feedback.safety.RedFlagQuestion;
import org.realign.core.feedback.safety.RedFlagQuestionnaire;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practitioner's red-flag intake page over HTTP: answers go through the same path as
 * the safety API, so {@code GET /api/clients/{id}/safety} answers what the form recorded;
 * an urgent yes pauses the programme and says to see a doctor; an incomplete form names
 * the missing question and stores nothing; only the client's practitioners get in.
 */
@EmbeddedApp
class IntakeIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "intake-pass-1";

	private static final RedFlagQuestionnaire QUESTIONNAIRE = RedFlagQuestionnaire.load();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	private String tag;

	private long clientId;

	@BeforeEach
	void aFreshPractice() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		String hash = this.passwordEncoder.encode(PASSWORD);
		long practice = this.directory.createPractice("Intake " + this.tag);
		long practitioner = this.directory.createUser(practice, "intake-pr-" + this.tag + "@example.org", hash,
				"Practitioner " + this.tag, Role.PRACTITIONER);
		long clientUser = this.directory.createUser(practice, "intake-cl-" + this.tag + "@example.org", hash,
				"Client " + this.tag, Role.CLIENT);
		this.clientId = this.directory.createClient(practice, practitioner, clientUser, "Client " + this.tag);
		long elsewhere = this.directory.createPractice("Intake elsewhere " + this.tag);
		this.directory.createUser(elsewhere, "intake-st-" + this.tag + "@example.org", hash, "Stranger " + this.tag,
				Role.PRACTITIONER);
	}

	private Browserless signedIn(String who) {
		return Browserless.signedIn(this.port, "intake-" + who + "-" + this.tag + "@example.org", PASSWORD);
	}

	private String path() {
		return "/clients/" + this.clientId + "/intake";
	}

	/**
	 * Every question answered no, except the one given (null: none); skipped left out.
	 */
	private static String form(String yesId, String skippedId) {
		StringBuilder form = new StringBuilder("occasion=intake&questionnaireVersion=" + QUESTIONNAIRE.version());
		for (RedFlagQuestion question : QUESTIONNAIRE.questions()) {
			if (!question.id().equals(skippedId)) {
				form.append("&answer.")
					.append(question.id())
					.append('=')
					.append(question.id().equals(yesId) ? "yes" : "no");
			}
		}
		return form.toString();
	}

	private JsonNode safety(Browserless browser) {
		HttpResponse<String> response = browser.get("/api/clients/" + this.clientId + "/safety");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static RedFlagQuestion firstUrgent() {
		return QUESTIONNAIRE.questions().stream().filter(RedFlagQuestion::urgent).findFirst().orElseThrow();
	}

	@Test
	void thePage_showsEveryQuestionAsAYesNoFieldset_andTheClientPageLinksIt() {
		Browserless practitioner = signedIn("pr");
		HttpResponse<String> page = practitioner.get(path());
		assertThat(page.statusCode()).isEqualTo(200);
		for (RedFlagQuestion question : QUESTIONNAIRE.questions()) {
			assertThat(page.body()).contains("id=\"question-" + question.id() + "\"")
				.contains("name=\"answer." + question.id() + "\" value=\"yes\"")
				.contains("name=\"answer." + question.id() + "\" value=\"no\"");
		}
		assertThat(page.body()).contains("<legend>").contains("name=\"_csrf\"").contains("id=\"status-clear\"");
		assertThat(page.body()).contains("id=\"history-none\"");
		assertThat(practitioner.get("/clients/" + this.clientId).body()).contains("id=\"intake-link\"")
			.contains("href=\"" + path() + "\"");
	}

	@Test
	void aNegativeScreen_leavesTheClientClear_andIsInTheHistory() {
		Browserless practitioner = signedIn("pr");
		HttpResponse<String> recorded = practitioner.postForm(path(), form(null, null));
		assertThat(recorded.statusCode()).isEqualTo(200);
		assertThat(recorded.body()).contains("id=\"intake-recorded\"")
			.contains("id=\"status-clear\"")
			.doesNotContain("id=\"intake-pause\"")
			.contains("id=\"intake-history\"");

		JsonNode safety = safety(practitioner);
		assertThat(safety.get("status").get("level").asString()).isEqualTo("CLEAR");
		assertThat(safety.get("screenings")).hasSize(1);
		assertThat(safety.get("screenings").get(0).get("occasion").asString()).isEqualTo("intake");
		assertThat(safety.get("screenings").get(0).get("recordedBy").asString())
			.isEqualTo("intake-pr-" + this.tag + "@example.org");
	}

	@Test
	void anUrgentYes_pausesTheProgramme_onThePageAndInTheApi() {
		Browserless practitioner = signedIn("pr");
		RedFlagQuestion urgent = firstUrgent();
		HttpResponse<String> recorded = practitioner.postForm(path(), form(urgent.id(), null));
		assertThat(recorded.statusCode()).isEqualTo(200);
		assertThat(recorded.body()).contains("id=\"intake-pause\"")
			.contains("id=\"intake-advice\"")
			.contains("id=\"status-paused\"")
			.contains("id=\"status-see-doctor\"")
			.contains("see a doctor");

		JsonNode safety = safety(practitioner);
		assertThat(safety.get("status").get("level").asString()).isEqualTo("PAUSED");
		assertThat(safety.get("status").get("openFlags").get(0).asString()).isEqualTo(urgent.id());

		// still paused on a later visit, until a practitioner clears it
		assertThat(practitioner.get(path()).body()).contains("id=\"status-paused\"")
			.doesNotContain("id=\"status-clear\"");
	}

	@Test
	void anIncompleteForm_namesTheMissingQuestion_andStoresNothing() {
		Browserless practitioner = signedIn("pr");
		RedFlagQuestion skipped = QUESTIONNAIRE.questions().get(QUESTIONNAIRE.questions().size() - 1);
		HttpResponse<String> refused = practitioner.postForm(path(), form(firstUrgent().id(), skipped.id()));
		assertThat(refused.statusCode()).isEqualTo(200);
		String escapedQuestion = skipped.question().replace("'", "&#39;").replace("\"", "&quot;");
		assertThat(refused.body()).contains("id=\"intake-error\"")
			.contains(escapedQuestion)
			.doesNotContain("id=\"intake-recorded\"");
		// the answers given are kept in the form for the practitioner to complete
		assertThat(refused.body()).contains("id=\"answer-" + firstUrgent().id() + "-yes\" checked");

		JsonNode safety = safety(practitioner);
		assertThat(safety.get("screenings")).isEmpty();
		assertThat(safety.get("status").get("level").asString()).isEqualTo("CLEAR");
	}

	@Test
	void onlyTheClientsPractitionersGetIn() {
		assertThat(signedIn("cl").get(path()).statusCode()).isEqualTo(403);
		assertThat(signedIn("cl").postForm(path(), form(null, null)).statusCode()).isEqualTo(403);

		Browserless stranger = signedIn("st");
		assertThat(stranger.get(path()).statusCode()).isEqualTo(404);
		assertThat(stranger.postForm(path(), form(null, null)).statusCode()).isEqualTo(404);

		HttpResponse<String> anonymous = new Browserless(this.port).get(path());
		assertThat(anonymous.uri().getPath()).isEqualTo("/login");

		assertThat(safety(signedIn("pr")).get("screenings")).isEmpty();
	}

}
