package org.realign.app.menu;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.realign.app.practice.PracticeDirectory;
import org.realign.app.practice.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
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
		assertThat(menu.get("items").get(0).get("dose").get("amount").asInt()).isEqualTo(12);
		assertThat(menu.get("items").get(1).get("exerciseId").asString()).isEqualTo("static-back");
		assertThat(menu.get("items").get(1).get("dose").get("amount").asInt()).isEqualTo(240);
		assertThat(practitioner.get(path).body()).contains("id=\"menu-current\"").contains("practitioner@demo.realign");
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
