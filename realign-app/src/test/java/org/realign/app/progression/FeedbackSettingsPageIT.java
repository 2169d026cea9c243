package org.realign.app.progression;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.FeedbackPeople;
import org.realign.core.feedback.PracticeSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice's progression settings page (issue 16): the owner sets the number of calm
 * re-exposure attempts that advance a step (until now only through the API or the
 * default), each value checked by name, the change recorded and audited.
 */
@EmbeddedApp
class FeedbackSettingsPageIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PAGE = "/practice/feedback-settings";

	private static final String API = "/api/practice/feedback-settings";

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	private static String form(String calmAttempts, String painThreshold) {
		return "reExposureCalmAttempts=" + calmAttempts + "&painThresholdNprs=" + painThreshold
				+ "&doseIncreasePercent=10&wakeUpEaseMinutes=5&wokenUpQuietSessions=5&noEffortSessions=3"
				+ "&lowEffortMax=2&recurringSpontaneousCramps=2&recurrenceWindowDays=14";
	}

	@Test
	void theOwnerSetsTheCalmAttempts_theRulesUseThem_andTheChangeIsAudited() {
		FeedbackPeople people = FeedbackPeople.create(this.port, this.directory, this.passwordEncoder);
		HttpResponse<String> page = people.practitioner().get(PAGE);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"reExposureCalmAttempts\"")
			.contains("value=\"2\"")
			.contains("at the step&#39;s speed, that move a client&#39;s re-exposure plan to its next step (1 to 14)");
		int audited = audited();

		HttpResponse<String> saved = people.practitioner().postForm(PAGE, form("3", "3"));

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(saved.uri().getQuery()).isEqualTo("saved");
		assertThat(saved.body()).contains("id=\"settings-saved\"").contains("value=\"3\"");
		assertThat(JSON.readTree(people.practitioner().get("/api/practice/feedback-settings").body())
			.get("reExposureCalmAttempts")
			.asInt()).isEqualTo(3);
		assertThat(audited()).isEqualTo(audited + 1);
		assertThat(this.jdbc
			.sql("SELECT path FROM audit_event WHERE action = 'feedback-settings-changed' ORDER BY id DESC "
					+ "FETCH FIRST 1 ROWS ONLY")
			.query(String.class)
			.single()).contains("reExposureCalmAttempts 2 -> 3");

		String planKey = startPlan(people);
		String attempts = people.path("/re-exposure/" + planKey + "/attempts");
		for (int i = 0; i < 2; i++) {
			people.client().sendJson("POST", attempts, "{\"done\":true,\"fingertipToFloorCm\":30,\"pain\":0}");
		}
		assertThat(currentStep(people)).as("two calm attempts no longer advance").isEqualTo(1);
		people.client().sendJson("POST", attempts, "{\"done\":true,\"fingertipToFloorCm\":29,\"pain\":0}");
		assertThat(currentStep(people)).as("the third does").isEqualTo(2);
	}

	@Test
	void aValueOutOfRangeOrNotANumber_isRefusedByName_andNothingIsStored() {
		FeedbackPeople people = FeedbackPeople.create(this.port, this.directory, this.passwordEncoder);
		int rows = rows();

		HttpResponse<String> zero = people.practitioner().postForm(PAGE, form("0", "3"));
		assertThat(zero.statusCode()).isEqualTo(400);
		assertThat(zero.body()).contains("id=\"settings-error\"")
			.contains("Calm re-exposure attempts that advance a step: from 1 to 14, was 0")
			.contains("aria-invalid=\"true\"");
		HttpResponse<String> words = people.practitioner().postForm(PAGE, form("two", "11"));
		assertThat(words.statusCode()).isEqualTo(400);
		assertThat(words.body()).contains("a whole number from 1 to 14; &quot;two&quot; is not")
			.contains("Pain threshold (NPRS): from 0 to 10, was 11")
			.as("what was typed stays in the form")
			.contains("value=\"two\"");
		assertThat(people.practitioner().postForm(PAGE, form("15", "3")).statusCode()).isEqualTo(400);
		assertThat(people.practitioner().postForm(PAGE, form("14", "3")).statusCode()).as("14 is the top")
			.isEqualTo(200);
		assertThat(rows()).isEqualTo(rows + 1);

		assertThat(people.client().get(PAGE).statusCode()).isEqualTo(404);
		assertThat(people.client().postForm(PAGE, form("1", "3")).statusCode()).isEqualTo(404);
		assertThat(people.stranger().postForm(PAGE, form("1", "3")).statusCode()).as("not an owner").isEqualTo(404);
		assertThat(rows()).isEqualTo(rows + 1);
	}

	/**
	 * The page and the API take the same values: each setting at either end of its range
	 * is saved by both, one past either end is refused by both (the page in words, the
	 * API as problem+json naming the field), and a refusal stores nothing. The API used
	 * to take a wake-up cramp easing after 61 minutes, or a window of 10,000 days, which
	 * the page refused.
	 */
	@Test
	void thePageAndTheApi_acceptAndRefuseTheSameValues() {
		FeedbackPeople people = FeedbackPeople.create(this.port, this.directory, this.passwordEncoder);
		for (PracticeSettings.Limit limit : PracticeSettings.LIMITS) {
			for (int value : new int[] { limit.min() - 1, limit.max() + 1 }) {
				int rows = rows();
				HttpResponse<String> page = people.practitioner()
					.postForm(PAGE, settings(limit.name(), value, "=", "&"));
				assertThat(page.statusCode()).as("page, %s = %d", limit.name(), value).isEqualTo(400);
				assertThat(page.body()).contains("from " + limit.min() + " to " + limit.max());
				HttpResponse<String> api = people.practitioner()
					.sendJson("PUT", API, "{" + settings(limit.name(), value, ":", ",") + "}");
				assertThat(api.statusCode()).as("API, %s = %d", limit.name(), value).isEqualTo(400);
				assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
				assertThat(JSON.readTree(api.body()).get("errors").get(0).get("field").asString())
					.isEqualTo(limit.name());
				assertThat(rows()).as("nothing stored").isEqualTo(rows);
			}
			for (int value : new int[] { limit.min(), limit.max() }) {
				assertThat(people.practitioner().postForm(PAGE, settings(limit.name(), value, "=", "&")).statusCode())
					.as("page, %s = %d", limit.name(), value)
					.isEqualTo(200);
				assertThat(people.practitioner()
					.sendJson("PUT", API, "{" + settings(limit.name(), value, ":", ",") + "}")
					.statusCode()).as("API, %s = %d", limit.name(), value).isEqualTo(200);
			}
		}
	}

	/** The API's description gives each setting the range the API and the page check. */
	@Test
	void theApiDescription_givesEachSettingItsRange() {
		FeedbackPeople people = FeedbackPeople.create(this.port, this.directory, this.passwordEncoder);
		JsonNode properties = JSON.readTree(people.practitioner().get("/api/openapi").body())
			.at("/components/schemas/PracticeSettings/properties");
		for (PracticeSettings.Limit limit : PracticeSettings.LIMITS) {
			assertThat(properties.get(limit.name()).get("minimum").asInt()).as(limit.name()).isEqualTo(limit.min());
			assertThat(properties.get(limit.name()).get("maximum").asInt()).as(limit.name()).isEqualTo(limit.max());
		}
	}

	/** The default settings with one changed, as a form body or JSON members. */
	private static String settings(String name, int value, String assign, String separator) {
		PracticeSettings defaults = PracticeSettings.defaults();
		Map<String, Integer> values = new LinkedHashMap<>();
		values.put("reExposureCalmAttempts", defaults.reExposureCalmAttempts());
		values.put("painThresholdNprs", defaults.painThresholdNprs());
		values.put("doseIncreasePercent", defaults.doseIncreasePercent());
		values.put("wakeUpEaseMinutes", defaults.wakeUpEaseMinutes());
		values.put("wokenUpQuietSessions", defaults.wokenUpQuietSessions());
		values.put("noEffortSessions", defaults.noEffortSessions());
		values.put("lowEffortMax", defaults.lowEffortMax());
		values.put("recurringSpontaneousCramps", defaults.recurringSpontaneousCramps());
		values.put("recurrenceWindowDays", defaults.recurrenceWindowDays());
		values.put(name, value);
		boolean json = ":".equals(assign);
		String members = values.entrySet()
			.stream()
			.map((e) -> (json ? "\"" + e.getKey() + "\"" : e.getKey()) + assign + e.getValue())
			.collect(Collectors.joining(separator));
		return json ? members + ",\"autoApply\":false" : members;
	}

	private String startPlan(FeedbackPeople people) {
		HttpResponse<String> started = people.practitioner()
			.sendJson("POST", people.path("/re-exposure"), "{\"planId\":\"forward-bend-to-toe-touch\"}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		return JSON.readTree(started.body()).get("planKey").asString();
	}

	private int currentStep(FeedbackPeople people) {
		return JSON.readTree(people.client().get(people.path("/re-exposure")).body()).get(0).get("currentStep").asInt();
	}

	private int audited() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'feedback-settings-changed'")
			.query(Integer.class)
			.single();
	}

	private int rows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM practice_feedback_settings").query(Integer.class).single();
	}

}
