package org.realign.app.safety;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.FeedbackPeople;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practitioner sets a client's reach goal from the progress dashboard (issue 16):
 * until now only through the API at the plan's start or the plan's default. The goal is
 * checked by name, kept with its history, audited, and "function regained" follows it.
 */
@EmbeddedApp
class ReExposureGoalPageIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePractitionerSetsTheGoalFromTheDashboard_andFunctionRegainedFollowsIt() {
		FeedbackPeople people = FeedbackPeople.create(this.port, this.directory, this.passwordEncoder).withMenu();
		oneCalmAttemptAdvances(people);
		String planKey = planAfterASpasm(people);
		String attempts = people.path("/re-exposure/" + planKey + "/attempts");
		for (int attempt = 1; attempt <= 10; attempt++) {
			HttpResponse<String> logged = people.client()
				.sendJson("POST", attempts, "{\"done\":true,\"fingertipToFloorCm\":9,\"speed\":\"quick\",\"pain\":0}");
			assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		}
		assertThat(plan(people).get("currentStep").asInt()).isEqualTo(10);
		assertThat(plan(people).get("functionRegained").isNull())
			.as("the last step done calmly, but 9 cm is short of the plan's toe touch")
			.isTrue();

		HttpResponse<String> dashboard = people.practitioner().get("/clients/" + people.clientId() + "/progress");
		String goalPath = "/clients/" + people.clientId() + "/re-exposure/" + planKey + "/goal";
		assertThat(dashboard.body()).contains("id=\"goal-link-" + planKey + "\"").contains(goalPath);
		assertThat(people.client().get("/me/progress").body()).as("the client reads, does not set")
			.doesNotContain("goal-link-");
		double planGoal = plan(people).get("goalFingertipToFloorCm").asDouble();
		assertThat(planGoal).as("the plan's own goal, which 9 cm misses").isLessThan(9);
		HttpResponse<String> form = people.practitioner().get(goalPath);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"goal-form\"")
			.contains("The plan&#39;s own goal: " + Math.round(planGoal) + " cm.");
		int audited = audited(people.clientId());

		HttpResponse<String> set = people.practitioner().postForm(goalPath, "goalFingertipToFloorCm=10");

		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		assertThat(set.uri().getPath()).isEqualTo("/clients/" + people.clientId() + "/progress");
		assertThat(set.body()).contains("id=\"goal-saved\"");
		JsonNode plan = plan(people);
		assertThat(plan.get("goalFingertipToFloorCm").asDouble()).isEqualTo(10.0);
		assertThat(plan.get("functionRegained").get("fingertipToFloorCm").asDouble())
			.as("the plan is replayed against the new goal: the last 9 cm attempt reached it")
			.isEqualTo(9.0);
		assertThat(audited(people.clientId())).as("the change is in the client's audit trail").isGreaterThan(audited);
		assertThat(people.practitioner().get(goalPath).body()).contains("id=\"goal-history\"").contains(">10.0<");
	}

	@Test
	void aGoalOutOfRangeOrNotANumber_isRefusedByName_andNothingIsStored() {
		FeedbackPeople people = FeedbackPeople.create(this.port, this.directory, this.passwordEncoder);
		String planKey = planAfterASpasm(people);
		String goalPath = "/clients/" + people.clientId() + "/re-exposure/" + planKey + "/goal";
		int goals = goals(planKey);

		HttpResponse<String> tooFar = people.practitioner().postForm(goalPath, "goalFingertipToFloorCm=150");
		assertThat(tooFar.statusCode()).isEqualTo(400);
		assertThat(tooFar.body()).contains("id=\"goal-error\"").contains("between 0 and 100 cm, was 150.0");
		HttpResponse<String> words = people.practitioner().postForm(goalPath, "goalFingertipToFloorCm=ten");
		assertThat(words.statusCode()).isEqualTo(400);
		assertThat(words.body()).contains("e.g. 10 or 7.5; &quot;ten&quot; is not").contains("value=\"ten\"");
		assertThat(people.practitioner().postForm(goalPath, "goalFingertipToFloorCm=").statusCode()).isEqualTo(400);
		assertThat(people.practitioner().postForm(goalPath, "goalFingertipToFloorCm=-2").statusCode()).isEqualTo(400);
		assertThat(goals(planKey)).isEqualTo(goals);
		assertThat(people.practitioner().postForm(goalPath, "goalFingertipToFloorCm=100").statusCode())
			.as("100 cm is the top")
			.isEqualTo(200);
		assertThat(people.practitioner().postForm(goalPath, "goalFingertipToFloorCm=0").statusCode()).isEqualTo(200);
		assertThat(goals(planKey)).isEqualTo(goals + 2);

		assertThat(people.client().postForm(goalPath, "goalFingertipToFloorCm=5").statusCode()).isIn(403, 404);
		assertThat(people.stranger().get(goalPath).statusCode()).isEqualTo(404);
		assertThat(people.practitioner()
			.get("/clients/" + people.clientId() + "/re-exposure/plan-unknown/goal")
			.statusCode()).isEqualTo(404);
		assertThat(goals(planKey)).isEqualTo(goals + 2);
	}

	/** The practice's owner lets one calm attempt advance a step, through the API. */
	private static void oneCalmAttemptAdvances(FeedbackPeople people) {
		JsonNode settings = JSON.readTree(people.practitioner().get("/api/practice/feedback-settings").body());
		((ObjectNode) settings).put("reExposureCalmAttempts", 1);
		HttpResponse<String> saved = people.practitioner()
			.sendJson("PUT", "/api/practice/feedback-settings", settings.toString());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
	}

	private static String planAfterASpasm(FeedbackPeople people) {
		HttpResponse<String> reported = people.client()
			.sendJson("POST", people.path("/spasms"),
					"{\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"region\":\"low-back\","
							+ "\"trigger\":\"bending-forward-quickly\",\"severity\":5,\"duration\":\"PT20M\"}");
		assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
		return JSON.readTree(reported.body()).get("trackedPlan").asString();
	}

	private static JsonNode plan(FeedbackPeople people) {
		return JSON.readTree(people.practitioner().get(people.path("/re-exposure")).body()).get(0);
	}

	private int goals(String planKey) {
		return this.jdbc.sql("SELECT COUNT(*) FROM re_exposure_goal WHERE plan_key = :plan")
			.param("plan", planKey)
			.query(Integer.class)
			.single();
	}

	private int audited(long clientId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM audit_event WHERE client_id = :client AND path LIKE '%/goal' "
					+ "AND action = 'change'")
			.param("client", clientId)
			.query(Integer.class)
			.single();
	}

}
