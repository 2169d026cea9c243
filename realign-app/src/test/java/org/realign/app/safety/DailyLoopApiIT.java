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
		assertThat(people.practitioner()
			.sendJson("POST", people.path("/spasms/" + episodeId + "/clearance"), "{}")
			.statusCode()).isEqualTo(409);
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
