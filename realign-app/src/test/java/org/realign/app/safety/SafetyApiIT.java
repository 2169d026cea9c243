package org.realign.app.safety;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * Red-flag screening over HTTP: an urgent answer pauses the programme and the next log
 * proposes no chasing until a practitioner clears it; other flags alert the practitioner
 * and block chasing; invalid answers name the field and store nothing; only the client
 * and their practice see or write the screening.
 */
@EmbeddedApp
class SafetyApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	private FeedbackPeople people() {
		return FeedbackPeople.create(this.port, this.directory, this.passwordEncoder);
	}

	/** Answers to the questionnaire: every question no, except those picked. */
	private static String answers(JsonNode questionnaire, String occasion, LocalDate date, boolean urgentYes,
			boolean otherYes) {
		Map<String, Boolean> answers = new LinkedHashMap<>();
		boolean otherPicked = false;
		for (JsonNode question : questionnaire.get("questions")) {
			boolean urgent = question.get("urgent").asBoolean();
			boolean yes = urgent ? urgentYes : (otherYes && !otherPicked);
			otherPicked |= !urgent && yes;
			answers.put(question.get("id").asString(), yes);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("date", date.toString());
		body.put("occasion", occasion);
		body.put("questionnaireVersion", questionnaire.get("version").asInt());
		body.put("answers", answers);
		return JSON.writeValueAsString(body);
	}

	private JsonNode questionnaire(FeedbackPeople people) {
		HttpResponse<String> response = people.client().get(people.path("/safety/questionnaire"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	@Test
	void caudaEquinaAnswer_pausesTheProgramme_andTheNextLogProposesNoChasingUntilCleared() {
		FeedbackPeople people = people().withMenu();
		JsonNode questionnaire = questionnaire(people);

		HttpResponse<String> screened = people.client()
			.sendJson("POST", people.path("/safety/screenings"),
					answers(questionnaire, "intake", today(), true, false));

		assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
		JsonNode outcome = JSON.readTree(screened.body());
		assertThat(outcome.get("forClient").asString()).contains("seek urgent medical care");
		assertThat(outcome.get("status").get("level").asString()).isEqualTo("PAUSED");
		assertThat(outcome.has("alert")).as("the practitioner's alert is not shown to the client").isFalse();

		HttpResponse<String> logged = people.client()
			.sendJson("POST", people.path("/sessions"), FeedbackPeople.wakeUpCrampSession(4, false));
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		JsonNode verdict = JSON.readTree(logged.body());
		assertThat(verdict.get("proposals")).isEmpty();
		assertThat(verdict.get("alerts").toString()).contains("programme-paused");
		assertThat(verdict.get("safety").get("status").get("level").asString()).isEqualTo("PAUSED");
		assertThat(people.practitioner().get(people.path("/alerts")).body()).contains("red-flag-screen")
			.contains("programme-paused");

		HttpResponse<String> cleared = people.practitioner()
			.sendJson("POST", people.path("/safety/clearances"),
					"{\"kind\":\"red-flags\",\"note\":\"seen in the emergency department, no concerns\"}");
		assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(201);
		assertThat(JSON.readTree(cleared.body()).get("status").get("level").asString()).isEqualTo("CLEAR");
		HttpResponse<String> afterClearance = people.client()
			.sendJson("POST", people.path("/sessions"), FeedbackPeople.wakeUpCrampSession(4, false));
		assertThat(JSON.readTree(afterClearance.body()).get("proposals").toString()).contains("chase-the-cramp");
	}

	@Test
	void otherRedFlag_alertsThePractitioner_andBlocksChasing() {
		FeedbackPeople people = people().withMenu();
		JsonNode questionnaire = questionnaire(people);

		HttpResponse<String> screened = people.practitioner()
			.sendJson("POST", people.path("/safety/screenings"),
					answers(questionnaire, "intake", today(), false, true));

		assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
		JsonNode outcome = JSON.readTree(screened.body());
		assertThat(outcome.get("status").get("level").asString()).isEqualTo("PRACTITIONER_REVIEW");
		assertThat(outcome.get("alert").get("ruleId").asString()).isEqualTo("red-flag-screen");
		assertThat(outcome.get("forClient").asString()).contains("practitioner will be in touch");

		JsonNode verdict = JSON.readTree(people.client()
			.sendJson("POST", people.path("/sessions"), FeedbackPeople.wakeUpCrampSession(4, false))
			.body());
		assertThat(verdict.get("proposals").toString()).doesNotContain("chase-the-cramp");
		assertThat(verdict.get("blocked").toString()).contains("red-flag screening is practitioner-review");
		JsonNode safety = JSON.readTree(people.client().get(people.path("/safety")).body());
		assertThat(safety.get("status").get("openFlags")).hasSize(1);
		assertThat(safety.get("screenings")).hasSize(1);
	}

	@Test
	void nightCrampAfterAStatin_blocksChasing_untilThePractitionerClearsTheMedicalReview() {
		FeedbackPeople people = people().withMenu();
		HttpResponse<String> nightCramp = people.client()
			.sendJson("POST", people.path("/sessions"), FeedbackPeople.nightCrampAfterStatin(today().minusDays(1)));
		assertThat(nightCramp.statusCode()).as(nightCramp.body()).isEqualTo(201);
		assertThat(JSON.readTree(nightCramp.body()).get("cramps").toString()).contains("NEEDS_MEDICAL_REVIEW");

		JsonNode blocked = JSON.readTree(people.client()
			.sendJson("POST", people.path("/sessions"), FeedbackPeople.wakeUpCrampSession(4, false))
			.body());
		assertThat(blocked.get("proposals").toString()).doesNotContain("chase-the-cramp");
		assertThat(blocked.get("blocked").toString()).contains("awaits medical review");

		assertThat(people.practitioner()
			.sendJson("POST", people.path("/safety/clearances"),
					"{\"kind\":\"medical-review\",\"note\":\"GP reviewed the statin, cramps explained\"}")
			.statusCode()).isEqualTo(201);
		JsonNode chased = JSON.readTree(people.client()
			.sendJson("POST", people.path("/sessions"), FeedbackPeople.wakeUpCrampSession(4, false))
			.body());
		assertThat(chased.get("proposals").toString()).contains("chase-the-cramp");
	}

	@Test
	void logWithNewOrWorseSymptoms_answersThatARescreenIsDue() {
		FeedbackPeople people = people().withMenu();
		people.client()
			.sendJson("POST", people.path("/safety/screenings"),
					answers(questionnaire(people), "intake", today(), false, false));

		JsonNode verdict = JSON.readTree(people.client()
			.sendJson("POST", people.path("/sessions"), FeedbackPeople.wakeUpCrampSession(2, true))
			.body());

		assertThat(verdict.get("safety").get("rescreenDue").toString()).contains("new or worse symptoms");
		assertThat(people.practitioner().get(people.path("/safety")).body()).contains("new or worse symptoms");
	}

	@Test
	void invalidScreening_namesTheFieldAndStoresNothing() {
		FeedbackPeople people = people();
		JsonNode questionnaire = questionnaire(people);
		String firstQuestion = questionnaire.get("questions").get(0).get("id").asString();
		String incomplete = "{\"date\":\"" + today() + "\",\"occasion\":\"intake\",\"questionnaireVersion\":"
				+ questionnaire.get("version").asInt() + ",\"answers\":{\"" + firstQuestion + "\":false}}";

		HttpResponse<String> missing = people.client().sendJson("POST", people.path("/safety/screenings"), incomplete);
		HttpResponse<String> future = people.client()
			.sendJson("POST", people.path("/safety/screenings"),
					answers(questionnaire, "intake", today().plusDays(2), false, false));
		HttpResponse<String> occasion = people.client()
			.sendJson("POST", people.path("/safety/screenings"),
					answers(questionnaire, "whenever", today(), false, false));
		HttpResponse<String> unreadable = people.client()
			.sendJson("POST", people.path("/safety/screenings"), "{\"date\":\"tomorrow\"}");

		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("\"field\":\"answers.").doesNotContain("answers." + firstQuestion + "\"");
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(future.body()).contains("\"field\":\"date\"");
		assertThat(occasion.statusCode()).isEqualTo(400);
		assertThat(occasion.body()).contains("\"field\":\"occasion\"");
		assertThat(unreadable.statusCode()).isEqualTo(400);
		assertThat(unreadable.body()).contains("\"field\":\"date\"");
		JsonNode safety = JSON.readTree(people.client().get(people.path("/safety")).body());
		assertThat(safety.get("screenings")).isEmpty();
		assertThat(safety.get("status").get("level").asString()).isEqualTo("CLEAR");
	}

	@Test
	void urgentAndNonUrgentFlagsTogether_pauseTheProgramme_andBothAreOpen() {
		FeedbackPeople people = people().withMenu();
		JsonNode questionnaire = questionnaire(people);

		HttpResponse<String> screened = people.client()
			.sendJson("POST", people.path("/safety/screenings"), answers(questionnaire, "intake", today(), true, true));

		assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
		JsonNode outcome = JSON.readTree(screened.body());
		assertThat(outcome.get("status").get("level").asString()).as("the urgent flag wins").isEqualTo("PAUSED");
		assertThat(outcome.get("forClient").asString()).contains("seek urgent medical care");
		long urgent = 0;
		for (JsonNode question : questionnaire.get("questions")) {
			urgent += question.get("urgent").asBoolean() ? 1 : 0;
		}
		assertThat(outcome.get("flagged")).as("every urgent flag and the non-urgent one are named")
			.hasSize((int) urgent + 1);
		JsonNode practitionerView = JSON.readTree(people.practitioner().get(people.path("/safety")).body());
		assertThat(practitionerView.get("status").get("openFlags")).hasSize((int) urgent + 1);
		assertThat(JSON
			.readTree(people.client()
				.sendJson("POST", people.path("/sessions"), FeedbackPeople.wakeUpCrampSession(4, false))
				.body())
			.get("proposals")).isEmpty();
	}

	@Test
	void answersToAnOutdatedQuestionnaireVersion_areRefusedNamingTheVersion_andStoreNothing() {
		FeedbackPeople people = people();
		JsonNode questionnaire = questionnaire(people);
		int version = questionnaire.get("version").asInt();
		String outdated = answers(questionnaire, "intake", today(), false, false)
			.replace("\"questionnaireVersion\":" + version, "\"questionnaireVersion\":" + (version - 1));
		String current = answers(questionnaire, "intake", today(), false, false);
		assertThat(outdated).isNotEqualTo(current);

		HttpResponse<String> refused = people.client().sendJson("POST", people.path("/safety/screenings"), outdated);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("\"field\":\"questionnaireVersion\"").contains(String.valueOf(version));
		assertThat(JSON.readTree(people.client().get(people.path("/safety")).body()).get("screenings")).isEmpty();
		assertThat(people.client().sendJson("POST", people.path("/safety/screenings"), current).statusCode())
			.as("the same answers to the version in force are taken")
			.isEqualTo(201);
	}

	@Test
	void invalidClearance_namesTheField() {
		FeedbackPeople people = people();

		HttpResponse<String> refused = people.practitioner()
			.sendJson("POST", people.path("/safety/clearances"), "{\"kind\":\"everything\",\"note\":\"\"}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"kind\"").contains("\"field\":\"note\"");
		assertThat(JSON.readTree(people.client().get(people.path("/safety")).body()).get("clearances")).isEmpty();
	}

	@Test
	void onlyTheClientAndTheirPractice_screenReadAndClear() {
		FeedbackPeople people = people();
		JsonNode questionnaire = questionnaire(people);
		String body = answers(questionnaire, "intake", today(), false, false);
		String clearance = "{\"kind\":\"medical-review\",\"note\":\"GP saw the night cramps\"}";

		assertThat(people.practitioner().get(people.path("/safety/questionnaire")).statusCode()).isEqualTo(200);
		assertThat(people.otherClient().get(people.path("/safety/questionnaire")).statusCode()).isEqualTo(404);
		assertThat(people.stranger().get(people.path("/safety/questionnaire")).statusCode()).isEqualTo(404);
		assertThat(people.otherClient().sendJson("POST", people.path("/safety/screenings"), body).statusCode())
			.isEqualTo(404);
		assertThat(people.stranger().sendJson("POST", people.path("/safety/screenings"), body).statusCode())
			.isEqualTo(404);
		assertThat(people.otherClient().get(people.path("/safety")).statusCode()).isEqualTo(404);
		assertThat(people.stranger().get(people.path("/safety")).statusCode()).isEqualTo(404);
		assertThat(people.client().sendJson("POST", people.path("/safety/clearances"), clearance).statusCode())
			.isEqualTo(403);
		assertThat(people.otherClient().sendJson("POST", people.path("/safety/clearances"), clearance).statusCode())
			.isEqualTo(403);
		assertThat(people.stranger().sendJson("POST", people.path("/safety/clearances"), clearance).statusCode())
			.isEqualTo(404);
		assertThat(JSON.readTree(people.client().get(people.path("/safety")).body()).get("screenings")).isEmpty();

		assertThat(people.client().sendJson("POST", people.path("/safety/screenings"), body).statusCode())
			.isEqualTo(201);
		assertThat(people.practitioner().sendJson("POST", people.path("/safety/clearances"), clearance).statusCode())
			.isEqualTo(201);
		JsonNode safety = JSON.readTree(people.practitioner().get(people.path("/safety")).body());
		assertThat(safety.get("screenings")).hasSize(1);
		assertThat(safety.get("medicalReviewClearedOn").asString()).isEqualTo(today().toString());
	}

}
