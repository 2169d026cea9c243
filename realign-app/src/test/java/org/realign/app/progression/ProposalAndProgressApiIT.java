package org.realign.app.progression;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.FeedbackPeople;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practitioner's side over HTTP: proposals stored from each log, decided once with
 * who and when, applied by themselves only when the practice owner says so; and the
 * client's progress summary.
 */
@EmbeddedApp
class ProposalAndProgressApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SETTINGS = "{\"painThresholdNprs\":3,\"doseIncreasePercent\":10,"
			+ "\"wakeUpEaseMinutes\":5,\"wokenUpQuietSessions\":5,\"noEffortSessions\":3,\"lowEffortMax\":2,"
			+ "\"recurringSpontaneousCramps\":2,\"recurrenceWindowDays\":14,\"autoApply\":%s}";

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	private FeedbackPeople people() {
		return FeedbackPeople.create(this.port, this.directory, this.passwordEncoder);
	}

	private static String decisionPath(FeedbackPeople people, String proposalId) {
		return people.path("/proposals/" + URLEncoder.encode(proposalId, StandardCharsets.UTF_8) + "/decision");
	}

	private static String logWakeUpCramp(FeedbackPeople people) {
		HttpResponse<String> logged = people.client()
			.sendJson("POST", people.path("/sessions"), FeedbackPeople.wakeUpCrampSession(4, false));
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		return JSON.readTree(logged.body()).get("proposals").get(0).get("id").asString();
	}

	private static int glutealDose(FeedbackPeople people) {
		JsonNode menu = JSON.readTree(people.client().get(people.path("/menu")).body());
		assertThat(menu.get("items").get(0).get("exerciseId").asString()).isEqualTo("standing-gluteal-contractions");
		return menu.get("items").get(0).get("dose").get("reps").asInt();
	}

	@Test
	void proposalFromALog_isListedForThePractitioner_andDecidedOnceWithWhoAndWhen() {
		FeedbackPeople people = people().withMenu();
		int doseBefore = glutealDose(people);
		String proposalId = logWakeUpCramp(people);

		JsonNode open = JSON.readTree(people.practitioner().get(people.path("/proposals")).body());
		assertThat(open).hasSize(1);
		assertThat(open.get(0).get("proposal").get("ruleId").asString()).isEqualTo("chase-the-cramp");
		assertThat(open.get(0).get("decision").isNull()).isTrue();

		HttpResponse<String> badVerdict = people.practitioner()
			.sendJson("POST", decisionPath(people, proposalId), "{\"verdict\":\"maybe\"}");
		assertThat(badVerdict.statusCode()).isEqualTo(400);
		assertThat(badVerdict.body()).contains("\"field\":\"verdict\"");
		assertThat(JSON.readTree(people.practitioner().get(people.path("/proposals")).body())).hasSize(1);

		HttpResponse<String> accepted = people.practitioner()
			.sendJson("POST", decisionPath(people, proposalId), "{\"verdict\":\"accept\",\"note\":\"go gently\"}");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
		JsonNode decision = JSON.readTree(accepted.body()).get("decision");
		assertThat(decision.get("verdict").asString()).isEqualTo("ACCEPTED");
		assertThat(decision.get("decidedBy").asString()).startsWith("owner-");
		assertThat(decision.get("decidedAt").asString()).isNotBlank();
		assertThat(decision.get("note").asString()).isEqualTo("go gently");
		int raised = JSON.readTree(accepted.body()).get("menu").get("items").get(0).get("dose").get("reps").asInt();
		assertThat(raised).as("the accepted raise is the menu in force").isGreaterThan(doseBefore);
		assertThat(JSON.readTree(people.client().get(people.path("/menu")).body())
			.get("items")
			.get(0)
			.get("dose")
			.get("reps")
			.asInt()).isEqualTo(raised);

		assertThat(people.practitioner()
			.sendJson("POST", decisionPath(people, proposalId), "{\"verdict\":\"reject\"}")
			.statusCode()).isEqualTo(409);
		assertThat(people.practitioner().get(people.path("/proposals")).body()).isEqualTo("[]");
		JsonNode all = JSON.readTree(people.practitioner().get(people.path("/proposals?all=true")).body());
		assertThat(all).hasSize(1);
		assertThat(all.get(0).get("decision").get("verdict").asString()).isEqualTo("ACCEPTED");
		assertThat(people.practitioner()
			.sendJson("POST", decisionPath(people, "no-such-proposal"), "{\"verdict\":\"accept\"}")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void correctingALog_supersedesTheProposalsOfTheOldVersion() {
		FeedbackPeople people = people().withMenu();
		HttpResponse<String> logged = people.client()
			.sendJson("POST", people.path("/sessions"), FeedbackPeople.wakeUpCrampSession(4, false));
		JsonNode first = JSON.readTree(logged.body());
		String oldProposal = first.get("proposals").get(0).get("id").asString();
		String logId = first.get("log").get("logId").asString();

		HttpResponse<String> corrected = people.client()
			.sendJson("PUT", people.path("/sessions/" + logId),
					"{\"reason\":\"it was a 3\",\"session\":" + FeedbackPeople.wakeUpCrampSession(3, false) + "}");
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

		JsonNode open = JSON.readTree(people.practitioner().get(people.path("/proposals")).body());
		assertThat(open).hasSize(1);
		assertThat(open.get(0).get("proposal").get("id").asString()).isNotEqualTo(oldProposal).endsWith(":v2");
		JsonNode all = JSON.readTree(people.practitioner().get(people.path("/proposals?all=true")).body());
		assertThat(all).hasSize(2);
		assertThat(all.get(0).get("superseded").asBoolean()).isTrue();
		assertThat(people.practitioner()
			.sendJson("POST", decisionPath(people, oldProposal), "{\"verdict\":\"accept\"}")
			.statusCode()).isEqualTo(409);
	}

	@Test
	void onlyTheClientsPractitioners_seeAndDecideProposalsAndAlerts() {
		FeedbackPeople people = people().withMenu();
		String proposalId = logWakeUpCramp(people);
		String reject = "{\"verdict\":\"reject\"}";

		assertThat(people.client().get(people.path("/proposals")).statusCode()).isEqualTo(403);
		assertThat(people.client().get(people.path("/alerts")).statusCode()).isEqualTo(403);
		assertThat(people.client().sendJson("POST", decisionPath(people, proposalId), reject).statusCode())
			.isEqualTo(403);
		assertThat(people.otherClient().get(people.path("/proposals")).statusCode()).isEqualTo(403);
		assertThat(people.otherClient().sendJson("POST", decisionPath(people, proposalId), reject).statusCode())
			.isEqualTo(403);
		assertThat(people.stranger().get(people.path("/proposals")).statusCode()).isEqualTo(404);
		assertThat(people.stranger().get(people.path("/alerts")).statusCode()).isEqualTo(404);
		assertThat(people.stranger().sendJson("POST", decisionPath(people, proposalId), reject).statusCode())
			.isEqualTo(404);
		assertThat(JSON.readTree(people.practitioner().get(people.path("/proposals")).body())).hasSize(1);
	}

	@Test
	void autoApply_isOffByDefault_andWhenTheOwnerTurnsItOnProposalsApplyThemselves() {
		FeedbackPeople people = people().withMenu();
		assertThat(JSON.readTree(people.practitioner().get("/api/practice/feedback-settings").body())
			.get("autoApply")
			.asBoolean()).isFalse();
		assertThat(people.client()
			.sendJson("PUT", "/api/practice/feedback-settings", SETTINGS.formatted("true"))
			.statusCode()).isEqualTo(403);
		assertThat(people.stranger()
			.sendJson("PUT", "/api/practice/feedback-settings", SETTINGS.formatted("true"))
			.statusCode()).as("a practitioner who does not own the practice").isEqualTo(403);
		HttpResponse<String> invalid = people.practitioner()
			.sendJson("PUT", "/api/practice/feedback-settings",
					SETTINGS.formatted("true").replace("\"painThresholdNprs\":3", "\"painThresholdNprs\":11"));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("\"field\":\"painThresholdNprs\"");

		HttpResponse<String> turnedOn = people.practitioner()
			.sendJson("PUT", "/api/practice/feedback-settings", SETTINGS.formatted("true"));
		assertThat(turnedOn.statusCode()).as(turnedOn.body()).isEqualTo(200);
		int doseBefore = glutealDose(people);
		logWakeUpCramp(people);

		assertThat(people.practitioner().get(people.path("/proposals")).body()).isEqualTo("[]");
		JsonNode all = JSON.readTree(people.practitioner().get(people.path("/proposals?all=true")).body());
		assertThat(all).hasSize(1);
		assertThat(all.get(0).get("decision").get("verdict").asString()).isEqualTo("AUTO_APPLIED");
		assertThat(all.get(0).get("decision").get("decidedBy").asString()).isEqualTo("practice-setting:auto-apply");
		assertThat(glutealDose(people)).as("the raise applied itself to the menu").isGreaterThan(doseBefore);
	}

	@Test
	void progress_summarisesCrampsPainAdherenceAndOutcomes_forTheClientAndTheirPractice() {
		FeedbackPeople people = people();
		assertThat(people.client().get(people.path("/progress")).statusCode()).as("no menu yet").isEqualTo(409);
		people.withMenu();
		logWakeUpCramp(people);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		people.practitioner()
			.sendJson("POST", people.path("/outcomes"), "{\"measureId\":\"nprs\",\"point\":\"intake\",\"date\":\""
					+ today.minusDays(11) + "\",\"value\":5}");
		people.client()
			.sendJson("POST", people.path("/outcomes"), "{\"measureId\":\"nprs\",\"point\":\"reassessment\",\"date\":\""
					+ today.minusDays(1) + "\",\"value\":2}");

		HttpResponse<String> response = people.client().get(people.path("/progress"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode progress = JSON.readTree(response.body());
		assertThat(progress.get("crampsPerMuscle").has("gluteus-maximus")).isTrue();
		assertThat(progress.get("adherence")).isNotEmpty();
		assertThat(progress.get("adherence").get(0).get("sessionsPrescribed").asInt()).isEqualTo(7);
		assertThat(progress.get("outcomes").get(0).get("improvement").asDouble()).isEqualTo(3.0);
		assertThat(progress.get("reassessment").get("lastAssessment").asString())
			.isEqualTo(today.minusDays(1).toString());
		assertThat(people.practitioner().get(people.path("/progress")).statusCode()).isEqualTo(200);
		assertThat(people.otherClient().get(people.path("/progress")).statusCode()).isEqualTo(404);
		assertThat(people.stranger().get(people.path("/progress")).statusCode()).isEqualTo(404);
	}

	@Test
	void openApi_documentsTheFeedbackEndpoints() {
		String spec = people().practitioner().get("/api/openapi").body();

		assertThat(spec).contains("/api/clients/{clientId}/safety/screenings")
			.contains("/api/clients/{clientId}/safety/clearances")
			.contains("/api/clients/{clientId}/spasms")
			.contains("/api/clients/{clientId}/outcomes")
			.contains("/api/clients/{clientId}/proposals/{proposalId}/decision")
			.contains("/api/clients/{clientId}/alerts")
			.contains("/api/clients/{clientId}/progress")
			.contains("/api/practice/feedback-settings");
		assertThat(spec).as("request bodies are described by their schema, not as bare strings")
			.contains("\"ScreeningRequest\"")
			.contains("\"SpasmRequest\"")
			.contains("\"OutcomeRequest\"")
			.contains("\"DecisionRequest\"");
		JsonNode description = JSON.readTree(spec);
		assertThat(description.at("/info/title").asString()).isEqualTo("Realign API");
		assertThat(description.at("/info/version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(description.at("/components/securitySchemes/session/in").asString()).isEqualTo("cookie");
		assertThat(description.at("/security/0").has("session")).isTrue();
	}

}
