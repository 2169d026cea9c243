package org.realign.app.safety;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realign.app.api.FeedbackJson;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.FeedbackPeople;
import org.realign.core.feedback.CrampOnset;
import org.realign.core.feedback.CrampReport;
import org.realign.core.feedback.EasedBy;
import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.Performed;
import org.realign.core.feedback.SessionDraft;
import org.realign.core.feedback.SpasmReport;
import org.realign.core.landmark.Side;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily loop over HTTP (issue 16): a spasm in a session opens an episode, alerts and
 * holds every raise until the practitioner clears it; a cramp in a muscle the exercise
 * stretches is read as such, with its side and source; a re-exposure plan starts with a
 * spasm and is tracked attempt by attempt.
 */
@EmbeddedApp
class DailyLoopApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	private FeedbackPeople people() {
		return FeedbackPeople.create(this.port, this.directory, this.passwordEncoder);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	private static String session(ExerciseEntry... entries) {
		return FeedbackJson.MAPPER.writeValueAsString(
				new SessionDraft("ignored", "ignored", today(), List.of(entries), List.of(), false, ""));
	}

	private static ExerciseEntry glutealsWithWakeUpCramp() {
		return ExerciseEntry.done("standing-gluteal-contractions", Performed.of(10), 5, new CrampReport(
				"gluteus-maximus", 4, CrampOnset.DURING, 1, EasedBy.STRETCHING, Set.of(), Optional.of(Side.LEFT)));
	}

	@Test
	void spasmInASession_opensAnEpisode_alerts_andHoldsEveryRaiseUntilThePractitionerClearsIt() {
		FeedbackPeople people = people().withMenu();

		HttpResponse<String> first = people.client()
			.sendJson("POST", people.path("/sessions"), session(glutealsWithWakeUpCramp(),
					ExerciseEntry.done("static-back", Performed.of(60), 2, new SpasmReport("low-back", 6))));

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		JsonNode answer = JSON.readTree(first.body());
		assertThat(answer.get("proposals")).as("no raise in the session of the spasm").isEmpty();
		assertThat(answer.get("blocked").toString()).contains("a spasm (low-back, severity 6) was reported");
		JsonNode opened = answer.get("spasmEpisodes");
		assertThat(opened).hasSize(1);
		assertThat(opened.get(0).get("starterMenu").get("id").asString()).isEqualTo("after-back-spasm");
		assertThat(opened.get(0).get("rescreenDue").toString()).contains("spasm");
		JsonNode episodes = JSON.readTree(people.practitioner().get(people.path("/spasms")).body());
		assertThat(episodes).hasSize(1);
		assertThat(episodes.get(0).get("episode").get("exerciseId").asString()).isEqualTo("static-back");
		assertThat(episodes.get(0).get("cleared").asBoolean()).isFalse();
		assertThat(people.practitioner().get(people.path("/alerts")).body()).contains("spasm-episode");
		String episodeId = episodes.get(0).get("episode").get("id").asString();

		HttpResponse<String> next = people.client()
			.sendJson("POST", people.path("/sessions"), session(glutealsWithWakeUpCramp()));
		assertThat(JSON.readTree(next.body()).get("proposals")).as("the episode is still open").isEmpty();
		assertThat(next.body()).contains("is open until you clear it");

		HttpResponse<String> byClient = people.client()
			.sendJson("POST", people.path("/spasms/" + episodeId + "/clearance"), "{}");
		assertThat(byClient.statusCode()).isIn(403, 404);
		HttpResponse<String> cleared = people.practitioner()
			.sendJson("POST", people.path("/spasms/" + episodeId + "/clearance"), "{\"note\":\"re-screened, clear\"}");
		assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(201);
		assertThat(JSON.readTree(cleared.body()).get("openEpisodes").asInt()).isZero();
		HttpResponse<String> again = people.practitioner()
			.sendJson("POST", people.path("/spasms/" + episodeId + "/clearance"), "{}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode conflict = JSON.readTree(again.body());
		assertThat(conflict.get("errors").get(0).get("code").asString()).isEqualTo("already-cleared");
		assertThat(conflict.get("errors").get(0).get("field").asString()).isEqualTo("episodeId");
		assertThat(conflict.get("detail").asString()).contains("cleared before").doesNotContain("Exception");
		assertThat(count("spasm_clearance", episodeId)).as("a repeat clearance stores nothing").isEqualTo(1);
		assertThat(people.practitioner()
			.sendJson("POST", people.path("/spasms/spasm-unknown/clearance"), "{}")
			.statusCode()).isEqualTo(404);

		HttpResponse<String> after = people.client()
			.sendJson("POST", people.path("/sessions"), session(glutealsWithWakeUpCramp()));
		assertThat(JSON.readTree(after.body()).get("proposals").toString()).contains("chase-the-cramp");
	}

	@Test
	void hamstringCrampInStaticWall_isReadAsALengthenedMuscle_withItsSideAndSource() {
		FeedbackPeople people = people();
		assertThat(people.practitioner()
			.sendJson("POST", people.path("/menu"), "{\"exercises\":[\"static-wall\",\"static-back\"]}")
			.statusCode()).isEqualTo(201);

		HttpResponse<String> logged = people.client()
			.sendJson("POST", people.path("/sessions"),
					session(ExerciseEntry.done("static-wall", Performed.of(120), 4, new CrampReport("hamstrings", 5,
							CrampOnset.DURING, 1, EasedBy.STRETCHING, Set.of(), Optional.of(Side.LEFT)))));

		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		JsonNode cramp = JSON.readTree(logged.body()).get("cramps").get(0);
		assertThat(cramp.get("kind").asString()).isIn("LENGTHENED_OR_RELEASED", "lengthened-or-released");
		assertThat(cramp.get("reasons").get(0).asString()).contains("left hamstrings")
			.contains("static-wall lengthens")
			.contains("egoscue-1998-pain-free");
		assertThat(cramp.get("cramp").get("side").asString()).isIn("LEFT", "left");
		assertThat(JSON.readTree(logged.body()).get("proposals")).isEmpty();
	}

	@Test
	void reExposurePlan_startsWithTheSpasm_advancesAfterCalmAttempts_andStepsBackOnASpasm() {
		FeedbackPeople people = people();
		HttpResponse<String> reported = people.client()
			.sendJson("POST", people.path("/spasms"),
					"{\"date\":\"" + today() + "\",\"region\":\"low-back\",\"trigger\":\"bending-forward-quickly\","
							+ "\"severity\":6,\"duration\":\"PT30M\",\"avoiding\":true}");
		assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
		String planKey = JSON.readTree(reported.body()).get("trackedPlan").asString();
		assertThat(planKey).startsWith("plan-");

		JsonNode plans = JSON.readTree(people.client().get(people.path("/re-exposure")).body());
		assertThat(plans).hasSize(1);
		assertThat(plans.get(0).get("planId").asString()).isEqualTo("forward-bend-to-toe-touch");
		assertThat(plans.get(0).get("currentStep").asInt()).isEqualTo(1);
		String attempts = people.path("/re-exposure/" + planKey + "/attempts");

		attempt(people, attempts, "{\"done\":true,\"fingertipToFloorCm\":38,\"pain\":1,\"felt\":\"stiff\"}");
		JsonNode advanced = attempt(people, attempts,
				"{\"done\":true,\"fingertipToFloorCm\":35.5,\"pain\":0,\"felt\":\"easier\"}");
		assertThat(advanced.get("currentStep").asInt()).isEqualTo(2);

		JsonNode back = attempt(people, attempts,
				"{\"done\":true,\"fingertipToFloorCm\":37,\"pain\":2,\"spasm\":true,\"felt\":\"a twinge\"}");
		assertThat(back.get("currentStep").asInt()).isEqualTo(1);
		assertThat(back.get("changes")).hasSize(2);
		assertThat(back.get("attempts")).extracting((a) -> a.get("verdict").asString())
			.containsExactly("calm", "calm", "step-back");
		assertThat(JSON.readTree(people.practitioner().get(people.path("/spasms")).body()))
			.as("a spasm during an attempt is an episode too")
			.hasSize(2);

		int stored = count(planKey);
		HttpResponse<String> invalid = people.client()
			.sendJson("POST", attempts, "{\"done\":false,\"pain\":11,\"speed\":\"fast\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("speed");
		HttpResponse<String> outOfRange = people.client()
			.sendJson("POST", attempts, "{\"done\":true,\"pain\":11,\"fingertipToFloorCm\":-4}");
		assertThat(outOfRange.statusCode()).isEqualTo(400);
		assertThat(outOfRange.body()).contains("pain").contains("fingertipToFloorCm");
		assertThat(count(planKey)).as("a refused attempt stores nothing").isEqualTo(stored);
		assertThat(people.otherClient().sendJson("POST", attempts, "{\"done\":true,\"pain\":0}").statusCode()).isIn(403,
				404);
		assertThat(people.practitioner()
			.sendJson("POST", people.path("/re-exposure"), "{\"planId\":\"cartwheels\"}")
			.statusCode()).isEqualTo(400);
	}

	/**
	 * Regression: a spasm noted in the journal opened an episode but started no
	 * re-exposure plan.
	 */
	@Test
	void spasmFromTheJournal_startsItsReExposurePlan_asFromASessionOrTheSpasmForm() {
		FeedbackPeople people = people();
		HttpResponse<String> noted = people.client()
			.sendJson("POST", people.path("/journal"),
					"{\"kind\":\"spasm\",\"date\":\"" + today() + "\",\"where\":\"low-back\","
							+ "\"intensity\":6,\"trigger\":\"bending-forward-quickly\",\"minutes\":40}");

		assertThat(noted.statusCode()).as(noted.body()).isEqualTo(201);
		String planKey = JSON.readTree(noted.body()).get("trackedPlan").asString();
		assertThat(planKey).startsWith("plan-");
		JsonNode plans = JSON.readTree(people.practitioner().get(people.path("/re-exposure")).body());
		assertThat(plans).singleElement().satisfies((plan) -> {
			assertThat(plan.get("planId").asString()).isEqualTo("forward-bend-to-toe-touch");
			assertThat(plan.get("episodeId").asString())
				.isEqualTo(JSON.readTree(noted.body()).get("entry").get("id").asString());
		});
		assertThat(people.practitioner().get(people.path("/alerts")).body()).contains("spasm-episode");

		HttpResponse<String> second = people.client()
			.sendJson("POST", people.path("/journal"),
					"{\"kind\":\"spasm\",\"date\":\"" + today() + "\",\"where\":\"low-back\","
							+ "\"intensity\":3,\"trigger\":\"bending-forward-quickly\",\"minutes\":5}");
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(second.body()).get("trackedPlan").isNull())
			.as("the plan already runs: the second spasm opens an episode but no second plan")
			.isTrue();
		assertThat(JSON.readTree(people.practitioner().get(people.path("/re-exposure")).body())).hasSize(1);
		assertThat(JSON.readTree(people.practitioner().get(people.path("/spasms")).body())).hasSize(2);
		HttpResponse<String> cramp = people.client()
			.sendJson("POST", people.path("/journal"), "{\"kind\":\"cramp\",\"date\":\"" + today()
					+ "\",\"where\":\"calf\",\"intensity\":4,\"setting\":\"night\"}");
		assertThat(cramp.statusCode()).as(cramp.body()).isEqualTo(201);
		assertThat(JSON.readTree(cramp.body()).get("trackedPlan").isNull()).isTrue();
	}

	@Test
	void correctedSession_addingASpasm_opensItsEpisode_changingItOpensNone_removingItKeepsTheEpisodeOpenAndTells() {
		FeedbackPeople people = people().withMenu();
		HttpResponse<String> logged = people.client()
			.sendJson("POST", people.path("/sessions"), session(glutealsWithWakeUpCramp()));
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		assertThat(JSON.readTree(logged.body()).get("spasmEpisodes")).isEmpty();
		String logId = JSON.readTree(logged.body()).get("log").get("logId").asString();
		String correction = people.path("/sessions/" + logId);

		HttpResponse<String> added = people.client().sendJson("PUT", correction, correction("forgot the spasm", 6));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
		JsonNode addedAnswer = JSON.readTree(added.body());
		assertThat(addedAnswer.get("spasmEpisodes")).singleElement()
			.satisfies((opened) -> assertThat(opened.get("starterMenu").get("id").asString())
				.isEqualTo("after-back-spasm"));
		assertThat(addedAnswer.get("proposals")).as("no raise in the session of the spasm").isEmpty();
		assertThat(episodes(people)).hasSize(1);

		HttpResponse<String> milder = people.client().sendJson("PUT", correction, correction("it was milder", 3));
		assertThat(milder.statusCode()).as(milder.body()).isEqualTo(200);
		assertThat(JSON.readTree(milder.body()).get("spasmEpisodes")).as("the same spasm: no second episode").isEmpty();
		assertThat(episodes(people)).hasSize(1);

		HttpResponse<String> removed = people.client()
			.sendJson("PUT", correction,
					"{\"reason\":\"logged on the wrong day\",\"session\":" + session(glutealsWithWakeUpCramp()) + "}");
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
		JsonNode listed = episodes(people);
		assertThat(listed).singleElement().satisfies((episode) -> {
			assertThat(episode.get("cleared").asBoolean()).as("only the practitioner clears a spasm").isFalse();
			assertThat(episode.get("withdrawn").asBoolean()).isTrue();
			assertThat(episode.get("sessionLogId").asString()).isEqualTo(logId);
		});
		assertThat(people.practitioner().get(people.path("/alerts")).body()).contains("spasm-withdrawn-by-correction")
			.contains("logged on the wrong day");
		assertThat(JSON.readTree(removed.body()).get("proposals")).as("the open episode still holds the raise")
			.isEmpty();

		HttpResponse<String> putBack = people.client().sendJson("PUT", correction, correction("it was there", 6));
		assertThat(JSON.readTree(putBack.body()).get("spasmEpisodes")).as("put back: its episode is the first one")
			.isEmpty();
		assertThat(episodes(people)).singleElement()
			.satisfies((episode) -> assertThat(episode.get("withdrawn").asBoolean()).isFalse());
	}

	@Test
	void thePractitionerSetsTheReachGoal_thePlanReplaysAgainstIt_andABadGoalIsRefusedByName() {
		FeedbackPeople people = people();
		HttpResponse<String> reported = people.client()
			.sendJson("POST", people.path("/spasms"),
					"{\"date\":\"" + today() + "\",\"region\":\"low-back\",\"trigger\":\"bending-forward-quickly\","
							+ "\"severity\":5,\"duration\":\"PT30M\"}");
		String planKey = JSON.readTree(reported.body()).get("trackedPlan").asString();
		String goal = people.path("/re-exposure/" + planKey + "/goal");

		HttpResponse<String> set = people.practitioner().sendJson("PUT", goal, "{\"goalFingertipToFloorCm\":12.5}");
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		JsonNode plan = JSON.readTree(set.body());
		assertThat(plan.get("goalFingertipToFloorCm").asDouble()).isEqualTo(12.5);
		assertThat(plan.get("goalChanges")).singleElement()
			.satisfies((change) -> assertThat(change.get("goalCm").asDouble()).isEqualTo(12.5));
		assertThat(JSON.readTree(people.client().get(people.path("/re-exposure")).body())
			.get(0)
			.get("goalFingertipToFloorCm")
			.asDouble()).isEqualTo(12.5);

		int goals = this.jdbc.sql("SELECT COUNT(*) FROM re_exposure_goal").query(Integer.class).single();
		HttpResponse<String> tooFar = people.practitioner().sendJson("PUT", goal, "{\"goalFingertipToFloorCm\":101}");
		assertThat(tooFar.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(tooFar.body()).get("errors").get(0).get("code").asString()).isEqualTo("out-of-range");
		assertThat(tooFar.body()).contains("between 0 and 100 cm");
		assertThat(people.practitioner().sendJson("PUT", goal, "{}").statusCode()).isEqualTo(400);
		assertThat(people.practitioner().sendJson("PUT", goal, "{\"goalFingertipToFloorCm\":-1}").statusCode())
			.isEqualTo(400);
		assertThat(people.client().sendJson("PUT", goal, "{\"goalFingertipToFloorCm\":5}").statusCode())
			.as("the client does not set their own goal")
			.isIn(403, 404);
		assertThat(people.stranger().sendJson("PUT", goal, "{\"goalFingertipToFloorCm\":5}").statusCode())
			.isEqualTo(404);
		assertThat(people.practitioner()
			.sendJson("PUT", people.path("/re-exposure/plan-unknown/goal"), "{\"goalFingertipToFloorCm\":5}")
			.statusCode()).isEqualTo(404);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM re_exposure_goal").query(Integer.class).single())
			.as("a refused goal stores nothing")
			.isEqualTo(goals);

		HttpResponse<String> neck = people.practitioner()
			.sendJson("POST", people.path("/re-exposure"), "{\"planId\":\"neck-turns-and-reaching\"}");
		assertThat(neck.statusCode()).as(neck.body()).isEqualTo(201);
		String neckGoal = people.path("/re-exposure/" + JSON.readTree(neck.body()).get("planKey").asString() + "/goal");
		HttpResponse<String> notMeasured = people.practitioner()
			.sendJson("PUT", neckGoal, "{\"goalFingertipToFloorCm\":5}");
		assertThat(notMeasured.statusCode()).isEqualTo(400);
		assertThat(notMeasured.body()).contains("not-measured");
	}

	@Test
	void theOpenApiDescription_typesTheLoopsAnswers_andDocumentsTheRefusals() {
		JsonNode spec = JSON.readTree(people().practitioner().get("/api/openapi").body());
		JsonNode schemas = spec.at("/components/schemas");
		assertThat(schemas.has("SessionOutcome")).isTrue();
		assertThat(schemas.at("/SessionOutcome/properties").has("spasmEpisodes")).isTrue();
		assertThat(schemas.has("OpenedEpisode")).isTrue();
		assertThat(schemas.has("PlanView")).isTrue();
		assertThat(schemas.at("/Problem/properties").has("errors")).isTrue();
		assertThat(schemas.at("/ExerciseEntry/properties").has("effort")).as("effort per exercise").isTrue();
		assertThat(schemas.at("/CrampReport/properties").has("side")).as("left and right").isTrue();
		assertThat(schemas.toString()).as("the feedback list names its three kinds by their type")
			.contains("#/components/schemas/CrampReport")
			.contains("#/components/schemas/PainReport")
			.contains("#/components/schemas/SpasmReport")
			.contains("\"propertyName\":\"type\"");
		JsonNode clearance = spec
			.at("/paths/~1api~1clients~1{clientId}~1spasms~1{episodeId}~1clearance/post/responses");
		assertThat(clearance.has("201")).isTrue();
		assertThat(clearance.at("/201/content/*~1*/schema/$ref").asString()
				+ clearance.at("/201/content/application~1json/schema/$ref").asString())
			.contains("Clearance");
		assertThat(clearance.at("/409/content/application~1problem+json/schema/$ref").asString()).endsWith("/Problem");
		assertThat(clearance.has("404")).isTrue();
		for (String path : List.of("/api/clients/{clientId}/sessions", "/api/clients/{clientId}/spasms",
				"/api/clients/{clientId}/journal", "/api/clients/{clientId}/re-exposure",
				"/api/clients/{clientId}/safety/screenings")) {
			JsonNode post = spec.get("paths").get(path).get("post").get("responses");
			assertThat(post.has("201")).as(path).isTrue();
			assertThat(post.at("/400/content/application~1problem+json/schema/$ref").asString()).as(path)
				.endsWith("/Problem");
		}
		assertThat(spec.get("paths").get("/api/clients/{clientId}/sessions").get("post").get("responses").has("409"))
			.isTrue();
		assertThat(spec.get("paths")
			.get("/api/clients/{clientId}/proposals/{proposalId}/decision")
			.get("post")
			.get("responses")
			.has("409")).isTrue();
		assertThat(spec.get("paths").get("/api/clients/{clientId}/re-exposure/{planKey}/goal").has("put")).isTrue();
	}

	private static String correction(String reason, int spasmSeverity) {
		return "{\"reason\":\"" + reason + "\",\"session\":" + session(glutealsWithWakeUpCramp(),
				ExerciseEntry.done("static-back", Performed.of(60), 2, new SpasmReport("low-back", spasmSeverity)))
				+ "}";
	}

	private JsonNode episodes(FeedbackPeople people) {
		return JSON.readTree(people.practitioner().get(people.path("/spasms")).body());
	}

	private int count(String table, String episodeId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE episode_id = :id")
			.param("id", episodeId)
			.query(Integer.class)
			.single();
	}

	private JsonNode attempt(FeedbackPeople people, String path, String body) {
		HttpResponse<String> response = people.client().sendJson("POST", path, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body());
	}

	private int count(String planKey) {
		return this.jdbc.sql("SELECT COUNT(*) FROM re_exposure_attempt WHERE plan_key = :plan")
			.param("plan", planKey)
			.query(Integer.class)
			.single();
	}

}
