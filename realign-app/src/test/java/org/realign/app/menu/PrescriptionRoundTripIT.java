package org.realign.app.menu;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
 * One dose from the editor to the client and back: a practitioner prescribes 3 x 10 in
 * the menu editor; the menu API, the editor on reopening, the client's daily session and
 * the printed menu all say 3 x 10; the progression rules propose 3 x 11 (the sets stay),
 * and accepting it publishes 3 x 11. Before the dose was one type, the editor turned 3 x
 * 10 into 30 repetitions.
 */
@EmbeddedApp
class PrescriptionRoundTripIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String GLUTEAL = "standing-gluteal-contractions";

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void threeSetsOfTen_surviveTheEditorTheSessionPageAndAProgressionProposal() {
		FeedbackPeople people = FeedbackPeople.create(this.port, this.directory, this.passwordEncoder);
		String editor = "/clients/" + people.clientId() + "/menu";

		HttpResponse<String> published = people.practitioner()
			.postForm(editor, "action=publish&sessionsPerWeek=7&exercise=" + GLUTEAL
					+ "&sets=3&amount=10&exercise=static-back&sets=&amount=120");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		assertThat(published.body()).contains("id=\"menu-published\"");

		JsonNode dose = glutealDose(people.client().get(people.path("/menu")).body());
		assertThat(dose.get("type").asString()).isEqualTo("reps");
		assertThat(dose.get("sets").asInt()).isEqualTo(3);
		assertThat(dose.get("reps").asInt()).isEqualTo(10);
		assertThat(JSON.readTree(people.client().get(people.path("/menu")).body()).get("items").get(1).get("dose"))
			.hasToString("{\"type\":\"hold\",\"seconds\":120,\"perSide\":false}");

		String reopened = people.practitioner().get(editor).body();
		assertThat(reopened).containsPattern("id=\"sets-0\"[^>]*value=\"3\"|value=\"3\"[^>]*id=\"sets-0\"");
		assertThat(reopened).containsPattern("id=\"amount-0\"[^>]*value=\"10\"|value=\"10\"[^>]*id=\"amount-0\"");

		String today = people.client().get("/today").body();
		assertThat(today).contains("data-sets=\"3\"").contains("data-amount=\"10\"").contains("3 × 10 repetitions");
		assertThat(people.client().get("/me/menu/print").body()).contains("3 × 10");

		HttpResponse<String> logged = people.client()
			.sendJson("POST", people.path("/sessions"), FeedbackPeople.wakeUpCrampSession(4, false));
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		JsonNode proposal = JSON.readTree(logged.body()).get("proposals").get(0);
		assertThat(proposal.get("kind").asString()).isEqualTo("RAISE_DOSE");
		assertThat(proposal.get("newDose")).hasToString("{\"type\":\"reps\",\"sets\":3,\"reps\":11,\"perSide\":false}");
		assertThat(proposal.get("reasoning").asString()).contains("3 x 10").contains("3 x 11");

		String decision = people.path(
				"/proposals/" + URLEncoder.encode(proposal.get("id").asString(), StandardCharsets.UTF_8) + "/decision");
		HttpResponse<String> accepted = people.practitioner().sendJson("POST", decision, "{\"verdict\":\"accept\"}");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
		JsonNode raised = glutealDose(people.client().get(people.path("/menu")).body());
		assertThat(raised.get("sets").asInt()).isEqualTo(3);
		assertThat(raised.get("reps").asInt()).isEqualTo(11);
		assertThat(people.client().get("/today").body()).contains("3 × 11 repetitions");
	}

	private static JsonNode glutealDose(String menu) {
		JsonNode item = JSON.readTree(menu).get("items").get(0);
		assertThat(item.get("exerciseId").asString()).isEqualTo(GLUTEAL);
		return item.get("dose");
	}

}
