package org.realign.app.outcome;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.EmbeddedApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome measures page over HTTP: values go through the same path as the API (the
 * API lists them), intake against re-assessment is compared with the sourced MCID, and a
 * refused form names every problem and stores nothing; only the client's practitioners
 * get in.
 */
@EmbeddedApp
class OutcomePageIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	private long newClient() {
		PracticeDirectory.Account practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow();
		return this.directory.createClient(practitioner.practiceId(), practitioner.id(), null,
				"Outcomes " + UUID.randomUUID().toString().substring(0, 8));
	}

	private Browserless practitioner() {
		return Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
	}

	private static String form(String... pairs) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			form.append(form.isEmpty() ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

	private JsonNode apiRecords(Browserless who, long client) {
		return JSON.readTree(who.get("/api/clients/" + client + "/outcomes").body()).get("records");
	}

	@Test
	void nprsAtIntakeThenReassessment_isStoredThroughTheApiPath_andComparedWithTheMcid() {
		long client = newClient();
		Browserless practitioner = practitioner();
		String path = "/clients/" + client + "/outcomes";
		String intakeDay = LocalDate.now(ZoneOffset.UTC).minusDays(28).toString();

		HttpResponse<String> intake = practitioner.postForm(path,
				form("measureId", "nprs", "date", intakeDay, "point", "intake", "value", "6"));
		assertThat(intake.statusCode()).isEqualTo(200);
		assertThat(intake.body()).contains("id=\"outcomes-recorded\"")
			.contains("Recorded: Numeric Pain Rating Scale 6.0 (Intake, " + intakeDay + ")")
			.contains("id=\"comparison-none\"");

		HttpResponse<String> later = practitioner.postForm(path, form("measureId", "nprs", "date",
				LocalDate.now(ZoneOffset.UTC).toString(), "point", "reassessment", "value", "3"));

		assertThat(later.body()).containsPattern(
				"id=\"comparison-nprs\">\\s*<th scope=\"row\">Numeric Pain Rating Scale</th>\\s*<td>6.0 on [^<]+</td>\\s*<td>3.0 on [^<]+</td>\\s*<td>3.0</td>\\s*<td>Yes: reaches the minimal clinically important difference</td>");
		JsonNode records = apiRecords(practitioner, client);
		assertThat(records).hasSize(2);
		assertThat(records.get(1).get("record").get("value").asDouble()).isEqualTo(3.0);
		assertThat(records.get(1).get("recordedBy").asString()).isEqualTo("practitioner@demo.realign");
	}

	@Test
	void psfsActivities_areScoredAsTheirMean_blankRowsIgnored() {
		long client = newClient();
		HttpResponse<String> page = practitioner().postForm("/clients/" + client + "/outcomes",
				form("measureId", "psfs", "date", LocalDate.now(ZoneOffset.UTC).toString(), "point", "intake",
						"activity", "Putting on socks", "rating", "4", "activity", "Gardening", "rating", "2",
						"activity", "Sitting through a film", "rating", "6", "activity", "", "rating", "", "activity",
						"", "rating", ""));

		assertThat(page.body()).contains("Recorded: Patient-Specific Functional Scale 4.0 (Intake");
		assertThat(apiRecords(practitioner(), client).get(0).get("detail").get("activities")).hasSize(3);
	}

	@Test
	void refusedForms_nameEveryProblem_andStoreNothing() {
		long client = newClient();
		Browserless practitioner = practitioner();
		String path = "/clients/" + client + "/outcomes";
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		HttpResponse<String> outOfRange = practitioner.postForm(path,
				form("measureId", "nprs", "date", today, "point", "intake", "value", "11"));
		assertThat(outOfRange.body()).contains("id=\"outcomes-error\"").contains("Nothing was stored");
		assertThat(outOfRange.statusCode()).as("a refused form is no success").isEqualTo(400);
		HttpResponse<String> future = practitioner.postForm(path, form("measureId", "nprs", "date",
				LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(), "point", "intake", "value", "4"));
		assertThat(future.body()).contains("id=\"outcomes-error\"").containsIgnoringCase("future");
		HttpResponse<String> startBack = practitioner.postForm(path,
				form("measureId", "start-back", "date", today, "point", "intake", "item1", "agree", "item2", "disagree",
						"item4", "agree", "item5", "agree", "item6", "agree", "item7", "disagree", "item8", "agree",
						"bothersomeness", "very-much"));
		assertThat(startBack.body()).contains("STarT Back item 3: not answered");
		HttpResponse<String> psfs = practitioner.postForm(path,
				form("measureId", "psfs", "date", today, "point", "intake", "activity", "Walking", "rating", "eleven"));
		assertThat(psfs.body()).contains("activity 1: rate &quot;Walking&quot; from 0 to 10");
		HttpResponse<String> badDate = practitioner.postForm(path,
				form("measureId", "nprs", "date", "yesterday", "point", "intake", "value", "4"));
		assertThat(badDate.body()).contains("date: give the day measured as YYYY-MM-DD");
		HttpResponse<String> unknown = practitioner.postForm(path,
				form("measureId", "oswestry", "date", today, "point", "intake", "value", "4"));
		assertThat(unknown.body()).contains("measure: unknown measure &quot;oswestry&quot;");
		for (String tooLarge : List.of("1e400", "-1e400", "1" + "5".repeat(400))) {
			HttpResponse<String> refused = practitioner.postForm(path,
					form("measureId", "nprs", "date", today, "point", "intake", "value", tooLarge));
			assertThat(refused.statusCode()).as(tooLarge).isEqualTo(400);
			assertThat(refused.body()).as(tooLarge)
				.contains("value: the number is too large")
				.doesNotContain("Infinity");
		}
		for (String notANumber : List.of("NaN", "Infinity", "0x1p3", "4d")) {
			HttpResponse<String> refused = practitioner.postForm(path,
					form("measureId", "nprs", "date", today, "point", "intake", "value", notANumber));
			assertThat(refused.statusCode()).as(notANumber).isEqualTo(400);
			assertThat(refused.body()).as(notANumber)
				.contains("value: must be a number, not &quot;" + notANumber + "&quot;");
		}

		assertThat(apiRecords(practitioner, client)).isEmpty();
	}

	@Test
	void startBack_answeredByItemNumber_isScored_andItsLicenceIsShown() {
		long client = newClient();
		StringBuilder answers = new StringBuilder("measureId=start-back&point=intake&date="
				+ LocalDate.now(ZoneOffset.UTC) + "&bothersomeness=extremely");
		for (int item = 1; item <= 8; item++) {
			answers.append("&item").append(item).append('=').append(item <= 5 ? "agree" : "disagree");
		}

		HttpResponse<String> page = practitioner().postForm("/clients/" + client + "/outcomes", answers.toString());

		assertThat(page.body()).contains("Recorded: Keele STarT Back Tool 6.0 (Intake")
			.contains("id=\"start-back-licence\"")
			.contains("non-commercial use only");
	}

	@Test
	void onlyTheClientsPractitionersGetIn() {
		long client = newClient();
		String path = "/clients/" + client + "/outcomes";
		assertThat(Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo").get(path).statusCode())
			.isEqualTo(403);
		long other = this.directory.createPractice("Outcomes Elsewhere");
		String login = "outcomes-elsewhere-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		this.directory.createUser(other, login, this.passwordEncoder.encode("elsewhere-pass"), "Elsewhere",
				Role.PRACTITIONER);
		Browserless stranger = Browserless.signedIn(this.port, login, "elsewhere-pass");
		assertThat(stranger.get(path).statusCode()).isEqualTo(404);
		assertThat(stranger
			.postForm(path,
					form("measureId", "nprs", "date", LocalDate.now(ZoneOffset.UTC).toString(), "point", "intake",
							"value", "5"))
			.statusCode()).isEqualTo(404);
		assertThat(apiRecords(practitioner(), client)).isEmpty();
		assertThat(new Browserless(this.port).get(path).uri().getPath()).isEqualTo("/login");
	}

}
