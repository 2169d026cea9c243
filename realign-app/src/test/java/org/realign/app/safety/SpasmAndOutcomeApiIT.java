package org.realign.app.safety;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.app.assessment.Assessments;
import org.realign.app.assessment.PhotoStore;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.FeedbackPeople;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.View;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spasm episodes and outcome measures over HTTP: the advice and plan for a back spasm,
 * outcome values compared with intake, invalid input refused with the field named and
 * nothing stored, and each person getting exactly what they should.
 */
@EmbeddedApp
class SpasmAndOutcomeApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Assessments assessments;

	@Autowired
	PhotoStore photos;

	private FeedbackPeople people() {
		return FeedbackPeople.create(this.port, this.directory, this.passwordEncoder);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	private static String spasm(String trigger, int severity, String duration) {
		return "{\"date\":\"" + today() + "\",\"region\":\"low-back\",\"trigger\":\"" + trigger + "\",\"severity\":"
				+ severity + ",\"duration\":\"" + duration + "\",\"helped\":[\"lying down\"],"
				+ "\"stoppedDoing\":[\"tying shoelaces\"],\"avoiding\":true,\"notes\":\"picking up a sock\"}";
	}

	private static String outcome(String measure, String point, LocalDate date, double value) {
		return "{\"measureId\":\"" + measure + "\",\"point\":\"" + point + "\",\"date\":\"" + date + "\",\"value\":"
				+ value + "}";
	}

	@Test
	void backSpasmAfterBendingForward_getsTheExplanationThePlanAndTheStarterMenu() {
		FeedbackPeople people = people();

		HttpResponse<String> reported = people.client()
			.sendJson("POST", people.path("/spasms"), spasm("bending-forward-quickly", 7, "PT40M"));

		assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
		JsonNode answer = JSON.readTree(reported.body());
		assertThat(answer.get("forClient").toString()).contains("guard reflex").contains("steering clear");
		assertThat(answer.get("avoidanceNoticed").asBoolean()).isTrue();
		assertThat(answer.get("plan").get("steps")).isNotEmpty();
		assertThat(answer.get("starterMenu").get("id").asString()).isEqualTo("after-back-spasm");
		assertThat(answer.get("starterMenu").get("exercises")).isNotEmpty();
		assertThat(answer.get("links")).as("the app knows no findings for this client").isEmpty();
		assertThat(answer.get("rescreenDue").toString()).contains("spasm");

		JsonNode forPractitioner = JSON.readTree(people.practitioner().get(people.path("/spasms")).body());
		assertThat(forPractitioner).hasSize(1);
		assertThat(forPractitioner.get(0).get("assessment").get("alerts").toString())
			.contains("bending-forward-quickly");
		JsonNode forClient = JSON.readTree(people.client().get(people.path("/spasms")).body());
		assertThat(forClient.get(0).get("assessment").has("alerts")).isFalse();
		assertThat(forClient.get(0).get("episode").get("duration").asString()).isEqualTo("PT40M");
		assertThat(people.practitioner().get(people.path("/alerts")).body()).contains("spasm-episode");
		assertThat(people.client().get(people.path("/safety")).body()).contains("a spasm episode was reported");
	}

	@Test
	void backSpasm_isLinkedToTheAnteriorTiltOfTheClientsLatestAssessment() {
		FeedbackPeople people = people();
		long owner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		String lateral = "{\"views\":[{\"view\":\"left-lateral\",\"image\":{\"width\":1000,\"height\":1500},"
				+ "\"landmarks\":[{\"id\":\"left-psis\",\"x\":600,\"y\":800,\"source\":\"marker\"},"
				+ "{\"id\":\"left-asis\",\"x\":491.2,\"y\":862.8,\"source\":\"marker\"}]}]}";
		this.assessments.create(people.clientId(), today(), owner,
				List.of(new Assessments.StoredView(View.LEFT_LATERAL,
						this.photos.store(new BufferedImage(1000, 1500, BufferedImage.TYPE_INT_RGB)),
						LandmarkFile.parse(lateral).get(0))));

		HttpResponse<String> reported = people.client()
			.sendJson("POST", people.path("/spasms"), spasm("bending-forward-quickly", 6, "PT30M"));

		assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
		assertThat(JSON.readTree(reported.body()).get("links").toString()).contains("anterior-pelvic-tilt");
	}

	@Test
	void invalidSpasm_namesTheFieldsAndStoresNothing() {
		FeedbackPeople people = people();

		HttpResponse<String> outOfRange = people.client()
			.sendJson("POST", people.path("/spasms"), spasm("lifting", 11, "-PT5M"));
		HttpResponse<String> unknownTrigger = people.client()
			.sendJson("POST", people.path("/spasms"), spasm("juggling", 3, "PT5M"));
		HttpResponse<String> future = people.client()
			.sendJson("POST", people.path("/spasms"),
					spasm("lifting", 3, "PT5M").replace(today().toString(), today().plusDays(3).toString()));
		HttpResponse<String> unreadable = people.client()
			.sendJson("POST", people.path("/spasms"), spasm("lifting", 3, "forty minutes"));

		assertThat(outOfRange.statusCode()).isEqualTo(400);
		assertThat(outOfRange.body()).contains("\"field\":\"severity\"").contains("\"field\":\"duration\"");
		assertThat(unknownTrigger.statusCode()).isEqualTo(400);
		assertThat(unknownTrigger.body()).contains("\"field\":\"trigger\"");
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(future.body()).contains("\"field\":\"date\"");
		assertThat(unreadable.statusCode()).isEqualTo(400);
		assertThat(unreadable.body()).contains("\"field\":\"duration\"");
		assertThat(people.client().get(people.path("/spasms")).body()).isEqualTo("[]");
		assertThat(people.practitioner().get(people.path("/alerts")).body()).isEqualTo("[]");
	}

	@Test
	void onlyTheClientReportsSpasms_andOnlyTheirPracticeReadsThem() {
		FeedbackPeople people = people();
		String body = spasm("twisting", 4, "PT10M");

		assertThat(people.practitioner().sendJson("POST", people.path("/spasms"), body).statusCode()).isEqualTo(403);
		assertThat(people.otherClient().sendJson("POST", people.path("/spasms"), body).statusCode()).isEqualTo(404);
		assertThat(people.stranger().sendJson("POST", people.path("/spasms"), body).statusCode()).isEqualTo(404);
		assertThat(people.client().sendJson("POST", people.path("/spasms"), body).statusCode()).isEqualTo(201);
		assertThat(people.client().get(people.path("/spasms")).statusCode()).isEqualTo(200);
		assertThat(people.practitioner().get(people.path("/spasms")).statusCode()).isEqualTo(200);
		assertThat(people.otherClient().get(people.path("/spasms")).statusCode()).isEqualTo(404);
		assertThat(people.stranger().get(people.path("/spasms")).statusCode()).isEqualTo(404);
	}

	@Test
	void outcomeMeasures_areRecordedByClientOrPractitioner_andComparedWithIntake() {
		FeedbackPeople people = people();

		HttpResponse<String> intake = people.practitioner()
			.sendJson("POST", people.path("/outcomes"), outcome("nprs", "intake", today().minusDays(12), 6));
		HttpResponse<String> reassessed = people.client()
			.sendJson("POST", people.path("/outcomes"), outcome("nprs", "reassessment", today(), 3));
		HttpResponse<String> psfs = people.client()
			.sendJson("POST", people.path("/outcomes"),
					"{\"measureId\":\"psfs\",\"point\":\"intake\",\"date\":\"" + today()
							+ "\",\"psfs\":{\"activities\":"
							+ "[{\"name\":\"tie my shoelaces\",\"rating\":3},{\"name\":\"lift my child\",\"rating\":4},"
							+ "{\"name\":\"sit through a film\",\"rating\":5}]}}");
		HttpResponse<String> startBack = people.practitioner()
			.sendJson("POST", people.path("/outcomes"),
					"{\"measureId\":\"start-back\",\"point\":\"intake\",\"date\":\"" + today() + "\",\"startBack\":"
							+ "{\"agreeItems1to8\":[true,true,false,false,true,true,true,true],"
							+ "\"bothersomeness\":\"very-much\"}}");
		HttpResponse<String> fingertip = people.practitioner()
			.sendJson("POST", people.path("/outcomes"), outcome("fingertip-to-floor", "intake", today(), 21.5));

		assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
		assertThat(reassessed.statusCode()).as(reassessed.body()).isEqualTo(201);
		assertThat(psfs.statusCode()).as(psfs.body()).isEqualTo(201);
		assertThat(JSON.readTree(psfs.body()).get("record").get("value").asDouble()).isEqualTo(4.0);
		assertThat(startBack.statusCode()).as(startBack.body()).isEqualTo(201);
		JsonNode scored = JSON.readTree(startBack.body());
		assertThat(scored.get("detail").get("result").get("risk").asString()).isEqualTo("HIGH");
		assertThat(scored.get("licenceNote").asString()).contains("non-commercial");
		assertThat(JSON.readTree(fingertip.body()).get("unit").asString()).isEqualTo("cm");

		JsonNode list = JSON.readTree(people.practitioner().get(people.path("/outcomes")).body());
		assertThat(list.get("records")).hasSize(5);
		assertThat(list.get("comparisons")).hasSize(1);
		JsonNode nprs = list.get("comparisons").get(0);
		assertThat(nprs.get("improvement").asDouble()).isEqualTo(3.0);
		assertThat(nprs.get("meetsMcid").asBoolean()).isTrue();
		assertThat(list.get("measures").toString()).contains("fingertip-to-floor");
	}

	@Test
	void invalidOutcome_namesTheFieldAndStoresNothing() {
		FeedbackPeople people = people();

		HttpResponse<String> tooHigh = people.client()
			.sendJson("POST", people.path("/outcomes"), outcome("nprs", "intake", today(), 11));
		HttpResponse<String> unknown = people.client()
			.sendJson("POST", people.path("/outcomes"), outcome("happiness", "intake", today(), 5));
		HttpResponse<String> future = people.client()
			.sendJson("POST", people.path("/outcomes"), outcome("nprs", "intake", today().plusDays(1), 5));
		HttpResponse<String> point = people.client()
			.sendJson("POST", people.path("/outcomes"), outcome("nprs", "halfway", today(), 5));
		HttpResponse<String> tooFewActivities = people.client()
			.sendJson("POST", people.path("/outcomes"), "{\"measureId\":\"psfs\",\"point\":\"intake\",\"date\":\""
					+ today() + "\",\"psfs\":{\"activities\":[{\"name\":\"run\",\"rating\":2}]}}");

		assertThat(tooHigh.statusCode()).isEqualTo(400);
		assertThat(tooHigh.body()).contains("\"field\":\"value\"");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("\"field\":\"measureId\"");
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(future.body()).contains("\"field\":\"date\"");
		assertThat(point.statusCode()).isEqualTo(400);
		assertThat(point.body()).contains("\"field\":\"point\"");
		assertThat(tooFewActivities.statusCode()).isEqualTo(400);
		assertThat(tooFewActivities.body()).contains("\"field\":\"psfs.activities\"");
		assertThat(JSON.readTree(people.client().get(people.path("/outcomes")).body()).get("records")).isEmpty();
	}

	@Test
	void onlyTheClientAndTheirPractice_recordAndReadOutcomes() {
		FeedbackPeople people = people();
		String body = outcome("nprs", "intake", today(), 4);

		assertThat(people.otherClient().sendJson("POST", people.path("/outcomes"), body).statusCode()).isEqualTo(404);
		assertThat(people.stranger().sendJson("POST", people.path("/outcomes"), body).statusCode()).isEqualTo(404);
		assertThat(people.otherClient().get(people.path("/outcomes")).statusCode()).isEqualTo(404);
		assertThat(people.stranger().get(people.path("/outcomes")).statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(people.client().get(people.path("/outcomes")).body()).get("records")).isEmpty();
	}

}
