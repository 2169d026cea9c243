package org.realign.app.menu;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.app.assessment.Assessments;
import org.realign.app.assessment.PhotoStore;
import org.realign.app.client.ClientProfile;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.knowledge.KnowledgeBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu editor over HTTP: edits travel in the form, publishing goes through the same
 * path as the API, so {@code GET /api/clients/{id}/menu} answers what was edited; bad
 * edits name the problem and change nothing; only the client's practitioners get in.
 */
@EmbeddedApp
class MenuEditorIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Clients clients;

	@Autowired
	Assessments assessments;

	@Autowired
	PhotoStore photos;

	@Autowired
	KnowledgeBase knowledgeBase;

	private static final Pattern DRAFT_EXERCISE = Pattern.compile("name=\"exercise\" value=\"([^\"]+)\"");

	/**
	 * A new client of the demo practice whose profile says {@code no-floor}, assessed
	 * once with the landmarks of Sam's latest assessment (which give findings and
	 * hypotheses), and with no menu published yet.
	 */
	private long assessedClientWhoCannotGetOnTheFloor(String name) {
		long sam = clientId("Sam Taylor");
		long practice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		long practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		long client = this.clients.create(practice, practitioner, new ClientProfile(name, "", "", "", "no-floor", ""));
		Assessments.Summary latest = this.assessments.list(sam).get(this.assessments.list(sam).size() - 1);
		Assessments.StoredAssessment stored = this.assessments.find(sam, latest.id()).orElseThrow();
		this.assessments.create(client, LocalDate.of(2026, 11, 30), practitioner,
				stored.views()
					.stream()
					.map((view) -> new Assessments.StoredView(view.view(),
							this.photos.store(new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB)), view.landmarks()))
					.toList());
		return client;
	}

	private static List<String> draftExercises(String page) {
		List<String> ids = new ArrayList<>();
		Matcher matcher = DRAFT_EXERCISE.matcher(page);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

	private Browserless signedIn(String username, String password) {
		return Browserless.signedIn(this.port, username, password);
	}

	private long clientId(String name) {
		return DemoClients.id(this.directory, name);
	}

	private static String draft(String action, String... exerciseAndAmount) {
		StringBuilder form = new StringBuilder("action=" + action + "&sessionsPerWeek=5");
		for (int i = 0; i < exerciseAndAmount.length; i += 2) {
			form.append("&exercise=").append(exerciseAndAmount[i]).append("&amount=").append(exerciseAndAmount[i + 1]);
		}
		return form.toString();
	}

	@Test
	void editsThenPublish_changeWhatTheMenuApiAnswers_inThatOrderWithThoseDoses() {
		long jo = clientId("Jo Rivera");
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");
		String path = "/clients/" + jo + "/menu";
		HttpResponse<String> page = practitioner.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"publish-button\"");

		// progress static-back (-> supine-groin-stretch), then regress it back
		HttpResponse<String> progressed = practitioner.postForm(path,
				draft("progress-0", "static-back", "300", "cats-and-dogs", "10"));
		assertThat(progressed.statusCode()).isEqualTo(200);
		assertThat(progressed.body()).contains("value=\"supine-groin-stretch\"")
			.doesNotContain("value=\"static-back\" name");
		HttpResponse<String> regressed = practitioner.postForm(path,
				draft("regress-0", "supine-groin-stretch", "", "cats-and-dogs", "10"));
		assertThat(regressed.body()).contains("name=\"exercise\" value=\"static-back\"");
		HttpResponse<String> moved = practitioner.postForm(path,
				draft("down-0", "static-back", "300", "cats-and-dogs", "10"));
		assertThat(moved.body().indexOf("value=\"cats-and-dogs\""))
			.isLessThan(moved.body().indexOf("value=\"static-back\""));

		HttpResponse<String> published = practitioner.postForm(path,
				draft("publish", "cats-and-dogs", "12", "static-back", "240"));
		assertThat(published.statusCode()).isEqualTo(200);
		assertThat(published.body()).contains("id=\"menu-published\"");

		JsonNode menu = JSON.readTree(practitioner.get("/api/clients/" + jo + "/menu").body());
		assertThat(menu.get("sessionsPerWeek").asInt()).isEqualTo(5);
		assertThat(menu.get("items").get(0).get("exerciseId").asString()).isEqualTo("cats-and-dogs");
		assertThat(menu.get("items").get(0).get("dose").get("reps").asInt()).isEqualTo(12);
		assertThat(menu.get("items").get(1).get("exerciseId").asString()).isEqualTo("static-back");
		assertThat(menu.get("items").get(1).get("dose").get("seconds").asInt()).isEqualTo(240);
		assertThat(practitioner.get(path).body()).contains("id=\"menu-current\"").contains("practitioner@demo.realign");
	}

	@Test
	void assessedClientWithoutAMenu_draftIsTheAssessmentsMenu_withReasonsAndNothingTheProfileRulesOut() {
		long client = assessedClientWhoCannotGetOnTheFloor("Menu Reasons");
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");

		String page = practitioner.get("/clients/" + client + "/menu").body();

		assertThat(page).contains("id=\"menu-origin\"").contains("generated from the latest assessment (2026-11-30)");
		List<String> draft = draftExercises(page);
		assertThat(draft).isNotEmpty();
		assertThat(draft).allSatisfy((id) -> assertThat(this.knowledgeBase.exercises().find(id).orElseThrow().floor())
			.as(id + " is a floor exercise")
			.isFalse());
		assertThat(page).doesNotContain("id=\"conflict-");
		// at least one exercise says which hypothesis it serves, as a hypothesis to
		// confirm
		assertThat(page).containsPattern(
				"id=\"reasons-\\d+\"[^>]*>\\s*<li>[^<]+: thought (short and overactive|long and underactive), (low|moderate|high) confidence, to confirm</li>");
		assertThat(page).contains("hypotheses to confirm by examination, not diagnoses");
	}

	@Test
	void exerciseTheProfileRulesOut_cannotBeAddedOrPublished_andNothingChanges() {
		long client = assessedClientWhoCannotGetOnTheFloor("Menu No Floor");
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");
		String path = "/clients/" + client + "/menu";
		String draft = draft("update", "arm-circles", "40");

		HttpResponse<String> added = practitioner.postForm(path,
				draft.replace("action=update", "action=add") + "&addExercise=static-back");
		assertThat(added.body()).contains("id=\"menu-error\"")
			.contains(
					"&quot;Static back&quot; is ruled out by the client&#39;s profile (the client cannot get down on the floor)");
		assertThat(draftExercises(added.body())).containsExactly("arm-circles");

		HttpResponse<String> published = practitioner.postForm(path,
				draft("publish", "arm-circles", "40", "static-back", "300"));
		assertThat(published.body()).contains("id=\"menu-error\"").contains("ruled out by the client&#39;s profile");
		assertThat(published.body()).contains("id=\"conflict-1\"").doesNotContain("id=\"menu-published\"");
		assertThat(practitioner.get("/api/clients/" + client + "/menu").statusCode()).isEqualTo(409);
	}

	@Test
	void clientNeverAssessed_draftIsTheStarterMenu_saidSo() {
		long practice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		long practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		long client = this.clients.create(practice, practitioner,
				new ClientProfile("Menu Starter", "", "", "", "", ""));

		String page = signedIn("practitioner@demo.realign", "realign-demo").get("/clients/" + client + "/menu").body();

		assertThat(page).contains("No assessment yet: this draft is the daily-alignment starter menu");
		assertThat(draftExercises(page)).isNotEmpty();
		assertThat(page).doesNotContain("id=\"reasons-");
	}

	@Test
	void badEdits_nameTheProblem_andChangeNothing() {
		long sam = clientId("Sam Taylor");
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");
		String path = "/clients/" + sam + "/menu";
		practitioner.postForm(path, draft("publish", "static-back", "300"));
		String before = practitioner.get("/api/clients/" + sam + "/menu").body();

		HttpResponse<String> unknown = practitioner.postForm(path, draft("publish", "no-such-exercise", "10"));
		assertThat(unknown.body()).contains("id=\"menu-error\"")
			.contains("unknown exercise &quot;no-such-exercise&quot;");
		HttpResponse<String> tooMuch = practitioner.postForm(path, draft("publish", "static-back", "100000"));
		assertThat(tooMuch.body()).contains("id=\"menu-error\"").contains("must be between 1 and 600");
		HttpResponse<String> notANumber = practitioner.postForm(path, draft("publish", "static-back", "lots"));
		assertThat(notANumber.body()).contains("id=\"menu-error\"").contains("whole number");

		assertThat(practitioner.get("/api/clients/" + sam + "/menu").body()).isEqualTo(before);
	}

	@Test
	void onlyTheClientsPractitionersGetIn() {
		long sam = clientId("Sam Taylor");
		String path = "/clients/" + sam + "/menu";
		assertThat(signedIn("sam@demo.realign", "realign-demo").get(path).statusCode()).isEqualTo(403);

		long other = this.directory.createPractice("Menu Elsewhere");
		this.directory.createUser(other, "menu-elsewhere@example.org", this.passwordEncoder.encode("elsewhere-pass"),
				"Elsewhere", Role.PRACTITIONER);
		Browserless stranger = signedIn("menu-elsewhere@example.org", "elsewhere-pass");
		assertThat(stranger.get(path).statusCode()).isEqualTo(404);
		assertThat(stranger.postForm(path, draft("publish", "static-back", "300")).statusCode()).isEqualTo(404);

		HttpResponse<String> anonymous = new Browserless(this.port).get(path);
		assertThat(anonymous.uri().getPath()).isEqualTo("/login");
	}

}
